"""`cases correct`: the user's word on what one mail is.

The correction is stored (store.py: corrections) and the case re-derived
from its events with it (core/corrections.py), in one transaction with what
follows from it at once:

- corrected to a confirmation request: the guard (core/guard.py) reads the
  mail's text as for any request and its findings are recorded, so the
  draft that follows is exactly the one the guard allows (a confirmation,
  a correction, a clarify draft, or none);
- a live draft answering the mail that the case no longer wants is
  withdrawn (service/drafting.py).

Putting a new draft in Drafts and taking a withdrawn one out is the
Drafter's work: the command does it itself when no service is running, and
otherwise leaves it to the running service's next pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from certmerge_mail.adapters.store import Store
from certmerge_mail.core import corrections, guard, tracking
from certmerge_mail.core.model import Kind
from certmerge_mail.core.settings import Settings
from certmerge_mail.core.text import split_new_text
from certmerge_mail.errors import UsageError
from certmerge_mail.service.drafting import withdraw_answers
from certmerge_mail.service.sync import case_reports


@dataclass
class Outcome:
    message_id: str
    number: int | None
    case_id: str
    subject: str
    kind: str
    was: str  # the kind the mail counted as just before
    state_before: str
    state_after: str
    counted: bool  # False: the sender is not verified, so the mail still does not move the case
    warnings: list[str] = field(default_factory=list)  # the guard's findings, when now a request
    withdrawn: list[dict] = field(default_factory=list)
    drafted: list[dict] = field(default_factory=list)
    mail: str = ""  # what happened in the Drafts folder, or why not yet

    def as_json(self) -> dict:
        return {
            "message_id": self.message_id, "number": self.number, "case_id": self.case_id,
            "subject": self.subject, "kind": self.kind, "corrected_from": self.was,
            "state_before": self.state_before, "state_after": self.state_after, "counted": self.counted,
            "warnings": self.warnings, "withdrawn": self.withdrawn, "drafted": self.drafted, "mail": self.mail,
        }


def resolve(store: Store, ref: str) -> str:
    """The Message-ID that `ref` names: a mail's number as `cases` shows it, or its Message-ID."""
    text = ref.strip()
    if text.isdigit():
        found = store.message_of_number(int(text))
        if found is None:
            raise UsageError(f"no mail numbered {text} in the state database",
                             fix="`certmerge-mail cases` shows each mail of a case with its number (#N)")
        return found
    for candidate in (text, f"<{text.strip('<>')}>"):
        if store.message(candidate) is not None:
            return candidate
    raise UsageError(f"no mail with Message-ID {text} has been seen",
                     fix="copy the Message-ID from `certmerge-mail cases --json` (events' message_id), or give "
                     "the number `certmerge-mail cases` shows on the case's timeline")


def correct(store: Store, settings: Settings, ref: str, kind: str, now: datetime) -> Outcome:
    """Record the correction and re-derive the case (see the module's docstring)."""
    problem = corrections.check_kind(kind)
    if problem:
        raise UsageError(problem, fix=f"write one of: {', '.join(corrections.KINDS)}")
    message_id = resolve(store, ref)
    stored = store.message(message_id)
    subject = stored.subject if stored else ""
    case_id = store.event_case(message_id)
    if case_id is None:
        what = ("it is unknown" if stored is None else f"it was read as {stored.kind}" if stored.kind
                else f"it was not read: {stored.outcome}")
        why = ("a Credly badge mail belongs to no one case" if stored and stored.kind == Kind.CREDLY_BADGE_ISSUED
               else "only a mail on a case's timeline can be corrected")
        raise UsageError(f"mail {message_id} ({subject!r}) is on no case's timeline ({what}): {why}",
                         fix="`certmerge-mail cases` lists each case's mails with their numbers")
    event = next(e for e in store.events(case_id) if e.message_id == message_id)
    problem = corrections.correctable(event)
    if problem:
        raise UsageError(f"mail {message_id} ({subject!r}) cannot be corrected: {problem}",
                         fix="correct a mail from support (`certmerge-mail cases` shows each with its number)")
    with store.transaction():
        before = _report(store, settings, case_id, now)
        was = next((e.kind for e in before.events if e.message_id == message_id), str(Kind.UNRELATED))
        store.add_correction(message_id, kind, event.kind, now)
        warnings = []
        if kind == Kind.MERGE_CONFIRMATION_REQUESTED:
            # The guard reads it as it reads every request: never bypassed.
            text = split_new_text(stored.body)[0] if stored and stored.body else ""
            check = guard.check(text, settings.accounts, tuple(e.lower() for e in settings.you.emails))
            for w in tracking.guard_warnings(case_id, message_id, check):
                store.add_warning(w.case_id, w.message_id, w.code, w.text, now)
                warnings.append(w.text)
        after = _report(store, settings, case_id, now)
        withdrawn = withdraw_answers(store, settings, after, message_id, now)
    return Outcome(
        message_id=message_id, number=store.message_numbers([message_id]).get(message_id), case_id=case_id,
        subject=subject, kind=kind, was=was, state_before=str(before.status.state),
        state_after=str(after.status.state), counted=event.verified, warnings=warnings,
        withdrawn=[{"id": d.id, "purpose": d.purpose, "was": d.status} for d in withdrawn],
    )


def _report(store: Store, settings: Settings, case_id: str, now: datetime):
    return next(r for r in case_reports(store, settings, now) if r.case_id == case_id)
