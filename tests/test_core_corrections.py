"""core/corrections.py: the user's word on a mail's kind, applied to a case's
events; and what tracking records of a doubted mail.  Pure: no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from certmerge_mail.core import corrections, tracking
from certmerge_mail.core.cases import YOUR_REPLY, Event, State, case_status
from certmerge_mail.core.model import Kind, Message, Verdict

T = datetime(2025, 11, 3, 7, 20, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Fix:
    message_id: str
    kind: str


@dataclass(frozen=True)
class W:
    message_id: str
    code: str
    text: str = ""


def ev(kind, hours, mid, **kw) -> Event:
    return Event(kind=str(kind), at=T + timedelta(hours=hours), message_id=mid, **kw)


CREATED = ev(Kind.CASE_CREATED, 0, "<created>")
DOUBTED = ev(Kind.SUPPORT_REPLY, 26, "<doubted>", certain=False, doubts=("it also says the merge is done",),
             read_as=str(Kind.MERGE_CONFIRMATION_REQUESTED))
REQUEST = ev(Kind.MERGE_CONFIRMATION_REQUESTED, 26, "<request>", asks_user=True)
REPLY = ev(YOUR_REPLY, 30, "<reply>")
DONE = ev(Kind.MERGE_COMPLETED, 60, "<done>")


def state(events, fixes=()):
    return case_status(corrections.apply(events, {f.message_id: f for f in fixes})).state


def test_a_doubted_request_corrected_to_a_request_awaits_your_confirmation():
    assert state([CREATED, DOUBTED]) == State.AWAITING_SUPPORT
    fixes = [Fix("<doubted>", Kind.MERGE_CONFIRMATION_REQUESTED)]
    assert state([CREATED, DOUBTED], fixes) == State.AWAITING_YOUR_CONFIRMATION
    [_, fixed] = corrections.apply([CREATED, DOUBTED], {f.message_id: f for f in fixes})
    assert fixed.kind == Kind.MERGE_CONFIRMATION_REQUESTED and fixed.certain
    assert fixed.corrected_from == Kind.SUPPORT_REPLY and fixed.doubts == DOUBTED.doubts


def test_a_completion_corrected_to_a_support_reply_reopens_the_case():
    events = [CREATED, REQUEST, REPLY, DONE]
    assert state(events) == State.AWAITING_BADGES
    assert state(events, [Fix("<done>", Kind.SUPPORT_REPLY)]) == State.AWAITING_MERGE


def test_corrected_to_unrelated_drops_out():
    events = corrections.apply([CREATED, REQUEST], {"<request>": Fix("<request>", Kind.UNRELATED)})
    assert [e.message_id for e in events] == ["<created>"]
    assert case_status(events).state == State.AWAITING_SUPPORT


def test_a_request_corrected_to_a_support_reply_asks_nothing():
    """A plain support reply: no answer restating the merge is drafted to it."""
    [fixed] = corrections.apply([REQUEST], {"<request>": Fix("<request>", Kind.SUPPORT_REPLY)})
    assert fixed.kind == Kind.SUPPORT_REPLY and not fixed.asks_user
    asking = ev(Kind.SUPPORT_REPLY, 26, "<ask>", asks_user=True)
    [kept] = corrections.apply([asking], {"<ask>": Fix("<ask>", Kind.SUPPORT_REPLY)})
    assert kept.asks_user  # confirmed as it was: still a question to you


def test_a_second_correction_keeps_the_first_kind_as_corrected_from():
    once = corrections.apply([DONE], {"<done>": Fix("<done>", Kind.SUPPORT_REPLY)})
    twice = corrections.apply(once, {"<done>": Fix("<done>", Kind.SURVEY)})
    assert twice[0].kind == Kind.SURVEY and twice[0].corrected_from == Kind.MERGE_COMPLETED


def test_your_reply_and_badges_are_not_corrected():
    badge = ev(Kind.CREDLY_BADGE_ISSUED, 80, "<badge>", badge="SAA")
    fixes = {m: Fix(m, Kind.SUPPORT_REPLY) for m in ("<reply>", "<badge>")}
    assert corrections.apply([REPLY, badge], fixes) == [REPLY, badge]
    assert "your own reply" in corrections.correctable(REPLY)
    assert "Credly" in corrections.correctable(badge)
    assert corrections.correctable(DONE) is None


def test_kinds_are_checked_and_listed():
    assert corrections.check_kind("merge_confirmation_requested") is None
    problem = corrections.check_kind("confirmation")
    assert problem.startswith("unknown kind 'confirmation'")
    assert all(k in problem for k in corrections.KINDS)
    assert "your_reply" not in corrections.KINDS and "credly_badge_issued" not in corrections.KINDS


def test_warnings_settled_by_a_correction():
    warnings = [W("<doubted>", tracking.UNCERTAIN), W("<request>", tracking.DIRECTION_REVERSED),
                W("<request>", tracking.SUSPICIOUS), W("<other>", tracking.UNCERTAIN)]
    left = corrections.settled(warnings, {"<doubted>": Fix("<doubted>", Kind.MERGE_CONFIRMATION_REQUESTED),
                                          "<request>": Fix("<request>", Kind.SUPPORT_REPLY)})
    assert left == [W("<request>", tracking.SUSPICIOUS), W("<other>", tracking.UNCERTAIN)]
    # The guard's findings stand while the mail is a confirmation request.
    kept = corrections.settled(warnings[1:2], {"<request>": Fix("<request>", Kind.MERGE_CONFIRMATION_REQUESTED)})
    assert kept == warnings[1:2]


def test_uncertain_lists_what_needs_a_look_with_the_commands():
    fixed = corrections.apply([DOUBTED], {"<doubted>": Fix("<doubted>", Kind.SUPPORT_REPLY)})
    assert corrections.uncertain("C", fixed, {}, {}) == []
    unsure_unverified = ev(Kind.SUPPORT_REPLY, 27, "<u>", certain=False, verified=False)
    [item] = corrections.uncertain("C", [CREATED, DOUBTED, unsure_unverified], {"<doubted>": 7},
                                   {"<doubted>": "RE: merge"})
    assert (item.case_id, item.number, item.subject, item.read_as) == ("C", 7, "RE: merge",
                                                                      "merge_confirmation_requested")
    assert item.commands() == ("certmerge-mail cases correct 7 merge_confirmation_requested",
                               "certmerge-mail cases correct 7 support_reply")


@pytest.mark.parametrize("kind", [Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED])
def test_tracking_records_the_doubt_on_the_event(kind):
    verdict = Verdict(kind, case_id="176215680000123", sender_verified=True, certain=False, asks_user=True,
                      doubts=("it also says the merge is done",))
    message = Message(subject="RE:[CASE 176215680000123] merge", from_addr="support@example.com")
    actions = tracking.on_inbox_message(
        verdict, message, message_id="<m@x>", at=T, tracked=frozenset({"176215680000123"}), open_cases=lambda: (),
        linked_case=None, accounts=(), own_emails=(), require_verified=False)
    [event] = [a.event for a in actions if isinstance(a, tracking.AddEvent)]
    assert (event.kind, event.certain, event.doubts, event.read_as, event.asks_user) == (
        Kind.SUPPORT_REPLY, False, ("it also says the merge is done",), str(kind), False)
    [warn] = [a for a in actions if isinstance(a, tracking.Warn)]
    assert f"certmerge-mail cases correct MESSAGE {kind}" in warn.text


def test_tracking_a_certain_mail_records_it_certain():
    verdict = Verdict(Kind.SUPPORT_REPLY, case_id="176215680000123", sender_verified=True, asks_user=True)
    message = Message(subject="RE:[CASE 176215680000123] merge", from_addr="support@example.com")
    [add] = tracking.on_inbox_message(
        verdict, message, message_id="<m@x>", at=T, tracked=frozenset({"176215680000123"}), open_cases=lambda: (),
        linked_case=None, accounts=(), own_emails=(), require_verified=False)
    assert add.event.certain and add.event.read_as is None and add.event.asks_user
