"""Safety of the page: text stays text, images are refused, no answer is never silent."""

from __future__ import annotations

import contextlib

from playwright.sync_api import Page, Route, expect

from tests.browser.chat import ChatPage, canned, webhook_requests
from tests.browser.payloads import assessment, assessment_custom
from tests.browser.stack import Stack

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"
WEBHOOK = "**/webhooks/rest/webhook"
NO_ANSWER = "The assistant did not answer. Your message was not lost: try again"
IMAGE_FILE = """() => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array([137, 80, 78, 71])], "photo.png", {type: "image/png"}));
  return transfer;
}"""
TEXT_ONLY = """() => {
  const transfer = new DataTransfer();
  transfer.setData("text/plain", "pasted words");
  return transfer;
}"""
PASTE = """([selector, transfer]) => {
  const event = new ClipboardEvent("paste", {clipboardData: transfer, bubbles: true, cancelable: true});
  return !document.querySelector(selector).dispatchEvent(event);
}"""
DROP = """([selector, transfer]) => {
  const target = document.querySelector(selector);
  const over = new DragEvent("dragover", {dataTransfer: transfer, bubbles: true, cancelable: true});
  const drop = new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true});
  return [!target.dispatchEvent(over), !target.dispatchEvent(drop)];
}"""


def assert_nothing_injected(page: Page) -> None:
    assert page.locator("#log img, #log script, #log iframe, [onerror]").count() == 0


def test_markup_typed_by_the_user_is_shown_as_text(
    chat: ChatPage, page: Page, problems: list
) -> None:
    chat.say(HOSTILE)

    expect(chat.log.locator(".message.user p").last).to_have_text(HOSTILE)
    assert_nothing_injected(page)
    page.wait_for_timeout(300)  # an injected onerror would fire on the failed image load
    assert problems == []


def test_markup_and_script_urls_from_the_bot_stay_inert(
    chat: ChatPage, page: Page, problems: list
) -> None:
    hostile = assessment("referral")
    hostile["factors"][0]["effect"] = HOSTILE
    hostile["factors"][0]["url"] = "javascript:alert(3)"
    hostile["signposts"][0]["name"] = "<b>bold</b>"
    canned(
        page,
        lambda body: [
            {"text": HOSTILE, "buttons": [{"title": HOSTILE, "payload": "/affirm"}]},
            {"custom": assessment_custom(hostile)},
            {"image": "https://example.org/picture.png"},
            {
                "custom": {
                    "topic": "law",
                    "sources": [HOSTILE, {"source": "S", "url": "javascript:x"}],
                }
            },
        ],
    )

    turn = chat.say("hello")

    expect(turn.locator("ul.reasons > li").first).to_contain_text(HOSTILE)
    expect(turn.locator("ul.signposts strong").first).to_have_text("<b>bold</b>")
    expect(turn.locator("button.quick-reply")).to_have_text(HOSTILE)
    expect(turn.locator(".sources li").first).to_have_text(HOSTILE)
    assert turn.locator("a[href^='javascript']").count() == 0
    assert turn.locator("b").count() == 0
    assert_nothing_injected(page)
    page.wait_for_timeout(300)
    assert problems == []


def test_pasted_or_dropped_images_are_refused_and_nothing_is_sent(
    chat: ChatPage, page: Page
) -> None:
    sent = webhook_requests(page)
    chat.input.fill("a draft about the case")
    image = page.evaluate_handle(IMAGE_FILE)

    assert page.evaluate(PASTE, ["#message", image]) is True
    assert page.evaluate(DROP, ["#message", image]) == [True, True]
    assert page.evaluate(DROP, ["#log", image]) == [True, True]

    refusals = chat.log.locator(".notice.image-refused")
    expect(refusals).to_have_count(3)
    expect(refusals.first).to_contain_text("This assistant never accepts images")
    expect(chat.input).to_have_value("a draft about the case")
    assert page.locator("input[type=file]").count() == 0
    page.wait_for_timeout(300)
    assert sent == []


def test_pasting_plain_text_is_not_refused(chat: ChatPage, page: Page) -> None:
    text = page.evaluate_handle(TEXT_ONLY)

    assert page.evaluate(PASTE, ["#message", text]) is False
    expect(chat.log.locator(".notice.image-refused")).to_have_count(0)


def test_a_network_failure_is_shown_the_text_is_kept_and_retry_works(
    chat: ChatPage, page: Page
) -> None:
    page.route(WEBHOOK, lambda route: route.abort())
    before = chat.bot_turns.count()
    chat.input.fill("hello there")
    chat.input.press("Enter")

    notice = chat.log.locator(".notice.failure")
    expect(notice).to_contain_text(NO_ANSWER)
    expect(chat.input).to_have_value("hello there")
    expect(chat.log.locator(".message.user.unanswered")).to_have_count(1)
    assert chat.bot_turns.count() == before

    page.unroute(WEBHOOK)
    notice.get_by_role("button", name="Retry").click()

    chat.wait_for_reply(before)
    expect(chat.last_turn).to_contain_text("999")
    expect(chat.input).to_have_value("")
    expect(chat.log.locator(".message.user.unanswered")).to_have_count(0)
    expect(chat.log.locator(".message.user")).to_have_count(1)  # retried, not sent twice


def test_an_http_error_is_shown(chat: ChatPage, page: Page) -> None:
    page.route(WEBHOOK, lambda route: route.fulfill(status=500, body="oops"))
    chat.input.fill("hello")
    chat.input.press("Enter")

    expect(chat.log.locator(".notice.failure")).to_contain_text(NO_ANSWER)
    expect(chat.input).to_have_value("hello")


def test_an_empty_reply_is_shown_and_retry_works(chat: ChatPage, page: Page) -> None:
    canned(page, lambda body: [])
    before = chat.bot_turns.count()
    chat.input.fill("hi")
    chat.input.press("Enter")

    notice = chat.log.locator(".notice.failure")
    expect(notice).to_contain_text("The assistant gave no answer")
    expect(notice).to_contain_text("Your message was not lost: try again")
    expect(chat.input).to_have_value("hi")

    page.unroute(WEBHOOK)
    notice.get_by_role("button", name="Retry").click()
    chat.wait_for_reply(before)
    expect(chat.last_turn.locator("button.quick-reply", has_text="Police")).to_be_enabled()


def test_a_reply_slower_than_15_seconds_times_out_and_double_send_is_blocked(
    page: Page, stack: Stack
) -> None:
    page.clock.install()
    held: list[Route] = []
    page.route(WEBHOOK, lambda route: held.append(route))  # never answered: the request hangs
    chat = ChatPage(page, stack.page_url + "/").open()
    sent = webhook_requests(page)
    chat.input.fill("first")
    chat.input.press("Enter")
    expect(page.locator("#typing")).to_be_visible()
    expect(page.locator("#send")).to_be_disabled()
    chat.input.fill("second")
    chat.input.press("Enter")
    expect(chat.input).to_have_value("second")  # kept, not sent while waiting

    page.clock.fast_forward(14_000)
    expect(chat.log.locator(".notice.failure")).to_have_count(0)
    page.clock.fast_forward(2_000)

    expect(chat.log.locator(".notice.failure")).to_contain_text(NO_ANSWER)
    expect(page.locator("#typing")).to_have_count(0)
    expect(page.locator("#send")).to_be_enabled()
    assert [body["message"] for body in sent] == ["first"]
    release(held)
    page.unroute_all(behavior="ignoreErrors")


def release(held: list[Route]) -> None:
    """Answer requests a test held back, so closing the tab does not wait for them."""
    for route in held:
        with contextlib.suppress(Exception):
            route.abort()
