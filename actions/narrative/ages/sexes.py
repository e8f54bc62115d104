"""Telling the two people apart by sex.

When a narrative's pronouns place the two sides ("he asked her for nudes, she sent them",
"a picture of him"), an age said only of "he"/"she" or of a gendered noun goes to the side
that sex is on (:func:`sides_by_sex`). Also the sex of one mention (:func:`_sex_of`) and
whether an age is a later one ("she's 18 now", :func:`_later`).
"""

from __future__ import annotations

import re

from actions.narrative.ages.mention import _I, Mention, Person, Sex
from actions.narrative.ages.words import (
    ADJ,
    BODY_PARTS,
    IMAGE,
    NOT_A_NAME,
    NOT_MONEY,
    SELF_OF,
    WITH_US_HEAD,
    _after,
    _by_action,
    _sex,
    _sex_word,
)
from actions.narrative.context import (
    Span,
    sentence_before,
)

NOW_BEFORE = re.compile(r"\bnow\s*$", _I)
NOW_AFTER = re.compile(r"^\s*(?:years?\s+old\s+)?now\b", _I)
SUBJECT_PRONOUN = re.compile(r"\b(?P<who>she|he)(?:\s*'s)?\b(?!\s*'s\s+(?:\d|[a-z]+teen))", _I)
#: A person noun right before a subject pronoun: a reduced relative clause ("a man she met
#: online has been asking ..."), whose main verb is the noun's, not the pronoun's.
REDUCED_RELATIVE_BEFORE = re.compile(
    r"\b(?:man|men|boy|lad|guy|bloke|girl|lass|woman|someone|somebody|person|account|people)\s+$",
    _I,
)


#: An image named right before a subject pronoun: "has a nude | he sent her", "the pic
#: that | she sent him" (the pronoun opens a clause about that image).
IMAGE_RIGHT_BEFORE = re.compile(rf"\b(?:{IMAGE})\s+(?:(?:that|which)\s+)?$", _I)
#: The pronoun sent that image to someone, nothing said of whom it shows: "he sent her".
SENT_IT_AFTER = re.compile(
    r"^\s*(?:(?:had|has|['’]d)\s+)?(?:just\s+)?sent\s+(?:her|him|them|me|"
    # "found the pics she'd sent my son": sent to someone named by a possessive
    # (development pictured sets, 2026-12-08)
    r"(?:my|our|your|his|their)\s+[\w-]+)\b(?!\s+(?:of|from)\b)",
    _I,
)
IMAGE_OF_PRONOUN = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?P<who>her|him)\b(?!\s*self)", _I)
#: The image, then who sent it, then whom it shows: "sent a pic by his teacher, a woman, of
#: her in lingerie".
IMAGE_THEN_OF_PRONOUN = re.compile(
    rf"\b(?:{IMAGE})\s+(?:by|from)\b[^.!?]{{0,40}}?,\s*of\s+(?P<who>her|him)\s+"
    r"(?:in|with|naked|nude|topless|wearing|getting|showing)\b",
    _I,
)
#: "Footage of at least 4 girls", "videos of two boys": the children of that sex are pictured.
IMAGE_OF_GROUP = re.compile(
    rf"\b(?:{IMAGE}|footage)\s+of\s+(?:at\s+least\s+|about\s+|around\s+)?(?:\d+|two|three|four|five|six|"
    rf"several|some|many|multiple|various|other|different)\s+(?:other\s+|different\s+|young\s+)?"
    rf"(?P<who>girls|boys|lads|lasses)\b",
    _I,
)
ASKED_OBJECT = re.compile(
    r"\b(?:asked|asking|asks|pressured|pressuring|begged|begging|got|made)\s+(?P<who>her|him)\s+"
    r"(?:for|to\s+(?:send|take|film|make)|into)\b",
    _I,
)
#: "She sent him pictures and asked for some of him": the one whose images are asked for
#: is pictured (development pictured set BA, 2026-12-07).
ASKED_FOR_SOME_OF = re.compile(
    r"\b(?:asked|asking|asks|begged|begging|wanted|wants)\s+(?:\w+\s+)?for\s+"
    rf"(?:some|one|more|a\s+few|any|(?:a|an)\s+(?:[\w-]+\s+)?(?:{IMAGE}))\s+of\s+(?P<who>him|her)\b"
    r"(?!\s*self)",
    _I,
)
#: "a pic of his junk", "a photo of her boobs": the one whose body it is, is pictured.
BODY_OF_PRONOUN = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?P<who>his|her)\s+{BODY_PARTS}", _I)
#: "has got pics off her", "getting videos from him": the one they came from is pictured.
GOT_FROM_OBJECT = re.compile(
    rf"\b(?:got|gets|getting|get|received|receiving)\s+(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\s+"
    rf"(?:off|from)\s+(?P<who>her|him)\b"
    # "her" alone, not "from her boyfriend"
    r"(?=\s*(?:$|[.,;!?)]|(?:and|but|now|then|too|again|on|over|via|in|at|after|when|last)\b))",
    _I,
)
#: "It's her, and she'd sent it to a boy of 15": the one the image shows, said plainly.
IT_IS_OBJECT = re.compile(
    # "The pics are of him." (development set AV, 2026-12-07), "the video was all of her"
    rf"(?:\b(?:it['’]?s|it\s+is|it\s+was|they['’]re|they\s+are|they\s+were)\s+(?:of\s+)?|"
    rf"\b(?:{IMAGE})\s+(?:is|was|are|were)\s+(?:all\s+|just\s+|only\s+)?of\s+)(?P<who>her|him)\b"
    r"(?=\s*(?:$|[.,;!?)]|(?:and|but)\b))",
    _I,
)
#: "sent him a fake nude with his face on it", "put her face on a naked body": the one
#: whose face it is, is in the image (development pictured set AZ, 2026-12-07).
FACE_ON_IT = re.compile(
    r"(?:\bwith\s+|\b(?:put|puts|putting|edited|edits|editing|pasted|stuck|photoshopped)\s+)"
    r"(?P<who>his|her)\s+face\s+(?:on|onto|in)\b",
    _I,
)
#: "The pic is of the brother himself", "the photo was of herself": the image is of the
#: one who sent it, named by sex.
OF_THE_SENDER_HIMSELF = re.compile(
    rf"\b(?:{IMAGE})\s+(?:is|was|are|were)\s+(?:all\s+|just\s+|only\s+)?of\s+"
    r"(?:the\s+[\w'-]+\s+)?(?P<who>himself|herself)\b",
    _I,
)
#: "has been sent a nude by a girl off his estate": the sender's own image, by their sex.
SENT_BY_NOUN = re.compile(
    rf"\b(?:sent|shown|given)\s+(?:an?\s+|some\s+|two\s+|\d+\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\s+"
    r"(?:(?!of\b)[\w'-]+\s+){0,3}?by\s+(?:a|an|the|this|some|one)\s+(?:[\w-]+\s+)?"
    r"(?P<who>girl|boy|lad|lass|woman|man|bloke|guy)\b",
    _I,
)
#: "a photo on her tablet, taken by my son, of her daughter": the one who took it made an
#: image of someone else (not "taken by her of herself"; development pictured set AZ,
#: 2026-12-07).
TAKEN_BY_NOUN = re.compile(
    rf"\b(?:{IMAGE})\b[^.!?]{{0,40}}?\b(?:taken|filmed|recorded|made)\s+by\s+"
    r"(?:my|our|his|her|their|the|a|an)\s+(?:[\w-]+\s+)?"
    # (not "taken by the girl's boyfriend": his)
    r"(?P<who>son|daughter|boy|girl|lad|lass|brother|sister|stepson|stepdaughter|nephew|niece)\b"
    r"(?!['’])(?!\s*,?\s*of\s+(?:him|her)sel(?:f|ves)\b)",
    _I,
)
#: "a boy filmed her in the bathroom": the one filmed is pictured.
FILMED_OBJECT = re.compile(
    r"\b(?:filmed|recorded|photographed|videoed)\s+(?P<who>her|him)\b(?!\s*self)", _I
)
#: The one made to undress for the camera: "told him he had to take his clothes off while
#: she took photos", "made her strip", "he had to get undressed" (development narratives AE).
_UNDRESS = (
    r"(?:take\s+(?:his|her|their)\s+(?:clothes|top|trousers|pants|shorts|knickers|underwear)\s+off|"
    r"take\s+off\s+(?:his|her|their)\s+(?:clothes|top|trousers|pants|shorts|knickers|underwear)|"
    r"undress|strip|get\s+(?:undressed|naked|changed)|pull\s+(?:his|her|their)\s+(?:trousers|pants|shorts)\s+down)"
)
UNDRESSED = re.compile(
    r"\b(?:told|made|make|got|get|asked|forced|dared|wanted|pressured|persuaded)\s+(?P<who>her|him)\s+"
    rf"(?:that\s+(?:she|he)\s+(?:had|has)\s+)?(?:to\s+)?{_UNDRESS}\b|"
    rf"\b(?P<who2>she|he)\s+(?:had|has|was\s+made|was\s+told)\s+to\s+{_UNDRESS}\b",
    _I,
)
#: "a 24-year-old man sends a picture of his genitals to a 13-year-old girl".
_OWN_BODY_OR_SELF = (
    rf"(?:of\s+(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}\s+|"
    r"of\s+(?:him|her)sel(?:f|ves)(?:\s+in\s+(?:his|her|their)\s+[\w-]+)?\s+)?"
)


def _own_image_sent_to(sender: str) -> re.Pattern[str]:
    """``sender`` then "sent a picture (of himself | of his body) to a ...": their own image."""
    return re.compile(
        rf"\b{sender}\b(?:sent|sends|sending|showed|shows)\s+(?:a|an|some|two|several|\d+)?\s*"
        rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+{_OWN_BODY_OR_SELF}to\s+(?:a|an|the|my|his|her|their|our|one)\b",
        _I,
    )


SENT_TO_OBJECT = re.compile(
    # not "sent her bf a video": "her" is then whose friend
    rf"\b(?:sent|sends|sending|showed|shown|forwarded)\s+(?P<who>her|him)\s+(?!(?:bf|gf|boyfriend|girlfriend|"
    rf"ex|partner|mates?|friends?|pals?|brother|sister|cousin|mum|mam|dad|own)\b)(?:{NOT_MONEY}[\w'-]+\s+){{0,3}}?"
    rf"(?:{IMAGE}|semi\s+nudes?)\b",
    _I,
)


#: "she sends him topless photos and he sends her videos": "her" is the one sent them, not
#: whose they are, when nothing after says where else they went ("sent her nudes to his
#: mates" passes hers on; development pictured set BA, 2026-12-07).
GIVEN_TO_THEM = re.compile(
    rf"\b(?:sent|sends|sending|showed)\s+(?:her|him)\s+(?:[\w'-]+\s+)?(?:{IMAGE})\b"
    r"(?!\s+(?:on\s+|round\s+|around\s+)?(?:to|round|around|on|online|out)\b)",
    _I,
)


SENT_ONE_BACK = re.compile(
    # ("He sent a couple", "she's sent him a few": some of their own, to the one who asked;
    # development pictured set BA, 2026-12-07)
    r"^\s*(?:sent|sends|send|sending)\s+(?:(?:him|her|them)\s+(?=(?:a\s+few|a\s+couple|one|some)\b))?"
    rf"(?:one|some|them|a\s+few|a\s+couple|(?:{IMAGE}))(?:\s+back)?\b"
    r"(?!\s+(?:of\s+)?(?:his|her|their|them)\b)",
    _I,
)

#: An ask for images, then "which" and the one asked: "asked for some of him, which | he
#: sent" (development pictured set BA, 2026-12-07).
ASKED_FOR_WHICH_BEFORE = re.compile(
    r"\b(?:asked|asking|asks|begged|wanted)\s+(?:\w+\s+)?for\b[^.!?]{0,40}?\bwhich\s+$", _I
)
#: ... who sent them or did, and nothing after says where else they went.
DID_SEND_AFTER = re.compile(r"^\s*(?:did|sent|had\s+sent)\s*(?:[.,;!?]|$|(?:and|but|then)\b)", _I)

#: "he sent them to me too": the images already spoken of, not one of his own sent back.
SENT_THEM_ON = re.compile(r"^\s*(?:sent|sends|send|sending)\s+(?:them|it)\b(?!\s+back)", _I)


#: Images named by whose they are: "her pics", "his nudes".
IMAGES_OWNED_BY = {owner: re.compile(rf"\b{owner}\s+(?:{IMAGE})", _I) for owner in ("his", "her")}


PERSON_NOUNS_BY_SEX: dict[Sex, re.Pattern[str]] = {
    "female": re.compile(r"\b(?:girl|lass|daughter|woman|sister|gf|girlfriend|niece)s?\b", _I),
    "male": re.compile(r"\b(?:boy|lad|son|man|guy|brother|bf|boyfriend|nephew|bloke)s?\b", _I),
}


def _one_person_of_sex(text: str, sex: Sex | None) -> bool:
    """At most one kind of person of this sex is named ("her son ... a lass": one male)."""
    if sex is None:
        return False
    return len({w.lower() for w in PERSON_NOUNS_BY_SEX[sex].findall(text)}) <= 1


def sides_by_sex(text: str) -> dict[Sex, Person]:
    """Which side each sex is on, when the pronouns say so without contradiction.

    "she sent them", "a picture of him", "of herself", "asked her for" -> that sex is
    pictured; "he asked", "he kept them", "sent him nudes" -> that sex is the other
    person. A sex with evidence for both sides, or both sexes on the same side, tells
    nothing. When only one sex is placed, the other sex is on the other side.
    """
    evidence: dict[Sex, set[str]] = {"female": set(), "male": set()}

    def note(word: str, side: str) -> None:
        sex = _sex(word)
        if sex is not None:
            evidence[sex].add(side)

    sent_back: set[Sex | None] = set()
    sent_own: set[Sex | None] = set()
    for found in SUBJECT_PRONOUN.finditer(text):
        if REDUCED_RELATIVE_BEFORE.search(text, 0, found.start()):
            continue  # "A man she met at the skatepark has been asking ...": his deed
        after = _after(text, found.end())
        side = _by_action(after)
        theirs = "his" if found["who"].lower() == "she" else "her"
        if re.search(
            # (not "pics on her phone that he sent her.": sent to her, nothing of hers named)
            rf"\b(?:sent|sends|sending|shared|posted|forwarded|showed)\s+{theirs}\b"
            r"(?!\s*(?:[.,;!?)]|$|(?:and|but|on|via|over|last|yesterday|today)\b))",
            after,
            _I,
        ) and not GIVEN_TO_THEM.search(after):
            side = "other"  # "he sent her nudes to his mates": someone else's image
        if IMAGE_RIGHT_BEFORE.search(text, 0, found.start()) and SENT_IT_AFTER.match(after):
            # "a yr 11 girl has a nude he sent her": the image he sent, his own (development
            # pictured set AZ, 2026-12-07)
            side = "pictured"
        if (
            side is None
            and ASKED_FOR_WHICH_BEFORE.search(text, 0, found.start())
            and DID_SEND_AFTER.match(after)
        ):
            side = "pictured"  # "asked for some of him, which he sent": his own
            sent_back.add(_sex(found["who"]))
            sent_own.add(_sex(found["who"]))
        if side is None and SENT_ONE_BACK.match(after):
            side = "pictured"  # "he sent one back": his own image, whoever sent first
            sent_back.add(_sex(found["who"]))
            if not SENT_THEM_ON.match(after):
                sent_own.add(_sex(found["who"]))  # "sent some", not "sent them" (maybe on)
            if SENT_THEM_ON.match(after) and IMAGES_OWNED_BY[theirs].search(text, 0, found.start()):
                side = "other"  # "... sharing her pics. ... he sent them to me too": hers
        if side in ("pictured", "other"):
            note(found["who"], side)
    for pattern, side in (
        (SELF_OF, "pictured"),
        (IMAGE_OF_PRONOUN, "pictured"),
        (IMAGE_THEN_OF_PRONOUN, "pictured"),
        (IMAGE_OF_GROUP, "pictured"),
        (ASKED_OBJECT, "pictured"),
        (ASKED_FOR_SOME_OF, "pictured"),
        (FILMED_OBJECT, "pictured"),
        (GOT_FROM_OBJECT, "pictured"),
        (IT_IS_OBJECT, "pictured"),
        (FACE_ON_IT, "pictured"),
        (OF_THE_SENDER_HIMSELF, "pictured"),
        (SENT_BY_NOUN, "pictured"),
        (SENT_TO_OBJECT, "other"),
        (TAKEN_BY_NOUN, "other"),
    ):
        for found in pattern.finditer(text):
            note(found["who"], side)
    # a sex on both sides: "My son is 12 ... persuaded him to take his clothes off ... he'll
    # post it ... a man in his 30s": one of them undressed, which one the pronoun cannot
    # say, so that sex says nothing (development pictured set AZ, 2026-12-07)
    both_sides: set[Sex] = set()
    for found in UNDRESSED.finditer(text):
        undressed = _sex(found["who"] or found["who2"])
        if _one_person_of_sex(text, undressed):  # not "my son ... a boy"
            note(found["who"] or found["who2"], "pictured")
        elif undressed is not None:
            both_sides.add(undressed)
    for found in BODY_OF_PRONOUN.finditer(text):
        if _one_person_of_sex(text, _sex(found["who"])):  # "my son ... a lad ... his own"
            note(found["who"], "pictured")
    sides: dict[Sex, Person] = {}
    for sex, found_sides in evidence.items():
        if len(found_sides) == 1:
            sides[sex] = found_sides.pop()  # type: ignore[assignment]
    if len(sides) == 2 and sides["female"] == sides["male"]:
        return {}
    if len(sides) == 1:
        ((sex, side),) = sides.items()
        opposite: Sex = "male" if sex == "female" else "female"
        opposite_on_both = (
            side == "pictured"
            and _own_image_of(text, opposite, sent_back)
            and len(evidence[opposite]) == 2
        )
        if opposite_on_both and _own_image_of(text, sex, sent_own):
            # each sent their own ("asking her for nudes and she's sent him a few. He's also
            # sent her pictures of himself"): neither sex tells the sides apart (development
            # pictured set BA, 2026-12-07)
            return {}
        if not opposite_on_both:
            # not over the other sex's own image: in "she sent him pictures and then asked
            # for one of him, and he sent one of himself" (or "he sent some back") he is on
            # both sides, and says so
            sides[opposite] = "other" if side == "pictured" else "pictured"
    return {sex: side for sex, side in sides.items() if sex not in both_sides}


def _own_image_of(text: str, sex: Sex, sent_back: set[Sex | None]) -> bool:
    """This sex sent one of their own ("he sent some back") or is said to be in one ("pics
    of himself")."""
    return sex in sent_back or any(_sex(found["who"]) == sex for found in SELF_OF.finditer(text))


LINK_WORDS = frozenset(
    (
        "who", "who's", "is", "was", "are", "were", "'s", "aged", "age", "now", "about",
        "around", "only", "just", "that", "also", "both", "in", "turned", "turns", "and",
    )
)  # fmt: skip
DETERMINERS = frozenset(("his", "her", "their", "my", "our", "your", "a", "an", "the", "this"))
PRONOUNS = frozenset(("he", "she", "hes", "shes", "her", "him", "his", "they", "them", "their"))
NOUN_AFTER = re.compile(
    rf"^[\s-]*(?:(?:{ADJ}|year|years|yr|yrs|old|olds|yo|y/o)[\s-]+)*(?P<word>[a-z]+)\b", _I
)

#: An age said again of someone else: "(14,) same as her".
SAME_AS_PRONOUN = re.compile(r"\bsame\s+(?:age\s+)?as\s+(?P<who>her|him)$", _I)


def _sex_of(text: str, span: Span, mention: Mention) -> Sex | None:
    """The sex of the person an age is said of: the noun after it, else the word before.

    "a 16 year old girl" -> female; "his girlfriend is 15", "her boyfriend, who is 16",
    "she's 14", "hes 15" -> the last word before the age that is not a link word.
    """
    if same_as := SAME_AS_PRONOUN.search(span.value):
        return _sex(same_as["who"])  # "The boy is 14, same as her": her age
    after = NOUN_AFTER.match(text[span.end :])
    if after and after["word"].lower() not in PRONOUNS and (sex := _sex_word(after["word"])):
        return sex
    head = sentence_before(text, mention.start)
    if after and after["word"].lower() in NEUTRAL_RELATIONS and POSSESSOR_BEFORE.search(head):
        return None  # "his 6yo cousin": "his" is the boy's, the cousin's sex is not said
    of_age = NOUN_OF_AGE.search(head)  # "a man of thirty-two", "a laddie o 16"
    if of_age and (sex := _sex_word(of_age["noun"])):
        return sex
    named = NOUN_IS_NAME.search(head)  # "The girl is Skye, 14": the noun says
    if named and named["name"] not in NOT_A_NAME:
        return _sex_word(named["noun"])
    for word in reversed(re.findall(r"[A-Za-z']+", head)[-5:]):
        if word.lower() in LINK_WORDS or word.lower() in DETERMINERS:
            continue
        if sex := _sex_word(word.removesuffix("'s")):
            return sex
        break
    partner = PARTNER_OF_SAID_NEXT.match(text[span.end :])  # "my cousin is 14 and her boyfriend"
    return _sex(partner["pronoun"]) if partner else None


#: Person nouns that say no sex: after "his" or "her" the pronoun is the possessor's.
NEUTRAL_RELATIONS = frozenset(
    {"cousin", "cousins", "friend", "mate", "pal", "classmate", "sibling", "bestie"}
)
#: "his 6yo cousin", "her little 7 year old cousin": a possessive right before the age.
POSSESSOR_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?:(?:little|younger|older|big|best|baby)\s+)?$", _I
)
#: The person's own partner named right after their age: "my cousin is 14 and her
#: boyfriend is 18" (the cousin is the "her").
PARTNER_OF_SAID_NEXT = re.compile(
    r"^\s*(?:,\s*)?(?:and|,)\s+(?P<pronoun>her|his)\s+(?:new\s+|older\s+|ex[-\s]?)?"
    r"(?:boyfriend|girlfriend|bf|gf|partner|ex|"
    # "my niece is 8 and her brother who's 12 ...": a sibling named by the same "her"
    # (development pictured sets, 2026-12-08)
    r"(?:(?:big|little|older|younger|step)\s*)?(?:brother|sister))\b",
    _I,
)
#: A person noun said with "of" right before the age: "a man of thirty-two", "a lassie o 14".
NOUN_OF_AGE = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:of|o)\s+$")
#: A person noun said to be a first name, just before an age: "The girl is Skye, ", "a lad
#: called Kyle, ".
NOUN_IS_NAME = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:is|was|called|named)\s+(?P<name>[A-Z][a-z]{2,})\s*[,(]?\s*"
    r"(?:(?:is|was|aged?|now)\s+)?$"
)


def _later(text: str, span: Span, mention: Mention) -> bool:
    with_us = WITH_US_HEAD.search(text[: span.start]) is not None
    return bool(
        NOW_BEFORE.search(text[: mention.start])
        or re.search(r"\bnow\b", span.value, _I)
        or (NOW_AFTER.match(text[span.end :]) and not with_us)
    )
