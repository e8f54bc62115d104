"""The schemas name the nations as enums (an unknown id is refused at load time); they
must name exactly the nations of data/jurisdictions.yml, so adding a nation there and
forgetting a schema fails here, not in production."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actions.guidance.facts import JURISDICTIONS, ROLES

ROOT = Path(__file__).resolve().parents[3]
#: Values an enum may hold beside the nations: a source that is not one nation's, and the
#: roles (the entity ruler's value enum holds both).
NOT_NATIONS = {"international", *ROLES}
SCHEMAS = sorted(
    [*ROOT.glob("actions/*/schemas/*.schema.json"), ROOT / "nlp" / "patterns.schema.json"]
)


def nation_enums(node: Any) -> Iterator[list[str]]:
    """Every enum in a schema that lists a nation id."""
    if isinstance(node, dict):
        enum = node.get("enum")
        if isinstance(enum, list) and "england" in enum:
            yield enum
        for value in node.values():
            yield from nation_enums(value)
    elif isinstance(node, list):
        for value in node:
            yield from nation_enums(value)


def nation_keys(node: Any) -> Iterator[set[str]]:
    """Every object of a schema whose property names are the nations."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and "england" in properties:
            yield set(properties)
        for value in node.values():
            yield from nation_keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from nation_keys(value)


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_nation_list_in_a_schema_is_the_jurisdictions_file(path: Path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    for enum in nation_enums(schema):
        assert set(enum) - NOT_NATIONS == set(JURISDICTIONS), (path.name, enum)
    for keys in nation_keys(schema):
        assert keys == set(JURISDICTIONS), (path.name, keys)


def test_the_schemas_do_name_the_nations():
    found = [path.name for path in SCHEMAS if "england" in path.read_text(encoding="utf-8")]
    assert len(found) >= 7, found
