"""Issue "Draft the replies in English and let the user review them", end to end.

Every test runs the service against the real Dovecot of tests/conftest.py
(and, for `drafts send`, the real aiosmtpd server), with a fake clock: each
pass gets its `now`, nothing sleeps.  The Drafts and Sent folders are read
back through the test's own IMAP connection, found by their SPECIAL-USE
flags as a mail client would.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import sys
from datetime import datetime, timedelta, timezone

import pytest
from support import CASE, FORM, SUBJECT, T0, YOU, mail, make_settings, thread

from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import main
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.drafting import Drafter
from certmerge_mail.service.wiring import build_service
from servers import imap_connect

# The confirmation request arrives at T0+26h; the user's reply is due 12 hours later.
NOW = T0 + timedelta(hours=27)
KEEP, MERGE = "AWS01234567", "AWS07654321"


# --------------------------------------------------------------------------- helpers


def deliver_all(deliver, *mails):
    for m in mails:
        deliver(m.raw, folder=m.folder, internal_date=m.date)


@pytest.fixture
def open_case(imap_user, deliver, tmp_path):
    """Deliver a case's opening mail and a confirmation request (the thread's
    own, or the one given), and write the settings: returns (thread, settings)."""

    def open_case(confirm=None, **settings_kw):
        t = thread()
        deliver_all(deliver, t["created"], t["confirm"] if confirm is None else confirm)
        return t, make_settings(imap_user, tmp_path, **settings_kw)

    return open_case


def run_pass(settings, now, *, out=None):
    """One pass of a freshly started service (new Store, new connection): a restart."""
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=out if out is not None else (lambda _t: None))
    try:
        return service.cycle(now)
    finally:
        service.mailbox.logout()
        store.close()


def stored_drafts(settings, status=None):
    store = Store(settings.state_path)
    try:
        return store.drafts(status)
    finally:
        store.close()


def special_folder(client, flag: bytes) -> str:
    """The folder carrying a SPECIAL-USE flag (b"\\Drafts", b"\\Sent"), as a client finds it."""
    names = [name for flags, _delim, name in client.list_folders() if flag in flags]
    assert len(names) == 1, f"expected one folder flagged {flag!r}, got {names}"
    return names[0]


def folder_messages(user, flag: bytes = b"\\Drafts"):
    """[(uid, flags, parsed message)] of the folder with SPECIAL-USE `flag`."""
    with imap_connect(user) as client:
        client.select_folder(special_folder(client, flag), readonly=True)
        uids = client.search(["ALL"])
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
    return [(uid, set(data[uid][b"FLAGS"]),
             email.message_from_bytes(data[uid][b"BODY[]"], policy=email.policy.default))
            for uid in sorted(data)]


def body(msg) -> str:
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


def cli(capsys, settings, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--config", settings.source_path, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def case_json(capsys, settings, now) -> dict:
    code, out, _ = cli(capsys, settings, "cases", "--json", "--now", now.isoformat())
    assert code == 0
    cases = json.loads(out)
    assert [c["case_id"] for c in cases] == [CASE]
    return cases[0]


def with_header(m, name: str, value: str, *, name_suffix: str = ""):
    """`m` with one more header (the raw bytes rebuilt, everything else kept)."""
    msg = email.message_from_bytes(m.raw, policy=email.policy.default)
    msg[name] = value
    return type(m)(m.name + name_suffix, msg.as_bytes(), m.date, m.folder, m.message_id)


def confirm_body() -> str:
    msg = email.message_from_bytes(thread()["confirm"].raw, policy=email.policy.default)
    return msg.get_content()


def smtp_extra(server) -> str:
    return (f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "plain"\n'
            f'username = "{server.username}"\npassword = "{server.password}"\n')


# --------------------------------------------------------------------------- the draft itself


def test_confirmation_request_gets_one_english_reply_in_drafts(open_case, imap_user):
    """A verified confirmation request leaves exactly one threaded, English, \\Draft-flagged reply in Drafts."""
    t, settings = open_case()

    run_pass(settings, NOW)

    drafts = folder_messages(imap_user)
    assert len(drafts) == 1
    _uid, flags, msg = drafts[0]
    assert b"\\Draft" in flags
    assert msg["From"].addresses[0].addr_spec == YOU
    assert msg["From"].addresses[0].display_name == "Hanako Yamada"
    assert [a.addr_spec for a in msg["To"].addresses] == [FORM]  # no Reply-To: the agent's From
    assert msg["Subject"].upper().startswith("RE:")
    assert f"[CASE {CASE}]" in msg["Subject"]
    assert msg["In-Reply-To"] == t["confirm"].message_id
    assert msg["References"] == t["confirm"].message_id
    text = body(msg)
    assert text.startswith("Hello Maria,")
    assert f"Account to keep:\n  {KEEP}" in text
    assert f"Account to merge into it:\n  {MERGE}" in text
    assert "the merge cannot be undone" in text
    assert "Best regards,\nHanako Yamada" in text
    # the agent's message is quoted below the reply
    assert "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:" in text
    assert f"> Account to keep (primary): {KEEP} - hanako.yamada@example.jp" in text
    assert f"> Account to be merged: {MERGE} - h.yamada@old-employer.example.com" in text
    assert text.index("Best regards,\nHanako Yamada") < text.index("> Account to keep")
    [row] = stored_drafts(settings)
    assert (row.purpose, row.status, row.message_id) == ("confirmation", "in_drafts", msg["Message-ID"])


def test_draft_goes_to_the_agents_reply_to(open_case, imap_user):
    """When the agent's mail has a Reply-To, the draft is addressed to it rather than to From."""
    reply_to = f"case-{CASE}@support.amazon.com"
    _t, settings = open_case(with_header(thread()["confirm"], "Reply-To", reply_to))

    run_pass(settings, NOW)

    [(_uid, _flags, msg)] = folder_messages(imap_user)
    assert [a.addr_spec for a in msg["To"].addresses] == [reply_to]
    assert stored_drafts(settings)[0].to_addr == reply_to


# --------------------------------------------------------------------------- the guard


def _reversed_confirm():
    return mail("confirm-reversed", at=T0 + timedelta(hours=26), subject=SUBJECT, body=f"""
                Hello Hanako,

                Thank you for your patience. I located both of your certification accounts.
                {KEEP} will be merged into {MERGE}.

                Please note that once the accounts are merged, the merge cannot be undone.
                Kindly reply to this email to confirm that you would like us to proceed.

                Best regards,
                Maria
                Amazon Web Services
                """)


def _unknown_id_confirm():
    c = thread()["confirm"]
    return type(c)(c.name, c.raw.replace(MERGE.encode(), b"AWS99999999"), c.date, c.folder, c.message_id)


def _unread_confirm():
    return mail("confirm-unread", at=T0 + timedelta(hours=26), subject=SUBJECT, body=f"""
                Hello Hanako,

                I located both of your certification accounts, {KEEP} and {MERGE}.
                One of them will be retained and the other closed once we merge them.

                Kindly reply to this email to confirm that you would like us to proceed.

                Best regards,
                Maria
                Amazon Web Services
                """)


def test_unknown_account_gets_no_draft_but_a_warning(open_case, imap_user, capsys):
    """A request naming another account drafts nothing and warns with the difference."""
    _t, settings = open_case(_unknown_id_confirm())

    run_pass(settings, NOW)

    assert folder_messages(imap_user) == []
    assert stored_drafts(settings) == []
    case = case_json(capsys, settings, NOW)
    assert case["state"] == "awaiting_your_confirmation"
    assert "the agent names AWS99999999, which is not one of your configured accounts" in case["warnings"]


@pytest.mark.parametrize("make_confirm, purpose, status, says", [
    pytest.param(_reversed_confirm, "correction", "reversed",
                 f"Please do not proceed as written: the direction is reversed. {MERGE} is the account", id="reversed"),
    pytest.param(_unread_confirm, "clarify", "unread",
                 f"Before you proceed, to be certain, as the merge cannot be undone: please keep {KEEP} and merge "
                 f"{MERGE} into it.", id="unread"),
])
def test_a_direction_not_read_as_configured_gets_no_confirmation(open_case, imap_user, capsys, make_confirm, purpose,
                                                                 status, says):
    """Reversed: a correction draft; unread: a clarify draft.  Never the affirming
    confirmation; a warning on the case, and the direction in `cases --json`."""
    _t, settings = open_case(make_confirm())

    run_pass(settings, NOW)

    [draft] = stored_drafts(settings)
    assert draft.purpose == purpose
    [(_uid, flags, msg)] = folder_messages(imap_user)
    assert "\\Draft" in {f.decode() for f in flags}
    body = msg.get_body(("plain",)).get_content()
    assert says in body
    assert "The details are correct" not in body
    case = case_json(capsys, settings, NOW)
    assert case["direction"]["status"] == status
    assert case["direction"]["configured"] == {"keep": KEEP, "merge": [MERGE]}
    code = f"direction_{status}"
    assert any(("reversed" if status == "reversed" else "could not be read") in w for w in case["warnings"]), code

    code, out, _ = cli(capsys, settings, "digest", "--now", NOW.isoformat())
    arrow = f"{KEEP} → {MERGE}" if status == "reversed" else f"{MERGE} → {KEEP}"
    assert code == 0 and f"Direction: {arrow}" in out

    code, out, _ = cli(capsys, settings, "drafts", "show", str(draft.id))
    assert code == 0 and f"\nDirection: {arrow} (" in out
    code, out, _ = cli(capsys, settings, "drafts", "show", str(draft.id), "--json")
    assert code == 0 and json.loads(out)["direction"]["status"] == status


def test_every_account_difference_is_kept_as_a_warning(open_case, capsys):
    """All the differences the guard finds in one request reach the case, not just the first one.

    The agent swapped the merge account for an unknown one: that is two
    differences (an unknown id named, the user's merge account not named)."""
    _t, settings = open_case(_unknown_id_confirm())

    run_pass(settings, NOW)

    case = case_json(capsys, settings, NOW)
    assert sorted(case["warnings"]) == [
        "no reply is drafted: tell support which accounts to merge yourself",
        f"the agent does not name {MERGE} (your account to merge)",
        "the agent names AWS99999999, which is not one of your configured accounts",
    ]


def _dmarc_fail_confirm():
    c = thread()["confirm"]
    raw = c.raw.replace(b"dkim=pass", b"dkim=fail").replace(b"dmarc=pass", b"dmarc=fail")
    return type(c)(c.name, raw, c.date, c.folder, c.message_id)


def _lookalike_confirm():
    # The look-alike domain passes DMARC for ITSELF: that must not make it AWS.
    return mail("confirm-lookalike", at=T0 + timedelta(hours=26), subject=SUBJECT, body=confirm_body(),
                frm='"Amazon Web Services" <support@amazon-certification-support.com>',
                authres="amazon-certification-support.com")


@pytest.mark.parametrize("make_confirm", [
    pytest.param(_dmarc_fail_confirm, id="dmarc-fail"),
    pytest.param(_lookalike_confirm, id="lookalike-from"),
])
def test_spoofed_confirmation_request_gets_no_draft(open_case, imap_user, capsys, make_confirm):
    """A confirmation request that fails sender verification drafts nothing and leaves the case where it was."""
    _t, settings = open_case(make_confirm())

    run_pass(settings, NOW)

    assert folder_messages(imap_user) == []
    assert stored_drafts(settings) == []
    case = case_json(capsys, settings, NOW)
    assert case["state"] == "awaiting_support"
    assert any(w.startswith("suspicious mail:") for w in case["warnings"])


# --------------------------------------------------------------------------- exactly once


def test_second_pass_and_restart_make_no_second_draft(open_case, imap_user):
    """The same request is drafted once: not again on the next pass, nor after a restart."""
    _t, settings = open_case()

    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=lambda _t: None)
    try:
        service.cycle(NOW)
        service.cycle(NOW + timedelta(minutes=5))
    finally:
        service.mailbox.logout()
        store.close()
    run_pass(settings, NOW + timedelta(hours=1))  # a restart: new Service, new Store, same state file

    assert len(folder_messages(imap_user)) == 1
    assert [d.status for d in stored_drafts(settings)] == ["in_drafts"]


def test_deleted_draft_stays_deleted_but_a_new_request_gets_a_new_draft(open_case, imap_user, deliver):
    """A draft the user deleted is not put back; a new confirmation request from support is drafted anew."""
    t, settings = open_case()
    run_pass(settings, NOW)
    [(uid, _flags, _msg)] = folder_messages(imap_user)

    with imap_connect(imap_user) as client:
        client.select_folder(special_folder(client, b"\\Drafts"))
        client.add_flags([uid], [b"\\Deleted"])
        client.expunge()
    run_pass(settings, NOW + timedelta(hours=1))
    assert folder_messages(imap_user) == []

    again = mail("confirm-again", at=T0 + timedelta(hours=29), subject=SUBJECT, body=confirm_body())
    deliver_all(deliver, again)
    run_pass(settings, T0 + timedelta(hours=30))

    [(_uid, _flags, msg)] = folder_messages(imap_user)
    assert msg["In-Reply-To"] == again.message_id
    assert [(d.trigger, d.status) for d in stored_drafts(settings)] == [
        (t["confirm"].message_id, "superseded"), (again.message_id, "in_drafts")]


def _plan_only(settings, now):
    """A pass that crashed right after recording its draft: synced and planned, nothing appended."""
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=lambda _t: None)
    try:
        service.sync_once(now)
        created = Drafter(settings, store, service.mailbox).plan(now, service.case_reports(now))
    finally:
        service.mailbox.logout()
        store.close()
    assert len(created) == 1
    [draft] = stored_drafts(settings)
    assert draft.status == "pending"
    return draft


def test_crash_before_append_is_repaired_with_exactly_one_copy(open_case, imap_user):
    """A draft recorded but never appended (crash) reaches Drafts once on the next pass."""
    _t, settings = open_case()
    _plan_only(settings, NOW)
    assert folder_messages(imap_user) == []

    run_pass(settings, NOW + timedelta(minutes=1))

    assert len(folder_messages(imap_user)) == 1
    assert [d.status for d in stored_drafts(settings)] == ["in_drafts"]


def test_crash_after_append_before_marking_finds_the_draft_by_message_id(open_case, imap_user):
    """A draft appended but still 'pending' (crash before the status update) is found, not appended twice."""
    _t, settings = open_case()
    draft = _plan_only(settings, NOW)
    with imap_connect(imap_user) as client:
        client.append(special_folder(client, b"\\Drafts"), draft.raw, flags=(b"\\Draft",))
    [(uid, _flags, msg)] = folder_messages(imap_user)
    assert msg["Message-ID"] == draft.message_id

    run_pass(settings, NOW + timedelta(minutes=1))

    assert [u for u, _f, _m in folder_messages(imap_user)] == [uid]
    [row] = stored_drafts(settings)
    assert (row.status, row.imap_uid) == ("in_drafts", uid)


# --------------------------------------------------------------------------- review and send


def test_drafts_list_json_and_show(open_case, capsys):
    """`drafts`, `drafts --json` and `drafts show ID` show the drafted reply for review."""
    t, settings = open_case()
    run_pass(settings, NOW)
    [draft] = stored_drafts(settings)

    code, out, _ = cli(capsys, settings, "drafts")
    assert code == 0
    header, row = out.strip().splitlines()
    assert header.split()[:5] == ["ID", "CASE", "PURPOSE", "STATUS", "CREATED"]
    assert row.split()[:4] == [str(draft.id), CASE, "confirmation", "in_drafts"]
    assert "2025-11-04 19:20 JST" in row  # NOW (10:20 UTC) on the user's clock
    assert row.endswith(draft.subject)

    code, out, _ = cli(capsys, settings, "drafts", "--json")
    assert code == 0
    assert json.loads(out) == [{
        "id": draft.id, "case_id": CASE, "purpose": "confirmation", "status": "in_drafts",
        "created": "2025-11-04T10:20:30+00:00", "to": FORM, "subject": draft.subject,
        "message_id": draft.message_id,
    }]

    code, out, _ = cli(capsys, settings, "drafts", "show", str(draft.id))
    assert code == 0
    assert out.startswith(f"Draft {draft.id} (confirmation, case {CASE}, in_drafts)\n"
                          f"Direction: {MERGE} → {KEEP} (matches your configuration)\n")
    assert f"To: {FORM}\n" in out
    assert f"In-Reply-To: {t['confirm'].message_id}\n" in out
    assert f"Account to keep:\n  {KEEP}" in out

    code, out, _ = cli(capsys, settings, "drafts", "show", str(draft.id), "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["id"] == draft.id and f"Account to keep:\n  {KEEP}" in shown["text"]
    assert shown["direction"]["status"] == "matches"

    code, _out, err = cli(capsys, settings, "drafts", "show", "999")
    assert code == 2 and "no draft 999" in err


def test_drafts_send_yes_sends_saves_to_sent_and_moves_the_case(open_case, imap_user, capsys, smtp_server):
    """`drafts send ID --yes` sends the reviewed draft by SMTP to the agent, files it in Sent, and the case moves on."""
    _t, settings = open_case(extra=smtp_extra(smtp_server))
    run_pass(settings, NOW)
    [draft] = stored_drafts(settings)
    assert smtp_server.messages == []  # the service itself never sends

    code, out, _ = cli(capsys, settings, "drafts", "send", str(draft.id), "--yes")

    assert code == 0
    assert f"Sent to {FORM}" in out
    [sent] = smtp_server.messages
    assert sent.rcpt_tos == [FORM]
    assert sent.mail_from == YOU
    assert sent.auth_login == smtp_server.username
    assert sent.message["Message-ID"] == draft.message_id
    assert body(sent.message) == body(email.message_from_bytes(draft.raw, policy=email.policy.default))
    in_sent = folder_messages(imap_user, b"\\Sent")
    assert [m["Message-ID"] for _u, _f, m in in_sent] == [draft.message_id]
    assert b"\\Seen" in in_sent[0][1]
    assert [d.status for d in stored_drafts(settings)] == ["sent"]
    assert case_json(capsys, settings, NOW + timedelta(hours=1))["state"] == "awaiting_merge"

    # Sending it again is refused; nothing more goes out.
    code, _out, err = cli(capsys, settings, "drafts", "send", str(draft.id), "--yes")
    assert code != 0 and "already sent" in err
    assert len(smtp_server.messages) == 1


def test_drafts_send_dates_the_reply_when_it_is_sent(open_case, imap_user, capsys, smtp_server):
    """A draft sent days after it was made carries the sending time, and the merge wait starts then.

    `drafts send` has no --now: it sends at the real time, so this compares
    with the real clock (a draft made on 2025-11-04 is sent "today")."""
    _t, settings = open_case(extra=smtp_extra(smtp_server))
    run_pass(settings, NOW)
    [draft] = stored_drafts(settings)

    before = datetime.now(timezone.utc).replace(microsecond=0)
    code, _out, _err = cli(capsys, settings, "drafts", "send", str(draft.id), "--yes")
    after = datetime.now(timezone.utc)

    assert code == 0
    [sent] = smtp_server.messages
    assert before <= sent.message["Date"].datetime <= after
    [(_uid, _flags, copy)] = folder_messages(imap_user, b"\\Sent")
    assert before <= copy["Date"].datetime <= after
    case = case_json(capsys, settings, after)
    assert case["state"] == "awaiting_merge"
    assert datetime.fromisoformat(case["since"]) >= before  # merge_completion counts from the sending


def test_drafts_send_without_yes_refuses_on_non_tty_stdin(open_case, imap_user, capsys, smtp_server, monkeypatch):
    """Without --yes and without a terminal to ask on, `drafts send` refuses and sends nothing."""
    _t, settings = open_case(extra=smtp_extra(smtp_server))
    run_pass(settings, NOW)
    [draft] = stored_drafts(settings)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # even a "y" piped in is no confirmation

    code, _out, err = cli(capsys, settings, "drafts", "send", str(draft.id))

    assert code != 0
    assert "refusing to send without confirmation" in err
    assert smtp_server.messages == []
    assert folder_messages(imap_user, b"\\Sent") == []
    assert [d.status for d in stored_drafts(settings)] == ["in_drafts"]
    assert case_json(capsys, settings, NOW)["state"] == "awaiting_your_confirmation"


def test_reply_sent_from_the_mail_client_marks_the_draft_sent(open_case, imap_user, deliver, capsys):
    """The user's own reply in Sent moves the case to awaiting_merge, marks the draft sent, and stops the nudges."""
    t, settings = open_case()
    run_pass(settings, NOW)

    deliver_all(deliver, t["reply"])  # into "Sent", In-Reply-To the agent's mail, at T0+30h
    nudges = []
    run_pass(settings, T0 + timedelta(hours=31), out=nudges.append)

    assert case_json(capsys, settings, T0 + timedelta(hours=31))["state"] == "awaiting_merge"
    assert [d.status for d in stored_drafts(settings)] == ["sent"]
    # Past the confirmation's deadline (T0+38h): no nudge about it, no new draft.
    run_pass(settings, T0 + timedelta(hours=40), out=nudges.append)
    assert nudges == []
    store = Store(settings.state_path)
    try:
        assert store.db.execute("SELECT COUNT(*) FROM nudges").fetchone()[0] == 0
    finally:
        store.close()
    assert len(folder_messages(imap_user)) == 1


def test_information_request_gets_a_prefilled_information_draft(imap_user, deliver, tmp_path, capsys):
    """Support asking for details gets an information draft filled in from [[accounts]], gaps marked."""
    t = thread()
    ask = mail("ask-info", at=T0 + timedelta(hours=26), subject=SUBJECT, body="""
               Hello Hanako,

               Thank you for contacting us. Could you please provide the notification e-mail of each account?

               Best regards,
               Maria
               Amazon Web Services
               """)
    deliver_all(deliver, t["created"], ask)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, NOW)

    assert case_json(capsys, settings, NOW)["state"] == "awaiting_your_reply"
    [(_uid, flags, msg)] = folder_messages(imap_user)
    assert b"\\Draft" in flags
    assert msg["In-Reply-To"] == ask.message_id
    text = body(msg)
    assert f"Candidate ID: {KEEP}\n  Login e-mail: hanako.yamada@example.jp\n" \
           f"  Notification e-mail: hanako.yamada@example.jp" in text
    assert f"Candidate ID: {MERGE}\n  Login e-mail: h.yamada@old-employer.example.com\n" \
           f"  Notification e-mail: h.yamada@old-employer.example.com" in text
    assert "Certifications: AWS Certified Solutions Architect - Associate" in text
    assert "Reason for the merge: [PLEASE FILL IN: reason for the merge]" in text
    assert "> Thank you for contacting us. Could you please provide the notification e-mail of each account?" in text
    assert [(d.purpose, d.status) for d in stored_drafts(settings)] == [("information", "in_drafts")]
