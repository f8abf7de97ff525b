"""What goes into the replies drafted for the user (pure: no I/O, no Jinja).

Each `*_context` function turns Settings and case facts into a dict of plain
values (str, lists of str, lists of dicts of str) for one template in
templates/.  Everything the configuration knows is filled in; what it does
not know is marked `[PLEASE FILL IN: ...]` so that the user sees the gap
before sending.  Dates are written in English ("3 November 2025") without
the locale, and are taken as given: the caller converts them to the user's
time zone first.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from enum import StrEnum

from certmerge_mail.core.sender import Family, genuine_family
from certmerge_mail.core.settings import Account, Settings


class Purpose(StrEnum):
    """Why a reply is drafted; each purpose has one template."""

    CONFIRMATION = "confirmation"
    CLARIFY = "clarify"  # the direction could not be read: ask support to confirm ours
    CORRECTION = "correction"  # the direction is reversed: ask support not to proceed as written
    FOLLOW_UP = "follow_up"
    INFORMATION = "information"
    CREDLY_FOLLOW_UP = "credly_follow_up"


class DraftStatus(StrEnum):
    """Where a draft is (the drafts table's status column holds these values)."""

    PENDING = "pending"  # recorded, not yet in the Drafts folder
    IN_DRAFTS = "in_drafts"  # in the Drafts folder, for the user to review
    SENDING = "sending"  # claimed by `drafts send`
    SENT = "sent"
    FAILED = "failed"  # a send failed before the server took it
    SUPERSEDED = "superseded"  # the case moved on before it was sent
    WITHDRAWING = "withdrawing"  # its trigger was corrected away (`cases correct`); to be taken out of Drafts
    WITHDRAWN = "withdrawn"


TEMPLATES: dict[Purpose, str] = {
    Purpose.CONFIRMATION: "confirmation.txt.j2",
    Purpose.CLARIFY: "clarify.txt.j2",
    Purpose.CORRECTION: "correction.txt.j2",
    Purpose.FOLLOW_UP: "follow_up.txt.j2",
    Purpose.INFORMATION: "information.txt.j2",
    Purpose.CREDLY_FOLLOW_UP: "credly_follow_up.txt.j2",
}
CASE_REQUEST_TEMPLATE = "case_request.txt.j2"

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# cases.missing_badges() answers this when no badge at all has arrived and
# none was named in the configuration.
_ANY_BADGE = "any badge"


def gap(what: str) -> str:
    """The marker for a value the user must add before sending."""
    return f"[PLEASE FILL IN: {what}]"


# --------------------------------------------------------------------------
# Dates


def format_date(when: datetime) -> str:
    """'3 November 2025'."""
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def format_datetime(when: datetime) -> str:
    """'3 November 2025 10:00 UTC' (or '... 19:00 JST', '... 19:00 UTC+09:00')."""
    text = f"{format_date(when)} {when.hour:02d}:{when.minute:02d}"
    zone = _zone_name(when)
    return f"{text} {zone}" if zone else text


def _zone_name(when: datetime) -> str:
    offset = when.utcoffset()
    if offset is None:
        return ""
    if offset == timedelta(0):
        return "UTC"
    name = when.tzname() or ""
    if re.fullmatch(r"[A-Z]{2,5}", name):
        return name
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _days(delta: timedelta) -> str:
    days = max(delta.days, 0)
    if days == 0:
        return "less than a day"
    return "1 day" if days == 1 else f"{days} days"


# --------------------------------------------------------------------------
# Subjects, quotes, ids


_PREFIXES = re.compile(r"^\s*+(?:(?:re|fwd?|aw|wg|sv|tr)\s*+(?:\[\d+\]\s*+)?[:：]\s*+)+", re.IGNORECASE)
_ONE_RE = re.compile(r"^\s*re\s*[:：]\s*", re.IGNORECASE)
# A whitespace run holding a line break, read from its first character only
# (possessive, and never from inside a run): linear on any whitespace.
_LINE_BREAK = re.compile(r"(?<!\s)[^\S\r\n]*+[\r\n]\s*+")


def one_line(text: str) -> str:
    """`text` with every CR/LF (and the whitespace around it) made one space."""
    return _LINE_BREAK.sub(" ", text).strip()


def reply_subject(agent_subject: str, case_id: str) -> str:
    """The subject of a reply on the case.

    A subject that already starts with exactly one "RE:" is kept as it is (the
    case marker "RE:[CASE n]" included); chains like "Re: RE: Fwd:" become one
    "RE: "; anything else gets "RE: " in front.  The case id is appended as
    " [CASE n]" when the subject does not carry it.  Never contains CR/LF.
    """
    subject = one_line(agent_subject)
    prefixes = _PREFIXES.match(subject)
    if prefixes and _ONE_RE.fullmatch(prefixes.group(0)):
        result = subject
    else:
        rest = subject[prefixes.end():] if prefixes else subject
        result = f"RE: {rest}".rstrip()
    case = one_line(case_id)
    if case and not re.search(rf"(?<!\d){re.escape(case)}(?!\d)", result):
        result = f"{result} [CASE {case}]"
    return result


def reply_address(reply_to: str, from_addr: str) -> tuple[str, str | None]:
    """Where a reply to support goes: the Reply-To only when it is an AWS
    address, else the (verified) sender.  Returns (address, a warning when
    a Reply-To was set aside)."""
    if reply_to and reply_to.lower() != from_addr.lower():
        if genuine_family(reply_to.rpartition("@")[2].lower()) is Family.AWS:
            return reply_to, None
        return from_addr, (f"the mail from {from_addr} asks for replies to go to {reply_to}, which is not an "
                           f"AWS address: the draft goes to {from_addr} instead")
    return from_addr, None


def quote_original(text: str, sender: str, sent_at: datetime | None) -> str:
    """The agent's mail quoted below the reply:

        On 3 November 2025 10:00 UTC, Amazon Web Services <x@amazon.com> wrote:
        > line one
        >
        > line three
    """
    who = one_line(sender) or "Amazon Web Services"
    head = f"On {format_datetime(sent_at)}, {who} wrote:" if sent_at else f"{who} wrote:"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    quoted = [f"> {line}".rstrip() for line in lines]
    return "\n".join([head, *quoted]) + "\n"


def draft_message_id(case_id: str, purpose: str, trigger: str, domain: str) -> str:
    """A Message-ID that is the same every time for the same case, purpose and
    triggering mail, so a draft already in Drafts is found again after a crash:
    `<certmerge-{case}-{purpose}-{sha256(trigger)[:16]}@{domain}>`."""
    digest = hashlib.sha256(trigger.encode("utf-8")).hexdigest()[:16]
    case = re.sub(r"[^A-Za-z0-9]", "", case_id) or "nocase"
    kind = re.sub(r"[^A-Za-z0-9_]", "", str(purpose)) or "draft"
    host = re.sub(r"[^A-Za-z0-9.-]", "", domain).strip(".").lower() or "certmerge-mail.invalid"
    return f"<certmerge-{case}-{kind}-{digest}@{host}>"


# --------------------------------------------------------------------------
# Template contexts


def _account(account: Account | None, role: str) -> dict:
    if account is None:
        return {
            "candidate_id": gap(f"candidate ID of the account to {role}"),
            "login_email": gap("login e-mail"),
            "notification_email": gap("notification e-mail"),
            "role": role,
            "certifications": [],
            "certifications_text": gap("certifications on this account, or \"none\""),
        }
    certifications = [one_line(c) for c in account.certifications if one_line(c)]
    return {
        "candidate_id": one_line(account.candidate_id) or gap(f"candidate ID of the account to {role}"),
        "login_email": one_line(account.login_email) or gap("login e-mail of this account"),
        "notification_email": one_line(account.notification_email)
        or one_line(account.login_email)
        or gap("notification e-mail of this account"),
        "role": account.role,
        "certifications": certifications,
        "certifications_text": ", ".join(certifications) or gap("certifications on this account, or \"none\""),
    }


def _common(settings: Settings, case_id: str) -> dict:
    keep = _account(settings.keep, "keep")
    merged = [_account(a, "merge") for a in settings.merged] or [_account(None, "merge")]
    count = 1 + len(merged)
    return {
        "case_id": one_line(case_id),
        "you_name": one_line(settings.you.name) or gap("your name"),
        "you_email": settings.you.emails[0] if settings.you.emails else gap("your e-mail address"),
        "keep": keep,
        "merged": merged,
        "merged_ids": _join([a["candidate_id"] for a in merged]),
        "accounts": [keep, *merged],
        "account_count": _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count),
    }


def _has_gap(value: object) -> bool:
    if isinstance(value, str):
        return value.startswith("[PLEASE FILL IN:")
    if isinstance(value, dict):
        return any(_has_gap(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_gap(v) for v in value)
    return False


def _join(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def confirmation_context(settings: Settings, case_id: str, agent_name: str | None,
                         direction_stated: bool = True) -> dict:
    """The user confirms the merge the agent described.  When the agent
    stated no direction, the reply states it instead of calling the
    details correct."""
    name = one_line(agent_name or "")
    return {
        **_common(settings, case_id),
        "agent_name": name,
        "greeting": f"Hello {name}," if name else "Hello,",
        "direction_stated": direction_stated,
    }


def clarify_context(settings: Settings, case_id: str, agent_name: str | None, unread: str) -> dict:
    """The direction could not be read: restate ours and ask support to confirm it."""
    return {**confirmation_context(settings, case_id, agent_name), "unread": one_line(unread)}


def correction_context(settings: Settings, case_id: str, agent_name: str | None, agent_keep: str) -> dict:
    """The agent would keep the account the user wants merged: stop, and restate ours."""
    return {**confirmation_context(settings, case_id, agent_name), "agent_keep": one_line(agent_keep)}


def follow_up_context(
    settings: Settings, case_id: str, opened_at: datetime, last_contact: datetime, now: datetime
) -> dict:
    """The user asks for news after support has been silent too long."""
    return {
        **_common(settings, case_id),
        "opened_on": format_date(opened_at),
        "waiting_since": format_date(last_contact),
        "waiting_for": _days(now - last_contact),
    }


def information_context(settings: Settings, case_id: str, agent_text: str) -> dict:
    """The user answers an agent's request for details: everything known,
    gaps marked."""
    return {
        **_common(settings, case_id),
        "reason": settings.merge.reason.strip() or gap("reason for the merge"),
        "agent_text": agent_text.strip(),
    }


def credly_follow_up_context(
    settings: Settings, case_id: str, completed_at: datetime, missing_badges: tuple[str, ...]
) -> dict:
    """After the merge, badges have not reached the surviving Credly account.
    `missing_badges` as from cases.missing_badges(); when it names no badge,
    the merged accounts' certifications are listed instead (may be empty)."""
    common = _common(settings, case_id)
    badges = [one_line(b) for b in missing_badges if one_line(b) and b != _ANY_BADGE]
    if not badges:
        badges = [c for a in common["merged"] for c in a["certifications"]]
    return {**common, "completed_on": format_date(completed_at), "badges": badges}


def case_request_context(settings: Settings) -> dict:
    """The first request: the contact-form fields and the text to paste."""
    context = {
        **_common(settings, ""),
        "reason": settings.merge.reason.strip() or gap("reason for the merge"),
    }
    return {
        **context,
        "has_gaps": _has_gap(context),
        "form_inquiry_type": "Certification (AWS Training and Certification)",
        "form_detail": "Account Merge",
    }
