"""The 6 topics added after the contract's 14 load, cite only listed sections, and the duty
to report says no more about its status than jurisdictions.yml does."""

from __future__ import annotations

import pytest

from actions.guidance import knowledge
from actions.guidance.documents import load_document
from actions.guidance.facts import ROLES

ADDED = (
    "getting_in_trouble",
    "blame",
    "confidentiality",
    "cyberflashing",
    "after_report",
    "duty_to_report",
)


def _entry(topic_id: str) -> dict:
    return next(t for t in load_document("topics")["topics"] if t["id"] == topic_id)


def test_added_topics_are_the_six_after_the_contracts_fourteen() -> None:
    assert knowledge.ADDED_TOPIC_IDS == ADDED
    assert knowledge.topic_ids() == knowledge.CONTRACT_TOPIC_IDS + ADDED
    assert not set(ADDED) & set(knowledge.CONTRACT_TOPIC_IDS)


@pytest.mark.parametrize("topic_id", ADDED)
def test_added_topic_loads_for_every_role(topic_id: str) -> None:
    for role in (None, *ROLES):
        answer = knowledge.topic_answer(topic_id, role)
        assert answer.text
        assert answer.sources
        assert answer.payload() == {"topic": topic_id, "sources": answer.sources}


@pytest.mark.parametrize("topic_id", ADDED)
def test_added_topic_cites_only_listed_sections(topic_id: str) -> None:
    for ref in _entry(topic_id)["sources"]:
        # raises DocumentError when the section is not listed for the source
        knowledge.section_entry(ref["source"], ref["section"])
        assert knowledge.cite(ref["source"], ref["section"])


@pytest.mark.parametrize("topic_id", ADDED)
def test_added_topic_fits_a_phone_screen(topic_id: str) -> None:
    entry = _entry(topic_id)
    for text in (entry["text"], *entry.get("roles", {}).values()):
        assert len(text.split()) <= 150, topic_id


def _england_duty() -> dict:
    nations = load_document("jurisdictions")["jurisdictions"]
    return next(n for n in nations if n["id"] == "england")["duty_to_report"]


def test_duty_to_report_says_unverified_as_jurisdictions_yml_does() -> None:
    duty = _england_duty()
    assert duty["in_force"] == "unverified"
    entry = _entry("duty_to_report")
    for text in (entry["text"], *entry["roles"].values()):
        assert "unverified" in text
        lowered = text.lower()
        for claim in ("is now in force", "came into force", "in force since", "commenced on"):
            assert claim not in lowered
    # the same source as jurisdictions.yml, and no other
    assert [ref["source"] for ref in entry["sources"]] == [duty["source"]["id"]]
    assert entry["sources"][0]["section"] == duty["source"]["section"]


def test_duty_to_report_general_text_matches_jurisdictions_yml() -> None:
    duty_text = " ".join(_england_duty()["text"].split())
    general = " ".join(knowledge.topic_answer("duty_to_report").text.split())
    assert general.startswith(duty_text)


def test_child_who_receives_cyberflashing_is_never_in_trouble_and_adult_is_abuse() -> None:
    text = knowledge.topic_answer("cyberflashing").text
    assert "never in trouble" in text
    assert "child sexual abuse" in text
    assert "s.66A" in text


def test_getting_in_trouble_points_to_dbs_and_names_victims() -> None:
    for role in (None, "parent", "police", "school"):
        text = knowledge.topic_answer("getting_in_trouble", role).text
        assert "DBS" in text
    assert "victim, not a suspect" in knowledge.topic_answer("getting_in_trouble").text
