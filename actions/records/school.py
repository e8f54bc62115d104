"""The school record: an entry for a safeguarding log.

Schools record each incident, what was done, each decision and its reasons, including a
decision not to refer (UKCIS 2024, "Recording incidents"). The entry follows that order:
what was reported, the decision (the level), the rationale (the factors with their
sources), the actions, who was informed, and a review date. "Who was informed" is a
checklist of the people and services the guidance says to tell for this case, with blanks
for when and by whom; the assistant never fills those in.
"""

from __future__ import annotations

from typing import Any

from actions.guidance.jurisdictions import Jurisdiction, jurisdiction
from actions.records.content import (
    Case,
    actions_list,
    cited,
    closing_sections,
    facts_section,
    header_table,
    level_lines,
    outcome_21_lines,
    reasons_list,
    status_lines,
)
from actions.records.markdown import escape, heading, link, table

TO_COMPLETE = "to be completed by the school"


# Where each nation's schools are told to refer (the same sources as the school steps).
def _nation(case: Case) -> Jurisdiction:
    return jurisdiction(case.law_jurisdiction)


def _referral_source(case: Case) -> tuple[str, str]:
    """The nation's referral route, as cited in data/jurisdictions.yml."""
    route = _nation(case).referral_route
    return route.source_id, route.section


def _lead_source(case: Case) -> tuple[str, str]:
    """The nation's guidance for schools (its peer-case route), which names the lead."""
    route = _nation(case).peer_case
    return route.source_id, route.section


def _lead_name(case: Case) -> str:
    lead = _nation(case).words["school_lead"]
    return f"The {lead} or deputy"


def _social_care_name(case: Case) -> str:
    social_care = _nation(case).words["social_care"]
    return social_care[0].upper() + social_care[1:]


REVIEW_BLANKS: tuple[tuple[str, str], ...] = (
    ("recorded_by", "Recorded by (role)"),
    ("review_date", "Review date"),
    ("reviewed_by", "Reviewed by (role)"),
    ("review_outcome", "Outcome of the review"),
)


def _entry(who: str, name: str, when: str, source: dict[str, str]) -> dict[str, Any]:
    return {"who": who, "name": name, "when": when, **source, "date_time": None, "by_whom": None}


def _police_entry(case: Case) -> dict[str, Any]:
    source = cited(*_referral_source(case))
    if case.level == "emergency":
        return _entry(
            "police_999", "The police (999)", "Now: a child is at immediate risk of harm.", source
        )
    return _entry(
        "police_101",
        "The police (the school's police contact or 101)",
        "Today: a referral circumstance is present.",
        source,
    )


def informed(case: Case) -> list[dict[str, Any]]:
    """Who the guidance says to inform for this case, most urgent first, blanks left empty."""
    facts = case.facts
    if case.level == "out_of_scope":
        return [
            _entry(
                "police_101",
                "The police (101), for the adult whose image was shared",
                "Sharing an adult's intimate image without consent, or threatening to, is an offence.",
                cited("osa_2023", "s.188"),
            )
        ]
    entries = [
        _entry(
            "designated_lead",
            _lead_name(case),
            "At once: anyone who hears of an incident tells the safeguarding lead.",
            cited(*_lead_source(case)),
        )
    ]
    if case.level in ("emergency", "referral"):
        entries.append(_police_entry(case))
        entries.append(
            _entry(
                "childrens_social_care",
                _social_care_name(case),
                "Today: refer alongside the police.",
                cited(*_referral_source(case)),
            )
        )
    entries.append(
        _entry(
            "parents_carers",
            "Parents or carers",
            "Early, unless there is good reason to think telling them would put the child at "
            "risk of harm; then decide with children's social care or the police.",
            cited("ukcis_2024", "Informing parents and carers"),
        )
    )
    if facts.get("adult_involved") or facts.get("coercion"):
        entries.append(
            _entry(
                "ceop",
                "CEOP (National Crime Agency)",
                "An adult is involved, or there is pressure, threats or grooming.",
                cited("ceop_safety_centre", "Make a report"),
            )
        )
    if facts.get("online") or facts.get("coercion") or facts.get("profit_motive"):
        entries.append(
            _entry(
                "report_remove",
                "Report Remove (Childline and the IWF), with the young person",
                "The image is online or threatened: help the young person get it removed.",
                cited("nspcc_report_remove", "Using the Report Remove tool"),
            )
        )
    return entries


def _no_referral_note(case: Case) -> str | None:
    if case.level != "safeguarding":
        return None
    source = cited("ukcis_2024", "Recording incidents")
    return (
        escape(
            "No referral to the police or children's social care is required by the guidance "
            "on what is known. Record that decision and the reasons for it, and escalate at "
            "once if anything new emerges."
        )
        + f" *Source: {link(source['source'], source['url'])}*"
    )


def _informed_table(case: Case) -> str:
    rows = [
        [escape(item["name"]), escape(item["when"]), link(item["source"], item["url"]), "", ""]
        for item in informed(case)
    ]
    return table(
        [
            "Who",
            "When the guidance says so",
            "Source",
            "Informed (date and time)",
            "By whom (role)",
        ],
        rows,
    )


def markdown(case: Case) -> str:
    """The school record as Markdown."""
    parts = [
        heading(1, "Case record: safeguarding log entry"),
        header_table(case, "School: safeguarding log"),
        facts_section(case, "What was reported (facts as stated)"),
        heading(2, "Decision"),
        level_lines(case),
        outcome_21_lines(case),
        status_lines(case),
        heading(2, "Rationale"),
        reasons_list(case),
        heading(2, "Actions"),
        actions_list(case),
        heading(2, "Who was informed"),
        escape(
            f"The people and services the guidance says to inform for this case; the last two "
            f"columns are {TO_COMPLETE}."
        ),
        _informed_table(case),
    ]
    note = _no_referral_note(case)
    if note:
        parts.append(note)
    parts.extend(
        [
            heading(2, "Review"),
            table(
                ["Entry", ""],
                [[f"{escape(label)} ({escape(TO_COMPLETE)})", ""] for _key, label in REVIEW_BLANKS],
            ),
        ]
    )
    parts.extend(closing_sections(case))
    return "\n\n".join(parts) + "\n"


def data(case: Case) -> dict[str, Any]:
    """The school part of the record's JSON: who to inform, and the review blanks."""
    return {
        "informed": informed(case),
        "decision_not_to_refer": case.level == "safeguarding",
        "to_complete": [
            {"field": key, "label": label, "value": None} for key, label in REVIEW_BLANKS
        ],
    }
