"""Load the knowledge base's YAML documents, each checked against its JSON Schema.

Guidance text, signposts, topics and next steps are data, not code. Each document
``data/<name>.yml`` has a schema ``schemas/<name>.schema.json``; a document that
does not match its schema is refused at load time with a message that names the
file and the path inside it, so a bad edit never reaches a user.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SCHEMA_DIR = PACKAGE_DIR / "schemas"


class DocumentError(ValueError):
    """A knowledge-base document is missing, unreadable or does not match its schema."""


def load_schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema for document ``name``."""
    return _read_schema(SCHEMA_DIR / f"{name}.schema.json")


def _read_schema(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DocumentError(f"{path.name}: cannot read schema: {error}") from error


def _check(name: str, data: Any, schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path) or "(top level)"
        raise DocumentError(f"{name}.yml: at {where}: {first.message}")


def validate_document(name: str, data: Any) -> None:
    """Raise :class:`DocumentError` naming the first place where ``data`` breaks its schema."""
    _check(name, data, load_schema(name))


def read_checked_yaml(path: Path, schema_path: Path) -> Any:
    """Read any YAML data file of the project and validate it against its JSON Schema.

    The one loader for data kept as data (the knowledge base here, the training
    scenarios in ``actions/training``): a bad edit is refused at load time with a
    message naming the file and the first bad place in it.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DocumentError(f"{path.name}: cannot read: {error}") from error
    _check(path.stem, data, _read_schema(schema_path))
    return data


@cache
def load_document(name: str) -> Any:
    """Read ``data/<name>.yml``, validate it against its schema and return it (cached).

    Cached because the knowledge base is read on every assessment; it never changes
    while a process runs.
    """
    return read_checked_yaml(DATA_DIR / f"{name}.yml", SCHEMA_DIR / f"{name}.schema.json")
