"""The one wording file: valid, complete for the contract, and what every reader says."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from actions import messages
from actions.checklist import CHECKLIST_KEYS
from actions.guidance.assessment import LEVELS, OUTCOMES_21
from actions.guidance.documents import DocumentError
from actions.guidance.facts import BOOL_KEYS, FACT_KEYS, JURISDICTIONS, ROLES
from actions.guidance.jurisdictions import jurisdiction_ids
from actions.presentation import layout
from actions.presentation.wording import (
    SCHEMA_PATH,
    WORDING_PATH,
    check_wording,
    read_wording,
    wording,
    words,
)
from actions.records import content
from actions.training import session

ROOT = Path(__file__).resolve().parents[3]


def raw_document() -> dict[str, Any]:
    return yaml.safe_load(WORDING_PATH.read_text(encoding="utf-8"))


def write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "wording.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the file


def test_the_file_matches_its_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(raw_document())) == []
    assert read_wording() == wording()


def test_every_contract_id_has_its_words_in_contract_order() -> None:
    assert tuple(wording().facts) == FACT_KEYS
    assert tuple(wording().roles) == ROLES
    assert tuple(wording().levels) == LEVELS
    assert tuple(wording().outcome_21) == OUTCOMES_21


def test_every_fact_key_has_a_label_and_a_record_row() -> None:
    for key in FACT_KEYS:
        fact = wording().facts[key]
        assert fact.label.strip() and fact.record.strip(), key
        assert messages.label(key) == fact.label
        assert content.FACT_LABELS[key] == fact.record


def test_every_checkable_fact_has_a_checklist_line_of_at_most_41_characters() -> None:
    checklist = words("facts", "checklist")
    assert set(checklist) == set(CHECKLIST_KEYS)
    assert all(len(line) <= 41 for line in checklist.values())
    assert set(words("facts", "said_yes")) <= set(BOOL_KEYS)


def test_the_nations_are_the_jurisdictions_file_s() -> None:
    assert jurisdiction_ids() == JURISDICTIONS
    assert tuple(content.JURISDICTION_WORDS) == JURISDICTIONS


def test_every_reader_takes_its_words_from_the_file() -> None:
    w = wording()
    for level in LEVELS:
        assert messages.HEADLINES[level] == w.levels[level].headline
        assert layout.level_label(level) == w.levels[level].label
        assert content.LEVEL_TITLES[level] == w.levels[level].name
        assert content.LEVEL_MEANINGS[level] == w.levels[level].meaning
        assert session.CHOICE_TITLES[level] == w.levels[level].choice
    for outcome in OUTCOMES_21:
        assert messages.OUTCOME_21_LINES[outcome] == w.outcome_21[outcome].line
        assert content.OUTCOME_21_TITLES[outcome] == w.outcome_21[outcome].name
    for role in ROLES:
        assert messages.stated_words("role", role) == w.roles[role].understood
        assert content.role_words(role) == w.roles[role].record
        assert session.TRAINEE_ROLES[role] == w.roles[role].trainee
    assert messages.stated_words("online", False) == w.facts["online"].said_no
    assert layout.plain_words("Outcome 21 and Outcome 21; CSC, CSC") == (
        "Outcome 21 (a police decision not to take the case further, used for children) and "
        "Outcome 21; children's social care, children's social care"
    )


def test_the_loader_needs_no_rasa() -> None:
    code = (
        "import sys; import actions.presentation.wording as w; w.wording(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- broken copies


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(document: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value

    return apply


_DELETE = object()

SCHEMA_BREAKS = [
    ("facts/online/checklist", "On an app, a website or an online account, or in a cloud",
     "wording.yml: at facts/online/checklist: ", "is too long"),
    ("levels/referral/headline", _DELETE, "wording.yml: at levels/referral: ", "'headline'"),
    ("roles/parent/trainee", "", "wording.yml: at roles/parent/trainee: ", "short"),
    ("facts/coercion/said_no", _DELETE, "wording.yml: at facts/coercion: ", "said_no"),
    ("outcome_21/undetermined/line", "Can't say yet.", "wording.yml: at outcome_21/undetermined/line", "match"),
    ("levels/emergency/colour", "red", "wording.yml: at levels/emergency: ", "colour"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "start", "words_in"), SCHEMA_BREAKS)
def test_a_broken_copy_is_refused_by_the_schema_naming_the_place(
    tmp_path: Path, path: str, value: Any, start: str, words_in: str
) -> None:
    document = raw_document()
    _set(path, value)(document)
    with pytest.raises(DocumentError) as raised:
        read_wording(write(tmp_path, document))
    message = str(raised.value)
    assert message.startswith(start), message
    assert words_in in message


CONTRACT_BREAKS = [
    (_set("facts/online", _DELETE), "wording.yml: at facts: no words for online"),
    (_set("roles/teacher", {"name": "t", "record": "t", "trainee": "t", "understood": "t"}),
     "wording.yml: at roles: teacher is not in the contract"),
    (_set("levels/out_of_scope", _DELETE), "wording.yml: at levels: no words for out_of_scope"),
    (_set("pictured_child/victim", _DELETE), "wording.yml: at pictured_child: no words for victim"),
    (_set("facts/role/checklist", "Your role"),
     "wording.yml: at facts/role: checklist, said_yes and said_no are for yes/no facts only"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "message"), CONTRACT_BREAKS)
def test_a_copy_that_disagrees_with_the_contract_is_refused(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    document = copy.deepcopy(raw_document())
    mutate(document)
    with pytest.raises(DocumentError) as raised:
        read_wording(write(tmp_path, document))
    assert str(raised.value).startswith(message), raised.value
    with pytest.raises(DocumentError):
        check_wording(document)


def test_an_adult_pictured_is_not_called_a_child_in_what_was_understood() -> None:
    """An adult who sent a child their own image is the one pictured (docs/API.md §1): the
    confirmation must not call a 23-year-old "the child pictured"."""
    assert messages.stated_words("pictured_age", 14) == "the child pictured is 14"
    assert messages.stated_words("pictured_age", 23) == "the person pictured is 23, an adult"
    assert "child" not in messages.render_understood({"pictured_age": 30, "other_age": 15})
