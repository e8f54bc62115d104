"""The narrative reader on realistic messages, through the real entity ruler.

Each case is what a police officer, DSL, trainer or parent might type, and the exact
facts the reader must take from it (nothing more), plus the cues it must report as
negated. Entities come from the pipeline built from nlp/patterns.yml, exactly as Rasa's
SpacyEntityExtractor would give them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import spacy

from actions.narrative import Reading, read_facts
from nlp import build_pipeline, entities_from_doc


@pytest.fixture(scope="module")
def ruler() -> spacy.language.Language:
    return build_pipeline()


def read(ruler: spacy.language.Language, text: str, **kwargs: object) -> Reading:
    return read_facts(text, entities_from_doc(ruler(text)), **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Case:
    text: str
    facts: dict[str, object]
    negated: tuple[str, ...] = ()
    requested_slot: str | None = None
    jurisdiction: str | None = None
    kwargs: dict[str, object] = field(default_factory=dict)


NARRATIVES = [
    Case(
        "two 14 year olds swapped pics, no sign it went any further, and he's been on at nobody",
        {"pictured_age": 14, "other_age": 14},
        negated=("shared_without_consent", "widely_shared", "made_without_consent"),
    ),
    Case(
        "V sent 2 imgs to Susp, who fwd'd them to his mates",
        # "V sent" and "Susp": two marks of police shorthand say an officer is writing
        {"shared_without_consent": True, "role": "police"},
    ),
    Case(
        "a lad in S4 has been on at her for weeks to send him pictures",
        {"jurisdiction": "scotland", "other_age": 16, "coercion": True},
    ),
    Case(
        "a year 10 girl sent a nude to her boyfriend and he's shared it round the year group",
        {"pictured_age": 14, "shared_without_consent": True, "widely_shared": True},
        # the girl who sent a nude sent her own (shown back, so the user can correct it)
        negated=("made_without_consent",),
    ),
    Case(
        "we've had a report that a 15 year old girl sent a semi nude to a 19 year old man "
        "she met online",
        {"pictured_age": 15, "other_age": 19, "adult_involved": True, "online": True},
        # a semi-nude: nudity, no sexual act named
        negated=("sexual_acts",),
    ),
    Case(
        "her 19 year old boyfriend asked her for a photo and she sent one",
        {"other_age": 19, "adult_involved": True},
    ),
    Case(
        "a 25-year-old man asked a 13 year old girl for nudes on Instagram",
        {"pictured_age": 13, "other_age": 25, "adult_involved": True, "online": True},
    ),
    Case(
        "the lad is 17 and the girl is 14, he asked her for pics on snapchat and she sent a few",
        {"pictured_age": 14, "other_age": 17, "online": True},
    ),
    Case(
        "a 17 year old and a 15 year old have been exchanging nudes",
        {"pictured_age": 15, "other_age": 17},
        negated=("made_without_consent",),  # each sent their own
    ),
    Case(
        "a 16 year old boy shared a picture of a 15 year old girl without her knowing",
        {"pictured_age": 15, "other_age": 16, "shared_without_consent": True},
    ),
    Case(
        "i'm dealing with a job where a 16yo lad has a video of his 15yo girlfriend on his phone",
        {"pictured_age": 15, "other_age": 16},
    ),
    Case(
        "a 15 year old sent a pic to another 15 year old who then sent it on to his cousin "
        "who's 19",
        {
            "pictured_age": 15,
            "other_age": 19,
            "adult_involved": True,
            "shared_without_consent": True,
        },
    ),
    Case(
        "two 15 year olds filmed themselves having sex and the video has been shared round "
        "the school",
        {
            "pictured_age": 15,
            "other_age": 15,
            "sexual_acts": True,
            "shared_without_consent": True,
            "widely_shared": True,
        },
        # they filmed themselves: the image was not made without their agreement
        negated=("made_without_consent",),
    ),
    Case(
        "a 13 year old girl sent a picture of her breasts to a boy she likes, no one else has "
        "it as far as we know",
        {"pictured_age": 13},
        # shown back, then false; a girl sending a picture of her own body made it herself
        negated=("widely_shared", "shared_without_consent", "made_without_consent"),
    ),
    Case(
        "my 15 year old got a nude from a girl in her class and forwarded it to a friend",
        {"role": "parent", "other_age": 15, "shared_without_consent": True},
    ),
    Case(
        "a stranger online claiming to be 16 has been asking my 13 year old son for pictures",
        {"role": "parent", "pictured_age": 13, "adult_involved": True, "online": True},
    ),
    Case(
        "my son is 15 and someone online is threatening to send his pics to all his followers "
        "unless he pays",
        {"role": "parent", "pictured_age": 15, "online": True, "coercion": True},
    ),
    Case(
        "teenage boy is being sextorted on instagram, they want £200 in gift cards",
        {"coercion": True, "online": True, "profit_motive": True},
    ),
    Case(
        "pupil in year 12 sent a photo to her boyfriend and after they split up he posted it "
        "online to get back at her",
        {
            "pictured_age": 16,
            "malicious": True,
            "shared_without_consent": True,
            "widely_shared": True,
            "online": True,
        },
    ),
    Case(
        "she's 14, sent a picture to a lad, he's shared it and now she's saying she wants to "
        "end her life",
        {"pictured_age": 14, "shared_without_consent": True, "immediate_risk": True},
    ),
    Case(
        "the police have been called because a year 10 girl's nude is being passed round and "
        "she's self harming",
        # passed round: to many people (cues.IMPLIES_WIDELY_SHARED)
        {
            "pictured_age": 14,
            "shared_without_consent": True,
            "widely_shared": True,
            "immediate_risk": True,
        },
    ),
    Case(
        "a girl with SEN in year 10 was persuaded to send photos to a boy in year 11",
        {"pictured_age": 14, "other_age": 16, "capacity_concern": True, "coercion": True},
    ),
    Case(
        # the girl the image is of is in his class: Year 10 read for her as well (youngest)
        "a boy in year 10 made an AI nude of a girl in his class and showed it to his friends",
        {"pictured_age": 14, "other_age": 15, "ai_generated": True, "shared_without_consent": True},
    ),
    Case(
        "a pupil reports that a deepfake nude of her made with a nudify app is on a group chat",
        {"ai_generated": True, "made_without_consent": True, "widely_shared": True},
    ),
    Case(
        "a boy in year 10 used an AI app on a girl's school photo to make a nude of her, she's in "
        "year 9",
        {"pictured_age": 13, "other_age": 15, "ai_generated": True, "made_without_consent": True},
    ),
    Case(
        "two 15-year-olds filmed themselves and the boy sends the video to three friends",
        {"pictured_age": 15, "other_age": 15, "shared_without_consent": True},
        negated=("made_without_consent",),
    ),
    Case(
        "a 16 year old has been filming the 13 yr old girls getting changed, none of them knew",
        {"made_without_consent": True, "pictured_age": 13, "other_age": 16},
    ),
    Case(
        "a video of her is on his Snapchat story",
        {"widely_shared": True, "online": True},
    ),
    Case(
        "a 12 year old sent a nude to a 12 year old classmate, the image shows sexual activity",
        {"pictured_age": 12, "other_age": 12, "sexual_acts": True},
    ),
    Case(
        "lad in year 9 keeps sending unsolicited pictures to girls, this is the second time "
        "this term",
        {"pictured_age": 13, "repeated": True},
    ),
    Case(
        "year 10 lad has been caught with nudes of several girls on his phone which he's been "
        "selling to other boys",
        {"other_age": 15, "profit_motive": True},
    ),
    Case(
        "the video shows her being choked and it's violent",
        {"atypical_or_violent": True},
    ),
    Case(
        "report from a school in Swansea about a year 11 who shared his ex girlfriend's photo "
        "in a group chat",
        {"jurisdiction": "wales", "other_age": 16, "widely_shared": True},
    ),
    Case(
        "I'm a DSL, a girl in year 10 has told me her boyfriend in year 11 pressured her into "
        "sending pics and now he's shown them to others",
        {
            "role": "school",
            "pictured_age": 14,
            "other_age": 16,
            "coercion": True,
            "shared_without_consent": True,
        },
    ),
    Case(
        "I'm a PC in Wales, a 14yo girl sent nudes to a man claiming to be 16 on Snapchat",
        {
            "role": "police",
            "jurisdiction": "wales",
            "pictured_age": 14,
            "adult_involved": True,
            "online": True,
        },
    ),
    Case(
        "DSL here. A year 9 boy made a deepfake of a classmate using a nudify app and put it "
        "in the group chat",
        {
            "role": "school",
            "other_age": 14,
            "ai_generated": True,
            "made_without_consent": True,
            "widely_shared": True,
        },
    ),
    Case(
        "I deliver safeguarding training: a 15 year old sends a nude to a 14 year old, "
        "nobody else has seen it",
        {"role": "trainer", "pictured_age": 15, "other_age": 14},
        negated=("widely_shared", "shared_without_consent"),
    ),
    Case(
        "her form tutor found the pictures on a year 8 girl's phone",
        {"pictured_age": 12},
    ),
    Case(
        "her PE teacher has been messaging her and asked her for photos",
        {"adult_involved": True},
    ),
    Case(
        "a 13 year old girl who's been sexting with a man on Kik, he has been buying her gifts",
        {"pictured_age": 13, "adult_involved": True, "online": True, "profit_motive": True},
    ),
    Case(
        "he's been blackmailing her, saying he'd share it unless she paid him £100",
        {"coercion": True, "profit_motive": True},
    ),
    Case(
        "she's gone missing and we think she's meeting him tonight",
        {"immediate_risk": True},
    ),
    Case(
        "Hi, I'm a DSL at a secondary in Leeds. A Y9 girl (13) sent a topless pic to a Y10 boy "
        "who AirDropped it to his mates. She's really upset.",
        {
            "role": "school",
            "jurisdiction": "england",
            "pictured_age": 13,
            "other_age": 15,
            "shared_without_consent": True,
        },
        negated=("made_without_consent", "sexual_acts"),
    ),
    Case(
        "mum reports her 12yo son was sent a video by a man he met on Roblox who is now asking "
        "him to send one back",
        {"other_age": 12, "adult_involved": True, "online": True},
    ),
    Case(
        "a 14 year old boy has been blackmailed for money after sending a nude to someone on "
        "Instagram, he's talking about ending his life",
        {
            "pictured_age": 14,
            "coercion": True,
            "profit_motive": True,
            "online": True,
            "immediate_risk": True,
        },
    ),
    Case(
        "Attended a report: IP is 14, suspect is 15, images shared on Snapchat, no threats or "
        "money involved",
        {"pictured_age": 14, "other_age": 15, "online": True},
        negated=("coercion", "profit_motive"),
    ),
]

NEGATIONS = [
    Case("he didn't threaten her", {}, negated=("coercion",)),
    Case("no money was asked for", {}, negated=("profit_motive",)),
    Case("there's no adult involved", {}, negated=("adult_involved",)),
    Case("she wasn't pressured", {}, negated=("coercion",)),
    Case("nobody else has seen it", {}, negated=("widely_shared", "shared_without_consent")),
    # passing on denied: not passed on at all, so not spread either; consent denied is not
    Case(
        "nothing has been passed round",
        {},
        negated=("shared_without_consent", "widely_shared"),
    ),
    Case(
        "there's no sign he's shared them",
        {},
        negated=("shared_without_consent", "widely_shared"),
    ),
    Case("it wasn't shared without her consent", {}, negated=("shared_without_consent",)),
    # passing on and its purpose, in development narratives L's forms
    Case(
        "he sent the video to two of his friends to teach her a lesson",
        {"shared_without_consent": True, "malicious": True},
        # two friends are not many: passed on, but not widely (development narratives AE, AF)
        negated=("widely_shared",),
    ),
    Case("the boy sent nudes of her to his mates", {"shared_without_consent": True}),
    Case("he says he sent it to his best mate by accident", {"shared_without_consent": True}),
    Case("she sent it to her friend", {}),
    Case(
        "my son is 13 and now evryone has it",
        {"role": "parent", "pictured_age": 13, "widely_shared": True},
    ),
    Case("he says he'll dump me if i don't send one", {"coercion": True}),
    Case("he says he'll send them to everyone if i dont go back out with him", {"coercion": True}),
    Case("you can send it to me if you like", {}),
    Case(
        "her ex is sharing it round school",
        {"shared_without_consent": True, "widely_shared": True},
    ),
    Case("she sent it on her pc", {}),
    # a group, a team, an estate, a platform: spread widely
    Case("he put it in the football group", {"widely_shared": True}),
    Case("half of year 10 have seen it", {"widely_shared": True}),  # the audience, no age
    Case("it's all round the estate", {"widely_shared": True}),
    Case("it's on twitter now", {"widely_shared": True, "online": True}),
    Case("loads of the boys have it on their phones", {"widely_shared": True}),
    Case("the whole team has seen it", {"widely_shared": True}),
    Case("she's in a group of friends who all get on", {}),
    Case("she's on tiktok a lot", {"online": True}),
    # Not passed on is not read as "not spread widely": "no one's forwarded it digitally"
    # can go with a photo shown round a whole dressing room (tests/dev/narratives.yml).
    # not sent on at all: neither passed on nor spread (as "not sent on", denials.py)
    Case(
        "neither of them has sent it on",
        {},
        negated=("shared_without_consent", "widely_shared"),
    ),
    Case(
        "he sent it on, to his whole class", {"shared_without_consent": True, "widely_shared": True}
    ),
    Case("there were no threats, pressure or blackmail", {}, negated=("coercion",)),
    Case("he has not asked for money or gift cards", {}, negated=("profit_motive",)),
    Case("she's not suicidal but she is very upset", {}, negated=("immediate_risk",)),
    Case("there's no suggestion that he threatened her", {}, negated=("coercion",)),
    Case("it was shared without her consent", {"shared_without_consent": True}),
    Case("she didn't agree to it being shared", {"shared_without_consent": True}),
    Case("it's not the first time he's done this", {"repeated": True}),
    Case(
        "he didn't threaten her but he kept asking for more pics",
        {"coercion": True},  # a denied cue never hides a stated one
    ),
    Case(
        "no adults involved, they're all pupils, but the lad did threaten to share it",
        {"coercion": True},
        negated=("adult_involved",),
    ),
    Case("he wouldn't stop threatening her", {"coercion": True}),
    Case(
        "it isn't AI, it's a real photo and he's posted it on Instagram",
        {"shared_without_consent": True, "widely_shared": True, "online": True},
        negated=("ai_generated",),
    ),
]

SCHOOL_YEARS = [
    Case("a year 9 girl sent a nude", {"pictured_age": 13}, negated=("made_without_consent",)),
    Case(
        "a year 9 girl sent a nude",
        {"pictured_age": 13},
        jurisdiction="wales",
        negated=("made_without_consent",),
    ),
    Case(
        "a year 9 girl sent a nude",
        {"pictured_age": 12},
        jurisdiction="northern_ireland",
        negated=("made_without_consent",),
    ),
    Case(
        "a year 10 girl in Belfast sent a nude",
        {"jurisdiction": "northern_ireland", "pictured_age": 13},
        # a nude a child sends is her own (shown back, so the user can put it right)
        negated=("made_without_consent",),
    ),
    Case(
        "the pupil is in S2 at a school in Glasgow",
        {"jurisdiction": "scotland", "pictured_age": 12},
    ),
    Case(
        "an S3 girl sent a nude to an S5 boy",
        {"pictured_age": 13, "other_age": 17, "jurisdiction": "scotland"},
        negated=("made_without_consent",),
        jurisdiction="scotland",
    ),
    Case(
        "we're a school in Aberdeen, an S4 pupil has been sent nudes by an older pupil in S6",
        {"role": "school", "jurisdiction": "scotland", "pictured_age": 16, "other_age": 16},
    ),
    Case("a P7 pupil was sent a picture", {"other_age": 12}, jurisdiction="scotland"),
    Case("a P7 pupil was sent a picture", {"other_age": 11}, jurisdiction="northern_ireland"),
    Case("her boyfriend is in sixth form", {"other_age": 17}),
    Case("her boyfriend is in year 13", {"other_age": 18, "adult_involved": True}),
    Case("she's in year 12/13", {"pictured_age": 16}),
    Case("a 14 year old girl in year 9 sent a nude", {"pictured_age": 14}),  # years beat Year 9
    # shown to one friend is passed on, whatever else was not done with it
    Case(
        "she sent him a nude, he showed one friend to brag but didn't send it to anyone",
        {"shared_without_consent": True},
        # and the nude she sent was her own, made knowingly (seventeenth round)
        negated=("widely_shared", "made_without_consent"),
    ),
    # a statement taken from someone is not an online account
    Case("Just taken the first account from mum on bodycam", {"role": "police"}),
    Case(
        "primary school issue, a pupil sent a picture of herself",
        {"pictured_age": 4},
        negated=("made_without_consent",),
    ),
]

SHORT_ANSWERS = [
    Case("15", {"pictured_age": 15}, requested_slot="pictured_age"),
    Case("fifteen", {"other_age": 15}, requested_slot="other_age"),
    Case("she's 15", {"pictured_age": 15}, requested_slot="pictured_age"),
    Case("about 14", {"pictured_age": 14}, requested_slot="pictured_age"),
    Case("14 or 15", {"pictured_age": 14}, requested_slot="pictured_age"),
    Case("14 or 15", {"other_age": 15}, requested_slot="other_age"),
    Case(
        "not sure, maybe 17 or 18",
        {"other_age": 18, "adult_involved": True},
        requested_slot="other_age",
    ),
    Case("he's 23", {"other_age": 23, "adult_involved": True}, requested_slot="other_age"),
    Case("he's 23", {"other_age": 23, "adult_involved": True}),  # a lone adult age
    Case("150", {}, requested_slot="pictured_age"),  # out of range: not set
    Case("I don't know", {}, requested_slot="other_age"),
    Case("just the one person", {}, requested_slot="other_age"),
    Case("3 photos", {}, requested_slot="pictured_age"),
    Case("she turns 14 next month", {"pictured_age": 13}, requested_slot="pictured_age"),
    Case("year 11", {"other_age": 16}, requested_slot="other_age"),
    Case("they're both 15", {"pictured_age": 15, "other_age": 15}),
    Case("the boy in the photo is 14", {"pictured_age": 14}, requested_slot="other_age"),
    Case("the man is about 40", {"other_age": 40, "adult_involved": True}),
    Case("she's under 13", {"pictured_age": 12}, requested_slot="pictured_age"),
    Case("15", {}),  # a bare number with no question asked says nothing
    Case("DSL", {"role": "school"}),
    Case("I'm a safer schools officer", {"role": "police"}),
    Case("I'm her mum", {"role": "parent"}),
    Case("I work in children's social care", {"role": "other"}),
    Case("a trainer", {"role": "trainer"}, requested_slot="role"),
    Case("the DSL told me about it", {}),  # not the user's own role
    Case("we're in NI", {"jurisdiction": "northern_ireland"}),
    Case("Police Scotland", {"jurisdiction": "scotland"}),
    Case("I work for Police Scotland", {"jurisdiction": "scotland", "role": "police"}),
    Case("I'm with the PSNI", {"jurisdiction": "northern_ireland", "role": "police"}),
    Case("I said Wales but it's England", {}),  # contradictory: ask again
    Case("we're not in England, we're in Wales", {"jurisdiction": "wales"}),
    Case("wales", {"jurisdiction": "wales"}, requested_slot="jurisdiction"),
]

#: What the thirty-seventh writer's narratives (set K) stated that was asked again.
SET_K = [
    Case(
        "he's now shared them with his whole football team",
        {"shared_without_consent": True, "widely_shared": True},
    ),
    Case(
        "her ex has put the nudes she sent him on an Instagram account and tagged all her friends",
        {"shared_without_consent": True, "widely_shared": True, "online": True},
        # "the nudes she sent him": her own, made knowingly
        negated=("made_without_consent",),
    ),
    Case(
        "Lifeguard at a leisure centre in Dundee. A member of the public reported a lad filming.",
        {"role": "other", "jurisdiction": "scotland"},
    ),
]

ALL = NARRATIVES + NEGATIONS + SCHOOL_YEARS + SHORT_ANSWERS + SET_K


@pytest.mark.parametrize("case", ALL, ids=[f"{c.requested_slot or '-'}:{c.text}" for c in ALL])
def test_reads_exactly_these_facts(ruler, case: Case):
    reading = read(
        ruler, case.text, requested_slot=case.requested_slot, jurisdiction=case.jurisdiction
    )
    assert dict(reading.facts) == case.facts
    assert reading.negated == case.negated


def test_there_are_enough_realistic_cases():
    assert len(NARRATIVES) + len(NEGATIONS) >= 40


@pytest.mark.parametrize(
    "text",
    [
        "a boy filmed her in the changing room, she didn't know",
        "he took photos of her without her knowing",
        "he used an app to make fake nudes of two girls in his form",
        "made a deepfake of a girl in year 9 from her profile picture with an AI app",
    ],
)
def test_filmed_unaware_or_faked_from_a_real_child_is_made_without_consent(
    ruler, text: str
) -> None:
    assert read(ruler, text).facts.get("made_without_consent") is True


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("She didn't say he could show anyone, but he showed his mates", True),
        ("she didn't agree to it being sent to his friends", True),
        ("he didn't show anyone", None),
    ],
)
def test_consent_withheld_is_not_the_sharing_denied(ruler, text: str, shared: object) -> None:
    assert read(ruler, text).facts.get("shared_without_consent") is shared


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("he says he'll post the pics he has if she stops replying", "coercion", True),
        ("a year 12 was caught filming under the cubicle doors", "made_without_consent", True),
        ("he's got previous for this", "repeated", True),
        ("put a classmate's face on a naked body with an app", "made_without_consent", True),
        ("AI fake of a 14yo girl posted online. Herts.", "jurisdiction", "england"),
        # development narratives N (my own sentences in the same forms)
        ("pics of her are being sent round the year", "shared_without_consent", True),
        ("he said he deleted it but now his mate has it", "shared_without_consent", True),
        ("her ex has put her nudes on instagram", "widely_shared", True),
        ("A PCSO in Llandeilo here", "jurisdiction", "wales"),
    ],
)
def test_facts_said_in_the_words_of_development_sets_c_and_n(
    ruler, text: str, fact: str, value: object
) -> None:
    assert read(ruler, text).facts.get(fact) == value


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("he's not passed it on", {"shared_without_consent", "widely_shared"}),
        ("only he has it, she sent it to him on purpose", {"shared_without_consent", "coercion"}),
    ],
)
def test_negatives_said_in_the_words_of_development_set_c(ruler, text: str, denied: set) -> None:
    assert denied <= set(read(ruler, text).negated)


def test_not_forwarded_after_it_was_shown_round_denies_no_spread(ruler) -> None:
    text = (
        "the teammate showed it round the dressing room on his phone. No one's forwarded it "
        "digitally"
    )
    found = read(ruler, text)
    assert found.facts.get("shared_without_consent") is True
    assert "widely_shared" not in found.negated


@pytest.mark.parametrize(
    ("text", "true", "not_true"),
    [
        (
            "A lad (16) told me his mate showed him a nude of a 15 yr old girl from their year",
            {"shared_without_consent"},
            set(),
        ),
        ("i stupidly sent it to 2 of my mates on snap", {"shared_without_consent"}, set()),
        (
            "her ex who's 17 has put her pics on a fake insta account and tagged folk fae her school",
            {"widely_shared"},
            {"ai_generated", "coercion"},
        ),
        (
            "On Sunday the photos appeared on an Instagram account called '[school] exposed'",
            {"widely_shared"},
            set(),
        ),
        (
            "He has FASD and we're not sure he understands why it matters.",
            {"capacity_concern"},
            set(),
        ),
        ("I don't understand why the school rang me", set(), {"capacity_concern"}),
    ],
)
def test_more_ways_of_saying_it_was_passed_on_posted_or_not_understood(
    ruler: spacy.language.Language, text: str, true: set[str], not_true: set[str]
) -> None:
    facts = read(ruler, text).facts
    assert {key for key in true if facts.get(key) is True} == true
    assert not {key for key in not_true if facts.get(key) is True}


def test_a_denial_reaches_over_what_was_looked_for(ruler: spacy.language.Language) -> None:
    found = read(ruler, "Nothing found to suggest V's image has gone any further.")
    assert {"shared_without_consent", "widely_shared"} <= set(found.negated)
    assert found.facts.get("shared_without_consent") is not True


@pytest.mark.parametrize(
    ("text", "true", "not_true"),
    [
        (
            "He says he screenshotted it but hasn't sent it to anyone or shown anyone",
            set(),
            {"shared_without_consent"},
        ),
        (
            "a lad in Year 12 has naked pictures of her and he's sending them round everybody",
            {"shared_without_consent", "widely_shared"},
            set(),
        ),
        ("It wasnae tae be nasty, they're best pals", set(), {"malicious"}),
    ],
)
def test_a_screenshot_kept_passing_round_and_a_scots_denial(
    ruler: spacy.language.Language, text: str, true: set[str], not_true: set[str]
) -> None:
    facts = read(ruler, text).facts
    assert {key for key in true if facts.get(key) is True} == true
    assert not {key for key in not_true if facts.get(key) is True}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A young woman at our project, 17, sent her boyfriend a pic", "adult_involved"),
        ("Two pupils in the same year group swapped pictures, both 15", "widely_shared"),
        ("the man has been posting him gifts and asking for photos", "widely_shared"),
    ],
)
def test_a_young_woman_a_year_group_and_gifts_by_post_are_not_cues(
    ruler: spacy.language.Language, text: str, key: str
) -> None:
    assert read(ruler, text).facts.get(key) is not True


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a woman in her thirties sent him photos", "adult_involved"),
        ("he sent it round the whole year group", "widely_shared"),
        ("he's been posting her pics on a fake account", "widely_shared"),
        ("Susp fwd V's pics to his mates", "shared_without_consent"),
        ("a lad is passing round a video she sent him", "shared_without_consent"),
    ],
)
def test_the_same_words_that_are_cues_still_are(
    ruler: spacy.language.Language, text: str, key: str
) -> None:
    assert read(ruler, text).facts.get(key) is True


def test_going_on_at_someone_to_send_more_is_pressure(ruler: spacy.language.Language) -> None:
    assert read(ruler, "he keeps going on at her to send more pics").facts.get("coercion") is True
    assert read(ruler, "says if i loved him i would send one").facts.get("coercion") is True


def test_an_airdrop_of_someones_nude_is_onward_sharing(ruler: spacy.language.Language) -> None:
    text = "my son got an AirDrop of a girl's nude on the bus"
    assert read(ruler, text).facts.get("shared_without_consent") is True


def test_filmed_and_the_child_did_not_know_is_made_without_consent(
    ruler: spacy.language.Language,
) -> None:
    text = "my ex filmed me while we were together and i didnt know until later"
    assert read(ruler, text).facts.get("made_without_consent") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the apostrophe left out before the image: that child is in it
        ("someone edited my 14yr olds profile pic into a nude", {"pictured_age": 14}),
        ("they've got my 12 year olds photos", {"pictured_age": 12}),
    ],
)
def test_an_age_before_olds_and_an_image_is_the_pictured_child(
    ruler, text: str, expected: dict
) -> None:
    facts = read(ruler, text).facts
    assert {key: facts.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "we split up and now hes showing people at school",
        "she's been showing people on the bus",
    ],
)
def test_showing_people_is_passing_it_on(ruler, text: str) -> None:
    assert read(ruler, text).facts.get("shared_without_consent") is True


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("not sure whether he's sent it round", "shared_without_consent"),
        ("no idea if anyone else has it", "widely_shared"),
        ("We don't know if it's been uploaded anywhere", "widely_shared"),
    ],
)
def test_a_fact_the_user_does_not_know_stays_unknown(ruler, text: str, key: str) -> None:
    """Neither true nor denied: the form still asks it."""
    facts = read(ruler, text)
    assert key not in facts.facts
    assert key not in facts.negated


def test_a_risk_cue_is_never_doubted_away(ruler) -> None:
    text = "not sure if it matters but she said she wants to disappear"
    assert read(ruler, text).facts.get("immediate_risk") is True


def test_showing_a_count_of_friends_is_passing_it_on(ruler) -> None:
    assert read(ruler, "he showed 2 mates on his phone").facts.get("shared_without_consent")


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # an image someone else sent, passed on (twenty-third round, from a person test)
        ("A lad of 16 from her school has been sharing a pic she sent him.", True),
        ("her ex posted the nudes she sent him on a website", True),
        ("he's showing a video she sent him to everyone", True),
        # sent by her, to him: her own image, not passed on
        ("she sent a pic to a lad of 16 from her school", None),
    ],
)
def test_an_image_someone_else_sent_passed_on_is_shared(
    ruler: spacy.language.Language, text: str, shared: object
) -> None:
    assert read(ruler, text).facts.get("shared_without_consent") is shared


@pytest.mark.parametrize(
    "text",
    [
        "Year 9 boys made a deepfake of our PE teacher (32) and it's gone round their group chat.",
        "I'm a teacher (40) and some Year 9s have made a deepfake of me.",
    ],
)
def test_a_member_of_staff_pictured_by_pupils_leaves_adult_involved_to_ask(
    ruler: spacy.language.Language, text: str
) -> None:
    """CONTRACT §1: ``adult_involved`` is an adult who asked for, received, sent, shared or
    holds the image. A teacher pictured in pupils' deepfake did none of these, so the fact
    stays unknown: the case is ``out_of_scope`` only provisionally and the form asks it
    first (CONTRACT §2), rather than a referral read from the teacher's age."""
    facts = read(ruler, text).facts
    assert facts["pictured_age"] >= 18
    assert facts["other_age"] < 18
    assert "adult_involved" not in facts


def test_an_adult_who_sent_their_own_image_is_still_involved(
    ruler: spacy.language.Language,
) -> None:
    """The same adult age in the image, but sent by the adult to a child: involved."""
    facts = read(
        ruler,
        "From the profile photo I'd put him at around 45. He sent my daughter, who is 13, "
        "pictures of his genitals.",
    ).facts
    assert (facts["pictured_age"], facts["other_age"], facts["adult_involved"]) == (45, 13, True)


@pytest.mark.parametrize(
    "text",
    [
        # the demand said as a condition: "if i dont pay" states it, it denies nothing
        "someone i met on insta is saying theyll send my nudes to my family if i dont pay "
        "them £100 by tonight. i'm 14 i dont have that money. please help",
        "they said theyll send her nudes to everyone she follows if she doesnt give them £100 "
        "in amazon vouchers by tonight",
        # a sum demanded, then not paid: the demand is the motive, paying it or not
        "theyre saying pay 500 pound or they send it to all his followers. he hasnt paid",
    ],
)
def test_a_sextortion_demand_is_money_sought_whether_or_not_it_was_paid(
    ruler: spacy.language.Language, text: str
) -> None:
    """A money demand was shown back as "nothing demanded" ("if i dont pay" read as a
    denial). Sextortion for money is ``profit_motive`` and ``coercion``: GUIDANCE §2.2."""
    reading = read(ruler, text)
    assert reading.facts.get("profit_motive") is True
    assert reading.facts.get("coercion") is True
    assert "profit_motive" not in reading.negated


@pytest.mark.parametrize(
    "text",
    ["no money was asked for", "he hasn't asked her for money", "nobody has paid anything"],
)
def test_money_denied_outright_is_still_denied(ruler: spacy.language.Language, text: str) -> None:
    assert "profit_motive" in read(ruler, text).negated


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # her own pictures, shown by her: not passed on without her agreement
        (
            "found she'd been taking pictures of her bottom on my old phone and showing her "
            "friend at a sleepover",
            None,
        ),
        # someone else's picture of her, shown by him: passed on
        ("he took a photo of her bottom and showed his friend", True),
    ],
)
def test_a_child_showing_their_own_picture_has_not_had_it_passed_on(
    ruler: spacy.language.Language, text: str, shared: object
) -> None:
    """Development narratives AE (2026-12-07): an 8-year-old "showing her friend" her own
    photos had been given "passed on without agreement" as the reason for a referral."""
    assert read(ruler, text).facts.get("shared_without_consent") is shared


def test_holding_a_child_down_to_film_him_is_violent_and_made_without_consent(
    ruler: spacy.language.Language,
) -> None:
    text = (
        "Two boys hold down a younger boy of 9 in the toilets, pull his trousers down and film him"
    )
    facts = read(ruler, text).facts
    assert facts.get("atypical_or_violent") is True
    assert facts.get("made_without_consent") is True


def test_a_condition_in_a_question_asserts_nothing(ruler: spacy.language.Language) -> None:
    """The condition rule is for a demand ("if i dont pay them £100") and a risk: "if he
    didn't threaten her, is it still a crime?" does not say he threatened her."""
    assert (
        read(ruler, "if he didn't threaten her is it still a crime?").facts.get("coercion")
        is not True
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # development narratives AG and AH (2026-12-07), in other words
        ("a lad in S4 kept on at a girl in S1 for pictures", "coercion"),
        ("the coach told her it would be their secret and asked for a photo", "coercion"),
        ("he told her to delete the chat and not tell her dad", "coercion"),
        (
            "a picture of her in her swimsuit edited by a boy so she looks nude",
            "made_without_consent",
        ),
        ("the edited picture has been put on a porn site", "widely_shared"),
    ],
)
def test_pestering_secrecy_an_edit_and_a_website(
    ruler: spacy.language.Language, text: str, key: str
) -> None:
    assert read(ruler, text).facts.get(key) is True


def test_working_in_a_residential_childrens_house_is_another_professional(
    ruler: spacy.language.Language,
) -> None:
    text = "I work in a residential children's house. One of our girls is 15."
    assert read(ruler, text).facts.get("role") == "other"


@pytest.mark.parametrize(
    "text",
    [
        # development narratives AG (2026-12-07), in other words: a threat to share, with
        # its condition, is coercion whatever was said of how the image was sent
        "it was her idea to send it, but now he says he'll post it on snap if she doesn't go out with him",
        "he says he'll send the pics to her dad unless she meets him",
        # typed without the apostrophe (person test, 2026-12-07)
        "now hes saying if she doesnt get back with him hell put them on instagram",
    ],
)
def test_a_threat_to_share_with_its_condition_is_coercion(
    ruler: spacy.language.Language, text: str
) -> None:
    assert read(ruler, text).facts.get("coercion") is True


@pytest.mark.parametrize(
    "text",
    ["she said she'll send them to him if he asks nicely", "if he asks she'll send them"],
)
def test_a_plan_to_send_with_a_condition_is_not_a_threat(
    ruler: spacy.language.Language, text: str
) -> None:
    assert read(ruler, text).facts.get("coercion") is not True


def test_no_threats_from_an_adult_leaves_grooming_unknown(ruler: spacy.language.Language) -> None:
    """Development narratives AG-AJ (2026-12-07): an adult asking a child for images is
    grooming; "he never threatened her" denies threats, not that."""
    adult = read(
        ruler, "my 14 yr old sent pics to a 22 yr old man she met online, he never threatened her"
    )
    peer = read(
        ruler, "my 14 yr old sent pics to a 14 yr old boy from school, he never threatened her"
    )
    assert "coercion" not in adult.negated
    assert "coercion" in peer.negated


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # development narratives AG-AJ (2026-12-07), in other words
        (
            "someone took her selfies off insta and made them into fake nudes",
            "made_without_consent",
            True,
        ),
        ("then he put them on a website", "widely_shared", True),
        ("a pic of her is on one of those 'exposing' pages", "widely_shared", True),
        (
            "she found out he kept them after they broke up, he's not sent them anywhere",
            "malicious",
            None,
        ),
        (
            "a boy and a girl who've been seeing each other for a few months swapped pics",
            "repeated",
            None,
        ),
    ],
)
def test_words_of_the_ag_to_aj_narratives(
    ruler: spacy.language.Language, text: str, key: str, value: object
) -> None:
    assert read(ruler, text).facts.get(key) is value


def test_nobody_having_said_anything_about_self_harm_is_a_denial(
    ruler: spacy.language.Language,
) -> None:
    found = read(ruler, "none of the children have said anything about self-harm")
    assert "immediate_risk" not in found.facts
    assert "immediate_risk" in found.negated


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("PS here, Falkirk. A nude of a 14yo was posted.", "police"),
        ("Heddlu Gwent, Newport. A 15yo girl's image was shared.", "police"),
        ("I'm writing about my own daughter. She's 14.", "parent"),
    ],
)
def test_roles_in_the_ai_narratives(ruler: spacy.language.Language, text: str, role: str) -> None:
    assert read(ruler, text).facts.get("role") == role


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # development narratives AK and AL (2026-12-08), in other words
        ("the lad has been showing everyone a clip of him with a girl", "widely_shared", True),
        (
            "the lad has been showing everyone a clip of him with a girl",
            "shared_without_consent",
            True,
        ),
        ("she never knew it was being recorded", "made_without_consent", True),
        ("she had no idea she was being filmed at the time", "made_without_consent", True),
        ("pics of him were sent round the whole year", "shared_without_consent", True),
        ("nudes of her got sent around her school", "widely_shared", True),
        ("a lad from the estate has put my son's pics on a tiktok account", "widely_shared", True),
        ("her nude has turned up on an anonymous 'exposing' snapchat page", "widely_shared", True),
        ("my 10 year old was sent a photo of a mans genitals on a game", "adult_involved", True),
        ("he told his cousin he can't live like this anymore", "immediate_risk", True),
        # development narratives AM (2026-12-08), in other words
        (
            "a Y10 boy's pic was shared across the year 10 snap group",
            "shared_without_consent",
            True,
        ),
        ("it went in the football chat, about 40 in the group", "widely_shared", True),
        (
            "he's been doing it for a while, he did the same thing at his last school",
            "repeated",
            True,
        ),
        ("she's told us she feels like ending it", "immediate_risk", True),
        ("she's thinking about ending it with him", "immediate_risk", None),
        ("he sent her one and she did the same back", "repeated", None),
        # stated facts the development narratives A to AJ asked again (2026-12-08), in
        # other words: posted, said in the passive; sent on, with the images named
        ("his pics have been posted on a snapchat page", "widely_shared", True),
        ("his pics have been posted on a snapchat page", "shared_without_consent", True),
    ],
)
def test_words_of_the_ak_to_am_narratives(
    ruler: spacy.language.Language, text: str, key: str, value: object
) -> None:
    assert read(ruler, text).facts.get(key) is value


@pytest.mark.parametrize(
    "text",
    [
        "he hasn't been showing everyone the clip",
        "she knew she was being filmed, they made it together",
        "PS in case it matters, she is 14",
    ],
)
def test_false_friends_of_the_ak_and_al_words(ruler: spacy.language.Language, text: str) -> None:
    facts = read(ruler, text).facts
    assert not any(
        facts.get(key) is True
        for key in ("widely_shared", "shared_without_consent", "made_without_consent")
    )
    assert facts.get("role") is None


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a teacher named by the class they teach: the pupils are in that class
        ("Year 4 teacher here - two girls took pics of each other in the changing room", (8, 9)),
        ("Y6 class teacher in Leeds, three boys swapped photos of their bums", (10, 11)),
    ],
)
def test_the_class_of_a_teacher_is_the_pupils_year(
    ruler: spacy.language.Language, text: str, ages: tuple[int, int]
) -> None:
    facts = read(ruler, text).facts
    assert (facts.get("pictured_age"), facts.get("other_age")) == ages


def test_a_sergeant_opening_with_a_place_is_police(ruler: spacy.language.Language) -> None:
    assert (
        read(ruler, "PS in Inverness - S3 girl sent a nude to an older boy").facts.get("role")
        == "police"
    )


def test_passing_the_pictures_on_denied_with_i_dont_think(ruler: spacy.language.Language) -> None:
    found = read(ruler, "I don't think either of them has sent the photos to anyone else")
    assert {"shared_without_consent", "widely_shared"} <= set(found.negated)


def test_a_year_ten_in_a_group_chat_is_a_school_year_not_a_count(
    ruler: spacy.language.Language,
) -> None:
    found = read(ruler, "a nude of a girl in Year 10 in the chat")
    assert "widely_shared" not in found.facts
    assert found.facts.get("pictured_age") == 14


def test_sending_the_pictures_on_denied(ruler: spacy.language.Language) -> None:
    found = read(ruler, "as far as we know he hasn't sent the photos on")
    assert {"shared_without_consent", "widely_shared"} <= set(found.negated)


@pytest.mark.parametrize(
    ("text", "pictured_age"),
    [
        # a number after "Year" or "about" that a count of a group must not take
        ("A sixth former (17) has nude images of three Year 10 girls on his laptop.", 14),
        ("his mate showed him a video of a girl, she was about 14 in it", 14),
    ],
)
def test_a_count_of_a_group_leaves_ages_alone(
    ruler: spacy.language.Language, text: str, pictured_age: int
) -> None:
    found = read(ruler, text)
    assert found.facts.get("pictured_age") == pictured_age
    assert "widely_shared" not in found.facts
