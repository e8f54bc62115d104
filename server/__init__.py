"""Server-side plumbing around Rasa: privacy, security and fault handling.

Nothing here decides anything about a case (that is ``actions/``). This package
keeps personal data out of storage and logs (``redaction``, ``tracker_store``,
``logging_filter``, ``purge``), guards the REST channel (``channels``) and runs
the action server on the loopback interface (``action_server``).
"""
