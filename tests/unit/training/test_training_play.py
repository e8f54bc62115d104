"""tools/play.py and the demo (scripts/demo.py, tools/demo.py) without Rasa: answers,
stopping, and the screen.

A scripted fake bot stands in for the trained model (the real one is played by
``make demo`` and the evaluation); it asks what a case form would ask and checks the
answers it gets, so the conversation logic is tested on its own.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from actions.guidance.assessment import assess_mapping
from actions.training import load_scenarios, scenario_by_id
from scripts import demo
from tools import demo as demo_screen
from tools import play

REFERRAL = scenario_by_id("older-boyfriend")


class FakeBot:
    """Asks ``questions`` in turn (``requested_slot``), then sends ``final`` as the assessment."""

    def __init__(
        self, questions: Sequence[str], final: dict[str, Any] | None, loop_forever: bool = False
    ) -> None:
        self.questions = list(questions)
        self.final = final
        self.loop_forever = loop_forever
        self.heard: list[str] = []
        self.requested: str | None = None

    async def say(self, sender_id: str, text: str) -> list[dict[str, Any]]:
        self.heard.append(text)
        if self.loop_forever:
            self.requested = "coercion"
            return [
                {
                    "text": "Was there any pressure?",
                    "buttons": [{"title": "Yes", "payload": "/affirm"}],
                }
            ]
        if self.questions:
            self.requested = self.questions.pop(0)
            return [{"text": f"Tell me about {self.requested}."}]
        self.requested = None
        if self.final is None:
            return [{"text": "I'm not sure what to do now."}]
        return [{"text": "REFERRAL: ..."}, {"custom": {"assessment": self.final}}]

    async def slot(self, sender_id: str, name: str) -> Any:
        assert name == "requested_slot"
        return self.requested


TRUTH = {"role": "police", "jurisdiction": "wales", "pictured_age": 15, "coercion": False}


# --------------------------------------------------------------------------- answers


@pytest.mark.parametrize(
    ("fact", "answer"),
    [
        ("role", '/inform{"role": "police"}'),
        ("jurisdiction", "Wales"),
        ("pictured_age", "15"),
        ("coercion", "no"),
        ("immediate_risk", "not sure"),
    ],
)
def test_each_question_is_answered_from_the_truth(fact: str, answer: str) -> None:
    assert play.answer_for(fact, TRUTH) == answer
    assert play.answer_for("adult_involved", {"adult_involved": True}) == "yes"
    assert (
        play.answer_for("jurisdiction", {"jurisdiction": "northern_ireland"}) == "Northern Ireland"
    )


# --------------------------------------------------------------------------- playing


async def test_play_answers_every_question_until_the_assessment() -> None:
    final = assess_mapping(dict(REFERRAL.facts))
    bot = FakeBot(["role", "immediate_risk", "pictured_age"], final)
    seen: list[play.Exchange] = []
    result = await play.play(bot, "a narrative", REFERRAL.facts, on_exchange=seen.append)  # type: ignore[arg-type]
    assert result.outcome == "assessed"
    assert result.assessment == final
    assert result.asked == ["role", "immediate_risk", "pictured_age"]
    assert bot.heard == ["a narrative", '/inform{"role": "police"}', "no", "15"]
    assert [e.speaker for e in seen] == ["user", "bot"] * 4 + ["bot"]
    assert [e.asked for e in seen if e.speaker == "user"] == [
        None,
        "role",
        "immediate_risk",
        "pictured_age",
    ]
    assert result.transcript == seen


async def test_play_reports_a_stuck_conversation() -> None:
    result = await play.play(FakeBot(["role"], None), "a narrative", TRUTH)  # type: ignore[arg-type]
    assert result.outcome == "stuck"
    assert result.assessment is None
    assert result.asked == ["role"]


async def test_play_gives_up_after_the_turn_limit() -> None:
    bot = FakeBot([], None, loop_forever=True)
    result = await play.play(bot, "a narrative", TRUTH, max_turns=25)  # type: ignore[arg-type]
    assert result.outcome == "too_long"
    assert len(bot.heard) == 26
    assert result.to_dict()["asked"] == ["coercion"] * 25


async def test_async_callbacks_are_awaited() -> None:
    calls: list[str] = []

    async def record(exchange: play.Exchange) -> None:
        calls.append(exchange.speaker)

    await play.play(FakeBot([], {"level": "referral"}), "x", TRUTH, on_exchange=record)  # type: ignore[arg-type]
    assert calls == ["user", "bot", "bot"]


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(play.PlayError, match="make train"):
        play.Bot(tmp_path / "none.tar.gz").start()


# --------------------------------------------------------------------------- the demo screen


class FakeBotContext:
    """Stands in for ``play.Bot`` in the demo: an async context giving a FakeBot."""

    def __init__(self, final: dict[str, Any] | None) -> None:
        self.final = final

    def __call__(self, model: Path, port: int | None) -> FakeBotContext:
        return self

    async def __aenter__(self) -> FakeBot:
        return FakeBot(["role", "immediate_risk"], self.final)

    async def __aexit__(self, *args: object) -> None:
        return None


def run_demo(
    monkeypatch: pytest.MonkeyPatch, final: dict[str, Any] | None, *argv: str
) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr(demo_screen, "Bot", FakeBotContext(final))
    monkeypatch.setattr(sys, "stdout", out)
    return demo.main(list(argv)), out.getvalue()


def test_demo_plays_the_scenario_and_shows_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    final = assess_mapping(dict(REFERRAL.facts))
    status, text = run_demo(monkeypatch, final, "--scenario", REFERRAL.id, "--pace", "0")
    assert status == 0
    assert REFERRAL.narrative.split(".")[0] in text
    assert "USER ▸" in text and "ASSISTANT ◂" in text
    assert "(presses)" not in text  # the fake bot offers no role buttons
    assert "LEVEL: REFERRAL" in text
    assert "The assistant agrees." in text
    for point in REFERRAL.teaching_points:
        assert point.text.split(",")[0] in " ".join(text.split())
    assert "\033[" not in text  # not a terminal: no colour


def test_demo_says_when_the_assistant_disagrees(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = {**assess_mapping(dict(REFERRAL.facts)), "level": "safeguarding"}
    status, text = run_demo(monkeypatch, wrong, "--scenario", REFERRAL.id, "--pace", "0")
    assert status == 1
    assert "The assistant does NOT agree." in text


def test_demo_lists_scenarios_and_refuses_unknown_ones(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main(["--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == [s.id for s in load_scenarios()]
    assert demo.main(["--scenario", "no-such-case"]) == 2
    assert "unknown scenario" in capsys.readouterr().err


def test_screen_wraps_to_the_width_and_keeps_list_indents() -> None:
    out = io.StringIO()
    screen = demo_screen.Screen(out, colour=False, width=50)
    screen.paragraphs("- " + "word " * 30 + "\n1. " + "item " * 20)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 50 for line in lines)
    assert lines[1].startswith("     word")  # 3 + 2 for "- "
    assert any(line.startswith("      item") for line in lines)  # 3 + 3 for "1. "


def test_colour_only_when_asked() -> None:
    out = io.StringIO()
    demo_screen.Screen(out, colour=True, width=60).banner("title")
    assert "\033[" in out.getvalue()


def test_pressed_buttons_show_their_title() -> None:
    buttons = [{"title": "Police", "payload": '/inform{"role": "police"}'}]
    assert demo_screen.pressed('/inform{"role": "police"}', buttons) == "(presses) Police"
    assert demo_screen.pressed("no", buttons) == "no"


def test_demo_without_a_model_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = demo.main(["--model", str(tmp_path / "none.tar.gz"), "--pace", "0"])
    assert status == 2
    assert "run `make train` first" in capsys.readouterr().err
