"""The `certmerge-mail` command: a thin layer over library calls.

argparse rather than click: the standard library is enough for a dozen
subcommands, keeps the dependency list to what the design card names, and
its --help output is what users of Unix tools expect.

One module per command group (classify.py, check.py, ...); each has
`add_parser(subparsers)` registering its command(s) with `set_defaults(run=...)`.
Every command prints human-readable text by default and JSON with --json.
Errors are CertmergeError subclasses, printed as "error: ... / fix: ..."
with their exit code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from certmerge_mail import __version__
from certmerge_mail.errors import CertmergeError

# Each command and the module that holds it; the order here is the order --help lists them.
_MODULES = {"init": "init", "login": "login", "run": "run", "status": "status", "install-service": "service_install",
            "cases": "cases", "drafts": "drafts", "digest": "digest", "request": "request", "classify": "classify",
            "check": "check", "demo": "demo"}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the arguments, only the command they name
    (its module's imports are all a run pays: `run --once` needs none of
    init's, demo's or drafts'), or every command when they name none."""
    parser = argparse.ArgumentParser(
        prog="certmerge-mail",
        description=(
            "Follows your AWS Certification account-merge support case through your mailbox: "
            "recognises every mail of the case, keeps its state, drafts the English replies "
            "into your Drafts folder and nudges you when a reply is overdue. "
            "It never sends anything without your approval and never changes your mail."
        ),
        epilog="Start with `certmerge-mail init`, then `certmerge-mail check`, then `certmerge-mail run`.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="configuration file (default: $CERTMERGE_CONFIG, else ~/.config/certmerge-mail/config.toml)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    named = _command(argv)
    for command, module in _MODULES.items():
        if named is None or command == named:
            importlib.import_module(f"certmerge_mail.cli.{module}").add_parser(sub)
    _accept_everywhere(parser)
    return parser


def _command(argv: Sequence[str] | None) -> str | None:
    """The command the arguments name, read as argparse reads them (the
    options before it are --config PATH, -v, --version, -h); None when they
    name none, or when they ask for help or the version before it."""
    args = iter(argv or ())
    for arg in args:
        if len(arg) > 2 and "--config".startswith(arg):  # argparse takes --conf for --config too
            next(args, None)
        elif arg in ("-h", "--help", "--version"):
            return None
        elif not arg.startswith("-"):
            return arg if arg in _MODULES else None
    return None


class LogFormatter(logging.Formatter):
    """Log lines stamped with an ISO 8601 time and its offset, on the clock of
    [you] timezone once the configuration is read (`set_log_zone`), the
    system's before: "2025-11-03T16:21:10+09:00 INFO ..."."""

    zone = None  # a tzinfo; None: the system's local time

    def formatTime(self, record, datefmt=None) -> str:  # noqa: N802 - logging's name
        from datetime import datetime

        moment = datetime.fromtimestamp(record.created).astimezone(self.zone)
        return moment.isoformat(timespec="seconds")


def set_log_zone(name: str) -> None:
    """Log times from now on in the IANA zone `name` (an unknown one is ignored)."""
    from zoneinfo import ZoneInfo

    try:
        LogFormatter.zone = ZoneInfo(name)
    except Exception:  # noqa: BLE001 - config reports a bad zone itself
        pass


def _accept_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--config PATH` and `-v` before or after any (sub)command: each
    subcommand takes them too, leaving the value given before it alone
    (SUPPRESS: no default of its own)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in dict.fromkeys(action.choices.values()):
            known = {option for a in sub._actions for option in a.option_strings}
            if "--config" not in known:
                sub.add_argument("--config", default=argparse.SUPPRESS, metavar="PATH",
                                 help="the configuration file (also accepted before the command)")
            if "--verbose" not in known and "-v" not in known:
                sub.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                                 help="log debug detail to stderr")
            _accept_everywhere(sub)


def main(argv: Sequence[str] | None = None) -> int:
    argv_given = argv
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LogFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, handlers=[handler])
    if not args.verbose:
        # imapclient logs every connection at INFO: noise beside our own lines.
        logging.getLogger("imapclient").setLevel(logging.WARNING)
    try:
        code = args.run(args)
        if argv_given is None and args.command == "run" and getattr(args, "once", False):
            # The process ends next, its store closed and its connection logged out:
            # the interpreter's last collection would walk every object the pass made
            # (the classifier's compiled patterns, the service's modules) for nothing,
            # ~20 ms of the whole `run --once`.  Only as the program, not for a caller.
            import gc

            gc.freeze()
        return code
    except CertmergeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`classify … | head`): not an error of ours.  Point
        # stdout at nothing so that the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a command killed by it
