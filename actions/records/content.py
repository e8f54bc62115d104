"""What every case record says, whatever its variant: facts, result, reasons, steps, contacts.

The record is built from the contract's two objects (the facts and the engine's
assessment), so it uses their keys as they are. The words a record adds (readable labels,
what each level and Outcome 21 judgement means, the roles) come from the one wording file
(:mod:`actions.presentation.wording`), the nations' names from ``jurisdictions.yml``; this
module holds the shared Markdown sections, and the police and school variants arrange the
same content differently.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from actions.guidance import knowledge
from actions.guidance.assessment import ASSESSMENT_KEYS
from actions.guidance.facts import FACT_KEYS, parse_facts
from actions.guidance.jurisdictions import jurisdictions
from actions.presentation.wording import words
from actions.records.markdown import bullets, code, escape, heading, link, table

FORMAT = "case-record/1"

#: How each fact key reads as a row of a record (a statement, not a question).
FACT_LABELS = words("facts", "record")
#: Who the guidance sees as the victim (the assessment's ``pictured_child``).
PICTURED_CHILD_WORDS = words("pictured_child", "record")
ROLE_WORDS = words("roles", "record")
JURISDICTION_WORDS = {nation.id: nation.name for nation in jurisdictions().values()}
LEVEL_TITLES = words("levels", "name")
LEVEL_MEANINGS = words("levels", "meaning")
OUTCOME_21_TITLES = words("outcome_21", "name")
OUTCOME_21_MEANINGS = words("outcome_21", "meaning")
OUTCOME_21_SOURCES: tuple[tuple[str, str], ...] = (
    ("hocr", "Section H Recorded Crime Outcomes"),
    ("cop_2016", "Crime outcome codes including information on Outcome 21"),
)

NO_NAMES = (
    "This record holds no names and no images. People are referred to by their part in the "
    "case (the pictured child, the other young person, the adult involved). Nothing typed "
    "by the user is copied into it: it is built only from the facts listed and the guidance."
)
DISCLAIMER = (
    "This record supports, and does not replace, professional judgement and local "
    "safeguarding procedures. It is not legal advice. If a child is in immediate danger, "
    "call 999."
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class RecordError(ValueError):
    """The inputs cannot make a truthful record (bad facts, a stale or broken assessment)."""


@dataclass(frozen=True)
class Moment:
    """When the record was made, in UTC, in the three forms a record needs."""

    iso: str
    readable: str
    stem: str

    @classmethod
    def of(cls, created_at: datetime) -> Moment:
        """Refuse a naive datetime: a record's time must not depend on the server's zone."""
        if created_at.tzinfo is None or created_at.utcoffset() is None:
            raise RecordError("created_at must be timezone-aware (use datetime.now(timezone.utc))")
        utc = created_at.astimezone(timezone.utc)
        return cls(
            iso=utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            readable=f"{utc.day} {MONTHS[utc.month - 1]} {utc.year}, {utc:%H:%M} UTC",
            stem=f"case-record-{utc:%Y%m%dT%H%MZ}",
        )


@dataclass(frozen=True)
class Case:
    """The checked inputs of one record: facts, assessment, role and time."""

    facts: dict[str, Any]
    derived: tuple[str, ...]
    assessment: dict[str, Any]
    role: str | None
    moment: Moment

    @property
    def level(self) -> str:
        return str(self.assessment["level"])

    @property
    def outcome_21(self) -> str:
        return str(self.assessment["outcome_21"])

    @property
    def law_jurisdiction(self) -> str:
        """The jurisdiction whose law applies: as stated, else England (the contract default)."""
        return self.facts.get("jurisdiction") or "england"


def check_facts(facts: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """All fact keys (unknowns as None) and the keys the engine derived, not the user."""
    try:
        parsed = parse_facts(facts).to_dict()
    except ValueError as error:
        raise RecordError(f"facts: {error}") from error
    derived = tuple(key for key in FACT_KEYS if facts.get(key) is None and parsed[key] is not None)
    return parsed, derived


def check_assessment(assessment: Mapping[str, Any]) -> dict[str, Any]:
    """A plain deep copy of a contract assessment; refuse one with missing or unknown values."""
    missing = [key for key in ASSESSMENT_KEYS if key not in assessment]
    if missing:
        raise RecordError(f"assessment: missing key(s) {', '.join(missing)}")
    if assessment["level"] not in LEVEL_TITLES:
        raise RecordError(f"assessment: unknown level {assessment['level']!r}")
    if assessment["outcome_21"] not in OUTCOME_21_TITLES:
        raise RecordError(f"assessment: unknown outcome_21 {assessment['outcome_21']!r}")
    plain = copy.deepcopy(dict(assessment))
    for key in ("open_questions", "factors", "actions", "signposts"):
        plain[key] = [dict(item) if isinstance(item, Mapping) else item for item in plain[key]]
    return plain


# --------------------------------------------------------------------------- words


def value_words(key: str, value: Any) -> str:
    """A fact value as a record shows it; an unknown is "not known"."""
    if value is None:
        return "not known"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if key == "role":
        return ROLE_WORDS.get(value, str(value))
    if key == "jurisdiction":
        return JURISDICTION_WORDS.get(value, str(value))
    return str(value)


def fact_rows(case: Case) -> list[dict[str, Any]]:
    """One row per fact key, in contract order: key, label, value, words, derived."""
    return [
        {
            "fact": key,
            "label": FACT_LABELS[key],
            "value": case.facts[key],
            "shown": value_words(key, case.facts[key])
            + (" (from the other person's age)" if key in case.derived else ""),
            "derived": key in case.derived,
        }
        for key in FACT_KEYS
    ]


def cited(source_id: str, section: str) -> dict[str, str]:
    """A citation as the assessment gives one: the text and the source's address."""
    return {"source": knowledge.cite(source_id, section), "url": knowledge.source_url(source_id)}


def sources_used(case: Case, extra: Sequence[Mapping[str, str]] = ()) -> list[dict[str, str]]:
    """Every distinct citation in the record, in order of first use."""
    seen: dict[str, str] = {}
    for item in [*case.assessment["factors"], *case.assessment["actions"], *extra]:
        seen.setdefault(str(item["source"]), str(item.get("url", "")))
    return [{"source": text, "url": url} for text, url in seen.items()]


def outcome_21_sources() -> list[dict[str, str]]:
    return [cited(source_id, section) for source_id, section in OUTCOME_21_SOURCES]


# --------------------------------------------------------------------------- markdown parts


def source_note(item: Mapping[str, Any]) -> str:
    """ "Source: <citation>", linked to the source when its address is safe."""
    return f"*Source: {link(item['source'], item.get('url'))}*"


def header_table(case: Case, record_type: str) -> str:
    status = record_status(case)
    rows = [
        ["Created", f"{escape(case.moment.readable)} ({code(case.moment.iso)})"],
        ["Guidance version", code(case.assessment["guidance_version"])],
        ["Record type", escape(record_type)],
        ["Level of response", f"**{escape(LEVEL_TITLES[case.level])}** ({code(case.level)})"],
        ["Outcome 21", f"{escape(OUTCOME_21_TITLES[case.outcome_21])} ({code(case.outcome_21)})"],
        ["Status", escape(status)],
    ]
    return table(["Record", ""], rows)


def facts_table(case: Case) -> str:
    """Every fact key with its value as stated; unknown facts read "not known"."""
    rows = [
        [escape(row["label"]), code(row["fact"]), escape(row["shown"])] for row in fact_rows(case)
    ]
    return "\n\n".join(
        [
            "Facts not stated in the conversation are shown as *not known*.",
            table(["Fact", "Key", "As stated"], rows),
        ]
    )


def facts_section(case: Case, title: str = "Facts as stated") -> str:
    return heading(2, title) + "\n\n" + facts_table(case)


FULL_INVESTIGATION_MEANING = (
    " Exploitation, coercion, a profit motive or an adult perpetrator is present, so the "
    "College of Policing calls for a full criminal investigation of whoever is responsible."
)


def level_meaning(case: Case) -> str:
    """What the level means here; a full investigation only where the guidance calls for one."""
    meaning = LEVEL_MEANINGS[case.level]
    if case.assessment.get("full_investigation"):
        meaning += FULL_INVESTIGATION_MEANING
    return meaning


def level_lines(case: Case) -> str:
    """The level and what it means, then who the guidance sees as the victim."""
    return (
        f"**{escape(LEVEL_TITLES[case.level])}** ({code(case.level)}): "
        f"{escape(level_meaning(case))}\n\n{pictured_child_lines(case)}"
    )


def pictured_child_lines(case: Case) -> str:
    value = str(case.assessment.get("pictured_child", "undetermined"))
    return f"**Who is the victim** ({code(value)}): {escape(PICTURED_CHILD_WORDS[value])}"


def outcome_21_lines(case: Case) -> str:
    notes = "; ".join(link(item["source"], item["url"]) for item in outcome_21_sources())
    return (
        f"**Outcome 21: {escape(OUTCOME_21_TITLES[case.outcome_21])}** "
        f"({code(case.outcome_21)}): {escape(OUTCOME_21_MEANINGS[case.outcome_21])} "
        f"*Sources: {notes}*"
    )


def unknown_facts(case: Case) -> list[str]:
    """The fact keys the conversation never settled (role aside: it never changes a result)."""
    return [key for key in FACT_KEYS if key != "role" and case.facts.get(key) is None]


def record_status(case: Case) -> str:
    """``complete`` only when no fact is unknown; ``settled`` when the unknown facts cannot
    change the result; ``provisional`` when they could. A record never calls a case
    complete while a fact is unknown."""
    if not case.assessment["complete"]:
        return "provisional"
    return "settled" if unknown_facts(case) else "complete"


def status_lines(case: Case) -> str:
    if case.assessment["complete"]:
        unknown = unknown_facts(case)
        if not unknown:
            return "**Complete**: every fact is known."
        rows = [f"{escape(FACT_LABELS.get(key, key))} ({code(key)})" for key in unknown]
        return (
            "**Settled**: these facts were not given, but no answer to them could change the "
            "level or Outcome 21.\n\n" + bullets(rows)
        )
    open_rows = [
        f"{escape(FACT_LABELS.get(key, key))} ({code(key)})"
        for key in case.assessment["open_questions"]
    ]
    return (
        "**Provisional**: these facts are still unknown and could change the result; an "
        "unknown fact never lowers the level.\n\n" + bullets(open_rows)
    )


def reasons_list(case: Case) -> str:
    factors = case.assessment["factors"]
    if not factors:
        return "No single fact drove this result."
    return bullets(
        [f"{escape(item['effect'])} {source_note(item)}" for item in factors], numbered=True
    )


def actions_list(case: Case) -> str:
    actions = case.assessment["actions"]
    if not actions:
        return "No steps are listed for this role and level."
    return bullets(
        [f"{escape(item['text'])} {source_note(item)}" for item in actions], numbered=True
    )


def contacts_list(case: Case) -> str:
    """The local area's own contacts first (when configured), then the national services."""
    contacts = [*case.assessment.get("local_contacts", ()), *case.assessment["signposts"]]
    if not contacts:
        return "No services are listed for this case."
    return bullets(
        [
            f"**{escape(item['name'])}**: {escape(item['contact'])} ({escape(item['audience'])})"
            for item in contacts
        ]
    )


def closing_sections(case: Case) -> list[str]:
    """Contacts, the no-names statement and the disclaimer: the end of every variant."""
    return [
        heading(2, "Who to contact"),
        contacts_list(case),
        heading(2, "No names"),
        escape(NO_NAMES),
        heading(2, "Disclaimer"),
        escape(DISCLAIMER),
    ]


def role_words(role: str | None) -> str:
    return ROLE_WORDS.get(role or "other", "someone else")


def common_data(case: Case) -> dict[str, Any]:
    """The JSON content every variant shares, keyed by the contract's own names."""
    return {
        "format": FORMAT,
        "created_at": case.moment.iso,
        "created_at_readable": case.moment.readable,
        "guidance_version": case.assessment["guidance_version"],
        "role": case.role,
        "facts": dict(case.facts),
        "derived_facts": list(case.derived),
        "fact_labels": dict(FACT_LABELS),
        "assessment": copy.deepcopy(case.assessment),
        "level_meaning": level_meaning(case),
        "pictured_child_meaning": PICTURED_CHILD_WORDS[
            str(case.assessment.get("pictured_child", "undetermined"))
        ],
        "outcome_21_meaning": OUTCOME_21_MEANINGS[case.outcome_21],
        "outcome_21_sources": outcome_21_sources(),
        "status": record_status(case),
        "no_names": NO_NAMES,
        "disclaimer": DISCLAIMER,
    }
