"""TLS for the mail servers (IMAP and SMTP): one context, one reading of its errors."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from certmerge_mail.errors import CertificateError, ConnectionFailed


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """Certificate and host name checks on, always; `ca_file` adds a private CA."""
    context = ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@contextmanager
def translate_tls_errors(what: str, *, tls_failed: bool = True) -> Iterator[None]:
    """A certificate the checks refuse is a CertificateError naming `what`;
    with `tls_failed`, any other TLS error is a ConnectionFailed ("TLS failed")."""
    try:
        yield
    except ssl.SSLCertVerificationError as exc:
        raise CertificateError(f"{what}: certificate verification failed ({exc.verify_message})") from None
    except ssl.SSLError as exc:
        if not tls_failed:
            raise
        raise ConnectionFailed(f"{what}: TLS failed ({exc.reason or exc})") from None
