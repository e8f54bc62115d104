"""The spaCy pipeline: built by `python -m nlp.build`, loaded back as Rasa loads it.

The pipeline is built once per session into a temporary directory and every text is
run through the loaded copy, so these tests check what Rasa will actually use.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
import spacy

import nlp
from nlp import LABELS, entities_from_doc, load_patterns
from nlp.build import main


@pytest.fixture(scope="session")
def pipeline_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("spacy") / "spacy_pipeline"
    assert main(["--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def loaded(pipeline_dir: Path) -> spacy.language.Language:
    # Rasa's SpacyNLP loads the pipeline exactly like this.
    return spacy.load(pipeline_dir, disable=["parser"])


def labelled(loaded: spacy.language.Language, text: str) -> list[tuple[str, str]]:
    return [(entity["entity"], entity["value"]) for entity in entities_from_doc(loaded(text))]


def test_pipeline_is_blank_english_with_one_entity_ruler(loaded):
    assert loaded.lang == "en"
    assert loaded.pipe_names == ["entity_ruler"]
    assert loaded.path is not None  # Rasa refuses a pipeline without a path


def test_meta_says_which_spacy_it_needs_so_rasa_accepts_it(pipeline_dir):
    info = spacy.info(str(pipeline_dir))
    assert spacy.util.is_compatible_version(spacy.about.__version__, info["spacy_version"])
    assert info["name"] == nlp.PIPELINE_NAME
    assert info["version"] == load_patterns()["version"]


def test_ruler_knows_exactly_the_fact_key_labels(loaded):
    assert set(loaded.get_pipe("entity_ruler").labels) == set(LABELS)


def test_phrases_match_whatever_the_case(loaded):
    assert labelled(loaded, "SNAPCHAT") == [("online", "SNAPCHAT")]
    assert labelled(loaded, "Snapchat") == [("online", "Snapchat")]


def test_entities_have_rasas_shape_and_offsets_into_the_text(loaded):
    text = "a 15 year old girl sent it to a man"
    entities = entities_from_doc(loaded(text))
    assert entities == [
        {
            "entity": "age",
            "value": "15 year old",
            "start": 2,
            "end": 13,
            "confidence": None,
            "extractor": "SpacyEntityExtractor",
        },
        {
            "entity": "adult_involved",
            "value": "a man",
            "start": 30,
            "end": 35,
            "confidence": None,
            "extractor": "SpacyEntityExtractor",
        },
    ]
    for entity in entities:
        assert text[entity["start"] : entity["end"]] == entity["value"]


def test_rebuilding_gives_identical_files_and_no_leftovers(tmp_path, pipeline_dir):
    out = tmp_path / "again"
    assert main(["--out", str(out)]) == 0
    (out / "stale.txt").write_text("left from an old build")
    assert main(["--out", str(out)]) == 0
    comparison = filecmp.dircmp(pipeline_dir, out)
    assert not comparison.left_only and not comparison.right_only
    assert not comparison.diff_files
    assert [p.name for p in tmp_path.iterdir()] == ["again"]  # no staging directory left


def test_build_prints_where_it_wrote(tmp_path, capsys):
    assert main(["--out", str(tmp_path / "p")]) == 0
    assert str(tmp_path / "p") in capsys.readouterr().out


def test_gonna_and_wanna_stay_one_word_so_their_patterns_match(loaded):
    # spaCy's English exceptions split "gonna" into "gon" "na", which silently killed every
    # token pattern written with "gonna"; the saved pipeline keeps them whole.
    assert [token.text for token in loaded("she's gonna end it")] == [
        "she",
        "'s",
        "gonna",
        "end",
        "it",
    ]
    assert [token.text for token in loaded("I WANNA DIE")] == ["I", "WANNA", "DIE"]
    assert ("immediate_risk", "gonna batter him") in labelled(loaded, "they're gonna batter him")


def test_hyphenated_medicines_stay_one_word_so_their_patterns_match(loaded):
    # spaCy split "co-codamol" into "co" "-" "codamol", so no medicine pattern listing it
    # ever matched; the saved pipeline keeps it whole, in any case.
    assert [token.text for token in loaded("took 2 Co-codamol.")] == [
        "took",
        "2",
        "Co-codamol",
        ".",
    ]
    assert ("immediate_risk", "took 2 co-codamol") in labelled(loaded, "she took 2 co-codamol")


@pytest.mark.parametrize(
    ("text", "age"),
    [("her friend (also 8) at a sleepover", "also 8"), ("a girl aged 8) sent it", "girl aged 8")],
)
def test_an_eight_before_a_bracket_is_an_age_not_a_smiley(loaded, text, age):
    """spaCy keeps the emoticon "8)" one token, so no age pattern could match an 8-year-old
    written "(also 8)" (development narratives AE, 2026-12-07)."""
    assert ("age", age) in labelled(loaded, text)
