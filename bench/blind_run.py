"""The blind sets' work (``make blind-eval``): each set through the real bot, scored.

``scripts/blind_eval.py`` parses the command line and calls ``evaluate`` here; the
sets and how each is scored are described in its docstring and in ``bench.blind``,
which holds the pure scoring. Writes ``bench/blind.json`` and a section of
docs/EVALUATION.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import blind
from tools.client import new_sender_id
from tools.stack import ROOT

BLIND = ROOT / "tests" / "blind"
OPEN_QUESTIONS = BLIND / "questions" / "open.yml"
BLIND_NARRATIVES = BLIND / "narratives.yml"
BLIND_RISK = BLIND / "risk.yml"
BLIND_PICTURED = BLIND / "pictured.yml"
SEALED_QUESTIONS = BLIND / "questions" / "sealed.yml"
SETS = ("questions", "risk", "pictured", "narratives")


def log(message: str) -> None:
    print(f"[blind {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def progress(name: str, total: int) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if done == total or done % 25 == 0:
            log(f"{name}: {done}/{total}")

    return tick


def known_topics() -> list[str]:
    """The guidance topic ids the bot can answer (its knowledge base)."""
    import yaml

    path = ROOT / "actions" / "guidance" / "data" / "topics.yml"
    return [topic["id"] for topic in yaml.safe_load(path.read_text(encoding="utf-8"))["topics"]]


# --------------------------------------------------------------------------- the reader


def score_pictured(items: list[dict[str, Any]]) -> list[blind.PicturedResult]:
    """Read each narrative as the bot does: spaCy entity ruler, then the narrative reader."""
    import spacy

    from actions.narrative import read_facts
    from nlp import entities_from_doc

    pipeline = spacy.load(ROOT / "models" / "spacy_pipeline")
    results = []
    for item in items:
        text = item["text"]
        reading = read_facts(text, entities_from_doc(pipeline(text)))
        results.append(
            blind.PicturedResult(
                text=text,
                want={key: item.get(key) for key in blind.PICTURED_KEYS},
                got={key: reading.facts.get(key) for key in blind.PICTURED_KEYS},
                choices=[(c.pictured_age, c.other_age) for c in reading.pictured_choices],
            )
        )
    return results


# --------------------------------------------------------------------------- the bot


async def score_questions(bot: Any, items: list[dict[str, Any]]) -> list[blind.QuestionResult]:
    results = []
    tick = progress("questions", len(items))
    for done, item in enumerate(items, 1):
        sender = new_sender_id()
        replies = await bot.say(sender, item["text"])
        tracker = await bot.agent.processor.get_tracker(sender)
        results.append(
            blind.QuestionResult(
                text=item["text"],
                topic=item["topic"],
                topics=blind.topics_in(replies),
                form=tracker.active_loop_name == "case_form",
            )
        )
        tick(done)
    return results


async def score_risk(bot: Any, items: list[dict[str, Any]]) -> list[blind.RiskResult]:
    results = []
    tick = progress("risk", len(items))
    for done, item in enumerate(items, 1):
        sender = new_sender_id()
        replies = await bot.say(sender, item["text"])
        who = str(item.get("who") or "none")
        results.append(
            blind.RiskResult(
                text=item["text"],
                risk=bool(item["risk"]),
                who=who,
                first_is_safety=bool(replies) and blind.is_safety_reply(replies[0], who),
                any_safety=any(blind.is_safety_reply(reply, who) for reply in replies),
                first_reply=str((replies[0].get("text") or "") if replies else "")[:80],
                immediate_risk=await bot.slot(sender, "immediate_risk"),
            )
        )
        tick(done)
    return results


async def score_narratives(
    play: Any, bot: Any, items: list[dict[str, Any]]
) -> list[blind.NarrativeResult]:
    from actions.guidance.assessment import assess_mapping

    results = []
    tick = progress("narratives", len(items))
    for done, item in enumerate(items, 1):
        truth = dict(item["truth"])
        expected = assess_mapping({k: v for k, v in truth.items() if v is not None})
        try:
            played = await play.play(bot, item["text"], truth, sender_id=new_sender_id())
            assessment, asked, ended = played.assessment or {}, played.asked, played.outcome
        except Exception as error:  # one broken conversation must not hide the others
            assessment, asked, ended = {}, [], f"error: {error!r}"[:200]
        results.append(
            blind.NarrativeResult(
                id=item["id"],
                asked=list(asked),
                stated=list(item.get("stated") or []),
                level=assessment.get("level"),
                truth_level=expected["level"],
                ended=ended,
                outcome_21=assessment.get("outcome_21"),
                truth_outcome_21=expected.get("outcome_21"),
            )
        )
        tick(done)
    return results


# --------------------------------------------------------------------------- running


def git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


#: Blind sets scored as counts only (tests/blind/README.md): their texts are never written
#: out, so that no session reads their misses by accident.
COUNTS_ONLY = frozenset(
    BLIND / name
    for name in (
        "risk_b.yml",
        "pictured_b.yml",
        "risk_c.yml",
        "pictured_c.yml",
        "risk_d.yml",
        "pictured_d.yml",
        "narratives_b.yml",
    )
)


def redact_counts_only(data: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """The results with every text of a counts-only set taken out: its items (a narrative's
    id says what it is about), and the missed and false-alarm texts of the risk summary
    (their numbers stay)."""
    redacted = json.loads(json.dumps(data))
    sets = (("risk", args.risk), ("pictured", args.pictured))
    sets += (("narratives", getattr(args, "narratives", BLIND_NARRATIVES)),)
    for name, path in sets:
        if Path(path).resolve() not in COUNTS_ONLY:
            continue
        if name in redacted["items"]:
            redacted["items"][name] = []
        summary = redacted["summaries"].get(name, {})
        for key in ("missed", "false_alarms"):
            if isinstance(summary.get(key), list):
                summary[key] = len(summary[key])
    return redacted


def save(data: dict[str, Any], args: argparse.Namespace) -> None:
    args.json.parent.mkdir(parents=True, exist_ok=True)
    public = redact_counts_only(data, args)
    args.json.write_text(json.dumps(public, indent=2, ensure_ascii=False) + "\n")


async def run(args: argparse.Namespace, sets: list[str], data: dict[str, Any]) -> None:
    load = {
        "questions": lambda: blind.load_set(args.questions, "questions", args.sealed),
        "risk": lambda: blind.load_set(args.risk, "utterances"),
        "pictured": lambda: blind.load_set(args.pictured, "narratives"),
        "narratives": lambda: blind.load_set(args.narratives, "narratives"),
    }
    items = {name: blind.subset(load[name](), args.limit) for name in sets}
    data["limits"] = {name: args.limit if args.limit else None for name in sets}
    data["sizes"] = {name: len(found) for name, found in items.items()}
    if "pictured" in items:
        log(f"pictured: reading {len(items['pictured'])} narratives")
        found = score_pictured(items["pictured"])
        data["summaries"]["pictured"] = blind.summarise_pictured(found)
        data["items"]["pictured"] = [asdict(r) for r in found]
        save(data, args)
    if not {"questions", "risk", "narratives"} & set(items):
        return
    from tools import play

    log("loading the trained bot in-process (tools/play.py)")
    async with play.Bot(model=args.model) as bot:
        if "questions" in items:
            found_q = await score_questions(bot, items["questions"])
            data["summaries"]["questions"] = blind.summarise_questions(found_q, known_topics())
            data["items"]["questions"] = [
                {**asdict(r), "answered": r.answered, "correct": r.correct} for r in found_q
            ]
            save(data, args)
        if "risk" in items:
            found_r = await score_risk(bot, items["risk"])
            data["summaries"]["risk"] = blind.summarise_risk(found_r)
            data["items"]["risk"] = [asdict(r) for r in found_r]
            save(data, args)
        if "narratives" in items:
            found_n = await score_narratives(play, bot, items["narratives"])
            data["summaries"]["narratives"] = blind.summarise_narratives(found_n)
            data["items"]["narratives"] = [
                {
                    **asdict(r),
                    "asked_stated": r.asked_stated,
                    "under_escalated": r.under_escalated,
                }
                for r in found_n
            ]
            save(data, args)


def write_page(data: dict[str, Any], out: Path) -> None:
    page = out.read_text(encoding="utf-8") if out.exists() else "# Evaluation\n"
    out.write_text(blind.update_page(page, "\n".join(blind.render_section(data))), encoding="utf-8")


def evaluate(args: argparse.Namespace) -> int:
    """Everything the command does once its arguments are parsed; the exit status."""
    os.chdir(ROOT)
    if args.sealed:
        args.questions = SEALED_QUESTIONS
        if args.json == ROOT / "bench" / "blind.json":
            args.json = ROOT / "bench" / "blind-sealed.json"
        args.no_doc = True  # sealed scores are reported on purpose, not spliced into the docs
    try:
        blind.check_not_sealed(args.questions, args.sealed)
    except blind.SealedSetError as error:
        print(f"blind-eval: {error}", file=sys.stderr)
        return 2
    if args.render_only and args.sealed:
        print("blind-eval: sealed scores are not put into the docs", file=sys.stderr)
        return 2
    if args.render_only:
        write_page(json.loads(args.json.read_text(encoding="utf-8")), args.out)
        log(f"rewrote the blind-set section of {args.out} from {args.json}")
        return 0
    sets = [name.strip() for name in args.sets.split(",") if name.strip()]
    unknown = sorted(set(sets) - set(SETS))
    if unknown:
        print(f"blind-eval: unknown set(s) {unknown}; choose from {SETS}", file=sys.stderr)
        return 2
    if set(sets) - {"pictured"} and not args.model.exists():
        print(f"blind-eval: {args.model} does not exist: run `make train` first", file=sys.stderr)
        return 1
    data: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "label": args.label,
        "commit": git("rev-parse", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "changed_files": (git("status", "--porcelain", "--untracked-files=no") or "").splitlines(),
        "model": os.path.relpath(args.model.resolve(), ROOT),
        "questions_file": os.path.relpath(args.questions.resolve(), ROOT),
        "safety_mark": blind.SAFETY_MARK,
        "summaries": {},
        "items": {},
    }
    start = time.perf_counter()
    asyncio.run(run(args, sets, data))
    data["seconds"] = round(time.perf_counter() - start, 1)
    save(data, args)
    if not args.no_doc:
        write_page(redact_counts_only(data, args), args.out)
        log(f"wrote {args.json} and the blind-set section of {args.out}")
    else:
        log(f"wrote {args.json}")
    return 0
