"""`certmerge-mail demo`: the service on the sample mailbox (no account needed)."""

from __future__ import annotations

from certmerge_mail.demo import run_demo


def add_parser(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="replay the sample mailbox shipped with the project (no server or account needed)",
        description="Copy the sample Maildir to a temporary folder and run the service on it through time: "
        "classification, case tracking, drafts, warnings, nudges and the digest.",
    )
    p.add_argument("--workdir", metavar="DIR", help="where to put the copy and the state (default: a new temp dir)")
    p.set_defaults(run=lambda args: run_demo(workdir=args.workdir))
