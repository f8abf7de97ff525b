"""Before a message is downloaded: may it belong to a case?

The service reads a SEARCH hit's header fields first (HEADER_FIELDS, a few
hundred bytes) and downloads the whole message only when this says it may
belong to a case.  Everything else is passed without its body ever being
fetched: in a developer's mailbox the server-side SEARCH for "case" and
"merge" finds a thousand "test case" and "Merged #123" notifications for
every mail of the case.

The answer errs on the side of downloading.  A message is wanted when
- its From is AWS, Credly or CertMetrics, or poses as one (a look-alike
  domain or display name: the user is warned of those), by core/sender.py's
  own test;
- its Subject carries a support case id, or has the shape of the
  Training and Certification contact form's case ("[AWS Training and
  Certification Form Submission] - account-assistance");
- its Subject names a case the store tracks (written any way at all);
- it replies to a message of a tracked case (In-Reply-To, References);
- in Sent: it is addressed to AWS or Credly (To, Cc).
Anything else the classifier would call unrelated without reading a word of
its body (it reads no content of mail from anyone but AWS, Credly and their
look-alikes), and Sent mail ties to a case only by subject or thread.

Pure: no I/O; what the store knows is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container
from dataclasses import dataclass

from certmerge_mail.core import ids
from certmerge_mail.core.model import HeaderFields
from certmerge_mail.core.sender import Family, check_sender

# The header fields phase one asks the server for (BODY.PEEK[HEADER.FIELDS (...)]):
# those the decision reads, and no other.  Not Date, Message-ID or
# Authentication-Results: nothing here depends on them (a look-alike is read
# whole whatever its verification says, so that the user is warned), and the
# server would send every Authentication-Results header a mail has, ~300
# bytes each, for every hit.  A message read whole has them all.
# Not Sender either: the classifier reads who sent a mail by its From alone,
# so a mail that only its Sender would make wanted is unrelated when read
# whole.  Nor X-Certmerge-Mail: a digest or nudge of ours that the rest
# makes wanted is read whole and known as ours then.  Both matter on a
# server's first sync: every field here is one that mail clients ask for
# (K-9, Thunderbird), so Dovecot answers it from its cache instead of
# opening each hit's file (bench/imap_sync.py, Maildir).
FIELDS = ("From", "Subject", "In-Reply-To", "References")
# Sent mail also by whom it went to.
SENT_FIELDS = FIELDS + ("To", "Cc")

_FORM_SUBJECT = re.compile(
    r"training\s*+(?:and|&)\s*+certification\s++form|account-assistance|トレーニングと認定",
    re.IGNORECASE,
)
MAX_SUBJECT = ids.MAX_SUBJECT
MAX_REFERENCES = 50  # a thread's last 50 references are enough to find it


@dataclass(frozen=True, slots=True)
class Headers(HeaderFields):
    """The header fields phase one reads of a message: those a Message
    carries, and its recipients."""

    recipients: tuple[str, ...] = ()
    unreadable: bool = False  # the adapter could not decode them: the message is read whole


def wanted(headers: Headers, *, sent: bool = False, tracked: Collection[str] = (),
           thread: Container[str] = ()) -> str | None:
    """Why the whole message must be read, or None when it cannot belong to
    a case.  `tracked`: the case ids the store has; `thread`: message ids of
    case mail the store has seen (anything with `in`)."""
    if headers.unreadable:
        return "its header fields could not be read"
    if headers.own_marker:
        return None  # certmerge-mail's own digest or nudge (a whole header block): never ingested
    addr, name = headers.from_addr, headers.from_name
    if (addr or name) and _family(addr, name) is not Family.OTHER:
        return f"sender {addr or name} is, or poses as, AWS or Credly"
    subject = headers.subject[:MAX_SUBJECT]
    case = ids.case_id(subject)
    if case is not None:
        return f"the subject carries case id {case}"
    if _FORM_SUBJECT.search(subject):
        return "the subject has the shape of the Training and Certification form's case"
    why = joins(headers, tracked=tracked, thread=thread)
    if why is not None:
        return why
    if sent:
        for addr in headers.recipients:
            if _family(addr, "") is not Family.OTHER:
                return f"it was sent to {addr}"
    return None


def joins(headers: Headers, *, tracked: Collection[str] = (), thread: Container[str] = ()) -> str | None:
    """The part of wanted() that depends on what the store knows: the subject
    names a tracked case, or the message replies to one of a case's.  A hit
    wanted() passed is asked this again once earlier messages were processed
    (what they open or join only ever adds to `tracked` and `thread`)."""
    if headers.unreadable or headers.own_marker:
        return None
    subject = headers.subject[:MAX_SUBJECT]
    if tracked and any(c in subject for c in tracked):
        return "the subject names a tracked case"
    for ref in (headers.in_reply_to, *headers.references[-MAX_REFERENCES:]):
        if ref and ref in thread:
            return f"it replies to {ref}, a message of a tracked case"
    return None


def _family(addr: str, name: str) -> Family:
    return check_sender(addr[:320], name[:256], ()).family
