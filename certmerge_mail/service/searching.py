"""What the service asks the server for (SEARCH), and a search made ahead.

The terms are wide on purpose: the server narrows 100,000 messages to a few
thousand, and core/triage.py then decides from the hits' header fields which
to download.  `run --once` on a mailbox it has never read makes the inbox's
first search in its connecting thread, while the main thread is still
importing the classifier (cli/run.py); the sync then takes that answer
instead of asking again, when it answers the same question (`Searched.answers`).

No imports beyond the standard library: cli/run.py reads this before the
service's modules are imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

INBOX_CRITERIA = [("FROM", "amazon"), ("FROM", "aws"), ("FROM", "credly"), ("FROM", "acclaim"),
                  ("SUBJECT", "case"), ("SUBJECT", "merge")]
SENT_CRITERIA = [("SUBJECT", "case"), ("SUBJECT", "merge")]
MAX_SUBJECT_TERMS = 20  # the subjects of open cases searched for besides the terms above


@dataclass(frozen=True, slots=True)
class Searched:
    """One SEARCH's question and the server's answer (UIDs)."""

    folder: str
    uidvalidity: int
    after_uid: int
    terms: tuple[tuple[str, str], ...]
    since: datetime | None
    uids: tuple[int, ...]

    def answers(self, folder: str, uidvalidity: int, after_uid: int, terms: list[tuple[str, str]],
                since: datetime | None) -> bool:
        """Whether this search answers that one: the same folder, UIDVALIDITY,
        starting UID and terms, and a window that starts no later (a search
        made a moment earlier reads a moment more mail, never less)."""
        if (self.folder, self.uidvalidity, self.after_uid, self.terms) != (folder, uidvalidity, after_uid,
                                                                           tuple(terms)):
            return False
        if self.since is None or since is None:
            return self.since is None and since is None
        return self.since <= since
