"""Keyboard-only use, a phone-sized screen, names, landmarks and colour contrast."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.chat import ChatPage, canned
from tests.browser.conftest import PHONE
from tests.browser.payloads import (
    assessment_replies,
    record_payload,
    training_answer,
    training_question,
)
from tests.browser.stack import Stack
from tests.browser.test_safety import release

LEVELS = ["emergency", "referral", "safeguarding", "out_of_scope"]

# Contrast ratio (WCAG 2.x) of each element's text against the first opaque background
# behind it; getComputedStyle gives both colours as rgb()/rgba(). Runs in the page, once.
CONTRASTS = """(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const opaque = (c) => { const p = parse(c); return p.length === 3 || (p.length === 4 && p[3] > 0.99); };
  const luminance = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (element) => {
    let node = element, background = null;
    while (node && node.nodeType === 1) {
      const bg = getComputedStyle(node).backgroundColor;
      if (opaque(bg)) { background = bg; break; }
      node = node.parentElement;
    }
    background = background || "rgb(255, 255, 255)";
    const fg = getComputedStyle(element).color;
    const [a, b] = [luminance(parse(fg)), luminance(parse(background))];
    return {ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), fg, background,
            cls: String(element.className), text: element.textContent.trim().slice(0, 40)};
  };
  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"
    && !e.closest(".visually-hidden") && e.textContent.trim() !== "";
  return Array.from(document.querySelectorAll(selector)).filter(visible).map(contrast);
}"""

TEXT_ELEMENTS = (
    "h1, h2, h3, p, li, label, summary, strong, span.level-badge, span.contact, span.audience, "
    ".cite, a, button:enabled, code, pre, .counter"
)


def focused(page: Page) -> dict[str, Any]:
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {id: e.id, cls: e.className, tag: e.tagName, text: e.textContent.trim()}; }"
    )


def tab_until(page: Page, wanted: str, key: str = "Tab", limit: int = 25) -> dict[str, Any]:
    """Press ``key`` until the focused element's id or class contains ``wanted``."""
    for _ in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if wanted in (now["id"], *str(now["cls"]).split()):
            return now
    raise AssertionError(f"{wanted!r} never got focus with {key}")


def no_horizontal_scroll(page: Page) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
        " document.getElementById('log').scrollWidth, document.getElementById('log').clientWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[3], widths


def test_keyboard_only_on_a_phone(page: Page, stack: Stack) -> None:
    page.set_viewport_size(PHONE)
    chat = ChatPage(page, stack.page_url + "/").open()

    tab_until(page, "message")
    page.keyboard.type("line one")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("line two")
    expect(chat.input).to_have_value("line one\nline two")
    page.keyboard.press("Control+a")
    page.keyboard.type("hello")
    before = chat.bot_turns.count()
    page.keyboard.press("Enter")
    chat.wait_for_reply(before)
    assert focused(page)["id"] == "message"  # focus came back to the box

    button = tab_until(page, "quick-reply", key="Shift+Tab")
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] != "none" and outline[1] >= 2, outline  # focus is visible
    page.keyboard.press("Enter")
    chat.wait_for_reply(before + 1)
    expect(chat.log.locator(".message.user p").last).to_have_text(button["text"])
    assert focused(page)["id"] == "message"

    chat.log.evaluate("log => { log.scrollTop = log.scrollHeight; }")
    expect(page.get_by_text("Child in immediate danger? Call 999.")).to_be_in_viewport(ratio=1)
    no_horizontal_scroll(page)

    tab_until(page, "new-conversation", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(chat.log.locator(".message.user")).to_have_count(0)
    assert focused(page)["id"] == "message"


def test_a_full_assessment_fits_a_phone(page: Page, stack: Stack) -> None:
    page.set_viewport_size(PHONE)
    chat = ChatPage(page, stack.page_url + "/").open()
    canned(page, lambda body: assessment_replies("emergency"))

    chat.say("hello")
    chat.log.locator("details.text-version summary").last.click()

    no_horizontal_scroll(page)
    expect(page.get_by_text("Child in immediate danger? Call 999.")).to_be_in_viewport(ratio=1)
    expect(page.locator(".disclaimer")).to_be_in_viewport()
    expect(chat.input).to_be_in_viewport()


def every_kind_of_reply(body: dict[str, Any]) -> list[dict[str, Any]]:
    replies: list[dict[str, Any]] = []
    for level in LEVELS:
        replies += assessment_replies(level)
    replies += training_question() + training_answer("referral", "referral", (1, 1))
    replies.append({"custom": {"record": record_payload()}})
    replies.append({"text": "Server notice", "custom": {"notice": {"kind": "message_too_long"}}})
    return replies


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_names_landmarks_and_contrast(page: Page, stack: Stack, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    chat = ChatPage(page, stack.page_url + "/").open()
    canned(page, every_kind_of_reply)
    chat.say("show me everything")
    for summary in chat.log.locator("summary").all():
        summary.click()

    assert page.evaluate("document.documentElement.lang") == "en-GB"
    log = page.get_by_role("log")
    expect(log).to_have_count(1)
    expect(log).to_have_attribute("aria-live", "polite")
    for role in ("banner", "main", "contentinfo"):
        expect(page.get_by_role(role)).to_have_count(1)
    # no maxlength: a long paste is kept whole and the counter says it is too long
    expect(page.get_by_label("Your message")).not_to_have_attribute("maxlength", "2000")
    expect(page.locator("#counter")).to_have_attribute("aria-live", "polite")

    unnamed = unnamed_controls(page)
    assert unnamed == [], unnamed

    for level in LEVELS:
        [badge] = page.evaluate(CONTRASTS, f".assessment-card span.level-badge.level-{level}")
        assert badge["ratio"] >= 4.5, (level, badge)
    checked = page.evaluate(CONTRASTS, TEXT_ELEMENTS)
    assert len(checked) > 100
    low = [result for result in checked if result["ratio"] < 4.5]
    assert low == [], low


def unnamed_controls(page: Page) -> list[dict[str, Any]]:
    """Buttons, links and text boxes without an accessible name, per Chromium's own tree."""
    session = page.context.new_cdp_session(page)
    tree = session.send("Accessibility.getFullAXTree")
    session.detach()
    missing = []
    for node in tree["nodes"]:
        role = node.get("role", {}).get("value")
        name = str(node.get("name", {}).get("value", "")).strip()
        controls = {"button", "link", "textbox", "checkbox", "combobox"}
        if role in controls and not node.get("ignored") and not name:
            missing.append({"role": role, "id": node.get("nodeId")})
    return missing


def test_the_typing_dots_stand_still_when_motion_is_reduced(page: Page, stack: Stack) -> None:
    page.emulate_media(reduced_motion="reduce")
    chat = ChatPage(page, stack.page_url + "/").open()
    held: list[Route] = []
    page.route("**/webhooks/rest/webhook", lambda route: held.append(route))  # hold the reply
    chat.input.fill("hello")
    chat.input.press("Enter")

    dot = page.locator("#typing .dot").first
    expect(dot).to_have_css("animation-name", "none")
    page.emulate_media(reduced_motion="no-preference")
    expect(dot).to_have_css("animation-name", "blink")
    release(held)
    page.unroute_all(behavior="ignoreErrors")
