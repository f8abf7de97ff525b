"""The service: wires the adapters (mailbox, parsing, store) to the core.

One sync reads each watched folder from the last UID it has seen, fetches
only the messages a server-side SEARCH selects, and processes each message
in its own SQLite transaction together with the folder's new last UID, so a
crash at any point neither loses nor repeats a message.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from certmerge_mail.adapters.mailbox import Fetched, FolderInfo, Folders, Mailbox
from certmerge_mail.adapters.parsing import parse, parse_header_fields
from certmerge_mail.adapters.store import CaseRow, Store
from certmerge_mail.core import console, corrections, guard, tracking, triage
from certmerge_mail.service import astray
from certmerge_mail.service.searching import INBOX_CRITERIA, MAX_SUBJECT_TERMS, SENT_CRITERIA, Searched
from certmerge_mail.core.cases import BADGE_MARKED, CLOSED, CaseStatus, Event, State, expected_badges
from certmerge_mail.core.classify import TOO_LONG, classify
from certmerge_mail.core.guard import Direction
from certmerge_mail.core.model import Kind, Outcome
from certmerge_mail.core.progress import Progress, case_progress, latest_confirmation_request
from certmerge_mail.core.sender import Family, genuine_family
from certmerge_mail.core.settings import Settings
from certmerge_mail.core.text import split_new_text
from certmerge_mail.errors import CertmergeError, ConnectionFailed, CredentialError, MailboxError, StateError

if TYPE_CHECKING:
    from certmerge_mail.service.reminders import Notifier

log = logging.getLogger(__name__)

# Phase one reads this many hits' header fields at a time; phase two fetches
# at most this many wanted messages whole at a time.
HEADER_BATCH = 1000
FETCH_BATCH = 100

# The daemon writes a heartbeat into the status table at least this often
# (also while it waits in IDLE), so `certmerge-mail status` in another
# process can tell a live service from a hung or vanished one.
HEARTBEAT_SECONDS = 30.0

# The time one message may take to classify (checked between rules).  No
# mail comes near it (the slowest adversarial mail of bench/adversarial.py
# takes 42 ms); one that goes over is recorded as an error and passed.
CLASSIFY_BUDGET_SECONDS = 1.0


@dataclass
class SyncReport:
    fetched: int = 0
    processed: int = 0
    passed: int = 0  # SEARCH hits passed on their header fields alone, never downloaded
    by_kind: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CaseReport:
    case_id: str
    status: CaseStatus
    overdue: bool
    next_deadline: datetime | None
    events: list
    warnings: list
    # What the guard read in support's latest confirmation request (None: no request yet).
    direction: Direction | None = None
    # `cases mute`: no nudge and no follow-up draft while muted (until None: until unmuted).
    muted: bool = False
    muted_until: datetime | None = None
    # Each event's mail number (what `cases correct` takes), by Message-ID.
    numbers: dict = field(default_factory=dict)
    # The mails read with doubts that the user has not settled (core/corrections.py).
    uncertain: list = field(default_factory=list)
    opened_at: datetime | None = None
    # One merge, several cases (service/astray.py): the group's name, its cases
    # newest first, and the newer case that superseded this one.
    merge_group: str = ""
    group_cases: tuple[str, ...] = ()
    superseded_by: str | None = None
    # When the contact form this case took over was sent (`request --submitted`).
    request_submitted: datetime | None = None
    # A console case (support's latest mail comes from an address that takes
    # no replies): where to answer in the AWS Support Center.  "" otherwise.
    console_link: str = ""

    def as_json(self) -> dict:
        """ISO 8601 times with their offset (UTC), as every --json output."""
        iso = _iso
        status = self.status
        return {
            "case_id": self.case_id,
            "state": str(status.state),
            "direction": self.direction.as_json() if self.direction else None,
            "overdue": self.overdue,
            "next_deadline": iso(self.next_deadline),
            "since": iso(status.since),
            "closed_by_you": status.closed_by_you,
            "muted": self.muted,
            "muted_until": iso(self.muted_until),
            "badges": {"expected": list(status.badges_expected), "arrived": list(status.badges_arrived),
                       "missing": list(status.badges_missing)},
            "events": [_event_json(e, self.numbers.get(e.message_id)) for e in self.events],
            "warnings": [w.text for w in self.warnings],
            "console": {"support_center": self.console_link} if self.console_link else None,
            "needs_your_look": [
                {"number": u.number, "message_id": u.message_id, "subject": u.subject, "may_be": u.read_as,
                 "doubts": list(u.doubts), "commands": list(u.commands())}
                for u in self.uncertain
            ],
            "merge_group": {"name": self.merge_group, "cases": list(self.group_cases),
                            "superseded_by": self.superseded_by} if self.merge_group else None,
            "request_submitted": _iso(self.request_submitted),
        }


# A step that follows each sync: given the moment, every case's report
# (computed once per pass) and the folders.
AfterSync = Callable[[datetime, Sequence[CaseReport], Folders], None]


def _event_json(e: Event, number: int | None) -> dict:
    out = {"number": number, "kind": e.kind, "at": _iso(e.at), "message_id": e.message_id,
           "verified": e.verified, "certain": e.certain}
    if e.badge:
        out["badge"] = e.badge
    if not e.certain:
        out["doubts"] = list(e.doubts)
        out["may_be"] = e.read_as
    if e.corrected_from is not None:
        out["corrected_from"] = e.corrected_from
    # Your reply's reading (reading, certain, doubts, reasons) and recipients; a console mail's flag.
    if e.detail:
        try:
            out.update(json.loads(e.detail))
        except ValueError:
            pass
    if e.console:
        out["console"] = True
    return out


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat(timespec="seconds")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def resolve_folders(mailbox: Mailbox, settings: Settings) -> Folders:
    imap = settings.imap
    inbox = imap.inbox if imap else "INBOX"
    sent = (imap.sent if imap else None) or mailbox.special_folder("\\Sent")
    drafts = (imap.drafts if imap else None) or mailbox.special_folder("\\Drafts")
    for role, name in (("sent", sent), ("drafts", drafts)):
        if not name:
            raise MailboxError(
                f"no {role} folder: the server marks none with SPECIAL-USE \\{role.capitalize()}",
                fix=f"set [imap] {role} to your {role} folder's name (`certmerge-mail check` lists the folders)",
            )
    junk = (getattr(imap, "junk", None) if imap else None) or mailbox.special_folder("\\Junk")
    return Folders(inbox, sent, drafts, junk if junk != inbox else None)


def message_key(message_id: str, raw: bytes) -> str:
    """The dedupe key: the Message-ID, or a digest of the bytes when there is none."""
    return message_id or f"<{hashlib.sha256(raw).hexdigest()[:32]}@certmerge-mail.invalid>"


class Service:
    def __init__(self, settings: Settings, store: Store, mailbox: Mailbox, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.settings = settings
        self.store = store
        self.mailbox = mailbox
        self.clock = clock
        self.folders: Folders | None = None
        self.own_emails = tuple(e.lower() for e in settings.you.emails)
        self.stop_event = threading.Event()
        # Test hook: called after each message's transaction commits.
        self.after_message: Callable[[str, int], None] | None = None
        # Called for each SEARCH hit passed on its header fields (the demo shows them).
        self.on_passed: Callable[[str, int, triage.Headers], None] | None = None
        # Work that follows each sync (drafting, reminders), added by the wiring.
        self.after_sync: list[AfterSync] = []
        # The nudges and the digest (service/reminders.py), when the wiring adds them.
        self.notifier: Notifier | None = None
        # Work asked for by the scheduler's threads ("digest", "deadline"),
        # done by this thread between two waits.
        self.handlers: dict[str, Callable[[datetime], None]] = {}
        self.wake_event = threading.Event()
        self._requests: set[str] = set()
        self._open_cache: tuple[tuple[str, datetime], ...] | None = None
        self._opened: FolderInfo | None = None  # the folder open since connect(opened=...)
        self._searched: Searched | None = None  # and its first search, made then
        self._lock = threading.Lock()
        # Errors since this Service started (reported by `status`).
        self.error_count = 0
        self._last_beat = 0.0
        # The instance lock (adapters/instance.py) when the CLI holds one: its
        # note tells `status` what the state database cannot record itself.
        self.instance = None
        self._unrecorded: dict[str, object] = {}
        self.classify_budget = CLASSIFY_BUDGET_SECONDS

    # --- one sync -------------------------------------------------------------------

    def connect(self, opened: FolderInfo | None = None, searched: Searched | None = None) -> None:
        """Connect and find the folders.  With `opened`, the mailbox is
        connected already, that folder open (EXAMINE) as `opened` tells, and
        `searched` may be its first search, made then: `run --once` connects
        and searches while it imports the service."""
        if opened is None:
            self.mailbox.connect()
        self.folders = resolve_folders(self.mailbox, self.settings)
        self._opened = opened
        self._searched = searched

    def sync_once(self, now: datetime | None = None) -> SyncReport:
        """Read every watched folder once and process what is new."""
        if self.folders is None:
            self.connect()
        report = SyncReport()
        self._sync_folder(self.folders.inbox, "inbox", INBOX_CRITERIA, report, now)
        self._sync_folder(self.folders.sent, "sent", SENT_CRITERIA, report, now)
        if self.folders.junk:
            self._sync_folder(self.folders.junk, "junk", INBOX_CRITERIA, report, now)
        with self.store.transaction():
            self.store.set_status(last_sync=_iso(now or self.clock()), connection="connected",
                                  heartbeat=_iso(self.clock()))
        self._last_beat = time.monotonic()
        return report

    def sync_sent(self, now: datetime | None = None) -> SyncReport:
        """Read what is new in Sent, now: one STATUS when nothing is.  Done
        just before a nudge goes out, so a reply already sent stops it."""
        report = SyncReport()
        if self.folders is not None:
            self._sync_folder(self.folders.sent, "sent", SENT_CRITERIA, report, now)
        return report

    def _sync_folder(self, folder: str, role: str, criteria, report: SyncReport, now: datetime | None) -> None:
        stored = self.store.folder(folder)
        if stored is not None:
            quick = self.mailbox.status(folder)
            if stored[0] == quick.uidvalidity and stored[1] >= quick.uidnext - 1:
                return  # nothing new: the incremental check costs one STATUS
        info = self._opened if self._opened and self._opened.name == folder == self.mailbox.selected else None
        searched = self._searched if info is not None else None
        self._opened = self._searched = None
        info = info or self.mailbox.examine(folder)
        if stored is None or stored[0] != info.uidvalidity:
            if stored is not None:
                log.warning("%s: UIDVALIDITY changed (%s -> %s): reading the folder again; "
                            "messages already processed are recognised by Message-ID", folder, stored[0],
                            info.uidvalidity)
            last = 0
        else:
            last = stored[1]
        # The subjects of open cases too (a reply whose sender the criteria miss).
        open_ids = [case for case, _ in self._open_cases()][-MAX_SUBJECT_TERMS:]
        since = None
        if last == 0 and self.settings.imap is not None:
            since = (now or self.clock()) - self.settings.imap.lookback
        terms = criteria + [("SUBJECT", c) for c in open_ids]
        if searched is not None and searched.answers(folder, info.uidvalidity, last, terms, since):
            uids = list(searched.uids)
        else:
            uids = self.mailbox.search_new(folder, last, terms, since=since)
        if self._read_candidates(folder, role, info.uidvalidity, uids, report, now):
            # Everything up to UIDNEXT-1 was processed, passed on its headers, or not selected by SEARCH.
            top = max(last, info.uidnext - 1 if info.uidnext else 0, *(uids or [0]))
            with self.store.transaction():
                self._advance(folder, info.uidvalidity, top, now)

    def _read_candidates(self, folder: str, role: str, uidvalidity: int, uids: list[int], report: SyncReport,
                         now: datetime | None) -> bool:
        """The SEARCH hits, in two phases: their header fields first (core/triage.py
        decides from them), then the whole of each message that may belong to a
        case, processed in UID order.  A message passed on its headers is never
        downloaded; the folder's last UID moves past it with the next message
        processed, or with the batch.  False when stopped midway.

        What the earlier messages open or join may make a later one wanted, so
        a hit passed on its headers is decided again after any message before
        it was processed.  The messages wanted at first are downloaded ahead,
        up to FETCH_BATCH in one FETCH, instead of one FETCH each between two
        passed hits (a round trip per case mail); each is still processed in
        UID order, and a hit that turns out wanted on second thought is
        downloaded then.  (More tracked cases only ever make more wanted.)"""
        sent = role == "sent"
        fields = triage.SENT_FIELDS if sent else triage.FIELDS

        for start in range(0, len(uids), HEADER_BATCH):
            batch = uids[start:start + HEADER_BATCH]
            tracked, thread = frozenset(self.store.case_ids()), self.store.case_message_ids()
            hits: list[tuple[int, triage.Headers, str | None]] = []
            for head in self.mailbox.fetch_headers(batch, fields):
                if self.stop_event.is_set():
                    return False
                headers = parse_header_fields(head.raw)
                hits.append((head.uid, headers, triage.wanted(headers, sent=sent, tracked=tracked, thread=thread)))
            ahead = [uid for uid, _headers, why in hits if why is not None]
            bodies: dict[int, Fetched] = {}
            next_ahead = 0  # the first of `ahead` not downloaded yet
            read_any = False  # a message was processed: the hits after it are decided again
            changed = False  # a message was processed since `tracked` and `thread` were read
            passed = 0
            for uid, headers, why in hits:
                if self.stop_event.is_set():
                    return False
                if why is None and read_any:
                    if changed:
                        tracked, thread = frozenset(self.store.case_ids()), self.store.case_message_ids()
                        changed = False
                    why = triage.joins(headers, tracked=tracked, thread=thread)
                if why is None:
                    report.passed += 1
                    passed = uid
                    if self.on_passed:
                        self.on_passed(folder, uid, headers)
                    continue
                log.debug("%s uid %s is read whole: %s", folder, uid, why)
                if uid not in bodies:
                    # This one and the next wanted at first (all after it: those before were read).
                    first = ahead[next_ahead:next_ahead + 1] == [uid]
                    more = ahead[next_ahead:next_ahead + (FETCH_BATCH if first else FETCH_BATCH - 1)]
                    next_ahead += len(more)
                    bodies.update((f.uid, f) for f in self.mailbox.fetch(more if first else [uid, *more]))
                fetched = bodies.pop(uid, None)
                if fetched is None:  # expunged meanwhile
                    continue
                self.beat()
                report.fetched += 1
                kind = self._process_safely(folder, role, uidvalidity, fetched, now)
                read_any = changed = True
                report.processed += 1
                report.by_kind[kind] = report.by_kind.get(kind, 0) + 1
                if self.after_message:
                    self.after_message(folder, fetched.uid)
            self.beat()
            if passed:
                # Passed on their headers: done with, not to be read again (a restart
                # before this would only read their header fields once more).
                with self.store.transaction():
                    self._advance(folder, uidvalidity, passed, now)
        return True

    def _process_safely(self, folder, role, uidvalidity, fetched, now) -> str:
        """Process one message; a message whose content breaks the processing
        is recorded as an error and skipped, so it never stops the service.

        Only the content may do that.  An error of the machine -- the state
        database (a full disk, a lock, a read-only file: StateError), the
        network, the operating system (OSError) -- propagates: the message's
        transaction is rolled back, the folder's last UID stays where it was,
        and the pass is tried again (run_forever), so the mail is processed
        once the machine is well again."""
        try:
            return self.process(folder, role, uidvalidity, fetched.uid, fetched.raw, fetched.internal_date, now)
        except (CertmergeError, OSError):
            self._open_cache = None  # it may hold what the rolled-back transaction saw
            raise
        except Exception as exc:  # one broken mail never stops the service
            log.error("message %s/%s could not be processed (%s: %s); it is recorded and skipped",
                      folder, fetched.uid, type(exc).__name__, exc)
            log.debug("traceback of message %s/%s", folder, fetched.uid, exc_info=True)
            with self.store.transaction():
                self.store.record_message(
                    folder=folder, uidvalidity=uidvalidity, uid=fetched.uid, outcome=Outcome.ERROR,
                    message_id=message_key("", fetched.raw), kind=None, case_id=None, sender_verified=None,
                    language="", subject="", from_addr="", date=None, processed_at=now or self.clock(),
                    errors=(f"{type(exc).__name__}: {exc}",),
                )
                self._advance(folder, uidvalidity, fetched.uid, now)
            self.note_error(f"message {folder}/{fetched.uid} could not be processed ({type(exc).__name__})")
            return Outcome.ERROR

    def process(self, folder: str, role: str, uidvalidity: int, uid: int, raw: bytes,
                internal_date: datetime | None, now: datetime | None = None) -> str:
        """Process one message: its record and every action, in one transaction.
        Returns what the sync report counts it as: its kind when it was read,
        else its outcome (own, duplicate, seen, error)."""
        now = now or self.clock()
        message = parse(raw)
        key = message_key(message.message_id, raw)
        at = message.date or _aware(internal_date) or now
        too_long = None
        outcome = Outcome.PROCESSED
        with self.store.transaction():
            if self.store.has_uid(folder, uidvalidity, uid):
                return Outcome.SEEN
            duplicate = self.store.has_message_id(key)
            tracked = frozenset(self.store.case_ids())
            linked = self._linked_case(message)
            if message.own_marker:
                outcome, kind, verdict, actions = Outcome.OWN, None, None, []
            elif duplicate:
                outcome, kind, verdict, actions = Outcome.DUPLICATE, None, None, []
            elif role == "sent":
                verdict = None
                case_guess = tracking.case_of_sent(message.subject, tracked, linked)
                support = frozenset(a for a in self.store.support_addresses(case_guess or "")
                                    if genuine_family(a.rpartition("@")[2]) is Family.AWS)
                actions = tracking.on_sent_message(message, message_id=key, at=at, own_emails=self.own_emails,
                                                   tracked=tracked, linked_case=linked, support_addresses=support,
                                                   accounts=self.settings.accounts)
                added = next((a.event.kind for a in actions if isinstance(a, tracking.AddEvent)), None)
                kind = added or "unrelated"
            else:
                verdict = classify(message, authserv_ids=self.settings.trust.authserv_ids, known_case_ids=tracked,
                                   budget_seconds=self.classify_budget, clock=time.monotonic)
                kind = str(verdict.kind)
                if TOO_LONG in verdict.errors:
                    # Over the time budget: a broken mail, recorded as an error with why, and passed.
                    too_long = next((r for r in verdict.reasons if r.startswith(TOO_LONG)), TOO_LONG)
                    verdict = replace(verdict, errors=(*message.errors, too_long))
                    outcome, kind = Outcome.ERROR, None  # no reading: the classifier stopped midway
                actions = [] if too_long else tracking.on_inbox_message(
                    verdict, message, message_id=key, at=at, tracked=tracked,
                    open_cases=self._open_cases, linked_case=linked,
                    accounts=self.settings.accounts,
                    own_emails=self.own_emails, require_verified=self.settings.trust.require_verified_sender,
                )
                if role == "junk":
                    actions += tracking.junk_warnings(actions, message_id=key, subject=message.subject,
                                                      folder=folder)
            self.store.record_message(
                folder=folder, uidvalidity=uidvalidity, uid=uid, message_id=key, kind=kind, outcome=outcome,
                case_id=verdict.case_id if verdict else next(
                    (a.case_id for a in actions if isinstance(a, tracking.AddEvent)), None),
                sender_verified=verdict.sender_verified if verdict else None,
                language=verdict.language if verdict else "", subject=message.subject,
                from_addr=message.from_addr, date=at, processed_at=now,
                reasons=verdict.reasons if verdict else (), errors=verdict.errors if verdict else message.errors,
                from_name=message.from_name, reply_to=message.reply_to,
                body=message.text[:20_000] if actions else None,
                badge=verdict.badge if verdict else None,
            )
            if kind == Kind.CREDLY_BADGE_ISSUED and outcome is Outcome.PROCESSED:
                self._open_cache = None  # badges count for cases without an action
            for action in actions:
                self._apply(action, now)
            self._advance(folder, uidvalidity, uid, now)
        if actions:
            log.info("%s uid %s: %s -> %s", folder, uid, kind, ", ".join(_describe(a) for a in actions))
        if too_long:
            log.error("message %s/%s could not be processed: %s; it is recorded and skipped", folder, uid, too_long)
            self.note_error(f"message {folder}/{uid} could not be processed: {too_long}")
        return kind if outcome is Outcome.PROCESSED else str(outcome)

    def _advance(self, folder: str, uidvalidity: int, uid: int, now: datetime | None) -> None:
        """Every UID up to `uid` is done: SEARCH covered them all and UIDs only grow."""
        current = self.store.folder(folder)
        last = current[1] if current is not None and current[0] == uidvalidity else 0
        if uid > last or current is None or current[0] != uidvalidity:
            self.store.set_folder(folder, uidvalidity, max(last, uid), now or self.clock())

    def _apply(self, action: tracking.Action, now: datetime) -> None:
        self._open_cache = None
        if isinstance(action, tracking.OpenCase):
            self.store.ensure_case(action.case_id, action.opened_at, action.subject, action.reply_to)
        elif isinstance(action, tracking.AddEvent):
            self.store.add_event(action.case_id, action.event)
        elif isinstance(action, tracking.Warn):
            self.store.add_warning(action.case_id, action.message_id, action.code, action.text, now)

    def _linked_case(self, message) -> str | None:
        for ref in (message.in_reply_to, *reversed(message.references)):
            if ref:
                case = self.store.case_of_message(ref)
                if case:
                    return case
        return None

    def _open_cases(self) -> tuple[tuple[str, datetime], ...]:
        """Cases not done nor superseded, with when each opened.  Cached until a message
        changes a case: most mail changes none, and this runs per message."""
        if self._open_cache is None:
            # The state alone: not the guard's reading of each case, which case_reports adds.
            progresses = [(row, progress) for row, progress, _muted, _until
                          in case_progresses(self.store, self.settings, self.clock())]
            superseded = astray.superseded_cases(self.store, self.settings, [
                (row.case_id, row.opened_at, tuple(progress.events), progress.status.state == State.DONE)
                for row, progress in progresses])
            self._open_cache = tuple(
                (row.case_id, row.opened_at) for row, progress in progresses
                if progress.status.state != State.DONE and row.case_id not in superseded
            )
        return self._open_cache

    # --- the daemon -----------------------------------------------------------------

    def run_forever(self) -> None:
        """Sync, then wait for new mail (IDLE, else polling), until stop_event is set.

        Any network error: log it, reconnect after an exponentially growing,
        jittered delay.  The state is committed per message, so nothing is
        lost or repeated across reconnects."""
        delays = backoff_delays()
        try:
            while not self.stop_event.is_set():
                try:
                    self.connect()
                    idle = self.mailbox.has_capability("IDLE")
                    self._record_status(connection="connected", idle=idle, retry_at=None)
                    while not self.stop_event.is_set():
                        self.store.check_file()
                        self.cycle()
                        delays = backoff_delays()  # a whole pass worked: the next trouble starts short again
                        self.handle_requests()
                        self._wait_for_mail(idle)
                except (ConnectionFailed, CredentialError, StateError) as exc:
                    if isinstance(exc, StateError) and not exc.retryable:
                        raise
                    # The state database's trouble (a full disk, a lock) is the machine's, not the
                    # mail's: nothing was recorded or skipped, and the same pass is tried again.
                    delay = 300.0 if isinstance(exc, CredentialError) else next(delays)
                    text = _state_text(exc) if isinstance(exc, StateError) else _first_line(exc)
                    self._open_cache = None
                    self.note_error(text, connection="paused" if isinstance(exc, StateError) else "disconnected",
                                    retry_at=_iso(self.clock() + timedelta(seconds=delay)))
                    log.warning("%s; retrying in %.0f s", text, delay)
                    self.mailbox.logout()
                    self.folders = None
                    self._wait(delay)
        except BaseException as exc:
            # Anything else ends the service (systemd restarts it); say so in the status first.
            if not isinstance(exc, (KeyboardInterrupt, SystemExit)):
                connection = "configuration error" if getattr(exc, "exit_code", 0) == 2 else "crashed"
                text = _state_text(exc) if isinstance(exc, StateError) else _first_line(exc)
                try:
                    self.note_error(text, connection=connection)
                except Exception:  # the state database itself may be what failed
                    pass
                if isinstance(exc, StateError):  # a deleted or damaged file shows nobody the status
                    self._note_outside({"errors": self.error_count, "last_error": text,
                                        "last_error_at": _iso(self.clock()), "connection": connection})
            raise
        self.mailbox.logout()
        self._record_status(connection="stopped", stopped_at=_iso(self.clock()))

    def cycle(self, now: datetime | None = None, *, keep_inbox_open: bool = True) -> SyncReport:
        """One pass of the service's work: sync, then whatever follows a sync.
        `keep_inbox_open=False` (`run --once`, which logs out next) leaves the
        last folder read open instead of opening the inbox again."""
        report = self.sync_once(now)
        self.run_after_sync(now or self.clock())
        if keep_inbox_open and self.mailbox.selected != self.folders.inbox:
            # Keep the inbox open: IDLE needs it, and Dovecot answers STATUS on
            # the open folder from memory but re-reads a closed Maildir (about
            # 7 ms per 20,000 messages) for the next incremental check.  On
            # Maildir, reopening it after reading its messages re-reads the
            # folder's UID list: 60-100 ms on 100,000 messages.
            self.mailbox.examine(self.folders.inbox)
        return report

    def run_after_sync(self, now: datetime) -> None:
        """The steps that follow a sync, each handed the same case reports."""
        if not self.after_sync:
            return
        reports = self.case_reports(now)
        for step in self.after_sync:
            step(now, reports, self.folders)

    def request(self, what: str) -> None:
        """Ask the service thread for work (thread-safe; the scheduler calls this)."""
        with self._lock:
            self._requests.add(what)
        self.wake_event.set()

    def handle_requests(self, now: datetime | None = None) -> None:
        with self._lock:
            requests, self._requests = self._requests, set()
            self.wake_event.clear()
        for what in sorted(requests):
            handler = self.handlers.get(what)
            if handler is not None:
                handler(now or self.clock())

    def _wait_for_mail(self, idle: bool) -> None:
        imap = self.settings.imap
        poll = imap.poll_interval.total_seconds() if imap else 300.0

        def interrupted() -> bool:  # called about every second, in this thread
            self.beat()
            return self.stop_event.is_set() or self.wake_event.is_set()

        if interrupted():
            return
        if not idle:
            deadline = time.monotonic() + poll
            while not interrupted() and time.monotonic() < deadline:
                self.wake_event.wait(min(1.0, max(0.0, deadline - time.monotonic())))
            return
        # IDLE on the inbox, and on Sent over a second connection (a reply you
        # send moves its case at once, and stops its nudges), re-issued well
        # before the 29-minute limit and at least every poll interval.
        limit = min(poll, imap.idle_timeout.total_seconds() if imap else 1440.0)
        also = (self.folders.sent,) if self.folders.sent != self.folders.inbox else ()
        # Sent first, and its watching connection opened now: what happens
        # between the inbox's check below and IDLE must take as little time as it can.
        if also:
            self.mailbox.watch(also)
            if self._has_new(self.folders.sent):
                return
        if self.mailbox.selected != self.folders.inbox:
            info = self.mailbox.examine(self.folders.inbox)
        else:
            info = self.mailbox.status(self.folders.inbox)  # NOOP first: the session's view is current
        # Mail that arrived after the sync but before this view is in it, and
        # IDLE only reports what comes later: sync again now instead.
        stored = self.store.folder(self.folders.inbox)
        if stored is not None and (stored[0] != info.uidvalidity or info.uidnext - 1 > stored[1]):
            return
        self.mailbox.idle_wait(limit, should_stop=interrupted, also=also)

    def _has_new(self, folder: str) -> bool:
        """Has `folder` mail this service has not read (one STATUS)?"""
        stored = self.store.folder(folder)
        if stored is None:
            return True
        info = self.mailbox.status(folder)
        return stored[0] != info.uidvalidity or info.uidnext - 1 > stored[1]

    def _wait(self, seconds: float) -> None:
        """Sleep until `seconds` have passed or stop is asked, beating meanwhile."""
        deadline = time.monotonic() + seconds
        while not self.stop_event.is_set() and time.monotonic() < deadline:
            self.beat()
            self.stop_event.wait(min(1.0, max(0.0, deadline - time.monotonic())))

    def _record_status(self, **values) -> None:
        # What the database could not take when it happened goes in with this write.
        values = {**self._unrecorded, **values}
        with self.store.transaction():
            self.store.set_status(heartbeat=_iso(self.clock()), **values)
        if self._unrecorded:
            self._unrecorded = {}
            if self.instance is not None:
                self.instance.write_note(None)
        self._last_beat = time.monotonic()

    def beat(self) -> None:
        """Write the heartbeat when the last one is HEARTBEAT_SECONDS old, and
        check that the state file is still the one this service has open."""
        if time.monotonic() - self._last_beat >= HEARTBEAT_SECONDS:
            self.store.check_file()
            try:
                self._record_status()
            except StateError as exc:
                if not exc.retryable:
                    raise
                # The next pass meets the same trouble and handles it; till then,
                # the heartbeat goes to the lock file's note.
                self._note_outside({})
                self._last_beat = time.monotonic()

    def note_error(self, text: str, **values) -> None:
        """Count an error for `status` (errors since start, the last one),
        with other status `values`.  When the state database cannot take it
        (that may be the error), it goes to the lock file's note instead,
        and into the database with its next successful write."""
        self.error_count += 1
        error = {"errors": self.error_count, "last_error": text, "last_error_at": _iso(self.clock()), **values}
        try:
            self._record_status(**error)
        except StateError as exc:
            log.debug("the status cannot be recorded in the state database (%s)", _first_line(exc))
            self._unrecorded.update(error)
            self._note_outside(error)
            if not exc.retryable:
                raise

    def _note_outside(self, values: dict) -> None:
        if self.instance is not None:
            self.instance.write_note({**self._unrecorded, **values, "heartbeat": _iso(self.clock())})

    # --- reports --------------------------------------------------------------------

    def case_reports(self, now: datetime | None = None) -> list[CaseReport]:
        return case_reports(self.store, self.settings, now or self.clock())


def case_reports(store: Store, settings: Settings, now: datetime) -> list[CaseReport]:
    """Every case's report as of `now`: its progress (core/progress.py), the guard's reading,
    and what the user told of it (`cases badge/close/mute`)."""
    fixed = store.corrections()  # the user's word on a mail's kind: applied on every read
    reports = []
    for row, p, muted, until in case_progresses(store, settings, now, fixed):
        numbers = store.message_numbers(e.message_id for e in p.events)
        doubted = [e for e in p.events if not e.certain]
        subjects = {e.message_id: (store.message(e.message_id) or _NO_MESSAGE).subject for e in doubted}
        reports.append(CaseReport(row.case_id, p.status, not muted and p.overdue, p.next_deadline, p.events,
                                  corrections.settled(store.warnings(row.case_id), fixed),
                                  _direction(store, settings, p.events), muted=muted, muted_until=until,
                                  numbers=numbers,
                                  uncertain=corrections.uncertain(row.case_id, doubted, numbers, subjects),
                                  opened_at=row.opened_at,
                                  console_link=_console_link(store, row.case_id, p.events)))
    return astray.follow(store, settings, reports, now)[0]


def request_reports(store: Store, settings: Settings, now: datetime) -> list:
    """The contact forms sent that no case has taken over (service/astray.py)."""
    return astray.follow(store, settings, case_reports(store, settings, now), now)[1]


def case_direction(store: Store, settings: Settings, case_id: str, now: datetime) -> Direction | None:
    """The guard's reading of one case's latest counted confirmation request (None
    when it has none, or no such case is tracked), read from that case alone."""
    progresses = case_progresses(store, settings, now, only=case_id)
    return _direction(store, settings, progresses[0][1].events) if progresses else None


def case_progresses(store: Store, settings: Settings, now: datetime, fixed=None,
                    only: str | None = None) -> list[tuple[CaseRow, Progress, bool, datetime | None]]:
    """Every case (or only the case `only`) with its progress as of `now`: its events, the badge
    mails that count for it and what the user told of it; and whether it is muted (until when)."""
    required = expected_badges(settings.accounts)
    badges = store.badges()
    marks: dict[str, list] = {}
    for mark in store.marks():
        marks.setdefault(mark.case_id, []).append(mark)
    if fixed is None:
        fixed = store.corrections()
    result = []
    for row in store.cases(only):
        events = corrections.apply(store.events(row.case_id), fixed)
        events += tracking.badge_events(badges, row.opened_at, settings.trust.require_verified_sender)
        told, muted, until = _marks(marks.get(row.case_id, []), now)
        events += told
        result.append((row, case_progress(events, opened_at=row.opened_at, required_badges=required,
                                          reminders=settings.reminders, now=now), muted, until))
    return result


def _marks(marks: list, now: datetime) -> tuple[list[Event], bool, datetime | None]:
    """What the user told about a case (`cases badge/close/mute`), in order:
    the events it adds (badges, a close not undone by a later reopen), and
    whether the case is muted at `now` (and until when)."""
    events: list[Event] = []
    close = None
    mute = None
    for m in marks:
        if m.mark == "badge":
            events.append(Event(kind=BADGE_MARKED, at=m.at, message_id=f"mark:{m.id}", badge=m.badge))
        elif m.mark == "close":
            close = m
        elif m.mark == "reopen":
            close = None
        elif m.mark == "mute":
            mute = m
        elif m.mark == "unmute":
            mute = None
    if close is not None:
        events.append(Event(kind=CLOSED, at=close.at, message_id=f"mark:{close.id}"))
    muted = mute is not None and (mute.until is None or mute.until > now)
    return events, muted, mute.until if muted else None


class _NoMessage:
    subject = ""


_NO_MESSAGE = _NoMessage()


_CONVERSATION = (Kind.CASE_CREATED, Kind.MERGE_CONFIRMATION_REQUESTED, Kind.SUPPORT_REPLY)


def _console_link(store: Store, case_id: str, events: list[Event]) -> str:
    """The Support Center link when support's latest word on the case came from
    an address that takes no replies (a console case); "" otherwise."""
    latest = next((e for e in reversed(events) if e.verified and e.kind in _CONVERSATION), None)
    if latest is None or not latest.console:
        return ""
    message = store.message(latest.message_id)
    return console.support_center_link(message.body or "" if message else "", case_id)


def _direction(store: Store, settings: Settings, events: list[Event]) -> Direction | None:
    """The guard's reading of the case's latest counted confirmation request."""
    request = latest_confirmation_request(events)
    message = store.message(request.message_id) if request else None
    if message is None or not message.body:
        return None
    return guard.check(split_new_text(message.body)[0], settings.accounts, settings.you.emails).direction


def _state_text(exc: StateError) -> str:
    """A state database error with its fix on one line: `status` shows what to do."""
    return f"{_first_line(exc)}; fix: {exc.fix}" if exc.fix else _first_line(exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text if isinstance(exc, CertmergeError) else f"{type(exc).__name__}: {text}"


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _describe(action: tracking.Action) -> str:
    if isinstance(action, tracking.OpenCase):
        return f"case {action.case_id} opened"
    if isinstance(action, tracking.AddEvent):
        counted = "" if action.event.verified else " (not counted)"
        return f"case {action.case_id}: {action.event.kind}{counted}"
    return f"warning: {action.text}"


def backoff_delays(base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None):
    """Exponential backoff with full jitter: 1, 2, 4 ... capped, each randomised."""
    rng = rng or random.Random()
    attempt = 0
    while True:
        yield rng.uniform(base, min(cap, base * 2**attempt))
        attempt += 1
