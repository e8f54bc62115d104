"""Negatives said without a negation word: "he kept it to himself", "she sent it willingly".

A cue that is negated ("he didn't forward it") is read by ``negation.py``. People also
state a negative in words that deny nothing: "it stayed between the two of them" means
it was not passed on; "she sent it willingly" means she was not pressured; "she took it
herself" means it was not made without her agreement; "it's the first time" means it is
not repeated. Each phrase below reports its fact as a stated negative, exactly as a
negated cue does: shown back to the user ("I understood: ... not passed on"), and only
then counted as false (docs/API.md §3). A fact some cue in the same message sets true is
never reported as denied.

The phrases are deliberately narrow: a phrase that could also be said of a case where
the fact is true ("she sent it", "they were in a relationship") is not here.
"""

from __future__ import annotations

import re

from actions.narrative.ages.words import NOT_A_NAME
from actions.narrative.consent import made_without_consent_in
from actions.narrative.context import clause_before, last_words
from actions.narrative.roles import YOUNG_TYPIST

_I = re.I
_SENT_OWN_IMAGE_WORD = (
    r"(?:pic|pics|picture|pictures|photo|photos|image|images|img|imgs|video|vid|snap|snaps)"
)
_OWN_BODY = (
    r"(?:bits|willy|penis|privates|private\s+parts|boobs|breasts|tits|bum|bottom|chest|genitals|dick|"
    r"junk|body|erect\s+penis|knob|nipples)"
)
#: Who sent it, for "sent their own image" (``made_without_consent`` denied): a pronoun,
#: police shorthand, a partner or the child ("she", "I", "F/14", "his girlfriend", "the
#: girl (15)").
_SENDER = (
    r"(?:she|he|i|[mf]\s*/?\s*\d{1,2}|(?:his|her|my)\s+(?:girlfriend|boyfriend|gf|bf|daughter|son)|"
    # "my 15yo sent a nude to her bf", "16yo F sent topless pic", "a Year 9 girl sent"
    r"(?:my|our|his|her)\s+\d{1,2}\s*(?:yo|y/o|yr\s*old|year\s*old)|\d{1,2}\s*(?:yo|y/o)\s+[mf]|"
    r"(?:a|the)\s+(?:year|yr|y|s|p)\s*\d{1,2}\s+(?:girl|boy|lad|lass|pupil|student)|"
    r"(?:a|the)\s+(?:girl|boy|lad|lass)|"
    # "Ellie (15), sent him a nude", "my daughter is 14 and sent nudes to a boy"
    r"(?-i:[A-Z][a-z]{2,})(?=\s*\()|(?:is|was|aged)\s+\d{1,2}\s+and)(?:\s*\([^)]*\)\s*,?|,\s*\d{1,2},?)?"
)
#: One describing word before the image, not a possessive ("sent her nudes to his mates").
_SENT_ADJ = r"(?:(?!(?:her|his|their|my|your|the|that|those|these|this)\b)[\w-]+\s+)?"
_SENDING = (
    r"(?:had\s+|has\s+|['’]d\s+)?(?:(?:only|ever|then|also)\s+)*(?:sent|sends|sending|send)\s+"
)
_SENT_TO_WHOM = (
    r"(?:him|her|me|them|(?:his|her|my)\s+(?:bf|gf|boyfriend|girlfriend))(?:\s*\([^)]*\))?\s+"
)
_SENT_DET = r"(?:a|an|some|two|three|\d+|one|more)\s+"
#: The image words of ``_SENT_OWN_IMAGE_WORD`` and nudes and selfies: images that show the
#: sender (not a screenshot, a clip or footage, which may be of anything).
_OWN_IMAGE = rf"(?:{_SENT_OWN_IMAGE_WORD}|nudes?|videos|vids|selfies?)"
#: A child sending a picture of their own body: the sender's words and the possessive agree.
#: ("a girl in his class sent him a pic of her boobs", "my 15 yr old (S4) sent a pic of her
#: boobs to her boyfriend": the one sent to, and a parent's own child, whose sex the
#: possessive says; development narratives AL, 2026-12-08)
_SENT_OWN_BODY = "|".join(
    rf"\b(?:{sender})\s+(?:[\w'-]+\s+){{0,3}}?(?:sent|sends)\s+"
    r"(?:(?:him|her|me|them|(?:his|her|my)\s+(?:bf|gf|boyfriend|girlfriend))\s+)?(?:a\s+|an\s+|two\s+|\d+\s+)?"
    rf"(?:{_SENT_OWN_IMAGE_WORD})\s+of\s+{own}\s+(?:own\s+)?{_OWN_BODY}\b"
    for sender, own in (
        (r"he|boy|lad|son|m\d{0,2}", "his"),
        (r"she|girl|daughter|lass|f\d{0,2}", "her"),
        (
            r"(?:my|our)\s+\d{1,2}\s*(?:yo|y/o|yr\s*old|year\s*old)(?:\s*\([^)]*\))?"
            r"(?!\s+(?:son|boy|lad|daughter|girl|grandson|granddaughter)\b)",
            "(?:her|his)",
        ),
    )
)
_HIM = r"(?:him|her|them)sel(?:f|ves)"
_IT = r"(?:it|them|the\s+(?:pic|pics|picture|pictures|photo|photos|image|images|video|nude|nudes))"
_WHO = r"(?:he|she|they|the\s+(?:boy|girl|lad|lass|other\s+\w+)|the\s+two\s+of\s+them|both\s+of\s+them)"
#: "No aggravating factors": an officer's or trainer's summary that none of the factors that
#: aggravate a peer case is present (the checklist's five; coercion and an adult are asked
#: on their own whatever is said here).
_NO_AGGRAVATING = (
    r"\bno\s+(?:other\s+|further\s+|obvious\s+|known\s+)?aggravating\s+(?:factors?|features?)\b|"
    r"\bnothing\s+aggravating\b"
)
#: "none of it's been", "none of them were": the opening of a denial of what was done with
#: the images (``_NOT_POSTED``, ``_NOT_PASSED_ON``).
_NONE_OF_IT = r"\bnone\s+of\s+(?:it|them)(?:['’]s|\s+has|\s+have|\s+was|\s+were)?\s+(?:been\s+)?"
_PUT_ONLINE = r"(?:posted|uploaded|put\s+online)"
#: The two who sent and received it, or their phones: "the two of them", "their phones", "him".
_THE_PAIR = (
    r"(?:the\s+two(?:\s+of\s+them)?|them(?:\s+two)?|those\s+two|the\s+pair(?:\s+of\s+them)?|him|her|"
    r"(?:their|the)\s+(?:two\s+)?(?:phones|devices)|(?:his|her)\s+(?:phone|device)|(?:her|his)\s+"
    r"(?:boyfriend|girlfriend|bf|gf|partner))\b"
)
#: "only the two of them have it", "only he has it", "it stayed between them": neither
#: passed on nor spread.
_KEPT_BETWEEN_THEM = (
    rf"\bonly\s+(?:{_WHO}|him|her|them|them\s+two|they\s+two|those\s+two|the\s+two)\s+(?:has|have|had|got|saw|has\s+seen|have\s+seen)\s+{_IT}\b|"
    rf"\b{_IT}(?:['’]s\s+|\s+has\s+|\s+have\s+|\s+)(?:stayed|stays|remained)\s+(?:just\s+|only\s+)?between\b|"
    # "kept private", "kept it between them", "kept them to themselves"
    r"\bkept\s+(?:it\s+|them\s+)?(?:private|between\s+(?:them|the\s+two)|to\s+themselves)\b|"
    # "the pics are only on their two phones", "the video never left his phone",
    # "not gone any further than the two phones"
    r"\b(?:are|is)\s+(?:only|just)\s+on\s+(?:their|the|his|her|both)\s+(?:two\s+)?(?:phones?|devices?)\b|"
    r"\bnever\s+left\s+(?:his|her|their|the)\s+(?:two\s+)?(?:phones?|devices?)\b|"
    # (not "it hasn't gone any further than the cousin": it went to the cousin; development
    # narratives AI, 2026-12-07)
    rf"\b(?:not|n['’]?t)\s+gone\s+(?:any\s+)?further\s+than\s+{_THE_PAIR}|"
    rf"\bnothing(?:['’]s|\s+has)\s+gone\s+(?:any\s+)?further\s+than\s+{_THE_PAIR}|"
    # "it went no further than the two of them", "it's just between the two of them",
    # "it's only on her phone", "she keeps it private"
    r"\b(?:went|gone|go|goes)\s+no\s+further\b|"
    r"\b(?:it['’]?s|it\s+is|its)\s+(?:just\s+|only\s+)?between\s+(?:the\s+two\s+of\s+them|them|the\s+two)\b|"
    r"\b(?:it['’]?s|it\s+is|its|they['’]re|they\s+are)\s+only\s+on\s+(?:her|his|their)\s+(?:phone|device)s?\b|"
    r"\b(?:keeps|keep|keeping)\s+(?:it\s+|them\s+)?private\b"
)

#: "he hasn't sent it on to anyone", "she never sent them to anyone", "he's shown nobody":
#: not passed on at all, so neither passed on without agreement nor spread.
_SHOWN_NOBODY = (
    r"\b(?:hasn['’]?t|hasnt|has\s+not|hadn['’]?t|hadnt|had\s+not|never|didn['’]?t|didnt|did\s+not|not)\s+(?:been\s+)?"
    r"(?:sent|send|shared|share|shown|show|forwarded|forward|passed|posted)\s+"
    rf"(?:{_IT}\s+)?(?:on\s+)?(?:to|with)\s+(?:anyone|anybody|any\s+one)\b|"
    r"\b(?:shown|showed|sent\s+(?:it|them)\s+to|shared\s+(?:it|them)\s+with)\s+"
    r"(?:nobody|no[-\s]?one)\b|"
    # "never shown to anyone else", "nothing was shared with anyone else", "not been sent
    # anywhere", "no evidence it's been sent anywhere", "nobody else has ever seen them",
    # "never gone past the two of them", "nobody else sees them"
    r"\b(?:never|not|nothing\s+(?:was|has\s+been))\s+(?:been\s+)?(?:shown|sent|shared|passed|forwarded)"
    r"(?:\s+on)?\s+(?:to|with)\s+(?:anyone|anybody)\b|"
    r"\b(?:not|never)\s+been\s+(?:sent|shared|forwarded)\s+(?:anywhere|on)\b|"
    # "Nothing to suggest it went anywhere else", "no sharing"
    r"\b(?:nothing|no\s+(?:evidence|sign|indication))\s+(?:to\s+suggest|that)\s+(?:it|they|the\s+\w+)\s+"
    r"(?:went|has\s+gone|have\s+gone|was\s+sent|were\s+sent|got\s+sent)\s+(?:anywhere|any\s+further|further)\b|"
    r"\bno\s+(?:onward\s+|further\s+)?sharing\b(?!\s+(?:of|with)\b)|"
    # "He showed them to no one"
    r"\b(?:showed|shown|sent|shared|passed)\s+(?:it|them)\s+(?:to|with)\s+(?:no[-\s]?one|nobody|noone)\b|"
    # "they were never sent on", "it didn't go to anyone else"
    r"\b(?:were|was)\s+(?:never|not)\s+(?:sent|shared|passed|forwarded)\s+on\b|"
    r"\b(?:weren['’]?t|wasn['’]?t)\s+(?:sent|shared|passed|forwarded)\s+on\b|"
    r"\b(?:didn['’]?t|did\s+not|never|hasn['’]?t|has\s+not|haven['’]?t|have\s+not)\s+(?:go|gone|went)\s+"
    r"to\s+any(?:one|body|\s+one)\s+else\b|"
    # "he's not passed it on", "she hasn't sent them on"
    rf"\b(?:not|never|(?:has|have|had|did)n['’]?t)\s+(?:passed|sent|shared)\s+{_IT}\s+on\b|"
    r"\bno\s+evidence\s+(?:that\s+)?(?:it|they)(?:['’]s|\s+has|\s+have|['’]ve)?\s+been\s+(?:sent|shared|"
    r"forwarded|posted)\b|"
    r"\b(?:nobody|no[-\s]?one)\s+else\s+(?:has\s+|have\s+)?(?:ever\s+)?(?:seen|sees|saw)\b|"
    r"\bnever\s+(?:gone|went|got)\s+(?:past|beyond|further\s+than)\s+(?:the\s+two|them|those)\b|"
    # "neither has shown anyone", "no onward sharing", "no further dissemination", "not
    # shared on", "nothing shared", "nobody else has it", "tells no one", "it hasn't gone
    # to anyone else", "he hasn't shared it", "hasn't passed hers on", "not sent it anywhere"
    r"\bneither(?:['’]s|\s+of\s+them['’]s)\s+(?:shown|sent|shared|forwarded|passed)\b|"
    # "neither has shared the pictures with anyone", "neither shared further", "no third
    # parties", "it's not gone to anybody else", "hasn't been shared or posted anywhere"
    rf"\bneither\s+(?:of\s+them\s+)?(?:has\s+|have\s+)?(?:shown|sent|shared|forwarded|passed)\s+{_IT}\s+"
    r"(?:on\s+)?(?:to|with)\s+(?:anyone|anybody)\b|"
    # (and in the present of a scenario: "neither shares them further")
    r"\bneither\s+(?:of\s+them\s+)?(?:has\s+|have\s+)?(?:shared|shares|forwarded|forwards|sent|sends|passed|passes)\s+"
    r"(?:it\s+|them\s+)?(?:further|on)\b|"
    r"\bno\s+third\s+part(?:y|ies)\b|\bnot\s+gone\s+to\s+(?:anyone|anybody)\b|"
    r"\b(?:has|have|had)n['’]?t\s+been\s+(?:shared|forwarded)\s+or\s+(?:posted|put\s+online)\b|"
    r"\bno\s+(?:other\s+(?:parties|people|persons)|one\s+else|third\s+part(?:y|ies))\s+"
    r"(?:involved|have\s+it|has\s+it)\b|"
    r"\bneither\s+(?:of\s+them\s+)?(?:has|have|had)\s+(?:shown|sent|shared|forwarded|passed)\s+"
    r"(?:it\s+|them\s+)?(?:on\s+)?(?:to\s+|with\s+)?(?:anyone|anybody)\b|"
    r"\bno\s+(?:onward|further|wider)\s+(?:sharing|dissemination|distribution|forwarding|spread)\b|"
    r"\bnot\s+(?:been\s+)?(?:shared|forwarded|passed|sent)\s+on\b|"
    r"\bnot\s+(?:been\s+)?shared\s*(?:[.,;!]|$|\s+(?:further|any\s*where|with\s+any(?:one|body)))|"
    r"\bnothing(?:['’]s|\s+has|\s+was)?\s+(?:been\s+)?(?:shared|forwarded|passed\s+on|sent\s+on)\b|"
    r"\b(?:nobody|no[-\s]?one)\s+else\s+(?:has|have|had|does|got|knows)\b|"
    r"\b(?:nobody|no[-\s]?one)\s+else\s+(?:has\s+|have\s+)?(?:seen|got)\s+(?:it|them)\b|"
    r"\b(?:tells?|told|shows?|showed|shown)\s+(?:it\s+|them\s+)?(?:to\s+)?(?:nobody|no[-\s]?one)\b|"
    r"\b(?:has|have|had)n['’]?t\s+gone\s+(?:to\s+any(?:one|body)|any\s*where|any\s+further)\b|"
    r"\b(?:(?:has|had|did)n['’]?t|(?:has|had|did)\s+not|never)\s+(?:shared|forwarded)\s+(?:it|them)\b"
    r"(?!\s+(?:with|to)\s+(?!any))|"
    r"\b(?:not|never|(?:has|have|had|did)n['’]?t)\s+(?:passed|sent|shared)\s+(?:hers|his|theirs)\s+on\b|"
    r"\b(?:not|never|(?:has|have|had|did)n['’]?t)\s+(?:sent|shared|posted|put)\s+(?:it|them)\s+anywhere\b|"
    r"\bonly\s+between\s+(?:the\s+two\s+of\s+them|them|the\s+two)\b|"
    # "it hasn't been shared", "never showed it to a soul"
    r"\b(?:has|have|had)n['’]?t\s+been\s+(?:shared|forwarded|passed\s+on)\s*(?:[.,;!]|$|\s+(?:with|to)\s+any)|"
    r"\b(?:showed|shown|show|told|sent)\s+(?:it\s+|them\s+)?to\s+a\s+(?:single\s+)?soul\b|"
    # "it hasn't been sent anywhere else", "neither of them has shared them"
    r"\b(?:has|have|had)n['’]?t\s+been\s+(?:sent|shared|forwarded|passed)\s+(?:on|any\s*where)\b|"
    r"\bneither\s+(?:of\s+them\s+)?(?:has|have|had)\s+(?:shared|forwarded|passed\s+on|sent\s+on)\s+"
    r"(?:it|them|hers|his|theirs)\b|"
    r"\b(?:(?:has|had|did)n['’]?t|hasnt|hadnt|didnt|(?:has|had|did)\s+not|never|not)\s+(?:shown|showed|show)\s+"
    r"(?:(?:it|them)\s+to\s+)?(?:anyone|anybody)\b|"
    # "Naebody else has seen it", "no one else has got them"
    r"\b(?:nobody|naebody|no[-\s]?one)\s+else\s+(?:has\s+)?(?:seen|got|had)\s+(?:it|them)\b"
)

#: "It's not been posted anywhere", "not on the internet": not spread, though it may have
#: been sent to someone.
_NOT_POSTED = (
    r"\b(?:not|never)\s+been\s+(?:posted|uploaded|put\s+online)(?:\s+(?:anywhere|online))?\b|"
    # "nothing online", "nothing has been posted", "not on any sites", "not online anywhere"
    r"\bnothing(?:['’]s|\s+has|\s+is|\s+was)?\s+(?:been\s+)?(?:online|posted|uploaded|put\s+online)\b|"
    r"\bnot\s+on\s+any\s+(?:sites?|websites?|apps?|platforms?|social\s+media|pages?)\b|"
    r"\bnot\s+(?:online|posted)\s+any\s*where\b|"
    r"\b(?:it['’]?s|it\s+is|image|video|pics?)\s+not\s+(?:on\s+the\s+internet|online|posted)\b|"
    # "none of it's been put online"
    rf"{_NONE_OF_IT}{_PUT_ONLINE}\b|"
    # "i didnt post it anywhere", "he never put them online"
    r"\b(?:didn['’]?t|did\s+not|didnt|never|haven['’]?t|hasn['’]?t|has\s+not|have\s+not)\s+"
    r"(?:post|posted|put|upload|uploaded)\s+(?:it|them)\s+(?:any\s*where|online|up)\b"
)

#: Not passed on at all, so not spread either: "he kept it to himself", "nobody else has
#: seen it", "he hasn't distributed it", "never showed it round".
_NOT_PASSED_ON = (
    # "there's nothing to say it went anywhere else", "no sign it's gone any further"
    r"\b(?:nothing\s+to\s+(?:say|suggest|show)|no\s+(?:sign|evidence|indication|suggestion))\s+(?:that\s+)?"
    r"(?:it|they|the\s+\w+)\s+(?:went|has\s+gone|have\s+gone|['’]s\s+gone|['’]ve\s+gone|got|has\s+been\s+sent|"
    r"was\s+sent|were\s+sent)\s+(?:anywhere|any\s*where|any\s+further|further|to\s+anyone)\b|"
    # "no ones seen it", "nobody's got them"
    r"\b(?:no[-\s]?one['’]?s|noones|nobody['’]?s|naebody['’]?s)\s+(?:seen|got|had)\s+(?:it|them)\b|"
    rf"\b(?:kept|keeps|keeping|keep)\s+{_IT}\s+to\s+{_HIM}\b|"
    rf"\b(?:no[-\s]?one|nobody)\s+else\s+(?:has|have|had)\s+(?:seen|got|received)\s+{_IT}\b|"
    rf"{_KEPT_BETWEEN_THEM}|{_SHOWN_NOBODY}|"
    rf"\b(?:he|she|they)(?:\s+is|\s+are|\s+was|\s+were|['’]s|['’]re)\s+the\s+only\s+(?:one|ones|person|people)\s+"
    rf"(?:who\s+(?:has|have|had|saw|has\s+seen)|to\s+have\s+seen|with)\s+{_IT}\b|"
    r"\b(?:has|have|had)\s+not\s+(?:distributed|circulated|shared)\b|"
    r"\bnot\s+(?:circulated|distributed|shared)\s+(?:further|on|any\s+further)\b|"
    r"\b(?:didn['’]?t|did\s+not|never|hasn['’]?t|has\s+not)\s+(?:pass|passed)\s+(?:it|them)\s+(?:on|round|around|about)\b|"
    # "it's not gone past the two of them"
    r"\b(?:not|hasn['’]?t|has\s+not|never)\s+gone\s+(?:past|beyond|further\s+than)\s+(?:the\s+two\s+of\s+them|"
    r"those\s+two|the\s+pair\s+of\s+them|them)\b|"
    r"\bnever\s+show(?:ed|n)\s+(?:it|them)\s+(?:roond|round|around|to\s+anyone)\b|"
    # "video only on her phone", "the pics are just on his phone": nowhere else
    r"\b(?:only|just)\s+(?:ever\s+)?on\s+(?:her|his|their|the\s+one)\s+(?:own\s+)?"
    r"(?:phone|mobile|ipad|tablet|laptop|device)s?\b(?!\s+(?:for|until|till|before)\b)|"
    # "Nobody shared anything", "no one has sent them on", "neither of them saved or shared the
    # pictures", "there's no suggestion it went anywhere else"
    r"\b(?:nobody|no[-\s]?one|naebody)\s+(?:has\s+|have\s+|['’]s\s+)?(?:shared|sent|passed|forwarded|showed)\s+"
    r"(?:anything|anyone|it|them)(?:\s+(?:on|round|around))?\b|"
    rf"\bneither(?:\s+of\s+them|\s+(?:student|pupil|child|boy|girl|lad|one))?\s+(?:(?:has|have)\s+)?(?:\w+\s+or\s+)?"
    rf"(?:shared|forwarded|passed\s+on|sent\s+on)\s+(?:{_IT}|anything|the\s+(?:images?|pics?|photos?|pictures?|videos?))\b|"
    # "he's no shared it wi anybody", "nothing's gone to anyone else"
    r"\b(?:no|not|nae|hasnae|hasn['’]?t|has\s+not|never)\s+shared\s+(?:it|them)\s+(?:wi|with)\s+(?:anybody|anyone|naebody)\b|"
    # "he's no sent it on tae anybody", "she's no shown it tae naebody"
    r"\b(?:he|she|they)\s*(?:['’]s|['’]re|\s+is|\s+has)\s+(?:no|nae)\s+(?:sent|shared|shown|showed|passed)\s+"
    r"(?:it|them)\s+(?:on\s+)?(?:tae|to|wi|with)\s+(?:anybody|anyone|naebody|nobody)\b|"
    # "none of it's been passed about", "none of it's been put online or passed about"
    rf"{_NONE_OF_IT}(?:{_PUT_ONLINE}\s+or\s+)?(?:shared|sent\s+on|forwarded|passed\s+(?:on|about|around|round))\b|"
    # police notes: "not fwd.", "img not forwarded", "not fwd'd to anyone"
    r"\bnot\s+(?:been\s+)?(?:fwd(?:['’]?d|ed)?|forwarded)\s*(?:[.,;!]|$|\s+(?:on|further|any\s*where|to\s+any(?:one|body)))|"
    r"\bnothing(?:['’]?s|\s+has)\s+(?:gone|been\s+sent)\s+to\s+any\s*(?:one|body)\s+else\b|"
    r"\bno\s+(?:suggestion|indication|evidence|sign)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+(?:went|has\s+gone|"
    r"have\s+gone|was\s+(?:sent|shared)|were\s+(?:sent|shared)|has\s+been\s+(?:sent|shared))\s+"
    r"(?:any\s*where|any\s+further|further|on)\b|"
    # "two 17 year olds ... nobody else involved" (development narratives AI)
    r"\b(?:nobody|no[-\s]?one|noone)\s+else\s+(?:is\s+|was\s+|has\s+been\s+)?involved\b|"
    # "no sign anyone else has them", "it hasn't gone round" (development narratives AG, AH)
    r"\bno\s+(?:sign|evidence|indication|suggestion)\s+(?:that\s+)?(?:anyone|anybody|any\s+one)\s+else\s+"
    r"(?:has|have|had|got|saw|has\s+seen|has\s+got)\b|"
    r"\b(?:it|they|the\s+(?:pic|pics|photo|photos|image|images|video|nude|nudes))\s*(?:hasn['’]?t|hasnt|has\s+not|haven['’]?t|"
    r"havent|have\s+not|didn['’]?t|didnt|never)\s+(?:gone|went|go)\s+(?:round|around)\b|"
    # a threat not carried out: "Image not released yet", "No images have been released yet";
    # "not sent anywhere"
    r"\b(?:not|no\s+(?:images?|photos?|pics?|videos?)\s+(?:have|has))\s+(?:been\s+)?released\b|"
    r"\bnot\s+(?:been\s+)?(?:sent|shared)\s+(?:anywhere|on)\b"
)

#: Fact key -> phrases that state it is false.
DENIALS: dict[str, re.Pattern[str]] = {
    # not passed on beyond the person it was sent to
    "shared_without_consent": re.compile(
        rf"{_NOT_PASSED_ON}|\bwith\s+(?:her|his|their)\s+say[\s-]?so\b|"
        # "She hasn't sent anything", "she never sent any": no image of hers to pass on
        r"\b(?:she|he|they)\s+(?:hasn['’]?t|has\s+not|never|didn['’]?t|did\s+not)\s+sent\s+(?:him|her|them\s+)?"
        r"\s*(?:anything|any)(?:\s+(?:yet|back|at\s+all))?\s*(?:[.,;!]|$|\band\b|\bbut\b)",
        _I,
    ),
    # not seen by many: not passed on at all, or only the two of them have it
    "widely_shared": re.compile(
        rf"{_NOT_PASSED_ON}|{_NOT_POSTED}|"
        r"\bnot\s+in\s+(?:wider|wide|general)\s+circulation\b|"
        r"\b(?:hasn['’]?t|has\s+not|not|never)\s+gone\s+(?:everywhere|round|around|public|viral)\b|"
        r"\bjust\s+(?:one|1|the\s+one)\s+(?:friend|mate|person|pal)\s+(?:has\s+)?(?:seen|got)\s+it\b|"
        r"\b(?:nobody|naebody|no[-\s]?one)(?:['’]s|\s+has)\s+(?:put|posted)\s+(?:it|them)\s+(?:up|on|online)\b|"
        r"\bnot\s+(?:been\s+)?(?:posted|put)\s+(?:anywhere\s+)?public(?:ly)?\b|"
        r"\b(?:nobody|naebody|no[-\s]?one)['’]?s\s+put\s+(?:it|them)\s+up\b|"
        r"\b(?:ain['’]?t|hasn['’]?t|has\s+not|not)\s+(?:been\s+)?leaked\b|"
        # "fwd IP's img (F15) to 1 mate": one person is not many; nor are two or three ("sent
        # it to 3 mates", "showed it to 2 of his mates", "a few of her mates from school")
        r"\b(?:sent|shared|forwarded|fwd|showed|shown)\b[^.;!?]{0,30}?\bto\s+(?:just\s+|only\s+)?"
        r"(?:1|one|a\s+single)\s+(?:mate|friend|pal|person|other\s+(?:boy|girl|lad|person))\b|"
        r"\b(?:sent|shared|forwarded|fwd|showed|shown|airdropped|passed)\b[^.;!?]{0,30}?\bto\s+(?:just\s+|only\s+)?"
        r"(?:2|3|two|three|a\s+couple(?:\s+of)?|a\s+few)\s+(?:of\s+(?:his|her|their)\s+)?(?:other\s+)?"
        r"(?:mates|friends|pals|lads|boys|girls|people|others|of\s+(?:his|her|their)\s+(?:mates|friends))\b|"
        # "as far as we know its only gone to him", "It's just the one boy as far as we know"
        r"\bonly\s+(?:gone|been\s+sent|been\s+shown)\s+to\s+(?:him|her|them|one)\b|"
        r"\bjust\s+the\s+one\s+(?:boy|girl|lad)\b",
        _I,
    ),
    # the child chose to send it: no pressure
    "coercion": re.compile(
        # "both say they agreed to it", "they both agreed to it"
        r"\b(?:both|they)\s+(?:say|said|says)\s+(?:that\s+)?(?:they|both)\s+(?:both\s+)?agreed\b|"
        r"\bthey\s+both\s+agreed\s+to\s+(?:it|this|that)\b|"
        r"\b(?:sent|shared|took|made)\s+(?:it|them|the\s+\w+)\s+(?:willingly|voluntarily|"
        r"freely|of\s+(?:her|his|their)\s+own\s+(?:accord|free\s+will))\b|"
        r"\b(?:willingly|voluntarily|freely)\s+(?:sent|shared|took)\b|"
        # "IP sent orig to him voluntarily"
        r"\b(?:sent|shared|took|gave)\b[^.;!?]{0,30}?\b(?:willingly|voluntarily)\b|"
        # "she says he never asked, she just sent them"
        r"\bnever\s+asked(?:\s+(?:her|him|them))?\s*(?:[,;-]|and)\s*(?:she|he|they)\s+just\b|"
        # "she sent it without him asking", "sent me a pic ... without me asking"
        r"\bsent\b[^.;!?]{0,50}?\bwithout\s+(?:him|her|them|me|us|anyone|anybody)\s+(?:even\s+)?asking\b|"
        r"\bof\s+(?:her|his|their)\s+own\s+(?:accord|free\s+will)\b|"
        r"\b(?:was|were)\s+(?:happy|keen)\s+to\s+(?:send|share)\b|"
        r"\bit\s+was\s+(?:completely\s+|entirely\s+|totally\s+|all\s+|fully\s+)?(?:her|his|their|my|"
        r"the\s+(?:girl|boy|lad|lass)['’]?s)\s+(?:own\s+)?(?:idea|choice|decision)\b|"
        # "exchanged nudes. mutual.", "totally mutual": said as a clause of its own
        r"(?:^|[.,;:]\s*)(?:(?:it\s+was|it['’]s|all|totally|completely|entirely|fully)\s+)?mutual\s*(?:[.,;!]|$)|"
        # "it was a joint decision", "she was completely fine with it"
        r"\b(?:a\s+)?(?:joint|mutual|shared)\s+decision\b|"
        r"\b(?:she|he|they)\s+(?:was|were|is|are|['’]s|['’]re)\s+(?:completely\s+|totally\s+|absolutely\s+|"
        r"perfectly\s+)?(?:fine|ok|okay|happy|comfortable)\s+with\s+(?:it|sending\s+(?:it|them))\b"
        r"(?!\s+(?:at\s+first|to\s+begin\s+with|initially))|"
        # "she wanted to as much as he did"
        r"\b(?:she|he|they)\s+wanted\s+to\s+(?:just\s+)?as\s+much\s+as\b|"
        r"(?:^|[.,;:]\s*)(?:all\s+)?(?:her|his|their)\s+(?:own\s+)?(?:idea|choice|decision)"
        r"(?:\s+(?:entirely|totally|completely|alone))?(?:,?\s+not\s+(?:his|hers|theirs))?\s*(?:[.,;!]|$)|"
        # "he never asked or pushed", "didn't ask for it or push her", "he didn't push her",
        # "She didn't mind"
        r"\b(?:never|didn['’]?t|did\s+not)\s+(?:ask(?:ed)?\s+(?:for\s+it\s+|her\s+|him\s+)?or\s+)?"
        r"(?:push(?:ed)?|pressur(?:e|ed))(?:\s+(?:her|him|them))?\b|"
        r"\b(?:she|he)\s+(?:didn['’]?t|did\s+not)\s+mind\b|"
        # the user's own judgement: "doesnt sound like he pushed her for it", "I don't
        # think he pressured her", "doesn't seem he forced her"
        r"\b(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not)\s+(?:sound|seem|look|appear)\s+(?:like\s+|as\s+if\s+|"
        r"as\s+though\s+)?(?:he|she|they)\s+(?:pushed|pressured|pressurised|forced|made)\s+(?:her|him|them)\b|"
        r"\b(?:i|we)\s+(?:don['’]?t|do\s+not)\s+think\s+(?:he|she|they)\s+(?:pushed|pressured|pressurised|forced)\s+"
        r"(?:her|him|them)\b|"
        # "she says she didn't feel pushed", "she wanted to as well", "completely unprompted"
        r"\b(?:didn['’]?t|did\s+not|never)\s+feel\s+(?:pushed|pressured|pressurised|forced)\b|"
        r"\b(?:she|he|they)\s+wanted\s+to\s+(?:as\s+well|too)\b|"
        r"\b(?:completely\s+|totally\s+|entirely\s+)?unprompted\b|"
        # "she says he never asked for them, she just did it": sent unasked, so not pressed
        r"\b(?:he|she|they)\s+(?:never|didn['’]?t|didnt|did\s+not)\s+(?:even\s+)?ask(?:ed)?\s+(?:her\s+|him\s+)?"
        r"(?:for\s+)?(?:it|them|one|any)\b|"
        # "both happy to", "they were both keen", "both were up for it", "it was mutual",
        # "she wanted to send it", "i was happy to", "he was fine sending it"
        r"\bboth\s+(?:were\s+|are\s+)?(?:happy|keen|willing|up\s+for\s+it)\b|"
        r"\b(?:were|are)\s+both\s+(?:happy|keen|willing|up\s+for\s+it)\b|"
        r"\b(?:it\s+was|was|all|totally|completely|entirely)\s+mutual\b|"
        # "exchanged imgs on snap, mutual.", "we both want to"
        r",\s*mutual\s*(?:[,.;]|$)|"
        r"\b(?:we|they)\s+both\s+(?:want|wanted)\s+to\b|"
        # "both say mutual", "off her own back"
        r"\b(?:both|they)\s+(?:say|said|agree|agreed|confirm|confirmed)\s+(?:it\s+was\s+)?(?:mutual|consensual)\b|"
        r"\boff\s+(?:her|his|their|my)\s+own\s+(?:back|bat)\b|"
        r"\b(?:she|he|i|they)\s+(?:really\s+)?wanted\s+to(?:\s+send\s+(?:it|them|one))?\s*"
        r"(?:[.,;!]|$|(?:and|but|so|too)\b)|"
        r"\b(?:she|he|i|they)\s+(?:really\s+)?wanted\s+to\s+send\s+(?:it|them|one)\b|"
        r"\b(?:cos|coz|cause|cuz|as)\s+(?:she|he|i|they)\s+wanted\s+to\b|"
        r"\b(?:she|he|i|they)\s+(?:was|were)\s+(?:happy|fine|keen)\s+(?:to\b|sending\b)|"
        r"\bconsensual(?:ly)?\s+(?:swap|exchange|sexting|sharing|image|images|pics?|photos?)\b|"
        r"(?:^|[.;]\s*)consensual\b(?!\s*\?)|"
        r"\bneither\s+(?:of\s+them\s+)?(?:felt\s+|was\s+|were\s+)?(?:pressured|pushed|forced|coerced)\b|"
        # "14 y/o F snt nude to 14 y/o M, consensual, no onward sharing", "she chose to send it"
        r",\s*consensual\s*(?:[,.;]|$)|"
        r"\b(?:she|he|they|i)\s+chose\s+to\s+(?:send|share|take|make)\b|"
        r"\bboth\s+(?:were\s+|are\s+)?consent(?:ing|ed|s)?\b(?!\s+(?:form|age))|"
        # "Nobody asked her to or put her up to it", "Nobody asked him for them", "nobody puts
        # her up to it", "he asked once, she sent it", "he's never asked her to do anything
        # she didn't want"
        r"\b(?:nobody|no[-\s]?one|noone)\s+(?:asked|asks|told|tells|puts|put)\s+(?:her|him|them)\s+"
        r"(?:to\b|for\b|up\s+to\b)|"
        r"\b(?:he|she|they)\s+(?:only\s+)?asked\s+(?:the\s+)?(?:once|one\s+time)\b|"
        r"\bnever\s+(?:asked|made|pushed|pressured)\s+(?:her|him|them)\s+(?:to\s+)?(?:do\s+)?anything\s+"
        r"(?:she|he|they)\s+(?:didn['’]?t|did\s+not)\s+want\b|"
        # "Willing, not shared", "she sent it willingly", "filmed themselves ..., consensually"
        r"(?:^|[.,;:]\s*|\b(?:was|were|both|totally|fully|completely|entirely|quite)\s+)willing(?:ly)?\b|"
        r"\b(?:sent|sends|took|shared|made|filmed)\s+(?:it|them|one|some)?\s*willingly\b|"
        r"\bconsensually\b|\bconsensual\s+at\s+the\s+time\b|"
        # "she offered to send one": her own idea
        r"\b(?:she|he|they)\s+offered\s+to\s+send\b|"
        # "consensual nude swap", "a consensual exchange"
        r"\bconsensual\s+(?:nude\s+|pic\s+|photo\s+|image\s+)?(?:swap|exchange|sexting)\b|"
        # "both agreed to it", "both wanted to", "nobody leant on anyone", "nobody put her up to it"
        r"\bboth\s+(?:of\s+them\s+)?(?:agreed|wanted|consented|were\s+happy)\b|"
        r"\b(?:nobody|no[-\s]?one|naebody|nae[-\s]?yin)\s+(?:leant|leaned|pushed|pressured|forced|made)\s+(?:on\s+)?"
        r"(?:anyone|anybody|her|him|them)\b|"
        r"\b(?:nobody|no[-\s]?one)\s+put\s+(?:her|him|them)\s+up\s+to\s+it\b|"
        # "she sent it to him on purpose", "she sent it deliberately"
        r"\b(?:sent|shared|took|made)\s+(?:it|them|the\s+\w+)\s+(?:to\s+(?:him|her|them)\s+)?"
        r"(?:on\s+purpose|deliberately|because\s+she\s+wanted\s+to|because\s+he\s+wanted\s+to)\b|"
        # "all consensual", "it was consensual"
        r"\b(?:all|fully|totally|completely|entirely|was|were|it['’]?s|its)\s+consensual\b|"
        # "he never made her", "nobody forced him"
        r"\b(?:never|didn['’]?t|didnt|did\s+not|nobody|no[-\s]?one)\s+(?:made|make|forced|force)\s+"
        r"(?:her|him|them)\b(?!\s+(?:a|an|the|some|any)\b)",
        _I,
    ),
    # the child made it: not taken or made without their agreement
    "made_without_consent": re.compile(
        rf"\b(?:she|he|they)\s+(?:took|made|filmed|recorded)\s+{_IT}\s+(?:{_HIM}|of\s+{_HIM})\b|"
        # "he says they both wanted to", "both consented": the two of them agreed to it
        r"\b(?:they|we)\s+both\s+wanted\s+to\b|\bboth\s+(?:of\s+them\s+)?(?:consented|agreed)\b|"
        # "sent a topless pic to her bf, also 15, all consensual": the whole of it agreed
        r"(?:^|[,;.]\s*)(?:all|fully|totally|completely|entirely)\s+consensual\b|"
        # "nudes on her phone that she took of herself"
        r"\b(?:she|he|they)\s+(?:took|made|filmed)\s+of\s+(?:herself|himself|themselves)\b|"
        # "has been sending unrequested pictures of his penis": his own body
        # (only a male body with "his": "he sent a pic of her boobs to his mates" is hers)
        rf"\b(?:sending|sends|sent)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SENT_OWN_IMAGE_WORD})\s+of\s+his\s+(?:own\s+)?"
        r"(?:penis|willy|dick|knob|junk|privates|bits|genitals|erect\s+penis)\b|"
        # "shared nudes with each other, both keen": each sent their own
        r"\b(?:shared|sent|swapped|exchanged)\s+(?:\w+\s+)?(?:nudes|pics|photos|pictures|images|selfies)\s+"
        r"(?:with|to)\s+each\s+other\b|"
        r"\bself[-\s]?generated\b|\bself[-\s]?taken\b|"
        # "consensual nude swap", "a pic swap between them": each sent their own
        r"\b(?:nude|nudes|pic|pics|photo|photos|image|selfie)\s+(?:swap|exchange)\b|"
        # "he never meant anyone but his gf to see it": he sent it to her himself
        r"\bnever\s+meant\s+(?:anyone|anybody)\s+(?:but|except|other\s+than)\s+(?:his|her|their)\s+"
        r"(?:gf|bf|girlfriend|boyfriend|partner|ex)\s+to\s+see\s+(?:it|them)\b|"
        r"\b(?:a|her|his|their)\s+(?:own\s+)?(?:nude\s+)?selfies?\b|"
        r"\b(?:filmed|photographed|recorded)\s+themselves\b|"
        # "a pic of herself", "a photo of me in my boxers", "a topless selfie", "a pic of
        # her in her bra", "sent each other pics", "swapped nudes", "both agreed to make it"
        r"\b(?:pic|pics|picture|pictures|photo|photos|image|images|img|imgs|video|videos|vid|vids|nude|"
        r"nudes|selfie|selfies|one|clip)\s+of\s+(?:herself|himself|themselves|myself|me\b(?!\s+and))|"
        # "F15 sent topless selfie to bf", "sent two nude selfies"
        r"\b(?:sent|sends|sending|took|taken)\s+(?:a\s+|an\s+|two\s+|\d+\s+)?(?:[\w-]+\s+)?selfies?\b|"
        # "14 yo boy sent a pic of his bits", "Son 15 sent pic of his willy": his own body, sent by him
        rf"{_SENT_OWN_BODY}|"
        # "A 17 year old girl sent a nude to a boy she was seeing", "she sent him two nude
        # photos", "IP has sent one image of her breasts": a nude sent by a child is her own
        # (not "her nudes", a possessive, nor "a nude of a girl") (development narratives)
        r"\b(?:she|he|girl|boy|lad|lass|daughter|son|ip|v)\s+(?:[\w'-]+\s+){0,2}?(?:sent|sends)\s+"
        r"(?:(?:him|her|me|them)\s+)?(?:a|an|one|two|three|some|several)\s+"
        r"(?:(?:nude|naked|topless|semi[-\s]?nude|semi[-\s]?naked)\s+(?:pics?|photos?|pictures?|images?|"
        r"selfies?|videos?|snaps?)|nudes?)\b(?!\s+of\b)|"
        r"\b(?:ip|v|victim)\s+(?:[\w'-]+\s+){0,2}?(?:sent|sends)\s+(?:a\s+|an\s+|one\s+|two\s+|\d+\s+)?"
        rf"(?:{_SENT_OWN_IMAGE_WORD})\s+of\s+(?:her|his)\s+(?:own\s+)?{_OWN_BODY}\b|"
        # the person typing: "i sent my boyfriend a pic of my boobs"
        rf"\bi\s+(?:sent|send)\s+(?:(?:him|her|them|my\s+\w+)\s+)?(?:a\s+|an\s+|some\s+|two\s+)?"
        rf"(?:{_SENT_OWN_IMAGE_WORD})\s+of\s+my\s+(?:own\s+)?{_OWN_BODY}\b|"
        r"\b(?:a|her|his|their|my)\s+(?:own\s+)?[\w-]+\s+selfies?\b|"
        r"\bof\s+(?:her|him)\s+in\s+(?:her|his)\s+(?:bra|underwear|knickers|boxers|pants|bikini)\b|"
        r"\b(?:sent|sending|send|sends)\s+each\s+other\b|"
        r"\b(?:swapped|swapping|swap|swaps|exchanged|exchanging|exchange|exchanges)\s+"
        r"(?:semi[-\s]?nude\s+|semi[-\s]?naked\s+|topless\s+|nude\s+|naked\s+)?"
        r"(?:pics|nudes|photos|pictures|images|selfies|snaps)\b|"
        r"\bagreed\s+to\s+(?:make|film|take|record)\b|"
        # "she knew he was filming it", "13yo boy filmed himself" (development narratives AI, AJ)
        r"\b(?:she|he|they)\s+knew\s+(?:he|she|they)\s+(?:was|were)\s+(?:filming|recording|taking|photographing)\b|"
        r"\b(?:filmed|photographed|recorded|videoed)\s+(?:him|her)self\b|"
        r"\bno\s+covert\b|\b(?:knew|knows)\s+(?:full\s+well\s+|fine\s+well\s+)?(?:the\s+\w+|it)\s+was\s+being\s+"
        r"(?:taken|filmed|recorded)\b|"
        r"\b(?:wasn['’]?t|weren['’]?t|was\s+not|not)\s+(?:filmed|taken|snapped|recorded|photographed)\s+"
        r"(?:on\s+the\s+sly|secretly|without\s+(?:her|him|them)?\s*knowing|behind\s+(?:her|his|their)\s+back)\b|"
        # "she sent them herself", "he says she sent them him herself", "sent him them herself"
        r"\b(?:sent|took|made|filmed)\s+(?:(?:to\s+)?(?:him|her)\s+)?(?:the\s+\w+|it|them)\s+(?:(?:to\s+)?(?:him|her|them)\s+)?"
        r"(?:her|him)sel[fv]?\b|"
        r"\bset\s+the\s+timer\b|\b(?:picture|photo|pic|video|vid)\s+(?:she|he)\s+took\b|"
        # her own choice: "she says she wanted to send it", "she didn't make me, I wanted
        # to", "both agreed to it", "it was her idea", "she just did it"
        r"\b(?:she|he|they|i)\s+(?:only\s+|really\s+)?wanted\s+to\s+(?:send|take|make|do|film)\b|"
        r"\b(?:she|he)\s+(?:didn['’]?t|did\s+not|never)\s+make\s+me\b[^.!?]{0,15}\bi\s+wanted\s+to\b|"
        r"\b(?:both|they\s+both|we\s+both)\s+agreed\b|\b(?:it\s+was|was)\s+(?:all\s+)?(?:her|his|my)\s+(?:own\s+)?idea\b|"
        r"\b(?:she|he)\s+just\s+did\s+it\b|"
        # "2 images of a girl (15) which she sent him", "F/14 sent nude to M/14", "sent him a
        # pic in her bra": made by the one who sent it
        r"\b(?:which|that)\s+(?:she|he|they)\s+(?:had\s+)?sent\s+(?:him|her|them)\b|"
        r"\b(?:[MF]\s*/?\s*\d{1,2}|she|he)\s+sent\s+(?:a\s+)?nudes?\s+to\b|"
        r"\bsent\s+(?:him|her|me|them)\s+(?:a|some|two|\d+)\s+(?:[\w-]+\s+)?(?:pic|pics|picture|pictures|photo|photos|"
        r"selfie|selfies|image|images|video)\s+in\s+(?:her|his)\s+(?:bra|underwear|knickers|boxers|pants|bikini)\b|"
        r"\bwas\s?nae\s+sneaky\b|"
        # the one who sent a nude sent their own, made knowingly: "she sent nudes to a boy",
        # "i sent my bf a nude", "His girlfriend, 14, sent him some nudes" (not "of" someone,
        # nor "he sent her nudes to his mates", where "her" is whose they are)
        rf"\b{_SENDER}\s+{_SENDING}(?:{_SENT_DET})?{_SENT_ADJ}{_OWN_IMAGE}\b(?!\s+of\b)|"
        rf"\b{_SENDER}\s+{_SENDING}{_SENT_TO_WHOM}(?:{_SENT_DET})?{_SENT_ADJ}{_OWN_IMAGE}\b"
        r"(?!\s+(?:of|to|round|around)\b)|"
        # the image named by who sent it: "a nude she sent him", "nudes his 14yo gf sent
        # him", "a photo of him in his boxers, which he'd sent to a girl he liked"
        rf"\b(?:{_OWN_IMAGE}|it|them|one)\s*,?\s+(?:which\s+|that\s+)?(?:she|he|(?:his|her)\s+(?:\d{{1,2}}\s*(?:yo\s+)?)?"
        r"(?:gf|bf|girlfriend|boyfriend|ex))\s*(?:['’]d|had)?\s+(?:originally\s+|first\s+|only\s+)?sent\s+"
        r"(?:him|her|them|to\b)|"
        # "she'd sent it to him privately", "he'd sent it to one girl originally", "she
        # sent them to him when they were going out"
        # (only told as the back story: not "she sent it to her friend", whose "it" may be
        # anyone's image)
        r"\b(?:she|he)\s*(?:['’]d|had)\s+(?:only\s+|originally\s+|first\s+)?sent\s+(?:it|them)\s+to\s+"
        r"(?:him|her|one\s+(?:girl|boy|lad|person)|(?:his|her)\s+(?:gf|bf|girlfriend|boyfriend|ex|partner))\b|"
        r"\b(?:she|he)\s+sent\s+(?:it|them)\s+to\s+(?:him|her)\s+(?:privately|when\s+they\s+were\s+"
        r"(?:going\s+out|together|seeing\s+each\s+other|a\s+couple))\b|"
        # "took a photo of his own penis", "a photo of her own body"
        r"\b(?:took|taken|taking|filmed)\s+(?:a\s+|some\s+)?(?:photo|pic|picture|video|selfie)s?\s+of\s+"
        r"(?:his|her|their)\s+own\b",
        _I,
    ),
    # no reason to doubt their capacity: "no concerns about either of them understanding",
    # "no vulnerabilities flagged", "no learning needs", "no additional needs"
    "capacity_concern": re.compile(
        rf"{_NO_AGGRAVATING}|"
        # "He doesn't have any learning needs", "she hasn't got any additional needs"
        r"\b(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|hasn['’]?t|has\s+not|haven['’]?t)\s+(?:have|got)\s+"
        r"any\s+(?:learning|additional|special|support|sen)\s+needs\b|"
        r"\bno\s+concerns?\s+about\s+(?:[\w']+\s+){0,5}?(?:understanding|capacity|ability\s+to\s+consent)\b|"
        r"\bno\s+(?:known\s+)?vulnerabilit(?:y|ies)\b|"
        # "No SEN", "no ALN" (Wales), "No ASN" (Scotland), "neither has any additional
        # support needs", "he's no additional needs"
        r"\bno\s+(?:SEN|SEND|ALN|ALNs|ASN|EHCP)\b|"
        r"\bneither\s+(?:of\s+them\s+)?(?:has|have)\s+(?:any\s+)?(?:SEN|SEND|ALN|ASN)\b|"
        r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:has|have)\s+(?:any\s+)?(?:additional|special|learning|extra)\s+"
        r"(?:support\s+|educational\s+|learning\s+)?(?:needs|difficult(?:y|ies))\b|"
        r"\b(?:he['’]?s|she['’]?s)\s+no\s+(?:additional|special|learning|extra)\s+(?:\w+\s+)?needs\b|"
        r"\bno\s+(?:known\s+)?(?:learning|additional|special|extra)\s+(?:educational\s+|support\s+|learning\s+)?"
        r"(?:needs|difficult(?:y|ies)|disabilit(?:y|ies))\b|"
        r"\b(?:understands?|understood)\s+(?:fully\s+)?what\s+(?:she|he|they)\s+(?:was|were|is|are)\s+doing\b|"
        r"\b(?:isn['’]?t|is\s+not|not)\s+vulnerable\b|\bno\s+(?:additional\s+)?needs\b|\bno\s+diagnos[ie]s\b|"
        r"\bno\s+concerns?\s+(?:re|about|regarding|around)\s+(?:her\s+|his\s+)?(?:capacity|understanding)\b|"
        r"\b(?:knew|knows)\s+(?:full|fine|perfectly)\s+well\b|\bno\s+disabilit(?:y|ys|ies)\b",
        _I,
    ),
    # no intent to harm: "no harm meant", "he didn't mean any harm"
    "malicious": re.compile(
        rf"{_NO_AGGRAVATING}|"
        r"\bno\s+harm\s+(?:was\s+)?(?:meant|intended)\b|"
        r"\b(?:didn['’]?t|did\s+not|never)\s+mean\s+(?:any\s+)?(?:harm|to\s+(?:hurt|upset))\b|"
        r"\bno\s+(?:nastiness|malice|spite|beef|ill\s+will)\b|\bnot\s+(?:done\s+)?(?:out\s+of\s+spite|to\s+be\s+nasty)\b|"
        r"\b(?:wasn['’]?t|weren['’]?t|was\s+not|were\s+not|not)\s+(?:being\s+)?(?:trying|tryna|cruel|nasty|"
        r"spiteful|malicious)\b(?:\s+to\s+(?:embar+as+|humiliate|hurt|upset|shame|violate))?|"
        r"\b(?:didn['’]?t|did\s+not)\s+mean\s+(?:it\s+)?to\s+(?:upset|hurt|embar+as+)\b|"
        r"\b(?:are|were)\s+still\s+(?:friends|mates|together)\b|"
        # Scots "It wasnae tae be nasty"
        r"\b(?:wasnae|wisnae|wasn['’]?t|was\s+not)\s+(?:tae|to)\s+be\s+(?:nasty|cruel|mean|spiteful|malicious)\b|"
        # "They've split up amicably since", "they parted on good terms"
        r"\b(?:split|broke|broken|parted)\s+(?:up\s+)?(?:amicably|on\s+good\s+terms)\b",
        _I,
    ),
    # not a pattern: the first time
    "repeated": re.compile(
        rf"{_NO_AGGRAVATING}|"
        # "He's never been like this before" (development narratives AG)
        r"\b(?:never|not)\s+been\s+like\s+(?:this|that)\s+before\b|"
        # "he's never given us a day's worry", "she's never caused any trouble"
        r"\b(?:never|not\s+once)\s+(?:given|caused|been)\s+(?:us|me|anyone|school|the\s+school|any)?\s*"
        r"(?:a\s+(?:day['’]?s|moment['’]?s|minute['’]?s)\s+|any\s+)?(?:worry|trouble|bother|problems?|concern)\b|"
        r"\b(?:it['’]?s|it\s+is|this\s+is|it\s+was|this\s+was)\s+(?:the|her|his|their)\s+"
        r"first\s+(?:time|incident|occasion)\b|"
        r"\bfirst\s+time\s+(?:this|it|anything\s+like\s+(?:this|that))\s+(?:has\s+)?happened\b|"
        # "no one else has it, his first time.": said as a clause of its own
        r"(?:^|[,;.:]\s*|\band\s+)(?:(?:it['’]?s|it\s+is|it\s+was)\s+)?(?:his|her|their)\s+first\s+"
        r"(?:time|offence|incident)\s*(?=[.,;!?]|$)|"
        r"\b(?:a|this\s+is\s+a|it\s+was\s+a)\s+one[-\s]off\b|"
        # "first time either has come to our notice", "neither has been involved in
        # anything like this before"
        r"\bfirst\s+time\s+(?:either|they|he|she|any)(?:\s+of\s+them)?\s+(?:has|have)\s+(?:come|been)\b|"
        # "no previous concerns", "no safeguarding history", "first incident for both",
        # "nothing like this before", "never had any trouble like this"
        r"\bno\s+(?:previous|prior|past|earlier)\s+(?:concerns?|incidents?|issues?|history|involvement|"
        r"reports?|record)\b|"
        r"\bno\s+(?:safeguarding\s+|previous\s+|police\s+)?history\b|"
        # police shorthand: "No previous with either of them", "no previous."
        r"\bno\s+previous\s*(?:(?:with|for|on|either)\b|[.,;]|$)|"
        r"\bfirst\s+(?:incident|offence|time)\s+for\s+(?:both|either|him|her|them)\b|"
        r"\bnothing\s+like\s+(?:this|that)\s+before\b|"
        r"\bnever\s+had\s+any\s+trouble\b|"
        r"\bfirst\s+time\s+(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)?\s+(?:ever\s+)?done\s+"
        r"anything\s+like\b|"
        r"\b(?:neither|never)\s+(?:of\s+them\s+)?(?:has|have)\s+(?:been\s+involved\s+in|done)\s+"
        r"anything\s+like\s+(?:this|that)\b|"
        # "never been any bother before", "Neither has been in any bother before"
        r"\b(?:never|not|neither(?:\s+of\s+them)?\s+(?:has|have))\s+(?:ever\s+)?been\s+(?:in\s+)?"
        r"(?:any\s+)?(?:trouble|bother)\b|"
        # "never anything like this before", "Neither of them has ever done anything like this"
        r"\bnever\s+anything\s+like\s+(?:this|that)\b|"
        r"\b(?:neither|never)\s+(?:of\s+them\s+)?(?:has|have)\s+ever\s+done\s+anything\s+like\b|"
        # "never done anything like this before", "First time anything like this has come up",
        # "no previous referrals", "no prev", "Neither known to us", "Neither has any previous
        # with us", "Neither of them has come to our attention before", "no previous
        # safeguarding concerns"
        r"\bnever\s+done\s+anything\s+like\s+(?:this|that)\b|"
        # "Nothing like this has happened to him before"
        r"\bnothing\s+like\s+(?:this|that)\s+(?:has\s+|had\s+)?(?:ever\s+)?happened\b|"
        r"\bfirst\s+time\s+anything\s+like\s+(?:this|that)\b|"
        r"\bno\s+prev\b|\bno\s+(?:previous|prior|past)\s+(?:\w+\s+)?(?:referrals?|concerns?|incidents?)\b|"
        r"\b(?:neither|none\s+of\s+them)\s+(?:is\s+|are\s+)?known\s+to\s+(?:us|police|the\s+police|services)\b|"
        r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:has|have)\s+any\s+previous\b|"
        r"\bneither\s+(?:of\s+them\s+)?(?:has|have)\s+(?:ever\s+)?(?:come|been)\s+to\s+(?:our|the\s+police['’]?s?|"
        r"police|the\s+school['’]s)\s+attention\b|"
        # "Neither has come to notice before", "neither has any history"
        r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:has|have)\s+(?:ever\s+)?come\s+to\s+notice\b|"
        r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:has|have)\s+(?:any|a)\s+(?:previous\s+|prior\s+)?history\b|"
        r"\b(?:just|only)\s+the\s+once\b|\bthe\s+only\s+time\b|\bsingle\s+(?:occasion|incident|image)\b|"
        r"\bno\s+repeats?\b|\bnot\s+a\s+repeat\b|\bno\s+(?:earlier|other|previous)\s+(?:referrals?|incidents?|images?)\b|"
        r"\bnever\s+sent\s+any\s+(?:other|more)\b|\bnot\s+done\s+it\s+(?:with\s+any|before|to\s+any)\b|"
        # "No pressure, not sent on, no adults, first time, she's fine."
        r"(?:^|[.;,]\s*)first\s+time\s*(?:[,.;]|$)",
        _I,
    ),
    # no one of 18 or over: "no grown ups involved", "just kids in her year"
    "adult_involved": re.compile(
        r"\bno\s+(?:grown[\s-]?ups?|adults?|one\s+older|one\s+over\s+18)\s+(?:involved|in\s+it)\b|"
        # "nudes that she took of herself, she hasn't sent them to anyone": no one else has
        # them, so no adult holds them (an adult who asked is a cue of its own, and wins)
        r"\b(?:hasn['’]?t|has\s+not|hadn['’]?t|had\s+not|never|didn['’]?t|did\s+not)\s+(?:ever\s+)?sent\s+"
        r"(?:it|them|any|anything)\s+to\s+any(?:one|body)\b|"
        # "There's nothing to suggest anyone older is involved"
        r"\b(?:nothing|no\s+(?:sign|suggestion|indication|evidence))\s+(?:to\s+suggest\s+|of\s+|that\s+)?"
        r"(?:anyone|anybody|any\s+adults?|an\s+adult)\s+(?:older\s+|over\s+18\s+)?(?:is\s+|was\s+|being\s+|has\s+been\s+)?"
        r"involved\b|"
        r"\b(?:nobody|no[-\s]?one)\s+older\s+involved\b|\bnone\s+of\s+(?:them|the\s+\w+(?:\s+\w+){0,4})\s+"
        r"(?:are|were|is)\s+(?:over\s+18|adults?)\b|\bnot\s+(?:eighteen|18)\s+or\s+(?:owt|anything)\b|"
        r"\bjust\s+kids\s+in\s+(?:her|his|their|the\s+same)\s+(?:year|class)\b|"
        r"\bnone\s+of\s+(?:the\s+)?(?:people|kids|lads|girls|boys)\s+(?:who|that)\s+[^.!?]{0,30}?\s+(?:are|is|were)\s+over\s+18\b",
        _I,
    ),
    # never on an app or site: "only on his camera roll", "he used Bluetooth"
    "online": re.compile(
        r"\bnever\s+(?:uploaded|online|on\s+(?:any|an)\s+app)\b|\bgallery\s+only\b|\bnot\s+backed\s+up\b|"
        r"\boffline\s+only\b|\bphysical\s+photo\b|\bno\s+digital\s+copy\b|\bno\s+apps?\s+involved\b|"
        r"\b(?:used|by|via|over)\s+bluetooth\b|\bdevice[\s-]only\b|\bno\s+cloud\b|"
        r"\bnot\s+(?:sent\s+)?(?:via|through|on)\s+(?:any|an)\s+app\b|\b(?:no|not)\s+on\s+(?:any|ony)\s+app\b|"
        r"\bonly\s+on\s+(?:his|her|their)\s+camera\s+roll\b|\bjust\s+sitting\s+on\s+(?:his|her|their)\s+phone\b|"
        r"\bonly\s+on\s+(?:his|her|their)\s+phone,?\s+no\s+apps?\b",
        _I,
    ),
    # a real image: "the image is authentic", "it's a genuine photo"
    "ai_generated": re.compile(
        r"\b(?:image|photo|picture|pic|video)\s+is\s+(?:authentic|genuine|real)\b|\bnot\s+(?:manipulated|edited|"
        r"doctored|photoshopped|faked?|ai)\b|\b(?:a|an|it['’]s\s+a|it\s+is\s+a)\s+(?:genuine|real|actual)\s+"
        r"(?:photo|picture|pic|image|video)\b|\b(?:nobody|no[-\s]?one)\s+used\s+an?\s+app\s+to\s+make\b",
        _I,
    ),
    # nothing unusual or violent: "nothing rough", "no one got hurt"
    # nothing wanted for it: "Nobody asked for anything in return", "no money asked for",
    # "no demands made"
    "profit_motive": re.compile(
        rf"{_NO_AGGRAVATING}|"
        r"\b(?:nobody|no[-\s]?one|neither(?:\s+of\s+them)?)\s+(?:has\s+|have\s+|ever\s+)?(?:asked|wanted)\s+"
        r"(?:her\s+|him\s+|them\s+)?for\s+(?:anything|money|cash)(?:\s+in\s+return)?\b|"
        r"\bnothing\s+(?:was\s+|has\s+been\s+)?(?:asked\s+for|wanted|demanded)\s+in\s+return\b|"
        r"\bno\s+(?:demands?|payment|money|cash)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:asked\s+for|demanded|"
        r"requested|made|involved|mentioned)\b",
        _I,
    ),
    "atypical_or_violent": re.compile(
        rf"{_NO_AGGRAVATING}|"
        r"\bnothing\s+(?:atypical|rough|weird|violent|extreme)\b|\bno[-\s]?one\s+got\s+hurt\b|"
        r"\bnowt\s+(?:violent|rough|kinky)\b|\bnot\s+anything\s+extreme\b|\bnothing\s+(?:violent|rough|kinky)\s+(?:or|about)\b",
        _I,
    ),
    # nudity only: "no sexual activity", "not doing anything in it"
    "sexual_acts": re.compile(
        r"\bno\s+sexual\s+(?:activity|acts?)\b|\bnot\s+doing\s+anything\s+in\s+it\b|"
        # what the image shows said as nudity alone: "a photo of a girl in his class with
        # her top off", "a topless pic", "a pic of her in her bra" (a sexual act named
        # anywhere in the message is read as true, and true wins)
        r"\b(?:with\s+(?:her|his|their)\s+top\s+off|topless|semi[-\s]?(?:nude|naked)|"
        r"in\s+(?:her|his|their)\s+(?:underwear|bra|boxers|pants|knickers|bikini))\b|"
        r"\b(?:isn['’]?t|is\s+not)\s+of\s+them\s+doing\s+anything\b|\bno\s+sex\s+acts?\b",
        _I,
    ),
}


#: Someone else made an image of the child ("took photos of her", "filmed him", "upskirt",
#: "without her knowing"): a self-made image named in the same message ("she'd sent him
#: a pic of herself before") does not say this one was made with her agreement.
MADE_BY_SOMEONE_ELSE = re.compile(
    r"\b(?:took|taken|taking|filmed|filming|recorded|recording|photographed|snapped|videoed)\s+"
    r"(?:a\s+|some\s+)?(?:\w+\s+)?(?:of\s+)?(?:her|him|them|the\s+(?:girl|boy|child))\b"
    r"(?!\s*(?:(?:her|him|them)\s*)?sel)|"
    r"\bupskirt|\bsecretly\b|\bhidden\s+camera|\bspy\s*cam|"
    # an AI or edited fake: "someone made a fake nude of me", "put my face on someone
    # else's body", "one of those nudify apps"
    r"\bfake\s+(?:[\w-]+\s+)?(?:nudes?|naked|nude|pics?|photos?|images?|pictures?|videos?|vids?)\b|"
    r"\b(?:deep-?fakes?|nudif\w*|undress(?:ing)?['’]?\s+(?:ai\s+)?(?:apps?|sites?|websites?|bots?)|"
    r"clothes\s+remover|photoshopped|morphed|face[-\s]?swap\w*|"
    r"ai[-\s]?(?:generated|made|edited|nudes?|images?|apps?|pics?|photos?))\b|"
    r"\b(?:my|her|his|their)\s+face\s+(?:on|onto)\b|"
    r"\bwithout\s+(?:her|his|their|them)\s+(?:knowing|knowledge|consent|agreement)\b",
    _I,
)


#: Doubt before a denial's words: "Not sure if it's the first time", "we can't rule out".
DENIAL_DOUBTED = re.compile(
    r"\b(?:not\s+sure|unsure|don['’]?t\s+(?:know|no)|dont\s+(?:know|no)|no\s+idea|not\s+a\s+clue|unclear|"
    r"isn['’]?t\s+clear|whether|can['’]?t\s+(?:say|rule\s+out|tell)|not\s+able\s+to|haven['’]?t\s+been\s+able)\b"
    r"[^.!?]*$",
    _I,
)
#: A denial said of its opposite: "It wasn't a one-off".
DENIAL_NEGATED = re.compile(
    r"\b(?:wasn['’]?t|isn['’]?t|was\s+not|is\s+not|not)\s+(?:a\s+|the\s+)?$", _I
)


def denied_facts(text: str) -> tuple[str, ...]:
    """The fact keys the text states are false without a negation word; not when the
    words are doubted ("not sure if it's the first time") or negated ("it wasn't a one-off")."""
    keys: list[str] = []
    for key, phrase in DENIALS.items():
        if key == "made_without_consent" and (
            MADE_BY_SOMEONE_ELSE.search(text) or made_without_consent_in(text)
        ):
            continue
        if any(_stated(text, found) for found in phrase.finditer(text)):
            keys.append(key)
    return tuple(keys)


def _stated(text: str, found: re.Match[str]) -> bool:
    before = text[: found.start()]
    sentence = re.split(r"[.!?]\s", before)[-1]
    return (
        not DENIAL_DOUBTED.search(sentence)
        and not DENIAL_NEGATED.search(sentence[-12:])
        and not BEYOND_SOMEONE.match(text, found.end())
    )


#: "it hasn't gone any further than the cousin": it went to the cousin, so the words
#: deny only what came after (development narratives AI, 2026-12-07).
BEYOND_SOMEONE = re.compile(rf"\s+than\s+(?!{_THE_PAIR})", re.I)


#: Said as a question, not as a statement: a question mark later in the same clause ("she's
#: safe at home now?") or a tag question after a comma ("she's safe, isn't she?", "he's
#: fine, right"). The statements of safety below end with it (SAID_SAFE, NAMED_SAFE, TYPIST_SAFE).
_NOT_ASKED = (
    r"(?![^.?!,;]*\?)"
    r"(?!\s*,\s*(?:isn['’]?t|aren['’]?t|wasn['’]?t|right|yeah|surely|do\s+you\s+think)\b)"
)

#: The child's safety said in general words: "she's safe", "he's at home with mum, safe",
#: "no immediate concerns for him", "no risk to her", "she's not at risk". Not a denial of
#: one form of harm ("she's not suicidal", "no self-harm"): that leaves the risk question
#: to be asked (``actions.checklist.NEVER_FALSE_FROM_WORDS``). Not "safe to say", not a
#: question ("is she safe?"), not "not safe" or "feels unsafe".
SAID_SAFE = re.compile(
    r"(?<!not\s)(?<!isn't\s)(?<!isnt\s)\b(?:(?:she|he|they)\s+(?:is|are|was|were)|she['’]?s|he['’]?s|"
    r"they['’]?re|(?:both|all)(?:\s+of\s+them|\s+kids|\s+children)?\s+are|the\s+(?:child|girl|boy|"
    r"young\s+person|victim)\s+is|\bip\s+is)\s+(?:now\s+|currently\s+|at\s+home\s+(?:and\s+|now\s+)?|"
    rf"home\s+and\s+)?safe\b(?!\s+to\s+say){_NOT_ASKED}|"
    r"\bat\s+home\s+(?:with\s+(?:\w+,?\s+){1,2})?(?:and\s+)?safe\b|"
    r"(?:,|\band)\s+(?:is\s+|are\s+)?safe(?:\s+(?:tonight|now|for\s+now|today|there|here))?\s*(?:[.!;]|,(?!\s*but\b)|$)|"
    r"\bno\s+(?:immediate\s+|current\s+|ongoing\s+)?(?:safety\s+|welfare\s+)?(?:concerns?|worries)\s+"
    r"(?:for|about)\s+(?:him|her|them|his|her|their)(?:\s+(?:safety|welfare|wellbeing))?\b|"
    r"\bno\s+immediate\s+(?:concerns?|risk|danger|worries)\b|"
    # "No concerns she's at risk, she's calm and at home"
    r"\bno\s+(?:concerns?|worries)\s+(?:that\s+)?(?:she|he|they)\s*(?:['’]s|['’]re|\s+is|\s+are)\s+(?:at\s+(?:any\s+)?risk|"
    r"in\s+(?:any\s+)?danger)\b|"
    # "no concerns about immediate safety", "no concerns for their safety"
    r"\bno\s+(?:concerns?|worries)\s+(?:about|for|re|over)\s+(?:(?:her|his|their|the\s+\w+['’]?s?)\s+)?"
    r"(?:immediate\s+)?safety\b|"
    # "He's supervised and safe on the unit", "and safe with staff"; "not going anywhere tonight"
    r"\band\s+safe\s+(?:on|at|in|with)\s+(?:the|his|her|their|school|home|staff)\b|"
    rf"\bnot\s+going\s+any\s*where\s+(?:tonight|today|this\s+evening)\b{_NOT_ASKED}|"
    r"\bno\s+(?:risk|danger)\s+to\s+(?:him|her|them|the\s+child)\b|"
    # "I don't think he's in any danger", "the 13 year old is safe", "nothing to suggest the
    # boy's at risk tonight" (development narratives AI, AJ, 2026-12-07)
    r"\b(?:i|we)\s+(?:don['’]?t|dont|do\s+not)\s+think\s+(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+"
    r"(?:in\s+(?:any\s+)?(?:immediate\s+)?danger|at\s+(?:any\s+)?(?:immediate\s+)?risk)\b|"
    rf"\bthe\s+\d{{1,2}}\s*(?:-?\s*(?:years?|yrs?)\s*-?\s*old|yo)\s+is\s+(?:now\s+)?safe\b{_NOT_ASKED}|"
    r"\bnothing\s+to\s+(?:suggest|indicate|say)\s+(?:that\s+)?(?:she|he|they|the\s+\w+)(?:['’]s|\s+is|\s+are|['’]re)\s+"
    r"(?:at\s+(?:any\s+)?risk|in\s+(?:any\s+)?danger)\b|"
    # "no risk that I can see", "no danger as far as we know"
    r"\bno\s+(?:immediate\s+)?(?:risk|danger)\s+(?:that\s+(?:i|we)\s+(?:can\s+see|know\s+of|(?:am|are)\s+aware\s+of)|"
    r"as\s+far\s+as\s+(?:i|we)\s+(?:can\s+(?:see|tell)|know))\b|"
    r"\b(?:she|he|they)\s+(?:is|are)\s+not\s+at\s+(?:any\s+)?risk\b|"
    r"\b(?:she|he|they)['’]?(?:s|re)\s+not\s+at\s+(?:any\s+)?risk\b|"
    r"\b(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+not\s+in\s+(?:any\s+)?(?:immediate\s+)?danger\b"
    rf"{_NOT_ASKED}|"
    # "I rang her mum who confirmed it, all good.": the user's own all-clear, closing a clause
    r"(?:[,;]\s*|\band\s+|\bso\s+)all\s+(?:good|fine|ok|okay|sorted|safe)\s*(?:[.!]|$)|"
    # "she's fine, just shocked", "both kids are fine", "hes ok, just scared"; not "fine with it"
    r"(?<!not\s)\b(?:she['’]?s|he['’]?s|hes|shes|they['’]?re|(?:both|all)(?:\s+of\s+them|\s+kids|"
    r"\s+children)?\s+are)\s+(?:fine|ok|okay|alright|all\s+right)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "he's scared but OK", "shaken but safe", "talking to us and not at risk", "he's doing
    # ok", "my daughter's ok", "the girl is fine", "the cousin is safe", "safe tonight"
    r"\bbut\s+(?:(?:is|are|she['’]?s|he['’]?s|they['’]re)\s+)?(?:(?:absolutely|totally|completely|perfectly|otherwise)\s+)?"
    r"(?:ok|okay|fine|safe|alright)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    r"\band\s+not\s+at\s+(?:any\s+)?risk\b|"
    # "V is OK, at home with mum", "seeing a counsellor and doing OK"
    rf"\b(?:v|ip|yp|the\s+v)\s+(?:is|['’]s)\s+(?:ok|okay|fine|safe|well)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    rf"\band\s+doing\s+(?:ok|okay|fine|alright|well)\b{_NOT_ASKED}|"
    r"(?<!not\s)\b(?:she['’]?s|he['’]?s|hes|shes|they['’]?re)\s+doing\s+(?:ok|okay|fine|alright|well)\b|"
    r"\b(?:daughter|son|child|girl|boy|lad|lass)['’]s\s+(?:ok|okay|fine|safe|alright)\b"
    r"(?!\s+(?:with|about|to|if|that|for)\b)|"
    # in note form, the verb left out: "Daughter safe at home, mum with her", "V safe and well"
    r"(?:^|(?<=[.,;:]\s)|(?<=[.,;:]))\s*(?:daughter|son|child|girl|boy|lad|lass|v|ip|yp|juv|"
    r"(?:the|my|our)\s+(?:daughter|son|child|girl|boy|lad|lass))\s+safe\s+(?:at\s+home|and\s+well|now|tonight)\b|"
    # "Victim is ok, at school today with support": a police note, the article left out
    rf"(?:^|(?<=[.;]\s))victim\s+is\s+(?:ok|okay|fine|safe|alright)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    r"\bthe\s+(?:\w+\s+)?(?:child|girl|boy|lad|lass|young\s+person|victim|cousin|pupil|student)\s+is\s+"
    rf"(?:safe\b|(?:fine|ok|okay|alright)\b(?!\s+(?:with|about|to|if|that|for)\b)){_NOT_ASKED}|"
    r"\b(?:and|is|are)\s+safe\s+(?:tonight|now|for\s+now|at\s+the\s+moment|at\s+home)\b|"
    rf"\bcurrently\s+safe\b{_NOT_ASKED}|"
    # "Both lads are fine.", "both kids fine, parents aware"
    r"(?<!not\s)\b(?:both|all)\s+(?:(?:the|of\s+the)\s+)?(?:kids|children|lads|boys|girls|lasses|juvs|pupils|"
    r"young\s+people|students)\s+(?:are\s+|were\s+)?(?:fine|ok|okay|safe|alright|grand)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "shes furious not hurt", "angry, not low", "embarrassed but not hurt": a feeling, and
    # harm said not to be there
    r"\b(?:angry|furious|fuming|raging|livid|upset|embarrassed|mortified|shaken|gutted|annoyed)\s*,?\s+"
    r"(?:but\s+)?not\s+(?:hurt|harmed|low|in\s+danger)\b|"
    # "The girl is unaware and fine", "she's shocked and ok"
    r"(?<!not\s)\b(?:she['’]?s|he['’]?s|shes|hes|they['’]?re|(?:she|he|they)\s+(?:is|are)|the\s+(?:\w+\s+)?(?:child|girl|"
    r"boy|lad|lass|young\s+person|victim|pupil)\s+is)\s+(?!not\b)[a-z]+\s+and\s+(?:fine|ok|okay|safe|well)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "The girl herself is fine in school"
    r"\bthe\s+(?:child|girl|boy|lad|lass|young\s+person|victim|pupil)\s+(?:her|him|them)sel(?:f|ves)\s+is\s+"
    rf"(?:fine|ok|okay|safe|alright|well)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "She's not been harmed ... and is in school today" (development narratives AH)
    rf"\band\s+(?:is|are)\s+(?:now\s+|back\s+)?in\s+(?:school|class|lessons)\s+(?:today|now)\b{_NOT_ASKED}|"
    # "Girl is in school and being supported by guidance", "is in class and settled"
    r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+|back\s+)?in\s+(?:school|class|lessons)\s*(?:,|and)\s+(?:is\s+)?(?:being\s+)?"
    r"(?:well\s+)?(?:supported|settled|fine|ok|okay|safe|well|calm)\b|"
    # "She's angry more than anything and has gone to lessons today"
    r"\b(?:has\s+)?(?:gone|went)\s+(?:back\s+)?(?:in)?to\s+(?:her|his|their)?\s*(?:lessons|class(?:es)?)\s+"
    r"(?:today|this\s+(?:morning|afternoon)|as\s+normal)\b|"
    # "Nobody is in danger.", "no child is at immediate risk", "Everyone's fine", "all of
    # them are in school today", "she's on the unit, settled", "none are thought to be at
    # risk tonight"
    r"\b(?:nobody|no\s*-?\s*one|noone|none(?:\s+of\s+them)?|no\s+(?:child|children|kids?|young\s+(?:person|people)))\s+"
    r"(?:is|are|['’]s)\s+(?:currently\s+|now\s+)?(?:(?:thought|believed|considered|felt)\s+to\s+be\s+)?"
    r"(?:in\s+(?:any\s+)?(?:immediate\s+)?danger|at\s+(?:any\s+)?"
    rf"(?:immediate\s+)?risk)\b{_NOT_ASKED}|"
    r"\b(?:every(?:one|body)(?:['’]s|\s+is)|all\s+of\s+them\s+are)\s+(?:fine|ok|okay|safe|alright|grand)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    r"\b(?:(?:all|both)(?:\s+of\s+them)?(?:\s+(?:are|were))?|(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)|"
    r"(?:girls|boys|kids|children|pupils)\s+(?:are|were)\s+(?:all|both))\s+(?:back\s+)?in\s+school\s+"
    rf"(?:today|now|as\s+normal|and\s+(?:being\s+supported|settled|fine|ok))\b{_NOT_ASKED}|"
    r"\b(?:on|at|in)\s+the\s+unit,?\s+(?:and\s+)?settled\b|"
    # "none of them is at risk today", "neither is at risk"
    rf"\b(?:none\s+of\s+them|neither(?:\s+of\s+them)?)\s+(?:is|are|was|were)\s+(?:at\s+(?:any\s+)?risk|in\s+(?:any\s+)?danger)\b{_NOT_ASKED}|"
    # "in school with her TA right now and calm", "shes at mine rn and ok", "and is OK"
    r"\b(?:she|he|they)(?:['’]?s|['’]?re|\s+is|\s+are)\s+[^.?!]{0,60}?\band\s+(?:is\s+|are\s+|seems\s+|seem\s+|looks\s+)?"
    r"(?:ok|okay|fine|calm|settled)\b"
    rf"(?!\s+(?:with|about|to|if|that|for|so)\b){_NOT_ASKED}|"
    # "Pupil safe, at home with parents", "there are no immediate safety concerns", "No concerns
    # for any of the boys"
    rf"\b(?:pupil|child|girl|boy|v|ip|yp|young\s+person)\s+(?:now\s+)?safe\b{_NOT_ASKED}|"
    r"\bno\s+(?:immediate\s+|current\s+)?(?:safety|welfare)\s+concerns\b|"
    r"\bno\s+(?:safety\s+|welfare\s+)?concerns\s+for\s+any\s+of\s+(?:the|them|us)\b|"
    # "I don't think there's any risk tonight"
    rf"\b(?:i|we)\s+(?:don['’]?t|do\s+not)\s+think\s+there['’]?s\s+(?:any\s+)?(?:risk|danger)\b{_NOT_ASKED}|"
    # "All the girls are safe and parents informed", "Both were fine and in class today"
    r"\b(?:all|both)\s+(?:of\s+)?(?:the\s+)?(?:girls|boys|kids|children|young\s+people|pupils|victims|vs|ips)"
    rf"\s+(?:are|were)\s+(?:now\s+)?(?:safe|fine|ok|okay)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    rf"(?<!not\s)\bboth\s+(?:are|were)\s+(?:safe|fine|ok|okay)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "F16 stated she feels safe", "she hasn't gone anywhere, she's in her room"
    rf"\b(?:she|he|they)\s+(?:feels|feel|felt)\s+safe\b{_NOT_ASKED}|"
    r"\b(?:she|he|they)\s+(?:hasn['’]?t|has\s+not|haven['’]?t|have\s+not)\s+gone\s+any\s*where\b|"
    # "She's not getting out of my sight till this is sorted"
    r"\bnot\s+(?:getting|going|leaving)\s+out\s+of\s+(?:my|our)\s+sight\b|"
    r"\b(?:she['’]?s|he['’]?s|they['’]re)\s+home\s+safe\b|\bsafe\s+and\s+(?:sleeping|asleep|well)\b|"
    r"\b(?:she['’]?s|he['’]?s|she\s+is|he\s+is)\s+no\s+at\s+risk\b|\bnot\s+missing,?\s+(?:at\s+home|home)\b|"
    # "both safe and well at home", "both kids safe at home", "they're both safe"
    r"\b(?:both|all)(?:\s+of\s+them|\s+kids|\s+children|\s+boys|\s+girls|\s+lads|\s+young\s+people|\s+pupils)?"
    r"\s+(?:are\s+|were\s+)?safe\b(?!\s+to\s+say)"
    rf"{_NOT_ASKED}|"
    r"\b(?:they['’]?re|they\s+are)\s+both\s+safe\b|"
    r"(?:^|[.,;]\s*)(?:both|all)\s+(?:fine|ok|okay|well|alright)\b(?!\s+(?:with|about|to|if|that|for)\b)"
    rf"{_NOT_ASKED}|"
    rf"\bsafe\s+and\s+well\b{_NOT_ASKED}|"
    # "IP safe at home w/ mum", "safe with her da tonight", "no risk concerns", "happy and
    # settled", "she's grand", "they're both fine", "She's absolutely fine"
    r"\b(?:ip|v|victim|she['’]?s|he['’]?s|child|girl|boy)\s+(?:is\s+)?safe\s+(?:at\s+home|now|with|w/)|"
    r"\bsafe\s+with\s+(?:her|his|their)\s+(?:mum|mam|ma|dad|da|nan|gran|parents?|family|carers?)\b|"
    r"\bno\s+(?:risk|safety)\s+concerns?\b|\bhappy\s+and\s+settled\b|"
    r"(?<!not\s)\b(?:she['’]?s|he['’]?s|shes|hes|girl['’]s|lad['’]s|boy['’]s)\s+(?:absolutely\s+|totally\s+|completely\s+)?"
    rf"(?:grand|fine|ok|okay)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    rf"\b(?:they['’]?re|they\s+are)\s+both\s+(?:fine|ok|okay|well|alright|grand)\b{_NOT_ASKED}|"
    # "she's absolutely fine in herself", "no welfare concerns", "says she feels ok and isn't
    # at risk", "Both kids fine"
    r"\b(?:fine|ok|okay|alright|well|good)\s+in\s+(?:her|him|them)sel(?:f|ves)\b|"
    r"\bno\s+(?:welfare|wellbeing)\s+concerns?\b|"
    rf"\b(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+at\s+(?:any\s+)?risk\b{_NOT_ASKED}|"
    rf"\b(?:she|he|they)\s+(?:isn['’]?t|aren['’]?t)\s+in\s+(?:any\s+)?(?:immediate\s+)?danger\b{_NOT_ASKED}|"
    r"(?:^|[.,;]\s*)both\s+(?:kids|children|of\s+them)\s+(?:are\s+)?(?:fine|ok|okay|well|alright|safe)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "Kids fine.", "Both weans are fine", "V at home w mum, fine"
    r"(?:^|[.,;]\s*)(?:both\s+)?(?:kids|weans|bairns|children|young\s+people)\s+(?:are\s+)?"
    rf"(?:fine|ok|okay|safe|well|alright|grand)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    r"\b(?:at\s+)?home\s+(?:w/?|with|wi)\s+(?:\w+\s+){0,2}?(?:mum|mom|mam|dad|da|ma|parents?|nan|gran|family|carers?)"
    rf"\s*[,;-]\s*(?:and\s+)?(?:fine|ok|okay|safe|well|alright)\b{_NOT_ASKED}|"
    # "Both girls absolutely fine and back in class", "both are happy and well", "perfectly
    # happy", "both doing fine", "Girl is grand, at school", "in class and settled",
    # "cheerful enough"
    r"\b(?:all|both)\s+(?:of\s+)?(?:the\s+)?(?:girls|boys|kids|children|lads|pupils|weans|bairns)\s+"
    rf"(?:(?:are|were)\s+)?(?:absolutely|totally|completely|perfectly)\s+(?:fine|ok|okay|safe|well|happy)\b{_NOT_ASKED}|"
    rf"\b(?:happy|safe|fine)\s+and\s+(?:well|safe|settled)\b{_NOT_ASKED}|"
    rf"\b(?:perfectly|absolutely|totally|completely)\s+(?:happy|fine|ok|okay|safe|settled)\b{_NOT_ASKED}|"
    rf"\bboth\s+(?:(?:are|were)\s+)?doing\s+(?:fine|ok|okay|well|alright|grand)\b{_NOT_ASKED}|"
    # ("PCSO - ... lad ok, first time anything like this": a note, the verb left out; not
    # "Boy well known to us")
    r"(?:^|[.,;]\s*)(?:the\s+)?(?:girl|boy|lad|lass|child|pupil|v|ip|yp)\s+(?:(?:(?:is|['’]s)\s+)?(?:grand|fine|ok|okay|safe)|"
    r"(?:is|['’]s)\s+well)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    rf"\b(?:in\s+class|at\s+school|in\s+school)\s+(?:today\s+)?and\s+(?:settled|fine|ok|okay|happy|calm|cheerful)\b{_NOT_ASKED}|"
    # "She's in class today and seems fine", "back in lessons and seems herself"
    r"\b(?:in\s+class|in\s+lessons|at\s+school|in\s+school)\s+(?:today\s+|now\s+)?and\s+seems\s+"
    rf"(?:fine|ok|okay|alright|herself|himself|settled|happy|well)\b{_NOT_ASKED}|"
    r"\bcheerful\s+enough\b|"
    # "The boy in the photo was upset at first but has settled"
    rf"\b(?:but|and)\s+(?:(?:she|he|they)\s*(?:['’]s|\s+has|\s+have)\s+|has\s+|have\s+)(?:now\s+)?settled(?:\s+down)?\b{_NOT_ASKED}|"
    # "at home with dad, not at risk", "Not missing, not at risk, at home"
    rf"(?:^|[.,;:]\s*)not\s+at\s+(?:any\s+)?(?:immediate\s+)?risk\b{_NOT_ASKED}|"
    # "neither child is distressed and both are in lessons today", "both are in class today
    # and grand", "He's not bothered, honestly"
    r"\bneither\s+(?:child|of\s+them|one|pupil)\s+(?:is|was|seems|seemed)\s+(?:distressed|at\s+(?:any\s+)?risk|"
    r"in\s+(?:any\s+)?(?:immediate\s+)?danger)\b|"
    rf"\b(?:both|all)\s+(?:are|were)\s+in\s+(?:lessons|class|school)\s+(?:today|now|as\s+normal)\b{_NOT_ASKED}|"
    rf"\b(?:in\s+class|at\s+school|in\s+school)\s+(?:today\s+)?and\s+(?:grand|well)\b{_NOT_ASKED}|"
    rf"\b(?:he|she)['’]?s\s+not\s+(?:bothered|fussed|fazed|phased)\b{_NOT_ASKED}|"
    # "mum says she's coping OK", "the two of them are fine", "went off in good spirits",
    # "Both children are in school today as normal"
    rf"(?<!not\s)(?<!n['’]t\s)(?<!nt\s)\bcoping\s+(?:ok|okay|fine|well|alright)\b{_NOT_ASKED}|"
    rf"\bthe\s+two\s+of\s+them\s+(?:are|were)\s+(?:fine|ok|okay|safe|well|alright|grand)\b{_NOT_ASKED}|"
    rf"\bin\s+good\s+spirits\b{_NOT_ASKED}|"
    rf"\b(?:in|into)\s+(?:school|class)\s+(?:today\s+)?as\s+normal\b{_NOT_ASKED}|"
    # "he's in lessons", "she is in class today"
    rf"(?<!not\s)\b(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are)\s+in\s+(?:lessons|class)\b{_NOT_ASKED}|"
    # "both juvs fine", "Both kids at home and fine", "both are doing fine", "both grand",
    # "Both calm and returned to lessons", "No concerns about either of them at home"
    r"\b(?:both|all)\s+(?:(?:of\s+the\s+)?(?:juvs?|juveniles|yps?|teens|kids|children|of\s+them)\s+)?(?:are\s+|were\s+)?"
    r"(?:at\s+home|home|in\s+school|back\s+in\s+(?:school|class|lessons))?\s*(?:and\s+)?"
    rf"(?:fine|ok|okay|safe|well|grand|calm|settled)\b(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    rf"\bno\s+concerns\s+(?:about|for)\s+(?:either|both|any)\s+of\s+them\b{_NOT_ASKED}|"
    rf"\b(?:returned|went\s+back|gone\s+back)\s+to\s+(?:lessons|class)\b{_NOT_ASKED}|"
    # "in school today and seems her usual self", "Shes up in her room now, grand"
    rf"\b(?:seems|seemed|is|was)\s+(?:her|his|their)\s+usual\s+self\b{_NOT_ASKED}|"
    # (before "just" or a parent on the way: not "she's at home, safe, but keeps saying
    # ...", nor "he's mortified, fine. But tonight he's gone out")
    r"(?<!not\s)\b(?:she|he|they)(?:['’]?s|['’]?re|\s+is|\s+are)\s+[^.?!,]{0,40},\s*(?:grand|fine|ok|okay|safe|alright)\b"
    r"(?=\s*(?:,\s*just\b|,\s*and\s+(?:her|his|their)\s+(?:mum|mom|mam|dad|da|parents?|nan|gran)\b))",
    _I,
)
#: "Ellie's fine, just embarrassed", "Jayden is OK": a first name (capitalised, not a
#: word that is never a name: ``ages.words.NOT_A_NAME``, nor a relative or a member of
#: staff, ``NOT_THE_CHILD``: "Nan's fine") said to be all right.
NOT_THE_CHILD = frozenset(
    """
    Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Auntie Aunty Aunt Uncle Sister Brother
    Mam Mom Mammy Mummy Da Daddy Sis Bro Teacher Sir Miss Everyone Everything Everybody
    """.split()  # noqa: SIM905 (a word list, easier to read and extend as prose)
)
NAMED_SAFE = re.compile(
    r"(?:^|(?<=[.,;:!]\s)|(?<=\s-\s))(?P<name>[A-Z][a-z]{2,})(?:['’]s|\s+is)\s+"
    r"(?i:(?:absolutely\s+|totally\s+)?(?:fine|ok|okay|safe|alright|grand))\b"
    rf"(?!\s+(?i:with|about|to|if|that|for)\b){_NOT_ASKED}"
)


#: Words that make what follows a doubt or a wish, not a statement: "not sure she's safe",
#: "we want to make sure he's safe", "hopefully she's safe".
DOUBT_BEFORE = re.compile(
    r"\b(?:not\s+sure|unsure|don['’]?t\s+know|no\s+idea|whether|if|hope|hopefully|want|make\s+sure|"
    r"can['’]?t\s+say|cannot\s+say|"
    # "need to make sure she's safe" (not "no additional needs, he's grand")
    # (not the child's own worry: "He's worried but he's not in any danger"; development
    # narratives AJ, 2026-12-07)
    r"keep|check|checking|needs?\s+(?:to|her|him|them|some\w*)|wonder|"
    r"(?<!not\s)(?<!he['’]s\s)(?<!she['’]s\s)(?<!\bhes\s)(?<!\bshes\s)(?<!they['’]re\s)(?<!he\sis\s)(?<!she\sis\s)worried)\b"
    # in the same clause: not across ", but" ("he doesn't want to come back, but mum says
    # he's safe at home with her": development narratives AM, 2026-12-08)
    r"(?:(?!,\s*but\b)[^.!?])*$",
    _I,
)


#: The child's own word for it, right before: "Said she's fine, waiting for a mate", "he
#: insists he's ok". A child at risk often says so; it is not the user's view. "Mum says
#: he's fine" is: the one speaking is not the one said to be fine.
HER_OWN_WORD = re.compile(
    r"(?:\b(?P<who>she|he|they)\s+|(?:^|[.!?,;]\s*))(?:says|said|claims?|claimed|insists?|insisted|"
    r"told\s+(?:me|us|them|police|staff))\s+(?:that\s+)?$",
    _I,
)


def _in_own_words(before: str, said: str) -> bool:
    """ "she said | she's fine": the child speaking of themselves (``HER_OWN_WORD``)."""
    found = HER_OWN_WORD.search(before)
    if found is None:
        return False
    who = found["who"]
    return who is None or said.lower().startswith(who.lower())


#: The child is with a safe adult now: "he's here with me", "he's with me in my office",
#: "parents sat with him now", "at home with mum".
WITH_SAFE_ADULT = re.compile(
    r"\b(?:she|he|they|boy|girl|lad|child|ip|v)\s*(?:['’]s|is|are|['’]re|s)?\s+(?:here\s+|sat\s+|sitting\s+|now\s+)?with\s+"
    r"(?:me|us|mum|mom|dad|family|(?:his|her|their)\s+(?:foster\s+)?(?:mum|mom|mam|ma|dad|da|mother|father|parents?|"
    r"carers?|nan|nana|gran|granny|grandma|grandad|granda|grandpa|grandparents|aunt|auntie|aunty|uncle|family))\b|"
    # in note form after a stop or comma: "Daughter safe at home, mum with her"
    r"(?:^|(?<=[.,;:]\s)|(?<=[.,;:]))\s*(?:mum|mom|mam|dad|da|parents?|nan|gran|carers?|foster\s+carers?)\s+"
    r"(?:with|wi)\s+(?:her|him|them)\s*(?:[.,;!]|$|now\b)|"
    # "She's sitting in my office just now, I'm not leaving her"
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re)\s+(?:sitting|sat)\s+(?:here\s+)?in\s+(?:my|our)\s+"
    r"(?:office|room|classroom|car|kitchen|house)\b|"
    r"\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+not\s+leaving\s+(?:her|him|them)(?:\s+alone|\s+on\s+(?:her|his|their)\s+own)?"
    r"\s*(?:[.,;!]|$|(?:side|tonight)\b)|"
    # "shes with my mum", "is there now with staff", "mum is collecting her from clinic",
    # "she's in our supported accommodation tonight" (development narratives AG, AI, AJ)
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re|s)\s+(?:now\s+)?with\s+my\s+(?:mum|mom|mam|dad|parents|nan|gran|"
    r"sister|brother|aunt|auntie)\b|"
    r"\b(?:is|are)\s+(?:there|here|back)\s+(?:now\s+)?with\s+(?:staff|carers|(?:her|his|their)\s+carers?|me|us)\b|"
    r"\b(?:mum|mom|mam|dad|da|nan|gran|parents?|carers?)(?:['’]s|\s+is|\s+are)\s+(?:picking|collecting)\s+(?:him|her|them)\s+"
    r"from\s+(?:clinic|school|the\s+\w+)\b|"
    r"\b(?:in|at)\s+(?:our|the|her|his|their)\s+(?:supported\s+accommodation|supported\s+lodgings|hostel|care\s+home|"
    r"children['’]?s\s+home|unit)\s+(?:tonight|now|with\s+staff)\b|"
    # "he's calm, sat with her now" (with the mum just named; development narratives AG)
    r"\b(?:calm|settled|fine|ok|okay)\s*,?\s+(?:and\s+)?(?:sat|sitting)\s+with\s+(?:her|him|them|me|us)\s+now\b|"
    # "She's sitting beside me", "sat next to me", "She's sitting here beside me"
    r"\b(?:sitting|sat)\s+(?:here\s+|right\s+)?(?:beside|next\s+to|with)\s+(?:me|us)\b|"
    # "I've got him in my office", "we've got her here with us"
    r"\b(?:i|we)(?:['’]ve|\s+have)\s+got\s+(?:him|her|them)\s+(?:here|with\s+(?:me|us)|in\s+(?:my|our|the)\s+"
    r"(?:office|room|house|car))\b|"
    # "He's in the lounge with two staff, calm"
    r"\b(?:in\s+the\s+(?:living\s+room|front\s+room|lounge|kitchen|office)|downstairs)\s+with\s+"
    r"(?:(?:two|three|2|3)\s+)?(?:staff|carers|members\s+of\s+staff)\b|"
    # "She's asleep in bed", "hes upstairs asleep now": at home and asleep, not "asleep at his flat"
    # (not with waking, breathing or pills in the rest of the sentence: "she's asleep and
    # won't wake up" is an emergency, and a risk cue)
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re|s)\s+(?:now\s+|upstairs\s+|fast\s+|sound\s+)?asleep"
    r"(?=\s*(?:[.,;!]|$|\s+(?:now|upstairs|and|at\s+home|in\s+(?:bed|her\s+room|his\s+room|their\s+room|her\s+bed|his\s+bed))\b))"
    r"(?![^.?!]*\b(?:wak\w*|breath\w*|pills?|tablets|unconscious|unresponsive)\b)|"
    # "we're with her", "I'm with him now": the parent typing is with the child (not "we're
    # with her on this", nor "I'm with him" in a doubt or a wish: ``DOUBT_BEFORE``)
    r"\b(?:we|i)\s*(?:['’]re|\s+are|['’]m|\s+am)\s+(?:both\s+|all\s+)?(?:here\s+)?with\s+(?:her|him|them)"
    r"(?:\s+(?:now|tonight|at\s+home))?\s*(?:[.,;!]|$)|"
    # "She's upset but she's at school today with her friends"
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re)\s+(?:in|at)\s+school\s+(?:today\s+|now\s+)?with\s+"
    r"(?:her|his|their)\s+(?:friends|mates|pals)\b(?!\s*,?\s*(?:who|that)\b)|"
    # "Mum's aware and has collected her", "the DSL has her", "DSL has her now"
    r"\b(?:mum|mom|mam|dad|da|parents?|nan|gran|granny|carers?|aunt\w*|uncle)\b[^.?!]{0,25}?\b(?:has|have|had)\s+"
    r"(?:collected\s+(?:her|him|them)\b(?!\s+(?:thoughts|things|stuff|phone|bag|belongings|laptop)\b)|"
    r"picked\s+(?:her|him|them)\s+up\b)|"
    r"\b(?:dsl|hoy|head\s+of\s+year|staff|her\s+teacher|his\s+teacher)\s+(?:has|have)\s+(?:got\s+)?(?:her|him|them)"
    r"(?:\s+(?:now|here|with\s+(?:them|her|him|me)))?\s*(?:[.,;!]|$)|"
    # "V at school with her HoY now", "in school with his TA"
    r"\b(?:in|at)\s+school\s+(?:with|w/?|wi)\s+(?:(?:her|his|their|the|our)\s+)?(?:hoy|head\s+of\s+year|ta|tutor|form\s+tutor|"
    r"teacher|dsl|key\s*worker|mentor)\b|"
    # "distraught but with family", "upset but with her mum now"
    r"\bbut\s+(?:now\s+)?with\s+(?:(?:his|her|their)\s+)?(?:family|mum|mom|dad|parents|carers?|nan|gran)\b|"
    r"\b(?:parents?|mum|mom|dad|carers?|family|nan|gran)(?:\s+(?:(?:is|are)\s+)?(?:sat|sitting|staying|"
    r"are\s+with|is\s+with)|['’](?:s|re)\s+with)\s+(?:with\s+)?(?:him|her|them)\b|"
    r"\b(?:(?:at\s+)?(?:home|hame)(?:\s+(?:now|today|tonight))?|in\s+the\s+house|indoors)\s+(?:with|wi|w/?)\s+(?:me|us|mum|mom|dad|ma|da|parents|"
    r"(?:his|her|their)\s+(?:foster\s+)?(?:mum|mom|mam|dad|da|ma|mother|father|parents?|family|families|carers?|nan|gran))\b|"
    # "Mum's kept the phone and he's at home with her now"
    r"\bat\s+home\s+with\s+(?:him|her|them)\s+now\b|"
    # "She's at home and being well supported by her mum"
    r"\bat\s+home\b[^.?!]{0,30}?\b(?:supported|looked\s+after|cared\s+for)\s+by\s+(?:her|his|their)\s+"
    r"(?:mum|mom|mam|dad|da|parents?|family|nan|gran|carers?|foster\s+carers?)\b|"
    # "He's in the living room wi me the noo", "sat next tae me"
    r"\b(?:in\s+the\s+(?:living\s+room|front\s+room|lounge|kitchen|next\s+room)|downstairs|upstairs)\s+"
    r"(?:with|wi)\s+(?:me|us|mum|mom|mam|dad|da|ma)\b|\bsat\s+next\s+(?:to|tae)\s+(?:me|us)\b|"
    # "He's watching telly downstairs with her now" (with the mum just named)
    r"\bwatching\s+(?:tv|telly|a\s+film|films?|netflix)\s+(?:downstairs\s+|in\s+the\s+\w+\s+room\s+)?"
    r"(?:with|wi)\s+(?:me|us|her|him|them|mum|mom|mam|dad|da|ma|(?:his|her)\s+(?:mum|dad|nan|gran))\b|"
    # "the carers are keeping a close eye", "we're keeping an eye on her tonight"
    r"\b(?:carers?|staff|parents|we|mum|dad|i)\s*(?:are|is|am|['’]re|['’]m)\s+keeping\s+(?:a\s+close|an)\s+eye\b|"
    # "has been collected by her dad", "picked up by his mum"
    r"\b(?:collected|picked\s+up|taken\s+home|fetched)\s+by\s+(?:her|his|their)\s+(?:mum|mom|mam|dad|da|"
    r"parents?|nan|gran|carers?|foster\s+carers?|aunt|auntie|uncle)\b|"
    # "She's gone home with her aunt for the afternoon", "in the library with his head of
    # year at the moment", "mum's picking him up at 3"
    r"\b(?:gone|went|taken|sent)\s+home\s+with\s+(?:her|his|their)\s+(?:mum|mom|mam|dad|da|parents?|nan|gran|"
    r"aunt|auntie|aunty|uncle|carers?|foster\s+\w+)\b|"
    r"\b(?:in|at)\s+(?:the|my|our)\s+(?:library|office|medical\s+room|inclusion\s+room|pastoral\s+office|base|"
    r"learning\s+base|hub|nurture\s+room|wellbeing\s+room)\s+with\s+"
    r"(?:me|us|(?:his|her|their|the|our)\s+(?:favourite\s+|usual\s+|own\s+|trusted\s+|key\s+)?(?:head\s+of\s+(?:year|house)|tutor|form\s+tutor|teacher|dsl|"
    r"counsellor|nurse|ta|mentor))\b|"
    r"\b(?:mum|mom|mam|dad|da|nan|gran|parents?)(?:['’]s|\s+is|\s+are)\s+(?:picking|collecting)\s+(?:him|her|them)\s+up\b|"
    # "she's at her friend's for a sleepover tonight"
    r"\b(?:at|on)\s+(?:a|her|his|their)\s+(?:(?:friend|mate|pal)['’]?s\s+(?:house\s+)?for\s+a\s+)?sleepover\b|"
    # "she's with our guidance teacher now": with a member of staff
    # "staff are with her", "sitting with the school counsellor now"
    r"\bstaff\s+(?:are|were)\s+(?:now\s+)?with\s+(?:her|him|them)\b|"
    # "The girls are in school with staff now"
    r"\b(?:are|is)\s+in\s+(?:school|class)\s+with\s+(?:staff|teachers|their\s+teachers?)\b|"
    r"\b(?:sitting|sat)\s+with\s+(?:our|the|her|his|their|a)\s+(?:school\s+)?(?:counsellor|nurse|dsl|teacher|"
    r"guidance\s+teacher|head\s+of\s+year|tutor|form\s+tutor)\b|"
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re)\s+(?:now\s+)?with\s+(?:our|the|her|his|their|a)\s+"
    r"(?:guidance\s+teacher|dsl|head\s+of\s+(?:year|house)|hoy|pastoral\s+\w+|form\s+tutor|tutor|teacher|"
    r"(?:school\s+)?counsellor|school\s+nurse|safeguarding\s+lead|deputy\s+head|head(?:teacher)?|social\s+worker|ta|"
    r"teaching\s+assistant|key\s*worker|learning\s+mentor|support\s+worker)\b|"
    # "she's with her older sister and being supported"; "both are with their parents now"
    r"\b(?:she|he|they)\s*(?:['’]s|is|are|['’]re)\s+(?:now\s+)?with\s+(?:her|his|their)\s+(?:older|big|grown[-\s]up)\s+"
    r"(?:sister|brother|sibling)\b(?!\s*,?\s*(?:who|that)\b)|"
    r"\b(?:both|all)(?:\s+of\s+them)?\s+(?:are|were)\s+(?:now\s+)?(?:at\s+home\s+)?with\s+(?:their|her|his)\s+"
    r"(?:parents|families|mums|carers|famil(?:y|ies))\b|"
    # "She's staying at her dad's tonight", "stopping at his nan's", "She's at her nan's
    # today": away, with another carer
    r"\b(?:staying|stopping)\s+with\s+(?:his|her|their)\s+(?:older\s+|big\s+)?(?:mum|mom|mam|dad|da|nan|nana|gran|"
    r"granny|grandparents|aunt|auntie|aunty|uncle|sister|brother)\b|"
    # "She's currently in a safe placement with a kinship carer" (not "she isn't in a safe
    # place", nor "a row with her foster carer")
    r"\b(?:she|he|they)\s*(?:['’]s|['’]re|\s+is|\s+are)\s+(?:now\s+|currently\s+)?in\s+a\s+safe\s+(?:placement|house)\b|"
    r"\b(?:placed|staying|living|now|currently)\s+with\s+(?:a|her|his|their)\s+(?:kinship|foster|emergency\s+foster)\s+"
    r"carers?\b|"
    r"\b(?:staying|stopping|(?:she|he|they)\s*(?:['’]s|is|are|['’]re))\s+at\s+(?:his|her|their)\s+"
    r"(?:mum|mom|mam|dad|da|ma|nan|nana|gran|granny|grandparents|aunt|auntie|aunty|uncle)(?:['’]?s)?\b|"
    # "she's at nan's, fine", "Sister is at her gran's and safe"
    r"\b(?:she|he|they|sister|brother|girl|boy)\s*(?:['’]s|is|are|['’]re)\s+at\s+(?:(?:his|her|their)\s+)?"
    r"(?:nan|nana|nanna|gran|granny|grandma|grandad|grandparents|aunt|auntie|aunty|uncle)['’]s?\b",
    _I,
)
#: Harm to themselves ruled out in words: "no self harm concerns", "wasn't thinking of
#: hurting himself", "hasn't said anything about hurting herself".
HARM_RULED_OUT = re.compile(
    r"\b(?:no|not|never|without|nothing|none|(?:is|was|has|did|does|had)n['’]?t)\b"
    r"(?!\s+(?:sure|certain|clear|known|idea|clue))[^.?!]{0,40}?"
    r"\b(?:self[-\s]?harm\w*|suicid\w*|(?:hurt|harm)(?:ing)?\s+(?:him|her|them)sel(?:f|ves))\b|"
    # "His mum says he's eating and sleeping OK, just embarrassed"
    r"\beating\s+and\s+sleeping\s+(?:ok|okay|fine|normally|well|alright)\b|"
    # "calm and says he's not going to do anything daft"
    r"\b(?:not|never|isn['’]?t|is\s+not|wasn['’]?t)\s+(?:going\s+to|gonna|about\s+to)\s+do\s+anything\s+"
    r"(?:daft|stupid|silly|drastic|rash)\b",
    _I,
)


#: How many words before a safe adult's company a doubt or a wish reaches.
DOUBT_REACH = 6


def with_a_safe_adult_now(text: str) -> bool:
    """Whether the text says the child is with a safe adult now ("she's at home with mum",
    "his dad is sat with him", "the carers are keeping a close eye"), not as a doubt or a
    wish said right before it ("we need to make sure she's at home with mum"; in "they
    want £100 or they send it ... hes in his room crying his dad is sat with him" the
    wanting is the demand's, too far back)."""
    return any(
        not DOUBT_BEFORE.search(last_words(clause_before(text, found.start()), DOUBT_REACH))
        for found in WITH_SAFE_ADULT.finditer(text)
    )


def says_harm_ruled_out(text: str) -> bool:
    """Whether the text rules out harm to the child in part: harm to themselves denied ("no
    indication of self harm", "I'm not worried she'll hurt herself") or the child with a
    safe adult now ("he's at home with his foster mum now")."""
    return bool(HARM_RULED_OUT.search(text) or with_a_safe_adult_now(text))


#: A young person typing about themselves says they are all right: "im 16 ... im ok just
#: stressed lol" (only with ``roles.YOUNG_TYPIST``: an adult's "I'm OK" is about the adult).
TYPIST_SAFE = re.compile(
    r"(?<!not\s)\b(?:i['’]?m|im|i\s+am)\s+(?:ok|okay|fine|alright|all\s+right|safe)\b"
    rf"(?!\s+(?:with|about|to|if|that|for)\b){_NOT_ASKED}|"
    # "i'm not gonna do anything stupid dont worry"
    r"\b(?:i['’]?m|im|i\s+am)\s+not\s+(?:gonna|going\s+to)\s+(?:do\s+anything\s+(?:stupid|silly|daft)|"
    r"(?:hurt|harm)\s+myself)\b",
    _I,
)


def _start(found: re.Match[str]) -> int:
    """Where the words of a match begin: after the stop or comma some forms open on ("...
    illegal. Both fine"), so that the sentence before is not read as this one."""
    said = found.group(0)
    return found.start() + len(said) - len(said.lstrip(".,;: "))


#: The safe words hedged right after them: "hes ok i think.", "she's fine?", "she's safe I
#: hope". The user is not sure, so the words do not outweigh the model's reading. (Not "hes
#: ok, I think he's more embarrassed": a new clause.)
DOUBT_AFTER = re.compile(
    r"^\W{0,3}(?:i\s+think|i\s+guess|i\s+hope|i\s+suppose|we\s+think|maybe|probably|apparently|"
    r"or\s+so\s+(?:i|we)\s+thought)(?:\s+so)?\s*(?:[.!?,;:]|$|\s-\s|\s+(?:but|though|tho|and)\b)|"
    r"^[^.!?]{0,4}\?",
    _I,
)
#: The safe words taken back later in the message: "no she's ok. well actually her mum
#: rang ... a blade in her room", "hes ok ... he did say 'might as well end it'".
TAKEN_BACK_LATER = re.compile(
    r"(?:^|[.!?,;:]\s*|\s-\s*)(?:well\s+|but\s+|oh\s+|hang\s+on,?\s+)?actually\b(?!\s+(?:fine|ok|okay|safe|alright|"
    r"doing\s+well|really|quite|pretty|coping))|\bthen\s+again\b|\bhaving\s+said\s+that\b|"
    r"\b(?:she|he|they)\s+did\s+(?:say|mention|tell|text|post)\b",
    _I,
)


def _taken_back(after: str) -> bool:
    """The words after "she's safe" doubt it at once or take it back later."""
    return bool(DOUBT_AFTER.search(after) or TAKEN_BACK_LATER.search(after))


def says_child_is_safe(text: str) -> bool:
    """Whether the text says the child is safe now: in general words ("she's safe", "both
    kids are fine"), or harm to themselves ruled out while they are with a safe adult
    ("no self harm concerns voiced, parents sat with him now"). Not harm ruled out alone
    ("no indication of self harm"): that denies one form of harm only."""
    if any(
        not DOUBT_BEFORE.search(text[: _start(found)])
        and not _in_own_words(text[: _start(found)], found.group(0))
        and not _taken_back(text[found.end() :])
        for found in SAID_SAFE.finditer(text)
    ):
        return True
    if any(found["name"] not in NOT_A_NAME | NOT_THE_CHILD for found in NAMED_SAFE.finditer(text)):
        return True
    if YOUNG_TYPIST.search(text) and any(
        not DOUBT_BEFORE.search(text[: found.start()]) for found in TYPIST_SAFE.finditer(text)
    ):
        return True
    return bool(HARM_RULED_OUT.search(text) and WITH_SAFE_ADULT.search(text))
