"""Which messages the case form reads itself, so that an answer costs one action call.

While ``case_form`` is active, an answer to its question ("no", "15", a button, or a
sentence that also states other facts) goes to the form, whose ``validate_case_form``
reads the message's facts itself. Rasa's global slot validation
(``action_validate_slot_mappings``), which reads facts from every other message, has
nothing to add for such a message and returns no events. Knowing that, the Rasa server
does not make that call at all (``server/rasa_patches.py``): each answer then crosses
to the action server once, not twice (docs/PERFORMANCE.md).

This module has no Rasa import: the action server and the Rasa server both use it, so
the two always agree on which messages these are.
"""

from __future__ import annotations

from actions.intents import FORM_ANSWER_INTENTS

#: The form whose validation reads the facts of its answers.
CASE_FORM = "case_form"


def form_reads_message(active_loop: str | None, intent: str | None) -> bool:
    """Whether the case form reads this message's facts itself (not the global validation)."""
    return active_loop == CASE_FORM and intent in FORM_ANSWER_INTENTS
