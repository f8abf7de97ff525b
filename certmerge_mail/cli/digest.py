"""`certmerge-mail digest`: the summary of every case, as of now (or --now)."""

from __future__ import annotations

import json

from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.service import open_mailbox, open_smtp, utcnow
from certmerge_mail.service.wiring import build_service


def add_parser(sub) -> None:
    p = sub.add_parser("digest", help="print the digest of every case (--deliver: send it through [digest] deliver)",
                       description="Print the digest: each case's state, timeline, what to do now, warnings.")
    p.add_argument("--now", metavar="ISO-8601", help="as of this moment (default: now)")
    p.add_argument("--deliver", action="store_true",
                   help="deliver it through the [digest] deliver channels instead of printing it")
    p.add_argument("--html", action="store_true", help="print the HTML version")
    p.add_argument("--json", action="store_true", help='print {"subject", "text", "html"} as JSON')
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    store = open_store(settings)
    now = parse_now(args.now) or utcnow()
    needs_imap = args.deliver and "mailbox" in settings.digest.deliver
    mailbox = open_mailbox(settings) if needs_imap else None
    service = build_service(settings, store, mailbox, smtp=open_smtp(settings) if args.deliver else None)
    try:
        if not args.deliver:
            subject, text, html = service.notifier.digest(now)
            if args.json:
                print(json.dumps({"subject": subject, "text": text, "html": html}, ensure_ascii=False))
            else:
                print(html if args.html else f"Subject: {subject}\n\n{text}")
            return 0
        if needs_imap:
            service.connect()
        service.notifier.queue_digest(now)
        failed = service.notifier.deliver(now, service.folders)
        if failed:
            print(f"{failed} channel(s) failed; the digest stays queued and is retried by the service", flush=True)
            return 1
        print(f"digest delivered: {where(settings)}", flush=True)
        return 0
    finally:
        if mailbox is not None:
            mailbox.logout()
        store.close()


def where(settings) -> str:
    """Where [digest] deliver sends the digest, in words."""
    said = []
    for channel in settings.digest.deliver:
        if channel == "mailbox":
            host = settings.imap.host if settings.imap else "your IMAP server"
            said.append(f"into your inbox ({settings.imap.inbox if settings.imap else 'INBOX'} on {host})")
        elif channel == "smtp":
            said.append(f"by mail to {', '.join(settings.you.emails)} through {settings.smtp.host if settings.smtp else '[smtp]'}")
        elif channel == "file":
            said.append(f"appended to {settings.digest.file}")
        elif channel == "stdout":
            said.append("printed above")
        else:
            said.append(channel)
    return "; ".join(said) or "nowhere ([digest] deliver is empty)"
