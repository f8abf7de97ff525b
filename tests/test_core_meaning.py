"""Composed meaning: a merge said to be done in words no rule lists, and the
doubts that keep a mail from acting (tests in other words than the corpus)."""

from datetime import UTC, datetime

import pytest

from certmerge_mail.core import meaning, tracking
from certmerge_mail.core.model import Kind, Message, Verdict


@pytest.mark.parametrize("text", [
    "Good news: the history that was on AWS11112222 has been carried over, and everything now sits under AWS33334444.",
    "We have finished combining your two profiles; please sign in with your usual address.",
    "The duplicate profile was retired after your certifications were transferred.",
    "ご依頼のアカウントにつきまして、統合作業が無事に完了いたしました。",
    "AWS11112222 の受験履歴を AWS33334444 へすべて移行いたしました。",
    "お客様のアカウントのマージは、正常に処理されました。",
])
def test_merge_said_done_in_other_words(text):
    assert meaning.merge_done(text) is not None


@pytest.mark.parametrize("text", [
    "Once the accounts have been merged, we will let you know.",
    "The merge has not been completed yet.",
    "As you confirmed, we will now proceed with the merge.",
    "We have merged your duplicate case into this case so that all messages stay in one place.",
    "Your records were moved across, but the voucher transfer is still being processed.",
    "統合が完了しましたら、改めてご連絡いたします。",
    "統合の手続きを担当部署へ依頼いたしました。",
    "Has the merge been completed on your side?",
])
def test_not_done(text):
    assert meaning.merge_done(text) is None


@pytest.mark.parametrize("text, asks", [
    ("Could you let us know which account you would like to keep?", True),
    ("統合にあたり、どちらのアカウントを残すかをお知らせください。", True),
    ('Reply "I confirm" (or let us know which account to keep, if it is not AWS11112222).', False),
    ("We will keep AWS11112222 and merge AWS33334444 into it.", False),
])
def test_asks_which(text, asks):
    assert meaning.asks_which(text) is asks


def _track(verdict):
    message = Message(subject="RE:[CASE 176215680000123] merge", from_addr="support@example.com")
    return tracking.on_inbox_message(
        verdict, message, message_id="<m@x>", at=datetime(2025, 11, 4, tzinfo=UTC),
        tracked=frozenset({"176215680000123"}), open_cases=(), linked_case=None,
        accounts=(), own_emails=(), require_verified=False)


@pytest.mark.parametrize("kind", [Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED])
def test_an_uncertain_request_or_completion_neither_drafts_nor_closes(kind):
    verdict = Verdict(kind, case_id="176215680000123", sender_verified=True, certain=False,
                      doubts=("it also asks which account to keep",))
    actions = _track(verdict)
    events = [a.event for a in actions if isinstance(a, tracking.AddEvent)]
    assert [e.kind for e in events] == [str(Kind.SUPPORT_REPLY)]
    [warn] = [a for a in actions if isinstance(a, tracking.Warn)]
    assert warn.code == tracking.UNCERTAIN and "needs your look" in warn.text
