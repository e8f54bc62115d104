"""The risk-of-harm model: its examples file, its sentence reading, its answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.risk_model import (
    EXAMPLES_FILE,
    RiskExample,
    RiskExamplesError,
    examples_fingerprint,
    load_examples,
    read_risk,
    train,
)

SMALL = [
    RiskExample("she says she wants to die", "child"),
    RiskExample("he has been cutting his arms", "child"),
    RiskExample("she took a load of tablets", "child"),
    RiskExample("i can't cope any more", "user"),
    RiskExample("i am falling apart", "user"),
    RiskExample("two fifteen year olds swapped pictures", "none"),
    RiskExample("he sent it to his mates on snapchat", "none"),
    RiskExample("she is embarrassed and upset", "none"),
]


def test_the_project_examples_load_and_hold_every_class():
    examples = load_examples()
    assert {e.who for e in examples} == {"child", "user", "none"}
    assert all(e.text.strip() for e in examples)


def test_a_bad_examples_file_is_refused_naming_the_place(tmp_path: Path):
    bad = tmp_path / "risk_examples.yml"
    good = "  - text: fine\n    who: none\n"
    bad.write_text("examples:\n  - text: fine\n    who: maybe\n" + good * 3, encoding="utf-8")
    with pytest.raises(RiskExamplesError, match=r"examples/0/who"):
        load_examples(bad)


def test_an_unreadable_examples_file_is_refused(tmp_path: Path):
    with pytest.raises(RiskExamplesError, match="cannot read"):
        load_examples(tmp_path / "absent.yml")


def test_the_fingerprint_follows_the_file(tmp_path: Path):
    copy = tmp_path / "risk_examples.yml"
    copy.write_bytes(EXAMPLES_FILE.read_bytes())
    before = examples_fingerprint(copy)
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert examples_fingerprint(copy) != before
    assert examples_fingerprint(tmp_path / "absent.yml") == "missing"


def test_risk_outweighs_case_words_and_says_who():
    model = train(SMALL)
    risk = read_risk(model, "she says she wants to die")
    case = read_risk(model, "he sent it to his mates on snapchat")
    assert risk.who == "child"
    assert risk.confidence > case.confidence


def test_the_output_is_rounded_for_the_parse_data():
    model = train(SMALL)
    output = read_risk(model, "i can't cope any more").as_output()
    assert output["who"] == "user"
    assert output["confidence"] == round(output["confidence"], 3)
