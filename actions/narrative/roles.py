"""Who is asking (``role``) and where (``jurisdiction``).

Role: a user's role changes wording, never the level, but a wrong one makes every
answer sound off, so a role is only taken from the user speaking of themselves
("I'm the DSL", "as a police officer", "my daughter", "DSL here"), from a very short
message ("DSL", "police"), or from the answer to the role question. "The DSL told me"
and "a PC came round" say nothing about the user. When first-person statements
disagree, the first wins.

Jurisdiction: nations, places and forces. Cues that disagree ("I said Wales but it's
England") set nothing: the question is asked rather than guessed.
"""

from __future__ import annotations

import re

from actions.narrative.context import Span, first_words, last_words, sentence_before, words
from actions.narrative.negation import negator_before
from actions.narrative.vocabulary import (
    FORCES,
    ROLE_SYNONYMS,
    jurisdiction_of,
    role_of,
)

_I = re.I
FIRST_PERSON_VALUE = re.compile(r"^(?:i|im|we|as|speaking\s+as|my|our)\b", _I)
FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:i\s*'?m|i\s+am|we\s*'?re|we\s+are|i\s+work\s+as|as|speaking\s+as|this\s+is|"
    # "I'm from the youth justice team", "I'm with the social work team"
    r"(?:i\s*'?m|i\s+am|we\s*'?re|we\s+are)\s+(?:from|with|in|on)\s+(?:the|a|an|our)|"
    # "I work in a residential children's house" (development narratives AG, 2026-12-07)
    r"(?:i|we)\s+work\s+(?:in|at|for)\s+(?:the|a|an|our)|"
    r"i'm\s+the|my\s+role\s+is|my\s+job\s+is)\s+(?:(?:a|an|the|one\s+of\s+the|her|his|their)\s+"
    # "I'm the church youth worker", "I'm a duty social worker": one word of what kind
    r"(?:(?!(?:girl|boy|child|pupil|student|son|daughter|kid)['’]?s?\b)[a-z&-]+\s+){0,2})?$",
    _I,
)
HERE_AFTER = re.compile(r"^\s*here\b", _I)
#: The writer's notes signed with their title in brackets: "Pasting my notes (designated
#: teacher for child protection, post-primary)".
OWN_NOTES_BEFORE = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:notes|log|record|chronology)\s*\(\s*$|"
    # "came to see me (Head of Year 10)", "Logged 14:05 by Designated Teacher"
    r"\bme\s*\(\s*$|^\W*(?:logged|recorded|written|entered|completed)\s+(?:at\s+)?(?:[\d:.]+\s+)?by\s+$",
    _I,
)
#: A title opening the message and set off by punctuation is a self-introduction in
#: officers' and staff shorthand: "DC in CAIT, query about...", "Response officer - ...".
OPENING_TITLE_AFTER = re.compile(r"^\s*(?:[,:;.]|-|–|—)", _I)
#: Words that open a message before the writer's title: "Hi, ", "Quick one - ".
_GREETING = (
    r"hi|hello|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)|quick\s+one|quick\s+q(?:uestion)?|"
    # Welsh: "Bore da. DSL in a secondary near Caernarfon."
    r"bore\s+da|prynhawn\s+da|noswaith\s+dda|shwmae|helo|"
    # "Pasting my notes. DSL, comprehensive in Newport."
    r"(?:pasting|pasted|copied)\s+(?:from\s+)?(?:my|our)\s+(?:notes|log|chronology)"
)
OPENING = re.compile(rf"^\W*(?:(?:{_GREETING})\W+)?$", _I)
TRAINING_CONTEXT = re.compile(
    r"for\s+(?:a\s+)?training|training\s+(?:session|course|purposes)|"
    r"^(?:running|delivering|leading|planning|preparing|prepping|doing)\b",
    _I,
)
#: Around the word "training": "writing a training scenario for new DSLs", "for a PSNI
#: training input", "a training exercise": someone preparing training, not a case.
TRAINING_AROUND = re.compile(
    r"\btraining\s+(?:session|course|purposes|scenarios?|input|exercise|day|event|package|"
    r"materials?|slides?|deck|inset|case\s+stud(?:y|ies))\b|"
    r"\bfor\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}training\b",
    _I,
)
#: An officer's opening naming the force or area and the team: "Northumbria response.",
#: "Kent CID -", "Lewisham NPT:".
FORCE_TEAM_OPENING = re.compile(
    r"^\W*(?P<place>(?:[\w-]+\s+){1,3}?)(?:police\s+)?(?:response|cid|npt|cait|ppu|mash|"
    r"public\s+protection)\s*(?:[.,:;!]|-|–|—|here\b|team\b|officer\b)",
    _I,
)


#: Words only someone in that role writes of their own work: police notes ("RP is mum",
#: "got a job for", "on lates at the station", "words of advice", "bodycam", "Control
#: room.", "CID."), school staff ("pastoral here", "one of my lot in 9X", "head of S3",
#: "head of a small primary", "my tutor group"), health ("GP here"), a coach ("I coach
#: U15s"), a trainer ("a case study for", "my INSET"). Read after any first-person title.
JARGON: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "police",
        re.compile(
            r"^\W*(?:RP|IP|OIC)\s+(?:is|was)\b|\bgot\s+a\s+job\s+(?:for|re|about|in)\b|"
            r"\bon\s+(?:lates|earlies|nights|response|the\s+front\s+desk)\b|\bwords\s+of\s+advice\b|"
            r"\bbody\s*-?\s*cam\b|\bbwv\b|^\W*(?:control\s+room|CID|comms|the\s+hub)\s*[.,:;-]|"
            r"\bI['’]?m\s+(?:the\s+|an?\s+)?SLO\b|\bI\s+(?:crimed|have\s+crimed)\b|"
            # "On my beat, ...", "My neighbourhood team's had a call", "Custody, Northumbria."
            r"\b(?:on|in)\s+my\s+beat\b|\bmy\s+(?:neighbourhood|safer\s+neighbourhoods?|response)\s+"
            r"(?:team|policing\s+team)\b|^\W*custody\s*[.,:;-]|"
            # "Single crewed tonight", "Job from the school bus", "Got passed a job", "Log
            # passed to me from control", "DC, Met CAIT.", "Crime report:"
            r"\bsingle[\s-]crewed\b|^\W*(?:got\s+(?:passed\s+)?a\s+)?job\s+(?:from|at|on|in|re)\b|"
            r"\bpassed\s+(?:a\s+job|to\s+me\s+(?:from|by)\s+control)\b|\bfrom\s+control\b|"
            r"^\W*(?:DC|DS|PC|PCSO|Sgt|DI)\s*(?:\d+\s*)?[,.:;-]|^\W*crime\s+report\s*[:.-]|"
            # "our control room", "Calling from the control room, Thames Valley"
            r"\b(?:our\s+(?:force\s+)?|from\s+the\s+)control\s+room\b|"
            # "We're the force's child internet exploitation team"
            r"\b(?:i\s*['’]?m|i\s+am|we\s*['’]?re|we\s+are)\s+(?:in\s+|with\s+|on\s+)?the\s+force['’]?s\b|"
            # "PS, Tayside Division." (a sergeant's opening; a postscript comes last), "Q Div
            # response.", "Tayside Division CID -"
            r"^\W*PS\s*[,:;-]|^\W*(?:[\w-]+\s+){1,2}div(?:ision)?\s+(?:response|cid|npt)\b|"
            # "We arrested him this morning", "F/16 reporting ex (18) has ...", a Scots
            # "complainer"
            r"\b(?:we|i)(?:\s+have|['’]ve)?\s+(?:arrested|nicked|charged|interviewed\s+(?:him|her)\s+under\s+caution)\b|"
            # "Evening shift, Hampshire. Report from a mum"
            r"^\W*(?:evening|night|late|early|day|morning)\s+shift\W+[^.]{0,30}\.\s*(?:report|call|job)\s+from\b|"
            r"\b[MF]\s*/?\s*\d{1,2}\s+(?:reporting|reports|reported|states|stated|alleges|alleged)\b|"
            r"\bcomplainer\b|"
            # "Edinburgh division, urgent.", "Units searching", "units en route"
            r"^\W*(?:[\w-]+\s+){1,2}div(?:ision)?\s*[,.:;!-]|"
            r"\bunits?\s+(?:are\s+|now\s+)?(?:searching|en\s+route|deployed|dispatched|on\s+scene|attending\s+now)\b|"
            # "Attended address in Bristol re 14yo girl": an officer's log opening
            r"^\W*(?:i\s+|we\s+)?(?:have\s+)?attended\s+(?:an?\s+|the\s+)?(?:address|call|job|incident|property)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "school",
        re.compile(
            r"^\W*pastoral\s+(?:here|lead|team)\b|\bmy\s+lot\s+in\s+(?:\d{1,2}[a-z]{1,3}|y(?:ear)?\s*\d{1,2})\b|"
            r"^\W*head\s+of\s+(?:s\s*\d|year\s*\d{1,2}|y\d{1,2}|(?:a|an|the|our)\s+(?:\w+\s+)?"
            r"(?:primary|secondary|school|academy|college))\b|\bmy\s+(?:tutor|form)\s+group\b|"
            r"\bI['’]?m\s+(?:a|the)\s+(?:personal\s+)?tutor\s+at\b|"
            # "I'm the filmed boy's tutor", "I'm the girl's form tutor"
            r"\bI['’]?m\s+the\s+(?:[\w-]+\s+){0,2}(?:boy|girl|lad|lass|pupil|student|child|kid)['’]s\s+"
            r"(?:form\s+|class\s+)?(?:tutor|teacher|head\s+of\s+year)\b|"
            # school safeguarding logs and Scottish guidance staff: "logging this on MyConcern",
            # "on CPOMS", "PT Guidance at a secondary", "my guidance caseload"
            r"\b(?:on|in|onto|from)\s+(?:myconcern|my\s+concern|cpoms)\b|^\W*PT\s+guidance\b|"
            r"\bmy\s+guidance\s+(?:caseload|class|group|pupils?)\b|"
            # "writing from my office at school", "the duty houseparent at our boarding school",
            # "From a boarding school in Shropshire:"
            r"\bmy\s+office\s+at\s+(?:the\s+|our\s+)?school\b|\b(?:house\s*parent|housemistress|house\s+mistress)\b|"
            r"^\W*from\s+(?:a|our|the)\s+(?:boarding\s+|secondary\s+|primary\s+)?school\b|"
            # "I'm on duty in the dining hall", "on lunch duty"
            r"\bI['’]?m\s+on\s+(?:lunch\s+|break\s+|playground\s+)?duty\s+(?:in|on|at)\s+the\s+"
            r"(?:dining\s+hall|canteen|playground|yard|corridors?|field|gate)\b|\bon\s+(?:lunch|break|playground)\s+duty\b|"
            # "I'm DHT with the pastoral remit", "One of my Year 8 tutees", "Had parents in this
            # morning", Welsh "Athro here" (a teacher), "Do I need to log it / tell parents?"
            r"\bI['’]?m\s+(?:the\s+|a\s+)?(?:DHT|AHT)\b|"
            r"\bmy\s+(?:year|yr|y)\s*\d{1,2}\s+(?:tutees?|tutor\s+group|form\s+group|form\s+class|class)\b|"
            r"^\W*(?:(?:we|i)(?:['’]ve|\s+have)\s+(?:just\s+)?)?had\s+(?:a\s+|the\s+)?(?:parents?|mum|dad)\s+in\s+"
            r"(?:this|today|first)\b|"
            r"^\W*(?:athro|athrawes|pennaeth)\b|\b(?:do|should)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?log\s+(?:it|this)\b|"
            # "Pasting from our log. Today at 13:10 a Year 7 pupil ...": a school's log
            r"^\W*(?:sorry\s+for\s+the\s+length\W+)?(?:pasting|pasted|copied)\s+(?:this\s+)?from\s+our\s+(?:safeguarding\s+)?log\b(?=[^\n]*\bpupils?\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "other",
        re.compile(
            r"^\W*(?:GP|practice\s+nurse|school\s+nurse|health\s+visitor)\s+here\b|"
            r"\bI\s+coach\s+(?:the\s+)?u-?\d{1,2}s?\b|"
            # "I run the under-14s at a football club", "I manage the U15s"
            r"\bI\s+(?:run|manage|coach|help\s+with|look\s+after)\s+(?:the\s+|our\s+)?(?:under[-\s]?\d{1,2}s?|u-?\d{1,2}s?)\b|"
            # "Youth work manager in Dundee", "a youth worker here", "Detached youth work in Angus"
            r"^\W*(?:detached\s+)?youth\s+work(?:er)?\b|\ba\s+youth\s+worker\s+here\b|"
            # faith and sports groups: "I run the Friday youth fellowship at our kirk", "my
            # volunteer leaders at the kirk youth group", "head coach at a swim club"
            r"\bI\s+run\s+(?:the|our|a)\s+(?:\w+\s+)?(?:youth\s+(?:fellowship|group|club)|church\s+youth)\b|"
            r"\bmy\s+volunteer\s+leaders?\b|^\W*(?:head\s+|assistant\s+)?coach\s+at\s+(?:a|our|the)\b|"
            r"\bfrom\s+a\s+youth\s+worker\b|"
            # "Our little youth club on Westray", "from our church youth group"
            r"\bour\s+(?:little\s+|local\s+|small\s+)?(?:church\s+|kirk\s+|chapel\s+|mosque\s+)?youth\s+"
            r"(?:club|group|fellowship)\b|"
            # "I work for a homelessness charity", "I run a boxing gym", "I lead the madrassah"
            r"\bI\s+work\s+(?:for|at|with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:charity|project|organi[sz]ation)\b|"
            # "Working in a Barnardo's service", "I'm with the NSPCC"
            r"\b(?:working|I\s+work|I\s*['’]?m|I\s+am|we\s*['’]?re)\s+(?:in|for|at|with)\s+(?:a\s+|an\s+|the\s+)?"
            r"(?:barnardo['’]?s|nspcc|action\s+for\s+children|children['’]?s\s+society|childline|brook|catch\s*22)\b|"
            r"\bI\s+run\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}(?:gym|club|team|group|centre|center|project)\b|"
            r"\bI\s+(?:lead|run|teach\s+at|help\s+(?:at|with)|volunteer\s+at)\s+(?:the|a|our)\s+(?:[\w-]+\s+)?"
            r"(?:madrass?ah?|madrasa|mosque|church|gurdwara|temple|synagogue|kirk|sunday\s+school)\b|"
            # "I'm his SW", "The lad I support through our youth project", notes signed by a
            # children's trust or social care
            r"\bI['’]?m\s+(?:his|her|their|the)\s+(?:allocated\s+)?SW\b|"
            # "Child on my caseload", "(from our case notes)", "comes to our Tuesday drop-in"
            r"\b(?:on|in)\s+my\s+caseload\b|\bour\s+case\s+notes\b|"
            r"\b(?:our|the)\s+(?:[\w-]+\s+)?drop[-\s]?in\b|"
            r"\b(?:lad|lass|girl|boy|young\s+(?:person|man|woman)|yp)\s+I\s+support\b|"
            r"\bthrough\s+our\s+youth\s+(?:project|club|service|group)\b|"
            r"\((?:[\w-]+\s+){0,2}children['’]?s\s+(?:trust|services|social\s+care)\)",
            re.IGNORECASE,
        ),
    ),
    (
        "trainer",
        re.compile(
            r"\b(?:writing|preparing|putting\s+together|designing)\s+(?:a|an)\s+(?:\w+\s+)?"
            r"(?:case\s+study|scenario|exercise)\b|\bprobationer\s+input\b|"
            r"\b(?:for|running|delivering|prepping|preparing|planning)\s+(?:my|our|an?|the)\s+inset\b|"
            r"\bmy\s+inset\s+(?:on|for|next|this)\b|"
            # "For a session with new child protection coordinators", "Case study for DSLs",
            # "Scenario for my Welsh DSL cohort"
            r"^\W*(?:for\s+a\s+(?:session|course|training)\s+(?:with|for)|case\s+study\s+for|"
            r"scenario\s+for\s+(?:my|our|the|an?)|exercise\s+for\s+(?:a|my|our|the))\b|"
            r"\ba\s+(?:\w+\s+){0,3}course\s+I['’]?m\s+(?:teaching|running|delivering)\b|"
            # "Putting together a training pack", "I'm putting together an INSET", "Designing an
            # e-learning module"
            r"\b(?:putting\s+together|designing|building|developing|preparing|planning)\s+(?:an?|our|my|the)\s+"
            r"(?:[\w-]+\s+){0,2}(?:inset|training|e-?learning|module|course|cpd|lesson\s+plan|workshop|refresher|"
            r"briefing)\b|"
            # "I train youth workers", "I deliver CPD to teachers", "I lead the safeguarding
            # induction", "Doing a demo for the leadership team", "Facilitating a parents'
            # evening talk", "teaching colleagues about", "a tabletop exercise", "preparing a
            # training scenario"
            r"\bI\s+(?:train|facilitate|deliver\s+(?:cpd|training|sessions|workshops))\b|"
            r"\bI\s+lead\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:induction|training)\b|"
            r"^\W*(?:doing|running|giving|prepping|preparing|facilitating|presenting|hosting|setting\s+up)\s+(?:a|an|the|our|my)\s+"
            r"(?:[\w'’-]+\s+){0,3}(?:demo|tabletop|talk|session|workshop|presentation|exercise|refresher)\b|"
            # "want to demo a scenario"
            r"\b(?:want|wanted|going|need)\s+to\s+demo\s+(?:a|the|this|one)\s+(?:scenario|case)\b|"
            r"\bteaching\s+(?:my\s+|our\s+)?(?:colleagues|staff|the\s+team)\b|\btable\s*-?\s*top\s+exercise\b|"
            r"\btraining\s+scenario\b|"
            # "Using this as a warm-up case with a group of heads of year. Scenario: ..."
            r"\b(?:warm[-\s]?up|practice)\s+(?:case|scenario|exercise)\b|"
            # "I'm running a multi-agency session for DSLs in Norfolk next week"
            r"\b(?:running|delivering|leading|facilitating)\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}"
            r"(?:session|workshop|course)\s+for\s+(?:dsls?|staff|teachers|officers|social\s+workers|"
            r"colleagues|governors|schools|probationers)\b|"
            # "Scenario for this afternoon's DSL refresher", "Right team, case study.", "For
            # this session imagine the following."
            # "Scenario for this afternoon's DSL refresher", "Scenario for Thursday's multi-agency
            # training", "Scenario 3 for the Newport and Torfaen schools session"
            r"^\W*scenario\s+(?:for\s+(?:this|today['’]?s|tomorrow['’]?s|next|this\s+\w+['’]?s)\b|"
            r"for\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}(?:training|inset|cpd|session|course|refresher)\b|\d+\b)|"
            r"^\W*(?:(?:right|ok|okay|so|now)\W+)?(?:team|everyone|folks|all|people)\W+"
            r"(?:case\s+study|scenario|next\s+scenario)\b|"
            r"\bimagine\s+the\s+following\b|\bfor\s+this\s+(?:session|exercise|activity)\W+imagine\b|"
            # "Setting up a scenario for our Glasgow DSL cluster", "this is the demo case for the
            # DSL refresher"
            r"\bsetting\s+up\s+(?:a|the)\s+(?:scenario|case\s+study|exercise)\b|\bdemo\s+(?:case|scenario)\b|"
            # "Demo for foster carers. Case: ..."
            r"^\W*demo\s+for\s+(?:the\s+|our\s+|a\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:carers|parents|staff|dsls?|"
            r"teachers|officers|governors|social\s+workers|colleagues|team|group|cohort|probationers|room|class)\b|"
            # "Scenario: a Year 6 boy uses a nudify website ... Discuss.": a case set for a room
            r"^\W*(?:case\s+)?scenario\s*(?:\d+\s*)?[:–—-]|"
            # "demo for a safeguarding course in NI:", "Quiz question for my session:"
            r"^\W*demo\s+for\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}(?:course|session|training|workshop)\b|"
            r"^\W*quiz\s+(?:question|scenario|case)\s+for\s+(?:my|our|the|a|an|this|today['’]?s)\s+"
            r"(?:[\w-]+\s+){0,2}(?:session|training|course|class|group|inset|workshop)\b|"
            # "Quick one for our Year 7 pastoral training:", "Quick one for today's session:": a
            # message opening on the training it is for
            rf"^\W*(?:(?:{_GREETING})\W+)?for\s+(?:(?:our|my|the|a|an|this|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}"
            r"(?:training|inset|cpd|refresher)|(?:today['’]?s|tomorrow['’]?s|this\s+afternoon['’]?s|"
            r"this\s+morning['’]?s)\s+session)\b",
            re.IGNORECASE,
        ),
    ),
)

TRAINER_JARGON = dict(JARGON)["trainer"]

#: What a trainer runs or prepares for a room: a session, a twilight, slides, a case study,
#: a role-play, a quiz, facilitator notes. Read only beside the trainer's own part in it
#: (``TRAINING_PARTS``): "a session" alone is as often a counselling session.
TRAINING_WORK = (
    r"(?:training(?!\s+(?:ground|kit|pitch|match))|sessions?|twilight|inset|cpd|workshops?|course|module|"
    r"e-?learning|briefing|refresher|induction|lecture|seminar|input|lunch\s+and\s+learn|"
    r"table\s*-?\s*top|role\s*-?\s*plays?|demo|presentation|slides?|slide\s+deck|quiz|"
    r"case\s+stud(?:y|ies)|scenarios?|mock\s+(?:case|incident|call|log|scenario|exercise)|"
    r"facilitator['’]?s?\s+notes|discussion\s+questions|information\s+evening|talk|model\s+answer|"
    r"power\s*point|ppt|"
    r"exercise|e-?module|masterclass|webinar|toolbox\s+talk)\b"
)
#: Who a trainer speaks to: "a session for our control room staff", "a demo for the
#: governors", "a role play with new PCSOs", "the room will be heads of year".
_AUDIENCE = (
    r"(?:(?:the|our|my|new|all|a\s+room\s+of|a\s+group\s+of|a\s+room\s+full\s+of|some)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}(?:staff|governors|parents|carers|officers|recruits|probationers|students|"
    r"coaches|dsls?|heads|leaders|teachers|colleagues|youth\s+workers|social\s+workers|pcsos|workers|"
    r"volunteers|trainees|nqts|ects|schools|team|cohort|delegates|practitioners|nurses|"
    r"call\s+handlers|tutors|heads\s+of\s+year|partners|agencies|foster\s+carers)\b"
)
_DELIVER = (
    r"(?:co-?)?(?:running|run|leading|lead|delivering|deliver|doing|do|giving|give|prepping|prep|"
    r"preparing|prepare|writing|write|designing|design|planning|plan|facilitating|facilitate|"
    r"presenting|present|putting\s+together|put\s+together|building|build|creating|create|"
    r"teaching|teach|lecturing|hosting|host|drafting|draft|developing|develop)"
)
#: The trainer's own part in it, said in one of five ways.
TRAINING_PARTS = re.compile(
    # 1. the first person delivering it: "the NQT induction session I'm running", "I've been
    #    asked to do the safeguarding update at our INSET", "our DSL has asked me to
    #    co-deliver the staff briefing", "I lecture on the PGDE", "I'm training a group of"
    rf"\b(?:I|we)\s*(?:['’]?m|\s+am|['’]?re|\s+are|['’]?ll\s+be|\s+will\s+be|"
    r"(?:['’]?ve|\s+have)\s+been\s+asked\s+to|\s+was\s+asked\s+to|['’]?m\s+going\s+to|"
    rf"\s+need\s+to|\s+have\s+to|\s+want\s+to|\s+get\s+to)?\s+{_DELIVER}\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"{TRAINING_WORK}|"
    rf"\b{TRAINING_WORK}\s+(?:that\s+|which\s+)?(?:I|we)\s*(?:['’]?m|\s+am|['’]?re|\s+are|['’]?ll\s+be)\s+"
    rf"{_DELIVER}\b|"
    rf"\basked\s+me\s+to\s+{_DELIVER}\s+(?:[\w'’-]+\s+){{0,4}}?{TRAINING_WORK}|"
    rf"\bI\s+(?:lecture|teach)\s+on\b|\bI['’]?m\s+training\s+{_AUDIENCE}|"
    # 2. a message that opens on the work: "prepping slides for a twilight", "doing a lunch
    #    and learn for", "Help me design a table-top", "Going to do a role play with"
    #    "Im a sen teacher in Bridgend, doing an INSET on": or a clause after a comma
    rf"(?:^\W*(?:(?:hi|hello|morning|quick\s+one)\W+)?|,\s*)(?:(?:help\s+me|going\s+to|gonna|need\s+to|want\s+to)\s+)?"
    rf"{_DELIVER}\s+(?:[\w'’-]+\s+){{0,4}}?{TRAINING_WORK}|"
    # 3. the work is one's own: "for my CPD session", "for my safeguarding presentation",
    #    "scenario for the course pls", "Mock case for the course:"
    rf"\bfor\s+(?:my|our)\s+(?:[\w'’-]+\s+){{0,3}}{TRAINING_WORK}|"
    r"\bfor\s+(?:the|a|an|this|next\s+week['’]?s|tomorrow['’]?s|today['’]?s)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:course|training|workshop|inset|cpd|twilight|briefing|refresher|induction|module|presentation|demo|"
    r"table\s*-?\s*top|lunch\s+and\s+learn|training\s+night|webinar|masterclass)\b(?!\s+of\b)|"
    # 4. the work and its audience: "a session for our control room staff", "slides for
    #    governors", "a role play with new PCSOs", "parents' workshop", "Audience is youth workers"
    rf"\b{TRAINING_WORK}\s+(?:for|with|to)\s+{_AUDIENCE}|"
    r"\b(?:parents['’]?|carers['’]?)\s+(?:workshop|information\s+evening|session|talk)\b|"
    rf"\b(?:the\s+)?(?:audience|room)\s+(?:is|will\s+be|are)\s+{_AUDIENCE}|"
    # 5. asking for the material itself: "Can you role play a police call handler", "give me
    #    three short case studies", "Need a quick quiz", "draft facilitator notes"
    r"\b(?:can|could)\s+(?:you|u)\s+role\s*-?\s*play\b|"
    r"\b(?:give\s+me|write(?:\s+me)?|draft|make(?:\s+me)?|suggest|need|want|help\s+me\s+(?:design|write|draft|plan))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:case\s+stud(?:y|ies)|quiz|slides?|facilitator['’]?s?\s+notes|discussion\s+questions|"
    r"model\s+answer|role\s*-?\s*play|table\s*-?\s*top|mock\s+(?:case|incident|log|scenario))\b",
    _I,
)


#: A session for children is youth work or teaching, not training: "I'm running a session
#: on sexting for 13 to 16 year olds", "running a group session on nudes tomorrow".
FOR_CHILDREN_AFTER = re.compile(
    r"^(?:[^.?!]{0,40}?)\b(?:for|with)\s+(?:(?:the|our|my|some|a\s+group\s+of)\s+)?(?:pupils|kids|children|"
    r"young\s+people|teens|teenagers|yp|\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s*(?:year|yr)[\s-]*olds|"
    r"(?:year|yr|y|s)\s*\d{1,2}s?\b|the\s+year\s+group|(?:my|our|the)\s+class)\b",
    _I,
)
GROUP_WORK = re.compile(r"\bgroup\s+(?:session|work)\b", _I)


def preparing_training(text: str) -> bool:
    """Someone preparing or running training for others says two things: the work (a
    session, slides, a case study) and their own part in it (running it, "for my", its
    audience, asking for the material). Either alone is not enough: "during a counselling
    session", "I've done the training", "our staff training said". A session run for
    children is youth work or teaching (the role the message gives, if any)."""
    for found in TRAINING_PARTS.finditer(text):
        if not (
            FOR_CHILDREN_AFTER.match(text[found.start() :]) or GROUP_WORK.search(found.group(0))
        ):
            return True
    return False


#: A parent's own child, in family words: "Our Ciara's 14", "My wee lad's 13", "our eldest
#: is 15". The name is capitalised (case-sensitive); "one of my lads" is not here.
OWN_CHILD_BY_NAME = re.compile(
    r"\b[Oo]ur\s+[A-Z][a-z]{2,}(?:['’]s|\s+is)\s+(?:\d|only|just|now|nearly)|"
    r"\b(?i:my|our)\s+(?i:wee|little|eldest|youngest|oldest|middle)\s+(?i:lad|lass|boy|girl|one|wean|bairn)"
    r"(?:['’]s|\s+is|\s+has|\s+was)\b|"
    r"\b(?i:my|our)\s+(?i:eldest|youngest|oldest)(?:['’]s|\s+is|\s*\(\s*\d)|"
    # foster carers: "One of the girls we foster", "the lad we foster", "we're his foster
    # carers", "I'm her kinship carer"
    r"\b(?i:we|I)\s+(?i:foster)\b|"
    r"\b(?i:we\s*['’]?\s*re|we\s+are|i\s*['’]?\s*m|i\s+am)\s+(?i:his|her|their)\s+"
    r"(?i:foster|kinship|special\s+guardianship)\s+(?i:carers?|parents?|mum|dad|guardians?)\b"
)
#: Police notes' shorthand: "Susp 22yo M been grooming 14yo F ... IP at home". Two
#: different marks of it say an officer is writing (case-sensitive: "ip" and "v" are words).
POLICE_SHORTHAND = re.compile(
    r"\b(?:Susp|susp|Sus|IP|DP|OIC|RP|OCG|NFA|CAIT|OC21|PNC|DFU|MG11|CRIS|Niche|Athena|MISPER|Misper|"
    r"juvs?|Juvs?|JUVS?)\b|"
    # "V saying he wants to end it all": a capital V for the victim, then what they did
    r"\bV\s+(?:is|was|has|had|says|saying|said|states|stated|reports|reported|disclosed|sent|now)\b|"
    # "no op ref yet", "Suspect has no previous and no intel on him"
    r"\b(?i:op(?:eration)?\s+ref|no\s+previous|no\s+pre-?cons?|no\s+intel(?:ligence)?)\b|"
    r"\b\d{1,2}\s*(?:yo|yrs?)?\s?[MF]\b|\b[MF]\s?/\s?\d{1,2}\b|\b[MF]\d{1,2}\b"
)


def _police_shorthand(text: str) -> bool:
    """Two different marks; ages written "14F", "15yo M", "F/15", "M15" count as one mark
    together."""
    marks = {
        "age-sex" if re.search(r"\d", found.group(0)) else found.group(0).lower()
        for found in POLICE_SHORTHAND.finditer(text)
    }
    return len(marks) >= 2


#: The team first, then the force: "On the safeguarding hub, Dyfed-Powys.", "MASH - Gwent
#: Police:". A hub or MASH is shared with social care, so only a force's name says police.
TEAM_FORCE_OPENING = re.compile(
    r"^\W*(?:(?:on|in|from|at)\s+)?(?:the\s+)?(?:safeguarding\s+hub|mash|cait|ppu|public\s+protection"
    r"(?:\s+unit)?|cid|response|control\s+room)\s*[,:;–—-]\s*(?P<force>[\w\s-]{2,30}?)\s*(?:[.,:;!–—]|\s-\s|$)",
    _I,
)


#: A sergeant's opening, the title then the place: "PS in Dundee - S2 girl ..." (only with a
#: place the jurisdictions data names: "PS in case it matters" is a postscript).
SERGEANT_OPENING = re.compile(
    r"^\W*PS\s+(?:in|from|at)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)


def _force_team_opening(text: str) -> bool:
    sergeant = SERGEANT_OPENING.match(text)
    if sergeant is not None and jurisdiction_of(sergeant["place"]) is not None:
        return True
    found = FORCE_TEAM_OPENING.match(text)
    if found is not None and jurisdiction_of(found["place"].strip()) is not None:
        return True
    team_first = TEAM_FORCE_OPENING.match(text)
    if team_first is None:
        return False
    force = team_first["force"].strip()
    return force.lower() in FORCES or jurisdiction_of(force) is not None  # "Response, Leicester."


FILLER = re.compile(
    r"^(?:i|i'm|im|am|a|an|the|yes|yeah|hi|hello|it's|its|just|me|here|we|we're|m|ok|okay|"
    r"sorry|well|so|um|er|as)$",
    _I,
)
SHORT_MESSAGE_WORDS = 1
#: "my 15 year old", "our 13 yo", "my daughters ex": a parent speaking of their child.
_CHILD_AGE = r"(?:\d{1,2}|[a-z]+teen|twelve|eleven|ten|nine|eight|seven|six)"
MY_CHILD = re.compile(
    rf"\b(?:my|our)\s+{_CHILD_AGE}\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b"
    r"(?!s|\s+(?:pupils?|students?|learners?|class|tutees?|group))|"
    rf"\b(?:my|our)\s+{_CHILD_AGE}\s*(?:yo|y/o)\b|"
    # "my daughters ex", with the apostrophe left out
    r"\bmy\s+(?:daughters|sons)\b|"
    # "I'm writing about my own son" (development narratives AI, 2026-12-07)
    r"\bmy\s+own\s+(?:son|daughter|child|kid|boy|girl)\b|"
    # "our 15 year olds ipad", "my 15yr olds school photo", "me and my husband found"
    rf"\b(?:my|our)\s+{_CHILD_AGE}\s*-?\s*(?:years?|yrs?)\s*-?\s*olds\s+(?:ipad|phone|tablet|laptop|room|"
    r"bedroom|account|snapchat|instagram|(?:school\s+)?(?:photos?|pics?|pictures?|selfies?|nudes?|images?|videos?))\b|"
    r"\bme\s+and\s+my\s+(?:husband|wife|partner)\b|"
    # "I'm the girl's mum", "I'm the boy's dad"
    r"\bI['’]?m\s+the\s+(?:girl|boy|lad|lass|child|kid)['’]s\s+(?:mum|mam|mom|dad|da|mother|father|parent|"
    r"step-?(?:mum|dad)|nan|gran|grandma|grandad|carer|foster\s+(?:mum|dad|carer))\b|"
    # the heading of a parent's message: "Her dad.", "His mum here:", "I'm her dad -"
    r"^\W*(?:(?:i['’]?m|i\s+am)\s+)?(?:her|his)\s+(?:mum|mam|mom|dad|da|mother|father|step-?(?:mum|dad))"
    r"(?:\s+here)?\s*(?:[.:;!]|\s-\s)|"
    # a step-parent: "My husband's daughter (she's 13, stays with us weekends)"
    r"\bmy\s+(?:husband|wife|partner|fianc[ée]e?)['’]?s\s+(?:daughter|son|kid|child|boy|girl|lad)\b|"
    # "son is 17 and his girlfriend 16": the "my" left out at the start
    # "Daughter (14) sent a topless pic to a lad (15)"
    r"^\W*(?:son|daughter|daugter|daugther|dauhgter|duaghter)\s+(?:is|['’]s|has|was|\d{1,2}\b|\(\s*\d{1,2}\s*\))|"
    # Scots: "Ma boy's 15", "ma wee lassie is 13", "ma granwean is 11"
    r"\bma\s+(?:wee\s+)?(?:boy|lassie|laddie|wean|son|daughter|lad|girl|granwean|grandwean|gran\s+wean|"
    r"grandson|granddaughter|grandwean)(?:['’]s|\s+is|\s+has|\s+stays|\s+lives|\s+bides)\b|"
    # Irish and Scots: "Wee one's 14, Year 10", "our wee fella is 13"
    r"^\W*(?:(?:our|my|ma)\s+)?wee\s+(?:one|un|fella|lad|lass|lassie|man|boy|girl)(?:['’]s|\s+is)\s+\d|"
    r"\b(?:our|my|ma)\s+wee\s+(?:one|un|fella)(?:['’]s|\s+is)\b",
    _I,
)


#: "... at a secondary", "... in a primary school": the title is held in a school.
AT_A_SCHOOL_AFTER = re.compile(
    r"^\s*(?:at|in|for)\s+(?:a|an|the|our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:secondary|primary|school|academy|"
    r"high\s+school|college|sixth\s+form|comp|grammar)\b",
    _I,
)
#: "I'm ", "Im ", "I am " just before the adult's title: the person typing.
SELF_AS_ADULT = re.compile(r"(?:^|[.!?,;:]\s*|\band\s+)(?:i\s*['’]?m|i\s+am)\s+$", _I)
#: An aunt or uncle is a parent for this service only when they care for the child: "My
#: niece lives with us (I have guardianship)", "I'm his auntie and I've had him on a kinship
#: order"; "Aunty here, my niece told me" is someone else (other).
AUNT_OR_UNCLE = re.compile(r"\b(?:aunt(?:ie|y)?|uncle|niece|nephew)\b", _I)
CARES_FOR_THE_CHILD = re.compile(
    # (not "aunt here - not his guardian")
    r"\b(?:kinship|(?<!not\s)(?<!not\shis\s)(?<!not\sher\s)(?<!not\stheir\s)guardian(?:ship)?|foster|residence\s+order|"
    r"(?:lives|lived|living|stays|stayed|staying)\s+with\s+(?:me|us)|i\s+(?:look\s+after|care\s+for|am\s+raising|['’]?m\s+raising)|"
    r"(?:i|we)\s+(?:have|['’]ve)\s+(?:had\s+)?(?:him|her|them)\s+(?:full\s+time|since))\b",
    _I,
)


def read_role(text: str, spans: list[Span], requested_slot: str | None) -> str | None:
    """The user's role, or None when the message does not say it.

    Preparing training says what this conversation is, whatever the user's job: "I'm a DSL
    but today I'm preparing a training scenario" is a trainer."""
    if TRAINER_JARGON.search(text) or preparing_training(text):
        return "trainer"
    said_of_self: str | None = None
    for span in spans:
        if negator_before(text, span.start):
            continue
        # A force opening a message says who is writing; a force alone ("Police
        # Scotland", the answer to "where is this case?") says only where.
        # "Met, Croydon.": the entity may hold the comma after the force's name ("Met" on
        # its own is a force only with punctuation after it: nlp/patterns.yml)
        name = span.value.lower().strip(" ,.;:")
        force = span.label == "jurisdiction" and (name in FORCES or name == "met")
        if span.label == "adult_involved" and SELF_AS_ADULT.search(text[: span.start]):
            # "I'm a football coach for an U15 team", "Im a maths teacher": the pipeline reads
            # an adult in the case; said of oneself, it is who is typing (unless a title
            # said later is plainer: "I'm a music teacher at a secondary ... our DSL")
            if (role := role_of(span.value)) is not None and role != "parent":
                if role == "other" and AT_A_SCHOOL_AFTER.match(text[span.end :]):
                    role = "school"  # "I'm a drama teacher at a secondary in Leeds"
                said_of_self = said_of_self or role
            continue
        if span.label != "role" and not (force and words(text[span.end :])):
            continue
        if _speaks_of_self(text, span, requested_slot):
            role = "police" if force else role_of(span.value)
            if (
                role == "other"
                and AUNT_OR_UNCLE.search(span.value)
                and CARES_FOR_THE_CHILD.search(text)
            ):
                role = "parent"  # "I'm his auntie and I've had him on a kinship order"
            if role == "school" and YOUNG_TYPIST.search(text) and MY_OR_OUR.match(span.value):
                continue  # "im 15 ... send them to my school": a pupil's school
            if role is not None:
                return role
    if said_of_self is not None:
        return said_of_self
    if _force_team_opening(text):
        return "police"
    for role, jargon in JARGON:
        if role != "trainer" and jargon.search(text):
            return role
    if MY_CHILD.search(text) or OWN_CHILD_BY_NAME.search(text):
        return "parent"
    if _police_shorthand(text):
        return "police"
    if YOUNG_TYPIST.search(text) or SIBLING_TYPIST.search(text):
        return "other"
    if requested_slot == "role":
        return role_of(text)
    return None


def _speaks_of_self(text: str, span: Span, requested_slot: str | None) -> bool:
    if requested_slot == "role" or FIRST_PERSON_VALUE.match(span.value):
        return True
    if TRAINING_CONTEXT.search(span.value):
        return True
    around = text[max(0, span.start - 30) : span.end + 30]
    if role_of(span.value) == "trainer" and TRAINING_AROUND.search(around):
        return True
    before = last_words(sentence_before(text, span.start), 5)
    after = first_words(text[span.end :], 1)
    if FIRST_PERSON_BEFORE.search(before) or HERE_AFTER.match(after):
        return True
    if OWN_NOTES_BEFORE.search(text[: span.start]):
        return True
    if OPENING.match(text[: span.start]) and OPENING_TITLE_AFTER.match(text[_word_end(span) :]):
        return True
    if _opening_introduction(text, span) or _title_alone(text, span):
        return True
    if _closing_signature(text, span):
        return True
    rest = text[: span.start] + " " + text[span.end :]
    return len([w for w in words(rest) if not FILLER.match(w)]) < SHORT_MESSAGE_WORDS


MY_OR_OUR = re.compile(r"^(?:my|our)\b", _I)
#: A young person typing their own age ("I'm 14.", "im 15 and ..."): not staff, police or a
#: parent, so the role is ``other``, and the role question is not asked of them.
YOUNG_TYPIST = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:hi|hiya|hii+|heya|hello|hey|um+|so|ok|okay|omg|please|pls|plz|help|"
    r"please\s+help|pls\s+help)\W+)*"
    r"(?:i\s*['’]?\s*m|i\s+am)\s+"
    r"(?:(?:only\s+|just\s+)?(?:1[0-7]|[89]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b(?!\s*(?:%|weeks?|months?|minutes?))|in\s+(?:year|yr|y|s)\s*\d{1,2}\b)|"
    r"\b(?:1[0-7])\s+and\s+so\s+am\s+i\b|"
    # "i (15f) let my bf take a pic", "i (16, boy) asked my gf"
    r"\bi\s*\(\s*(?:1[0-7])\s*(?:[mf]|,\s*(?:boy|girl|m|f|male|female))?\s*\)|"
    # "were both 14, what can she do": the typist and a friend
    r"\b(?:we\s*['’]?\s*re|we\s+are|(?<!they\s)(?<!who\s)were)\s+both\s+(?:1[0-7])\b|"
    # "(we're both in yr 11)", Scots "am 16 in S5"
    r"\b(?:we\s*['’]?\s*re|we\s+are)\s+both\s+in\s+(?:year|yr|y|s)\s*\d{1,2}\b|"
    r"(?:^|[.!?]\s+)\W*am\s+(?:only\s+|just\s+)?(?:1[0-7])\b(?!\s*(?:%|weeks?|months?|minutes?))|"
    # "idk if this is the right place but im 13 and ..."
    r"\b(?:but|and|so|tbh|idk)\s+(?:i\s*['’]?\s*m|i\s+am)\s+(?:only\s+|just\s+)?(?:1[0-7])\b"
    r"(?!\s*(?:%|weeks?|months?|minutes?|mins?|hours?))|"
    # "... unless i send £100 im 15 pls help", "a man keeps sending me dick pics on snap im
    # 12", "wont leave me alone, im in yr 8": lower-case "im" with a child's age or year,
    # anywhere in the message
    r"(?-i:\bim)\s+(?:only\s+|just\s+)?(?:1[0-7]|[89])\b"
    r"(?!\s*(?:%|weeks?|months?|minutes?|mins?|hours?|days?|miles?|quid|pounds?|times?))|"
    r"(?-i:\bim)\s+in\s+(?:year|yr|y|s)\s*\d{1,2}\b|"
    # "Hi, I'm in sixth form. Me and my boyfriend ..."
    r"(?:^|[.!?]\s+)\W*(?:(?:hi|hiya|hey|hello)\W+)?(?:i\s*['’]?\s*m|i\s+am)\s+in\s+(?:the\s+)?(?:sixth|6th)\s+form\b|"
    # "my best mate is 15 and her ex ...": a young person typing about a friend
    r"\bmy\s+(?:best\s+)?(?:mate|friend|pal|bestie|bff)(?:\s+is|['’]s|\s+s)\s+(?:1[0-7])\b|"
    # "my best mate (shes 15)", "my bestie (15)"
    r"\bmy\s+(?:best\s+)?(?:mate|friend|pal|bestie|bff)\s*\(\s*(?:(?:she|he)\s*['’]?\s*s\s+|(?:she|he)\s+is\s+)?(?:1[0-7])\b|"
    # "me n my gf are both 16", "she's 15 same as us"
    r"\bme\s+(?:n|and|&|an)\s+my\s+[\w']+\s+(?:(?:are|r|were)\s+)?both\s+(?:1[0-7])\b|"
    # "a kid in our year (year 9)", "someone fae oor year": a pupil's year (staff say "Year 9" or "year group")
    r"\b(?:in|from|fae|frae)\s+(?:our|oor)\s+year\b(?!\s*(?:\d|group|team|s\b))|"
    # "ma pal sent her boyfriend a nude": a young person telling of a friend's image
    r"\b(?:my|ma)\s+(?:best\s+)?(?:mate|friend|pal|bestie|bff)\s+(?:has\s+|just\s+)?sent\s+(?:her|his)\s+"
    r"(?:boyfriend|girlfriend|bf|gf|ex)\b|"
    # "my wee sister's 12": an older sibling, not the parent
    r"\b(?:my|ma)\s+(?:wee|little|lil|younger|baby)\s+(?:sister|brother|sis|bro)\b|"
    r"\b(?:1[0-7])\s*,?\s+(?:the\s+)?same\s+as\s+(?:me|us)\b",
    _I,
)
#: "I'm her older sister", "I'm his cousin": family who are not the parent or carer.
SIBLING_TYPIST = re.compile(
    r"\b(?:i\s*['’]?\s*m|i\s+am)\s+(?:her|his|their)\s+(?:(?:older|big|little|younger|"
    r"eldest|oldest)\s+)?(?:sister|brother|cousin|friend|mate|best\s+friend)\b|"
    r"\bas\s+(?:an?\s+|his\s+|her\s+)?(?:older|big|little|younger)\s+(?:sister|brother)\b|"
    # "Her big sister here (I'm 19)"
    r"^\W*(?:her|his|their)\s+(?:(?:older|big|little|younger|eldest|oldest)\s+)?(?:sister|brother|cousin)\s+here\b",
    _I,
)
#: A title that is a sentence of its own: "... met gaming. DSL. help".
TITLE_ALONE_AFTER = re.compile(r"^\s*(?:[.!?\n]|$)")


def _title_alone(text: str, span: Span) -> bool:
    return not sentence_before(text, span.start).strip() and bool(
        TITLE_ALONE_AFTER.match(text[span.end :])
    )


#: Where the opening sentence of a message ends.
SENTENCE_END = re.compile(r"[.!?\n:;(]|\s[-–—]\s")
#: Verbs (and "aware") that make an opening sentence a report about someone else:
#: "Teacher found a photo", "School DSL aware", "Police have been called".
REPORT_VERB = re.compile(
    r"\b(?:is|isn't|isnt|was|wasn't|were|are|am|be|been|has|have|had|did|does|do|will|would|"
    r"can|could|should|may|might|must|told|tells?|said|says?|asked|asks|came|comes?|rang|"
    r"rings?|called|calls?|phoned|emailed|reported|found|finds?|sent|sends?|saw|sees?|got|"
    r"gets?|gave|went|took|made|wants?|needs?|thinks?|aware|know|knows|knew|involved|"
    r"informed|notified|contacted|spoke|spoken|dealt|dealing|attended|arrived)\b",
    _I,
)
#: Words that make what follows someone else: "the DSL", "my son's teacher".
NOT_A_TITLE = re.compile(
    r"^(?:the|a|an|my|our|her|his|their|your|this|that|some|another|'s|s)$", _I
)
GREETING = re.compile(r"^(?:hi|hello|hiya|morning|afternoon|evening|hey)$", _I)
#: At most this many title words before the role ("Deputy head and DSP", "Sgt, CAIT").
MAX_TITLE_WORDS = 4
#: An opening introduction is short: "Youth worker in Leeds." is; a long first sentence
#: is a story.
MAX_INTRODUCTION_WORDS = 14


def _word_end(span: Span) -> int:
    """Where the span's words end: a force's entity may hold the stop after it ("Met.",
    nlp/patterns.yml), which belongs to the sentence, not to the title."""
    return span.start + len(span.value.rstrip(" ,.;:"))


def _opening_introduction(text: str, span: Span) -> bool:
    """A role in a short opening sentence without a verb introduces the writer.

    Staff and officers open with their title, then the case: "Teacher at a secondary in
    Leeds.", "Deputy head and DSP at a primary.", "Sgt, CAIT.", "Trainer question for a
    staff session: ...". An opening sentence with a verb ("Teacher found a photo", "School
    DSL aware") or a determiner before the role ("The DSL ...", "My son's teacher ...")
    reports someone else, and says nothing about the writer.
    """
    lead = [word for word in words(text[: span.start]) if not GREETING.match(word)]
    if len(lead) > MAX_TITLE_WORDS or any(NOT_A_TITLE.match(word) for word in lead):
        return False
    # A family word opening a list is not a title: "Mum, dad and I are worried ..."
    openings = _openings(text) if role_of(span.value) != "parent" else _openings(text)[:1]
    return any(
        _word_end(span) <= len(opening)
        and len(words(opening)) <= MAX_INTRODUCTION_WORDS
        and not REPORT_VERB.search(opening)
        for opening in openings
    )


#: Where a closing signature starts: after the last sentence, a dash or a line break.
SIGNATURE_START = re.compile(r"(?:[.!?]|\s[-–—]|\n)\s*(?:[-–—]\s*)?")
#: A signature is short: "- Sgt, Wiltshire", "Head of Year, academy in Leeds", "- Mrs K,
#: Assistant Head, Belfast".
MAX_SIGNATURE_WORDS = 8


def _closing_signature(text: str, span: Span) -> bool:
    """A role in a short closing part without a verb signs the message: "... Do we have to
    record it as a crime? - Sgt, Wiltshire", "Can I search a pupil's phone? Head of Year,
    academy in Leeds". A closing sentence with a verb ("The DSL knows.") reports someone."""
    starts = [m.end() for m in SIGNATURE_START.finditer(text[: span.start])]
    if not starts:
        return False
    closing = text[starts[-1] :].strip().rstrip(".!")
    lead = words(text[starts[-1] : span.start])
    return (
        len(words(closing)) <= MAX_SIGNATURE_WORDS
        and len(lead) <= 2
        and not any(NOT_A_TITLE.match(word) for word in lead)
        and not REPORT_VERB.search(closing)
        and "?" not in closing
    )


#: "Hiya, DC from North Wales Police CID, ...": the greeting is not the opening clause.
#: A greeting, or a word of urgency, before the writer's title: "URGENT - PC, Police Scotland".
LEADING_GREETING = re.compile(rf"^\W*(?:{_GREETING}|hiya|hey|urgent|help)\b\W*", _I)
#: Where an opening title clause ends in shorthand: "DS from the POLIT team, 13yo ...".
CLAUSE_END = re.compile(r",")


def _openings(text: str) -> list[str]:
    """The opening sentence, and its first clause: "DS from the POLIT team, 13yo sent
    images" opens with a title clause even though the sentence goes on with a verb."""
    text = LEADING_GREETING.sub(lambda m: " " * len(m.group(0)), text)  # offsets kept
    end = SENTENCE_END.search(text)
    first = text[: end.start()] if end else text
    comma = CLAUSE_END.search(first)
    return [first, first[: comma.start()]] if comma else [first]


#: A place the case was, or is set in, says where it is: "this scenario is set in Glasgow",
#: "now live in Leeds". It wins over other places named.
PLACE_OF_THE_CASE = re.compile(
    r"\b(?:set\s+in|takes\s+place\s+in|(?:now|but)\s+(?:we\s+)?live\s+in|we\s+live\s+in|"
    r"(?:now|but)\s+(?:we['’]re\s+|we\s+are\s+)?(?:based|living)\s+in)\s+(?:the\s+)?$",
    _I,
)
#: A place left behind or only visited: "We moved from Glasgow last year", "we holiday in
#: Cornwall", "originally from Cardiff", "my sister in Belfast"; a comparison ("compared to
#: England").
PLACE_ELSEWHERE = re.compile(
    r"\b(?:moved\s+(?:here\s+|down\s+|up\s+|over\s+)?from|originally\s+from|grew\s+up\s+in|"
    r"used\s+to\s+live\s+in|holiday(?:s|ed|ing)?\s+in|on\s+holiday\s+in|visiting|"
    r"(?:my|her|his|our)\s+(?:sister|brother|mum|dad|gran|nan|family|cousin|aunt|uncle)\s+(?:in|from)|"
    # where the adult or the account is, not the case: "traced to a 41-year-old man in
    # England", "a male from Glasgow", "an account based in Leeds"
    r"(?:man|woman|adult|male|bloke|guy|account|offender|suspect|perpetrator|"
    # (an adult's age only: "a 16 yr old in Bristol" is the child, and the case, there)
    r"(?:1[89]|[2-9]\d)\s*(?:yo|y/o|yrs?\s+old|years?\s+old|year-old))\s+(?:who\s+)?"
    r"(?:(?:is|lives|living|based|located)\s+)?(?:in|from)|"
    # "We've now identified him, he's 26 and lives in Scotland": an adult, by a pronoun
    r"(?:he|she)(?:['’]s|\s+is)\s+(?:1[89]|[2-9]\d)\s+and\s+(?:lives|living|is\s+living|is\s+based|based)\s+(?:in|from)|"
    # "How does it change things here compared to England?": a comparison
    r"compared\s+(?:to|with)|than\s+(?:in\s+)?|unlike\s+(?:in\s+)?|versus|vs\.?|as\s+opposed\s+to|"
    # a language, not a place: "plain-English bullet points", "in plain English"
    r"plain)\s*-?\s*(?:the\s+)?$",
    _I,
)


#: Someone else found to be a child who is elsewhere: "Police have found he's a 17 year old
#: in Birmingham" (read over more words than ``PLACE_ELSEWHERE``).
OTHER_CHILD_ELSEWHERE = re.compile(
    r"\b(?:he|she|they)(?:['’]s|\s+is|\s+was|['’]re|\s+are)\s+(?:a|an)\s+\d{1,2}\s*"
    r"(?:yo|y/o|yrs?\s+old|years?\s+old|year-old)\s+(?:who\s+)?(?:(?:is|lives|living|based|located)\s+)?"
    r"(?:in|from)\s+(?:the\s+)?$",
    _I,
)


def read_jurisdiction(text: str, spans: list[Span], requested_slot: str | None) -> str | None:
    """The case's jurisdiction, or None when not said or said inconsistently."""
    found: set[str] = set()
    for span in spans:
        if span.label not in ("jurisdiction", "role") or negator_before(text, span.start):
            continue
        nation = jurisdiction_of(span.value)
        before = last_words(text[: span.start], 5) + " "
        if nation is not None and PLACE_OF_THE_CASE.search(before):
            return nation
        elsewhere = PLACE_ELSEWHERE.search(before) or OTHER_CHILD_ELSEWHERE.search(
            last_words(text[: span.start], 9) + " "
        )
        if nation is not None and not elsewhere:
            found.add(nation)
    if not found and requested_slot == "jurisdiction":
        nation = jurisdiction_of(text)
        found = {nation} if nation else set()
    return found.pop() if len(found) == 1 else None


__all__ = ["ROLE_SYNONYMS", "read_jurisdiction", "read_role"]
