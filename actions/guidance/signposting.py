"""Which services to offer for a case, most urgent first.

Routing follows the sources' own routes (GUIDANCE §4): immediate danger to 999 (and crisis
lines, since the contract's immediate risk includes suicide and self-harm); adult
involvement, grooming or coercion to the police and CEOP; an image online or threatened to
the removal services; a child to Childline; professionals to POSH and the NSPCC Helpline;
parents to the NSPCC Helpline and Thinkuknow; harmful or repeated sexual behaviour to
Stop It Now; recovery after abuse to the Marie Collins Foundation; a referral to children's
social care. The entries themselves come from the signposting directory (``knowledge``).
"""

from __future__ import annotations

from collections.abc import Callable

from actions.guidance import knowledge
from actions.guidance.facts import Facts

PROFESSIONAL_ROLES = ("school", "police", "trainer")

# Most urgent first; the list an assessment shows is this order, filtered.
URGENCY_ORDER: tuple[str, ...] = (
    "police_999",
    "samaritans",
    "shout",
    "police_101",
    "ceop",
    "childrens_social_care",
    "report_remove",
    "iwf",
    "take_it_down",
    "childline",
    "marie_collins_foundation",
    "stop_it_now",
    "posh",
    "nspcc_helpline",
    "thinkuknow",
    "revenge_porn_helpline",
)

Condition = Callable[[Facts, str], bool]


def _in_scope(_facts: Facts, level: str) -> bool:
    return level != "out_of_scope"


def _needs_referral(_facts: Facts, level: str) -> bool:
    return level in ("emergency", "referral")


def _abuse_or_grooming(facts: Facts, level: str) -> bool:
    return _in_scope(facts, level) and bool(facts.adult_involved or facts.coercion)


def _image_out_or_threatened(facts: Facts, level: str) -> bool:
    """Online, or threatened: coercion and profit are how sextortion shows in the facts."""
    return _in_scope(facts, level) and bool(facts.online or facts.coercion or facts.profit_motive)


def _professional(facts: Facts, level: str) -> bool:
    return _in_scope(facts, level) and facts.role in PROFESSIONAL_ROLES


def _adult_worried_about_child(facts: Facts, level: str) -> bool:
    """Parents, other adults and professionals can all call the NSPCC Helpline."""
    return _in_scope(facts, level)


def _parent(facts: Facts, level: str) -> bool:
    return _in_scope(facts, level) and facts.role == "parent"


def _harmful_behaviour(facts: Facts, level: str) -> bool:
    return _in_scope(facts, level) and bool(facts.repeated or facts.atypical_or_violent)


ROUTES: dict[str, Condition] = {
    "police_999": lambda f, _level: bool(f.immediate_risk),
    "samaritans": lambda f, _level: bool(f.immediate_risk),
    "shout": lambda f, _level: bool(f.immediate_risk),
    "police_101": lambda f, level: (
        level in ("out_of_scope", "referral", "emergency") or _abuse_or_grooming(f, level)
    ),
    "ceop": _abuse_or_grooming,
    "childrens_social_care": _needs_referral,
    "report_remove": _image_out_or_threatened,
    "iwf": _image_out_or_threatened,
    "take_it_down": _image_out_or_threatened,
    "childline": _in_scope,
    "marie_collins_foundation": _abuse_or_grooming,
    "stop_it_now": _harmful_behaviour,
    "posh": _professional,
    "nspcc_helpline": _adult_worried_about_child,
    "thinkuknow": _parent,
    "revenge_porn_helpline": lambda _f, level: level == "out_of_scope",
}


def signpost_ids_for(facts: Facts, level: str) -> tuple[str, ...]:
    """The signpost ids for this case, most urgent first."""
    return tuple(sid for sid in URGENCY_ORDER if ROUTES[sid](facts, level))


def signposts_for(facts: Facts, level: str) -> tuple[dict[str, str], ...]:
    """The contract's signpost objects ``{id, name, contact, audience}`` for this case."""
    return tuple(knowledge.signpost(sid) for sid in signpost_ids_for(facts, level))
