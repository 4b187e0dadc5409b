"""The grammar of issue 22, case by case: numbers, periods, comparisons, fiscal years,
targets, persons and units, and figures that are no pair's, in the region's languages.

The sentences here are written for the tests (the real ones are in the labelled set, see
test_extraction_region.py); each shows one rule.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.services.extraction import extract
from app.services.extraction.languages import BY_CODE, TABLES
from app.services.extraction.sentences import detect_language

PUB = date(2025, 11, 20)

Row = tuple[float, str, str | None]


def rows(text: str, published: date | None = PUB) -> list[Row]:
    return [
        (c.value, c.unit, c.period.code() if c.period else None) for c in extract(text, published)
    ]


def values(text: str, published: date | None = PUB) -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in extract(text, published)]


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ticarət dövriyyəsi 214 milyon 306 min dollar təşkil edib.", (214_306_000.0, "USD")),
        ("Türkiye'yi 3 milyon 208 bin 119 kişi ziyaret etti.", (3_208_119.0, "persons")),
        ("Ticaret hacmi 2 milyar 171,8 milyon dolara ulaştı.", (2_171_800_000.0, "USD")),
        ("Товарооборот составил $2 млрд 842 млн.", (2_842_000_000.0, "USD")),
        ("双边贸易额达2181亿7600万美元。", (218_176_000_000.0, "USD")),
        ("游客人数为459万3千511人。", (4_593_511.0, "persons")),
        ("Savdo hajmi uch milliard dollarga yetdi.", (3e9, "USD")),
        ("В страну приехали около двух тысяч туристов.", (2000.0, "persons")),
        ("Елге бес мыңға жуық турист келді.", (5000.0, "persons")),
        ("Trade reached two billion dollars.", (2e9, "USD")),
        ("İhracat 5.120.334 dolar oldu.", (5_120_334.0, "USD")),
        ("Экспорт составил 8.306.115.000 долларов.", (8_306_115_000.0, "USD")),
        ("Страну посетили 3 118 туристов.", (3118.0, "persons")),
        ("საქართველოს 1 მლნ-ზე მეტი ტურისტი ეწვია.", (1e6, "persons")),
        ("Savdo aylanmasi 1,2 mlrd dollarni tashkil etdi.", (1.2e9, "USD")),
        ("Тауар айналымы 4,5 млрд долларды құрады.", (4.5e9, "USD")),
        ("Les échanges ont atteint 13,4 milliards d'euros.", (13.4e9, "EUR")),
        ("Les importations ont atteint 6,9 milliards de dirhams.", (6.9e9, "MAD")),
    ],
)
def test_numbers_of_every_language(text: str, expected: tuple[float, str]) -> None:
    assert values(text) == [expected]


def test_pieces_that_are_not_one_number_stay_apart() -> None:
    assert values("Trade of $1.5 billion, 300 million tourists.") == [
        (1.5e9, "USD"),
        (3e8, "persons"),
    ]
    assert values("Visitors: 2 million 2023 data.") == [(2e6, "persons")]


def test_bounds_written_after_the_number() -> None:
    found = extract("Елге 5 мыңға жуық турист, 1 млрд доллардан астам инвестиция келді.", PUB)
    assert [c.qualifier for c in found] == ["nearly", "more_than"]
    (uz,) = extract("Investitsiyalar qariyb 7,8 milliard dollarni tashkil etdi.", PUB)
    assert uz.qualifier == "nearly"


# --- persons and units ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese citizens made 120,000 trips to Georgia.", (120000.0, "persons")),
        ("Gürcistan'a 250 bin kişi gitti.", (250000.0, "persons")),
        ("Ölkəyə 57 min nəfər gəlib.", (57000.0, "persons")),
        ("赴哈中国游客达5.7万人次。", (57000.0, "persons")),
        ("Uzbekistan exported 1,392.6 thousand tons of fruit.", (1_392_600.0, "tonnes")),
        ("The park covers 37 hectares.", (37.0, "hectares")),
        ("The pipeline carried 15.5 bcm of gas.", (15.5e9, "m3")),
        ("Поставки газа составили 38 млрд кубометров.", (38e9, "m3")),
    ],
)
def test_persons_and_physical_units(text: str, expected: tuple[float, str]) -> None:
    assert values(text) == [expected]


def test_a_year_like_number_with_a_unit_is_a_figure() -> None:
    assert rows("Chinese firms built solar plants with a total capacity of 2000 MW.") == [
        (2000.0, "MW", None)
    ]


# --- periods ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        (
            "Exports reached $2.7 billion during July-June (2023-24), Pakistan said.",
            PUB,
            "2023-07/2024-06",
        ),
        ("Pakistan's exports to China were $2.7 billion in FY2023-24.", PUB, "2023-07/2024-06"),
        ("India's imports from Russia were $61 billion in FY24.", PUB, "2023-04/2024-03"),
        ("India's exports to China rose to $16.67 billion in 2023-24.", PUB, "2023-04/2024-03"),
        (
            "Trade with India reached $65 billion last fiscal year.",
            date(2024, 6, 1),
            "2023-04/2024-03",
        ),
        ("They traded $45 billion from April 2022 to February 2023.", PUB, "2022-04/2023-02"),
        ("Exports were €5.7 billion (August 2021 to July 2022).", PUB, "2021-08/2022-07"),
        ("In the first month of 2023, 1.5 million tons of cargo crossed.", PUB, "2023-01"),
        ("As of today, 375 Chinese companies are registered.", PUB, "@2025-11"),
        ("Hozirda 2140 ta korxona faoliyat yuritmoqda, 700 dan ziyod kompaniya.", PUB, "@2025-11"),
        (
            "Сентябрь-март айларында астық экспорты 6,8 млн тонна болды.",
            date(2025, 4, 8),
            "2024-09/2025-03",
        ),
        ("2019 yilning birinchi choragida 870 ming kishi keldi.", PUB, "2019-Q1"),
        ("2024 წლის I კვარტალში 938 644 ვიზიტი დაფიქსირდა.", PUB, "2024-Q1"),
        ("2023-yilning I-yarim yilligida eksport 12 mlrd dollarni tashkil etdi.", PUB, "2023-H1"),
        (
            "Au terme des cinq premiers mois de 2018, 100 000 touristes sont venus.",
            PUB,
            "2018-01/2018-05",
        ),
        (
            "Les exportations ont atteint 3,7 milliards d'euros à fin juillet 2022.",
            PUB,
            "2022-01/2022-07",
        ),
        ("2020 және 2021 жылдар аралығында 15 жоба жүзеге асырылды.", PUB, "2020-01/2021-12"),
        ("2017 yılı Ocak – Ekim döneminde 4 milyon kişi geldi.", PUB, "2017-01/2017-10"),
    ],
)
def test_period_phrases(text: str, published: date, period: str) -> None:
    found = extract(text, published)
    assert found
    assert found[0].period is not None
    assert found[0].period.code() == period


def test_a_fiscal_year_of_no_known_country_gets_no_period() -> None:
    assert rows("Exports were $2 billion in FY2023-24.") == [(2e9, "USD", None)]


def test_since_gives_no_period_and_this_year_alone_gives_an_outcome_none() -> None:
    assert rows("Since 2020, trade has grown to $5 billion.") == [(5e9, "USD", None)]
    assert rows("This year trade reached $5 billion.") == [(5e9, "USD", None)]


def test_a_period_carries_on_to_the_next_sentence() -> None:
    text = (
        "In January-November 2025 imports of books fell. "
        "In the reporting period imports were worth $7.6 million."
    )
    assert rows(text) == [(7.6e6, "USD", "2025-01/2025-11")]


# --- comparisons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade was $2.3 billion in H1 2025, up from $2.1 billion in the same period of the "
            "previous year.",
            ["2025-H1", "2024-H1"],
        ),
        (
            "Ötən ilin eyni dövründə 3 milyard dollar dövriyyəmiz olduğu halda bu ilin "
            "yanvar-oktyabr aylarında dövriyyə 63,4 faiz artaraq 6 milyard dollara çatıb.",
            ["2024-01/2024-10", "2025-01/2025-10"],
        ),
        (
            "Les exportations se sont élevées à 3,7 milliards d'euros à fin juillet 2022 contre "
            "2,7 milliards d'euros un an plus tôt.",
            ["2022-01/2022-07", "2021-01/2021-07"],
        ),
        (
            "India's exports to China rose from $15.31 billion in 2022-23 to $16.67 billion in "
            "2023-24.",
            ["2022-04/2023-03", "2023-04/2024-03"],
        ),
    ],
)
def test_a_base_takes_the_period_it_is_compared_against(text: str, expected: list[str]) -> None:
    found = extract(text, PUB)
    assert [c.period.code() if c.period else None for c in found] == expected


def test_the_growth_belongs_to_the_new_level_not_to_its_base() -> None:
    found = extract("2024年共有近1200万名公民赴境外旅行，比上年（1050万人次）增长13.8%。", PUB)
    assert [(c.value, c.reported_change.value if c.reported_change else None) for c in found] == [
        (12e6, 13.8),
        (10.5e6, None),
    ]


def test_a_sentence_naming_only_the_compared_quarter_speaks_of_it_a_year_on() -> None:
    text = (
        "Ukrainaliklar yetakchi - 1,7 million kishi. "
        "Bu o‘tgan yilning birinchi choragiga nisbatan 10,4%ga kamdir."
    )
    (found,) = extract(text, date(2019, 5, 20))
    assert found.period is not None
    assert found.period.code() == "2019-Q1"


# --- targets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            "Trade reached $31 billion last year, and the sides aim to raise it to $40 billion by "
            "2030.",
            ["actual", "target"],
        ),
        ("Kazakhstan and China are committed to raise trade to $35 billion by 2030.", ["target"]),
        (
            "Toplamda 25,4 milyar dolara ulaşan ticaret, 50 milyar dolarlık hedefe ulaşabilir.",
            ["actual", "target"],
        ),
        ("Ticaret hacminin 5 milyar dolara çıkarılacağını söyledi.", ["target"]),
        (
            "Қазақстан мен Өзбекстан сауда айналымын 10 млрд долларға дейін жеткізуді көздеп отыр.",
            ["target"],
        ),
        ("两国元首确定了100亿美元的贸易额目标。", ["target"]),
        ("Le Maroc aspire à attirer 500 000 touristes chinois d'ici 2020.", ["target"]),
        ("Из России в Турцию с целью туризма выехало 1,72 млн граждан.", ["actual"]),
    ],
)
def test_targets_are_never_actuals(text: str, statuses: list[str]) -> None:
    assert [c.status for c in extract(text, PUB)] == statuses


def test_a_target_takes_its_deadline_and_never_now() -> None:
    found = extract(
        "The sides want to achieve a $5 billion trade volume, adding that the current volume "
        "exceeded $3.5 billion.",
        PUB,
    )
    assert [(c.status, c.period.code() if c.period else None) for c in found] == [
        ("target", None),
        ("actual", "@2025-11"),
    ]


def test_a_converted_amount_shares_the_status_of_the_one_it_converts() -> None:
    found = extract("They want to achieve a $5 billion (TL 201.42 billion) trade volume.", PUB)
    assert [(c.unit, c.status) for c in found] == [("USD", "target"), ("TRY", "target")]


# --- scope ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Georgia exported wine to 50 countries worth $250 million.", "to 50 countries"),
        ("China's overall trade with Central Asia totaled $94.82 billion in 2024.", "Central Asia"),
        ("今年上半年，共有56.65万外国游客赴哈旅游。", "外国"),
        ("Ülkemizi ziyaret eden yabancı sayısı 29 milyon oldu.", "yabancı"),
    ],
)
def test_a_total_with_the_world_or_a_region_says_so(text: str, words: str) -> None:
    (found,) = extract(text, PUB)
    assert words in found.scope
    assert found.to_json()["bilateral"] is False


def test_a_pair_figure_next_to_a_region_word_in_another_clause_stays_bilateral() -> None:
    (found,) = extract(
        "Kazakhstan ranked first among China's partners in Central Asia, with trade reaching "
        "$43.82 billion.",
        PUB,
    )
    assert found.scope == ""


# --- languages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2025 yilda savdo hajmi 17,8 mlrd dollarni tashkil etdi", "uz"),
        ("Ўзбекистон ва Хитой ўртасидаги товар айирбошлаш ҳажми", "uz"),
        ("Қазақстан мен Қытай арасындағы тауар айналымы", "kk"),
        ("Товарооборот между Россией и Индией", "ru"),
        ("ჩინეთი საქართველოს სავაჭრო პარტნიორია", "ka"),
        ("Les échanges entre la France et le Maroc", "fr"),
        ("Türkiye ile Özbekistan arasındaki yıllık ticaret", "tr"),
        ("Azərbaycan və Türkiyə arasında ticarət", "az"),
        ("中哈双边贸易额", "zh"),
    ],
)
def test_language_of_a_sentence(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_every_language_is_one_table_of_words_that_compiles() -> None:
    codes = [t.code for t in TABLES]
    assert len(codes) == len(set(codes))
    assert {"en", "ru", "az", "tr", "kk", "uz", "ka", "fr", "zh"} <= set(BY_CODE)
    for table in TABLES:
        for name in ("persons", "counts", "targets", "world", "growth", "month_words"):
            for fragment in getattr(table, name):
                re.compile(fragment)
        for code in table.currencies:
            assert len(code) == 3
            assert code.isupper()


# --- rules found on the held-out rounds -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("2025 წლის იანვრიდან დეკემბრამდე 405 000 ტონა ხორბალი შემოვიდა.", PUB, "2025"),
        ("2023 წლის პირველ და მეორე კვარტალში 2 860 111 ვიზიტი დაფიქსირდა.", PUB, "2023-H1"),
        ("Bu yıl ilk ayda ihracat 335 milyon dolara yükseldi.", date(2026, 2, 9), "2026-01"),
        (
            "Rusya bu yıl da 9 aylık dönemde en çok turist gönderen ülke oldu. "
            "Rus turist sayısı 3 milyon 306 bin kişiye ulaştı.",
            date(2025, 10, 4),
            "2025-01/2025-09",
        ),
        ("2024 verilerine göre ihracat 3,32 milyar dolar seviyesinde gerçekleşti.", PUB, "2024"),
        (
            "2026 йилнинг 1 январь ҳолатига жами 2 137 та корхона фаолият юритмоқда.",
            date(2026, 1, 30),
            "@2026-01",
        ),
    ],
)
def test_more_period_phrases(text: str, published: date, period: str) -> None:
    found = extract(text, published)
    assert found
    assert found[0].period is not None
    assert found[0].period.code() == period


def test_a_line_that_runs_on_is_one_sentence() -> None:
    text = "Exports to Armenia reached $141 million in January-\nJune 2013, up from last year."
    assert rows(text)[0][2] == "2013-H1"


def test_a_rate_before_a_converb_belongs_to_the_level_after() -> None:
    found = extract(
        "2023 жылы тауар айналымы $533 млн-ға жетіп, жүк көлемі 62%-ға өсіп, 4,5 млн "
        "тоннаға дейін артқан.",
        PUB,
    )
    assert [(c.unit, c.reported_change.value if c.reported_change else None) for c in found] == [
        ("USD", None),
        ("tonnes", 62.0),
    ]


def test_a_change_does_not_reach_back_across_a_clause_with_its_own_period() -> None:
    (level, rate) = extract(
        "В прошлом году товарооборот составил $865 млн, а в первом квартале этого года "
        "взаимный товарооборот увеличился еще на 45%.",
        date(2023, 5, 25),
    )
    assert level.reported_change is None
    assert (rate.unit, rate.period.code() if rate.period else None) == ("%", "2023-Q1")


def test_a_base_after_de_in_chinese_and_in_brackets_in_uzbek() -> None:
    found = extract("其中游客约25万人次，较2024年的7.5万人次增长逾2倍。", date(2025, 12, 23))
    assert [c.period.code() if c.period else None for c in found][1] == "2024"
    found = extract(
        "2022 йилнинг биринчи ярмида Тожикистон 17,3 миллион АҚШ доллари миқдорида пахта "
        "экспорт қилди, бу 2021 йилнинг шу даврига нисбатан (5,3 миллион доллар) 3,3 "
        "баробар кўп.",
        PUB,
    )
    assert [(c.value, c.period.code() if c.period else None) for c in found] == [
        (17.3e6, "2022-H1"),
        (5.3e6, "2021-H1"),
    ]
    assert found[0].reported_change is not None
    assert found[0].reported_change.value == 3.3


def test_words_of_purpose_are_not_goals() -> None:
    (found,) = extract(
        "2023-yilda O‘zbekistonga turistik maqsadda 2 million 155 ming 200 nafar keldi.",
        date(2024, 4, 18),
    )
    assert (found.status, found.period.code() if found.period else None) == ("actual", "2023")
