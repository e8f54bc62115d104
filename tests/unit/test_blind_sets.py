"""The blind evaluation sets keep their shape (tests/blind/README.md).

Only the shape is checked here, so a broken edit is caught; nothing here scores the bot, and
no test reads the sealed questions' texts beyond parsing them.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from actions.guidance.facts import FACT_KEYS, parse_facts
from actions.guidance.knowledge import CONTRACT_TOPIC_IDS

BLIND = Path(__file__).resolve().parents[1] / "blind"
NEW_TOPICS = {
    "getting_in_trouble",
    "blame",
    "confidentiality",
    "cyberflashing",
    "after_report",
    "duty_to_report",
}


def load(name: str) -> dict:
    return yaml.safe_load((BLIND / name).read_text(encoding="utf-8"))


def test_question_sets_have_known_topics_and_their_sizes() -> None:
    topics = set(CONTRACT_TOPIC_IDS) | NEW_TOPICS
    for name, size in (("questions/open.yml", 300), ("questions/sealed.yml", 120)):
        questions = load(name)["questions"]
        assert len(questions) == size, name
        assert {q["topic"] for q in questions} == topics, name
        assert all(q["text"].strip() for q in questions)


def test_risk_set_has_both_labels_and_at_least_sixty_items() -> None:
    utterances = load("risk.yml")["utterances"]
    assert len(utterances) >= 60
    assert {u["risk"] for u in utterances} == {True, False}
    assert {u["who"] for u in utterances} <= {"child", "user", "none"}


def test_pictured_set_has_valid_ages() -> None:
    narratives = load("pictured.yml")["narratives"]
    assert len(narratives) >= 40
    for item in narratives:
        parse_facts({"pictured_age": item["pictured_age"], "other_age": item["other_age"]})


def test_case_narratives_have_complete_valid_truth() -> None:
    narratives = load("narratives.yml")["narratives"]
    assert len(narratives) >= 40
    for item in narratives:
        assert set(item["truth"]) == set(FACT_KEYS), item["id"]
        parse_facts(item["truth"])
        assert set(item["stated"]) <= set(FACT_KEYS), item["id"]
