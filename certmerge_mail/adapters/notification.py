"""The digest and nudge mails certmerge-mail writes to the user.

Each carries `X-Certmerge-Mail: digest|nudge`, so the service can recognise
its own messages and never ingest them as case mail.
"""

from __future__ import annotations

import email.policy
import os
import stat
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from certmerge_mail.adapters.parsing import OWN_MARKER_HEADER  # one name, read back by the parser
from certmerge_mail.adapters.render import render

DISPLAY_NAME = "certmerge-mail"


def build_notification(*, subject: str, text: str, html: str, from_addr: str, to_addrs: tuple[str, ...] | list[str],
                       date: datetime, kind: str) -> bytes:
    """A multipart/alternative (text, HTML) UTF-8 mail, with CRLF line ends."""
    sender = _clean(from_addr)
    msg = EmailMessage()
    msg["From"] = Address(DISPLAY_NAME, addr_spec=sender)
    msg["To"] = ", ".join(_clean(a) for a in to_addrs)
    msg["Subject"] = _clean(subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "certmerge-mail.invalid")
    msg[OWN_MARKER_HEADER] = _clean(kind)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg.as_bytes(policy=email.policy.SMTP)


def append_private(path: str | os.PathLike, text: str) -> None:
    """Append `text` to the digest file, keeping it private to its owner.

    The file is created 0600 whatever the umask (`digest --deliver` runs
    from a login shell, usually with umask 022), and an existing file others
    can read or write is made 0600 before anything is added: the digest
    names the user's accounts, e-mails and cases.  Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        mode = stat.S_IMODE(os.fstat(fd).st_mode)
        if mode & 0o077:
            os.fchmod(fd, mode & 0o700)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fd = -1  # the file object closes it
            fh.write(text)
    finally:
        if fd >= 0:
            os.close(fd)


def render_digest(context: dict, user_dir: str | None = None) -> tuple[str, str, str]:
    return _render("digest", context, user_dir)


def render_nudge(context: dict, user_dir: str | None = None) -> tuple[str, str, str]:
    return _render("nudge", context, user_dir)


def _render(name: str, context: dict, user_dir: str | None) -> tuple[str, str, str]:
    return (context["subject"], render(f"{name}.txt.j2", context, user_dir),
            render(f"{name}.html.j2", context, user_dir))


def _clean(value: str) -> str:
    """A header value on one line: CR and LF become spaces."""
    return " ".join(value.replace("\r", " ").replace("\n", " ").split())
