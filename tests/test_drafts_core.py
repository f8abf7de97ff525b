"""Draft helpers of the core (subjects, quotes, ids, dates) and the reply
message built by the compose adapter."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone

import pytest

from certmerge_mail.adapters.compose import build_reply
from certmerge_mail.core.drafts import (
    Purpose,
    draft_message_id,
    format_date,
    format_datetime,
    quote_original,
    reply_subject,
)

CASE = "176215680000123"
FORM_SUBJECT = f"RE:[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance"
SES_ID = "<0100019a4b2c3d4e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@email.amazonses.com>"


# --------------------------------------------------------------------------
# reply_subject


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        (FORM_SUBJECT, FORM_SUBJECT),  # kept exactly, no space added after RE:
        (f"Re: [CASE {CASE}] account merge", f"Re: [CASE {CASE}] account merge"),
        (f"[CASE {CASE}] account merge", f"RE: [CASE {CASE}] account merge"),
        (f"Re: RE: Fwd: [CASE {CASE}] account merge", f"RE: [CASE {CASE}] account merge"),
        (f"RE: RE:[CASE {CASE}] account merge", f"RE: [CASE {CASE}] account merge"),
        (f"Fwd: [CASE {CASE}] account merge", f"RE: [CASE {CASE}] account merge"),
        (f"RE：[CASE {CASE}] アカウント統合のお願い", f"RE：[CASE {CASE}] アカウント統合のお願い"),
        (f"[CASE {CASE}] アカウント統合のお願い", f"RE: [CASE {CASE}] アカウント統合のお願い"),
        ("Account merge", f"RE: Account merge [CASE {CASE}]"),
        ("アカウント統合について", f"RE: アカウント統合について [CASE {CASE}]"),
        ("", f"RE: [CASE {CASE}]"),
        ("RE: Receipt of your request", f"RE: Receipt of your request [CASE {CASE}]"),
    ],
)
def test_reply_subject(agent: str, expected: str) -> None:
    assert reply_subject(agent, CASE) == expected


def test_reply_subject_does_not_take_a_longer_number_for_the_case_id() -> None:
    assert reply_subject(f"RE:[CASE 9{CASE}] other", CASE) == f"RE:[CASE 9{CASE}] other [CASE {CASE}]"


def test_reply_subject_prefixes_re_only_once() -> None:
    once = reply_subject("[CASE 1234567890] merge", "1234567890")
    assert reply_subject(once, "1234567890") == once


def test_reply_subject_never_contains_cr_or_lf() -> None:
    subject = reply_subject(f"RE:[CASE {CASE}] merge\r\nBcc: evil@example.com\n", f"{CASE}\r\n")
    assert "\r" not in subject and "\n" not in subject
    assert subject == f"RE:[CASE {CASE}] merge Bcc: evil@example.com"


# --------------------------------------------------------------------------
# Dates and quoting


def test_dates_are_english_without_the_locale() -> None:
    assert format_date(datetime(2025, 11, 3, 10, 0, tzinfo=timezone.utc)) == "3 November 2025"
    assert format_date(datetime(2026, 1, 31)) == "31 January 2026"
    assert format_datetime(datetime(2025, 11, 3, 10, 0, tzinfo=timezone.utc)) == "3 November 2025 10:00 UTC"
    jst = timezone(timedelta(hours=9))
    assert format_datetime(datetime(2025, 5, 9, 7, 5, tzinfo=jst)) == "9 May 2025 07:05 UTC+09:00"
    assert format_datetime(datetime(2025, 5, 9, 7, 5)) == "9 May 2025 07:05"


def test_quote_original() -> None:
    text = "Hello,\r\n\r\nPlease confirm the merge.\r\n> earlier\r\n"
    quoted = quote_original(
        text, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
        datetime(2025, 11, 3, 10, 0, tzinfo=timezone.utc),
    )
    assert quoted == (
        "On 3 November 2025 10:00 UTC, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
        "> Hello,\n"
        ">\n"
        "> Please confirm the merge.\n"
        "> > earlier\n"
    )


def test_quote_original_without_a_date() -> None:
    assert quote_original("Hi", "Support\r\n<x@amazon.com>", None) == "Support <x@amazon.com> wrote:\n> Hi\n"


# --------------------------------------------------------------------------
# draft_message_id


def test_draft_message_id_is_deterministic() -> None:
    first = draft_message_id(CASE, Purpose.CONFIRMATION, SES_ID, "example.jp")
    assert first == draft_message_id(CASE, "confirmation", SES_ID, "example.jp")
    assert first.startswith(f"<certmerge-{CASE}-confirmation-") and first.endswith("@example.jp>")
    digest = first.split("-")[-1].split("@")[0]
    assert len(digest) == 16 and all(c in "0123456789abcdef" for c in digest)


def test_draft_message_id_differs_by_trigger_purpose_and_case() -> None:
    base = draft_message_id(CASE, "follow_up", SES_ID, "example.jp")
    assert base != draft_message_id(CASE, "follow_up", SES_ID + "x", "example.jp")
    assert base != draft_message_id(CASE, "information", SES_ID, "example.jp")
    assert base != draft_message_id("1762156800001", "follow_up", SES_ID, "example.jp")


def test_draft_message_id_cannot_be_broken_by_its_inputs() -> None:
    mid = draft_message_id(f"{CASE}\r\n", "follow_up", SES_ID, "exa mple.jp>\r\nBcc: x")
    assert "\r" not in mid and "\n" not in mid and " " not in mid
    assert mid.count("<") == 1 and mid.count(">") == 1


# --------------------------------------------------------------------------
# build_reply


def _reply(**changes: object) -> email.message.EmailMessage:
    args: dict[str, object] = {
        "from_name": "Hanako Yamada",
        "from_addr": "hanako.yamada@example.jp",
        "to_addr": "aws-cs-trainingcertification-form@amazon.com",
        "subject": FORM_SUBJECT,
        "body": "Hello Maria,\n\nThe details are correct. Please proceed with the merge.\n",
        "in_reply_to": SES_ID,
        "references": (),
        "message_id": draft_message_id(CASE, "confirmation", SES_ID, "example.jp"),
        "date": datetime(2025, 11, 4, 1, 30, tzinfo=timezone.utc),
    }
    args.update(changes)
    raw = build_reply(**args)  # type: ignore[arg-type]
    assert isinstance(raw, bytes)
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def test_build_reply_headers() -> None:
    msg = _reply()
    assert msg["From"] == "Hanako Yamada <hanako.yamada@example.jp>"
    assert msg["To"] == "aws-cs-trainingcertification-form@amazon.com"
    assert msg["Subject"] == FORM_SUBJECT
    assert msg["In-Reply-To"] == SES_ID
    assert msg["References"] == SES_ID
    assert msg["Message-ID"] == draft_message_id(CASE, "confirmation", SES_ID, "example.jp")
    assert msg["Date"].datetime == datetime(2025, 11, 4, 1, 30, tzinfo=timezone.utc)
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == "Hello Maria,\n\nThe details are correct. Please proceed with the merge.\n"


def test_build_reply_keeps_long_ses_ids_unencoded() -> None:
    raw = build_reply(
        from_name="Hanako Yamada", from_addr="hanako.yamada@example.jp",
        to_addr="aws-cs-trainingcertification-form@amazon.com", subject=FORM_SUBJECT, body="ok\n",
        in_reply_to=SES_ID, references=(SES_ID.replace("5f6a", "0000"),), message_id="<a@b>",
        date=datetime(2025, 11, 4, tzinfo=timezone.utc),
    )
    assert b"=?" not in raw.split(b"\r\n\r\n")[0]
    assert f"In-Reply-To: {SES_ID}\r\n".encode() in raw
    assert b"Message-ID: <a@b>\r\n" in raw


def test_build_reply_references_chain_is_deduplicated() -> None:
    older = "<older@email.amazonses.com>"
    msg = _reply(references=(f"{older} {SES_ID}", older))
    assert msg["References"].split() == [older, SES_ID]


def test_build_reply_without_a_parent() -> None:
    msg = _reply(in_reply_to="", references=())
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_build_reply_rejects_header_injection() -> None:
    msg = _reply(
        subject=FORM_SUBJECT + "\r\nBcc: evil@example.com",
        from_name="Hanako\r\nBcc: evil@example.com",
        to_addr="aws-cs-trainingcertification-form@amazon.com\nBcc: evil@example.com",
        in_reply_to=SES_ID + "\r\nBcc: evil@example.com",
        message_id="<a@b>\r\nBcc: evil@example.com",
    )
    assert msg["Bcc"] is None
    assert all(name.lower() != "bcc" for name in msg.keys())
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert msg["In-Reply-To"] == SES_ID


def test_build_reply_utf8_body_and_name_round_trip() -> None:
    msg = _reply(from_name="山田 花子", body="Hello,\n\n> アカウントの統合を確認してください。\n")
    assert msg["From"].addresses[0].display_name == "山田 花子"
    assert msg.get_content().replace("\r\n", "\n") == "Hello,\n\n> アカウントの統合を確認してください。\n"


def test_build_reply_uses_crlf_line_ends() -> None:
    raw = build_reply(
        from_name="H", from_addr="h@example.jp", to_addr="a@amazon.com", subject="s", body="a\nb\n",
        in_reply_to="", references=(), message_id="<a@b>", date=datetime(2025, 11, 4, tzinfo=timezone.utc),
    )
    assert b"\n" not in raw.replace(b"\r\n", b"")
