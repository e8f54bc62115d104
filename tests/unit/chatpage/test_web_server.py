"""The page's server: only the static files, /config.json and /wording.json, with strict
headers. No browser."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from actions.presentation.wording import WORDING_PATH
from web import server
from web.server import STATIC_DIR, make_server, parse_args, resolve_static

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    httpd = make_server("127.0.0.1", 0, "http://localhost:5005/", quiet=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_page_is_served_with_strict_headers(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/")
    assert status == 200
    assert b'<html lang="en-GB">' in body
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    csp = headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self' http://localhost:5005",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ):
        assert directive in csp
    assert "unsafe" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "Python" not in headers["Server"]


def test_config_gives_the_rasa_url_and_is_never_cached(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/config.json")
    assert status == 200
    assert json.loads(body) == {"rasaUrl": "http://localhost:5005"}
    assert headers["Cache-Control"] == "no-store"
    assert headers["Content-Type"] == "application/json"


def test_wording_gives_the_wording_file_s_content(base_url: str) -> None:
    status, headers, body = fetch(base_url + "/wording.json")
    assert status == 200
    assert headers["Content-Type"] == "application/json"
    assert "Content-Security-Policy" in headers
    assert json.loads(body) == yaml.safe_load(WORDING_PATH.read_text(encoding="utf-8"))
    status, _headers, body = fetch(base_url + "/wording.json", "HEAD")
    assert status == 200 and body == b""


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_the_page_keeps_no_copy_of_the_wording() -> None:
    """The words for levels, Outcome 21, facts and roles reach the page from the server."""
    document = yaml.safe_load(WORDING_PATH.read_text(encoding="utf-8"))
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    sections = ("levels", "outcome_21", "pictured_child", "facts", "roles")
    copied = [
        text
        for name in sections
        for text in _strings(document[name])
        if len(text) >= 10 and text in script
    ]
    assert copied == []
    assert "wording.json" in script


@pytest.mark.parametrize(
    "path",
    [
        "/server.py",
        "/../server.py",
        "/%2e%2e/server.py",
        "/..%2fserver.py",
        "/%2e%2e%2f%2e%2e%2fMakefile",
        "/static/",
        "/app.js/",
        "//etc/passwd",
        "/.hidden",
        "/nope.html",
        "/app.js%00.html",
        "/..\\server.py",
    ],
)
def test_nothing_outside_the_static_files_is_served(base_url: str, path: str) -> None:
    status, headers, body = fetch(base_url + path)
    assert status == 404
    assert body == b"Not found\n"
    assert "Content-Security-Policy" in headers


def test_only_get_and_head_are_allowed(base_url: str) -> None:
    assert fetch(base_url + "/", "POST")[0] == 405
    assert fetch(base_url + "/config.json", "PUT")[0] == 405
    status, headers, body = fetch(base_url + "/app.js", "HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Type"] == "text/javascript; charset=utf-8"


def test_every_static_file_resolves_and_nothing_else(tmp_path: Path) -> None:
    for file in STATIC_DIR.iterdir():
        assert resolve_static("/" + file.name) == file.resolve()
    (tmp_path / "static").mkdir()
    (tmp_path / "secret.txt").write_text("x")
    (tmp_path / "static" / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert resolve_static("/link.txt", tmp_path / "static") is None


def test_the_page_loads_nothing_inline() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    assert "<script>" not in html and "style=" not in html and "<style" not in html
    assert "maxlength" not in html  # a long paste is never cut; the counter warns instead
    assert 'type="file"' not in html
    script = (STATIC_DIR / "app.js").read_text()
    unsafe = r"\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function"
    assert re.search(unsafe, script) is None


def test_arguments_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAT_PORT", "8123")
    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:5999")
    args = parse_args([])
    assert (args.port, args.rasa_url, args.host) == (8123, "http://127.0.0.1:5999", "127.0.0.1")
    args = parse_args(["--port", "9000", "--rasa-url", "https://bot.example", "--host", "0.0.0.0"])
    assert (args.port, args.rasa_url, args.host) == (9000, "https://bot.example", "0.0.0.0")
    for bad in (["--rasa-url", "ftp://x"], ["--rasa-url", "localhost:5005"], ["--port", "70000"]):
        with pytest.raises(SystemExit):
            parse_args(bad)


def test_the_csp_names_only_the_rasa_origin() -> None:
    assert server.rasa_origin("http://LocalHost:5005/some/path?q=1") == "http://localhost:5005"
    with pytest.raises(ValueError):
        server.rasa_origin("http://x; script-src *")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_it_cleanly(sig: signal.Signals) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "web.server", "--port", "0", "--quiet"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first_line = process.stdout.readline()
    assert first_line.startswith("Chat page on http://127.0.0.1:")
    time.sleep(0.2)
    process.send_signal(sig)
    out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Traceback" not in err
    assert "Chat page stopped." in out
