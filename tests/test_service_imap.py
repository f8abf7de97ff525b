"""The service against a real Dovecot: whole threads, any order, read-only."""

from __future__ import annotations

import json

import pytest
from support import CASE, make_settings, thread

from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import main
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service
from servers import imap_connect


def run_once(settings):
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    try:
        report = service.cycle()
        return report, service.case_reports(), store
    finally:
        service.mailbox.logout()


def deliver_all(deliver, mails):
    for m in mails:
        deliver(m.raw, folder=m.folder, internal_date=m.date)


def test_whole_thread_in_order(imap_user, deliver, tmp_path):
    t = thread()
    deliver_all(deliver, [t[n] for n in ("created", "newsletter", "confirm", "phishing", "reply",
                                         "completed", "survey", "badge")])
    settings = make_settings(imap_user, tmp_path)
    report, cases, store = run_once(settings)
    assert [c.case_id for c in cases] == [CASE]
    case = cases[0]
    assert case.status.state == "done"
    kinds = [e.kind for e in case.events]
    assert kinds == ["case_created", "merge_confirmation_requested", "merge_confirmation_requested",
                     "your_reply", "merge_completed", "survey", "credly_badge_issued"]
    assert [e.verified for e in case.events].count(False) == 1  # the phishing mail, not counted
    assert any("suspicious" in w.text for w in case.warnings)
    assert report.by_kind.get("unrelated", 0) >= 1  # the newsletter


def test_thread_state_step_by_step(imap_user, deliver, tmp_path):
    t = thread()
    settings = make_settings(imap_user, tmp_path)
    expected = [("created", "awaiting_support"), ("confirm", "awaiting_your_confirmation"),
                ("reply", "awaiting_merge"), ("completed", "awaiting_badges"), ("survey", "awaiting_badges"),
                ("badge", "done")]
    for name, state in expected:
        deliver_all(deliver, [t[name]])
        _, cases, store = run_once(settings)
        assert cases[0].status.state == state, name
        store.close()


def test_out_of_order_delivery(imap_user, deliver, tmp_path):
    t = thread()
    # The badge and the completion arrive before the confirmation request and the case_created mail.
    deliver_all(deliver, [t[n] for n in ("badge", "completed", "confirm", "created", "reply")])
    _, cases, _ = run_once(make_settings(imap_user, tmp_path))
    assert cases[0].status.state == "done"


def test_spoofed_mail_changes_no_case(imap_user, deliver, tmp_path):
    t = thread()
    spoofed_done = t["completed"].raw.replace(b"dkim=pass", b"dkim=fail").replace(b"dmarc=pass", b"dmarc=fail")
    deliver_all(deliver, [t["created"]])
    deliver(spoofed_done)
    _, cases, store = run_once(make_settings(imap_user, tmp_path))
    assert cases[0].status.state == "awaiting_support"
    assert any(w.code == "suspicious" for w in store.warnings())


def test_users_mail_flags_unchanged_and_nothing_moved(imap_user, deliver, tmp_path):
    t = thread()
    deliver_all(deliver, t.values())
    client = imap_connect(imap_user)
    def snapshot():
        out = {}
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search()
            out[folder] = client.fetch(uids, ["FLAGS"]) if uids else {}
        # \\Recent belongs to the session, not to the message: leave it out.
        return {f: {u: sorted(x for x in v[b"FLAGS"] if x != b"\\Recent") for u, v in d.items()} for f, d in out.items()}
    before = snapshot()
    run_once(make_settings(imap_user, tmp_path))
    assert snapshot() == before
    assert all(not flags for flags in before["INBOX"].values())  # still unread


def test_second_run_repeats_nothing(imap_user, deliver, tmp_path):
    t = thread()
    deliver_all(deliver, [t[n] for n in ("created", "confirm")])
    settings = make_settings(imap_user, tmp_path)
    first, _, store = run_once(settings)
    events = len(store.events(CASE))
    drafts = len(store.drafts())
    second, _, store = run_once(settings)
    assert second.processed == 0
    assert len(store.events(CASE)) == events and len(store.drafts()) == drafts == 1


def test_uidvalidity_change_resyncs_without_repeating(imap_user, deliver, dovecot, tmp_path):
    t = thread()
    deliver_all(deliver, [t[n] for n in ("created", "confirm")])
    settings = make_settings(imap_user, tmp_path)
    run_once(settings)
    dovecot.change_uidvalidity(imap_user, "INBOX")
    deliver_all(deliver, [t["completed"]])
    report, cases, store = run_once(settings)
    assert cases[0].status.state == "awaiting_badges"
    assert [e.kind for e in store.events(CASE)].count("merge_confirmation_requested") == 1
    assert [d.purpose for d in store.drafts()].count("confirmation") == 1
    assert report.by_kind.get("duplicate") == 2


def test_cases_json(imap_user, deliver, tmp_path, capsys):
    t = thread()
    deliver_all(deliver, [t[n] for n in ("created", "confirm", "phishing")])
    settings = make_settings(imap_user, tmp_path)
    run_once(settings)
    capsys.readouterr()  # the pass printed its nudges (stdout channel)
    assert main(["--config", str(tmp_path / "config.toml"), "cases", "--json", "--now", "2025-11-10T00:00:00Z"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["case_id"] == CASE
    assert data[0]["state"] == "awaiting_your_confirmation"
    assert data[0]["overdue"] is True
    assert data[0]["next_deadline"].startswith("2025-11-04T21:20")
    assert {"kind", "at", "message_id"} <= set(data[0]["events"][0])
    assert any("suspicious" in w for w in data[0]["warnings"])
    assert main(["--config", str(tmp_path / "config.toml"), "cases"]) == 0
    assert CASE in capsys.readouterr().out


def test_first_sync_reads_only_the_lookback_window(imap_user, deliver, tmp_path):
    """Mail that arrived before [imap] lookback is never read; later syncs read by UID."""
    from datetime import timedelta

    from support import settings_text

    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)  # arrived long ago
    path = tmp_path / "config.toml"
    path.write_text(settings_text(imap_user, tmp_path / "state.sqlite3").replace('lookback = "3650d"', 'lookback = "30d"'))
    from certmerge_mail import config

    settings = config.load(path)
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    report = service.cycle(t["created"].date + timedelta(days=60))
    assert report.fetched == 0 and store.cases() == []
    deliver(t["confirm"].raw)  # new mail is read by UID, whatever its date
    service.cycle(t["created"].date + timedelta(days=60))
    assert [c.case_id for c in store.cases()] == [CASE]


@pytest.mark.parametrize("within", [True, False])
def test_lookback_search_with_and_without_within(imap_user, deliver, tmp_path, within):
    """YOUNGER where the server has WITHIN, SINCE where it lacks it: the same mail either way."""
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    old = deliver(b"From: no-reply-aws@amazon.com\r\nSubject: [CASE 1] merge\r\n\r\nold", internal_date=now - timedelta(days=40))
    edge = deliver(b"From: no-reply-aws@amazon.com\r\nSubject: [CASE 2] merge\r\n\r\nedge", internal_date=now - timedelta(days=29))
    new = deliver(b"From: no-reply-aws@amazon.com\r\nSubject: [CASE 3] merge\r\n\r\nnew", internal_date=now)
    mailbox = open_mailbox(make_settings(imap_user, tmp_path))
    mailbox.connect()
    if not within:
        mailbox.has_capability = lambda name: name != "WITHIN" and type(mailbox).has_capability(mailbox, name)
    try:
        mailbox.examine("INBOX")
        assert mailbox.has_capability("WITHIN") is within
        uids = mailbox.search_new("INBOX", 0, [("FROM", "amazon")], since=now - timedelta(days=30))
        assert old not in uids and {edge, new} <= set(uids)
        # A `since` ahead of the server's clock (a simulated --now) falls back to SINCE.
        assert mailbox.search_new("INBOX", 0, [("FROM", "amazon")], since=now + timedelta(days=2)) == []
    finally:
        mailbox.logout()


def test_broken_mail_never_stops_the_service(imap_user, deliver, tmp_path):
    """Garbage, a truncated multipart and a header-only mail are recorded; the case mail after them is processed."""
    t = thread()
    deliver(b"From: amazon <\xff\xfe@@>\r\nSubject: =?utf-8?B?broken?= case\r\n\r\n\x00\x01\x02" * 3)
    deliver(b"From: aws@amazon.com\r\nSubject: case\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n")
    deliver(b"From: no-reply-aws@amazon.com\r\nSubject: [CASE 1] merge\r\n\r\n")
    deliver(t["created"].raw)
    report, cases, store = run_once(make_settings(imap_user, tmp_path))
    assert report.processed == 4
    assert [c.case_id for c in cases] == [CASE]


def test_commands_go_out_without_waiting_for_acks(imap_user, tmp_path):
    """TCP_NODELAY: imapclient writes a command and its CRLF apart, and with
    Nagle's algorithm the CRLF waited for the server's delayed ACK (42 ms a SEARCH
    through a loopback proxy)."""
    import socket

    mailbox = open_mailbox(make_settings(imap_user, tmp_path))
    mailbox.connect()
    try:
        assert mailbox.client.socket().getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        mailbox.logout()


def test_run_once_reports_what_its_early_connection_met(imap_user, tmp_path, capsys):
    """`run --once` logs in and opens the inbox in a thread while it imports the
    service: a refused login or a missing inbox is reported as before."""
    from support import settings_text

    wrong = tmp_path / "wrong.toml"
    wrong.write_text(settings_text(imap_user, tmp_path / "a.sqlite3").replace(
        f'password = "{imap_user.password}"', 'password = "not-the-password"'))
    assert main(["--config", str(wrong), "run", "--once"]) == 3
    assert "refused the login" in capsys.readouterr().err

    missing = tmp_path / "missing.toml"
    missing.write_text(settings_text(imap_user, tmp_path / "b.sqlite3").replace(
        "[imap]\n", '[imap]\ninbox = "Nowhere"\n'))
    assert main(["--config", str(missing), "run", "--once"]) == 2
    assert "the server refuses the folder 'Nowhere'" in capsys.readouterr().err
