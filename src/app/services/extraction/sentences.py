"""Sentence spans and the language of a sentence.

Spans keep offsets into the original text so that the GUI can highlight the quote. Very long
runs without terminators are cut at a bounded length so that work per figure stays bounded
(no quadratic time on a huge text with no full stops).

Chinese ends a sentence with 。！？ and no space after it. "；" is not a sentence end here: it
separates the clauses of one sentence ("2024年，…增长8%；其中，出口…，进口…。"), and the
period named at the head of the sentence belongs to every clause.
"""

from __future__ import annotations

import re

from app.services.extraction.languages import DECIMAL_COMMA as LANGUAGE_DECIMAL_COMMA
from app.services.extraction.lexicon import CJK

#: Longest "sentence" examined as one unit; longer runs are cut at whitespace.
MAX_SENTENCE = 1200

# A terminator followed by space and something that can start a sentence, or a line break
# that ends a line: a blank line, a line ending on a terminator, or a new line opening with a
# bullet. A line that runs on ("…reached\n$24 billion", hard-wrapped agency copy) is one
# sentence.
_BREAK = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'”»)]*+(?=\s+[\"'“«(]*[A-ZА-ЯЁƏÇĞIİÖŞÜ0-9\u0400-\u04ff\u10a0-\u10ff])"
    r"|(?<=[a-zа-яёўқғҳəöüçşğı])[.!?](?=[A-ZА-ЯЁЎҚҒҲ][a-zа-яёўқғҳ])"  # "кўп.Унинг": no space
    r"|[。！？]+[\"'”’」』）)]*"
    r"|\n[ \t]*\n|(?<=[.!?…:;。！？\"'”»)])[ \t]*\n|\n(?=[ \t]*[•*\-–—])"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Inc|Ltd|Corp|No|vs|etc|approx|Gen|Prof|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|млн|млрд|тыс|долл|mln|mlrd|ул|მლნ|მლრდ|ათ|აშშ|წ)|\b[A-Z]|\bU\.S|\bU\.K)\.$"
)


#: "… превысил $35 млрд. В 2021 г. …": a magnitude abbreviation before a capital letter ends
#: the sentence ("млрд. долларов" does not).
_MAGNITUDE_THEN_CAPITAL = re.compile(
    r"(?:млн|млрд|тыс|долл|mln|mlrd)\.\s{1,3}(?!AQSH|АҚШ|США|USD|US\b)[A-ZА-ЯЁ]"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if (
            "\n" not in m.group()
            and _ABBREV.search(text[max(0, m.end() - 8) : m.end()])
            and not _MAGNITUDE_THEN_CAPITAL.search(text, max(0, m.end() - 6), m.end() + 9)
        ):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start)
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


_WORD_GAP = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


def _cut(text: str, start: int) -> int:
    """Where to cut an over-long run: after a comma or semicolon if there is one in the
    second half of the window, else at a space, else anywhere."""
    lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    for mark in (", ", "; ", "；", "，"):
        cut = text.rfind(mark, lo, hi)
        if cut > start:
            return cut + 1  # just after the comma or semicolon
    gaps = [m.start() for m in _WORD_GAP.finditer(text, lo, hi)]
    if gaps:
        return gaps[-1]  # between two words: never inside "$2.44 billion"
    cut = text.rfind(" ", lo, hi)
    return cut if cut > start else hi


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARMENIAN = re.compile(r"[\u0530-\u058f]")
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CJK = re.compile(CJK)
# Cyrillic Uzbek writes ў and ҳ; Kazakh ә, ң, ө, ұ, ү, һ, і (both write қ and ғ).
_UZ_CYRILLIC = re.compile(r"[ўҳЎҲ]|\b(?:ва|билан|йил\w*|минг)\b", re.IGNORECASE)
_KK_CYRILLIC = re.compile(r"[әңөұүһіқғӘҢӨҰҮҺІҚҒ]")
_UZ_LATIN = re.compile(
    r"(?<=[oOgG])[‘ʻ’'`](?=[a-z])|\b(?:bilan|yil(?:da|ning|i|ga|dagi)?|mlrd|ming|foiz|kishi"
    r"|o‘tgan|joriy|savdo|aylanma\w*)\b",
    re.IGNORECASE,
)
_TR_LETTERS = re.compile(r"(?-i:[ığşİĞŞ])")
_AZ_WORDS = re.compile(r"ə|\b(?:və|ilə|ildə|ilin|manat|milyard|dəfə)\b", re.IGNORECASE)
_TR_WORDS = re.compile(r"(?-i:[ığşİüöçÜÖÇ])|\b(?:yüzde|milyar|yılı\w*|ve|ile|bin)\b", re.IGNORECASE)
_PL = re.compile(r"(?-i:[łąęśżź])|\b(?:mld|między|oraz)\b", re.IGNORECASE)
_FR = re.compile(
    r"\b(?:le|la|les|des|du|milliards?|avec|est|entre|d['’]euros|dirhams?)\b", re.IGNORECASE
)

#: Languages that write 2,5 for two and a half.
DECIMAL_COMMA = LANGUAGE_DECIMAL_COMMA


def detect_language(sentence: str) -> str:
    """ISO 639-1 guess from script and a few function words; 'en' by default."""
    if _CYRILLIC.search(sentence):
        if _UZ_CYRILLIC.search(sentence):
            return "uz"
        return "kk" if _KK_CYRILLIC.search(sentence) else "ru"
    for pattern, code in ((_GEORGIAN, "ka"), (_ARMENIAN, "hy"), (_ARABIC, "ar"), (_CJK, "zh")):
        if pattern.search(sentence):
            return code
    if _AZ_WORDS.search(sentence):
        return "az"
    if _TR_LETTERS.search(sentence):
        return "tr"  # ı, ğ and ş are Turkish (Uzbek writes sh, g‘ and i)
    if _UZ_LATIN.search(sentence):
        return "uz"
    if _TR_WORDS.search(sentence):
        return "tr"
    if _PL.search(sentence):
        return "pl"
    if _FR.search(sentence):
        return "fr"
    return "en"
