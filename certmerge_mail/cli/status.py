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
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from certmerge_mail.cli.common import load_settings, parse_now
from certmerge_mail.service.liveness import Liveness, liveness, parse_time, read_status, with_note

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
    p.add_argument("--now", metavar="ISO-8601", help=argparse.SUPPRESS)  # for tests
    p.set_defaults(run=run)


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
    value = parse_time(text)
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
