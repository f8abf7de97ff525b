"""Build a ready Service: the sync plus the steps that follow each sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from certmerge_mail.adapters.store import Store
from certmerge_mail.core.settings import Settings
from certmerge_mail.service.drafting import Drafter, mark_answered
from certmerge_mail.service.sync import Mailbox, Service, utcnow


def build_service(settings: Settings, store: Store, mailbox: Mailbox, *,
                  clock: Callable[[], datetime] = utcnow) -> Service:
    service = Service(settings, store, mailbox, clock=clock)
    service.after_sync.append(lambda now: mark_answered(store, service, now))
    service.after_sync.append(Drafter(settings, store, service))
    return service
