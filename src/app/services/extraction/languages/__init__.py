"""One table of words per language (see :mod:`.table`); the grammar reads them all.

:data:`TABLES` is every language the extractor knows, in the order their fragments are tried
(the shared signs first). :func:`joined` gives the alternation of one word class over all of
them, longest fragment first so that "milyard" is tried before "mil…".
"""

from __future__ import annotations

import re

from app.services.extraction.languages import az, common, en, fr, ka, kk, others, ru, tr, uz, zh
from app.services.extraction.languages.table import L, Words

TABLES: tuple[Words, ...] = (
    common.WORDS,
    en.WORDS,
    ru.WORDS,
    az.WORDS,
    tr.WORDS,
    kk.WORDS,
    uz.WORDS,
    ka.WORDS,
    fr.WORDS,
    zh.WORDS,
    others.POLISH,
    others.ARMENIAN,
    others.ARABIC,
)
BY_CODE: dict[str, Words] = {t.code: t for t in TABLES}

#: Languages that write 2,5 for two and a half.
DECIMAL_COMMA = frozenset(t.code for t in TABLES if t.decimal_comma) | {"de"}


def fragments(name: str) -> list[str]:
    """Every table's fragments of one tuple-valued word class, longest first, no repeats."""
    seen: dict[str, None] = {}
    for table in TABLES:
        for fragment in getattr(table, name):
            seen.setdefault(fragment, None)
    return sorted(seen, key=len, reverse=True)


def joined(name: str) -> str:
    """One alternation of a word class across languages: ``(?:a|b|…)``."""
    words = fragments(name)
    if not words:
        raise ValueError(f"no language has words of {name!r}")
    return "(?:" + "|".join(words) + ")"


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def keywords(*words: str) -> re.Pattern[str]:
    """Words of any language that start a word, case-insensitive (a fragment ends itself:
    ``+ L`` or ``+ NOT``); words with Chinese characters match inside a phrase (Chinese
    writes no spaces)."""
    if not words:
        raise ValueError("a word class with no words would match everywhere")
    spaced = [w for w in words if not _CJK_CHAR.search(w)]
    chinese = [w for w in words if _CJK_CHAR.search(w)]
    parts = [r"(?<![^\W\d_])(?:" + "|".join(spaced) + r")"] if spaced else []
    parts += ["|".join(chinese)] if chinese else []
    return re.compile("|".join(parts), re.IGNORECASE)


__all__ = ["BY_CODE", "DECIMAL_COMMA", "TABLES", "L", "Words", "fragments", "joined", "keywords"]
