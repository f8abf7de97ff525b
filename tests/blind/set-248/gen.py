#!/usr/bin/env python3
"""Generator for blind set 248: eight whole AWS Certification account-merge cases
(with detours) plus some look-alike mail. Writes NNN-*.eml and labels.json."""
import base64
import html
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
RNG = random.Random(248)
SEQ = [0]
MSGIDS = {}
LAST_AWS = [None]

UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

ID_RE = re.compile(r"(?i)\baws[ \-]?(\d{8})\b")


# ---------------------------------------------------------------- small helpers
def d(y, mo, dd, h, mi, s=0, zone=UTC):
    return datetime(y, mo, dd, h, mi, s, tzinfo=zone)


def rfc(t, zone=None, paren=False):
    if zone is not None:
        t = t.astimezone(zone)
    s = format_datetime(t)
    if paren:
        s += " (%s)" % t.tzname()
    return s


def ms_date(t):
    """Microsoft style: 'Tue, 6 May 2025 08:23:15 +0000'."""
    t = t.astimezone(UTC)
    return t.strftime("%a, ") + str(t.day) + t.strftime(" %b %Y %H:%M:%S +0000")


def hexj(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def b64j(nbytes):
    return base64.b64encode(RNG.randbytes(nbytes)).decode()


def fold(s, width=72, lead="\n\t "):
    return lead.join(s[i:i + width] for i in range(0, len(s), width))


def case15(t, suffix):
    return "%d%05d" % (int(t.timestamp()), suffix)


def ses_msgid(t):
    ms = int(t.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hexj(8), hexj(4), hexj(4), hexj(4), hexj(12))


def ses_mailfrom(t):
    ms = int(t.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (
        ms, hexj(8), hexj(4), hexj(4), hexj(4), hexj(12))


def ses_ip():
    a = RNG.choice(["54.240.8", "54.240.9", "54.240.48", "54.240.27"])
    b = RNG.randint(11, 120)
    return "%s.%d" % (a, b), "a%s-%d.smtp-out.amazonses.com" % (a.split(".")[2], b)


def gmail_msgid():
    return "<CA%s@mail.gmail.com>" % alnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")


def subj(s, charset="utf-8"):
    """Encoded-word subject, folded over lines when long."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def q(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    raw = text.encode(codec or charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(10000000, 99999999), RNG.randint(10**12, 10**13))))
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def gmail_boundary():
    return "000000000000" + hexj(16)


def outlook_boundary():
    return "_000_%s%s_" % (alnum(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "PROD")


# ---------------------------------------------------------------- html helpers
def html_lines(text):
    lines = text.split("\n")
    out = []
    buf = []

    def flush():
        if buf:
            out.append("<p>" + "<br>\n".join(buf) + "</p>")
            buf.clear()

    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            inner = []
            while i < len(lines) and lines[i].startswith(">"):
                x = lines[i][1:]
                if x.startswith(" "):
                    x = x[1:]
                inner.append(x)
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + html_lines("\n".join(inner)) + "</blockquote>")
            continue
        if ln.strip() == "":
            flush()
        else:
            buf.append(html.escape(ln))
        i += 1
    flush()
    return "\n".join(out)


def aws_html(text, title="Amazon Web Services"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:12px\">"
            "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" height=\"32\"></td></tr>\n"
            "<tr><td style=\"padding:16px\">\n%s\n</td></tr></table>\n</body></html>\n") % (html.escape(title), html_lines(text))


def gmail_html(text):
    return '<div dir="ltr">' + html_lines(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"


def outlook_html(text):
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            "<body dir=\"ltr\">\n<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;\">\n"
            + html_lines(text) + "\n</div>\n</body></html>\n")


# ---------------------------------------------------------------- receive paths
def dkim_sig(domain, sel, t, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s" % (
        sel, domain, int(t.timestamp()), h, b64j(32), fold(b64j(256))))


AMZ_SEL = "rrm6fd3rfqnmsywkkdgdpxz5nkcfusxb"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def aws_dkim(t):
    return [dkim_sig("amazon.com", AMZ_SEL, t),
            dkim_sig("amazonses.com", SES_SEL, t, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]


def ses_tail(t, ip):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64j(30).rstrip("=")),
            ("X-SES-Outgoing", "%s-%s" % (t.astimezone(UTC).strftime("%Y.%m.%d"), ip))]


def gmail_in(to, t, ip, host, mailfrom, ar):
    g = t.astimezone(PT)
    gd = rfc(g, paren=True)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexj(4), hexj(3), hexj(3), hexj(4), hexj(4), alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), gd)),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(80)),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            hexj(4), hexj(3), hexj(3), hexj(4), alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), hexj(8), RNG.randint(10, 99), RNG.randint(1000000000000, 9999999999999), gd)),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(t.timestamp()), fold(b64j(256), 70, "\n         "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (
            b64j(32), b64j(32), fold(b64j(256), 70, "\n         "))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        %s" % (
            host, host, ip, alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"), RNG.randint(100, 999), RNG.randint(1, 9), to, gd)),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
        ("Authentication-Results", ar),
    ]


def gmail_ar_aws(mailfrom, ip, dmarc="pass"):
    return ("mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com") % (
        AMZ_SEL, alnum(8), SES_SEL, alnum(8), mailfrom, ip, mailfrom, dmarc)


def outlook_in(to, t, ip, host, mailfrom, ar, tenant="namprd", extra_top=None):
    md = ms_date(t)
    srv = lambda: "%s%dPR%02dMB%04d.%s%02d.prod.outlook.com" % (
        RNG.choice(["SN7", "PH0", "BL1", "CH3", "DM6", "MW4", "SA1", "IA1"]), RNG.randint(1, 9),
        RNG.randint(1, 22), RNG.randint(1000, 9999), tenant, RNG.randint(1, 22))
    edge = "%s.%s%02d.prod.protection.outlook.com" % (
        RNG.choice(["BN2PEPF0000", "CO1PEPF0000", "DS3PEPF0000", "SJ1PEPF0000"]) + str(RNG.randint(1000, 9999)),
        tenant, RNG.randint(1, 22))
    a, b, c = srv(), srv(), srv()
    v6 = lambda: "2603:10b6:%s:%s::%s" % (hexj(3), hexj(3), hexj(2))
    hs = [
        ("Received", "from %s (%s) by\n %s with HTTPS; %s" % (a, v6(), b, md)),
        ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s" % (
            c, v6(), a, v6(), RNG.randint(10, 40), md)),
        ("Received", "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend\n Transport; %s" % (
            edge, v6(), c, v6(), RNG.randint(10, 40), md)),
        ("Authentication-Results", ar),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            mailfrom.split("@")[1], ip, ip, host)),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend\n Transport; %s" % (
            host, ip, edge, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(10, 40), md)),
    ]
    return (extra_top or []) + hs


def outlook_ar(ip, mailfrom_domain, dkim_d, from_dom, dmarc="pass", action="none", compauth="pass reason=100", dkim="pass (signature was verified)"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s") % (
        ip, mailfrom_domain, dkim, dkim_d, dmarc, action, from_dom, compauth)


def ms_tail(t):
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", ms_date(t).split(", ", 1)[1][:-6]),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (hexj(8), hexj(4), hexj(4), hexj(4), hexj(12))),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|2066899003|69100299015|8096899003;"),
    ]


def jp_in(to, t, ip, host, mailfrom, ar, mx, mbox):
    jd = rfc(t, JST, paren=True)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (localhost.localdomain [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            mx, mbox, alnum(10, "0123456789ABCDEF"), to, jd)),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mx, alnum(16), to, jd)),
    ]


def fastmail_in(to, t, ip, host, mailfrom, ar):
    fd = rfc(t.astimezone(ZoneInfo("America/New_York")))
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from compute3.internal (compute3.nyi.internal [10.202.2.%d])\n\t by sloti%dn%02d (Cyrus 3.11.0-alpha0-%s-fm-20241015.001-g%s) with LMTPA;\n\t %s" % (
            RNG.randint(40, 50), RNG.randint(10, 60), RNG.randint(1, 9), RNG.randint(900, 1200), hexj(8), fd)),
        ("X-Cyrus-Session-Id", "sloti44n01-%d-%d-2-%d" % (int(t.timestamp()), RNG.randint(100000, 999999), RNG.randint(10**18, 10**19))),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("X-Spam-known-sender", "no"),
        ("X-Spam-sender-reputation", "500 (none)"),
        ("X-Spam-score", "0.0"),
        ("X-Spam-hits", "BAYES_00 -1.9, DKIM_SIGNED 0.1, DKIM_VALID -0.1, DKIM_VALID_AU -0.1,\n  HTML_MESSAGE 0.001, ME_SENDERREP_NEUTRAL 0.001, SPF_PASS -0.001,\n  LANGUAGES en, BODY_SIZE_5000_5999"),
        ("X-Spam-source", "IP='%s', Host='%s', Country='US',\n  FromHeader='com', MailFrom='com'" % (ip, host)),
        ("Received-SPF", "pass\n    (amazonses.com: %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:%s/19' matched))\n    receiver=mx6.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"%s\";\n    helo=%s;\n    client-ip=%s" % (
            ip, mailfrom, ip.rsplit(".", 2)[0] + ".0.0", mailfrom, host, ip)),
        ("Received", "from mx6.messagingengine.com (mx6.nyi.internal [10.202.2.205])\n    by compute3.internal (LMTPProxy); %s" % fd),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
            host, host, ip, to, fd)),
    ]


def fastmail_ar_aws(ip, host, mailfrom):
    return ("mx6.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com\n      header.i=@amazon.com header.b=%s header.a=rsa-sha256\n      header.s=%s x-bits=2048;\n"
            "    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com\n      header.i=@amazonses.com header.b=%s header.a=rsa-sha256\n      header.s=%s x-bits=1024;\n"
            "    dmarc=pass policy.published-domain-policy=quarantine\n      policy.published-subdomain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,sp=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=amazon.com;\n"
            "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s\n      smtp.helo=%s;\n    x-aligned-from=domain_pass (Domain match);\n    x-me-sender=none;\n    x-ptr=pass smtp.helo=%s policy.ptr=%s;\n    x-return-mx=pass header.domain=amazon.com policy.is_org=yes\n      (MX Records found: amazon-smtp.amazon.com);\n    x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384\n      smtp.bits=256/256;\n    x-vs=clean score=0 state=0") % (
        alnum(8), AMZ_SEL, alnum(8), SES_SEL, ip, host, mailfrom, host, host, host)


# ---------------------------------------------------------------- writing
def write(slug, headers, body, kind, case_id, new_text, sender_verified, language="en", extra_ids=None, note=None):
    SEQ[0] += 1
    fname = "%03d-%s.eml" % (SEQ[0], slug)
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    body_s = body.as_string(maxheaderlen=78)
    data = "\n".join(lines) + "\n" + body_s
    if not data.endswith("\n"):
        data += "\n"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data.encode("ascii"))
    ids = sorted({"AWS" + m for m in ID_RE.findall(new_text)} | set(extra_ids or []))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": sender_verified, "language": language}
    return fname


def aws_mail(slug, env, to, t, frm, subject, body, kind, case_id, new_text, language="en",
             verified=True, extra_after=None, from_name=AWS_NAME, reply_to=None, subj_charset="utf-8"):
    """Genuine AWS mail through SES, received by a given mailbox environment."""
    ip, host = ses_ip()
    mf = ses_mailfrom(t)
    rt = t + timedelta(seconds=RNG.randint(1, 6))
    if env == "gmail":
        top = gmail_in(to, rt, ip, host, mf, gmail_ar_aws(mf, ip))
    elif env in ("outlook", "m365"):
        top = outlook_in(to, rt, ip, host, mf, outlook_ar(ip, "amazonses.com", "amazon.com", "amazon.com"),
                         tenant="namprd" if env == "outlook" else "eurprd")
    elif env == "fastmail":
        top = fastmail_in(to, rt, ip, host, mf, fastmail_ar_aws(ip, host, mf))
    elif env == "nifty":
        ar = ("mx.nifty.com;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass header.from=amazon.com" % (
            mf, AMZ_SEL, SES_SEL))
        top = jp_in(to, rt, ip, host, mf, ar, "mx.nifty.com", "mbox%02d.nifty.com" % RNG.randint(1, 40))
    elif env == "plala":
        # DKIM only (no dmarc token): aligned d=amazon.com is enough.
        ar = ("plala.or.jp;\n\tspf=pass (plala.or.jp: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.i=@amazon.com header.s=%s" % (
            mf, ip, mf, AMZ_SEL))
        top = jp_in(to, rt, ip, host, mf, ar, "mx0%d.plala.or.jp" % RNG.randint(1, 4), "msvc%02d.plala.or.jp" % RNG.randint(1, 20))
    else:
        raise ValueError(env)
    hs = top + aws_dkim(t)
    hs.append(("From", addr(from_name, frm)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    mid = ses_msgid(t)
    hs += [("To", to), ("Subject", subj(subject, subj_charset)), ("Date", rfc(t)), ("Message-ID", mid)]
    hs += ses_tail(t, ip)
    if env in ("outlook", "m365"):
        hs += ms_tail(rt)
    if extra_after:
        hs += extra_after
    fn = write(slug, hs, body, kind, case_id, new_text, verified if verified is not None else None, language)
    MSGIDS[fn] = mid
    LAST_AWS[0] = mid
    return fn


def sent_gmail(slug, frm, to, t, subject, body, case_id, new_text, in_reply_to=None, language="en", kind="unrelated"):
    in_reply_to = in_reply_to or LAST_AWS[0]
    hs = [("MIME-Version", "1.0"), ("Date", rfc(t)), ]
    if in_reply_to:
        hs += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    hs += [("Message-ID", gmail_msgid()), ("Subject", subj(subject)), ("From", frm), ("To", to)]
    del body["MIME-Version"]
    return write(slug, hs, body, kind, case_id, new_text, None, language)


# ================================================================ the cases
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    case_a()
    case_b()
    case_c()
    case_d()
    case_e()
    case_f()
    case_g()
    case_h()
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    check()


# ---------------------------------------------------------------- case A
# Daniel Okafor, Gmail, form desk, 15-digit id. Detour: wrong candidate id in the
# form (digits swapped), corrected by the user.
FORM_FOOTER = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
               "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
               "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def case_a():
    me = "daniel.okafor88@gmail.com"
    me_h = addr("Daniel Okafor", me)
    opened = d(2025, 3, 11, 14, 6, 41)
    cid = case15(opened, 3218)
    subj0 = "[AWS Training and Certification Form Submission] - account-assistance"
    tor = ZoneInfo("America/Toronto")

    # A1 acknowledgement
    t1 = opened + timedelta(seconds=9)
    txt = ("Hello,\n\n"
           "Thank you for reaching out to AWS Training and Certification. This automated message confirms "
           "that we received your request and created support case %s for it.\n\n"
           "Inquiry type: Certification\nDetail: Account Merge\n\n"
           "A member of our team will review your request and respond, usually within 24 hours. If you need "
           "to add information, simply reply to this email and keep the case number in the subject line. "
           "Please do not submit the form again for the same request, since duplicate cases can slow down "
           "our response.\n\n"
           "Thank you,\nAWS Training and Certification Customer Support" % cid) + FORM_FOOTER
    aws_mail("case-opened-form-ack", "gmail", me, t1, FORM, "[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt), tpart(aws_html(txt), "html")), "case_created", cid, txt)

    # A2 agent cannot find the second id
    t2 = d(2025, 3, 12, 16, 40, 12)
    form_sub = ("First name: Daniel\nLast name: Okafor\nEmail: daniel.okafor88@gmail.com\n"
                "Inquiry type: AWS Training and Certification\nDetail: Account Merge\n"
                "AWS candidate ID: AWS03418827\n"
                "Description: I have two certification accounts, AWS03418827 (personal) and AWS11902654 "
                "(work email). Please merge them into the work one so all my certs are in one place.")
    new2 = ("Hello Daniel,\n\n"
            "Thank you for contacting AWS Training and Certification.\n\n"
            "I understand you would like your two certification profiles brought together under one "
            "login. I have started looking into this, however I was not able to find any candidate profile "
            "with the ID AWS11902654 mentioned in your description. The first ID, AWS03418827, does exist "
            "and is registered to daniel.okafor88@gmail.com.\n\n"
            "Could you please double-check the second candidate ID? It is shown on the home page of your AWS "
            "Certification Account after you sign in, just below your name. Please also tell me which email "
            "address you use to sign in to that account.\n\n"
            "As soon as I have the correct details I will continue with your request.\n\n"
            "Best regards,\n\nFarah\nAWS Training and Certification Customer Support")
    txt2 = new2 + "\n\n-----Original Message-----\n" + form_sub + FORM_FOOTER
    m2 = aws_mail("agent-cannot-find-candidate-id", "gmail", me, t2, FORM, "RE:[CASE %s] %s" % (cid, subj0),
                  alt(tpart(txt2), tpart(aws_html(txt2), "html")), "support_reply", cid, new2)

    # A3 user's correction (Sent)
    t3 = d(2025, 3, 12, 19, 2, 37, tor)
    quoted = "On Wed, Mar 12, 2025 at 12:40\u202fPM Amazon Web Services <%s> wrote:\n%s" % (FORM, q(txt2))
    new3 = ("Hi Farah,\n\n"
            "Sorry about that, my mistake. The correct ID is AWS11902645 (I swapped the last two digits). "
            "That profile is registered to daniel.okafor@northwind-analytics.ca and it's the one I would like "
            "to keep, because it has my current Solutions Architect - Associate. The older one, aws03418827, "
            "only has the Cloud Practitioner from 2021.\n\n"
            "Thanks,\nDaniel")
    body3 = alt(tpart(new3 + "\n\n" + quoted, cte="quoted-printable"),
                tpart(gmail_html(new3) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                      + html.escape(quoted.split("\n")[0]) + "<br></div>" + html_lines(q(txt2)) + "</div>\n", "html"),
                boundary=gmail_boundary())
    sent_gmail("sent-correct-candidate-id", me_h, AWS_NAME + " <%s>" % FORM, t3,
               "Re: RE:[CASE %s] %s" % (cid, subj0), body3, cid, new3)

    # A4 confirmation request
    t4 = d(2025, 3, 13, 15, 11, 5)
    new4 = ("Hello Daniel,\n\n"
            "Thank you for the correction, I was able to locate both profiles now.\n\n"
            "Before we go ahead, please review the details below carefully:\n\n"
            "Account to be closed (source): AWS03418827 - daniel.okafor88@gmail.com\n"
            "Account that will remain (destination): AWS11902645 - daniel.okafor@northwind-analytics.ca\n\n"
            "All certifications, exam history and benefits of the source account will be moved to the "
            "destination account and the source account will be deactivated. Please be aware that this "
            "action is permanent and cannot be reversed afterwards.\n\n"
            "If everything above is correct, please reply to this email to confirm that you would like us to "
            "proceed.\n\n"
            "Kind regards,\n\nFarah\nAWS Training and Certification Customer Support")
    hist4 = ("\n\n-----Original Message-----\nFrom: daniel.okafor88@gmail.com\nSent: 3/12/2025 11:02 PM\n"
             "To: %s\nSubject: Re: RE:[CASE %s] %s\n\n%s" % (FORM, cid, subj0, new3))
    txt4 = new4 + hist4 + FORM_FOOTER
    aws_mail("please-confirm-source-and-destination", "gmail", me, t4, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt4), tpart(aws_html(txt4), "html")), "merge_confirmation_requested", cid, new4)

    # A5 user confirms (Sent), nested quoting
    t5 = d(2025, 3, 13, 20, 45, 51, tor)
    new5 = "Hi Farah,\n\nThe details are correct. Please proceed.\n\nThank you!\nDaniel"
    quoted5 = "On Thu, Mar 13, 2025 at 11:11\u202fAM Amazon Web Services <%s> wrote:\n%s" % (FORM, q(new4 + "\n\n" + q(new3)))
    body5 = alt(tpart(new5 + "\n\n" + quoted5, cte="quoted-printable"),
                tpart(gmail_html(new5) + '<br><div class="gmail_quote">' + html.escape(quoted5.split("\n")[0])
                      + html_lines(q(new4 + "\n\n" + q(new3))) + "</div>\n", "html"), boundary=gmail_boundary())
    sent_gmail("sent-details-correct-proceed", me_h, AWS_NAME + " <%s>" % FORM, t5,
               "Re: RE:[CASE %s] %s" % (cid, subj0), body5, cid, new5)

    # A6 thanks for confirming, will proceed
    t6 = d(2025, 3, 14, 13, 20, 44)
    new6 = ("Hello Daniel,\n\n"
            "Thank you for confirming. I have now forwarded your request to the team that handles profile "
            "consolidation. Once the merge is complete you will receive a separate email from us, and your "
            "certifications will then show under AWS11902645. This normally takes one to three business days.\n\n"
            "In the meantime please avoid scheduling or sitting an exam on either profile.\n\n"
            "Best regards,\n\nFarah\nAWS Training and Certification Customer Support")
    txt6 = new6 + "\n\n-----Original Message-----\n" + new5 + FORM_FOOTER
    aws_mail("thanks-forwarded-to-team", "gmail", me, t6, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt6, cte="base64"), tpart(aws_html(txt6), "html", cte="base64")), "support_reply", cid, new6)

    # A7 completed (word 'merge' avoided)
    t7 = d(2025, 3, 15, 6, 37, 2)
    new7 = ("Hello Daniel,\n\n"
            "Good news: your two certification profiles have now been consolidated. Everything that was held "
            "under AWS03418827 has been moved to AWS11902645, and you can sign in with "
            "daniel.okafor@northwind-analytics.ca as before. The old profile is no longer active.\n\n"
            "Please sign in and check that all of your certifications and your exam benefits are listed. "
            "Digital badges can take up to 48 hours to appear in your Credly account.\n\n"
            "Best regards,\n\nMarcus\nAWS Training and Certification Customer Support")
    txt7 = new7 + FORM_FOOTER
    aws_mail("profiles-consolidated", "gmail", me, t7, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt7), tpart(aws_html(txt7), "html")), "merge_completed", cid, new7)

    # A8 survey, HTML only
    t8 = t7 + timedelta(minutes=1, seconds=14)
    new8 = ("Hello,\n\n"
            "Your case %s has been marked as resolved. We hope we were able to help.\n\n"
            "How satisfied were you with the support you received?\n\n"
            "Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied\n\n"
            "Your answers are anonymous and take less than a minute. If your issue is not resolved, simply "
            "reply to this email within 14 days and the case will be reopened.\n\n"
            "AWS Training and Certification" % cid)
    h8 = aws_html(new8 + FORM_FOOTER, "Tell us about your experience").replace(
        "Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied",
        " ".join('<a href="https://survey.training.aws/s/%s?r=%d&amp;case=%s" style="padding:6px 10px;background:#ff9900;color:#000;text-decoration:none">%s</a>'
                 % (alnum(10), i, cid, w) for i, w in enumerate(["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"], 1)))
    aws_mail("case-resolved-satisfaction-survey", "gmail", me, t8, FORM,
             "[CASE %s] Tell us about your experience" % cid,
             tpart(h8, "html"), "survey", cid, new8)

# ---------------------------------------------------------------- case B
# 佐藤 美咲, nifty, console desk in Japanese, 11-digit id (2022). Detour: case
# reopened because one certification did not move; CertMetrics look-alike survey.
CONSOLE_JA_FOOTER = ("\n\n---\nこのメールアドレスは送信専用です。ご返信いただいても対応いたしかねます。"
                     "ケースへのご返信は AWS サポートセンターからお願いいたします。\n"
                     "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")


def case_b():
    me = "m-sato0612@nifty.com"
    cid = "10518372946"
    link = "https://console.aws.amazon.com/support/home?language=ja#/case/?displayId=%s" % cid
    subj_case = "AWS認定アカウントの統合について"

    # B1 case opened (console)
    t1 = d(2022, 6, 14, 1, 23, 18)
    txt = ("お客様\n\n"
           "Amazon Web Services にお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、"
           "ケース %s をオープンしました。\n\n"
           "ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n"
           "サービス: Training and Certification\nカテゴリ: 認定アカウント\n\n"
           "ケースの詳細の確認や追加情報のご提供は、サポートセンターからお願いいたします。\n%s\n\n"
           "よろしくお願いいたします。\nAmazon Web Services" % (cid, cid, subj_case, link)) + CONSOLE_JA_FOOTER
    aws_mail("console-case-opened-ja", "nifty", me, t1, NOREPLY,
             "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % cid,
             alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64")),
             "case_created", cid, txt, language="ja", subj_charset="iso-2022-jp")

    # B2 agent asks for login e-mails and which to keep
    t2 = d(2022, 6, 15, 3, 5, 40)
    new2 = ("佐藤 美咲 様\n\n"
            "AWS トレーニングと認定サポートの鈴木でございます。\n"
            "この度はお問い合わせいただき、誠にありがとうございます。\n\n"
            "認定アカウントの統合をご希望とのこと、承知いたしました。お問い合わせに記載いただいた候補者 ID "
            "AWS20577310 のほかに、もう一方のアカウントを特定するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。\n\n"
            "1. それぞれのアカウントにサインインする際のメールアドレス\n"
            "2. 統合後に残すアカウント（どちらの候補者 ID を存続させるか）\n"
            "3. もう一方のアカウントの候補者 ID（お分かりになる場合）\n\n"
            "お手数をおかけいたしますが、サポートセンターより本ケースにご返信くださいますようお願い申し上げます。\n\n"
            "今後ともよろしくお願いいたします。\n\n"
            "鈴木\nAmazon Web Services")
    rate = ("\n\nこのやり取りを評価するには、以下のリンクをクリックしてください:\n"
            "https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja&displayId=%s&rating=5\n"
            "https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja&displayId=%s&rating=1\n\n"
            "ケースを表示するには: %s") 
    txt2 = new2 + rate % (alnum(14, "0123456789"), cid, alnum(14, "0123456789"), cid, link) + CONSOLE_JA_FOOTER
    aws_mail("agent-asks-login-emails-ja", "nifty", me, t2, NOREPLY, "RE:[CASE %s] %s" % (cid, subj_case),
             alt(tpart(txt2, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(txt2), "html")),
             "support_reply", cid, new2, language="ja", subj_charset="iso-2022-jp")

    # B3 confirmation request (Shift_JIS body)
    t3 = d(2022, 6, 16, 5, 48, 2)
    new3 = ("佐藤 美咲 様\n\n"
            "お世話になっております。AWS トレーニングと認定サポートの鈴木でございます。\n"
            "ご回答いただき、ありがとうございます。\n\n"
            "いただいた情報をもとに両アカウントを確認いたしました。以下の内容で統合手続きを進めさせていただく予定です。\n\n"
            "統合元（閉鎖されるアカウント）: AWS20577310 / misaki.sato.1990@gmail.com\n"
            "統合先（存続するアカウント）: AWS09126684 / m-sato0612@nifty.com\n\n"
            "統合元の認定資格、受験履歴および特典はすべて統合先へ移行されます。なお、統合後に元の状態へ戻すことはできませんので、"
            "あらかじめご了承ください。\n\n"
            "上記の内容でお間違いがなければ、サポートセンターから本ケースに「統合を進めてください」とご返信いただけますでしょうか。"
            "ご確認いただけ次第、手続きを開始いたします。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "鈴木\nAmazon Web Services")
    txt3 = new3 + rate % (alnum(14, "0123456789"), cid, alnum(14, "0123456789"), cid, link) + CONSOLE_JA_FOOTER
    aws_mail("confirm-merge-direction-ja", "nifty", me, t3, NOREPLY, "RE:[CASE %s] %s" % (cid, subj_case),
             alt(tpart(txt3, charset="shift_jis", cte="base64"), tpart(aws_html(txt3), "html")),
             "merge_confirmation_requested", cid, new3, language="ja", subj_charset="iso-2022-jp")

    # B4 completed
    t4 = d(2022, 6, 17, 8, 12, 55)
    new4 = ("佐藤 美咲 様\n\n"
            "お世話になっております。AWS トレーニングと認定サポートの鈴木でございます。\n\n"
            "ご確認のご返信をいただき、ありがとうございました。\n"
            "ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告申し上げます。"
            "今後は AWS09126684（m-sato0612@nifty.com）でサインインいただき、保有されている認定資格をご確認ください。\n\n"
            "Credly のデジタルバッジの反映には最大で 48 時間程度かかる場合がございます。\n\n"
            "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
            "鈴木\nAmazon Web Services")
    txt4 = new4 + rate % (alnum(14, "0123456789"), cid, alnum(14, "0123456789"), cid, link) + CONSOLE_JA_FOOTER
    aws_mail("merge-finished-ja", "nifty", me, t4, NOREPLY, "RE:[CASE %s] %s" % (cid, subj_case),
             alt(tpart(txt4, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(txt4), "html", cte="base64")),
             "merge_completed", cid, new4, language="ja", subj_charset="iso-2022-jp")

    # B5 closure + survey
    t5 = d(2022, 6, 20, 8, 15, 3)
    new5 = ("お客様\n\n"
            "サポートケース %s は、一定期間お客様からのご返信がなかったため、解決済みとしてクローズされました。\n\n"
            "今回のサポートについて、ご意見をお聞かせください。\n"
            "問題は解決しましたか？\n"
            "はい: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=yes&language=ja\n"
            "いいえ: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=no&language=ja\n\n"
            "問題が解決していない場合は、サポートセンターからケースを再オープンできます。\n\n"
            "Amazon Web Services" % (cid, cid, cid))
    aws_mail("case-closed-survey-ja", "nifty", me, t5, NOREPLY,
             "[Case %s] ケースがクローズされました - ご意見をお聞かせください" % cid,
             alt(tpart(new5, cte="base64"), tpart(aws_html(new5 + CONSOLE_JA_FOOTER), "html", cte="base64")),
             "survey", cid, new5, language="ja", subj_charset="utf-8")

    # CertMetrics look-alike (not the case survey)
    t_cm = d(2022, 6, 22, 16, 0, 12)
    cm_txt = ("Dear Misaki Sato,\n\n"
              "AWS Certification wants to hear from you!\n\n"
              "You recently updated your AWS Certification profile (Candidate ID: AWS09126684). We would like to "
              "learn about your experience with the AWS Certification Account and with the certification "
              "program in general. The survey takes about 5 minutes.\n\n"
              "Take the survey: https://www.certmetrics.com/amazon/survey/%s\n\n"
              "Thank you,\nAWS Training and Certification\n\n"
              "This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply "
              "to this message; this mailbox is not monitored." % alnum(12))
    ip = "198.2.%d.%d" % (RNG.randint(128, 191), RNG.randint(2, 250))
    host = "mail%d.certmetrics.com" % RNG.randint(10, 99)
    mf = "bounce-%s@certmetrics.com" % alnum(10, "abcdef0123456789")
    ar = ("mx.nifty.com;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=certmetrics.com header.s=cm1;\n\tdmarc=pass header.from=certmetrics.com" % mf)
    hs = jp_in(me, t_cm + timedelta(seconds=3), ip, host, mf, ar, "mx.nifty.com", "mbox%02d.nifty.com" % RNG.randint(1, 40))
    hs += [dkim_sig("certmetrics.com", "cm1", t_cm),
           ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", me),
           ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(t_cm)),
           ("Message-ID", "<%s.%s@certmetrics.com>" % (alnum(20, "0123456789abcdef"), int(t_cm.timestamp())))]
    write("certmetrics-wants-to-hear-from-you", hs,
          alt(tpart(cm_txt, charset="us-ascii", cte="7bit"), tpart(aws_html(cm_txt, "AWS Certification"), "html")),
          "unrelated", None, cm_txt, False)

    # B6 reopened: agent is looking into the missing certification
    t6 = d(2022, 6, 27, 2, 31, 47)
    new6 = ("佐藤 美咲 様\n\n"
            "AWS トレーニングと認定サポートの鈴木でございます。\n"
            "ケースを再オープンいただき、ご連絡ありがとうございます。\n\n"
            "統合後のアカウント AWS09126684 に「AWS Certified SAP on AWS - Specialty」が表示されていないとのこと、"
            "ご不便をおかけしており大変申し訳ございません。\n"
            "現在、担当部署にて旧アカウントからの移行状況を確認しております。状況が分かり次第、改めてご連絡いたします。\n\n"
            "恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。\n\n"
            "鈴木\nAmazon Web Services")
    txt6 = new6 + rate % (alnum(14, "0123456789"), cid, alnum(14, "0123456789"), cid, link) + CONSOLE_JA_FOOTER
    aws_mail("reopened-missing-certification-ja", "nifty", me, t6, NOREPLY, "RE:[CASE %s] %s" % (cid, subj_case),
             alt(tpart(txt6, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(txt6), "html")),
             "support_reply", cid, new6, language="ja", subj_charset="iso-2022-jp")

    # B7 the remaining part of the merge completed
    t7 = d(2022, 6, 29, 6, 2, 19)
    new7 = ("佐藤 美咲 様\n\n"
            "お待たせいたしました。AWS トレーニングと認定サポートの鈴木でございます。\n\n"
            "担当部署にて、旧アカウント AWS20577310 から残っていた認定の移行を行い、アカウントの統合処理がすべて完了いたしました。"
            "現在は「AWS Certified SAP on AWS - Specialty」を含むすべての認定資格が AWS09126684 に表示されております。\n\n"
            "このたびはご迷惑をおかけし、誠に申し訳ございませんでした。"
            "Credly のバッジにつきましても、数日以内に反映される見込みです。\n\n"
            "鈴木\nAmazon Web Services")
    txt7 = new7 + rate % (alnum(14, "0123456789"), cid, alnum(14, "0123456789"), cid, link) + CONSOLE_JA_FOOTER
    aws_mail("remaining-cert-moved-merge-complete-ja", "nifty", me, t7, NOREPLY, "RE:[CASE %s] %s" % (cid, subj_case),
             alt(tpart(txt7, charset="shift_jis", cte="quoted-printable"), tpart(aws_html(txt7), "html", cte="base64")),
             "merge_completed", cid, new7, language="ja", subj_charset="iso-2022-jp")

# ---------------------------------------------------------------- case C
# Priya Raman, Outlook.com, form desk, 15-digit id, non-native agent. Completion
# and closure in one mail; then badges missing in Credly, chased, moved.
def sent_outlook(slug, frm, to, t, subject, body, case_id, new_text, in_reply_to=None, language="en",
                 tenant="namprd", content_lang="en-GB", kind="unrelated", received=True):
    in_reply_to = in_reply_to or LAST_AWS[0]
    srv = "%s%dPR%02dMB%04d.%s%02d.prod.outlook.com" % (RNG.choice(["PH0", "SN7", "AM9", "DB9", "VI1"]), RNG.randint(1, 9),
                                                        RNG.randint(1, 22), RNG.randint(1000, 9999), tenant, RNG.randint(1, 22))
    hs = []
    if received:
        hs.append(("Received", "from %s (%s) by\n %s with HTTPS; %s" % (srv, "::1", srv, ms_date(t))))
    hs += [("From", frm), ("To", to), ("Subject", subj(subject)),
           ("Thread-Topic", subj(re.sub(r"^(R[Ee]|AW|RE): ?", "", subject))),
           ("Thread-Index", base64.b64encode(RNG.randbytes(22)).decode()),
           ("Date", ms_date(t)),
           ("Message-ID", "<%s@%s>" % (srv.split(".")[0] + alnum(12, "0123456789ABCDEF"), srv))]
    if in_reply_to:
        hs += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    hs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", content_lang),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", "")]
    del body["MIME-Version"]
    hs.append(("MIME-Version", "1.0"))
    return write(slug, hs, body, kind, case_id, new_text, None, language)


def credly_mail(slug, env, to, t, name, badge, issuer="Amazon Web Services Training and Certification",
                moved=False, legacy=False, verified=True, subject=None, body_text=None, kind="credly_badge_issued"):
    dom = "youracclaim.com" if legacy else "credly.com"
    ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
    host = "o%d.ptr%d.%s" % (RNG.randint(1, 9), RNG.randint(1000, 9999), "em.credly.com" if not legacy else "email.youracclaim.com")
    mf = "bounces+%d-%s-%s@em%d.%s" % (RNG.randint(1000000, 9999999), hexj(4), to.replace("@", "="), RNG.randint(1000, 9999), dom)
    if subject is None:
        subject = ("%s, your badge from %s is ready to accept" % (name.split()[0], issuer)) if moved else \
                  ("Congratulations, %s! You've earned a badge from %s" % (name.split()[0], issuer))
    if body_text is None:
        if moved:
            body_text = ("Hi %s,\n\n%s has issued you a badge: %s.\n\n"
                         "This badge was re-issued to this account after your AWS Certification profiles were combined. "
                         "Accept your badge to display it on your Credly profile and share it with your network.\n\n"
                         "Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s\n\n"
                         "The Credly Team\n\nCredly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007\n"
                         "You are receiving this email because a badge was issued to you on Credly. Manage email preferences: "
                         "https://www.credly.com/notifications" % (name.split()[0], issuer, badge, hexj(8), hexj(4), hexj(4), hexj(4), hexj(12)))
        else:
            body_text = ("Hi %s,\n\nCongratulations! %s has issued you a new badge:\n\n%s\n\n"
                         "Accept your badge to claim it, then share it on LinkedIn, add it to your email signature "
                         "or embed it on your website.\n\nAccept your badge: https://www.%s/earner/earned/badge/%s-%s-%s-%s-%s\n\n"
                         "Best,\nThe %s Team\n\nYou are receiving this email because %s issued you a badge. "
                         "Unsubscribe: https://www.%s/notifications" % (
                             name.split()[0], issuer, badge, dom, hexj(8), hexj(4), hexj(4), hexj(4), hexj(12),
                             "Acclaim" if legacy else "Credly", issuer, dom))
    h = aws_html(body_text, "Credly").replace("https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png",
                                             "https://images.%s/images/email/%s-logo.png" % (dom, "acclaim" if legacy else "credly")).replace(
        "background:#232f3e", "background:#ffffff").replace(">Accept your badge: ", '><a href="#" style="background:#ff5f00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a> ')
    body = alt(tpart(body_text, cte="quoted-printable"), tpart(h, "html", cte="quoted-printable"))
    rt = t + timedelta(seconds=RNG.randint(2, 9))
    if env == "gmail":
        ar = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=%s;\n       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n"
              "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s") % (dom, alnum(8), alnum(8), mf, ip, mf, dom)
        top = gmail_in(to, rt, ip, host, mf, ar)
    elif env == "outlook":
        top = outlook_in(to, rt, ip, host, mf, outlook_ar(ip, "em%d.%s" % (RNG.randint(1000, 9999), dom), dom, dom))
    elif env == "plala":
        ar = "plala.or.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=s1;\n\tdmarc=pass header.from=%s" % (mf, dom, dom)
        top = jp_in(to, rt, ip, host, mf, ar, "mx02.plala.or.jp", "msvc%02d.plala.or.jp" % RNG.randint(1, 20))
    elif env == "m365":
        top = outlook_in(to, rt, ip, host, mf, outlook_ar(ip, "em%d.%s" % (RNG.randint(1000, 9999), dom), dom, dom), tenant="eurprd")
    hs = top + [dkim_sig(dom, "s1", t, "from:subject:mime-version:content-type:to:cc:list-unsubscribe"),
                ("From", "%s via %s <admin@%s>" % (issuer, "Acclaim" if legacy else "Credly", dom) if kind == "credly_badge_issued" or moved
                 else "Credly <admin@%s>" % dom),
                ("To", to), ("Subject", subj(subject)), ("Date", rfc(t)),
                ("Message-ID", "<%s@%s>" % (alnum(22), "mail.credly.com" if not legacy else "youracclaim.com")),
                ("List-Unsubscribe", "<https://www.%s/notifications>" % dom),
                ("X-SG-EID", alnum(60)), ("X-Entity-ID", alnum(22))]
    return write(slug, hs, body, kind, None, body_text, verified)


def case_c():
    me = "priya.raman@outlook.com"
    me_h = "Priya Raman <%s>" % me
    opened = d(2025, 5, 6, 8, 23, 10)
    cid = case15(opened, 1174)
    subj0 = "[AWS Training and Certification Form Submission] - account-assistance"
    lon = ZoneInfo("Europe/London")

    # C1 ack, HTML only
    t1 = opened + timedelta(seconds=11)
    txt1 = ("Hi there,\n\n"
            "We've received your message and opened case %s. Thanks for contacting AWS Training and Certification.\n\n"
            "Our support team will get back to you as soon as possible, normally within one business day. "
            "You don't need to do anything else right now. If you want to send us more details, reply to this "
            "email without changing the subject.\n\n"
            "Regards,\nAWS Training and Certification" % cid) + FORM_FOOTER
    aws_mail("weve-received-your-message", "outlook", me, t1, FORM, "[CASE %s] %s" % (cid, subj0),
             tpart(aws_html(txt1), "html", cte="base64"), "case_created", cid, txt1)

    # C2 agent asks which to keep
    t2 = d(2025, 5, 7, 10, 2, 26)
    new2 = ("Dear Priya,\n\n"
            "Greetings from AWS Training and Certification!\n\n"
            "This is regarding your request for combining the certification accounts. As per my check I can see "
            "two accounts are associated with your name, candidate ID AWS 30915562 and AWS-22004871.\n\n"
            "Kindly confirm below details so that we can move ahead:\n"
            "1) Which candidate ID you wish to retain as the primary account?\n"
            "2) The notification email address of each account (the one on which you are receiving the emails).\n\n"
            "Request you to revert back on this same email thread. Please do not create a new case for the same "
            "issue as it may delay the resolution.\n\n"
            "Thanks and Regards,\nRamesh\nAWS Training and Certification Support")
    txt2 = new2 + FORM_FOOTER
    m2 = aws_mail("agent-which-account-to-retain", "outlook", me, t2, FORM, "RE:[CASE %s] %s" % (cid, subj0),
                  alt(tpart(txt2), tpart(aws_html(txt2), "html")), "support_reply", cid, new2)

    # C3 Priya answers (Sent, Outlook)
    t3 = d(2025, 5, 7, 18, 40, 9, lon)
    new3 = ("Hi Ramesh,\n\n"
            "Thanks for getting back to me. Please keep AWS22004871 as the primary one, its notification email is "
            "priya.raman@outlook.com. The other one (AWS30915562) was created with my university address "
            "priya.raman@student.leeds-uni.ac.uk, which I can't access any more, so that's the one that should go.\n\n"
            "Kind regards,\nPriya")
    hdr3 = ("From: Amazon Web Services <%s>\nSent: Wednesday, May 7, 2025 11:02 AM\nTo: %s <%s>\n"
            "Subject: RE:[CASE %s] %s" % (FORM, me, me, cid, subj0))
    plain3 = new3 + "\n\n________________________________\n" + hdr3 + "\n\n" + txt2
    html3 = outlook_html(new3 + "\n\n") + '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' \
        + html_lines(hdr3) + "</div>\n" + html_lines(txt2) + "\n"
    sent_outlook("sent-keep-primary-outlook", me_h, AWS_NAME + " <%s>" % FORM, t3, "RE: RE:[CASE %s] %s" % (cid, subj0),
                 alt(tpart(plain3), tpart(html3, "html"), boundary=outlook_boundary()), cid, new3)

    # C4 confirmation request
    t4 = d(2025, 5, 8, 9, 47, 33)
    new4 = ("Dear Priya,\n\n"
            "Thank you for sharing the information.\n\n"
            "Please find below the merge details for your kind confirmation:\n\n"
            "Primary account (will be retained): AWS22004871 - priya.raman@outlook.com\n"
            "Secondary account (will be merged and deactivated): AWS30915562 - priya.raman@student.leeds-uni.ac.uk\n\n"
            "Kindly note once the merge is done it cannot be reverted back. All certifications and exam history "
            "from the secondary account will be moved to the primary account.\n\n"
            "Request you to reply \"Yes, I confirm\" on this email so that we can initiate the process from our end.\n\n"
            "Thanks and Regards,\nRamesh\nAWS Training and Certification Support")
    hist4 = ("\n\n-----Original Message-----\nFrom: %s\nSent: 5/7/2025 5:40 PM\nTo: %s\nSubject: RE: RE:[CASE %s] %s\n\n%s"
             % (me, FORM, cid, subj0, new3))
    txt4 = new4 + hist4 + FORM_FOOTER
    aws_mail("please-reply-yes-i-confirm", "outlook", me, t4, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt4), tpart(aws_html(txt4), "html")), "merge_confirmation_requested", cid, new4)

    # C5 completion + closure in one mail
    t5 = d(2025, 5, 9, 14, 5, 58)
    new5 = ("Dear Priya,\n\n"
            "We are happy to inform you that your accounts merge has been completed successfully. All your "
            "certifications are now available under candidate ID AWS22004871.\n\n"
            "As your request is fulfilled, we are closing this case from our end. Please take a moment to tell us "
            "about your experience:\n"
            "Was your issue resolved? Yes: https://survey.training.aws/r/%s?c=%s&a=1  No: https://survey.training.aws/r/%s?c=%s&a=0\n\n"
            "Thanks and Regards,\nRamesh\nAWS Training and Certification Support" % (alnum(8), cid, alnum(8), cid))
    hist5 = ("\n\n-----Original Message-----\nFrom: %s\nSent: 5/8/2025 12:15 PM\nTo: %s\nSubject: RE: RE:[CASE %s] %s\n\n"
             "Yes, I confirm.\n\nPriya" % (me, FORM, cid, subj0))
    txt5 = new5 + hist5 + FORM_FOOTER
    m5 = aws_mail("merge-done-case-closed-rate-us", "outlook", me, t5, FORM, "RE:[CASE %s] %s" % (cid, subj0),
                  alt(tpart(txt5, cte="base64"), tpart(aws_html(txt5), "html", cte="base64")), "merge_completed", cid, new5)

    # Seller Central look-alike (same RE:[CASE n] style)
    t_sc = d(2025, 5, 12, 22, 14, 40)
    sc_id = "6120475839"
    sc_txt = ("Hello,\n\n"
              "Thank you for contacting Amazon Selling Partner Support.\n\n"
              "I have reviewed the listing for ASIN B0CX7T2LQD (Handmade Brass Diya Set) and the suppression was "
              "caused by a missing product safety attribute. I have added the attribute on your behalf and the "
              "listing should be active again within 24 hours.\n\n"
              "If you have further questions, reply to this message through Seller Central > Help > Case Log.\n\n"
              "We'd appreciate your feedback. Did I solve your problem? Yes / No\n\n"
              "Regards,\nAkash S.\nAmazon.com Selling Partner Support")
    sc_html = aws_html(sc_txt, "Selling Partner Support")
    aws_mail("seller-central-case-listing", "outlook", me, t_sc, "seller-notification@amazon.com",
             "RE:[CASE %s] Listing suppressed - ASIN B0CX7T2LQD" % sc_id,
             alt(tpart(sc_txt), tpart(sc_html, "html")), "unrelated", sc_id, sc_txt, from_name="Amazon Seller Central")

    # C6 Priya chases the badges (Sent, Outlook) on the closed case
    t6 = d(2025, 5, 16, 20, 10, 45, lon)
    new6 = ("Hi Ramesh,\n\n"
            "Sorry to bother you again on this. The certifications all show under AWS22004871 now, thank you, but "
            "the Credly badges (AWS Certified Machine Learning Engineer - Associate and Cloud Practitioner) are "
            "still sitting in the old Credly profile that is tied to my university email, and I haven't had any "
            "email from Credly. Could you please have them moved to the Credly account for priya.raman@outlook.com?\n\n"
            "Many thanks,\nPriya")
    hdr6 = ("From: Amazon Web Services <%s>\nSent: Friday, May 9, 2025 3:05 PM\nTo: %s <%s>\n"
            "Subject: RE:[CASE %s] %s" % (FORM, me, me, cid, subj0))
    plain6 = new6 + "\n\n________________________________\n" + hdr6 + "\n\n" + txt5
    html6 = outlook_html(new6 + "\n\n") + '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' \
        + html_lines(hdr6) + "</div>\n" + html_lines(txt5) + "\n"
    sent_outlook("sent-badges-still-in-old-credly", me_h, AWS_NAME + " <%s>" % FORM, t6, "RE: RE:[CASE %s] %s" % (cid, subj0),
                 alt(tpart(plain6), tpart(html6, "html"), boundary=outlook_boundary()), cid, new6, in_reply_to=MSGIDS[m5])

    # C7 agent raised it with Credly
    t7 = d(2025, 5, 17, 7, 55, 12)
    new7 = ("Dear Priya,\n\n"
            "Thank you for writing back to us and apologies for the inconvenience caused.\n\n"
            "I have re-opened your case and raised a request with the concerned team to transfer the badges from "
            "your old Credly profile. Generally it takes 5 to 7 business days. Once the badges are transferred you "
            "will get an email from Credly to accept them.\n\n"
            "Meanwhile, request you not to delete the old Credly profile.\n\n"
            "Thanks and Regards,\nRamesh\nAWS Training and Certification Support")
    txt7 = new7 + "\n\n-----Original Message-----\nFrom: %s\nSent: 5/16/2025 7:10 PM\nTo: %s\n\n%s" % (me, FORM, new6) + FORM_FOOTER
    aws_mail("reopened-badge-transfer-raised", "outlook", me, t7, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt7), tpart(aws_html(txt7), "html")), "support_reply", cid, new7)

    # C8 Credly badge (moved after the merge)
    credly_mail("credly-mle-associate-ready-to-accept", "outlook", me, d(2025, 5, 21, 13, 30, 4), "Priya Raman",
                "AWS Certified Machine Learning Engineer - Associate", moved=True)

# ---------------------------------------------------------------- case D
# Marco Rossi, company Microsoft 365 mailbox, form desk, 10-digit ids (2020).
# Detour: first case never answered (no notification address), second case a
# week later; a look-alike phishing "confirm your merge" arrives mid-way.
ROSSI_SIG = ("Marco Rossi\nIng. | Cloud Architect\nStudio Rossi Ingegneria S.r.l.\nVia Cavour 18, 40124 Bologna\n"
             "Tel. +39 051 228 4471\n\nQuesta e-mail e gli eventuali allegati sono riservati e destinati esclusivamente "
             "al destinatario indicato. / This e-mail is confidential and intended only for the named recipient.")


def case_d():
    me = "marco.rossi@studiorossi-ing.it"
    me_h = "Marco Rossi <%s>" % me
    cid1, cid2 = "6984413520", "7011287456"
    subjD = "AWS Certification Contact Us - Account Merge"
    rome = ZoneInfo("Europe/Rome")

    # D1 first case opened (never answered)
    t1 = d(2020, 3, 2, 9, 12, 7)
    txt1 = ("Greetings from Amazon Web Services,\n\n"
            "We have received your inquiry and a case has been created: %s.\n\n"
            "An AWS Training and Certification representative will contact you within 1 business day. Please "
            "keep this case number for your records.\n\n"
            "Sincerely,\nAWS Training and Certification" % cid1) + FORM_FOOTER
    aws_mail("first-case-acknowledged", "m365", me, t1, FORM, "[CASE %s] %s" % (cid1, subjD),
             alt(tpart(txt1, charset="us-ascii", cte="7bit"), tpart(aws_html(txt1), "html")), "case_created", cid1, txt1)

    # D2 second case a week later
    t2 = d(2020, 3, 9, 8, 40, 55)
    txt2 = ("Greetings from Amazon Web Services,\n\n"
            "We have received your inquiry and a case has been created: %s.\n\n"
            "An AWS Training and Certification representative will contact you within 1 business day. Please "
            "keep this case number for your records.\n\n"
            "Sincerely,\nAWS Training and Certification" % cid2) + FORM_FOOTER
    aws_mail("second-case-acknowledged", "m365", me, t2, FORM, "[CASE %s] %s" % (cid2, subjD),
             alt(tpart(txt2, charset="us-ascii", cte="7bit"), tpart(aws_html(txt2), "html")), "case_created", cid2, txt2)

    # D3 agent on case 2 refers to the earlier case and asks for details
    t3 = d(2020, 3, 9, 16, 21, 30)
    new3 = ("Hello Marco,\n\n"
            "Thank you for contacting AWS Training and Certification, and I'm sorry for the wait.\n\n"
            "I noticed you submitted the same request last week under case %s. Our reply on that case could not be "
            "delivered because no notification e-mail address was recorded on the form. I have now resolved the "
            "older case so that we can continue here; please avoid opening further cases for this request, as "
            "it splits the history and slows things down.\n\n"
            "To move forward, could you please send me:\n"
            "- the candidate ID and the login e-mail of each of the two accounts (I can see AWS00671523 on file, "
            "but I could not find a second profile with your name);\n"
            "- which account you would like to keep;\n"
            "- a short reason for the request (for example a change of employer).\n\n"
            "Kind regards,\nLuis M.\nAWS Training and Certification Customer Support" % cid1)
    txt3 = new3 + FORM_FOOTER
    m3 = aws_mail("agent-refers-to-earlier-case", "m365", me, t3, FORM, "RE:[CASE %s] %s" % (cid2, subjD),
                  alt(tpart(txt3), tpart(aws_html(txt3), "html")), "support_reply", cid2, new3)

    # D4 Marco answers (Sent, Outlook desktop, Italian UI)
    t4 = d(2020, 3, 10, 9, 3, 12, rome)
    new4 = ("Hello Luis,\n\n"
            "thank you, and no problem. Here are the details:\n\n"
            "1. AWS 00671523 - login m.rossi@ingegneria-ferri.it (my former employer, the mailbox no longer exists)\n"
            "2. AWS 04459180 - login marco.rossi@studiorossi-ing.it (created in 2019 when I booked the SysOps exam, "
            "because I could not access the old account any more)\n\n"
            "I would like to keep the second one (AWS 04459180). The reason is simply the change of employer.\n\n"
            "Best regards\n\n" + ROSSI_SIG)
    hdr4 = ("Da: Amazon Web Services <%s>\nInviato: lunedì 9 marzo 2020 17:21\nA: Marco Rossi <%s>\n"
            "Oggetto: RE:[CASE %s] %s" % (FORM, me, cid2, subjD))
    plain4 = new4 + "\n\n" + hdr4 + "\n\n" + txt3
    html4 = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
             "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head><body lang=\"IT\" link=\"#0563C1\">"
             "<div class=\"WordSection1\">" + html_lines(new4) +
             "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">" + html_lines(hdr4) + "</div>"
             + html_lines(txt3) + "</div></body></html>\n")
    sent_outlook("sent-both-ids-and-reason", me_h, AWS_NAME + " <%s>" % FORM, t4, "R: RE:[CASE %s] %s" % (cid2, subjD),
                 alt(tpart(plain4, charset="iso-8859-1"), tpart(html4, "html", charset="iso-8859-1"), boundary=outlook_boundary()),
                 cid2, new4, tenant="eurprd", content_lang="it-IT")

    # D5 confirmation request
    t5 = d(2020, 3, 10, 14, 52, 3)
    new5 = ("Hello Marco,\n\n"
            "Thank you for the details. I found both profiles.\n\n"
            "Please confirm that you would like us to merge the following:\n\n"
            "  From (will be closed): AWS00671523 / m.rossi@ingegneria-ferri.it\n"
            "  Into (will be kept):   AWS04459180 / marco.rossi@studiorossi-ing.it\n\n"
            "After the merge you will sign in with marco.rossi@studiorossi-ing.it only. Please note that a merge "
            "is final and cannot be undone.\n\n"
            "Simply reply \"I confirm\" to this e-mail and I will submit it.\n\n"
            "Kind regards,\nLuis M.\nAWS Training and Certification Customer Support")
    txt5 = new5 + "\n\n-----Original Message-----\nFrom: %s\nSent: 3/10/2020 8:03 AM\nTo: %s\nSubject: R: RE:[CASE %s] %s\n\n%s" % (
        me, FORM, cid2, subjD, new4) + FORM_FOOTER
    m5 = aws_mail("confirm-from-into", "m365", me, t5, FORM, "RE:[CASE %s] %s" % (cid2, subjD),
                  alt(tpart(txt5), tpart(aws_html(txt5), "html")), "merge_confirmation_requested", cid2, new5)

    # D6 look-alike phishing about the merge
    t6 = d(2020, 3, 11, 6, 14, 48)
    ph = ("Dear Certified Professional,\n\n"
          "We received a request to merge your AWS Certification accounts. For your security, the merge will only "
          "be carried out after you confirm your identity and the accounts involved.\n\n"
          "Please confirm the merge within 24 hours using the secure link below. If we do not receive your "
          "confirmation, the request will be cancelled and both accounts may be suspended pending review.\n\n"
          "Confirm account merge: http://aws-trainingcertification-support.com/merge/confirm?u=%s\n\n"
          "Thank you for being part of the AWS Certified community.\n\n"
          "AWS Training & Certification Team" % alnum(16))
    ip = "185.234.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    host = "mail.aws-trainingcertification-support.com"
    mf = "bounce@aws-trainingcertification-support.com"
    ar = outlook_ar(ip, "aws-trainingcertification-support.com", "aws-trainingcertification-support.com",
                    "aws-trainingcertification-support.com", dmarc="pass", action="none", compauth="pass reason=100")
    hs = outlook_in(me, t6, ip, host, mf, ar, tenant="eurprd")
    hs += [("Authentication-Results", "mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com"),
           dkim_sig("aws-trainingcertification-support.com", "default", t6),
           ("From", "AWS Training & Certification <no-reply@aws-trainingcertification-support.com>"),
           ("To", me), ("Subject", "Action required: confirm your AWS Certification account merge"),
           ("Date", rfc(t6)), ("Message-ID", "<%s@aws-trainingcertification-support.com>" % alnum(24))]
    hs += ms_tail(t6)
    write("phish-confirm-account-merge", hs,
          alt(tpart(ph, charset="us-ascii", cte="7bit"), tpart(aws_html(ph, "AWS"), "html", cte="base64")),
          "merge_confirmation_requested", None, ph, False)

    # D7 Marco confirms (Sent)
    t7 = d(2020, 3, 11, 8, 30, 40, rome)
    new7 = ("Hello Luis,\n\n"
            "I confirm: please merge AWS00671523 into AWS04459180.\n\n"
            "(By the way, this morning I received an e-mail from \"aws-trainingcertification-support.com\" asking me "
            "to confirm the merge through a link. I did not click it, I assume it is not from you.)\n\n"
            "Best regards\n\n" + ROSSI_SIG)
    hdr7 = ("Da: Amazon Web Services <%s>\nInviato: martedì 10 marzo 2020 15:52\nA: Marco Rossi <%s>\n"
            "Oggetto: RE:[CASE %s] %s" % (FORM, me, cid2, subjD))
    plain7 = new7 + "\n\n" + hdr7 + "\n\n" + txt5
    html7 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body lang=\"IT\">"
             "<div class=\"WordSection1\">" + html_lines(new7) +
             "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">" + html_lines(hdr7) + "</div>"
             + html_lines(txt5) + "</div></body></html>\n")
    sent_outlook("sent-i-confirm-and-phish-warning", me_h, AWS_NAME + " <%s>" % FORM, t7, "R: RE:[CASE %s] %s" % (cid2, subjD),
                 alt(tpart(plain7, charset="iso-8859-1"), tpart(html7, "html", charset="iso-8859-1"), boundary=outlook_boundary()),
                 cid2, new7, tenant="eurprd", content_lang="it-IT")

    # D8 completed
    t8 = d(2020, 3, 12, 11, 9, 26)
    new8 = ("Hello Marco,\n\n"
            "Your request has been completed: the certification history from AWS00671523 has been combined into "
            "AWS04459180, and the old profile has been closed. You can sign in with marco.rossi@studiorossi-ing.it.\n\n"
            "Thank you also for letting us know about the suspicious e-mail. It did not come from AWS. Please delete "
            "it and never enter your credentials on sites other than aws.amazon.com or the official certification portal.\n\n"
            "Kind regards,\nLuis M.\nAWS Training and Certification Customer Support")
    txt8 = new8 + "\n\n-----Original Message-----\nFrom: %s\nSent: 3/11/2020 7:30 AM\nTo: %s\n\n%s" % (me, FORM, new7) + FORM_FOOTER
    aws_mail("request-completed-profiles-combined", "m365", me, t8, FORM, "RE:[CASE %s] %s" % (cid2, subjD),
             alt(tpart(txt8), tpart(aws_html(txt8), "html")), "merge_completed", cid2, new8)

# ---------------------------------------------------------------- case E
# 山本 健太, plala.or.jp, form desk with a Japanese agent, 15-digit id. Detour:
# the agent's first confirmation request names the wrong source id and is corrected.
FORM_JA_FOOTER = ("\n\n本メールにご返信いただく際は、件名のケース番号を変更しないでください。\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210")


def sent_thunderbird(slug, frm, to, t, subject, text, case_id, in_reply_to=None, charset="iso-2022-jp", language="ja",
                     new_text=None, ua="Mozilla Thunderbird"):
    in_reply_to = in_reply_to or LAST_AWS[0]
    hs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hexj(8), hexj(4), hexj(4), hexj(4), hexj(12), frm.split("@")[1].rstrip(">"))),
          ("Date", rfc(t)), ("MIME-Version", "1.0"), ("User-Agent", ua)]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += [("Content-Language", "ja" if language == "ja" else "en-US"), ("To", to), ("From", frm),
           ("Subject", subj(subject, "iso-2022-jp" if language == "ja" else "utf-8"))]
    body = tpart(text, charset=charset, cte="7bit" if charset == "iso-2022-jp" else "quoted-printable")
    body.set_param("format", "flowed")
    del body["MIME-Version"]
    return write(slug, hs, body, "unrelated", case_id, new_text if new_text is not None else text, None, language)


def case_e():
    me = "k-yamamoto@violet.plala.or.jp"
    opened = d(2025, 5, 27, 23, 15, 2)
    cid = case15(opened, 6047)
    subj0 = "[AWS Training and Certification Form Submission] - account-assistance"

    # E1 ack (Japanese)
    t1 = opened + timedelta(seconds=14)
    txt1 = ("山本 健太 様\n\n"
            "AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
            "以下のケース番号でお問い合わせを受け付けました。\n\n"
            "ケース番号: %s\n\n"
            "担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。追加の情報がございましたら、"
            "このメールにそのままご返信ください。同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございます。\n\n"
            "AWS トレーニングと認定 カスタマーサポート" % cid) + FORM_JA_FOOTER
    aws_mail("form-received-ja", "plala", me, t1, FORM, "[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt1, cte="base64"), tpart(aws_html(txt1), "html", cte="base64")), "case_created", cid, txt1, language="ja")

    # E2 confirmation request with a wrong source id
    t2 = d(2025, 5, 28, 8, 2, 37)
    new2 = ("山本 健太 様\n\n"
            "AWS トレーニングと認定カスタマーサポートの高橋と申します。\n"
            "お問い合わせいただき、誠にありがとうございます。\n\n"
            "認定アカウントの統合について、以下の内容で承りました。\n\n"
            "　統合元（廃止されるアカウント）: AWS41877203\n"
            "　統合先（引き続きご利用いただくアカウント）: AWS52093316\n\n"
            "統合元のアカウントで取得された認定資格および受験履歴は、すべて統合先へ移されます。"
            "統合の完了後は元に戻すことができませんので、ご注意ください。\n\n"
            "上記の内容でよろしければ、本メールにご返信のうえ、統合へのご同意をお知らせいただけますでしょうか。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "高橋\nAWS トレーニングと認定 カスタマーサポート")
    txt2 = new2 + FORM_JA_FOOTER
    aws_mail("confirm-merge-request-ja", "plala", me, t2, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt2, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(txt2), "html")),
             "merge_confirmation_requested", cid, new2, language="ja")

    # E3 correction (cp932 bytes labelled Shift_JIS)
    t3 = d(2025, 5, 28, 8, 40, 11)
    new3 = ("山本 健太 様\n\n"
            "AWS トレーニングと認定カスタマーサポートの高橋でございます。\n"
            "先ほどお送りしたメールに誤りがございました。大変失礼いたしました。\n\n"
            "統合元の候補者 ID を「AWS41877203」と記載しておりましたが、正しくは「AWS41872203」でございます。"
            "改めて、以下の内容でご確認をお願いいたします。\n\n"
            "　① 統合元（廃止）: AWS41872203\n"
            "　② 統合先（存続）: AWS52093316\n\n"
            "統合後は元に戻せませんので、お手数ですが、こちらの内容で問題がないか本メールへのご返信にてお知らせください。"
            "ご返信をいただくまで、手続きは保留とさせていただきます。\n\n"
            "ご迷惑をおかけし申し訳ございません。よろしくお願いいたします。\n\n"
            "高橋\nAWS トレーニングと認定 カスタマーサポート")
    txt3 = new3 + FORM_JA_FOOTER
    m3 = aws_mail("correction-source-id-ja", "plala", me, t3, FORM, "RE:[CASE %s] %s（訂正）" % (cid, subj0),
                  alt(tpart(txt3, charset="shift_jis", codec="cp932", cte="base64"), tpart(aws_html(txt3), "html", cte="base64")),
                  "merge_confirmation_requested", cid, new3, language="ja", subj_charset="iso-2022-jp")

    # E4 user confirms (Sent, Thunderbird, ISO-2022-JP)
    t4 = d(2025, 5, 28, 21, 5, 50, JST)
    new4 = ("高橋様\n\n"
            "お世話になっております。山本です。\n"
            "訂正のご連絡ありがとうございます。\n\n"
            "訂正後の内容（統合元・統合先とも）で相違ございません。\n"
            "統合の手続きを進めていただけますよう、よろしくお願いいたします。\n\n"
            "--\n山本 健太\nk-yamamoto@violet.plala.or.jp")
    text4 = new4 + "\n\n2025/05/28 17:40, Amazon Web Services wrote:\n" + q(new3.replace("①", "(1)").replace("②", "(2)"))
    sent_thunderbird("sent-confirm-after-correction-ja", addr("山本 健太", me, "iso-2022-jp"),
                     "Amazon Web Services <%s>" % FORM, t4, "Re: RE:[CASE %s] %s（訂正）" % (cid, subj0), text4, cid,
                     new_text=new4)

    # E5 completed
    t5 = d(2025, 5, 30, 2, 20, 9)
    new5 = ("山本 健太 様\n\n"
            "いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの高橋でございます。\n\n"
            "ご返信いただき、ありがとうございました。\n"
            "ご依頼の認定アカウントの統合作業が完了いたしました。今後は候補者 ID AWS52093316 のアカウントにて、"
            "これまでに取得されたすべての認定資格をご確認いただけます。\n\n"
            "デジタルバッジにつきましては、Credly から別途メールが届きますので、受け取りのお手続きをお願いいたします。\n\n"
            "高橋\nAWS トレーニングと認定 カスタマーサポート")
    txt5 = new5 + FORM_JA_FOOTER
    aws_mail("merge-work-finished-ja", "plala", me, t5, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt5, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(txt5), "html", cte="quoted-printable")),
             "merge_completed", cid, new5, language="ja")

    # E6 survey (Japanese)
    t6 = t5 + timedelta(minutes=1, seconds=3)
    new6 = ("山本 健太 様\n\n"
            "ケース %s はクローズされました。\n"
            "今回の対応についてのアンケートにご協力をお願いいたします（所要時間は 1 分程度です）。\n\n"
            "担当者の対応はいかがでしたか？\n"
            "https://survey.training.aws/s/%s?case=%s&lang=ja\n\n"
            "ご回答いただいた内容は、サービス向上のために活用させていただきます。\n\n"
            "AWS トレーニングと認定" % (cid, alnum(10), cid))
    aws_mail("closed-questionnaire-ja", "plala", me, t6, FORM, "[CASE %s] アンケートご協力のお願い" % cid,
             tpart(aws_html(new6 + FORM_JA_FOOTER, "アンケート"), "html", cte="base64"), "survey", cid, new6, language="ja",
             subj_charset="iso-2022-jp")

    # E7 Credly badge
    credly_mail("credly-developer-associate-issued", "plala", me, d(2025, 6, 2, 4, 41, 30), "Kenta Yamamoto",
                "AWS Certified Developer - Associate", moved=True)

# ---------------------------------------------------------------- case F
# Sarah Whitfield, Fastmail, console desk, 15-digit id. Detour: the agent has to
# chase her for the login e-mails; a quota case of the same user runs in parallel.
CONSOLE_FOOTER = ("\n\nTo see all correspondence or to reply to this case, please visit the AWS Support Center:\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                  "Please do not reply to this email. Replies to this address are not monitored.\n\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
                  "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry "
                  "Ave. North, Seattle, WA 98109-5210")
RATE_FOOTER = ("\n\nWe value your feedback. Please share your experience by rating this and other correspondences in "
               "the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner "
               "of the correspondence.")


def case_f():
    me = "sarah@whitfield.dev"
    opened = d(2024, 11, 4, 16, 52, 18)
    cid = case15(opened, 80611)
    cs = "Merge two AWS Certification accounts"

    # F1 opened
    t1 = opened + timedelta(seconds=5)
    txt1 = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: I have two certification "
            "accounts after changing jobs and would like them merged into one.\n\n"
            "We will respond to your case as soon as possible." % (cid, cid, cs)) + (CONSOLE_FOOTER % cid)
    aws_mail("console-new-support-case", "fastmail", me, t1, NOREPLY,
             "Amazon Web Services: You have opened a new Support case: %s" % cid,
             alt(tpart(txt1), tpart(aws_html(txt1), "html")), "case_created", cid, txt1)

    # F2 agent asks for sign-in e-mails
    t2 = d(2024, 11, 5, 14, 3, 49)
    new2 = ("Hello Sarah,\n\n"
            "Thanks for reaching out, and congratulations on the new role!\n\n"
            "I'd be glad to help bring your certification accounts together. So that I can be sure I'm looking at "
            "the right profiles, could you reply in the Support Center with:\n\n"
            "* the e-mail address you use to sign in to each certification account, and\n"
            "* the candidate ID of each account, if you have them handy.\n\n"
            "Once I have these I'll check both profiles and come back to you with the next steps.\n\n"
            "Best regards,\nDevon H.\nAmazon Web Services")
    txt2 = new2 + RATE_FOOTER + (CONSOLE_FOOTER % cid)
    aws_mail("agent-asks-signin-emails", "fastmail", me, t2, NOREPLY, "RE:[CASE %s] %s" % (cid, cs),
             alt(tpart(txt2), tpart(aws_html(txt2), "html")), "support_reply", cid, new2)

    # quota case of the same user (look-alike: another case creation)
    tq = d(2024, 11, 6, 9, 31, 2)
    qid = case15(tq, 41267)
    qtxt = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
            "The details of your case are as follows:\n\n"
            "Case ID: %s\nSubject: Limit Increase: EC2 Instances\nSeverity: Low\nCorrespondence: Service: EC2 Instances\n"
            "Region: US East (Ohio)\nPrimary Instance Type: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\n"
            "New limit value: 256\nUse case description: Load test for a customer launch next week.\n\n"
            "We will respond to your case as soon as possible." % (qid, qid)) + (CONSOLE_FOOTER % qid)
    aws_mail("quota-increase-case-opened", "fastmail", me, tq + timedelta(seconds=6), NOREPLY,
             "Amazon Web Services: You have opened a new Support case: %s" % qid,
             alt(tpart(qtxt), tpart(aws_html(qtxt), "html")), "unrelated", qid, qtxt)

    # F3 chaser
    t3 = d(2024, 11, 8, 15, 12, 6)
    new3 = ("Hello Sarah,\n\n"
            "I'm just following up on my earlier message. I still need the sign-in e-mail address for each of your "
            "certification accounts before I can look into them.\n\n"
            "If I don't hear back from you, this case will be resolved automatically after a few days. You can "
            "reopen it at any time from the Support Center.\n\n"
            "Best regards,\nDevon H.\nAmazon Web Services")
    txt3 = new3 + RATE_FOOTER + (CONSOLE_FOOTER % cid)
    aws_mail("following-up-need-signin-emails", "fastmail", me, t3, NOREPLY, "RE:[CASE %s] %s" % (cid, cs),
             alt(tpart(txt3), tpart(aws_html(txt3), "html")), "support_reply", cid, new3)

    # F4 confirmation request (ids written with a space)
    t4 = d(2024, 11, 11, 18, 44, 30)
    new4 = ("Hello Sarah,\n\n"
            "Thank you for sending those over. I've located both profiles:\n\n"
            "  AWS 68120934 - sarah.whitfield@lumenbyte.io (older account, Developer - Associate)\n"
            "  AWS 71355028 - sarah@whitfield.dev (current account, Solutions Architect - Professional)\n\n"
            "As you asked, the plan is to fold AWS 68120934 into AWS 71355028. AWS 71355028 stays active and "
            "AWS 68120934 will be retired. Please keep in mind that this can't be reversed afterwards.\n\n"
            "Could you confirm in the Support Center that this is what you want? I won't make any changes until I "
            "hear back from you.\n\n"
            "Best regards,\nDevon H.\nAmazon Web Services")
    txt4 = new4 + RATE_FOOTER + (CONSOLE_FOOTER % cid)
    aws_mail("please-confirm-fold-older-into-current", "fastmail", me, t4, NOREPLY, "RE:[CASE %s] %s" % (cid, cs),
             alt(tpart(txt4, cte="base64"), tpart(aws_html(txt4), "html", cte="base64")), "merge_confirmation_requested", cid, new4)

    # F5 thanks for confirming, new correspondence notice
    t5 = d(2024, 11, 12, 13, 8, 51)
    new5 = ("A new correspondence has been added to your case %s.\n\n"
            "Hello Sarah,\n\n"
            "Thank you for confirming. I've submitted the request to our certification team and we will now "
            "proceed. You don't need to do anything else for now; I'll update this case as soon as it's finished.\n\n"
            "Best regards,\nDevon H.\nAmazon Web Services" % cid)
    txt5 = new5 + RATE_FOOTER + (CONSOLE_FOOTER % cid)
    aws_mail("new-correspondence-thanks-we-will-proceed", "fastmail", me, t5, NOREPLY,
             "[Case %s] New correspondence added" % cid,
             alt(tpart(txt5), tpart(aws_html(txt5), "html")), "support_reply", cid, new5)

    # F6 completed
    t6 = d(2024, 11, 14, 10, 27, 15)
    new6 = ("Hello Sarah,\n\n"
            "All done! Your certification accounts are now one: the history from AWS 68120934 lives under "
            "AWS 71355028, and you can sign in with sarah@whitfield.dev. Please have a look and let me know in the "
            "Support Center if anything is missing.\n\n"
            "Best regards,\nDevon H.\nAmazon Web Services")
    txt6 = new6 + RATE_FOOTER + (CONSOLE_FOOTER % cid)
    aws_mail("all-done-accounts-are-now-one", "fastmail", me, t6, NOREPLY, "RE:[CASE %s] %s" % (cid, cs),
             alt(tpart(txt6), tpart(aws_html(txt6), "html")), "merge_completed", cid, new6)

    # F7 resolved + survey
    t7 = d(2024, 11, 17, 10, 30, 2)
    new7 = ("Hello,\n\n"
            "We haven't heard back from you, so we've resolved your support case %s (%s). If you still need help, "
            "you can reopen the case from the Support Center within 14 days.\n\n"
            "How did we do? Let us know by answering two quick questions:\n"
            "Was your issue resolved? Yes | No\n"
            "https://console.aws.amazon.com/support/home#/case/survey?displayId=%s\n\n"
            "Thank you for using Amazon Web Services." % (cid, cs, cid))
    txt7 = new7 + (CONSOLE_FOOTER % cid)
    aws_mail("case-resolved-how-did-we-do", "fastmail", me, t7, NOREPLY,
             "Amazon Web Services: Your Support case %s has been resolved" % cid,
             alt(tpart(txt7), tpart(aws_html(txt7), "html")), "survey", cid, new7)

# ---------------------------------------------------------------- case G
# 渡辺 健二 (writes English), Gmail with Japanese UI, form desk, 11-digit id (2023).
# The confirmation request also asks about scheduled exams; he asks about the
# 50% voucher; a GitHub "merged" notification is the look-alike.
def case_g():
    me = "kenji.watanabe.dev@gmail.com"
    me_h = "Kenji Watanabe <%s>" % me
    cid = "13427790315"
    subj0 = "[AWS Training and Certification Form Submission] - account-assistance"

    # G1 ack
    t1 = d(2023, 8, 14, 1, 2, 44)
    txt1 = ("Hello,\n\n"
            "Thank you for contacting AWS Training and Certification. Your request has been received and assigned "
            "case number %s.\n\n"
            "We typically respond within 24 hours. Please reply to this message if you would like to add any "
            "details, and do not submit another request for the same issue.\n\n"
            "Sincerely,\nAWS Training and Certification Customer Support" % cid) + FORM_FOOTER
    aws_mail("request-received-case-number", "gmail", me, t1, FORM, "[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt1), tpart(aws_html(txt1), "html")), "case_created", cid, txt1)

    # G2 confirmation request plus a question about scheduled exams
    t2 = d(2023, 8, 15, 1, 22, 9)
    new2 = ("Hello Kenji,\n\n"
            "Thank you for your patience.\n\n"
            "I reviewed both of your AWS Certification accounts and can combine them as follows:\n\n"
            "- AWS39004182 (kenji.w@tokyo-sysdev.co.jp) will be merged into\n"
            "- AWS45817726 (kenji.watanabe.dev@gmail.com), which will be the account you keep.\n\n"
            "Please be aware that the merge is permanent and cannot be undone. Your certifications, exam history and "
            "benefits will all be available in AWS45817726 afterwards.\n\n"
            "Before I submit it, please confirm by replying to this email that the above is correct. Also, do you "
            "currently have an exam appointment scheduled on either account? If so, please let me know the date, as "
            "we may need to wait until after the exam.\n\n"
            "Best regards,\nEmily\nAWS Training and Certification Customer Support")
    txt2 = new2 + FORM_FOOTER
    aws_mail("confirm-and-any-exam-scheduled", "gmail", me, t2, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt2), tpart(aws_html(txt2), "html")), "merge_confirmation_requested", cid, new2)

    # G3 Kenji answers: copy that Gmail delivered to his own inbox (has Authentication-Results)
    t3 = d(2023, 8, 15, 20, 48, 33, JST)
    new3 = ("Hello Emily,\n\n"
            "Thank you for your support. Yes, above details are correct, please proceed the merge.\n"
            "I have no exam scheduled now.\n\n"
            "One question: I have 50% discount voucher in AWS39004182 account (from my SAA certification). "
            "Can I use it from AWS45817726 after the merge?\n\n"
            "Best regards,\nKenji Watanabe")
    qh = "2023年8月15日(火) 10:22 Amazon Web Services <%s>:" % FORM
    plain3 = new3 + "\n\n" + qh + "\n\n" + q(txt2)
    html3 = gmail_html(new3) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(qh) + \
        '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
        html_lines(txt2) + "</blockquote></div>\n"
    ip = "209.85.220.%d" % RNG.randint(41, 73)
    host = "mail-sor-f%d.google.com" % RNG.randint(41, 73)
    ar = ("mx.google.com;\n       dkim=pass header.i=@gmail.com header.s=20221208 header.b=%s;\n"
          "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com") % (alnum(8), me, ip, me)
    hs = gmail_in(me, t3 + timedelta(seconds=1), ip, host, me, ar)
    hs += [dkim_sig("gmail.com", "20221208", t3, "mime-version:references:in-reply-to:from:date:message-id:subject:to:bcc"),
           ("MIME-Version", "1.0"), ("From", me_h), ("Date", rfc(t3)), ("References", LAST_AWS[0]), ("In-Reply-To", LAST_AWS[0]),
           ("Message-ID", gmail_msgid()),
           ("Subject", "Re: RE:[CASE %s] %s" % (cid, subj0)), ("To", AWS_NAME + " <%s>" % FORM), ("Bcc", me)]
    body3 = alt(tpart(plain3, cte="base64"), tpart(html3, "html", cte="quoted-printable"), boundary=gmail_boundary())
    del body3["MIME-Version"]
    write("bcc-copy-reply-confirm-and-voucher-question", hs, body3, "unrelated", cid, new3, False)

    # G4 thanks, voucher answer ("once the merge is complete")
    t4 = d(2023, 8, 16, 2, 15, 40)
    new4 = ("Hello Kenji,\n\n"
            "Thank you for confirming. I have submitted your request to the team that performs account merges.\n\n"
            "Regarding your question: yes, once the merge is complete, your 50% exam discount benefit will be "
            "shown in the Benefits section of AWS45817726 and you can use it from there. Benefits that were already "
            "redeemed are not affected.\n\n"
            "I will let you know as soon as the process is finished.\n\n"
            "Best regards,\nEmily\nAWS Training and Certification Customer Support")
    txt4 = new4 + "\n\n-----Original Message-----\n" + new3 + FORM_FOOTER
    aws_mail("submitted-voucher-carries-over", "gmail", me, t4, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt4), tpart(aws_html(txt4), "html")), "support_reply", cid, new4)

    # GitHub look-alike ("merged")
    tg = d(2023, 8, 16, 11, 3, 27)
    gh = ("Merged #42 into main.\n\n"
          "--\nReply to this email directly, view it on GitHub:\n"
          "https://github.com/kenjiw/terraform-aws-lab/pull/42#event-%d\n"
          "You are receiving this because you authored the thread.\n\nMessage ID: <kenjiw/terraform-aws-lab/pull/42/issue_event/%d@github.com>"
          % (RNG.randint(10**9, 10**10), RNG.randint(10**9, 10**10)))
    ip = "192.30.252.%d" % RNG.randint(192, 210)
    host = "out-%d.smtp.github.com" % RNG.randint(20, 28)
    mf = "noreply@github.com"
    ar = ("mx.google.com;\n       dkim=pass header.i=@github.com header.s=pf2023 header.b=%s;\n"
          "       spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com;\n"
          "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com") % (alnum(8), ip)
    hs = gmail_in(me, tg + timedelta(seconds=2), ip, host, mf, ar)
    hs += [dkim_sig("github.com", "pf2023", tg, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"),
           ("Date", rfc(tg)), ("From", "Sota Ishikawa <notifications@github.com>"),
           ("Reply-To", "kenjiw/terraform-aws-lab <reply+%s@reply.github.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
           ("To", "kenjiw/terraform-aws-lab <terraform-aws-lab@noreply.github.com>"),
           ("Cc", "Kenji Watanabe <%s>, Author <author@noreply.github.com>" % me),
           ("Message-ID", "<kenjiw/terraform-aws-lab/pull/42/issue_event/%d@github.com>" % RNG.randint(10**9, 10**10)),
           ("In-Reply-To", "<kenjiw/terraform-aws-lab/pull/42@github.com>"),
           ("References", "<kenjiw/terraform-aws-lab/pull/42@github.com>"),
           ("Subject", "Re: [kenjiw/terraform-aws-lab] Merge account-id lookup into the org module (PR #42)"),
           ("List-ID", "kenjiw/terraform-aws-lab <terraform-aws-lab.kenjiw.github.com>"),
           ("X-GitHub-Reason", "author")]
    write("github-pr-merged-into-main", hs,
          alt(tpart(gh, cte="7bit", charset="UTF-8"), tpart('<p>Merged <a class="issue-link" href="https://github.com/kenjiw/terraform-aws-lab/pull/42">#42</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/kenjiw/terraform-aws-lab/pull/42">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n', "html", charset="UTF-8", cte="7bit")),
          "unrelated", None, gh, False)

    # G5 completed
    t5 = d(2023, 8, 17, 5, 40, 2)
    new5 = ("Hello Kenji,\n\n"
            "I'm happy to let you know that the merge of your certification accounts has been completed. "
            "AWS39004182 has been deactivated and all of your certifications and benefits are now in AWS45817726.\n\n"
            "If you notice anything missing, just reply to this email within the next 7 days.\n\n"
            "Best regards,\nEmily\nAWS Training and Certification Customer Support")
    txt5 = new5 + FORM_FOOTER
    aws_mail("accounts-merge-has-been-completed", "gmail", me, t5, FORM, "RE:[CASE %s] %s" % (cid, subj0),
             alt(tpart(txt5, cte="base64"), tpart(aws_html(txt5), "html", cte="base64")), "merge_completed", cid, new5)

# ---------------------------------------------------------------- case H
# Li Wei, Gmail + Apple Mail, form desk, 10-digit id (2020), Acclaim badge; later a
# Credly self-service account-merge code mail (not the AWS merge).
def case_h():
    me = "li.wei.2718@gmail.com"
    cid = "7250946183"
    subjH = "[AWS Training and Certification Form Submission] - account-assistance"
    sgp = ZoneInfo("Asia/Singapore")

    # H1 ack
    t1 = d(2020, 7, 13, 3, 41, 19)
    txt1 = ("Dear Customer,\n\n"
            "Thank you for contacting AWS Training and Certification.\n\n"
            "This is to acknowledge that we have received your request. Your case ID is %s. One of our "
            "representatives will get in touch with you shortly.\n\n"
            "Regards,\nAWS Training and Certification" % cid) + FORM_FOOTER
    aws_mail("ack-your-case-id", "gmail", me, t1, FORM, "[CASE %s] %s" % (cid, subjH),
             alt(tpart(txt1, charset="us-ascii", cte="7bit"), tpart(aws_html(txt1), "html")), "case_created", cid, txt1)

    # H2 confirmation request (dash-written ids)
    t2 = d(2020, 7, 14, 1, 12, 50)
    new2 = ("Hi Li,\n\n"
            "Thanks for your patience while I looked into this.\n\n"
            "I can see two candidate profiles for you. To combine them I would move everything from AWS-08812930 "
            "(li.wei@ntu-alumni.sg) onto AWS-06627415 (li.wei.2718@gmail.com); AWS-06627415 is the one that will "
            "remain, and the other will be closed.\n\n"
            "Could you reply and let me know that you are happy for me to go ahead with that? Just so you know, "
            "it's not something we can roll back later.\n\n"
            "Cheers,\nJosh\nAWS Training and Certification")
    txt2 = new2 + FORM_FOOTER
    m2 = aws_mail("happy-for-me-to-go-ahead", "gmail", me, t2, FORM, "RE:[CASE %s] %s" % (cid, subjH),
                  alt(tpart(txt2), tpart(aws_html(txt2), "html")), "merge_confirmation_requested", cid, new2)

    # H3 Li confirms from Apple Mail (Sent); body labelled us-ascii but carries UTF-8
    t3 = d(2020, 7, 14, 9, 30, 5, sgp)
    new3 = "Hi Josh,\n\nYes, that\u2019s right \u2013 please go ahead.\n\nThanks a lot,\nLi Wei\n\nSent from my MacBook"
    qh = "> On 14 Jul 2020, at 09:12, Amazon Web Services <%s> wrote:\n> \n" % FORM
    text3 = new3 + "\n\n" + qh + q(txt2)
    hs = [("From", "Li Wei <%s>" % me), ("Content-Type", None), ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.120.23.2.4\\))"),
          ("Subject", "Re: RE:[CASE %s] %s" % (cid, subjH)), ("Date", rfc(t3)),
          ("In-Reply-To", MSGIDS[m2]), ("To", "Amazon Web Services <%s>" % FORM),
          ("Message-Id", "<%s-%s-%s-%s-%s@gmail.com>" % (alnum(8, "0123456789ABCDEF"), alnum(4, "0123456789ABCDEF"), alnum(4, "0123456789ABCDEF"), alnum(4, "0123456789ABCDEF"), alnum(12, "0123456789ABCDEF"))),
          ("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")]
    hs = [h for h in hs if h[1] is not None]
    body3 = tpart(text3, charset="utf-8", label="us-ascii", cte="quoted-printable")
    del body3["MIME-Version"]
    write("sent-apple-mail-yes-go-ahead", hs, body3, "unrelated", cid, new3, None)

    # H4 completed
    t4 = d(2020, 7, 15, 22, 58, 31)
    new4 = ("Hi Li,\n\n"
            "Quick update: your two profiles have been combined. From now on please use AWS06627415 "
            "(li.wei.2718@gmail.com); AWS08812930 is closed. Your badges should show up in Acclaim within a couple "
            "of days.\n\n"
            "Cheers,\nJosh\nAWS Training and Certification")
    txt4 = new4 + "\n\n-----Original Message-----\n" + new3 + FORM_FOOTER
    aws_mail("quick-update-profiles-combined", "gmail", me, t4, FORM, "RE:[CASE %s] %s" % (cid, subjH),
             alt(tpart(txt4), tpart(aws_html(txt4), "html")), "merge_completed", cid, new4)

    # H5 Acclaim badge (legacy Credly domain)
    credly_mail("acclaim-badge-cloud-practitioner", "gmail", me, d(2020, 7, 17, 16, 5, 12), "Li Wei",
                "AWS Certified Cloud Practitioner", legacy=True,
                subject="Li, you\u2019ve earned a badge from Amazon Web Services Training and Certification")

    # Credly's own self-service account merge (not the AWS merge)
    tc = d(2022, 3, 8, 12, 44, 9)
    ctxt = ("Hi Li,\n\n"
            "We received a request to merge another Credly account (li.wei@ntu-alumni.sg) into this one.\n\n"
            "Your verification code is: 482913\n\n"
            "Enter the code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.\n\n"
            "Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n"
            "If you did not request this, you can ignore this email; no changes will be made.\n\n"
            "The Credly Team" % alnum(32))
    credly_mail("credly-account-merge-code", "gmail", me, tc, "Li Wei", "", subject="Your Credly account merge verification code",
                body_text=ctxt, kind="unrelated")

# CASES-END

# ---------------------------------------------------------------- checks
def decoded_text(msg):
    parts = []
    for k in ("Subject", "From", "To"):
        v = msg.get(k)
        if v:
            try:
                parts.append(str(make_header(decode_header(v))))
            except Exception:
                parts.append(v)
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "us-ascii"
            try:
                parts.append(raw.decode(cs, errors="replace"))
            except LookupError:
                parts.append(raw.decode("utf-8", errors="replace"))
    return "\n".join(parts)


def check():
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    for f in files:
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = message_from_bytes(fh.read())
        if f not in LABELS:
            print("NO LABEL", f); bad += 1; continue
        lab = LABELS[f]
        txt = decoded_text(msg)
        html_free = re.sub(r"<[^>]+>", " ", txt)
        found = {"AWS" + m for m in ID_RE.findall(html_free)}
        for i in lab["account_ids"]:
            if i not in found:
                print("ID NOT IN TEXT", f, i); bad += 1
        if lab["case_id"] and lab["case_id"] not in txt:
            print("CASE NOT IN TEXT", f, lab["case_id"]); bad += 1
        if msg.defects:
            print("DEFECTS", f, msg.defects)
    for k in LABELS:
        if k not in files:
            print("LABEL WITHOUT FILE", k); bad += 1
    from collections import Counter
    print(len(files), "files;", dict(Counter(v["kind"] for v in LABELS.values())), "problems:", bad)


if __name__ == "__main__":
    main()
