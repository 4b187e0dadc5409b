"""Press-text extraction: figures, their units, periods, bounds and guesses, with the quote.

The public entry point is :func:`app.services.extraction.extract.extract`. The package is
a small rule grammar per language (numbers + magnitudes + units, period phrases, bound
words, indicator keywords), not patterns fitted to single sentences.
"""

from app.services.extraction.extract import Candidate, Change, extract

__all__ = ["Candidate", "Change", "extract"]
from app.services.extraction.claims import ClaimCandidate, extract_claims

__all__ += ["ClaimCandidate", "extract_claims"]
