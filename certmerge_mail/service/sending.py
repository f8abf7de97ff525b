"""Sending one reviewed draft: the only way certmerge-mail ever sends a reply.

`certmerge-mail drafts send ID` calls this after the user has seen the draft
and said yes.  One draft is sent at most once, even with two sends at once:

1. the draft is claimed in a transaction (status -> 'sending') before
   anything talks to the mail servers; a second send finds it claimed and is
   refused;
2. a send that fails before the SMTP server took the mail gives the draft
   back its status (it can be sent again);
3. once the server took it, the draft is 'sent', whatever happens next: the
   copy saved to Sent and the sync that moves the case on are extras, and
   their failure is reported, never a reason to send again.

A claim left behind by a send that was killed midway is refused like a live
one until it is STALE_CLAIM old; then `retry_interrupted` lets the user send
it again, after checking their Sent folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from certmerge_mail.core.console import PASTE
from certmerge_mail.adapters.compose import redate
from certmerge_mail.adapters.store import DraftRow, Store
from certmerge_mail.core.drafts import DraftStatus
from certmerge_mail.core.settings import Settings
from certmerge_mail.errors import CertmergeError, ConfigError, UsageError
from certmerge_mail.service.sync import utcnow
from certmerge_mail.service.wiring import build_service, open_mailbox, open_smtp

log = logging.getLogger(__name__)

# Statuses a draft can be sent from: made, in Drafts, or an earlier attempt failed.
SENDABLE = (DraftStatus.PENDING, DraftStatus.IN_DRAFTS, DraftStatus.FAILED)
# No send takes this long (SMTP and IMAP time out after a minute): a claim
# this old was left by a process that died.
STALE_CLAIM = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Sent:
    draft: DraftRow
    at: datetime
    sent_folder: str
    drafts_folder: str
    # Why the copy is not in Sent, or the case did not move on (the mail went out anyway).
    problem: str | None = None


def sendable(store: Store, draft_id: int, settings: Settings, *, retry_interrupted: bool = False,
             now: datetime | None = None) -> DraftRow:
    """The draft, if it may be sent; else a UsageError saying why (sent, and when; being sent; out of date)."""
    draft = find(store, draft_id)
    _check(draft, settings, retry_interrupted, now or utcnow())
    return draft


def find(store: Store, draft_id: int) -> DraftRow:
    draft = store.draft(draft_id)
    if draft is None:
        raise UsageError(f"no draft {draft_id}", fix="`certmerge-mail drafts` lists them")
    return draft


def require_smtp(settings: Settings) -> None:
    if settings.smtp is None:
        raise ConfigError(f"{settings.source_path}: no [smtp] section, so certmerge-mail cannot send",
                          fix="add [smtp] (see config.example.toml), or send the draft from your mail client")


def _check(draft: DraftRow, settings: Settings, retry_interrupted: bool, now: datetime) -> None:
    when = _local(draft.updated_at, settings)
    if draft.status == DraftStatus.SENT:
        raise UsageError(f"draft {draft.id} was already sent{f' on {when}' if when else ''}",
                         fix="nothing to do; `certmerge-mail cases` shows where the case is")
    if draft.status == PASTE:
        raise UsageError(f"draft {draft.id} answers a console case, whose address takes no e-mail replies",
                         fix=f"paste its text into the AWS Support Center ({draft.to_addr}); "
                         f"`certmerge-mail drafts show {draft.id}` prints it")
    if draft.status == DraftStatus.SUPERSEDED:
        raise UsageError(f"draft {draft.id} is out of date: case {draft.case_id} has moved on since it was made",
                         fix="see `certmerge-mail cases` and the newer drafts")
    if draft.status == DraftStatus.SENDING and not (retry_interrupted and _stale(draft, now)):
        if _stale(draft, now):
            raise UsageError(
                f"a send of draft {draft.id} began at {when} and never finished (it was interrupted)",
                fix="look in your Sent folder and ask the recipient if needed: if it did not go out, send it "
                f"with `certmerge-mail drafts send {draft.id} --retry-interrupted`",
            )
        raise UsageError(f"draft {draft.id} is being sent right now by another certmerge-mail (since {when})",
                         fix="wait for it: it ends with the mail sent, or the draft back as it was "
                         "(`certmerge-mail drafts` shows which)")


def send(settings: Settings, store: Store, draft: DraftRow, *, retry_interrupted: bool = False,
         clock: Callable[[], datetime] = utcnow, mailbox=None, smtp=None) -> Sent:
    """Claim the draft, send it through [smtp], save the copy to Sent, and sync
    so the case moves on.  Raises when nothing was sent (the draft is as before)."""
    if smtp is None:
        require_smtp(settings)
    now = clock()
    claimable = SENDABLE + ((DraftStatus.SENDING,) if retry_interrupted and _stale(draft, now) else ())
    with store.transaction():
        if not store.claim_draft(draft.id, claimable, now):
            current = store.draft(draft.id)
            _check(current, settings, retry_interrupted, now)
            raise UsageError(f"draft {draft.id} cannot be sent (it is {current.status})")
    previous = draft.status if draft.status in SENDABLE else DraftStatus.IN_DRAFTS
    smtp = smtp or open_smtp(settings)
    mailbox = mailbox or open_mailbox(settings)
    service = build_service(settings, store, mailbox, smtp=smtp)
    try:
        try:
            service.connect()
            raw = redate(draft.raw, now)  # dated when sent: the merge deadline counts from here
            smtp.send(raw, settings.you.emails[0], (draft.to_addr,))
        except BaseException:
            with store.transaction():
                store.set_draft_status(draft.id, previous, clock())
            raise
        with store.transaction():
            store.set_draft_status(draft.id, DraftStatus.SENT, now)
        log.info("draft %s (case %s) sent to %s", draft.id, draft.case_id, draft.to_addr)
        problem = None
        try:
            mailbox.append(service.folders.sent, raw, ("\\Seen",), now)
            service.sync_once(now)  # the copy in Sent is your reply: the case moves on
        except CertmergeError as exc:
            problem = str(exc).splitlines()[0]
            log.warning("draft %s was sent, but: %s", draft.id, problem)
        return Sent(store.draft(draft.id) or draft, now, service.folders.sent, service.folders.drafts, problem)
    finally:
        mailbox.logout()


def _stale(draft: DraftRow, now: datetime) -> bool:
    return draft.updated_at is None or now - draft.updated_at >= STALE_CLAIM


def _local(when: datetime | None, settings: Settings) -> str:
    if when is None:
        return ""
    return f"{when.astimezone(ZoneInfo(settings.you.timezone)):%Y-%m-%d %H:%M %Z}"
