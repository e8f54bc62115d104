"""The words of the assessment reply and of "what if" replies."""

from __future__ import annotations

from actions import messages
from actions.guidance.assessment import assess
from actions.guidance.facts import parse_facts


def assessment_of(**facts):
    return assess(parse_facts(facts)).to_dict()


def test_the_reply_gives_headline_reasons_steps_contacts_and_the_999_line():
    result = assessment_of(role="school", pictured_age=15, other_age=25)
    text = messages.render_assessment(result, "school")
    assert text.startswith("REFERRAL")
    for factor in result["factors"]:
        assert factor["source"] in text
    assert "Next steps for school staff:\n1. " in text
    for signpost in result["signposts"]:
        assert f"{signpost['name']}: {signpost['contact']}" in text
    assert "call 999" in text
    assert result["guidance_version"] in text


def test_an_incomplete_case_says_what_could_raise_the_level():
    result = assessment_of(role="police", pictured_age=15)
    assert not result["complete"]
    text = messages.render_assessment(result, "police")
    assert "Provisional" in text
    assert messages.label(result["open_questions"][0]) in text


def test_each_level_has_its_own_headline():
    seen = {
        messages.render_assessment(assessment_of(**facts), None).split(":")[0]
        for facts in (
            {"pictured_age": 30, "other_age": 30},
            {"pictured_age": 15, "immediate_risk": True},
            {"pictured_age": 15, "coercion": True},
        )
    }
    assert seen == {"OUT OF SCOPE", "EMERGENCY", "REFERRAL"}


def test_an_adult_pictured_with_a_child_says_what_to_do_if_an_adult_sent_it_first():
    text = messages.render_assessment(assessment_of(pictured_age=30, other_age=13), None)
    assert text.startswith("PROVISIONAL: if an adult sent, showed or asked a child")


def test_a_referral_promises_a_full_investigation_only_for_the_four_factors():
    shared = messages.render_assessment(
        assessment_of(pictured_age=14, other_age=14, shared_without_consent=True), "school"
    )
    coerced = messages.render_assessment(assessment_of(pictured_age=14, coercion=True), "school")
    assert "full criminal investigation" not in shared
    assert "the police then decide how to investigate" in shared
    assert "calls for a full criminal investigation" in coerced


def test_what_if_reports_a_change_of_level_and_keeps_the_case():
    before = assessment_of(pictured_age=15, other_age=15)
    after = assessment_of(pictured_age=15, other_age=19)
    text = messages.render_what_if({"other_age": 19}, before, after)
    assert "the age of the oldest other person involved: 19" in text
    assert "referral" in text
    assert "your case is unchanged" in text


def test_what_if_says_when_nothing_would_change():
    before = assessment_of(pictured_age=15, coercion=True)
    after = assessment_of(pictured_age=15, coercion=True, online=True)
    assert "would not change" in messages.render_what_if({"online": True}, before, after)


def test_a_yes_or_no_what_if_is_said_as_the_fact_itself():
    """ "If whether it was widely shared or posted publicly: yes" read as nonsense on a
    phone (twenty-sixth round person test); the fact is said as it is shown back."""
    before = assessment_of(pictured_age=15, other_age=15)
    after = assessment_of(pictured_age=15, other_age=15, widely_shared=True)
    text = messages.render_what_if({"widely_shared": True}, before, after)
    assert text.startswith("If spread widely or posted publicly:")
    assert "whether" not in text.split("\n")[0]
