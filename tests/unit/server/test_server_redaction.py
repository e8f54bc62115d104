"""Redaction: personal data goes, the facts a case needs stay."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.redaction import Span, _matches, find_spans, redact, redact_value, redaction

# (text, what must be gone, the placeholder that replaces it)
POSITIVE = [
    ("ring me on 07700 900123 please", "07700 900123", "[phone]"),
    ("mobile 07700900123", "07700900123", "[phone]"),
    ("the school is on 020 7946 0958", "020 7946 0958", "[phone]"),
    ("call (01632) 960 001", "(01632) 960 001", "[phone]"),
    ("her number (07700 900123) is new", "07700 900123", "[phone]"),
    ("landline 0161 496 0000.", "0161 496 0000", "[phone]"),
    ("dad's number 07700-900-123", "07700-900-123", "[phone]"),
    ("+44 7700 900123 is her number", "+44 7700 900123", "[phone]"),
    ("text +447700900123", "+447700900123", "[phone]"),
    ("office +44 (0)20 7946 0958", "+44 (0)20 7946 0958", "[phone]"),
    ("US cousin +1 212-555-0100", "+1 212-555-0100", "[phone]"),
    ("French number 0033 6 12 34 56 78", "0033 6 12 34 56 78", "[phone]"),
    ("Irish +353 87 123 4567", "+353 87 123 4567", "[phone]"),
    ("email jane.smith@example.co.uk now", "jane.smith@example.co.uk", "[email]"),
    ("Contact: J_Doe+school@mail.example.org.", "J_Doe+school@mail.example.org", "[email]"),
    ("her snap is @janey_123", "@janey_123", "[handle]"),
    ("posted by @lad.on.tour", "@lad.on.tour", "[handle]"),
    ("lives at SW1A 1AA", "SW1A 1AA", "[postcode]"),
    ("postcode B33 8TH", "B33 8TH", "[postcode]"),
    ("in m1 1ae, near the park", "m1 1ae", "[postcode]"),
    ("address EC1V9HX", "EC1V9HX", "[postcode]"),
    ("Belfast BT7 1NN", "BT7 1NN", "[postcode]"),
    ("she's called Jane and she is 14", "Jane", "[name]"),
    ("She’s called Amira", "Amira", "[name]"),
    ("he is called Tom Smith.", "Tom Smith", "[name]"),
    ("his name is Tom, he is 15", "Tom", "[name]"),
    ("Her name's Priya Patel", "Priya Patel", "[name]"),
    ("my name is jane smith i am the DSL", "jane smith", "[name]"),
    ("My name is Sgt O'Brien", "Sgt O'Brien", "[name]"),
    ("a boy named sam sent it", "sam", "[name]"),
    ("a girl named Zoë-Anne", "Zoë-Anne", "[name]"),
    ("a boy called Jayden sent it", "Jayden", "[name]"),
    ("I'm called Dave", "Dave", "[name]"),
    ("surname: Kowalski", "Kowalski", "[name]"),
    ("Mrs Patel the head said", "Patel", "[name]"),
    ("I spoke to Mr. Jones", "Jones", "[name]"),
    ("Her Name is Tom", "Tom", "[name]"),
    ("SHE IS CALLED Jane", "Jane", "[name]"),
    ("a girl NAMED Ruby", "Ruby", "[name]"),
]


@pytest.mark.parametrize(("text", "secret", "placeholder"), POSITIVE)
def test_personal_data_is_replaced_by_its_placeholder(
    text: str, secret: str, placeholder: str
) -> None:
    redacted = redact(text)
    assert secret not in redacted
    assert placeholder in redacted


# Facts a case needs, and ordinary sentences: nothing may change.
NEGATIVE = [
    "she is 14 and he is 15",
    "a year 9 girl, Year 10 boy, Y11, y7, year7",
    "he's in Year 10 and she's in KS3",
    "they asked for £100, then £1,000 and 50 quid",
    "on 12/03/2024, or 2024-03-12, at 14:30",
    "it happened on 01/02/2024 at 07:45",
    "Called the police at 3pm",
    "she called the police and Childline",
    "I called 999 straight away",
    "he called her names and shared it",
    "she was called a slut by the group",
    "he has been called names for weeks",
    "the app is called Snapchat",
    "The name is not important.",
    "What is her name?",
    "her name is unknown",
    "the Named person service in Scotland",
    "named in the report as the victim",
    "call 999, 101, Childline on 0800 1111, NSPCC 0808 800 5000 or Samaritans 116 123",
    "POSH helpline 0344 381 4772",
    "crime reference 12345678, incident 1234567890",
    "aged 16, about 13 or 14 years old, a 17-year-old",
    "a y9 2nd time, S1 2nd incident, KS3 1st offence",
    "it was on the 3rd, then the 21st",
    "😀🙈🔥 <script>alert(1)</script>",
    "'; DROP TABLE events; --",
    "email me? no, she shared it @ school",
    "",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_facts_and_ordinary_sentences_survive(text: str) -> None:
    assert redact(text) == text


def test_a_message_with_everything_keeps_its_facts() -> None:
    text = (
        "Year 9 girl, 14, she's called Jane Smith; the boy is 15. Her mum is on "
        "07700 900123, jane.mum@example.com, they live in SW1A 1AA. They asked for £100."
    )
    redacted = redact(text)
    for secret in ("Jane", "Smith", "07700", "jane.mum", "SW1A"):
        assert secret not in redacted
    for fact in ("Year 9", "14", "15", "£100", "Her mum"):
        assert fact in redacted
    assert redacted.count("[") == 4


def test_spans_are_sorted_and_do_not_overlap() -> None:
    spans = find_spans("mail jo@example.com or 07700 900123, she's called Jo")
    assert [span.kind for span in spans] == ["email", "phone", "name"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_offsets_move_with_the_redaction() -> None:
    text = "called Jane, she is 14"
    result = redaction(text)
    age_start = text.index("14")
    moved = result.new_offset(age_start)
    assert result.text[moved : moved + 2] == "14"
    name_start = text.index("Jane")
    assert result.overlaps(name_start, name_start + 4)
    assert not result.overlaps(age_start, age_start + 2)
    # An index inside a redacted span maps to the placeholder's start.
    assert result.text[result.new_offset(name_start + 2) :].startswith("[name]")


def test_redact_value_walks_nested_json() -> None:
    value = {"a": ["call 07700 900123", {"b": "ok"}], "n": 14, "t": None}
    assert redact_value(value) == {"a": ["call [phone]", {"b": "ok"}], "n": 14, "t": None}


def test_redaction_is_idempotent() -> None:
    once = redact("she's called Jane, 07700 900123, SW1A 1AA, jo@example.com, @jo_1")
    assert redact(once) == once


def test_a_name_found_once_is_redacted_wherever_it_recurs() -> None:
    text = "She's called Jane. Jane sent it to Tom, and Jane's mum found out."
    assert redact(text) == (
        "She's called [name]. [name] sent it to Tom, and [name]'s mum found out."
    )


def test_a_recurring_name_is_matched_as_a_whole_word_in_its_own_case() -> None:
    assert redact("his name is Mark. Mark said he would mark it; Markus saw it") == (
        "his name is [name]. [name] said he would mark it; Markus saw it"
    )


def test_contractions_after_called_are_not_names() -> None:
    assert redact("she's called she's called he's") == "she's called she's called he's"
    assert redact("a boy named they're") == "a boy named they're"


def test_many_spans_in_one_long_text_are_all_found() -> None:
    """Log lines can be long: every span is still found once, without overlaps."""
    text = "SW1A 1AA, 07700 900123; she's called Jane. " * 2000
    assert redact(text) == "[postcode], [phone]; she's called [name]. " * 2000


# --- the guards that skip searches ---------------------------------------------------

#: Pieces that put the texts near every pattern's edges: the literals the guards look
#: for, digits, separators, title and name words, in various cases.
FRAGMENTS = [
    *(secret for _, secret, _ in POSITIVE),
    *NEGATIVE,
    "@",
    "+",
    "00",
    "0",
    "7",
    " ",
    "-",
    "(",
    ")",
    ".",
    "'",
    "’",
    "\n",
    "name",
    "NAME",
    "Name",
    "named",
    "called",
    "CALLED",
    "is",
    "she's",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Miss",
    "Dr",
    "Jane",
    "Tom",
    "SW1A",
    "1AA",
    "B33",
    "8TH",
    "m1",
    "1ae",
]


def spans(text: str, guarded: bool) -> list[Span]:
    return list(_matches(text, guarded=guarded))


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.text(max_size=20))
@settings(max_examples=400, deadline=None)
def test_the_guards_only_skip_searches_that_find_nothing(parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    assert spans(text, guarded=True) == spans(text, guarded=False)


@pytest.mark.parametrize(("text", "secret", "placeholder"), POSITIVE)
def test_the_guards_let_every_known_case_through(text: str, secret: str, placeholder: str) -> None:
    assert spans(text, guarded=True) == spans(text, guarded=False) != []


def test_the_letters_the_name_guards_look_for_have_no_other_case_forms() -> None:
    """Lower-casing shows "name" and "called" in a text whenever the (?i) patterns see them.

    In Python's regular expressions some letters match other letters case-insensitively
    (the Kelvin sign matches "k", the long s "s"); none of these letters may.
    """
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in set("name" + "called"):
        for found in set(re.findall(f"(?i:{letter})", everything)):
            assert found.lower() == letter, (letter, found)
