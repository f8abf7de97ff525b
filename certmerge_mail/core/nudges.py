"""When to nudge the user about an overdue case.

The first nudge of a wait goes out at its deadline, later ones every
`repeat`; none during quiet hours (held until they end).  A wait is
(case_id, state, since): a new state or a new `since` starts fresh.
A service that comes back after days of downtime sends one nudge per case,
not one per missed `repeat`: the caller records the plan's send_at (= now),
and the next nudge is only due `repeat` after it.

Quiet hours are wall-clock times in the user's time zone; the caller passes
that zone as a tzinfo (the core never loads zone files itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from certmerge_mail.core.settings import Reminders


class EventView(NamedTuple):
    kind: str  # a Kind value, or "your_reply", "your_forward", "your_lookalike_reply"
    at: datetime
    verified: bool
    badge: str = ""  # a badge's name (Credly mail, or `cases badge`)
    note: str = ""  # a forward's recipients; your reply's reading


class DraftView(NamedTuple):
    purpose: str  # a drafts.Purpose value
    status: str  # a DraftStatus value (core/drafts.py)
    subject: str


@dataclass(frozen=True, slots=True)
class CaseView:
    """One case as the digest and the nudges see it (built by the service)."""

    case_id: str
    state: str  # a State value
    since: datetime  # when the current wait began
    deadline: datetime | None  # None: this state is never overdue
    overdue: bool
    events: tuple[EventView, ...] = ()  # plain (kind, at, verified) tuples work too
    warnings: tuple[str, ...] = ()
    drafts: tuple[DraftView, ...] = ()  # plain (purpose, status, subject) tuples work too
    badges_missing: tuple[str, ...] = ()
    survey_seen: bool = False
    # The direction support's confirmation request states, as the guard read it
    # (core/guard.py): status "matches" | "reversed" | "unread" | "not_stated", "" for none.
    direction_status: str = ""
    direction_keep: str = ""
    direction_merge: tuple[str, ...] = ()
    # The badges the merge moves and those that arrived (core/cases.py).
    badges_expected: tuple[str, ...] = ()
    badges_arrived: tuple[str, ...] = ()
    closed_by_you: bool = False
    muted: bool = False  # `cases mute`: never nudged
    muted_until: datetime | None = None
    # The case's mails read with doubts and not yet settled (core/corrections.Uncertain).
    needs_look: tuple = ()
    # A contact form sent that no case has taken over (case_id is then "request-N"):
    # when it was sent, and the addresses to check when no acknowledgement comes.
    request_submitted: datetime | None = None
    contact_addresses: tuple[str, ...] = ()
    notification_addresses: tuple[str, ...] = ()
    # A case that took over a contact form: when the form was sent (shown in its timeline).
    form_sent_at: datetime | None = None
    # One merge in several cases (core/astray.py): the group's cases, newest first.
    merge_group: str = ""
    group_cases: tuple[str, ...] = ()
    superseded_by: str = ""
    # Support's mail of the case found in the Junk folder: that folder, and when it was first found.
    junk_folder: str = ""
    junk_since: datetime | None = None
    # Warnings that must be read before anything else (you replied to a
    # look-alike of AWS; your reply states the reverse direction): the case
    # goes first in the digest and these head it.
    alarms: tuple[str, ...] = ()
    # A console case (its address takes no replies): answer in the AWS
    # Support Center at this link; the text to paste is the draft `paste_draft`.
    console_link: str = ""
    paste_draft: int | None = None


@dataclass(frozen=True, slots=True)
class NudgePlan:
    case_id: str
    state: str
    since: datetime
    due: datetime
    send_at: datetime

    @property
    def key(self) -> tuple[str, str, datetime]:
        """The key under which the caller records this nudge as sent."""
        return (self.case_id, self.state, self.since)


Quiet = tuple[time, time] | None


def in_quiet_hours(moment: datetime, quiet: Quiet, tz: tzinfo) -> bool:
    """Is `moment` inside the quiet hours [start, end) of its local day?
    start > end wraps midnight (22:00-08:00); start == end means no quiet hours."""
    return _quiet_start_day(moment, quiet, tz) is not None


def after_quiet_hours(moment: datetime, quiet: Quiet, tz: tzinfo) -> datetime:
    """`moment` (in UTC) if it is not in quiet hours, else the end of that quiet period (in UTC)."""
    moment = _utc(moment)
    start_day = _quiet_start_day(moment, quiet, tz)
    if start_day is None:
        return moment
    start, end = quiet  # type: ignore[misc]
    end_day = start_day + timedelta(days=1) if start > end else start_day
    # A wall time that occurs twice (DST ends) or not at all (DST starts):
    # take the first resulting instant that lies after `moment`.
    for fold in (0, 1):
        candidate = _utc(datetime.combine(end_day, end, tzinfo=tz).replace(fold=fold))
        if candidate > moment:
            return candidate
    return moment


def next_nudge_at(*, due: datetime, last_sent: datetime | None, repeat: timedelta,
                  quiet: Quiet, tz: tzinfo) -> datetime:
    """The first nudge of a wait at its deadline, later ones `repeat` after the last; past quiet hours."""
    base = _utc(due) if last_sent is None else max(_utc(due), _utc(last_sent) + repeat)
    return after_quiet_hours(base, quiet, tz)


def plan_nudges(cases: list[CaseView], *, now: datetime, reminders: Reminders, tz: tzinfo,
                last_sent: Mapping[tuple[str, str, datetime], datetime]) -> list[NudgePlan]:
    """The nudges to send now: at most one per overdue case, none in quiet hours."""
    now = _utc(now)
    if in_quiet_hours(now, reminders.quiet_hours, tz):
        return []
    plans = []
    for case in cases:
        if case.muted or case.deadline is None or now < _utc(case.deadline):
            continue
        sent = last_sent.get((case.case_id, case.state, case.since))
        when = next_nudge_at(due=case.deadline, last_sent=sent, repeat=reminders.repeat,
                             quiet=reminders.quiet_hours, tz=tz)
        if when <= now:
            plans.append(NudgePlan(case.case_id, case.state, case.since, _utc(case.deadline), now))
    return plans


def _quiet_start_day(moment: datetime, quiet: Quiet, tz: tzinfo) -> date | None:
    """The local date on which the quiet period holding `moment` began (None: not quiet)."""
    if quiet is None:
        return None
    start, end = quiet
    local = _utc(moment).astimezone(tz)
    now = local.time().replace(tzinfo=None, fold=0)
    if start < end:
        return local.date() if start <= now < end else None
    if start > end:
        if now >= start:
            return local.date()
        if now < end:
            return local.date() - timedelta(days=1)
    return None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime ({moment.isoformat()}) where an aware one is needed")
    return moment.astimezone(timezone.utc)


JUNK = "in_junk"  # the state a Junk nudge is recorded under (one per case and first finding)


def plan_junk_nudges(cases: list[CaseView], *, now: datetime, reminders: Reminders, tz: tzinfo,
                     sent: Mapping[tuple[str, str, datetime], datetime]) -> list[NudgePlan]:
    """One nudge per case whose support mail was found in Junk, as soon as it is
    found (past quiet hours); never repeated for the same finding."""
    now = _utc(now)
    if in_quiet_hours(now, reminders.quiet_hours, tz):
        return []
    return [NudgePlan(c.case_id, JUNK, c.junk_since, _utc(c.junk_since), now) for c in cases
            if c.junk_since is not None and not c.muted and (c.case_id, JUNK, c.junk_since) not in sent]
