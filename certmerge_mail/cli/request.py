"""`certmerge-mail request`: what to put in the AWS contact form to open the case;
`request --submitted` records that the form was sent."""

from __future__ import annotations

from certmerge_mail.adapters.compose import case_request_text
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.errors import UsageError
from certmerge_mail.service import utcnow


def add_parser(sub) -> None:
    p = sub.add_parser("request", help="print the contact-form fields and the English text that open the merge case",
                       description="Print what to choose in the AWS Training and Certification contact form and "
                       "the English description to paste, built from your [[accounts]].  With --submitted, "
                       "record instead that you sent the form: until the case's acknowledgement arrives, "
                       "`cases` shows the request, and it is overdue after [reminders] acknowledgement.")
    p.add_argument("--submitted", action="store_true",
                   help="record that the contact form was sent, naming the configured accounts")
    p.add_argument("--at", metavar="ISO-8601", help="when it was sent (default: now; without a zone, UTC)")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    if not args.submitted:
        if args.at:
            raise UsageError("--at goes with --submitted", fix="certmerge-mail request --submitted --at ISO-8601")
        print(case_request_text(settings), end="")
        return 0
    try:
        at = parse_now(args.at)
    except UsageError:
        raise UsageError(f"--at {args.at!r} is not an ISO-8601 date and time",
                         fix="write it like 2025-11-05T09:00:00+09:00") from None
    now = utcnow()
    at = at or now
    ids = tuple(a.candidate_id for a in settings.accounts)
    store = open_store(settings)
    try:
        with store.transaction():
            request_id = store.add_request(at, ids, now)
    finally:
        store.close()
    due = at + settings.reminders.acknowledgement
    print(f"request {request_id} recorded: the contact form sent {at:%Y-%m-%d %H:%M %Z} for "
          f"{', '.join(ids) or 'no configured account'}; the acknowledgement is expected by {due:%Y-%m-%d %H:%M %Z}")
    return 0
