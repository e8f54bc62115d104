"""docs/NLU.md's NLU-variant tables are generated from bench/nlu_variants/results.json."""

from __future__ import annotations

import json

import pytest

from bench.nlu_variants import render_doc


def test_the_tables_in_docs_nlu_match_results_json():
    results = json.loads(render_doc.RESULTS.read_text(encoding="utf-8"))
    page = render_doc.NLU_DOC.read_text(encoding="utf-8")
    assert render_doc.render_page(page, results) == page, (
        "stale: run python -m bench.nlu_variants.render_doc --write"
    )


def test_every_variant_and_encoder_form_in_results_json_has_a_row():
    results = json.loads(render_doc.RESULTS.read_text(encoding="utf-8"))
    labels = render_doc.VARIANT_LABELS + render_doc.TODAY_LABELS
    assert {key for key, _ in labels} == set(results["variants"])
    encoder = set(results["encoder_cost"]) - {"blind_token_lengths"}
    assert {key for key, _ in render_doc.ENCODER_LABELS} == encoder


def test_a_variant_row_formats_its_figures():
    variant = {
        "blind": {
            "accuracy_all": 0.55,
            "accuracy_seen": 0.7857,
            "n_seen": 210,
            "parse_cpu_ms": {"p50": 12.61, "p95": 16.59},
        },
        "cv": {"accuracy": 0.8513, "weighted_f1": 0.8513, "source": "embed_cache.py"},
        "train_s": 22.2,
        "train_cpu_s": 22.1,
        "per_turn_p95_estimate_ms": 24.5,
    }
    assert render_doc._variant_row("D1", variant) == (
        "| D1 | 0.550 | 0.786 (210) | 0.851 / 0.851* | 22 (22) | 12.6 / 16.6 | 24 |"
    )
    del variant["cv"]
    assert "| not run |" in render_doc._variant_row("D1", variant)


def test_a_page_without_the_markers_is_refused():
    with pytest.raises(ValueError):
        render_doc.replace_block("no markers here", "nlu-variants", "block")
