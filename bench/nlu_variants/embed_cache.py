"""Embed data/nlu with the featurizer (no Rasa training) for quick CV of a linear classifier.

Used only to choose the logistic-regression C by 3-fold CV on the *training* data
(never on the blind set):  PYTHONPATH=. venv/bin/python bench/nlu_variants/embed_cache.py
"""

import json
import os
import sys
from pathlib import Path

import numpy as np
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from bench.nlu_variants.minilm_featurizer import MiniLMFeaturizer

NLU = os.environ.get("NLU_DIR", "data/nlu")
TAG = os.environ.get("TAG", "")
data = load_data(NLU)
ex = [m for m in data.training_examples if m.get("intent") and m.get("text")]
y = np.array([m.get("intent") for m in ex])
MODES = {"fp32": {}, "int8": {"model_file": "onnx/minilm_int8.onnx"}, "static": {"mode": "static"}}
out_file = "bench/nlu_variants/out/logreg_C_cv.json"
try:
    out = json.loads(Path(out_file).read_text())
except FileNotFoundError:
    out = {}
for label in sys.argv[1:] or ["fp32", "int8"]:
    extra = MODES[label]
    f = MiniLMFeaturizer({**MiniLMFeaturizer.get_default_config(), **extra}, "x")
    X = f.encode([m.get("text") for m in ex])
    skf = StratifiedKFold(3, shuffle=True, random_state=42)
    for C in (1, 10, 30, 100):
        clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
        p = cross_val_predict(clf, X, y, cv=skf)
        out[f"{label}_C{C}{TAG}"] = (
            round(accuracy_score(y, p), 4),
            round(f1_score(y, p, average="weighted"), 4),
        )
        print(label, C, out[f"{label}_C{C}{TAG}"], flush=True)
Path(out_file).write_text(json.dumps(out, indent=1))
