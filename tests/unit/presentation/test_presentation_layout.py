"""The channel-neutral layout (actions/presentation/layout.py): pure, complete, and sent
beside the contract's payloads without changing them."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from actions import messages
from actions.guidance.assessment import assess, assess_mapping
from actions.guidance.facts import BOOL_KEYS, parse_facts
from actions.presentation import layout as neutral
from actions.presentation.layout import (
    Entry,
    assessment_layout,
    deciding_line,
    training_answer_layout,
    with_layout,
)

NO = dict.fromkeys(BOOL_KEYS, False)

CASES: dict[str, dict[str, Any]] = {
    "emergency": {"role": "police", "pictured_age": 15, "immediate_risk": True},
    "referral": {"role": "school", "pictured_age": 14, "other_age": 19},
    "safeguarding": {
        **NO,
        "role": "school",
        "jurisdiction": "england",
        "pictured_age": 15,
        "other_age": 15,
    },
    "out_of_scope": {"role": "other", "pictured_age": 19},
}


def assessment(level: str) -> dict[str, Any]:
    result = assess(parse_facts(CASES[level])).to_dict()
    assert result["level"] == level
    return result


def sections(drawn: Any) -> dict[str, Any]:
    return {section.key: section for section in drawn.sections}


def line_of(drawn: Any, kind: str) -> str | None:
    return dict(zip(drawn.line_kinds, drawn.lines, strict=True)).get(kind)


def test_the_module_imports_neither_rasa_nor_the_rasa_server_code() -> None:
    code = (
        "import sys, actions.presentation.layout\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'server', 'rasa_sdk'))\n"
        "print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_channels_use_the_same_layout() -> None:
    from server.cards import layout as channel_layout

    assert channel_layout.layout is neutral.layout
    assert channel_layout.Layout is neutral.Layout
    assert channel_layout.Section is neutral.Section


@pytest.mark.parametrize("level", list(CASES))
def test_the_assessment_layout_keeps_everything_the_page_shows(level: str) -> None:
    data = assessment(level)
    drawn = assessment_layout(data)
    assert len(drawn.line_kinds) == len(drawn.lines)
    assert drawn.title == messages.HEADLINES[level].split(":")[0]
    assert drawn.extra["level"] == level
    assert drawn.extra["level_label"] == messages.LEVEL_LABELS[level]
    assert line_of(drawn, "detail")
    assert line_of(drawn, "outcome_21") == messages.OUTCOME_21_LINES[data["outcome_21"]]
    assert drawn.extra["guidance_version"] == f"Guidance version {data['guidance_version']}"
    assert drawn.footer.startswith(drawn.extra["guidance_version"])
    by_key = sections(drawn)
    if data["factors"]:
        why = by_key["why"]
        # The reasons that only rule something out fold into one last "Ruled out" line.
        shown = [f for f in data["factors"] if not neutral.known_absent(f)]
        cited = why.entries[: len(shown)]
        assert [entry.text for entry in cited] == [f["effect"] for f in shown]
        assert [entry.source for entry in cited] == [f["source"] for f in shown]
        assert [entry.url for entry in cited] == [f.get("url") for f in shown]
        assert why.items[: len(shown)] == tuple(f"{f['effect']} ({f['source']})" for f in shown)
        ruled_out = neutral.ruled_out_line(data["factors"])
        assert why.items[len(shown) :] == ((ruled_out,) if ruled_out else ())
    steps = by_key["steps"]
    assert steps.numbered
    assert [(e.text, e.source, e.url) for e in steps.entries] == [
        (a["text"], a["source"], a.get("url")) for a in data["actions"]
    ]
    contacts = by_key["contacts"]
    assert [(e.text, e.detail, e.note) for e in contacts.entries] == [
        (s["name"], s["contact"], s.get("audience") or None) for s in data["signposts"]
    ]
    json.dumps(drawn.to_dict())  # plain JSON


def test_a_provisional_assessment_lists_the_open_questions_by_label() -> None:
    data = assessment("referral")
    assert data["complete"] is False and data["open_questions"]
    section = sections(assessment_layout(data))["open_questions"]
    labels = [messages.label(key) for key in data["open_questions"]]
    assert list(section.items) == labels
    assert [entry.text for entry in section.entries] == labels
    assert section.heading.startswith("Provisional")
    assert assessment_layout(data).sections[0].key == "open_questions"
    complete = {**data, "complete": True}
    assert "open_questions" not in sections(assessment_layout(complete))


def test_the_full_investigation_line_only_when_the_assessment_says_so() -> None:
    data = assessment("referral")
    on = assessment_layout({**data, "full_investigation": True})
    off = assessment_layout({**data, "full_investigation": False})
    assert line_of(on, "full_investigation") == messages.FULL_INVESTIGATION_LINE
    assert line_of(off, "full_investigation") is None
    assert messages.FULL_INVESTIGATION_LINE not in off.lines


def test_an_adult_maybe_involved_comes_first_and_the_victim_line_follows_the_text_module() -> None:
    scoped = {**assessment("out_of_scope"), "open_questions": ["adult_involved"], "complete": False}
    drawn = assessment_layout(scoped)
    assert drawn.line_kinds[0] == "provisional_adult"
    assert drawn.lines[0] == messages.PROVISIONAL_ADULT_LINE
    victim = assessment_layout({**assessment("referral"), "pictured_child": "victim"})
    assert line_of(victim, "pictured_child") == messages.PICTURED_CHILD_LINES["victim"]
    involved = assessment_layout({**assessment("referral"), "pictured_child": "involved"})
    assert line_of(involved, "pictured_child") is None


def test_local_contacts_come_before_the_national_ones() -> None:
    local = {"id": "x", "name": "Exampleshire Front Door", "kind": "front_door", "contact": "01632"}
    drawn = assessment_layout({**assessment("referral"), "local_contacts": [local]})
    keys = [section.key for section in drawn.sections]
    assert keys.index("local_contacts") < keys.index("contacts")
    assert sections(drawn)["local_contacts"].entries == (
        Entry("Exampleshire Front Door", detail="01632"),
    )


def test_a_source_without_an_address_has_no_url() -> None:
    data = assessment("safeguarding")
    for factor in data["factors"]:
        factor.pop("url", None)
    why = sections(assessment_layout(data))["why"]
    cited = [entry for entry in why.entries if not entry.text.startswith("Ruled out")]
    assert cited and all(entry.url is None and entry.source for entry in cited)


def test_with_layout_adds_a_key_and_changes_none() -> None:
    data = assessment("emergency")
    original = json.loads(json.dumps(data))
    sent = with_layout({"assessment": data}, buttons=[{"title": "Why?", "payload": "/why"}])
    assert set(sent) == {"assessment", "layout"}
    assert sent["assessment"] == original
    assert (
        sent["layout"] == assessment_layout(data, [{"title": "Why?", "payload": "/why"}]).to_dict()
    )
    topic = {"topic": "law", "sources": ["A"]}
    assert with_layout(topic, "Law\nText.")["topic"] == "law"
    assert with_layout({"notice": {"kind": "x"}}) == {"notice": {"kind": "x"}}
    question = {"training": {"stage": "question", "title": "T"}}
    assert with_layout(question) == question


def test_the_training_reveal_layout() -> None:
    data = assessment("referral")
    training = {
        "stage": "answer",
        "chosen": "safeguarding",
        "correct_level": "referral",
        "correct": False,
        "outcome_21": "not_appropriate",
        "factors": data["factors"][:2],
        "teaching_points": [{"text": "Point", "source": "S", "url": "https://s.example/"}],
    }
    drawn = training_answer_layout(training)
    assert drawn.extra["level_label"] == messages.LEVEL_LABELS["referral"]
    assert line_of(drawn, "chosen") == f"You chose: {messages.LEVEL_LABELS['safeguarding']}."
    assert line_of(drawn, "outcome_21") == messages.OUTCOME_21_LINES["not_appropriate"]
    assert [s.key for s in drawn.sections] == ["why", "teaching_points"]
    assert sections(drawn)["teaching_points"].entries == (
        Entry("Point", source="S", url="https://s.example/"),
    )
    assert with_layout({"training": training})["layout"] == drawn.to_dict()


def test_the_chat_page_keeps_no_copy_of_the_wording() -> None:
    from pathlib import Path

    script = (Path(__file__).parents[3] / "web" / "static" / "app.js").read_text()
    wording = [
        *(headline.partition(": ")[2][:60] for headline in messages.HEADLINES.values()),
        *(line.partition(": ")[2][:60] for line in messages.OUTCOME_21_LINES.values()),
        *(line[:60] for line in messages.PICTURED_CHILD_LINES.values() if line),
        *(label for label in messages.FACT_LABELS.values() if len(label) > 12),
        *messages.LEVEL_LABELS.values(),
        messages.FULL_INVESTIGATION_LINE[:60],
        messages.PROVISIONAL_ADULT_LINE[12:60],
    ]
    copies = [text for text in wording if text and text.lower() in script.lower()]
    assert copies == []


# ------------------------------------------------------------ a card that fits one screen


@pytest.mark.parametrize("level", list(CASES))
def test_the_headline_is_the_level_why_and_three_first_steps(level: str) -> None:
    data = assessment(level)
    drawn = assessment_layout(data)
    why = line_of(drawn, "deciding")
    assert why and why.startswith("Why: ")
    assert drawn.line_kinds.index("deciding") == drawn.line_kinds.index("detail") + 1
    keys = [section.key for section in drawn.sections]
    first = sections(drawn)["top_steps"]
    assert first.numbered and not first.folded and len(first.items) == 3
    # The first steps are the first three steps, each cut to its first sentence.
    for short, step in zip(first.items, data["actions"], strict=False):
        assert step["text"].startswith(short.rstrip(".")[:20])
    # Below the headline, folded, in order: all steps, the reasons, the contacts.
    assert (
        keys.index("top_steps") < keys.index("steps") < keys.index("why") < keys.index("contacts")
    )
    assert all(sections(drawn)[key].folded for key in ("steps", "why", "contacts"))


def test_the_deciding_factor() -> None:
    assert line_of(assessment_layout(assessment("emergency")), "deciding") == (
        "Why: a child is at immediate risk of harm."
    )
    assert "an adult is involved" in line_of(assessment_layout(assessment("referral")), "deciding")
    assert line_of(assessment_layout(assessment("safeguarding")), "deciding") == (
        "Why: none of the referral circumstances is known."
    )
    assert "19" in line_of(assessment_layout(assessment("out_of_scope")), "deciding")


def test_an_emergency_puts_999_first() -> None:
    data = assessment("emergency")
    assert "999" in sections(assessment_layout(data))["top_steps"].items[0]
    other = {**data, "actions": data["actions"][1:]}
    first = sections(assessment_layout(other))["top_steps"].items
    assert first[0] == neutral.EMERGENCY_STEP and len(first) == 3


def test_the_known_absent_reasons_fold_into_one_ruled_out_line() -> None:
    data = assessment("safeguarding")
    absent = [f for f in data["factors"] if neutral.known_absent(f)]
    assert len(absent) >= 8
    why = sections(assessment_layout(data))["why"]
    assert len(why.items) == len(data["factors"]) - len(absent) + 1
    ruled_out = why.items[-1]
    assert ruled_out.startswith("Ruled out")
    assert "an adult is involved" in ruled_out
    assert not any(item.startswith(("No ", "Nothing ")) for item in why.items)


def test_parents_get_plain_words() -> None:
    data = {**assessment("referral"), "pictured_child": "victim"}
    data["actions"] = [
        {"text": "The police may use Outcome 21; CSC will be told.", "source": "x"},
        *data["actions"],
    ]
    for drawn in (
        assessment_layout(data, role="parent"),
        assessment_layout({**data, "role": "parent"}),
        neutral.layout(None, None, {"assessment": data, "facts": {"role": "parent"}}),
    ):
        assert drawn is not None and drawn.extra["role"] == "parent"
        assert line_of(drawn, "outcome_21") is None
        text = drawn.plain_text()
        assert "CSC" not in text
        assert "Outcome 21 (a police decision not to take the case further" in text
    assert line_of(assessment_layout(data, role="school"), "outcome_21")
    sent = with_layout({"assessment": data}, role="parent")
    assert set(sent) == {"assessment", "layout"} and sent["assessment"] == data
    assert "outcome_21" not in sent["layout"]["line_kinds"]
    assert "CSC" not in json.dumps(sent["layout"])


@pytest.mark.parametrize(
    ("facts", "why"),
    [
        # an age decides: the scope statement ("an image of a child in law") is passed over
        (
            {"role": "parent", "pictured_age": 8, "other_age": 8},
            "Why: a child under 13 is involved.",
        ),
        (
            {"role": "trainer", "pictured_age": 9, "other_age": 11, "widely_shared": True},
            "Why: a child under 13 is involved.",
        ),
        # otherwise the first circumstance that raises the level
        (
            {"pictured_age": 14, "other_age": 15, "widely_shared": True},
            "Why: the image was shared with many people or posted publicly.",
        ),
    ],
)
def test_the_deciding_factor_can_be_an_age(facts, why) -> None:
    """Development narratives AE (2026-12-07): an 8-year-old's card said "the youngest person
    pictured was 8", and a P7 case "shared with many people", where a child under 13 decides."""
    data = assess_mapping(facts)
    assert deciding_line(data["level"], data["factors"]) == why
