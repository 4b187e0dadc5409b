"""Claims in press text: what a source says about its figures, with the claim's type.

``extract_claims(text, published, url)`` reuses the figures of :func:`extract` (value, unit,
period, bound, reported change, indicator and country guesses) and adds the claim layer:

- **growth**: a reported change ("+21.9 % on the same period last year"), with its base;
- **level**: a figure with its qualifier ("exceeded 57,000");
- **record** / **record_streak**: "a record high", "the third consecutive record year";
- **first**: "Azerbaijan's first large-scale wind energy project", "the only ...";
- **rank**: "the largest source of imports", "fourth largest trading partner", "第三大";
- **sum_count**: "five new energy projects with a total installed capacity of 1,570 MW";
- **share**: "its share amounting to 17.69 %".

A figure is told once: a total of a sum, the capacity of a "first" project, the figure called
a record and a share are not repeated as levels; a reported change is a growth claim beside its
level. A claim sentence naming no period or indicator takes them from the sentence before
("This figure is expected to reach a historic high"). Parameter keys per type: docs/claims.md.

Modules: :mod:`.dispatch` (the entry point), :mod:`.candidate` (the claim and its JSON),
:mod:`.sentence` (a sentence, its figures and status), :mod:`.carry` (what a sentence leaves
to the next), a finder per family of types (:mod:`.figure_claims` for growth, share and level,
:mod:`.first`, :mod:`.sums`, :mod:`.records`, :mod:`.rank`), and the vocabulary by claim type
in :mod:`.words`.
"""

from app.services.extraction.claims.candidate import STATUSES, ClaimCandidate
from app.services.extraction.claims.dispatch import extract_claims
from app.services.extraction.claims.sentence import claim_status

__all__ = ["STATUSES", "ClaimCandidate", "claim_status", "extract_claims"]
