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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Literal

from actions.narrative.birth_dates import MONTH_NAMES, AgeRange, birth_date_ages
from actions.narrative.context import (
    Span,
    clause_before,
    first_words,
    last_words,
    sentence_after,
    sentence_before,
)
from actions.narrative.numbers import FIRST_NUMBER, NUMBER_WORDS, WORD_VALUES, parse_numbers
from actions.narrative.school_years import school_year_ages
from actions.narrative.vocabulary import (
    ADULT_AGE,
    IMAGE_NOUNS,
    MAX_AGE,
    MIN_AGE,
    NEUTRAL_PERSON_NOUNS,
    OTHER_PERSON_NOUNS,
    PICTURED_PERSON_NOUNS,
)

Person = Literal["pictured", "other", "both", "skip"] | None
Sex = Literal["female", "male"]

_I = re.I


def _words_valued(low: int, high: int, step: int = 1) -> str:
    """The number words from ``low`` to ``high`` (every ``step``), as a regex alternation."""
    return "|".join(
        word for word, value in WORD_VALUES.items() if low <= value <= high and value % step == 0
    )


#: Image words, with the fakes a narrative calls an image ("a deepfake of her").
IMAGE = rf"(?:{IMAGE_NOUNS}|deep-?fakes?|fakes?)"
IMAGE_WORD = re.compile(rf"\b(?:{IMAGE})\b", _I)
DET = r"(?:a|an|the|her|his|their|this|that|some|my|our|your|another)"
ADJ = r"(?:older|younger|adult|male|female|teenage|young|grown)"
LINK = (
    r"(?:who\s*(?:'s|is|was|are|were)|that\s+(?:is|was)|(?:m|f|male|female)\s*[,/]|(?:she|he|they)\s*(?:'s|is|was|'re|are)|"
    r"shes|hes|is|was|are|were|'s|aged?|in|from|at|of|o(?=\s)|also|now|about|around|only|just|,\s*an?(?=\s)|,|\(|"
    r"(?:we|i)\s+(?:think|reckon|believe|guess)|approx(?:imately)?|roughly|estimated)"
)
#: A neutral person noun, singular or plural ("boys aged 15", "friends who are 17").
NEUTRAL = rf"(?:(?:{NEUTRAL_PERSON_NOUNS}|mate|pal|nephew|niece|stepson|stepdaughter|grandson|granddaughter)(?:s|es)?)"
#: How many: "3 boys", "several girls", "a group of".
COUNT = r"(?:\d+x?|two|three|four|five|six|several|some|a\s+few|(?:a\s+)?(?:group|couple|bunch|load)\s+of)"
#: Parents, relatives and professionals: usually the people who found, were told or
#: reported, not the people involved with the image.
BYSTANDER_NOUNS = (
    r"mum|mom|mam|mummy|mother|dad|daddy|father|parents?|step-?mum|nan|nana|gran|granny|"
    r"grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|aunt|auntie|sister|siblings?|"
    r"carer|foster\s+carer|nurse|neighbour|head\s+of\s+year|head\s*teacher|"
    r"deputy\s+head|dsl|ddsl|hoy|social\s+worker|youth\s+worker|officer|husband|wife|"
    # "my other son is 9": a brother or sister of the child, at home
    r"(?:my|our)\s+other\s+(?:son|daughter|child|kid|boy|girl)s?"
)
#: Adults and relatives who are often involved, but who only found or reported it when
#: the words after say so.
FAMILY_OR_STAFF_NOUNS = (
    r"teacher|coach|tutor|instructor|uncle|step-?dad|stepfather|brother|stepbrother|cousin|"
    r"lodger|babysitter|caretaker|member\s+of\s+staff|staff\s+member|leader|"
    # "a classroom assistant, 24, took photos of her": adults around children by their work
    r"(?:classroom\s+|teaching\s+|learning\s+support\s+)?assistant|support\s+worker|volunteer|lifeguard|"
    r"technician|mentor|counsellor|priest|vicar|imam|landlord|supervisor|colleague|employee|"
    r"nqt|ect|trainee\s+teacher|student\s+teacher"
)
BYSTANDER_HEAD = re.compile(
    rf"\b(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})(?:\s+(?:here|present|too))?\s*(?:{LINK}\s*)*$",
    _I,
)
#: The victim named as a relative: "V is his sister,", "victim was her cousin".
VICTIM_IS = re.compile(
    rf"\b(?:v|victim|ip|injured\s+party)\s+(?:is|was|=)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+)?"
    rf"(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\W*(?:{LINK}\s*)*$",
    _I,
)
BYSTANDER_NEXT = re.compile(
    rf"^\W*(?:{ADJ}\s+|form\s+|pe\s+|school\s+)?(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\b",
    _I,
)
#: Found it, was told, reported it, or is the person typing ("dad here"). Each verb
#: needs an object that makes it a finding ("found the pictures", not "found her online";
#: "told me", not "told her he'd share them"), so an adult who is involved is not lost.
_IT = (
    r"(?:it|them|this|that|the|those|these|out|about|a\s+(?:nude|photo|picture|video|pic|image)|"
    r"messages|texts|chats|pics|photos|pictures|images|videos|nudes)"
)
_US = (
    r"(?:me|us|police|the\s+police|school|the\s+school|staff|a\s+teacher|the\s+dsl|101|mum|dad|mam|"
    r"(?:her|his|their)\s+(?:mum|dad|parents?|teacher|tutor|head\s+of\s+year))"
)
#: Words that may stand between a person and what they did: "and just found out", "who
#: then reported it", "and the DSL found" (a second finder), not "and my mum found out"
#: (someone else).
_FILLER = (
    r"(?:(?:just|then|also|actually|later|eventually|first|only|had|has|have|who|that|and|"
    r"and\s+the\s+\w+|she|he|they)\W+){0,3}?"
)
FINDER = re.compile(
    rf"^\W*{_FILLER}(?:(?:found|finds|saw|sees|noticed|notices|discovered|"
    rf"discovers|confiscated|brought|spotted|came\s+across|picked\s+up\s+on|heard|flagged|"
    rf"raised|reported|reports)\s+(?:{_IT}|(?:some\s+|an?\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\b)|"
    # "found his grandson, 13, had a photo", "caught her boyfriend filming her"
    rf"found\s+(?:that\s+)?(?:his|her|their|my|our)\s+(?:grand)?(?:son|daughter|child|kid|boy|girl)\b|"
    # "found an iPad left in the library", "found her sister's phone open", "brought phone to station"
    rf"(?:found|brought\s+in|brought|handed\s+in|handed\s+over)\s+(?:a|an|the|her|his|their|my)?\s*(?:[\w'’-]+['’]s\s+)?"
    rf"(?:phone|ipad|tablet|laptop|device|mobile)\b|"
    rf"caught\s+(?:him|her|them|(?:his|her|their|the|a)\s+[\w-]+)\b|"
    rf"(?:told|tells|contacted|rang|called|phoned|alerted|"
    rf"informed|came\s+to)\s+{_US}|found\s+out|is\s+worried|was\s+worried|here|"
    # "Mum (34) and stepdad (36) were unaware", "knew nothing about it"
    rf"(?:was|were|are|is)\s+(?:completely\s+|totally\s+)?unaware|knew\s+nothing|had\s+no\s+idea|"
    rf"(?:didn['’]?t|did\s+not)\s+know\s+(?:anything|about\s+(?:it|this|any\s+of\s+it))|"
    rf"(?:checked|went\s+through)\s+(?:her|his|their)\s+(?:phone|ipad|tablet|laptop))\b",
    _I,
)
#: Anyone who (only) found out, saw or reported it: "my gf is 19 and just found out". ("She
#: told her tutor" is not here: the child who tells is often the pictured one.)
FOUND_OUT = re.compile(
    # not "has found out her ex ... sent a nude she'd given him": her own image
    rf"^\W*{_FILLER}(?:found\s+out(?!\s+(?:that\s+)?(?:her|his|their)\s+(?:ex\b|boyfriend|girlfriend|bf|gf|"
    rf"partner|{IMAGE}|own))|found\s+(?:it|them|the|those|these|messages|pics|"
    r"photos|pictures|images|videos|nudes)|"
    r"discovered|reported\s+(?:it|this|the|them)|saw\s+(?:it|them|the)|spotted\s+(?:it|them|the)|noticed|"
    # "IP's older bro (19) called it in"
    r"(?:called|rang|phoned)\s+(?:it|this)\s+in|"
    # "a third pupil, 16, overheard them", "my sister is 12 and she read my phone"
    r"overheard|heard\s+(?:about\s+it|about\s+this|them|people|rumours?)|"
    r"read\s+(?:my|her|his|their)\s+(?:phone|messages|texts|chats?)|"
    # "A 17-year-old found a nude of her cousin on her brother's phone", "found that her brother"
    rf"found\s+(?:an?\s+(?:[\w-]+\s+)?(?:{IMAGE})|that\s+(?:her|his|their|my)\s+[\w-]+)|"
    # "A cleaner (61) found a phone in the toilets with a nude of a girl"
    r"(?:found|handed\s+in)\s+(?:a|an|the|her|his|their)\s+(?:[\w'’-]+['’]s\s+)?(?:phone|ipad|tablet|laptop|device|mobile))\b",
    _I,
)
SAW = re.compile(r"\b(?:saw|noticed)\b", _I)
#: The person typing gives their own age: "I'm 42", "I am a 35 yr old mum".
FIRST_PERSON_AGE = re.compile(
    r"(?:\b(?:i\s*'?\s*m|i\s+am|we\s*'?\s*re|we\s+are|(?:and|&)\s+i\s+are)|(?:^|[.!?]\s+)\W*am)\s+"
    r"(?:(?:a|an|both)\s+)?$",
    _I,
)
#: The person typing says they sent or made an image of themselves: "I sent one", "pics
#: of me", "my nudes". With their own age ("I'm 16"), they are the child pictured.
TYPIST_SENT_OWN = re.compile(
    r"\bi\s*(?:'?ve\s+|\s+have\s+|\s+had\s+)?(?:sent|send|took|made|shared|posted)\s+"
    r"(?:him|her|them|one|some|a|an|it|pics?|photos?|pictures?|nudes?|videos?|images?)\b|"
    r"\b(?:pics?|photos?|pictures?|nudes?|videos?|images?)\s+of\s+(?:me|myself)\b|"
    r"\bmy\s+(?:own\s+)?(?:nudes|pics|photos|pictures|videos)\b",
    _I,
)
#: The age the person typing gave for when the image was made: "when I was 14", "i was 15
#: when i sent them"; their age now is then not the age that counts.
TYPIST_EARLIER_AGE = re.compile(
    r"\bwhen\s+i\s+was\s+\d|\bi\s+was\s+(?:only\s+|just\s+)?\d{1,2}\s+(?:when|at\s+the\s+time|then)\b",
    _I,
)
#: The person typing names the child in it as their own relative or friend ("my sister
#: whos in yr 9", "my best mate"): with no part of their own, they only tell of it.
TYPIST_RELATIVE = re.compile(
    r"\bmy\s+(?:little\s+|younger\s+|wee\s+|big\s+|older\s+|best\s+|twin\s+)?(?:sister|brother|sis|bro|"
    r"cousin|mate|friend|pal|bestie|bff)\b",
    _I,
)
#: The person typing had a part with the image: it was sent to them, they asked for it,
#: they hold it, or it is between them and their partner. Their age then counts.
TYPIST_INVOLVED = re.compile(
    r"\b(?:sent|sends|send|airdropped|forwarded)\s+me\b|"
    r"\bi\s*(?:'?ve\s+|\s+have\s+|\s+had\s+)?(?:asked|received|got|kept|saved|shared|forwarded|"
    r"sent|posted|screenshotted|have\s+(?:it|them|the|her|his))\b|"
    r"\bmy\s+(?:gf|bf|girlfriend|boyfriend|partner|ex)\b|"
    r"\b(?:asked|asking|asks|wants|wanted|messaging|messaged)\s+me\b|\bwants\s+mine\b",
    _I,
)
#: The person typing was only shown it or told: "he showed me", "she told me".
TYPIST_SHOWN = re.compile(
    r"\b(?:showed|shown|told|tells|show)\s+(?:(?:nobody|no[-\s]?one|noone|naebody)\s+(?:but|except|apart\s+from)\s+)?me\b",
    _I,
)
PARENT_SPEAKING = re.compile(
    r"\b(?:my|our)\s+(?:[\w/.-]+\s+){0,3}?(?:daughter|son|child|kid|stepdaughter|stepson|"
    r"step-daughter|step-son|boy|girl|children|kids|\d+\s*(?:yo|y/o|(?:year|yr)s?\s+old))\b|"
    r"\b(?:my|our)\s+partner['’]?s\s+(?:son|daughter|child|kid)\b",
    _I,
)
#: Partner nouns: either side can be the pictured one, so they are weak evidence.
PARTNER_WORDS = r"(?:boyfriend|girlfriend|bf|gf|partner|ex|ex-boyfriend|ex-girlfriend)"
PARTNER_HEAD = re.compile(rf"\b{PARTNER_WORDS}\s*(?:{LINK}\s*)*$", _I)
PARTNER_NEXT = re.compile(rf"^\W*(?:{ADJ}\s+)?{PARTNER_WORDS}\b", _I)

# 1. Claimed ages.
CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?|pos(?:es|ed|ing)\s+as|supposedly|purport(?:s|ed|ing)?|"
    r"masquerad(?:es|ed|ing)\s+as|impersonat(?:es|ed|ing)|"
    r"profile\s+(?:said|says)|(?:said|says|saying)\s+(?:he|she|they)\s*(?:was|were|is|are|'s|'re)\s+only|"
    r"thought\s+(?:he|she|they)\s+(?:was|were)|(?:he|she|they)\s+thought\s+(?:was|were)|"
    r"(?:he|she|they)\s+(?:thought|believed)\s+(?:it\s+)?(?:was|were)|"
    r"lied\s+about\s+(?:his|her|their)\s+age|(?:fake|false)\s+(?:profile|account|persona)\s+(?:of|as)|"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!,\s)believed\s+(?:(?:him|her|them)\s+)?to\s+be)"
    r"(?:\s+to\s+be)?(?:\s+(?:a|an|only|just|about|around|[MF]))*\s*(?:'s|is|was|aged?)?\s*$",
    _I,
)
PICTURED_SAFE_AGE = 13
#: "a 'boy' who says he is 13": a claim too, but a claimed age under 13 is kept, so that
#: a young pictured child ("a girl who says she's 12") is never lost.
SAYS_CLAIM = re.compile(
    r"\b(?:who|that)\s+(?:says|said|claims|claimed)\s+(?:he|she|they)\s*(?:is|was|'s|are|'re|were)\s*"
    r"(?:(?:only|just|about|around|a|an)\s+)*$|"
    # "the account said it was a girl who was 15": an account's word about its owner
    r"\b(?:account|profile)\s+(?:said|says|claimed|claims)\b"
    # "... but when police traced the account it turned out to be a 31 year old": the truth
    r"(?:(?!\bbut\b|\bturned\s+out\b|\bactually\b|\bin\s+fact\b|\breally\b)[^.!?])*$|"
    # "they said there a girl of 16", "he said he's a lad of 15": a sort of person claimed
    r"\b(?:they|he|she|who|someone|somebody|it|account|profile)\s+(?:\w+\s+)?"
    r"(?:said|says|saying|claimed|claims)\s+(?:that\s+)?(?:there|theyre|they['’]re|their|"
    r"they\s+(?:are|were)|s?he\s*(?:is|was|['’]s)|s?hes|it\s+was|it['’]?s)\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:girl|boy|lad|lass|woman|man|teen|kid)\s+(?:of|aged?)\s*$",
    _I,
)
#: An age someone says of themselves that the words then doubt or that is told to the
#: other child: "she says shes 16 but i have no idea if thats true", "Jay says he's 17 but
#: nothing verified", "He told her he was 16". A claim under 13 is kept (``SAYS_CLAIM``).
SAID_OF_SELF = re.compile(
    r"\b(?:says|said|claims|claimed|(?:told|tells)\s+(?:her|him|them|me|us|everyone|people))\s+(?:that\s+)?"
    r"(?:(?:he|she|they)\s*(?:is|was|are|were|['’]?s|['’]?re)?\s*(?:only|just|about|around)?\s*(?:in\s+)?)?$",
    _I,
)
TOLD_THE_CHILD = re.compile(
    r"\b(?:told|tells)\s+(?:her|him|them)\s+(?:that\s+)?(?:he|she|they)\b", _I
)
DOUBTED_AFTER = re.compile(
    r"^[^.!?]{0,20}?\b(?:but|though|although|apparently|allegedly)\b[^.!?]*\b(?:no\s+idea|not\s+sure|"
    r"unverified|not\s+verified|nothing\s+verified|can['’]?t\s+verify|don['’]?t\s+know|doubt|no\s+id|"
    r"true|really|actually|looks?\s+(?:much\s+|way\s+)?older)\b",
    _I,
)


#: "since she was four", "ever since he was 10": a time long before, not anyone's age at
#: the image, unless images or grooming run from then (``IMAGES_SINCE``).
_SINCE_WAS = r"\bsince\s+(?:she|he|they|i)\s+(?:was|were)\s+(?:about\s+|only\s+)?$"
SINCE_AGE = re.compile(_SINCE_WAS, _I)
#: An image, then the person who sent it, in a relative clause: "kept a nude his ex (15)
#: sent him", "a photo the girl, 13, sent her". Not "a nude of her that his mate sent him":
#: "of her" says whose it is, and leaves the reach of two words.
IMAGE_THEN_SENDER = re.compile(
    rf"\b(?:{IMAGE})\s+(?:that\s+|which\s+)?(?:{DET}\s+)?(?:[\w'’-]+\s+){{0,1}}?[\w'’-]+\s*"
    rf"(?:\(\s*(?:[\w/]+\s*,\s*)?|,\s*)?$",
    _I,
)
#: The words right after such a person: "sent him", "had sent her", "snapped me".
SENT_TO_ONE = re.compile(
    r"^\W*(?:\d{1,2}\W*)?(?:had\s+|has\s+)?(?:sent|send|gave|airdropped|snapped)\s+(?:him|her|them|me|us)\b",
    _I,
)
#: Images or grooming said in the same sentence before "since he was 12": "has been making
#: him send pics of himself ... since he was 12", "been sending her nudes since she was 11".
IMAGES_SINCE = re.compile(
    rf"\b(?:{IMAGE}|groom\w*|abus\w*|film\w*|photograph\w*)\b[^.;!?]*{_SINCE_WAS}", _I
)


#: Someone met online, by an account or a stranger: what they say of their own age is a
#: claim ("a woman he met on the Monkey app ... She said she was 19").
MET_ONLINE = re.compile(
    r"\b(?:met|meet|talking\s+to|chatting\s+(?:to|with)|messaging|added)\b[^.!?]{0,40}?\b(?:on|online|app|"
    r"snap\w*|insta\w*|tiktok|omegle|wizz|monkey|roblox|fortnite|discord|kik|grindr|yubo)\b|"
    r"\b(?:account|profile|stranger|catfish\w*)\b|"
    r"\b(?:someone|somebody|man|guy|boy|girl|lad|woman|person)\s+(?:on|online|off)\b",
    _I,
)


def _claimed_of_self(text: str, head: str, span: Span, mention: Mention) -> bool:
    """An age claimed by someone of themselves and doubted, told to the child, or a child's
    age said by someone met online (``MET_ONLINE``: the catfish's "I'm 15"). An adult age
    said by someone met online ("He says he's 30") is kept: an adult stays involved."""
    if mention.low < PICTURED_SAFE_AGE or not SAID_OF_SELF.search(head):
        return False
    told = TOLD_THE_CHILD.search(head[-30:] + " " + span.value)
    met_online = mention.high < ADULT_AGE and MET_ONLINE.search(text) is not None
    return bool(told or DOUBTED_AFTER.match(text[span.end :]) or met_online)


def _claim_kept_for_safety(text: str, span: Span, mention: Mention) -> bool:
    """A claimed age under 13 ("a player on Fortnite who says he is 11"): kept for the
    pictured child, so a young child is never lost, but it says nothing true about the
    other person (:func:`resolve` leaves it out of ``other_age``)."""
    if mention.low >= PICTURED_SAFE_AGE:
        return False
    head = _head(text, span, mention)
    return bool(CLAIMED.search(head) or SAYS_CLAIM.search(head) or SAID_OF_SELF.search(head))


# 3. Both people.
BOTH = re.compile(
    r"(?<!\bto\s)(?<!\bby\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bfor\s)"
    r"\b(?:both|two|2|all)\s+(?:(?:of\s+them|are|were|aged?|in|being|just|about|around|now|parties|"
    r"kids|children|young\s+people|pupils|students)\s+)*$",
    _I,
)
BOTH_VALUE = re.compile(r"^\s*(?:both|two|2|all)\b", _I)
ALL_VALUE = re.compile(r"^\s*all\b", _I)
#: "sent nudes to several girls in his year, all 14-15": "all" describes the group just
#: named; when that group received the image, they are the other side.
GROUP_RECIPIENTS = re.compile(
    rf"\b(?:to|with)\s+(?:{DET}\s+|{COUNT}\s+)*(?:[\w'-]+\s+)?(?:{NEUTRAL}|people|everyone|"
    rf"others)\b[^.;]*$",
    _I,
)
#: Mutual exchange: each of them is pictured and each holds the other's image.
MUTUAL = re.compile(
    r"\b(?:each\s+other|one\s+another)\b|\b(?:exchang|swapp|trad)(?:ed|ing)\b|"
    # "they swap nudes", "two 11-year-olds exchange pictures": the present tense
    rf"\b(?:swaps?|exchanges?|trades?)\s+(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b|"
    r"\b(?:mutual|an?)\s+(?:exchange|swap)\b|\b(?:have|were|are)\s+been\s+sexting\b|"
    r"\bsexting\s+(?:each\s+other|one\s+another)\b|\b(?:exchange|swap)\s+of\s+(?:nudes|pics|images|photos)\b|"
    r"\b(?<!to\s)(?:sending|sent)\s+(?:them|some|one|pics|photos|nudes|some\s+of\s+(?:her|his))"
    r"\s+back\b",
    _I,
)
# 4. The picture is of them.
IMAGE_OF = re.compile(
    rf"\b(?:{IMAGE})\s+(?:(?:going|being\s+passed|passed|sent|shared)\s+(?:a?round|about)\s+)?"
    rf"(?:(?:on|in)\s+(?:her|his|their|the|my|a)\s+(?:phone|mobile|ipad|tablet|laptop|"
    rf"camera\s+roll|computer|account)\s+)?"
    rf"(?:(?:is|was|are|were)\s+)?(?:of|shows?|showing|showed|depicts?|"
    rf"depicting)\s+(?:{DET}\s+|{COUNT}\s+)?"
    rf"(?:(?!(?:to|by|with|for|and|or|from|sent|shared)\b)[\w'-]+\s*){{0,2}}?"
    rf"(?:{LINK}\s*)*$",
    _I,
)
#: "images of his 14yo girlfriend and her 13yo friend": both are in the image.
IMAGE_OF_LIST = re.compile(
    rf"\b(?:{IMAGE})\s+(?:(?:is|are|was|were)\s+)?of\s+(?:[\w'-]+\s+){{1,5}}?(?:and|&)\s+"
    rf"(?:{DET}\s+)?$",
    _I,
)
# 5. The pictured child, named as such.
PICTURED_HEAD = re.compile(
    rf"\b(?:{PICTURED_PERSON_NOUNS})\s*(?:{LINK}\s*)*$|"
    rf"\b(?:{PICTURED_PERSON_NOUNS})\s+[mf]\s*$|"  # police shorthand: "IP F 13"
    rf"\b(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE})\s*(?:{LINK}\s*)*$|"
    rf"\bpictured\s*(?:{LINK}\s*)*$|"
    rf"\b(?:filmed|filming|films|photographed|photographing|recorded|recording|secretly\s+filmed)"
    rf"\s+(?!(?:by|to|with|for|and|or|from|on|in)\b)(?:{DET}\s+)?"
    rf"(?:(?!(?:by|to|with|for|and|or|from)\b)[\w'-]+\s+){{0,2}}?(?:{LINK}\s*)*$|"
    rf"\b(?:taken|made|sent|filmed|recorded|took|sent\s+it)\s+(?:(?!when\b)[\w'-]+\s+){{0,3}}?"
    rf"when\s+(?:she|he|they)\s+(?:was|were)\s*$",
    _I,
)
BODY_PARTS = (
    r"(?:(?:bare|naked|nude|private)\s+)?(?:own|breasts?|boobs|chest|body|bottom|bum|backside|genitals|"
    r"genitalia|privates|private\s+(?:parts|area|areas)|penis|vagina|willy|dick|cock|tits|arse|junk|bits|nipples?|underwear|bra|"
    r"knickers|pants|boxers|naked|nude|top\s+half|face)"
)
OWN_BODY = rf"(?:her|his|their)\s+{BODY_PARTS}"
BODY_OR_CLOTHES = (
    r"(?:breasts?|boobs|chest|body|bottom|bum|backside|genitals|privates|skirt|dress|"
    r"underwear|bra|knickers|pants|shorts|top)"
)
#: "... who was 14 at the time": an age then, whoever it is said of.
_AT_THE_TIME = r"^\W*(?:[\w']+\s+){0,2}?at\s+the\s+time\b"
AT_THE_TIME_NEXT = re.compile(_AT_THE_TIME, _I)
PICTURED_NEXT = re.compile(
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s+)?(?:{PICTURED_PERSON_NOUNS})\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?(?:'s|s')\s+(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?s\s+(?:{IMAGE})\b|"  # "the girls pics"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?'s\s+(?:[\w-]+\s+)?{BODY_OR_CLOTHES}\b|"
    rf"^\W*(?:[\w']+\s+){{0,3}}?(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE})\b|"
    rf"^\W*(?:[\w']+\s+){{0,2}}?when\s+(?:(?:the|her|his|it|she|he|they|this|that)\s+)?"
    rf"(?:(?:{IMAGE})\s+)?(?:was|were)\s+(?:taken|made|sent|filmed|recorded)\b|"
    rf"^\W*(?:[\w']+\s+){{0,2}}?when\s+(?:she|he|they)\s+(?:took|sent|made|filmed)\b|"
    rf"{_AT_THE_TIME}",
    _I,
)
# 6. The other person, named as such.
OTHER_NEXT = re.compile(rf"^\W*(?:{ADJ}\s+)?(?:{OTHER_PERSON_NOUNS})\b", _I)
OTHER_HEAD = re.compile(
    rf"\b(?:{OTHER_PERSON_NOUNS}|(?:adult|grown|older)\s+(?:male|female|lad|boy|guy))"
    rf"(?:\s+(?:male|female|man|woman|m|f))?"
    rf"\s*(?:{LINK}\s*)*$",
    _I,
)
OTHER_ADJECTIVE_HEAD = re.compile(
    rf"\b(?:older|(?<!the\s)other|another|oldest|eldest)\s+(?:(?:{NEUTRAL})\s+)?(?:{LINK}\s*)*$",
    _I,
)
# 7. Prepositions.
PREPOSITION = re.compile(
    rf"(?:\b(?P<prep>to|tae|by|from|fae|frae|with|wi|belonging\s+to)|(?<!\w)(?P<wslash>w/))\s+(?:{DET}\s+)?(?:{COUNT}\s+)?(?:{ADJ}\s+)?"
    rf"(?:(?:{NEUTRAL})\s+(?:{LINK}\s*)*|(?:{NEUTRAL})\s*(?:,|\()\s*(?:{LINK}\s*)*)?"
    # "sent clips to 2 friends (M17, M18)", "sent to M/16": a police sex letter before the age
    r"(?:(?<![\w/])[MF]\s*/?\s*)?$",
    _I,
)
SEX_LETTER_END = re.compile(r"(?<![\w/])[MF]\s*/?\s*$", _I)
SENT_BEFORE = re.compile(r"\b(?:sent|send|sending|given|shown|airdropped|airdrop)\b", _I)
#: The verbs that can say what happened to the image, the last of which goes with "by".
LAST_VERB = re.compile(
    r"\b(?:sent|send|sending|given|shown|shared|sharing|forwarded|posted|passed|leaked|spread|"
    r"uploaded|airdropped|screenshotted|taken|made|filmed|recorded|asked|requested)\b",
    _I,
)
#: The sentence already says whom the image is of ("sent a video of an S4 girl by ...").
SAYS_WHOSE = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?!(?:her|him|them)self)", _I)
RECEIVED_BEFORE = re.compile(
    r"\b(?:received|receiving|got|getting|gets|(?:was|been|being)\s+sent|has\s+(?:a|an|the|some))\b",
    _I,
)
# 8. What they did.
SELF_IMAGE = re.compile(
    r"\b(?:of|at)\s+(?:herself|himself|themselves|themself|self)\b|\b(?:her|his|their)\s+own\b|"
    r"\bselfies?\b|\b(?:film(?:ed|s|ing)?|record(?:ed|s|ing)?|livestream(?:ed|s|ing)?|"
    r"photograph(?:ed|s|ing)?|strip(?:ped|s|ping)?)\s+(?:herself|himself|themselves)\b|"
    # "sent a pic of his privates to a classmate": the sender's own body
    rf"\b(?:sent|sends|sending|send|posted|snapped|dm['’]?d|shared|shares|sharing|airdropped)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+of\s+"
    rf"(?:his|her|their)\s+(?:own\s+)?['‘’\"]?{BODY_PARTS}",
    _I,
)
_VICTIM_VERBS = (
    r"(?:pressured|pressurised|coerced|groomed|threatened|blackmailed|forced|tricked|persuaded|"
    r"manipulated|bullied|asked|exploited|extorted|sextorted|targeted|approached|contacted|"
    r"filmed|photographed|recorded|hacked|catfished|talked|conned|coaxed|scammed|"
    # "got caught in one of those sextortion scams"
    r"caught\s+(?:up\s+)?in)"
)
PASSIVE_VICTIM = re.compile(
    rf"\b(?:was|were|been|being|is|are|got|gets|get)\s+(?:(?:repeatedly|also|then|being)\s+)?"
    rf"{_VICTIM_VERBS}\b|"
    # "Y9 girl nude shared by Y10": the person's image, passed on by someone named after "by"
    rf"^\W*(?:[\w'-]+\s+)?(?:{IMAGE})\s+(?:was\s+|were\s+|been\s+|got\s+)?(?:shared|sent\s+round|"
    rf"posted|leaked|forwarded|airdropped|screenshotted)\s+(?:by|round|around|online)\b|"
    rf"^\W*(?:[\w'-]+\s+){{0,4}}?{_VICTIM_VERBS}\s+(?:by|into|online\s+by)\b",
    _I,
)
HAD_IMAGE_MADE = re.compile(
    rf"\b(?:ha(?:s|d|ve)\s+)?had\s+(?:[\w'‘’-]+\s+){{0,4}}?(?:{IMAGE})"
    rf"(?:\s+of\s+(?:her|him|them|herself|himself|themselves))?\s+(?:made|shared|posted|leaked|"
    rf"sent|spread|taken|created|put|uploaded|circulated)\b|"
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE})\s+of\s+(?:her|him|them)\b|"
    rf"\bha(?:s|d|ve)\s+(?:an?\s+)?(?:[\w'‘’-]+\s+){{0,3}}?(?:{IMAGE})\s+(?:made|created|generated)\s+of\s+"
    rf"(?:her|him|them)\b",
    _I,
)
PASSIVE_RECEIPT = re.compile(
    r"\b(?:was|were|been|being|got|gets|get)\s+(?:sent|given|shown|forwarded|airdropped)\b", _I
)
#: The words right after the person say they received it ("was sent a photo of herself
#: by a girl"): whatever the rest says of whose image it is, they are the other person.
RECEIVED_FIRST = re.compile(
    r"^\W*(?:(?:has|had|have)\s+)?(?:was|were|been|got|gets)\s+(?:sent|given|shown|forwarded|airdropped)\b",
    _I,
)
#: "... and asked to send some back, which she did": the one who received sent one too.
SENT_BACK = re.compile(r"\bback\b|\bwhich\s+(?:she|he|they)\s+did\b", _I)
SENT_OTHERS_IMAGE = re.compile(
    rf"\b(?:sent|sends|sending|shared|shares|sharing|posted|posting|forwarded|showed|shown|"
    rf"passing|passed|passes|spreading|"
    rf"uploaded|airdropped|made|make|makes|making|created|create|creates|creating|generated|"
    rf"generate|edited|took|"
    rf"taking|taken|takes|filmed|filming|films|recorded|recording|photographed)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+(?:of|up|under|down)\s+"
    rf"(?!herself|himself|themselves|themself|self\b|{OWN_BODY}\b)|"
    # "took her phone and sent himself her pics": someone else's images, sent to himself
    rf"\b(?:sent|sends|sending|forwarded|airdropped)\s+(?:him|her|them)sel(?:f|ves)\s+(?:her|his|their)\s+"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\b",
    _I,
)
#: "asking her to send pictures", "got him to film himself": the one who asks.
ASKED_FOR = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:ask|asks|asked|asking|begg(?:ed|ing)|beg|begs|pressur\w*|"
    r"persuad\w*|got|getting|gets|told|telling|tells|wants?|wanted|wanting|made|making|forc\w*|"
    r"convinc\w*|encourag\w*|groom\w*|push\w*|on\s+at)\s+(?:her|him|them|me|my\s+\w+|"
    # "asked students aged 13 to 15 to send videos": a group of children asked
    r"(?:(?:the|some|several|two|three|four|a\s+few|younger|her|his|their)\s+)?(?:students?|pupils?|girls?|"
    r"boys?|kids?|children|members?|players?|dancers?|swimmers?|gymnasts?)"
    r"(?:\s+(?:aged?\s+)?\d{1,2}(?:\s*(?:to|-|and|or)\s*\d{1,2})?)?)\s+"
    r"(?:to\s+(?:send|take|film|make|share|strip)|for|into)\b",
    _I,
)
#: "sent the clip to his mate", "sent those pics on to": the image already spoken of,
#: passed on by someone who holds it.
PASSED_ON = re.compile(
    rf"\b(?:sent|sends|sending|send|forwarded|showed|shown)\s+(?:the|that|this|those|these|my|your)\s+"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+(?:on\s+|round\s+|around\s+)?(?:to|round|around)\b"
    # "the lad she sent the pictures to on Saturday": "to" stranded, the sender's own
    r"(?!\s*(?:on|at|last|yesterday|has|have|had|is|was|were|in|[,.;!?]|$)(?:\b|\s|$))",
    _I,
)
#: Not a word of payment: "sent her money for pictures" pays for hers, it sends none.
NOT_MONEY = r"(?!(?:money|cash|gift|vouchers?|presents?|credit|£)\b)"
SENT_OWN_IMAGE = re.compile(
    # "made her pose for photos", "makes him send pics": someone else made to do it
    rf"\b(?:sent|sends|sending|send|took|takes|taking|(?:made|makes|making)(?!\s+(?:her|him|them|me|us)\b)|"
    rf"filmed|films|filming|"
    rf"recorded|livestream\w*|swapped|swapping|exchanged|exchanging|sexting)\b"
    rf"(?:\s+{NOT_MONEY}[\w'-]+){{0,4}}?\s+(?:{IMAGE}|semi\s+nudes?)\b",
    _I,
)
OTHER_ACTION = re.compile(
    # "keeps asking what's wrong", "asked why": a question, not a request for an image
    r"\b(?:(?:asked|asks|asking)(?!\s+(?:what|why|how|where|when|if|whether|questions|about|after|"
    r"around|me\s+(?:what|why|how|if|whether|about))\b)|requested|requests|requesting|demanded|demanding|received|receives|"
    r"receiving|recd|rec['’]d|rcvd|(?:got|gets|getting)(?!\s*$)(?!\s+(?:a\s+|an\s+)?(?:friend\s+requests?|follow\w*|messages?|dms?|"
    r"texts?|added|contacted|talking|chatting|in\s+touch|changed|dressed|undressed|ready|showered))"
    # "unless she gets back with him", "got home": going somewhere, not an image held
    r"(?!\s+(?:back|home|away|along|together|in\s+trouble|told\s+off)\b)"
    # "he's got no learning difficulties", "she's got ADHD", "she's got fresh cuts on her
    # arms": not an image held
    r"(?!\s+(?:no|nothing|none|any|anything|learning|additional|special|adhd|autism|asd|ehcp|sen|"
    r"support|a\s+diagnosis|(?:fresh\s+|new\s+|old\s+)?(?:cuts|scars|marks|bruises)|upset|scared|"
    r"worse|better|a\s+(?:lot|bit))\b)|shared|shares|sharing|forwarded|"
    r"forwards|forwarding|"
    # "showed me a website ...": telling the person typing, not passing the image on
    r"(?:showed|shown|shows|showing)(?!\s+(?:me|us)\b)|posted|posts|posting|uploaded|screenshotted|threatened|threatening|"
    r"threatens|blackmailed|blackmailing|pressured|pressuring|groomed|grooming|coerced|coercing|"
    # "has a video of her", "has got nudes", "kept them"; not "has an EHCP", "has ADHD", nor an
    # image made of them ("has an AI image made of him")
    rf"(?:has|had|have|holds|held|kept|keeps|keeping|possess(?:es|ed)?)\s+(?:got\s+)?"
    rf"(?:(?:a|an|the|some|several)\s+(?:[\w'‘’-]+\s+){{0,2}}?(?:{IMAGE})\b(?!\s+(?:made|created|generated)\s+of)|"
    r"it|them|nudes|pics|pictures|images|photos|videos|indecent|explicit|naked)|"
    r"put\s+(?:it|them)\s+(?:online|up|on)|"
    r"(?:filmed|filming|films|photographed|photographing|recorded|recording)\s+"
    r"(?:her|his|their|a|an|the|my|our|him|up|under|down)\b(?!\s*(?:self|own))|"
    r"(?:took|takes|stole|steals|grabbed|used|uses|went\s+through|got\s+into|hacked)\s+"
    r"(?:her|his|their)\s+(?:phone|mobile|ipad|tablet|laptop|account)|"
    r"(?:was|been)\s+caught\s+with|(?:found|caught)\s+(?:to\s+have|with)|in\s+possession\s+of|made\s+(?:a\s+|an\s+)?(?:fake|ai|deepfake|nudified)|"
    # "made her pose for photos", "forced him to strip": the one who made the child do it
    r"(?:made|makes|making|forced|forces|forcing|got|gets)\s+(?:her|him|them|me)\s+(?:to\s+)?"
    r"(?:pose|send|take|strip|undress|film|touch|do|get\s+undressed))\b",
    _I,
)
AFTER_STOP = re.compile(
    r"[.;:!?,()]|\b(?:but|because|although|though|whereas|so|while|whilst)\b|"
    r"\b(?:says|said|told|tells|reports|reported|thinks|thought|claims|explained|heard|hears|"
    r"knows|knew|realised|realized|learned|learnt|"
    r"disclose|discloses|disclosed|disclosing|admits|admitted)\b|"
    rf"(?<=\s)(?:a|an|the|his|her|their|another|some)\s+"
    rf"(?:{ADJ}\s+)?(?:{NEUTRAL_PERSON_NOUNS}|{OTHER_PERSON_NOUNS})\b|"
    r"(?:(?<=\ba)|(?<=\ban)|(?<=\bthe)|(?<=\bhis)|(?<=\bher)|(?<=\btheir)|(?<=\bmy)|(?<=\bour))"
    rf"\s+(?=\d|(?:{'|'.join(NUMBER_WORDS)})\b)|"
    r"\b(?:and|an)\s+(?:he|she|they|i|we|it|the|this|her|his|a|an|then|now|someone|somebody|"
    r"my|our|"
    r"people|everyone)\b|"
    r"\b(?:he|she|they|hes|shes)\s+(?:'s|is|was|has|had|sent|asked|then)\b|"
    r"(?<=\s)(?:someone|somebody|an\s+account|a\s+stranger|a\s+man|a\s+guy)\b|"
    r"\b(?:hes|shes)\b",
    _I,
)
POSSESSIVE_AFTER = re.compile(r"^(?:'s|s')\s", _I)
#: "my 15 yo daughter's PE teacher sent ...": the deed after is the teacher's.
POSSESSED_PERSON_AFTER = re.compile(
    rf"^\W*[a-z-]+(?:'s|s')\s+(?:[\w-]+\s+)?(?:{OTHER_PERSON_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\b", _I
)
APPOSITIVE_OPEN = re.compile(
    r"[,(]\s*(?:(?:now|aged?|about|around|approx|only|just)\s+)?$|"
    # "Sandy, who is 17, sent a nude": a relative clause set off by commas
    r",\s*(?:who|that)\s*(?:(?:is|was|['’]s)\s+(?:only\s+|just\s+|now\s+)?)?$",
    _I,
)
#: An appositive age's closing punctuation: "the lad, 16, sent ...", "Child (12) was ...".
APPOSITIVE_CLOSE = re.compile(r"^\s*[,)]\s*")
#: An age span ending in the word for a school year ("two yr", "3 year"): read with what follows.
YEAR_WORD_END = re.compile(r"\b(?:years?|yrs?)$", _I)
#: Words after a span of years that make it a time, not an age: "2 years ago", "3 yrs later".
_YEARS_DATE = r"(?:ago|back|before|later|earlier|since)"
UNIT_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:photos?|pictures?|pics?|images?|videos?|nudes?|times?|days?|weeks?|"
    r"x\b|months?|hours?|minutes?|mins?|seconds?|people|kids|pupils|students|friends|boys|girls|"
    r"teachers|lads|lasses|mates|pals|men|women|officers|staff|adults|members|parents|children|"
    r"others|of\b|%|percent|pm\b|am\b|o'clock|messages?|texts?|snaps?|followers|schools?|"
    rf"quid|pounds?|miles?|(?:years?|yrs?)\s+{_YEARS_DATE})",
    _I,
)
#: A span of years that says when, after "2 yrs" or "3 years": "made 2 yrs ago".
TIME_AGO_AFTER = re.compile(rf"^\s*(?:{_YEARS_DATE}|previously)\b", _I)
#: Years of a career after the number: "6 yrs service", "15 years' experience".
SERVICE_AFTER = re.compile(
    r"^['’]?\s*(?:of\s+)?(?:service|experience|exp|teaching|policing|in\s+(?:the\s+)?(?:job|role|force|"
    r"police|post|service|profession)|qualified)\b",
    _I,
)
#: The entity itself says it is an age: "13yo", "14 year old", "aged 15", "(19)".
SAYS_AGE = re.compile(
    r"\d\s*(?:yo|y/o|y\.o|yrs?|yoa)\b|\b(?:years?|yrs?)[\s-]*old|\bage|\)\s*$|\d\s*[mf]\.?$|^V?[MF]\d{1,2}$",
    _I,
)
UNDER = re.compile(r"\bunder\b", _I)
#: "turns 16 next month", "she'll be 14 in June": a year younger now.
NOT_YET = re.compile(r"\b(?:turns|turning|will\s+be|'ll\s+be|going\s+to\s+be)\s*$", _I)
#: "nearly 13", "almost 16", "not quite 13": the age below. Read as the age said, a child
#: of 12 "nearly 13" would be over the line that makes a child under 13.
NEARLY = re.compile(
    r"\b(?:nearly|almost|not\s+quite|coming\s+up(?:\s+to)?|approaching|just\s+under)\s*$", _I
)
OVER = re.compile(r"\bover\b|\+", _I)
#: "she's 18 now", "she is now 19", "now 21": an age later than when the image was made.
#: The UK's motorways (Great Britain and Northern Ireland): "on the M62" is a road, but
#: "sent to M16" is police shorthand for a male of 16 (there is no M13-M17).
MOTORWAYS = frozenset(
    str(number)
    for number in (
        *range(1, 7), 8, 9, 10, 11, 12, 18, 20, 22, 23, 25, 26, 27, 32, 40, 42, 45, 48, 49, 50,
        *range(53, 59), 60, 61, 62, 65, 66, 67, 69, 73, 74, 77, 80, 90, 180, 602, 606, 621, 876, 898,
    )
)  # fmt: skip
MOTORWAY = re.compile(r"^M(?P<number>\d{1,3})$")
ROAD_BEFORE = re.compile(r"\b(?:the|on|off|via|along|up|down|near|from|to|onto|junction)\s+$", _I)
#: An age reached soon: "hes 15 in a few weeks", "she's 16 next month".
SOON_AFTER = re.compile(
    r"^\s*(?:in\s+(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six)\s+(?:days?|weeks?|months?)|"
    r"next\s+(?:week|month)|in\s+(?:a\s+)?(?:week|fortnight|month)(?:['’]s\s+time)?)\b",
    _I,
)
#: "im 16 in january", "she's 14 in March": a birthday to come (not "was 14 in March", nor
#: "in March 2024").
BIRTHDAY_MONTH_AFTER = re.compile(rf"^\s*in\s+(?:{'|'.join(MONTH_NAMES)})\b(?!\s*\d)", _I)
PAST_BEFORE = re.compile(r"\b(?:was|were|turned)\s*$", _I)
NOW_BEFORE = re.compile(r"\bnow\s*$", _I)
NOW_AFTER = re.compile(r"^\s*(?:years?\s+old\s+)?now\b", _I)

# --------------------------------------------------------------------------- extra ages
NUM = rf"(?:\d{{1,2}}|{_words_valued(2, 90)})"
PERSON_WORD = (
    rf"(?:{OTHER_PERSON_NOUNS}|{PICTURED_PERSON_NOUNS}|{NEUTRAL}|{BYSTANDER_NOUNS}|"
    rf"{FAMILY_OR_STAFF_NOUNS}|offenders?|suspects?|one\s+of\s+them|m|f)"
)
#: "female, 13,", "her boyfriend, 15,", "a man, about 40,", "offender 24", "mate 18".
APPOSITIVE_AGE = re.compile(
    rf"\b{PERSON_WORD}(?:\s+of\s+(?:his|hers|theirs|mine|ours))?['’\"”]?\s*(?:,|\()\s*"
    rf"(?:(?:now|then|aged?|about|around|approx|only|just)\s+)?"
    rf"(?P<num>{NUM}(?:\s*(?:or|-|to|/)\s*{NUM})?)\b(?=\s*(?:[,.;)&]|$|\s(?:and|who|was|is|has|had|sent|then)\b))|"
    rf"\b{PERSON_WORD}\s+(?P<num2>[5-9]|[1-9]\d)\b(?=\s*(?:[,.;)&]|$|\s[a-z]|\s\((?:her|his|their|the)\b))",
    _I,
)
#: An age in commas (or dashes) after a person and a few words about them: "A child I work
#: with, 12, has had pictures taken", "the girl from next door, 14, sent", "Lad from the
#: football club - 18 - sent". The verb after it says
#: the number is the person's age, not a count.
CLAUSE_APPOSITIVE_AGE = re.compile(
    rf"\b{PERSON_WORD}\b(?:(?!\s[-–—])[^,.;:!?()]){{1,30}}(?:,|\s[-–—])\s*(?P<num>\d{{1,2}}(?:\s*(?:-|to|or)\s*\d{{1,2}})?)\s*"
    r"(?:(?:and|&)\s*\d{1,2}\s*)?(?:,|[-–—])\s*"
    r"(?=(?:has|have|had|is|are|was|were|who|sent|received|took|says|said|told|got|then|admitted|shared|"
    r"both|the\s+(?:older|younger|elder|eldest|youngest|oldest))\b)",
    _I,
)
#: "he's coming up 16": read as nearly 16 (``NEARLY``).
COMING_UP_AGE = re.compile(
    r"\bcoming\s+up(?:\s+to)?\s+(?P<num>1\d|[5-9])\b(?!\s*(?:%|minutes?|hours?|days?|weeks?))", _I
)
#: Police notes: "Juv 14, M", "VIC: F/14", "M/13 - self-taken nude".
POLICE_SLASH_AGE = re.compile(
    r"\b(?:juv(?:enile)?s?|vic)\s*[:(]?\s*(?:[mf]\s*/\s*)?(?P<num>1\d|[2-9]\d|[5-9])\b|"
    # "F/sixteen"
    rf"(?:^|[\s(:;,])[MF]\s*/\s*(?P<num2>1\d|[2-9]\d|[5-9]|{_words_valued(5, 90)})\b",
    _I,
)
#: A police sex mark just before a number ("M/14"): the number is an age, whatever noun
#: follows it ("M/14 messages his form tutor").
POLICE_MARK_BEFORE = re.compile(r"(?:^|[\s(:;,])[MF]\s*/\s*$", _I)
#: "hes 15", "shes 14", "theyre both 13": the apostrophe left out; "I'm 15", "im 43".
BARE_PRONOUN_AGE = re.compile(
    rf"(?:\b(?:hes|shes|whos|theyre|theyr|i\s*'?m|i\s+am)|(?:^|(?<=[.!?]\s))am)\s+(?:(?:only|about|around|just|now|both|like)\s+)?"
    # "hes 16 or 17 idk": a range, read whole
    rf"(?P<num>{NUM}(?:\s*(?:or|/)\s*{NUM}(?!\s*(?:%|am\b|pm\b|:)))?)\b",
    _I,
)
#: "(8)", "(Year 8)": spaCy's tokenizer keeps "8)" whole (an emoticon), so the entity
#: ruler misses an age or school year of 8 in brackets.
BRACKETED_AGE = re.compile(
    r"\(\s*(?:aged?\s+)?(?P<num>\d{1,2})\s*(?:yrs?|yo|years?)?\s*(?:,\s*(?:girl|boy|f|m|female|male)\s*)?"
    r"(?:,\s*(?:year|yr|y|s|p)\s*\d{1,2}\s*)?"
    # "(15, autistic)", "(14, in care)": a few words about the child after the age
    r"(?:,\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*)?\)|"
    # "her son (S6, 17)": the school year first
    r"\(\s*(?:year|yr|y|s|p)\s*\d{1,2}\s*,\s*(?:aged?\s+)?(?P<num2>\d{1,2})\s*\)",
    _I,
)
#: A tutor group named as schools name them: "in 9X", "from 10B2", "in 11JS" (the year
#: first, then capital letters).
FORM_CODE = re.compile(r"\b(?:in|from)\s+(?P<num>[7-9]|1[0-3])[A-Z]{1,3}\d?\b")
BRACKETED_YEAR = re.compile(r"\((?P<num>\s*(?:year|yr|y)\s*\d{1,2})\s*\)", _I)
#: An age in commas or brackets after a first name, as logs write it: "Ruby, 16, who is in
#: Year 12", "Victim is a lad called Aaron, 16.", "Tegan, 15, was sending". Case-sensitive:
#: the name is capitalised; ``NOT_A_NAME`` words ("March, 16") are not names.
NUM_WORDS = _words_valued(6, 90)
NAME_APPOSITIVE_AGE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]{{2,}})\s*(?:,|\()\s*(?:(?:now|aged?|only|just)\s+)?(?P<num>\d{{1,2}}|{NUM_WORDS})\b"
    r"(?=\s*(?:[,.;)]|$|\s(?:and|who|was|is|has|had|sent|then|from|in|at|lives)\b))"
)
#: "V fifteen", "Sus twenty", "IP 19": police notes' ages after the role word, in words
#: too (a single digit after "Sus" is a number in a list of suspects, not an age).
POLICE_WORD_AGE = re.compile(
    rf"\b(?:v|victim|sus|susp|suspect|ip|dp)\s+(?:[mf]\s+)?(?P<num>1\d|[2-9]\d|{_words_valued(6, 90)})"
    r"(?:\s*[mf])?\b(?!\s*(?:[:/.]\d|%|images?|photos?|pics?|videos?|times?))",
    _I,
)
#: A police sex-and-age mark under ten after a police word or in a pair: "IPs M9 and F8",
#: "V F7" (not "the M9", a motorway).
POLICE_MARK_SMALL_AGE = re.compile(
    r"(?:\b(?:ips?|vs?|victims?|sus|susps?|suspects?|juvs?|children|kids|cousins|siblings)\s+|\b(?:and|&)\s+|,\s*)"
    r"(?-i:[MF])(?P<num>[4-9])\b(?![/.:]\d)",
    _I,
)
#: "Both parties 15", "both kids are 14": one age said of the two.
BOTH_AGE = re.compile(
    r"\bboth\s+(?:parties|kids|children|young\s+people|pupils|students|boys|girls|lads|of\s+them)\s+"
    r"(?:are\s+|were\s+|aged?\s+)?(?P<num>1\d|[5-9])\b",
    _I,
)
#: "V: F aged 14y 7m", "13 yrs 2 mths": an age in years and months.
YEARS_MONTHS_AGE = re.compile(
    r"\b(?P<num>1\d|[4-9])\s*(?:y|yrs?|years?)\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:m|mths?|months?)\b",
    _I,
)
#: "a man, 60ish,", "a man in a car, she thinks about 40,": an adult's age guessed.
GUESSED_AGE = re.compile(
    r"(?:,|\()\s*(?P<num>[1-9]\d)\s*-?\s*ish\b|"
    # "an adult male she knows as Dan, approx 25-30,"
    r"(?:,|\()\s*(?:approx\.?|approximately|roughly|c\.)\s*(?P<num3>[1-9]\d(?:\s*(?:-|–|to)\s*[1-9]\d)?)\b|"
    r"\b(?:she|he|they|i|we)\s+(?:thinks?|reckons?|guesses|guess|think)\s+(?:about|around|like|maybe)?\s*"
    r"(?P<num2>[2-9]\d)\b(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?|people|kids))",
    _I,
)
#: "She's in his year, 14 as well", "he's 15 too": an age said to match another.
AS_WELL_AGE = re.compile(
    r"(?:\b(?:is|['’]s|are|['’]re|was|were|aged?)\s+|,\s*)(?P<num>1\d|[5-9])\s+(?:as\s+well|too|also)\b",
    _I,
)
#: "'Tyler' on Snap, believed 24", "thought to be 30": an age believed by those reporting.
BELIEVED_AGE = re.compile(
    r"\b(?:believed|thought|understood|estimated)\s+(?:to\s+be\s+)?(?:aged?\s+)?(?:about\s+|around\s+)?"
    r"(?P<num>1\d|[2-9]\d)\b(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?))",
    _I,
)
#: "she looks about 13-14", "looks around 15": an age guessed from the image.
LOOKS_AGE = re.compile(
    rf"\blooks?\s+(?:about|around|like|roughly|maybe)?\s*(?P<num>{NUM}(?:\s*(?:-|–|/|or|to)\s*{NUM})?)\b"
    r"(?!\s*(?:years?\s+)?(?:ago|minutes?|mins?|hours?|days?|weeks?))",
    _I,
)
#: "Her: 17. Him: 14.", "V - 13": a person and an age set out as a label.
LABEL_AGE = re.compile(
    r"\b(?:her|him|he|she|v|victim|sus|suspect|boy|girl|lad|lass|son|daughter)\s*[:=]\s*"
    r"(?P<num>\d{1,2})\b(?!\s*(?:[:/.]\d|%|am\b|pm\b))",
    _I,
)
#: "who was in fact 20", "is actually 19".
IN_FACT_AGE = re.compile(
    rf"(?:\b(?:was|is|'s|were|are)|\b(?:she|he)s)\s+(?:in\s+fact|actually|really|in\s+reality)\s+(?:only\s+|just\s+)?"
    rf"(?P<num>{NUM})\b|"
    # "who claimed to be 14, actually 31 once identified", "Turns out he's 22"
    rf",\s*(?:but\s+)?(?:actually|really|in\s+fact)\s+(?P<num2>{NUM})\b|"
    rf"\bturn(?:s|ed)\s+out\s+(?:that\s+)?(?:he|she|they)\s*(?:['’]s|is|was|['’]re|are|were)\s+"
    rf"(?:actually\s+|really\s+)?(?P<num3>{NUM})\b|"
    # "Susp since arrested, confirmed 20", "ID'd as 47", "identified as 31"
    rf"\b(?:confirmed|identified|id['’]?d|verified)\s+(?:as\s+|to\s+be\s+)?(?:aged\s+)?(?P<num4>1\d|[2-9]\d)\b"
    rf"(?!\s*(?:%|times?|images?|pics?|photos?|victims?|people|children|girls|boys|accounts?))",
    _I,
)
#: "who turned out to be 27".
#: "Tyler will be 15 in March", "she turns 13 next week": the age below it now
#: (``NOT_YET``).
WILL_BE_AGE = re.compile(
    rf"\b(?:will\s+be|['’]ll\s+be|['’]d\s+be|would\s+be|turns|turning)\s+(?P<num>{NUM})\b"
    r"(?=\s+(?:in|next|on|this|soon|at|by|now)\b|\s*[.,;!]|\s*$)",
    _I,
)

#: Ages from ten up, in digits or words ("twenty-six", "thirty one"): a number said on its
#: own is an age only in these forms.
_TEEN_OR_ADULT_NUM = (
    rf"(?:1\d|[2-9]\d|(?:{_words_valued(10, 19)})|(?:{_words_valued(20, 80, step=10)})"
    rf"(?:[-\s](?:{_words_valued(1, 9)}))?)"
)
#: An age that is a sentence of its own, answering the one before: "The lad she sent it
#: to? 19 I think", "We have now found out who he is. Thirty one." (A message that is only
#: a number answers the question asked, or nothing.)
AGE_ALONE = re.compile(
    rf"(?<=[.?!])\s+(?P<num>{_TEEN_OR_ADULT_NUM})"
    r"(?:\s+(?:i\s+think|we\s+think|i\s+believe|we\s+believe|apparently|ish|maybe|or\s+so))?"
    r"\s*(?:[.!,;]|$)",
    _I,
)
#: Ages in a teenager's shorthand: "me 15 him 17 he wants pics", "bf 16 me 14 sent him one"
#: (at the start, after punctuation, or after another such age).
SHORTHAND_PAIR_AGE = re.compile(
    r"(?:^|(?<=[.,;!?]\s)|(?<=[.,;!?])|(?<=\d\s))(?:me|him|her|bf|gf)\s+(?P<num>1\d|[2-9]\d)\b"
    r"(?!\s*(?:%|am\b|pm\b|[:.]\d|quid|pounds?|mins?|minutes?|times?|pics?|photos?))",
    _I,
)
#: An age after a form's label: "Susp age - 19", "Susp: twenty-six", "Offender: M, 19y".
FORM_AGE = re.compile(
    r"\b(?:susp|suspect|offender|ip|v|victim|dp|age|aged)\s*(?::|=|\s-|–)\s*"
    rf"(?:[mf]\s*[,/]?\s*)?(?P<num>{_TEEN_OR_ADULT_NUM})(?:\s*(?:y|yrs?|yo)\b)?"
    r"(?=\s*(?:[.,;)]|$))",
    _I,
)
TO_BE_AGE = re.compile(
    rf"\b(?:to\s+be|makes?\s+(?:him|her|them))\s+(?:(?:only|about|around|just)\s+)?"
    rf"(?P<num>{NUM}(?:\s*(?:-|to|or)\s*{NUM})?)\b"
    r"(?!\s*(?:-\s*)?(?:years?|yrs?|yo)\b)",
    _I,
)
#: "a man in his 30s", "in her early twenties", "late teens": a decade of life.
DECADE = re.compile(
    r"(?:\bin\s+(?:his|her)\s+(?P<part>early|mid|mid-|late)?|"
    # "the assistant manager, late 20s, has been ...": set off after the person
    r"(?:(?<=,)|(?<=\()|(?<=,\s)|(?<=\(\s))(?P<part2>early|mid|mid-|late))\s*"
    r"(?P<decade>teens|20s|30s|40s|50s|60s|twenties|thirties|forties|fifties|sixties)\b|"
    # "S1: male, 30s.": a decade alone, set off after the person
    r"(?:(?<=,\s)|(?<=\(\s)|(?<=\())(?P<decade2>20s|30s|40s|50s|60s)(?=\s*[,.;)]|\s*$)",
    _I,
)
_DECADE_START = {
    "teens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
}
_DECADE_PART = {"early": (0, 3), "mid": (4, 6), "mid-": (4, 6), "late": (7, 9)}


#: "he's a year older", "she is two years younger", "his girlfriend, a year older than
#: him", "Chloe is a year younger", "hes like 2 years older than us": an age said against
#: another one (the nearest said before, else the first said after).
RELATIVE_AGE = re.compile(
    r"(?:\b(?:he|she|they|him|her)\s*(?:['’]s|is|was|are|['’]re)?\s+|"
    r"\b(?:is|was|are|hes|shes)\s+|['’]s\s+|['’]re\s+|,\s*|\(\s*)"
    r"(?:(?:like|about|around|roughly|just|only|maybe)\s+)?"
    r"(?P<num>a|an|one|two|three|four|five|\d)\s+(?:years?|yrs?)\s+(?P<dir>older|younger)\b",
    _I,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _nearest(spans: list[Span], start: int, end: int) -> Span | None:
    """The span said against words from ``start`` to ``end``: the nearest one before them,
    else the first one after ("Chloe is a year younger" after "he's 14"; "He's two years
    older than her. She's 13")."""
    before = [s for s in spans if s.end <= start]
    if before:
        return before[-1]
    return next((s for s in spans if s.start >= end), None)


def relative_ages(text: str, spans: list[Span]) -> list[AgeRange]:
    """ "Lass is 13, he's a year older" -> 14: the nearest age in years said before."""
    found_ages: list[AgeRange] = []
    ages = [s for s in spans if s.label == "age"]
    for found in RELATIVE_AGE.finditer(text):
        anchor = _nearest(ages, found.start(), found.end())
        numbers = parse_numbers(anchor.value) if anchor else []
        if not numbers:
            continue
        step = _SMALL.get(found["num"].lower()) or int(found["num"])
        age = numbers[-1] + step if found["dir"].lower() == "older" else numbers[-1] - step
        if MIN_AGE <= age <= MAX_AGE:
            start = found.start("num")
            found_ages.append(AgeRange(start, found.end(), age, age, found.group(0)))
    return found_ages


def decade_ages(text: str) -> list[AgeRange]:
    """ "in his 30s" -> 30-39, "early 20s" -> 20-23, "late teens" -> 17-19."""
    found_ages: list[AgeRange] = []
    for found in DECADE.finditer(text):
        word = (found["decade"] or found["decade2"]).lower()
        start = _DECADE_START.get(word) or int(word[:2])
        first, last = _DECADE_PART.get((found["part"] or found["part2"] or "").lower(), (0, 9))
        low, high = start + first, start + last
        if word == "teens":
            low = max(13, low)  # the teens begin at 13
        found_ages.append(AgeRange(found.start(), found.end(), low, high, found.group(0)))
    return found_ages


#: The first items of a list of ages: "a 14 and a 15 year old", "13, 14 and 15 year olds".
LIST_BEFORE = re.compile(
    rf"\b(?P<num>{NUM})\s*(?:,|and|&|or)\s*(?:(?:a|an)\s+)?"
    rf"(?=(?:{NUM})(?:\s*(?:,|and|&|or)\s*(?:(?:a|an)\s+)?{NUM})*[\s-]*(?:years?|yrs?|yo|y/o)\b)",
    _I,
)
#: The later items of a list of ages: "aged 12 and 14", "are 17 and 18", "14, 15 and 16".
LIST_MORE = re.compile(rf"^\s*(?:,|and|&|,\s*and)\s*(?:(?:now|then)\s+)?(?P<num>{NUM})\b", _I)


@dataclass(frozen=True)
class Mention:
    """An age range said of someone; ``exact`` is False for a school year."""

    low: int
    high: int
    start: int
    exact: bool
    person: Person = None
    #: Decided only by a partner noun, a deed, or not at all: the sexes may override it.
    weak: bool = True
    #: Said with "now": a later age, not the age when the image was made.
    later: bool = False
    sex: Sex | None = None
    #: Decided by what the person did next ("sent a nude of herself").
    deed: bool = False
    #: A school year said of a person whose age in years is also given.
    covered: bool = False
    #: The words said ("14 year old", "year 9"), to name the person in a question.
    said: str = ""
    #: A claimed age under 13, kept only as the pictured child's (``_claim_kept_for_safety``).
    claimed: bool = False


#: A teen age misspelt, where an age is said: "my fourten year old", "she is thirten",
#: "my daughter who is fiftteen", "my son is tweleve". Read by closeness to the number word.
MISSPELT_AGE = re.compile(
    r"\b(?:(?:is|aged?|who\s+is|my|our|an?|only|he['’]?s|she['’]?s|hes|shes)\s+(?P<word>[a-z]{4,10}"
    r"(?:teen|ten|een|ven|van|ve|lve|eve))\b|"
    r"\b(?P<word2>[a-z]{4,10}(?:teen|ten|een|ven|van|lve|eve))[\s-]+(?:year|yera|yr|yo)\b)",
    _I,
)
#: The number words a child's age is misspelt from: "ten" to "seventeen".
_TEEN_WORDS = tuple(word for word in NUMBER_WORDS if 10 <= parse_numbers(word)[0] <= 17)


def _misspelt_number(word: str | None) -> str | None:
    """The number a misspelt teen word is closest to ("fourten" -> "14"), if close enough."""
    if not word:
        return None
    word = word.lower()
    if word in _TEEN_WORDS:
        return None  # spelt right: the entity ruler reads it
    best = max(_TEEN_WORDS, key=lambda known: SequenceMatcher(None, word, known).ratio())
    if SequenceMatcher(None, word, best).ratio() < MISSPELT_CLOSENESS:
        return None
    return str(parse_numbers(best)[0])


#: How close a misspelt word must be to a number word (difflib's ratio).
MISSPELT_CLOSENESS = 0.8


#: The age at the time, with "at": "a photo she sent at 13", "shows my son at 13 - he's 17
#: now", "A picture of my son at 14". Not a time ("at 5", "at 4.20").
AT_AGE = re.compile(
    r"\b(?:(?:sent|taken|took|made|filmed|recorded|shared|posted)\s+(?:it\s+|them\s+|one\s+)?|"
    r"(?:son|daughter|boy|girl|lad|lass|her|him|me|myself|herself|himself)\s+)"
    r"at\s+(?:(?:only|just|age)\s+)?(?P<num>1[0-7]|[89])\b(?!\s*(?:am|pm|o['’]?clock|[:.]\d|ish\b))",
    _I,
)


def extra_age_spans(text: str, spans: list[Span]) -> tuple[list[Span], set[int], set[int]]:
    """Ages the entity ruler leaves out; the starts of those that continue a list, and of
    those that lead into one ("a 14 and a 15 year old": 14 is said of the same kind of
    person as the 15).

    See the module docstring: appositive ages after a person word, "hes 15", "to be
    27", and the later numbers of a list ("aged 12 and 14"). A number inside an
    existing entity is never added twice.
    """
    taken = [(span.start, span.end) for span in spans if span.label in ("age", "school_year")]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    extra: list[Span] = []
    for pattern in (
        APPOSITIVE_AGE,
        BARE_PRONOUN_AGE,
        CLAUSE_APPOSITIVE_AGE,
        WILL_BE_AGE,
        TO_BE_AGE,
        IN_FACT_AGE,
        BRACKETED_AGE,
        LABEL_AGE,
        POLICE_WORD_AGE,
        POLICE_SLASH_AGE,
        COMING_UP_AGE,
        LOOKS_AGE,
        AT_AGE,
        AGE_ALONE,
        FORM_AGE,
        SHORTHAND_PAIR_AGE,
        POLICE_MARK_SMALL_AGE,
        BELIEVED_AGE,
        AS_WELL_AGE,
        GUESSED_AGE,
        YEARS_MONTHS_AGE,
        BOTH_AGE,
    ):
        for found in pattern.finditer(text):
            group = next(
                g for g in ("num", "num2", "num3", "num4") if g in found.re.groupindex and found[g]
            )
            start, end = found.span(group)
            # "M/14 messages his form tutor": a police sex-and-age mark is an age before any noun
            unit = UNIT_AFTER.match(text[end:]) and pattern is not POLICE_SLASH_AGE
            if free(start, end) and not unit:
                extra.append(Span("age", text[start:end], start, end))
                taken.append((start, end))
    for found in MISSPELT_AGE.finditer(text):  # "my fourten year old", "she is thirten"
        group = "word" if found["word"] else "word2"
        start, end = found.span(group)
        value = _misspelt_number(found[group])
        if value is not None and free(start, end):
            extra.append(Span("age", value, start, end))
            taken.append((start, end))
    for found in NAME_APPOSITIVE_AGE.finditer(text):
        start, end = found.span("num")
        if found["name"] not in NOT_A_NAME and free(start, end):
            extra.append(Span("age", text[start:end], start, end))
            taken.append((start, end))
    for found in FORM_CODE.finditer(text):  # "one of my lot in 9X": tutor group 9X is Year 9
        start, end = found.span("num")
        if free(found.start(), found.end()):
            extra.append(Span("school_year", f"year {found['num']}", start, end))
            taken.append((start, end))
    for found in BRACKETED_YEAR.finditer(text):
        start, end = found.span("num")
        if free(start, end):
            extra.append(Span("school_year", text[start:end].strip(), start, end))
            taken.append((start, end))
    leading: set[int] = set()
    for found in LIST_BEFORE.finditer(text):
        start, end = found.span("num")
        if free(start, end):
            extra.append(Span("age", text[start:end], start, end))
            taken.append((start, end))
            leading.add(start)
    continued: set[int] = set()
    ages = sorted([s for s in spans if s.label == "age"] + extra, key=lambda span: span.start)
    for span in ages:
        end = span.end
        while (more := LIST_MORE.match(text[end:])) is not None:
            start, stop = end + more.start("num"), end + more.end("num")
            if not free(start, stop) or UNIT_AFTER.match(text[stop:]):
                break
            extra.append(Span("age", text[start:stop], start, stop))
            taken.append((start, stop))
            continued.add(start)
            end = stop
    return extra, continued, leading


#: "a girl from the year below", "a lad in the year above": a school year said against another.
RELATIVE_YEAR = re.compile(
    r"\bthe\s+(?:school\s+)?year\s+(?P<dir>below|above|under|younger|older|up|down)\b", _I
)
#: A school year's stage and number: "Year 8", "yr 10", "Y9", "S3", "P7".
STAGE_NUMBER = re.compile(r"^(?P<stage>year|yr|y|s|p)\s*\.?\s*(?P<num>\d{1,2})$", _I)


def relative_year_spans(text: str, spans: list[Span]) -> list[Span]:
    """ "son (M/13, Year 8) ... a girl from the year below": Year 7, the school year next to
    the nearest one said (before the words, else after them)."""
    years = [s for s in spans if s.label == "school_year" and STAGE_NUMBER.match(s.value.strip())]
    found: list[Span] = []
    for relative in RELATIVE_YEAR.finditer(text):
        anchor = _nearest(years, relative.start(), relative.end())
        if anchor is None:
            continue
        stage = STAGE_NUMBER.match(anchor.value.strip())
        assert stage is not None
        step = -1 if relative["dir"].lower() in ("below", "under", "younger", "down") else 1
        number = int(stage["num"]) + step
        if number >= 1:
            name = "year" if stage["stage"].lower() in ("year", "yr", "y") else stage["stage"]
            found.append(Span("school_year", f"{name} {number}", relative.start(), relative.end()))
    return found


def _with_extra(text: str, spans: list[Span]) -> list[Span]:
    """The entity spans and the ages the reader's own patterns find ("im 14"): the ages a
    relative age ("hes 2 years older than us") may be said against."""
    if RELATIVE_AGE.search(text) is None:
        return spans
    extra, _, _ = extra_age_spans(text, spans)
    return sorted(spans + extra, key=lambda span: span.start)


def mentions(text: str, spans: list[Span], jurisdiction: str) -> list[Mention]:
    """Age and school-year mentions, with the person each is said of (None: unknown)."""
    # ages read whole from their words: dates of birth, decades, "a year older"
    ranges = (
        birth_date_ages(text) + decade_ages(text) + relative_ages(text, _with_extra(text, spans))
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
        if span.start in continued and found:
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
        claimed = _claim_kept_for_safety(text, span, mention)
        found.append(
            replace(
                mention, person=person, weak=weak, sex=sex, later=later, deed=deed, claimed=claimed
            )
        )
        ends.append(span.end)
    found = _by_name(text, found)
    found = _adult_of_the_pictured_sex(text, found, sexes)
    found = _adult_sent_own_image_to_child(text, found)
    found = _adult_showed_themselves_to_child(text, found)
    found = _owner_of_the_images(text, found)
    found = _sender_of_own_image(text, found)
    found = _sender_of_own_image_to_someone(text, found)
    found = _received_image_of_someone(text, found)
    found = _both_in_the_image(text, found)
    found = _shown_in_the_image(text, found)
    found = _received_then_sent_back(text, found)
    found, ends = _one_of_the_typists_year(text, found, ends, jurisdiction)
    found, ends = _same_year_for_another(text, found, ends)
    found = _lead_into_lists(found, leading)
    found = _coordinated(text, found, ends)
    found = _mutual_pair(text, found)
    found = _older_or_younger_did_it(text, found)
    if PLURAL_SELF.search(text):  # "they both sent photos of themselves"
        found = [
            replace(m, person="pictured") if m.person is None and m.low < ADULT_AGE else m
            for m in found
        ]
    ends_by_start = {mention.start: end for mention, end in zip(found, ends, strict=True)}
    found = _by_sex_of_the_people_placed(text, found, sexes)
    found = _then_after_now(text, found)
    found = _age_when_dated(text, found)
    found = _drop_later_pictured(found, sexes)
    found = _drop_looks_beside_a_stated_age(text, found)
    found = [mention for mention in found if mention.person != "skip"]
    found = _year_group_chat(text, found, ends_by_start)
    return _cover_school_years(text, found, ends_by_start)


#: A first name right before an age: "Sophie is 12", "Jordan, 16,", "Ellie (14)".
NAME_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?:['’]s|\s+(?:is|was|who['’]?s|who\s+is|now))?\s*[,(]?\s*"
    r"(?:(?:now|only|just|aged?|about)\s+)?$"
)
#: Capitalised words that are not someone's first name.
NOT_A_NAME = frozenset(MONTH_NAMES) | frozenset(
    """
    The She They This That There Then When What Where Who Why How Year Police Mum Dad
    Mother Father Sarge Sergeant Hi Hiya Hey Morning Evening Afternoon Case Note Incident
    Logged Concern Child Victim Suspect School College Snapchat Snap Instagram Insta Tiktok
    TikTok Whatsapp WhatsApp Facebook Discord Roblox Fortnite Google Teams England Wales
    Scotland Ireland London Both Her His Our Their Quick Please Sorry Thanks Update Report
    Referral Girl Boy Lad Young Person Head Mrs Miss Mr Ms Sir DSL Parents Parent Now Also
    Just Only Said Says Today Yesterday Tonight Last Next Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday
    """.split()  # noqa: SIM905 (a word list, easier to read and extend as prose)
)
#: Before a name: it was sent or given to them ("to Sophie", "with his friend Zak").
TO_NAME = re.compile(r"\b(?:to|with|w/)\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+,?\s+){0,2}$", _I)
#: The name right after a school year: "Year 11 student Jordan", "a girl in Year 8, Sophie".
NAME_AFTER = re.compile(r"^\W*(?:[a-z-]+\s+){0,2}?(?P<name>[A-Z][a-z]{2,})\b")
#: The name right before its school year: "Megan in Year 8", "Leo (Year 7", "Amir, Year 9".
NAME_BEFORE_YEAR = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s*(?:,\s*|\(\s*|\s+(?:is\s+|who\s+is\s+|was\s+)?(?:in\s+|from\s+)?)$"
)


#: An age said with only a pronoun: "He's 14", "she is 15", "hes 16".
PRONOUN_BEFORE_AGE = re.compile(r"\b(?:(?:he|she)\s*(?:['’]s|is|was)|hes|shes)\s*$", _I)


def _by_sex_of_the_people_placed(
    text: str, found: list[Mention], sexes: dict[Sex, Person]
) -> list[Mention]:
    """An age said only with a pronoun goes to the side of the child of that sex whose
    deed placed them, when no pronoun already told the sides apart.

    "A Y10 boy took a photo of a Y10 girl ... He's 14, she's 15": the boy is the other
    person and the girl pictured, so 14 is the other person's age and 15 the pictured
    child's. Only children placed by a deed or a partner noun count, and only when each
    sex is on one side and the two sexes are on different sides.
    """
    placed: dict[Sex, set[str]] = {"female": set(), "male": set()}
    for mention in found:
        if (
            not mention.weak
            and mention.sex is not None
            and mention.person in ("pictured", "other")
            and mention.low < ADULT_AGE
        ):
            placed[mention.sex].add(mention.person)
    sides = {sex: next(iter(s)) for sex, s in placed.items() if len(s) == 1}
    if len(sides) != 2 or sides["female"] == sides["male"]:
        return found
    return [
        replace(mention, person=sides[mention.sex])
        if mention.weak
        and mention.person is None
        and mention.sex is not None
        and mention.sex not in sexes
        and PRONOUN_BEFORE_AGE.search(text, 0, mention.start)
        else mention
        for mention in found
    ]


def _by_name(text: str, found: list[Mention]) -> list[Mention]:
    """ "Jordan sent a picture of himself to Sophie ... Sophie is 12. Jordan is 16.": an
    age said of a first name goes to the side that name's deeds put them on, when every
    mention of the name agrees. Only ages said of nobody else are read this way."""
    placed = list(found)
    for index, mention in enumerate(found):
        if mention.person is not None or not mention.weak:
            continue
        named = NAME_BEFORE.search(text[: mention.start])
        if named is None or named["name"] in NOT_A_NAME:
            continue
        side = _side_of_name(text, named["name"], named.start("name"))
        if side is not None:
            placed[index] = replace(mention, person=side, weak=False, deed=True)
    return placed


def _side_of_name(text: str, name: str, age_at: int) -> Person:
    sides: set[str] = set()
    for occurrence in re.finditer(rf"\b{re.escape(name)}\b", text):
        if occurrence.start() == age_at:
            continue  # the age itself ("Sophie is 12") says nothing of her side
        before = text[: occurrence.start()]
        deed = _by_action(_after(text, occurrence.end()))
        if TO_NAME.search(last_words(before, 4)):
            sides.add("other")
        elif deed in ("pictured", "other"):
            sides.add(deed)
    return sides.pop() if len(sides) == 1 else None  # type: ignore[return-value]


#: The child sent one of their own too: "asked her to send one back, which she did".
CHILD_SENT_BACK = re.compile(
    # "persuaded her to send images back"
    r"\b(?:to|into)\s+send(?:ing)?\s+(?:(?:some|one|images?|pics?|pictures?|photos?|them|nudes)\s+)?back\b|"
    r"\b(?:she|he|they)\s+(?:then\s+|also\s+)?(?:sent|send|sends)\s+(?:one|some|some\s+of\s+"
    r"(?:her|his|their)self|(?:a|some)\s+\w+)\s+back\b|\bwhich\s+(?:she|he|they)\s+did\b|"
    r"\b(?:she|he|they)\s+sent\s+(?:him|her|them)\s+(?:one|some)\b",
    _I,
)


def _adult_sent_own_image_to_child(text: str, found: list[Mention]) -> list[Mention]:
    """ "A man sent my son a photo of his privates. My son is 11", "received explicit images
    from an adult male, believed to be a 34-year-old neighbour": an adult's own image sent
    to a child. The adult is the person pictured and the child who received it the other
    person (docs/API.md §1), whatever the sexes: a man and a boy are both "he". Not when
    the child sent an image of their own too: then the child's image is the concern."""
    by_adult = any(
        pattern.search(text)
        for pattern in (SENT_BY_ADULT, ADULT_SENT, ADULT_SENT_TO, IMAGE_AN_ADULT_SENT)
    )
    adult_said = any(m.low >= ADULT_AGE and m.person != "skip" for m in found)
    by_role = adult_said and (
        ROLE_SENT_TO.search(text) is not None or ROLE_SENT_DATIVE.search(text) is not None
    )
    if not (by_adult or by_role) or CHILD_SENT_BACK.search(text):
        return found
    children = [m for m in found if m.high < ADULT_AGE and m.person not in ("skip", "both")]
    if not children or any(m.person == "pictured" and m.deed for m in children):
        return found
    own = {_sex(m["who"]) for m in SELF_OF.finditer(text)}
    adults = [m for m in found if m.low >= ADULT_AGE and m.person != "skip"]
    if own and adults and all(m.sex is not None and m.sex not in own for m in adults):
        return found  # "a man of thirty-two ... has sent him photographs of herself": hers
    return [
        replace(m, person="pictured" if m.low >= ADULT_AGE else "other", weak=False)
        if m.person != "skip"
        else m
        for m in found
    ]


#: An adult shows themselves to a child: "Susp M/27 exposed himself to V F13", "a female
#: coach (28) video called a 14-year-old player with her top off".
SHOWED_THEMSELVES = re.compile(
    r"\bexpos(?:ed|es|ing)\s+(?:(?:him|her|them)sel(?:f|ves)|self)\b|"
    # "DP (47yo M) showed V (F12) images of his own genitals", "showed her naked pics of
    # himself on his phone", "showing a naked photo of himself to a girl"
    rf"\b(?:showed|shown|showing|shows)\b[^.!?]{{0,50}}?\b(?:{IMAGE})\s+of\s+"
    rf"(?:(?:him|her)sel(?:f|ves)|(?:his|her)\s+(?:own\s+)?{BODY_PARTS})\b|"
    r"\bvideo[-\s]?call(?:ed|ing|s)?\b[^.!?]{0,60}?\bwith\s+(?:his|her|their)\s+"
    r"(?:top|clothes|trousers|pants|shirt|kit)\s+off\b",
    _I,
)
#: A child received an image from someone named after "from" or "by": "has received naked
#: photos from her mum's ex. He's 45", "was sent a nude by a 25 year old woman". Not an
#: image "of" someone named ("sent a nude of a girl by ..."): that person is in it.
RECEIVED_FROM = re.compile(
    rf"\b(?:received|receiving|getting|(?:was|were|been|got|gets|getting)\s+sent)\s+(?:[\w'-]+\s+){{0,3}}?"
    # ("an image of an adult male's genitals ... from a man": a body, no one else named)
    rf"(?:{IMAGE})\b(?!\s+of\b(?!\s+(?:an?\s+)?(?:adult\s+)?(?:male|man|woman|guy|lad)['’]s\s+"
    rf"(?:genitals|genitalia|penis|privates|body)\b))[^.!?]{{0,60}}?\b(?:from|by)\b",
    _I,
)


#: An age put right at once: "a girl who i thought was 18 but she's actually 15".
CORRECTED_NEXT = re.compile(
    r"\bbut\s+(?:she|he|they)(?:['’]?s|['’]?re|\s+is|\s+was|\s+are|\s+were)?\s+(?:actually|really|only)\b",
    _I,
)


def _adult_showed_themselves_to_child(text: str, found: list[Mention]) -> list[Mention]:
    """An adult's own body shown or sent to a child: the adult is pictured and the child
    the other person (docs/API.md §1). Read when the words say it (``SHOWED_THEMSELVES``:
    the adult is the last age said before them in the sentence; ``RECEIVED_FROM``: the
    sender is the first age said after "from", in that sentence or the next) and there is
    one adult in the case. Not when the child sent an image of their own too, or a child is
    already placed in the image by a deed."""
    adults = [
        m
        for m in found
        if m.low >= ADULT_AGE
        and m.person != "skip"
        and not CORRECTED_NEXT.search(text, m.start, m.start + 40)
    ]
    children = [m for m in found if m.high < ADULT_AGE and m.person not in ("skip", "both")]
    if len(adults) != 1 or not children or CHILD_SENT_BACK.search(text):
        return found
    adult = adults[0]
    # a child placed in the image by a deed of their own keeps it, unless the deed is
    # receiving ("Girl, 15, received a nude selfie from a lad ... He's 19")
    placed = any(m.person == "pictured" and m.deed for m in children)
    if not ((not placed and _shown_by(text, found, adult)) or _received_from(text, found, adult)):
        return found
    return _placed(found, pictured=[adult], other=children)


#: Images named by whose they are: "they have his nudes", "threatening to post her pics".
OWNED_IMAGES = re.compile(
    r"\b(?P<owner>his|her)\s+(?:nudes|nude\s+(?:pics?|photos?|images?|videos?)|naked\s+(?:pics?|photos?))\b",
    _I,
)


def _owner_of_the_images(text: str, found: list[Mention]) -> list[Mention]:
    """ "my son 13 got a msg ... saying they have his nudes": the only child of that sex,
    placed as the one the message was sent to, is the one in the images. Only when no one
    is placed in the image yet and every "his/her nudes" names the same sex."""
    owners = {_sex(m["owner"]) for m in OWNED_IMAGES.finditer(text)}
    if len(owners) != 1 or any(m.person in ("pictured", "both") for m in found):
        return found
    sex = owners.pop()
    children = [m for m in found if m.high < ADULT_AGE and m.person != "skip" and m.sex == sex]
    if len(children) != 1 or children[0].person != "other":
        return found
    return [replace(m, person="pictured", weak=False) if m is children[0] else m for m in found]


def _shown_by(text: str, found: list[Mention], adult: Mention) -> bool:
    """Whether the adult is the one ``SHOWED_THEMSELVES`` says showed themselves."""
    for shown in SHOWED_THEMSELVES.finditer(text):
        start = _sentence_start(text, shown.start())
        before = [m for m in found if start <= m.start < shown.start() and m.person != "skip"]
        if before and before[-1] is adult:
            return True
        if ADULT_DID_IT.search(text[start : shown.start()]):
            return True  # "a man exposed himself to him ... The police say the man is 52"
    return False


#: An adult named right before the deed, with no age of their own there.
ADULT_DID_IT = re.compile(
    r"\b(?:a|an|the|this|some)\s+(?:[\w'-]+\s+){0,2}?(?:man|male|woman|guy|bloke|adult|lady)\s+"
    r"(?:[\w'-]+\s+){0,3}?$",
    _I,
)


def _received_from(text: str, found: list[Mention], adult: Mention) -> bool:
    """Whether the adult is the first age said after a child ``RECEIVED_FROM`` someone."""
    for received in RECEIVED_FROM.finditer(text):
        if OWN_IMAGE_SAID.search(text, received.end()):
            continue  # "Child then sent image of herself": the child's own image is the concern
        reach = _sentence_end(text, _sentence_end(text, received.end()) + 1)
        after = [m for m in found if received.end() <= m.start < reach and m.person != "skip"]
        if after and after[0] is adult:
            return True
    return False


#: "Susp aged 52 sent an image of himself to IP aged 14", "A 12-year-old girl was sent a
#: picture of his penis by her 14-year-old cousin" (the active form only): the sender's
#: own image, sent to someone.
SENT_OWN_IMAGE_TO = re.compile(
    rf"\b(?:sent|sends|sending|send|airdropped|snapchatted|dm['’]?d|messaged|forwarded|showed|shown)\s+"
    rf"(?:(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE})\s+of\s+(?:(?:him|her|them)sel(?:f|ves)|self\b|"
    rf"(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}|"
    # "sent unsolicited img of genitals to V": a body with no one else's name on it
    r"(?:genitals|genitalia|penis|privates|dick|cock))|"
    # "sent a nude selfie to a girl in Year 10": a selfie is of the one who took it
    r"(?:[\w'-]+\s+){0,3}?selfies?)[^.;!?\n]*?\bto\b",
    _I,
)
#: "she was sent an explicit video of Susp, who is 16": the person after "of" is in it.
WAS_SENT_IMAGE_OF = re.compile(
    rf"\b(?:was|were|been|got|gets|has\s+been|have\s+been)\s+sent\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{IMAGE})\s+of\s+(?!(?:him|her|them)sel)",
    _I,
)
OWN_IMAGE_SAID = re.compile(r"\bof\s+(?:him|her|them)sel(?:f|ves)\b", _I)
#: Two ages said as one list: "15 and 16", "14, 15".
LISTED_WITH = re.compile(r"^\S+\s*(?:,|and|&|,\s*and)\s*$", _I)
#: How far after "an image of" the pictured person's age may be: "of Susp, who is 16".
IMAGE_OF_REACH = 40


def _sender_of_own_image(text: str, found: list[Mention]) -> list[Mention]:
    """The sender of their own image is pictured and its recipient the other person,
    whoever they are (an adult suspect, a child): "Susp aged 52 sent an image of himself to
    IP aged 14". The sender is the last age said before the verb in its sentence, the
    recipient the first after "to"."""
    placed = list(found)
    if len(OWN_IMAGE_SAID.findall(text)) > 1:
        return placed  # two people's own images ("She had sent him one of herself first")
    for sent in SENT_OWN_IMAGE_TO.finditer(text):
        start = _sentence_start(text, sent.start())
        end = _sentence_end(text, sent.end())
        senders = [i for i, m in enumerate(found) if start <= m.start < sent.start()]
        takers = [i for i, m in enumerate(found) if sent.end() <= m.start < end]
        if not senders or not takers or CHILD_SENT_BACK.search(text) or MUTUAL.search(text):
            continue
        if "skip" in (found[senders[-1]].person, found[takers[0]].person):
            continue  # a claimed age ("someone who said he was 16") is no one's
        sender, taker = senders[-1], takers[0]
        placed[sender] = replace(found[sender], person="pictured", weak=False, deed=True)
        if len(senders) > 1 and LISTED_WITH.match(
            text[found[senders[-2]].start : found[sender].start]
        ):
            # "Two girls, 15 and 16, sent a joint topless selfie": both are in it
            placed[senders[-2]] = replace(
                found[senders[-2]], person="pictured", weak=False, deed=True
            )
        if found[taker].person == "pictured":  # "to IP aged 14": the victim received it
            placed[taker] = replace(found[taker], person="other", weak=False)
    return placed


#: The sender's own image, sent to someone named without "to": "some lassie in S4 has been
#: sending him pictures of herself", "Susp sent V multiple pics of his genitals".
SENT_OWN_IMAGE_DATIVE = re.compile(
    rf"(?:(?P<sender>\b[A-Z][A-Za-z]{{1,5}})\s+)?\b(?:sent|sends|sending|send)\s+"
    rf"(?P<taker>him|her|them|V|IP|[A-Z][a-z]{{2,}})\s+(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+of\s+"
    rf"(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS})\b",
)


def _sender_of_own_image_to_someone(text: str, found: list[Mention]) -> list[Mention]:
    """The dative form of :func:`_sender_of_own_image`. The sender is the last age said
    before the verb in its sentence, or the age written after the sender's label earlier
    ("Susp: M 23. ... Susp sent V ..."); the one it was sent to is the earlier age in the
    sentence, or the age after their label ("V: F 13")."""
    sent = SENT_OWN_IMAGE_DATIVE.search(text)
    if sent is None or CHILD_SENT_BACK.search(text) or len(OWN_IMAGE_SAID.findall(text)) > 1:
        return found
    start = _sentence_start(text, sent.start())
    before = [m for m in found if start <= m.start < sent.start() and m.person != "skip"]
    sender = before[-1] if before else _labelled(text, found, sent["sender"])
    taker = before[-2] if len(before) > 1 else _labelled(text, found, sent["taker"])
    if sender is None or taker is None or sender is taker:
        return found
    own_sex = _self_word_sex(sent.group(0))
    if own_sex is not None and sender.sex not in (None, own_sex):
        if taker.sex != own_sex:
            return found
        # "messaging a man of thirty-two and has sent him photographs of herself": the
        # last age before the verb is the one it was sent to; "herself" names the sender
        sender, taker = taker, sender
    return _placed(found, pictured=[sender], other=[taker])


def _placed(
    found: list[Mention], *, pictured: list[Mention], other: list[Mention]
) -> list[Mention]:
    """The mentions with these placed in the image (by a deed) and these on the other side."""
    in_image = {id(m) for m in pictured}
    beside = {id(m) for m in other}
    return [
        replace(m, person="pictured", weak=False, deed=True)
        if id(m) in in_image
        else replace(m, person="other", weak=False)
        if id(m) in beside
        else m
        for m in found
    ]


def _labelled(text: str, found: list[Mention], label: str | None) -> Mention | None:
    """The age written right after a label ("Susp: M 23", "V (F 13)"), or None."""
    if not label or label.lower() in ("him", "her", "them"):
        return None
    pattern = re.compile(rf"\b{re.escape(label)}\W{{0,3}}(?:[MF]\W{{0,2}})?$")
    labelled = [m for m in found if pattern.search(text[: m.start])]
    return labelled[0] if len(labelled) == 1 else None


def _received_image_of_someone(text: str, found: list[Mention]) -> list[Mention]:
    """ "IP is 15; she was sent an explicit video of Susp, who is 16": of two people, the
    one whose age follows "was sent a video of" is pictured, the other received it."""
    sent = WAS_SENT_IMAGE_OF.search(text)
    people = [m for m in found if m.person != "skip"]
    if sent is None or len(people) != 2:
        return found
    shown = [m for m in people if sent.end() <= m.start <= sent.end() + IMAGE_OF_REACH]
    if len(shown) != 1:
        return found
    return [
        replace(m, person="pictured" if m is shown[0] else "other", weak=False)
        if m in people
        else m
        for m in found
    ]


#: "A 13yo and her 11yo friend both appear in a topless pic": everyone named before it is
#: in the image.
BOTH_IN_THE_IMAGE = re.compile(
    rf"\b(?:both|all)\s+(?:of\s+them\s+)?(?:appear|appeared|are|were|feature|featured|shown|pictured)\s+"
    rf"(?:in|on)\s+(?:it|them|the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})?|"
    # "Mason 14, Leo 15 and Finn 13 are all in the video", "... and a boy in S4 were in the video"
    rf"\b(?:are|were)\s+(?:all\s+|both\s+)?in\s+(?:the|a|this|that|one)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b",
    _I,
)


#: Filming an act with someone: "an 11-year-old boy filmed a sexual act with his
#: 11-year-old cousin". Both are in the image, and each made it with the other.
FILMED_ACT_WITH = re.compile(
    r"\b(?:filmed|recorded|videoed|photographed)\s+(?:a\s+|an\s+)?(?:sex(?:ual)?\s+acts?|sex|"
    r"(?:him|her|them)sel(?:f|ves)\s+(?:having\s+sex|doing\s+(?:stuff|things)))\s+"
    r"(?:[\w'-]+\s+){0,2}?with\b",
    _I,
)


def _both_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    act = FILMED_ACT_WITH.search(text)
    if act is not None:
        start, end = _sentence_start(text, act.start()), _sentence_end(text, act.end())
        return [
            replace(m, person="both", weak=False)
            if start <= m.start < end and m.high < ADULT_AGE
            else m
            for m in found
        ]
    said = BOTH_IN_THE_IMAGE.search(text)
    if said is None:
        return found
    start = _sentence_start(text, said.start())
    return [
        replace(m, person="pictured", weak=False) if start <= m.start < said.start() else m
        for m in found
    ]


#: The year group of the person typing, and a child of it: "Head of Year 9 here. A nude of
#: one of my girls ...", "I'm the Y10 pastoral lead and one of my lot ...".
TYPISTS_YEAR = re.compile(
    r"\bhead\s+of\s+(?P<year>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6])\b|"
    r"\b(?P<lead>(?:year|yr|y)\s*\d{1,2}|s\s*[1-6])\s+(?:lead|leader|pastoral\s+lead|progress\s+leader|"
    r"co-?ordinator|team\s+leader)\b",
    _I,
)
ONE_OF_MINE = re.compile(
    r"\bone\s+of\s+(?:my|our)\s+(?:girls|boys|lot|pupils|students|kids|tutees|lads|lasses)\b|"
    r"\b(?:my|our)\s+(?:tutee|pupil|student)\b",
    _I,
)


def _one_of_the_typists_year(
    text: str, found: list[Mention], ends: list[int], jurisdiction: str
) -> tuple[list[Mention], list[int]]:
    """ "Head of Year 9 here. A nude of one of my girls": the girl is in the typist's year
    group, a person with that school year (when no one else is placed in the image)."""
    year = TYPISTS_YEAR.search(text)
    mine = ONE_OF_MINE.search(text)
    if year is None or mine is None or any(m.person == "pictured" for m in found):
        return found, ends
    ages = school_year_ages(year["year"] or year["lead"], jurisdiction)
    if ages is None:
        return found, ends
    said = Mention(ages[0], ages[1], mine.start(), exact=False, person=None, said=year.group(0))
    return [*found, said], [*ends, mine.end()]


def _received_then_sent_back(text: str, found: list[Mention]) -> list[Mention]:
    """ "an S1 pupil, 12, receives a nude from a 17 year old boy, and he keeps messaging her
    until she sends one back. He then shares hers": the child who received one and sent
    one back is in the image of concern; the sender of the first is the other person."""
    back = CHILD_SENT_BACK.search(text)
    if back is None or "back" not in back.group(0).lower():
        return found  # "which he did", "she sent him one": no image came to her first
    receivers = [m for m in found if m.person == "other" and m.deed and m.high < ADULT_AGE]
    senders = [m for m in found if m.person in ("other", "pictured") and m not in receivers]
    if len(receivers) != 1 or not senders or any(m.person == "pictured" and m.deed for m in found):
        return found
    return [
        replace(m, person="pictured" if m is receivers[0] else "other", weak=False)
        if m is receivers[0] or m in senders
        else m
        for m in found
    ]


#: What the image shows: "a photo by a girl of 14 showing another girl aged 13 naked",
#: "the pics ... show his 13-year-old sister in the shower", "Images depict the IP aged
#: between 12 and 14", "the picture is of the Y11", "The one in the photo is the adult, a
#: 21-year-old woman", "pictured boy 14".
SHOWS = re.compile(
    rf"\b(?:shows|showing|depict(?:s|ing)|featur(?:es|ing)|(?:{IMAGE})\s+(?:is|are|was|were)\s+of|"
    rf"pictured(?!\s*\))(?!\s+(?:in|on)\b)|the\s+one\s+in\s+(?:the|it)\s+(?:{IMAGE})?\s*(?:is|was))\b",
    _I,
)
#: How far after those words the shown person's age may be.
SHOWN_REACH = 45


def _shown_in_the_image(text: str, found: list[Mention]) -> list[Mention]:
    """The person an image is said to show is pictured; anyone placed in it only by a weak
    reading (a preposition, a guess) is then the other person. Only one such statement."""
    said = [m for m in SHOWS.finditer(text) if _image_near(text, m)]
    if len(said) != 1:
        return found
    end = said[0].end()
    shown = [m for m in found if end <= m.start <= end + SHOWN_REACH and m.person != "skip"]
    if not shown or _sentence_end(text, end) < shown[0].start:
        return found
    if re.search(r"\b(?:and|both)\b|&", text[end : shown[0].start], _I):
        return found  # "It shows her and her boyfriend": more than one person in it
    person = shown[0]
    return [
        replace(m, person="pictured", weak=False, deed=True)
        if m is person
        else replace(m, person="other", weak=False)
        if m.person == "pictured" and not m.deed and m.low != person.low
        else m
        for m in found
    ]


def _image_near(text: str, shows: re.Match[str]) -> bool:
    """ "show" and "pictured" are about the image only with an image word near them."""
    window = text[max(0, shows.start() - 60) : shows.end()]
    return IMAGE_WORD.search(window) is not None or "pictured" in shows.group(0).lower()


#: "She's in Year 9 and so is he": a second person in the same school year.
SO_IS = re.compile(
    r"^[^.;!?]{0,20}?\band\s+so\s+(?:is|was|are|were)\s+(?:he|she|they|him|her)\b", _I
)


def _same_year_for_another(
    text: str, found: list[Mention], ends: list[int]
) -> tuple[list[Mention], list[int]]:
    """A school year said again of someone else with "and so is he": a second person."""
    placed, placed_ends = list(found), list(ends)
    for mention, end in zip(found, ends, strict=True):
        again = SO_IS.match(text[end:]) if not mention.exact else None
        if again is not None:
            placed.append(
                replace(mention, start=end + again.start(), person=None, weak=True, sex=None)
            )
            placed_ends.append(end + again.end())
    return placed, placed_ends


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (``context.sentence_before``)."""
    return position - len(sentence_before(text, position))


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding ``position`` ends (``context.sentence_after``)."""
    return position + len(sentence_after(text, position))


def _adult_of_the_pictured_sex(
    text: str, found: list[Mention], sexes: dict[Sex, Person]
) -> list[Mention]:
    """ "The woman is 30 and she's been sending pics of herself to my 14 year old lad": the
    only person of a sex whose own image the words name ("of herself") is pictured, even
    when a noun ("woman") would make an adult the other person."""
    placed = list(found)
    if CHILD_SENT_BACK.search(text):
        return placed  # "... and persuaded her to send images back": hers are the concern
    for index, mention in enumerate(found):
        same_sex = [m for m in found if m.sex == mention.sex and m.person != "skip"]
        own = [m["who"] for m in SELF_OF.finditer(text)]
        if (
            mention.person == "other"
            and mention.low >= ADULT_AGE
            and mention.sex is not None
            and sexes.get(mention.sex) == "pictured"
            and len(same_sex) == 1
            and any(_sex(word) == mention.sex for word in own)
        ):
            placed[index] = replace(mention, person="pictured", deed=True)
    return placed


def _lead_into_lists(found: list[Mention], leading: set[int]) -> list[Mention]:
    """ "A 14 and a 15 year old exchanged nudes": the first age is read as the second is."""
    placed = list(found)
    for index in range(len(placed) - 2, -1, -1):
        mention, following = placed[index], placed[index + 1]
        if mention.start in leading and mention.person is None:
            placed[index] = replace(
                mention, person=following.person, weak=following.weak, deed=following.deed
            )
    return placed


#: A school year naming a group the image went to: "put them in the S4 chat", "the year
#: 9 group chat", "the Y10 snap group".
GROUP_CHAT_AFTER = re.compile(
    r"^\W{0,2}(?:s\s+)?(?:group\s*chat|gc|chat|groupchat|snap\s+group|whatsapp(?:\s+group)?|"
    r"insta\s+group|group)\b",
    _I,
)


def _year_group_chat(text: str, found: list[Mention], ends: dict[int, int]) -> list[Mention]:
    """A school year said of a group chat is the year group that received the image
    ("he put them in the S4 chat"): the other side, by the convention its oldest age. Read
    only of a year said of nobody else, and only while no one is placed on either side
    (who is in it, who sent it on or to whom then says more than the chat)."""
    if any(m.person in ("other", "pictured", "both") for m in found):
        return found
    return [
        replace(m, person="other", weak=True)
        if not m.exact and m.person is None and GROUP_CHAT_AFTER.match(text[ends[m.start] :])
        else m
        for m in found
    ]


def _mutual_pair(text: str, found: list[Mention]) -> list[Mention]:
    """ "I'm 17 and my girlfriend is 16. We both sent each other nudes": two people only,
    a mutual exchange said anywhere in the message, and neither placed by more than a
    partner noun or a guess: each is pictured and each is the other person."""
    people = [m for m in found if m.person != "skip"]
    if len(people) != 2:
        return found
    # "17yo F and 17yo M filmed themselves": both in the image, each the other's other
    together = THEMSELVES.search(text) and all(m.person == "pictured" and m.deed for m in people)
    if not together and (not MUTUAL.search(text) or any(not m.weak for m in people)):
        return found
    return [replace(m, person="both") if m in people else m for m in found]


THEMSELVES = re.compile(r"\b(?:themselves|each\s+other)\b", _I)

#: Two people told apart by age only: "14 and 16, the older one filmed the younger one in
#: the shower", "the younger lad sent the older one a pic of himself".
OLDER_OR_YOUNGER_DID = re.compile(
    r"\bthe\s+(?P<doer>older|younger|elder|eldest|youngest|oldest)\s+(?:one|boy|girl|lad|lass|child|kid|sibling|"
    r"brother|sister|cousin|pupil|student)?\s*(?:has\s+|had\s+|then\s+)?"
    r"(?P<verb>filmed|recorded|photographed|took|asked|made|shared|posted|sent|forwarded|airdropped)\b"
    r"(?P<rest>[^.!?]{0,60})",
    _I,
)


def _older_or_younger_did_it(text: str, found: list[Mention]) -> list[Mention]:
    """Two people of different ages that nothing but a guess places, then "the older one filmed
    the younger one": the one who filmed, took, asked for or passed on the image is the
    other person, the one it was done to is pictured; "sent ... of himself" is the
    sender's own image."""
    people = [m for m in found if m.person != "skip"]
    said = OLDER_OR_YOUNGER_DID.search(text)
    placed = any(m.person is not None and not m.weak for m in people)
    if said is None or len(people) != 2 or placed:
        return found  # a guess by sex alone ("two lads ... himself") gives way to these words
    young, old = sorted(people, key=lambda m: (m.low, m.high))
    if (young.low, young.high) == (old.low, old.high):
        return found
    doer_is_older = said["doer"].lower() in ("older", "elder", "eldest", "oldest")
    doer, done_to = (old, young) if doer_is_older else (young, old)
    if said["verb"].lower() in ("sent", "posted") and SELF_IMAGE.search(said["rest"]):
        doer, done_to = done_to, doer  # "the younger one sent a pic of himself": his image
    return [
        replace(m, person="other", weak=False, deed=True)
        if m is doer
        else replace(m, person="pictured", weak=False, deed=True)
        if m is done_to
        else m
        for m in found
    ]


#: "They both sent photos of themselves": every child said of nobody is pictured (an
#: adult said of nobody stays for the other person, never lost).
PLURAL_SELF = re.compile(
    # "they both sent ...", "Two girls ..., 13 and 14, have both sent pics of themselves"
    r"\b(?:they|both\s+of\s+them|the\s+two\s+of\s+them|(?:have|had|are|were)\s+both)\s+(?:(?:both|all|had|have|then)\s+)*"
    r"(?:[\w'-]+\s+){1,5}?(?:of|at)\s+themselves\b",
    _I,
)
#: The verb two coordinated people share is plural: "... were filmed", "... both sent",
#: not "my son is 13 and a 16 year old lad sent him a video of himself".
PLURAL_VERB_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}?(?:were|are|have|had\s+both|both|all|each|themselves|"
    r"(?:they|them)\b)",
    _I,
)
#: "A 12 year old boy and his 13 year old friend were filmed": two subjects of one verb.
COORDINATED = re.compile(rf"^\W*(?:[\w'-]+\s+){{0,2}}?(?:and|&)\s+(?:{DET}\s+)?$", _I)


#: "girls in year 8 and year 9", "Year 10, 11 or 12": the next item of a list.
LIST_JOIN = re.compile(
    r"^\s*(?:,|and|or|&|/|,\s*and|,\s*or)\s*(?:(?:a|an|another)\s+)?(?:(?:m|f|male|female)\s*,?\s*)?$",
    _I,
)


#: Between a school year and an age of one person: no sentence break, deed or preposition
#: ("Two Year 7 pupils, a boy and a girl who are both 12", "a Year 10 girl (15)").
SAME_PERSON_GAP = 90
OTHER_PERSON_BETWEEN = re.compile(r"[.;!?\n]|\b(?:to|with|by|w/)\b|\bfrom\b(?!\s*$)", _I)


#: "was sent a fake naked pic of herself": the person who received it is in it.
RECEIVED_OF_SELF = re.compile(
    r"^\W*(?:(?:has|had|have)\s+)?(?:was|were|been|got|gets)\s+(?:sent|given|shown|forwarded|airdropped)\b"
    r"[^.!?]*?\bof\s+(?P<who>herself|himself)\b",
    _I,
)


def _sent_an_image_of_themselves(text: str, span: Span, sex: Sex | None) -> bool:
    """ "my daughter 16 was sent a fake naked pic of herself": received, and of herself, she
    is the person pictured. "my son (14) was sent a photo of herself by a girl" is not:
    the reflexive is of the other sex."""
    found = RECEIVED_OF_SELF.match(_after(text, span.end))
    return found is not None and sex is not None and _sex(found["who"]) == sex


def _cover_school_years(text: str, found: list[Mention], ends: dict[int, int]) -> list[Mention]:
    """Mark school years said of the same person as an age in years (it then wins).

    The same person: the two are on the same side and nothing between them (at most a
    short stretch of one sentence) says what someone did or names someone else by a
    preposition. "a 16-year-old boy ... shared them with a group of year 12s": the
    year 12s are other people, and their school year still counts.
    """
    exact = [m for m in found if m.exact]
    covered: list[Mention] = []
    for mention in found:
        if not mention.exact and any(
            _fits(mention, e)
            and (
                _same_person(text, mention, e, ends)
                or _same_name(text, mention, e, ends)
                or _same_sex_and_side(found, mention, e)
            )
            for e in exact
        ):
            mention = replace(mention, covered=True)
        covered.append(mention)
    return _cover_the_same_year_said_again(text, covered)


#: "another year 7", "a different Year 9", "his girlfriend (also Y6)": someone else in the
#: same year.
ANOTHER_BEFORE = re.compile(r"\b(?:another|other|different|also)\s+$", _I)


def _cover_the_same_year_said_again(text: str, found: list[Mention]) -> list[Mention]:
    """ "an image of an S2 pupil on his phone. The S2 pupil is 13": the same school year
    said again of the same side is the same person, covered by the age said with it; not
    "another year 7"."""
    covered = [m for m in found if not m.exact and m.covered]
    ages = [m for m in found if m.exact]
    return [
        replace(m, covered=True)
        if not m.exact
        and not ANOTHER_BEFORE.search(text[: m.start])
        and any(_said(c) == _said(m) and _same_side(c, m) for c in covered)
        and any(_same_side(a, m) and m.low <= a.low <= m.high for a in ages)
        else m
        for m in found
    ]


def _same_side(one: Mention, two: Mention) -> bool:
    """Not said to be on different sides (a side not yet known fits either)."""
    return one.person is None or two.person is None or one.person == two.person


def _said(mention: Mention) -> str:
    return re.sub(r"\s+", "", mention.said.lower())


def _fits(year: Mention, age: Mention) -> bool:
    """An age too young for the school year, by more than a year, is someone else's: "almost
    13 ... a lad in year 13" are two people. (An older age with a younger stage may tell of
    a time gone by: "aged 15 in Year 12, skipped a year in primary".)"""
    return age.high >= year.low - 1


def _same_sex_and_side(found: list[Mention], year: Mention, age: Mention) -> bool:
    """ "Year 10 lad sent a pic of himself to a Year 9 girl ... He's 15, she's 14": the only
    school year said of someone of that sex on that side, and an age in years of the same
    sex and side that fits the year, are one person."""
    if year.sex is None or year.person is None:
        return False
    if (age.sex, age.person) != (year.sex, year.person) or not year.low <= age.low <= year.high:
        return False
    same = [m for m in found if not m.exact and (m.sex, m.person) == (year.sex, year.person)]
    return len(same) == 1


def _same_name(text: str, year: Mention, age: Mention, ends: dict[int, int]) -> bool:
    """The same first name beside the year and before the age: before its year ("Megan in
    Year 8 ... Megan is 12"), or after it on the same side ("Year 11 student Jordan ...
    Jordan is 16")."""
    before = NAME_BEFORE.search(text[: age.start])
    if before is None or before["name"] in NOT_A_NAME:
        return False
    if NAME_BEFORE_YEAR.search(text[: year.start]) and re.search(
        rf"\b{re.escape(before['name'])}\s+(?:\w+\s+){{0,2}}?$", text[: year.start]
    ):
        return True  # "Megan in Year 8 disclosed ... Megan is 12": the name said before its year
    if year.person != age.person:
        return False
    after = NAME_AFTER.match(text[ends.get(year.start, year.start) :])
    return bool(after and after["name"] == before["name"])


YEAR_NOUN = re.compile(rf"^\s*(?:{PERSON_WORD})\b", _I)
#: Between a school year and an age of the same person: "(he is", ", who is", "who's".
AGE_OF_THE_SAME = re.compile(
    r"^\s*(?:\(\s*(?:(?:he|she|they)\s*(?:is|['’]s|was|are|were)?|aged?|now)?|,?\s*(?:who\s+is|who['’]s|"
    r"who\s+was|aged?)|,|"
    # "the S4 girl who sent it is 15", "the S6 boy who got it is 17"
    r"who\s+(?:[\w'’]+\s+){1,3}?(?:is|was)(?:\s+(?:now|only|just))?)\s*$",
    _I,
)


def _same_person(text: str, year: Mention, age: Mention, ends: dict[int, int]) -> bool:
    sides = {year.person, age.person}
    first, second = sorted((year, age), key=lambda m: m.start)
    between = text[ends.get(first.start, first.start) : second.start]
    # "the Year 10 boy (he is 15)", "a Y11 student who is 16": the year's own noun, then its age
    if not first.exact and AGE_OF_THE_SAME.match(YEAR_NOUN.sub("", between)):
        return _same_side(year, age)
    if first.exact and re.fullmatch(r"\s*\(\s*", between):
        return _same_side(year, age)  # "F15 (S4) sent ...": the year in brackets after the age
    if None in sides and len(sides) == 2:  # "is in Year 10 and turned 15": one person
        return not (
            re.search(rf"\b(?:{PERSON_WORD}|{IMAGE})\b", between, _I)
            or AFTER_STOP.search(between)
            or _by_action(between) is not None
        )
    if len(sides) > 1 and "both" not in sides:
        return False
    return (
        len(between) <= SAME_PERSON_GAP
        and not OTHER_PERSON_BETWEEN.search(between)
        and _by_action(between) is None
    )


def _coordinated(text: str, found: list[Mention], ends: list[int]) -> list[Mention]:
    """Ages said of nobody that share a verb or a list with a placed age.

    "A 12 year old boy and his 13 year old friend were filmed": the first shares the
    deed of the second. "to girls in year 8 and year 9": the second item of a list is
    said of whoever the first is.
    """
    placed = list(found)
    for index in range(len(found) - 2, -1, -1):
        mention, following = placed[index], placed[index + 1]
        between = text[ends[index] : following.start]
        shared = PLURAL_VERB_AFTER.match(text[ends[index + 1] :])
        if mention.person is None and following.deed and COORDINATED.match(between) and shared:
            placed[index] = replace(mention, person=following.person, deed=True)
    for index in range(1, len(placed)):
        mention, previous = placed[index], placed[index - 1]
        joined = LIST_JOIN.match(text[ends[index - 1] : mention.start])
        if joined and mention.person is None and previous.person not in (None, "skip"):
            placed[index] = replace(mention, person=previous.person, weak=previous.weak)
    return placed


#: A school named by its stage: "a sixth form college", "the sixth-form centre".
SCHOOL_AFTER = re.compile(r"^[\s-]*(?:college|centre|center|campus|block)\b", _I)


#: Police notes number their suspects "S1", "S2": a label with a colon and a description.
SUSPECT_NUMBER = re.compile(r"^\s*S\s*[1-9]\s*$")
SUSPECT_LABEL_AFTER = re.compile(
    r"^\s*[:=]\s*(?:(?:unknown|male|female|m|f|adult|aged?|dob|believed|approx)\b|\d)", _I
)


#: "S1: male, 30s": the age right after a numbered suspect's label.
SUSPECT_NUMBER_HEAD = re.compile(
    r"(?<!\w)(?-i:S[1-9])\s*[:=]\s*(?:(?:male|female|m|f)\b\s*,?\s*)?(?:aged?\s*)?$", _I
)


def is_suspect_label(text: str, value: str) -> bool:
    """ "S1" is suspect 1 wherever the note labels it so once ("S1: male, late 20s. S1
    requested imgs")."""
    if not SUSPECT_NUMBER.match(value):
        return False
    label = re.escape(value.strip())
    return any(
        SUSPECT_LABEL_AFTER.match(text[found.end() :])
        for found in re.finditer(rf"(?<!\w){label}(?!\w)", text)
    )


def _mention(text: str, span: Span, jurisdiction: str) -> Mention | None:
    if span.label == "school_year":
        if is_suspect_label(text, span.value):
            return None  # "S1: male, late 20s": suspect 1 in a police note, not Scotland's S1
        if re.search(r"\bpost[\s-]*$", text[: span.start], _I):
            return None  # "post-primary school": Northern Ireland's secondary school
        if re.search(r"\b(?:sixth|6th)[\s-]*form$", span.value, _I) and SCHOOL_AFTER.match(
            text[span.end :]
        ):
            return None  # "at a sixth form college in Oldham": a place, not a pupil
        ages = school_year_ages(span.value, jurisdiction)
        return Mention(ages[0], ages[1], span.start, exact=False, said=span.value) if ages else None
    if span.label != "age":
        return None
    police_mark = POLICE_MARK_BEFORE.search(text[: span.start])  # "M/14 messages"
    if not SAYS_AGE.search(span.value) and UNIT_AFTER.match(text[span.end :]) and not police_mark:
        return None  # "is 3 weeks", "was 2 photos": not an age ("13yo boys", "(19) of" are)
    year_word = YEAR_WORD_END.search(span.value)
    year_number = re.match(r"\s*\d{1,2}\b", text[span.end :])
    if year_word and year_number:
        # "two yr 9 boys": a count of a school year's pupils, not "two years old"
        said = year_word.group(0) + year_number.group(0)
        ages = school_year_ages(said, jurisdiction)
        start = span.start + year_word.start()
        return Mention(ages[0], ages[1], start, exact=False, said=said) if ages else None
    if SERVICE_AFTER.match(text[span.end :]):
        return None  # "OIC 6 yrs service", "22 years experience": a career, not an age
    if year_word and TIME_AGO_AFTER.match(text[span.end :]):
        return None  # "the imgs were made 2 yrs ago": a time, not a child of 2
    road = MOTORWAY.match(span.value)
    if road and road["number"] in MOTORWAYS and ROAD_BEFORE.search(text[: span.start]):
        return None  # "on the M62": a motorway, not "M62" a man of 62
    value = span.value
    both_prefix = BOTH_VALUE.match(value)
    if both_prefix and len(parse_numbers(value)) > 1:
        value = value[both_prefix.end() :]
    numbers = parse_numbers(value)
    if not numbers or any(not MIN_AGE <= number <= MAX_AGE for number in numbers):
        return None
    low, high = min(numbers), max(numbers)
    if UNDER.search(value):
        low = high = max(MIN_AGE, low - 1)
    elif OVER.search(value):
        high = low
    first = FIRST_NUMBER.search(value)
    number_start = span.start + (span.value.find(value) if value != span.value else 0)
    number_start += first.start() if first else 0
    birthday_to_come = BIRTHDAY_MONTH_AFTER.match(text[span.end :]) and not PAST_BEFORE.search(
        text[:number_start]
    )
    if NEARLY.search(text[:number_start]) or SOON_AFTER.match(text[span.end :]) or birthday_to_come:
        low = high = max(MIN_AGE, low - 1)  # "nearly 15", "hes 15 in a few weeks"
    elif NOT_YET.search(text[:number_start]):
        low = max(MIN_AGE, low - 1)
    return Mention(low, high, number_start, exact=True, said=span.value)


def _head(text: str, span: Span, mention: Mention) -> str:
    """The words before an age that say whose it is: its sentence so far, at most
    ``HEAD_LIMIT`` characters, without a possessor or a name in the way."""
    return _without_possessor(text, span, sentence_before(text, mention.start)[-HEAD_LIMIT:])


def _person(text: str, span: Span, mention: Mention) -> tuple[Person, bool, bool]:
    """The person an age is said of, whether that reading is weak, and whether a deed made it."""
    head = _head(text, span, mention)
    near_head = clause_before(text, mention.start)
    after = _after(text, span.end, appositive=bool(APPOSITIVE_OPEN.search(text[: span.start])))
    tail = first_words(sentence_after(text, span.end), 10)
    both = BOTH.search(near_head) or BOTH_VALUE.match(span.value)
    if CLAIMED.search(head) or (SAYS_CLAIM.search(head) and mention.low >= PICTURED_SAFE_AGE):
        return "skip", False, False
    if IMAGES_SINCE.search(head):
        # "making him send pics of himself since he was 12": the images began at that age
        return "pictured", False, True
    if IMAGE_THEN_SENDER.search(head) and SENT_TO_ONE.match(text[span.end :]):
        # "kept a nude his ex (Y10, 15) sent him": the one who sent it, their own image
        return "pictured", False, True
    if _claimed_of_self(text, head, span, mention) or SINCE_AGE.search(head):
        return "skip", False, False  # "I've had our Jade since she was four": not her age then
    if FIRST_PERSON_AGE.search(head) and (typist := _typist(text, mention)) is not None:
        return typist, False, False
    if (given := GIVEN_TO_HEAD.search(head)) and _given_an_image(after, given.group(0)):
        # "Man, 52, showed my 10 year old daughter a naked photo of himself": the one shown
        return "other", False, True
    if SENT_TO_NAMED.search(head):
        return "other", False, False  # "nudes sent to 'Tyler' on Snap, believed 24"
    if APPROACHED_HEAD.search(head) and ASKED_THEM.match(after):
        # "a man has been messaging my 13-year-old daughter on Snapchat and asked her for
        # pictures": the one messaged is the one asked; the asking is the messenger's
        return "pictured", False, True
    if both and not _group_with_someone_elses_image(text, span, head):
        if ALL_VALUE.match(span.value) and GROUP_RECIPIENTS.search(head):
            return "other", False, False
        return "both", False, False
    if FAMILY_LIST_HEAD.search(head) and _nothing_done_after(text, span):
        return "skip", False, False  # "Mother of three (children aged 6, 9 and 15)."
    if DEVICE_OF.search(head):
        return "other", False, False  # "images of IP found on the phone of 15M": the holder
    if IMAGE_OF.search(head) or IMAGE_OF_LIST.search(head) or _age_when_made(head):
        return "pictured", False, False
    if FILMED_HEAD.search(head):
        return "pictured", False, False  # "2 x M14 filmed F15 getting changed": the one filmed
    if POSSESSOR_HEAD.search(head) and OWN_IMAGE_NEXT.match(text[span.end :]):
        return "pictured", False, False  # "her little sister's (13) nude": the image is hers
    if DOER_IS.search(head):
        return "other", False, True  # "the boy who posted it is in Year 11"
    if TYPIST_IN_YEAR.search(head) and (typist := _typist(text, mention)) is not None:
        return typist, False, False  # "im in year 9 and i sent a nude": their own image
    if TYPISTS_CLASS.search(head):
        return "skip", False, False  # "I'm a TA in Year 6": the class of the person typing
    if SUSPECT_RIGHT_BEFORE.search(head) or SUSPECT_NUMBER_HEAD.search(head):
        return "other", False, False  # "Sus 15M, V 15F": the words after are the victim's
    if AT_THE_TIME_NEXT.match(after) and _by_preposition(head, text) == "other":
        return "other", False, False  # "sent pics to a boy who was 14 at the time": his age then
    if PICTURED_HEAD.search(head) or PICTURED_NEXT.search(after) or PICTURED_NEXT.search(tail):
        if IP_HEAD.search(head) and (VICTIM_NAMED.search(text) or _by_action(after) == "other"):
            # "IP 34 M. Images of V (12 F)", "IP 17 M sharing images of ex gf": not the victim
            return "other", False, False
        if SELF_SENT_TO_VICTIM.search(text):
            return "other", False, True  # "sus 34M, sent imgs of himself to V. V is 12F"
        return "pictured", False, False
    if (bystander := _bystander(text, span, head, after)) is not None:
        return bystander, False, False
    if MUTUAL.search(head) or MUTUAL.search(sentence_after(text, span.end)[:HEAD_LIMIT]):
        return "both", False, False
    appositive = APPOSITIVE_OPEN.search(text[: span.start])
    found_out = FOUND_OUT.match(APPOSITIVE_CLOSE.sub(" ", tail, count=1) if appositive else tail)
    if PARTNER_NEXT.search(after) or PARTNER_HEAD.search(head):
        if found_out:
            return "skip", False, False
        if _adult_sent_own_image(mention, head, after) and not CHILD_SENT_BACK.search(text):
            return "pictured", False, True  # "her boyfriend, who's 20, sent him a nude of himself"
        if _by_preposition(head) == "pictured":
            return "pictured", False, False  # "received images from his 15-year-old girlfriend"
        return "other", True, False
    if other_noun := (OTHER_NEXT.search(after) or OTHER_HEAD.search(head)):
        if _adult_sent_own_image(mention, head, after) and not CHILD_SENT_BACK.search(text):
            return "pictured", False, True
        # a relative ("my little brother is 14") may be on either side: the sexes may say
        return "other", bool(FAMILY.search(other_noun.group(0))), False
    if preposition := _by_preposition(head, text):
        return preposition, False, False
    if OTHER_ADJECTIVE_HEAD.search(head) and not (found_out and not SAW.search(found_out.group(0))):
        # not "her eldest son (22) found images": he found them; "two other girls who are
        # 15 saw it" were shown it
        return "other", False, False
    if found_out:
        return "skip", False, False
    if RELATION_OF.search(head):
        return None, True, False  # "the boyfriend (19) of a 15-year-old girl has posted it"
    deed = _by_action(after, sentence_after(text, span.end))
    return deed, deed is None, deed is not None


#: The person after these words is given or shown the image: "showed my 10 year old
#: daughter a naked photo", "sent her 14-year-old sister a video".
GIVEN_TO_HEAD = re.compile(
    r"\b(?:showed|shown|showing|shows|sent|sending|sends|airdropped|snapped|texted|dm['’]?d)\s+"
    # "showed V (F12) images of his own genitals": a police label and bracket
    r"(?:(?:my|our|his|her|their|a|an|the|this)\s+|(?:v|ip|victim|the\s+v)\s*\(\s*(?:[mf]\s*/?\s*)?)?$",
    _I,
)
GIVEN_IMAGE_AFTER = re.compile(
    rf"^\W*(?P<noun>[\w'-]+)?\s*(?:\([^)]*\)\s*)?(?:(?:a|an|some|the|two|three|several|\d+)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b",
    _I,
)


def _given_an_image(after: str, verb: str) -> bool:
    """The words after the person are the image they were given, and it is not of them
    ("sent my son a picture of himself" may be a fake of the son: the reflexive names his
    sex; "showed my son a photo of himself" is the one showing)."""
    found = GIVEN_IMAGE_AFTER.match(after)
    if found is None:
        return False
    if verb.strip().lower().startswith("show"):
        return True
    own = _self_word_sex(after)
    noun = _sex_word(found["noun"]) if found["noun"] else None
    return own is None or noun is None or own != noun


#: "nudes sent to 'Tyler' on Snap, believed 24": the one the images were sent to, named.
SENT_TO_NAMED = re.compile(
    r"\b(?:sent|sending|forwarded|shared|airdropped|snapped)\s+(?:[\w'-]+\s+){0,3}?to\s+"
    r"['\"‘“]?(?-i:[A-Z][a-z]{2,})['\"’”]?(?:\s+on\s+\w+)?\s*(?:,|\()\s*"
    r"(?:(?:believed|thought)\s+(?:to\s+be\s+)?)?(?:aged?\s+)?$",
    _I,
)
#: The person after these words is the one approached: "has been messaging my 13-year-old
#: daughter", "groomed a 12 year old".
APPROACHED_HEAD = re.compile(
    r"\b(?:messag(?:ed|ing)|contact(?:ed|ing)|groom(?:ed|ing)|befriend(?:ed|ing)|target(?:ed|ing)|"
    r"approach(?:ed|ing)|add(?:ed|ing)|follow(?:ed|ing)|chatting\s+(?:to|with)|talking\s+to|"
    r"texting|dm['’]?ing|dm['’]?d|snapchatting)\s+(?:(?:my|our|his|her|a|an|the|this)\s+)?$",
    _I,
)
ASKED_THEM = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,6}?(?:and|then|who|,)\s+(?:has\s+|had\s+|then\s+)?(?:asked|asking|begged|pressured|"
    r"pressuring|told|persuaded|convinced|got)\s+(?:her|him|them)\s+(?:for|to\s+(?:send|take|make|film))\b",
    _I,
)


#: The age right after a verb of filming: "M14 filmed F15 getting changed", "secretly
#: recorded a 13 year old": the one filmed is in the image.
FILMED_HEAD = re.compile(
    r"\b(?:filmed|filming|films|recorded|recording|photographed|photographing|upskirted)\s+"
    r"(?:(?:a|an|the|two|three|2|3|his|her|their)\s+)?(?:[MF]\s*/?\s*)?$",
    _I,
)
#: "her little sister's (13) nude", "Jade's (14) pics": the age of the one whose image it is.
POSSESSOR_HEAD = re.compile(
    # "who's 25", "she's 14": the verb "is", not a possessive
    r"\b(?!(?:he|she|it|that|who|there|what|where)['’]s)\w+['’]s\s*\(?\s*$",
    _I,
)
OWN_IMAGE_NEXT = re.compile(rf"^\s*\)?\s*(?:own\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\b", _I)
#: A household's children listed by age: "Mother of three (children aged 6, 9 and 15)",
#: "two siblings in household aged 9 and 11", "V's mother has 2 other children (4 and 16)".
FAMILY_LIST_HEAD = re.compile(
    r"(?:\b(?:other\s+(?:children|kids)|siblings|brothers|sisters|younger\s+ones)\s+"
    r"(?:(?:in\s+(?:the\s+)?(?:household|home|house)|at\s+home)\s+)?|"
    r"\b(?:children|kids)\s+(?:in\s+(?:the\s+)?(?:household|home|house)|at\s+home)\s+|"
    # "Mother of three (children aged 6, 9 and 15)": the typist's own children
    r"\b(?:mother|mum|mom|father|dad|parent)\s+of\s+(?:two|three|four|five|six|\d)\s*\(?\s*"
    r"(?:children|kids)\s+)(?:aged?\s*|\(\s*)$",
    _I,
)


def _nothing_done_after(text: str, span: Span) -> bool:
    """The rest of the sentence after the list says no deed and names no image: the
    children are only listed ("two children aged 12 and 14 sent nudes" did something)."""
    rest = sentence_after(text, span.end)
    return _by_action(rest) is None and IMAGE_WORD.search(rest) is None


DEVICE_OF = re.compile(
    r"\b(?:on|from|in|seized\s+from)\s+(?:the\s+)?(?:phone|mobile|device|laptop|ipad|tablet|computer|"
    r"account|cloud)\s+(?:belonging\s+to|of)\s+"
    r"(?:a\s+|an\s+|the\s+|his\s+|her\s+)?$",
    _I,
)
#: "pics of her from when she was 14", "images taken when he was 13": the age the
#: pictured child was when the image was made.
WHEN_WAS_HEAD = re.compile(
    r"\bwhen\s+(?:she|he|they|v|the\s+victim|the\s+child)\s+(?:was|were)\s+(?:only\s+|just\s+)?$",
    _I,
)


def _age_when_made(head: str) -> bool:
    return bool(WHEN_WAS_HEAD.search(head)) and IMAGE_WORD.search(head) is not None


#: "the boy who posted it is in Year 11", "the lad that shared them is 16": the age of
#: someone named by what they did with someone else's image. ("The girl who sent it" may
#: have sent her own, so sending is not here.)
DOER_IS = re.compile(
    r"\b(?:who|that)\s+(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:(?:posted|posting|shared|sharing|forwarded|"
    r"forwarding|airdropped|airdropping|screenshotted|spread|spreading|did|done|"
    r"asked\s+for|asking\s+for|took|filmed|filming|has|had|leaked|uploaded|made|created)\s+"
    r"(?:it|them|the\s+\w+)\s+(?:(?:round|around|on|about)\s+)?|"
    # "the boy who has been sending it round": passing it on ("the girl who sent it" sent her own)
    r"(?:sent|sending|passed|passing)\s+(?:it|them|the\s+\w+)\s+(?:round|around|on)\s+)"
    r"(?:is|was|are|were|'s)\s+(?:in\s+|aged?\s+|about\s+)?$",
    _I,
)
#: "I'm a TA in Year 6", "I teach in Year 5", "I work with Year 9": the class of the person
#: typing, not the age of anyone in the case.
TYPISTS_CLASS = re.compile(
    r"\b(?:i['’]?m|i\s+am|i\s+teach|i\s+work)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){1,2}?"
    r"(?:in|with|for)\s+$|\bi\s+(?:teach|work)\s+(?:in|with|for)\s+$",
    _I,
)
#: "im in year 9 and i sent a nude": the person typing is a pupil in that year.
TYPIST_IN_YEAR = re.compile(r"\b(?:i['’]?m|im|i\s+am)\s+(?:in|at)\s+$", _I)
#: A police word for the suspect right before the age: "Sus 15M", "suspect (17)".
_SUSPECT = r"(?:sus|susp|suspect|offender|perp|accused|dp)"  # DP: the detained person
SUSPECT_RIGHT_BEFORE = re.compile(
    rf"\b{_SUSPECT}\s*\d?\s*[:(]?\s*(?:[mf]\s*[,/]?\s*)?(?:(?:aged?|dob|d\.o\.b\.?|date\s+of\s+birth)\s*:?\s*)?"
    r"(?:(?:is|was)\s+)?$",  # "Susp is 15"
    _I,
)
#: Police words for the person suspected: their own image sent to the victim ("V") is
#: still read as the notes' roles say.
SUSPECT_HEAD = re.compile(rf"\b(?:{_SUSPECT}|ip)\b[^.;]*$", _I)


#: The person took the images in, not sent them: "received topless selfies from a player".
TOOK_IN = re.compile(
    r"^\W*(?:(?:has|had|have|then|also)\s+)*(?:received|receiving|receives|"
    r"asked\s+for|asking\s+for|requested|requesting|demanded|demanding|saved|kept|collected|bought|"
    r"paid\s+for)\b(?![^.;!?]*\bof\s+(?:him|her|them)sel(?:f|ves)\b)",
    _I,
)


def _adult_sent_own_image(mention: Mention, head: str, after: str) -> bool:
    """ "A 23 year old man sent a picture of himself to my 14 year old son": the adult is
    the person pictured, and the child who received it the other person (CONTRACT §1)."""
    own = SELF_IMAGE.search(after)
    return (
        mention.low >= ADULT_AGE
        and own is not None
        and not TOOK_IN.match(after)  # "Coach (aged 31) received topless selfies from ..."
        and SUSPECT_HEAD.search(head) is None
        and not _other_sex_self(head, own.group(0))
    )


def _other_sex_self(head: str, own: str) -> bool:
    """ "messaging a man of thirty-two and has sent him photographs of herself": the image
    is of someone of the other sex than the person the age is said of, so not theirs."""
    noun = SEX_NOUN_HEAD.search(head)
    if noun is None or noun.group("noun").lower() in ("m", "f", "her", "him", "he", "she"):
        return False
    said = _sex_word(noun.group("noun"))
    own_sex = _self_word_sex(own)
    return said is not None and own_sex is not None and said != own_sex


#: "Two": a count of people; "both" and "all" say each of them.
COUNT_TWO = re.compile(r"\b(?:two|2)\s+(?:[\w'-]+\s+){0,2}$", _I)
TWO_VALUE = re.compile(r"^\s*(?:two|2)\b", _I)
BOTH_OR_ALL_VALUE = re.compile(r"^\s*(?:both|all)\b", _I)


def _group_with_someone_elses_image(text: str, span: Span, head: str) -> bool:
    """ "Two year 8s have been passing round a nude of a year 11 girl": two people on the
    same side, with someone else's image, not both people of the case."""
    two = COUNT_TWO.search(clause_before(text, span.start)) or TWO_VALUE.match(span.value)
    if not two or BOTH_OR_ALL_VALUE.match(span.value):  # "both 14": each of them, not a group
        return False
    sentence = sentence_after(text, span.end)
    return bool(SAYS_WHOSE.search(sentence)) and not MUTUAL.search(head + " " + sentence)


def _typist(text: str, mention: Mention) -> Person:
    """The side of the person typing, who gave their own age ("I'm 15", "I'm 42").

    Their own image ("I sent one", "my nudes"): the child pictured, unless "when I was
    14" gives the age it was made. An adult with no part in it (a parent, a teacher
    typing "I'm 36"), a parent about their child, or someone only shown or told: not
    involved. An adult who was sent it, asked for it or holds it stays in (None: the
    other rules read the age), so an adult is never lost.
    """
    if TYPIST_SENT_OWN.search(text):
        return "skip" if TYPIST_EARLIER_AGE.search(text) else "pictured"
    if TYPIST_INVOLVED.search(text):
        return None
    if PARENT_SPEAKING.search(text) or mention.low >= ADULT_AGE or TYPIST_SHOWN.search(text):
        return "skip"
    if TYPIST_RELATIVE.search(text):
        return "skip"  # "my sister whos in yr 9 ... im 17 btw": told of it, not in it
    return None


#: "IP" is the injured party in most forces' notes, but some write it for the person of
#: interest: when the same note names a victim ("V") as well, IP is the other person.
IP_HEAD = re.compile(r"\bip\s*(?:,|\()?\s*$", _I)
VICTIM_NAMED = re.compile(r"\b(?:V|victim|Victim)\b")

#: How much of the sentence before an age the rules read (a person's description is
#: short; a long unpunctuated message must not make every age read all of it).
HEAD_LIMIT = 240
#: "the boyfriend (19) of a 15-year-old girl", "parent of a 14yo": the verb after is the
#: first person's, not this one's.
RELATION_OF = re.compile(rf"\b{PERSON_WORD}\b(?:\s*\([^)]*\))?\s+of\s+(?:{DET}\s+)?$", _I)
#: "shared it with her older sister (17)": a sibling the image went to is involved.
SIBLING_GIVEN = re.compile(
    rf"\b(?:to|with|w/)\s+(?:{DET}\s+)?(?:{ADJ}\s+|big\s+|little\s+)?(?:sister|brother|"
    rf"stepsister|stepbrother|cousin)s?\s*(?:{LINK}\s*)*$",
    _I,
)
FAMILY = re.compile(r"\b(?:brother|stepbrother|cousin|sister)\b", _I)
POSSESSOR = re.compile(r"\b(?!(?:she|he|it|who|that|there|what|where|here)'s)[\w-]+'s\s*$", _I)
PERSON_AFTER = re.compile(
    rf"^[\s-]*(?:(?:{ADJ}|year|years|yr|yrs|old|olds|yo|y/o)[\s-]+)*{PERSON_WORD}\b", _I
)
#: "seen by victim's 12yo brother", "found by her 40 year old dad": a viewer or finder.
VIEWER_HEAD = re.compile(
    r"\b(?:seen|viewed|found|discovered|spotted|noticed|reported|confiscated)\s+by\s+(?:\S+\s+){0,2}$",
    _I,
)


def _without_possessor(text: str, span: Span, head: str) -> str:
    """ "the victim's 12yo brother": the age is the brother's, so "victim's" leaves the head.
    "his older brother Callum, 16": the name leaves it too, so the noun before it is read."""
    possessor = POSSESSOR.search(head)
    if possessor and PERSON_AFTER.match(text[span.end :]):
        return head[: possessor.start()]
    name = NAME_AT_END.search(head)
    if name and name["name"] not in NOT_A_NAME and NAME_AFTER_NOUN.search(head[: name.start()]):
        return head[: name.start()] + head[name.end("name") :]
    return head


#: A first name right before an appositive age: "Callum, 16", "Jade (14".
NAME_AT_END = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})(?=\s*(?:[,(]|(?:in|aged?|is|who['’]?s|was)\b)[^.!?]{0,12}$)"
)
#: A person noun right before that name: "brother Callum", "girlfriend Jade".
NAME_AFTER_NOUN = re.compile(rf"\b(?:{PERSON_WORD})\s+$", _I)


TYPISTS_SIBLING = re.compile(
    r"\b(?:my|our)\s+(?:(?:little|younger|big|older|baby|twin|wee|kid)\s+)?(?:sister|brother)\s*"
    # "my wee sister's in S2"
    r"(?:is|was|,|\(|['’]s)?\s*(?:in\s+)?$",
    _I,
)


#: A parent named by their child: "mother of F/13", "dad to a 14 year old".
PARENT_OF = re.compile(
    r"\b(?:mother|mum|mom|mam|father|dad|parents?|carers?|foster\s+carer|guardian)\s+(?:of|to)\s+"
    r"(?:an?\s+|the\s+)?(?:[mf]\s*/?\s*)?$",
    _I,
)


def _bystander(text: str, span: Span, head: str, after: str) -> Person:
    """Say "skip" for a bystander's age, "other" for an involved relative, else None."""
    next_noun = BYSTANDER_NEXT.match(after)
    head_noun = BYSTANDER_HEAD.search(head)
    tail = first_words(sentence_after(text, span.end), 12)
    if head_noun and PARENT_OF.search(head):
        return None  # "RP is mother of F/13": the age is her child's
    if next_noun or head_noun:
        if VICTIM_IS.search(head):
            return "pictured"  # "V is his sister, 12": the relative is the victim
        noun = (next_noun or head_noun).group(0)  # type: ignore[union-attr]
        if FINDER.match(_after_noun(tail, next_noun)) or VIEWER_HEAD.search(head):
            # "Her mum, who is 43, found them ..., kept copies, and is now threatening to
            # send them": she found them, then took part
            return "other" if _kept_or_used_it(tail) else "skip"
        if head_noun and TYPISTS_SIBLING.search(head[-40:]):
            return None  # "my little sister is 13": the person typing is the bystander
        if RELATIVE_MADE_IMAGES.match(after):
            return "other"  # "Step-father (45) has taken indecent photos": he made them
        if MADE_OR_SHARED_BY_HEAD.search(head):
            return "other"  # "images were made of her by her father (40)": he made them
        if (deed := _by_action(after)) is not None:
            return deed
        if (deed := _bracketed_deed(text[span.end :])) is not None:
            return deed
        if _by_preposition(head) is not None or SIBLING_GIVEN.search(head):
            return "other"
        pure = re.search(rf"\b(?:{BYSTANDER_NOUNS})\b", noun, _I)
        return "skip" if pure else None
    return None


#: The deed right after a relative's bracketed age: "his friend's mum (she's 37) sent him
#: a topless photo of herself" (her own image), "My sister (she's 20) has got a naked photo
#: of my girlfriend" (she holds someone else's).
BRACKET_SENT_OWN = re.compile(
    # "Mum (26) disclosed she sent a nude of herself to ..."
    r"^\s*\)?\s*(?:(?:disclosed|admitted|admits|says|said|told\s+(?:me|us|police))\s+(?:that\s+)?(?:she|he)\s+)?"
    rf"(?:has\s+|had\s+)?(?:sent|sends|showed|shows|airdropped|snapped)\s+(?:(?:him|her|them|my\s+\w+)\s+)?"
    rf"(?:a|an|some|two|several|\d+)?\s*(?:[\w-]+\s+)?(?:{IMAGE})\s+of\s+(?:him|her|them)sel(?:f|ves)\b",
    _I,
)
BRACKET_HOLDS = re.compile(
    rf"^\s*\)?\s*(?:has|had|have)\s+(?:got\s+)?(?:a|an|the|some|two|several|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\s+of\b"
    r"(?!\s+(?:him|her|them)sel)",
    _I,
)


def _bracketed_deed(rest: str) -> Person:
    """The side the deed just after a bracketed age puts a relative on, or None."""
    if BRACKET_SENT_OWN.match(rest):
        return "pictured"
    if BRACKET_HOLDS.match(rest):
        return "other"
    return None


#: A relative named after "by" in a passive that made or passed on the image: "images were
#: made of her by her father (40)", "filmed by her stepdad, 38,".
MADE_OR_SHARED_BY_HEAD = re.compile(
    rf"\b(?:made|taken|took|filmed|recorded|photographed|created|shared|distributed|posted|"
    rf"uploaded|forwarded|sent|circulated)\b(?:\s+[\w'’-]+){{0,5}}?\s+by\s+(?:{DET}\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\s*(?:{LINK}\s*)*$",
    _I,
)
#: A relative who made images (of the child, whom the words need not name again).
RELATIVE_MADE_IMAGES = re.compile(
    rf"^\W*(?:has\s+|had\s+|have\s+|was\s+|been\s+)*(?:taken|took|taking|filmed|filming|recorded|"
    rf"photographed|made|making)\s+(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\b",
    _I,
)


#: Found the image, then kept or used it: no longer only the one who found it.
KEPT_OR_USED_AFTER = re.compile(
    r"\b(?:kept|keeps|saved|saves)\s+(?:copies|a\s+copy|them|it)\b|\bthreaten(?:ed|ing|s)?\s+to\s+"
    r"(?:send|share|post|show|put)\b|\b(?:sent|shared|posted|forwarded)\s+(?:it|them)\s+(?:to|with|on|round)\s+"
    r"(?!(?:me|us|the\s+police|police|school|the\s+school)\b)",
    _I,
)


def _kept_or_used_it(tail: str) -> bool:
    """The finder's own later deed, not one reported of someone else ("reported that a
    17yo lad is threatening to share it")."""
    found = KEPT_OR_USED_AFTER.search(tail)
    return found is not None and not re.search(
        r"\b(?:that|who|says|said)\b", tail[: found.start()], _I
    )


def _after_noun(tail: str, next_noun: re.Match[str] | None) -> str:
    """The words after the person ("40 year old dad | found out")."""
    if next_noun is None:
        return APPOSITIVE_CLOSE.sub("", tail)
    found = BYSTANDER_NEXT.match(tail)
    return tail[found.end() :] if found else tail


#: A sentence that opens with someone new: "Unknown male online asked", "The boy sent".
#: Police notes run a person on into the next sentence ("IP 17M. Received imgs from ...",
#: "a 16M. M screenshotted"), so a sentence opening with a verb or "M"/"F" is not here.
NEW_SUBJECT_NEXT = re.compile(
    r"^\s+(?:unknown|an?|the|his|her|their|my|our|mum|dad|police|school|male|female|man|woman|adult|"
    r"someone|somebody|another|she|he|they|i|we)\b",
    _I,
)


#: Ten words that end in "of his", "of her own": the next word says whose image it is.
CUT_AT_WHOSE = re.compile(
    rf"\bof\s+(?:his|her|their)(?:\s+own)?\s*$|"
    # "A Blwyddyn 9 pupil at our school in Cardiff shared a nude image | of herself"
    rf"\b(?:{IMAGE})\s+of\s*$",
    _I,
)


def _after(text: str, end: int, *, appositive: bool = False) -> str:
    if text[end - 1 : end] in (".", "!", "?") and NEW_SUBJECT_NEXT.match(text[end:]):
        return ""  # "re daughter, 14 y/o. Unknown male asked": the next sentence is another's
    if text[end : end + 1] == "." and text[max(0, end - 3) : end].lower() == "y.o":
        end += 1  # "13 y.o. daughter": the abbreviation's full stop ends no sentence
    tail = first_words(sentence_after(text, end), 10)
    longer = first_words(sentence_after(text, end), 11)
    if CUT_AT_WHOSE.search(tail) or CUT_AT_WHOSE.search(longer):
        # "14yo lad with a learning disability sent a pic of his | privates": ten words cut
        # the image from whose body it shows, so the words run on to say it
        tail = first_words(sentence_after(text, end), 13)
    if POSSESSIVE_AFTER.match(tail) or POSSESSED_PERSON_AFTER.match(tail):
        return ""  # "the 12 year old's brother has been sharing it": someone else's deed
    if appositive:  # "the lad, 16, sent his own": the words after the comma are his
        tail = APPOSITIVE_CLOSE.sub(" ", tail, count=1)
    stop = AFTER_STOP.search(tail)
    return tail[: stop.start()] if stop else tail


#: "... was sent a pic by a boy in Year 11. Pic is of a girl in Year 10": whose it is, said
#: on its own.
IMAGE_IS_OF = re.compile(
    rf"\b(?:{IMAGE})\s+(?:is|was|shows|showed)\s+(?:of\s+)?(?:a|an|the|another|his|her|their)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:him|her|them)sel)",
    _I,
)


SCOTS_PREPOSITIONS = {"tae": "to", "fae": "from", "frae": "from", "wi": "with"}


def _by_preposition(head: str, whole: str = "") -> Person:
    """The side a preposition before the person puts them on; ``whole`` is the message,
    read only to see that it says whose image it is on its own."""
    found = PREPOSITION.search(head)
    if not found or WITH_US_HEAD.search(head):
        return None  # "we're with a 16yo girl now": company, not a deed
    before = head[: found.start()]
    # "w/" is "with"; Scots "tae", "fae", "wi" are "to", "from", "with"
    preposition = SCOTS_PREPOSITIONS.get(
        (found["prep"] or "with").lower(), (found["prep"] or "with").lower()
    )
    if preposition in ("to", "with") or preposition.startswith("belonging"):
        return "other"
    if preposition == "by":
        verbs = LAST_VERB.findall(before)
        sent = bool(verbs) and SENT_BEFORE.fullmatch(verbs[-1]) is not None
        if sent and SEX_LETTER_END.search(found.group(0)):
            return None  # "sent by F/15": a police note's sender, whose image it may not be
        if sent and not SAYS_WHOSE.search(before) and not IMAGE_IS_OF.search(whole):
            return "pictured"  # "sent by a girl aged 13": her own image
        return "other"  # "shared by his friend who's 19", even after "she sent her ex"
    return "pictured" if RECEIVED_BEFORE.search(before) else None


#: The words after the person open with the image itself, the object of a verb before
#: them: they did nothing in these words.
OBJECT_FIRST = re.compile(rf"^\W*(?:a|an|some|the|two|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b", _I)


#: A clause with a subject of its own after the age: the deed that follows is theirs.
NEW_SUBJECT = re.compile(
    r"^\W*(?:and|but|so|then)\s+(?:some(?:one|body)|somone|sombody|a\s+(?:boy|girl|lad|lass|man|woman)|"
    r"another\s+(?:boy|girl|lad|pupil)|people|they)\s+(?:has|have|had|is|are|was|were|got|sent|took|shared|posted)\b|"
    # "hes 18 im 15 is it illegal to send him a pic": the typist's own age and clause follow
    r"^\W*(?:i['’]?m|im|i\s+am|me)\s+\d{1,2}\b",
    _I,
)


def _by_action(after: str, sentence: str = "") -> Person:
    """The side a deed puts someone on; ``sentence`` is the rest of their sentence, read
    only to see that someone who received an image also sent one back."""
    if NEW_SUBJECT.match(after):
        return None  # "my daughter is 13 and somone has got a pic of her": another's deed
    if ASKED_FOR.search(after):
        return "other"
    if OBJECT_FIRST.match(after):
        return None  # "sent my foster son (13) | a picture of himself": the sender's image
    rest = sentence or after  # the rest of the sentence holds the words after, and more
    if RECEIVED_FIRST.match(after) and not MUTUAL.search(rest) and not SENT_BACK.search(rest):
        return "other"  # "my son (14) was sent a photo of herself by a girl": he received it
    if TOOK_IN.match(after) and not MUTUAL.search(rest) and not SENT_BACK.search(rest):
        return "other"  # "Coach (aged 31) received topless selfies from a player"
    if SELF_IMAGE.search(after) or PASSIVE_VICTIM.search(after) or HAD_IMAGE_MADE.search(after):
        return "pictured"
    if PASSIVE_RECEIPT.search(after) or SENT_OTHERS_IMAGE.search(after) or PASSED_ON.search(after):
        return "other"
    if SCREENSHOT_TAKEN.search(after):
        return "other"  # "took a screenshot and sent it to everyone": someone else's image
    if SENT_OWN_IMAGE.search(after):
        return "pictured"
    if OTHER_ACTION.search(after):
        return "other"
    return None


#: A screenshot or screen recording taken of someone's image is passing it on.
SCREENSHOT_TAKEN = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,2}?(?:(?:took|taken|takes|taking|made|got)\s+(?:a\s+|some\s+)?"
    r"screen\s*-?(?:shots?|grabs?|recordings?)\b|screen\s*-?(?:shotted|shot|grabbed|recorded)\b)",
    _I,
)


# --------------------------------------------------------------------------- sexes
FEMALE_WORDS = (
    r"she|shes|her|herself|girl|girls|daughter|girlfriend|gf|sister|niece|woman|lass|lassie|f|"
    r"female|stepdaughter|granddaughter|mum|mother"
)
MALE_WORDS = (
    r"he|hes|him|himself|boy|boys|son|boyfriend|bf|brother|nephew|lad|lads|laddie|man|m|male|"
    r"stepson|grandson|guy|bloke|dad|father"
)
#: The noun right before an age, read for its sex: "a man of thirty-two", "a woman, 40,".
SEX_NOUN_HEAD = re.compile(rf"\b(?P<noun>{MALE_WORDS}|{FEMALE_WORDS})\s*(?:{LINK}\s*)*$", _I)
SUBJECT_PRONOUN = re.compile(r"\b(?P<who>she|he)(?:\s*'s)?\b(?!\s*'s\s+(?:\d|[a-z]+teen))", _I)
SELF_OF = re.compile(r"\b(?:of|at)\s+(?P<who>herself|himself)\b", _I)
#: A person noun right before a subject pronoun: a reduced relative clause ("a man she met
#: online has been asking ..."), whose main verb is the noun's, not the pronoun's.
REDUCED_RELATIVE_BEFORE = re.compile(
    r"\b(?:man|men|boy|lad|guy|bloke|girl|lass|woman|someone|somebody|person|account|people)\s+$",
    _I,
)
SELF_WORD = re.compile(r"\b(?P<who>herself|himself)\b", _I)


def _self_word_sex(words: str) -> Sex | None:
    """The sex "herself" or "himself" names in these words, if either is said."""
    found = SELF_WORD.search(words)
    return _sex(found["who"]) if found else None


IMAGE_OF_PRONOUN = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?P<who>her|him)\b(?!\s*self)", _I)
#: "Footage of at least 4 girls", "videos of two boys": the children of that sex are pictured.
IMAGE_OF_GROUP = re.compile(
    rf"\b(?:{IMAGE}|footage)\s+of\s+(?:at\s+least\s+|about\s+|around\s+)?(?:\d+|two|three|four|five|six|"
    rf"several|some|many|multiple|various|other|different)\s+(?:other\s+|different\s+|young\s+)?"
    rf"(?P<who>girls|boys|lads|lasses)\b",
    _I,
)
ASKED_OBJECT = re.compile(
    r"\b(?:asked|asking|asks|pressured|pressuring|begged|begging|got|made)\s+(?P<who>her|him)\s+"
    r"(?:for|to\s+(?:send|take|film|make)|into)\b",
    _I,
)
#: "a pic of his junk", "a photo of her boobs": the one whose body it is, is pictured.
BODY_OF_PRONOUN = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?P<who>his|her)\s+{BODY_PARTS}", _I)
#: "has got pics off her", "getting videos from him": the one they came from is pictured.
GOT_FROM_OBJECT = re.compile(
    rf"\b(?:got|gets|getting|get|received|receiving)\s+(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\s+"
    rf"(?:off|from)\s+(?P<who>her|him)\b"
    # "her" alone, not "from her boyfriend"
    r"(?=\s*(?:$|[.,;!?)]|(?:and|but|now|then|too|again|on|over|via|in|at|after|when|last)\b))",
    _I,
)
#: "a boy filmed her in the bathroom": the one filmed is pictured.
FILMED_OBJECT = re.compile(
    r"\b(?:filmed|recorded|photographed|videoed)\s+(?P<who>her|him)\b(?!\s*self)", _I
)
#: Someone's own image sent to the victim: the victim is the child who received it.
SELF_SENT_TO_VICTIM = re.compile(
    rf"\b(?:sent|sends|sending|showed|shown|dm['’]?d)\s+(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+"
    r"of\s+(?:him|her|them)sel(?:f|ves)\s+(?:[\w'-]+\s+){0,2}?to\s+(?:the\s+)?(?:v|victim|ip)\b|"
    rf"\b(?:sent|sends|sending|showed|shown)\s+(?:the\s+)?(?:v|victim|ip)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+of\s+(?:him|her|them)sel(?:f|ves)\b",
    _I,
)
#: An adult who sent a child an image with no one else named in it: their own image, as
#: docs/API.md §1 reads it ("was sent a nude by a woman he met gaming", "a man sent him a
#: picture on Roblox"). "sent him a picture of a girl in his class" names someone else.
_ADULT_NOUN = r"(?P<who>woman|man|lady|guy|bloke|male|female)"
#: Roles that are often adults, but not always (an assistant coach may be 17): their own
#: image sent to a child reads the same way only when an adult's age is said.
_ROLE_NOUN = (
    r"(?:coach|teacher|tutor|volunteer|leader|umpire|neighbour|lodger|instructor|manager|referee)"
)
#: The image names no one, or only the sender's body: "a photo of his privates".
_NO_ONE_ELSE = rf"(?!\s+of\s+(?!(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}|(?:him|her|them)sel))"
SENT_BY_ADULT = re.compile(
    rf"\b(?:(?:was|were|been|got|gets|getting|get)\s+sent|received|receiving)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+(?:(?:via|on|over|through)\s+\w+\s+)?"
    rf"(?:by|from)\s+(?:a|an|this|some|the)\s+(?:[\w'-]+\s+){{0,2}}?{_ADULT_NOUN}\b",
    _I,
)
ADULT_SENT = re.compile(
    # "a man of 52, a friend of the birth family, sent my foster son (13) a picture", "a man
    # she met online, who she thinks is in his twenties, has sent her pictures"
    rf"\b(?:a|an|this|some|the)\s+(?:[\w'-]+\s+)?{_ADULT_NOUN}\s*,?\s+(?:[\w'-]+,?\s+){{0,10}}?"
    # not when someone else is the one who sent ("... messaging her and she sent him a picture")
    r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\bi\s)"
    rf"(?:sent|sends|dm['’]?d|messaged|showed)\s+(?:him|her|them|my\s+(?:[\w-]+\s+){{0,4}}?\w+(?:\s*\(\d{{1,2}}\))?)\s+"
    # not "sent her money for pictures": paying for hers
    rf"(?:{NOT_MONEY}[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\b{_NO_ONE_ELSE}",
    _I,
)
#: "a 24-year-old man sends a picture of his genitals to a 13-year-old girl".
_OWN_BODY_OR_SELF = (
    rf"(?:of\s+(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}\s+|"
    r"of\s+(?:him|her)sel(?:f|ves)(?:\s+in\s+(?:his|her|their)\s+[\w-]+)?\s+)?"
)


def _own_image_sent_to(sender: str) -> re.Pattern[str]:
    """``sender`` then "sent a picture (of himself | of his body) to a ...": their own image."""
    return re.compile(
        rf"\b{sender}\b(?:sent|sends|sending|showed|shows)\s+(?:a|an|some|two|several|\d+)?\s*"
        rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+{_OWN_BODY_OR_SELF}to\s+(?:a|an|the|my|his|her|their|our|one)\b",
        _I,
    )


ADULT_SENT_TO = _own_image_sent_to(
    rf"(?:a|an|the|this)\s+(?:[\w'-]+\s+){{0,2}}?{_ADULT_NOUN}\s+(?:[\w'-]+\s+){{0,5}}?"
)
#: "our assistant coach, who is 31, sent a picture of himself in his boxers to one of our
#: Year 11 girls": a role noun (``_ROLE_NOUN``), read only with an adult's age said.
#: Someone named by their role, then up to 80 characters of the same sentence before their deed.
_ROLE_SENDER = (
    rf"(?:a|an|the|this|our|their|his|her)\s+(?:[\w'-]+\s+){{0,2}}?{_ROLE_NOUN}\b[^.!?]{{0,80}}?"
)
ROLE_SENT_TO = _own_image_sent_to(_ROLE_SENDER)
#: "the assistant manager, late 20s, ... sent him a pic of his own privates": the dative form.
ROLE_SENT_DATIVE = re.compile(
    rf"\b{_ROLE_SENDER}"
    rf"\b(?:sent|sends|sending|showed|shows)\s+(?:him|her|them)\s+(?:a|an|some|two|several|\d+)?\s*"
    rf"(?:[\w'-]+\s+)?(?:{IMAGE})\s+of\s+(?:(?:his|her)\s+(?:own\s+)?{BODY_PARTS}|(?:him|her)sel(?:f|ves))",
    _I,
)
#: "a picture a man had sent her of his privates": the image named first.
IMAGE_AN_ADULT_SENT = re.compile(
    rf"\b(?:{IMAGE})\s+(?:that\s+)?(?:a|an|the|this|some)\s+(?:[\w'-]+\s+)?{_ADULT_NOUN}\s+(?:had\s+|has\s+)?"
    rf"(?:sent|dm['’]?d|showed)\s+(?:him|her|them|my\s+\w+)\s+of\s+(?:(?:his|her)\s+(?:own\s+)?{BODY_PARTS}|"
    r"(?:him|her)sel(?:f|ves))",
    _I,
)


SENT_TO_OBJECT = re.compile(
    # not "sent her bf a video": "her" is then whose friend
    rf"\b(?:sent|sends|sending|showed|shown|forwarded)\s+(?P<who>her|him)\s+(?!(?:bf|gf|boyfriend|girlfriend|"
    rf"ex|partner|mates?|friends?|pals?|brother|sister|cousin|mum|mam|dad|own)\b)(?:{NOT_MONEY}[\w'-]+\s+){{0,3}}?"
    rf"(?:{IMAGE}|semi\s+nudes?)\b",
    _I,
)


SENT_ONE_BACK = re.compile(
    rf"^\s*(?:sent|sends|send|sending)\s+(?:one|some|them|(?:{IMAGE}))(?:\s+back)?\b", _I
)


PERSON_NOUNS_BY_SEX: dict[Sex, re.Pattern[str]] = {
    "female": re.compile(r"\b(?:girl|lass|daughter|woman|sister|gf|girlfriend|niece)s?\b", _I),
    "male": re.compile(r"\b(?:boy|lad|son|man|guy|brother|bf|boyfriend|nephew|bloke)s?\b", _I),
}


def _one_person_of_sex(text: str, sex: Sex | None) -> bool:
    """At most one kind of person of this sex is named ("her son ... a lass": one male)."""
    if sex is None:
        return False
    return len({w.lower() for w in PERSON_NOUNS_BY_SEX[sex].findall(text)}) <= 1


def _sex(word: str) -> Sex | None:
    word = word.lower().strip()
    if word == "his":
        return "male"
    if re.fullmatch(FEMALE_WORDS, word):
        return "female"
    if re.fullmatch(MALE_WORDS, word):
        return "male"
    return None


def sides_by_sex(text: str) -> dict[Sex, Person]:
    """Which side each sex is on, when the pronouns say so without contradiction.

    "she sent them", "a picture of him", "of herself", "asked her for" -> that sex is
    pictured; "he asked", "he kept them", "sent him nudes" -> that sex is the other
    person. A sex with evidence for both sides, or both sexes on the same side, tells
    nothing. When only one sex is placed, the other sex is on the other side.
    """
    evidence: dict[Sex, set[str]] = {"female": set(), "male": set()}

    def note(word: str, side: str) -> None:
        sex = _sex(word)
        if sex is not None:
            evidence[sex].add(side)

    for found in SUBJECT_PRONOUN.finditer(text):
        if REDUCED_RELATIVE_BEFORE.search(text, 0, found.start()):
            continue  # "A man she met at the skatepark has been asking ...": his deed
        after = _after(text, found.end())
        side = _by_action(after)
        theirs = "his" if found["who"].lower() == "she" else "her"
        if re.search(
            rf"\b(?:sent|sends|sending|shared|posted|forwarded|showed)\s+{theirs}\b", after, _I
        ):
            side = "other"  # "he sent her nudes to his mates": someone else's image
        if side is None and SENT_ONE_BACK.match(after):
            side = "pictured"  # "he sent one back": his own image, whoever sent first
        if side in ("pictured", "other"):
            note(found["who"], side)
    for pattern, side in (
        (SELF_OF, "pictured"),
        (IMAGE_OF_PRONOUN, "pictured"),
        (IMAGE_OF_GROUP, "pictured"),
        (ASKED_OBJECT, "pictured"),
        (FILMED_OBJECT, "pictured"),
        (GOT_FROM_OBJECT, "pictured"),
        (SENT_TO_OBJECT, "other"),
    ):
        for found in pattern.finditer(text):
            note(found["who"], side)
    for found in BODY_OF_PRONOUN.finditer(text):
        if _one_person_of_sex(text, _sex(found["who"])):  # "my son ... a lad ... his own"
            note(found["who"], "pictured")
    sides: dict[Sex, Person] = {}
    for sex, found_sides in evidence.items():
        if len(found_sides) == 1:
            sides[sex] = found_sides.pop()  # type: ignore[assignment]
    if len(sides) == 2 and sides["female"] == sides["male"]:
        return {}
    if len(sides) == 1:
        ((sex, side),) = sides.items()
        opposite: Sex = "male" if sex == "female" else "female"
        sides[opposite] = "other" if side == "pictured" else "pictured"
    return sides


LINK_WORDS = frozenset(
    (
        "who", "who's", "is", "was", "are", "were", "'s", "aged", "age", "now", "about",
        "around", "only", "just", "that", "also", "both", "in", "turned", "turns", "and",
    )
)  # fmt: skip
DETERMINERS = frozenset(("his", "her", "their", "my", "our", "your", "a", "an", "the", "this"))
PRONOUNS = frozenset(("he", "she", "hes", "shes", "her", "him", "his", "they", "them", "their"))
NOUN_AFTER = re.compile(
    rf"^[\s-]*(?:(?:{ADJ}|year|years|yr|yrs|old|olds|yo|y/o)[\s-]+)*(?P<word>[a-z]+)\b", _I
)


def _sex_of(text: str, span: Span, mention: Mention) -> Sex | None:
    """The sex of the person an age is said of: the noun after it, else the word before.

    "a 16 year old girl" -> female; "his girlfriend is 15", "her boyfriend, who is 16",
    "she's 14", "hes 15" -> the last word before the age that is not a link word.
    """
    after = NOUN_AFTER.match(text[span.end :])
    if after and after["word"].lower() not in PRONOUNS and (sex := _sex_word(after["word"])):
        return sex
    head = sentence_before(text, mention.start)
    of_age = NOUN_OF_AGE.search(head)  # "a man of thirty-two", "a laddie o 16"
    if of_age and (sex := _sex_word(of_age["noun"])):
        return sex
    named = NOUN_IS_NAME.search(head)  # "The girl is Skye, 14": the noun says
    if named and named["name"] not in NOT_A_NAME:
        return _sex_word(named["noun"])
    for word in reversed(re.findall(r"[A-Za-z']+", head)[-5:]):
        if word.lower() in LINK_WORDS or word.lower() in DETERMINERS:
            continue
        if sex := _sex_word(word.removesuffix("'s")):
            return sex
        break
    partner = PARTNER_OF_SAID_NEXT.match(text[span.end :])  # "my cousin is 14 and her boyfriend"
    return _sex(partner["pronoun"]) if partner else None


#: The person's own partner named right after their age: "my cousin is 14 and her
#: boyfriend is 18" (the cousin is the "her").
PARTNER_OF_SAID_NEXT = re.compile(
    r"^\s*(?:,\s*)?(?:and|,)\s+(?P<pronoun>her|his)\s+(?:new\s+|older\s+|ex[-\s]?)?"
    r"(?:boyfriend|girlfriend|bf|gf|partner|ex)\b",
    _I,
)
#: A person noun said with "of" right before the age: "a man of thirty-two", "a lassie o 14".
NOUN_OF_AGE = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:of|o)\s+$")
#: A person noun said to be a first name, just before an age: "The girl is Skye, ", "a lad
#: called Kyle, ".
NOUN_IS_NAME = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:is|was|called|named)\s+(?P<name>[A-Z][a-z]{2,})\s*[,(]?\s*"
    r"(?:(?:is|was|aged?|now)\s+)?$"
)


def _sex_word(word: str) -> Sex | None:
    """The sex a word names; "M" and "F" only as capitals (police notes: "15yo F")."""
    if word.lower() in ("m", "f") and word.islower():
        return None
    return _sex(word)


#: "we're with a 16yo girl now": "now" says where the person typing is, not a later age.
WITH_US_HEAD = re.compile(
    r"\b(?:we['’]?re|we\s+are|i['’]?m|im|i\s+am)\s+(?:here\s+|sat\s+|sitting\s+)?with\s+(?:a|an|the)?\s*$",
    _I,
)


def _later(text: str, span: Span, mention: Mention) -> bool:
    with_us = WITH_US_HEAD.search(text[: span.start]) is not None
    return bool(
        NOW_BEFORE.search(text[: mention.start])
        or re.search(r"\bnow\b", span.value, _I)
        or (NOW_AFTER.match(text[span.end :]) and not with_us)
    )


def _drop_looks_beside_a_stated_age(text: str, found: list[Mention]) -> list[Mention]:
    """ "She looks about 10" is how the image looks, not how old the child is: it counts
    only when no other age is said of the pictured child ("the girl in the video looks
    about 13-14" with nothing else is the best there is)."""
    said_looking = {found.start("num") for found in LOOKS_AGE.finditer(text)}
    looks = {m.start for m in found if m.start in said_looking}
    stated = [
        m
        for m in found
        if m.start not in looks and m.person in ("pictured", "both", None) and m.low < ADULT_AGE
    ]
    if not looks or not stated:
        return found
    return [m for m in found if m.start not in looks]


#: The age when it happened, said right after the age now: "V now 16F but was 15 when the
#: imgs were made", "Kacey, now 16, ... was 13 at the time".
THEN_AGE = re.compile(r"^\d{1,2}\b\s*(?:\w+\s+){0,2}?(?:when|at\s+the\s+time)\b", _I)
WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+)?$", _I)
THEN_AFTER_NOW_GAP = 40


def _then_after_now(text: str, found: list[Mention]) -> list[Mention]:
    """An age said of nobody, right after someone's later age ("now 16F but was 15 when the
    imgs were made"), is that person's age at the time: it takes their side, and the later
    age goes."""
    placed: list[Mention] = []
    for mention in found:
        previous = placed[-1] if placed else None
        if (
            previous is not None
            and previous.later
            and previous.person not in (None, "skip")
            and mention.person is None
            and THEN_AGE.match(text[mention.start :])
            and WAS_BEFORE.search(text[: mention.start])
            and mention.start - previous.start <= THEN_AFTER_NOW_GAP
            and not re.search(r"[.;!?]\s", text[previous.start : mention.start])
        ):
            placed[-1] = replace(
                mention, person=previous.person, weak=previous.weak, sex=previous.sex
            )
            continue
        placed.append(mention)
    return placed


#: The image dated by years before now: "imgs were made 2 yrs ago", "taken three years back",
#: "the video is from a year ago".
IMAGE_YEARS_AGO = re.compile(
    rf"\b(?:made|taken|took|sent|filmed|recorded|created|shared|from|dated?)\s+(?:about\s+|around\s+|roughly\s+|"
    rf"over\s+|nearly\s+|almost\s+)?(?P<num>a|an|one|{NUM})\s+(?:years?|yrs?)\s+(?:ago|back|earlier)\b",
    _I,
)


def _age_when_dated(text: str, found: list[Mention]) -> list[Mention]:
    """The pictured child's age now, with the image dated years back ("a girl who is now
    16 ... imgs were made 2 yrs ago"), gives their age when it was made (14): the age that
    decides the case. Read only when that later age is the only one said of a child who is
    or may be the pictured one, and as the user would count it: now less the years said."""
    dated = IMAGE_YEARS_AGO.search(text)
    if not dated or any(m.person == "pictured" and not m.later for m in found):
        return found
    pictured = [
        m for m in found if m.later and m.low < ADULT_AGE and m.person in ("pictured", None)
    ]
    if len(pictured) != 1:
        return found
    years = 1 if dated["num"].lower() in ("a", "an", "one") else parse_numbers(dated["num"])[0]
    then = pictured[0]
    if years >= then.low:
        return found
    return [
        replace(m, low=m.low - years, high=m.high - years, later=False) if m is then else m
        for m in found
    ]


def _drop_later_pictured(found: list[Mention], sexes: dict[Sex, Person]) -> list[Mention]:
    """A later ("now") age of the pictured child is not the age when the image was made.

    It is dropped when an age of the same sex (or of unknown sex) is the pictured
    child's, or, with no sexes known, is said of nobody in particular and so may be.
    The other person's later age stays: their age now counts.
    """
    earlier = [m for m in found if not m.later and m.person in ("pictured", None)]
    if not earlier:
        return found
    kept: list[Mention] = []
    for mention in found:
        if mention.later and mention.weak and mention.person in (None, "pictured"):
            side = sexes.get(mention.sex) if mention.sex else None
            same = any(m.sex is None or m.sex == mention.sex for m in earlier)
            if side != "other" and same and (mention.sex is not None or mention.low < ADULT_AGE):
                continue
        kept.append(mention)
    return kept


# --------------------------------------------------------------------------- resolution


def resolve(found: list[Mention], requested_slot: str | None) -> dict[str, int]:
    """Turn mentions into ``pictured_age`` / ``other_age`` (see the module docstring)."""
    found = _prefer_exact(found)
    pictured = [m for m in found if m.person in ("pictured", "both") and not _only_a_bound(m)]
    other = [m for m in found if m.person in ("other", "both")]
    loose = [m for m in found if m.person is None and not _only_a_bound(m)]
    pictured, other = _place_loose(pictured, other, loose, requested_slot)
    other = [m for m in other if not m.claimed]
    facts: dict[str, int] = {}
    if pictured:
        facts["pictured_age"] = min(m.low for m in pictured)
    if other:
        facts["other_age"] = max(m.high for m in other)
        children = [m.high for m in other if m.high < ADULT_AGE]
        adult_pictured = facts.get("pictured_age", 0) >= ADULT_AGE
        if (not pictured or adult_pictured) and children and facts["other_age"] >= ADULT_AGE:
            # "a 24-year-old man sends a picture of his genitals to a 13-year-old girl": with
            # no one placed in the image, the child is kept (an adult stays involved,
            # ``adult_involved``), so an adult named in the image later cannot leave the
            # case with no child in it; and with an adult pictured, the other person is the
            # child who received or was shown it (CONTRACT §1), never a second adult
            facts["other_age"] = max(children)
    return facts


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
    rf"sending|pressur\w+|filmed|threaten\w*)\b",
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


def adult_among(found: list[Mention]) -> bool:
    """True when anyone is said to be 18 or over (an adult pictured counts too)."""
    return any(m.exact and m.low >= ADULT_AGE for m in found if m.person != "skip")


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
        return pictured, other + adults + [m for m in involved if m not in adults]
    if pictured:
        return pictured, other + loose
    if other:
        children = [m for m in loose if m.low < ADULT_AGE]
        return children, other + adults
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


def _prefer_exact(found: list[Mention]) -> list[Mention]:
    """An age in years beats a school year for the same person (``Mention.covered``)."""
    return [m for m in found if m.exact or not m.covered]
