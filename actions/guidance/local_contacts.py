"""A local area's own contacts, kept in a local file beside the national directory.

A force, local authority or academy trust adds its front door or MASH number, LADO and
safer-schools or youth-engagement officer in ``local_contacts.yml`` at the project root (or
the file named by ``LOCAL_CONTACTS_FILE``); ``local_contacts.example.yml`` shows the format.
The file is optional. When present it is checked against
``schemas/local_contacts.schema.json`` when the assistant starts, and a bad file stops
start-up with one line naming the entry and the field: a wrong local number must never
reach a worried parent. Contacts are shown in every assessment (``local_contacts``) and
case record that matches their roles, jurisdictions and levels.

``python -m actions.guidance.local_contacts`` checks the file and prints one line.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from actions.guidance.documents import SCHEMA_DIR, DocumentError
from actions.guidance.facts import Facts

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = PROJECT_ROOT / "local_contacts.yml"
ENV_VAR = "LOCAL_CONTACTS_FILE"
SHOWN_KEYS = ("id", "name", "kind", "contact", "audience")
DEFAULT_LEVELS = ("emergency", "referral", "safeguarding")


class LocalContactsError(DocumentError):
    """The local contacts file is unreadable or breaks its schema (one line, entry and field)."""


def contacts_path() -> Path | None:
    """The local contacts file in use: ``LOCAL_CONTACTS_FILE``, else ``local_contacts.yml``
    at the project root if it exists, else none. A named file that is missing is an error."""
    named = os.environ.get(ENV_VAR, "").strip()
    if named:
        path = Path(named)
        if not path.is_file():
            raise LocalContactsError(f"{ENV_VAR}={named}: no such file")
        return path
    return DEFAULT_PATH if DEFAULT_PATH.is_file() else None


def _where(document: Any, path: list[Any]) -> str:
    """Name the entry (by id when it has one) and the field of a schema error."""
    if len(path) >= 2 and path[0] == "contacts" and isinstance(path[1], int):
        entries = document.get("contacts") or []
        entry = entries[path[1]] if path[1] < len(entries) else {}
        name = entry.get("id") if isinstance(entry, Mapping) else None
        label = f"entry {path[1] + 1}" + (f" ({name})" if name else "")
        field = "/".join(str(part) for part in path[2:]) or "(the entry)"
        return f"{label}, field {field}"
    return "/".join(str(part) for part in path) or "(top level)"


def parse_contacts(document: Any, source: str = "local_contacts.yml") -> tuple[dict, ...]:
    """Check a decoded document and return its contacts; raise LocalContactsError if bad."""
    schema = json.loads((SCHEMA_DIR / "local_contacts.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = _where(document if isinstance(document, Mapping) else {}, list(first.absolute_path))
        raise LocalContactsError(f"{source}: {where}: {first.message}")
    seen: set[str] = set()
    for position, entry in enumerate(document["contacts"]):
        if entry["id"] in seen:
            raise LocalContactsError(
                f"{source}: entry {position + 1} ({entry['id']}), field id: duplicate id"
            )
        seen.add(entry["id"])
    return tuple(dict(entry) for entry in document["contacts"])


def load_contacts(path: Path) -> tuple[dict, ...]:
    """Read and check one local contacts file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise LocalContactsError(f"{path.name}: cannot read: {first_line}") from error
    return parse_contacts(document, path.name)


@cache
def configured_contacts() -> tuple[dict, ...]:
    """The contacts of the file in use (none without a file); read once per process."""
    path = contacts_path()
    return load_contacts(path) if path else ()


def local_contacts_for(facts: Facts, level: str) -> tuple[dict[str, str], ...]:
    """The local contacts that fit this case: role, jurisdiction (England if unstated), level."""
    role = facts.role or "other"
    nation = facts.jurisdiction or "england"
    fitting = []
    for entry in configured_contacts():
        if role not in entry.get("roles", (role,)):
            continue
        if nation not in entry.get("jurisdictions", (nation,)):
            continue
        if level not in entry.get("levels", DEFAULT_LEVELS):
            continue
        fitting.append({key: entry[key] for key in SHOWN_KEYS})
    return tuple(fitting)


def main() -> int:
    """Check the local contacts file in use; one line either way; exit 2 when it is bad."""
    try:
        path = contacts_path()
        contacts = load_contacts(path) if path else ()
    except LocalContactsError as error:
        print(f"error: local contacts: {error}", file=sys.stderr)
        return 2
    where = str(path) if path else "none configured (local_contacts.example.yml shows how)"
    print(f"local contacts: {len(contacts)} from {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
