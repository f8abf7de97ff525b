"""`certmerge-mail check`: is the configuration right, and can we reach the mail?"""

from __future__ import annotations

import json

from certmerge_mail.cli.common import load_settings
from certmerge_mail.service import open_mailbox, open_smtp, resolve_folders


def add_parser(sub) -> None:
    p = sub.add_parser(
        "check",
        help="validate the configuration and connect to IMAP (and SMTP)",
        description="Validate the configuration, log in to IMAP (and SMTP when configured) and list the folders "
        "certmerge-mail will use.  Exits non-zero with the fix when anything is wrong.",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args)
    mailbox = open_mailbox(settings)
    mailbox.connect()
    try:
        folders = resolve_folders(mailbox, settings)
        for name in (folders.inbox, folders.sent, folders.drafts, folders.junk):
            if name:
                mailbox.examine(name)
        all_folders = [name for _, name in mailbox.list_folders()]
    finally:
        mailbox.logout()
    smtp = open_smtp(settings)
    if smtp is not None:
        smtp.check()
    result = {
        "config": settings.source_path,
        "imap": f"{settings.imap.host}:{settings.imap.port} ({settings.imap.security})",
        "folders": {"inbox": folders.inbox, "sent": folders.sent, "drafts": folders.drafts,
                    "junk": folders.junk},
        "smtp": f"{settings.smtp.host}:{settings.smtp.port}" if settings.smtp else None,
        "state": settings.state_path,
        "all_folders": all_folders,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"configuration  {result['config']}: valid")
        print(f"IMAP           {result['imap']}: logged in")
        print(f"  inbox        {folders.inbox}")
        print(f"  sent         {folders.sent}")
        print(f"  drafts       {folders.drafts}")
        junk = (f"{folders.junk} (read-only, for support's mail filed as spam)" if folders.junk
                else "none (the server marks no \\Junk folder; set [imap] junk to read one)")
        print(f"  junk         {junk}")
        print(f"SMTP           {result['smtp'] + ': logged in' if smtp else 'not configured (drafts are sent from your mail client)'}")
        print(f"state          {settings.state_path}")
    return 0
