"""A :class:`Mention`: one age or school year said of someone in a narrative.

The package reads "whose age is it?" in passes over a list of mentions (see
``actions.narrative.ages``); every pass reads and returns these frozen records, so the
record and the two words it is built on (``Person``, ``Sex``) sit here, below all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Person = Literal["pictured", "other", "both", "skip"] | None
Sex = Literal["female", "male"]

_I = re.I


@dataclass(frozen=True)
class Mention:
    """An age range said of someone; ``exact`` is False for a school year."""

    low: int
    high: int
    start: int
    exact: bool
    person: Person = None
    #: Decided only by a partner noun, a deed, or not at all: the sexes may override it.
    weak: bool = True
    #: Said with "now": a later age, not the age when the image was made.
    later: bool = False
    sex: Sex | None = None
    #: Decided by what the person did next ("sent a nude of herself").
    deed: bool = False
    #: A school year said of a person whose age in years is also given.
    covered: bool = False
    #: The words said ("14 year old", "year 9"), to name the person in a question.
    said: str = ""
    #: A claimed age under 13, kept only as the pictured child's (``_claim_kept_for_safety``).
    claimed: bool = False


def _same_side(one: Mention, two: Mention) -> bool:
    """Not said to be on different sides (a side not yet known fits either)."""
    return one.person is None or two.person is None or one.person == two.person


def _said(mention: Mention) -> str:
    return re.sub(r"\s+", "", mention.said.lower())


def _prefer_exact(found: list[Mention]) -> list[Mention]:
    """An age in years beats a school year for the same person (``Mention.covered``)."""
    return [m for m in found if m.exact or not m.covered]
