"""The development sets in tests/dev keep their shape and are never trained on.

They were written blind (by writers who never saw data/), may be read and tuned on, and are
scored with ``python -m scripts.blind_eval --no-doc`` (docs/EVALUATION.md). Training on them
would make them measure nothing, so no text of theirs may appear in the training data.
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


def training_texts() -> set[str]:
    texts = set()
    for path in [*(ROOT / "data" / "nlu").glob("*.yml"), ROOT / "nlu" / "risk_examples.yml"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"^\s*(?:-\s+(?:text:\s*)?)", "", line).strip().strip("'\"")
            if len(line) > 20:
                texts.add(normal(line))
    return texts


def dev_texts() -> list[str]:
    texts = [u["text"] for u in load("risk.yml")["utterances"]]
    for name in ("pictured.yml", "pictured_b.yml", "narratives.yml", "narratives_b.yml"):
        texts += [n["text"] for n in load(name)["narratives"]]
    return texts


def test_no_development_text_is_in_the_training_data() -> None:
    trained = training_texts()
    assert trained, "found no training data to compare with"
    copied = [text for text in dev_texts() if normal(text) in trained]
    assert not copied, copied[:3]


def test_risk_utterances_are_labelled() -> None:
    utterances = load("risk.yml")["utterances"]
    assert len(utterances) >= 100
    for item in utterances:
        assert item["who"] in {"child", "user", "none"}
        assert item["risk"] is (item["who"] != "none")


@pytest.mark.parametrize("name", ["pictured.yml", "pictured_b.yml"])
def test_pictured_sets_have_valid_ages(name: str) -> None:
    for item in load(name)["narratives"]:
        parse_facts({"pictured_age": item["pictured_age"], "other_age": item["other_age"]})


@pytest.mark.parametrize("name", ["narratives.yml", "narratives_b.yml"])
def test_case_narratives_have_complete_valid_truth(name: str) -> None:
    narratives = load(name)["narratives"]
    assert len({item["id"] for item in narratives}) == len(narratives) >= 40
    for item in narratives:
        assert set(item["truth"]) == set(FACT_KEYS), item["id"]
        parse_facts(item["truth"])
        assert set(item["stated"]) <= set(FACT_KEYS), item["id"]
