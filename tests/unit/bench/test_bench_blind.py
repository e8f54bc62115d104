"""Scoring for `make blind-eval`: the blind sets' pure scoring, sealing and the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import blind
from bench.blind import (
    NarrativeResult,
    PicturedResult,
    QuestionResult,
    RiskResult,
    SealedSetError,
    check_not_sealed,
    is_safety_reply,
    load_set,
    render_section,
    splice,
    subset,
    summarise_narratives,
    summarise_pictured,
    summarise_questions,
    summarise_risk,
    topics_in,
    update_page,
)

# --------------------------------------------------------------------------- sealing


def test_the_sealed_set_is_refused_without_the_flag(tmp_path: Path) -> None:
    sealed = tmp_path / "sealed.yml"
    sealed.write_text("questions: []\n")
    with pytest.raises(SealedSetError):
        check_not_sealed(sealed)
    with pytest.raises(SealedSetError):
        load_set(sealed, "questions")


def test_the_sealed_set_is_refused_before_it_is_read(tmp_path: Path) -> None:
    missing = tmp_path / "questions" / "sealed.yml"  # does not exist: must not be opened
    with pytest.raises(SealedSetError):
        load_set(missing, "questions")


def test_the_sealed_set_is_allowed_only_with_the_flag(tmp_path: Path) -> None:
    sealed = tmp_path / "sealed.yml"
    sealed.write_text("questions:\n  - {text: a, topic: law}\n")
    assert load_set(sealed, "questions", allow_sealed=True) == [{"text": "a", "topic": "law"}]


def test_an_open_set_loads(tmp_path: Path) -> None:
    open_set = tmp_path / "open.yml"
    open_set.write_text("questions:\n  - {text: a, topic: law}\n")
    check_not_sealed(open_set)
    assert load_set(open_set, "questions") == [{"text": "a", "topic": "law"}]


def test_a_file_without_the_list_is_an_error(tmp_path: Path) -> None:
    other = tmp_path / "open.yml"
    other.write_text("something: else\n")
    with pytest.raises(ValueError, match="questions"):
        load_set(other, "questions")


def test_the_subset_is_deterministic_and_spread() -> None:
    items = list(range(10))
    assert subset(items, None) == items
    assert subset(items, 20) == items
    assert subset(items, 5) == [0, 2, 4, 6, 8]
    assert subset(items, 5) == subset(items, 5)


# --------------------------------------------------------------------------- replies


def test_topics_come_from_custom_payloads_not_buttons() -> None:
    replies = [
        {"text": "Did you mean", "buttons": [{"title": "law", "payload": '/ask{"topic": "law"}'}]},
        {"text": "answer", "custom": {"topic": "devices", "sources": []}},
        {"custom": {"assessment": {"level": "referral"}}},
        {"custom": {"topic": "law"}},
    ]
    assert topics_in(replies) == ["devices", "law"]
    assert topics_in([]) == []


def test_the_safety_reply_is_recognised_and_the_footer_is_not() -> None:
    assert is_safety_reply({"text": "A child may be in immediate danger. Call 999 now, then ..."})
    assert is_safety_reply({"text": "EMERGENCY: a child may be in immediate danger. Call 999 now"})
    assert not is_safety_reply({"text": "If a child is in immediate danger, call 999."})
    assert not is_safety_reply({"custom": {"topic": "law"}})


def test_the_support_reply_counts_only_for_a_user_in_crisis_themselves() -> None:
    support = {"text": "This sounds hard for you too, and you matter as well. Samaritans ..."}
    assert is_safety_reply(support, "user")
    assert not is_safety_reply(support, "child")
    assert not is_safety_reply(support)
    without_999 = {"text": "This sounds really hard, and you matter. Samaritans ..."}
    assert is_safety_reply(without_999, "user")
    assert not is_safety_reply(without_999, "child")


def test_the_support_reply_opens_with_the_999_line_so_it_is_a_safety_reply_for_anyone() -> None:
    """A teenager typing about themselves ("gonna do it properly this time") gets the
    support reply; it opens with the 999 line, so it is the safety reply whoever is at risk."""
    import yaml

    from tests.unit.test_dev_sets import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    text = domain["responses"]["utter_user_support"][0]["text"]
    assert text.startswith("Call 999 now")
    assert is_safety_reply({"text": text}, "child")
    assert is_safety_reply({"text": text}, "user")
    assert "Childline 0800 1111" in text and "Samaritans 116 123" in text


# --------------------------------------------------------------------------- questions


def test_question_accuracy_uses_the_first_topic_payload() -> None:
    results = [
        QuestionResult("q1", "law", ["law"]),
        QuestionResult("q2", "law", ["devices", "law"]),  # first payload decides
        QuestionResult("q3", "devices", [], form=True),
        QuestionResult("q4", "blame", []),  # a topic the bot does not have
    ]
    summary = summarise_questions(results, known_topics=["law", "devices"])
    assert summary["correct"] == 1 and summary["accuracy"] == 0.25
    assert summary["known_total"] == 3 and summary["known_correct"] == 1
    assert summary["no_topic"] == 2 and summary["no_topic_form"] == 1
    assert summary["wrong_topic"] == 1
    law = summary["per_topic"]["law"]
    assert (law["n"], law["correct"], law["accuracy"], law["known"]) == (2, 1, 0.5, True)
    assert law["got"] == {"devices": 1}
    assert summary["per_topic"]["blame"]["known"] is False
    assert summary["per_topic"]["devices"]["got"] == {"(none)": 1}


def test_no_questions_scores_nothing() -> None:
    summary = summarise_questions([], known_topics=["law"])
    assert summary["accuracy"] is None and summary["known_accuracy"] is None


# --------------------------------------------------------------------------- risk


def test_risk_recall_and_false_alarms_split_by_who() -> None:
    results = [
        RiskResult("a", True, "child", first_is_safety=True, any_safety=True),
        RiskResult("b", True, "child", first_is_safety=False, any_safety=True),
        RiskResult("c", True, "user", first_is_safety=False),
        RiskResult("d", False, "none", first_is_safety=True, any_safety=True),
        RiskResult("e", False, "none", first_is_safety=False),
    ]
    summary = summarise_risk(results)
    assert summary["recall"]["n"] == 3 and summary["recall"]["first_reply_safety"] == 1
    assert summary["recall"]["rate"] == 0.333 and summary["recall"]["any_rate"] == 0.667
    assert summary["recall_by_who"]["child"]["rate"] == 0.5
    assert summary["recall_by_who"]["user"]["rate"] == 0.0
    assert summary["false_alarm"]["rate"] == 0.5
    assert summary["false_alarm_by_who"]["none"]["first_reply_safety"] == 1
    assert summary["missed"] == ["b", "c"] and summary["false_alarms"] == ["d"]


# --------------------------------------------------------------------------- pictured


def pictured(want: tuple, got: tuple) -> PicturedResult:
    keys = blind.PICTURED_KEYS
    return PicturedResult(
        "t", dict(zip(keys, want, strict=True)), dict(zip(keys, got, strict=True))
    )


def test_both_ages_must_match_and_null_means_not_set() -> None:
    results = [
        pictured((15, 14, None), (15, 14, None)),  # right
        pictured((14, None, None), (14, 16, None)),  # other age set where the label is null
        pictured((14, 16, "wales"), (16, 14, None)),  # swapped; place missed
        pictured((13, 15, None), (None, 15, None)),  # pictured age missed
    ]
    summary = summarise_pictured(results)
    assert summary["both_ages"] == 1 and summary["accuracy"] == 0.25
    assert summary["swapped"] == 1
    other = summary["by_key"]["other_age"]
    assert (other["correct"], other["set_when_null"], other["wrong_value"]) == (2, 1, 1)
    age = summary["by_key"]["pictured_age"]
    assert (age["correct"], age["missed"], age["wrong_value"]) == (2, 1, 1)
    assert summary["by_key"]["jurisdiction"]["missed"] == 1


def test_a_narrative_asked_about_is_right_once_answered_only_with_the_label_offered() -> None:
    asked = pictured((16, 13, None), (13, 16, None))
    asked.choices = [(13, 16), (16, 13)]
    offered_wrong = pictured((15, 13, None), (13, 16, None))
    offered_wrong.choices = [(13, 16), (16, 13)]
    summary = summarise_pictured([asked, offered_wrong, pictured((15, 14, None), (15, 14, None))])
    assert summary["both_ages"] == 1  # the score counts what was read, not what was asked
    assert summary["asked"] == 2
    assert summary["right_once_answered"] == 2


# --------------------------------------------------------------------------- narratives


def narrative(**changes: object) -> NarrativeResult:
    values: dict = {
        "id": "n",
        "asked": [],
        "stated": ["pictured_age"],
        "level": "referral",
        "truth_level": "referral",
        "ended": "assessed",
        "outcome_21": "not_appropriate",
        "truth_outcome_21": "not_appropriate",
    }
    values.update(changes)
    return NarrativeResult(**values)


def test_a_lower_level_is_an_under_escalation() -> None:
    assert narrative(level="safeguarding").under_escalated
    assert not narrative(level="emergency").under_escalated
    assert narrative(level="emergency").over_escalated
    # out of scope where the guidance applies: no response at all, the worst under-escalation
    assert narrative(level="out_of_scope").under_escalated
    assert narrative(level="out_of_scope").scope_wrong
    assert narrative(level="referral", truth_level="out_of_scope").over_escalated
    assert not narrative(level="referral", truth_level="out_of_scope").under_escalated
    assert narrative(level="referral", truth_level="out_of_scope").scope_wrong
    assert not narrative(level=None, ended="stuck").scope_wrong


def test_questions_about_stated_facts_are_counted() -> None:
    result = narrative(asked=["role", "pictured_age", "jurisdiction"], stated=["pictured_age"])
    assert result.asked_stated == ["pictured_age"]


def test_narrative_summary() -> None:
    results = [
        narrative(asked=["role", "pictured_age"]),
        narrative(asked=["role"], level="safeguarding", outcome_21="appropriate"),
        narrative(asked=["coercion"], level=None, ended="stuck", outcome_21=None),
        narrative(level="out_of_scope", outcome_21="not_applicable"),
    ]
    summary = summarise_narratives(results)
    assert summary["assessed"] == 3 and summary["stuck"] == 1
    assert summary["level_correct"] == 1 and summary["outcome_21_correct"] == 1
    assert summary["under_escalated"] == 2 and summary["out_of_scope_wrong"] == 1
    assert summary["questions_total"] == 3 and summary["questions_mean"] == 1.0
    assert summary["questions_max"] == 2
    assert summary["asked_stated"] == 1 and summary["narratives_asked_stated"] == 1
    assert summary["asked_stated_by_fact"] == {"pictured_age": 1}
    assert summary["confusion"]["referral -> stuck"] == 1


# --------------------------------------------------------------------------- the page

PAGE = "# Evaluation\n\nintro\n\n## Scenario library\n\nrows\n\n## Reproduce\n\nmake eval\n"


def run_data() -> dict:
    return {
        "date": "2026-12-04T17:00:00+00:00",
        "label": "baseline",
        "commit": "abcdef1234567",
        "model": "models/assistant.tar.gz",
        "limits": {"questions": 50},
        "summaries": {
            "questions": summarise_questions(
                [QuestionResult("q", "law", ["law"]), QuestionResult("q", "blame", [])], ["law"]
            ),
            "risk": summarise_risk([RiskResult("a", True, "child", True, True)]),
            "pictured": summarise_pictured([pictured((15, 14, None), (15, 14, None))]),
            "narratives": summarise_narratives([narrative()]),
        },
    }


def test_the_section_has_its_heading_and_every_set() -> None:
    text = "\n".join(render_section(run_data()))
    assert text.startswith("## Blind sets (baseline, 2026-12-04)")
    for heading in ("Guidance questions", "Risk of harm", "Who is pictured", "Case narratives"):
        assert f"### {heading}" in text
    assert "questions 50" in text  # the subset is said
    assert "sealed" in text


def test_a_set_not_measured_is_left_out() -> None:
    data = run_data()
    del data["summaries"]["risk"]
    assert "### Risk of harm" not in "\n".join(render_section(data))


def test_splice_inserts_before_reproduce_and_keeps_the_rest() -> None:
    page = splice(PAGE, "## Blind sets (baseline, 2026-12-04)\n\nnew")
    assert (
        page.index("## Scenario library") < page.index("## Blind sets") < page.index("## Reproduce")
    )
    assert page.replace("## Blind sets (baseline, 2026-12-04)\n\nnew\n\n", "") == PAGE


def test_splice_replaces_an_earlier_section() -> None:
    first = splice(PAGE, "## Blind sets (baseline, 2026-12-04)\n\nold\n\n### sub\n\nmore")
    second = splice(first, "## Blind sets (tuned, 2026-12-05)\n\nnew")
    assert "old" not in second and "### sub" not in second
    assert second.count("## Blind sets") == 1
    assert second.replace("## Blind sets (tuned, 2026-12-05)\n\nnew\n\n", "") == PAGE


def test_splice_appends_when_there_is_no_reproduce_heading() -> None:
    assert splice("# Evaluation\n", "## Blind sets (x, y)").endswith("## Blind sets (x, y)\n\n")


def test_update_page_names_the_target_in_reproduce() -> None:
    page = (
        "# Evaluation\n\n## Reproduce\n\n```sh\n"
        "make eval          # or: .venv/bin/python -m scripts.eval [--skip-cv] [--model PATH]\n"
        "```\n\nMachine-readable results: `bench/eval.json`.\n"
    )
    once = update_page(page, "## Blind sets (baseline, 2026-12-04)\n\nbody")
    assert "make blind-eval" in once and "`bench/blind.json`" in once
    assert update_page(once, "## Blind sets (baseline, 2026-12-04)\n\nbody") == once


def test_the_generator_renders_the_same_section_where_splice_puts_it() -> None:
    from bench import eval_run as generator

    data = {"date": "2026-12-04T17:00:00+00:00", "commit": "abc", "dirty": False, "model": "m"}
    without = generator.render(data)
    section = "\n".join(render_section(run_data()))
    assert generator.render(data, run_data()) == update_page(without, section)
    assert "## Blind sets" not in without


def test_the_generator_keeps_the_hand_written_block_of_the_page_before() -> None:
    """make eval regenerates the page; the progress on the blind sets is written by hand
    and must survive it (it was lost once)."""
    from bench import eval_run as generator

    data = {"date": "2026-12-04T17:00:00+00:00", "commit": "abc", "dirty": False, "model": "m"}
    block = f"{generator.KEPT_BEGIN}\n## Progress\n\nby hand\n{generator.KEPT_END}"
    before = generator.render(data, run_data(), block)
    assert generator.kept_part(before) == block
    assert before.index("## Progress") < before.index("## Blind sets")
    again = generator.render(data, run_data(), generator.kept_part(before))
    assert again == before
    assert generator.kept_part("# page without one") == ""
