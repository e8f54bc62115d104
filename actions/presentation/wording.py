"""The assistant's words for the contract's values, read once from ``data/wording.yml``.

One home for the words that the chat replies (:mod:`actions.messages`), the case records
(:mod:`actions.records.content`), trainer mode (:mod:`actions.training.session`), the
channels' cards (:mod:`actions.presentation.layout`) and the web chat page (``GET
/wording.json``, :mod:`web.server`) all say: each level's name, badge, answer button,
headline and meaning; each Outcome 21 judgement; the pictured child's position; each fact
key's label (in a sentence, in a record, in a checklist, shown back); each role.

The file is checked against ``schemas/wording.schema.json`` (its shape), then against the
contract (:func:`check_wording`): every level, Outcome 21 judgement, pictured-child value,
fact key and role has its words and nothing else is there, so a new fact key without a
label is refused at start-up, not shown as its key. Pure Python, no Rasa import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from actions.guidance.assessment import LEVELS, OUTCOMES_21
from actions.guidance.documents import DocumentError, read_checked_yaml
from actions.guidance.facts import BOOL_KEYS, FACT_KEYS, ROLES
from actions.guidance.rules import PICTURED_CHILD_VALUES

PACKAGE_DIR = Path(__file__).resolve().parent
WORDING_PATH = PACKAGE_DIR / "data" / "wording.yml"
SCHEMA_PATH = PACKAGE_DIR / "schemas" / "wording.schema.json"


@dataclass(frozen=True)
class LevelWords:
    """A level: its title, its badge, the trainer's button, the chat headline, its meaning."""

    name: str
    label: str
    choice: str
    headline: str
    meaning: str


@dataclass(frozen=True)
class Outcome21Words:
    """An Outcome 21 judgement: in a word or two, as the chat line, and what it means."""

    name: str
    line: str
    meaning: str


@dataclass(frozen=True)
class PicturedChildWords:
    """Who the guidance sees as the victim: the chat and card line ("" for none), a record's."""

    line: str
    record: str


@dataclass(frozen=True)
class FactWords:
    """A fact key: in a sentence, as a record's row, as a checklist line, as shown back."""

    label: str
    record: str
    checklist: str | None = None
    said_yes: str | None = None
    said_no: str | None = None


@dataclass(frozen=True)
class RoleWords:
    """A role: whom the steps are for, in a record, whom a trainee plays, as shown back,
    and the words said first to them, if any."""

    name: str
    record: str
    trainee: str
    understood: str
    #: Said first when a description starts the case ("You've done the right thing by
    #: asking." to a parent); None: straight to what was understood.
    opening: str | None = None


@dataclass(frozen=True)
class PlainWords:
    """A piece of jargon and what it becomes for a parent or carer (``once``: first use only)."""

    term: str
    words: str
    once: bool = False


@dataclass(frozen=True)
class Wording:
    """The whole file, checked: each section by the contract's ids, in the contract's order."""

    levels: Mapping[str, LevelWords]
    outcome_21: Mapping[str, Outcome21Words]
    pictured_child: Mapping[str, PicturedChildWords]
    facts: Mapping[str, FactWords]
    roles: Mapping[str, RoleWords]
    plain_words: tuple[PlainWords, ...]
    document: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The file's content as plain JSON-ready data (what ``GET /wording.json`` returns)."""
        return _plain(self.document)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _section(
    document: Mapping[str, Any], section: str, ids: Iterable[str], kind: type
) -> Mapping[str, Any]:
    """One section, by the contract's ids in their order; refuse a missing or unknown id."""
    entries = document[section]
    expected = tuple(ids)
    missing = [key for key in expected if key not in entries]
    unknown = [key for key in entries if key not in expected]
    if missing:
        raise DocumentError(f"wording.yml: at {section}: no words for {', '.join(missing)}")
    if unknown:
        raise DocumentError(
            f"wording.yml: at {section}: {', '.join(unknown)} is not in the contract "
            f"(expected {', '.join(expected)})"
        )
    return MappingProxyType({key: kind(**entries[key]) for key in expected})


def check_wording(document: Mapping[str, Any]) -> Wording:
    """Index a schema-valid document, refusing what the schema cannot know: an id the
    contract lacks or a contract id without words, and checklist or "said" words for a
    fact that is not yes/no."""
    facts = _section(document, "facts", FACT_KEYS, FactWords)
    for key, words in facts.items():
        if key not in BOOL_KEYS and (words.checklist or words.said_yes or words.said_no):
            raise DocumentError(
                f"wording.yml: at facts/{key}: checklist, said_yes and said_no are for yes/no "
                f"facts only"
            )
    pictured = {key: {"line": "", **entry} for key, entry in document["pictured_child"].items()}
    return Wording(
        levels=_section(document, "levels", LEVELS, LevelWords),
        outcome_21=_section(document, "outcome_21", OUTCOMES_21, Outcome21Words),
        pictured_child=_section(
            {"pictured_child": pictured},
            "pictured_child",
            PICTURED_CHILD_VALUES,
            PicturedChildWords,
        ),
        facts=facts,
        roles=_section(document, "roles", ROLES, RoleWords),
        plain_words=tuple(PlainWords(**entry) for entry in document["plain_words"]),
        document=MappingProxyType(dict(document)),
    )


def read_wording(path: Path = WORDING_PATH) -> Wording:
    """Read a wording file, check it against the schema and the contract (not cached)."""
    return check_wording(read_checked_yaml(path, SCHEMA_PATH))


@cache
def wording() -> Wording:
    """The project's wording (read and checked once per process)."""
    return read_wording()


def words(section: str, field: str) -> dict[str, str]:
    """One field of every entry of a section, by id: ``words("levels", "name")`` gives
    ``{"emergency": "Emergency", ...}``. An entry without that field is left out."""
    entries: Mapping[str, Any] = getattr(wording(), section)
    found = {key: getattr(entry, field) for key, entry in entries.items()}
    return {key: value for key, value in found.items() if value is not None}
