"""The evaluation's work (``make eval``): NLU scores, facts read, scenarios played, the page.

``scripts/eval.py`` parses the command line and calls ``evaluate`` here; the four
measurements are described in its docstring. It lives in bench/ beside the pure scoring
(``bench.evaluation``) and writes ``bench/eval.json`` and docs/EVALUATION.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import blind, results
from bench import evaluation as ev
from tools import play
from tools.stack import QUIET_ENV, RASA_SCRIPT, ROOT

RASA = RASA_SCRIPT
ENV = QUIET_ENV
IMG_DIR = ROOT / "docs" / "img"
CONFUSION_PNG = IMG_DIR / "eval-intent-confusion.png"


class EvalError(RuntimeError):
    """A measurement could not be made."""


def log(message: str) -> None:
    print(f"[eval {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_rasa(args: list[str], tmp: Path) -> str:
    """Run a rasa command from the project root; return its output, raise if it fails."""
    env = {**os.environ, **ENV, "RASA_CACHE_DIRECTORY": str(tmp / "cache")}
    done = subprocess.run(
        [RASA, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if done.returncode != 0:
        raise EvalError(f"rasa {args[0]} {args[1]} failed:\n{done.stdout[-1500:]}")
    return done.stdout


def read_report(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise EvalError(f"rasa wrote no {path.name} in {path.parent}")
    return json.loads(path.read_text())


# --------------------------------------------------------------------------- NLU


def cross_validation(config: Path, folds: int, tmp: Path) -> dict[str, Any]:
    """Intent scores over ``folds`` folds of data/nlu; the confusion matrix copied to docs/img."""
    out = tmp / "cv"
    log(f"NLU cross-validation ({folds} folds; a few minutes)")
    start = time.perf_counter()
    output = run_rasa(
        [
            *("test", "nlu", "--nlu", "data/nlu", "--config", str(config)),
            *("--cross-validation", "--folds", str(folds), "--out", str(out)),
        ],
        tmp,
    )
    report = read_report(out / "intent_report.json")
    matrix = out / "intent_confusion_matrix.png"
    image = None
    if matrix.exists():
        IMG_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(matrix, CONFUSION_PNG)
        image = CONFUSION_PNG.relative_to(ROOT / "docs").as_posix()
    entity_reports = sorted(p.name for p in out.glob("*entity*report*.json"))
    return {
        "folds": folds,
        "seconds": round(time.perf_counter() - start, 1),
        "report": report,
        "confusion_png": image,
        "entity_reports": entity_reports,
        "fold_means": ev.cv_fold_means(output),
    }


def heldout(model: Path, tmp: Path) -> dict[str, Any]:
    """Intent scores of the trained model on the held-out files in tests/nlu."""
    out = tmp / "heldout"
    log("NLU on the held-out set")
    run_rasa(
        [
            "test",
            "nlu",
            "--model",
            str(model),
            "--nlu",
            "tests/nlu",
            "--out",
            str(out),
            "--no-plot",
        ],
        tmp,
    )
    return {"report": read_report(out / "intent_report.json")}


def intent_examples(path: str) -> tuple[list[str], list[str]]:
    """The texts and intents of Rasa NLU training data (entity annotations removed)."""
    from rasa.shared.nlu.training_data.loading import load_data

    examples = load_data(path).intent_examples
    return [example.get("text") for example in examples], [
        example.get("intent") for example in examples
    ]


def neighbours() -> dict[str, Any]:
    """The nearest-neighbour check of the two intent evaluations (bench.evaluation)."""
    log("nearest neighbours of the held-out set and of each fold")
    texts, intents = intent_examples("data/nlu")
    held_texts, held_intents = intent_examples("tests/nlu")
    found = ev.nearest_neighbours(texts, intents, held_texts, held_intents)
    return {name: asdict(value) for name, value in found.items()}


# --------------------------------------------------------------------------- through the bot


def load_scenario_library() -> list[Any]:
    """The scenario library, or an empty list while it does not exist."""
    try:
        from actions.training.scenarios import load_scenarios
    except ImportError:
        return []
    return list(load_scenarios())


Annotated = list[tuple[str, dict, dict]]


def annotated_narratives(scenarios: list[Any]) -> dict[str, Annotated]:
    """Narratives with their annotation: (text, facts it states, everything known).

    The end-to-end cases list the facts each narrative states (and the truth behind the
    questions); a scenario's facts are the whole truth of the case, with nothing said
    about which of them its narrative states, so only precision is scored there.
    """
    sets: dict[str, Annotated] = {}
    try:
        from tests.e2e.test_e2e_cases import CASES
    except ImportError:
        CASES = []
    if CASES:
        sets["End-to-end cases (tests/e2e)"] = [
            (case.narrative, dict(case.stated), dict(case.truth)) for case in CASES
        ]
    if scenarios:
        sets["Scenario library (precision only)"] = [
            (s.narrative, {}, dict(s.facts)) for s in scenarios
        ]
    return sets


async def facts_read(agent: Any, text: str) -> dict[str, Any]:
    """The facts the bot reads from ``text``: its NLU, then the same code as its actions."""
    from actions.case_facts import facts_in_message

    message = await agent.parse_message(text)
    facts, _refused, _negated = facts_in_message(message, None, None)
    return facts


async def score_facts(agent: Any, sets: dict[str, Annotated]) -> dict:
    scored: dict[str, Any] = {}
    for name, items in sets.items():
        per_item = []
        for text, stated, truth in items:
            read = await facts_read(agent, text)
            per_item.append(ev.compare_facts(read, stated, truth))
        by_key, total = ev.merge(per_item)
        scored[name] = {"narratives": len(items), "by_key": by_key, "total": total}
    return scored


async def play_scenarios(bot: play.Bot, scenarios: list[Any]) -> list[ev.ScenarioOutcome]:
    outcomes = []
    for scenario in scenarios:
        try:
            result = await play.play(bot, scenario.narrative, dict(scenario.facts))
            assessment = result.assessment or {}
            ended, questions = result.outcome, len(result.asked)
        except Exception as error:  # one broken scenario must not hide the others
            assessment, ended, questions = {}, f"error: {error!r}"[:200], 0
        outcomes.append(
            ev.ScenarioOutcome(
                id=scenario.id,
                expected_level=scenario.expected_level,
                expected_outcome_21=scenario.expected_outcome_21,
                level=assessment.get("level"),
                outcome_21=assessment.get("outcome_21"),
                questions=questions,
                ended=ended,
            )
        )
    return outcomes


async def through_the_bot(model: Path) -> dict[str, Any]:
    """Facts read from annotated narratives, and the scenario library played through."""
    scenarios = load_scenario_library()
    log("loading the trained bot in-process (tools/play.py)")
    async with play.Bot(model=model) as bot:
        log("scoring facts read from annotated narratives")
        facts = await score_facts(bot.agent, annotated_narratives(scenarios))
        log(f"playing {len(scenarios)} scenarios through the bot")
        outcomes = await play_scenarios(bot, scenarios)
    return {"facts": facts, "scenarios": outcomes}


# --------------------------------------------------------------------------- the page


def intent_section(title: str, report: dict[str, Any], intro: str) -> list[str]:
    weighted = report.get("weighted avg", {})
    macro = report.get("macro avg", {})
    return [
        f"## {title}",
        "",
        intro,
        "",
        ev.table(
            ["measure", "value"],
            [
                ["accuracy", ev.fmt(report.get("accuracy"))],
                ["weighted-average F1", ev.fmt(weighted.get("f1-score"))],
                ["macro-average F1", ev.fmt(macro.get("f1-score"))],
                ["examples", str(int(weighted.get("support", 0)))],
            ],
        ),
        "",
    ]


#: A hand-written part of docs/EVALUATION.md (the progress on the blind sets), kept as it
#: is when the page is generated again.
KEPT_BEGIN = "<!-- hand-written:begin (kept as it is by make eval) -->"
KEPT_END = "<!-- hand-written:end -->"


def kept_part(page: str) -> str:
    """The hand-written block of an existing page, markers included; "" when it has none."""
    start, end = page.find(KEPT_BEGIN), page.find(KEPT_END)
    if start < 0 or end < start:
        return ""
    return page[start : end + len(KEPT_END)]


def render(data: dict[str, Any], blind_run: dict[str, Any] | None = None, kept: str = "") -> str:
    """The text of docs/EVALUATION.md; ``blind_run`` is bench/blind.json (`make blind-eval`);
    ``kept`` the hand-written block of the page before (``kept_part``), put back before the
    blind-set section."""
    lines = [
        "# Evaluation",
        "",
        "<!-- Generated by `make eval` (scripts/eval.py). Do not edit by hand. -->",
        "",
        f"Measured {data['date']} on commit `{(data['commit'] or '?')[:10]}`"
        f"{' (with local changes)' if data['dirty'] else ''}, model `{data['model']}`.",
        "",
        "What is measured, and why: intents decide what the bot does with a message, so they",
        "are scored twice, on the training data by cross-validation (how consistent the data",
        "is) and on a held-out set written separately (how it generalises). Case facts come",
        "from the words, by the spaCy entity ruler and the narrative reader, so they are",
        "scored on narratives whose facts are known. Finally the scenario library is played",
        "through the whole bot, as a user would, and the assessment compared with the one",
        "the guidance requires.",
        "",
    ]
    cv = data.get("cross_validation")
    if cv:
        lines += intent_section(
            f"Intents: {cv['folds']}-fold cross-validation on `data/nlu`",
            cv["report"],
            "`rasa test nlu --nlu data/nlu --cross-validation --folds "
            f"{cv['folds']}` with config.yml ({cv['seconds']:.0f} s). Each example is "
            "classified by a model trained on the other folds.",
        )
        means = cv.get("fold_means") or {}
        if means:
            lines += [
                "Mean over the folds (standard deviation), on the folds each model was trained",
                "on and on the fold it was not:",
                "",
                ev.table(
                    ["intents", "train", "test"],
                    [
                        [name, ev.mean_std(means, "train", name), ev.mean_std(means, "test", name)]
                        for name in ("Accuracy", "F1-score", "Precision")
                        if f"train {name}" in means or f"test {name}" in means
                    ],
                ),
                "",
                "A model that is near perfect on the examples it learnt from and much weaker on",
                "the third it did not see has learnt phrasings more than intents: many phrasings",
                "occur once in `data/nlu`, so a fold that holds them out has no near neighbour",
                "to learn them from. The held-out set below is the better guide to what users",
                "meet; the weakest intents here are where more varied examples help most.",
                "",
            ]
        if cv.get("confusion_png"):
            lines += [f"![Intent confusion matrix, cross-validation]({cv['confusion_png']})", ""]
        lines += [
            "Entities: Rasa reports none here. The training data has no entity annotations",
            "(entities come from the spaCy entity ruler, not from DIET), and `rasa test nlu`",
            "drops the entities of pretrained extractors (`SpacyEntityExtractor`) before it",
            "scores. They are scored below, as the facts they become.",
            "",
            "<details><summary>Per intent (weakest first)</summary>",
            "",
            ev.table(
                ["intent", "precision", "recall", "F1", "examples", "confused with"],
                ev.intent_rows(cv["report"]),
            ),
            "",
            "</details>",
            "",
        ]
    held = data.get("heldout")
    if held:
        lines += intent_section(
            "Intents: held-out set `tests/nlu`",
            held["report"],
            "The trained model on examples it never saw, written separately from the training "
            "data (`make test-nlu` fails below 0.95).",
        )
        weak = ev.intent_rows(held["report"], below=0.9)
        if weak:
            lines += [
                "Intents below 0.90 F1:",
                "",
                ev.table(
                    ["intent", "precision", "recall", "F1", "examples", "confused with"], weak
                ),
                "",
            ]
    lines += neighbour_section(data.get("neighbours"))
    lines += bot_sections(data.get("bot") or {})
    if kept:
        lines += [kept, ""]
    if blind_run and blind_run.get("summaries"):
        lines += blind.render_section(blind_run)
    lines += [
        "## Reproduce",
        "",
        "```sh",
        "make eval          # or: .venv/bin/python -m scripts.eval [--skip-cv] [--model PATH]",
        "make blind-eval    # or: .venv/bin/python -m scripts.blind_eval [--sets ...] [--limit N]",
        "```",
        "",
        "Machine-readable results: `bench/eval.json`; the blind sets: `bench/blind.json`.",
        "",
    ]
    return "\n".join(lines)


def neighbour_section(found: dict[str, Any] | None) -> list[str]:
    """Why cross-validation and the held-out set score so differently."""
    if not found:
        return []
    held, folds = found["heldout"], found["cross_validation"]
    return [
        "## Why the two intent scores differ",
        "",
        "A check without the model: each test example takes the intent of its most similar",
        "training example (cosine similarity of character 1-4-gram TF-IDF, as the",
        "pipeline's second featurizer sees text; `bench.evaluation.nearest_neighbours`).",
        "",
        ev.table(
            [
                "test examples",
                "against",
                "mean similarity to the nearest",
                "nearest has the intent",
            ],
            [
                [
                    "held-out set (`tests/nlu`)",
                    "all of `data/nlu`",
                    f"{held['similarity']:.3f}",
                    f"{held['accuracy']:.3f}",
                ],
                [
                    "each third of `data/nlu`",
                    "the other two thirds",
                    f"{folds['similarity']:.3f}",
                    f"{folds['accuracy']:.3f}",
                ],
            ],
        ),
        "",
        *(
            [
                "The held-out examples are nearer to the training data than a third of the",
                "training data is to the rest, and a model trained on all of it meets them; a",
                "fold's model learns from two thirds and is tested on phrasings that often occur",
                "once. So the cross-validation score is a floor for phrasings unlike any training",
                "example, and the held-out score a guide for phrasings close to the training",
                "data's.",
            ]
            if held["similarity"] > folds["similarity"]
            else [
                "The held-out examples are no nearer to the training data than the folds are to",
                "each other: the difference between the two scores does not come from the test",
                "data, and the cross-validation score is the one to trust.",
            ]
        ),
        "",
        "The weakest intents in cross-validation are where new examples help most.",
        "",
    ]


def bot_sections(bot: dict[str, Any]) -> list[str]:
    if not bot:
        return []
    if "missing" in bot:
        return ["## Through the bot", "", f"Not measured: {bot['missing']}.", ""]
    lines = [
        "## Case facts read from narratives",
        "",
        "Each narrative goes through the trained model's NLU (`SpacyEntityExtractor` with the",
        "project's entity ruler) and the same code the actions use (`facts_in_message`:",
        "narrative reader, validation). Precision: of the facts read whose key the",
        "annotation covers, the share read with the right value. Recall: of the facts the",
        "narrative is annotated as stating, the share read right. A fact read where the",
        "annotation is silent is listed but not judged.",
        "",
    ]
    for name, scored in bot["facts"].items():
        lines += [
            f"### {name}: {scored['narratives']} narratives",
            "",
            ev.table(ev.COUNT_HEADER, ev.count_rows(scored["by_key"], scored["total"])),
            "",
        ]
    outcomes = bot["scenarios"]
    if outcomes:
        summary = ev.summarise_scenarios(outcomes)
        lines += [
            "## Scenario library through the bot",
            "",
            f"The {summary.total} scenarios of `actions/training/data/scenarios.yml`, played",
            "with `tools/play.py`: the narrative, then every question answered from the",
            "scenario's facts, until the assessment.",
            "",
            ev.table(
                ["measure", "result"],
                [
                    ["right level", f"{summary.level_correct}/{summary.total}"],
                    ["right Outcome 21", f"{summary.outcome_correct}/{summary.total}"],
                    ["both right", f"{summary.both_correct}/{summary.total}"],
                    ["under-escalated (level too low)", str(summary.under_escalated)],
                    ["no assessment (stuck or too long)", str(summary.not_assessed)],
                    ["questions asked, mean", ev.fmt(summary.mean_questions, 1)],
                ],
            ),
            "",
        ]
        if summary.failures:
            lines += ["Wrong:", "", *[f"- {failure}" for failure in summary.failures], ""]
    else:
        lines += ["## Scenario library through the bot", "", "No scenario library found.", ""]
    return lines


def jsonable(data: Any) -> Any:
    """Dataclasses and counts as plain JSON values."""
    if isinstance(data, ev.Counts):
        return {**asdict(data), "precision": data.precision, "recall": data.recall}
    if isinstance(data, ev.ScenarioOutcome):
        return asdict(data)
    if isinstance(data, dict):
        return {key: jsonable(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [jsonable(value) for value in data]
    return data


def evaluate(args: argparse.Namespace) -> int:
    """Everything the command does once its arguments are parsed; the exit status."""
    os.chdir(ROOT)
    os.environ.update(ENV)
    if not args.model.exists():
        print(f"eval: {args.model} does not exist: run `make train` first", file=sys.stderr)
        return 1
    data: dict[str, Any] = {
        "date": results.now_iso(),
        **results.git_info(ROOT),
        "model": os.path.relpath(args.model.resolve(), ROOT),
    }
    try:
        with tempfile.TemporaryDirectory(prefix="eval-") as tmp_name:
            tmp = Path(tmp_name)
            if not args.skip_cv:
                data["cross_validation"] = cross_validation(args.config, args.folds, tmp)
            data["heldout"] = heldout(args.model, tmp)
            data["neighbours"] = neighbours()
        if not args.skip_bot:
            data["bot"] = asyncio.run(through_the_bot(args.model))
    except EvalError as error:
        print(f"eval: {error}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    blind_json = ROOT / "bench" / "blind.json"
    blind_run = json.loads(blind_json.read_text()) if blind_json.exists() else None
    before = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.write_text(render(data, blind_run, kept_part(before)))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(jsonable(data), indent=2) + "\n")
    log(f"wrote {args.out} and {args.json}")
    return 0
