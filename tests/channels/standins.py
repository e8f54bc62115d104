"""Local stand-ins for the Microsoft and Slack services, on 127.0.0.1, for the channel tests.

One threaded HTTP server plays both services' sides:

Microsoft (Bot Framework and Entra ID), under ``/teams/``:

- ``GET  /teams/openid``: the OpenID metadata, pointing at ``/teams/keys``;
- ``GET  /teams/keys``: the signing keys (JWKS), each endorsed for ``msteams``;
- ``POST /teams/login/<tenant>/oauth2/v2.0/token``: client-credentials tokens for the
  bot's replies (checks client id, secret, scope; records the tenant asked);
- ``POST /teams/service/v3/conversations/<id>/activities``: the connector's reply
  endpoint (the activity's ``serviceUrl``); checks the bearer token it issued and
  records each reply.

Slack, under ``/slack/api/``:

- ``POST /slack/api/chat.postMessage``: checks the bot token and records the message.

:class:`BotFrameworkSigner` signs activities as the Bot Connector does (RS256 JWT with
``kid``, issuer ``https://api.botframework.com``, audience = app id, ``serviceurl``);
:func:`slack_headers` signs a body as Slack does (``v0`` HMAC-SHA256).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

APP_ID = "00000000-0000-4000-8000-0000000000a1"
APP_PASSWORD = "stand-in-app-password"
TENANT_ID = "00000000-0000-4000-8000-00000000beef"
ISSUER = "https://api.botframework.com"
KID = "stand-in-key-1"
SLACK_TOKEN = "xoxb-stand-in-token"
SLACK_SIGNING_SECRET = "stand-in-signing-secret"
PSEUDONYM_KEY = "stand-in-pseudonym-key"


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class BotFrameworkSigner:
    """Signs Bot Framework tokens with a key the stand-in publishes."""

    key: rsa.RSAPrivateKey = field(default_factory=new_rsa_key)
    kid: str = KID

    def jwk(self) -> dict[str, Any]:
        public = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        return {**public, "kid": self.kid, "use": "sig", "endorsements": ["msteams"]}

    def token(
        self,
        service_url: str,
        *,
        audience: str = APP_ID,
        issuer: str = ISSUER,
        lifetime: int = 3600,
        headers: dict[str, Any] | None = None,
        key: rsa.RSAPrivateKey | None = None,
    ) -> str:
        now = int(time.time())
        claims = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": now - 10,
            "iat": now - 10,
            "exp": now + lifetime,
        }
        header = {"kid": self.kid} if headers is None else headers
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers=header)


def slack_headers(
    body: bytes, secret: str = SLACK_SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """The headers Slack adds to a request it signs."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest.hexdigest()}"}


@dataclass
class Recorded:
    """What the stand-in received, in order."""

    token_requests: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    slack_messages: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


class StandIn:
    """The stand-in server; ``start()`` runs it in a thread, ``stop()`` ends it."""

    def __init__(self, signer: BotFrameworkSigner | None = None) -> None:
        self.signer = signer or BotFrameworkSigner()
        self.recorded = Recorded()
        self.lock = threading.Lock()
        self.issued: set[str] = set()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def service_url(self) -> str:
        """The ``serviceUrl`` activities carry: the connector's reply endpoint."""
        return f"{self.url}/teams/service/"

    def start(self) -> StandIn:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- what the tests read ---

    def activities(self, conversation_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [
                item["activity"]
                for item in self.recorded.activities
                if item["conversation"] == conversation_id
            ]

    def slack_messages(self, channel: str) -> list[dict[str, Any]]:
        with self.lock:
            return [item for item in self.recorded.slack_messages if item.get("channel") == channel]

    # --- the HTTP side ---

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                return

            def _reply(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def do_GET(self) -> None:
                if self.path == "/teams/openid":
                    self._reply(
                        200,
                        {
                            "issuer": ISSUER,
                            "jwks_uri": f"{standin.url}/teams/keys",
                            "id_token_signing_alg_values_supported": ["RS256"],
                        },
                    )
                elif self.path == "/teams/keys":
                    self._reply(200, {"keys": [standin.signer.jwk()]})
                else:
                    self._reply(404, {"error": "not found"})

            def do_POST(self) -> None:
                body = self._body()
                path = urllib.parse.urlsplit(self.path).path
                parts = path.strip("/").split("/")
                if path.startswith("/teams/login/") and path.endswith("/oauth2/v2.0/token"):
                    self._token(parts[2], urllib.parse.parse_qs(body.decode()))
                elif path.startswith("/teams/service/v3/conversations/") and path.endswith(
                    "/activities"
                ):
                    self._activity(urllib.parse.unquote(parts[4]), body)
                elif path == "/slack/api/chat.postMessage":
                    self._slack(body)
                else:
                    self._reply(404, {"error": "not found"})

            def _token(self, tenant: str, form: dict[str, list[str]]) -> None:
                given = {key: values[0] for key, values in form.items()}
                with standin.lock:
                    standin.recorded.token_requests.append({"tenant": tenant, **given})
                if (
                    given.get("client_id") != APP_ID
                    or given.get("client_secret") != APP_PASSWORD
                    or given.get("grant_type") != "client_credentials"
                    or given.get("scope") != "https://api.botframework.com/.default"
                ):
                    self._reply(401, {"error": "invalid_client"})
                    return
                token = f"stand-in-access-{len(standin.issued) + 1}"
                with standin.lock:
                    standin.issued.add(token)
                self._reply(
                    200, {"token_type": "Bearer", "expires_in": 3600, "access_token": token}
                )

            def _activity(self, conversation: str, body: bytes) -> None:
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                if token not in standin.issued:
                    with standin.lock:
                        standin.recorded.refused.append("activity without a valid token")
                    self._reply(401, {"error": {"code": "Unauthorized"}})
                    return
                activity = json.loads(body)
                with standin.lock:
                    standin.recorded.activities.append(
                        {"conversation": conversation, "activity": activity}
                    )
                    number = len(standin.recorded.activities)
                self._reply(201, {"id": f"reply-{number}"})

            def _slack(self, body: bytes) -> None:
                if self.headers.get("Authorization") != f"Bearer {SLACK_TOKEN}":
                    with standin.lock:
                        standin.recorded.refused.append("chat.postMessage with a wrong token")
                    self._reply(200, {"ok": False, "error": "invalid_auth"})
                    return
                content_type = self.headers.get("Content-Type", "")
                if content_type.startswith("application/json"):
                    message = json.loads(body)
                else:
                    message = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode()).items()}
                    if isinstance(message.get("blocks"), str):
                        message["blocks"] = json.loads(message["blocks"])
                with standin.lock:
                    standin.recorded.slack_messages.append(message)
                    number = len(standin.recorded.slack_messages)
                self._reply(
                    200, {"ok": True, "channel": message.get("channel"), "ts": f"{number}.000100"}
                )

        return Handler
