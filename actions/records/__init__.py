"""Case records: an assessed case as Markdown and JSON to save, print or file (no Rasa import).

``build_record(facts, assessment, role, created_at)`` returns a :class:`CaseRecord`; its
``to_payload()`` is the ``{"record": ...}`` custom payload. See docs/RECORDS.md.
"""

from actions.records.content import FORMAT, RecordError
from actions.records.record import VARIANTS, CaseRecord, build_record, variant_for

__all__ = ["FORMAT", "VARIANTS", "CaseRecord", "RecordError", "build_record", "variant_for"]
