"""`certmerge-mail cases correct MESSAGE KIND`: your word on what a mail is.

MESSAGE is the number `cases` shows on a case's timeline (#N), or the
mail's Message-ID.  The correction is stored and the case re-derived from
its events with it (service/correcting.py); it outlives restarts, re-syncs
and the mail being read again.  Drafts follow: a mail corrected to a
confirmation request gets the reply the guard allows; a draft answering a
mail corrected away is withdrawn (and taken out of Drafts if it is still
there unsent and certmerge-mail's own).  The Drafts folder is updated at
once when no service is running, else by the running service's next pass.
"""

from __future__ import annotations

import json
import logging

from certmerge_mail.adapters.instance import InstanceLock
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.core.corrections import KINDS
from certmerge_mail.errors import CertmergeError, InstanceRunning
from certmerge_mail.service import correcting, open_mailbox, utcnow
from certmerge_mail.service.drafting import Drafter
from certmerge_mail.service.sync import Service

log = logging.getLogger(__name__)


def add_subcommands(actions) -> None:
    p = actions.add_parser(
        "correct", help="say what a mail really is; the case, its drafts and digest follow",
        description="Correct the kind certmerge-mail gave one mail of a case. The case is derived again from "
        "its mails with your correction, which is kept for good (restarts, re-syncs and re-reading the mail "
        "never undo it). A mail corrected to a confirmation request gets the reply the guard allows; a draft "
        "answering a mail corrected away is withdrawn.")
    p.add_argument("message", metavar="MESSAGE",
                   help="the mail's number as `certmerge-mail cases` shows it (#N), or its Message-ID")
    p.add_argument("kind", metavar="KIND", help=f"what the mail is: {', '.join(KINDS)}")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.add_argument("--now", metavar="ISO-8601", help="the moment of the correction (default: now)")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    now = parse_now(args.now) or utcnow()
    store = open_store(settings)
    try:
        outcome = correcting.correct(store, settings, args.message, args.kind, now)
        outcome.mail = _update_drafts(settings, store, outcome, now)
    finally:
        store.close()
    if args.json:
        print(json.dumps(outcome.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_outcome(outcome))
    return 0


def _update_drafts(settings, store, outcome, now) -> str:
    """Put the new draft in Drafts and take the withdrawn one out, unless a
    running service will (it holds the instance lock)."""
    if settings.imap is None:
        return "no [imap] section: Drafts is updated by the service where it runs"
    before = {d.id: d.status for d in store.drafts()}
    try:
        lock = InstanceLock.acquire(settings.state_path)
    except InstanceRunning:
        return "the running service updates your Drafts folder on its next pass"
    try:
        service = Service(settings, store, open_mailbox(settings), clock=lambda: now)
        try:
            service.connect()
            Drafter(settings, store, service.mailbox)(now, service.case_reports(now), service.folders)
        except CertmergeError as exc:
            first = str(exc).splitlines()[0]
            log.warning("your Drafts folder could not be updated now (%s); the service does it on its next pass",
                        first)
            return f"your Drafts folder could not be updated now ({first}); the service does it on its next pass"
        finally:
            service.mailbox.logout()
    finally:
        lock.release()
    for d in store.drafts():
        if d.id not in before or (before[d.id] == "withdrawn" and d.status != "withdrawn"):
            if d.case_id == outcome.case_id:
                outcome.drafted.append({"id": d.id, "purpose": d.purpose, "status": d.status})
    return "your Drafts folder is up to date"


def format_outcome(o) -> str:
    ref = f"#{o.number}" if o.number is not None else o.message_id
    lines = [f"mail {ref} ({o.subject!r}) of case {o.case_id}: now {o.kind} (was {o.was})"]
    lines.append(f"  case {o.case_id}: {o.state_before} -> {o.state_after}" if o.state_before != o.state_after
                 else f"  case {o.case_id}: still {o.state_after}")
    if not o.counted:
        lines.append("  ! its sender is not verified: it still does not move the case")
    for text in o.warnings:
        lines.append(f"  ! {text}")
    for d in o.withdrawn:
        lines.append(f"  draft {d['id']} ({d['purpose']}) withdrawn")
    for d in o.drafted:
        lines.append(f"  draft {d['id']} ({d['purpose']}) made: `certmerge-mail drafts show {d['id']}` to review it")
    if o.mail:
        lines.append(f"  {o.mail}")
    return "\n".join(lines)
