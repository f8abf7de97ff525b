"""The formatters the commands and the demo share: the cases table, the drafts list, one draft."""

from __future__ import annotations

import email
from email import policy


def format_table(reports) -> str:
    if not reports:
        return "no merge case tracked yet"
    lines = [f"{'CASE':<17} {'STATE':<27} {'SINCE':<17} {'NEXT DEADLINE':<17} EVENTS"]
    for r in reports:
        due = r.next_deadline.strftime("%Y-%m-%d %H:%M") if r.next_deadline else "-"
        if r.overdue:
            due += " OVERDUE"
        lines.append(f"{r.case_id:<17} {r.status.state:<27} {r.status.since:%Y-%m-%d %H:%M} {due:<17} {len(r.events)}")
        if r.direction is not None:
            lines.append(f"  direction: {r.direction.line()}")
        for w in r.warnings:
            lines.append(f"  ! {w.text}")
    return "\n".join(lines)


def format_drafts(drafts, tz) -> str:
    if not drafts:
        return "no drafts yet"
    lines = [f"{'ID':<4} {'CASE':<16} {'PURPOSE':<17} {'STATUS':<11} {'CREATED':<20} SUBJECT"]
    for d in drafts:
        created = d.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")
        lines.append(f"{d.id:<4} {d.case_id:<16} {d.purpose:<17} {d.status:<11} {created:<20} {d.subject}")
    return "\n".join(lines)


def format_draft(draft, direction=None) -> str:
    msg = email.message_from_bytes(draft.raw, policy=policy.default)
    head = [f"Draft {draft.id} ({draft.purpose}, case {draft.case_id}, {draft.status})"]
    if direction is not None:
        head.append(f"Direction: {direction.line()}")
    head += [f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "In-Reply-To") if msg[k]]
    return "\n".join(head) + "\n\n" + draft_text(draft.raw)


def draft_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=policy.default)
    part = msg.get_body(("plain",)) or msg
    return part.get_content().replace("\r\n", "\n").rstrip()
