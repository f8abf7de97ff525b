"""Round trips against the real test servers (Dovecot IMAP, aiosmtpd SMTP).

These tests check the harness itself: if they fail, every integration test
built on these fixtures would be meaningless.
"""

from __future__ import annotations

import email.policy
import smtplib
import socket
import ssl
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import imapclient
import pytest
from imapclient.exceptions import LoginError

from servers import DovecotServer, ImapUser, SmtpServer, deliver as deliver_to, imap_connect
from servers import dovecot as dovecot_module

PAST = datetime(2024, 3, 5, 9, 30, 15, tzinfo=timezone.utc)


def make_message(subject: str = "Your AWS Certification account merge request",
                 sender: str = "AWS Training and Certification <certification@example.com>",
                 to: str = "me@example.org", body: str = "Hello,\n\nWe merged your accounts.\n",
                 **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(PAST)
    msg["Message-ID"] = make_msgid(domain="example.com")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


# ---------------------------------------------------------------- IMAP basics


def test_deliver_then_search_and_fetch_without_marking_seen(imap_user: ImapUser, deliver):
    msg = make_message(X_Case_Id="Case 171234567")
    eml = msg.as_bytes()
    uid = deliver(eml, internal_date=PAST)
    other_uid = deliver(make_message(subject="Unrelated newsletter",
                                     sender="news@example.net").as_bytes())
    assert other_uid > uid

    with imap_connect(imap_user) as client:
        client.normalise_times = False  # keep INTERNALDATE's timezone
        info = client.select_folder("INBOX")
        assert info[b"EXISTS"] == 2

        assert client.search(["FROM", "certification@example.com"]) == [uid]
        assert client.search(["SUBJECT", "account merge"]) == [uid]
        assert client.search(["HEADER", "Message-ID", msg["Message-ID"]]) == [uid]
        assert client.search(["HEADER", "X-Case-Id", "171234567"]) == [uid]
        assert client.search(["SUBJECT", "no such subject"]) == []

        data = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE", "FLAGS"])[uid]
        assert data[b"BODY[]"] == eml.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        assert data[b"INTERNALDATE"] == PAST
        assert data[b"FLAGS"] == ()  # not \Seen; deliver() claimed \Recent too
        # BODY.PEEK really did not set \Seen.
        assert b"\\Seen" not in client.get_flags([uid])[uid]
        assert client.search(["UNSEEN"]) == [uid, other_uid]


def test_deliver_with_flags_into_another_folder(imap_user: ImapUser, deliver):
    uid = deliver(make_message(subject="sent by me").as_bytes(), folder="Sent",
                  flags=[r"\Seen"], internal_date=PAST - timedelta(days=3))
    with imap_connect(imap_user) as client:
        client.select_folder("Sent", readonly=True)
        assert client.search(["SEEN"]) == [uid]
        assert client.search(["BEFORE", PAST.date()]) == [uid]


def test_naive_internal_date_is_utc(imap_user: ImapUser, deliver):
    uid = deliver(make_message().as_bytes(), internal_date=PAST.replace(tzinfo=None))
    with imap_connect(imap_user) as client:
        client.normalise_times = False
        client.select_folder("INBOX", readonly=True)
        assert client.fetch([uid], ["INTERNALDATE"])[uid][b"INTERNALDATE"] == PAST


def test_special_use_folders(imap_user: ImapUser):
    with imap_connect(imap_user) as client:
        assert b"SPECIAL-USE" in client.capabilities()
        assert b"IDLE" in client.capabilities()
        folders = {name: flags for flags, _sep, name in client.list_folders()}
        assert {"INBOX", "Sent", "Drafts", "Trash"} <= set(folders)
        assert b"\\Sent" in folders["Sent"]
        assert b"\\Drafts" in folders["Drafts"]
        assert b"\\Trash" in folders["Trash"]
        assert client.find_special_folder(imapclient.imapclient.SENT) == "Sent"
        assert {name for _f, _s, name in client.list_sub_folders()} >= {"Sent", "Drafts",
                                                                        "Trash"}


def test_bad_password_is_refused(imap_user: ImapUser):
    started = time.monotonic()
    with imapclient.IMAPClient(imap_user.host, port=imap_user.port, ssl=False,
                               timeout=10) as client:
        with pytest.raises(LoginError):
            client.login(imap_user.username, imap_user.password + "x")
    with pytest.raises(LoginError):
        imap_connect(ImapUser(**{**imap_user.__dict__, "username": "nobody-here"}))
    # auth_failure_delay = 0 and no auth penalty on loopback: fast, and a
    # good login right after is not delayed either.
    with imap_connect(imap_user) as client:
        client.noop()
    assert time.monotonic() - started < 2


def test_users_are_isolated(dovecot: DovecotServer, imap_user: ImapUser, deliver):
    deliver(make_message().as_bytes())
    other = dovecot.add_user()
    assert other.username != imap_user.username
    with imap_connect(other) as client:
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    with pytest.raises(LoginError):
        imap_connect(ImapUser(**{**other.__dict__, "password": imap_user.password}))


def test_add_user_rejects_unsafe_names(dovecot: DovecotServer):
    with pytest.raises(ValueError):
        dovecot.add_user("a:b")
    with pytest.raises(ValueError):
        dovecot.add_user(password="two\nlines")
    with pytest.raises(ValueError):
        dovecot.add_user("../escape")


# ---------------------------------------------------------------- TLS


def test_imaps_verifies_against_ca_file(imap_user: ImapUser, deliver):
    deliver(make_message().as_bytes())
    context = ssl.create_default_context(cafile=str(imap_user.ca_file))
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    with imapclient.IMAPClient("127.0.0.1", port=imap_user.tls_port, ssl=True,
                               ssl_context=context, timeout=10) as client:
        client.login(imap_user.username, imap_user.password)
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 1
    # The certificate names localhost as well.
    with socket.create_connection((imap_user.host, imap_user.tls_port), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as tls_sock:
            assert tls_sock.recv(64).startswith(b"* OK")


def test_imaps_with_system_trust_store_fails(imap_user: ImapUser):
    with pytest.raises(ssl.SSLCertVerificationError):
        imapclient.IMAPClient("127.0.0.1", port=imap_user.tls_port, ssl=True,
                              ssl_context=ssl.create_default_context(), timeout=10)


def test_starttls_on_plain_port(imap_user: ImapUser):
    with imapclient.IMAPClient(imap_user.host, port=imap_user.port, ssl=False,
                               timeout=10) as client:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(imap_user.ssl_context())
        client.login(imap_user.username, imap_user.password)
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    with imap_connect(imap_user, starttls=True) as client:
        client.noop()
    with imap_connect(imap_user, tls=True) as client:
        client.noop()


# ---------------------------------------------------------------- IDLE


def test_idle_reports_new_mail(imap_user: ImapUser, deliver):
    with imap_connect(imap_user) as watcher:
        watcher.select_folder("INBOX", readonly=True)
        watcher.idle()
        try:
            deliver(make_message(subject="pushed").as_bytes())
            responses: list = []
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                responses += watcher.idle_check(timeout=0.5)
                if (1, b"EXISTS") in responses:
                    break
        finally:
            watcher.idle_done()
        assert (1, b"EXISTS") in responses


# ---------------------------------------------------------------- restart


def test_restart_keeps_mail_and_ports():
    with DovecotServer() as server:
        user = server.add_user()
        port, tls_port = server.port, server.tls_port
        uid = deliver_to(user, make_message(subject="before restart").as_bytes(),
                         internal_date=PAST)
        old_pid = server.pid

        connected = imap_connect(user)
        connected.select_folder("INBOX")
        server.restart()
        assert server.running and server.pid != old_pid
        assert dovecot_module._group_members(old_pid) == []
        with pytest.raises((imapclient.exceptions.IMAPClientAbortError, OSError)):
            connected.noop()  # the old session is gone, as after a real restart

        assert (server.port, server.tls_port) == (port, tls_port)
        with imap_connect(user) as client:
            client.select_folder("INBOX", readonly=True)
            assert client.search(["SUBJECT", "before restart"]) == [uid]
        with imap_connect(user, tls=True) as client:
            client.noop()
        new_pid = server.pid
    # Leaving the context manager stopped every process and removed the files.
    assert dovecot_module._group_members(new_pid) == []
    assert not server.base.exists()


# ---------------------------------------------------------------- UIDVALIDITY


def test_change_uidvalidity_keeps_messages(dovecot: DovecotServer, imap_user: ImapUser,
                                           deliver):
    messages = [make_message(subject=f"message {i}") for i in range(3)]
    uids = [deliver(m.as_bytes(), internal_date=PAST + timedelta(hours=i),
                    flags=[r"\Seen"] if i == 1 else []) for i, m in enumerate(messages)]
    with imap_connect(imap_user) as client:
        client.select_folder("INBOX")
        old_validity = client.folder_status("INBOX", ["UIDVALIDITY"])[b"UIDVALIDITY"]
        client.delete_messages([uids[0]])
        client.expunge()
    kept = messages[1:]

    watcher = imap_connect(imap_user)
    watcher.select_folder("INBOX", readonly=True)
    new_validity = dovecot.change_uidvalidity(imap_user, "INBOX")
    assert new_validity > old_validity
    with pytest.raises((imapclient.exceptions.IMAPClientAbortError, OSError)):
        watcher.noop()  # sessions are disconnected and must re-SELECT

    with imap_connect(imap_user) as client:
        client.normalise_times = False
        info = client.select_folder("INBOX", readonly=True)
        assert info[b"UIDVALIDITY"] == new_validity
        assert info[b"EXISTS"] == 2
        # (imapclient 4.1 cannot fetch "1:*": it int()s the message set.)
        fetched = client.fetch(client.search(["ALL"]), ["UID", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]",
                                       "INTERNALDATE", "FLAGS"])
        by_id = {data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].split(b":", 1)[1].strip().decode():
                 (uid, data) for uid, data in fetched.items()}
        assert set(by_id) == {m["Message-ID"] for m in kept}
        # Every message has a UID it never had before.
        assert not set(fetched) & set(uids)
        assert min(fetched) > max(uids)
        seen_uid, seen = by_id[kept[0]["Message-ID"]]
        assert b"\\Seen" in seen[b"FLAGS"]
        assert seen[b"INTERNALDATE"] == PAST + timedelta(hours=1)
        _, unseen = by_id[kept[1]["Message-ID"]]
        assert unseen[b"FLAGS"] == ()
    # New mail continues after the renumbered messages.
    new_uid = deliver(make_message(subject="after the change").as_bytes())
    assert new_uid > max(fetched)


def test_change_uidvalidity_other_folder_from_uid_1(dovecot: DovecotServer,
                                                    imap_user: ImapUser, deliver):
    ids = []
    for i in range(2):
        msg = make_message(subject=f"draft {i}")
        ids.append(msg["Message-ID"])
        deliver(msg.as_bytes(), folder="Sent")
    deliver(make_message(subject="inbox mail").as_bytes())
    with imap_connect(imap_user) as client:
        before = client.folder_status("INBOX", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    dovecot.change_uidvalidity(imap_user, "Sent", first_uid=1)
    with imap_connect(imap_user) as client:
        # INBOX is untouched.
        assert client.folder_status("INBOX", ["UIDVALIDITY"])[b"UIDVALIDITY"] == before
        client.select_folder("Sent", readonly=True)
        assert client.search(["ALL"]) == [1, 2]
        assert [client.search(["HEADER", "Message-ID", i]) for i in ids] == [[1], [2]]


# ---------------------------------------------------------------- setup errors


def test_missing_dovecot_is_an_error_not_a_skip(monkeypatch):
    monkeypatch.setattr(dovecot_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(dovecot_module.os, "access", lambda path, mode: False)
    with pytest.raises(RuntimeError, match="apt-get install dovecot-imapd"):
        dovecot_module.find_dovecot()


# ---------------------------------------------------------------- SMTP


def test_smtp_round_trip_with_auth(smtp_server: SmtpServer):
    msg = make_message(subject="Re: Case 171234567", sender="me@example.org",
                       to="support@example.com")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.ehlo()
        assert client.has_extn("auth")
        assert set(client.esmtp_features["auth"].split()) >= {"PLAIN", "LOGIN"}
        client.login(smtp_server.username, smtp_server.password)
        refused = client.sendmail("me@example.org", ["support@example.com", "cc@example.com"],
                                  msg.as_bytes(policy=email.policy.SMTP))
    assert refused == {}
    [received] = smtp_server.wait_for_messages(1)
    assert received.mail_from == "me@example.org"
    assert received.rcpt_tos == ["support@example.com", "cc@example.com"]
    assert received.auth_login == smtp_server.username
    assert received.message["Subject"] == "Re: Case 171234567"
    assert received.message["Message-ID"] == msg["Message-ID"]
    assert received.message.get_content() == msg.get_content()
    assert b"\r\nSubject: Re: Case 171234567\r\n" in received.data

    smtp_server.clear()
    assert smtp_server.messages == []


def test_smtp_auth_login_mechanism_and_starttls(smtp_server: SmtpServer):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.starttls(context=smtp_server.tls.client_context())
        client.ehlo()
        client.user, client.password = smtp_server.username, smtp_server.password
        code, _ = client.auth("LOGIN", client.auth_login)
        assert code == 235
        client.send_message(make_message(sender="me@example.org", to="you@example.com"))
    [received] = smtp_server.messages
    assert received.tls and received.auth_login == smtp_server.username


def test_smtp_bad_password_is_refused(smtp_server: SmtpServer):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPAuthenticationError) as excinfo:
            client.login(smtp_server.username, "wrong password")
        assert excinfo.value.smtp_code == 535
    # smtplib tries PLAIN, then LOGIN: both were refused.
    assert set(smtp_server.failed_logins) == {smtp_server.username}
    assert smtp_server.messages == []


def test_smtp_auth_required():
    with SmtpServer(auth_required=True) as server:
        with smtplib.SMTP(server.host, server.port, timeout=10) as client:
            with pytest.raises(smtplib.SMTPSenderRefused) as excinfo:
                client.sendmail("me@example.org", ["you@example.com"], b"Subject: x\r\n\r\nx\r\n")
            assert excinfo.value.smtp_code == 530
        assert server.messages == []


def test_sdbox_format_server_for_benchmarks():
    """The benchmark's default: Dovecot's own sdbox format, not Maildir."""
    with DovecotServer(mail_format="sdbox") as server:
        user = server.add_user()
        uid = deliver_to(user, b"From: a@example.com\r\nSubject: hello\r\n\r\nbody\r\n")
        with imap_connect(user) as client:
            client.select_folder("INBOX", readonly=True)
            assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"].endswith(b"body\r\n")
        assert "sdbox:" in server.config_path.read_text()
        assert not (user.maildir_path / "cur").exists()
    with pytest.raises(ValueError, match="mail_format"):
        DovecotServer(mail_format="mbox")
