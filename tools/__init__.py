"""Tooling shared by scripts/, bench/ and the test fixtures: one home for each thing.

Starting, waiting for and stopping the servers (``tools.stack``), their memory and CPU
(``tools.proc``), talking to the bot over REST as a hurried user (``tools.client``),
percentiles (``tools.stats``), playing a case through the bot in-process
(``tools.play``, shown on a projector by ``tools.demo``), checking what the tracker
store kept (``tools.trackercheck``) and the load and scale-out checks built on them
(``tools.loadtest``, ``tools.scale``).
Everything runs from the project root (``python -m scripts.name``); nothing here
changes ``sys.path``.
"""
