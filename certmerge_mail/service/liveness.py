"""Is the background service running?  Read from its recorded status alone.

`certmerge-mail run` records its pid, start time and a heartbeat (at least
every HEARTBEAT_SECONDS, also while it waits for mail) in the state
database; when the database cannot take them, in the note of its lock file
(adapters/instance.py).  The service counts as running when its recorded pid
is a live certmerge-mail process AND its heartbeat is fresh; a live pid with
an old heartbeat is not responding.  `status` asks this, from any process,
without contacting the mail server.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from certmerge_mail.service.sync import HEARTBEAT_SECONDS

# A heartbeat older than this means the service is stuck: three missed beats
# plus one IMAP socket timeout (a blocked network read holds the beat back).
STALE_SECONDS = 3 * HEARTBEAT_SECONDS + 60


@dataclass(frozen=True)
class Liveness:
    state: str  # running | not_responding | stopped | ended_unexpectedly | never_run
    pid: int | None
    heartbeat_age: float | None  # seconds

    @property
    def running(self) -> bool:
        return self.state == "running"

    def describe(self) -> str:
        return {
            "running": "running",
            "not_responding": "not responding (its process exists, but its heartbeat is old)",
            "stopped": "stopped",
            "ended_unexpectedly": "not running (it ended without a clean stop: crashed or killed)",
            "never_run": "never started (no `certmerge-mail run` has used this state database)",
        }[self.state]


def liveness(values: dict, now: datetime) -> Liveness:
    """Judge the recorded status: is that service running now?"""
    pid = values.get("pid")
    pid = pid if isinstance(pid, int) and pid > 0 else None
    heartbeat = parse_time(values.get("heartbeat"))
    age = (now - heartbeat).total_seconds() if heartbeat else None
    if pid is None:
        return Liveness("never_run", None, age)
    if pid_alive(pid):
        fresh = age is not None and age <= STALE_SECONDS
        return Liveness("running" if fresh else "not_responding", pid, age)
    started, stopped = parse_time(values.get("started_at")), parse_time(values.get("stopped_at"))
    clean = stopped is not None and (started is None or stopped >= started)
    return Liveness("stopped" if clean else "ended_unexpectedly", pid, age)


def pid_alive(pid: int) -> bool:
    """Whether `pid` is a live certmerge-mail process (zombies and other
    programs that got the pid since do not count)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False  # os.kill would end the process there; the heartbeat decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        pass
    proc = Path("/proc") / str(pid)
    try:
        stat = (proc / "stat").read_bytes()
        if stat[stat.rindex(b")") + 2:].split()[0] in (b"Z", b"X"):
            return False
        return b"certmerge" in (proc / "cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return True  # no procfs: os.kill's answer stands


def with_note(values: dict, state_path: str) -> dict:
    """The recorded status, updated by the lock file's note when that is newer."""
    from certmerge_mail.adapters.instance import read_lock

    _pid, note = read_lock(state_path)
    if not note:
        return values
    noted, recorded = parse_time(note.get("heartbeat")), parse_time(values.get("heartbeat"))
    if noted is None or (recorded is not None and recorded >= noted):
        return values
    keys = ("pid", "heartbeat", "connection", "retry_at", "errors", "last_error", "last_error_at")
    return {**values, **{k: note[k] for k in keys if k in note}}


def read_status(path: str) -> dict:
    """The status table, or {} when the database does not exist yet (it is not created)."""
    if not os.path.exists(path):
        return {}
    from certmerge_mail.adapters.store import Store
    from certmerge_mail.errors import StateError, StateLocked

    for attempt in range(5):
        try:
            store = Store(path)
            break
        except StateError as exc:
            # A service starting on a new database may be creating its tables
            # at this very moment (both would create them); try again shortly.
            # (A lock was waited for already.)
            if attempt == 4 or isinstance(exc, StateLocked):
                raise
            time.sleep(0.2)
    try:
        return store.status()
    finally:
        store.close()


def parse_time(text) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
