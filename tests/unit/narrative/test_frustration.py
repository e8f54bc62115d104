"""Frustration with a service is heard, and only that (``actions.narrative.frustration``)."""

from __future__ import annotations

import pytest

from actions.narrative.frustration import frustrated_with_a_service


@pytest.mark.parametrize(
    ("text", "let_down"),
    [
        ("I'm at the end of my tether with this school, they've done nothing", True),
        ("Three weeks and nobody has rung me back about the photos.", True),
        ("the police are involved but nobody is telling me anything", True),
        ("the school did absolutely nothing about it", True),
        ("still waiting to hear from social services", True),
        ("I've been fobbed off twice now", True),
        ("they've ignored all my emails since half term", True),
        # not a service letting the user down
        ("He says it was a joke and nobody told him to do it.", False),
        ("I'm at the end of my tether, I haven't slept since I found it", False),
        ("we're waiting for the police to come round this afternoon", False),
        ("the school did a great job, nothing more to do", False),
    ],
)
def test_a_service_that_let_the_user_down(text: str, let_down: bool) -> None:
    assert frustrated_with_a_service(text) is let_down
