"""Benchmark harness for ``make bench`` (issue 7): latency, NLU parse time, training, memory.

The pure parts (percentiles, the results schema, the scripted conversations) live here so
they can be unit-tested without a Rasa server; ``scripts/bench.py`` wires them to real
servers. Output (``results.json``, ``latency.png``) is written next to this package; the
stock bot that the numbers are compared with is built into ``bench/.stock/`` (ignored).
"""
