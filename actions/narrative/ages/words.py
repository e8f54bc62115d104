"""The shared words of the age reader: image, person and deed words, and the small readers
built on them ("what did the person do next?", "which sex is this word?").

Every module of ``actions.narrative.ages`` reads the narrative through these; a pattern used
by one module only lives in that module instead. Pure regular expressions, no state.
"""

from __future__ import annotations

import re

from actions.narrative.ages.mention import _I, Person, Sex
from actions.narrative.birth_dates import MONTH_NAMES
from actions.narrative.context import (
    first_words,
    sentence_after,
    sentence_before,
)
from actions.narrative.numbers import NUMBER_WORDS, WORD_VALUES
from actions.narrative.vocabulary import (
    IMAGE_NOUNS,
    NEUTRAL_PERSON_NOUNS,
    OTHER_PERSON_NOUNS,
    PICTURED_PERSON_NOUNS,
)


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
    r"(?:who\s*(?:'s|’s|is|was|are|were)|whos|thats|that\s+(?:is|was)|(?:m|f|male|female)\s*[,/]|(?:she|he|they)\s*(?:'s|is|was|'re|are)|"
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
    # "Head (52) reported", "Her mum, who is a governor here, is 48"
    # (not "my daughter's head (she's 11)", a body)
    r"(?<!['’]s\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bmy\s)(?<!\btheir\s)head|"
    r"headmaster|headmistress|principal|governor|senco|pastoral\s+lead|"
    # "Our VP (50s) wants to suspend the girl", "Reported by a dinner lady (60s)"
    r"vice[\s-]principal|vp|dinner\s+lady|lunchtime\s+supervisor|midday\s+supervisor|receptionist|"
    r"librarian|"
    # "PC (34) attended", "Key worker (35) found it": the officer or worker on the case
    # (not "sgt here, 14 y/o F snt nude": the officer typing, then the case)
    r"(?:pc|dc|oic|sgt|sergeant|constable|detective|pcso|key\s*worker|case\s*worker)(?!\s+here\b)|"
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
    r"(?:her|his|their|the|our|my)\s+(?:mum|dad|parents?|teacher|tutor|head\s+of\s+year))"
)
#: Words that may stand between a person and what they did: "and just found out", "who
#: then reported it", "and the DSL found" (a second finder), not "and my mum found out"
#: (someone else).
_FILLER = (
    r"(?:(?:just|then|also|actually|later|eventually|first|only|had|has|have|who|that|and|"
    r"and\s+the\s+\w+|she|he|they)\W+){0,3}?"
)
#: "nearly 13", "almost 16", "not quite 13": the age below. Read as the age said, a child
#: of 12 "nearly 13" would be over the line that makes a child under 13.
NEARLY = re.compile(
    r"\b(?:nearly|almost|not\s+quite|coming\s+up(?:\s+to)?|approaching|just\s+under)\s*$", _I
)
#: An age reached soon: "hes 15 in a few weeks", "she's 16 next month".
SOON = (
    r"(?:in\s+(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six)\s+(?:days?|weeks?|months?)|"
    r"next\s+(?:week|month)|in\s+(?:a\s+)?(?:week|fortnight|month)(?:['’]s\s+time)?)\b"
)
SOON_AFTER = re.compile(rf"^\s*{SOON}", _I)
#: Partner nouns: either side can be the pictured one, so they are weak evidence.
PARTNER_WORDS = r"(?:boyfriend|girlfriend|bf|gf|partner|ex|ex-boyfriend|ex-girlfriend)"


#: "since she was four", "ever since he was 10": a time long before, not anyone's age at
#: the image, unless images or grooming run from then (``IMAGES_SINCE``).
_SINCE_WAS = r"\bsince\s+(?:she|he|they|i)\s+(?:was|were)\s+(?:about\s+|only\s+)?$"
#: Mutual exchange: each of them is pictured and each holds the other's image.
MUTUAL = re.compile(
    r"\b(?:each\s+others?|one\s+another)\b|\b(?:exchang|swapp|trad)(?:ed|ing)\b|"
    # "they swap nudes", "two 11-year-olds exchange pictures": the present tense
    rf"\b(?:swaps?|exchanges?|trades?)\s+(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b|"
    r"\b(?:mutual|an?)\s+(?:exchange|swap)\b|\b(?:have|were|are)\s+been\s+sexting\b|"
    r"\bsexting\s+(?:each\s+other|one\s+another)\b|\b(?:exchange|swap)\s+of\s+(?:nudes|pics|images|photos)\b|"
    r"\b(?<!to\s)(?:sending|sent)\s+(?:them|some|one|pics|photos|nudes|some\s+of\s+(?:her|his))"
    r"\s+back\b",
    _I,
)
BODY_PARTS = (
    r"(?:(?:bare|naked|nude|private)\s+)?(?:own|breasts?|boobs|chest|body|bottom|bum|backside|genitals|"
    r"genitalia|privates|private\s+(?:parts|area|areas)|penis|erection|vagina|willy|dick|cock|tits|arse|junk|bits|nipples?|underwear|bra|"
    r"knickers|pants|boxers|naked|nude|top\s+half|face|thing|todger|nob|dong|pecker|cooch|fanny)"
)
OWN_BODY = rf"(?:her|his|their)\s+{BODY_PARTS}"
BODY_OR_CLOTHES = (
    r"(?:breasts?|boobs|chest|body|bottom|bum|backside|genitals|privates|skirt|dress|"
    r"underwear|bra|knickers|pants|shorts|top)"
)
#: "... who was 14 at the time": an age then, whoever it is said of.
_AT_THE_TIME = r"^\W*(?:[\w']+\s+){0,2}?at\s+the\s+time\b"
# 7. Prepositions.
PREPOSITION = re.compile(
    # "on phone of M/15", "on the phone of a male aged 19": the one who holds it ("of" only
    # after a device said without its owner: not "a Year 11 student's phone of a Year 7 girl")
    rf"(?:\b(?P<prep>to|tae|by|from|fae|frae|off|with|wi|belonging\s+to|"
    rf"(?:(?<=on\sphone\s)|(?<=the\sphone\s)|(?<=on\sdevice\s)|(?<=the\sdevice\s)|"
    rf"(?<=the\slaptop\s)|(?<=the\smobile\s))of)|"
    rf"(?<!\w)(?P<wslash>w/))\s+(?:{DET}\s+)?(?:{COUNT}\s+)?(?:{ADJ}\s+)?"
    rf"(?:(?:{NEUTRAL})\s+(?:{LINK}\s*)*|(?:{NEUTRAL})\s*(?:,|\()\s*(?:{LINK}\s*)*)?"
    # "sent clips to 2 friends (M17, M18)", "sent to M/16": a police sex letter before the age
    r"(?:(?<![\w/])[MF]\s*/?\s*)?$",
    _I,
)
#: An officer sent out to the child: "Called to a 15 year old boy", "attended to a girl of 14".
CALLED_OUT_BEFORE = re.compile(
    r"\b(?:called|dispatched|deployed|tasked|responded|attended)\s+(?:out\s+)?$", _I
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
SAYS_WHOSE = re.compile(
    rf"\b(?:{IMAGE})\s+of\s+(?!(?:her|him|them)self)|"
    # "her pics are being sent round by lads": passed on by them, someone else's image
    r"\bsent\s+(?:round|around|on|about)\s*$",
    _I,
)
RECEIVED_BEFORE = re.compile(
    # ("a 13 year old boy receives a nude from a 14 year old girl": development pictured
    # sets, 2026-12-08)
    r"\b(?:received|receives|receive|receiving|got|getting|gets|(?:was|been|being)\s+sent|"
    r"has\s+(?:a|an|the|some))\b",
    _I,
)
# 8. What they did.
SELF_IMAGE = re.compile(
    # (Scots: "a video o hersel")
    r"\b(?:of|at|o)\s+(?:herself|himself|themselves|themself|self|hersel|himsel)\b|"
    # ("sent the pictures to her own friends": her friends, not her image)
    r"\b(?:her|his|their)\s+own\b(?!\s*$)(?!\s+(?:friends?|mates?|pals?|phone|account|group|chat|story|page|school|class|"
    r"brother|sister|mum|mam|dad|family|room|house|contacts|followers)\b)|"
    r"\bselfies?\b|\b(?:film(?:ed|s|ing)?|record(?:ed|s|ing)?|livestream(?:ed|s|ing)?|"
    r"photograph(?:ed|s|ing)?|strip(?:ped|s|ping)?)\s+(?:herself|himself|themselves)\b|"
    # "posted a TikTok dancing in her underwear", "posted a leotard video": her own
    r"\bposted\s+(?:a|an|some)\s+(?:[\w-]+\s+)?(?:tiktoks?|videos?|vids?|reels?|clips?|story|stories|lives?)\s+"
    r"(?:of\s+(?:herself|himself)\s+)?(?:dancing|posing|in\s+(?:her|his)\s+(?:underwear|bra|pants|knickers|boxers|"
    r"bikini|swimsuit|leotard|pyjamas))\b|"
    r"\bposted\s+(?:a|an|some)\s+(?:leotard|bikini|underwear|swimsuit|dance)\s+(?:tiktoks?|videos?|vids?|reels?|clips?)\b|"
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
#: Images, then who asked for them: "... for imgs by", "... for nude pics online by".
_IMAGES_BY = rf"(?:[\w'-]+\s+){{0,2}}?(?:{IMAGE})\s+(?:online\s+)?by\b"
PASSIVE_VICTIM = re.compile(
    # "is getting asked for nudes by a 19 year old lad"
    rf"\b(?:was|were|been|being|is|are|got|gets|get|getting)\s+(?:(?:repeatedly|also|then|being)\s+)?"
    # ("has been messaged and asked for photos by her PE teacher": two passives)
    rf"(?:[\w'-]+ed\s+and\s+)?{_VICTIM_VERBS}\b|"
    # "Y9 girl nude shared by Y10": the person's image, passed on by someone named after "by"
    rf"^\W*(?:[\w'-]+\s+)?(?:{IMAGE})\s+(?:was\s+|were\s+|been\s+|got\s+)?(?:shared|sent\s+round|"
    rf"posted|leaked|forwarded|airdropped|screenshotted)\s+(?:by|round|around|online)\b|"
    rf"^\W*(?:[\w'-]+\s+){{0,4}}?{_VICTIM_VERBS}\s+(?:by|into|online\s+by)\b|"
    # police shorthand, the auxiliary left out: "juv F/12 asked for imgs by adult M"
    rf"^\W*(?:[\w'-]+\s+){{0,2}}?(?:asked|pressured|pressurised|begged)\s+for\s+{_IMAGES_BY}|"
    # "Alfie is in one of the videos with nothing on": the one shown in it
    rf"^\W*(?:is|was|are|were|appears|appeared)\s+in\s+(?:one\s+of\s+|some\s+of\s+|all\s+of\s+)?"
    rf"(?:the|a|an|some|those|these|them)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b",
    _I,
)
HAD_IMAGE_MADE = re.compile(
    rf"\b(?:ha(?:s|d|ve)\s+)?had\s+(?:[\w'‘’-]+\s+){{0,4}}?(?:{IMAGE})"
    rf"(?:\s+of\s+(?:her|him|them|herself|himself|themselves)"
    # "had a photo of her in a bikini edited by someone": her own photo, altered by another
    # (development pictured set AZ, 2026-12-07)
    r"(?:\s+(?:in|wearing)(?:\s+[\w'-]+){1,3}?)?)?"
    # "has had a nude from when she was 15 leaked"
    r"(?:\s+from\s+when\s+(?:she|he|they|i)\s+(?:was|were)\s+(?:in\s+)?\S+)?"
    rf"\s+(?:made|shared|posted|leaked|"
    rf"sent|spread|taken|created|put|uploaded|circulated|edited|altered|photoshopped|doctored|"
    rf"manipulated|nudified)\b|"
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE})\s+of\s+(?:her|him|them)\b|"
    # "has had a nude she sent her boyfriend (19) shared around": her own image, a clause
    # about whom she sent it to between
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE})\s+(?:(?:that|which)\s+)?(?:she|he|they|i)\s+"
    r"(?:sent|took|made|gave|shared)\b[^.!?]{0,60}?\b(?:shared|leaked|posted|spread|sent\s+(?:round|around)|"
    r"circulated|put\s+online|screenshotted|forwarded)\b|"
    # "has had a nude from when | she was 15 leaked": an image of herself from the past
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE})\s+from\s+when\b|"
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
    # "made her send him pictures": "made" and "let" take no "to"
    # (Scots: "got her tae send a photie")
    r"(?:(?:to\s+|tae\s+)?(?:send|take|film|make|share|strip|pose)|for|into)\b",
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
    rf"(?:\s+{NOT_MONEY}[\w'-]+){{0,4}}?\s+(?:{IMAGE}|semi\s+nudes?)\b"
    # not "taking photos off kids' social media": other people's photos, downloaded
    r"(?!\s+off\b)(?!\s+from\s+(?:[\w'’-]+\s+){0,2}(?:social\s+media|insta\w*|facebook|fb|snap\w*|tiktok|"
    r"online|internet|profiles?|accounts?|pages?|stories)\b)",
    _I,
)
OTHER_ACTION = re.compile(
    # "keeps asking what's wrong", "asked why": a question, not a request for an image
    r"\b(?:(?:asked|asks|asking)(?!\s+(?:what|why|how|where|when|if|whether|questions|about|after|"
    r"around|(?:me|us)\s+(?:what|why|how|if|whether|about|not|to\s+(?:keep|not|help|tell|come|ring|call)|"
    # "She's asked me not to tell her mum": a confidence, not a request for an image
    r"for\s+(?:help|advice)))\b)|requested|requests|requesting|demanded|demanding|received|receives|"
    r"receiving|recd|rec['’]d|rcvd|(?:got|gets|getting)(?!\s*$)(?!\s+(?:a\s+|an\s+)?(?:friend\s+requests?|follow\w*|messages?|dms?|"
    r"texts?|added|contacted|talking|chatting|in\s+touch|changed|dressed|undressed|ready|showered|"
    # "got caught out by a 'girl' on Instagram", "got caught by one of those scams": tricked,
    # not holding an image (not "got caught by his teacher with a nude on his phone")
    r"caught\s+out|caught\s+by\s+(?:one\s+of\s+those|a\s+scam|an?\s+['‘\"“]?(?:girl|fake|scam))|tricked|scammed|conned))"
    # "unless she gets back with him", "got home": going somewhere, not an image held
    r"(?!\s+(?:back|home|away|along|together|in\s+trouble|told\s+off)\b)"
    # "got her phone nicked at a party": a phone lost, not an image held
    r"(?!\s+(?:her|his|their|my)\s+(?:phone|ipad|tablet|laptop|account)\s+"
    r"(?:nicked|stolen|taken|hacked|robbed|lifted|snatched)\b)"
    # "he's got no learning difficulties", "she's got ADHD", "she's got fresh cuts on her
    # arms": not an image held
    r"(?!\s+(?:no|nothing|none|any|anything|learning|additional|special|adhd|autism|asd|ehcp|sen|"
    r"support|a\s+diagnosis|(?:fresh\s+|new\s+|old\s+)?(?:cuts|scars|marks|bruises)|upset|scared|"
    r"worse|better|a\s+(?:lot|bit))\b)|shared|shares|sharing|forwarded|"
    r"forwards|forwarding|"
    # "showed me a website ...": telling the person typing, not passing the image on
    r"(?:showed|shown|shows|showing)(?!\s+(?:me|us)\b)|"
    # (not "posts on social media that she wants to die": words posted, not an image)
    r"(?:posted|posts|posting)(?!\s+(?:on|to)\s+(?:social\s+media|snap\w*|insta\w*|facebook|fb|tiktok|twitter|x)\s+"
    r"(?:that|saying)\b)|uploaded|screenshotted|threatened|threatening|"
    r"threatens|blackmailed|blackmailing|pressured|pressuring|groomed|grooming|coerced|coercing|"
    # "has a video of her", "has got nudes", "kept them"; not "has an EHCP", "has ADHD", nor an
    # image made of them ("has an AI image made of him")
    rf"(?:has|had|have|holds|held|kept|keeps|keeping|possess(?:es|ed)?)\s+(?:got\s+)?"
    rf"(?:(?:a|an|the|some|several)\s+(?:[\w'‘’-]+\s+){{0,2}}?(?:{IMAGE})\b(?!\s+(?:made|created|generated)\s+of)|"
    r"it|them|nudes|pics|pictures|images|photos|videos|indecent|explicit|naked)|"
    r"put\s+(?:it|them)\s+(?:online|up|on)|"
    # "put her face on a naked body with AI", "photoshopped his head onto": a fake of another
    r"(?:put|stuck|pasted|photoshopped|edited|swapped)\s+(?:her|his|their)\s+(?:face|head)\s+(?:on|onto)\b|"
    # "a girl in S2 edited his photo to look naked": a fake made of another's picture
    rf"(?:edited|photoshopped|doctored|altered|faked|nudified|morphed)\s+(?:her|his|their|my)\s+"
    rf"(?:school\s+|profile\s+|class\s+)?(?:{IMAGE}|face)\b|"
    r"(?:filmed|filming|films|photographed|photographing|recorded|recording)\s+"
    r"(?:her|his|their|a|an|the|my|our|him|up|under|down|girls|boys|pupils|students|kids|children|"
    r"people|others|classmates)\b(?!\s*(?:self|own))|"
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
    r"\b(?:hes|shes)\b|"
    # "an 11 year old girl whose 15 year old stepbrother has been taking photographs": the
    # deed is his (not "whose nudes were shared"; development pictured set BA, 2026-12-07)
    rf"\bwhose\s+(?!(?:[\w'-]+\s+)?(?:{IMAGE})\b)",
    _I,
)
POSSESSIVE_AFTER = re.compile(r"^(?:'s|s')\s", _I)
#: "my 15 yo daughter's PE teacher sent ...": the deed after is the teacher's.
POSSESSED_PERSON_AFTER = re.compile(
    rf"^\W*[a-z-]+(?:'s|s')\s+(?:[\w-]+\s+)?(?:{OTHER_PERSON_NOUNS}|{FAMILY_OR_STAFF_NOUNS})\b", _I
)
#: An appositive age's closing punctuation: "the lad, 16, sent ...", "Child (12) was ...".
APPOSITIVE_CLOSE = re.compile(r"^\s*[,)]\s*")
#: Words after a span of years that make it a time, not an age: "2 years ago", "3 yrs later".
_YEARS_DATE = r"(?:ago|back|before|later|earlier|since)"
UNIT_AFTER = re.compile(
    # whole words: "a male approx 50 photographed up her skirt" is a man of 50
    # ("40+ images", "over 20-odd pics": a count with a plus or "odd")
    r"^\s*(?:-\s*|\+\s*|-?odd\s+)?(?:(?:photos?|pictures?|pics?|images?|videos?|nudes?|times?|days?|weeks?|"
    r"x|months?|hours?|minutes?|mins?|seconds?|people|kids|weans|bairns|pupils|students|friends|boys|girls|"
    r"teachers|lads|lasses|mates|pals|men|women|officers|staff|adults|members|parents|children|"
    # "30 of them" is a count; "a man of 30 of himself" is his age and his image
    r"others|of(?!\s+(?:himself|herself|themselves|myself)\b)|percent|pm|am|o'clock|messages?|texts?|snaps?|snapchats?|followers|schools?|"
    rf"quid|pounds?|miles?)\b|%|(?:years?|yrs?)\s+{_YEARS_DATE})",
    _I,
)
UNDER = re.compile(r"\bunder\b", _I)

NUM = rf"(?:\d{{1,2}}|{_words_valued(2, 90)})"
PERSON_WORD = (
    rf"(?:{OTHER_PERSON_NOUNS}|{PICTURED_PERSON_NOUNS}|{NEUTRAL}|{BYSTANDER_NOUNS}|"
    rf"{FAMILY_OR_STAFF_NOUNS}|offenders?|suspects?|one\s+of\s+them|m|f)"
)
#: An age in commas or brackets after a first name, as logs write it: "Ruby, 16, who is in
#: Year 12", "Victim is a lad called Aaron, 16.", "Tegan, 15, was sending". Case-sensitive:
#: the name is capitalised; ``NOT_A_NAME`` words ("March, 16") are not names.
NUM_WORDS = _words_valued(6, 90)
#: "she looks about 13-14", "looks around 15": an age guessed from the image ("he looked
#: about 60", "she looked about 13 or 14": the typist's estimate, said in the past too;
#: development pictured set AZ, 2026-12-07).
LOOKS_AGE = re.compile(
    # ("a girl who looks older, maybe 15 or 16": older than those watching it)
    rf"\b(?:looks?|looked)\s+(?:(?:older|younger)\s*,?\s*)?(?:about|around|like|roughly|maybe)?\s*(?P<num>{NUM}(?:\s*(?:-|–|/|or|to)\s*{NUM})?)\b"
    r"(?!\s*(?:years?\s+)?(?:ago|minutes?|mins?|hours?|days?|weeks?))",
    _I,
)

#: Ages from ten up, in digits or words ("twenty-six", "thirty one"): a number said on its
#: own is an age only in these forms.
_TEEN_OR_ADULT_NUM = (
    rf"(?:1\d|[2-9]\d|(?:{_words_valued(10, 19)})|(?:{_words_valued(20, 80, step=10)})"
    rf"(?:[-\s](?:{_words_valued(1, 9)}))?)"
)


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


#: The child sent one of their own too: "asked her to send one back, which she did".
CHILD_SENT_BACK = re.compile(
    # "persuaded her to send images back" (not "she wants him to send some back. he
    # hasnt": a wish, and refused; nor "keeps on at her to send one back, says he'll dump
    # her if she doesn't. She hasn't.")
    # (nor "wants me to send some back ... I haven't yet": the child typing has not;
    # development pictured set BA, 2026-12-07)
    r"(?<!wants\shim\s)(?<!wants\sher\s)(?<!wanted\shim\s)(?<!wanted\sher\s)(?<!asking\shim\s)"
    r"(?<!asking\sher\s)(?<!wants\sme\s)(?<!wanted\sme\s)(?<!asking\sme\s)"
    r"\b(?:to|into)\s+send(?:ing)?\s+(?:(?:some|one|images?|pics?|pictures?|photos?|them|nudes)\s+)?back\b"
    r"(?![^.;!?]{0,40}[.;!?]?\s*(?:but\s+)?(?:(?:he|she|they|i)\s+)?(?:hasn['’]?t|hasnt|has\s+not|"
    r"haven['’]?t|havent|have\s+not|didn['’]?t|didnt|did\s+not|won['’]?t|wont|refused))|"
    r"\b(?:she|he|they|shes|hes|she['’]s|he['’]s|they['’]ve)\s+(?:then\s+|also\s+)?(?:sent|send|sends)\s+(?:one|some|some\s+of\s+"
    r"(?:her|his|their)self|(?:a|some)\s+\w+)\s+back\b|\bwhich\s+(?:she|he|they)\s+did\b|"
    # "then my son sent one back of himself": the child named by a parent (development
    # pictured sets, 2026-12-07)
    r"\b(?:my|our)\s+(?:son|daughter|lad|boy|girl|child|kid|lass)\s+(?:then\s+|also\s+)?"
    r"(?:sent|sends)\s+(?:one|some|(?:a|some)\s+\w+)\s+back\b|"
    # "has been sent images by a man ... and has sent back images of himself" (development
    # pictured sets, 2026-12-08)
    rf"\b(?:has|have|had|then)\s+sent\s+back\s+(?:some\s+|a\s+|an\s+|two\s+)?(?:[\w-]+\s+)?"
    rf"(?:{IMAGE})\s+of\s+(?:him|her|them)sel(?:f|ves)\b|"
    # "she has sent him some back", "he's then sent her one"
    r"\b(?:she|he|they)(?:['’]s|['’]ve|\s+has|\s+have|\s+had)?\s+(?:then\s+|also\s+)?sent\s+(?:him|her|them)\s+(?:one|some)\b(?:\s+back\b)?|"
    # "sent her a picture of himself and asked for one back. She sent one."
    # ("asking her to send ones back, she's sent at least two")
    # ("asking for his in return. He has sent several.")
    r"\b(?:asked|asking)\s+(?:her\s+|him\s+|them\s+)?(?:for|to\s+send)\s+(?:ones|one|some|any|them\s+|his\s+|hers\s+)?\s*"
    # ("sent her images of himself and asked for hers. She sent 1.": hers is one back;
    # development pictured set BA, 2026-12-07)
    r"(?:back|in\s+return|(?<=\s)(?:hers|his|theirs)\b)\W{1,3}"
    r"(?:and\s+)?(?:she|he|they)(?:['’]s|\s+has|\s+have|['’]ve)?\s+(?:then\s+|did\s+and\s+)?(?:sent|did)\b(?!\s+not\b)|"
    # "sent him pictures of herself and asked for some of him. He's 15. He sent some": the
    # one asked sent theirs (development pictured set BA, 2026-12-07)
    r"\b(?:asked|asking)\s+(?:her\s+|him\s+|them\s+)?for\s+(?:some|one|ones|any|pics?|photos?|pictures?|"
    r"images?|nudes)\s+of\s+(?:him|her|them)(?:sel(?:f|ves))?\b[^!?]{0,40}?\b(?:she|he|they)"
    r"(?:['’]s|\s+has|\s+have|['’]ve)?\s+(?:then\s+|eventually\s+|also\s+)?sent\s+(?:some|one|them|"
    r"a\s+few|two|three|\d+)\b|"
    # "She sent 2 images of herself back", "One of them sent a picture back of herself", "i
    # sent one back of me", "She says she sent some of herself too", "She also sent him two
    # photos of herself", "F replied with image of herself in underwear" (not "She sent him
    # a picture of herself": the first image, whoever she is)
    r"(?<!\bif\s)(?<!\bwhether\s)\b(?:she|he|i|they|f|m|v|ip|one\s+of\s+them)(?:['’]s|\s+has|\s+had|\s+have|['’]ve)?\s+"
    r"(?:then\s+|later\s+)?(?:(?P<also>also\s+)?sent|(?P<replied>replied\s+with))\s+(?!(?:it|them|that|this|those|on)\b)"
    r"(?:(?:him|her|them)\s+)?"
    rf"(?:(?:a|an|one|some|two|three|several|\d+)\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:{IMAGE_NOUNS})\s+)?"
    r"(?:(?P<back>back)\s+)?(?:of\s+(?:herself|himself|themselves|myself|me)\b)?"
    # (not "wants one back", "if he's sent anything back")
    r"(?:(?:(?!\b(?:wants?|wanted|asked|asking|asks|for|and|anything|nothing)\b)[\w\s]){0,20}?\s"
    r"(?P<after>back|too|as\s+well|in\s+return)\b)?"
    r"(?(also)|(?(replied)|(?(back)|(?(after)|(?!)))))",
    _I,
)


def _image_near(text: str, shows: re.Match[str]) -> bool:
    """ "show" and "pictured" are about the image only with an image word near them."""
    window = text[max(0, shows.start() - 60) : shows.end()]
    return IMAGE_WORD.search(window) is not None or "pictured" in shows.group(0).lower()


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (``context.sentence_before``)."""
    return position - len(sentence_before(text, position))


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding ``position`` ends (``context.sentence_after``)."""
    return position + len(sentence_after(text, position))


#: A police word for the suspect right before the age: "Sus 15M", "suspect (17)".
_SUSPECT = r"(?:sus|susp|suspect|offender|perp|accused|dp)"  # DP: the detained person


#: The person took the images in, not sent them: "received topless selfies from a player".
TOOK_IN = re.compile(
    r"^\W*(?:(?:has|had|have|then|also)\s+)*(?:received|receiving|receives|"
    r"asked\s+for|asking\s+for|requested|requesting|demanded|demanding|saved|kept|collected|bought|"
    r"paid\s+for)\b(?![^.;!?]*\bof\s+(?:him|her|them)sel(?:f|ves)\b)"
    # not asked for them by someone: "F/12 asked for imgs by adult M" (``PASSIVE_VICTIM``)
    rf"(?!\s+{_IMAGES_BY})",
    _I,
)


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


#: Told to someone who deals with it: not a use of the image.
_TOLD_TO = r"(?:me|us|the\s+police|police|school|the\s+school)\b"
#: Found the image, then kept or used it: no longer only the one who found it.
KEPT_OR_USED_AFTER = re.compile(
    r"\b(?:kept|keeps|saved|saves)\s+(?:copies|a\s+copy|them|it)\b|\bthreaten(?:ed|ing|s)?\s+to\s+"
    r"(?:send|share|post|show|put)\b|\b(?:sent|sends|sending|shared|shares|sharing|posted|posts|forwarded|"
    r"forwards)\s+(?:it|them)\s+(?:to|with|on|round)\s+"
    rf"(?!{_TOLD_TO})|"
    # "found them on his phone and has been sharing them"
    rf"\b(?:has\s+been|have\s+been|is|are|been)\s+(?:sharing|sending|posting|spreading|showing)\s+(?:it|them)\b(?!\s+to\s+{_TOLD_TO})",
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
    # ("It's of the older lad's girlfriend": the image named by a pronoun)
    rf"(?:\b(?:{IMAGE})\s+(?:is|was|shows|showed)\s+(?:of\s+)?|(?:^|[.!?;])\W*it\s*(?:['’]s|is|was)\s+of\s+)"
    r"(?:a|an|the|another|his|her|their)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:him|her|them)sel)",
    _I,
)


#: Prepositions read as another: Scots "tae", "fae", "wi", and "off", as in "getting nudes
#: off a girl in Year 8" (from her).
PREPOSITION_SYNONYMS = {"tae": "to", "fae": "from", "frae": "from", "wi": "with", "off": "from"}


def _by_preposition(head: str, whole: str = "") -> Person:
    """The side a preposition before the person puts them on; ``whole`` is the message,
    read only to see that it says whose image it is on its own."""
    found = PREPOSITION.search(head)
    if not found or WITH_US_HEAD.search(head):
        return None  # "we're with a 16yo girl now": company, not a deed
    before = head[: found.start()]
    # "w/" is "with"; Scots "tae", "fae", "wi" are "to", "from", "with"
    preposition = PREPOSITION_SYNONYMS.get(
        (found["prep"] or "with").lower(), (found["prep"] or "with").lower()
    )
    if preposition == "to" and CALLED_OUT_BEFORE.search(before):
        return None  # "Called to a 15 year old boy who's locked himself in": police attending
    if preposition in ("to", "with", "of") or preposition.startswith("belonging"):
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
OBJECT_FIRST = re.compile(
    rf"^\W*(?:a|an|some|the|two|\d+)\s+(?:[\w-]+\s+)?(?:{IMAGE})\b|"
    # "sent her 12 y/o son | explicit pics of himself": the child named, then the sender's own
    rf"^\W*(?:son|daughter|boy|girl|lad|lass|child|kid|grandson|granddaughter|stepson|stepdaughter)\s+"
    rf"(?:[\w-]+\s+)?(?:{IMAGE})\s+of\s+(?:him|her)sel(?:f|ves)\b",
    _I,
)


#: A clause with a subject of its own after the age: the deed that follows is theirs.
NEW_SUBJECT = re.compile(
    # "hes 10 nobody else seems to have them": no one else's deed, and not his
    r"^\W*(?:nobody|no\s+one|no-one|noone)\s+else\b|"
    r"^\W*(?:and|but|so|then)\s+(?:some(?:one|body)|somone|sombody|a\s+(?:boy|girl|lad|lass|man|woman)|"
    r"another\s+(?:boy|girl|lad|pupil)|people|they|"
    # "our wee girl is only 11 and some fella off roblox has been asking her"
    r"(?:some|a)\s+(?:fella|guy|man|bloke|woman|lad|user|account|person|stranger)(?:\s+(?:off|on|from)\s+\w+)?)"
    r"\s+(?:has|have|had|is|are|was|were|got|sent|took|shared|posted|keeps)\b|"
    # "hes 18 im 15 is it illegal to send him a pic": the typist's own age and clause follow
    r"^\W*(?:i['’]?m|im|i\s+am|me)\s+\d{1,2}\b",
    _I,
)


#: Their own image sent, or their images passed on: "shared nude to a male she met on
#: Wizz" (a nude with no one else's name on it, sent to someone), "F/13 (Y9) images shared
#: via Snap" (police shorthand for her images).
OWN_SHARED = re.compile(
    r"^\W*(?:has\s+|had\s+)?(?:shared|sent|posted)\s+(?:a\s+)?(?:nudes?|naked\s+(?:pics?|photos?|selfies?)|"
    r"topless\s+(?:pics?|photos?|selfies?)|selfies?)\s+(?:to|with|w/)(?:\s|\b)|"
    # "has been sharing images with a 'boyfriend' who we now know is 23": to one partner
    r"^\W*(?:has\s+|had\s+)?(?:been\s+)?(?:shared|sharing)\s+(?:images?|pics?|photos?|pictures?)\s+(?:with|w/)\s+"
    r"(?:an?\s+|her\s+|his\s+)?['‘\"“]?(?:boyfriend|girlfriend|bf|gf|partner|man|woman|adult)\b|"
    r"^\W*(?:\([^)]{1,12}\)\s*)?(?:images?|imgs?|pics?|photos?|nudes?|videos?)\s+(?:were\s+|was\s+|have\s+been\s+|being\s+)?"
    r"(?:shared|posted|leaked|circulated|forwarded|spread)\b",
    _I,
)
#: "who took it", "that filmed them": the one who made the image the message is about.
TOOK_IT = re.compile(
    r"^\W*(?:now\s+)?(?:who|that)\s+(?:had\s+|has\s+)?(?:took|taken|filmed|made|recorded|videoed)\s+"
    r"(?:it|them|the\s+(?:pic|photo|picture|video|image|clip|vid)s?)\b"
    r"(?!\s+(?:of\s+)?(?:her|him|them)sel(?:f|ves))",
    _I,
)


#: Messages shown to someone who helps: reporting, not passing an image on ("a 16 year old
#: girl has shown our DSL messages from a 29 year old": development narratives AG,
#: 2026-12-07).
SHOWN_TO_A_HELPER = re.compile(
    r"^[^.!?;]{0,30}?\b(?:has\s+|had\s+)?(?:shown|showed|show|shows|forwarded|gave|given|handed)\s+(?:our|the|her|his|their|a|my)\s+"
    r"(?:dsl|teacher|tutor|form\s+tutor|head\w*|pastoral\s+\w+|safeguarding\s+lead|police|officer|pc|mum|mam|mom|"
    r"dad|parents?|carers?|social\s+worker|youth\s+worker|nurse)\s+(?:the\s+|some\s+|all\s+the\s+)?"
    r"(?:messages|chats?|texts|dms|screenshots|conversation)\b",
    _I,
)


def _by_action(after: str, sentence: str = "") -> Person:
    """The side a deed puts someone on; ``sentence`` is the rest of their sentence, read
    only to see that someone who received an image also sent one back."""
    if NEW_SUBJECT.match(after) or SHOWN_TO_A_HELPER.match(after):
        return None  # "my daughter is 13 and somone has got a pic of her": another's deed
    if WHOSE_IMAGE.match(after):
        return "pictured"  # "The lassie in S2 whose picture got sent aboot": hers
    if IMAGES_OF_THEM_PASSED_ON.match(after):
        return "pictured"  # "My 14 year old ran off after nudes of her got sent round": hers
    if HAS_IMAGES_TAKEN_OF_THEM.match(sentence or after):
        return "pictured"  # "has pictures on her tablet her brother took of her": hers
    if ASKED_FOR.search(after):
        return "other"
    if OBJECT_FIRST.match(after):
        return None  # "sent my foster son (13) | a picture of himself": the sender's image
    rest = sentence or after  # the rest of the sentence holds the words after, and more
    if RECEIVED_FIRST.match(after) and not MUTUAL.search(rest) and not SENT_BACK.search(rest):
        return "other"  # "my son (14) was sent a photo of herself by a girl": he received it
    if TOOK_IN.match(after) and not MUTUAL.search(rest) and not SENT_BACK.search(rest):
        return "other"  # "Coach (aged 31) received topless selfies from a player"
    if TOOK_IT.match(after):
        return "other"  # "a girl who's 16 now who took it": she made someone else's image
    if OWN_SHARED.match(after):
        # "V aged nearly 14 shared nude to a male", "F/13 (Y9) images shared via Snap"
        return "pictured"
    if SELF_IMAGE.search(after) or PASSIVE_VICTIM.search(after) or HAD_IMAGE_MADE.search(after):
        return "pictured"
    if (had := HAD_IMAGE_MADE.search(rest)) and had.start() < len(after.rstrip()):
        return "pictured"  # "has had a nude | she sent her boyfriend shared around": read on
    if PASSIVE_RECEIPT.search(after) or SENT_OTHERS_IMAGE.search(after) or PASSED_ON.search(after):
        return "other"
    if SCREENSHOT_TAKEN.search(after):
        return "other"  # "took a screenshot and sent it to everyone": someone else's image
    if SENT_OWN_IMAGE.search(after):
        return "pictured"
    if OTHER_ACTION.search(after):
        return "other"
    return None


#: "My 10 year old has pictures on her tablet her older brother took of her": she holds
#: images someone else made of her, so she is the one in them.
HAS_IMAGES_TAKEN_OF_THEM = re.compile(
    rf"^\W*(?:has|had|have|holds|kept|keeps)\s+(?:got\s+)?(?:some\s+|a\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{IMAGE})\b"
    r"[^.!?]{0,60}?\b(?:took|taken|made|filmed|recorded)\s+of\s+(?:her|him|them)\b",
    _I,
)
#: "The lassie in S2 whose picture got sent aboot", "a Year 9 girl whose nudes were shared":
#: the person the image is of.
WHOSE_IMAGE = re.compile(
    # "re 16 year old girl whose nude was shared": the noun, then "whose"
    rf"^\W*(?:\)\s*)?,?\s*(?:(?:girl|boy|lad|lass|pupil|student|daughter|son|child|kid|female|male|teenager)\s+)?"
    rf"whose\s+(?:[\w'-]+\s+)?(?:{IMAGE})\b",
    _I,
)


#: Images of the person, passed on in the passive, a few words on: "My 14 year old has
#: run off after nudes of her got sent round her school" (development pictured sets,
#: 2026-12-08).
IMAGES_OF_THEM_PASSED_ON = re.compile(
    rf"^[^.!?;]{{0,30}}?\b(?:{IMAGE})\s+of\s+(?:her|him)\s+(?:(?:got|get|gets|were|was|are|is|being|"
    r"(?:has|have|had)\s+been)\s+)(?:sent\s+(?:round|around)|shared|posted|leaked|spread|circulated|"
    r"forwarded|airdropped|put\s+online)\b",
    _I,
)


#: A screenshot or screen recording taken of someone's image is passing it on.
SCREENSHOT_TAKEN = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,2}?(?:(?:took|taken|takes|taking|made|got)\s+(?:a\s+|some\s+)?"
    r"screen\s*-?(?:shots?|grabs?|recordings?)\b|screen\s*-?(?:shotted|shot|grabbed|recorded)\b)",
    _I,
)


FEMALE_WORDS = (
    r"she|shes|her|herself|girl|girls|daughter|girlfriend|gf|sister|niece|woman|lass|lassie|f|"
    r"female|stepdaughter|granddaughter|mum|mother"
)
MALE_WORDS = (
    r"he|hes|him|himself|boy|boys|son|boyfriend|bf|brother|nephew|lad|lads|laddie|fella|fellas|man|m|male|"
    r"stepson|grandson|guy|bloke|dad|father"
)
SELF_OF = re.compile(r"\b(?:of|at)\s+(?P<who>herself|himself)\b", _I)
SELF_WORD = re.compile(r"\b(?P<who>herself|himself)\b", _I)


def _self_word_sex(words: str) -> Sex | None:
    """The sex "herself" or "himself" names in these words, if either is said."""
    found = SELF_WORD.search(words)
    return _sex(found["who"]) if found else None


#: An adult who sent a child an image with no one else named in it: their own image, as
#: docs/API.md §1 reads it ("was sent a nude by a woman he met gaming", "a man sent him a
#: picture on Roblox"). "sent him a picture of a girl in his class" names someone else.
#: ("Fella in his 50s ... sending her pics of himself": a man, as Britain says it;
#: development pictured set AZ, 2026-12-07)
_ADULT_NOUN = r"(?P<who>woman|man|lady|guy|bloke|fella|male|female)"
#: Roles that are often adults, but not always (an assistant coach may be 17): their own
#: image sent to a child reads the same way only when an adult's age is said.
_ROLE_NOUN = (
    r"(?:coach|teacher|tutor|volunteer|leader|umpire|neighbour|lodger|instructor|manager|referee|"
    # "a member of staff sent her an intimate image of himself"
    r"member\s+of\s+staff|staff\s+member|boss|supervisor|lifeguard|mentor)"
)
#: The image names no one, or only the sender's body: "a photo of his privates".
_NO_ONE_ELSE = (
    rf"(?!\s+of\s+(?!(?:his|her|their)\s+(?:own\s+)?{BODY_PARTS}|(?:him|her|them)sel|"
    # "a pic of him naked", "a photo of her in her underwear"
    r"(?:him|her)\s+(?:naked|nude|topless|undressed|with\s+no\s+clothes|in\s+(?:his|her)\s+"
    r"(?:underwear|boxers|pants|bra|knickers))\b))"
)
#: A pronoun and its own sending: "she's been sending", "he sent", "they had sent".
_PRONOUN_SENDS = (
    r"(?:she|he|they|i)(?:['’]s|['’]d|['’]ve|\s+has|\s+had|\s+have|\s+is|\s+was)?\s+"
    r"(?:(?:been|also|then|just)\s+)*(?:sent|sends|sending|showed|shows)\b"
)
#: "our assistant coach, who is 31, sent a picture of himself in his boxers to one of our
#: Year 11 girls": a role noun (``_ROLE_NOUN``), read only with an adult's age said.
#: Someone named by their role, then up to 80 characters of the same sentence before their deed.
_ROLE_SENDER = (
    rf"(?:a|an|the|this|our|their|his|her|my)\s+(?:[\w'-]+\s+){{0,2}}?{_ROLE_NOUN}\b"
    # not across a sender of their own: "told her form tutor she's been sending pics to a
    # man of 22" (the pupil sent them; development pictured sets, 2026-12-08)
    rf"(?:(?!\b{_PRONOUN_SENDS})[^.!?]){{0,80}}?"
)


def _sex(word: str) -> Sex | None:
    word = word.lower().strip()
    if word == "his":
        return "male"
    if re.fullmatch(FEMALE_WORDS, word):
        return "female"
    if re.fullmatch(MALE_WORDS, word):
        return "male"
    return None


def _sex_word(word: str) -> Sex | None:
    """The sex a word names; "M" and "F" only as capitals (police notes: "15yo F")."""
    if word.lower() in ("m", "f") and word.islower():
        return None
    return _sex(word)


#: "we're with a 16yo girl now": "now" says where the person typing is, not a later age.
WITH_US_HEAD = re.compile(
    r"\b(?:we['’]?re|we\s+are|i['’]?m|im|i\s+am)\s+(?:here\s+|sat\s+|sitting\s+)?with\s+(?:a|an|the)?\s*$|"
    # "Sarge, job with a 14 year old boy who sent ...": the case is about them
    r"\b(?:job|case|incident|call|report|referral|matter|situation|issue|one)\s+with\s+(?:a|an|the|two)?\s*$|"
    # "I'm working with a 16 year old boy with autism": the professional's case, not one given
    # the image (development pictured set AZ, 2026-12-07)
    r"\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are|i|we)\s+(?:currently\s+)?(?:working|work)\s+with\s+"
    r"(?:a|an|the|two)?\s*$|"
    # "My daughter (17) is best friends with a girl (16) who sent nudes": a friendship, not
    # one given the image (development pictured sets, 2026-12-07)
    r"\b(?:friends|mates|pals|friendly)\s+with\s+(?:(?:a|an|the|two|her|his)\s+)?"
    # ("pals with a lad in S3": the friend's school year; development pictured sets,
    # 2026-12-08)
    r"(?:[\w-]+\s*(?:,|\(|\s+in)?\s*)?$",
    _I,
)
