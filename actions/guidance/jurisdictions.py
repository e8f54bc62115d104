"""Each nation's law and route, read once from ``data/jurisdictions.yml``.

The rules take the age of criminal responsibility and whether Outcome 21 exists from here;
the next steps take the referral route, the peer-case route, the duty to report and the
local words; the narrative reader and the spaCy entity ruler take the names, places and
forces that mean a nation. Nothing else in the project names a nation's law or route, so
adding a nation is one entry in the data file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from actions.guidance.documents import DocumentError, load_document

#: The sourced values a step or a topic may take from a nation (``Jurisdiction.value``).
SOURCED_VALUES = (
    "referral_route",
    "peer_case",
    "below_criminal_responsibility",
    "duty_to_report",
    "law",
    "outcome_21",
)

#: The nation assumed when the user does not say (docs/API.md §1).
DEFAULT_JURISDICTION = "england"


@dataclass(frozen=True)
class Sourced:
    """A value of the law or a route, with where it comes from and how far it was checked."""

    text: str
    source_id: str
    section: str
    status: str
    as_of: str

    @property
    def unverified(self) -> bool:
        """Whether the value must be shown as unverified to the user."""
        return self.status == "unverified"


@dataclass(frozen=True)
class Jurisdiction:
    """One nation's entry: its law, its routes, its words, and the phrases that name it."""

    id: str
    name: str
    age_of_criminal_responsibility: int
    age_of_consent: int
    outcome_21_available: bool
    outcome_21: Sourced
    below_criminal_responsibility: Sourced
    law: Sourced
    referral_route: Sourced
    peer_case: Sourced
    school_may_handle: bool
    duty_to_report: Sourced | None
    duty_roles: frozenset[str]
    duty_in_force: str
    duty_peer_exemption_verified: bool
    words: Mapping[str, str]
    names: tuple[str, ...]
    forces: tuple[str, ...]
    places: tuple[str, ...]
    raw: Mapping[str, Any]

    def value(self, key: str) -> Sourced:
        """One sourced value by its name in the data file (``SOURCED_VALUES``)."""
        values: dict[str, Sourced | None] = {
            "referral_route": self.referral_route,
            "peer_case": self.peer_case,
            "below_criminal_responsibility": self.below_criminal_responsibility,
            "duty_to_report": self.duty_to_report,
            "law": self.law,
            "outcome_21": self.outcome_21,
        }
        found = values[key]
        if found is None:
            raise DocumentError(f"jurisdictions.yml: {self.id} has no {key}")
        return found

    def duty_applies(self, role: str | None) -> bool:
        """Whether a duty to report may bind someone in ``role`` in a peer case here.

        True unless the duty is known not to be in force, or its peer exemption is verified:
        an unverified status never lets the assistant tell a DSL to keep a case in school.
        """
        if self.duty_to_report is None or role not in self.duty_roles:
            return False
        return self.duty_in_force != "no" and not self.duty_peer_exemption_verified


def _sourced(entry: Mapping[str, Any], text_key: str = "text") -> Sourced:
    return Sourced(
        text=" ".join(str(entry[text_key]).split()),
        source_id=entry["source"]["id"],
        section=entry["source"]["section"],
        status=entry["status"],
        as_of=entry["as_of"],
    )


def _age_entry(entry: Mapping[str, Any]) -> Sourced:
    return Sourced(
        text=str(entry["value"]),
        source_id=entry["source"]["id"],
        section=entry["source"]["section"],
        status=entry["status"],
        as_of=entry["as_of"],
    )


def _jurisdiction(entry: Mapping[str, Any]) -> Jurisdiction:
    duty = entry.get("duty_to_report")
    routes = entry["routes"]
    return Jurisdiction(
        id=entry["id"],
        name=entry["name"],
        age_of_criminal_responsibility=int(entry["age_of_criminal_responsibility"]["value"]),
        age_of_consent=int(entry["age_of_consent"]["value"]),
        outcome_21_available=bool(entry["outcome_21"]["available"]),
        outcome_21=_sourced(entry["outcome_21"]),
        below_criminal_responsibility=_sourced(entry["below_criminal_responsibility"]),
        law=_sourced(entry["law"]),
        referral_route=_sourced(routes["referral"]),
        peer_case=_sourced(routes["peer_case"]),
        school_may_handle=bool(routes["peer_case"]["school_may_handle"]),
        duty_to_report=_sourced(duty) if duty else None,
        duty_roles=frozenset(duty["roles"]) if duty else frozenset(),
        duty_in_force=duty["in_force"] if duty else "no",
        duty_peer_exemption_verified=bool(duty["peer_exemption_verified"]) if duty else False,
        words=dict(entry["words"]),
        names=tuple(entry["names"]),
        forces=tuple(entry["forces"]),
        places=tuple(entry["places"]),
        raw=entry,
    )


def check_jurisdictions(document: Mapping[str, Any]) -> dict[str, Jurisdiction]:
    """Index a schema-valid document, refusing what a schema cannot: duplicates, no default,
    and a phrase that names two nations (the reader could not tell which is meant)."""
    nations: dict[str, Jurisdiction] = {}
    for entry in document["jurisdictions"]:
        if entry["id"] in nations:
            raise DocumentError(f"jurisdictions.yml: duplicate jurisdiction {entry['id']!r}")
        nations[entry["id"]] = _jurisdiction(entry)
    defaults = [e["id"] for e in document["jurisdictions"] if e.get("default")]
    if defaults != [DEFAULT_JURISDICTION]:
        raise DocumentError(
            f"jurisdictions.yml: exactly one default, {DEFAULT_JURISDICTION!r}, is required;"
            f" found {defaults}"
        )
    owner: dict[str, str] = {}
    for nation in nations.values():
        for phrase in (*nation.names, *nation.forces, *nation.places):
            if owner.setdefault(phrase, nation.id) != nation.id:
                raise DocumentError(
                    f"jurisdictions.yml: at {nation.id}: {phrase!r} also names {owner[phrase]!r}"
                )
    return nations


@cache
def jurisdictions() -> dict[str, Jurisdiction]:
    """Every nation, by id, in file order (read and checked once per process)."""
    return check_jurisdictions(load_document("jurisdictions"))


def jurisdiction(nation_id: str | None) -> Jurisdiction:
    """The entry for ``nation_id``; the default nation when it is not known."""
    return jurisdictions()[nation_id or DEFAULT_JURISDICTION]


def jurisdiction_ids() -> tuple[str, ...]:
    """The nations' ids, in file order."""
    return tuple(jurisdictions())


def phrases_by_nation() -> dict[str, dict[str, tuple[str, ...]]]:
    """For the reader and the entity ruler: each nation's names, forces and places."""
    return {
        nation.id: {"names": nation.names, "forces": nation.forces, "places": nation.places}
        for nation in jurisdictions().values()
    }


def shared_places() -> dict[str, tuple[str, ...]]:
    """Places named in more than one nation (lower case) -> those nations' ids."""
    document = load_document("jurisdictions")
    known = set(jurisdictions())
    places: dict[str, tuple[str, ...]] = {}
    for entry in document.get("shared_places") or ():
        nations = tuple(entry["nations"])
        unknown = [nation for nation in nations if nation not in known]
        if unknown:
            raise DocumentError(
                f"jurisdictions.yml: shared place {entry['name']!r}: no nation {unknown}"
            )
        places[entry["name"].lower()] = nations
    return places


def cited_sources() -> list[tuple[str, str, str]]:
    """Every (nation, source id, section) the file cites, for the cross-reference checks."""
    cited = []
    for nation in jurisdictions().values():
        values = [
            nation.value(key)
            for key in SOURCED_VALUES
            if key != "duty_to_report" or nation.duty_to_report is not None
        ]
        for key in ("age_of_criminal_responsibility", "age_of_consent"):
            values.append(_age_entry(nation.raw[key]))
        cited.extend((nation.id, v.source_id, v.section) for v in values)
    return cited
