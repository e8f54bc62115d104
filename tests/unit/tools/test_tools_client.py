"""The hurried user (tools/client.py): how each question is answered, and whole
conversations played against a stand-in webhook on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from tools.client import (
    AGE_ANSWER,
    CHECKLIST_ANSWER,
    JURISDICTION_ANSWER,
    NO_ANSWER,
    ROLE_ANSWER,
    WEBHOOK,
    HurriedUser,
    StuckConversation,
    assessment_in,
    checklist_in,
    hurried_answer,
    new_sender_id,
    notice_in,
    play,
    play_case,
)


def question(*payloads: str, text: str = "a question") -> dict[str, Any]:
    return {"text": text, "buttons": [{"title": p, "payload": p} for p in payloads]}


ROLE = question(
    '/inform{"role": "police"}', '/inform{"role": "school"}', '/inform{"role": "other"}'
)
PLACE = question('/inform{"jurisdiction": "wales"}', '/inform{"jurisdiction": "england"}')
YES_NO = question("/affirm", "/deny", "/dont_know")
AGE = question("/dont_know")
CHECKLIST = [
    question('/inform{"a": true}', '/inform{"a": false, "b": false}', "/dont_know"),
    {"custom": {"checklist": ["a", "b"]}},
]
ASSESSMENT = {"level": "referral", "outcome_21": "not_appropriate"}
ASSESSED = [{"text": "Level: referral"}, {"custom": {"assessment": ASSESSMENT}}]


def test_sender_ids_pass_the_guarded_channel_rule() -> None:
    ids = {new_sender_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(22 <= len(i) <= 128 and i.replace("-", "").replace("_", "").isalnum() for i in ids)


def test_the_role_is_its_button_and_the_place_is_england() -> None:
    assert hurried_answer([ROLE]) == ROLE_ANSWER
    assert hurried_answer([ROLE], role="police") == '/inform{"role": "police"}'
    assert hurried_answer([ROLE], role="parent") == '/inform{"role": "police"}'  # not offered
    assert hurried_answer([PLACE]) == JURISDICTION_ANSWER


def test_yes_no_is_no_an_age_is_a_number_and_a_checklist_is_none_of_these() -> None:
    assert hurried_answer([YES_NO]) == NO_ANSWER
    assert hurried_answer([AGE]) == AGE_ANSWER
    assert hurried_answer([{"text": "How old was the youngest child?"}]) == AGE_ANSWER
    assert hurried_answer(CHECKLIST) == CHECKLIST_ANSWER


def test_the_last_question_asked_is_the_one_answered() -> None:
    assert hurried_answer([ROLE, PLACE]) == JURISDICTION_ANSWER
    assert hurried_answer([{"text": "Thanks."}, YES_NO]) == NO_ANSWER
    assert hurried_answer([{"text": "Hello."}]) is None


def test_payloads_are_found_among_the_replies() -> None:
    assert assessment_in(ASSESSED) == ASSESSMENT
    assert assessment_in([{"custom": {"topic": "law"}}]) is None
    assert checklist_in(CHECKLIST) == ["a", "b"] and checklist_in([YES_NO]) == []
    notice = {"kind": "assistant_unavailable"}
    assert notice_in([{"custom": {"notice": notice}}]) == notice
    assert notice_in(ASSESSED) is None


def test_a_case_runs_greeting_narrative_answers_until_the_assessment() -> None:
    user = HurriedUser("a year 9 girl sent a nude", role="police", greeting="hi")
    assert user.first() == "hi"
    assert user.next([{"text": "Hello"}]) == "a year 9 girl sent a nude"
    assert user.next([ROLE]) == '/inform{"role": "police"}'
    assert user.next([YES_NO]) == NO_ANSWER
    assert user.next([AGE]) == AGE_ANSWER
    assert user.next(ASSESSED) is None
    assert user.turns == 5


def test_without_a_greeting_the_narrative_comes_first() -> None:
    user = HurriedUser("x")
    assert user.first() == "x"
    assert user.next([YES_NO]) == NO_ANSWER


def test_a_notice_an_unknown_question_and_a_case_that_never_ends_are_stuck() -> None:
    user = HurriedUser("x")
    user.first()
    with pytest.raises(StuckConversation, match="notice"):
        user.next([{"custom": {"notice": {"kind": "message_too_long"}}}])
    with pytest.raises(StuckConversation, match="no question"):
        user.next([{"text": "Sorry?"}])
    endless = HurriedUser("x", max_turns=3)
    endless.first()
    with pytest.raises(StuckConversation, match="no assessment after 3 turns"):
        for _ in range(4):
            endless.next([YES_NO])


# --------------------------------------------------------------------------- over HTTP


class StandInBot:
    """A webhook that asks the role, one yes/no question, then assesses; or ``broken``."""

    def __init__(self, broken: bool = False) -> None:
        self.broken = broken
        self.heard: list[tuple[str, str]] = []

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.heard.append((body["sender"], body["message"]))
        if self.broken:
            return web.Response(status=500, text="boom")
        turn = sum(sender == body["sender"] for sender, _ in self.heard)
        replies = {1: [ROLE], 2: [YES_NO]}.get(turn, ASSESSED)
        return web.Response(text=json.dumps(replies), content_type="application/json")


@pytest.fixture
async def bot_url(request: pytest.FixtureRequest) -> AsyncIterator[tuple[StandInBot, str]]:
    bot = StandInBot(broken=getattr(request, "param", False))
    app = web.Application()
    app.router.add_post(WEBHOOK, bot.webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield bot, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_a_case_is_played_to_its_assessment_and_every_turn_timed(
    bot_url: tuple[StandInBot, str],
) -> None:
    bot, url = bot_url
    async with aiohttp.ClientSession() as session:
        result = await play_case(session, [url, url + "/"], "a narrative")
    assert result.completed and result.assessment == ASSESSMENT
    assert result.messages == ["a narrative", ROLE_ANSWER, NO_ANSWER]
    assert [turn.server for turn in result.turns] == [url, url + "/", url]  # alternating
    assert len(result.latencies) == 3 and all(t > 0 for t in result.latencies)
    assert {sender for sender, _ in bot.heard} == {result.sender_id}
    assert result.summary()["level"] == "referral"


@pytest.mark.parametrize("bot_url", [True], indirect=True)
async def test_an_http_error_ends_the_conversation_and_is_recorded(
    bot_url: tuple[StandInBot, str],
) -> None:
    _, url = bot_url
    async with aiohttp.ClientSession() as session:
        result = await play(session, [url], HurriedUser("x"))
    assert not result.completed
    assert result.error is not None and "HTTP 500" in result.error
