"""The data the core works on: our own message type and the classifier's verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Kind(StrEnum):
    """What one mail is, for the merge case."""

    CASE_CREATED = "case_created"
    MERGE_CONFIRMATION_REQUESTED = "merge_confirmation_requested"
    MERGE_COMPLETED = "merge_completed"
    SURVEY = "survey"
    CREDLY_BADGE_ISSUED = "credly_badge_issued"
    SUPPORT_REPLY = "support_reply"
    UNRELATED = "unrelated"


class Outcome(StrEnum):
    """What became of one message the service fetched (the messages table's
    outcome column), apart from what it is (its Kind, in the kind column)."""

    PROCESSED = "processed"  # read: its kind says what it is
    OWN = "own"  # written by certmerge-mail itself (a digest, a nudge): not read
    DUPLICATE = "duplicate"  # its Message-ID was processed already: not read again
    SEEN = "seen"  # this UID was processed already: nothing recorded again
    ERROR = "error"  # it could not be processed; recorded and passed


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """The header fields a mail is known and threaded by, decoded by the
    parsing adapter (addresses lower-case): what core/triage.py reads
    before a download (its Headers), and what every Message carries."""

    message_id: str = ""
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    # Set on the digests and nudges certmerge-mail writes itself (header
    # X-Certmerge-Mail), so the service never ingests its own messages.
    own_marker: str = ""


@dataclass(frozen=True, slots=True)
class Message(HeaderFields):
    """One mail, already decoded by the parsing adapter.

    Addresses are lower-case.  `text` is the whole body as plain text (HTML
    turned into text), quoted history included; the core finds the new part.
    `auth_results` holds every Authentication-Results header value, topmost
    (most recently added, so most trustworthy) first.
    """

    reply_to: str = ""
    to: tuple[str, ...] = ()
    date: datetime | None = None
    text: str = ""
    auth_results: tuple[str, ...] = ()
    auto_submitted: str = ""
    errors: tuple[str, ...] = ()

    @property
    def from_domain(self) -> str:
        return self.from_addr.rpartition("@")[2]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier decided about one message, and why."""

    kind: Kind
    case_id: str | None = None
    account_ids: tuple[str, ...] = ()
    sender_verified: bool | None = None
    language: str = "en"
    reasons: tuple[str, ...] = ()
    # support_reply only: the agent asks the user something (information,
    # which account to keep) rather than giving a status update.
    asks_user: bool = False
    # credly_badge_issued only: the badge's name as Credly states it.
    badge: str | None = None
    # False when the kind rests on signals that conflict (a confirmation
    # request that also asks which account to keep, a completion that also
    # says the work goes on); `doubts` says which.  An uncertain request or
    # completion never drafts a confirmation nor closes a case (tracking.py).
    certain: bool = True
    doubts: tuple[str, ...] = ()
    # The kind the learned second opinion (core/opinion.py) prefers, when it
    # doubts the verdict's; the verdict's kind is never changed by it.
    may_be: Kind | None = None
    # The new part of the text (quoted history removed).
    new_text: str = field(default="", repr=False)
    errors: tuple[str, ...] = ()
