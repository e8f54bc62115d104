"""The development sets in tests/dev keep their shape and are never trained on.

They were written blind (by writers who never saw data/), may be read and tuned on, and are
scored with ``python -m scripts.blind_eval --no-doc`` (docs/EVALUATION.md). Training on them
would make them measure nothing, so no text of theirs may appear in the training data.

The risk sets were development sets until 2026-12-06; they are now the risk model's training
data, one file per writer in ``nlu/risk_writers/`` (measured by writer, docs/NLU.md), and
are checked in tests/unit/test_risk_model.py; sets Y and Z joined them later the same day.
Risk sets written since (``risk_aa.yml``, ``risk_ab.yml``) are development sets like the
others.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from actions.guidance.facts import FACT_KEYS, parse_facts

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "dev"


def load(name: str) -> dict:
    return yaml.safe_load((DEV / name).read_text(encoding="utf-8"))


def normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def training_files() -> list[Path]:
    """Every file the models are trained on: intent examples, risk examples, risk writers."""
    return [
        *(ROOT / "data" / "nlu").glob("*.yml"),
        ROOT / "nlu" / "risk_examples.yml",
        *(ROOT / "nlu" / "risk_writers").glob("*.yml"),
    ]


def training_texts() -> set[str]:
    texts = set()
    for path in training_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"^\s*(?:-\s+(?:text:\s*)?)", "", line).strip().strip("'\"")
            if len(line) > 20:
                texts.add(normal(line))
    return texts


RISK_SETS = sorted(path.name for path in DEV.glob("risk*.yml"))
PICTURED_SETS = sorted(path.name for path in DEV.glob("pictured*.yml"))
NARRATIVE_SETS = sorted(path.name for path in DEV.glob("narratives*.yml"))
ROLE_SETS = sorted(path.name for path in DEV.glob("roles*.yml"))
NEGATIVE_SETS = sorted(path.name for path in DEV.glob("negatives*.yml"))
AGE_SETS = sorted(path.name for path in DEV.glob("ages*.yml"))
AFFIRM_SETS = sorted(path.name for path in DEV.glob("affirms*.yml"))
QUESTION_SETS = sorted(path.name for path in DEV.glob("embedded_questions*.yml"))


def dev_texts() -> list[str]:
    texts = [u["text"] for name in RISK_SETS for u in load(name)["utterances"]]
    for name in PICTURED_SETS + NARRATIVE_SETS:
        texts += [n["text"] for n in load(name)["narratives"]]
    texts += [m["text"] for name in ROLE_SETS + QUESTION_SETS for m in load(name)["messages"]]
    texts += [
        s["text"] for name in NEGATIVE_SETS + AGE_SETS + AFFIRM_SETS for s in load(name)["snippets"]
    ]
    return texts


def test_every_kind_of_set_is_found() -> None:
    assert len(RISK_SETS) >= 1 and len(PICTURED_SETS) >= 3 and len(NARRATIVE_SETS) >= 4
    assert len(ROLE_SETS) >= 1 and len(AFFIRM_SETS) >= 1 and len(QUESTION_SETS) >= 1


def test_no_development_text_is_in_the_training_data() -> None:
    trained = training_texts()
    assert trained, "found no training data to compare with"
    copied = [text for text in dev_texts() if normal(text) in trained]
    assert not copied, copied[:3]


@pytest.mark.parametrize("name", RISK_SETS)
def test_risk_utterances_are_labelled(name: str) -> None:
    utterances = load(name)["utterances"]
    assert len(utterances) >= 100
    for item in utterances:
        assert item["who"] in {"child", "user", "none"}
        assert item["risk"] is (item["who"] != "none")


@pytest.mark.parametrize("name", PICTURED_SETS)
def test_pictured_sets_have_valid_ages(name: str) -> None:
    for item in load(name)["narratives"]:
        ages = {key: item[key] for key in ("pictured_age", "other_age") if item[key] is not None}
        parse_facts(ages)


@pytest.mark.parametrize("name", NARRATIVE_SETS)
def test_case_narratives_have_complete_valid_truth(name: str) -> None:
    narratives = load(name)["narratives"]
    assert len({item["id"] for item in narratives}) == len(narratives) >= 40
    for item in narratives:
        assert set(item["truth"]) == set(FACT_KEYS), item["id"]
        parse_facts(item["truth"])
        assert set(item["stated"]) <= set(FACT_KEYS), item["id"]


@pytest.mark.parametrize("name", ROLE_SETS)
def test_role_messages_are_labelled(name: str) -> None:
    messages = load(name)["messages"]
    assert len(messages) >= 100
    for item in messages:
        parse_facts({key: item[key] for key in ("role", "jurisdiction") if item[key] is not None})


@pytest.mark.parametrize("name", NEGATIVE_SETS)
def test_stated_negatives_name_fact_keys(name: str) -> None:
    snippets = load(name)["snippets"]
    assert len(snippets) >= 100
    for item in snippets:
        assert set(item["denies"]) <= set(FACT_KEYS), item["text"]


@pytest.mark.parametrize("name", AGE_SETS)
def test_age_snippets_have_valid_ages(name: str) -> None:
    for item in load(name)["snippets"]:
        if item["age"] is not None:
            parse_facts({"pictured_age": item["age"]})


@pytest.mark.parametrize("name", AFFIRM_SETS)
def test_stated_facts_name_fact_keys(name: str) -> None:
    snippets = load(name)["snippets"]
    assert len(snippets) >= 100
    for item in snippets:
        assert item["states"] and set(item["states"]) <= set(FACT_KEYS), item["text"]


@pytest.mark.parametrize("name", QUESTION_SETS)
def test_questions_inside_descriptions_name_a_topic_or_none(name: str) -> None:
    from actions.guidance import knowledge

    topics = {*knowledge.topic_ids(), "none"}
    messages = load(name)["messages"]
    assert len(messages) >= 100
    for item in messages:
        assert item["topic"] in topics, item["text"]
