"""The guard on the irreversible step.

Before anything is drafted in answer to a merge confirmation request, the
agent's new text is compared with the user's `[[accounts]]`:

- the accounts: the agent must name exactly the configured candidate ids,
  and no e-mail address the configuration does not know.  Any difference
  means no draft at all, and a warning naming it;
- the direction, read by `core.direction`:

  | what the text says               | outcome                                        |
  |----------------------------------|------------------------------------------------|
  | the configured direction         | `confirm`: the affirming confirmation          |
  | no role word near any id         | `confirm`, the reply stating the direction     |
  | the reverse                      | `correct`: "do not proceed as written"         |
  | anything it cannot read for sure | `clarify`: "to be certain, please keep X..."   |

Only a direction positively read as the configured one (or not stated at
all) is ever affirmed: the guard fails closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from certmerge_mail.core import direction, ids
from certmerge_mail.core.direction import Status
from certmerge_mail.core.settings import Account

# Addresses of support itself may appear in the agent's text.
_SUPPORT_DOMAINS = ("amazon.com", "amazon.co.jp", "amazonaws.com", "aws", "credly.com", "certmetrics.com")


class Outcome(StrEnum):
    CONFIRM = "confirm"  # draft the affirming confirmation
    CLARIFY = "clarify"  # draft a request to confirm the configured direction
    CORRECT = "correct"  # draft "the direction is reversed: do not proceed"
    REFUSE = "refuse"  # the accounts differ: draft nothing


@dataclass(frozen=True, slots=True)
class Direction:
    """The direction the agent states, against the configured one."""

    status: Status
    keep: str | None = None  # the account the agent would keep, when read
    merge: tuple[str, ...] = ()  # the accounts the agent would merge into it, when read
    configured_keep: str = ""
    configured_merge: tuple[str, ...] = ()
    unread: str = ""  # when status is UNREAD: what could not be read

    def line(self) -> str:
        """'AWS07654321 → AWS01234567 (matches your configuration)'."""
        if self.keep is not None and self.merge:
            arrow = f"{', '.join(self.merge)} → {self.keep}"
        else:
            arrow = f"{', '.join(self.configured_merge)} → {self.configured_keep}"
        note = {
            Status.MATCHES: "matches your configuration",
            Status.REVERSED: f"REVERSED: you chose to keep {self.configured_keep}",
            Status.UNREAD: "the agent's direction could not be read",
            Status.NOT_STATED: "the agent states no direction; your reply states it",
        }[self.status]
        return f"{arrow} ({note})"

    def as_json(self) -> dict:
        return {
            "keep": self.keep if self.keep is not None else self.configured_keep,
            "merge": list(self.merge or self.configured_merge),
            "status": str(self.status),
            "configured": {"keep": self.configured_keep, "merge": list(self.configured_merge)},
            "line": self.line(),
        }


@dataclass(frozen=True, slots=True)
class Check:
    problems: tuple[str, ...]  # the accounts differ from the configuration
    direction: Direction
    evidence: tuple[str, ...] = ()

    @property
    def outcome(self) -> Outcome:
        if self.problems:
            return Outcome.REFUSE
        if self.direction.status in (Status.MATCHES, Status.NOT_STATED):
            return Outcome.CONFIRM
        if self.direction.status is Status.REVERSED:
            return Outcome.CORRECT
        return Outcome.CLARIFY


def check(text: str, accounts: tuple[Account, ...], own_emails: tuple[str, ...] = ()) -> Check:
    """What the agent's request says, against the configuration."""
    listed = ids.candidate_ids(text)
    problems = tuple(account_differences(text, listed, accounts, own_emails))
    reading = direction.read(text, aliases(accounts))
    return Check(problems, direction_of(reading, accounts), reading.evidence)


def aliases(accounts: tuple[Account, ...]) -> dict[str, str]:
    """Each address that belongs to exactly one configured account, to its id:
    "sign in with hanako@example.jp" speaks of that account."""
    owners: dict[str, set[str]] = {}
    for a in accounts:
        for e in (a.login_email, a.notification_email):
            if e:
                owners.setdefault(e.lower(), set()).add(a.candidate_id)
    return {e: next(iter(c)) for e, c in owners.items() if len(c) == 1}


def foreign_accounts(text: str, accounts: tuple[Account, ...], own_emails: tuple[str, ...] = ()) -> list[str]:
    """Candidate ids and addresses in the text that are not the user's."""
    configured = {a.candidate_id for a in accounts}
    return [f"the agent names {cid}, which is not one of your configured accounts"
            for cid in ids.candidate_ids(text) if cid not in configured] + unknown_emails(text, accounts, own_emails)


def account_differences(text: str, listed_ids: tuple[str, ...], accounts: tuple[Account, ...],
                        own_emails: tuple[str, ...] = ()) -> list[str]:
    """What differs between the accounts the agent names and the configured ones
    (the direction aside).  An empty list: exactly the configured accounts."""
    if not accounts:
        return ["no [[accounts]] are configured, so the agent's request cannot be checked"]
    configured = {a.candidate_id: a for a in accounts}
    listed = set(listed_ids)
    # Accounts named by their own login or notification address.
    by_address = {aliases(accounts).get(e) for e in ids.emails(text)} - {None}
    problems = []
    if not listed:
        listed = set(by_address)  # every account named by its address, no id at all
    if not listed:
        problems.append("the agent names no candidate id (AWS + 8 digits), so the accounts cannot be checked")
    for cid in sorted(listed - configured.keys()):
        problems.append(f"the agent names {cid}, which is not one of your configured accounts")
    if listed:
        # An account named by its own login or notification address is named:
        # "merge AWS… into the account that signs in with hanako@…".
        # Not when the text also names a foreign id: the address may be paired with it.
        named = by_address if listed <= configured.keys() else set()
        for cid in sorted(configured.keys() - listed - named):
            problems.append(f"the agent does not name {cid} (your account to {configured[cid].role})")
    problems += unknown_emails(text, accounts, own_emails)
    return problems


def unknown_emails(text: str, accounts: tuple[Account, ...], own_emails: tuple[str, ...] = ()) -> list[str]:
    """Addresses in the agent's text that no configured account (nor support) uses."""
    known = {e.lower() for a in accounts for e in (a.login_email, a.notification_email) if e}
    known |= {e.lower() for e in own_emails}
    unknown = sorted(set(ids.emails(text)) - known)
    return [f"the agent names the e-mail {e}, which none of your configured accounts uses"
            for e in unknown if not _support_address(e)]


def direction_of(reading: direction.Reading, accounts: tuple[Account, ...]) -> Direction:
    """Compare what the text says of each id with the configured direction."""
    keep = next((a.candidate_id for a in accounts if a.role == "keep"), "")
    merge = tuple(sorted(a.candidate_id for a in accounts if a.role != "keep"))
    base = {"configured_keep": keep, "configured_merge": merge}
    if reading.both:
        return Direction(Status.UNREAD, unread=f"the agent's text gives {', '.join(reading.both)} both roles "
                         "(kept and merged)", **base)
    if not reading.kept and not reading.merged:
        if reading.cues_seen:
            return Direction(Status.UNREAD, unread="the agent's text speaks of keeping or merging, but not "
                             "clearly of which account", **base)
        return Direction(Status.NOT_STATED, **base)
    named = set(reading.named)
    kept, merged = set(reading.kept), set(reading.merged)
    if len(kept) > 1:
        return Direction(Status.UNREAD, unread=f"the agent's text keeps {', '.join(sorted(kept))} both", **base)
    if not kept:
        # Everything but one named account is merged: that one is kept.
        rest = named - merged
        if len(rest) != 1:
            return Direction(Status.UNREAD, unread="the agent's text does not say which account is kept", **base)
        kept = rest
    agent_keep = next(iter(kept))
    agent_merge = tuple(sorted(named - kept))
    if merged - set(agent_merge):
        return Direction(Status.UNREAD, unread="the agent's text does not add up", **base)
    read = {"keep": agent_keep, "merge": agent_merge}
    if agent_keep == keep and agent_merge == merge:
        return Direction(Status.MATCHES, **read, **base)
    if agent_keep in merge:
        return Direction(Status.REVERSED, **read, **base)
    return Direction(Status.UNREAD, unread=f"the agent's text would keep {agent_keep}", **read, **base)


def _support_address(address: str) -> bool:
    domain = address.rpartition("@")[2]
    return any(domain == d or domain.endswith("." + d) for d in _SUPPORT_DOMAINS)
