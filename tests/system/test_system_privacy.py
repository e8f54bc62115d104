"""Personal data sent in a case is kept neither in the tracker store nor in the server logs."""

from __future__ import annotations

from tests.system.conftest import Stack, has_assessment, new_sender

# "Quokkaville" is ordinary message text, not personal data: it must be stored (proof that
# the message was), and must not be logged (no message text in the logs at INFO).
CASE_WITH_PERSONAL_DATA = (
    "A year 9 girl at Quokkaville school, she's called Jane Smith, sent a nude to her "
    "boyfriend who is 14 and he showed his mates. Her mum is on 07700 900123 and "
    "mum.smith@example.com, they live at SW1A 1AA, her snapchat is @janey_999."
)
PERSONAL_DATA = ["Jane", "Smith", "07700", "900123", "mum.smith", "SW1A", "janey_999"]
FOLLOW_UP = "his name is Tom Baker, call his dad on +44 7700 900456"
FOLLOW_UP_DATA = ["Tom", "Baker", "7700 900456"]


def test_personal_data_is_stored_and_logged_nowhere(stack: Stack) -> None:
    sender = new_sender()
    stack.say(sender, CASE_WITH_PERSONAL_DATA)
    assert has_assessment(stack.finish_case(sender, stack.say(sender, FOLLOW_UP)))

    # The file and its write-ahead log: recent turns may not be in the file itself yet.
    files = sorted(stack.db.parent.glob(stack.db.name + "*"))
    stored = b"".join(path.read_bytes() for path in files).decode("utf-8", errors="replace")
    assert "Quokkaville" in stored and "[name]" in stored and "[phone]" in stored
    assert "[email]" in stored and "[postcode]" in stored and "[handle]" in stored
    for secret in PERSONAL_DATA + FOLLOW_UP_DATA:
        assert secret not in stored, f"{secret!r} is in the tracker store"

    for server in (stack.rasa, stack.actions):
        log = server.text()
        for secret in [*PERSONAL_DATA, *FOLLOW_UP_DATA, "Quokkaville"]:
            assert secret not in log, f"{secret!r} is in the {server.name} log"


def test_the_facts_survive_redaction(stack: Stack) -> None:
    sender = new_sender()
    stack.say(sender, CASE_WITH_PERSONAL_DATA)
    assert 14 in stack.slot_values(sender, "other_age")
    user = next(event for event in stack.events(sender) if event["event"] == "user")
    assert "A year 9 girl" in user["text"] and "who is 14" in user["text"]
