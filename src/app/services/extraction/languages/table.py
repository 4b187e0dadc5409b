"""The shape of one language's words for the extraction grammar.

A table holds words only: regex fragments for the classes the grammar knows (magnitudes,
currencies, units, counted nouns, spelled numbers, months, relative years, target and scope
words). :mod:`app.services.extraction.lexicon` and :mod:`app.services.extraction.period_words`
join the classes of every table into the patterns the pipeline runs, so adding a language is
adding a table, and the pipeline is the same for every language.

Fragments are matched case-insensitively, after a number (units, magnitudes) or as whole words
(number words, cues). ``L`` below stands for "more letters" (``[^\\W\\d_]*``), so a stem
catches its inflections ("доллар" + L: долларов, долларам).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: More letters of the same word: a fragment "доллар" + L matches every case ending.
L = r"[^\W\d_]*"
#: The word ends here: no letter follows ("euros" + NOT does not match "eurosceptic").
NOT = r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words, grouped by the grammar class that reads them."""

    code: str
    #: writes 2,5 for two and a half (and groups thousands with "." or a space)
    decimal_comma: bool = False
    #: magnitude stems after a number, matched at the start of the word ("млрд", "milyard")
    magnitudes: tuple[tuple[str, float], ...] = ()
    #: magnitudes that must be the whole word ("bn", "mn")
    whole_magnitudes: tuple[tuple[str, float], ...] = ()
    #: stems that are a magnitude only in this language ("min" is minutes in English)
    local_magnitudes: tuple[tuple[str, float], ...] = ()
    #: spelled numbers, whole words in lower case ("two": 2, "двух": 2, "yarim": 0.5)
    number_words: Mapping[str, float] = field(default_factory=dict)
    #: ISO 4217 code -> fragments of the currency written after the number
    currencies: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: ISO 4217 code -> fragments of a currency sign or code written before the number
    currency_before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    percent: tuple[str, ...] = ()
    #: a percent word written before the number ("yüzde 20")
    percent_before: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    #: nouns counted as persons (tourists, trips, visits, "человек", "nəfər", "kishi")
    persons: tuple[str, ...] = ()
    #: nouns counted as a count (companies, projects, enterprises, flights)
    counts: tuple[str, ...] = ()
    #: words before a counted noun that say "the number of" ("number of", "количество")
    number_of: tuple[str, ...] = ()
    #: physical units: (fragment, canonical unit, factor to it)
    measures: tuple[tuple[str, str, float], ...] = ()
    #: month stems matched at the start of a month word, with their number
    month_stems: tuple[tuple[str, int], ...] = ()
    #: fragments that find a month name in a sentence
    month_words: tuple[str, ...] = ()
    #: "this year", "last year" phrases
    this_year: tuple[str, ...] = ()
    last_year: tuple[str, ...] = ()
    #: ordinal stems of periods ("first" 1, "перв" 1, "birinchi" 1, "პირველ" 1, "ilk" 1)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    #: nouns of a month, a quarter and a half-year ("months", "айында", "choragida", "ნახევარ")
    month_nouns: tuple[str, ...] = ()
    quarter_nouns: tuple[str, ...] = ()
    half_nouns: tuple[str, ...] = ()
    #: a fiscal year ("fiscal year", "FY", "mali yıl", "财年"), read with the fiscal-year table
    fiscal_words: tuple[str, ...] = ()
    #: words after a figure that name what it is compared with ("ilə müqayisədə",
    #: "салыстырғанда"), and before a figure that make it the base ("up from", "против")
    compared_after: tuple[str, ...] = ()
    compared_before: tuple[str, ...] = ()
    #: "the same period" ("аналогичный период", "eyni dövr", "同期", "même période")
    same_period: tuple[str, ...] = ()
    #: "currently", "to date", "hozirda": a stock at the publication month
    now: tuple[str, ...] = ()
    #: words after a year number ("году", "yılı", "жылы", "წლის")
    year_suffixes: tuple[str, ...] = ()
    #: words of a goal (a figure after them is a target, not an actual)
    targets: tuple[str, ...] = ()
    #: the goal word follows the figure ("50 milyar dolarlık hedef", "5 milyar dolara
    #: çıkarılacak", "100亿美元贸易额目标"): verb-final languages name the goal last
    targets_follow: bool = False
    #: words before a deadline year ("by 2030", "до 2030 года") and after it ("2030-cu ilədək")
    deadline_before: tuple[str, ...] = ()
    deadline_after: tuple[str, ...] = ()
    #: bound words before a figure ("более", "qariyb") and after it on an ending
    #: ("доллардан астам", "1 მლნ-ზე მეტი"): qualifier -> fragments
    bound_before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bound_after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: country names and adjectives in this language: ISO alpha-3 (or EUU) -> fragments
    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words of change next to a rate ("increase", "рост", "o‘sib", "өсіп", "გაიზარდა",
    #: "hausse"): a % or a multiple near them is a growth, not a share
    growth: tuple[str, ...] = ()
    #: "of which", "из них", "其中": a part of the figure before, in its period
    of_which: tuple[str, ...] = ()
    #: verbs of being between a growth noun and its rate ("рост составил 25 %")
    copulas: tuple[str, ...] = ()
    #: words that open a sentence about the figure before ("This is 34 % more")
    demonstratives: tuple[str, ...] = ()
    #: words that make a figure a total with the world or a region, not between two parties
    world: tuple[str, ...] = ()
