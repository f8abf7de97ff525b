"""After each sync: put the reply each case needs into the user's Drafts folder.

Exactly once per trigger, across crashes:
1. the draft is rendered and recorded as "pending" in one transaction (the
   store keeps one row per case, purpose and trigger);
2. pending drafts are appended to Drafts with the \\Draft flag.  Each has a
   deterministic Message-ID, so a crash between the APPEND and the status
   update is repaired by finding that Message-ID in Drafts instead of
   appending again;
3. a draft that reached Drafts is never appended again, so a draft the user
   deleted stays deleted.
A pending draft whose case has moved on (the user already replied) is not
appended at all: it becomes "superseded".

A draft whose trigger the user corrected away (`cases correct`: the mail was
no confirmation request after all) is withdrawn: "withdrawn" at once if it
never reached Drafts, else "withdrawing" until it is taken out of Drafts --
only if it is still there unsent and is our own (flagged \\Draft and
carrying the X-Certmerge-Mail-Draft header); anything else in Drafts is
never touched.  Corrected back, the draft is written anew.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from certmerge_mail.adapters.compose import DRAFT_MARKER_HEADER, build_reply
from certmerge_mail.adapters.mailbox import Folders, Mailbox
from certmerge_mail.adapters.render import render
from certmerge_mail.adapters.store import Store, StoredMessage
from certmerge_mail.core import console, drafts, guard
from certmerge_mail.core.console import PASTE
from certmerge_mail.core.cases import BADGE_MARKED, CLOSED, YOUR_REPLY, State
from certmerge_mail.core.direction import Status
from certmerge_mail.core.drafts import DraftStatus, Purpose
from certmerge_mail.core.model import Kind
from certmerge_mail.core.replies import ANSWERS, agent_name, can_reply, moved_on, replied_since
from certmerge_mail.core.settings import Settings
from certmerge_mail.core.text import split_new_text
from certmerge_mail.core.triggers import DraftWanted, wanted_draft
from certmerge_mail.service.sync import CaseReport

log = logging.getLogger(__name__)

DRAFT_FLAGS = ("\\Draft",)


class Drafter:
    """Records the drafts the cases need and appends them to the Drafts folder of `mailbox`."""

    def __init__(self, settings: Settings, store: Store, mailbox: Mailbox) -> None:
        self.settings = settings
        self.store = store
        self.mailbox = mailbox

    def __call__(self, now: datetime, reports: Sequence[CaseReport], folders: Folders) -> None:
        self.plan(now, reports)
        self.push(now, reports, folders.drafts)
        self.withdraw(now, folders.drafts)

    # --- deciding -------------------------------------------------------------------

    def plan(self, now: datetime, reports: Sequence[CaseReport]) -> list[int]:
        """Record the drafts the cases need now; returns the new draft ids."""
        created = []
        for report in reports:
            trigger_msg = self.store.message(report.status.trigger)
            wanted = wanted_for(report, self.store, self.settings, now)
            if wanted is None or self.store.has_draft(wanted.case_id, wanted.purpose, wanted.trigger):
                continue
            if report.muted and wanted.purpose in (Purpose.FOLLOW_UP, Purpose.CREDLY_FOLLOW_UP):
                continue  # `cases mute`: no chasing while muted
            # A console case takes no e-mail reply: the same English text is
            # kept for you to paste into the Support Center, never put in Drafts.
            link = report.console_link or (
                "" if _can_reply(trigger_msg) else console.support_center_link(
                    trigger_msg.body or "" if trigger_msg else "", report.case_id))
            with self.store.transaction():
                draft_id = self._record(wanted, report, trigger_msg, now, paste_at=link)
            if draft_id is not None:
                created.append(draft_id)
                log.info("case %s: %s reply drafted (draft %s)", wanted.case_id, wanted.purpose, draft_id)
        return created

    def _record(self, wanted: DraftWanted, report, trigger_msg: StoredMessage | None, now: datetime,
                paste_at: str = "") -> int | None:
        agent = trigger_msg or self._last_support_message(report)
        case_row = next(c for c in self.store.cases() if c.case_id == wanted.case_id)
        context = self._context(wanted, report, agent, case_row.opened_at, now)
        body = render(drafts.TEMPLATES[wanted.purpose], context, self.settings.templates_dir)
        if agent is not None and agent.body and wanted.purpose in ANSWERS and not paste_at:
            sender = f"{agent.from_name} <{agent.from_addr}>" if agent.from_name else agent.from_addr
            body = body.rstrip("\n") + "\n\n" + drafts.quote_original(agent.body, sender, agent.date)
        to_addr = case_row.reply_to
        if agent is not None:
            to_addr, set_aside = drafts.reply_address(agent.reply_to, agent.from_addr)
            if set_aside:
                self.store.add_warning(wanted.case_id, agent.message_id, "reply_to_ignored", set_aside, now)
        subject = drafts.reply_subject(agent.subject if agent else case_row.subject, wanted.case_id)
        you = self.settings.you
        domain = you.emails[0].rpartition("@")[2] if you.emails else "certmerge-mail.invalid"
        message_id = drafts.draft_message_id(wanted.case_id, wanted.purpose, wanted.trigger, domain)
        raw = build_reply(
            from_name=you.name, from_addr=you.emails[0], to_addr=to_addr, subject=subject, body=body,
            in_reply_to=agent.message_id if agent else "", references=(agent.message_id,) if agent else (),
            message_id=message_id, date=now, marker=f"{wanted.purpose} {wanted.case_id}",
        )
        if paste_at:
            to_addr = paste_at
        fields = dict(case_id=wanted.case_id, purpose=str(wanted.purpose), trigger=wanted.trigger, created_at=now,
                      message_id=message_id, to_addr=to_addr, subject=subject, raw=raw)
        # A draft withdrawn when its trigger was corrected away, wanted again: written anew.
        draft_id = self.store.add_draft(**fields) or self.store.revive_draft(**fields)
        if paste_at and draft_id is not None:
            self.store.set_draft_status(draft_id, PASTE, now)
        return draft_id

    def _context(self, wanted: DraftWanted, report, agent: StoredMessage | None, opened: datetime,
                 now: datetime) -> dict:
        s, case = self.settings, wanted.case_id
        if wanted.purpose in (Purpose.CONFIRMATION, Purpose.CLARIFY, Purpose.CORRECTION):
            # The guard's reading of the request this draft answers, again: pure and cheap.
            check = guard.check(split_new_text(agent.body)[0] if agent and agent.body else "",
                                s.accounts, s.you.emails)
            name = _agent_name(agent)
            if wanted.purpose == Purpose.CLARIFY:
                return drafts.clarify_context(s, case, name, check.direction.unread)
            if wanted.purpose == Purpose.CORRECTION:
                return drafts.correction_context(s, case, name, check.direction.keep or "")
            return drafts.confirmation_context(s, case, name,
                                               direction_stated=check.direction.status is not Status.NOT_STATED)
        if wanted.purpose == Purpose.INFORMATION:
            return drafts.information_context(s, case, agent.body if agent else "")
        if wanted.purpose == Purpose.FOLLOW_UP:
            return drafts.follow_up_context(s, case, opened, report.status.since, now)
        return drafts.credly_follow_up_context(s, case, report.status.since, report.status.badges_missing)

    def _last_support_message(self, report) -> StoredMessage | None:
        for event in reversed(report.events):
            if event.verified and event.kind not in (YOUR_REPLY, Kind.CREDLY_BADGE_ISSUED, BADGE_MARKED, CLOSED):
                found = self.store.message(event.message_id)
                if found is not None:
                    return found
        return None

    # --- putting them in Drafts -----------------------------------------------------------

    def push(self, now: datetime, reports: Sequence[CaseReport], folder: str) -> None:
        """Append the pending drafts to `folder` (Drafts), or set aside those out of date."""
        pending = self.store.drafts(status=DraftStatus.PENDING)
        if not pending:
            return
        current = {r.case_id: r for r in reports}
        mailbox = self.mailbox
        for draft in pending:
            report = current.get(draft.case_id)
            if report is not None and _moved_on(draft, report):
                with self.store.transaction():
                    self.store.set_draft_status(draft.id, DraftStatus.SUPERSEDED, now)
                continue
            uid = mailbox.find_message_id(folder, draft.message_id)
            if uid is None:
                uid = mailbox.append(folder, draft.raw, DRAFT_FLAGS, now)
            with self.store.transaction():
                self.store.set_draft_status(draft.id, DraftStatus.IN_DRAFTS, now, imap_uid=uid)
            log.info("draft %s (%s, case %s) is in %s", draft.id, draft.purpose, draft.case_id, folder)


    # --- taking withdrawn drafts out of Drafts ---------------------------------------

    def withdraw(self, now: datetime, folder: str) -> None:
        """Take the drafts withdrawn by a correction out of Drafts, if still
        there unsent and ours (see the module's docstring)."""
        for draft in self.store.drafts(status="withdrawing"):
            outcome = self.mailbox.delete_own_draft(folder, draft.message_id, DRAFT_MARKER_HEADER, draft.raw)
            with self.store.transaction():
                self.store.set_draft_status(draft.id, "withdrawn", now)
            if outcome == "not_ours":
                log.warning("draft %s (%s, case %s) was withdrawn, but the message with its Message-ID in %s is "
                            "not certmerge-mail's own unsent draft (edited, or without our marker): it is left "
                            "there; delete it yourself if you do not want it", draft.id, draft.purpose,
                            draft.case_id, folder)
            else:
                log.info("draft %s (%s, case %s) withdrawn%s", draft.id, draft.purpose, draft.case_id,
                         f" and taken out of {folder}" if outcome == "deleted" else "")


def wanted_for(report, store: Store, settings: Settings, now: datetime) -> DraftWanted | None:
    """The draft a case needs now (core/triggers.py), with the guard's warnings on its trigger."""
    codes = frozenset(w.code for w in report.warnings if w.message_id == report.status.trigger)
    return wanted_draft(report.case_id, report.status, reminders=settings.reminders, now=now,
                        trigger_warnings=codes)


def withdraw_answers(store: Store, settings: Settings, report, message_id: str, now: datetime) -> list:
    """After a correction of `message_id`: withdraw the live drafts answering
    it that the case no longer wants.  Returns the drafts withdrawn (as they were)."""
    wanted = wanted_for(report, store, settings, now)
    withdrawn = []
    for draft in store.drafts():
        if draft.case_id != report.case_id or draft.trigger != message_id or draft.purpose not in ANSWERS:
            continue
        if draft.status not in ("pending", "in_drafts"):
            continue
        if wanted is not None and (wanted.purpose, wanted.trigger) == (draft.purpose, draft.trigger):
            continue
        store.set_draft_status(draft.id, "withdrawn" if draft.status == "pending" else "withdrawing", now)
        withdrawn.append(draft)
    return withdrawn


def mark_answered(store: Store, reports: Sequence[CaseReport], now: datetime) -> None:
    """Drafts whose case has moved on since they were made are 'answered'."""
    by_case = {r.case_id: r for r in reports}
    for draft in store.drafts(status=DraftStatus.IN_DRAFTS):
        report = by_case.get(draft.case_id)
        if report is not None and _moved_on(draft, report):
            replied = replied_since(report.events, draft.created_at)
            with store.transaction():
                store.set_draft_status(draft.id, DraftStatus.SENT if replied else DraftStatus.SUPERSEDED, now)
    # A console case's text to paste is out of date once the case has moved
    # on (support's next mail: you answered in the Support Center).
    for draft in store.drafts(status=PASTE):
        report = by_case.get(draft.case_id)
        if report is not None and _moved_on(draft, report):
            with store.transaction():
                store.set_draft_status(draft.id, DraftStatus.SUPERSEDED, now)


def _moved_on(draft, report: CaseReport) -> bool:
    if report.status.state == State.SUPERSEDED:
        return True  # a newer case of the same merge is the one followed (service/astray.py)
    return moved_on(draft.purpose, draft.trigger, current_trigger=report.status.trigger, since=report.status.since)


def _can_reply(message: StoredMessage | None) -> bool:
    return True if message is None else can_reply(message.reply_to, message.from_addr)


def _agent_name(agent: StoredMessage | None) -> str | None:
    return agent_name(agent.body if agent is not None else None)
