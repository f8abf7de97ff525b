"""`certmerge-mail cases`: every tracked case, its state and deadline."""

from __future__ import annotations

import json

from certmerge_mail.cli import case_marks
from certmerge_mail.cli import case_correct
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.cli.format import format_table
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
