"""Write the variant configs (bench/nlu_variants/configs/*.yml) from the project's config.yml.

Every variant keeps the project's policies and FallbackClassifier; only the
featurizers and the intent classifier change.
"""

import copy
from pathlib import Path

import yaml

HERE = Path(__file__).parent
base = yaml.safe_load(Path("config.yml").read_text())
pipe = base["pipeline"]


def by(n):
    return [c for c in pipe if c["name"] == n]


spacy_front = by("SpacyNLP") + by("SpacyTokenizer") + by("SpacyEntityExtractor")
sparse = by("RegexFeaturizer") + by("LexicalSyntacticFeaturizer") + by("CountVectorsFeaturizer")
diet = by("DIETClassifier")[0]
fallback = by("FallbackClassifier")
MINILM = "bench.nlu_variants.minilm_featurizer.MiniLMFeaturizer"
fp32 = {"name": MINILM, "model_file": "onnx/minilm_fp32.onnx"}
int8 = {"name": MINILM, "model_file": "onnx/minilm_int8.onnx"}
static = {"name": MINILM, "mode": "static", "static_file": "onnx/minilm_static.npy"}
lr = {"name": "LogisticRegressionClassifier", "max_iter": 1000}  # Rasa's own, C fixed at 1
# C=100 chosen by 3-fold CV on data/nlu (embed_cache.py), never on the blind set
lr100 = {
    "name": "bench.nlu_variants.logreg_classifier.TunedLogisticRegressionClassifier",
    "max_iter": 2000,
    "C": 100,
}


def seq(c):
    return {**c, "sequence": "tokens"}


variants = {
    "A_sparse_diet": [*sparse, diet],
    "B1_sparse_minilm_diet": [*sparse, fp32, diet],
    "B2_minilm_diet": [seq(fp32), diet],
    "C1_sparse_minilm_int8_diet": [*sparse, int8, diet],
    "C3_sparse_static_diet": [*sparse, static, diet],
    "D1_minilm_logreg_C1": [fp32, lr],
    "D1_minilm_logreg": [fp32, lr100],
    "D2_sparse_minilm_logreg": [*sparse, fp32, lr100],
    "D3_minilm_int8_logreg": [int8, lr100],
    "D4_static_logreg": [static, lr100],
    "D5_sparse_minilm_diet_100ep": [*sparse, fp32, {**diet, "epochs": 100}],
}
for name, middle in variants.items():
    cfg = copy.deepcopy(base)
    cfg["pipeline"] = copy.deepcopy(spacy_front + middle + fallback)
    (HERE / "configs" / f"{name}.yml").write_text(yaml.safe_dump(cfg, sort_keys=False))
    print(name)
