"""Issue 16: never lose mail to an environment error (a full disk, a locked,
read-only, damaged, deleted or replaced state database).

The disk is a real one: a small tmpfs mounted for the test (we run as root),
filled with a filler file, and given back by deleting it.  The mailbox is
the test Dovecot.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from support import make_settings, mail, settings_text, thread
from test_operation import db_rows, start, status_json, stop, wait_for, wait_until_started

from test_service_resilience import RunningService, kinds_in
from test_service_resilience import wait_for as wait_until

from certmerge_mail.adapters.store import Store
from certmerge_mail.errors import StateCorrupt, StateLocked, StateReadOnly, StateReplaced
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
        assert not store.messages(outcome="error"), (level, outcomes, store.messages(outcome="error"))
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
    # The service runs on the real clock and the case's mail is dated long ago, so a
    # follow-up for support's silence may also be drafted before the request arrives,
    # depending on timing; the request itself is answered exactly once.
    assert len(db_rows(state, "SELECT id FROM drafts WHERE purpose = 'confirmation'")) == 1
    assert {p for (p,) in db_rows(state, "SELECT purpose FROM drafts")} <= {"confirmation", "follow_up"}
    assert "Traceback" not in err


# --------------------------------------------------------------------------- the other causes, each with its fix

HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def hold_write_lock(path, seconds: float) -> subprocess.Popen:
    """Another process (an sqlite3 shell, a backup tool) holding the database's write lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_database_locked_by_another_process_names_the_cause_and_the_fix(tmp_path, monkeypatch):
    monkeypatch.setattr("certmerge_mail.adapters.store.LOCK_TIMEOUT", 0.2)
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    holder = hold_write_lock(path, 5)
    try:
        with pytest.raises(StateLocked) as caught, store.transaction():
            store.set_status(x=1)
    finally:
        holder.kill()
        holder.wait()
    assert f"the state database {path} is locked by another process" in str(caught.value)
    assert "fuser -v" in caught.value.fix and "retries by itself" in caught.value.fix
    assert caught.value.retryable
    with store.transaction():  # the lock is gone: the same Store works again
        store.set_status(x=2)
    assert store.status()["x"] == 2


def test_the_service_waits_for_a_lock_held_elsewhere_and_loses_nothing(imap_user, deliver, tmp_path, monkeypatch):
    monkeypatch.setattr("certmerge_mail.adapters.store.LOCK_TIMEOUT", 0.2)
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    settings = make_settings(imap_user, tmp_path)
    Store(settings.state_path).close()
    holder = hold_write_lock(settings.state_path, 3)
    try:
        with RunningService(settings) as running:
            deliver(t["confirm"].raw, internal_date=t["confirm"].date)
            assert wait_until(lambda: running.service.error_count >= 1, 5)  # it met the lock
            holder.wait(10)
            assert wait_until(lambda: "merge_confirmation_requested" in kinds_in(settings.state_path), 15)
    finally:
        holder.kill()
    assert kinds_in(settings.state_path) == ["case_created", "merge_confirmation_requested"]


@pytest.fixture
def read_only_view(tmp_path):
    """`tmp_path/rw` seen read-only at `tmp_path/ro` (a read-only bind mount: a file system
    remounted read-only looks the same to SQLite)."""
    if os.geteuid() != 0:
        pytest.skip("a bind mount needs root")
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    rw.mkdir()
    ro.mkdir()
    subprocess.run(["mount", "--bind", str(rw), str(ro)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], check=True)
        yield rw, ro
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)


def test_a_read_only_state_database_says_so(read_only_view):
    rw, ro = read_only_view
    Store(rw / "state.sqlite3").close()
    with pytest.raises(StateReadOnly) as caught:
        Store(ro / "state.sqlite3")
    assert f"the state database {ro / 'state.sqlite3'} cannot be written" in str(caught.value)
    assert "writable by this user" in caught.value.fix and "dmesg" in caught.value.fix


def test_a_file_that_is_not_a_database_says_so_and_how_to_start_over(tmp_path):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is a note, not a database\n" * 200)
    with pytest.raises(StateCorrupt) as caught:
        Store(path)
    assert "is damaged or is not a certmerge-mail database" in str(caught.value)
    assert "move the file away" in caught.value.fix and "read again" in caught.value.fix
    assert not caught.value.retryable


def test_a_deleted_or_replaced_state_file_is_noticed(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    store.check_file()
    path.unlink()
    with pytest.raises(StateReplaced, match="was deleted or moved away"):
        store.check_file()
    store.close()

    store = Store(path)
    other = tmp_path / "other.sqlite3"
    Store(other).close()
    os.replace(other, path)  # a backup restored over it, say
    with pytest.raises(StateReplaced, match="was replaced by another file"):
        store.check_file()
    store.close()


def test_the_service_stops_when_its_state_file_is_deleted_and_status_says_why(imap_user, deliver, tmp_path, capsys):
    """Writing on into a deleted file would lose everything from then on: the service stops (exit 6),
    and `status` tells why from the lock file's note (the database it would read is gone)."""
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    cfg = tmp_path / "config.toml"
    cfg.write_text(settings_text(imap_user, tmp_path / "state.sqlite3"))
    cfg.chmod(0o600)
    state = tmp_path / "state.sqlite3"
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(state, proc)
        wait_for(lambda: ("case_created",) in db_rows(state, "SELECT kind FROM messages"), what="the case")
        state.unlink()
        deliver(t["confirm"].raw, internal_date=t["confirm"].date)  # the next pass looks at the file first
        proc.wait(20)
    finally:
        code, _out, err = stop(proc)
    assert code == 6, err
    assert f"the state file {state} was deleted or moved away" in err and "fix:" in err
    code, report = status_json(cfg, capsys)
    assert code == 1 and report["service"] == "ended_unexpectedly" and report["pid"] == proc.pid
    assert "was deleted or moved away" in report["last_error"]
    assert not state.exists()  # status created nothing


def test_state_database_lock_file_and_digest_file_are_private(imap_user, deliver, tmp_path):
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    digest = tmp_path / "digest.txt"
    cfg = tmp_path / "config.toml"
    cfg.write_text(settings_text(imap_user, tmp_path / "state" / "state.sqlite3",
                                 extra=f'[digest]\ndeliver = ["file"]\nfile = "{digest}"\n'))
    cfg.chmod(0o600)
    state = tmp_path / "state" / "state.sqlite3"
    files = [state, Path(f"{state}-wal"), Path(f"{state}-shm"), Path(f"{state}.lock"), digest]
    old = os.umask(0o022)  # what a login shell usually has
    try:
        proc = start("--config", str(cfg), "run")
    finally:
        os.umask(old)
    try:
        wait_until_started(state, proc)
        # The case opened in 2025: support is long overdue, and the nudge goes to the digest file.
        wait_for(lambda: all(f.exists() for f in files), what="every file")
        modes = {f.name: oct(stat.S_IMODE(f.stat().st_mode)) for f in files}
    finally:
        code, _out, err = stop(proc)
    assert code == 0, err
    assert modes == {f.name: "0o600" for f in files}, modes


def test_an_existing_state_database_readable_by_others_is_made_private(tmp_path):
    path = tmp_path / "state.sqlite3"
    Store(path).close()
    os.chmod(path, 0o644)
    Store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
