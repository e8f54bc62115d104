"""The words the reader knows: fact keys, role and jurisdiction synonyms, person nouns.

Kept apart from the rules so that a new synonym is a one-line change that the tests
pick up, and so that the tables can be checked against nlp/patterns.yml (every
phrase the entity ruler labels must map to a value here).
"""

from __future__ import annotations

import re

from actions.guidance.facts import AGE_KEYS, BOOL_KEYS
from actions.guidance.facts import FACT_KEYS as ENGINE_FACT_KEYS
from actions.guidance.facts import JURISDICTIONS as JURISDICTIONS
from actions.guidance.facts import ROLES as ROLES
from actions.guidance.jurisdictions import DEFAULT_JURISDICTION as DEFAULT_JURISDICTION
from actions.guidance.jurisdictions import phrases_by_nation, shared_places

# One vocabulary: the fact keys and their values are the engine's (docs/API.md §1).
BOOL_FACTS: tuple[str, ...] = BOOL_KEYS
AGE_FACTS: tuple[str, ...] = AGE_KEYS
FACT_KEYS: frozenset[str] = frozenset(ENGINE_FACT_KEYS)
MIN_AGE, MAX_AGE = 0, 120
ADULT_AGE = 18

# --------------------------------------------------------------------------- roles
# Checked in order: the first match wins, so the more specific comes first
# ("police trainer" is a trainer, "safer schools officer" is police, "school nurse"
# is school staff, as two writers of the role sets labelled it; "teacher" is school).
ROLE_SYNONYMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # before "officer" (police) and "training": a college's safeguarding officer and a
        # school governor are school staff; "I teach" is a teacher
        "school",
        re.compile(
            r"\bsafeguarding\s+officer\b|\bgovernors?\b|^i\s+teach$|\bschool\s+nurse\b",
            re.I,
        ),
    ),
    (
        # before "officer" (police): an independent reviewing officer is in social care
        "other",
        re.compile(r"\bindependent\s+reviewing\b|\biro\b", re.I),
    ),
    (
        "trainer",
        re.compile(
            r"\btrain(?:er|ers|ing)\b|\blecturer\b|\binset\b|\bcpd\b|"
            r"^(?:running|delivering|leading|planning|preparing|prepping|doing)\b.*"
            r"\b(?:session|workshop)$|"
            r"\bi\s+(?:deliver|run|provide|give|lead|do)\s+(?:safeguarding\s+)?(?:training|sessions|courses?|workshops)",
            re.I,
        ),
    ),
    (
        "police",
        re.compile(
            r"\bpolice\b|(?<!welfare\s)\bofficers?\b|\bpcs?o?\b|\bdc\b|\bds\b|\bdi\b|\bdetective\b|\bconstable\b|"
            r"\bsergeant\b|\binspector\b|\bsso\b|\bsolo\b|\bcst\b|\btdc\b|\bdci\b|\bcoppers?\b|\boic\b|\bforce\b|\bcop\b|\binvestigat\w*|"
            r"\bneighbourhood\s+(?:policing\s+)?team\b|\bnpt\b|"
            r"\bmet\b|\bpsni\b|\bcait\b|\bpublic\s+protection\s+unit\b|\bppu\b|\bsgt\b|"
            r"\bsarge\b|^ps\s+here$|\bpol-?it\b|\bcall\s+handler\b|\bcontrol\s+room\b|^attend(?:ing|ed)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:job|call|callout|call-out|incident)$",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\bsocial\s+(?:worker|care|services)\b|\byouth\s+worker\b|\blocal\s+authority\b|"
            r"\bduty\s+manager\b|\bcentre\s+manager\b|\blifeguard\b|"
            r"\byot\b|\byouth\s+(?:offending|justice)\b|\ballocated\s+(?:sw|social\s+worker)\b|"
            r"\bcoach\b|\bcwo\b|\bwelfare\s+officer\b|\btherapist\b|\bsalt\b|\bpsychologist\b|\bgp\b|"
            r"\bdoctor\b|\bpaediatrician\b|\bcase\s*worker\b|\bkey\s*worker\b|\bcare\s+worker\b|"
            r"\bresidential\s+worker\b|\bchildren['’]?s\s+(?:home|house)\b|\bresidential\s+(?:unit|home)\b|\bsocial\s+work\b|\byjs\b|\byouth\s+justice\b|^i\s+(?:volunteer|help)\s+(?:with|at|for)\b|"
            r"\bchildren['’]?s\s+services\b|\bduty\s+(?:team|social\s+worker)\b|\bmash\s+worker\b|"
            # "I work for a children's charity": a professional, not a parent
            r"\b(?:work|worked|working)\s+(?:in|for|at|with)\s+(?:a\s+|an\s+|the\s+)?child(?:ren)?['’]?s?\b|"
            r"\b(?:pastor|vicar|priest|imam|rabbi|chaplain|iro|helpline|cadet|instructor)\b|"
            r"\bindependent\s+reviewing\b|\b(?:dance|music|piano|swimming|singing|drama)\s+teacher\b|"
            # an aunt or uncle who does not care for the child ("Aunty here, my niece (14)
            # told me"); a kinship carer or guardian is a parent (the parent words below)
            # (``roles.read_role`` makes one who says they care for the child a parent)
            r"(?<!kinship\s)(?<!guardian\s)\b(?:aunt(?:ie|y)?|uncle|niece|nephew)\b|"
            r"\bprivate\s+tutor\b|^sw\s+here$|^sw\s*[,:–-]$|^sw\s+(?:in|for|at|from|with)$|\bduty\s+sw\b|"
            # "I run a youth drop-in", "I support young people with additional needs"
            r"\bdrop\s*[-–]?\s*in$|^i\s+(?:support|mentor)\s+(?:young|vulnerable|disabled)\s+\w+$|"
            # "I work in a youth project", "we volunteer at the community centre"
            r"\b(?:work|worked|working|volunteer|volunteering)\s+(?:in|at|for|with)\s+(?:a|an|the|our)\s+"
            r"(?:youth|community|local)\s+\w+$|"
            r"\bnurse\b|\bhealth\s+visitor\b|\bcamhs\b|\bcounsellor\b|\bcharity\b|\blado\b|"
            r"\bearly\s+help\b|\bsupport\s+worker\b|(?<!learning\s)\bmentor\b|\bpractitioner\b|"
            r"\byouth\s+(?:club|leader|group)\b|\bscout\s+leader\b|\bguide\s+leader\b|"
            r"^i\s+(?:run|manage|lead|coordinate|help)\s+(?:a|an|the|our)\s+(?:youth|community|sports|"
            r"football|girls|boys)\s+\w+$|^i\s+(?:coach|manage|run)\s+(?:a|an|the|our)\b.*\b(?:team|club|squad|side|group)$",
            re.I,
        ),
    ),
    (
        "school",
        re.compile(
            r"\bd?dsls?\b|\bdsp\b|\b[da]?ht\b|\bdt\s+for\s+(?:cp|child\s+protection)\b|\bsafeguarding\s+(?:lead|person)\b|\bdesignated\b|"
            r"\bteach(?:er|ers|ing)?\b|\bhead\b|\bhead\s*teacher\b|\bheadmaster\b|"
            r"\bheadmistress\b|\btutors?\b|\btutees?\b|\bsend?co\b|\baln\s*co(?:ordinator)?\b|\bpastoral\b|\bschools?\b|"
            r"\bacademy\b|\bcollege\b|\bpupils?\b|\bstudents?\b|\blearners\b|\bta\b|"
            r"\bteaching\s+assistant\b|\bprincipal\b|\bvp\b|\blearning\s+mentor\b|\bhouse\s*parent\b|\bclass\b|\bform\b|\bpshe\b|\brse\b|"
            r"\b(?:child\s+protection|cp)\s+co-?ordinator\b|\blead\b|\byear\b|\beducation\b|\bguidance\b|"
            r"\bhead\s+of\s+(?:house|sixth|key\s+stage)\b|\bhouse(?:master|mistress)\b|\bdepute\b|"
            r"\bsixth\s+formers?\b|\bysgol\b|\b[bp]ennaeth\b|\bpupil\s+support\b|\bpshe\b|\bpt\s+pastoral\b|\bhoy\b|^i\s+looks?\s+after\s+(?:our|the|my)\s+(?:year|yr|y)|"
            r"\bon\s+the\s+(?:safeguarding|pastoral|leadership|senior)\b",
            re.I,
        ),
    ),
    (
        "parent",
        re.compile(
            r"\bparents?\b|\bmum\b|\bmom\b|\bmam\b|\bmummy\b|\bdad\b|\bdaddy\b|\bmother\b|"
            r"\bfather\b|\bcarer\b|\bguardian\b|\bfoster\b|\bstep\s*-?\s*(?:mum|dad)\b|"
            r"\bstep(?:mum|dad|daughter|son)\b|\bgrand\w+|\bnan\b|\bdaughter\b|\bson\b|"
            r"\bchild(?:ren)?\b|\bkids?\b|\bboy\b|\bgirl\b|\blad\b|"
            r"\bgran\b|\bgrann(?:y|ie)\b|\bnana\b|\bnanna\b|\bkinship\b|\bspecial\s+guardian\b|^i\s+foster|"
            r"\bdau(?:gh?t|hgt|gth|ght)(?:er|or)\b|\bduaghter\b",
            re.I,
        ),
    ),
)


def role_of(text: str) -> str | None:
    """Map a role phrase ("I'm the DSL", "PC", "my daughter") to a role value."""
    for role, pattern in ROLE_SYNONYMS:
        if pattern.search(text):
            return role
    return None


# --------------------------------------------------------------------------- jurisdictions
#: A place word before a town whose name is also a word ("in Reading"; nlp/patterns.yml).
_NEAR = r"(?:in|at|from|near|around|outside)"
_NATION_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "northern_ireland",
        re.compile(
            r"\bnorthern\s+ir[ei]\w*|\bn\.?\s*ireland\b|\bn\.?i\.?$|^n\.?i\b|\bpsni\b", re.I
        ),
    ),
    (
        "scotland",
        re.compile(rf"\bscot(?:land|tish)\b|\bpolice\s+scotland\b|^{_NEAR}\s+angus$", re.I),
    ),
    ("wales", re.compile(rf"\bwales\b|\bwelsh\b|^{_NEAR}\s+barry$|^ysgol$", re.I)),
    (
        "england",
        re.compile(
            r"\bengland\b|\bmet(?:ropolitan)?\s+police\b|^met\s*(?:[,:/.-]|cait|soit|pcso|pc|dc|ds|officer)$|^\(\s*met\s*\)$|"
            r"^met\s+(?:area|borough|side)$|"
            rf"^{_NEAR}\s+(?:reading|dudley)$",
            re.I,
        ),
    ),
)

#: Police forces by name ("Police Scotland", "the Met", "PSNI"): introducing oneself by
#: one says the writer is police as well as where.
FORCES: frozenset[str] = frozenset(
    force.lower() for kinds in phrases_by_nation().values() for force in kinds["forces"]
)

#: Names, places and police forces of every nation, from actions/guidance/data/
#: jurisdictions.yml (the entity ruler is built from the same lists).
PLACES: dict[str, str] = {
    phrase: nation
    for nation, kinds in phrases_by_nation().items()
    for phrases in kinds.values()
    for phrase in phrases
}


#: Places named in two nations ("Bangor"), from the jurisdictions data: no nation is read
#: from them; the bot asks, naming the place.
SHARED_PLACES: dict[str, tuple[str, ...]] = shared_places()
_SHARED_PLACE = (
    re.compile(r"\b(?:" + "|".join(re.escape(name) for name in SHARED_PLACES) + r")\b", re.I)
    if SHARED_PLACES
    else None
)


def shared_place_in(text: str) -> str | None:
    """The first place named in two nations that ``text`` mentions, as written."""
    found = _SHARED_PLACE.search(text) if _SHARED_PLACE else None
    return found.group(0) if found else None


def jurisdiction_of(text: str) -> str | None:
    """Map a place or nation phrase ("NI", "Cardiff", "Police Scotland") to a jurisdiction."""
    for nation, pattern in _NATION_WORDS:
        if pattern.search(text.strip()):
            return nation
    key = re.sub(r"\s+", " ", text.strip().lower())
    return PLACES.get(key)


# --------------------------------------------------------------------------- services
#: A school or service named as the one a user is exasperated with ("at the end of my
#: tether with this school", "the police have done nothing"): its determiner, then the
#: services both readers know (``cues`` and ``frustration`` add their own few).
SERVICE_DETERMINER = r"(?:(?:this|the|that|our|their|his|her|my\s+\w+['’]?s)\s+)?"
SERVICES = (
    r"school|college|academy|police|force|council|system|social\s+services|social\s+worker|"
    r"local\s+authority|camhs|gp"
)


# --------------------------------------------------------------------------- people
#: Nouns for the person who is NOT the pictured child (asked for, received, shared
#: or holds the image), when an age is attached to them.
OTHER_PERSON_NOUNS = (
    r"man|men|adults?|wom[ae]n|boyfriend|girlfriend|boyfreind|girlfreind|bf|gf|partner|ex|ex-boyfriend|"
    r"ex-girlfriend|cousin|brother|stepbrother|uncle|step-?dad|stepfather|teacher|coach|tutor|"
    r"recipient|receiver|requester|suspect|sus|susp|accused|perp|perpetrator|offender|ocg|"
    r"stranger|guy|bloke|"
    r"sender of the request"
)
#: Nouns for the pictured child.
PICTURED_PERSON_NOUNS = (
    r"victim|v|complainant|child pictured|person pictured|ip|injured party|aggrieved"
)
#: Nouns that say nothing about which side a person is on.
NEUTRAL_PERSON_NOUNS = (
    r"girl|boy|lad|lass|pupil|student|child|kid|person|someone|somebody|teen|teenager|male|"
    r"female|son|daughter|daugter|daugther|dauhgter|duaghter|classmate|peer|friend|one|young person|"
    r"young people|youngster|youth|individual|"
    r"yp|cyp|cla|lac|boarder|learner|resident|player|mentee|cadet|grandchild|grandkid|stepchild|"
    r"laddie|lassie|wean|bairn|regular|member|attendee|swimmer|dancer|scout|guide|brownie|"
    # "asked by an older gymnast, 16,": a club's young members by what they do
    r"gymnast|athlete|cheerleader|skater|footballer|teammate|team-mate|clubmate|schoolmate|"
    # a foster carer's "our placement, 14, has just told us"
    r"placement|"
    # "he's shared them with his flatmate, 22"
    r"flatmate|housemate|roommate"
)
#: Words for an image.
IMAGE_NOUNS = (
    r"pictures?|pics?|photos?|photographs?|images?|imgs?|videos?|vids?|nudes?|semi-nudes?|selfies?|"
    r"snaps?|clips?|footage|films?|recordings?|imagery|screenshots?|livestreams?"
)

#: Staff and family nouns: adults, but often only the person who found or reported
#: the image. The reader counts them as adult involvement only with evidence.
STAFF_OR_FAMILY = re.compile(
    r"\b(?:teachers?|coach|tutor|instructor|uncle|step-?dad|stepfather|lodger|neighbour|"
    r"babysitter|caretaker|staff|leader|worker|assistant|family\s+friend)\b",
    re.I,
)
