"""Persistent behaviour or earlier similar incidents (``repeated``, docs/API.md §1).

UKCIS and the College of Policing briefing both treat a pattern differently from a single
incident: the same young person again, or over time. People tell it by duration ("for
months", "on and off", "going back months"), by an earlier time ("he's done this before",
"warned last time", "third incident this year"), or by many people harmed the same way
("filming up girls' skirts", "the same to two other girls"). Each is one named pattern;
the reader sets the fact when one is found and the message does not deny it ("it's a
one-off": ``denials``).

Not formalised: whether two incidents are "similar". Any earlier incident told in these
words counts; the person handling the case can correct it.
"""

from __future__ import annotations

import re

_I = re.I
_COUNT = r"(?:a\s+few|several|many|some|two|three|four|five|six|\d+)"
#: Over time: "for months", "over the past fortnight", "going back months", "on and off
#: for several months", "every day", "one after another".
OVER_TIME = re.compile(
    # the duration said of making or passing on images, not of grooming or a relationship
    # ("grooming her for weeks", "together for over a year": coercion, or nothing)
    r"\b(?:sending|sent|selling|sold|posting|posted|sharing|shared|filming|filmed|recording|recorded|"
    r"uploading|uploaded|swapping|exchanging|nudifying|making|taking)\b[^.;?!]{0,90}?"
    rf"\b(?:for|over)\s+(?:the\s+(?:last|past)\s+)?(?:{_COUNT}\s+|over\s+a\s+|about\s+a\s+)?"
    r"(?:weeks|months|years|year|fortnight)\b|"
    r"\bgoing\s+back\s+(?:weeks|months|years)\b|\b(?:going\s+on|been\s+happening)\s+for\s+"
    r"(?:weeks|months|ages|a\s+while|a\s+long\s+time|some\s+time)\b|\bon\s+and\s+off\b|"
    r"\bevery\s+(?:day|night|week|weekend)\b|\bone\s+after\s+(?:another|the\s+other)\b",
    _I,
)
#: Before now: "he's done this before", "done this afore", "did the same thing to another
#: girl last year", "warned about it before", "was warned last time", "third incident this
#: year", "3rd for this YP", "previous SGII incidents", "not the first", "again, same lad".
BEFORE_NOW = re.compile(
    r"\b(?:done|did|does)\s+(?:this|it|that)\s+(?:before|afore|previously)\b|"
    r"\b(?:done|did|does)\s+the\s+same(?:\s+thing)?\s+to\s+(?:another|other|two|three|several|loads|lots|a\s+few)\b|"
    r"\b(?:done|did|does)\s+(?:it|this|the\s+same)\s+to\s+(?:loads|lots|other|several|a\s+few)\b|"
    r"\bwarned\s+(?:about\s+(?:it|this|that)\s+)?(?:before|last\s+time|previously|already)\b|"
    r"\bspoken\s+to\b[^.?!]{0,40}?\babout\s+(?:exactly\s+|just\s+)?(?:this|it)\b[^.?!]{0,30}?\b(?:before|in\s+the\s+summer|last)\b|"
    r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:girl|boy|incident|time|report|referral|"
    r"victim|one|occasion)\b|\b(?:2nd|3rd|4th|5th)\s+for\s+this\b|"
    r"\b(?:previous|prior|earlier|separate)\s+(?:[\w-]+\s+)?(?:incidents?|reports?|referrals?|concerns?|"
    r"occasions?)\b|"
    r"\b(?:not|no|isn['’]?t|wasn['’]?t)\s+the\s+first\b|\bagain,?\s+(?:same|mun|the\s+same)\b|"
    r"\b(?:upskirting|filming|sending|asking|sharing|posting)\s+again\b|"
    # "Same 14yo boy as last month is asking girls ... for nudes again"
    r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:boy|girl|lad|lass|pupil|student|child|yp|kid|one)\s+as\s+"
    r"(?:last\s+(?:week|month|term|time|year)|before|(?:the\s+)?(?:one\s+)?(?:in|from)\s+(?:september|october|"
    r"november|december|january|february|march|april|may|june|july|august|the\s+summer))\b",
    _I,
)
#: Many people harmed the same way, or a habit: "been filming up girls' skirts", "keeps
#: asking girls for nudes", "nudifying pictures of lassies in his year", "at least 6
#: victims", "three videos of her", "sent him several". Not "sent it to a few other girls"
#: (recipients) nor "keeps messaging her" (pressure: ``coercion``).
MANY_OR_HABIT = re.compile(
    r"\b(?:been|keeps?|kept|has\s+been)\s+(?:\w+\s+){0,2}?(?:filming|recording|nudifying|pressuring|"
    r"asking|messaging|sending\s+(?:nudes|pics|pictures|images|photos)\s+to|photographing)\s+"
    r"(?:up\s+)?(?:(?:other|younger|older)\s+)?(?:girls|boys|lassies|lads|year\s+\d+\s+\w+|pupils|students)\b|"
    rf"\b(?:at\s+least\s+)?(?:{_COUNT}|loads\s+of|lots\s+of|multiple|numerous)\s+(?:"
    r"victims|clips|videos|incidents|occasions|different\s+girls|different\s+boys)\b|"
    r"\b(?:loads|lots)\s+of\s+(?:girls|boys)\b|"
    r"\bsent\s+(?:him|her|them)\s+(?:several|loads|lots|dozens|hundreds|loads\s+of)\b",
    _I,
)


def repeated_in(text: str) -> bool:
    """Whether the words tell of persistent behaviour or earlier incidents (see the module);
    denials are the reader's to apply."""
    return bool(OVER_TIME.search(text) or BEFORE_NOW.search(text) or MANY_OR_HABIT.search(text))


__all__ = ["repeated_in"]
