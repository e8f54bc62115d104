"""Find and replace personal data in free text, before it is stored or logged.

The assistant needs facts (ages, school years, what happened), never who the
people are. Users still type names, phone numbers, e-mail addresses and
postcodes; this module replaces them with placeholders (``[name]``,
``[phone]``, ``[email]``, ``[postcode]``, ``[handle]``) so that the tracker
store and the logs never keep them.

It is deliberately conservative about what it calls personal data: ages
("she is 14"), school years ("Year 10", "Y9"), money ("£100"), dates, times,
reference numbers and sentences such as "Called the police" are facts the case
needs and must survive. Names are only recognised in obvious patterns
("she's called Jane", "his name is Tom", "a boy named Sam", "Mrs Patel"),
not guessed from capital letters; once found, the same name is redacted
wherever else it appears in that text ("She's called Jane. Jane sent it").

Pure Python, no Rasa import: used by the tracker store, the logging filter and
the tests alike.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

KINDS = ("email", "handle", "phone", "postcode", "name")


@dataclass(frozen=True)
class Span:
    """One piece of personal data found in a text: ``text[start:end]``."""

    start: int
    end: int
    kind: str

    @property
    def placeholder(self) -> str:
        """What replaces the span, e.g. ``[phone]``."""
        return f"[{self.kind}]"


@dataclass(frozen=True)
class Redaction:
    """A redacted text and how its offsets relate to the original's."""

    original: str
    text: str
    spans: tuple[Span, ...]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``original[start:end]`` touches a redacted span."""
        return any(span.start < end and start < span.end for span in self.spans)

    def new_offset(self, index: int) -> int:
        """Where ``original[index]`` is in the redacted text.

        An index inside a redacted span maps to the start of its placeholder,
        so entity offsets (start, end) stay valid after redaction.
        """
        shift = 0
        for span in self.spans:
            if index >= span.end:
                shift += len(span.placeholder) - (span.end - span.start)
            elif index > span.start:
                return span.start + shift
        return index + shift


# --- e-mail addresses and social media handles ---------------------------------

# Bounded parts (RFC 5321 limits) keep the cost linear on long base64-like runs in logs.
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}")
# "@janey_123" (Snapchat, Instagram, TikTok, X): a username identifies a child.
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")

# --- phone numbers ----------------------------------------------------------------

# UK national format: 0 + 9 or 10 digits, in groups ("07700 900123", "020 7946 0958",
# "(01632) 960 001"). Digits are counted after matching, so dates ("01/02/2024"),
# ages and money never qualify.
_UK_PHONE = re.compile(
    r"(?<![\w+£$€])(?:\(0\d{2,4}\)|0\d{2,4})[ \-]?\d{3,4}[ \-]?\d{3,4}(?![\w£$€])"
)
# International: +CC or 00CC, then groups ("+44 7700 900123", "+44 (0)20 7946 0958",
# "+1 212-555-0100", "0033 6 12 34 56 78").
_INTL_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[ \-]?(?:\(0\)[ \-]?)?\(?\d{1,4}\)?(?:[ \-]?\d{2,4}){1,5}(?!\w)"
)
# Freephone (080) and 03 numbers belong to organisations (Childline, NSPCC, POSH, ...),
# not to a person, and the assistant's own replies quote them.
_ORGANISATION_PREFIXES = ("080", "03")


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def _is_uk_phone(candidate: str) -> bool:
    digits = _digits(candidate)
    return len(digits) in (10, 11) and not digits.startswith(_ORGANISATION_PREFIXES)


def _is_international_phone(candidate: str) -> bool:
    digits = _digits(candidate)
    if candidate.startswith("00"):
        digits = digits[2:]
    return 8 <= len(digits) <= 15


# --- UK postcodes -----------------------------------------------------------------

# The 124 postcode areas (plus BF for BFPO): checking the area keeps "Y9 2nd" or
# "KS3 1st" from looking like postcodes.
_POSTCODE_AREA_LIST = """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG
    DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE
    KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL
    PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB
    W WA WC WD WF WN WR WS WV YO ZE"""
_POSTCODE_AREAS = frozenset(_POSTCODE_AREA_LIST.split())
_POSTCODE = re.compile(
    r"\b([A-Z]{1,2})(\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _is_postcode(match: re.Match[str]) -> bool:
    area, _, inward = match.groups()
    if area.upper() not in _POSTCODE_AREAS:
        return False
    # "s1 2nd" is an ordinal in lower case; "S1 2ND" or "B33 8TH" is a postcode.
    return not (inward[1:] in _ORDINAL_SUFFIXES and inward[1:].islower())


# --- names in obvious patterns ----------------------------------------------------

# Words that follow "called"/"named"/"name is" without being a name (lower case):
# function words, roles, family words, services, platforms and verbs.
_NOT_NAME_LIST = """
    a an the this that these those it its he she they them him her his their there here
    i me my mine we us our you your yours who whom whose which what when where why how
    and or but not no nor so if as at by for from in into of off on onto out over to up
    with about after before again also just only very too still then than once
    is are was were be been being am has have had do does did will would can could
    shall should may might must get got gets getting go goes went gone come came
    someone somebody anyone anybody everyone nobody something anything nothing everything
    one two three four five six seven eight nine ten some any all each every both
    back straight immediately today yesterday tonight now later earlier soon
    unknown withheld private confidential important redacted secret anonymous unnamed
    police officer officers constable detective school teacher teachers head headteacher
    dsl dsls deputy safeguarding lead staff office services service social worker
    childline ceop nspcc samaritans iwf posh shout emergency ambulance pcso pc mash camhs
    sen senco lado csc outcome snapchat instagram tiktok whatsapp facebook discord
    messenger teams youtube x
    mum mom dad mother father mummy daddy parent parents carer carers guardian family
    nan nana gran granny grandma grandad grandpa grandmother grandfather aunt uncle
    brother sister cousin son daughter friend friends boyfriend girlfriend partner
    girl boy girls boys child children kid kids pupil pupils student students person
    people victim suspect man woman men women lad lass baby teen teenager teenagers
    name names nickname sent send sending shared share sharing showed shown show asked
    asking took taken posted post made make making received receive said says told
    tell telling aged age ages year years old yr yrs y7 y8 y9 y10 y11 y12 y13
    call called calls calling named
"""
_NOT_NAMES = frozenset(_NOT_NAME_LIST.split())

_CAP_WORD = r"[A-Z][a-zA-Z\u00C0-\u024F'’\-]*"
_LOW_WORD = r"[a-z\u00C0-\u024F][a-z\u00C0-\u024F'’\-]*"
_WORD = rf"(?:{_CAP_WORD}|{_LOW_WORD})"
_NAME_TAIL = rf"((?:{_WORD})(?:[ \-](?:{_WORD})){{0,2}})"

# "my name is", "her name's", "the girl's name was", "surname:", "first name is".
_NAME_IS = re.compile(
    r"(?i:\b(?:sur|first |last |full |real |nick)?name(?: is| was|'s|’s|:| =)) *" + _NAME_TAIL
)
# "she's called", "he is called", "who was called", "I'm called", "is also called".
_IS_CALLED = re.compile(
    r"(?i:\b(?:is|was|are|were|am|be|'s|’s|'m|’m|'re|’re)(?: also)? called) +" + _NAME_TAIL
)
# "a girl named", "named".
_NAMED = re.compile(r"(?i:\bnamed) +" + _NAME_TAIL)
# "a boy called Tom", "called Jane Smith": capitalised names only ("called the police",
# "called him", "Called 999" are not names).
_CALLED_CAPITALISED = re.compile(
    rf"(?i:\bcalled) +((?:{_CAP_WORD})(?:[ \-](?:{_CAP_WORD})){{0,2}})"
)
# "Mrs Patel", "Mr. Jones", "Dr Okafor" (case-sensitive: "miss school" is not a title).
_TITLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? +((?:{_CAP_WORD})(?:[ \-](?:{_CAP_WORD}))?)")

_NAME_PATTERNS = (_NAME_IS, _IS_CALLED, _NAMED, _CALLED_CAPITALISED, _TITLE)

# --- which patterns can match at all --------------------------------------------------

# Each pattern needs a literal its matches always contain, so a text without it is not
# searched: the assistant's own long replies (5-15 KB with an assessment) would
# otherwise go through every pattern on every save. The letters of "name" and "called"
# match case-insensitively only their own two cases (checked over all of Unicode in
# tests/unit/server/test_server_redaction.py), so a lower-cased text shows them.
_TITLES = ("Mr", "Ms", "Mx", "Miss", "Dr")
_DIGIT = re.compile(r"\d")
_NAME_GUARDS: dict[re.Pattern[str], Callable[[str, str], bool]] = {
    _NAME_IS: lambda text, lowered: "name" in lowered,
    _IS_CALLED: lambda text, lowered: "called" in lowered,
    _NAMED: lambda text, lowered: "named" in lowered,
    _CALLED_CAPITALISED: lambda text, lowered: "called" in lowered,
    _TITLE: lambda text, lowered: any(title in text for title in _TITLES),
}


def _is_name_word(word: str) -> bool:
    """A word that can be (part of) a person's name here."""
    bare = word.strip("'’-").replace("’", "'").lower()
    # "she's", "they're", "I'm": judged by the word before the apostrophe.
    return bool(bare) and bare not in _NOT_NAMES and bare.split("'")[0] not in _NOT_NAMES


def _name_span(match: re.Match[str]) -> tuple[int, int] | None:
    """The leading name words of the captured tail, or None if it starts with no name."""
    tail_start = match.start(1)
    end = None
    for word in re.finditer(r"[^ \-]+", match.group(1)):
        if not _is_name_word(word.group()):
            break
        # "called Jane and ..." stops at "and"; "named Jane Smith" takes both words.
        end = tail_start + word.end()
    return None if end is None else (tail_start, end)


# --- finding and replacing ---------------------------------------------------------


def _matches(text: str, guarded: bool = True) -> Iterator[Span]:
    """Every candidate span, in priority order (earlier kinds win overlaps).

    ``guarded=False`` searches with every pattern, whatever the text holds: the tests
    compare the two to show that the guards only ever skip searches that find nothing.
    """
    everything = not guarded
    if everything or "@" in text:
        for match in _EMAIL.finditer(text):
            yield Span(match.start(), match.end(), "email")
        for match in _HANDLE.finditer(text):
            yield Span(match.start(), match.end(), "handle")
    if everything or "+" in text or "00" in text:
        for match in _INTL_PHONE.finditer(text):
            if _is_international_phone(match.group()):
                yield Span(match.start(), match.end(), "phone")
    if everything or "0" in text:
        for match in _UK_PHONE.finditer(text):
            if _is_uk_phone(match.group()):
                yield Span(match.start(), match.end(), "phone")
    if everything or _DIGIT.search(text):
        for match in _POSTCODE.finditer(text):
            if _is_postcode(match):
                yield Span(match.start(), match.end(), "postcode")
    lowered = text.lower()
    for pattern in _NAME_PATTERNS:
        if guarded and not _NAME_GUARDS[pattern](text, lowered):
            continue
        for match in pattern.finditer(text):
            found = _name_span(match)
            if found:
                yield Span(found[0], found[1], "name")


def _repeated_names(text: str, names: list[Span]) -> Iterator[Span]:
    """Other mentions of a name found by a pattern: "She's called Jane. Jane sent it"."""
    words = {
        word.group()
        for span in names
        for word in re.finditer(r"[^\W\d_][\w'’\-]*", text[span.start : span.end])
        if len(word.group()) > 1
    }
    for word in words:
        for match in re.finditer(rf"(?<![\w'’\-]){re.escape(word)}(?![\w\-])", text):
            yield Span(match.start(), match.end(), "name")


class _SpanSet:
    """Sorted, non-overlapping spans; a new span is kept only if it overlaps none."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[Span] = []

    def add(self, span: Span) -> None:
        index = bisect.bisect_left(self.starts, span.start)
        if index > 0 and self.spans[index - 1].end > span.start:
            return
        if index < len(self.spans) and self.spans[index].start < span.end:
            return
        self.starts.insert(index, span.start)
        self.spans.insert(index, span)


def find_spans(text: str) -> tuple[Span, ...]:
    """The personal data in ``text``: sorted, non-overlapping spans."""
    chosen = _SpanSet()
    for span in _matches(text):
        chosen.add(span)
    names = [span for span in chosen.spans if span.kind == "name"]
    for span in _repeated_names(text, names):
        chosen.add(span)
    return tuple(chosen.spans)


def redaction(text: str) -> Redaction:
    """Redact ``text`` and keep what is needed to move entity offsets."""
    spans = find_spans(text)
    parts: list[str] = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(span.placeholder)
        position = span.end
    parts.append(text[position:])
    return Redaction(original=text, text="".join(parts), spans=spans)


def redact(text: str) -> str:
    """``text`` with names, phone numbers, e-mails, handles and postcodes replaced."""
    if not text:
        return text
    return redaction(text).text


def redact_value(value: Any, redact_text: Callable[[str], str] = redact) -> Any:
    """A copy of a JSON-like value with every string in it redacted."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {key: redact_value(item, redact_text) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item, redact_text) for item in value]
    return value
