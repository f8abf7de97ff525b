"""Watching economy against a real Dovecot: the first sync downloads the case,
not the mailbox (two-phase fetch), and your reply in Sent is seen at once."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from email.utils import format_datetime

from support import CASE, YOU, make_settings, thread

from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.sync import case_reports
from certmerge_mail.service.wiring import build_service
from servers import imap_connect


def noise(i: int, in_reply_to: str | None = None, frm: str = "notifications@github.com") -> bytes:
    subject = ("Re: [acme/api] Merge branch 'main' into feature-%d (PR #%d)" if i % 2
               else "Re: [acme/api] add a test case for the parser (#%d%d)") % (i, i)
    thread_headers = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (f"From: \"Someone\" <{frm}>\r\nTo: {YOU}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(thread()['created'].date)}\r\nMessage-ID: <acme/api/pull/{i}@github.com>\r\n"
            f"{thread_headers}\r\n" + "merge case body line\r\n" * 200).encode()


def counting(service):
    """Record the UIDs whose whole message the service downloads."""
    fetched = []
    original = service.mailbox.fetch

    def fetch(uids):
        fetched.extend(uids)
        return original(uids)

    service.mailbox.fetch = fetch
    return fetched


def flags(user):
    client = imap_connect(user)
    out = {}
    for folder in ("INBOX", "Sent"):
        client.select_folder(folder, readonly=True)
        uids = client.search()
        data = client.fetch(uids, ["FLAGS"]) if uids else {}
        out[folder] = {u: sorted(f for f in v[b"FLAGS"] if f != b"\\Recent") for u, v in data.items()}
    client.logout()
    return out


def test_first_sync_downloads_only_what_may_belong_to_a_case(imap_user, deliver, tmp_path):
    t = thread()
    case_uids = []
    noise_uids = []
    for i in range(40):
        noise_uids.append(deliver(noise(i), internal_date=t["created"].date))
        if i == 10:
            case_uids.append(deliver(t["created"].raw, internal_date=t["created"].date))
        if i == 20:
            case_uids.append(deliver(t["confirm"].raw, internal_date=t["confirm"].date))
            case_uids.append(deliver(t["phishing"].raw, internal_date=t["phishing"].date))
    # A colleague's answer in the case's thread: read for its In-Reply-To (it changes nothing).
    colleague = deliver(noise(99, in_reply_to=t["confirm"].message_id, frm="colleague@example.jp"))
    sent_reply = deliver(t["reply"].raw, folder="Sent", internal_date=t["reply"].date)
    deliver(noise(100, frm=YOU).replace(b"Message-ID: <acme", b"Message-ID: <sent-acme"), folder="Sent")
    before = flags(imap_user)

    settings = make_settings(imap_user, tmp_path)
    service = build_service(settings, Store(settings.state_path), open_mailbox(settings), out=lambda text: None)
    fetched = counting(service)
    report = service.cycle()
    assert fetched == case_uids + [colleague, sent_reply]
    assert report.passed == 41  # 40 noise in INBOX, 1 in Sent: their header fields only
    assert service.case_reports()[0].status.state == "awaiting_merge"
    assert flags(imap_user) == before  # no flag changed: \Seen untouched

    # Passed mail is never read again, neither whole nor by its headers.
    fetched.clear()
    deliver(noise(200))
    again = service.cycle()
    assert fetched == [] and again.passed == 1 and again.processed == 0
    service.mailbox.logout()


def test_a_stop_midway_neither_misses_nor_repeats(imap_user, deliver, tmp_path):
    t = thread()
    for i in range(10):
        deliver(noise(i))
    deliver(t["created"].raw)
    for i in range(10, 20):
        deliver(noise(i))
    deliver(t["confirm"].raw)
    for i in range(20, 30):
        deliver(noise(i))
    settings = make_settings(imap_user, tmp_path)

    first = build_service(settings, Store(settings.state_path), open_mailbox(settings), out=lambda text: None)
    fetched_first = counting(first)
    first.after_message = lambda folder, uid: first.stop_event.set()  # stops after the first message
    first.connect()
    first.sync_once()
    first.mailbox.logout()
    assert fetched_first == [11, 22]  # both wanted, downloaded in one FETCH; the first alone processed
    assert Store(settings.state_path).folder("INBOX")[1] == 11  # the created mail's UID: noise before it passed

    second = build_service(settings, Store(settings.state_path), open_mailbox(settings), out=lambda text: None)
    fetched_second = counting(second)
    report = second.cycle()
    second.mailbox.logout()
    assert len(fetched_second) == 1 and report.passed == 20  # the confirm mail; the noise after the created mail
    store = Store(settings.state_path)
    assert [e.kind for e in store.events(CASE)] == ["case_created", "merge_confirmation_requested"]


def test_a_sent_reply_moves_the_case_within_5_seconds(imap_user, deliver, tmp_path):
    """The service IDLEs on the inbox and, over a second connection, on Sent:
    the reply is seen at once, not at the next poll (an hour here)."""
    t = thread()
    deliver(t["created"].raw)
    deliver(t["confirm"].raw)
    settings = make_settings(imap_user, tmp_path)
    now = {"at": t["confirm"].date + timedelta(hours=11, minutes=59)}  # the nudge is due in a minute
    nudges = []
    holder = {}

    def run() -> None:  # the service and its store live in the thread that runs it
        holder["service"] = build_service(settings, Store(settings.state_path), open_mailbox(settings),
                                          clock=lambda: now["at"], out=nudges.append)
        holder["service"].run_forever()

    # The state file is created (and migrated) before the two connections share
    # it: two first opens racing to create one database can wait out the lock.
    reader = Store(settings.state_path)
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    try:
        _wait(lambda: reader.status().get("idle") is not None and reader.folder("Sent") is not None, 10)
        assert case_reports(reader, settings, now["at"])[0].status.state == "awaiting_your_confirmation"
        time.sleep(1.5)  # in IDLE
        now["at"] += timedelta(minutes=2)  # the nudge falls due: the cycle the reply starts must not send it
        deliver(t["reply"].raw, folder="Sent")
        sent_at = time.monotonic()
        _wait(lambda: reader.events(CASE)[-1].kind == "your_reply", 5)
        elapsed = time.monotonic() - sent_at
        assert case_reports(reader, settings, now["at"])[0].status.state == "awaiting_merge"
        assert elapsed < 5
        time.sleep(1)
        assert nudges == [] and reader.outbox() == []
    finally:
        holder["service"].stop_event.set()
        worker.join(10)
    assert not worker.is_alive()


def test_no_nudge_for_a_reply_already_in_sent(imap_user, deliver, tmp_path):
    """At the deadline (the scheduler's wake-up, no sync before it), Sent is
    read just before the nudge would go out: the reply there stops it."""
    t = thread()
    deliver(t["created"].raw)
    deliver(t["confirm"].raw)
    settings = make_settings(imap_user, tmp_path)
    now = {"at": t["confirm"].date + timedelta(hours=11)}
    nudges = []
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), clock=lambda: now["at"], out=nudges.append)
    service.cycle()
    assert nudges == []
    deliver(t["reply"].raw, folder="Sent")
    now["at"] = t["confirm"].date + timedelta(hours=13)  # overdue
    service.request("deadline")
    service.handle_requests()
    assert nudges == [] and store.outbox() == []
    assert service.case_reports()[0].status.state == "awaiting_merge"
    # Without a reply, the same wake-up nudges.
    deliver(t["completed"].raw)
    now["at"] += timedelta(days=10)
    service.cycle()
    service.mailbox.logout()
    assert len(nudges) == 1


def _wait(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (IndexError, KeyError):
            pass
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s")


def test_run_once_makes_the_first_search_while_it_imports(imap_user, deliver, tmp_path, monkeypatch):
    """`run --once` on an inbox never read asks the inbox's SEARCH in its connecting
    thread; the sync takes that answer (one SEARCH of the inbox, not two) and reads
    the same mail as a sync that searches itself.  Once the inbox was read, the
    thread asks nothing and the sync searches by UID as always."""
    import signal

    from certmerge_mail.cli import main
    from certmerge_mail.cli import run as run_cli

    t = thread()
    for i in range(6):
        deliver(noise(i), internal_date=t["created"].date)
    deliver(t["created"].raw, internal_date=t["created"].date)
    deliver(t["confirm"].raw, internal_date=t["confirm"].date)
    settings = make_settings(imap_user, tmp_path)
    searches: list[tuple[str, int, str]] = []

    def spying(settings):
        mailbox = open_mailbox(settings)
        original = mailbox.search_new

        def search_new(folder, after_uid, any_of, since=None):
            searches.append((folder, after_uid, threading.current_thread().name))
            return original(folder, after_uid, any_of, since=since)

        mailbox.search_new = search_new
        return mailbox

    monkeypatch.setattr(run_cli, "open_mailbox", spying)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        assert main(["--config", settings.source_path, "run", "--once"]) == 0
        inbox = [s for s in searches if s[0] == "INBOX"]
        assert inbox == [("INBOX", 0, "connect")]  # asked once, by the connecting thread
        store = Store(settings.state_path)
        assert [r.status.state for r in case_reports(store, settings, t["confirm"].date + timedelta(hours=1))] \
            == ["awaiting_your_confirmation"]
        store.close()

        searches.clear()
        deliver(noise(50))
        assert main(["--config", settings.source_path, "run", "--once"]) == 0
        assert [s for s in searches if s[0] == "INBOX"] == [("INBOX", s[1], "MainThread") for s in searches
                                                            if s[0] == "INBOX"] != []
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def test_a_search_made_ahead_answers_only_the_same_question():
    from datetime import datetime, timezone

    from certmerge_mail.service.searching import INBOX_CRITERIA, Searched

    since = datetime(2025, 6, 1, tzinfo=timezone.utc)
    made = Searched("INBOX", 7, 0, tuple(INBOX_CRITERIA), since, (3, 9))
    assert made.answers("INBOX", 7, 0, list(INBOX_CRITERIA), since + timedelta(seconds=1))  # a moment later
    assert not made.answers("INBOX", 7, 0, list(INBOX_CRITERIA), since - timedelta(seconds=1))  # more asked
    assert not made.answers("INBOX", 8, 0, list(INBOX_CRITERIA), since)  # UIDVALIDITY changed
    assert not made.answers("Junk", 7, 0, list(INBOX_CRITERIA), since)
    assert not made.answers("INBOX", 7, 5, list(INBOX_CRITERIA), since)
    assert not made.answers("INBOX", 7, 0, [*INBOX_CRITERIA, ("SUBJECT", "12345678901")], since)
    assert not made.answers("INBOX", 7, 0, list(INBOX_CRITERIA), None)
