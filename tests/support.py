"""Test helpers: a realistic merge-case thread, and settings for a test mailbox."""

from __future__ import annotations

import textwrap
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from certmerge_mail import config

CASE = "176215680000123"  # first 10 digits: 2025-11-03 07:20 UTC
T0 = datetime(2025, 11, 3, 7, 20, 30, tzinfo=timezone.utc)
FORM = "aws-cs-trainingcertification-form@amazon.com"
YOU = "hanako.yamada@example.jp"
SUBJECT = f"RE:[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance"


def auth(domain: str, result: str = "pass") -> str:
    return (f"mx.google.com; dkim={result} header.i=@{domain} header.s=abcdef header.b=Xy12; "
            f"spf=pass (google.com: domain of 0100019a@email.amazonses.com designates 54.240.1.1 as permitted sender) "
            f"smtp.mailfrom=0100019a@email.amazonses.com; "
            f"dmarc={result} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}")


@dataclass(frozen=True)
class Mail:
    name: str
    raw: bytes
    date: datetime
    folder: str = "INBOX"
    message_id: str = ""


def mail(name, *, subject, body, at, frm=f'"Amazon Web Services" <{FORM}>', to=YOU, folder="INBOX",
         authres: str | None = "amazon.com", in_reply_to=None, message_id=None) -> Mail:
    m = EmailMessage()
    m["Return-Path"] = "<0100019a@email.amazonses.com>"
    if authres:
        m["Authentication-Results"] = auth(authres) if "=" not in authres else authres
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(at)
    mid = message_id or f"<0100019a{zlib.crc32(name.encode()):012d}-{name}@email.amazonses.com>"
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(textwrap.dedent(body).strip() + "\n")
    return Mail(name, m.as_bytes(), at, folder, mid)


def thread() -> dict[str, Mail]:
    """One complete merge case, as real mail."""
    created = mail("created", at=T0 + timedelta(seconds=40),
                   subject=f"[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance",
                   body=f"""
                   Hello,

                   Thank you for contacting AWS Training and Certification. We have received your request
                   and opened case {CASE}. An agent will respond within 24 hours.

                   Inquiry type: Certification
                   Detail: Account Merge
                   Description: I have two certification accounts (AWS01234567 and AWS07654321). Please merge them.

                   Please do not open a new case for the same request.
                   """)
    confirm = mail("confirm", at=T0 + timedelta(hours=26), subject=SUBJECT, body="""
                   Hello Hanako,

                   Thank you for your patience. I located the following accounts:

                   Account to keep (primary): AWS01234567 - hanako.yamada@example.jp
                   Account to be merged: AWS07654321 - h.yamada@old-employer.example.com

                   Please note that once the accounts are merged, the merge cannot be undone.
                   Kindly reply to this email to confirm that you would like us to proceed.

                   Best regards,
                   Maria
                   Amazon Web Services
                   """)
    reply = mail("reply", at=T0 + timedelta(hours=30), subject=SUBJECT, frm=f"Hanako Yamada <{YOU}>",
                 to=FORM, folder="Sent", authres=None, in_reply_to=confirm.message_id,
                 message_id="<reply-1@example.jp>", body="""
                 Hello Maria,

                 The details are correct. Please proceed with the merge.

                 Best regards,
                 Hanako Yamada
                 """)
    completed = mail("completed", at=T0 + timedelta(hours=60), subject=SUBJECT, body="""
                     Hello Hanako,

                     I have merged your accounts. All your certifications now appear under AWS01234567.

                     Best regards,
                     Maria
                     Amazon Web Services
                     """)
    survey = mail("survey", at=T0 + timedelta(hours=61), subject=f"Your case {CASE} has been resolved",
                  frm='"Amazon Web Services" <no-reply-aws@amazon.com>', body=f"""
                  Your case {CASE} regarding your certification account merge has been resolved.
                  Was your issue resolved? YES / NO
                  Please take a moment to complete our survey.
                  """)
    badge = mail("badge", at=T0 + timedelta(hours=80), frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                 authres="credly.com", subject="Hanako, you earned a badge from Amazon Web Services Training and Certification",
                 body="""
                 Amazon Web Services Training and Certification has issued you a new badge:
                 AWS Certified Solutions Architect - Associate

                 Accept your badge
                 """)
    phishing = mail("phishing", at=T0 + timedelta(hours=27), subject=SUBJECT,
                    frm='"Amazon Web Services" <support@amaz0n-certification.com>',
                    authres="mx.google.com; dkim=none; spf=fail smtp.mailfrom=amaz0n-certification.com; dmarc=fail header.from=amaz0n-certification.com",
                    body="""
                    Please confirm the merge of AWS07654321 into AWS99999999 by replying with your password.
                    This cannot be undone.
                    """)
    newsletter = mail("newsletter", at=T0 + timedelta(hours=5), frm='"AWS Training" <aws-training@amazon.com>',
                      subject="New courses this month", body="New courses on AWS Skill Builder this month.")
    return {m.name: m for m in (created, confirm, reply, completed, survey, badge, phishing, newsletter)}


def settings_text(user, state_path, *, extra: str = "", certifications='["AWS Certified Solutions Architect - Associate"]',
                  security="plain", port=None) -> str:
    return f"""
[imap]
host = "127.0.0.1"
port = {port or user.port}
security = "{security}"
username = "{user.username}"
password = "{user.password}"
poll_interval = "1h"
# The thread is dated 2025 whenever the tests run: read it whatever its age.
lookback = "3650d"

[you]
name = "Hanako Yamada"
emails = ["{YOU}"]
language = "en"
timezone = "Asia/Tokyo"

[[accounts]]
candidate_id = "AWS01234567"
role = "keep"
login_email = "hanako.yamada@example.jp"
certifications = {certifications}

[[accounts]]
candidate_id = "AWS07654321"
role = "merge"
login_email = "h.yamada@old-employer.example.com"

[trust]
authserv_ids = ["mx.google.com"]

[state]
path = "{state_path}"
{extra}
"""


def make_settings(user, tmp_path, **kw):
    path = tmp_path / "config.toml"
    path.write_text(settings_text(user, tmp_path / "state.sqlite3", **kw))
    return config.load(path)
