"""`certmerge-mail cases`: every tracked case, its state and deadline."""

from __future__ import annotations

import json
from datetime import timezone

from certmerge_mail.cli import case_marks
from certmerge_mail.cli import case_correct
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.cli.format import format_table
from certmerge_mail.core.cases import YOUR_REPLY, Event, State
from certmerge_mail.core.reply import ANSWERED, CONFIRMED, OTHER, READINGS
from certmerge_mail.errors import UsageError
from certmerge_mail.service import case_reports, utcnow
from certmerge_mail.service.astray import follow


def add_parser(sub) -> None:
    p = sub.add_parser("cases", help="list the tracked cases with their state and next deadline",
                       description="List the tracked merge cases (from the state database; no server contacted).")
    p.add_argument("--json", action="store_true", help="a JSON list, one object per case")
    p.add_argument("--now", metavar="ISO-8601", help="judge deadlines as of this moment")
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="cases_action", metavar="ACTION",
                               title="tell it about a case (without ACTION: list the cases)")
    case_marks.add_subcommands(actions)
    case_correct.add_subcommands(actions)
    replied = actions.add_parser(
        "replied", help="record that you answered support outside e-mail (a console case's Support Center)",
        description="Record that you answered support on CASE where certmerge-mail cannot see it (the AWS "
                    "Support Center of a console case): the case moves on and the reminders stop.")
    replied.add_argument("case", metavar="CASE", help="the case id")
    replied.add_argument("--reading", choices=READINGS,
                         help="what your answer said (default: confirmed when support asked you to confirm "
                              "the merge, answered when it asked a question, other otherwise)")
    replied.add_argument("--now", metavar="ISO-8601", help="when you answered (default: now)")
    replied.set_defaults(run=run_replied)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    store = open_store(settings)
    try:
        now = parse_now(args.now) or utcnow()
        reports, requests = follow(store, settings, case_reports(store, settings, now), now)
    finally:
        store.close()
    if args.json:
        # The contact forms sent that no case has taken over come first, with "case_id": null.
        print(json.dumps([r.as_json() for r in requests] + [r.as_json() for r in reports], ensure_ascii=False,
                         indent=2))
        return 0
    print(format_table(reports, settings, requests))
    return 0


def run_replied(args) -> int:
    settings = load_settings(args, require_imap=False)
    now = parse_now(args.now) or utcnow()
    store = open_store(settings)
    try:
        report = next((r for r in case_reports(store, settings, now) if r.case_id == args.case), None)
        if report is None:
            raise UsageError(f"no case {args.case} is tracked", fix="`certmerge-mail cases` lists them")
        reading = args.reading or {State.AWAITING_YOUR_CONFIRMATION: CONFIRMED,
                                   State.AWAITING_YOUR_REPLY: ANSWERED}.get(report.status.state, OTHER)
        stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        detail = {"reading": reading, "certain": True, "doubts": [], "reasons": ["said with `cases replied`"],
                  "to": []}
        with store.transaction():
            store.add_event(args.case, Event(kind=YOUR_REPLY, at=now, message_id=f"<replied-{stamp}@certmerge-mail>",
                                             reading=reading, detail=json.dumps(detail)))
        after = next(r for r in case_reports(store, settings, now) if r.case_id == args.case)
    finally:
        store.close()
    print(f"case {args.case}: your answer ({reading}) recorded; the case is now {after.status.state}")
    return 0

