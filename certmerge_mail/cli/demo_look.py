"""The demo's second case: a mail read with doubt, the digest's "needs your
look" section, and `certmerge-mail cases correct` settling it.

A second, small mailbox is written for it: the acknowledgement of a new case
and a confirmation request that also says "the old profile has been
deactivated" (done, or still to do?).  The service counts the doubted mail as
a plain support reply and drafts nothing; the user's word then makes it the
request it is, and the confirmation goes through the guard like any other.
Then a completion in words no rule reads as done: the learned second opinion
doubts the plain reply the rules make of it, and the user's word settles it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from certmerge_mail.adapters.maildir import MaildirMailbox
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli.case_correct import format_outcome
from certmerge_mail.cli.format import format_drafts
from certmerge_mail.service import correcting
from certmerge_mail.service.drafting import Drafter
from certmerge_mail.service.wiring import build_service

CASE = "176300640000777"
OPENED = datetime(2025, 11, 16, 0, 0, tzinfo=timezone.utc)
_DESK = "aws-cs-trainingcertification-form@amazon.com"
_SUBJECT = f"[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance"
_MAILS = (
    ("ack", OPENED + timedelta(minutes=4), _SUBJECT,
     f"Hello,\n\nThank you for contacting AWS Training and Certification. Your request has been logged as case "
     f"{CASE}. A member of our team will get back to you by e-mail.\n\nAWS Training and Certification"),
    ("doubted", OPENED + timedelta(hours=26), f"RE:{_SUBJECT}",
     "Hello Hanako,\n\nThank you for your patience. I located the following accounts:\n\n"
     "Account to keep (primary): AWS01234567 - hanako.yamada@example.jp\n"
     "Account to be merged: AWS07654321 - h.yamada@old-employer.example.com\n\n"
     "The old profile has been deactivated.\n"
     "Please note that once the accounts are merged, the merge cannot be undone.\n"
     "Kindly reply to this email to confirm that you would like us to proceed.\n\n"
     "Best regards,\nMaria\nAWS Training and Certification"),
    # Done, in words no rule reads as a done merge (移し替え, 閉鎖): the learned second opinion
    # (core/opinion.py) doubts the plain reply the rules make of it.
    ("moved", OPENED + timedelta(hours=50), f"RE:{_SUBJECT}",
     "山田 花子 様\n\nいつもお世話になっております。AWS トレーニングと認定 サポート窓口でございます。\n"
     "先日ご了承いただきました件につき、作業結果をご報告いたします。\n\n (1)AWS 01234567(存続)\n (2)AWS 07654321\n\n"
     "(2)に登録されておりました認定 2 件を(1)へ移し替え、(2)は閉鎖いたしました。\n"
     "認定アカウント画面への反映には最大 24 時間ほどかかる場合がございます。\n\nAWS トレーニングと認定 サポート窓口"),
)


def show(section: Callable[[str], None], out: Callable[[str], None], settings, work: Path, tz) -> None:
    maildir = _write_mailbox(work / "Maildir-look")
    settings = replace(settings, state_path=str(work / "state-look.sqlite3"))
    now = [OPENED]
    store = Store(settings.state_path)
    try:
        service = build_service(settings, store, MaildirMailbox(maildir, visible_until=lambda: now[0]),
                                clock=lambda: now[0], out=lambda _text: None)
        service.connect()
        section("a mail read with doubt: \"needs your look\", then `certmerge-mail cases correct` settles it")
        for _name, at, subject, _body in _MAILS[:2]:
            now[0] = at + timedelta(minutes=1)
            service.cycle(now[0])
        for warning in store.warnings():
            out(f"  ! {warning.text}")
        report = next(r for r in service.case_reports(now[0]) if r.case_id == CASE)
        out(f"  case {CASE}: {report.status.state}, drafts: {len(store.drafts())} (nothing is drafted on a doubt)")
        _subject, text, _html = service.notifier.digest(now[0], language="en")
        look = _digest_section(text)
        if look:
            out("  the digest's section:")
            out("\n".join(f"    {line}" for line in look))
        doubted = next(m for m in store.messages() if m["subject"].startswith("RE:"))
        number = store.message_numbers([doubted["message_id"]]).get(doubted["message_id"])
        now[0] += timedelta(hours=1)
        out(f"  $ certmerge-mail cases correct {number} merge_confirmation_requested")
        outcome = correcting.correct(store, settings, str(number), "merge_confirmation_requested", now[0])
        Drafter(settings, store, service.mailbox)(now[0], service.case_reports(now[0]), service.folders)
        out("\n".join(f"  {line}" for line in format_outcome(outcome).splitlines()))
        out("\n".join(f"  {line}" for line in format_drafts(store.drafts(), tz).splitlines()))
        _second_opinion(section, out, settings, store, service, now)
    finally:
        store.close()


def _second_opinion(section, out, settings, store, service, now) -> None:
    """The third mail: a completion the rules read as a plain reply, doubted by the second opinion."""
    section("a mail the second opinion doubts (core/opinion.py): the rules read a plain reply, its words a completion")
    seen = {w.text for w in store.warnings()}
    now[0] = _MAILS[2][1] + timedelta(minutes=1)
    service.cycle(now[0])
    for warning in store.warnings():
        if warning.text not in seen:
            out(f"  ! {warning.text}")
    report = next(r for r in service.case_reports(now[0]) if r.case_id == CASE)
    out(f"  case {CASE}: {report.status.state} (it counts as the plain reply it was read as)")
    moved = f"<demo-look-{_MAILS[2][0]}@email.amazonses.com>"
    number = store.message_numbers([moved]).get(moved)
    now[0] += timedelta(hours=1)
    out(f"  $ certmerge-mail cases correct {number} merge_completed")
    outcome = correcting.correct(store, settings, str(number), "merge_completed", now[0])
    out("\n".join(f"  {line}" for line in format_outcome(outcome).splitlines()))


def _digest_section(text: str) -> list[str]:
    """The digest's "needs your look" section: its heading and what follows, to the next heading."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("==") and "look" in line.lower()), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("==")), len(lines))
    return [line for line in lines[start:end] if line.strip()]


def _write_mailbox(root: Path) -> Path:
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    for name, at, subject, body in _MAILS:
        msg = EmailMessage()
        msg["Authentication-Results"] = ("mx.google.com; dkim=pass header.i=@amazon.com; "
                                         "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
        msg["From"] = f"Amazon Web Services <{_DESK}>"
        msg["To"] = "hanako.yamada@example.jp"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(at)
        msg["Message-ID"] = f"<demo-look-{name}@email.amazonses.com>"
        msg.set_content(body)
        (root / "cur" / f"{int(at.timestamp())}.{name}.demo:2,").write_bytes(msg.as_bytes())
    return root
