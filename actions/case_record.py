"""The Rasa action that gives a record of the case (Markdown and JSON) on request.

The record itself is built by the pure ``actions.records`` package; this action
only reads the case from the tracker, assesses it again (so the record can never
disagree with the facts it shows) and sends the record as the ``{"record": ...}``
custom payload beside a short text for people.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.case_facts import case_described, facts_from_slots
from actions.guidance.assessment import assess
from actions.guidance.facts import parse_facts
from actions.records import build_record

RECORD_READY = (
    "Here is a record of this case{provisional}: the facts, the level and the reasons with "
    "their sources, the next steps and contacts, with the date and time and no names. "
    "Download it as Markdown or JSON with the buttons below. Check it, add your own decision "
    "and references, and keep it in your force's or school's recording system."
)


def record_text(provisional: bool) -> str:
    """The words sent with the record payload; the record itself is in the payload."""
    return RECORD_READY.format(
        provisional=" so far (provisional: some facts are still unknown)" if provisional else ""
    )


class ActionCaseRecord(Action):
    """Send a record of the case as it stands: provisional while facts are still missing."""

    def name(self) -> str:
        return "action_case_record"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        facts = facts_from_slots(tracker.slots)
        if not case_described(facts):
            dispatcher.utter_message(
                text="There is no case to record yet. Describe what happened in your own "
                "words, without names, and I'll assess it; then ask for a record."
            )
            return []
        assessment = assess(parse_facts(facts)).to_dict()
        record = build_record(
            facts, assessment, tracker.get_slot("role"), datetime.now(timezone.utc)
        )
        dispatcher.utter_message(
            text=record_text(provisional=not assessment["complete"]),
            json_message={"record": record.to_payload()},
        )
        return []
