#!/usr/bin/env python3
"""Generator for blind set 138: AWS Certification account-merge mail (confirmation requests
and look-alikes).  Writes NNN-slug.eml files and labels.json into this folder."""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(138)
GEN_POLICY = policy.compat32.clone(max_line_length=0, linesep="\n")

MAILS = []  # (fname, label, msg)


# --------------------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, off=0):
    """aware datetime; off = utc offset in hours of the *display* zone"""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def utc(t):
    return t.astimezone(dt.timezone.utc)


def fmt(t):
    return format_datetime(t)


def gdate(t):
    """Date as Gmail writes it in Received (Pacific time)"""
    pac = dt.timezone(dt.timedelta(hours=-7 if 3 <= t.month <= 10 else -8))
    x = t.astimezone(pac)
    return format_datetime(x) + (" (PDT)" if 3 <= t.month <= 10 else " (PST)")


def case15(t):
    return "%d%05d" % (int(utc(t).timestamp()), rng.randint(0, 99999))


def rb64(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ses_id(t, region=None):
    ms = int(utc(t).timestamp() * 1000)
    dom = "email.amazonses.com" if not region else region + ".amazonses.com"
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def ses_mailfrom(t):
    ms = int(utc(t).timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def dkim(d, s, t, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s" % (
                s, d, int(utc(t).timestamp()), h, rb64(32), rb64(96)[:76], rb64(96)[:76]))


def enc_hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76)


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         codec=None):
    """A single text part. codec: python codec used to make the bytes (default charset);
    label: charset written in the header (may be wrong on purpose)."""
    raw = text.encode(codec or charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        p.set_payload(raw)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def build(body, headers):
    items = body.items()
    for k in {k for k, _ in items}:
        del body[k]
    for k, v in headers:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in items:
        body[k] = v
    return body


def add(slug, label, msg):
    n = len(MAILS) + 1
    fname = "%03d-%s.eml" % (n, slug)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    MAILS.append((fname, lab, msg))


def L(kind, case, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case, "account_ids": list(ids),
            "sender_verified": verified, "language": lang}


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------- senders
SES_IPS = ["54.240.8.31", "54.240.8.86", "54.240.48.93", "54.240.11.17", "54.240.27.52",
           "54.240.9.104", "54.240.48.110", "54.240.8.207"]
AMZ_SEL = "rjgvfbkqbupwogzkn3lqwuqkb3nwmdn2"
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")


def ses_ip():
    ip = rng.choice(SES_IPS)
    a = ip.split(".")
    return ip, "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


# ----- receiving-provider header blocks.  Each returns list of (name, value) for the top.
def gmail_top(rcpt, t, mailfrom, ip, helo, dkims, spf="pass", dmarc="pass",
              fromdom="amazon.com", p="QUARANTINE", sp="QUARANTINE"):
    """dkims: list of (domain, selector, result)"""
    arr = t + dt.timedelta(seconds=rng.randint(1, 5))
    spf_txt = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
               "fail": "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
               "softfail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
               "none": "spf=none (google.com: %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (mailfrom, mailfrom)}[spf]
    parts = ["mx.google.com"]
    for d, s, r in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, rb64(6)[:8]))
    parts.append(spf_txt)
    if dmarc == "pass":
        parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (p, sp, fromdom))
    elif dmarc == "fail":
        parts.append("dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (p, sp, "QUARANTINE" if p != "NONE" else "NONE", fromdom))
    else:
        parts.append("dmarc=%s header.from=%s" % (dmarc, fromdom))
    ar = ";\n       ".join(parts)
    gid = rhex(4)
    return [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), rb64(9).replace("+", "a").replace("/", "b")[:12].lower(), gdate(arr))),
        ("X-Google-Smtp-Source", rb64(60)[:78]),
        ("X-Received", "by 2002:a17:90a:%s:b0:%s:%s with SMTP id %s.%s.%s;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(14), rng.randint(100, 999), rng.randint(1, 9), gdate(arr))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(utc(arr).timestamp()), rb64(90))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), rb64(90))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            helo, helo, ip, rhex(13), rhex(11), rng.randint(1000000, 9999999), rng.choice(["qtb", "wra", "ejc", "lfb", "ada"]),
            rng.randint(1, 999), utc(arr).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, gdate(arr))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]


def outlook_top(rcpt, t, mailfrom, ip, helo, dkim_d, dkim_res="pass", spf="pass",
                dmarc="pass", fromdom="amazon.com", compauth="pass reason=100",
                tenant="EUR"):
    arr = t + dt.timedelta(seconds=rng.randint(1, 6))
    mfdom = mailfrom.split("@")[-1]
    pre = {"EUR": ["AM9P195CA0012.EURP195.PROD.OUTLOOK.COM", "AMS0EPF000001A9.eurprd05.prod.outlook.com", "DB9PR02MB7275.eurprd02.prod.outlook.com"],
           "NAM": ["BN9PR03CA0512.namprd03.prod.outlook.com", "BN2PEPF000044A7.namprd04.prod.outlook.com", "SA1PR04MB8451.namprd04.prod.outlook.com"]}[tenant]
    dk = "dkim=%s (signature was verified) header.d=%s" % (dkim_res, dkim_d) if dkim_res == "pass" else "dkim=%s (no signature) header.d=none" % dkim_res if dkim_res == "none" else "dkim=%s (body hash did not verify) header.d=%s" % (dkim_res, dkim_d)
    spf_t = "spf=%s (sender IP is %s) smtp.mailfrom=%s" % (spf, ip, mfdom)
    ar = "%s; %s;dmarc=%s action=%s header.from=%s;compauth=%s" % (
        spf_t, dk, dmarc, "none" if dmarc == "pass" else "quarantine" if dmarc == "fail" else "none", fromdom, compauth)
    return [
        ("Received", "from %s (2603:10a6:20b:4f2::13) by\n %s with HTTPS; %s" % (pre[1], pre[2], fmt(utc(arr)))),
        ("Received", "from %s (2603:10a6:20b:4b8::9) by\n %s (2603:10a6:20b:4f2::13) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            pre[0], pre[1], rng.randint(8000, 9400), rng.randint(10, 40), fmt(utc(arr)))),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
            spf.capitalize(), mfdom, "designates" if spf == "pass" else "does not designate", ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            helo, ip, pre[0], rng.randint(2, 250), rng.randint(8000, 9400), rng.randint(10, 40), fmt(utc(arr)))),
        ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % utc(arr).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + " (UTC)"),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("X-MS-Exchange-Organization-AuthSource", pre[0]),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("Return-Path", mailfrom),
    ]


def generic_top(authserv, rcpt, t, mailfrom, ip, helo, dkim_d, dkim_res="pass", spf="pass",
                dmarc="pass", fromdom="amazon.com", mx=None, extra=None):
    arr = t + dt.timedelta(seconds=rng.randint(2, 20))
    mx = mx or authserv
    ar = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mailfrom, dkim_res, dkim_d, "selector1", dmarc, fromdom)
    if extra:
        ar += ";\n\t" + extra
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", rcpt),
        ("Received", "from %s ([%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, ip, mx, rhex(10).upper(), rcpt, fmt(arr))),
        ("Authentication-Results", ar),
    ]


def aws_top(provider, rcpt, t, **kw):
    """headers for a genuine SES-sent amazon.com mail arriving at provider"""
    ip, helo = ses_ip()
    mf = ses_mailfrom(t)
    if provider == "gmail":
        return gmail_top(rcpt, t, mf, ip, helo, [("amazon.com", AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")], **kw)
    if provider in ("outlook", "o365"):
        return outlook_top(rcpt, t, mf, ip, helo, "amazon.com", tenant=kw.pop("tenant", "NAM" if provider == "outlook" else "EUR"), **kw)
    if provider == "nifty":
        arr = t + dt.timedelta(seconds=rng.randint(2, 20))
        return [
            ("Return-Path", "<%s>" % mf),
            ("Received", "from mfilter-%03d.nifty.com by mx-in%02d.nifty.com with ESMTP\n          id <%s.%s@mx-in%02d.nifty.com> for <%s>; %s" % (
                rng.randint(1, 120), rng.randint(1, 9), rhex(16), rhex(6), rng.randint(1, 9), rcpt, fmt(arr.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
            ("Authentication-Results", "mfilter.nifty.com; spf=pass smtp.mailfrom=%s;\n dkim=pass header.d=amazon.com header.s=%s;\n dkim=pass header.d=amazonses.com header.s=%s;\n dmarc=pass header.from=amazon.com" % (mf, AMZ_SEL, SES_SEL)),
            ("Received", "from %s ([%s]) by mfilter.nifty.com with ESMTP\n          id <%s@mfilter.nifty.com>; %s" % (
                helo, ip, rhex(20), fmt(arr.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
        ]
    if provider == "sonet":
        arr = t + dt.timedelta(seconds=rng.randint(2, 20))
        return [
            ("Return-Path", "<%s>" % mf),
            ("Received", "from %s (%s [%s])\n\tby mx-s%02d.so-net.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                helo, helo, ip, rng.randint(1, 9), rhex(11).upper(), rcpt, fmt(arr.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
            ("Authentication-Results", "mx-s.so-net.ne.jp; dkim=pass (2048-bit key) header.d=amazon.com\n\theader.i=@amazon.com; dkim=pass (1024-bit key) header.d=amazonses.com;\n\tspf=pass smtp.mailfrom=email.amazonses.com; dmarc=pass (p=quarantine dis=none)\n\theader.from=amazon.com"),
        ]
    if provider == "fastmail":
        arr = t + dt.timedelta(seconds=rng.randint(2, 20))
        return [
            ("Return-Path", "<%s>" % mf),
            ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus) with LMTPA;\n\t %s" % (
                rng.randint(1, 9), rng.randint(1, 9), rng.randint(40, 50), rng.randint(10, 60), fmt(arr))),
            ("X-Delivered-to", rcpt),
            ("Received", "from mx%d ... by compute%d.internal (LMTPProxy); %s" % (rng.randint(1, 8), rng.randint(1, 9), fmt(arr))),
            ("Authentication-Results", "mx%d.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n    dmarc=pass policy.published-domain-policy=quarantine\n      policy.published-subdomain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,sp=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=amazon.com;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s" % (
                rng.randint(1, 8), rb64(6)[:8], AMZ_SEL, rb64(6)[:8], SES_SEL, ip, helo, mf, helo)),
            ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
                helo, helo, ip, rng.randint(1, 8), rcpt, fmt(arr))),
        ]
    if provider == "icloud":
        arr = t + dt.timedelta(seconds=rng.randint(2, 20))
        return [
            ("Return-Path", "<%s>" % mf),
            ("Original-recipient", "rfc822;%s" % rcpt),
            ("Received", "from %s ([%s]) by p%02d-mailgateway-smtp-%s.ms.icloud.com (Postfix) with ESMTPS id %s\n for <%s>; %s" % (
                helo, ip, rng.randint(10, 99), rhex(16), rhex(10).upper(), rcpt, fmt(utc(arr)))),
            ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
            ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s" % (rb64(6)[:8], rb64(6)[:8])),
            ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf)),
        ]
    raise ValueError(provider)


def aws_sign(t):
    return [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, t)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL, t,
                                    h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]


def aws_mail(provider, rcpt_hdr, rcpt, t, sender, subject, body, region=None, extra=(), **kw):
    hdrs = aws_top(provider, rcpt, t, **kw) if provider else []
    hdrs += aws_sign(t)
    hdrs += [("From", addr(*sender)),
             ("To", rcpt_hdr),
             ("Subject", enc_hdr(subject) if isinstance(subject, str) else subject),
             ("Date", fmt(utc(t))),
             ("Message-ID", ses_id(t, region))]
    hdrs += list(extra)
    hdrs += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]),
             ("X-SES-Outgoing", utc(t).strftime("%Y.%m.%d-") + rng.choice(SES_IPS))]
    return build(body, hdrs)


# ============================================================================ people
DAN = ("Daniel Okafor", "daniel.okafor.dev@gmail.com")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
MARCO = ("Marco Bellini", "m.bellini@bellini-consulting.it")
SATO = ("佐藤 健太", "kenta.sato@nifty.com")
NAKA = ("中村 美咲", "misaki.nakamura@so-net.ne.jp")
HANNAH = ("Hannah Schultz", "hannah.schultz@fastmail.com")
KENJI = ("Kenji Watanabe", "kenji.watanabe.cloud@gmail.com")
SOFIA = ("Sofia Alvarez", "sofia.alvarez@icloud.com")
LIAM = ("Liam O'Brien", "liam.obrien82@hotmail.com")
AHMED = ("Ahmed Siddiqui", "ahmed.siddiqui.eng@gmail.com")


def to(p):
    return addr(*p)


FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"
FORM_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this "
             "correspondence using the AWS Training and Certification support feedback link below.\n\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a "
             "registered trademark of Amazon.com, Inc. This message was produced and distributed by "
             "Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")


def console_foot(case):
    return ("\n\nTo see the full case history and reply, please visit the Support Center:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Note: This e-mail was sent from an address that cannot accept incoming e-mail. "
            "To respond to this case, please follow the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a "
            "registered trademark of Amazon.com, Inc. This message was produced and distributed by "
            "Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210." % case)


# ============================================================================ mails
# ---------------------------------------------------------------- thread 1: Daniel, form case, Gmail
t1 = T(2025, 3, 10, 14, 22, 5)
C1 = case15(t1)
D_KEEP, D_OLD = "AWS02871546", "AWS03915287"

body = part(
    "Hello,\n\n"
    "Thank you for contacting AWS Training and Certification. This message confirms that your "
    "inquiry has been received and logged under case %s.\n\n"
    "A member of our team will review the information you submitted and respond to this e-mail "
    "address, normally within 24 hours. Please do not open an additional case for the same "
    "question, as this may delay our response.\n\n"
    "Inquiry type: AWS Training and Certification\n"
    "Detail: Account Merge\n"
    "Submitted: %s\n\n"
    "Sincerely,\nAWS Training and Certification Support" % (C1, utc(t1).strftime("%Y-%m-%d %H:%M UTC")) + FORM_FOOT,
    cte="7bit", charset="us-ascii")
add("form-inquiry-logged", L("case_created", C1, [], True),
    aws_mail("gmail", to(DAN), DAN[1], t1 + dt.timedelta(seconds=4), FORM,
             "[CASE %s] We received your AWS Training and Certification inquiry" % C1, body))

t = T(2025, 3, 11, 16, 40, 12)
D_REQ = (
    "Hello Daniel,\n\n"
    "Thank you for contacting AWS Training and Certification Support.\n\n"
    "I have reviewed the two certification profiles associated with your request:\n\n"
    "  \u2022 %s (sign-in e-mail: daniel.okafor.dev@gmail.com) \u2013 this profile holds your AWS "
    "Certified Solutions Architect \u2013 Associate and will remain active.\n"
    "  \u2022 %s (sign-in e-mail: d.okafor@northwind-logistics.com) \u2013 the certification "
    "history of this profile will be moved into %s, after which the profile will be deactivated.\n\n"
    "Please be aware that once the profiles are combined the change cannot be reversed, and you "
    "will no longer be able to sign in with the second address.\n\n"
    "Before I submit the request, please reply to this e-mail stating that the above is correct "
    "and that you would like us to go ahead.\n\n"
    "Best regards,\n\nFarah K.\nAWS Training and Certification" % (D_KEEP, D_OLD, D_KEEP))
add("form-agent-asks-go-ahead", L("merge_confirmation_requested", C1, [D_KEEP, D_OLD], True),
    aws_mail("gmail", to(DAN), DAN[1], t, FORM, FORM_SUBJ % C1, part(D_REQ + FORM_FOOT)))

t_user = T(2025, 3, 12, 8, 5, 0, -7)
t = T(2025, 3, 12, 19, 31, 50)
hist = ("On Wed, Mar 12, 2025 at 8:05\u202fAM Daniel Okafor <%s> wrote:\n" % DAN[1] +
        quote("The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n\n"
              "On Tue, Mar 11, 2025 at 9:40\u202fAM Amazon Web Services <%s> wrote:\n" % FORM[1] +
              quote(D_REQ)))
body = part(
    "Hi Daniel,\n\n"
    "Thanks for getting back to me so quickly. I have passed your request to the team that "
    "handles profile changes and they will start on it now. I will update this case as soon as "
    "I hear back from them, usually within 3 to 5 business days.\n\n"
    "There is nothing further you need to do in the meantime.\n\n"
    "Best regards,\n\nFarah K.\nAWS Training and Certification\n\n" + hist + FORM_FOOT)
add("thanks-passed-to-team", L("support_reply", C1, [], True),
    aws_mail("gmail", to(DAN), DAN[1], t, FORM, FORM_SUBJ % C1, body))

t = T(2025, 3, 14, 11, 2, 33)
body = part(
    "Hello Daniel,\n\n"
    "The work on your request is finished. Everything that was recorded on %s \u2013 your exam "
    "history, the AWS Certified Cloud Practitioner and the AWS Certified Developer \u2013 Associate "
    "\u2013 now sits under %s, and the older sign-in (d.okafor@northwind-logistics.com) has been "
    "retired.\n\n"
    "From now on please sign in with daniel.okafor.dev@gmail.com only. If your Credly badges have "
    "not appeared on the surviving profile within 48 hours, simply reply to this e-mail.\n\n"
    "Best regards,\n\nFarah K.\nAWS Training and Certification\n\n"
    "-----Previous correspondence-----\n" % (D_OLD, D_KEEP) +
    quote("From: Amazon Web Services <%s>\nSent: 11 March 2025 16:40 UTC\n\n" % FORM[1] + quote(D_REQ))
    + FORM_FOOT, cte="base64")
add("records-now-under-surviving", L("merge_completed", C1, [D_KEEP, D_OLD], True),
    aws_mail("gmail", to(DAN), DAN[1], t, FORM, FORM_SUBJ % C1, body))

t = T(2025, 3, 14, 11, 9, 2)
txt = ("Hello,\n\nYour AWS Training and Certification case %s has been resolved.\n\n"
       "Was your issue resolved?\n  YES: https://aws-tc-feedback.amazon.com/s?c=%s&r=1\n"
       "  NO:  https://aws-tc-feedback.amazon.com/s?c=%s&r=0\n\n"
       "How would you rate the support you received? It takes less than a minute and helps us "
       "improve.\n\nThank you,\nAWS Training and Certification" % (C1, C1, C1))
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
        "<p>Hello,</p><p>Your AWS Training and Certification case <b>%s</b> has been resolved.</p>"
        "<table cellpadding=\"8\"><tr><td colspan=\"2\"><b>Was your issue resolved?</b></td></tr>"
        "<tr><td><a href=\"https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=1\" style=\"background:#ff9900;color:#000;padding:6px 18px;text-decoration:none\">YES</a></td>"
        "<td><a href=\"https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=0\" style=\"background:#232f3e;color:#fff;padding:6px 18px;text-decoration:none\">NO</a></td></tr></table>"
        "<p>How would you rate the support you received? It takes less than a minute and helps us improve.</p>"
        "<p>Thank you,<br>AWS Training and Certification</p></body></html>" % (C1, C1, C1))
add("case-resolved-yes-no", L("survey", C1, [], True),
    aws_mail("gmail", to(DAN), DAN[1], t, FORM,
             "Your AWS Training and Certification case %s has been resolved" % C1,
             alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html"))))


def credly_top(provider, rcpt, t):
    ip = "149.72.%d.%d" % (rng.randint(100, 250), rng.randint(1, 250))
    helo = "o%d.email.credly.com" % rng.randint(1, 9)
    mf = "bounces+%d-%s-%s=%s@em.credly.com" % (rng.randint(1000000, 9999999), rhex(4), rcpt.split("@")[0], rcpt.split("@")[1])
    if provider == "gmail":
        return gmail_top(rcpt, t, mf, ip, helo, [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                         fromdom="credly.com", p="REJECT", sp="REJECT")
    if provider == "icloud":
        h = aws_top("icloud", rcpt, t)
        h[0] = ("Return-Path", "<%s>" % mf)
        h[3] = ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=credly.com")
        h[4] = ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b=%s" % rb64(6)[:8])
        h[5] = ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        return h
    return outlook_top(rcpt, t, mf, ip, helo, "credly.com", fromdom="credly.com")


def credly_mail(provider, rcpt_p, t, subject, body, via="Amazon Web Services Training and Certification"):
    hdrs = credly_top(provider, rcpt_p[1], t)
    hdrs += [("DKIM-Signature", dkim("credly.com", "s1", t, h="from:reply-to:subject:mime-version:to:content-type:cc:content-type:from:subject:to")),
             ("From", '"%s via Credly" <admin@credly.com>' % via if via else "Credly <admin@credly.com>"),
             ("Reply-To", "support@credly.com"),
             ("To", rcpt_p[1]),
             ("Subject", subject),
             ("Date", fmt(utc(t))),
             ("Message-ID", "<%s.%s@credly.com>" % (rhex(24), rng.randint(10000, 99999))),
             ("X-SG-EID", rb64(40)),
             ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?token=%s>" % rhex(32))]
    return build(body, hdrs)


t = T(2025, 3, 15, 2, 47, 18)
txt = ("Hi Daniel,\n\nAmazon Web Services Training and Certification has transferred your badge "
       "\"AWS Certified Developer \u2013 Associate\" to this Credly account following an update to "
       "your certification record.\n\nAccept your badge:\nhttps://www.credly.com/badges/%s-%s-%s-%s-%s/accept\n\n"
       "Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or embed it on "
       "your website.\n\nThe Credly Team" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
html = ("<!DOCTYPE html><html><body style=\"margin:0;background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Helvetica,Arial\">"
        "<tr><td style=\"padding:24px\"><img src=\"https://images.credly.com/images/%s/image.png\" width=\"120\" alt=\"AWS Certified Developer \u2013 Associate\"></td></tr>"
        "<tr><td style=\"padding:0 24px\"><h2>Your badge has been transferred</h2>"
        "<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has transferred your badge "
        "<b>AWS Certified Developer \u2013 Associate</b> to this Credly account following an update to your certification record.</p>"
        "<p><a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none\">Accept your badge</a></p>"
        "<p style=\"color:#666;font-size:12px\">Credly, 13 W 36th St, New York, NY 10018</p></td></tr></table></body></html>" % rhex(36))
add("credly-badge-transferred", L("credly_badge_issued", None, [], True),
    credly_mail("gmail", DAN, t, "Your AWS Certified Developer \u2013 Associate badge has been transferred to you",
                alt(part(txt), part(html, "html"))))

# ---------------------------------------------------------------- thread 2: Priya, console case, Outlook.com
t2 = T(2025, 6, 2, 9, 12, 40)
C2 = case15(t2)
P_KEEP, P_OLD = "AWS04418823", "AWS01976054"
body = part(
    "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
    "The details of your case are as follows:\n\n"
    "Case ID: %s\n"
    "Subject: Two certification accounts - need them combined\n"
    "Severity: General guidance\n"
    "Correspondence: Hi, I have two AWS Certification accounts, aws-04418823 (current) and "
    "AWS01976054 (from my previous employer). I would like to have a single account with all of my "
    "certifications. Thanks, Priya\n\n"
    "We will respond as soon as possible. You can review, update, or add information to this case "
    "from the Support Center." % (C2, C2) + console_foot(C2), cte="quoted-printable")
add("console-new-case-opened", L("case_created", C2, [P_KEEP, P_OLD], True),
    aws_mail("outlook", to(PRIYA), PRIYA[1], t2 + dt.timedelta(seconds=9), CONSOLE,
             "Amazon Web Services: You have opened a new Support case: %s" % C2, body))

t = T(2025, 6, 3, 14, 55, 2)
body = part(
    "Hello Priya,\n\n"
    "Thank you for reaching out. I can certainly help bring your certifications together under one "
    "account. To make sure we keep the right record, could you please reply with the following:\n\n"
    "1. Which of the two accounts you would like to keep as the primary one \u2013 aws04418823 or "
    "aws01976054?\n"
    "2. The e-mail address you use to sign in to each account.\n"
    "3. The notification e-mail address shown on each account profile, if different.\n\n"
    "As soon as I have these details I will set out the next steps for you.\n\n"
    "Best regards,\n\nTomasz W.\nAmazon Web Services\n\n"
    "We value your feedback. Please share your experience by rating this and other "
    "correspondences in the AWS Support Center. You can rate a correspondence by selecting the "
    "stars in the top right corner of the correspondence." + console_foot(C2), cte="quoted-printable")
add("agent-asks-which-to-keep", L("support_reply", C2, [P_KEEP, P_OLD], True),
    aws_mail("outlook", to(PRIYA), PRIYA[1], t, CONSOLE,
             "RE:[CASE %s] Two certification accounts - need them combined" % C2, body))

t = T(2025, 6, 4, 17, 20, 44)
html = (
    "<html><head><meta charset=\"utf-8\"></head><body>"
    "<div style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f\">"
    "<p>Hello Priya,</p>"
    "<p>Thank you for the information. Based on your reply, this is what our team will do:</p>"
    "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
    "<tr><th align=\"left\">Account</th><th align=\"left\">Sign-in e-mail</th><th align=\"left\">After the change</th></tr>"
    "<tr><td>AWS04418823</td><td>priya.raman@outlook.com</td><td>Kept &ndash; becomes your only account</td></tr>"
    "<tr><td>AWS01976054</td><td>priya.r@contoso-analytics.com</td><td>Certifications and exam history moved to AWS04418823; account closed</td></tr>"
    "</table>"
    "<p><b>Please note:</b> this change is permanent and cannot be undone once it has been carried out.</p>"
    "<p>If everything above is correct, please respond to this case in the Support Center with "
    "&ldquo;I confirm&rdquo; so that I can submit it. If anything needs to change, let me know instead.</p>"
    "<p>Best regards,<br><br>Tomasz W.<br>Amazon Web Services</p>"
    "<hr><p style=\"font-size:12px;color:#545b64\">To see the full case history and reply, please visit the "
    "<a href=\"https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en\">Support Center</a>.<br>"
    "Note: This e-mail was sent from an address that cannot accept incoming e-mail.</p>"
    "</div></body></html>" % C2)
add("console-html-table-i-confirm", L("merge_confirmation_requested", C2, [P_KEEP, P_OLD], True),
    aws_mail("outlook", to(PRIYA), PRIYA[1], t, CONSOLE,
             "RE:[CASE %s] Two certification accounts - need them combined" % C2,
             part(html, "html", cte="quoted-printable")))

t = T(2025, 6, 9, 15, 3, 9)
body = part(
    "Hello Priya,\n\n"
    "I am following up on my message of 4 June, as I have not yet received your go-ahead.\n\n"
    "To recap the proposed change:\n"
    "    Account to keep:           AWS04418823 (priya.raman@outlook.com)\n"
    "    Account to be folded in:   AWS01976054 (priya.r@contoso-analytics.com)\n\n"
    "Because this cannot be reversed, we only proceed once the account owner has explicitly "
    "agreed. If the above is what you want, please answer this case with your confirmation and I "
    "will submit it straight away.\n\n"
    "If we do not hear from you within 7 days, the case will be closed automatically.\n\n"
    "Best regards,\n\nTomasz W.\nAmazon Web Services" + console_foot(C2), cte="base64")
add("reminder-recap-awaiting-ok", L("merge_confirmation_requested", C2, [P_KEEP, P_OLD], True),
    aws_mail("outlook", to(PRIYA), PRIYA[1], t, CONSOLE,
             "RE:[CASE %s] Two certification accounts - need them combined" % C2, body))

# ---------------------------------------------------------------- 11: Priya closure after no reply
t = T(2025, 6, 17, 3, 14, 27)
txt = ("Hello,\n\nWe haven't heard back from you regarding case %s (Two certification accounts - "
       "need them combined), so we have marked it as resolved.\n\n"
       "If you still need help with this request, you can reopen the case from the Support Center "
       "within 14 days by adding a reply. After that, please open a new case and mention this case "
       "number.\n\n"
       "How did we do? We would appreciate it if you took a moment to rate your experience:\n"
       "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true\n\n"
       "Thank you for using Amazon Web Services.\n" % (C2, C2) + console_foot(C2))
add("case-auto-resolved-no-answer", L("survey", C2, [], True),
    aws_mail("outlook", to(PRIYA), PRIYA[1], t, CONSOLE,
             "Amazon Web Services: Your Support case %s has been resolved" % C2,
             part(txt, cte="quoted-printable")))

# ---------------------------------------------------------------- thread 3: Marco, form case, company O365
t3 = T(2025, 9, 15, 7, 48, 31)
C3 = case15(t3)
M_KEEP, M_OLD = "AWS05530918", "AWS02264170"
t = T(2025, 9, 16, 13, 6, 45)
txt = ("Hello Marco,\n\n"
       "Thanks for writing in. Can you please verify that AWS 05530918 should stay as your active "
       "profile and that aws-02264170 should be folded into it?\n\n"
       "This is irreversible. A short reply such as \"Yes, go ahead\" is enough.\n\n"
       "Kind regards,\nAnneliese\nAWS Training and Certification" + FORM_FOOT)
html = ("<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">"
        "<p>Hello Marco,</p>"
        "<p>Thanks for writing in. I found two certification profiles under your name:</p>"
        "<ul><li><b>AWS 05530918</b> &ndash; marco.bellini@bellini-consulting.it &ndash; AWS Certified "
        "DevOps Engineer &ndash; Professional, AWS Certified SysOps Administrator &ndash; Associate</li>"
        "<li><b>aws-02264170</b> &ndash; marco.bellini@gmail.com &ndash; AWS Certified Cloud Practitioner "
        "(2021), one unused 50% exam discount</li></ul>"
        "<p>Can you please verify that <b>AWS 05530918</b> should stay as your active profile and that "
        "<b>aws-02264170</b> should be folded into it? After this, aws-02264170 can no longer be used "
        "to sign in.</p>"
        "<p style=\"color:#b00\">This is irreversible.</p>"
        "<p>A short reply such as &quot;Yes, go ahead&quot; is enough.</p>"
        "<p>Kind regards,<br>Anneliese<br>AWS Training and Certification</p></div></body></html>")
add("verify-which-stays-alt-parts", L("merge_confirmation_requested", C3, [M_KEEP, M_OLD], True),
    aws_mail("o365", to(MARCO), MARCO[1], t, FORM, FORM_SUBJ % C3,
             alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="quoted-printable"))))

M_REQ_TXT = txt
t_yes = T(2025, 9, 16, 18, 12, 0, 2)
t = T(2025, 9, 17, 9, 40, 3)
body = part(
    "Hello Marco,\n\n"
    "Thank you for confirming. Before I hand this over, one more point: AWS02264170 still holds an "
    "unused 50%% exam discount that expires on 30 November 2025. Discounts are not always carried "
    "across automatically. Would you like us to try to move it to your remaining profile, or are "
    "you happy for it to lapse? Please let me know either way.\n\n"
    "Kind regards,\nAnneliese\nAWS Training and Certification\n\n"
    "________________________________\n"
    "From: Marco Bellini <%s>\n"
    "Sent: Tuesday, September 16, 2025 6:12 PM\n"
    "To: Amazon Web Services <%s>\n"
    "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    "Yes, go ahead. Thanks for the quick help.\n\n"
    "Marco Bellini\nBellini Consulting S.r.l. | Via Solferino 12, 20121 Milano\n\n"
    "________________________________\n"
    "From: Amazon Web Services <%s>\n"
    "Sent: Tuesday, September 16, 2025 3:06 PM\n"
    "To: Marco Bellini <%s>\n"
    "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    % (MARCO[1], FORM[1], C3, FORM[1], MARCO[1], C3) + M_REQ_TXT, cte="quoted-printable")
add("after-yes-voucher-question", L("support_reply", C3, [M_OLD], True),
    aws_mail("o365", to(MARCO), MARCO[1], t, FORM, FORM_SUBJ % C3, body))

t = T(2025, 9, 19, 16, 22, 51)
txt = ("Status update - case %s\n\n"
       "Primary profile:       AWS05530918\n"
       "Secondary profile:     AWS02264170\n"
       "Your approval:         received 16 September 2025\n"
       "Exam discount:         to be moved to the primary profile\n"
       "Current stage:         with our certification operations team\n"
       "Next update:           by 24 September 2025\n\n"
       "No action is required from you at this time.\n\n"
       "Kind regards,\nAnneliese\nAWS Training and Certification" % C3 + FORM_FOOT)
html = ("<html><body style=\"font-family:Arial;font-size:13px\"><h3 style=\"margin:0\">Status update &ndash; case %s</h3>"
        "<table cellpadding=\"4\"><tr><td>Primary profile</td><td><b>AWS05530918</b></td></tr>"
        "<tr><td>Secondary profile</td><td><b>AWS02264170</b></td></tr>"
        "<tr><td>Your approval</td><td>received 16 September 2025 &#10004;</td></tr>"
        "<tr><td>Exam discount</td><td>to be moved to the primary profile</td></tr>"
        "<tr><td>Current stage</td><td>with our certification operations team</td></tr>"
        "<tr><td>Next update</td><td>by 24 September 2025</td></tr></table>"
        "<p>No action is required from you at this time.</p><p>Kind regards,<br>Anneliese<br>AWS Training and Certification</p></body></html>" % C3)
add("status-table-no-action", L("support_reply", C3, [M_KEEP, M_OLD], True),
    aws_mail("o365", to(MARCO), MARCO[1], t, FORM, FORM_SUBJ % C3,
             alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="base64"))))

t = T(2025, 9, 23, 10, 58, 16)
txt = ("Hello Marco,\n\n"
       "I am closing case %s now that the consolidation has gone through: AWS02264170 is no "
       "longer active, and its certifications and the 50%% exam discount are listed under "
       "AWS05530918. Your Credly badges should follow within a few days.\n\n"
       "Was your issue resolved? Reply YES or NO to this e-mail, or rate us here:\n"
       "https://aws-tc-feedback.amazon.com/s?c=%s\n\n"
       "Kind regards,\nAnneliese\nAWS Training and Certification" % (C3, C3) + FORM_FOOT)
add("closing-consolidation-through", L("merge_completed", C3, [M_KEEP, M_OLD], True),
    aws_mail("o365", to(MARCO), MARCO[1], t, FORM, FORM_SUBJ % C3, part(txt)))

# ---------------------------------------------------------------- thread 4: 佐藤, form case in Japanese, nifty
t4 = T(2025, 5, 27, 23, 2, 14)
C4 = case15(t4)
S_KEEP, S_OLD = "AWS03301478", "AWS06120935"
JST = 9
body = part(
    "佐藤 健太 様\n\n"
    "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
    "お問い合わせをケース番号 %s として受け付けました。\n\n"
    "担当者が内容を確認のうえ、通常24時間以内に本メールアドレス宛てにご連絡いたします。\n"
    "同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございますので、"
    "あらかじめご了承ください。\n\n"
    "お問い合わせの種類：AWS Training and Certification\n"
    "詳細：Account Merge\n\n"
    "AWS トレーニングと認定 サポート\n\n"
    "追加の情報がございましたら、本メールにそのままご返信ください。" % C4,
    charset="iso-2022-jp", cte="7bit")
add("uketsuke-iso2022jp", L("case_created", C4, [], True, "ja"),
    aws_mail("nifty", to(SATO).replace(Header("佐藤 健太", "utf-8").encode(), Header("佐藤 健太", "iso-2022-jp").encode()),
             SATO[1], t4 + dt.timedelta(seconds=6), FORM,
             Header("[CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました" % C4, "iso-2022-jp").encode(maxlinelen=76),
             body))

S_REQ = ("佐藤 健太 様\n\n"
         "AWS トレーニングと認定サポートへお問い合わせいただき、ありがとうございます。\n"
         "担当の山本でございます。\n\n"
         "お申し出いただいた内容に基づき、以下のとおり認定アカウントを一つにまとめる予定です。\n\n"
         "■ 今後ご利用いただくアカウント：%s（ログイン：kenta.sato@nifty.com）\n"
         "■ 統合元のアカウント：%s（ログイン：k-sato@example-sier.co.jp）\n\n"
         "統合元アカウントの認定資格および受験履歴は今後ご利用いただくアカウントへ移され、"
         "統合元アカウントは無効となります。実施後に元の状態へ戻すことはできません。\n\n"
         "上記の内容で差し支えなければ、本メールにご返信のうえ、手続きを進めてよい旨を"
         "お知らせください。内容に誤りがある場合も、あわせてご連絡ください。\n\n"
         "どうぞよろしくお願いいたします。\n\n"
         "AWS トレーニングと認定 サポート\n山本" % (S_KEEP, S_OLD))
t = T(2025, 5, 29, 1, 37, 50)
add("yamamoto-kakunin-onegai", L("merge_confirmation_requested", C4, [S_KEEP, S_OLD], True, "ja"),
    aws_mail("nifty", to(SATO).replace(Header("佐藤 健太", "utf-8").encode(), Header("佐藤 健太", "iso-2022-jp").encode()),
             SATO[1], t, FORM,
             Header("RE:[CASE %s] 【AWS認定】アカウント統合に関するご確認のお願い（ご返信をお待ちしております）" % C4, "iso-2022-jp").encode(maxlinelen=76),
             part(S_REQ, charset="iso-2022-jp", cte="7bit")))

t = T(2025, 5, 30, 2, 10, 5)
body = ("佐藤 健太 様\n\n"
        "ご返信いただき、ありがとうございます。\n"
        "%s を %s へまとめる件について、ご意向を確かに承りました。\n\n"
        "これより社内の担当部署にて手続きを開始いたします。作業が終わりましたら、"
        "改めて本ケースにてご連絡いたします。通常3〜5営業日ほどお時間をいただいております。\n"
        "それまでの間、お客様にてご対応いただくことは特にございません。\n\n"
        "AWS トレーニングと認定 サポート\n山本\n\n"
        "2025年5月29日(木) 21:14 佐藤 健太 <%s>:\n" % (S_OLD, S_KEEP, SATO[1]) +
        quote("山本様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合を進めてください。\n\n佐藤\n\n"
              "2025年5月29日(木) 10:37 Amazon Web Services <%s>:\n" % FORM[1] + quote(S_REQ)))
add("ikou-uketamawarimashita-sjis", L("support_reply", C4, [S_KEEP, S_OLD], True, "ja"),
    aws_mail("nifty", to(SATO), SATO[1], t, FORM, FORM_SUBJ % C4,
             part(body, charset="shift_jis", codec="cp932", cte="base64")))

t = T(2025, 6, 2, 6, 45, 31)
body = ("佐藤 健太 様\n\n"
        "お待たせいたしました。\n"
        "%s に登録されていた認定資格および受験履歴を、%s へ移行いたしました。\n"
        "%s は無効化済みのため、今後は kenta.sato@nifty.com でサインインしてください。\n\n"
        "Credly のバッジは数日以内に反映される見込みです。反映されない場合は本メールにご返信ください。\n\n"
        "AWS トレーニングと認定 サポート\n山本\n\n"
        "-----Original Message-----\n"
        "From: Amazon Web Services <%s>\n"
        "Sent: 2025/05/29 10:37\n"
        "Subject: RE:[CASE %s] 【AWS認定】アカウント統合に関するご確認のお願い\n\n" % (S_OLD, S_KEEP, S_OLD, FORM[1], C4) + S_REQ)
add("ikou-itashimashita-with-history", L("merge_completed", C4, [S_KEEP, S_OLD], True, "ja"),
    aws_mail("nifty", to(SATO), SATO[1], t, FORM, FORM_SUBJ % C4, part(body, cte="base64")))

t = T(2025, 6, 2, 6, 51, 0)
txt = ("お客様各位\n\n"
       "ケース %s はクローズされました。\n\n"
       "今回のサポートについて、簡単なアンケートへのご協力をお願いいたします（所要時間：約1分）。\n"
       "https://aws-tc-feedback.amazon.com/s?c=%s&lang=ja\n\n"
       "問題は解決しましたか？ はい / いいえ\n\n"
       "今後のサービス向上に役立てさせていただきます。\n\nAWS トレーニングと認定" % (C4, C4))
html = ("<html><body><p>お客様各位</p><p>ケース <b>%s</b> はクローズされました。</p>"
        "<p>今回のサポートについて、簡単なアンケートへのご協力をお願いいたします（所要時間：約1分）。</p>"
        "<p><b>問題は解決しましたか？</b><br>"
        "<a href=\"https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=1&amp;lang=ja\">はい</a> &nbsp; "
        "<a href=\"https://aws-tc-feedback.amazon.com/s?c=%s&amp;r=0&amp;lang=ja\">いいえ</a></p>"
        "<p>今後のサービス向上に役立てさせていただきます。</p><p>AWS トレーニングと認定</p></body></html>" % (C4, C4, C4))
add("anketo-close", L("survey", C4, [], True, "ja"),
    aws_mail("nifty", to(SATO), SATO[1], t, FORM,
             "ケース %s はクローズされました - アンケートのお願い" % C4,
             alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))))

# ---------------------------------------------------------------- thread 5: 中村, console case in Japanese, so-net
t5 = T(2026, 1, 19, 4, 30, 12)
C5 = case15(t5)
N_KEEP, N_OLD = "AWS07024459", "AWS04890312"


def console_foot_ja(case):
    return ("\n\nケースの履歴の確認やご返信は、サポートセンターから行ってください。\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "※このメールは送信専用アドレスから送信されています。ご返信いただいてもお受けできませんので、"
            "上記リンクからご対応ください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。" % case)


body = part(
    "Amazon Web Services にお問い合わせいただき、ありがとうございます。"
    "お客様のお問い合わせに対応するため、ケース %s を作成しました。\n\n"
    "ケースの詳細は次のとおりです。\n\n"
    "ケース ID: %s\n"
    "件名: AWS 認定アカウントの統合について\n"
    "重要度: 一般的なガイダンス\n"
    "内容: 転職前に作成した認定アカウントと現在のアカウントがあり、一つにまとめたいです。"
    "現在使っているのは AWS07024459 です。\n\n"
    "できるだけ早く回答いたします。" % (C5, C5) + console_foot_ja(C5), cte="quoted-printable")
add("console-case-sakusei", L("case_created", C5, [N_KEEP], True, "ja"),
    aws_mail("sonet", to(NAKA), NAKA[1], t5 + dt.timedelta(seconds=7), CONSOLE,
             "Amazon Web Services: 新しいサポートケースを作成しました: %s" % C5, body))

t = T(2026, 1, 20, 8, 11, 39)
body = part(
    "中村 様\n\n"
    "お問い合わせいただきありがとうございます。AWS サポートの加藤です。\n\n"
    "ご記載いただいた AWS07024459 のほかに、統合の対象となるアカウントを特定するため、"
    "恐れ入りますが以下の点をお知らせいただけますでしょうか。\n\n"
    "1. もう一方のアカウントのサインイン用メールアドレス（わかる場合は AWS から始まる ID も）\n"
    "2. どちらのアカウントを今後お使いになりたいか\n"
    "3. 各アカウントに登録されているお名前（ローマ字表記）\n\n"
    "いただいた情報をもとに、統合の内容を改めてご案内いたします。\n\n"
    "よろしくお願いいたします。\n\nAmazon Web Services\n加藤" + console_foot_ja(C5), cte="base64")
add("kato-jouhou-onegai", L("support_reply", C5, [N_KEEP], True, "ja"),
    aws_mail("sonet", to(NAKA), NAKA[1], t, CONSOLE,
             "RE:[CASE %s] AWS 認定アカウントの統合について" % C5, body))

t = T(2026, 1, 21, 9, 2, 58)
html = ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"></head><body>"
        "<div style=\"font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px\">"
        "<p>中村 様</p>"
        "<p>ご返信ありがとうございます。AWS サポートの加藤です。</p>"
        "<p>いただいた情報をもとに確認したところ、以下の2つのアカウントが見つかりました。</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"
        "<tr style=\"background:#eaeded\"><th>アカウント ID</th><th>サインイン用メールアドレス</th><th>統合後</th></tr>"
        "<tr><td>AWS07024459</td><td>misaki.nakamura@so-net.ne.jp</td><td>継続してご利用いただけます</td></tr>"
        "<tr><td>AWS04890312</td><td>m.nakamura@former-corp.co.jp</td><td>認定資格と受験履歴を AWS07024459 へ移した後、無効になります</td></tr>"
        "</table>"
        "<p><b>この操作は取り消すことができません。</b></p>"
        "<p>上記の内容でよろしければ、サポートセンターからこのケースに「同意します」とご返信ください。"
        "ご返信を確認した後に手続きを開始いたします。</p>"
        "<p>よろしくお願いいたします。<br>Amazon Web Services<br>加藤</p>"
        "<hr><p style=\"font-size:12px;color:#687078\">ケースの履歴の確認やご返信は"
        "<a href=\"https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja\">サポートセンター</a>"
        "から行ってください。※このメールは送信専用アドレスから送信されています。</p></div></body></html>" % C5)
add("kato-doui-html", L("merge_confirmation_requested", C5, [N_KEEP, N_OLD], True, "ja"),
    aws_mail("sonet", to(NAKA), NAKA[1], t, CONSOLE,
             "RE:[CASE %s] AWS 認定アカウントの統合について" % C5, part(html, "html", cte="base64")))

t = T(2026, 1, 28, 7, 40, 21)
body = part(
    "中村 様\n\n"
    "AWS サポートの加藤です。\n"
    "先日ご案内した件について、その後いかがでしょうか。\n\n"
    "引き続きサポートが必要な場合は、サポートセンターからこのケースにご返信ください。"
    "7日以内にご返信がない場合、本ケースは自動的に解決済みとなりますのでご了承ください。\n\n"
    "よろしくお願いいたします。\n\nAmazon Web Services\n加藤" + console_foot_ja(C5),
    charset="iso-2022-jp", cte="7bit")
add("sonogo-ikaga", L("support_reply", C5, [], True, "ja"),
    aws_mail("sonet", to(NAKA), NAKA[1], t, CONSOLE,
             Header("RE:[CASE %s] AWS 認定アカウントの統合について" % C5, "iso-2022-jp").encode(maxlinelen=76), body))

# ---------------------------------------------------------------- 25: Pearson VUE (ja), unrelated
t = T(2025, 7, 8, 3, 25, 40)
ip, helo = "159.112.240.%d" % rng.randint(2, 250), "mta-%d.pearson.com" % rng.randint(1, 9)
hdrs = [("Return-Path", "<bounce-%s@mail.pearsonvue.com>" % rhex(10)),
        ("Received", "from mfilter-%03d.nifty.com by mx-in%02d.nifty.com with ESMTP\n          id <%s@mx-in02.nifty.com> for <%s>; %s" % (
            rng.randint(1, 120), 2, rhex(20), SATO[1], fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
        ("Authentication-Results", "mfilter.nifty.com; spf=pass smtp.mailfrom=mail.pearsonvue.com;\n dkim=pass header.d=pearson.com header.s=pvue1;\n dmarc=pass header.from=pearson.com"),
        ("Received", "from %s ([%s]) by mfilter.nifty.com with ESMTP; %s" % (helo, ip, fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
        ("DKIM-Signature", dkim("pearson.com", "pvue1", t)),
        ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"),
        ("To", SATO[1]),
        ("Subject", Header("試験予約の確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp").encode(maxlinelen=76)),
        ("Date", fmt(t)),
        ("Message-ID", "<%s.%s@pearsonvue.com>" % (rhex(16), rng.randint(100000, 999999)))]
body = part(
    "佐藤 健太 様\n\n"
    "Pearson VUE をご利用いただき、ありがとうございます。\n"
    "以下のとおり試験のご予約を承りました。\n\n"
    "試験: SAP-C02: AWS Certified Solutions Architect - Professional\n"
    "受験日時: 2025年7月26日(土) 13:30\n"
    "受験方法: テストセンター（東京都千代田区）\n"
    "受験者 ID: AWS03301478\n"
    "登録番号: 482%06d\n\n"
    "受験当日は、有効な身分証明書を2点ご持参ください。開始時刻の30分前までにご来場ください。\n"
    "予約の変更・キャンセルは、受験日の24時間前まで AWS 認定アカウントから行えます。\n\n"
    "Pearson VUE" % rng.randint(0, 999999), charset="iso-2022-jp", cte="7bit")
add("pearson-yoyaku-kakunin", L("unrelated", None, [S_KEEP], False, "ja"), build(body, hdrs))

# ---------------------------------------------------------------- 26: Japanese look-alike phishing confirmation
t = T(2025, 7, 1, 0, 18, 3)
PH_CASE_JA = "175132906600417"
ip = "45.148.10.%d" % rng.randint(2, 250)
hdrs = [("Return-Path", "<info@aws-training-certification.jp>"),
        ("Received", "from mfilter-%03d.nifty.com by mx-in%02d.nifty.com with ESMTP\n          id <%s@mx-in04.nifty.com> for <%s>; %s" % (
            rng.randint(1, 120), 4, rhex(20), SATO[1], fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
        ("Authentication-Results", "mfilter.nifty.com; spf=pass smtp.mailfrom=aws-training-certification.jp;\n dkim=none;\n dmarc=none header.from=aws-training-certification.jp"),
        ("Received", "from vps-%s.example-host.net ([%s]) by mfilter.nifty.com with ESMTP; %s" % (rhex(6), ip, fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9)))))),
        ("From", "%s <info@aws-training-certification.jp>" % Header("AWS トレーニングと認定 サポート", "utf-8").encode()),
        ("To", SATO[1]),
        ("Subject", Header("【重要】ケース %s：アカウント統合の最終確認（24時間以内）" % PH_CASE_JA, "utf-8").encode(maxlinelen=76)),
        ("Date", fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9))))),
        ("Message-ID", "<%s@aws-training-certification.jp>" % rhex(20)),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
html = ("<html><body><p>佐藤 健太 様</p>"
        "<p>AWS トレーニングと認定をご利用いただきありがとうございます。</p>"
        "<p>ケース %s にて、下記の認定アカウントの統合申請を受け付けております。</p>"
        "<p>統合先：AWS03301478<br>統合元：AWS06120935</p>"
        "<p>統合は取り消しできないため、ご本人様による最終確認が必要です。"
        "<b>24時間以内</b>に下記ボタンからサインインし、統合内容を承認してください。"
        "期限までに承認が確認できない場合、両方のアカウントが一時停止されます。</p>"
        "<p><a href=\"https://aws-training-certification.jp/merge/confirm?id=%s\" style=\"background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none\">統合内容を承認する</a></p>"
        "<p>AWS トレーニングと認定 サポート</p></body></html>" % (PH_CASE_JA, rhex(24)))
add("phish-saishuu-kakunin", L("merge_confirmation_requested", PH_CASE_JA, [S_KEEP, S_OLD], False, "ja"),
    build(part(html, "html", cte="base64"), hdrs))

# ---------------------------------------------------------------- 27: colleague forwards his own completion mail (ja)
t = T(2025, 6, 10, 1, 55, 0)
TAN_CASE = "174886113300951"
T_KEEP, T_OLD = "AWS05127733", "AWS08811406"
fwd = ("差出人: Amazon Web Services <%s>\n"
       "送信日時: 2025年6月6日 金曜日 18:20\n"
       "宛先: 田中 誠 <m.tanaka@example-sier.co.jp>\n"
       "件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
       "田中 誠 様\n\n"
       "%s に登録されていた認定資格および受験履歴を %s へ移行いたしました。"
       "%s は今後ご利用いただけません。\n\nAWS トレーニングと認定 サポート" % (FORM[1], TAN_CASE, T_OLD, T_KEEP, T_OLD))
body = part(
    "佐藤さん\n\n"
    "お疲れさまです。田中です。\n"
    "先日話していた認定アカウントの件、私も先週同じ手続きをしました（ケース %s）。\n"
    "私の場合は %s に %s をまとめてもらい、確認の返信をしてから1週間ほどで完了しました。\n"
    "参考までに、AWS から届いたメールを転送しておきます。\n\n"
    "田中\n\n"
    "________________________________\n" % (TAN_CASE, T_KEEP, T_OLD) + fwd, charset="utf-8", cte="base64")
hdrs = [("Received", "from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:3a::11) by\n OS3PR01MB6721.jpnprd01.prod.outlook.com with HTTPS; %s" % fmt(t)),
        ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=example-sier.co.jp;"),
        ("Received", "from TYCPR01MB8123.jpnprd01.prod.outlook.com ([fe80::5c1e:aa2:19d:7b3e]) by\n TYCPR01MB8123.jpnprd01.prod.outlook.com ([fe80::5c1e:aa2:19d:7b3e%%6]) with\n mapi id 15.20.8792.034; %s" % fmt(t)),
        ("From", "%s <m.tanaka@example-sier.co.jp>" % Header("田中 誠", "utf-8").encode()),
        ("To", "%s <k-sato@example-sier.co.jp>" % Header("佐藤 健太", "utf-8").encode()),
        ("Subject", Header("転送: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % TAN_CASE, "utf-8").encode(maxlinelen=76)),
        ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % TAN_CASE),
        ("Date", fmt(t.astimezone(dt.timezone(dt.timedelta(hours=9))))),
        ("Message-ID", "<TYCPR01MB8123%s@TYCPR01MB8123.jpnprd01.prod.outlook.com>" % rhex(18).upper()),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB8123.jpnprd01.prod.outlook.com")]
add("coworker-tensou", L("unrelated", TAN_CASE, [T_KEEP, T_OLD], False, "ja"), build(body, hdrs))

# ---------------------------------------------------------------- 28: look-alike domain phishing (passing auth of its own domain)
K_KEEP, K_OLD = "AWS06655012", "AWS03078841"
t = T(2026, 2, 3, 15, 44, 9)
PH_CASE = "177013335500862"
ip, helo = "193.233.20.%d" % rng.randint(2, 250), "mail.aws-certification-support.com"
mf = "bounce@aws-certification-support.com"
hdrs = gmail_top(KENJI[1], t, mf, ip, helo, [("aws-certification-support.com", "default", "pass")],
                 fromdom="aws-certification-support.com", p="NONE", sp="NONE")
hdrs += [("DKIM-Signature", dkim("aws-certification-support.com", "default", t)),
         ("From", '"AWS Training & Certification" <no-reply@aws-certification-support.com>'),
         ("To", KENJI[1]),
         ("Subject", "Action required: approve your certification account consolidation (Case %s)" % PH_CASE),
         ("Date", fmt(t)),
         ("Message-ID", "<%s@aws-certification-support.com>" % rhex(24))]
txt = ("Dear Candidate,\n\nWe received a request to consolidate the AWS Certification accounts "
       "aws%s and aws%s. Account consolidation is permanent, so we need the account holder to approve "
       "it before we continue.\n\nApprove within 48 hours: https://aws-certification-support.com/approve?c=%s\n\n"
       "If we do not receive your approval, both accounts will be locked for security reasons.\n\n"
       "AWS Training & Certification" % (K_KEEP[3:], K_OLD[3:], PH_CASE))
html = ("<html><body style=\"font-family:Arial\"><img src=\"https://aws-certification-support.com/img/aws-logo.png\" width=\"80\">"
        "<h2>Approve your account consolidation</h2><p>Dear Candidate,</p>"
        "<p>We received a request to consolidate the AWS Certification accounts <b>aws%s</b> and <b>aws%s</b>. "
        "Account consolidation is permanent, so we need the account holder to approve it before we continue.</p>"
        "<p><a href=\"https://aws-certification-support.com/approve?c=%s\" style=\"background:#ff9900;color:#000;padding:10px 20px\">Approve consolidation</a></p>"
        "<p>If we do not receive your approval within 48 hours, both accounts will be locked for security reasons.</p>"
        "<p>AWS Training &amp; Certification</p></body></html>" % (K_KEEP[3:], K_OLD[3:], PH_CASE))
add("approve-consolidation-lookalike", L("merge_confirmation_requested", PH_CASE, [K_KEEP, K_OLD], False),
    build(alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html")), hdrs))

# ---------------------------------------------------------------- 29: spoofed amazon.com From, dmarc=fail on top, forged pass below
L_KEEP, L_OLD = "AWS02945517", "AWS07310068"
t = T(2025, 10, 21, 22, 7, 55)
ip = "185.234.72.%d" % rng.randint(2, 250)
SPOOF_CASE = "176108398100336"
hdrs = outlook_top(LIAM[1], t, "support@amazon.com", ip, "smtp.mail-relay-eu.net", "none", dkim_res="none",
                   spf="fail", dmarc="fail", fromdom="amazon.com", compauth="fail reason=000", tenant="NAM")
hdrs += [("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
         ("Received", "from smtp.mail-relay-eu.net ([%s]) by relay.local; %s" % (ip, fmt(t))),
         ("From", "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>"),
         ("Reply-To", "aws-tc-casedesk@proton.me"),
         ("To", LIAM[1]),
         ("Subject", FORM_SUBJ % SPOOF_CASE),
         ("Date", fmt(t)),
         ("Message-ID", "<%s@mail-relay-eu.net>" % rhex(20))]
body = part(
    "Hello Liam,\n\n"
    "Thank you for contacting AWS Training and Certification Support.\n\n"
    "We are ready to merge %s into %s. Please confirm that these details are correct. As the "
    "merge cannot be undone, we need to verify your identity first: reply to this e-mail with the "
    "e-mail address and password you use to sign in to your AWS Certification account, and we "
    "will complete the merge on your behalf.\n\n"
    "Best regards,\nAWS Training and Certification" % (L_OLD, L_KEEP), cte="quoted-printable")
add("spoofed-amazon-wants-password", L("merge_confirmation_requested", SPOOF_CASE, [L_KEEP, L_OLD], False), build(body, hdrs))

# ---------------------------------------------------------------- 30: phishing not about the merge
t = T(2025, 11, 27, 13, 0, 41)
ip, helo = "91.92.247.%d" % rng.randint(2, 250), "srv1.aws-certify-rewards.net"
mf = "mailer@aws-certify-rewards.net"
hdrs = gmail_top(DAN[1], t, mf, ip, helo, [], spf="softfail", dmarc="none", fromdom="aws-certify-rewards.net")
hdrs += [("From", '"AWS Certification" <rewards@aws-certify-rewards.net>'),
         ("To", DAN[1]),
         ("Subject", "Your 50% exam voucher expires tonight - claim it now"),
         ("Date", fmt(t)),
         ("Message-ID", "<%s@srv1.aws-certify-rewards.net>" % rhex(18))]
html = ("<html><body style=\"font-family:Arial\"><h2 style=\"color:#ff9900\">Don't lose your benefit!</h2>"
        "<p>Hello Certified Professional,</p><p>As an AWS Certified individual you are entitled to a 50%% discount "
        "voucher for your next exam. Our records show that your voucher has not been claimed and it <b>expires at midnight</b>.</p>"
        "<p><a href=\"https://aws-certify-rewards.net/claim?u=%s\">Claim my voucher</a> &ndash; a small processing fee of $4.99 applies.</p>"
        "<p>AWS Certification Benefits Team</p></body></html>" % rhex(16))
add("voucher-expires-tonight-phish", L("unrelated", None, [], False), build(part(html, "html", cte="quoted-printable"), hdrs))

# ---------------------------------------------------------------- thread: Ahmed, console case, Gmail
t6 = T(2025, 12, 1, 16, 5, 27)
C6 = case15(t6)
A_KEEP, A_OLD = "AWS09031876", "AWS01558240"
t = T(2025, 12, 3, 10, 48, 12)
agent = ("Hello Ahmed,\n\n"
         "Thank you for providing the sign-in addresses. I was able to locate both records:\n\n"
         "  aws09031876  -  ahmed.siddiqui.eng@gmail.com  (to be kept)\n"
         "  aws01558240  -  asiddiqui@student.uni-leeds.ac.uk  (to be merged into the record above)\n\n"
         "Could you confirm that this is correct and that you want us to proceed? Please note that the "
         "merge is permanent: the university address will stop working for AWS Certification sign-in.\n\n"
         "Best regards,\n\nJulien M.\nAmazon Web Services")
body = part(
    "Hello,\n\nA new correspondence has been added to your AWS Support case %s.\n\n"
    "Subject: Merge my AWS Certification accounts\n\n"
    "------------------------------------------------------------\n%s\n"
    "------------------------------------------------------------\n\n"
    "You can view the case and reply in the Support Center." % (C6, agent) + console_foot(C6),
    cte="quoted-printable")
add("new-correspondence-lowercase-ids", L("merge_confirmation_requested", C6, [A_KEEP, A_OLD], True),
    aws_mail("gmail", to(AHMED), AHMED[1], t, CONSOLE, "[Case %s] New correspondence added" % C6, body))

# ---------------------------------------------------------------- thread: Hannah, form case, Fastmail
t7 = T(2025, 11, 4, 10, 15, 48)
C7 = case15(t7)
H_KEEP, H_OLD = "AWS08120394", "AWS05766281"
FAQ = ("\n\nFrequently asked questions\n"
       "Q: Will my Credly badges move as well?\n"
       "A: Badges are normally re-issued to the Credly account linked to the surviving profile within "
       "a few days. If they do not appear, let us know.\n"
       "Q: Will my certification expiry dates change?\n"
       "A: No. Each certification keeps its original validity period.\n"
       "Q: What happens to unused exam benefits?\n"
       "A: Unused benefits are carried over where possible.\n"
       "Q: Can a merge be reversed later?\n"
       "A: No. This is why we ask the account holder to approve the exact details beforehand.")
t = T(2025, 11, 5, 14, 30, 2)
body = part(
    "Dear Hannah,\n\n"
    "Thank you for contacting AWS Training and Certification.\n\n"
    "Following your request, we propose the following:\n\n"
    "Surviving profile:  %s  (hannah.schultz@fastmail.com)\n"
    "Profile to retire:  %s  (h.schultz@tu-example.de)\n\n"
    "All certifications, exam appointments and benefits on the profile to retire will be "
    "transferred to the surviving profile.\n\n"
    "We will not make any changes until we hear from you. Please reply to this message to approve "
    "the details above, or tell us what should be different." % (H_KEEP, H_OLD) + FAQ +
    "\n\nKind regards,\nMaya\nAWS Training and Certification" + FORM_FOOT, cte="quoted-printable")
add("propose-surviving-with-faq", L("merge_confirmation_requested", C7, [H_KEEP, H_OLD], True),
    aws_mail("fastmail", to(HANNAH), HANNAH[1], t, FORM, FORM_SUBJ % C7, body))

t = T(2025, 11, 6, 9, 12, 37)
body = part(
    "Dear Hannah,\n\n"
    "Thank you. We now have your authorisation on file (your reply of 5 November), so you will "
    "not be asked to approve anything further.\n\n"
    "The request to bring %s into %s has been handed to our back-office team. It usually takes "
    "three to five business days; I will write to you again when it is done." % (H_OLD, H_KEEP) + FAQ +
    "\n\nKind regards,\nMaya\nAWS Training and Certification" + FORM_FOOT, cte="quoted-printable")
add("authorisation-on-file-faq", L("support_reply", C7, [H_KEEP, H_OLD], True),
    aws_mail("fastmail", to(HANNAH), HANNAH[1], t, FORM, FORM_SUBJ % C7, body))

t = T(2025, 11, 11, 16, 3, 50)
html = ("<html><body><div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5\">"
        "<p>Dear Hannah,</p>"
        "<p>Your certification history has been consolidated. The profile <b>%s</b> has been retired, and "
        "everything it held &ndash; two certifications, your exam history and one unused benefit &ndash; is now "
        "shown under <b>%s</b>.</p>"
        "<p>Please allow up to 72 hours for Credly to re-issue the badges.</p>"
        "<p>Kind regards,<br>Maya<br>AWS Training and Certification</p>"
        "<p style=\"font-size:11px;color:#777\">We value your feedback. Please share your experience by rating this correspondence.</p>"
        "</div></body></html>" % (H_OLD, H_KEEP))
add("history-consolidated-html", L("merge_completed", C7, [H_KEEP, H_OLD], True),
    aws_mail("fastmail", to(HANNAH), HANNAH[1], t, FORM, FORM_SUBJ % C7, part(html, "html", cte="quoted-printable")))

# ---------------------------------------------------------------- thread: Kenji, form case, Gmail
t8 = T(2026, 2, 9, 6, 51, 3)
C8 = case15(t8)
KJ_KEEP, KJ_OLD = "AWS06120883", "AWS02409957"
t = T(2026, 2, 10, 18, 26, 40)
KJ_REQ = ("Hi Kenji,\n\n"
          "Thanks for your patience. Before we combine these two profiles, please let us know that "
          "you're happy for us to go ahead:\n\n"
          "- keep AWS-06120883 (kenji.watanabe.cloud@gmail.com)\n"
          "- fold AWS-02409957 (kenji.w@oldmail-example.com) into it\n\n"
          "Once this is done it can't be undone. A one-line reply is fine.\n\n"
          "Cheers,\nOwen\nAWS Training & Certification Support")
add("happy-for-us-to-go-ahead", L("merge_confirmation_requested", C8, [KJ_KEEP, KJ_OLD], True),
    aws_mail("gmail", to(KENJI), KENJI[1], t, FORM, FORM_SUBJ % C8, part(KJ_REQ + FORM_FOOT, cte="7bit", charset="us-ascii")))

t = T(2026, 2, 11, 12, 2, 19)
body = part(
    "Hi Kenji,\n\n"
    "Noted, thanks. Once the consolidation is complete, we will send you a short confirmation on "
    "this case, and Credly will e-mail you to accept the re-issued badges. There's no need to book "
    "or reschedule anything in the meantime.\n\n"
    "Cheers,\nOwen\nAWS Training & Certification Support\n\n"
    "On Wed, Feb 11, 2026 at 7:41\u202fAM Kenji Watanabe <%s> wrote:\n" % KENJI[1] +
    quote("Yes, that's right - please go ahead.\n\nKenji\n\n"
          "On Tue, Feb 10, 2026 at 6:26\u202fPM Amazon Web Services <%s> wrote:\n" % FORM[1] + quote(KJ_REQ))
    + FORM_FOOT, cte="quoted-printable")
add("noted-once-complete-we-will", L("support_reply", C8, [], True),
    aws_mail("gmail", to(KENJI), KENJI[1], t, FORM, FORM_SUBJ % C8, body))

# ---------------------------------------------------------------- thread: Sofia, form case, iCloud
t9 = T(2025, 8, 12, 20, 40, 55)
C9 = case15(t9)
SO_KEEP, SO_OLD = "AWS04472190", "AWS08835016"
t = T(2025, 8, 13, 15, 9, 31)
body = part(
    "Hello Sofia,\n\n"
    "Thank you for your message. For security reasons, changes of this kind have to be requested "
    "by the holder of each profile. Your request came from sofia.alvarez@icloud.com, which is "
    "registered on %s. Could you please also send a short e-mail to this address from "
    "s.alvarez@ucm-alumni.example.es, the address registered on %s, stating that you own it?\n\n"
    "If you no longer have access to that mailbox, let me know and I will tell you what else we "
    "can accept.\n\n"
    "Regards,\nDevika\nAWS Training and Certification" % (SO_KEEP, SO_OLD) + FORM_FOOT, cte="base64")
add("reply-from-other-address", L("support_reply", C9, [SO_KEEP, SO_OLD], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, FORM_SUBJ % C9, body))

t = T(2025, 8, 15, 9, 55, 8)
body = part(
    "Hello Sofia,\n\n"
    "Thank you for writing from your former address. I have now checked both profiles on our side: "
    "%s and %s are registered to the same legal name and date of birth, and the sign-in history "
    "matches what you described. No further documents are needed.\n\n"
    "I will prepare the request and send you a summary of exactly what will change shortly.\n\n"
    "Regards,\nDevika\nAWS Training and Certification" % (SO_KEEP, SO_OLD) + FORM_FOOT, cte="quoted-printable")
add("agent-checked-both-profiles", L("support_reply", C9, [SO_KEEP, SO_OLD], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, FORM_SUBJ % C9, body))

t = T(2025, 8, 15, 13, 31, 47)
SO_REQ = ("Hello Sofia,\n\n"
          "As promised, here is the summary. Please read it carefully.\n\n"
          "  Profile that remains:    %s\n"
          "  Profile to be absorbed:  %s\n"
          "  What moves:              AWS Certified Data Engineer - Associate, exam history, unused 50%% voucher\n"
          "  Afterwards:              %s can no longer be used to sign in\n\n"
          "This is final - it cannot be undone afterwards. Are you sure you want us to go ahead? "
          "Reply \"yes\" and I will submit it today.\n\n"
          "Regards,\nDevika\nAWS Training and Certification" % (SO_KEEP, SO_OLD, SO_OLD))
body = part(
    SO_REQ + "\n\n"
    "----------------------------------------------------------------\n"
    "Sent: 15 August 2025 09:55 UTC\n"
    "Hello Sofia,\n"
    "Thank you for writing from your former address. I have now checked both profiles on our side...\n\n"
    "----------------------------------------------------------------\n"
    "Sent: 14 August 2025 21:03 UTC\n"
    "From: s.alvarez@ucm-alumni.example.es\n"
    "Hello, I confirm that I own this address and the AWS Certification profile registered to it.\n"
    "Sofia Alvarez\n" + FORM_FOOT, cte="quoted-printable")
add("summary-are-you-sure", L("merge_confirmation_requested", C9, [SO_KEEP, SO_OLD], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, FORM_SUBJ % C9, body))

t = T(2025, 8, 18, 11, 4, 26)
body = part(
    "Hello Sofia,\n\n"
    "A quick update: our certification operations team is working on your request now. While they "
    "do, you may still see both %s and %s when you sign in, and your certifications may briefly "
    "appear on only one of them. Please don't schedule or cancel any exam until I let you know it "
    "is finished.\n\n"
    "Regards,\nDevika\nAWS Training and Certification" % (SO_KEEP, SO_OLD) + FORM_FOOT, cte="7bit", charset="us-ascii")
add("operations-team-working-now", L("support_reply", C9, [SO_KEEP, SO_OLD], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, FORM_SUBJ % C9, body))

# ---------------------------------------------------------------- Sofia: completion, survey, Credly
t = T(2025, 8, 20, 8, 17, 3)
body = part(
    "Hello Sofia,\n\n"
    "Good news: we've moved all of your certifications, your exam history and the unused voucher "
    "across to %s. The profile %s is no longer active, so please use sofia.alvarez@icloud.com to "
    "sign in from now on.\n\n"
    "If anything looks wrong on your transcript, just reply here within the next two weeks.\n\n"
    "Regards,\nDevika\nAWS Training and Certification" % (SO_KEEP, SO_OLD) + FORM_FOOT, cte="base64")
add("moved-across-base64", L("merge_completed", C9, [SO_KEEP, SO_OLD], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, FORM_SUBJ % C9, body))

t = T(2025, 8, 20, 8, 24, 40)
txt = ("Hello,\n\nYour case %s has been closed.\n\nHow did we do?\n"
       "Rate your experience (1-5): https://aws-tc-feedback.amazon.com/r?c=%s\n\n"
       "If you need more help with this request, reply to this e-mail within 14 days and the case "
       "will be reopened.\n\nAWS Training and Certification" % (C9, C9))
html = ("<html><body style=\"font-family:Arial\"><p>Hello,</p><p>Your case <b>%s</b> has been closed.</p>"
        "<h3>How did we do?</h3><p>" % C9 +
        " ".join("<a href=\"https://aws-tc-feedback.amazon.com/r?c=%s&amp;s=%d\">%s</a>" % (C9, i, "&#9733;" * i) for i in range(1, 6)) +
        "</p><p>If you need more help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>"
        "<p>AWS Training and Certification</p></body></html>")
add("how-did-we-do-stars", L("survey", C9, [], True),
    aws_mail("icloud", to(SOFIA), SOFIA[1], t, FORM, "How did we do? Case %s" % C9,
             alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="quoted-printable"))))

t = T(2025, 8, 22, 17, 3, 12)
txt = ("Sofia, you've earned a badge!\n\n"
       "Amazon Web Services Training and Certification has issued you the badge \"AWS Certified Data "
       "Engineer - Associate\".\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s\n\n"
       "Your badge is ready to accept. Claim it to share your achievement.\n\nCredly" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
add("credly-earned-data-engineer", L("credly_badge_issued", None, [], True),
    credly_mail("icloud", SOFIA, t, "Sofia, you've earned a badge from Amazon Web Services Training and Certification",
                part(txt, cte="quoted-printable")))

t = T(2026, 2, 14, 4, 36, 58)
txt = ("Hi Kenji,\n\n"
       "Following a change to your AWS Certification profile, the following badges issued by Amazon "
       "Web Services Training and Certification are now waiting for you in this Credly account:\n\n"
       "  - AWS Certified Solutions Architect - Associate\n"
       "  - AWS Certified Security - Specialty\n"
       "  - AWS Certified Cloud Practitioner\n\n"
       "Accept your badges: https://www.credly.com/earner/earned\n\n"
       "The badges on your previous Credly account have been revoked to avoid duplicates.\n\nCredly")
add("credly-three-badges-waiting", L("credly_badge_issued", None, [], True),
    credly_mail("gmail", KENJI, t, "Action required: accept your 3 badges from Amazon Web Services Training and Certification",
                part(txt, cte="base64")))

# ---------------------------------------------------------------- Credly look-alikes (unrelated)
t = T(2025, 10, 2, 13, 0, 5)
txt = ("Hi Priya,\n\nYour badge \"AWS Certified Cloud Practitioner\" issued by Amazon Web Services "
       "Training and Certification will expire on November 1, 2025.\n\n"
       "To keep your badge active, complete the recertification requirements before that date.\n"
       "View badge: https://www.credly.com/badges/%s\n\nCredly" % rhex(32))
add("credly-badge-expires-soon", L("unrelated", None, [], True),
    credly_mail("outlook", PRIYA, t, "Your AWS Certified Cloud Practitioner badge expires in 30 days",
                part(txt, cte="7bit", charset="us-ascii")))

t = T(2025, 9, 24, 8, 12, 44)
code = "%06d" % rng.randint(0, 999999)
txt = ("Hi Marco,\n\nWe received a request to merge another Credly account into this one.\n\n"
       "Your verification code is: %s\n\n"
       "Enter the code on the merge page, then select \"Complete Account Merge\". The code expires in "
       "30 minutes.\n\nIf you did not request this, you can ignore this e-mail.\n\nThe Credly Team" % code)
html = ("<html><body style=\"font-family:Helvetica\"><p>Hi Marco,</p><p>We received a request to merge another Credly account into this one.</p>"
        "<p style=\"font-size:28px;letter-spacing:6px\"><b>%s</b></p>"
        "<p>Enter the code on the merge page, then select <b>Complete Account Merge</b>. The code expires in 30 minutes.</p>"
        "<p>If you did not request this, you can ignore this e-mail.</p><p>The Credly Team</p></body></html>" % code)
add("credly-own-merge-code", L("unrelated", None, [], True),
    credly_mail("outlook", MARCO, t, "Your Credly account merge verification code",
                alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html")), via=None))

# ---------------------------------------------------------------- GitHub merged notification
t = T(2025, 4, 2, 15, 41, 30)
ip, helo = "192.30.252.%d" % rng.randint(200, 210), "out-%d.smtp.github.com" % rng.randint(20, 28)
mf = "noreply@github.com"
hdrs = gmail_top(DAN[1], t, mf, ip, helo, [("github.com", "pf2023", "pass")], fromdom="github.com", p="REJECT", sp="REJECT")
hdrs += [("DKIM-Signature", dkim("github.com", "pf2023", t)),
         ("From", '"Priscilla N." <notifications@github.com>'),
         ("Reply-To", "northwind-logistics/cert-tracker <reply+%s@reply.github.com>" % rhex(40).upper()),
         ("To", "northwind-logistics/cert-tracker <cert-tracker@noreply.github.com>"),
         ("Cc", "Daniel Okafor <daniel.okafor.dev@gmail.com>, Review requested <review_requested@noreply.github.com>"),
         ("Subject", "Re: [northwind-logistics/cert-tracker] Merge duplicate AWS candidate records (PR #87)"),
         ("Date", fmt(t)),
         ("Message-ID", "<northwind-logistics/cert-tracker/pull/87/issue_event/%d@github.com>" % rng.randint(10**10, 10**11)),
         ("In-Reply-To", "<northwind-logistics/cert-tracker/pull/87@github.com>"),
         ("References", "<northwind-logistics/cert-tracker/pull/87@github.com>"),
         ("List-ID", "northwind-logistics/cert-tracker <cert-tracker.northwind-logistics.github.com>"),
         ("X-GitHub-Reason", "review_requested")]
txt = ("Merged #87 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
       "https://github.com/northwind-logistics/cert-tracker/pull/87#event-%d\n"
       "You are receiving this because your review was requested.\n" % rng.randint(10**10, 10**11))
html = ("<p></p><p>Merged <a class=\"issue-link\" href=\"https://github.com/northwind-logistics/cert-tracker/pull/87\">#87</a> into main.</p>"
        "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
        "<a href=\"https://github.com/northwind-logistics/cert-tracker/pull/87\">view it on GitHub</a>.<br>"
        "You are receiving this because your review was requested.</p>")
add("github-pr-merged", L("unrelated", None, [], False),
    build(alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="7bit", charset="us-ascii")), hdrs))

# ---------------------------------------------------------------- Seller Central duplicate-page merge (10-digit case)
t = T(2025, 10, 7, 19, 22, 8)
SC_CASE = "7415028836"
body = part(
    "Hello,\n\n"
    "Thank you for your patience while we reviewed your request.\n\n"
    "We have merged the duplicate detail pages you reported. ASIN B0CX7LQ2RT has been combined into "
    "B0CX7M41KD, and your offer now appears on the surviving page. Please allow up to 48 hours for "
    "the change to be reflected on the website.\n\n"
    "Was this e-mail helpful? Let us know by selecting a rating in Seller Central:\n"
    "https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s\n\n"
    "We appreciate your business.\n\nAndrea\nAmazon Selling Partner Support" % SC_CASE, cte="quoted-printable")
add("seller-central-asin-pages", L("unrelated", SC_CASE, [], True),
    aws_mail("o365", to(MARCO), MARCO[1], t, ("Amazon Seller Central", "seller-notification@amazon.com"),
             "RE:[CASE %s] Duplicate detail pages - please merge" % SC_CASE, body))

# ---------------------------------------------------------------- EC2 quota case (real AWS, unrelated)
t_q = T(2025, 4, 18, 22, 3, 40)
QC = case15(t_q)
t = T(2025, 4, 19, 7, 15, 26)
body = part(
    "Hello,\n\n"
    "Thank you for your patience. I am pleased to inform you that your request to increase the "
    "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in eu-west-1 to 64 vCPUs "
    "has been approved and applied to account 4417-0829-3361.\n\n"
    "It can sometimes take up to 30 minutes for the new limit to become available.\n\n"
    "Best regards,\n\nNadia R.\nAmazon Web Services\n\n"
    "We value your feedback. Please share your experience by rating this and other correspondences "
    "in the AWS Support Center." + console_foot(QC), cte="quoted-printable")
add("ec2-quota-approved", L("unrelated", QC, [], True),
    aws_mail("gmail", to(DAN), DAN[1], t, CONSOLE,
             "RE:[CASE %s] Limit Increase: EC2 Instances" % QC, body))

# ---------------------------------------------------------------- Priya forwards the confirmation request to her husband
t = T(2025, 6, 5, 7, 48, 10, 1)
ip = "2a01:111:f403:2c0e::%x" % rng.randint(0x800, 0x8ff)
mf = PRIYA[1]
hdrs = gmail_top("rahul.menon.uk@gmail.com", t, mf, ip, "GBR01-LO4-obe.outbound.protection.outlook.com",
                 [("outlook.com", "selector1", "pass")], fromdom="outlook.com", p="NONE", sp="QUARANTINE")
hdrs += [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % rb64(90)),
         ("DKIM-Signature", dkim("outlook.com", "selector1", t, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")),
         ("From", to(PRIYA)),
         ("To", "Rahul Menon <rahul.menon.uk@gmail.com>"),
         ("Subject", "Fwd: RE:[CASE %s] Two certification accounts - need them combined" % C2),
         ("Thread-Topic", "RE:[CASE %s] Two certification accounts - need them combined" % C2),
         ("Thread-Index", "AQH%s" % rb64(20)[:22]),
         ("Date", fmt(t)),
         ("Message-ID", "<GV1P190MB%s@GV1P190MB%s.EURP190.PROD.OUTLOOK.COM>" % (rhex(16).upper(), rhex(4).upper())),
         ("Content-Language", "en-GB"),
         ("X-MS-Has-Attach", "")]
fwd_txt = ("________________________________\n"
           "From: Amazon Web Services <no-reply-aws@amazon.com>\n"
           "Sent: Wednesday, June 4, 2025 6:20 PM\n"
           "To: Priya Raman <priya.raman@outlook.com>\n"
           "Subject: RE:[CASE %s] Two certification accounts - need them combined\n\n"
           "Hello Priya,\n\n"
           "Thank you for the information. Based on your reply, this is what our team will do:\n\n"
           "Account AWS04418823 - priya.raman@outlook.com - Kept, becomes your only account\n"
           "Account AWS01976054 - priya.r@contoso-analytics.com - Certifications and exam history moved to AWS04418823; account closed\n\n"
           "Please note: this change is permanent and cannot be undone once it has been carried out.\n\n"
           "If everything above is correct, please respond to this case in the Support Center with "
           "\"I confirm\" so that I can submit it.\n\nBest regards,\nTomasz W.\nAmazon Web Services\n" % C2)
new_txt = ("Hi love,\n\nCan you have a quick look at this before I say yes? AWS04418823 is the one with the "
           "ML Specialty on it, AWS01976054 is the old Contoso one. I think keeping the first is right "
           "but I don't want to lose the Contoso exam history by accident.\n\nP x\n\n")
html = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">" +
        new_txt.replace("\n\n", "</p><p>").join(["<p>", "</p>"]) +
        "</div><hr style=\"display:inline-block;width:98%\"><div>" +
        fwd_txt.split("\n\n", 1)[1].replace("\n", "<br>") + "</div></body></html>")
add("fwd-to-husband-before-yes", L("unrelated", C2, [P_KEEP, P_OLD], False),
    build(alt(part(new_txt + fwd_txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable")), hdrs))

# ---------------------------------------------------------------- CertMetrics survey (unrelated)
t = T(2025, 11, 20, 17, 30, 0)
ip, helo = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(2, 250)), "mail%d.certmetrics.com" % rng.randint(1, 4)
arr = t + dt.timedelta(seconds=9)
hdrs = [("Return-Path", "<bounce@certmetrics.com>"),
        ("Received", "from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti31.messagingengine.com (Cyrus) with LMTPA;\n\t %s" % fmt(arr)),
        ("X-Delivered-to", HANNAH[1]),
        ("Authentication-Results", "mx4.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=certmetrics.com header.i=@certmetrics.com header.b=%s header.a=rsa-sha256 header.s=cm1 x-bits=2048;\n    dmarc=pass policy.published-domain-policy=none header.from=certmetrics.com;\n    spf=pass smtp.mailfrom=bounce@certmetrics.com smtp.helo=%s" % (rb64(6)[:8], helo)),
        ("Received", "from %s (%s [%s])\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (helo, helo, ip, HANNAH[1], fmt(arr))),
        ("DKIM-Signature", dkim("certmetrics.com", "cm1", t)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", HANNAH[1]),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", fmt(t)),
        ("Message-ID", "<%s@certmetrics.com>" % rhex(24))]
txt = ("Hello Hannah,\n\nCandidate ID: AWS08120394\n\n"
       "Thank you for being part of the AWS Certification community. We'd like to hear about your "
       "experience with your recent exam and the AWS Certification Account.\n\n"
       "The survey takes about 5 minutes: https://www.certmetrics.com/amazon/survey/%s\n\n"
       "Thank you,\nAWS Certification" % rhex(20))
add("certmetrics-hear-from-you", L("unrelated", None, [H_KEEP], False), build(part(txt, cte="quoted-printable"), hdrs))

# ---------------------------------------------------------------- colleague mail, internal, no Authentication-Results
t = T(2025, 9, 18, 10, 41, 22, 2)
hdrs = [("Received", "from DB9PR02MB7275.eurprd02.prod.outlook.com ([fe80::1a2b:3c4d:5e6f:7a8b]) by\n DB9PR02MB7275.eurprd02.prod.outlook.com ([fe80::1a2b:3c4d:5e6f:7a8b%4]) with\n mapi id 15.20.9137.012; " + fmt(t)),
        ("From", "Giulia Ferraro <g.ferraro@bellini-consulting.it>"),
        ("To", "Marco Bellini <m.bellini@bellini-consulting.it>"),
        ("Subject", "AWS cert accounts - did yours get sorted?"),
        ("Thread-Topic", "AWS cert accounts - did yours get sorted?"),
        ("Date", fmt(t)),
        ("Message-ID", "<DB9PR02MB7275%s@DB9PR02MB7275.eurprd02.prod.outlook.com>" % rhex(16).upper()),
        ("Content-Language", "it-IT"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthSource", "DB9PR02MB7275.eurprd02.prod.outlook.com")]
txt = ("Ciao Marco,\n\nquick one - did AWS ever combine your two certification accounts? This morning "
       "I got the mail where they list both of mine (AWS 06304517 and the old aws-01893320 from my "
       "Reply days) and want me to reply that it's OK before they do anything.\n\n"
       "Did you just answer \"yes\"? And did the exam voucher survive? Asking before I reply to them.\n\n"
       "Grazie,\nGiulia")
add("colleague-did-you-answer-yes", L("unrelated", None, ["AWS06304517", "AWS01893320"], None),
    build(alt(part(txt, cte="quoted-printable"),
              part("<html><body><div style=\"font-family:Aptos;font-size:11pt\">" + txt.replace("\n", "<br>") + "</div></body></html>", "html", cte="quoted-printable")), hdrs))

# ---------------------------------------------------------------- AWS T&C newsletter with a merge FAQ (unrelated, real sender)
t = T(2026, 3, 4, 16, 0, 12)
txt = ("AWS Training and Certification - March 2026\n\n"
       "NEW: AWS Certified Generative AI Developer - Professional is now available.\n"
       "Prepare with free digital courses on AWS Skill Builder.\n\n"
       "Did you know?\nIf you have more than one AWS Certification account, for example one created "
       "with a former employer's e-mail, our support team can combine them for you. Open a request "
       "through the AWS Training and Certification contact form and choose \"Account Merge\".\n\n"
       "Upcoming events: AWS Summit Amsterdam, AWS Summit Paris.\n\n"
       "Unsubscribe: https://pages.awscloud.com/communication-preferences.html\n"
       "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109")
html = ("<html><body style=\"margin:0;font-family:Arial\"><table width=\"640\" align=\"center\">"
        "<tr><td style=\"background:#232f3e;color:#fff;padding:20px\"><h1 style=\"margin:0\">AWS Training and Certification</h1><p>March 2026</p></td></tr>"
        "<tr><td style=\"padding:20px\"><h2>NEW: AWS Certified Generative AI Developer &ndash; Professional</h2>"
        "<p>Prepare with free digital courses on <a href=\"https://skillbuilder.aws\">AWS Skill Builder</a>.</p>"
        "<h3>Did you know?</h3><p>If you have more than one AWS Certification account, for example one created with a former employer&rsquo;s "
        "e-mail, our support team can combine them for you. Open a request through the AWS Training and Certification contact form and choose "
        "<i>Account Merge</i>.</p><h3>Upcoming events</h3><p>AWS Summit Amsterdam &middot; AWS Summit Paris</p></td></tr>"
        "<tr><td style=\"font-size:11px;color:#888;padding:20px\"><a href=\"https://pages.awscloud.com/communication-preferences.html\">Unsubscribe</a><br>"
        "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr></table></body></html>")
add("tc-newsletter-did-you-know", L("unrelated", None, [], True),
    aws_mail("gmail", to(KENJI), KENJI[1], t, ("AWS Training and Certification", "aws-training-certification@amazon.com"),
             "New Professional certification, Summit season, and more", alt(part(txt, cte="quoted-printable"), part(html, "html", cte="base64")),
             extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html?e=%s>" % rhex(24))]))

# ---------------------------------------------------------------- thread: Liam, form case with an 11-digit id, Hotmail
C10 = "12704583916"
LI_A, LI_B = "AWS05519204", "AWS09982613"
t = T(2025, 10, 13, 19, 2, 44)
body = part(
    "Thank you for contacting AWS Training and Certification.\n\n"
    "We have received your submission and created case %s. A support specialist will reply to this "
    "address, normally within one business day.\n\n"
    "Your submission\n"
    "----------------\n"
    "Name: Liam O'Brien\n"
    "E-mail: liam.obrien82@hotmail.com\n"
    "Inquiry type: Certification\n"
    "Detail: Account Merge\n"
    "AWS candidate ID: AWS 05519204\n"
    "Description: I also have an older account aws-09982613 from when I sat the Cloud Practitioner "
    "exam in college. Would like everything in one place.\n\n"
    "AWS Training and Certification Support" % C10 + FORM_FOOT, cte="quoted-printable")
add("form-submission-echo-11digit", L("case_created", C10, [LI_A, LI_B], True),
    aws_mail("outlook", to(LIAM), LIAM[1], t + dt.timedelta(seconds=3), FORM,
             "[CASE %s] Thank you for contacting AWS Training and Certification" % C10, body))

t = T(2025, 10, 14, 14, 37, 20)
LI_REQ1 = ("Hi Liam,\n\n"
           "Thanks for the details. From your form, I understand that %s should be kept and that %s "
           "should be merged into it, with %s being closed afterwards.\n\n"
           "Could you reply with CONFIRM if that is right? Merges are permanent, so I'd rather "
           "double-check before I raise it.\n\n"
           "Thanks,\nRuairi\nAWS Training and Certification" % (LI_A, LI_B, LI_B))
add("reply-with-confirm-keyword", L("merge_confirmation_requested", C10, [LI_A, LI_B], True),
    aws_mail("outlook", to(LIAM), LIAM[1], t, FORM, FORM_SUBJ % C10, part(LI_REQ1 + FORM_FOOT, cte="quoted-printable")))

t = T(2025, 10, 15, 9, 5, 58)
LI_USER = ("Actually, could you keep the other one (%s)? It has my older exam history and the "
           "Credly account my LinkedIn points to.\n\nLiam" % LI_B)
LI_NOTE = ("Hi Liam,\n\n"
           "Thanks for clarifying - no problem at all. I'll switch the request around so that the "
           "older profile is retained and the newer one is merged into it. I'll send you a revised "
           "summary to approve shortly, so please don't reply CONFIRM to my earlier message.\n\n"
           "Thanks,\nRuairi\nAWS Training and Certification")
body = part(
    LI_NOTE + "\n\n"
    "From: Liam O'Brien <%s>\nSent: Tuesday, October 14, 2025 10:52 PM\nTo: Amazon Web Services <%s>\n"
    "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    % (LIAM[1], FORM[1], C10) + LI_USER + "\n\n"
    "From: Amazon Web Services <%s>\nSent: Tuesday, October 14, 2025 3:37 PM\nTo: Liam O'Brien <%s>\n"
    "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
    % (FORM[1], LIAM[1], C10) + LI_REQ1 + FORM_FOOT, cte="quoted-printable")
add("switch-around-revised-to-follow", L("support_reply", C10, [], True),
    aws_mail("outlook", to(LIAM), LIAM[1], t, FORM, FORM_SUBJ % C10, body))

t = T(2025, 10, 15, 16, 48, 31)
LI_REQ2 = ("Hi Liam,\n\n"
           "Here\u2019s the revised version \u2013 please check it carefully:\n\n"
           "\u2022 Stays: %s (the older profile, Cloud Practitioner 2019 + your Credly link)\n"
           "\u2022 Goes: %s \u2013 its certifications move to %s and it will be closed\n\n"
           "Same as before, this can\u2019t be reversed. If you\u2019re happy with it, just reply "
           "\u201cCONFIRM\u201d and I\u2019ll raise it with the team today.\n\n"
           "Thanks,\nRuairi\nAWS Training and Certification" % (LI_B, LI_A, LI_B))
body = part(
    LI_REQ2 + "\n\n________________________________\n" + LI_NOTE + FORM_FOOT,
    charset="utf-8", label="iso-8859-1", cte="8bit")
add("revised-summary-wrong-charset", L("merge_confirmation_requested", C10, [LI_A, LI_B], True),
    aws_mail("outlook", to(LIAM), LIAM[1], t, FORM, FORM_SUBJ % C10, body))

t = T(2025, 10, 24, 6, 12, 9)
txt = ("Hello,\n\n"
       "Case %s has now been closed. If you need further help with this request, you can reply to "
       "this e-mail within 14 days.\n\n"
       "We'd love to hear how we did. Please take our 2-question survey:\n"
       "https://aws-tc-feedback.amazon.com/s?c=%s\n\n"
       "Thank you for contacting AWS Training and Certification." % (C10, C10))
add("case-closed-two-question-survey", L("survey", C10, [], True),
    aws_mail("outlook", to(LIAM), LIAM[1], t, FORM, "Case %s closed - tell us how we did" % C10, part(txt, cte="base64")))

# ---------------------------------------------------------------- Ahmed: completion without Authentication-Results, FAQ info request
t = T(2025, 12, 5, 13, 20, 2)
ip, helo = ses_ip()
hdrs = [("Return-Path", "<%s>" % ses_mailfrom(t)),
        ("Received", "from %s (%s [%s])\n\tby mail.siddiqui-home.net (Postfix) with ESMTPS id 4dL9q%s\n\tfor <%s>; %s" % (
            helo, helo, ip, rhex(6).upper(), AHMED[1], fmt(t + dt.timedelta(seconds=4)))),
        ] + aws_sign(t) + [
        ("From", addr(*CONSOLE)),
        ("To", AHMED[1]),
        ("Subject", "RE:[CASE %s] Merge my AWS Certification accounts" % C6),
        ("Date", fmt(t)),
        ("Message-ID", ses_id(t)),
        ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43])]
body = part(
    "Hello Ahmed,\n\n"
    "I'm writing to let you know that the request on this case has been carried out. The records "
    "held under aws01558240 have been migrated to aws09031876, and the university sign-in has been "
    "switched off.\n\n"
    "Please sign in with ahmed.siddiqui.eng@gmail.com and check that all four certifications are "
    "listed. Your Credly badges may take a couple of days to catch up.\n\n"
    "If you have a moment, please rate this correspondence in the Support Center.\n\n"
    "Best regards,\n\nJulien M.\nAmazon Web Services" + console_foot(C6), cte="quoted-printable")
add("records-migrated-no-authres", L("merge_completed", C6, [A_KEEP, A_OLD], None), build(body, hdrs))

t = T(2025, 12, 2, 9, 3, 45)
body = part(
    "Hello Ahmed,\n\n"
    "Thank you for reaching out about combining your certification accounts. I can see the ID you "
    "gave us, AWS09031876. To locate the other record, please reply in the Support Center with:\n\n"
    "  - the e-mail address you used to sign in to the other account\n"
    "  - its AWS candidate ID, if you still have it (it starts with AWS and has 8 digits)\n\n"
    "Common questions\n"
    "Q: Will I need to approve anything?\n"
    "A: Yes. Before any change is made, we'll send you the exact accounts involved and ask for your "
    "explicit approval, because a merge can't be reversed.\n"
    "Q: How long does it take?\n"
    "A: Usually 3-5 business days after your approval.\n"
    "Q: Do I need to open a new case?\n"
    "A: No - please keep all correspondence on this case.\n\n"
    "Best regards,\n\nJulien M.\nAmazon Web Services" + console_foot(C6), cte="base64")
add("need-other-signin-with-faq", L("support_reply", C6, [A_KEEP], True),
    aws_mail("gmail", to(AHMED), AHMED[1], t, CONSOLE, "RE:[CASE %s] Merge my AWS Certification accounts" % C6, body))


# ============================================================================ write
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, lab, msg in MAILS:
        b = io.BytesIO()
        BytesGenerator(b, policy=GEN_POLICY, mangle_from_=False).flatten(msg)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(b.getvalue())
        labels[fname] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS))


if __name__ == "__main__":
    main()
