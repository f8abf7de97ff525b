"""No body makes parsing slow (issue 16): HTML and MIME structure in linear time.

adapters/htmltext.py's regular expressions rescanned the rest of the text
from every unclosed tag (40 KB of '<div ' took 8 s, 8,000 '<a href=x>'
3.7 s, 8,000 '<!--' 1.5 s), and the standard library's feedparser, which
built every multipart, took time growing with lines x nesting depth (1 MB
of empty lines two levels deep: 1 s), parsed 500 KB part headers
quadratically (5.5 s) and hit the recursion limit on deep nesting.

Each case runs at growing sizes and must stay within a budget linear in
the size (FLOOR + PER_MB per megabyte): the first size over it fails, so a
quadratic pattern fails in about a second instead of hanging.  The MIME
tree built in place of the feedparser's must equal its tree (parts,
payloads, preamble, epilogue, structural defects) on the corpus, on odd
structures and on random ones.
"""

from __future__ import annotations

import email
import html
import random
import re
import time
from pathlib import Path

import pytest

from certmerge_mail.adapters import parsing
from certmerge_mail.adapters.htmltext import QUOTE_MARK, html_to_text
from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))
FLOOR = 0.05  # seconds: timers and first calls are noisy below this
PER_MB = 1.5  # seconds per MB of input, ~4x the slowest case measured
# CPU time of this process, not the wall clock: other work on the machine
# does not count against the budget, and a quadratic pattern still does.
HTML_SIZES = (2_000, 8_000, 32_000, 256_000)
MIME_SIZES = (16_000, 128_000, 1_000_000)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _within_budget(run, sizes, what: str) -> None:
    for size in sizes:
        start = time.process_time()
        run(size)
        took = time.process_time() - start
        budget = FLOOR + PER_MB * size / 1e6
        assert took < budget, f"{what} at {size:,} characters: {took:.2f} s (budget {budget:.2f} s)"


# --- HTML --------------------------------------------------------------------

HTML_UNITS = [
    "<div ", "<div class=gmail_quote ", '<div x="gmail_quote', "<blockquote", "<blockquote ",
    "<script>", "<style>", "<title>", "<head>", "<head><!--", "</script", "</head",
    "<a href=x>", "<a href=x>y", "<a href='x'>", '<a href="', "<a href=x><p>", "</a>", "</a ",
    "<!--", "<!---", "--", "-->", "<!", "<![", "<![CDATA[", "<!DOCTYPE ", "<?", "<?xml ", "</", "</ x",
    "<a x='", '<a x="', "<a x=", '<a ="', "<a b c d e f ", "<a b=c d=e ", "<a b= ", '="', "<a\n",
    "<p>", "<br>", "<td></td>", "< ", "x<", "<", ">", "&#", "&amp;", "&", "\n \n", "\xa0 ",
]


@pytest.mark.parametrize("unit", HTML_UNITS)
def test_html_to_text_is_linear(unit: str) -> None:
    _within_budget(lambda size: html_to_text("<p>merge</p>" + _fill(unit, size)), HTML_SIZES, f"HTML of {unit!r}")


def test_html_keeps_what_it_always_read() -> None:
    # As the regular expressions before read it (a link's "<href>" was
    # stripped as a tag, leaving "label "), but for the alt text, whose '>'
    # no longer ends the tag.
    markup = (
        "<html><head><title>t</title><style>p {color: red}</style></head><body>"
        "<p>Please <b>confirm</b> the merge.</p><!-- hidden --><script>var x = '<p>';</script>"
        "<table><tr><td>Case</td><td>12345</td></tr></table>"
        "Sign in to the <a href=\"https://example.com/?a=1&amp;b=2\">Support Center</a>. "
        "<a href=\"https://example.com/x\"></a><br>"
        "<img alt=\"a <b>bold</b> > alt\" src=x>after"
        "<div class=\"gmail_quote\">On Monday AWS wrote:<blockquote>old</blockquote></div></body></html>"
    )
    assert html_to_text(markup) == (
        "Please confirm the merge.\n\nCase 12345\n\nSign in to the Support Center . https://example.com/x\n"
        f"after\n{QUOTE_MARK}\nOn Monday AWS wrote:old"
    )


def test_unclosed_markup_runs_to_the_end_and_a_lone_angle_bracket_is_text() -> None:
    assert html_to_text("<p>merge</p><div class='x") == "merge"
    assert html_to_text("<p>merge</p><!-- never closed <p>hidden") == "merge"
    assert html_to_text("<p>merge</p><script>never closed") == "merge"
    assert html_to_text("1 < 2 and 3 > 2<br>x") == "1 < 2 and 3 > 2\nx"
    assert html_to_text("<head><p>no end of head</p>") == "no end of head"


# The regular expressions html_to_text was before (commit 096ce85), kept as
# the reference for well-formed markup, where the two must agree exactly.
_OLD_DROP = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_OLD_QUOTE_START = re.compile(
    r"<blockquote\b[^>]*>|<div\b[^>]*(?:gmail_quote|divRplyFwdMsg|OutlookMessageHeader|yahoo_quoted)[^>]*>", re.I)
_OLD_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|tr|li|h[1-6]|table|ul|ol|hr)\b[^>]*>", re.I)
_OLD_CELL = re.compile(r"</t[dh]\s*>", re.I)
_OLD_LINK = re.compile(r"<a\b[^>]*?href\s*=\s*[\"']?([^\"' >]+)[^>]*>(.*?)</a\s*>", re.I | re.S)
_OLD_TAG = re.compile(r"<[^>]*>")


def _old_html_to_text(markup: str) -> str:
    def link(match: re.Match) -> str:
        href, label = match.group(1), _OLD_TAG.sub("", match.group(2)).strip()
        if not label or label == href or href.startswith("mailto:"):
            return label or href
        return f"{label} <{href}>"
    text = _OLD_DROP.sub("", markup)
    text = _OLD_QUOTE_START.sub(f"\n{QUOTE_MARK}\n", text, count=1)
    text = _OLD_LINK.sub(link, text)
    text = _OLD_CELL.sub(" \t ", text)
    text = _OLD_BREAK.sub("\n", text)
    text = _OLD_TAG.sub("", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    lines = (line.strip() for line in text.split("\n"))
    return re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines)).strip()


_WORDS = ("merge", "case 1234", "&amp;", "&nbsp;", "AWS", "確認", "  ", "\n", "x&lt;y", "a.", "&#12354;")


def _attributes(rng: random.Random) -> str:
    found = ""
    for _ in range(rng.randint(0, 3)):
        quote = rng.choice(('"', "'", ""))
        value = rng.choice(("x", "https://e.com/?a=1&amp;b=2", "color: red", "gmail_quote", "a b"))
        value = "v" if quote == "" and " " in value else value
        found += f" {rng.choice(('class', 'style', 'id', 'title', 'href', 'width'))}={quote}{value}{quote}"
    return found


def _element(rng: random.Random, depth: int = 0) -> str:
    if depth > 4 or rng.random() < 0.3:
        return rng.choice(_WORDS)
    roll = rng.random()
    inner = "".join(_element(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    if roll < 0.08:
        return f"<!-- {rng.choice(_WORDS)} -->"
    if roll < 0.12:
        return rng.choice(("<br>", "<br/>"))
    if roll < 0.25:
        href = rng.choice(("https://e.com/x", "mailto:a@b.c", "x", "https://e.com/?a=1&amp;b=2"))
        return f'<a href="{href}"{_attributes(rng)}>{inner}</a>'
    if roll < 0.3:
        return f"<blockquote{_attributes(rng)}>{inner}</blockquote>"
    if roll < 0.35:
        return f'<div class="gmail_quote">{inner}</div>'
    if roll < 0.45:
        return f"<table{_attributes(rng)}><tr><td>{inner}</td><td>{rng.choice(_WORDS)}</td></tr></table>"
    if roll < 0.5:
        return f"<script>var a = '<p>{rng.choice(_WORDS)}</p>';</script>"
    if roll < 0.53:
        return "<style>p { color: red }</style>"
    name = rng.choice(("p", "div", "span", "b", "i", "li", "ul", "h1", "h3", "font", "center", "strong", "hr", "o:p", "th", "pre"))
    return f"<{name}{_attributes(rng)}>{inner}</{name}>"


def test_well_formed_html_reads_as_the_regular_expressions_read_it() -> None:
    # 20,000 seeds agreed when this was written; 1,000 run here.
    for seed in range(1_000):
        rng = random.Random(seed)
        body = "".join(_element(rng) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.5:
            body = f"<!DOCTYPE html><html><head><meta charset=utf-8><title>t</title></head><body>{body}</body></html>"
        assert html_to_text(body) == _old_html_to_text(body), (seed, body)


# --- MIME ----------------------------------------------------------------------

HEAD = "From: Amazon Web Services <no-reply-aws@amazon.com>\r\nSubject: merge\r\nMIME-Version: 1.0\r\n"


def _multipart(parts: str, boundary: str = "b1") -> bytes:
    return (HEAD + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n' + parts).encode()


def _part(headers: str, body: str = "Please confirm the merge of case 1234.") -> str:
    return f"--b1\r\n{headers}\r\n{body}\r\n"


def _nested(depth: int, body: str) -> bytes:
    levels = "".join(f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n' for i in range(depth))
    return (HEAD + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + levels
            + f"--b{depth}\r\nContent-Type: text/plain\r\n\r\n{body}").encode()


MIME_CASES = {
    "Content-Type of many parameters": lambda n: _multipart(_part("Content-Type: text/plain; " + _fill("a=b; ", n) + "\r\n") + "--b1--\r\n"),
    "folded Content-Type": lambda n: _multipart(_part("Content-Type: text/plain;\r\n" + _fill(" a=b;\r\n", n)) + "--b1--\r\n"),
    "quoted parameter of ';'": lambda n: _multipart(_part('Content-Type: text/plain; name="' + _fill(";", n) + '"\r\n') + "--b1--\r\n"),
    "Content-Disposition filename": lambda n: _multipart(_part("Content-Type: application/pdf\r\nContent-Disposition: attachment; filename*0=" + _fill("a", n) + "\r\n") + "--b1--\r\n"),
    "one huge X- header": lambda n: _multipart(_part("Content-Type: text/plain\r\nX-Foo: " + _fill("a", n) + "\r\n") + "--b1--\r\n"),
    "many header lines": lambda n: _multipart(_part("Content-Type: text/plain\r\n" + _fill("X-A: b\r\n", n)) + "--b1--\r\n"),
    "many Content-Type lines": lambda n: _multipart(_part(_fill("Content-Type: text/plain\r\n", n)) + "--b1--\r\n"),
    "many parts": lambda n: _multipart(_fill(_part("Content-Type: text/plain\r\n", "x"), n) + "--b1--\r\n"),
    "many empty parts": lambda n: _multipart(_fill("--b1\r\n", n)),
    "many empty parts, 19 levels deep": lambda n: _nested(19, "").replace(b"--b19\r\nContent-Type: text/plain\r\n\r\n", _fill("--b19\r\n", n).encode()),
    "deep nesting": lambda n: _nested(n // 60, "Please confirm the merge."),
    "empty lines, nested": lambda n: _nested(2, "\n" * n),
    "empty lines, 20 levels": lambda n: _nested(20, "\n" * n),
    "near-boundary lines": lambda n: _nested(3, _fill("--b\r\n--b0x\r\n", n)),
    "boundaries not at line starts": lambda n: _multipart(_part("Content-Type: text/plain\r\n", _fill("x--b1 --b1x\r\n", n)) + "--b1--\r\n"),
    "false boundaries of 20 levels": lambda n: _nested(19, _fill("".join(f"--b{i}x\r\n--b{i}--x\r\n" for i in range(20)), n)),
    "messages in messages": lambda n: (HEAD + "Content-Type: message/rfc822\r\n\r\n" + _fill("Content-Type: message/rfc822\r\n\r\n", n)).encode(),
    "Received chain of a forwarded message": lambda n: _multipart(_part("Content-Type: message/rfc822\r\n", _fill("Received: from a by b; Mon, 1 Jan 2024 00:00:00 +0000\r\n", n) + "Content-Type: text/plain\r\n\r\nhi") + "--b1--\r\n"),
    "preamble of boundary-like lines": lambda n: _multipart(_fill("--b1x\r\n-- b1\r\n", n) + _part("Content-Type: text/plain\r\n") + "--b1--\r\n"),
    "HTML part of unclosed tags": lambda n: _multipart(_part("Content-Type: text/html\r\n", "<p>merge</p>" + _fill("<div ", n)) + "--b1--\r\n"),
}


@pytest.mark.parametrize("case", MIME_CASES)
def test_parse_and_classify_are_linear(case: str) -> None:
    def run(size: int) -> None:
        classify(parse(MIME_CASES[case](size)))
    _within_budget(run, MIME_SIZES, case)


def test_caps_are_noted() -> None:
    huge = parse(MIME_CASES["Content-Type of many parameters"](100_000))
    assert any("Content-Type header of a MIME part over 1 KB" in e for e in huge.errors)
    many = parse(MIME_CASES["many parts"](1_000_000))
    assert any(f"more than {parsing.MAX_PARTS} MIME parts" in e for e in many.errors)
    assert many.text.startswith("x\nx\n")
    deep = parse(MIME_CASES["deep nesting"](100_000))
    assert any(f"nested over {parsing.MAX_DEPTH} levels" in e for e in deep.errors)
    assert not any("RecursionError" in e for e in deep.errors)
    shallow = parse(_nested(5, "Please confirm the merge."))
    assert shallow.text == "Please confirm the merge." and shallow.errors == ()


def test_a_part_keeps_its_mime_headers_past_others() -> None:
    raw = _multipart(_part("X-Junk: " + "a" * 50_000 + "\r\nContent-Type: text/html; charset=utf-8\r\n", "<p>merge</p>") + "--b1--\r\n")
    assert parse(raw).text == "merge"


# --- the tree equals the feedparser's -----------------------------------------------


# Defects of a header's own content: the parts' other headers are not read.
_HEADER_DEFECTS = {"InvalidHeaderDefect", "MisplacedEnvelopeHeaderDefect"}


def _signature(msg: email.message.Message) -> list:
    found = []
    for part in msg.walk():
        mime = [(k, v) for k, v in part.items() if k.lower().startswith("content-") or k.lower() == "mime-version"]
        payload = part._payload if isinstance(part._payload, str) else len(part._payload)
        found.append((part.get_content_type(), part.get_default_type(), mime, payload, part.preamble, part.epilogue,
                      sorted(type(d).__name__ for d in part.defects if type(d).__name__ not in _HEADER_DEFECTS)))
    return found


def _ours_and_feedparsers(raw: bytes) -> tuple[list, list]:
    head, body = parsing._split(raw)
    _, mime = parsing._read_head(head)
    ours = parsing._mime_message(mime, body, [])
    theirs = email.message_from_bytes(b"".join(line for lines in mime for line in lines) + b"\n" + body)
    return _signature(ours), _signature(theirs)


def test_tree_is_the_feedparsers_on_the_corpus() -> None:
    multipart = 0
    for path in CORPUS:
        ours, theirs = _ours_and_feedparsers(path.read_bytes())
        assert ours == theirs, path.name
        multipart += len(ours) > 1
    assert multipart > 100


ODD = {
    "preamble and epilogue": 'boundary="b1"\r\n\r\npreamble\r\n--b1\r\nContent-Type: text/plain\r\n\r\none\r\n--b1\r\n\r\ntwo\r\n--b1--\r\nepilogue\r\n',
    "no close boundary": 'boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\none\r\n',
    "no start boundary": 'boundary="b1"\r\n\r\njust text\r\n',
    "close before start": 'boundary="b1"\r\n\r\ntext\r\n--b1--\r\nafter\r\n',
    "no boundary parameter": "\r\n\r\n--b1\r\nx\r\n",
    "repeated boundary lines": 'boundary="b1"\r\n\r\n--b1\r\n--b1\r\n--b1--\r\nContent-Type: text/plain\r\n\r\none\r\n--b1--\r\n',
    "boundary with blanks and LF": 'boundary="b1"\n\n--b1  \nContent-Type: text/plain\n\none\n--b1--\t\n',
    "lone CR lines": 'boundary="b1"\r\r--b1\rContent-Type: text/plain\r\rone\r--b1--\r',
    "regex characters": 'boundary="a.b*(c)?+[d]"\r\n\r\n--a.b*(c)?+[d]\r\n\r\none\r\n--aXb*(c)?+[d]\r\n--a.b*(c)?+[d]--\r\n',
    "nested, inner unclosed": 'boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/alternative; boundary="i"\r\n\r\n--i\r\n\r\na\r\n--o\r\n\r\nb\r\n--o--\r\n',
    "nested, same boundary": 'boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/alternative; boundary="o"\r\n\r\n--o\r\n\r\na\r\n--o--\r\n',
    "close of a prefix": 'boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/alternative; boundary="o--"\r\n\r\n--o--\r\n\r\na\r\n--o----\r\n--o--\r\n',
    "part without blank line": 'boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\nnot a header\r\n--b1--\r\n',
    "part of headers only": 'boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n--b1--\r\n',
    "header-like boundary": 'boundary="x:y"\r\n\r\n--x:y\r\nContent-Type: text/plain\r\n--x:y\r\nContent-Type: text/html\r\n\r\n<p>a</p>\r\n--x:y--\r\n',
    "continuation first": 'boundary="b1"\r\n\r\n--b1\r\n folded\r\nContent-Type: text/plain\r\n\r\none\r\n--b1--\r\n',
    "digest": 'boundary="d"\r\n\r\n--d\r\n\r\nSubject: inner\r\n\r\nbody\r\n--d--\r\n',
    "forwarded message": 'boundary="b1"\r\n\r\n--b1\r\nContent-Type: message/rfc822\r\n\r\nContent-Type: multipart/alternative; boundary="i"\r\n\r\n--i\r\n\r\ninner\r\n--i--\r\nend\r\n--b1--\r\n',
    "base64 multipart": 'boundary="b1"\r\nContent-Transfer-Encoding: base64\r\n\r\n--b1\r\n\r\none\r\n--b1--\r\n',
    "no final line break": 'boundary="b1"\r\n\r\n--b1\r\n\r\none\r\n--b1--',
    "8-bit text": 'boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nアカウント統合\r\n--b1--\r\n',
}


@pytest.mark.parametrize("case", ODD)
def test_tree_is_the_feedparsers_on_odd_structures(case: str) -> None:
    kind = "digest" if case == "digest" else "alternative" if case == "nested, same boundary" else "mixed"
    raw = (HEAD + f"Content-Type: multipart/{kind}; " + ODD[case]).encode()
    ours, theirs = _ours_and_feedparsers(raw)
    assert ours == theirs


def _random_structure(rng: random.Random) -> bytes:
    """A multipart of random lines: boundary lines of several boundaries
    (open, close, with blanks or junk after), MIME headers that nest
    further multiparts and messages, other headers, envelope and folded
    lines, blank lines and text; CRLF, sometimes LF and lone CR."""
    eols = ("\r\n", "\n", "\r") if rng.random() < 0.2 else ("\r\n",)
    boundaries = ("b1", "b2", "b1--", "x:y", "b")
    lines = []
    for _ in range(rng.randint(1, 40)):
        roll, boundary = rng.random(), rng.choice(boundaries)
        if roll < 0.25:
            line = f"--{boundary}" + rng.choice(("", "--", "  ", "-- ", "x"))
        elif roll < 0.45:
            line = "Content-Type: " + rng.choice((
                "text/plain", "text/html", f'multipart/mixed; boundary="{boundary}"', "message/rfc822",
                f'multipart/digest; boundary="{boundary}"', "multipart/alternative"))
        elif roll < 0.55:
            line = ""
        elif roll < 0.62:
            line = rng.choice(("X-A: b", " folded", "From x", ": no name", "Content-Transfer-Encoding: base64"))
        else:
            line = rng.choice(("text", "<p>x</p>", "", "--", "- -b1"))
        lines.append(line + rng.choice(eols))
    kind = rng.choice(("mixed", "digest", "alternative"))
    top = f'Content-Type: multipart/{kind}; boundary="{rng.choice(boundaries)}"\r\n\r\n'
    if rng.random() < 0.1:
        top = "Content-Type: message/rfc822\r\n\r\n"
    return (HEAD + top + "".join(lines)).encode()


def test_tree_is_the_feedparsers_on_random_structures() -> None:
    # 30,000 seeds agreed when this was written; 2,000 run here (0.5 s).
    # message/delivery-status is left out: it is kept as one opaque part.
    for seed in range(2_000):
        raw = _random_structure(random.Random(seed))
        ours, theirs = _ours_and_feedparsers(raw)
        assert ours == theirs, (seed, raw)
