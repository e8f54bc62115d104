"""Risk of harm read by the language model, next to the ruler's risk cues.

``nlu/risk.py`` adds ``risk: {"who", "confidence"}`` to the parse data of a message whose
words suggest someone may be at risk of harm now, in words the ruler's cue list does not
hold. The model is a probability, not a statement, so it does less than a cue:

- ``who == "child"``: the safety reply is sent at once (999, Samaritans, SHOUT, Childline:
  ``utter_risk_heard``), once per case, and the risk question, first in the interview
  order, settles the fact. Only when the message answers that very question ("is any
  child at immediate risk?" -> "she said she'd rather not wake up") does the model's
  reading set ``immediate_risk`` true, as a cue with "not sure" does (docs/API.md §3).
  A risk cue denied in the same message ("she's not suicidal") wins.
- ``who == "user"``: the person typing gets support for themselves.

A hypothetical ("what if she said she wanted to die?") and the trainer's scenarios are
not the case in hand, so they are not read. A hypothetical is known by its words
(``HYPOTHETICAL_WORDS``), not by the intent alone: the classifier's ``what_if`` is a guess,
and a real risk it misreads as one must still get the safety reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.narrative.context import Span
from actions.narrative.cues import (
    OVER_NOW,
    answered_no,
    asks_about_risk_in_general,
    is_false_friend,
    is_training_material,
    tells_of_a_past_episode,
)
from actions.narrative.denials import (
    says_child_is_safe,
    says_harm_ruled_out,
    with_a_safe_adult_now,
)

RISK_KEY = "risk"
CHILD = "child"
USER = "user"

#: Trainer mode: the scenario is not the case in hand.
TRAINER_INTENTS = frozenset({"start_training", "training_answer"})
#: Words that ask for practice. A message the classifier took for ``start_training``
#: without any of them ("Third one of these jobs this week ... I think about putting it
#: into the next lamppost") is read for risk like any other message.
TRAINING_WORDS = re.compile(
    r"\b(?:train\w*|practi[cs]\w*|scenarios?|quiz\w*|exercises?|test\s+me|demo\w*|role[-\s]?play\w*|"
    r"drills?|case\s+stud(?:y|ies)|mock|rehears\w*|fictional|made[-\s]up|pretend)\b",
    re.IGNORECASE,
)
#: A what-if in words: "what if ...", "suppose ...", "imagine ...", "hypothetically ...".
HYPOTHETICAL_WORDS = re.compile(
    r"^\W*(?:(?:and|but|ok|so)\W+)?(?:what\s+(?:about\s+)?if|suppose|supposing|imagine|"
    r"hypothetically|in\s+theory|let'?s\s+say|say\s+(?:that\s+)?(?:he|she|they|it)\b)",
    re.IGNORECASE,
)


#: What is happening now, told after the what-if: "what if he wont come out of his room,
#: hes got a belt in there with him", "... but now hes saying come to his flat".
STATED_NOW = re.compile(
    r"(?:[,.;!?]|\bbut|\band)\s+(?:now\s+|right\s+now\s+)?(?:he|she|they)\s*(?:['’]?s|\s+has|['’]ve|"
    r"\s+have|\s+is|['’]re|\s+are)\s+(?:just\s+|now\s+|already\s+)?(?:got|put|taken|gone|locked|left|packed|"
    r"saying|started|walked|run|ran)\b",
    re.IGNORECASE,
)


def is_hypothetical(message: Mapping[str, Any]) -> bool:
    """A what-if asked in what-if words, or a message in trainer mode (a request to start
    it only when it says so in words: ``TRAINING_WORDS``). A what-if that goes on to say
    what a child is doing now (``STATED_NOW``) is a worry about the case in hand."""
    intent = (message.get("intent") or {}).get("name")
    text = str(message.get("text") or "")
    if intent == "start_training":
        return bool(TRAINING_WORDS.search(text) or HYPOTHETICAL_WORDS.search(text))
    return intent in TRAINER_INTENTS or (
        intent == "what_if"
        and HYPOTHETICAL_WORDS.search(text) is not None
        and STATED_NOW.search(text) is None
    )


def classified_risk(message: Mapping[str, Any]) -> str | None:
    """``"child"`` or ``"user"`` when the model read a risk in the message, else None."""
    text = str(message.get("text") or "")
    if is_hypothetical(message) or is_training_material(text) or text.startswith("/"):
        return None
    found = message.get(RISK_KEY)
    if not isinstance(found, Mapping):
        return None
    who, confidence = found.get("who"), found.get("confidence")
    if who == CHILD and _ruled_out_in_words(text, confidence):
        return None
    if _doubtful(text, confidence) or explained_away(text):
        return None
    if not _sure(confidence) and _risk_words_answered_no(message):
        return None
    if not _sure(confidence) and _only_ordinary_risk_words(message):
        return None
    return who if who in (CHILD, USER) else None


#: Ordinary things the user says the words meant: "he means he's moving to his aunt's",
#: "she means the relationship", "meaning done talking about it", "the gossip i mean".
ORDINARY_MEANING = (
    r"(?:relationship|interview|statement|court|case|police\s+side|school|class|lessons?|exams?|mocks|"
    r"gossip|talking|chat|conversation|argument|row|group\s*chat|moving|move|house|holiday|trip|"
    r"aunt\w*|nan\w*|gran\w*|dad\w*|mum\w*|mam\w*|friendship|team|club|job|course|college|phone|"
    r"(?:her|his|the)\s+(?:ex|boyfriend|girlfriend|bf|gf))"
)
#: The words said to mean something ordinary, said plainly (not "I think she means"):
#: then the model's reading of them, however sure, is not a risk. A risk word in the
#: explanation ("she means it", "meaning her life") keeps it; a cue always wins. "the
#: meaning of 'kms' in the group chat" asks what a word means; it explains nothing.
EXPLAINED = re.compile(
    r"(?<!think\s)(?<!guess\s)(?<!hope\s)(?<!maybe\s)(?<!probably\s)(?<!hopefully\s)"
    r"\b(?:(?:she|he|they)\s+(?:means?|meant)|meaning(?!\s+of\b))\s+(?P<said>[^.!?]{0,50})|"
    rf"\b(?:the|that|this)\s+{ORDINARY_MEANING}\s+i\s+mean(?:t)?\b",
    re.IGNORECASE,
)
RISK_IN_MEANING = re.compile(
    r"^\s*(?:it\b|that\b|every\s+word|business)|\b(?:literally|life|lives|suicid\w*|kill\w*|die|dying|dead|"
    r"death|end\s+(?:it|her|his|things|everything)|hurt\w*|harm\w*|for\s+good|forever|gone\s+for|"
    r"won['’]?t\s+be\s+(?:here|around|alive)|not\s+be\s+(?:here|around|alive)|"
    # hedged after it: "she means school I hope"
    r"i\s+hope|i\s+think|hopefully|maybe|probably|not\s+sure|i\s+guess)\b",
    re.IGNORECASE,
)
ORDINARY = re.compile(rf"\b{ORDINARY_MEANING}\b", re.IGNORECASE)


def explained_away(text: str) -> bool:
    """The user says plainly that the words meant something ordinary (development risk
    sets AJ and AK, 2026-12-07: "our lad keeps saying 'I'll be gone soon', he means he's
    moving to his aunt's on friday"). Not a hedge ("I think she means ..."), and not an
    explanation with a risk word in it."""
    for found in EXPLAINED.finditer(text):
        said = found["said"]
        if said is None:
            return True
        if ORDINARY.search(said) and not RISK_IN_MEANING.search(said):
            return True
    return False


#: Death as a figure of speech: "gonna die of shame", "dying of embarrassment", "omg I'm
#: literally dead". The model learned these as hard negatives, but a short message of
#: shame can still lean over its threshold; a reading this unsure is not a risk. Threats
#: ("he'll kill me") are not here: they may be real.
IDIOM = re.compile(
    r"\b(?:die|dies|dying|died|dead)\s+(?:of|from|with)\s+(?:shame|embarrassment|cringe|"
    r"laughter|laughing)\b|\b(?:i['’]?m|im|i\s+am)\s+(?:literally\s+|actually\s+|so\s+)?dead\b|"
    # "she'd literally die if her mates knew", "my husband will kill me when he finds out"
    r"\bliterally\s+(?:die|dying)\b|\b(?:i['’]?d|she['’]?d|he['’]?d|would)\s+(?:literally\s+)?die\s+if\b|"
    r"\b(?:will|['’]ll|gonna|going\s+to)\s+kill\s+me\s+(?:when|if)\b|"
    # "the paperwork on these is killing him", "the girl's mum said 'I could kill her'"
    r"\b(?:paperwork|work|stress|admin|job|this|it|that)(?:\s+(?:on|for|with|of)\s+[\w'-]+)?\s+(?:is|['’]s)\s+killing\s+(?:me|him|her|us)\b|"
    r"\bcould\s+(?:kill|murder|strangle)\s+(?:her|him|them)\b",
    re.IGNORECASE,
)
#: "If she ever did run off ...": a what-if about the child, said as a condition.
IF_EVER = re.compile(r"\bif\s+(?:[\w'-]+\s+){1,3}?ever\b", re.IGNORECASE)
#: The confidence a doubtful reading needs: an idiom, a what-if said as a condition ("if
#: she ever ran off"), a question about risk in general that names no child of the case
#: ("Does sextortion often lead to suicide?"), or a past episode said to be over ("Last
#: year he cut his hand one time ... now he is much better"). A concrete sign in any of
#: them is still read by the ruler's cues (``actions.narrative.cues``). So is a message that
#: says an alarm is over ("found safe at his aunt's", "panic over", ``cues.OVER_NOW``).
DOUBTFUL_CONFIDENCE = 0.8


def _sure(confidence: object) -> bool:
    return isinstance(confidence, (int, float)) and confidence >= DOUBTFUL_CONFIDENCE


def _doubtful(text: str, confidence: object) -> bool:
    return not _sure(confidence) and (
        IDIOM.search(text) is not None
        or IF_EVER.search(text) is not None
        or asks_about_risk_in_general(text)
        or tells_of_a_past_episode(text)
        or OVER_NOW.search(text) is not None
    )


def _risk_spans(message: Mapping[str, Any]) -> list[Span]:
    """The ruler's risk cues in the message, as spans of its text."""
    return [
        Span(str(e.get("entity")), str(e.get("value")), int(e["start"]), int(e["end"]))
        for e in message.get("entities") or ()
        if e.get("entity") == "immediate_risk" and "start" in e and "end" in e
    ]


def _risk_words_answered_no(message: Mapping[str, Any]) -> bool:
    """Every risk word is in a question the message itself answers no ("i asked her
    straight out if shes thought about hurting herself and she said 'god no mum'": person
    test, 2026-12-07), as the ruler reads it (``cues.answered_no``). The model hears the
    words without the answer, so its unsure reading is doubtful; "I asked her if she was
    okay and she said no" has no risk word in the question, and stays the model's."""
    text = str(message.get("text") or "")
    spans = _risk_spans(message)
    return bool(spans) and all(answered_no(text, span) for span in spans)


def _only_ordinary_risk_words(message: Mapping[str, Any]) -> bool:
    """Every risk word the ruler found is a false friend in its context ("she's run off to
    her room in a strop", "gone missing from the group chat": ``cues.FALSE_FRIENDS``).

    The model hears the same words without their context, so its reading of such a
    message is doubtful like an idiom's (development risk set AO, 2026-12-07). A message
    with no risk word at all is not this: there the model may have heard what no cue
    has ("she keeps giving her things away").
    """
    text = str(message.get("text") or "")
    spans = _risk_spans(message)
    return bool(spans) and all(is_false_friend(text, span) for span in spans)


#: A child at risk read by the model in a message that also says, in general words, that
#: the child is safe now ("both kids are fine", "she's at home with mum, safe") needs this
#: much confidence. Such a message is a description with the risk ruled out: read whole,
#: its ruled-out risk words pull the model over the threshold ("safe" and "risk" sit
#: beside each other in risk talk). A sure reading still wins over the words: letting the
#: words win over any reading (tried in the eighth round; it ended 4 re-asks on the
#: development narratives, where safe descriptions read 0.92-0.99) lost one risk of the
#: blind set, so it was taken back. A risk cue ("she wants to disappear") gets the safety
#: reply whatever else is said; a child's own "I'm fine" is not the user's word
#: (``actions.narrative.denials.HER_OWN_WORD``).
SAFE_SAID_CONFIDENCE = 0.9


def _ruled_out_in_words(text: str, confidence: object) -> bool:
    """The message says the child is safe, and the model is not sure enough to doubt it."""
    sure = isinstance(confidence, (int, float)) and confidence >= SAFE_SAID_CONFIDENCE
    return not sure and says_child_is_safe(text)


def risk_updates(
    message: Mapping[str, Any], requested_slot: str | None, negated: tuple[str, ...]
) -> dict[str, Any]:
    """``{"immediate_risk": True}`` when the message answers the risk question in words the
    model reads as a child at risk; nothing otherwise."""
    if requested_slot != "immediate_risk" or "immediate_risk" in negated:
        return {}
    return {"immediate_risk": True} if classified_risk(message) == CHILD else {}


def child_risk_heard(
    message: Mapping[str, Any], known: Mapping[str, Any], negated: tuple[str, ...]
) -> bool:
    """Whether the model read a child at risk that no answer or cue has settled as true."""
    return (
        classified_risk(message) == CHILD
        and "immediate_risk" not in negated
        and known.get("immediate_risk") is not True
    )


def user_at_risk(message: Mapping[str, Any]) -> bool:
    """Whether the model read the person typing as the one in crisis."""
    return classified_risk(message) == USER


#: Facts that put someone in the case who may still harm the child: with any of them true,
#: only general words ("she's safe") answer the risk question, not harm ruled out in part.
DANGER_FROM_OTHERS = ("adult_involved", "coercion", "profit_motive")


def child_said_safe(
    message: Mapping[str, Any],
    updates: Mapping[str, Any],
    known: Mapping[str, Any] | None = None,
) -> bool:
    """Whether the message says in general words that the child is safe now, with no risk
    cue read in it (``updates``): then the risk question is answered "no" once shown back
    (``actions.checklist.negatives_to_confirm``), and the user can correct it there.

    The model's reading does not stop it. A model that reads a risk in such a message
    (sextortion accounts that end "she's safe at home with mum" read 0.92-0.99) still gets
    its safety reply first (:func:`child_risk_heard`), so nothing is held back; but asking
    the risk question again after the user has said the child is safe is asking what was
    said (the development narratives' re-asks, 2026-12-05: 14 of 22 were this). A risk cue
    ("she keeps saying everyone would be happier without her") always wins, and so does
    the child's own "I'm fine" (``denials.HER_OWN_WORD``), which is not the user's word.

    In a case with no one else who may harm the child (no adult, no pressure, no demand:
    ``DANGER_FROM_OTHERS``, none true in ``known`` or ``updates``), harm ruled out in part
    answers it too ("victim very distressed but no indication of self harm", "I'm not
    worried she'll hurt herself", "he's at home with his foster mum now"): there the only
    harm left to ask about is the one the user has ruled out. With an adult, a coercer or
    a blackmailer in the case, only the child with a safe adult now answers it ("he's
    sitting with his da in the kitchen, calm enough", "She is watching telly downstairs
    with her nan"): harm to themselves ruled out alone ("no indication of self harm") says
    nothing of the danger from the other person. The exception is a blackmailer after
    money at a distance (:func:`remote_blackmail`), whose danger is what the child may do
    to themselves. A meeting arranged, a threat to hurt or a
    child gone is a risk cue, and a cue always wins. (The sixteenth round tried this and
    took it back, because "Mum found messages tonight arranging to meet him Saturday ...
    We've got her at home with mum" was then read as answered, an emergency read as a
    referral; the same change made the meeting a risk cue, which now wins over the safe
    adult. On the 1,380 development narratives it ends 30 re-asks, none of a child at
    risk.)
    """
    if updates.get("immediate_risk") is True:
        return False
    text = str(message.get("text") or "")
    if says_child_is_safe(text):
        return True
    facts = {**(known or {}), **updates}
    if any(facts.get(key) is True for key in DANGER_FROM_OTHERS) and not remote_blackmail(
        text, facts
    ):
        return with_a_safe_adult_now(text)
    return says_harm_ruled_out(text)


#: Signs that the person in the case can reach the child in person: a blackmailer who
#: "lives round the corner" or is "from the estate" may turn up; one online may not.
IN_PERSON = re.compile(
    r"\b(?:lives?|living)\s+(?:near|nearby|close|round|around|down|up|on|in)\b|"
    r"\bknows?\s+where\s+(?:she|he|they|we)\s+(?:lives?|live)\b|"
    r"\bfrom\s+(?:the|our|her|his|their)\s+(?:estate|village|street|road|area|town|school|church|club|team|gym)\b|"
    r"\b(?:neighbour|neighbor|next\s+door|in\s+person|face\s+to\s+face|turn(?:ed)?\s+up|come\s+round|"
    r"met\s+(?:him|her|them|up)|meet\s+(?:him|her|them|up))\b",
    re.IGNORECASE,
)


def remote_blackmail(text: str, facts: Mapping[str, Any]) -> bool:
    """Whether the only one in the case who may harm the child is a blackmailer at a
    distance: a demand for money (``profit_motive``) made online, with nothing that says
    the blackmailer can reach the child in person (:data:`IN_PERSON`).

    Why it matters: in sextortion for money the danger to the child's life is what the
    child may do to themselves. That is this project's reading, not a quoted source: the
    UKCIS trigger for immediate risk names a young person "presenting as suicidal or
    self-harming" as its example (its wording still marked VERIFY in GUIDANCE.md). The
    threat to share is already a fact of its own (``coercion``, ``profit_motive``) and
    decides the referral.
    So "no self harm concerns at present" from an officer answers the risk question
    (shown back, correctable), where with a groomer nearby it would not.
    """
    return (
        facts.get("profit_motive") is True
        and facts.get("online") is not False
        and not IN_PERSON.search(text)
    )
