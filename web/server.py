"""Serve the chat page: the files in web/static, GET /config.json and GET /wording.json.

The standard library's HTTP server, so the page needs no build step and no framework. The
page talks to Rasa's REST webhook directly (cross-origin), so this server never
sees a conversation: it hands out static files, the Rasa URL and the assistant's wording
(the one wording file, actions/presentation/data/wording.yml, as JSON: the page keeps no
copy of the words for levels, Outcome 21, facts and roles), with headers that keep the
page from loading anything it did not ship (a strict CSP).

    python -m web.server --port 8080 --rasa-url http://localhost:5005
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from urllib.parse import unquote, urlsplit

from actions.presentation.wording import wording

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_PORT = 8080
DEFAULT_RASA_URL = "http://localhost:5005"
DEFAULT_HOST = "127.0.0.1"

#: The only file types the page is made of; anything else is not served.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}


def wording_json() -> bytes:
    """The wording file's content as JSON, for ``GET /wording.json`` (checked when read)."""
    return json.dumps(wording().to_dict(), ensure_ascii=False).encode("utf-8")


def rasa_origin(rasa_url: str) -> str:
    """The origin (scheme://host[:port]) of the Rasa URL, for the CSP's connect-src.

    Raises ValueError for anything but an absolute http(s) URL, so a typo fails
    at start-up instead of as a blocked request in the browser.
    """
    parts = urlsplit(rasa_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {rasa_url!r}")
    if any(ch in rasa_url for ch in " ;,'\"\r\n"):
        raise ValueError(f"unexpected characters in the Rasa URL: {rasa_url!r}")
    return f"{parts.scheme}://{parts.netloc}".lower()


def content_security_policy(rasa_url: str) -> str:
    """A strict policy: own files only, no inline script or style, XHR only to Rasa."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            f"connect-src 'self' {rasa_origin(rasa_url)}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def security_headers(rasa_url: str) -> dict[str, str]:
    """Headers sent with every response, error pages included."""
    return {
        "Content-Security-Policy": content_security_policy(rasa_url),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), clipboard-read=()",
    }


def resolve_static(url_path: str, root: Path = STATIC_DIR) -> Path | None:
    """The file under ``root`` that ``url_path`` names, or None.

    "/" means index.html. Anything that is not a plain regular file inside
    ``root`` (a directory, a dot-file, an encoded "..", a symlink out, an
    unknown type) is None, so there is no listing and no traversal.
    """
    path = unquote(urlsplit(url_path).path)
    if path in ("", "/"):
        path = "/index.html"
    if "\x00" in path or "\\" in path:
        return None
    segments = path.split("/")[1:]
    if any(seg in ("", ".", "..") or seg.startswith(".") for seg in segments):
        return None
    candidate = root.joinpath(*segments)
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root.resolve()) or not resolved.is_file():
        return None
    if resolved.suffix not in CONTENT_TYPES:
        return None
    return resolved


class ChatPageHandler(BaseHTTPRequestHandler):
    """GET/HEAD for the static page, /config.json and /wording.json; nothing else."""

    server_version = "chat-page"
    protocol_version = "HTTP/1.1"

    def __init__(
        self,
        *args: object,
        rasa_url: str,
        quiet: bool = False,
        wording_body: bytes = b"{}",
        **kwargs: object,
    ):
        self.rasa_url = rasa_url
        self.quiet = quiet
        self.wording_body = wording_body
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def version_string(self) -> str:
        """No Python version in the Server header: nothing to fingerprint."""
        return self.server_version

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _refuse(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"Method not allowed\n", "text/plain", True)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse

    def _respond(self, send_body: bool) -> None:
        if urlsplit(self.path).path == "/config.json":
            body = json.dumps({"rasaUrl": self.rasa_url}).encode()
            self._send(HTTPStatus.OK, body, "application/json", send_body, cache="no-store")
            return
        if urlsplit(self.path).path == "/wording.json":
            self._send(HTTPStatus.OK, self.wording_body, "application/json", send_body)
            return
        file = resolve_static(self.path)
        if file is None:
            self._send(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain", send_body)
            return
        body = file.read_bytes()
        self._send(HTTPStatus.OK, body, CONTENT_TYPES[file.suffix], send_body)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str,
        send_body: bool,
        cache: str = "no-cache",
    ) -> None:
        self.send_response(status)
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache)
        for name, value in security_headers(self.rasa_url).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """One line per request, without the client's address: the page's users are anonymous."""
        if not self.quiet:
            sys.stderr.write(f"chat-page: {format % args}\n")


def make_server(host: str, port: int, rasa_url: str, quiet: bool = False) -> ThreadingHTTPServer:
    """A ready-to-serve server; port 0 picks a free port (see ``server_address``)."""
    rasa_origin(rasa_url)  # fail now on a bad URL
    handler = partial(
        ChatPageHandler,
        rasa_url=rasa_url.rstrip("/"),
        quiet=quiet,
        wording_body=wording_json(),  # read and checked now: a broken file stops the start
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line, with CHAT_PORT and RASA_URL from the environment as defaults."""
    parser = argparse.ArgumentParser(
        prog="python -m web.server", description="Serve the web chat page for the assistant."
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("CHAT_PORT", DEFAULT_PORT)),
        help="port to listen on (env CHAT_PORT, default %(default)s)",
    )
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="interface to bind (default %(default)s: this machine only)",
    )
    parser.add_argument(
        "--rasa-url",
        default=os.environ.get("RASA_URL", DEFAULT_RASA_URL),
        help="where the browser reaches Rasa (env RASA_URL, default %(default)s)",
    )
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    try:
        rasa_origin(args.rasa_url)
    except ValueError as error:
        parser.error(str(error))
    if not 0 <= args.port <= 65535:
        parser.error(f"port out of range: {args.port}")
    return args


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (and SIGINT, whatever the parent left it as) ends the server like Ctrl-C."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C or SIGTERM; exit 0 without a traceback."""
    args = parse_args(argv)
    try:
        server = make_server(args.host, args.port, args.rasa_url, args.quiet)
    except OSError as error:
        print(f"chat-page: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    except ValueError as error:  # the wording file is broken (DocumentError names the place)
        print(f"chat-page: {error}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _stop)
    # Ctrl-C too, explicitly: a process started in the background by a non-interactive shell
    # inherits SIGINT ignored, and Python then installs no handler of its own (seen when
    # `make test` ran as a background job: this server never stopped).
    signal.signal(signal.SIGINT, _stop)
    host, port = server.server_address[:2]
    print(f"Chat page on http://{host}:{port}/ (Rasa at {args.rasa_url}); Ctrl-C stops it.")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print("Chat page stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
