"""Whole conversations through the real page, Rasa and action server (the issue's done-when).

A case described in words, answered by buttons and words, ends in an assessment card;
a guidance question mid-form is answered and the form goes on; the record downloads;
the trainer keeps score.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from actions.presentation.wording import words
from actions.training import CHOICES, scenario_by_id
from actions.training.session import CHOICE_TITLES
from tests.browser.chat import ChatPage

REFERRAL_CASE = "a year 9 girl sent a nude to her boyfriend who is 14, he showed his mates"
EMERGENCY_CASE = (
    "a 15 year old boy is being blackmailed online for money after sending a nude "
    "and he says he wants to kill himself"
)
#: The level badges' words, from the one wording file.
LEVEL_LABELS = words("levels", "label")
AMBER = "rgb(245, 176, 0)"
RED = "rgb(179, 19, 27)"


@pytest.mark.parametrize(
    ("narrative", "role", "level", "words", "colour"),
    [
        (REFERRAL_CASE, "school", "referral", LEVEL_LABELS["referral"], AMBER),
        (EMERGENCY_CASE, "police", "emergency", LEVEL_LABELS["emergency"], RED),
    ],
    ids=["referral-school", "emergency-police"],
)
def test_a_described_case_ends_in_an_assessment_card(
    chat: ChatPage, narrative: str, role: str, level: str, words: str, colour: str
) -> None:
    first = chat.say(narrative)
    expect(first.locator("button.quick-reply", has_text="Police")).to_be_enabled()

    card = chat.answer_until_assessed(role)

    expect(card).to_have_class(re.compile(rf"\blevel-{level}\b"))
    badge = card.locator(".level-badge")
    expect(badge).to_have_text(words)
    expect(badge).to_have_class(re.compile(rf"\blevel-{level}\b"))
    expect(badge).to_have_css("background-color", colour)
    expect(card.locator(".outcome-21")).to_contain_text("Outcome 21:")
    reasons = card.locator("ul.reasons > li")
    expect(reasons.first).to_contain_text("Source:")
    assert reasons.count() >= 3
    source_link = reasons.first.locator("a.source")
    expect(source_link).to_have_attribute("rel", "noopener noreferrer")
    expect(source_link).to_have_attribute("target", "_blank")
    expect(source_link).to_have_attribute("href", re.compile(r"^https://"))
    steps = card.locator("ol.steps > li")
    assert steps.count() >= 3
    expect(steps.first.locator(".cite")).to_contain_text("Source:")
    signposts = card.locator("ul.signposts > li")
    assert signposts.count() >= 1
    expect(signposts.first.locator(".contact")).not_to_be_empty()
    expect(card.locator(".guidance-version")).to_contain_text(re.compile(r"Guidance version \d"))
    details = card.locator("details.text-version")
    expect(details).not_to_have_attribute("open", "")
    expect(details.locator(".bot-text")).to_contain_text("Outcome 21")
    # The answered questions' buttons can no longer be pressed; the card's can.
    expect(chat.log.locator("button.quick-reply", has_text="Police").first).to_be_disabled()
    expect(chat.last_turn.locator("button.quick-reply", has_text="Why this level?")).to_be_enabled()


def test_an_emergency_is_said_in_words_before_any_question(chat: ChatPage) -> None:
    reply = chat.say(EMERGENCY_CASE)
    expect(reply).to_contain_text("Call 999 now")


def test_a_guidance_question_mid_form_is_answered_and_the_form_goes_on(chat: ChatPage) -> None:
    chat.say(REFERRAL_CASE)
    question = chat.press("School or college staff")
    asked = question.locator(".message.bot").last.inner_text()
    assert question.locator("button.quick-reply:enabled").count() >= 2

    answer = chat.say("can I look at the image?")

    expect(answer.locator(".message.bot").first).to_contain_text("view")
    sources = answer.locator(".sources[data-topic='viewing_images']")
    expect(sources.locator("h3")).to_have_text("Sources")
    assert sources.locator("li").count() >= 1
    expect(answer).not_to_contain_text("Sources: ")  # the text list became the Sources list
    expect(answer.locator(".message.bot").last).to_have_text(asked)  # the form asks again
    expect(answer.locator("button.quick-reply:enabled").first).to_be_visible()
    assert chat.answer_until_assessed().is_visible()


def test_the_record_downloads_as_markdown_and_json(
    chat: ChatPage, page: Page, tmp_path: Path
) -> None:
    chat.say("a year 10 girl called Jasmine Okafor sent a nude to a boy in her class, he's 15")
    level = chat.answer_until_assessed("school").get_attribute("data-level")
    assert level in ("safeguarding", "referral")

    reply = chat.press("Get a case record")

    record = reply.locator(".record-card")
    expect(record.locator("h2")).to_have_text("Case record")
    expect(record.locator("details.record-preview summary")).to_have_text("Preview")
    with page.expect_download() as markdown_download:
        record.get_by_role("button", name="Download record (Markdown)").click()
    with page.expect_download() as json_download:
        record.get_by_role("button", name="Download record (JSON)").click()

    markdown_file = markdown_download.value
    json_file = json_download.value
    assert re.fullmatch(r"case-record-\d{8}T\d{4}Z\.md", markdown_file.suggested_filename)
    assert json_file.suggested_filename == markdown_file.suggested_filename[:-3] + ".json"
    markdown = Path(markdown_file.path()).read_text(encoding="utf-8")
    data = json.loads(Path(json_file.path()).read_text(encoding="utf-8"))
    assert level in markdown.lower()
    assert data["format"] == "case-record/1"
    assert data["assessment"]["level"] == level
    for text in (markdown, json.dumps(data)):
        assert "Jasmine" not in text
        assert "Okafor" not in text


def test_the_trainer_reveals_the_level_and_keeps_score(chat: ChatPage, page: Page) -> None:
    score = page.locator("#score")
    expect(score).to_be_hidden()

    question = chat.say("start a training scenario")

    card = question.locator(".training-card.training-question")
    expect(card.locator("h2")).not_to_be_empty()
    expect(card.locator(".narrative")).not_to_be_empty()
    expect(card.locator(".setting")).to_contain_text("You are")
    titles = [CHOICE_TITLES[level] for level in CHOICES]
    assert chat.enabled_choices() == titles
    scenario = scenario_by_id(card.get_attribute("data-scenario") or "")
    right_level = scenario.assessment()["level"]

    reveal = chat.press(CHOICE_TITLES[right_level])

    answer = reveal.locator(".training-card.training-answer")
    expect(answer.locator(".verdict")).to_have_text("✓ Right.")
    expect(answer.locator(".level-badge")).to_have_class(re.compile(rf"\blevel-{right_level}\b"))
    expect(answer.locator("ul.reasons > li").first).to_contain_text("Source:")
    expect(answer.locator("ul.teaching-points > li").first).to_contain_text("Source:")
    expect(score).to_be_visible()
    expect(score).to_have_attribute("aria-live", "polite")
    expect(score).to_have_text("Score: 1 of 1")
    assert set(chat.enabled_choices()) >= {"Next scenario", "Stop training"}

    second = chat.press("Next scenario").locator(".training-question")
    scenario = scenario_by_id(second.get_attribute("data-scenario") or "")
    wrong = next(level for level in CHOICES if level != scenario.assessment()["level"])
    answer = chat.press(CHOICE_TITLES[wrong]).locator(".training-answer")
    expect(answer.locator(".verdict")).to_have_text("✗ Not quite.")
    expect(score).to_have_text("Score: 1 of 2")


def test_a_newer_question_visibly_replaces_older_answer_buttons(chat: ChatPage) -> None:
    chat.say(
        "I'm the DSL at a school in Leeds. A 15 year old girl sent a topless photo to her "
        "15 year old boyfriend."
    )
    groups = chat.log.locator(".answer-options")
    first = groups.nth(groups.count() - 1)  # a fixed index: this group, not the latest
    expect(first.locator("button.quick-reply").first).to_be_enabled()
    chat.say("should I look at the image?")  # answered, then the question is asked again
    expect(first).to_contain_text("Replaced by the newer question below")
    expect(first.locator("button.quick-reply").first).to_be_disabled()
    expect(
        chat.log.locator(".answer-options").last.locator("button.quick-reply").first
    ).to_be_enabled()


def test_training_level_buttons_keep_working_after_a_typed_question(chat: ChatPage) -> None:
    chat.say("start a training scenario")
    groups = chat.log.locator(".answer-options")
    levels = groups.nth(groups.count() - 1)
    expect(levels.locator("button.quick-reply").first).to_be_enabled()
    chat.say("what does Outcome 21 mean?")
    expect(levels.locator("button.quick-reply").first).to_be_enabled()
