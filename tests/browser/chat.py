"""Drive the chat page as a person would: type, press Enter, click the bot's buttons.

Waits use Playwright locators only: the page's Content-Security-Policy forbids
string evaluation, which ``page.wait_for_function`` needs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Locator, Page, Route, expect

REPLY_TIMEOUT_MS = 45_000
MAX_TURNS = 20
ROLE_BUTTONS = {
    "police": "Police",
    "school": "School or college staff",
    "trainer": "Trainer",
    "parent": "Parent or carer",
    "other": "Someone else",
}


class ChatPage:
    """The chat page in one browser tab."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url

    # ------------------------------------------------------------ locators

    @property
    def log(self) -> Locator:
        return self.page.locator("#log")

    @property
    def input(self) -> Locator:
        return self.page.locator("#message")

    @property
    def bot_turns(self) -> Locator:
        return self.page.locator("#log .bot-turn")

    @property
    def last_turn(self) -> Locator:
        return self.bot_turns.last

    def enabled_choices(self) -> list[str]:
        """Titles of the quick replies the user can still press (the latest question's)."""
        buttons = self.log.locator("button.quick-reply:enabled")
        return [text.strip() for text in buttons.all_inner_texts()]

    # ------------------------------------------------------------ actions

    def open(self) -> ChatPage:
        self.page.goto(self.url)
        expect(self.page.locator("body")).to_have_attribute("data-ready", "true")
        return self

    def wait_for_reply(self, turns_before: int) -> Locator:
        """The new bot turn, once the assistant has answered."""
        expect(self.bot_turns).to_have_count(turns_before + 1, timeout=REPLY_TIMEOUT_MS)
        expect(self.page.locator("#typing")).to_have_count(0, timeout=REPLY_TIMEOUT_MS)
        return self.last_turn

    def say(self, text: str) -> Locator:
        """Type ``text``, press Enter and return the bot's reply turn."""
        before = self.bot_turns.count()
        self.input.fill(text)
        self.input.press("Enter")
        return self.wait_for_reply(before)

    def press(self, title: str) -> Locator:
        """Click the enabled quick reply titled ``title``; return the reply turn."""
        before = self.bot_turns.count()
        exactly = re.compile(f"^\\s*{re.escape(title)}\\s*$")
        self.log.locator("button.quick-reply:enabled", has_text=exactly).last.click()
        return self.wait_for_reply(before)

    def answer_until_assessed(self, role: str = "school") -> Locator:
        """Answer every question (buttons and words in turn) until the assessment card comes.

        Yes/no questions are answered "No" and checklists "None of these" (alternately by
        button and typed), the place
        by the "England" button, an age by typing a number: this always finishes a case.
        """
        typed = False
        for _ in range(MAX_TURNS):
            cards = self.log.locator(".assessment-card")
            if cards.count():
                return cards.last
            choices = self.enabled_choices()
            if ROLE_BUTTONS[role] in choices:
                self.press(ROLE_BUTTONS[role])
            elif "No" in choices:
                self.say("no") if typed else self.press("No")
                typed = not typed
            elif "None of these" in choices:  # a checklist
                self.say("none of these") if typed else self.press("None of these")
                typed = not typed
            elif "England" in choices:
                self.press("England")
            else:
                self.say("14")
        raise AssertionError(f"no assessment after {MAX_TURNS} answers")


def webhook_requests(page: Page) -> list[dict[str, Any]]:
    """A live list of the bodies the page POSTs to Rasa's webhook."""
    bodies: list[dict[str, Any]] = []

    def record(request: Any) -> None:
        if request.url.endswith("/webhooks/rest/webhook") and request.method == "POST":
            bodies.append(json.loads(request.post_data or "{}"))

    page.on("request", record)
    return bodies


def canned(page: Page, reply: Callable[[dict[str, Any]], list[dict[str, Any]]]) -> None:
    """Answer the page's webhook calls with ``reply(body)`` instead of Rasa."""

    def handle(route: Route) -> None:
        if route.request.method != "POST":
            route.fulfill(status=204, headers=cors_headers())
            return
        body = json.loads(route.request.post_data or "{}")
        route.fulfill(
            status=200,
            headers=cors_headers(),
            content_type="application/json",
            body=json.dumps(reply(body)),
        )

    page.route("**/webhooks/rest/webhook", handle)


def cors_headers() -> dict[str, str]:
    return {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "content-type"}
