"""`certmerge-mail status`: is the background service running, and how is it doing?

Reads only the state database, where `certmerge-mail run` records its pid,
start time, a heartbeat (at least every 30 seconds, also while it waits for
mail), the connection state, the last successful sync, the scheduler's next
jobs and the errors since it started.  So it works from any other process,
without contacting the mail server.

The service counts as running when its recorded pid is a live certmerge-mail
process AND its heartbeat is fresh; a live pid with an old heartbeat is
reported as not responding.

When the state database itself cannot be written (a full disk) or is gone,
the service writes its heartbeat and the error to the note in its lock file
(adapters/instance.py); a note newer than the database's heartbeat wins.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from certmerge_mail.cli.common import load_settings, parse_now
from certmerge_mail.service.sync import HEARTBEAT_SECONDS

# A heartbeat older than this means the service is stuck: three missed beats
# plus one IMAP socket timeout (a blocked network read holds the beat back).
STALE_SECONDS = 3 * HEARTBEAT_SECONDS + 60

EXIT_RUNNING = 0
EXIT_NOT_RUNNING = 1


def add_parser(sub) -> None:
    p = sub.add_parser(
        "status",
        help="is the background service running? last sync, connection, next jobs, errors",
        description="Report on the background service (`certmerge-mail run`) from its state database: "
        "running or not (its pid and a heartbeat), the last successful sync, the connection, the next "
        "scheduled jobs and the errors since it started.  Contacts no server.  Exit status 0 when the "
        "service is running, 1 when it is not.",
    )
    p.add_argument("--json", action="store_true", help="print the status as JSON")
    # Also accepted after the command; SUPPRESS keeps the global --config when it is not.
    p.add_argument("--config", default=argparse.SUPPRESS, metavar="PATH", help="the configuration file")
    p.add_argument("--now", metavar="ISO-8601", help=argparse.SUPPRESS)  # for tests
    p.set_defaults(run=run)


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
    heartbeat = _dt(values.get("heartbeat"))
    age = (now - heartbeat).total_seconds() if heartbeat else None
    if pid is None:
        return Liveness("never_run", None, age)
    if pid_alive(pid):
        fresh = age is not None and age <= STALE_SECONDS
        return Liveness("running" if fresh else "not_responding", pid, age)
    started, stopped = _dt(values.get("started_at")), _dt(values.get("stopped_at"))
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


def collect(settings, now: datetime) -> dict:
    """Everything `status` reports, as a JSON-ready dict."""
    values = with_note(read_status(settings.state_path), settings.state_path)
    live = liveness(values, now)
    jobs = [{"job": job, "at": at} for job, at in (values.get("jobs") or []) if at] if live.running else []
    jobs.sort(key=lambda j: j["at"])
    return {
        "service": live.state,
        "running": live.running,
        "pid": live.pid,
        "started_at": values.get("started_at"),
        "stopped_at": values.get("stopped_at"),
        "heartbeat": values.get("heartbeat"),
        "heartbeat_age_seconds": None if live.heartbeat_age is None else round(live.heartbeat_age),
        "connection": values.get("connection") if live.running else None,
        "idle": values.get("idle") if live.running else None,
        "retry_at": values.get("retry_at") if live.running else None,
        "last_sync": values.get("last_sync"),
        "next_jobs": jobs,
        "errors_since_start": values.get("errors", 0) or 0,
        "last_error": values.get("last_error"),
        "last_error_at": values.get("last_error_at"),
        "state_path": settings.state_path,
    }


def with_note(values: dict, state_path: str) -> dict:
    """The recorded status, updated by the lock file's note when that is newer."""
    from certmerge_mail.adapters.instance import read_lock

    _pid, note = read_lock(state_path)
    if not note:
        return values
    noted, recorded = _dt(note.get("heartbeat")), _dt(values.get("heartbeat"))
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


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    now = parse_now(getattr(args, "now", None)) or datetime.now(timezone.utc)
    report = collect(settings, now)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, now, ZoneInfo(settings.you.timezone)))
    return EXIT_RUNNING if report["running"] else EXIT_NOT_RUNNING


def format_report(r: dict, now: datetime, tz) -> str:
    live = Liveness(r["service"], r["pid"], r["heartbeat_age_seconds"])
    service = live.describe()
    if r["pid"] and r["service"] in ("running", "not_responding"):
        service += f", pid {r['pid']}, since {_when(r['started_at'], now, tz)}"
    elif r["service"] == "stopped":
        service += f" at {_when(r['stopped_at'], now, tz)}"
    lines = [f"service      {service}"]
    if r["service"] != "never_run":
        lines.append(f"heartbeat    {_when(r['heartbeat'], now, tz)}")
    connection = r["connection"] or ("-" if r["running"] else "none (the service is not running)")
    if r["idle"]:
        connection += " (waiting with IDLE)"
    if r["retry_at"]:
        connection += f", retrying at {_when(r['retry_at'], now, tz)}"
    lines.append(f"connection   {connection}")
    lines.append(f"last sync    {_when(r['last_sync'], now, tz) if r['last_sync'] else 'never'}")
    if r["next_jobs"]:
        jobs = "; ".join(f"{j['job']} {_when(j['at'], now, tz)}" for j in r["next_jobs"])
    else:
        jobs = "none" if r["running"] else "none (the service is not running)"
    lines.append(f"next jobs    {jobs}")
    errors = f"{r['errors_since_start']} since start"
    if r["last_error"]:
        errors += f"; last {_when(r['last_error_at'], now, tz)}: {r['last_error']}"
    lines.append(f"errors       {errors}")
    lines.append(f"state        {r['state_path']}")
    return "\n".join(lines)


def _when(text: str | None, now: datetime, tz) -> str:
    value = _dt(text)
    if value is None:
        return "-"
    seconds = (now - value).total_seconds()
    span = abs(seconds)
    if span < 90:
        ago = f"{span:.0f} s"
    elif span < 90 * 60:
        ago = f"{span / 60:.0f} min"
    elif span < 36 * 3600:
        ago = f"{span / 3600:.0f} h"
    else:
        ago = f"{span / 86400:.0f} days"
    relative = f"{ago} ago" if seconds >= 0 else f"in {ago}"
    return f"{value.astimezone(tz):%Y-%m-%d %H:%M:%S %Z} ({relative})"


def _dt(text) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
