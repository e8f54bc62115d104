"""Run the project's action server on the loopback interface, quietly.

    python -m server.action_server --port 5055 [--host 127.0.0.1]

``python -m rasa_sdk`` listens on 0.0.0.0 (all interfaces) unless SANIC_HOST is
set, allows CORS from any origin and logs every request. The action server
needs none of that: only the Rasa server on the same machine calls it, with
the whole conversation in each request. So this entry point builds the same
app (``rasa_sdk.endpoint.create_app("actions")``) and runs it on 127.0.0.1,
without CORS and without access logs, with the redacting log filter on.
Binding another address is possible (``--host``) and prints a warning: put the
action server on a private network only, never on the Internet.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
import warnings

from server import logging_filter

logger = logging.getLogger("server.action_server")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5055
#: Longer than the 15 s for which the Rasa server's HTTP client keeps an idle connection.
KEEP_ALIVE_SECONDS = 75


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line: --port, --host, --actions, --loglevel."""
    parser = argparse.ArgumentParser(
        prog="python -m server.action_server", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 5055")
    parser.add_argument("--host", default=DEFAULT_HOST, help="default 127.0.0.1 (loopback)")
    parser.add_argument("--actions", default="actions", help="action package (default actions)")
    parser.add_argument("--loglevel", default="WARNING", help="default WARNING")
    return parser.parse_args(argv)


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def configure_logging(level: str) -> None:
    """One stderr handler with the redacting filter; Sanic's loggers go through it."""
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)-8s %(name)s - %(message)s",
    )
    logging_filter.install()
    for name in ("sanic.root", "sanic.error", "rasa_sdk"):
        logging.getLogger(name).setLevel(level.upper())
    logging.getLogger("sanic.access").setLevel(logging.WARNING)


def _check_local_contacts() -> None:
    """Refuse to start with a bad local contacts file: one line naming the entry and field."""
    from actions.guidance.local_contacts import LocalContactsError, configured_contacts

    try:
        configured_contacts()
    except LocalContactsError as error:
        print(f"error: local contacts: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def main(argv: list[str] | None = None) -> None:
    """Build the rasa_sdk app for the action package and serve it."""
    args = parse_args(argv)
    configure_logging(args.loglevel)
    _check_local_contacts()
    import sanic  # noqa: F401  (sanic turns DeprecationWarnings on at import: quiet them after)

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from rasa_sdk.endpoint import create_app

    if not is_loopback(args.host):
        logger.warning(
            "The action server is listening on %s, not the loopback interface: make sure "
            "only the Rasa server can reach it (see docs/SECURITY.md).",
            args.host,
        )
    app = create_app(args.actions, cors_origins=None)
    # Rasa's aiohttp client keeps idle connections for 15 s; Sanic closes them after 5 s by
    # default, so under load Rasa reused a closing connection ("Cannot write to closing
    # transport") and users got the "assistant unavailable" notice. Outlive the client.
    app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_SECONDS
    print(f"Action server on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    app.run(host=args.host, port=args.port, access_log=False, workers=1, motd=False)


if __name__ == "__main__":
    main()
