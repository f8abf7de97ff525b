"""`certmerge-mail run`: the background service (or one pass with --once).

Both hold the instance lock (adapters/instance.py) for their whole life, so
a second `run` or `run --once` on the same state database is refused, with
the pid of the one running.  The process's umask is 077: the state database,
its -wal and -shm files and a digest file hold mail text, and are 0600.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
from datetime import datetime, timezone

from certmerge_mail import __version__
from certmerge_mail.adapters.instance import InstanceLock
from certmerge_mail.cli.common import load_settings, open_store, parse_now
from certmerge_mail.errors import CertmergeError
from certmerge_mail.service.searching import INBOX_CRITERIA, Searched
from certmerge_mail.service.wiring import open_mailbox, open_smtp

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
    umask = os.umask(0o077)  # restored on return, for a caller in the same process (tests)
    try:
        with InstanceLock.acquire(settings.state_path) as lock:
            return _run(args, settings, lock)
    finally:
        os.umask(umask)


def _run(args, settings, lock: InstanceLock) -> int:
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    # --once: connect, log in and open the inbox while the service's modules are
    # imported; on a mailbox never read before, make its first search then too.
    opening = _Opening(mailbox, settings.imap.inbox, _first_search(settings, store, args)) if args.once else None
    from certmerge_mail.service.wiring import build_service, start_scheduler

    service = build_service(settings, store, mailbox, smtp=open_smtp(settings))
    service.instance = lock
    scheduler = None

    def stop(signum, frame):
        if not service.stop_event.is_set():  # logged once, however many signals come
            log.info("signal %s: finishing the message in hand, then stopping", signal.Signals(signum).name)
        service.stop_event.set()

    # Restored on return, so a caller in the same process (tests) gets its own back.
    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        if args.once:
            _prepare_meanwhile()
            service.connect(opened=opening.result(), searched=opening.searched)
            report = service.cycle(parse_now(args.now), keep_inbox_open=False)  # it logs out next
            summary = {"fetched": report.fetched, "processed": report.processed, "passed": report.passed,
                       "by_kind": report.by_kind}
            if args.json:
                print(json.dumps(summary))
            else:
                kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.by_kind.items())) or "nothing new"
                print(f"processed {report.processed} message(s): {kinds}")
            return 0

        with store.transaction():
            store.set_status(pid=os.getpid(), started_at=_now_iso(), stopped_at=None, heartbeat=_now_iso(),
                             connection="starting", idle=None, retry_at=None, jobs=[], errors=0,
                             last_error=None, last_error_at=None, version=__version__)
        log.info("certmerge-mail %s running as pid %s (state %s)", __version__, os.getpid(), settings.state_path)
        if not getattr(args, "verbose", False):
            logging.getLogger("apscheduler").setLevel(logging.WARNING)  # its job bookkeeping is noise here
        scheduler = start_scheduler(service)
        _prepare_meanwhile()
        service.run_forever()
        log.info("stopped")
        return 0
    finally:
        if scheduler is not None:
            scheduler.shutdown()
        if opening is not None:
            opening.join()  # not connecting any more: the logout below closes its connection
        mailbox.logout()
        store.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _first_search(settings, store, args) -> tuple[list, datetime | None] | None:
    """The inbox's first search (terms, window), when nothing of the inbox was
    read before and no case is tracked (whose subjects the search would add):
    the question the sync will ask, which the connecting thread asks first."""
    if store.folder(settings.imap.inbox) is not None or store.case_ids():
        return None
    return list(INBOX_CRITERIA), (parse_now(args.now) or datetime.now(timezone.utc)) - settings.imap.lookback


class _Opening(threading.Thread):
    """Connect, log in, LIST and open the inbox (EXAMINE) in a thread, while
    the main thread imports the service and the classifier (100-150 ms of
    CPU) instead of before it: the server's EXAMINE of a 100,000-message
    Maildir (reading its UID list, 60-140 ms) then overlaps with them, and
    so does a first sync's SEARCH (125-600 ms there; see service/searching.py).
    result() re-raises what went wrong in the thread; a failed search is
    left for the sync to make, and meet, itself."""

    def __init__(self, mailbox, inbox: str, search: tuple[list, datetime | None] | None = None) -> None:
        super().__init__(name="connect", daemon=True)
        self.mailbox, self.inbox, self.search = mailbox, inbox, search
        self.info = None
        self.searched: Searched | None = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.mailbox.connect()
            self.mailbox.list_folders()  # kept for the folders' lookup (one LIST a session)
            self.info = self.mailbox.examine(self.inbox)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            self.error = exc
            return
        if self.search is not None:
            terms, since = self.search
            try:
                uids = self.mailbox.search_new(self.inbox, 0, terms, since=since)
            except CertmergeError:
                return
            self.searched = Searched(self.inbox, self.info.uidvalidity, 0, tuple(terms), since, tuple(uids))

    def result(self):
        self.join()
        if self.error is not None:
            raise self.error
        return self.info


def _prepare_meanwhile() -> None:
    """Compile the classifier's signals (core/rules.py) and import mail-parser
    in a thread while the first sync waits for the server (EXAMINE, SEARCH,
    the first message read: half a second on a 100,000-message Maildir),
    instead of 90 ms of CPU before it.  What is needed sooner is made then."""
    from certmerge_mail.adapters import parsing
    from certmerge_mail.core import opinion, rules

    def prepare() -> None:
        rules.prepare_all()
        parsing.prepare()
        opinion.prepare()

    threading.Thread(target=prepare, name="prepare", daemon=True).start()


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
