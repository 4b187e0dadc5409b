"""Turkish words of the grammar."""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

#: The endings of "yıl"/"sene" in a year phrase ("geçen yıl", "geçen yılın", "bu yılki"), but
#: not the plural ("geçen yıllarda" is past years, not last year).
_YEAR_END = r"(?:ın|nin|nın|in|ında|inde|da|de|dan|den|a|e|ı|i|ki|daki|deki|ındaki|indeki)?" + NOT
#: A bound after the number, on its case ending, before the counted noun: "50'ye yakın proje",
#: "1660'tan fazla şirket", "400 bin civarında olan Çinli turist".
_BOUND = (
    r"(?:(?:['’-]" + L + r"\s+"
    # else right after the number or its magnitude, never after other words ("10 yılda fazla
    # sayıda şirket" counts no companies)
    r"|(?:(?<![^\W\d_][ \u00a0])|(?<=(?:bin|min|yon|yar|ard)[ \u00a0])))"
    r"(?:(?:daha\s+)?fazla|yakın|aşkın|kadar|civarında|üzerinde)\s+(?:[^\W\d_]{2,}\s+){0,2})?"
)
_PERSONS = (
    r"kişi" + L,
    r"turist" + L,
    r"ziyaretçi" + L,
    r"vatandaş" + L,
    r"yolcu" + L,
    r"öğrenci" + L,
    r"işçi" + L,
    r"göçmen" + L,
)
_COUNTS = (
    r"şirket" + L,
    r"firma" + L,
    r"proje" + L,
    r"tren" + L,
    r"sefer" + L,
    r"işletme" + L,
    r"tesis" + L,
    r"fabrika" + L,
    r"kuruluş" + L,
    r"uçuş" + L,
    r"konteyner" + L,
    r"vagon" + L,
)

WORDS = Words(
    code="tr",
    decimal_comma=True,
    magnitudes=(("trilyon", 1e12), ("milyar", 1e9), ("milyon", 1e6)),
    # "bin" (thousand) as a whole word anywhere: a Turkish sentence with "yıl" can be read as
    # Uzbek, and "900 bin" must stay 900,000; inflected ("5 binden fazla") only in Turkish
    whole_magnitudes=(("bin", 1e3),),
    local_magnitudes=(("bin", 1e3),),
    number_words={
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
        "yirmi": 20,
        "otuz": 30,
        "kırk": 40,
        "elli": 50,
        "yüz": 100,
        "buçuk": 0.5,
    },
    currencies={
        "USD": (r"(?:ABD[ \u00a0]?)?dolar" + L + r"(?:[ \u00a0]ABD" + NOT + ")?",),
        "EUR": (r"avro" + L, r"euro" + L),
        "TRY": (r"(?:Türk\s+)?lira" + L, r"TL" + NOT),
        "CNY": (r"yuan" + L,),
        "AZN": (r"manat" + L,),
        "RUB": (r"ruble" + L,),
        "GEL": (r"lari" + NOT, r"lari(?:ye|den|lik|si)" + NOT),
        "KZT": (r"tenge" + L,),
    },
    percent_before=(r"yüzde", r"yuzde"),
    # "3 kat", "14 katına", "1,5 katlık artış"; not "katkı", "katıldı"
    times=(r"kat(?:ı|ın|ına|ını|ında|lık|lik|lı)?" + NOT,),
    persons=(
        r"ziyaret\s+eden" + L,
        r"yabancı(?:lar|ların|ların|ı)?" + NOT,
        *_PERSONS,
        _BOUND + "(?:" + "|".join(_PERSONS) + ")",
    ),
    counts=(*_COUNTS, _BOUND + "(?:" + "|".join(_COUNTS) + ")"),
    number_of=(r"sayı", r"sayısı"),
    measures=(
        (r"ton(?:luk|luğ" + L + r"|u|un|a|dan|la|dur)?" + NOT, "tonnes", 1.0),
        (r"hektar" + L + r"|dekar" + L, "hectares", 1.0),
        (r"metreküp" + L + r"|metre\s+küp" + L, "m3", 1.0),
        (r"kilovat\s*saat" + L, "kWh", 1.0),
        (r"megavat\s*saat" + L, "kWh", 1e3),
        (r"megavat" + L, "MW", 1.0),
        (r"gigavat" + L, "MW", 1e3),
    ),
    month_stems=(
        ("oca", 1),
        ("şub", 2),
        ("mar", 3),
        ("nis", 4),
        ("mayıs", 5),
        ("haz", 6),
        ("tem", 7),
        ("ağu", 8),
        ("eyl", 9),
        ("eki", 10),
        ("kas", 11),
        ("ara", 12),
    ),
    month_words=(
        r"(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)" + L,
    ),
    this_year=(
        r"bu\s+(?:yıl|sene)" + _YEAR_END,
        r"(?:içinde\s+bulunduğumuz|cari)\s+yıl" + _YEAR_END,
    ),
    last_year=(r"(?:geçen|geçtiğimiz|önceki|bir\s+önceki)\s+(?:yıl|sene)" + _YEAR_END,),
    year_suffixes=(r"yılı" + L, r"yıl" + L),
    ordinals={
        "birinci": 1,
        "ilk": 1,
        "ikinci": 2,
        "üçüncü": 3,
        "dördüncü": 4,
        "son": 4,
    },
    month_nouns=(r"ay" + L,),
    quarter_nouns=(r"çeyre" + L,),
    half_nouns=(r"yarı" + L,),
    fiscal_words=(r"mali\s+yıl" + L,),
    compared_after=(
        r"(?<!verilerine\s)(?<!verilere\s)(?<!açıklamasına\s)(?<!bilgilere\s)(?<!rakamlara\s)"
        r"(?<!verilerinde\s)(?<!raporuna\s)göre",
        r"kıyasla",
        r"oranla",
        r"nazaran",
        r"ile\s+kıyaslandığında",
        r"ile\s+karşılaştırıldığında",
    ),
    now=(
        r"bugün",
        r"günümüzde",
        r"şu\s+an(?:da)?",
        r"bugüne\s+(?:kadar|dek|değin)",
        r"bugün\s+itibarıyla",
        r"hâlihazırda",
    ),
    targets_follow=True,
    targets=(
        r"çıkarıl" + L,
        r"çıkarma(?:k|sı|yı)" + L,
        r"ulaştırıl" + L,
        r"yükseltil(?:ecek|mesi)" + L,
        r"hedef" + L,
        r"amaç" + L,
        r"amac" + L,
    ),
    deadline_before=(),
    deadline_after=(r"(?:\s*yılı(?:nın)?\s+sonuna|\s*yılına|['’]y?[ea])\s+(?:kadar|dek|değin)",),
    bound_before={
        "about": (r"yaklaşık(?:\s+olarak)?", r"tahminen", r"takriben", r"yaklaşık\s+olarak"),
        "nearly": (r"neredeyse", r"yaklaşık\s+olarak"),
    },
    bound_after={
        "more_than": (
            r"\S*\s+(?:üzerinde|üstünde|üzeri)(?![^\W\d_])",
            r"\S*(?:dan|den|tan|ten)\s+daha\s+fazla(?![^\W\d_])",
        ),
    },
    countries={
        "UZB": (r"Özbekistan" + L,),
        "KAZ": (r"Kazakistan" + L,),
        "GEO": (r"Gürcistan" + L,),
        "KGZ": (r"Kırgızistan" + L,),
        "TKM": (r"Türkmenistan" + L,),
        "TJK": (r"Tacikistan" + L,),
    },
    growth=(
        r"azal" + L,
        r"düş" + L,
        r"artış" + L,
        r"art" + L,
        r"fazla",
        r"daha",
        r"yüksel" + L,
        r"geril" + L,
        r"büyü(?:me|dü|yerek|yen)" + L,
    ),
    demonstratives=(r"bu", r"ancak", r"ama"),
    same_period=(r"aynı\s+dönem" + L, r"aynı\s+ay(?:ı|ın|ına|ında)" + NOT),
    of_which=(r"bunlardan", r"bunun"),
    copulas=(r"oldu", r"olarak\s+gerçekleşti"),
    world=(
        # "yabancı ziyaretçi sayısı" (all foreign visitors), but not "en fazla yabancı
        # ziyaretçi Rusya'dan geldi" (the foreign visitors of one country)
        r"yabancı" + L + r"(?!\s+(?:ziyaretçi|turist)" + L + r"(?!\s+sayı))",
        r"Türk\s+devletler" + L,
        r"OTS" + NOT,
        r"TDT" + NOT,
        r"üye\s+ülke" + L,
        r"tüket" + L,
        r"ihracat\s+pazar" + L,
        r"yurt\s+dışı" + L,
        r"dünya" + L,
        r"toplam\s+dış\s+ticaret" + L,
        r"\d+\s+ülke" + L,
    ),
)
