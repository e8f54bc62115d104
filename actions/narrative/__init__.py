"""The narrative reader: a message's text and entities -> the case facts it states.

Pure Python (no Rasa, no spaCy at run time). See docs/NARRATIVE.md for how facts are
read, the school-year tables, negation and the known limits.
"""

from actions.narrative.reader import Reading, read_facts, typist_in_crisis, young_person_in_danger

__all__ = ["Reading", "read_facts", "typist_in_crisis", "young_person_in_danger"]
