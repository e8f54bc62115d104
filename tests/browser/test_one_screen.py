"""A card that fits one screen (issue 14, item 3), on a 390x844 phone.

The assessment's headline (the level, one sentence on why, the first three steps) fits
the chat log's visible height between the page's header and its composer; all the steps,
the reasons and the contacts are closed <details> that open by keyboard; the card's
buttons keep working after typed follow-ups.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from actions import messages
from actions.case_form import checklist_buttons, checklist_payload
from tests.browser.chat import ChatPage, canned, webhook_requests
from tests.browser.payloads import assessment_replies
from tests.browser.stack import Stack

PHONE_390 = {"width": 390, "height": 844}
LEVELS = ["emergency", "referral", "safeguarding", "out_of_scope"]
REFERRAL_CASE = (
    "A 14-year-old girl in Year 9 sent a nude photo of herself to a 19-year-old man she met online."
)

MEASURE = """card => {
  const log = document.getElementById('log');
  const box = log.getBoundingClientRect();
  const pad = parseFloat(getComputedStyle(log).paddingTop) + parseFloat(getComputedStyle(log).paddingBottom);
  const headline = card.querySelector('.headline').getBoundingClientRect();
  return {
    headline: headline.height,
    card: card.getBoundingClientRect().height,
    above: box.top,
    below: window.innerHeight - box.bottom,
    room: window.innerHeight - box.top - (window.innerHeight - box.bottom) - pad,
  };
}"""


def phone_chat(page: Page, stack: Stack) -> ChatPage:
    page.set_viewport_size(PHONE_390)
    return ChatPage(page, stack.page_url + "/").open()


@pytest.mark.parametrize("level", LEVELS)
def test_the_headline_fits_one_phone_screen(page: Page, stack: Stack, level: str) -> None:
    chat = phone_chat(page, stack)
    canned(page, lambda body: assessment_replies(level))
    card = chat.say("x").locator(".assessment-card")
    size: dict[str, Any] = card.evaluate(MEASURE)
    assert size["headline"] <= 844 - size["above"] - size["below"], size
    assert size["headline"] <= size["room"], size
    headline = card.locator(".headline")
    expect(headline.locator(".level-badge")).to_be_visible()
    expect(headline.locator(".level-why")).to_contain_text(re.compile(r"^Why: "))
    expect(headline.locator("ol.top-steps > li")).to_have_count(3)
    if level == "emergency":
        expect(headline.locator("ol.top-steps > li").first).to_contain_text("999")
    # The reply is shown from the card's top, so the whole headline is on screen.
    expect(headline).to_be_in_viewport(ratio=1)


def test_the_details_are_closed_and_open_by_keyboard(page: Page, stack: Stack) -> None:
    chat = phone_chat(page, stack)
    canned(page, lambda body: assessment_replies("safeguarding"))
    card = chat.say("x").locator(".assessment-card")
    more = card.locator("details.card-more")
    expect(more.locator("summary")).to_have_text(["All next steps", "Why", "Contacts"])
    for index in range(more.count()):
        expect(more.nth(index)).not_to_have_attribute("open", "")
    expect(card.locator("ol.steps")).to_be_hidden()
    expect(card.locator("ul.reasons")).to_be_hidden()
    # Known-absent reasons are one "Ruled out" line, not a bullet each.
    reasons = card.locator("ul.reasons > li")
    expect(reasons.last).to_contain_text(re.compile(r"^Ruled out"))
    for text in reasons.all_text_contents():
        assert not text.startswith(("No ", "Nothing ", "The image is not known to")), text

    more.nth(0).locator("summary").focus()
    page.keyboard.press("Enter")
    expect(more.nth(0)).to_have_attribute("open", "")
    expect(card.locator("ol.steps > li").first).to_be_visible()
    more.nth(1).locator("summary").focus()
    page.keyboard.press("Space")
    expect(more.nth(1)).to_have_attribute("open", "")
    expect(reasons.first.locator(".cite")).to_be_visible()
    page.keyboard.press("Enter")
    expect(more.nth(1)).not_to_have_attribute("open", "")


def test_a_typed_message_then_a_button_still_works(page: Page, stack: Stack) -> None:
    chat = phone_chat(page, stack)
    sent = webhook_requests(page)

    def reply(body: dict[str, Any]) -> list[dict[str, Any]]:
        if body["message"] == "x":
            return assessment_replies("referral")
        return [{"recipient_id": "x", "text": f"You sent {body['message']}"}]

    canned(page, reply)
    chat.say("x")
    chat.say("should I look at the image?")
    turn = chat.press("Why this level?")
    expect(turn).to_contain_text("You sent /explain_factor")
    assert [body["message"] for body in sent][-2:] == [
        "should I look at the image?",
        "/explain_factor",
    ]


def test_the_record_button_works_after_follow_ups(chat: ChatPage, page: Page) -> None:
    page.set_viewport_size(PHONE_390)
    chat.say(REFERRAL_CASE)
    card = chat.answer_until_assessed("school")
    expect(card.locator(".headline .level-badge")).to_be_visible()
    chat.say("should I look at the image?")
    chat.press("Why this level?")
    turn = chat.press("Get a case record")
    expect(turn.locator(".record-card")).to_be_visible()


CHECKLIST = [
    "capacity_concern",
    "profit_motive",
    "shared_without_consent",
    "widely_shared",
    "repeated",
]


def checklist_replies() -> list[dict[str, Any]]:
    """The checklist as the REST channel sends it: its text and buttons, then its payload
    (made by the action server's own functions)."""
    return [
        {
            "recipient_id": "x",
            "text": messages.render_checklist(CHECKLIST),
            "buttons": checklist_buttons(CHECKLIST),
        },
        {"recipient_id": "x", "custom": checklist_payload(CHECKLIST)},
    ]


def phone_checklist(page: Page, stack: Stack) -> tuple[ChatPage, list[dict[str, Any]]]:
    """A phone showing the checklist, and the list of what the page sends from then on."""
    chat = phone_chat(page, stack)
    sent = webhook_requests(page)
    canned(
        page,
        lambda body: (
            checklist_replies()
            if body["message"] == "x"
            else [{"recipient_id": "x", "text": "Thanks"}]
        ),
    )
    chat.say("x")
    return chat, sent


def test_a_checklist_fits_a_phone_and_sends_the_ticked_facts_as_one_answer(
    page: Page, stack: Stack
) -> None:
    chat, sent = phone_checklist(page, stack)
    box = chat.log.locator(".checklist").first  # a fixed element: turn locators move on
    expect(box.locator("input[type=checkbox]")).to_have_count(len(CHECKLIST))
    size = box.evaluate(
        "n => ({h: n.getBoundingClientRect().height,"
        " room: document.getElementById('log').clientHeight})"
    )
    assert size["h"] <= size["room"], size
    # The one-button-per-fact answers are replaced by the tick boxes.
    assert chat.enabled_choices() == ["None of these", "Not sure", "One at a time"]
    done = box.locator("button", has_text="These apply")
    expect(done).to_be_disabled()
    box.get_by_label(re.compile("Spread widely")).check()
    box.get_by_label(re.compile("happened before")).check()
    done.click()
    expect(chat.log.locator(".message.user").last).to_contain_text("These apply:")
    message = sent[-1]["message"]
    assert message.startswith("/inform")
    answer = json.loads(message.removeprefix("/inform"))
    assert answer == {key: key in ("widely_shared", "repeated") for key in CHECKLIST}
    expect(box.locator("input[type=checkbox]").first).to_be_disabled()
    assert chat.enabled_choices() == []


def test_none_of_these_answers_the_checklist_and_closes_its_tick_boxes(
    page: Page, stack: Stack
) -> None:
    chat, sent = phone_checklist(page, stack)
    chat.press("None of these")
    assert json.loads(sent[-1]["message"].removeprefix("/inform")) == dict.fromkeys(
        CHECKLIST, False
    )
    expect(chat.log.locator(".checklist input[type=checkbox]").first).to_be_disabled()
