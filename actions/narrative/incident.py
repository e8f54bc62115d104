"""Does a message tell of a real incident, even with no fact the reader can fill?

"My son has been sent a naked photo of a girl and I don't know what to do" asks for
help and tells of a case, but names no age, no sharing and no pressure: no fact key is
read from it. The guidance answer comes first; then the case should start, as it does
when a question carries facts (``actions.replies.continue_with_case``), so the parent is
asked what is still needed instead of being left with a general answer.

It counts as an incident when the person typing (or their child, pupil or case) is
named and something was done with an image, and it is not put as a condition ("what do
I do if my son is sent one?") or asked in general.
"""

from __future__ import annotations

import re

from actions.narrative.vocabulary import IMAGE_NOUNS

_I = re.I
#: Someone the person typing speaks for: "my son", "our pupil", "I", "we", "a girl in my class".
SOMEONE_OF_MINE = r"(?:\b(?:my|our)\s+\w+|\b(?:i|we|i['’]ve|we['’]ve|i['’]m|im)\b)"
#: Something done with an image: "has been sent a naked photo", "shared a nude of".
DONE_WITH_AN_IMAGE = (
    r"\b(?:sent|send|sending|shared|sharing|posted|forwarded|airdropped|received|got|getting|"
    r"has|have|had|took|taken|filmed|found|asked\s+for|asking\s+for|showed|shown)\b"
    rf"[^.?!]{{0,40}}?\b(?:naked\s+|nude\s+|explicit\s+|sexual\s+|indecent\s+|topless\s+)?"
    rf"(?:{IMAGE_NOUNS})\b"
)
INCIDENT = re.compile(rf"{SOMEONE_OF_MINE}[^.?!]{{0,60}}?{DONE_WITH_AN_IMAGE}", _I)
#: A condition or a general question: "what do I do if my son is sent one", "when a pupil".
CONDITION_BEFORE = re.compile(r"\b(?:if|when|whether|suppose|imagine|should\s+a)\b[^.?!]*$", _I)


def tells_of_an_incident(text: str) -> bool:
    """Whether the text tells of a real incident involving the person typing or theirs."""
    for found in INCIDENT.finditer(text or ""):
        if not CONDITION_BEFORE.search(text[: found.start()] + found.group(0)[:12]):
            return True
    return False
