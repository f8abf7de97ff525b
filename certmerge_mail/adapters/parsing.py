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
  at 256 KB, one header at 64 KB (a MIME header at 16 KB), the Subject at
  998 characters (RFC 5322's line limit).  The standard library's MIME parameter parsing is quadratic
  (a 1 MB Content-Type took 19 s), and a 5 MB Subject once stalled drafting
  for 20 s.  What is cut is noted in `Message.errors`.

`parse()` never raises: whatever goes wrong becomes a note in
`Message.errors`, and the classifier treats a message it cannot read as
unrelated.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.message
import email.utils
import logging
import quopri
import re
from datetime import datetime, timezone

import mailparser

from certmerge_mail.adapters.htmltext import html_to_text
from certmerge_mail.core.model import Message

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
# quadratic (64 KB of Content-Type parameters: 0.2 s); real ones are < 2 KB.
MAX_MIME_HEADER = 16 * 1024
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
        text = _body_text(_mime_message(mime, body), errors)
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
           "references", "authentication-results", "auto-submitted", OWN_MARKER_HEADER.lower()}


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
        key = name.strip().lower().decode("latin-1")
        current = [] if colon and (key in _WANTED or key in _MIME_HEADERS) else None
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


def _mime_message(mime: list[list[bytes]], body: bytes) -> email.message.Message:
    """The message's MIME structure, for mail-parser to walk and decode.

    Only the MIME headers go in: mail-parser's eager analysis of Received
    chains, addresses and dates was two thirds of its time, and the headers
    this tool needs were read above.  A single text part (most support mail)
    is built directly, exactly as the standard library's parser builds it but
    without its line-by-line pass over the body; anything else (multipart,
    message/rfc822) goes through that parser.
    """
    fields = []
    for lines in mime:
        name, _, value = b"".join(lines).decode("ascii", "surrogateescape").partition(":")
        fields.append((name.strip(), value.lstrip(" \t").rstrip("\r\n")))
    content_type = next((v for n, v in fields if n.lower() == "content-type"), "")
    content_type = content_type.split(";", 1)[0].strip().lower()
    if content_type and not content_type.startswith("text/"):
        return email.message_from_bytes(b"".join(line for lines in mime for line in lines) + b"\n" + body)
    msg = email.message.Message()
    for name, value in fields:
        msg[name] = value
    msg.set_payload(body.decode("ascii", "surrogateescape"))
    return msg


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


def _own_text(msg: email.message.Message, errors: list[str]) -> str:
    parsed = mailparser.MailParser(msg)
    plain = [_repair(t, errors) for t in parsed.text_plain if t and t.strip()]
    if "CharsetDecodeDefect" in parsed.defects_categories or any("\ufffd" in t for t in plain):
        redone = _decode_parts(msg, "text/plain")
        if redone:
            plain = redone
    if plain:
        return "\n".join(plain)
    html = [_repair(t, errors) for t in parsed.text_html if t and t.strip()]
    if "CharsetDecodeDefect" in parsed.defects_categories or any("\ufffd" in t for t in html):
        redone = _decode_parts(msg, "text/html")
        if redone:
            html = redone
    return "\n".join(html_to_text(h) for h in html)


def _repair(text: str, errors: list[str]) -> str:
    """Fix the two ways mail-parser's text can still be undecoded bytes."""
    if "\x1b$" in text or "\x1b(" in text:
        # 7bit ISO-2022-JP left as raw escape sequences.
        try:
            return text.encode("latin-1", "surrogateescape").decode("iso2022_jp_2")
        except (UnicodeError, LookupError):
            errors.append("ISO-2022-JP text could not be decoded")
            return text
    if _looks_like_mojibake(text):
        # UTF-8 bytes read as Latin-1 because of a wrong label.  Genuine
        # Latin-1 text is almost never valid UTF-8, so it is left alone.
        try:
            return text.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
    return text


def _looks_like_mojibake(text: str) -> bool:
    """Some character in U+0080..U+00FF and none above."""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


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
