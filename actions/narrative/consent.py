"""An image made without the pictured child's knowledge or agreement (``made_without_consent``).

docs/API.md §1: "taken, made or edited without the pictured child's knowledge or agreement:
covert filming, upskirting, a 'nudified' or deepfake image of a real child". People rarely
use those words. They tell what happened: where the phone was (under a skirt, over a
cubicle, in the changing room), the state the child was in (asleep, passed out, being held
down), that the child did not know, or that a real photo of the child was edited. Each way
of telling it is one named pattern here; the reader sets the fact when one is found and
the message does not deny it ("she knew it was being taken": ``denials``).

Not formalised: whether a child who agreed to one photo agreed to the next. That is a
question for the person handling the case, and the form asks it.
"""

from __future__ import annotations

import re

_I = re.I
_TAKE = (
    r"(?:film(?:ed|s|ing|in)?|(?:screen[-\s]?)?record(?:ed|s|ing|in)?|video(?:ed|ing)|photograph(?:ed|ing)|"
    r"snap(?:ped|s|ping)?|took|taken|taking|takin|tak(?:es|e)\s+(?:a\s+)?(?:photo|pic|picture|video)s?|"
    r"(?:held|holding|hid|hidden|hiding|put|puts|putting|stuck|got|get|gets|shoved)\s+(?:his|her|their|a|the)\s+"
    r"(?:phone|camera))"
)
#: Filmed somewhere a child undresses, or with the phone under, over or through something:
#: "filmed her in the changing rooms", "held his phone under a girl's skirt", "recorded them
#: getting changed", "held his phone over the top of the cubicle", "took it while she was in
#: the shower", "filmed them in the dorm while they were undressing".
COVERT_PLACE = re.compile(
    rf"\b{_TAKE}\b[^.?!]{{0,80}}?(?:\bchanging\s+rooms?\b|\btoilets?\b|\bloos?\b|\bshowers?\b|"
    r"\bcubicles?\b|\bbathroom\b|\bgetting\s+(?:changed|undressed|dressed)\b|\bundressing\b|"
    r"\b(?:under|up)\s+(?:[\w'’-]+\s+){0,5}?(?:skirts?|dress(?:es)?|kilts?)\b|"
    r"\bover\s+the\s+(?:top\s+of\s+the\s+)?(?:cubicle|door|wall|partition)\b|\bthrough\s+(?:the|a)\s+"
    r"(?:gap|window|keyhole|crack)\b)|"
    # "Someone hid a phone in the girls' PE changing room", "a phone hidden in the toilets"
    r"\b(?:hid|hidden|hiding|left|set\s+up)\s+(?:a|his|her|the)\s+(?:phone|camera)\s+(?:in|under|behind)\b|"
    r"\b(?:phone|camera)\s+(?:hidden|hid)\s+(?:in|under|behind)\b|\bhidden\s+(?:cam|camera|phone)s?\b|"
    # "a friend of theirs hid in a wardrobe and filmed him"
    r"\bhid\s+(?:in|behind|under)\b[^.?!]{0,40}?\b(?:filmed|recorded|videoed|photographed)\b|"
    # "She was getting changed ... and a lad held his phone over the top of the cubicle"
    r"\b(?:getting\s+changed|in\s+the\s+shower|undressing)\b[^.?!]{0,80}?\b(?:held|holding|put|stuck)\s+"
    r"(?:his|her|their|a)\s+(?:phone|camera)\b",
    _I,
)
#: Taken while the child was asleep or out of it: "She was asleep at a sleepover and one of
#: the girls took a picture of her", "she'd passed out at the party and they took pics",
#: "somone has got a pic of her sleeping".
ASLEEP = re.compile(
    r"\b(?:asleep|sleeping|sleepin|passed\s+out|unconscious|out\s+cold|comatose|out\s+of\s+it)\b"
    # not a device taken away: "She's asleep in bed and I've taken the tablet off her"
    rf"[^.?!]{{0,90}}?\b{_TAKE}\b(?!\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:tablet|phone|ipad|laptop|device|console|xbox)s?\b)|"
    rf"\b{_TAKE}\b[^.?!]{{0,60}}?\b(?:while|when|as)\s+(?:she|he|they)\s+(?:was|were)\s+"
    r"(?:asleep|sleeping|passed\s+out|unconscious|drunk|out\s+of\s+it)\b|"
    r"\b(?:pic|photo|picture|video|image)s?\s+of\s+(?:her|him|them)\s+(?:sleeping|asleep|passed\s+out)\b",
    _I,
)
#: The child did not know: "didnae even know he'd taken it", "IP states she was unaware she
#: was being recorded", "she never knew", "they only found out after", "never posed for
#: this", "secretly recording".
UNAWARE = re.compile(
    r"\b(?:she|he|they|ip|v)\s+(?:states\s+)?(?:was|were)\s+unaware\b|"
    r"\b(?:didn['’]?t|didnae|did\s+not|never)\s+(?:even\s+)?know\s+(?:he|she|they|it)\s*(?:['’]d|had|was|were)\s+"
    r"(?:taken|filmed|recorded|being|took)\b|"
    r"\b(?:she|he|they)\s+never\s+knew\b|\bonly\s+found\s+out\s+after\b|"
    r"\bnever\s+posed\s+for\b|\bsecretly\s+(?:screen[-\s]?)?(?:record|film|photograph|snapp?|video|tak|took)\w*|"
    r"\b(?:filmed|recorded|photographed)\s+(?:her|him|them)\s+secretly\b|"
    # "my boyfriend filmed us when we were doing stuff and i didnt know til he showed me"
    r"\b(?:filmed|recorded|videoed|photographed)\s+(?:us|me|her|him|them)\b[^.!?]{0,50}?"
    r"\b(?:i|she|he|they|we)\s+(?:didn['’]?t|didnt|didnae|did\s+not)\s+know\b",
    _I,
)
#: Filmed while being held down or hurt: "the boy in the video is being held down while
#: they film him", "kicked while they pull his trousers down and film him", "the video of
#: her being slapped and stripped".
FILMED_DURING_ASSAULT = re.compile(
    r"\b(?:held|hold|holds|holding|pinned|pinning)\s+(?:him|her|them)?\s*down\b|\bbeing\s+held\s+down\b|"
    r"\bbeing\s+(?:kicked|slapped|hit|punched|beaten|stripped|assaulted|attacked)\b|\bstripped\s+(?:him|her|them)\b|"
    # others pulling the child's clothes, not "talked him into pulling his trousers down"
    r"\b(?:they|he|she|someone|others|lads|boys|girls)\s+(?:\w+\s+)?pull(?:ed|s|ing)?\s+(?:his|her|their)\s+"
    r"(?:trousers|pants|shorts|top|clothes|skirt)\s+(?:down|off|up)\b",
    _I,
)
_FILMING = re.compile(r"\b(?:film|video|record|footage|clip|photo|pic)", _I)
#: A real child's photo edited or put through an app: "photoshopped her face onto someone
#: else's naked body", "ran a normal selfie of hers through one of those undressing
#: programmes", "edited a beach photo to take her bikini off", "used AI to make a nude of
#: her", "edited to make her look naked", "nudifying pictures of lassies in his year".
REAL_PHOTO_EDITED = re.compile(
    r"\bphotoshop(?:ped|ping|s)?\s+(?:her|his|their)\s+(?:face|head)\b|"
    r"\b(?:ran|run|put|puts|putting)\s+(?:a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:selfie|photo|pic|picture|image)s?\s+(?:of\s+(?:hers|his|theirs)\s+)?through\b|"
    r"\bedit(?:ed|ing|s)?\s+(?:a|an|her|his|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:photo|pic|picture|selfie|image)s?\s+"
    r"to\s+(?:take|make|remove)\b|"
    r"\b(?:edited|altered|doctored|manipulated)\s+to\s+make\s+(?:her|him|them)\s+look\b|"
    r"\b(?:ai|app|apps|an\s+app|a\s+website)\s+to\s+(?:make|create|generate)\s+(?:a\s+)?"
    r"(?:nude|naked|sexual|explicit|fake)\s+(?:[\w-]+\s+)?(?:of\s+(?:her|him|them|my\s+\w+|our\s+\w+))\b|"
    r"\bnudif(?:y|ying|ied|ies)\s+(?:pictures?|photos?|pics?|images?|selfies?)\s+of\b|"
    # "taken photos off her TikTok, made them into fake nudes" (development narratives AJ)
    r"\bmade\s+(?:them|it|those|these)\s+into\s+(?:fake\s+)?(?:nudes?|naked\s+\w+|porn\w*)\b|"
    r"\bmade\s+the\s+fake\s+to\s+make\s+(?:her|him)\b|\bto\s+make\s+(?:her|him)\s+look\s+(?:naked|nude)\b|"
    # "a photo of her in a bikini edited by someone at school so she looks naked"
    # (development narratives AH, 2026-12-07)
    r"\b(?:edited|altered|doctored|photoshopped|changed)\b[^.;!?]{0,40}?\bso\s+(?:that\s+)?(?:she|he|they)\s+"
    r"(?:looks?|appears?|seems?)\s+(?:to\s+be\s+)?(?:naked|nude|topless)\b|"
    # "made fake naked pictures of her using one of those AI apps", "put her face on a porn
    # video", "put a classmate's face onto a naked body"
    r"\bfakes?\s+(?:naked\s+|nude\s+|sexual\s+|explicit\s+|porn\s+)?(?:pictures?|pics?|photos?|images?|videos?|"
    r"nudes?)\s+of\s+(?:her|him|them|my|our|a\s+(?:girl|boy|classmate|pupil))\b|"
    r"\bput\s+(?:her|his|their|a\s+[\w'’-]+['’]s|[\w'’-]+['’]s)\s+face\s+(?:on|onto)\b",
    _I,
)


#: The child's own image, even in a changing room: "she took a selfie in the changing room
#: mirror", "a video of herself in the shower"; or the two of them, each of the other: "two
#: Yr 4 boys took pics of each others bums in the toilets".
OWN_IMAGE = re.compile(
    r"\bselfies?\b|\bof\s+(?:her|him|them)sel(?:f|ves)\b|\bof\s+each\s+other(?:['’]?s)?\b", _I
)


def made_without_consent_in(text: str) -> bool:
    """Whether the words tell that the image was made without the child's knowledge or
    agreement (see the module); denials are the reader's to apply."""
    covert = COVERT_PLACE.search(text)
    return bool(
        (covert and not OWN_IMAGE.search(covert.group(0)))
        or ASLEEP.search(text)
        or UNAWARE.search(text)
        or REAL_PHOTO_EDITED.search(text)
        or (FILMED_DURING_ASSAULT.search(text) and _FILMING.search(text))
    )


__all__ = ["made_without_consent_in"]
