"""`certmerge-mail cases`: every tracked case, its state and deadline."""

from __future__ import annotations

import json

from certmerge_mail.cli import case_marks
from certmerge_mail.cli.common import load_settings, local_time, open_store, parse_now
from certmerge_mail.service import case_reports, utcnow


def add_parser(sub) -> None:
    p = sub.add_parser("cases", help="list the tracked cases with their state and next deadline",
                       description="List the tracked merge cases (from the state database; no server contacted).")
    p.add_argument("--json", action="store_true", help="a JSON list, one object per case")
    p.add_argument("--now", metavar="ISO-8601", help="judge deadlines as of this moment")
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="cases_action", metavar="ACTION",
                               title="tell it about a case (without ACTION: list the cases)")
    case_marks.add_subcommands(actions)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    store = open_store(settings)
    try:
        reports = case_reports(store, settings, parse_now(args.now) or utcnow())
    finally:
        store.close()
    if args.json:
        print(json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=2))
        return 0
    print(format_table(reports, settings))
    return 0


def format_table(reports, settings=None) -> str:
    """The cases, times on the user's clock ([you] timezone) with the zone shown."""
    if not reports:
        return "no merge case tracked yet"
    lines = [f"{'CASE':<17} {'STATE':<27} {'SINCE':<21} {'NEXT DEADLINE':<21} EVENTS"]
    for r in reports:
        due = local_time(r.next_deadline, settings) if r.next_deadline else "-"
        if r.overdue:
            due += " OVERDUE"
        lines.append(f"{r.case_id:<17} {r.status.state:<27} {local_time(r.status.since, settings):<21} {due:<21} "
                     f"{len(r.events)}")
        status = r.status
        notes = []
        if status.closed_by_you:
            notes.append("closed by you")
        if r.muted:
            notes.append(f"muted until {local_time(r.muted_until, settings)}" if r.muted_until else "muted")
        if notes:
            lines.append(f"  {'; '.join(notes)}")
        if r.direction is not None:
            lines.append(f"  direction: {r.direction.line()}")
        if status.badges_expected and status.state in ("awaiting_badges", "done"):
            missing = [b for b in status.badges_missing if b in status.badges_expected]
            line = f"  badges {len(status.badges_arrived)}/{len(status.badges_expected)}"
            if missing:
                line += f", waiting for: {', '.join(missing)}"
            lines.append(line)
        for w in r.warnings:
            lines.append(f"  ! {w.text}")
    return "\n".join(lines)
