"""Check drawn messages against their formats: the Adaptive Card JSON Schema (1.5,
shipped in schemas/) and slack_sdk's Block Kit models (Slack publishes no schema)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from slack_sdk.models.blocks import Block

SCHEMA = Path(__file__).parent / "schemas" / "adaptive-card-1.5.json"


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft6Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft6Validator.check_schema(schema)
    return jsonschema.Draft6Validator(schema)


def adaptive_card_errors(card: dict[str, Any]) -> list[str]:
    """Why ``card`` is not a valid Adaptive Card 1.5 ([] when it is)."""
    errors = []
    for error in _validator().iter_errors(card):
        deepest = max(error.context or [error], key=lambda item: len(item.absolute_path))
        errors.append(f"{list(deepest.absolute_path)}: {deepest.message}")
    return errors


def block_kit_errors(blocks: list[dict[str, Any]]) -> list[str]:
    """Why ``blocks`` are not valid Block Kit for a message ([] when they are).

    Each block must parse into slack_sdk's model of its type, pass the model's own
    checks (lengths, counts), and come back unchanged from the model (so no field
    was unknown to it); a message holds at most 50 blocks.
    """
    errors = []
    if not 1 <= len(blocks) <= 50:
        errors.append(f"{len(blocks)} blocks; a message holds 1 to 50")
    for index, data in enumerate(blocks):
        try:
            block = Block.parse(data)
            if block is None or type(block) is Block:
                errors.append(f"{index}: unknown block type {data.get('type')!r}")
                continue
            block.validate_json()
            if block.to_dict() != data:
                errors.append(f"{index}: changed by the model: {block.to_dict()} != {data}")
        except Exception as error:  # slack_sdk raises several kinds
            errors.append(f"{index}: {type(error).__name__}: {error}")
    return errors
