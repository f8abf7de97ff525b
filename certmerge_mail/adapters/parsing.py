"""Raw bytes -> core.model.Message, through mail-parser.

mail-parser walks the MIME tree and decodes the text parts.  This module
covers its gaps:

- mail-parser 4.8 returns 7bit ISO-2022-JP bodies undecoded (raw escape
  sequences): such text is decoded here;
- a body whose charset is missing or wrong (UTF-8 or Shift_JIS labelled
  Latin-1, no charset at all) is decoded again from the part's bytes;
- HTML-only mail becomes text (`htmltext`);
- headers are read here, in one pass, and only the dozen this tool needs:
  leniently (a broken encoded-word or an address without angle brackets
  never raises; raw 8-bit UTF-8 or Shift_JIS is decoded);
- header sizes are capped before anything (the standard library's address,
  date and MIME parameter parsers among them) reads them: the header block
  at 256 KB, one header at 64 KB (a MIME header at 2 KB), the Subject at
  998 characters (RFC 5322's line limit).  The standard library's MIME
  parameter parsing is quadratic (a 1 MB Content-Type took 19 s, 16 KB of
  quoted ';' 0.9 s), and a 5 MB Subject once stalled drafting for 20 s;
- the MIME parts are split here (`_Tree`), as the standard library's
  feedparser splits them but in time linear in the body, within limits: a
  part's header block is read up to 64 KB and only its MIME headers are
  kept, each cut at 1 KB and all of them together at 16 KB; at most 500
  parts, nested at most 20 levels deep (a deeper part is kept whole, as one
  opaque part).  A 500 KB part header took 5.5 s, 1 MB of empty lines in a
  nested multipart 1 s, and deep nesting ended in a RecursionError.

  What is cut is noted in `Message.errors`.

`parse()` never raises: whatever goes wrong becomes a note in
`Message.errors`, and the classifier treats a message it cannot read as
unrelated.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.message
import email.utils
import functools
import importlib
import logging
import quopri
import re
import unicodedata
from datetime import datetime, timezone
from typing import NamedTuple

from certmerge_mail.adapters.htmltext import html_to_text
from certmerge_mail.core.ids import names_candidate_id
from certmerge_mail.core.model import Message
from certmerge_mail.core.triage import Headers

# mail-parser logs dozens of DEBUG records per mail, and a WARNING such as
# "Email content 'alternative' not handled" for a mangled part: they say
# nothing a user of this tool can act on (what could not be read becomes a
# note in Message.errors) and cost time on every message.
logging.getLogger("mailparser").setLevel(logging.ERROR)

OWN_MARKER_HEADER = "X-Certmerge-Mail"

_MIME_HEADERS = {"content-type", "content-transfer-encoding", "content-disposition", "mime-version"}
MAX_HEADER_BLOCK = 256 * 1024  # bytes of the whole header block read
MAX_HEADER = 64 * 1024  # bytes of one header, its folded lines included
# The MIME headers go to the standard library, whose parameter parsing is
# quadratic (a 16 KB quoted parameter of ';' took 0.9 s, 4 KB 70 ms, 2 KB
# 20 ms); real ones are < 500 bytes.
MAX_MIME_HEADER = 2 * 1024
MAX_SUBJECT = 998  # characters of the decoded Subject (RFC 5322 2.1.1's line limit)
_JAPANESE_FALLBACKS = ("utf-8", "cp932", "euc_jp", "iso2022_jp_2")
_LATIN_LABELS = {"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}


def parse(raw: bytes) -> Message:
    """Decode one raw message.  Never raises."""
    errors: list[str] = []
    head, body = _split(raw)
    mime: list[list[bytes]] = []
    try:
        if len(head) > MAX_HEADER_BLOCK:
            head = _cut(head, MAX_HEADER_BLOCK)  # a header cut short is still read
            errors.append(f"header block over {MAX_HEADER_BLOCK // 1024} KB: the rest was not read")
        wanted, mime = _read_head(head, errors)
        fields = _headers(wanted, errors)
    except Exception as exc:
        errors.append(f"headers not decoded: {type(exc).__name__}")
        fields = {}
    try:
        text = _body_text(_mime_message(mime, body, errors), errors)
    except Exception as exc:  # RecursionError on hostile nesting, and worse
        errors.append(f"body not decoded: {type(exc).__name__}: {exc}"[:300])
        text = ""
    return Message(text=text, errors=tuple(errors), **fields)


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """The header block (with its blank line) and the body."""
    found = [(at, sep) for sep in (b"\r\n\r\n", b"\n\n") if (at := raw.find(sep)) != -1]
    if not found:
        return raw + b"\n\n", b""
    at, sep = min(found)
    return raw[: at + len(sep)], raw[at + len(sep) :]


# --- headers -----------------------------------------------------------------

# The headers this tool reads; all others are skipped undecoded.
_WANTED = {"from", "reply-to", "to", "cc", "message-id", "subject", "date", "in-reply-to",
           "references", "authentication-results", "auto-submitted", OWN_MARKER_HEADER.lower(), "sender"}


# The headers read, by their names' bytes in lower case: a header's name is
# looked up as bytes, and only a header read is decoded.
_READ = {name.encode(): name for name in _WANTED | _MIME_HEADERS}
# What str.strip() takes off a name decoded as Latin-1 and bytes.strip() does not.
_STR_ONLY_SPACE = re.compile(rb"[\x1c-\x1f\x85\xa0]")


def _read_head(head: bytes, errors: list[str] | None = None) -> tuple[dict[str, list[str]], list[list[bytes]]]:
    """One pass over the header block.

    Returns the wanted headers' values by lower-case name, in order (encoded
    words not yet decoded), and the MIME headers as their raw lines.  A line
    that is no header (an mbox "From " line, garbage) is skipped rather than
    ending the header block.  A header over MAX_HEADER (MIME: MAX_MIME_HEADER)
    bytes is cut there (noted in `errors`).
    """
    wanted: dict[str, list[list[bytes]]] = {}
    mime: list[list[bytes]] = []
    current: list[bytes] | None = None
    room = limit = 0  # bytes the current header may still take, of its limit
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if current is not None and room >= 0:
                room = _append_capped(current, line, room, limit, errors)
            continue
        name, colon, _ = line.partition(b":")
        key = _READ.get(name.strip().lower()) if colon else None
        if key is None and colon and _STR_ONLY_SPACE.search(name):  # str.strip() takes these off too
            key = name.decode("latin-1").strip().lower()
            key = key if key in _WANTED or key in _MIME_HEADERS else None
        current = None if key is None else []
        if current is not None:
            limit = MAX_MIME_HEADER if key in _MIME_HEADERS else MAX_HEADER
            room = _append_capped(current, line, limit, limit, errors)
            (mime if key in _MIME_HEADERS else wanted.setdefault(key, [])).append(current)
    values = {key: [_header_text(b"".join(lines).partition(b":")[2]) for lines in found]
              for key, found in wanted.items()}
    return values, mime


def _append_capped(lines: list[bytes], line: bytes, room: int, limit: int, errors: list[str] | None) -> int:
    """Add one line of a header within its remaining room; returns the room
    left, -1 once the header was cut (noted in `errors`)."""
    if len(line) <= room:
        lines.append(line)
        return room - len(line)
    lines.append(_cut(line, room))
    if errors is not None:
        errors.append(f"{_name(lines)} header over {limit // 1024} KB: cut")
    return -1


def _cut(data: bytes, size: int) -> bytes:
    """The first `size` bytes, not ending inside a UTF-8 character."""
    if len(data) <= size:
        return data
    end = size
    while end > max(0, size - 3) and 0x80 <= data[end] <= 0xBF:
        end -= 1
    return data[:end]


def _name(lines: list[bytes]) -> str:
    return lines[0].partition(b":")[0].strip().decode("latin-1")[:60]


def _header_text(value: bytes) -> str:
    """Header bytes as text: ASCII as it is; raw 8-bit (which some Japanese
    mailers still send) as UTF-8, else Shift_JIS, else Latin-1."""
    for charset in ("ascii", "utf-8", "cp932"):
        try:
            return value.decode(charset)
        except UnicodeDecodeError:
            continue
    return value.decode("latin-1")


def _headers(found: dict[str, list[str]], errors: list[str]) -> dict:
    first = {name: values[0] for name, values in found.items()}
    from_name, from_addr = _address(_header(first, "from"))
    _, reply_to = _address(_header(first, "reply-to"))
    if not from_addr:
        errors.append("no usable From address")
    subject = _header(first, "subject")
    if len(subject) > MAX_SUBJECT:
        errors.append(f"Subject over {MAX_SUBJECT} characters: cut")
        subject = subject[:MAX_SUBJECT]
    return dict(
        message_id=_msgid(_header(first, "message-id")),
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        reply_to=reply_to,
        to=_recipients(_header(first, "to"), _header(first, "cc")),
        date=_date(_header(first, "date")),
        in_reply_to=_msgid(_header(first, "in-reply-to")),
        references=tuple(_msgid(r) for r in _header(first, "references").split() if "@" in r),
        auth_results=tuple(_unfold(v) for v in found.get("authentication-results", ())),
        auto_submitted=_header(first, "auto-submitted").lower(),
        own_marker=_header(first, OWN_MARKER_HEADER.lower()),
    )


def parse_header_fields(raw: bytes) -> Headers:
    """The header fields core/triage.py decides on, from a message's header
    block or the HEADER.FIELDS the server sent.  Only those are decoded (no
    date, no Authentication-Results): this runs on every SEARCH hit.  Never
    raises; headers it cannot read are marked so, and the message is then
    read whole."""
    try:
        found, _ = _read_head(_cut(_split(raw)[0], MAX_HEADER_BLOCK))
        first = {name: values[0] for name, values in found.items()}
        from_name, from_addr = _address(_header(first, "from"))
        to, cc = _header(first, "to"), _header(first, "cc")
        return Headers(
            subject=_header(first, "subject")[:MAX_SUBJECT], from_addr=from_addr, from_name=from_name,
            recipients=_recipients(to, cc) if to or cc else (),
            message_id=_msgid(_header(first, "message-id")), in_reply_to=_msgid(_header(first, "in-reply-to")),
            references=tuple(_msgid(r) for r in _header(first, "references").split() if "@" in r),
            own_marker=_header(first, OWN_MARKER_HEADER.lower()))
    except Exception:  # what cannot be read is read whole (phase two), never passed unread
        return Headers(unreadable=True)


def _header(first: dict[str, str], name: str) -> str:
    """The first `name` header, encoded-words decoded, unfolded; "" if absent."""
    value = first.get(name)
    if value is None:
        return ""
    return _unfold(decode_words(value))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded-words leniently, one word at a time: a broken
    word (bad base64 padding, an unknown charset) is decoded as far as it can
    be and never spoils its neighbours."""
    if "=?" not in value:
        return value
    # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
    value = _BETWEEN_WORDS.sub("?==?", value)
    return _ENCODED_WORD.sub(_decode_word, value)


# An encoded word; a last one whose "?=" was cut off (a long subject
# truncated by a mailer) is decoded as far as it goes.
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)(?:\?=|(?=\s*$))")
_BETWEEN_WORDS = re.compile(r"\?=\s+=\?")


def _decode_word(match: re.Match) -> str:
    charset, encoding, payload = match.group(1).split("*")[0], match.group(2).upper(), match.group(3)
    try:
        if encoding == "B":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=False)
        else:
            data = quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=True)
    except (ValueError, binascii.Error):
        return match.group(0)
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _unfold(value: str) -> str:
    return " ".join(value.split())


# `Name <addr>`, `"Name" <addr>` or a bare addr: most mail, read without the
# standard library's general (and slow) address parser.
_ADDR = r'[^<>\s@",;:()\[\]]+@[^<>\s@",;:()\[\]]+'
_SIMPLE_ADDRESS = re.compile(rf'(?:"([^"\\]*)"|([^"<>,;:@()\\\[\]]*?))\s*<({_ADDR})>|({_ADDR})')


def _parseaddr(value: str) -> tuple[str, str]:
    m = _SIMPLE_ADDRESS.fullmatch(value.strip())
    return email.utils.parseaddr(value) if m is None else _simple_pair(m)


def _simple_pair(m: re.Match[str]) -> tuple[str, str]:
    """(name, address) from a _SIMPLE_ADDRESS match, as email.utils.parseaddr gives them."""
    if m.group(4) is not None:
        return "", m.group(4)
    if m.group(1) is not None:  # a quoted name, kept as it is
        return m.group(1), m.group(3)
    return " ".join(m.group(2).split()), m.group(3)


def _recipients(*values: str) -> tuple[str, ...]:
    """The lower-cased addresses of To and Cc."""
    items = [item.strip() for value in values for item in value.split(",") if item.strip()]
    matches = [_SIMPLE_ADDRESS.fullmatch(item) for item in items]
    if all(matches):
        pairs = [_simple_pair(m) for m in matches]
    else:  # quoted commas, groups, comments: the general parser
        pairs = email.utils.getaddresses([v for v in values if v])
    return tuple(addr.lower() for _, addr in pairs if "@" in addr)


def _address(value: str) -> tuple[str, str]:
    if not value:
        return "", ""
    name, addr = _parseaddr(value)
    if "@" not in addr:
        # "aws@amazon.com (Amazon)" or other broken forms: take the first token with an @.
        addr = next((t.strip("<>(),;\"'") for t in value.split() if "@" in t), "")
    return name.strip(), addr.strip().lower()


def _msgid(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if "<" in value and ">" in value:
        return value[value.index("<") : value.index(">", value.index("<")) + 1]
    return f"<{value.strip('<>')}>"


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# --- body --------------------------------------------------------------------


def _mime_message(mime: list[list[bytes]], body: bytes, errors: list[str] | None = None) -> email.message.Message:
    """The message's MIME structure, for mail-parser to walk and decode.

    Only the MIME headers go in: mail-parser's eager analysis of Received
    chains, addresses and dates was two thirds of its time, and the headers
    this tool needs were read above.  The tree is built here, as the
    standard library's feedparser builds it (same parts, payloads, preamble,
    epilogue and structural defects) but without its pass over every line:
    a part's body is found by one search for the next boundary line.  The
    feedparser took 1 s for 1 MB of empty lines in a nested multipart, and
    time growing with lines x nesting depth.  Parts' headers are capped as
    the top level's are (see `_Tree`).
    """
    msg = email.message.Message()
    for lines in mime:
        name, _, value = b"".join(lines).decode("ascii", "surrogateescape").partition(":")
        msg.set_raw(name.strip(), value.lstrip(" \t").rstrip("\r\n"))
    text = body.decode("ascii", "surrogateescape")
    if not msg.get_content_type().startswith(("multipart/", "message/")):
        msg.set_payload(text)
        return msg
    tree = _Tree(text, errors if errors is not None else [])
    try:
        tree.body(msg, 0, (), 0)
    except _Stop:
        if msg._payload is None:
            msg.set_payload("")
    if msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        msg.defects.append(email.errors.MultipartInvariantViolationDefect())
    return msg


MAX_PARTS = 500  # MIME parts of one message; the rest is not read
MAX_DEPTH = 20  # levels of multipart and message/* nesting; deeper ones are one opaque part
MAX_PART_HEADER = 1024  # characters of one MIME header of a part (1 KB: at most 7 ms to parse)
MAX_PART_HEADERS = 16 * 1024  # characters of all the parts' MIME headers together
MAX_PART_HEADER_BLOCK = 64 * 1024  # characters of one part's header block read (its MIME headers kept)

# A run of feedparser header lines (email.feedparser.headerRE).
_HEADER_LINES = re.compile(r"(?:(?:From |[\x21-\x39\x3b-\x7e]*+:|[\t ])[^\r\n]*+(?:\r\n|\r|\n|\Z))*+")
# What may follow "--boundary" on a boundary line (the feedparser's boundaryre).
_BOUNDARY_TAIL = re.compile(r"(--)?[ \t]*+(?:\r\n|\r|\n|\Z)")
_LINE = re.compile(r"[^\r\n]*+(?:\r\n|\r|\n)?")
_BLANK_LINE = re.compile(r"\r\n|\r|\n")
_EOL = re.compile(r"(?:\r\n|\r|\n)\Z")


class _Stop(Exception):
    """The part or header budget is spent: the rest of the body is not read."""


class _Boundary(NamedTuple):
    start: int  # of the line
    level: int  # index of its boundary among the active ones, the outermost 0
    close: bool  # "--boundary--"
    after: int  # the start of the next line


class _Tree:
    """Builds the parts of one message body, as email.feedparser would,
    within MAX_PARTS, MAX_DEPTH, MAX_PART_HEADER and MAX_PART_HEADERS.

    Boundary lines are found with str.find and fixed patterns (compiling a
    pattern per boundary cost 0.2-0.5 ms a message), each boundary's next
    line remembered, so the text is scanned once per level of nesting."""

    def __init__(self, text: str, errors: list[str]) -> None:
        self.text, self.errors = text, errors
        self.parts = 0
        self.header_room = MAX_PART_HEADERS
        self.seen: dict[str, tuple[int, int, bool, int]] = {}  # boundary -> (searched from, line start, close, after)

    def _line_of(self, boundary: str, pos: int) -> tuple[int, bool, int]:
        """The first line at or after `pos` that is `boundary`'s: (start or -1, close, after)."""
        seen = self.seen.get(boundary)
        if seen is not None and seen[0] <= pos and (seen[1] == -1 or seen[1] >= pos):
            return seen[1:]
        text, needle = self.text, "--" + boundary
        at = text.find(needle, pos)
        while at != -1:
            if at == 0 or text[at - 1] in "\r\n":
                tail = _BOUNDARY_TAIL.match(text, at + len(needle))
                if tail is not None:
                    self.seen[boundary] = (pos, at, tail.group(1) is not None, tail.end())
                    return self.seen[boundary][1:]
            at = text.find(needle, at + 1)
        self.seen[boundary] = (pos, -1, False, -1)
        return -1, False, -1

    def _next(self, pos: int, levels: tuple[str, ...]) -> _Boundary | None:
        """The first boundary line of `levels` at or after `pos`; of two
        boundaries on one line, the outermost's (the feedparser's eof stack
        ends the outermost part)."""
        best = None
        for level, boundary in enumerate(levels):
            start, close, after = self._line_of(boundary, pos)
            if start != -1 and (best is None or start < best.start):
                best = _Boundary(start, level, close, after)
        return best

    def _end(self, pos: int, levels: tuple[str, ...]) -> int:
        found = self._next(pos, levels)
        return len(self.text) if found is None else found.start

    def entity(self, pos: int, levels: tuple[str, ...], depth: int, default: str) -> tuple[email.message.Message, int]:
        """One part (its headers, then its body) from `pos`; returns it and
        where it ends: at the next line that is one of `levels`' boundaries,
        or the end."""
        self.parts += 1
        if self.parts > MAX_PARTS:
            self.errors.append(f"more than {MAX_PARTS} MIME parts: the rest was not read")
            raise _Stop
        msg = email.message.Message()
        if default != "text/plain":
            msg.set_default_type(default)
        end = _HEADER_LINES.match(self.text, pos).end()
        boundary = self._next(pos, levels)
        if boundary is not None and boundary.start < end:  # a boundary line ends the headers (and the part)
            end = boundary.start
        block = self.text[pos:end]
        # A "From " line last of several goes back to the body (the
        # feedparser takes it for the body's first line).
        core = _EOL.sub("", block, count=1)
        last = max(core.rfind("\n"), core.rfind("\r")) + 1  # where the block's last line starts
        prefix = block[last:] if last > 0 and block.startswith("From ", last) else ""
        self._headers(msg, block[: len(block) - len(prefix)])
        pos = end
        blank = _BLANK_LINE.match(self.text, pos)
        if blank is not None:
            pos = blank.end()
        elif pos < len(self.text) and (boundary is None or boundary.start != pos):
            msg.defects.append(email.errors.MissingHeaderBodySeparatorDefect())
        return msg, self.body(msg, pos, levels, depth, prefix)

    def _headers(self, msg: email.message.Message, block: str) -> None:
        """The part's MIME headers (Content-*, MIME-Version), each cut at
        MAX_PART_HEADER; all others are not read, as at the top level."""
        if len(block) > MAX_PART_HEADER_BLOCK:
            self.errors.append(f"header block of a MIME part over {MAX_PART_HEADER_BLOCK // 1024} KB: the rest was not read")
            block = block[:MAX_PART_HEADER_BLOCK]
        fields: list[list[str]] = []
        keep = named = False  # the line's header is kept; a header is open (the feedparser's lastheader)
        for line in _LINE.findall(block):
            if not line:
                continue
            if line[0] in " \t":
                if not named:  # as email.feedparser notes it
                    msg.defects.append(email.errors.FirstHeaderLineIsContinuationDefect(line))
                elif keep:
                    fields[-1].append(line)
                continue
            if line.startswith(("From ", ":")):  # an envelope line, a header without a name
                keep = named = False
                continue
            name = line.partition(":")[0].lower()
            named = True
            keep = name.startswith("content-") or name == "mime-version"
            if keep:
                fields.append([line])
        for lines in fields:
            value = "".join(lines)
            if len(value) > MAX_PART_HEADER:
                self.errors.append(f"{lines[0].partition(':')[0][:60]} header of a MIME part over {MAX_PART_HEADER // 1024} KB: cut")
                value = value[:MAX_PART_HEADER]
            self.header_room -= len(value)
            if self.header_room < 0:
                self.errors.append(f"MIME part headers over {MAX_PART_HEADERS // 1024} KB: the rest was not read")
                raise _Stop
            name, _, value = value.partition(":")
            msg.set_raw(name, value.lstrip(" \t").rstrip("\r\n"))

    def body(self, msg: email.message.Message, pos: int, levels: tuple[str, ...], depth: int, prefix: str = "") -> int:
        """Reads `msg`'s body from `pos` (after `prefix`, a line given back by
        the headers); returns where it ends."""
        maintype = msg.get_content_maintype()
        if maintype in ("multipart", "message") and depth >= MAX_DEPTH:
            self.errors.append(f"MIME parts nested over {MAX_DEPTH} levels: read as one opaque part")
        elif msg.get_content_type() == "message/delivery-status":
            pass  # blocks of headers, of no text: one opaque part
        elif maintype == "message":
            inner, end = self.entity(pos, levels, depth + 1, "text/plain")
            msg.attach(inner)
            return end
        elif maintype == "multipart":
            boundary = msg.get_boundary()
            if boundary is not None:
                return self._multipart(msg, boundary, pos, levels, depth, prefix)
            msg.defects.append(email.errors.NoBoundaryInMultipartDefect())
        end = self._end(pos, levels)
        msg.set_payload(prefix + self.text[pos:end])
        return end

    def _multipart(self, msg: email.message.Message, boundary: str, pos: int, levels: tuple[str, ...], depth: int,
                   prefix: str) -> int:
        text = self.text
        if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
            msg.defects.append(email.errors.InvalidMultipartContentTransferEncodingDefect())
        inner = levels + (boundary,)
        own = len(levels)  # the level of this multipart's boundary
        needle = "--" + boundary
        found = self._next(pos, inner)
        if found is None or found.level != own or found.close:
            # No start boundary before the end, an outer boundary or the close
            # boundary: the feedparser's StartBoundaryNotFoundDefect.
            msg.defects.append(email.errors.StartBoundaryNotFoundDefect())
            stop = len(text) if found is None else found.start
            msg.set_payload(prefix + text[pos:stop])
            msg.epilogue = ""
            if found is not None and found.level == own:  # the rest, to the outer end, is dropped
                return self._end(found.after, levels)
            return stop
        if found.start > pos or prefix:
            msg.preamble = _EOL.sub("", prefix + text[pos : found.start], count=1)
        children: list[email.message.Message] = []
        msg.set_payload(children)
        default = "message/rfc822" if msg.get_content_type() == "multipart/digest" else "text/plain"
        while True:
            pos = found.after
            outer = self._end(pos, levels)  # an outer boundary's line ends the multipart
            while pos < outer and text.startswith(needle, pos) and (tail := _BOUNDARY_TAIL.match(text, pos + len(needle))):
                pos = tail.end()  # repeated boundary lines make no part
            child, pos = self.entity(pos, inner, depth + 1, default)
            children.append(child)
            _strip_last_eol(child)
            found = self._next(pos, inner)
            if found is None or found.start != pos or found.level != own:
                msg.defects.append(email.errors.CloseBoundaryNotFoundDefect())
                return pos  # the end, or an outer boundary's line
            if found.close:  # the epilogue follows
                end = self._end(found.after, levels)
                msg.epilogue = text[found.after : end]
                return end


def _strip_last_eol(part: email.message.Message) -> None:
    """The line break before a boundary belongs to the boundary (RFC 2046):
    the feedparser takes it off the last message it made in the part."""
    while part.get_content_maintype() == "message" and isinstance(part._payload, list) and part._payload:
        part = part._payload[-1]
    if part.get_content_maintype() == "multipart":
        if part.epilogue == "":
            part.epilogue = None
        elif part.epilogue is not None:
            part.epilogue = _EOL.sub("", part.epilogue, count=1)
    elif isinstance(part._payload, str):
        part._payload = _EOL.sub("", part._payload, count=1)


def _body_text(msg: email.message.Message, errors: list[str], depth: int = 0) -> str:
    """The message's own text, then the text of any message attached to it
    (a forward as message/rfc822) after a "Forwarded message" line, so that
    the attachment reads as quoted history, never as the sender's words."""
    attached = _detach_attached_messages(msg) if depth < 3 else []
    text = _own_text(msg, errors)
    for inner in attached:
        inner_text = _body_text(inner, errors, depth + 1)
        if inner_text.strip():
            text += f"\n\n---------- Forwarded message ----------\n{inner_text}"
    return text


def _detach_attached_messages(msg: email.message.Message) -> list[email.message.Message]:
    """Take the message/rfc822 parts out of `msg`'s tree; return the messages."""
    found: list[email.message.Message] = []
    if not msg.is_multipart():
        return found
    for part in msg.walk():
        if not part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        children = part.get_payload()
        kept = [c for c in children if c.get_content_type() != "message/rfc822"]
        if len(kept) != len(children):
            for child in children:
                if child.get_content_type() == "message/rfc822":
                    found += [m for m in child.get_payload() if isinstance(m, email.message.Message)]
            part.set_payload(kept)
    return found


def prepare() -> None:
    """Import mail-parser (30-40 ms of CPU), which parse() otherwise imports
    at its first message: phase one reads header fields only and needs none
    of it, so `run` imports it in a thread while the server answers."""
    importlib.import_module("mailparser")


@functools.cache
def _text_parser() -> type:
    """mail-parser's MailParser, walking the parts (text decoded, defects
    noted) without the two summaries of the whole mail (`mail`,
    `mail_partial`) it builds last: nothing here reads them, and they were a
    third of its time.  Made at the first use, as mail-parser is imported."""
    import mailparser

    class TextParser(mailparser.MailParser):
        def _make_mail(self, complete: bool = True) -> dict:
            return {}

    return TextParser


_PLAIN_PART_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
_PLAIN_PART_ENCODINGS = {"", "7bit", "8bit", "base64", "quoted-printable"}


def _plain_parts(msg: email.message.Message) -> tuple[list[str], list[str]] | None:
    """mail-parser's text_plain and text_html for a message of text/plain
    and text/html parts only (alone, or in multiparts), none with a
    disposition, a file name or a defect, whose text decodes cleanly: each
    part read as mail-parser reads it (MailParser._decode_body_payload: a
    7bit or 8bit payload that encodes to UTF-8 as it stands, else the
    decoded bytes in the part's charset, UTF-8 by default, in NFC), in
    mail-parser's order, with no defect to note.  None for any other message
    and for a charset that fails: mail-parser reads those.  Most mail is
    such a message, and mail-parser's walk of it (each part's MIME
    parameters parsed a dozen times over) took half of parse().
    tests/test_parsing.py compares the two."""
    plain: list[str] = []
    html: list[str] = []
    decoded: list[tuple[email.message.Message, int]] = []  # parts decoded, and their defects before
    if _read_plain_parts(msg, plain, html, decoded):
        return plain, html
    for part, defects in decoded:  # as mail-parser would find them
        del part.defects[defects:]
    return None


def _read_plain_parts(msg: email.message.Message, plain: list[str], html: list[str],
                      decoded: list[tuple[email.message.Message, int]]) -> bool:
    if msg.defects or any(name.lower() not in _PLAIN_PART_HEADERS for name in msg.keys()):
        return False
    ctype, cte = msg.get("content-type", ""), msg.get("content-transfer-encoding", "")
    if not isinstance(ctype, str) or not ctype.isascii() or "name" in ctype.lower():  # no file name
        return False
    kind = msg.get_content_type()
    if msg.is_multipart():
        return kind.startswith("multipart/") and all(_read_plain_parts(part, plain, html, decoded)
                                                     for part in msg.get_payload())
    if kind not in ("text/plain", "text/html") or not isinstance(payload := msg._payload, str):
        return False
    if not isinstance(cte, str) or (cte := cte.strip().lower()) not in _PLAIN_PART_ENCODINGS:
        return False
    if cte in ("", "7bit", "8bit") and payload.isascii():
        text = payload
    else:
        decoded.append((msg, len(msg.defects)))
        data = msg.get_payload(decode=True)
        try:
            text = data.decode(msg.get_content_charset("utf-8")) if data else ""
            text.encode("utf-8")
        except (LookupError, UnicodeError):
            return False
        text = unicodedata.normalize("NFC", text)
    if text:
        (plain if kind == "text/plain" else html).append(text)
    return True


def _own_text(msg: email.message.Message, errors: list[str]) -> str:
    simple = _plain_parts(msg)
    if simple is not None:
        (text_plain, text_html), defects = simple, set()
    else:
        parsed = _text_parser()(msg)
        text_plain, text_html, defects = parsed.text_plain, parsed.text_html, parsed.defects_categories
    plain_text = "\n".join(_part_texts(msg, "text/plain", text_plain, defects, errors))
    fuller = _names_more(text_html, plain_text)
    if len(plain_text) >= _STUB and not _points_to_html(plain_text) and not fuller:
        return plain_text
    if not any(t and t.strip() for t in text_html):
        return plain_text
    html = _part_texts(msg, "text/html", text_html, defects, errors)
    html_text = "\n".join(html_to_text(h) for h in html)
    # A plain part that only says "view this message in your browser" (or an
    # HTML-capable client) stands in for the HTML one: the HTML's text is the mail.
    if len(html_text.strip()) > 2 * len(plain_text.strip()) + _STUB // 2:
        return html_text
    if _points_to_html(plain_text) and len(html_text.strip()) >= 100:
        return html_text
    if fuller and names_candidate_id(html_text):
        return html_text  # the accounts are named in the HTML part alone (its table): it is the mail
    return plain_text or html_text


def _names_more(text_html: list[str], plain_text: str) -> bool:
    """Whether the HTML part names candidate ids while the plain part names
    none (a table of the accounts that only the HTML version carries, or a
    plain part that is a notification stub).  Read on the raw HTML; the HTML
    is converted only then."""
    html = [h for h in text_html if h and any(w in h for w in ("WS", "ws", "ＷＳ", "ｗｓ"))]
    return bool(html) and not names_candidate_id(plain_text) and any(names_candidate_id(h) for h in html)


def _part_texts(msg: email.message.Message, content_type: str, texts: list[str], defects,
                errors: list[str]) -> list[str]:
    """The non-empty texts of one content type, repaired; decoded again from
    their bytes when a charset failed (a defect, or U+FFFD in the text)."""
    found = [_repair(t, errors) for t in texts if t and t.strip()]
    if "CharsetDecodeDefect" in defects or any("\ufffd" in t for t in found):
        return _decode_parts(msg, content_type) or found
    return found


# A plain part that sends the reader to the HTML one for what matters ("as
# shown in the table in the HTML version of this message").
POINTS_TO_HTML = (r"\bhtml[- ](?:version|capable|view|format)|\b(?:supports?|displays?|shows?|renders?)\s+html\b|"
                  r"\b(?:view|open|read)\s+(?:this|it|the)\s+(?:\w+\s+)?in\s+(?:your|a)\s+(?:web\s+)?browser|"
                  r"HTML\s*(?:版|形式|メール)")
_POINTS_TO_HTML = re.compile(POINTS_TO_HTML, re.IGNORECASE)
# Every match of it holds "html" or "browser" in any case: most mail has
# neither, and this search (its first letter a class, each letter spelt out
# with the only characters that match it case-insensitively, ſ for s) skips
# to them in C, where the pattern itself, case-insensitive and \b first, is
# tried at every position of a 10 KB mail (160 us; tests/test_parsing.py).
_HTML_OR_BROWSER = re.compile("[hHbB](?:(?<=[hH])[tT][mM][lL]|(?<=[bB])[rR][oO][wW][sS\u017f][eE][rR])")


def _points_to_html(text: str) -> bool:
    return _HTML_OR_BROWSER.search(text) is not None and _POINTS_TO_HTML.search(text) is not None


_STUB = 400  # characters: a plain part shorter than this may be a stand-in for the HTML part


def _repair(text: str, errors: list[str]) -> str:
    """Fix the two ways mail-parser's text can still be undecoded bytes."""
    if "\x1b$" in text or "\x1b(" in text:
        # 7bit ISO-2022-JP left as raw escape sequences. Windows' ISO-2022-JP also writes NEC's
        # row 13 (①, ②, ㈱) in plain JIS X 0208 shifts, which Python's ISO-2022-JP codecs refuse
        # but JIS X 0213 holds at the same places: read as EUC (_jis_as_euc); what still fails
        # is replaced, never the whole text left raw.
        raw = text.encode("latin-1", "surrogateescape")
        try:
            return raw.decode("iso2022_jp_2")
        except (UnicodeError, LookupError):
            pass
        try:
            return _jis_as_euc(raw).decode("euc_jis_2004")
        except (UnicodeError, LookupError):
            errors.append("ISO-2022-JP text could not be decoded whole")
            return _jis_as_euc(raw).decode("euc_jis_2004", "replace")
    if (raw := _single_byte(text)) is not None:
        # UTF-8 bytes read as Latin-1 or Windows-1252 because of a wrong label
        # ("Weâ€™ve received"). Genuine Latin-1 text is almost never valid
        # UTF-8, so it is left alone.
        try:
            return raw.decode("utf-8")
        except UnicodeError:
            pass
        # Shift_JIS or EUC-JP under a Latin-1 label: taken only when it reads
        # as Japanese (kana), which Latin-1 text read so never does (its
        # lead bytes 0x82/0x83, or 0xA4/0xA5, are control or rare characters).
        for charset in ("cp932", "euc_jp"):
            try:
                decoded = raw.decode(charset)
            except UnicodeError:
                continue
            if len(_KANA.findall(decoded)) >= max(5, len(decoded.encode("ascii", "ignore")) // 50):
                return decoded
        # Windows-1252 under a Latin-1 label, its curly quotes and dashes read as C1 controls
        # ("You\x92re all set \x96 …"): browsers read that label as Windows-1252 (the WHATWG
        # Encoding standard), and so does this; text without C1 controls is left alone.
        if _C1.search(text):
            try:
                return raw.decode("cp1252")
            except UnicodeError:
                pass
    return text


_C1 = re.compile("[\x80-\x9f]")
_JIS_SHIFT = re.compile(rb"\x1b(\$[@B]|\([BJ])")
_HIGH_BIT = bytes(b | 0x80 if b > 0x20 else b for b in range(128)) + bytes(range(128, 256))


def _jis_as_euc(raw: bytes) -> bytes:
    """ISO-2022-JP bytes as EUC-JP: the two-byte runs (after ESC $ B or ESC $ @) with their high
    bits set, the one-byte runs (after ESC ( B or ESC ( J) as they are. Linear."""
    # split() with the shift captured alternates: run, shift, run, shift, ..., run
    parts = _JIS_SHIFT.split(raw)
    runs = [parts[0]] + [run.translate(_HIGH_BIT) if shift.startswith(b"$") else run
                         for shift, run in zip(parts[1::2], parts[2::2])]
    return b"".join(runs)


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def _single_byte(text: str) -> bytes | None:
    """The bytes of text that a single-byte charset (Latin-1, else
    Windows-1252) decoded, if it is not ASCII and could be; else None."""
    if text.isascii():
        return None
    for charset in ("latin-1", "cp1252"):
        try:
            return text.encode(charset)
        except UnicodeEncodeError:
            continue
    return None


def _decode_parts(msg, content_type: str) -> list[str]:
    """Decode text parts from their bytes, trying the Japanese charsets that a
    missing or wrong label hides."""
    texts = []
    for part in msg.walk():
        if part.get_content_type() != content_type or part.get_content_disposition() == "attachment":
            continue
        payload = part.get_payload(decode=True) or b""
        if not payload.strip():
            continue
        declared = (part.get_content_charset() or "").lower()
        candidates = ([declared] if declared not in _LATIN_LABELS else []) + list(_JAPANESE_FALLBACKS)
        for charset in candidates:
            try:
                texts.append(payload.decode(charset))
                break
            except (UnicodeError, LookupError):
                continue
        else:
            texts.append(payload.decode("utf-8", "replace"))
    return texts
