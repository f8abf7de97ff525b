"""The requests sent before any case, and the cases of one merge
(core/astray.py), read from the store for `cases`, the digest and the nudges."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from certmerge_mail.core import astray
from certmerge_mail.core.cases import State


@dataclass(frozen=True, slots=True)
class RequestReport:
    """A contact form sent and not (yet) taken over by a case."""

    request_id: int
    submitted_at: datetime
    account_ids: tuple[str, ...]
    state: str  # astray.AWAITING_ACKNOWLEDGEMENT | astray.SUPERSEDED
    overdue: bool
    next_deadline: datetime | None
    superseded_by: int | None = None

    @property
    def key(self) -> str:
        """The name its nudges are recorded under (a request has no case id)."""
        return f"request-{self.request_id}"

    def as_json(self) -> dict:
        return {
            "case_id": None,
            "request_id": self.request_id,
            "state": self.state,
            "submitted_at": _iso(self.submitted_at),
            "accounts": list(self.account_ids),
            "overdue": self.overdue,
            "next_deadline": _iso(self.next_deadline),
            "since": _iso(self.submitted_at),
            "superseded_by_request": self.superseded_by,
            "merge_group": None,
            "events": [],
            "warnings": [],
        }


def configured_ids(settings) -> tuple[str, ...]:
    return tuple(a.candidate_id for a in settings.accounts)


def _requests(store) -> list[astray.Request]:
    return [astray.Request(rid, at, ids) for rid, at, ids in store.requests()]


def _facts(reports) -> list[astray.CaseFacts]:
    return [astray.CaseFacts(r.case_id, r.opened_at, tuple(r.events), r.status.state == State.DONE)
            for r in reports]


def superseded_cases(store, settings, cases) -> frozenset[str]:
    """The cases a newer case of the same merge has superseded; `cases` as
    (case id, opened at, events, done)."""
    configured = configured_ids(settings)
    facts = [astray.CaseFacts(*c) for c in cases]
    statuses = astray.follow_requests(_requests(store), facts, allowance=settings.reminders.acknowledgement,
                                      configured=configured)
    taken = frozenset(s.case_id for s in statuses if s.case_id)
    groups = astray.group_cases(facts, configured=configured, took_over=taken)
    return frozenset(case for case, g in groups.items() if g.superseded_by)


def follow(store, settings, reports: list, now: datetime) -> tuple[list, list[RequestReport]]:
    """The case reports with their request, merge group and superseding; and the
    requests no case has taken over."""
    configured = configured_ids(settings)
    facts = _facts(reports)
    statuses = astray.follow_requests(_requests(store), facts, allowance=settings.reminders.acknowledgement,
                                      configured=configured)
    taken = {s.case_id: s.request for s in statuses if s.case_id}
    groups = astray.group_cases(facts, configured=configured, took_over=frozenset(taken))
    out = []
    for r in reports:
        g = groups.get(r.case_id, astray.Grouping(""))
        request = taken.get(r.case_id)
        r = replace(r, merge_group=g.group, group_cases=g.cases, superseded_by=g.superseded_by,
                    request_submitted=request.submitted_at if request else None)
        if g.superseded_by:
            r = replace(r, status=replace(r.status, state=State.SUPERSEDED), overdue=False, next_deadline=None)
        out.append(r)
    waiting = [RequestReport(s.request.id, s.request.submitted_at, s.request.account_ids, s.state,
                             s.overdue(now), s.deadline, s.superseded_by)
               for s in statuses if s.state != astray.TAKEN_OVER]
    return out, waiting


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat(timespec="seconds")
