"""What one processed message does to the cases: the service performs these
actions, all in the message's own transaction.

- A merge mail with a case id starts the case (its case_created mail, or
  whichever merge mail is seen first) or joins it.
- A Credly badge names no case: it is recorded with the message, and every
  case opened before it counts it (`badge_events`), whatever the order in
  which the mails arrived.
- The user's own mail in Sent, tied to a case by subject or In-Reply-To, is
  the user's reply.
- Mail whose sender is not verified never changes a case: it becomes a
  "suspicious" warning (and an uncounted event when its case exists).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from certmerge_mail.core import ids
from certmerge_mail.core.cases import YOUR_REPLY, Event
from certmerge_mail.core.guard import account_differences
from certmerge_mail.core.model import Kind, Message, Verdict
from certmerge_mail.core.settings import Account


@dataclass(frozen=True, slots=True)
class OpenCase:
    case_id: str
    opened_at: datetime
    subject: str
    reply_to: str


@dataclass(frozen=True, slots=True)
class AddEvent:
    case_id: str
    event: Event


@dataclass(frozen=True, slots=True)
class Warn:
    case_id: str
    message_id: str
    code: str  # "suspicious" | "accounts_mismatch" | "no_case_id"
    text: str


Action = OpenCase | AddEvent | Warn

SUPPORT_KINDS = {
    Kind.CASE_CREATED,
    Kind.MERGE_CONFIRMATION_REQUESTED,
    Kind.MERGE_COMPLETED,
    Kind.SURVEY,
    Kind.SUPPORT_REPLY,
}


def counts(verdict: Verdict, require_verified: bool) -> bool:
    """May this mail change a case?"""
    return verdict.sender_verified is True or (verdict.sender_verified is None and not require_verified)


def on_inbox_message(
    verdict: Verdict,
    message: Message,
    *,
    message_id: str,
    at: datetime,
    tracked: frozenset[str],
    open_cases: tuple[tuple[str, datetime], ...],
    linked_case: str | None,
    accounts: tuple[Account, ...],
    own_emails: tuple[str, ...],
    require_verified: bool,
) -> list[Action]:
    if verdict.kind == Kind.UNRELATED:
        return []
    ok = counts(verdict, require_verified)
    event = Event(
        kind=str(verdict.kind),
        at=at,
        message_id=message_id,
        verified=ok,
        asks_user=verdict.asks_user,
        badge=verdict.badge,
        account_ids=verdict.account_ids,
    )
    if verdict.kind == Kind.CREDLY_BADGE_ISSUED:
        return [] if ok else [_suspicious(case, message_id, verdict, message) for case, _ in open_cases] or [
            _suspicious("", message_id, verdict, message)
        ]

    case = verdict.case_id or linked_case or (open_cases[0][0] if len(open_cases) == 1 else None)
    if not ok:
        actions = [_suspicious(case or "", message_id, verdict, message)]
        if case in tracked:
            actions.append(AddEvent(case, event))
        return actions
    if case is None:
        return [Warn("", message_id, "no_case_id",
                     f"a {verdict.kind} mail ({message.subject!r}) names no case id and matches no open case")]
    actions = []
    if case not in tracked:
        actions.append(OpenCase(case, ids.case_opened_at(case) or at, message.subject,
                                message.reply_to or message.from_addr))
    actions.append(AddEvent(case, event))
    if verdict.kind == Kind.MERGE_CONFIRMATION_REQUESTED:
        for problem in account_differences(verdict.new_text, verdict.account_ids, accounts, own_emails):
            actions.append(Warn(case, message_id, "accounts_mismatch", problem))
    return actions


def on_sent_message(
    message: Message,
    *,
    message_id: str,
    at: datetime,
    own_emails: tuple[str, ...],
    tracked: frozenset[str],
    linked_case: str | None,
) -> list[Action]:
    if message.from_addr not in own_emails:
        return []
    case = ids.case_id(message.subject)
    if case not in tracked:
        case = linked_case
    if case is None or case not in tracked:
        return []
    return [AddEvent(case, Event(kind=YOUR_REPLY, at=at, message_id=message_id))]


def badge_events(badges, opened_at: datetime, require_verified: bool) -> list[Event]:
    """The badge mails (date, message id, name, verified) that count for a case opened at `opened_at`."""
    return [
        Event(kind=str(Kind.CREDLY_BADGE_ISSUED), at=at, message_id=mid, badge=name,
              verified=verified is True or (verified is None and not require_verified))
        for at, mid, name, verified in badges
        if at is not None and at >= opened_at
    ]


def _suspicious(case: str, message_id: str, verdict: Verdict, message: Message) -> Warn:
    why = "failed sender verification" if verdict.sender_verified is False else "carries no sender verification"
    return Warn(
        case,
        message_id,
        "suspicious",
        f"suspicious mail: {message.from_addr or 'unknown sender'} looks like {verdict.kind} "
        f"({message.subject!r}) but {why}; it was ignored",
    )
