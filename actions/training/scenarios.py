"""The scenario library for trainer mode: data/scenarios.yml, checked when it is loaded.

Scenarios are data, like the knowledge base: a trainer can add one without touching code.
Each is checked against ``schemas/scenarios.schema.json`` (the same way the knowledge
base's documents are), then against what a schema cannot see: ids are unique, the facts
are valid contract facts agreeing with the scenario's role and jurisdiction, and every
teaching point cites a source id from the sources register. A broken library fails at
start-up, never in front of a room of trainees. That ``expected`` matches the engine is
checked by the unit tests (tests/unit/training), so the library can never drift from the
rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from actions.guidance import knowledge
from actions.guidance.assessment import assess_mapping
from actions.guidance.documents import DocumentError, read_checked_yaml
from actions.guidance.facts import FactError, parse_facts

PACKAGE_DIR = Path(__file__).resolve().parent
SCENARIOS_PATH = PACKAGE_DIR / "data" / "scenarios.yml"
SCHEMA_PATH = PACKAGE_DIR / "schemas" / "scenarios.schema.json"


@dataclass(frozen=True)
class TeachingPoint:
    """One short lesson of a scenario, with the source it comes from."""

    text: str
    source_id: str
    section: str

    def to_dict(self) -> dict[str, str]:
        """``{text, source, url}``: the citation rendered as the assessment renders one."""
        return {
            "text": self.text,
            "source": knowledge.cite(self.source_id, self.section),
            "url": knowledge.source_url(self.source_id),
        }


@dataclass(frozen=True)
class Scenario:
    """A practice case: what the trainee reads, the truth of the case, the expected result."""

    id: str
    title: str
    role: str
    jurisdiction: str
    narrative: str
    facts: Mapping[str, Any]
    expected_level: str
    expected_outcome_21: str
    teaching_points: tuple[TeachingPoint, ...]

    def assessment(self) -> dict[str, Any]:
        """The engine's assessment of the scenario's facts (the answer trainees are marked on)."""
        return assess_mapping(dict(self.facts))


def _facts(position: int, entry: Mapping[str, Any]) -> dict[str, Any]:
    """The scenario's facts with its role and jurisdiction, refused if they disagree."""
    facts = dict(entry["facts"])
    for key in ("role", "jurisdiction"):
        if facts.get(key, entry[key]) != entry[key]:
            raise DocumentError(
                f"scenarios.yml: at scenarios/{position}/facts/{key}: {facts[key]!r} disagrees "
                f"with the scenario's {key} {entry[key]!r}"
            )
        facts[key] = entry[key]
    try:
        parse_facts(facts)
    except FactError as error:
        raise DocumentError(f"scenarios.yml: at scenarios/{position}/facts: {error}") from error
    return facts


def _teaching_points(position: int, entry: Mapping[str, Any]) -> tuple[TeachingPoint, ...]:
    known = knowledge.source_ids()
    points = []
    for index, point in enumerate(entry["teaching_points"]):
        source_id = point["source"]["id"]
        if source_id not in known:
            raise DocumentError(
                f"scenarios.yml: at scenarios/{position}/teaching_points/{index}/source/id: "
                f"unknown source id {source_id!r} (add it to sources.yml)"
            )
        points.append(
            TeachingPoint(" ".join(point["text"].split()), source_id, point["source"]["section"])
        )
    return tuple(points)


def build_scenarios(document: Mapping[str, Any]) -> tuple[Scenario, ...]:
    """Turn a schema-valid document into scenarios; raise DocumentError for what is wrong.

    Separate from loading so tests can hand in deliberately broken copies.
    """
    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for position, entry in enumerate(document["scenarios"]):
        if entry["id"] in seen:
            raise DocumentError(
                f"scenarios.yml: at scenarios/{position}/id: duplicate id {entry['id']!r}"
            )
        seen.add(entry["id"])
        scenarios.append(
            Scenario(
                id=entry["id"],
                title=entry["title"],
                role=entry["role"],
                jurisdiction=entry["jurisdiction"],
                narrative=" ".join(entry["narrative"].split()),
                facts=MappingProxyType(_facts(position, entry)),
                expected_level=entry["expected"]["level"],
                expected_outcome_21=entry["expected"]["outcome_21"],
                teaching_points=_teaching_points(position, entry),
            )
        )
    return tuple(scenarios)


@cache
def load_scenarios() -> tuple[Scenario, ...]:
    """The scenario library, in presentation order (read and checked once per process)."""
    return build_scenarios(read_checked_yaml(SCENARIOS_PATH, SCHEMA_PATH))


def scenario_ids() -> tuple[str, ...]:
    """Every scenario id, in presentation order."""
    return tuple(scenario.id for scenario in load_scenarios())


def scenario_by_id(scenario_id: str) -> Scenario:
    """The scenario with this id; KeyError naming it if there is none."""
    for scenario in load_scenarios():
        if scenario.id == scenario_id:
            return scenario
    raise KeyError(f"unknown training scenario {scenario_id!r}")
