"""The case state machine.

A case's state is derived from all of its events, sorted by when each mail
was written, rather than updated step by step: mail that arrives out of
order (a completion before the confirmation, a badge before the completion)
therefore still leaves the right state, and replaying the events after a
crash or a resync gives the same answer.

Only verified events count.  Mail whose sender is not verified is kept as an
event with verified=False, shown as suspicious, and never moves the case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from certmerge_mail.core.model import Kind

# What the user tells certmerge-mail itself (`cases badge`, `cases close`):
# stored, and turned into events each time the case is derived.
BADGE_MARKED = "badge_marked"  # "this badge is on my Credly account" (Event.badge names it)
CLOSED = "closed_by_you"  # the case is over, whatever its mail says
ANY_BADGE = "any badge"
YOUR_REPLY = "your_reply"  # the user's own reply to support, seen in Sent
# The user's own mail on the case to someone other than support (a forward to
# a colleague, a note), or to a look-alike of support: on the timeline, never
# a change of state.
YOUR_FORWARD = "your_forward"
YOUR_LOOKALIKE_REPLY = "your_lookalike_reply"
YOUR_UNDELIVERABLE_REPLY = "your_undeliverable_reply"  # to an AWS address that takes no replies
# A console case's support mail this soon after a request is the same
# correspondence (its "new correspondence added" notice), not an answer to it.
CONSOLE_NOTICE_GAP = timedelta(minutes=10)


class State(StrEnum):
    AWAITING_SUPPORT = "awaiting_support"
    AWAITING_YOUR_CONFIRMATION = "awaiting_your_confirmation"
    AWAITING_YOUR_REPLY = "awaiting_your_reply"
    AWAITING_MERGE = "awaiting_merge"
    AWAITING_BADGES = "awaiting_badges"
    DONE = "done"
    # A newer case of the same merge has support's answer (core/astray.py): no nudge, no follow-up.
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # a Kind value, or YOUR_REPLY
    at: datetime
    message_id: str
    verified: bool = True
    asks_user: bool = False
    badge: str | None = None
    account_ids: tuple[str, ...] = ()
    # False when the classifier had doubts (core/classify.py): `doubts` says
    # which, and `read_as` the kind it would have been (the event counts as a
    # plain support reply meanwhile).  The user settles it with `cases correct`.
    certain: bool = True
    doubts: tuple[str, ...] = ()
    read_as: str | None = None
    # Set when the user corrected the event's kind (core/corrections.py): the kind it had before.
    corrected_from: str | None = None
    # your_reply only: what the reply says (core/reply.py): confirmed,
    # corrected, answered or other; "" for replies recorded before replies
    # were read (counted as confirmations, as they were then).
    reading: str = ""
    # JSON: the reading's reasons and doubts, a forward's recipients.
    detail: str = ""
    # Support mail from an address that takes no replies (a console case):
    # the user answers in the Support Center, so support's next mail is
    # the sign that the user answered.
    console: bool = False


@dataclass(frozen=True, slots=True)
class CaseStatus:
    state: State
    since: datetime  # when the case entered this state (deadlines count from here)
    trigger: str  # Message-ID of the event that put the case in this state
    badges_missing: tuple[str, ...] = ()
    survey_seen: bool = False
    # The badges waited for (the merged accounts' certifications, or
    # ANY_BADGE) and those of them that arrived: "badges n/m" at a glance.
    badges_expected: tuple[str, ...] = ()
    badges_arrived: tuple[str, ...] = ()
    closed_by_you: bool = False


def expected_badges(accounts) -> tuple[str, ...]:
    """The Credly badges a merge moves: those of the certifications configured
    on the merged account(s).  The kept account's own badges never move, so
    they are never waited for.  With none listed, at least one badge mail
    after the completion (ANY_BADGE)."""
    moving = tuple(dict.fromkeys(c.strip() for a in accounts if a.role == "merge"
                                 for c in a.certifications if c.strip()))
    return moving or (ANY_BADGE,)


def case_status(events: list[Event] | tuple[Event, ...], required_badges: tuple[str, ...] = ()) -> CaseStatus:
    """The state of one case, from its events (any order).

    `required_badges`: the badges the case waits for after the merge
    (`expected_badges`); empty or ANY_BADGE means any one badge after the
    completion.  A badge counts from a Credly mail or from the user's own
    word (BADGE_MARKED); the user closing the case (CLOSED) makes it done."""
    required = tuple(b for b in required_badges if b != ANY_BADGE)
    counted = sorted((e for e in events if e.verified), key=lambda e: e.at)
    if not counted:
        first = min(events, key=lambda e: e.at)
        return CaseStatus(State.AWAITING_SUPPORT, first.at, first.message_id)
    survey = any(e.kind == Kind.SURVEY for e in counted)
    closed = next((e for e in reversed(counted) if e.kind == CLOSED), None)
    completed = next((e for e in counted if e.kind == Kind.MERGE_COMPLETED), None)
    badges = [e for e in counted if e.kind in (Kind.CREDLY_BADGE_ISSUED, BADGE_MARKED)]
    if not required and completed is not None:
        # Nothing named: a badge counts once the merge is done (or when you say so).
        badges = [e for e in badges if e.at >= completed.at or e.kind == BADGE_MARKED]
    expected = required or (ANY_BADGE,)
    missing = missing_badges(required, [e.badge or ANY_BADGE for e in badges])
    arrived = tuple(b for b in expected if b not in missing)
    glance = {"badges_expected": expected, "badges_arrived": arrived}
    if closed is not None:
        return CaseStatus(State.DONE, closed.at, closed.message_id, badges_missing=missing if completed else (),
                          survey_seen=survey, closed_by_you=True, **glance)
    if completed is not None:
        if badges and not missing:
            last = max(badges, key=lambda e: e.at)
            at = max(last.at, completed.at)
            return CaseStatus(State.DONE, at, last.message_id, survey_seen=survey, **glance)
        return CaseStatus(State.AWAITING_BADGES, completed.at, completed.message_id,
                          badges_missing=missing or expected, survey_seen=survey, **glance)
    status = _conversation([e for e in counted if e.kind not in (Kind.CREDLY_BADGE_ISSUED, BADGE_MARKED)]
                           or counted[:1], survey)
    return CaseStatus(status.state, status.since, status.trigger, survey_seen=survey,
                      badges_expected=expected, badges_arrived=())


def _conversation(events: list[Event], survey: bool) -> CaseStatus:
    """Whose turn it is, walking the exchange in the order it was written."""
    state, since, trigger = State.AWAITING_SUPPORT, events[0].at, events[0].message_id
    for e in events:
        if e.kind == Kind.MERGE_CONFIRMATION_REQUESTED:
            state, since, trigger = State.AWAITING_YOUR_CONFIRMATION, e.at, e.message_id
        elif e.kind == Kind.SUPPORT_REPLY and e.asks_user:
            state, since, trigger = State.AWAITING_YOUR_REPLY, e.at, e.message_id
        elif e.kind == Kind.SUPPORT_REPLY and e.console and state in (
                State.AWAITING_YOUR_CONFIRMATION, State.AWAITING_YOUR_REPLY) and e.at - since >= CONSOLE_NOTICE_GAP:
            # A console case is answered in the Support Center, never in Sent:
            # support writing again means you answered.  What you answered is
            # not in your mailbox, so a request is taken as confirmed.
            state = State.AWAITING_MERGE if state == State.AWAITING_YOUR_CONFIRMATION else State.AWAITING_SUPPORT
            since, trigger = e.at, e.message_id
        elif e.kind == Kind.SUPPORT_REPLY:
            if state in (State.AWAITING_SUPPORT, State.AWAITING_MERGE):
                since, trigger = e.at, e.message_id  # support spoke: the silence clock restarts
        elif e.kind == YOUR_REPLY:
            # Only a reply that says yes lets the merge go ahead; a correction,
            # an answer, a question or "please wait" leaves support to act.
            confirms = e.reading in ("", "confirmed")
            if confirms and state in (State.AWAITING_YOUR_CONFIRMATION, State.AWAITING_MERGE):
                state = State.AWAITING_MERGE
            else:
                state = State.AWAITING_SUPPORT
            since, trigger = e.at, e.message_id
    return CaseStatus(state, since, trigger, survey_seen=survey)


def missing_badges(required: tuple[str, ...], issued: list[str]) -> tuple[str, ...]:
    """The required certifications no issued badge matches.  With nothing
    required, any one badge is enough."""
    if not required:
        return () if issued else (ANY_BADGE,)
    have = [_simplify(b) for b in issued if b and b != ANY_BADGE]
    return tuple(r for r in required if not any(_same_badge(_simplify(r), h) for h in have))


def _simplify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).replace("aws certified", "").strip()


def _same_badge(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a in b or b in a)
