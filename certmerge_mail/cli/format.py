"""The formatters the commands and the demo share: the cases table, the drafts list, one draft."""

from __future__ import annotations

import email
from email import policy

from certmerge_mail.core.console import PASTE
from certmerge_mail.cli.common import local_time


def format_table(reports, settings=None, requests=()) -> str:
    """The cases, times on the user's clock ([you] timezone) with the zone shown; first the
    contact forms sent that no case has taken over; the cases of one merge together, newest first."""
    if not reports and not requests:
        return "no merge case tracked yet"
    lines = [f"{'CASE':<17} {'STATE':<27} {'SINCE':<21} {'NEXT DEADLINE':<21} EVENTS"]
    for q in requests:
        due = local_time(q.next_deadline, settings) if q.next_deadline else "-"
        if q.overdue:
            due += " OVERDUE"
        lines.append(f"{'(request ' + str(q.request_id) + ')':<17} {q.state:<27} "
                     f"{local_time(q.submitted_at, settings):<21} {due:<21} 0")
        lines.append(f"  the contact form sent for {', '.join(q.account_ids) or 'no configured account'}"
                     + (f"; sent again as request {q.superseded_by}" if q.superseded_by else
                        ": no acknowledgement yet" if not q.overdue else
                        ": no acknowledgement. Check the contact e-mail on the form, each account's notification "
                        "address and your Junk folder"))
    shown = set()
    for r in _grouped(reports):
        if getattr(r, "merge_group", "") and r.merge_group not in shown:
            shown.add(r.merge_group)
            lines.append(f"one merge, {len(r.group_cases)} cases (newest first): {', '.join(r.group_cases)}")
        due = local_time(r.next_deadline, settings) if r.next_deadline else "-"
        if r.overdue:
            due += " OVERDUE"
        lines.append(f"{r.case_id:<17} {r.status.state:<27} {local_time(r.status.since, settings):<21} {due:<21} "
                     f"{len(r.events)}")
        if getattr(r, "superseded_by", None):
            lines.append(f"  superseded by {r.superseded_by}, the newer case of the same merge: no more nudges")
        if getattr(r, "request_submitted", None) is not None:
            lines.append(f"  opened by the contact form sent {local_time(r.request_submitted, settings)}")
        status = r.status
        notes = []
        if status.closed_by_you:
            notes.append("closed by you")
        if r.muted:
            notes.append(f"muted until {local_time(r.muted_until, settings)}" if r.muted_until else "muted")
        if notes:
            lines.append(f"  {'; '.join(notes)}")
        if r.direction is not None:
            lines.append(f"  direction: {r.direction.line()}")
        if status.badges_expected and status.state in ("awaiting_badges", "done"):
            missing = [b for b in status.badges_missing if b in status.badges_expected]
            line = f"  badges {len(status.badges_arrived)}/{len(status.badges_expected)}"
            if missing:
                line += f", waiting for: {', '.join(missing)}"
            lines.append(line)
        for w in r.warnings:
            lines.append(f"  ! {w.text}")
        lines += timeline(r, settings)
    return "\n".join(lines)


def timeline(report, settings=None) -> list[str]:
    """The case's mails, each with the number `cases correct` takes; doubts
    and corrections said, and the commands that settle a doubted mail."""
    lines = []
    settle = {u.message_id: u for u in report.uncertain}
    for e in report.events:
        number = report.numbers.get(e.message_id)
        note = ""
        if e.corrected_from is not None:
            note = f"  (corrected by you; was {e.corrected_from})"
        elif not e.certain:
            note = f"  (uncertain: may be {e.read_as}; {'; '.join(e.doubts)})"
        if not e.verified:
            note += "  (not counted: sender not verified)"
        ref = f"#{number}" if number is not None else "-"
        lines.append(f"  {ref:>6} {local_time(e.at, settings)} {e.kind}{note}")
        if e.message_id in settle:
            first, second = settle[e.message_id].commands()
            lines.append(f"         settle it: `{first}` or `{second}`")
    return lines

def _grouped(reports) -> list:
    """The cases in their order, those of one merge together, newest first, where the first of them stood."""
    out, done = [], set()
    by_id = {r.case_id: r for r in reports}
    for r in reports:
        if r.case_id in done:
            continue
        group = getattr(r, "group_cases", ())
        members = [by_id[c] for c in group if c in by_id] if getattr(r, "merge_group", "") else [r]
        out += members or [r]
        done.update(m.case_id for m in members or [r])
    return out


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
    if draft.status == PASTE:
        # A console case: no e-mail reply reaches it.
        head.append("PASTE INTO THE AWS SUPPORT CENTER: this case's address takes no e-mail replies.")
        head.append(f"Open {draft.to_addr}, add a reply to the case, and paste the text below.")
        return "\n".join(head) + "\n\n" + draft_text(draft.raw)
    head += [f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "In-Reply-To") if msg[k]]
    return "\n".join(head) + "\n\n" + draft_text(draft.raw)


def draft_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=policy.default)
    part = msg.get_body(("plain",)) or msg
    return part.get_content().replace("\r\n", "\n").rstrip()
