"""Is a message in Welsh? A small, deterministic check on common Welsh words.

The assistant works in English only. A message in Welsh gets a short fixed reply in Welsh
and English saying what the service can do, with the Welsh-language route that exists
(Stop It Now's helpline takes calls in Welsh), instead of being refused as off-topic.
Claims no Welsh support that is not there.
"""

from __future__ import annotations

import re

#: Frequent Welsh function words and words a Welsh case message would use. Chosen so that
#: English text rarely contains two of them (a single match is never enough).
WELSH_WORDS = frozenset(
    {
        "mae",
        "yw",
        "ydy",
        "ydw",
        "oes",
        "roedd",
        "wedi",
        "gyda",
        "efo",
        "fy",
        "ein",
        "eich",
        "nhw",
        "hi",
        "mewn",
        "ar",
        "yn",
        "ac",
        "ond",
        "neu",
        "gan",
        "i'r",
        "o'r",
        "ei",
        "plentyn",
        "plant",
        "mab",
        "merch",
        "ysgol",
        "llun",
        "lluniau",
        "heddlu",
        "athro",
        "athrawes",
        "rhieni",
        "helpu",
        "help",
        "diolch",
        "bore",
        "da",
        "shwmae",
        "sut",
        "beth",
        "pam",
        "pryd",
        "ble",
        "gallwch",
        "allwch",
        "angen",
        "ffôn",
        "noeth",
        "anfon",
        "anfonodd",
        "rhannu",
        "blwyddyn",
        "oed",
        "dw",
        "rwy'n",
        "dwi",
        "isio",
        "eisiau",
        "gwneud",
        "hefyd",
        "iawn",
        "os",
        "gwelwch",
        "dda",
        "ffrind",
        "cariad",
    }
)
#: Words that are also common English words: they count only beside clearly Welsh ones.
SHARED_WITH_ENGLISH = frozenset({"hi", "help", "i'r", "da", "ar", "os", "oed", "ei", "gan"})
WORD = re.compile(r"[a-zA-Zâêîôûŵŷäëïöüÿáéíóú']+")


def is_welsh(text: str) -> bool:
    """True when at least three distinct Welsh words, two of them not also English, make up
    at least a third of the message's words."""
    words = [w.lower() for w in WORD.findall(text or "")]
    if len(words) < 3:
        return False
    welsh = {w for w in words if w in WELSH_WORDS}
    distinctly = welsh - SHARED_WITH_ENGLISH
    share = sum(1 for w in words if w in WELSH_WORDS) / len(words)
    return len(welsh) >= 3 and len(distinctly) >= 2 and share >= 1 / 3
