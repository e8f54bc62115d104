"""Command-line entry points, run from the project root as ``python -m scripts.<name>``.

Each module here parses its arguments and calls the code that does the work, which lives
in ``tools/`` (shared by scripts, bench and tests) or ``bench/``; only tests import
these modules, and nothing changes ``sys.path``.
"""
