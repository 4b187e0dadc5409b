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
    # Simplified and traditional forms ("美元"; "人民币"/"人民幣", "欧元"/"歐元").
    currencies={
        "USD": (r"美元", r"美金"),
        "AZN": (r"马纳特", r"馬納特"),
        "PKR": (r"巴基斯坦卢比", r"巴基斯坦盧比"),
        "INR": (r"印度卢比", r"印度盧比"),
        "CNY": (r"元(?:人民币|人民幣)?", r"人民[币幣]元?"),
        "EUR": (r"欧元", r"歐元"),
        "RUB": (r"卢布", r"盧布"),
        "KZT": (r"坚戈", r"堅戈", r"腾格"),
        "GEL": (r"拉里",),
        "UZS": (r"苏姆", r"蘇姆"),
        "TRY": (r"里拉",),
        "MAD": (r"迪拉姆",),
        "GBP": (r"英镑", r"英鎊"),
    },
    currency_before={"CNY": (r"人民[币幣]",)},
    times=(r"倍",),
    measures=(
        (r"太瓦[时時]", "kWh", 1e9),
        (r"吉瓦[时時]", "kWh", 1e6),
        (r"兆瓦[时時]", "kWh", 1e3),
        (r"千瓦[时時]|(?<=[万亿萬億])度[电電]?|度[电電]", "kWh", 1.0),
        (r"吉瓦", "MW", 1e3),
        (r"兆瓦", "MW", 1.0),
        (r"千瓦", "MW", 1e-3),
        (r"(?:公|万|萬)?[吨噸]", "tonnes", 1.0),
        (r"公[顷頃]", "hectares", 1.0),
        (r"[亩畝]", "hectares", 1 / 15),
        (r"公斤|千克", "tonnes", 1e-3),
        (r"立方米|方(?=[天气氣])", "m3", 1.0),
    ),
    fiscal_words=(r"财年", r"財年", r"财政年度", r"財政年度"),
    now=(r"现在", r"如今", r"当前"),
    targets_follow=True,
    targets=(
        r"[将將][^，。；]{0,30}?(?:增加|提高|提升|扩大|擴大|增长|增長)(?:到|至)",
        r"目标",
        r"目標",
        r"力争",
        r"力爭",
        r"争取",
        r"爭取",
        r"有望达到",
        r"有望達到",
        r"提升至",
        r"提高到",
        r"提高至",
    ),
    deadline_before=(r"到", r"至"),
    # "2030年前" (by 2030), not "2025年前10个月" (the first ten months of 2025)
    deadline_after=(r"前(?![0-9一二两兩三四五六七八九十个個后後半季])", r"以前"),
    same_period=(r"同期",),
    # "这比上年增长了32%", "这一数字同比增长20%": the Chinese run after "这" is read to its
    # end (Chinese writes no spaces), so the sentence still opens with the demonstrative;
    # "此外" (besides) and "此前" (before) are none.
    demonstratives=(r"(?:这|這|此(?![外前后後次]))[^\W\d_]*",),
    of_which=(r"其中",),
    world=(
        r"外国",
        r"外國",
        r"境外",
        r"出境",
        r"入境游客",
        r"入境遊客",
        r"海外",
        r"全球",
        r"世界",
        r"对外贸易",
        r"對外貿易",
        r"外贸总[额值]",
        r"外貿總[額值]",
        r"进出口总值",
        r"進出口總值",
        r"(?<![两兩])[个個]国家",
        r"(?<![两兩])個國家",
        r"国家和地区",
        r"國家和地區",
        r"中亚五国",
        r"中亞五國",
        r"中亚国家",
        r"中亞國家",
        r"中国—中亚",
        r"中國—中亞",
        r"中国-中亚",
        r"中國-中亞",
        r"东盟",
        r"東盟",
        r"[与與同对對]中[亚亞]",
        r"中[亚亞]各[国國]",
        r"欧亚经济联盟",
        r"歐亞經濟聯盟",
        r"上合组织",
        r"上合組織",
        r"上海合作组织",
        r"上海合作組織",
        r"金[砖磚][国國]家",
        r"独联体",
        r"獨聯體",
        r"沿线国家",
        r"沿線國家",
        r"各[国國]",
        r"多[国國]",
        r"非洲",
        r"拉美",
        r"拉丁美洲",
    ),
    # Words of change (simplified and traditional); the Chinese verbs right before a rate are
    # ZH_RISE and ZH_FALL below.
    growth=(
        r"增[长長]",
        r"增加",
        r"上升",
        r"上[涨漲]",
        r"增幅",
        r"[涨漲]幅",
        r"下降",
        r"[减減]少",
        r"下滑",
        r"降幅",
        r"翻番",
        r"翻倍",
    ),
)

#: Chinese magnitudes: "24.4亿" is 2.44e9, "5.7万" 57,000, "157万千瓦" 1.57e6 kW ("千瓦" is a
#: unit there, not a thousand).
ZH_MAGNITUDES = {
    "万亿": 1e12,
    "萬億": 1e12,
    "千万": 1e7,
    "千萬": 1e7,
    "百万": 1e6,
    "百萬": 1e6,
    "亿": 1e8,
    "億": 1e8,
    "万": 1e4,
    "萬": 1e4,
    "千": 1e3,
}
ZH_MAGNITUDE_PATTERN = r"万亿|萬億|千万|千萬|百万|百萬|亿|億|万|萬|千(?![瓦克米焦伏帕])"
#: "多"/"余" right after a Chinese number or its magnitude: "300多家", "5万余人", "100多万"
#: (more than). Only before a magnitude, a unit or the end of the phrase, not in "多边".
ZH_MORE = re.compile(r"[多余餘](?=[万亿萬億千百人名家个個列元美欧歐卢盧马馬倍%％]|[^\w]|$)")

# Chinese counts with a measure word right after the number: "5.7万人次", "347家中企",
# "5个新能源项目" (a few modifiers may stand between "个" and the noun), "100列班列",
# "37台风机" (turbines), "3座电站", "5000个就业岗位". "亿度" (电) is kWh. Travellers may
# carry where they come from ("56.65万外国游客", "40多万中国游客", "1200万哈萨克斯坦公民"),
# but no "的" phrase ("30万平方米的游客中心" counts no tourists) and no measure word of a count
# ("200家中国企业员工" counts companies).
_ZH_TRAVELLERS = (
    r"[游遊]客|旅客|[访訪]客|乘客|公民|[游遊]人|外[国國]人|[学學]生|工人|[员員]工|[劳勞]工|移民"
)
_ZH_PERSONS = (
    r"人次|人|名|位(?![居列于於置数數])|(?:(?![家座台臺列辆輛])[^\W\d_的个個年月日]{1,6}?)?(?:"
    + _ZH_TRAVELLERS
    + r")"
)
_ZH_COUNTED = (
    r"[项項]目|企[业業]|公司|工[厂廠]|[电電]站|[电電][厂廠]|[风風][电電][场場]|航班|[岗崗]位"
    r"|就[业業]机会|就[业業]機會|机构|機構"
)
_ZH_COUNTS = (
    r"家|[个個][^\W\d_]{0,6}?(?:" + _ZH_COUNTED + r")"
    r"|座(?=[^\W\d_]{0,6}?(?:" + _ZH_COUNTED + r"))"
    r"|[台臺](?=[^\W\d_]{0,4}?(?:[风風]机|[风風]機|机组|機組|涡轮|渦輪))"
    r"|列(?=[^\W\d_]{0,4}?(?:班列|列[车車]|火[车車])|[^\w]|$)|架次|[辆輛]|趟|班次"
)
ZH_COUNT_NOUNS = re.compile(
    r"[ \u00a0]?(?:(?P<persons>" + _ZH_PERSONS + r")|(?P<count>" + _ZH_COUNTS + r"))"
)
#: The same nouns before a bare number ("中国游客人数达57000"); counts only after "number of".
ZH_CONTEXT_PERSONS = r"[游遊]客|旅客|[访訪]客|乘客|人[数數]"
ZH_CONTEXT_COUNTS = r"(?:企[业業]|公司|[项項]目|班列)(?:[数數]量|[总總][数數]|[数數])"

#: Chinese verbs of change ("增长到"/"增至" + a number is the new level, not the change).
ZH_RISE = r"增[长長]|增加|上升|提高|提升|上[涨漲]|[扩擴]大|攀升|激增|猛增|[跃躍]升|[飙飆]升|大增"
ZH_FALL = r"下降|[减減]少|下滑|降低|回落|[缩縮][减減]|下跌|萎[缩縮]|[锐銳][减減]|下挫"
#: Bound words that may stand between a verb of change and its number ("增长近50%").
ZH_BOUND_WORDS = (
    r"[约約][为為]|[约約]|大[约約]|近|[将將]近|接近|逾|超[过過]|超|不到|不足|近乎|多[达達]|高[达達]"
)
#: "增长2倍" reads, by the standard convention (and the usage notes of Chinese style guides),
#: as "grew by two times", i.e. to three times the base: the multiple printed after a verb of
#: growth is one less than new/old. "增长到3倍", "增至3倍", "是…的3倍" are three times.
ZH_GROWTH_BY_TIMES = re.compile(r"(?:" + ZH_RISE + r")了?(?:" + ZH_BOUND_WORDS + r")?[ \u00a0]?$")
#: Doubling words: "翻了一番" (x2), "翻两番" (x4), "翻番"/"翻倍" (x2).
ZH_DOUBLING = re.compile(r"翻了?(?P<n>一|两|二|三|四)番|翻了?一?(?:番|倍)")
ZH_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
