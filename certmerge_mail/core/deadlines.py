"""When each waiting state is overdue ([reminders])."""

from __future__ import annotations

from datetime import datetime, timedelta

from certmerge_mail.core.cases import CaseStatus, State
from certmerge_mail.core.settings import Reminders


def allowance(state: State, reminders: Reminders) -> timedelta | None:
    """How long a case may wait in `state` before it is overdue (None: never)."""
    return {
        State.AWAITING_SUPPORT: reminders.support_silence,
        State.AWAITING_YOUR_CONFIRMATION: reminders.your_reply,
        State.AWAITING_YOUR_REPLY: reminders.your_reply,
        State.AWAITING_MERGE: reminders.merge_completion,
        State.AWAITING_BADGES: reminders.credly_badge,
    }.get(state)


def deadline(status: CaseStatus, reminders: Reminders) -> datetime | None:
    wait = allowance(status.state, reminders)
    return None if wait is None else status.since + wait


def is_overdue(status: CaseStatus, reminders: Reminders, now: datetime) -> bool:
    due = deadline(status, reminders)
    return due is not None and now >= due
