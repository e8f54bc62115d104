"""Each knowledge-base document matches its schema, and a broken copy is refused by name."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from actions.guidance.documents import DocumentError, load_document, validate_document

DOCUMENTS = ("sources", "signposts", "topics")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_document_matches_its_schema(name: str) -> None:
    validate_document(name, load_document(name))


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda entry: entry.pop(key)


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda entry: entry.__setitem__(key, value)


# (document, list key, entry index, mutation, words the message must contain)
BROKEN_ENTRIES = [
    ("sources", "sources", 3, _drop("url"), ["sources/3", "url"]),
    ("sources", "sources", 0, _set("status", "probably"), ["sources/0/status"]),
    ("sources", "sources", 5, _set("date", "Nov 2016"), ["sources/5/date"]),
    ("sources", "sources", 1, _set("id", "Bad Id"), ["sources/1/id"]),
    ("sources", "sources", 2, _set("jurisdictions", ["mars"]), ["sources/2/jurisdictions/0"]),
    ("signposts", "signposts", 0, _set("id", "police_112"), ["signposts/0/id"]),
    ("signposts", "signposts", 2, _drop("contact"), ["signposts/2", "contact"]),
    ("signposts", "signposts", 4, _set("audience", "x" * 200), ["signposts/4/audience"]),
    ("signposts", "signposts", 6, _set("sources", []), ["signposts/6/sources"]),
    ("topics", "topics", 1, _set("sources", []), ["topics/1/sources"]),
    ("topics", "topics", 0, _set("roles", {"teacher": "x" * 60}), ["topics/0/roles"]),
    ("topics", "topics", 2, _set("text", "Too short."), ["topics/2/text"]),
    ("topics", "topics", 3, _set("id", "gossip"), ["topics/3/id"]),
]


@pytest.mark.parametrize(("name", "key", "index", "mutate", "words"), BROKEN_ENTRIES)
def test_broken_entry_is_refused_naming_the_place(
    name: str,
    key: str,
    index: int,
    mutate: Callable[[dict[str, Any]], None],
    words: list[str],
) -> None:
    broken = copy.deepcopy(load_document(name))
    mutate(broken[key][index])
    with pytest.raises(DocumentError) as raised:
        validate_document(name, broken)
    message = str(raised.value)
    assert message.startswith(f"{name}.yml: at ")
    for word in words:
        assert word in message


def test_bad_version_is_refused() -> None:
    broken = copy.deepcopy(load_document("sources"))
    broken["version"] = "29/11/2026"
    with pytest.raises(DocumentError, match="at version"):
        validate_document("sources", broken)


def test_unknown_top_level_key_is_refused() -> None:
    broken = copy.deepcopy(load_document("topics"))
    broken["extra"] = []
    with pytest.raises(DocumentError, match=r"topics\.yml: at \(top level\)"):
        validate_document("topics", broken)


def test_topic_source_reference_needs_a_section() -> None:
    broken = copy.deepcopy(load_document("topics"))
    broken["topics"][4]["sources"][0].pop("section")
    with pytest.raises(DocumentError, match="topics/4/sources/0"):
        validate_document("topics", broken)
