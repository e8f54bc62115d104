"""The person typing says they are about to hurt someone ("I'm going round there now with a
hammer", "tae burn his house down").

A parent who has just learned who shared their child's image may set off to confront that
person. That is a risk of harm now, to the other person, to the parent and to the child
(and to any case against the other person), so it gets a reply at once: don't go, call 999
if anyone is in danger, and support for the person typing (``utter_user_threat``).

Anger alone is not read: "I could kill him" and "I'll kill him" are what upset parents say.
The words must name a weapon, fire, or setting off now with intent to hurt.
"""

from __future__ import annotations

import re

_I = re.I
#: The person typing, or someone with them, acting: "I'm", "I'll", "we're", "on his way",
#: Scots "am goin". Not "he's going to": a threat by the other person is a child at risk.
_ACTOR = (
    r"(?:\bi\s*['’]?\s*m|\bim|\bi\s+am|\bi\s*['’]?\s*ll|\bi\s+will|\bwe\s*['’]?\s*re|\bwe\s*['’]?\s*ll|"
    r"\bon\s+(?:my|his|our|their)\s+way|(?:^|[.!?,;]\s*)am)"
)
_WEAPON = (
    r"(?:hammer|(?:baseball\s+)?bat|knife|blade|machete|crowbar|golf\s+club|axe|wrench|spanner|"
    r"(?:metal|iron)\s+bar|brick)"
)
_HURT = r"(?:kill|batter|stab|hurt|smash|knife|glass|do\s+in|sort\s+(?:him|them|her)\s+out)"
_NOW = (
    r"(?:getting\s+in\s+the\s+car|on\s+my\s+way|going\s+(?:round|over|there)|goin\s+roun|heading\s+"
    r"(?:round|over|there)|right\s+now|know\s+where\s+(?:he|she|they)\s+lives?)"
)
THREAT_TO_HARM = re.compile(
    # "I'm going round to that man's house right now with a hammer"
    rf"{_ACTOR}[^.?!]{{0,80}}?\bwith\s+(?:a|an|my|the|his|our)\s+{_WEAPON}\b|"
    # "I'm goin roun there the night tae burn his house down"
    rf"{_ACTOR}[^.?!]{{0,60}}?\b(?:burn|torch|firebomb|petrol\s+bomb)\s+(?:his|her|their|the|that)\s+"
    r"(?:[\w'’]+\s+)?(?:house|home|flat|car|place)\b|"
    # "i'll kill the lad. i know where he lives and i'm getting in the car now"
    rf"\b(?:i\s*['’]?\s*ll|i\s+will|i\s*['’]?\s*m\s+(?:going\s+to|gonna)|im\s+gonna)\s+(?:\w+\s+)?{_HURT}\s+"
    rf"(?:him|her|them|the\s+\w+|that\s+\w+)\b[^?]{{0,120}}?\b{_NOW}\b",
    _I,
)


#: Setting off now, said by the person typing: "I'm going round", "am headin ower there",
#: "I'm going into the school tomorrow".
SETTING_OFF = re.compile(
    rf"{_ACTOR}\s+(?:\w+\s+)?(?:going|goin|heading|headin|driving|off)\s+(?:round|roun|over|ower|there|"
    r"(?:in)?to\s+(?:his|her|their|the|that))\b",
    _I,
)
#: Hurting someone named as a deed, in the same message: "what I'd get for battering a 16
#: year old", "I'll do him in".
HURTING = re.compile(
    r"\b(?:batter(?:ing)?|stab(?:bing)?|kill(?:ing)?|hurt(?:ing)?|leather(?:ing)?|glass(?:ing)?)\s+"
    r"(?:him|her|them|that|the|a|an|this|his|her)\b|"
    r"\b(?:do(?:ing)?\s+(?:him|her|them)\s+in|kick(?:ing)?\s+(?:his|her|their)\s+head\s+in|"
    r"smash(?:ing)?\s+(?:his|her|their)\s+(?:face|head)|sort(?:ing)?\s+(?:him|her|them)\s+out|"
    # "I'm going to break his legs"
    r"break(?:ing)?\s+(?:his|her|their)\s+(?:legs?|neck|arms?|jaw|nose|face))\b",
    _I,
)


def typist_threatens_harm(text: str) -> bool:
    """Whether the person typing says they are about to hurt someone (see the module):
    a threat in one sentence, or setting off now with hurting someone named in the same
    message ("I'm going round. Tell me what I'd get for battering a 16 year old")."""
    text = text or ""
    if THREAT_TO_HARM.search(text) is not None:
        return True
    return SETTING_OFF.search(text) is not None and HURTING.search(text) is not None


__all__ = ["THREAT_TO_HARM", "typist_threatens_harm"]
