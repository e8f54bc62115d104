"""The projector demo's screen: a training scenario played through the real bot, shown.

``scripts/demo.py`` (``make demo``) parses the command line and calls ``run`` here;
what the room sees is described in its docstring. The conversation itself is played
by ``tools.play``; this module only shows it, wrapped and paced for a projector.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import sys
import tempfile
import textwrap
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from actions.guidance.jurisdictions import jurisdiction
from actions.records.content import LEVEL_TITLES, OUTCOME_21_TITLES
from actions.training import Scenario, load_scenarios, scenario_by_id
from actions.training.session import TRAINEE_ROLES
from tools.play import (
    Bot,
    Exchange,
    PlayError,
    PlayResult,
    play,
)

LEVEL_COLOURS = {
    "emergency": "41;97",
    "referral": "43;30",
    "safeguarding": "42;30",
    "out_of_scope": "44;97",
}
MAX_WIDTH = 100


class Screen:
    """Writes wrapped, marked blocks; ANSI colour only when asked for."""

    def __init__(self, stream: TextIO, colour: bool, width: int) -> None:
        self.stream = stream
        self.colour = colour
        self.width = max(40, min(width, MAX_WIDTH))

    def paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def line(self, text: str = "") -> None:
        self.stream.write(text + "\n")
        self.stream.flush()

    def banner(self, title: str, code: str = "1") -> None:
        self.line()
        self.line(self.paint("═" * self.width, code))
        for part in textwrap.wrap(title.upper(), self.width - 2) or [""]:
            self.line(self.paint(" " + part, code))
        self.line(self.paint("═" * self.width, code))

    def paragraphs(self, text: str, indent: int = 3) -> None:
        """Text wrapped to the screen, keeping its line breaks and list indentation."""
        pad = " " * indent
        for raw in text.splitlines():
            if not raw.strip():
                self.line()
                continue
            hang = _hanging_indent(raw)
            self.line(
                textwrap.fill(
                    raw.strip(),
                    width=self.width,
                    initial_indent=pad,
                    subsequent_indent=pad + " " * hang,
                    break_on_hyphens=False,
                )
            )

    def speaker(self, label: str, code: str) -> None:
        self.line()
        self.line(self.paint(f" {label} ", f"1;{code}"))

    def buttons(self, buttons: Sequence[dict[str, Any]]) -> None:
        if not buttons:
            return
        shown = "  ".join(f"[ {button.get('title', '')} ]" for button in buttons)
        self.line(textwrap.fill(shown, self.width, initial_indent="   ", subsequent_indent="   "))


def _hanging_indent(line: str) -> int:
    """How far a list item's continuation lines are indented ("- x", "1. x")."""
    stripped = line.strip()
    if stripped.startswith("- "):
        return 2
    head = stripped.split(" ", 1)[0]
    return len(head) + 1 if head[:-1].isdigit() and head.endswith(".") else 0


def pressed(text: str, buttons: Sequence[dict[str, Any]]) -> str:
    """How a user's message reads on screen: a pressed button shows its title."""
    for button in buttons:
        if button.get("payload") == text:
            return f"(presses) {button.get('title', text)}"
    return text


class Show:
    """Prints the conversation as it happens, pausing before each user turn."""

    def __init__(self, screen: Screen, pace: float) -> None:
        self.screen = screen
        self.pace = pace
        self.last_buttons: list[dict[str, Any]] = []
        self.turns = 0

    async def __call__(self, exchange: Exchange) -> None:
        if exchange.speaker == "user":
            if self.turns:
                await asyncio.sleep(self.pace)
            self.turns += 1
            self.screen.speaker("USER ▸", "33")
            self.screen.paragraphs(pressed(exchange.text, self.last_buttons))
            self.last_buttons = []
            return
        if exchange.text:
            self.screen.speaker("ASSISTANT ◂", "36")
            self.screen.paragraphs(exchange.text)
        self.screen.buttons(exchange.buttons)
        if exchange.buttons:
            self.last_buttons = list(exchange.buttons)


def show_scenario(screen: Screen, scenario: Scenario, position: int, total: int) -> None:
    screen.banner(f"Training scenario {position} of {total}: {scenario.title}")
    screen.line()
    screen.paragraphs(scenario.narrative, indent=1)
    screen.line()
    where = jurisdiction(scenario.jurisdiction).name
    screen.paragraphs(f"The trainee is {TRAINEE_ROLES[scenario.role]} in {where}.", indent=1)
    screen.paragraphs("What level of response would you give?", indent=1)


def show_result(screen: Screen, scenario: Scenario, result: PlayResult) -> bool:
    """The assistant's result beside the expected answer; True when they agree."""
    assessment = result.assessment
    screen.banner("The assistant's answer")
    if assessment is None:
        screen.line()
        screen.paragraphs(f"No assessment: the conversation ended {result.outcome}.", indent=1)
        agreed = False
    else:
        level = assessment["level"]
        screen.line()
        label = f"  LEVEL: {LEVEL_TITLES[level].upper()}  "
        screen.line(" " + screen.paint(label, "1;" + LEVEL_COLOURS[level]))
        screen.paragraphs(f"Outcome 21: {OUTCOME_21_TITLES[assessment['outcome_21']]}", indent=1)
        agreed = (level, assessment["outcome_21"]) == (
            scenario.expected_level,
            scenario.expected_outcome_21,
        )
    screen.banner("The guidance-based answer")
    screen.line()
    screen.paragraphs(
        f"Expected: {LEVEL_TITLES[scenario.expected_level]}; Outcome 21: "
        f"{OUTCOME_21_TITLES[scenario.expected_outcome_21]}.",
        indent=1,
    )
    verdict = "The assistant agrees." if agreed else "The assistant does NOT agree."
    screen.line(" " + screen.paint(verdict, "1;32" if agreed else "1;31"))
    screen.line()
    screen.paragraphs("Teaching points:", indent=1)
    for point in scenario.teaching_points:
        item = point.to_dict()
        screen.paragraphs(f"- {item['text']} ({item['source']})", indent=1)
    screen.line()
    asked = ", ".join(result.asked) or "nothing"
    screen.paragraphs(f"The assistant asked about: {asked}.", indent=1)
    return agreed


def list_scenarios(stream: TextIO) -> None:
    for scenario in load_scenarios():
        stream.write(
            f"{scenario.id:<28} {scenario.expected_level:<13} {scenario.role:<8} "
            f"{scenario.jurisdiction:<17} {scenario.title}\n"
        )


@contextlib.contextmanager
def stderr_to_file() -> Iterator[Path]:
    """Send standard error (the file descriptor, so libraries' notices too) to a temp file.

    Rasa, TensorFlow and friends print deprecation notices while loading that are not for
    the room; the file is kept only when something goes wrong.
    """
    handle, name = tempfile.mkstemp(prefix="demo-stderr-", suffix=".log")
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(handle, 2)
    try:
        yield Path(name)
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(handle)


async def demo(args: argparse.Namespace, screen: Screen) -> int:
    scenarios = load_scenarios()
    scenario = scenario_by_id(args.scenario) if args.scenario else scenarios[0]
    show_scenario(screen, scenario, scenarios.index(scenario) + 1, len(scenarios))
    screen.line()
    screen.paragraphs("(Loading the assistant: this takes a minute or so...)", indent=1)
    async with Bot(args.model, args.port) as bot:
        screen.banner("The conversation")
        result = await play(
            bot, scenario.narrative, scenario.facts, on_exchange=Show(screen, args.pace)
        )
        await asyncio.sleep(args.pace)
    return 0 if show_result(screen, scenario, result) else 1


def _run(args: argparse.Namespace, screen: Screen) -> tuple[int, str | None]:
    """The demo's exit status, and what went wrong when it could not run."""
    try:
        return asyncio.run(demo(args, screen)), None
    except PlayError as error:
        return 2, str(error)
    except KeyboardInterrupt:
        return 130, None


def run(args: argparse.Namespace) -> int:
    """The demo once its arguments are parsed: the exit status (see scripts/demo.py)."""
    if args.list:
        list_scenarios(sys.stdout)
        return 0
    if args.scenario:
        try:
            scenario_by_id(args.scenario)
        except KeyError:
            print(f"error: unknown scenario {args.scenario!r}; see --list", file=sys.stderr)
            return 2
    warnings.filterwarnings("ignore")  # library deprecation notices are not for the room
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    screen = Screen(sys.stdout, colour, shutil.get_terminal_size((100, 30)).columns)
    if args.verbose:
        status, problem = _run(args, screen)
    else:
        with stderr_to_file() as log:
            status, problem = _run(args, screen)
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        if problem and lines:
            print("\n".join(lines[-20:]), file=sys.stderr)
        log.unlink(missing_ok=True)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
    return status
