"""Raw bytes -> core.model.Message, through mail-parser.

mail-parser walks the MIME tree and decodes the text parts.  This module
covers its gaps:

- mail-parser 4.8 returns 7bit ISO-2022-JP bodies undecoded (raw escape
  sequences): such text is decoded here;
- a body whose charset is missing or wrong (UTF-8 or Shift_JIS labelled
  Latin-1, no charset at all) is decoded again from the part's bytes;
- HTML-only mail becomes text (`htmltext`);
- headers are decoded leniently: a broken encoded-word or an address without
  angle brackets never raises.

`parse()` never raises: whatever goes wrong becomes a note in
`Message.errors`, and the classifier treats a message it cannot read as
unrelated.
"""

from __future__ import annotations

import base64
import binascii
import email.header
import email.parser
import email.utils
import logging
import quopri
import re
from datetime import datetime, timezone

import mailparser

from certmerge_mail.adapters.htmltext import html_to_text
from certmerge_mail.core.model import Message

# mail-parser logs dozens of DEBUG records per mail; they say nothing a user
# of this tool needs and cost time on every message.
logging.getLogger("mailparser").setLevel(logging.WARNING)

OWN_MARKER_HEADER = "X-Certmerge-Mail"

_MIME_HEADERS = {"content-type", "content-transfer-encoding", "content-disposition", "mime-version"}
_LATIN1_HIGH = re.compile("[\x80-\xff]")
_JAPANESE_FALLBACKS = ("utf-8", "cp932", "euc_jp", "iso2022_jp_2")
_LATIN_LABELS = {"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}


def parse(raw: bytes) -> Message:
    """Decode one raw message.  Never raises."""
    errors: list[str] = []
    head, body = _split(raw)
    try:
        headers = email.parser.BytesParser().parsebytes(head, headersonly=True)
        fields = _headers(_first_values(headers), headers, errors)
    except Exception as exc:
        errors.append(f"headers not decoded: {type(exc).__name__}")
        fields = {}
    try:
        text = _body_text(_mime_only(head) + body, errors)
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


def _mime_only(head: bytes) -> bytes:
    """The header block reduced to the MIME headers (continuation lines kept)."""
    kept, keep = [], False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if keep:
                kept.append(line)
            continue
        keep = line.split(b":", 1)[0].strip().lower().decode("latin-1") in _MIME_HEADERS
        if keep:
            kept.append(line)
    return b"".join(kept) + b"\n"


def _first_values(msg) -> dict[str, str]:
    """Each header's first value, by lower-case name, in one pass."""
    first: dict[str, str] = {}
    for name, value in msg.items():
        first.setdefault(name.lower(), value)
    return first


# --- headers -----------------------------------------------------------------


def _headers(first: dict[str, str], msg, errors: list[str]) -> dict:
    from_name, from_addr = _address(_header(first, "from"))
    _, reply_to = _address(_header(first, "reply-to"))
    to = tuple(
        addr.lower()
        for _, addr in email.utils.getaddresses([_header(first, "to"), _header(first, "cc")])
        if "@" in addr
    )
    if not from_addr:
        errors.append("no usable From address")
    return dict(
        message_id=_msgid(_header(first, "message-id")),
        subject=_header(first, "subject"),
        from_name=from_name,
        from_addr=from_addr,
        reply_to=reply_to,
        to=to,
        date=_date(_header(first, "date")),
        in_reply_to=_msgid(_header(first, "in-reply-to")),
        references=tuple(_msgid(r) for r in _header(first, "references").split() if "@" in r),
        auth_results=tuple(_unfold(str(v)) for v in (msg.get_all("Authentication-Results") or ())),
        auto_submitted=_header(first, "auto-submitted").lower(),
        own_marker=_header(first, OWN_MARKER_HEADER.lower()),
    )


def _header(first: dict[str, str], name: str) -> str:
    """The first `name` header, encoded-words decoded, unfolded; "" if absent."""
    value = first.get(name)
    if value is None:
        return ""
    return _unfold(decode_words(value))


def decode_words(value) -> str:
    """Decode RFC 2047 encoded-words leniently, one word at a time: a broken
    word (bad base64 padding, an unknown charset) is decoded as far as it can
    be and never spoils its neighbours."""
    if isinstance(value, email.header.Header):
        try:
            return str(value)
        except Exception:
            value = value.encode()
    value = str(value)
    if "=?" not in value:
        return value
    # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
    value = _BETWEEN_WORDS.sub("?==?", value)
    return _ENCODED_WORD.sub(_decode_word, value)


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
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


def _address(value: str) -> tuple[str, str]:
    if not value:
        return "", ""
    name, addr = email.utils.parseaddr(value)
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


def _body_text(mime: bytes, errors: list[str]) -> str:
    # mail-parser walks the MIME parts and decodes the text.  It is handed the
    # MIME structure only: its eager analysis of Received chains, addresses
    # and dates is two thirds of its time, and the few headers this tool
    # needs were read above.
    parsed = mailparser.parse_from_bytes(mime)
    msg = parsed.message
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
    return _LATIN1_HIGH.search(text) is not None and max(text) < "\u0100"


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
