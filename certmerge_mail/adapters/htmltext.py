"""HTML mail body -> plain text, in linear time on any input.

One pass of a small tokenizer, after the HTML5 tokenizer's rules for what
ends a construct: a tag ends at its `>` (a `>` inside a quoted attribute
value does not end it), a comment at `-->`, `<!DOCTYPE ...>`, `<![if ...]>`
and `<?...>` at `>`, the text of <script>, <style> and <title> at its end
tag, and anything left open runs to the end of the text (what a mail client
shows, and what makes the pass linear: no construct is ever rescanned from a
later start, as the regular expressions this replaces did: 40 KB of '<div '
took 8 s, 8,000 '<a href=x>' 3.7 s).  A '<' that starts no tag is text.

The standard library's html.parser is not used: in Python 3.11.7 (this
project's interpreter) it is itself quadratic on unclosed tags and comments
(CVE-2025-6069, fixed in later patch releases; 8,000 '<div ' took 9 s) and
raises AssertionError on a run of '<!['.

Well-formed markup reads exactly as it did with those regular expressions
(a test compares the two on random documents); broken markup reads as a
mail client shows it: an unclosed comment, <script> or <style> hides the
rest, and a '>' inside an attribute value no longer ends the tag (four
corpus mails leaked the end of an <img alt="... <b>...</b> ..."> as text).

Text is kept as the markup has it (line breaks included); <br>, and the
start and end of block elements (p, div, tr, li, h1-h6, table, ul, ol, hr),
break the line; the end of a table cell adds a space; a link is its label
(without the line breaks of any block inside it) and a space, or its href
when it has no label.
The <head> (up to its </head>) and comments are dropped.  Quoted history
inside <blockquote> (and the quote containers of Gmail, Outlook and Yahoo)
is marked with a QUOTE_MARK line, at the first such container, so the core
can cut it off like a "-----Original Message-----" line.
"""

from __future__ import annotations

import html
import itertools
import re

QUOTE_MARK = "-----Original Message-----"

# One piece of markup, found by search (a '<' that starts none is text).
# Every branch, once its first two characters match, runs possessively to
# the construct's end or to the end of the text: a match never fails after
# scanning, so the search is linear.
_MARKUP = re.compile(
    r"""<(?:
        !--(?:>|->|.*?(?:--!?>|\Z))                               # comment, <!--> and <!---> included
      | (/?)([A-Za-z][^\s/>]*+)                                   # tag name (1: '/' of an end tag)
        ((?:[^>=]++|=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))*+)>?   # attributes: quotes only after '='
      | [!?][^>]*+>?                                              # <!DOCTYPE>, <![if mso]>, <?xml?>
      | /(?![A-Za-z])[^>]*+>?                                     # '</>' and '</ x>': bogus comments
    )""",
    re.S | re.X,
)
_ATTRIBUTE = re.compile(r"""([^\s/>=][^\s/>=]*+)(?:\s*+=\s*+(?:"([^"]*+)"?|'([^']*+)'?|([^\s>]*+)))?""")
# The text of these runs to its end tag ("</script" then a space, '/' or '>').
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])[^>]*+>?|</{name}\Z", re.I) for name in ("script", "style", "title")}
_MAX_ATTRIBUTES = 64  # of a link, looked at for its href (real ones have a handful)
_HEAD_END = re.compile(r"</head\s*+>", re.I)
_BREAKS = ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "br")
# What a start or end tag does (any other does nothing).
_START_TAGS = dict.fromkeys(_BREAKS, "\n") | dict.fromkeys(_RAW_END, "raw") | {"head": "head", "a": "a", "blockquote": "quote"}
_END_TAGS = dict.fromkeys(_BREAKS, "\n") | {"td": " \t ", "th": " \t ", "a": "a"}
_QUOTE_CLASSES = re.compile(r"gmail_quote|divRplyFwdMsg|OutlookMessageHeader|yahoo_quoted", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(markup: str) -> str:
    out: list[str] = []
    append = out.append
    link: tuple[int, str, list[str]] | None = None  # (where in out it began, href, label)
    quoted = False  # the first quote container was marked
    head_closed = True  # a </head> may still follow (one search, then known)
    pos = 0
    while pos is not None:  # a new pass after each run of text skipped
        start, pos = pos, None
        for found in _MARKUP.finditer(markup, start):
            begin = found.start()
            if begin > start:
                append(markup[start:begin])
                if link is not None:
                    link[2].append(out[-1])
            start = found.end()
            slash, name = found.group(1, 2)
            if name is None:  # comment, declaration, processing instruction
                continue
            name = name.lower()
            if slash:  # end tag
                action = _END_TAGS.get(name)
                if action is None:
                    continue
                if action != "a":
                    append(action)
                elif link is not None:
                    out[link[0] :] = [_link(link[1], "".join(link[2]).strip())]
                    link = None
                continue
            action = _START_TAGS.get(name)
            if action is None:
                continue
            if action == "\n" and (quoted or name != "div" or not _QUOTE_CLASSES.search(found.group(0))):
                append("\n")
            elif action == "raw":  # its text is dropped, an unclosed one's to the end
                end = _RAW_END[name].search(markup, start)
                pos = len(markup) if end is None else end.end()
                break
            elif action == "head":
                if head_closed:
                    end = _HEAD_END.search(markup, start)
                    if end is not None:
                        pos = end.end()
                        break
                    head_closed = False  # none later either: the head is read as text
            elif action == "a":
                if link is None:
                    href = _href(found.group(3))
                    if href:
                        link = (len(out), href, [])
            elif not quoted:  # <blockquote>, or a <div> of a quote class
                quoted = True
                append(f"\n{QUOTE_MARK}\n")
                if link is not None:
                    link[2].append(out[-1])
        else:
            if start < len(markup):
                append(markup[start:])
                if link is not None:
                    link[2].append(out[-1])
    text = html.unescape("".join(out))
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _link(href: str, label: str) -> str:
    """What the links of the regular expressions before gave: "label <href>"
    whose "<href>" the tag stripping that followed then removed."""
    if not label or label == href or href.startswith("mailto:"):
        return label or href
    return f"{label} "


def _href(attributes: str) -> str:
    """The first href attribute's value, as written (entities are decoded
    with the rest of the text), among the tag's first _MAX_ATTRIBUTES."""
    for attribute in itertools.islice(_ATTRIBUTE.finditer(attributes), _MAX_ATTRIBUTES):
        if attribute.group(1).lower() == "href":
            value = next((v for v in attribute.group(2, 3, 4) if v is not None), "")
            return value.strip()
    return ""
