"""The renderers alone: every contract payload drawn as an Adaptive Card and as Block Kit,
validated against the Adaptive Card 1.5 schema and slack_sdk's block models. No servers."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from actions import messages
from actions.guidance import knowledge
from actions.guidance.assessment import assess
from actions.guidance.facts import BOOL_KEYS, parse_facts
from actions.records.record import build_record
from actions.replies import AFTER_ASSESSMENT_BUTTONS
from server import chat_platforms, slack, teams
from server.cards import adaptive, blockkit
from server.cards.layout import layout, payload_kind, pictured_child_line, text_layout
from server.channels import is_valid_sender
from tests.channels.validate import adaptive_card_errors, block_kit_errors

ROOT = Path(__file__).resolve().parents[2]

CASES: dict[str, dict[str, Any]] = {
    "emergency": {"role": "police", "pictured_age": 14, "immediate_risk": True},
    "referral": {"role": "police", "pictured_age": 15, "other_age": 19, "adult_involved": True},
    "safeguarding": {
        "role": "school",
        "jurisdiction": "england",
        "pictured_age": 15,
        "other_age": 15,
        **dict.fromkeys(BOOL_KEYS, False),
    },
    "out_of_scope": {"role": "other", "pictured_age": 30, "other_age": 30, "adult_involved": True},
}


def all_text(data: Any) -> str:
    """Every string in a card or blocks, joined by newlines (unescaped)."""
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return "\n".join(all_text(value) for value in data.values())
    if isinstance(data, list):
        return "\n".join(all_text(value) for value in data)
    return ""


def assessment(name: str) -> dict[str, Any]:
    return assess(parse_facts(CASES[name])).to_dict()


def check_both(drawn: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    card = adaptive.card(drawn)
    assert adaptive_card_errors(card) == [], json.dumps(card, indent=1)[:3000]
    blocks = blockkit.blocks(drawn)
    assert block_kit_errors(blocks) == [], json.dumps(blocks, indent=1)[:3000]
    json.dumps(drawn.to_dict())  # the channel-neutral data is plain JSON
    return card, blocks


@pytest.mark.parametrize("name", list(CASES))
def test_assessment_card_level_first_steps_contacts_why_and_buttons(name: str) -> None:
    data = assessment(name)
    card, blocks = check_both(
        layout("ignored text", AFTER_ASSESSMENT_BUTTONS, {"assessment": data})
    )
    band = card["body"][0]
    assert band["type"] == "Container"
    title = messages.HEADLINES[data["level"]].split(":")[0]
    assert band["items"][0]["text"] == title
    texts = all_text(card)
    assert messages.OUTCOME_21_LINES[data["outcome_21"]] in texts
    for step in data["actions"]:
        assert step["text"] in texts
    for contact in data["signposts"]:
        assert contact["contact"] in texts
    why = [item for item in card["body"] if item.get("id") == "section-why"]
    if data["factors"]:
        assert why and why[0]["isVisible"] is False
        toggles = [i for i in card["body"] if i["type"] == "ActionSet"]
        targets = [toggle["actions"][0]["targetElements"] for toggle in toggles]
        assert ["section-why"] in targets
    payloads = [action["data"]["payload"] for action in card["actions"]]
    assert payloads == [button["payload"] for button in AFTER_ASSESSMENT_BUTTONS]
    assert title in blocks[0]["text"]["text"]
    assert blocks[-1]["type"] == "actions"
    assert [e["value"] for e in blocks[-1]["elements"]] == payloads


@pytest.mark.parametrize("value", ["victim", "below_criminal_responsibility", "involved"])
def test_pictured_child_is_drawn_when_present(value: str) -> None:
    assert pictured_child_line("victim")  # the victim line is never empty
    line = pictured_child_line(value)
    data = {**assessment("referral"), "pictured_child": value}
    card, blocks = check_both(layout(None, None, {"assessment": data}))
    if line:
        assert line in all_text(card)
        assert line in all_text(blocks)


def test_local_contacts_are_drawn_before_the_national_ones_when_present() -> None:
    local = {
        "id": "x",
        "name": "Exampleshire Front Door",
        "kind": "front_door",
        "contact": "01632 960 000",
    }
    data = {**assessment("referral"), "local_contacts": [local]}
    card, blocks = check_both(layout(None, None, {"assessment": data}))
    text = all_text(card)
    assert "Exampleshire Front Door: 01632 960 000" in text
    assert text.index("Local contacts") < text.index("Contacts (show or hide)")
    assert "Exampleshire Front Door" in all_text(blocks)


def test_pictured_child_absent_is_tolerated() -> None:
    data = {**assessment("out_of_scope")}
    data.pop("pictured_child", None)
    card, _ = check_both(layout(None, None, {"assessment": data}))
    for value in ("victim", "involved", "below_criminal_responsibility", "undetermined"):
        line = pictured_child_line(value)
        assert not line or line not in all_text(card)
    check_both(layout(None, None, {"assessment": {**data, "pictured_child": "not_applicable"}}))
    assert pictured_child_line(None) == pictured_child_line(17) == ""


def test_guidance_answer_card_has_title_text_and_sources() -> None:
    answer = knowledge.topic_answer("viewing_images", "police", "england")
    text = messages.render_topic(
        answer.title, answer.text, answer.sources, answer.jurisdiction_note
    )
    card, blocks = check_both(layout(text, None, answer.payload()))
    assert card["body"][0]["items"][0]["text"] == answer.title
    sources = [i["text"] for i in card["body"] if i["type"] == "TextBlock"]
    for source in answer.sources:
        assert f"• {source}" in sources
    assert "Sources: " not in all_text(card["body"])  # shown as a list, not repeated as text
    assert answer.title in blocks[0]["text"]["text"]


def test_checklist_card_lists_the_facts_and_the_answer_buttons() -> None:
    custom = {"checklist": ["widely_shared", "malicious", "repeated"]}
    buttons = [
        {"title": messages.checklist_item("malicious"), "payload": '/inform{"malicious": true}'},
        {"title": "None of these", "payload": "/deny"},
        {"title": "Not sure", "payload": "/not_sure"},
    ]
    card, blocks = check_both(layout("Do any of these apply?", buttons, custom))
    for key in custom["checklist"]:
        assert messages.label(key) in all_text(blocks)
    # Teams: tick boxes, as on the page, instead of a button per fact
    [boxes] = [item for item in card["body"] if item["type"] == "Input.ChoiceSet"]
    assert boxes["isMultiSelect"] is True
    assert [c["value"] for c in boxes["choices"]] == custom["checklist"]
    assert [a["title"] for a in card["actions"]] == ["These apply", "None of these", "Not sure"]
    assert card["actions"][0]["data"] == {"checklist": custom["checklist"]}


def test_teams_sends_the_ticked_facts_as_the_page_does() -> None:
    keys = ["widely_shared", "malicious", "repeated"]
    ticked = {"value": {"checklist": keys, adaptive.CHECKLIST_INPUT: "malicious,repeated"}}
    answer = teams.button_payload(ticked)
    assert answer is not None and answer.startswith("/inform")
    assert json.loads(answer[len("/inform") :]) == {
        "widely_shared": False,
        "malicious": True,
        "repeated": True,
    }
    # nothing ticked is not "none of these": an unknown must not become a no
    assert teams.button_payload({"value": {"checklist": keys}}) == "not sure"


def test_record_is_a_card_and_text_to_copy() -> None:
    facts = CASES["safeguarding"]
    data = assess(parse_facts(facts)).to_dict()
    record = build_record(facts, data, "school", datetime(2026, 12, 4, 12, tzinfo=timezone.utc))
    text = (
        "Here is a record of this case: the facts. Download it as Markdown or JSON with the "
        "buttons below. Check it."
    )
    drawn = layout(text, None, {"record": record.to_payload()})
    assert drawn.lines[0] == "Here is a record of this case: the facts. Check it."
    card, blocks = check_both(drawn)
    assert card["body"][0]["items"][0]["text"].startswith("Case record")
    copy = adaptive.record_text(drawn)
    assert copy.startswith("```\n") and copy.endswith("\n```")
    assert record.markdown.strip().splitlines()[0] in copy
    slack_text = "".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert "Case record" in slack_text
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")


def test_question_with_buttons_and_other_payloads() -> None:
    buttons = [{"title": f"Option {n}", "payload": f'/inform{{"n": {n}}}'} for n in range(7)]
    check_both(text_layout("Which applies?", buttons))
    assert layout("text", None, {"scenario": {"id": "x"}}) is None
    assert payload_kind({"notice": {}}) is None


def test_validators_refuse_what_the_services_would_refuse() -> None:
    card = adaptive.card(text_layout("hello", None))
    assert adaptive_card_errors({**card, "unknown": 1})
    assert adaptive_card_errors({**card, "body": [{"type": "TextBlock"}]})
    too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
    assert block_kit_errors(too_long)
    assert block_kit_errors([{"type": "section", "text": {"type": "mrkdwn", "text": "x"}, "y": 1}])
    assert block_kit_errors([{"type": "no_such_block"}])


def test_slack_text_is_escaped_and_cut_within_limits() -> None:
    drawn = text_layout("<!channel> & <https://evil|click>", None)
    blocks = blockkit.blocks(drawn)
    assert blocks[0]["text"]["text"] == "&lt;!channel&gt; &amp; &lt;https://evil|click&gt;"
    pieces = blockkit.chunks("a" * 7000 + "\n" + "b" * 10)
    assert all(len(piece) <= 3000 for piece in pieces)
    assert "".join(pieces).replace("\n", "") == "a" * 7000 + "b" * 10


def test_image_refusal_is_the_chat_page_sentence() -> None:
    app = (ROOT / "web" / "static" / "app.js").read_text(encoding="utf-8")
    match = re.search(r"const IMAGE_REFUSAL =\s*\"([^\"]+)\";", app)
    assert match and match.group(1) == chat_platforms.IMAGE_REFUSAL


def test_pseudonyms_are_stable_unlinkable_and_look_like_page_ids() -> None:
    key = b"k"
    first = chat_platforms.pseudonym(key, "msteams", "tenant", "29:abc")
    assert first == chat_platforms.pseudonym(key, "msteams", "tenant", "29:abc")
    assert is_valid_sender(first) and len(first) == 43
    assert "abc" not in first
    assert first != chat_platforms.pseudonym(key, "slack", "tenant", "29:abc")
    assert first != chat_platforms.pseudonym(key, "msteams", "other", "29:abc")
    assert first != chat_platforms.pseudonym(b"other key", "msteams", "tenant", "29:abc")


def test_guard_text_cleans_and_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chat_platforms.guard_text("hi\x00 \u202ethere") == ("hi there", None)
    assert chat_platforms.guard_text("  ")[0] is None
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "10")
    text, reply = chat_platforms.guard_text("x" * 11)
    assert text is None and "the limit is 10" in reply


def test_teams_activity_checks() -> None:
    html = {"contentType": "text/html", "content": "<p>hello</p>"}
    assert not teams.carries_files({"attachments": [html]})
    assert teams.carries_files({"attachments": [{"contentType": "image/png"}]})
    assert teams.carries_files(
        {"attachments": [{"contentType": "text/html", "content": '<img src="x">'}]}
    )
    assert teams.carries_files(
        {"attachments": [{"contentType": "application/vnd.microsoft.teams.file.download.info"}]}
    )
    assert teams.is_personal({"conversation": {"conversationType": "personal"}})
    assert not teams.is_personal({"conversation": {"conversationType": "channel"}})
    assert not teams.is_personal({"conversation": {"conversationType": "groupChat"}})
    assert not teams.is_personal({"conversation": {"isGroup": True}})
    assert teams.button_payload({"value": {"payload": "/deny"}}) == "/deny"
    assert teams.button_payload({"value": "x"}) is None


def test_teams_settings_single_and_multi_tenant() -> None:
    single = teams.TeamsSettings.from_credentials(
        {"app_id": "a", "app_password": "p", "tenant_id": "contoso-tenant"}
    )
    assert single.token_url == "https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"
    assert single.openid_metadata_url == teams.OPENID_METADATA_URL
    multi = teams.TeamsSettings.from_credentials({"app_id": "a", "app_password": "p"})
    assert multi.token_url.endswith("/botframework.com/oauth2/v2.0/token")
    with pytest.raises(ValueError):
        teams.TeamsSettings.from_credentials({"app_id": "a"})


def test_teams_text_keeps_lines_and_lists_apart() -> None:
    text = "Title\nline two\n\n- a\n- b\n1. x\n2. y\nafter"
    assert teams.teams_markdown(text) == "Title\n\nline two\n\n- a\n- b\n1. x\n2. y\n\nafter"


def test_slack_entities_typed_by_users_are_read_back() -> None:
    assert slack.unescape("a &lt;b&gt; &amp;lt; c") == "a <b> &lt; c"


def test_headline_extras_follow_the_bot_text_module() -> None:
    full = getattr(messages, "FULL_INVESTIGATION_LINE", "")
    adult = getattr(messages, "PROVISIONAL_ADULT_LINE", "")
    data = {**assessment("referral"), "full_investigation": True}
    drawn = layout(None, None, {"assessment": data})
    assert (full in drawn.lines) if full else True
    scoped = {**assessment("out_of_scope"), "open_questions": ["adult_involved"], "complete": False}
    drawn = layout(None, None, {"assessment": scoped})
    assert (drawn.lines[0] == adult) if adult else True
    check_both(drawn)
