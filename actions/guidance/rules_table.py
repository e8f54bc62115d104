"""Generate ``docs/rules.md`` from the rules themselves, so the document cannot drift.

Each row is a rule's label, the fact it reads, what it does, whether it bars Outcome 21
and its citation (rendered by ``knowledge.cite``). The closing section says what the engine
does NOT formalise, in the spirit of Catala: the places where a professional judges.
``python -m actions.guidance rules-table --check`` fails when the file is stale.
"""

from __future__ import annotations

from pathlib import Path

from actions.guidance import knowledge
from actions.guidance.assessment import PROBE_AGES, QUESTION_PRIORITY
from actions.guidance.facts import JURISDICTIONS, Facts
from actions.guidance.jurisdictions import Sourced, jurisdictions
from actions.guidance.rules import RULES, Rule

RULES_MARKDOWN_PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"

KIND_EFFECT = {
    "scope": "decides out_of_scope",
    "emergency": "raises to emergency",
    "referral": "raises to referral",
    "judgement": "prompt only",
}

HOW_IT_DECIDES = """\
## How the result is decided

Every rule is a test on the facts in three-valued logic: present, known absent, or not
known. An unknown never counts either way, so the level is computed from what is known and
an answer can only raise it.

1. **out_of_scope** only when the youngest person pictured is known to have been 18 or over
   when the image was made and no adult is known to have sent, shown or asked a child for
   it. An adult's image sent or shown to a child by an adult is child sexual abuse
   (`referral` or `emergency`). While that is not known, the result is `out_of_scope` only
   provisionally: `complete` is false and `adult_involved` is asked first, then the other
   person's age; the steps say what to do if an adult sent or showed the image. Children
   passing adult images among themselves stay out of scope.
2. **emergency** when a child is known to be at immediate risk of harm.
3. **referral** when any UKCIS immediate-referral trigger or College of Policing aggravating
   factor is known to be present.
4. **safeguarding** otherwise.

**Outcome 21** is `not_applicable` out of scope, where the nation has no Outcome 21 (Scotland
and Northern Ireland, from `data/jurisdictions.yml`), and when every child involved is under
the age of criminal responsibility (nobody can be a suspect);
`not_appropriate` when any rule marked "bars" below is present; `appropriate` only when
every one of them is known absent (the guidance's wording is permissive: Outcome 21 "may be
considered"; force policy decides); `undetermined` otherwise. Immediate risk alone does not
decide Outcome 21: it is about safeguarding now, not about how the offence is resolved.

**Open questions** are computed, not listed by hand: an unknown fact is open when some value
of it would change the level or Outcome 21 (true/false; each jurisdiction; the ages
{ages}, derived from the rules' own thresholds). `complete` is true when there are none. An unstated jurisdiction is read as England
for the law, is reported as a factor ("England assumed"), and stays an open question
because Scotland or Northern Ireland would make Outcome 21 `not_applicable`.
"""

NOT_FORMALISED = """\
## What this does not formalise

The engine encodes the bright lines. These stay with the professional, and the assistant
says so rather than pretending to decide them:

- **Developmental norms.** Whether sexual acts are unusual for a child's developmental stage
  (UKCIS trigger 3) is a judgement (for example with Brook's traffic light tool); the engine
  only takes the answer as the fact `atypical_or_violent`.
- **Age or power imbalance among children of 13 and over.** Shown as a prompt when both ages
  are known; no age gap is an automatic bar, because no College of Policing text read makes
  it one. For children under 13 the project's judgement is a referral whatever the gap (see
  `child_under_13_with_another_child`).
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
- **Relationship exceptions** for 16- and 17-year-olds (PCA 1978 s.1A and CJA 1988 s.160A;
  CG(S)A 1982 s.52B; the Northern Ireland equivalents) and **Outcome 22 or diversion** for
  repeated behaviour: mentioned in steps, never decided.
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
- An unstated jurisdiction is read as England (CONTRACT §1), and asked about last.
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


def _row(rule: Rule) -> str:
    cells = [
        f"{rule.label} (`{rule.name}`)",
        f"`{rule.fact}`",
        KIND_EFFECT[rule.kind],
        "bars" if rule.bars_outcome_21 else "-",
        rule.doc,
        _citations(rule),
    ]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


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
        "`actions/guidance/rules.py` with the guidance it paraphrases beside it; sources are "
        "listed in `docs/SOURCES.md`.",
        "",
        HOW_IT_DECIDES.format(ages=", ".join(str(age) for age in PROBE_AGES)),
        "## Rules",
        "",
        "| rule | fact | level | Outcome 21 | effect | source |",
        "|---|---|---|---|---|---|",
        *(_row(rule) for rule in RULES),
        "",
        *nations_section(),
        "## Interview order",
        "",
        "Open questions are listed, and asked, in this order (most decisive first):",
        "",
        *(f"{n}. `{key}`" for n, key in enumerate(QUESTION_PRIORITY, start=1)),
        "",
        NOT_FORMALISED,
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
