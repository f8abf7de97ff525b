"""The case state machine: any order of mail gives the right state."""

from datetime import datetime, timedelta, timezone
from itertools import permutations

import pytest

from certmerge_mail.core.cases import YOUR_REPLY, Event, State, case_status, missing_badges
from certmerge_mail.core.deadlines import deadline, is_overdue
from certmerge_mail.core.settings import Reminders

T0 = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)


def ev(kind, hours, mid=None, **kw):
    return Event(kind=kind, at=T0 + timedelta(hours=hours), message_id=mid or f"<{kind}-{hours}@x>", **kw)


CREATED = ev("case_created", 0)
CONFIRM = ev("merge_confirmation_requested", 20)
REPLY = ev(YOUR_REPLY, 22)
DONE = ev("merge_completed", 50)
SURVEY = ev("survey", 50.5)
BADGE_SAA = ev("credly_badge_issued", 70, badge="AWS Certified Solutions Architect - Associate")
BADGE_DVA = ev("credly_badge_issued", 120, badge="AWS Certified Developer - Associate")
REQUIRED = ("AWS Certified Solutions Architect - Associate", "AWS Certified Developer - Associate")


@pytest.mark.parametrize(
    "events, state",
    [
        ([CREATED], State.AWAITING_SUPPORT),
        ([CREATED, CONFIRM], State.AWAITING_YOUR_CONFIRMATION),
        ([CREATED, CONFIRM, REPLY], State.AWAITING_MERGE),
        ([CREATED, CONFIRM, REPLY, DONE], State.AWAITING_BADGES),
        ([CREATED, CONFIRM, REPLY, DONE, SURVEY], State.AWAITING_BADGES),
        ([CREATED, CONFIRM, REPLY, DONE, SURVEY, BADGE_SAA], State.AWAITING_BADGES),
        ([CREATED, CONFIRM, REPLY, DONE, SURVEY, BADGE_SAA, BADGE_DVA], State.DONE),
    ],
)
def test_thread_in_order(events, state):
    assert case_status(events, REQUIRED).state == state


def test_every_arrival_order_gives_the_same_state():
    events = [CREATED, CONFIRM, REPLY, DONE, BADGE_SAA, BADGE_DVA]
    for order in permutations(events):
        assert case_status(list(order), REQUIRED).state == State.DONE


def test_completion_before_the_confirmation_request_still_awaits_badges():
    assert case_status([DONE, CONFIRM], REQUIRED).state == State.AWAITING_BADGES


def test_badge_before_completion_counts_once_completed():
    assert case_status([CREATED, BADGE_SAA, BADGE_DVA], REQUIRED).state == State.AWAITING_SUPPORT
    assert case_status([CREATED, BADGE_SAA, BADGE_DVA, DONE], REQUIRED).state == State.DONE


def test_first_badge_is_enough_when_no_certification_is_configured():
    assert case_status([CREATED, DONE, BADGE_SAA], ()).state == State.DONE


def test_support_question_then_your_answer_awaits_support():
    question = ev("support_reply", 20, asks_user=True)
    answer = ev(YOUR_REPLY, 21)
    assert case_status([CREATED, question], ()).state == State.AWAITING_YOUR_REPLY
    status = case_status([CREATED, question, answer], ())
    assert status.state == State.AWAITING_SUPPORT and status.since == answer.at


def test_status_update_restarts_the_silence_clock_only():
    update = ev("support_reply", 30, asks_user=False)
    status = case_status([CREATED, update], ())
    assert status.state == State.AWAITING_SUPPORT and status.since == update.at


def test_unverified_mail_never_moves_a_case():
    fake_done = ev("merge_completed", 30, verified=False)
    fake_confirm = ev("merge_confirmation_requested", 25, verified=False)
    assert case_status([CREATED, fake_confirm, fake_done], ()).state == State.AWAITING_SUPPORT


def test_survey_is_recorded_not_a_state():
    status = case_status([CREATED, CONFIRM, SURVEY], ())
    assert status.state == State.AWAITING_YOUR_CONFIRMATION and status.survey_seen


def test_missing_badges_matches_names_loosely():
    assert missing_badges(REQUIRED, ["AWS Certified Solutions Architect – Associate"]) == (REQUIRED[1],)
    assert missing_badges((), []) == ("any badge",)


def test_deadlines_per_state():
    r = Reminders()
    status = case_status([CREATED], ())
    assert deadline(status, r) == T0 + timedelta(days=2)
    assert not is_overdue(status, r, T0 + timedelta(days=1))
    assert is_overdue(status, r, T0 + timedelta(days=3))
    assert deadline(case_status([CREATED, CONFIRM], ()), r) == CONFIRM.at + timedelta(hours=12)
    assert deadline(case_status([CREATED, CONFIRM, REPLY], ()), r) == REPLY.at + timedelta(days=3)
    assert deadline(case_status([CREATED, DONE], REQUIRED), r) == DONE.at + timedelta(days=2)
    assert deadline(case_status([CREATED, DONE, BADGE_SAA, BADGE_DVA], REQUIRED), r) is None
