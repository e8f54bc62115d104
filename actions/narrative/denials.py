"""Negatives said without a negation word: "he kept it to himself", "she sent it willingly".

A cue that is negated ("he didn't forward it") is read by ``negation.py``. People also
state a negative in words that deny nothing: "it stayed between the two of them" means
it was not passed on; "she sent it willingly" means she was not pressured; "she took it
herself" means it was not made without her agreement; "it's the first time" means it is
not repeated. Each phrase below reports its fact as a stated negative, exactly as a
negated cue does: shown back to the user ("I understood: ... not passed on"), and only
then counted as false (docs/API.md §3). A fact some cue in the same message sets true is
never reported as denied.

The phrases are deliberately narrow: a phrase that could also be said of a case where
the fact is true ("she sent it", "they were in a relationship") is not here.
"""

from __future__ import annotations

import re

_I = re.I
_HIM = r"(?:him|her|them)sel(?:f|ves)"
_IT = r"(?:it|them|the\s+(?:pic|pics|picture|pictures|photo|photos|image|images|video|nude|nudes))"
_WHO = r"(?:he|she|they|the\s+(?:boy|girl|lad|lass|other\s+\w+)|the\s+two\s+of\s+them|both\s+of\s+them)"
#: "only the two of them have it", "it stayed between them": neither passed on nor spread.
_KEPT_BETWEEN_THEM = (
    rf"\bonly\s+{_WHO}\s+(?:has|have|had|saw|has\s+seen|have\s+seen)\s+{_IT}\b|"
    rf"\b{_IT}\s+(?:has\s+|have\s+)?(?:stayed|stays|remained)\s+(?:just\s+|only\s+)?between\b"
)

#: Fact key -> phrases that state it is false.
DENIALS: dict[str, re.Pattern[str]] = {
    # not passed on beyond the person it was sent to
    "shared_without_consent": re.compile(
        rf"\bkept\s+{_IT}\s+to\s+{_HIM}\b|"
        rf"\b(?:no[-\s]?one|nobody)\s+else\s+(?:has|have|had)\s+(?:seen|got|received)\s+{_IT}\b|"
        rf"{_KEPT_BETWEEN_THEM}|"
        rf"\b(?:he|she|they)(?:\s+is|\s+are|\s+was|\s+were|['’]s|['’]re)\s+the\s+only\s+(?:one|ones|person|people)\s+"
        rf"(?:who\s+(?:has|have|had|saw|has\s+seen)|to\s+have\s+seen|with)\s+{_IT}\b",
        _I,
    ),
    # not seen by many: only the two of them have it
    "widely_shared": re.compile(_KEPT_BETWEEN_THEM, _I),
    # the child chose to send it: no pressure
    "coercion": re.compile(
        r"\b(?:sent|shared|took|made)\s+(?:it|them|the\s+\w+)\s+(?:willingly|voluntarily|"
        r"freely|of\s+(?:her|his|their)\s+own\s+(?:accord|free\s+will))\b|"
        r"\b(?:willingly|voluntarily|freely)\s+(?:sent|shared|took)\b|"
        r"\bof\s+(?:her|his|their)\s+own\s+(?:accord|free\s+will)\b|"
        r"\b(?:was|were)\s+(?:happy|keen)\s+to\s+(?:send|share)\b|"
        r"\bit\s+was\s+(?:her|his|their)\s+(?:own\s+)?(?:idea|choice|decision)\b",
        _I,
    ),
    # the child made it: not taken or made without their agreement
    "made_without_consent": re.compile(
        rf"\b(?:she|he|they)\s+(?:took|made|filmed|recorded)\s+{_IT}\s+(?:{_HIM}|of\s+{_HIM})\b|"
        r"\bself[-\s]?generated\b|\bself[-\s]?taken\b|"
        r"\b(?:a|her|his|their)\s+(?:own\s+)?(?:nude\s+)?selfies?\b",
        _I,
    ),
    # not a pattern: the first time
    "repeated": re.compile(
        r"\b(?:it['’]?s|it\s+is|this\s+is|it\s+was|this\s+was)\s+(?:the|her|his|their)\s+"
        r"first\s+(?:time|incident|occasion)\b|"
        r"\bfirst\s+time\s+(?:this|it|anything\s+like\s+(?:this|that))\s+(?:has\s+)?happened\b|"
        r"\b(?:a|this\s+is\s+a|it\s+was\s+a)\s+one[-\s]off\b",
        _I,
    ),
}


def denied_facts(text: str) -> tuple[str, ...]:
    """The fact keys the text states are false without a negation word."""
    return tuple(key for key, phrase in DENIALS.items() if phrase.search(text))
