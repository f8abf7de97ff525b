"""The parsing adapter's own header reader and its direct build of a single
text part agree with the standard library where it is right, and do better
where it is not."""

import email
import email.utils
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from certmerge_mail.adapters import parsing
from certmerge_mail.adapters.parsing import parse

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))


def test_single_text_part_is_built_as_the_standard_parser_builds_it():
    direct = 0
    for path in CORPUS:
        head, body = parsing._split(path.read_bytes())
        _, mime = parsing._read_head(head)
        ours = parsing._mime_message(mime, body)
        theirs = email.message_from_bytes(b"".join(line for lines in mime for line in lines) + b"\n" + body)
        assert ours.items() == theirs.items(), path.name
        assert ours.get_content_type() == theirs.get_content_type(), path.name
        if not theirs.is_multipart():
            assert ours.get_payload() == theirs.get_payload(), path.name
            assert ours.get_payload(decode=True) == theirs.get_payload(decode=True), path.name
            direct += type(ours) is email.message.Message and ours.get_content_maintype() == "text"
    assert direct > 50


def test_raw_8bit_headers_are_decoded():
    utf8 = "From: 山田 太郎 <taro@example.jp>\nSubject: アカウント統合のお願い\n\nbody\n".encode()
    message = parse(utf8)
    assert (message.from_name, message.subject) == ("山田 太郎", "アカウント統合のお願い")
    sjis = "From: taro@example.jp\nSubject: 統合完了\n\nbody\n".encode("cp932")
    assert parse(sjis).subject == "統合完了"
    latin1 = "From: a@example.com\nSubject: café\n\nbody\n".encode("latin-1")
    assert parse(latin1).subject == "café"


def test_a_line_that_is_no_header_does_not_end_the_headers():
    raw = (b"From someone@example.com Mon Nov  3 10:00:00 2025\n"
           b"X-Junk without a colon\n"
           b"From: AWS <no-reply@amazon.com>\n"
           b"Subject: [CASE 12345678901] merge\n"
           b"Content-Type: text/plain; charset=utf-8\n\nhello\n")
    message = parse(raw)
    assert (message.from_addr, message.subject, message.text.strip()) == (
        "no-reply@amazon.com", "[CASE 12345678901] merge", "hello")


def test_folded_and_repeated_headers():
    raw = (b"From: a@example.com\r\n"
           b"Authentication-Results: mx.example.com;\r\n dkim=pass header.d=amazon.com;\r\n\tdmarc=pass\r\n"
           b"Authentication-Results: forged.example; dmarc=fail\r\n"
           b"Subject: =?UTF-8?B?44Ki44Kr44Km44Oz44OI?=\r\n =?UTF-8?B?57Wx5ZCI?=\r\n\r\nbody")
    message = parse(raw)
    assert message.auth_results == ("mx.example.com; dkim=pass header.d=amazon.com; dmarc=pass",
                                     "forged.example; dmarc=fail")
    assert message.subject == "アカウント統合"


def test_recipients_with_quoted_commas_use_the_general_parser():
    raw = b'From: a@example.com\nTo: "Doe, Jane" <Jane@Example.com>, b@example.com\nCc: (team) c@example.com\n\nx'
    assert parse(raw).to == ("jane@example.com", "b@example.com", "c@example.com")


NAME = st.text(alphabet=st.sampled_from(list("abcXYZ .'-_!#$%&*+/=?^{|}~山田é0\t")), max_size=14)
LOCAL = st.text(alphabet=st.sampled_from(list("abc.+-_0!#")), min_size=1, max_size=8)
DOMAIN = st.text(alphabet=st.sampled_from(list("abc.-0")), min_size=1, max_size=8)


@settings(max_examples=1000, deadline=None)
@given(NAME, LOCAL, DOMAIN, st.sampled_from(["{n} <{a}>", '"{n}" <{a}>', "{a}", " {n}<{a}> "]))
def test_simple_addresses_read_as_the_standard_library_reads_them(name, local, domain, form):
    value = form.format(n=name, a=f"{local}@{domain}")
    assert parsing._parseaddr(value) == email.utils.parseaddr(value)


def test_an_encoded_word_cut_off_at_the_end_is_decoded():
    raw = b"From: a@example.com\r\nSubject: RE:[CASE 1] =?UTF-8?B?6KqN5a6a44Ki44Kr44Km44Oz44OI57Wx5ZCI\r\n\r\nbody"
    assert parse(raw).subject == "RE:[CASE 1] 認定アカウント統合"


def test_an_attached_message_is_history_not_the_senders_words():
    from certmerge_mail.core.classify import classify

    inner = (b"From: AWS <no-reply-aws@amazon.com>\r\nSubject: merged\r\n\r\n"
             b"AWS07654321 has been merged into AWS01234567.\r\n")
    raw = (b"From: me@example.com\r\nSubject: Fwd: merged\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nFYI, see the attached mail.\r\n"
           b"--b\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"--b--\r\n")
    message = parse(raw)
    assert message.text.startswith("FYI, see the attached mail.")
    assert "Forwarded message" in message.text and "AWS01234567" in message.text
    assert classify(message).account_ids == ()


# --- header sizes are capped before anything parses them (issue 16) ---------

VERIFIED_HEAD = (b"Authentication-Results: mx.google.com; dkim=pass header.i=@amazon.com; "
                 b"dmarc=pass (p=QUARANTINE) header.from=amazon.com\r\n"
                 b"From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\r\n")


def _timed(raw: bytes):
    import time

    from certmerge_mail.core.classify import classify

    start = time.perf_counter()
    message = parse(raw)
    verdict = classify(message)
    return message, verdict, time.perf_counter() - start


def test_a_5_mb_subject_from_a_verified_sender_is_cut_in_well_under_a_second():
    for subject in (b"[CASE 17612345678] merge account " * 160_000,  # one 5 MB line
                    b"=?UTF-8?B?44Ki44Kr44Km44Oz44OI57Wx5ZCI?= " * 130_000,  # encoded words
                    b"[CASE 17612345678]" + b"\r\n merge account" * 330_000):  # folded
        raw = VERIFIED_HEAD + b"Subject: " + subject + b"\r\n\r\nPlease confirm the merge.\r\n"
        assert len(raw) > 5_000_000
        message, verdict, seconds = _timed(raw)
        assert seconds < 0.5
        assert 0 < len(message.subject) <= parsing.MAX_SUBJECT
        assert verdict.sender_verified is True and message.from_addr.endswith("@amazon.com")
        assert "Subject header over 64 KB: cut" in message.errors
        assert f"Subject over {parsing.MAX_SUBJECT} characters: cut" in message.errors


def test_a_subject_just_over_the_line_limit_is_cut_and_noted():
    message = parse(b"From: a@example.com\r\nSubject: " + b"x" * 1500 + b"\r\n\r\nbody")
    assert message.subject == "x" * parsing.MAX_SUBJECT
    assert message.errors == (f"Subject over {parsing.MAX_SUBJECT} characters: cut",)


def test_one_header_over_64_kb_or_a_mime_header_over_2_kb_is_cut_and_the_others_are_still_read():
    raw = (b"From: a@example.com\r\nReferences: " + b"<x@example.com> " * 6_000 + b"\r\n"
           b"Content-Type: text/plain; " + b"a=b; " * 20_000 + b"\r\n"
           b"Subject: after the big ones\r\n\r\nbody\r\n")
    message, _, seconds = _timed(raw)
    assert seconds < 0.5
    assert message.subject == "after the big ones" and message.text.strip() == "body"
    assert "References header over 64 KB: cut" in message.errors
    assert "Content-Type header over 2 KB: cut" in message.errors
    assert len(message.references) < 64 * 1024 // len("<x@example.com> ") + 1


def test_a_header_block_over_256_kb_is_truncated():
    raw = (b"From: a@example.com\r\nSubject: first\r\n" + b"X-Junk: " + b"y" * 60 + b"\r\n" * 1
           + b"X-Junk: y\r\n" * 40_000 + b"To: late@example.com\r\n\r\nbody\r\n")
    message, _, seconds = _timed(raw)
    assert seconds < 0.5
    assert (message.from_addr, message.subject, message.to) == ("a@example.com", "first", ())
    assert message.errors == ("header block over 256 KB: the rest was not read",)


def test_a_cut_never_splits_a_utf8_character():
    subject = "アカウント統合".encode() * 4000  # 84 KB of raw UTF-8, 3 bytes a character
    message = parse(b"From: a@example.com\r\nSubject: " + subject + b"\r\n\r\nbody")
    assert message.subject == ("アカウント統合" * 4000)[: parsing.MAX_SUBJECT]


def test_a_top_level_mime_header_of_quoted_semicolons_is_cut_before_the_quadratic_parser():
    # 16 KB of ';' in a quoted parameter took 0.9 s in email.message._parseparam.
    raw = (b"From: a@example.com\r\nContent-Type: text/plain; a=\"" + b";" * 16_000 + b"\"\r\n\r\nbody\r\n")
    message, _, seconds = _timed(raw)
    assert seconds < 0.5
    assert message.text.strip() == "body" and message.errors == ("Content-Type header over 2 KB: cut",)


def test_no_corpus_mail_is_cut():
    for path in CORPUS:
        errors = parse(path.read_bytes()).errors
        assert not [e for e in errors if ": cut" in e or "not read" in e], path.name


def _alternative(plain: str, html: str) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Amazon Web Services <no-reply-aws@amazon.com>"
    msg["Subject"] = "RE:[CASE 11829304718] Merge two certification accounts"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_a_plain_part_that_stands_in_for_the_html_gives_way_to_it():
    body = "<p>Please confirm the merge of AWS07654321 into AWS01234567.</p>" + "<p>It cannot be undone.</p>" * 30
    raw = _alternative("This message contains formatted content. View it in an HTML-capable mail client.", body)
    assert "AWS07654321 into AWS01234567" in parse(raw).text


def test_a_real_plain_part_is_kept_beside_its_html():
    raw = _alternative("Done: AWS07654321 was merged into AWS01234567.", "<p>Done: merged.</p>" * 3)
    assert parse(raw).text.strip() == "Done: AWS07654321 was merged into AWS01234567."


def test_shift_jis_under_a_latin_1_label_reads_as_japanese():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Amazon Web Services <no-reply-aws@amazon.com>"
    msg["Subject"] = "RE:[CASE 175971260734132]"
    msg.set_payload("認定アカウントの統合が完了しましたので、お知らせいたします。".encode("cp932"))
    msg["Content-Type"] = 'text/plain; charset="iso-8859-1"'
    msg["Content-Transfer-Encoding"] = "8bit"
    assert "統合が完了しました" in parse(msg.as_bytes()).text


def test_utf_8_under_a_windows_1252_label_reads_as_utf_8():
    import quopri

    body = quopri.encodestring("<div>We\u2019ve received your message \u2014 case number 176047594801937.</div>".encode()).decode()
    raw = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: [CASE 176047594801937]\n"
           'MIME-Version: 1.0\nContent-Type: text/html; charset="windows-1252"\nContent-Transfer-Encoding: quoted-printable\n\n'
           + body).encode()
    assert "We\u2019ve received your message \u2014 case" in parse(raw).text


def test_genuine_windows_1252_stays_windows_1252():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "x@example.fr"
    msg.set_content("Voil\u00e0 \u2014 \u00ab d\u00e9j\u00e0 \u00bb, \u20ac 50, \u0153uvre.", charset="cp1252", cte="8bit")
    assert "\u20ac 50, \u0153uvre" in parse(msg.as_bytes()).text


def test_genuine_latin_1_stays_latin_1():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "x@example.de"
    msg.set_content("Grüße aus München, schöne Grüße an Jürgen und Öztürk.", charset="iso-8859-1", cte="8bit")
    assert "Grüße aus München" in parse(msg.as_bytes()).text


def test_a_plain_part_that_sends_you_to_the_html_version_gives_way_to_it():
    plain = ("Thanks for the details. I have prepared the consolidation as shown in the table in the HTML version of "
             "this message. Let me know whether the plan is correct.\n" + "Footer line of the console mail.\n" * 20)
    html = ("<p>Thanks for the details.</p><table><tr><td>Kept</td><td>AWS31875502</td></tr>"
            "<tr><td>Merged and closed</td><td>AWS06649217</td></tr></table><p>Let me know whether the plan is correct.</p>")
    assert "AWS06649217" in parse(_alternative(plain, html)).text
    # "…view this message in a mail client that displays HTML": a pointer by what the client does
    plain = "Your request has been logged.\nReference: CASE#1768\nFor the best experience, use a client that displays HTML.\n"
    html = ("<p>Your request has been logged.</p><p>Hi Lena, thanks for writing to AWS Training and Certification. "
            "Here is what you sent us:</p><table><tr><td>Candidate ID</td><td>AWS13390456</td></tr></table>")
    assert "AWS13390456" in parse(_alternative(plain, html)).text


def test_a_plain_part_without_the_accounts_gives_way_to_the_html_table_that_names_them():
    plain = ("Hello Lena,\nWe have located the certification accounts listed below:\nPlease review them. Combining "
             "accounts cannot be undone. Reply to confirm that we may go ahead.\n" + "Best regards,\nHannah\n")
    html = ("<p>Hello Lena,</p><p>We have located the certification accounts listed below:</p><table><tr><td>Account "
            "to keep</td><td>AWS06071893</td></tr><tr><td>Account to be merged into it</td><td>AWS03582947</td></tr>"
            "</table><p>Please review them. Combining accounts cannot be undone. Reply to confirm.</p>")
    assert "AWS03582947" in parse(_alternative(plain, html)).text
    # Both naming the same accounts, the plain part is read, as before.
    plain_with = plain.replace("listed below:", "AWS06071893 and AWS03582947:")
    assert parse(_alternative(plain_with, html)).text.startswith("Hello Lena,\nWe have located")


def _mail_parsers_reading(msg):
    import mailparser
    parsed = mailparser.MailParser(msg)
    return parsed.text_plain, parsed.text_html, "CharsetDecodeDefect" in parsed.defects_categories


def test_text_parts_are_read_as_mail_parser_reads_them():
    """_plain_parts stands in for mail-parser on text/plain and text/html
    parts: same text, no defect; every other message is left to mail-parser."""
    blind = sorted((Path(__file__).parent / "blind").glob("**/*.eml"))
    taken = 0
    for path in [*CORPUS, *blind]:
        head, body = parsing._split(path.read_bytes())
        _, mime = parsing._read_head(head)
        msg = parsing._mime_message(mime, body)
        ours = parsing._plain_parts(msg)
        if ours is not None:
            taken += 1
            assert (*ours, False) == _mail_parsers_reading(parsing._mime_message(mime, body)), path.name
    assert taken > 600


_PART_HEADER = st.sampled_from([
    "", "Content-Type: text/plain\n", "Content-Type: text/html; charset=us-ascii\n", "Content-Type: TEXT/PLAIN\n",
    "Content-Type: text/plain; name=a.txt\n", "Content-Type: text/plain; charset*=utf-8''x\n",
    "Content-Type: garbage\n", "Content-Type: text/rtf\n", "Content-Type: text/plain; charset=\"utf-8\"\n",
    "Content-Type: application/octet-stream\n", "Content-Type: text/html; NAME=\"x.html\"\n",
    "Content-Transfer-Encoding: 7bit\n", "Content-Transfer-Encoding: 8BIT \n",
    "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n",
    "Content-Transfer-Encoding: x-uuencode\n", "Content-Disposition: attachment\n",
    "Content-Disposition: inline; filename=a.txt\n", "Content-Disposition: inline\n", "Content-ID: <a@b>\n",
    "MIME-Version: 1.0\n", "Content-Type: text/plain; charset=iso-2022-jp\n",
    "Content-Type: text/plain; charset=shift_jis\n", "Content-Type: text/html; charset=bogus\n",
    "Content-Type: text/plain; charset=utf-7\n", "Content-Type: text/plain; charset=base64\n",
    "Content-Type: text/plain; charset=latin-1\n", "Content-Type: text/plain; charset=utf-16\n",
    "Content-Transfer-Encoding: binary\n", "Content-Type: text/plain; charset=\"=?utf-8?q?x?=\"\n",
])
_PART_BODY = st.sampled_from([b"", b"\n", b"Hello.\n", b"caf\xe9\n", "\u7d71\u5408\n".encode(), b"SGVsbG8=\n",
                              b"=E3=81=82\n", b"\x1b$B$\"\x1b(B\n", b"  \n", b"a=\n", b"\x82\xa0\n", b"\xff\xfe\n",
                              b"5Y+X5LuY\n", b"!!!\n", b"=FF=FE\n", b"Zm9v\n=\n", b"e\xcc\x81\n",
                              b"\xe2\x80\x99 ok\n"])


def _both_readings(raw: bytes):
    """Our shortcut's reading of `raw` (None: left to mail-parser), and a thunk giving mail-parser's."""
    head, rest = parsing._split(raw)
    _, mime = parsing._read_head(head)
    return parsing._plain_parts(parsing._mime_message(mime, rest)), \
        lambda: _mail_parsers_reading(parsing._mime_message(mime, rest))


@given(st.lists(_PART_HEADER, max_size=4), _PART_BODY)
@settings(max_examples=1500, deadline=None)
def test_any_single_part_is_read_as_mail_parser_reads_it(headers, body):
    ours, theirs = _both_readings(("From: a@example.com\n" + "".join(headers) + "\n").encode() + body)
    if ours is not None:
        assert (*ours, False) == theirs()


_NAME_PART = st.sampled_from([b"From", b"FROM", b"subject", b"Content-Type", b"content-transfer-encoding", b"To",
                              b" ", b"\t", b"\xa0", b"\x85", b"\x1c", b"\x1f", b"\x0b", b"\xc0", b"X-Other", b"-", b"cc"])


@given(st.lists(st.tuples(st.lists(_NAME_PART, max_size=3).map(b"".join).filter(lambda n: not n.startswith((b" ", b"\t"))),
                          st.booleans()), max_size=6))
@settings(max_examples=1500, deadline=None)
def test_header_names_are_matched_as_their_latin1_text_stripped_and_lowered(fields):
    """_read_head looks names up as bytes; it picks the headers that
    decoding each name as Latin-1, str.strip() and str.lower() would."""
    head = b"".join(name + (b": v\n" if colon else b"_v\n") for name, colon in fields) + b"\n"
    wanted, mime = parsing._read_head(head)
    expected_wanted, expected_mime = {}, []
    for name, colon in fields:
        key = name.decode("latin-1").strip().lower()
        if colon and key in parsing._MIME_HEADERS:
            expected_mime.append(name + b": v\n")
        elif colon and key in parsing._WANTED:
            expected_wanted.setdefault(key, []).append("v")
    assert {k: [v.strip() for v in vs] for k, vs in wanted.items()} == expected_wanted
    assert [b"".join(lines) for lines in mime] == expected_mime


_MULTIPART = st.sampled_from(["multipart/alternative", "multipart/mixed", "multipart/related", "multipart/digest",
                              "multipart/alternative; name=x", "text/plain"])


@st.composite
def _mime_tree(draw, depth=0):
    """A part: a multipart of 0-3 parts (its own headers drawn too), or a single part."""
    if depth < 2 and draw(st.booleans()):
        boundary = f"b{depth}{draw(st.integers(0, 9))}"
        headers = f"Content-Type: {draw(_MULTIPART)}; boundary=\"{boundary}\"\n" + "".join(draw(st.lists(_PART_HEADER, max_size=1)))
        parts = draw(st.lists(_mime_tree(depth + 1), max_size=3))
        body = b"".join(b"--" + boundary.encode() + b"\n" + part for part in parts) + b"--" + boundary.encode() + b"--\n"
        return headers.encode() + b"\n" + body
    return "".join(draw(st.lists(_PART_HEADER, max_size=3))).encode() + b"\n" + draw(_PART_BODY)


@given(_mime_tree())
@settings(max_examples=2000, deadline=None)
def test_any_tree_of_parts_is_read_as_mail_parser_reads_it(tree):
    raw = b"From: a@example.com\n" + tree
    head, rest = parsing._split(raw)
    _, mime = parsing._read_head(head)
    msg = parsing._mime_message(mime, rest)
    ours = parsing._plain_parts(msg)
    if ours is not None:
        assert (*ours, False) == _mail_parsers_reading(parsing._mime_message(mime, rest))
    else:  # as mail-parser would find it: no defect of a part decoded and given up on is left behind
        def defects(message):
            return [[type(d).__name__ for d in part.defects] for part in message.walk()]
        assert defects(msg) == defects(parsing._mime_message(mime, rest))


_HTML_WORDS = st.sampled_from(["HTML", "html", "Html", "-", " ", "version", "capable", "view", "View", "VIEW", "format",
                               "this", "it", "the", "message", "in", "your", "a", "web", "browser", "Browser", "\n",
                               "review", "版", "形式", "メール", "_", "x", "\u0130", "\u0131", "\u017f", "open", "Read",
                               "supports", "support", "\u017fupports", "displays", "shows", "renders"])


@given(st.lists(_HTML_WORDS, max_size=12).map(" ".join) | st.lists(_HTML_WORDS, max_size=12).map("".join)
       | st.text(alphabet=st.characters(max_codepoint=0x200)))
@settings(max_examples=3000, deadline=None)
@example("View this message in your web browser.")
@example("the HTML version of this message")
@example("HTML形式")
@example("Please review this message in your browser, or see xhtml-version.")
@example("It supports HTML; open it in a browser; \u017fupports html; reopen this in your browser")
@example("open it in your BROW\u017fER")
def test_the_html_pointer_test_answers_as_its_pattern(text):
    assert parsing._points_to_html(text) == (parsing._POINTS_TO_HTML.search(text) is not None)


def test_iso_2022_jp_with_windows_circled_digits_is_read_whole():
    """Windows writes NEC's row 13 (①, ②) inside plain ISO-2022-JP shifts; Python's codecs refuse
    it, and the whole text must not stay raw escape sequences."""
    body = b"\x1b$B-!$N%\"%+%&%s%H$K0\\$j$^$7$?!#\x1b(B AWS01234567\r\n"
    raw = (b"From: support@example.com\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + body)
    text = parse(raw).text
    assert text.startswith("①のアカウントに移りました。") and "AWS01234567" in text
    assert "\x1b" not in text


def test_windows_1252_under_a_latin_1_label_is_read_as_browsers_read_it():
    raw = (b"From: support@example.com\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           b"You\x92re all set \x96 see AWS01234567.\r\n")
    assert parse(raw).text.startswith("You\u2019re all set \u2013 see")
