"""One layout for each of the contract's custom payloads, whatever the channel draws.

``layout(text, buttons, custom)`` turns one bot message (its text for people, its
buttons and its custom payload: ``{"assessment"}``, ``{"topic", "sources"}``,
``{"checklist"}`` or ``{"record"}``) into a :class:`Layout`: the level first, then
the lines, the sections (steps, contacts, "Why", which a channel may fold away) and
the buttons. :mod:`server.cards.adaptive` draws it as an Adaptive Card (Teams),
:mod:`server.cards.blockkit` as Block Kit (Slack), and ``Layout.to_dict()`` is the
same data as JSON for any other client: the action server sends it beside the
contract object as ``{"assessment": {...}, "layout": {...}}`` (:func:`with_layout`),
and the web chat page draws its card from it. The words come from ``actions.messages``
(the text the bot sends everywhere), which reads them from the one wording file
(:mod:`actions.presentation.wording`), so a channel never carries a copy of them.

Besides the plain strings every channel can draw (``Layout.lines``,
``Section.items``), a layout carries the same content with its structure for
clients that draw more: ``Layout.line_kinds`` names what each line is, and
``Section.entries`` holds each item's parts (its source and the source's address,
a contact's details, whom it is for).

Pure functions, no Rasa import (the action server and the Rasa server's channels
both import it; :mod:`server.cards.layout` re-exports it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from actions import messages
from actions.presentation.wording import wording

#: Custom payload keys that have a layout, in the order they are looked for.
PAYLOAD_KINDS = ("assessment", "checklist", "record", "topic")

#: How each level is drawn: a channel maps the tone to its own colours.
LEVEL_TONES = {
    "emergency": "attention",
    "referral": "warning",
    "safeguarding": "good",
    "out_of_scope": "neutral",
}

#: The pictured child's position (contract key ``pictured_child``) in the bot's words, from
#: the wording file (kept under this name for :mod:`server.cards.layout`).
PICTURED_CHILD_LINES = messages.PICTURED_CHILD_LINES

#: The heading over the facts still unknown in a provisional assessment.
PROVISIONAL_HEADING = "Provisional: still unknown, and could raise the level"

#: How many steps the headline shows (the rest are under "All next steps").
HEADLINE_STEPS = 3

#: A first sentence longer than this is cut at its first ", and " in the headline.
HEADLINE_STEP_CHARS = 110

#: A reason whose effect starts so says a circumstance is known to be absent: these fold
#: into one "Ruled out: ..." line instead of one bullet each.
KNOWN_ABSENT = re.compile(r"^(No |Nothing |The image is not known to)")

#: Who is asking and where: never the reason for a level (an age can be: a child under 13).
WHO_AND_WHERE = frozenset({"jurisdiction", "role"})

#: The one-sentence why for a safeguarding level (nothing known raises it).
SAFEGUARDING_WHY = "Why: none of the referral circumstances is known."

#: The 999 step put first in an emergency when the steps do not already start with it.
EMERGENCY_STEP = "Call 999 now: a child is at immediate risk of harm."

RECORD_TITLE = "Case record"
RECORD_COPY_HINT = (
    "Copy the text below into your force's or school's recording system. It is not kept "
    "anywhere else by this assistant."
)


@dataclass(frozen=True)
class Button:
    """A reply button: what it says and what it sends back as the user's message."""

    title: str
    payload: str


@dataclass(frozen=True)
class Entry:
    """One item of a section in parts: its text, then what a richer client may draw beside it.

    ``detail``: a contact's number or address; ``source``: the document that says so;
    ``url``: the source's published address (for a link); ``note``: whom it is for.
    """

    text: str
    detail: str | None = None
    source: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Section:
    """A titled list. ``folded``: shown on demand where the channel can fold.

    ``items`` is the list as plain strings (what chat channels draw); ``entries``, when
    present, is the same list item by item in parts (:class:`Entry`), in the same order.
    """

    key: str
    heading: str
    items: tuple[str, ...]
    numbered: bool = False
    folded: bool = False
    entries: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Layout:
    """What one message shows, in order, independent of any channel."""

    kind: str
    title: str
    tone: str = "accent"
    lines: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    preformatted: str | None = None
    footer: str | None = None
    buttons: tuple[Button, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    #: What each of ``lines`` is, in the same order (empty when the lines are plain text):
    #: for an assessment ``provisional_adult``, ``detail``, ``full_investigation``,
    #: ``outcome_21``, ``pictured_child``.
    line_kinds: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The layout as JSON-ready data."""
        return asdict(self)

    def plain_text(self) -> str:
        """Everything the layout shows, as text (notifications, fallbacks, screen readers)."""
        parts = [self.title, *self.lines]
        for section in self.sections:
            items = messages.bullet_list(list(section.items), numbered=section.numbered)
            parts.append(f"{section.heading}:\n{items}")
        if self.footer:
            parts.append(self.footer)
        return "\n\n".join(part for part in parts if part)


def payload_kind(custom: Any) -> str | None:
    """Which of the contract's payloads ``custom`` is, or None for any other."""
    if not isinstance(custom, Mapping):
        return None
    return next((kind for kind in PAYLOAD_KINDS if kind in custom), None)


def _buttons(buttons: Sequence[Mapping[str, Any]] | None) -> tuple[Button, ...]:
    return tuple(
        Button(str(item.get("title", "")), str(item.get("payload", "")))
        for item in buttons or ()
        if isinstance(item, Mapping) and item.get("title") and item.get("payload")
    )


def _split_headline(headline: str) -> tuple[str, str]:
    """``"EMERGENCY: a child ..."`` -> ``("EMERGENCY", "a child ...")``."""
    head, _, rest = headline.partition(": ")
    if not rest:
        return headline, ""
    return head, rest[:1].upper() + rest[1:]


def pictured_child_line(value: Any) -> str:
    """The line about the pictured child, or "" when there is nothing to say."""
    return PICTURED_CHILD_LINES.get(value, "") if isinstance(value, str) else ""


def _text_or_none(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and value else None


def _cited(item: Mapping[str, Any], text_key: str) -> Entry:
    """A reason or a step: its text with its source and the source's address."""
    return Entry(
        text=str(item.get(text_key, "")),
        source=_text_or_none(item.get("source")),
        url=_text_or_none(item.get("url")),
    )


def _contact(item: Mapping[str, Any]) -> Entry:
    return Entry(
        text=str(item.get("name", "")),
        detail=str(item.get("contact", "")),
        note=_text_or_none(item.get("audience")),
    )


def known_absent(factor: Mapping[str, Any]) -> bool:
    """Whether a reason says only that a circumstance is known to be absent."""
    return bool(KNOWN_ABSENT.match(str(factor.get("effect", ""))))


def _first_clause(text: str) -> str:
    """A reason's effect cut to its first clause, as one sentence."""
    clause = re.split(r": |; ", text, maxsplit=1)[0].strip().rstrip(".")
    return f"{clause}." if clause else ""


def first_sentence(text: str) -> str:
    """A step's first sentence, up to a colon (the headline shows that; all steps the whole)."""
    head = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]
    clause, colon, _rest = head.partition(": ")
    if colon and len(clause) >= 25:
        return clause.rstrip(".") + "."
    clause, comma_and, _rest = head.partition(", and ")
    if comma_and and len(head) > HEADLINE_STEP_CHARS and len(clause) >= 25:
        return clause.rstrip(".") + "."
    return head


def deciding_line(level: str, factors: Sequence[Mapping[str, Any]]) -> str:
    """One sentence on why: the deciding factor (the first that raises the level).

    The engine lists the factors present in rule order, the scope statement first ("The
    youngest person pictured was 9 ...: an image of a child in law"), which says why the
    guidance applies, not why this level. After it, an age can decide: "A child under 13 is
    involved" is the reason an 8-year-old's case is a referral, and it comes before wide
    sharing in the trainer's P7 case (development narratives AE, 2026-12-07; it had been
    passed over as context, so the card named a lesser factor, or the scope statement)."""
    if level == "safeguarding":
        return SAFEGUARDING_WHY
    raising = [item for item in factors if not known_absent(item)]
    if level == "out_of_scope":
        # The age decides: nobody under 18 is pictured.
        deciding = [item for item in raising if item.get("fact") == "pictured_age"]
    else:
        after_scope = (
            raising[1:] if raising and raising[0].get("fact") == "pictured_age" else raising
        )
        deciding = [item for item in after_scope if item.get("fact") not in WHO_AND_WHERE]
    chosen = (deciding or raising or list(factors) or [None])[0]
    if chosen is None:
        return ""
    clause = _first_clause(str(chosen.get("effect", "")))
    return f"Why: {clause[:1].lower()}{clause[1:]}" if clause else ""


def ruled_out_line(factors: Sequence[Mapping[str, Any]]) -> str:
    """The known-absent reasons in one line ("Ruled out: ..."), or "" when there are none."""
    labels: list[str] = []
    for item in factors:
        if known_absent(item):
            text = messages.label(str(item.get("fact", ""))) if item.get("fact") else ""
            text = text or _first_clause(str(item.get("effect", ""))).rstrip(".")
            text = re.sub(r"^(whether|if) ", "", text)
            if text and text not in labels:
                labels.append(text)
    return f"Ruled out (none of these is known): {'; '.join(labels)}." if labels else ""


def plain_words(text: str) -> str:
    """``text`` for a parent or carer: jargon explained (Outcome 21 once, CSC in full), as the
    wording file's ``plain_words`` say."""
    for plain in wording().plain_words:
        pattern = re.compile(rf"\b{re.escape(plain.term)}\b")
        text = pattern.sub(lambda _match, words=plain.words: words, text, int(plain.once))
    return text


def _role_of(custom: Mapping[str, Any], assessment: Mapping[str, Any]) -> str | None:
    """The assessment role, when the payload carries it (``role`` or ``facts.role``)."""
    for holder in (assessment, custom):
        if isinstance(holder.get("role"), str):
            return holder["role"]
        facts = holder.get("facts")
        if isinstance(facts, Mapping) and isinstance(facts.get("role"), str):
            return facts["role"]
    return None


def level_label(level: Any) -> str:
    """A level id in a few words ("Referral: refer now"); the id itself when unknown."""
    text = str(level or "")
    return messages.LEVEL_LABELS.get(text) or text.replace("_", " ")


def assessment_layout(
    assessment: Mapping[str, Any],
    buttons: Sequence[Mapping[str, Any]] | None = None,
    role: str | None = None,
) -> Layout:
    """The assessment: a headline that fits one screen, then what a channel may fold.

    The headline: the level, one sentence on why (the deciding factor), the first three
    steps (999 first in an emergency). Then Outcome 21 and the pictured child, any open
    questions, and, folded: all the steps, the reasons with their sources (the reasons
    that only rule something out in one "Ruled out: ..." line), the contacts.
    For a parent or carer (``role="parent"``) the jargon is explained and the Outcome 21
    line (a police decision) is left out.
    """
    level = assessment["level"]
    role = role or _role_of({}, assessment)
    parent = role == "parent"
    words = plain_words if parent else (lambda text: text)
    open_questions = list(assessment.get("open_questions") or ())
    factors = [item for item in assessment.get("factors") or () if isinstance(item, Mapping)]
    title, detail = _split_headline(messages.HEADLINES[level])
    lines: list[tuple[str, str]] = [("detail", detail)]
    # Lines the bot's own headline adds (actions/messages.py ``headline_for``), when the
    # text module has them: an adult possibly involved, a full investigation called for.
    adult_line = getattr(messages, "PROVISIONAL_ADULT_LINE", "")
    if adult_line and level == "out_of_scope" and "adult_involved" in open_questions:
        lines.insert(0, ("provisional_adult", adult_line))
    lines.append(("deciding", deciding_line(level, factors)))
    full_line = getattr(messages, "FULL_INVESTIGATION_LINE", "")
    if full_line and assessment.get("full_investigation"):
        lines.append(("full_investigation", full_line))
    if not parent:
        lines.append(("outcome_21", messages.OUTCOME_21_LINES[assessment["outcome_21"]]))
    lines.append(("pictured_child", pictured_child_line(assessment.get("pictured_child"))))
    lines = [(kind, words(line)) for kind, line in lines if line]
    sections = []
    if not assessment.get("complete", True) and open_questions:
        labels = tuple(messages.label(key) for key in open_questions)
        sections.append(
            Section(
                "open_questions",
                PROVISIONAL_HEADING,
                labels,
                entries=tuple(Entry(text) for text in labels),
            )
        )
    steps = [
        Entry(
            words(str(item["text"])),
            source=_text_or_none(item.get("source")),
            url=_text_or_none(item.get("url")),
        )
        for item in assessment.get("actions") or ()
        if isinstance(item, Mapping)
    ]
    first = [Entry(first_sentence(item.text)) for item in steps[:HEADLINE_STEPS]]
    if level == "emergency" and not (first and "999" in first[0].text):
        first = [Entry(EMERGENCY_STEP), *first[: HEADLINE_STEPS - 1]]
    if first:
        sections.append(
            Section(
                "top_steps",
                "First steps",
                tuple(item.text for item in first),
                numbered=True,
                entries=tuple(first),
            )
        )
    if steps:
        sections.append(
            Section(
                "steps",
                "All next steps",
                tuple(item.text for item in steps),
                numbered=True,
                folded=True,
                entries=tuple(steps),
            )
        )
    if factors:
        shown = [item for item in factors if not known_absent(item)]
        entries = [
            Entry(
                words(str(item.get("effect", ""))),
                source=_text_or_none(item.get("source")),
                url=_text_or_none(item.get("url")),
            )
            for item in shown
        ]
        items = [
            f"{entry.text} ({entry.source})" if entry.source else entry.text for entry in entries
        ]
        ruled_out = ruled_out_line(factors)
        if ruled_out:
            entries.append(Entry(ruled_out))
            items.append(ruled_out)
        sections.append(Section("why", "Why", tuple(items), folded=True, entries=tuple(entries)))
    local = [item for item in assessment.get("local_contacts") or () if isinstance(item, Mapping)]
    if local:
        sections.append(
            Section(
                "local_contacts",
                "Local contacts",
                tuple(f"{item.get('name', '')}: {item.get('contact', '')}" for item in local),
                folded=True,
                entries=tuple(_contact(item) for item in local),
            )
        )
    signposts = [item for item in assessment.get("signposts") or () if isinstance(item, Mapping)]
    if signposts:
        sections.append(
            Section(
                "contacts",
                "Contacts",
                tuple(f"{item['name']}: {item['contact']}" for item in signposts),
                folded=True,
                entries=tuple(_contact(item) for item in signposts),
            )
        )
    version = assessment.get("guidance_version", "?")
    return Layout(
        kind="assessment",
        title=title,
        tone=LEVEL_TONES.get(level, "accent"),
        lines=tuple(line for _kind, line in lines),
        line_kinds=tuple(kind for kind, _line in lines),
        sections=tuple(sections),
        footer=f"Guidance version {version}. {messages.SAFETY_FOOTER}",
        buttons=_buttons(buttons),
        extra={
            "level": level,
            "level_label": level_label(level),
            "outcome_21": assessment["outcome_21"],
            "guidance_version": f"Guidance version {version}",
            "role": role,
        },
    )


def _split_sources(text: str) -> str:
    """A guidance answer's text without its closing "Sources: ..." paragraph."""
    body, marker, _ = text.rpartition("\n\nSources: ")
    return body if marker else text


def topic_layout(
    text: str, custom: Mapping[str, Any], buttons: Sequence[Mapping[str, Any]] | None = None
) -> Layout:
    """A guidance answer: its title, its text, its sources."""
    body = _split_sources(text or "")
    title, _, rest = body.partition("\n")
    if not rest:
        title, rest = "Guidance", body
    sources = tuple(str(item) for item in custom.get("sources") or ())
    return Layout(
        kind="topic",
        title=title.strip(),
        lines=tuple(part.strip() for part in rest.split("\n\n") if part.strip()),
        sections=(Section("sources", "Sources", sources),) if sources else (),
        buttons=_buttons(buttons),
        extra={"topic": custom.get("topic")},
    )


def checklist_layout(
    text: str, custom: Mapping[str, Any], buttons: Sequence[Mapping[str, Any]] | None = None
) -> Layout:
    """Several yes/no facts asked at once: the question, the facts, the answer buttons."""
    keys = [str(key) for key in custom.get("checklist") or ()]
    question, _, rest = (text or "Do any of these apply?").partition("\n")
    return Layout(
        kind="checklist",
        title=question.strip(),
        lines=tuple(part.strip() for part in rest.split("\n\n") if part.strip()),
        sections=(Section("checklist", "Facts", tuple(messages.label(key) for key in keys)),),
        buttons=_buttons(buttons),
        extra={"checklist": keys},
    )


def record_layout(
    text: str, custom: Mapping[str, Any], buttons: Sequence[Mapping[str, Any]] | None = None
) -> Layout:
    """The case record: what it is, then its Markdown as text to copy."""
    record = custom.get("record") or {}
    stem = record.get("filename_stem") or ""
    # The page's words offer download buttons; a chat offers the text to copy instead.
    kept = " ".join(
        sentence
        for sentence in re.split(r"(?<=\.)\s+", text or "")
        if "download" not in sentence.lower()
    )
    return Layout(
        kind="record",
        title=RECORD_TITLE + (f" {stem}" if stem else ""),
        lines=tuple(line for line in (kept, RECORD_COPY_HINT) if line),
        preformatted=str(record.get("markdown") or ""),
        buttons=_buttons(buttons),
        extra={"variant": record.get("variant")},
    )


def layout(
    text: str | None,
    buttons: Sequence[Mapping[str, Any]] | None,
    custom: Mapping[str, Any],
) -> Layout | None:
    """The layout of one bot message with a contract payload; None for any other payload."""
    kind = payload_kind(custom)
    if kind == "assessment":
        return assessment_layout(
            custom["assessment"], buttons, _role_of(custom, custom["assessment"])
        )
    if kind == "topic":
        return topic_layout(text or "", custom, buttons)
    if kind == "checklist":
        return checklist_layout(text or "", custom, buttons)
    if kind == "record":
        return record_layout(text or "", custom, buttons)
    return None


def text_layout(text: str, buttons: Sequence[Mapping[str, Any]] | None) -> Layout:
    """A plain message with buttons (a question with its answers)."""
    return Layout(kind="text", title="", lines=(text,) if text else (), buttons=_buttons(buttons))


def training_answer_layout(training: Mapping[str, Any]) -> Layout:
    """A trainer-mode reveal (``{"training": {"stage": "answer"}}``): the right level, what
    was chosen, Outcome 21, the reasons and the teaching points, each with its source.

    Not one of :data:`PAYLOAD_KINDS` (chat channels draw the reveal's text); sent beside the
    payload for the web page, which keeps no copy of the level or Outcome 21 wording.
    """
    level = str(training.get("correct_level") or "")
    chosen = training.get("chosen")
    lines: list[tuple[str, str]] = []
    if chosen:
        lines.append(("chosen", f"You chose: {level_label(chosen)}."))
    outcome = messages.OUTCOME_21_LINES.get(str(training.get("outcome_21")), "")
    if outcome:
        lines.append(("outcome_21", outcome))
    sections = []
    factors = [item for item in training.get("factors") or () if isinstance(item, Mapping)]
    if factors:
        sections.append(
            Section(
                "why",
                "Why",
                tuple(f"{item.get('effect', '')} ({item.get('source', '')})" for item in factors),
                entries=tuple(_cited(item, "effect") for item in factors),
            )
        )
    points = [item for item in training.get("teaching_points") or () if isinstance(item, Mapping)]
    if points:
        sections.append(
            Section(
                "teaching_points",
                "Teaching points",
                tuple(f"{item.get('text', '')} ({item.get('source', '')})" for item in points),
                entries=tuple(_cited(item, "text") for item in points),
            )
        )
    return Layout(
        kind="training_answer",
        title=level_label(level),
        tone=LEVEL_TONES.get(level, "accent"),
        lines=tuple(line for _kind, line in lines),
        line_kinds=tuple(kind for kind, _line in lines),
        sections=tuple(sections),
        extra={
            "level": level,
            "level_label": level_label(level),
            "chosen": chosen,
            "correct": training.get("correct") is True,
        },
    )


def with_layout(
    custom: Mapping[str, Any],
    text: str | None = None,
    buttons: Sequence[Mapping[str, Any]] | None = None,
    role: str | None = None,
) -> dict[str, Any]:
    """``custom`` with its layout added as ``"layout"`` (the contract's keys untouched).

    What the action server sends, e.g. ``{"assessment": {...}, "layout": {...}}``; a
    trainer-mode reveal gets :func:`training_answer_layout`; a payload without a layout
    comes back as it was. ``role`` (the assessment role, e.g. "parent") words the
    assessment's layout for that reader; the payload itself is unchanged.
    """
    training = custom.get("training")
    if isinstance(training, Mapping) and training.get("stage") == "answer":
        return {**custom, "layout": training_answer_layout(training).to_dict()}
    if role and payload_kind(custom) == "assessment":
        drawn: Layout | None = assessment_layout(custom["assessment"], buttons, role)
    else:
        drawn = layout(text, buttons, custom)
    return {**custom, "layout": drawn.to_dict()} if drawn is not None else dict(custom)
