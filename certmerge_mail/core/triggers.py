"""When a case needs a reply drafted.  Pure: the service asks after each sync.

Each wanted draft has a trigger: the Message-ID of the agent's mail it
answers, or the start of the silence it breaks.  The store keeps one draft
per (case, purpose, trigger), so a trigger is drafted exactly once across
restarts, and a new request from support (a new trigger) gets a new draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from certmerge_mail.core.cases import CaseStatus, State
from certmerge_mail.core.deadlines import is_overdue
from certmerge_mail.core.drafts import Purpose
from certmerge_mail.core.settings import Reminders
from certmerge_mail.core.tracking import ACCOUNTS_MISMATCH, DIRECTION_REVERSED, DIRECTION_UNREAD


@dataclass(frozen=True, slots=True)
class DraftWanted:
    case_id: str
    purpose: Purpose
    trigger: str


def wanted_draft(
    case_id: str,
    status: CaseStatus,
    *,
    reminders: Reminders,
    now: datetime,
    trigger_warnings: frozenset[str] = frozenset(),
    can_reply_by_mail: bool = True,
) -> DraftWanted | None:
    """The draft this case needs now, if any.

    `trigger_warnings`: warning codes recorded on the triggering message
    by the guard (see `_answer_to_request`).
    `can_reply_by_mail`: False for console cases whose address takes no replies.
    """
    state = status.state
    if state == State.AWAITING_YOUR_CONFIRMATION:
        return _answer_to_request(case_id, status.trigger, trigger_warnings) if can_reply_by_mail else None
    if state == State.AWAITING_YOUR_REPLY:
        if not can_reply_by_mail or ACCOUNTS_MISMATCH in trigger_warnings:
            return None
        return DraftWanted(case_id, Purpose.INFORMATION, status.trigger)
    if state == State.AWAITING_SUPPORT and is_overdue(status, reminders, now):
        return DraftWanted(case_id, Purpose.FOLLOW_UP, f"silence-since:{since_key(status.since)}")
    if state == State.AWAITING_BADGES and is_overdue(status, reminders, now):
        return DraftWanted(case_id, Purpose.CREDLY_FOLLOW_UP, f"badges-since:{since_key(status.since)}")
    return None


def _answer_to_request(case_id: str, trigger: str, warnings: frozenset[str]) -> DraftWanted | None:
    """What answers a confirmation request, after the guard (core/guard.py):
    other accounts, nothing; a reversed direction, a correction; a direction
    not read for certain, a clarification; only otherwise the confirmation."""
    if ACCOUNTS_MISMATCH in warnings:
        return None
    if DIRECTION_REVERSED in warnings:
        return DraftWanted(case_id, Purpose.CORRECTION, trigger)
    if DIRECTION_UNREAD in warnings:
        return DraftWanted(case_id, Purpose.CLARIFY, trigger)
    return DraftWanted(case_id, Purpose.CONFIRMATION, trigger)


def since_key(moment: datetime) -> str:
    """How a follow-up's trigger names the start of the wait it breaks."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
