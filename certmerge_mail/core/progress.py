"""Where one case stands: its events in order, its status, its next deadline.

Pure: the service reads the events and badge mails from the store and hands
them in with the moment to judge at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from certmerge_mail.core.cases import CaseStatus, Event, case_status
from certmerge_mail.core.deadlines import deadline
from certmerge_mail.core.model import Kind
from certmerge_mail.core.settings import Reminders


@dataclass(frozen=True, slots=True)
class Progress:
    events: list[Event]  # the case's events and the badge mails that count for it, oldest first
    status: CaseStatus
    next_deadline: datetime | None
    overdue: bool


def case_progress(events: list[Event], *, opened_at: datetime, required_badges: tuple[str, ...],
                  reminders: Reminders, now: datetime) -> Progress:
    """The case's status from its `events` (any order) and whether its deadline has passed at `now`.
    A case with no event yet (cannot normally happen) counts as just opened at `opened_at`."""
    ordered = sorted(events, key=lambda e: e.at)
    opening = [Event(kind=str(Kind.CASE_CREATED), at=opened_at, message_id="")]
    status = case_status(ordered or opening, required_badges)
    due = deadline(status, reminders)
    return Progress(ordered, status, due, due is not None and now >= due)


def latest_confirmation_request(events: list[Event]) -> Event | None:
    """The latest counted confirmation request among the case's events (oldest first)."""
    return next((e for e in reversed(events) if e.verified and e.kind == Kind.MERGE_CONFIRMATION_REQUESTED), None)
