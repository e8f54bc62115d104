"""Negatives said without a negation word are stated negatives, like a negated cue."""

from __future__ import annotations

import pytest

from actions.narrative.denials import denied_facts, says_child_is_safe

DENIED = [
    ("the pics are only on their two phones", {"shared_without_consent", "widely_shared"}),
    ("video never left his phone", {"shared_without_consent", "widely_shared"}),
    ("both agreed to it", {"coercion"}),
    ("nobody leant on anyone", {"coercion"}),
    ("nobody put her up to it", {"coercion"}),
    ("they filmed themselves", {"made_without_consent"}),
    ("first time either has come to our notice", {"repeated"}),
    ("neither has been involved in anything like this before", {"repeated"}),
    ("he kept it to himself", {"shared_without_consent"}),
    ("the pics stayed between the two of them", {"shared_without_consent", "widely_shared"}),
    ("only the boy has seen them", {"shared_without_consent", "widely_shared"}),
    ("she's the only one who has it", {"shared_without_consent"}),
    ("no one else has seen it", {"shared_without_consent"}),
    ("she sent it willingly", {"coercion"}),
    ("she sent it of her own accord", {"coercion"}),
    ("he was happy to send it", {"coercion"}),
    ("it was her own idea", {"coercion"}),
    ("she took it of herself", {"made_without_consent"}),
    ("a self-generated image", {"made_without_consent"}),
    ("it's the first time", {"repeated"}),
    ("first time anything like this has happened", {"repeated"}),
    ("it was a one-off", {"repeated"}),
]

NOT_DENIED = [
    "he sent it to his mates",
    "she sent it",
    "the first time he asked she said no, then he kept asking",
    "they were in a relationship",
    "he took a photo of her",
    "it's not the first time",
]


@pytest.mark.parametrize(("text", "keys"), DENIED)
def test_a_negative_in_plain_words_is_read(text, keys):
    assert keys <= set(denied_facts(text))


@pytest.mark.parametrize("text", NOT_DENIED)
def test_words_that_deny_nothing_are_not_read_as_a_negative(text):
    assert denied_facts(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "shes at home with mum, safe",
        "She's now staying with her aunt and is safe.",
        "he's safe at home tonight",
        "There are no immediate concerns for him.",
        "she is not at risk",
        "IP is safe",
        "she's fine, just shocked",
        "both kids are fine",
        "hes ok, just scared",
    ],
)
def test_the_childs_safety_in_general_words(text):
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "is she safe?",
        "she's not safe",
        "I'm not sure she's safe",
        "safe to say she's upset",
        "no self harm concerns",
        "she's not suicidal",
        "he isn't safe at home",
        "we need to make sure he's safe",
        "she's fine with it",
        "is he ok?",
        "he's not ok",
    ],
)
def test_a_question_a_doubt_or_one_form_of_harm_is_not_safety(text):
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("he hasnt sent it on to anyone", {"shared_without_consent", "widely_shared"}),
        ("she swears she never sent them to anyone", {"shared_without_consent", "widely_shared"}),
        ("he's shown nobody", {"shared_without_consent", "widely_shared"}),
        ("it was her choice, he never made her", {"coercion"}),
        ("nobody forced him", {"coercion"}),
    ],
)
def test_not_passed_on_and_not_made_to_in_plain_words(text, denied):
    assert denied <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text", ["he made her a promise", "she sent it to him and he has sent it to anyone who asks"]
)
def test_phrases_near_a_denial_that_deny_nothing(text):
    assert not {"coercion", "shared_without_consent"} & set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "no self harm concerns raised, his dad is sitting with him",
        "she said she isn't thinking of hurting herself and she's here with me",
        "hasn't said anything about suicide, he's at home with his mum",
    ],
)
def test_harm_ruled_out_with_a_safe_adult_there_says_the_child_is_safe(text):
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "very upset but no indication of self harm",  # one form of harm, nobody with her
        "not sure if he is self harming, he's with me",  # doubt
        "she is with him now, no self harm though",  # with the other person, not a carer
    ],
)
def test_harm_ruled_out_alone_or_in_doubt_does_not(text):
    assert not says_child_is_safe(text)
