"""Next steps for an assessment, chosen from ``data/steps.yml`` by role, level and case.

The step texts are data, so a safeguarding lead can review and correct them without
reading code; this module only selects and orders them. ``role`` changes which steps are
shown and how they are labelled, never the level. An unstated role gets the steps for
"other" (safe for anyone: do not view, tell someone, get support); an unstated jurisdiction
gets the steps for England, the contract's default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from actions.guidance import knowledge
from actions.guidance.documents import DocumentError, load_document
from actions.guidance.facts import Facts
from actions.guidance.rules import law_jurisdiction

DEFAULT_ROLE = "other"
TRAINER_VIEWS = (("school", "School (DSL) view"), ("police", "Police view"))


@dataclass(frozen=True)
class Action:
    """One next step for the contract's ``actions`` list."""

    text: str
    source: str
    url: str

    def to_dict(self) -> dict[str, str]:
        """The contract's action object, plus the source's address for links."""
        return {"text": self.text, "source": self.source, "url": self.url}


@dataclass(frozen=True)
class Step:
    """One entry of ``steps.yml``: its text, citation and when it applies."""

    id: str
    roles: frozenset[str]
    levels: frozenset[str]
    jurisdictions: frozenset[str] | None
    outcome_21: frozenset[str] | None
    aggravated: bool | None
    when_any_true: tuple[str, ...]
    text: str
    source_id: str
    section: str

    def applies(self, facts: Facts, level: str, outcome_21: str, aggravated: bool) -> bool:
        """Whether this step fits the case (role is checked by the caller)."""
        return (
            level in self.levels
            and (self.jurisdictions is None or law_jurisdiction(facts) in self.jurisdictions)
            and (self.outcome_21 is None or outcome_21 in self.outcome_21)
            and (self.aggravated is None or self.aggravated == aggravated)
            and (not self.when_any_true or any(getattr(facts, k) for k in self.when_any_true))
        )

    def action(self, label: str | None = None) -> Action:
        text = " ".join(self.text.split())
        return Action(
            text=f"{label}: {text}" if label else text,
            source=knowledge.cite(self.source_id, self.section),
            url=knowledge.source_url(self.source_id),
        )


def _optional_set(entry: Mapping[str, Any], key: str) -> frozenset[str] | None:
    return frozenset(entry[key]) if key in entry else None


def _step(entry: Mapping[str, Any]) -> Step:
    return Step(
        id=entry["id"],
        roles=frozenset(entry["roles"]),
        levels=frozenset(entry["levels"]),
        jurisdictions=_optional_set(entry, "jurisdictions"),
        outcome_21=_optional_set(entry, "outcome_21"),
        aggravated=entry.get("aggravated"),
        when_any_true=tuple(entry.get("when_any_true", ())),
        text=entry["text"],
        source_id=entry["source"]["id"],
        section=entry["source"]["section"],
    )


@cache
def load_steps() -> tuple[Step, ...]:
    """Read ``steps.yml`` once, refusing duplicate ids and sources missing from the register."""
    steps = tuple(_step(entry) for entry in load_document("steps")["steps"])
    seen: set[str] = set()
    known_sources = knowledge.source_ids()
    for step in steps:
        if step.id in seen:
            raise DocumentError(f"steps.yml: duplicate step id {step.id!r}")
        if step.source_id not in known_sources:
            raise DocumentError(
                f"steps.yml: at {step.id}: cites unknown source id {step.source_id!r}"
            )
        seen.add(step.id)
    return steps


def next_steps(facts: Facts, level: str, outcome_21: str, aggravated: bool) -> tuple[Action, ...]:
    """The steps for this case and role, in ``steps.yml`` order.

    A trainer sees both sides of the partnership: steps written for trainers (e.g. 999),
    then the school steps and the police steps, each labelled with whose view it is.
    """
    role = facts.role or DEFAULT_ROLE
    fitting = [s for s in load_steps() if s.applies(facts, level, outcome_21, aggravated)]
    own = [s for s in fitting if role in s.roles]
    actions = [step.action() for step in own]
    if role == "trainer":
        shown = {step.id for step in own}
        for view_role, label in TRAINER_VIEWS:
            for step in fitting:
                if view_role in step.roles and step.id not in shown:
                    actions.append(step.action(label))
                    shown.add(step.id)
    return tuple(actions)
