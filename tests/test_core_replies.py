"""core/replies.py: the pure rules around a drafted reply, without a store or a server."""

from datetime import datetime, timedelta, timezone

import pytest

from certmerge_mail.core.cases import YOUR_REPLY, Event
from certmerge_mail.core.drafts import Purpose
from certmerge_mail.core.model import Kind
from certmerge_mail.core.replies import ANSWERS, agent_name, can_reply, moved_on, replied_since
from certmerge_mail.core.triggers import since_key

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("body", "name"), [
    ("We can merge them.\n\nBest regards,\nJohn\nAmazon Web Services", "John"),
    ("Thanks,\n\nMaria S.\nAWS Support", "Maria"),
    ("Kind regards\nAnna Lee Smith", "Anna"),
    ("Sincerely,\nAmazon Web Services", None),      # no person, the company
    ("Regards,\nAWS Training and Certification", None),
    ("Best regards,\nJohn Paul Jones Junior", None),  # four words: not a name
    ("Hello,\nplease confirm.", None),                # no closing
    ("", None),
    (None, None),
])
def test_agent_name_comes_from_the_signature(body, name):
    assert agent_name(body) == name


@pytest.mark.parametrize(("reply_to", "from_addr", "ok"), [
    ("", "no-reply-aws@amazon.com", False),
    (None, "NoReply@example.com", False),
    ("do-not-reply@amazon.com", "agent@amazon.com", False),
    ("donotreply@amazon.com", None, False),
    ("", "support@amazon.com", True),
    ("cases@amazon.com", "no-reply-aws@amazon.com", True),  # Reply-To wins over From
    (None, None, True),
])
def test_can_reply_refuses_no_reply_addresses(reply_to, from_addr, ok):
    assert can_reply(reply_to, from_addr) is ok


def test_an_answer_is_out_of_date_when_the_case_has_a_newer_trigger():
    for purpose in ANSWERS:
        assert not moved_on(str(purpose), "<req1@x>", current_trigger="<req1@x>", since=T0)
        assert moved_on(str(purpose), "<req1@x>", current_trigger="<req2@x>", since=T0)


def test_a_follow_up_is_out_of_date_when_the_wait_it_breaks_has_ended():
    trigger = f"awaiting_support:{since_key(T0)}"
    for purpose in (Purpose.FOLLOW_UP, Purpose.CREDLY_FOLLOW_UP):
        assert not moved_on(purpose, trigger, current_trigger="<other@x>", since=T0)
        assert moved_on(purpose, trigger, current_trigger="<other@x>", since=T0 + timedelta(hours=1))


def test_replied_since_counts_only_the_users_replies_from_then_on():
    events = [Event(str(Kind.CASE_CREATED), T0, "<a@x>"), Event(YOUR_REPLY, T0 + timedelta(hours=2), "<b@x>")]
    assert replied_since(events, T0 + timedelta(hours=1))
    assert replied_since(events, T0 + timedelta(hours=2))
    assert not replied_since(events, T0 + timedelta(hours=3))
    assert not replied_since(events[:1], T0)
