"""The NLU training data and the held-out test set stay usable and independent.

The held-out set measures how the classifier generalises, so it must never
share an example with the training data, and every intent the dialogue relies
on must be both trained and measured.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
TRAINING_FILES = sorted((ROOT / "data" / "nlu").glob("*.yml"))
HELDOUT_FILE = ROOT / "tests" / "nlu" / "heldout_nlu.yml"

# The intents of docs/ARCHITECTURE.md; offer_image has its own data and test file.
INTENTS = [
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "dont_know",
    "bot_challenge",
    "help",
    "restart",
    "stop",
    "describe_incident",
    "inform",
    "correct_fact",
    "what_if",
    "explain_factor",
    "ask_next_steps",
    "out_of_scope",
    "ask_record",
    "start_training",
    "training_answer",
    "ask_viewing_images",
    "ask_deleting_images",
    "ask_devices",
    "ask_informing_parents",
    "ask_outcome_21",
    "ask_dbs_disclosure",
    "ask_law",
    "ask_image_removal",
    "ask_sextortion",
    "ask_ai_images",
    "ask_recording",
    "ask_referral_triggers",
    "ask_support_services",
    "ask_talking_to_child",
]

# The 6 topic intents added after the contract's 14. They are trained like the others (with at
# least MIN_ADDED_TOPIC_EXAMPLES examples each); the held-out set in tests/nlu is maintained
# separately, so it is not required to measure them yet.
ADDED_TOPIC_INTENTS = [
    "ask_getting_in_trouble",
    "ask_blame",
    "ask_confidentiality",
    "ask_cyberflashing",
    "ask_after_report",
    "ask_duty_to_report",
]
MIN_ADDED_TOPIC_EXAMPLES = 45

MIN_TRAINING_EXAMPLES = 30
MIN_HELDOUT_EXAMPLES = 8


def _examples(path: Path) -> list[tuple[str, str]]:
    """(intent, text) pairs of one Rasa 3 NLU file, read as plain YAML."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = []
    for block in document["nlu"]:
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                pairs.append((block["intent"], line[2:].strip()))
    return pairs


def _normalised(text: str) -> str:
    """Case, punctuation and spacing do not make two examples different."""
    return " ".join(re.sub(r"[^a-z0-9 ]", "", text.lower().replace("'", "")).split())


def _training() -> list[tuple[str, str]]:
    return [pair for path in TRAINING_FILES for pair in _examples(path)]


def test_every_intent_has_enough_training_examples():
    counts = Counter(intent for intent, _ in _training())
    thin = {intent: counts[intent] for intent in INTENTS if counts[intent] < MIN_TRAINING_EXAMPLES}
    assert thin == {}


def test_every_added_topic_intent_has_enough_training_examples():
    counts = Counter(intent for intent, _ in _training())
    thin = {
        intent: counts[intent]
        for intent in ADDED_TOPIC_INTENTS
        if counts[intent] < MIN_ADDED_TOPIC_EXAMPLES
    }
    assert thin == {}


def test_every_intent_is_measured_by_the_heldout_set():
    counts = Counter(intent for intent, _ in _examples(HELDOUT_FILE))
    thin = {intent: counts[intent] for intent in INTENTS if counts[intent] < MIN_HELDOUT_EXAMPLES}
    assert thin == {}


def test_heldout_set_uses_only_known_intents():
    unknown = {intent for intent, _ in _examples(HELDOUT_FILE)} - set(INTENTS + ADDED_TOPIC_INTENTS)
    assert unknown == set()


def test_no_heldout_example_is_also_a_training_example():
    trained = {_normalised(text) for _, text in _training()}
    leaked = [text for _, text in _examples(HELDOUT_FILE) if _normalised(text) in trained]
    assert leaked == []


def test_no_training_example_is_taught_as_two_intents():
    intents_of: dict[str, set[str]] = {}
    for intent, text in _training():
        intents_of.setdefault(_normalised(text), set()).add(intent)
    conflicts = {text: sorted(intents) for text, intents in intents_of.items() if len(intents) > 1}
    assert conflicts == {}


def test_heldout_file_is_not_picked_up_as_training_data():
    # Rasa trains on data/; the held-out set must live outside it.
    assert HELDOUT_FILE.resolve().parent != (ROOT / "data" / "nlu").resolve()
    assert not HELDOUT_FILE.name.startswith("test_")
