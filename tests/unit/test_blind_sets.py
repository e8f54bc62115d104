"""The blind evaluation sets keep their shape (tests/blind/README.md).

Only the shape is checked here, so a broken edit is caught; nothing here scores the bot, and
no test reads the sealed questions' texts beyond parsing them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from actions.guidance.facts import FACT_KEYS, parse_facts
from actions.guidance.knowledge import CONTRACT_TOPIC_IDS
from tests.unit.test_dev_sets import normal, training_texts

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


RISK_SETS = ("risk.yml", "risk_b.yml", "risk_c.yml", "risk_d.yml")
PICTURED_SETS = ("pictured.yml", "pictured_b.yml", "pictured_c.yml", "pictured_d.yml")


@pytest.mark.parametrize("name", RISK_SETS)
def test_risk_sets_have_both_labels_and_at_least_sixty_items(name: str) -> None:
    utterances = load(name)["utterances"]
    assert len(utterances) >= 60
    assert all(u["risk"] is (u["who"] != "none") for u in utterances)
    assert {u["risk"] for u in utterances} == {True, False}
    assert {u["who"] for u in utterances} <= {"child", "user", "none"}


@pytest.mark.parametrize("name", PICTURED_SETS)
def test_pictured_sets_have_valid_ages(name: str) -> None:
    narratives = load(name)["narratives"]
    assert len(narratives) >= 40
    for item in narratives:
        parse_facts({"pictured_age": item["pictured_age"], "other_age": item["other_age"]})


#: A Scottish primary stage ("P6", "primary 6"), the one that the faulty brief of
#: 2026-12-06 converted as N+4 for the child pictured (tests/dev/README.md).
P_STAGE = re.compile(r"\b(?:P|primary)\s?([1-7])\b", re.IGNORECASE)


@pytest.mark.parametrize("name", PICTURED_SETS)
def test_no_pictured_label_follows_the_faulty_primary_stage_brief(name: str) -> None:
    """A label of N+4 for a child in P N would score the documented N+3 as a miss.

    Only counts are reported, so no blind text is shown.
    """
    faulty = 0
    for item in load(name)["narratives"]:
        stages = [int(n) for n in P_STAGE.findall(item["text"])]
        if stages and item["pictured_age"] == min(stages) + 4:
            faulty += 1
    assert faulty == 0, f"{faulty} item(s) in {name}"


NARRATIVE_SETS = ("narratives.yml", "narratives_b.yml")


@pytest.mark.parametrize("name", NARRATIVE_SETS)
def test_case_narratives_have_complete_valid_truth(name: str) -> None:
    narratives = load(name)["narratives"]
    assert len(narratives) >= 40
    for item in narratives:
        assert set(item["truth"]) == set(FACT_KEYS), item["id"]
        parse_facts(item["truth"])
        assert set(item["stated"]) <= set(FACT_KEYS), item["id"]


def blind_texts() -> list[str]:
    texts = [u["text"] for name in RISK_SETS for u in load(name)["utterances"]]
    for name in (*PICTURED_SETS, *NARRATIVE_SETS):
        texts += [n["text"] for n in load(name)["narratives"]]
    for name in ("questions/open.yml", "questions/sealed.yml"):
        texts += [q["text"] for q in load(name)["questions"]]
    return texts


def test_no_blind_text_is_in_the_training_data() -> None:
    trained = training_texts()
    assert trained, "found no training data to compare with"
    copied = [text for text in blind_texts() if normal(text) in trained]
    assert not copied, f"{len(copied)} blind texts are in the training data"


def test_the_counts_only_sets_leave_no_text_in_the_results() -> None:
    """Sets B and C are scored as counts only: the JSON and the docs never hold their texts
    (a session once printed set C's missed utterance from the summary's list of misses)."""
    import argparse

    from bench.blind_run import BLIND, redact_counts_only

    data = {
        "summaries": {
            "risk": {"recall": {"n": 2}, "missed": ["a text"], "false_alarms": ["b", "c"]},
            "pictured": {"total": 1},
        },
        "items": {"risk": [{"text": "a text"}], "pictured": [{"text": "d"}]},
    }
    counts_only = argparse.Namespace(risk=BLIND / "risk_c.yml", pictured=BLIND / "pictured_b.yml")
    redacted = redact_counts_only(data, counts_only)
    assert redacted["items"] == {"risk": [], "pictured": []}
    assert redacted["summaries"]["risk"]["missed"] == 1
    assert redacted["summaries"]["risk"]["false_alarms"] == 2
    assert redacted["summaries"]["risk"]["recall"] == {"n": 2}
    assert data["items"]["risk"] == [{"text": "a text"}]  # the caller's results are untouched
    open_sets = argparse.Namespace(risk=BLIND / "risk.yml", pictured=BLIND / "pictured.yml")
    assert redact_counts_only(data, open_sets) == data
    narratives = {"summaries": {"narratives": {"total": 1}}, "items": {"narratives": [{"id": "n"}]}}
    counts_only.narratives = BLIND / "narratives_b.yml"
    assert redact_counts_only(narratives, counts_only)["items"] == {"narratives": []}


def test_every_set_written_after_set_a_is_counts_only() -> None:
    """Sets B, C and D (risk and who is pictured) are never printed: the scorer must know
    each of them, or a new set's misses would be written out at its first scoring."""
    from bench.blind_run import COUNTS_ONLY

    later = {
        BLIND / name for name in (*RISK_SETS, *PICTURED_SETS) if name[-6:-4] in ("_b", "_c", "_d")
    }
    assert len(later) == 6
    assert later <= COUNTS_ONLY
