"""Negatives said without a negation word are stated negatives, like a negated cue."""

from __future__ import annotations

import pytest

from actions.narrative.denials import denied_facts, says_child_is_safe, says_harm_ruled_out

DENIED = [
    # development narratives H (my own sentences in the same forms)
    ("it went no further than the two of them", {"shared_without_consent", "widely_shared"}),
    ("it's just between the two of them", {"shared_without_consent", "widely_shared"}),
    ("it's only on her phone", {"shared_without_consent", "widely_shared"}),
    ("he keeps it private", {"shared_without_consent", "widely_shared"}),
    ("neither has shared the pictures with anyone", {"shared_without_consent", "widely_shared"}),
    ("neither shared further", {"shared_without_consent", "widely_shared"}),
    ("no third parties", {"shared_without_consent", "widely_shared"}),
    ("her idea not his.", {"coercion"}),
    ("neither has ALN", {"capacity_concern"}),
    # development narratives G (my own sentences in the same forms)
    ("nothing's gone further than the two of them", {"shared_without_consent", "widely_shared"}),
    ("it hasn't been shared.", {"shared_without_consent", "widely_shared"}),
    ("he never showed it to a soul", {"shared_without_consent", "widely_shared"}),
    ("Her choice entirely.", {"coercion"}),
    ("he never asked or pushed", {"coercion"}),
    # development narratives Z (my own sentences in the same forms): the user's judgement
    ("doesnt sound like he pushed her for it", {"coercion"}),
    ("I don't think he pressured her", {"coercion"}),
    # development narratives AA (my own sentences in the same forms): a scenario's present
    (
        "Both consent, neither shares them further.",
        {"coercion", "shared_without_consent", "widely_shared"},
    ),
    # development narratives Y and Z (my own sentences in the same forms)
    (
        "No pressure, not sent on, first time, he's fine.",
        {"repeated", "shared_without_consent", "widely_shared"},
    ),
    ("there's nothing to suggest it went any further", {"shared_without_consent", "widely_shared"}),
    ("i sent my girlfriend a pic of my chest", {"made_without_consent"}),
    # development narratives AB (my own sentences in the same forms)
    (
        "16yo couple, both consented, the clip's only on his phone",
        {"made_without_consent", "shared_without_consent", "widely_shared"},
    ),
    ("he says they both wanted to and he hasn't shown anyone", {"made_without_consent"}),
    ("no one else has seen it, her first time.", {"repeated"}),
    # development narratives AC and AD (my own sentences in the same forms)
    ("the pair of them both say they agreed to it", {"coercion"}),
    ("14 and 15, sent nudes to each other, both keen", {"made_without_consent"}),
    ("girl sent a pic to her boyfriend, all consensual", {"made_without_consent"}),
    ("pics on her laptop that she took of herself", {"made_without_consent"}),
    ("he's been sending pictures of his willy to girls in his year", {"made_without_consent"}),
    ("Neither pupil has shared the pictures", {"shared_without_consent", "widely_shared"}),
    ("All mutual, nothing has gone to anyone else.", {"shared_without_consent", "widely_shared"}),
    ("she didn't mind", {"coercion"}),
    ("no ALN", {"capacity_concern"}),
    ("neither has any additional support needs", {"capacity_concern"}),
    ("she's never done anything like this before", {"repeated"}),
    ("no previous referrals for either", {"repeated"}),
    ("Neither known to us, no prev", {"repeated"}),
    ("Neither of them has come to our attention before", {"repeated"}),
    # development narratives F (my own sentences in the same forms)
    ("it's stayed between the two of them", {"shared_without_consent", "widely_shared"}),
    ("they kept it private", {"shared_without_consent", "widely_shared"}),
    ("neither's shown them to anyone", {"shared_without_consent", "widely_shared"}),
    ("no other parties involved", {"shared_without_consent", "widely_shared"}),
    ("neither felt pushed into it", {"coercion"}),
    ("15F sent a pic to 15M, consensual, both spoken to", {"coercion"}),
    ("she chose to send it", {"coercion"}),
    ("No previous with either of them", {"repeated"}),
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
    # plain words for "not passed on", from a development set's writers
    ("Neither has shown anyone.", {"shared_without_consent", "widely_shared"}),
    ("consensual swap of semi nude pics, no onward sharing", {"shared_without_consent"}),
    ("Sus has deleted, no further dissemination.", {"shared_without_consent"}),
    ("Consensual, not shared on, no pressure.", {"shared_without_consent", "coercion"}),
    ("she's deleted it, nobody pressured him, not shared", {"shared_without_consent"}),
    ("They were both keen, no pressure, nothing shared.", {"shared_without_consent"}),
    ("Both still have them on their phones but nobody else does.", {"shared_without_consent"}),
    ("He deletes it and tells no one.", {"shared_without_consent", "widely_shared"}),
    ("it hasn't gone to anyone else", {"shared_without_consent", "widely_shared"}),
    ("He hasn't shared it and he deleted it in front of me.", {"shared_without_consent"}),
    ("he hasn't passed hers on", {"shared_without_consent", "widely_shared"}),
    ("shes not sent it anywhere", {"shared_without_consent", "widely_shared"}),
    ("its only between the two of them, not on any sites", {"widely_shared"}),
    ("it's gone, he hadn't sent it to anyone", {"shared_without_consent", "widely_shared"}),
    ("She was shocked and hasn't shown anyone.", {"shared_without_consent", "widely_shared"}),
    ("Nothing online.", {"widely_shared"}),
    # no pressure
    ("Her idea, nobody pushed anyone", {"coercion"}),
    ("both happy to, nobody else has seen them", {"coercion"}),
    ("it was mutual", {"coercion"}),
    ("she said she wanted to send it he never asked", {"coercion"}),
    ("she sent it cos she wanted to", {"coercion"}),
    ("she asked and i was happy to", {"coercion"}),
    ("She says it was completely her decision", {"coercion"}),
    ("Both were up for it, neither pressured the other.", {"coercion"}),
    ("no one made anyone do anything", {"coercion"}),
    ("he did ask first but she wanted to and says so herself", {"coercion"}),
    # the child made it
    ("she sent him a picture of herself in her knickers", {"made_without_consent"}),
    ("i sent my girlfriend a pic of me in my boxers", {"made_without_consent"}),
    ("V 14F sent a topless selfie to her bf", {"made_without_consent"}),
    ("she sent a pic of her in her bra to her boyfriend", {"made_without_consent"}),
    ("they sent each other semi naked pics", {"made_without_consent"}),
    ("They both agreed to make it", {"made_without_consent"}),
    # development narratives AL (2026-12-08), in other words: sent to someone, and a
    # parent's own child of no stated sex
    ("a lad in her form sent her a photo of his willy", {"made_without_consent"}),
    ("our 13 year old sent a pic of his bum to a girl", {"made_without_consent"}),
    ("the girl had sent two topless photos to her boyfriend", {"made_without_consent"}),
    ("IP sent an image of her chest to a lad", {"made_without_consent"}),
    # her own choice (twenty-sixth round, from the stated facts the development narratives
    # asked again; my own sentences)
    ("He says he wanted to send it, nobody asked him to.", {"made_without_consent"}),
    ("they were going out and both agreed to it", {"made_without_consent", "coercion"}),
    ("It was all his own idea", {"made_without_consent", "coercion"}),
    ("he didn't make me, i wanted to", {"made_without_consent"}),
    # not a pattern
    ("first time either of them has come to notice", {"repeated"}),
    ("No SEND, no previous concerns, no adults.", {"repeated"}),
    ("Both doing well, no safeguarding history.", {"repeated"}),
    ("never had any trouble like this", {"repeated"}),
    ("Nothing like this before for either.", {"repeated"}),
    ("Fully mutual, no pressure. No previous either side.", {"repeated"}),
    # development set E
    ("Both consenting, nothing forwarded, nobody else involved.", {"coercion"}),
    ("it hasn't been sent anywhere else", {"shared_without_consent", "widely_shared"}),
    ("Neither of them has shared them and there was no pressure.", {"shared_without_consent"}),
    ("He keeps it to himself, there was no pressure", {"shared_without_consent"}),
    ("First time he's done anything like this", {"repeated"}),
    ("nobody else got it, and there was no harm meant", {"malicious"}),
    ("he didn't mean any harm by it", {"malicious"}),
    # no reason to doubt their capacity
    ("No concerns about either of them understanding what they were doing.", {"capacity_concern"}),
    ("No vulnerabilities flagged by school.", {"capacity_concern"}),
    # the stated-negatives development set (my own sentences in the same forms)
    ("The recipient has not distributed it.", {"shared_without_consent"}),
    ("It's not in wider circulation.", {"widely_shared"}),
    ("It was only the once.", {"repeated"}),
    ("There was no malice in it, they're still friends.", {"malicious"}),
    ("He isn't vulnerable in that way, no diagnoses.", {"capacity_concern"}),
    ("She knew the photo was being taken.", {"made_without_consent"}),
    ("No adults involved, just kids in her year.", {"adult_involved"}),
    ("It's only on his camera roll, he used Bluetooth.", {"online"}),
    ("The image is authentic.", {"ai_generated"}),
    ("Nothing rough about it and no one got hurt.", {"atypical_or_violent"}),
    ("No sexual activity is shown.", {"sexual_acts"}),
    # not a pattern, in the words of the twelfth narrative set's writers
    ("He's a bit cheeky but never been any bother before.", {"repeated"}),
    ("Neither has been in any bother before.", {"repeated"}),
    ("- first time anything like this", {"repeated"}),
    ("Neither of them has ever done anything like this before.", {"repeated"}),
    ("She's a sensible kid, never anything like this before", {"repeated"}),
    ("they were never sent on", {"shared_without_consent", "widely_shared"}),
    ("both kids say it didn't go to anyone else", {"shared_without_consent", "widely_shared"}),
    (
        "No aggravating factors.",
        {"capacity_concern", "atypical_or_violent", "profit_motive", "malicious", "repeated"},
    ),
    ("Nothing to suggest it went anywhere else.", {"shared_without_consent", "widely_shared"}),
    ("He showed them to no one.", {"shared_without_consent", "widely_shared"}),
    ("They are both adamant it was a joint decision.", {"coercion"}),
    ("he says she was completely fine with it", {"coercion"}),
    ("F15 sent topless selfie to bf", {"made_without_consent"}),
    # development narratives AE and AF, in my own words
    ("my 14yo sent a nude to her boyfriend", {"made_without_consent"}),
    ("15yo M sent a pic to his gf, consensual", {"made_without_consent"}),
    ("two 16s, consensual nude swap, kept between them", {"coercion", "made_without_consent"}),
    ("she never meant anyone but her bf to see it", {"made_without_consent"}),
    ("she offered to send one and he sent one back", {"coercion"}),
    ("There's nothing to suggest any adult is involved.", {"adult_involved"}),
    ("a photo of a girl in his class with her top off", {"sexual_acts"}),
    ("a pic of her in her bra", {"sexual_acts"}),
    ("he's never given us a day's worry", {"repeated"}),
    ("nudes she took of herself, she hasn't sent them to anyone", {"adult_involved"}),
    ("a nude she sent him when they were together", {"made_without_consent"}),
    ("she'd sent it to him privately", {"made_without_consent"}),
    ("he took a photo of his own penis and sent it", {"made_without_consent"}),
    ("Nobody asked her to or put her up to it", {"coercion"}),
    ("PC. 17yo sent vid to her 19yo bf. Willing, not shared.", {"coercion"}),
    ("filmed themselves having sex, consensually", {"coercion"}),
    ("he asked once, she sent it", {"coercion"}),
    ("he screenshotted it and sent it to 2 mates", {"widely_shared"}),
    ("sent it to a few of her mates from school", {"widely_shared"}),
    ("as far as we know its only gone to him", {"widely_shared"}),
    ("Image not released yet.", {"shared_without_consent", "widely_shared"}),
    ("She hasn't sent anything. She's ok.", {"shared_without_consent"}),
    ("Son 15 sent pic of his willy to his girlfriend", {"made_without_consent"}),
    ("sent 2 imgs of herself to him", {"made_without_consent"}),
    ("it was all the girl's idea", {"coercion"}),
    ("she wanted to as much as he did", {"coercion"}),
    ("naebody made anybody dae anythin", {"coercion"}),
]

NOT_DENIED = [
    "he sent it to his mates",
    "she sent it",
    # not a denial of passing it on: only for a while
    "it was only on her phone for ten minutes before he took it",
    "the first time he asked she said no, then he kept asking",
    "they were in a relationship",
    "he took a photo of her",
    "it's not the first time",
    # someone else made it, whatever else she sent
    "he took photos of her in the changing room; she'd sent him a pic of herself before",
    "she sent it to him and he sent it anyway",
    "was it consensual?",
    "she was worried he'd not delete them",
    # doubted or negated, from the stated-negatives development set
    "Not sure if it's the first time.",
    "It wasn't a one-off, there were loads before.",
    "It's not the first time anything like this has happened.",
    "he's been in bother before for the same thing",
    "are there any aggravating factors here?",
    # someone else's body: who made it is not said
    "he sent a pic of her boobs to his mates",
    "she was fine with it at first but then he sent it round",
    "We can't rule out that no adults are involved.",
    # sent, but of someone else; offered, but for money
    "he sent a photo of his girlfriend to his mates",
    # "it" may be anyone's image; she is not the one pictured
    "she sent it to her friend",
    "our pupil is upset, she hasn't sent any images to anyone",
    # a count that is many, or none said
    "he sent it to his mates",
    "she wasn't willing to send it",
    # someone else's body in the image (development narratives AL, 2026-12-08)
    "my 15 year old son sent a pic of her boobs to his mates",
    "a boy sent him a nude of a girl in year 9",
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
        "Both safe and well at home.",
        "I'm not worried about either of them, they're both safe",
        "Both fine, no concerns for either.",
        "She's not in danger right this minute - her mum's in the waiting room.",
        "he's safe at home tonight",
        "There are no immediate concerns for him.",
        "she is not at risk",
        "IP is safe",
        "she's fine, just shocked",
        "both kids are fine",
        "hes ok, just scared",
        "he's fine in himself",
        "IP safe at home w/ mum",
        "she's frightened but safe with her da tonight",
        "no risk concerns",
        "both children are happy and settled",
        "The wee girl's grand",
        "they're both fine",
        "She's absolutely fine, more embarrassed than anything",
        "no welfare concerns",
        "she says she isn't at risk",
        "Both kids fine.",
        # development set I
        "She isn't in danger and has good support at home.",
        "He's at home with his mum and she says he's fine.",
        "F15 ran off for a night last summer. currently safe at home.",
        "She's home safe with us tonight.",
        "She's no at risk the now, she's wi her gran.",
        # development narratives J and K (my own sentences in the same forms)
        "My son is embarrassed but absolutely fine.",
        # development narratives L (my own sentences in the same forms)
        "He is upset but is safe, at home with his dad.",
        "Both girls are safe tonight.",
        "deleted, parents aware, all fine.",
        "no concerns about her immediate safety",
        "She's staffed 2:1 and safe on the unit.",
        "he's home with me and not going anywhere tonight",
        "IP is OK, with her nan tonight.",
        "She's back at school and doing fine.",
        # development narratives N and risk N (my own sentences in the same forms)
        "They're shaken, but none of them is at risk tonight.",
        # development narratives O and risk O (my own sentences in the same forms)
        "He's in the library with his tutor right now and calm.",
        "Pupil safe, at home with dad.",
        "There are no immediate safety concerns.",
        "No concerns for any of the girls.",
        "I don't think there's any risk tonight.",
        "All the boys are safe and their parents know.",
        "Both were fine and back in lessons today.",
        "She told the officer she feels safe at home.",
        "he hasn't gone anywhere, he's in his room",
        # supervision said in general words (development narratives M)
        "She's not getting out of my sight till this is sorted",
        # short forms (development narratives P, my own words)
        "Both kids fine, parents told.",
        "Weans are fine.",
        "IP at home w dad, fine",
        # the worry of the sentence before is not a doubt about this one
        "He's worried he'll get in trouble. Both fine, no adults involved.",
        # a young person typing about themselves
        "im 15, someone wants money for my pics. ive blocked them. im ok just scared",
        # development narratives Q, in my own words
        "Both boys absolutely fine and back at school.",
        "They're both happy and well.",
        "She's at school today, perfectly happy.",
        "He has no additional needs, he's grand, at home.",
        "Lad is grand, at home.",
        # development narratives AC and AD, in my own words
        "No concerns he's at risk, he's at home with his gran.",
        "Neither child is in any danger.",
        "no child is thought to be in immediate danger",
        "PC - girl sent a nude to her bf, girl ok, no previous.",
        "She was crying at first but has settled now.",
        "Her son's in class and settled.",
        "Both in school and cheerful enough.",
        # development narratives AE and AF, in my own words
        "he's angry, not hurt",
        "Pupil is in school and being supported by her head of year.",
        "He's embarrassed more than anything and has gone to lessons today.",
        "All four have been seen and none are thought to be at risk tonight.",
        "The boy is shocked and fine.",
        "The lad himself is fine in school.",
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
        # how the child seems to someone is not the user's word that they are safe: a
        # model unsure of a risk would lose its safety reply to it (development risk J)
        "He's at home with his dad, seems ok, mostly embarrassed.",
        "She seems fine sitting here.",
        "mum says she's eating and sleeping normally",
        "she seems fine with it",
        "he doesn't seem ok",
        "she seems ok?",
        "is he not going anywhere tonight?",
        "they're not all fine with it",
        "is he ok?",
        "he's not ok",
        # the child's own word for it is not the user's
        "Said she's fine, waiting for a mate",
        "he insists he's ok but won't come out of his room",
        "she said she's fine",
        "We can't say she's safe, she's not answering her phone.",
        # an adult's own "I'm OK" says nothing of the child
        "my son is 14 and someone has his pics. I'm ok, just worried about him",
        # a description, not an all-clear
        "Boy well known to us, was sent the video by an older lad.",
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
        # not passed on at all is not spread either (development narratives J, K)
        ("the boy has not distributed the image", {"shared_without_consent", "widely_shared"}),
        ("she says he never passed it on", {"shared_without_consent", "widely_shared"}),
        # sent unasked: nobody pressed for it
        ("she says he never asked for them she just did it", {"coercion"}),
        ("He says he didnt ask for it.", {"coercion"}),
        # development narratives L (my own sentences in the same forms)
        ("he says he didn't feel pressured", {"coercion"}),
        ("he wanted to as well", {"coercion"}),
        ("a boy in her class sent her a nude pic, totally unprompted", {"coercion"}),
        ("Neither of them has come to notice before.", {"repeated"}),
        # development narratives M (my own sentences in the same forms)
        ("two 15s swapped pics, both say it was mutual", {"coercion"}),
        ("he sent it off his own back", {"coercion"}),
        ("Nothing like that has ever happened before.", {"repeated"}),
        # development narratives N (my own sentences in the same forms)
        ("2 x Y9s swapped imgs on snap, mutual.", {"coercion"}),
        ("we both want to, is that allowed", {"coercion"}),
        ("he says no ones seen it", {"shared_without_consent", "widely_shared"}),
        ("neither has any previous history", {"repeated"}),
        ("She sent him a nude selfie after he asked once", {"made_without_consent"}),
    ],
)
def test_not_passed_on_and_not_made_to_in_plain_words(text, denied):
    assert denied <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "he made her a promise",
        "she sent it to him and he has sent it to anyone who asks",
        "he never asked for help",
        "the boy sent nudes of her to his mates",
    ],
)
def test_phrases_near_a_denial_that_deny_nothing(text):
    assert not {"coercion", "shared_without_consent"} & set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "no self harm concerns raised, his dad is sitting with him",
        "she said she isn't thinking of hurting herself and she's here with me",
        "hasn't said anything about suicide, he's at home with his mum",
        "She's distraught but with family, no self-harm disclosed.",
        "no self harm, he's at home with his foster mum now",
    ],
)
def test_harm_ruled_out_with_a_safe_adult_there_says_the_child_is_safe(text):
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    ("text", "safe_company"),
    [
        ("she's with her older sister and being supported", True),
        ("Two are very distressed but both are with their parents now.", True),
        # the older brother may be the one who shared it
        ("she's with her older brother who shared it", False),
    ],
)
def test_with_an_older_sibling_or_their_parents_now(text, safe_company):
    """Development narratives AE and AF (2026-12-07): company that answers the risk question
    in a case with no one else who may harm the child (``risk_reading.child_said_safe``)."""
    assert says_harm_ruled_out(text) is safe_company


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


@pytest.mark.parametrize(
    "text",
    [
        "She's at hame wi me and her ma.",
        "he's at home with his foster mum now",
        # development narratives M (my own sentences in the same forms)
        "she's in the house with her da now",
        "He's staying at his nan's tonight.",
        "his dad says he's eating and sleeping ok",
        "He's gone home, his mum's with him.",
        # development narratives AB (my own sentences in the same forms)
        "she's at home now and being well looked after by her dad",
        "upset but calm, and he says he's not going to do anything daft",
        # development narratives AC and AD (my own sentences in the same forms)
        "she's staying with her older brother and is safe there",
        "he's in a safe placement with a foster carer now",
        "none of them has said anything about hurting themselves",
    ],
)
def test_the_child_with_a_safe_adult_now_rules_out_harm_in_part(text):
    assert says_harm_ruled_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's sleeping at his dad's",
        "she was staying at his flat",
        "not eating or sleeping",
        # development narratives AC, the other way round: not safe, or a row, not care
        "she isn't in a safe place right now",
        "she had a row with her foster carer and walked out",
    ],
)
def test_a_place_or_a_routine_that_is_not_a_carer_rules_out_nothing(text):
    assert not says_harm_ruled_out(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Nobody shared anything and nobody forced anyone", {"shared_without_consent"}),
        (
            "neither of them saved or shared the pictures",
            {"shared_without_consent", "widely_shared"},
        ),
        (
            "there's no suggestion it went anywhere else",
            {"shared_without_consent", "widely_shared"},
        ),
        ("i didnt post it anywhere and i dont think they did either", {"widely_shared"}),
        ("They've split up amicably since, he deleted it", {"malicious"}),
    ],
)
def test_passed_on_or_posted_denied_in_more_plain_words(text: str, denied: set[str]) -> None:
    assert denied <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "he's at home with dad, not at risk. Offender unknown.",
        "RP is mum. Not missing, not at risk, at home.",
        "I've spoken to his mum who's mortified. Ellie's fine, just embarrassed.",
        "Jayden is OK, he's at his nan's",
    ],
)
def test_not_at_risk_and_a_named_child_all_right_are_safety(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    ["Nan's fine with it", "Snapchat is fine for her age", "Mum is fine", "Jayden is okay?"],
)
def test_a_relative_an_app_or_a_question_is_not_the_child_said_safe(text: str) -> None:
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("he's no shared it wi anybody and she's fine", {"shared_without_consent"}),
        (
            "they deleted everything in front of me, nothing's gone to anyone else",
            {"shared_without_consent"},
        ),
        ("neither has additional learning needs", {"capacity_concern"}),
    ],
)
def test_more_denials_in_dialect_and_plain_words(text: str, denied: set[str]) -> None:
    assert denied <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    ["She's in class today and seems fine.", "The girls are in school with staff now."],
)
def test_in_class_and_seeming_fine_or_with_staff_is_safety(text: str) -> None:
    assert says_child_is_safe(text) or says_harm_ruled_out(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("the lad never passed them about to anyone", {"shared_without_consent", "widely_shared"}),
        ("he sent the pic on to just one mate", {"widely_shared"}),
        ("V sent the video to him voluntarily", {"coercion"}),
        ("he never asked and she just sent it", {"coercion"}),
    ],
)
def test_passed_about_one_mate_voluntarily_and_never_asked(text: str, denied: set[str]) -> None:
    assert denied <= set(denied_facts(text))


def test_asking_again_and_again_is_not_a_denial_of_pressure() -> None:
    assert "coercion" not in denied_facts("he asked again and again so she sent one")


@pytest.mark.parametrize(
    "text",
    [
        "His mum says he's coping OK with it all.",
        "Both parents came in and the two of them are fine.",
        "She left with her dad in good spirits.",
        "Both pupils are in class today as normal.",
    ],
)
def test_coping_good_spirits_and_as_normal_is_safety(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    ["is he coping ok?", "she's not coping well", "nobody is in good spirits here?"],
)
def test_the_same_words_asked_or_denied_are_not_safety(text: str) -> None:
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody is in danger at the moment.",
        "no child is at immediate risk as far as we know",
        "Everybody's fine, just a bit silly.",
        "The girls are all in school today and being supported.",
        "All of them were back in school as normal.",
        "He's on the unit, settled.",
        "Both lads are fine.",
        "both kids fine, parents aware",
    ],
)
def test_nobody_in_danger_everyone_fine_in_school_or_settled_is_safety(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "is nobody in danger?",
        "she's not in school today and we don't know where she is",
        "everyone's fine with it apparently",
    ],
)
def test_the_same_words_asked_absent_or_about_something_else_are_not_safety(text: str) -> None:
    assert not says_child_is_safe(text)


def test_asleep_or_in_bed_is_not_safety() -> None:
    """Taken back in the sixteenth round: "She's upstairs asleep I think" followed a note
    saying sorry (development risk M); a child asleep may be a child who took tablets."""
    assert not says_child_is_safe("Our daughter's upstairs in bed, she doesn't know I've seen it.")
    assert not says_child_is_safe("She's upstairs asleep I think. Should I wake her?")


def test_fine_said_in_passing_before_a_but_is_not_safety() -> None:
    text = "he's mortified, fine. But tonight he's gone out on his bike to the cliffs"
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parents told, both juvs fine.",
        "Both kids at home and OK now.",
        "The school say both are doing fine.",
        "No concerns about either of them.",
        "They returned to class after lunch.",
        "He's in school today and seems his usual self.",
        "Hes downstairs now, fine, just embarrassed.",
    ],
)
def test_more_safety_in_the_words_of_sets_v(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    ["both are fine with it", "is he his usual self?", "he's not at home, fine?"],
)
def test_the_same_safety_words_asked_or_about_something_else_are_not_safety(text: str) -> None:
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("it's not gone beyond the two of them", {"shared_without_consent", "widely_shared"}),
        ("he has three photos of her which she sent him last year", {"made_without_consent"}),
        ("F/15 sent nude to M/16 on snap", {"made_without_consent"}),
        ("she sent him a photo in her underwear", {"made_without_consent"}),
    ],
)
def test_beyond_the_two_of_them_and_images_the_child_sent(text: str, denied: set[str]) -> None:
    assert denied <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Neither child is distressed.",
        "Both are in lessons today.",
        "Both in class today and grand.",
        "He's not bothered at all.",
        "She's in my office, safe, and her mum's coming in.",
    ],
)
def test_more_safety_in_the_words_of_set_u(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "a boy in her class sent her a pic of himself without her even asking",
        "the girl sent me it without me asking, I never wanted it",
    ],
)
def test_sent_without_being_asked_is_no_pressure(text: str) -> None:
    assert "coercion" in denied_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "she sent nudes to a boy in her class",
        "i sent my bf a nude last week",
        "His girlfriend, 14, sent him some nudes.",
        "F/14 sent imgs to M/15 on snap",
        "the girl (15) sent him two photos on Snapchat",
    ],
)
def test_the_one_who_sent_a_nude_made_it_knowingly(text: str) -> None:
    """Development narratives (70 of them): the sender's own image, made with their
    knowledge, so ``made_without_consent`` is stated false (and shown back)."""
    assert "made_without_consent" in denied_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "he sent her nudes to his mates",
        "she sent a pic of her friend to him",
        "he secretly filmed her and sent the video round",
        "he sent the nudes round the group",
    ],
)
def test_sending_someone_elses_image_says_nothing_about_how_it_was_made(text: str) -> None:
    assert "made_without_consent" not in denied_facts(text)


def test_not_having_any_learning_needs_rules_out_a_capacity_concern() -> None:
    assert "capacity_concern" in denied_facts("He doesn't have any learning needs.")
    assert "capacity_concern" in denied_facts("she hasn't got any additional needs")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("no one asked him for anything in return", "profit_motive"),
        ("No money was demanded and there were no threats.", "profit_motive"),
        ("img not fwd.", "shared_without_consent"),
        ("IP states pics not forwarded to anyone", "shared_without_consent"),
        ("she's no shown it tae naebody", "shared_without_consent"),
    ],
)
def test_nothing_wanted_in_return_and_not_forwarded(text: str, key: str) -> None:
    """Development narratives X (2026-12-06), in other words."""
    assert key in denied_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amira (14), sent him a pic on snap",
        "her son is 15 and sent a nude to a girl in his class",
        "i sent my gf (shes 16) a pic last night",
    ],
)
def test_the_sender_named_or_said_before_and_sent_their_own(text: str) -> None:
    """Development narratives (2026-12-06): a first name with an age, "is 14 and sent", a
    partner with an age in brackets."""
    assert "made_without_consent" in denied_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone made a fake nude of me with one of those apps",
        "a boy used a nudify app on a photo of me",
        "they put my face onto a naked body and sent it round",
        "its an ai nude of me from my school photo",
    ],
)
def test_a_fake_of_me_was_not_made_by_me(text: str) -> None:
    """A fake "of me" is the child's likeness, made by someone else: never stated as made
    knowingly (it was, wrongly, on six development narratives)."""
    assert "made_without_consent" not in denied_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's sat with his granda in the kitchen now",
        "She's with her auntie at the moment.",
        "he's sitting beside me in the car",
        "Her dad has picked her up and taken her home.",
        "He's in school, the DSL has him.",
        "Y8 lad in school with his TA now.",
        "She's in the nurture room with me till her mum comes.",
    ],
)
def test_more_ways_of_saying_a_safe_adult_is_with_the_child(text: str) -> None:
    """Development narratives (2026-12-06), in other words."""
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "the DSL has her phone",
        "mum has collected her things from school",
        "we need him sat with me",
    ],
)
def test_a_phone_held_or_things_collected_is_not_the_child_with_an_adult(text: str) -> None:
    from actions.narrative.denials import with_a_safe_adult_now

    assert not with_a_safe_adult_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "both kids fine, parents aware - NFA or refer?",
        "She's in a placement in Croydon, safe tonight.",
        "she is watching telly with her brother and seems fine",
        "Both in school today, no concerns.",
        "im 15. im not gonna hurt myself or anything, im just embarrassed",
        # note form, the verb left out (development narratives Z, in other words)
        "Son safe at home, dad with him.",
        "V safe and well, spoken to with mum.",
        "DC here. Victim is ok, in lessons with support.",
    ],
)
def test_safety_said_before_a_question_about_something_else(text: str) -> None:
    """A question after a comma or a dash is another clause's ("NFA or refer?")."""
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text", ["she's safe, isn't she?", "both kids fine?", "is he ok, do you think?"]
)
def test_safety_asked_is_still_not_safety(text: str) -> None:
    assert not says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "She's sitting here beside me.",
        "I've got him in my office, his mum is on her way.",
        "He's in the lounge with two staff, calm.",
        "She's asleep in bed and I've taken the tablet off her.",
        "hes upstairs asleep now",
        "she's at nan's, fine.",
        "Sister is at her gran's and safe, the boy is staying with his dad.",
        # development narratives Z (my own sentences in the same forms)
        "Boy safe at home, dad with him.",
        "He's sat in my office just now and I'm not leaving him.",
        "we're not leaving her alone tonight",
        # development narratives AK and AL (2026-12-08), in other words
        "He's with the school counsellor now.",
        "He's asleep at home, his dad and I are with him.",
        "She's asleep at home and we're with her.",
        "She's upset but she's in school today with her mates.",
        # development narratives AM (2026-12-08)
        "She's aware + ok, in school w DSL.",
    ],
)
def test_a_safe_adult_with_the_child_in_the_words_of_development_set_y(text: str) -> None:
    """Development narratives Y (2026-12-06): the child with the person typing, with staff,
    asleep at home or at a grandparent's."""
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's asleep at his flat",
        "we hope she's asleep in bed",
        "I need to make sure she's sitting here beside me",
        "she's at the man's house",
        "his mum with him? I don't know",
        "she's sitting in his car",
        "I'm not leaving her phone with her",
        # asleep and not waking, or after pills: an emergency, never "safe"
        "we're with her on this, whatever the school says",
        "she's at school with her friends who shared it",
        "she's asleep and won't wake up",
        "she's asleep now, I can't wake her",
        "he's asleep and his breathing is weird",
        "she's asleep, she took some tablets earlier",
    ],
)
def test_asleep_elsewhere_or_a_wish_is_not_a_safe_adult(text: str) -> None:
    from actions.narrative.denials import with_a_safe_adult_now

    assert not with_a_safe_adult_now(text)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Only them two saw it, he's deleted it.", {"shared_without_consent", "widely_shared"}),
        (
            "none of it's been put online or passed about",
            {"shared_without_consent", "widely_shared"},
        ),
        ("none of it has been posted", {"widely_shared"}),
    ],
)
def test_kept_between_two_or_none_of_it_passed_about(text: str, keys: set[str]) -> None:
    assert keys <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    ["is her son safe at home?", "not sure the girl safe at home"],
)
def test_note_form_safety_needs_its_own_clause(text: str) -> None:
    """ "Son safe at home" counts only as a note of its own, opening a clause."""
    assert not says_child_is_safe(text)


def test_her_own_choice_does_not_deny_an_image_someone_else_made():
    """ "wanted to send" says whose choice the sending was; an image filmed in a changing
    room was still made without her agreement (``consent.made_without_consent_in``)."""
    text = "a boy filmed her in the changing room, she says she wanted to send him pics before that"
    assert "made_without_consent" not in denied_facts(text)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # development narratives AG and AH (2026-12-07), in other words
        ("no sign anybody else has got them", {"shared_without_consent"}),
        (
            "the pic hasn't gone round, she's blocked him",
            {"shared_without_consent", "widely_shared"},
        ),
        ("both 15, only ever on their own phones", {"shared_without_consent", "widely_shared"}),
        ("13yo and 14yo swapped pics. mutual. nothing else known", {"coercion"}),
        ("she's never been like this before", {"repeated"}),
        ("he says she sent them him herself", {"made_without_consent"}),
    ],
)
def test_stated_negatives_of_the_ag_and_ah_narratives(text: str, keys: set[str]) -> None:
    assert keys <= set(denied_facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "he's mutually exclusive with the other group",
        "the pic has gone round the whole year",
        "she's been like this before, twice",
    ],
)
def test_the_same_words_that_deny_nothing(text: str) -> None:
    assert not set(denied_facts(text)) & {"coercion", "widely_shared", "repeated"}


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("Answering your question: no risk that I can see.", True),
        ("no danger as far as we know", True),
        ("She's not been harmed as far as we know and is in school today.", True),
        ("is she in school today?", False),
    ],
)
def test_no_risk_seen_and_in_school_today(text: str, safe: bool) -> None:
    assert says_child_is_safe(text) is safe


def test_calm_and_sat_with_the_parent_just_named_is_a_safe_adult() -> None:
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now("Told his mum straight away and he's calm, sat with her now.")


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # development narratives AI and AJ (2026-12-07), in other words
        (
            "a scenario: two 16 year olds swap pics, nobody else involved",
            {"shared_without_consent"},
        ),
        ("she knew he was recording it", {"made_without_consent"}),
        ("a 14 year old boy filmed himself and sent it on", {"made_without_consent"}),
    ],
)
def test_stated_negatives_of_the_ai_and_aj_narratives(text: str, keys: set[str]) -> None:
    assert keys <= set(denied_facts(text))


def test_further_than_someone_else_is_not_a_denial_of_sharing() -> None:
    """ "It hasn't gone any further than the cousin": it went to the cousin."""
    assert "shared_without_consent" not in denied_facts(
        "it hasn't gone any further than his cousin"
    )
    assert "shared_without_consent" in denied_facts(
        "it hasn't gone any further than the two of them"
    )


@pytest.mark.parametrize(
    "text",
    [
        "She's at her aunt's for now and is safe; he doesn't know where she lives",
        "I don't think she's in any danger, she's just embarrassed",
        "The 14 year old is safe and her school knows",
        "nothing to suggest the girl's at risk tonight",
        "She's anxious but she's not in any danger",
    ],
)
def test_safety_in_the_words_of_the_ai_and_aj_narratives(text: str) -> None:
    assert says_child_is_safe(text)


@pytest.mark.parametrize(
    "text",
    [
        "the police are coming. he's with my mum",
        "He's back at the unit and is there now with staff.",
        "her dad is collecting her from school",
        "she's in our supported accommodation tonight",
    ],
)
def test_a_safe_adult_in_the_words_of_the_ai_and_aj_narratives(text: str) -> None:
    from actions.narrative.denials import with_a_safe_adult_now

    assert with_a_safe_adult_now(text)


def test_the_typists_own_worry_is_still_a_doubt() -> None:
    assert not says_child_is_safe("I'm worried but he's not in any danger?")
    assert not says_child_is_safe("I'm worried he's not in any danger")


def test_a_wish_in_an_earlier_clause_does_not_doubt_the_safety_after_but() -> None:
    """Development narratives AM (2026-12-08): "doesn't want to come back, but mum says he's
    safe at home with her" (the wish is the child's, in a clause of its own)."""
    assert says_child_is_safe(
        "He is off today and doesn't want to come back, but mum says he's safe at home with her."
    )
    assert not says_child_is_safe("I want to make sure he's safe at home with her")
