"""Rules as code: one small named rule per factor, each beside the guidance it encodes.

In the style of Catala and OpenFisca, every rule says each thing once:

- its **label** (a short title) and its **citation** (a source id from ``data/sources.yml``
  plus a section), in the ``@rule`` decorator;
- its **legal effect** as data: ``kind`` (below), ``bars_outcome_21`` and
  ``full_investigation``;
- the **guidance it implements**, paraphrased in the project's words, as its docstring,
  with a closing ``Not formalised:`` paragraph where a professional judges what the rule
  cannot;
- the **ages at which it changes its answer** (``ages``), from which the engine's probe ages
  are derived;
- the words an assessment gives for it (``when_true`` / ``when_false``, the factor's
  ``effect`` the user reads);
- and, as code, its test on the facts in three-valued logic: ``True`` (the factor is
  present), ``False`` (known to be absent) or ``None`` (not known yet). An unknown never
  counts as present or as absent, so an unknown can never lower the level (docs/API.md §2).

Kinds of rule:

- ``scope``: decides ``out_of_scope`` (nobody under 18 pictured); nothing else can.
- ``emergency``: raises the level to ``emergency``.
- ``referral``: a UKCIS immediate-referral trigger or a College of Policing aggravating
  factor; raises the level to ``referral``; most also bar Outcome 21.
- ``judgement``: information a professional must weigh; never changes the level or
  Outcome 21 by itself (e.g. an age gap, the age of criminal responsibility).

``docs/rules.md`` is generated from this module (``python -m actions.guidance rules-table``),
docstrings and notes included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from inspect import cleandoc
from typing import Literal

from actions.guidance.facts import ADULT_AGE, Facts
from actions.guidance.jurisdictions import DEFAULT_JURISDICTION, jurisdiction, jurisdictions

RuleKind = Literal["scope", "emergency", "referral", "judgement"]
Test = Callable[[Facts], "bool | None"]
Text = Callable[[Facts], str]
SourceChoice = Callable[[Facts], "tuple[str, str]"]
Ages = Callable[[], "tuple[int, ...]"]

#: Where a rule's docstring stops paraphrasing the guidance and says what it leaves to the
#: professional.
NOT_FORMALISED = "Not formalised:"

# SOA 2003 ss.5-8: a child under 13 cannot consent to sexual activity in law. The UKCIS
# fourth trigger (sexual acts and a child under 13) uses the same line.
UNDER_13 = 13


def law_jurisdiction(facts: Facts) -> str:
    """The jurisdiction whose law applies: as stated, else England (the default of docs/API.md §1)."""
    return facts.jurisdiction or DEFAULT_JURISDICTION


def age_of_criminal_responsibility(facts: Facts) -> int:
    """The age of criminal responsibility where the case is (data/jurisdictions.yml)."""
    return jurisdiction(facts.jurisdiction).age_of_criminal_responsibility


def outcome_21_exists(facts: Facts) -> bool:
    """Whether Outcome 21 is a crime outcome where the case is (England assumed if unstated)."""
    return jurisdiction(facts.jurisdiction).outcome_21_available


def criminal_responsibility_ages() -> tuple[int, ...]:
    """Each nation's age of criminal responsibility (data/jurisdictions.yml)."""
    return tuple(
        sorted({nation.age_of_criminal_responsibility for nation in jurisdictions().values()})
    )


@dataclass(frozen=True)
class Rule:
    """One factor of the guidance, with what it does and where it comes from.

    The guidance the rule implements is its test's docstring (:attr:`guidance`, and
    :attr:`not_formalised` for its closing ``Not formalised:`` paragraph). ``when_true`` /
    ``when_false`` render the factor's ``effect`` text for an assessment; ``when_false`` is
    ``None`` when a known absence is not worth a factor of its own (another rule on the same
    fact already explains it). ``full_investigation`` marks the four factors for which the
    College of Policing calls for a full criminal investigation (exploitation, coercion, a
    profit motive, adult perpetrators); no other factor may promise one. ``ages`` gives the
    ages at which the test's answer can change (the thresholds it compares an age with).
    """

    name: str
    label: str
    fact: str
    kind: RuleKind
    bars_outcome_21: bool
    source_id: str
    section: str
    test: Test
    when_true: Text
    when_false: Text | None
    source_for: SourceChoice | None = None
    full_investigation: bool = False
    ages: Ages = tuple

    def source(self, facts: Facts) -> tuple[str, str]:
        """The (source id, section) that makes this factor count for these facts."""
        if self.source_for is not None:
            return self.source_for(facts)
        return self.source_id, self.section

    def _docstring_parts(self) -> tuple[str, str]:
        text = cleandoc(self.test.__doc__ or "")
        guidance, _, notes = text.partition(NOT_FORMALISED)
        return guidance.strip(), notes.strip()

    @property
    def guidance(self) -> str:
        """The guidance the rule implements, in the project's words (its docstring, up to
        ``Not formalised:``), as paragraphs separated by a blank line."""
        return _paragraphs(self._docstring_parts()[0])

    @property
    def not_formalised(self) -> str:
        """What the rule leaves to the professional (its docstring's ``Not formalised:``
        paragraph), or ``""``."""
        return _paragraphs(self._docstring_parts()[1])


def _paragraphs(text: str) -> str:
    """Each paragraph on one line (docstring line breaks are not meaningful)."""
    return "\n\n".join(" ".join(part.split()) for part in text.split("\n\n") if part.strip())


_REGISTRY: list[Rule] = []


def _text(value: str | Text | None) -> Text | None:
    """Accept a fixed string or a function of the facts for a factor's text."""
    if value is None or callable(value):
        return value
    return lambda _facts: value


def rule(
    *,
    label: str,
    fact: str,
    kind: RuleKind,
    source: tuple[str, str],
    when_true: str | Text,
    when_false: str | Text | None = None,
    bars_outcome_21: bool = False,
    source_for: SourceChoice | None = None,
    full_investigation: bool = False,
    ages: tuple[int, ...] | Ages = (),
) -> Callable[[Test], Rule]:
    """Register a rule; the decorated function is its test on the facts, and the function's
    docstring the guidance it implements."""

    def register(test: Test) -> Rule:
        source_id, section = source
        when_true_text = _text(when_true)
        assert when_true_text is not None
        registered = Rule(
            name=test.__name__,
            label=label,
            fact=fact,
            kind=kind,
            bars_outcome_21=bars_outcome_21,
            source_id=source_id,
            section=section,
            test=test,
            when_true=when_true_text,
            when_false=_text(when_false),
            source_for=source_for,
            full_investigation=full_investigation,
            ages=ages if callable(ages) else lambda: tuple(ages),
        )
        _REGISTRY.append(registered)
        return registered

    return register


# ============================================================================ scope


@rule(
    label="A child is pictured",
    fact="pictured_age",
    ages=(ADULT_AGE,),
    kind="scope",
    source=("ukcis_overview", "What do we mean by sharing nudes and semi-nudes?"),
    when_true=lambda f: (
        f"The youngest person pictured was {f.pictured_age} when the image was made: under 18, "
        "so it is an image of a child in law, whatever anyone consented to."
    ),
    when_false=lambda f: (
        f"The youngest person pictured was {f.pictured_age} when the image was made: nobody "
        "under 18 is pictured, and no adult is known to have sent, shown or asked a child for "
        "it, so this is outside the children's guidance (adult intimate image abuse)."
    ),
)
def child_pictured(facts: Facts) -> bool | None:
    """UKCIS 2024, scope ("What do we mean by sharing nudes and semi-nudes?"): the advice
    covers under-18s creating, sharing or holding nudes and semi-nudes of under-18s. Whether
    an image is of a "child" depends on the age of the person pictured when it was made, not
    when it is found (PCA 1978; SOA 2003 s.45 raised the age to 18), whatever anyone
    consented to.
    """
    # Decides scope together with adult_image_to_child (below).
    if facts.pictured_age is None:
        return None
    return facts.pictured_age < ADULT_AGE


def _adult_image_child_text(facts: Facts) -> str:
    child = f" ({facts.other_age})" if facts.other_age is not None else ""
    return (
        f"An adult sent, showed or asked a child{child} for a sexual image (the person pictured "
        f"was {facts.pictured_age}): this is child sexual abuse, never out of scope; report it "
        "to the police urgently."
    )


@rule(
    label="An adult sent, showed or asked a child for a sexual image",
    fact="adult_involved",
    ages=(ADULT_AGE,),
    kind="scope",
    source=("ukcis_overview", "What do we mean by sharing nudes and semi-nudes?"),
    when_true=_adult_image_child_text,
)
def adult_image_to_child(facts: Facts) -> bool | None:
    """UKCIS overview ("What do we mean by sharing nudes and semi-nudes?"): the advice does
    not apply to adults sharing nudes or semi-nudes with under-18s; that is child sexual
    abuse and goes to the police as a matter of urgency. An adult sending a sexual image of
    themselves or anyone else to a child is an offence (SOA 2003 s.15A sexual communication
    with a child, s.12 causing a child to watch a sexual act, s.66A sending an image of
    genitals). Children passing adult images among themselves stay outside this guidance.
    """
    # Only for an adult pictured. Unknown while the other person's age, or whether an adult
    # did so, is not known (docs/API.md §2: provisionally out of scope, both asked); known
    # absent when the other person is an adult, or when no adult sent or showed it.
    if facts.pictured_age is None or facts.pictured_age < ADULT_AGE:
        return None
    if facts.other_age is None:
        return None
    if facts.other_age >= ADULT_AGE:
        return False
    return facts.adult_involved


# ============================================================================ emergency


@rule(
    label="Immediate risk of harm (UKCIS trigger 5)",
    fact="immediate_risk",
    kind="emergency",
    source=("ukcis_2024", "Initial review meeting"),
    when_true=(
        "A child is at immediate risk of harm: act now (999 / emergency services), then refer "
        "to police and/or children's social care."
    ),
    when_false="No child is known to be at immediate risk of harm; keep this under review.",
)
def immediate_risk_of_harm(facts: Facts) -> bool | None:
    """UKCIS 2024, immediate referral, fifth circumstance: a young person is at immediate risk
    of harm because of the sharing (for example presenting as suicidal or self-harming).
    Refer at once; call 999 when a child is in danger now.
    """
    return facts.immediate_risk


# ============================================================================ UKCIS triggers


@rule(
    label="An adult is involved (UKCIS trigger 1)",
    fact="adult_involved",
    ages=(ADULT_AGE,),
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_overview", "What do we mean by sharing nudes and semi-nudes?"),
    when_true=lambda f: (
        "An adult is involved"
        + (f" (the oldest other person is {f.other_age})" if f.other_age is not None else "")
        + ": this is child sexual abuse, outside the peer-sharing advice; report to the police "
        "urgently."
    ),
    when_false=lambda f: (
        "No adult is involved"
        + (f" (the oldest other person is {f.other_age})" if f.other_age is not None else "")
        + ": the case is within the peer-sharing scope of the schools' advice."
    ),
)
def adult_involvement(facts: Facts) -> bool | None:
    """UKCIS 2024, scope and first circumstance: any incident involving an adult (18+) asking
    for, receiving, sharing or holding a child's image is child sexual abuse and goes to the
    police as a matter of urgency; it is outside the peer-sharing advice. This includes a
    child who believed they were talking to a peer.
    """
    if adult_image_to_child.test(facts) is False:
        return False
    return facts.adult_involved


@rule(
    label="Coercion, blackmail or grooming (UKCIS trigger 2)",
    fact="coercion",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Initial review meeting"),
    when_true=(
        "There is pressure, threats, blackmail, deception or grooming: an immediate referral "
        "to police and/or children's social care."
    ),
    when_false="No pressure, threats, blackmail or grooming is known.",
)
def coercion_blackmail_or_grooming(facts: Facts) -> bool | None:
    """UKCIS 2024, second circumstance: reason to believe a young person has been coerced,
    blackmailed or groomed. Refer immediately.
    """
    return facts.coercion


@rule(
    label="Concern about capacity to consent (UKCIS trigger 2)",
    fact="capacity_concern",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Initial review meeting"),
    when_true=(
        "There is reason to doubt a child's capacity to consent (for example special "
        "educational needs or disability): an immediate referral."
    ),
    when_false="No concern about any child's capacity to consent is known.",
)
def capacity_to_consent(facts: Facts) -> bool | None:
    """UKCIS 2024, second circumstance (continued): concerns about a young person's capacity
    to consent, for example because of special educational needs.
    """
    return facts.capacity_concern


@rule(
    label="Acts atypical for developmental stage, or violent (UKCIS trigger 3)",
    fact="atypical_or_violent",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Initial review meeting"),
    when_true=(
        "The imagery suggests sexual acts unusual for the child's developmental stage, or "
        "violence: an immediate referral."
    ),
    when_false="Nothing suggests acts unusual for the child's developmental stage, or violence.",
)
def atypical_or_violent_acts(facts: Facts) -> bool | None:
    """UKCIS 2024, third circumstance: what is known about the imagery suggests sexual acts
    that are unusual for the young person's developmental stage, or that are violent.

    Not formalised: developmental norms. Whether sexual acts are unusual for a child's
    developmental stage is a professional judgement (for example with Brook's traffic light
    tool); the engine only takes the answer as the fact ``atypical_or_violent``.
    """
    return facts.atypical_or_violent


def _not_under_13_text(facts: Facts) -> str:
    """Why trigger 4 does not apply: no sexual acts, or nobody pictured under 13."""
    if facts.sexual_acts is False:
        return (
            "The imagery does not show sexual acts (only nudity or semi-nudity), so trigger 4 "
            "does not apply."
        )
    if facts.sexual_acts:
        return (
            f"The imagery shows sexual acts but the youngest child pictured was "
            f"{facts.pictured_age}, not under 13, so trigger 4 does not apply; whether the acts "
            "are unusual for their developmental stage (trigger 3) is still a judgement."
        )
    return (
        f"The youngest child pictured was {facts.pictured_age}, not under 13, so trigger 4 "
        "(sexual acts with a child under 13) does not apply."
    )


@rule(
    label="Sexual acts and a child under 13 pictured (UKCIS trigger 4)",
    fact="sexual_acts",
    ages=(UNDER_13,),
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Initial review meeting"),
    when_true=lambda f: (
        f"The imagery shows sexual acts and the youngest child pictured was {f.pictured_age}, "
        "under 13: an immediate referral."
    ),
    when_false=_not_under_13_text,
)
def sexual_acts_under_13(facts: Facts) -> bool | None:
    """UKCIS 2024, fourth circumstance: the imagery involves sexual acts and any child in it
    is under 13. Children under 13 cannot consent to sexual activity in law (SOA 2003
    ss.5-8).
    """
    # pictured_age is the youngest person pictured, so it decides "any child in it".
    if facts.sexual_acts is False:
        return False
    if facts.pictured_age is not None and facts.pictured_age >= UNDER_13:
        return False
    if facts.sexual_acts and facts.pictured_age is not None:
        return True
    return None


def _under_13_text(facts: Facts) -> str:
    younger, older = sorted((facts.pictured_age, facts.other_age))  # type: ignore[type-var]
    who = "pictured" if facts.pictured_age == younger else "who received or holds the image"
    return (
        f"A child under 13 is involved: the child {who} is {younger} and the other child is "
        f"{older}. A child under 13 cannot consent in law: refer to children's social care "
        "and the police; Outcome 21 is not appropriate."
    )


@rule(
    label="A child under 13 involved with another child (project judgement)",
    fact="other_age",
    ages=(UNDER_13, ADULT_AGE),
    kind="referral",
    bars_outcome_21=True,
    source=("soa_2003", "ss.5-8"),
    when_true=_under_13_text,
)
def child_under_13_with_another_child(facts: Facts) -> bool | None:
    """SOA 2003 ss.5-8: a child under 13 cannot consent to sexual activity in law. The issue
    is the same whether the younger child is pictured or is the one an older child sends
    their own image to (harmful sexual behaviour towards a child under 13).

    The project's judgement (no source gives an age gap as a number): ANY child under 13
    involved with another child is a referral. A gap threshold cannot be kept consistent
    with the monotonicity of docs/API.md §2 (a younger pictured child never lowers the
    level): once a 15-year-old sending his own image to a 12-year-old is a referral, a 13-,
    12- or 9-year-old pictured with the same 12-year-old must be one too, and so must every
    older child with a pictured child under 13. Over-escalating two 12-year-olds is the
    price of never under-escalating; for children of 13 and over the age gap stays a
    judgement (``age_or_power_imbalance``).
    """
    # Needs both ages; an adult on either side is the adult rules' case.
    pictured, other = facts.pictured_age, facts.other_age
    if pictured is not None and pictured >= ADULT_AGE:
        return False
    if other is not None and other >= ADULT_AGE:
        return False
    if pictured is None or other is None:
        return None
    return pictured < UNDER_13 or other < UNDER_13


# ============================================================================ CoP aggravating


@rule(
    label="Adult perpetrator (College of Policing aggravating factor)",
    fact="adult_involved",
    ages=(ADULT_AGE,),
    kind="referral",
    bars_outcome_21=True,
    full_investigation=True,
    source=("cop_guidance", "Deciding on an appropriate response to offences"),
    when_true=(
        "An adult as perpetrator calls for a full criminal investigation; the guidance supports "
        "Outcome 21 only for non-abusive sharing between children."
    ),
)
def adult_perpetrator(facts: Facts) -> bool | None:
    """College of Policing (current page): most offences involving sexual activity with
    children need a full criminal investigative response, for example where adults are
    perpetrators, because that is child sexual abuse.
    """
    return adult_involvement.test(facts)


@rule(
    label="Exploitation or coercion (College of Policing aggravating factor)",
    fact="coercion",
    kind="referral",
    bars_outcome_21=True,
    full_investigation=True,
    source=("cop_guidance", "Deciding on an appropriate response to offences"),
    when_true=(
        "Exploitation or coercion calls for a full criminal investigation; Outcome 21 is not "
        "supported."
    ),
)
def exploitation_or_coercion(facts: Facts) -> bool | None:
    """College of Policing (current page): exploitation and coercion are named with adult
    perpetrators as needing a full criminal investigative response. The NPCC's 2024 SGII
    recording guidance (reported, unpublished) calls grooming, coercion, deception or
    extortion by a peer or an adult "aggravated".
    """
    return facts.coercion


@rule(
    label="Profit motive (College of Policing aggravating factor)",
    fact="profit_motive",
    kind="referral",
    bars_outcome_21=True,
    full_investigation=True,
    source=("cop_guidance", "Deciding on an appropriate response to offences"),
    when_true=(
        "Money, gift cards or other gain were sought or made from the image: a profit motive "
        "calls for a full criminal investigation. The child pictured is a victim of "
        "exploitation or extortion, not an offender."
    ),
    when_false="No money or other gain is known to have been sought or made from the image.",
)
def profit_motive(facts: Facts) -> bool | None:
    """College of Policing (current page): a profit motive is named as needing a full criminal
    investigative response. Financially motivated sexual extortion is child sexual abuse
    (NCA).
    """
    return facts.profit_motive


@rule(
    label="Malicious intent (College of Policing aggravating factor)",
    fact="malicious",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Crime outcome codes including information on Outcome 21"),
    when_true=(
        "There is intent to harm, humiliate, bully or take revenge: malicious intent is an "
        "aggravating factor; refer, and the police decide how to investigate."
    ),
    when_false="No intent to harm, humiliate, bully or take revenge is known.",
)
def malicious_intent(facts: Facts) -> bool | None:
    """College of Policing 2016 briefing note, as summarised: malicious intent is an
    aggravating factor; Outcome 21 may be the most appropriate resolution only where there
    is no evidence of exploitation, grooming, profit motive, malicious intent or persistent
    behaviour.
    """
    return facts.malicious


@rule(
    label="Extensive sharing (College of Policing aggravating factor)",
    fact="widely_shared",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Crime outcome codes including information on Outcome 21"),
    when_true=(
        "The image was shared with many people or posted publicly: extensive sharing is an "
        "aggravating factor; refer, and the police decide how to investigate."
    ),
    when_false="The image is not known to have been shared widely or posted publicly.",
)
def extensive_sharing(facts: Facts) -> bool | None:
    """College of Policing 2016 briefing note, as summarised: "malicious intent, e.g. extensive
    sharing" is aggravating; the risk grows with every copy beyond the intended recipient.
    """
    return facts.widely_shared


@rule(
    label="Onward sharing without consent (aggravated incident)",
    fact="shared_without_consent",
    kind="referral",
    bars_outcome_21=True,
    source=("wolak_finkelhor_2011", "Summary"),
    when_true=(
        "The image was passed on beyond the intended recipient without the pictured child's "
        "agreement: an aggravated incident, not experimental sharing. The child pictured is a "
        "victim."
    ),
    when_false=(
        "The image is not known to have gone beyond the intended recipient without the "
        "pictured child's agreement."
    ),
)
def non_consensual_onward_sharing(facts: Facts) -> bool | None:
    """Wolak & Finkelhor (2011): an incident is "aggravated" when images are sent or shown
    without the knowledge, or against the will, of the minor pictured. The NPCC's 2024 SGII
    recording guidance (reported) limits "non-aggravated" to a child willingly sharing with
    another child.
    """
    return facts.shared_without_consent


@rule(
    label="Made without the pictured child's knowledge or agreement (aggravated incident)",
    fact="made_without_consent",
    kind="referral",
    bars_outcome_21=True,
    source=("wolak_finkelhor_2011", "Summary"),
    when_true=(
        "The image was taken, made or edited without the pictured child's knowledge or "
        "agreement (covert filming, upskirting, a nudified or deepfake image): an aggravated "
        "incident, not experimental sharing. Refer; the child pictured is a victim, and "
        "Outcome 21 is not appropriate for whoever made it."
    ),
    when_false="The pictured child is not known to have had the image made without their agreement.",
)
def made_without_agreement(facts: Facts) -> bool | None:
    """Wolak & Finkelhor (2011), Summary: incidents are "aggravated" when images are created,
    sent or shown without the knowledge, or against the will, of the minor pictured: covert
    filming, upskirting (SOA 2003 s.67A) and, by extension, a "nudified" or deepfake image
    of a real child (a pseudo-photograph, PCA 1978 s.7). This is not experimental sharing:
    the child pictured is a victim, and Outcome 21 is not appropriate for the child who made
    the image.
    """
    return facts.made_without_consent


@rule(
    label="Persistent or repeated behaviour (College of Policing aggravating factor)",
    fact="repeated",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Crime outcome codes including information on Outcome 21"),
    when_true=(
        "There is persistent behaviour or earlier similar incidents: Outcome 21 is not "
        "supported; consider diversion (Outcome 22) and a harmful sexual behaviour assessment."
    ),
    when_false="No persistent behaviour or earlier similar incident is known.",
)
def persistent_behaviour(facts: Facts) -> bool | None:
    """College of Policing guidance as quoted: Outcome 21 fits where there is no evidence of
    persistent behaviour. NPCC 2024 (reported) records "repeated SGII" separately. Outcome
    22 (diversion) and a harmful sexual behaviour assessment may fit repeated,
    non-exploitative behaviour.

    Not formalised: Outcome 22 or diversion for repeated behaviour is mentioned in the
    steps, never decided.
    """
    return facts.repeated


@rule(
    label="Violence (College of Policing aggravating factor)",
    fact="atypical_or_violent",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Crime outcome codes including information on Outcome 21"),
    when_true=(
        "Violence, or acts unusual for the child's stage, are aggravating: refer, and the "
        "police decide how to investigate; Outcome 21 is not supported."
    ),
)
def violence(facts: Facts) -> bool | None:
    """College of Policing 2016 briefing note, as summarised (secondary only): the presence of
    violence is an aggravating factor. The contract's fact joins violence with atypical
    acts.
    """
    return facts.atypical_or_violent


# ============================================================================ judgement


def _acr_source(facts: Facts) -> tuple[str, str]:
    """Cite the age of criminal responsibility of the jurisdiction whose law applies."""
    entry = jurisdiction(facts.jurisdiction).raw["age_of_criminal_responsibility"]["source"]
    return entry["id"], entry["section"]


def _under_acr(facts: Facts) -> list[str]:
    """Describe the children known to be under the age of criminal responsibility."""
    acr = age_of_criminal_responsibility(facts)
    people = []
    if facts.pictured_age is not None and facts.pictured_age < acr:
        people.append(f"the child pictured ({facts.pictured_age})")
    if facts.other_age is not None and facts.other_age < acr:
        people.append(f"the other child ({facts.other_age})")
    return people


def _under_acr_text(facts: Facts) -> str:
    nation = jurisdiction(facts.jurisdiction)
    return (
        f"{' and '.join(_under_acr(facts)).capitalize()}: under the age of criminal "
        f"responsibility ({nation.age_of_criminal_responsibility} in {nation.name}), so never a "
        "suspect; the response to them is safeguarding, not criminal justice."
    )


@rule(
    label="Age of criminal responsibility",
    fact="pictured_age",
    ages=criminal_responsibility_ages,
    kind="judgement",
    source=("cypa_1933", "s.50"),
    source_for=_acr_source,
    when_true=_under_acr_text,
)
def under_age_of_criminal_responsibility(facts: Facts) -> bool | None:
    """The age of criminal responsibility, per nation (data/jurisdictions.yml): 10 in England
    and Wales (CYPA 1933 s.50; CPS, "Children as suspects and defendants": a child under 10
    cannot be guilty of an offence) and Northern Ireland (Criminal Justice (Children) (NI)
    Order 1998 art.3), 12 in Scotland (Age of Criminal Responsibility (Scotland) Act 2019
    s.1). A child under that age commits no offence and is never a suspect.
    """
    return True if _under_acr(facts) else None


@rule(
    label="Age or power imbalance (judgement)",
    fact="other_age",
    ages=(ADULT_AGE,),
    kind="judgement",
    source=("ukcis_2024", "Risk assessing situations"),
    when_true=lambda f: (
        f"The child pictured was {f.pictured_age} and the oldest other child is {f.other_age}: "
        "weigh any age or power imbalance (a professional judgement; not an automatic bar)."
    ),
)
def age_or_power_imbalance(facts: Facts) -> bool | None:
    """UKCIS 2024, risk assessment: consider the ages of the children and any age or power
    imbalance.

    Not formalised: age or power imbalance among children of 13 and over. This is a prompt
    for professional judgement when both ages are known, not an automatic bar: no College
    of Policing text read makes an age gap an aggravating factor by itself (what was read of
    ``cop_2016`` and ``cop_guidance`` is in docs/SOURCES.md; the imbalance prompt is UKCIS
    risk assessment, ``ukcis_2024``).
    For children under 13 the project's judgement is a referral whatever the gap
    (``child_under_13_with_another_child``).
    """
    if facts.pictured_age is None or facts.other_age is None:
        return None
    return facts.pictured_age < ADULT_AGE and facts.other_age < ADULT_AGE


@rule(
    label="Fake, edited or AI-generated image",
    fact="ai_generated",
    kind="judgement",
    source=("pca_1978", "s.7"),
    when_true=(
        "The image is fake, edited or made with AI: in law it is a pseudo-photograph and is "
        "treated like a real image of a child; this does not lower the level."
    ),
)
def pseudo_photograph(facts: Facts) -> bool | None:
    """Protection of Children Act 1978 s.7: a pseudo-photograph (an image made by computer or
    otherwise that appears to be a photograph) counts as a photograph; AI-made, edited and
    "nudified" images of children are treated like real ones.
    """
    return facts.ai_generated or None


@rule(
    label="Image online (removal)",
    fact="online",
    kind="judgement",
    source=("nspcc_report_remove", "Using the Report Remove tool"),
    when_true=(
        "The image is on a website, platform or service: help the child get it removed "
        "(Report Remove, the IWF, Take It Down)."
    ),
)
def image_online(facts: Facts) -> bool | None:
    """UKCIS 2024, reporting routes: when an image is online, help the child use Report Remove
    and report to the platform; the IWF removes child sexual abuse material from the
    internet.
    """
    return facts.online or None


def _jurisdiction_text(facts: Facts) -> str:
    """Which law applies, and whether Outcome 21 exists there (data/jurisdictions.yml)."""
    nation = jurisdiction(facts.jurisdiction)
    if facts.jurisdiction is None:
        return (
            f"The jurisdiction is not stated, so the law of {nation.name} is assumed: "
            f"{nation.outcome_21.text} The answer differs in Scotland and Northern Ireland."
        )
    return f"{nation.law.text} {nation.outcome_21.text}"


def _jurisdiction_source(facts: Facts) -> tuple[str, str]:
    nation = jurisdiction(facts.jurisdiction)
    return nation.law.source_id, nation.law.section


@rule(
    label="Jurisdiction (law and Outcome 21)",
    fact="jurisdiction",
    kind="judgement",
    source=("pca_1978", "s.1"),
    source_for=_jurisdiction_source,
    when_true=_jurisdiction_text,
)
def jurisdiction_law(facts: Facts) -> bool | None:
    """docs/API.md §1: jurisdiction defaults to England only when the user does not say. Each
    nation's law and whether Outcome 21 exists come from data/jurisdictions.yml: the Home
    Office crime outcomes (Outcome 21) apply in England and Wales; Scotland (CG(S)A 1982)
    and Northern Ireland (PoC(NI)O 1978, PSNI practice) have their own law and no Outcome
    21.

    Not formalised: the relationship exceptions for 16- and 17-year-olds (PCA 1978 s.1A and
    CJA 1988 s.160A; CG(S)A 1982 s.52B; the Northern Ireland equivalents) are mentioned in
    the steps, never decided.
    """
    return True


RULES: tuple[Rule, ...] = tuple(_REGISTRY)


def age_thresholds() -> tuple[int, ...]:
    """Every age at which some rule changes its answer, from the rules' own ``ages`` (18,
    13 and each nation's age of criminal responsibility today). The engine's probe ages are
    derived from these, so an open question is never missed when a threshold changes."""
    return tuple(sorted({age for rule in RULES for age in rule.ages()}))


SCOPE_RULE = child_pictured
ADULT_TO_CHILD_RULE = adult_image_to_child
EMERGENCY_RULES = tuple(r for r in RULES if r.kind == "emergency")
REFERRAL_RULES = tuple(r for r in RULES if r.kind == "referral")
FULL_INVESTIGATION_RULES = tuple(r for r in RULES if r.full_investigation)
OUTCOME_21_BARS = tuple(r for r in RULES if r.bars_outcome_21)
JUDGEMENT_RULES = tuple(r for r in RULES if r.kind == "judgement")


# ============================================================================ who is the victim

#: Facts that make the pictured child a victim: coerced, groomed or sextorted; an adult
#: involved; the image made or passed on without their agreement; used for gain, or to hurt
#: them; or a child whose capacity to consent is in doubt (``pictured_child``, docs/API.md §2).
VICTIM_FACTS: tuple[str, ...] = (
    "coercion",
    "adult_involved",
    "made_without_consent",
    "shared_without_consent",
    "profit_motive",
    "malicious",
    "capacity_concern",
)
PICTURED_CHILD_VALUES = (
    "victim",
    "involved",
    "below_criminal_responsibility",
    "undetermined",
    "not_applicable",
)


def _younger_than_other_under_13(facts: Facts) -> bool | None:
    """A pictured child under 13 with an older other child cannot have consented."""
    if facts.pictured_age is None or facts.other_age is None:
        return None
    return facts.pictured_age < UNDER_13 and facts.other_age > facts.pictured_age


# Published cases (project research notes, not in this repo) include a groomed 12-year-old warned she could get a
# criminal record and a coerced 13-year-old disciplined for breaking ICT rules. NPCC (2024, as
# reported) records children in non-aggravated cases as a "person involved"; the CPS and the
# College of Policing treat coercion, exploitation and adult involvement as child sexual
# abuse. So the assessment says who is the victim, and a victim is never treated as a suspect.
def pictured_child_status(facts: Facts) -> str:
    """How the guidance sees the child pictured (``pictured_child``, docs/API.md §2).

    ``victim`` takes precedence (a groomed 9-year-old is a victim), then
    ``below_criminal_responsibility``, then ``involved`` (made and shared their own image by
    choice: every victim fact known false); ``undetermined`` while a victim fact is unknown;
    ``not_applicable`` when no child is pictured.
    """
    if facts.pictured_age is not None and facts.pictured_age >= ADULT_AGE:
        return "not_applicable"
    values = [getattr(facts, key) for key in VICTIM_FACTS]
    under_13 = _younger_than_other_under_13(facts)
    if any(value is True for value in values) or under_13 is True:
        return "victim"
    acr = age_of_criminal_responsibility(facts)
    if facts.pictured_age is not None and facts.pictured_age < acr:
        return "below_criminal_responsibility"
    if all(value is False for value in values) and under_13 is False:
        return "involved"
    return "undetermined"


# ============================================================================ police response


def possible_suspect_over_acr(facts: Facts) -> bool:
    """Whether someone who could be prosecuted may be responsible: an adult, or another
    person not known to be under the age of criminal responsibility."""
    if facts.adult_involved:
        return True
    return facts.other_age is None or facts.other_age >= age_of_criminal_responsibility(facts)


# College of Policing ("Deciding on an appropriate response to offences"): most offences
# involving sexual activity with children need a full criminal investigative response, for
# example where there is exploitation, coercion, a profit motive or adults as perpetrators.
# Other aggravating factors mean a referral, after which the police decide how to
# investigate: the assistant never promises a full investigation for them, and never for
# children under the age of criminal responsibility.
def full_investigation_called_for(facts: Facts) -> bool:
    """True only when one of the College of Policing's four factors (exploitation, coercion,
    a profit motive, an adult perpetrator) is known present and the person responsible may
    be old enough to be prosecuted."""
    if not any(rule.test(facts) is True for rule in FULL_INVESTIGATION_RULES):
        return False
    return possible_suspect_over_acr(facts)


def no_child_can_have_offended(facts: Facts) -> bool:
    """Every child involved is known to be under the age of criminal responsibility and no
    adult is involved: nobody can be a suspect, so Outcome 21 has nothing to resolve."""
    acr = age_of_criminal_responsibility(facts)
    return (
        facts.pictured_age is not None
        and facts.pictured_age < acr
        and facts.other_age is not None
        and facts.other_age < acr
        and not facts.adult_involved
    )


#: The UKCIS immediate-referral triggers (the "five questions"), as rules: the DSL may
#: consider handling a case (and deleting images) in school only when all are known absent.
def ukcis_trigger_rules() -> tuple[Rule, ...]:
    """The five UKCIS triggers, in the guidance's order (adult; coercion or capacity;
    atypical or violent acts; sexual acts with a child under 13; immediate risk)."""
    return (
        adult_involvement,
        coercion_blackmail_or_grooming,
        capacity_to_consent,
        atypical_or_violent_acts,
        sexual_acts_under_13,
        immediate_risk_of_harm,
    )


def triggers_known_absent(facts: Facts) -> bool:
    """Whether every UKCIS immediate-referral trigger is known not to apply."""
    return all(rule.test(facts) is False for rule in ukcis_trigger_rules())
