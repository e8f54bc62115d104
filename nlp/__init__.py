"""The project's spaCy pipeline: blank English plus an entity ruler built from patterns.yml.

Rasa loads the saved pipeline with ``SpacyNLP`` and reads its entities with
``SpacyEntityExtractor``; the narrative reader (``actions/narrative``) turns those
entities into case facts. The cues are data (``patterns.yml``), checked against
``patterns.schema.json`` before anything is built, so a bad edit fails the build with
a message naming the place, never a pipeline that silently misses a cue.

spaCy is imported lazily: reading entities from a document needs no spaCy import,
and tools that only validate the patterns stay fast.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import yaml

from actions.guidance.facts import BOOL_KEYS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

PACKAGE_DIR = Path(__file__).resolve().parent
PATTERNS_PATH = PACKAGE_DIR / "patterns.yml"
SCHEMA_PATH = PACKAGE_DIR / "patterns.schema.json"

#: Entity labels: exactly the fact keys they are evidence for (docs/ARCHITECTURE.md),
#: taken from the engine so there is one vocabulary.
LABELS: tuple[str, ...] = ("age", "school_year", "role", "jurisdiction", *BOOL_KEYS)

#: How the ruler compares phrases with text: case-insensitive, because users type
#: "snapchat", "Snapchat" and "SNAPCHAT" alike.
PHRASE_MATCHER_ATTR = "LOWER"
PIPELINE_NAME = "sharing_nudes_entities"
EXTRACTOR_NAME = "SpacyEntityExtractor"


class PatternsError(ValueError):
    """patterns.yml is unreadable, does not match its schema, or holds a broken pattern."""


def load_patterns(path: Path = PATTERNS_PATH) -> dict[str, Any]:
    """Read and validate the patterns document; raise :class:`PatternsError` naming the fault."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PatternsError(f"{path.name}: cannot read: {error}") from error
    validate_patterns(document, source=path.name)
    return document


def validate_patterns(document: Any, *, source: str = "patterns.yml") -> None:
    """Check the document against the schema, then check every REGEX compiles.

    The schema cannot compile regular expressions, and spaCy would only fail on a
    broken one when the first message arrives; checking here fails the build instead.
    """
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path) or "(top level)"
        raise PatternsError(f"{source}: at {where}: {first.message}")
    for label, groups in document["labels"].items():
        for group_index, group in enumerate(groups):
            for pattern_index, pattern in enumerate(group.get("tokens", [])):
                where = f"labels/{label}/{group_index}/tokens/{pattern_index}"
                _check_regexes(pattern, f"{source}: at {where}")


def _check_regexes(pattern: list[dict[str, Any]], where: str) -> None:
    for token in pattern:
        for value in token.values():
            if isinstance(value, dict) and "REGEX" in value:
                try:
                    re.compile(value["REGEX"])
                except re.error as error:
                    raise PatternsError(f"{where}: bad REGEX {value['REGEX']!r}: {error}") from None


def ruler_patterns(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten the validated document into entity-ruler patterns, in file order.

    Each pattern's ``id`` is ``<label>/<group index>``, so a match can be traced
    back to the group (and its note) that produced it.
    """
    patterns: list[dict[str, Any]] = []
    for label, groups in document["labels"].items():
        for group_index, group in enumerate(groups):
            pattern_id = f"{label}/{group_index}"
            for phrase in group.get("phrases", []):
                patterns.append({"label": label, "pattern": phrase, "id": pattern_id})
            for tokens in group.get("tokens", []):
                patterns.append({"label": label, "pattern": tokens, "id": pattern_id})
    patterns.extend(jurisdiction_patterns())
    return patterns


def jurisdiction_patterns() -> list[dict[str, Any]]:
    """The names, police forces and places of every nation, from the jurisdictions data
    file (one home for them; the narrative reader maps a matched phrase back to its nation
    from the same file). Pattern ids are ``jurisdiction/<nation>``."""
    from actions.guidance.jurisdictions import phrases_by_nation

    return [
        {"label": "jurisdiction", "pattern": phrase, "id": f"jurisdiction/{nation}"}
        for nation, kinds in phrases_by_nation().items()
        for phrases in kinds.values()
        for phrase in phrases
    ]


def build_pipeline(path: Path = PATTERNS_PATH) -> Language:
    """Return ``spacy.blank("en")`` with an entity ruler holding the validated patterns."""
    import spacy

    document = load_patterns(path)
    nlp = spacy.blank("en")
    keep_slang_contractions_whole(nlp)
    keep_hyphenated_medicines_whole(nlp)
    split_capitals_as_lower_case(nlp)
    drop_emoticons_that_are_ages(nlp)
    ruler = nlp.add_pipe(
        "entity_ruler",
        config={
            "phrase_matcher_attr": PHRASE_MATCHER_ATTR,
            "validate": True,
            "overwrite_ents": True,
        },
    )
    try:
        ruler.add_patterns(ruler_patterns(document))
    except ValueError as error:  # spaCy's MatchPatternError is a ValueError
        raise PatternsError(f"{path.name}: spaCy refused a pattern: {error}") from error
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = document["version"]
    nlp.meta["description"] = (
        "Blank English tokenizer and an entity ruler whose labels are the case-fact "
        "keys; built by `python -m nlp.build` from nlp/patterns.yml."
    )
    return nlp


#: Spoken forms spaCy's English exceptions split in two ("gonna" -> "gon" "na").
SLANG_CONTRACTIONS = frozenset(("gonna", "wanna", "gotta"))


def keep_slang_contractions_whole(nlp: Language) -> None:
    """Keep "gonna", "wanna" and "gotta" one word each, as the patterns write them.

    spaCy splits them ("gon" "na"), so a token pattern listing "gonna" ("he's gonna stab
    him", "gonna end it") never matched: the risk cues written with them were silently
    dead. One word is also how the people who type them think of them."""
    nlp.tokenizer.rules = {
        written: pieces
        for written, pieces in nlp.tokenizer.rules.items()
        if written.lower() not in SLANG_CONTRACTIONS
    }


#: Medicines written with a hyphen, which spaCy splits in three ("co" "-" "codamol").
HYPHENATED_MEDICINES = ("co-codamol", "co-dydramol", "co-proxamol")


def keep_hyphenated_medicines_whole(nlp: Language) -> None:
    """Keep "co-codamol" and its kind one word, as the risk patterns list them.

    spaCy splits on the hyphen, so "took 2 co-codamol" never matched a pattern listing
    "co-codamol": the same silent death as "gonna" (``keep_slang_contractions_whole``)."""
    from spacy.symbols import ORTH

    for medicine in HYPHENATED_MEDICINES:
        for written in (medicine, medicine.capitalize(), medicine.upper()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def drop_emoticons_that_are_ages(nlp: Language) -> None:
    """Split "8)" and "(-8" as numbers and brackets, not as smileys.

    spaCy's English exceptions keep the emoticons "8)", "8-)" and "(-8" whole, so "her
    friend (also 8)" and "a girl aged 8)" gave no age at all: an eight-year-old, the age
    at which a case is a referral whatever else, read as no age (development narratives
    AE, 2026-12-07). An age is far likelier here than a smiley."""
    rules = dict(nlp.tokenizer.rules)
    for emoticon in [
        key for key in rules if any(c.isdigit() for c in key) and any(c in key for c in "()")
    ]:
        del rules[emoticon]
    nlp.tokenizer.rules = rules


def split_capitals_as_lower_case(nlp: Language) -> None:
    """Split "I CANNOT COPE", "SHE WON'T COME HOME" as the same words in lower case are.

    spaCy's English exceptions split "cannot", "won't", "she's" and their title-case
    forms, but not most forms in capitals, so a phrase pattern (written in lower case and
    matched on ``LOWER``) missed every contraction in a message typed in capitals; people
    in distress and older users often write that way. Each exception gets its capitals
    form, split into the same pieces."""
    from spacy.symbols import ORTH

    for written, pieces in list(nlp.tokenizer.rules.items()):
        capitals = written.upper()
        if capitals == written or capitals in nlp.tokenizer.rules:
            continue
        parts = [str(piece[ORTH]).upper() for piece in pieces]
        if len(parts) > 1 and "".join(parts) == capitals:
            nlp.tokenizer.add_special_case(capitals, [{ORTH: part} for part in parts])


def entities_from_doc(doc: Doc) -> list[dict[str, Any]]:
    """Return the document's entities in the shape Rasa's SpacyEntityExtractor gives them.

    Tests and tools use this to feed the narrative reader exactly what it receives
    from Rasa in the conversation.
    """
    return [_entity(ent) for ent in doc.ents]


def _entity(ent: Any) -> dict[str, Any]:
    return {
        "entity": ent.label_,
        "value": ent.text,
        "start": ent.start_char,
        "end": ent.end_char,
        "confidence": None,
        "extractor": EXTRACTOR_NAME,
    }
