"""The scheduler (APScheduler 3): the daily digest and wake-ups at deadlines
only *request* work; the service's thread does it."""

import threading
from datetime import datetime, time as clock, timedelta, timezone
from zoneinfo import ZoneInfo

from support import make_settings, thread

from certmerge_mail.adapters.scheduler import Scheduler
from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service, start_scheduler

TOKYO = ZoneInfo("Asia/Tokyo")


def test_digest_runs_daily_at_the_configured_local_time():
    scheduler = Scheduler(TOKYO, lambda what: None)
    scheduler.start(clock(8, 0))
    try:
        (job, when), = [j for j in scheduler.jobs() if j[0] == "digest"]
        local = when.astimezone(TOKYO)
        assert (local.hour, local.minute) == (8, 0)
        assert timedelta(0) < when - datetime.now(timezone.utc) <= timedelta(days=1)
    finally:
        scheduler.shutdown()


def test_a_deadline_wakes_the_service_when_it_falls_due():
    asked = []
    woke = threading.Event()
    scheduler = Scheduler(TOKYO, lambda what: (asked.append(what), woke.set()))
    scheduler.start(clock(8, 0))
    try:
        scheduler.wake_at(datetime.now(timezone.utc) + timedelta(seconds=0.3))
        assert woke.wait(5)
        assert asked == ["deadline"]
        scheduler.wake_at(datetime.now(timezone.utc) + timedelta(hours=1))
        scheduler.wake_at(None)  # cancelled
        assert [j for j, _ in scheduler.jobs()] == ["digest"]
    finally:
        scheduler.shutdown()


def test_service_requests_are_done_by_the_service_thread(imap_user, deliver, tmp_path):
    """A digest requested from another thread is queued and delivered by handle_requests."""
    deliver(thread()["created"].raw)
    settings = make_settings(imap_user, tmp_path)
    printed = []
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=printed.append)
    service.cycle(thread()["created"].date + timedelta(hours=1))
    threading.Thread(target=service.request, args=("digest",)).start()
    assert service.wake_event.wait(5)
    service.handle_requests(thread()["created"].date + timedelta(hours=1))
    assert any("digest" in p.lower() for p in printed)


def test_the_daemon_schedules_the_next_deadline_after_each_sync(imap_user, deliver, tmp_path):
    deliver(thread()["created"].raw)
    settings = make_settings(imap_user, tmp_path)
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=lambda text: None)
    scheduler = start_scheduler(service)
    try:
        now = datetime.now(timezone.utc)
        service.cycle(now)
        jobs = dict(scheduler.jobs())
        assert "deadline" in jobs and jobs["deadline"] > now
        assert store.status()["jobs"]
    finally:
        scheduler.shutdown()
