"""A real SMTP server (aiosmtpd) on loopback that records what it receives.

``SmtpServer`` wraps aiosmtpd's ``Controller``: it listens on a free port of
127.0.0.1, accepts AUTH PLAIN and AUTH LOGIN for one username/password
(without requiring TLS first -- it is loopback), answers a wrong password
with ``535 5.7.8``, optionally offers STARTTLS with a self-signed
certificate, and keeps every message it accepts in ``messages``.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session, SMTP

from .dovecot import HOST, TlsCert, free_port

__all__ = ["ReceivedMessage", "SmtpServer"]



@dataclass(frozen=True)
class ReceivedMessage:
    """One message accepted by the server."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes                      # the DATA as received (dot-unstuffed, CRLF)
    message: email.message.EmailMessage = field(repr=False)  # ``data`` parsed (LF)
    auth_login: str | None = None    # the AUTH username, if the client logged in
    tls: bool = False                # whether the session was under STARTTLS


class _Handler:
    def __init__(self, server: "SmtpServer") -> None:
        self.server = server

    async def handle_MAIL(self, smtp: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        # auth_required is enforced here rather than by aiosmtpd's own
        # auth_required=True, which warns on every connection when TLS is not
        # required as well (deliberately not, on loopback).
        if self.server.auth_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, smtp: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        if isinstance(data, str):  # only with decode_data=True, which we do not use
            data = data.encode("utf-8", "surrogateescape")
        auth = session.auth_data
        login = None
        if isinstance(auth, LoginPassword):
            login = auth.login.decode("utf-8", "replace")
        self.server._record(ReceivedMessage(
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            data=data,
            # SMTP lines end in CRLF; the email package keeps a CR in every
            # body line unless they are turned into plain newlines first.
            message=email.message_from_bytes(data.replace(b"\r\n", b"\n"),
                                             policy=email.policy.default),
            auth_login=login,
            tls=session.ssl is not None,
        ))
        return "250 OK"


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 that records every message.

    ``auth_required=True`` makes MAIL FROM fail with 530 until the client has
    authenticated.  ``tls`` (a ``TlsCert``) enables STARTTLS;
    ``require_starttls=True`` then refuses everything but EHLO/STARTTLS/QUIT
    on a plaintext session.
    """

    def __init__(self, username: str | None = None, password: str | None = None, *,
                 host: str = HOST, port: int | None = None, tls: TlsCert | None = None,
                 auth_required: bool = False, require_starttls: bool = False) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.username = username or f"smtp-{secrets.token_hex(4)}"
        self.password = password or secrets.token_urlsafe(12)
        self.tls = tls
        self.auth_required = auth_required
        self.require_starttls = require_starttls
        self.messages: list[ReceivedMessage] = []
        self.failed_logins: list[str] = []
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    # ------------------------------------------------------------ aiosmtpd

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope,
                      mechanism: str, auth_data: object) -> AuthResult:
        if mechanism in ("PLAIN", "LOGIN") and isinstance(auth_data, LoginPassword):
            ok = (hmac.compare_digest(auth_data.login, self.username.encode())
                  and hmac.compare_digest(auth_data.password, self.password.encode()))
            if ok:
                return AuthResult(success=True, auth_data=auth_data)
            with self._lock:
                self.failed_logins.append(auth_data.login.decode("utf-8", "replace"))
        # handled=False: aiosmtpd answers "535 5.7.8 Authentication credentials invalid"
        return AuthResult(success=False, handled=False)

    def _record(self, msg: ReceivedMessage) -> None:
        with self._lock:
            self.messages.append(msg)

    # ------------------------------------------------------------ lifecycle

    @property
    def ca_file(self) -> Path | None:
        return self.tls.cert_file if self.tls else None

    def start(self) -> "SmtpServer":
        if self._controller is not None:
            raise RuntimeError("SmtpServer is already running")
        kwargs = {}
        if self.tls is not None:
            kwargs["tls_context"] = self.tls.server_context()
            kwargs["require_starttls"] = self.require_starttls
        self._controller = Controller(
            _Handler(self), hostname=self.host, port=self.port,
            server_hostname="localhost", ready_timeout=10,
            authenticator=self._authenticate, auth_require_tls=False,
            decode_data=False,
            **kwargs,
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def clear(self) -> None:
        """Forget the messages and failed logins recorded so far."""
        with self._lock:
            self.messages.clear()
            self.failed_logins.clear()

    def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Wait until at least ``count`` messages arrived; return them all."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.messages)} of {count} messages arrived "
                                   f"within {timeout} s")
            time.sleep(0.01)

    def __enter__(self) -> "SmtpServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
