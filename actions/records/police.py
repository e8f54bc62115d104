"""The police record: a decision rationale laid out on the National Decision Model.

The NDM (College of Policing, Authorised Professional Practice) has six elements: the
Code of Ethics at the centre, and five stages around it (1 gather information and
intelligence; 2 assess threat and risk and develop a working strategy; 3 consider powers
and policy; 4 identify options and contingencies; 5 take action and review what
happened). Officers use it to record why they did what they did, so the record maps the
case onto it: the facts are stage 1, the level and its factors stage 2, the guidance and
its sources stage 3, the options (Outcome 21 against investigation or referral) stage 4,
the steps stage 5. The decision itself stays the officer's: each stage ends with blanks
"to be completed by the officer".
"""

from __future__ import annotations

from typing import Any

from actions.records.content import (
    Case,
    actions_list,
    cited,
    closing_sections,
    facts_table,
    header_table,
    level_lines,
    outcome_21_lines,
    outcome_21_sources,
    reasons_list,
    sources_used,
    status_lines,
)
from actions.records.markdown import bullets, escape, heading, link, table

NDM_SOURCE = ("ndm", "The model")
TO_COMPLETE = "to be completed by the officer"

# (stage number, name as the College of Policing gives it, what the record puts there)
NDM_STAGES: tuple[tuple[int, str, str], ...] = (
    (0, "Code of Ethics", "at the centre: every decision below must be consistent with it"),
    (1, "Gather information and intelligence", "the facts as stated and what is still unknown"),
    (
        2,
        "Assess threat and risk and develop a working strategy",
        "the level of response and the factors that drove it",
    ),
    (3, "Consider powers and policy", "the guidance, law and counting rules relied on"),
    (
        4,
        "Identify options and contingencies",
        "Outcome 21 against investigation or referral, as the guidance weighs them",
    ),
    (5, "Take action and review what happened", "the steps for police, then the review"),
)

# Blanks per stage: (field key, label). Filled in by the officer, never by the assistant.
BLANKS: dict[int, tuple[tuple[str, str], ...]] = {
    0: (("ethical_considerations", "Ethical considerations"),),
    1: (("further_information", "Further information sought or received"),),
    2: (("working_strategy", "Working strategy"),),
    3: (("force_policy", "Force policy and checklist consulted"),),
    4: (
        ("option_chosen", "Option chosen"),
        ("contingencies", "Contingencies"),
    ),
    5: (
        ("decision", "Decision taken"),
        ("rationale", "Rationale in the officer's own words"),
        ("reference", "Crime or incident reference"),
        ("officer", "Officer (collar or staff number)"),
        ("reviewer", "Reviewed by (supervisor) and date"),
        ("review_outcome", "Review: what happened and what was learned"),
    ),
}


def _option(option: str, title: str, status: str, note: str, source: dict[str, str]) -> dict:
    return {"option": option, "title": title, "status": status, "note": note, **source}


def _outcome_21_option(case: Case) -> dict[str, Any]:
    status, note = {
        "appropriate": (
            "supported",
            "Supported by the guidance on these facts; force policy and the officer decide.",
        ),
        "not_appropriate": (
            "not_supported",
            "Not supported: at least one factor that bars it is present.",
        ),
        "not_applicable": (
            "not_available",
            "Not available: a Home Office outcome for England and Wales only, and only for "
            "images of under-18s.",
        ),
        "undetermined": (
            "undetermined",
            "Cannot be judged until the open questions are answered.",
        ),
    }[case.outcome_21]
    return _option(
        "outcome_21",
        "Outcome 21: further investigation not in the public interest",
        status,
        note,
        cited("hocr", "Section H Recorded Crime Outcomes"),
    )


def _investigation_option(case: Case) -> dict[str, Any]:
    """A full criminal investigation only where the College of Policing calls for one."""
    if case.assessment.get("full_investigation"):
        status, note = (
            "indicated",
            "Indicated: exploitation, coercion, a profit motive or an adult perpetrator is "
            "present.",
        )
    elif case.level in ("emergency", "referral"):
        status = "consider"
        note = (
            "For the police to decide under force policy: a referral circumstance or "
            "aggravating factor is present, but none of the four factors for which the "
            "College of Policing calls for a full investigation."
        )
    elif case.level == "safeguarding":
        status = "not_indicated"
        note = (
            "Not indicated on what is known; escalate at once if a referral circumstance emerges."
        )
    else:
        status, note = (
            "not_applicable",
            "The children's guidance does not apply (nobody under 18 pictured).",
        )
    return _option(
        "full_investigation",
        "Full criminal investigation, with a strategy discussion with children's social care",
        status,
        note,
        cited("cop_guidance", "Deciding on an appropriate response to offences"),
    )


def _referral_option(case: Case) -> dict[str, Any]:
    if case.level in ("emergency", "referral"):
        status, note = "indicated", "Indicated: refer to children's social care."
    elif case.level == "safeguarding":
        status, note = (
            "consider",
            "Consider under local procedures; not required by the guidance on these facts.",
        )
    else:
        status, note = "not_applicable", "Not a child-image case."
    return _option(
        "safeguarding_referral",
        "Safeguarding referral to children's social care",
        status,
        note,
        cited("ukcis_2024", "Initial review meeting"),
    )


def _emergency_option(case: Case) -> dict[str, Any]:
    if case.level == "emergency":
        status, note = "indicated", "Indicated now: a child is at immediate risk of harm."
    else:
        status, note = "not_indicated", "Not indicated: no child is known to be at immediate risk."
    return _option(
        "emergency_response",
        "Emergency response (999): make the child safe now",
        status,
        note,
        cited("ukcis_2024", "Initial review meeting"),
    )


def _outcome_22_option(case: Case) -> dict[str, Any] | None:
    if not case.facts.get("repeated") or case.law_jurisdiction not in ("england", "wales"):
        return None
    return _option(
        "outcome_22",
        "Outcome 22: diversionary, educational or intervention activity",
        "consider",
        "May fit persistent but non-exploitative behaviour, with a harmful sexual behaviour "
        "assessment.",
        cited("hocr", "Section H Recorded Crime Outcomes"),
    )


def options(case: Case) -> list[dict[str, Any]]:
    """The options stage 4 weighs, each with the guidance's view of it for this case."""
    if case.level == "out_of_scope":
        return [
            _option(
                "adult_image_offence",
                "Treat as intimate image abuse of an adult",
                "indicated",
                "Nobody under 18 is pictured: the children's guidance and Outcome 21 for "
                "children do not apply.",
                cited("osa_2023", "s.188"),
            )
        ]
    found = [
        _emergency_option(case),
        _investigation_option(case),
        _referral_option(case),
        _outcome_21_option(case),
        _outcome_22_option(case),
    ]
    return [item for item in found if item is not None]


def _blank_table(stage: int) -> str:
    rows = [[f"{escape(label)} ({escape(TO_COMPLETE)})", ""] for _key, label in BLANKS[stage]]
    return table(["Officer's entry", ""], rows)


def _stage_heading(stage: int, name: str) -> str:
    return heading(2, name if stage == 0 else f"{stage}. {name}")


def _powers_and_policy(case: Case) -> str:
    cited_sources = sources_used(case, outcome_21_sources())
    return "\n\n".join(
        [
            "The guidance and law this record relies on (each reason and step above and below "
            "names its own):",
            bullets([link(item["source"], item["url"]) for item in cited_sources]),
            outcome_21_lines(case),
        ]
    )


def _options_table(case: Case) -> str:
    rows = [
        [escape(item["title"]), escape(item["note"]), link(item["source"], item["url"])]
        for item in options(case)
    ]
    return table(["Option", "What the guidance says here", "Source"], rows)


def markdown(case: Case) -> str:
    """The police record as Markdown."""
    ndm = cited(*NDM_SOURCE)
    stages = {
        0: [
            "The Code of Ethics is at the centre of the National Decision Model: every decision "
            "recorded here must be consistent with its principles and standards of behaviour. "
            f"*Source: {link(ndm['source'], ndm['url'])}*"
        ],
        1: [facts_table(case), status_lines(case)],
        2: [level_lines(case), "Factors:", reasons_list(case)],
        3: [_powers_and_policy(case)],
        4: [_options_table(case)],
        5: ["Steps for police:", actions_list(case)],
    }
    parts = [
        heading(1, "Case record: police decision rationale"),
        header_table(case, "Police: National Decision Model rationale"),
        escape(
            "Laid out on the College of Policing's National Decision Model. The assistant "
            "fills in what the guidance says; the decision, rationale and review are the "
            "officer's and are left blank, to be completed by the officer."
        ),
    ]
    for stage, name, _what in NDM_STAGES:
        parts.append(_stage_heading(stage, name))
        parts.extend(stages[stage])
        parts.append(_blank_table(stage))
    parts.extend(closing_sections(case))
    return "\n\n".join(parts) + "\n"


def data(case: Case) -> dict[str, Any]:
    """The police part of the record's JSON: the NDM stages, the options and the blanks."""
    covers = {
        0: [],
        1: ["facts", "assessment.open_questions"],
        2: ["assessment.level", "assessment.factors"],
        3: ["assessment.factors", "assessment.actions", "outcome_21_sources"],
        4: ["police.options", "assessment.outcome_21"],
        5: ["assessment.actions"],
    }
    return {
        "ndm_source": cited(*NDM_SOURCE),
        "ndm": [
            {
                "stage": stage,
                "name": name,
                "holds": what,
                "covers": covers[stage],
                "to_complete": [
                    {"field": key, "label": label, "value": None} for key, label in BLANKS[stage]
                ],
            }
            for stage, name, what in NDM_STAGES
        ],
        "options": options(case),
    }
