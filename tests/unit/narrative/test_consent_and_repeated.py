"""Two facts told as events, not named: made without consent, and repeated
(actions/narrative/consent.py, actions/narrative/repeated.py). Own words, not the
development sets'."""

from __future__ import annotations

import pytest

from actions.narrative import read_facts
from actions.narrative.consent import made_without_consent_in
from actions.narrative.repeated import repeated_in
from nlp import build_pipeline, entities_from_doc


@pytest.mark.parametrize(
    "text",
    [
        "a boy stood on the toilet seat and filmed over the cubicle wall",
        "someone left a phone recording in the girls' changing room",
        "they took photos of her while she was asleep on the sofa",
        "she'd had too much to drink and passed out, and a lad took pics of her",
        "the IP states she was unaware she was being filmed",
        "he secretly videoed his girlfriend in the bath",
        "a lad put her school photo through an undress app to make her look naked",
        "the clip shows the boy being pinned down while the others film",
        "he got a phone up under her kilt at the ceilidh",
    ],
)
def test_made_without_consent_is_read_from_what_happened(text: str) -> None:
    assert made_without_consent_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "she sent him a video of herself in the shower",
        "he was showing round a video of a boy getting changed that someone sent him",
        "a lad talked him into pulling his trousers down and took a photo",
        "she took a selfie in the changing room mirror and sent it",
        # each of the other, in the toilets: the two of them (development narratives AF)
        "two Yr 4 boys took pics of each others bums in the toilets",
    ],
)
def test_an_image_the_child_made_or_agreed_to_is_not(text: str) -> None:
    assert not made_without_consent_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's been sending pictures to him on and off since the summer",
        "he's done this before, to a girl at his last school",
        "this is the third incident involving the same boy",
        "he was warned last time and he's at it with another girl",
        "he has been filming up younger girls' skirts at the bus stop",
        "we found four clips of different girls on his phone",
        "there are previous concerns logged about him on CPOMS",
        # development narratives AC and AD, in my own words
        "the same Year 9 lad as last term is asking girls for nudes",
        "he was spoken to about exactly this in the spring, last year too",
    ],
)
def test_repeated_is_read_from_a_pattern(text: str) -> None:
    assert repeated_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's been grooming her for months",
        "they've been going out for over a year and swapped pics once",
        "he sent it to a few other girls in the group",
        "he keeps messaging her saying she owes him",
    ],
)
def test_grooming_a_relationship_or_recipients_are_not_a_pattern(text: str) -> None:
    assert not repeated_in(text)


@pytest.fixture(scope="module")
def ruler():
    return build_pipeline()


def test_a_denial_wins_over_the_pattern(ruler) -> None:
    text = "It's a one-off, nothing like this before, though she has sent pics for weeks to him."
    reading = read_facts(text, entities_from_doc(ruler(text)))
    assert "repeated" in reading.negated
    assert reading.facts.get("repeated") is None


def test_an_edited_selfie_is_not_a_selfie_she_agreed_to(ruler) -> None:
    text = "a boy ran a selfie of hers through a nudify app"
    reading = read_facts(text, entities_from_doc(ruler(text)))
    assert reading.facts.get("made_without_consent") is True
    assert "made_without_consent" not in reading.negated
