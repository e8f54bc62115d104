"""Generate ``docs/rules.md`` from the rules themselves, so the document cannot drift.

"How the result is decided" is the docstring of :mod:`actions.guidance.assessment`. Each
rule gets a row (label, fact, level, whether it bars Outcome 21, citation rendered by
``knowledge.cite``) and a section with the guidance it implements (its docstring) and, in
the spirit of Catala, what it does NOT formalise. The closing section lists what the engine
as a whole leaves to a professional. ``python -m actions.guidance rules-table --check``
fails when the file is stale.
"""

from __future__ import annotations

from pathlib import Path

from actions.guidance import assessment, knowledge
from actions.guidance.assessment import PROBE_AGES, QUESTION_PRIORITY
from actions.guidance.facts import JURISDICTIONS, Facts
from actions.guidance.jurisdictions import Sourced, jurisdictions
from actions.guidance.rules import RULES, Rule, age_thresholds

RULES_MARKDOWN_PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"

KIND_EFFECT = {
    "scope": "decides out_of_scope",
    "emergency": "raises to emergency",
    "referral": "raises to referral",
    "judgement": "prompt only",
}

#: The end of the assessment's docstring that is about the docstring itself.
_HOW_IT_DECIDES_END = "``docs/rules.md`` shows this docstring"


def how_it_decides() -> str:
    """How the result is decided: the assessment module's docstring after its first line,
    as markdown, with the probe ages of today's rules."""
    body = (assessment.__doc__ or "").split("\n\n", 1)[1]
    body = body.partition(_HOW_IT_DECIDES_END)[0].rstrip()
    ages = ", ".join(str(age) for age in PROBE_AGES)
    thresholds = ", ".join(str(age) for age in age_thresholds())
    return (
        "## How the result is decided\n\n"
        + body.replace("``", "`")
        + f"\n\nThe probe ages today are {ages}: either side of the ages at which a rule "
        f"changes its answer ({thresholds}).\n"
    )


NOT_FORMALISED = """\
## What this does not formalise

The engine encodes the bright lines. These stay with the professional, and the assistant
says so rather than pretending to decide them. What a single rule leaves open is said with
that rule, under "Not formalised" in [the rules](#the-guidance-each-rule-implements)
({noted}); the rest concerns the engine as a whole:

- **Who is responsible.** The facts do not say who made, took or passed the image on;
  `pictured_child` says how the guidance sees the child pictured, and the steps never treat
  a victim, or a child under the age of criminal responsibility, as a suspect.
- **The children's backgrounds and the views of parents, carers and teachers**, which the
  College of Policing names as decision factors for the police outcome.
- **Force policy.** Forces can restrict Outcome 21 further (checklists, a named suspect, a
  recorded rationale, crime types where it should not normally be used). The NPCC's 2024
  "person involved" recording (unpublished, as reported) may not fit Outcome 21's named
  suspect; the engine defers to force policy and states neither as settled.
- **Disclosure.** Whether anything appears on an enhanced DBS certificate is a chief
  officer's decision (Police Act 1997 s.113B(4)); the engine never predicts it.
- **Viewing the image.** Only the DSL may, in exceptional circumstances; the engine never
  asks for, accepts or displays an image.
- **Several children.** Only the youngest person pictured and the oldest other person are
  modelled; other children's ages are for the professional to weigh.
- **Unverified wording.** The body of the 2024 UKCIS advice (including the fifth trigger's
  wording and its headings) and the 2016 briefing note's PDF were not read; citations of
  headings not seen in the source say "(unverified)", and `docs/SOURCES.md` records each
  cited heading with where and when it was read. Where the verified text is permissive, the
  engine's wording is permissive too.
- **The duty to report (Crime and Policing Act 2026, England).** Enacted on 29 April 2026;
  whether it is in force, and whether its exemption for consensual activity between children
  covers image sharing, could not be verified. Until it can, the steps tell school staff and
  others in regulated activity in England to notify the police or the local authority of a
  peer case, and say that the status is unverified (`data/jurisdictions.yml`).

## Choices made in the engine

- An unstated role gets the steps for `other`, which are safe for anyone; role never changes
  the level or Outcome 21.
- An unstated jurisdiction is read as England (docs/API.md §1), and asked about last.
- `adult_involved: true` stated with `other_age` under 18 is kept as true (the statement may
  concern someone whose age is not known); `adult_involved: false` with `other_age` 18 or
  over is refused as a contradiction.
- The age of criminal responsibility comes from `data/jurisdictions.yml`: a child under it is
  never a suspect, its steps are safeguarding-led, and Outcome 21 is `not_applicable` when
  every child involved is under it.
- A full criminal investigation is promised only where the College of Policing names one
  (exploitation, coercion, a profit motive or an adult perpetrator) and someone old enough to
  be prosecuted may be responsible (`full_investigation`); other aggravating factors mean
  "refer; the police decide".
- When immediate risk is known in an out-of-scope case, 999 and the crisis lines are still
  offered; the level stays `out_of_scope`.
- Every `referral` or `emergency` case signposts both the police (101) and children's social
  care, since the guidance's route is "police and/or children's social care"; CEOP and
  Childline are added when an adult, coercion, grooming or a profit motive is involved.
"""


def _cell(text: str) -> str:
    """One markdown table cell: single line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _citations(rule: Rule) -> str:
    """The rule's citation; every jurisdiction's when the citation depends on it."""
    if rule.source_for is None:
        return knowledge.cite(rule.source_id, rule.section)
    cited: list[str] = []
    for jurisdiction in JURISDICTIONS:
        citation = knowledge.cite(*rule.source(Facts(jurisdiction=jurisdiction)))
        if citation not in cited:
            cited.append(citation)
    return "; ".join(cited)


def _effect(rule: Rule) -> str:
    """What the rule does, from its data: its kind, Outcome 21, a full investigation."""
    effects = [KIND_EFFECT[rule.kind]]
    if rule.bars_outcome_21:
        effects.append("bars Outcome 21")
    if rule.full_investigation:
        effects.append("calls for a full criminal investigation")
    return "; ".join(effects)


def _row(rule: Rule) -> str:
    cells = [
        f"[{rule.label}](#{rule.name.replace('_', '-')}) (`{rule.name}`)",
        f"`{rule.fact}`",
        KIND_EFFECT[rule.kind],
        "bars" if rule.bars_outcome_21 else "-",
        _citations(rule),
    ]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _markdown(text: str) -> str:
    """Docstring text as markdown (reST literals to code spans)."""
    return text.replace("``", "`")


def rule_section(rule: Rule) -> list[str]:
    """One rule: the guidance it implements (its docstring), what it does, and what it
    leaves to a professional."""
    ages = sorted(set(rule.ages()))
    facts = [f"Reads `{rule.fact}`", _effect(rule)]
    if ages:
        facts.append("changes its answer at " + ", ".join(str(age) for age in ages))
    lines = [
        f'<a id="{rule.name.replace("_", "-")}"></a>',
        f"### {rule.label} (`{rule.name}`)",
        "",
        *(f"{_markdown(paragraph)}\n" for paragraph in rule.guidance.split("\n\n")),
        f"*{'; '.join(facts)}. Source: {_citations(rule)}.*",
        "",
    ]
    if rule.not_formalised:
        lines += [f"**Not formalised:** {_markdown(rule.not_formalised)}", ""]
    return lines


def _sourced(value: Sourced) -> str:
    marker = " **(unverified)**" if value.unverified else f" ({value.status})"
    return f"{value.text} *{knowledge.cite(value.source_id, value.section)}; checked {value.as_of}*{marker}"


def nations_section() -> list[str]:
    """Each nation's law and route, from ``data/jurisdictions.yml`` (the one home of them)."""
    lines = [
        "## Each nation",
        "",
        "From `actions/guidance/data/jurisdictions.yml`: the rules take the ages and whether",
        "Outcome 21 exists from it, the steps take the routes and words, and the narrative",
        "reader and the entity ruler take the names, places and forces.",
        "",
        "| nation | criminal responsibility | consent | Outcome 21 | referral route | peer case "
        "| duty to report |",
        "|---|---|---|---|---|---|---|",
    ]
    for nation in jurisdictions().values():
        duty = _sourced(nation.duty_to_report) if nation.duty_to_report else "-"
        cells = [
            nation.name,
            str(nation.age_of_criminal_responsibility),
            str(nation.age_of_consent),
            ("available: " if nation.outcome_21_available else "none: ")
            + _sourced(nation.outcome_21),
            _sourced(nation.referral_route),
            ("school may handle: " if nation.school_may_handle else "report: ")
            + _sourced(nation.peer_case),
            duty,
        ]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    lines.append("")
    return lines


def render_rules_markdown() -> str:
    """The text of ``docs/rules.md``."""
    lines = [
        "# Rules of the guidance engine",
        "",
        "<!-- Generated from actions/guidance/rules.py by",
        "     `python -m actions.guidance rules-table --write`. Do not edit by hand. -->",
        "",
        f"Guidance version: **{knowledge.GUIDANCE_VERSION}**. Each rule is a small function in "
        "`actions/guidance/rules.py` whose docstring is the guidance it implements; sources are "
        "listed in `docs/SOURCES.md`.",
        "",
        how_it_decides(),
        "## Rules",
        "",
        "| rule | fact | level | Outcome 21 | source |",
        "|---|---|---|---|---|",
        *(_row(rule) for rule in RULES),
        "",
        "## The guidance each rule implements",
        "",
        *(line for rule in RULES for line in rule_section(rule)),
        *nations_section(),
        "## Interview order",
        "",
        "Open questions are listed, and asked, in this order (most decisive first):",
        "",
        *(f"{n}. `{key}`" for n, key in enumerate(QUESTION_PRIORITY, start=1)),
        "",
        NOT_FORMALISED.format(
            noted=", ".join(f"`{rule.name}`" for rule in RULES if rule.not_formalised)
        ),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def is_stale(path: Path = RULES_MARKDOWN_PATH) -> bool:
    """Whether ``path`` differs from what the rules generate now (missing counts as stale)."""
    try:
        return path.read_text(encoding="utf-8") != render_rules_markdown()
    except OSError:
        return True


def write_rules_markdown(path: Path = RULES_MARKDOWN_PATH) -> Path:
    """Regenerate ``docs/rules.md``."""
    path.write_text(render_rules_markdown(), encoding="utf-8")
    return path
