"""Nudges when a reply is overdue, the digest, and their delivery.

A nudge is recorded (nudges table) and queued (outbox) in one transaction,
so a restart never repeats it; delivery then works through the outbox, and a
channel that fails stays pending and is retried on the next pass: nothing
is lost.

Nor is anything delivered twice.  Each channel of an item is claimed in a
transaction (pending -> claimed) before it is delivered, and its outcome
recorded after: delivered, or given back to pending.  So a second process
delivering at the same time (`digest --deliver` beside the service) finds
it claimed and leaves it; an outcome the state database cannot take (a full
disk) is kept in memory and recorded by the next pass; and a claim whose
process ended before recording anything (killed, or gone with the disk
still full) is, once STALE_CLAIM old, reported in the log and `status` as
never confirmed -- not delivered again, since it may well have arrived.  The channels: "mailbox" (APPEND to the inbox, marked with
X-Certmerge-Mail so the service never ingests it), "smtp" (to [you] emails),
"file" (appended to [digest] file, kept 0600), "stdout".
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from certmerge_mail.adapters.mailbox import Folders, Mailbox
from certmerge_mail.adapters.notification import append_private, build_notification, render_digest, render_nudge
from certmerge_mail.adapters.store import Store
from certmerge_mail.core.console import PASTE
from certmerge_mail.core.digest import alarm_context, build_digest, nudge_context
from certmerge_mail.core.nudges import JUNK, CaseView, DraftView, EventView, next_nudge_at, plan_junk_nudges, plan_nudges
from certmerge_mail.core.tracking import ALARMS, IN_JUNK
from certmerge_mail.core.settings import Settings
from certmerge_mail.core.tracking import UNCERTAIN
from certmerge_mail.errors import CertmergeError, DeliveryError
from certmerge_mail.service.astray import follow
from certmerge_mail.service.sync import CaseReport, case_reports

log = logging.getLogger(__name__)

# No delivery takes this long (SMTP and IMAP time out after a minute): a
# claim this old was left by a process that ended before it recorded the outcome.
STALE_CLAIM = timedelta(minutes=15)


def case_views(store: Store, reports: Sequence[CaseReport], requests=(), settings: Settings | None = None
               ) -> list[CaseView]:
    """What the nudges and the digest see of each case, and of each contact form sent that no case
    has taken over.  Warnings are read afresh: a step earlier in the same pass (drafting) may have added one."""
    drafts = store.drafts()
    views = [_request_view(q, settings) for q in requests]
    return views + [
        CaseView(
            case_id=r.case_id,
            state=str(r.status.state),
            since=r.status.since,
            deadline=r.next_deadline,
            overdue=r.overdue,
            events=tuple(EventView(e.kind, e.at, e.verified, e.badge or "", _note(e)) for e in r.events),
            # A mail read with doubts has its own "needs your look" section, and mail in Junk
            # its note at the top of the card (_junk): neither is said twice.
            warnings=tuple(w.text for w in r.warnings if w.code not in (UNCERTAIN, IN_JUNK)),
            alarms=tuple(w.text for w in r.warnings if w.code in ALARMS),
            console_link=r.console_link,
            paste_draft=next((d.id for d in reversed(drafts) if d.case_id == r.case_id and d.status == PASTE), None),
            drafts=tuple(DraftView(d.purpose, d.status, d.subject) for d in drafts if d.case_id == r.case_id),
            badges_missing=r.status.badges_missing,
            survey_seen=r.status.survey_seen,
            badges_expected=r.status.badges_expected,
            badges_arrived=r.status.badges_arrived,
            closed_by_you=r.status.closed_by_you,
            muted=r.muted,
            muted_until=r.muted_until,
            needs_look=tuple(r.uncertain),
            **_direction(r.direction),
            form_sent_at=getattr(r, "request_submitted", None),
            merge_group=getattr(r, "merge_group", ""),
            group_cases=getattr(r, "group_cases", ()),
            superseded_by=getattr(r, "superseded_by", None) or "",
            **_junk(store, r.warnings),
        )
        for r in reports
    ]


def _request_view(q, settings: Settings | None) -> CaseView:
    """A contact form sent that no case has taken over, as a card of its own."""
    accounts = settings.accounts if settings is not None else ()
    return CaseView(
        case_id=q.key, state=q.state, since=q.submitted_at, deadline=q.next_deadline, overdue=q.overdue,
        request_submitted=q.submitted_at,
        contact_addresses=settings.you.emails if settings is not None else (),
        notification_addresses=tuple(dict.fromkeys(
            f"{a.candidate_id}: {a.notification_email}" for a in accounts if a.candidate_id in q.account_ids)),
    )


def _junk(store: Store, warnings) -> dict:
    """The Junk folder holding support's mail of the case, and when it was first found there."""
    found = [w for w in warnings if w.code == IN_JUNK]
    if not found:
        return {}
    first = min(found, key=lambda w: w.at)
    message = store.message(first.message_id)
    return {"junk_folder": message.folder if message else "Junk", "junk_since": first.at}


def _note(event) -> str:
    """What the timeline adds to an event: a forward's recipients, your reply's reading."""
    if event.kind == "your_reply":
        return event.reading
    if event.detail and event.kind in ("your_forward", "your_lookalike_reply", "your_undeliverable_reply"):
        try:
            return ", ".join(json.loads(event.detail).get("to", []))
        except ValueError:
            return ""
    return ""


def _direction(direction) -> dict:
    if direction is None:
        return {}
    return {"direction_status": str(direction.status),
            "direction_keep": direction.keep or direction.configured_keep,
            "direction_merge": direction.merge or direction.configured_merge}


class Notifier:
    """Plans nudges after each sync, renders the digest, delivers both.

    `mailbox` takes the "mailbox" channel (None: that channel fails until
    there is one), `smtp` the "smtp" channel; `on_error` hears of a delivery
    never confirmed (the Service counts it for `status`); `check_sent` reads
    what is new in Sent just before a nudge goes out and says how many mails
    it processed (the Service's sync_sent).  Methods given no case reports
    read them from the store."""

    def __init__(self, settings: Settings, store: Store, mailbox: Mailbox | None, *, smtp=None,
                 out: Callable[[str], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 check_sent: Callable[[datetime], int] | None = None) -> None:
        self.settings = settings
        self.check_sent = check_sent
        self.store = store
        self.mailbox = mailbox
        self.smtp = smtp
        self.on_error = on_error
        self.out = out or (lambda text: print(text, file=sys.stdout, flush=True))
        self.tz = ZoneInfo(settings.you.timezone)
        # Outcomes of this process's deliveries that the state database has not
        # taken yet (it failed right after the delivery): (item, channel) -> (delivered, error).
        self._outcomes: dict[tuple[int, str], tuple[bool, str | None]] = {}

    def __call__(self, now: datetime, reports: Sequence[CaseReport], folders: Folders | None) -> None:
        self.alarm(now, reports)
        self.nudge(now, reports)
        self.deliver(now, folders)

    def _reports(self, now: datetime, reports: Sequence[CaseReport] | None) -> Sequence[CaseReport]:
        return case_reports(self.store, self.settings, now) if reports is None else reports

    # --- alarms ---------------------------------------------------------------------

    def alarm(self, now: datetime, reports: Sequence[CaseReport] | None = None) -> int:
        """Warnings that cannot wait for the digest (core/tracking.ALARMS: you
        replied to a look-alike of AWS, or by e-mail to a no-reply address;
        your reply states the reverse direction) go out once, at once,
        through the nudges' channels, whatever the quiet hours."""
        reports = self._reports(now, reports)
        views = {v.case_id: v for v in case_views(self.store, reports)}
        queued = 0
        for report in reports:
            for w in report.warnings:
                key = f"alarm:{w.code}:{w.message_id}"
                if w.code not in ALARMS or self.store.last_nudge(report.case_id, key, w.at) is not None:
                    continue
                context = alarm_context(views[report.case_id], w.text, now=now,
                                        language=self.settings.you.language, tz=self.tz)
                subject, text, html = render_nudge(context, self.settings.templates_dir)
                with self.store.transaction():
                    self.store.record_nudge(report.case_id, key, w.at, now)
                    self._enqueue("nudge", subject, text, html, now)
                log.warning("case %s: %s", report.case_id, w.text)
                queued += 1
        return queued

    # --- nudges ---------------------------------------------------------------------

    def _views_and_sent(self, now: datetime, reports: Sequence[CaseReport] | None):
        # A muted case (`cases mute`) is never nudged.
        views = {v.case_id: v for v in self._views(now, reports) if not v.muted}
        last_sent = {}
        for v in views.values():
            sent = self.store.last_nudge(v.case_id, v.state, v.since)
            if sent is not None:
                last_sent[(v.case_id, v.state, v.since)] = sent
        return views, last_sent

    def _views(self, now: datetime, reports: Sequence[CaseReport] | None) -> list[CaseView]:
        reports, requests = follow(self.store, self.settings, list(self._reports(now, reports)), now)
        return case_views(self.store, reports, requests, self.settings)

    def next_wake(self, now: datetime, reports: Sequence[CaseReport] | None = None) -> datetime | None:
        """The next moment something falls due: a deadline, or a nudge held
        back by quiet hours or by `repeat`."""
        views, last_sent = self._views_and_sent(now, reports)
        r = self.settings.reminders
        moments = []
        for v in views.values():
            if v.deadline is None:
                continue
            moments.append(next_nudge_at(due=v.deadline, last_sent=last_sent.get((v.case_id, v.state, v.since)),
                                         repeat=r.repeat, quiet=r.quiet_hours, tz=self.tz))
            moments.append(v.deadline)
        future = [m for m in moments if m > now]
        return min(future) if future else None

    def nudge(self, now: datetime, reports: Sequence[CaseReport] | None = None) -> int:
        views, last_sent = self._views_and_sent(now, reports)
        plans = plan_nudges(list(views.values()), now=now, reminders=self.settings.reminders, tz=self.tz,
                            last_sent=last_sent)
        if plans and self.check_sent is not None:
            # Just before a nudge goes out: a reply already in Sent (sent a
            # moment ago, not yet seen) moves its case and stops the nudge.
            if self.check_sent(now):
                views, last_sent = self._views_and_sent(now, None)
                plans = plan_nudges(list(views.values()), now=now, reminders=self.settings.reminders, tz=self.tz,
                                    last_sent=last_sent)
        for plan in plans:
            self._queue_nudge(plan, views[plan.case_id], now)
            log.info("case %s: nudge queued (%s overdue since %s)", plan.case_id, plan.state, plan.due)
        sent = {(v.case_id, JUNK, v.junk_since): True for v in views.values() if v.junk_since is not None
                and self.store.last_nudge(v.case_id, JUNK, v.junk_since) is not None}
        junk = plan_junk_nudges(list(views.values()), now=now, reminders=self.settings.reminders, tz=self.tz,
                                sent=sent)
        for plan in junk:
            self._queue_nudge(plan, views[plan.case_id], now)
            log.info("case %s: nudge queued (support's mail found in %s)", plan.case_id, views[plan.case_id].junk_folder)
        return len(plans) + len(junk)

    def _queue_nudge(self, plan, view, now: datetime) -> None:
        """Render the nudge a plan calls for, record it and queue its delivery, in one transaction."""
        context = nudge_context(plan, view, now=now, language=self.settings.you.language, tz=self.tz)
        subject, text, html = render_nudge(context, self.settings.templates_dir)
        with self.store.transaction():
            self.store.record_nudge(plan.case_id, plan.state, plan.since, plan.send_at)
            self._enqueue("nudge", subject, text, html, now)

    # --- the digest -----------------------------------------------------------------

    def digest(self, now: datetime, reports: Sequence[CaseReport] | None = None, *,
               language: str | None = None) -> tuple[str, str, str]:
        """(subject, text, html) of the digest, in [you] language unless `language` is given."""
        views = self._views(now, reports)
        context = build_digest(views, now=now, language=language or self.settings.you.language, tz=self.tz,
                               accounts=self.settings.accounts)
        return render_digest(context, self.settings.templates_dir)

    def queue_digest(self, now: datetime) -> None:
        subject, text, html = self.digest(now)
        with self.store.transaction():
            self._enqueue("digest", subject, text, html, now)

    def _enqueue(self, kind: str, subject: str, text: str, html: str, now: datetime) -> None:
        you = self.settings.you
        raw = build_notification(subject=subject, text=text, html=html, from_addr=you.emails[0],
                                 to_addrs=you.emails, date=now, kind=kind)
        self.store.enqueue(kind=kind, created_at=now, subject=subject, raw=raw, text=text,
                           channels=self.settings.digest.deliver)

    # --- delivery -------------------------------------------------------------------

    def deliver(self, now: datetime, folders: Folders | None = None) -> int:
        """Try every pending channel of every queued item; returns how many failed.
        `folders`: the mailbox's, once connected (the "mailbox" channel appends to its inbox)."""
        failed = 0
        for item in self.store.outbox():
            for channel, claimed_at in item.claimed.items():
                known = self._outcomes.get((item.id, channel))
                if known is not None:  # ours: delivered (or failed) before the database could say so
                    self._record(item.id, channel, *known)
                    failed += not known[0]
                elif claimed_at is None or abs(now - claimed_at) >= STALE_CLAIM:
                    self._unconfirmed(item, channel, claimed_at)
                # else: another process is delivering it right now
            for channel in item.pending:
                failed += not self._deliver_one(item, channel, now, folders)
        return failed

    def _deliver_one(self, item, channel: str, now: datetime, folders: Folders | None) -> bool:
        """Claim, deliver, record.  False when the channel failed (it is pending again)."""
        with self.store.transaction():
            if not self.store.claim_delivery(item.id, channel, now):
                return True  # another process has claimed or delivered it since
        try:
            self._send(channel, item, now, folders)
        except CertmergeError as exc:
            error = f"{channel}: {str(exc).splitlines()[0]}"
            log.warning("%s %s not delivered through %s (retried later): %s", item.kind, item.id, channel,
                        str(exc).splitlines()[0])
            self._record(item.id, channel, False, error)
            return False
        # Anything else leaves the claim: whether it went out is unknown, so it is not sent again.
        self._record(item.id, channel, True, None)
        return True

    def _record(self, item_id: int, channel: str, delivered: bool, error: str | None) -> None:
        """Record a delivery's outcome; kept in memory until the database takes it."""
        self._outcomes[(item_id, channel)] = (delivered, error)
        with self.store.transaction():
            self.store.finish_delivery(item_id, channel, delivered=delivered, error=error)
        del self._outcomes[(item_id, channel)]

    def _unconfirmed(self, item, channel: str, claimed_at: datetime | None) -> None:
        when = f"{claimed_at.astimezone(self.tz):%Y-%m-%d %H:%M %Z}" if claimed_at else "an unknown time"
        where = {"file": f"the digest file {self.settings.digest.file}", "stdout": "the service's log"}
        text = (f"the {item.kind} {item.subject!r}: its delivery through {channel} began at {when} and was never "
                f"confirmed (the process ended first); it is not delivered again: look in "
                f"{where.get(channel, 'your inbox')} whether it arrived")
        with self.store.transaction():
            self.store.drop_claim(item.id, channel, text)
        log.warning("%s", text)
        if self.on_error is not None:
            self.on_error(text)

    def _send(self, channel: str, item, now: datetime, folders: Folders | None) -> None:
        if channel == "stdout":
            self.out(f"{item.subject}\n\n{item.text}")
        elif channel == "file":
            path = Path(self.settings.digest.file)
            try:
                append_private(path, f"===== {item.subject} =====\n{item.text}\n")
            except OSError as exc:
                raise DeliveryError(f"[digest] file {path}: {exc.strerror}") from None
        elif channel == "smtp":
            if self.smtp is None:
                raise DeliveryError("[digest] deliver names \"smtp\" but no [smtp] section is configured")
            you = self.settings.you
            self.smtp.send(item.raw, you.emails[0], you.emails)
        elif channel == "mailbox":
            if folders is None or self.mailbox is None:
                raise DeliveryError("the mailbox is not connected")
            self.mailbox.append(folders.inbox, item.raw, (), now)
        else:
            raise DeliveryError(f"unknown delivery channel {channel!r}")
