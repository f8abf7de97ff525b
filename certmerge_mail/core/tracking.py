"""What one processed message does to the cases: the service performs these
actions, all in the message's own transaction.

- A merge mail with a case id starts the case (its case_created mail, or
  whichever merge mail is seen first) or joins it.
- A Credly badge names no case: it is recorded with the message, and every
  case opened before it counts it (`badge_events`), whatever the order in
  which the mails arrived.
- The user's own mail in Sent, tied to a case by subject or In-Reply-To, is
  the user's reply only when it goes to support (the case's address, or an
  address of a verified AWS sender); its new text is read (core/reply.py)
  into confirmed / corrected / answered / other.  Mail to anyone else is a
  forward on the timeline; mail to a look-alike of AWS is a loud warning.
- Mail whose sender is not verified never changes a case: it becomes a
  "suspicious" warning (and an uncounted event when its case exists).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from certmerge_mail.core import console, direction, guard, ids, reply
from certmerge_mail.core.cases import YOUR_FORWARD, YOUR_LOOKALIKE_REPLY, YOUR_REPLY, YOUR_UNDELIVERABLE_REPLY, Event
from certmerge_mail.core.sender import Family, genuine_family, lookalike_family
from certmerge_mail.core.text import normalize, split_new_text
from certmerge_mail.core.direction import Status
from certmerge_mail.core.drafts import reply_address
from certmerge_mail.core.model import Kind, Message, Verdict
from certmerge_mail.core.settings import Account


@dataclass(frozen=True, slots=True)
class OpenCase:
    case_id: str
    opened_at: datetime
    subject: str
    reply_to: str


@dataclass(frozen=True, slots=True)
class AddEvent:
    case_id: str
    event: Event


@dataclass(frozen=True, slots=True)
class Warn:
    case_id: str
    message_id: str
    code: str  # one of WARNING_CODES
    text: str


Action = OpenCase | AddEvent | Warn
# The open cases and when each opened, computed only when asked (they cost a read of every case).
OpenCases = Callable[[], Sequence[tuple[str, datetime]]]

# What a warning is about.  The guard's three decide the draft (core/triggers.py).
SUSPICIOUS = "suspicious"
NO_CASE_ID = "no_case_id"
ACCOUNTS_MISMATCH = "accounts_mismatch"  # the agent names other accounts: no draft
DIRECTION_REVERSED = "direction_reversed"  # the agent would keep the wrong one: a correction
DIRECTION_UNREAD = "direction_unread"  # the direction could not be read: a clarification
UNCERTAIN = "uncertain"  # a request or completion read with doubts: counted as a support reply, needs your look
IN_JUNK = "in_junk"  # support's mail of the case was found in the Junk folder (read there, left there)
LOOKALIKE_REPLY = "lookalike_reply"  # you replied to an address posing as AWS: first in the digest
REPLY_REVERSED = "reply_reversed"  # your reply states the reverse of your configured direction
REPLY_UNCERTAIN = "reply_uncertain"  # your reply was not read for certain: counted as "other"
REPLY_UNDELIVERABLE = "reply_undeliverable"  # you replied by e-mail to an address that takes no replies
WARNING_CODES = (SUSPICIOUS, NO_CASE_ID, ACCOUNTS_MISMATCH, DIRECTION_REVERSED, DIRECTION_UNREAD, UNCERTAIN,
                 IN_JUNK, LOOKALIKE_REPLY, REPLY_REVERSED, REPLY_UNCERTAIN, REPLY_UNDELIVERABLE)
# Warnings that put their case first in the digest.
ALARMS = (LOOKALIKE_REPLY, REPLY_REVERSED, REPLY_UNDELIVERABLE)

SUPPORT_KINDS = {
    Kind.CASE_CREATED,
    Kind.MERGE_CONFIRMATION_REQUESTED,
    Kind.MERGE_COMPLETED,
    Kind.SURVEY,
    Kind.SUPPORT_REPLY,
}


def counts(verdict: Verdict, require_verified: bool) -> bool:
    """May this mail change a case?"""
    return verdict.sender_verified is True or (verdict.sender_verified is None and not require_verified)


def on_inbox_message(
    verdict: Verdict,
    message: Message,
    *,
    message_id: str,
    at: datetime,
    tracked: frozenset[str],
    open_cases: OpenCases,
    linked_case: str | None,
    accounts: tuple[Account, ...],
    own_emails: tuple[str, ...],
    require_verified: bool,
) -> list[Action]:
    """What a mail in the inbox (or Junk) does to the cases.  `open_cases` is
    asked only when the mail needs them (see inbox_case; a Credly badge that
    fails verification warns every open case)."""
    if verdict.kind == Kind.UNRELATED:
        return []
    ok = counts(verdict, require_verified)
    # A confirmation request or completion read with doubts neither drafts
    # the reply that lets the merge go ahead nor closes the case: it counts
    # as a plain support reply until you look at it.
    doubted = not verdict.certain and verdict.kind in (Kind.MERGE_CONFIRMATION_REQUESTED, Kind.MERGE_COMPLETED)
    event = Event(
        kind=str(Kind.SUPPORT_REPLY if doubted else verdict.kind),
        at=at,
        message_id=message_id,
        verified=ok,
        # A doubted request counts as a plain support reply: not one that asks you
        # something either, which would draft an answer restating the merge.  No mail
        # read with doubts asks you anything until you settle it.
        asks_user=verdict.asks_user and verdict.certain,
        badge=verdict.badge,
        account_ids=verdict.account_ids,
        certain=verdict.certain,
        doubts=verdict.doubts,
        # What it may be: the doubted request or completion; or, for a mail the learned
        # second opinion doubts, the kind it prefers (core/opinion.py).
        read_as=str(verdict.kind) if doubted else (
            str(verdict.may_be) if verdict.may_be is not None and not verdict.certain else None),
        # An automatic acknowledgement often says "do not reply to this
        # message" even on the form desk, whose agents take replies: its
        # address alone says whether the case is a console case.
        console=verdict.kind in SUPPORT_KINDS and console.takes_no_replies(
            message.from_addr, message.reply_to,
            "" if verdict.kind == Kind.CASE_CREATED else verdict.new_text or message.text),
    )
    if verdict.kind == Kind.CREDLY_BADGE_ISSUED:
        return [] if ok else [_suspicious(case, message_id, verdict, message) for case, _ in open_cases()] or [
            _suspicious("", message_id, verdict, message)
        ]

    case = inbox_case(verdict, linked_case, open_cases)
    if not ok:
        actions = [_suspicious(case or "", message_id, verdict, message)]
        if case in tracked:
            actions.append(AddEvent(case, event))
        return actions
    if case is None:
        return [Warn("", message_id, NO_CASE_ID,
                     f"a {verdict.kind} mail ({message.subject!r}) names no case id and matches no open case")]
    actions = []
    if case not in tracked:
        actions.append(OpenCase(case, ids.case_opened_at(case) or at, message.subject,
                                reply_address(message.reply_to, message.from_addr)[0]))
    actions.append(AddEvent(case, event))
    if doubted:
        what = _KIND_WORDS[verdict.kind]
        actions.append(Warn(case, message_id, UNCERTAIN,
                            f"needs your look: {message.subject!r} may be {what}, but {'; '.join(verdict.doubts)}. "
                            "Nothing is drafted and the case does not move on it: read the mail, then settle it with "
                            f"`certmerge-mail cases correct MESSAGE {verdict.kind}` if it is, or `... support_reply` "
                            "if not (`certmerge-mail cases` shows the mail's number to use as MESSAGE)"))
        return actions
    if event.read_as is not None:  # the learned second opinion doubts it (core/opinion.py)
        actions.append(Warn(case, message_id, UNCERTAIN,
                            f"needs your look: {message.subject!r} was read as {verdict.kind}, but it may be "
                            f"{_KIND_WORDS.get(event.read_as, event.read_as)} ({'; '.join(verdict.doubts)}). It counts as "
                            f"{verdict.kind} until you read it and settle it with `certmerge-mail cases correct "
                            f"MESSAGE {event.read_as}` if it is that, or `... {verdict.kind}` if not "
                            "(`certmerge-mail cases` shows the mail's number to use as MESSAGE)"))
        return actions
    if verdict.kind == Kind.MERGE_CONFIRMATION_REQUESTED:
        actions += guard_warnings(case, message_id, guard.check(verdict.new_text, accounts, own_emails))
    elif verdict.kind == Kind.SUPPORT_REPLY and verdict.asks_user:
        # The answer restates the merge with both accounts' details: never to
        # a request that speaks of accounts the user does not have.
        foreign = guard.foreign_accounts(verdict.new_text, accounts, own_emails)
        actions += [Warn(case, message_id, ACCOUNTS_MISMATCH, f"{p}; no answer is drafted") for p in foreign]
    return actions


_KIND_WORDS = {
    Kind.CASE_CREATED: "an acknowledgement that the case was opened",
    Kind.MERGE_CONFIRMATION_REQUESTED: "a confirmation request",
    Kind.MERGE_COMPLETED: "the merge's completion",
    Kind.SURVEY: "a closure notice or survey",
    Kind.SUPPORT_REPLY: "a plain reply from support",
}


def inbox_case(verdict: Verdict, linked_case: str | None, open_cases: OpenCases) -> str | None:
    """The one decision of which case a mail in the inbox is about: the case
    id it names (the classifier's reading), else the case of the thread it
    replies to (`linked_case`), else the only open case when exactly one is
    open.  Unrelated mail and a Credly badge are about no one case.
    `open_cases` is called only when the first two say nothing."""
    if verdict.kind in (Kind.UNRELATED, Kind.CREDLY_BADGE_ISSUED):
        return None
    if verdict.case_id or linked_case:
        return verdict.case_id or linked_case
    cases = open_cases()
    return cases[0][0] if len(cases) == 1 else None


def guard_warnings(case: str, message_id: str, check: guard.Check) -> list[Warn]:
    """The guard's findings on a confirmation request, as warnings on its case."""
    warnings = [Warn(case, message_id, ACCOUNTS_MISMATCH, problem) for problem in check.problems]
    if warnings:
        return warnings + [Warn(case, message_id, ACCOUNTS_MISMATCH,
                                "no reply is drafted: tell support which accounts to merge yourself")]
    d = check.direction
    if d.status is Status.REVERSED:
        warnings.append(Warn(case, message_id, DIRECTION_REVERSED,
                             f"keep and merge are reversed: the agent would keep {d.keep} and merge "
                             f"{', '.join(d.merge)} into it, but you chose to keep {d.configured_keep}. Do not "
                             "confirm as written: a correction is drafted instead"))
    elif d.status is Status.UNREAD:
        warnings.append(Warn(case, message_id, DIRECTION_UNREAD,
                             f"the direction of the merge could not be read for certain ({d.unread}): no "
                             "confirmation is drafted; a reply asking support to confirm your direction is "
                             "drafted instead (`certmerge-mail drafts show` to review it)"))
    return warnings


def case_of_sent(subject: str, tracked: frozenset[str], linked_case: str | None) -> str | None:
    """The tracked case a mail of yours in Sent is about: the case id in its
    subject, else the case its In-Reply-To/References thread belongs to."""
    case = ids.case_id(subject)
    if case not in tracked:
        case = linked_case
    return case if case in tracked else None


def on_sent_message(
    message: Message,
    *,
    message_id: str,
    at: datetime,
    own_emails: tuple[str, ...],
    tracked: frozenset[str],
    linked_case: str | None,
    support_addresses: frozenset[str] = frozenset(),
    accounts: tuple[Account, ...] = (),
) -> list[Action]:
    """The user's own mail on a case.

    `support_addresses`: the case's reply address and every address a
    verified AWS mail came from (or named as its Reply-To)."""
    if message.from_addr not in own_emails:
        return []
    case = case_of_sent(message.subject, tracked, linked_case)
    if case is None:
        return []
    recipients = tuple(dict.fromkeys(a.lower() for a in message.to if a))
    # A no-reply address of AWS is verified, but takes no replies: a mail to
    # it never reaches support (a console case is answered in the Support Center).
    no_reply = [a for a in recipients if a in support_addresses and console.takes_no_replies(a, "", "")]
    to_support = [a for a in recipients if a in support_addresses and a not in no_reply]
    posing = [a for a in recipients if a not in support_addresses and _poses_as_aws(a)]
    actions: list[Action] = []
    if no_reply and not to_support:
        actions.append(Warn(case, message_id, REPLY_UNDELIVERABLE,
                            f"you replied by e-mail to {', '.join(no_reply)}, which takes no replies: support "
                            "never gets it. Answer in the AWS Support Center (`certmerge-mail cases` shows the "
                            "link)"))
    if posing:
        actions.append(Warn(case, message_id, LOOKALIKE_REPLY,
                            f"you replied to {', '.join(posing)}, which is not AWS (it only looks like it): do not "
                            "send it anything more, and never a password or a code; reply to support's own "
                            "address from the case's mail"))
    if not to_support:
        kind = YOUR_LOOKALIKE_REPLY if posing else YOUR_UNDELIVERABLE_REPLY if no_reply else YOUR_FORWARD
        detail = json.dumps({"to": list(recipients)}, ensure_ascii=False)
        actions.insert(0, AddEvent(case, Event(kind=kind, at=at, message_id=message_id, detail=detail)))
        return actions
    new_text = split_new_text(normalize(message.text))[0]
    reading = reply.read_reply(new_text)
    detail = {**reading.as_json(), "to": list(recipients)}
    actions.insert(0, AddEvent(case, Event(kind=YOUR_REPLY, at=at, message_id=message_id, reading=reading.kind,
                                           account_ids=reading.account_ids,
                                           detail=json.dumps(detail, ensure_ascii=False))))
    if not reading.certain:
        actions.append(Warn(case, message_id, REPLY_UNCERTAIN,
                            f"your reply ({message.subject!r}) was not read for certain ({'; '.join(reading.doubts)}): "
                            "it is counted as neither a confirmation nor an answer, and the case waits for support"))
    if reading.account_ids and accounts and reading.kind in (reply.CONFIRMED, reply.CORRECTED, reply.ANSWERED):
        said = guard.direction_of(direction.read(new_text, guard.aliases(accounts)), accounts)
        if said.status is direction.Status.REVERSED:
            actions.append(Warn(case, message_id, REPLY_REVERSED,
                                f"your reply ({reading.kind}) keeps {said.keep} and merges {', '.join(said.merge)} "
                                f"into it, but your configuration keeps {said.configured_keep}: if that is not what "
                                "you want, write to support at once, before the merge is done (it cannot be undone)"))
    return actions


def _poses_as_aws(address: str) -> bool:
    domain = address.rpartition("@")[2]
    return genuine_family(domain) is None and lookalike_family(domain) is Family.AWS


def badge_events(badges, opened_at: datetime, require_verified: bool) -> list[Event]:
    """The badge mails (date, message id, name, verified) that count for a case opened at `opened_at`."""
    return [
        Event(kind=str(Kind.CREDLY_BADGE_ISSUED), at=at, message_id=mid, badge=name,
              verified=verified is True or (verified is None and not require_verified))
        for at, mid, name, verified in badges
        if at is not None and at >= opened_at
    ]


def _suspicious(case: str, message_id: str, verdict: Verdict, message: Message) -> Warn:
    why = "failed sender verification" if verdict.sender_verified is False else "carries no sender verification"
    return Warn(
        case,
        message_id,
        SUSPICIOUS,
        f"suspicious mail: {message.from_addr or 'unknown sender'} looks like {verdict.kind} "
        f"({message.subject!r}) but {why}; it was ignored",
    )


def junk_warnings(actions: list[Action], *, message_id: str, subject: str, folder: str) -> list[Warn]:
    """Case mail found in the Junk folder counts as any other (the same sender
    verification decides); each case it moves is warned that the mail is there."""
    cases = dict.fromkeys(a.case_id for a in actions if isinstance(a, AddEvent) and a.event.verified)
    return [Warn(case, message_id, IN_JUNK,
                 f"support's mail {subject!r} is in your Junk folder ({folder}): open it there and mark it as not "
                 "spam (\"Not junk\") so that support's next mails reach your inbox; certmerge-mail read it there "
                 "and moved nothing")
            for case in cases]
