"""Measure one NLU pipeline variant: training time, blind accuracy, per-message cost, 3-fold CV.

Run from the experiment root (the spaCy pipeline and the ONNX files are relative paths),
single-threaded and niced, e.g.

    OMP_NUM_THREADS=1 TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1 \
    PYTHONPATH=. nice -n 19 venv/bin/python bench/nlu_variants/run_variant.py \
        bench/nlu_variants/configs/A_sparse_diet.yml

Writes bench/nlu_variants/out/<variant>.json. Nothing from the blind set but its
index, topic and the predicted intent is written (no texts).

* Training: ``rasa.model_training.train_nlu`` on data/nlu (wall time).
* Blind: tests/blind/questions/open.yml (300 questions, correct intent ``ask_<topic>``);
  accuracy on all, and on the questions whose intent exists in the training data.
  ``top`` = the classifier's best intent (what ``rasa test nlu`` scores);
  ``after_fallback`` = the intent after FallbackClassifier (nlu_fallback counts wrong).
* Cost: wall time of ``Agent.parse_message`` (tokenise, featurise, classify) for each
  of the 300 blind texts, one at a time after 20 warm-up parses; median and p95.
* CV: StratifiedKFold(3, shuffle=True, random_state=42) over data/nlu, the same folds
  for every variant; each fold trained from scratch and its test part parsed;
  accuracy and weighted F1 of the top intent over the pooled predictions.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

import numpy as np
import yaml

ROOT = Path.cwd()
BLIND = ROOT / "tests/blind/questions/open.yml"
OUT = ROOT / "bench/nlu_variants/out"


def quiet() -> None:
    logging.disable(logging.WARNING)
    try:
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)
    except Exception:
        pass


TRAIN_CPU: dict = {}


def train(config: str, nlu: str, out_dir: str, name: str) -> tuple[str, float]:
    from rasa.model_training import train_nlu

    t0, c0 = time.perf_counter(), time.process_time()
    path = train_nlu(config=config, nlu_data=nlu, output=out_dir, fixed_model_name=name)
    TRAIN_CPU[name] = time.process_time() - c0
    return path, time.perf_counter() - t0


def top_intent(result: dict) -> str:
    for item in result.get("intent_ranking") or []:
        if item["name"] != "nlu_fallback":
            return item["name"]
    return (result.get("intent") or {}).get("name")


async def parse_all(model_path: str, texts: list[str], warmup: int = 20):
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)
    for text in texts[:warmup]:
        await agent.parse_message(text)
    results, times, cpu = [], [], []
    for text in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        r = await agent.parse_message(text)
        cpu.append((time.process_time() - c0) * 1000.0)
        times.append((time.perf_counter() - t0) * 1000.0)
        results.append(r)
    return results, (times, cpu)


def training_intents(nlu_dir: str) -> set[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    return set(load_data(nlu_dir).intents)


def blind_eval(model_path: str, known: set[str]) -> dict:
    questions = yaml.safe_load(BLIND.read_text(encoding="utf-8"))["questions"]
    texts = [q["text"] for q in questions]
    gold = [f"ask_{q['topic']}" for q in questions]
    results, (times, cpu) = asyncio.run(parse_all(model_path, texts))
    top = [top_intent(r) for r in results]
    final = [(r.get("intent") or {}).get("name") for r in results]
    seen = [i for i, g in enumerate(gold) if g in known]

    def acc(pred, idx):
        return round(sum(pred[i] == gold[i] for i in idx) / max(len(idx), 1), 4)

    all_idx = list(range(len(gold)))
    return {
        "n": len(gold),
        "n_seen": len(seen),
        "accuracy_all": acc(top, all_idx),
        "accuracy_seen": acc(top, seen),
        "accuracy_all_after_fallback": acc(final, all_idx),
        "accuracy_seen_after_fallback": acc(final, seen),
        "fallbacks": sum(f == "nlu_fallback" for f in final),
        # wall time (inflated when another job holds the CPUs) and CPU time of the
        # process (single-threaded, so it is the cost of the parse itself)
        "parse_ms": {
            "p50": round(float(np.percentile(times, 50)), 2),
            "p95": round(float(np.percentile(times, 95)), 2),
            "mean": round(float(np.mean(times)), 2),
        },
        "parse_cpu_ms": {
            "p50": round(float(np.percentile(cpu, 50)), 2),
            "p95": round(float(np.percentile(cpu, 95)), 2),
            "mean": round(float(np.mean(cpu)), 2),
        },
        "predictions": [
            {"i": i, "gold": gold[i], "top": top[i], "final": final[i]} for i in all_idx
        ],
    }


def cross_validate(config: str, nlu_dir: str, folds: int = 3, seed: int = 42) -> dict:
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    data = load_data(nlu_dir)
    examples = [m for m in data.training_examples if m.get("intent") and m.get("text")]
    labels = [m.get("intent") for m in examples]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    gold_all, pred_all, fold_acc, train_s = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (tr, te) in enumerate(skf.split(np.zeros(len(labels)), labels)):
            fold = TrainingData(
                training_examples=[examples[i] for i in tr],
                entity_synonyms=data.entity_synonyms,
                regex_features=data.regex_features,
                lookup_tables=data.lookup_tables,
            )
            fold_file = Path(tmp) / f"fold{k}.yml"
            fold_file.write_text(fold.nlu_as_yaml(), encoding="utf-8")
            model, secs = train(config, str(fold_file), tmp, f"fold{k}")
            train_s.append(round(TRAIN_CPU[f"fold{k}"], 1))
            texts = [examples[i].get("text") for i in te]
            results, _ = asyncio.run(parse_all(model, texts, warmup=0))
            pred = [top_intent(r) for r in results]
            gold = [labels[i] for i in te]
            fold_acc.append(round(accuracy_score(gold, pred), 4))
            gold_all += gold
            pred_all += pred
            print(f"  fold {k}: acc {fold_acc[-1]} train {secs:.0f}s", flush=True)
    return {
        "folds": folds,
        "seed": seed,
        "n": len(gold_all),
        "accuracy": round(accuracy_score(gold_all, pred_all), 4),
        "weighted_f1": round(f1_score(gold_all, pred_all, average="weighted"), 4),
        "fold_accuracy": fold_acc,
        "fold_train_cpu_s": train_s,
    }


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--nlu", default="data/nlu")
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--only-cv", action="store_true")
    ap.add_argument("--tag", default="", help="suffix for the output name (e.g. another --nlu)")
    args = ap.parse_args()
    quiet()
    name = Path(args.config).stem + args.tag
    OUT.mkdir(parents=True, exist_ok=True)
    out_file = OUT / f"{name}.json"
    record = json.loads(out_file.read_text()) if out_file.exists() else {}
    record.update({"variant": name, "config": args.config, "nlu": args.nlu})
    if not args.only_cv:
        models = ROOT / "bench/nlu_variants/.models"
        model, secs = train(args.config, args.nlu, str(models), name)
        record["train_s"] = round(secs, 1)
        record["train_cpu_s"] = round(TRAIN_CPU[name], 1)
        record["model"] = model
        print(f"{name}: trained in {secs:.0f}s", flush=True)
        record["blind"] = blind_eval(model, training_intents(args.nlu))
        b = record["blind"]
        print(
            f"{name}: blind all {b['accuracy_all']} seen {b['accuracy_seen']} "
            f"(n_seen {b['n_seen']}) parse wall p50/p95 {b['parse_ms']['p50']}/{b['parse_ms']['p95']} "
            f"cpu p50/p95 {b['parse_cpu_ms']['p50']}/{b['parse_cpu_ms']['p95']}",
            flush=True,
        )
        out_file.write_text(json.dumps(record, indent=1))
    if not args.skip_cv:
        record["cv"] = cross_validate(args.config, args.nlu)
        print(
            f"{name}: cv {record['cv']['accuracy']} wF1 {record['cv']['weighted_f1']}", flush=True
        )
        out_file.write_text(json.dumps(record, indent=1))


if __name__ == "__main__":
    sys.exit(main())
