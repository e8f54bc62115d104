"""Ages the entity ruler leaves out, found from their place in the words.

"female, 13,", "her boyfriend, 15,", "offender 24", "(8)", "hes 15", "turned out to be 27",
the later items of a list ("aged 12 and 14"), relative ages ("two years older than her")
and decades ("a man in his 30s"), and relative school years ("the year below"). Each
becomes one more span for :func:`actions.narrative.ages.mentions`; ages read whole
(:func:`relative_ages`, :func:`decade_ages`) carry their own range.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from actions.narrative.ages.mention import _I
from actions.narrative.ages.words import (
    _TEEN_OR_ADULT_NUM,
    IMAGE,
    LOOKS_AGE,
    NEARLY,
    NOT_A_NAME,
    NUM,
    NUM_WORDS,
    PERSON_WORD,
    SOON,
    SOON_AFTER,
    UNIT_AFTER,
    _words_valued,
)
from actions.narrative.birth_dates import AgeRange
from actions.narrative.context import (
    Span,
)
from actions.narrative.numbers import FIRST_NUMBER, NUMBER_WORDS, parse_numbers
from actions.narrative.vocabulary import (
    MAX_AGE,
    MIN_AGE,
    OTHER_PERSON_NOUNS,
)

#: "female, 13,", "her boyfriend, 15,", "a man, about 40,", "offender 24", "mate 18".
APPOSITIVE_AGE = re.compile(
    rf"\b{PERSON_WORD}(?:\s+of\s+(?:his|hers|theirs|mine|ours))?['’\"”]?\s*(?:,|\()\s*"
    # "her son, nearly 13, has been": the age below (``words.NEARLY``); "an older guy at
    # the youth club, 'about 19', got her to": an estimate in quotes
    rf"['‘\"“]?(?:(?:now|then|aged?|about|around|approx\.?|approximately|roughly|maybe|probably|only|just|"
    rf"nearly|almost)\s+)?"
    rf"(?P<num>{NUM}(?:\s*(?:or|-|to|/)\s*{NUM})?)\b(?=\s*(?:[,.;)&]|['’\"”]\s*[,.;)]|$|\s(?:and|who|was|is|has|had|sent|then|but)\b|"
    # "her foster brother, 16 at the time, took photos": the age then
    r"\s+at\s+the\s+time\b)|"
    # "an older lad, 17 I think, who then shared it": a guess, hedged after it
    r"\s+(?:i|we)\s+(?:think|believe|reckon)\s*[,.;)]|\s+apparently\s*[,.;)])|"
    # "daughter nearly 16 sent nudes": the age below (``words.NEARLY``)
    # ("showing 2 girls approx 12-13": an estimate, a range)
    # ("older male 'about 25' known locally": an estimate in quotes)
    rf"\b{PERSON_WORD}\s+['‘\"“]?(?:(?:nearly|almost|approx\.?|approximately|about|around|roughly)\s+)?"
    r"(?P<num2>(?:[5-9]|[1-9]\d)(?:\s*-\s*(?:[5-9]|1\d))?)\b"
    r"(?=\s*(?:[,.;)&'’\"”]|$|\s[a-z]|\s\((?:her|his|their|the)\b))|"
    # "taken by 'boyfriend' now 17", "Susp now 20": the other person's age now, which still
    # counts (not "IP now 22": the pictured child's later age; development pictured sets,
    # 2026-12-08)
    rf"\b(?:{OTHER_PERSON_NOUNS})['’\"”]?\s+now\s+(?P<num4>1\d|[2-9]\d)\b(?=\s*(?:[,.;)&]|$|\s[a-z]))|"
    # "Child in care, 15, male, placed in Kent": the child named by where they live
    # ("Two siblings in care, 10 and 13, found ...": the first of a list, the rest follow it)
    r"\b(?:child(?:ren)?|young\s+(?:person|people)|yps?|girls?|boys?|siblings|brothers|sisters|kids)\s+"
    r"in\s+(?:care|foster\s+care|residential\s+care)\s*,\s*"
    r"(?P<num3>1\d|[5-9])\b(?=\s*(?:[,.;)]|\s+and\s+(?:1\d|[5-9])\b))",
    _I,
)
#: An age in commas (or dashes) after a person and a few words about them: "A child I work
#: with, 12, has had pictures taken", "the girl from next door, 14, sent", "Lad from the
#: football club - 18 - sent". The verb after it says
#: the number is the person's age, not a count.
CLAUSE_APPOSITIVE_AGE = re.compile(
    rf"\b{PERSON_WORD}\b(?:(?!\s[-–—])[^,.;:!?()]){{1,30}}(?:,|\s[-–—])\s*"
    # "an older boy at the park, maybe 14, took photos": a guess is still their age
    # ("an older guy at the youth club, 'about 19', got her to": a guess in quotes)
    r"(?:(?P<quote>['‘\"“])(?=(?:maybe|probably|about|around|roughly|approx)))?"
    r"(?:(?:maybe|probably|about|around|roughly|approx\.?|approximately)\s+)?"
    rf"(?P<num>\d{{1,2}}(?:\s*(?:-|to|or)\s*\d{{1,2}})?)(?(quote)['’\"”])\s*"
    # "A lad I support, 14 and autistic, was asked": a word about them after "and"
    r"(?:(?:and|&)\s*\d{1,2}\s*)?(?:"
    # "a boy in her year, 15.": a teenager's age closing the sentence
    r"(?<=\b1\d)\s*[.!](?=\s|$)|"
    r",|[-–—]|\s+and\s+(?!\d)[a-z]+\s*,)\s*"
    r"(?=$|(?<=[.!])|(?<=[.!]\s)|(?:has|have|had|is|are|was|were|who|sent|sends|sending|received|took|says|said|told|got|then|"
    r"admitted|shared|shares|keeps|kept|posted|posts|filmed|films|asked|asks|made|makes|when|"
    r"both|the\s+(?:older|younger|elder|eldest|youngest|oldest)|"
    # "Pupil with autism, 16, in Y11, was persuaded": their school year next
    r"in\s+(?:year|yr|y|s|p)\s*\d{1,2}|"
    # "Girl on my caseload, 15, in residential care, has been going missing"
    r"in\s+(?:residential|foster|kinship|local\s+authority|care))\b)",
    _I,
)
#: "he's coming up 16": read as nearly 16 (``NEARLY``).
COMING_UP_AGE = re.compile(
    r"\bcoming\s+up(?:\s+to)?\s+(?P<num>1\d|[5-9])\b(?!\s*(?:%|minutes?|hours?|days?|weeks?))", _I
)
#: Police notes: "Juv 14, M", "VIC: F/14", "M/13 - self-taken nude".
POLICE_SLASH_AGE = re.compile(
    # "Juv F about 15 sent", "juv m approx 14"
    r"\b(?:juv(?:enile)?s?|vic)\s*[:(]?\s*(?:[mf]\s*/\s*|[mf]\s+)?(?:(?:about|approx\.?|approximately|around|aged?)\s+)?"
    r"(?P<num>1\d|[2-9]\d|[5-9])\b|"
    # "F/sixteen"
    rf"(?:^|[\s(:;,])[MF]\s*/\s*(?P<num2>1\d|[2-9]\d|[5-9]|{_words_valued(5, 90)})\b|"
    # "V/13 sent pic to boy/14, boy/14 sent to girl/15": a label, a slash, the age
    r"(?:^|[\s(:;,])(?:V\d?|IP|OP|vic|boy|girl|lad|lass|susp?|S\d|child|cyp|yp)\s*/\s*(?P<num3>1\d|[2-9]\d|[5-9])\b",
    _I,
)
#: "hes 15", "shes 14", "theyre both 13": the apostrophe left out; "I'm 15", "im 43".
BARE_PRONOUN_AGE = re.compile(
    rf"(?:\b(?:hes|shes|whos|thats|theyre|theyr|i\s*'?m|i\s+am)|(?:^|(?<=[.!?]\s))am|"
    # "sent pic to boy he 14": the verb left out as well, right after the person word
    r"(?:(?<=\bboy\s)|(?<=\bgirl\s)|(?<=\blad\s)|(?<=\blass\s)|(?<=\bguy\s)|(?<=\bbf\s)|(?<=\bgf\s))"
    r"(?:he|she))\s+(?:(?:only|about|around|just|now|both|like|nearly|almost)\s+)?"
    # "hes 16 or 17 idk": a range, read whole; "im nearly 16" (``words.NEARLY``)
    rf"(?P<num>{NUM}(?:\s*(?:or|/)\s*{NUM}(?!\s*(?:%|am\b|pm\b|:)))?)\b",
    _I,
)
#: "(8)", "(Year 8)": spaCy's tokenizer keeps "8)" whole (an emoticon), so the entity
#: ruler misses an age or school year of 8 in brackets.
BRACKETED_AGE = re.compile(
    # "(15 now)": the age today, read as a later age (``sexes._later``)
    r"\(\s*(?:aged?\s+)?(?P<num>\d{1,2})\s*(?:yrs?|yo|years?)?\s*(?:now\s*)?(?:,\s*(?:girl|boy|f|m|female|male)\s*)?"
    r"(?:,\s*(?:year|yr|y|s|p)\s*\d{1,2}\s*)?"
    # "(15, autistic)", "(14, in care)": a few words about the child after the age
    r"(?:,\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*)?\)|"
    # "her son (S6, 17)": the school year first
    r"\(\s*(?:year|yr|y|s|p)\s*\d{1,2}\s*,\s*(?:aged?\s+)?(?P<num2>\d{1,2})\s*\)|"
    # "V (juv, 13)", "IP (F, 15)": a police label first
    r"\(\s*(?:juv|juvenile|f|m|female|male|girl|boy|child)\s*,\s*(?:aged?\s+)?(?P<num3>\d{1,2})\s*\)|"
    # "Two of my class (8 and 9)": the first of a list in brackets (the rest follow it)
    # (a child under 10: the ruler reads a teen's age in brackets, not "8)")
    r"\(\s*(?P<num4>[5-9])(?=\s*(?:and|&|,)\s*(?:[5-9]|1\d)\s*\))",
    _I,
)
#: A tutor group named as schools name them: "in 9X", "from 10B2", "in 11JS" (the year
#: first, then capital letters).
FORM_CODE = re.compile(r"\b(?:in|from)\s+(?P<num>[7-9]|1[0-3])[A-Z]{1,3}\d?\b")
#: "Two of our sixth formers": the words the entity ruler reads as the school speaking of
#: its own pupils (a role), which are a school year as well (16-17).
#: Not the institution ("a man who left our sixth form years ago"), only its pupils, or
#: someone "in our sixth form".
OUR_SIXTH_FORMERS = re.compile(
    r"\b(?:our|my)\s+(?P<num>(?:sixth|6th)[-\s]?formers?)\b|"
    r"\bin\s+(?:our|my)\s+(?P<num2>(?:sixth|6th)[-\s]?form)\b",
    _I,
)
#: A secondary year by its ordinal after "in" or "from", as Scotland says it: "some
#: lassie in 5th year", "a boy from fourth year" (not a year at university or college).
IN_ORDINAL_YEAR = re.compile(
    r"\b(?:in|from)\s+(?:the\s+)?(?P<num>(?:1st|2nd|3rd|4th|5th|6th|first|second|third|fourth|fifth|sixth)\s+year)\b"
    r"(?!\s+(?:at|of|in)\s+(?:uni|university|college|nursing|medical|law)\b)(?!\s+(?:uni|university|college)\b)",
    _I,
)
#: "(Year 8)", "her best friend (also Year 8)".
BRACKETED_YEAR = re.compile(r"\((?:\s*also)?(?P<num>\s*(?:year|yr|y)\s*\d{1,2})\s*\)", _I)
NAME_APPOSITIVE_AGE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]{{2,}})\s*(?:,|\()\s*(?:(?:now|aged?|only|just)\s+)?(?P<num>\d{{1,2}}|{NUM_WORDS})\b"
    r"(?=\s*(?:[,.;)]|$|\s(?:and|who|was|is|has|had|sent|then|from|in|at|lives)\b))|"
    # "Amber 16 and Jess 13", "Mason 14, Leo 15 and Finn 13", "Oscar 13 fwd'd a nude": a
    # first name and a child's age with no comma, as a list or before what they did
    r"\b(?P<name2>[A-Z][a-z]{2,})\s+(?P<num2>1\d|[5-9])\b(?=\s*(?:,|;|\.(?:\s|$)|$)|"
    r"\s+(?:and|&)\s+[A-Z][a-z]{2,}\s+(?:1\d|[5-9])\b|"
    r"\s+(?:who|has|had|is|are|was|were|sent|sends|fwd\S*|forwarded|shared|posted|took|filmed|airdropped|showed)\b)"
)
#: "V fifteen", "Sus twenty", "IP 19": police notes' ages after the role word, in words
#: too (a single digit after "Sus" is a number in a list of suspects, not an age).
POLICE_WORD_AGE = re.compile(
    # "IP 15, Susp1 15, Susp2 16": a suspect's number joined to the label
    # ("CYP 11 (Y6, primary)", "OP 14", "Complainant 15", "Subject 16": the other labels)
    rf"\b(?:v|victim|sus|susp|suspect|ip|dp|cyp|yp|op|complainant|complainer|aggrieved|nominal|subj|subject)"
    rf"(?:[1-9](?=\s))?\s+(?:[mf]\s+)?(?P<num>1\d|[2-9]\d|{_words_valued(6, 90)})"
    r"(?:\s*[mf])?\b(?!\s*(?:[:/.]\d|%|images?|photos?|pics?|videos?|times?))",
    _I,
)
#: A police sex mark and age after a person word, with a space: "from neighbour M 41",
#: "his ex gf F 16"; and a young person's pronouns before their age: "(he/him, 15)".
PERSON_MARK_AGE = re.compile(
    rf"\b{PERSON_WORD}\s+(?-i:[MF])\s+(?P<num>1\d|[2-9]\d)\b(?!\s*(?:[:/.]\d|%|images?|photos?|pics?|videos?))|"
    r"\((?:he|she|they)\s*/\s*(?:him|her|them)\s*,\s*(?P<num2>1\d|[5-9])\s*\)|"
    # opening a clause of a police note: "Att'd address. F 15 (IP) disclosed ..."
    r"(?:^|(?<=[.:;]\s))(?-i:[MF])\s+(?P<num3>1\d|[2-9]\d)\b(?=\s*(?:\(|,|and\b|who\b|has\b|was\b|is\b|"
    # "F 15 images. sent to M who claimed to be 17, then on to M 19"
    r"disclosed\b|reports?\b|reported\b|sent\b|says\b|states\b|images?\b|imgs?\b|pics?\b|photos?\b|videos?\b))|"
    r"\b(?:to|by|from|with|and)\s+(?-i:[MF])\s+(?P<num4>1\d|[2-9]\d)\b(?!\s*(?:[:/.]\d|%|mph|miles|junction))",
    _I,
)
#: A teenager's shorthand, the age after where the person is from: "girl in my class 13
#: sent me her nudes", "a lad from my school 15 keeps asking".
PLACE_THEN_AGE = re.compile(
    rf"\b{PERSON_WORD}\s+(?:in|from)\s+(?:my|her|his|our|their)\s+(?:class|year|form|school)\s+"
    # "a nude of a girl in his class 13, he is 13 too"
    r"(?P<num>1\d|[5-9])\b(?=\s+(?:sent|sends|has|is|who|and|shared|posted|keeps|asked|took|made)\b|\s*,)",
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
    # ("Susp seen on CCTV, estimated 35-40", "A man, about 45 going by his profile pic,",
    # "A man in our village (about 60)": an adult's age guessed, set off after them)
    r"(?:,|\()\s*(?:approx\.?|approximately|roughly|c\.|estimated(?:\s+(?:at|to\s+be))?|est\.?|"
    r"(?:about|around|maybe)(?=\s+[2-9]\d\b))\s*(?P<num3>[1-9]\d(?:\s*(?:-|–|to)\s*[1-9]\d)?)\b"
    # (an age ends the phrase: not "about 40 tablets", "about 30 in it")
    r"(?=\s*(?:[,.;:)!?]|$|-?ish\b|years?\b|yrs?\b|yo\b|going\b|by\b|i['’]?d\b|id\b|at\s+a\s+guess|or\s+so\b|i\s+(?:think|reckon|guess)))|"
    r"\b(?:she|he|they|i|we)\s+(?:thinks?|reckons?|guesses|guess|think)\s+(?:about|around|like|maybe)?\s*"
    r"(?P<num2>[2-9]\d)\b(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?|people|kids))|"
    # "she's about 30ish", "hes 40ish": an adult's age guessed, said of them (development
    # pictured set AZ, 2026-12-07)
    r"\b(?:she|he)(?:['’]s|\s+is|\s+was|s)\s+(?:about\s+|around\s+|maybe\s+|like\s+|probably\s+)?"
    r"(?P<num4>[2-9]\d)\s*-?\s*ish\b",
    _I,
)
#: "he's obviously 40 or 45", "she's definitely 25": the typist's sure guess at an adult's
#: age, against one claimed (development pictured sets, 2026-12-08).
SURE_GUESS_AGE = re.compile(
    r"\b(?:he|she)(?:['’]s|\s+is|\s+was|s)\s+(?:clearly|obviously|definitely|easily|surely)\s+"
    r"(?:about\s+|around\s+|like\s+)?(?P<num>[2-9]\d(?:\s*(?:or|-|–|to)\s*[2-9]\d)?)\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|times?))",
    _I,
)
#: "i think hes older like 17", "she's younger, maybe 12": the typist's guess, against an
#: age claimed (development pictured sets, 2026-12-07).
OLDER_GUESS_AGE = re.compile(
    r"\b(?:he|she|they)\s*(?:['’]s|\s+is|\s+was|['’]re|\s+are|s)\s+(?:much\s+|way\s+|a\s+lot\s+)?"
    r"(?:older|younger)\s*,?\s*(?:like|maybe|about|around|probably|prob)\s+(?P<num>1\d|[2-9]\d|[5-9])\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|times?))",
    _I,
)
#: "She's in his year, 14 as well", "he's 15 too": an age said to match another.
AS_WELL_AGE = re.compile(
    r"(?:\b(?:is|['’]s|are|['’]re|was|were|aged?)\s+|,\s*)(?P<num>1\d|[5-9])\s+(?:as\s+well|too|also)\b",
    _I,
)
#: "her best friend (also 8)": spaCy keeps "8)" whole, so the ruler's "also 8" is missed.
ALSO_IN_BRACKETS_AGE = re.compile(r"\(\s*(?:also|too|aged\s+also)\s+(?P<num>1\d|[5-9])\s*\)", _I)
#: "'Tyler' on Snap, believed 24", "thought to be 30": an age believed by those reporting.
BELIEVED_AGE = re.compile(
    r"\b(?:believed|thought|understood|estimated)\s+(?:to\s+be\s+)?(?:aged?\s+)?(?:about\s+|around\s+)?"
    # ("estimated 35-40": a range, read whole)
    r"(?P<num>(?:1\d|[2-9]\d)(?:\s*(?:-|–|to)\s*(?:1\d|[2-9]\d))?)\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?))",
    _I,
)
#: "Her: 17. Him: 14.", "V - 13": a person and an age set out as a label.
LABEL_AGE = re.compile(
    r"\b(?:her|him|he|she|v|victim|sus|suspect|boy|girl|lad|lass|son|daughter)\s*[:=]\s*"
    r"(?P<num>\d{1,2})\b(?!\s*(?:[:/.]\d|%|am\b|pm\b))",
    _I,
)
#: "who's in Year 9 but only 13", "Year 11 but still 15": the age of the one in that year.
BUT_ONLY_AGE = re.compile(
    r"\b(?:year|yr|y|s|p)\s*\d{1,2}\s*,?\s+but\s+(?:only|just|still)\s+(?P<num>1\d|[5-9])\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?|people))",
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
    rf"\b(?:confirmed|identified|id['’]?d|verified)\s+(?:(?:him|her|them|by\s+(?:us|police|the\s+police|officers))\s+)?"
    r"(?:as\s+|to\s+be\s+)?(?:aged\s+)?(?P<num4>1\d|[2-9]\d)\b"
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
#: A birthday to come, set off or opening a sentence: "Female juv, 14 in January, sent",
#: "gonna be 15 in jan." (the age below it now, ``person.BIRTHDAY_MONTH_AFTER``).
BIRTHDAY_TO_COME_AGE = re.compile(
    r"(?:^|(?<=[.,;!?])|(?<=[.,;!?]\s))\s*(?:(?:i['’]?m|im|i\s+am|(?:she|he)['’]?s|(?:she|he)\s+is|"
    r"gonna\s+be|going\s+to\s+be)\s+)?(?P<num>1\d|[2-9]\d)\s+in\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\s*\d)",
    _I,
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
#: "sent to a man then 30", "Susp then 31": the age someone was then, said right after them
#: (``person`` reads "then" as the age at the time).
THEN_AGE = re.compile(
    rf"\b{PERSON_WORD}\s+then\s+(?:aged\s+)?(?P<num>1\d|[2-9]\d)\b"
    r"(?!\s*(?:%|minutes?|hours?|days?|weeks?|months?|images?|photos?|pics?|videos?|times?))",
    _I,
)
#: An age then, in brackets, before the age now: "OP (13 at the time, now 14)", "a lad (15
#: then, 16 now)"; or an age to come: "(14 in a fortnight)".
THEN_IN_BRACKETS_AGE = re.compile(
    # ("his girlfriend (14 in a fortnight, so 13 now)": an age to come, ``words.SOON``)
    rf"\(\s*(?P<num>1\d|[2-9]\d|[5-9])\s+(?=(?:at\s+the\s+time|then)\b|{SOON})",
    _I,
)
#: A teenager's own age after "me" in the middle of a sentence: "took a video of me 13 in
#: the shower", "hes 17 am 15" ("am" after another age).
ME_AGE = re.compile(
    r"\bme\s+(?P<num>1\d|[5-9])\b(?=\s+(?:in|on|at|when|and|with|wearing|naked|topless)\b|\s*[,.;!?)]|\s*$)|"
    r"(?<=\d\s)am\s+(?P<num2>1\d|[5-9])\b(?=\s*[,.;!?]|\s*$|\s+(?:and|an|n|but|now)\b)",
    _I,
)
#: A young person's school year and age as they introduce themselves: "S4 here, 15, sent
#: a pic", "yr 10 here (15)".
YEAR_HERE_AGE = re.compile(
    # (not "Head of Y10 here, 15 years teaching")
    r"(?<!of\s)\b(?:year|yr|y|s)\s*\d{1,2}\s+here\s*[,(]\s*(?P<num>1\d|[5-9])\b(?!\s*(?:years?|yrs?)\b)",
    _I,
)
#: Two ages set off as a pair before what the two of them did: "cardiff, 15 and 15,
#: swapped pics" (the second is read as the list's next item, ``LIST_MORE``).
PAIR_OF_AGES = re.compile(
    r"(?:^|(?<=[,:;.]\s)|(?<=[,:;.]))\s*(?P<num>1[0-7]|[5-9])\s*(?:and|&)\s*(?:1[0-7]|[5-9])\s*,\s*"
    # (only an exchange: "Two sisters, 11 and 14, sent pics to a man" are on one side)
    r"(?=(?:both\s+)?(?:swapped|swapping|exchanged|exchanging|traded|sexting|sent\s+each\s+other)\b)",
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
    # ("men 'in their 40s'": a group's decade)
    r"(?:\bin\s+(?:his|her|their)\s+(?P<part>early|mid|mid-|late)?|"
    # "the assistant manager, late 20s, has been ...": set off after the person; "believed
    # mid to late twenties"
    r"(?:(?<=,)|(?<=\()|(?<=,\s)|(?<=\(\s)|(?<=believed\s)|(?<=approx\s)|(?<=aged\s)|"
    # "older man, we think early 20s,": a guess
    r"(?<=think\s)|(?<=reckon\s)|(?<=maybe\s)|(?<=probably\s)|(?<=guess\s)|(?<=say\s)|"
    # "Susp man late 20s", "Teacher looks early 30s": right after the person, or a guess from looks
    r"(?<=\bman\s)|(?<=\bmale\s)|(?<=\bguy\s)|(?<=\bbloke\s)|(?<=\bwoman\s)|(?<=\bsusp\s)|(?<=\blooks\s)|"
    # "nudes of girls who look mid teens": a guess from looks, of many
    r"(?<=\blook\s)|"
    # "girl mid teens in a nude", "a lad late teens": right after a young person noun
    # (development pictured sets, 2026-12-08)
    r"(?<=\bgirl\s)|(?<=\bgirls\s)|(?<=\bboy\s)|(?<=\bboys\s)|(?<=\blad\s)|(?<=\blads\s)|"
    # "susp is a teacher, M early 30s": a police sex mark (not "I'm early 30s")
    r"(?<=(?<!['’])\b[mf]\s)|(?<=\b[mf]/)|"
    # "his stepdad, who's mid 40s,", "her coach, he's mid 30s": said of the person named;
    # "described as 'late teens'", "he's 'early 30s'": a description in quotes
    r"(?<=\bwho['’]s\s)|(?<=\bwhos\s)|(?<=\bwho\sis\s)|(?<=\bhe['’]s\s)|(?<=\bshe['’]s\s)|"
    r"(?<=\bhes\s)|(?<=\bshes\s)|(?<=\bas\s['‘\"“])|(?<=\bhe['’]s\s['‘\"“]))"
    r"(?P<part2>early|mid|mid-|late))"
    r"(?:\s*(?:to|-)\s*(?P<part_to>mid|late))?\s*"
    r"(?P<decade>teens|20s|30s|40s|50s|60s|twenties|thirties|forties|fifties|sixties)\b|"
    # "S1: male, 30s.": a decade alone, set off after the person
    # ("adult male, approx 30s, sent her ...": an estimate; "Suspect (60s M)": with a sex mark)
    r"(?:(?<=,\s)|(?<=\(\s)|(?<=\()|(?<=\bapprox\s)|(?<=\bapprox\.\s)|(?<=\bapproximately\s))"
    r"(?P<decade2>20s|30s|40s|50s|60s)(?=\s*[,.;)]|\s*$|\s+[MF]\b\s*[,;)])|"
    # "bloke on fb, thirty-something, sent": the decade said as "-something"
    r"\b(?P<decade3>twenty|thirty|forty|fifty|sixty|20|30|40|50|60)[-\s]?something\b",
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
    r"\b(?:is|was|are|hes|shes|whos)\s+|['’]s\s+|['’]re\s+|,\s*|\(\s*|"
    # "sent a picture by a girl a year older than him"
    r"\b(?:girl|boy|lad|lass|kid|pupil|student|someone|somebody|"
    # "sent video of herself to boyfriend 2 years older"
    r"boyfriend|girlfriend|bf|gf|ex|brother|sister|cousin|friend|mate)\s+)"
    # ("her boyfriend who's 'a year older than her'": in quotes)
    r"(?:['‘\"“]\s*)?(?:(?:like|about|around|roughly|just|only|maybe)\s+)?"
    # "a boy two years above her": school years apart, counted as years of age
    r"(?P<num>a|an|one|two|three|four|five|\d)\s+(?:years?|yrs?)\s+(?P<dir>older|younger|above|below|ahead|behind)\b",
    _I,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: "by another girl same age as her", "a boy the same age": the age said before, again.
SAME_AGE = re.compile(
    r"(?:(?:\b(?:girl|boy|lad|lass|kid|pupil|student|friend|mate|someone|somebody)\s+|"
    r"\b(?:he|she|they)\s*(?:['’]s|is|was|are|['’]re)\s+|\b(?:hes|shes)\s+|\bwho\s*(?:['’]s|is|was)\s+)"
    r"(?:(?:exactly|about|roughly)\s+)?(?:the\s+)?(?=same\s+age\b(?!\s+(?:group|range|bracket)))|"
    # "The boy is 14, same as her": her age is his
    r"(?<=\d),\s*(?:the\s+)?(?=same\s+(?:age\s+)?as\s+(?:her|him)\b))"
    # (not "the same age as her older brother": his age)
    r"(?P<num>same)\b(?:\s+age\b)?(?:\s+as\s+(?:her|him)(?=\s*(?:[.,;!?)]|$)|\s+(?:and|but|so|too)\b))?",
    _I,
)


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
        base = numbers[-1]
        first = FIRST_NUMBER.search(anchor.value) if anchor else None
        before = text[: anchor.start] + anchor.value[: first.start()] if anchor and first else ""
        if NEARLY.search(before) or SOON_AFTER.match(text[anchor.end :]):
            # "nearly 13 ... a year younger than him": he is 12, she is 11; "turning 15 next
            # month ... a year older than her": she is 14, he is 15
            base -= 1
        age = base + step if found["dir"].lower() in ("older", "above", "ahead") else base - step
        if MIN_AGE <= age <= MAX_AGE:
            start = found.start("num")
            found_ages.append(AgeRange(start, found.end(), age, age, found.group(0)))
    for found in SAME_AGE.finditer(text):
        anchor = _nearest(ages, found.start(), found.end())
        numbers = parse_numbers(anchor.value) if anchor else []
        if numbers and MIN_AGE <= numbers[-1] <= MAX_AGE and anchor is not None:
            # ("My stepson is nearly 15 ... She's the same age": 14, as he is; the word may
            # be inside the age's own span, before its number)
            number = FIRST_NUMBER.search(anchor.value)
            said_before = text[: anchor.start + (number.start() if number else 0)]
            age = numbers[-1] - 1 if NEARLY.search(said_before) else numbers[-1]
            start = found.start("num")
            found_ages.append(AgeRange(start, found.end(), age, age, found.group(0)))
    return found_ages


def decade_ages(text: str) -> list[AgeRange]:
    """ "in his 30s" -> 30-39, "early 20s" -> 20-23, "late teens" -> 17-19, "mid to late
    twenties" -> 24-29."""
    found_ages: list[AgeRange] = []
    for found in DECADE.finditer(text):
        word = (found["decade"] or found["decade2"] or found["decade3"]).lower()
        if word.endswith("y"):  # "thirty-something": the thirties
            word = word[:-1] + "ies"
        start = _DECADE_START.get(word) or int(word[:2])
        first, last = _DECADE_PART.get((found["part"] or found["part2"] or "").lower(), (0, 9))
        if found["part_to"]:  # "mid to late twenties": from the first part to the end of the second
            last = _DECADE_PART[found["part_to"].lower()][1]
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
LIST_MORE = re.compile(
    # "Susp aged 17 at the time, now 20", "a lad (15 then, 16 now)": the same person later
    rf"^\s*(?:(?:at\s+the\s+time|then)\s*(?=,))?(?:,|and|&|,\s*and)\s*(?:(?:now|then)\s+)?"
    rf"(?:aged?\s+)?(?P<num>{NUM})\b",
    _I,
)


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
    r"\b(?:(?:sent|taken|took|made|filmed|recorded|shared|posted)\s+(?:it\s+|them\s+|one\s+|"
    # "Pupil (15) sent nudes at 13 to an older boy"
    rf"(?:(?:a|an|some|her|his|the)\s+)?(?:[\w-]+\s+)?(?:{IMAGE})\s+)?|"
    r"(?:son|daughter|boy|girl|lad|lass|her|him|me|myself|herself|himself)\s+|"
    # "told me that at 16 her foster brother took topless pics of her"
    r"(?:\bthat|\bwhen|^|[.;]|,)\s*(?=at\s+(?:only\s+|just\s+|age\s+)?(?:1[0-7]|[89])\s*,?\s+"
    r"(?:her|his|their|a|an|the|she|he|they|someone|somebody|some)\b))"
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
        BIRTHDAY_TO_COME_AGE,
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
        THEN_AGE,
        THEN_IN_BRACKETS_AGE,
        ME_AGE,
        YEAR_HERE_AGE,
        PAIR_OF_AGES,
        PERSON_MARK_AGE,
        PLACE_THEN_AGE,
        POLICE_MARK_SMALL_AGE,
        BELIEVED_AGE,
        AS_WELL_AGE,
        ALSO_IN_BRACKETS_AGE,
        GUESSED_AGE,
        OLDER_GUESS_AGE,
        SURE_GUESS_AGE,
        YEARS_MONTHS_AGE,
        BOTH_AGE,
        BUT_ONLY_AGE,
    ):
        for found in pattern.finditer(text):
            group = next(
                g for g in ("num", "num2", "num3", "num4") if g in found.re.groupindex and found[g]
            )
            start, end = found.span(group)
            # "M/14 messages his form tutor": a police sex-and-age mark is an age before any noun
            unit = UNIT_AFTER.match(text[end:]) and pattern not in (
                POLICE_SLASH_AGE,
                PERSON_MARK_AGE,
            )
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
        name, group = ("name", "num") if found["name"] else ("name2", "num2")
        start, end = found.span(group)
        if found[name] not in NOT_A_NAME and free(start, end):
            extra.append(Span("age", text[start:end], start, end))
            taken.append((start, end))
    for found in FORM_CODE.finditer(text):  # "one of my lot in 9X": tutor group 9X is Year 9
        start, end = found.span("num")
        if free(found.start(), found.end()):
            extra.append(Span("school_year", f"year {found['num']}", start, end))
            taken.append((start, end))
    # school years said as words the ruler leaves out: "our sixth formers", "in 5th year",
    # "(Year 8)" (each pattern's one named group that matched is the year)
    for pattern in (OUR_SIXTH_FORMERS, IN_ORDINAL_YEAR, BRACKETED_YEAR):
        for found in pattern.finditer(text):
            start, end = found.span(found.lastgroup)
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
    if RELATIVE_AGE.search(text) is None and SAME_AGE.search(text) is None:
        return spans
    extra, _, _ = extra_age_spans(text, spans)
    return sorted(spans + extra, key=lambda span: span.start)
