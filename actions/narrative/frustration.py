"""Frustration with a service, in the user's words: "I'm at the end of my tether with this
school", "three weeks and nobody has rung me back", "the police have done nothing".

A person who has been let down is owed a word about it before more questions
(:func:`actions.messages.acknowledgement`): a helpline worker would say sorry first. This
says nothing about risk: exasperation with a service is not a person in crisis
(``actions.narrative.cues``, the "end of my tether" false friend).
"""

from __future__ import annotations

import re

from actions.narrative.vocabulary import SERVICE_DETERMINER, SERVICES

_SERVICE = rf"{SERVICE_DETERMINER}(?:{SERVICES}|head(?:teacher)?)"
_SUBJECT = (
    r"(?:they|school|the\s+school|police|the\s+police|social\s+services|the\s+council|camhs|the\s+head"
    r"|the\s+headteacher|his\s+school|her\s+school)"
)

FRUSTRATED = re.compile(
    rf"\bend\s+of\s+my\s+tether\s+with\s+{_SERVICE}\b|"
    # "nobody has rung me back", "no one is telling us anything"
    r"\b(?:nobody|no\s+one|noone|no-one)\s+(?:has\s+|have\s+|will\s+|is\s+|ever\s+)?"
    r"(?:(?:rung|called|phoned|got\s+back\s+to|gets\s+back\s+to|rings|calls|phones|told|tells|telling|"
    r"listens\s+to|listening\s+to|listened\s+to|helped|helps|helping|answers|answered)\s+(?:me|us)\b|"
    r"(?:listens|listening|bothered|done\s+anything|doing\s+anything)\b)|"
    # "the school have done nothing", "police did nothing about it"
    rf"\b{_SUBJECT}\s+(?:have\s+|has\s+|['’]ve\s+)?(?:done|did)\s+(?:absolutely\s+)?"
    r"(?:nothing|sod\s+all|f\s*all|bugger\s+all|nowt|hee\s+haw)\b|"
    # "still waiting to hear", "been waiting three weeks for a call back"
    r"\bstill\s+waiting\s+(?:for|on|to\s+hear)\b|"
    r"\b(?:been\s+)?waiting\s+(?:for\s+)?(?:over\s+|nearly\s+|almost\s+)?(?:a|two|three|four|five|six|\d+|several|many)\s+"
    r"(?:weeks?|days|months?)\s+(?:for|and|now|with)\b|"
    r"\bfobbed\s+off\b|\bgetting\s+nowhere\b|\bpillar\s+to\s+post\b|"
    r"\b(?:ignor(?:ed|ing)|not\s+(?:returned|answered|replied\s+to))\s+(?:my|our|all\s+my)\s+"
    r"(?:emails?|calls?|messages?|phone\s+calls?)\b",
    re.IGNORECASE,
)


def frustrated_with_a_service(text: str) -> bool:
    """The user says a school, the police or another service has let them down."""
    return FRUSTRATED.search(text) is not None
