"""Sender verification from the trusted Authentication-Results header."""

import pytest

from certmerge_mail.core.sender import Family, check_sender, lookalike_family, parse_results

GMAIL_PASS = ("mx.google.com; dkim=pass header.i=@amazon.com header.s=abc header.b=X; "
              "spf=pass (google.com: domain of x@email.amazonses.com designates 1.2.3.4) smtp.mailfrom=x@email.amazonses.com; "
              "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
GMAIL_FAIL = "mx.google.com; dkim=fail header.i=@amazon.com; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=QUARANTINE) header.from=amazon.com"
M365 = ("spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified) "
        "header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100")


def test_dmarc_pass_on_a_genuine_domain():
    s = check_sender("aws-cs-trainingcertification-form@amazon.com", "Amazon Web Services", (GMAIL_PASS,))
    assert s.family is Family.AWS and s.verified is True


def test_only_the_topmost_header_counts():
    forged_below = (GMAIL_FAIL, GMAIL_PASS)
    assert check_sender("no-reply-aws@amazon.com", "", forged_below).verified is False


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
    assert results[0].prop("header.i") == "amazon.com"


def test_microsoft_365_header_without_authserv_id():
    header = ("spf=pass (sender IP is 54.240.1.1) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified) "
              "header.d=amazon.com;dmarc=pass action=none header.from=amazon.com;compauth=pass reason=100")
    assert [(r.method, r.result) for r in parse_results(header)][:3] == [("spf", "pass"), ("dkim", "pass"), ("dmarc", "pass")]
    assert check_sender("no-reply-aws@amazon.com", "", (header,)).verified is True
    failing = header.replace("dmarc=pass", "dmarc=fail").replace("dkim=pass", "dkim=fail")
    assert check_sender("no-reply-aws@amazon.com", "", (failing,)).verified is False
