"""Real servers for the test suite: Dovecot (IMAP) and aiosmtpd (SMTP) on loopback.

    from servers import DovecotServer, ImapUser, SmtpServer, deliver

``tests/`` has no ``__init__.py``, so pytest puts ``tests/`` on ``sys.path``
and this package imports as ``servers``.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from typing import Iterable

from .dovecot import (
    DovecotServer,
    ImapUser,
    TlsCert,
    find_dovecot,
    free_port,
    make_self_signed_cert,
)
from .smtp import ReceivedMessage, SmtpServer

__all__ = [
    "DovecotServer",
    "ImapUser",
    "ReceivedMessage",
    "SmtpServer",
    "TlsCert",
    "deliver",
    "find_dovecot",
    "free_port",
    "imap_connect",
    "make_self_signed_cert",
]

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def imap_connect(user: ImapUser, *, tls: bool = False, starttls: bool = False,
                 login: bool = True, timeout: float = 10):
    """An ``imapclient.IMAPClient`` connected (and logged in) as ``user``.

    ``tls=True`` uses the IMAPS port, ``starttls=True`` upgrades the plain
    port; both verify the server against ``user.ca_file``.
    """
    import imapclient

    if tls:
        client = imapclient.IMAPClient(user.host, port=user.tls_port, ssl=True,
                                       ssl_context=user.ssl_context(), timeout=timeout)
    else:
        client = imapclient.IMAPClient(user.host, port=user.port, ssl=False, timeout=timeout)
        if starttls:
            client.starttls(user.ssl_context())
    if login:
        client.login(user.username, user.password)
    return client


def deliver(user: ImapUser, eml: bytes, folder: str = "INBOX",
            internal_date: datetime | None = None, flags: Iterable[str | bytes] = ()) -> int:
    """APPEND ``eml`` to ``folder`` of ``user`` and return the new message's UID.

    ``internal_date`` becomes the message's INTERNALDATE (a naive datetime is
    taken as UTC; default: now).  ``flags`` e.g. ``[r"\\Seen"]``; without
    ``\\Seen`` the message is unread.  The UID comes from Dovecot's APPENDUID
    response (UIDPLUS); should that be missing, from a search for the
    message's Message-ID (or the highest UID).

    Afterwards the folder is SELECTed once, which claims the ``\\Recent``
    flag: otherwise whichever session happened to select the folder first
    would see ``\\Recent`` and the others not.  So FLAGS are exactly
    ``flags`` for every later session, as for mail a phone has already seen.
    """
    if isinstance(eml, str):
        raise TypeError("deliver() takes the message as bytes (e.g. msg.as_bytes())")
    if internal_date is not None and internal_date.tzinfo is None:
        internal_date = internal_date.replace(tzinfo=timezone.utc)
    with imap_connect(user) as client:
        response = client.append(folder, eml, flags=tuple(flags), msg_time=internal_date)
        match = _APPENDUID.search(response if isinstance(response, bytes)
                                  else str(response).encode())
        client.select_folder(folder)  # read-write: claims \Recent
        if match:
            return int(match.group(2))
        message_id = BytesHeaderParser().parsebytes(eml).get("Message-ID")
        uids = client.search(["HEADER", "Message-ID", message_id]) if message_id else []
        if not uids:
            uids = client.search(["ALL"])
        if not uids:
            raise RuntimeError(f"appended message not found in {folder!r}")
        return max(uids)
