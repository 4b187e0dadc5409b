"""Words of "first" / "only" claims and of the noun phrases after them."""

from __future__ import annotations

import re
from re import IGNORECASE as _I

from app.services.extraction.claims.words.common import LETTER as _L
from app.services.extraction.claims.words.common import WORD_START as _W

FIRST_EN = re.compile(
    r"(?:(?P<poss>[^\W\d_][\w.-]*(?:'s|’s|')\s+)|(?P<the>\bthe\s+)|^)"
    r"(?:very\s+)?(?P<kind>first(?:-ever)?|only|sole|maiden)\s+(?P<rest>\w)",
    _I,
)
FIRST_RU = re.compile(
    _W
    + r"(?P<kind>перв(?:ый|ая|ое|ого|ой|ым|ую|ом)|единственн"
    + _L
    + r"*)\s+(?P<rest>"
    + _L
    + ")",
    _I,
)
FIRST_AZ = re.compile(_W + r"(?P<kind>ilk|yeganə)\s+(?P<rest>" + _L + ")", _I)
FIRST_ZH = re.compile(r"(?P<kind>首个|首個|首座|首家|首条|首條|第一个|第一個|第一座|唯一的?)")
#: Words after "first" that make it a position, not a claim ("first half", "first time").
FIRST_NOT = re.compile(
    r"(?:time|times|half|quarter|quarters|phase|stage|section|batch|round|place|month|months"
    r"|week|weeks|day|days|year|years|nine|ten|eleven|eight|seven|six|five|four|three|two"
    r"|deputy|lady|vice|session|edition|unit|of|in|among|step|line|tranche|visit|meeting"
    r"|полугоди|квартал|месяц|этап|очеред|мест|заместител|раз|из|половин|ласточк|шаг|день"
    r"|семь|пять|шесть|восемь|девять|десять|дв|тр|четыр"
    r"|dəfə|yeddi|beş|altı|səkkiz|doqquz|on|rüb|yarı|növbədə|ay|gün|il)" + _L + "*$",
    _I,
)
FIRST_STOP_EN = frozenset(
    {
        "with",
        "in",
        "to",
        "for",
        "by",
        "involving",
        "that",
        "which",
        "who",
        "is",
        "was",
        "are",
        "were",
        "will",
        "has",
        "have",
        "being",
        "been",
        "built",
        "developed",
        "implemented",
        "constructed",
        "planned",
        "scheduled",
        "expected",
        "of",
        "from",
        "at",
        "on",
        "as",
        "and",
        "or",
        "under",
        "since",
        "after",
        "before",
        "launched",
        "commissioned",
        "set",
        "located",
    }
)
FIRST_STOP_RU = frozenset(
    {
        "мощностью",
        "с",
        "в",
        "на",
        "по",
        "для",
        "который",
        "которая",
        "которое",
        "которые",
        "реализуемый",
        "реализуемая",
        "построенный",
        "и",
        "или",
        "как",
        "из",
        "от",
        "при",
    }
)
FIRST_STOP_AZ = frozenset(
    {
        "olan",
        "kimi",
        "və",
        "ilə",
        "üçün",
        "da",
        "də",
        "isə",
        "tərəfindən",
    }
)
