"""Issue 16: never lose mail to an environment error (a full disk, a locked,
read-only, damaged, deleted or replaced state database).

The disk is a real one: a small tmpfs mounted for the test (we run as root),
filled with a filler file, and given back by deleting it.  The mailbox is
the test Dovecot.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from support import make_settings, mail, settings_text, thread
from test_operation import db_rows, start, status_json, stop, wait_for, wait_until_started

from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service

FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and "
          "distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.\n") * 50


class SmallDisk:
    """A tmpfs of `size` bytes; fill() leaves `free` bytes, release() gives everything back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "filler"

    def fill(self, free: int = 0) -> None:
        with open(self.filler, "ab", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        if free:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(0, size - free))

    def release(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)], check=True)
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def long_confirm():
    """The confirmation request with the long legal footer real AWS mail carries."""
    t = thread()
    c = t["confirm"]
    body = c.raw.decode().split("\n\n", 1)[1] + "\n" + FOOTER
    return mail("confirm-long", subject=c.raw.decode().split("Subject: ", 1)[1].split("\n", 1)[0], body=body,
                at=c.date)


def kinds(store: Store) -> list[str]:
    return [m["kind"] for m in store.messages()]


def test_a_confirmation_arriving_while_the_disk_is_full_is_processed_once_space_returns(
        imap_user, deliver, tmp_path, small_disk):
    """At every level of free space, from none to more than the message needs, the confirmation
    request is either processed or left for the next pass: never recorded as broken and skipped."""
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    seed_settings = make_settings(imap_user, tmp_path)
    seed = Store(seed_settings.state_path)
    service = build_service(seed_settings, seed, open_mailbox(seed_settings))
    service.cycle(t["created"].date)
    service.mailbox.logout()
    seed.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seed.close()
    confirm = long_confirm()
    deliver(confirm.raw, internal_date=confirm.date)

    outcomes = []
    for level in range(0, 24):
        free = level * 4096
        state = small_disk.path / f"level{level}" / "state.sqlite3"
        state.parent.mkdir()
        shutil.copy(seed_settings.state_path, state)
        settings = replace(seed_settings, state_path=str(state))
        store = Store(state)
        service = build_service(settings, store, open_mailbox(settings))
        small_disk.fill(free)
        try:
            service.cycle(confirm.date)
            outcomes.append((level, "processed"))
        except Exception as exc:  # noqa: BLE001 -- what it raises is checked below
            outcomes.append((level, type(exc).__name__))
        small_disk.release()
        service.cycle(confirm.date)  # the retry, once there is space again
        service.mailbox.logout()
        assert "error" not in kinds(store), (level, outcomes, store.messages("error"))
        assert kinds(store).count("merge_confirmation_requested") == 1, (level, outcomes)
        assert len(store.drafts()) == 1, (level, outcomes)
        store.close()
        shutil.rmtree(state.parent)
    failed = [kind for _level, kind in outcomes if kind != "processed"]
    assert failed and len(failed) < len(outcomes), f"the levels do not span full to enough: {outcomes}"
    assert set(failed) == {"StateDiskFull"}, outcomes


def test_the_service_waits_out_a_full_disk_says_why_and_then_processes_the_mail(
        imap_user, deliver, tmp_path, small_disk, capsys):
    """`run` on a state database whose disk fills up: `status` says the disk is full and when the
    service retries (from the lock file's note: the database takes nothing), and once space is
    back the confirmation request that arrived meanwhile is processed."""
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    state = small_disk.path / "state.sqlite3"
    cfg = tmp_path / "config.toml"
    cfg.write_text(settings_text(imap_user, state))
    cfg.chmod(0o600)
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(state, proc)
        wait_for(lambda: ("case_created",) in db_rows(state, "SELECT kind FROM messages"), what="the case")
        small_disk.fill()
        confirm = long_confirm()
        deliver(confirm.raw, internal_date=confirm.date)

        def full():
            report = status_json(cfg, capsys)[1]
            return report if "disk is full" in (report["last_error"] or "") else None

        report = wait_for(full, what="status to report the full disk")
        assert report["running"] and report["connection"] == "paused" and report["retry_at"]
        assert f"free space on {small_disk.path}" in report["last_error"]
        assert "retries by itself" in report["last_error"]
        assert db_rows(state, "SELECT kind FROM messages") == [("case_created",)]

        small_disk.release()
        wait_for(lambda: ("merge_confirmation_requested",) in db_rows(state, "SELECT kind FROM messages"),
                 what="the confirmation request to be processed")
        report = wait_for(lambda: (r := status_json(cfg, capsys)[1])["connection"] == "connected" and r,
                          what="the service to be connected again")
        assert "disk is full" in report["last_error"]  # recorded in the database once it could be
        assert report["errors_since_start"] >= 1
    finally:
        small_disk.release()
        code, _out, err = stop(proc)
    assert code == 0, err
    assert [k for (k,) in db_rows(state, "SELECT kind FROM messages")] == ["case_created", "merge_confirmation_requested"]
    assert len(db_rows(state, "SELECT id FROM drafts")) == 1
    assert "Traceback" not in err
