"""Identifiers in merge mail: support case ids and AWS candidate ids."""

from __future__ import annotations

import re
from datetime import datetime, timezone

# An AWS candidate id (CertMetrics account number): AWS + 8 digits.  The
# look-arounds keep it out of Credly validation numbers (16 letters/digits)
# and any longer token.
# "AWS01234567", also written "AWS-01234567" or "AWS 01234567".
CANDIDATE_ID = re.compile(r"(?<![A-Za-z0-9])AWS[- ]?(\d{8})(?![A-Za-z0-9])", re.IGNORECASE)
# What every match of CANDIDATE_ID contains (IGNORECASE lets "s" match the
# long s, U+017F), written so that `re` can skip along to it in C.
_CANDIDATE_CORE = re.compile("[Aa][Ww][Ss\u017f][- ]?\\d{8}")

# Case ids: 10 digits (2018-2020), 11 (2021-2023), 15 since 2024; accept 8-16.
_DIGITS = r"(\d{8,16})(?!\d)"
_SUBJECT_CASE = [
    re.compile(r"\[\s*case\s*(?:id|#|no\.?)?\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bsupport\s+case\s*(?:id|#)?\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bcase\s*(?:id|#|no\.?|number)?\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"ケース\s*(?:ID|番号|No\.?)?\s*[:：#]?\s*" + _DIGITS, re.IGNORECASE),
]
_BODY_CASE = [
    re.compile(r"\bcase\s*(?:id|#|no\.?|number)\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\b(?:opened|regarding|on|your|support)\s+case\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\[\s*case\s*[:#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bcase\s+" + _DIGITS, re.IGNORECASE),
    re.compile(r"(?:ケース|お問い合わせ|問い合わせ|受付)\s*(?:ID|番号|No\.?)?\s*[:：#]?\s*" + _DIGITS, re.IGNORECASE),
    re.compile(r"\b(?:displayId|caseId)=" + _DIGITS, re.IGNORECASE),
]
# Every id above has eight digits in a row.  Most text has none, and this
# search skips along in C where the patterns above try every position.
_EIGHT_DIGITS = re.compile(r"\d{8}")


def candidate_ids(text: str) -> tuple[str, ...]:
    """Sorted, unique AWS candidate ids in `text` (normalised to AWS########)."""
    if not _CANDIDATE_CORE.search(text):
        return ()
    return tuple(sorted({"AWS" + m.group(1) for m in CANDIDATE_ID.finditer(text)}))


def case_id(subject: str, *texts: str) -> str | None:
    """The support case id: from the subject first, then from each text in turn."""
    if _EIGHT_DIGITS.search(subject):
        for pattern in _SUBJECT_CASE:
            m = pattern.search(subject)
            if m:
                return m.group(1)
    for text in texts:
        if not _EIGHT_DIGITS.search(text):
            continue
        for pattern in _BODY_CASE:
            m = pattern.search(text)
            if m:
                return m.group(1)
    return None


def case_opened_at(case: str) -> datetime | None:
    """When a 15-digit case id (2024 on) was opened: its first 10 digits are Unix time."""
    if len(case) != 15:
        return None
    try:
        return datetime.fromtimestamp(int(case[:10]), tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
