"""Passes over the whole list of mentions: what one age cannot tell alone.

Each pass reads the narrative around two or more mentions and places or moves them: a
name said again with its deed, an adult who sent or showed an image of themselves to a
child, the owner of the images, a sender of their own image, both people in the image,
lists joined by "and", a mutual pair, "the older one did it", ages dated to when the
image was made. :func:`actions.narrative.ages.mentions` runs them in order; each returns
a new list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from actions.narrative.ages.mention import _I, Mention, Person, Sex, _prefer_exact
from actions.narrative.ages.person import APPROACHED_HEAD, REACTION_NEXT, REPORTED_NEXT
from actions.narrative.ages.sexes import _one_person_of_sex, _own_image_sent_to
from actions.narrative.ages.words import (
    _ADULT_NOUN,
    _NO_ONE_ELSE,
    _ROLE_NOUN,
    _ROLE_SENDER,
    BODY_PARTS,
    CHILD_SENT_BACK,
    DET,
    IMAGE,
    LOOKS_AGE,
    MUTUAL,
    NAME_BEFORE,
    NOT_A_NAME,
    NOT_MONEY,
    NUM,
    SELF_IMAGE,
    SELF_OF,
    _after,
    _by_action,
    _image_near,
    _self_word_sex,
    _sentence_end,
    _sentence_start,
    _sex,
)
from actions.narrative.context import (
    Span,
    first_words,
    last_words,
    sentence_after,
)
from actions.narrative.numbers import parse_numbers
from actions.narrative.school_years import school_year_ages
from actions.narrative.vocabulary import (
    ADULT_AGE,
)

#: Before a name: it was sent or given to them ("to Sophie", "with his friend Zak").
TO_NAME = re.compile(r"\b(?:to|with|w/)\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+,?\s+){0,2}$", _I)


#: An age said with only a pronoun: "He's 14", "she is 15", "hes 16".
PRONOUN_BEFORE_AGE = re.compile(r"\b(?:(?:he|she)\s*(?:['’]s|is|was)|hes|shes)\s*$", _I)


def _by_sex_of_the_people_placed(
    text: str, found: list[Mention], sexes: dict[Sex, Person]
) -> list[Mention]:
    """An age said only with a pronoun goes to the side of the child of that sex whose
    deed placed them, when no pronoun already told the sides apart.

    "A Y10 boy took a photo of a Y10 girl ... He's 14, she's 15": the boy is the other
    person and the girl pictured, so 14 is the other person's age and 15 the pictured
    child's. Only children placed by a deed or a partner noun count, and only when each
    sex is on one side and the two sexes are on different sides.
    """
    placed: dict[Sex, set[str]] = {"female": set(), "male": set()}
    for mention in found:
        if (
            not mention.weak
            and mention.sex is not None
            and mention.person in ("pictured", "other")
            and mention.low < ADULT_AGE
        ):
            placed[mention.sex].add(mention.person)
    sides = {sex: next(iter(s)) for sex, s in placed.items() if len(s) == 1}
    if len(sides) != 2 or sides["female"] == sides["male"]:
        return found
    return [
        replace(mention, person=sides[mention.sex])
        if mention.weak
        and mention.person is None
        and mention.sex is not None
        and mention.sex not in sexes
        and PRONOUN_BEFORE_AGE.search(text, 0, mention.start)
        else mention
        for mention in found
    ]


def _by_name(text: str, found: list[Mention]) -> list[Mention]:
    """ "Jordan sent a picture of himself to Sophie ... Sophie is 12. Jordan is 16.": an
    age said of a first name goes to the side that name's deeds put them on, when every
    mention of the name agrees. Only ages said of nobody else are read this way."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person is not None or not mention.weak:
            continue
        named = NAME_BEFORE.search(text[: mention.start])
        if named is None or named["name"] in NOT_A_NAME:
            continue
        side = _side_of_name(text, named["name"], named.start("name"))
        if side is not None:
            placed[index] = replace(mention, person=side, weak=False, deed=True)
    return placed


def _side_of_name(text: str, name: str, age_at: int) -> Person:
    sides: set[str] = set()
    for occurrence in re.finditer(rf"\b{re.escape(name)}\b", text):
        if occurrence.start() == age_at:
            continue  # the age itself ("Sophie is 12") says nothing of her side
        before = text[: occurrence.start()]
        deed = _by_action(_after(text, occurrence.end()))
        if TO_NAME.search(last_words(before, 4)):
            sides.add("other")
        elif deed in ("pictured", "other"):
            sides.add(deed)
    return sides.pop() if len(sides) == 1 else None  # type: ignore[return-value]


def _adult_sent_own_image_to_child(text: str, found: list[Mention]) -> list[Mention]:
    """ "A man sent my son a photo of his privates. My son is 11", "received explicit images
    from an adult male, believed to be a 34-year-old neighbour": an adult's own image sent
    to a child. The adult is the person pictured and the child who received it the other
    person (docs/API.md §1), whatever the sexes: a man and a boy are both "he". When the
    child sent an image of their own too, the child's image is the concern: one child and
    the adults are then placed that way round ("asking for some back; she has sent two")."""
    by_adult = any(
        pattern.search(text)
        for pattern in (
            SENT_BY_ADULT,
            ADULT_SENT,
            ADULT_SENT_TO,
            IMAGE_AN_ADULT_SENT,
            AN_ADULTS_BODY_SENT,
            ADULT_SENT_OWN,
            ADULT_BODY_RECEIVED,
        )
    )
    adult_said = any(m.low >= ADULT_AGE and m.person != "skip" for m in found)
    by_role = adult_said and (
        ROLE_SENT_TO.search(text) is not None
        or ROLE_SENT_DATIVE.search(text) is not None
        or _own_image_sent_to_the_child_named(text)
    )
    by_adult = by_adult or _own_image_sent_to_a_child_of_the_other_sex(text, found)
    # "adult female, 34, sent topless image of herself to 15yo male ... He sent a naked
    # image of himself back": an exchange of their own images, whoever's words say it
    sent_back = CHILD_SENT_BACK.search(text) is not None
    exchange = sent_back and SELF_OF.search(text) is not None
    if not (by_adult or by_role or exchange):
        return found
    if by_adult:
        found = _sender_not_a_bystander(text, found)
    children = [m for m in found if m.high < ADULT_AGE and m.person not in ("skip", "both")]
    if sent_back:
        # "sending his own nude images to a thirteen year old girl and asking for some back;
        # she has sent two": both are in images, and the child, the youngest shown, is the
        # child pictured (CONTRACT §1)
        adults = [m for m in found if m.low >= ADULT_AGE and m.person != "skip"]
        if len(children) == 1 and adults:
            return _placed(found, pictured=children, other=adults)
        return found
    if not children or any(m.person == "pictured" and m.deed for m in children):
        return found
    own = {_sex(m["who"]) for m in SELF_OF.finditer(text)}
    adults = [m for m in found if m.low >= ADULT_AGE and m.person != "skip"]
    if own and adults and all(m.sex is not None and m.sex not in own for m in adults):
        return found  # "a man of thirty-two ... has sent him photographs of herself": hers
    return [
        replace(m, person="pictured" if m.low >= ADULT_AGE else "other", weak=False)
        if m.person != "skip"
        else m
        for m in found
    ]


#: Someone's own image sent or shown to another: "he sent her a video of himself", "she has
#: been sending him pictures of herself in her underwear", "showed him a photo of himself
#: naked". The sender's sex is in ``own``, the one given it in ``to``.
OWN_IMAGE_SENT_TO = re.compile(
    r"\b(?:sent|sends|sending|showed|shows|showing|airdropped|snapped)\s+(?:(?P<to>him|her|me)|"
    # "He sent my daughter, who is 13, pictures of his genitals"
    r"(?:my|our|the|his|her|their)\s+(?:little\s+|young\s+|eldest\s+|youngest\s+)?"
    r"(?P<to_noun>daughter|son|girl|boy|lad|lass|stepdaughter|stepson|niece|nephew|granddaughter|"
    r"grandson|sister|brother)(?:\s*\([^()]{0,20}\)|\s*,[^,.;!?]{0,25},)?)\s+"
    rf"(?:(?:a|an|some|two|three|several|more|loads\s+of|\d+)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\s+"
    rf"(?:(?:on|via|over)\s+\w+\s+)?of\s+(?:(?P<own>himself|herself)\b|(?P<body>his|her)\s+(?:own\s+)?{BODY_PARTS})",
    _I,
)


def _own_image_sent_to_a_child_of_the_other_sex(text: str, found: list[Mention]) -> bool:
    """ "My daughter who is twelve ... he sent her a video of himself ... the man is 27", "My
    son is 13. His friend's mum, who is 38, ... sent him a photo of herself": an image of
    the sender, given to someone of the other sex, where every child named is of that other
    sex. The sender is then not one of the children: the adult's own image was sent to a
    child. Nothing is read when a child of the sender's sex is named ("a man sent my son a
    picture of himself": the sexes cannot tell the man from the boy)."""
    children = [m for m in found if m.high < ADULT_AGE and m.person != "skip"]
    if not children:
        return False
    adults = [m for m in found if m.low >= ADULT_AGE and m.person != "skip"]
    # "he sent me pics of his body ... im 13": the young person typing got it (their age
    # may be said twice: "I'm 15 ... he knows I'm 15"; development pictured set BA, 2026-12-07)
    typist = TYPIST_CHILD_AGE.search(text)
    to_a_young_typist = (
        bool(adults)
        and typist is not None
        and (len(children) == 1 or all(m.low == m.high == int(typist["age"]) for m in children))
    )
    for sent in OWN_IMAGE_SENT_TO.finditer(text):
        sender = _sex(sent["own"] or sent["body"])
        if (sent["to"] or "").lower() == "me":
            if sender is not None and to_a_young_typist:
                return not _sent_too(text, "me")
            continue
        given = _sex(sent["to"] or sent["to_noun"])
        if sender is None or given is None or sender == given:
            continue
        if _one_child_one_adult_sender(children, adults, sender) and not _sent_too(text, given):
            # "a man who looks to be in his 40s ... he's sent her pictures of himself" to
            # "one of our Year 12s": the only adult (not of the other sex) sent his own
            return True
        if any(m.sex is None for m in children):
            continue
        if all(m.sex == given for m in children) and not _sent_too(text, given):
            return True
    return False


def _one_child_one_adult_sender(
    children: list[Mention], adults: list[Mention], sender: Sex
) -> bool:
    """One child whose sex is not said and one adult who may be the sender (not said to be
    of the other sex): the adult is the one who sent an image of themselves."""
    return (
        len(children) == 1
        and children[0].sex is None
        and len(adults) == 1
        and adults[0].sex in (None, sender)
    )


#: Someone sending, said with their pronoun: "she had sent images to a man", "he's sent one
#: back", "i sent one back" (not "if he's sent anything", "she never sent any", "she
#: hasn't sent", "i havent sent any").
SENDER_PRONOUN = re.compile(
    r"(?<!\bif\s)(?<!\bwhether\s)\b(?P<who>she|he|i)(?:['’]s|['’]ve|\s+has|\s+had|\s+have)?\s+"
    # (not "she sent nothing")
    r"(?:also\s+|then\s+|been\s+|already\s+|now\s+)*(?:sent|sending|sends|send)\b"
    r"(?!\s+(?:nothing|none|no\s+\w+\s+(?:back|at\s+all))\b)",
    _I,
)


def _sent_too(text: str, sex: Sex | str) -> bool:
    """Whether the one of this sex (or "me", the person typing) is said to have sent images
    as well: then their own image is in the case, and they are the youngest pictured
    (CONTRACT §1)."""
    senders = [found["who"].lower() for found in SENDER_PRONOUN.finditer(text)]
    if sex == "me":
        return "i" in senders
    return any(_sex(who) == sex for who in senders)


#: The young person typing gives their age: "im 13", "I'm only 12", "i am 15".
TYPIST_CHILD_AGE = re.compile(
    r"\b(?:i['’]?m|im|i\s+am)\s+(?:only\s+|just\s+)?(?P<age>1[0-7]|[5-9])\b", _I
)


#: What a reporter does right after their age, beyond what they say
#: (``person.REPORTED_NEXT``): "Key worker (35) found it", "IP's mum (44) made the report",
#: "Her dad is 52 and wants to go and find the man".
REPORTER_DEED_NEXT = re.compile(
    r"^\W*(?:(?:and|but)\s+(?:he\s+|she\s+)?)?(?:has\s+|had\s+|then\s+|also\s+|just\s+)*(?:rang|rung|"
    r"called|phoned|told|found|finds|made\s+(?:the|a)\s+(?:report|referral|call)|attended|contacted|"
    r"came\s+(?:in|to)|brought|raised|noticed|saw|discovered|is\s+(?:worried|concerned|furious|"
    r"devastated)|wants?\b)",
    _I,
)
#: Who reported it, said before their age: "reported by her nan, who's 70", "call from mother
#: (39)", "RP is mum (41)".
REPORTER_HEAD = re.compile(
    r"\b(?:reported\s+by|report\s+from|call\s+from|referral\s+from|rp\b|informant)[^.;!?]{0,30}$",
    _I,
)


#: An age the person claimed, not one known: "a man who says he's 30", "He told her he's
#: 34", "a female claiming to be 22". A claim is no age (docs/NARRATIVE.md), and stays
#: set aside.
CLAIM_BEFORE = re.compile(
    r"\b(?:says?|said|saying|claims?|claimed|claiming|tells?\s+\w+|told\s+\w+|reckons?|"
    r"pretend\w*|posing|profile|account|bio)\b[^.;!?]{0,25}$",
    _I,
)


def _sender_not_a_bystander(text: str, found: list[Mention]) -> list[Mention]:
    """ "explicit images ... from an adult male, believed to be a 34-year-old neighbour", "his
    friend's mum, who is 38, ... sent him a photo of herself": an adult's own image was sent
    to a child, and the only adult ages were set aside as a relative's or a neighbour's (a
    bystander's, ``person._bystander``). The one of them who did not report it sent it, and
    is kept for :func:`_adult_sent_own_image_to_child` to place in the image. With two or
    more such adults nothing says which it was, and none is kept."""
    if any(m.low >= ADULT_AGE and m.person != "skip" for m in found):
        return found
    set_aside = [m for m in found if m.person == "skip" and m.low >= ADULT_AGE]
    if any(CLAIM_BEFORE.search(text[max(0, m.start - 60) : m.start]) for m in set_aside):
        return found  # "a man on insta who says hes 20 sent me a dick pic": the claimer sent it
    skipped = [
        m
        for m in set_aside
        if not REPORTED_NEXT.match(after := text[_end_of(text, m) :])
        and not REPORTER_DEED_NEXT.match(after)
        and not REACTION_NEXT.match(after)
        and not REPORTER_HEAD.search(text[max(0, m.start - 60) : m.start])
    ]
    if len(skipped) != 1:
        return found
    return [replace(m, person=None, weak=False) if m is skipped[0] else m for m in found]


#: An age from where its number starts, to a closing bracket: "44) reports", "34-year-old
#: neighbour", "45 and wants".
AGE_WORDS = re.compile(
    r"[\w/'’-]+(?:[\s-]*(?:years?|yrs?|yo|y/o)(?:[\s-]*old)?)?(?:[^.;!?()]{0,3}\))?", _I
)


def _end_of(text: str, mention: Mention) -> int:
    """Where the words of a mention end (``Mention.start`` is its number)."""
    words = AGE_WORDS.match(text, mention.start)
    return words.end() if words else mention.start


#: An adult shows themselves to a child: "Susp M/27 exposed himself to V F13", "a female
#: coach (28) video called a 14-year-old player with her top off".
SHOWED_THEMSELVES = re.compile(
    r"\bexpos(?:ed|es|ing)\s+(?:(?:him|her|them)sel(?:f|ves)|self)\b|"
    # "DP (47yo M) showed V (F12) images of his own genitals", "showed her naked pics of
    # himself on his phone", "showing a naked photo of himself to a girl"
    rf"\b(?:showed|shown|showing|shows)\b[^.!?]{{0,50}}?\b(?:{IMAGE})\s+of\s+"
    rf"(?:(?:him|her)sel(?:f|ves)|(?:his|her)\s+(?:own\s+)?{BODY_PARTS})\b|"
    r"\bvideo[-\s]?call(?:ed|ing|s)?\b[^.!?]{0,60}?\bwith\s+(?:his|her|their)\s+"
    r"(?:top|clothes|trousers|pants|shirt|kit)\s+off\b",
    _I,
)
#: A child received an image from someone named after "from" or "by": "has received naked
#: photos from her mum's ex. He's 45", "was sent a nude by a 25 year old woman". Not an
#: image "of" someone named ("sent a nude of a girl by ..."): that person is in it.
RECEIVED_FROM = re.compile(
    # (not "is getting asked for nudes by a 19 year old lad": asked, not sent one)
    # (police shorthand: "F aged 14 recd unsolicited pic from neighbour M 41")
    rf"\b(?:received|receiving|recd|rec['’]d|rcvd|getting(?!\s+(?:asked|pressured|pressurised|begged|told|groomed|forced|made)\b)|"
    rf"(?:was|were|been|got|gets|getting)\s+sent)\s+(?:[\w'-]+\s+){{0,3}}?"
    # ("an image of an adult male's genitals ... from a man": a body, no one else named)
    rf"(?:{IMAGE})\b(?!\s+of\b(?!\s+(?:an?\s+)?(?:adult\s+)?(?:male|man|woman|guy|lad)['’]s\s+"
    rf"(?:genitals|genitalia|penis|privates|body)\b))[^.!?]{{0,60}}?\b(?:from|by)\b",
    _I,
)


#: An image of an adult, named by an adult noun: "a picture on her tablet of a naked man".
IMAGE_OF_AN_ADULT = re.compile(
    # (not "a video of the wee guy": someone named before, and a child)
    rf"\b(?:{IMAGE})\b[^.;!?]{{0,40}}?\bof\s+(?:a|an|some)\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:wee|little|young|small)\b)(?:[\w-]+\s+){0,2}?"
    r"(?P<who>man|woman|male|female|adult|guy|bloke|lady)\b(?!['’]s)",
    _I,
)


def _adult_named_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """ "A Year 4 child has shown her mum a picture on her tablet of a naked man ... Police
    have since told us he's 33": the one adult age of that sex is the man in the image, and
    the children are the other side, when no child is placed in it (development pictured
    set BA, 2026-12-07)."""
    image = IMAGE_OF_AN_ADULT.search(text)
    if image is None:
        return found
    sex = _sex(image["who"])
    adults = [m for m in found if m.low >= ADULT_AGE and m.person != "skip"]
    children = [m for m in found if m.high < ADULT_AGE and m.person not in ("skip", "both")]
    if (
        len(adults) != 1
        or adults[0].start < image.end()
        or (sex is not None and adults[0].sex not in (None, sex))
        or not children
        or any(m.person == "pictured" for m in children)
    ):
        return found
    return _placed(found, pictured=adults, other=children)


#: An age put right at once: "a girl who i thought was 18 but she's actually 15".
CORRECTED_NEXT = re.compile(
    r"\bbut\s+(?:she|he|they)(?:['’]?s|['’]?re|\s+is|\s+was|\s+are|\s+were)?\s+(?:actually|really|only)\b",
    _I,
)


def _adult_showed_themselves_to_child(text: str, found: list[Mention]) -> list[Mention]:
    """An adult's own body shown or sent to a child: the adult is pictured and the child
    the other person (docs/API.md §1). Read when the words say it (``SHOWED_THEMSELVES``:
    the adult is the last age said before them in the sentence; ``RECEIVED_FROM``: the
    sender is the first age said after "from", in that sentence or the next) and there is
    one adult in the case. Not when the child sent an image of their own too, or a child is
    already placed in the image by a deed."""
    adults = [
        m
        for m in found
        if m.low >= ADULT_AGE
        and m.person != "skip"
        and not CORRECTED_NEXT.search(text, m.start, m.start + 40)
    ]
    children = [m for m in found if m.high < ADULT_AGE and m.person not in ("skip", "both")]
    if len(adults) != 1 or not children or CHILD_SENT_BACK.search(text):
        return found
    adult = adults[0]
    # a child placed in the image by a deed of their own keeps it, unless the deed is
    # receiving ("Girl, 15, received a nude selfie from a lad ... He's 19")
    placed = any(m.person == "pictured" and m.deed for m in children)
    if not ((not placed and _shown_by(text, found, adult)) or _received_from(text, found, adult)):
        return found
    return _placed(found, pictured=[adult], other=children)


#: Images named by whose they are: "they have his nudes", "threatening to post her pics".
OWNED_IMAGES = re.compile(
    r"\b(?P<owner>his|her)\s+(?:nudes|nude\s+(?:pics?|photos?|images?|videos?)|naked\s+(?:pics?|photos?))\b",
    _I,
)


#: The person word an age is said after: "sister 14", "cousin (13)", "his cousin, 12,".
PERSON_BEFORE_AGE = re.compile(
    r"\b(?P<noun>sister|brother|cousin|niece|nephew|stepsister|stepbrother|step-sister|step-brother|"
    r"daughter|son|friend|mate|pal|girlfriend|boyfriend|girl|boy)\s*[,(]?\s*(?:aged?\s+)?$",
    _I,
)


def _named_again_as_the_one_in_the_images(text: str, found: list[Mention]) -> list[Mention]:
    """ "a boy 15 and cousin 13. The boy has got videos of cousin on his phone", "sister 14
    and brother 16. Brother has been found with images of sister": the person an age is
    said of is named again later as the one the images are of, so is the one pictured
    (not a bystander, nor the other side by their relation). Or the other way round: "a
    naked photo of a girl she knows from dancing, the girl is 12" (the sexes cannot tell
    two girls apart)."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person not in (None, "other", "skip") or mention.deed:
            continue
        noun = PERSON_BEFORE_AGE.search(text[: mention.start]) or PERSON_AFTER_AGE.match(
            text, mention.start
        )
        if noun is not None:
            later = re.search(
                # ("The image is of the brother": development pictured sets, 2026-12-08)
                rf"\b(?:{IMAGE})\s+(?:(?:is|was|are|were)\s+)?of\s+(?:(?:his|her|their|my|our|the)\s+)?"
                rf"(?:[\w-]+\s+)?{noun['noun']}\b",
                text[mention.start :],
                _I,
            )
            if later is not None:
                placed[index] = replace(mention, person="pictured", weak=False)
            continue
        # "a naked photo of a girl she knows from dancing, the girl is 12": named first
        again = THE_NOUN_IS_BEFORE_AGE.search(text[: mention.start])
        if again is not None and re.search(
            # "a pic of the friend's older sister in the bath. The sister is 14."
            rf"\b(?:{IMAGE})\s+of\s+(?:a|an|another|some|this|that|(?:the\s+|his\s+|her\s+)?\w+['’]s)\s+"
            rf"(?:[\w-]+\s+)?{again['noun']}\b",
            text[: again.start()],
            _I,
        ):
            placed[index] = replace(mention, person="pictured", weak=False)
    return placed


#: The person word right after an age in years: "his 15-year-old brother", "her 12yo
#: cousin" (development pictured sets, 2026-12-08).
PERSON_AFTER_AGE = re.compile(
    r"\d{1,2}[\s-]*(?:(?:years?|yrs?)[\s-]*old|yo|y/o)\s+(?P<noun>sister|brother|cousin|niece|nephew|"
    r"stepsister|stepbrother|step-sister|step-brother|daughter|son|friend|mate|pal|girl|boy)\b",
    _I,
)


#: The person word, after "the", an age is said of: "the girl is 12", "the lad's 15".
THE_NOUN_IS_BEFORE_AGE = re.compile(
    r"\bthe\s+(?P<noun>girl|boy|lad|lass|child|kid|woman|man|sister|brother|cousin|friend|mate|"
    r"stepsister|step-sister|stepbrother|step-brother)\s+(?:is|was|['’]s)\s+(?:aged\s+|about\s+|only\s+)?$",
    _I,
)


#: The person word an age is said of, after "the": "The dad is 38", "the lodger was 52".
NOUN_IS_BEFORE_AGE = re.compile(
    r"\b(?:the|her|his|their|my)\s+(?P<noun>dad|father|mum|mother|stepdad|step-dad|stepmum|uncle|aunt|"
    r"brother|cousin|teacher|coach|neighbour|lodger|tutor|man|woman)\s+(?:is|was|['’]s)\s+(?:aged\s+|about\s+)?$",
    _I,
)


def _doer_named_again_with_an_age(text: str, found: list[Mention]) -> list[Mention]:
    """ "my son's friend's dad has taken photos of my son in the bath ... The dad is 38":
    someone whose age would read as a bystander's (a parent, a relative, a neighbour) is
    named again as the one who made, sent or shared the images, so is the other person."""
    return _named_again_after(text, found, "skip", NOUN_IS_BEFORE_AGE, MADE_OR_SENT_IMAGES)


#: What a relative named before did: "has taken photos", "sent pics".
MADE_OR_SENT_IMAGES = (
    r"(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:taken|took|taking|filmed|filming|"
    r"recorded|photographed|sent|sending|shared|sharing|posted|made|making)\b[^.!?]{0,30}?"
    rf"\b(?:{IMAGE})\b"
)


def _named_again_after(
    text: str, found: list[Mention], said_of: Person, noun_before_age: re.Pattern[str], deed: str
) -> list[Mention]:
    """The ages said of ``said_of`` right after a noun (``noun_before_age``, its group
    ``noun``) that was named earlier as the one who did ``deed`` with the image: the other
    side, by that deed."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person != said_of:
            continue
        noun = noun_before_age.search(text[: mention.start])
        if noun is None:
            continue
        if re.search(rf"\b{noun['noun']}\s+{deed}", text[: noun.start("noun")], _I):
            placed[index] = replace(mention, person="other", weak=False, deed=True)
    return placed


#: A bare noun said again right before an age: "friend is 17", "the lad's 16".
BARE_NOUN_BEFORE_AGE = re.compile(
    r"(?:^|[.,;]\s*|\b(?:the|her|his|their|my|and)\s+|\s)(?P<noun>friend|mate|pal|lad|lass|boy|girl|classmate)"
    r"\s*(?:is|was|['’]s)\s+(?:aged\s+|about\s+|only\s+)?$",
    _I,
)
#: What the one named did with someone else's image: passed it on, took the phone, filmed.
PASSED_IT_ON_DEED = (
    r"(?:has\s+|had\s+|then\s+|also\s+)?"
    r"(?:took|grabbed|nicked|took\s+\w+\s+phone|airdropped|airdropping|shared|sharing|posted|posting|"
    r"forwarded|forwarding|screenshotted|sent\s+it|sent\s+them|passed\s+it|filmed|recorded)\b"
)


def _named_again_after_a_deed(text: str, found: list[Mention]) -> list[Mention]:
    """ "then his friend took his phone and airdropped it to loads of people friend is 17":
    an age said of nobody, after a bare noun ("friend is 17") that was named earlier as
    the one who passed the image on, is that person's: the other side."""
    return _named_again_after(text, found, None, BARE_NOUN_BEFORE_AGE, PASSED_IT_ON_DEED)


#: "the", "that" or "this" right before a school year: someone named before.
DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", _I)
#: The year said with a person noun and nothing said of them there: "The Year 13 girl had".
NAMED_AGAIN_NOUN = re.compile(
    r"\S+\s+\d{1,2}\s+(?:girl|boy|lad|lass|pupil|student|kid|child)\b(?!\s*(?:is|was|who|,|\(|aged))",
    _I,
)


def _same_year_named_again(text: str, found: list[Mention]) -> list[Mention]:
    """ "nudes of a girl in Year 13 ... The Year 13 girl had sent them to him": a school year
    said again with "the", of nobody, is the person already placed with that year, not a
    second person (development set AV, 2026-12-07: read as someone else, the oldest of Year
    13 made an adult of her). The repeat is dropped; the first keeps its side."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person is not None or not mention.weak or mention.exact:
            continue
        if not DEFINITE_BEFORE.search(text[max(0, mention.start - 8) : mention.start]):
            continue
        end = _sentence_end(text, mention.start)
        if not NAMED_AGAIN_NOUN.match(text, mention.start) or any(
            m.exact and mention.start < m.start < end for m in found
        ):
            continue  # "The S2 pupil is 13": the year of an age said; "the Year 7 chat": a group
        if any(
            earlier.start < mention.start
            and earlier.person in ("pictured", "other")
            and (earlier.low, earlier.high) == (mention.low, mention.high)
            and not earlier.exact
            for earlier in found
        ):
            placed[index] = replace(mention, person="skip")
    return placed


#: A pupil said again with "the", right before an age: "the boy is 17".
PUPIL_NAMED_AGAIN_BEFORE_AGE = re.compile(
    r"\bthe\s+(?P<noun>boy|girl|lad|lass|pupil|student)\s+(?:is|was|['’]s)\s+(?:aged\s+|about\s+)?$",
    _I,
)


def _age_of_a_year_named_again(text: str, found: list[Mention]) -> list[Mention]:
    """ "A boy in S6 ... asked for pictures ... The school says the boy is 17": an age in
    years said of nobody (or placed only weakly), after the noun a school year already
    placed by a deed was said with, and inside that year's range, is that person's age: it
    takes the year's side, and the year gives way to it (development pictured sets,
    2026-12-08)."""
    placed = list(found)
    for index, mention in enumerate(found):
        if (mention.person is not None and not mention.weak) or not mention.exact:
            continue  # (a side read from the sexes alone is weak: the noun says more)
        noun = PUPIL_NAMED_AGAIN_BEFORE_AGE.search(text[: mention.start])
        if noun is None:
            continue
        said_with = (
            rf"\b(?:a|an|one)\s+{noun['noun']}\s+(?:in|from)\s+$",
            rf"^[a-z]*\s*\d{{1,2}}\s+{noun['noun']}\b",
        )
        years = [
            (at, year)
            for at, year in enumerate(placed)
            if year.start < mention.start
            and not year.exact
            and year.person in ("pictured", "other")
            and year.deed  # (a side read from a preposition alone may be put right later)
            and year.low <= mention.low <= year.high
            and (
                re.search(said_with[0], text[max(0, year.start - 30) : year.start], _I)
                or re.match(said_with[1], text[year.start :], _I)
            )
        ]
        if len(years) != 1:
            continue
        ((at, year),) = years
        placed[index] = replace(mention, person=year.person, weak=year.weak, deed=year.deed)
        placed[at] = replace(year, covered=True)
    return placed


def _said_again_of_a_pronoun(text: str, found: list[Mention]) -> list[Mention]:
    """ "a 16 year old boy ... Boy thinks it's fine because he's 16": an age said again of
    "he" or "she", the same as an earlier age of the only person of that sex named, is that
    person named again, not a second one (read as two, one of them became the other
    person; development pictured set BA, 2026-12-07). The repeat is dropped."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person is not None or mention.sex is None or not mention.exact:
            continue
        if not PRONOUN_BEFORE_AGE.search(text, 0, mention.start):
            continue
        if _one_person_of_sex(text, mention.sex) and any(
            earlier.start < mention.start
            and earlier.exact
            and earlier.sex == mention.sex
            and earlier.person is None
            and (earlier.low, earlier.high) == (mention.low, mention.high)
            for earlier in found
        ):
            placed[index] = replace(mention, person="skip")
    return placed


def _owner_of_the_images(text: str, found: list[Mention]) -> list[Mention]:
    """ "my son 13 got a msg ... saying they have his nudes": the only child of that sex,
    placed as the one the message was sent to, is the one in the images. Only when no one
    is placed in the image yet and every "his/her nudes" names the same sex."""
    owners = {_sex(m["owner"]) for m in OWNED_IMAGES.finditer(text)}
    if len(owners) != 1 or any(m.person in ("pictured", "both") for m in found):
        return found
    sex = owners.pop()
    children = [m for m in found if m.high < ADULT_AGE and m.person != "skip" and m.sex == sex]
    if len(children) != 1 or children[0].person != "other":
        return found
    return [replace(m, person="pictured", weak=False) if m is children[0] else m for m in found]


def _shown_by(text: str, found: list[Mention], adult: Mention) -> bool:
    """Whether the adult is the one ``SHOWED_THEMSELVES`` says showed themselves."""
    for shown in SHOWED_THEMSELVES.finditer(text):
        start = _sentence_start(text, shown.start())
        before = [m for m in found if start <= m.start < shown.start() and m.person != "skip"]
        if before and before[-1] is adult:
            return True
        if ADULT_DID_IT.search(text[start : shown.start()]):
            return True  # "a man exposed himself to him ... The police say the man is 52"
    return False


#: An adult named right before the deed, with no age of their own there.
ADULT_DID_IT = re.compile(
    r"\b(?:a|an|the|this|some)\s+(?:[\w'-]+\s+){0,2}?(?:man|male|woman|guy|bloke|adult|lady)\s+"
    r"(?:[\w'-]+\s+){0,3}?$",
    _I,
)


def _received_from(text: str, found: list[Mention], adult: Mention) -> bool:
    """Whether the adult is the first age said after a child ``RECEIVED_FROM`` someone."""
    for received in RECEIVED_FROM.finditer(text):
        if OWN_IMAGE_SAID.search(text, received.end()):
            continue  # "Child then sent image of herself": the child's own image is the concern
        reach = _sentence_end(text, _sentence_end(text, received.end()) + 1)
        after = [m for m in found if received.end() <= m.start < reach and m.person != "skip"]
        if after and after[0] is adult:
            return True
    return False


#: "Susp aged 52 sent an image of himself to IP aged 14", "A 12-year-old girl was sent a
#: picture of his penis by her 14-year-old cousin" (the active form only): the sender's
#: own image, sent to someone.
SENT_OWN_IMAGE_TO = re.compile(
    rf"\b(?:sent|sends|sending|send|airdropped|snapchatted|dm['’]?d|messaged|forwarded|showed|shown)\s+"
    rf"(?:(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE})\s+of\s+(?:(?:him|her|them)sel(?:f|ves)|self\b|"
    rf"(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}|"
    # "sent unsolicited img of genitals to V": a body with no one else's name on it
    r"(?:genitals|genitalia|penis|privates|dick|cock))|"
    # "sent a nude selfie to a girl in Year 10": a selfie is of the one who took it
    r"(?:[\w'-]+\s+){0,3}?selfies?)[^.;!?\n]*?\bto\b",
    _I,
)
#: "she was sent an explicit video of Susp, who is 16": the person after "of" is in it.
WAS_SENT_IMAGE_OF = re.compile(
    rf"\b(?:was|were|been|got|gets|has\s+been|have\s+been)\s+sent\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{IMAGE})\s+of\s+(?!(?:him|her|them)sel)",
    _I,
)
OWN_IMAGE_SAID = re.compile(r"\bof\s+(?:him|her|them)sel(?:f|ves)\b", _I)
#: Two ages said as one list: "15 and 16", "14, 15".
LISTED_WITH = re.compile(r"^\S+\s*(?:,|and|&|,\s*and)\s*$", _I)
#: How far after "an image of" the pictured person's age may be: "of Susp, who is 16".
IMAGE_OF_REACH = 40


def _sender_of_own_image(text: str, found: list[Mention]) -> list[Mention]:
    """The sender of their own image is pictured and its recipient the other person,
    whoever they are (an adult suspect, a child): "Susp aged 52 sent an image of himself to
    IP aged 14". The sender is the last age said before the verb in its sentence, the
    recipient the first after "to"."""
    placed = list(found)
    if len(OWN_IMAGE_SAID.findall(text)) > 1:
        return placed  # two people's own images ("She had sent him one of herself first")
    for sent in SENT_OWN_IMAGE_TO.finditer(text):
        start = _sentence_start(text, sent.start())
        end = _sentence_end(text, sent.end())
        senders = [i for i, m in enumerate(found) if start <= m.start < sent.start()]
        takers = [i for i, m in enumerate(found) if sent.end() <= m.start < end]
        if not senders or not takers or CHILD_SENT_BACK.search(text) or MUTUAL.search(text):
            continue
        if "skip" in (found[senders[-1]].person, found[takers[0]].person):
            continue  # a claimed age ("someone who said he was 16") is no one's
        sender, taker = senders[-1], takers[0]
        placed[sender] = replace(found[sender], person="pictured", weak=False, deed=True)
        if len(senders) > 1 and LISTED_WITH.match(
            text[found[senders[-2]].start : found[sender].start]
        ):
            # "Two girls, 15 and 16, sent a joint topless selfie": both are in it
            placed[senders[-2]] = replace(
                found[senders[-2]], person="pictured", weak=False, deed=True
            )
        if found[taker].person == "pictured":  # "to IP aged 14": the victim received it
            placed[taker] = replace(found[taker], person="other", weak=False)
    return placed


#: The image a deed names is of a "her" or a "him": "and sent him a pic of her boobs"; a
#: reflexive names the one in it whatever follows ("16 y/o girl sent explicit pic of
#: himself by a man": his; development pictured set AZ, 2026-12-07).
IMAGE_OF_HER_OR_HIM = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?P<who>herself|himself|(?:her|his)\b(?!\s+(?:to|by|with)\b))\b", _I
)
#: The sender's own image, sent to someone named without "to": "some lassie in S4 has been
#: sending him pictures of herself", "Susp sent V multiple pics of his genitals".
SENT_OWN_IMAGE_DATIVE = re.compile(
    rf"(?:(?P<sender>\b[A-Z][A-Za-z]{{1,5}})\s+)?\b(?:sent|sends|sending|send)\s+"
    # ("my mates 17 yr old bf sent my mate a pic of his dick, shes 13")
    rf"(?P<taker>him|her|them|V|IP|[A-Z][a-z]{{2,}}|my\s+(?:best\s+)?(?:mate|friend|pal|bestie))\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:(?:{IMAGE})\s+of\s+"
    rf"(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}|"
    # "sending him pictures of her in her bra": the pronoun names the sender, not "him"
    r"(?P<pronoun>him|her)(?=\s+(?:in|wearing|naked|nude|topless|undressed|posing|with\s+(?:no|nothing))\b))|"
    # "Susp 16 sent her an unsolicited dick pic": a picture named by his own body
    r"(?P<male>(?:d\W?ck|dick|cock|willy|penis)\s+(?:pics?|photos?|pictures?|images?|videos?|vids?)))\b",
)


def _sender_of_own_image_to_someone(text: str, found: list[Mention]) -> list[Mention]:
    """The dative form of :func:`_sender_of_own_image`. The sender is the last age said
    before the verb in its sentence, or the age written after the sender's label earlier
    ("Susp: M 23. ... Susp sent V ..."); the one it was sent to is the earlier age in the
    sentence, or the age after their label ("V: F 13")."""
    sent = SENT_OWN_IMAGE_DATIVE.search(text)
    if sent is None or CHILD_SENT_BACK.search(text) or len(OWN_IMAGE_SAID.findall(text)) > 1:
        return found
    if sent["pronoun"] and sent["pronoun"].lower() == sent["taker"].lower():
        return found  # "sending her pictures of her in ...": of the one who got them, or not
    start = _sentence_start(text, sent.start())
    before = [
        m for m in found if start <= m.start < sent.start() and m.person != "skip" and not m.covered
    ]
    sender = before[-1] if before else _labelled(text, found, sent["sender"])
    taker = before[-2] if len(before) > 1 else _labelled(text, found, sent["taker"])
    # whose body: "of herself", or "of her boobs" (the possessive names the sex as well)
    whose = IMAGE_OF_HER_OR_HIM.search(sent.group(0))
    own_sex = (
        _self_word_sex(sent.group(0))
        or (_sex(whose["who"]) if whose else None)
        or ("male" if sent["male"] else None)
    )
    if sender is not None and taker is None:
        # "V M/13 Y8. Susp F/19 sent him videos of herself": "him" is the one labelled
        # earlier whose sex it names, said in one place ("M/13 Y8" is one boy)
        takers = _named_by_pronoun(text, found, sent, sender)
        if takers and own_sex not in (None, takers[0].sex) and sender.sex in (None, own_sex):
            return _placed(found, pictured=[sender], other=takers)
        if sent["taker"].lower().startswith("my "):
            # "... bf sent my mate a pic of his dick, shes 13": her age, said after
            after = [
                m
                for m in found
                if sent.end() <= m.start < _sentence_end(text, sent.end()) and m.person != "skip"
            ]
            if (
                len(after) == 1
                and own_sex is not None
                and after[0].sex not in (None, own_sex)
                and sender.sex in (None, own_sex)
            ):
                return _placed(found, pictured=[sender], other=after)
    if sender is None or taker is None or sender is taker:
        return found
    if APPROACHED_HEAD.search(text[start : sender.start]):
        # "Fella in his 50s messaging a 12 yr old and sending her pics of himself": the last
        # age before the verb is the one messaged, who was sent it (development pictured
        # set AZ, 2026-12-07)
        sender, taker = taker, sender
    if own_sex is not None and sender.sex not in (None, own_sex):
        if taker.sex != own_sex:
            return found
        # "messaging a man of thirty-two and has sent him photographs of herself": the
        # last age before the verb is the one it was sent to; "herself" names the sender
        sender, taker = taker, sender
    return _placed(found, pictured=[sender], other=[taker])


#: How far apart two ages may be and still be said of one person: "V M/13 Y8".
ONE_PLACE = 15
#: A victim's label: "V 14yo", "IP F/15".
VICTIM_LABEL = re.compile(r"\b(?:v|ip|victim)\W{0,3}(?:[mf]\W{0,2})?$", re.IGNORECASE)


def _named_by_pronoun(
    text: str, found: list[Mention], sent: re.Match[str], sender: Mention
) -> list[Mention]:
    """The ages of the one a pronoun ("sent him ...") names: every age of that sex said
    before the sentence, when all are said in one place; failing a sex, the victim's label
    ("V 14yo. Susp 16 sent her an unsolicited dick pic")."""
    pronoun = sent["taker"].lower()
    if pronoun not in ("him", "her"):
        return []
    sex = "male" if pronoun == "him" else "female"
    start = _sentence_start(text, sent.start())
    earlier = [m for m in found if m.start < start and m is not sender and m.person != "skip"]
    named = [m for m in earlier if m.sex == sex] or [
        m for m in earlier if m.sex is None and VICTIM_LABEL.search(text[: m.start])
    ]
    if not named or named[-1].start - named[0].start > ONE_PLACE:
        return []
    return named


def _placed(
    found: list[Mention], *, pictured: list[Mention], other: list[Mention]
) -> list[Mention]:
    """The mentions with these placed in the image (by a deed) and these on the other side."""
    in_image = {id(m) for m in pictured}
    beside = {id(m) for m in other}
    return [
        replace(m, person="pictured", weak=False, deed=True)
        if id(m) in in_image
        else replace(m, person="other", weak=False)
        if id(m) in beside
        else m
        for m in found
    ]


def _labelled(text: str, found: list[Mention], label: str | None) -> Mention | None:
    """The age written right after a label ("Susp: M 23", "V (F 13)"), or None."""
    if not label or label.lower() in ("him", "her", "them"):
        return None
    pattern = re.compile(rf"\b{re.escape(label)}\W{{0,3}}(?:[MF]\W{{0,2}})?$")
    labelled = [m for m in found if pattern.search(text[: m.start])]
    return labelled[0] if len(labelled) == 1 else None


def _received_image_of_someone(text: str, found: list[Mention]) -> list[Mention]:
    """ "IP is 15; she was sent an explicit video of Susp, who is 16": of two people, the
    one whose age follows "was sent a video of" is pictured, the other received it."""
    sent = WAS_SENT_IMAGE_OF.search(text)
    people = [m for m in found if m.person != "skip"]
    if sent is None or len(people) != 2:
        return found
    shown = [m for m in people if sent.end() <= m.start <= sent.end() + IMAGE_OF_REACH]
    if len(shown) != 1:
        return found
    return [
        replace(m, person="pictured" if m is shown[0] else "other", weak=False)
        if m in people
        else m
        for m in found
    ]


#: "A 13yo and her 11yo friend both appear in a topless pic": everyone named before it is
#: in the image.
BOTH_IN_THE_IMAGE = re.compile(
    rf"\b(?:both|all)\s+(?:of\s+them\s+)?(?:appear|appeared|are|were|feature|featured|shown|pictured)\s+"
    rf"(?:in|on)\s+(?:it|them|the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})?|"
    # "Mason 14, Leo 15 and Finn 13 are all in the video", "... and a boy in S4 were in the video"
    rf"\b(?:are|were)\s+(?:all\s+|both\s+)?in\s+(?:the|a|this|that|one)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b",
    _I,
)


#: Filming an act with someone: "an 11-year-old boy filmed a sexual act with his
#: 11-year-old cousin". Both are in the image, and each made it with the other.
FILMED_ACT_WITH = re.compile(
    r"\b(?:filmed|recorded|videoed|photographed)\s+(?:a\s+|an\s+)?(?:sex(?:ual)?\s+acts?|sex|"
    r"(?:him|her|them)sel(?:f|ves)\s+(?:having\s+sex|doing\s+(?:stuff|things)))\s+"
    r"(?:[\w'-]+\s+){0,2}?with\b|"
    # "showing everyone a video of him having sex with a girl (15)": the act in the image
    # (development pictured sets, 2026-12-08)
    rf"\b(?:{IMAGE})\s+of\s+(?:him|her|them)(?:sel(?:f|ves))?\s+(?:having\s+sex|doing\s+(?:stuff|things))\s+"
    r"(?:[\w'-]+\s+){0,2}?with\b",
    _I,
)


def _both_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    act = FILMED_ACT_WITH.search(text)
    if act is not None:
        start, end = _sentence_start(text, act.start()), _sentence_end(text, act.end())
        return [
            replace(m, person="both", weak=False)
            if start <= m.start < end and m.high < ADULT_AGE
            else m
            for m in found
        ]
    said = BOTH_IN_THE_IMAGE.search(text)
    if said is None:
        return found
    start = _sentence_start(text, said.start())
    return [
        replace(m, person="pictured", weak=False) if start <= m.start < said.start() else m
        for m in found
    ]


#: The year group of the person typing, and a child of it: "Head of Year 9 here. A nude of
#: one of my girls ...", "I'm the Y10 pastoral lead and one of my lot ...".
TYPISTS_YEAR = re.compile(
    r"\bhead\s+of\s+(?P<year>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6])\b|"
    r"\b(?P<lead>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6])\s+(?:lead|leader|pastoral\s+lead|progress\s+leader|"
    r"co-?ordinator|team\s+leader)\b|"
    # "Y5 teacher in Bristol - two boys ...", "Year 9 tutor here" (not "Year 9 tutor group")
    r"\b(?P<staff>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6]|p\s*[1-7])\s+(?:class\s+|form\s+)?(?:teacher|tutor)\b(?!\s+group)|"
    # a pupil typing: "a girl in my year sent me a nude ... im in year 10"
    r"\b(?:i['’]?m|im|i\s+am)\s+(?:in\s+)?(?P<pupil>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6])\b",
    _I,
)
ONE_OF_MINE = re.compile(
    r"\bone\s+of\s+(?:my|our)\s+(?:girls|boys|lot|pupils|students|kids|tutees|lads|lasses)\b|"
    # "one of the boys in my year", "a girl in my year group"
    r"\b(?:one\s+of\s+the\s+(?:girls|boys|lads|lasses|pupils|students|kids)|(?:a|one)\s+(?:girl|boy|lad|lass|pupil|student)|"
    r"someone|somebody)"
    r"\s+in\s+my\s+(?:year|year\s+group)\b|"
    r"\b(?:my|our)\s+(?:tutee|pupil|student)\b|"
    # "Y5 teacher in Bristol - two boys took photos of each other's bums": pupils with no
    # year of their own, in the class the typist teaches
    r"\b(?:two|2|three|3|a\s+couple\s+of|a\s+few|some|several)\s+(?:boys|girls|lads|lasses|pupils|children|kids)\s+"
    r"(?:have\s+|had\s+)?(?:took|taken|sent|shared|swapped|filmed|made|were|are)\b|"
    # "Head of Year 9 here. ... fake nudes of girls in the year"
    r"\b(?:girls|boys|lads|pupils|students)\s+in\s+(?:the|our)\s+(?:year|year\s+group)\b|"
    # "Head of Year 9 in Bridgend. Girl sent a semi-nude to a boy in Year 10": a pupil with
    # no year of their own opening a sentence of the head of year's message
    r"(?:^|(?<=[.:;]\s))(?:a\s+)?(?:girl|boy|lad|lass|pupil|student)\s+(?:has\s+|had\s+)?"
    r"(?:sent|took|shared|made|filmed|posted)\b",
    _I,
)


def _one_of_the_typists_year(
    text: str, found: list[Mention], ends: list[int], jurisdiction: str
) -> tuple[list[Mention], list[int]]:
    """ "Head of Year 9 here. A nude of one of my girls": the girl is in the typist's year
    group, a person with that school year (when no one else is placed in the image)."""
    year = TYPISTS_YEAR.search(text)
    mine = ONE_OF_MINE.search(text)
    if year is None or mine is None:
        return found, ends
    # "Head of Year 10 here. A boy in my year has nudes of a Year 8 girl": with someone else
    # placed in the image, the typist's pupil is in it only by a deed of the other side
    # (development pictured sets, 2026-12-08)
    side = None
    if any(m.person == "pictured" for m in found):
        if _by_action(text[mine.end() :]) != "other":
            return found, ends
        side = "other"
    if year["staff"] and found:
        # "a Year 12 form teacher ... One of my pupils, a girl who's 15": her own age says
        # it; the class is the pupils' year only when nothing else gives an age
        return found, ends
    ages = school_year_ages(
        year["year"] or year["lead"] or year["staff"] or year["pupil"], jurisdiction
    )
    if ages is None:
        return found, ends
    # "two boys took photos of each other's bums": both are in the images, and each holds one
    mutual = MUTUAL_AFTER.match(text[mine.end() :]) is not None
    said = Mention(
        ages[0],
        ages[1],
        mine.start(),
        exact=False,
        person="both" if mutual else side,
        said=year.group(0),
    )
    return [*found, said], [*ends, mine.end()]


#: What pupils did to each other, right after them: "two boys took photos of each other's".
MUTUAL_AFTER = re.compile(r"^[^.!?]{0,40}?\b(?:each\s+other|one\s+another)\b|^\s*swapped\b", _I)


#: Only asked to send one back ("asked her to send one back. V 13F, didn't send"): not done.
ASKED_TO_SEND = re.compile(r"(?:to|into)\s", _I)


def _received_then_sent_back(text: str, found: list[Mention]) -> list[Mention]:
    """ "an S1 pupil, 12, receives a nude from a 17 year old boy, and he keeps messaging her
    until she sends one back. He then shares hers": the child who received one and sent
    one back is in the image of concern; the sender of the first is the other person."""
    back = CHILD_SENT_BACK.search(text)
    if back is None or "back" not in back.group(0).lower():
        return found  # "which he did", "she sent him one": no image came to her first
    adults_shown = [m for m in found if m.person == "pictured" and m.low >= ADULT_AGE]
    children = [m for m in found if m.person == "other" and m.high < ADULT_AGE]
    if not children:
        # "One of my lads (16) ... an older guy ... sending him dick pics ... he sent a couple
        # back": the one child, placed by nothing else (development pictured set BA, 2026-12-07)
        children = [m for m in found if m.person is None and m.high < ADULT_AGE]
    if adults_shown and len(children) == 1:
        # "hes sent her pictures of himself and shes sent some back": both are in images,
        # and the child, the youngest shown, is the child pictured (CONTRACT §1)
        return [
            replace(m, person="pictured", weak=False)
            if m is children[0]
            else replace(m, person="other")
            if m in adults_shown
            else m
            for m in found
        ]
    if not adults_shown and found == children and not ASKED_TO_SEND.match(back.group(0)):
        # "My lad's in Year 9. A bloke off Fortnite sent him a photo of his own privates and
        # then my son sent one back of himself": the one age said is the child's, who is in
        # the image sent back (development pictured sets, 2026-12-07)
        return [replace(m, person="pictured", weak=False) for m in found]
    said = [m for m in found if m.person != "skip"]
    one_child = len(children) == 1 and {(m.low, m.high) for m in said} == {
        (children[0].low, children[0].high)
    }
    if (
        one_child
        and all(m.person != "pictured" for m in said)
        and not ASKED_TO_SEND.match(back.group(0))
    ):
        # "We have a P7 pupil ... the P7 boy has been sent images by a man and has sent back
        # images of himself": one child named twice, who sent one back (development pictured
        # sets, 2026-12-08)
        return [
            m if m.person == "skip" else replace(m, person="pictured", weak=False) for m in found
        ]
    first = [m for m in found if m.person == "pictured" and m.deed and m.high < ADULT_AGE]
    rest = [m for m in found if m.person in (None, "other") and m.high < ADULT_AGE]
    if not adults_shown and len(first) == 1 and len(rest) == 1:
        # "15yo boy ... sent a nude to a girl ..., she's 14, and she has sent him some
        # back": two children, each in an image; an exchange (CONTRACT §1: the youngest
        # pictured, the oldest the other person)
        return [
            replace(m, person="both", weak=False) if m is first[0] or m is rest[0] else m
            for m in found
        ]
    receivers = [m for m in found if m.person == "other" and m.deed and m.high < ADULT_AGE]
    senders = [m for m in found if m.person in ("other", "pictured") and m not in receivers]
    if len(receivers) != 1 or not senders or any(m.person == "pictured" and m.deed for m in found):
        return found
    return [
        replace(m, person="pictured" if m is receivers[0] else "other", weak=False)
        if m is receivers[0] or m in senders
        else m
        for m in found
    ]


#: What the image shows: "a photo by a girl of 14 showing another girl aged 13 naked",
#: "the pics ... show his 13-year-old sister in the shower", "Images depict the IP aged
#: between 12 and 14", "the picture is of the Y11", "The one in the photo is the adult, a
#: 21-year-old woman", "pictured boy 14".
SHOWS = re.compile(
    # (not the deed: "and showing her friend (also 8)", "he's been showing people")
    rf"\b(?:shows|(?<!\band\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!keeps\s)(?<!kept\s)showing|"
    rf"depict(?:s|ing)|featur(?:es|ing)|(?:{IMAGE})\s+(?:is|are|was|were)\s+of|"
    rf"pictured(?!\s*\))(?!\s+(?:in|on)\b)|the\s+one\s+in\s+(?:the|it)\s+(?:{IMAGE})?\s*(?:is|was))\b",
    _I,
)
#: The one shown named by a pronoun alone: "a photo on her sister's phone showing her in
#: the bath, which the sister (S3, 14) sent on" (development pictured sets, 2026-12-08).
SHOWN_BY_PRONOUN = re.compile(
    r"\s+(?:her|him|them)\b(?=\s*(?:[,.;!?]|$|(?:in|on|at|with|naked|nude|topless|undressed|"
    r"getting|doing|having|without|during|being)\b))",
    _I,
)
#: How far after those words the shown person's age may be.
SHOWN_REACH = 45


def _shown_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """The person an image is said to show is pictured; anyone placed in it only by a weak
    reading (a preposition, a guess) is then the other person. Only one such statement."""
    said = [m for m in SHOWS.finditer(text) if _image_near(text, m)]
    if len(said) != 1:
        return found
    end = said[0].end()
    if SHOWN_BY_PRONOUN.match(text, end):
        return found  # "showing her in the bath": a pronoun, so a later age is not hers
    person = _first_age_after(text, found, end, SHOWN_REACH)
    if person is None:
        return found
    if re.search(r"\b(?:and|both)\b|&", text[end : person.start], _I):
        return found  # "It shows her and her boyfriend": more than one person in it
    return _into_the_image(
        found,
        person,
        lambda m: (
            not m.deed and m.low != person.low and not _said_again_in_brackets(text, person, m)
        ),
    )


#: The one an image is of, then how old they look: "pictures of a naked teenage girl, she
#: looked about 13 or 14", "a video of a girl who looks older, maybe 15 or 16" (read up
#: to the looking word; the pronoun, when said, is of the same sex as the noun).
IMAGE_OF_ONE_WHO_LOOKS = re.compile(
    rf"\b(?:{IMAGE})\b[^.!?]{{0,30}}?\bof\s+(?P<det>a|an|the|this|some)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?P<who>girl|boy|lad|lass|man|woman|guy|bloke)\b[^.!?]{0,30}?"
    r"(?:,\s*(?P<pronoun>she|he)|\bwho)\s+$",
    _I,
)


def _looks_of_the_one_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """The age the one an image is of is said to look is the pictured age; anyone placed in
    the image only by the words around their own age is then the other person ("They got
    it off a lad of about 17": he passed on an image of a girl). Only one such statement
    (development pictured set AZ, 2026-12-07)."""
    said = []
    for looked in LOOKS_AGE.finditer(text):
        image = IMAGE_OF_ONE_WHO_LOOKS.search(text[: looked.start()])
        if image is None:
            continue
        if image["pronoun"] and _sex(image["pronoun"]) != _sex(image["who"]):
            continue
        person = next((m for m in found if m.start == looked.start("num")), None)
        if person is not None and person.person != "skip":
            said.append(person)
    if len(said) != 1:
        return found
    person = said[0]
    return _into_the_image(found, person, lambda m: not m.deed and m.low != person.low)


#: The same person's age in brackets right after them: "a Year 9 girl (she is 14)".
SAME_IN_BRACKETS = re.compile(
    r"[\w\s'’-]{0,12}\(\s*(?:(?:she|he|they)\s*(?:is|was|['’]s|are)?|aged?|now)?\s*", _I
)


def _said_again_in_brackets(text: str, first: Mention, then: Mention) -> bool:
    """ "The photo is of a Year 9 girl (she is 14)": the age in the bracket is hers."""
    between = text[first.start + len(first.said) : then.start]
    return then.start > first.start and SAME_IN_BRACKETS.fullmatch(between) is not None


#: The age someone was when the image was made, said right after it: "images she sent at
#: 14", "Images taken of her aged 15", "a photo of him at 12".
AGE_IN_THE_IMAGE_BEFORE = re.compile(
    rf"\b(?:{IMAGE})\s+(?:(?:she|he|they)\s+)?(?:(?:sent|took|made|posted|shared|taken|filmed|recorded)\s+)?"
    r"(?:of\s+(?:her|him|them)(?:sel(?:f|ves))?\s+)?(?:at|aged?)\s+(?:only\s+|just\s+|about\s+)?$|"
    # "a pic of me from when i was in year 7"
    rf"\b(?:{IMAGE})\s+(?:of\s+(?:me|her|him|them)\s+)?from\s+when\s+(?:i|she|he|they)\s+(?:was|were)\s+(?:in\s+)?$|"
    # "Pupil (15) sent nudes at 13 to an older boy"
    rf"\b(?:sent|took|taken|made|posted|shared)\s+(?:(?:a|an|some|her|his|the)\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\s+at\s+"
    r"(?:only\s+|just\s+|age\s+)?$",
    _I,
)
#: "told me that at 16 her foster brother took topless pics of her": an age at the head of
#: a clause that tells of an image made or sent, the age of the one in it then.
AT_AGE_CLAUSE = re.compile(r"(?:\bthat|\bwhen|^|[.;,])\s*at\s+(?:only\s+|just\s+|age\s+)?$", _I)


def _age_when_the_image_was_made(text: str, found: list[Mention]) -> list[Mention]:
    """An age said right after the image, as the age at which it was sent or taken, is the
    pictured child's then ("V F/17 ... images she sent at 14": 14, not 17; the later age
    is then not the youngest said of the child), whatever the words after it say was done
    with the image ("images from when she was in Year 8 are being shared")."""
    return [
        replace(m, person="pictured", weak=False)
        if m.person != "skip"
        and (
            AGE_IN_THE_IMAGE_BEFORE.search(text[: m.start])
            or (
                AT_AGE_CLAUSE.search(text[: m.start])
                and re.search(rf"\b(?:{IMAGE})\b", text[m.start : _sentence_end(text, m.start)], _I)
            )
        )
        else m
        for m in found
    ]


#: The image dated by the age of the one in it: "a nude of her from when she was 16",
#: "images taken when she was 12".
IMAGE_DATED_WHEN_BEFORE = re.compile(
    rf"\b(?:{IMAGE})\s+(?:of\s+(?:her|him|them)\s+)?(?:(?:taken|sent|made|filmed|recorded)\s+)?"
    r"(?:from\s+)?when\s+(?:she|he|they)\s+(?:was|were)\s+(?:only\s+|just\s+|about\s+)?$",
    _I,
)


def _present_age_before_the_dated_one(text: str, found: list[Mention]) -> list[Mention]:
    """The age said right before an image dated by the pictured child's earlier age, older
    and of nobody yet, is that child's age now: "A 17-year-old student has reported that
    her ex has been sharing a nude of her from when she was 16", "15F, images taken when
    she was 12" (development pictured sets, 2026-12-08); a child's still (not "a teacher
    (then 35) groomed her into sending images when she was 14"). It is dropped, as a pictured
    child's later age is (``pictured_age`` is the age when the image was made), and so
    not read as the other person's."""
    said = [m for m in found if m.person != "skip"]
    now: list[Mention] = []
    for before, dated in pairwise(said):
        if (
            dated.person == "pictured"
            and IMAGE_DATED_WHEN_BEFORE.search(text[: dated.start])
            and before.person is None
            and before.exact
            and dated.high < before.low < ADULT_AGE
            and (before.sex is None or before.sex == dated.sex)
        ):
            now.append(before)
    return [replace(m, person="skip") if m in now else m for m in found]


def _first_age_after(text: str, found: list[Mention], end: int, reach: int) -> Mention | None:
    """The first age said within ``reach`` characters after ``end``, if it is in the same
    sentence (a bystander's age set aside does not count)."""
    after = [m for m in found if end <= m.start <= end + reach and m.person != "skip"]
    if not after or _sentence_end(text, end) < after[0].start:
        return None
    return after[0]


def _into_the_image(
    found: list[Mention], person: Mention, leaves: Callable[[Mention], bool]
) -> list[Mention]:
    """``person`` is in the image (a strong reading); anyone else placed in it for whom
    ``leaves`` is true goes to the other side."""
    return [
        replace(m, person="pictured", weak=False, deed=True)
        if m is person
        else replace(m, person="other", weak=False)
        if m.person == "pictured" and leaves(m)
        else m
        for m in found
    ]


#: Filming up someone's clothes: "upskirted a supply teacher in her 50s", "filmed up the skirt
#: of a female teacher (29)", "took a pic up her skirt". The person filmed is pictured,
#: whoever filmed them.
UPSKIRTED = re.compile(
    r"\b(?:upskirt(?:ed|ing|s)?|(?:filmed|filming|recorded|recording|photographed|videoed|took\s+"
    r"(?:a\s+)?(?:photo|photos|pic|pics|picture|pictures|video|videos))\s+up\s+(?:the\s+|a\s+)?"
    r"(?:skirt|dress)\s+of)\b",
    _I,
)
#: How far after those words the filmed person's age may be: "a woman on the bus, a
#: teacher from his school in her 40s".
UPSKIRTED_REACH = 70


def _filmed_up_their_clothes(text: str, found: list[Mention]) -> list[Mention]:
    """ "Pupil M/14 filmed up the skirt of a female teacher (29)": the first age after the
    words, in the same sentence, is the person filmed, so pictured, and the one who filmed
    is the other person (an adult filmed by a child is the pictured person, CONTRACT §1)."""
    said = [
        (words, filmed)
        for words in UPSKIRTED.finditer(text)
        if (filmed := _first_age_after(text, found, words.end(), UPSKIRTED_REACH))
    ]
    whose = [(words, filmed) for words, filmed in said if words.group(0).lower().endswith("of")]
    if len(said) > 1 and len(whose) == 1:
        # "Upskirting on the tram - 17yo M arrested for filming up the skirt of a woman,
        # since identified as 22": the words that name whose skirt it was say who is in it
        # (development pictured sets, 2026-12-08)
        said = whose
    if len(said) != 1:
        return found
    words, person = said[0]
    if PASSIVE_BY.search(text[words.end() : person.start]):
        # "F/16 upskirted on the school stairs by a Y10 lad": the age after "by" filmed her
        start = _sentence_start(text, words.start())
        before = [m for m in found if start <= m.start < words.start() and m.person != "skip"]
        if not before:
            return found
        return _placed(found, pictured=[before[-1]], other=[person])
    return _into_the_image(found, person, lambda m: m.start < words.start())


#: A member of staff: "our PE teacher", "a female staff member", "one of our teaching
#: assistants", "Ms Jones" (not "the TA's daughter": someone of theirs).
STAFF = (
    r"(?:(?:teachers?|tas?|teaching\s+assistants?|staff(?:\s+members?)?|members?\s+of\s+staff|"
    r"lecturers?|tutors?|coach(?:es)?|"
    # "AI nude of our head of maths (woman, mid 30s)": a head of a subject or year, or of the
    # school (development pictured set BA, 2026-12-07)
    r"heads?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:department|dept|year|maths?|english|science|pe|"
    r"history|geography|music|art|drama|re|ict|computing|languages|mfl|sixth\s+form|ks\d)|"
    r"(?:head|deputy|assistant)\s*teachers?|head(?:master|mistress)s?|deputy\s+heads?|principals?)\b|"
    r"(?-i:(?:Mr|Mrs|Ms|Miss)\b))(?!['’]s)"
)
#: Words that put a member of staff in the image: "an AI nude of Mr T, our PE teacher",
#: "deepfaked his maths teacher (F, 29) naked", "covertly filming a female staff member,
#: 23", "an AI image ... that shows one of our teaching assistants naked", "Female teacher
#: (29) has had an AI nude made of her", "put Mr Hughes face on a naked body".
STAFF_IN_IMAGE = re.compile(
    rf"\b(?:{IMAGE}|footage|nudes?)\s+of\s+(?:(?:one|some|two|several)\s+of\s+)?"
    rf"(?:(?:our|a|an|the|his|her|their|my)\s+)?(?:[\w'’-]+\s+){{0,2}}?{STAFF}|"
    # "fake naked pictures of two girls in his class and of one of our teaching assistants":
    # a second one in the images (development pictured set AZ, 2026-12-07)
    rf"\b(?:{IMAGE}|footage|nudes?)\s+of\s+[^.;!?]{{0,60}}?\band\s+(?:also\s+)?of\s+"
    rf"(?:(?:one|some|two|several)\s+of\s+)?(?:(?:our|a|an|the|his|her|their|my)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{STAFF}|"
    rf"\b(?:filmed|filming|films|deep-?faked|photographed|recorded|recording)\s+(?:covertly\s+)?"
    rf"(?:(?:his|her|their|a|an|the|our|my)\s+)?(?:[\w'’-]+\s+){{0,2}}?{STAFF}|"
    rf"\bshows?\s+(?:one\s+of\s+)?(?:our|a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{STAFF}"
    r"\s+(?:naked|nude|topless)|"
    rf"{STAFF}[^.;!?]{{0,40}}?\b(?:has|had)\s+had\s+(?:an?\s+|some\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+made\s+of\s+(?:her|him)\b|"
    r"(?-i:(?:Mr|Mrs|Ms|Miss)\s+[A-Z]\w*)['’]?s?\s+face\s+(?:on|onto)\b|"
    # "teacher deepfake going round yr 11": the staff member named as the fake's subject
    # (development pictured set AZ, 2026-12-07)
    rf"\b{STAFF}\s+(?:deep-?\s?fakes?|(?:ai|fake)\s+nudes?)\b",
    _I,
)
#: The person typing is on the staff, and the image is of them: "I'm a teacher (31).
#: Pupils in Year 8 upskirted me", "a deepfake nude of me (I'm 34)".
TYPIST_ON_STAFF = re.compile(
    r"\b(?:i['’]?m|i\s+am)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:teacher|ta|teaching\s+assistant|"
    r"lecturer|tutor|coach)\b|^\W*(?:[\w-]+\s+)?(?:teacher|lecturer)\s+here\b",
    _I,
)
OF_ME = re.compile(
    rf"\b(?:{IMAGE}|nudes?)\s+of\s+me\b|\bupskirted\s+me\b|\bone\s+of\s+them\s+is\s+of\s+me\b|"
    r"\bmy\s+face\s+(?:on|onto)\b",
    _I,
)


def staff_in_the_image_said(text: str) -> bool:
    """Whether the words put a member of staff in the image (``STAFF_IN_IMAGE``), or the
    person typing is on the staff and the image is of them."""
    return bool(
        STAFF_IN_IMAGE.search(text) or (TYPIST_ON_STAFF.search(text) and OF_ME.search(text))
    )


def _staff_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """ "A Year 9 girl made an AI nude of Mr T, our PE teacher (early 30s)": a member of
    staff, an adult, is the person pictured, and the children who made or passed it on are
    the other people (CONTRACT §1: an adult pictured is out of this guidance's scope unless
    the image was sent to a child, and the record then names the right route). Read only
    when one adult age is said: with two, nothing says which is the staff member's."""
    if not staff_in_the_image_said(text):
        return found
    adults = [m for m in found if m.low >= ADULT_AGE]
    children = [m for m in found if m.high < ADULT_AGE and m.person != "skip"]
    if len(adults) > 1 and _all_named_with_the_staff(text, adults):
        # "nude images of two female members of staff, one in her late 20s and one aged
        # 34": every adult age is said of the staff in the image (development pictured
        # sets, 2026-12-08)
        return _placed(found, pictured=adults, other=children) if children else found
    if len(adults) != 1 or not children:
        return found
    return _placed(found, pictured=adults, other=children)


def _all_named_with_the_staff(text: str, adults: list[Mention]) -> bool:
    """Every adult age is said after the staff put in the image, in that one sentence."""
    said = list(STAFF_IN_IMAGE.finditer(text))
    if len(said) != 1:
        return False
    start = said[0].start()
    end = _sentence_end(text, start)
    return all(start < m.start < end for m in adults)


#: The filming said in the passive: "upskirted on the stairs by ...".
PASSIVE_BY = re.compile(
    r"\bby\s+(?:(?:a|an|the|his|her|their|some|two|\d+)\s+)?(?:[\w'’-]+\s+){0,2}$", _I
)


#: "She's in Year 9 and so is he": a second person in the same school year.
SO_IS = re.compile(
    r"^[^.;!?]{0,20}?\band\s+so\s+(?:is|was|are|were)\s+(?:he|she|they|him|her)\b", _I
)


#: "to a girl in the same year": someone else in the one school year the message gives.
SAME_YEAR_SOMEONE = re.compile(
    r"\b(?:a|another|the|one)\s+(?:girl|boy|lad|lass|pupil|student|kid|child)\s+in\s+the\s+same\s+"
    r"(?:year|year\s+group|class|form)\b|"
    # "The friend in the photo is in the same year" (development pictured sets, 2026-12-08)
    r"\b(?:the|his|her|their)\s+(?:classmate|friend|mate|pal|girl|boy|other\s+(?:child|pupil))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:is|was|who\s+is)\s+(?:also\s+)?in\s+the\s+same\s+(?:year|year\s+group|class)\b|"
    # "fake nudes of girls in the year" (Head of Year 9), "pictures of girls in his year"
    r"\b(?:girls|boys|lads|pupils|students)\s+in\s+(?:the|his|her|their|our|my)\s+(?:year|year\s+group)\b|"
    # "... which she filmed. She's in the same year.": the one just told of, by a pronoun
    # (development pictured sets, 2026-12-08)
    r"\b(?:she|he)\s*(?:['’]s|is|was)\s+in\s+the\s+same\s+(?:year|year\s+group|class|form)\b",
    _I,
)


def _same_year_for_another(
    text: str, found: list[Mention], ends: list[int]
) -> tuple[list[Mention], list[int]]:
    """A school year said again of someone else with "and so is he", or "a girl in the same
    year" when the message gives one school year: a second person."""
    placed, placed_ends = list(found), list(ends)
    for mention, end in zip(found, ends, strict=True):
        again = SO_IS.match(text[end:]) if not mention.exact else None
        if again is not None:
            placed.append(
                replace(mention, start=end + again.start(), person=None, weak=True, sex=None)
            )
            placed_ends.append(end + again.end())
    years = {(m.low, m.high, m.said) for m in found if not m.exact}
    one = ONE_OF_THEIR_YEAR.search(text)
    if (
        len(years) > 1
        and one is not None
        and one["of"]
        and not _year_said_later_on(text, found, one)
    ):
        # "A Year 6 boy ... made fake naked pictures of two girls in his class ... his older
        # brother, who's in Year 9": "his class", the image's, is the year said last before
        # it of someone of that sex (not "of girls in his year and in Year 7": a list of
        # years; development pictured set AZ, 2026-12-07)
        year = _their_year_said_before(found, one)
    elif len(years) == 1:
        year = next(m for m in found if not m.exact)
    else:
        return placed, placed_ends
    same = SAME_YEAR_SOMEONE.search(text) if len(years) == 1 else None
    if year is None:
        pass
    elif same is not None and not any(m.start == same.start() for m in found):
        placed.append(replace(year, start=same.start(), person=None, weak=True, sex=None))
        placed_ends.append(same.end())
    elif one is not None:
        # (not when their own age follows: "a girl in his class (also 11)", "who's 11")
        own_age = any(m.exact and one.end() <= m.start < one.end() + OWN_AGE_REACH for m in found)
        side = None if own_age else _side_of_one_of_their_year(text, one)
        if side is not None:
            placed.append(
                replace(
                    year,
                    start=one.start(),
                    person=side,
                    weak=False,
                    sex=_sex(one["noun"]),  # not covered by the other person's age,
                    said=one.group(0).strip(),  # nor read as their year said again
                    covered=False,
                    deed=True,
                )
            )
            placed_ends.append(one.end())
    chat = THEIR_YEARS_CHAT.search(text)
    if (
        chat is not None
        and not chat["whose"]
        and len({(m.low, m.high) for m in found if not m.exact}) != 1
    ):
        chat = None  # "in the year group chat" with two school years: whose year is unsaid
    if chat is not None and not any(m.start == chat.start() for m in placed):
        # "Son (Year 8) sent a pic of his bum to his class group chat": the classmates who got
        # it are in his school year, the other side (development pictured set AZ, 2026-12-07)
        year = _their_year_said_before(found, chat)
        if year is not None:
            placed.append(
                replace(
                    year,
                    start=chat.start(),
                    person="other",
                    weak=False,
                    sex=None,
                    said=chat.group(0).strip(),
                    covered=False,
                    deed=True,
                )
            )
            placed_ends.append(chat.end())
    return placed, placed_ends


#: The group chat of someone's own class or year, sent to or posted in: "to his class group
#: chat", "in her year's snap group"; or, in a message with one school year, "the" or "a"
#: year group chat: "Yr 10 girl's nudes shared in a year group chat" (development pictured
#: set BA, 2026-12-07).
THEIR_YEARS_CHAT = re.compile(
    r"\b(?:to|in|on|into|onto)\s+(?:the\s+)?(?:(?P<whose>his|her|their)|the|a)\s+"
    r"(?:year|year\s+group|class|form|"
    r"tutor\s+group)(?:['’]s)?\s+(?:group\s*chat|gc|chat|groupchat|snap\s+group|whatsapp(?:\s+group)?|"
    r"insta\s+group|group)\b",
    _I,
)


def _year_said_later_on(text: str, found: list[Mention], one: re.Match[str]) -> bool:
    """A school year said after "his class" in the same sentence."""
    end = _sentence_end(text, one.end())
    return any(not m.exact and one.end() <= m.start < end for m in found)


def _their_year_said_before(found: list[Mention], one: re.Match[str]) -> Mention | None:
    """The school year "his class" or "her year" names: the last said before it, of no
    sex or of the sex of "his"/"her"."""
    sex = _sex(one["whose"]) if one["whose"] else None
    before = [
        m
        for m in found
        if not m.exact and m.start < one.start() and (m.sex is None or sex is None or m.sex == sex)
    ]
    return before[-1] if before else None


#: One person of the school year the message gives, said through another's: "A girl in his
#: class sent him a photo", "some lad in her year sent her a pic", "to a girl in his year".
ONE_OF_THEIR_YEAR = re.compile(
    # (as the subject of its clause, or after "to"/"with"/"by"/"from": not the object of
    # another's deed, "has put a girl from his class through a nudify app")
    r"(?:(?:^|(?<=[.,;:!?])|\b(?:and|but|then|said|says|that)\b)\s*|\b(?P<before>to|with|by|from)\s+|"
    # "made a fake nude of a girl in his class": the one the image is of
    # ("a video on his phone of two girls from his year": where the image is, between)
    rf"\b(?:{IMAGE}|fakes?|deepfakes?)(?:\s+(?:on|in)\s+(?:his|her|their|the|my)\s+[\w-]+)?\s+(?P<of>of)\s+)"
    # ("to girls in his form": several of them)
    r"(?:(?:a|another|one|some|two|three|several)\s+)?(?P<noun>girl|boy|lad|lass|pupil|student|kid)s?\s+"
    r"(?:in|from)\s+(?P<whose>his|her|their)\s+(?:year|year\s+group|class|form|form\s+group|tutor\s+group)\b"
    r"(?!\s*\d)",  # not "a girl in his year 9 class": that year is said of her
    _I,
)


#: How far after "a girl in his class" an age of her own may be said.
OWN_AGE_REACH = 25


def _side_of_one_of_their_year(text: str, one: re.Match[str]) -> Person:
    """The side of that person: sent it to them ("to", "with") makes them the other person;
    the image is of them ("a fake nude of a girl in his class") makes them pictured;
    otherwise what they did next, when it says ("sent him a photo of her chest": pictured;
    "has been using an app to make naked pictures of girls": the other person). Not after
    "by" or "from": "a deepfake of his teacher by a boy in his class" is not his image."""
    if one["of"]:
        return "pictured"
    if one["before"] in ("to", "with"):
        return "other"
    if one["before"] is not None:
        return None
    return _by_action(text[one.end() :], sentence_after(text, one.end()))


def _adult_of_the_pictured_sex(
    text: str, found: list[Mention], sexes: dict[Sex, Person]
) -> list[Mention]:
    """ "The woman is 30 and she's been sending pics of herself to my 14 year old lad": the
    only person of a sex whose own image the words name ("of herself") is pictured, even
    when a noun ("woman") would make an adult the other person."""
    placed = list(found)
    if CHILD_SENT_BACK.search(text):
        return placed  # "... and persuaded her to send images back": hers are the concern
    for index, mention in enumerate(found):
        same_sex = [m for m in found if m.sex == mention.sex and m.person != "skip"]
        own = [m["who"] for m in SELF_OF.finditer(text)]
        if (
            mention.person == "other"
            and mention.low >= ADULT_AGE
            and mention.sex is not None
            and sexes.get(mention.sex) == "pictured"
            and len(same_sex) == 1
            and any(_sex(word) == mention.sex for word in own)
        ):
            placed[index] = replace(mention, person="pictured", deed=True)
    return placed


def _lead_into_lists(found: list[Mention], leading: set[int]) -> list[Mention]:
    """ "A 14 and a 15 year old exchanged nudes": the first age is read as the second is."""
    placed = list(found)
    for index in range(len(placed) - 2, -1, -1):
        mention, following = placed[index], placed[index + 1]
        if mention.start in leading and mention.person is None:
            placed[index] = replace(
                mention, person=following.person, weak=following.weak, deed=following.deed
            )
    return placed


#: A school year naming a group the image went to: "put them in the S4 chat", "the year
#: 9 group chat", "the Y10 snap group".
GROUP_CHAT_AFTER = re.compile(
    r"^\W{0,2}(?:s\s+)?(?:group\s*chat|gc|chat|groupchat|snap\s+group|whatsapp(?:\s+group)?|"
    r"insta\s+group|group)\b",
    _I,
)


def _year_group_chat(text: str, found: list[Mention], ends: dict[int, int]) -> list[Mention]:
    """A school year said of a group chat is the year group that received the image
    ("he put them in the S4 chat"): the other side, by the convention its oldest age. Read
    only of a year said of nobody else, and only while no one is placed on either side
    (who is in it, who sent it on or to whom then says more than the chat)."""
    if any(m.person in ("other", "pictured", "both") for m in found):
        return found
    return [
        replace(m, person="other", weak=True)
        if not m.exact and m.person is None and GROUP_CHAT_AFTER.match(text[ends[m.start] :])
        else m
        for m in found
    ]


#: A pair on one side: "two older boys in Year 13", "2 lads".
PAIR = re.compile(
    r"\b(?:two|2)\s+(?:[\w-]+\s+)?(?:boys|girls|lads|lasses|men|women|males|females|friends|mates|pupils|"
    r"students)\b",
    _I,
)
#: How far after the pair its school year or age may be: "two older boys | in Year 13".
PAIR_REACH = 25
#: "Both are 18", "both 18", "They're both 18".
BOTH_SAID = re.compile(r"\bboth\s+(?:(?:are|were)\s+)?(?:aged?\s+)?$", _I)


def _both_said_of_a_pair(text: str, found: list[Mention]) -> list[Mention]:
    """ "was persuaded by two older boys in Year 13 to send a video. Both are 18": an age
    said of "both" after a pair on the other side (placed there by their own school year or
    age, which this age fits) is the pair's, not the two sides'."""
    pairs = [pair.end() for pair in PAIR.finditer(text)]
    placed = [
        m
        for m in found
        if m.person == "other" and any(0 <= m.start - end <= PAIR_REACH for end in pairs)
    ]
    return [
        replace(m, person="other", weak=False)
        if m.person == "both"
        and (BOTH_SAID.search(text[: m.start]) or m.said.lower().startswith("both"))
        and any(p.start < m.start and p.low <= m.low <= p.high for p in placed)
        else m
        for m in found
    ]


def _mutual_pair(text: str, found: list[Mention]) -> list[Mention]:
    """ "I'm 17 and my girlfriend is 16. We both sent each other nudes": two people only,
    a mutual exchange said anywhere in the message, and neither placed by more than a
    partner noun or a guess: each is pictured and each is the other person."""
    people = [m for m in found if m.person != "skip"]
    if len(people) != 2 and not _two_people_with_their_years(people):
        return found
    # "17yo F and 17yo M filmed themselves": both in the image, each the other's other
    together = THEMSELVES.search(text) and all(m.person == "pictured" and m.deed for m in people)
    if not together and (not MUTUAL.search(text) or any(not m.weak for m in people)):
        return found
    return [replace(m, person="both") if m in people else m for m in found]


#: How far a school year may be from the age said of the same person: "I'm in year 11
#: and im 16", "is in year 10 and she's 14".
YEAR_WITH_AGE_REACH = 30


def _two_people_with_their_years(people: list[Mention]) -> bool:
    """ "I'm in year 11 and im 16. My girlfriend is in year 10 and she's 14": two ages,
    each said with a school year right beside it, are two people, not four (development
    pictured set BA, 2026-12-07)."""
    ages = [m for m in people if m.exact]
    years = [m for m in people if not m.exact]
    return len(ages) == 2 and all(
        any(abs(year.start - age.start) <= YEAR_WITH_AGE_REACH for age in ages) for year in years
    )


THEMSELVES = re.compile(r"\b(?:themselves|each\s+others?)\b", _I)

#: Two people told apart by age only: "14 and 16, the older one filmed the younger one in
#: the shower", "the younger lad sent the older one a pic of himself".
OLDER_OR_YOUNGER_DID = re.compile(
    r"\bthe\s+(?P<doer>older|younger|elder|eldest|youngest|oldest)\s+(?:one|boy|girl|lad|lass|child|kid|sibling|"
    r"brother|sister|cousin|pupil|student)?\s*(?:has\s+|had\s+|then\s+)?"
    r"(?P<verb>filmed|recorded|photographed|took|asked|made|shared|posted|sent|forwarded|airdropped)\b"
    r"(?P<rest>[^.!?]{0,60})",
    _I,
)


#: An image of someone named without an age: "a fake nude of one of his teachers".
IMAGE_OF_SOMEONE = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?:one\s+of\s+)?(?:a|an|the|his|her|their|some)\s+(?:[\w-]+\s+)?"
    r"(?:teachers?|girls?|boys?|women|woman|man|men|lads?|lass|pupils?|students?|classmates?|friends?|"
    r"neighbours?|cousins?|sisters?|brothers?|colleagues?|staff)\b(?!\s*(?:\(|,)?\s*(?:aged?\s*)?\d)",
    _I,
)


def _the_one_left_is_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """ "my son 15 made a fake nude of one of his teachers using an app. she's in her late
    20s": the image is of someone named without an age, the one who made or holds it is
    placed, and the only other age is said of someone of the other sex: theirs is the age
    of the one in the image."""
    if IMAGE_OF_SOMEONE.search(text) is None or any(m.person == "pictured" for m in found):
        return found
    placed = [m for m in found if m.person == "other"]
    left = [m for m in found if m.person is None]
    if len(placed) != 1 or len(left) != 1 or placed[0].sex is None or left[0].sex is None:
        return found
    if placed[0].sex == left[0].sex:
        return found
    return [replace(m, person="pictured", weak=False) if m is left[0] else m for m in found]


def _older_or_younger_did_it(text: str, found: list[Mention]) -> list[Mention]:
    """Two people of different ages that nothing but a guess places, then "the older one filmed
    the younger one": the one who filmed, took, asked for or passed on the image is the
    other person, the one it was done to is pictured; "sent ... of himself" is the
    sender's own image."""
    people = [m for m in found if m.person != "skip"]
    said = OLDER_OR_YOUNGER_DID.search(text)
    placed = any(m.person is not None and not m.weak for m in people)
    if said is None or len(people) != 2 or placed:
        return found  # a guess by sex alone ("two lads ... himself") gives way to these words
    young, old = sorted(people, key=lambda m: (m.low, m.high))
    if (young.low, young.high) == (old.low, old.high):
        return found
    doer_is_older = said["doer"].lower() in ("older", "elder", "eldest", "oldest")
    doer, done_to = (old, young) if doer_is_older else (young, old)
    if said["verb"].lower() in ("sent", "posted") and SELF_IMAGE.search(said["rest"]):
        doer, done_to = done_to, doer  # "the younger one sent a pic of himself": his image
    return [
        replace(m, person="other", weak=False, deed=True)
        if m is doer
        else replace(m, person="pictured", weak=False, deed=True)
        if m is done_to
        else m
        for m in found
    ]


#: The verb two coordinated people share is plural: "... were filmed", "... both sent",
#: not "my son is 13 and a 16 year old lad sent him a video of himself".
PLURAL_VERB_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}?(?:were|are|have|had\s+both|both|all|each|themselves|"
    r"(?:they|them)\b)",
    _I,
)
#: "A 12 year old boy and his 13 year old friend were filmed": two subjects of one verb.
COORDINATED = re.compile(rf"^\W*(?:[\w'-]+\s+){{0,2}}?(?:and|&)\s+(?:{DET}\s+)?$", _I)


#: "girls in year 8 and year 9", "Year 10, 11 or 12": the next item of a list.
LIST_JOIN = re.compile(
    # "to a 14yo boy and a 16yo boy": the noun of the first said before the join
    r"^\s*(?:(?:boy|girl|lad|lass|man|woman|male|female|kid|child|pupil|student)s?\s+)?"
    r"(?:,|and|or|&|/|,\s*and|,\s*or)\s*(?:(?:a|an|another)\s+)?(?:(?:m|f|male|female)\s*,?\s*)?$",
    _I,
)


#: "was sent a fake naked pic of herself": the person who received it is in it.
RECEIVED_OF_SELF = re.compile(
    r"^\W*(?:(?:has|had|have)\s+)?(?:was|were|been|got|gets)\s+(?:sent|given|shown|forwarded|airdropped)\b"
    r"[^.!?]*?\bof\s+(?P<who>herself|himself)\b",
    _I,
)


def _sent_an_image_of_themselves(text: str, span: Span, sex: Sex | None) -> bool:
    """ "my daughter 16 was sent a fake naked pic of herself": received, and of herself, she
    is the person pictured. "my son (14) was sent a photo of herself by a girl" is not:
    the reflexive is of the other sex."""
    found = RECEIVED_OF_SELF.match(_after(text, span.end))
    # "my 15yo got sent an AI nude of herself": no sex said before, the reflexive says it
    return found is not None and (sex is None or _sex(found["who"]) == sex)


#: How far after an age the deed's image is looked for.
DEED_IMAGE_REACH = 14


def _image_of_the_other_sex(text: str, span: Span, sex: Sex | None) -> bool:
    """Whether the image a deed after this age names is of someone of the other sex.

    "my 13 yr old has been talking to a lad in belfast, hes 17, and sent him a pic of her
    boobs": the deed after "hes 17" reads as his own image sent, but the image is hers and
    "him" is the lad; he received it, so he is the other person. Only when the age's own
    sex is known and the image's pronoun names the other one."""
    if sex is None:
        return False
    found = IMAGE_OF_HER_OR_HIM.search(
        first_words(sentence_after(text, span.end), DEED_IMAGE_REACH)
    )
    return found is not None and _sex(found["who"]) not in (None, sex)


def _coordinated(text: str, found: list[Mention], ends: list[int]) -> list[Mention]:
    """Ages said of nobody that share a verb or a list with a placed age.

    "A 12 year old boy and his 13 year old friend were filmed": the first shares the
    deed of the second. "to girls in year 8 and year 9": the second item of a list is
    said of whoever the first is.
    """
    placed = list(found)
    for index in range(len(found) - 2, -1, -1):
        mention, following = placed[index], placed[index + 1]
        between = text[ends[index] : following.start]
        shared = PLURAL_VERB_AFTER.match(text[ends[index + 1] :])
        if mention.person is None and following.deed and COORDINATED.match(between) and shared:
            placed[index] = replace(mention, person=following.person, deed=True)
    for index in range(1, len(placed)):
        mention, previous = placed[index], placed[index - 1]
        joined = LIST_JOIN.match(text[ends[index - 1] : mention.start])
        if joined and mention.person is None and previous.person not in (None, "skip"):
            placed[index] = replace(mention, person=previous.person, weak=previous.weak)
    return placed


SENT_BY_ADULT = re.compile(
    rf"\b(?:(?:was|were|been|got|gets|getting|get)\s+sent|received|receiving)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+"
    # ("received unsolicited images of genitals via Snapchat from an adult male")
    r"(?:of\s+(?:his\s+|her\s+)?(?:genitals|genitalia|penis|privates|himself|herself)\s+)?"
    rf"(?:(?:via|on|over|through)\s+\w+\s+)?"
    rf"(?:by|from)\s+(?:a|an|this|some|the)\s+(?:[\w'-]+\s+){{0,2}}?{_ADULT_NOUN}\b|"
    # "16 y/o girl sent explicit pic of himself by a man": a headline's passive, the "was"
    # left out, the image the sender's own (development pictured set AZ, 2026-12-07)
    rf"\bsent\s+(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\s+of\s+(?:him|her)self\s+by\s+(?:a|an|this|some|the)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:woman|man|lady|guy|bloke|fella|male|female)\b",
    _I,
)
#: An adult named, then (within 20 words of the same telling) what they sent.
_AN_ADULT_THEN = (
    # "a man of 52, a friend of the birth family, sent my foster son (13) a picture", "a man
    # she met online, who she thinks is in his twenties, has sent her pictures"
    # "A male believed to be 23, who she met on Roblox before moving to Snapchat, has sent
    # her a picture of his genitals", "a 40 yr old man on snapchat who sent her a pic"
    # (or opening the message, the article left out: "bloke on fb, thirty-something, sent")
    # (not "The young lady in my care, 16": a girl)
    # ("report from mum: 'man in his 30s' sent her 12 y/o son ...": the adult in quotes)
    rf"(?:\b(?:a|an|this|some|the)\s+(?:[\w'-]+\s+){{0,3}}?|^\W*|['‘\"“])(?<!\byoung\s){_ADULT_NOUN}\s*,?\s+"
    # ... but not across another's clause: "and my son has sent him photos"
    rf"(?:(?!and\s+(?:my|our|his|her|the|she|he|they|i)\b)\(?[\w'-]+\)?,?\s+){{0,20}}?"
    # not when someone else is the one who sent ("... messaging her and she sent him a picture")
    r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\bi\s)"
    # ("... who's 'like 22' to pick her up, she's sent him pics")
    r"(?<!\bshe['’]s\s)(?<!\bhe['’]s\s)(?<!\bshes\s)(?<!\bshe\shas\s)(?<!\bhe\shas\s)(?<!\bshe\shad\s)"
    r"(?<!\bhe\shad\s)(?<!\bthey['’]ve\s)"
    # nor after a police label for the child ("a 23yo male from Leeds, V sent him several images")
    r"(?<!\bv\s)(?<!\bip\s)(?<!\byp\s)(?<!\bjuv\s)(?<!\bvictim\s)"
)
ADULT_SENT = re.compile(
    _AN_ADULT_THEN +
    # "a man in his 40s sent her son a naked selfie"
    # ("a woman in her mid 20s sent me nudes": the child typing got them)
    rf"(?:sent|sends|dm['’]?d|messaged|showed)\s+(?:him|her|them|me|my\s+(?:[\w-]+\s+){{0,4}}?\w+(?:\s*\(\d{{1,2}}\))?|"
    r"(?:her|his|their|our)\s+(?:[\w-]+\s+)?(?:son|daughter|child|kid|boy|girl|lad|lass|niece|nephew|"
    r"grandson|granddaughter|stepson|stepdaughter)(?:\s*\(\d{1,2}\))?)\s+"
    # not "sent her money for pictures": paying for hers
    rf"(?:{NOT_MONEY}[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\b{_NO_ONE_ELSE}",
    _I,
)


ADULT_SENT_TO = _own_image_sent_to(
    # "a 41 year old man for sending indecent images of himself to a 14-year-old girl"
    rf"(?:a|an|the|this)\s+(?:[\w'-]+\s+){{0,3}}?{_ADULT_NOUN}\s+(?:[\w'-]+\s+){{0,5}}?"
)
ROLE_SENT_TO = _own_image_sent_to(_ROLE_SENDER)
#: An image of the sender themselves: "a pic of himself", "a photo of his own privates".
_OWN_IMAGE = (
    rf"(?:{IMAGE})\s+of\s+(?:(?:his|her)\s+(?:own\s+)?{BODY_PARTS}|(?:him|her)sel(?:f|ves))"
)
#: "a man I think is about 60 keeps messaging my daughter and sent a picture of himself
#: naked": his own image, the one it went to not said again.
ADULT_SENT_OWN = re.compile(
    _AN_ADULT_THEN
    # ("sent her 12 y/o son explicit pics of himself": the one it went to, in a few words)
    + rf"(?:sent|sends|sending|showed|posted)\s+(?:[^\s.!?]+\s+){{0,5}}?{_OWN_IMAGE}\b",
    _I,
)
#: "the assistant manager, late 20s, ... sent him a pic of his own privates": the dative form.
ROLE_SENT_DATIVE = re.compile(
    rf"\b{_ROLE_SENDER}"
    # ("my teacher sent me a pic of himself": the child typing received it)
    rf"\b(?:sent|sends|sending|showed|shows)\s+(?:him|her|them|me|us)\s+(?:a|an|some|two|several|\d+)?\s*"
    rf"(?:[\w'-]+\s+)?{_OWN_IMAGE}",
    _I,
)
#: Police notes: the victim was sent the sender's own image, and an adult is named:
#: "Susp M/52, family friend. Sent V (M/13) pics of himself", "Susp sent IP a pic of himself".
OWN_IMAGE_SENT_TO_VICTIM = re.compile(
    r"\b(?:sent|sends|sending|showed|shows)\s+(?:the\s+)?(?:v|victim|ip)\b\s*(?:\([^()]{0,15}\)\s*)?"
    rf"(?:a|an|some|two|several|\d+)?\s*(?:[\w'-]+\s+)?{_OWN_IMAGE}\b",
    _I,
)
#: The child typing was sent the sender's own image, an adult being named: "the guy im
#: talking to is 21. he sent me a pic of himself".
OWN_IMAGE_SENT_TO_TYPIST = re.compile(
    r"\b(?:he|she)\s+(?:has\s+|had\s+|just\s+|keeps\s+)?(?:sent|sends|sending|showed|shows)\s+me\s+"
    rf"(?:a|an|some|loads\s+of|\d+)?\s*(?:[\w'-]+\s+)?{_OWN_IMAGE}\b",
    _I,
)
#: The child named by a pronoun or a plain noun was sent the sender's own image, an adult
#: being named: "The lad is 15. ... the man is in his 40s. He sent our young person a video
#: of himself".
OWN_IMAGE_SENT_TO_CHILD = re.compile(
    r"\b(?:he|she)\s+(?:has\s+been\s+|had\s+been\s+|['’]s\s+been\s+|has\s+|had\s+|just\s+|keeps\s+|then\s+|also\s+)?"
    # (not "he sent her pictures of himself": he may be the child, sending to someone)
    r"(?:sent|sends|sending|showed|shows|showing)\s+(?:our\s+young\s+person|"
    r"the\s+(?:boy|girl|lad|lass|child|young\s+person|yp|pupil)|(?:my|our)\s+(?:son|daughter|boy|girl|lad|lass))\s+"
    rf"(?:a|an|some|loads\s+of|several|two|\d+)?\s*(?:[\w'-]+\s+)?{_OWN_IMAGE}\b",
    _I,
)
TYPIST_ADULT = re.compile(r"\b(?:i['’]?m|im|i\s+am)\s+(?:1[89]|[2-9]\d)\b", _I)


def _own_image_sent_to_the_child_named(text: str) -> bool:
    """The sender's own image sent to the child named by a police label ("Sent V (M/13)
    pics of himself"), a pronoun ("He sent our young person a video of himself") or to the
    child typing ("he sent me a pic of himself"; not when the
    one typing is the adult: "im 18 ... she sent me pics of herself"). Only one own image
    may be said: "IP then sent Susp photos of herself" is an exchange."""
    if len(OWN_IMAGE_SAID.findall(text)) != 1:
        return False
    if OWN_IMAGE_SENT_TO_VICTIM.search(text) or OWN_IMAGE_SENT_TO_CHILD.search(text):
        return True
    return OWN_IMAGE_SENT_TO_TYPIST.search(text) is not None and not TYPIST_ADULT.search(text)


#: "a picture a man had sent her of his privates": the image named first.
IMAGE_AN_ADULT_SENT = re.compile(
    rf"\b(?:{IMAGE})\s+(?:that\s+)?(?:a|an|the|this|some)\s+(?:[\w'-]+\s+)?{_ADULT_NOUN}\s+(?:had\s+|has\s+)?"
    rf"(?:sent|dm['’]?d|showed)\s+(?:him|her|them|my\s+\w+)\s+of\s+(?:(?:his|her)\s+(?:own\s+)?{BODY_PARTS}|"
    r"(?:him|her)sel(?:f|ves))",
    _I,
)

#: A child was sent or shown an image of an adult's body: "got sent a pic of a mans
#: privates on xbox chat", "was shown a photo of some bloke's penis".
AN_ADULTS_BODY_SENT = re.compile(
    rf"\b(?:sent|received|shown|showed|got)\s+(?:me\s+|him\s+|her\s+)?(?:(?:a|an|some|two|several|\d+)\s+)?"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+of\s+(?:a|an|some|this|the)\s+(?:[\w'-]+\s+)?{_ADULT_NOUN}['’]?s\s+"
    rf"{BODY_PARTS}|"
    # "has received pictures of a male member of staff's genitals" (given to the child; not
    # "showed me a pic of a teacher's bum he took": a pupil's photo of the teacher)
    rf"\b(?:received|been\s+sent|was\s+sent|got\s+sent)\s+(?:(?:a|an|some|two|several|\d+)\s+)?"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+of\s+(?:a|an|some|this|the|their|her|his)\s+(?:male\s+|female\s+)?"
    rf"(?:{_ROLE_NOUN})['’]?s\s+{BODY_PARTS}|"
    # "has been sent a picture of a naked man by someone she plays games with"
    rf"\b(?:sent|received|shown|showed|got)\s+(?:me\s+|him\s+|her\s+)?(?:a|an|some|two|several|\d+)\s+"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+of\s+(?:a|an|some|this|the)\s+(?:naked|nude|topless|undressed)\s+"
    r"(?:man|woman|male|female|adult|guy|bloke)\b|"
    # "got a naked photo of a man on Snapchat": the image's nakedness said before it
    # (development pictured set AZ, 2026-12-07)
    rf"\b(?:sent|received|shown|showed|got)\s+(?:me\s+|him\s+|her\s+)?(?:a|an|some|two|several|\d+)\s+"
    rf"(?:naked|nude|explicit|indecent|topless)\s+(?:{IMAGE})\s+of\s+(?:a|an|some|this|the)\s+"
    r"(?:older\s+|grown\s+|adult\s+)?(?:man|woman|male|female|adult|guy|bloke|fella)\b",
    _I,
)


#: "my 12yo got a pic off some man on roblox of his bits": the adult's own body, said after
#: where it came from.
ADULT_BODY_RECEIVED = re.compile(
    rf"\b(?:got|received|been\s+sent|was\s+sent)\s+(?:a|an|some|two|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\s+"
    rf"(?:off|from)\s+(?:a|an|some|this|the)\s+(?:[\w'-]+\s+)?{_ADULT_NOUN}\b[^.!?]{{0,40}}?"
    rf"\bof\s+(?:his|her)\s+(?:own\s+)?{BODY_PARTS}",
    _I,
)
#: The person an age is said of, by the word right before it: "my sons 16", "her
#: daughter, 12".
SEXED_WORD_BEFORE = re.compile(
    r"\b(?P<who>son|boy|lad|brother|nephew|grandson|he|daughter|girl|lass|sister|niece|"
    r"granddaughter|she)(?:s|['’]s)?\s*(?:[,(]\s*|\s+(?:is|was|aged?)\s+)?$",
    _I,
)


def _sex_said_before(text: str, start: int) -> Sex | None:
    """ "my sons 16": the sex of the word the age is said after."""
    found = SEXED_WORD_BEFORE.search(text[:start])
    return _sex(found["who"]) if found else None


#: Who is said to look an age: "she looks about 13", "the boy looks 15"; "the girl in it
#: looks about 14": the one in the image (development pictured sets, 2026-12-08).
LOOKER = re.compile(
    r"\b(?P<who>she|he|girl|boy|lad|lass|man|woman)"
    rf"(?:\s+in\s+(?:it|them|the\s+(?:{IMAGE})))?\s*,?\s*$",
    _I,
)
#: "They" said to look an age, after images of a group of one sex: "found nudes of girls on
#: my sons phone, hes 15, they look about 13-14" (development pictured sets, 2026-12-07).
THEY_LOOK = re.compile(r"\bthey\s*,?\s*$", _I)
IMAGES_OF_A_GROUP = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?:(?:some|two|three|other|these|those|the|young)\s+)?"
    r"(?P<who>girls|boys|lads|lasses)\b",
    _I,
)
#: The image is of someone none of the people named before: "showed her a picture on his
#: phone of a younger child with no clothes on" (development pictured set BA, 2026-12-07).
IMAGE_OF_SOMEONE_ELSE = re.compile(
    rf"\b(?:{IMAGE})\b[^.;!?]{{0,40}}?\bof\s+(?:a|an|another|some)\s+(?:younger|other|different|"
    r"small|little|young)\s+(?:child|children|kid|kids|boy|girl|baby|toddler)\b(?!\s*[(,]?\s*\d)",
    _I,
)


def _new_one_who_looks(text: str, looked: list[re.Match[str]]) -> re.Match[str] | None:
    """ "A Y5 boy showed his mates a clip on his cousin's phone of a naked girl who looks
    about 13": the image is of someone named for the first time ("a girl"), so an age said
    before it in the same sentence is another's, the one who did something with it
    (development pictured sets, 2026-12-08)."""
    for said in looked:
        image = IMAGE_OF_ONE_WHO_LOOKS.search(text[: said.start()])
        if image is not None and image["det"].lower() in ("a", "an", "some"):
            return image
    return None


def _drop_looks_beside_a_stated_age(text: str, found: list[Mention]) -> list[Mention]:
    """ "She looks about 10" is how the image looks, not how old the child is: it counts
    only when no other age is said of the pictured child ("the girl in the video looks
    about 13-14" with nothing else is the best there is)."""
    looked = list(LOOKS_AGE.finditer(text))
    said_looking = {found.start("num") for found in looked}
    looks = {m.start for m in found if m.start in said_looking}
    said_sexes = {m.start: m.sex or _sex_said_before(text, m.start) for m in found}
    looks_sexes = {m.sex for m in found if m.start in looks and m.sex is not None} | {
        _sex(who["who"])
        for said in looked
        if (who := LOOKER.search(text[: said.start()])) is not None
    }
    group = IMAGES_OF_A_GROUP.search(text)
    if group is not None and any(THEY_LOOK.search(text[: said.start()]) for said in looked):
        looks_sexes.add(_sex(group["who"]))
    stated = [
        m
        for m in found
        if m.start not in looks
        and m.person in ("pictured", "both", None)
        and m.low < ADULT_AGE
        # "my sons phone hes 15 ... a girl ... she looks about 13": his age is not hers;
        # nor "She is 13 and has sent two ... he looks about 19", placed or not
        and not (
            said_sexes[m.start] is not None
            and looks_sexes
            and said_sexes[m.start] not in looks_sexes
        )
    ]
    if (new_one := _new_one_who_looks(text, looked)) is not None:
        # the doer in the same sentence is not the one in it
        opened = max(text.rfind(stop, 0, new_one.start()) for stop in ".!?\n")
        stated = [m for m in stated if not opened < m.start < new_one.start()]
    someone_else = IMAGE_OF_SOMEONE_ELSE.search(text)
    if someone_else is not None:
        # the image's child is another than those said before it: their ages are not theirs
        stated = [m for m in stated if m.person == "pictured" or m.start > someone_else.end()]
    if not looks or not stated:
        return found
    # "she says hes 16 but ... hes a grown man, looks about 30 to me": an adult's looks
    # beside a child's age are someone else's, unless said of the child's own sex ("she
    # looks 18 in it but she's 15")
    stated_sexes = {said_sexes[m.start] for m in stated}
    return [
        m
        for m in found
        if m.start not in looks
        or (m.low >= ADULT_AGE and looks_sexes and not stated_sexes & looks_sexes)
    ]


#: A date of birth in brackets right after an age: "V is M/13 (DOB 22/06/2013)", "Ruby, 14
#: (d.o.b. 03/02/2012)": the same person said twice.
AGE_THEN_BRACKET = re.compile(
    # "V M/15 DOB 14/03/2011": a police note gives the date of birth without a bracket
    r"[\w/]*\d{1,2}\s*(?:yo|y/?o|yrs?|years?(?:\s+old)?|[mf])?\s*(?:[,(]\s*)?",
    _I,
)
DATE_OF_BIRTH_WORD = re.compile(r"(?:dob|d\.o\.b\.?|born)\b", _I)


def _date_of_birth_of_the_age_before(text: str, found: list[Mention]) -> list[Mention]:
    """A date of birth in brackets right after an age is the same person's: it takes the
    side that age was given, so one child is not read as both people; one that gives the
    very same age is left out (``"skip"``)."""
    placed = list(found)
    for index in range(1, len(placed)):
        before, dob = placed[index - 1], placed[index]
        if not (
            AGE_THEN_BRACKET.fullmatch(text[before.start : dob.start])
            and DATE_OF_BIRTH_WORD.match(text[dob.start :])
        ):
            continue
        if (before.low, before.high) == (dob.low, dob.high):
            placed[index] = replace(dob, person="skip")  # the very age said before it
        else:
            placed[index] = replace(dob, person=before.person, weak=before.weak, sex=before.sex)
    return placed


#: The age when it happened, said right after the age now: "V now 16F but was 15 when the
#: imgs were made", "Kacey, now 16, ... was 13 at the time".
THEN_AGE = re.compile(r"^\d{1,2}\b\s*(?:\w+\s+){0,2}?(?:when|at\s+the\s+time)\b", _I)
WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+)?$", _I)
THEN_AFTER_NOW_GAP = 40


def _then_after_now(text: str, found: list[Mention]) -> list[Mention]:
    """An age said of nobody, right after someone's later age ("now 16F but was 15 when the
    imgs were made"), is that person's age at the time: it takes their side, and the later
    age goes."""
    placed: list[Mention] = []
    for mention in found:
        previous = placed[-1] if placed else None
        if (
            previous is not None
            and previous.later
            and previous.person not in (None, "skip")
            and mention.person is None
            and THEN_AGE.match(text[mention.start :])
            and WAS_BEFORE.search(text[: mention.start])
            and mention.start - previous.start <= THEN_AFTER_NOW_GAP
            and not re.search(r"[.;!?]\s", text[previous.start : mention.start])
        ):
            placed[-1] = replace(
                mention, person=previous.person, weak=previous.weak, sex=previous.sex
            )
            continue
        placed.append(mention)
    return placed


#: The pictured child's age then, said by pronoun: "took a photo of her ... when she was 11".
#: ("nudes from when she was in S2": by school year; development pictured sets, 2026-12-07)
WHEN_SHE_WAS = re.compile(
    r"\bwhen\s+(?P<who>she|he)\s+was\s+(?:only\s+|just\s+|about\s+)?(?:in\s+)?$", _I
)

#: The same said by what she did at that age: "My 19-year-old daughter has found that a
#: photo she sent at 13 ... has been uploaded" (development pictured sets, 2026-12-07).
SHE_DID_IT_AT = re.compile(
    r"\b(?P<who>she|he)\s+(?:sent|took|made|filmed|posted)\s+(?:it\s+|them\s+)?"
    r"at\s+(?:only\s+|just\s+|age\s+)?$",
    _I,
)


def _now_before_then(text: str, found: list[Mention]) -> list[Mention]:
    """The pictured child's age now, said first and of nobody, then their age when the image
    was made said by pronoun: "Girl, 16, in Plymouth. Her 14 yr old cousin took a photo of
    her in the bath years ago when she was 11" (development set AV, 2026-12-07). The 16 is
    the same girl now, not the other person. Only when it is the one age of that sex said
    of nobody, older than the age then."""
    for then in found:
        # ends where the age begins ($)
        said = WHEN_SHE_WAS.search(text, 0, then.start) or SHE_DID_IT_AT.search(text, 0, then.start)
        if then.person != "pictured" or said is None:
            continue
        sex = "female" if said["who"].lower() == "she" else "male"
        same_sex = [m for m in found if m is not then and m.sex == sex]
        if (
            len(same_sex) == 1
            and (now := same_sex[0]).start < then.start
            and now.person is None
            and now.weak
            and now.low > then.high
        ):
            return [replace(m, person="skip") if m is now else m for m in found]
    return found


#: The image dated by years before now: "imgs were made 2 yrs ago", "taken three years back",
#: "the video is from a year ago".
IMAGE_YEARS_AGO = re.compile(
    rf"\b(?:made|taken|took|sent|filmed|recorded|created|shared|from|dated?)\s+(?:about\s+|around\s+|roughly\s+|"
    rf"over\s+|nearly\s+|almost\s+)?(?P<num>a|an|one|{NUM})\s+(?:years?|yrs?)\s+(?:ago|back|earlier)\b",
    _I,
)


def _age_when_dated(text: str, found: list[Mention]) -> list[Mention]:
    """The pictured child's age now, with the image dated years back ("a girl who is now
    16 ... imgs were made 2 yrs ago"), gives their age when it was made (14): the age that
    decides the case. Read only when that later age is the only one said of a child who is
    or may be the pictured one, and as the user would count it: now less the years said."""
    dated = IMAGE_YEARS_AGO.search(text)
    if not dated or any(m.person == "pictured" and not m.later for m in found):
        return found
    pictured = [
        m for m in found if m.later and m.low < ADULT_AGE and m.person in ("pictured", None)
    ]
    if len(pictured) != 1:
        return found
    years = 1 if dated["num"].lower() in ("a", "an", "one") else parse_numbers(dated["num"])[0]
    then = pictured[0]
    if years >= then.low:
        return found
    return [
        replace(m, low=m.low - years, high=m.high - years, later=False) if m is then else m
        for m in found
    ]


#: Words that tell the truth about someone's age, in the sentence of a later age: "Police
#: have since told us he's 33", "turned out he's 40", "he is actually 27".
TRUTH_TOLD = re.compile(
    r"\b(?:police|officers?|detectives?|ceop|turn(?:s|ed)\s+out|actually|really|in\s+fact|"
    r"identified|confirmed|traced|arrested)\b",
    _I,
)


def _claim_put_right(text: str, found: list[Mention]) -> list[Mention]:
    """A claimed age under 13 is kept for the pictured child (``_claim_kept_for_safety``),
    unless the words later tell the claimer's true age: "The man ... said he was 11. Police
    have since told us he's 33" (development pictured set BA, 2026-12-07). The claim then
    says nothing about anyone."""
    told = [
        m
        for m in found
        if m.exact
        and not m.claimed
        and m.low >= ADULT_AGE
        and TRUTH_TOLD.search(text[_sentence_start(text, m.start) : m.start])
    ]
    return [
        replace(m, person="skip")
        if m.claimed
        and any(t.start > m.start and (m.sex is None or t.sex in (None, m.sex)) for t in told)
        else m
        for m in found
    ]


def _drop_later_pictured(
    text: str, found: list[Mention], sexes: dict[Sex, Person]
) -> list[Mention]:
    """A later ("now") age of the pictured child is not the age when the image was made.

    It is dropped when an age of the same sex (or of unknown sex) is the pictured
    child's, or, with no sexes known, is said of nobody in particular and so may be.
    The other person's later age stays: their age now counts. The person typing's own age
    ("im 14") is not of the sex of a "he" or "she": "im 14 sent my boyfriend pics hes 17
    now" names two people (development pictured set AZ, 2026-12-07).
    """
    earlier = [m for m in found if not m.later and m.person in ("pictured", None)]
    if not earlier:
        return found
    kept: list[Mention] = []
    for mention in found:
        if mention.later and mention.weak and mention.person in (None, "pictured"):
            side = sexes.get(mention.sex) if mention.sex else None
            same = any(
                m.sex == mention.sex
                or (m.sex is None and not (mention.sex and TYPISTS_OWN_AGE.search(text[: m.start])))
                for m in earlier
            )
            if side != "other" and same and (mention.sex is not None or mention.low < ADULT_AGE):
                continue
        if mention.later and _typists_age_now_and_then(text, mention, earlier):
            continue
        kept.append(mention)
    return kept


def _typists_age_now_and_then(text: str, mention: Mention, earlier: list[Mention]) -> bool:
    """ "a video i sent him ... i was 15, he was 18. im 16 now": the typist's age now, when
    their age then is said too, is not their age in the image (development pictured sets,
    2026-12-07)."""
    return TYPISTS_OWN_AGE.search(text[: mention.start]) is not None and any(
        TYPISTS_AGE_THEN.search(text[: m.start]) for m in earlier
    )


#: The person typing gives their own age: "im 14", "I'm 15".
TYPISTS_OWN_AGE = re.compile(r"\b(?:i['’]?m|im|i\s+am)\s+(?:only\s+|just\s+)?$", _I)
#: The person typing gives their own age then: "i was 15", "I was only 14".
TYPISTS_AGE_THEN = re.compile(r"\bi\s+was\s+(?:only\s+|just\s+)?$", _I)


#: Two people who made one image of themselves together: "My 13 yr old son and his 12 yr
#: old cousin made a video together", "his daughter (Year 10) and her best friend (Year 11)
#: made a topless video together", "Child (13) pictured alongside friend (14)".
MADE_TOGETHER = re.compile(
    r"\b(?:made|filmed|took|recorded|shot)\s+(?:an?\s+|some\s+|two\s+|the\s+|a\s+few\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\s+(?:of\s+(?:themselves|each\s+other)\s+)?together\b|"
    r"\b(?P<alongside>pictured\s+(?:alongside|together\s+with))\b",
    _I,
)
#: "we've made videos together": the two people of the sentence before.
WE_BEFORE = re.compile(r"(?:^|[.!?]\s*)\W*we\s*(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?:\w+\s+)?$", _I)
#: How far after "pictured alongside" the second person's age may be: "alongside friend (14)".
ALONGSIDE_REACH = 30


def _made_together(text: str, found: list[Mention]) -> list[Mention]:
    """Two children named before "made a video together" (or either side of "pictured
    alongside") are both in the image: the younger is the pictured child, and the older is
    the other person only if no one else holds it (``_older_of_two_in_the_image``). An
    adult is never moved into the image this way."""
    made = MADE_TOGETHER.search(text)
    if made is None:
        return found
    start = _sentence_start(text, made.start())
    end = made.end() + ALONGSIDE_REACH if made["alongside"] else made.start()
    if start > 0 and WE_BEFORE.search(text[start : made.start()]):
        # "i'm 17 and my girlfriend is 16. we've made videos together": the two said before
        start = _sentence_start(text, start - 1)
    pair = [
        m
        for m in found
        if start <= m.start < end and m.high < ADULT_AGE and m.person != "skip" and not m.later
    ]
    if len(pair) != 2:
        return found
    return [replace(m, person="pictured", weak=False) if m in pair else m for m in found]


def _older_of_two_in_the_image(found: list[Mention]) -> list[Mention]:
    """Two people of different ages, both placed in the image and nobody on the other side:
    the older one is the other person.

    An image is sent, taken, asked for or held by someone, so a case told with two ages
    both in the image has read one of them wrongly: "the boy who filmed it - he's 16 - was
    at the same house party as the girl, who was in Year 9", "a 12yo has been blackmailed
    after sending a pic to an account run by two 16yos". The older one goes to the other
    side, the convention of the module (the youngest pictured, the oldest the other person,
    never under-escalate): the pictured age stays what it was, and an adult so placed is
    involved. Not when the two may be one person at two ages (the same sex said, a later
    or a claimed age), nor when both are said to be in it ("they both sent pictures of
    themselves": the caller checks that).
    """
    people = _prefer_exact(found)
    if len(people) != 2 or any(m.person != "pictured" for m in people):
        return found
    young, old = sorted(people, key=lambda m: (m.low, m.high))
    # the same sex may be one person at two ages ("she's 16 now, it was taken when she was
    # 14"); two school years of the same sex are two pupils ("my son is in S3 ... a boy in S4")
    exact = young.exact and old.exact
    one_person = exact and young.sex is not None and young.sex == old.sex
    # two ages apart, or two school years (Scotland's overlap: S3 is 13-15, S4 14-16)
    apart = old.low > young.high or (not exact and old.low > young.low and old.high > young.high)
    if not apart or old.later or old.claimed or one_person:
        return found
    return [replace(m, person="other", weak=False) if m is old else m for m in found]
