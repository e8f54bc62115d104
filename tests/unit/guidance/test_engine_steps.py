"""Rules, steps and signposts: citations resolve, data is schema-checked, wording stays careful."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from actions.guidance import assessment, knowledge
from actions.guidance.assessment import PROBE_AGES, QUESTION_PRIORITY, assess
from actions.guidance.documents import DocumentError, load_document, validate_document
from actions.guidance.facts import BOOL_KEYS, FACT_KEYS, JURISDICTIONS, ROLES, Facts, parse_facts
from actions.guidance.rules import RULES
from actions.guidance.rules_table import how_it_decides, is_stale, render_rules_markdown
from actions.guidance.signposting import ROUTES, URGENCY_ORDER
from actions.guidance.steps import TRAINER_VIEWS, load_steps

NOTHING_PRESENT = {key: False for key in BOOL_KEYS if key not in ("ai_generated", "online")}
PEER = {"pictured_age": 15, "other_age": 15, **NOTHING_PRESENT}
SCENARIOS = (
    {},
    PEER,
    {**PEER, "repeated": True},
    {**PEER, "widely_shared": True},
    {"pictured_age": 14, "coercion": True, "profit_motive": True, "online": True},
    {"pictured_age": 14, "immediate_risk": True},
    {"pictured_age": 14, "other_age": 14, "ai_generated": True, "made_without_consent": True},
    {"pictured_age": 15, "other_age": 16, "malicious": True},
    {"pictured_age": 9, "other_age": 9},
    {"pictured_age": 30},
    {"pictured_age": 30, "other_age": 30},
    {"pictured_age": 30, "other_age": 30, "ai_generated": True},
    {"pictured_age": 30, "other_age": 13, "adult_involved": True},
)
LABELS = tuple(label for _role, label in TRAINER_VIEWS)


def action_texts(facts: Facts) -> list[str]:
    return [action.text for action in assess(facts).actions]


# --------------------------------------------------------------------------- rules


def test_every_rule_has_label_docstring_and_a_registered_citation() -> None:
    sources = knowledge.source_ids()
    for rule in RULES:
        assert rule.label.strip() and len(rule.guidance) > 30, rule.name
        assert rule.fact in FACT_KEYS, rule.name
        for jurisdiction in (None, *JURISDICTIONS):
            source_id, section = rule.source(Facts(jurisdiction=jurisdiction))
            assert source_id in sources and section.strip(), (rule.name, jurisdiction)
            assert knowledge.cite(source_id, section)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def test_question_priority_orders_every_fact_key_once() -> None:
    assert sorted(QUESTION_PRIORITY) == sorted(FACT_KEYS)
    assert QUESTION_PRIORITY.index("adult_involved") < QUESTION_PRIORITY.index("other_age")
    assert QUESTION_PRIORITY[:2] == ("immediate_risk", "pictured_age")


def test_every_docstring_paraphrases_guidance_not_the_rules_own_effect() -> None:
    """The effect is data (kind, bars_outcome_21); the docstring is the guidance, said once."""
    for rule in RULES:
        assert not rule.guidance.startswith(("Raises the level", "Prompt only")), rule.name
        assert "Not formalised" not in rule.guidance, rule.name
        assert rule.not_formalised == "" or len(rule.not_formalised) > 30, rule.name


def test_rules_markdown_is_generated_and_fresh() -> None:
    text = render_rules_markdown()
    for rule in RULES:
        assert f"`{rule.name}`" in text
        for paragraph in rule.guidance.split("\n\n"):
            assert paragraph.replace("``", "`") in text, rule.name
        if rule.not_formalised:
            note = f"**Not formalised:** {rule.not_formalised.replace('``', '`')}"
            assert note in text, rule.name
    assert "## What this does not formalise" in text
    assert not is_stale(), "run: python -m actions.guidance rules-table --write"


def test_each_note_sits_under_its_own_rule() -> None:
    text = render_rules_markdown()
    noted = [rule for rule in RULES if rule.not_formalised]
    assert {rule.name for rule in noted} >= {"atypical_or_violent_acts", "age_or_power_imbalance"}
    for rule in noted:
        heading = text.index(f"### {rule.label} (`{rule.name}`)")
        following = text.find("\n### ", heading + 1)
        note = text.index(rule.not_formalised.replace("``", "`"))
        assert heading < note < (following if following != -1 else len(text)), rule.name


def test_how_it_decides_is_the_assessment_docstring() -> None:
    text = render_rules_markdown()
    body = assessment.__doc__.split("\n\n", 1)[1].split("``docs/rules.md`` shows")[0]
    assert "## How the result is decided\n\n" + body.strip().replace("``", "`") in text
    assert ", ".join(str(age) for age in PROBE_AGES) in how_it_decides()


# --------------------------------------------------------------------------- steps data


def test_steps_document_is_schema_valid_and_cites_registered_sources() -> None:
    steps = load_steps()
    assert steps
    assert len({step.id for step in steps}) == len(steps)
    assert {step.source_id for step in steps if step.source_id} <= knowledge.source_ids()
    for step in steps:
        assert (step.source_id is None) == (step.from_jurisdiction is not None), step.id


def _step(**changes: object) -> dict:
    """A valid step entry with some fields changed (None removes a field)."""
    step = {
        "id": "example",
        "roles": ["school"],
        "levels": ["referral"],
        "text": "An example step long enough to pass.",
        "source": {"id": "kcsie", "section": "Child-on-child abuse"},
    }
    step.update(changes)
    return {key: value for key, value in step.items() if value is not None}


def test_steps_schema_accepts_the_valid_example() -> None:
    validate_document("steps", {"steps": [_step()]})


@pytest.mark.parametrize(
    "broken",
    [
        _step(source=None),
        _step(text="Too short"),
        _step(roles=["teacher"]),
        _step(levels=["urgent"]),
        _step(when_any_true=["role"]),
        _step(colour="red"),
    ],
)
def test_steps_schema_refuses_broken_entries(broken: dict) -> None:
    with pytest.raises(DocumentError, match=r"steps\.yml"):
        validate_document("steps", {"steps": [broken]})


def test_steps_yaml_loads_through_the_shared_loader() -> None:
    assert load_document("steps")["steps"][0]["id"] == load_steps()[0].id


def test_every_step_is_reachable() -> None:
    """A step no case can reach is dead text that nobody reviews."""
    shown: set[str] = set()
    for role, jurisdiction, scenario in itertools.product(
        (*ROLES, None), (*JURISDICTIONS, None), SCENARIOS
    ):
        facts = parse_facts({**scenario, "role": role, "jurisdiction": jurisdiction})
        shown.update(action.step for action in assess(facts).actions)
    for step in load_steps():
        assert step.id in shown, step.id


# --------------------------------------------------------------------------- steps by role


@pytest.mark.parametrize("role", [*ROLES, None])
def test_emergency_starts_with_999_for_every_role(role: str | None) -> None:
    texts = action_texts(Facts(role=role, pictured_age=13, immediate_risk=True))
    assert "999" in texts[0]


def test_unknown_role_gets_the_steps_for_other() -> None:
    facts = parse_facts({"pictured_age": 14, "coercion": True})
    assert action_texts(facts) == action_texts(replace(facts, role="other"))


def test_only_trainers_see_labelled_views_and_they_see_both() -> None:
    facts = parse_facts({"pictured_age": 14, "malicious": True, "jurisdiction": "england"})
    for role in ROLES:
        texts = action_texts(replace(facts, role=role))
        labelled = {label for label in LABELS for text in texts if text.startswith(label)}
        assert labelled == (set(LABELS) if role == "trainer" else set()), role


def test_school_deletes_only_when_no_other_agency_is_involved() -> None:
    wales = {**PEER, "role": "school", "jurisdiction": "wales"}
    handled_in_school = action_texts(parse_facts(wales))
    referred = action_texts(parse_facts({**wales, "adult_involved": True}))
    assert any("deleted" in text for text in handled_in_school)
    assert not any("deleted" in text for text in referred)
    assert any("do not delete" in text for text in referred)
    for texts in (handled_in_school, referred):
        assert any("flight mode" in text for text in texts)
        assert any("decision not to refer" in text for text in texts)
        assert any("unless there is good reason" in text for text in texts)


def test_disclosure_wording_is_never_a_prediction() -> None:
    texts = action_texts(parse_facts({**PEER, "role": "police", "jurisdiction": "england"}))
    disclosure = [text for text in texts if "DBS" in text]
    assert disclosure and "unlikely" in disclosure[0] and "chief officer" in disclosure[0]
    for text in texts:
        for overclaim in ("will not be disclosed", "will never appear", "will not show"):
            assert overclaim not in text


@pytest.mark.parametrize("jurisdiction", ["scotland", "northern_ireland"])
def test_no_outcome_21_route_outside_england_and_wales(jurisdiction: str) -> None:
    facts = parse_facts({**PEER, "role": "police", "jurisdiction": jurisdiction})
    texts = action_texts(facts)
    assert not any("may be considered" in text for text in texts)
    assert not any("Home Office Counting Rules" in text for text in texts)


# --------------------------------------------------------------------------- signposts


def test_signpost_routes_cover_exactly_the_directory() -> None:
    assert set(ROUTES) == set(URGENCY_ORDER) == set(knowledge.signpost_ids())
    assert len(URGENCY_ORDER) == 16


def test_signposts_keep_the_urgency_order() -> None:
    facts = parse_facts(
        {"role": "parent", "pictured_age": 14, "immediate_risk": True, "coercion": True}
    )
    ids = [signpost["id"] for signpost in assess(facts).signposts]
    assert ids == sorted(ids, key=URGENCY_ORDER.index)
    assert ids[:3] == ["police_999", "samaritans", "shout"]


def test_out_of_scope_signposts_adult_services_only() -> None:
    adults = parse_facts({"pictured_age": 40, "other_age": 35, "role": "school"})
    ids = [s["id"] for s in assess(adults).signposts]
    assert ids == ["police_101", "revenge_porn_helpline"]


def test_an_adult_pictured_with_the_other_age_unknown_gets_the_child_abuse_routes() -> None:
    ids = [s["id"] for s in assess(parse_facts({"pictured_age": 40, "role": "school"})).signposts]
    assert ids[:2] == ["police_101", "ceop"]
    assert "revenge_porn_helpline" not in ids


def test_deletion_is_offered_only_once_every_trigger_is_known_absent() -> None:
    unknown_triggers = {
        "pictured_age": 15,
        "other_age": 15,
        "role": "school",
        "jurisdiction": "wales",
    }
    steps = [a.step for a in assess(parse_facts(unknown_triggers)).actions]
    assert "school_dsl_deletion" not in steps
    known = {**PEER, "role": "school", "jurisdiction": "wales"}
    assert "school_dsl_deletion" in [a.step for a in assess(parse_facts(known)).actions]


def test_england_peer_case_tells_a_dsl_to_notify_while_the_duty_is_unverified() -> None:
    steps = [a for a in assess(parse_facts({**PEER, "role": "school"})).actions]
    ids = [a.step for a in steps]
    assert "school_duty_to_report" in ids and "school_dsl_deletion" not in ids
    duty = next(a for a in steps if a.step == "school_duty_to_report")
    assert "unverified" in duty.text and "notify the police or the local authority" in duty.text


def test_professionals_and_parents_get_their_helplines() -> None:
    for role, expected, absent in [
        ("school", {"posh", "nspcc_helpline"}, {"thinkuknow"}),
        ("police", {"posh", "nspcc_helpline"}, {"thinkuknow"}),
        ("trainer", {"posh", "nspcc_helpline"}, {"thinkuknow"}),
        ("parent", {"nspcc_helpline", "thinkuknow"}, {"posh"}),
    ]:
        ids = {s["id"] for s in assess(parse_facts({**PEER, "role": role})).signposts}
        assert expected <= ids and not absent & ids, role
