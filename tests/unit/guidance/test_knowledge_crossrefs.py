"""Checks across documents: cited sources exist, ids are exactly the contract's."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from actions.guidance import knowledge
from actions.guidance.documents import DocumentError, load_document

# The ids the engine's rules cite (brief to the knowledge base); they must stay in the register.
ENGINE_SOURCE_IDS = {
    "cop_2016", "cop_guidance", "ukcis_2024", "ukcis_overview", "ukcis_2016", "welsh_gov_2024",
    "hocr", "npcc_sgii_2024", "statutory_disclosure_guidance", "dbs_filtering_2020", "pca_1978",
    "cja_1988", "soa_2003", "osa_2023", "cgsa_1982", "ngcps_2021", "arc_scotland_2019",
    "poc_ni_1978", "cje_ni_1988", "sbni_hub", "cypa_1933", "ndm", "nca_sextortion_2024",
    "dfe_searching_2022", "kcsie", "cps_youths", "wolak_finkelhor_2011", "brook_tlt",
    "cjc_ni_1998",
}  # fmt: skip

# docs/API.md, sections 2 and 3, copied here so that a change to the module cannot hide one.
CONTRACT_SIGNPOSTS = {
    "police_999", "police_101", "childrens_social_care", "ceop", "childline", "nspcc_helpline",
    "posh", "report_remove", "iwf", "take_it_down", "samaritans", "shout", "stop_it_now",
    "marie_collins_foundation", "revenge_porn_helpline", "thinkuknow",
}  # fmt: skip
CONTRACT_TOPICS = {
    "viewing_images", "deleting_images", "devices", "informing_parents", "outcome_21",
    "dbs_disclosure", "law", "image_removal", "sextortion", "ai_images", "recording",
    "referral_triggers", "support_services", "talking_to_child",
}  # fmt: skip
# The 6 topics added after the contract's 14 (the contract allows additions).
ADDED_TOPICS = {
    "getting_in_trouble", "blame", "confidentiality", "cyberflashing", "after_report",
    "duty_to_report",
}  # fmt: skip


def _documents() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    return (
        copy.deepcopy(load_document("sources")),
        copy.deepcopy(load_document("signposts")),
        copy.deepcopy(load_document("topics")),
    )


def test_module_constants_match_the_contract() -> None:
    assert set(knowledge.CONTRACT_SIGNPOST_IDS) == CONTRACT_SIGNPOSTS
    assert set(knowledge.CONTRACT_TOPIC_IDS) == CONTRACT_TOPICS
    assert set(knowledge.ADDED_TOPIC_IDS) == ADDED_TOPICS


def test_engine_source_ids_are_in_the_register() -> None:
    assert knowledge.source_ids() >= ENGINE_SOURCE_IDS


def test_every_cited_source_exists() -> None:
    _, signposts, topics = _documents()
    cited = {sid for entry in signposts["signposts"] for sid in entry["sources"]}
    cited |= {ref["source"] for entry in topics["topics"] for ref in entry["sources"]}
    assert cited <= knowledge.source_ids()


def test_ids_are_exactly_the_contracts() -> None:
    assert set(knowledge.signpost_ids()) == CONTRACT_SIGNPOSTS
    assert len(knowledge.signpost_ids()) == len(CONTRACT_SIGNPOSTS)
    assert set(knowledge.topic_ids()) == CONTRACT_TOPICS | ADDED_TOPICS
    assert len(knowledge.topic_ids()) == len(CONTRACT_TOPICS) + len(ADDED_TOPICS)


def test_every_topic_has_sources_and_every_signpost_a_contact_and_audience() -> None:
    for topic_id in knowledge.topic_ids():
        assert knowledge.topic_answer(topic_id, None).sources, topic_id
    for signpost_id in knowledge.signpost_ids():
        entry = knowledge.signpost(signpost_id)
        assert entry["contact"].strip(), signpost_id
        assert entry["audience"].strip(), signpost_id


def test_verified_sources_say_where_they_were_read() -> None:
    sources, _, _ = _documents()
    unread = [
        e["id"] for e in sources["sources"] if e["status"] == "verified" and not e.get("checked_at")
    ]
    assert unread == []


def test_phone_numbers_in_topics_match_the_signpost_directory() -> None:
    """A number changed in one place but not the other would give users two answers."""
    number = re.compile(r"\b\d{3,4} ?\d{3,4} ?\d{0,4}\b")
    _, signposts, topics = _documents()
    directory = " ".join(entry["contact"] for entry in signposts["signposts"])
    texts = []
    for entry in topics["topics"]:
        texts.append(entry["text"])
        texts.extend(entry.get("roles", {}).values())
    found = {match.group().strip() for text in texts for match in number.finditer(text)}
    assert found, "expected the support topic to give phone numbers"
    for phone in found:
        assert phone in directory, phone


def test_topic_citing_an_unknown_source_is_refused() -> None:
    sources, signposts, topics = _documents()
    topics["topics"][2]["sources"].append({"source": "no_such_source", "section": "x"})
    with pytest.raises(DocumentError) as raised:
        knowledge.check_knowledge(sources, signposts, topics)
    assert "no_such_source" in str(raised.value)
    assert topics["topics"][2]["id"] in str(raised.value)


def test_signpost_citing_an_unknown_source_is_refused() -> None:
    sources, signposts, topics = _documents()
    signposts["signposts"][5]["sources"] = ["ghost"]
    with pytest.raises(DocumentError, match=r"signposts\.yml: at .*ghost"):
        knowledge.check_knowledge(sources, signposts, topics)


def test_missing_signpost_is_refused_by_name() -> None:
    sources, signposts, topics = _documents()
    dropped = signposts["signposts"].pop(7)["id"]
    with pytest.raises(DocumentError, match=dropped):
        knowledge.check_knowledge(sources, signposts, topics)


def test_missing_topic_is_refused_by_name() -> None:
    sources, signposts, topics = _documents()
    dropped = topics["topics"].pop(0)["id"]
    with pytest.raises(DocumentError, match=dropped):
        knowledge.check_knowledge(sources, signposts, topics)


def test_extra_signpost_id_is_refused() -> None:
    sources, signposts, topics = _documents()
    extra = dict(signposts["signposts"][0], id="police_112")
    signposts["signposts"].append(extra)
    with pytest.raises(DocumentError, match="police_112"):
        knowledge.check_knowledge(sources, signposts, topics)


@pytest.mark.parametrize(("document", "key"), [(0, "sources"), (1, "signposts"), (2, "topics")])
def test_duplicate_ids_are_refused(document: int, key: str) -> None:
    documents = list(_documents())
    entries = documents[document][key]
    entries.append(copy.deepcopy(entries[1]))
    with pytest.raises(DocumentError, match=f"duplicate id '{entries[1]['id']}'"):
        knowledge.check_knowledge(*documents)


def test_an_adult_pictured_note_citing_an_unlisted_section_is_refused() -> None:
    sources, signposts, topics = _documents()
    entry = next(e for e in topics["topics"] if "adult_pictured" in e)
    entry["adult_pictured"]["sources"].append({"source": "osa_2023", "section": "s.999"})
    with pytest.raises(DocumentError, match=r"s\.999"):
        knowledge.check_knowledge(sources, signposts, topics)
