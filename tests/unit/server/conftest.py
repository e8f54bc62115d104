"""Each test leaves Rasa's methods as it found them (patched or not).

Building ``GuardedRestInput`` installs ``server.rasa_patches``, as the Rasa server does;
without this, which tests ran before would decide whether Rasa is patched.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from server import rasa_patches


@pytest.fixture(autouse=True)
def rasa_as_found() -> Iterator[None]:
    before = [name for name, on in rasa_patches.installed().items() if not on]
    yield
    if len(before) == len(rasa_patches.PATCHES):
        rasa_patches.uninstall()
    else:
        rasa_patches.install(without=before)
