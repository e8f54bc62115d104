"""The person typing about to hurt someone (actions/narrative/threats.py): a weapon, fire, or
setting off now to hurt; anger alone is not read."""

from __future__ import annotations

import pytest

from actions.narrative.threats import typist_threatens_harm


@pytest.mark.parametrize(
    "text",
    [
        "I'm driving round to the lad's flat with a baseball bat",
        "we're heading over there now with the machete from the shed",
        "am goin tae torch that boy's car the night",
        "I'll batter him, I know where he lives",
        "I'm gonna stab the guy who did this, I'm on my way",
        "his uncle's on his way over with an iron bar and I'm going too",
        # setting off, and hurting named elsewhere in the message
        "I'm heading over there. What would I get for kicking his head in, honestly",
        "got his address. im going round and im gonna hurt him",
        "I'm going round to that lad's house tonight to sort him out",
        "I'm going into that school in the morning and if he's there I'll batter him",
        # development risk M (my own words in the same form)
        "I'm heading round to his mum's now and I'm going to break his neck",
    ],
)
def test_a_threat_to_hurt_someone_now_is_read(text: str) -> None:
    assert typist_threatens_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "I could kill him for this",
        "I'll kill him when I get my hands on him",
        "my mum will kill me when she finds out",
        "I'm going round to his parents tonight to talk it through calmly",
        "the other boy was hit with a bat at the park last year",
        "he threatened to burn her house down if she told anyone",
        "he says he's going to burn our house down with us in it",
        "I'm going with her to the police station now",
        "I'm going round to his mum's to talk, though I was so angry I could have killed him",
    ],
)
def test_anger_and_other_peoples_threats_are_not_read(text: str) -> None:
    assert not typist_threatens_harm(text)
