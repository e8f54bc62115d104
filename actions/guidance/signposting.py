"""Which services to offer for a case, most urgent first.

Routing follows the sources' own routes: immediate danger to 999 (and crisis lines, since the
contract's immediate risk includes suicide and self-harm); adult involvement, grooming,
coercion or extortion (including sextortion for money alone) to the police and CEOP; an image online or threatened to
the removal services; a child to Childline; professionals to POSH and the NSPCC Helpline;
parents to the NSPCC Helpline and Thinkuknow; harmful or repeated sexual behaviour to
Stop It Now; recovery after abuse to the Marie Collins Foundation; a referral to children's
social care. The entries themselves come from the signposting directory (``knowledge``).
"""

from __future__ import annotations

from collections.abc import Callable

from actions.guidance import knowledge
from actions.guidance.facts import Facts
from actions.guidance.steps import Decision

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

Condition = Callable[[Facts, Decision], bool]


def _in_scope(_facts: Facts, decision: Decision) -> bool:
    return decision.level != "out_of_scope"


def _needs_referral(_facts: Facts, decision: Decision) -> bool:
    return decision.level in ("emergency", "referral")


def _abuse_grooming_or_extortion(facts: Facts, decision: Decision) -> bool:
    """CEOP takes reports of online sexual abuse, grooming, threats and extortion; while it is
    not known whether an adult sent an adult's image to a child, offer it too."""
    if decision.adult_pictured_unsettled:
        return True
    return _in_scope(facts, decision) and bool(
        facts.adult_involved or facts.coercion or facts.profit_motive
    )


def _image_out_or_threatened(facts: Facts, decision: Decision) -> bool:
    """Online, threatened or made without consent: coercion and profit are how sextortion
    shows in the facts; a nudified or covert image of a child can be removed too."""
    return _in_scope(facts, decision) and bool(
        facts.online or facts.coercion or facts.profit_motive or facts.made_without_consent
    )


def _professional(facts: Facts, decision: Decision) -> bool:
    return _in_scope(facts, decision) and facts.role in PROFESSIONAL_ROLES


def _adult_worried_about_child(facts: Facts, decision: Decision) -> bool:
    """Parents, other adults and professionals can all call the NSPCC Helpline."""
    return _in_scope(facts, decision) or decision.adult_pictured_unsettled


def _child_support(facts: Facts, decision: Decision) -> bool:
    """Childline for every child in a case, including one an adult sent an image to."""
    return _in_scope(facts, decision) or decision.adult_pictured_unsettled


def _parent(facts: Facts, decision: Decision) -> bool:
    return _in_scope(facts, decision) and facts.role == "parent"


def _harmful_behaviour(facts: Facts, decision: Decision) -> bool:
    return _in_scope(facts, decision) and bool(
        facts.repeated or facts.atypical_or_violent or facts.made_without_consent
    )


def _police_101(facts: Facts, decision: Decision) -> bool:
    return decision.level in (
        "out_of_scope",
        "referral",
        "emergency",
    ) or _abuse_grooming_or_extortion(facts, decision)


ROUTES: dict[str, Condition] = {
    "police_999": lambda f, _d: bool(f.immediate_risk),
    "samaritans": lambda f, _d: bool(f.immediate_risk),
    "shout": lambda f, _d: bool(f.immediate_risk),
    "police_101": _police_101,
    "ceop": _abuse_grooming_or_extortion,
    "childrens_social_care": _needs_referral,
    "report_remove": _image_out_or_threatened,
    "iwf": _image_out_or_threatened,
    "take_it_down": _image_out_or_threatened,
    "childline": _child_support,
    "marie_collins_foundation": _abuse_grooming_or_extortion,
    "stop_it_now": _harmful_behaviour,
    "posh": _professional,
    "nspcc_helpline": _adult_worried_about_child,
    "thinkuknow": _parent,
    "revenge_porn_helpline": lambda _f, d: (
        d.level == "out_of_scope" and not d.adult_pictured_unsettled
    ),
}


def signpost_ids_for(facts: Facts, decision: Decision) -> tuple[str, ...]:
    """The signpost ids for this case, most urgent first."""
    return tuple(sid for sid in URGENCY_ORDER if ROUTES[sid](facts, decision))


def signposts_for(facts: Facts, decision: Decision) -> tuple[dict[str, str], ...]:
    """The contract's signpost objects ``{id, name, contact, audience}`` for this case."""
    return tuple(knowledge.signpost(sid) for sid in signpost_ids_for(facts, decision))
