"""The knowledge API: citations, signposts in the contract's shape, topic answers by role."""

from __future__ import annotations

import datetime

import pytest

from actions.guidance import knowledge
from actions.guidance.documents import DocumentError, load_document
from actions.guidance.jurisdictions import jurisdiction as jurisdiction_entry


def _topic_entry(topic_id: str) -> dict:
    return next(t for t in load_document("topics")["topics"] if t["id"] == topic_id)


def _topics_with(key: str) -> list[dict]:
    return [t for t in load_document("topics")["topics"] if t.get(key)]


def test_guidance_version_is_the_registers_date() -> None:
    version = knowledge.GUIDANCE_VERSION
    assert version == load_document("sources")["version"]
    assert datetime.date.fromisoformat(version)


def test_unknown_module_attribute_still_raises() -> None:
    with pytest.raises(AttributeError):
        _ = knowledge.NO_SUCH_NAME  # type: ignore[attr-defined]


def test_cite_quotes_a_heading_after_the_short_form() -> None:
    short = knowledge.source("cop_guidance")["short"]
    heading = "Disclosures"
    assert knowledge.cite("cop_guidance", heading) == f"{short}, '{heading}'"


def test_cite_marks_a_heading_not_seen_in_the_source_as_unverified() -> None:
    short = knowledge.source("ukcis_2024")["short"]
    cited = knowledge.cite("ukcis_2024", "Initial review meeting")
    assert cited == f"{short}, 'Initial review meeting' (unverified)"


def test_cite_refuses_a_section_the_register_does_not_list() -> None:
    with pytest.raises(DocumentError, match="does not"):
        knowledge.cite("ukcis_2024", "Immediate referral")


@pytest.mark.parametrize(
    ("source_id", "section"), [("pca_1978", "s.1(1)"), ("cje_ni_1988", "art.15")]
)
def test_cite_leaves_a_provision_unquoted(source_id: str, section: str) -> None:
    short = knowledge.source(source_id)["short"]
    assert knowledge.cite(source_id, section) == f"{short}, {section}"


def test_every_cited_section_is_registered_with_its_heading_date_and_address() -> None:
    """docs/SOURCES.md records, for each cited section, where and when it was read."""
    for source in load_document("sources")["sources"]:
        for section in source["sections"]:
            assert section["heading"].strip() and section["read_on"], source["id"]
            assert section["status"] in ("verified", "secondary", "unverified")


def test_cite_without_section_is_the_short_form() -> None:
    assert knowledge.cite("hocr", "  ") == knowledge.source("hocr")["short"]


def test_cite_unknown_source_raises() -> None:
    with pytest.raises(DocumentError, match="no_such_source"):
        knowledge.cite("no_such_source", "x")


def test_source_returns_a_copy() -> None:
    entry = knowledge.source("hocr")
    entry["short"] = "changed"
    assert knowledge.source("hocr")["short"] != "changed"


@pytest.mark.parametrize("signpost_id", sorted(knowledge.CONTRACT_SIGNPOST_IDS))
def test_signpost_has_exactly_the_contract_shape(signpost_id: str) -> None:
    entry = knowledge.signpost(signpost_id)
    assert set(entry) == {"id", "name", "contact", "audience"}
    assert entry["id"] == signpost_id
    assert all(isinstance(value, str) and value.strip() for value in entry.values())
    full = knowledge.signpost_entry(signpost_id)
    assert {key: full[key] for key in entry} == entry
    assert full["purpose"] and full["when_to_use"] and full["sources"]


def test_signpost_ids_follow_the_directory_order() -> None:
    directory = [entry["id"] for entry in load_document("signposts")["signposts"]]
    assert list(knowledge.signpost_ids()) == directory
    assert knowledge.signpost_ids()[0] == "police_999"


def test_unknown_signpost_raises() -> None:
    with pytest.raises(DocumentError, match="police_112"):
        knowledge.signpost("police_112")


def test_topic_ids_follow_the_contract_order() -> None:
    # the contract's 14 in its order, then the 6 added
    assert knowledge.topic_ids() == knowledge.CONTRACT_TOPIC_IDS + knowledge.ADDED_TOPIC_IDS
    assert knowledge.topic_ids()[:14] == knowledge.CONTRACT_TOPIC_IDS


def test_role_variant_replaces_the_general_text() -> None:
    topics = _topics_with("roles")
    assert topics, "expected some topics with role variants"
    for entry in topics:
        for role, variant in entry["roles"].items():
            answer = knowledge.topic_answer(entry["id"], role)
            assert answer.text == variant.strip()
            assert answer.text != entry["text"].strip()


def test_role_without_variant_and_no_role_get_the_general_text() -> None:
    for entry in load_document("topics")["topics"]:
        general = entry["text"].strip()
        assert knowledge.topic_answer(entry["id"], None).text == general
        for role in knowledge.ROLES:
            if role not in entry.get("roles", {}):
                assert knowledge.topic_answer(entry["id"], role).text == general


def test_viewing_differs_for_school_and_police() -> None:
    school = knowledge.topic_answer("viewing_images", "school").text
    police = knowledge.topic_answer("viewing_images", "police").text
    general = knowledge.topic_answer("viewing_images", None).text
    assert "DSL" in school and "exceptional" in school
    assert "force" in police
    assert len({school, police, general}) == 3


def test_answer_cites_every_reference_in_order() -> None:
    for topic_id in knowledge.topic_ids():
        answer = knowledge.topic_answer(topic_id, None)
        refs = _topic_entry(topic_id)["sources"]
        assert answer.source_refs == refs
        assert answer.sources == [knowledge.cite(r["source"], r["section"]) for r in refs]
        assert answer.title == _topic_entry(topic_id)["title"]
        assert answer.payload() == {"topic": topic_id, "sources": answer.sources}


def test_jurisdiction_note_only_where_the_topic_has_one() -> None:
    for entry in load_document("topics")["topics"]:
        notes = entry.get("jurisdictions", {})
        from_data = entry.get("jurisdiction_notes_from")
        for jurisdiction in knowledge.JURISDICTIONS:
            answer = knowledge.topic_answer(entry["id"], None, jurisdiction)
            if from_data:
                # the nation's own values from jurisdictions.yml; England is the answer itself
                if jurisdiction == "england":
                    assert answer.jurisdiction_note is None
                else:
                    nation = jurisdiction_entry(jurisdiction)
                    assert nation.law.text in answer.jurisdiction_note or (
                        nation.outcome_21.text in answer.jurisdiction_note
                    )
                continue
            expected = notes[jurisdiction].strip() if jurisdiction in notes else None
            assert answer.jurisdiction_note == expected
        assert knowledge.topic_answer(entry["id"], None).jurisdiction_note is None


def test_scottish_law_note_differs_from_the_english_text() -> None:
    answer = knowledge.topic_answer("law", None, "scotland")
    assert answer.jurisdiction_note and "52B" in answer.jurisdiction_note
    assert "52B" not in answer.text


@pytest.mark.parametrize(
    ("topic_id", "role", "jurisdiction", "bad"),
    [
        ("gossip", None, None, "gossip"),
        ("law", "teacher", None, "teacher"),
        ("law", None, "france", "france"),
    ],
)
def test_unknown_ids_raise(
    topic_id: str, role: str | None, jurisdiction: str | None, bad: str
) -> None:
    with pytest.raises(DocumentError, match=bad):
        knowledge.topic_answer(topic_id, role, jurisdiction)


def test_answers_are_frozen() -> None:
    answer = knowledge.topic_answer("law", None)
    with pytest.raises(AttributeError):
        answer.text = "changed"  # type: ignore[misc]


def test_knowledge_is_loaded_once() -> None:
    assert knowledge._knowledge() is knowledge._knowledge()


def test_adult_pictured_note_only_when_asked_and_where_the_topic_has_one() -> None:
    """topics.yml ``adult_pictured``: shown, with its sources after the topic's, only for an
    adult pictured; the topic's own sources and text are unchanged."""
    for entry in load_document("topics")["topics"]:
        plain = knowledge.topic_answer(entry["id"])
        adult = knowledge.topic_answer(entry["id"], adult_pictured=True)
        assert plain.case_note is None
        assert adult.text == plain.text
        case = entry.get("adult_pictured")
        if case is None:
            assert adult == plain
            continue
        assert adult.case_note == " ".join(case["text"].split())
        extra = [knowledge.cite(r["source"], r["section"]) for r in case["sources"]]
        assert adult.sources == plain.sources + extra
    assert knowledge.topic_answer("ai_images", adult_pictured=True).case_note
