"""Rasa's command line with the project's patches in force: ``python -m server <command>``.

    python -m server run --model models/assistant.tar.gz --endpoints endpoints.yml ...
    python -m server shell --model models/assistant.tar.gz --endpoints endpoints.yml
    python -m server test core --model models/assistant.tar.gz --stories tests/ ...

The same arguments as ``rasa``. First :func:`server.rasa_patches.install` (which refuses
another Rasa version than the one the patches were written for), then Rasa's own
``rasa.__main__.main``, in this process. ``scripts/serve.sh`` starts the Rasa server
this way; a ``rasa run`` started otherwise gets the same patches from the REST channel
of ``credentials.yml`` (``server.channels.GuardedRestInput``), but ``rasa test`` and
``rasa shell`` have no such channel and need this entry point.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Install the patches, then run Rasa's command line with ``argv`` (else sys.argv)."""
    from server import rasa_patches

    rasa_patches.install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
