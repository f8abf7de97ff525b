"""`certmerge-mail request`: what to put in the AWS contact form to open the case."""

from __future__ import annotations

from certmerge_mail.adapters.compose import case_request_text
from certmerge_mail.cli.common import load_settings


def add_parser(sub) -> None:
    p = sub.add_parser("request", help="print the contact-form fields and the English text that open the merge case",
                       description="Print what to choose in the AWS Training and Certification contact form and "
                       "the English description to paste, built from your [[accounts]].")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args, require_imap=False)
    print(case_request_text(settings), end="")
    return 0
