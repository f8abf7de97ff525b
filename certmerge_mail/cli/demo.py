"""`certmerge-mail demo` (`make demo`): the service, run on the sample mailbox shipped with the project.

The sample Maildir is copied to a temporary directory and replayed through
time: the clock jumps to each mail's arrival and to each moment something
falls due in between, and the service does what it would do live at that
moment (classify, track the case, draft replies, nudge).  No server, no
account.  Then it shows the commands a user reads the results with.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from certmerge_mail import config
from certmerge_mail.adapters.compose import case_request_text
from certmerge_mail.adapters.maildir import MaildirMailbox, delivered_at
from certmerge_mail.adapters.parsing import parse
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli import demo_look
from certmerge_mail.cli.format import format_draft, format_drafts, format_table
from certmerge_mail.core import guard, tracking
from certmerge_mail.core.classify import classify
from certmerge_mail.core.model import Outcome
from certmerge_mail.service.wiring import build_service

Print = Callable[[str], None]
# The same request in three wordings: as configured, reversed, and unreadable.
GUARD_EXAMPLES = (
    ("as configured",
     "As requested, AWS07654321 will be merged into AWS01234567, which will remain as your active account.\n"
     "Please reply to confirm. The merge cannot be undone."),
    ("reversed",
     "As requested, AWS01234567 will be merged into AWS07654321, which will remain as your active account.\n"
     "Please reply to confirm. The merge cannot be undone."),
    ("unreadable",
     "We located AWS01234567 and AWS07654321. One of them will be retained and the other closed.\n"
     "Please reply to confirm. The merge cannot be undone."),
)
_GUARD_ACTION = {
    "confirm": "the confirmation is drafted (\"The details are correct: please proceed...\")",
    "correct": "NO confirmation: a correction is drafted (\"Please do not proceed as written: the direction is "
               "reversed...\") and the digest puts the case first",
    "clarify": "NO confirmation: a reply restating your direction and asking support to confirm it is drafted",
    "refuse": "nothing is drafted: the accounts differ from your configuration",
}


def add_parser(sub) -> None:
    p = sub.add_parser(
        "demo",
        help="replay the sample mailbox shipped with the project (no server or account needed)",
        description="Copy the sample Maildir to a temporary folder and run the service on it through time: "
        "classification, case tracking, drafts, warnings, nudges and the digest.",
    )
    p.add_argument("--workdir", metavar="DIR", help="where to put the copy and the state (default: a new temp dir)")
    p.set_defaults(run=lambda args: run_demo(workdir=args.workdir))


def sample_dir() -> Path:
    return Path(str(resources.files("certmerge_mail.sample")))


def run_demo(out: Print = print, workdir: str | None = None) -> int:
    """Replay the sample mailbox in `workdir` (kept), or in a temporary folder removed afterwards."""
    logging.getLogger("certmerge_mail").setLevel(logging.WARNING)
    if workdir is not None:
        _replay(out, Path(workdir))
        out(f"Everything above ran on a copy in {workdir}; nothing was sent and no real mailbox was touched.")
        return 0
    work = Path(tempfile.mkdtemp(prefix="certmerge-demo-"))
    try:
        _replay(out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out("Everything above ran on a temporary copy, now removed; nothing was sent and no real mailbox was touched.")
    return 0


def _replay(out: Print, work: Path) -> dict[str, str]:
    """The replay; returns the final digest's HTML by language (for `make screenshots`)."""
    maildir = work / "Maildir"
    shutil.copytree(sample_dir() / "Maildir", maildir)
    acknowledgement = _file_in_junk(maildir)
    settings = config.load(sample_dir() / "config.toml", require_imap=False)
    settings = replace(settings, state_path=str(work / "state.sqlite3"))
    tz = ZoneInfo(settings.you.timezone)

    files = [p for p in maildir.rglob("*") if p.is_file() and p.parent.name in ("cur", "new") and not p.name.startswith(".")]
    pending = sorted({datetime.fromtimestamp(delivered_at(p), tz=timezone.utc) for p in files})
    # The contact form was sent three hours before its acknowledgement came (`request --submitted`).
    submitted = None
    if acknowledgement is not None:
        submitted = datetime.fromtimestamp(delivered_at(acknowledgement), tz=timezone.utc) - timedelta(hours=3)
        pending = sorted({submitted, *pending})
    clock = [pending[0]]
    notifications: list[str] = []
    mailbox = MaildirMailbox(maildir, visible_until=lambda: clock[0])
    store = Store(settings.state_path)
    service = build_service(settings, store, mailbox, clock=lambda: clock[0], out=notifications.append)
    service.connect()

    def local(moment: datetime) -> str:
        return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")

    def section(title: str) -> None:
        out("")
        out(f"== {title} ==")

    keep = settings.keep
    out("certmerge-mail demo: the service replayed on the sample mailbox shipped with the project")
    out(f"  mailbox  {maildir}  (a copy: {len(files)} mails in INBOX, Sent and Junk; the case's "
        "acknowledgement was filed in Junk)")
    out(f"  state    {settings.state_path}")
    out(f"  you      {settings.you.name} <{settings.you.emails[0]}>, digest in {settings.you.language}, {tz}")
    out(f"  accounts keep {keep.candidate_id}, merge {', '.join(a.candidate_id for a in settings.merged)}")

    section("before the case: what to send AWS (`certmerge-mail request`)")
    out(_indent(case_request_text(settings)))

    section("the mailbox, replayed: each mail as it arrives, each deadline as it falls due")
    seen_messages = seen_drafts = seen_warnings = 0
    states: dict[str, str] = {}
    passed: list[str] = []
    service.on_passed = lambda folder, uid, headers: passed.append(
        f"  {folder:<5} {'passed on its headers':<28} {_short(headers.subject, 46):<46} never downloaded")
    while pending:
        now = pending.pop(0)
        clock[0] = now
        lines = []
        if now == submitted:
            with store.transaction():
                store.add_request(now, tuple(a.candidate_id for a in settings.accounts), now)
            lines.append("  you sent the contact form: `certmerge-mail request --submitted` records it "
                         f"(its acknowledgement is expected by {local(now + settings.reminders.acknowledgement)})")
        service.cycle(now)
        lines, passed[:] = lines + passed, []
        messages = store.messages()
        for m in messages[seen_messages:]:
            if m["outcome"] in (Outcome.DUPLICATE, Outcome.OWN):
                continue
            what = m["kind"] if m["outcome"] == Outcome.PROCESSED else m["outcome"]
            mark = "" if what in ("unrelated", "your_reply") else {
                1: "sender verified", 0: "SENDER NOT VERIFIED", None: "sender unknown"}[m["sender_verified"]]
            lines.append(f"  {m['folder']:<5} {what:<28} {_short(m['subject'], 46):<46} {mark}")
        seen_messages = len(messages)
        for report in service.case_reports(now):
            state = str(report.status.state)
            if states.get(report.case_id) != state:
                due = f" (reply or progress due {local(report.next_deadline)})" if report.next_deadline else ""
                lines.append(f"        case {report.case_id} -> {state}{due}")
                states[report.case_id] = state
        warnings = store.warnings()
        lines += [f"        ! {w.text}" for w in warnings[seen_warnings:]]
        seen_warnings = len(warnings)
        drafts = store.drafts()
        lines += [f"        draft #{d.id} ({d.purpose}) written to Drafts for your review" for d in drafts[seen_drafts:]]
        seen_drafts = len(drafts)
        for note in notifications:
            lines.append("        nudge delivered (stdout channel):")
            lines += [f"          | {line}" for line in note.splitlines() if line.strip()][:8]
        notifications.clear()
        if lines:
            out(f"{local(now)}")
            for line in lines:
                out(line)
        nxt = service.notifier.next_wake(now)
        if nxt is not None and (not pending or nxt < pending[0]):
            pending.insert(0, nxt + timedelta(seconds=30))

    section("the cases now (`certmerge-mail cases`)")
    out(format_table(service.case_reports(clock[0]), settings))

    section("the drafts (`certmerge-mail drafts`)")
    out(format_drafts(store.drafts(), tz))
    first = next((d for d in store.drafts() if d.purpose == "confirmation"), None)
    if first is not None:
        section(f"draft #{first.id}, the English confirmation (`certmerge-mail drafts show {first.id}`)")
        out(_indent(format_draft(first)))

    section("the guard on the irreversible step: the direction support states, read three ways")
    for label, example in GUARD_EXAMPLES:
        result = guard.check(example, settings.accounts, settings.you.emails)
        out(f"  {label}:")
        out(_indent(_indent(example)))
        out(f"    direction: {result.direction.line()}")
        for warning in tracking.guard_warnings("", "", result):
            out(f"    ! {warning.text}")
        out(f"    -> {_GUARD_ACTION[result.outcome]}")

    _your_side(section, out, settings, clock[0])
    demo_look.show(section, out, settings, work, tz)

    phishing = next((p for p in sorted(files) if b"amaz0n" in p.read_bytes()), None)
    if phishing is not None:
        section("why a mail was judged so (`certmerge-mail classify --explain`)")
        verdict = classify(parse(phishing.read_bytes()), authserv_ids=settings.trust.authserv_ids)
        out(f"  {phishing.name}: {verdict.kind}, sender verified: {verdict.sender_verified}")
        for reason in verdict.reasons:
            out(f"  - {reason}")

    htmls: dict[str, str] = {}
    for language in (settings.you.language, "en" if settings.you.language != "en" else "ja"):
        subject, text, html = service.notifier.digest(clock[0], language=language)
        htmls[language] = html
        section(f"the digest in {language!r} (`certmerge-mail digest`; also sent as HTML by mail)")
        out(f"  Subject: {subject}")
        out(_indent(text))
    store.close()
    out("")
    return htmls


def _file_in_junk(maildir: Path) -> Path | None:
    """Move the case's acknowledgement (in the copy) to the Junk folder, where a
    spam filter may well put it; the service reads it there and moves nothing."""
    for path in sorted((maildir / "cur").iterdir()):
        head = path.read_bytes().split(b"\n\n", 1)[0]
        if b"\nSubject: [CASE " in head:
            junk = maildir / ".Junk"
            for sub in ("cur", "new", "tmp"):
                (junk / sub).mkdir(parents=True, exist_ok=True)
            return path.rename(junk / "cur" / path.name)
    return None


# Your own mail on a case, as it lies in Sent: (to, text).
YOUR_MAIL = (
    ("aws-cs-trainingcertification-form@amazon.com", "The details are correct. Please proceed with the merge."),
    ("aws-cs-trainingcertification-form@amazon.com", "No, it is the other way round: AWS01234567 must be kept."),
    ("aws-cs-trainingcertification-form@amazon.com", "Could you wait until Monday? I am checking my voucher."),
    ("colleague@example.com", "Can you check this before I confirm? See below."),
    ("support@amaz0n-certification.com", "Yes, please proceed with the merge."),
)
_EFFECT = {
    "confirmed": "the case moves to awaiting_merge",
    "corrected": "the case waits for support (awaiting_support)",
    "answered": "the case waits for support (awaiting_support)",
    "other": "the case waits for support (awaiting_support)",
}


def _your_side(section, out: Print, settings, now: datetime) -> None:
    """What your own mail does to a case, and what a console case asks of you."""
    from certmerge_mail.core import console
    from certmerge_mail.core.cases import YOUR_REPLY
    from certmerge_mail.core.digest import todo
    from certmerge_mail.core.model import Message
    from certmerge_mail.core.nudges import CaseView

    case = "176212875405321"
    section("your side: a reply counts when it goes to support, and is read for what it says")
    for to, text in YOUR_MAIL:
        message = Message(subject=f"RE:[CASE {case}] account-assistance", from_addr=settings.you.emails[0], to=(to,),
                          text=text)
        actions = tracking.on_sent_message(
            message, message_id="<demo@example>", at=now, own_emails=settings.you.emails,
            tracked=frozenset({case}), linked_case=None, accounts=settings.accounts,
            support_addresses=frozenset({"aws-cs-trainingcertification-form@amazon.com"}))
        event = next(a.event for a in actions if isinstance(a, tracking.AddEvent))
        out(f"  to {to}: {text!r}")
        if event.kind == YOUR_REPLY:
            out(f"    -> your reply, read as {event.reading}: {_EFFECT[event.reading]}")
        else:
            out("    -> not a reply to support: on the timeline only, the case still waits for you")
        for w in (a for a in actions if isinstance(a, tracking.Warn)):
            out(f"    ! {w.text}")

    section("a console case: its address takes no replies, so you answer in the AWS Support Center")
    link = console.SUPPORT_CENTER.format(case_id=case)
    request = (f"Please reply to confirm the merge of AWS07654321 into AWS01234567.\n"
               f"This e-mail address cannot accept replies. To reply, use the Support Center: {link}")
    out(_indent(_indent(request)))
    out(f"    from no-reply-aws@amazon.com: takes no replies: {console.takes_no_replies('no-reply-aws@amazon.com', '', request)}")
    view = CaseView(case, "awaiting_your_confirmation", now, now, True, console_link=link, paste_draft=7)
    out("    -> no e-mail draft; the digest and the nudge say:")
    out(f"       {todo(view, settings.you.language)}")
    out("    -> `drafts show 7` prints the English text under \"PASTE INTO THE AWS SUPPORT CENTER\";")
    out(f"       `certmerge-mail cases replied {case}` once you answered, or support's next mail, moves the case on")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.rstrip().splitlines())


def digest_html(work: Path) -> dict[str, str]:
    """The HTML digest the demo ends with, in English and Japanese (replayed quietly in `work`)."""
    logging.getLogger("certmerge_mail").setLevel(logging.WARNING)
    return _replay(lambda _text: None, work)
