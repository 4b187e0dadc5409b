"""Georgian words of the grammar.

Georgian glues case endings to the number or its abbreviation with a hyphen: "1 მლნ-ზე მეტი"
(more than a million), "2022 წლის" (of 2022).
"""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

WORDS = Words(
    code="ka",
    magnitudes=(
        ("ტრლნ", 1e12),
        ("მლრდ", 1e9),
        ("მილიარდ", 1e9),
        ("მლნ", 1e6),
        ("მილიონ", 1e6),
        ("ათას", 1e3),
    ),
    number_words={
        "ერთი": 1,
        "ორი": 2,
        "სამი": 3,
        "ოთხი": 4,
        "ხუთი": 5,
        "ექვსი": 6,
        "შვიდი": 7,
        "რვა": 8,
        "ცხრა": 9,
        "ათი": 10,
        "ოცი": 20,
        "ასი": 100,
        "ნახევარი": 0.5,
    },
    currencies={
        "USD": (r"(?:აშშ[ \u00a0])?(?:ამერიკულ[ \u00a0])?დოლარ" + L,),
        "GEL": (r"ლარ" + L,),
        "EUR": (r"ევრო" + L,),
        "CNY": (r"(?:ჩინურ[ \u00a0])?იუან" + L,),
        "AZN": (r"მანათ" + L,),
        "TRY": (r"ლირ" + L,),
        "RUB": (r"რუბლ" + L,),
    },
    percent=(r"პროცენტ" + L,),
    times=(r"ჯერ" + NOT,),
    persons=(
        r"ადამიან" + L,
        r"ტურისტ" + L,
        r"ვიზიტ" + L,
        r"მოგზაურ" + L,
        r"მგზავრ" + L,
        r"მოქალაქ" + L,
        r"სტუდენტ" + L,
    ),
    counts=(r"კომპანი" + L, r"საწარმო" + L, r"პროექტ" + L, r"რეის" + L, r"ავტომობილ" + L),
    number_of=(r"რაოდენობა",),
    measures=(
        (r"ტონ" + L, "t", 1.0),
        (r"ჰექტარ" + L, "ha", 1.0),
        (r"კუბურ" + L + r"\s+მეტრ" + L + r"|კუბ\.\s*მ", "m3", 1.0),
        (r"მეგავატ" + L, "MW", 1.0),
    ),
    month_stems=(
        ("იანვ", 1),
        ("აინვ", 1),
        ("თებ", 2),
        ("მარ", 3),
        ("აპრ", 4),
        ("მაი", 5),
        ("ივნ", 6),
        ("ივლ", 7),
        ("აგვ", 8),
        ("სექ", 9),
        ("ოქტ", 10),
        ("ნოე", 11),
        ("დეკ", 12),
    ),
    month_words=(
        r"(?:იანვ|აინვ|თებერვ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტო|სექტემბ|ოქტომბ|ნოემბ"
        r"|დეკემბ)" + L,
    ),
    this_year=(r"წელს", r"მიმდინარე\s+წ" + L),
    last_year=(r"შარშან" + L, r"გასულ\s+წ" + L, r"გასული\s+წ" + L, r"წინა\s+წ" + L),
    year_suffixes=(r"წ(?:ლის|ელს|ელი|ლიდან|ლამდე|\.)" + L,),
    ordinals={"პირველ": 1, "მეორე": 2, "მესამე": 3, "მეოთხე": 4},
    month_nouns=(r"თვე" + L,),
    quarter_nouns=(r"კვარტალ" + L,),
    half_nouns=(r"ნახევარ" + L,),
    compared_after=(r"შედარებით",),
    targets=(r"მიზან" + L,),
    deadline_before=(),
    deadline_after=(r"წლისთვის", r"წლამდე"),
    bound_before={
        "about": (r"დაახლოებით", r"თითქმის\s+დაახლოებით"),
        "nearly": (r"თითქმის", r"ლამის"),
        "more_than": (r"ზე\s+მეტი",),
    },
    bound_after={
        "more_than": (r"\S*-?ზე\s+მეტ\S*", r"\S*\s+აჭარბებ\S*", r"\S*\s+გადააჭარბ\S*"),
        "up_to": (r"\S*-?მდე(?![^\W\d_])",),
    },
    countries={
        "GEO": (r"საქართველო" + L,),
        "CHN": (r"ჩინეთ" + L, r"ჩინურ" + L),
        "RUS": (r"რუსეთ" + L,),
        "TUR": (r"თურქეთ" + L,),
        "AZE": (r"აზერბაიჯან" + L,),
        "ARM": (r"სომხეთ" + L,),
        "EUU": (r"ევროკავშირ" + L,),
    },
    growth=(
        r"გაიზარდ" + L,
        r"ზრდ" + L,
        r"მეტი" + L,
        r"მეტია",
        r"ნაკლები" + L,
        r"შემცირ" + L,
        r"კლებ" + L,
        r"მატებ" + L,
    ),
    demonstratives=(r"ეს", r"რაც"),
    world=(r"უცხო" + L, r"მსოფლიო" + L, r"საგარეო\s+ვაჭრობ" + L, r"\d+\s+ქვეყან" + L),
)
