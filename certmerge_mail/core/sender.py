"""Who sent a mail: AWS, Credly, a look-alike posing as one, or someone else;
and whether the trusted Authentication-Results header verifies it (RFC 8601).

Only one Authentication-Results header is believed: the topmost (added last,
by the receiving provider) or, when `[trust] authserv_ids` is set, the
topmost one whose authserv-id is listed.  Headers below it can be written by
anyone and are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from enum import StrEnum


class Family(StrEnum):
    AWS = "aws"  # AWS support, Training & Certification, Builder ID...
    CREDLY = "credly"
    CERTMETRICS = "certmetrics"
    OTHER = "other"


# Domains that really belong to AWS / Credly (a subdomain of one counts too).
GENUINE = {
    "amazon.com": Family.AWS,
    "amazon.co.jp": Family.AWS,
    "amazonaws.com": Family.AWS,
    "amazonses.com": Family.AWS,
    "aws": Family.AWS,  # the .aws top-level domain (signin.aws)
    "awstrack.me": Family.AWS,
    "credly.com": Family.CREDLY,
    "youracclaim.com": Family.CREDLY,
    "certmetrics.com": Family.CERTMETRICS,
}
_BRANDS = {"amazon": Family.AWS, "aws": Family.AWS, "credly": Family.CREDLY, "acclaim": Family.CREDLY}
_HOMOGLYPHS = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "@": "a", "$": "s", "|": "l"})
_POSING_NAME = re.compile(r"\b(?:amazon|aws|credly)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SenderCheck:
    family: Family  # what the sender is, or poses as
    genuine: bool  # the From domain really is that family's
    verified: bool | None  # None: no trusted Authentication-Results
    reason: str


def check_sender(
    from_addr: str, from_name: str, auth_results: tuple[str, ...], authserv_ids: tuple[str, ...] = ()
) -> SenderCheck:
    domain = from_addr.rpartition("@")[2].strip().lower().rstrip(".")
    family = genuine_family(domain)
    if family is Family.CERTMETRICS:
        # AWS Certification's account vendor, but not an AWS or Credly domain:
        # its mail is never part of the merge, and never counts as verified.
        header = trusted_header(auth_results, authserv_ids)
        return SenderCheck(family, True, None if header is None else False,
                           f"{domain} is CertMetrics's, neither AWS's nor Credly's")
    if family is not None:
        header = trusted_header(auth_results, authserv_ids)
        if header is None:
            return SenderCheck(family, True, None, f"{domain} is {family}'s; no trusted Authentication-Results header")
        ok, why = _passes(header, domain)
        return SenderCheck(family, True, ok, f"{domain} is {family}'s; {why}")
    posing = lookalike_family(domain) or _posing_by_name(from_name)
    if posing is not None:
        return SenderCheck(posing, False, False, f"{domain or 'no domain'} is not {posing}'s but poses as it")
    header = trusted_header(auth_results, authserv_ids)
    verified = None if header is None else False
    return SenderCheck(Family.OTHER, False, verified, f"{domain or 'no domain'} is neither AWS's nor Credly's")


@lru_cache(maxsize=4096)  # a mailbox has few sender domains; pure, so safe to remember
def genuine_family(domain: str) -> Family | None:
    for base, family in GENUINE.items():
        if domain == base or domain.endswith("." + base):
            return family
    return None


@lru_cache(maxsize=4096)
def lookalike_family(domain: str) -> Family | None:
    """The brand a non-genuine domain imitates (amaz0n-support.com, credly-badges.net...)."""
    if not domain:
        return None
    plain = domain.translate(_HOMOGLYPHS).replace("rn", "m").replace("vv", "w")
    for label in plain.split("."):
        for token in [label, *label.split("-")]:
            for brand, family in _BRANDS.items():
                if token == brand or (len(brand) > 3 and brand in token):
                    return family
                if len(brand) > 3 and len(token) >= len(brand) - 1 and _edit_distance(token, brand) <= 1:
                    return family
            if token.startswith("aws") and len(token) > 3:
                return Family.AWS
    return None


def _posing_by_name(name: str) -> Family | None:
    m = _POSING_NAME.search(name or "")
    if not m:
        return None
    return Family.CREDLY if m.group(0).lower() == "credly" else Family.AWS


def _edit_distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 1:
        return 2
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# --- Authentication-Results --------------------------------------------------

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z]+)", re.IGNORECASE)
_PROP = re.compile(r"\b(header\.(?:d|i|from)|smtp\.mailfrom)\s*=\s*\"?([^\s;\"]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AuthResult:
    method: str  # dkim, spf, dmarc, arc, compauth...
    result: str  # pass, fail, none, ...
    props: tuple[tuple[str, str], ...]

    def prop(self, name: str) -> str:
        return next((v for k, v in self.props if k == name), "")


def authserv_id(header: str) -> str:
    """The header's authserv-id, or "" when it starts straight with results (Microsoft 365 does)."""
    first = _strip_comments(header).split(";", 1)[0].strip()
    if not first or _RESULT.match(first):
        return ""
    return first.split()[0].lower()


def trusted_header(auth_results: tuple[str, ...], authserv_ids: tuple[str, ...] = ()) -> str | None:
    if not auth_results:
        return None
    if not authserv_ids:
        return auth_results[0]
    wanted = {a.lower() for a in authserv_ids}
    return next((h for h in auth_results if authserv_id(h) in wanted), None)


def parse_results(header: str) -> list[AuthResult]:
    results = []
    chunks = _strip_comments(header).split(";")
    if chunks and not _RESULT.match(chunks[0].strip()):
        chunks = chunks[1:]  # the authserv-id
    for chunk in chunks:
        m = _RESULT.match(chunk)
        if m:
            props = tuple((k.lower(), v.lower().lstrip("@")) for k, v in _PROP.findall(chunk))
            results.append(AuthResult(m.group(1).lower(), m.group(2).lower(), props))
    return results


def _strip_comments(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _COMMENT.sub(" ", text)
    return text


def _passes(header: str, from_domain: str) -> tuple[bool, str]:
    results = parse_results(header)
    by_method: dict[str, list[AuthResult]] = {}
    for r in results:
        by_method.setdefault(r.method, []).append(r)
    dmarc = by_method.get("dmarc", [])
    if any(r.result == "pass" and _aligned(r.prop("header.from") or from_domain, from_domain) for r in dmarc):
        return True, "dmarc=pass"
    if any(r.result in ("fail", "quarantine", "reject") for r in dmarc):
        return False, "dmarc=fail"
    for r in by_method.get("dkim", []):
        signer = r.prop("header.d") or r.prop("header.i").rpartition("@")[2]
        if r.result == "pass" and signer and _aligned(signer, from_domain):
            return True, f"dkim=pass aligned with {from_domain} (d={signer})"
    failed = [f"{r.method}={r.result}" for r in results if r.result in ("fail", "softfail", "permerror")]
    if failed:
        return False, ", ".join(failed)
    return False, "no dmarc or aligned dkim pass"


def _aligned(signer: str, from_domain: str) -> bool:
    """Relaxed alignment: the signer and From share an organizational domain."""
    return _org(signer) == _org(from_domain)


def _org(domain: str) -> str:
    labels = domain.lower().strip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "ne", "or", "ac", "go") and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])
