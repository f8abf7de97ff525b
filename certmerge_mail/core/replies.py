"""Pure rules around a drafted reply: whom it greets, whether the case takes
replies by mail, whether a draft is out of date, whether the user answered."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from certmerge_mail.core.cases import YOUR_REPLY, Event
from certmerge_mail.core.drafts import Purpose
from certmerge_mail.core.triggers import since_key

# Drafts that answer one mail of support's (keyed by it, quoting it).
ANSWERS = (Purpose.CONFIRMATION, Purpose.CLARIFY, Purpose.CORRECTION, Purpose.INFORMATION)

_NO_REPLY = ("no-reply", "noreply", "do-not-reply", "donotreply")
_CLOSINGS = ("best regards", "kind regards", "regards", "sincerely", "thank you", "thanks", "best")


def agent_name(body: str | None) -> str | None:
    """The agent's first name from a signature like "Best regards,\\nJohn\\nAmazon Web Services"."""
    if not body:
        return None
    lines = [ln.strip() for ln in body.splitlines()]
    for i, line in enumerate(lines):
        low = line.lower().rstrip(",")
        if low in _CLOSINGS:
            name = next((ln for ln in lines[i + 1 : i + 3] if ln), "")
            if name and len(name.split()) <= 3 and "amazon" not in name.lower() and "aws" not in name.lower():
                return name.split()[0]
    return None


def can_reply(reply_to: str | None, from_addr: str | None) -> bool:
    """Whether a mail with these addresses takes a reply: Console cases come
    from a no-reply address that takes none.  No mail at all (both None): yes."""
    address = (reply_to or from_addr or "").lower()
    return not address.startswith(_NO_REPLY)


def moved_on(purpose: str, trigger: str, *, current_trigger: str, since: datetime) -> bool:
    """Whether the case has left the moment a draft of `purpose` keyed by
    `trigger` was made for: an answer is keyed by the mail it answers, a
    follow-up by the start of the wait it breaks."""
    if purpose in ANSWERS:
        return current_trigger != trigger
    return trigger.partition(":")[2] != since_key(since)


def replied_since(events: Iterable[Event], when: datetime) -> bool:
    """Whether the user's own reply is among `events` at or after `when`."""
    return any(e.kind == YOUR_REPLY and e.at >= when for e in events)
