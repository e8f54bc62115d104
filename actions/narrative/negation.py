"""Is a cue negated? "he didn't threaten her", "no money was asked for".

A negated cue never sets its fact: it is reported in ``Reading.negated`` and the fact
stays unknown here. The case form shows a stated negative back to the user ("I
understood: no pressure, threats or grooming ...") and only then counts it as false
(docs/API.md §3), because denying one form of a fact ("he didn't threaten her") may not
rule out another (grooming, pressure) and the user must see the wider claim.

Doubt is not denial: in "we don't know who uploaded it" or "not sure if it was shared"
the cue stays unknown, not negated.

Scope: a negation word within ``NEGATION_REACH`` words before the cue, in the same
clause. A list carries the negation on: in "no threats, pressure or blackmail" each
item after "no" is negated too, although a comma separates them.
"""

from __future__ import annotations

import re

from actions.narrative.context import Span, clause_before, last_match, words

NEGATION_REACH = 5

NEGATOR = re.compile(
    r"\b(?:not|no|never|nobody|noone|none|nothing|neither|nor|without|den(?:y|ies|ied|ying)|"
    r"cannot|hardly|nowhere|unlikely)\b|n['’]t\b|\bno[- ]one\b|"
    # contractions typed without the apostrophe, as people do in a hurry
    r"\b(?:dont|doesnt|didnt|isnt|wasnt|werent|hasnt|havent|hadnt|wont|cant|couldnt|"
    r"wouldnt|shouldnt|arent|aint|nothings|nobodys)\b|"
    # Scots: "nae concerns re self harm", "she's no been hurtin hersel", "it wasnae tae be
    # nasty", "he didnae ask"
    r"\b(?:nae|naebody|naethin|naething|wasnae|wisnae|isnae|didnae|dinnae|disnae|hasnae|havnae|"
    r"cannae|couldnae|wouldnae|shouldnae|willnae)\b",
    re.I,
)
#: Phrases that contain a negation word but do not negate what follows.
NOT_A_NEGATION = re.compile(
    r"\b(?:not\s+only|no\s+doubt|no\s+question|no\s+matter|nothing\s+but|not\s+just)\b|"
    r"n't\s+(?:stop\w*|leave\w*|only|just)\b|\bcan't\s+stop\b|"
    # "i cant stop thinking about jumping", typed without the apostrophe
    r"\b(?:cant|cannot|couldnt|wont|wouldnt)\s+(?:stop|leave)\w*\b|"
    # doubt, not denial: "we don't know who uploaded it", "not sure if he shared it"
    # "I don't really know how this works", "I honestly don't know"
    r"(?:n['’]t|\bdont|\bdo\s+not|\bdoes\s+not|\bdid\s+not)\s+(?:(?:really|even|actually|honestly|fully|quite)\s+)?"
    r"(?:know|no|think\s+so|remember|understand)\b|"
    r"\bnot\s+(?:sure|certain|clear|known|a\s+clue)\b|\bno\s+(?:idea|clue|way\s+of\s+knowing)\b|"
    # "It isn't clear if", "haven't been able to establish whether", "can't rule out that"
    r"(?:n['’]t|\bnot)\s+(?:clear|been\s+able\s+to|able\s+to|rule\s+(?:it\s+)?out|say)\b|"
    # consent withheld, not the deed denied: "she didn't say he could show anyone", "she
    # didn't agree to it being sent", "he didn't ask her before he shared it"
    r"(?:n['’]t|\bdont|\bdidnt|\bdoesnt|\bnot|\bnever)\s+(?:say|said|agree|agreed|consent|consented|"
    r"want|wanted|give\s+permission|gave\s+permission|okay|ok)\b",
    re.I,
)
#: Nothing said about it is a denial, though "didn't say he could" withholds consent
#: (``NOT_A_NEGATION``): "she hasn't said anything about hurting herself", "he hasn't said
#: a word about hurting himself".
SAID_NOTHING = re.compile(
    r"(?:n['’]t|\bdont|\bdidnt|\bdoesnt|\bnot|\bnever)\s+(?:say|said)\s+(?:anything|a\s+word)\b",
    re.I,
)
#: What may separate the items of a negated list.
LIST_GLUE = re.compile(r"^(?:\s|,|/|\bor\b|\bnor\b|\bany\b|\bother\b|\bor any\b)*$", re.I)


#: The person typing as a new subject between the negation and a risk cue starts a new
#: statement: "i cant tell my parents id rather die". Not after a verb of thinking or a
#: "no sign": "I don't think I'd hurt myself", "no way I'd do that" stay denials; a new
#: third-person subject does not end the reach either ("there's no sign she is at risk").
NEW_SUBJECT = re.compile(r"\b(?:i|id|i['’]d|im|i['’]m|ill|i['’]ll)\b", re.I)
STILL_DENYING = re.compile(
    r"^\W*(?:\w+\s+)?(?:think|thinks|believe|believes|feel|feels|reckon|reckons|suppose|expect|"
    r"say|says|said|seem|seems|way|chance|sign|signs|evidence|indication|suggestion|worry|mean|means|"
    r"suggest|suggests|indicate|indicates|imagine|imagines|see|sees|expect|expects|worried|concerned|"
    r"afraid|scared|frightened)\b",
    re.I,
)


#: "Nothing found to suggest V's image has gone any further", "no evidence that it was
#: shared", "nothing's been said about her being in danger": the denial reaches over the
#: words that say what was looked for.
NOTHING_TO_SUGGEST = re.compile(
    r"\b(?:nothing|no\s+(?:evidence|indication|suggestion|signs?|intel(?:ligence)?))\s+(?:\w+\s+){0,2}?"
    r"(?:to\s+(?:suggest|indicate|show)|suggest(?:s|ing)?|indicat(?:es|ing)|that)\b|"
    # "nothing's been said about her being in danger"
    r"\bnothing(?:['’]s|\s+has|\s+was)?\s+(?:been\s+)?said\s+(?:about|of)\b|"
    # "None of the girls have said anything about self-harm" (development narratives AJ)
    r"\b(?:none|nobody|no[-\s]?one|neither)\b[^.;!?]{0,30}?\b(?:said|mentioned|disclosed|raised|"
    r"talked\s+about|spoken\s+(?:about|of))\s+(?:anything\s+|a\s+word\s+)?(?:about|of|re|regarding)\b",
    re.I,
)


#: A wish denied right before a risk cue is a denial of it: "i dont want to hurt myself",
#: "she doesn't want to die" (for other facts "didn't want" withholds consent instead).
WISH_DENIED = re.compile(
    r"(?:n['’]t|\bdont|\bdoesnt|\bdidnt|\bnot)\s+(?:want|wanna)\s+(?:to\s+)?$", re.I
)


#: "if i dont meet him tonight he'll send it", "if he can't pay he will kill himself", "they'll
#: send them to everyone if she doesnt give them £100": the negation states a condition (the
#: negator may be the "n't" of "can't", "won't", "isn't"), for a risk or a money cue.
CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless)\s+(?:i|you|she|he|they|we)\s*(?:do|does|did|ca|can|could|wo|would|is|was|are|"
    r"were|has|have|had|should|sha)?\s*$",
    re.I,
)
#: Someone's will said after the negation, in the same clause: "he can't pay, he will kill
#: himself", "she's not allowed out so she'll do it tonight". A risk said as what someone
#: will do is a new statement, not the denied thing ("I don't think she'll hurt herself"
#: still denies it: ``STILL_DENYING``).
WILL_SAID = re.compile(
    r"\b(?:she|he|they|i)\s*(?:['’]ll|['’]d|will|would|is\s+going\s+to|['’]s\s+going\s+to|"
    r"are\s+going\s+to|gonna)\b",
    re.I,
)


#: A reason clause between the negation and a risk cue starts a new statement: "it
#: doesnt matter anyway cos he wont be around much longer" (development risk set AP,
#: 2026-12-07). Not a reason denied outright: "not because she wants to die".
REASON_BETWEEN = re.compile(r"\S.*?\b(?:because|cos|coz|cuz|cause|since)\b", re.I)


#: "Nobody has asked her for anything or tried to get money": a denial of the subject
#: ("nobody", "no one") reaches over a second verb joined to the first by "or" (not over a
#: new subject: "no one asked, or she would have said"). Not for a risk cue.
SUBJECT_DENIAL = re.compile(
    # "no sign of anyone older being involved or of him being pressured"
    r"^(?:nobody|no\s*-?\s*one|noone|naebody|no\s+(?:signs?|evidence|indication|suggestion)\s+of)\b",
    re.I,
)
OR_VERB = re.compile(
    r"\bor\s+(?:has\s+|have\s+|had\s+|did\s+|was\s+|is\s+)?(?:\w+ed|tried|made|sent|got|said|told|"
    r"paid|forced|took|put|sold)\b|\bor\s*$|\bor\s+of\b",
    re.I,
)
#: A subject said between the denial and the cue starts a new statement ("nobody at the
#: school knew he threatened her").
SUBJECT_BETWEEN = re.compile(r"\b(?:she|he|they|i|we|you|it)\b", re.I)
COORDINATED_REACH = 12


def negator_before(text: str, start: int, *, risk: bool = False, demand: bool = False) -> bool:
    """True when a negation word governs the cue starting at ``start``.

    For a risk cue (``risk``), a new subject after the negation ends its reach: a risk
    said after a denial of something else is still a risk (never under-escalate). For a
    risk or a money cue (``demand``), a negation in a condition ("if i dont pay them £100")
    states the demand, not a denial.
    """
    clause = clause_before(text, start)
    found = last_match(NEGATOR, clause)
    if found is None:
        return False
    wish_denied = risk and WISH_DENIED.match(clause[found.start() :]) is not None
    if (
        not SAID_NOTHING.match(clause[found.start() :])
        and not wish_denied
        and (
            NOT_A_NEGATION.match(clause[found.start() :])
            or NOT_A_NEGATION.search(clause[max(0, found.start() - 3) : found.end() + 8])
        )
    ):
        return False
    if (risk or demand) and CONDITION_BEFORE.search(clause[: found.start()]):
        # "if i dont meet him tonight", "if i dont pay them £100": a condition (the
        # threat's demand), not a denial (not "if he didn't threaten her, is it a crime?")
        return False
    between = clause[found.end() :]
    if evidence := NOTHING_TO_SUGGEST.match(clause, found.start()):
        between = clause[evidence.end() :]
    if risk and NEW_SUBJECT.search(between) and not STILL_DENYING.match(between):
        return False
    if risk and REASON_BETWEEN.match(between.lstrip()):
        return False  # "it doesnt matter anyway cos he wont be around much longer"
    if risk and not evidence and WILL_SAID.search(between) and not STILL_DENYING.match(between):
        return False  # "if he can't pay he will kill himself" (not "nothing suggests she'd")
    if (
        not risk
        and SUBJECT_DENIAL.match(clause[found.start() :])
        and OR_VERB.search(between)
        and not SUBJECT_BETWEEN.search(between)
        and len(words(between)) <= COORDINATED_REACH
    ):
        return True
    return len(words(between)) <= NEGATION_REACH


def negated_spans(text: str, spans: list[Span]) -> set[int]:
    """Indexes (into ``spans``, sorted by position) of the cues that are negated."""
    negated: set[int] = set()
    for index, span in enumerate(spans):
        if span.label == "immediate_risk" and span.value.lower().startswith("if "):
            continue  # "nobody would notice if I wasn't here": the negator is the main clause's
        risk, demand = span.label == "immediate_risk", span.label == "profit_motive"
        if negator_before(text, span.start, risk=risk, demand=demand):
            negated.add(index)
        elif index > 0 and (index - 1) in negated:
            previous = spans[index - 1]
            if previous.end <= span.start and LIST_GLUE.match(text[previous.end : span.start]):
                negated.add(index)
    return negated
