"""Trainer mode, the pure part: which scenario comes next, the question, the answer, the score.

The Rasa actions keep three things in slots (the scenario on screen, the ids already
seen, the score) and call these functions; everything a trainee sees is built here, so
it is tested without Rasa. The answer a trainee is marked on is the engine's own
assessment of the scenario's facts, never a hand-written key, so training can never
teach something the assistant would not say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from actions.guidance.assessment import LEVELS, assess
from actions.guidance.facts import parse_facts
from actions.guidance.jurisdictions import jurisdiction
from actions.guidance.rules import RULES
from actions.presentation.wording import wording, words
from actions.training.scenarios import Scenario, load_scenarios, scenario_by_id

CHOICES: tuple[str, ...] = LEVELS
QUESTION = "What level of response would you give?"
#: The answer buttons' titles, and whom the trainee plays ("a police officer").
CHOICE_TITLES = words("levels", "choice")
TRAINEE_ROLES = words("roles", "trainee")
# Words that name one level in a typed answer ("I'd refer it", "999", "out of scope").
_CHOICE_WORDS: dict[str, re.Pattern[str]] = {
    "emergency": re.compile(r"\b(emergency|999)\b"),
    "referral": re.compile(r"\b(referral|refer|referred|investigat\w*)\b"),
    "safeguarding": re.compile(r"\b(safeguarding|in[- ]school|handle it ourselves)\b"),
    "out_of_scope": re.compile(r"\b(out[ _-]of[ _-]scope|not in scope|outside the guidance)\b"),
}
Score = dict[str, int]


@dataclass(frozen=True)
class Turn:
    """One training message: the custom payload, its text, its buttons and the score."""

    scenario: Scenario
    payload: dict[str, Any]
    text: str
    buttons: list[dict[str, str]]
    score: Score


# --------------------------------------------------------------------------- score


def empty_score() -> Score:
    return {"correct": 0, "answered": 0}


def check_score(score: Mapping[str, Any] | None) -> Score:
    """A valid score from a slot value; ``None`` (nothing answered yet) is 0 of 0.

    Raises ValueError for anything else that is not two whole numbers with
    0 <= correct <= answered.
    """
    if score is None:
        return empty_score()
    if not isinstance(score, Mapping) or set(score) != {"correct", "answered"}:
        raise ValueError(f"score must be {{'correct': n, 'answered': m}}, got {score!r}")
    correct, answered = score["correct"], score["answered"]
    if type(correct) is not int or type(answered) is not int or not 0 <= correct <= answered:
        raise ValueError(f"score must have 0 <= correct <= answered, got {score!r}")
    return {"correct": correct, "answered": answered}


def update_score(score: Mapping[str, Any] | None, correct: bool) -> Score:
    """The score after one more answer (pure: the old score is not changed)."""
    before = check_score(score)
    return {"correct": before["correct"] + int(correct), "answered": before["answered"] + 1}


def score_text(score: Mapping[str, Any] | None) -> str:
    checked = check_score(score)
    return f"Score: {checked['correct']} of {checked['answered']}."


# --------------------------------------------------------------------------- choosing


#: Themes a trainer can ask for ("a sextortion scenario", "something on AI images"), each
#: read from the scenario's own facts, so a new scenario needs no tagging.
THEMES: dict[str, tuple[re.Pattern[str], Any]] = {
    "sextortion": (
        re.compile(r"\b(sextortion|blackmail\w*|extort\w*|money|threat\w*)\b", re.I),
        lambda f: bool(f.get("coercion") or f.get("profit_motive")),
    ),
    "ai images": (
        re.compile(r"\b(ai|a\.i\.|nudif\w*|deep\s?fakes?|fakes?|edited)\b", re.I),
        lambda f: bool(f.get("ai_generated") or f.get("made_without_consent")),
    ),
    "adults": (
        re.compile(r"\b(adults?|groom\w*|older man|grown)\b", re.I),
        lambda f: bool(f.get("adult_involved")),
    ),
    "risk of harm": (
        re.compile(r"\b(risk|suicid\w*|self[- ]?harm|emergenc\w*|crisis)\b", re.I),
        lambda f: bool(f.get("immediate_risk")),
    ),
    "Scotland": (
        re.compile(r"\b(scotland|scottish)\b", re.I),
        lambda f: f.get("jurisdiction") == "scotland",
    ),
    "Wales": (re.compile(r"\b(wales|welsh)\b", re.I), lambda f: f.get("jurisdiction") == "wales"),
    "Northern Ireland": (
        re.compile(r"\b(northern ireland|n\.? ?i\.?|psni)\b", re.I),
        lambda f: f.get("jurisdiction") == "northern_ireland",
    ),
    "under 13s": (
        re.compile(r"\b(under[- ]13s?|primary|younger children)\b", re.I),
        lambda f: isinstance(f.get("pictured_age"), int) and f["pictured_age"] < 13,
    ),
    "images online": (
        re.compile(r"\b(online|posted|porn site|website|viral)\b", re.I),
        lambda f: bool(f.get("widely_shared") and f.get("online")),
    ),
}


def theme_asked(text: str) -> str | None:
    """The one theme a request names ("give me a sextortion scenario"), or None."""
    found = [name for name, (words, _fits) in THEMES.items() if words.search(text or "")]
    return found[0] if len(found) == 1 else None


def has_theme(scenario: Scenario, theme: str) -> bool:
    """Whether a scenario's facts show a theme."""
    return bool(THEMES[theme][1](dict(scenario.facts)))


def next_scenario(seen_ids: Iterable[str], theme: str | None = None) -> Scenario:
    """The first scenario not seen yet, in library order; when all are seen, wrap around.

    After a wrap the next is the one after the most recently seen, so a growing list of
    seen ids keeps cycling through the library in order. Unknown ids are ignored. With a
    ``theme``, only scenarios that show it are offered (all of them when none does).
    """
    scenarios = load_scenarios()
    if theme is not None:
        scenarios = [s for s in scenarios if has_theme(s, theme)] or scenarios
    seen = [scenario_id for scenario_id in seen_ids if isinstance(scenario_id, str)]
    seen_set = set(seen)
    for scenario in scenarios:
        if scenario.id not in seen_set:
            return scenario
    ids = [scenario.id for scenario in scenarios]
    last = next((item for item in reversed(seen) if item in ids), ids[-1])
    return scenarios[(ids.index(last) + 1) % len(scenarios)]


def check_choice(chosen_level: str) -> str:
    """The chosen level, refused (ValueError) unless it is one of the four levels."""
    if chosen_level not in CHOICES:
        raise ValueError(
            f"training_choice must be one of {', '.join(CHOICES)}, got {chosen_level!r}"
        )
    return chosen_level


def parse_choice(text: str) -> str | None:
    """The level a typed answer names ("refer", "999", "out of scope"), or None if not exactly one."""
    lowered = (text or "").strip().lower()
    if lowered in CHOICES:
        return lowered
    found = [level for level, pattern in _CHOICE_WORDS.items() if pattern.search(lowered)]
    return found[0] if len(found) == 1 else None


def is_correct(scenario: Scenario, chosen_level: str) -> bool:
    """Whether the chosen level is the engine's level for the scenario's facts."""
    return check_choice(chosen_level) == scenario.assessment()["level"]


# --------------------------------------------------------------------------- payloads


def choice_buttons() -> list[dict[str, str]]:
    """The four answer buttons, in level order, with the contract's training payloads."""
    return [
        {
            "title": CHOICE_TITLES[level],
            "payload": "/training_answer" + json.dumps({"training_choice": level}),
        }
        for level in CHOICES
    ]


def deciding_factor(scenario: Scenario) -> str:
    """The fact that decides the scenario's level, in words, for a trainee who chose wrong."""
    facts = parse_facts(dict(scenario.facts))
    assessment = assess(facts)
    kinds = {rule.name: rule.kind for rule in RULES}
    wanted = {
        "emergency": ("emergency",),
        "referral": ("referral", "scope"),
        "out_of_scope": ("scope",),
    }.get(assessment.level)
    if wanted is None:
        return (
            "none of the immediate-referral circumstances or aggravating factors is present, "
            "so the safeguarding response fits."
        )
    for factor in assessment.factors:
        if kinds.get(factor.rule) in wanted and factor.rule != "child_pictured":
            return factor.effect
    return assessment.factors[0].effect


def answer_buttons() -> list[dict[str, str]]:
    return [
        {"title": "Next scenario", "payload": "/start_training"},
        {"title": "Stop training", "payload": "/stop"},
    ]


def setting(scenario: Scenario) -> str:
    """Who the trainee plays and where: "You are a police officer in Wales."."""
    return f"You are {TRAINEE_ROLES[scenario.role]} in {jurisdiction(scenario.jurisdiction).name}."


def question_payload(scenario: Scenario, score: Mapping[str, Any] | None) -> dict[str, Any]:
    """The custom payload ``{"training": {"stage": "question", ...}}`` for a scenario."""
    return {
        "training": {
            "stage": "question",
            "scenario_id": scenario.id,
            "title": scenario.title,
            "narrative": scenario.narrative,
            "role": scenario.role,
            "jurisdiction": scenario.jurisdiction,
            "setting": setting(scenario),
            "choices": list(CHOICES),
            "score": check_score(score),
        }
    }


def answer_payload(
    scenario: Scenario, chosen_level: str, score: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The custom payload ``{"training": {"stage": "answer", ...}}``.

    ``score`` is the score *including* this answer (see :func:`update_score`, or use
    :func:`reveal`, which does both).
    """
    assessment = scenario.assessment()
    return {
        "training": {
            "stage": "answer",
            "scenario_id": scenario.id,
            "chosen": check_choice(chosen_level),
            "correct_level": assessment["level"],
            "correct": chosen_level == assessment["level"],
            "outcome_21": assessment["outcome_21"],
            "factors": assessment["factors"],
            "teaching_points": [point.to_dict() for point in scenario.teaching_points],
            "score": check_score(score),
        }
    }


# --------------------------------------------------------------------------- text


def _lines(items: Sequence[Mapping[str, Any]], key: str) -> str:
    return "\n".join(f"- {item[key]} ({item['source']})" for item in items)


def question_text(scenario: Scenario, score: Mapping[str, Any] | None) -> str:
    """The scenario as a trainee reads it; always ends with the question."""
    checked = check_score(score)
    parts = [f"Training scenario: {scenario.title}", scenario.narrative, setting(scenario)]
    if checked["answered"]:
        parts.append(f"Score so far: {checked['correct']} of {checked['answered']}.")
    parts.append(QUESTION)
    return "\n\n".join(parts)


def answer_text(scenario: Scenario, chosen_level: str, score: Mapping[str, Any] | None) -> str:
    """The reveal: right or not, the guidance-based answer, the reasons, the lessons, the score."""
    training = answer_payload(scenario, chosen_level, score)["training"]
    level = wording().levels[training["correct_level"]]
    outcome = wording().outcome_21[training["outcome_21"]]
    if training["correct"]:
        verdict = f"Right: {level.name}."
    else:
        verdict = (
            f"Not quite: you chose {wording().levels[training['chosen']].name}; the "
            f"guidance-based answer is {level.name}. What decides it: {deciding_factor(scenario)}"
        )
    parts = [
        verdict,
        f"The guidance-based answer: {level.name.upper()}. {level.meaning}",
        f"Outcome 21: {outcome.name}. {outcome.meaning}",
    ]
    if training["factors"]:
        parts.append("Why:\n" + _lines(training["factors"], "effect"))
    parts.append("Teaching points:\n" + _lines(training["teaching_points"], "text"))
    parts.append(score_text(training["score"]))
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- turns


def present(
    seen_ids: Iterable[str], score: Mapping[str, Any] | None, theme: str | None = None
) -> Turn:
    """The next question (of ``theme`` if given): scenario, payload, text and the buttons."""
    scenario = next_scenario(seen_ids, theme)
    checked = check_score(score)
    return Turn(
        scenario=scenario,
        payload=question_payload(scenario, checked),
        text=question_text(scenario, checked),
        buttons=choice_buttons(),
        score=checked,
    )


def reveal(scenario_id: str, chosen_level: str, score_before: Mapping[str, Any] | None) -> Turn:
    """Mark an answer: the new score, the answer payload and text, and the next/stop buttons.

    Raises KeyError for an unknown scenario id and ValueError for a choice that is not a
    level or a broken score.
    """
    scenario = scenario_by_id(scenario_id)
    score = update_score(score_before, is_correct(scenario, chosen_level))
    return Turn(
        scenario=scenario,
        payload=answer_payload(scenario, chosen_level, score),
        text=answer_text(scenario, chosen_level, score),
        buttons=answer_buttons(),
        score=score,
    )


def summary_text(score: Mapping[str, Any] | None, seen: Sequence[str]) -> str:
    """The end of a training session: the final score and what was covered."""
    checked = check_score(score)
    titles = [scenario_by_id(sid).title for sid in seen if _known(sid)]
    lines = [
        "Training finished.",
        f"Final score: {checked['correct']} of {checked['answered']} answered"
        + (f", over {len(titles)} scenario{'s' if len(titles) != 1 else ''}." if titles else "."),
    ]
    if titles:
        lines.append("Scenarios covered:\n" + "\n".join(f"- {title}" for title in titles))
    lines.append('Say "start a training scenario" to practise again.')
    return "\n\n".join(lines)


def _known(scenario_id: str) -> bool:
    try:
        scenario_by_id(scenario_id)
    except KeyError:
        return False
    return True


def reveal_without_marking(scenario_id: str, score: Mapping[str, Any] | None) -> Turn:
    """Show the guidance-based answer to the scenario on screen without scoring it."""
    scenario = scenario_by_id(scenario_id)
    checked = check_score(score)
    level = scenario.assessment()["level"]
    text = answer_text(scenario, level, checked).split("\n\n", 1)[1]
    payload = answer_payload(scenario, level, checked)
    payload["training"]["revealed"] = True
    return Turn(
        scenario=scenario,
        payload=payload,
        text="The answer (not scored):\n\n" + text,
        buttons=answer_buttons(),
        score=checked,
    )
