"""A tiny OAuth2 token introspection endpoint (RFC 7662) on loopback, for Dovecot.

Dovecot's ``oauth2`` passdb checks an XOAUTH2 / OAUTHBEARER access token by
POSTing it to an introspection URL (``introspection_mode = post``: the body
is ``token=<token>``, form-encoded) and reading the JSON answer:
``{"active": true, "username": "<user>"}`` for a valid token,
``{"active": false}`` otherwise.  ``IntrospectionServer`` is that endpoint:

    with IntrospectionServer() as idp:
        token = idp.issue("user-1234")     # a fresh valid token for user-1234
        idp.revoke(token)                  # from now on it is inactive

It listens on a free port of 127.0.0.1 (``url``), answers from a thread, and
counts the requests it served (``requests``), so a test can see that the
server really asked.
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from .dovecot import HOST

__all__ = ["IntrospectionServer"]

PATH = "/introspect"


class IntrospectionServer:
    """Introspection endpoint answering for the tokens it issued."""

    def __init__(self, host: str = HOST) -> None:
        self.host = host
        self._tokens: dict[str, str] = {}  # token -> username (active ones)
        self._revoked: set[str] = set()
        self._lock = threading.Lock()
        self.requests: list[str] = []  # the username asked about, or "" for unknown tokens
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ tokens

    def issue(self, username: str) -> str:
        """A new access token, valid for ``username`` until revoked."""
        token = "ya29." + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = username
        return token

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)
            self._revoked.add(token)

    def answer(self, token: str) -> dict:
        """The introspection answer for ``token``."""
        with self._lock:
            username = self._tokens.get(token)
            self.requests.append(username or "")
        if username is None:
            return {"active": False}
        return {"active": True, "username": username, "scope": "https://mail.google.com/",
                "token_type": "Bearer"}

    # ------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("start() the introspection server first")
        return f"http://{self.host}:{self._httpd.server_address[1]}{PATH}"

    def start(self) -> "IntrospectionServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path.split("?", 1)[0] != PATH:
                    self._reply(404, {"error": "not_found"})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                token = (parse_qs(body).get("token") or [""])[0]
                self._reply(200, server.answer(token))

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args) -> None:  # quiet: tokens stay out of logs
                pass

        self._httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="oauth2-introspection",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "IntrospectionServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
