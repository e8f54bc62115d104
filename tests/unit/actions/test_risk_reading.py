"""Risk read by the language model: the safety reply at once, the fact left to the user."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.risk_reading import child_risk_heard, classified_risk, is_hypothetical, risk_updates
from actions.slot_mappings import ValidateSlotMappings
from tests.unit.actions.conftest import make_tracker, slot_events

CHILD_AT_RISK = {"who": "child", "confidence": 0.81}
USER_AT_RISK = {"who": "user", "confidence": 0.81}
USER_IN_CRISIS = {"who": "user", "confidence": 0.77}


def tracker_with(text, risk, intent="describe_incident", slots=None, active_loop=None):
    tracker = make_tracker(text, intent, slots=slots, active_loop=active_loop)
    if risk is not None:
        tracker.latest_message["risk"] = risk
    return tracker


async def run_mappings(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateSlotMappings().run(dispatcher, tracker, domain)
    return dispatcher, events


def responses(dispatcher):
    return [message.get("response") for message in dispatcher.messages]


async def test_a_child_at_risk_in_words_the_ruler_lacks_gets_the_safety_reply_first(domain):
    tracker = tracker_with("she keeps apologising for being a burden to everyone", CHILD_AT_RISK)
    dispatcher, events = await run_mappings(tracker, domain)
    assert responses(dispatcher)[0] == "utter_risk_heard"
    assert slot_events(events)["risk_heard"] is True
    # a probability is not a statement: the risk question, asked first, settles the fact
    assert "immediate_risk" not in slot_events(events)


async def test_the_safety_reply_is_given_once_per_case(domain):
    tracker = tracker_with("she says sorry for existing", CHILD_AT_RISK, slots={"risk_heard": True})
    dispatcher, _ = await run_mappings(tracker, domain)
    assert "utter_risk_heard" not in responses(dispatcher)


async def test_risk_is_read_from_a_message_that_is_read_for_nothing_else(domain):
    tracker = tracker_with(
        "are you a bot? she says she'd rather not wake up", CHILD_AT_RISK, "bot_challenge"
    )
    dispatcher, events = await run_mappings(tracker, domain)
    assert slot_events(events) == {"risk_heard": True}
    assert responses(dispatcher) == ["utter_risk_heard"]


async def test_answering_the_risk_question_in_such_words_is_a_yes_said_back(domain):
    tracker = tracker_with(
        "she told her mate she won't need her things after friday",
        CHILD_AT_RISK,
        "inform",
        slots={"requested_slot": "immediate_risk"},
        active_loop="case_form",
    )
    dispatcher = CollectingDispatcher()
    from actions.slot_mappings import message_facts

    updates, _ = message_facts(dispatcher, tracker)
    assert updates["immediate_risk"] is True


async def test_the_person_typing_in_crisis_gets_support_for_themselves(domain):
    tracker = tracker_with("honestly I don't know how I keep going", USER_IN_CRISIS)
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_user_support" in responses(dispatcher)
    assert slot_events(events).get("immediate_risk") is None


@pytest.mark.parametrize("intent", ["describe_incident", "bot_challenge"])
async def test_the_person_typing_about_to_hurt_someone_is_told_not_to_go_then_999(domain, intent):
    tracker = tracker_with(
        "I know his address, I'm driving over there now with a crowbar", None, intent
    )
    dispatcher, events = await run_mappings(tracker, domain)
    assert responses(dispatcher)[0] == "utter_user_threat"
    assert "utter_user_support" not in responses(dispatcher)
    assert slot_events(events)["user_support_given"] is True


async def test_the_threat_reply_is_given_once(domain):
    tracker = tracker_with(
        "I'm off round there with a golf club", None, slots={"user_support_given": True}
    )
    dispatcher, _ = await run_mappings(tracker, domain)
    assert "utter_user_threat" not in responses(dispatcher)


async def test_no_reading_no_reply(domain):
    tracker = tracker_with("two 15 year olds swapped pictures on snapchat", None)
    dispatcher, events = await run_mappings(tracker, domain)
    assert not {"utter_emergency", "utter_risk_heard"} & set(responses(dispatcher))
    assert slot_events(events).get("immediate_risk") is None


def test_a_hypothetical_or_a_trainer_scenario_is_not_the_case_in_hand():
    for intent in ("what_if", "training_answer", "start_training"):
        message = {"text": "what if she said she wanted to die", "intent": {"name": intent}}
        assert classified_risk({**message, "risk": CHILD_AT_RISK}) is None


@pytest.mark.parametrize(
    "text",
    [
        "Third one of these jobs this week. I sit in the car after and think about driving into a wall",
        "only way this stops is if im not here",
    ],
)
def test_a_message_taken_for_start_training_without_asking_to_practise_is_read(text):
    message = {"text": text, "intent": {"name": "start_training"}, "risk": USER_AT_RISK}
    assert not is_hypothetical(message)
    assert classified_risk(message) == "user"


@pytest.mark.parametrize(
    "text",
    ["start a training scenario on self-harm", "give me a practice case where she wants to die"],
)
def test_a_request_to_practise_is_not_the_case_in_hand(text):
    message = {"text": text, "intent": {"name": "start_training"}, "risk": CHILD_AT_RISK}
    assert is_hypothetical(message)
    assert classified_risk(message) is None


@pytest.mark.parametrize(
    "text",
    [
        "Suppose she said she wanted to die?",
        "hypothetically, if he'd taken tablets",
        "and what about if she ran away",
        "let's say he's self-harming",
        "imagine she threatened to end it",
    ],
)
def test_a_what_if_in_what_if_words_is_not_read(text):
    message = {"text": text, "intent": {"name": "what_if"}, "risk": CHILD_AT_RISK}
    assert classified_risk(message) is None


@pytest.mark.parametrize(
    "text",
    [
        "she keeps saying she wants to disappear",
        "if the pics get out he says he'll end it",
        "she's packed a bag and says she's not coming back",
    ],
)
def test_a_risk_the_classifier_misreads_as_a_what_if_is_still_read(text):
    """The intent is a guess; only what-if words make a message hypothetical."""
    message = {"text": text, "intent": {"name": "what_if"}, "risk": CHILD_AT_RISK}
    assert classified_risk(message) == "child"


def test_a_payload_is_never_read_as_words():
    message = {"text": '/inform{"immediate_risk": false}', "intent": {"name": "inform"}}
    assert classified_risk({**message, "risk": CHILD_AT_RISK}) is None


def test_a_denied_risk_cue_in_the_same_message_wins():
    message = {"text": "she's not suicidal", "intent": {"name": "inform"}, "risk": CHILD_AT_RISK}
    assert risk_updates(message, "immediate_risk", ("immediate_risk",)) == {}
    assert not child_risk_heard(message, {}, ("immediate_risk",))


def test_only_an_answer_to_the_risk_question_sets_the_fact():
    message = {
        "text": "she wants to sleep forever",
        "intent": {"name": "inform"},
        "risk": CHILD_AT_RISK,
    }
    assert risk_updates(message, "immediate_risk", ()) == {"immediate_risk": True}
    assert risk_updates(message, "pictured_age", ()) == {}
    assert risk_updates(message, None, ()) == {}


def test_nothing_to_say_when_the_risk_is_already_known():
    message = {
        "text": "she is still saying it",
        "intent": {"name": "inform"},
        "risk": CHILD_AT_RISK,
    }
    assert not child_risk_heard(message, {"immediate_risk": True}, ())
    assert child_risk_heard(message, {"immediate_risk": False}, ())


def test_a_malformed_reading_is_ignored():
    for risk in ({"who": "nobody"}, "child", None, {"confidence": 1.0}):
        message = {"text": "words", "intent": {"name": "inform"}, "risk": risk}
        assert classified_risk(message) is None


async def test_the_child_said_safe_waits_to_be_shown_back(domain):
    tracker = tracker_with("two 15 year olds swapped pics, she's at home with mum, safe", None)
    _, events = await run_mappings(tracker, domain)
    assert "immediate_risk" in (slot_events(events).get("stated_negatives") or [])
    assert slot_events(events).get("immediate_risk") is None


async def test_one_form_of_harm_denied_in_a_case_between_peers_answers_the_risk_question(domain):
    tracker = tracker_with("two 15 year olds swapped pics, she's not suicidal", None)
    _, events = await run_mappings(tracker, domain)
    assert "immediate_risk" in (slot_events(events).get("stated_negatives") or [])


async def test_one_form_of_harm_denied_in_a_blackmail_for_money_online_answers_it(domain):
    tracker = tracker_with(
        "he's paid them £50, he's not suicidal", None, slots={"profit_motive": True}
    )
    _, events = await run_mappings(tracker, domain)
    assert "immediate_risk" in (slot_events(events).get("stated_negatives") or [])


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("she sent pics to him, she's not suicidal", {"adult_involved": True}),
        ("he's paid the lad from the estate £50, he's not suicidal", {"profit_motive": True}),
        ("I'm not sure she's safe, two 15 year olds swapped pics", None),
        ("she's at home, safe, but keeps saying she wants to disappear", None),
    ],
)
async def test_one_form_of_harm_denied_beside_an_adult_a_doubt_or_a_risk_is_not_safe(
    domain, text, slots
):
    reading = CHILD_AT_RISK if "disappear" in text else None
    tracker = tracker_with(text, reading, slots=slots)
    _, events = await run_mappings(tracker, domain)
    assert "immediate_risk" not in (slot_events(events).get("stated_negatives") or [])


@pytest.mark.parametrize(
    "text",
    [
        "15yo boy and girl swapped pics on snap, nobody after money, both kids are fine",
        "14 yr old girl sent pics to a 19yo male he met online. shes at home with mum, safe",
    ],
)
def test_a_child_said_to_be_safe_needs_a_sure_reading(text):
    """A description that rules the risk out in general words is not an alarm on a
    middling reading; a sure one still is, and so is the person typing in crisis."""
    message = {"text": text, "intent": {"name": "describe_incident"}}
    assert classified_risk({**message, "risk": CHILD_AT_RISK}) is None
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.95}}) == "child"
    assert classified_risk({**message, "risk": USER_IN_CRISIS}) == "user"


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        # hedged at once, or taken back later in the message
        ("he's fine I think. he did say 'no point any more' and went quiet", True),
        ("no shes ok. well actually her sister just found a razor blade under her bed", True),
        ("she's alright?? she hasn't eaten since the pic went round", True),
        # the user's own all-clear closing a clause, and a police job closed
        (
            "she said her uncle was collecting her, I rang her dad who confirmed it, all good.",
            False,
        ),
        ("all good?", True),
        # a new clause after the safe words, and the safe words kept
        ("hes ok, I think he's more embarrassed than anything", False),
        ("she's ok, just embarrassed, she's with her nan", False),
    ],
)
def test_safe_words_hedged_or_taken_back_do_not_rule_the_risk_out(text, heard):
    """Development risk set AJ (2026-12-07): "she's ok" said first and then doubted ("I
    think", "?") or taken back ("well actually", "he did say") is not the user ruling the
    risk out, so a middling reading is heard (``denials.DOUBT_AFTER``, ``TAKEN_BACK_LATER``)."""
    message = {"text": text, "intent": {"name": "inform"}, "risk": CHILD_AT_RISK}
    assert (classified_risk(message) == "child") is heard


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        # the user says plainly what the words meant, and it is ordinary
        (
            "she keeps saying 'I won't be here next month', she means she's moving to her dad's",
            False,
        ),
        ("he texted 'I'm finished', meaning finished with the group chat", False),
        ("'i want out' - the friendship i mean, she's fine", False),
        # a risk word in the explanation, a hedge, or the words meant seriously
        ("she keeps saying she'll be gone soon and she means it", True),
        ("he says he's done, meaning done with life", True),
        ("she says she won't be around, I think she means the holiday", True),
        ("she says it'll all be over soon, she means school I hope", True),
        ("what's the meaning of 'gone soon' in her group chat? she keeps posting it", True),
    ],
)
def test_words_the_user_explains_as_ordinary_are_not_a_risk(text, heard):
    """Development risk sets AJ and AK (2026-12-07): "our lad keeps saying he'll be gone
    soon, he means he's moving" is not a risk however sure the model is
    (``risk_reading.explained_away``); a cue is read by the ruler whatever follows."""
    message = {"text": text, "intent": {"name": "inform"}}
    sure = {"who": "child", "confidence": 0.99}
    assert (classified_risk({**message, "risk": sure}) == "child") is heard


def test_a_police_job_closed_makes_an_unsure_reading_doubtful():
    """ "Concern for welfare closed" (development risk set AI, in other words): the alarm is
    over, so a reading below ``DOUBTFUL_CONFIDENCE`` is not a risk; a sure one still is."""
    text = "Concern for welfare closed, she was at a friend's with her phone dead"
    message = {"text": text, "intent": {"name": "inform"}}
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.5}}) is None
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.9}}) == "child"


@pytest.mark.parametrize(
    ("text", "risk_word", "doubtful"),
    [
        (
            "i asked her straight out if shes thought about hurting herself and she said 'god no mum'",
            "hurting herself",
            True,
        ),
        (
            "I asked him whether he'd thought about killing himself and he said nope",
            "killing himself",
            True,
        ),
        (
            "I asked her if she'd thought about hurting herself and she said no one would care",
            "hurting herself",
            False,
        ),
        (
            "I asked her if she'd thought about hurting herself and she said yes",
            "hurting herself",
            False,
        ),
        # no risk word in the question: "no" says she is not okay
        ("I asked her if she was okay and she said no, she keeps crying in her room", None, False),
    ],
)
def test_the_risk_asked_and_answered_no_makes_an_unsure_reading_doubtful(text, risk_word, doubtful):
    """Person test (2026-12-07): the risk asked about and denied in the same message, as
    the ruler reads it (``cues.answered_no``); a sure reading still brings the safety reply."""
    entities = _risk_words(text, risk_word) if risk_word else []
    message = {"text": text, "intent": {"name": "inform"}, "entities": entities}
    unsure = classified_risk({**message, "risk": {"who": "child", "confidence": 0.6}})
    assert (unsure is None) is doubtful
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.9}}) == "child"


def _risk_words(text: str, *words: str) -> list[dict]:
    return [
        {
            "entity": "immediate_risk",
            "value": w,
            "start": text.index(w),
            "end": text.index(w) + len(w),
        }
        for w in words
    ]


@pytest.mark.parametrize(
    ("text", "words", "heard_unsure"),
    [
        # every risk word ordinary in its context: an unsure reading is doubtful
        ("she's run off to her room in a strop and won't talk to me", ("run off",), False),
        (
            "my daughter's gone missing from the group chat, they've all removed her",
            ("missing",),
            False,
        ),
        # a risk word that is not a false friend keeps the reading
        ("she's run off and we can't find her", ("run off",), True),
        # no risk word at all: the model may hear what no cue has
        ("she keeps giving her things away", (), True),
    ],
)
def test_a_reading_whose_risk_words_are_all_false_friends_needs_to_be_sure(
    text, words, heard_unsure
):
    """Development risk set AO (2026-12-07): the model hears "run off" without "to her room";
    a reading below ``DOUBTFUL_CONFIDENCE`` of such a message is not a risk, a sure one is."""
    message = {"text": text, "intent": {"name": "inform"}, "entities": _risk_words(text, *words)}
    unsure = classified_risk({**message, "risk": {"who": "child", "confidence": 0.6}})
    assert (unsure == "child") is heard_unsure
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.95}}) == "child"


def test_a_child_only_claiming_to_be_fine_is_not_said_safe():
    """ "Said she's fine, waiting for a mate": the child's own word, which a child at risk
    often gives, is not the user ruling the risk out; "mum says he's fine" is."""
    risk = {"who": "child", "confidence": 0.7}
    waiting = "girl about 14 on the wall. Said she's fine, waiting for a mate off snap"
    assert classified_risk({"text": waiting, "risk": risk}) == "child"
    assert classified_risk({"text": "she said she's fine but won't talk", "risk": risk}) == "child"
    mum = "He's at home with his mum and she says he's fine."
    assert classified_risk({"text": mum, "risk": risk}) is None


def test_safe_in_doubting_words_does_not_rule_the_risk_out():
    message = {
        "text": "not sure she's safe, she keeps talking about the bridge",
        "risk": CHILD_AT_RISK,
    }
    assert classified_risk(message) == "child"


def test_the_users_word_that_the_child_is_safe_answers_the_risk_question_after_the_safety_reply():
    from actions.risk_reading import child_said_safe

    text = "he said he wasn't thinking of hurting himself, and he's with me in my office"
    sure = {"text": text, "risk": {"who": "child", "confidence": 0.95}}
    # a sure model reading still gets the safety reply first, but the question is answered
    assert child_risk_heard(sure, {}, ())
    assert child_said_safe(sure, {})
    # a risk cue read in the message wins; so does a child's own "I'm fine"
    assert not child_said_safe(sure, {"immediate_risk": True})
    own_word = {"text": "she said she's fine but won't talk", "risk": CHILD_AT_RISK}
    assert not child_said_safe(own_word, {})


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        # a blackmailer online after money: harm to himself ruled out answers the question
        ("15yo M sextorted on snap for 300 quid, paid nothing. no self harm concerns.", True),
        ("He's embarrassed but not talking about harming himself.", True),
        # a blackmailer who can reach her in person: the danger from him is not ruled out
        ("a man from the estate wants £50 or he posts her pics. no self harm concerns", False),
        ("he says he knows where she lives. not suicidal", False),
    ],
)
def test_harm_to_themselves_ruled_out_answers_the_risk_question_for_remote_blackmail(
    text, answered
):
    from actions.risk_reading import child_said_safe

    sextortion = {"profit_motive": True, "online": True, "adult_involved": True, "coercion": True}
    assert child_said_safe({"text": text}, {}, sextortion) is answered


def test_harm_to_themselves_ruled_out_leaves_the_question_open_with_a_groomer():
    """No demand for money: an adult in contact may still harm the child himself."""
    from actions.risk_reading import child_said_safe

    groomer = {"adult_involved": True, "online": True}
    assert not child_said_safe({"text": "no self harm concerns"}, {}, groomer)
    offline = {"profit_motive": True, "online": False}
    assert not child_said_safe({"text": "no self harm concerns"}, {}, offline)


RISK_CUE = {
    "entity": "immediate_risk",
    "value": "assessed as at risk",
    "start": 2,
    "end": 21,
    "extractor": "SpacyEntityExtractor",
}


async def test_a_risk_cue_in_a_message_read_for_nothing_else_gets_the_999_reply(domain):
    """The NLU took "V assessed as at risk - high" for "why?": its words still set the
    fact and get the emergency reply at once (every message is read for risk)."""
    tracker = make_tracker("V assessed as at risk - high", "explain_factor", entities=[RISK_CUE])
    dispatcher, events = await run_mappings(tracker, domain)
    assert responses(dispatcher)[0] == "utter_emergency"
    assert slot_events(events)["immediate_risk"] is True


async def test_a_training_scenario_keeps_its_risk_as_a_fact_without_the_999_reply(domain):
    """A trainer's scenario is assessed as told (not asked again), but no real child is at
    risk now: the emergency reply is not sent; a real case in the same words still is."""
    text = "Training scenario: V assessed as at risk - high. What should officers do?"
    cue = {**RISK_CUE, "start": 21, "end": 40}
    tracker = make_tracker(text, "describe_incident", entities=[cue])
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_emergency" not in responses(dispatcher)
    assert slot_events(events)["immediate_risk"] is True
    real = "Training session tonight but real case: V assessed as at risk - high"
    cue = {**RISK_CUE, "start": 40, "end": 59}
    dispatcher, _ = await run_mappings(
        make_tracker(real, "describe_incident", entities=[cue]), domain
    )
    assert responses(dispatcher)[0] == "utter_emergency"


async def test_a_risk_cue_in_a_what_if_is_not_the_case_in_hand(domain):
    text = "what if she was assessed as at risk"
    cue = {**RISK_CUE, "start": 17, "end": 36}
    tracker = make_tracker(text, "what_if", entities=[cue])
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_emergency" not in responses(dispatcher)
    assert "immediate_risk" not in slot_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "gonna die of shame if my mum sees this",
        "omg im literally dead my mum saw",
        "she said she'd literally die if her mates knew I'd read her messages lol",
        "caller said 'my husband will kill me when he finds out I let her have the phone'",
        # a what-if as a condition, and a past episode said to be over
        "If she ever did run off to meet him, who would I phone? She hasn't.",
        "Last year my son cut his hand one time after it. Now he is much better.",
        "sgt says the paperwork on these is killing him",
        "The girl's mum said 'I could kill her' when she heard",
        "SHE RAN OFF TWICE LAST SUMMER BUT SHE HAS BEEN AS GOOD AS GOLD SINCE CHRISTMAS.",
        "He told us he was suicidal last year but he is doing really well now.",
    ],
)
def test_a_figure_of_speech_a_condition_or_a_past_episode_needs_a_sure_reading(text):
    message = {"text": text, "intent": {"name": "inform"}}
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.58}}) is None
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.85}}) == "child"


async def test_the_words_for_risk_in_a_question_name_the_idea_not_this_child(domain):
    text = "what's the threshold for immediate risk here?"
    cue = {**RISK_CUE, "value": "immediate risk", "start": 25, "end": 39}
    assert text[25:39] == "immediate risk"
    tracker = make_tracker(text, "ask_referral_triggers", entities=[cue], active_loop="case_form")
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_emergency" not in responses(dispatcher)
    assert "immediate_risk" not in slot_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Does sextortion often lead to suicide? I read something in the news and it's scared me",
        "how common is self-harm after something like this?",
    ],
)
def test_a_question_about_risk_in_general_needs_a_sure_reading(text):
    message = {"text": text, "intent": {"name": "ask_law"}}
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.6}}) is None
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.85}}) == "child"


@pytest.mark.parametrize(
    "text",
    [
        "does she need to go to hospital? she's cut herself",
        "can my son come back from this? he says he wants to die",
    ],
)
def test_a_question_that_names_a_child_of_the_case_is_not_general(text):
    message = {"text": text, "intent": {"name": "ask_law"}}
    assert classified_risk({**message, "risk": {"who": "child", "confidence": 0.6}}) == "child"


def test_harm_ruled_out_in_part_answers_the_risk_question_only_with_no_one_else_to_fear():
    from actions.risk_reading import child_said_safe

    said = {"text": "she's upset, but honestly I'm not worried she'll harm herself"}
    assert child_said_safe(said, {}, {"adult_involved": False})
    at_home = {"text": "the lad is at home with his dad now"}
    assert child_said_safe(at_home, {}, {})
    # an adult, a coercer or a blackmailer who can reach her may still harm the child:
    # the question stays (a demand for money made offline is one of these)
    for danger in ("adult_involved", "coercion"):
        assert not child_said_safe(said, {}, {danger: True})
        assert not child_said_safe(said, {danger: True})
    assert not child_said_safe(said, {}, {"profit_motive": True, "online": False})
    # doubt is no ruling out
    assert not child_said_safe({"text": "not sure whether he's self-harming"}, {}, {})


@pytest.mark.parametrize(
    "text",
    [
        "they want £200 by tonight, he's at home with his mum now",
        "she's sat with me and her dad at the station",
        "he's in his room but his foster carer is sitting with him",
        "the carers are keeping a close eye on her tonight",
    ],
)
def test_a_safe_adult_with_the_child_answers_it_whoever_else_is_in_the_case(text):
    from actions.risk_reading import child_said_safe

    assert child_said_safe({"text": text}, {}, {})
    for danger in ("adult_involved", "coercion", "profit_motive"):
        assert child_said_safe({"text": text}, {}, {danger: True})


def test_a_meeting_arranged_is_a_risk_whoever_the_child_is_with():
    """The sixteenth round's under-escalation: the meeting is a risk cue, and a cue read in
    the message (``immediate_risk`` in the updates) always wins over a safe adult."""
    from actions.narrative import read_facts
    from actions.risk_reading import child_said_safe
    from nlp import build_pipeline, entities_from_doc

    text = (
        "Mum found messages tonight arranging to meet him Saturday at the bus station. "
        "We've got her at home with mum."
    )
    facts = read_facts(text, entities_from_doc(build_pipeline()(text))).facts
    assert facts.get("immediate_risk") is True
    assert not child_said_safe({"text": text}, facts, {"adult_involved": True})


def test_a_safe_adult_wished_for_or_a_risk_read_does_not_answer_it():
    from actions.risk_reading import child_said_safe

    wish = {"text": "we need to make sure she's at home with mum tonight"}
    assert not child_said_safe(wish, {}, {"coercion": True})
    cue = {"text": "he's at home with his mum now"}
    assert not child_said_safe(cue, {"immediate_risk": True}, {})


def test_a_want_far_back_in_the_message_is_not_a_doubt_about_the_adult_with_the_child():
    from actions.narrative.denials import with_a_safe_adult_now

    text = (
        "her friends want to know what to do and she wants it deleted "
        "shes in the kitchen crying her mum is sat with her"
    )
    assert with_a_safe_adult_now(text)


def test_a_child_collected_by_a_parent_or_at_home_today_with_them_is_with_a_safe_adult():
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now("She was very upset and was picked up by her mum at 2.")
    assert with_a_safe_adult_now("He is at home today with his dad.")
    assert not with_a_safe_adult_now("we need him collected by his dad")


@pytest.mark.parametrize(
    "text",
    [
        "She went home with her nan at lunch.",
        "He's in the office with his head of year at the moment.",
        "Dad's picking her up at 3.",
    ],
)
def test_home_with_a_relative_with_staff_or_being_collected_is_a_safe_adult(text):
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now(text)


FIRST_PERSON_CUE_TEXT = "i dont want to be here anymore, everyone has seen it"
FIRST_PERSON_CUE = {
    "entity": "immediate_risk",
    "value": "i dont want to be here",
    "start": 0,
    "end": 22,
    "extractor": "SpacyEntityExtractor",
}


async def test_danger_said_by_a_typist_who_may_be_the_child_gets_the_999_reply_for_them(domain):
    """Nothing says the person typing is an adult: they may be the child in the image. The
    999 reply is worded for them (Childline, not "your safeguarding procedures") and holds
    the support, so the support reply is not sent as well."""
    tracker = make_tracker(FIRST_PERSON_CUE_TEXT, "describe_incident", entities=[FIRST_PERSON_CUE])
    dispatcher, events = await run_mappings(tracker, domain)
    assert responses(dispatcher)[0] == "utter_young_person_danger"
    assert "utter_user_support" not in responses(dispatcher)
    assert "utter_emergency" not in responses(dispatcher)
    values = slot_events(events)
    assert values["immediate_risk"] is True
    assert values["emergency_notified"] is True and values["user_support_given"] is True


def test_the_reply_for_a_young_person_in_danger_says_999_and_childline(domain):
    text = domain["responses"]["utter_young_person_danger"][0]["text"]
    assert "Call 999 now" in text and "Childline 0800 1111" in text
    assert "safeguarding procedures" not in text


def test_the_reply_for_a_young_person_in_danger_assumes_no_picture(domain):
    """A teenager in crisis may not have mentioned an image at all ("gonna do it properly
    this time"): the Report Remove line is said as an if, not as what happened."""
    text = domain["responses"]["utter_young_person_danger"][0]["text"]
    assert "If a picture of you has been shared" in text
    assert "What happened to the picture" not in text


async def test_the_same_words_from_a_parent_known_from_before_get_support_not_a_case_fact(domain):
    tracker = make_tracker(
        FIRST_PERSON_CUE_TEXT,
        "describe_incident",
        entities=[FIRST_PERSON_CUE],
        slots={"role": "parent"},
    )
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_user_support" in responses(dispatcher)
    assert slot_events(events).get("immediate_risk") is None


async def test_a_young_person_in_danger_about_to_hurt_someone_is_also_told_not_to_go(domain):
    text = "im 15 and im going round to his house now with a knife, then ill kill myself"
    cue = {**FIRST_PERSON_CUE, "value": "kill myself", "start": 65, "end": 76}
    tracker = make_tracker(text, "describe_incident", entities=[cue])
    dispatcher, _ = await run_mappings(tracker, domain)
    said = responses(dispatcher)
    assert said[0] == "utter_young_person_danger"
    assert "utter_user_threat" in said and "utter_user_support" not in said


@pytest.mark.parametrize(
    "text",
    [
        # development risk AI (my own sentences in the same forms): a what-if, then what a
        # child is doing now
        "what if she won't open the door, she's got the paracetamol in there",
        "what if it was just the one picture but now he's saying meet me or I post it",
    ],
)
def test_a_what_if_that_says_what_is_happening_now_is_the_case_in_hand(text):
    message = {"text": text, "intent": {"name": "what_if"}, "risk": CHILD_AT_RISK}
    assert not is_hypothetical(message)
    assert classified_risk(message) == "child"


def test_a_what_if_with_a_child_in_it_but_nothing_happening_now_stays_a_what_if():
    message = {
        "text": "what if she was 12 and she'd sent it to an adult?",
        "intent": {"name": "what_if"},
    }
    assert is_hypothetical(message)


async def test_a_child_going_home_to_the_one_who_made_the_images_is_no_guess(domain):
    """Read from the words (actions/narrative/household.py), not the model alone: the 999
    reply, the fact set, and no "I've taken that as a yes"."""
    tracker = tracker_with(
        "A Year 8 girl has told me her stepdad takes pictures of her. She goes home at 3.30.",
        CHILD_AT_RISK,
    )
    dispatcher, events = await run_mappings(tracker, domain)
    assert responses(dispatcher)[0] == "utter_emergency"
    assert "utter_risk_taken_as_yes" not in responses(dispatcher)
    assert slot_events(events)["immediate_risk"] is True
