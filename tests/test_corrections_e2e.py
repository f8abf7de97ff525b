"""Issue 12, items 3 and 4, end to end against the real Dovecot of conftest.py:
an uncertain mail gets no draft, a warning and the digest's "needs your look"
section; `cases correct` settles it, the drafts follow (through the guard),
and the correction survives restarts, re-syncs and a UIDVALIDITY change.

Each pass is a freshly started service (new Store, new connection), with a
fake clock.  The Drafts folder is read back through the test's own IMAP
connection, found by its SPECIAL-USE flag as a mail client would."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support import CASE, SUBJECT, T0, mail, make_settings, thread

from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import main
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service
from servers import imap_connect

NOW = T0 + timedelta(hours=27)

# A confirmation request that also says the old profile "has been deactivated":
# done or still to do?  The classifier doubts it (core/classify.py _doubts).
DOUBTED_BODY = """
Hello Hanako,

Thank you for your patience. I located the following accounts:

Account to keep (primary): AWS01234567 - hanako.yamada@example.jp
Account to be merged: AWS07654321 - h.yamada@old-employer.example.com

The old profile has been deactivated.
Please note that once the accounts are merged, the merge cannot be undone.
Kindly reply to this email to confirm that you would like us to proceed.

Best regards,
Maria
Amazon Web Services
"""
# The same, with the accounts the wrong way round: the guard must still decide.
REVERSED_BODY = DOUBTED_BODY.replace("keep (primary): AWS01234567 - hanako.yamada@example.jp", "keep (primary): "
                                     "AWS07654321 - h.yamada@old-employer.example.com").replace(
    "merged: AWS07654321 - h.yamada@old-employer.example.com", "merged: AWS01234567 - hanako.yamada@example.jp")


def doubted(body=DOUBTED_BODY):
    return mail("doubted", subject=SUBJECT, body=body, at=T0 + timedelta(hours=26))


def deliver_all(deliver, *mails):
    for m in mails:
        deliver(m.raw, folder=m.folder, internal_date=m.date)


def run_pass(settings, now):
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=lambda _t: None)
    try:
        return service.cycle(now)
    finally:
        service.mailbox.logout()
        store.close()


def cli(capsys, settings, *args):
    capsys.readouterr()
    code = main(["--config", settings.source_path, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def the_case(capsys, settings, now=NOW) -> dict:
    code, out, _ = cli(capsys, settings, "cases", "--json", "--now", now.isoformat())
    assert code == 0
    cases = json.loads(out)
    assert [c["case_id"] for c in cases] == [CASE]
    return cases[0]


def event_of(case: dict, message_id: str) -> dict:
    return next(e for e in case["events"] if e["message_id"] == message_id)


def drafts_folder(user):
    """[(uid, flags, raw)] of the folder flagged \\Drafts."""
    with imap_connect(user) as client:
        name = next(n for flags, _d, n in client.list_folders() if b"\\Drafts" in flags)
        client.select_folder(name, readonly=True)
        uids = client.search(["ALL"])
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
    return [(uid, set(data[uid][b"FLAGS"]), data[uid][b"BODY[]"]) for uid in sorted(data)]


def drafts(settings):
    store = Store(settings.state_path)
    try:
        return store.drafts()
    finally:
        store.close()


def correct(capsys, settings, ref, kind, now=NOW):
    code, out, err = cli(capsys, settings, "cases", "correct", str(ref), kind, "--json", "--now", now.isoformat())
    assert code == 0, err
    return json.loads(out)


# --------------------------------------------------------------------------- know when unsure


def test_an_uncertain_request_gets_no_draft_a_warning_and_the_digest_section(imap_user, deliver, tmp_path, capsys):
    t, m = thread(), doubted()
    deliver_all(deliver, t["created"], m)
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)

    assert drafts_folder(imap_user) == [] and drafts(settings) == []
    case = the_case(capsys, settings)
    assert case["state"] == "awaiting_support"
    ev = event_of(case, m.message_id)
    assert ev["kind"] == "support_reply" and ev["certain"] is False and "corrected_from" not in ev
    assert ev["may_be"] == "merge_confirmation_requested" and ev["doubts"] == ["it also says the merge is done"]
    assert event_of(case, t["created"].message_id)["certain"] is True
    assert any("needs your look" in w for w in case["warnings"])
    [look] = case["needs_your_look"]
    number = ev["number"]
    assert look["commands"] == [f"certmerge-mail cases correct {number} merge_confirmation_requested",
                                f"certmerge-mail cases correct {number} support_reply"]

    code, out, _ = cli(capsys, settings, "cases", "--now", NOW.isoformat())
    assert code == 0 and f"#{number}" in out and "uncertain: may be merge_confirmation_requested" in out
    assert f"`certmerge-mail cases correct {number} merge_confirmation_requested`" in out

    for language, title, heading, doubt in (
            ("en", "== Needs your look ==", f"mail #{number}: {SUBJECT}", "it also says the merge is done"),
            ("ja", "== 確認が必要なメール ==", f"メール #{number}: {SUBJECT}", "マージが完了したとも書かれています")):
        path = tmp_path / "config.toml"
        path.write_text(path.read_text().replace('language = "en"', 'language = "ja"')
                        if language == "ja" else path.read_text())
        code, out, _ = cli(capsys, settings, "digest", "--now", NOW.isoformat())
        assert code == 0
        section = out[out.index(title):]
        assert heading in section and doubt in section
        assert f"certmerge-mail cases correct {number} merge_confirmation_requested" in section
        assert f"certmerge-mail cases correct {number} support_reply" in section


# Done, in words the rules do not read as a done merge (移し替え, 閉鎖): the learned second
# opinion (core/opinion.py) doubts the plain reply the rules make of it.
MOVED_BODY = """山田 花子 様

いつもお世話になっております。AWS トレーニングと認定 サポート窓口でございます。
先日ご了承いただきました件につき、作業結果をご報告いたします。

 (1)AWS 01234567(存続)
 (2)AWS 07654321

(2)に登録されておりました認定 2 件(SAA・DVA)を(1)へ移し替え、(2)は閉鎖いたしました。
認定アカウント画面への反映には最大 24 時間ほどかかる場合がございます。
50% 割引バウチャー等の特典も(1)にてご利用いただけます。

今後ともよろしくお願い申し上げます。
AWS トレーニングと認定 サポート窓口
"""


def test_a_reply_the_second_opinion_doubts_needs_a_look_and_settles_to_a_completion(
        imap_user, deliver, tmp_path, capsys):
    t = thread()
    moved = mail("moved", subject=SUBJECT, body=MOVED_BODY, at=T0 + timedelta(hours=40))
    deliver_all(deliver, t["created"], t["confirm"], t["reply"], moved)
    settings = make_settings(imap_user, tmp_path)
    later = T0 + timedelta(hours=41)
    run_pass(settings, later)

    case = the_case(capsys, settings, later)
    assert case["state"] == "awaiting_merge"  # it counts as the plain reply it was read as
    ev = event_of(case, moved.message_id)
    assert ev["kind"] == "support_reply" and ev["certain"] is False and ev["may_be"] == "merge_completed"
    assert ev["doubts"] == ["the rules read it as a plain reply from support"]
    [look] = case["needs_your_look"]
    number = ev["number"]
    assert look["commands"] == [f"certmerge-mail cases correct {number} merge_completed",
                                f"certmerge-mail cases correct {number} support_reply"]
    code, out, _ = cli(capsys, settings, "digest", "--now", later.isoformat())
    assert code == 0
    section = out[out.index("== Needs your look =="):]
    assert "It may be support's word that the merge is done, but the rules read it as a plain reply" in section
    assert "If it is not (a plain reply from support):" in section

    out = correct(capsys, settings, number, "merge_completed", later)
    assert (out["state_before"], out["state_after"]) == ("awaiting_merge", "awaiting_badges")
    run_pass(settings, later + timedelta(minutes=5))  # a restart: the word stands
    case = the_case(capsys, settings, later + timedelta(minutes=5))
    assert case["state"] == "awaiting_badges" and case["needs_your_look"] == []


# --------------------------------------------------------------------------- the user's word is final


def test_correcting_to_a_request_drafts_the_confirmation_and_survives_restart_and_resync(
        imap_user, deliver, tmp_path, capsys):
    t, m = thread(), doubted()
    deliver_all(deliver, t["created"], m)
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    number = event_of(the_case(capsys, settings), m.message_id)["number"]

    out = correct(capsys, settings, number, "merge_confirmation_requested")
    assert out["message_id"] == m.message_id and out["corrected_from"] == "support_reply"
    assert (out["state_before"], out["state_after"]) == ("awaiting_support", "awaiting_your_confirmation")
    assert [d["purpose"] for d in out["drafted"]] == ["confirmation"] and out["warnings"] == []
    [(uid, flags, raw)] = drafts_folder(imap_user)  # in Drafts at once: no service was running
    assert b"\\Draft" in flags and b"X-Certmerge-Mail-Draft: confirmation" in raw
    assert b"AWS01234567" in raw

    case = the_case(capsys, settings)
    ev = event_of(case, m.message_id)
    assert ev["kind"] == "merge_confirmation_requested" and ev["certain"] is True
    assert ev["corrected_from"] == "support_reply"
    assert case["needs_your_look"] == [] and not any("needs your look" in w for w in case["warnings"])
    assert case["direction"]["status"] == "matches"

    # A restart and a pass, then the folders read again from scratch (UIDVALIDITY
    # change, as after a server migration): the correction stands, no second draft.
    run_pass(settings, NOW + timedelta(minutes=5))
    store = Store(settings.state_path)
    try:
        store.db.execute("UPDATE folders SET uidvalidity = uidvalidity + 1000")
    finally:
        store.close()
    run_pass(settings, NOW + timedelta(minutes=10))
    case = the_case(capsys, settings, NOW + timedelta(minutes=10))
    assert case["state"] == "awaiting_your_confirmation"
    assert event_of(case, m.message_id)["kind"] == "merge_confirmation_requested"
    assert len(drafts_folder(imap_user)) == 1 and [d.status for d in drafts(settings)] == ["in_drafts"]


def test_a_request_corrected_away_withdraws_its_draft_and_only_ours(imap_user, deliver, tmp_path, capsys):
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"])
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    # The user's own draft in Drafts, on the same thread: never touched.
    mine = mail("mine", subject=SUBJECT, body="My own notes.", at=NOW, frm=f"Hanako <{'hanako.yamada@example.jp'}>",
                folder="Drafts", authres=None)
    deliver(mine.raw, folder="Drafts", internal_date=mine.date)
    assert len(drafts_folder(imap_user)) == 2

    out = correct(capsys, settings, t["confirm"].message_id.strip("<>"), "support_reply")
    assert out["state_after"] == "awaiting_support"
    assert [(d["purpose"], d["was"]) for d in out["withdrawn"]] == [("confirmation", "in_drafts")]
    left = drafts_folder(imap_user)
    assert [raw for _u, _f, raw in left if b"My own notes." in raw] and len(left) == 1
    assert [d.status for d in drafts(settings)] == ["withdrawn"]

    # The service does not draft it again; corrected back, it is written anew.
    run_pass(settings, NOW + timedelta(minutes=5))
    assert len(drafts_folder(imap_user)) == 1
    out = correct(capsys, settings, t["confirm"].message_id, "merge_confirmation_requested")
    assert [d["purpose"] for d in out["drafted"]] == ["confirmation"]
    assert len(drafts_folder(imap_user)) == 2 and [d.status for d in drafts(settings)] == ["in_drafts"]


def replace_draft(imap_user, uid: int, edited: bytes) -> None:
    """What a mail client does when the user edits a draft: the old message
    goes, the edited one is appended (flagged \\Draft, same Message-ID)."""
    with imap_connect(imap_user) as client:
        name = next(n for flags, _d, n in client.list_folders() if b"\\Drafts" in flags)
        client.select_folder(name)
        client.add_flags([uid], [b"\\Deleted"])
        client.uid_expunge([uid])
        client.append(name, edited, flags=[b"\\Draft"])


def test_a_withdrawn_draft_the_user_edited_is_left_alone(imap_user, deliver, tmp_path, capsys):
    """Taken out only if it still carries our marker: an edited copy saved by a
    mail client under the same Message-ID, without it, stays."""
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"])
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    [(uid, _flags, raw)] = drafts_folder(imap_user)
    edited = raw.replace(b"X-Certmerge-Mail-Draft:", b"X-Edited-By-Client:")
    replace_draft(imap_user, uid, edited)
    correct(capsys, settings, t["confirm"].message_id, "unrelated")
    assert [r for _u, _f, r in drafts_folder(imap_user)] == [edited.replace(b"\n", b"\r\n")
                                                            if b"\r\n" not in edited else edited]
    assert [d.status for d in drafts(settings)] == ["withdrawn"]


def test_a_withdrawn_draft_edited_under_our_marker_is_left_alone(imap_user, deliver, tmp_path, capsys):
    """A client that keeps our headers when the user edits the draft: the text
    differs from what we appended, so it is the user's now and stays."""
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"])
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    [(uid, _flags, raw)] = drafts_folder(imap_user)
    edited = raw.rstrip(b"\r\n") + b"\r\nP.S. please also check my exam voucher.\r\n"
    replace_draft(imap_user, uid, edited)
    correct(capsys, settings, t["confirm"].message_id, "unrelated")
    assert [r for _u, _f, r in drafts_folder(imap_user)] == [edited]
    assert [d.status for d in drafts(settings)] == ["withdrawn"]


def test_correcting_a_completion_back_to_a_support_reply_reopens_the_case(imap_user, deliver, tmp_path, capsys):
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"], t["reply"], t["completed"])
    settings = make_settings(imap_user, tmp_path)
    later = T0 + timedelta(hours=62)
    run_pass(settings, later)
    assert the_case(capsys, settings, later)["state"] == "awaiting_badges"

    out = correct(capsys, settings, t["completed"].message_id, "support_reply", later)
    assert (out["state_before"], out["state_after"]) == ("awaiting_badges", "awaiting_merge")
    run_pass(settings, later + timedelta(minutes=5))  # a restart: still reopened
    case = the_case(capsys, settings, later + timedelta(minutes=5))
    assert case["state"] == "awaiting_merge"
    assert event_of(case, t["completed"].message_id)["corrected_from"] == "merge_completed"


def test_an_uncertain_request_corrected_the_reverse_way_is_still_guarded(imap_user, deliver, tmp_path, capsys):
    """A correction never bypasses the guard: a reversed request gets the correction draft, not a confirmation."""
    t, m = thread(), doubted(REVERSED_BODY)
    deliver_all(deliver, t["created"], m)
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    out = correct(capsys, settings, m.message_id, "merge_confirmation_requested")
    assert [d["purpose"] for d in out["drafted"]] == ["correction"]
    assert any("reversed" in w for w in out["warnings"])
    assert the_case(capsys, settings)["direction"]["status"] == "reversed"


@pytest.mark.parametrize("ref, kind, expected", [
    ("999999", "support_reply", "no mail numbered 999999"),
    ("<nobody@example.com>", "support_reply", "no mail with Message-ID <nobody@example.com>"),
    ("CONFIRM", "confirmation", "unknown kind 'confirmation': the kinds are case_created, "
                                "merge_confirmation_requested, merge_completed, survey, support_reply, unrelated"),
    ("NEWSLETTER", "support_reply", "is on no case's timeline (it was read as unrelated)"),
])
def test_helpful_errors(imap_user, deliver, tmp_path, capsys, ref, kind, expected):
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"], t["newsletter"])
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    ref = {"CONFIRM": t["confirm"].message_id, "NEWSLETTER": t["newsletter"].message_id}.get(ref, ref)
    code, out, err = cli(capsys, settings, "cases", "correct", ref, kind)
    assert code == 2 and out == ""
    assert expected in err and "fix:" in err


def test_with_the_service_running_its_next_pass_updates_drafts(imap_user, deliver, tmp_path, capsys):
    """The command leaves the Drafts folder to a running service (it holds the
    instance lock); that service's next pass withdraws and drafts."""
    from certmerge_mail.adapters.instance import InstanceLock

    t, m = thread(), doubted()
    deliver_all(deliver, t["created"], t["confirm"], m)  # the doubted mail comes after the request
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)
    [(_uid, _f, first)] = drafts_folder(imap_user)
    assert b"X-Certmerge-Mail-Draft: confirmation" in first  # answering the certain request

    with InstanceLock.acquire(settings.state_path):  # as `run` holds it
        out = correct(capsys, settings, t["confirm"].message_id, "unrelated")
        assert out["mail"] == "the running service updates your Drafts folder on its next pass"
        assert [d["was"] for d in out["withdrawn"]] == ["in_drafts"]
        assert len(drafts_folder(imap_user)) == 1
        out = correct(capsys, settings, m.message_id, "merge_confirmation_requested")
        assert out["drafted"] == [] and out["state_after"] == "awaiting_your_confirmation"
        assert [d.status for d in drafts(settings)] == ["withdrawing"]
    run_pass(settings, NOW + timedelta(minutes=5))  # the service's next pass
    [(_uid, _f, raw)] = drafts_folder(imap_user)
    assert m.message_id.encode() in raw and t["confirm"].message_id.encode() not in raw.split(b"\r\n\r\n")[0]
    assert sorted(d.status for d in drafts(settings)) == ["in_drafts", "withdrawn"]


def test_the_correction_outlives_the_mail_being_read_and_classified_again(imap_user, deliver, tmp_path, capsys):
    """The mail's record and event gone (as if the state were rebuilt) and the
    folder read again from the start: classified anew, the correction still rules."""
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"], t["reply"], t["completed"])
    settings = make_settings(imap_user, tmp_path)
    later = T0 + timedelta(hours=62)
    run_pass(settings, later)
    correct(capsys, settings, t["completed"].message_id, "support_reply", later)
    store = Store(settings.state_path)
    try:
        with store.transaction():
            for table in ("messages", "events"):
                store.db.execute(f"DELETE FROM {table} WHERE message_id = ?", (t["completed"].message_id,))
            store.db.execute("DELETE FROM folders")
    finally:
        store.close()
    run_pass(settings, later + timedelta(minutes=5))
    case = the_case(capsys, settings, later + timedelta(minutes=5))
    assert case["state"] == "awaiting_merge"
    ev = event_of(case, t["completed"].message_id)
    assert ev["kind"] == "support_reply" and ev["corrected_from"] == "merge_completed"
