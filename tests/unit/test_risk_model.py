"""The risk-of-harm model: its examples file, its sentence reading, its answer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nlu.risk_model import (
    BEGIN_MARKER,
    END_MARKER,
    EXAMPLES_FILE,
    NLU_DOC,
    WRITERS_DIR,
    RiskExample,
    RiskExamplesError,
    ThresholdScore,
    configured_threshold,
    count_line,
    cross_validate,
    example_folds,
    examples_fingerprint,
    intent_example_texts,
    load_examples,
    load_writer,
    ordinary_negatives,
    read_risk,
    render_block,
    render_table,
    replace_block,
    train,
    training_examples,
    writer_files,
)


def fake_encode(texts):
    """Stand-in sentence vectors (hashed words), so these tests need no encoder."""
    vectors = np.zeros((len(texts), 16))
    for row, text in enumerate(texts):
        for word in text.lower().split():
            vectors[row, sum(map(ord, word)) % 16] += 1.0
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def read(model, text):
    return read_risk(model, text, fake_encode([text])[0])


SMALL = [
    RiskExample("she says she wants to die", "child"),
    RiskExample("he has been cutting his arms", "child"),
    RiskExample("she took a load of tablets", "child"),
    RiskExample("i can't cope any more", "user"),
    RiskExample("i am falling apart", "user"),
    RiskExample("two fifteen year olds swapped pictures", "none"),
    RiskExample("he sent it to his mates on snapchat", "none"),
    RiskExample("she is embarrassed and upset", "none"),
]


def test_the_project_examples_load_and_hold_every_class():
    examples = load_examples()
    assert {e.who for e in examples} == {"child", "user", "none"}
    assert all(e.text.strip() for e in examples)


def test_a_bad_examples_file_is_refused_naming_the_place(tmp_path: Path):
    bad = tmp_path / "risk_examples.yml"
    good = "  - text: fine\n    who: none\n"
    bad.write_text("examples:\n  - text: fine\n    who: maybe\n" + good * 3, encoding="utf-8")
    with pytest.raises(RiskExamplesError, match=r"examples/0/who"):
        load_examples(bad)


def test_an_unreadable_examples_file_is_refused(tmp_path: Path):
    with pytest.raises(RiskExamplesError, match="cannot read"):
        load_examples(tmp_path / "absent.yml")


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the examples file and an empty writers' folder."""
    copy = tmp_path / "risk_examples.yml"
    copy.write_bytes(EXAMPLES_FILE.read_bytes())
    writers = tmp_path / "writers"
    writers.mkdir()
    return copy, writers


def test_the_fingerprint_follows_the_file(tmp_path: Path, copies: tuple[Path, Path]):
    copy, writers = copies
    before = examples_fingerprint(copy, writers)
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert examples_fingerprint(copy, writers) != before
    assert examples_fingerprint(tmp_path / "absent.yml", writers) == "missing"


def writer_file(folder: Path, name: str, items: list[tuple[str, str, bool]]) -> Path:
    """A writer's file with ``items`` of (text, who, risk), padded to the schema's 20."""
    padded = items + [(f"an ordinary message number {n}", "none", False) for n in range(20)]
    lines = ["utterances:"] + [
        f'  - text: "{text}"\n    who: {who}\n    risk: {str(risk).lower()}'
        for text, who, risk in padded
    ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_writers_file_is_read_with_the_writer_named(tmp_path: Path):
    path = writer_file(tmp_path, "risk_z.yml", [("she says she wants to die", "child", True)])
    examples = load_writer(path)
    assert examples[0] == RiskExample("she says she wants to die", "child", "risk_z")
    assert {e.writer for e in examples} == {"risk_z"}


def test_a_writers_file_whose_risk_and_who_disagree_is_refused(tmp_path: Path):
    path = writer_file(tmp_path, "risk_z.yml", [("she wants to die", "child", False)])
    with pytest.raises(RiskExamplesError, match=r"risk_z.yml: utterance 1: risk is False"):
        load_writer(path)
    missing = tmp_path / "risk_y.yml"
    missing.write_text("utterances:\n  - text: hello\n    who: none\n", encoding="utf-8")
    with pytest.raises(RiskExamplesError, match="risk_y"):
        load_writer(missing)


def test_a_new_writers_file_changes_the_fingerprint_and_the_training_data(
    copies: tuple[Path, Path],
):
    copy, writers = copies
    before = examples_fingerprint(copy, writers)
    alone = training_examples(copy, writers)
    writer_file(writers, "risk_z.yml", [("he's on the bridge", "child", True)])
    assert examples_fingerprint(copy, writers) != before
    assert len(training_examples(copy, writers)) == len(alone) + 21


def test_the_project_trains_on_every_writers_file_each_labelled_by_its_writer():
    files = writer_files(WRITERS_DIR)
    assert len(files) >= 22
    examples = training_examples()
    writers = {e.writer for e in examples}
    assert {f"examples:{source}" for source in ("own", "a", "b", "c", "f", "g")} <= writers
    assert {path.stem for path in files} <= writers
    assert all(e.writer for e in examples)


def test_cross_validation_never_scores_a_writer_with_a_model_that_saw_them():
    examples = [
        RiskExample(e.text + f" ({writer})", e.who, writer)
        for writer in ("w1", "w2", "w3", "w4")
        for e in SMALL
    ]
    for train_index, test_index in example_folds(examples, 3, 42):
        seen = {examples[i].writer for i in train_index}
        assert not seen & {examples[i].writer for i in test_index}
    unnamed = [RiskExample(e.text, e.who) for e in SMALL * 3]
    folds = list(example_folds(unnamed, 3, 42))
    assert len(folds) == 3  # stratified by class when no writer is named


def test_risk_outweighs_case_words_and_says_who():
    model = train(SMALL, fake_encode)
    risk = read(model, "she says she wants to die")
    case = read(model, "he sent it to his mates on snapchat")
    assert risk.who == "child"
    assert risk.confidence > case.confidence


def test_the_output_is_rounded_for_the_parse_data():
    model = train(SMALL, fake_encode)
    output = read(model, "i can't cope any more").as_output()
    assert output["who"] == "user"
    assert output["confidence"] == round(output["confidence"], 3)


SCORES = [
    ThresholdScore(0.5, recall=0.8541, false_alarms=0.1492, right_person=0.98),
    ThresholdScore(
        0.55, recall=0.7777, false_alarms=0.0954, right_person=0.9871, ordinary_false_alarms=0.006
    ),
    ThresholdScore(0.6, recall=0.67, false_alarms=0.05, right_person=1.0),
]


def test_the_threshold_table_renders_each_score_with_the_chosen_row_in_bold():
    assert render_table(SCORES, chosen=0.55) == [
        "| threshold | recall of risk | false alarms, hard negatives | "
        "false alarms, ordinary messages | right person |",
        "|---:|---:|---:|---:|---:|",
        "| 0.50 | 0.854 | 0.149 | – | 0.980 |",
        "| **0.55** | **0.778** | **0.095** | **0.006** | 0.987 |",
        "| 0.60 | 0.670 | 0.050 | – | 1.000 |",
    ]
    assert "**" not in "".join(render_table(SCORES))


def test_the_block_has_its_markers_the_counts_and_the_chosen_threshold():
    block = render_block("3 examples: child 1, user 1, none 1", SCORES, chosen=0.55)
    lines = block.splitlines()
    assert lines[0] == BEGIN_MARKER and lines[-1] == END_MARKER
    assert lines[1].startswith("3 examples: child 1, user 1, none 1.")
    assert "| **0.55** | **0.778** | **0.095** | **0.006** | 0.987 |" in lines
    assert "In bold: the threshold `config.yml` sets (0.55)." in lines


def test_the_block_replaces_only_what_is_between_the_markers():
    page = f"before\n{BEGIN_MARKER}\nold\n{END_MARKER}\nafter\n"
    block = render_block("1 examples: child 1, user 0, none 0", SCORES[:1])
    assert replace_block(page, block) == f"before\n{block}\nafter\n"
    with pytest.raises(ValueError):
        replace_block("no markers", block)
    with pytest.raises(ValueError):
        replace_block(page + page, block)


def test_docs_nlu_holds_the_risk_block_markers_exactly_once():
    page = NLU_DOC.read_text(encoding="utf-8")
    assert page.count(BEGIN_MARKER) == 1
    assert page.count(END_MARKER) == 1
    assert page.index(BEGIN_MARKER) < page.index(END_MARKER)


def test_the_count_line_and_the_configured_threshold(tmp_path: Path):
    examples = [RiskExample("a", "child"), RiskExample("b", "none"), RiskExample("c", "none")]
    assert count_line(examples) == "3 examples: child 1, user 0, none 2"
    assert (
        count_line(examples, 2201) == "3 examples: child 1, user 0, none 2; 2,201 ordinary messages"
    )
    config = tmp_path / "config.yml"
    config.write_text(
        "pipeline:\n  - name: WhitespaceTokenizer\n"
        "  - name: nlu.risk.RiskClassifier\n    threshold: 0.6\n",
        encoding="utf-8",
    )
    assert configured_threshold(config) == 0.6
    assert configured_threshold(tmp_path / "absent.yml") is None


def test_ordinary_messages_with_a_word_of_risk_are_left_out():
    kept = ordinary_negatives(
        ["two 15 year olds swapped pics", "I don't know", "she's self harming", "  I don't  know "]
    )
    assert [e.text for e in kept] == ["I don't know", "two 15 year olds swapped pics"]
    assert {e.who for e in kept} == {"none"}


def test_intent_examples_are_read_without_their_entity_markup(tmp_path: Path):
    (tmp_path / "a.yml").write_text(
        "nlu:\n- intent: inform\n  examples: |\n    - she is [15](pictured_age)\n"
        '    - [police]{"entity": "role"} here\n- synonym: x\n  examples: |\n    - y\n',
        encoding="utf-8",
    )
    assert intent_example_texts(tmp_path) == ["she is 15", "police here"]


def test_cross_validation_scores_the_ordinary_messages_apart():
    negatives = [RiskExample(text, "none") for text in ("ok", "yes please", "no", "thanks")]
    scores = cross_validate(SMALL * 3, (0.5,), fake_encode, negatives=negatives)
    assert scores[0].ordinary_false_alarms is not None
    assert 0.0 <= scores[0].ordinary_false_alarms <= 1.0
