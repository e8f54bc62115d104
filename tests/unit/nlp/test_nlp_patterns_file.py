"""patterns.yml is validated at build: a bad edit fails the build with a readable line."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from actions.guidance.jurisdictions import phrases_by_nation
from nlp import (
    LABELS,
    PATTERNS_PATH,
    PatternsError,
    load_patterns,
    ruler_patterns,
    validate_patterns,
)
from nlp.build import main


@pytest.fixture()
def document() -> dict:
    return copy.deepcopy(load_patterns())


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "patterns.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_file_has_every_label_and_only_those(document):
    assert set(document["labels"]) == set(LABELS)
    assert {pattern["label"] for pattern in ruler_patterns(document)} == set(LABELS)


def test_every_pattern_carries_its_group_id(document):
    nations = set(phrases_by_nation())
    for pattern in ruler_patterns(document):
        label, group = pattern["id"].split("/")
        assert label == pattern["label"]
        if label == "jurisdiction" and group in nations:  # from the jurisdictions data file
            continue
        assert document["labels"][label][int(group)]


def test_no_phrase_is_listed_twice_under_one_label(document):
    """A phrase said twice for the same label matches nothing more: the second copy only
    hides which group (and note) the match comes from."""
    for label, groups in document["labels"].items():
        phrases = [str(p).lower() for group in groups for p in group.get("phrases", [])]
        repeated = sorted({p for p in phrases if phrases.count(p) > 1})
        assert not repeated, f"{label}: {repeated}"


def test_every_nations_names_places_and_forces_reach_the_ruler(document):
    patterns = {
        (p["label"], p["pattern"])
        for p in ruler_patterns(document)
        if isinstance(p["pattern"], str)
    }
    for kinds in phrases_by_nation().values():
        for phrases in kinds.values():
            assert {("jurisdiction", phrase) for phrase in phrases} <= patterns


def test_an_unknown_label_is_refused_naming_it(document):
    document["labels"]["age_of_consent"] = [{"note": "oops", "phrases": ["x"]}]
    with pytest.raises(PatternsError, match="age_of_consent"):
        validate_patterns(document)


def test_a_missing_label_is_refused(document):
    del document["labels"]["online"]
    with pytest.raises(PatternsError, match="online"):
        validate_patterns(document)


def test_an_attribute_a_blank_pipeline_cannot_compute_is_refused(document):
    document["labels"]["age"].append({"note": "needs a lemmatizer", "tokens": [[{"LEMMA": "be"}]]})
    with pytest.raises(PatternsError, match="labels/age/"):
        validate_patterns(document)


def test_a_broken_regex_is_refused_with_its_place(document):
    document["labels"]["age"].append({"note": "bad", "tokens": [[{"LOWER": {"REGEX": "^(\\d+$"}}]]})
    index = len(document["labels"]["age"]) - 1
    with pytest.raises(PatternsError, match=f"labels/age/{index}/tokens/0"):
        validate_patterns(document)


def test_a_yaml_boolean_where_a_word_belongs_is_refused(tmp_path):
    # Unquoted `on` is YAML for true: the schema catches it instead of the ruler
    # silently never matching the word "on".
    shipped = PATTERNS_PATH.read_text(encoding="utf-8")
    broken = shipped.replace('"on", through, via', "on, through, via")
    assert broken != shipped
    with pytest.raises(PatternsError, match="ai_generated"):
        load_patterns(write(tmp_path, broken))


def test_build_fails_with_one_line_and_status_2_on_bad_patterns(tmp_path, capsys):
    document = load_patterns()
    del document["labels"]["coercion"]
    path = write(tmp_path, yaml.safe_dump(document))
    out = tmp_path / "never"
    assert main(["--out", str(out), "--patterns", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "coercion" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_unreadable_yaml_is_reported(tmp_path):
    with pytest.raises(PatternsError, match="cannot read"):
        load_patterns(write(tmp_path, "labels: [unclosed"))
