"""Take the README's screenshots of the chat page against the real assistant.

    .venv/bin/python -m tests.browser.screenshots [--out docs/img]

Starts the same stack as the browser tests (action server, Rasa, chat page on free
ports), plays a case, a phone view and a training round, and writes
``chat-desktop.png``, ``chat-phone.png`` (the card headline at 390 x 844),
``chat-checklist.png`` (a checklist at 390 x 844) and ``trainer.png``.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser.chat import ChatPage
from tests.browser.stack import CHROMIUM, CHROMIUM_ARGS, ROOT, StackError, running_stack

CASE = "a year 9 girl sent a nude to her boyfriend who is 14, he showed his mates"


def unfocus(page: Page) -> None:
    """No focus ring on the message box in a picture."""
    page.locator("#message").blur()


def scroll_to(page: Page, selector: str) -> None:
    """Bring the element's top to the top of the conversation log."""
    page.locator(selector).last.evaluate(
        "node => { const log = document.getElementById('log');"
        " log.scrollTop = node.offsetTop - log.offsetTop - 8; }"
    )


def desktop_case(browser: Browser, url: str, out: Path) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 1300}, reduced_motion="reduce")
    chat = ChatPage(page, url).open()
    chat.say(CASE)
    chat.answer_until_assessed("school")
    scroll_to(page, ".assessment-card")
    unfocus(page)
    page.screenshot(path=str(out / "chat-desktop.png"))
    page.close()


def phone(browser: Browser, url: str, out: Path) -> None:
    """The assessment card's headline on a 390 x 844 phone: it fits one screen."""
    page = browser.new_page(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, reduced_motion="reduce"
    )
    chat = ChatPage(page, url).open()
    chat.say(CASE)
    chat.answer_until_assessed("school")
    scroll_to(page, ".assessment-card")
    unfocus(page)
    page.screenshot(path=str(out / "chat-phone.png"))
    page.close()


CHECKLIST_CASE = "DSL here. Two year 10s, both 15, swapped pics on snapchat, no pressure either way"


def checklist(browser: Browser, url: str, out: Path) -> None:
    """The facts read shown back, then the checklist of what is still open, on a phone."""
    page = browser.new_page(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, reduced_motion="reduce"
    )
    chat = ChatPage(page, url).open()
    chat.say(CHECKLIST_CASE)
    for _ in range(4):
        if chat.log.locator(".checklist").count():
            break
        chat.press("No")
    scroll_to(page, ".checklist")
    unfocus(page)
    page.screenshot(path=str(out / "chat-checklist.png"))
    page.close()


def trainer(browser: Browser, url: str, out: Path) -> None:
    from actions.training import scenario_by_id
    from actions.training.session import CHOICE_TITLES

    page = browser.new_page(viewport={"width": 1000, "height": 1100}, reduced_motion="reduce")
    chat = ChatPage(page, url).open()
    card = chat.say("start a training scenario").locator(".training-question")
    level = scenario_by_id(card.get_attribute("data-scenario") or "").assessment()["level"]
    chat.press(CHOICE_TITLES[level])
    scroll_to(page, ".training-answer")
    unfocus(page)
    page.screenshot(path=str(out / "trainer.png"))
    page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.browser.screenshots")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with running_stack() as stack, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            url = stack.page_url + "/"
            for take in (desktop_case, phone, checklist, trainer):
                take(browser, url, args.out)
                print(f"{take.__name__}: done")
            browser.close()
    except StackError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for name in ("chat-desktop.png", "chat-phone.png", "chat-checklist.png", "trainer.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
