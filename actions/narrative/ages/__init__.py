"""Whose age is it? Ages and school years -> ``pictured_age`` and ``other_age``.

Every ``age`` or ``school_year`` entity becomes a :class:`Mention`: a range of ages
(one age is a range of one; "14 or 15" and "Year 9" are ranges) and the person it is
said of. Ages the entity ruler leaves out but whose place says they are ages are added
first (:func:`extra_age_spans`): a number set off after a person word, as police notes
and parents write ("female, 13,", "her boyfriend, 15,", "offender 24", "a man, about
40,", "his mate 18", "my son 16 got"), "(8)" and "(Year 8)" (spaCy keeps "8)" whole as
an emoticon), "hes 15" / "shes 14" without the apostrophe, "turned out to be 27", and
the later items of a list ("aged 12 and 14", "friends who are 17 and 18": one
age per person, each said of whoever the first is said of). The person is decided from
the words around it, in this order (docs/NARRATIVE.md, "Ages", has the full list):

1. a claimed age ("claiming to be 16", "believed to be 14", "a 'boy' who says he is
   13") is dropped: it says nothing true about anyone; so is the age a parent typing
   gives of themselves ("I'm 42", "we're both 45" next to "my daughter");
2. "both 15", "two 14 year olds", "they're both in year 9": both people ("by two year
   11 boys" is a group on one side; "all 14-15" after a group that received it is the
   other side);
3. "a picture of a 14 year old", "the image is of a Year 9 girl", "the image shows two
   girls aged 12 and 14", "in the photo", "the victim is 15", "she was 13 when it was
   taken", "a Year 8 girl's skirt", "filmed her 13 year old brother": the pictured
   child;
4. a bystander's age is dropped: a parent, grandparent, sister or professional ("her
   mum (45) reported it", "40 year old dad here", "the school nurse (52)") unless the
   words after say what they did with the image; a teacher, coach, uncle, stepdad,
   brother or cousin only when the words say they found, saw or reported it ("her 12
   year old brother found them", "seen by the victim's 12yo brother"); a finding needs
   an object ("found the pictures", "told me"), so "found her online and asked for pics"
   keeps an involved adult;
5. "sending each other nudes", "swapped", "sending them back": both people;
6. someone who only "found out" / "found the pictures" / "saw it": dropped; an adult or
   partner noun next to it ("a 25-year-old man", "adult male (31)", "her 19 year old
   boyfriend", "the recipient is 18"): the other person;
7. "sent it to a 15 year old", "sexting with a 22 year old", "shared w/ 15yo m",
   "asked by a 17 year old", "shared by 3 boys aged 15 and 16": the other person ("sent
   by a girl aged 13" and "got a nude from a girl 13": the pictured child, who sent her
   own image, unless the sentence already says whom the image is of: "sent a video of
   an S4 girl by an S2 boy"); then "the older lad is 19", "another 15 year old": the
   other person;
8. what the person did next: "asked her to send" -> the other person; sent a nude /
   took a photo of herself / was pressured or groomed / "asked by" / had a fake made of
   her -> pictured child; asked for, received, shared, holds, put it online, sent *the*
   clip on, filmed her, threatened -> the other person.

A partner noun (boyfriend, girlfriend, ex) is weak evidence; so is an age said of
nobody. When the narrative's pronouns tell the two people apart by sex ("he asked her
for nudes, she sent them", "a picture of him", "he's shown them to his mates"), such
an age said of "he"/"she" or of a gendered noun ("his girlfriend is 15", "my son is
17") goes to the side that sex is on (:func:`sides_by_sex`). An age said of nobody,
joined by "and" to one placed by a deed ("a 12 year old boy and his 13 year old friend
were filmed"), shares that deed.

An age said with "now" ("she's 18 now", "she is now 19") is a later age: when it is
the pictured child's (the same sex, or no other clue) it is dropped, because
``pictured_age`` is the age when the image was made; the other person's present age
still counts ("he's 17 now and has put it online").

Then: the pictured age is the YOUNGEST age said of the pictured child, the other age
the OLDEST said of the other person (never under-escalate). An age given in years
beats a school year for the same person (:func:`_cover_school_years`). Ages said of
nobody in particular go: to the slot being asked (``requested_slot``) when there is one
such age; otherwise the youngest to the pictured child and the oldest to the other
person, except that a lone age of 18 or more goes to the other person (an adult is then
involved, which is the safe reading).

The package, in the order a narrative goes through it: ``extra_spans`` (ages the entity
ruler leaves out), ``person`` (the side of one age from the words right around it),
``sexes`` (the side of an age said of "he" or "she"), ``placing`` (passes over all the
mentions: what one age cannot tell alone), ``covering`` (an age in years beats a school
year for the same person); ``mention`` and ``words`` are what they all share. This module
runs them (:func:`mentions`) and turns the mentions into the two ages (:func:`resolve`)
or into the question "who is in the image?" (:func:`pictured_choices`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from actions.narrative.ages.covering import _cover_school_years
from actions.narrative.ages.extra_spans import (
    _with_extra,
    decade_ages,
    extra_age_spans,
    relative_ages,
    relative_year_spans,
)
from actions.narrative.ages.mention import _I, Mention, _prefer_exact
from actions.narrative.ages.person import (
    _claim_kept_for_safety,
    _mention,
    _person,
    is_suspect_label,
)
from actions.narrative.ages.placing import (
    _adult_named_in_the_image,
    _adult_of_the_pictured_sex,
    _adult_sent_own_image_to_child,
    _adult_showed_themselves_to_child,
    _age_of_a_year_named_again,
    _age_when_dated,
    _age_when_the_image_was_made,
    _both_in_the_image,
    _both_said_of_a_pair,
    _by_name,
    _by_sex_of_the_people_placed,
    _claim_put_right,
    _coordinated,
    _date_of_birth_of_the_age_before,
    _doer_named_again_with_an_age,
    _drop_later_pictured,
    _drop_looks_beside_a_stated_age,
    _filmed_up_their_clothes,
    _image_of_the_other_sex,
    _lead_into_lists,
    _looks_of_the_one_in_the_image,
    _made_together,
    _mutual_pair,
    _named_again_after_a_deed,
    _named_again_as_the_one_in_the_images,
    _now_before_then,
    _older_of_two_in_the_image,
    _older_or_younger_did_it,
    _one_of_the_typists_year,
    _owner_of_the_images,
    _present_age_before_the_dated_one,
    _received_image_of_someone,
    _received_then_sent_back,
    _said_again_of_a_pronoun,
    _same_year_for_another,
    _same_year_named_again,
    _sender_of_own_image,
    _sender_of_own_image_to_someone,
    _sent_an_image_of_themselves,
    _shown_in_the_image,
    _staff_in_the_image,
    _the_one_left_is_in_the_image,
    _then_after_now,
    _year_group_chat,
    staff_in_the_image_said,
)
from actions.narrative.ages.sexes import _later, _sex_of, sides_by_sex
from actions.narrative.ages.words import IMAGE, NEUTRAL, UNDER
from actions.narrative.birth_dates import birth_date_ages
from actions.narrative.context import Span
from actions.narrative.vocabulary import ADULT_AGE

__all__ = [
    "Mention",
    "PicturedChoice",
    "adult_among",
    "is_suspect_label",
    "mentions",
    "pictured_choices",
    "resolve",
]


def mentions(text: str, spans: list[Span], jurisdiction: str) -> list[Mention]:
    """Age and school-year mentions, with the person each is said of (None: unknown)."""
    # ages read whole from their words: dates of birth, decades, "a year older"
    born = birth_date_ages(text)
    # "i was born on 5 june 2011 ... hes a year older than me": a date of birth is an age
    # a relative age may be said against, when it gives one age
    said_ages = _with_extra(text, spans) + [
        Span("age", str(r.low), r.start, r.end) for r in born if r.low == r.high
    ]
    ranges = (
        born + decade_ages(text) + relative_ages(text, sorted(said_ages, key=lambda s: s.start))
    )
    whole = {r.start: r for r in ranges}
    spans = [s for s in spans if not any(s.start < r.end and r.start < s.end for r in ranges)]
    spans += [Span("age", r.said, r.start, r.end) for r in whole.values()]
    spans += relative_year_spans(text, spans)
    extra, continued, leading = extra_age_spans(text, spans)
    all_spans = sorted(spans + extra, key=lambda span: (span.start, span.end))
    sexes = sides_by_sex(text)
    found: list[Mention] = []
    ends: list[int] = []
    for span in all_spans:
        if span.start in whole:  # "V DOB 12/03/2010", "a man in his 30s": a range read whole
            said = whole[span.start]
            mention = Mention(said.low, said.high, span.start, exact=True, said=said.said)
        else:
            mention = _mention(text, span, jurisdiction)
        if mention is None:
            continue
        bracketed = (
            bool(found)
            and found[-1].exact
            and not mention.exact
            and BRACKET_AFTER_AGE.fullmatch(text[ends[-1] : span.start]) is not None
        )
        soon_in_brackets = (
            bool(found)
            and found[-1].exact
            and mention.exact
            and BRACKET_AFTER_AGE.fullmatch(text[ends[-1] : span.start]) is not None
            and SOON_AGE.match(span.value) is not None
        )
        if (span.start in continued or soon_in_brackets) and found:
            previous = found[-1]
            found.append(
                replace(mention, person=previous.person, weak=previous.weak, sex=previous.sex)
            )
            ends.append(span.end)
            continue
        person, weak, deed = _person(text, span, mention)
        sex = _sex_of(text, span, mention)
        later = _later(text, span, mention)
        if weak and sex is not None and sex in sexes:
            person = sexes[sex]
        if person == "other" and _sent_an_image_of_themselves(text, span, sex):
            person, weak = "pictured", False
        if person == "pictured" and deed and _image_of_the_other_sex(text, span, sex):
            person = "other"  # "hes 17, and sent him a pic of her boobs": hers, he got it
        claimed = _claim_kept_for_safety(text, span, mention)
        if bracketed:
            # "son M 12 (Year 7) recd image": one boy, whose age in years wins; what the
            # words say of him is said of his age too
            previous = found[-1]
            if previous.person is None and person is not None:
                found[-1] = replace(previous, person=person, weak=weak, deed=deed)
        found.append(
            replace(
                mention,
                person=person,
                weak=weak,
                sex=sex,
                later=later,
                deed=deed,
                claimed=claimed,
                covered=bracketed,
            )
        )
        ends.append(span.end)
    found = _date_of_birth_of_the_age_before(text, found)
    found = _claim_put_right(text, found)
    found = _by_name(text, found)
    found = _adult_of_the_pictured_sex(text, found, sexes)
    found = _adult_sent_own_image_to_child(text, found)
    found = _adult_showed_themselves_to_child(text, found)
    found = _adult_named_in_the_image(text, found)
    found = _named_again_as_the_one_in_the_images(text, found)
    found = _doer_named_again_with_an_age(text, found)
    found = _named_again_after_a_deed(text, found)
    found = _same_year_named_again(text, found)
    found = _age_of_a_year_named_again(text, found)
    found = _said_again_of_a_pronoun(text, found)
    found = _owner_of_the_images(text, found)
    found = _sender_of_own_image(text, found)
    found = _sender_of_own_image_to_someone(text, found)
    found = _received_image_of_someone(text, found)
    found = _both_in_the_image(text, found)
    found = _shown_in_the_image(text, found)
    found = _looks_of_the_one_in_the_image(text, found)
    found = _age_when_the_image_was_made(text, found)
    found = _present_age_before_the_dated_one(text, found)
    found = _filmed_up_their_clothes(text, found)
    found = _staff_in_the_image(text, found)
    found = _received_then_sent_back(text, found)
    found, ends = _one_of_the_typists_year(text, found, ends, jurisdiction)
    found, ends = _same_year_for_another(text, found, ends)
    found = _lead_into_lists(found, leading)
    found = _coordinated(text, found, ends)
    found = _mutual_pair(text, found)
    found = _both_said_of_a_pair(text, found)
    found = _older_or_younger_did_it(text, found)
    found = _the_one_left_is_in_the_image(text, found)
    found = _made_together(text, found)
    plural_self = PLURAL_SELF.search(text) is not None
    if plural_self:  # "they both sent photos of themselves"
        found = [
            replace(m, person="pictured") if m.person is None and m.low < ADULT_AGE else m
            for m in found
        ]
    ends_by_start = {mention.start: end for mention, end in zip(found, ends, strict=True)}
    found = _by_sex_of_the_people_placed(text, found, sexes)
    found = _then_after_now(text, found)
    found = _now_before_then(text, found)
    found = _age_when_dated(text, found)
    found = _drop_later_pictured(text, found, sexes)
    found = _drop_looks_beside_a_stated_age(text, found)
    found = [mention for mention in found if mention.person != "skip"]
    found = _year_group_chat(text, found, ends_by_start)
    found = _cover_school_years(text, found, ends_by_start)
    together = TOGETHER.search(text) is not None
    if plural_self and not together:
        return found
    if together:  # a partner's weak side gives way: both are in it
        found = [
            replace(m, person="pictured")
            if m.weak and m.person == "other" and m.low < ADULT_AGE
            else m
            for m in found
        ]
    return _older_of_two_in_the_image(found)


#: Nothing but an opening bracket between an age and a school year: "is 12 (year 8)";
#: or a person noun and the bracket: "a 15-year-old female (S4)" (development pictured
#: sets, 2026-12-08).
BRACKET_AFTER_AGE = re.compile(rf"\s*(?:(?:{NEUTRAL})\s*)?\(\s*", _I)


#: The age someone will soon be, said in brackets after their age: "im 13 (nearly 14)",
#: "she's 15 (turning 16 in May)": the same person (development pictured sets, 2026-12-08).
SOON_AGE = re.compile(r"(?:turning|turns|nearly|almost|soon\s+to\s+be)\b", _I)


#: Two of a group filmed together: "Two of my class (8 and 9) filmed themselves".
TWO_OF_THEM_FILMED = (
    r"\b(?:two|both)\s+of\s+(?:my|our|the|them|his|her)\b[^.;!?]{0,40}?\b"
    r"(?:filmed|photographed|recorded|videoed)\s+themselves\b"
)
#: One image of the two of them, made between them: "They made a video of themselves
#: together" (each holds it: the older is the other person, CONTRACT §1).
TOGETHER = re.compile(
    r"\bof\s+themselves\s+together\b|"
    # "videos on my 15yo's laptop of him and his girlfriend": the two of them in it
    rf"\b(?:{IMAGE})\b[^.!?]{{0,40}}?\bof\s+(?:him|her)\s+(?:and|&|n)\s+(?:his|her)\s+"
    r"(?:girlfriend|boyfriend|gf|bf|partner|ex)\b|"
    # "Two of my class (8 and 9) filmed themselves": one video of the two of them
    rf"{TWO_OF_THEM_FILMED}",
    _I,
)


#: "They both sent photos of themselves": every child said of nobody is pictured (an
#: adult said of nobody stays for the other person, never lost).
PLURAL_SELF = re.compile(
    # "they both sent ...", "Two girls ..., 13 and 14, have both sent pics of themselves"
    r"\b(?:they|both\s+of\s+them|the\s+two\s+of\s+them|(?:have|had|are|were)\s+both)\s+(?:(?:both|all|had|have|then)\s+)*"
    r"(?:[\w'-]+\s+){1,5}?(?:of|at)\s+themselves\b|"
    # "Two of my class (8 and 9) filmed themselves doing sexual stuff"
    rf"{TWO_OF_THEM_FILMED}",
    _I,
)


def resolve(found: list[Mention], requested_slot: str | None) -> dict[str, int]:
    """Turn mentions into ``pictured_age`` / ``other_age`` (see the module docstring)."""
    found = _prefer_exact(found)
    pictured = [m for m in found if m.person in ("pictured", "both") and not _only_a_bound(m)]
    other = [m for m in found if m.person in ("other", "both")]
    if any(not _only_a_bound(m) for m in other):
        # "im 15 and hes 16, were both under 18": a bound said of both says nothing of the
        # other person once an age of theirs is said (development pictured sets, 2026-12-08)
        other = [m for m in other if not (m.person == "both" and _only_a_bound(m))]
    loose = [m for m in found if m.person is None and not _only_a_bound(m)]
    pictured, other = _place_loose(pictured, other, loose, requested_slot)
    other = [m for m in other if not m.claimed]
    facts: dict[str, int] = {}
    if pictured:
        facts["pictured_age"] = min(m.low for m in pictured)
    if other:
        facts["other_age"] = max(m.high for m in other)
        children = [m.high for m in other if m.high < ADULT_AGE or _a_pupils_year(m, found)]
        adult_pictured = facts.get("pictured_age", 0) >= ADULT_AGE
        if (not pictured or adult_pictured) and children and facts["other_age"] >= ADULT_AGE:
            # "a 24-year-old man sends a picture of his genitals to a 13-year-old girl": with
            # no one placed in the image, the child is kept (an adult stays involved,
            # ``adult_involved``), so an adult named in the image later cannot leave the
            # case with no child in it; and with an adult pictured, the other person is the
            # child who received or was shown it (CONTRACT §1), never a second adult
            facts["other_age"] = max(children)
            if adult_pictured:
                # "A Year 14 boy (18) ... made a deepfake of a female teacher, 29, and
                # shared it": unless the words say the adult did it (development pictured
                # sets, 2026-12-07)
                doers = [m.high for m in other if m.deed and not m.weak]
                facts["other_age"] = max([facts["other_age"], *doers])
    return facts


def _a_pupils_year(mention: Mention, found: list[Mention]) -> bool:
    """A school year that reaches 18 is still a pupil's, not a second adult's: "a boy in
    Year 13 made a deepfake of a teacher ... in his early 40s" (development pictured set
    BA, 2026-12-07). Not when an age in years in its range may be that pupil's ("a Year 13
    student ... The student, 17")."""
    return (
        not mention.exact
        and mention.low < ADULT_AGE
        and not any(m.exact and mention.low <= m.low <= mention.high for m in found)
    )


@dataclass(frozen=True)
class PicturedChoice:
    """One answer to "who is in the image?": that person pictured, the other one not."""

    label: str  # "the 14-year-old", "the one in year 8"
    pictured_age: int
    other_age: int


#: Words that say who did what with the image, or whose it is ("she sent it to him",
#: "a picture of her", "the girl in it", "who asked for it", "sent me"): the user has
#: told it, so the bot does not ask, even where these rules could not place the ages.
SAYS_WHO_DID_WHAT = re.compile(
    # "... and eventually sent one", "asking girls in his year for nudes"
    r"\b(?:eventually|finally|then)\s+sent\s+(?:one|it|them|a|some)\b|"
    # "me 15 him 17 he wants pics": the one asking is not in them
    r"\b(?:he|she|they|hes|shes)\s+(?:wants|want|wanted|keeps\s+asking\s+for|is\s+asking\s+for)\s+"
    r"(?:pics|nudes|photos|pictures|images|more)\b|"
    r"\b(?:asking|asked|asks|begging|pestering)\s+(?:her|him|girls|boys|them)\s+(?:in\s+[\w\s]{1,15}?\s+)?for\b|"
    rf"\b(?:she|he|they|who|girls?|boys?|lads?|lass(?:es)?|shes|hes|she['’]s|he['’]s|pal|mate|friend)\s+(?:[\w'-]+\s+)?(?:sent|sending|asked|took|shared|posted|"
    rf"forwarded|filmed|made|airdropped|screenshotted|has\s+(?:it|them|a|the))\b|"
    rf"\b(?:{IMAGE})\s+of\b|\bof\s+(?:her|him|herself|himself|themselves|them)\b|"
    rf"\b(?:her|his)\s+(?:own\s+)?(?:{IMAGE})\b|"
    rf"\b(?:in|on)\s+(?:it|them|the\s+(?:{IMAGE}))\b|"
    rf"\b(?:sent|asked|took|shared|filmed|made|requested)\s+(?:\w+\s+)?by\b|\bsent\s+me\b|"
    rf"\b(?:i|we)\s+sent\b|"
    rf"\b(?:talked|tricked|persuaded|pressured|conned|got)\s+(?:him|her)\s+into\b|"
    rf"\b(?:has|have|had)\s+(?:been\s+)?(?:asked|asking|got|received|kept|shared|sharing|sent|"
    rf"sending|pressur\w+|filmed|threaten\w*)\b|"
    # "been on at her fir weeks tae send him pictures": the one asked to send them is in them
    rf"\b(?:to|tae)\s+send\s+(?:him|her|them)\s+(?:some\s+|a\s+|more\s+)?(?:{IMAGE})\b|"
    # "grooming a 12 y/o boy ... obtained several indecent imgs", "sent a topless picture to a male"
    rf"\b(?:groom\w*|obtain\w*|solicit\w*|extort\w*|blackmail\w*)\b|"
    rf"\bsent\s+(?:a|an|some|two|2)\s+(?:[\w-]+\s+)?(?:{IMAGE})\s+to\b|"
    # "asked her to do a video in her underwear", "exchanged semi-nude images", "M9 filmed
    # F8", "a nudify app on a classmate's photo": who did what, or whose image it is
    r"\basked\s+(?:her|him|them)\s+to\s+(?:do|send|take|make|film|record)\b|"
    # "asked her to go on a video call and show her chest, and she did"
    r"\basked\s+(?:her|him|them)\s+to\s+(?:[\w-]+\s+){1,6}?(?:show|strip|undress|flash)\b|"
    r"\b(?:exchanged|swapped|traded|swapping|exchanging)\b|"
    r"\b[mf]\s*/?\s*\d{1,2}\s+(?:filmed|recorded|sent|took|shared|asked|posted|forwarded)\b|"
    rf"\b\w+(?:['’]s|s['’])\s+(?:(?:school|profile|insta\w*|facebook)\s+)?(?:{IMAGE})\b|"
    # "his son received a pic from a girl at school": who sent it
    rf"\b(?:received|receives|got|gets)\s+(?:a|an|the|some|two|her|his|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\s+"
    r"(?:from|off)\b|"
    # "put a classmate's face on a naked body", "edited her face onto a nude": whose it is
    r"\b(?:\w+['’]s|her|his|their)\s+face\s+(?:on|onto)\b",
    _I,
)


def pictured_choices(
    text: str, found: list[Mention], requested_slot: str | None
) -> tuple[PicturedChoice, ...]:
    """The two readings to ask about when nothing says which of two people is pictured.

    "A 13 year old and a 16 year old, a nude is going round": the words place neither
    age. :func:`resolve` then takes the safe convention (the younger pictured, the older
    the other person), but that is a guess about a real case, so the bot asks one short
    question naming both. Empty when the words decide it or say who did what
    (``SAYS_WHO_DID_WHAT``: the user has told it), when the ages are the same, or when
    more than two people are in it: the convention then stands.
    """
    found = _prefer_exact(found)
    if requested_slot in ("pictured_age", "other_age") or len(found) != 2:
        return ()
    if SAYS_WHO_DID_WHAT.search(text):
        return ()
    if any(m.person is not None for m in found):
        return ()
    young, old = sorted(found, key=lambda m: (m.low, m.high))
    if (young.low, young.high) == (old.low, old.high):
        return ()
    return (
        PicturedChoice(_name(young), young.low, old.high),
        PicturedChoice(_name(old), old.low, young.high),
    )


def _name(mention: Mention) -> str:
    """ "the 14-year-old", "the one in year 9": how the question names a person."""
    if not mention.exact:
        return f"the one in {' '.join(mention.said.split())}"
    if mention.low == mention.high:
        return f"the {mention.low}-year-old"
    return f"the {mention.low}-{mention.high}-year-old"


def adult_among(found: list[Mention], text: str = "") -> bool:
    """True when anyone is said to be 18 or over (an adult pictured counts too), except a
    member of staff pictured by pupils ("deepfaked his maths teacher (F, 29)"): no adult
    asked for, received, sent or holds that image (CONTRACT §1, ``adult_involved``), so the
    fact stays unknown and the case is ``out_of_scope`` only provisionally, with that
    question asked first (CONTRACT §2)."""
    adults = [m for m in found if m.exact and m.low >= ADULT_AGE and m.person != "skip"]
    if adults and all(m.person == "pictured" for m in adults) and staff_in_the_image_said(text):
        return False
    return bool(adults)


def _place_loose(
    pictured: list[Mention],
    other: list[Mention],
    loose: list[Mention],
    requested_slot: str | None,
) -> tuple[list[Mention], list[Mention]]:
    if not loose:
        return pictured, other
    if requested_slot == "pictured_age" and len(loose) == 1 and not pictured:
        return loose, other
    if requested_slot == "other_age" and len(loose) == 1 and not other:
        return pictured, loose
    adults = [m for m in loose if m.low >= ADULT_AGE]
    if pictured and other:
        # "A lad of 17 sent a pic of his 15-year-old girlfriend to his 14-year-old cousin":
        # with the image's two sides placed, anyone else given an age in years took part
        # (sent it on, received it); a school year alone is often only the setting
        involved = [m for m in loose if m.exact and not m.later]
        if all(m.person == "both" for m in pictured):
            # "Two boys, both 11, hold down a younger boy of 9 ... and film him": a pair's
            # shared age places no one in the image, so a younger child named beside them
            # may be the one in it; the youngest is taken (the convention, docs/NARRATIVE.md)
            younger = [m for m in involved if m.low < min(p.low for p in pictured)]
            return pictured + younger, other + adults + [m for m in involved if m not in adults]
        return pictured, other + adults + [m for m in involved if m not in adults]
    if pictured:
        return pictured, other + loose
    if other:
        children = [m for m in loose if m.low < ADULT_AGE]
        youngest = min(children, key=lambda m: m.low, default=None)
        return children, other + adults + [m for m in children if m is not youngest and m.exact]
    if len(loose) == 1:
        return ([], loose) if adults else (loose, [])
    youngest = min(loose, key=lambda m: m.low)
    oldest = max(loose, key=lambda m: m.high)
    return [youngest], [oldest]


#: The age an upper bound over 13 gives: "under 16" reads 15, "under 18" reads 17.
BOUND_OVER_13 = 13


def _only_a_bound(mention: Mention) -> bool:
    """ "My son is under 18", "she is under 16": an upper bound says how old the pictured
    child is not, not how old they are. Read as 17 or 15 it would hide a younger child
    (under 13 is a referral), so it gives no pictured age and the form asks. "Under 13"
    still reads 12: the bound is the threshold that matters. As the other person's age
    the bound is the oldest they can be, which is the convention there."""
    return bool(UNDER.search(mention.said)) and mention.high >= BOUND_OVER_13
