"""`certmerge-mail cases`: every tracked case, its state and deadline."""

from __future__ import annotations

import json

from certmerge_mail.cli import case_correct
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.service import case_reports, utcnow


def add_parser(sub) -> None:
    p = sub.add_parser("cases", help="list the tracked cases with their state and next deadline",
                       description="List the tracked merge cases (from the state database; no server contacted).")
    p.add_argument("--json", action="store_true", help="a JSON list, one object per case")
    p.add_argument("--now", metavar="ISO-8601", help="judge deadlines as of this moment")
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="cases_action", metavar="ACTION",
                               title="tell it about a case (without ACTION: list the cases)")
    case_correct.add_subcommands(actions)


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
    print(format_table(reports))
    return 0


def format_table(reports) -> str:
    if not reports:
        return "no merge case tracked yet"
    lines = [f"{'CASE':<17} {'STATE':<27} {'SINCE':<17} {'NEXT DEADLINE':<17} EVENTS"]
    for r in reports:
        due = r.next_deadline.strftime("%Y-%m-%d %H:%M") if r.next_deadline else "-"
        if r.overdue:
            due += " OVERDUE"
        lines.append(f"{r.case_id:<17} {r.status.state:<27} {r.status.since:%Y-%m-%d %H:%M} {due:<17} {len(r.events)}")
        if r.direction is not None:
            lines.append(f"  direction: {r.direction.line()}")
        for w in r.warnings:
            lines.append(f"  ! {w.text}")
        lines += timeline(r)
    return "\n".join(lines)


def timeline(report) -> list[str]:
    """The case's mails, each with the number `cases correct` takes; doubts
    and corrections said, and the commands that settle a doubted mail."""
    lines = []
    settle = {u.message_id: u for u in report.uncertain}
    for e in report.events:
        number = report.numbers.get(e.message_id)
        note = ""
        if e.corrected_from is not None:
            note = f"  (corrected by you; was {e.corrected_from})"
        elif not e.certain:
            note = f"  (uncertain: may be {e.read_as}; {'; '.join(e.doubts)})"
        if not e.verified:
            note += "  (not counted: sender not verified)"
        ref = f"#{number}" if number is not None else "-"
        lines.append(f"  {ref:>6} {e.at:%Y-%m-%d %H:%M} {e.kind}{note}")
        if e.message_id in settle:
            first, second = settle[e.message_id].commands()
            lines.append(f"         settle it: `{first}` or `{second}`")
    return lines
