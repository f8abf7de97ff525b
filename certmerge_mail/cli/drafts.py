"""`certmerge-mail drafts`: review the replies drafted for you, and send one.

The service only ever drafts.  `drafts send ID` is the one way this tool
sends a reply: it shows the draft, asks you (unless --yes), and hands it to
service/sending.py, which sends it through [smtp] at most once, saves the
sent copy in your Sent folder and marks the draft sent.
"""

from __future__ import annotations

import json
import sys
from zoneinfo import ZoneInfo

from certmerge_mail.cli.common import load_settings, open_store
from certmerge_mail.cli.format import draft_text, format_draft, format_drafts
from certmerge_mail.core.console import PASTE
from certmerge_mail.errors import UsageError
from certmerge_mail.service import sending
from certmerge_mail.service.sync import case_direction, utcnow


def add_parser(sub) -> None:
    p = sub.add_parser("drafts", help="list, show or send the replies drafted for you",
                       description="Review the English replies certmerge-mail put in your Drafts folder.")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    show = actions.add_parser("show", help="print one draft in full")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="print as JSON")
    show.set_defaults(run=run_show)
    send = actions.add_parser("send", help="show a draft, ask, send it through [smtp] and save it to Sent")
    send.add_argument("id", type=int, metavar="ID")
    send.add_argument("--yes", action="store_true", help="send without asking (you reviewed it already)")
    send.add_argument("--retry-interrupted", action="store_true",
                      help="send a draft whose earlier send was interrupted (check your Sent folder first)")
    send.set_defaults(run=run_send)


def run_list(args) -> int:
    settings = load_settings(args, require_imap=False)
    store = open_store(settings)
    try:
        drafts = store.drafts()
    finally:
        store.close()
    if args.json:
        print(json.dumps([_record(d) for d in drafts], ensure_ascii=False, indent=2))
    else:
        print(format_drafts(drafts, ZoneInfo(settings.you.timezone)))
    return 0


def run_show(args) -> int:
    settings = load_settings(args, require_imap=False)
    store = open_store(settings)
    try:
        draft = _get(store, args.id)
        direction = case_direction(store, settings, draft.case_id, utcnow())
    finally:
        store.close()
    if args.json:
        print(json.dumps(_record(draft) | {"direction": direction.as_json() if direction else None,
                                           "text": draft_text(draft.raw)}, ensure_ascii=False, indent=2))
    else:
        print(format_draft(draft, direction))
    return 0


def run_send(args) -> int:
    settings = load_settings(args)
    store = open_store(settings)
    try:
        draft = sending.sendable(store, args.id, settings, retry_interrupted=args.retry_interrupted)
        sending.require_smtp(settings)
        print(format_draft(draft, case_direction(store, settings, draft.case_id, utcnow())))
        print()
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("refusing to send without confirmation", fix="run it in a terminal, or add --yes")
            answer = input(f"Send this reply to {draft.to_addr}? [y/N] ").strip().lower()
            if answer not in ("y", "yes"):
                print("Not sent.")
                return 1
        sent = sending.send(settings, store, draft, retry_interrupted=args.retry_interrupted)
    finally:
        store.close()
    if sent.problem:
        print(f"Sent to {draft.to_addr}, but the copy may not be in {sent.sent_folder}: {sent.problem}")
        return 0
    print(f"Sent to {draft.to_addr}; a copy is in {sent.sent_folder}. "
          f"You may delete the draft from {sent.drafts_folder}.")
    return 0


def _record(d) -> dict:
    return {"id": d.id, "case_id": d.case_id, "purpose": d.purpose, "status": d.status,
            "created": d.created_at.isoformat(timespec="seconds"), "to": d.to_addr, "subject": d.subject,
            "message_id": d.message_id} | (
                {"paste_into_support_center": d.to_addr} if d.status == PASTE else {})


def _get(store, draft_id: int):
    return sending.find(store, draft_id)
