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
    if _HAS_FULLWIDTH.search(text):
        return tuple(sorted({cid for _, _, cid in find_candidate_ids(text)}))
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


# Full-width forms ("ＡＷＳ０１２３４５６７") and the dashes and spaces agents
# put between "AWS" and the digits, folded before matching; the fold keeps
# every character's position, so offsets found in the folded text are the
# original text's.
_FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "Ａ": "A", "Ｗ": "W", "Ｓ": "S", "ａ": "a", "ｗ": "w", "ｓ": "s",
    "－": "-", "‐": "-", "‑": "-", "–": "-", "—": "-", "ー": "-", "　": " ", "\u00a0": " ",
})
_CANDIDATE_FOLDED = re.compile(r"(?<![A-Za-z0-9])AWS[- ]?(\d{8})(?![A-Za-z0-9])", re.IGNORECASE | re.ASCII)
_HAS_FULLWIDTH = re.compile("[\uff10-\uff19\uff21\uff37\uff33\uff41\uff57\uff53]")
# An e-mail address: ASCII only (Japanese text runs straight up to an address
# with no space: "サインインの際はhanako@example.jp").
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def find_candidate_ids(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised id) of every candidate id in `text`, in
    "AWS01234567", "AWS 01234567", "AWS-01234567", "aws01234567" or
    full-width form; offsets are into `text` itself."""
    folded = text.translate(_FOLD) if _HAS_FULLWIDTH.search(text) or "\u3000" in text else text
    return [(m.start(), m.end(), "AWS" + m.group(1)) for m in _CANDIDATE_FOLDED.finditer(folded)]


def normalise_candidate_id(value: str) -> str | None:
    """One id as a person typed it (configuration, `init`), normalised; None if it is not one."""
    found = find_candidate_ids(value.strip())
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(value.strip()):
        return found[0][2]
    return None


def emails(text: str) -> tuple[str, ...]:
    """Sorted, unique e-mail addresses in `text`, lower-cased."""
    if "@" not in text:
        return ()
    return tuple(sorted({m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text)}))
