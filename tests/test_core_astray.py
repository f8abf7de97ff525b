"""core/astray.py: the request before the case, and the cases of one merge."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from certmerge_mail.core.astray import (
    AWAITING_ACKNOWLEDGEMENT,
    SUPERSEDED,
    TAKEN_OVER,
    CaseFacts,
    Request,
    follow_requests,
    group_cases,
)
from certmerge_mail.core.cases import YOUR_REPLY, Event

T = datetime(2025, 11, 3, 7, 0, tzinfo=timezone.utc)
IDS = ("AWS01234567", "AWS07654321")
HOUR = timedelta(hours=1)


def ev(kind, at, *, verified=True, ids=()):
    return Event(kind, at, f"<{kind}-{at.timestamp()}>", verified, account_ids=ids)


def case(case_id, opened, *events, done=False):
    return CaseFacts(case_id, opened, tuple(events), done)


def follow(requests, cases):
    return follow_requests(requests, cases, allowance=HOUR, configured=IDS)


def test_a_request_waits_for_its_acknowledgement_and_is_overdue_after_the_allowance():
    [s] = follow([Request(1, T, IDS)], [])
    assert (s.state, s.case_id, s.deadline) == (AWAITING_ACKNOWLEDGEMENT, None, T + HOUR)
    assert not s.overdue(T + HOUR - timedelta(seconds=1))
    assert s.overdue(T + HOUR)


def test_the_acknowledgement_takes_the_request_over():
    c = case("1762", T, ev("case_created", T + timedelta(minutes=3)))
    [s] = follow([Request(1, T, IDS)], [c])
    assert (s.state, s.case_id, s.deadline) == (TAKEN_OVER, "1762", None)
    assert not s.overdue(T + timedelta(days=3))


def test_a_first_reply_without_acknowledgement_takes_it_over_too():
    c = case("1762", T, ev("support_reply", T + timedelta(hours=5), ids=IDS))
    assert follow([Request(1, T, IDS)], [c])[0].case_id == "1762"


def test_an_unverified_mail_or_your_own_reply_does_not_take_it_over():
    c = case("1762", T, ev("case_created", T + timedelta(minutes=3), verified=False),
             ev(YOUR_REPLY, T + timedelta(minutes=9)))
    assert follow([Request(1, T, IDS)], [c])[0].state == AWAITING_ACKNOWLEDGEMENT


def test_a_case_that_began_before_the_request_does_not_take_it_over():
    old = case("1700", T - timedelta(days=20), ev("case_created", T - timedelta(days=20)))
    assert follow([Request(1, T, IDS)], [old])[0].state == AWAITING_ACKNOWLEDGEMENT


def test_a_case_naming_other_accounts_does_not_take_it_over():
    c = case("1762", T, ev("support_reply", T + HOUR, ids=("AWS01234567", "AWS99999999")))
    # AWS99999999 is not configured: only the configured ids named count, and those were in the request
    assert follow([Request(1, T, IDS)], [c])[0].state == TAKEN_OVER
    assert follow([Request(1, T, ("AWS01234567",))],
                  [case("1762", T, ev("support_reply", T + HOUR, ids=IDS))])[0].state == AWAITING_ACKNOWLEDGEMENT


def test_the_form_sent_again_supersedes_the_unanswered_first_request():
    week = T + timedelta(days=8)
    c = case("1770", week, ev("case_created", week + timedelta(minutes=4)))
    first, second = follow([Request(1, T, IDS), Request(2, week, IDS)], [c])
    assert (first.state, first.superseded_by, first.deadline) == (SUPERSEDED, 2, None)
    assert (second.state, second.case_id) == (TAKEN_OVER, "1770")


def test_an_acknowledgement_a_few_minutes_before_the_time_typed_still_counts():
    c = case("1762", T, ev("case_created", T - timedelta(minutes=5)))
    assert follow([Request(1, T, IDS)], [c])[0].case_id == "1762"


def test_cases_naming_the_configured_accounts_form_one_merge_newest_first():
    old = case("1700", T, ev("case_created", T, ids=IDS))
    new = case("1780", T + timedelta(days=8), ev("case_created", T + timedelta(days=8), ids=IDS))
    other = case("1790", T, ev("case_created", T, ids=("AWS99999999",)))
    g = group_cases([old, new, other], configured=IDS)
    assert g["1700"].cases == g["1780"].cases == ("1780", "1700")
    assert g["1700"].group == g["1780"].group != ""
    assert g["1790"].group == ""
    # no progress in the newer case yet: nothing superseded
    assert g["1700"].superseded_by is None and g["1780"].superseded_by is None


def test_the_newer_case_with_supports_reply_supersedes_the_older_one():
    old = case("1700", T, ev("case_created", T, ids=IDS))
    later = T + timedelta(days=8)
    new = case("1780", later, ev("case_created", later), ev("merge_confirmation_requested", later + HOUR, ids=IDS))
    g = group_cases([old, new], configured=IDS)
    assert g["1700"].superseded_by == "1780"
    assert g["1780"].superseded_by is None


def test_a_done_case_is_never_superseded_and_a_case_that_took_over_a_request_belongs():
    old = case("1700", T, ev("merge_completed", T, ids=IDS), done=True)
    later = T + timedelta(days=8)
    new = case("1780", later, ev("case_created", later), ev("support_reply", later + HOUR))
    g = group_cases([old, new], configured=IDS, took_over=frozenset({"1780"}))
    assert g["1780"].cases == ("1780", "1700")
    assert g["1700"].superseded_by is None
    # without the request, the newer case names no configured account: no group
    assert group_cases([old, new], configured=IDS)["1780"].group == ""


def test_an_older_case_still_answered_after_the_newer_one_opened_is_not_superseded():
    later = T + timedelta(days=8)
    old = case("1700", T, ev("case_created", T, ids=IDS), ev("support_reply", later + HOUR))
    new = case("1780", later, ev("case_created", later, ids=IDS), ev("support_reply", later + 2 * HOUR))
    assert group_cases([old, new], configured=IDS)["1700"].superseded_by is None
    # answered only before the newer case opened: superseded
    old = case("1700", T, ev("case_created", T, ids=IDS), ev("support_reply", T + HOUR))
    assert group_cases([old, new], configured=IDS)["1700"].superseded_by == "1780"
