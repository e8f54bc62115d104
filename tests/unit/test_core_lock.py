"""requirements-core.lock: the pure core's few packages, at the versions the app uses.

`make core` runs the core's tests in a venv built from this file alone, which shows they
need no Rasa, TensorFlow or spaCy; these tests keep the file honest.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"rasa", "rasa-sdk", "tensorflow", "spacy", "scikit-learn", "tensorflow-cpu"}


def pins(path: Path) -> dict[str, str]:
    """Package name (lower case, '-' for '_' and '.') -> exact version."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, version = line.partition("==")
        assert version, f"{path.name}: '{line}' is not pinned to one version"
        found[name.strip().lower().replace("_", "-").replace(".", "-")] = version.strip()
    return found


def test_every_core_pin_is_the_apps_own_version():
    core = pins(ROOT / "requirements-core.lock")
    app = pins(ROOT / "requirements.lock")
    assert core, "requirements-core.lock is empty"
    different = {
        name: (version, app.get(name)) for name, version in core.items() if app.get(name) != version
    }
    assert not different, f"core pins that differ from requirements.lock: {different}"


def test_the_core_needs_none_of_the_heavy_packages():
    assert not HEAVY & set(pins(ROOT / "requirements-core.lock"))


def test_the_core_tests_named_in_the_makefile_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    block = makefile.split("CORE_TESTS    :=", 1)[1].split("\n\n", 1)[0]
    paths = [word for word in block.replace("\\", " ").split() if word.startswith("tests/")]
    assert paths and all((ROOT / path).exists() for path in paths), paths
