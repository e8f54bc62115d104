"""The intent table: every intent of ``domain.yml``, once, with the groups it is in.

The actions treat a message by its intent in a few ways (does the case form read it? are
its facts part of the case? may a question be hidden inside it?). Each of those ways is a
group below, named once with why it exists; :data:`INTENT_TABLE` gives each intent its
groups in one row, so an intent's whole treatment is read in one place.

The guidance-question intents (``ask_<topic id>``, one per topic of the knowledge base) are
not rows: they are the ``topic`` group, recognised by :func:`is_topic_intent`. Every other
intent of ``domain.yml`` has a row; one that needs no special treatment is in the explicit
``other`` group, never simply missing. While the case form is active every intent is
exactly one of: a form answer, a digression, a topic question, or ``other``.
``tests/unit/test_intent_table.py`` checks all of this against ``domain.yml``.

No Rasa import: the action server and the Rasa server (``actions.form_answers``) both use it.
"""

from __future__ import annotations

from actions.guidance import knowledge

#: Why each group exists. The frozensets below are the groups' members, taken from
#: :data:`INTENT_TABLE`.
GROUPS: dict[str, str] = {
    "form_answer": (
        "An answer to the case form's question, or a statement of facts. While the form is "
        "active no rule takes these away from it (data/rules/case_form.yml; checked by "
        "tests/unit/actions/test_actions_form_answers.py), so the form always reads their "
        "facts itself and the Rasa server skips the global slot validation "
        "(actions.form_answers). Every other intent mid-form is left to a rule."
    ),
    "digression": (
        "Leaves the case form to something else (a rule answers it, then the form resumes "
        "or stops); the form must not count it as a failed answer."
    ),
    "non_fact": (
        "Its words describe a hypothetical or ask a question: facts in them must not change "
        'the case ("what if he was 19?" is not a correction). A message the bot does not '
        "recognise (out_of_scope, help) is still read, so a fact stated there is never lost."
    ),
    "description": (
        "Its words are (also) a case description, or the NLU was unsure of it: a guidance "
        "question inside it is read on its own (actions.embedded_question)."
    ),
    "no_topic": (
        'Training examples of "a description or a question with no guidance topic" for the '
        "NLU component nlu.embedded_question (changing it changes the trained model)."
    ),
    "other": (
        "None of the above: its facts are read and it is neither an answer to the form nor "
        "a digression from it. Listed so that no domain intent is simply forgotten."
    ),
}

#: Intents Rasa adds itself, not declared in ``domain.yml``.
RASA_INTENTS = frozenset({"nlu_fallback"})

#: One row per intent that is not a guidance topic: the groups it is in.
INTENT_TABLE: dict[str, tuple[str, ...]] = {
    "greet": ("digression",),
    "goodbye": ("digression",),
    "thank": ("digression",),
    "affirm": ("form_answer",),
    "deny": ("form_answer",),
    "dont_know": ("form_answer",),
    "bot_challenge": ("digression", "non_fact"),
    "help": ("digression",),
    "restart": ("digression",),
    "stop": ("digression",),
    "describe_incident": ("form_answer", "description", "no_topic"),
    "inform": ("form_answer", "description", "no_topic"),
    "correct_fact": ("form_answer", "description"),
    "what_if": ("digression", "non_fact", "no_topic"),
    "explain_factor": ("digression", "non_fact"),
    "ask_next_steps": ("digression", "no_topic"),
    "out_of_scope": ("digression",),
    "offer_image": ("digression", "non_fact"),
    "ask_record": ("digression", "non_fact"),
    "start_training": ("digression", "non_fact"),
    "training_answer": ("digression", "non_fact"),
    "training_command": ("other",),
    "nlu_fallback": ("digression", "description"),
}


def intents_in(group: str) -> frozenset[str]:
    """The intents of :data:`INTENT_TABLE` in ``group`` (one of :data:`GROUPS`)."""
    if group not in GROUPS:
        raise KeyError(f"unknown intent group: {group}")
    return frozenset(intent for intent, groups in INTENT_TABLE.items() if group in groups)


FORM_ANSWER_INTENTS = intents_in("form_answer")
DIGRESSION_INTENTS = intents_in("digression")
NON_FACT_INTENTS = intents_in("non_fact")
DESCRIPTION_INTENTS = intents_in("description")
NO_TOPIC_INTENTS = intents_in("no_topic")
OTHER_INTENTS = intents_in("other")

#: The ``topic`` group: intents that ask a guidance question, named ``ask_<topic id>``.
TOPIC_INTENT_PREFIX = "ask_"


def is_topic_intent(intent: str | None) -> bool:
    """True for the guidance-question intents (the contract's 14 plus 6 added:
    ``ask_viewing_images`` ... ``ask_duty_to_report``): ``ask_<topic>`` for a topic id of the
    knowledge base, so ``ask_next_steps`` and ``ask_record`` are not."""
    return (
        bool(intent)
        and intent.startswith(TOPIC_INTENT_PREFIX)
        and topic_of(intent) in knowledge.topic_ids()
    )


def topic_of(intent: str) -> str:
    """The contract's topic id for a guidance-question intent."""
    return intent[len(TOPIC_INTENT_PREFIX) :]


def topic_intents() -> frozenset[str]:
    """Every guidance-question intent, one per topic of the knowledge base."""
    return frozenset(TOPIC_INTENT_PREFIX + topic_id for topic_id in knowledge.topic_ids())
