"""Benchmark harness for ``make bench`` (issue 7): latency, NLU parse time, training, memory.

The bench-only parts (the results schema, the scripted conversations, the load blocks,
the evaluation scoring) live here so they can be unit-tested without a Rasa server;
``scripts/bench.py`` wires them to real servers through ``tools/`` (the server harness,
the REST client and the percentiles that the load test shares). Output (``results.json``, ``latency.png``) is written next to this package; the
stock bot that the numbers are compared with is built into ``bench/.stock/`` (ignored).
"""
