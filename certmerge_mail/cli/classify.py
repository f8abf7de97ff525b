"""`certmerge-mail classify FILE...`: what the classifier makes of raw mail."""

from __future__ import annotations

import json
import sys

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify_together
from certmerge_mail.errors import UsageError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "classify",
        help="show what certmerge-mail makes of .eml files (no configuration needed)",
        description="Classify raw mail files: kind, case id, candidate ids, sender verification, language.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="an .eml file, or - for standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    p.add_argument("--explain", action="store_true", help="also show the reasons (which rules fired)")
    p.set_defaults(run=run)


def run(args) -> int:
    failures = 0
    read = []
    for name in args.files:
        try:
            read.append((name, parse(sys.stdin.buffer.read() if name == "-" else read_file(name))))
        except UsageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures += 1
    # The files are read together, as the service reads a mailbox: a case one
    # of them shows to be a merge case counts as one for the others.
    verdicts = classify_together([message for _, message in read])
    for (name, _), verdict in zip(read, verdicts):
        if args.json:
            record = {
                "file": name,
                "kind": str(verdict.kind),
                "case_id": verdict.case_id,
                "account_ids": list(verdict.account_ids),
                "sender_verified": verdict.sender_verified,
                "language": verdict.language,
                "certain": verdict.certain,
            }
            if verdict.doubts:
                record["doubts"] = list(verdict.doubts)
            if verdict.may_be is not None:
                record["may_be"] = str(verdict.may_be)
            if args.explain:
                record["reasons"] = list(verdict.reasons)
                record["errors"] = list(verdict.errors)
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{name}: {verdict.kind}")
            print(
                f"  case {verdict.case_id or '-'}, accounts {', '.join(verdict.account_ids) or '-'}, "
                f"sender {_verified(verdict.sender_verified)}, language {verdict.language}"
            )
            if args.explain:
                for reason in (*verdict.reasons, *verdict.errors):
                    print(f"  - {reason}")
    return 1 if failures else 0


def read_file(name: str) -> bytes:
    try:
        with open(name, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file", fix="check the path") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory, not a mail file", fix="name the .eml files, e.g. dir/*.eml") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot be read ({exc.strerror})", fix="check the file's permissions") from None


def _verified(value: bool | None) -> str:
    return {True: "verified", False: "NOT verified", None: "unknown (no Authentication-Results)"}[value]
