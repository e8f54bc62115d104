"""Words for people: the assessment reply, guidance answers and "what if" replies.

Pure functions from the engine's output (the contract's assessment object) to
text, so the wording can be tested without Rasa. The same object goes out as a
custom payload beside the text, for clients that draw their own card. The words for the
contract's values (levels, Outcome 21, the pictured child, fact labels, roles) are read
from the one wording file (:mod:`actions.presentation.wording`); this module puts them
into sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from actions.guidance.facts import ADULT_AGE
from actions.guidance.jurisdictions import jurisdiction
from actions.presentation.wording import wording, words

SAFETY_FOOTER = (
    "This supports, and does not replace, your professional judgement and local "
    "procedures. If a child is in immediate danger, call 999."
)

#: The level's first line in a reply, and the level in a few words (a badge beside its colour).
HEADLINES = words("levels", "headline")
LEVEL_LABELS = words("levels", "label")

#: Added to the headline only where the College of Policing calls for a full investigation.
FULL_INVESTIGATION_LINE = (
    "Exploitation, coercion, a profit motive or an adult perpetrator is present: the College of "
    "Policing calls for a full criminal investigation of whoever is responsible."
)
#: Said first when an adult is pictured and it is not yet known whether an adult sent it.
PROVISIONAL_ADULT_LINE = (
    "PROVISIONAL: if an adult sent, showed or asked a child for this image, it is child sexual "
    "abuse: report it to the police now (999 in an emergency) and to CEOP."
)

#: Who the guidance sees as the victim (the assessment's ``pictured_child``); "" says nothing.
PICTURED_CHILD_LINES = words("pictured_child", "line")
#: Outcome 21 in one line ("Outcome 21: ...").
OUTCOME_21_LINES = words("outcome_21", "line")
#: How each fact key reads in a sentence.
FACT_LABELS = words("facts", "label")
#: Whom the steps are for ("Next steps for ...").
ROLE_NAMES = words("roles", "name")


def label(fact: str) -> str:
    """A fact key as words."""
    return FACT_LABELS.get(fact, fact.replace("_", " "))


def bullet_list(lines: Sequence[str], numbered: bool = False) -> str:
    """Lines as a plain-text list that reads well in any chat client."""
    return "\n".join(
        f"{index}. {line}" if numbered else f"- {line}" for index, line in enumerate(lines, 1)
    )


def render_factors(factors: Sequence[Mapping[str, Any]]) -> str:
    """The reasons, each with its source."""
    return bullet_list([f"{factor['effect']} ({factor['source']})" for factor in factors])


def render_signposts(signposts: Sequence[Mapping[str, Any]]) -> str:
    """Whom to contact, with the published contact details."""
    return bullet_list([f"{item['name']}: {item['contact']}" for item in signposts])


def headline_for(assessment: Mapping[str, Any]) -> str:
    """The level in words, a full investigation only where the guidance calls for one, and who
    is the victim."""
    if assessment["level"] == "out_of_scope" and "adult_involved" in assessment["open_questions"]:
        lines = [PROVISIONAL_ADULT_LINE, HEADLINES["out_of_scope"]]
    else:
        lines = [HEADLINES[assessment["level"]]]
    if assessment.get("full_investigation"):
        lines.append(FULL_INVESTIGATION_LINE)
    victim = PICTURED_CHILD_LINES.get(str(assessment.get("pictured_child")), "")
    if victim:
        lines.append(victim)
    return " ".join(lines)


def render_assessment(assessment: Mapping[str, Any], role: str | None) -> str:
    """The full assessment reply: headline, reasons, steps, contacts, open questions."""
    parts = [headline_for(assessment), OUTCOME_21_LINES[assessment["outcome_21"]]]
    if not assessment["complete"]:
        unknown = ", ".join(label(key) for key in assessment["open_questions"])
        parts.append(f"Provisional: still unknown, and could raise the level: {unknown}.")
    if assessment["factors"]:
        parts.append("Why:\n" + render_factors(assessment["factors"]))
    if assessment["actions"]:
        heading = f"Next steps for {ROLE_NAMES.get(role or 'other', 'you')}:"
        parts.append(heading + "\n" + bullet_list([a["text"] for a in assessment["actions"]], True))
    contacts = [*assessment.get("local_contacts", ()), *assessment["signposts"]]
    if contacts:
        parts.append("Contacts:\n" + render_signposts(contacts))
    parts.append(f"Guidance version {assessment['guidance_version']}. {SAFETY_FOOTER}")
    return "\n\n".join(parts)


def render_explanation(
    assessment: Mapping[str, Any],
    deciding: Sequence[tuple[str, str]] = (),
    raising: Sequence[str] = (),
) -> str:
    """Why the assessment came out as it did: what decides the level (with its source), what
    would change it, then every factor."""
    if not assessment["factors"]:
        return "No single fact drove this result: it follows from what is still unknown."
    level = assessment["level"].replace("_", " ")
    parts = []
    by_fact = {factor["fact"]: factor for factor in assessment["factors"]}
    if deciding:
        named = "; ".join(
            f"{by_fact[key]['effect']} ({by_fact[key]['source']})" if key in by_fact else label(key)
            for key, _lower in deciding
        )
        parts.append(f"What makes it {level}: {named}")
        if len(deciding) == 1:
            lower = deciding[0][1].replace("_", " ")
            parts.append(f"Without that, it would be {lower}.")
        else:
            parts.append("Each of these on its own would keep it at this level.")
    elif assessment["level"] in ("referral", "emergency"):
        parts.append(f"It is {level} because of the ages or facts together, listed below.")
    if raising and assessment["level"] != "emergency":
        words = ", ".join(label(key) for key in raising[:6])
        parts.append(f"What would raise it: {words}.")
    parts.append(f"All the reasons:\n{render_factors(assessment['factors'])}")
    parts.append('Ask "what if ...?" to see how one changed fact would change the result.')
    return "\n\n".join(parts)


def describe_change(changes: Mapping[str, Any]) -> str:
    """The hypothetical facts in words: "the age of the oldest other person involved: 19",
    and a yes/no fact as it is shown back ("spread widely or posted publicly", not
    "whether it was widely shared ...: yes")."""
    return "; ".join(_changed(key, value) for key, value in changes.items())


def _changed(key: str, value: Any) -> str:
    if isinstance(value, bool) and key in STATED_WORDS:
        return STATED_WORDS[key][0 if value else 1]
    return f"{label(key)}: {format_value(value)}"


def format_value(value: Any) -> str:
    """A fact value as a word."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value).replace("_", " ")


def render_what_if(
    changes: Mapping[str, Any],
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    case_open: bool = True,
) -> str:
    """Compare the case as it is with the case after one hypothetical change. With no case
    open there is nothing to compare: the result on those facts alone, said as such."""
    head = f"If {describe_change(changes)}:"
    if not case_open:
        return (
            f"{head} the level would be {after['level'].replace('_', ' ')}, on those facts alone.\n"
            + OUTCOME_21_LINES[after["outcome_21"]]
            + "\nThis is hypothetical. To assess a real case, tell me what happened."
        )
    if before["level"] == after["level"] and before["outcome_21"] == after["outcome_21"]:
        return f"{head} the result would not change ({after['level'].replace('_', ' ')})."
    return (
        f"{head} the level would be {after['level'].replace('_', ' ')} "
        f"(now {before['level'].replace('_', ' ')}).\n"
        + OUTCOME_21_LINES[after["outcome_21"]]
        + "\nThis is hypothetical: your case is unchanged."
    )


def render_topic(
    title: str,
    text: str,
    sources: Sequence[str],
    jurisdiction_note: str | None = None,
    case_note: str | None = None,
) -> str:
    """A guidance answer with its sources, and the notes for the case and for its nation,
    if any. The case's note comes first: with an adult pictured, the answer below it is
    about images of children, and the note says what that means here."""
    first = f"{case_note}\n\n" if case_note else ""
    note = f"\n\n{jurisdiction_note}" if jurisdiction_note else ""
    return f"{title}\n{first}{text}{note}\n\nSources: " + "; ".join(sources)


def render_reminder(assessment: Mapping[str, Any]) -> str:
    """ "What should I do?" again, with nothing changed: the headline and the first three
    steps, pointing back to the card instead of printing it again."""
    steps = [action["text"] for action in assessment["actions"][:3]]
    parts = [f"Nothing has changed since the assessment above. {headline_for(assessment)}"]
    if steps:
        parts.append("The first steps:\n" + bullet_list(steps, numbered=True))
    parts.append('Ask "why?" for the reasons, "what if ...?" about one fact, or get a case record.')
    return "\n\n".join(parts)


NOT_UNDERSTOOD = (
    "Sorry, I didn't understand that. Could you put it another way? You can describe the "
    'case, answer my question, ask a guidance question, or say "help". If a child is in '
    "immediate danger, call 999."
)
NOT_UNDERSTOOD_AGAIN = (
    "I still didn't catch that. Try a short sentence, for example \"should I look at the "
    'image?" or "a 15-year-old sent a photo to her boyfriend". If a child is in immediate '
    "danger, call 999."
)


def not_understood(level: str | None, previous: str) -> str:
    """A short reply to a message the bot does not recognise; with a card on screen it points
    back to it. Never the same words as the bot's previous message."""
    if level:
        first = (
            f"Sorry, I didn't understand that. Your assessment ({level.replace('_', ' ')}) is "
            'above. You can ask "why?", "what if ...?", a guidance question, or get a case record.'
        )
        second = (
            'I still didn\'t catch that. The card above has your steps and contacts; say "why?" '
            'for the reasons, or "start again" for a new case.'
        )
    else:
        first, second = NOT_UNDERSTOOD, NOT_UNDERSTOOD_AGAIN
    return second if previous.strip() == first else first


# --------------------------------------------------------------------------- asking less

#: Each checkable fact as a line of "Do any of these apply?": one line on a 390-wide phone
#: (at most 41 characters, checked by the wording file's schema), so a checklist fits one
#: screen, and plain, for a parent as much as an officer.
CHECKLIST_ITEMS = words("facts", "checklist")

CHECKLIST_QUESTION = "Do any of these apply?"
CHECKLIST_AGAIN_QUESTION = "Which of these apply?"
CHECKLIST_HINT = (
    'Tap each one that does, or say which (for example "1 and 3"). '
    'Or say "none of these", or "not sure".'
)

#: How a fact the user stated is shown back ("I understood: ..."), true and false.
STATED_WORDS: dict[str, tuple[str, str]] = {
    key: (fact.said_yes, fact.said_no)
    for key, fact in wording().facts.items()
    if fact.said_yes is not None and fact.said_no is not None
}
#: The role as shown back ("I understood: you're police").
UNDERSTOOD_ROLES = words("roles", "understood")
#: Said first to a role when a description starts the case (a parent: "You've done the
#: right thing by asking.").
ROLE_OPENINGS = words("roles", "opening")
#: Said first to anyone a service has let down ("three weeks and nobody has rung me back"),
#: whatever their role: a helpline worker would say sorry before asking more.
LET_DOWN_LINE = (
    "I'm sorry it has been so hard to get answers. Let's work out what should happen now."
)


def acknowledgement(role: str | None, let_down: bool) -> str | None:
    """The words said before "I understood: ..." when a description starts the case: sorry
    to someone let down by a service, reassurance to a parent, nothing to a busy
    professional."""
    if let_down:
        return LET_DOWN_LINE
    return ROLE_OPENINGS.get(role or "")


def checklist_item(key: str) -> str:
    """One line of a checklist."""
    return CHECKLIST_ITEMS.get(key, label(key))


def render_checklist(keys: Sequence[str], again: bool = False) -> str:
    """The checklist message: the question, the numbered facts, how to answer."""
    question = CHECKLIST_AGAIN_QUESTION if again else CHECKLIST_QUESTION
    items = bullet_list([checklist_item(key) for key in keys], numbered=True)
    return f"{question}\n{items}\n{CHECKLIST_HINT}"


def stated_words(key: str, value: Any) -> str:
    """One fact as the user said it, in a few words."""
    if key == "role":
        return UNDERSTOOD_ROLES.get(str(value), str(value))
    if key == "jurisdiction":
        return f"in {jurisdiction(str(value)).name}"
    if key == "pictured_age":
        # an adult's own image sent to a child: the adult is pictured, not a child
        if isinstance(value, int) and value >= ADULT_AGE:
            return f"the person pictured is {value}, an adult"
        return f"the child pictured is {value}"
    if key == "other_age":
        return f"the other person is {value}"
    yes, no = STATED_WORDS.get(key, (label(key), f"not: {label(key)}"))
    return yes if value else no


def render_understood(facts: Mapping[str, Any], also: Sequence[str] = ()) -> str:
    """ "I understood: ..." for the facts read from a description, negatives included,
    inviting a correction (a stated negative counts only once shown back, docs/API.md §3).
    ``also``: what was heard that is not a fact yet (two ages, who is pictured still open)."""
    said = "; ".join([*(stated_words(key, value) for key, value in facts.items()), *also])
    return (
        f"I understood: {said}. If any of that is wrong, or you're not sure, tell me "
        '(for example "actually it was shared").'
    )
