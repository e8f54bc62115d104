"""Facts in, assessment out: the level, Outcome 21, what is still open, and why.

How the result is decided (each step is a rule in :mod:`actions.guidance.rules`):

1. ``out_of_scope`` only when the youngest person pictured is KNOWN to have been 18 or over
   when the image was made; nothing else can make a case out of scope, and nothing raises
   it (there is no child-image case to escalate).
2. ``emergency`` when a child is known to be at immediate risk of harm.
3. ``referral`` when any UKCIS immediate-referral trigger or College of Policing
   aggravating factor is known to be present.
4. ``safeguarding`` otherwise.

Rules use three-valued logic, so an unknown never counts as present or absent: the level
is computed from what is known, and an unknown can only raise it once answered.

Outcome 21: ``not_applicable`` out of scope and in Scotland and Northern Ireland (a Home
Office code for England and Wales); ``not_appropriate`` when any factor that bars it is
known present; ``appropriate`` only when every such factor is known absent (the guidance's
wording is permissive: it "may be considered"); ``undetermined`` otherwise. Immediate risk
alone does not decide it: it is about safeguarding now, not how the offence is resolved.

Open questions are computed, not listed by hand: an unknown fact is open when some value of
it (true/false; representative ages; each jurisdiction) would change ``level`` or
``outcome_21``. They are ordered by :data:`QUESTION_PRIORITY`, which is the interview order.
An unstated jurisdiction is treated as England for the law and is itself an open question
(Scotland or Northern Ireland would make Outcome 21 ``not_applicable``), and a factor says
England was assumed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from actions.guidance import knowledge
from actions.guidance.facts import (
    AGE_KEYS,
    BOOL_KEYS,
    FACT_KEYS,
    JURISDICTIONS,
    ROLES,
    FactError,
    Facts,
    parse_facts,
)
from actions.guidance.rules import (
    EMERGENCY_RULES,
    JUDGEMENT_RULES,
    OUTCOME_21_BARS,
    OUTCOME_21_JURISDICTIONS,
    REFERRAL_RULES,
    RULES,
    SCOPE_RULE,
    Rule,
)
from actions.guidance.signposting import signposts_for
from actions.guidance.steps import Action, next_steps

LEVELS = ("emergency", "referral", "safeguarding", "out_of_scope")
OUTCOMES_21 = ("appropriate", "not_appropriate", "not_applicable", "undetermined")
# Severity of the in-scope levels; out_of_scope is not on this scale (only the pictured age
# decides it), so "never lowers" is stated for in-scope cases.
IN_SCOPE_SEVERITY = {"safeguarding": 0, "referral": 1, "emergency": 2}

# The interview order: most decisive first. immediate_risk can make it an emergency;
# pictured_age can take the case out of scope or trigger the under-13 rule; the UKCIS
# triggers come before the College of Policing aggravating factors; adult_involved is asked
# before other_age because one yes/no settles what an age would; jurisdiction comes last
# because it changes only the law branch and Outcome 21, never the level. role, ai_generated
# and online never change the level or Outcome 21, so they never become open questions.
QUESTION_PRIORITY: tuple[str, ...] = (
    "immediate_risk",
    "pictured_age",
    "adult_involved",
    "coercion",
    "capacity_concern",
    "sexual_acts",
    "atypical_or_violent",
    "profit_motive",
    "shared_without_consent",
    "malicious",
    "widely_shared",
    "repeated",
    "other_age",
    "jurisdiction",
    "ai_generated",
    "online",
    "role",
)

# Ages either side of every threshold the rules use: 10 and 12 (criminal responsibility),
# 13 (sexual acts under 13) and 18 (adult / out of scope).
PROBE_AGES: tuple[int, ...] = (5, 9, 11, 12, 13, 15, 17, 18, 30)
PROBE_VALUES: dict[str, tuple[Any, ...]] = {
    **{key: (True, False) for key in BOOL_KEYS},
    **{key: PROBE_AGES for key in AGE_KEYS},
    "jurisdiction": JURISDICTIONS,
    "role": ROLES,
}


@dataclass(frozen=True)
class Factor:
    """A fact that drove the result, what it does, and the guidance that makes it count."""

    fact: str
    effect: str
    source: str
    url: str
    rule: str

    def to_dict(self) -> dict[str, str]:
        """The contract's factor object plus the source's address (the rule name stays internal)."""
        return {"fact": self.fact, "effect": self.effect, "source": self.source, "url": self.url}


#: The contract's assessment keys (CONTRACT §2), in the order ``to_dict`` gives them.
ASSESSMENT_KEYS = (
    "level",
    "outcome_21",
    "complete",
    "open_questions",
    "factors",
    "actions",
    "signposts",
    "guidance_version",
)

#: What a conversation keeps of its latest assessment (the ``assessment`` slot): the
#: result the user was told and the guidance it followed. The reasons, steps and
#: contacts are in the reply, and every later answer ("why?", "what if?", a record)
#: assesses the facts again, so they are not stored twice per case.
SUMMARY_KEYS = ("level", "outcome_21", "complete", "guidance_version")


def summary(assessment: Mapping[str, Any]) -> dict[str, Any]:
    """The :data:`SUMMARY_KEYS` of an assessment in its contract shape (``to_dict()``)."""
    return {key: assessment[key] for key in SUMMARY_KEYS}


@dataclass(frozen=True)
class Assessment:
    """The engine's answer for one set of facts (CONTRACT §2)."""

    level: str
    outcome_21: str
    complete: bool
    open_questions: tuple[str, ...]
    factors: tuple[Factor, ...]
    actions: tuple[Action, ...]
    signposts: tuple[Mapping[str, str], ...]
    guidance_version: str

    def to_dict(self) -> dict[str, Any]:
        """Exactly the contract's keys, as plain JSON-ready values."""
        return {
            "level": self.level,
            "outcome_21": self.outcome_21,
            "complete": self.complete,
            "open_questions": list(self.open_questions),
            "factors": [factor.to_dict() for factor in self.factors],
            "actions": [action.to_dict() for action in self.actions],
            "signposts": [dict(signpost) for signpost in self.signposts],
            "guidance_version": self.guidance_version,
        }


# --------------------------------------------------------------------------- decisions


def _any_true(rules: tuple[Rule, ...], facts: Facts) -> bool:
    return any(rule.test(facts) is True for rule in rules)


def decide_level(facts: Facts) -> str:
    """The level from what is known; an unknown counts neither way."""
    if SCOPE_RULE.test(facts) is False:
        return "out_of_scope"
    if _any_true(EMERGENCY_RULES, facts):
        return "emergency"
    if _any_true(REFERRAL_RULES, facts):
        return "referral"
    return "safeguarding"


def is_aggravated(facts: Facts) -> bool:
    """Whether any factor that bars Outcome 21 is known to be present."""
    return _any_true(OUTCOME_21_BARS, facts)


def decide_outcome_21(facts: Facts) -> str:
    """Whether the guidance supports Outcome 21, from what is known."""
    if SCOPE_RULE.test(facts) is False:
        return "not_applicable"
    if facts.jurisdiction is not None and facts.jurisdiction not in OUTCOME_21_JURISDICTIONS:
        return "not_applicable"
    results = [rule.test(facts) for rule in OUTCOME_21_BARS]
    if any(result is True for result in results):
        return "not_appropriate"
    if all(result is False for result in results):
        return "appropriate"
    return "undetermined"


def decide(facts: Facts) -> tuple[str, str]:
    """``(level, outcome_21)``: the two results an open question can change."""
    return decide_level(facts), decide_outcome_21(facts)


def _variants(facts: Facts, key: str) -> list[Facts]:
    """The facts with ``key`` set to each probe value; contradictory combinations skipped."""
    variants = []
    for value in PROBE_VALUES[key]:
        try:
            variants.append(replace(facts, **{key: value}))
        except FactError:
            continue
    return variants


def find_open_questions(facts: Facts) -> tuple[str, ...]:
    """The unknown facts whose answer could change the level or Outcome 21, most decisive first."""
    current = decide(facts)
    return tuple(
        key
        for key in QUESTION_PRIORITY
        if getattr(facts, key) is None
        and any(decide(variant) != current for variant in _variants(facts, key))
    )


# --------------------------------------------------------------------------- explanation


def _factor(rule: Rule, facts: Facts, effect: str) -> Factor:
    source_id, section = rule.source(facts)
    return Factor(
        fact=rule.fact,
        effect=effect,
        source=knowledge.cite(source_id, section),
        url=knowledge.source_url(source_id),
        rule=rule.name,
    )


def explain(facts: Facts) -> tuple[Factor, ...]:
    """Every fact that drove the result: present factors first, then prompts, then absences."""
    scope = SCOPE_RULE.test(facts)
    if scope is False:
        assert SCOPE_RULE.when_false is not None
        return (_factor(SCOPE_RULE, facts, SCOPE_RULE.when_false(facts)),)
    present = [
        _factor(rule, facts, rule.when_true(facts))
        for rule in (SCOPE_RULE, *EMERGENCY_RULES, *REFERRAL_RULES, *JUDGEMENT_RULES)
        if rule.test(facts) is True
    ]
    absent = [
        _factor(rule, facts, rule.when_false(facts))
        for rule in RULES
        if rule is not SCOPE_RULE and rule.when_false is not None and rule.test(facts) is False
    ]
    return (*present, *absent)


# --------------------------------------------------------------------------- assessment


def assess(facts: Facts) -> Assessment:
    """Assess one case. Pure and deterministic: the same facts always give the same answer."""
    level, outcome_21 = decide(facts)
    open_questions = find_open_questions(facts)
    return Assessment(
        level=level,
        outcome_21=outcome_21,
        complete=not open_questions,
        open_questions=open_questions,
        factors=explain(facts),
        actions=next_steps(facts, level, outcome_21, is_aggravated(facts)),
        signposts=signposts_for(facts, level),
        guidance_version=knowledge.GUIDANCE_VERSION,
    )


def assess_mapping(mapping: Any) -> dict[str, Any]:
    """Parse a decoded JSON facts object and return the assessment as a plain dict.

    Raises :class:`FactError` (a ValueError naming the key) for bad input.
    """
    return assess(parse_facts(mapping)).to_dict()


__all__ = [
    "FACT_KEYS",
    "LEVELS",
    "OUTCOMES_21",
    "QUESTION_PRIORITY",
    "Assessment",
    "Factor",
    "assess",
    "assess_mapping",
    "decide",
    "find_open_questions",
]
