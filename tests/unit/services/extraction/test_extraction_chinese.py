"""Chinese press text: magnitudes (万/亿), measure words, bounds, growth, periods, guesses.

Sentences are written the way Xinhua, the Ministry of Commerce and the Chinese embassy in
Baku write them. "增长2倍" follows the standard reading (grew by two times = three times the
base, stored as 3 "times", i.e. +200 %); "是…的3倍" and "增长到3倍" are 3 times, "翻了一番"
2 times. A decline ("下降12.5%") is stored as 12.5, unsigned, as in the other languages.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from app.services.extraction import extract
from app.services.extraction.numbers import scan_numbers
from app.services.extraction.periods import find_periods
from app.services.extraction.sentences import detect_language, sentence_spans

SEED_DAY = date(2025, 12, 25)
Row = tuple[float, str, str | None, str, tuple[float, str, str] | None]


def rows(text: str, published: date | None = SEED_DAY) -> list[Row]:
    """(value, unit, period code, qualifier, (change value, unit, qualifier)) per figure."""
    out: list[Row] = []
    for c in extract(text, published):
        change = c.reported_change
        out.append(
            (
                c.value,
                c.unit,
                c.period.code() if c.period else None,
                c.qualifier,
                (change.value, change.unit, change.qualifier) if change else None,
            )
        )
    return out


# --- the seed statements in Chinese press style -------------------------------------------


def test_seed_trade() -> None:
    text = "今年1—10月，中阿双边贸易额达24.4亿美元，同比增长超过20%。"
    found = extract(text, SEED_DAY)
    assert rows(text) == [(2.44e9, "USD", "2025-01/2025-10", "exact", (20.0, "%", "more_than"))]
    trade = found[0]
    assert trade.indicator == "trade_turnover"
    assert (trade.reporter, trade.partner) == ("CHN", "AZE")
    assert trade.language == "zh"
    assert text[trade.span[0] : trade.span[1]] == "24.4亿美元"
    assert trade.period_text == "今年1—10月"


def test_seed_tourists() -> None:
    text = "今年前10个月，赴阿塞拜疆的中国游客超过5.7万人次，同比增长近50%。"
    found = extract(text, SEED_DAY)
    assert rows(text) == [
        (57000.0, "persons", "2025-01/2025-10", "more_than", (50.0, "%", "nearly"))
    ]
    assert found[0].indicator == "tourist_arrivals_from_partner"
    # the visitors come from China: the host that counts them reports
    assert (found[0].reporter, found[0].partner) == ("AZE", "CHN")


def test_seed_capacity() -> None:
    text = "中国企业已与阿方签署5个新能源项目协议，总装机容量达157万千瓦。"
    found = extract(text, SEED_DAY)
    assert rows(text) == [
        (5.0, "count", None, "exact", None),
        (1570.0, "MW", None, "exact", None),
    ]
    projects, capacity = found
    assert projects.indicator is None  # a count of projects: no catalogue indicator
    assert capacity.indicator == "renewable_projects_signed_capacity"
    assert (capacity.reporter, capacity.partner) == ("CHN", "AZE")
    assert capacity.status == "actual"


def test_real_sentence_from_the_project_data() -> None:
    # data/sources.csv, Xinhua Silk Road (Chinese), published 2025-09-27
    text = "截至2025年8月1日,有347家中企活跃在阿塞拜疆工业、农业、交通、建筑、贸易和服务业等领域。"
    found = extract(text, date(2025, 9, 27))
    assert rows(text, date(2025, 9, 27)) == [(347.0, "count", "@2025-08", "exact", None)]
    assert found[0].indicator == "active_companies_from_partner"
    assert found[0].period_text == "截至2025年8月1日"
    assert found[0].period is not None
    assert found[0].period.point


# --- whole sentences: value, unit, period, qualifier and reported change ---------------------

PUB = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "今年前10个月，中阿贸易额达24.4亿美元，同比增长20%以上。",
            SEED_DAY,
            [(2.44e9, "USD", "2025-01/2025-10", "exact", (20.0, "%", "more_than"))],
        ),
        (
            "据阿塞拜疆国家海关委员会统计，2025年1-10月，阿自中国进口额达17.3亿美元，"
            "同比增长约35%。",
            PUB,
            [(1.73e9, "USD", "2025-01/2025-10", "exact", (35.0, "%", "about"))],
        ),
        (
            "2025年1月至10月，阿塞拜疆对华出口2.1亿美元，同比下降12.5%。",
            PUB,
            [(2.1e8, "USD", "2025-01/2025-10", "exact", (12.5, "%", "exact"))],
        ),
        (
            "2024年，中阿双边贸易额为17.6亿美元，较上年增长8%；其中，中方出口11.5亿美元，"
            "进口6.1亿美元。",
            date(2025, 3, 1),
            [
                (1.76e9, "USD", "2024", "exact", (8.0, "%", "exact")),
                (1.15e9, "USD", "2024", "exact", None),
                (6.1e8, "USD", "2024", "exact", None),
            ],
        ),
        (
            "2025年上半年，中国对阿直接投资存量约8亿美元。",
            PUB,
            [(8e8, "USD", "2025-H1", "about", None)],
        ),
        (
            "2025年第一季度，中阿贸易额同比增长了20%以上。",
            PUB,
            [(20.0, "%", "2025-Q1", "more_than", None)],
        ),
        (
            "今年前三季度，中国游客赴阿人数达5万多人次，同比增长逾60%。",
            PUB,
            [(50000.0, "persons", "2025-01/2025-09", "more_than", (60.0, "%", "more_than"))],
        ),
        (
            "与去年同期相比，双边贸易额增长了22.3%，达到24.4亿美元。",
            PUB,
            [(2.44e9, "USD", None, "exact", (22.3, "%", "exact"))],
        ),
        (
            "截至2024年底，在阿注册的中国企业超过300家。",
            date(2025, 2, 1),
            [(300.0, "count", "@2024-12", "more_than", None)],
        ),
        (
            "目前，在阿塞拜疆经营的中资企业有200余家。",
            date(2025, 2, 1),
            [(200.0, "count", "@2025-02", "more_than", None)],
        ),
        (
            "中企在阿承建的风电项目装机容量达24万千瓦左右。",
            PUB,
            [(240.0, "MW", None, "about", None)],
        ),
        (
            "该光伏电站装机容量为1吉瓦，年发电量约20亿千瓦时。",
            PUB,
            [(1000.0, "MW", None, "exact", None), (2e9, "kWh", None, "about", None)],
        ),
        (
            "该项目总投资约人民币100亿元。",
            PUB,
            [(1e10, "CNY", None, "about", None)],
        ),
        (
            "据统计，去年中国对阿投资达1.2万亿马纳特。",
            PUB,
            [(1.2e12, "AZN", "2024", "exact", None)],
        ),
        (
            "上月，阿塞拜疆接待中国游客不到3000人。",
            SEED_DAY,
            [(3000.0, "persons", "2025-11", "less_than", None)],
        ),
        (
            "本月，中欧班列开行100列，环比增长15%。",
            SEED_DAY,
            [(100.0, "count", "2025-12", "exact", (15.0, "%", "exact"))],
        ),
        (
            "截至今年6月底，中国对阿投资累计将近10亿美元。",
            PUB,
            [(1e9, "USD", "@2025-06", "nearly", None)],
        ),
        (
            "2025年1—9月，阿对华出口不足1亿美元，同比下降约15%。",
            PUB,
            [(1e8, "USD", "2025-01/2025-09", "less_than", (15.0, "%", "about"))],
        ),
        (
            "今年前8个月，共有1200名中国游客赴阿旅游。",
            PUB,
            [(1200.0, "persons", "2025-01/2025-08", "exact", None)],
        ),
        (
            "去年，中阿贸易额突破20亿美元大关。",
            PUB,
            [(2e9, "USD", "2024", "more_than", None)],
        ),
        (
            "2023年至2025年，中国企业在阿投资累计超过10亿美元。",
            PUB,
            [(1e9, "USD", "2023-01/2025-12", "more_than", None)],
        ),
        (
            "该风电场共安装37台风机，装机容量为1570兆瓦。",
            PUB,
            [(37.0, "count", None, "exact", None), (1570.0, "MW", None, "exact", None)],
        ),
        (
            "２０２５年１—１０月，中阿贸易额达２４．４亿美元，同比增长２０％以上。",
            SEED_DAY,
            [(2.44e9, "USD", "2025-01/2025-10", "exact", (20.0, "%", "more_than"))],
        ),
    ],
)
def test_sentences(text: str, published: date, expected: list[Row]) -> None:
    got = rows(text, published)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert math.isclose(g[0], e[0], rel_tol=1e-12), (g, e)
        assert g[1:] == e[1:], (g, e)


# --- growth written as a multiple -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "times", "qualifier"),
    [
        # the standard reading: "增长2倍" grew by two times the base = three times it
        ("今年一季度，赴阿塞拜疆的中国游客人数同比增长2倍。", 3.0, "exact"),
        ("2024年，阿塞拜疆自华进口额增长了1.5倍。", 2.5, "exact"),
        ("今年第三季度，阿塞拜疆接待中国游客同比增长约1倍。", 2.0, "about"),
        # "是…的3倍", "增长到…的3倍": three times
        ("中阿贸易额是2015年的3倍。", 3.0, "exact"),
        ("今年前10个月，中阿贸易额增长到去年全年的3倍。", 3.0, "exact"),
        # doubling words
        ("两国贸易额比十年前翻了一番。", 2.0, "exact"),
        ("过去十年，两国贸易额翻两番。", 4.0, "exact"),
    ],
)
def test_multiples(text: str, times: float, qualifier: str) -> None:
    found = extract(text, PUB)
    assert [(c.value, c.unit, c.qualifier) for c in found] == [(times, "times", qualifier)]


def test_a_multiple_takes_no_period_from_its_base() -> None:
    # 2015 is what the trade is compared with, and "去年全年" too
    assert extract("中阿贸易额是2015年的3倍。", PUB)[0].period is None
    found = extract("今年前10个月，中阿贸易额增长到去年全年的3倍。", PUB)
    assert found[0].period is not None
    assert found[0].period.code() == "2025-01/2025-10"


def test_growth_indicators() -> None:
    found = extract("今年一季度，赴阿塞拜疆的中国游客人数同比增长2倍。", PUB)
    assert found[0].indicator == "tourist_arrivals_from_partner_growth"
    found = extract("2025年第一季度，中阿贸易额同比增长了20%以上。", PUB)
    assert found[0].indicator == "trade_turnover_growth"


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("贸易额达24.4亿美元", 2.44e9, "USD"),
        ("游客5.7万人次", 57000.0, "persons"),
        ("装机容量1570兆瓦", 1570.0, "MW"),
        ("装机容量157万千瓦", 1570.0, "MW"),
        ("装机容量1,570兆瓦", 1570.0, "MW"),
        ("装机容量2吉瓦", 2000.0, "MW"),
        ("年发电量20亿千瓦时", 2e9, "kWh"),
        ("年发电量5亿度电", 5e8, "kWh"),
        ("投资1.2万亿元", 1.2e12, "CNY"),
        ("投资人民币100亿元", 1e10, "CNY"),
        ("投资100亿元人民币", 1e10, "CNY"),
        ("投资3千万欧元", 3e7, "EUR"),
        ("贷款5000万卢布", 5e7, "RUB"),
        ("预算2.5亿马纳特", 2.5e8, "AZN"),
        ("有347家中企", 347.0, "count"),
        ("有2000多家中国企业", 2000.0, "count"),
        ("签署5个新能源项目", 5.0, "count"),
        ("共有1200名中国游客", 1200.0, "persons"),
        ("接待游客100多万人次", 1e6, "persons"),
        ("增长２０％", 20.0, "%"),
        ("增长20％", 20.0, "%"),
    ],
)
def test_numbers(text: str, value: float, unit: str) -> None:
    found = scan_numbers(text, 0, detect_language(text))
    assert len(found) == 1, found
    assert math.isclose(found[0].value, value, rel_tol=1e-12)
    assert found[0].unit == unit


def test_an_ordinal_and_a_year_are_no_figures() -> None:
    assert extract("中国是阿塞拜疆第4大贸易伙伴。", PUB) == []
    assert [c.value for c in extract("2000年以来，中阿贸易额增长了20%。", PUB)] == [20.0]


# --- bounds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("中阿贸易额达24.4亿美元。", "exact"),
        ("中阿贸易额超过24亿美元。", "more_than"),
        ("中阿贸易额超24亿美元。", "more_than"),
        ("中阿贸易额逾24亿美元。", "more_than"),
        ("中阿贸易额达24亿美元以上。", "more_than"),
        ("中国游客达5万多人次。", "more_than"),
        ("中企有300余家。", "more_than"),
        ("中阿贸易额近24亿美元。", "nearly"),
        ("中阿贸易额将近24亿美元。", "nearly"),
        ("中阿贸易额接近24亿美元。", "nearly"),
        ("中阿贸易额约24亿美元。", "about"),
        ("中阿贸易额约为24亿美元。", "about"),
        ("中阿贸易额在24亿美元左右。", "about"),
        ("中阿贸易额不到24亿美元。", "less_than"),
        ("中阿贸易额不足24亿美元。", "less_than"),
        ("中阿贸易额不超过24亿美元。", "up_to"),
        ("中企已签约5个项目。", "exact"),  # "签约" is no "约" (about)
    ],
)
def test_bounds(text: str, qualifier: str) -> None:
    found = extract(text, PUB)
    assert len(found) == 1, [c.to_json() for c in found]
    assert found[0].qualifier == qualifier


# --- periods --------------------------------------------------------------------------------


def codes(text: str, published: date | None = SEED_DAY) -> list[str | None]:
    return [
        m.period.code() if m.period else None
        for m in find_periods(text, published)
        if not m.comparison
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2025年1—10月，", "2025-01/2025-10"),
        ("2025年1-10月，", "2025-01/2025-10"),
        ("2025年1月至10月，", "2025-01/2025-10"),
        ("2025年前10个月，", "2025-01/2025-10"),
        ("今年前10个月，", "2025-01/2025-10"),
        ("今年1—10月，", "2025-01/2025-10"),
        ("去年前三个月，", "2024-Q1"),
        ("去年前7个月，", "2024-01/2024-07"),
        ("今年前三季度，", "2025-01/2025-09"),
        ("2024年，", "2024"),
        ("2024年度", "2024"),
        ("去年", "2024"),
        ("2025年上半年，", "2025-H1"),
        ("今年下半年", "2025-H2"),
        ("2025年第一季度，", "2025-Q1"),
        ("今年一季度", "2025-Q1"),
        ("2025年第3季度", "2025-Q3"),
        ("2025年10月，", "2025-10"),
        ("截至2025年8月1日，", "@2025-08"),
        ("截至8月底，", "@2025-08"),
        ("截至2024年底，", "@2024-12"),
        ("截至2024年，", "@2024-12"),
        ("截至目前，", "@2025-12"),
        ("本月", "2025-12"),
        ("上月", "2025-11"),
        ("2023年至2025年", "2023-01/2025-12"),
        ("中阿今年1—10月贸易额", "2025-01/2025-10"),
    ],
)
def test_periods(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_relative_months_without_a_year_lie_before_publication() -> None:
    # a January text about "1—10月" speaks of last year
    assert codes("1—10月，", date(2026, 1, 15)) == ["2025-01/2025-10"]


@pytest.mark.parametrize(
    "text", ["比去年同期增长20%", "较上年增长8%", "与2024年相比", "与去年同期相比，"]
)
def test_comparison_periods_bind_no_figure(text: str) -> None:
    assert codes(text) == []


def test_open_and_date_phrases_give_no_period() -> None:
    for text in ("今年以来，", "8月1日，"):  # since January (no end given); a day (an event)
        assert [m.period for m in find_periods(text, SEED_DAY)] == [None]
    found = extract("今年以来，中阿贸易额增长近50%。", SEED_DAY)
    assert [(c.value, c.period, c.qualifier) for c in found] == [(50.0, None, "nearly")]


def test_a_number_glued_to_a_magnitude_is_no_year() -> None:
    assert codes("投资2000万美元") == []
    assert codes("有2000多家企业") == []


# --- sentences and language -------------------------------------------------------------------


def test_sentence_split_on_chinese_terminators() -> None:
    text = "今年前10个月，中阿贸易额达24.4亿美元。中国游客超过5.7万人次！增长多少？“好的。”完"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "今年前10个月，中阿贸易额达24.4亿美元。",
        "中国游客超过5.7万人次！",
        "增长多少？",
        "“好的。”",
        "完",
    ]


def test_semicolon_keeps_the_clauses_of_one_sentence() -> None:
    # the period at the head of the sentence belongs to the clauses after "；"
    text = "2024年，中阿贸易额为17.6亿美元；其中，中方出口11.5亿美元。"
    assert len(sentence_spans(text)) == 1
    assert [c.period.code() if c.period else None for c in extract(text)] == ["2024", "2024"]


def test_language() -> None:
    assert detect_language("今年前10个月，中阿贸易额达24.4亿美元，同比增长20%以上。") == "zh"
    assert detect_language("２０２５年，贸易额达２４．４亿美元。") == "zh"


def test_several_sentences_each_with_its_own_figures() -> None:
    text = (
        "今年1—10月，中阿双边贸易额达24.4亿美元，同比增长超过20%。"
        "今年前10个月，赴阿塞拜疆的中国游客超过5.7万人次，同比增长近50%。"
        "中国企业已与阿方签署5个新能源项目协议，总装机容量达157万千瓦。"
    )
    found = extract(text, SEED_DAY)
    assert [(c.value, c.unit) for c in found] == [
        (2.44e9, "USD"),
        (57000.0, "persons"),
        (5.0, "count"),
        (1570.0, "MW"),
    ]
    for c in found:
        assert text[c.sentence_span[0] : c.sentence_span[1]] == c.quote


# --- status and robustness ----------------------------------------------------------------------


def test_status() -> None:
    assert extract("该项目预计年发电量达5亿度。", PUB)[0].status == "planned"
    assert extract("双方力争2030年贸易额达到50亿美元。", PUB)[0].status == "target"
    assert extract("中阿贸易额将近24亿美元。", PUB)[0].status == "actual"  # 将近 = nearly


def test_long_chinese_text_without_terminators_is_cut_and_read() -> None:
    text = "中阿贸易额达24.4亿美元，同比增长20%以上，" * 400  # ~9,600 characters, no "。"
    found = extract(text, SEED_DAY)
    assert len(found) == 400
    assert all(c.value == 2.44e9 and c.reported_change is not None for c in found)
    for c in found:
        assert 0 <= c.span[0] < c.span[1] <= len(text)
