"""The child lives with, or is about to go home to, the person who made or asked for the
images (``immediate_risk``).

GUIDANCE.md §2.5, the fifth trigger for immediate referral: "reason to believe a young
person is at immediate risk of harm owing to the sharing" (suicide and self-harm are its
examples, not the whole test: GUIDANCE.md §6.2). A child who has just disclosed that a
stepdad takes photos of her, and who is due home at 3.15, is at risk of harm tonight
from the person she disclosed: the school must not simply let her go, and the police or
children's social care are called now (GUIDANCE.md §2.4: "if a young person has been harmed
or is at risk of harm, refer ... immediately"; the NSPCC and CEOP rows of its signposting
table: 999 if a child is in immediate danger).

People tell it in two parts, often in two sentences: who did it ("her stepdad takes photos
of her", "the person who took my daughter's pictures is her stepdad", "mum's boyfriend
makes her send him pictures") and where the child will be ("she's due to go home at 3.15",
"he still lives with us", "he's home alone with me tonight"). Or in one: "the child is at
home with the person who took the photos". Both parts must be there; a relative who
only found the images ("her dad found the pics") is not the one who made them, and one
who has been arrested or has moved out is no longer in the home (:data:`REMOVED`).

Not formalised: whether the other adults in the home can protect the child. That is for
the police and children's social care to decide, and the level says to call them now.
"""

from __future__ import annotations

import re

_I = re.I

#: Someone a child may live with or be looked after by.
_HOUSEHOLD = (
    r"(?:step[-\s]?dad|step[-\s]?father|step[-\s]?mum|step[-\s]?mother|dad|father|da|"
    r"(?:mum|mam|mom|mother)['’]?s\s+(?:new\s+)?(?:boyfriend|partner|fella|bf)|uncle|"
    r"(?:older\s+|big\s+)?(?:brother|step[-\s]?brother|cousin)|lodger|grandad|grandfather|granda|"
    r"foster\s+(?:dad|father|carer))"
)
#: What the person did with the images: made them, or made the child make them.
_DEED = (
    r"(?:(?:takes?|took|taking|taken|makes?|made|making|films?|filmed|filming|records?|recorded|recording)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:photos?|pictures?|pics?|images?|videos?|vids?)\b|"
    r"(?:films?|filmed|filming|photographs?|photographed|photographing)\s+(?:her|him|me|them)\b|"
    r"(?:makes?|made|making|gets?|got|getting|asks?|asked|asking)\s+(?:her|him|me|them)\s+"
    r"(?:to\s+)?(?:send|for)\s+(?:him\s+|her\s+)?(?:\w+\s+)?(?:photos?|pictures?|pics?|images?|nudes?|videos?)\b)"
)
#: "her stepdad takes photos of her", "mum's boyfriend has been making her send pictures".
HOUSEHOLD_DID_IT = re.compile(
    rf"\b{_HOUSEHOLD}\s+(?:\w+\s+){{0,3}}?{_DEED}|"
    # "the person who took my daughter's pictures is her stepdad", "her uncle is the one
    # who took the photos"
    rf"\b(?:person|man|one)\s+who\s+{_DEED}[^.?!]{{0,40}}?\b(?:is|was)\s+(?:her|his|my|their|the)\s+{_HOUSEHOLD}\b|"
    rf"\b{_HOUSEHOLD}\s+(?:is|was)\s+the\s+(?:one|person|man)\s+who\s+{_DEED}",
    _I,
)
#: Where the child will be, with that person, now or soon.
TOGETHER_NOW = re.compile(
    r"\b(?:due|going|goes|go|sent|sending|has\s+to\s+go|have\s+to\s+go|gets?\s+to\s+go|let\s+(?:her|him|them)\s+go)"
    r"\s+(?:back\s+)?home\b|"
    # the person lives with the child: "he still lives with us", "her stepdad lives with them"
    rf"\b(?:he|{_HOUSEHOLD})\s+(?:still\s+)?(?:lives?|is\s+living|stays?|is\s+staying)\s+(?:with|at)\s+"
    r"(?:us|her|him|them|me|the\s+(?:house|address|family\s+home))\b|"
    # the child lives with the person: "She lives with him, her mum and half-sisters"
    r"\b(?:she|he|they)\s+(?:still\s+)?(?:lives?|is\s+living|stays?)\s+with\s+(?:him|them)\b|"
    r"\bstill\s+(?:lives?|living)\s+(?:with\s+(?:us|her|him|them)|there|at\s+home)\b|"
    r"\bhome\s+alone\s+with\b|\b(?:he|she)\s*(?:['’]s|is)\s+(?:at\s+home|home|at\s+the\s+(?:house|address))\b|"
    # "he's picking her up from school at 3" (not "Mum's picking her up")
    rf"\b(?:he|{_HOUSEHOLD})\s*(?:['’]s|is|will\s+be)\s+(?:picking|collecting)\s+(?:her|him|them)\b|"
    r"\bwhen\s+(?:he|she)\s+gets\s+(?:home|in|back)\b",
    _I,
)
#: "the child is at home with the person who took the photos": both parts in one.
AT_HOME_WITH_THE_ONE_WHO = re.compile(
    rf"\b(?:at\s+home|home|lives?|living|alone|staying)\s+with\s+(?:the|that)\s+(?:person|man|adult|one)\s+who\s+"
    rf"(?:has\s+|had\s+)?{_DEED}",
    _I,
)
#: The person is no longer in the home, or the child is not going back to them.
REMOVED = re.compile(
    r"\b(?:arrested|in\s+custody|remanded|moved\s+out|no\s+longer\s+(?:lives?|living)|"
    r"(?:doesn['’]?t|does\s+not|don['’]?t)\s+live\s+with|kicked\s+(?:him|her)\s+out|"
    r"bail\s+conditions|not\s+(?:allowed|going|being\s+sent)\s+(?:back\s+)?home|"
    r"staying\s+(?:with|at)\s+(?:her|his|their)\s+(?:nan|gran|aunt|auntie|friend)|"
    # (a time long past alone is not removal: "years ago ... he still lives with us" stays)
    r"when\s+(?:she|he)\s+was\s+living\s+with)\b",
    _I,
)


def child_goes_home_to_the_abuser(text: str) -> bool:
    """Whether the text says the child is with, or about to go home to, the relative or
    member of the household who made the images or made the child send them."""
    if REMOVED.search(text):
        return False
    if AT_HOME_WITH_THE_ONE_WHO.search(text):
        return True
    return bool(HOUSEHOLD_DID_IT.search(text) and TOGETHER_NOW.search(text))
