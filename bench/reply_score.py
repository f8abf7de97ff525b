"""Score a blind set of the user's own replies (issue 18) on first contact.

    python bench/reply_score.py SET.json

SET.json: a list of {"id", "lang", "to": [addresses], "cc": [...], "text"
(the whole body, quoted history included), "expect"}, where expect is
confirmed / corrected / answered / other (a reply to support), forward (to
anyone else) or lookalike (to an address posing as AWS).  Support's address
is aws-cs-trainingcertification-form@amazon.com; the user is
hanako.yamada@example.jp; the accounts are AWS01234567 (keep) and
AWS07654321 (merge).  Each item goes through the same code as a mail seen in
Sent (core/tracking.on_sent_message), so recipients are judged too.

What matters most is the line "read as confirmed but not one": such a reply
would stop the nudges while support still waits.  Write the first-contact
numbers down before changing anything for the set (shared/blind-sets.md).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone

from certmerge_mail.core.cases import YOUR_FORWARD, YOUR_LOOKALIKE_REPLY, YOUR_UNDELIVERABLE_REPLY
from certmerge_mail.core.model import Message
from certmerge_mail.core.settings import Account
from certmerge_mail.core.tracking import AddEvent, on_sent_message

CASE = "176215680000123"
FORM = "aws-cs-trainingcertification-form@amazon.com"
YOU = "hanako.yamada@example.jp"
ACCOUNTS = (Account(candidate_id="AWS01234567", role="keep", login_email=YOU, notification_email=YOU),
            Account(candidate_id="AWS07654321", role="merge", login_email="h.yamada@old-employer.example.com",
                    notification_email="h.yamada@old-employer.example.com"))
AT = datetime(2025, 11, 4, 10, 0, tzinfo=timezone.utc)


def score(item: dict) -> tuple[str, bool, list[str]]:
    message = Message(message_id=f"<{item['id']}@example.jp>", subject=f"RE:[CASE {CASE}] account-assistance",
                      from_addr=YOU, to=tuple(a.lower() for a in item.get("to", []) + item.get("cc", [])),
                      text=item["text"])
    actions = on_sent_message(message, message_id=message.message_id, at=AT, own_emails=(YOU,),
                              tracked=frozenset({CASE}), linked_case=None,
                              support_addresses=frozenset({FORM}), accounts=ACCOUNTS)
    event = next(a.event for a in actions if isinstance(a, AddEvent))
    got = {YOUR_FORWARD: "forward", YOUR_LOOKALIKE_REPLY: "lookalike",
           YOUR_UNDELIVERABLE_REPLY: "undeliverable"}.get(event.kind, event.reading)
    detail = json.loads(event.detail or "{}")
    return got, detail.get("certain", True), detail.get("reasons", []) + detail.get("doubts", [])


def main(path: str) -> int:
    items = json.loads(open(path, encoding="utf-8").read())
    right = 0
    by_kind: Counter = Counter()
    kind_right: Counter = Counter()
    false_confirm, missed_confirm, uncertain_misses = [], [], 0
    misses = []
    for item in items:
        got, certain, why = score(item)
        want = item["expect"]
        by_kind[want] += 1
        if got == want:
            right += 1
            kind_right[want] += 1
            continue
        misses.append((item["id"], want, got, certain, why))
        uncertain_misses += not certain
        if got == "confirmed":
            false_confirm.append(item["id"])
        if want == "confirmed":
            missed_confirm.append(item["id"])
    n = len(items)
    print(f"right             {right}/{n} ({100 * right // max(n, 1)}%)")
    for kind in ("confirmed", "corrected", "answered", "other", "forward", "lookalike"):
        if by_kind[kind]:
            print(f"  {kind:<15} {kind_right[kind]}/{by_kind[kind]}")
    print(f"read as confirmed but not one: {len(false_confirm)} {false_confirm}")
    print(f"confirmations not read as such: {len(missed_confirm)} {missed_confirm}")
    print(f"misses marked uncertain: {uncertain_misses}/{len(misses)}")
    for mid, want, got, certain, why in misses:
        print(f"  {mid}: expected {want}, read {got}{'' if certain else ' (uncertain)'}: {'; '.join(why)[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
