"""The context of the digest and nudge mails: plain dicts of localised strings.

The templates (templates/digest.*.j2, nudge.*.j2) only print what is here,
so both languages share one template.  Dates are shown in the user's time
zone, passed in as a tzinfo.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from certmerge_mail.core.drafts import DraftStatus, Purpose
from certmerge_mail.core.i18n import count, resolve, text
from certmerge_mail.core.nudges import JUNK, CaseView, NudgePlan
from certmerge_mail.core.settings import Account

_LIVE_DRAFTS = (DraftStatus.PENDING, DraftStatus.IN_DRAFTS)  # a draft the user can still review and send

_CHECKLIST_STATES = ("awaiting_badges", "done")
_NO_BADGE_YET = "any badge"  # cases.missing_badges() with no certification configured


def build_digest(cases: list[CaseView], *, now: datetime, language: str, tz: tzinfo,
                 accounts: tuple[Account, ...]) -> dict:
    ordered = _together(sorted(cases, key=_order))
    overdue = sum(1 for c in cases if c.overdue)
    summary = count(language, "cases", 0) if not cases else text(
        language, "summary", cases=count(language, "cases", len(cases)), overdue=count(language, "overdue", overdue))
    labels = _labels(language, "warning", "todo", "timeline", "drafts", "checklist", "direction", "steps")
    return {
        "language": resolve(language),
        "subject": text(language, "digest_subject", summary=summary),
        "title": text(language, "digest_title"),
        "generated": text(language, "generated_at", when=local_time(now, tz)),
        "summary": summary,
        "alarms": [f"{text(language, 'case_heading', case_id=c.case_id, state=state_label(c.state, language))}: {a}"
                   for c in ordered for a in c.alarms],
        "no_cases": "" if cases else text(language, "no_cases"),
        "labels": labels,
        "look": needs_look([u for c in ordered for u in c.needs_look], language),
        "cases": [_case(c, language, tz, accounts) for c in ordered],
        "footer": text(language, "footer"),
    }


def nudge_context(plan: NudgePlan, case: CaseView, *, now: datetime, language: str, tz: tzinfo) -> dict:
    state = plan.state
    if plan.state == JUNK:
        return junk_nudge_context(case, now=now, language=language, tz=tz)
    what = text(language, f"wait_{state}", since=local_time(plan.since, tz))
    if state == "awaiting_badges":
        what = ("" if resolve(language) == "ja" else " ").join(
            x for x in (what, badges_missing_text(case, language)) if x)
    subject = (text(language, "request_nudge_subject", what=text(language, f"late_{state}"))
               if case.request_submitted is not None else
               text(language, "nudge_subject", case_id=plan.case_id, what=text(language, f"late_{state}")))
    return {
        "language": resolve(language),
        "subject": subject,
        "heading": _heading(case, language, tz, state),
        "what": what,
        "overdue": text(language, "overdue_since", when=local_time(plan.due, tz)),
        "warnings": _warnings(case),
        "direction": direction_line(case, language),
        "direction_alarm": case.direction_status in ("reversed", "unread"),
        "todo": todo(case, language, overdue=True),
        "look": needs_look(list(case.needs_look), language),
        "labels": _labels(language, "warning", "todo", "direction"),
        "generated": text(language, "generated_at", when=local_time(now, tz)),
        "footer": text(language, "nudge_footer"),
    }


def needs_look(items: list, language: str) -> dict | None:
    """The "needs your look" section: each mail read with doubts (corrections.Uncertain),
    what it may be, what was doubted, and the two commands that settle it."""
    if not items:
        return None
    return {
        "title": text(language, "look_title"),
        "intro": text(language, "look_intro"),
        "mails": [
            {
                "heading": text(language, "look_heading", case_id=u.case_id,
                                number=u.number if u.number is not None else "?", subject=u.subject),
                "what": text(language, "look_what", what=text(language, f"look_kind_{u.read_as}"),
                             doubts=text(language, "look_and").join(_doubt(d, language) for d in u.doubts)),
                "if_it_is": text(language, "look_if_it_is"),
                "if_not": text(language, "look_if_not", other=text(language, f"look_kind_{u.counted_as}")),
                "yes": u.commands()[0],
                "no": u.commands()[1],
            }
            for u in items
        ],
    }


def _doubt(doubt: str, language: str) -> str:
    """A doubt as the classifier says it (core/classify.py), in the user's language where known."""
    key = "doubt_" + "_".join(doubt.lower().split())
    said = text(language, key)
    return doubt if said == key else said


def junk_nudge_context(case: CaseView, *, now: datetime, language: str, tz: tzinfo) -> dict:
    """The nudge sent once when support's mail of a case is found in the Junk folder."""
    return {
        "language": resolve(language),
        "subject": text(language, "junk_nudge_subject", case_id=case.case_id),
        "heading": _heading(case, language, tz, case.state),
        "what": "",
        "overdue": text(language, "junk_what", case_id=case.case_id, folder=case.junk_folder),
        "warnings": list(case.warnings),
        "direction": direction_line(case, language),
        "direction_alarm": case.direction_status in ("reversed", "unread"),
        "todo": text(language, "todo_junk", folder=case.junk_folder),
        "look": needs_look(list(case.needs_look), language),
        "labels": _labels(language, "warning", "todo", "direction"),
        "generated": text(language, "generated_at", when=local_time(now, tz)),
        "footer": text(language, "nudge_footer"),
    }


def _heading(case: CaseView, language: str, tz: tzinfo, state: str) -> str:
    if case.request_submitted is not None:
        return text(language, "request_heading", when=local_time(case.request_submitted, tz),
                    state=state_label(state, language))
    return text(language, "case_heading", case_id=case.case_id, state=state_label(state, language))


def _notes(case: CaseView, language: str) -> list[str]:
    """One merge in several cases, and mail found in Junk."""
    notes = []
    if len(case.group_cases) > 1:
        notes.append(text(language, "merge_note", n=len(case.group_cases), cases=", ".join(case.group_cases)))
    if case.superseded_by:
        notes.append(text(language, "superseded_note", case_id=case.superseded_by))
    if case.junk_folder:
        notes.append(text(language, "junk_what", case_id=case.case_id, folder=case.junk_folder) + " "
                     + text(language, "todo_junk", folder=case.junk_folder))
    return notes


def _together(ordered: list[CaseView]) -> list[CaseView]:
    """The cases of one merge side by side (newest first) where the first of them stands."""
    by_id = {c.case_id: c for c in ordered}
    out, seen = [], set()
    for c in ordered:
        if c.case_id in seen:
            continue
        members = [by_id[i] for i in c.group_cases if i in by_id] if c.merge_group else [c]
        if c not in members:
            members = [c]
        out += members
        seen.update(m.case_id for m in members)
    return out


def alarm_context(case: CaseView, alarm: str, *, now: datetime, language: str, tz: tzinfo) -> dict:
    """A warning that cannot wait for the digest (you replied to a look-alike
    of AWS...): sent once, at once, through the nudges' template."""
    return {
        "language": resolve(language),
        "subject": text(language, "alarm_subject", case_id=case.case_id),
        "heading": text(language, "case_heading", case_id=case.case_id, state=state_label(case.state, language)),
        "what": "",
        "overdue": alarm,
        "warnings": [],
        "direction": direction_line(case, language),
        "direction_alarm": case.direction_status in ("reversed", "unread"),
        "todo": todo(case, language),
        "look": None,
        "labels": _labels(language, "warning", "todo", "direction"),
        "generated": text(language, "generated_at", when=local_time(now, tz)),
        "footer": text(language, "alarm_footer"),
    }


def todo(case: CaseView, language: str, *, overdue: bool | None = None) -> str:
    """What the user must do now, for the case's state."""
    late = case.overdue if overdue is None else overdue
    drafted = {purpose for purpose, status, _ in case.drafts if status in _LIVE_DRAFTS}
    state = case.state
    if state == "awaiting_acknowledgement":
        if not late:
            return text(language, "todo_ack_wait")
        return text(language, "todo_ack_check", contact=", ".join(case.contact_addresses) or "-",
                    addresses=", ".join(case.notification_addresses) or "-")
    if state == "superseded":
        return text(language, "todo_superseded", case_id=case.superseded_by)
    if state == "awaiting_your_confirmation":
        # No draft but warnings: most likely the accounts did not match (the guard drafts nothing then).
        key = ("todo_confirm_correction" if Purpose.CORRECTION in drafted
               else "todo_confirm_clarify" if Purpose.CLARIFY in drafted
               else "todo_confirm_drafted" if Purpose.CONFIRMATION in drafted
               else "todo_confirm_warned" if case.warnings else "todo_confirm")
    elif state == "awaiting_your_reply":
        key = "todo_reply_drafted" if Purpose.INFORMATION in drafted else "todo_reply"
    elif state == "awaiting_support":
        key = _late_key("support", late, Purpose.FOLLOW_UP in drafted)
    elif state == "awaiting_merge":
        key = _late_key("merge", late, Purpose.FOLLOW_UP in drafted)
    elif state == "awaiting_badges":
        key = _late_key("badges", late, Purpose.CREDLY_FOLLOW_UP in drafted)
    else:
        key = "todo_closed" if case.closed_by_you else "todo_done"
    if case.console_link and state in ("awaiting_your_confirmation", "awaiting_your_reply", "awaiting_support",
                                       "awaiting_merge", "awaiting_badges") and key not in (
            "todo_merge_wait", "todo_badges_wait", "todo_support_wait", "todo_done"):
        # No e-mail reply reaches a console case: answer in the Support Center.
        paste = text(language, "todo_console_paste", draft=case.paste_draft) if case.paste_draft is not None else ""
        return text(language, f"todo_console_{state}", link=case.console_link) + paste
    return text(language, key)


def _warnings(case: CaseView) -> list[str]:
    """The case's warnings, its alarms first."""
    return list(case.alarms) + [w for w in case.warnings if w not in case.alarms]


def badges_missing_text(case: CaseView, language: str) -> str:
    """"Still missing: X (1 of 2 arrived)." -- only badges really expected and not arrived."""
    missing = [b for b in case.badges_missing if b in case.badges_expected and b != _NO_BADGE_YET]
    if not missing:
        return ""
    return text(language, "badges_still_missing", badges=", ".join(missing), n=len(case.badges_arrived),
                m=len(case.badges_expected))


def steps(case: CaseView, language: str) -> list[dict]:
    """Where the case stands, at a glance: opened -> asked to confirm -> you replied -> merged -> badges n/m.
    Each step: label, done, current (the first step not done)."""
    counted = [(e[0], e[1]) for e in case.events if e[2]]
    kinds = {k for k, _ in counted}
    asked_at = min((at for k, at in counted if k == "merge_confirmation_requested"), default=None)
    merged = "merge_completed" in kinds or case.state in ("awaiting_badges",) or (
        case.state == "done" and not case.closed_by_you)
    replied = any(k == "your_reply" and (asked_at is None or at >= asked_at) for k, at in counted) and (
        asked_at is not None) or case.state == "awaiting_merge" or merged
    asked = asked_at is not None or replied or merged
    expected = len(case.badges_expected)
    arrived = len(case.badges_arrived)
    badges_done = case.state == "done" and not case.closed_by_you or (expected and arrived >= expected)
    flow = [("step_opened", True, {}), ("step_asked", asked, {}), ("step_replied", replied, {}),
            ("step_merged", merged, {}), ("step_badges", bool(badges_done), {"n": arrived if expected else int(bool(badges_done)),
                                          "m": max(expected, 1)})]
    out, current_found = [], False
    for key, done, values in flow:
        current = not done and not current_found and not case.closed_by_you
        current_found = current_found or current
        out.append({"label": text(language, key, **values), "done": bool(done), "current": current})
    if case.closed_by_you:
        out.append({"label": text(language, "step_closed"), "done": True, "current": False})
    return out


def draft_line(purpose: str, status: str, language: str) -> str:
    """A draft by what it is for and where it is: "Confirmation of the merge (in your Drafts folder)"."""
    label = text(language, f"purpose_{purpose}")
    if label == f"purpose_{purpose}":
        label = purpose.replace("_", " ")
    return text(language, "with_note", text=label, note=text(language, f"draft_{status}"))


def state_label(state: str, language: str) -> str:
    return text(language, f"state_{state}")


def local_time(moment: datetime, tz: tzinfo) -> str:
    """"2025-11-03 10:00 JST": the moment on the user's clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or local.strftime('%z')}"


def _late_key(what: str, late: bool, drafted: bool) -> str:
    if not late:
        return f"todo_{what}_wait"
    return f"todo_{what}_drafted" if drafted else f"todo_{what}_ask"


def _order(case: CaseView) -> tuple:
    """A reversed merge first, then overdue cases, then by deadline."""
    deadline = case.deadline.timestamp() if case.deadline is not None else float("inf")
    reversed_ = case.direction_status == "reversed" and case.state == "awaiting_your_confirmation"
    return (not case.alarms, not reversed_, not case.overdue, deadline, case.case_id)


def direction_line(case: CaseView, language: str) -> str:
    """'AWS07654321 → AWS01234567 (matches your configuration)', in the user's language."""
    if not case.direction_status:
        return ""
    arrow = f"{', '.join(case.direction_merge)} → {case.direction_keep}"
    return text(language, f"direction_{case.direction_status}", arrow=arrow)


def _case(case: CaseView, language: str, tz: tzinfo, accounts: tuple[Account, ...]) -> dict:
    expected = ""
    if case.deadline is not None and not case.overdue:
        expected = text(language, f"expected_{case.state}", when=local_time(case.deadline, tz))
    return {
        "case_id": case.case_id,
        "state": case.state,
        "state_label": state_label(case.state, language),
        "heading": _heading(case, language, tz, case.state),
        "notes": _notes(case, language),
        "overdue": case.overdue,
        "overdue_text": text(language, "overdue_since", when=local_time(case.deadline, tz))
        if case.overdue and case.deadline is not None else "",
        "expected": expected,
        "steps": steps(case, language),
        "muted": (text(language, "muted_until", when=local_time(case.muted_until, tz)) if case.muted_until
                  else text(language, "muted", case_id=case.case_id)) if case.muted else "",
        "badges_missing": badges_missing_text(case, language) if case.state == "awaiting_badges" else "",
        "warnings": _warnings(case),
        "direction": direction_line(case, language),
        "direction_alarm": case.direction_status in ("reversed", "unread"),
        "todo": todo(case, language),
        "timeline": [_event(e[0], e[1], e[2], language, tz, e[3] if len(e) > 3 else "", e[4] if len(e) > 4 else "")
                     for e in sorted(_with_request(case), key=lambda e: e[1])],
        "drafts": [draft_line(purpose, status, language) for purpose, status, _subject in case.drafts],
        "checklist": _checklist(case, language, accounts) if case.state in _CHECKLIST_STATES else [],
        "survey_note": text(language, "survey_note") if case.survey_seen and case.state in _CHECKLIST_STATES else "",
    }


def _with_request(case: CaseView) -> list:
    events = [tuple(e) for e in case.events]
    sent = case.request_submitted or case.form_sent_at
    if sent is not None:
        events.append(("request_submitted", sent, True))
    return events


def _event(kind: str, at: datetime, verified: bool, language: str, tz: tzinfo, badge: str = "",
           note: str = "") -> dict:
    key = f"event_{kind}_named" if badge and kind == "credly_badge_issued" else f"event_{kind}"
    label = text(language, key, badge=badge, to=note)
    if note and kind == "your_reply":
        label = text(language, "with_note", text=label, note=text(language, f"reading_{note}"))
    return {
        "when": local_time(at, tz),
        "label": kind.replace("_", " ") if label == key else label,
        "suspicious": not verified,
        "suspicious_text": "" if verified else text(language, "suspicious"),
    }


def _checklist(case: CaseView, language: str, accounts: tuple[Account, ...]) -> list[dict]:
    """The after-merge checks: certifications on the kept account, benefits, Credly badges.
    Each item: text, and details (text, missing)."""
    keep = next((a for a in accounts if a.role == "keep"), None)
    certifications = list(dict.fromkeys(c for a in accounts for c in a.certifications))
    items = []
    if keep is not None and certifications:
        items.append({"text": text(language, "check_certs", account=keep.candidate_id),
                      "details": [{"text": c, "missing": False} for c in certifications]})
    else:
        items.append({"text": text(language, "check_certs_any"), "details": []})
    if keep is not None:
        items.append({"text": text(language, "check_benefits", account=keep.candidate_id), "details": []})
    else:
        items.append({"text": text(language, "check_benefits_any"), "details": []})
    missing = case.badges_missing
    # The badges that move (the merged accounts' certifications): the kept account's never moved.
    badges = [b for b in case.badges_expected if b != _NO_BADGE_YET]
    if not case.badges_expected:  # a view built without them (older callers): what was configured
        badges = certifications + [b for b in missing if b not in certifications]
    if _NO_BADGE_YET in missing:
        items.append({"text": text(language, "check_badges_none"), "details": []})
    elif not badges:
        items.append({"text": text(language, "check_badges_any"), "details": []})
    else:
        items.append({"text": text(language, "check_badges"),
                      "details": [_badge(b, b in missing, language) for b in badges]})
    return items


def _badge(name: str, missing: bool, language: str) -> dict:
    state = text(language, "badge_missing" if missing else "badge_arrived")
    return {"text": text(language, "with_note", text=name, note=state), "missing": missing}


def _labels(language: str, *keys: str) -> dict[str, str]:
    return {key: text(language, key) for key in keys}
