"""Build a ready Service: the sync plus the steps that follow each sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from certmerge_mail.adapters.store import Store
from certmerge_mail.core.settings import Settings
from certmerge_mail.service.drafting import Drafter, mark_answered
from certmerge_mail.service.reminders import Notifier
from certmerge_mail.service.sync import Mailbox, Service, utcnow


def build_service(settings: Settings, store: Store, mailbox: Mailbox, *,
                  clock: Callable[[], datetime] = utcnow, smtp=None,
                  out: Callable[[str], None] | None = None) -> Service:
    """The service with its after-sync steps, in order: mark drafts the user
    answered, draft what the cases need, nudge and deliver."""
    service = Service(settings, store, mailbox, clock=clock)
    service.notifier = Notifier(settings, store, service, smtp=smtp, out=out)
    service.after_sync.append(lambda now: mark_answered(store, service, now))
    service.after_sync.append(Drafter(settings, store, service))
    service.after_sync.append(service.notifier)

    def digest(now: datetime) -> None:
        service.notifier.queue_digest(now)
        service.notifier.deliver(now)

    service.handlers["digest"] = digest
    service.handlers["deadline"] = lambda now: [step(now) for step in service.after_sync]
    return service


def start_scheduler(service: Service):
    """The daemon's scheduler: the daily digest, and a wake-up at each next deadline."""
    from certmerge_mail.adapters.scheduler import Scheduler

    settings = service.settings
    scheduler = Scheduler(ZoneInfo(settings.you.timezone), service.request)
    scheduler.start(settings.digest.at)

    def next_deadline(now: datetime) -> None:
        scheduler.wake_at(service.notifier.next_wake(now))
        with service.store.transaction():
            service.store.set_status(jobs=[[job, _iso(when)] for job, when in scheduler.jobs()])

    service.after_sync.append(next_deadline)
    return scheduler


def _iso(when):
    return when.isoformat(timespec="seconds") if when else None
