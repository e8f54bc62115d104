"""Who is who: both ages read right from realistic narratives with several people.

``who_is_who.yml`` holds short case narratives in real voices (police shorthand, DSL
reports, parents, youth workers), each with the ``pictured_age`` and ``other_age`` a
careful reader takes from it (docs/NARRATIVE.md, "Ages"). Entities come from the real
entity ruler built from nlp/patterns.yml. The accuracy floor guards against
regressions; run with ``-s`` to see the misses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
import yaml

from actions.narrative import read_facts
from nlp import build_pipeline, entities_from_doc

DEV_SET = Path(__file__).with_name("who_is_who.yml")
#: Share of narratives with BOTH ages right: 0.977 (298 of 305) when written, rounded
#: down to the nearest 0.05.
FLOOR = 0.95

CASES: list[dict[str, Any]] = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ruler() -> spacy.language.Language:
    return build_pipeline()


def ages(ruler: spacy.language.Language, text: str) -> tuple[object, object]:
    facts = read_facts(text, entities_from_doc(ruler(text))).facts  # type: ignore[arg-type]
    return facts.get("pictured_age"), facts.get("other_age")


def test_the_dev_set_is_well_formed():
    assert len(CASES) >= 90
    assert len({case["text"] for case in CASES}) == len(CASES)
    for case in CASES:
        assert set(case) <= {"text", "pictured_age", "other_age", "note", "known_miss"}
        assert isinstance(case["text"], str) and case["text"].strip()
        for key in ("pictured_age", "other_age"):
            assert case[key] is None or isinstance(case[key], int)


def test_both_ages_right_on_the_dev_set(ruler):
    both = pictured = other = 0
    misses: list[str] = []
    for case in CASES:
        got = ages(ruler, case["text"])
        want = (case["pictured_age"], case["other_age"])
        pictured += got[0] == want[0]
        other += got[1] == want[1]
        both += got == want
        if got != want:
            misses.append(f"  want {want} got {got}: {case['text']}")
    total = len(CASES)
    print(
        f"\nwho is who: both {both / total:.3f}, pictured {pictured / total:.3f}, "
        f"other {other / total:.3f} ({total} narratives)"
    )
    print("\n".join(misses))
    assert both / total >= FLOOR


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{index}:{case['text'][:40]}" for index, case in enumerate(CASES)]
)
def test_each_narrative_reads_as_labelled_unless_it_is_a_known_miss(ruler, case):
    """The floor above let a new miss hide behind old gains (the thirteenth session found
    five of its own rules failing in other words that way). Each narrative is now held to
    its labels, except the few marked ``known_miss`` with what they read as; a known miss
    that is read right fails too, so that its mark is taken off and the file stays true."""
    want = (case["pictured_age"], case["other_age"])
    got = ages(ruler, case["text"])
    if "known_miss" in case:
        assert got != want, "read right now: remove its known_miss line"
    else:
        assert got == want


REPRESENTATIVE = [
    # police shorthand: the sender is pictured, the oldest of the chain is the other
    ("15yo F sent img to 17yo M who fwd to mates", (15, 17)),
    # the parent typing and a sibling who found it are not involved
    (
        "40 year old dad here. My 15 year old daughter has been sending photos of herself "
        "to a lad of 17.",
        (15, 17),
    ),
    (
        "A 16 year old girl sent nude images to a 22-year-old man. Her 12 year old brother "
        "found them on the family iPad.",
        (16, 22),
    ),
    # age when the image was made, not now
    (
        "She was 15 when she sent it, she's 18 now and it's been posted online by her ex.",
        (15, None),
    ),
    # the pictured child is older than the one who received it
    ("Y8 lad has been sent a nude by a Y10 girl - the image is of her.", (14, 13)),
    # school years, per jurisdiction
    ("Police Scotland. S3 girl sent images of herself to an S5 boy.", (13, 17)),
    ("PSNI. A Year 10 pupil in Belfast shared a nude of herself with a Year 12 boy.", (13, 16)),
    # an explicit age beats the school year of the same person
    ("Our Year 7 pupil (11) was asked for images by a Year 9 boy", (11, 14)),
    # an adult involved is never lost
    ("he's 23 and she's at school, he keeps asking for pics", (None, 23)),
    (
        "A teacher (aged 29) has been asking a 15 year old pupil for photos.",
        (15, 29),
    ),
    # two children pictured: the youngest
    (
        "The image shows two girls, aged 12 and 14. It was posted by a 15 year old boy.",
        (12, 15),
    ),
    # the first age of a list is read as the last one is: both exchanged their own
    ("A 14 and a 15 year old exchanged nudes of themselves with each other", (14, 15)),
    # an age that leads the list of recipients: "a boy of 13 and a 14 yo"
    ("12 yr old girl sent a selfie in her underwear to a boy of 13 and a 14 yo", (12, 14)),
    # a range is a range: the other person takes its upper end
    ("my daughter (12) told me an older boy, about 15 or 16, has a video of her", (12, 16)),
    # an age in years said of nobody, beside the school year of the same person
    (
        "my daughter is in Year 10 and turned 15 in September, she sent a photo of herself "
        "to a boy in Year 11",
        (15, 16),
    ),
    # "image of self" is the sender's own image, also in police notes with the sex letter
    ("Report from school: Y7 F (11) sent image of self to Y9 M", (11, 14)),
    ("15 F - images of her taken by 14 M at a sleepover", (15, 14)),
    # "when she was 14": the age the image was made, beside her age now
    (
        "Young person (15) disclosed that a 23 year old man has nude pics of her from when "
        "she was 14 and is threatening to post them",
        (14, 23),
    ),
    # "IP" doing something with someone's image is not the victim
    ("IP 17 M sharing indecent images of ex gf 16 F", (16, 17)),
    ("IP 19 F found to have images of 16 M", (16, 19)),
    # "got pics off her": she is pictured, even with "an" typed for "and"
    ("my dauhgter is 12 an this lad of 17 has got pics off her", (12, 17)),
    # an adult who sent their own image to a child is the person pictured (CONTRACT 1)
    ("A 23 year old man sent a picture of himself to my 14 year old son", (23, 14)),
    ("the woman is 30 and shes been sending pics of herself to my 14 year old lad", (30, 14)),
    ("A man in his 40s has sent a photo of himself to my 12 year old", (40, 12)),
    # ...in police notes too: "image of self" is the sender's own, and images only
    # requested back were not sent (CONTRACT 1; development who is pictured C labels it so)
    ("Sus 19M sent image of self to V 15F then requested images back", (19, 15)),
    # dates of birth, at the date the image was made
    (
        "V DOB 12/03/2010. Images taken and sent Jan 2024 at request of Sus DOB 05/07/2006.",
        (13, 17),
    ),
    # a decade of life is a range: the other person takes its upper end
    ("Year 8 girl has been sending images of herself to a man in his 30s", (12, 39)),
    # an age said against the one before; "his junk" says whose body it is
    (
        "Her son sent a pic of his junk to a lass he met at the skate park. Lass is 13, "
        "he's a year older.",
        (14, 13),
    ),
    # ages set out as labels
    ("Her: 17. Him: 14. He sent her a video of himself after she asked him to.", (14, 17)),
    # "swap" and "exchange" in the present tense: each sends their own
    ("a 16 year old and a 17 year old in a relationship swap nudes", (16, 17)),
    ("two 11-year-olds in P7 swap pictures of their bums", (11, 11)),
    # a sender's own body, with an adjective
    ("a 10 year old boy sends a picture of his bare bum to a classmate (also 10)", (10, 10)),
    # both in the image: each is the other's other person
    ("17yo F and 17yo M in a relationship filmed themselves having sex", (17, 17)),
    # the suspect's age, right after "Sus", in police notes
    ("Sus 15M, V 15F. Consensual sexting within relationship", (15, 15)),
    # police notes' ages in words; an age guessed from the image
    ("V fifteen at time images created. Sus twenty.", (15, 20)),
    ("The girl in the video looks about 13-14, it's being shared by Year 10s", (13, 15)),
    # ...but how the image looks never overrides the age the child is
    ("the photo is of a 12 year old, she looks about 10", (12, None)),
    # the one who received it, whatever the image is of; unless they sent one back
    ("My son (14) was sent a photo of herself by a girl in Year 8", (12, 14)),
    # someone named by what they did with the image; the phone it was found on
    (
        "My 12yo was sent a nude of a girl in Year 10 in a group chat. The boy who posted it "
        "is in Year 11.",
        (14, 16),
    ),
    ("IP 13F. Images of IP found on phone of 15M (brother of IP's friend).", (13, 15)),
    # "someone" is a new person: what follows is not the son's deed
    (
        "my son is 16 someone on insta got him to send a pic of himself now they want 500 quid",
        (16, None),
    ),
    ("A 14 yr old and a 17 yr old have been sexting and images were sent", (14, 17)),
    # first names: an age said of a name goes where that name's deeds put them
    (
        "Year 11 student Jordan sent a picture of himself to Sophie, a girl in Year 8. "
        "Sophie showed her mum. Sophie is 12. Jordan is 16.",
        (16, 12),
    ),
    # a tutor group named as schools name them
    ("one of my lot in 9X sent a nude to her boyfriend", (13, None)),
    ("he's in 10B2 and sent it to a girl in Year 8", (14, 13)),
    # development set E: the typist's class, "whos 14", "thought was", "has an EHCP"
    (
        "I'm a TA in Year 6. One of my pupils filmed another boy getting changed. Both boys are 10.",
        (10, None),
    ),
    ("im 14 and i sent a pic to my gf whos 14 as well", (14, 14)),
    (
        "A Year 11 boy with autism (he has an EHCP) was talked into sending naked pics by "
        "someone online he thought was a 16 year old girl",
        (15, None),
    ),
    (
        "her son was AirDropped a naked picture on the bus by a Year 10 girl - a picture of herself",
        (14, None),
    ),
    # a date of birth in brackets is the same child again, not a second person
    ("V is M/13 (DOB 22/06/2013), Year 9 at a local post-primary.", (13, None)),
    # an age said of nobody takes the side of its own school year beside it
    ("Jake, 15, Year 10, sent a nude to a girl in Year 9", (15, 14)),
    # a claimed age, however it is said, is not an age; nor is the claim said again
    (
        "F/12 has been sending pics to a male on Snapchat who claims he's 14. Not convinced "
        "he's really 14 tbh",
        (12, None),
    ),
    ("my 12 year old daughter has messages from a man who says hes 16 asking for pics", (12, None)),
    (
        "V M/16 sent intimate video on Insta after being led to think he was talking to a 17 "
        "yr old girl.",
        (16, None),
    ),
    # a young carer is a child; a brother who only lives there, and a dad who threatens to
    # beat the boy up, have no part in the image; nor has a leader who was told
    (
        "Young carer, 15, has told me her mum's boyfriend (38) has been covertly filming her "
        "in her bedroom. Her younger brother, 8, also lives there.",
        (15, 38),
    ),
    (
        "Boy, 15, sent a nude video to a girl, 14. Her dad, 45, has threatened to beat him up.",
        (15, 14),
    ),
    (
        "Girl aged 16 sent a nude to a lad aged 17, who then showed it to his mate who's 18. The "
        "youth leader (23) was told by another kid.",
        (16, 18),
    ),
    # "daughter of our neighbour": the daughter's age
    (
        "Son is sixteen. Daughter of our neighbour is thirteen. He's got a picture of her topless.",
        (13, 16),
    ),
    # twins: one age for both
    (
        "our twin boys are 14 and one of them has been taking pics of his brother in the shower",
        (14, 14),
    ),
    # a partner who sent pics sent her own
    ("I'm 17 and my ex who's 15 sent me pics when we were together.", (15, 17)),
    # both sent images: the child, the youngest shown, is the one pictured
    (
        "i think my daughter is being groomed shes in year 7 and hes in his twenties, hes sent "
        "her pictures of himself and shes sent some back",
        (11, 29),
    ),
    # "mid to late twenties": 24 to 29, the high end for the other person
    (
        "Adult male, believed mid to late twenties, grooming a 12 y/o boy on Roblox, moved him "
        "to Snapchat and obtained several indecent imgs.",
        (12, 29),
    ),
    # a birthday to come: the age below it now (not a bracketed note of the same child's)
    (
        "OIC. Female juv, 14 in January, sent a topless picture to a male she thought was 16. "
        "He's actually been identified as a 21 year old from Leeds.",
        (13, 21),
    ),
    ("gonna be 15 in jan. a guy from discord who is 20 has pics i sent him", (14, 20)),
    (
        "my girl is 11 (12 in january) and she has an ipad, a man messaged her on tiktok and "
        "she sent a pic of her in her knickers",
        (11, None),
    ),
    # found with the images is holding them, not finding them
    (
        "Brother (16) found with images of his sister (13) on his phone, taken through the "
        "bathroom door without her knowing. Dad found them.",
        (13, 16),
    ),
    # "whos 17 told me": a sister who only told; a dad who threatens the police
    (
        "my daughter is 13 and a boy in her year whos 14 has been asking her for pics she sent "
        "one now its all round the school. her sister whos 17 told me",
        (13, 14),
    ),
    (
        "my son is 16, hes been sending pics to his girlfriend who is 15 and her dad (47) has "
        "threatened to go to the police",
        (16, 15),
    ),
    # the year of the head of year typing, and "a girl in the same year"
    (
        "Head of Year 8 here. Apparently one of the boys in my year sent a picture of his "
        "private parts to a girl in the same year over Snapchat.",
        (12, 13),
    ),
    # "my partner's son" is not the typist's partner: the typist is not involved
    (
        "I'm 38 and my partner's son is 14. I found images on his phone of a girl from his "
        "school. She's in year 8.",
        (12, 14),
    ),
    # a count of children is not an age
    ("put it in the class whatsapp, there's about 25 weans in it. Ma boy is 11.", (11, None)),
    # a teacher who only flagged it
    (
        "Jess and Kieran are both 15. Their form tutor, Mr Evans, who's 26 and in his second "
        "year, is the one who flagged it to the DSL.",
        (15, 15),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPRESENTATIVE)
def test_representative_narratives(ruler, text, expected):
    assert ages(ruler, text) == expected


#: Found on the who-is-who development sets L and M (2026-12-05), each in other words.
SETS_L_AND_M = [
    # the image's "herself" is not the man's own image, though he is the last age said
    (
        "My niece, thirteen, got chatting to a man of forty and has sent him pictures of herself",
        (13, 40),
    ),
    # Scots: "o" for "of", "tae" for "to", "laddie" and "lassie"
    ("oor lassie's 14, she sent a photie tae a laddie o 17", (14, 17)),
    # police shorthand with the sex first is an age, not the M16 road (there is none)
    ("V F14 sent image to M16, who forwarded it", (14, 16)),
    ("a nude from a F14 of herself was sent to my son M13", (14, 13)),
    # an estimate said after the person
    ("she sent pics to an adult male approx 25-30", (None, 30)),
    ("he sent them to an older lad, we reckon around 17 or 18", (None, 18)),
    # years of a career, and a birthday to come
    ("PC, 9 yrs service. V is 14, sent a pic to a boy of 15", (14, 15)),
    ("im 15 in march and i sent a pic to my bf hes 16", (14, 16)),
    ("she was 15 in March when she sent it to him, he's 17", (15, 17)),
    # a claimed age under 13 is kept for the pictured child only
    ("my son (11) sent a pic of himself to a gamer who says he is 12", (11, None)),
    ("a girl who says she's 12 sent my son a nude of herself", (12, None)),
    # a child's age claimed by someone met online is a claim; an adult's is kept
    ("my daughter is 14, she met a lad on snap who said he was 15 and sent him pics", (14, None)),
    ("my son is 13, a man he met online sent him a nude. He said he was 40", (40, 13)),
    # a husband, an aunt in police notes, the other son at home: not involved
    ("my daughter is 13, a lad of 15 asked her for pics. My husband is 48 and furious", (13, 15)),
    ("V F13 sent img to M15. RP is V's aunt, F/31.", (13, 15)),
    (
        "my son 14 sent a pic to a girl aged 15. my other son is 9 and keeps asking what's wrong",
        (14, 15),
    ),
    # "the lad she sent them to": "to" stranded, so she is the sender
    ("my girl is 15 and the boy she sent the photos to last week is 17", (15, 17)),
    # the age of the one whose image it is, said after the possessive
    ("I found my cousin's (12) pics on my brother's phone. He's 16.", (12, 16)),
    ("Jade's 14. Her ex has a video of her. He's 16. The video is on his phone", (14, 16)),
    # a sort of person claimed by someone online; the police saying it is no claim
    ("im 13, someone has my pics and they said there a boy of 15", (13, None)),
    ("i'm 14 and a guy online who says hes 15 keeps asking for pics, I sent one", (14, None)),
    ("my son (15) was blackmailed. Police have now said its a man of 31.", (15, 31)),
    # an adult or an under-13 never lost: said after the person, asked a group, in police
    # labels, or found out after a profile's claim
    ("Officers found a photo of a boy under 13 on the laptop of a 19-year-old", (12, 19)),
    (
        "A swimming coach (male, 34) asked pupils aged 12 to 14 to send photos in their trunks",
        (12, 34),
    ),
    (
        "V: F, DOB 01/01/2013. Susp: M, DOB 15/06/1990. V sent images to Susp in March 2026.",
        (13, 35),
    ),
    (
        "The account said 15 but it turned out to be a 40 year old man. My son (13) sent him pics",
        (13, 40),
    ),
    ("The lad who has been passing it round is in Year 10.", (None, 15)),
    ("the Year 8 girl who sent it is 12 and the Year 10 boy who got it is 15", (12, 15)),
    # a relative clause set off by commas: the verb after it is the person's
    ("Our lad Finn, who is 15, sent a nude to a girl from Kirkwall, 14.", (15, 14)),
    # an act filmed with someone: both are in the image
    ("Two cousins: a 12 year old girl recorded a sex act with her 14-year-old cousin", (12, 14)),
    # two people told apart by age only: what the older or the younger one did
    ("Two boys at the hostel, 15 and 17, the older one filmed the younger one changing", (15, 17)),
    ("Two lads, 13 and 15, the younger one took a photo of the older one in the shower", (15, 13)),
    ("Two lads, 13 and 15. The younger one sent the older one a pic of himself", (13, 15)),
    # a household's children listed by age are no one in the case; a group that took part is
    (
        "Dad of four (kids aged 5, 8, 11 and 14). My eldest son, 14, sent a pic to a man online",
        (14, None),
    ),
    ("V F13 sent img to M15. Two siblings in household aged 9 and 17.", (13, 15)),
    ("Two children aged 12 and 14 sent nudes to a man of 30", (12, 30)),
]


@pytest.mark.parametrize(("text", "expected"), SETS_L_AND_M)
def test_who_is_who_found_on_sets_l_and_m(ruler, text, expected):
    assert ages(ruler, text) == expected


NEVER_UNDER_ESCALATE = [
    # an involved adult stays the other person, whatever noun or verb goes with them
    ("a man, 30, has been asking my 12 year old daughter for photos", (12, 30)),
    ("his dad, 44, has the images on his phone and has been sending them to other men", (None, 44)),
    ("the victim's stepdad (39) filmed her in the shower, she's 11", (11, 39)),
    (
        "My daughter's coach, 28, told her he'd share her photos unless she sent more. She's 13.",
        (13, 28),
    ),
    ("her uncle, 45, found her on snapchat and asked for pictures, she is 12", (12, 45)),
    ("the school nurse (50) has been asking a year 9 pupil for photos", (13, 50)),
    ("her mum's boyfriend (35) has been taking photos of her, she's 9", (9, 35)),
    # the other person's age now counts; the pictured child's age when the image was made
    ("She was 12 when he took them. He's 20 now.", (12, 20)),
    ("she's 18 now but the photos were taken when she was 12 by a man of 30", (12, 30)),
    # a child typing about herself is not a parent giving their own age
    ("I'm 15 and my boyfriend is 19, he has pics of me", (15, 19)),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_UNDER_ESCALATE)
def test_an_involved_adult_or_a_young_pictured_child_is_never_lost(ruler, text, expected):
    facts = read_facts(text, entities_from_doc(ruler(text))).facts  # type: ignore[arg-type]
    assert (facts.get("pictured_age"), facts.get("other_age")) == expected
    assert facts.get("adult_involved") is True


@pytest.mark.parametrize(
    ("text", "pictured", "other"),
    [
        # a child "nearly 13" is 12: read as 13, the under-13 line would be missed
        ("she's nearly 13 and sent a pic to a 15 year old", 12, 15),
        ("he's almost 13, sent a photo of himself to his girlfriend who is 14", 12, 14),
        ("girl aged nearly 13 sent a pic to a boy of 14", 12, 14),
        ("a 14 year old sent a pic to a lad who is almost 18", 14, 17),
        # a young person typing about their own image
        ("im 15 and a lad of 17 has pics of me", 15, 17),
        ("I'm 14, I sent my boyfriend (16) a photo and now he's shown his mates", 14, 16),
        # ... unless they say how old they were when it was made
        ("I'm 16 and my ex (17) has nudes I sent him when I was 15", 15, 17),
    ],
)
def test_nearly_an_age_and_the_typists_own_age(
    ruler: spacy.language.Language, text: str, pictured: int, other: int
) -> None:
    assert ages(ruler, text) == (pictured, other)


#: Rules added on the second development set (tests/dev/pictured_b.yml), each in other words.
RULE_CASES = [
    # the person typing: an adult with no part in it, or someone only shown it
    ("Form tutor (I'm 31). A Year 9 girl's nude has been sent to a Year 11 boy.", (13, 16)),
    ("my 12 yr old got sent a video of a 14 year old lad. I'm 44, what do I do", (14, 12)),
    (
        "My wife and I are both 50. Our daughter, 15, sent a pic of herself to a lad of 16.",
        (15, 16),
    ),
    (
        "im 16 and my cousin who is 13 showed me a nude a boy in year 10 sent her of himself",
        (14, 13),
    ),
    # an adult who was sent it keeps their age: never lose an adult
    ("I'm 19 and my girlfriend is 16, she sent me nudes, am I in trouble", (16, 19)),
    # police shorthand: 14F, V and Sus
    ("V 13F sent img to Sus 17M via snap.", (13, 17)),
    # "two" people on one side with someone else's image
    ("Two year 9s were passing round a nude of a year 11 girl at lunch", (15, 14)),
    # "by": the verb right before it decides
    ("An image she sent her ex when she was 15 is being shared by his mate who's 18.", (15, 18)),
    # a friend request or messages are not the image
    (
        "My son is 13 and got a friend request from a 'girl' who sent him a nude. He sent one back.",
        (13, None),
    ),
    # a believed age is a claim
    ("Year 7 girl (11) sent a pic of herself to someone she thought was a Year 8 boy", (11, None)),
    # showing the person typing is telling them, not passing the image on
    ("A 13 year old girl showed me an app where someone put a fake nude of her", (13, None)),
    # a verb said of one of two people is not shared with the other
    ("my daughter is 14 and a 17 year old lad sent her a picture of himself", (17, 14)),
    # "IP" beside a named victim is the other person
    ("IP 30 M. Images of V (13 F) found on his laptop", (13, 30)),
    # set B: a carer filming is not sharing, a sibling of the person typing is not a bystander
    (
        "My son is 14. A girl (15) filmed him getting changed and he's heard it's been sent round",
        (14, 15),
    ),
    ("My little brother is 12 and a lad in year 10 has been pressuring him for pics", (12, 15)),
    ("One of our young people, 16, got sextorted after sending a nude", (16, None)),
    # a mutual exchange said in the next sentence
    ("I'm 16 and my boyfriend is 17. We sent each other pics", (16, 17)),
    # social-work shorthand for the child
    ("CLA, 14, sent images of herself to a 17 yr old boy she met online", (14, 17)),
]


#: Rules found on the long named accounts (pictured sets D and E): my own sentences.
NAMED_ACCOUNT_CASES = [
    # an age in commas after a first name
    ("Log. Mia, 15, sent a photo of herself to her ex, Tom. Tom is 16.", (15, 16)),
    # an age in commas after a person and a few words about them
    ("A pupil I mentor, 13, has had photos taken of her by a lad of 17", (13, 17)),
    # the victim named as a relative
    ("Sus 16M. V is his cousin, 12. Pics found on his phone.", (12, 16)),
    # the one school year of that sex and side is the same person as the age that fits it
    ("A Year 10 boy sent a pic of himself to a Year 8 girl. He's 15, she's 12.", (15, 12)),
    # the age at the time, said right after the age now
    ("Sus 20M. V now 17F but was 15 when the pics were taken.", (15, 20)),
    # an age claimed and doubted, or told to the child, is not an age
    ("My son is 14. a girl online says shes 15 but we have no idea if thats true", (14, None)),
    ("She is 15 and sent him a nude. He told her he was 16. He is actually only 13.", (15, 13)),
    # a police child's own age stated plainly is kept
    ("V says she is 14. She sent a pic to her bf who is 15.", (14, 15)),
    # an adult who sent a child an image naming no one else in it: their own image
    ("My 12 year old was sent a nude by a man she met on a game. He says he's 30.", (30, 12)),
    ("a woman on insta sent my son a picture, he is 14. she is 35", (35, 14)),
    # the noun said to be a first name gives the sex
    ("A man of 30 sent a photo of himself to a girl online. The girl is Amy, 13.", (30, 13)),
    # Northern Ireland's post-primary school is not a primary school
    ("Post-primary school in Antrim. A Year 10 girl sent a pic to a Year 12 boy.", (13, 16)),
    # an adult's own image sent to a child of the same sex: the sexes cannot say, the deed does
    ("a man sent my son a photo of his privates on xbox. my son is 11", (None, 11)),
    ("Scenario: a 24-year-old man sends a picture of his genitals to a 13-year-old girl", (24, 13)),
    # "we're with a 16yo girl now": company, not a later age or a deed
    ("We're with a 16yo girl now. A nude she sent to a lad (17) is on his story.", (16, 17)),
    # dev pictured G (my own sentences in the same forms)
    ("She sent a nude to a lad who told her he's in Year 12. His DOB makes him 16.", (None, 16)),
    ("my mate is 13 and sent a pic of herself to a lad, turns out hes actually 19", (13, 19)),
    (
        "our coach, who is 30, sent a picture of himself in his pants to one of our Year 9s",
        (30, 14),
    ),
    (
        "My granddaughter, 12, showed me a picture a man had sent her of his privates. He's 45.",
        (45, 12),
    ),
    # "she's got fresh cuts on her arms" holds no image
    (
        "We're with a 16yo girl. A nude she sent to a lad (17) is out. She's got cuts on her arms.",
        (16, 17),
    ),
    # an age in words after a first name
    ("our lad Conor, fourteen, has been swapping pictures with his girlfriend, 14", (14, 14)),
    # "since she was four" is no one's age at the image
    ("We've had Jade since she was four. A photo of Jade, 13, is going round.", (13, None)),
    # an adult's own image sent "of himself" names no one else
    ("some man on tiktok sent my son a pic of himself. my son is 12", (None, 12)),
    # what a stranger "tells her" about his age is a claim
    ("14yo F sent videos of herself to a man online who tells her he's 17", (14, None)),
    # a name said before its school year is the person whose age in years is given
    (
        "Megan in Year 8 told us a man sent her a picture of himself. He is 23. Megan is 12.",
        (23, 12),
    ),
    # an online account's or a stranger's word about their own age is a claim
    ("my mate is 14 and got catfished, the account said it was a girl who was 15", (14, None)),
    (
        "Boy of 14 chatting to someone that said she was a 16-year-old. He sent her a video.",
        (14, None),
    ),
    # the other person said to be the same age
    (
        "My son is 14 and sent a pic of himself to a girl in his class. She's the same age.",
        (14, 14),
    ),
    # "he's got no learning difficulties" holds no image
    ("My son is 16 and sent a nude to a girl, she's 16 too. He's got no learning needs.", (16, 16)),
    # a list of ages after "youths"
    ("2 x youths, 14 and 15, both sent nudes to each other.", (14, 15)),
]


def test_a_child_is_never_lost_behind_an_adult_when_no_one_is_placed_in_the_image(ruler):
    """With no one placed in the image, the child is the other person and the adult stays
    involved: if the adult is later said to be in the image, the case still has a child."""
    text = "a nude was sent to a 13-year-old girl by a 24-year-old man"
    facts = read_facts(text, entities_from_doc(ruler(text))).facts
    assert "pictured_age" not in facts
    assert facts.get("other_age") == 13
    assert facts.get("adult_involved") is True


@pytest.mark.parametrize(("text", "want"), NAMED_ACCOUNT_CASES)
def test_rules_found_on_long_named_accounts(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(("text", "want"), RULE_CASES)
def test_rules_found_on_the_second_development_set(ruler, text, want):
    assert ages(ruler, text) == want


def test_a_child_who_received_an_image_and_sent_one_back_stays_pictured(ruler):
    text = (
        "A primary school girl (10) was sent sexual images of himself by a 16 year old boy "
        "and asked to send some back, which she did."
    )
    assert ages(ruler, text)[0] == 10


#: Rules found on the one-skill set J (tests/dev/pictured_j.yml), tested in other words.
ONE_SKILL_CASES = [
    # the sender of their own image is pictured, whatever noun names them
    ("Accused, 47, sent a video of himself to the complainant, 13, on Kik.", (47, 13)),
    ("Suspect DOB 02/02/1985 sent pics of his privates to the IP, 12.", (41, 12)),
    # "was sent a video of X": of two people, X is pictured
    ("The IP is 14; he was sent a clip of Susp, who is 17, without asking.", (17, 14)),
    # a finder who only found or caught is no one in the case
    ("Swim coach (41) found a nude of a girl, 12, on a 13 year old's phone.", (12, 13)),
    ("Her dad, 45, caught the lad (15) recording her through the window; she is 14.", (14, 15)),
    ("Grandpa, 72, found his granddaughter had a photo of a boy of 13.", (13, None)),
    # a school year and the age of the same person: the age wins
    ("The photo is of a Year 9 girl (she is 14) and went to a Year 11 boy.", (14, 16)),
    ("A Y12 student who is 16 got a nude from a Y10 pupil who is 15.", (15, 16)),
    # with both sides placed, anyone else given an age took part: the oldest is the other
    ("A boy of 16 forwarded a nude of his 14-year-old ex to his 13-year-old brother.", (14, 16)),
    ("F 15 sent an image of herself to M 15, who sent it on to M 14 and M 17.", (15, 17)),
    # someone who found an image of someone else is no one in the case
    ("A 16-year-old found a photo of her 12-year-old sister on a boy's phone; he is 13.", (12, 13)),
    # a claimed age is no one's, in any word for claiming
    ("V (F 14) messaged by an account purporting to be M 16, then sextorted.", (14, None)),
    # everyone named before "both appear in" is in the image
    ("A 12yo and her 14yo cousin both appear in a video that was sent to a 15yo lad.", (12, 15)),
    # "and so is he": a second person in the same school year
    ("He's in Year 10 and so is she; he sent her a pic of himself.", (14, 15)),
    # received one, then sent one back: hers is the image of concern
    (
        "A girl, 13, gets a nude from a lad of 16 and he pesters her till she sends one back.",
        (13, 16),
    ),
    # one of the typist's own year group
    ("Head of Year 8. One of my boys sent a pic of himself to a girl in Year 10.", (12, 15)),
    # the person the image shows is in it; a sender placed only by "from" is not
    ("My son (13) got a video from a boy of 15 showing a girl aged 14 topless.", (14, 15)),
    ("The one in the video is the adult, a man of 30; it went to a girl of 13.", (30, 13)),
    # but not a person who showed it to someone
    ("A girl of 14 sent a pic of herself to a lad of 15 who showed it to his mate, 17.", (14, 17)),
    # everyone said to be in the video is in it; "pictured in" is not "pictured boy 14"
    ("A 15yo, a 14yo and a 16yo are all in the clip that a lad of 17 filmed.", (14, 17)),
    ("V1 F15 and V2 F13 both pictured in one pic taken by Susp M18.", (13, 18)),
    # someone who found a phone or an iPad, or told mum, is no one in the case
    (
        "A cleaner (61) found a phone in the toilets with a nude of a girl, 13, sent by a boy, 14.",
        (13, 14),
    ),
    ("Sister, 19, told mum that the lad, 15, had a pic of her brother, 14.", (14, 15)),
    # an upper bound over 13 is not the pictured child's age: asked, not guessed
    ("My daughter is under 16 and sent a topless pic to a boy of 17.", (None, 17)),
    ("He's under 13 and sent a pic of himself to a girl of 14.", (12, 14)),
    # the age at the time, said with "at"; not a time of day
    ("The clip shows her at 12 (she is 15 now) and was made by a lad of 16.", (12, 16)),
    ("She is meeting him at 5 near the park; he is 19 and she is 14.", (14, 19)),
    # sharing an image of oneself, said far from the age
    ("A Year 8 girl at our academy near Bristol shared a topless image of herself.", (12, None)),
    ("Y9 lad has shared a pic of his privates with someone on Snapchat.", (13, None)),
    ("The Year 10 girl who sent it is 14 and the Year 12 lad who has it is 17.", (14, 17)),
    # the sender's own image sent to someone named without "to"
    ("Sus: M 31. IP: F 12. Sus sent IP several videos of himself over Kik.", (31, 12)),
    ("My lad's in Year 7 and a girl in Year 10 keeps sending him pics of herself.", (14, 12)),
    # "another year 7" is someone else
    ("A year 8 boy, age 12, was sent a nude of a year 9 girl by another year 8.", (13, 13)),
]


@pytest.mark.parametrize(("text", "want"), ONE_SKILL_CASES)
def test_rules_found_on_the_one_skill_set(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ages said only with pronouns go to the side of the child of that sex placed by a deed
        (
            "A Year 10 girl filmed a Year 10 boy getting changed and sent it on. She's 15, he's 14.",
            (14, 15),
        ),
        # police shorthand in lower case, and a few words about the child in brackets
        ("gwent pc. f15 sent pics of herself to m16 on snap, he's deleted them", (15, 16)),
        (
            "A lad I support (14, ADHD) sent a nude to someone on Discord who now wants money.",
            (14, None),
        ),
        # the girl sent it: the man is not sending an image of himself
        (
            "One of our Y9 girls says a man in his 40s kept messaging her and she sent him a photo.",
            (13, 49),
        ),
        # counts of people are not ages
        (
            "Jamie (Y7) showed a nude of himself to the others at the bus stop. There were 4 teachers nearby.",
            (11, None),
        ),
        ("she was sent a video of two yr 10 boys naked by a lad in yr 11", (14, 16)),
    ],
)
def test_rules_found_on_the_thirty_third_writers_set(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reduced relative clause: the man's deed, not hers
        (
            "A man she met at the bus station has been asking my niece for pics and she's sent two. She's 14. He's 20.",
            (14, 20),
        ),
        # someone else's images sent to himself
        ("her cousin (19) grabbed her phone and sent himself her photos", (None, 19)),
        # paying for her images is not sending his own
        ("she's 13 and a man online, he's in his 30s, has sent her vouchers for photos", (13, 39)),
        # counts with "x", and the one filmed
        ("3 x M15 filmed F14 in the changing rooms", (14, 15)),
        # the truth after a claim
        ("He said he was 16. Turns out he's 27. She's 14 and sent him pics.", (14, 27)),
        (
            "a lad who claimed to be 15, actually 24 once police traced him, got nudes from my 13 year old",
            (13, 24),
        ),
        # a relative who made the images; an age said with "like"
        ("IP F age nine. Uncle (52) has taken photos of her in the bath.", (9, 52)),
        ("im 14 and my coach asked me for pics, he's like 35", (14, 35)),
        # the recipient's age at the time
        ("she sent a photo to a boy who was 15 at the time; she was 13", (13, 15)),
    ],
)
def test_rules_found_on_the_thirty_sixth_writers_set(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a screenshot taken of someone's image passes it on
        (
            "Jo is 15 and sent a pic of herself to Sam, 15. Sam's brother, 19, took a screenshot and sent it round.",
            (15, 19),
        ),
        # found it, then kept it and threatened with it: involved, not only the finder
        (
            "My lad (14) sent a pic to a girl of 14. Her dad, who is 50, found it, kept a copy and is threatening to post it.",
            (14, 50),
        ),
        # found it and reported it: a bystander
        (
            "My lad (14) sent a pic to a girl of 14. Her dad, who is 50, found it and sent it to me.",
            (14, 14),
        ),
    ],
)
def test_a_relative_who_found_the_image_and_then_used_it_is_involved(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the one filmed is named, then given an age in commas
        (
            "Carer here. A lad of 17 in the unit was caught filming a new resident, aged 12, in the bathroom.",
            (12, 17),
        ),
        # "forced her to send him" puts her in the images, even without "to" ("made her send him")
        (
            "Her dad (52) forced her to send him photos. She is in Year 9.",
            (13, 52),
        ),
        # an age in commas after a relative, "almost" read as the age below
        (
            "Gran here. My grandson, almost 14, has been sending pics to a girl in year 11.",
            (13, 16),
        ),
        # a relative named again later as the one the videos are of
        (
            "Two cousins live with us, a boy 15 and cousin 13. The boy has got videos of cousin on his phone.",
            (13, 15),
        ),
        # a phone stolen is not an image held by the one who lost it
        (
            "My 15 yr old daughter got her phone stolen on the bus and now her pics are being sent round by lads who are 16.",
            (15, 16),
        ),
        # an age and ", who is in" a school year are the same person (the year gives way)
        (
            "Her boyfriend, 16, who's in Year 11, is sharing a video of her. She's 14.",
            (14, 16),
        ),
        # what the brother did comes after the bracket with his age: he only saw them
        (
            "Her brother (he's 17, back from college for the weekend) saw the pics pop up on her phone. She is 14 and sent them to a boy in her class who is 14 too.",
            (14, 14),
        ),
        # an adult age estimated by those reporting, then a long relative clause before his deed
        (
            "A man thought to be 30, who she got talking to on a gaming site over the holidays, has sent her a photo of his privates. She's 12.",
            (30, 12),
        ),
        # "a photo of him naked" is his own image
        (
            "our lass got a message from a 35 year old bloke on insta who sent her a photo of him naked. shes 14",
            (35, 14),
        ),
        # screenshotting the messages as evidence is not passing the image on
        (
            "My cousin (20) screenshotted the messages and showed my mum. A 26 year old man had sent me a pic of himself. I'm 15.",
            (26, 15),
        ),
        # an adult's age is not the age of a Year 9 pupil said a few words later
        (
            "An 18-year-old at the college has been messaging a Year 9 girl and she sent him a nude.",
            (13, 18),
        ),
        # "she looks about 12" is the only age said of the girl; his age is not hers
        (
            "my sons 16. found a photo on his tablet of a girl, she looks about 12, no idea who she is",
            (12, 16),
        ),
        # a child named by where they live, then the age in commas
        (
            "Child in care, 14, female, has sent images to a man she met online who is 33.",
            (14, 33),
        ),
        # "got a boy ... to strip": the one asked is in the video
        (
            "My 15 yr old got a boy who is 14 to strip on video chat and recorded it.",
            (14, 15),
        ),
        # "got her to pose": the one posing is in the image
        (
            "Her cousin, 15, got her to pose with no top on and sent the photo to his friends. She's 10.",
            (10, 15),
        ),
        # the named child "is in one of the clips": she is the one pictured
        (
            "my daughter Maisie is 13 (year 8) and a boy in year 10 filmed girls getting changed. Maisie is in one of the clips.",
            (13, 15),
        ),
        # a date of birth right after the age, with no bracket, is the same child
        (
            "IP F/14 DOB 02/05/2012. Sent pics to an account she thought was a boy her age. Mum, 44, made the report.",
            (14, None),
        ),
        # the one talked to, then asked for photos further on in the sentence, is in them
        (
            "Suspect M aged 41, been talking to a 13 yr old girl on Fortnite then moved her to WhatsApp and asked for photos.",
            (13, 41),
        ),
        # "im almost 15" is the typist, a year below
        (
            "im almost 15 and a boy in my class showed my pics to his mates after i sent them to him. hes 15",
            (14, 15),
        ),
        # "young man" after a child's age is a teenager, not an adult
        (
            "A 15 year old young man I support told me a woman he met online asked him for photos. Police say she is 32.",
            (15, 32),
        ),
        # "all in Y9 too": the same year said of the girls, not the boy again
        (
            "A boy in Y9 (age 13) has been filming girls in the toilets. The girls are all in Y9 too.",
            (13, 13),
        ),
        # found out that someone filmed her: she is the one filmed
        (
            "my daughter (12) just found out a lad at her school photographed her in the toilets",
            (12, None),
        ),
        # the typist's year group, and girls "in the year"
        ("Head of Year 8 here. Boys have been sharing nudes of girls in the year.", (12, None)),
        # an age, then "and" a word about the child, in commas
        ("A girl I support, 15 and pregnant, sent pics to a lad of 17", (15, 17)),
        # "some man off fortnite has ..." is a new subject; a claimed age not believed
        (
            "my boy is only 12 and some man off fortnite has been asking him for pics, he sent one. "
            "he says hes 15 but i dont believe it",
            (12, None),
        ),
        # set Z: sent a nude "by a girl", then the ages by pronoun
        ("A lad at the club was sent a pic by a girl from the flats. She's 15. He's 14.", (15, 14)),
        # asked for nudes "by" someone: the one asked is in them, the asker is not
        ("our 13 yr old is being asked for pics by a 20 year old and she sent one", (13, 20)),
        # an adult's own image sent to "her son"
        (
            "A mum says a man in his 30s sent her son a photo of his privates. Her son is 11.",
            (30, 11),
        ),
        # but not "sent her money for pictures": her pictures
        (
            "she is 14 and chatting to a man on snap, he's in his 40s, he's sent her money for pictures",
            (14, 49),
        ),
        # a child's development said as an age is not anyone's age
        (
            "Our pupil is 14 with a learning disability (functions at the level of a 7 year old) "
            "and has sent pics of himself to a girl of 15.",
            (14, 15),
        ),
        ("she is 13 but has a mental age of about 9, and the man is 30", (13, 30)),
    ],
)
def test_rules_found_on_the_thirteenth_sessions_sets(ruler, text, want):
    """Development sets T, W, X and Y (2026-12-06): each rule in other words."""
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the one school year of that sex, named again by "the lad" with an age that fits it
        (
            "Head of year here. A Year 8 lad sent a photo of himself to a Year 10 girl. The lad is 13.",
            (13, 15),
        ),
        ("Derry: a Year 10 girl's image was shared by a Year 12 boy. She is 14.", (14, 16)),
        # but not a friend of the same sex named by her name
        (
            "My daughter in S2 sent a photo to a boy in S4. Her friend Amy, who's 13, told me.",
            (12, 16),
        ),
        # filming it is making it: the relative who filmed is the other person
        (
            "found a video of our 12 year old in the shower. his cousin (15) filmed it and posted it",
            (12, 15),
        ),
        # a count of pupils before their school year is not an age
        ("three yr 10s shared a pic of a girl in yr 8", (12, 15)),
        ("2 yr 10s shared a pic of a girl in yr 8", (12, 15)),
        # but an age in years and months is an age
        ("V aged 14 yrs 7 months sent a pic to a lad of 16", (14, 16)),
        # an age said of both covers their one school year
        (
            "An S1 boy took a photo of another S1 boy in the changing room and airdropped it round. "
            "Both aged 12.",
            (12, 12),
        ),
        # but not two different school years that both fit it
        ("Two Year 10 boys, both 14, shared a Year 9 girl's pic", (13, 14)),
        # the one whose picture it is
        ("A girl in Year 7 whose photo went round the chat. The boy who sent it is 15.", (11, 15)),
    ],
)
def test_rules_found_on_the_fifteenth_sessions_sets(ruler, text, want):
    """Development sets AA and narratives X (2026-12-06): each rule in other words."""
    assert ages(ruler, text) == want


def test_a_face_put_on_a_body_says_whose_image_it_is(ruler):
    """ "put a classmate's face on a naked body ... She's 11, he's 12": the words say who is
    in it, so "who is in the image?" is not asked; the convention places the two ages."""
    text = (
        "A Year 8 lad edited his classmate's face onto a nude and sent it round. She's 12, he's 13."
    )
    reading = read_facts(text, entities_from_doc(ruler(text)))
    assert reading.pictured_choices == ()
    assert (reading.facts.get("pictured_age"), reading.facts.get("other_age")) == (12, 13)


def test_asked_to_show_herself_on_a_call_says_who_is_in_it(ruler):
    """Development narratives AC: "asked her to go on a video call and show her chest, and
    she did" says who is in it, so the arrested man is not offered as the one pictured."""
    text = (
        "My daughter is 11. Someone asked her to go on a video call and show her chest and she "
        "did. Police have arrested a man of 38."
    )
    reading = read_facts(text, entities_from_doc(ruler(text)))
    assert reading.pictured_choices == ()
    assert (reading.facts.get("pictured_age"), reading.facts.get("other_age")) == (11, 38)


def test_an_age_after_but_only_and_a_sender_named_by_from(ruler):
    """Development narratives X: "who's in Year 9 but only 13" is her age, and "received a
    pic from a girl" says who sent it, so "who is in the image?" is not asked."""
    text = "My lad (16) received a photo from a girl in his class. She's in Year 10 but only 14."
    reading = read_facts(text, entities_from_doc(ruler(text)))
    assert reading.pictured_choices == ()
    assert (reading.facts.get("pictured_age"), reading.facts.get("other_age")) == (14, 16)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two people of different ages both read as in the image: the older is the other
        (
            "A 13yo was threatened after sending a pic to an account that turned out to be run "
            "by two 15yos from her school.",
            (13, 15),
        ),
        (
            "my granddaughter is 11 and a boy down the road who is 15 has been giving her "
            "sweets to take pics of herself",
            (11, 15),
        ),
        (
            "A Year 7 girl (11) was asked by her 15-year-old cousin's mate for a photo of "
            "herself in her pants.",
            (11, 15),
        ),
        # but not two who both sent pictures of themselves, nor one person at two ages
        ("Two lasses, 13 and 15, have both sent pics of themselves to a lad", (13, None)),
        (
            "She is 16 now; the picture was taken of her when she was 14 and it's been posted",
            (14, None),
        ),
        # a stranger's word about their own age is a claim, not an age
        (
            "im 14 and some1 on snap said they were 16 and i sent nudes and now they want money",
            (14, None),
        ),
        # a parent who reports: what follows is what they say, not what they did
        (
            "RP mother (44) states son aged fourteen sent pic to unknown female on Snapchat.",
            (14, None),
        ),
    ],
)
def test_rules_found_in_the_sixteenth_session(ruler, text, want):
    """Development who-is-pictured sets (2026-12-06): each rule in other words."""
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a word after an age that only begins like a count is not one ("photographed")
        ("a man approx 45 photographed up her skirt on the bus, she's 15", (15, 45)),
        # a guess set off in commas is still the person's age
        ("My daughter is 8 and a lad from the estate, maybe 13, took pics of her", (8, 13)),
        # a sex and age claimed in police shorthand
        (
            "V F/13 sent pics to a snap account claiming to be M/15, now being threatened",
            (13, None),
        ),
        # a developmental age right after "developmental"
        (
            "Our student is 16, developmental age about 9, and has sent pics to a man of 30",
            (16, 30),
        ),
        # an age in commas before what the person does now
        ("a girl he's been talking to, 13, sends him pics every night", (13, None)),
        # two school years of the same sex are two pupils, not one at two ages
        (
            "My son is in S2. Someone made a fake nude of him with an app and put it on TikTok. "
            "It was a lad in S4.",
            (12, 16),
        ),
        # a list of ages after children in care; "nearly" after the person word
        (
            "Two brothers in care, 11 and 14, were found to have filmed each other in the bath.",
            (11, 14),
        ),
        ("son nearly 14 sent a pic of himself to a girl who is 15", (13, 15)),
        # a relative who told the parents only reported it
        (
            "IP M/13 sent a pic to a girl he met online. His cousin (18) told the parents.",
            (13, None),
        ),
    ],
)
def test_ages_as_development_set_ac_writes_them(ruler, text, want):
    """Development who-is-pictured AC (2026-12-06, a new writer): each form in other words."""
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a victim's police label before the verb: the child sent, the adult received
        (
            "V 13yo F, groomed online. Susp since found to be a 31yo male, V sent him four pics.",
            (13, 31),
        ),
        # an image of "her" sent to "him": the male age is the one who received it
        (
            "my 14 yr old was talking to a lad from Derry, hes 18, and sent him a pic of her chest",
            (14, 18),
        ),
        # a school year said of both is covered by an age in years for each side
        ("F 12 sent a pic to her bf M 12. Both Y7.", (12, 12)),
        # an exchange said as "sent some back": both in images, the youngest pictured
        (
            "A 16yo lad sent a nude to a girl from college, she's 15, and she's sent him some back.",
            (15, 16),
        ),
        # a teenager's age closing the sentence, a hedged age, a guessed decade
        ("Mum has found pics her 13yo sent to a boy in her class, 14.", (13, 14)),
        (
            "A Year 9 girl sent a nude to an older boy, 16 I think, who put it on his story.",
            (13, 16),
        ),
        (
            "a 15yo in our care is sending pics to a man, we think early 30s, who buys her vapes",
            (15, 33),
        ),
        # a pair of ages before an exchange; "our sixth formers" is a school year
        ("Swansea, 14 and 14, swapped nudes, nothing sent on.", (14, 14)),
        ("Two of our sixth formers sent each other videos.", (16, 17)),
        # police shorthand: a passive without its auxiliary, a sex mark with a space, "recd"
        ("juv M/13 asked for pics by unknown adult male", (13, None)),
        ("V F 14 recd a pic from lodger M 52 of his genitals", (52, 14)),
        ("Call log. M 16 (IP) says his ex F 17 filmed him getting changed.", (16, 17)),
        ("images of his ex gf F15 on his phone, he is M16", (15, 16)),
        # a young person's pronouns before their age; posting a video of herself dancing
        (
            "YP (they/them, 14) has been asked for pics by a man on Discord. YP sent one.",
            (14, None),
        ),
        (
            "My daughter, aged 11, posted a video dancing in her pyjamas and men commented.",
            (11, None),
        ),
        # "thirty-something", with the article left out at the start
        ("guy off insta, forty-something, sent my 14 yr old daughter pics of himself", (40, 14)),
        # the image, its sender, then whom it shows
        (
            "my daughter was sent a photo by her coach, a man, of him in his pants. She's 14. He's 40.",
            (40, 14),
        ),
        # "The suspect is a ..." before a noun that would read as a bystander's
        (
            "The suspect is a 58-year-old neighbour. He paid a 13-year-old girl for photos.",
            (13, 58),
        ),
        # someone who would read as a bystander named again as the one who took the images
        (
            "My daughter's friend's uncle has taken photos of her changing. She is 10. The uncle is 44.",
            (10, 44),
        ),
        # a teenager who was sent someone else's image received it
        ("a lad from my school 14 sent me a pic of his willy im 13", (14, 13)),
        ("some guy on snap said hes 16 and sent me a nude pic, im 12", (None, 12)),
        # ... but one made to send their own keeps it, whatever was sent to them after
        (
            "im 15 (boy) and someone got me to send a pic of my d*ck. they sent me a screenshot of my friends list",
            (15, None),
        ),
        # Scots: a secondary year by its ordinal, "o hersel", "got her tae send"
        ("ma laddie's in S3, some lassie in 6th year sent him a video o hersel", (16, 15)),
        ("wee yin's in P5, a lad fae S1 got her tae send a photie o her bum", (8, 13)),
        # one person of the school year the message gives, whose side the words say
        ("my son is in year 8 and a girl in his year sent him a pic of her chest", (12, 13)),
        ("Year 10 lad sent a nude of himself to a girl in his class.", (14, 15)),
    ],
)
def test_rules_found_on_the_eighteenth_sessions_sets(ruler, text, want):
    """Development sets pictured AE and narratives AA (2026-12-06): each rule in other words."""
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the institution is not a pupil
        (
            "Ffion, a Year 13 student who is 17, sends pics to a man of 22 who left our sixth form.",
            (17, 22),
        ),
    ],
)
def test_the_eighteenth_sessions_rules_stop_where_they_should(ruler, text, want):
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # first names with their ages and no comma: a list, or before what they did
        (
            "Mum of two, Ella 12 and Sam 16. Ella sent a nude of herself to a boy in Sam's class.",
            (12, 16),
        ),
        ("Kai 13 sent a nude of his cousin Lola to his mate. Lola is 11.", (11, 13)),
        # the age someone was then, right after them
        ("Historic disclosure. V was 14 when she sent imgs to an adult male then 26.", (14, 26)),
        # a teenager's own age after "me", in the middle of a sentence
        ("my cousin 16 filmed me 14 in the changing room and sent it round", (14, 16)),
        # "that's 16" without the apostrophe; an age at the time, set off; a guessed decade
        ("my girl is 13 and sent pics to a lad thats 17", (13, 17)),
        ("When she was 12 her stepbrother, 15 at the time, filmed her in the shower.", (12, 15)),
        ("Susp male mid 40s. V F13 sent him pics after he asked.", (13, 46)),
        # an age a list of ages by the person, then "but"; an estimate then "when"
        (
            "One of our pupils, 14 but young for her age, was sent naked pics by a man, "
            "pictures of the man himself. He is 30.",
            (30, 14),
        ),
        (
            "A pupil of ours, 14 but young for her age, was sent pics by a man of 30 of himself.",
            (30, 14),
        ),
        (
            "my son (8) was filmed by an older boy, maybe 13 or 14, when changing at the pool",
            (8, 14),
        ),
        # police identification of someone's age
        ("V F14 sent imgs to a man later identified by officers as 33.", (14, 33)),
        # a count before ages is not one of them ("outcome 21 - two 14 yr olds", "all four")
        ("Outcome 21 - two 14 yr olds swapped pics, no pressure.", (14, 14)),
        (
            "Juv f 14 sent a nude to juv m 14. She then sent it to her 15yo cousin. "
            "All four at the same school.",
            (14, 15),
        ),
        # an age in years covers a school year said of both, or with a bracket after "class"
        ("Son (Y8) and a girl in his form swapped pics. He's 12, she's 12 too.", (12, 12)),
        ("A girl in my S3 class (14) says a man of 30 keeps asking her for pics", (14, 30)),
        ("Y10 here, 14, sent a pic to a lad in Y11 and he showed his mates", (14, 16)),
        # the age an image was sent or taken at; a confidence is not a request
        ("V F/16 says pics she sent at 13 to an ex are on a website. Ex is now 18.", (13, 18)),
        (
            "She told me a lad, early 20s she thinks, keeps getting her to send pics. She's 14. "
            "She's asked me not to tell her dad.",
            (14, 23),
        ),
        # police shorthand with an estimate; a suspect's label set off before a bystander's noun
        ("Juv M approx 13 sent a pic to a 19 yo female", (13, 19)),
        ("Susp, 52 yr old neighbour, has been paying a 13yo girl for photos.", (13, 52)),
        # "pictures of him in his boxers", "a year older than her", a student at the college
        (
            "my daughter is 13 and a 15 year old lad has been sending her pictures of him in his boxers",
            (15, 13),
        ),
        ("My daughter is 14 and was sent a pic by a boy a year older than her.", (15, 14)),
        ("Y11 girl sent a pic to a lad at the sixth form college.", (15, 17)),
        # set AG: the noun before "whose", a number joined to a suspect's label, "Both are 10"
        ("Attended re 15 year old boy whose video was posted by his 17 year old ex.", (15, 17)),
        ("V 14, Susp1 14, Susp2 17. Image sent to Susp1, taken by Susp2 and posted.", (14, 17)),
        ("Y7 boy sent a pic of his bum to a Y7 girl for a laugh. Both are 11.", (11, 11)),
        # the staff member's own year; the second of a list with its noun said first
        ("Year 10 tutor. Tutee (14) sent a photo of herself to someone online.", (14, None)),
        ("she sent pics to a 15yo boy and a 17yo boy she met at the park, she's 14", (14, 17)),
        # a finder who then shares it; "off" a girl; the school year a picture is from
        (
            "son 13 sent a pic to his gf also 13 and her older sister 17 found it and has been sharing it",
            (13, 17),
        ),
        ("My lad, in Year 10, keeps getting pics off a girl in Year 8.", (12, 15)),
        ("im 15 and a lad in year 12 has a pic of me from when i was in year 9", (13, 17)),
        # the one whose phone it is on holds it
        (
            "Intel: image of an unknown girl found on the phone of M/16. No further info.",
            (None, 16),
        ),
    ],
)
def test_rules_found_in_the_nineteenth_session(ruler, text, want):
    """Ages the reader did not see at all on the development sets (2026-12-06)."""
    assert ages(ruler, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a capitalised word before a number is not a name, and a count is not an age
        ("Year 9 girl sent a pic to a boy, he's 15. Outcome 21 possible?", (13, 15)),
        ("Snapchat 15 times a day, she sent a nude to a lad of 16, she is 14.", (14, 16)),
        # "me" before a count of things
        ("he sent me 15 pics of himself, he is 17, i'm 14", (17, 14)),
        # a phone named with its owner: "of" then says whom the video shows
        ("Found a video on a Year 10 boy's phone of a Year 8 girl. The boy is 15.", (12, 15)),
    ],
)
def test_the_nineteenth_sessions_rules_stop_where_they_should(ruler, text, want):
    assert ages(ruler, text) == want


def test_two_children_who_sent_to_a_third_are_not_an_exchange(ruler):
    """A pair of ages is an exchange only before "swapped", "exchanged" or "sent each
    other": two sisters who sent to a man are one side, so the older sister is not the
    other person (the man's age is only claimed)."""
    text = "Two sisters, 11 and 14, sent pics to a man online who said he was 16."
    assert ages(ruler, text)[1] is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the object of another's deed is not one of their year by their own deed
        (
            "Year 9 lad put a girl from his class through a nudify app. The girl is 13. The lad is 14.",
            (13, 14),
        ),
        # her own age, said right after, is hers
        ("A Year 7 boy (11) sent a pic of his bum to a girl in his class (also 11).", (11, 11)),
        # "by" a boy in his class: not his own image
        ("My son (Year 11) was sent a deepfake of his teacher by a boy in his class.", (None, 16)),
    ],
)
def test_one_of_their_year_only_where_the_words_say_their_side(ruler, text, want):
    assert ages(ruler, text) == want
