"""Per-message cost of the featurizer alone (tokenise + encode + normalise), one thread.

Over the 300 blind texts, one message at a time, after 20 warm-up calls: CPU time
(process_time, robust to the other job on the machine) and wall time, median and p95.
Also checks that padding does not change the vectors (cosine vs unpadded).
    PYTHONPATH=. nice -n 19 venv/bin/python bench/nlu_variants/encode_cost.py
"""

import json
import os
import time
from pathlib import Path

import numpy as np
import yaml

from bench.nlu_variants.minilm_featurizer import MiniLMFeaturizer

texts = [
    q["text"]
    for q in yaml.safe_load(Path("tests/blind/questions/open.yml").read_text())["questions"]
]
D = MiniLMFeaturizer.get_default_config()
settings = {
    "fp32_nopad": {},
    "fp32_pad16": {"pad_to": 16},
    "fp32_pad32": {"pad_to": 32},
    "fp32_pad64": {"pad_to": 64},
    "fp32_pad128": {"pad_to": 128},
    "int8_nopad": {"model_file": "onnx/minilm_int8.onnx"},
    "int8_pad64": {"model_file": "onnx/minilm_int8.onnx", "pad_to": 64},
}
if os.path.exists("onnx/minilm_static.npy"):
    settings["static"] = {"mode": "static"}
out = {}
ref = None
f0 = MiniLMFeaturizer(D, "x")
lengths = [len(e.ids) for e in f0._tok.encode_batch(texts)]
out["blind_token_lengths"] = {
    "p50": float(np.median(lengths)),
    "p95": float(np.percentile(lengths, 95)),
    "max": max(lengths),
}
for name, extra in settings.items():
    f = MiniLMFeaturizer({**D, **extra}, "x")
    for t in texts[:20]:
        f.encode([t])
    cpu, wall, vecs = [], [], []
    for t in texts:
        w0, c0 = time.perf_counter(), time.process_time()
        v = f.encode([t])
        cpu.append((time.process_time() - c0) * 1e3)
        wall.append((time.perf_counter() - w0) * 1e3)
        vecs.append(v[0])
    vecs = np.array(vecs)
    if name == "fp32_nopad":
        ref = vecs
    cos = (vecs * ref).sum(1)
    out[name] = {
        "cpu_ms_p50": round(float(np.median(cpu)), 2),
        "cpu_ms_p95": round(float(np.percentile(cpu, 95)), 2),
        "wall_ms_p50": round(float(np.median(wall)), 2),
        "wall_ms_p95": round(float(np.percentile(wall, 95)), 2),
        "cosine_vs_fp32_nopad_mean": round(float(cos.mean()), 4),
        "cosine_min": round(float(cos.min()), 4),
    }
    print(name, out[name], flush=True)
Path("bench/nlu_variants/out/encode_cost.json").write_text(json.dumps(out, indent=1))
