"""The guard on the irreversible step.

Before a confirmation is drafted, the accounts the agent listed are compared
with the user's `[[accounts]]`.  Any difference (an unknown id, a missing id,
an unknown e-mail, keep and merge reversed) means no confirmation draft and
a warning naming the difference.
"""

from __future__ import annotations

import re

from certmerge_mail.core.ids import CANDIDATE_ID
from certmerge_mail.core.settings import Account

_ID = r"AWS-?\d{8}"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SUPPORT_DOMAINS = re.compile(r"(?:^|\.)(?:amazon\.com|amazon\.co\.jp|amazonaws\.com|aws|credly\.com|certmetrics\.com)$")
# "merge AWS07654321 into AWS01234567" / "AWS07654321 を AWS01234567 に統合"
_INTO = [
    re.compile(rf"({_ID})[^.\n。]{{0,100}}?\binto\b[^.\n。]{{0,60}}?({_ID})", re.IGNORECASE),
    re.compile(rf"({_ID})[^\n。]{{0,60}}?を[^\n。]{{0,40}}?({_ID})[^\n。]{{0,12}}?(?:に|へ)(?:統合|マージ|併合)", re.IGNORECASE),
    re.compile(rf"(?:from|source)\s*(?:account)?\s*[:：]?\s*({_ID})[^\n]{{0,80}}?\b(?:to|target)\s*(?:account)?\s*[:：]?\s*({_ID})", re.IGNORECASE),
]
_KEPT_WORDS = re.compile(
    r"primary|surviv|retain|remain|\bkeep\b|\bkept\b|\bmain\b|destination|target|active\s+account|統合先|存続|残(?:す|る|り)|メイン|プライマリ",
    re.IGNORECASE,
)
_MERGED_WORDS = re.compile(
    r"deactivat|\bclosed?\b|disabled|retired|source|will\s+be\s+merged|merged\s+into|統合元|無効|削除|閉鎖",
    re.IGNORECASE,
)


def account_differences(text: str, listed_ids: tuple[str, ...], accounts: tuple[Account, ...],
                        own_emails: tuple[str, ...] = ()) -> list[str]:
    """What differs between the agent's message and the configured accounts.

    An empty list means the agent asks to merge exactly the configured
    accounts in the configured direction (or does not say which is kept)."""
    if not accounts:
        return ["no [[accounts]] are configured, so the agent's request cannot be checked"]
    configured = {a.candidate_id: a for a in accounts}
    listed = set(listed_ids)
    problems = []
    if not listed:
        problems.append("the agent names no candidate id (AWS + 8 digits), so the accounts cannot be checked")
    for cid in sorted(listed - configured.keys()):
        problems.append(f"the agent names {cid}, which is not one of your configured accounts")
    if listed:
        for cid in sorted(configured.keys() - listed):
            problems.append(f"the agent does not name {cid} (your account to {configured[cid].role})")
    problems += _email_differences(text, accounts, own_emails)
    keep = next((a.candidate_id for a in accounts if a.role == "keep"), None)
    kept = kept_account(text)
    if kept is not None and keep is not None and kept != keep and kept in configured:
        problems.append(f"keep and merge are reversed: the agent would keep {kept}, you chose to keep {keep}")
    return problems


def kept_account(text: str) -> str | None:
    """The candidate id the agent says survives the merge, when it says so."""
    for pattern in _INTO:
        m = pattern.search(text)
        if m:
            return _norm(m.group(2))
    kept, merged = set(), set()
    for line in text.splitlines():
        found = {_norm(m.group(0)) for m in CANDIDATE_ID.finditer(line)}
        if len(found) != 1:
            continue
        if _KEPT_WORDS.search(line):
            kept |= found
        elif _MERGED_WORDS.search(line):
            merged |= found
    kept -= merged
    return next(iter(kept)) if len(kept) == 1 else None


def _email_differences(text: str, accounts: tuple[Account, ...], own_emails: tuple[str, ...]) -> list[str]:
    known = {e.lower() for a in accounts for e in (a.login_email, a.notification_email) if e}
    known |= {e.lower() for e in own_emails}
    unknown = sorted(
        {e.lower().rstrip(".") for e in _EMAIL.findall(text)}
        - known
    )
    unknown = [e for e in unknown if not _SUPPORT_DOMAINS.search(e.rpartition("@")[2])]
    return [f"the agent names the e-mail {e}, which none of your configured accounts uses" for e in unknown]


def _norm(cid: str) -> str:
    return "AWS" + cid[-8:]
