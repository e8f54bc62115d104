"""build_record: the case's facts and assessment -> a record to save, print or file.

A record is what a police officer, a DSL or a parent keeps of the assistant's answer:
when it was given, under which guidance version, on which facts, with which reasons and
sources. It is built only from the contract's facts and assessment (never from the
user's own words, so it can hold no names) and comes in three variants: ``police``
(a National Decision Model rationale), ``school`` (a safeguarding log entry) and
``general`` (everyone else). Pure and deterministic: the same inputs give the same record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from actions.guidance.assessment import decide
from actions.guidance.facts import ROLES, parse_facts
from actions.records import police, school
from actions.records.content import (
    FORMAT,
    Case,
    Moment,
    RecordError,
    actions_list,
    check_assessment,
    check_facts,
    closing_sections,
    common_data,
    facts_section,
    header_table,
    level_lines,
    outcome_21_lines,
    reasons_list,
    role_words,
    sources_used,
    status_lines,
)
from actions.records.markdown import bullets, escape, heading, link

VARIANTS = ("police", "school", "general")
_VARIANT_OF_ROLE = {"police": "police", "school": "school"}


@dataclass(frozen=True)
class CaseRecord:
    """One case record: Markdown for people, ``data`` for systems, and a file name stem."""

    variant: str
    filename_stem: str
    markdown: str
    data: dict[str, Any]

    def to_payload(self) -> dict[str, Any]:
        """The contract's ``record`` payload (the bot sends it as custom ``{"record": ...}``)."""
        return {
            "format": FORMAT,
            "variant": self.variant,
            "filename_stem": self.filename_stem,
            "markdown": self.markdown,
            "data": self.data,
        }


def variant_for(role: str | None) -> str:
    """``police`` and ``school`` have their own layouts; every other role gets ``general``."""
    return _VARIANT_OF_ROLE.get(role or "", "general")


def _general_markdown(case: Case) -> str:
    sources = sources_used(case)
    return (
        "\n\n".join(
            [
                heading(1, "Case record"),
                header_table(case, f"General ({role_words(case.role)})"),
                facts_section(case),
                heading(2, "Level of response"),
                level_lines(case),
                outcome_21_lines(case),
                heading(2, "Complete or provisional"),
                status_lines(case),
                heading(2, "Reasons"),
                reasons_list(case),
                heading(2, f"What to do now ({role_words(case.role)})"),
                actions_list(case),
                heading(2, "Sources"),
                bullets([link(item["source"], item["url"]) for item in sources])
                if sources
                else escape("No sources cited."),
                *closing_sections(case),
            ]
        )
        + "\n"
    )


_MARKDOWN: dict[str, Callable[[Case], str]] = {
    "police": police.markdown,
    "school": school.markdown,
    "general": _general_markdown,
}


def _check_consistent(facts: Mapping[str, Any], assessment: Mapping[str, Any]) -> None:
    """Refuse an assessment the engine would not give for these facts (e.g. a stale one)."""
    level, outcome_21 = decide(parse_facts(facts))
    if (assessment["level"], assessment["outcome_21"]) != (level, outcome_21):
        raise RecordError(
            f"assessment does not match the facts: it says {assessment['level']}/"
            f"{assessment['outcome_21']}, the facts give {level}/{outcome_21} "
            "(assess the current facts again before making a record)"
        )


def build_record(
    facts: Mapping[str, Any],
    assessment: Mapping[str, Any],
    role: str | None,
    created_at: datetime,
) -> CaseRecord:
    """Make the record of one assessed case.

    ``facts`` is a contract facts object (unknowns absent or None), ``assessment`` the
    engine's assessment of exactly those facts (``assess_mapping(facts)``), ``role`` the
    role of the person asking (it picks the variant), ``created_at`` a timezone-aware time.
    Raises :class:`RecordError` (a ValueError) for invalid facts, a broken assessment, an
    assessment that does not match the facts, or a naive ``created_at``.
    """
    if role is not None and role not in ROLES:
        raise RecordError(f"role: expected one of {', '.join(ROLES)} or None, got {role!r}")
    checked_facts, derived = check_facts(facts)
    checked_assessment = check_assessment(assessment)
    _check_consistent(checked_facts, checked_assessment)
    case = Case(
        facts=checked_facts,
        derived=derived,
        assessment=checked_assessment,
        role=role,
        moment=Moment.of(created_at),
    )
    variant = variant_for(role)
    data = {"variant": variant, **common_data(case)}
    data["sources"] = sources_used(case)
    if variant == "police":
        data["police"] = police.data(case)
    elif variant == "school":
        data["school"] = school.data(case)
    return CaseRecord(
        variant=variant,
        filename_stem=case.moment.stem,
        markdown=_MARKDOWN[variant](case),
        data=data,
    )
