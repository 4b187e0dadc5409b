"""Azerbaijani words of the grammar (Latin script)."""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

#: The endings of "il" in a year phrase ("ötən il", "ötən ilin", "bu ildə", "cari ilki"), but
#: not the plural ("ötən illərdə" is past years) nor another word ("bu ilginin", "bu ilham").
_YEAR_END = r"(?:in|də|dən|ə|i|ki|dəki|indəki)?" + NOT
#: A bound after the number, on its case ending, before the counted noun: "500-dən çox tikinti
#: layihəsi", "50-yə yaxın şirkət", "100 mindən artıq turist".
_BOUND = (
    r"(?:(?:['’-]" + L + r"\s+"
    # else right after the number or its magnitude, never after other words ("son 10 ildə çox
    # sayda şirkət" counts no companies)
    r"|(?:(?<![^\W\d_][ \u00a0])|(?<=(?:bin|min|yon|yar|ard)[ \u00a0])))"
    r"(?:çox|artıq|yaxın|yuxarı|ziyadə|qədər)\s+(?:[^\W\d_]{2,}\s+){0,2})?"
)
_PERSONS = (
    r"nəfər" + L,
    r"turist" + L,
    r"ziyarətçi" + L,
    r"vətəndaş" + L,
    r"ailə" + L,
    r"sərnişin" + L,
    r"səfər" + L,
    r"tələbə" + L,
    r"işçi" + L,
    r"miqrant" + L,
)
_COUNTS = (
    r"şirkət" + L,
    r"müəssisə" + L,
    r"layihə" + L,
    r"qatar" + L,
    r"reys" + L,
    r"avtomobil" + L,
    r"təşkilat" + L,
    r"kommersiya\s+təşkilat" + L,
    r"hüquqi\s+şəxs" + L,
    r"fabrik" + L,
    r"zavod" + L,
    r"konteyner" + L,
    r"vaqon" + L,
)

WORDS = Words(
    code="az",
    decimal_comma=True,
    magnitudes=(("trilyon", 1e12), ("milyard", 1e9), ("milyon", 1e6)),
    local_magnitudes=(("min", 1e3), ("bin", 1e3)),
    number_words={
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dörd": 4,
        "beş": 5,
        "altı": 6,
        "yeddi": 7,
        "səkkiz": 8,
        "doqquz": 9,
        "on": 10,
        "iyirmi": 20,
        "otuz": 30,
        "qırx": 40,
        "əlli": 50,
        "yüz": 100,
        "yarım": 0.5,
    },
    currencies={
        "USD": (r"(?:ABŞ[ \u00a0]?)?dollar" + L + r"(?:[ \u00a0]ABŞ" + NOT + ")?",),
        "AZN": (r"manat" + L,),
        "EUR": (r"avro" + L,),
        "GEL": (r"lari" + L,),
        "RUB": (r"rubl" + L,),
        "TRY": (r"(?:türk\s+)?lir" + L,),
        "CNY": (r"yuan" + L,),
        "KZT": (r"tenqe" + L,),
    },
    percent=(r"faiz" + L,),
    times=(r"dəfə" + L,),
    persons=(*_PERSONS, _BOUND + "(?:" + "|".join(_PERSONS) + ")"),
    counts=(*_COUNTS, _BOUND + "(?:" + "|".join(_COUNTS) + ")"),
    number_of=(r"sayı",),
    measures=(
        (r"ton(?:u|un|a|dan|la|luq|luğ" + L + r"|dur)?" + NOT, "tonnes", 1.0),
        (r"hektar" + L, "hectares", 1.0),
        (r"kub(?:\s*)?metr" + L, "m3", 1.0),
        (r"kVt[./]?saat|kvt\.?s", "kWh", 1.0),
        (r"QVt" + NOT + r"|giqavat" + L, "MW", 1e3),
        (r"MVt" + NOT + r"|meqavat" + L, "MW", 1.0),
    ),
    month_stems=(
        ("yan", 1),
        ("fev", 2),
        ("mar", 3),
        ("apr", 4),
        ("may", 5),
        ("iyun", 6),
        ("iyul", 7),
        ("avq", 8),
        ("sen", 9),
        ("okt", 10),
        ("noy", 11),
        ("dek", 12),
    ),
    month_words=(
        r"(?:yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)" + L,
        r"may(?=\s+ay|ın|da|a)" + L,
    ),
    this_year=(r"(?:cari|bu)\s+il" + _YEAR_END,),
    last_year=(r"(?:ötən|keçən|əvvəlki|bir\s+əvvəlki)\s+il" + _YEAR_END,),
    year_suffixes=(r"il" + L,),
    ordinals={
        "birinci": 1,
        "ilk": 1,
        "ikinci": 2,
        "üçüncü": 3,
        "dördüncü": 4,
        "son": 4,
    },
    month_nouns=(r"ay" + L,),
    quarter_nouns=(r"rüb" + L,),
    half_nouns=(r"yarı" + L,),
    # "ötən illə müqayisədə", "2024-cü ilin eyni dövrü ilə müqayisədə" name a base; a bare
    # "illik müqayisədə" (year on year) does not
    compared_after=(
        r"göstərici" + L,
        r"göstəricisi(?:ndən|nə\s+nisbətən)",
        r"ilə\s+müqayisədə",
        r"(?<=l[əa]\s)müqayisədə",
        r"nisbətən",
        r"nisbətdə",
    ),
    targets_follow=True,
    targets=(
        r"çatdırma" + L,
        r"qarşıya\s+(?:vəzifə|məqsəd)" + L,
        r"hədəf" + L,
        r"çatdırıl" + L,
        r"çatdırmaq",
        r"məqsəd" + L,
    ),
    deadline_before=(),
    deadline_after=(
        r"-?(?:c[iıuü]\s+)?il[əi]d[əe]k",
        r"-?(?:c[iıuü]\s+)?il[əi]\s+q[əa]d[əa]r",
        r"-?[əa]\s+q[əa]d[əa]r",
    ),
    bound_before={"about": (r"təxminən", r"təqribən", r"təxmini\s+olaraq")},
    bound_after={"more_than": (r"\S*(?:dən|dan|tən|tan)\s+daha\s+(?:çox|artıq)(?![^\W\d_])",)},
    countries={
        "UZB": (r"Özbəkistan" + L,),
        "ARM": (r"Ermənistan" + L,),
        "KGZ": (r"Qırğızıstan" + L,),
        "TJK": (r"Tacikistan" + L,),
    },
    growth=(
        r"üstələ" + L,
        r"azal" + L,
        r"çox" + L,
        r"artıq",
        r"art" + L,
        r"yüksəl" + L,
        r"geriləy" + L,
    ),
    demonstratives=(r"bu", r"bu,", r"lakin", r"amma"),
    now=(
        r"bu\s+gün",
        r"bu\s+günədək",
        r"bu\s+günə\s+qədər",
        r"indiyədək",
        r"indiyə\s+qədər",
        r"hazırkı\s+(?:dövrdə|mərhələdə)",
    ),
    same_period=(
        r"eyni\s+dövr" + L,
        r"analoji\s+(?:dövr|göstərici)" + L,
        r"müvafiq\s+dövr" + L,
        r"həmin\s+dövr" + L,
        r"eyni\s+ay(?:ı|ın|ına|ında)" + NOT,
    ),
    of_which=(r"onlardan", r"bunlardan(?:\s+da)?", r"o\s+cümlədən"),
    copulas=(r"təşkil\s+edib", r"olub"),
    world=(
        r"xarici\s+(?:turist|vətəndaş|ölkə|ziyarətçi|qonaq)" + L,
        r"əcnəbi\s+(?:turist|vətəndaş|ölkə|ziyarətçi|qonaq)" + L,
        r"xaric(?:ə|dən|də)" + NOT,
        r"Türk\s+dövlətlər" + L,
        r"\d+\s+Türk\s+dövlət" + L,
        r"TDT" + NOT,
        r"üzv\s+ölkə" + L,
        r"dünya" + L,
        r"ümumi\s+xarici\s+ticarət" + L,
        r"xarici\s+ticarət\s+dövriyyəsi" + L,
        r"\d+\s+ölkə" + L,
    ),
)
