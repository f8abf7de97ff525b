"""core/tracking.py: which case a mail in the inbox is about, decided in one place."""

from __future__ import annotations

from datetime import datetime, timezone

from certmerge_mail.core.model import Kind, Message, Verdict
from certmerge_mail.core.tracking import NO_CASE_ID, AddEvent, OpenCase, Warn, inbox_case, on_inbox_message

T = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)
NAMED, LINKED, OPEN = "176215680000123", "176215680000456", "176215680000789"


class Asked:
    """Open cases that count how often they are asked for."""

    def __init__(self, *cases: str) -> None:
        self.cases = tuple((c, T) for c in cases)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.cases


def test_the_case_id_the_mail_names_comes_first():
    asked = Asked(OPEN)
    assert inbox_case(Verdict(Kind.SUPPORT_REPLY, case_id=NAMED), LINKED, asked) == NAMED
    assert asked.calls == 0


def test_then_the_case_of_the_thread_it_replies_to():
    asked = Asked(OPEN)
    assert inbox_case(Verdict(Kind.SUPPORT_REPLY), LINKED, asked) == LINKED
    assert asked.calls == 0


def test_then_the_only_open_case_and_only_when_there_is_exactly_one():
    assert inbox_case(Verdict(Kind.MERGE_COMPLETED), None, Asked(OPEN)) == OPEN
    assert inbox_case(Verdict(Kind.MERGE_COMPLETED), None, Asked(OPEN, NAMED)) is None
    assert inbox_case(Verdict(Kind.MERGE_COMPLETED), None, Asked()) is None


def test_unrelated_mail_and_badges_are_about_no_one_case():
    for kind in (Kind.UNRELATED, Kind.CREDLY_BADGE_ISSUED):
        asked = Asked(OPEN)
        assert inbox_case(Verdict(kind, case_id=NAMED), LINKED, asked) is None
        assert asked.calls == 0


def track(verdict: Verdict, linked: str | None, asked: Asked, tracked=frozenset()):
    message = Message(message_id="<m@x>", subject="Your case", from_addr="aws@amazon.com", text="Hello")
    return on_inbox_message(verdict, message, message_id="<m@x>", at=T, tracked=frozenset(tracked),
                            open_cases=asked, linked_case=linked, accounts=(), own_emails=(),
                            require_verified=True)


def test_tracking_files_the_event_under_that_one_decision():
    asked = Asked(OPEN)
    actions = track(Verdict(Kind.SUPPORT_REPLY, sender_verified=True), LINKED, asked, {LINKED})
    assert [a.case_id for a in actions if isinstance(a, AddEvent)] == [LINKED] and asked.calls == 0
    actions = track(Verdict(Kind.SUPPORT_REPLY, sender_verified=True), None, asked)
    assert [type(a) for a in actions] == [OpenCase, AddEvent] and actions[1].case_id == OPEN
    [warn] = track(Verdict(Kind.SUPPORT_REPLY, sender_verified=True), None, Asked(OPEN, NAMED))
    assert isinstance(warn, Warn) and warn.code == NO_CASE_ID


def test_open_cases_are_asked_for_a_badge_only_when_it_fails_verification():
    asked = Asked(OPEN)
    assert track(Verdict(Kind.CREDLY_BADGE_ISSUED, sender_verified=True), None, asked) == []
    assert asked.calls == 0
    warns = track(Verdict(Kind.CREDLY_BADGE_ISSUED, sender_verified=False), None, asked)
    assert [w.case_id for w in warns] == [OPEN] and asked.calls == 1
