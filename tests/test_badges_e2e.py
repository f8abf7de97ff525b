"""Issue 13, Credly badges, close and mute, end to end against the real Dovecot.

The case waits only for the badges that move (the certifications configured
on the merged account), never for the kept account's own; a follow-up draft
or nudge never asks for a badge that arrived; `cases badge`, `cases close` and
`cases mute` are stored and survive restarts (each pass is a fresh service).
"""

from __future__ import annotations

import json
from datetime import timedelta

from support import CASE, T0, mail, settings_text, thread

from certmerge_mail import config
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import main
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service

KEEP_CERTS = '["AWS Certified Solutions Architect - Associate", "AWS Certified Cloud Practitioner"]'
COMPLETED = T0 + timedelta(hours=60)
LATE = COMPLETED + timedelta(days=3)  # credly_badge = 2d: overdue


def write(user, tmp_path, merged: str):
    """Kept account: SAA and CCP; merged account: `merged` (a TOML list)."""
    path = tmp_path / "config.toml"
    text = settings_text(user, tmp_path / "state.sqlite3", certifications=KEEP_CERTS)
    text = text.replace('login_email = "h.yamada@old-employer.example.com"\n',
                        f'login_email = "h.yamada@old-employer.example.com"\ncertifications = {merged}\n')
    path.write_text(text)
    return config.load(path)


def badge_mail(name: str, at):
    return mail(f"badge-{name}-{at:%Y%m%d%H%M}", at=at, authres="credly.com",
                frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                subject="Hanako, you earned a badge from Amazon Web Services Training and Certification",
                body=f"""
                Amazon Web Services Training and Certification has issued you a new badge:
                {name}

                Accept your badge
                """)


def deliver_merge(deliver, *extra):
    t = thread()
    for m in [t["created"], t["confirm"], t["reply"], t["completed"], *extra]:
        deliver(m.raw, folder=m.folder, internal_date=m.date)


def one_pass(settings, now):
    out: list[str] = []
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=out.append)
    try:
        service.cycle(now)
        return service.case_reports(now)[0], out, store.drafts()
    finally:
        service.mailbox.logout()
        store.close()


def cli(settings, capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = main([*args, "--config", settings.source_path])
    return code, capsys.readouterr().out


def credly_drafts(drafts):
    return [d for d in drafts if d.purpose == "credly_follow_up"]


def test_the_kept_accounts_badges_are_not_waited_for(imap_user, deliver, tmp_path):
    """The issue's case: only the merged account's badge comes, and that is all that moves: done, no draft, no nudge."""
    settings = write(imap_user, tmp_path, '["AWS Certified Developer - Associate"]')
    deliver_merge(deliver, badge_mail("AWS Certified Developer - Associate", COMPLETED + timedelta(hours=5)))

    report, out, drafts = one_pass(settings, LATE)

    assert report.status.state == "done"
    assert report.status.badges_expected == ("AWS Certified Developer - Associate",)
    assert report.status.badges_arrived == ("AWS Certified Developer - Associate",)
    assert credly_drafts(drafts) == []
    assert out == []  # no nudge


def test_follow_up_names_only_the_missing_badge_then_you_say_it_arrived(imap_user, deliver, tmp_path, capsys):
    settings = write(imap_user, tmp_path,
                     '["AWS Certified Developer - Associate", "AWS Certified SysOps Administrator - Associate"]')
    deliver_merge(deliver, badge_mail("AWS Certified Developer - Associate", COMPLETED + timedelta(hours=5)))

    report, out, drafts = one_pass(settings, LATE)

    assert report.status.state == "awaiting_badges"
    assert report.status.badges_missing == ("AWS Certified SysOps Administrator - Associate",)
    [draft] = credly_drafts(drafts)
    body = draft.raw.decode()
    assert "SysOps Administrator" in body
    assert "Developer - Associate" not in body
    assert "Solutions Architect" not in body and "Cloud Practitioner" not in body
    assert len(out) == 1 and "SysOps" in out[0] and "Developer" not in out[0].split("Timeline")[0]

    code, text = cli(settings, capsys, "cases", "badge", CASE, "SysOps Administrator - Associate", "--arrived",
                     "--now", (LATE + timedelta(hours=1)).isoformat())
    assert code == 0
    assert "now: done, badges 2/2" in text

    report, out, drafts = one_pass(settings, LATE + timedelta(days=2))  # a new service: the mark was stored
    assert report.status.state == "done"
    assert out == []
    assert [d.status for d in credly_drafts(drafts)] == ["superseded"]  # no longer needed: nothing new drafted
    assert len(credly_drafts(drafts)) == 1

    code, text = cli(settings, capsys, "cases", "--json", "--now", (LATE + timedelta(days=2)).isoformat())
    [case] = json.loads(text)
    assert case["badges"]["arrived"] == ["AWS Certified Developer - Associate",
                                         "AWS Certified SysOps Administrator - Associate"]
    assert any(e["kind"] == "badge_marked" for e in case["events"])


def test_no_certification_on_the_merged_account_waits_for_one_badge_after_the_merge(imap_user, deliver, tmp_path):
    settings = write(imap_user, tmp_path, "[]")
    deliver_merge(deliver, badge_mail("AWS Certified Cloud Practitioner", T0 + timedelta(hours=10)))  # before

    report, _out, _drafts = one_pass(settings, COMPLETED + timedelta(hours=1))
    assert report.status.state == "awaiting_badges"

    deliver(badge_mail("AWS Certified Cloud Practitioner", COMPLETED + timedelta(hours=3)).raw)
    report, _out, _drafts = one_pass(settings, COMPLETED + timedelta(hours=4))
    assert report.status.state == "done"


def test_mute_stops_nudges_and_follow_ups_until_the_date_and_close_ends_the_case(imap_user, deliver, tmp_path,
                                                                                 capsys):
    settings = write(imap_user, tmp_path, '["AWS Certified Developer - Associate"]')
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    start = T0 + timedelta(hours=1)
    one_pass(settings, start)

    code, text = cli(settings, capsys, "cases", "mute", CASE, "--until", "2025-11-08", "--now", start.isoformat())
    assert code == 0
    assert "muted until 2025-11-08 00:00 JST" in text

    silent = T0 + timedelta(days=3)  # support silent past 2 days: overdue, but muted
    report, out, drafts = one_pass(settings, silent)
    assert report.muted and not report.overdue
    assert out == [] and drafts == []
    code, text = cli(settings, capsys, "cases", "--now", silent.isoformat())
    assert "muted until 2025-11-08 00:00 JST" in text
    assert "OVERDUE" not in text

    after = T0 + timedelta(days=5)  # 2025-11-08 07:20 UTC: the mute has ended
    report, out, drafts = one_pass(settings, after)
    assert not report.muted and report.overdue
    assert len(out) == 1 and [d.purpose for d in drafts] == ["follow_up"]

    code, text = cli(settings, capsys, "cases", "close", CASE, "--now", (after + timedelta(hours=1)).isoformat())
    assert code == 0 and "now: done" in text
    report, out, drafts = one_pass(settings, after + timedelta(days=2))
    assert report.status.state == "done" and report.status.closed_by_you
    assert out == []
    code, text = cli(settings, capsys, "cases", "reopen", CASE, "--now", (after + timedelta(days=2)).isoformat())
    assert "now: awaiting_support" in text


def test_marks_refuse_an_unknown_case(imap_user, tmp_path, capsys):
    settings = write(imap_user, tmp_path, "[]")
    code = main(["cases", "close", "999999999999999", "--config", settings.source_path])
    assert code != 0
    assert "no case 999999999999999 is tracked" in capsys.readouterr().err
