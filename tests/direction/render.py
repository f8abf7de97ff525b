"""Render the blind direction statements both ways round.

Each statement says {A} is kept and {B} merged.  "as configured" puts the
user's account to keep in {A}; "reversed" swaps the two, so the agent would
keep the account the user wants merged.
"""

from __future__ import annotations

import json
from pathlib import Path

from certmerge_mail.core.settings import Account

HERE = Path(__file__).parent
KEEP = Account("AWS01234567", "keep", "hanako.yamada@example.jp", "hanako.yamada@example.jp")
MERGE = Account("AWS07654321", "merge", "h.yamada@old-employer.example.com", "h.yamada@old-employer.example.com")
ACCOUNTS = (KEEP, MERGE)
OWN = ("hanako.yamada@example.jp",)

_FULL = str.maketrans("AWS0123456789-", "ＡＷＳ０１２３４５６７８９－")


def styled(cid: str, style: str) -> str:
    digits = cid[3:]
    return {
        "plain": cid,
        "space": f"AWS {digits}",
        "hyphen": f"AWS-{digits}",
        "lower": f"aws{digits}",
        "fullwidth": cid.translate(_FULL),
    }[style]


def render(statement: dict, reversed_: bool) -> str:
    a, b = (MERGE, KEEP) if reversed_ else (KEEP, MERGE)
    style = statement.get("id_style", "plain")
    return (statement["text"]
            .replace("{A_EMAIL}", a.login_email).replace("{B_EMAIL}", b.login_email)
            .replace("{A}", styled(a.candidate_id, style)).replace("{B}", styled(b.candidate_id, style)))


def statements() -> list[dict]:
    out = []
    for path in sorted(HERE.glob("set-*.json")):
        out += json.loads(path.read_text(encoding="utf-8"))
    return out
