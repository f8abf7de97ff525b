"""Sender verification from the trusted Authentication-Results header."""

import re
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from certmerge_mail.core import sender
from certmerge_mail.core.sender import Family, check_sender, lookalike_family


def parse_results(header):
    return list(sender.parse_auth_results(header).results)


GMAIL_PASS = ("mx.google.com; dkim=pass header.i=@amazon.com header.s=abc header.b=X; "
              "spf=pass (google.com: domain of x@email.amazonses.com designates 1.2.3.4) smtp.mailfrom=x@email.amazonses.com; "
              "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
GMAIL_FAIL = "mx.google.com; dkim=fail header.i=@amazon.com; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=QUARANTINE) header.from=amazon.com"
M365 = ("spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified) "
        "header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100")


def test_dmarc_pass_on_a_genuine_domain():
    s = check_sender("aws-cs-trainingcertification-form@amazon.com", "Amazon Web Services", (GMAIL_PASS,))
    assert s.family is Family.AWS and s.verified is True


def test_amazons_other_stores_are_amazons_own_and_their_look_alikes_are_not():
    """Seller Central writes from amazon.co.uk, amazon.it…: Amazon's own domains, verified by their DMARC pass."""
    uk = "mx.google.com; dmarc=pass (p=QUARANTINE) header.from=amazon.co.uk"
    assert check_sender("sellersupport-noreply@amazon.co.uk", "Amazon", (uk,)).verified is True
    fake = "mx.google.com; dmarc=pass (p=NONE) header.from=amazon-co.uk"
    s = check_sender("support@amazon-co.uk", "Amazon", (fake,))
    assert s.genuine is False and s.verified is False
    assert sender.genuine_family("amazon.co.uk.evil.example") is None


def test_only_the_topmost_header_counts():
    forged_below = (GMAIL_FAIL, GMAIL_PASS)
    assert check_sender("no-reply-aws@amazon.com", "", forged_below).verified is False


def test_a_pass_on_top_that_another_provider_below_calls_a_failure_verifies_nothing():
    """A header added above the provider's (a gateway, or a forger) is on top;
    the provider's dmarc=fail below it then says the two cannot both be
    believed: not verified, with the setting that settles it."""
    headers = ("gw.feedback-aws.example; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
               "mfilter-aa01.mail.nifty.com; spf=fail smtp.mailfrom=amazon.com; dkim=none; "
               "dmarc=fail header.from=amazon.com")
    s = check_sender("no-reply-aws@amazon.com", "", headers)
    assert s.verified is False and "authserv_ids" in s.reason
    # Named, the provider's header is the one read; an earlier hop of the same
    # provider, or a failure about another domain, contradicts nothing.
    assert check_sender("no-reply-aws@amazon.com", "", headers, ("gw.feedback-aws.example",)).verified is True
    assert check_sender("no-reply-aws@amazon.com", "", (GMAIL_PASS, GMAIL_FAIL)).verified is True
    other = ("mx.example.net; dmarc=fail header.from=evil.example",)
    assert check_sender("no-reply-aws@amazon.com", "", (GMAIL_PASS, *other)).verified is True


def test_configured_authserv_id_selects_the_trusted_header():
    headers = ("mx.other.example; dmarc=fail header.from=amazon.com", GMAIL_PASS)
    assert check_sender("no-reply-aws@amazon.com", "", headers, ("mx.google.com",)).verified is True
    assert check_sender("no-reply-aws@amazon.com", "", headers, ("nobody.example",)).verified is None


def test_microsoft_style_without_authserv_id_parses():
    # M365 omits the authserv-id; a header starting straight with results still parses after the first ";".
    s = check_sender("no-reply-aws@amazon.com", "", ("mx.microsoft.com 1; " + M365,))
    assert s.verified is True


def test_dkim_alone_aligned():
    header = "mx.example; dkim=pass header.d=amazon.com; spf=softfail smtp.mailfrom=amazonses.com"
    assert check_sender("no-reply-aws@amazon.com", "", (header,)).verified is True
    misaligned = "mx.example; dkim=pass header.d=amazonses.com"
    assert check_sender("no-reply-aws@amazon.com", "", (misaligned,)).verified is False


def test_no_header_is_unknown():
    assert check_sender("admin@credly.com", "", ()).verified is None


@pytest.mark.parametrize("domain", ["amaz0n-support.com", "aws-certification-team.com", "credly-badges.net",
                                    "arnazon.com", "amazon.com.example.ru", "support-amazon.co"])
def test_lookalikes(domain):
    assert lookalike_family(domain) is not None
    assert check_sender(f"x@{domain}", "Amazon Web Services", (GMAIL_PASS,)).verified is False


def test_display_name_posing_on_a_free_mail_domain():
    s = check_sender("aws.support.team@gmail.com", "Amazon Web Services", ())
    assert s.family is Family.AWS and not s.genuine and s.verified is False


@pytest.mark.parametrize("domain", ["example.jp", "pearsonvue.com", "laws.example.org", "gmail.com"])
def test_ordinary_domains_are_not_lookalikes(domain):
    assert lookalike_family(domain) is None


def test_comments_are_ignored_when_parsing():
    results = parse_results(GMAIL_PASS)
    assert [(r.method, r.result) for r in results] == [("dkim", "pass"), ("spf", "pass"), ("dmarc", "pass")]
    assert results[0].prop("header.i") == "@amazon.com"
    assert results[0].domains("header.i") == ("amazon.com",)


def test_microsoft_365_header_without_authserv_id():
    header = ("spf=pass (sender IP is 54.240.1.1) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified) "
              "header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100")
    assert [(r.method, r.result) for r in parse_results(header)][:3] == [("spf", "pass"), ("dkim", "pass"), ("dmarc", "pass")]
    assert check_sender("no-reply-aws@amazon.com", "", (header,)).verified is True
    failing = header.replace("dmarc=pass", "dmarc=fail").replace("dkim=pass", "dkim=fail")
    assert check_sender("no-reply-aws@amazon.com", "", (failing,)).verified is False


# --- forged Authentication-Results (issue 16, item 2) ------------------------
#
# Attacker-controlled text reaches the provider's own header through the
# envelope sender (smtp.mailfrom, and Gmail's spf comment), the From domain
# (header.from) and the attacker's own DKIM signature (header.d, header.i).

AWS = "no-reply-aws@amazon.com"


def verified(*headers, ids=()):
    return check_sender(AWS, "Amazon Web Services", headers, ids).verified


FORGED = {
    # The case: a quoted local-part carrying ";dmarc=pass", next to the real dmarc=fail.
    "quoted local-part in smtp.mailfrom":
        'mx.google.com; spf=pass smtp.mailfrom="x;dmarc=pass"@evil.example; dmarc=fail header.from=amazon.com',
    "quoted local-part with header.from":
        'mx.google.com; spf=pass smtp.mailfrom="x;dmarc=pass header.from=amazon.com"@evil.example; '
        'dmarc=fail (p=QUARANTINE) header.from=amazon.com',
    "escaped quote inside the quoted local-part":
        r'mx.google.com; spf=pass smtp.mailfrom="x\";dmarc=pass \"@evil.example; dmarc=fail header.from=amazon.com',
    "the envelope sender copied into Gmail's comment":
        'mx.google.com; spf=pass (google.com: domain of "a);dmarc=pass header.from=amazon.com(b"@evil.example '
        'designates 1.2.3.4 as permitted sender) smtp.mailfrom="a);dmarc=pass header.from=amazon.com(b"@evil.example',
    "a pass before the fail":
        "mx.google.com; dmarc=pass header.from=amazon.com; dmarc=fail header.from=amazon.com",
    "a fail before the pass":
        "mx.google.com; dmarc=fail header.from=amazon.com; dmarc=pass header.from=amazon.com",
    ")dmarc=pass( inside a comment":
        "mx.google.com; dmarc=fail (p=REJECT )dmarc=pass header.from=amazon.com( dis=REJECT) header.from=amazon.com",
    ")dmarc=pass( in smtp.mailfrom":
        "mx.google.com; spf=pass smtp.mailfrom=a)dmarc=pass(@evil.example; dmarc=fail header.from=amazon.com",
    "nested comments":
        "mx.google.com; dmarc=fail (policy (dmarc=pass header.from=amazon.com) ;dmarc=pass) header.from=amazon.com",
    "an unterminated quote hides the fail":
        'mx.google.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom="x; dmarc=fail header.from=amazon.com',
    "an unterminated comment hides the fail":
        "mx.google.com; dkim=pass header.d=amazon.com; spf=pass (x smtp.mailfrom=x; dmarc=fail header.from=amazon.com",
    "dmarc passes for another domain":
        "mx.google.com; dkim=pass header.d=evil.example; dmarc=pass header.from=evil.example",
    "dmarc names two From domains":
        "mx.google.com; dmarc=pass header.from=amazon.com header.from=evil.example",
    "dmarc pass but the aligned signature fails":
        "mx.google.com; dkim=fail (bad signature) header.d=amazon.com; dmarc=pass header.from=amazon.com",
    "dmarc temperror falls back on nothing":
        "mx.google.com; dkim=pass header.d=amazon.com; dmarc=temperror header.from=amazon.com",
    "dmarc permerror":
        "mx.google.com; dkim=pass header.d=amazon.com; dmarc=permerror header.from=amazon.com",
    "an aligned dkim pass and fail":
        "mx.google.com; dkim=pass header.d=amazon.com; dkim=fail header.i=@amazon.com",
    "dkim signer named by a quoted local-part only":
        'mx.google.com; dkim=pass header.i="x@amazon.com"',
    "property words inside a quoted value":
        'mx.google.com; dkim=pass header.d="amazon.com" header.i="evil@amazon.com"; spf=pass smtp.mailfrom="dkim=pass header.d=amazon.com"@evil.example',
    "a backslash outside quotes":
        r"mx.google.com; spf=pass smtp.mailfrom=a\;dmarc=pass@evil.example; dmarc=fail header.from=amazon.com",
}


@pytest.mark.parametrize("case", sorted(FORGED))
def test_forged_results_are_not_verified(case):
    assert verified(FORGED[case]) is False


def test_a_malformed_provider_header_is_not_skipped_for_a_forged_one():
    """With [trust] authserv_ids set, attacker text that makes the
    provider's header unreadable must not promote a forged header below it
    with the same authserv-id."""
    provider = 'mx.google.com; spf=pass smtp.mailfrom="x@evil.example; dmarc=fail header.from=amazon.com'
    forged = "mx.google.com; dmarc=pass header.from=amazon.com"
    assert verified(provider, forged, ids=("mx.google.com",)) is False


def test_forged_confirmation_mail_end_to_end():
    from certmerge_mail.adapters.parsing import parse
    from certmerge_mail.core.classify import classify

    raw = (b"Authentication-Results: mx.google.com;\r\n"
           b"       dkim=fail header.i=@amazon.com;\r\n"
           b'       spf=pass (google.com: domain of bounce@evil.example designates 1.2.3.4) smtp.mailfrom="x;dmarc=pass"@evil.example;\r\n'
           b"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com\r\n"
           b"From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\r\n"
           b"Subject: RE: [CASE 17612345678] Account merge\r\n\r\n"
           b"Please confirm that you want to merge account AWS00111111 into AWS00222222.\r\n")
    assert classify(parse(raw)).sender_verified is False


# --- what real providers write still verifies ---------------------------------

GENUINE = {
    "gmail": "mx.google.com; dkim=pass header.i=@amazon.com header.s=rte02 header.b=rFdvBbtV; "
             "spf=pass (google.com: domain of 0100018c2f@email.amazonses.com designates 54.240.8.97 as permitted sender) "
             "smtp.mailfrom=0100018c2f@email.amazonses.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
    "microsoft 365": "spf=pass (sender IP is 54.240.11.18) smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified) "
                     "header.d=amazon.com;dkim=pass (signature was verified) header.d=amazonses.com;dmarc=pass action=none "
                     "header.from=amazon.com;compauth=pass reason=100",
    "nifty": "mta-rcv-e02.mail.nifty.com; spf=pass smtp.mailfrom=01000199611c4638@amazonses.com; "
             "dkim=pass header.d=amazon.com header.s=rjt5ub6tyvqg3tkxzx2zxrobfsknavtw header.b=3rFXtTOa; "
             "dmarc=pass (p=quarantine dis=none) header.from=amazon.com",
    "yahoo japan, trailing ;": "mta1024.mail.kks.yahoo.co.jp; spf=pass smtp.mailfrom=email.amazonses.com; dkim=pass header.i=@amazon.com; "
                               "dkim=pass header.i=@amazonses.com; dmarc=pass header.from=amazon.com;",
    "yahoo japan, from= and domain= notes": "mta3099.mail.kks.yahoo.co.jp  from=amazon.com; domain=email.amazonses.com; "
                                            "dkim=pass (ok) header.i=@amazon.com;\r\n\tspf=pass smtp.mailfrom=email.amazonses.com; "
                                            "dmarc=pass header.from=amazon.com",
    "yahoo japan, from= note alone": "mta5099.mail.kks.yahoo.co.jp  from=amazon.com; domainkeys=neutral (no sig); "
                                     "spf=pass smtp.mailfrom=email.amazonses.com; dkim=pass (ok) header.i=@amazon.com; "
                                     "dkim=pass (ok) header.i=@amazonses.com; dmarc=pass (p=quarantine dis=none) header.from=amazon.com",
    "yahoo japan, the note before each result": "mta1003.mail.kks.yahoo.co.jp  from=amazon.com; domainkeys=neutral (no sig);\r\n"
                                                " from=amazon.com; dkim=pass (ok) header.d=amazon.com;\r\n"
                                                " spf=pass smtp.mailfrom=email.amazonses.com;\r\n dmarc=pass header.from=amazon.com",
    "fastmail": "mx6.messagingengine.com; dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com "
                "header.b=ZKuHk/aw header.a=rsa-sha256 header.s=rte02 x-bits=1024; dmarc=pass policy.published-domain-policy=quarantine "
                "policy.applied-disposition=none (p=quarantine,d=none,d.eval=none) header.from=amazon.com; x-aligned-from=pass (Address match)",
    "version and nested comment": "mx.example.jp 1; dmarc=pass (policy (quarantine) ok) header.from=amazon.com",
    "dkim only, no dmarc": "mx.example; dkim=pass header.d=amazon.com; spf=softfail smtp.mailfrom=amazonses.com",
}


@pytest.mark.parametrize("provider", sorted(GENUINE))
def test_genuine_headers_verify(provider):
    assert verified(GENUINE[provider]) is True


def test_a_second_verdict_after_the_yahoo_japan_note_is_no_pass():
    assert verified("mx  from=amazon.com;dmarc=pass; domain=x; dmarc=pass header.from=amazon.com") is not True


def test_a_repeated_yahoo_japan_note_must_name_the_first_ones_domain():
    header = GENUINE["yahoo japan, the note before each result"]
    # a later note naming another domain leaves the header malformed
    bad = header.replace(" from=amazon.com; dkim", " from=evil.example; dkim")
    assert verified(bad) is not True
    with pytest.raises(sender.MalformedAuthResults):
        sender.parse_auth_results(bad)


def test_yahoo_japans_bare_dmarc_pass_is_about_the_domain_its_note_names():
    """"mta5009.mail.kks.yahoo.co.jp  from=amazon.com; domain=amazonses.com; spf=pass; dkim=pass (ok);
    dmarc=pass": the note names the From domain the bare verdict is about."""
    header = ("mta5009.mail.kks.yahoo.co.jp  from=amazon.com; domain=amazonses.com; spf=pass;\r\n"
              " dkim=pass (ok); dmarc=pass")
    assert check_sender("no-reply-aws@amazon.com", "", (header,)).verified is True
    # The note names another domain, or there is no note: a bare pass verifies nothing.
    assert check_sender("no-reply-aws@amazon.com", "", (header.replace("from=amazon.com", "from=evil.example"),)).verified is False
    assert check_sender("no-reply-aws@amazon.com", "", ("mx.example.jp; dkim=pass (ok); dmarc=pass",)).verified is False
    assert check_sender("no-reply-aws@amazon.com", "", (header.replace("dmarc=pass", "dmarc=fail"),)).verified is False


def test_the_parser_reads_rfc_8601():
    parsed = sender.parse_auth_results(
        'mx.example.com 1 (the receiver); dkim=pass reason="good (signature)" header.d = amazon.com '
        'header.i="first last"@amazon.com; spf=pass smtp.mailfrom="x;dmarc=pass\\"y"@evil.example; none')
    assert (parsed.authserv_id, parsed.version) == ("mx.example.com", 1)
    dkim, spf = parsed.results
    assert (dkim.method, dkim.result, dkim.reason) == ("dkim", "pass", "good (signature)")
    assert [(p.key, p.value, p.domain) for p in dkim.props] == [
        ("header.d", "amazon.com", "amazon.com"), ("header.i", "first last@amazon.com", "amazon.com")]
    assert spf.prop("smtp.mailfrom") == 'x;dmarc=pass"y@evil.example'
    assert spf.domains("smtp.mailfrom") == ("evil.example",)
    assert sender.parse_auth_results("mx.example.com; none").results == ()
    assert sender.authserv_id(GENUINE["microsoft 365"]) == ""


@pytest.mark.parametrize("header", ['mx; x=y (a "b" c)', 'mx; x=y (a "b c)', 'mx; x=y (a "b\\" c)'])
def test_a_quote_in_a_comment_is_a_character_and_nothing_after_it_is_trusted(header):
    parsed = sender.parse_auth_results(header)
    assert len(parsed.results) == 1 and parsed.trusted == 0


def test_a_dmarc_pass_before_the_comment_that_quotes_the_envelope_sender_verifies():
    """mailbox.org and others write the DMARC verdict first, then SPF with the envelope
    sender quoted in a comment: what stands before the quote is the provider's own."""
    header = ('mx1.mailbox.org; dkim=pass header.d=amazon.com header.s=x header.b=y; dmarc=pass (policy=quarantine) '
              'header.from=amazon.com; spf=pass (mx1.mailbox.org: domain of "0100@us-west-2.amazonses.com" designates '
              '54.240.27.185 as permitted sender) smtp.mailfrom="0100@us-west-2.amazonses.com"')
    assert check_sender("aws-cs-trainingcertification-form@amazon.com", "", (header,)).verified is True
    # a forgery: the provider's own verdict, before the quote, fails; what the envelope sender adds is not read
    forged = ('mx1.mailbox.org; dkim=none; dmarc=fail (policy=quarantine) header.from=amazon.com; spf=pass '
              '(mx1.mailbox.org: domain of "x"); dmarc=pass header.from=amazon.com; spf=none ("z@evil.example" '
              'designates 1.2.3.4 as permitted sender) smtp.mailfrom=evil.example')
    assert check_sender("no-reply-aws@amazon.com", "", (forged,)).verified is False


def test_a_dmarc_verdict_after_a_comment_quoting_the_envelope_sender_is_never_read():
    """"(… domain of "0100…@amazonses.com" designates …)": the quoted text is the envelope
    sender's, who may write quotes, ")" and ";" into it, close the provider's comment and
    add a result of their own.  A DMARC verdict after such a comment may be theirs, so the
    mail verifies nothing (fail closed)."""
    header = ('mail.meyer-it.de; dkim=pass header.d=amazon.com header.s=x header.b=y; spf=pass (mail.meyer-it.de: '
              'domain of "0100@amazonses.com" designates 23.251.226.55 as permitted sender) '
              'smtp.mailfrom="0100@amazonses.com"; dmarc=pass header.from=amazon.com')
    assert check_sender("aws-cs-trainingcertification-form@amazon.com", "", (header,)).verified is False
    for envelope in ('x@y"); dmarc=pass header.from=amazon.com; iprev=pass ("z@w',
                     'x"); dmarc=pass header.from=amazon.com; spf=none ("z',
                     '"x); dmarc=pass header.from=amazon.com; ("@evil.example'):
        injected = ('mail.example.de; dkim=none; spf=pass (mail.example.de: domain of "' + envelope + '" designates '
                    '1.2.3.4 as permitted sender) smtp.mailfrom=evil.example')
        assert check_sender("no-reply-aws@amazon.com", "", (injected,)).verified is False


@pytest.mark.parametrize("header", ['mx; spf=pass smtp.mailfrom="x', "mx; dmarc=pass (x", "mx; dmarc=pass )",
                                    "mx; dmarc=pass junk", "mx; dmarc=pass header.from", 'mx; x=y (a "b)" c)',
                                    "mx; dmarc=passheader.from=x", "", "mx garbage; dmarc=pass",
                                    "mx; from=amazon.com; domain=amazon.com; dmarc=pass",
])
def test_anything_ambiguous_is_malformed(header):
    """(The Yahoo! JAPAN notes are read only right after the authserv-id.)"""
    with pytest.raises(sender.MalformedAuthResults):
        sender.parse_auth_results(header)


def test_deep_comments_and_long_headers_are_linear():
    start = time.process_time()
    deep = "mx; dmarc=fail " + "(" * 20000 + ")" * 20000 + " header.from=amazon.com"
    assert verified(deep) is False
    many = "mx; " + "; ".join(["spf=pass smtp.mailfrom=a@b.example"] * 2000)
    assert len(sender.parse_auth_results(many).results) == 2000
    assert time.process_time() - start < 1


# --- property tests: mutations of genuine headers never pass -----------------

# Each genuine header as a template: its authserv-id, its resinfos with the
# attacker's slots, the separator its provider writes, and a trailing ";"
# (Yahoo! JAPAN).
TEMPLATES = {
    "gmail": ("mx.google.com; ", [
        "dkim={dkim} header.i={dkim_local}@amazon.com header.s=rte02 header.b=rFdvBbtV",
        "spf=pass (google.com: domain of {comment} designates 54.240.8.97 as permitted sender) smtp.mailfrom={mailfrom}",
        "dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={header_from}"], "; ", ""),
    "microsoft 365": ("", [
        "spf=pass (sender IP is 54.240.11.18 {comment}) smtp.mailfrom={mailfrom}",
        "dkim={dkim} (signature was verified) header.d=amazon.com header.i={dkim_local}@amazon.com",
        "dmarc={dmarc} action=none header.from={header_from}", "compauth=pass reason=100"], ";", ""),
    "nifty": ("mta-rcv-e02.mail.nifty.com;\n\t", [
        "spf=pass (from {comment}) smtp.mailfrom={mailfrom}",
        "dkim={dkim} header.d=amazon.com header.i={dkim_local}@amazon.com header.b=3rFXtTOa",
        "dmarc={dmarc} (p=quarantine dis=none) header.from={header_from}"], ";\n\t", ""),
    "yahoo japan": ("mta1024.mail.kks.yahoo.co.jp; ", [
        "spf=pass smtp.mailfrom={mailfrom} (comment {comment})", "dkim={dkim} header.i={dkim_local}@amazon.com",
        "dmarc={dmarc} header.from={header_from}"], "; ", ";"),
    "yahoo japan, notes": ("mta5390.mail.kks.yahoo.co.jp  from=amazon.com; domain=email.amazonses.com; ", [
        "dkim={dkim} (ok) header.i={dkim_local}@amazon.com", "spf=pass smtp.mailfrom={mailfrom} (comment {comment})",
        "dmarc={dmarc} header.from={header_from}"], ";\r\n\t", ""),
}
GENUINE_SLOTS = {"mailfrom": "0100018c2f@email.amazonses.com", "comment": "0100018c2f@email.amazonses.com",
                 "header_from": "amazon.com", "dkim_local": ""}
FAILING = ["fail", "softfail", "permerror", "temperror", "policy", "neutral", "quarantine", "reject", "hardfail"]

FRAGMENTS = ["dmarc=pass", "dkim=pass", "header.from=amazon.com", "header.d=amazon.com", "header.i=@amazon.com",
             ";", ";dmarc=pass", ")dmarc=pass(", "(", ")", '"', "\\", "\\\"", " ", "=", "@", ".", "amazon.com",
             "x", "evil.example", "none", "\t", "dmarc", "pass", "compauth=pass"]
ATTACKER_TEXT = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=10).map("".join),
    st.text(alphabet=st.sampled_from(list(';=()"\\@. \tadmrcpsx.kifhe')), max_size=30),
)


def _quoted(text: str) -> str:
    """A quoted-string as an MTA writes an envelope local-part (RFC 5321)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _header(template: str, dmarc: str | None, dkim: str | None, slots: dict) -> str:
    """The template filled in; a result of None drops that method's resinfo."""
    prefix, resinfos, separator, end = TEMPLATES[template]
    kept = [r for r in resinfos if not (dmarc is None and r.startswith("dmarc=") or dkim is None and r.startswith("dkim="))]
    values = GENUINE_SLOTS | slots | {"dmarc": dmarc, "dkim": dkim}
    return prefix + separator.join(r.format(**values) for r in kept) + end


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(sorted(TEMPLATES)), slot=st.sampled_from(sorted(GENUINE_SLOTS)),
       text=ATTACKER_TEXT, failure=st.sampled_from(FAILING),
       which=st.sampled_from(["dmarc", "dkim", "both"]), raw=st.booleans())
@example(template="gmail", slot="mailfrom", text="x;dmarc=pass", failure="fail", which="dmarc", raw=False)
@example(template="gmail", slot="comment", text=")dmarc=pass(", failure="fail", which="dmarc", raw=True)
@example(template="gmail", slot="mailfrom", text='"', failure="fail", which="dmarc", raw=True)
def test_a_real_failure_is_never_read_as_a_pass(template, slot, text, failure, which, raw):
    """The provider's verdict is a failure (dmarc, aligned dkim, or both);
    attacker text in any one slot, quoted as an MTA would or pasted raw,
    never turns it into a pass."""
    value = text if raw else (_quoted(text) + "@evil.example" if slot in ("mailfrom", "comment", "dkim_local")
                              else "".join(c for c in text if c.isalnum() or c in ".-") or "x")
    dmarc = failure if which in ("dmarc", "both") else "pass"
    dkim = failure if which in ("dkim", "both") else "pass"
    header = _header(template, dmarc, dkim, {slot: value})
    assert verified(header) is not True, header
    if which == "dkim":  # and with no DMARC verdict at all
        header = _header(template, None, dkim, {slot: value})
        assert verified(header) is not True, header


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(sorted(TEMPLATES)), mailfrom=ATTACKER_TEXT, comment=ATTACKER_TEXT,
       dkim_local=ATTACKER_TEXT, dkim=st.sampled_from(["none", *FAILING]), drop_dkim=st.booleans())
@example(template="nifty", mailfrom="x;dmarc=pass", comment="", dkim_local="", dkim="fail", drop_dkim=True)
@example(template="gmail", mailfrom="a;dkim=pass header.d=amazon.com", comment="", dkim_local="", dkim="none", drop_dkim=False)
def test_no_verdict_and_quoted_attacker_text_is_never_a_pass(template, mailfrom, comment, dkim_local, dkim, drop_dkim):
    """No DMARC verdict and no passing signature: attacker text in every
    slot at once, written as MTAs write it (quoted local-parts; Gmail copies
    the address into its comment as it is), never makes a pass."""
    address = _quoted(mailfrom) + "@evil.example"
    slots = {"mailfrom": address, "comment": _quoted(comment) + "@evil.example", "dkim_local": _quoted(dkim_local)}
    header = _header(template, None, None if drop_dkim else dkim, slots)
    assert verified(header) is not True, header


@settings(max_examples=500, deadline=None)
@given(template=st.sampled_from(sorted(TEMPLATES)), text=ATTACKER_TEXT)
def test_a_quoted_envelope_sender_does_not_spoil_a_genuine_pass(template, text):
    """The other way round: the parser honours quoting, rather than
    refusing anything unusual; a genuine pass stays a pass."""
    header = _header(template, "pass", "pass", {"mailfrom": _quoted(text) + "@evil.example"})
    assert verified(header) is True, header


KEYWORD = st.text(alphabet=st.sampled_from(list("abcdxyz0189-")), min_size=1, max_size=6).filter(lambda k: k != "reason")
ANY_TEXT = st.text(alphabet=st.sampled_from(list('ab ;=()"\\@.\t山')), max_size=12)
TOKEN = st.text(alphabet=st.sampled_from(list("ab09.-_@/+=")), min_size=1, max_size=10)
COMMENT = ANY_TEXT.map(lambda t: "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                       .replace('"', "") + ")")
CFWS = st.lists(st.sampled_from([" ", "\t", "  "]) | COMMENT.map(lambda c: f" {c} ") | COMMENT.map(lambda c: f"({c})"),
                min_size=1, max_size=3).map("".join)
OPT_CFWS = st.one_of(st.just(""), CFWS)


@st.composite
def rendered_header(draw):
    """A random RFC 8601 header, rendered with random comments and quoting,
    and the results it holds."""
    results, parts = [], []
    for _ in range(draw(st.integers(0, 4))):
        method, result = draw(KEYWORD), draw(KEYWORD)
        props = []
        text = f"{draw(OPT_CFWS)}{method}{draw(OPT_CFWS)}={draw(OPT_CFWS)}{result}"
        for _ in range(draw(st.integers(0, 3))):
            ptype, name = draw(KEYWORD), draw(KEYWORD)
            value = draw(TOKEN | ANY_TEXT)
            written = value if TOKEN_RE.fullmatch(value) else _quoted(value)
            text += f"{draw(CFWS)}{ptype}{draw(OPT_CFWS)}.{draw(OPT_CFWS)}{name}{draw(OPT_CFWS)}={draw(OPT_CFWS)}{written}"
            props.append((f"{ptype}.{name}", value))
        parts.append(text + draw(OPT_CFWS))
        results.append((method, result, props))
    return "mx.example.com" + draw(OPT_CFWS) + "".join(";" + p for p in parts), results


TOKEN_RE = re.compile(r"[a-z0-9._@/+=-]+")


@settings(max_examples=1000, deadline=None)
@given(rendered_header())
def test_parser_reads_what_was_written(case):
    header, expected = case
    parsed = sender.parse_auth_results(header)
    assert parsed.authserv_id == "mx.example.com"
    got = [(r.method, r.result, [(p.key, p.value) for p in r.props]) for r in parsed.results]
    assert got == expected, header


# --- the fast path reads every header as the scanner does ---------------------
#
# parse_auth_results reads the headers providers write with a few compiled
# patterns (sender._parse_common) and hands anything else to the scanner
# (sender._parse_scanning).  Whatever the fast path accepts, it must read
# exactly as the scanner does, and it must accept nothing the scanner refuses.


def _scanned_authserv_id(header: str) -> str:
    scan = sender._Scanner(header)
    try:
        scan.cfws()
        return "" if scan.starts_result() else scan.authserv_id()
    except sender.MalformedAuthResults:
        return ""


def assert_read_alike(header: str) -> bool:
    """True when the fast path read the header."""
    fast = sender._parse_common(header)
    try:
        scanned = sender._parse_scanning(header)
    except sender.MalformedAuthResults as exc:
        assert fast is None, f"the fast path read a header the scanner refuses ({exc}): {header!r}"
    else:
        assert fast is None or fast == scanned, header
    assert sender.authserv_id(header) == _scanned_authserv_id(header), header
    return fast is not None


PIECES = [*FRAGMENTS, "mx.google.com", "mx 1", "1", "/", "/1", "NONE", "None;", "reason=", 'reason="a;b"',
          "(c)", "(a;b)", "(x (y) z)", "((", "))", '""', '"q"', '"a@b"', '"a\\"b"', "header", "d", "i", "from",
          "smtp.mailfrom=", "@evil.example.", "\n", "\r\n", "\u3000", "\x85", "\x00", "山", "?", ",", "[", "<", "_"]
HEADER_SOUP = st.lists(st.sampled_from(PIECES), max_size=18).map("".join)


@settings(max_examples=3000, deadline=None)
@given(prefix=st.sampled_from(["", "mx.google.com; ", "mx 1; ", "a.b(c)2;", " (c) mx;", '"mx";']), rest=HEADER_SOUP)
@example(prefix="", rest="dkim (a (b)) = pass")
@example(prefix="", rest="mx (a (b)) 1; dmarc=pass")
@example(prefix="mx; ", rest='spf=pass smtp.mailfrom="a"@"b"')
def test_the_fast_path_reads_any_text_as_the_scanner_does(prefix, rest):
    assert_read_alike(prefix + rest)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(sorted(TEMPLATES)), slot=st.sampled_from(sorted(GENUINE_SLOTS)),
       text=ATTACKER_TEXT, raw=st.booleans(), dmarc=st.sampled_from([None, "pass", "fail", "none"]),
       dkim=st.sampled_from([None, "pass", "fail", "none"]),
       cut=st.integers(0, 400), insert=st.sampled_from(["", *PIECES]))
def test_the_fast_path_reads_mutated_provider_headers_as_the_scanner_does(template, slot, text, raw, dmarc, dkim,
                                                                          cut, insert):
    value = text if raw else _quoted(text) + "@evil.example"
    header = _header(template, dmarc, dkim, {slot: value})
    assert_read_alike(header)
    cut = min(cut, len(header))
    assert_read_alike(header[:cut] + insert + header[cut:])
    assert_read_alike(header[:cut] + header[cut + 1:])


@settings(max_examples=500, deadline=None)
@given(rendered_header())
def test_the_fast_path_reads_rendered_headers_as_the_scanner_does(case):
    assert_read_alike(case[0])


@pytest.mark.parametrize("provider", sorted(set(GENUINE) - {"version and nested comment"}))
def test_genuine_headers_take_the_fast_path(provider):
    assert assert_read_alike(sender.without_provider_notes(GENUINE[provider]))


def test_every_header_of_the_corpus_takes_the_fast_path():
    """What the throughput benchmark measures: the corpus's headers, Gmail's
    quoted envelope senders included, never fall back to the scanner."""
    from pathlib import Path

    from certmerge_mail.adapters.parsing import parse

    headers = [h for path in sorted((Path(__file__).parent / "corpus").glob("*.eml"))
               for h in parse(path.read_bytes()).auth_results]
    assert len(headers) > 400
    assert all(assert_read_alike(h) for h in headers)
    assert sum('"' in h for h in headers) > 10


# --- the provider's block, and results written where they cannot be ----------

ICLOUD = (
    "bimi.icloud.com; bimi=skipped reason=insufficient-dmarc-policy",
    "dmarc.icloud.com; dmarc=pass header.from=amazon.com",
    "dkim-verifier.icloud.com; dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=MQvIdwC+",
    "spf.icloud.com; spf=pass smtp.mailfrom=0100@amazonses.com",
)


def test_a_provider_that_splits_its_results_is_read_as_one_block():
    assert sender.check_sender("support@amazon.com", "AWS", ICLOUD).verified is True
    failing = (ICLOUD[0], "dmarc.icloud.com; dmarc=fail header.from=amazon.com", *ICLOUD[2:])
    assert sender.check_sender("support@amazon.com", "AWS", failing).verified is False
    # a forged sibling below the provider's block cannot add a second verdict
    forged = (ICLOUD[0], "dmarc.icloud.com; dmarc=fail header.from=amazon.com",
              "dmarc.icloud.com; dmarc=pass header.from=amazon.com")
    assert sender.check_sender("support@amazon.com", "AWS", forged).verified is False


def test_a_header_with_its_own_dmarc_verdict_is_not_joined_with_earlier_hops():
    top = "smtp-in.example.it; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"
    lower = "spamfilter.example.it; dmarc=fail header.from=amazon.com"
    assert sender.check_sender("support@amazon.com", "AWS", (top, lower)).verified is True


@pytest.mark.parametrize("header", [
    "mx.google.com; dkim=fail header.i=evil.example\tdmarc=pass@amazon.com; dmarc=pass header.from=amazon.com",
    "mx.google.com; dkim=fail header.i=evil.example;dmarc=pass\theader.from=amazon.com@amazon.com",
    "mx.google.com; dmarc=pass header.from=amazon.com; dmarc=pass header.from=amazon.com",
    "mx.google.com; dkim=fail header.i=evil.example\theader.from=amazon.com@amazon.com; dmarc=pass header.from=amazon.com",
])
def test_results_smuggled_into_values_never_pass(header):
    assert verified(header) is not True


@given(st.text(alphabet=st.sampled_from("dDmMaArRcC=  .-_xK\u212aıİſ;"), max_size=14), st.data())
@settings(max_examples=3000, deadline=None)
def test_the_dmarc_search_finds_what_the_plain_pattern_finds(text, data):
    plain = re.compile(sender.HAS_DMARC, re.IGNORECASE)
    pos = data.draw(st.integers(0, len(text)))
    found, expected = sender._HAS_DMARC.search(text, pos), plain.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())
