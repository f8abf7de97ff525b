"""The user's word on what a mail is (`certmerge-mail cases correct`).  Pure.

A correction replaces the kind the classifier gave one mail.  It is stored
apart from the events (store.py: corrections) and applied every time a case
is read, so a restart, a re-sync, a UIDVALIDITY change or the mail being
classified again never overwrites it: the case is re-derived from its events
with the corrected kind (core/cases.py), exactly as if the classifier had
read it so.

- A corrected event takes the new kind, counts as certain, and remembers
  the kind it had (`corrected_from`).
- An event corrected to `unrelated` drops out of its case.
- The "needs your look" warning of a corrected mail is settled; the guard's
  findings on it (core/guard.py) stay only while it is a confirmation request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from certmerge_mail.core.cases import YOUR_REPLY, Event
from certmerge_mail.core.model import Kind
from certmerge_mail.core.tracking import (
    ACCOUNTS_MISMATCH,
    DIRECTION_REVERSED,
    DIRECTION_UNREAD,
    UNCERTAIN,
)

# What a support mail may be corrected to (a Credly badge names no case, and
# the user's own replies are read from Sent, so neither is offered).
KINDS: tuple[str, ...] = (
    str(Kind.CASE_CREATED),
    str(Kind.MERGE_CONFIRMATION_REQUESTED),
    str(Kind.MERGE_COMPLETED),
    str(Kind.SURVEY),
    str(Kind.SUPPORT_REPLY),
    str(Kind.UNRELATED),
)
_GUARD_CODES = (ACCOUNTS_MISMATCH, DIRECTION_REVERSED, DIRECTION_UNREAD)


class Correction(Protocol):
    message_id: str
    kind: str


def check_kind(kind: str) -> str | None:
    """Why `kind` cannot be a correction (None: it can)."""
    if kind in KINDS:
        return None
    return f"unknown kind {kind!r}: the kinds are {', '.join(KINDS)}"


def correctable(event: Event) -> str | None:
    """Why this event's kind cannot be corrected (None: it can)."""
    if event.kind == YOUR_REPLY:
        return "it is your own reply, seen in Sent, not a mail from support"
    if event.kind == Kind.CREDLY_BADGE_ISSUED:
        return "it is a Credly badge mail, which belongs to no one case"
    return None


def apply(events: Iterable[Event], corrections: Mapping[str, Correction]) -> list[Event]:
    """The events with the user's corrections in place of the classifier's kinds."""
    out = []
    for e in events:
        c = corrections.get(e.message_id)
        if c is None or correctable(e) is not None:
            out.append(e)
            continue
        if c.kind == Kind.UNRELATED:
            continue
        # A support reply that asks you something stays one; anything corrected
        # to a support reply is a plain one (no answer is drafted to it).
        asks = e.asks_user and c.kind == Kind.SUPPORT_REPLY and e.kind == Kind.SUPPORT_REPLY and e.read_as is None
        out.append(replace(e, kind=c.kind, asks_user=asks, certain=True,
                           corrected_from=e.corrected_from or e.kind))
    return out


def settled(warnings: Iterable, corrections: Mapping[str, Correction]) -> list:
    """The warnings still standing once the user corrected some mails: a
    corrected mail needs no look any more, and what the guard found in a mail
    no longer read as a confirmation request decides nothing."""
    out = []
    for w in warnings:
        c = corrections.get(w.message_id)
        if c is not None and (w.code == UNCERTAIN or (
                w.code in _GUARD_CODES and c.kind != Kind.MERGE_CONFIRMATION_REQUESTED)):
            continue
        out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Uncertain:
    """A mail that needs your look: what it may be, and why that is doubted."""

    case_id: str
    message_id: str
    number: int | None
    subject: str
    read_as: str  # the kind it may be (a Kind value)
    doubts: tuple[str, ...]
    counted_as: str = str(Kind.SUPPORT_REPLY)  # the kind it counts as until settled

    def commands(self) -> tuple[str, str]:
        """The two commands that settle it: it is what it may be, or what it counts as."""
        ref = str(self.number) if self.number is not None else f"'{self.message_id}'"
        return (f"certmerge-mail cases correct {ref} {self.read_as}",
                f"certmerge-mail cases correct {ref} {self.counted_as}")


def uncertain(case_id: str, events: Iterable[Event], numbers: Mapping[str, int],
              subjects: Mapping[str, str]) -> list[Uncertain]:
    """The case's counted events the classifier doubted and the user has not settled."""
    return [
        Uncertain(case_id, e.message_id, numbers.get(e.message_id), subjects.get(e.message_id, ""),
                  e.read_as or e.kind, e.doubts, e.kind)
        for e in events
        if not e.certain and e.corrected_from is None and e.verified
    ]
