"""The daemon against a live Dovecot: IDLE, server restarts, crashes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from support import CASE, make_settings, mail, thread

from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service


class RunningService:
    """`run_forever` in a thread, with its own Store (SQLite connections are per thread)."""

    def __init__(self, settings):
        self.settings = settings
        self.service = None
        self.ready = threading.Event()
        self.error = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        try:
            store = Store(self.settings.state_path)
            self.service = build_service(self.settings, store, open_mailbox(self.settings))
            self.ready.set()
            self.service.run_forever()
        except BaseException as exc:  # surfaced by stop()
            self.error = exc
            self.ready.set()

    def __enter__(self):
        self.thread.start()
        assert self.ready.wait(10)
        return self

    def __exit__(self, *exc):
        self.service.stop_event.set()
        self.thread.join(15)
        assert not self.thread.is_alive(), "the service did not stop"
        if self.error:
            raise self.error


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def kinds_in(state_path):
    store = Store(state_path)
    try:
        return [m["kind"] for m in store.messages()]
    finally:
        store.close()


def test_mail_arriving_during_idle_is_processed_without_polling(imap_user, deliver, tmp_path):
    t = thread()
    deliver(t["created"].raw)
    settings = make_settings(imap_user, tmp_path)  # poll_interval = 1h: only IDLE can notice
    with RunningService(settings):
        assert wait_for(lambda: "case_created" in kinds_in(settings.state_path))
        time.sleep(0.3)  # let it enter IDLE
        started = time.monotonic()
        deliver(t["confirm"].raw)
        assert wait_for(lambda: "merge_confirmation_requested" in kinds_in(settings.state_path), 5)
        assert time.monotonic() - started < 5


def test_dovecot_restart_while_running_misses_nothing(imap_user, deliver, dovecot, tmp_path):
    t = thread()
    deliver(t["created"].raw)
    settings = make_settings(imap_user, tmp_path)
    with RunningService(settings):
        assert wait_for(lambda: "case_created" in kinds_in(settings.state_path))
        dovecot.restart()
        deliver(t["confirm"].raw)  # arrives while the service reconnects
        assert wait_for(lambda: "merge_confirmation_requested" in kinds_in(settings.state_path), 15)
    assert kinds_in(settings.state_path).count("merge_confirmation_requested") == 1


CRASHING_RUN = textwrap.dedent("""
    import os, sys
    from certmerge_mail import config
    from certmerge_mail.adapters.store import Store
    from certmerge_mail.service import open_mailbox
    from certmerge_mail.service.wiring import build_service

    settings = config.load(sys.argv[1])
    crash_after, where = int(sys.argv[2]), sys.argv[3]
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    calls = {"n": 0}

    def crash():
        calls["n"] += 1
        if calls["n"] == crash_after:
            os._exit(137)  # like kill -9: no cleanup, no commit

    if where == "inside":  # in the middle of a message's transaction
        original = store.add_event
        def add_event(*args, **kwargs):
            result = original(*args, **kwargs)
            crash()
            return result
        store.add_event = add_event
    else:  # between two messages
        service.after_message = lambda folder, uid: crash()
    service.cycle()
""")


def many_cases(count):
    """`count` distinct merge cases, two mails each, as independent threads."""
    out = []
    base = thread()
    for i in range(count):
        case = f"{int(CASE) + i}"
        for name in ("created", "confirm"):
            m = base[name]
            raw = m.raw.replace(CASE.encode(), case.encode()).replace(
                m.message_id.encode(), m.message_id.replace("@", f"-{i}@").encode())
            out.append(replace(m, raw=raw))
    return out


@pytest.mark.parametrize("where", ["inside", "between"])
def test_killed_mid_batch_then_restarted_repeats_nothing(imap_user, deliver, tmp_path, where):
    mails = many_cases(10)
    for m in mails:
        deliver(m.raw, internal_date=m.date)
    settings = make_settings(imap_user, tmp_path)
    config_path = str(tmp_path / "config.toml")
    crashed = subprocess.run([sys.executable, "-c", CRASHING_RUN, config_path, "7", where],
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 137, crashed.stderr
    partial = kinds_in(settings.state_path)
    assert 0 < len(partial) < len(mails)

    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    service.cycle()
    service.cycle()  # and once more: still nothing new
    service.mailbox.logout()

    messages = store.messages()
    assert len(messages) == len(mails)
    assert len({m["message_id"] for m in messages}) == len(mails)
    for report in service.case_reports():
        assert [e.kind for e in report.events] == ["case_created", "merge_confirmation_requested"]
    # Every confirmation request got its one draft (the ids match the configured accounts).
    drafts = store.drafts()
    assert len(drafts) == 10 and len({(d.case_id, d.trigger) for d in drafts}) == 10


def test_deadline_clock_uses_mail_dates_not_arrival(imap_user, deliver, tmp_path):
    """A mail delivered late still counts from the moment it was written."""
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date + timedelta(days=5))
    settings = make_settings(imap_user, tmp_path)
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    service.cycle(t["created"].date + timedelta(days=6))
    report = service.case_reports(t["created"].date + timedelta(days=6))[0]
    assert report.status.since == t["created"].date
    assert report.overdue


def test_message_without_message_id_is_processed_once(imap_user, deliver, tmp_path):
    raw = mail("noid", subject="[CASE 176215680000123] [AWS Training and Certification Form Submission]",
               at=thread()["created"].date, body="We have received your request regarding your account merge.").raw
    raw = b"\n".join(line for line in raw.split(b"\n") if not line.lower().startswith(b"message-id"))
    deliver(raw)
    settings = make_settings(imap_user, tmp_path)
    for _ in range(2):
        store = Store(settings.state_path)
        service = build_service(settings, store, open_mailbox(settings))
        service.cycle()
        service.mailbox.logout()
    assert [m["kind"] for m in store.messages()] == ["case_created"]
