"""Build a ready Service: the sync plus the steps that follow each sync, and
the adapters the settings ask for (the IMAP mailbox, the SMTP sender).

The service's own modules (and through them the classifier's) are imported
by build_service, not with this module: open_mailbox needs none of them, and
`run --once` connects while they are imported (cli/run.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from certmerge_mail.adapters.mailbox import Mailbox
from certmerge_mail.adapters.store import Store
from certmerge_mail.core.settings import Settings
from certmerge_mail.errors import MailboxError

if TYPE_CHECKING:
    from certmerge_mail.service.sync import Service


def build_service(settings: Settings, store: Store, mailbox: Mailbox | None, *,
                  clock: Callable[[], datetime] | None = None, smtp=None,
                  out: Callable[[str], None] | None = None) -> Service:
    """The service with its after-sync steps, in order: mark drafts the user
    answered, draft what the cases need, nudge and deliver."""
    from certmerge_mail.service.drafting import Drafter, mark_answered
    from certmerge_mail.service.reminders import Notifier
    from certmerge_mail.service.sync import Service, utcnow

    service = Service(settings, store, mailbox, clock=clock or utcnow)
    notifier = Notifier(settings, store, mailbox, smtp=smtp, out=out, on_error=service.note_error,
                        check_sent=lambda now: service.sync_sent(now).processed)
    service.notifier = notifier
    service.after_sync.append(lambda now, reports, _folders: mark_answered(store, reports, now))
    service.after_sync.append(Drafter(settings, store, mailbox))
    service.after_sync.append(notifier)

    def digest(now: datetime) -> None:
        notifier.queue_digest(now)
        notifier.deliver(now, service.folders)

    service.handlers["digest"] = digest
    service.handlers["deadline"] = service.run_after_sync
    return service


def start_scheduler(service: Service):
    """The daemon's scheduler: the daily digest, and a wake-up at each next deadline."""
    from zoneinfo import ZoneInfo

    from certmerge_mail.adapters.scheduler import Scheduler

    settings = service.settings
    scheduler = Scheduler(ZoneInfo(settings.you.timezone), service.request)
    scheduler.start(settings.digest.at)

    notifier = service.notifier

    def next_deadline(now: datetime, reports, _folders) -> None:
        scheduler.wake_at(notifier.next_wake(now, reports))
        with service.store.transaction():
            service.store.set_status(jobs=[[job, _iso(when)] for job, when in scheduler.jobs()])

    service.after_sync.append(next_deadline)
    return scheduler


def open_mailbox(settings: Settings):
    """The user's IMAP mailbox, credentials resolved lazily (at each login)."""
    from certmerge_mail.adapters.credentials import resolve_oauth2_token, resolve_secret
    from certmerge_mail.adapters.imap import ImapMailbox

    imap = settings.imap
    if imap is None:
        raise MailboxError("no [imap] section in the configuration", fix="add [imap] (see config.example.toml)")
    creds = imap.credentials
    if creds.oauth2_token_command:
        return ImapMailbox(imap, oauth2_token=lambda: resolve_oauth2_token(creds))
    return ImapMailbox(imap, password=lambda: resolve_secret(creds, what="IMAP password"))


def open_smtp(settings: Settings):
    from certmerge_mail.adapters.credentials import resolve_oauth2_token, resolve_secret
    from certmerge_mail.adapters.smtp import SmtpSender

    smtp = settings.smtp
    if smtp is None:
        return None
    creds = smtp.credentials
    if creds.oauth2_token_command:
        return SmtpSender(smtp, oauth2_token=lambda: resolve_oauth2_token(creds))
    has_password = creds.password or creds.password_command or creds.password_env or creds.keyring_entry
    return SmtpSender(smtp, password=(lambda: resolve_secret(creds, what="SMTP password")) if has_password else None)


def _iso(when):
    return when.isoformat(timespec="seconds") if when else None
