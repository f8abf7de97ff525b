"""core/progress.py: a case's status and deadline from its events, with time passed in."""

from datetime import datetime, timedelta, timezone

from certmerge_mail.core.cases import Event, State
from certmerge_mail.core.model import Kind
from certmerge_mail.core.progress import case_progress, latest_confirmation_request
from certmerge_mail.core.settings import Reminders

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
REMINDERS = Reminders()


def _event(kind, hours, mid, **kw):
    return Event(str(kind), T0 + timedelta(hours=hours), mid, **kw)


def test_events_in_any_order_give_the_same_status_and_deadline():
    created = _event(Kind.CASE_CREATED, 0, "<c@x>")
    request = _event(Kind.MERGE_CONFIRMATION_REQUESTED, 5, "<r@x>", asks_user=True)
    a = case_progress([request, created], opened_at=T0, required_badges=(), reminders=REMINDERS, now=T0)
    b = case_progress([created, request], opened_at=T0, required_badges=(), reminders=REMINDERS, now=T0)
    assert a == b
    assert [e.message_id for e in a.events] == ["<c@x>", "<r@x>"]
    assert a.status.state == State.AWAITING_YOUR_CONFIRMATION
    assert a.next_deadline == request.at + REMINDERS.your_reply


def test_overdue_from_the_deadline_on():
    created = _event(Kind.CASE_CREATED, 0, "<c@x>")
    due = T0 + REMINDERS.support_silence

    def overdue(now):
        return case_progress([created], opened_at=T0, required_badges=(), reminders=REMINDERS, now=now).overdue

    assert not overdue(due - timedelta(seconds=1))
    assert overdue(due)


def test_a_case_without_events_counts_as_just_opened():
    p = case_progress([], opened_at=T0, required_badges=(), reminders=REMINDERS, now=T0)
    assert p.events == []
    assert (p.status.state, p.status.since) == (State.AWAITING_SUPPORT, T0)
    assert p.next_deadline == T0 + REMINDERS.support_silence and not p.overdue


def test_the_latest_counted_confirmation_request():
    first = _event(Kind.MERGE_CONFIRMATION_REQUESTED, 1, "<r1@x>")
    forged = _event(Kind.MERGE_CONFIRMATION_REQUESTED, 3, "<r3@x>", verified=False)
    second = _event(Kind.MERGE_CONFIRMATION_REQUESTED, 2, "<r2@x>")
    reply = _event(Kind.SUPPORT_REPLY, 4, "<s@x>")
    assert latest_confirmation_request([first, second, forged, reply]).message_id == "<r2@x>"
    assert latest_confirmation_request([reply]) is None
