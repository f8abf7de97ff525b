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
    # Amazon's other stores (Seller Central writes from them): Amazon's own, so never a look-alike
    **{f"amazon.{tld}": Family.AWS for tld in ("co.uk", "de", "fr", "it", "es", "nl", "se", "pl", "ca", "com.mx",
                                                "com.br", "com.au", "in", "sg", "ae", "sa", "com.tr", "com.be", "eg")},
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
        if ok and not authserv_ids and (other := _contradicted(auth_results, domain)):
            ok, why = False, (f"the topmost Authentication-Results says {why}, but {other}'s below it says "
                              "dmarc=fail: which of them your provider wrote cannot be told; name it in "
                              "[trust] authserv_ids (`certmerge-mail init` offers it)")
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


# --- Authentication-Results (RFC 8601) ---------------------------------------
#
# Our own tokenizer, not the `authres` package (the reference RFC 7601/8601
# module, used by dkimpy).  Tested on the adversarial cases, authres 1.2.0:
#   - silently drops every result after an unterminated quoted string, so
#     `dkim=pass ...; spf=pass smtp.mailfrom="x; dmarc=fail` reads as
#     dkim=pass, spf=pass: attacker text hides the provider's dmarc=fail;
#   - raises RecursionError on a few hundred nested comments;
#   - rejects Microsoft 365's header (no authserv-id) and Yahoo! JAPAN's
#     (a trailing ";"), both real and both in the test corpus;
#   - drops properties it does not understand (`dmarc=pass d=x`) silently.
# The grammar is small; this scanner walks it once, left to right, with no
# recursion and no backtracking, and refuses the whole header (fail closed)
# on anything it cannot read unambiguously.

_SPACE = re.compile(r"\s+")
_KEYWORD = re.compile(r"[A-Za-z0-9_-]+")
_DIGITS = re.compile(r"[0-9]+")
# RFC 2045 token: any character but space, controls and tspecials.
_TOKEN = re.compile(r'[^\s\x00-\x1f\x7f()<>@,;:\\"/\[\]?=]+')
# One unquoted run of a property value: a domain, a local-part, a base64 signature...
_PVALUE_RUN = re.compile(r'[^\s()";\\]+')
_QUOTED_RUN = re.compile(r'[^"\\]+')
_COMMENT_RUN = re.compile(r'[^()\\"]+')
# Letters, digits, hyphens; two labels at least.  Possessive, and never
# started inside a label, so that even a search is linear (`1` * 4 KB took
# 0.56 s); for fullmatch, which is all _is_domain asks, the same domains.
_DOMAIN = re.compile(r"(?<![\w-])[\w-]++(?:\.[\w-]++)+")
_NEUTRAL = frozenset({"none"})  # a method that was not applied: neither pass nor failure


class MalformedAuthResults(ValueError):
    """The header cannot be read unambiguously; it then verifies nothing."""


@dataclass(frozen=True, slots=True)
class AuthProperty:
    ptype: str  # header, smtp, body, policy; "" for a bare name=value (Microsoft's action=none)
    name: str  # from, d, i, mailfrom, ...
    value: str  # quoted strings decoded
    domain: str  # the domain the value names ("x"@evil.example -> evil.example); "" if none

    @property
    def key(self) -> str:
        return f"{self.ptype}.{self.name}" if self.ptype else self.name


@dataclass(frozen=True, slots=True)
class AuthResult:
    method: str  # dkim, spf, dmarc, arc, compauth...
    result: str  # pass, fail, none, ...
    reason: str = ""
    props: tuple[AuthProperty, ...] = ()

    def domains(self, key: str) -> tuple[str, ...]:
        """The domains named by every property `key` (e.g. "header.d"), as written."""
        return tuple(p.domain for p in self.props if p.key == key)

    def prop(self, key: str) -> str:
        return next((p.value for p in self.props if p.key == key), "")


@dataclass(frozen=True, slots=True)
class AuthResults:
    authserv_id: str  # "" when the header starts straight with results (Microsoft 365)
    version: int | None
    results: tuple[AuthResult, ...]
    # How many results end before the first comment that holds a quote: the
    # provider quoting another party's text ('spf=pass (mx: domain of
    # "0100…@amazonses.com" designates …)'), the envelope sender's, who may
    # write ")" and ";" into it to add results of their own.  Only those
    # results are the provider's for certain; None: no such comment.
    trusted: int | None = None


def authserv_id(header: str) -> str:
    """The header's authserv-id, or "" when it starts straight with results.

    Read from the start of the header alone, so that a header made
    unreadable further on (by attacker text in smtp.mailfrom, say) is still
    recognised as the provider's, and fails closed, rather than being skipped
    in favour of a forged one below it."""
    pos = _FAST_CFWS.match(header).end()  # the common case first; see _parse_common
    if _FAST_STARTS_RESULT.match(header, pos) is not None:
        return ""
    if (m := _FAST_AUTHSERV_ID.match(header, pos)) is not None:
        return m.group(1).lower()
    scan = _Scanner(header)
    try:
        scan.cfws()
        return "" if scan.starts_result() else scan.authserv_id()
    except MalformedAuthResults:
        return ""


def trusted_header(auth_results: tuple[str, ...], authserv_ids: tuple[str, ...] = ()) -> str | None:
    if not auth_results:
        return None
    if not authserv_ids:
        return _provider_block(auth_results)
    wanted = {a.lower() for a in authserv_ids}
    return next((h for h in auth_results if authserv_id(h) in wanted), None)


_SPLIT_LIMIT = 8


def _contradicted(auth_results: tuple[str, ...], from_domain: str) -> str | None:
    """The authserv-id of a header below the topmost, written by another
    organisation, that says dmarc=fail for the From domain; None if none.
    With no authserv-id configured the topmost header is trusted, which is
    right when the provider's own header is on top (RFC 8601).  One that
    disagrees below it means a header was added above the provider's (a
    gateway, or a forger): the mail then verifies nothing until the user
    names their provider's authserv-id."""
    top = _org(authserv_id(auth_results[0]) or ".")
    for header in auth_results[1:_SPLIT_LIMIT]:
        ident = authserv_id(header)
        if not ident or _org(ident) == top or "dmarc" not in header.lower():
            continue
        try:
            results = parse_auth_results(header).results
        except MalformedAuthResults:
            continue  # unreadable text below the trusted header says nothing
        if any(r.method == "dmarc" and r.result == "fail" and from_domain in r.domains("header.from")
               for r in results):
            return ident
    return None


def _provider_block(auth_results: tuple[str, ...]) -> str:
    """The topmost header, joined with the headers right below it that the
    same provider wrote under sibling authserv-ids.  iCloud writes one header
    per method ("bimi.icloud.com", "dmarc.icloud.com", "dkim-verifier.icloud.com",
    "spf.icloud.com"): read alone, the topmost says nothing of DMARC.  Joining
    cannot turn a failure into a pass: a second DMARC verdict, or any failing
    aligned signature, among them makes the whole block unverified."""
    first = auth_results[0]
    ident = authserv_id(first)
    if not ident or "." not in ident or _HAS_DMARC.search(first):
        return first  # a header with its own DMARC verdict is the whole verdict; those below are earlier hops
    org = _org(ident)
    block = [first]
    for header in auth_results[1:_SPLIT_LIMIT]:
        sibling = authserv_id(header)
        if not sibling or sibling == ident or _org(sibling) != org:
            break
        _, semicolon, rest = header.partition(";")
        if semicolon:
            block.append(rest)
        if _HAS_DMARC.search(header):
            break  # the block now holds the provider's DMARC verdict
    return ";".join(block)


HAS_DMARC = r"(?<![A-Za-z0-9_.-])dmarc\s*+="
# HAS_DMARC with its "d" first (the look-behind after it), so that `re` skips
# to each "d" in C instead of trying every position (tests/test_core_sender.py).
_HAS_DMARC = re.compile(r"d(?<![A-Za-z0-9_.-]d)marc\s*+=", re.IGNORECASE)


def parse_auth_results(header: str) -> AuthResults:
    """Parse one Authentication-Results value (RFC 8601).  Raises
    MalformedAuthResults on anything ambiguous: an unterminated quoted string
    or comment, a stray ")" or backslash, a word that is no property.  A
    quote inside a comment is a character, as RFC 5322 has it; what follows
    it is marked untrusted (AuthResults.trusted).
    Lenient only where real providers are: no authserv-id (Microsoft 365),
    empty or trailing ";" (Yahoo! JAPAN), bare name=value properties."""
    header = without_provider_notes(header)
    parsed = _parse_common(header)
    return _parse_scanning(header) if parsed is None else parsed


# Yahoo! JAPAN writes the From domain (and at times the envelope domain) it
# checked between its authserv-id and the results, with no ";" after the id:
#   "mta3099.mail.kks.yahoo.co.jp  from=amazon.com; domain=email.amazonses.com; dkim=pass ..."
#   "mta5099.mail.kks.yahoo.co.jp  from=amazon.com; domainkeys=neutral (no sig); spf=pass ..."
# and it repeats the note before a later result:
#   "mta1003.mail.kks.yahoo.co.jp  from=amazon.com; domainkeys=neutral (no sig); from=amazon.com; dkim=pass (ok) ..."
# Those notes are no method and no result; read without them, the header
# is RFC 8601. Only this shape is read so: the first note right after the
# authserv-id, and later ones that name the same domain, each a whole
# resinfo; a header with any other note stays malformed.
def without_provider_notes(header: str) -> str:
    first = _provider_note.match(header)
    if first is None:
        return header
    domain = first.group(2).lower()
    rest = _repeated_note.sub(lambda m: m.group(1) if m.group(2).lower() == domain else m.group(0), header[first.end():])
    return f"{first.group(1)};{rest}"


_provider_note = re.compile(r"^(\s*+[A-Za-z0-9][A-Za-z0-9.-]*+)\s++from=([A-Za-z0-9.-]++);(?:\s*+domain=[A-Za-z0-9.-]++;)?")
_repeated_note = re.compile(r"((?:^|;)\s*+)from=([A-Za-z0-9.-]++)(?=\s*+;)")


def provider_note_from(header: str) -> str:
    """The From domain Yahoo! JAPAN's note says it checked ("from=amazon.com;"
    right after the authserv-id), lower case; "" without the note.  Its bare
    "dmarc=pass" is a verdict about that domain."""
    m = _provider_note.match(header)
    return m.group(2).lower().rstrip(".") if m else ""


def _parse_scanning(header: str) -> AuthResults:
    """parse_auth_results, by the scanner: every header, every error."""
    scan = _Scanner(header)
    scan.cfws()
    ident, version = "", None
    if not scan.starts_result():
        ident = scan.authserv_id()
        scan.cfws()
        if (digits := scan.match(_DIGITS)) is not None:
            scan.boundary("the version")
            version = int(digits[:9])
            scan.cfws()
        if not scan.at_end():
            scan.expect(";")
    results, ends = [], []
    while True:
        scan.cfws()
        if scan.at_end():
            break
        if scan.peek() == ";":  # an empty resinfo
            scan.pos += 1
            continue
        result = scan.resinfo()
        if result is not None:
            results.append(result)
            ends.append(scan.pos)
        if not scan.at_end():
            scan.expect(";")
    trusted = None if scan.quote_at is None else sum(end <= scan.quote_at for end in ends)
    return AuthResults(ident, version, tuple(results), trusted)


class _Scanner:
    """A cursor over one header value; every method consumes what it reads."""

    __slots__ = ("text", "pos", "quote_at")

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0
        self.quote_at: int | None = None  # where the first quote inside a comment stands

    def fail(self, what: str) -> MalformedAuthResults:
        return MalformedAuthResults(f"{what} at character {self.pos}")

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos : self.pos + 1]

    def match(self, pattern: re.Pattern[str]) -> str | None:
        m = pattern.match(self.text, self.pos)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(0)

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}, found {self.peek()!r}" if self.peek() else f"expected {char!r}")
        self.pos += 1

    def boundary(self, what: str) -> None:
        """A word must end at whitespace, a comment, ";" or the end."""
        if not (self.at_end() or self.peek() in "(;" or self.peek().isspace()):
            raise self.fail(f"{what} runs into {self.peek()!r}")

    def cfws(self) -> None:
        """Skip whitespace and comments; comments nest (RFC 5322 3.2.2)."""
        text = self.text
        while True:
            self.match(_SPACE)
            if self.peek() != "(":
                if self.peek() == ")":
                    raise self.fail("')' outside a comment")
                return
            depth, self.pos = 1, self.pos + 1
            while depth:
                self.match(_COMMENT_RUN)
                char = self.peek()
                if not char:
                    raise self.fail("unterminated comment")
                if char == '"':
                    # A character of the comment (RFC 5322 ctext); the provider quotes another
                    # party's text here, so nothing after it is the provider's for certain.
                    if self.quote_at is None:
                        self.quote_at = self.pos
                    self.pos += 1
                    continue
                if char == "\\":
                    if self.pos + 1 >= len(text):
                        raise self.fail("a backslash ends the header")
                    self.pos += 2
                    continue
                depth += 1 if char == "(" else -1
                self.pos += 1

    def quoted(self) -> str:
        """A quoted-string, the opening quote under the cursor; its content, decoded."""
        self.pos += 1
        out = []
        while True:
            if (run := self.match(_QUOTED_RUN)) is not None:
                out.append(run)
            char = self.peek()
            if not char:
                raise self.fail("unterminated quoted string")
            if char == '"':
                self.pos += 1
                return "".join(out)
            if self.pos + 1 >= len(self.text):  # a backslash
                raise self.fail("a backslash ends the header")
            out.append(self.text[self.pos + 1])
            self.pos += 2

    def starts_result(self) -> bool:
        """Does a `method =` (or `method/version =`) start here?  Looks ahead only."""
        start = self.pos
        try:
            if self.match(_KEYWORD) is None:
                return False
            self.cfws()
            return self.peek() in ("=", "/")
        except MalformedAuthResults:
            return False
        finally:
            self.pos = start

    def authserv_id(self) -> str:
        if self.peek() == '"':
            value = self.quoted()
        elif (value := self.match(_TOKEN)) is None:
            raise self.fail("expected the authserv-id")
        self.boundary("the authserv-id")
        return value.lower()

    def resinfo(self) -> AuthResult | None:
        """One `method=result [reason=...] [ptype.property=value ...]`; None for `none`."""
        method = self.keyword("a method")
        self.cfws()
        if method == "none" and (self.at_end() or self.peek() == ";"):
            return None  # RFC 8601's no-result
        if self.peek() == "/":  # method-version
            self.pos += 1
            self.cfws()
            if self.match(_DIGITS) is None:
                raise self.fail("expected a method version")
            self.cfws()
        self.expect("=")
        self.cfws()
        result = self.keyword("a result")
        self.boundary("the result")
        reason, props = "", []
        while True:
            self.cfws()
            if self.at_end() or self.peek() == ";":
                return AuthResult(method, result, reason, tuple(props))
            ptype = self.keyword("a property")
            self.cfws()
            name = ""
            if self.peek() == ".":
                self.pos += 1
                self.cfws()
                name = self.keyword("a property name")
                self.cfws()
            self.expect("=")
            value, domain = self.pvalue()
            if not name and ptype == "reason":
                reason = value
            else:
                props.append(AuthProperty(ptype, name, value, domain) if name else AuthProperty("", ptype, value, domain))

    def keyword(self, what: str) -> str:
        word = self.match(_KEYWORD)
        if word is None:
            raise self.fail(f"expected {what}, found {self.peek()!r}" if self.peek() else f"expected {what}")
        return word.lower()

    def pvalue(self) -> tuple[str, str]:
        """A property value: a token, a quoted string, or an address whose
        local-part may be quoted.  Returns the value (quotes decoded) and the
        domain it names: what follows its last unquoted "@" (when nothing
        quoted follows it), or the whole value when nothing in it is quoted;
        "" otherwise."""
        self.cfws()
        parts: list[tuple[str, bool]] = []  # (text, was quoted)
        while True:
            char = self.peek()
            if char == '"':
                parts.append((self.quoted(), True))
            elif (run := self.match(_PVALUE_RUN)) is not None:
                parts.append((run, False))
            elif char == "\\":
                raise self.fail("a backslash outside a quoted string")
            elif char == ")":
                raise self.fail("')' outside a comment")
            else:  # whitespace, "(", ";" or the end
                break
        return _value_and_domain(parts)


def _value_and_domain(parts: list[tuple[str, bool]]) -> tuple[str, str]:
    """A property value's parts, (text, was quoted), as one value (quotes
    decoded) and the domain it names (see _Scanner.pvalue)."""
    value = "".join(text for text, _ in parts)
    at = next((i for i in range(len(parts) - 1, -1, -1) if not parts[i][1] and "@" in parts[i][0]), None)
    if at is None:
        domain = "" if any(quoted for _, quoted in parts) else value
    elif any(quoted for _, quoted in parts[at + 1 :]):
        domain = ""
    else:
        domain = "".join(text for text, _ in parts[at:]).rpartition("@")[2]
    return value, domain.lower().rstrip(".")


# --- the same grammar, for the headers providers actually write ---------------
#
# The scanner costs a method call per character class; it took about a fifth
# of classification.  Nearly every real header has no nested comment, no
# backslash and no quoted authserv-id: for those, a few compiled patterns read
# each resinfo and each property in one match apiece (possessive, so linear).
# They accept a subset of the scanner's grammar and read it the same way:
# "(" is consumed only as a whole comment without "(", ")", '"' or "\\"
# inside, ")" and "\\" never, '"' only as a whole quoted string without "\\".
# Whatever they cannot read, whether malformed or merely unusual, stops the
# fast path, and the scanner reads the header again from its start: it alone
# decides every error.  tests/test_core_sender.py compares the two.
#
# They are only ever matched at a position, but each is linear under search
# too (test_redos runs every pattern so): none starts inside a word (or a
# token), and each that starts with whitespace or a comment always matches.

_C = r'(?:\s++|\([^()\\"]*+\))*+'  # CFWS, comments not nested
_K = r"[A-Za-z0-9_-]++"  # _KEYWORD
_WORD_START = r"(?<![A-Za-z0-9_-])"
_TOKEN_START = r'(?<![^\s\x00-\x1f\x7f()<>@,;:\\"/\[\]?=])'
_ID = r'([^\s\x00-\x1f\x7f()<>@,;:\\"/\[\]?=]++)'  # _TOKEN
_END = r"(?=[\s(;]|\Z)"  # _Scanner.boundary
_FAST_CFWS = re.compile(_C)
_FAST_STARTS_RESULT = re.compile(rf"{_WORD_START}{_K}{_C}[=/]")
_FAST_ID = re.compile(rf"{_TOKEN_START}{_ID}{_END}{_C}(?:([0-9]++){_END}{_C})?(?:;|\Z)")
# authserv_id(): the id, and no comment the fast path cannot read after it
# (one might hide an "=" that makes the word a method).
_FAST_AUTHSERV_ID = re.compile(rf"{_TOKEN_START}{_ID}{_END}{_C}(?!\()")
_FAST_GAP = re.compile(rf"(?:{_C};)*+{_C}")  # CFWS and empty resinfos
_FAST_NONE = re.compile(rf"{_WORD_START}[Nn][Oo][Nn][Ee](?![A-Za-z0-9_-]){_C}(?=;|\Z)")
# method [/ version] = result, and the CFWS after it
_FAST_RESULT = re.compile(rf"{_WORD_START}({_K}){_C}(?:/{_C}[0-9]++{_C})?={_C}({_K}){_END}{_C}")
# ptype [. name] = value, and the CFWS after it
_FAST_PROPERTY = re.compile(
    rf'{_WORD_START}({_K}){_C}(?:\.{_C}({_K}){_C})?={_C}((?:"[^"\\]*+"|[^\s()";\\]++)*+){_C}')
_QUOTED_PARTS = re.compile(r'"([^"]*)"|[^"]+')


def _parse_common(header: str) -> AuthResults | None:
    """parse_auth_results for a header within the fast path's grammar; None
    for any other (the scanner then reads it)."""
    pos = _FAST_CFWS.match(header).end()
    ident, version = "", None
    if _FAST_STARTS_RESULT.match(header, pos) is None:
        m = _FAST_ID.match(header, pos)
        if m is None:
            return None
        ident, digits = m.group(1).lower(), m.group(2)
        version = None if digits is None else int(digits[:9])
        pos = m.end()
    results = []
    end = len(header)
    while (pos := _FAST_GAP.match(header, pos).end()) < end:
        if (m := _FAST_NONE.match(header, pos)) is not None:
            pos = m.end()
            continue
        if (m := _FAST_RESULT.match(header, pos)) is None:
            return None
        method, result = m.group(1).lower(), m.group(2).lower()
        pos = m.end()
        reason, props = "", []
        while pos < end and header[pos] != ";":
            if (m := _FAST_PROPERTY.match(header, pos)) is None:
                return None
            ptype, name, value = m.groups()
            pos = m.end()
            if '"' in value:
                value, domain = _value_and_domain(
                    [(q.group(0), False) if q.group(1) is None else (q.group(1), True)
                     for q in _QUOTED_PARTS.finditer(value)])
            else:
                domain = value.rpartition("@")[2].lower().rstrip(".")
            if name is None:
                ptype = ptype.lower()
                if ptype == "reason":
                    reason = value
                else:
                    props.append(AuthProperty("", ptype, value, domain))
            else:
                props.append(AuthProperty(ptype.lower(), name.lower(), value, domain))
        results.append(AuthResult(method, result, reason, tuple(props)))
    return AuthResults(ident, version, tuple(results))


# --- the decision -------------------------------------------------------------


def _passes(header: str, from_domain: str) -> tuple[bool, str]:
    """Is the trusted header's verdict a pass for this From domain?

    Verified: dmarc=pass for the From domain, or (no DMARC verdict) a dkim
    pass whose signer is aligned with the From domain and is AWS's or
    Credly's.  Not verified, whatever passes elsewhere: a DMARC verdict that
    is anything but pass (or none), two DMARC verdicts that disagree, a DMARC
    verdict about another domain, or a failing DKIM signature aligned with
    the From domain.
    """
    try:
        parsed = parse_auth_results(header)
    except MalformedAuthResults as exc:
        return False, f"the trusted Authentication-Results header is malformed ({exc})"
    results = parsed.results
    smuggled = [f"{p.name}={p.value}" for r in results for p in r.props if not p.ptype and p.name in _METHODS]
    if smuggled:
        # "dkim=fail header.i=evil.example<TAB>dmarc=pass…": a result written
        # where a property stands, with no ";" before it, is text someone put
        # inside a value, not the provider's verdict.
        return False, f"a result inside another result's properties ({smuggled[0][:40]})"
    if parsed.trusted is not None:
        # 'dmarc=pass header.from=amazon.com; spf=pass (mx: domain of "0100…@amazonses.com" designates …)':
        # what stands before the quoting comment is the provider's; a DMARC verdict after it may be the
        # quoted sender's own text, and is never read.
        if any(r.method == "dmarc" for r in results[parsed.trusted:]):
            return False, "a dmarc result after a comment that quotes another party's text (which may have written it)"
        results = results[:parsed.trusted]
    dmarc = {(r.result, r.domains("header.from")) for r in results if r.method == "dmarc"}
    if sum(r.method == "dmarc" for r in results) > 1:
        # A provider writes one DMARC verdict; a second, even an equal one,
        # is text written into the header by someone else.
        return False, "more than one dmarc result"
    if any(p.ptype == "header" and p.name == "from" and not _is_domain(p.value.lower().rstrip("."))
           for r in results if r.method == "dmarc" for p in r.props):
        return False, "the dmarc result's header.from is not a domain"
    if len(dmarc) > 1:
        return False, "dmarc results disagree (" + ", ".join(sorted(f"dmarc={res}" for res, _ in dmarc)) + ")"
    dmarc_result, dmarc_from = next(iter(dmarc), (None, ()))
    if any(d != from_domain for d in dmarc_from):
        return False, f"the dmarc result is for {', '.join(dmarc_from)}, not {from_domain}"
    if dmarc_result is not None and dmarc_result != "pass" and dmarc_result not in _NEUTRAL:
        return False, f"dmarc={dmarc_result}"
    dkim = [(r, _signers(r)) for r in results if r.method == "dkim"]
    # A failing signature counts unless it names only well-formed domains of
    # another organisation: one whose signer is unknown may be aligned.
    failing = [r for r, signers in dkim if r.result != "pass" and r.result not in _NEUTRAL
               and (not signers or any(not _is_domain(s) or _aligned(s, from_domain) for s in signers)
                    or any(p.domain and _aligned(p.domain, from_domain) for p in r.props))]
    if failing:
        return False, ", ".join(f"dkim={r.result}" + (f" (d={_signers(r)[0]})" if any(_signers(r)) else "")
                                for r in failing) + f" for {from_domain}"
    if dmarc_result == "pass" and dmarc_from:
        return True, "dmarc=pass"
    if dmarc_result == "pass" and not dmarc_from and provider_note_from(header) == from_domain:
        return True, f"dmarc=pass for from={from_domain} (the provider's note)"
    for r, signers in dkim:
        if (r.result == "pass" and signers and all(_is_domain(s) and _aligned(s, from_domain) for s in signers)
                and all(genuine_family(s) in (Family.AWS, Family.CREDLY) for s in signers)):
            return True, f"dkim=pass aligned with {from_domain} (d={signers[0]})"
    failed = [f"{r.method}={r.result}" for r in results if r.result in ("fail", "softfail", "permerror", "temperror")]
    if failed:
        return False, ", ".join(failed)
    return False, "no dmarc or aligned dkim pass"


# Methods of the IANA Email Authentication Methods registry and those
# providers add: none of them is a property name.
_METHODS = frozenset({"auth", "dkim", "dkim-adsp", "dkim-atps", "dmarc", "domainkeys", "iprev", "rrvs", "sender-id",
                      "smime", "spf", "vbr", "arc", "bimi", "dnswl", "compauth", "x-dkim", "x-spf"})


def _signers(result: AuthResult) -> tuple[str, ...]:
    """The signing domains a dkim result names (header.d, header.i's domain);
    "" for a value that names none."""
    return (*result.domains("header.d"), *result.domains("header.i"))


def _is_domain(text: str) -> bool:
    return _DOMAIN.fullmatch(text) is not None


def _aligned(signer: str, from_domain: str) -> bool:
    """Relaxed alignment: the signer and From share an organizational domain."""
    return _org(signer) == _org(from_domain)


def _org(domain: str) -> str:
    labels = domain.lower().strip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "ne", "or", "ac", "go") and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])
