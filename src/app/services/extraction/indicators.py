"""Indicator guesses: keyword rules per language mapped to catalogue codes.

A rule fires when the figure's unit fits and its keywords occur near the figure (the text
since the previous figure) or, failing that, anywhere in the sentence. Rules are tried in
order, the specific before the general ("share of imports" before "imports"). Chinese words
need no word boundary (Chinese writes none): "中阿贸易额" holds "贸易".
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.services.extraction.languages import fragments, keywords

_I = re.IGNORECASE
_L = r"[^\W\d_]*"


SHARE = keywords(
    "share",
    "accounted\\s+for",
    "account\\s+for",
    "доля",
    "доли",
    "долю",
    "pay" + _L,
    "xüsusi\\s+çəki" + _L,
    "part\\s+de",
    "udział" + _L,
    "faizi",
    "占比",
    "比重",
    "份额",
    "占(?!地)",
)
IMPORT = keywords(
    "import" + _L,
    "импорт" + _L,
    "idxal" + _L,
    "ithal" + _L,
    "exported\\s+from\\s+China",
    "(?<!出)进口",
)
EXPORT = keywords(
    "export" + _L, "экспорт" + _L, "ixrac" + _L, "ihra" + _L, "eksport" + _L, "(?<!进)出口"
)
TRADE = keywords(
    "trade",
    "turnover",
    "товарооборот" + _L,
    "торгов" + _L,
    "ticarət" + _L,
    "dövriyyə" + _L,
    "ticaret" + _L,
    "handl" + _L,
    "wymian" + _L,
    "échanges",
    "commerce",
    "التبادل",
    "ապրանքաշրջանառ" + _L,
    "贸易",
    "进出口",
    "外贸",
)
TOURIST = keywords(
    "touris" + _L,
    "visitor" + _L,
    "турист" + _L,
    "turist" + _L,
    "ziyarətçi" + _L,
    "посетител" + _L,
    "travell?er" + _L,
    "arrivals",
    "游客",
    "旅客",
    "访客",
    "旅游",
)
GROWTH = keywords(
    "increas" + _L,
    "grow" + _L,
    "grew",
    "growth",
    "rose",
    "rise",
    "up",
    "jump" + _L,
    "surg" + _L,
    "увелич" + _L,
    "рост" + _L,
    "вырос" + _L,
    "artım" + _L,
    "art" + _L,
    "artış" + _L,
    "çox" + _L,
    "fazla",
    "نموا",
    "ավելի",
    "fold",
    "times",
    "раз" + _L,
    "增长",
    "增加",
    "上升",
    "提高",
    "增幅",
    "倍",
    "翻番",
    *fragments("growth"),
)
EV = keywords(
    "electric\\s+vehicle" + _L,
    "EVs?",
    "электромобил" + _L,
    "elektromobil" + _L,
    "电动汽车",
    "电动车",
    "新能源汽车",
)
COMPANIES = keywords(
    "compan" + _L,
    "enterprise" + _L,
    "firm" + _L,
    "компани" + _L,
    "предприяти" + _L,
    "şirkət" + _L,
    "şirket" + _L,
    "müəssisə" + _L,
    "中企",
    "企业",
    "公司",
)
ACTIVE = keywords(
    "activ" + _L,
    "operat" + _L,
    "действу" + _L,
    "fəaliyyət" + _L,
    "faaliyet" + _L,
    "活跃",
    "运营",
    "经营",
)
TRAINS = keywords("train" + _L, "поезд" + _L, "qatar" + _L, "tren" + _L, "班列", "列车")
TURBINES = keywords("turbine" + _L, "турбин" + _L, "turbin" + _L, "风机", "风电机组")
SIGNED = keywords(
    "signed",
    "agreements?",
    "подписа" + _L,
    "imzala" + _L,
    "saziş" + _L,
    "签署",
    "签订",
    "签约",
    "协议",
)
PROJECT = keywords(
    "plant",
    "station",
    "project",
    "farm",
    "park",
    "WPP",
    "SPP",
    "электростанц" + _L,
    "проект" + _L,
    "stansiya" + _L,
    "santral" + _L,
    "layihə" + _L,
    "proje" + _L,
    "项目",
    "电站",
    "电厂",
    "风电场",
)
INSTALLED = keywords(
    "installed",
    "capacity",
    "мощност" + _L,
    "güc" + _L,
    "gücü" + _L,
    "kapasite" + _L,
    "装机",
    "容量",
)
SOLAR = keywords(
    "solar", "PV", "photovoltaic", "солнечн" + _L, "günəş" + _L, "güneş" + _L, "光伏", "太阳能"
)
WIND = keywords("wind", "ветр" + _L, "külək" + _L, "rüzgar" + _L, "风电", "风能", "风力")
HYDRO = keywords("hydro" + _L, "гидро" + _L, "su\\s+elektrik" + _L, "水电")
WASTE = keywords("waste", "отход" + _L, "tullantı" + _L, "atık" + _L, "垃圾")
RENEWABLE = keywords(
    "renewable" + _L,
    "green\\s+energy",
    "возобновля" + _L,
    "bərpa\\s+olunan",
    "yenilenebilir",
    "green",
    "可再生",
    "新能源",
    "清洁能源",
    "绿色",
)
TOTAL = keywords("total\\s+(?:installed\\s+)?(?:power\\s+)?(?:generation\\s+)?capacity", "总装机")
GENERATION = keywords(
    "generat" + _L, "produc" + _L, "выработ" + _L, "istehsal" + _L, "üretim" + _L, "发电"
)
FDI = keywords(
    "direct\\s+investment" + _L,
    "FDI",
    "прям" + _L + "\\s+инвестиц" + _L,
    "birbaşa\\s+investisiya" + _L,
    "doğrudan\\s+yatırım" + _L,
    "直接投资",
)
INVEST = keywords(
    "invest" + _L,
    "инвестиц" + _L,
    "вложен" + _L,
    "investisiya" + _L,
    "yatırım" + _L,
    "sərmayə" + _L,
    "投资",
)
COST = keywords("cost" + _L, "стоимост" + _L, "dəyər" + _L, "maliyet" + _L, "造价", "成本")
FINANCING = keywords(
    "financ" + _L, "финансир" + _L, "maliyyə" + _L, "finansman" + _L, "融资", "贷款"
)
AID = keywords(
    "aid",
    "grant" + _L,
    "free\\s+of\\s+charge",
    "безвозмезд" + _L,
    "помощ" + _L,
    "yardım" + _L,
    "qrant" + _L,
    "援助",
    "无偿",
    "赠款",
)
TARIFF = keywords("bid", "tariff" + _L, "тариф" + _L, "price", "电价")

MONEY = frozenset({"USD", "EUR", "CNY", "AZN", "RUB", "GBP", "TRY"})


#: A count whose counted noun is a project ("5 new energy projects", "5个新能源项目"): no
#: catalogue indicator counts projects, and the companies that sign them are not counted.
_COUNTED_PROJECTS = re.compile(r"(?:projects?|проект" + _L + r"|layihə" + _L + r"|项目)$", _I)


def guess_indicator(unit: str, near: str, sentence: str, growth_only: bool) -> str | None:
    """A catalogue code for a figure, from keywords near it, else in its sentence."""
    if unit == "count" and _COUNTED_PROJECTS.search(near):
        return None
    if unit == "MW" and _has(SIGNED, sentence) and _has(PROJECT, sentence):
        # "signed five projects ... with a total capacity of 1,570 MW", even when the count of
        # projects stands between the signing and the capacity
        return "renewable_projects_signed_capacity"
    for text in (near, sentence):
        code = _guess(unit, text, growth_only)
        if code is not None:
            return code
    return None


_ALL = (
    SHARE,
    IMPORT,
    EXPORT,
    TRADE,
    TOURIST,
    GROWTH,
    EV,
    COMPANIES,
    ACTIVE,
    TRAINS,
    TURBINES,
    SIGNED,
    PROJECT,
    INSTALLED,
    SOLAR,
    WIND,
    HYDRO,
    WASTE,
    RENEWABLE,
    TOTAL,
    GENERATION,
    FDI,
    INVEST,
    COST,
    FINANCING,
    AID,
    TARIFF,
)


@lru_cache(maxsize=512)
def _flags(text: str) -> frozenset[str]:
    """The keyword groups present in a text, searched once per text (not once per rule)."""
    return frozenset(p.pattern for p in _ALL if p.search(text) is not None)


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.pattern in _flags(text)


def _guess(unit: str, t: str, growth_only: bool) -> str | None:
    if unit == "%" and _has(SHARE, t) and not growth_only:
        return _share(t)
    if unit in ("%", "times"):
        return _growth(t)
    if unit == "persons":
        return "tourist_arrivals_from_partner" if _has(TOURIST, t) else None
    if unit == "count":
        return _count(t)
    if unit == "MW":
        return _capacity(t)
    if unit == "kWh":
        return _generation(t)
    if unit in MONEY:
        return _money(t)
    return None


def _share(t: str) -> str | None:
    for pattern, code in (
        (IMPORT, "partner_share_of_imports"),
        (EXPORT, "partner_share_of_exports"),
        (TRADE, "partner_share_of_trade"),
        (GENERATION, "renewable_share_of_generation"),
    ):
        if _has(pattern, t):
            return code
    return None


def _growth(t: str) -> str | None:
    for pattern, code in (
        (EV, "ev_sales_in_partner_growth"),
        (TOURIST, "tourist_arrivals_from_partner_growth"),
        (IMPORT, "imports_from_partner_growth"),
        (EXPORT, "exports_to_partner_growth"),
        (TRADE, "trade_turnover_growth"),
    ):
        if _has(pattern, t):
            return code
    return None


def _count(t: str) -> str | None:
    if _has(COMPANIES, t):
        return "active_companies_from_partner" if _has(ACTIVE, t) else "companies_from_partner"
    if _has(TRAINS, t):
        return "freight_trains_to_partner"
    if _has(TURBINES, t):
        return "project_turbines"
    if _has(TOURIST, t):
        return "tourist_arrivals_from_partner"
    return None


def _capacity(t: str) -> str | None:
    if _has(SIGNED, t) and _has(PROJECT, t):
        return "renewable_projects_signed_capacity"
    if _has(TOTAL, t) and not _has(RENEWABLE, t):
        return "installed_capacity_total"
    for pattern, code in (
        (HYDRO, "hydro_installed_capacity"),
        (WASTE, "waste_to_energy_installed_capacity"),
    ):
        if _has(pattern, t):
            return code
    if _has(PROJECT, t):
        return "project_capacity"
    for pattern, code in (
        (SOLAR, "solar_installed_capacity"),
        (WIND, "wind_installed_capacity"),
        (RENEWABLE, "renewable_installed_capacity"),
    ):
        if _has(pattern, t):
            return code
    return "installed_capacity_total" if _has(INSTALLED, t) else None


def _generation(t: str) -> str | None:
    if _has(PROJECT, t):
        return "project_generation"
    for pattern, code in (
        (SOLAR, "solar_generation"),
        (WIND, "wind_generation"),
        (RENEWABLE, "renewable_generation"),
    ):
        if _has(pattern, t):
            return code
    return "renewable_generation" if _has(GENERATION, t) else None


def _money(t: str) -> str | None:
    rules = (
        (AID, "grant_aid_to_partner"),
        (FINANCING, "project_financing"),
        (COST, "project_cost"),
        (IMPORT, "imports_from_partner"),
        (EXPORT, "exports_to_partner"),
        (TRADE, "trade_turnover"),
        (FDI, "fdi_stock_from_partner"),
    )
    for pattern, code in rules:
        if _has(pattern, t):
            return code
    if _has(INVEST, t):
        return "project_investment" if _has(PROJECT, t) else "investment_stock_from_partner"
    return None
