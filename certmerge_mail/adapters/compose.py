"""Turning drafted text into a mail (RFC 5322 bytes) and the case request.

`build_reply` makes the message that is appended to Drafts: UTF-8 text/plain,
threaded on the agent's mail with In-Reply-To and References.  Every header
value has its CR/LF removed first, so nothing from a subject or a name can
add a header of its own.
"""

from __future__ import annotations

import email.policy
import re
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from certmerge_mail.adapters.render import render
from certmerge_mail.core.drafts import CASE_REQUEST_TEMPLATE, case_request_context, one_line
from certmerge_mail.core.settings import Settings

_MSG_ID = re.compile(r"<[^<>\s]+>")


def _clean(value: str) -> str:
    """A header value on one line: CR, LF and other control characters go."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", one_line(value)).strip()


def _ids(values: tuple[str, ...] | list[str]) -> list[str]:
    """The message ids in `values` (each may hold several, as a References
    header does), in order, without repeats.  A bare id gets its <>."""
    found: list[str] = []
    for value in values:
        text = _clean(value)
        tokens = _MSG_ID.findall(text)
        if not tokens and text.strip("<>") and " " not in text:
            tokens = [f"<{text.strip('<>')}>"]
        for token in tokens:
            if token not in found:
                found.append(token)
    return found


class _IdList(str):
    """A Message-ID, In-Reply-To or References value, folded only between ids.

    The library treats the last two as free text and turns an id longer than
    a line (Amazon SES ids are ~85 characters) into an RFC 2047 encoded word,
    which breaks threading; it also moves a long Message-ID to a continuation
    line.  The policy calls a value's own fold() when it has a `name`, as
    the library's header objects do.
    """

    name: str

    def __new__(cls, name: str, ids: list[str]) -> _IdList:
        value = super().__new__(cls, " ".join(ids))
        value.name = name
        return value

    def fold(self, *, policy: email.policy.EmailPolicy) -> str:
        first, *rest = self.split()
        lines = [f"{self.name}: {first}"]
        for token in rest:
            if len(lines[-1]) + 1 + len(token) > policy.max_line_length:
                lines.append(f" {token}")
            else:
                lines[-1] += f" {token}"
        return policy.linesep.join(lines) + policy.linesep


def build_reply(
    *,
    from_name: str,
    from_addr: str,
    to_addr: str,
    subject: str,
    body: str,
    in_reply_to: str,
    references: tuple[str, ...],
    message_id: str,
    date: datetime,
    marker: str = "",
) -> bytes:
    """The reply as bytes (CRLF line ends), ready for IMAP APPEND to Drafts.

    References is the agent's References followed by `in_reply_to`, without
    repeats.  A naive `date` is taken as UTC.
    """
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name=_clean(from_name), addr_spec=_clean(from_addr))
    msg["To"] = _clean(to_addr)
    msg["Subject"] = _clean(subject)
    msg["Date"] = format_datetime(date if date.tzinfo else date.replace(tzinfo=timezone.utc))
    own = _ids([message_id])
    if own:
        msg["Message-ID"] = _IdList("Message-ID", own[:1])
    parent = _ids([in_reply_to]) if in_reply_to else []
    if parent:
        msg["In-Reply-To"] = _IdList("In-Reply-To", parent)
    chain = _ids([*references, *parent])
    if chain:
        msg["References"] = _IdList("References", chain)
    if marker:
        # Marks certmerge-mail's own draft: only a draft carrying it is ever taken
        # out of Drafts again (its trigger corrected away: service/drafting.py).
        msg[DRAFT_MARKER_HEADER] = _clean(marker)
    msg.set_content(body, subtype="plain", charset="utf-8")
    return msg.as_bytes()


# Not X-Certmerge-Mail, which marks the digests and nudges the service never
# reads: a draft sent as it is must still be seen in Sent as your reply.
DRAFT_MARKER_HEADER = "X-Certmerge-Mail-Draft"


def case_request_text(settings: Settings, user_dir: str | None = None) -> str:
    """The contact-form fields and the English request to paste
    (case_request.txt.j2; `user_dir` defaults to [templates] dir)."""
    return render(CASE_REQUEST_TEMPLATE, case_request_context(settings), user_dir or settings.templates_dir)


def redate(raw: bytes, when: datetime) -> bytes:
    """The same message with its Date header set to `when` (a draft is dated
    when it is sent, not when it was drafted).  Only the Date line changes:
    re-serialising would re-fold the threading headers."""
    head, sep, rest = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, rest = raw.partition(b"\n\n")
    date = b"Date: " + format_datetime(when if when.tzinfo else when.replace(tzinfo=timezone.utc)).encode("ascii")
    head, count = re.subn(rb"(?im)^Date:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", lambda _m: date, head, count=1)
    return (head if count else head + b"\r\n" + date) + sep + rest
