"""Words of shares (the cue and the whole) and of growth (a decrease, the base)."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import WORD_END as _E
from app.services.extraction.claims.words.common import WORD_START as _W

# --- share ------------------------------------------------------------------------------

SHARE_CONTEXT = re.compile(
    _W + r"(?:share|accounted\s+for|accounts?\s+for|доля|доли|долю|пришл" + _L + r"*|приходится"
    r"|xüsusi\s+çəki"
    + _L
    + r"*|pay"
    + _L
    + r"*|faizi|part\s+de|udział"
    + _L
    + r"*)"
    + _E
    + r"|(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:total|all|overall)"
    r"|%\s+(?:от\s+общего|всей|всего|общего|объ[её]ма|товарооборот|внешнеторгов|импорт|экспорт)"
    r"|占|比重|份额",
    _I,
)
SHARE_OF: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "electricity generation",
        re.compile(
            r"electricity\s+generation|generation|выработк" + _L + r"*|istehsal" + _L + r"*|发电",
            _I,
        ),
    ),
    (
        "imports",
        re.compile(r"import" + _L + r"*|импорт" + _L + r"*|idxal" + _L + r"*|进口|進口", _I),
    ),
    (
        "exports",
        re.compile(r"export" + _L + r"*|экспорт" + _L + r"*|ixrac" + _L + r"*|出口", _I),
    ),
    (
        "foreign trade",
        re.compile(
            r"foreign\s+trade|trade|turnover|внешн"
            + _L
            + r"*\s+торгов"
            + _L
            + r"*|товарооборот"
            + _L
            + r"*|торгов"
            + _L
            + r"*|ticarət\s+dövriyyə"
            + _L
            + r"*|外贸|對外貿易|对外贸易|进出口|貿易|贸易",
            _I,
        ),
    ),
    (
        "investment",
        re.compile(r"invest" + _L + r"*|инвестиц" + _L + r"*|investisiya" + _L + r"*|投资", _I),
    ),
)


# --- growth -----------------------------------------------------------------------------

DECREASE_AFTER = re.compile(
    r"^[\s%a-zA-Z.]{0,14}?(?:less|lower|down|меньше|ниже|az(?![^\W\d_])|aşağı|azal" + _L + r"*)",
    _I,
)
DECREASE_BEFORE = re.compile(
    _W + r"(?:decreas" + _L + r"*|declin" + _L + r"*|fell|fall" + _L + r"*|dropp?" + _L + r"*"
    r"|shr[aiu]nk|contract" + _L + r"*|сократил" + _L + r"*|снизил" + _L + r"*|уменьшил" + _L + r"*"
    r"|упал" + _L + r"*|azal" + _L + r"*)\s+(?:by\s+|на\s+)?(?:[^\W\d_]+\s+){0,2}$|下降|减少|下滑",
    _I,
)
YEAR_ON_YEAR = re.compile(
    _W + r"(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|on[- ]year|in\s+annual\s+terms"
    r"|same\s+period|corresponding\s+period|a\s+year\s+earlier|в\s+годовом\s+(?:исчислении|выражении)"
    r"|год\s+к\s+году|аналогичн" + _L + r"*\s+период" + _L + r"*|illik\s+müqayisədə"
    r"|(?:eyni|müvafiq)\s+dövr" + _L + r"*)" + _E + r"|同比|同期",
    _I,
)
PREVIOUS_YEAR = re.compile(
    _W + r"(?:compared\s+(?:to|with)|than|from|over|against|versus|vs\.?|relative\s+to"
    r"|по\s+сравнению\s+с|чем|против|nisbətən)\s+(?:the\s+|в\s+)?(?:previous|preceding|prior|last|прошл"
    + _L
    + r"*"
    r"|предыдущ"
    + _L
    + r"*)\s+(?:year|год"
    + _L
    + r"*)"
    + _E
    + r"|(?:ötən|keçən|əvvəlki)\s+il"
    + _L
    + r"*\s+(?:ilə\s+)?(?:müqayisədə|nisbətən)|比上年|较上年|比去年",
    _I,
)
SAME_PERIOD = re.compile(
    r"same\s+period|corresponding\s+period|аналогичн|eyni\s+dövr|müvafiq\s+dövr|同期", _I
)
