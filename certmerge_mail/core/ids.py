"""Identifiers in merge mail: AWS candidate ids, support case ids, e-mail
addresses.  The one definition of each: the classifier, the guard, the
configuration and `init` all use these.

Every pattern here runs on untrusted text and is linear in its length: no
two quantifiers can take the same characters (whitespace runs are taken
possessively, `\\s*+`), and patterns that could start anywhere inside a run
(of digits, of address characters) start only at the run's first character.
tests/test_redos.py checks this.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone

# --- AWS candidate ids -----------------------------------------------------------

# An AWS candidate id (CertMetrics account number): "AWS" + 8 digits, any
# case, in ASCII or full-width characters ("ＡＷＳ０１２３４５６７"), with at
# most one separator between the letters and the digits: a space or hyphen,
# or their full-width and typographic forms (agents and IMEs write
# "AWS－01234567", "AWS　01234567", "AWS‐01234567", "AWSー01234567").  The
# look-arounds keep it out of Credly validation numbers (16 letters/digits)
# and any longer token.  Found in the text as it is (no folding first), so
# match offsets are the original text's.
_ALNUM = "A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_SEPARATOR = "\\- \u00a0\u3000\uff0d\u2010-\u2015\u2212\u30fc\uff70\ufe63"
# The first letter comes first (the look-behind after it) so that `re` can
# skip along to an "A" in C instead of trying every position.
# The digits may stand in two groups of four, as a person reads them out
# ("AWS 7990 1246", "AWS 6120-4471").
CANDIDATE_ID = re.compile(
    f"[Aa\uff21\uff41](?<![{_ALNUM}][Aa\uff21\uff41])[Ww\uff37\uff57][Ss\uff33\uff53][{_SEPARATOR}]?"
    f"([0-9\uff10-\uff19]{{4}})(?:[- \u00a0\uff0d\u2010\u2011]?)([0-9\uff10-\uff19]{{4}})(?![{_ALNUM}])"
)
_FULLWIDTH_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


def find_candidate_ids(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised id) of every candidate id in `text`, written
    "AWS01234567", "AWS 01234567", "AWS-01234567", "aws01234567" or in
    full-width characters; offsets are into `text` itself."""
    return [(m.start(), m.end(), "AWS" + (m.group(1) + m.group(2)).translate(_FULLWIDTH_DIGITS))
            for m in CANDIDATE_ID.finditer(text)]


def candidate_ids(text: str) -> tuple[str, ...]:
    """Sorted, unique AWS candidate ids in `text` (normalised to AWS########)."""
    return tuple(sorted({cid for _, _, cid in find_candidate_ids(text)}))


def names_candidate_id(text: str) -> bool:
    """Whether `text` names any candidate id."""
    return CANDIDATE_ID.search(text) is not None


def normalise_candidate_id(value: str) -> str | None:
    """One id as a person typed it (configuration, `init`): "AWS01234567",
    "aws 01234567", "ＡＷＳ－０１２３４５６７"...  Normalised to "AWS01234567",
    or None when `value` is not exactly one candidate id."""
    m = CANDIDATE_ID.fullmatch(unicodedata.normalize("NFKC", value).strip())
    return None if m is None else "AWS" + m.group(1) + m.group(2)


# --- support case ids ------------------------------------------------------------

# Case ids: 10 digits (2018-2020), 11 (2021-2023), 15 since 2024; accept 8-16.
# Whitespace is taken possessively (\s*+): with plain \s*, "case" followed by
# a long run of spaces made three \s* share the run (quadratic; a 55 KB mail
# took 26 s).
_DIGITS = r"(\d{8,16})(?!\d)"
# Agents also call the case a ticket, a request or a reference: taken with a
# case id's own length (10 to 16 digits), not the shorter numbers such words
# may carry.
# (also in brackets: "Account merge request (#10145873206)")
_OTHER_NAMES = re.compile(r"\b(?:ticket|request|reference|ref\.?|enquiry|inquiry|submission)\s*+\(?(?:id|#|no\.?|number)?\s*+(?:is\s++)?[:#]?\s*+(\d{10,16})(?!\d)|"
                          # "now with our team under the number 1756…", "recorded under ID 1103…", "Submission received: 1103…",
                          # "we've got your message #1756…"
                          r"\bunder\s++(?:the\s++)?(?:id|number|reference|ref\.?)\s*+[:#]?\s*+(\d{10,16})(?!\d)|"
                          r"\b(?:submission|request|message|enquiry|inquiry)\s++(?:received|recorded|logged)\s*+[:#-]\s*+(\d{10,16})(?!\d)|"
                          r"\bmessage\s*+#\s*+(\d{10,16})(?!\d)",
                          re.IGNORECASE)
_SUBJECT_CASE = (
    re.compile(r"\[\s*+case\s*+(?:id|#|no\.?)?\s*+[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bsupport\s++case\s*+(?:id|#)?\s*+[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bcase\s*+(?:id|#|no\.?|number)?\s*+[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"ケース\s*+(?:ID|番号|No\.?)?\s*+[:：#]?\s*+" + _DIGITS, re.IGNORECASE),
    # the console's subject in Japanese: "新しいサポートケースが作成されました: 1762…"
    re.compile(r"ケース[^:：\n]{0,20}+[:：]\s*+" + _DIGITS),
    # "お問い合わせを受け付けました（受付番号：1760…）"
    re.compile(r"(?:受付|お問い合わせ|問い合わせ|参照|(?:ご)?依頼)番号\s*+(?:\([^()\n]{0,12}\))?\s*+[:：]?\s*+" + _DIGITS),
    _OTHER_NAMES,
)
_BODY_CASE = (  # in order of strength: a labelled id ("Case ID:", "ケース ID:") before one in running text
    re.compile(r"\bcase\s*+(?:id|#|no\.?|number)\s*+(?:is\s++)?[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"(?:ケース|お問い合わせ|問い合わせ|受付|参照|(?:ご)?依頼)\s*+(?:ID|番号|No\.?)\s*+(?:\([^()\n]{0,12}\))?\s*+[:：#]?\s*+" + _DIGITS,
               re.IGNORECASE),
    re.compile(r"\b(?:opened|regarding|on|your|support)\s++case\s*+[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"\[\s*+case\s*+[:#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"\bcase\s++" + _DIGITS, re.IGNORECASE),
    re.compile(r"(?:ケース|お問い合わせ|問い合わせ|受付)\s*+[(（]?\s*+(?:ID|番号|No\.?)?\s*+[:：#]?\s*+" + _DIGITS, re.IGNORECASE),
    re.compile(r"\b(?:displayId|caseId)=" + _DIGITS, re.IGNORECASE),
    # a survey link's query naming the case: "…/nps/ja?c=1748…", "?case=1748…"
    re.compile(r"[?&](?:c|case|case_?id|ref)=(\d{10,16})(?![\d])", re.IGNORECASE),
    _OTHER_NAMES,
    # a bare "番号" row of the console's notice: "番号 1770…"
    re.compile(r"^[ \t]*+番号[ \t]*+[:：]?[ \t]*+(\d{10,16})(?!\d)", re.MULTILINE),
    # "your recent case with AWS Training and Certification Support (1752…)": a case id's length in brackets
    re.compile(r"\bcase\b[^.\n()]{0,80}?\((\d{10,16})\)", re.IGNORECASE),
)
# Every id above has eight digits in a row.  Most text has none, and this
# search skips along in C where the patterns above try every position.
_EIGHT_DIGITS = re.compile(r"\d{8}")
MAX_SUBJECT = 1_000  # a subject longer than this is read up to here


def case_id(subject: str, *texts: str) -> str | None:
    """The support case id (ASCII digits): from the subject first, then from
    each text in turn.  The subject is NFKC-normalised here (full-width
    "ケース番号：１２３…"); the texts are read as given, so the caller
    normalises them (classify.py does)."""
    subject = subject[:MAX_SUBJECT]
    if not subject.isascii():
        subject = unicodedata.normalize("NFKC", subject)
    if _EIGHT_DIGITS.search(subject):
        for pattern in _SUBJECT_CASE:
            m = pattern.search(subject)
            if m:
                return _ascii_digits(_found_digits(m))
    for text in texts:
        if not _EIGHT_DIGITS.search(text):
            continue
        for pattern in _BODY_CASE:
            m = pattern.search(text)
            if m:
                return _ascii_digits(_found_digits(m))
    return None


def _found_digits(m: re.Match[str]) -> str:
    """The digits a case-id pattern found: its one group that matched (_OTHER_NAMES has one per form)."""
    return next(g for g in m.groups() if g)


def _ascii_digits(digits: str) -> str:
    return digits if digits.isascii() else "".join(str(int(c)) for c in digits)


def case_opened_at(case: str) -> datetime | None:
    """When a 15-digit case id (2024 on) was opened: its first 10 digits are Unix time."""
    if len(case) != 15:
        return None
    try:
        return datetime.fromtimestamp(int(case[:10]), tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


# --- e-mail addresses ------------------------------------------------------------

# An e-mail address in running text: ASCII only (Japanese text runs straight
# up to an address with no space: "サインインの際はhanako@example.jp").  It
# starts only where a run of address characters starts (the look-behind):
# tried inside a 50 KB run of letters, every position would scan to its end.
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+")


def emails(text: str) -> tuple[str, ...]:
    """Sorted, unique e-mail addresses in `text`, lower-cased."""
    if "@" not in text:
        return ()
    return tuple(sorted({m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text)}))
