"""Issue 16: a nudge delivered just before the state database fails to record it (a full
disk, a crash) was delivered again on the next pass.  Each delivery is now claimed in the
database before it is made: a claim whose outcome was never recorded is confirmed by the
process that made it once it can write again, and otherwise reported, never repeated.

The disk is a real 1 MB tmpfs (tests/test_hardening_storage.py) that fills up inside the
delivery itself; the mailbox is the test Dovecot."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support import settings_text, thread
from test_digest_e2e import NUDGE_SUBJECT, THREE_DAYS
from test_hardening_storage import small_disk  # noqa: F401 -- a fixture
from test_operation import db_rows, status_json

from certmerge_mail import config
from certmerge_mail.adapters.store import Store
from certmerge_mail.errors import StateDiskFull
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service


def started(settings, out):
    store = Store(settings.state_path)
    return store, build_service(settings, store, open_mailbox(settings), out=out)


def setup(imap_user, deliver, tmp_path, disk):
    created = thread()["created"]
    deliver(created.raw, internal_date=created.date)
    cfg = tmp_path / "config.toml"
    cfg.write_text(settings_text(imap_user, disk.path / "state.sqlite3"))
    cfg.chmod(0o600)
    return cfg, config.load(cfg)


def filling(disk, out):
    """The stdout channel: the first nudge reaches the user, then the disk is full."""
    def channel(text):
        out.append(text)
        if len(out) == 1:
            disk.fill()
    return channel


def outbox(settings):
    return db_rows(settings.state_path, "SELECT kind, pending, claimed, last_error FROM outbox ORDER BY id")


def test_a_nudge_delivered_just_before_the_disk_fills_is_not_delivered_again(
        imap_user, deliver, tmp_path, small_disk):
    _cfg, settings = setup(imap_user, deliver, tmp_path, small_disk)
    out = []
    store, service = started(settings, filling(small_disk, out))
    try:
        with pytest.raises(StateDiskFull):
            service.cycle(THREE_DAYS)  # delivered, then its record failed
        assert len(out) == 1 and out[0].startswith(NUDGE_SUBJECT)
        small_disk.release()
        service.cycle(THREE_DAYS + timedelta(minutes=1))  # the pass is retried once there is space
        service.cycle(THREE_DAYS + timedelta(hours=1))
        assert len(out) == 1
    finally:
        small_disk.release()
        service.mailbox.logout()
        store.close()
    assert outbox(settings) == [("nudge", "[]", "{}", None)]  # confirmed: delivered once, nothing left
    assert len(db_rows(settings.state_path, "SELECT * FROM nudges")) == 1


def test_a_nudge_whose_delivery_was_never_recorded_is_reported_not_repeated(
        imap_user, deliver, tmp_path, small_disk, capsys):
    """The process that delivered it ended before it could record so (the disk was full, as after
    a kill -9 there): the next process does not know whether it went out, so it does not send it
    again; once the claim is older than any delivery takes, it says so in `status`."""
    cfg, settings = setup(imap_user, deliver, tmp_path, small_disk)
    out = []
    store, service = started(settings, filling(small_disk, out))
    with pytest.raises(StateDiskFull):
        service.cycle(THREE_DAYS)
    small_disk.release()
    service.mailbox.logout()
    store.close()  # that process is gone

    again = []
    store, service = started(settings, again.append)
    try:
        service.cycle(THREE_DAYS + timedelta(minutes=1))  # maybe still being delivered: left alone
        assert again == [] and "never confirmed" not in (store.status().get("last_error") or "")
        service.cycle(THREE_DAYS + timedelta(hours=1))
        service.cycle(THREE_DAYS + timedelta(hours=2))
    finally:
        service.mailbox.logout()
        store.close()
    assert again == [] and len(out) == 1  # never delivered twice
    ((kind, pending, claimed, error),) = outbox(settings)
    assert (kind, pending, claimed) == ("nudge", "[]", "{}")
    assert "delivery through stdout began" in error and "never confirmed" in error
    _code, report = status_json(cfg, capsys)
    assert "never confirmed" in report["last_error"] and "not delivered again" in report["last_error"]
    assert report["errors_since_start"] == 1  # reported once, not on every pass
    assert json.loads(pending) == []
