"""The SMTP port (smtplib): sends what the user approved, and digests.

Nothing is sent by the service on its own: `drafts send` (after the user's
confirmation) and the digest's "smtp" channel are the only callers.
"""

from __future__ import annotations

import smtplib
import ssl
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from certmerge_mail.adapters.tls import ssl_context, tls_error, translate_tls_errors
from certmerge_mail.core.settings import SmtpSettings
from certmerge_mail.errors import ConnectionFailed, CredentialError, DeliveryError

TIMEOUT = 60.0


class SmtpSender:
    def __init__(self, settings: SmtpSettings, *, password: Callable[[], str] | None = None,
                 oauth2_token: Callable[[], str] | None = None) -> None:
        self.settings = settings
        self._password = password
        self._oauth2_token = oauth2_token
        self.label = f"SMTP {settings.host}:{settings.port}"

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl_context(s.ca_file)
        try:
            if s.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT, context=context)
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
                if s.security == "starttls":
                    client.starttls(context=context)
        except ssl.SSLError as exc:
            better = tls_error(exc, what=self.label, host=s.host, port=s.port, security=s.security,
                               ca_file=s.ca_file, protocol="smtp")
            if better is None:
                raise
            raise better from None
        if s.username:
            if self._oauth2_token is not None:
                token = self._oauth2_token()
                auth = f"user={s.username}\x01auth=Bearer {token}\x01\x01"
                client.auth("XOAUTH2", lambda challenge=None: auth, initial_response_ok=True)
            else:
                client.login(s.username, self._password() if self._password else "")
        return client

    def check(self) -> None:
        """Connect and log in, then quit: for `certmerge-mail check`."""
        with self._errors():
            self._connect().quit()

    def send(self, raw: bytes, sender: str, recipients: tuple[str, ...]) -> None:
        with self._errors():
            client = self._connect()
            try:
                refused = client.sendmail(sender, list(recipients), raw)
            finally:
                try:
                    client.quit()
                except smtplib.SMTPException:
                    pass
        if refused:
            raise DeliveryError(f"{self.label} refused recipients: {', '.join(refused)}")

    def _errors(self):
        return translate_errors(self.label)


@contextmanager
def translate_errors(label: str) -> Iterator[None]:
    try:
        # Other TLS errors are OSErrors, reported below with their type.
        with translate_tls_errors(label, tls_failed=False):
            yield
    except smtplib.SMTPAuthenticationError as exc:
        raise CredentialError(f"{label}: the server refused the login ({exc.smtp_code})") from None
    except smtplib.SMTPRecipientsRefused:
        raise DeliveryError(f"{label} refused the recipients") from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"{label}: {exc.smtp_code} {exc.smtp_error.decode(errors='replace')}") from None
    except socket.gaierror:
        raise ConnectionFailed(f"{label}: host name not found") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise ConnectionFailed(f"{label}: {type(exc).__name__}: {exc}") from None
