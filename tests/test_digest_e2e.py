"""Issue "Nudge the user when a reply is overdue, and deliver a clear digest", end to end.

The service runs against the real Dovecot (and aiosmtpd) of tests/conftest.py
with a fake clock: every pass is given its `now`; nothing sleeps.  The case
is the thread of tests/support.py: its case_created mail is dated
2025-11-03 07:21:10 UTC, so with support_silence = 2d (the default) support's
reply is overdue from 2025-11-05 07:21:10 UTC (16:21 JST).
"""

from __future__ import annotations

import email
import email.policy
import json
import signal
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from support import CASE, T0, YOU, mail, settings_text, thread

from certmerge_mail import config
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import main
from certmerge_mail.service import open_mailbox, open_smtp
from certmerge_mail.service.wiring import build_service
from servers import free_port, imap_connect

UTC = timezone.utc
CREATED = thread()["created"]
DEADLINE = CREATED.date + timedelta(days=2)  # 2025-11-05T07:21:10Z
THREE_DAYS = T0 + timedelta(days=3)  # support silent for 3 days: overdue
NUDGE_SUBJECT = f"[certmerge-mail] Case {CASE}: support's reply overdue"


# --------------------------------------------------------------------------- helpers


def write_settings(user, tmp_path, *, extra: str = "", language: str = "en"):
    """config.toml for this test's mailbox (same file, same state on every call) and its Settings."""
    path = tmp_path / "config.toml"
    text = settings_text(user, tmp_path / "state.sqlite3", extra=extra)
    path.write_text(text.replace('language = "en"', f'language = "{language}"'))
    return config.load(path)


@contextmanager
def running(settings, *, smtp=None):
    """A started service (its own Store and IMAP connection) and the list its stdout channel writes to."""
    out: list[str] = []
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), smtp=smtp, out=out.append)
    try:
        yield service, out
    finally:
        service.mailbox.logout()
        store.close()


def one_pass(settings, now, *, smtp=None):
    """One pass of a freshly started service: (sync report, what reached stdout)."""
    with running(settings, smtp=smtp) as (service, out):
        return service.cycle(now), out


def db(settings, sql: str, *args):
    store = Store(settings.state_path)
    try:
        return store.db.execute(sql, args).fetchall()
    finally:
        store.close()


def outbox(settings):
    return [(kind, json.loads(pending), error)
            for kind, pending, error in db(settings, "SELECT kind, pending, last_error FROM outbox ORDER BY id")]


def inbox(user):
    """Every message in INBOX, parsed, in UID order."""
    with imap_connect(user) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        data = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    return [email.message_from_bytes(data[u][b"BODY[]"], policy=email.policy.default) for u in sorted(data)]


def case_json(capsys, settings, now) -> dict:
    capsys.readouterr()
    assert main(["--config", settings.source_path, "cases", "--json", "--now", now.isoformat()]) == 0
    [case] = json.loads(capsys.readouterr().out)
    assert case["case_id"] == CASE
    return case


def smtp_section(port: int, server) -> str:
    return (f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\n'
            f'username = "{server.username}"\npassword = "{server.password}"\n')


def created_at(when: datetime):
    """The case_created mail of the thread, written at `when` instead."""
    body = email.message_from_bytes(CREATED.raw, policy=email.policy.default).get_content()
    subject = f"[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance"
    return mail("created", at=when, subject=subject, body=body)


def deliver_created(deliver, m=CREATED):
    deliver(m.raw, internal_date=m.date)


# --------------------------------------------------------------------------- when to nudge


def test_silent_support_is_overdue_and_nudged_once_then_after_repeat(imap_user, deliver, tmp_path, capsys):
    """Support silent past support_silence: overdue in `cases`, one nudge, none an hour later, another after repeat."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path)

    with running(settings) as (service, out):
        service.cycle(THREE_DAYS)
        assert len(out) == 1
        assert out[0].startswith(NUDGE_SUBJECT + "\n\n")
        assert "Support has not replied since 2025-11-03 16:21 JST." in out[0]
        assert "OVERDUE since 2025-11-05 16:21 JST" in out[0]

        service.cycle(THREE_DAYS + timedelta(hours=1))
        assert len(out) == 1

        service.cycle(THREE_DAYS + timedelta(days=1))  # repeat = 1d after the first nudge
        assert len(out) == 2
        assert out[1].startswith(NUDGE_SUBJECT)

    case = case_json(capsys, settings, THREE_DAYS)
    assert case["state"] == "awaiting_support"
    assert case["overdue"] is True
    assert case["next_deadline"] == "2025-11-05T07:21:10+00:00"
    assert case_json(capsys, settings, DEADLINE - timedelta(seconds=1))["overdue"] is False
    assert [k for k, _p, _e in outbox(settings)] == ["nudge", "nudge"]
    assert all(pending == [] for _k, pending, _e in outbox(settings))


def test_quiet_hours_hold_the_nudge_until_they_end(imap_user, deliver, tmp_path):
    """A deadline at 23:00 JST inside quiet hours 22:00-08:00 is nudged at 08:00 JST, not before."""
    deliver_created(deliver, created_at(datetime(2025, 11, 3, 14, 0, tzinfo=UTC)))  # 23:00 JST
    settings = write_settings(imap_user, tmp_path, extra='[reminders]\nquiet_hours = "22:00-08:00"\n')
    deadline = datetime(2025, 11, 5, 14, 0, tzinfo=UTC)  # 23:00 JST
    morning = datetime(2025, 11, 5, 23, 0, tzinfo=UTC)  # 08:00 JST on the 6th

    with running(settings) as (service, out):
        for now in (deadline, deadline + timedelta(hours=4), morning - timedelta(minutes=1)):
            service.cycle(now)
            assert out == [], now
        assert service.notifier.next_wake(deadline) == morning
        service.cycle(morning)
        assert len(out) == 1
        assert "OVERDUE since 2025-11-05 23:00 JST" in out[0]
        assert "As of 2025-11-06 08:00 JST" in out[0]
        service.cycle(morning + timedelta(minutes=30))
        assert len(out) == 1


def test_restart_repeats_no_nudge(imap_user, deliver, tmp_path):
    """A nudge recorded before a restart is not sent again by the restarted service."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path)

    _report, first = one_pass(settings, THREE_DAYS)
    _report, after_restart = one_pass(settings, THREE_DAYS + timedelta(minutes=1))
    _report, later = one_pass(settings, THREE_DAYS + timedelta(hours=20))

    assert len(first) == 1
    assert after_restart == [] and later == []
    assert len(db(settings, "SELECT * FROM nudges")) == 1


def test_long_outage_gives_one_nudge_not_a_burst(imap_user, deliver, tmp_path):
    """First pass 10 days after the deadline: one nudge for the case, not one per missed repeat."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path)
    back = DEADLINE + timedelta(days=10)

    _report, out = one_pass(settings, back)
    assert len(out) == 1
    _report, out = one_pass(settings, back + timedelta(minutes=1))
    assert out == []
    _report, out = one_pass(settings, back + timedelta(days=1))
    assert len(out) == 1
    assert len(db(settings, "SELECT * FROM nudges")) == 2


# --------------------------------------------------------------------------- delivery channels


def test_nudge_delivered_to_the_inbox_is_not_ingested(imap_user, deliver, tmp_path):
    """deliver = ["mailbox"]: the nudge lands in INBOX marked X-Certmerge-Mail.  Its subject names the
    case, so the next pass reads it whole (phase one does not ask for X-Certmerge-Mail, a field mail
    clients never ask for and Dovecot then reads from every hit's file), knows it as ours and makes
    nothing of it: no event, no second nudge, and it is not read again."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path, extra='[digest]\ndeliver = ["mailbox"]\n')

    _report, out = one_pass(settings, THREE_DAYS)

    assert out == []  # not on stdout: only the configured channel
    created, nudge = inbox(imap_user)
    assert nudge["X-Certmerge-Mail"] == "nudge"
    assert nudge["Subject"] == NUDGE_SUBJECT
    assert [a.addr_spec for a in nudge["To"].addresses] == [YOU]
    events = db(settings, "SELECT kind, message_id FROM events")

    report, _out = one_pass(settings, THREE_DAYS + timedelta(minutes=1))

    assert report.by_kind == {"own": 1} and report.passed == 0
    assert db(settings, "SELECT kind, message_id FROM events") == events
    assert db(settings, "SELECT outcome FROM messages WHERE message_id = ?", nudge["Message-ID"]) == [
        ("own",)]
    assert len(inbox(imap_user)) == 2  # and no second nudge

    report, _out = one_pass(settings, THREE_DAYS + timedelta(minutes=2))
    assert report.by_kind == {} and report.fetched == 0


def test_smtp_channel_sends_multipart_alternative_to_you(imap_user, deliver, tmp_path, smtp_server):
    """deliver = ["smtp"]: the nudge goes through [smtp] to [you] emails as text + HTML."""
    deliver_created(deliver)
    extra = smtp_section(smtp_server.port, smtp_server) + '[digest]\ndeliver = ["smtp"]\n'
    settings = write_settings(imap_user, tmp_path, extra=extra)

    _report, out = one_pass(settings, THREE_DAYS, smtp=open_smtp(settings))

    assert out == []
    [received] = smtp_server.messages
    assert received.rcpt_tos == [YOU]
    assert received.auth_login == smtp_server.username
    msg = received.message
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"] == NUDGE_SUBJECT
    assert msg["X-Certmerge-Mail"] == "nudge"
    assert "Support has not replied since 2025-11-03 16:21 JST." in msg.get_body(("plain",)).get_content()
    assert "<html" in msg.get_body(("html",)).get_content()
    assert outbox(settings) == [("nudge", [], None)]


def test_run_once_delivers_the_nudge_through_smtp(imap_user, deliver, tmp_path, smtp_server, capsys):
    """`certmerge-mail run --once` with deliver = ["smtp"] and an [smtp] section sends the nudge by SMTP."""
    deliver_created(deliver)
    extra = smtp_section(smtp_server.port, smtp_server) + '[digest]\ndeliver = ["smtp"]\n'
    settings = write_settings(imap_user, tmp_path, extra=extra)

    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = main(["--config", settings.source_path, "run", "--once", "--now", THREE_DAYS.isoformat()])
    finally:  # `run` installs its own SIGINT/SIGTERM handlers: give pytest its own back
        for sig, handler in handlers.items():
            signal.signal(sig, handler)

    assert code == 0
    assert outbox(settings) == [("nudge", [], None)]
    assert [m.message["Subject"] for m in smtp_server.messages] == [NUDGE_SUBJECT]


def test_file_channel_and_failed_smtp_retried_later_nothing_lost(imap_user, deliver, tmp_path, smtp_server):
    """deliver = ["file", "smtp"] with SMTP down: the file gets the nudge, SMTP stays pending and is sent once it is up."""
    deliver_created(deliver)
    digest_file = tmp_path / "digest.txt"
    channels = f'[digest]\ndeliver = ["file", "smtp"]\nfile = "{digest_file}"\n'
    down = write_settings(imap_user, tmp_path, extra=smtp_section(free_port(), smtp_server) + channels)

    _report, _out = one_pass(down, THREE_DAYS, smtp=open_smtp(down))

    written = digest_file.read_text(encoding="utf-8")
    assert written.startswith(f"===== {NUDGE_SUBJECT} =====\n")
    assert "Support has not replied since 2025-11-03 16:21 JST." in written
    assert smtp_server.messages == []
    [(kind, pending, error)] = outbox(down)
    assert (kind, pending) == ("nudge", ["smtp"])
    assert error.startswith("smtp: ")

    up = write_settings(imap_user, tmp_path, extra=smtp_section(smtp_server.port, smtp_server) + channels)
    _report, _out = one_pass(up, THREE_DAYS + timedelta(hours=1), smtp=open_smtp(up))

    assert [m.message["Subject"] for m in smtp_server.messages] == [NUDGE_SUBJECT]
    assert [(k, p) for k, p, _e in outbox(up)] == [("nudge", [])]
    assert digest_file.read_text(encoding="utf-8") == written  # the file is not written twice
    assert len(db(up, "SELECT * FROM nudges")) == 1


# --------------------------------------------------------------------------- the digest command


def test_digest_command_prints_english_and_japanese(imap_user, deliver, tmp_path, capsys):
    """`digest --now` prints the digest of every case: in English, and in Japanese with language = "ja"."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path)
    one_pass(settings, THREE_DAYS)
    argv = ["--config", settings.source_path, "digest", "--now", "2025-11-10T00:00:00Z"]

    capsys.readouterr()
    assert main(argv) == 0
    english = capsys.readouterr().out
    assert english.startswith("Subject: [certmerge-mail] Daily digest: 1 case, 1 overdue\n\n"
                              "certmerge-mail daily digest\nAs of 2025-11-10 09:00 JST / 1 case, 1 overdue\n")
    assert f"== Case {CASE}: Waiting for support to reply ==" in english
    assert "!! OVERDUE since 2025-11-05 16:21 JST" in english

    write_settings(imap_user, tmp_path, language="ja")
    assert main(argv) == 0
    japanese = capsys.readouterr().out
    assert japanese.startswith("Subject: [certmerge-mail] 日次ダイジェスト: ケース 1 件（期限切れ 1 件）\n")
    assert "2025-11-10 09:00 JST 時点" in japanese
    assert "期限切れ（2025-11-05 16:21 JST から）" in japanese

    assert main(argv + ["--html"]) == 0
    html = capsys.readouterr().out
    assert html.lstrip().startswith("<!DOCTYPE html>") and '<html lang="ja">' in html


def test_digest_delivered_to_the_inbox_is_not_ingested(imap_user, deliver, tmp_path, capsys):
    """`digest --deliver` to the mailbox appends a marked digest to INBOX, which the next pass never ingests
    (passed on its header fields, never downloaded)."""
    deliver_created(deliver)
    settings = write_settings(imap_user, tmp_path, extra='[digest]\ndeliver = ["mailbox"]\n')
    now = T0 + timedelta(days=1)  # not overdue yet: no nudge in the way
    one_pass(settings, now)
    events = db(settings, "SELECT kind, message_id FROM events")

    capsys.readouterr()
    assert main(["--config", settings.source_path, "digest", "--deliver", "--now", now.isoformat()]) == 0
    created, digest = inbox(imap_user)
    assert digest["X-Certmerge-Mail"] == "digest"
    assert digest["Subject"] == "[certmerge-mail] Daily digest: 1 case, none overdue"
    assert digest.get_content_type() == "multipart/alternative"

    report, _out = one_pass(settings, now + timedelta(minutes=5))

    assert report.by_kind == {} and report.passed == 1
    assert db(settings, "SELECT kind, message_id FROM events") == events
    assert db(settings, "SELECT folder FROM messages WHERE message_id = ?", digest["Message-ID"]) == []
    assert outbox(settings) == [("digest", [], None)]


def test_digest_json(tmp_path, capsys):
    """`digest --json` gives the subject, text and HTML for scripting (no server needed)."""
    import json as _json

    from certmerge_mail.cli import main as _main

    path = tmp_path / "config.toml"
    path.write_text(f'[you]\nname = "H"\nemails = ["h@example.jp"]\n[state]\npath = "{tmp_path / "s.db"}"\n'
                    '[[accounts]]\ncandidate_id = "AWS01234567"\nrole = "keep"\nlogin_email = "h@example.jp"\n'
                    '[[accounts]]\ncandidate_id = "AWS07654321"\nrole = "merge"\nlogin_email = "old@example.com"\n')
    assert _main(["--config", str(path), "digest", "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    assert set(data) == {"subject", "text", "html"} and "<html" in data["html"].lower()
