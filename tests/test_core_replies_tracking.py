"""Issue 18 in the pure core: whom your mail went to, what the case does with
your reply's reading, console cases, and how the digest shows them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from certmerge_mail.core import console
from certmerge_mail.core.cases import (
    YOUR_FORWARD, YOUR_LOOKALIKE_REPLY, YOUR_REPLY, YOUR_UNDELIVERABLE_REPLY, Event, State, case_status,
)
from certmerge_mail.core.digest import build_digest, todo
from certmerge_mail.core.model import Message
from certmerge_mail.core.nudges import CaseView
from certmerge_mail.core.settings import Account
from certmerge_mail.core.tracking import (
    LOOKALIKE_REPLY, REPLY_REVERSED, REPLY_UNCERTAIN, REPLY_UNDELIVERABLE, AddEvent, Warn, on_sent_message,
)

T0 = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)
CASE = "176215680000123"
SUPPORT = "aws-cs-trainingcertification-form@amazon.com"
ME = "ken.sato@example.jp"
ACCOUNTS = (Account("AWS11112222", "keep", ME, ME), Account("AWS33334444", "merge", "k@old.example", "k@old.example"))


def sent(to, text="Please proceed with the merge.", cc=()):
    message = Message(message_id="<s@x>", subject=f"Re: [CASE {CASE}] merge", from_addr=ME, to=(*to, *cc), text=text)
    return on_sent_message(message, message_id="<s@x>", at=T0, own_emails=(ME,), tracked=frozenset({CASE}),
                           linked_case=None, support_addresses=frozenset({SUPPORT, "no-reply-aws@amazon.com"}),
                           accounts=ACCOUNTS)


def event_of(actions) -> Event:
    [added] = [a for a in actions if isinstance(a, AddEvent)]
    return added.event


def codes(actions):
    return {a.code for a in actions if isinstance(a, Warn)}


def test_mail_to_support_is_your_reply_with_its_reading():
    e = event_of(sent([SUPPORT]))
    assert (e.kind, e.reading) == (YOUR_REPLY, "confirmed")
    assert json.loads(e.detail)["to"] == [SUPPORT]


def test_support_in_cc_is_enough():
    assert event_of(sent(["manager@example.jp"], cc=[SUPPORT])).kind == YOUR_REPLY


@pytest.mark.parametrize("to", [["manager@example.jp"], ["ken.private@example.com"], []])
def test_mail_to_anyone_else_is_a_forward(to):
    actions = sent(to, "FYI, see below. Does this look right to you?")
    e = event_of(actions)
    assert e.kind == YOUR_FORWARD and e.reading == ""
    assert not codes(actions)


def test_a_real_amazon_address_not_seen_on_the_case_is_not_support():
    # Only addresses support wrote from count: an address of AWS's domain the case never used is not support.
    assert event_of(sent(["jeff@amazon.com"])).kind == YOUR_FORWARD


@pytest.mark.parametrize("posing", ["help@amaz0n-certification.com", "support@aws-merge-desk.net",
                                    "cases@amazon-support.co"])
def test_mail_to_a_lookalike_is_a_loud_warning(posing):
    actions = sent([posing])
    assert event_of(actions).kind == YOUR_LOOKALIKE_REPLY
    [warning] = [a for a in actions if isinstance(a, Warn)]
    assert warning.code == LOOKALIKE_REPLY and f"you replied to {posing}, which is not AWS" in warning.text


def test_a_lookalike_in_cc_of_a_real_reply_still_warns_and_the_reply_counts():
    actions = sent([SUPPORT], cc=["x@amaz0n-certification.com"])
    assert event_of(actions).kind == YOUR_REPLY
    assert LOOKALIKE_REPLY in codes(actions)


def test_mail_to_a_no_reply_address_never_reaches_support():
    actions = sent(["no-reply-aws@amazon.com"])
    assert event_of(actions).kind == YOUR_UNDELIVERABLE_REPLY
    assert REPLY_UNDELIVERABLE in codes(actions)


def test_quoted_history_is_not_read_as_your_words():
    text = "Could you wait until Friday?\n\nOn Mon, 3 Nov 2025, AWS <x@amazon.com> wrote:\n> Please confirm. Proceed?"
    assert event_of(sent([SUPPORT], text)).reading == "other"


def test_an_uncertain_reading_is_other_and_warned():
    actions = sent([SUPPORT], "If the badges move too, then fine, go ahead.")
    assert event_of(actions).reading == "other"
    assert REPLY_UNCERTAIN in codes(actions)


def test_confirming_the_reverse_of_your_configuration_is_warned():
    actions = sent([SUPPORT], "Yes please proceed: AWS33334444 is to be kept and AWS11112222 merged into it.")
    assert event_of(actions).reading == "confirmed"
    assert REPLY_REVERSED in codes(actions)


def test_confirming_your_own_direction_is_not_warned():
    actions = sent([SUPPORT], "Yes please proceed: AWS11112222 is to be kept and AWS33334444 merged into it.")
    assert REPLY_REVERSED not in codes(actions)


# --- the case ------------------------------------------------------------------------------------

def ev(kind, hours, **kw):
    return Event(kind=kind, at=T0 + timedelta(hours=hours), message_id=f"<{kind}-{hours}@x>", **kw)


OPENED = ev("case_created", 0)
REQUEST = ev("merge_confirmation_requested", 20)


@pytest.mark.parametrize("reading, state", [
    ("confirmed", State.AWAITING_MERGE),
    ("", State.AWAITING_MERGE),  # recorded before replies were read
    ("corrected", State.AWAITING_SUPPORT),
    ("answered", State.AWAITING_SUPPORT),
    ("other", State.AWAITING_SUPPORT),
])
def test_only_a_confirmation_lets_the_merge_go_ahead(reading, state):
    assert case_status([OPENED, REQUEST, ev(YOUR_REPLY, 22, reading=reading)]).state == state


@pytest.mark.parametrize("kind", [YOUR_FORWARD, YOUR_LOOKALIKE_REPLY, YOUR_UNDELIVERABLE_REPLY])
def test_mail_not_to_support_changes_nothing(kind):
    status = case_status([OPENED, REQUEST, ev(kind, 22)])
    assert (status.state, status.trigger) == (State.AWAITING_YOUR_CONFIRMATION, REQUEST.message_id)


def test_a_console_case_moves_when_support_writes_again():
    request = ev("merge_confirmation_requested", 20, console=True)
    notice = ev("support_reply", 20.05, console=True)  # the same correspondence's notice
    assert case_status([OPENED, request, notice]).state == State.AWAITING_YOUR_CONFIRMATION
    later = ev("support_reply", 26, console=True)
    assert case_status([OPENED, request, notice, later]).state == State.AWAITING_MERGE
    asked = ev("support_reply", 20, console=True, asks_user=True)
    assert case_status([OPENED, asked, later]).state == State.AWAITING_SUPPORT


def test_a_form_case_does_not_move_on_a_status_update():
    assert case_status([OPENED, REQUEST, ev("support_reply", 26)]).state == State.AWAITING_YOUR_CONFIRMATION


# --- console mail ----------------------------------------------------------------------------------

@pytest.mark.parametrize("frm, text", [
    ("no-reply-aws@amazon.com", ""),
    ("noreply@amazon.com", ""),
    ("support@amazon.com", "Replies to this e-mail will not be read. Please respond via the Support Center."),
    ("support@amazon.com", "Please note this address does not accept replies."),
    ("support@amazon.com", "このメールアドレスは送信専用です。"),
    ("support@amazon.com", "ご返信はサポートセンターからお願いいたします。"),
])
def test_addresses_that_take_no_replies(frm, text):
    assert console.takes_no_replies(frm, "", text)


def test_a_form_desk_mail_takes_replies():
    assert not console.takes_no_replies(SUPPORT, "", "Kindly reply to this email to confirm.")


def test_the_link_is_the_one_the_mail_gives_for_this_case():
    text = ("See https://example.com/?displayId=999999999999999 and "
            f"https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={CASE}&language=ja.")
    assert console.support_center_link(text, CASE) == (
        f"https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={CASE}&language=ja")
    assert CASE in console.support_center_link("no link here", CASE)


# --- the digest ------------------------------------------------------------------------------------

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = T0 + timedelta(days=2)


def test_an_alarm_heads_the_digest_and_its_case_comes_first():
    calm = CaseView("1", "awaiting_support", T0, NOW - timedelta(days=1), True)
    fooled = CaseView("2", "awaiting_your_confirmation", T0, NOW + timedelta(days=1), False,
                      warnings=("an older warning", "you replied to x@amaz0n-x.com, which is not AWS"),
                      alarms=("you replied to x@amaz0n-x.com, which is not AWS",))
    d = build_digest([calm, fooled], now=NOW, language="en", tz=TOKYO, accounts=ACCOUNTS)
    assert [c["case_id"] for c in d["cases"]] == ["2", "1"]
    assert d["alarms"] == ["Case 2: Waiting for your confirmation: you replied to x@amaz0n-x.com, which is not AWS"]
    assert d["cases"][0]["warnings"][0].startswith("you replied to x@amaz0n-x.com")


def test_a_console_case_is_answered_in_the_support_center():
    link = console.SUPPORT_CENTER.format(case_id=CASE)
    case = CaseView(CASE, "awaiting_your_confirmation", T0, NOW, True, console_link=link, paste_draft=3)
    for language in ("en", "ja"):
        said = todo(case, language)
        assert link in said and "drafts show 3" in said
    waiting = CaseView(CASE, "awaiting_merge", T0, NOW + timedelta(days=2), False, console_link=link)
    assert link not in todo(waiting, "en")  # nothing to do while the merge runs


def test_the_timeline_names_a_forwards_recipients_and_a_replys_reading():
    case = CaseView("1", "awaiting_support", T0, None, False, events=(
        ("your_forward", T0, True, "", "taro@example.jp"), ("your_reply", T0 + timedelta(hours=1), True, "", "corrected"),
        ("case_created", T0 - timedelta(hours=1), True)))
    labels = [e["label"] for e in build_digest([case], now=NOW, language="en", tz=TOKYO,
                                               accounts=ACCOUNTS)["cases"][0]["timeline"]]
    assert labels == ["Case opened", "You forwarded the case to taro@example.jp (not a reply to support: nothing changed)",
                      "You replied (read as: you corrected support)"]


def test_a_form_desk_acknowledgement_saying_do_not_reply_is_not_a_console_case():
    from certmerge_mail.core.model import Kind, Verdict
    from certmerge_mail.core.tracking import on_inbox_message

    def event(kind, frm, text):
        message = Message(message_id="<a@x>", subject=f"[CASE {CASE}] x", from_addr=frm, text=text)
        verdict = Verdict(kind=kind, case_id=CASE, sender_verified=True, new_text=text)
        actions = on_inbox_message(verdict, message, message_id="<a@x>", at=T0, tracked=frozenset({CASE}),
                                   open_cases=lambda: (), linked_case=None, accounts=ACCOUNTS, own_emails=(ME,),
                                   require_verified=True)
        return event_of(actions)

    text = "We have received your request. This is an automated message; please do not reply to this e-mail."
    assert not event(Kind.CASE_CREATED, SUPPORT, text).console
    assert event(Kind.CASE_CREATED, "no-reply-aws@amazon.com", text).console
    assert event(Kind.SUPPORT_REPLY, "support@amazon.com",
                 "We are working on it. Replies to this e-mail will not be read; use the Support Center.").console


def test_the_case_of_a_sent_mail_is_its_subjects_or_its_threads():
    from certmerge_mail.core.tracking import case_of_sent
    tracked = frozenset({"176215680000123", "176215680000999"})
    assert case_of_sent("RE: [CASE 176215680000123] merge", tracked, None) == "176215680000123"
    assert case_of_sent("Re: my accounts", tracked, "176215680000999") == "176215680000999"
    assert case_of_sent("RE: [CASE 111111111111111] other", tracked, "176215680000999") == "176215680000999"
    assert case_of_sent("RE: [CASE 111111111111111] other", tracked, None) is None
