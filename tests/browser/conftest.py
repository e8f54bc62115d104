"""Browser fixtures: the real stack (action server, Rasa, chat page) and Debian's Chromium.

The stack starts once per session (Rasa takes 25-40 s to load the model) and only
when a test asks for it; each test gets a fresh browser context, so a fresh
sessionStorage and a new conversation id. A missing browser or model fails the
session with a message saying what to do; nothing is skipped.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.browser.chat import ChatPage
from tests.browser.stack import (
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    Stack,
    StackError,
    check_prerequisites,
    running_stack,
)

DESKTOP = {"width": 1200, "height": 900}
PHONE = {"width": 360, "height": 640}


@pytest.fixture(scope="session", autouse=True)
def project_root() -> Iterator[Path]:
    """Run from the project root: Rasa resolves the spaCy pipeline path from it."""
    previous = Path.cwd()
    os.chdir(ROOT)
    yield ROOT
    os.chdir(previous)


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    """The whole assistant behind the chat page, on free ports, for this session."""
    try:
        with running_stack() as running:
            yield running
    except StackError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright never downloads a browser here."""
    if not CHROMIUM.exists():
        try:
            check_prerequisites()
        except StackError as error:
            pytest.fail(str(error), pytrace=False)
    browser = playwright_session.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh profile per test: its own sessionStorage, so its own conversation id."""
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, locale="en-GB")
    yield context
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Remember each phase's outcome on the test item, so fixtures can tell a failure."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def note_problem(problems: list[str], text: str) -> None:
    problems.append(text)


@pytest.fixture
def page(context: BrowserContext, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A tab that fails the test on any uncaught script error, dialog or CSP violation.

    On failure a screenshot and the log's text go to $TMPDIR/browser-failures/.
    """
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: note_problem(problems, f"page error: {error}"))
    page.on(
        "dialog",
        lambda dialog: (note_problem(problems, f"dialog: {dialog.message}"), dialog.dismiss()),
    )
    page.on(
        "console",
        lambda message: (
            note_problem(problems, f"CSP: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.problems = problems  # type: ignore[attr-defined]
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed and not page.is_closed():
        folder = Path(tempfile.gettempdir()) / "browser-failures"
        folder.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", request.node.name)
        page.screenshot(path=str(folder / f"{name}.png"))
        (folder / f"{name}.txt").write_text(page.locator("body").inner_text())
    assert not problems, problems


@pytest.fixture
def chat(page: Page, stack: Stack) -> ChatPage:
    """The chat page, opened against the real assistant."""
    return ChatPage(page, stack.page_url + "/").open()


@pytest.fixture
def problems(page: Page) -> list[Any]:
    """Script errors and dialogs seen so far in this test's tab."""
    return page.problems  # type: ignore[attr-defined]
