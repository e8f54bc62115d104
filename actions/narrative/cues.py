"""Boolean cues -> facts: which cues count, which are negated, what they imply.

A cue sets its fact to True unless:
- it is a false friend in context ("adult content", "missing school", "she's hurting",
  "passed it on to the police"): not evidence at all;
- it names a member of staff or family ("her teacher", "his uncle") with no sign that
  they were involved with the image: the teacher who found it or was told about it is
  not adult involvement (the user can still say so, and is asked otherwise);
- it is negated ("he didn't threaten her"): the fact stays unknown and the key is
  reported in ``negated``.
Some cues imply a second fact: an image on a porn site, a public account or a story is
online as well as widely shared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actions.narrative.birth_dates import MONTH_WORDS
from actions.narrative.context import (
    Span,
    clause_before,
    first_words,
    last_words,
    sentence_after,
    sentence_before,
)
from actions.narrative.denials import denied_facts
from actions.narrative.negation import negated_spans
from actions.narrative.vocabulary import (
    BOOL_FACTS,
    SERVICE_DETERMINER,
    SERVICES,
    STAFF_OR_FAMILY,
)

_I = re.I
#: A month named as a time gone by: "back in March".
PAST_MONTH = MONTH_WORDS

#: A risk cue that ends on coming home or back: "never came home", "hasn't come back".
_CAME_HOME = r"(?:come|came)\s+(?:home|back)$"
#: A cue that says now itself: "arranged to meet him tonight".
NOW_WORD = re.compile(r"\b(?:tonight|today|now|this\s+(?:morning|afternoon|evening))\b", _I)
#: A time gone by, counted back: "two years ago", "a couple of months ago", "years ago".
_AGO = (
    r"(?:\d+|a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several)\s+(?:years?|months?)\s+ago|"
    r"years\s+(?:ago|back)"
)

#: Reporting routes: passing an image on TO these is reporting, not onward sharing.
REPORTING_ROUTE = re.compile(
    r"^\W*(?:[\w']+\s+){0,3}?(?:on\s+)?(?:to|with)\s+(?:the\s+|a\s+|our\s+|my\s+)?"
    r"(?:police|ceop|iwf|dsl|designated\s+safeguarding\s+lead|safeguarding\s+lead|"
    r"head(?:teacher)?|social\s+care|social\s+services|social\s+worker|report\s+remove|"
    r"childline|nca|lado|school|teachers?|me|us|mum|dad|parents?|101|999)\b",
    _I,
)


@dataclass(frozen=True)
class FalseFriend:
    """A cue that is not evidence when the words around it say so."""

    label: str
    value: re.Pattern[str]
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    required_after: re.Pattern[str] | None = None
    #: Words after that keep the cue evidence whatever else is said ("and so did she").
    unless_after: re.Pattern[str] | None = None

    def applies(self, span: Span, before: str, after: str) -> bool:
        if span.label != self.label or not self.value.search(span.value):
            return False
        if self.unless_after is not None and self.unless_after.search(after):
            return False
        if self.required_after is not None and not self.required_after.search(after):
            return True
        if self.after is not None and self.after.search(after):
            return True
        return self.before is not None and bool(self.before.search(before))


#: Not right after a negation: "she's not joking", "he isn't laughing".
_NOT_NEGATED = r"(?<!not\s)(?<!n['’]t\s)(?<!nt\s)"
#: Words that say threats or danger words were said in fun (the anger false friend and
#: ``SAID_AS_A_JOKE`` both read them).
_SAID_IN_FUN = r"banter|figure\s+of\s+speech|normal\s+(?:sibling|brother|sister|teenage|teen|family)\s+(?:stuff|things?|rows?)"

FALSE_FRIENDS: tuple[FalseFriend, ...] = (
    # "the ipad is locked in my car": a device put away, not a child shut in
    FalseFriend(
        "immediate_risk",
        re.compile(r"^locked\s+in$", _I),
        before=re.compile(
            r"\b(?:phone|ipad|laptop|tablet|device|computer|mobile|console|xbox)s?\s+"
            r"(?:is|are|was|were|['’]s|has\s+been|have\s+been|now)?\s*(?:now\s+)?$",
            _I,
        ),
    ),
    # "we don't leave her alone with the laptop", "scared to leave him on his own with his
    # phone": a rule about a device, not a fear for the child's life
    FalseFriend(
        "immediate_risk",
        re.compile(r"(?:alone|on)$", _I),
        after=re.compile(
            r"^\s*(?:(?:his|her|their)\s+own\s+)?with\s+(?:the|her|his|their|a)\s+(?:phone|laptop|ipad|tablet|"
            r"computer|pc|xbox|playstation|console|devices?|internet)\b",
            _I,
        ),
    ),
    # "I'm at the end of my tether with this school, they've done nothing": exasperation
    # with a service, not a person in crisis
    FalseFriend(
        "immediate_risk",
        re.compile(r"end\s+of\s+my\s+tether$", _I),
        after=re.compile(
            rf"^\s*with\s+{SERVICE_DETERMINER}(?:{SERVICES}|process|la|trust|nhs)\b",
            _I,
        ),
    ),
    # "she doesn't want to wake up for school on Mondays": a lie-in wanted, not death
    FalseFriend(
        "immediate_risk",
        re.compile(r"want\s+to\s+wake\s+up$", _I),
        after=re.compile(
            r"^\s*(?:(?:so|that|this)\s+)?(?:early|for\s+(?:school|work|college|exams?|training|practice|the\s+bus)|"
            r"at\s+\d|on\s+(?:mondays?|weekdays|school\s+days))\b",
            _I,
        ),
    ),
    # "the tablets in her bag were her hay fever ones, school nurse checked": told what they
    # are, and harmless
    FalseFriend(
        "immediate_risk",
        re.compile(r"(?:tablets|pills)\s+in\s+(?:her|his)\s+(?:bag|blazer)$", _I),
        after=re.compile(
            r"^\s*(?:were|was|are|is|turned\s+out\s+to\s+be)\s+(?:(?:only|just)\s+)?(?:her|his)\s+"
            r"(?:own|prescribed|prescription|hay\s*fever|allergy|asthma|period|contraceptive|acne|adhd|"
            r"epilepsy|migraine)\b",
            _I,
        ),
    ),
    # "he's killing himself laughing", "she wanted to disappear from the group chat"
    FalseFriend(
        "immediate_risk",
        re.compile(r"kill(?:ing|s)?\s+(?:him|her|them)sel(?:f|ves)$", _I),
        after=re.compile(r"^\s*(?:laughing|with\s+laughter)\b", _I),
    ),
    FalseFriend(
        "immediate_risk",
        re.compile(r"disappear$|vanish$", _I),
        after=re.compile(
            r"^['’\"]?\s*(?:from|off)\s+(?:the\s+|her\s+|his\s+)?(?:group|chat|social|snap\w*|insta\w*|"
            r"tiktok|whatsapp|online|internet|app|class|school|timeline|feed)\b",
            _I,
        ),
    ),
    # "The head wants to meet her on Monday", "her mum wants to meet him at school": a
    # meeting set up by a carer or a professional, not by the person the child is at risk from
    FalseFriend(
        "immediate_risk",
        re.compile(
            r"^(?:wants|wanted|asked|asking|arranged|arranging|planning|planned|plans|trying)\s+to\s+meet",
            _I,
        ),
        before=re.compile(
            r"\b(?:i|we|head|headteacher|head\s+of\s+year|hoy|dsl|deputy|teacher|tutor|senco|school|"
            r"college|mum|mam|mom|dad|da|parents?|carers?|police|officers?|pc|oic|social\s+worker|sw|"
            r"camhs|counsellor|nurse|gp|doctor|worker|staff)(?:['’]ve|['’]d|\s+have|\s+had)?\s+"
            r"(?:(?:really|also|still|just|now)\s+)?$",
            _I,
        ),
    ),
    # "ran away from me in the corridor", "ran away from the table crying", "he hurt himself
    # playing rugby": a child running from a conversation or a room, an injury at sport
    FalseFriend(
        "immediate_risk",
        re.compile(r"^ran\s+away$", _I),
        # (not "ran away from the unit at 3am", "from her foster home")
        after=re.compile(
            r"^\s*from\s+(?:me|us|staff|(?:the|her|his|a|our)\s+(?:conversation|meeting|teacher|staff\s+member|"
            r"classroom|lesson|class|corridor|interview|discussion|officer|police\s+officer|questions?|"
            # "ran away from the table crying": a room of the home, not the home
            r"table|dinner\s+table|tea\s+table|kitchen|living\s+room|lounge|sofa|settee))\b",
            _I,
        ),
    ),
    FalseFriend(
        "immediate_risk",
        re.compile(r"^hurt\s+(?:him|her|them)sel(?:f|ves)$", _I),
        after=re.compile(
            r"^\s*(?:playing|at|in|during|on|doing)\s+(?:rugby|football|netball|hockey|pe|p\.e\.|training|"
            r"the\s+match|sport|games|gym|the\s+trampoline)\b",
            _I,
        ),
    ),
    # "My daughter said goodbye to her boyfriend last night - they split up": a break-up
    FalseFriend(
        "immediate_risk",
        re.compile(r"^(?:said|saying)\s+goodbye\s+to$", _I),
        after=re.compile(
            r"^\s*(?:her|his|their)\s+(?:boyfriend|girlfriend|bf|gf|ex|partner|friends?|mates?)\b",
            _I,
        ),
    ),
    # "she self-harmed two years ago": a past episode, not a risk now
    FalseFriend(
        "immediate_risk",
        # not a cue that says now itself ("arranged to meet him tonight, he was arrested
        # last year for something else")
        re.compile(rf"^(?!.*{NOW_WORD.pattern}).", _I),
        after=re.compile(
            rf"^\W*(?:[\w']+\s+){{0,4}}?(?:{_AGO}|in\s+primary|"
            r"in\s+(?:year|yr|y)\s*\d{1,2}\s*(?:,\s*)?but\b|"
            r"last\s+(?:year|term|month|summer|spring|autumn|winter|christmas|easter)|"
            rf"(?:back\s+)?in\s+(?:19|20)\d\d\b|"
            rf"back\s+in\s+(?:{PAST_MONTH}|the\s+summer|year\s*\d{{1,2}}|primary)|when\s+(?:she|he|they)\s+"
            r"(?:was|were)\s+(?:younger|little|small|in\s+(?:year|primary)))\b",
            _I,
        ),
        # "the previous overdose", "a history of self-harm": said of a time gone by (a
        # sentence opening in the past is ``PAST_OPENING``, read with ``STILL_NOW``)
        before=re.compile(
            r"\b(?:previous|prior|past|earlier|historic(?:al)?|history\s+of|histories\s+of)\s+$",
            _I,
        ),
    ),
    # "She went missing last weekend but police returned her within the hour": found again
    FalseFriend(
        "immediate_risk",
        re.compile(
            rf"missing|ran\s+away|run\s+away|runaway|running\s+away|misper|awol|abscond|"
            rf"{_CAME_HOME}|last\s+seen|run\s+off$",
            _I,
        ),
        after=re.compile(
            r"^(?![^.!?]*(?:\bnot\b|n['’]t\b|\b(?:hasnt|hadnt|havent|wasnt|werent|isnt|didnt|cant|wont)\b|"
            r"\bnever\b|\byet\b|\bstill\b|\bagain\b))[^.!?]*\b(?:(?:found|returned|located)\b"
            r"(?!\s+(?:out|a|an|the|some|this|that|messages?|(?:her|his|their)\s+(?:phone|note|diary|"
            r"messages?|bag))\b)|came\s+back|come\s+back|back\s+home|home\s+safe|(?:was|were|got)\s+home\b|(?:was|is|were)\s+back\s+by|"
            r"closed\b|turned\s+up\b)",
            _I,
        ),
    ),
    # "my son is missing his phone since yesterday", "she's missing school": a thing or a
    # lesson missed, not a child missing
    FalseFriend(
        "immediate_risk",
        re.compile(r"missing$", _I),
        after=re.compile(
            r"^\s*(?:his|her|their|my|our|a|the)?\s*(?:phone|mobile|ipad|tablet|laptop|bag|coat|kit|pe\s+kit|"
            r"homework|lessons?|school|class|classes|friends?|mum|dad|games?|shoes?|keys?)\b",
            _I,
        ),
    ),
    # "his mates dared him to jump off the bridge into the river, a summer thing": a dare
    FalseFriend(
        "immediate_risk",
        re.compile(r"jump", _I),
        before=re.compile(r"\bdared?\s+(?:him|her|them|me|each\s+other)\s+to\s+$", _I),
    ),
    # "He says he screenshotted it but hasn't sent it to anyone": a copy kept, not passed on
    FalseFriend(
        "shared_without_consent",
        re.compile(r"^screen\s*-?\s*(?:shot|shotted|shots|grab|grabbed|recorded)", _I),
        after=re.compile(
            r"\b(?:has|have|had|did|does)(?:n['’]?t|\s+not)\s+(?:sent|send|shared|share|shown|show|passed|"
            r"forwarded)\b|\bnever\s+(?:sent|shared|showed|shown|passed|forwarded)\b",
            _I,
        ),
    ),
    # "CFW call from yesterday resolved", "Concern for welfare check completed ... found safe
    # and well": a police welfare check that is over
    FalseFriend(
        "immediate_risk",
        re.compile(r"^(?:concern\s+for\s+welfare|con\s+for\s+welfare|cfw)$", _I),
        after=re.compile(
            r"\b(?:resolved|completed|closed|stood\s+down|found\s+safe|safe\s+and\s+well|no\s+concerns?|"
            r"last\s+(?:week|month|year))\b",
            _I,
        ),
    ),
    # "his phone's off cos I confiscated it": switched off by a parent, not a child out of reach
    FalseFriend(
        "immediate_risk",
        re.compile(r"phone(?:['’]s|\s+is|\s+has\s+been)\s+off$", _I),
        after=re.compile(r"^\W*(?:cos|coz|cause|because|as|since)\b", _I),
    ),
    # "says she'll kill him when he gets in lol, but she's calmed down": anger vented
    FalseFriend(
        "immediate_risk",
        re.compile(
            # a whole word: "kill herself" is not "kill her" (that is harm to self)
            r"(?:kill|stab|batter|hurt|attack|murder|smash|jump)\s+(?:him|her|them|the|that|this)\b",
            _I,
        ),
        after=re.compile(
            # not "and she's not joking", "he isn't laughing"
            rf"{_NOT_NEGATED}\b(?:lol|lmao|haha|calmed\s+down|all\s+mouth|all\s+talk|"
            r"playground\s+talk|joking|laughing|didn['’]?t\s+mean\s+it|just\s+venting|not\s+serious|"
            rf"{_SAID_IN_FUN})\b",
            _I,
        ),
    ),
    # "he hasn't come back to school since", "he didn't come home till 2am": an absence
    # from school or club, or a late night, not a child out of reach
    FalseFriend(
        "immediate_risk",
        re.compile(_CAME_HOME, _I),
        after=re.compile(
            r"^\s*(?:to|into|in\s+to)\s+(?:school|class|lessons?|club|college|work|training|"
            r"the\s+(?:club|group|team|unit|youth\s+club))\b|^\s*(?:till|until|til|late)\b|"
            # "is not come home yet because she has after school club until 6"
            r"^\s*(?:yet\s+)?(?:because|cos|coz|as)\s+(?:she|he|they)\s+(?:has|have|had|is|are|was|were)\s+"
            r"(?:got\s+|at\s+|in\s+)?(?:an?\s+|her\s+|his\s+|their\s+)?(?:after[-\s]?school|club|practice|training|"
            r"rehearsal|detention|football|netball|rugby|swimming|dance|work|match|lessons?|tutoring)\b",
            _I,
        ),
    ),
    # "if I'm not here when he gets in", "if she's not here by ten": an absence arranged
    FalseFriend(
        "immediate_risk",
        re.compile(r"^if\s", _I),
        after=re.compile(
            r"^\s*(?:anymore\s+|any\s+more\s+)?(?:when|by|at|to|for|on|in\s+time|tomorrow|tonight\s+(?:to|for)|yet|"
            r"because|cos|so\s+(?:can|could)|and\s+(?:she|he|they)\s+(?:is|are|can))\b",
            _I,
        ),
    ),
    # "ligature points in a residential home", "a ligature risk assessment": the building
    FalseFriend(
        "immediate_risk",
        re.compile(r"^ligatures?$", _I),
        after=re.compile(
            r"^['’]?\s*(?:points?|free|audits?|cutters?|knife|knives|risks?\s+assessments?)\b", _I
        ),
    ),
    # "the lad's dad turned up at their house to apologise": a visit, not a danger
    FalseFriend(
        "immediate_risk",
        re.compile(r"turn(?:ed|ing)?\s+up\s+at$|at\s+the\s+door$|^outside\b", _I),
        after=re.compile(
            r"\bto\s+(?:apologi[sz]e|say\s+sorry|make\s+amends)\b|"
            r"\b(?:calmed\s+down|no\s+threats\s+(?:were\s+)?made|went\s+away\s+(?:again|quietly))\b",
            _I,
        ),
    ),
    # "the police car was outside our house for an hour": the police, not a danger
    FalseFriend(
        "immediate_risk",
        re.compile(r"^outside\b", _I),
        before=re.compile(
            r"\b(?:police|polis|officers?|cops?|ambulance|pcsos?)(?:\s+(?:car|cars|van|vans))?\s+"
            r"(?:was|were|is|are|has\s+been|have\s+been|been|sat|parked)?\s*(?:sat\s+|parked\s+)?$",
            _I,
        ),
    ),
    # "said she wanted to die of embarrassment": a figure of speech
    FalseFriend(
        "immediate_risk",
        re.compile(r"\b(?:die|died|dying|dead)$", _I),
        after=re.compile(
            r"^\s*(?:of|from|with)\s+(?:embarrassment|shame|cringe|cringing|laughter|laughing|boredom)\b",
            _I,
        ),
    ),
    # "what counts as immediate risk?", "what is self-harm?": a definition asked for
    FalseFriend(
        "immediate_risk",
        re.compile(r"."),
        before=re.compile(
            r"\bwhat\s+(?:counts|count|would\s+count)\s+as\s+(?:an?\s+)?$|"
            r"\b(?:does|do|would|is|will)\s+(?:[\w'-]+\s+){0,3}(?:count|counts|classed|class|rated)\s+as\s+"
            r"(?:an?\s+)?$|"
            r"\bwhat\s+(?:are\s+(?:the\s+)?)?(?:warning\s+)?signs\b[^.?!]*$|"
            r"\b(?:i|we)\s+(?:look|watch)\s+(?:out\s+)?for\b[^.?!]*$|"
            r"\bwhat\s+(?:is|are|does)\s+(?:an?\s+)?['‘\"“]?$|\bmeant\s+by\s+['‘\"“]?$|\bdefin\w+\s+(?:of\s+)?$|"
            r"\bthreshold\s+for\s+(?:an?\s+)?$",
            _I,
        ),
    ),
    # "suicide risk assessment done, scored low", "suicide prevention training": a
    # procedure named, not a risk ("scored high" and "assessed as high risk" are cues)
    FalseFriend(
        "immediate_risk",
        re.compile(r"^(?:suicide|self[-\s]?harm)$", _I),
        after=re.compile(
            r"^\s*(?:risk\s+)?(?:assessments?|screening|screen|prevention|awareness|training|polic(?:y|ies)|"
            r"protocols?|lead|modules?|sessions?|statistics|rates?|marker|scenes?|storyline|plot|episode|"
            r"documentary|drama)\b",
            _I,
        ),
    ),
    # "Immediate risk: none identified.", "Asked directly re thoughts of self-harm or
    # suicide: denied.", "Suicidal ideation - nil": a form's field answered no ("Self-harm:
    # yes" and "Risk: high" stay cues)
    FalseFriend(
        "immediate_risk",
        re.compile(r"."),
        after=re.compile(
            r"^\s*(?:(?:or|and|/)\s+[\w\s'-]{1,30}?)?\s*[:\-–—]\s*(?:denied|denies|none|nil|no\b(?!\s+one)|"
            r"n/?a\b|negative|not\s+(?:present|identified|disclosed|indicated)|low\b(?!\s+mood))",
            _I,
        ),
    ),
    # "Our Y10 English text deals with a character's suicide": a story, not a child
    FalseFriend(
        "immediate_risk",
        re.compile(r"^(?:suicide|self[-\s]?harm\w*|overdose)$", _I),
        before=re.compile(
            r"\bcharacter['’]?s\s+$|\b(?:novel|book|play|film|poem|story)['’]?s\s+$", _I
        ),
    ),
    # "the pics never arrived", "the parcel didn't arrive": a thing, not a child
    FalseFriend(
        "immediate_risk",
        re.compile(r"\barrived?\s*$", _I),
        before=re.compile(
            r"\b(?:pics?|pictures?|photos?|images?|videos?|vids?|messages?|texts?|snaps?|parcel|"
            r"package|delivery|order|post|letter|email|it)\s+$",
            _I,
        ),
    ),
    # "she'll end it with him", "wants to end it between them": a relationship, not a life
    FalseFriend(
        "immediate_risk",
        re.compile(r"\bend(?:ing)?\s+(?:it|things|everything)\s*$", _I),
        after=re.compile(r"^\s*(?:with|between|there|off|for\s+good\s+with)\b", _I),
    ),
    FalseFriend(
        "immediate_risk",
        re.compile(r"cutting\s*$", _I),
        after=re.compile(
            r"^\s*(?:down|back|corners|class|classes|lessons|school|her\s+hair|his\s+hair|"
            r"hair|out|off|up|contact|ties|it\s+fine|the\s+grass|people\s+off)\b",
            _I,
        ),
    ),
    # "parents sat with him now", "I'm with her now": a carer with the child, not the abuser
    FalseFriend(
        "immediate_risk",
        re.compile(r"^with\s+(?:him|her)\s+(?:right\s+)?now$", _I),
        before=re.compile(
            r"\b(?:(?:parents?|mum|mom|dad|carers?|family|nan|gran|grandparents?|teachers?|staff|"
            r"officers?|police)(?:\s+(?:is|are|was|were))?|i['’]?m|im|i\s+am|we['’]?re|we\s+are)"
            r"(?:\s+(?:sat|sitting|staying|here))?\s*$",
            _I,
        ),
    ),
    # "Her dad's found out and is threatening to go to the police": a parent's threat to
    # report it, not pressure on a child over the image
    FalseFriend(
        "coercion",
        re.compile(r"^(?:threaten(?:s|ed|ing)?|threats?)$", _I),
        after=re.compile(
            r"^\s*(?:to\s+)?(?:go\s+to|ring|call|phone|report\s+(?:it|this)\s+to|get|involve)\s+(?:the\s+)?"
            r"(?:police|cops)\b|^\s*(?:to\s+)?(?:sue|press\s+charges)\b",
            _I,
        ),
        # (not a threat to get the police onto the child unless she sends more)
        unless_after=re.compile(r"\b(?:unless|if\s+(?:she|he|they)\s+(?:doesn|don|won))", _I),
    ),
    # "she's begging me not to ring the police": the child pleading with the person typing
    FalseFriend(
        "coercion",
        re.compile(r"^(?:begg(?:ed|ing)|begs)$", _I),
        after=re.compile(r"^\s*(?:me|us)\b", _I),
    ),
    FalseFriend(
        "adult_involved",
        re.compile(r"^(?:woman|women|man|men|lady)$", _I),
        # "A young woman who comes to our drop-in (she turned 16 in October)": a youth
        # worker's word for a teenager; an adult's age, if said, is read by the age reader
        before=re.compile(r"\byoung\s+$", _I),
    ),
    FalseFriend(
        "adult_involved",
        re.compile(r"\badults?\b", _I),
        after=re.compile(
            r"^\s*(?:content|material|sites?|websites?|images?|videos?|films?|themes?|services?|"
            r"social|care|entertainment|industry|toys?|channels?|learning|education|supervision)\b",
            _I,
        ),
        before=re.compile(r"\b(?:appropriate|trusted|responsible|safe)\s+$", _I),
    ),
    FalseFriend(
        "adult_involved",
        re.compile(r".", _I),
        before=re.compile(
            r"\b(?:told|tell|telling|speak(?:ing)?\s+to|spoke\s+to|talk(?:ed|ing)?\s+to|"
            r"reported\s+(?:it\s+)?to|disclosed\s+to|went\s+to|go\s+to|ask(?:ed)?|trusted|"
            r"supervised\s+by|with\s+the\s+help\s+of)\s+(?:a|an|the|another|one)?\s*$",
            _I,
        ),
    ),
    # "The OIC is missing from the strategy meeting", "she ran away from the conversation",
    # "he ran away with the idea that he'd be arrested", "overdosed on revision": figures of speech
    FalseFriend(
        "immediate_risk",
        re.compile(r"missing|ran\s+away|run\s+away|running\s+away|runs\s+away", _I),
        after=re.compile(
            r"^\s*(?:from\s+(?:the\s+|a\s+|our\s+|this\s+)?(?:[\w-]+\s+)?(?:meeting|lesson|register|photo|list|"
            r"call|rota|squad|file|conversation|question|subject|topic|discussion|chat\s+about|"
            # "my daughter's gone missing from the group chat, they've all removed her"
            r"group\s*chat|chat|group|gc|server|friends?\s+list|team\s+sheet)\b|"
            # "we've run away with this a bit": got carried away
            r"with\s+the\s+idea\b|with\s+(?:this|it|that|ourselves|themselves|myself)\b)",
            _I,
        ),
    ),
    FalseFriend(
        "immediate_risk",
        re.compile(r"overdos\w*\s+on$|od\s+on$", _I),
        after=re.compile(
            r"^\s*(?:revision|homework|sugar|caffeine|chocolate|sweets|netflix|tiktok|screen\s+time|"
            r"studying|energy\s+drinks|coffee|gaming|fortnite)\b",
            _I,
        ),
    ),
    # "keeps asking if the police will come to the house": the police, a teacher or a social
    # worker coming round is not danger from the other person
    FalseFriend(
        "immediate_risk",
        re.compile(r"come|coming|comes", _I),
        before=re.compile(
            r"\b(?:police|officers?|pc|the\s+school|teachers?|social\s+(?:services|workers?)|sw|camhs|"
            r"the\s+dsl|head(?:teacher)?|nurse|doctor|gp)\s+(?:will\s+|would\s+|might\s+|are\s+|is\s+)?$",
            _I,
        ),
    ),
    # "He disclosed to his mum, who's with him now", "her dad is with her right now": the one
    # with the child is a parent or carer, not the man she was to meet
    FalseFriend(
        "immediate_risk",
        re.compile(r"with\s+(?:him|her|them)\s+(?:right\s+)?now$", _I),
        before=re.compile(
            r"\b(?:mum|mom|mam|dad|da|mother|father|parents?|nan|nana|gran|granny|grandma|grandad|grandparents?|"
            r"carers?|foster\s+(?:carers?|mum|dad|parents?)|teacher|staff|officers?|police|social\s+worker|"
            r"key\s*worker|counsellor|nurse)\s*,?\s*(?:who|that)?\s*(?:['’]s|is|are|['’]re|has\s+been|have\s+been)?"
            r"\s*(?:sat\s+|sitting\s+|staying\s+|here\s+)?$|"
            # the person typing: "I'm with her now", "we're sat with him right now"
            r"\b(?:i\s*['’]?\s*m|i\s+am|we\s*['’]?\s*re|we\s+are|i['’]ve\s+been|we['’]ve\s+been)\s+"
            r"(?:sat\s+|sitting\s+|staying\s+|here\s+)?$",
            _I,
        ),
    ),
    # "she's run off to her room in a strop", "he ran off upstairs": a door shut at home,
    # not a child gone
    FalseFriend(
        "immediate_risk",
        re.compile(r"run\s+off|ran\s+off|run\s+away|ran\s+away|stormed\s+off", _I),
        after=re.compile(
            r"^\s*(?:to\s+(?:her|his|their)\s+(?:bed)?room|upstairs|to\s+(?:her|his)\s+bed\b)", _I
        ),
    ),
    # "Lad's phone went missing on the residential": a thing lost, not a child
    FalseFriend(
        "immediate_risk",
        re.compile(r"missing", _I),
        before=re.compile(
            r"\b(?:phone|mobile|iphone|ipad|tablet|laptop|bag|device|wallet|purse|keys|charger|console|"
            r"camera|memory\s+card|usb|sim(?:\s+card)?|"
            # "the photo is still missing from his phone", "It's the PHOTO that's gone missing"
            r"photos?|pics?|pictures?|images?|videos?|vids?|files?|folders?|messages?|evidence)"
            r"(?:['’]s)?\s+(?:that['’]?s\s+|that\s+has\s+|which\s+(?:has|is)\s+)?(?:has\s+|had\s+|have\s+)?"
            r"(?:gone\s+|been\s+|is\s+|was\s+|are\s+|were\s+)?(?:still\s+|now\s+)?$",
            _I,
        ),
        # "her phone went missing and so did she", "... and she has too"
        unless_after=re.compile(
            r"\b(?:so\s+(?:did|has|is)\s+(?:she|he|they)|(?:she|he|they)\s+(?:did|has|is|have|are)\s+too|"
            r"(?:she|he|they)['’]?s\s+(?:missing|not\s+home|gone)|police)\b",
            _I,
        ),
    ),
    FalseFriend(
        "immediate_risk",
        re.compile(r"missing", _I),
        after=re.compile(
            r"^\s*(?:school|lessons?|class(?:es)?|college|work|out|days?|periods?|registration|"
            r"the\s+point|her\s+friends|his\s+friends|homework)\b",
            _I,
        ),
    ),
    FalseFriend(
        "atypical_or_violent",
        re.compile(r"^hurting$", _I),
        required_after=re.compile(
            r"^\s*(?:her|him|them|each|the|a|an|another|someone|somebody|other|his|their)\b", _I
        ),
    ),
    FalseFriend("shared_without_consent", re.compile(r"."), after=REPORTING_ROUTE),
    # "sent it on her pc", "sent them on snapchat": where it was sent, not onward
    FalseFriend(
        "shared_without_consent",
        re.compile(r"^sen[dt]\s+(?:it|them)\s+on$", _I),
        after=re.compile(r"^\s*(?!(?:to|and|or|but|either|too|again|yet|though)\b)\w", _I),
    ),
    FalseFriend("widely_shared", re.compile(r"."), after=REPORTING_ROUTE),
    # "a girl and a boy in my year group exchanged", "he's been posting her presents"
    FalseFriend(
        "widely_shared",
        re.compile(r"^year\s+group$", _I),
        before=re.compile(r"\b(?:in|from)\s+(?:my|our|her|his|their|the\s+same|the)\s+$", _I),
    ),
    FalseFriend(
        "widely_shared",
        re.compile(r"^post(?:ed|ing|s)?$", _I),
        after=re.compile(
            r"^\s*(?:her|him|them|me|us)\s+(?:presents|gifts|parcels|letters|cards|sweets|things|stuff)\b",
            _I,
        ),
    ),
    FalseFriend(
        "widely_shared",
        re.compile(r"^public(?:ly)?$", _I),
        after=re.compile(r"^\s*(?:place|toilets?|transport|park|health|sector|services?)\b", _I),
        # "a member of the public reported ...": a bystander, not the image made public
        before=re.compile(r"\bmembers?\s+of\s+the\s+$", _I),
    ),
    # "going to jump on a call", "about to jump in the shower": not a jump from a height
    FalseFriend(
        "immediate_risk",
        re.compile(r"\bjump$", _I),
        after=re.compile(
            r"^\s*(?:on\s+(?:a|the|this)\s+(?:call|teams|zoom|bandwagon|train|bus|trampoline)|at\s+the\s+chance|"
            r"in\s+(?:the\s+)?(?:car|shower|pool|queue|bath)|ship|through\s+hoops|the\s+queue|to\s+conclusions)\b",
            _I,
        ),
    ),
    # "He showed them to no one": the deed denied by what follows it
    FalseFriend(
        "shared_without_consent",
        re.compile(r"\b(?:show|showed|shown|shared|sent|passed|forwarded)\b", _I),
        after=re.compile(
            r"^\s*(?:it|them)?\s*(?:to|with)\s+(?:no[-\s]?one|nobody|noone|naebody)\b", _I
        ),
    ),
    FalseFriend(
        "malicious",
        re.compile(r"bull(?:y|ying)", _I),
        before=re.compile(r"\banti-?\s*$", _I),
    ),
    # "she was worried he'd keep them after they broke up": a fear of what may happen
    FalseFriend(
        "malicious",
        re.compile(r"^after\s+(?:they|we|she|he)\s+(?:broke|split)", _I),
        before=re.compile(r"\b(?:worried|worries|scared|afraid|concerned|anxious)\b", _I),
    ),
    # "she found out he kept it after they broke up": keeping it is not harm meant; "he
    # shared it after they broke up" still is (development narratives AG, 2026-12-07)
    FalseFriend(
        "malicious",
        re.compile(r"^after\s+(?:they|we|she|he)\s+(?:broke|split)", _I),
        before=re.compile(
            r"\b(?:kept|keeps|keeping|still\s+(?:has|had|have|got)|(?:has|had)\s+still\s+got|"
            r"(?:didn['’]?t|did\s+not|hasn['’]?t|has\s+not|never|won['’]?t)\s+delet\w*)\s+(?:it|them|the\s+\w+)?\s*$",
            _I,
        ),
    ),
    # "a boy and a girl who've been going out for a few months": how long the couple have
    # been together, not a behaviour repeated (development narratives AI, 2026-12-07)
    FalseFriend(
        "repeated",
        re.compile(r"^for\s+", _I),
        before=re.compile(
            r"\b(?:going\s+out|together|seeing\s+each\s+other|dating|in\s+a\s+relationship|"
            r"known\s+each\s+other|friends|been\s+a\s+couple|a\s+couple|been\s+with\s+(?:him|her))\s*$",
            _I,
        ),
    ),
    FalseFriend(
        "profit_motive",
        re.compile(r"^paid$", _I),
        after=re.compile(r"^\s*(?:attention|a\s+visit|tribute)\b", _I),
    ),
    # "took the first account from mum": a statement, not an online account
    FalseFriend(
        "online",
        re.compile(r"^accounts?$", _I),
        before=re.compile(
            r"\b(?:first|initial|full|witness)\s*$|\btook\s+(?:an?|the)\s+(?:\w+\s+)?$|\btaken\s+(?:an?|the)\s+(?:\w+\s+)?$",
            _I,
        ),
        after=re.compile(r"^\s*(?:from|of\s+(?:what|events))\b", _I),
    ),
    FalseFriend(
        "online",
        re.compile(r"^(?:account|profile)s?$", _I),
        before=re.compile(r"\b(?:bank|high|low|risk)\s*$", _I),
    ),
)

# Staff and family are involved when they asked for, received, sent, hold or shared
# the image, or groomed or pressured the child: evidence in the same sentence.
STAFF_BEFORE = re.compile(
    r"\b(?:sent|send|sending|sends|shared|sharing|forwarded|forwarding|passed|airdropped)\b"
    r"[^.;!?]*\b(?:to|with)\s+$|"
    r"\b(?:asked|groomed|pressured|coerced|blackmailed|threatened|contacted|messaged|targeted|"
    r"approached|befriended|filmed|photographed|exploited|abused|sextorted|recorded|"
    r"touched|paid)\s+by\s+$|"
    r"\b(?:sexting|relationship|exchanging\s+[\w-]+|chatting|talking|messaging|involved|"
    r"swapping\s+[\w-]+|sleeping)\s+with\s+$|"
    r"(?:'s|\bis|\bwas|\bare|\bwere)\s+$",
    _I,
)
STAFF_AFTER = re.compile(
    r"^\W*(?:[\w']+\s+){0,3}?(?:asked|asking|asks|requested|requesting|demanded|demanding|"
    r"groomed|grooming|messag\w*|sent|sending|sends|received|receiving|took|taking|filmed|"
    r"filming|pressur\w*|threaten\w*|coerc\w*|blackmail\w*|kept|keeps|befriended|contacted|"
    r"bought|paid|offered|(?:has|had)\s+(?:a|the|nudes|pics|pictures|images|photos|videos)|"
    r"is\s+holding|holds|possess\w*|wanted|shared|posted|abused|exploited|touched|"
    r"(?:has|had)\s+been\s+(?:messag\w*|sending|asking|grooming|contacting|talking|texting))\b",
    _I,
)
#: The adult named as the one given the image: "sent his form tutor a nude pic of himself",
#: "snapped her PE teacher a topless photo" (the verb just before, the image just after).
STAFF_GIVEN_BEFORE = re.compile(
    r"\b(?:sent|send|sending|sends|messaged|snapped|airdropped|dm'?d)\s+$",
    _I,
)
STAFF_GIVEN_AFTER = re.compile(
    r"^\s+(?:(?:a|an|some|the|two|three|several|more|her|his|their|[0-9]+)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:nudes?|pics?|pictures?|photos?|images?|videos?|vids?|selfies?|snaps?)\b",
    _I,
)

#: A widely-shared cue that also says where: the image is online.
IMPLIES_ONLINE = re.compile(
    r"porn|site|website|account|story|public|page|viral|upload|online|profile|snapchat|"
    r"whatsapp|instagram|tiktok|telegram|discord|twitter|reddit|youtube|channel|server|"
    r"internet|social\s+media",
    _I,
)
#: An onward-sharing cue that is also publication: "he posted it", "they uploaded it"; or
#: passing round: "showing a video round the changing room", "sent it round" (but not
#: "showed it round a few lads": ``TO_A_FEW``); shown to everyone: "showing everyone a
#: video of him having sex with a girl".
IMPLIES_WIDELY_SHARED = re.compile(
    r"\bpost(?:ed|ing|s)?\b|\bupload|\b(?:a)?round\b|\bput\b|\bevery(?:one|body)\b|\bacross\b", _I
)
#: Posting said of the images, in the passive: "her nudes have been put on a twitter
#: account", "the pics were posted on insta". The child pictured is not the one who posted
#: them, so they went beyond the one they were sent to (development narratives AA).
POSTED_BY_SOMEONE = re.compile(
    r"\b(?:have|has|had|were|was|got|are|is|been|being)\s+(?:put|posted|uploaded|stuck)\b", _I
)
TO_A_FEW = re.compile(
    r"^\s*(?:to\s+)?(?:a\s+few|a\s+couple|two|three|2|3|one|his\s+(?:mate|friend|brother|sister))\b",
    _I,
)


#: An onward-sharing cue that is about consent, not about passing on: denied ("it wasn't
#: shared without her consent"), it says nothing of how far the image went. Any other
#: onward-sharing cue denied ("no sign he's shared them", "nothing has been passed round")
#: says it was not passed on at all, so it was not spread either.
CONSENT_WORD = re.compile(
    r"consent|permission|knowledge|knowing|agree|asking|say-?so|\bok\b|behind", _I
)


_SHARE_VERB = r"(?:put|post|send|share|leak|show|spread|expose|upload|release|forward)"
_WILL = (
    r"(?:(?:he|she|they)\s*(?:['’]ll|\s+will|\s+would|['’]d|\s+is\s+going\s+to|\s+was\s+going\s+to|"
    r"\s+are\s+going\s+to|\s+gonna)|hell|shell|theyll)"
)
#: The condition of a threat: a refusal ("if she doesn't", "if i dont pay", "if he tells").
_REFUSES = (
    r"(?:she|he|they|i|you|we)\s+(?:doesn['’]?t|doesnt|don['’]?t|dont|won['’]?t|wont|didn['’]?t|didnt|"
    r"can['’]?t|cant|does\s+not|do\s+not|will\s+not|refuses?|says\s+no|stops?|blocks?|tells?|reports?)\b"
)
#: A threat to share, with its condition: "if she doesn't get back with him he'll put the
#: photos on Instagram", "he'll post them unless she sends more". Threats are coercion,
#: whatever was said of how the image was first sent (development narratives AG,
#: 2026-12-07: "her choice, he never pushed for them ... now he's saying if she doesn't get
#: back with him he'll put the photos on Instagram").
CONDITIONAL_SHARE_THREAT = re.compile(
    rf"(?:\bif\s+{_REFUSES}|\bunless\s+(?:she|he|they|i|you)\b)[^.;!?]{{0,60}}?\b{_WILL}\s+{_SHARE_VERB}\s+"
    r"(?:the|her|his|their|my|your|them|it|those|these|all)\b|"
    rf"\b{_WILL}\s+{_SHARE_VERB}\s+(?:the|her|his|their|my|your|them|it|those|these|all)\b[^.;!?]{{0,60}}?"
    rf"(?:\bif\s+{_REFUSES}|\bunless\b)",
    _I,
)


def threatens_to_share(text: str) -> bool:
    """Whether the words tell of a threat to share the image, with its condition."""
    return CONDITIONAL_SHARE_THREAT.search(text) is not None


@dataclass(frozen=True)
class CueReading:
    """The boolean facts a message states, and the cues it denies."""

    true_facts: tuple[str, ...]
    negated: tuple[str, ...]
    #: Threats alone were denied ("he never threatened her", "no threats"), and no other
    #: form of pressure: the reader keeps ``coercion`` unknown when an adult is involved.
    threats_denied: bool = False


#: A threat or blackmail named: denying it leaves grooming and pressure unsaid.
THREAT_CUE = re.compile(r"^(?:threat\w*|blackmail\w*|extort\w*)$", _I)


def read_cues(text: str, spans: list[Span], requested_slot: str | None) -> CueReading:
    """Read the boolean facts from the cues in ``spans`` (sorted by position)."""
    cues = [s for s in spans if s.label in BOOL_FACTS and _is_evidence(text, s, requested_slot)]
    negated_indexes = negated_spans(text, cues)
    true_facts: list[str] = []
    negated: list[str] = []
    threats_denied = pressure_denied = False
    for index, cue in enumerate(cues):
        if index in negated_indexes:
            if cue.label == "coercion":
                threat = THREAT_CUE.match(cue.value.strip()) is not None
                threats_denied, pressure_denied = (
                    threats_denied or threat,
                    pressure_denied or not threat,
                )
            _add(negated, cue.label)
            if cue.label == "shared_without_consent" and not CONSENT_WORD.search(cue.value):
                _add(negated, "widely_shared")
            continue
        _add(true_facts, cue.label)
        if cue.label == "widely_shared" and IMPLIES_ONLINE.search(cue.value):
            _add(true_facts, "online")
        if cue.label == "widely_shared" and POSTED_BY_SOMEONE.search(cue.value):
            _add(true_facts, "shared_without_consent")
        if (
            cue.label == "shared_without_consent"
            and IMPLIES_WIDELY_SHARED.search(cue.value)
            and not TO_A_FEW.match(text[cue.end :])
        ):
            _add(true_facts, "widely_shared")
    denied = denied_facts(text)
    for key in denied:
        _add(negated, key)
    if any(cue.label == "immediate_risk" and answered_no(text, cue) for cue in cues):
        true_facts = [key for key in true_facts if key != "immediate_risk"]
        _add(negated, "immediate_risk")
    return CueReading(
        true_facts=tuple(true_facts),
        negated=tuple(key for key in negated if key not in true_facts),
        threats_denied=threats_denied
        and not pressure_denied
        and "coercion" not in denied
        and "coercion" not in true_facts,
    )


#: The risk question echoed and answered no: "Is any child at immediate risk? No.",
#: "immediate risk? not that we know of".
ANSWER_NO = re.compile(
    r"^\s*(?:no+|nope|none|negative|not\s+that\s+(?:we|i)\s+(?:know|are\s+aware|am\s+aware)|"
    r"not\s+(?:currently|at\s+(?:the\s+)?(?:moment|present)|now|as\s+far\s+as\s+(?:we|i)\s+know))\b",
    _I,
)
#: "I asked him if he'd thought about hurting himself and he said no".
ASKED_IF = re.compile(
    # ("i asked her straight out like the leaflet said, whether she'd had any thoughts of")
    r"\basked\s+(?:[\w'’]+[\s,]+){0,8}?(?:if|whether)\b[^.?!]*$|"
    # "asked directly about self-harm and suicidal thoughts, and she said no", "I asked about
    # mood, sleep, self-harm and thoughts of not being here, all no", "I asked the pupil
    # directly about self-harm"
    r"\b(?:asked|checked|screened)\s+(?:(?:with\s+)?(?:her|him|them|the\s+\w+|\w+)\s+)?"
    r"(?:directly\s+|specifically\s+|straight\s+(?:out\s+)?|outright\s+|openly\s+|explicitly\s+)?"
    r"about\b[^.?!]*$",
    _I,
)
SAID_NO = re.compile(
    # "and he said 'god no mum, ...'" (development risk set AP, 2026-12-07); not "said no one knows"
    r"^[^.?!]*?\b(?:(?:he|she|they)\s+(?:said|says)\s+['\"‘“]?\s*(?:god\s+|hell\s+|oh\s+)?(?:no(?![-\s]+one\b)|nope|nah)|"
    r"(?:he|she|they)\s+(?:said|says)\s+(?:not|never)|"
    # "we asked her about the 'I want to die' comment, she said she meant she was so
    # embarrassed" (development risk set AQ, 2026-12-08)
    r"(?:he|she|they)\s+(?:said|says)\s+(?:she|he|they)\s+(?:only\s+|just\s+)?(?:meant|didn['’]?t\s+mean|"
    r"was\s+(?:only\s+|just\s+)?joking)|"
    r"(?:he|she|they)\s+denied|all\s+(?:no|denied|negative)|(?:each|every\s+one)\s+(?:a\s+)?no)\b",
    _I,
)


#: A fear the user put to the child, who said no: "I was scared she'd hurt herself so I
#: asked her straight out and she said no" (development risk set AK, 2026-12-07).
FEARED_BEFORE = re.compile(
    r"\b(?:scared|worried|afraid|frightened|concerned|terrified)\s+(?:that\s+)?(?:she|he|they)\s*"
    r"(?:['’]d|would|might|was\s+going\s+to|were\s+going\s+to)\s+$",
    _I,
)
THEN_ASKED_NO = re.compile(
    r"^[^.?!]{0,20}?\b(?:so|and)\s+(?:i|we)\s+asked\s+(?:her|him|them)\b[^.?!]{0,40}?"
    r"\b(?:she|he|they)\s+(?:said|says)\s+no\b",
    _I,
)


def answered_no(text: str, cue: Span) -> bool:
    """The cue is in a question the message itself answers no, or in a fear the user put to
    the child, who said no."""
    rest = text[cue.end :]
    question_end = re.match(r"^[^.!?]*\?", rest)
    if question_end and ANSWER_NO.match(rest[question_end.end() :]):
        return True
    if FEARED_BEFORE.search(text[: cue.start]) and THEN_ASKED_NO.match(rest):
        return True
    return bool(ASKED_IF.search(text[: cue.start]) and SAID_NO.match(rest))


def _add(keys: list[str], key: str) -> None:
    if key not in keys:
        keys.append(key)


#: "What do I do if a child says they're suicidal?": a child in general, not this case.
GENERIC_CHILD_IF = re.compile(
    r"\b(?:if|when|whether)\s+(?:a|an|any)\s+(?:child|young\s+person|pupil|student|kid|kiddie|kiddy|teenager|"
    r"teen|learner|young\s+people|yp|bairn|wean|juvenile|detainee|youngster)\b|"
    r"\b(?:if|when)\s+(?:someone|somebody|anyone|yp|cyp)\b|"
    # "What's the process if V discloses suicidal thoughts", "E.g. if there's suicidal ideation?"
    r"\b(?:if|when)\s+(?:(?:a|the)\s+)?(?:v|ip|victim)\s+(?:discloses|disclosed|says|tells|reports|mentions|talks|is|was)\b|"
    # (not the child asking "if there's a way to make it quick")
    r"(?<!asked\s)(?<!asking\s)(?<!asks\s)(?<!wondering\s)(?<!know\s)(?<!googled\s)(?<!searched\s)"
    r"\bif\s+there\s*(?:['’]s|is|are)\s+(?:any\s+)?$|"
    # "But if she did go missing ...", "if he were to run off": a what-if in a plan
    r"\bif\s+(?:she|he|they)\s+(?:did|does|were\s+to|was\s+to|ever)\s+$",
    _I,
)


#: A question that opens as one and asks about risk in general: "Does sextortion often
#: lead to suicide?", "What are the signs a child might be thinking about self-harm?".
GENERAL_QUESTION_OPENING = re.compile(
    r"^\W*(?:does|do|can|could|is\s+it|is\s+there|are|how\s+(?:often|common|likely|do|can|would)|"
    # "is self harm a trigger for referral?"
    r"is\s+(?:self[-\s]?harm\w*|suicid\w+(?:\s+\w+)?|a\s+risk\s+of\s+\w+)\s+(?:a|an|on|in)\s|"
    r"what\s+(?:are|is|should|would|do)|what['’]s|is\s+an?|why\s+do|when\s+(?:do|does|should)|"
    # "What counts as 'immediate risk' under the guidance?", "What signs should make staff
    # worry a kid might be suicidal?"
    r"what\s+(?:counts|would\s+count|does\s+\w+\s+count)\s+as|"
    r"what\s+(?:(?:warning\s+)?signs|kinds?\s+of\s+\w+|sorts?\s+of\s+\w+)\s+(?:are|is|should|would|do|does|might|could))\b",
    _I,
)
#: Words that name someone in this case: the question is then about them, not in general.
SOMEONE_IN_THE_CASE = re.compile(
    r"\b(?:she|he|her|him|his|hers|they['’]?re|my|our|me|i|i['’]m|im|v|victim|the\s+(?:child|girl|boy|"
    r"lad|pupil|student|young\s+person)|this\s+(?:child|girl|boy|lad|pupil)|son|daughter)\b",
    _I,
)


#: A child of this case: a message that names one is not a question in general.
CHILD_IN_THE_CASE = re.compile(
    # ("... want to die over a nude? because mine keeps saying it": the user's own child)
    r"\b(?:she|he|her|him|his|hers|mine|they['’]?re|v|victim|(?:my|our|the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:son|daughter|child|kid|girl|boy|lad|pupil|student|young\s+person|grandson|granddaughter|"
    r"niece|nephew|stepson|stepdaughter))\b",
    _I,
)
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


#: The user says the case in hand is happening now: "if a kid tells me they're going to
#: kill themselves ..., do i call 999 or the school first? this is happening now, she's
#: texting me" (development risk set AL, 2026-12-07). Then a question put in general words
#: is about this child.
HAPPENING_NOW = re.compile(
    r"\b(?:this|it)\s*(?:['’]s|\s+is)\s+(?:(?:all|actually|literally)\s+)?happening\s+(?:right\s+)?now\b|"
    r"\bhappening\s+right\s+now\b|\bthis\s+is\s+(?:real|not\s+a\s+drill|not\s+(?:a\s+)?hypothetical)\b|"
    r"\b(?:she|he|they)\s*(?:['’]s|\s+is|['’]re|\s+are)\s+(?:texting|messaging|snapchatting|on\s+the\s+phone\s+(?:to|with))\s+"
    r"(?:me|us)\s+(?:now|right\s+now|as\s+we\s+speak)\b",
    _I,
)


def asks_about_risk_in_general(text: str) -> bool:
    """The message asks a question in general ("Does sextortion often lead to suicide? I read
    something in the news") and names no child of this case: the language model's risk
    reading of it is doubtful (``actions.risk_reading``)."""
    sentences = SENTENCE_END.split(text.strip())
    asked = any(s.endswith("?") and GENERAL_QUESTION_OPENING.match(s) for s in sentences)
    return asked and CHILD_IN_THE_CASE.search(text) is None and HAPPENING_NOW.search(text) is None


def _in_a_question(text: str, span: Span) -> bool:
    """The sentence holding the cue ends in a question mark."""
    tail = sentence_after(text, span.end)
    return text[span.end + len(tail) : span.end + len(tail) + 1] == "?"


def _general_risk_question(text: str, span: Span) -> bool:
    """The cue sits in a question about risk in general, naming no one in this case (nor
    saying after it that the user's own child is the one: "... because mine keeps saying
    it", ``OWN_CHILD_SAYS_IT``)."""
    head, tail = sentence_before(text, span.start), sentence_after(text, span.end)
    return (
        _in_a_question(text, span)
        and GENERAL_QUESTION_OPENING.match(head + span.value + tail) is not None
        and SOMEONE_IN_THE_CASE.search(head + " " + tail) is None
        and OWN_CHILD_SAYS_IT.search(text) is None
    )


#: The user's own child does or says it: "mine keeps saying it", "my son has been".
OWN_CHILD_SAYS_IT = re.compile(
    r"\b(?:mine|my\s+(?:kid|child|son|daughter|boy|girl|lad|lass))\s+(?:keeps|has\s+been|is|was|said|says|"
    r"told|talks|talked)\b",
    _I,
)


#: Risk talked of in general, not of this child: "the link between sextortion and
#: self-harm", "are kids in care more likely to self-harm", "children can hurt themselves
#: after", "What would I do if a player ever told me ...".
GENERAL_TALK = re.compile(
    # "Is there a leaflet I can give parents on self-harm": material on the subject
    r"\b(?:leaflets?|posters?|resources?|materials?|guidance|polic(?:y|ies)|lessons?|assembl(?:y|ies)|"
    r"workshops?|sessions?)\b[^.!?]{0,40}\b(?:on|about)\s+$|"
    r"\b(?:link|links|connection|relationship|correlation)\s+between\b|"
    # "is sextortion linked to suicide?", "Is asking a child if they're suicidal going to put
    # the idea in their head?", "what do I say if she tells me she wants to hurt herself?"
    r"\b(?:linked|connected|related|tied)\s+(?:to|with)\s+$|"
    r"\basking\s+(?:a|an|any)\s+(?:child|young\s+person|pupil|student|kid|teenager|teen)\s+(?:if|whether|about)\b[^.!?]*$|"
    r"\bwhat\s+(?:do|would|should|shall|can)\s+(?:i|we)\s+(?:say|do)\s+if\s+(?:she|he|they)\s+(?:tells?|says?|"
    r"mentions?|discloses?|admits?)\b[^.!?]*$|"
    # "Stats question: how many of our image jobs had a MISPER or self-harm element?"
    r"\bhow\s+many\s+(?:of\s+)?(?:our|the|these|those)?\s*[^.!?]{0,40}\b(?:jobs|cases|referrals|incidents|reports)\b[^.!?]*$|"
    r"\bstats?\s+question\b[^.!?]*$|\bstatistics\b[^.!?]*$|"
    # "Where is the bit about immediate risk in the UKCIS guidance?": a part of a document
    r"\b(?:bit|section|part|paragraph|page|chapter|module|slide)\s+(?:about|on)\s+$|"
    r"\b(?:more|less)\s+likely\s+to\s+$|"
    r"\b(?:children|kids|young\s+people|teenagers|teens|people|pupils|students)\s+(?:can|could|may|might|"
    r"often|sometimes|will)\s+(?:\w+\s+)?$|"
    r"\bwhat\s+(?:would|should|do|shall|can)\s+(?:i|we)\s+do\s+if\b|"
    r"\bhow\s+to\s+(?:talk|speak|teach|discuss)\s+(?:[\w'-]+\s+){0,2}?about\s+$|"
    r"\b(?:if|in\s+case)\s+(?:[\w'-]+\s+){0,4}?ever\b|"
    # "how do I teach staff the difference between 'dying of embarrassment' and ..."
    r"\bdifference\s+between\b[^.!?]*$|"
    r"\b(?:teach|train|explain\s+to)\s+(?:staff|colleagues|parents|pupils|students|teachers|officers)\b[^.!?]*$|"
    # "Our policy mentions self-harm and going missing but never says when to ring 999"
    r"\b(?:policy|policies|guidance|procedures?|training|leaflets?|lessons?|templates?)\s+(?:mentions?|covers?|"
    r"says|talks\s+about|includes?)\b[^.!?]*$",
    _I,
)
#: A sentence that opens in a time gone by: "Two years ago her granddaughter ... took an
#: overdose", "In January one of our girls went missing", "For our audit: last season a
#: player self-harmed", "When my granddaughter was 12 she ran off".
PAST_OPENING = re.compile(
    rf"^\W*(?:[\w'-]+[:,]?\s+){{0,6}}?(?:{_AGO}|"
    r"last\s+(?:year|term|season|summer|spring|autumn|winter|christmas|easter)|"
    rf"in\s+(?:19|20)\d\d|in\s+(?:{PAST_MONTH})\b|back\s+in|"
    r"when\s+(?:[\w'-]+\s+){1,2}(?:was|were)\s+(?:\d{1,2}|younger|little|small|in\s+(?:year|primary)))\b",
    _I,
)
#: An age gone by, right after the deed: "self-harmed when she was 11", "ran off at 12".
PAST_AGE_AFTER = re.compile(
    r"^\W*(?:(?:back\s+)?when\s+(?:she|he|they|i)\s+(?:was|were)|at\s+(?:the\s+)?age(?:\s+of)?|aged)\s+"
    r"\d{1,2}\b",
    _I,
)
#: An age gone by anywhere in the cue's sentence: "at 13", "when he was 12".
PAST_AGE_IN = re.compile(
    r"\b(?:when\s+(?:she|he|they|i)\s+(?:was|were)|at\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?)\s*\d{1,2}\b"
    r"(?!\s*(?:am|pm|o['’]?clock|[:.]\d|ish\b))",
    _I,
)
#: A time gone by anywhere in the cue's sentence: "self harm thoughts in the summer when it
#: happened", "a high-risk MISPER in the summer", "when the pic went round". Past only when
#: the message also says it is over (``RESOLVED``).
PAST_TIME_IN = re.compile(
    rf"\b(?:in|over|during)\s+the\s+(?:summer|holidays|spring|autumn|winter)\b|{_AGO}|"
    r"\blast\s+(?:year|term|summer|month|spring|autumn|winter|christmas|easter)\b|"
    # "she self-harmed in Y7, nothing since": an earlier school year, with ``RESOLVED``
    r"\bin\s+(?:y|yr|year)\s*\d{1,2}\b|"
    r"\bwhen\s+it\s+(?:all\s+)?(?:first\s+)?(?:happened|started|came\s+out|kicked\s+off)\b|\bat\s+the\s+time\b|"
    rf"\bback\s+then\b|\bin\s+(?:{PAST_MONTH})\b|"
    r"\bwhen\s+(?:the|my|her|his|their|those|them)\s+(?:pics?|photos?|pictures?|images?|videos?|nudes?)\s+"
    r"(?:first\s+)?(?:went|got|was|were)\s+(?:round|around|out|shared|posted|sent)\b",
    _I,
)
#: A check on a child's welfare, and its outcome told after it: "CFW attended, all fine, no
#: further concerns", "CFW for juv F16 requested by school. Attended, she's fine".
WELFARE_CHECK = re.compile(
    r"\bcfw\b|concern\s+for\s+(?:her\s+|his\s+|their\s+)?welfare|welfare\s+check", _I
)
WELFARE_CHECK_DONE = re.compile(
    r"\b(?:attended|done|completed|carried\s+out|closed)\b[^.?!]{0,40}?(?:[.,;]\s*|\s+and\s+)?"
    r"(?:all\s+(?:fine|ok|okay|good|well)|(?:she|he|they|v|ip|juv)(?:['’]s|\s+is|['’]re|\s+are|\s+was)\s+"
    r"(?:fine|ok|okay|safe|well)\b|no\s+(?:further\s+)?concerns|safe\s+and\s+well)",
    _I,
)
#: A thought not acted on: "i thought about running away when the pic went round but i
#: didnt".
THOUGHT_OF = re.compile(r"\b(?:thought|thinking|thinks)\s+(?:about|of)\s+$|\bconsidered\s+$", _I)
NOT_ACTED_ON = re.compile(
    r"\bbut\s+(?:i|she|he|they)\s+(?:didn['’]?t|didnt|did\s+not|never|won['’]?t|wont)\b(?!\s+(?:tell|say|mean\s+to\s+stop))",
    _I,
)
#: Danger words said to be a joke, right after them: "kms this chem test is so hard lol jk",
#: "said he 'wants to die' ..., then laughed and said he's fine", "said she's gonna kill
#: her brother ... normal sibling stuff". Not "lol" alone: a young person may laugh off what
#: they mean.
SAID_AS_A_JOKE = re.compile(
    rf"{_NOT_NEGATED}\b(?:jk|just\s+joking|only\s+joking|(?:was|were|is|are)\s+joking|"
    rf"(?:as|it\s+was|just)\s+a\s+joke|then\s+laughed\s+and\s+said|{_SAID_IN_FUN})\b",
    _I,
)
#: The danger turned out to be nothing: "a car was parked outside our house last night and
#: i panicked ..., but it was just the neighbours visitor" (not "we thought it was a false
#: alarm").
NOTHING_AFTER_ALL = re.compile(
    r"\bbut\s+it\s+(?:was|turned\s+out\s+to\s+be)\s+(?:just|only)\b|"
    r"\bturned\s+out\s+to\s+be\s+(?:nothing|just|only)\b|(?<!thought\s)(?<!thought\sit\swas\s)\bit\s+was\s+a\s+false\s+alarm\b",
    _I,
)
#: How many characters after the danger words a joke is still said of them.
JOKE_REACH = 120

#: A habit given up: "he used to self-harm", "she used to run off".
USED_TO = re.compile(r"\bused\s+to\s+(?:[\w'-]+\s+)?$", _I)
#: Words that bring a past episode into the present: then it is not only the past.
STILL_NOW = re.compile(
    # not "still sees a counsellor": support kept up, not harm now
    r"\b(?:still(?!\s+(?:sees?|seeing|gets?|getting|has|having|attends?|attending|in\s+touch|"
    r"receiv\w+|talks?\s+to|talking\s+to|goes\s+to|going\s+to\s+(?:counselling|camhs|therapy)))|currently|right\s+now|tonight|today|yesterday|last\s+night|this\s+(?:morning|"
    r"afternoon|evening|week))\b|"
    r"\bnot\s+(?:been\s+)?(?:found|seen|back|home|returned)\b|"
    r"n['’]?t\s+(?:been\s+)?(?:found|seen|come\s+(?:back|home)|returned)\b",
    _I,
)
#: Harm told as an episode: "had a period of self-harm", "a bout of cutting". Over only when
#: the message says so (``RESOLVED``); "a history of", "previous" and "past" are dated by
#: the past-episode false friend (``FALSE_FRIENDS``) whatever follows.
EPISODE_BEFORE = re.compile(r"\ba\s+(?:period|bout|spell|phase|time)\s+of\s+$", _I)
#: A meeting set up with the person the child is at risk from.
MEETING = re.compile(r"^(?:\w+\s+){0,2}?(?:to\s+)?meet\b|\bmeeting\b|\bmeet[-\s]?up\b", _I)
#: The meeting is off: "the meeting did not take place", "arrested before the meeting".
MEETING_OFF = re.compile(
    r"\b(?:meeting|meet[-\s]?up|it)\s+(?:did\s+not|didn['’]?t|never)\s+(?:take\s+place|happen|go\s+ahead)\b|"
    r"\b(?:meeting|meet[-\s]?up)\s+(?:was\s+)?(?:called\s+off|cancelled|stopped|prevented)\b|"
    r"\barrested\s+before\s+(?:the\s+meeting|(?:he|she|they)\s+could\s+meet)\b|"
    # "She told me and we reported it, she never went"
    r"\b(?:she|he|they)\s+(?:never|didn['’]?t|did\s+not)\s+(?:went|go)\b(?!\s+(?:home|back))",
    _I,
)
#: Back and well, said after the harm: "went missing for a few hours last month but came
#: home on his own and he's fine" (not when "tonight" or "still" bring it into now).
CAME_BACK_FINE = re.compile(
    r"\b(?:she|he|they|but|and)\s+(?:turned\s+up|came\s+(?:back|home))\b[^.?!;]{0,40}?"
    r"\b(?:she|he|they)\s*['’]?(?:s|is|was|re|are)\s+(?:fine|ok|okay|well|alright|all\s+right)\b",
    _I,
)
#: A past episode said to be over: "doing loads better", "settled ever since", "he's fine
#: now", "has had support since", "havent done it in like 10 months".
RESOLVED = re.compile(
    # "he's done really well since", "she's been absolutely fine since"
    r"\b(?:done|doing|been)\s+(?:really\s+|so\s+|very\s+|absolutely\s+)?(?:well|fine|great|brilliant)\s+since\b|"
    # "That's in the past, he's 16 now", "Totally sorted", "no incidents for over a year"
    r"\b(?:that['’]?s|that\s+is|that\s+was|it['’]?s|it\s+is)\s+(?:all\s+)?in\s+the\s+past\b|"
    r"\b(?:totally|all|completely)\s+sorted\b|"
    # "discharged over two years ago, no concerns since"
    r"\bno\s+(?:concerns?|issues?|problems?|incidents?|episodes?|repeats?|repeat)\s+since\b|"
    # "it's historical, she self-harmed in Y7, nothing since" (development risk set AQ)
    r"\b(?:nothing|none|nothing\s+further|nothing\s+else)\s+since\b|"
    r"\b(?:it['’]?s|it\s+is|it\s+was|that['’]?s|that\s+is)\s+(?:all\s+)?historic(?:al)?\b|"
    r"\bdischarged\s+(?:from\s+\w+\s+)?(?:over\s+|about\s+|nearly\s+)?(?:a|\d+|two|three|four|several)\s+"
    r"(?:years?|months?)\s+ago\b|\bthere['’]?s\s+been\s+no\s+repeat\b|"
    r"\bno\s+(?:self[-\s]?harm|incidents?|episodes?|relapses?)\s+for\s+(?:over\s+|more\s+than\s+)?"
    r"(?:a|\d+|two|three|four|six|several|many)\s+(?:years?|months?)\b|"
    r"\bdoing\s+(?:loads|much|a\s+lot|so\s+much|far|really|way)\s+better\b|\bmuch\s+better\s+now\b|"
    r"(?:\bis|\bare|\bbeen|['’]s|\bhes|\bshes)\s+(?:fine|ok|okay|well|settled|stable|happy)\s+(?:now|since|ever\s+since)\b|"
    r"\bsettled\s+(?:ever\s+)?(?:since|noo)\b|"
    r"\b(?:been|is|['’]s)\s+(?:fine|ok|okay|well|settled|stable)\s+for\s+(?:\w+\s+)?(?:years?|months?|ages)\b|\b(?:has\s+)?had\s+(?:proper\s+|good\s+|a\s+lot\s+of\s+|loads\s+of\s+|lots\s+of\s+)?"
    r"(?:support|counselling|help)\s+since\b|"
    r"\bdoing\s+(?:really\s+|so\s+)?(?:lovely|great|well|fine|brilliant)\s+(?:now|noo|since)\b|"
    # "discharged in april and has been doing really well"
    r"\bdischarged\b[^.?!]{0,60}?\b(?:has|have|['’]s|['’]ve)\s+been\s+doing\s+(?:really\s+|so\s+|very\s+)?"
    r"(?:well|great|brilliantly)\b|"
    # "she self harmed in year 8, she's year 11 now and doing really well"
    r"\bnow\s+and\s+(?:is\s+)?doing\s+(?:really\s+|so\s+|very\s+)?(?:well|great|fine|brilliantly)\b|"
    r"\b(?:as\s+)?good\s+as\s+gold\b|"
    # "last year i wanted to unalive myself, but i'm in a good place now"
    r"\b(?:i['’]?m|im|i\s+am|she['’]?s|shes|he['’]?s|hes|they['’]re)\s+(?:now\s+)?in\s+(?:a\s+)?(?:much\s+|really\s+|so\s+)?"
    r"(?:good|better|happier|way\s+better)\s+place(?:\s+now)?\b|"
    # "back in school with a safety plan ... and is settled and doing well"
    r"\b(?:is|are|['’]s)\s+(?:now\s+)?(?:settled|stable)\s+and\s+doing\s+(?:really\s+|very\s+|so\s+)?well\b|"
    r"\bno\s+(?:self[-\s]?harm|incidents?|episodes?)\s+since\b|"
    r"(?:\bnot|n['’]?t)\s+done\s+it\s+(?:in|for|since)\b|\breally\s+stable\b|"
    r"\b(?:i['’]?m|im)\s+(?:actually\s+)?(?:ok|okay|fine|good)\s+now\b|\bhappy\s+again\b|"
    r"\bback\s+at\s+school\s+full[\s-]time\b|\blong\s+since\s+resolved\b|\bbeen\s+well\s+for\s+(?:years|months|ages)\b|"
    r"\b(?:hasn['’]?t|has\s+not|haven['’]?t|not)\s+(?:done\s+it\s+)?(?:for|in)\s+(?:over\s+)?(?:a|\d+|two|three|several)\s+"
    r"(?:years?|months?)\b|\bin\s+a\s+good\s+place\b|"
    r"\bnow\s+(?:he|she|they|i)\s+(?:is|are|am|['’]s|['’]m)\s+(?:much\s+|a\s+lot\s+|so\s+much\s+)?"
    r"(?:better|fine|ok|okay|happy|well|settled)\b",
    _I,
)
#: Over now, said in the same breath: "found safe at his aunt's", "panic over", "false
#: alarm", "she's just walked in the door". Such a sentence may still say "last night".
OVER_NOW = re.compile(
    # "turned out she was at her friend's and fell asleep"
    r"\bturned\s+out\s+(?:she|he|they)\s+(?:was|were|had\s+been)\s+(?:at|with|round|staying)\b|"
    r"\bfound\s+(?:safe|safe\s+and\s+well|and\s+(?:is\s+)?(?:home|safe))\b|\bsafe\s+and\s+well\b|"
    r"\bpanic\s+over\b|\bfalse\s+alarm\b|\b(?:she|he|they)\s*['’]?(?:s|ve|re)\s+(?:just\s+)?"
    r"(?:walked\s+(?:in|through)|come\s+(?:back\s+)?home|turned\s+up)\b|"
    # "she turned up at 7am at her friend's house, safe", "Police found her at a friend's",
    # "police recovered her", "return home interview"
    r"\b(?:she|he|they)\s+(?:turned\s+up|came\s+(?:back|home))\b[^.?!]{0,50}?\bsafe\b|"
    r"\b(?:police|we|staff|officers|they)\s+(?:found|recovered|located|traced)\s+(?:her|him|them)\b|"
    r"\breturn\s+(?:home\s+)?interview\b|"
    # "reported missing once in the summer but that was ... resolved the same night"
    r"\b(?:was|got|were)\s+resolved\b|"
    # "not come home yet but she's at her friend's", "she's round at her nan's": where the
    # child is, with someone safe (not "at her boyfriend's", "with him")
    r"\bbut\s+(?:she|he|they)\s*(?:['’]s|['’]re|\s+is|\s+are)\s+(?:round\s+)?(?:at|with|staying\s+(?:at|with))\s+"
    r"(?:her|his|their|a)\s+(?:friend|mate|best\s+friend|nan|nana|gran|granny|grandma|grandad|grandparents|aunt|"
    r"auntie|aunty|uncle|cousin|sister|brother|dad|mum|mam)['’]?s?\b"
    r"(?![^.!?]{0,20}\b(?:i\s+think|we\s+think|maybe|probably|apparently|hopefully|not\s+sure)\b)|"
    # "Concern for welfare closed. Juv slept at her nan's": a police job over
    r"\b(?:concern\s+for\s+welfare|cfw|misper|missing\s+(?:person\s+)?(?:report|episode|log))\s+(?:now\s+|has\s+been\s+|was\s+)?"
    r"(?:closed|cancelled|canceled|filed|stood\s+down|resolved|finalised|finalized)\b|"
    # "locked herself in ... but she came out and had her tea"
    r"\b(?:she|he|they)\s+(?:came|has\s+come|['’]s\s+come|have\s+come|['’]ve\s+come)\s+out\b|"
    # "turned up at the school gate but the teachers saw him off"
    r"\b(?:saw|seen|chased|sent|scared|moved)\s+(?:him|her|them)\s+(?:off|away)\b|\bsent\s+(?:him|her|them)\s+packing\b",
    _I,
)
#: A risk cue that tells of something done: "self harmed", "took an overdose", "ran off".
DONE = re.compile(r"(?:ed|took|ran|went|tried|attempts?)\b|\bdid(?:n['’]?t|\s+not)\s+come\b", _I)


#: Words that talk about quoted words rather than report them: "is 'unalive' a word we
#: should flag", "what does 'kms' mean", "told to ask directly 'are you thinking about
#: suicide'", "running a scenario: '...'", "started saying '...' about homework, it's a trend".
TALKED_ABOUT = re.compile(
    r"\b(?:words?|terms?|phrases?|slang|mean|means|meaning|flag|flagging|flagged|filter|filtering|"
    r"keywords?|scenarios?|slides?|trend|trending|memes?|ask\s+(?:them\s+|him\s+|her\s+)?directly|"
    # "our policy describes sending nudes as a 'form of self-harm'": a definition quoted
    r"describes?|described|describing|policy|policies|defin\w+|"
    r"told\s+to\s+(?:ask|say)|"
    # "they said to always ask 'is anyone at immediate risk'": a question taught, not asked
    r"(?:to|should|must|always)\s+(?:always\s+)?ask)\b",
    _I,
)
#: A quotation opened and not yet closed: a quote mark after a space, colon or bracket,
#: with no closing mark (a quote mark followed by a space or stop) after it.
OPEN_QUOTE = re.compile(r"(?:^|[\s:(])['‘\"“](?=\w|$)(?:[^'‘’\"“”]|(?<=\w)['’](?=\w))*$")


def _quoted_words_talked_about(text: str, span: Span) -> bool:
    """The cue is inside quotation marks that the sentence talks about as words (a term
    to filter, a trend, a question to ask, a scenario), not words a child has said."""
    head = sentence_before(text, span.start)
    if OPEN_QUOTE.search(head) is None:
        return False
    return TALKED_ABOUT.search(head + " " + sentence_after(text, span.end)) is not None


def _said_of_the_past(text: str, span: Span) -> bool:
    """The cue tells of a past episode: its sentence opens in a time gone by, or it tells
    of something done in a message that says it is over; unless words bring it into now."""
    sentence = sentence_before(text, span.start) + span.value + sentence_after(text, span.end)
    after = text[span.end :]
    if MISSING_CUE.search(span.value):
        if GONE_AGAIN.search(after):
            return False  # "went missing again tonight, police found her last week"
        if OVER_NOW.search(after):
            return True  # "MISPER overnight ... Located safe and well 0400, back with mum"
    if DONE.search(span.value) and OVER_NOW.search(sentence):
        return True
    if MEETING.match(span.value) and MEETING_OFF.search(text) and not NOW_WORD.search(span.value):
        return True  # "had arranged to meet ... but the meeting did not take place"
    if STILL_NOW.search(sentence):
        return False
    if DONE.search(span.value) and CAME_BACK_FINE.search(sentence):
        return True
    if EPISODE_BEFORE.search(sentence_before(text, span.start)) and RESOLVED.search(text):
        return True  # "had a period of self-harm in Year 8 ... no concerns since"
    if PAST_OPENING.match(sentence_before(text, span.start)):
        return True
    if DONE.search(span.value) and PAST_AGE_AFTER.match(sentence_after(text, span.end)):
        return True  # "she self-harmed when she was 11 but has been well for three years"
    if USED_TO.search(sentence_before(text, span.start)):
        return True  # "he used to self-harm but hasn't for over a year"
    if PAST_AGE_IN.search(sentence) and RESOLVED.search(text):
        return True  # "a dark patch at 13 and talked about wanting to die. That's in the past"
    if WELFARE_CHECK.search(span.value) and WELFARE_CHECK_DONE.search(after):
        return True  # "CFW attended, all fine, no further concerns"
    if PAST_TIME_IN.search(sentence) and RESOLVED.search(text):
        return True  # "self harm thoughts in the summer ... she's doing well now"
    if THOUGHT_OF.search(sentence_before(text, span.start)) and NOT_ACTED_ON.search(
        sentence_after(text, span.end)
    ):
        return True  # "i thought about running away when the pic went round but i didnt"
    return bool(DONE.search(span.value) and (RESOLVED.search(text) or OVER_NOW.search(text)))


#: A child missing, in any words the ruler knows: "went missing", "MISPER", "ran away".
MISSING_CUE = re.compile(
    r"missin[g']?|misper|ran\s+(?:away|off)|run\s+away|runaway|awol|abscond|"
    # "she's not come home yet", "hasn't come back": not home, where she is not said
    r"(?:not|n['’]?t)\s+(?:been\s+)?(?:come\s+)?(?:home|back)|never\s+came\s+(?:home|back)",
    _I,
)
#: Missing again, or still: a finding told in the words after the cue ("Police found her at
#: her friend's", "Located safe and well 0400") is not the end of it.
GONE_AGAIN = re.compile(
    r"\bagain\b|\bstill\s+(?:missing|out|not|no)\b|\bnot\s+(?:been\s+)?(?:found|home|back)\b|"
    r"n['’]?t\s+(?:been\s+)?(?:found|home|back)\b|\bwith\s+(?:the|an?|that)\s+(?:man|adult|male|guy|offender|suspect)\b",
    _I,
)


#: Harm told as done: "the lad who self harmed", "took an overdose", "ran off for a night".
HARM_DONE = re.compile(
    r"\bself[-\s]?harmed\b|\b(?:took|taken)\s+an?\s+overdose\b|\boverdosed\b|"
    r"\bran\s+(?:away|off)\b|\b(?:went|was|wis|were)\s+missin[g']?\b|\bcut\s+(?:him|her|them)sel(?:f|ves)\b|"
    r"\b(?:was|were)\s+(?:suicidal|self[-\s]?harming)\b|"
    r"\battempted\s+suicide\b|\btried\s+to\s+(?:kill|end)\b|"
    # "i used to self harm but ive been clean for over a year": a habit given up
    r"\bused\s+to\s+(?:self[-\s]?harm|cut)\b",
    _I,
)


def is_past_episode(text: str, span: Span) -> bool:
    """Whether a risk cue tells of a past episode that is over (the reader asks it of the
    cues about the person typing as well: "when it happened last year i wanted to unalive
    myself, but i'm in a good place now")."""
    return _said_of_the_past(text, span)


def tells_of_a_past_episode(text: str) -> bool:
    """The message tells of a past episode that is over ("Last year my son ... cut his hand
    one time ... Now he is much better", "the lad who self harmed ... is doing loads
    better"): the language model's reading of it is doubtful (``actions.risk_reading``).
    The sentence that tells of it must not bring it into now ("still", "tonight")."""
    if RESOLVED.search(text) is None and OVER_NOW.search(text) is None:
        return False
    return any(
        (PAST_OPENING.match(sentence) or HARM_DONE.search(sentence))
        and (not STILL_NOW.search(sentence) or OVER_NOW.search(sentence))
        for sentence in SENTENCE_END.split(text.strip())
    )


#: "How I know if my daughter is in danger of this?": a question whether, not a statement.
ASKS_WHETHER = re.compile(
    r"\b(?:how\s+(?:do\s+|can\s+|would\s+|will\s+|should\s+)?(?:i|we|you|parents?)\s+(?:know|tell|spot|check|see)|"
    r"what\s+(?:are\s+)?(?:the\s+)?(?:warning\s+)?signs?)\b[^.!?]*\b(?:if|whether|that)\s+[^.!?]*$",
    _I,
)


def _asks_whether(text: str, span: Span) -> bool:
    """ "How do I know if she is in danger?": the cue is what is asked about."""
    return (
        _in_a_question(text, span)
        and ASKS_WHETHER.search(sentence_before(text, span.start)) is not None
    )


#: What a method would do, asked about: "if someone took a whole pack of paracetamol would
#: they just fall asleep", "does it hurt to hang yourself". Asked in general words, it is
#: still read as a risk: it is how a young person asks about their own plan.
METHOD_EFFECT = re.compile(
    r"\b(?:would|will|do|does|did|could|can)\s+(?:they|you|i|she|he|it|someone|u)\s+(?:just\s+)?"
    r"(?:fall\s+asleep|die|feel\s+(?:it|anything|much)|wake\s+up|be\s+in\s+pain|suffer|hurt|survive)\b|"
    # "is it true if you take a whole packet of paracetamol you just fall asleep?"
    r"\b(?:they|you|u|someone)\s+just\s+(?:fall\s+asleep|die|don['’]?t\s+wake\s+up|go\s+to\s+sleep)\b|"
    r"\b(?:does|would|will)\s+it\s+hurt\b|\bis\s+it\s+painless\b|\bhow\s+long\s+(?:would|does|will)\s+it\s+take\b",
    _I,
)


def _asks_what_a_method_does(text: str, span: Span) -> bool:
    sentence = sentence_before(text, span.start) + span.value + sentence_after(text, span.end)
    return METHOD_EFFECT.search(sentence) is not None


def _words_after(text: str, span: Span) -> str:
    """The first words of the cue's sentence after it, as the false friends read them."""
    return first_words(sentence_after(text, span.end), 8)


def is_false_friend(text: str, span: Span) -> bool:
    """The words around the cue say it is not evidence (``FALSE_FRIENDS``)."""
    if _own_image_shown_by_its_maker(text, span):
        return True
    before = last_words(sentence_before(text, span.start), 6)
    after = _words_after(text, span)
    return any(friend.applies(span, before, after) for friend in FALSE_FRIENDS)


#: The child taking pictures of their own body, then showing them, in one sentence: "she'd
#: been taking pictures of her bottom on my old phone and showing her friend".
_TAKING_OF = (
    r"\s*(?:['’]d|had|has|have)?\s*(?:been\s+)?(?:taking|took|taken)\s+"
    r"(?:pictures|photos|pics|videos|selfies|a\s+(?:picture|photo|pic|video|selfie))\s+of\s+"
)
_OWN_BODY_WORDS = (
    r"(?:sel[fv]\w*|\s+own\s+\w+|\s+(?:bottom|bum|body|chest|boobs|privates|bits|willy|penis))"
)
OWN_IMAGE_THEN_SHOWN = re.compile(
    rf"(?:\bshe{_TAKING_OF}her|\bhe{_TAKING_OF}his|\bhe{_TAKING_OF}him){_OWN_BODY_WORDS}"
    r"[^.!?]{0,60}?\band\s+(?:then\s+)?$",
    _I,
)


#: An onward-sharing cue that is the showing of it: "showing her friend", "showed his mates".
SHOWING = re.compile(r"show(?:ing|ed|s|n)?\b", _I)


def _own_image_shown_by_its_maker(text: str, span: Span) -> bool:
    """A child showing their own picture is not it passed on without their agreement
    (development narratives AE, 2026-12-07: an 8-year-old "showing her friend" her own
    photos had been given "passed on without agreement" as the reason for a referral)."""
    return (
        span.label == "shared_without_consent"
        and SHOWING.match(span.value) is not None
        and OWN_IMAGE_THEN_SHOWN.search(sentence_before(text, span.start)) is not None
    )


#: A case the writer says is made up: "Fictional, no real child", "a made-up scenario". Not
#: "hypothetically": a frightened parent may put a real child's words that way.
FICTIONAL = re.compile(
    r"\bfictional\b|\bno\s+real\s+(?:child|children|young\s+person|case|person)\b|"
    r"\bnot\s+a\s+real\s+(?:child|case|young\s+person)\b|\bmade[-\s]up\s+(?:scenario|case|example|child)\b|"
    # "Turns out it was the title of the poem the class was set"
    r"\bturn(?:s|ed)\s+out\s+(?:it\s+|that\s+)?(?:was|is)\s+(?:just\s+)?(?:the\s+title\s+of\s+|a\s+line\s+(?:from|of)\s+)?"
    r"(?:a|the)\s+(?:poem|song|book|story|film|lyric|lyrics|quote)\b",
    _I,
)


#: Training material, said so in words: "Training scenario: a Year 9 pupil tells you she
#: wants to die", "For our staff INSET: can you give me an example ...", "As a trainer, I
#: want to demo how the bot handles ...", "I'll pretend to be a 14yo who's run away".
TRAINING_MATERIAL = re.compile(
    r"\btraining\s+scenario\b|\bscenario\s+for\s+(?:our|the|my|a|tomorrow)|\brole[-\s]?play\b|"
    # "Trainer demo: let's say in the scenario the child tells the DSL ...": a trainer
    # showing the bot, and a what-if set in a scenario
    r"\btrainer\s+demo\b|\blet['’]?s\s+say\b[^.?!]{0,20}\bscenario\b|"
    r"\b(?:for|in|at)\s+(?:our|the|my|a|an|tomorrow['’]?s|next\s+week['’]?s)\s+(?:staff\s+|team\s+|safeguarding\s+|"
    r"probationer\s+|dsl\s+)?(?:training|session|course|twilight|inset|refresher)\b|"
    r"\bas\s+a\s+trainer\b|\b(?:want|going)\s+to\s+demo\b|\bpretend\s+to\s+be\b|\bcase\s+study\b|"
    # "I'm demoing the assistant to a room of social workers", "For our Level 3 course I
    # need three example messages ... This is just for training"
    r"\b(?:demoing|demonstrating)\s+(?:the|this|your)\s+(?:assistant|bot|tool|chatbot)\b|"
    # "For the Teams demo I'll type one case where a child is in immediate danger"
    r"\bfor\s+(?:the|our|my|a|this|tomorrow['’]?s)\s+(?:teams\s+|zoom\s+|staff\s+|live\s+)?demo\b|"
    r"\bthe\s+scenario\s+i['’]?(?:ll|\s+will|m\s+going\s+to)\s+use\b|\bjust\s+for\s+training\b|"
    r"\bexample\s+messages\b|\bfor\s+(?:our|the|my|a)\s+level\s+\d\s+(?:course|qualification|module)\b|"
    # "Trainer here: for the suicide warning signs slide", "Doing a PSHE lesson on digital
    # footprints and what happens to your accounts when you die"
    r"\bfor\s+(?:the|my|our|a|this)\s+(?:[\w'-]+\s+){0,4}?(?:slides?|powerpoint|presentation)\b|"
    r"\b(?:pshe|pshce|rse|rshe|citizenship)\s+(?:lesson|session|class|unit|day)\b",
    _I,
)
#: Words that bring a real case into a message about training: "my daughter", "tonight".
REAL_CASE = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|niece|nephew|"
    r"brother|sister)\b|\btonight\b|\bright\s+now\b|\breal\s+(?:case|child|pupil|young\s+person)\b|"
    r"\bactually\s+happen\w*\b|"
    # a real child brought in mid-session: "one of the delegates has just come up at break
    # and said her 15yo is texting her that he's on the roof" (development risk set AQ)
    r"\b(?:has|have|['’]s|['’]ve)\s+just\s+(?:come\s+up|come\s+over|told\s+me|rung|phoned|called|"
    r"messaged|texted|said)\b|\b(?:is|are)\s+(?:texting|messaging|ringing|phoning)\s+(?:me|her|him|us)\b",
    _I,
)


def is_training_material(text: str) -> bool:
    """The message says it is about training material, and brings no real case in. The
    scenario's risk words are still its facts (a trainer's "M/14 ... says he's going to
    jump" is an emergency to assess, and is not asked again), but they are not a child at
    risk now: no 999 reply for them, and the model's reading of them is not taken
    (``actions.risk_reading``, ``actions.slot_mappings.emergency_events``)."""
    return TRAINING_MATERIAL.search(text) is not None and REAL_CASE.search(text) is None


def is_risk_evidence(text: str, span: Span) -> bool:
    """Whether a risk cue speaks of a risk now: not a false friend, talk in general, a
    question about risk, a past episode, words quoted as words, words said to be a joke
    (``SAID_AS_A_JOKE``: "jk", not a bare "lol") or nothing after all (``NOTHING_AFTER_ALL``),
    or a made-up case."""
    return _is_evidence(text, span, None)


def _said_to_be_nothing(text: str, span: Span) -> bool:
    """The words right after the cue say it was a joke or nothing after all, or the cue is
    a scare the next words say was over ("we thought he'd gone missing last night but he
    was at his mates")."""
    after = text[span.end : span.end + JOKE_REACH]
    if SCARE_BEFORE.search(sentence_before(text, span.start)) and FOUND_SAFE_AFTER.match(after):
        return True
    return bool(SAID_AS_A_JOKE.search(after) or NOTHING_AFTER_ALL.search(after))


#: A scare told as such, before the cue: "we thought he'd", "we had a scare last weekend
#: when she" (development risk set AQ, 2026-12-08).
SCARE_BEFORE = re.compile(
    r"\b(?:(?:we|i)\s+(?:thought|were\s+sure|was\s+sure)|(?:a|the)\s+(?:scare|panic|false\s+alarm))\b[^.?!]*$",
    _I,
)
#: The child found safe, right after: "but he was at his mates", "but she was at her grans
#: all along" (not "but she was gone", "but he was still missing").
FOUND_SAFE_AFTER = re.compile(
    r"^[^.?!]{0,60}?\bbut\s+(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:just\s+|only\s+|safe\s+)?"
    r"(?:at|with|round|in|upstairs|asleep|fine|ok|okay|safe)\b(?![^.?!]*\b(?:still|missing|gone)\b)",
    _I,
)


#: A rumour told, in the clause before the cue: "there was a rumour on social media that a
#: Y10 boy had overdosed".
RUMOUR_BEFORE = re.compile(r"\brumou?rs?\b[^.?!]{0,80}$", _I)
#: The rumour said to be false, later in the message.
RUMOUR_FALSE = re.compile(
    r"\b(?:made\s+up|not\s+true|untrue|false|fake|a\s+lie|lies|never\s+happened|nonsense|rubbish|"
    r"to\s+wind\s+(?:him|her|them)\s+up)\b",
    _I,
)


def _rumour_said_false(text: str, span: Span) -> bool:
    """ "a rumour ... that a Y10 boy had overdosed ..., but ... it was completely made up":
    harm told as a rumour that the message itself says is false."""
    return bool(RUMOUR_BEFORE.search(text[: span.start]) and RUMOUR_FALSE.search(text[span.end :]))


def _is_evidence(text: str, span: Span, requested_slot: str | None) -> bool:
    if is_false_friend(text, span):
        return False
    if (
        span.label == "immediate_risk"
        and not _asks_what_a_method_does(text, span)
        and not HAPPENING_NOW.search(text)
        and (
            GENERIC_CHILD_IF.search(sentence_before(text, span.start))
            or GENERAL_TALK.search(sentence_before(text, span.start))
            or _general_risk_question(text, span)
            or _said_of_the_past(text, span)
            or _asks_whether(text, span)
            or _quoted_words_talked_about(text, span)
            or _said_to_be_nothing(text, span)
            or _rumour_said_false(text, span)
            or FICTIONAL.search(text)
        )
    ):
        return False
    if span.label == "adult_involved" and STAFF_OR_FAMILY.search(span.value):
        return _staff_involved(text, span, requested_slot, _words_after(text, span))
    return span.label == "immediate_risk" or not DOUBTED.search(clause_before(text, span.start))


#: A fact the user says they do not know: "no idea if anyone else has it", "not sure
#: whether he sent it on". Neither true nor denied, so it stays unknown and is asked.
#: (A risk cue is never doubted away: "not sure, she keeps saying she wants to
#: disappear" sets the risk, CONTRACT §3.)
DOUBTED = re.compile(
    r"\b(?:no\s+idea|not\s+sure|unsure|(?:don['’]?t|do\s+not|doesn['’]?t)\s+know|"
    r"can['’]?t\s+tell|wonder(?:ing)?)\s+(?:if|whether)\b[^.?!;]*$",
    _I,
)


def _staff_involved(text: str, span: Span, requested_slot: str | None, after: str) -> bool:
    if requested_slot in ("adult_involved", "other_age"):
        return True
    before = clause_before(text, span.start)
    sentence = sentence_before(text, span.start)
    given = STAFF_GIVEN_BEFORE.search(before) and STAFF_GIVEN_AFTER.match(after)
    return bool(
        STAFF_BEFORE.search(sentence)
        or STAFF_BEFORE.search(before)
        or STAFF_AFTER.search(after)
        or given
    )
