"""Next steps for an assessment, chosen from ``data/steps.yml`` by role, level and case.

The step texts are data, so a safeguarding lead can review and correct them without
reading code; this module only selects, fills in and orders them. ``role`` changes which
steps are shown and how they are labelled, never the level. An unstated role gets the steps
for "other" (safe for anyone: do not view, tell someone, get support); an unstated
jurisdiction gets the steps for England, the contract's default.

Each nation's route and words come from ``data/jurisdictions.yml``: a step's text may name
``{route}``, ``{school_lead}``, ``{police}``, ``{social_care}`` or ``{nation}``, and a step
may take its whole text and citation from the nation (``from_jurisdiction``), so every
nation's steps name that nation's own route.

Two tags are checked by property tests: ``promises_full_investigation`` (only shown when the
College of Policing's four factors call for one, and someone old enough to be prosecuted may
be responsible) and ``about_suspects`` (never shown when no child involved can have offended).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from actions.guidance import knowledge
from actions.guidance.documents import DocumentError, load_document
from actions.guidance.facts import Facts
from actions.guidance.jurisdictions import Jurisdiction, jurisdiction
from actions.guidance.rules import law_jurisdiction

DEFAULT_ROLE = "other"
TRAINER_VIEWS = (("school", "School (DSL) view"), ("police", "Police view"))


@dataclass(frozen=True)
class Decision:
    """What the engine decided for a case, as the step and signpost conditions need it."""

    level: str
    outcome_21: str
    aggravated: bool
    pictured_child: str = "undetermined"
    full_investigation: bool = False
    adult_pictured_unsettled: bool = False
    triggers_absent: bool = False
    no_child_can_have_offended: bool = False


@dataclass(frozen=True)
class Action:
    """One next step for the contract's ``actions`` list."""

    text: str
    source: str
    url: str
    step: str = ""

    def to_dict(self) -> dict[str, str]:
        """The contract's action object, plus the source's address for links."""
        return {"text": self.text, "source": self.source, "url": self.url}


@dataclass(frozen=True)
class Step:
    """One entry of ``steps.yml``: its text, citation, tags and when it applies."""

    id: str
    roles: frozenset[str]
    levels: frozenset[str]
    conditions: Mapping[str, Any]
    text: str
    source_id: str | None
    section: str | None
    from_jurisdiction: str | None
    promises_full_investigation: bool
    about_suspects: bool

    def applies(self, facts: Facts, decision: Decision) -> bool:
        """Whether this step fits the case (role is checked by the caller)."""
        if decision.level not in self.levels:
            return False
        nation = jurisdiction(facts.jurisdiction)
        if self.about_suspects and decision.no_child_can_have_offended:
            return False
        if self.from_jurisdiction == "duty_to_report" and nation.duty_to_report is None:
            return False
        return all(
            _holds(key, want, facts, decision, nation) for key, want in self.conditions.items()
        )

    def action(self, facts: Facts, label: str | None = None) -> Action:
        nation = jurisdiction(facts.jurisdiction)
        sourced = nation.value(self.from_jurisdiction) if self.from_jurisdiction else None
        raw = sourced.text if sourced else self.text
        text = " ".join(_fill(raw, nation).split())
        source_id = sourced.source_id if sourced else self.source_id
        section = sourced.section if sourced else self.section
        assert source_id is not None and section is not None
        return Action(
            text=f"{label}: {text}" if label else text,
            source=knowledge.cite(source_id, section),
            url=knowledge.source_url(source_id),
            step=self.id,
        )


def _fill(text: str, nation: Jurisdiction) -> str:
    """Put the nation's route and words into a step's text."""
    return text.format(
        route=" ".join(nation.referral_route.text.split()),
        nation=nation.name,
        **nation.words,
    )


def _under_acr(facts: Facts, nation: Jurisdiction) -> bool:
    acr = nation.age_of_criminal_responsibility
    return any(age is not None and age < acr for age in (facts.pictured_age, facts.other_age))


def _holds(key: str, want: Any, facts: Facts, decision: Decision, nation: Jurisdiction) -> bool:
    """One condition of a step (the keys are documented in steps.schema.json)."""
    if key == "jurisdictions":
        return law_jurisdiction(facts) in want
    if key == "outcome_21":
        return decision.outcome_21 in want
    if key == "aggravated":
        return decision.aggravated == want
    if key == "when_any_true":
        return any(getattr(facts, fact) for fact in want)
    if key == "when_none_true":
        return not any(getattr(facts, fact) for fact in want)
    if key == "pictured_child":
        return decision.pictured_child in want
    if key == "full_investigation":
        return decision.full_investigation == want
    if key == "adult_pictured_unsettled":
        return decision.adult_pictured_unsettled == want
    if key == "triggers_absent":
        return decision.triggers_absent == want
    if key == "below_criminal_responsibility":
        return _under_acr(facts, nation) == want
    if key == "school_may_handle":
        return nation.school_may_handle == want
    if key == "duty_to_report_applies":
        return nation.duty_applies(facts.role or DEFAULT_ROLE) == want
    raise DocumentError(f"steps.yml: unknown condition {key!r}")


CONDITION_KEYS = (
    "jurisdictions",
    "outcome_21",
    "aggravated",
    "when_any_true",
    "when_none_true",
    "pictured_child",
    "full_investigation",
    "adult_pictured_unsettled",
    "triggers_absent",
    "below_criminal_responsibility",
    "school_may_handle",
    "duty_to_report_applies",
)


def _step(entry: Mapping[str, Any]) -> Step:
    source = entry.get("source") or {}
    return Step(
        id=entry["id"],
        roles=frozenset(entry["roles"]),
        levels=frozenset(entry["levels"]),
        conditions={key: entry[key] for key in CONDITION_KEYS if key in entry},
        text=entry.get("text", ""),
        source_id=source.get("id"),
        section=source.get("section"),
        from_jurisdiction=entry.get("from_jurisdiction"),
        promises_full_investigation=bool(entry.get("promises_full_investigation", False)),
        about_suspects=bool(entry.get("about_suspects", False)),
    )


@cache
def load_steps() -> tuple[Step, ...]:
    """Read ``steps.yml`` once, refusing duplicate ids, sources missing from the register, and
    a step that promises a full investigation without being limited to the cases that call
    for one."""
    steps = tuple(_step(entry) for entry in load_document("steps")["steps"])
    seen: set[str] = set()
    known_sources = knowledge.source_ids()
    for step in steps:
        if step.id in seen:
            raise DocumentError(f"steps.yml: duplicate step id {step.id!r}")
        if step.source_id is not None and step.source_id not in known_sources:
            raise DocumentError(
                f"steps.yml: at {step.id}: cites unknown source id {step.source_id!r}"
            )
        if (
            step.promises_full_investigation
            and step.conditions.get("full_investigation") is not True
        ):
            raise DocumentError(
                f"steps.yml: at {step.id}: promises a full investigation, so it needs "
                "'full_investigation: true'"
            )
        seen.add(step.id)
    return steps


def fitting_steps(facts: Facts, decision: Decision) -> list[Step]:
    """Every step that fits the case, whatever the role, in ``steps.yml`` order."""
    return [s for s in load_steps() if s.applies(facts, decision)]


def next_steps(facts: Facts, decision: Decision) -> tuple[Action, ...]:
    """The steps for this case and role, in ``steps.yml`` order.

    A trainer sees both sides of the partnership: steps written for trainers (e.g. 999),
    then the school steps and the police steps, each labelled with whose view it is.
    """
    role = facts.role or DEFAULT_ROLE
    fitting = fitting_steps(facts, decision)
    own = [s for s in fitting if role in s.roles]
    actions = [step.action(facts) for step in own]
    if role == "trainer":
        shown = {step.id for step in own}
        for view_role, label in TRAINER_VIEWS:
            for step in fitting:
                if view_role in step.roles and step.id not in shown:
                    actions.append(step.action(facts, label))
                    shown.add(step.id)
    return tuple(actions)
