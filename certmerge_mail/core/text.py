"""Text helpers: normalisation, the new part of a reply, its language."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

# A line that starts quoted history.  Everything from it on is history.
# Lines can be long and are untrusted: no two quantifiers here may take the
# same characters (whitespace runs are taken possessively, `\s*+`), or a
# line of spaces or of "a@a@a@..." backtracks for minutes (tests/test_redos.py).
_HISTORY_START = re.compile(
    r"""^(?:
        [-_=*~\s―─━]*+(?:以下[、,]?\s*+)?(?:original\s+message|forwarded\s+message|original\s+correspondence|
            previous\s+correspondence|earlier\s+correspondence|last\s+correspondence|original\s+request|
            original\s+(?:submission|inquiry|enquiry)|
            last\s+response(?:\s+on\s+your\s+case)?|previous\s+response|
            (?:last|previous|latest|earlier)\s+message\s+(?:on|in)\s+(?:this|your|the)\s+case|(?:最新|前回|最後|以前)の(?:回答|通信|返信|メッセージ)|
            お客様からの(?:メッセージ|ご返信|メール|お問い合わせ)|元の(?:メッセージ|お問い合わせ|ご依頼|メール|リクエスト)|転送メッセージ|
            オリジナルメッセージ|ケースの履歴|(?:以前|これまで|過去)の(?:やり取り|やりとり|通信|履歴)|
            やり取りの履歴|(?:case|conversation|thread|message|correspondence)\s+history|
            most\s+recent\s+(?:correspondence|message|reply|response)|
            correspondence\s+(?:on|from|of|dated)\s+\d[^\n]{0,80}?|
            your\s+(?:last|previous|original|earlier)\s+(?:message|reply|e-?mail|response|correspondence)(?:\s+on\s+(?:this|your)\s+case)?|
            (?:customer|candidate|your|client)(?:'s)?\s+(?:reply|response|message|e-?mail))\s*+(?:\([^()\n]{0,40}\))?\s*+[:：]?[-_=*~\s―─━]*+
      | \d{4}\s*[/年-]\s*\d{1,2}\s*[/月-]\s*\d{1,2}\s*+日?(?:.{0,120}(?<!\S))?\S[^\s@]*+@\S++\s*+[:：]?
      | \d{4}\s*[/年-]\s*\d{1,2}\s*[/月-]\s*\d{1,2}[^\n]{0,60}?からの(?:返信|ご返信|メッセージ|メール|回答)\s*+[:：]
      | [-=_*~]{3,}+[^\n]{0,100}?(?:からの(?:メッセージ|メール|ご?返信|ご?回答)|\bmessage\s+from\b|\bwrote\b|\byour\s+message\s+on\b)[^\n]{0,60}?[-=_*~]{3,}+
      | [-=_*~―─━]{3,}+\s*+(?:お問い合わせ(?:の)?内容|ご依頼(?:の)?内容|送信(?:された)?内容|ご入力内容)\s*+[-=_*~―─━]{3,}+
      | >.*
      | (?:your\s+(?:original\s+)?(?:message|reply|e-?mail)|message\s+you\s+sent|お客様(?:から)?の(?:メッセージ|ご返信|メール))\s*[:：]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# The heads that may start anywhere in their line, tried only on a line that
# holds their words (each costs a scan of the line; the heads above are
# anchored at its start): "On … wrote:", "山田さんは書きました:", "Here is a
# copy of what you submitted:".
_WROTE_START = re.compile(
    r"""^(?:
        (?:on|am|le)\s.{4,200}(?:wrote|schrieb|a\s+écrit)\s*+:?
      | .{0,200}(?:さんは書きました|さんが書きました|wrote)\s*+[:：]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_COPY_START = re.compile(
    r"""^.{0,60}?\b(?:a\s+)?copy\s+of\s+(?:what\s+you\s+(?:sent|wrote|submitted)|your\s+(?:message|submission|request|inquiry|enquiry|form))(?:\s+(?:to\s+us|below))?\s*+[:：]\s*$""",
    re.IGNORECASE,
)


# A help desk's recap of the thread under its rating request: "Here's a reminder of what your request (#1014…) was about:".
_RECAP_START = re.compile(
    r"""^.{0,40}?\b(?:reminder|recap|summary)\s+of\s+(?:what\s+)?your\s+(?:request|case|ticket|inquiry|enquiry)"""
    r"""(?:\s*+\(#?\d{6,}+\))?(?:\s+was\s+about)?\s*+[:：]\s*$""",
    re.IGNORECASE,
)


def _starts_history(stripped: str) -> bool:
    """Does this (stripped) line start quoted history by its own words?  A
    head drawn in a box ("| Correspondence history") counts as the head."""
    if stripped[0] in "|│┃" and (inner := stripped.lstrip("|│┃ \t")):
        stripped = inner
    if _HISTORY_START.match(stripped):
        return True
    lower = stripped.lower()
    if ("wrote" in lower or "書きました" in lower or "schrieb" in lower or "écrit" in lower) and _WROTE_START.match(stripped):
        return True
    if ("reminder" in lower or "recap" in lower or "summary" in lower) and _RECAP_START.match(stripped):
        return True
    return "copy" in lower and _COPY_START.match(stripped) is not None


# The date line ("2025/11/03 10:00 Amazon Web Services <x@amazon.com>:") ends
# in an address: a run of non-space characters with an "@" inside, starting
# within 120 characters of the date.  The run is read from its start (after
# a space, or where the date ends) to its first "@" and on to its end, each
# character once; `.{0,120}(?:<...@...>|\S+@\S+)` tried every "@" of every
# start and took 70 s on a 2 KB line.
# The two-line form: "On Mon, 3 Nov 2025 at 10:00, Amazon Web Services\n<x@amazon.com> wrote:".
_WROTE_TAIL = re.compile(r"^.{0,120}(?:wrote|schrieb|a\s+écrit|書きました)\s*[:：]\s*$", re.IGNORECASE)
_ON_HEAD = re.compile(r"^(?:on|am|le)\s+\S.{3,160}$", re.IGNORECASE)
# Outlook-style header block: From / Sent / To / Subject on consecutive lines, in the
# client's language too (French "De : … Envoyé : … À : … Objet :", German, Spanish,
# Portuguese, Italian).
_BLOCK_FROM = re.compile(r"^\*?(?:from|差出人|送信者|送信元|de|von|da)\*?\s*[:：]", re.IGNORECASE)
_BLOCK_NEXT = re.compile(
    r"^\*?(?:sent|date|to|cc|subject|送信日時|日付|日時|宛先|件名|cc|envoyé|à|objet|gesendet|an|betreff|datum|"
    r"enviado|enviada|para|asunto|fecha|assunto|data|inviato|oggetto)\*?\s*[:：]", re.IGNORECASE
)
_RULE_LINE = re.compile(r"^\s*[_\-=─━―]{10,}\s*$")  # (─ ━ ―: Japanese clients' box-drawing rules and bars)
# A short rule ("-----"), over a dated head that ends in a colon: the console's "-----\n高橋 裕子 (2025/07/23 19:40 JST):".
_SHORT_RULE = re.compile(r"^\s*+[-_=─━―]{3,}+\s*$")
_DATE_TIME = re.compile(r"\d{4}[-/.年]\s*+\d{1,2}[-/.月]\s*+\d{1,2}|\b\d{1,2}:\d{2}\b")
_SENT_AT_FIRST = frozenset("sSdD*送日")  # what a _SENT_AT line starts with (most lines are not one)
_SUBJECT_LINE = re.compile(r"^\*?(?:subject|件名)\*?\s*[:：]", re.IGNORECASE)
_SENT_AT = re.compile(r"^\*?(?:sent|date|送信日時|日付|日時)\*?\s*[:：]\s*\S", re.IGNORECASE)
# The head line of an earlier letter quoted with no marker, under this one's
# signature: a date, a time and an address on one line ("Case 1770… |
# Submitted 09-Feb-2026 07:14 UTC | Olena K. | olena@example.com").
_LETTER_HEAD = re.compile(r"^(?=.{0,40}?\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/ .](?:[A-Za-z]{3,9}|\d{1,2})[-/ .,]+\d{4}|"
                          r"[A-Za-z]{3,9}\.? \d{1,2},? \d{4})\b)(?=.{0,80}?\b\d{1,2}:\d{2}\b)(?=.{0,160}?[^\s@|<>]@[^\s@|<>]+\.[A-Za-z])"
                          r".{0,200}$")

_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


# Typographic apostrophes and quotes, which NFKC keeps, as the ASCII ones the
# readers know ("We’ve now moved" is "We've now moved"); one character for one.
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201b", "'"), ("\u02bc", "'"), ("\u2032", "'"),
           ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'), ("\u2033", '"'))


_CIRCLED = re.compile("[\u2460-\u2473]")  # ① … ⑳


def normalize(text: str) -> str:
    """NFKC (full-width letters and digits become ASCII), unified newlines,
    ASCII apostrophes and quotes, circled numbers as "(1)".

    NFKC line by line, and only on the lines that are not NFKC already (a
    quick check in C): most lines of Japanese mail are, and NFKC itself
    costs about 80 ns a character.  The result is NFKC of the whole text: a
    newline has no decomposition, is a starter and composes with nothing,
    so no step of NFKC reaches across it (tests/test_core_text.py compares
    the two)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        return text  # ASCII is NFKC already, and has no typographic quotes
    if _CIRCLED.search(text):
        # A circled number is a list marker ("①AWS 8012…(存続)"), which NFKC would make a bare digit
        # glued to what follows; it stays a marker: "(1)".
        text = _CIRCLED.sub(lambda m: f"({ord(m.group()) - 0x245F})", text)
    if "\n" in text:
        text = "\n".join(line if line.isascii() or unicodedata.is_normalized("NFKC", line)
                         else unicodedata.normalize("NFKC", line) for line in text.split("\n"))
    else:
        text = unicodedata.normalize("NFKC", text)
    for typographic, plain in _QUOTES:  # str.replace in C; str.translate maps char by char in Python
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def split_new_text(text: str) -> tuple[str, str]:
    """Split a (normalised) body into its own new text and the quoted history."""
    lines = text.split("\n")
    greeted = signed = None  # where the mail greeted its reader, and where it signed off after that
    seen = 0  # non-empty lines read before a greeting
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _is_history_start(lines, i, stripped):
            start = i - 1 if i and _RULE_LINE.match(lines[i - 1]) else i
            new = "\n".join(lines[:start]).strip()
            if not new or stripped[0] == ">" or _quote_follows(lines, i):
                after = _after_quote_on_top(lines, i)
                if after is not None:
                    # The quote came first and the reply under it, or the reply
                    # answers "> " quoted lines one by one: the text under the
                    # quote is the sender's own too.
                    below, history = split_new_text("\n".join(lines[after:]))
                    if below or not new:
                        return ("\n\n".join(part for part in (new, below) if part),
                                "\n".join(lines[start:after] + ([history] if history else [])))
            return new, "\n".join(lines[start:])
        if signed is not None and i - signed <= _SIGNATURE_LINES and _LETTER_HEAD.match(stripped):
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:])  # an earlier letter's head line
        if len(stripped) > 80:
            continue
        if greeted is None:
            # A letter greets in its first lines or not at all.
            seen += 1
            if seen <= 3 and _SALUTATION.match(stripped):
                greeted = i
        elif signed is not None and i - signed <= _SIGNATURE_LINES and _SALUTATION.match(stripped):
            # History quoted with no marker at all: a second letter, greeting
            # the reader again under the first one's sign-off and signature.
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:])
        elif len(stripped) <= 60 and _SIGN_OFF.match(stripped):
            signed = i
    if signed is not None and (pasted := _pasted_letter(lines, signed)) is not None:
        return "\n".join(lines[:pasted]).strip(), "\n".join(lines[pasted:])
    return text.strip(), ""


def _pasted_letter(lines: list[str], signed: int) -> int | None:
    """Where a second letter starts that was pasted under this one's
    signature with no marker and signed by someone else ("Kind regards,
    Hyun-woo, Amazon Web Services", two blank lines, then "Yes, that's all
    correct. Please proceed … Marcus"): a gap of two blank lines within the
    signature's reach, and a block under it that ends with a name alone on
    its line.  None when there is no such block (a footer under the
    signature ends with no name)."""
    gap = None
    for j in range(signed + 1, min(len(lines) - 1, signed + _SIGNATURE_LINES + 2)):
        if not lines[j].strip() and not lines[j + 1].strip():
            gap = j
            break
    if gap is None:
        return None
    rest = [line.strip() for line in lines[gap:] if line.strip()]
    if not 2 <= len(rest) <= 12 or not _NAME_LINE.match(rest[-1]) or any(_RULE_LINE.match(line) for line in rest):
        return None
    return gap


# A name signing a short letter: "Marcus", "Marcus Lee", "佐藤", "佐藤 健一".
_NAME_LINE = re.compile(r"^(?:-\s*+)?(?:[A-Z][a-z]{1,20}+(?:[ -][A-Z][a-z]{1,20}+)?|[\u4e00-\u9fff\u3040-\u30ff]{1,4}+(?:[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4}+)?)$")


# A greeting line that opens a letter ("Hello Lukas,", "Dear Ms. Tanaka", "高橋 由美 様").
_SALUTATION = re.compile(r"^(?:(?:hello|hi|hey|dear|greetings|good\s++(?:morning|afternoon|evening))\b[^.!?\n]{0,60}+|"
                         r"[^\s。、,.!?]{1,12}?(?:[ \t\u3000][^\s。、,.!?]{1,12}?)?[ \t\u3000]?(?:様|さま|さん|殿))[,:!、]?$",
                         re.IGNORECASE)
# A line that closes a letter ("Best regards,", "Cheers", "よろしくお願いいたします。").
_SIGN_OFF = re.compile(r"^(?:(?:best|kind|warm|warmest|many|with\s++kind)?\s*+regards|sincerely(?:\s++yours)?|"
                       r"yours\s++(?:sincerely|truly|faithfully)|cheers|thanks(?:\s++again)?|thank\s++you|many\s++thanks|"
                       r"cordially|respectfully|best(?:\s++wishes)?|all\s++the\s++best|take\s++care|"
                       r"(?:引き続き|今後とも)?(?:どうぞ)?よろしくお願い(?:いた|致)?します|よろしくお願い申し上げます|"
                       r"敬具|以上|"
                       # the desk's own signature line closes a letter as a sign-off does
                       r"aws\s++training\s++(?:and|&)\s++certification(?:\s++(?:customer\s++)?(?:support|team))?|"
                       r"aws\s*+トレーニングと認定(?:\s*+カスタマーサポート)?)[,.!。]?$", re.IGNORECASE)
_SIGNATURE_LINES = 8  # lines between a sign-off and the next letter's greeting (name, title, team, phone)


def _quote_follows(lines: list[str], i: int) -> bool:
    """Is the reply header at lines[i] ("On … wrote:", perhaps over two
    lines) followed at once by "> " lines?"""
    return _header_end(lines, i) is not None


def _header_end(lines: list[str], i: int) -> int | None:
    """The first "> " line under the reply header at lines[i], if the header
    (its line and the one that may continue it, "… wrote:") is followed at once
    by a quote."""
    j = i + 1
    if j < len(lines) and not lines[j].lstrip().startswith(">") and _WROTE_TAIL.match(lines[j].strip()):
        j += 1  # "On Tue, 16 Sep 2025 …" over '"Name" <address> wrote:'
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j if j < len(lines) and lines[j].lstrip().startswith(">") else None


def _after_quote_on_top(lines: list[str], i: int) -> int | None:
    """Where the text under a quote that opens the mail starts: the quote is
    a reply header line with "> " lines, or "> " lines alone; None when no
    text of the sender's own follows it."""
    j = i if lines[i].lstrip().startswith(">") else (_header_end(lines, i) or i + 1)
    quoted = False
    while j < len(lines) and (lines[j].lstrip().startswith(">") or not lines[j].strip()):
        quoted = quoted or lines[j].lstrip().startswith(">")
        j += 1
    return j if quoted and j < len(lines) else None


def _is_history_start(lines: list[str], i: int, stripped: str) -> bool:
    if _starts_history(stripped):
        return True
    if _ON_HEAD.match(stripped) and i + 1 < len(lines) and _WROTE_TAIL.match(lines[i + 1].strip()):
        return True
    if _BLOCK_FROM.match(stripped):
        following = [ln.strip() for ln in lines[i + 1 : i + 6] if ln.strip()]
        # From: and To:/Subject:…, or From: right above its date ("From: Daniel\nDate: 2025-03-13 12:02 UTC")
        return (sum(1 for ln in following[:4] if _BLOCK_NEXT.match(ln)) >= 2
                or (i + 1 < len(lines) and _SENT_AT.match(lines[i + 1].strip()) is not None))
    if ((stripped[-1] in ":：" and _DATE_TIME.search(stripped)) or (stripped[0] in _SENT_AT_FIRST and _SENT_AT.match(stripped))) \
            and i and (_RULE_LINE.match(lines[i - 1]) or (stripped[-1] in ":：" and _SHORT_RULE.match(lines[i - 1]))):
        # Under a rule: a dated head ("-----\nCustomer reply, 2025-09-16 15:58 UTC:"), or Outlook's
        # block cut to its date ("_____\nSent: Tuesday, …").
        return True
    if (i and len(stripped) <= 40 and i + 2 < len(lines) and _RULE_LINE.match(lines[i - 1])
            and _RULE_LINE.match(lines[i + 2]) and len(lines[i + 1]) <= 60 and _DATE_TIME.search(lines[i + 1])
            and any(line.strip() and not _RULE_LINE.match(line) for line in lines[:i - 1])):
        # The console's correspondence, boxed by rules, under a letter: "-----\nCustomer\nWed Mar 04 2026
        # 20:40:12 GMT\n-----" (not a newsletter's boxed title and date, which opens its mail).
        return True
    if _RULE_LINE.match(stripped) and _helpdesk_head(lines, i) and any(
            _helpdesk_head(lines, j) for j in range(i) if _RULE_LINE.match(lines[j])):
        # A help desk's thread, newest comment first, each under a rule, its author and its date
        # ("-----\n\nKwame (AWS Training & Certification Support)\n\nJun 10, 2021, 15:40 UTC"): the
        # first comment is the new one; the next such head starts the history.
        return True
    if (stripped[0] in _SENT_AT_FIRST and _SENT_AT.match(stripped) and _DATE_TIME.search(stripped)
            and i + 1 < len(lines) and _SUBJECT_LINE.match(lines[i + 1].strip())):
        # An HTML quote rendered without its From line: "Sent: 10 February 2026 11:48 UTC" over "Subject: RE:[CASE …]".
        return True
    if _BLOCK_NEXT.match(stripped):
        # The block may start with its date ("送信日時: …" before "差出人: …"):
        # three header lines in a row, one of them the sender's.
        block = [stripped] + [ln.strip() for ln in lines[i + 1 : i + 4]]
        return (all(_BLOCK_FROM.match(ln) or _BLOCK_NEXT.match(ln) for ln in block[:3])
                and any(_BLOCK_FROM.match(ln) for ln in block[:3]))
    return False


def _helpdesk_head(lines: list[str], i: int) -> bool:
    """Is lines[i] (a rule) followed, blank lines apart, by an author's line and
    a line of the comment's date and time alone?"""
    following = [line.strip() for line in islice(lines, i + 1, i + 6) if line.strip()][:2]
    return (len(following) == 2 and len(following[0]) <= 60 and not _DATE_TIME.search(following[0])
            and not _RULE_LINE.match(following[0]) and len(following[1]) <= 40
            and _HELPDESK_DATE.match(following[1]) is not None)


# A comment's date and time, alone on its line: "Jun 10, 2021, 15:40 UTC", "2021-06-10 15:40", "2021年6月10日 15:40".
_HELPDESK_DATE = re.compile(r"^(?:[A-Za-z]{3,9}\.?\s++\d{1,2},?\s++\d{4}|\d{1,2}\s++[A-Za-z]{3,9}\.?\s++\d{4}|"
                            r"\d{4}[-/.年]\s*+\d{1,2}[-/.月]\s*+\d{1,2}日?)[, ]*+(?:at\s++)?\d{1,2}:\d{2}(?::\d{2})?"
                            r"(?:\s*+(?:[AaPp][Mm]))?(?:\s*+(?:UTC|GMT|JST|[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?$")


def with_inline_answers(new_text: str, history: str) -> str:
    """The new text, with the answers written inline into the quoted mail
    when the new text says they are there ("Please find my answers inline
    below", "以下に回答を追記しました"): each answer is a line the sender
    tagged ("[AWS] Yes. …", "回答: …"), which the quoted mail's writer did
    not write."""
    if not history:
        return new_text
    lower = new_text.lower()
    if not any(word in lower for word in _INLINE_WORDS) or _INLINE_POINTER.search(new_text) is None:
        return new_text  # (one of the words first: the case-insensitive pattern is tried at every position)
    answers = [line.strip() for line in history.split("\n") if _INLINE_TAG.match(line)]
    return "\n\n".join([new_text, *answers]) if answers else new_text


_INLINE_POINTER = re.compile(r"\b(?:answers?|responses?|replies|comments?)\s++(?:are\s++|is\s++)?(?:inline|in\s++line)\b|"
                             r"\b(?:inline|in-line)\s++(?:below|answers?|responses?|comments?)\b|"
                             r"\b(?:answers?|responses?|comments?)\s++(?:inline\s++)?(?:below\s++)?in\s++(?:blue|red|bold|green)\b|"
                             r"(?:回答|ご回答|コメント)(?:を)?(?:インライン|行間|本文中|文中)|(?:以下|下記)(?:の本文中)?に(?:回答|ご回答|コメント)(?:を)?(?:記載|追記|記入)",
                             re.IGNORECASE)
_INLINE_WORDS = ("inline", "in line", "in-line", " in blue", " in red", " in bold", " in green", "回答", "コメント")
_INLINE_TAG = re.compile(r"^[ \t]*+(?:\[(?:aws|answer|a|support|回答|aws\s++support)\]|(?:aws|answer|回答|ご回答)\s*+[:：>])",
                         re.IGNORECASE)


def detect_language(text: str) -> str:
    """"ja" when the text is written in Japanese, else "en".

    Japanese is dense: one character carries about what five English letters
    do, so a text whose Japanese characters are a tenth of its letters is as
    much Japanese as English.  Less than that is English that quotes a
    Japanese name or subject."""
    head = text[:4000]
    if head.isascii():  # no kana (the search below would read all of it to say so)
        return "en"
    kana = _count(_KANA, head, 5)
    if kana < 5 and (kana == 0 or _count(_CJK, head, 10) < 10):
        return "en"
    # Characters outside ASCII (nearly all Japanese here) against ASCII ones
    # (letters, with their spaces and punctuation, about 1.2 per letter).
    ascii_chars = len(head.encode("ascii", "ignore"))
    return "ja" if (len(head) - ascii_chars) * 12 >= ascii_chars else "en"


def _count(pattern: re.Pattern[str], text: str, enough: int) -> int:
    """Matches of `pattern` in `text`, counted up to `enough`."""
    return sum(1 for _ in islice(pattern.finditer(text), enough))
