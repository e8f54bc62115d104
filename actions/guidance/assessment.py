"""Facts in, assessment out: the level, Outcome 21, what is still open, and why.

Every rule (``actions/guidance/rules.py``) is a test on the facts in three-valued logic:
present, known absent, or not known. An unknown never counts either way, so the level is
computed from what is known and an answer can only raise it.

1. ``out_of_scope`` only when the youngest person pictured is known to have been 18 or over
   when the image was made and no adult is known to have sent, shown or asked a child for
   it. An adult's image sent or shown to a child by an adult is child sexual abuse
   (``referral`` or ``emergency``). While that is not known, the result is ``out_of_scope``
   only provisionally: ``complete`` is false and ``adult_involved`` is asked first, then the
   other person's age; the steps say what to do if an adult sent or showed the image.
   Children passing adult images among themselves stay out of scope.
2. ``emergency`` when a child is known to be at immediate risk of harm.
3. ``referral`` when any UKCIS immediate-referral trigger or College of Policing aggravating
   factor is known to be present.
4. ``safeguarding`` otherwise.

**Outcome 21** is ``not_applicable`` out of scope, where the nation has no Outcome 21
(Scotland and Northern Ireland, from ``data/jurisdictions.yml``), and when every child
involved is under the age of criminal responsibility (nobody can be a suspect);
``not_appropriate`` when any rule that bars it is known present; ``appropriate`` only when
every one of them is known absent (the guidance's wording is permissive: Outcome 21 "may be
considered"; force policy decides); ``undetermined`` otherwise. Immediate risk alone does
not decide Outcome 21: it is about safeguarding now, not about how the offence is resolved.

**Open questions** are computed, not listed by hand: an unknown fact is open when some value
of it would change the level or Outcome 21 (true/false; each jurisdiction; the probe ages,
one either side of every age at which a rule changes its answer). ``complete`` is true when
there are none. They are ordered by ``QUESTION_PRIORITY``, the interview order. An unstated
jurisdiction is read as England for the law, is reported as a factor ("England assumed"),
and stays an open question because Scotland or Northern Ireland would make Outcome 21
``not_applicable``.

``docs/rules.md`` shows this docstring as "How the result is decided"
(``actions.guidance.rules_table.how_it_decides``).
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
from actions.guidance.local_contacts import local_contacts_for
from actions.guidance.rules import (
    ADULT_TO_CHILD_RULE,
    EMERGENCY_RULES,
    JUDGEMENT_RULES,
    OUTCOME_21_BARS,
    REFERRAL_RULES,
    RULES,
    SCOPE_RULE,
    Rule,
    age_thresholds,
    full_investigation_called_for,
    no_child_can_have_offended,
    outcome_21_exists,
    pictured_child_status,
    triggers_known_absent,
)
from actions.guidance.signposting import signposts_for
from actions.guidance.steps import Action, Decision, next_steps

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
    "made_without_consent",
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

#: Ages either side of every threshold the rules declare (``Rule.ages``: each nation's age of
#: criminal responsibility, 13, 18), so a changed threshold can never leave an open question
#: unasked.
PROBE_AGES: tuple[int, ...] = tuple(
    sorted({age for threshold in age_thresholds() for age in (threshold - 1, threshold)})
)
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


#: The assessment keys of docs/API.md §2, in the order ``to_dict`` gives them.
ASSESSMENT_KEYS = (
    "level",
    "outcome_21",
    "complete",
    "open_questions",
    "factors",
    "actions",
    "signposts",
    "pictured_child",
    "guidance_version",
)

#: What a conversation keeps of its latest assessment (the ``assessment`` slot): the
#: result the user was told and the guidance it followed. The reasons, steps and
#: contacts are in the reply, and every later answer ("why?", "what if?", a record)
#: assesses the facts again, so they are not stored twice per case.
SUMMARY_KEYS = ("level", "outcome_21", "complete", "pictured_child", "guidance_version")


def summary(assessment: Mapping[str, Any]) -> dict[str, Any]:
    """The :data:`SUMMARY_KEYS` of an assessment in its contract shape (``to_dict()``)."""
    return {key: assessment[key] for key in SUMMARY_KEYS}


@dataclass(frozen=True)
class Assessment:
    """The engine's answer for one set of facts (docs/API.md §2)."""

    level: str
    outcome_21: str
    complete: bool
    open_questions: tuple[str, ...]
    factors: tuple[Factor, ...]
    actions: tuple[Action, ...]
    signposts: tuple[Mapping[str, str], ...]
    guidance_version: str
    pictured_child: str = "undetermined"
    full_investigation: bool = False
    local_contacts: tuple[Mapping[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's keys, plus the additions documented in docs/API.md
        (``full_investigation``, ``local_contacts``), as plain JSON-ready values."""
        return {
            "level": self.level,
            "outcome_21": self.outcome_21,
            "complete": self.complete,
            "open_questions": list(self.open_questions),
            "factors": [factor.to_dict() for factor in self.factors],
            "actions": [action.to_dict() for action in self.actions],
            "signposts": [dict(signpost) for signpost in self.signposts],
            "pictured_child": self.pictured_child,
            "full_investigation": self.full_investigation,
            "local_contacts": [dict(contact) for contact in self.local_contacts],
            "guidance_version": self.guidance_version,
        }


# --------------------------------------------------------------------------- decisions


def _any_true(rules: tuple[Rule, ...], facts: Facts) -> bool:
    return any(rule.test(facts) is True for rule in rules)


def in_scope(facts: Facts) -> bool | None:
    """Whether the children's guidance applies: a child pictured, or an adult's image sent,
    shown or asked of a child. ``None`` while the pictured age is unknown (treated as in
    scope: an unknown never lowers the level) or while an adult's image is not yet known to
    have reached a child through an adult (provisionally out of scope)."""
    child = SCOPE_RULE.test(facts)
    if child is not False:
        return child
    return ADULT_TO_CHILD_RULE.test(facts)


def adult_pictured_unsettled(facts: Facts) -> bool:
    """An adult is pictured and it is not yet known whether an adult sent or showed it to a
    child: the provisional ``out_of_scope`` of docs/API.md §2."""
    return SCOPE_RULE.test(facts) is False and ADULT_TO_CHILD_RULE.test(facts) is None


def decide_level(facts: Facts) -> str:
    """The level from what is known; an unknown counts neither way."""
    if SCOPE_RULE.test(facts) is False and in_scope(facts) is not True:
        return "out_of_scope"
    if _any_true(EMERGENCY_RULES, facts):
        return "emergency"
    if _any_true(REFERRAL_RULES, facts):
        return "referral"
    return "safeguarding"


def is_aggravated(facts: Facts) -> bool:
    """Whether any factor that bars Outcome 21 is known to be present."""
    return _any_true(OUTCOME_21_BARS, facts)


def decide_outcome_21(facts: Facts, level: str | None = None) -> str:
    """Whether the guidance supports Outcome 21, from what is known (``level`` if computed)."""
    if (level or decide_level(facts)) == "out_of_scope":
        return "not_applicable"
    if facts.jurisdiction is not None and not outcome_21_exists(facts):
        return "not_applicable"
    if no_child_can_have_offended(facts):
        return "not_applicable"
    results = [rule.test(facts) for rule in OUTCOME_21_BARS]
    if any(result is True for result in results):
        return "not_appropriate"
    if all(result is False for result in results):
        return "appropriate"
    return "undetermined"


def decide(facts: Facts) -> tuple[str, str]:
    """``(level, outcome_21)``: the two results an open question can change."""
    level = decide_level(facts)
    return level, decide_outcome_21(facts, level)


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
    """The unknown facts whose answer could change the level or Outcome 21, most decisive first.

    With an adult pictured and no answer yet on whether an adult sent or showed the image to
    a child, ``adult_involved`` comes first and, when unknown, the other person's age next
    (docs/API.md §2): no single answer to the age changes the provisional result, but together
    they decide whether this is child sexual abuse.
    """
    if adult_pictured_unsettled(facts):
        return tuple(key for key in ("adult_involved", "other_age") if getattr(facts, key) is None)
    current = decide(facts)
    both_ages_matter = _ages_together_change(facts, current)
    return tuple(
        key
        for key in _interview_order(facts)
        if getattr(facts, key) is None
        and (
            (key == "pictured_age" and both_ages_matter)
            or any(decide(variant) != current for variant in _variants(facts, key))
        )
    )


def _interview_order(facts: Facts) -> tuple[str, ...]:
    """QUESTION_PRIORITY, except that when the image is known to be fake or AI-made, whether it
    was made without the pictured child's agreement is asked straight after the ages: a
    "nudified" image of a classmate is the common case, and it decides the level."""
    if not facts.ai_generated:
        return QUESTION_PRIORITY
    rest = tuple(key for key in QUESTION_PRIORITY if key != "made_without_consent")
    at = rest.index("adult_involved") + 1
    return (*rest[:at], "made_without_consent", *rest[at:])


def _ages_together_change(facts: Facts, current: tuple[str, str]) -> bool:
    """Whether the two ages, both unknown, could change the result together though neither
    does alone: with an adult involved, an adult pictured and an adult other person would take
    the case out of scope. The pictured age is then asked first; the other follows from it."""
    if facts.pictured_age is not None or facts.other_age is not None:
        return False
    for pictured in PROBE_AGES:
        for other in PROBE_AGES:
            try:
                variant = replace(facts, pictured_age=pictured, other_age=other)
            except FactError:
                continue
            if decide(variant) != current:
                return True
    return False


def what_would_change(facts: Facts) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``(deciding, raising)``: the yes/no facts that decide the level, each with the level it
    would be if that one were false, and those that would raise it (not true now; the level
    would be higher if that one were true). For "why?" and "does it really need the
    police?": the answer names what decides the level and what would change it."""
    level = decide_level(facts)
    severity = IN_SCOPE_SEVERITY.get(level)
    if severity is None:
        return (), ()
    deciding, raising = [], []
    for key in BOOL_KEYS:
        value = getattr(facts, key)
        try:
            flipped = replace(facts, **{key: not value if value is not None else True})
        except FactError:
            continue
        other = IN_SCOPE_SEVERITY.get(decide_level(flipped))
        if other is None:
            continue
        if value is True and other < severity:
            deciding.append((key, decide_level(flipped)))
        elif value is not True and other > severity:
            raising.append(key)
    return tuple(deciding), tuple(raising)


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
    if decide_level(facts) == "out_of_scope":
        assert SCOPE_RULE.when_false is not None
        scope = _factor(SCOPE_RULE, facts, SCOPE_RULE.when_false(facts))
        if not adult_pictured_unsettled(facts):
            return (scope,)
        return (scope, _factor(ADULT_TO_CHILD_RULE, facts, _UNSETTLED_ADULT_TEXT))
    present = [
        _factor(rule, facts, rule.when_true(facts))
        for rule in (SCOPE_RULE, ADULT_TO_CHILD_RULE, *EMERGENCY_RULES, *REFERRAL_RULES)
        if rule.test(facts) is True
    ]
    prompts = [
        _factor(rule, facts, rule.when_true(facts))
        for rule in JUDGEMENT_RULES
        if rule.test(facts) is True
    ]
    absent = [
        _factor(rule, facts, rule.when_false(facts))
        for rule in RULES
        if rule is not SCOPE_RULE and rule.when_false is not None and rule.test(facts) is False
    ]
    return (*present, *prompts, *absent)


_UNSETTLED_ADULT_TEXT = (
    "Provisional: if an adult sent, showed or asked a child for this image, it is child sexual "
    "abuse and must be reported to the police urgently, whoever is pictured. Say whether an "
    "adult did, and how old the child is."
)


# --------------------------------------------------------------------------- assessment


def assess(facts: Facts) -> Assessment:
    """Assess one case. Pure and deterministic: the same facts always give the same answer."""
    level, outcome_21 = decide(facts)
    open_questions = find_open_questions(facts)
    decision = Decision(
        level=level,
        outcome_21=outcome_21,
        aggravated=is_aggravated(facts),
        pictured_child=pictured_child_status(facts),
        full_investigation=(
            level in ("emergency", "referral") and full_investigation_called_for(facts)
        ),
        adult_pictured_unsettled=adult_pictured_unsettled(facts),
        triggers_absent=triggers_known_absent(facts),
        no_child_can_have_offended=no_child_can_have_offended(facts),
    )
    return Assessment(
        level=level,
        outcome_21=outcome_21,
        complete=not open_questions,
        open_questions=open_questions,
        factors=explain(facts),
        actions=next_steps(facts, decision),
        signposts=signposts_for(facts, decision),
        guidance_version=knowledge.GUIDANCE_VERSION,
        pictured_child=decision.pictured_child,
        full_investigation=decision.full_investigation,
        local_contacts=local_contacts_for(facts, level),
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
