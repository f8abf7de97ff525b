"""core/triage.py: may a header set belong to a case?  (Phase one of the fetch.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import CASE, thread

from certmerge_mail.adapters.parsing import parse, parse_header_fields
from certmerge_mail.core.classify import classify
from certmerge_mail.core.model import Kind
from certmerge_mail.core.triage import FIELDS, Headers, wanted

CORPUS = Path(__file__).parent / "corpus"
BLIND = Path(__file__).parent / "blind"


@pytest.mark.parametrize("addr, name", [
    ("no-reply-aws@amazon.com", "Amazon Web Services"),
    ("aws-cs-trainingcertification-form@amazon.com", ""),
    ("0100019a@email.amazonses.com", ""),
    ("admin@credly.com", "Credly"),
    ("noreply@youracclaim.com", ""),
    ("support@amaz0n-certification.com", ""),  # a look-alike: read, so the user is warned
    ("help@credlly.net", ""),
    ("x@example.com", "AWS Support"),  # posing by display name
    ("noreply@certmetrics.com", ""),
])
def test_aws_credly_and_lookalike_senders_are_read(addr, name):
    assert wanted(Headers(subject="Hello", from_addr=addr, from_name=name))


def test_the_sender_header_is_not_asked_for_since_the_classifier_reads_from_alone():
    """A mail that only its Sender header would tie to AWS is unrelated when read
    whole, so phase one need not fetch Sender (an uncached field costs Dovecot a
    read of each hit's file on a first sync)."""
    assert "Sender" not in FIELDS and "X-Certmerge-Mail" not in FIELDS
    raw = (b"From: Friend <friend@example.com>\r\nSender: AWS <no-reply-aws@amazon.com>\r\n"
           b"Subject: Hi\r\nDate: Mon, 1 Dec 2025 10:00:00 +0000\r\nMessage-ID: <s@x>\r\n\r\n"
           b"Your accounts AWS01234567 and AWS07654321 have been merged.\r\n")
    assert wanted(parse_header_fields(raw)) is None
    assert classify(parse(raw)).kind == Kind.UNRELATED


@pytest.mark.parametrize("subject", [
    "Re: test case for the parser",
    "[org/repo] Merge branch 'main' into feature (#123)",
    "Merged #4567: use case diagram",
    "Your weekly digest",
    "Case study: how we scaled",
    "",
])
def test_developer_noise_is_passed(subject):
    h = Headers(subject=subject, from_addr="notifications@github.com", from_name="GitHub",
                message_id="<org/repo/pull/1@github.com>", in_reply_to="<org/repo/pull/1@github.com>",
                references=("<org/repo/pull/1@github.com>",))
    assert wanted(h, tracked={CASE}, thread={"<other@email.amazonses.com>"}) is None


@pytest.mark.parametrize("subject", [
    f"RE:[CASE {CASE}] [AWS Training and Certification Form Submission] - account-assistance",
    f"Fwd: case {CASE}",
    "ケース 176215680000123 について",
    "[AWS Training and Certification Form Submission] - account-assistance",
    "Re: your Training & Certification form",
])
def test_case_ids_and_the_form_shape_in_the_subject_are_read(subject):
    assert wanted(Headers(subject=subject, from_addr="friend@example.com"))


def test_a_tracked_case_named_any_way_is_read():
    h = Headers(subject=f"about {CASE[:-1]}X", from_addr="friend@example.com")
    assert wanted(h, tracked={CASE}) is None
    h = Headers(subject=f"re:{CASE}!", from_addr="friend@example.com")
    assert wanted(h) is None or "case id" in wanted(h)
    assert wanted(h, tracked={CASE}) is not None


def test_a_reply_in_a_case_thread_is_read():
    h = Headers(subject="Re: hello", from_addr="friend@example.com", in_reply_to="<x@y>")
    assert wanted(h) is None
    assert wanted(h, thread={"<x@y>"}) is not None
    h = Headers(subject="Re: hello", from_addr="friend@example.com", references=("<a@b>", "<x@y>", "<c@d>"))
    assert wanted(h, thread={"<x@y>"}) is not None


def test_sent_mail_to_aws_is_read_in_sent_only():
    h = Headers(subject="Re: hello", from_addr="hanako.yamada@example.jp",
                recipients=("colleague@example.jp", "support@amazon.com"))
    assert wanted(h) is None
    assert wanted(h, sent=True) is not None


def test_own_messages_are_never_read_and_unreadable_headers_always():
    assert wanted(Headers(subject=f"[CASE {CASE}] nudge", from_addr="hanako.yamada@example.jp",
                          own_marker="nudge")) is None
    assert wanted(Headers(unreadable=True)) is not None


def test_never_passes_a_mail_the_classifier_acts_on():
    """Over the whole corpus, the blind sets and the test thread: a message passed
    on its header fields alone is one the classifier calls unrelated from the
    whole message."""
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))] + [m.raw for m in thread().values()]
    raws += [p.read_bytes() for p in sorted(BLIND.glob("set-*/*.eml"))]
    read = 0
    for raw in raws:
        head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        fields = b"".join(line for line in _header_fields(head))
        if wanted(parse_header_fields(fields + b"\n")) is None:
            assert classify(parse(raw)).kind == Kind.UNRELATED, head[:300]
        else:
            read += 1
    assert read >= len(raws) * 0.8  # the corpus is case mail: most of it is read


def test_header_fields_are_decoded():
    raw = (b"From: =?utf-8?b?5bGx55Sw?= <Hanako@Example.JP>\r\n"
           b"Subject: =?utf-8?b?44Kx44O844K5IDE3NDk1NDA3MDAwMDkzMg==?=\r\nIn-Reply-To: <a@b>\r\n"
           b"References: <x@y>\r\n <a@b>\r\nX-Certmerge-Mail: digest\r\n\r\n")
    h = parse_header_fields(raw)
    assert h.from_addr == "hanako@example.jp"
    assert h.subject == "ケース 174954070000932"
    assert h.in_reply_to == "<a@b>" and h.references == ("<x@y>", "<a@b>")
    assert h.own_marker == "digest"
    assert parse_header_fields(b"") == Headers()


def _header_fields(head: bytes):
    """The lines of the FIELDS headers (with their continuation lines), as the server's HEADER.FIELDS."""
    keep = False
    names = {f.lower().encode() for f in FIELDS}
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if keep:
                yield line + b"\n"
            continue
        keep = line.split(b":", 1)[0].strip().lower() in names
        if keep:
            yield line + b"\n"


def test_joins_is_what_wanted_adds_once_the_store_knows_more():
    """A hit passed on its headers is asked joins() again after earlier messages
    were processed: it must say "wanted" exactly where wanted() now would."""
    from certmerge_mail.core.triage import joins

    cases = [Headers(subject=f"re:{CASE}!", from_addr="friend@example.com"),
             Headers(subject="Re: hello", from_addr="friend@example.com", in_reply_to="<x@y>"),
             Headers(subject="Re: hello", from_addr="friend@example.com", references=("<a@b>", "<x@y>")),
             Headers(subject=f"[CASE {CASE}] nudge", from_addr="hanako.yamada@example.jp", own_marker="nudge"),
             Headers(subject="Re: hello", from_addr="friend@example.com")]
    for h in cases:
        for tracked, thread_ids in (((), ()), ({CASE}, ()), ((), {"<x@y>"}), ({CASE}, {"<x@y>"})):
            if wanted(h) is None:
                assert (joins(h, tracked=tracked, thread=thread_ids) is None) == (
                    wanted(h, tracked=tracked, thread=thread_ids) is None)
