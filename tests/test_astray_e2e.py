"""Issue 17, "When the case goes astray", end to end against the real Dovecot
(whose test server marks a Junk folder with SPECIAL-USE \\Junk) with a fake clock.

- a submitted request with no acknowledgement goes overdue after an hour, with the diagnosis;
- an acknowledgement in Junk opens the case, with a warning and a nudge, and nothing in Junk changes;
- a second case with progress supersedes the first, and the old case's nudges stop.
"""

from __future__ import annotations

import email
import email.policy
import json
from datetime import timedelta

from support import CASE, T0, mail, thread
from test_digest_e2e import db, one_pass, running, write_settings

from certmerge_mail.cli import main
from servers import imap_connect

CREATED = thread()["created"]
CONFIRM = thread()["confirm"]
HOUR = timedelta(hours=1)


def cases_json(capsys, settings, now) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", settings.source_path, "cases", "--json", "--now", now.isoformat()]) == 0
    return json.loads(capsys.readouterr().out)


def digest_text(capsys, settings, now) -> str:
    capsys.readouterr()
    assert main(["--config", settings.source_path, "digest", "--now", now.isoformat()]) == 0
    return capsys.readouterr().out


def folder_snapshot(user, folder):
    """(uid, flags, bytes) of every message in `folder`, read without changing anything."""
    with imap_connect(user) as client:
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
    return sorted((u, tuple(sorted(data[u][b"FLAGS"])), data[u][b"BODY[]"]) for u in data)


# --------------------------------------------------------------------------- the request before the case


def test_a_submitted_request_goes_overdue_after_an_hour_with_the_diagnosis(imap_user, deliver, tmp_path, capsys):
    settings = write_settings(imap_user, tmp_path)
    assert main(["--config", settings.source_path, "request", "--submitted", "--at", T0.isoformat()]) == 0
    assert "request 1 recorded" in capsys.readouterr().out

    [entry] = cases_json(capsys, settings, T0 + timedelta(minutes=30))
    assert entry["case_id"] is None
    assert entry["state"] == "awaiting_acknowledgement"
    assert entry["accounts"] == ["AWS01234567", "AWS07654321"]
    assert entry["overdue"] is False
    assert entry["next_deadline"] == (T0 + HOUR).isoformat()
    assert cases_json(capsys, settings, T0 + HOUR)[0]["overdue"] is True

    # The service at the deadline, with nothing in the mailbox: one nudge, saying what to check.
    with running(settings) as (service, out):
        service.cycle(T0 + timedelta(minutes=59))
        assert out == []
        service.cycle(T0 + HOUR + timedelta(minutes=1))
        assert len(out) == 1
        nudge = out[0]
        service.cycle(T0 + 2 * HOUR)
        assert len(out) == 1  # not repeated before [reminders] repeat
    assert nudge.startswith("[certmerge-mail] Your merge request: no acknowledgement of your request")
    assert "the contact e-mail you gave on the form (hanako.yamada@example.jp)" in nudge
    assert "AWS01234567: hanako.yamada@example.jp" in nudge
    assert "AWS07654321: h.yamada@old-employer.example.com" in nudge
    assert "your Junk folder" in nudge

    table = (capsys.readouterr(), main(["--config", settings.source_path, "cases", "--now",
                                        (T0 + 2 * HOUR).isoformat()]), capsys.readouterr().out)[2]
    assert "(request 1)" in table and "awaiting_acknowledgement" in table and "OVERDUE" in table
    assert "Your request sent 2025-11-03 16:20 JST: Waiting for the case's acknowledgement" in \
        digest_text(capsys, settings, T0 + 2 * HOUR)

    # The acknowledgement arrives (late): the case takes the request over.
    deliver(CREATED.raw, internal_date=CREATED.date)
    one_pass(settings, T0 + 3 * HOUR)
    [case] = cases_json(capsys, settings, T0 + 3 * HOUR)
    assert case["case_id"] == CASE
    assert case["state"] == "awaiting_support"
    assert case["request_submitted"] == T0.isoformat()
    digest = digest_text(capsys, settings, T0 + 3 * HOUR)
    assert "Your request sent" not in digest
    assert "You sent the contact form" in digest  # in the case's timeline


def test_the_request_in_japanese(imap_user, tmp_path, capsys):
    settings = write_settings(imap_user, tmp_path, language="ja")
    assert main(["--config", settings.source_path, "request", "--submitted", "--at", T0.isoformat()]) == 0
    digest = digest_text(capsys, settings, T0 + 2 * HOUR)
    assert "ケース受付メール待ち" in digest
    assert "迷惑メールフォルダ" in digest


def test_request_at_must_be_a_date(imap_user, tmp_path, capsys):
    settings = write_settings(imap_user, tmp_path)
    assert main(["--config", settings.source_path, "request", "--submitted", "--at", "yesterday"]) == 2
    assert "--at 'yesterday' is not an ISO-8601 date" in capsys.readouterr().err


# --------------------------------------------------------------------------- Junk, read-only


def test_an_acknowledgement_in_junk_opens_the_case_with_a_warning_and_nothing_moves(imap_user, deliver, tmp_path,
                                                                                     capsys):
    phishing = thread()["phishing"]
    deliver(CREATED.raw, folder="Junk", internal_date=CREATED.date)
    deliver(phishing.raw, folder="Junk", internal_date=phishing.date)
    before = folder_snapshot(imap_user, "Junk")
    assert len(before) == 2 and all(b"\\Seen" not in flags for _u, flags, _b in before)
    settings = write_settings(imap_user, tmp_path)

    with running(settings) as (service, out):
        service.cycle(T0 + HOUR)
        assert service.folders.junk == "Junk"
        service.cycle(T0 + 2 * HOUR)
    assert folder_snapshot(imap_user, "Junk") == before  # nothing moved, no flag changed
    assert folder_snapshot(imap_user, "INBOX") == []

    [case] = cases_json(capsys, settings, T0 + HOUR)
    assert case["case_id"] == CASE and case["state"] == "awaiting_support"
    junk = [w for w in case["warnings"] if "Junk folder (Junk)" in w]
    assert len(junk) == 1 and "mark it as not spam" in junk[0]
    # the forged mail in Junk is checked the same way: suspicious, not counted, no Junk warning of its own
    assert any("suspicious mail" in w for w in case["warnings"])
    assert [e["verified"] for e in case["events"]] == [True, False]

    # one nudge, at once, and only once
    assert len(out) == 1
    assert out[0].startswith(f"[certmerge-mail] Case {CASE}: support's mail is in your Junk folder")
    assert "mark it as not spam" in out[0]
    digest = digest_text(capsys, settings, T0 + HOUR)
    assert "Support's mail for case" in digest
    assert digest.count("Junk folder") == 1  # said once, in the card's note, not again among the warnings
    rows = db(settings, "SELECT folder, kind FROM messages ORDER BY id")
    assert rows == [("Junk", "case_created"), ("Junk", "merge_confirmation_requested")]


def test_a_configured_junk_folder_is_used(imap_user, deliver, tmp_path, capsys):
    with imap_connect(imap_user) as client:
        client.create_folder("Spam")
    deliver(CREATED.raw, folder="Spam", internal_date=CREATED.date)
    settings = write_settings(imap_user, tmp_path, extra="")
    text = open(settings.source_path).read().replace('lookback = "3650d"', 'lookback = "3650d"\njunk = "Spam"')
    open(settings.source_path, "w").write(text)
    settings = write_settings.__globals__["config"].load(settings.source_path)
    with running(settings) as (service, _out):
        service.cycle(T0 + HOUR)
        assert service.folders.junk == "Spam"
    [case] = cases_json(capsys, settings, T0 + HOUR)
    assert any("Junk folder (Spam)" in w for w in case["warnings"])


# --------------------------------------------------------------------------- one merge, one story


CASE2 = str(int((T0 + timedelta(days=8)).timestamp())) + "00456"
SUBJECT2 = f"RE:[CASE {CASE2}] [AWS Training and Certification Form Submission] - account-assistance"


def second_case():
    body = email.message_from_bytes(CREATED.raw, policy=email.policy.default).get_content().replace(CASE, CASE2)
    created = mail("created2", at=T0 + timedelta(days=8, seconds=40),
                   subject=f"[CASE {CASE2}] [AWS Training and Certification Form Submission] - account-assistance",
                   body=body)
    confirm_body = email.message_from_bytes(CONFIRM.raw, policy=email.policy.default).get_content()
    confirm = mail("confirm2", at=T0 + timedelta(days=9), subject=SUBJECT2, body=confirm_body)
    return created, confirm


def test_a_second_case_with_progress_supersedes_the_first_and_its_nudges_stop(imap_user, deliver, tmp_path, capsys):
    deliver(CREATED.raw, internal_date=CREATED.date)
    settings = write_settings(imap_user, tmp_path)
    created2, confirm2 = second_case()
    with running(settings) as (service, out):
        service.cycle(T0 + timedelta(days=3))
        assert len(out) == 1 and out[0].startswith(f"[certmerge-mail] Case {CASE}: support's reply overdue")

        deliver(created2.raw, internal_date=created2.date)
        service.cycle(T0 + timedelta(days=8, hours=1))
        by_id = {c["case_id"]: c for c in cases_json(capsys, settings, T0 + timedelta(days=8, hours=1))}
        assert by_id[CASE]["merge_group"]["cases"] == [CASE2, CASE]
        assert by_id[CASE]["state"] == "awaiting_support"  # the newer case has no answer yet
        nudges = len(out)

        deliver(confirm2.raw, internal_date=confirm2.date)
        service.cycle(T0 + timedelta(days=9, hours=1))
        service.cycle(T0 + timedelta(days=12))
        late = out[nudges:]
    assert not any(f"Case {CASE}:" in n for n in late)  # the old case is never nudged again
    by_id = {c["case_id"]: c for c in cases_json(capsys, settings, T0 + timedelta(days=12))}
    old, new = by_id[CASE], by_id[CASE2]
    assert old["state"] == "superseded" and old["overdue"] is False and old["next_deadline"] is None
    assert old["merge_group"] == {"name": "merge:AWS01234567+AWS07654321", "cases": [CASE2, CASE],
                                  "superseded_by": CASE2}
    assert new["state"] == "awaiting_your_confirmation" and new["merge_group"]["superseded_by"] is None
    # no follow-up drafted for the superseded case
    # the old case's follow-up, drafted while it was the one followed, is no longer needed; none is drafted after
    assert db(settings, "SELECT case_id, purpose, status FROM drafts ORDER BY id") == [
        (CASE, "follow_up", "superseded"), (CASE2, "confirmation", "in_drafts")]

    digest = digest_text(capsys, settings, T0 + timedelta(days=12))
    assert digest.index(f"Case {CASE2}") < digest.index(f"Case {CASE}:")
    assert f"One merge, 2 cases (newest first): {CASE2}, {CASE}." in digest
    assert f"Superseded by {CASE2}" in digest
    capsys.readouterr()
    assert main(["--config", settings.source_path, "cases", "--now", (T0 + timedelta(days=12)).isoformat()]) == 0
    table = capsys.readouterr().out
    assert f"one merge, 2 cases (newest first): {CASE2}, {CASE}" in table
    assert f"superseded by {CASE2}" in table


def test_a_mail_naming_no_case_goes_to_the_live_case_not_the_superseded_one(imap_user, deliver, tmp_path, capsys):
    created2, confirm2 = second_case()
    for m in (CREATED, created2, confirm2):
        deliver(m.raw, internal_date=m.date)
    settings = write_settings(imap_user, tmp_path)
    one_pass(settings, T0 + timedelta(days=9, hours=1))
    nocase = mail("nocase", at=T0 + timedelta(days=10), subject="Your certification account merge", body="""
                  Hello Hanako,

                  Thank you for your patience. We are still working on merging your accounts AWS01234567 and
                  AWS07654321. We will update you as soon as possible.

                  Best regards,
                  Maria
                  Amazon Web Services
                  """)
    deliver(nocase.raw, internal_date=nocase.date)
    one_pass(settings, T0 + timedelta(days=10, hours=1))
    by_id = {c["case_id"]: c for c in cases_json(capsys, settings, T0 + timedelta(days=10, hours=1))}
    assert by_id[CASE]["state"] == "superseded"
    assert [e["message_id"] for e in by_id[CASE2]["events"]][-1] == nocase.message_id
    assert nocase.message_id not in [e["message_id"] for e in by_id[CASE]["events"]]
