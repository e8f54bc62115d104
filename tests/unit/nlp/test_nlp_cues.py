"""What the entity ruler labels in users' own words (British English).

Each case lists the (label, text) pairs that must be found; cases marked `exactly`
must find nothing else, so a pattern that over-reaches fails here too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from nlp import entities_from_doc
from nlp.build import main


@pytest.fixture(scope="module")
def ruler(tmp_path_factory: pytest.TempPathFactory) -> spacy.language.Language:
    out: Path = tmp_path_factory.mktemp("cues") / "spacy_pipeline"
    assert main(["--out", str(out)]) == 0
    return spacy.load(out)


def found(ruler: spacy.language.Language, text: str) -> list[tuple[str, str]]:
    return [(e["entity"], e["value"]) for e in entities_from_doc(ruler(text))]


INCLUDES = [
    # ages
    ("a 14-year-old girl", [("age", "14-year-old")]),
    ("14 yo lad", [("age", "14 yo")]),
    ("a 15yo", [("age", "15yo")]),
    ("15yr old boy", [("age", "15yr old")]),
    ("a fourteen year old", [("age", "fourteen year old")]),
    ("a twenty-five year old man", [("age", "twenty-five year old"), ("adult_involved", "man")]),
    ("pupil aged 15", [("age", "aged 15")]),
    ("she's 15", [("age", "'s 15")]),
    ("she’s 15", [("age", "’s 15")]),
    ("he is about 14", [("age", "is about 14")]),
    ("a 14 or 15 year old", [("age", "14 or 15 year old")]),
    ("14 y/o male", [("age", "14 y/o")]),
    ("her boyfriend (19)", [("age", "(19)")]),
    ("lad 13 got a nude", [("age", "lad 13")]),
    ("she's under 13", [("age", "'s under 13")]),
    ("they're both 15", [("age", "'re both 15")]),
    # school years
    ("a year 10 girl", [("school_year", "year 10")]),
    ("lad in yr 9", [("school_year", "yr 9")]),
    ("Y11 pupil", [("school_year", "Y11")]),
    ("she's in year 12/13", [("school_year", "year 12/13")]),
    ("two year 11s", [("school_year", "year 11s")]),
    ("an S3 pupil", [("school_year", "S3")]),
    ("a P7 girl", [("school_year", "P7")]),
    ("he's in sixth form", [("school_year", "sixth form")]),
    ("primary school issue", [("school_year", "primary school")]),
    # adults
    ("a man she met online", [("adult_involved", "a man"), ("online", "online")]),
    ("he's an adult", [("adult_involved", "an adult")]),
    ("it's a grown man", [("adult_involved", "a grown man")]),
    ("an older man", [("adult_involved", "older man")]),
    ("someone in his twenties", [("adult_involved", "in his twenties")]),
    ("a man in his 30s", [("adult_involved", "a man"), ("adult_involved", "in his 30s")]),
    ("a stranger online claiming to be 16", [("adult_involved", "claiming to be")]),
    ("her PE teacher asked for photos", [("adult_involved", "her PE teacher")]),
    ("his football coach", [("adult_involved", "his football coach")]),
    # coercion
    ("he threatened her", [("coercion", "threatened")]),
    ("it's sextortion", [("coercion", "sextortion")]),
    ("she was blackmailed", [("coercion", "blackmailed")]),
    ("he kept asking", [("coercion", "kept asking")]),
    ("he made her send it", [("coercion", "made her send")]),
    ("she was groomed", [("coercion", "groomed")]),
    ("said he'd share it unless she sent more", [("coercion", "unless she")]),
    ("give me money or they'll send it", [("coercion", "or they'll send")]),
    ("a fake profile", [("coercion", "fake profile")]),
    # money
    ("they want £200", [("profit_motive", "£")]),
    ("gift cards", [("profit_motive", "gift cards")]),
    ("he was selling them", [("profit_motive", "selling")]),
    ("she has already paid him", [("profit_motive", "paid him")]),
    # onward sharing
    ("she sent it round", [("shared_without_consent", "sent it round")]),
    ("he sent it on to his cousin", [("shared_without_consent", "sent it on to")]),
    ("it was forwarded", [("shared_without_consent", "forwarded")]),
    ("he forwarded it", [("shared_without_consent", "he forwarded it")]),
    ("passed it on", [("shared_without_consent", "passed it on")]),
    ("without her consent", [("shared_without_consent", "without her consent")]),
    ("without her knowing", [("shared_without_consent", "without her knowing")]),
    ("he showed his mates", [("shared_without_consent", "showed his mates")]),
    ("he screenshotted it", [("shared_without_consent", "screenshotted")]),
    # malice
    ("to humiliate her", [("malicious", "to humiliate")]),
    ("it was revenge", [("malicious", "revenge")]),
    ("after they broke up", [("malicious", "after they broke up")]),
    ("to get back at her", [("malicious", "to get back at")]),
    # widely shared
    ("shared with the whole year group", [("widely_shared", "the whole year group")]),
    ("in a group chat", [("widely_shared", "group chat")]),
    ("it went viral", [("widely_shared", "went viral")]),
    ("everyone has seen it", [("widely_shared", "everyone has seen it")]),
    ("about 50 kids have it", [("widely_shared", "about 50 kids")]),
    # repeated
    ("he's done this before", [("repeated", "done this before")]),
    ("second time this term", [("repeated", "second time")]),
    ("there were previous incidents", [("repeated", "previous incidents")]),
    # platforms
    ("on Snapchat", [("online", "Snapchat")]),
    ("on TikTok", [("online", "TikTok")]),
    ("via WhatsApp", [("online", "WhatsApp")]),
    ("on Discord", [("online", "Discord")]),
    ("an OnlyFans account", [("online", "OnlyFans"), ("online", "account")]),
    ("on Telegram", [("online", "Telegram")]),
    ("on a website", [("online", "website")]),
    # danger
    ("she's suicidal", [("immediate_risk", "suicidal")]),
    ("he's self-harming", [("immediate_risk", "self-harming")]),
    ("she wants to kill herself", [("immediate_risk", "kill herself")]),
    ("she's in danger", [("immediate_risk", "in danger")]),
    ("she's meeting him tonight", [("immediate_risk", "meeting him tonight")]),
    ("he wants to meet her today", [("immediate_risk", "meet her today")]),
    ("she's been sending them to different boys", [("repeated", "to different boys")]),
    ("one of the boys put one on a website", [("widely_shared", "put one on")]),
    ("he's threatening to hurt himself", [("immediate_risk", "threatening to hurt himself")]),
    # AI and fakes
    ("it's AI", [("ai_generated", "AI")]),
    ("a deepfake", [("ai_generated", "deepfake")]),
    ("made with a nudify app", [("ai_generated", "nudify app")]),
    ("it was photoshopped", [("ai_generated", "photoshopped")]),
    # capacity
    ("he has SEN", [("capacity_concern", "SEN")]),
    ("she has an EHCP", [("capacity_concern", "EHCP")]),
    ("learning difficulties", [("capacity_concern", "learning difficulties")]),
    ("he's autistic", [("capacity_concern", "autistic")]),
    # content
    ("a video of them having sex", [("sexual_acts", "having sex")]),
    ("she was masturbating", [("sexual_acts", "masturbating")]),
    ("performing a sex act", [("sexual_acts", "performing a sex act")]),
    ("it was violent", [("atypical_or_violent", "violent")]),
    ("with an animal", [("atypical_or_violent", "with an animal")]),
    ("choking", [("atypical_or_violent", "choking")]),
    # roles
    ("I'm a police officer", [("role", "I'm a police officer")]),
    ("I'm a PC", [("role", "I'm a PC")]),
    ("DC Jones here", [("role", "DC")]),
    ("safer schools officer", [("role", "safer schools officer")]),
    ("I'm the DSL", [("role", "I'm the DSL")]),
    ("designated safeguarding lead", [("role", "designated safeguarding lead")]),
    ("I'm head of year", [("role", "I'm head of year")]),
    ("I'm a trainer", [("role", "I'm a trainer")]),
    ("I'm her mum", [("role", "I'm her mum")]),
    ("my daughter", [("role", "my daughter")]),
    # jurisdictions
    ("in England", [("jurisdiction", "England")]),
    ("we're in NI", [("jurisdiction", "NI")]),
    ("a Welsh school", [("jurisdiction", "Welsh")]),
    ("Police Scotland", [("jurisdiction", "Police Scotland")]),
    ("in Belfast", [("jurisdiction", "Belfast")]),
    ("in Glasgow", [("jurisdiction", "Glasgow")]),
    ("in Cardiff", [("jurisdiction", "Cardiff")]),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDES, ids=[t for t, _ in INCLUDES])
def test_cue_is_labelled(ruler, text, expected):
    labels = found(ruler, text)
    for pair in expected:
        assert pair in labels


EXACTLY = [
    # Things that look like cues and are not.
    ("she has 3 photos on her phone", []),
    ("it happened last year", []),
    # a computer, not a constable; "sent it on" is a cue, and the reader's false friend
    # ("sent it on her pc": where, not onward) decides it is not evidence
    ("she sent it on her pc", [("shared_without_consent", "sent it on")]),
    ("she was asked to send a nude", []),  # "send" is not SEND (special needs)
    ("the police force was informed", [("role", "police")]),
    ("a fake profile sent it", [("coercion", "fake profile")]),  # longest match wins
    ("he's threatening to hurt himself", [("immediate_risk", "threatening to hurt himself")]),
    ("an English teacher", [("adult_involved", "an English teacher")]),  # not England
    # Negated cues are still labelled: the reader decides they are negated.
    ("he didn't threaten her", [("coercion", "threaten")]),
    ("without her consent", [("shared_without_consent", "without her consent")]),
]


@pytest.mark.parametrize(("text", "expected"), EXACTLY, ids=[t for t, _ in EXACTLY])
def test_only_these_cues_are_labelled(ruler, text, expected):
    assert found(ruler, text) == expected
