"""`certmerge-mail run`: the background service (or one pass with --once)."""

from __future__ import annotations

import json
import logging
import signal

from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service

log = logging.getLogger("certmerge_mail")


def add_parser(sub) -> None:
    p = sub.add_parser(
        "run",
        help="watch the mailbox (the background service); --once for a single pass",
        description="Watch the inbox and Sent folder: IDLE when the server offers it, else poll. "
        "SIGTERM or Ctrl-C finishes the message in hand, commits and exits 0.",
    )
    p.add_argument("--once", action="store_true", help="sync every watched folder once, process, evaluate reminders, exit")
    p.add_argument("--now", metavar="ISO-8601", help="with --once: evaluate deadlines as of this moment")
    p.add_argument("--json", action="store_true", help="with --once: print the pass's summary as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args)
    store = open_store(settings)
    service = build_service(settings, store, open_mailbox(settings))
    try:
        if args.once:
            report = service.cycle(parse_now(args.now))
            summary = {"fetched": report.fetched, "processed": report.processed, "by_kind": report.by_kind}
            if args.json:
                print(json.dumps(summary))
            else:
                kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.by_kind.items())) or "nothing new"
                print(f"processed {report.processed} message(s): {kinds}")
            return 0

        def stop(signum, frame):
            log.info("signal %s: finishing the message in hand, then stopping", signal.Signals(signum).name)
            service.stop_event.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        log.info("certmerge-mail running (state %s)", settings.state_path)
        service.run_forever()
        log.info("stopped")
        return 0
    finally:
        service.mailbox.logout()
        store.close()
