"""Whose age is it, read from the words right around one age or school year.

:func:`_mention` turns an entity into a :class:`Mention` (dropping what is not a person's
age: suspect labels, claimed ages of the typist); :func:`_person` decides the side from the
head noun before it and the deed after it, in the order the package docstring lists:
claims, "both", the image's subject, bystanders, mutual sending, finders, the other person's
nouns and prepositions, then what the person did next.
"""

from __future__ import annotations

import re

from actions.narrative.ages.mention import _I, Mention, Person
from actions.narrative.ages.words import (
    _AT_THE_TIME,
    _FILLER,
    _IT,
    _SINCE_WAS,
    _SUSPECT,
    _US,
    _YEARS_DATE,
    ADJ,
    APPOSITIVE_CLOSE,
    BODY_OR_CLOTHES,
    BYSTANDER_NEXT,
    BYSTANDER_NOUNS,
    CHILD_SENT_BACK,
    COUNT,
    DET,
    FAMILY_OR_STAFF_NOUNS,
    FEMALE_WORDS,
    IMAGE,
    IMAGE_WORD,
    LINK,
    MALE_WORDS,
    MUTUAL,
    NEARLY,
    NEUTRAL,
    NOT_A_NAME,
    PARTNER_WORDS,
    PERSON_WORD,
    SAYS_WHOSE,
    SELF_IMAGE,
    SOON_AFTER,
    TOOK_IN,
    UNDER,
    UNIT_AFTER,
    _after,
    _after_noun,
    _bracketed_deed,
    _by_action,
    _by_preposition,
    _kept_or_used_it,
    _self_word_sex,
    _sex,
    _sex_word,
)
from actions.narrative.birth_dates import MONTH_WORDS
from actions.narrative.context import (
    Span,
    clause_before,
    first_words,
    sentence_after,
    sentence_before,
)
from actions.narrative.numbers import FIRST_NUMBER, parse_numbers
from actions.narrative.school_years import school_year_ages
from actions.narrative.vocabulary import (
    ADULT_AGE,
    MAX_AGE,
    MIN_AGE,
    NEUTRAL_PERSON_NOUNS,
    OTHER_PERSON_NOUNS,
    PICTURED_PERSON_NOUNS,
)

BYSTANDER_HEAD = re.compile(
    rf"\b(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})(?:\s+(?:here|present|too))?"
    # "Her older sister Ruby who is 17 has been a rock": the relative's name between
    # (development pictured sets, 2026-12-08)
    r"(?:\s+(?-i:[A-Z][a-z]+)(?=\s*,?\s*(?:who|aged?|\())|\s*,\s*(?-i:[A-Z][a-z]+)\s*,)?"
    # "His mum, my daughter, is 33": the relative named a second time, between commas
    r"(?:\s*,\s*(?:my|our|his|her|their)\s+[\w-]+\s*,)?"
    rf"\s*(?:{LINK}\s*)*$",
    _I,
)
#: Said not to be involved, right after the age: "V's stepdad is 50, neither involved",
#: "V's uncle (50) is the cousin's dad, not involved" (no other age in between).
NOT_INVOLVED_NEXT = re.compile(
    r"^[^.!?;\d]{0,40}?\b(?:(?:is|are|was|were)(?:n['’]?t|\s+not)|not|neither(?:\s+of\s+them)?|"
    r"(?:neither|none)\s+(?:is|are|was|were))\s+(?:(?:in\s+any\s+way|at\s+all|directly)\s+)?"
    r"involved\b(?!\s+(?:in|with)\s+(?!it\b|this\b|any))|"
    # "V's stepdad is 48 and her uncle is 52, neither involved": said of the list
    r"^[^.!?;]{0,50}?,\s*(?:(?:neither|none\s+of\s+them)\s+(?:(?:is|are|was|were)\s+)?|"
    r"(?:both|they\s+are|they['’]re|they\s+were)\s+not\s+|(?:they\s+)?(?:are|were)n['’]?t\s+)"
    r"(?:(?:in\s+any\s+way|at\s+all|directly)\s+)?involved\b",
    _I,
)
#: The one who made or passed on the image, named after "by" in a passive: "Image of her
#: taken at 17 by her ex bf, who was 19 at the time", "filmed by a lad (16)".
AGENT_BY_HEAD = re.compile(
    r"\b(?:taken|made|filmed|recorded|photographed|videoed|created|shared|posted|leaked|"
    # ("An image a girl sent aged 13 has been kept by a boy who's now 16": he holds it)
    r"uploaded|forwarded|circulated|spread|screenshotted|upskirted|kept|held|saved|stored)\b[^.;!?]{0,40}?\bby\s+"
    rf"(?:(?:his|her|their|the|a|an|some|two|an\s+older|a\s+older)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{PERSON_WORD}|{PARTNER_WORDS})\s*(?:,\s*)?(?:who\s*(?:was|is|['’]s)(?:\s+now)?|aged?|\()?\s*$",
    _I,
)
#: A selfie or a nude came from this person: "a selfie from an adult man aged 31".
SELFIE_FROM_HEAD = re.compile(
    r"\b(?:selfies?|dick\s+pics?|nudes?\s+of\s+(?:him|her)self)\s+from\s+(?:an?\s+|the\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:man|woman|male|female|adult|guy|bloke|lad|boy|girl|person)\s*(?:,|\(|aged?|who\s*['’]?s|of)?\s*$",
    _I,
)
#: One of a group named next, with an age of their own: "males in their 20s, one of them,
#: aged 23, has images of her" (the group's decade gives way to the one who did it).
ONE_OF_THEM_NEXT = re.compile(r"^\W*(?:,\s*)?one\s+of\s+(?:them|these|those)\b", _I)
#: Parents or carers said of together: "placed with foster carers (both in their 50s)".
CARERS_BOTH_HEAD = re.compile(
    r"\b(?:parents|carers|foster\s+carers|grandparents|mum\s+and\s+dad|adoptive\s+parents|teachers|staff)"
    r"\s*[(,]?\s*(?:are\s+|were\s+)?(?:both|all)\s*(?:aged?\s*)?$",
    _I,
)
#: The people a child lives with: "V is 15, lives with mum (40) and stepdad (44)".
LIVES_WITH = re.compile(
    # (not "she can't live with it")
    # ("I live with my mum and my brother who is 19": the typist's household)
    r"\b(?:lives|living|stays|staying|(?:i|we)\s+(?:live|stay))\s+with\s+(?!it\b|this\b|that\b|the\s+(?:shame|guilt))[^.;!?]*$",
    _I,
)
#: A parent or member of staff shown the image by someone: "Our Head of Year (52) was
#: shown by a Year 10 boy a picture" is told of it (development pictured sets, 2026-12-07).
SHOWN_NEXT = re.compile(r"^\W*(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+shown\b", _I)
#: A relative named with a parent, nothing done: "Her mum (34) and stepdad (36) are coming
#: in tomorrow" (development pictured sets, 2026-12-07).
WITH_A_PARENT_HEAD = re.compile(
    rf"\b(?:{BYSTANDER_NOUNS})\s*(?:\(\s*\d{{1,2}}\s*\)|,\s*\d{{1,2}}\s*,)?\s*(?:and|&)\s+"
    rf"(?:(?:my|our|his|her|their)\s+)?(?:{FAMILY_OR_STAFF_NOUNS})\s*\(?\s*$",
    _I,
)
#: Who brought two people together: "her ex, met through her older brother who is 20".
MET_THROUGH = re.compile(
    r"\bmet\s+(?:(?:him|her|them|each\s+other)\s+)?(?:through|via)\s+[^.;!?,]*$", _I
)
#: The victim named as a relative: "V is his sister,", "victim was her cousin".
VICTIM_IS = re.compile(
    rf"\b(?:v|victim|ip|injured\s+party)\s+(?:is|was|=)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+)?"
    rf"(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\W*(?:{LINK}\s*)*$",
    _I,
)
#: "... is the one who flagged it": someone named as the finder or reporter, a few words on.
_THE_ONE_WHO = r"[^.!?]{0,40}?\b(?:is|was)\s+the\s+one\s+who\s+"
_TOLD_OF_IT = r"(?:flagged|reported|found|noticed|spotted|raised|told)"
FINDER = re.compile(
    rf"^\W*{_FILLER}(?:(?:found|finds|saw|sees|noticed|notices|discovered|"
    rf"discovers|confiscated|brought|spotted|came\s+across|picked\s+up\s+on|heard|flagged|"
    rf"raised|reported|reports)\s+(?:{_IT}|(?:some\s+|an?\s+)?(?!with\b)(?:[\w-]+\s+)?(?:{IMAGE})\b)|"
    # "found his grandson, 13, had a photo", "caught her boyfriend filming her"
    rf"found\s+(?:that\s+)?(?:his|her|their|my|our)\s+(?:grand)?(?:son|daughter|child|kid|boy|girl)\b|"
    # "found an iPad left in the library", "found her sister's phone open", "brought phone to station"
    rf"(?:found|brought\s+in|brought|handed\s+in|handed\s+over)\s+(?:a|an|the|her|his|their|my)?\s*(?:[\w'’-]+['’]s\s+)?"
    rf"(?:phone|ipad|tablet|laptop|device|mobile)\b|"
    rf"caught\s+(?:him|her|them|(?:his|her|their|the|a)\s+[\w-]+)\b|"
    rf"(?:told|tells|contacted|rang|called|phoned|alerted|"
    rf"informed|came\s+to)\s+{_US}|found\s+out|is\s+worried|was\s+worried|"
    # "Mum here": the person typing (not "a 29 year old teaching assistant here asking her
    # for a pic": a deed of theirs follows; development narratives AG, 2026-12-07)
    r"here(?!\s*,?\s+(?:asking|asked|asks|sent|sending|sends|messag\w*|texting|texted|snapchatting|"
    r"has|had|took|taking|filmed|filming|shared|sharing|groom\w*|contact\w*|who|that)\b)|"
    # "V's brother (18) told her about it": he only told the child
    rf"told\s+(?:her|him|them)\s+about\s+(?:it|them|this|the\s+[\w-]+)\b|"
    # "The youth leader (23) was told by another kid", "heard from his mates that"
    rf"(?:was|were|got|has\s+been|had\s+been)\s+told\b|heard\s+(?:from|about|through|that)\b|"
    # "Mum (34) and stepdad (36) were unaware", "knew nothing about it"
    rf"(?:was|were|are|is)\s+(?:completely\s+|totally\s+)?unaware|knew\s+nothing|had\s+no\s+idea|"
    rf"(?:didn['’]?t|did\s+not)\s+know\s+(?:anything|about\s+(?:it|this|any\s+of\s+it))|"
    rf"(?:checked|went\s+through)\s+(?:her|his|their)\s+(?:phone|ipad|tablet|laptop)|"
    # "Her dad, 45, has threatened to beat him up", "Her younger brother, 8, also lives there":
    # angry or at home, with no part in the image
    rf"(?:has\s+|had\s+|is\s+|was\s+)?threat\w*\s+to\s+(?:beat|batter|hurt|kill|smash|punch|hit|kick|"
    rf"knock|sort|deal\s+with|go\s+round|have\s+a\s+word|go\s+to\s+the\s+(?:police|school|papers)|report|ring|call)|"
    rf"(?:also\s+)?lives?\s+(?:there|here|with\s+(?:us|them|her|him))|"
    # "Mr Evans, who's 26 and in his second year, is the one who flagged it to the DSL"
    rf"{_THE_ONE_WHO}(?:{_TOLD_OF_IT}|passed\s+it\s+on\s+to\s+(?:me|us|the\s+dsl))|"
    # Scots "fund them on her phone"
    rf"fund\s+(?:{_IT}|(?:some\s+|an?\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\b)|"
    # "Her older sister (19) screenshotted the chat and brought it into school": evidence of
    # the messages kept for those who must act, not the image passed on
    r"screen\s*-?(?:shotted|shot|grabbed)\s+(?:the|her|his|their|all\s+the)\s+"
    r"(?:chat|chats|messages|conversation|convo|dms|texts)\b)\b",
    _I,
)
#: Anyone who (only) found out, saw or reported it: "my gf is 19 and just found out". ("She
#: told her tutor" is not here: the child who tells is often the pictured one.)
FOUND_OUT = re.compile(
    # not "has found out her ex ... sent a nude she'd given him": her own image
    rf"^\W*{_FILLER}(?:found\s+out(?!\s+(?:that\s+)?(?:her|his|their)\s+['‘\"“]?(?:ex\b|boyfriend|girlfriend|bf|gf|"
    # ("has found out that her 'friend' from gaming ... secretly screen-recorded")
    rf"partner|friend|mate|pal|{IMAGE}|own))"
    # not "has just found out a girl at a sleepover filmed her": she was filmed (the words
    # read may end at the verb)
    r"(?!\s+(?:that\s+)?(?:a|an|some|the|someone|somebody)\b[^.!?]{0,40}?\b(?:filmed|photographed|recorded|"
    r"took\s+(?:a\s+)?(?:photo|pic|picture|video)s?\s+of|has\s+(?:a\s+|some\s+)?(?:photo|pic|video|nude)s?\s+of|"
    # "found out an older girl in Year 9 has been getting her to send pics": she was the one
    # asked (development pictured set AZ, 2026-12-07)
    r"(?:getting|got|making|made|asking|asked|pressuring|pressured|forcing|forced|persuading|"
    r"persuaded)\s+(?:her|him|them)\s+(?:to\s+send|for|into)|"
    r"(?:getting|asking|pressuring|forcing|persuading)\s*$)"
    r"(?:\s|$))|found\s+(?:it|them|the|those|these|messages|pics|"
    # (not "found pics of herself online": the one in them)
    r"photos|pictures|images|videos|nudes)(?!\s+(?:\w+\s+){0,2}?of\s+(?:herself|himself|themselves|me|myself)\b)|"
    r"discovered|reported\s+(?:it|this|the|them)|saw\s+(?:it|them|the|one|a|some)\b(?!\s+of\s+(?:her|him|them)sel)|spotted\s+(?:it|them|the)|noticed|"
    # "IP's older bro (19) called it in"
    r"(?:called|rang|phoned)\s+(?:it|this)\s+in|"
    # "a third pupil, 16, overheard them", "my sister is 12 and she read my phone"
    r"overheard|heard\s+(?:about\s+it|about\s+this|them|people|rumours?)|"
    r"read\s+(?:my|her|his|their)\s+(?:phone|messages|texts|chats?)|"
    # "A 17-year-old found a nude of her cousin on her brother's phone", "found that her brother"
    rf"found\s+(?:an?\s+(?:[\w-]+\s+)?(?:{IMAGE})|that\s+(?:her|his|their|my)\s+[\w-]+)|"
    # "A cleaner (61) found a phone in the toilets with a nude of a girl"
    r"(?:found|handed\s+in)\s+(?:a|an|the|her|his|their)\s+(?:[\w'’-]+['’]s\s+)?(?:phone|ipad|tablet|laptop|device|mobile)|"
    # "Mr Evans, who's 26 and in his second year, is the one who flagged it to the DSL"
    rf"{_THE_ONE_WHO}{_TOLD_OF_IT})\b",
    _I,
)
#: How many words after an age are read for what its person found out.
FOUND_OUT_WORDS = 16
SAW = re.compile(r"\b(?:saw|noticed)\b", _I)
#: The person typing gives their own age: "I'm 42", "I am a 35 yr old mum".
FIRST_PERSON_AGE = re.compile(
    # ("from when they were both 12": "were" typed for "we're" only with no one else before it)
    r"(?:\b(?:i\s*'?\s*m|i\s+am|(?<!\bthey\s)(?<!\bwho\s)(?<!\bshe\s)(?<!\bhe\s)(?<!\byou\s)we\s*'?\s*re|"
    r"we\s+are|(?:and|&)\s+i\s+are)|(?:^|[.!?]\s+)\W*am)\s+"
    r"(?:(?:a|an|both)\s+)?$",
    _I,
)
#: The truth about someone believed or claimed to be another: "turned out to be a".
#: ("turned out to be a 16 year old boy": a person named, with an article)
TURNED_OUT_HEAD = re.compile(r"\bturned\s+out\s+to\s+be\s+(?:a|an)\s+$", _I)
#: The one it was sent to, believed or claimed to be someone: "to a girl he thought was 14".
THOUGHT_OR_CLAIMED = re.compile(
    r"\bto\s+(?:a|an|some(?:one|body)|this)\b[^.!?]{0,40}?\b(?:thought|believed|claim\w*|pretend\w*|"
    r"posing|said\s+(?:he|she|they)\s+(?:was|were))\b",
    _I,
)
#: The person typing names their own role, then their age: "I'm a teacher (34)", "I'm her
#: mum, 41,": an adult who tells of it, not one who took part (an adult who did is read by
#: what the words say they did: ``TYPIST_IMAGED_THE_CHILD``).
TYPIST_ROLE_HEAD = re.compile(
    r"\b(?:i\s*'?\s*m|i\s+am)\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:teacher|dsl|tutor|officer|pc|constable|sergeant|worker|nurse|mum|mom|mam|dad|mother|father|"
    r"parent|carer|coach|leader|volunteer|ta|assistant|lead|manager|counsellor|gran|nan|grandad|"
    # "I'm a student (18) at college and I've just found out": told of it, not in it
    # (development pictured set BA, 2026-12-07)
    r"student|grandmother|grandfather|aunt|auntie|stepmum|stepdad|head|headteacher|mentor)\s*(?:\(\s*|,\s*)?(?:aged\s+)?$",
    _I,
)
#: The person typing says they sent or made an image of themselves: "I sent one", "pics
#: of me", "my nudes". With their own age ("I'm 16"), they are the child pictured.
TYPIST_SENT_OWN = re.compile(
    # ("i did send it": development pictured sets, 2026-12-07)
    r"\bi\s*(?:'?ve\s+|\s+have\s+|\s+had\s+|\s+did\s+)?(?:sent|send|took|made|shared|posted)\s+"
    r"(?:him|her|them|one|some|a|an|it|pics?|photos?|pictures?|nudes?|videos?|images?)\b"
    # (not "I made a fake nude of a girl in my class": someone else's image)
    r"(?![\w\s'-]{0,30}?\bof\s+(?:a|an|the|this|that|his|her|some|another|one|him|them|two|my\s+"
    r"(?:friend|mate|class|sister|brother|cousin|ex))\b)|"
    # "I'm a 16 yo guy, sent pics to a guy on an app": the subject left out after the age
    r"\bi\s*['’]?\s*m\s+(?:an?\s+)?\d{1,2}\s*(?:yo|y/o|yrs?\s+old|years?\s+old|year-old)?\s*(?:[\w-]+\s*)?,\s*"
    r"(?:and\s+)?(?:sent|send|took|made|posted)\s+(?:pics?|photos?|pictures?|nudes?|videos?|images?|some|one|a|an)\b|"
    r"\b(?:pics?|photos?|pictures?|nudes?|videos?|images?)\s+of\s+(?:me|myself)\b|"
    r"\bmy\s+(?:own\s+)?(?:nudes|pics|photos|pictures|videos)\b|"
    # "found nudes I'd taken", "the pics i took in the mirror", "a video I had made"
    r"\b(?:pics?|photos?|pictures?|nudes?|videos?|vids?|selfies?|images?)\s+(?:that\s+|which\s+)?"
    # (not "pics i took of my friend": someone else's; not "nudes i sent at 13", whose age
    # then is said)
    r"i\s*(?:['’]?d\s+|\s+had\s+)?(?:taken|took|made|filmed)\b(?!\s+(?:of|at|aged?)\s+(?!me\b|myself\b))|"
    # "got me to send a pic of my d*ck", "made me send one", "tricked me into sending"
    r"\b(?:got|made|make|makes|pressured|pressurised|forced|tricked|persuaded|convinced)\s+me\s+"
    r"(?:to\s+|into\s+)?(?:send|sending|take|taking|film|filming)\b|"
    r"\b(?:pics?|photos?|pictures?|videos?|vids?|nudes?)\s+of\s+my\s+(?:[\w*'-]+\s+)?"
    r"(?:d\W?ck|dick|willy|penis|privates|bits|boobs|tits|chest|bum|arse|ass|body|genitals|vagina|fanny)\b",
    _I,
)
#: The age the person typing gave for when the image was made: "when I was 14", "i was 15
#: when i sent them"; their age now is then not the age that counts.
TYPIST_EARLIER_AGE = re.compile(
    r"\bwhen\s+i\s+was\s+\d|\bi\s+was\s+(?:only\s+|just\s+)?\d{1,2}\s+(?:when|at\s+the\s+time|then)\b",
    _I,
)
#: The images are dated by the typist's own earlier age: "they're from when i was 13",
#: "the pics are from when I was 12": their own, made then, so their age now is not the
#: one that counts (development pictured set BA, 2026-12-07).
IMAGES_FROM_WHEN_I_WAS = re.compile(
    rf"(?:\b(?:{IMAGE})|\bthey\s*['’]?\s*re|\bthey\s+(?:are|were)|\bit\s*['’]?\s*s|\bit\s+(?:is|was))"
    r"\s+(?:all\s+|both\s+)?(?:(?:are|were|is|was)\s+)?(?:all\s+)?from\s+when\s+i\s+was\b",
    _I,
)
#: The adult typing took, sent or passed on images of the child: "I took photos of my son
#: in the bath when he was 2", "I sent pictures of my 4 year old in the bath to my sister",
#: "When my daughter was about 5 I took a couple of photos of her" (not "photos of her
#: messages": a record of the chat).
TYPIST_IMAGED_THE_CHILD = re.compile(
    r"\bi\s*(?:'?ve\s+|\s+have\s+|\s+had\s+)?(?:sent|took|taken|made|shared|posted|forwarded|filmed|"
    r"uploaded)\s+(?:a\s+couple\s+of\s+|some\s+|a\s+few\s+|two\s+|the\s+|a\s+)?"
    rf"(?:[\w-]+\s+)?(?:{IMAGE})\s+of\s+(?:(?:my|our)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:son|daughter|child|kid|boy|girl|baby|grandson|granddaughter|\d+\s*(?:yo|y/o|(?:year|yr)s?\s+old))\b|"
    r"(?:her|him|them)\b(?!\s+(?:messages?|phone|chats?|texts?|screen|snaps?|convos?|conversations?)\b))",
    _I,
)
#: The young person typing made or passed on someone else's image, the subject left out
#: after their age: "im 15 and made a fake nude of my mate", "i'm 13 and photoshopped a
#: pic of a girl in my class" (development pictured sets, 2026-12-08).
TYPIST_MADE_ANOTHERS = re.compile(
    r"\bi\s*['’]?\s*m\s+\d{1,2}\s*(?:yo|y/o|yrs?\s+old|years?\s+old)?\s*,?\s*(?:and|&|n)\s+"
    r"(?:i\s+)?(?:made|took|filmed|created|edited|photoshopped|shared|posted|forwarded)\s+"
    r"(?:an?\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{IMAGE})\s+of\s+(?:my|a|an|this|that|another|one|her|him|some)\b(?!\s+(?:own|body)\b)",
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
    r"\bmy\s+(?:gf|bf|girlfriend|boyfriend|partner|ex)\b(?!['’]s)|"
    # (not "his mum found it and messaged me": she told the person typing)
    r"(?<!\bfound\sit\sand\s)(?<!\bfound\sthem\sand\s)(?<!\bsaw\sit\sand\s)"
    r"\b(?:asked|asking|asks|wants|wanted|messaging|messaged)\s+me\b|\bwants\s+mine\b|"
    # "she posted topless photos of herself in our family group chat": the typist got it
    # (development pictured sets, 2026-12-07)
    r"\b(?:sent|posted|shared|put|dropped)\b[^.!?]{0,50}?\b(?:in|on|to|into)\s+our\s+"
    r"(?:[\w-]+\s+)?(?:group\s*chat|gc|group)\b",
    _I,
)
#: The person typing was sent someone else's image: "sent me her nudes", "airdropped me a
#: pic of his willy".
TYPIST_RECEIVED = re.compile(
    # (not "sent me a screenshot of my followers list": a threat, not an image of anyone)
    rf"\b(?:sent|sends|send|airdropped|forwarded|snapped|dm['’]?d)\s+me\s+(?!(?:a\s+|the\s+)?screen\s*-?shots?\b)"
    rf"(?:(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\b|"
    r"(?:her|his)\s+(?:nudes|pics|photos|videos))",
    _I,
)
#: ... unless the person typing was asked for one too, and may have sent it back.
TYPIST_ASKED_FOR_ONE = re.compile(
    r"\b(?:asked|asking|asks|wants|wanted|begging|pressuring|on\s+at)\s+me\b|\bback\b|\bmine\b", _I
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
PARTNER_HEAD = re.compile(rf"\b{PARTNER_WORDS}\s*(?:{LINK}\s*)*$", _I)
#: An image received from a partner, the age said after the partner noun: "got a picture
#: from his girlfriend, 16," (her own, as "received images from his 15-year-old girlfriend").
RECEIVED_FROM_PARTNER = re.compile(
    r"\b(?:got|gets|received|receives|was\s+sent|been\s+sent)\s+(?:a|an|some|the|two|\d+)\s+(?:[\w-]+\s+)?"
    rf"(?:{IMAGE})\s+(?:from|off)\s+(?:his|her|their|my)\s+(?:new\s+)?{PARTNER_WORDS}\s*(?:,|\()?\s*$",
    _I,
)
#: Someone's image passed on to a partner: "has nude of him and sent it to her new bf M/17".
PASSED_TO_PARTNER = re.compile(
    r"\b(?:sent|sends|forwarded|forwards|gave|showed|airdropped|passed|shared|shares)\s+(?:it|them|the\s+\w+|"
    # "shared a clip of him from last year, when he was 13, to her new bf, who is 17": the
    # image named, what it shows, then to whom (development pictured sets, 2026-12-08)
    rf"(?:a|an|some|two|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b[^.;!?]{{0,90}}?)\s*,?\s+"
    # "She's just shared it with her new boyfriend (17)"
    rf"(?:on\s+)?(?:to|with)\s+(?:{DET}\s+)?(?:new\s+|current\s+|older\s+)?{PARTNER_WORDS}\s*(?:{LINK}\s*)*$",
    _I,
)
#: A partner noun, then a pronoun of the other sex before the age: "sent nudes to her
#: boyfriend she is 15 he is 22": "she is 15" is not the boyfriend's age.
PARTNER_THEN_OTHER_SEX = re.compile(
    r"\b(?:boyfriend|bf|ex-boyfriend)\s*,?\s*(?:she|shes|she['’]s)\s*(?:is|was)?\s*$|"
    r"\b(?:girlfriend|gf|ex-girlfriend)\s*,?\s*(?:he|hes|he['’]s)\s*(?:is|was)?\s*$",
    _I,
)
PARTNER_NEXT = re.compile(rf"^\W*(?:{ADJ}\s+)?{PARTNER_WORDS}\b", _I)

#: A partner who sent images, of nobody else: "my ex who's 15 sent me pics when we were
#: together" (not "sent me a pic of her friend").
PARTNER_SENT_OWN = re.compile(
    r"^\W*(?:\w+\s+)?(?:sent|sends|sending|has\s+sent|had\s+sent)\s+(?:me|him|her|them)\s+"
    r"(?:a\s+|some\s+|loads\s+of\s+|a\s+few\s+)?(?:nudes?|pics?|pictures?|photos?|selfies?|videos?)\b"
    r"(?!\s+of\s+(?!(?:her|him|them)sel))",
    _I,
)

# 1. Claimed ages.
CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?|pos(?:es|ed|ing)\s+as|supposedly|purport(?:s|ed|ing)?|"
    r"masquerad(?:es|ed|ing)\s+as|impersonat(?:es|ed|ing)|"
    r"profile\s+(?:said|says)|(?:said|says|saying)\s+(?:he|she|they)\s*(?:was|were|is|are|'s|'re)\s+only|"
    r"(?:thought|thinking)\s+(?:he|she|they)\s+(?:was|were)(?:\s+(?:talking|chatting|speaking)\s+(?:to|with))?|"
    r"(?:he|she|they)\s+thought\s+(?:was|were)|"
    # "after being led to think he was talking to a 17 yr old girl"
    r"\b(?:led|made)\s+to\s+(?:think|believe)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were)"
    r"(?:\s+(?:talking|chatting|speaking)\s+(?:to|with))?|"
    # "Not convinced he's really 14": the claim said again, doubted
    r"\b(?:not\s+(?:convinced|sure)|doubt|don['’]?t\s+(?:think|believe))\s+(?:that\s+)?"
    r"(?:he|she|they)\s*(?:['’]s|is|are|['’]re)\s+(?:really|actually)|"
    r"(?:he|she|they)\s+(?:thought|believed)\s+(?:it\s+)?(?:was|were)|"
    r"lied\s+about\s+(?:his|her|their)\s+age|(?:fake|false)\s+(?:profile|account|persona)\s+(?:of|as)|"
    # "a male she believed to be 14", "she believed him to be 16": the child's belief; not
    # "A male believed to be 23", the estimate of those reporting
    # ("Male believed to be in his 30s": a person noun opening a police note is not a name)
    r"\b(?:she|he|they|i|we|(?!(?:Male|Female|Man|Woman|Adult|Susp\w*|Offender|Sender|Person|Guy|Boy|Girl|"
    r"Lad|Account|User|Profile)\b)(?-i:[A-Z][a-z]+))\s+(?:had\s+|has\s+)?believed\s+(?:(?:him|her|them)\s+)?to\s+be|"
    r"\bbelieved\s+(?:him|her|them)\s+to\s+be)"
    # ("an Insta acct claiming to be F/16": police shorthand for the sex and age claimed)
    r"(?:\s+to\s+be)?(?:\s+(?:a|an|only|just|about|around|[MF]\s*/?))*"
    # "an account claiming to be 'Emily, 17, from Bristol'": a name claimed, then its age
    # (development pictured sets, 2026-12-07)
    r"(?:\s*['‘\"“]\s*(?-i:[A-Z][a-z]+)\s*,)?"
    # "what he thought was a girl in Year 10"
    r"(?:\s*(?:girl|boy|lad|lass|man|woman|person|female|male|kid|student|pupil)\s+(?:in|of|from|aged?))?"
    r"\s*(?:'s|is|was|aged?)?\s*"
    # "a boy she thought was in S4": a school year believed (development pictured sets,
    # 2026-12-08)
    r"(?:in\s+)?$",
    _I,
)
PICTURED_SAFE_AGE = 13
#: What the person typing believed: "a girl i thought was 16", "a man on tiktok who i
#: thought was 16".
TYPIST_THOUGHT_HEAD = re.compile(
    r"\b(?:i|we)\s+(?:thought|believed)\s+(?:was|were)\s*$|"
    # "we thought the girl in the pics was 16 but she turned out to be a 13 year old"
    r"\b(?:i|we)\s+(?:thought|believed)\s+(?:the|this|that|her|his)\s+(?:[\w'-]+\s+){1,5}?(?:was|were)\s*$",
    _I,
)
#: The belief put right in the same sentence: "who i thought was 18 but she's actually 15".
PUT_RIGHT_NEXT = re.compile(r"^[^.!?]{0,40}?\b(?:actually|really|turned\s+out|in\s+fact)\b", _I)
#: "a 'boy' who says he is 13": a claim too, but a claimed age under 13 is kept, so that
#: a young pictured child ("a girl who says she's 12") is never lost.
SAYS_CLAIM = re.compile(
    # ("someone who 'said he was 16 in year 11'": the claim quoted)
    r"\b(?:who|that)\s+['‘\"“]?(?:says|said|claims|claimed|tells\s+\w+|told\s+\w+)\s+(?:that\s+)?"
    r"(?:(?:he|she|they)\s*(?:is|was|['’]s|are|['’]re|were)|hes|shes|theyre)\s*"
    r"(?:(?:only|just|about|around|a|an)\s+)*"
    # "a boy shes never met who says hes in year 11": a school year claimed (development
    # pictured sets, 2026-12-07); "who said he was 16 in year 11": an age claimed, then
    # the school year claimed with it (development pictured sets, 2026-12-08)
    r"(?:\d{1,2}\s+(?:and\s+)?)?(?:in\s+)?"
    # "someone who said they were a girl in Y13": a sort of person claimed, by school year
    r"(?:(?:girl|boy|lad|lass|man|woman|person|student|pupil)\s+(?:in|from)\s+)?$|"
    # "the account said it was a girl who was 15": an account's word about its owner
    r"\b(?:account|profile)\s+(?:said|says|claimed|claims)\b"
    # "... but when police traced the account it turned out to be a 31 year old": the truth
    r"(?:(?!\bbut\b|\bturned\s+out\b|\bactually\b|\bin\s+fact\b|\breally\b)[^.!?])*$|"
    # "some1 on insta said they were 16": a stranger online says it of themselves
    r"\b(?:someone|somebody|some1|sum1|some\s+(?:guy|man|lad|girl|boy|person|account))\s+"
    r"(?:(?:on|off|from)\s+[\w-]+\s+)?(?:said|says|claimed|claims)\s+(?:that\s+)?"
    # ("someone on snapchat said they were a 14 year old lassie")
    r"(?:they|he|she)\s*(?:were|was|is|are|['’]s|['’]re)\s*(?:(?:only|just|about|around|a|an)\s+)*$|"
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
    # ("The man had told Dylan he was 12": the child named; development pictured sets,
    # 2026-12-07)
    r"\b(?:says|said|claims|claimed|(?:told|tells)\s+(?:her|him|them|me|us|everyone|people|"
    r"(?-i:[A-Z][a-z]+)))\s+(?:that\s+)?"
    r"(?:(?:he|she|they)\s*(?:is|was|are|were|['’]?s|['’]?re)?\s*(?:only|just|about|around)?\s*(?:in\s+)?)?$|"
    # "then he said hes really a lad and hes 16": a second thing said of themselves in the
    # same breath (development pictured sets, 2026-12-08)
    # (the sayer's own pronoun each time: not "he says she's his girlfriend and she's 17")
    r"\b(?P<sayer>he|she|they)\s+(?:says|said|claims|claimed)\s+(?:that\s+)?(?P=sayer)\s*"
    r"(?:is|was|are|were|['’]?s|['’]?re)\s+"
    r"[^.!?]{0,30}?\band\s+(?:that\s+)?(?P=sayer)\s*(?:is|was|are|were|['’]?s|['’]?re)\s*$|"
    # "an acc saying she was a 15yo girl"
    r"\bsaying\s+(?:that\s+)?(?:he|she|they)\s*(?:is|was|are|were|['’]?s|['’]?re)\s+(?:only\s+|just\s+)?"
    # "asked by someone saying they were also 10": the same age as the child, claimed
    # (development pictured sets, 2026-12-08)
    r"(?:also\s+|too\s+)?(?:an?\s+)?$",
    _I,
)
TOLD_THE_CHILD = re.compile(
    r"\b(?:told|tells)\s+(?:her|him|them)\s+(?:that\s+)?(?:he|she|they)\b", _I
)
DOUBTED_AFTER = re.compile(
    r"^[^.!?]{0,20}?\b(?:but|though|although|apparently|allegedly)\b[^.!?]*\b(?:no\s+idea|not\s+sure|"
    r"unverified|not\s+verified|nothing\s+verified|can['’]?t\s+verify|don['’]?t\s+know|doubt|no\s+id|"
    r"true|really|actually|looks?\s+(?:much\s+|way\s+)?older|"
    # "Jay says he's 14 but we have no way of knowing"
    r"no\s+way\s+of\s+(?:knowing|telling|checking)|can['’]?t\s+(?:check|tell)|no\s+proof|"
    # "he says hes 13 but i dont believe it"
    r"(?:don['’]?t|dont|do\s+not|never)\s+believe|"
    # "the guy says hes 14 but i think hes older" (development pictured sets, 2026-12-07)
    r"(?:think|reckon|bet)\s+(?:that\s+)?(?:he|she|they)\s*(?:['’]?s|is|are|['’]?re)?\s+"
    r"(?:much\s+|way\s+|a\s+lot\s+)?older)\b|"
    # "someone she says is 16. Nobody knows who he actually is": doubted in the next sentence
    r"^[^.!?]{0,30}[.!?]\s+(?:but\s+)?(?:nobody|no\s+one|no-one|we\s+don['’]?t|she\s+doesn['’]?t|"
    r"he\s+doesn['’]?t)\s+(?:knows?\s+)?(?:who|if|whether)\b",
    _I,
)
SINCE_AGE = re.compile(_SINCE_WAS, _I)
#: An image, then the person who sent it, in a relative clause: "kept a nude his ex (15)
#: sent him", "a photo the girl, 13, sent her". Not "a nude of her that his mate sent him":
#: "of her" says whose it is, and leaves the reach of two words.
IMAGE_THEN_SENDER = re.compile(
    rf"\b(?:{IMAGE})\s+(?:that\s+|which\s+)?(?:{DET}\s+)?(?:[\w'’-]+\s+){{0,1}}?[\w'’-]+\s*"
    rf"(?:\(\s*(?:[\w/]+\s*,\s*)?|,\s*)?$",
    _I,
)
#: An image sent by someone, then "of himself" after their age: "was sent a nude pic by
#: her birth brother (17) of himself".
SENT_BY_HEAD = re.compile(
    rf"\bsent\s+(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+by\s+(?:{DET}\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{PERSON_WORD}|{PARTNER_WORDS})\s*(?:\(|,)?\s*$",
    _I,
)
OF_THEMSELVES_NEXT = re.compile(r"^\s*\)?\s*,?\s*of\s+(?:him|her|them)sel(?:f|ves)\b", _I)
#: The person typing was filmed or photographed: "my best mate filmed me getting changed".
TYPIST_FILMED = re.compile(r"\b(?:filmed|photographed|recorded|videoed|snapped)\s+me\b", _I)
#: The person typing and the other child share a school year: "were in year 9", "we're
#: both in S3" ("were" typed for "we're", opening its clause).
WE_ARE_IN_HEAD = re.compile(
    r"(?:^|[.!?,;]|\band|\bbut)\s*(?:we\s*['’]?\s*re|we\s+are|we\s+were)\s+(?:both\s+|all\s+)?(?:in\s+)?$",
    _I,
)
#: The person typing and one other both in the image: "someone used an ai app to make a
#: fake nude of me and my friend ... we are both in year 8" (development pictured sets,
#: 2026-12-07).
IMAGE_OF_ME_AND_ONE = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+me\s+(?:and|&|n|an)\s+my\s+(?:[\w-]+\s+)?[\w-]+\b", _I
)
#: The person typing and one other, an age said of both: "me n my bf were 14 when we made
#: a vid".
ME_AND_ONE_WERE_HEAD = re.compile(
    r"(?:^|[.!?,;])\W*(?:me|i)\s+(?:and|n|&|an)\s+(?:my\s+)?(?:[\w-]+\s+)?[\w-]+\s+(?:were|are)\s+(?:both\s+)?$",
    _I,
)
#: Someone else's image, then who passed it on, in a relative clause: "a nude of a Year 7
#: girl on his phone that a Year 9 boy | sent him".
SENDER_OF_ANOTHERS_HEAD = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?:a|an|the|her|his|their|my|our|another)\b[^.!?]{{0,60}}?\b(?:that|which)\s+"
    r"(?:a|an|the|his|her|their|some|another)\s+$",
    _I,
)
PASSED_TO_ONE_NEXT = re.compile(
    r"^\s*(?:[\w'-]+\s+)?(?:had\s+|has\s+)?(?:sent|forwarded|airdropped|gave|showed|passed)\s+"
    r"(?:it\s+(?:to\s+)?)?(?:him|her|them|me)\b",
    _I,
)
#: The words right after such a person: "sent him", "had sent her", "snapped me".
SENT_TO_ONE = re.compile(
    r"^\W*(?:\d{1,2}\W*)?"
    # "pics his 17 yr old gf sent him": the sender's noun after the age (development
    # pictured set BA, 2026-12-07)
    rf"(?:(?:{ADJ}\s+)?(?:{PARTNER_WORDS}|girl|boy|lad|lass|mate|friend|pal)\s+)?"
    r"(?:had\s+|has\s+)?(?:sent|send|gave|airdropped|snapped)\s+(?:him|her|them|me|us)\b",
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
    # a stranger who made contact: "a man asked her for pics on roblox", "A man contacted
    # her on TikTok" (development set AY)
    r"\b(?:a|an|some|this)\s+(?:man|guy|bloke|stranger|someone|somebody|account|person|woman)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:asked|asking|contacted|messaged|added)\b[^.!?]{0,40}?\b(?:on|online)\b|"
    r"\b(?:met|meet|talking\s+to|chatting\s+(?:to|with)|messaging|added)\b[^.!?]{0,40}?\b(?:on|online|app|"
    r"snap\w*|insta\w*|tiktok|omegle|wizz|monkey|roblox|fortnite|discord|kik|grindr|yubo)\b|"
    r"\b(?:account|acc|acct|profile|stranger|catfish\w*)\b|"
    r"\b(?:someone|somebody|man|guy|boy|girl|lad|woman|person)\s+(?:on|online|off)\b|"
    # "online bf says hes 15"
    r"\bonline\s+(?:bf|gf|boyfriend|girlfriend|friend|mate)\b|"
    # "14M being sextorted, 'girl' said she was 16": a person in scare quotes, or a
    # sextortion, is someone pretending (development pictured set BA, 2026-12-07)
    r"['‘\"“](?:girl|boy|lad|lass|woman|man|teen|guy)s?['’\"”]|\bsextort\w*",
    _I,
)


#: A relative named by the child's mark: "F/12's mum found chat and reported".
RELATIVE_OF_NEXT = re.compile(rf"^['’]s\s+(?:{BYSTANDER_NOUNS})\b", _I)


def _named_again_for_a_relative(text: str, span: Span) -> bool:
    """A child's mark said again only to name a relative ("Juv F/12 sent naked pic ...
    F/12's mum found chat"): the same child, already placed, and no one new."""
    if not RELATIVE_OF_NEXT.match(text[span.end :]):
        return False
    token_start = max(text.rfind(" ", 0, span.start), text.rfind("(", 0, span.start)) + 1
    mark = text[token_start : span.end]  # "F/12", as said the first time
    return re.search(rf"(?<![\w/]){re.escape(mark)}\b", text[:token_start], re.I) is not None


def _claimed_of_self(text: str, head: str, span: Span, mention: Mention) -> bool:
    """An age claimed by someone of themselves and doubted, told to the child, or a child's
    age said by someone met online (``MET_ONLINE``: the catfish's "I'm 15"). An adult age
    said by someone met online ("He says he's 30") is kept: an adult stays involved."""
    if mention.low < PICTURED_SAFE_AGE or not SAID_OF_SELF.search(head):
        return False
    told = TOLD_THE_CHILD.search(head[-30:] + " " + span.value)
    met_online = mention.high < ADULT_AGE and MET_ONLINE.search(text) is not None
    return bool(told or DOUBTED_AFTER.match(text[span.end :]) or met_online)


#: The child passes on what someone said of their own age: "her 'boyfriend' she met online
#: who she says is 16".
PASSED_ON_CLAIM = re.compile(
    r"\b(?:she|he|they)\s+(?:says|said|thinks|thought)\s+(?:is|was|are|were)\s+"
    r"(?:(?:only|just|about|around)\s+)?$",
    _I,
)


def _claim_passed_on(text: str, head: str, span: Span, mention: Mention) -> bool:
    """A child's age for someone met online, as the child heard it from them ("met online
    who she says is 16"): a claim. Not someone the child knows ("a girl he says is 12"),
    nor an adult age: an adult stays involved (:func:`_claimed_of_self`). Doubted in words
    after it ("Nobody knows who he actually is"), it is a claim wherever they met."""
    return (
        mention.low >= PICTURED_SAFE_AGE
        and mention.high < ADULT_AGE
        and PASSED_ON_CLAIM.search(head) is not None
        and (
            MET_ONLINE.search(text) is not None or DOUBTED_AFTER.match(text[span.end :]) is not None
        )
    )


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
    r"\b(?:both|two|2|all|twins|twin\s+(?:boys|girls|sons|daughters|brothers|sisters))\s+(?:(?:of\s+them|are|were|aged?|in|being|just|about|around|now|parties|"
    r"kids|children|young\s+people|pupils|students)\s+)*$",
    _I,
)
BOTH_VALUE = re.compile(r"^\s*(?:both|two|2|all)\b", _I)
#: "PC. 17yo couple filmed themselves": one age for the two of them.
A_PAIR_NEXT = re.compile(r"^\s*(?:couple|pair)\b(?!\s+of\b)", _I)
#: "three 13-year-olds", "4 15 yr olds": a count of people before their age, not a range.
COUNT_VALUE = re.compile(
    r"^\s*(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+(?=\S+(?:\s+\S+)*\s*[-\s]*(?:olds|yos)\b)",
    _I,
)
ALL_VALUE = re.compile(r"^\s*all\b", _I)
#: "The girls are all in Y10 too": "all" said of one group named by its sex, not of
#: everyone in the case.
ONE_GROUP_ALL = re.compile(
    r"\bthe\s+(?:girls|boys|lads|lasses)\s+(?:are|were)\s+all\s+(?:in\s+|aged?\s+)?$", _I
)
#: "A 16 year old young woman": a youth worker's word for a teenager, after the age.
YOUNG_ADULT_NOUN = re.compile(r"^\W*young\s+(?:woman|man|women|men|lady)\b", _I)
#: Two people an image went to, then an age said of both: "sent it to two of them (both 17)".
TWO_RECIPIENTS = re.compile(
    r"\b(?:to|with)\s+(?:two|2)\s+(?:of\s+(?:them|(?:her|his|their)\s+\w+)|(?:[\w'-]+\s+)?"
    r"(?:friends|mates|pals|girls|boys|lads|lasses|others|people|pupils|students)"
    # "shared them with 2 lads from another school, both 16"
    r"(?:\s+(?:from|at|in|off)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?)\s*(?:\(|,|-|who\s+are)?\s*(?:both\s+)?$",
    _I,
)
#: "sent nudes to several girls in his year, all 14-15": "all" describes the group just
#: named; when that group received the image, they are the other side.
GROUP_RECIPIENTS = re.compile(
    rf"\b(?:to|with)\s+(?:{DET}\s+|{COUNT}\s+)*(?:[\w'-]+\s+)?(?:{NEUTRAL}|people|everyone|"
    rf"others)\b[^.;]*$",
    _I,
)
# 4. The picture is of them.
#: The image named by a pronoun, then who is in it: "It's of the stepbrother's girlfriend
#: who is also 15", "it was of a girl in Year 9".
IT_IS_OF = re.compile(
    rf"(?:^|[.!?;]|\bbut|\band)\W*(?:it|this|that|the\s+one\s+(?:he|she|they)\s+\w+)\s*(?:['’]s|is|was|were)\s+"
    rf"(?:(?:apparently|actually|supposedly|meant\s+to\s+be)\s+)?of\s+(?:{DET}\s+)?"
    rf"(?:(?!(?:to|by|with|for|and|or|from|sent|shared|on|at|via)\b)[\w'’-]+\s*){{0,4}}?"
    rf"(?:{LINK}\s*)*$",
    _I,
)
#: The one in an image said before, named by "it's": "a video on his phone of a naked girl.
#: It's his cousin, who's in S2", "He says it's his brother's friend who is 15"
#: (development pictured sets, 2026-12-07).
IT_IS_WHO = re.compile(
    rf"(?:^|[.!?;]|\b(?:says|said|thinks|reckons))\W*(?:it|this|that)\s*(?:['’]s|is|was)\s+"
    rf"(?:(?:apparently|actually|supposedly)\s+)?(?:{DET}\s+)?"
    rf"(?:(?!(?:to|by|with|for|and|or|from|sent|shared|on|at|via|about|not|because|of)\b)"
    rf"[\w'’-]+\s*){{1,4}}?,?\s*(?:who|that)\b\s*(?:{LINK}\s*)*$",
    _I,
)
IMAGE_OF = re.compile(
    rf"\b(?:{IMAGE})\s+(?:(?:going|being\s+passed|passed|sent|shared)\s+(?:a?round|about)\s+)?"
    rf"(?:(?:on|in)\s+(?:her|his|their|the|my|a)\s+(?:phone|mobile|ipad|tablet|laptop|"
    rf"camera\s+roll|computer|account)\s+)?"
    rf"(?:(?:is|was|are|were)\s+)?(?:of|shows?|showing|showed|depicts?|"
    rf"depicting)\s+(?:{DET}\s+|{COUNT}\s+)?"
    # ("an AI nude of our female PE teacher (26)": three words of who they are)
    rf"(?:(?!(?:to|by|with|for|and|or|from|sent|shared|on|at|via|onto|into|over|through)\b)[\w'-]+\s*){{0,3}}?"
    rf"(?:{LINK}\s*)*$",
    _I,
)
#: A police sex mark closing the words before an age: "... his ex gf F" (of "F16").
POLICE_MARK_END = re.compile(r"(?<=\s)(?-i:[MF])\s*/?\s*$")
#: "images of his 14yo girlfriend and her 13yo friend": both are in the image.
IMAGE_OF_LIST = re.compile(
    # (not "an image of F 14 to M 13 and F 15": "to" names whom it went to)
    rf"\b(?:{IMAGE})\s+(?:(?:is|are|was|were)\s+)?of\s+(?:(?!(?:to|with|by|from)\b)[\w'-]+\s+){{1,5}}?(?:and|&)\s+"
    rf"(?:{DET}\s+)?"
    # "a photo of himself and his gf F/15": the second one in it named, then their age
    rf"(?:(?:[\w-]+\s+)?(?:{PERSON_WORD}|{PARTNER_WORDS})\s*(?:{LINK}\s*)*)?$",
    _I,
)
# 5. The pictured child, named as such.
PICTURED_HEAD = re.compile(
    rf"\b(?:{PICTURED_PERSON_NOUNS})\s*(?:{LINK}\s*)*$|"
    rf"\b(?:{PICTURED_PERSON_NOUNS})\s+[mf]\s*$|"  # police shorthand: "IP F 13"
    # "Complainant is a 41-year-old female nurse": a noun after the age that would read as
    # an adult's or a bystander's (development pictured sets, 2026-12-08)
    r"\b(?:complainant|aggrieved|injured\s+party)\s+(?:is|was)\s+(?:a|an)\s+$|"
    rf"\b(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE})\s*(?:{LINK}\s*)*$|"
    # "a video a 7yo boy made of himself and his 6yo cousin": the second one in it
    r"\bof\s+(?:himself|herself|themselves|myself|me)\s+(?:and|&|n)\s+(?:his|her|their|my|a|an|the)\s+"
    r"(?:(?:little|younger|older|big|best|baby)\s+)?$|"
    # "the girl in the photo is the 13 yr old's sister who is 16"
    rf"\b(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE})\s+(?:is|was)\s+(?:[\w'’-]+\s+){{1,6}}?"
    r"(?:who|that)\s*(?:is|was|['’]s)\s*$|"
    rf"\bpictured\s*(?:{LINK}\s*)*$|"
    rf"\b(?:filmed|filming|films|photographed|photographing|recorded|recording|secretly\s+filmed)"
    rf"\s+(?!(?:by|to|with|for|and|or|from|on|in)\b)(?:{DET}\s+)?"
    rf"(?:(?!(?:by|to|with|for|and|or|from)\b)[\w'-]+\s+){{0,2}}?(?:{LINK}\s*)*$|"
    rf"\b(?:taken|made|sent|filmed|recorded|took|sent\s+it)\s+(?:(?!when\b)[\w'-]+\s+){{0,3}}?"
    rf"when\s+(?:she|he|they)\s+(?:was|were)\s*$",
    _I,
)
AT_THE_TIME_NEXT = re.compile(_AT_THE_TIME, _I)
PICTURED_NEXT = re.compile(
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s+)?(?:{PICTURED_PERSON_NOUNS})\b|"
    # "14yo M IP, female suspect 23": a police sex mark, then the label (development
    # pictured sets, 2026-12-07)
    rf"^\W*(?-i:[MF])\s*/?\s*(?:ip|v|victim)\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?(?:'s|s')\s+(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?s\s+(?:{IMAGE})\b|"  # "the girls pics"
    # "my 15yr olds school photo": the apostrophe left out
    rf"^\W*(?:-?\s*olds|\s*year\s*olds|\s*yr\s*olds)\s+(?:school\s+|profile\s+|insta\s+)?(?:{IMAGE})\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?'s\s+(?:[\w-]+\s+)?{BODY_OR_CLOTHES}\b|"
    rf"^\W*(?:[\w']+\s+){{0,3}}?(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE})\b|"
    # "boy early teens in a nude going round": in one image, right after the age
    # (development pictured sets, 2026-12-08)
    rf"^\W*(?:in|pictured\s+in|shown\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b(?!\s+call)|"
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
APPOSITIVE_OPEN = re.compile(
    r"[,(]\s*(?:(?:now|aged?|about|around|approx|only|just|nearly|almost)\s+)?$|"
    # "Sandy, who is 17, sent a nude": a relative clause set off by commas
    r",\s*(?:who|that)\s*(?:(?:is|was|['’]s)\s+(?:only\s+|just\s+|now\s+)?)?$",
    _I,
)
#: An age span ending in the word for a school year ("two yr", "3 year"): read with what follows.
YEAR_WORD_END = re.compile(r"\b(?:years?|yrs?)$", _I)
#: A span of years that says when, after "2 yrs" or "3 years": "made 2 yrs ago".
TIME_AGO_AFTER = re.compile(rf"^\s*(?:{_YEARS_DATE}|previously)\b", _I)
#: Years of a career after the number: "6 yrs service", "15 years' experience".
SERVICE_AFTER = re.compile(
    r"^['’]?\s*(?:of\s+)?(?:service|experience|exp|teaching|policing|in\s+(?:the\s+)?(?:job|role|force|"
    r"police|post|service|profession)|qualified)\b",
    _I,
)
#: An age said as years old: "29 year old", "29yo", "29-years-old".
YEARS_OLD = re.compile(r"\bold\b|\d\s*(?:yo|y/o|y\.o)\b", _I)
#: The entity itself says it is an age: "13yo", "14 year old", "aged 15", "(19)".
SAYS_AGE = re.compile(
    r"\d\s*(?:yo|y/o|y\.o|yrs?|yoa)\b|\b(?:years?|yrs?)[\s-]*old|\bage|\)\s*$|\d\s*[mf]\.?$|^V?[MF]\d{1,2}$",
    _I,
)
#: "turns 16 next month", "she'll be 14 in June": a year younger now.
NOT_YET = re.compile(r"\b(?:turns|turning|will\s+be|'ll\s+be|going\s+to\s+be|gonna\s+be)\s*$", _I)
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
#: "im 16 in january", "she's 14 in March": a birthday to come (not "was 14 in March", nor
#: "in March 2024").
BIRTHDAY_MONTH_AFTER = re.compile(rf"^\s*in\s+(?:{MONTH_WORDS})\b(?!\s*\d)", _I)
PAST_BEFORE = re.compile(r"\b(?:was|were|turned)\s*$", _I)
#: A police sex mark just before a number ("M/14"): the number is an age, whatever noun
#: follows it ("M/14 messages his form tutor").
POLICE_MARK_BEFORE = re.compile(r"(?:^|[\s(:;,])(?:[MF]\s*/|(?-i:[MF])\s)\s*$", _I)


#: A school named by its stage: "a sixth form college", "the sixth-form centre".
SCHOOL_AFTER = re.compile(r"^[\s-]*(?:college|centre|center|campus|block)\b", _I)
#: A school stage named by the school alone: "primary school" (not "P7", "at primary").
PRIMARY_SCHOOL = re.compile(r"primary\s+school", _I)
#: The school itself does something: "Primary school is aware and has spoken to mum", "her
#: primary school rang me" (development pictured sets, 2026-12-08).
SCHOOL_ACTS_AFTER = re.compile(
    r"^\s*(?:is|are|was|were|has|have|had|knows|rang|phoned|called|contacted|told|said|"
    r"staff|head|dsl)\b",
    _I,
)
#: A member of staff named by the year they look after: "Year 9 tutor", "Y11 form tutor",
#: "Year 6 teacher", "Year 10 lead" (not "Year 9 tutor group": its pupils).
YEAR_STAFF_AFTER = re.compile(
    r"^\s*(?:form\s+)?(?:tutor|teacher|lead|leader|co-?ordinator|head|manager)\b(?!\s+group)", _I
)
#: A young person who goes there: "sent a pic to a boy at the sixth form college" (16-17).
STUDENT_AT_BEFORE = re.compile(
    r"\b(?:boy|girl|lad|lass|student|pupil|someone|somebody|kid|guy|bloke)s?\s+(?:at|from)\s+(?:the|a|her|his)\s+$",
    _I,
)


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
        if YEAR_STAFF_AFTER.match(text[span.end :]):
            return None  # "Year 9 tutor here": the class of the person typing
        if PRIMARY_SCHOOL.fullmatch(span.value) and SCHOOL_ACTS_AFTER.match(text[span.end :]):
            return None  # "Primary school is aware and has spoken to mum": the school itself
        if (
            re.search(r"\b(?:sixth|6th)[\s-]*form$", span.value, _I)
            and SCHOOL_AFTER.match(text[span.end :])
            and not STUDENT_AT_BEFORE.search(text[: span.start])
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
    if SERVICE_AFTER.match(text[span.end :]) and not YEARS_OLD.search(span.value):
        # "OIC 6 yrs service", "22 years experience": a career, not an age (not "a 29 year
        # old teaching assistant": development narratives AG, 2026-12-07)
        return None
    if DEVELOPMENTAL_AGE_BEFORE.search(text[: span.start]):
        return None  # "functions at around the level of an 8 year old": not anyone's age
    if year_word and TIME_AGO_AFTER.match(text[span.end :]):
        return None  # "the imgs were made 2 yrs ago": a time, not a child of 2
    road = MOTORWAY.match(span.value)
    if road and road["number"] in MOTORWAYS and ROAD_BEFORE.search(text[: span.start]):
        return None  # "on the M62": a motorway, not "M62" a man of 62
    value = span.value
    both_prefix = BOTH_VALUE.match(value) or COUNT_VALUE.match(value)
    if both_prefix and len(parse_numbers(value)) > 1:
        value = value[both_prefix.end() :]
    numbers = parse_numbers(value)
    if not numbers or any(not MIN_AGE <= number <= MAX_AGE for number in numbers):
        return None
    low, high = min(numbers), max(numbers)
    if (start_of_range := RANGE_START_BEFORE.search(text[: span.start])) is not None:
        # "maybe 8-10 yrs": the ruler keeps only "10 yrs"; the range starts at the number
        # before (development pictured set AZ, 2026-12-07)
        first_age = int(start_of_range["low"])
        if MIN_AGE <= first_age < low and low - first_age <= WIDEST_RANGE:
            low = first_age
    if UNDER.search(value):
        low = high = max(MIN_AGE, low - 1)
    elif OVER.search(value):
        high = low
    first = FIRST_NUMBER.search(value)
    number_start = span.start + (span.value.find(value) if value != span.value else 0)
    number_start += first.start() if first else 0
    # (not a police mark: "sent nude to ex-bf M/17 in Sept" dates the sending)
    birthday_to_come = (
        BIRTHDAY_MONTH_AFTER.match(text[span.end :])
        and not PAST_BEFORE.search(text[:number_start])
        and not POLICE_MARK_BEFORE.search(text[:number_start])
    )
    if NEARLY.search(text[:number_start]) or SOON_AFTER.match(text[span.end :]) or birthday_to_come:
        low = high = max(MIN_AGE, low - 1)  # "nearly 15", "hes 15 in a few weeks"
    elif NOT_YET.search(text[:number_start]):
        low = max(MIN_AGE, low - 1)
    return Mention(low, high, number_start, exact=True, said=span.value)


#: The start of a range the entity ruler left out, right before an age: "8-" of "8-10 yrs"
#: (not a school year's: "year 8-10").
RANGE_START_BEFORE = re.compile(
    r"(?<![\w/.:,-])(?<!year\s)(?<!yr\s)(?<!\by\s)(?P<low>[1-9]\d?)\s*(?:-|–|to)\s*$", _I
)
#: The widest range read that way: "8-10" is one guess at a child's age, "2-10" is not.
WIDEST_RANGE = 4


#: A child's development said as an age: "he functions at around the level of an 8 year
#: old", "functions more like an 11-12 year old", "functions at around age 10", "a mental
#: age of 10", "a reading age of 7". It says how the child copes, not who anyone is.
DEVELOPMENTAL_AGE_BEFORE = re.compile(
    r"\b(?:functions?|functioning|operates?|operating|presents?|presenting|behaves?|behaving)\s+"
    r"(?:at\s+|like\s+|as\s+)?(?:(?:around|about|roughly|approximately|approx|more\s+like)\s+)?"
    r"(?:(?:the\s+)?(?:level|age|stage)\s+of\s+)?(?:an?\s+|age\s+)?$|"
    r"\b(?:mental|developmental|emotional|reading|cognitive|social)\s+age\s+(?:of\s+)?"
    r"(?:(?:around|about|roughly)\s+)?(?:an?\s+)?$|"
    # "developmental age roughly 8": the ruler's age span starts at "age"
    r"\b(?:mental|developmental|emotional|reading|cognitive)\s+$",
    _I,
)


def _head(text: str, span: Span, mention: Mention) -> str:
    """The words before an age that say whose it is: its sentence so far, at most
    ``HEAD_LIMIT`` characters, without a possessor or a name in the way."""
    return _without_possessor(text, span, sentence_before(text, mention.start)[-HEAD_LIMIT:])


def _person(text: str, span: Span, mention: Mention) -> tuple[Person, bool, bool]:
    """The person an age is said of, whether that reading is weak, and whether a deed made it."""
    head = _head(text, span, mention)
    if CHILD_NOUN_NEXT.match(text[span.end :]) and re.search(r"[,.:;]\s*$", head):
        # "DSL here, Year 9 girl has just told me", "Primary teacher, P7 boy shared": the
        # words before are the person typing; the age is the child's named right after
        head = ""
    near_head = clause_before(text, mention.start)
    after = _after(text, span.end, appositive=bool(APPOSITIVE_OPEN.search(text[: span.start])))
    tail = first_words(sentence_after(text, span.end), 10)
    both = (
        BOTH.search(near_head)
        or BOTH_VALUE.match(span.value)
        or A_PAIR_NEXT.match(text[span.end :])
    )
    if CLAIMED.search(head) or (SAYS_CLAIM.search(head) and mention.low >= PICTURED_SAFE_AGE):
        return "skip", False, False
    if TURNED_OUT_HEAD.search(head) and THOUGHT_OR_CLAIMED.search(text[: span.start]):
        # "sent a picture of himself to a girl he thought was 14. turned out to be a 16
        # year old boy": who the one he sent it to really is
        return "other", False, False
    if (
        TYPIST_ROLE_HEAD.search(head)
        and mention.low >= ADULT_AGE
        and _typist(text, mention) == "skip"
    ):
        return "skip", False, False  # "I'm a teacher (34) and one of my tutees, 15, ...": mine
    if TYPIST_THOUGHT_HEAD.search(head) and (
        mention.high < ADULT_AGE or PUT_RIGHT_NEXT.match(text[span.end :])
    ):
        # "a girl i thought was 16, ... shes actually 13": a belief; an adult age believed
        # stays (an adult stays involved) unless the words put it right
        return "skip", False, False
    if _named_again_for_a_relative(text, span):
        return "skip", False, False  # "Juv F/12 sent ... F/12's mum found chat": the same girl
    if (
        NOT_INVOLVED_NEXT.match(_past_the_bracket(text, span))
        or CARERS_BOTH_HEAD.search(head)
        or (span.value.lower().startswith("in their") and ONE_OF_THEM_NEXT.match(text[span.end :]))
    ):
        # "V's stepdad is 50, neither involved", "foster carers (both in their 50s)"
        return "skip", False, False
    if IMAGES_SINCE.search(head):
        # "making him send pics of himself since he was 12": the images began at that age
        return "pictured", False, True
    if SENT_BY_HEAD.search(head) and OF_THEMSELVES_NEXT.match(text[span.end :]):
        # "has been sent a nude pic by her birth brother (17) of himself": his own image
        return "pictured", False, True
    if SENDER_OF_ANOTHERS_HEAD.search(head) and PASSED_TO_ONE_NEXT.match(text[span.end :]):
        # "a nude of a Year 7 girl on his phone that a Year 9 boy sent him": passed it on
        return "other", False, True
    if IMAGE_THEN_SENDER.search(head) and SENT_TO_ONE.match(text[span.end :]):
        # "kept a nude his ex (Y10, 15) sent him": the one who sent it, their own image
        return "pictured", False, True
    if (
        _claimed_of_self(text, head, span, mention)
        or _claim_passed_on(text, head, span, mention)
        or SINCE_AGE.search(head)
    ):
        return "skip", False, False  # "I've had our Jade since she was four": not her age then
    first_person = FIRST_PERSON_AGE.search(head)
    # ("we're both 13": the two of them, not the one typing alone)
    alone = first_person is not None and not re.search(
        r"\bwe|\band\s+i\b|\bboth\b", first_person.group(0), _I
    )
    if first_person and (typist := _typist(text, mention, alone=alone)) is not None:
        return typist, False, False
    if (
        IMAGE_WORD.search(head)
        and (device := DEVICE_OWNED_NEXT.match(text[span.end :]))
        and OF_SOMEONE_ELSE_AFTER.match(text, device.end())
    ):
        # "found nudes on my 15 yr old's phone of a girl who looks younger": the one whose
        # phone holds someone else's image has it
        return "other", False, True
    if OWNER_OF_IMAGE_NEXT.match(text[span.end :]):
        # "17 yo airdropped his 15 yo gf's nude to ...": the image is hers, whoever has it
        return "pictured", False, True
    if (given := GIVEN_TO_HEAD.search(head)) and _given_an_image(after, given.group(0)):
        # "Man, 52, showed my 10 year old daughter a naked photo of himself": the one shown
        return "other", False, True
    if SENT_TO_NAMED.search(head):
        return "other", False, False  # "nudes sent to 'Tyler' on Snap, believed 24"
    if SHOWN_IT_HEAD.search(head) and IMAGE_WORD.search(head):
        # "taking pictures of her bottom ... and showing her friend (also 8)": the one shown
        return "other", False, False
    approached_by_noun = APPROACHED_PERSON_HEAD.search(head) and not WHO_NEXT.match(after)
    if (APPROACHED_HEAD.search(head) or approached_by_noun) and (
        ASKED_THEM.match(after) or ASKED_THEM.match(first_words(sentence_after(text, span.end), 14))
    ):
        # "a man has been messaging my 13-year-old daughter on Snapchat and asked her for
        # pictures": the one messaged is the one asked; the asking is the messenger's
        return "pictured", False, True
    if APPROACHED_HEAD.search(head) and SENT_THEM_OWN.match(after):
        # "Fella in his 50s messaging a 12 yr old and sending her pics of himself": the one
        # messaged is the one sent the messenger's own image
        return "other", False, True
    if ME_AND_ONE_WERE_HEAD.search(head):
        return "both", False, False  # "me n my bf were 14 when we made a vid"
    if (
        WE_ARE_IN_HEAD.search(head)
        and not mention.exact
        and (
            TYPIST_SENT_OWN.search(text)
            or TYPIST_INVOLVED.search(text)
            or TYPIST_FILMED.search(text)
        )
    ):
        # "my best friend took a picture of me ... were in year 9": the typist is in it
        if IMAGE_OF_ME_AND_ONE.search(text):
            return "pictured", False, False  # "a fake nude of me and my friend": both in it
        return "both", False, False
    if both and ONE_GROUP_ALL.search(near_head):
        return None, True, False  # "The girls are all in Y10 too": one group, not both sides
    if both and not _group_with_someone_elses_image(text, span, head):
        if ALL_VALUE.match(span.value) and GROUP_RECIPIENTS.search(head):
            return "other", False, False
        if TWO_RECIPIENTS.search(head):
            return "other", False, False  # "sent it to two of them (both 17)": the two who got it
        return "both", False, False
    if FAMILY_LIST_HEAD.search(head) and _nothing_done_after(text, span):
        return "skip", False, False  # "Mother of three (children aged 6, 9 and 15)."
    if DEVICE_OF.search(head):
        return "other", False, False  # "images of IP found on the phone of 15M": the holder
    if AGENT_BY_HEAD.search(head):
        return "other", False, True  # "Image of her taken at 17 by her ex bf, who was 19"
    # (a police sex mark right before the age is not a word in the way: "images of his ex gf F16")
    unmarked = POLICE_MARK_END.sub("", head)
    if (
        IMAGE_OF.search(unmarked)
        or IMAGE_OF_LIST.search(unmarked)
        or IT_IS_OF.search(unmarked)
        or (IT_IS_WHO.search(unmarked) and IMAGE_WORD.search(text[: span.start]))
        or _age_when_made(head)
    ):
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
    # (read further than ``tail``: "found out an older girl in Year 9 has been getting her to
    # send pics" says what was found out only after ten words; development pictured set AZ,
    # 2026-12-07)
    found_tail = first_words(sentence_after(text, span.end), FOUND_OUT_WORDS)
    found_out = FOUND_OUT.match(
        APPOSITIVE_CLOSE.sub(" ", found_tail, count=1) if appositive else found_tail
    )
    if found_out and _another_finder(head, tail):
        found_out = None  # "Her son is in S1 and she found a photo on his phone": his mum did
    if PARTNER_THEN_OTHER_SEX.search(head):
        return None, True, False  # "her boyfriend she is 15": hers, said after his noun
    if PARTNER_NEXT.search(after) or PARTNER_HEAD.search(head):
        if (
            found_out
            or (LIVES_WITH.search(head) and _by_action(after) is None)
            or _only_reacts(text, span)
        ):
            # "lives with me and my partner (52)": the household, nothing done; "Mum's
            # partner (40s) wants us involved": he only reacts
            return "skip", False, False
        if _adult_sent_own_image(mention, head, after) and not CHILD_SENT_BACK.search(text):
            return "pictured", False, True  # "her boyfriend, who's 20, sent him a nude of himself"
        if _by_preposition(head) == "pictured" or RECEIVED_FROM_PARTNER.search(head):
            # "received images from his 15-year-old girlfriend", "got a picture from his
            # girlfriend, 16,"
            return "pictured", False, False
        if PARTNER_SENT_OWN.match(after):
            return "pictured", True, True  # "my ex who's 15 sent me pics": her own
        if PASSED_TO_PARTNER.search(POLICE_MARK_END.sub("", head)):
            return "other", False, False  # "sent it to her new bf M/17": he was given it
        return "other", True, False
    if IMAGE_OF_PAIR_HEAD.search(head) and not PAIR_DEED_AFTER.match(after):
        return "pictured", False, True  # "a video of his younger sister (13) and her friend (12)"
    other_noun = OTHER_NEXT.search(after) or OTHER_HEAD.search(head)
    if other_noun and mention.high < ADULT_AGE and YOUNG_ADULT_NOUN.match(after):
        other_noun = None  # "A 16 year old young woman with autism I work with": a teenager
    if other_noun:
        if SELFIE_FROM_HEAD.search(head):
            # "receives an unsolicited explicit selfie from an adult man aged 31": his own
            return "pictured", False, True
        if _sent_own_image(mention, head, after, adult=False) and not CHILD_SENT_BACK.search(text):
            # "a guy whos 17 keeps sending me pics of his dick": his own, at any age
            return "pictured", False, True
        if GOT_IT_FROM_HEAD.search(head):
            # "a Y8 boy who got it from his older brother (19)": he passed it on
            return "other", False, True
        # a relative ("my little brother is 14") may be on either side: the sexes may say
        return "other", bool(FAMILY.search(other_noun.group(0))), False
    if preposition := _by_preposition(head, text):
        if preposition == "pictured" and RECEIVED_IT_TOO_NEXT.match(tail):
            # "got it from a 17M, who got it from the victim": he passed it on, it is not his
            # (development pictured sets, 2026-12-08)
            return "other", False, True
        return preposition, False, False
    if (listed := LISTED_AFTER_HEAD.search(head)) and (
        preposition := _by_preposition(listed["first"], text)
    ):
        # "received images from an F/17 and an F/16 and forwarded them on": the second of a
        # list is where the first is; the deed after is the subject's (development pictured
        # sets, 2026-12-07)
        return preposition, False, False
    if OTHER_ADJECTIVE_HEAD.search(head) and not (found_out and not SAW.search(found_out.group(0))):
        # not "her eldest son (22) found images": he found them; "two other girls who are
        # 15 saw it" were shown it
        return "other", False, False
    if found_out:
        return "skip", False, False
    if RELATION_OF.search(head):
        return None, True, False  # "the boyfriend (19) of a 15-year-old girl has posted it"
    if AI_EDIT_HEAD.search(head) and AI_EDIT_AFTER.match(after):
        # "used an AI tool to put my 17 year old daughter in a bikini"
        return "pictured", False, True
    deed = _by_action(after, sentence_after(text, span.end))
    return deed, deed is None, deed is not None


#: The second age of a list, the words before the first kept: "from an F/17 and an F/".
LISTED_AFTER_HEAD = re.compile(
    r"(?P<first>.*\D)\d{1,2}\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:(?:a|an|the)\s+)?"
    r"(?:(?-i:[MF])\s*/?\s*)?$",
    _I,
)


#: The finder named by a pronoun right after the age: "... is in S1 and she found".
FINDER_PRONOUN = re.compile(
    r"^\W*(?:(?:just|then|also|and|so|but)\W+){0,2}(?P<who>she|he)\s+(?:(?:has|had|just|then)\s+)*"
    r"(?:found|saw|discovered|noticed|spotted|came\s+across)\b",
    _I,
)
#: The last word before the age that says the person's sex: "Her son is in", "a girl aged".
PERSON_BEFORE = re.compile(
    r"\b(?P<noun>son|daughter|boy|girl|lad|lass|brother|sister|stepson|stepdaughter|grandson|granddaughter)"
    r"\b[^.!?]{0,20}$",
    _I,
)


def _another_finder(head: str, tail: str) -> bool:
    """The one who found the image is a pronoun of the other sex from the person whose age
    this is: "Her son is in S1 and she found a photo on his phone" (development narratives
    AE): the finder is his mum, and the son's age is still the case's."""
    finder = FINDER_PRONOUN.match(tail)
    person = PERSON_BEFORE.search(head)
    return bool(finder and person and _sex(finder["who"]) not in (None, _sex(person["noun"])))


#: The person after these words is given or shown the image: "showed my 10 year old
#: daughter a naked photo", "sent her 14-year-old sister a video".
GIVEN_TO_HEAD = re.compile(
    r"\b(?:showed|shown|showing|shows|sent|sending|sends|airdropped|snapped|texted|dm['’]?d)\s+"
    # "showed V (F12) images of his own genitals": a police label and bracket
    r"(?:(?:my|our|his|her|their|a|an|the|this)\s+|(?:v|ip|victim|the\s+v)\s*\(\s*(?:[mf]\s*/?\s*)?)?$",
    _I,
)
#: The images already named, then shown to someone with their age: "showing her friend (also
#: 8)", "and showed them to his mate, 14,".
SHOWN_IT_HEAD = re.compile(
    r"\b(?:showed|shown|showing|shows|show)\s+(?:(?:it|them|the\s+\w+)\s+(?:to\s+)?)?"
    r"(?:to\s+)?(?:her|his|their|my|a|an|the)\s+(?:best\s+|little\s+|older\s+|younger\s+)?"
    r"(?:friend|mate|pal|cousin|classmate|sister|brother|bestie|bff)\s*[,(]\s*(?:also|aged?|now|just)?\s*$",
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
_APPROACHED = (
    r"\b(?:messag(?:ed|ing)|contact(?:ed|ing)|groom(?:ed|ing)|befriend(?:ed|ing)|target(?:ed|ing)|"
    r"approach(?:ed|ing)|add(?:ed|ing)|follow(?:ed|ing)|chatting\s+(?:to|with)|talking\s+to|"
    r"texting|dm['’]?ing|dm['’]?d|snapchatting)\s+(?:(?:my|our|his|her|a|an|the|this)\s+)?"
)
APPROACHED_HEAD = re.compile(rf"{_APPROACHED}$", _I)
#: The one approached named by a noun before the age: "man in his 40s messaging my lad (13)
#: asking for pics" (development pictured set BA, 2026-12-07).
APPROACHED_PERSON_HEAD = re.compile(
    rf"{_APPROACHED}(?:[\w-]+\s+)?(?:{NEUTRAL})\s*(?:\(|,|aged?)?\s*$",
    _I,
)
#: A relative clause of the person named before the age: "an older boy, 17, who has asked
#: her to send pics" (his own deed, not the one he approached).
WHO_NEXT = re.compile(r"^\W*who\b", _I)
ASKED_THEM = re.compile(
    # "messaging a 12 yr old girl on Roblox then moved her onto snap and asked for pics"
    # ("messaging my lad (13) asking for pics": the messenger's participle, right after)
    r"^\W*(?:(?:[\w'-]+\s+){0,8}?(?:and|then|who|,)\s+(?:has\s+|had\s+|then\s+)?(?=\w)|(?=asking\b))"
    r"(?:asked|asking|begged|pressured|"
    r"pressuring|told|persuaded|convinced|got)\s+(?:(?:her|him|them)\s+(?:for|to\s+(?:send|take|make|film))|"
    r"for\s+(?:pics|pictures|photos|images|nudes|videos))\b",
    _I,
)

#: After the one approached, the approacher sending them an image of themselves: "and
#: sending her pics of himself" (development pictured set AZ, 2026-12-07).
SENT_THEM_OWN = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,8}?(?:and|then|who|,)\s+(?:has\s+|had\s+|then\s+|been\s+)*"
    r"(?:sent|sending|sends|showed|showing|shows)\s+(?:her|him|them)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{IMAGE})\s+of\s+(?:him|her|them)sel(?:f|ves)\b",
    _I,
)


#: The age right after a verb of filming: "M14 filmed F15 getting changed", "secretly
#: recorded a 13 year old": the one filmed is in the image.
FILMED_HEAD = re.compile(
    r"\b(?:filmed|filming|films|recorded|recording|photographed|photographing|upskirted)\s+"
    r"(?:(?:a|an|the|two|three|2|3|his|her|their|another)\s+)?(?:[MF]\s*/?\s*)?$|"
    # "filming another YP, aged 13, in the shower": the one filmed, named, then their age;
    # "filmed her three little cousins, aged 4 and 6" (development pictured sets, 2026-12-08)
    r"\b(?:filmed|filming|films|recorded|recording|photographed|photographing|upskirted)\s+"
    r"(?:a|an|the|another|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*(?:,|\()\s*(?:aged?\s+|"
    # "filmed his baby brother, he's 3, in the bath": the one filmed, then "he's" and the
    # age (development pictured sets, 2026-12-08)
    r"(?:she|he|they)\s*(?:['’]s|is|['’]re|are)?\s*)?$",
    _I,
)
#: "her little sister's (13) nude", "Jade's (14) pics": the age of the one whose image it is.
POSSESSOR_HEAD = re.compile(
    # "who's 25", "she's 14": the verb "is", not a possessive
    r"\b(?!(?:he|she|it|that|who|there|what|where)['’]s)\w+['’]s\s*\(?\s*$",
    _I,
)
#: The age, then the person's device: "my 15 yr old's phone".
DEVICE_OWNED_NEXT = re.compile(
    r"^\s*['’]s\s+(?:phone|mobile|ipad|tablet|laptop|computer|pc|device|camera\s+roll)\b", _I
)
#: Right after the device, the image is said to be of someone else, named as another:
#: "... of a girl who looks younger" (development pictured set BA, 2026-12-07).
OF_SOMEONE_ELSE_AFTER = re.compile(
    r"[^.!?]{0,30}?\bof\s+(?:a|an|another|some|two|three|several|other)\s+(?:[\w-]+\s+)?"
    r"(?:girl|boy|lad|lass|child|kid|woman|man|pupil|student|classmate|friend|teenager)s?\b",
    _I,
)
#: The age, then the person's possessive and an image: "his 15 yo gf's nude", "a 14 year
#: old's nudes" (development pictured set BA, 2026-12-07).
OWNER_OF_IMAGE_NEXT = re.compile(
    r"^\s*(?:[a-z-]+)?['’]s\s+(?:(?:own|nude|naked|topless|explicit|intimate|indecent|private|"
    rf"sexual|sexy)\s+)?(?:{IMAGE})\b",
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
    r"(?:children|kids)\s+|"
    # "No link to susp's own children (8 and 15)": someone's own children, named aside
    r"\b(?:own|his|her|their)\s+(?:own\s+)?(?:children|kids|sons|daughters)\s*)(?:aged?\s*|\(\s*)$",
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
#: pictured child was when the image was made; or their school year then: "a nude she sent
#: him when she was in Year 9" (development pictured set BA, 2026-12-07).
WHEN_WAS_HEAD = re.compile(
    r"\bwhen\s+(?:she|he|they|v|the\s+victim|the\s+child)\s+(?:was|were)\s+(?:only\s+|just\s+)?"
    r"(?:in\s+)?$",
    _I,
)


#: The typist's own age when images of them were made: "he took pics of me in the bath
#: when i was 8".
WHEN_I_WAS_IN_THEM = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?:me|myself)\b[^.!?]*\bwhen\s+i\s+was\s+(?:only\s+|just\s+|about\s+)?$",
    _I,
)


#: A sentence that dates the images, then the age: "Images from when they were together
#: last yr, she was 16".
IMAGES_FROM_WHEN = re.compile(
    rf"(?:^|[.!?])\W*(?:the\s+|her\s+|his\s+)?(?:{IMAGE})\s+(?:(?:are|were|is|was)\s+)?(?:all\s+)?"
    r"from\s+when\b[^.!?]*\b(?:she|he|they)\s+(?:was|were)\s+(?:only\s+|just\s+)?$",
    _I,
)


#: The image, then the school year it was made in: "has a nude he sent her back in Year 9"
#: (development pictured sets, 2026-12-07).
#: (not "a picture she sent to a boy back in P7": the boy's year, or theirs)
IMAGE_BACK_IN = re.compile(
    rf"\b(?:{IMAGE})\b[^.!?]{{0,25}}?\b(?:sent|took|made|filmed|recorded|shared)\s+"
    r"(?:(?:him|her|them|me|it|one)\s+)?back\s+in\s+$",
    _I,
)


def _age_when_made(head: str) -> bool:
    """ "pictures of her taken when she was 12", "pics of me ... when i was 8": the age of
    the one in the images when they were made."""
    if WHEN_I_WAS_IN_THEM.search(head) or IMAGES_FROM_WHEN.search(head):
        return True
    if IMAGE_BACK_IN.search(head):
        return True
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
SUSPECT_RIGHT_BEFORE = re.compile(
    rf"\b{_SUSPECT}\s*\d?\s*[:(]?\s*(?:[mf]\s*[,/]?\s*)?(?:(?:aged?|dob|d\.o\.b\.?|date\s+of\s+birth)\s*:?\s*)?"
    r"(?:(?:is|was)\s+)?$|"  # "Susp is 15"
    # "The suspect is a 65-year-old neighbour": then a noun that would read as a bystander's
    r"\b(?:suspect|offender|perpetrator)\s+(?:is|was)\s+(?:a|an)\s+$|"
    # "Susp, 67 yr old neighbour, has been paying": the label set off before the noun
    rf"\b{_SUSPECT}\s*,\s*(?:a|an)?\s*$|"
    # "One suspect identified, a 15-year-old" (development pictured sets, 2026-12-08)
    rf"\b{_SUSPECT}\s+(?:identified|named|arrested|traced|located|interviewed)\s*,\s*(?:a|an)?\s*$",
    _I,
)
#: Police words for the person suspected: their own image sent to the victim ("V") is
#: still read as the notes' roles say.
SUSPECT_HEAD = re.compile(rf"\b(?:{_SUSPECT}|ip)\b[^.;]*$", _I)


def _adult_sent_own_image(mention: Mention, head: str, after: str) -> bool:
    """ "A 23 year old man sent a picture of himself to my 14 year old son": the adult is
    the person pictured, and the child who received it the other person (CONTRACT §1)."""
    return _sent_own_image(mention, head, after, adult=True)


#: The person's own deed of sending, right after their age: "whos 17 | keeps sending me
#: pics of his dick" (not "in Year 7 | a picture of herself", the object of a deed, nor
#: "in Year 11 | into sending", the one who pressured).
OWN_SENDER_NEXT = re.compile(
    r"^\W*(?:(?:keeps|kept|has|had|have|been|also|then|just|now|is|was)\s+)*"
    r"(?:sending|sent|sends|send|showing|showed|shows|airdropp\w*|snapp\w*)\b",
    _I,
)


def _sent_own_image(mention: Mention, head: str, after: str, *, adult: bool) -> bool:
    """The person the age is said of sent an image of themselves: an adult, or (unless
    ``adult``: a partner's age is read by its own rules) anyone whose own deed of sending
    comes right after their age."""
    own = SELF_IMAGE.search(after)
    sender = mention.low >= ADULT_AGE or (not adult and OWN_SENDER_NEXT.match(after) is not None)
    return (
        sender
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


#: The second of two people an image is of: "took a video of his younger sister (13) and |
#: her friend (12) | skinny dipping" (development set AV, 2026-12-07). Both are in it.
IMAGE_OF_PAIR_HEAD = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?!(?:him|her|them|my|your)sel)(?:{DET}\s+)?(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+\s*"
    r"(?:\([^()]*\)\s*|,\s*\d{1,2}\s*,?\s*)?(?:and|&)\s+"
    rf"(?:(?:{DET})\s+(?:[\w'’-]+\s+)?[\w'’-]+|(?:friend|mate|sister|brother|cousin)s?)\s*(?:\(\s*|,\s*)?$",
    _I,
)
#: Words after the age that give the second person a deed of their own: "a fake nude of
#: his ex (15) and his mate (16) | put it on his story".
PAIR_DEED_AFTER = re.compile(
    r"^\W*(?:has|had|have|then|who|which|that|is|was|were|are|put|puts|posted|shared|sent|took|"
    r"forwarded|showed|saw|found|uploaded|screenshotted|airdropped|got|kept|passed|made|asked|keeps)\b",
    _I,
)
#: The one an edit or an AI tool put in a sexual image: "used an AI tool to put | my 17
#: year old daughter | in a bikini", "photoshopped a Y9 girl onto a naked body",
#: "nudified a 14 year old's photo" (development set AV, 2026-12-07).
AI_EDIT_HEAD = re.compile(
    r"\b(?:put|putting|puts|photoshop(?:ped|ping|s)?|edit(?:ed|ing|s)?|paste[ds]?|pasting|stick|stuck|"
    r"sticking|morph(?:ed|ing)?|undress(?:ed|ing)?|nudif(?:y|ied|ies|ying)|deepfak(?:e|ed|ing))\s+"
    r"(?:my|his|her|their|our|a|an|the)?\s*$",
    _I,
)
AI_EDIT_AFTER = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:in(?:to)?\s+(?:a\s+|her\s+|his\s+)?(?:bikini|underwear|lingerie|bra|swimsuit|"
    r"nude|naked|porn\w*|sexual)|on(?:to)?\s+(?:a\s+)?(?:naked|nude|porn\w*)|naked|nude|topless|photo|pic|"
    r"picture|image|face)\b",
    _I,
)


def _typist(text: str, mention: Mention, *, alone: bool = True) -> Person:
    """The side of the person typing, who gave their own age ("I'm 15", "I'm 42").

    Their own image ("I sent one", "my nudes"): the child pictured, unless "when I was
    14" gives the age it was made. An adult with no part in it (a parent, a teacher
    typing "I'm 36"), a parent about their child, or someone only shown or told: not
    involved. An adult who was sent it, asked for it or holds it stays in (None: the
    other rules read the age), so an adult is never lost.
    """
    if mention.low >= ADULT_AGE and TYPIST_IMAGED_THE_CHILD.search(text):
        return "other"  # "I'm 31. Years ago I took photos of my son in the bath": I made them
    if TYPIST_SENT_OWN.search(text):
        return "skip" if TYPIST_EARLIER_AGE.search(text) else "pictured"
    if mention.low < ADULT_AGE and TYPIST_MADE_ANOTHERS.search(text):
        return "other"  # "im 15 and made a fake nude of my mate": they made someone else's
    if mention.low < ADULT_AGE and IMAGES_FROM_WHEN_I_WAS.search(text):
        return "skip"  # "i'm 14 ... got pics from my memories. they're from when i was 13"
    if alone and TYPIST_RECEIVED.search(text) and not TYPIST_ASKED_FOR_ONE.search(text):
        return "other"  # "girl in my class sent me her nudes im 13": they received it
    if TYPIST_INVOLVED.search(text):
        return None
    if PARENT_SPEAKING.search(text) or mention.low >= ADULT_AGE or TYPIST_SHOWN.search(text):
        return "skip"
    if TYPIST_RELATIVE.search(text):
        return "skip"  # "my sister whos in yr 9 ... im 17 btw": told of it, not in it
    if TYPIST_TELLS_OF_ANOTHERS_IMAGE.search(text) and not TYPIST_GOT_IT.search(text):
        return "skip"  # "im in year 8 and theres a video going round of a girl in our year"
    return None


#: A young person telling of someone else's image going round, with no part in it said
#: ("hi im in year 8 and theres a video going round of a girl in our year, shes 12"; not
#: when they say they got it: ``TYPIST_GOT_IT``).
TYPIST_TELLS_OF_ANOTHERS_IMAGE = re.compile(
    r"\b(?:there['’]?s|theres|there\s+is|there\s+are)\s+(?:a|an|some|this)\s+(?:[\w-]+\s+)?"
    r"(?:video|vid|pic|pics|photo|photos|picture|pictures|nude|nudes|image|images)\s+"
    r"(?:going\s+(?:round|around)|being\s+(?:shared|sent|passed)\s+(?:round|around)|(?:on|in)\s+(?:the\s+)?[\w-]+)\s+"
    r"(?:[\w-]+\s+){0,3}?of\s+(?:a|an|this|some|another|one)\b",
    _I,
)


#: The young person typing got it: "someone sent it to me", "i got sent it", "its on my phone".
TYPIST_GOT_IT = re.compile(
    r"\b(?:sent|showed|shown|airdropped|forwarded|passed)\s+(?:it|them|one|that)\s+to\s+me\b|"
    r"\b(?:sent|showed|airdropped|forwarded)\s+me\b|\bi\s+(?:got|received|was\s+sent|have\s+(?:it|them|got))\b|"
    r"\bon\s+my\s+(?:phone|snap|insta|ipad)\b",
    _I,
)


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
#: A brother, sister or cousin: a child of the family, on either side of the image.
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


YOUNG_CARER = re.compile(r"\byoung\s+carer\W*$", _I)
#: "Daughter of our neighbour is thirteen": the person is the noun before "of".
OF_SOMEONE = re.compile(
    r"\b(?P<noun>daughter|son|child|kid|girl|boy|grandson|granddaughter|niece|nephew|stepson|stepdaughter)"
    r"\s+of\s+(?:our|my|the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?P<link>\s*(?:,|\(|is|was|who\s+is|who['’]s|aged?)?\s*)$",
    _I,
)


def _without_possessor(text: str, span: Span, head: str) -> str:
    """ "the victim's 12yo brother": the age is the brother's, so "victim's" leaves the head.
    "his older brother Callum, 16": the name leaves it too, so the noun before it is read.
    "Daughter of our neighbour is thirteen": the daughter's, not the neighbour's."""
    of_someone = OF_SOMEONE.search(head)
    if of_someone:
        return head[: of_someone.end("noun")] + of_someone["link"]
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
    # (not "her mum my sister is 33": the child's mother, named twice)
    r"(?<!\bmum\s)(?<!\bmam\s)(?<!\bmom\s)(?<!\bmother\s)(?<!\bdad\s)(?<!\bmum,\s)\b(?:my|our)\s+(?:(?:little|younger|big|older|baby|twin|wee|kid)\s+)?(?:sister|brother)\s*"
    # "my wee sister's in S2"
    r"(?:is|was|,|\(|['’]s)?\s*(?:in\s+)?$",
    _I,
)


#: The one an image already told of came from: "Image of an adult male (late 20s) sent to
#: a Y8 class group chat by a Y8 boy who got it from his older brother (19)" (development
#: pictured sets, 2026-12-07).
GOT_IT_FROM_HEAD = re.compile(
    r"\b(?:got|gets|received|had)\s+(?:it|them)\s+(?:off|from)\s+(?:his|her|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s*\(?\s*$",
    _I,
)
#: The one an image came from got it from someone else: "received it from 18M, who
#: received it directly from victim" (development pictured sets, 2026-12-08).
RECEIVED_IT_TOO_NEXT = re.compile(
    r"^\W*(?:who|that)\s+(?:had\s+|has\s+)?(?:also\s+)?(?:received|got|was\s+sent|been\s+sent)\s+"
    r"(?:it|them)\s+(?:[\w-]+\s+)?(?:from|off|by)\b",
    _I,
)
#: The person typing is in the image, so their sibling is only family: "im 13, my bf is
#: 14, my sister is 17. my bf has a pic of me in my bra" (development pictured sets,
#: 2026-12-07).
TYPIST_IN_THE_IMAGE = re.compile(rf"\b(?:{IMAGE})\s+of\s+(?:me|myself)\b", _I)
#: Nothing said of the sibling after the age: the clause ends, or the list goes on ("my
#: sister is 17." , "my brother is 12, my sister is 19"); not "my sister is 17 and she sold
#: pics of me".
ROLL_CALL_NEXT = re.compile(r"^\s*(?:[.;!?]|$|,\s*(?:and\s+)?(?:my|our)\b)", _I)


#: A child named right after the age: "Year 9 girl", "14 year old lad".
CHILD_NOUN_NEXT = re.compile(
    r"^\s+(?:girl|boy|lad|lass|lassie|pupil|student|kid|child|teen|teenager|youngster)s?\b",
    _I,
)
#: The person typing names themselves by a relation, then the child by a pronoun: "I'm her
#: nan, she's 14", "I'm his aunt and he's 13".
TYPIST_RELATIVE_THEN_CHILD = re.compile(
    rf"\b(?:i['’]?m|im|i\s+am|me)\s+(?:her|his|their|the)\s+(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\s*"
    r"(?:,|and|here|-)?\s*(?:(?:she|he|they)\s*(?:['’]s|is|was|['’]re|are)|shes|hes)\s*$",
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
    tail = first_words(_past_the_bracket(text, span), 12)
    if head_noun and PARENT_OF.search(head):
        return None  # "RP is mother of F/13": the age is her child's
    if head_noun and TYPIST_RELATIVE_THEN_CHILD.search(head):
        return None  # "I'm her nan, she's 14": the typist is the nan; "she" is the child
    if head_noun and YOUNG_CARER.search(head):
        return None  # "Young carer, 15, has told me": a child who cares for someone at home
    if PARTNERS_OWN_NEXT.match(text[span.end :]):
        # "17yo daughter's 22yo boyfriend has nudes of her": the partner's partner, whose side
        # the partner's tells (development pictured set AZ, 2026-12-07)
        return None
    if next_noun or head_noun:
        if VICTIM_IS.search(head):
            return "pictured"  # "V is his sister, 12": the relative is the victim
        noun = (next_noun or head_noun).group(0)  # type: ignore[union-attr]
        pure = re.search(rf"\b(?:{BYSTANDER_NOUNS})\b", noun, _I)
        if (
            FINDER.match(_after_noun(tail, next_noun))
            or VIEWER_HEAD.search(head)
            or (pure and SHOWN_NEXT.match(after))
        ):
            # "Her mum, who is 43, found them ..., kept copies, and is now threatening to
            # send them": she found them, then took part
            return "other" if _kept_or_used_it(tail) else "skip"
        if _only_reacts(text, span):
            return "skip"  # "My brother is 45 and won't believe it": he only reacts
        if (
            head_noun
            and TYPISTS_SIBLING.search(head[-40:])
            and not (TYPIST_IN_THE_IMAGE.search(text) and ROLL_CALL_NEXT.match(text[span.end :]))
        ):
            return None  # "my little sister is 13": the person typing is the bystander
        deed_after = after[next_noun.end() :] if next_noun else after
        if next_noun and FAMILY.search(noun) and SENT_OWN_TO_PARTNER.match(tail[next_noun.end() :]):
            return "pictured"  # "my 14 year old sister sent her boyfriend a pic": her own
        if RELATIVE_MADE_IMAGES.match(deed_after):
            return "other"  # "Step-father (45) has taken indecent photos": he made them
        if RELATIVE_HOLDS_IMAGES.match(deed_after):
            return "other"  # "caught my husband (45) with pics on his phone of my daughter"
        if _relatives_own_deed(tail):
            return "other"  # "My husband is 50 and he took photos of our daughter"
        if RELATIVE_OWN_IMAGE.match(RELATIVE_LEAD.sub("", tail, count=1)):
            return "pictured"  # "My stepmum is in her 30s and she posted photos of herself"
        if MADE_OR_SHARED_BY_HEAD.search(head):
            return "other"  # "images were made of her by her father (40)": he made them
        if pure and REPORTED_NEXT.match(after):
            return "skip"  # "RP father (52) states daughter ... sent pic": what he reports
        if (deed := _by_action(after)) is not None:
            return deed
        if (deed := _bracketed_deed(text[span.end :])) is not None:
            return deed
        if LIVES_WITH.search(head) or MET_THROUGH.search(head) or WITH_A_PARENT_HEAD.search(head):
            # "lives with mum (40) and stepdad (44)": the household, nothing done; "met
            # through her older brother who is 20": who introduced them; "her mum (34) and
            # stepdad (36) are coming in": the family, nothing done
            return "skip"
        if _by_preposition(head) is not None or SIBLING_GIVEN.search(head):
            return "other"
        if next_noun and FAMILY.search(noun) and DEVICE_OF.match(after[next_noun.end() :]):
            return None  # "a video on his 13 year old sister's phone ... It's her": the sexes say
        return "skip" if pure else None
    return None


#: A child's partner named right after the child's age: "17yo daughter's 22yo boyfriend",
#: "15 year old son's girlfriend".
PARTNERS_OWN_NEXT = re.compile(
    r"^\s*(?:daughter|son|stepdaughter|stepson|granddaughter|grandson|niece|nephew|sister|brother|"
    r"child|kid|girl|boy)"
    rf"['’]s\s+(?:(?:new|older|old|ex|online|[1-9]\d?\s*(?:yo|y/o|yr\s+old|year\s+old|-year-old))\s+)*"
    rf"{PARTNER_WORDS}\b",
    _I,
)


#: The device or account that is a relative's: "his 13 year old sister's phone".
DEVICE_OF = re.compile(
    r"^['’]s\s+(?:phone|iphone|ipad|tablet|laptop|computer|account|snap(?:chat)?|insta(?:gram)?)\b",
    _I,
)


#: Their own image sent to a partner or friend: "sent her boyfriend a pic", "has been
#: sending his girlfriend nudes".
SENT_OWN_TO_PARTNER = re.compile(
    r"^\W*(?:has\s+|had\s+)?(?:been\s+)?(?:sent|sending|sends)\s+(?:her|his|their)\s+"
    r"(?:boyfriend|girlfriend|bf|gf|ex|partner|crush)\s+(?:a\s+|an\s+|some\s+|two\s+|\d+\s+)?"
    rf"(?:[\w-]+\s+)?(?:{IMAGE})\b",
    _I,
)
#: A relative who only reacts, or lives apart: "My brother is 45 and won't believe it",
#: "Mum's partner (40s) wants us involved", "their dad is 39 and lives elsewhere".
REACTION_NEXT = re.compile(
    # ("my cousin is 20 and my nan is 70 but they dont know": past another relative's age)
    r"^\W*(?:and\s+(?:my|our|his|her)\s+[\w-]+\s+(?:is|was)\s+\d{1,2}\s+)?"
    r"(?:and\s+|but\s+)?(?:(?:he|she|they)\s+)?(?:"
    r"(?:won['’]?t|don['’]?t|do\s+not|doesn['’]?t|does\s+not|didn['’]?t|can['’]?t|cannot)\s+"
    r"(?:believe|know|understand|accept)|"
    r"(?:is|are|was|were)\s+(?:furious|fuming|livid|devastated|raging|distraught|in\s+bits|"
    r"beside\s+(?:him|her)self|in\s+shock|not\s+(?:aware|coping))|"
    r"wants?\s+(?:us|police|the\s+police|school|me)\s+(?:involved|to\s+(?:call|ring|report|help|sort))|"
    # "Our VP (50s) wants to suspend the girl": a decision about it, not a part in it
    r"wants?\s+to\s+(?:suspend|exclude|expel|report|ring|call|involve|speak|talk)|"
    # "our guidance teacher (she's 29) was approached by an S3 girl": told of it
    r"(?:was|were)\s+approached\s+by|"
    r"lives?\s+(?:elsewhere|abroad|away|separately|apart)|"
    r"says\s+it['’]?s\s+(?:just|nothing|only|normal)|"
    # "my big sister is 19, she said to ask here": advice given, no part in it
    r"(?:said|says|told\s+(?:me|him|her|us))\s+(?:i\s+|we\s+)?(?:to|should)\s+(?:ask|tell|report|speak|talk|"
    r"come|ring|call|phone|message|get\s+help|go\s+to)|"
    # "My older brother is 19 and says I could go to prison for it": a view of the law, no
    # part in it (development pictured sets, 2026-12-07)
    r"(?:said|says|thinks|reckons)\s+(?:that\s+)?(?:i|we|you|he|she|they)\s+(?:could|might|would|will|"
    r"can|may)\s+(?:go\s+to\s+(?:prison|jail)|get\s+(?:arrested|in\s+trouble|a\s+record)|"
    r"be\s+(?:arrested|in\s+trouble|charged)))\b",
    _I,
)
#: The relative's own deed later in the sentence: "doesn't know I found the photos he took
#: of her", "won't believe she sent him any".
OWN_DEED_LATER = re.compile(
    r"\b(?:he|she|they)\s+(?:has\s+|had\s+)?(?:took|taken|filmed|made|sent|shared|posted|kept|"
    r"has\s+(?:got\s+)?(?:them|it|pics|photos|images|videos))\b",
    _I,
)


def _only_reacts(text: str, span: Span) -> bool:
    """A relative who only reacts or lives apart ("My brother is 45 and won't believe it"),
    with no deed of theirs told later in the sentence: "Her stepdad (45) doesn't know I
    found the photos he took of her" is involved, and is never dropped."""
    rest = _past_the_bracket(text, span)
    return REACTION_NEXT.match(rest) is not None and OWN_DEED_LATER.search(rest) is None


#: A parent or carer who reports: what follows is what they say happened, not their deed.
REPORTED_NEXT = re.compile(
    r"^\W*(?:states|stated|says|said|reports|reported|explains|explained|advises|advised|"
    r"informs|informed|discloses|disclosed|tells\s+(?:us|me|police|officers)|"
    r"told\s+(?:us|me|police|officers))\b",
    _I,
)


def _past_the_bracket(text: str, span: Span) -> str:
    """The rest of the sentence, past the bracket the age is in: "Her brother (he's 19,
    home from uni) | saw the messages" (what he did comes after the bracket)."""
    rest = sentence_after(text, span.end)
    if text.rfind("(", 0, span.start) <= text.rfind(")", 0, span.start):
        return rest
    close = rest.find(")")
    return rest[close + 1 :] if close >= 0 else rest


#: A relative named after "by" in a passive that made or passed on the image: "images were
#: made of her by her father (40)", "filmed by her stepdad, 38,".
MADE_OR_SHARED_BY_HEAD = re.compile(
    rf"\b(?:made|taken|took|filmed|recorded|photographed|created|shared|distributed|posted|"
    rf"uploaded|forwarded|sent|circulated)\b(?:\s+[\w'’-]+){{0,5}}?\s+by\s+(?:{DET}\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{BYSTANDER_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\s*(?:{LINK}\s*)*$",
    _I,
)
#: A relative found holding images: "caught my husband (45) with pics on his phone of my
#: 15 yr old daughter".
RELATIVE_HOLDS_IMAGES = re.compile(
    rf"^\W*(?:with|holding|hiding)\s+(?:(?:some|the|these|those|a|an)\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\s+"
    r"(?:on\s+(?:his|her|their)\s+(?:phone|laptop|computer|ipad|tablet)\s+)?of\b",
    _I,
)
#: The relative named again before their deed: "is 50 | and he took photos", "his dad
#: M/43, | who then kept a copy".
RELATIVE_LEAD = re.compile(
    r"^\W*(?:(?:and|who)\s+)?(?:(?:he|she|they)\s+)?(?:then\s+|also\s+)*", _I
)
#: A relative who kept the image, or who messaged the child who then sent them one: "who
#: then kept a copy on his phone", "has been messaging her and she sent him a topless selfie".
RELATIVE_KEPT_OR_GOT = re.compile(
    r"^(?:has\s+|had\s+)?(?:kept|saved)\s+(?:a\s+copy|copies|them|it|one)\b|"
    r"^(?:has\s+been|had\s+been|been|was|is)\s+(?:messaging|texting|snapchatting|talking\s+to|"
    r"chatting\s+(?:to|with)|grooming)\s+(?:her|him)\b(?=[^.!?]*\b(?:she|he)\s+(?:has\s+|had\s+)?"
    r"sent\s+(?:him|her)\b)",
    _I,
)


def _relatives_own_deed(tail: str) -> bool:
    """A relative's deed told after their age, in a clause of its own: "My granddaughter's
    dad, he's 28, took pictures of her", "My husband is 50 and he took photos of our
    daughter", "his dad M/43, who then kept a copy on his phone"."""
    deed = RELATIVE_LEAD.sub("", tail, count=1)
    return bool(
        RELATIVE_MADE_IMAGES.match(deed)
        or RELATIVE_HOLDS_IMAGES.match(deed)
        or RELATIVE_KEPT_OR_GOT.match(deed)
    )


#: A relative who sent or posted images of themselves: "My stepmum is in her 30s and she
#: posted topless photos of herself in our family group chat" (development pictured sets,
#: 2026-12-07).
RELATIVE_OWN_IMAGE = re.compile(
    rf"^\W*(?:has\s+|had\s+)?(?:sent|posted|shared|put|uploaded|took|airdropped)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\s+of\s+(?:her|him|them)sel(?:f|ves)\b",
    _I,
)
#: A relative who made images (of the child, whom the words need not name again).
RELATIVE_MADE_IMAGES = re.compile(
    rf"^\W*(?:has\s+|had\s+|have\s+|was\s+|been\s+)*(?:taken|took|taking|filmed|filming|recorded|"
    rf"photographed|made|making)\s+(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\b|"
    # "a Year 5 girl's 14 year old sister put pics of her in the bath on a WhatsApp group"
    rf"^\W*(?:has\s+|had\s+)?(?:put|posted|shared|uploaded|airdropped|forwarded)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+of\s+(?:her|him|them)\b|"
    # "her older sister (14) filmed it and sent it to a friend": filming is making it
    r"^\W*(?:has\s+|had\s+|was\s+)*(?:filmed|filming|videoed|recorded)\s+(?:it|her|him|them)\b|"
    # "the friend's dad, who is 50, put a camera in the bedroom": hidden filming
    r"^\W*(?:has\s+|had\s+)?(?:put|hid|hidden|set\s+up|installed|placed)\s+(?:a|an|the)\s+"
    r"(?:hidden\s+|secret\s+|spy\s+)?(?:camera|cam|webcam|phone)\b",
    _I,
)
#: The noun right before an age, read for its sex: "a man of thirty-two", "a woman, 40,".
SEX_NOUN_HEAD = re.compile(rf"\b(?P<noun>{MALE_WORDS}|{FEMALE_WORDS})\s*(?:{LINK}\s*)*$", _I)
#: Someone's own image sent to the victim: the victim is the child who received it.
SELF_SENT_TO_VICTIM = re.compile(
    rf"\b(?:sent|sends|sending|showed|shown|dm['’]?d)\s+(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+"
    r"of\s+(?:him|her|them)sel(?:f|ves)\s+(?:[\w'-]+\s+){0,2}?to\s+(?:the\s+)?(?:v|victim|ip)\b|"
    rf"\b(?:sent|sends|sending|showed|shown)\s+(?:the\s+)?(?:v|victim|ip)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{IMAGE})\s+of\s+(?:him|her|them)sel(?:f|ves)\b",
    _I,
)
