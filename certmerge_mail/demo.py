"""`make demo`: the service, run on the sample mailbox shipped with the project.

The sample Maildir is copied to a temporary directory and replayed through
time: the clock jumps to each mail's arrival and to each deadline in between,
and the service does what it would do live at that moment (classify, track
the case, draft replies, nudge).  No server, no account.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from certmerge_mail import config
from certmerge_mail.adapters.maildir import MaildirMailbox, _delivered_at
from certmerge_mail.adapters.store import Store
from certmerge_mail.core.drafts import Purpose
from certmerge_mail.service.wiring import build_service

Print = Callable[[str], None]


def sample_dir() -> Path:
    return Path(str(resources.files("certmerge_mail.sample")))


def run_demo(out: Print = print, workdir: str | None = None) -> int:
    work = Path(workdir or tempfile.mkdtemp(prefix="certmerge-demo-"))
    maildir = work / "Maildir"
    shutil.copytree(sample_dir() / "Maildir", maildir)
    settings = config.load(sample_dir() / "config.toml", require_imap=False)
    settings = replace(settings, state_path=str(work / "state.sqlite3"))
    tz = ZoneInfo(settings.you.timezone)

    arrivals = sorted({_delivered_at(p) for p in maildir.rglob("*") if p.is_file() and p.parent.name in ("cur", "new")
                       and not p.name.startswith(".")})
    moments = [datetime.fromtimestamp(a, tz=timezone.utc) for a in arrivals]
    clock = [moments[0]]
    mailbox = MaildirMailbox(maildir, visible_until=lambda: clock[0])
    store = Store(settings.state_path)
    service = build_service(settings, store, mailbox, clock=lambda: clock[0])
    service.connect()

    keep = settings.keep
    out("certmerge-mail demo: the service replayed on the sample mailbox shipped with the project")
    out(f"  mailbox  {maildir}  (a copy: {len(moments)} mails in INBOX and Sent)")
    out(f"  state    {settings.state_path}")
    out(f"  you      {settings.you.name} <{settings.you.emails[0]}>, digest language {settings.you.language}")
    out(f"  accounts keep {keep.candidate_id}, merge {', '.join(a.candidate_id for a in settings.merged)}")

    def local(moment: datetime) -> str:
        return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")

    seen_messages = 0
    seen_drafts = 0
    seen_warnings = 0
    states: dict[str, str] = {}
    pending = list(moments)
    while pending:
        now = pending.pop(0)
        clock[0] = now
        service.cycle(now)
        lines = []
        messages = store.messages()
        for m in messages[seen_messages:]:
            if m["kind"] in ("duplicate", "own"):
                continue
            mark = {1: "verified", 0: "NOT VERIFIED", None: ""}[m["sender_verified"]]
            lines.append(f"  {m['folder']:<6} {m['kind']:<29} {_short(m['subject'], 48):<48} {mark}")
        seen_messages = len(messages)
        for report in service.case_reports(now):
            state = str(report.status.state)
            if states.get(report.case_id) != state:
                due = f", next deadline {local(report.next_deadline)}" if report.next_deadline else ""
                lines.append(f"    -> case {report.case_id}: {state}{due}")
                states[report.case_id] = state
            elif report.overdue:
                lines.append(f"    -> case {report.case_id}: {state} is OVERDUE since {local(report.next_deadline)}")
        warnings = store.warnings()
        for w in warnings[seen_warnings:]:
            lines.append(f"    !  {w.text}")
        seen_warnings = len(warnings)
        drafts = store.drafts()
        for d in drafts[seen_drafts:]:
            lines.append(f"    -> draft #{d.id} ({d.purpose}) put in Drafts: {d.subject}")
        seen_drafts = len(drafts)
        if lines:
            out("")
            out(f"== {local(now)} ==")
            for line in lines:
                out(line)
        nxt = _next_deadline(service, now)
        if nxt is not None and (not pending or nxt < pending[0]):
            pending.insert(0, nxt)

    out("")
    out("== the cases now (`certmerge-mail cases`) ==")
    from certmerge_mail.cli.cases import format_table

    out(format_table(service.case_reports(clock[0])))
    out("")
    out("== the drafts (`certmerge-mail drafts`) ==")
    for d in store.drafts():
        out(f"  #{d.id:<3} case {d.case_id}  {d.purpose:<17} {d.status:<11} {local(d.created_at)}  {d.subject}")
    confirmation = next((d for d in store.drafts() if d.purpose == Purpose.CONFIRMATION), None)
    if confirmation is not None:
        out("")
        out(f"== draft #{confirmation.id}, the confirmation reply (`certmerge-mail drafts show {confirmation.id}`) ==")
        out(_readable(confirmation.raw))
    store.close()
    out("")
    out(f"Everything above ran on a copy in {work}; your own mailbox was not touched.")
    return 0


def _next_deadline(service, now: datetime) -> datetime | None:
    dues = [r.next_deadline for r in service.case_reports(now) if r.next_deadline and r.next_deadline > now]
    return min(dues) + timedelta(minutes=1) if dues else None


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _readable(raw: bytes) -> str:
    import email
    from email import policy

    msg = email.message_from_bytes(raw, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "In-Reply-To") if msg[k])
    return head + "\n\n" + msg.get_content().rstrip()
