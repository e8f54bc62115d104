"""How the page draws exact replies (canned from the engine and record builder) and keeps a case.

These do not depend on which model is loaded: the webhook is answered by the test
with payloads the project's own code made.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from actions.presentation.wording import words
from tests.browser.chat import ChatPage, canned, webhook_requests
from tests.browser.payloads import (
    assessment,
    assessment_custom,
    assessment_replies,
    record_payload,
    training_answer,
    training_question,
)

ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
#: The level badges' words, from the one wording file.
LEVEL_LABELS = words("levels", "label")


def stored_id(page: Page) -> str:
    return page.evaluate("sessionStorage.getItem('chat.conversationId')")


def test_the_conversation_id_is_random_kept_on_reload_and_renewed_on_request(
    chat: ChatPage, page: Page
) -> None:
    sent = webhook_requests(page)
    first = stored_id(page)
    assert ID.match(first)

    chat.say("hello")
    assert sent[-1] == {"sender": first, "message": "hello"}

    page.reload()
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    assert stored_id(page) == first
    expect(chat.log.locator(".message.user p")).to_have_text(["hello"])  # the case continues
    expect(chat.last_turn.locator("button.quick-reply", has_text="Police")).to_be_enabled()
    chat.press("Police")
    assert sent[-1]["sender"] == first

    page.get_by_role("button", name="New conversation").click()
    second = stored_id(page)
    assert ID.match(second) and second != first
    expect(chat.log.locator(".message.user")).to_have_count(0)
    expect(chat.log).to_contain_text("New conversation started")
    chat.say("hi")
    assert sent[-1]["sender"] == second


def test_ids_differ_between_tabs(chat: ChatPage, page: Page) -> None:
    other = page.context.new_page()
    ChatPage(other, chat.url).open()
    assert ID.match(stored_id(other)) and stored_id(other) != stored_id(page)
    other.close()


def test_an_assessment_card_carries_everything(chat: ChatPage, page: Page) -> None:
    data = assessment("referral")
    canned(page, lambda body: assessment_replies("referral"))

    card = chat.say("x").locator(".assessment-card")

    expect(card.locator(".provisional")).to_contain_text("Provisional:")
    expect(card.locator(".provisional li")).to_have_text(
        ["whether a child is at immediate risk of harm", "where the case is"]
    )
    expect(card.locator("ul.reasons > li")).to_have_count(len(data["factors"]))
    expect(card.locator("ol.steps > li")).to_have_count(len(data["actions"]))
    expect(card.locator("ul.signposts > li")).to_have_count(len(data["signposts"]))
    first = data["signposts"][0]
    expect(card.locator("ul.signposts > li").first).to_contain_text(first["contact"])
    expect(card.locator("ul.signposts > li").first).to_contain_text(f"For: {first['audience']}")
    links = card.locator("a.source")
    expect(links).to_have_count(len(data["factors"]) + len(data["actions"]))
    expect(card.locator(".guidance-version")).to_have_text(
        f"Guidance version {data['guidance_version']}"
    )
    expect(card.locator("details.text-version")).to_contain_text("the text version")


def test_the_card_is_the_servers_layout_and_an_old_payload_is_text_only(
    chat: ChatPage, page: Page
) -> None:
    on = {**assessment("referral"), "full_investigation": True, "pictured_child": "victim"}
    off = {**assessment("referral"), "full_investigation": False}
    canned(
        page,
        lambda body: [
            {"custom": assessment_custom(on)},
            {"custom": assessment_custom(off)},
            {"text": "OLD: the text of an assessment without a layout."},
            {"custom": {"assessment": off}},
        ],
    )

    turn = chat.say("x")

    cards = turn.locator(".assessment-card")
    expect(cards).to_have_count(2)
    drawn = assessment_custom(on)["layout"]
    kinds = dict(zip(drawn["line_kinds"], drawn["lines"], strict=True))
    expect(cards.first.locator(".level-detail")).to_have_text(
        [kinds["detail"], kinds["full_investigation"]]
    )
    expect(cards.first.locator(".full-investigation")).to_have_count(1)
    expect(cards.first.locator(".pictured-child")).to_have_text(kinds["pictured_child"])
    expect(cards.nth(1).locator(".full-investigation")).to_have_count(0)
    expect(turn.locator(".message.bot .bot-text").last).to_have_text(
        "OLD: the text of an assessment without a layout."
    )


def test_sources_without_a_url_are_plain_text(chat: ChatPage, page: Page) -> None:
    data = assessment("safeguarding")
    for factor in data["factors"]:
        factor.pop("url", None)
    canned(
        page,
        lambda body: [
            {"text": "Answer text."},
            {"text": "Sources: A; B"},
            {
                "custom": {
                    "topic": "law",
                    "sources": ["A", {"source": "B", "url": "https://b.example/"}],
                }
            },
            {"custom": assessment_custom(data)},
        ],
    )

    turn = chat.say("x")

    expect(turn.locator("ul.reasons a")).to_have_count(0)
    expect(turn.locator("ul.reasons .source").first).to_have_text(data["factors"][0]["source"])
    expect(turn.locator(".message.bot .bot-text")).to_have_text(["Answer text."])
    expect(turn.locator(".sources li")).to_have_text(["A", "B (opens in a new tab)"])
    expect(turn.locator(".sources a")).to_have_attribute("href", "https://b.example/")


def test_a_record_downloads_exactly_what_the_builder_made(chat: ChatPage, page: Page) -> None:
    payload = record_payload("referral")
    canned(page, lambda body: [{"text": "Here is your record."}, {"custom": {"record": payload}}])

    card = chat.say("/ask_record").locator(".record-card")
    expect(card.locator("details.record-preview pre")).to_contain_text("Case record")
    with page.expect_download() as md:
        card.get_by_role("button", name="Download record (Markdown)").click()
    with page.expect_download() as js:
        card.get_by_role("button", name="Download record (JSON)").click()

    assert md.value.suggested_filename == f"{payload['filename_stem']}.md"
    assert js.value.suggested_filename == f"{payload['filename_stem']}.json"
    assert Path(md.value.path()).read_text(encoding="utf-8") == payload["markdown"]
    assert json.loads(Path(js.value.path()).read_text(encoding="utf-8")) == payload["data"]


def test_a_hostile_filename_stem_is_cleaned(chat: ChatPage, page: Page) -> None:
    payload = {**record_payload(), "filename_stem": "../../etc/passwd<script>"}
    canned(page, lambda body: [{"custom": {"record": payload}}])
    card = chat.say("x").locator(".record-card")
    with page.expect_download() as md:
        card.get_by_role("button", name="Download record (Markdown)").click()
    assert md.value.suggested_filename == "etcpasswdscript.md"


def test_the_trainer_card_and_score(chat: ChatPage, page: Page) -> None:
    def reply(body: dict) -> list:
        if body["message"] == "/start_training" or body["message"].startswith("start"):
            return training_question()
        return training_answer("referral", "referral", (1, 1))

    canned(page, reply)
    score = page.locator("#score")

    question = chat.say("start a training scenario")
    card = question.locator(".training-question")
    expect(card.locator("h2")).to_have_text("The Year 8 group chat")
    expect(card.locator(".narrative")).to_have_text(
        "A 12-year-old shares a nude of herself with a classmate (12).\n"
        "He forwards it to the class group chat."
    )
    expect(score).to_have_text("Score: 0 of 0")

    reveal = chat.press("Referral")
    answer = reveal.locator(".training-answer")
    expect(answer.locator(".verdict")).to_have_text("✓ Right.")
    expect(answer.locator(".level-badge")).to_have_text(LEVEL_LABELS["referral"])
    expect(answer).to_contain_text(f"You chose: {LEVEL_LABELS['referral']}.")
    expect(score).to_have_text("Score: 1 of 1")
    expect(score).to_be_in_viewport()
    expect(chat.log.locator("button.quick-reply", has_text="Emergency")).to_be_disabled()


def test_a_wrong_training_answer_says_so(chat: ChatPage, page: Page) -> None:
    canned(page, lambda body: training_answer("safeguarding", "emergency", (0, 1)))
    answer = chat.say("safeguarding").locator(".training-answer")
    expect(answer.locator(".verdict")).to_have_text("✗ Not quite.")
    expect(answer.locator(".level-badge")).to_have_text(LEVEL_LABELS["emergency"])
    expect(page.locator("#score")).to_have_text("Score: 0 of 1")


def test_words_a_payload_leaves_out_come_from_the_wording_file(chat: ChatPage, page: Page) -> None:
    """A checklist without its labels, a training answer without its level label: the page
    takes the words from GET wording.json (it keeps no copy of them)."""
    lines = words("facts", "checklist")
    reveal = training_answer("referral", "referral", (1, 1))
    reveal[1]["custom"]["layout"] = {**reveal[1]["custom"]["layout"], "title": "", "extra": {}}
    replies = [{"text": "Do any of these apply?", "custom": {"checklist": ["online", "repeated"]}}]
    canned(page, lambda body: replies if body["message"] == "list" else reveal)
    checklist = chat.say("list").locator(".checklist")
    expect(checklist.locator(".checklist-row")).to_have_text(
        [f"1. {lines['online']}", f"2. {lines['repeated']}"]
    )
    answer = chat.say("referral").locator(".training-answer")
    expect(answer.locator(".level-badge")).to_have_text(LEVEL_LABELS["referral"])


def test_server_notices_are_shown_and_unavailable_can_be_retried(
    chat: ChatPage, page: Page
) -> None:
    canned(
        page,
        lambda body: [
            {"text": "The assistant is busy."},
            {"custom": {"notice": {"kind": "assistant_unavailable"}}},
        ],
    )
    chat.input.fill("hello")
    chat.input.press("Enter")

    notice = chat.log.locator(".server-notice.notice-assistant_unavailable")
    expect(notice).to_contain_text("Notice: The assistant is busy.")
    expect(chat.input).to_have_value("hello")
    expect(chat.log.locator(".message.user.unanswered")).to_have_count(1)

    page.unroute("**/webhooks/rest/webhook")
    before = chat.bot_turns.count()
    notice.get_by_role("button", name="Retry").click()
    chat.wait_for_reply(before)
    expect(chat.last_turn.locator("button.quick-reply", has_text="Police")).to_be_enabled()
    expect(chat.input).to_have_value("")


def test_a_refused_conversation_id_is_explained(chat: ChatPage, page: Page) -> None:
    page.route(
        "**/webhooks/rest/webhook",
        lambda route: route.fulfill(
            status=400,
            headers={"Access-Control-Allow-Origin": "*"},
            content_type="application/json",
            body=json.dumps(
                {
                    "error": "invalid_sender",
                    "message": "The conversation id was refused.",
                    "notice": {"kind": "invalid_sender"},
                }
            ),
        ),
    )
    chat.input.fill("hello")
    chat.input.press("Enter")
    expect(chat.log.locator(".notice-invalid_sender")).to_contain_text("was refused")
    expect(chat.input).to_have_value("hello")


def test_the_counter_warns_before_the_limit_and_never_cuts_a_paste(
    chat: ChatPage, page: Page
) -> None:
    counter = page.locator("#counter")
    expect(counter).to_have_text("0 / 2000")
    chat.input.focus()
    page.keyboard.insert_text("a" * 1700)
    expect(counter).to_have_text("1700 / 2000")
    page.keyboard.insert_text("a" * 100)
    expect(counter).to_contain_text("1800 / 2000 (nearly at the limit: 200 left)")
    page.keyboard.insert_text("b" * 1200)  # a long paste: kept whole, never cut
    assert len(chat.input.input_value()) == 3000
    expect(counter).to_contain_text("too long by 1000")
    chat.input.press("Enter")
    expect(chat.log.locator(".notice.too-long")).to_contain_text("still in the box")
    assert len(chat.input.input_value()) == 3000, "the text is kept to shorten"
