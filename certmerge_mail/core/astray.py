"""When the case goes astray: a request nobody answered, and several cases
for one merge.  Pure: the service passes what the store holds.

**The request before the case.**  `request --submitted` records that the
contact form was sent, with the accounts it named.  Until a case's first
mail from support (its acknowledgement, or a first reply) arrives, the
request waits for an acknowledgement; past `[reminders] acknowledgement`
it is overdue.  A case takes over the latest request sent before its first
support mail (a few minutes' slack: the time given may be rounded) that
named the accounts the case names.  A request followed by a later one
that was taken over (the form sent again) is superseded: it is never
nudged about.

**One merge, one story.**  Cases that name the configured accounts belong
to one merge (the configuration describes one merge): a case names them
when a counted mail of its own does, or when it took over a request.  In
a group, an older case is superseded by a newer one that has support's
answer (a reply, a confirmation request, the completion) when the older
one is not done and support has not answered in it since the newer case
opened: the merge goes on in the newer case, so the older one gets no
nudge and no follow-up draft.  Two cases both answered stay two live cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from certmerge_mail.core.cases import Event
from certmerge_mail.core.model import Kind

AWAITING_ACKNOWLEDGEMENT = "awaiting_acknowledgement"
SUPERSEDED = "superseded"
TAKEN_OVER = "taken_over"

# A request's time is what the user typed; an acknowledgement may come minutes before it.
SLACK = timedelta(minutes=15)

# Support's mail about a case (the acknowledgement included).
_SUPPORT = frozenset({Kind.CASE_CREATED, Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED,
                      Kind.SURVEY, Kind.SUPPORT_REPLY})
# Support's mail that moves a case on: an answer, not the automatic acknowledgement.
_PROGRESS = frozenset({Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED, Kind.SUPPORT_REPLY})


@dataclass(frozen=True, slots=True)
class Request:
    id: int
    submitted_at: datetime
    account_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RequestStatus:
    request: Request
    state: str  # AWAITING_ACKNOWLEDGEMENT | TAKEN_OVER | SUPERSEDED
    case_id: str | None  # the case that took it over
    deadline: datetime | None  # when the acknowledgement is overdue (None: not waiting)
    superseded_by: int | None = None  # the later request sent instead

    def overdue(self, now: datetime) -> bool:
        return self.deadline is not None and now >= self.deadline


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the grouping needs to know of one case."""

    case_id: str
    opened_at: datetime
    events: tuple[Event, ...]
    done: bool = False


def first_support_mail(events) -> datetime | None:
    """When the first counted mail from support about the case was written."""
    return min((e.at for e in events if e.verified and e.kind in _SUPPORT), default=None)


def progressed(events) -> bool:
    """Has support answered in this case (beyond the acknowledgement)?"""
    return any(e.verified and e.kind in _PROGRESS for e in events)


def named_accounts(events, configured: tuple[str, ...]) -> frozenset[str]:
    """The configured candidate ids the case's counted mail names."""
    return frozenset(a for e in events if e.verified for a in e.account_ids if a in configured)


def follow_requests(requests: list[Request] | tuple[Request, ...], cases: list[CaseFacts] | tuple[CaseFacts, ...],
                    *, allowance: timedelta, configured: tuple[str, ...]) -> list[RequestStatus]:
    """Each request's state: which case took it over, or how long it waits for an acknowledgement."""
    ordered = sorted(requests, key=lambda r: (r.submitted_at, r.id))
    taken: dict[int, str] = {}
    starts = sorted(((first_support_mail(c.events), c) for c in cases if first_support_mail(c.events)),
                    key=lambda x: (x[0], x[1].case_id))
    for first, case in starts:
        named = named_accounts(case.events, configured)
        candidates = [r for r in ordered if r.id not in taken and r.submitted_at <= first + SLACK
                      and named <= frozenset(r.account_ids)]
        if candidates:
            taken[candidates[-1].id] = case.case_id
    out = []
    for i, r in enumerate(ordered):
        if r.id in taken:
            out.append(RequestStatus(r, TAKEN_OVER, taken[r.id], None))
            continue
        if i + 1 < len(ordered):  # the form was sent again: the later request is the one followed
            out.append(RequestStatus(r, SUPERSEDED, None, None, superseded_by=ordered[i + 1].id))
        else:
            out.append(RequestStatus(r, AWAITING_ACKNOWLEDGEMENT, None, r.submitted_at + allowance))
    return out


@dataclass(frozen=True, slots=True)
class Grouping:
    group: str  # "" when the case is not part of a group of several cases
    cases: tuple[str, ...] = ()  # the group's cases, newest first
    superseded_by: str | None = None


def group_cases(cases: list[CaseFacts] | tuple[CaseFacts, ...], *, configured: tuple[str, ...],
                took_over: frozenset[str] = frozenset()) -> dict[str, Grouping]:
    """Each case's merge group and, for an older case a newer one has overtaken, which one.

    `took_over`: the cases that took over a request (they name the configured accounts)."""
    members = [c for c in cases
               if c.case_id in took_over or named_accounts(c.events, configured)]
    result = {c.case_id: Grouping("") for c in cases}
    if len(members) < 2:
        return result
    newest_first = sorted(members, key=lambda c: (c.opened_at, c.case_id), reverse=True)
    ids = tuple(c.case_id for c in newest_first)
    name = "merge:" + "+".join(sorted(configured))
    for i, case in enumerate(newest_first):
        # the oldest newer case support has answered, while this one stayed silent since it opened
        newer = [c for c in newest_first[:i] if progressed(c.events) and not progressed(
            e for e in case.events if e.at >= c.opened_at)]
        by = newer[-1].case_id if newer and not case.done else None
        result[case.case_id] = Grouping(name, ids, by)
    return result
