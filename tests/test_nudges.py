"""When nudges go out: at the deadline, every `repeat`, never in quiet hours,
once after an outage.  A fake clock: every `now` is a value."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from certmerge_mail.core.cases import YOUR_REPLY, Event, case_status
from certmerge_mail.core.deadlines import deadline, is_overdue
from certmerge_mail.core.model import Kind
from certmerge_mail.core.nudges import (
    CaseView, after_quiet_hours, in_quiet_hours, next_nudge_at, plan_nudges,
)
from certmerge_mail.core.settings import Reminders

UTC = timezone.utc
TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")
CASE = "176200000000001"
OPENED = datetime(2025, 11, 3, 1, 0, tzinfo=UTC)  # 10:00 JST
NIGHT = (time(22, 0), time(8, 0))


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=TOKYO)


def view(events: list[Event], reminders: Reminders, now: datetime) -> CaseView:
    status = case_status(events)
    return CaseView(CASE, str(status.state), status.since, deadline(status, reminders),
                    is_overdue(status, reminders, now))


def plan(events, reminders, now, sent, tz=TOKYO):
    return plan_nudges([view(events, reminders, now)], now=now, reminders=reminders, tz=tz, last_sent=sent)


OPENING = [Event(str(Kind.CASE_CREATED), OPENED, "<ack@amazonses.com>")]


def test_support_silent_three_days_is_overdue_and_gives_one_nudge():
    reminders = Reminders(support_silence=timedelta(days=2))
    now = OPENED + timedelta(days=3)
    case = view(OPENING, reminders, now)
    assert case.state == "awaiting_support" and case.overdue
    plans = plan(OPENING, reminders, now, {})
    assert len(plans) == 1
    assert plans[0].due == OPENED + timedelta(days=2)
    assert (plans[0].case_id, plans[0].state, plans[0].since) == (CASE, "awaiting_support", OPENED)
    assert plans[0].send_at == now


def test_not_yet_overdue_gives_no_nudge():
    reminders = Reminders(support_silence=timedelta(days=2))
    assert plan(OPENING, reminders, OPENED + timedelta(days=2) - timedelta(seconds=1), {}) == []
    assert len(plan(OPENING, reminders, OPENED + timedelta(days=2), {})) == 1


def test_a_second_nudge_only_after_repeat():
    reminders = Reminders(support_silence=timedelta(days=2), repeat=timedelta(days=1))
    first = plan(OPENING, reminders, OPENED + timedelta(days=2), {})[0]
    sent = {first.key: first.send_at}
    assert plan(OPENING, reminders, first.send_at + timedelta(hours=23, minutes=59), sent) == []
    second = plan(OPENING, reminders, first.send_at + timedelta(days=1), sent)
    assert [p.send_at for p in second] == [first.send_at + timedelta(days=1)]


def test_quiet_hours_hold_a_nudge_due_at_23_jst_until_08_jst():
    reminders = Reminders(support_silence=timedelta(hours=13), quiet_hours=NIGHT)  # 10:00 + 13 h = 23:00 JST
    due = OPENED + timedelta(hours=13)
    assert due == jst(3, 23)
    assert next_nudge_at(due=due, last_sent=None, repeat=reminders.repeat, quiet=NIGHT, tz=TOKYO) == jst(4, 8)
    for now in (jst(3, 23), jst(4, 2), jst(4, 7, 59)):
        assert plan(OPENING, reminders, now, {}) == [], now
    plans = plan(OPENING, reminders, jst(4, 8), {})
    assert len(plans) == 1 and plans[0].send_at == jst(4, 8) and plans[0].due == jst(3, 23)


def test_a_repeat_falling_in_quiet_hours_waits_for_their_end():
    last = jst(3, 22, 30)  # sent at 22:30 (quiet hours were off then); the repeat falls at 22:30 again
    when = next_nudge_at(due=jst(3, 12), last_sent=last, repeat=timedelta(days=1), quiet=NIGHT, tz=TOKYO)
    assert when == jst(5, 8)


@pytest.mark.parametrize("moment, quiet", [
    (jst(3, 22), True), (jst(3, 23, 59), True), (jst(4, 0), True), (jst(4, 7, 59), True),
    (jst(4, 8), False), (jst(3, 12), False), (jst(3, 21, 59), False),
])
def test_wrap_around_quiet_range(moment, quiet):
    assert in_quiet_hours(moment, NIGHT, TOKYO) is quiet


@pytest.mark.parametrize("moment, quiet", [
    (jst(3, 12), True), (jst(3, 12, 59), True), (jst(3, 13), False), (jst(3, 11, 59), False), (jst(3, 23), False),
])
def test_non_wrap_quiet_range(moment, quiet):
    assert in_quiet_hours(moment, (time(12, 0), time(13, 0)), TOKYO) is quiet


def test_after_quiet_hours():
    # Before and after midnight, a wrapping range ends at 08:00 of the next morning.
    assert after_quiet_hours(jst(3, 23), NIGHT, TOKYO) == jst(4, 8)
    assert after_quiet_hours(jst(4, 3), NIGHT, TOKYO) == jst(4, 8)
    assert after_quiet_hours(jst(3, 12, 30), (time(12, 0), time(13, 0)), TOKYO) == jst(3, 13)
    # Not quiet: the moment itself, in UTC.
    moment = jst(3, 12)
    result = after_quiet_hours(moment, NIGHT, TOKYO)
    assert result == moment and result.tzinfo == UTC
    assert after_quiet_hours(jst(3, 23), None, TOKYO) == jst(3, 23)
    # Equal start and end mean no quiet hours at all (never held forever).
    assert not in_quiet_hours(jst(3, 22), (time(22, 0), time(22, 0)), TOKYO)


def test_quiet_hours_follow_the_timezone():
    # 23:00 JST is 14:00 UTC: quiet in Tokyo, not quiet for a user on UTC.
    moment = jst(3, 23)
    assert in_quiet_hours(moment, NIGHT, TOKYO)
    assert not in_quiet_hours(moment, NIGHT, UTC)


def test_quiet_hours_across_dst_changes():
    # Spring forward in New York (9 March 2025, 02:00 -> 03:00): a quiet end
    # at 02:30, a time that does not exist that day, ends at 03:30 EDT.
    moment = datetime(2025, 3, 9, 1, 0, tzinfo=NEW_YORK)
    end = after_quiet_hours(moment, (time(22, 0), time(2, 30)), NEW_YORK)
    assert end == datetime(2025, 3, 9, 7, 30, tzinfo=UTC)
    assert not in_quiet_hours(end, (time(22, 0), time(2, 30)), NEW_YORK)
    # Fall back (2 November 2025, 02:00 EDT -> 01:00 EST): 01:15 happens twice.
    quiet = (time(0, 0), time(1, 30))
    first = datetime(2025, 11, 2, 5, 15, tzinfo=UTC)  # 01:15 EDT
    second = datetime(2025, 11, 2, 6, 15, tzinfo=UTC)  # 01:15 EST
    assert after_quiet_hours(first, quiet, NEW_YORK) == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)
    assert after_quiet_hours(second, quiet, NEW_YORK) == datetime(2025, 11, 2, 6, 30, tzinfo=UTC)
    # A repeat of one day across the change is 24 real hours.
    sent = datetime(2025, 11, 1, 14, 0, tzinfo=UTC)
    assert next_nudge_at(due=sent, last_sent=sent, repeat=timedelta(days=1), quiet=None,
                         tz=NEW_YORK) == sent + timedelta(hours=24)


def test_a_long_outage_gives_one_nudge_then_none_until_repeat():
    reminders = Reminders(support_silence=timedelta(days=2), repeat=timedelta(days=1))
    due = OPENED + timedelta(days=2)
    now = due + timedelta(days=10)
    plans = plan(OPENING, reminders, now, {})
    assert len(plans) == 1 and plans[0].send_at == now
    sent = {plans[0].key: plans[0].send_at}
    for later in (now, now + timedelta(minutes=5), now + timedelta(hours=23)):
        assert plan(OPENING, reminders, later, sent) == []
    assert len(plan(OPENING, reminders, now + timedelta(days=1), sent)) == 1


def test_an_outage_ending_in_quiet_hours_waits_for_the_morning():
    reminders = Reminders(support_silence=timedelta(days=2), quiet_hours=NIGHT)
    assert plan(OPENING, reminders, jst(15, 23), {}) == []
    assert len(plan(OPENING, reminders, jst(16, 8), {})) == 1


def test_several_overdue_cases_one_nudge_each():
    reminders = Reminders(support_silence=timedelta(days=2))
    now = OPENED + timedelta(days=5)
    cases = [CaseView(f"17620000000000{i}", "awaiting_support", OPENED, OPENED + timedelta(days=2), True)
             for i in range(3)]
    cases.append(CaseView("176200000000009", "done", OPENED, None, False))
    plans = plan_nudges(cases, now=now, reminders=reminders, tz=TOKYO, last_sent={})
    assert [p.case_id for p in plans] == [c.case_id for c in cases[:3]]


def test_a_new_state_starts_a_fresh_wait():
    reminders = Reminders(support_silence=timedelta(days=2), your_reply=timedelta(hours=12),
                          repeat=timedelta(days=1))
    first = plan(OPENING, reminders, OPENED + timedelta(days=2), {})[0]
    sent = {first.key: first.send_at}
    # An hour after that nudge, support asks to confirm the merge: a new wait.
    asked_at = first.send_at + timedelta(hours=1)
    events = OPENING + [Event(str(Kind.MERGE_CONFIRMATION_REQUESTED), asked_at, "<confirm@amazonses.com>")]
    assert plan(events, reminders, asked_at + timedelta(hours=11), sent) == []
    plans = plan(events, reminders, asked_at + timedelta(hours=12), sent)
    assert [(p.state, p.since) for p in plans] == [("awaiting_your_confirmation", asked_at)]


def test_a_new_since_in_the_same_state_starts_a_fresh_wait():
    reminders = Reminders(support_silence=timedelta(days=2), repeat=timedelta(days=3))
    first = plan(OPENING, reminders, OPENED + timedelta(days=2), {})[0]
    sent = {first.key: first.send_at}
    # The user replies: still awaiting_support, but the silence clock restarts.
    replied = first.send_at + timedelta(hours=2)
    events = OPENING + [Event(YOUR_REPLY, replied, "<me@example.com>")]
    plans = plan(events, reminders, replied + timedelta(days=2), sent)
    assert [(p.state, p.since) for p in plans] == [("awaiting_support", replied)]


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        in_quiet_hours(datetime(2025, 11, 3, 12, 0), NIGHT, TOKYO)
