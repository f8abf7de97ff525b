"""`certmerge-mail cases badge|close|reopen|mute|unmute`: what you tell
certmerge-mail about a case that its mail cannot.

Each is stored in the state database (table case_marks) and the case is
derived again from its events with them, at once and after every restart:
a badge you say arrived counts as a Credly mail would, a closed case is
done (nothing drafted, no nudge), a muted one is never nudged nor chased
by a follow-up draft until the mute ends.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from zoneinfo import ZoneInfo

from certmerge_mail.cli.common import load_settings, local_time, open_store, parse_now
from certmerge_mail.core.cases import ANY_BADGE, missing_badges
from certmerge_mail.errors import UsageError
from certmerge_mail.service import case_reports, utcnow


def add_subcommands(actions) -> None:
    """Register the mark subcommands on `cases`'s own subparsers."""
    p = _mark(actions, "badge", "tell it a Credly badge is on your account", run=run_badge,
              description="Record that a badge arrived (e.g. you saw it on Credly but no mail came). "
                          "The case then waits only for the badges still missing.")
    p.add_argument("name", metavar="NAME", help='the certification, e.g. "Solutions Architect - Associate"')
    p.add_argument("--arrived", action="store_true", required=True, help="the badge is there")
    _mark(actions, "close", "close a case: done, nothing drafted, no nudge",
          description="Mark a case done whatever its mail says (`cases reopen` undoes it).")
    _mark(actions, "reopen", "undo `cases close`")
    p = _mark(actions, "mute", "no nudges or follow-up drafts for a case (for good, or --until DATE)",
              description="Stop nudges and follow-up drafts for a case. Replies to support's requests "
                          "are still drafted and the case stays in the digest, marked muted.")
    p.add_argument("--until", metavar="DATE",
                   help="until this date (the start of that day in [you] timezone) or ISO date and time")
    _mark(actions, "unmute", "undo `cases mute`")


def _mark(actions, mark: str, help: str, *, description: str | None = None, run=None):
    """The subcommand `cases MARK CASE [--json] [--now ISO-8601]`; the caller adds its own options."""
    p = actions.add_parser(mark, help=help, description=description)
    p.add_argument("case", metavar="CASE", help="the case id")
    p.add_argument("--json", action="store_true", help="print the case afterwards as JSON")
    p.add_argument("--now", metavar="ISO-8601", help="record it as of this moment (tests, replays)")
    p.set_defaults(run=run or run_mark, mark=mark)
    return p


def run_badge(args) -> int:
    return _record(args, "badge", badge=" ".join(args.name.split()))


def run_mark(args) -> int:
    return _record(args, args.mark)


def _record(args, mark: str, *, badge: str | None = None) -> int:
    settings = load_settings(args, require_imap=False)
    now = parse_now(args.now) or utcnow()
    until = _until(getattr(args, "until", None), settings.you.timezone) if mark == "mute" else None
    if until is not None and until <= now:
        raise UsageError(f"--until {args.until}: that is already past ({local_time(until, settings)})",
                         fix="give a date in the future, or leave --until out to mute until `cases unmute`")
    store = open_store(settings)
    try:
        if args.case not in store.case_ids():
            known = ", ".join(sorted(store.case_ids())) or "none yet"
            raise UsageError(f"no case {args.case} is tracked (cases: {known})",
                             fix="run `certmerge-mail cases` for the case ids")
        with store.transaction():
            store.add_mark(args.case, mark, now, badge=badge, until=until)
        report = next(r for r in case_reports(store, settings, now) if r.case_id == args.case)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(_said(mark, args.case, badge, until, settings, report))
    return 0


def _said(mark: str, case: str, badge: str | None, until, settings, report) -> str:
    status = report.status
    if mark == "badge":
        expected = tuple(b for b in status.badges_expected if b != ANY_BADGE)
        line = f"case {case}: badge {badge!r} recorded as arrived"
        if expected and missing_badges(expected, [badge or ""]) == expected:
            line += (f"\n  note: it matches none of the badges this case waits for ({', '.join(expected)}: the "
                     "certifications of your merged account); it is kept, but counts for nothing")
    elif mark == "close":
        line = f"case {case}: closed by you; nothing more is drafted or nudged (`cases reopen {case}` undoes it)"
    elif mark == "reopen":
        line = f"case {case}: reopened"
    elif mark == "mute":
        when = f"until {local_time(until, settings)}" if until else f"until `cases unmute {case}`"
        line = f"case {case}: muted {when}: no nudge and no follow-up draft"
    else:
        line = f"case {case}: unmuted"
    return f"{line}\n  now: {status.state}" + (f", badges {len(status.badges_arrived)}/{len(status.badges_expected)}"
                                               if status.badges_expected else "")


def _until(text: str | None, zone: str) -> datetime | None:
    """--until: a date (the start of that day, local) or an ISO date and time (local when no offset)."""
    if not text:
        return None
    tz = ZoneInfo(zone)
    try:
        if len(text) == 10:
            return datetime.combine(datetime.fromisoformat(text).date(), time(0, 0), tz)
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--until {text!r} is not a date", fix="write it like 2025-11-20 or 2025-11-20T09:00") \
            from None
    return value if value.tzinfo else value.replace(tzinfo=tz)
