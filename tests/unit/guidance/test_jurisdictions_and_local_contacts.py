"""Each nation's law and route as data, and a local area's own contacts.

The jurisdictions file is the one home of every nation's ages, Outcome 21, law, routes,
words, names, places and forces; the local contacts file is optional, and a bad one stops
start-up with one line naming the entry and the field.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from actions.guidance import jurisdictions as jurisdictions_module
from actions.guidance import knowledge, local_contacts
from actions.guidance.assessment import assess
from actions.guidance.documents import DocumentError, load_document, validate_document
from actions.guidance.facts import JURISDICTIONS, Facts
from actions.guidance.jurisdictions import (
    check_jurisdictions,
    cited_sources,
    jurisdiction,
    jurisdictions,
)
from actions.records import build_record

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "local_contacts.example.yml"


# --------------------------------------------------------------------------- jurisdictions


def test_the_data_file_holds_exactly_the_contracts_nations() -> None:
    assert tuple(jurisdictions()) == JURISDICTIONS


@pytest.mark.parametrize(
    ("nation", "acr", "outcome_21"),
    [
        ("england", 10, True),
        ("wales", 10, True),
        ("scotland", 12, False),
        ("northern_ireland", 10, False),
    ],
)
def test_ages_and_outcome_21_per_nation(nation: str, acr: int, outcome_21: bool) -> None:
    entry = jurisdiction(nation)
    assert entry.age_of_criminal_responsibility == acr
    assert entry.age_of_consent == 16
    assert entry.outcome_21_available is outcome_21


def test_every_value_cites_a_registered_section_of_a_registered_source() -> None:
    for nation, source_id, section in cited_sources():
        assert knowledge.cite(source_id, section), nation


def test_an_unstated_nation_is_england() -> None:
    assert jurisdiction(None).id == "england"


def test_a_place_that_names_two_nations_is_refused_naming_both() -> None:
    document = copy.deepcopy(load_document("jurisdictions"))
    document["jurisdictions"][1]["places"].append("london")
    with pytest.raises(DocumentError, match="'london' also names 'england'"):
        check_jurisdictions(document)


def test_exactly_one_default_nation() -> None:
    document = copy.deepcopy(load_document("jurisdictions"))
    document["jurisdictions"][0].pop("default")
    with pytest.raises(DocumentError, match="exactly one default"):
        check_jurisdictions(document)


def test_a_value_without_its_source_is_refused_by_the_schema() -> None:
    document = copy.deepcopy(load_document("jurisdictions"))
    del document["jurisdictions"][2]["age_of_criminal_responsibility"]["source"]
    with pytest.raises(DocumentError, match="source"):
        validate_document("jurisdictions", document)


def test_places_and_forces_map_to_their_nation_in_the_reader() -> None:
    from actions.narrative.vocabulary import jurisdiction_of

    for phrase, nation in [
        ("Fife", "scotland"),
        ("Cardiff", "wales"),
        ("PSNI", "northern_ireland"),
        ("Dyfed-Powys", "wales"),
        ("the Met", "england"),
        ("Midlands", "england"),
        ("Belfast", "northern_ireland"),
        ("Glasgow", "scotland"),
    ]:
        assert jurisdiction_of(phrase) == nation, phrase


def test_the_duty_to_report_in_england_binds_school_staff_until_verified() -> None:
    england = jurisdiction("england")
    assert england.duty_to_report is not None
    assert "unverified" in england.duty_to_report.text
    assert england.duty_applies("school") and not england.duty_applies("parent")
    for nation in ("wales", "scotland", "northern_ireland"):
        assert not jurisdiction(nation).duty_applies("school")


# --------------------------------------------------------------------------- local contacts


def test_the_shipped_example_is_valid() -> None:
    contacts = local_contacts.load_contacts(EXAMPLE)
    assert {c["kind"] for c in contacts} >= {"front_door", "lado", "safer_schools_officer"}


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "local_contacts.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_a_bad_entry_is_named_by_its_number_id_and_field(tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["contacts"][1]["kind"] = "helpdesk"
    with pytest.raises(local_contacts.LocalContactsError) as raised:
        local_contacts.load_contacts(_write(tmp_path, document))
    message = str(raised.value)
    assert "entry 2 (example_lado), field kind" in message
    assert "\n" not in message


def test_a_missing_field_and_a_duplicate_id_are_named(tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    del document["contacts"][0]["contact"]
    with pytest.raises(local_contacts.LocalContactsError, match=r"entry 1 .*contact"):
        local_contacts.load_contacts(_write(tmp_path, document))
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["contacts"][2]["id"] = document["contacts"][0]["id"]
    with pytest.raises(local_contacts.LocalContactsError, match=r"entry 3 .*duplicate id"):
        local_contacts.load_contacts(_write(tmp_path, document))


def test_unreadable_yaml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "local_contacts.yml"
    path.write_text("contacts: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(local_contacts.LocalContactsError) as raised:
        local_contacts.load_contacts(path)
    assert "\n" not in str(raised.value) and "cannot read" in str(raised.value)


def test_a_named_file_that_is_missing_stops_start_up(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(local_contacts.ENV_VAR, str(tmp_path / "nope.yml"))
    with pytest.raises(local_contacts.LocalContactsError, match="no such file"):
        local_contacts.contacts_path()


def test_the_start_up_check_exits_2_with_one_line(tmp_path: Path) -> None:
    document = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    document["contacts"][0]["roles"] = ["detective"]
    path = _write(tmp_path, document)
    result = subprocess.run(
        [sys.executable, "-m", "actions.guidance.local_contacts"],
        cwd=ROOT,
        env={"LOCAL_CONTACTS_FILE": str(path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "entry 1 (example_front_door), field roles/0" in result.stderr


def test_contacts_are_shown_in_the_assessment_and_the_record(monkeypatch) -> None:
    monkeypatch.setenv(local_contacts.ENV_VAR, str(EXAMPLE))
    local_contacts.configured_contacts.cache_clear()
    try:
        facts = Facts(role="school", jurisdiction="england", pictured_age=14, coercion=True)
        assessment = assess(facts).to_dict()
        ids = [c["id"] for c in assessment["local_contacts"]]
        assert ids == ["example_front_door", "example_lado", "example_schools_officer"]
        parent = assess(Facts(role="parent", pictured_age=14, coercion=True)).to_dict()
        assert [c["id"] for c in parent["local_contacts"]] == ["example_front_door"]
        wales = assess(Facts(role="school", jurisdiction="wales", pictured_age=14)).to_dict()
        assert wales["local_contacts"] == []
        record = build_record(
            facts.to_dict(), assessment, "school", datetime(2026, 12, 4, tzinfo=timezone.utc)
        )
        assert "Exampleshire LADO (fictional)" in record.markdown
    finally:
        local_contacts.configured_contacts.cache_clear()


def test_without_a_file_there_are_no_local_contacts(monkeypatch) -> None:
    monkeypatch.delenv(local_contacts.ENV_VAR, raising=False)
    monkeypatch.setattr(local_contacts, "DEFAULT_PATH", Path("/nonexistent/local_contacts.yml"))
    local_contacts.configured_contacts.cache_clear()
    try:
        assert assess(Facts(pictured_age=14)).to_dict()["local_contacts"] == []
    finally:
        local_contacts.configured_contacts.cache_clear()


def test_a_shared_place_names_known_nations(monkeypatch):
    module = jurisdictions_module
    real = module.load_document("jurisdictions")
    assert module.shared_places()["bangor"] == ("wales", "northern_ireland")
    broken = {**real, "shared_places": [{"name": "Newtown", "nations": ["wales", "atlantis"]}]}
    monkeypatch.setattr(module, "load_document", lambda name: broken)
    with pytest.raises(module.DocumentError, match="atlantis"):
        module.shared_places()
