"""Rasa custom actions: a thin shell that translates tracker -> facts -> messages.

The decision logic lives in :mod:`actions.guidance`, which never imports Rasa.
"""
