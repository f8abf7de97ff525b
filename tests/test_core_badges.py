"""Issue 13: which badges a case waits for, and what you tell it (core/cases.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from certmerge_mail.core.cases import ANY_BADGE, BADGE_MARKED, CLOSED, YOUR_REPLY, Event, State, case_status, \
    expected_badges
from certmerge_mail.core.settings import Account

T = datetime(2025, 11, 3, 7, 0, tzinfo=timezone.utc)
SAA, CCP, DVA = ("AWS Certified Solutions Architect - Associate", "AWS Certified Cloud Practitioner",
                 "AWS Certified Developer - Associate")


def accounts(keep=(SAA, CCP), merged=(DVA,)):
    return (Account("AWS01234567", "keep", "a@example.jp", "", tuple(keep)),
            Account("AWS07654321", "merge", "b@example.jp", "", tuple(merged)))


def merged_case(*extra):
    return [Event("case_created", T, "c"), Event("merge_confirmation_requested", T + timedelta(hours=20), "q"),
            Event(YOUR_REPLY, T + timedelta(hours=22), "r"), Event("merge_completed", T + timedelta(days=2), "m"),
            *extra]


def badge(name, hours=60, kind="credly_badge_issued", verified=True):
    return Event(kind, T + timedelta(hours=hours), f"b-{name}-{hours}", verified=verified, badge=name)


def test_only_the_merged_accounts_certifications_are_expected():
    assert expected_badges(accounts()) == (DVA,)
    assert expected_badges(accounts(merged=())) == (ANY_BADGE,)
    two = accounts(merged=(DVA,)) + (Account("AWS07777777", "merge", "c@example.jp", "", (DVA, "AWS Certified SysOps Administrator - Associate")),)
    assert expected_badges(two) == (DVA, "AWS Certified SysOps Administrator - Associate")


def test_the_moving_badge_alone_makes_the_case_done():
    status = case_status(merged_case(badge(DVA)), expected_badges(accounts()))
    assert status.state == State.DONE
    assert status.badges_arrived == (DVA,)


def test_a_kept_accounts_badge_does_not_count_for_a_moving_one():
    status = case_status(merged_case(badge(SAA)), expected_badges(accounts()))
    assert status.state == State.AWAITING_BADGES
    assert status.badges_missing == (DVA,)
    assert status.badges_arrived == ()


def test_unverified_badge_mail_does_not_count():
    status = case_status(merged_case(badge(DVA, verified=False)), expected_badges(accounts()))
    assert status.state == State.AWAITING_BADGES


def test_nothing_named_waits_for_one_badge_after_the_completion():
    required = expected_badges(accounts(merged=()))
    assert case_status(merged_case(badge(CCP, hours=30)), required).state == State.AWAITING_BADGES
    done = case_status(merged_case(badge(CCP, hours=60)), required)
    assert done.state == State.DONE and done.badges_arrived == (ANY_BADGE,)


def test_a_badge_you_mark_counts_like_a_mail():
    status = case_status(merged_case(badge("developer associate", kind=BADGE_MARKED)), expected_badges(accounts()))
    assert status.state == State.DONE


def test_marked_badge_before_the_completion_still_counts():
    status = case_status(merged_case(badge(DVA, hours=5, kind=BADGE_MARKED)), expected_badges(accounts()))
    assert status.state == State.DONE


def test_close_makes_any_state_done_and_is_reported():
    events = [Event("case_created", T, "c"), Event(CLOSED, T + timedelta(days=1), "mark:1")]
    status = case_status(events, expected_badges(accounts()))
    assert status.state == State.DONE and status.closed_by_you
    assert status.since == T + timedelta(days=1)


def test_badges_are_not_in_the_conversation():
    """A badge mail before any support reply does not restart the support-silence clock."""
    events = [Event("case_created", T, "c"), badge(DVA, hours=10)]
    status = case_status(events, expected_badges(accounts()))
    assert status.state == State.AWAITING_SUPPORT and status.since == T
