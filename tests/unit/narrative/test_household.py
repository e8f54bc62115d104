"""A child who lives with, or is about to go home to, the relative who made the images
(actions/narrative/household.py): a risk of harm now, read as ``immediate_risk``."""

from __future__ import annotations

import pytest

from actions.narrative import read_facts
from actions.narrative.household import child_goes_home_to_the_abuser
from nlp import build_pipeline, entities_from_doc

NLP = build_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        # who did it, then where the child will be (development risk AM, in my own words)
        "A Year 8 girl has told me her stepdad takes pictures of her. She goes home at 3.30. Do I let her go?",
        "the man who took the pictures of my niece is her dad and he still lives with them",
        "my mums boyfriend makes me send him pics and hes home alone with me tonight",
        "Her uncle is the one who took the photos and he's picking her up from school at 3",
        "she says her older brother has been filming her in the bath. he is at home now",
        # both parts in one clause
        "the boy is at home with the man who took the videos",
        # long ago, but he is still there
        "her stepdad took photos of her years ago and he still lives with them",
    ],
)
def test_a_child_going_home_to_the_one_who_made_the_images_is_at_risk(text: str) -> None:
    assert child_goes_home_to_the_abuser(text)
    assert read_facts(text, entities_from_doc(NLP(text))).facts.get("immediate_risk") is True


@pytest.mark.parametrize(
    "text",
    [
        # a relative who only found or saw the images
        "her dad found the pics on her phone and she's going home tonight",
        "my stepdad saw the pic and he's furious but he'd never hurt me. mum's home",
        # the child lives with someone else
        "her stepbrother took photos of her. She lives with her mum in Derry",
        # the person is no longer in the home
        "her stepdad took photos of her years ago, he moved out and she lives with us",
        # the child lives with the person typing, not with him
        "her uncle took photos of her when she was little. She lives with us now",
        "the uncle who filmed him has been arrested and the boy is going home with his mum",
        "when she was living with her birth family her uncle took photos of her",
        # someone else collects the child
        "her 17 year old cousin asked her to send a picture. Mum's picking her up in ten minutes",
    ],
)
def test_a_relative_who_did_not_make_them_or_is_gone_is_not_read(text: str) -> None:
    assert not child_goes_home_to_the_abuser(text)


def test_a_no_to_the_risk_question_does_not_undo_it() -> None:
    """The user's "no" is outweighed by what they tell: the child lives with the person."""
    text = (
        "Is any child at immediate risk? No. Her stepdad takes photos of her but he lives "
        "with us and we're dealing with it"
    )
    reading = read_facts(text, entities_from_doc(NLP(text)))
    assert reading.facts.get("immediate_risk") is True
    assert "immediate_risk" not in reading.negated
