"""The knowledge base's Python face: sources register, signposting directory and topic answers.

The engine and the Rasa actions never read YAML themselves; they ask this module. It loads
``sources.yml``, ``signposts.yml`` and ``topics.yml`` once (each checked against its JSON
Schema by :mod:`actions.guidance.documents`), then checks what a schema cannot: that every
cited source exists in the register, that the signpost ids are exactly the contract's and
that the topic ids are exactly the contract's 14 plus the 6 added. A broken knowledge base
therefore fails loudly at start-up, never mid-conversation.

``python -m actions.guidance.knowledge`` rewrites ``docs/SOURCES.md`` from the register.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from actions.guidance.documents import DocumentError, load_document
from actions.guidance.facts import JURISDICTIONS, ROLES

CONTRACT_SIGNPOST_IDS: frozenset[str] = frozenset(
    {
        "police_999",
        "police_101",
        "childrens_social_care",
        "ceop",
        "childline",
        "nspcc_helpline",
        "posh",
        "report_remove",
        "iwf",
        "take_it_down",
        "samaritans",
        "shout",
        "stop_it_now",
        "marie_collins_foundation",
        "revenge_porn_helpline",
        "thinkuknow",
    }
)

CONTRACT_TOPIC_IDS: tuple[str, ...] = (
    "viewing_images",
    "deleting_images",
    "devices",
    "informing_parents",
    "outcome_21",
    "dbs_disclosure",
    "law",
    "image_removal",
    "sextortion",
    "ai_images",
    "recording",
    "referral_triggers",
    "support_services",
    "talking_to_child",
)

#: Topics added after the contract's 14 (the contract allows additions, never renames).
ADDED_TOPIC_IDS: tuple[str, ...] = (
    "getting_in_trouble",
    "blame",
    "confidentiality",
    "cyberflashing",
    "after_report",
    "duty_to_report",
)

#: Every topic id the knowledge base must hold: the contract's 14 plus 6 added, in order.
TOPIC_IDS: tuple[str, ...] = CONTRACT_TOPIC_IDS + ADDED_TOPIC_IDS


SOURCES_MARKDOWN_PATH = Path(__file__).resolve().parents[2] / "docs" / "SOURCES.md"

# A section that is a provision of an Act or Order ("s.1(1)", "art.15", "Sch.3") is cited
# as it stands; any other section is a heading and is quoted, so the reader can find it.
_PROVISION = re.compile(r"^(s|ss|art|arts|sch|para|paras|reg|r)\.\s?\d", re.IGNORECASE)


@dataclass(frozen=True)
class TopicAnswer:
    """One guidance answer, ready for a reply and for the contract's ``topic`` payload."""

    topic: str
    title: str
    text: str
    sources: list[str]
    source_refs: list[dict[str, str]]
    jurisdiction_note: str | None = None
    #: What the answer means when the case's person pictured is an adult (``adult_pictured``).
    case_note: str | None = None

    def payload(self) -> dict[str, Any]:
        """The contract's custom payload for a guidance answer."""
        return {"topic": self.topic, "sources": list(self.sources)}


@dataclass(frozen=True)
class _Knowledge:
    version: str
    sources: Mapping[str, dict[str, Any]]
    signposts: Mapping[str, dict[str, Any]]
    topics: Mapping[str, dict[str, Any]]


# --------------------------------------------------------------------------- loading


def _index_by_id(document: str, entries: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Index entries by id, refusing duplicates (a second entry would silently win)."""
    indexed: dict[str, dict[str, Any]] = {}
    for position, entry in enumerate(entries):
        if entry["id"] in indexed:
            raise DocumentError(f"{document}.yml: at {position}/id: duplicate id {entry['id']!r}")
        indexed[entry["id"]] = entry
    return indexed


def _require_exact_ids(document: str, found: Iterable[str], expected: Iterable[str]) -> None:
    """Refuse a document whose ids differ from the contract's, naming what is wrong."""
    found_set, expected_set = set(found), set(expected)
    missing = sorted(expected_set - found_set)
    extra = sorted(found_set - expected_set)
    if missing or extra:
        raise DocumentError(
            f"{document}.yml: ids must be exactly the contract's;"
            f" missing {missing}, unknown {extra}"
        )


def _require_known_sources(
    document: str, citing: Mapping[str, Iterable[str]], known: Iterable[str]
) -> None:
    """Refuse any citation of a source id the register does not hold."""
    known_set = set(known)
    for entry_id, cited in citing.items():
        unknown = sorted(set(cited) - known_set)
        if unknown:
            raise DocumentError(
                f"{document}.yml: at {entry_id}: cites unknown source id(s) {unknown}"
                " (add them to sources.yml)"
            )


def check_knowledge(
    sources_doc: Mapping[str, Any],
    signposts_doc: Mapping[str, Any],
    topics_doc: Mapping[str, Any],
) -> _Knowledge:
    """Cross-check three schema-valid documents and index them; raise DocumentError if broken.

    Separate from loading so tests can hand in deliberately broken copies.
    """
    sources = _index_by_id("sources", sources_doc["sources"])
    signposts = _index_by_id("signposts", signposts_doc["signposts"])
    topics = _index_by_id("topics", topics_doc["topics"])
    _require_exact_ids("signposts", signposts, CONTRACT_SIGNPOST_IDS)
    _require_exact_ids("topics", topics, TOPIC_IDS)
    _require_known_sources(
        "signposts", {key: entry["sources"] for key, entry in signposts.items()}, sources
    )
    _require_known_sources(
        "topics",
        {key: [ref["source"] for ref in _cited(entry)] for key, entry in topics.items()},
        sources,
    )
    for key, entry in topics.items():
        for ref in _cited(entry):
            _require_section(sources, ref["source"], ref["section"], f"topics.yml: at {key}")
    return _Knowledge(str(sources_doc["version"]), sources, signposts, topics)


def _cited(topic: Mapping[str, Any]) -> list[Mapping[str, str]]:
    """Every citation a topic can show: its own, then its note for an adult pictured."""
    return [*topic["sources"], *topic.get("adult_pictured", {}).get("sources", ())]


def _sections(entry: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {section["heading"]: section for section in entry.get("sections", ())}


def _require_section(
    sources: Mapping[str, Mapping[str, Any]], source_id: str, section: str, where: str
) -> dict[str, Any]:
    """Refuse a citation of a section the register does not list for that source: every
    cited heading must be recorded as read (or marked unverified) in sources.yml."""
    listed = _sections(sources[source_id])
    if section not in listed:
        raise DocumentError(
            f"{where}: cites section {section!r} of {source_id!r}, which sources.yml does not"
            f" list (listed: {sorted(listed)})"
        )
    return dict(listed[section])


@cache
def _knowledge() -> _Knowledge:
    """Load and check the knowledge base once per process: a turn never re-reads YAML."""
    return check_knowledge(
        load_document("sources"), load_document("signposts"), load_document("topics")
    )


# --------------------------------------------------------------------------- sources


def guidance_version() -> str:
    """The date of this version of the rules and knowledge base (``sources.yml`` version)."""
    return _knowledge().version


def __getattr__(name: str) -> str:
    """Provide ``GUIDANCE_VERSION`` lazily, so importing this module never reads YAML."""
    if name == "GUIDANCE_VERSION":
        return guidance_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def source_ids() -> frozenset[str]:
    """Every id in the sources register."""
    return frozenset(_knowledge().sources)


def source(source_id: str) -> dict[str, Any]:
    """The register entry for ``source_id`` (a copy, so callers cannot alter the cache)."""
    try:
        return dict(_knowledge().sources[source_id])
    except KeyError:
        raise DocumentError(f"sources.yml: unknown source id {source_id!r}") from None


def section_entry(source_id: str, section: str) -> dict[str, Any]:
    """The register's record of one cited section: heading as read, status, date, address."""
    knowledge = _knowledge()
    if source_id not in knowledge.sources:
        raise DocumentError(f"sources.yml: unknown source id {source_id!r}")
    return _require_section(knowledge.sources, source_id, section, "citation")


@cache
def cite(source_id: str, section: str) -> str:
    """A readable citation: the source's short form, then the section.

    Headings are quoted ("UKCIS, Sharing nudes and semi-nudes (2024), 'Initial review
    meeting'"); provisions are not ("Protection of Children Act 1978, s.1(1)"). The section
    must be listed for the source in sources.yml, and a heading not seen in the source as
    read is marked "(unverified)" for the user.
    """
    short = source(source_id)["short"]
    section = section.strip()
    if not section:
        return short
    entry = section_entry(source_id, section)
    marker = " (unverified)" if entry["status"] == "unverified" else ""
    if _PROVISION.match(section):
        return f"{short}, {section}{marker}"
    return f"{short}, '{section}'{marker}"


def source_url(source_id: str) -> str:
    """The published address of a source, so a client can link the citation to it."""
    return str(source(source_id)["url"])


# --------------------------------------------------------------------------- signposts


def signpost_ids() -> tuple[str, ...]:
    """The contract's 16 signpost ids, in directory order."""
    return tuple(_knowledge().signposts)


def signpost_entry(signpost_id: str) -> dict[str, Any]:
    """The full directory entry: purpose, audience, contact, when to use, sources, status."""
    try:
        return dict(_knowledge().signposts[signpost_id])
    except KeyError:
        raise DocumentError(f"signposts.yml: unknown signpost id {signpost_id!r}") from None


def signpost(signpost_id: str) -> dict[str, str]:
    """The contract's signpost object ``{id, name, contact, audience}``."""
    entry = signpost_entry(signpost_id)
    return {key: entry[key] for key in ("id", "name", "contact", "audience")}


# --------------------------------------------------------------------------- topics


def topic_ids() -> tuple[str, ...]:
    """Every topic id: the contract's 14 in the contract's order, then the 6 added
    (the loader ensures all exist)."""
    topics = _knowledge().topics
    return tuple(topic_id for topic_id in TOPIC_IDS if topic_id in topics)


def topic_answer(
    topic_id: str,
    role: str | None = None,
    jurisdiction: str | None = None,
    adult_pictured: bool = False,
) -> TopicAnswer:
    """The answer to a guidance question, in the role's variant when the topic has one.

    ``jurisdiction`` adds the topic's note for that nation, if any, as ``jurisdiction_note``;
    the text itself is never changed by it, so the caller decides where the note goes.
    ``adult_pictured`` (the case's person pictured is 18 or over: a teacher's deepfake)
    adds the topic's note for that case, if any, as ``case_note``, with its sources: the
    answers are written about images of children.
    """
    if role is not None and role not in ROLES:
        raise DocumentError(f"unknown role {role!r}; expected one of {list(ROLES)}")
    if jurisdiction is not None and jurisdiction not in JURISDICTIONS:
        raise DocumentError(
            f"unknown jurisdiction {jurisdiction!r}; expected one of {list(JURISDICTIONS)}"
        )
    try:
        entry = _knowledge().topics[topic_id]
    except KeyError:
        raise DocumentError(f"topics.yml: unknown topic id {topic_id!r}") from None
    role_texts = entry.get("roles", {})
    text = role_texts.get(role, entry["text"]) if role else entry["text"]
    refs = [{"source": ref["source"], "section": ref["section"]} for ref in entry["sources"]]
    note = entry.get("jurisdictions", {}).get(jurisdiction) if jurisdiction else None
    if jurisdiction and jurisdiction != "england" and entry.get("jurisdiction_notes_from"):
        # the answer itself is written for England, the default nation
        note = _nation_note(jurisdiction, entry["jurisdiction_notes_from"])
    case = entry.get("adult_pictured") if adult_pictured else None
    if case:
        refs += [{"source": ref["source"], "section": ref["section"]} for ref in case["sources"]]
    return TopicAnswer(
        topic=topic_id,
        title=entry["title"],
        text=text.strip(),
        sources=[cite(ref["source"], ref["section"]) for ref in refs],
        source_refs=refs,
        jurisdiction_note=note.strip() if note else None,
        case_note=" ".join(case["text"].split()) if case else None,
    )


def _nation_note(nation_id: str, keys: Iterable[str]) -> str:
    """A topic's note for one nation, from its entry in jurisdictions.yml."""
    from actions.guidance.jurisdictions import jurisdiction

    nation = jurisdiction(nation_id)
    return " ".join(nation.value(key).text for key in keys)


# --------------------------------------------------------------------------- SOURCES.md


def _markdown_entry(entry: Mapping[str, Any]) -> list[str]:
    lines = [
        f"### `{entry['id']}`: {entry['title']}",
        "",
        f"- Cited as: {entry['short']}",
        f"- Publisher: {entry['publisher']}; date: {entry['date']}",
        f"- Address: <{entry['url']}>",
        f"- Jurisdictions: {', '.join(entry['jurisdictions'])}",
        f"- Status: **{entry['status']}**",
        f"- Verified: {' '.join(entry['verified'].split())}",
    ]
    checked = entry.get("checked_at") or []
    if checked:
        lines.append("- Read at: " + "; ".join(f"<{url}>" for url in checked))
    lines.append(f"- Not verified: {' '.join(entry['unverified'].split())}")
    lines.append("- Cited sections (heading as it appears in the source as read):")
    for section in entry.get("sections", ()):
        where = section.get("address") or entry["url"]
        lines.append(
            f'  - "{section["heading"]}": **{section["status"]}**, read {section["read_on"]}'
            f" at <{where}>"
        )
    lines.append("")
    return lines


def render_sources_markdown() -> str:
    """The text of ``docs/SOURCES.md``, generated from the register so the two never drift."""
    knowledge = _knowledge()
    counts = {
        status: sum(1 for e in knowledge.sources.values() if e["status"] == status)
        for status in ("verified", "secondary", "unverified")
    }
    lines = [
        "# Sources register",
        "",
        "<!-- Generated from actions/guidance/data/sources.yml by",
        "     `python -m actions.guidance.knowledge`. Do not edit by hand. -->",
        "",
        f"Guidance version: **{knowledge.version}**. {len(knowledge.sources)} sources:"
        f" {counts['verified']} verified, {counts['secondary']} secondary,"
        f" {counts['unverified']} unverified.",
        "",
        "Status: **verified** means the points the assistant relies on were read in the source"
        " itself or in a reliable copy quoting it; **secondary** means they were read only in"
        " summaries by others; **unverified** means they were not read. Contact details and"
        " guidance change: re-check them before each release.",
        "",
    ]
    for entry in knowledge.sources.values():
        lines.extend(_markdown_entry(entry))
    return "\n".join(lines).rstrip("\n") + "\n"


def write_sources_markdown(path: Path = SOURCES_MARKDOWN_PATH) -> Path:
    """Regenerate ``docs/SOURCES.md``."""
    path.write_text(render_sources_markdown(), encoding="utf-8")
    return path


if __name__ == "__main__":
    try:
        print(f"wrote {write_sources_markdown()}")
    except DocumentError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
