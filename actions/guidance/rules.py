"""Rules as code: one small named rule per factor, each beside the guidance it encodes.

In the style of OpenFisca and Catala, every rule carries a label, a docstring that states
its legal effect, and its citation (a source id from ``data/sources.yml`` plus a section),
and the guidance paragraph it paraphrases sits in the comment above it. A rule is a test
on the facts in three-valued logic: ``True`` (the factor is present), ``False`` (known to
be absent) or ``None`` (not known yet). An unknown never counts as present or as absent,
so an unknown can never lower the level (CONTRACT §2).

Kinds of rule:

- ``scope``: decides ``out_of_scope`` (nobody under 18 pictured); nothing else can.
- ``emergency``: raises the level to ``emergency``.
- ``referral``: a UKCIS immediate-referral trigger or a College of Policing aggravating
  factor; raises the level to ``referral``; most also bar Outcome 21.
- ``judgement``: information a professional must weigh; never changes the level or
  Outcome 21 by itself (e.g. an age gap, the age of criminal responsibility).

``docs/rules.md`` is generated from this module (``python -m actions.guidance rules-table``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from actions.guidance.facts import ADULT_AGE, Facts

RuleKind = Literal["scope", "emergency", "referral", "judgement"]
Test = Callable[[Facts], "bool | None"]
Text = Callable[[Facts], str]
SourceChoice = Callable[[Facts], "tuple[str, str]"]

UNDER_13 = 13
# Age of criminal responsibility: 10 in England, Wales and Northern Ireland (CYPA 1933 s.50),
# 12 in Scotland (Age of Criminal Responsibility (Scotland) Act 2019).
AGE_OF_CRIMINAL_RESPONSIBILITY = {
    "england": 10,
    "wales": 10,
    "northern_ireland": 10,
    "scotland": 12,
}
DEFAULT_JURISDICTION = "england"
OUTCOME_21_JURISDICTIONS = ("england", "wales")


def law_jurisdiction(facts: Facts) -> str:
    """The jurisdiction whose law applies: as stated, else England (CONTRACT §1 default)."""
    return facts.jurisdiction or DEFAULT_JURISDICTION


@dataclass(frozen=True)
class Rule:
    """One factor of the guidance, with what it does and where it comes from.

    ``when_true`` / ``when_false`` render the factor's ``effect`` text for an assessment;
    ``when_false`` is ``None`` when a known absence is not worth a factor of its own
    (another rule on the same fact already explains it).
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

    def source(self, facts: Facts) -> tuple[str, str]:
        """The (source id, section) that makes this factor count for these facts."""
        if self.source_for is not None:
            return self.source_for(facts)
        return self.source_id, self.section

    @property
    def doc(self) -> str:
        """The rule's docstring: its legal effect in the project's words."""
        return " ".join((self.test.__doc__ or "").split())


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
) -> Callable[[Test], Rule]:
    """Register a rule; the decorated function is its test on the facts."""

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
        )
        _REGISTRY.append(registered)
        return registered

    return register


# ============================================================================ scope


# UKCIS 2024, scope: the advice covers under-18s creating, sharing or holding nudes and
# semi-nudes of under-18s. Whether an image is of a "child" depends on the age of the person
# pictured when it was made, not when it is found (PCA 1978; SOA 2003 s.45 raised the age to
# 18). An adult's own intimate image is intimate image abuse, outside this guidance.
@rule(
    label="A child is pictured",
    fact="pictured_age",
    kind="scope",
    source=("ukcis_2024", "Definition and scope"),
    when_true=lambda f: (
        f"The youngest person pictured was {f.pictured_age} when the image was made: under 18, "
        "so it is an image of a child in law, whatever anyone consented to."
    ),
    when_false=lambda f: (
        f"The youngest person pictured was {f.pictured_age} when the image was made: nobody "
        "under 18 is pictured, so this is outside the children's guidance (adult intimate "
        "image abuse)."
    ),
)
def child_pictured(facts: Facts) -> bool | None:
    """Decides scope. Out of scope only when the youngest person pictured is known to have been
    18 or over when the image was made; an image of anyone under 18 then is an image of a child,
    whatever their age now and whatever anyone consented to.
    """
    if facts.pictured_age is None:
        return None
    return facts.pictured_age < ADULT_AGE


# ============================================================================ emergency


# UKCIS 2024, immediate referral, fifth circumstance: a young person is at immediate risk of
# harm because of the sharing (for example presenting as suicidal or self-harming). Refer at
# once; call 999 when a child is in danger now.
@rule(
    label="Immediate risk of harm (UKCIS trigger 5)",
    fact="immediate_risk",
    kind="emergency",
    source=("ukcis_2024", "Immediate referral to police and/or children's social care"),
    when_true=(
        "A child is at immediate risk of harm: act now (999 / emergency services), then refer "
        "to police and/or children's social care."
    ),
    when_false="No child is known to be at immediate risk of harm; keep this under review.",
)
def immediate_risk_of_harm(facts: Facts) -> bool | None:
    """Raises the level to emergency: call 999 when a child is in danger now, then refer at once
    to police and/or children's social care. Does not decide Outcome 21, which is about
    resolving the offence, not about safeguarding now.
    """
    return facts.immediate_risk


# ============================================================================ UKCIS triggers


# UKCIS 2024, scope and first circumstance: any incident involving an adult (18+) asking for,
# receiving, sharing or holding a child's image is child sexual abuse and goes to the police
# as a matter of urgency; it is outside the peer-sharing advice. This includes a child who
# believed they were talking to a peer.
@rule(
    label="An adult is involved (UKCIS trigger 1)",
    fact="adult_involved",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_overview", "Adult-involved incidents"),
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
    """Raises the level to referral and bars Outcome 21: an adult asking for, receiving, sharing
    or holding a child's image is child sexual abuse, reported to the police urgently.
    """
    return facts.adult_involved


# UKCIS 2024, second circumstance: reason to believe a young person has been coerced,
# blackmailed or groomed. Refer immediately.
@rule(
    label="Coercion, blackmail or grooming (UKCIS trigger 2)",
    fact="coercion",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Immediate referral to police and/or children's social care"),
    when_true=(
        "There is pressure, threats, blackmail, deception or grooming: an immediate referral "
        "to police and/or children's social care."
    ),
    when_false="No pressure, threats, blackmail or grooming is known.",
)
def coercion_blackmail_or_grooming(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: coercion, blackmail or grooming means
    an immediate referral to police and/or children's social care.
    """
    return facts.coercion


# UKCIS 2024, second circumstance (continued): concerns about a young person's capacity to
# consent, for example because of special educational needs.
@rule(
    label="Concern about capacity to consent (UKCIS trigger 2)",
    fact="capacity_concern",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Immediate referral to police and/or children's social care"),
    when_true=(
        "There is reason to doubt a child's capacity to consent (for example special "
        "educational needs or disability): an immediate referral."
    ),
    when_false="No concern about any child's capacity to consent is known.",
)
def capacity_to_consent(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: a concern about a child's capacity to
    consent (e.g. special educational needs) means an immediate referral.
    """
    return facts.capacity_concern


# UKCIS 2024, third circumstance: what is known about the imagery suggests sexual acts that
# are unusual for the young person's developmental stage, or that are violent. Whether an act
# is unusual for the stage is a professional judgement (e.g. Brook's traffic light tool).
@rule(
    label="Acts atypical for developmental stage, or violent (UKCIS trigger 3)",
    fact="atypical_or_violent",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Immediate referral to police and/or children's social care"),
    when_true=(
        "The imagery suggests sexual acts unusual for the child's developmental stage, or "
        "violence: an immediate referral."
    ),
    when_false="Nothing suggests acts unusual for the child's developmental stage, or violence.",
)
def atypical_or_violent_acts(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: sexual acts unusual for the child's
    developmental stage, or violent, mean an immediate referral.
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


# UKCIS 2024, fourth circumstance: the imagery involves sexual acts and any child in it is
# under 13. Children under 13 cannot consent to sexual activity in law (SOA 2003 ss.5-8).
# pictured_age is the youngest person pictured, so it decides "any child in it".
@rule(
    label="Sexual acts and a child under 13 pictured (UKCIS trigger 4)",
    fact="sexual_acts",
    kind="referral",
    bars_outcome_21=True,
    source=("ukcis_2024", "Immediate referral to police and/or children's social care"),
    when_true=lambda f: (
        f"The imagery shows sexual acts and the youngest child pictured was {f.pictured_age}, "
        "under 13: an immediate referral."
    ),
    when_false=_not_under_13_text,
)
def sexual_acts_under_13(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: imagery of sexual acts in which any
    child pictured is under 13 means an immediate referral.
    """
    if facts.sexual_acts is False:
        return False
    if facts.pictured_age is not None and facts.pictured_age >= UNDER_13:
        return False
    if facts.sexual_acts and facts.pictured_age is not None:
        return True
    return None


# ============================================================================ CoP aggravating


# College of Policing (current page): most offences involving sexual activity with children
# need a full criminal investigative response, for example where adults are perpetrators,
# because that is child sexual abuse.
@rule(
    label="Adult perpetrator (College of Policing aggravating factor)",
    fact="adult_involved",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_guidance", "Responding to the taking or sharing of images"),
    when_true=(
        "An adult as perpetrator calls for a full criminal investigation; the guidance supports "
        "Outcome 21 only for non-abusive sharing between children."
    ),
)
def adult_perpetrator(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: an adult perpetrator calls for a full
    criminal investigation (child sexual abuse), not a first-responder resolution.
    """
    return facts.adult_involved


# College of Policing (current page): exploitation and coercion are named with adult
# perpetrators as needing a full criminal investigative response. The NPCC's 2024 SGII
# recording guidance (reported, unpublished) calls grooming, coercion, deception or extortion
# by a peer or an adult "aggravated".
@rule(
    label="Exploitation or coercion (College of Policing aggravating factor)",
    fact="coercion",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_guidance", "Responding to the taking or sharing of images"),
    when_true=(
        "Exploitation or coercion calls for a full criminal investigation; Outcome 21 is not "
        "supported."
    ),
)
def exploitation_or_coercion(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: exploitation or coercion calls for a
    full criminal investigation.
    """
    return facts.coercion


# College of Policing (current page): a profit motive is named as needing a full criminal
# investigative response. Financially motivated sexual extortion is child sexual abuse (NCA).
@rule(
    label="Profit motive (College of Policing aggravating factor)",
    fact="profit_motive",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_guidance", "Responding to the taking or sharing of images"),
    when_true=(
        "Money, gift cards or other gain were sought or made from the image: a profit motive "
        "calls for a full criminal investigation."
    ),
    when_false="No money or other gain is known to have been sought or made from the image.",
)
def profit_motive(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: a profit motive (money, gift cards or
    other gain, as in sextortion) calls for a full criminal investigation.
    """
    return facts.profit_motive


# College of Policing 2016 briefing note, as summarised: malicious intent is an aggravating
# factor; Outcome 21 may be the most appropriate resolution only where there is no evidence
# of exploitation, grooming, profit motive, malicious intent or persistent behaviour.
@rule(
    label="Malicious intent (College of Policing aggravating factor)",
    fact="malicious",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Aggravating factors"),
    when_true=(
        "There is intent to harm, humiliate, bully or take revenge: malicious intent is an "
        "aggravating factor."
    ),
    when_false="No intent to harm, humiliate, bully or take revenge is known.",
)
def malicious_intent(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: intent to harm, humiliate, bully or
    take revenge is an aggravating factor.
    """
    return facts.malicious


# College of Policing 2016 briefing note, as summarised: "malicious intent, e.g. extensive
# sharing" is aggravating; the risk grows with every copy beyond the intended recipient.
@rule(
    label="Extensive sharing (College of Policing aggravating factor)",
    fact="widely_shared",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Aggravating factors"),
    when_true=(
        "The image was shared with many people or posted publicly: extensive sharing is an "
        "aggravating factor."
    ),
    when_false="The image is not known to have been shared widely or posted publicly.",
)
def extensive_sharing(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: sharing with many people or posting
    publicly is an aggravating factor (given as an example of malicious intent).
    """
    return facts.widely_shared


# Wolak & Finkelhor (2011): an incident is "aggravated" when images are sent or shown without
# the knowledge, or against the will, of the minor pictured. The NPCC's 2024 SGII recording
# guidance (reported) limits "non-aggravated" to a child willingly sharing with another child.
@rule(
    label="Onward sharing without consent (aggravated incident)",
    fact="shared_without_consent",
    kind="referral",
    bars_outcome_21=True,
    source=("wolak_finkelhor_2011", "Aggravated incidents"),
    when_true=(
        "The image was passed on beyond the intended recipient without the pictured child's "
        "agreement: an aggravated incident, not experimental sharing."
    ),
    when_false=(
        "The image is not known to have gone beyond the intended recipient without the "
        "pictured child's agreement."
    ),
)
def non_consensual_onward_sharing(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: passing an image on without the
    pictured child's agreement makes the incident aggravated, not experimental.
    """
    return facts.shared_without_consent


# College of Policing guidance as quoted: Outcome 21 fits where there is no evidence of
# persistent behaviour. NPCC 2024 (reported) records "repeated SGII" separately. Outcome 22
# (diversion) and a harmful sexual behaviour assessment may fit repeated, non-exploitative
# behaviour.
@rule(
    label="Persistent or repeated behaviour (College of Policing aggravating factor)",
    fact="repeated",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "When Outcome 21 may be appropriate"),
    when_true=(
        "There is persistent behaviour or earlier similar incidents: Outcome 21 is not "
        "supported; consider diversion (Outcome 22) and a harmful sexual behaviour assessment."
    ),
    when_false="No persistent behaviour or earlier similar incident is known.",
)
def persistent_behaviour(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: persistent behaviour or earlier similar
    incidents; Outcome 22 (diversion) and a harmful sexual behaviour assessment may fit.
    """
    return facts.repeated


# College of Policing 2016 briefing note, as summarised (secondary only): the presence of
# violence is an aggravating factor. The contract's fact joins violence with atypical acts.
@rule(
    label="Violence (College of Policing aggravating factor)",
    fact="atypical_or_violent",
    kind="referral",
    bars_outcome_21=True,
    source=("cop_2016", "Aggravating factors"),
    when_true=(
        "Violence, or acts unusual for the child's stage, point to a full investigation; "
        "Outcome 21 is not supported."
    ),
)
def violence(facts: Facts) -> bool | None:
    """Raises the level to referral and bars Outcome 21: the presence of violence calls for a
    full criminal investigation.
    """
    return facts.atypical_or_violent


# ============================================================================ judgement

# Sources for rule citations that depend on the jurisdiction (law branch).
_JURISDICTION_SOURCES: dict[str | None, tuple[str, str]] = {
    None: ("hocr", "Outcome 21"),
    "england": ("hocr", "Outcome 21"),
    "wales": ("welsh_gov_2024", "Sharing nudes and semi-nudes: responding to incidents"),
    "scotland": ("cgsa_1982", "s.52"),
    "northern_ireland": ("sbni_hub", "Image sharing - the law"),
}
_ACR_SOURCES: dict[str, tuple[str, str]] = {
    "england": ("cypa_1933", "s.50"),
    "wales": ("cypa_1933", "s.50"),
    "scotland": ("arc_scotland_2019", "s.1"),
    "northern_ireland": ("cjc_ni_1998", "art.3"),
}


def _acr_source(facts: Facts) -> tuple[str, str]:
    """Cite the age of criminal responsibility of the jurisdiction whose law applies."""
    return _ACR_SOURCES[law_jurisdiction(facts)]


def _under_acr(facts: Facts) -> list[str]:
    """Describe the children known to be under the age of criminal responsibility."""
    acr = AGE_OF_CRIMINAL_RESPONSIBILITY[law_jurisdiction(facts)]
    people = []
    if facts.pictured_age is not None and facts.pictured_age < acr:
        people.append(f"the child pictured ({facts.pictured_age})")
    if facts.other_age is not None and facts.other_age < acr:
        people.append(f"the other child ({facts.other_age})")
    return people


# CYPA 1933 s.50 (England and Wales: 10); Criminal Justice (Children) (NI) Order 1998 art.3
# (Northern Ireland: 10); Age of Criminal Responsibility (Scotland) Act 2019 (Scotland: 12). A child under that age commits no offence and is
# never a suspect: the response to them is safeguarding only.
@rule(
    label="Age of criminal responsibility",
    fact="pictured_age",
    kind="judgement",
    source=("cypa_1933", "s.50"),
    source_for=_acr_source,
    when_true=lambda f: (
        f"{' and '.join(_under_acr(f)).capitalize()}: under the age of criminal responsibility "
        f"({AGE_OF_CRIMINAL_RESPONSIBILITY[law_jurisdiction(f)]} in "
        f"{law_jurisdiction(f).replace('_', ' ').title()}), so not a suspect; safeguarding only "
        "for them."
    ),
)
def under_age_of_criminal_responsibility(facts: Facts) -> bool | None:
    """Prompt only: a child under 10 (England, Wales, Northern Ireland) or 12 (Scotland) commits
    no offence and is never a suspect; the response to them is safeguarding. Changes neither
    the level nor Outcome 21, which concern the older children involved.
    """
    return True if _under_acr(facts) else None


# UKCIS 2024, risk assessment: consider the ages of the children and any age or power
# imbalance. This is a prompt for professional judgement, not an automatic bar: no College of
# Policing text read makes an age gap an aggravating factor by itself (GUIDANCE §9.7).
@rule(
    label="Age or power imbalance (judgement)",
    fact="other_age",
    kind="judgement",
    source=("ukcis_2024", "Risk assessment"),
    when_true=lambda f: (
        f"The child pictured was {f.pictured_age} and the oldest other child is {f.other_age}: "
        "weigh any age or power imbalance (a professional judgement; not an automatic bar)."
    ),
)
def age_or_power_imbalance(facts: Facts) -> bool | None:
    """Prompt only: with both children's ages known, weigh any age or power imbalance. A
    judgement, not an automatic bar; changes neither the level nor Outcome 21.
    """
    if facts.pictured_age is None or facts.other_age is None:
        return None
    return facts.pictured_age < ADULT_AGE and facts.other_age < ADULT_AGE


# Protection of Children Act 1978 s.7: a pseudo-photograph (an image made by computer or
# otherwise that appears to be a photograph) counts as a photograph; AI-made, edited and
# "nudified" images of children are treated like real ones.
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
    """Prompt only: a fake, edited or AI-made image is a pseudo-photograph, treated like a real
    photograph of a child; being fake never lowers the level.
    """
    return facts.ai_generated or None


# UKCIS 2024, reporting routes: when an image is online, help the child use Report Remove and
# report to the platform; the IWF removes child sexual abuse material from the internet.
@rule(
    label="Image online (removal)",
    fact="online",
    kind="judgement",
    source=("ukcis_2024", "Reporting routes and removing images"),
    when_true=(
        "The image is on a website, platform or service: help the child get it removed "
        "(Report Remove, the IWF, Take It Down)."
    ),
)
def image_online(facts: Facts) -> bool | None:
    """Prompt only: an image online adds the removal routes (Report Remove, the IWF, Take It
    Down); changes neither the level nor Outcome 21.
    """
    return facts.online or None


def _jurisdiction_text(facts: Facts) -> str:
    """Which law applies, and whether Outcome 21 exists there."""
    texts = {
        "england": (
            "England: Protection of Children Act 1978 s.1 and Criminal Justice Act 1988 s.160 "
            "apply; Outcome 21 is available to the police."
        ),
        "wales": (
            "Wales: the same law as England applies and Outcome 21 is available; schools follow "
            "the Welsh Government guidance (led by the designated safeguarding person)."
        ),
        "scotland": (
            "Scotland: Civic Government (Scotland) Act 1982 s.52 and s.52A apply (s.52B has a "
            "narrow exception for 16- and 17-year-olds in an established relationship, with "
            "consent). Outcome 21 is a Home Office code for England and Wales, so it does not "
            "apply."
        ),
        "northern_ireland": (
            "Northern Ireland: the Protection of Children (NI) Order 1978 art.3 applies; the "
            "PSNI may not use Outcome 21 as such; it weighs age gaps and is likely to avoid "
            "prosecuting a child for a simple error of judgement."
        ),
    }
    if facts.jurisdiction is None:
        return (
            "The jurisdiction is not stated, so the law of England is assumed (Outcome 21 "
            "available); the answer differs in Scotland and Northern Ireland."
        )
    return texts[facts.jurisdiction]


# CONTRACT §1: jurisdiction defaults to England only when the user does not say. Home Office
# Counting Rules apply in England and Wales; Scotland (CG(S)A 1982) and Northern Ireland
# (PoC(NI)O 1978, PSNI practice) have their own law and no Outcome 21.
@rule(
    label="Jurisdiction (law and Outcome 21)",
    fact="jurisdiction",
    kind="judgement",
    source=("hocr", "Outcome 21"),
    source_for=lambda f: _JURISDICTION_SOURCES[f.jurisdiction],
    when_true=_jurisdiction_text,
)
def jurisdiction_law(facts: Facts) -> bool | None:
    """Selects the law branch: England and Wales (Outcome 21 available), Scotland or Northern
    Ireland (Outcome 21 not_applicable). Unstated means England, said as a factor and asked.
    """
    return True


RULES: tuple[Rule, ...] = tuple(_REGISTRY)
SCOPE_RULE = child_pictured
EMERGENCY_RULES = tuple(r for r in RULES if r.kind == "emergency")
REFERRAL_RULES = tuple(r for r in RULES if r.kind == "referral")
OUTCOME_21_BARS = tuple(r for r in RULES if r.bars_outcome_21)
JUDGEMENT_RULES = tuple(r for r in RULES if r.kind == "judgement")
