"""TLS for the mail servers (IMAP and SMTP): one context, one reading of its errors."""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from certmerge_mail.errors import CertificateError, CertmergeError, ConnectionFailed


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


# The usual ports: what to suggest when TLS meets a port that speaks plain text first.
_TLS_PORTS = {"imap": (993, 143), "smtp": (465, 587)}


def tls_error(exc: ssl.SSLError, *, what: str, host: str, port: int, security: str, ca_file: str | None,
              protocol: str = "imap") -> CertmergeError | None:
    """A TLS failure with the fix it most likely needs, or None when no better hint is known.

    - WRONG_VERSION_NUMBER (or "packet length too long"): TLS was started on a
      port that talks plain text first: STARTTLS on that port, or the TLS port.
    - A host name mismatch: the names the certificate does hold."""
    tls_port, starttls_port = _TLS_PORTS[protocol]
    text = f"{getattr(exc, 'reason', '') or ''} {exc}".upper()
    if isinstance(exc, ssl.SSLCertVerificationError):
        if getattr(exc, "verify_code", None) != 62 and "HOSTNAME MISMATCH" not in text \
                and "IP ADDRESS MISMATCH" not in text:
            return None
        names = certificate_names(host, port, ca_file, starttls=security == "starttls", protocol=protocol)
        if not names:
            return CertificateError(f"{what}: certificate verification failed ({exc.verify_message}): "
                                    f"the certificate is not for {host}")
        return CertificateError(
            f"{what}: certificate verification failed: the certificate is for {', '.join(names)}, not {host}",
            fix=f"set [{protocol}] host to a name the certificate holds (host = \"{names[0]}\"), "
            "or ask your provider for the server's name; verification is never turned off")
    if "WRONG_VERSION_NUMBER" in text or "PACKET_LENGTH_TOO_LONG" in text or "UNKNOWN_PROTOCOL" in text:
        if security == "tls":
            return ConnectionFailed(
                f"{what}: TLS failed ({getattr(exc, 'reason', None) or exc}): port {port} does not start "
                "with TLS, it talks plain text first",
                fix=f"keep port {port} with security = \"starttls\", or use port {tls_port} with "
                "security = \"tls\"")
        return ConnectionFailed(
            f"{what}: TLS failed ({getattr(exc, 'reason', None) or exc}) after STARTTLS",
            fix=f"use port {starttls_port} with security = \"starttls\", or port {tls_port} with security = \"tls\"")
    return None


def certificate_names(host: str, port: int, ca_file: str | None, *, starttls: bool = False,
                      protocol: str = "imap") -> list[str]:
    """The names (DNS and IP subjectAltNames, else the CN) of the certificate
    the server presents, read over a connection that checks the chain but
    not the name.  [] when it cannot be read (the chain is not trusted either)."""
    context = ssl_context(ca_file)
    context.check_hostname = False
    try:
        if protocol == "smtp":
            import smtplib

            if starttls:
                client = smtplib.SMTP(host, port, timeout=10)
                client.starttls(context=context)
            else:
                client = smtplib.SMTP_SSL(host, port, timeout=10, context=context)
            cert = client.sock.getpeercert()
            client.close()
        elif starttls:
            client = imaplib.IMAP4(host, port, timeout=10)
            client.starttls(context)
            cert = client.sock.getpeercert()
            client.shutdown()
        else:
            with socket.create_connection((host, port), timeout=10) as raw, \
                    context.wrap_socket(raw, server_hostname=host) as tls:
                cert = tls.getpeercert()
    except Exception:  # noqa: BLE001 - only a hint: no names, no hint
        return []
    names = [value for kind, value in cert.get("subjectAltName", ()) if kind in ("DNS", "IP Address")]
    if not names:
        names = [value for rdn in cert.get("subject", ()) for key, value in rdn if key == "commonName"]
    return list(dict.fromkeys(names))
