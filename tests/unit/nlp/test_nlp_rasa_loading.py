"""Rasa 3.6 itself loads the built pipeline and extracts the same entities.

This is the one place the nlp tests import Rasa: it proves that `SpacyNLP` accepts the
blank pipeline (path, spaCy version) and that `SpacyEntityExtractor` returns what
`nlp.entities_from_doc` returns, which is what the narrative reader is tested on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import entities_from_doc
from nlp.build import main

TEXTS = [
    "I'm the DSL, a year 10 girl sent a nude to a 19 year old man on Snapchat",
    "he didn't threaten her but it's been shared round the whole school",
    "nothing here",
]


@pytest.fixture(scope="module")
def pipeline_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rasa") / "spacy_pipeline"
    assert main(["--out", str(out)]) == 0
    return out


def test_rasa_loads_the_pipeline_and_extracts_the_same_entities(pipeline_dir):
    from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
    from rasa.nlu.utils.spacy_utils import SpacyNLP
    from rasa.shared.nlu.training_data.message import Message

    model = SpacyNLP.load_model(str(pipeline_dir))
    SpacyNLP.ensure_proper_language_model(model.model)
    extractor = SpacyEntityExtractor(SpacyEntityExtractor.get_default_config())
    results = []
    for text in TEXTS:
        message = Message(data={"text": text})
        extractor.process([message], model)
        results.append(message.get("entities", []))
        assert results[-1] == entities_from_doc(model.model(text))
    assert {e["entity"] for e in results[0]} == {
        "role",
        "school_year",
        "age",
        "adult_involved",
        "online",
    }
    assert results[-1] == []  # the last text has no cue
