"""Chinese words of the grammar.

Chinese glues magnitude and measure word to the number ("24.4亿美元", "5.7万人次", "347家"),
so its words are matched with no word boundary; the patterns that need Chinese-only logic
(magnitudes that multiply, "多"/"余" bounds, doubling words) are kept here beside the words.
"""

from __future__ import annotations

import re

from app.services.extraction.languages.table import Words

#: A CJK ideograph. Chinese writes no spaces, so a Chinese word has no word boundary to test:
#: patterns accept a Chinese word wherever it starts, and a phrase that ends on an ideograph
#: needs no boundary after it.
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"

WORDS = Words(
    code="zh",
    currencies={
        "USD": (r"美元", r"美金"),
        "AZN": (r"马纳特",),
        "PKR": (r"巴基斯坦卢比",),
        "INR": (r"印度卢比",),
        "CNY": (r"元(?:人民币)?", r"人民币元?"),
        "EUR": (r"欧元",),
        "RUB": (r"卢布",),
        "KZT": (r"坚戈",),
        "GEL": (r"拉里",),
        "UZS": (r"苏姆",),
        "TRY": (r"里拉",),
        "MAD": (r"迪拉姆",),
    },
    currency_before={"CNY": (r"人民币",)},
    times=(r"倍",),
    measures=(
        (r"太瓦时", "kWh", 1e9),
        (r"吉瓦时", "kWh", 1e6),
        (r"兆瓦时", "kWh", 1e3),
        (r"千瓦时|(?<=[万亿])度电?|度电", "kWh", 1.0),
        (r"吉瓦", "MW", 1e3),
        (r"兆瓦", "MW", 1.0),
        (r"千瓦", "MW", 1e-3),
        (r"(?:公|万)?吨", "t", 1.0),
        (r"公顷", "ha", 1.0),
        (r"亩", "ha", 1 / 15),
        (r"立方米|方(?=[天气])", "m3", 1.0),
    ),
    fiscal_words=(r"财年", r"財年", r"财政年度"),
    targets=(r"目标", r"力争", r"争取", r"有望达到", r"提升至", r"提高到"),
    deadline_before=(r"到", r"至"),
    deadline_after=(),
    world=(
        r"外国",
        r"境外",
        r"出境",
        r"海外",
        r"全球",
        r"世界",
        r"对外贸易总额",
        r"进出口总值",
        r"中亚五国",
        r"中亚国家",
        r"中国—中亚",
        r"中国-中亚",
        r"东盟",
    ),
)

#: Chinese magnitudes: "24.4亿" is 2.44e9, "5.7万" 57,000, "157万千瓦" 1.57e6 kW ("千瓦" is a
#: unit there, not a thousand).
ZH_MAGNITUDES = {
    "万亿": 1e12,
    "千万": 1e7,
    "百万": 1e6,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
}
ZH_MAGNITUDE_PATTERN = r"万亿|千万|百万|亿|万|千(?![瓦克米焦伏帕])"
#: "多"/"余" right after a Chinese number or its magnitude: "300多家", "5万余人", "100多万"
#: (more than). Only before a magnitude, a unit or the end of the phrase, not in "多边".
ZH_MORE = re.compile(r"[多余](?=[万亿千百人名家个列元美欧卢马倍%％]|[^\w]|$)")

# Chinese counts with a measure word right after the number: "5.7万人次", "347家中企",
# "5个新能源项目" (a few modifiers may stand between "个" and the noun), "100列班列",
# "37台风机" (turbines). "亿度" (电) is kWh.
_ZH_PERSONS = r"人次|人|名|游客|旅客|访客"
_ZH_COUNTS = (
    r"家|个[^\W\d_]{0,6}?(?:项目|企业|公司|工厂|电站)|台(?=[^\W\d_]{0,4}?(?:风机|机组|涡轮))"
    r"|列(?=[^\W\d_]{0,4}?(?:班列|列车|火车)|[^\w]|$)|架次|辆|趟|班次"
)
ZH_COUNT_NOUNS = re.compile(
    r"[ \u00a0]?(?:(?P<persons>" + _ZH_PERSONS + r")|(?P<count>" + _ZH_COUNTS + r"))"
)
#: The same nouns before a bare number ("中国游客人数达57000"); counts only after "number of".
ZH_CONTEXT_PERSONS = r"游客|旅客|访客"
ZH_CONTEXT_COUNTS = r"(?:企业|公司|项目|班列)(?:数量|总数|数)"

#: Chinese verbs of change ("增长到"/"增至" + a number is the new level, not the change).
ZH_RISE = r"增长|增加|上升|提高|提升|上涨|扩大|攀升|激增|猛增|跃升"
ZH_FALL = r"下降|减少|下滑|降低|回落|缩减|下跌|萎缩"
#: Bound words that may stand between a verb of change and its number ("增长近50%").
ZH_BOUND_WORDS = r"约为|约|大约|近|将近|接近|逾|超过|超|不到|不足|近乎|多达|高达"
#: "增长2倍" reads, by the standard convention (and the usage notes of Chinese style guides),
#: as "grew by two times", i.e. to three times the base: the multiple printed after a verb of
#: growth is one less than new/old. "增长到3倍", "增至3倍", "是…的3倍" are three times.
ZH_GROWTH_BY_TIMES = re.compile(r"(?:" + ZH_RISE + r")了?(?:" + ZH_BOUND_WORDS + r")?[ \u00a0]?$")
#: Doubling words: "翻了一番" (x2), "翻两番" (x4), "翻番"/"翻倍" (x2).
ZH_DOUBLING = re.compile(r"翻了?(?P<n>一|两|二|三|四)番|翻了?一?(?:番|倍)")
ZH_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
