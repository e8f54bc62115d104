"""read_facts: a message's text and entities -> the case facts it states.

Pure Python: no Rasa, no spaCy. The entities are those Rasa's SpacyEntityExtractor
gives (labels are fact keys, see nlp/patterns.yml); the text is the message itself,
which the reader needs for what the entities cannot say on their own: whose age a
number is, whether a cue is negated, whether "her teacher" was involved or only told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from actions.narrative import ages
from actions.narrative.answers import bare_age_answer
from actions.narrative.consent import made_without_consent_in
from actions.narrative.context import Span, clause_before, normalise, sentence_before
from actions.narrative.cues import (
    OPEN_QUOTE,
    is_false_friend,
    is_past_episode,
    is_risk_evidence,
    read_cues,
    tells_of_a_past_episode,
    threatens_to_share,
)
from actions.narrative.denials import TYPIST_SAFE
from actions.narrative.household import child_goes_home_to_the_abuser
from actions.narrative.negation import negator_before
from actions.narrative.repeated import repeated_in
from actions.narrative.roles import YOUNG_TYPIST, read_jurisdiction, read_role
from actions.narrative.vocabulary import (
    ADULT_AGE,
    AGE_FACTS,
    BOOL_FACTS,
    DEFAULT_JURISDICTION,
    FACT_KEYS,
    JURISDICTIONS,
    MAX_AGE,
    MIN_AGE,
    ROLES,
    shared_place_in,
)

ENTITY_LABELS = frozenset(("age", "school_year", "role", "jurisdiction", *BOOL_FACTS))


@dataclass(frozen=True)
class Reading:
    """What a message says: facts it states, and cues it denies.

    ``facts`` (a plain dict) holds only docs/API.md §1 keys with valid values (ages are ints 0..120,
    flags are True, role and jurisdiction are enum values). A fact the message does
    not state is absent, never False: "he didn't threaten her" leaves ``coercion``
    unknown and lists it in ``negated``, so the bot can acknowledge it and still ask.
    """

    facts: dict[str, object] = field(default_factory=dict)
    negated: tuple[str, ...] = ()
    #: The person typing says they are in crisis themselves ("I can't cope"): they get
    #: support for themselves; it is not evidence that a child is at risk.
    user_in_crisis: bool = False
    #: Two people's ages with nothing to say which one is pictured: the question to ask
    #: (``ages.pictured_choices``). ``facts`` then holds the safe convention.
    pictured_choices: tuple[ages.PicturedChoice, ...] = ()
    #: A place named in two nations ("Bangor") when no nation was read: the bot asks
    #: which, naming it.
    shared_place: str | None = None

    def __post_init__(self) -> None:
        # A private copy: the caller's dict is never shared, and facts stay plain
        # JSON-serialisable data for slots, payloads and logs.
        object.__setattr__(self, "facts", dict(self.facts))
        object.__setattr__(self, "negated", tuple(self.negated))
        object.__setattr__(self, "pictured_choices", tuple(self.pictured_choices))


def read_facts(
    text: str,
    entities: Iterable[Mapping[str, Any]],
    *,
    requested_slot: str | None = None,
    jurisdiction: str | None = None,
    role: str | None = None,
) -> Reading:
    """Read the case facts that ``text`` states, given its entities.

    ``requested_slot`` is the fact the form is asking for (a bare "15" answers it);
    ``jurisdiction`` is the one already known, for reading school years (the message's
    own jurisdiction wins; England when neither is known); ``role`` is who the user
    already said they are (an adult's own crisis is not a child in danger).
    """
    text = normalise(text or "")
    spans = _spans(text, entities)
    facts: dict[str, object] = {}
    if said_role := read_role(text, spans, requested_slot):
        facts["role"] = said_role
    if place := read_jurisdiction(text, spans, requested_slot) or _scottish_stage(text, spans):
        facts["jurisdiction"] = place
    user_spans = _user_spans(text, spans)
    crisis = _typist_in_crisis(text, user_spans)
    cues = read_cues(text, [span for span in spans if span not in user_spans], requested_slot)
    facts.update(dict.fromkeys(cues.true_facts, True))
    if crisis and _young_typist_in_danger(text, user_spans, facts.get("role") or role):
        facts["immediate_risk"] = True  # "im 15 ... i dont want to live": the typist is a child
    if child_goes_home_to_the_abuser(text):
        # "her stepdad takes photos of her. She's due home at 3.15": a risk whatever else is
        # said ("no risk, he lives with us" is the risk itself)
        facts["immediate_risk"] = True
    told = _real_child_transformed(text, spans, cues.true_facts) or FILMED_UNAWARE.search(text)
    if (told or made_without_consent_in(text)) and "made_without_consent" not in cues.negated:
        facts["made_without_consent"] = True
    if repeated_in(text) and "repeated" not in cues.negated:
        facts["repeated"] = True
    if threatens_to_share(text):
        facts["coercion"] = True  # a threat to share, with its condition: true wins
    found = ages.mentions(text, spans, _school_jurisdiction(facts, jurisdiction))
    facts.update(_ages(text, found, requested_slot))
    # "he never threatened her", of an adult (``_ages`` has read the adult from the ages
    # too): threats denied, not the grooming an adult asking a child for images is, which
    # the coercion fact covers (development narratives AG-AJ, 2026-12-07: 9 of 240 said
    # "no threats" of an adult who groomed the child, and were read as "no pressure")
    adult = facts.get("adult_involved") is True
    kept_unknown = {"coercion"} if cues.threats_denied and adult else set()
    return Reading(
        facts=_valid(facts),
        negated=tuple(
            key for key in cues.negated if facts.get(key) is not True and key not in kept_unknown
        ),
        user_in_crisis=crisis,
        pictured_choices=ages.pictured_choices(text, found, requested_slot),
        shared_place=None if "jurisdiction" in facts else shared_place_in(text),
    )


def typist_in_crisis(text: str, entities: Iterable[Mapping[str, Any]]) -> bool:
    """Whether the person typing says they are in crisis themselves ("I can't cope").

    The same answer as ``read_facts(...).user_in_crisis`` for the cheap part of the
    reading only (the risk cues, not the ages): the safety replies ask it of every
    message that carries a risk cue, including those read for nothing else.
    """
    text = normalise(text or "")
    spans = _spans(text, entities)
    return _typist_in_crisis(text, _user_spans(text, spans))


#: Words of distress that are not danger in themselves: "I can't cope", "I'm falling
#: apart", "I don't know how much more I can take". An adult typing them gets support for
#: themselves; so does anyone whose age is not known.
DISTRESS_ONLY = re.compile(
    r"\b(?:cope|coping|copin|take\s+(?:this|it|any)|how\s+much\s+more|falling\s+apart|"
    r"breaking\s+point|tether|in\s+bits)\b",
    re.IGNORECASE,
)
#: Danger words said as a figure of speech by the person typing: "i wanna die lol", "id
#: literally rather die than tell my mum", "I'd rather be dead than pay" (a comparison:
#: still support for the person typing, not a child in danger).
SAID_IN_JEST = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|jokin\w*|joking)\b|[💀😂🤣]|"
    r"\brather\s+(?:be\s+dead|die|be\s+deid)\s+than\b|\bliterally\s+(?:die|dying|dead)\b",
    re.IGNORECASE,
)


#: How many characters after a danger word a "lol" or an emoji still laughs it off.
JEST_REACH = 40


def _in_danger_maybe_young(text: str, user_spans: list[Span], role: object) -> bool:
    """The person typing says they are in danger ("i dont want to be here anymore ... ive
    worked out how", "ive started cutting again since he posted it"), not only distress
    (``DISTRESS_ONLY``), and nothing says they are an adult (no role read, in this message
    or before: not a parent, a teacher or an officer; ``other`` is shared by young people
    and youth or social workers, so it does not rule it out). They may be the child in the
    images: a child at risk now, so the safety reply (999, Childline) comes as well as the
    support for the person typing. Not words said in jest (``SAID_IN_JEST``), denied ("i
    dont want to hurt myself"), quoted ("She went 'omg I want to die'"), told of a past
    episode, or beside "I'm OK".
    """
    if role not in (None, "other") or TYPIST_SAFE.search(text) or tells_of_a_past_episode(text):
        return False
    return any(
        not DISTRESS_ONLY.search(span.value)
        and not negator_before(text, span.start, risk=True)
        and is_risk_evidence(text, span)
        and not OPEN_QUOTE.search(sentence_before(text, span.start))
        and not SAID_IN_JEST.search(
            clause_before(text, span.start) + span.value + text[span.end : span.end + JEST_REACH]
        )
        for span in user_spans
    )


def young_person_in_danger(
    text: str, entities: Iterable[Mapping[str, Any]], role: str | None = None
) -> bool:
    """Whether the person typing is in danger and may be the child ("im 15 ... i dont want
    to live", or danger said by someone whom nothing shows to be an adult): the safety
    reply is then worded for them, not for a professional. The cheap part of the reading
    only, as :func:`typist_in_crisis`; ``role`` is who the user already said they are."""
    text = normalise(text or "")
    spans = _spans(text, entities)
    user_spans = _user_spans(text, spans)
    if not _typist_in_crisis(text, user_spans):
        return False
    return _young_typist_in_danger(text, user_spans, read_role(text, spans, None) or role)


def _young_typist_in_danger(text: str, user_spans: list[Span], role: object) -> bool:
    """For a typist in crisis: they say they are a child ("im 15"), or say they are in
    danger and nothing shows them to be an adult (:func:`_in_danger_maybe_young`)."""
    return bool(YOUNG_TYPIST.search(text)) or _in_danger_maybe_young(text, user_spans, role)


def _user_spans(text: str, spans: list[Span]) -> list[Span]:
    """The risk cues about the person typing, not a false friend in its context."""
    return [
        span
        for span in spans
        if _first_person_risk(text, span)
        and not is_false_friend(text, span)
        and not is_past_episode(text, span)
    ]


def _typist_in_crisis(text: str, user_spans: list[Span]) -> bool:
    """A risk cue about the person typing that they do not deny. "i cant tell my parents
    id rather die": the "cant" belongs to another statement."""
    return any(
        FIRST_PERSON.match(span.value) or not negator_before(text, span.start, risk=True)
        for span in user_spans
    )


#: "S1" to "S6" are Scotland's secondary stages, named nowhere else in the UK.
SCOTTISH_STAGE = re.compile(r"^s\s*[1-6]s?$", re.IGNORECASE)


def _scottish_stage(text: str, spans: list[Span]) -> str | None:
    """Scotland, when the message names a school stage only Scotland uses ("S1 pupil"); not
    a police note's suspect 1 ("S1: male, late 20s")."""
    stage = any(
        s.label == "school_year"
        and SCOTTISH_STAGE.match(s.value)
        and not ages.is_suspect_label(text, s.value)
        for s in spans
    )
    return "scotland" if stage else None


#: AI words that mean a real child's photo was transformed ("nudified", "a deepfake of her",
#: "made with an app"): such an image is made without the child's agreement (docs/API.md §1
#: ``made_without_consent``). Generic "fake" or "edited" does not say so; the form asks.
TRANSFORMED = re.compile(
    r"nudif|undress|clothes remover|deep\s?-?fakes?|face\s?-?swap|superimpos|morphed|"
    r"^(made|created|generated|produced|done)\b.*\b(app|apps|website|site|tool|bot|filter)$",
    re.IGNORECASE,
)


#: A risk cue said of the person typing: "I can't cope", "I want to die", "I'm not coping".
#: A cue that opens on the person typing ("I'd rather be dead", "if I wasn't here", Scots
#: "if ah wisnae here").
FIRST_PERSON = re.compile(r"^(?:if\s+)?(i|i'm|im|i am|i'd|id|i would|i'll|ill|ah)\b", re.IGNORECASE)


#: The person typing just before a cue: "I'd honestly rather be dead", "I really want to die".
FIRST_PERSON_BEFORE = re.compile(
    r"(?:\b(?:i|i['’]d|id|i\s+would|i['’]m|im|i\s+am|i['’]ll|i\s+will|i\s+might|i\s+could|i\s+wanna|i['’]ve|ive|"
    r"i\s+want\s+to|i\s+feel\s+like|i\s+just\s+want\s+to)|"
    # Scots and Northern speech drop the "I": "am no copin", "am sittin on the railings"
    r"(?:^|[.!?,;]\s*)am)\s+"
    r"(?:(?:honestly|really|just|actually|seriously|literally|genuinely|going\s+to|gonna|gna|"
    r"about\s+to|want\s+to|wanna|gonna\s+go|go|probably|defo|definitely|been|"
    # "i cant stop thinking about jumping", "i keep thinking of ending it"
    r"can['’]?t\s+stop\s+thinking\s+(?:about|of)|keep\s+thinking\s+(?:about|of)|"
    r"(?:am\s+)?thinking\s+(?:about|of)|think\s+(?:about|of))\s+)*$",
    re.IGNORECASE,
)
#: A cue that names the speaker ("kill myself", "end my life"): the person typing, unless
#: the clause reports a child's words ("she texted saying she wants to kill myself").
SPEAKER_CUE = re.compile(r"\b(?:myself|my\s+(?:own\s+)?life|my\s+note)\b", re.IGNORECASE)
#: The verbs that report someone's words ("she texted", "he keeps saying").
_SAYING = r"(?:said|says|saying|texted|messaged|posted|wrote|writes|keeps\s+saying)"
REPORTED_SPEECH = re.compile(
    r"\b(?:she|he|they|v|child|daughter|son|girl|boy|pupil|student)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_SAYING}|told|tells|put)\b|"
    r"[\"“'‘]\s*(?:i|i['’]m|im)\b",
    re.IGNORECASE,
)
#: A quotation just before the words "I ...": "she texted me 'I want to die'".
QUOTED_BEFORE = re.compile(
    rf"(?:{_SAYING}(?:\s+(?:me|us|her|him|them))?|told\s+(?:me|us)|tells\s+(?:me|us))\s*(?:that\s+)?[:,]?\s*"
    r"[\"“'‘]?\s*$|"
    r"[\"“‘]\s*$|(?:^|[\s:,])'\s*$",
    re.IGNORECASE,
)


#: A cue about where someone else is: "don't know where she is".
WHERE_SOMEONE_ELSE_IS = re.compile(r"\bwhere\s+(?:she|he|they)\b", re.IGNORECASE)


def _first_person_risk(text: str, span: Span) -> bool:
    """Whether an immediate-risk cue is about the person typing, not a child."""
    if span.label != "immediate_risk":
        return False
    head = text[: span.start]
    if WHERE_SOMEONE_ELSE_IS.search(span.value):
        return False  # "I don't know where she is": the child is missing, not the typist in crisis
    if FIRST_PERSON.match(span.value):
        return not QUOTED_BEFORE.search(head)
    if speaker := FIRST_PERSON_BEFORE.search(head):
        return not QUOTED_BEFORE.search(head[: speaker.start()])
    return bool(SPEAKER_CUE.search(span.value)) and not REPORTED_SPEECH.search(
        clause_before(text, span.start)
    )


#: A fake made of a real child: "a fake nude of a girl in S4 from her school photo",
#: "fake nudes of two girls in his class", "used Insta photos of 3 girls".
FAKE_OF_REAL_CHILD = re.compile(
    r"\bfakes?\s+(?:nudes?\s+|images?\s+|pics?\s+|photos?\s+)?of\s+(?:a|an|two|three|four|\d+|her|his|"
    r"some|several)\b|\b(?:from|on)\s+(?:her|his|their|a|an)\s+(?:[\w'’]+\s+){0,2}?(?:photo|picture|pic|selfie|"
    r"profile)|\bface\s+on\s+(?:a|an|to\s+a)?\s*(?:naked|nude)\b|"
    r"\b(?:photos?|pictures?|pics|images?)\s+of\s+(?:\d+|two|three|a|an|her|his)\s+"
    r"(?:\w+\s+){0,2}?(?:girls?|boys?|pupils?|students?|classmates?)\b",
    re.IGNORECASE,
)
#: Filmed or photographed without knowing: "filmed her ... she didn't know", "without her
#: knowing", "she had no idea".
FILMED_UNAWARE = re.compile(
    r"\b(?:filmed|filming|recorded|recording|photographed|videoed|took\s+(?:a\s+)?(?:photo|picture|video|pic)s?\s+of)\b"
    r"[^.?!]{0,90}?(?:\b(?:she|he|they)\s+(?:didn['’]?t|did\s+not|had\s+no\s+idea|never)\s*(?:know|knew|idea)?\b|"
    r"\bwithout\s+(?:her|his|their|them)\s+(?:knowing|knowledge)\b|\b(?:none|neither)\s+of\s+them\s+knew\b|"
    r"\bno[-\s]?one\s+knew\b)|"
    r"(?:^|[.,;]\s*)(?:she|he)\s*['’]?s\s+\d{1,2}\s*,\s*(?:didn['’]?t|did\s+not)\s+know\b",
    re.IGNORECASE,
)


def _real_child_transformed(text: str, spans: list[Span], true_facts: Iterable[str]) -> bool:
    """An affirmed AI cue that names transforming a real child's image, or a fake said to
    be of a real child."""
    if "ai_generated" not in set(true_facts):
        return False
    named = any(span.label == "ai_generated" and TRANSFORMED.search(span.value) for span in spans)
    return named or bool(FAKE_OF_REAL_CHILD.search(text))


#: The other person said to be as old as the one whose age is given: "to a girl in his
#: class. She's the same age", "a boy the same age as her".
SAME_AGE = re.compile(
    r"\b(?:she|he|they|who)(?:['’]s|\s+is|\s+was|\s+are|['’]re)\s+(?:also\s+|both\s+)?(?:the\s+)?"
    r"same\s+age\b|\bthe\s+same\s+age\s+as\s+(?:him|her|them|my\s+\w+|our\s+\w+)\b",
    re.IGNORECASE,
)


def _ages(text: str, found: list[ages.Mention], requested_slot: str | None) -> dict[str, object]:
    facts: dict[str, object] = dict(ages.resolve(found, requested_slot))
    known = [key for key in AGE_FACTS if key in facts]
    if len(known) == 1 and SAME_AGE.search(text):
        (key,) = known
        facts["other_age" if key == "pictured_age" else "pictured_age"] = facts[key]
    if not found and requested_slot in AGE_FACTS:
        facts.update(bare_age_answer(text, requested_slot))
    if ages.adult_among(found, text) or facts.get("other_age", 0) >= ADULT_AGE:  # type: ignore[operator]
        facts["adult_involved"] = True
    return facts


def _school_jurisdiction(facts: Mapping[str, object], known: str | None) -> str:
    stated = facts.get("jurisdiction")
    if isinstance(stated, str):
        return stated
    return known if known in JURISDICTIONS else DEFAULT_JURISDICTION


def _spans(text: str, entities: Iterable[Mapping[str, Any]]) -> list[Span]:
    """Our entities, located in ``text``, without duplicates, in order of position."""
    spans: dict[tuple[str, int, int], Span] = {}
    for entity in entities:
        label = entity.get("entity")
        value = entity.get("value")
        if label not in ENTITY_LABELS or not isinstance(value, str) or not value.strip():
            continue
        start, end = _locate(text, normalise(value), entity.get("start"), entity.get("end"))
        spans.setdefault((label, start, end), Span(label, normalise(value), start, end))
    found = [
        _school_year_counted(text, span) for span in spans.values() if not _not_an_age(text, span)
    ]
    found += _adults_inside_risk_cues(found)
    return sorted(found, key=lambda span: (span.start, span.end))


#: The adult a risk cue names ("meeting the man tonight", "gone to meet a man"): the ruler
#: keeps the longer span, the cue, so the adult it would have read is read here.
ADULT_IN_A_CUE = re.compile(r"\b(?:man|bloke|adult|older\s+man|grown\s+man)\b", re.I)


def _adults_inside_risk_cues(spans: list[Span]) -> list[Span]:
    """An ``adult_involved`` span for the adult named inside an ``immediate_risk`` cue."""
    return [
        Span("adult_involved", adult.group(0), span.start + adult.start(), span.start + adult.end())
        for span in spans
        if span.label == "immediate_risk" and (adult := ADULT_IN_A_CUE.search(span.value))
    ]


def _not_an_age(text: str, span: Span) -> bool:
    """Numbers the pipeline reads as an age or a school year that are neither."""
    return _years_apart(text, span) or _numbered_label(text, span)


#: Police notes number the people in a case and give their sex and age in brackets: "child 1
#: (F, 10) and child 2 (M, 8)" (the second child, aged 8, not a child of two).
NUMBERED_LABEL = re.compile(
    r"^(?:[a-z]+\s+)?(?!(?:years?|yrs?|y|p|s)\s*\d)[a-z]{2,}\s*[1-9]$", re.I
)
SEX_AND_AGE_AFTER = re.compile(
    r"^\s*\(\s*(?:[MF]|male|female|juv)\s*,\s*(?:approx\.?\s+|aged?\s+)?\d", re.I
)
#: "S1 (M, approx 17)", "S1 M DOB 04/02/2009": suspect 1, too old to be a Scottish first
#: year (S1 is 11-12), or named with a sex and a date of birth.
SUSPECT_NUMBER_AFTER = re.compile(
    r"^\s*(?:\(\s*[MF]\s*,\s*(?:approx\.?\s+|aged?\s+)?(?:1[5-9]|[2-9]\d)\b|,?\s*[MF]\s+DOB\b)",
    re.I,
)


def _numbered_label(text: str, span: Span) -> bool:
    """ "child 2 (M, 8)", "S1 (M, approx 17)": a numbered person, not an age or a year."""
    if span.label == "age" and NUMBERED_LABEL.match(span.value):
        return SEX_AND_AGE_AFTER.match(text[span.end :]) is not None
    if span.label == "school_year" and re.fullmatch(r"S\s*[1-6]", span.value):
        return SUSPECT_NUMBER_AFTER.match(text[span.end :]) is not None
    return False


#: "a boy two years above her", "a girl 2 yrs older": the pipeline reads "boy two" as an
#: age, but the number counts the years between two people (``extra_spans.RELATIVE_AGE``
#: reads it against the other person's age).
YEARS_APART_AFTER = re.compile(
    r"^\s*(?:years?|yrs?)\s+(?:older|younger|above|below|ahead|behind)\b", re.I
)


def _years_apart(text: str, span: Span) -> bool:
    """ "a boy two years above her" is not a boy of two."""
    return span.label == "age" and YEARS_APART_AFTER.match(text[span.end :]) is not None


#: "two yr 9s", "Two Yr 11s": a count of pupils, then their school year, which the
#: pipeline reads as an age ("two yr", as in "14 yr old") beside the year.
COUNTED_YEAR = re.compile(
    r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?P<year>(?:yrs?|years?)\s+\d{1,2}s?)|"
    # a count in digits only before a plural year: "2 yr 10s" (not "14 yrs 7 months")
    r"\d\s+(?P<plural>(?:yrs?|years?)\s+\d{1,2}s))\b",
    re.I,
)


def _school_year_counted(text: str, span: Span) -> Span:
    """ "two yr 9s swapped pics": the pupils' school year, not an age of two."""
    if span.label != "age":
        return span
    counted = COUNTED_YEAR.match(text[span.start :])
    if counted is None or counted.start(counted.lastgroup) >= span.end - span.start:
        return span
    start = span.start + counted.start(counted.lastgroup)
    end = span.start + counted.end(counted.lastgroup)
    return Span("school_year", text[start:end], start, end)


def _locate(text: str, value: str, start: object, end: object) -> tuple[int, int]:
    """Trust the entity's offsets when they fit the text; otherwise find the value."""
    if isinstance(start, int) and isinstance(end, int) and text[start:end].lower() == value.lower():
        return start, end
    found = text.lower().find(value.lower())
    if found >= 0:
        return found, found + len(value)
    return len(text), len(text)


def _valid(facts: Mapping[str, object]) -> dict[str, object]:
    """Keep only contract keys with valid values: a reader bug must not reach the engine."""
    valid: dict[str, object] = {}
    for key, value in facts.items():
        if key not in FACT_KEYS:
            continue
        if key in AGE_FACTS:
            ok = type(value) is int and MIN_AGE <= value <= MAX_AGE
        elif key == "role":
            ok = value in ROLES
        elif key == "jurisdiction":
            ok = value in JURISDICTIONS
        else:
            ok = value is True
        if ok:
            valid[key] = value
    return valid
