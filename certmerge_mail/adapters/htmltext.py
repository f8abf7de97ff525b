"""HTML mail body -> plain text, fast enough for every message.

Regular expressions rather than an HTML parser: support mail is simple HTML
(tables, paragraphs, links) and this runs on every HTML-only message.  Quoted
history inside <blockquote> (and the quote containers of Gmail and Outlook)
is marked with a QUOTE_MARK line so the core can cut it off like a
"-----Original Message-----" line.
"""

from __future__ import annotations

import html
import re

QUOTE_MARK = "-----Original Message-----"

_DROP = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_QUOTE_START = re.compile(
    r"<blockquote\b[^>]*>|<div\b[^>]*(?:gmail_quote|divRplyFwdMsg|OutlookMessageHeader|yahoo_quoted)[^>]*>",
    re.I,
)
_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|tr|li|h[1-6]|table|ul|ol|hr)\b[^>]*>", re.I)
_CELL = re.compile(r"</t[dh]\s*>", re.I)
_LINK = re.compile(r"<a\b[^>]*?href\s*=\s*[\"']?([^\"' >]+)[^>]*>(.*?)</a\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(markup: str) -> str:
    text = _DROP.sub("", markup)
    text = _QUOTE_START.sub(f"\n{QUOTE_MARK}\n", text, count=1)
    text = _LINK.sub(_link, text)
    text = _CELL.sub(" \t ", text)
    text = _BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _link(match: re.Match) -> str:
    href, label = match.group(1), _TAG.sub("", match.group(2)).strip()
    if not label or label == href or href.startswith("mailto:"):
        return label or href
    return f"{label} <{href}>"
