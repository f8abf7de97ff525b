#!/usr/bin/env python3
"""Generator for blind set 243: end of the merge case and its boundaries.

Writes NNN-description.eml files and labels.json into this folder.
"""
import base64
import html as htmlmod
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email import charset as ecs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(243)
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Berlin")
IST = ZoneInfo("Asia/Kolkata")

LABELS = {}
COUNTER = [0]

ID_RE = re.compile(r"(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)")


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz).astimezone(UTC)


def case15(dt, tail):
    return "%d%05d" % (int(dt.timestamp()), tail)


# ---------------------------------------------------------------- random bits
def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def hexr(n):
    return R.randbytes(n).hex()[:n]


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uuidr():
    h = R.randbytes(16).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ses_env(dt, region="us-east-1"):
    ms = int(dt.timestamp() * 1000)
    pre = "0100" if region == "us-east-1" else "0102"
    local = "%s%012x-%s-000000" % (pre, ms, uuidr())
    host = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return local, host


def rfc(dt, tz=UTC, comment=False):
    d = dt.astimezone(tz)
    s = format_datetime(d)
    if comment:
        s += " (%s)" % d.tzname()
    return s


AMZ_SEL = alnum(32)
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL_EU = "shh3fegwg5fppqsuzphvschd53n6ihuv"
CREDLY_SEL = "s1"


def dkim_sig(d, s, dt, h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID",
             c="relaxed/simple", extra=""):
    b = b64r(190)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n"
            "\ts=%s; d=%s; t=%d;%s\n"
            "\th=%s;\n"
            "\tbh=%s;\n"
            "\tb=%s" % (c, s, d, int(dt.timestamp()), extra, h, b64r(32), "\n\t".join(bl)))


def aws_dkims(dt, region="us-east-1"):
    sel = SES_SEL if region == "us-east-1" else SES_SEL_EU
    return [dkim_sig("amazon.com", AMZ_SEL, dt),
            dkim_sig("amazonses.com", sel, dt,
                     h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID")]


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.48.%d", "54.240.27.%d", "54.240.11.%d"]) % R.randint(10, 120)


def ses_helo(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


# ---------------------------------------------------------------- delivery routes
def gmail_route(to, dt, env_from, ip, helo, ar, tls="TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128",
                arc=True, pre=(), spf="pass", spf_text=None):
    """Headers that Gmail prepends. ar: list of verdict strings."""
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    t2 = t1 + timedelta(seconds=R.randint(0, 2))
    arbody = ";\n       ".join(ar)
    lines = list(pre) + [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
        % (hexr(4), hexr(4), hexr(3), hexr(4), alnum(9, "abcdefghijklmnopqrstuvwxyz0123456789"), rfc(t2, PT, True)),
        "X-Google-Smtp-Source: AGHT+I%s" % b64r(66).rstrip("="),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
        % (hexr(4), hexr(4), hexr(3), hexr(4), alnum(18), R.randint(1, 40), int(t2.timestamp()), rfc(t2, PT, True)),
    ]
    if arc:
        lines += [
            "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s"
            % (int(t1.timestamp()), b64r(60), b64r(60)),
            "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
            "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
            "        bh=%s;\n        fh=%s;\n        b=%s\n         %s" % (b64r(32), b64r(32), b64r(60), b64r(60)),
            "ARC-Authentication-Results: i=1; mx.google.com;\n       " + arbody,
        ]
    lines += [
        "Return-Path: <%s>" % env_from,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n"
        "        (version=%s);\n        %s"
        % (helo, helo, ip, alnum(20), R.randint(1, 40), int(t1.timestamp()), to, tls, rfc(t1, PT, True)),
        ("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
         % (env_from, ip, ip)) if spf == "pass" else
        ("Received-SPF: %s (google.com: %s) client-ip=%s;" % (spf, spf_text, ip)),
        "Authentication-Results: mx.google.com;\n       " + arbody,
    ]
    return lines


def gmail_ar_aws(env_from, ip, dmarc="pass"):
    return ["dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_SEL, alnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")),
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, alnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env_from, ip, env_from),
            "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % dmarc]


def outlook_route(to, dt, ip, helo, ar, mailfrom_dom, consumer=False, spf="Pass"):
    """Microsoft 365 / Outlook.com: Authentication-Results without authserv-id."""
    t1 = dt + timedelta(seconds=R.randint(1, 3))
    if consumer:
        p1, p2, fe = "PH0P220MB%04d" % R.randint(1000, 9999), "BY5PR20CA%04d" % R.randint(1000, 9999), "MW2NAM04FT0%02d" % R.randint(10, 99)
        dom = "namprd20.prod.outlook.com"
        fedom = "eop-NAM04.prod.protection.outlook.com"
    else:
        p1, p2, fe = "SA1PR12MB%04d" % R.randint(1000, 9999), "BN9PR03CA%04d" % R.randint(1000, 9999), "BN8NAM11FT0%02d" % R.randint(10, 99)
        dom = "namprd12.prod.outlook.com"
        fedom = "eop-nam11.prod.protection.outlook.com"
    v6 = "2603:10b6:%x:%x::%x" % (R.randint(0x300, 0x8ff), R.randint(0x10, 0x3ff), R.randint(1, 15))
    lines = [
        "Received: from %s.%s (%s) by\n %s.%s with HTTPS; %s"
        % (p1, dom, v6, "MN0PR12MB%04d" % R.randint(1000, 9999), dom, rfc(t1 + timedelta(seconds=1))),
        "Received: from %s.%s (%s)\n by %s.%s (%s) with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
        % (p2, "namprd03.prod.outlook.com", v6, p1, dom, v6, R.randint(6000, 8999), R.randint(10, 40), rfc(t1)),
        "Received: from %s.%s\n (%s) by %s.outlook.office365.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
        % (fe, fedom, v6, p2, v6, R.randint(6000, 8999), R.randint(10, 40), rfc(t1)),
        "Authentication-Results: " + ar,
        "Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
        " client-ip=%s; helo=%s; pr=C" % (spf, mailfrom_dom, ip, ip, helo),
        "Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\n"
        " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d via Frontend Transport; %s"
        % (helo, ip, fe, R.randint(100, 200), R.randint(2, 250), R.randint(6000, 8999), R.randint(10, 40), rfc(dt + timedelta(seconds=1))),
    ]
    return lines


def outlook_ar_aws(ip, dmarc="pass", compauth="pass reason=100"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
            " header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=%s action=none\n"
            " header.from=amazon.com;compauth=%s" % (ip, dmarc, compauth))


def ms_tail(dt):
    return [
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % dt.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)",
        "X-MS-Exchange-Organization-Network-Message-Id: %s" % uuidr(),
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-AuthSource: %s.eop-nam11.prod.protection.outlook.com" % ("BN8NAM11FT0%02d" % R.randint(10, 99)),
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-Office365-Filtering-Correlation-Id: %s" % uuidr(),
        "X-MS-Exchange-Organization-SCL: 1",
        "X-Forefront-Antispam-Report: CIP:%s;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:%s;CAT:NONE;SFS:;DIR:INB;"
        % (ses_ip(), "a8-10.smtp-out.amazonses.com", "a8-10.smtp-out.amazonses.com"),
    ]


def jp_route(to, dt, env_from, ip, helo, provider, ar):
    """Japanese ISP: nifty / biglobe / ocn / so-net."""
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    if provider == "nifty":
        rcv = "mta-rcv-w%02d.mail.nifty.com" % R.randint(1, 9)
        authserv = "mx.nifty.com"
        lines = [
            "Return-Path: <%s>" % env_from,
            "Received: from %s by mta-spool-w%02d.mail.nifty.com with ESMTP\n"
            "          id <%s.%s.%d.%s@nifty.com>; %s"
            % (rcv, R.randint(1, 9), t1.astimezone(JST).strftime("%Y%m%d%H%M%S%f")[:17], alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
               R.randint(10000, 99999), rcv.split(".")[0], rfc(t1, JST)),
            "Authentication-Results: %s; %s" % (authserv, ar),
            "Received: from %s ([%s]) by %s with ESMTP\n          id <%s.%s.%d.%s@nifty.com>\n          for <%s>; %s"
            % (helo, ip, rcv, t1.astimezone(JST).strftime("%Y%m%d%H%M%S%f")[:17], alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
               R.randint(10000, 99999), rcv.split(".")[0], to, rfc(t1, JST)),
        ]
    elif provider == "biglobe":
        lines = [
            "Return-Path: <%s>" % env_from,
            "Received: from mail-mta-%d.biglobe.ne.jp (mail-mta-%d.biglobe.ne.jp [133.208.%d.%d])\n"
            "\tby mbox%d.biglobe.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), R.randint(1, 9),
               alnum(12, "0123456789ABCDEF"), to, rfc(t1 + timedelta(seconds=1), JST, True)),
            "Authentication-Results: mta-rcv.biglobe.ne.jp;\n\t%s" % ar,
            "Received: from %s (%s [%s])\n\tby mail-mta-%d.biglobe.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, R.randint(1, 9), alnum(12, "0123456789ABCDEF"), to, rfc(t1, JST, True)),
        ]
    elif provider == "ocn":
        lines = [
            "Return-Path: <%s>" % env_from,
            "Received: from mfgw%02d.ocn.ad.jp (mfgw%02d.ocn.ad.jp [153.149.%d.%d])\n\tby mbox%02d.ocn.ad.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (R.randint(1, 20), R.randint(1, 20), R.randint(1, 250), R.randint(1, 250), R.randint(1, 20),
               alnum(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), to, rfc(t1 + timedelta(seconds=1), JST, True)),
            "Authentication-Results: mfgw.ocn.ad.jp;\n\t%s" % ar,
            "Received: from %s (%s [%s])\n\tby mfgw%02d.ocn.ad.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, R.randint(1, 20), alnum(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), to, rfc(t1, JST, True)),
        ]
    else:
        raise ValueError(provider)
    return lines


def plain_route(to, dt, env_from, ip, helo, host, tz=CET, extra=()):
    """Own mail server that adds no Authentication-Results."""
    t1 = dt + timedelta(seconds=R.randint(1, 5))
    return [
        "Return-Path: <%s>" % env_from,
        "X-Original-To: %s" % to,
        "Delivered-To: %s" % to,
        "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        "\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n"
        "\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
        % (helo, helo, ip, host, alnum(11, "0123456789BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz"), to, rfc(t1, tz, True)),
    ] + list(extra)


# ---------------------------------------------------------------- body building
def cset(name, cte):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "7bit": None, "8bit": None}[cte]
    if name.lower() in ("shift_jis", "cp932"):
        c.output_charset = name
        c.output_codec = name
    return c


def tpart(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    p = MIMEText(text, subtype, cset(charset, cte))
    if label:
        p.set_param("charset", label)
    del p["MIME-Version"]
    return p


def esc(s):
    return htmlmod.escape(s, quote=False)


def text_to_html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


def html_page(inner, title="", lang="en", head_style=True):
    style = ("<style type=\"text/css\">body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f}"
             "a{color:#0073bb}</style>") if head_style else ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>%s\n</head>\n<body>\n%s\n</body>\n</html>\n" % (lang, esc(title), style, inner))


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76, linesep="\n")


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def mail(kind, desc, *, frm, to, subject, dt, route, text=None, hist="", html=None, html_only=False,
         cs="utf-8", cte="qp", html_cs=None, html_cte=None, label_cs=None, subj_cs="utf-8",
         case_id=None, lang="en", sv=None, msgid=None, headers_extra=(), crlf=False, ids=None,
         reply_to=None, cc=None, tail=(), dkims=(), after=(), body=None, expect_ids=None):
    """Build one message and record its label.

    text: the NEW part written by the sender (plain text); hist: quoted history appended
    below it in the text/plain part. Account ids are computed from text (NEW part) only.
    """
    COUNTER[0] += 1
    n = COUNTER[0]
    fname = "%03d-%s.eml" % (n, desc)
    full_text = text if not hist else text.rstrip("\n") + "\n\n" + hist
    if body is None:
        if html_only:
            body = tpart(html, "html", html_cs or cs, html_cte or cte)
        elif html is None:
            body = tpart(full_text, "plain", cs, cte, label_cs)
        else:
            body = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10**8, 10**9), int(dt.timestamp() * 1000)))
            body.attach(tpart(full_text, "plain", cs, cte, label_cs))
            body.attach(tpart(html, "html", html_cs or cs, html_cte or cte))
    # header block
    hl = list(route)
    hl += list(dkims)
    hl.append("From: %s" % enc_addr(frm[0], frm[1], subj_cs))
    if reply_to:
        hl.append("Reply-To: %s" % reply_to)
    hl.append("To: %s" % to)
    if cc:
        hl.append("Cc: %s" % cc)
    hl.append("Subject: %s" % enc_subject(subject, subj_cs))
    hl.append("Date: %s" % (dt if isinstance(dt, str) else rfc(dt)))
    hl.append("Message-ID: %s" % msgid)
    hl += list(headers_extra)
    bb = body.as_bytes(policy=compat32.clone(max_line_length=78))
    # body.as_bytes emits MIME-Version (multipart) or not; make sure it is present once
    if not bb.startswith(b"MIME-Version") and b"\nMIME-Version:" not in bb.split(b"\n\n", 1)[0]:
        bb = b"MIME-Version: 1.0\n" + bb
    h_end = bb.index(b"\n\n")
    bh, bbody = bb[:h_end], bb[h_end:]
    raw = ("\n".join(hl)).encode("ascii") + b"\n" + bh
    if tail:
        raw += b"\n" + ("\n".join(tail)).encode("ascii")
    raw += bbody
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    src = text if text is not None else ""
    found = sorted({"AWS" + m for m in ID_RE.findall(src)})
    if ids is not None:
        found = sorted(set(ids))
    if expect_ids is not None:
        assert found == sorted(expect_ids), (fname, found, expect_ids)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": found,
                     "sender_verified": sv, "language": lang}
    return fname


# ---------------------------------------------------------------- common text blocks
AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

CONSOLE_RATE = ("We value your feedback. Please share your experience by rating this correspondence using the AWS "
                "Support Center link at the end of this correspondence. Each correspondence can also be rated by "
                "selecting the stars in top right corner of each correspondence within the AWS Support Center.")

AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
              "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
              "410 Terry Ave. North, Seattle, WA 98109-5210")


def console_link(cid, lang="en"):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (cid, lang)


def aws_html_simple(text, title="Amazon Web Services", lang="en", hist=""):
    inner = ("<div style=\"max-width:640px;margin:0 auto\">\n"
             "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"background:#232f3e;padding:12px 20px\">"
             "<img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"60\"></td></tr>"
             "<tr><td style=\"padding:20px\">\n%s\n</td></tr></table>\n</div>" % text_to_html_paras(text))
    if hist:
        inner += "\n<hr>\n<div style=\"color:#545b64\">%s</div>" % text_to_html_paras(hist)
    return html_page(inner, title, lang)


# =========================================================================== MAILS

# ---- Story A: Daniel Okafor, Gmail, form case, 15-digit id --------------------------
DAN = "daniel.okafor.dev@gmail.com"
A_OPEN = T(2025, 5, 27, 14, 22, 5)
A_CASE = case15(A_OPEN, 417)
A_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE


def aws_gmail(to, dt, region="us-east-1", dmarc="pass"):
    local, host = ses_env(dt, region)
    env = "%s@amazonses.com" % local
    ip = ses_ip()
    route = gmail_route(to, dt, env, ip, ses_helo(ip), gmail_ar_aws(env, ip, dmarc))
    return route, "<%s@%s>" % (local, host), aws_dkims(dt, region)


def ses_tail(dt, region="us-east-1"):
    return ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, b64r(33).rstrip("=")),
            "X-SES-Outgoing: %s-54.240.8.%d" % (dt.strftime("%Y.%m.%d"), R.randint(10, 99))]


dt = A_OPEN + timedelta(seconds=41)
route, mid, dk = aws_gmail(DAN, dt)
t = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A support case has been created for you:

Case number: %s
Inquiry type: AWS Training and Certification
Detail: Account Merge

A member of our support team will review your request and respond, usually within 24 hours. To avoid delays, please do not submit a new form for the same request. If you would like to add information, reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification Support

%s
""" % (A_CASE, AWS_FOOTER)
mail("case_created", "form-ack-account-assistance", frm=AWS_FORM, to=DAN, subject=A_SUBJ, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t, "AWS Training and Certification"), cte="qp",
     case_id=A_CASE, sv=True, tail=ses_tail(dt))

# 002 completion, only surviving id in new text; quoted history carries both ids
A_CONF_DT = T(2025, 5, 28, 2, 47, 12)
A_USER_DT = T(2025, 5, 28, 16, 14, 40)
dt = T(2025, 5, 29, 3, 10, 27)
route, mid, dk = aws_gmail(DAN, dt)
t = """Hello Daniel,

Thank you for your patience.

I am happy to let you know that your two AWS Certification accounts have now been merged. Your full certification history, including AWS Certified Solutions Architect - Associate and AWS Certified Cloud Practitioner, is now held under candidate ID AWS04418273, the account that signs in with daniel.okafor.dev@gmail.com. The other account has been deactivated and can no longer be used to sign in.

Over the next couple of days, please check the following:

- Sign in to your AWS Certification account and make sure all certifications are listed under "Certifications".
- Unused benefits, such as the 50% discount voucher, should appear under "Benefits".
- Credly badges can take 24 to 48 hours to appear on the Credly profile of your primary email address. Credly will email you when they are issued.

If anything looks wrong, just reply to this email and we will take another look.

Best regards,

Hannah R.
AWS Training and Certification Support
"""
h_conf = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have located both of your certification accounts:

Account to be merged: AWS09921380 (d.okafor@brightlane-consulting.com)
Surviving account: AWS04418273 (daniel.okafor.dev@gmail.com)

After the merge, all certifications and benefits will be available under AWS04418273 only. Please note that a merge cannot be undone.

Please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,

Hannah R.
AWS Training and Certification Support"""
hist = """-----Original Message-----
From: Daniel Okafor <daniel.okafor.dev@gmail.com>
Sent: %s
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:%s

The details are correct. Please proceed with the merge.

Thanks,
Daniel

On Tue, May 27, 2025 at 7:47 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % (A_USER_DT.strftime("%a %d/%m/%Y %H:%M UTC"), A_SUBJ, quote_lines(h_conf))
mail("merge_completed", "form-merge-done-survivor-only", frm=AWS_FORM, to=DAN, subject="RE:" + A_SUBJ, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, hist=hist,
     html=aws_html_simple(t, hist=hist), cte="qp", case_id=A_CASE, sv=True, tail=ses_tail(dt),
     expect_ids=["AWS04418273"])

# 003 survey, HTML-only
dt = T(2025, 5, 29, 3, 12, 55)
route, mid, dk = aws_gmail(DAN, dt)
surv = "https://survey.aws-support.amazon.com/feedback?caseId=%s&amp;token=%s" % (A_CASE, alnum(40))
t = "Your case %s has been resolved. Was your issue resolved? Yes / No" % A_CASE
h = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3">
<tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello Daniel,</p>
<p>Your case <b>%s</b> (account-assistance) has been marked as <b>resolved</b>.</p>
<p>We hope we were able to help. Your feedback helps us improve the support we provide to learners around the world, and it only takes a minute.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="0" border="0"><tr>
<td style="background:#ff9900;padding:10px 28px"><a href="%s&amp;resolved=yes" style="color:#16191f;text-decoration:none;font-weight:bold">YES</a></td>
<td width="16"></td>
<td style="background:#ff9900;padding:10px 28px"><a href="%s&amp;resolved=no" style="color:#16191f;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p>How would you rate the support you received from Hannah?</p>
<p><a href="%s&amp;rating=1">&#9733;</a> <a href="%s&amp;rating=2">&#9733;&#9733;</a> <a href="%s&amp;rating=3">&#9733;&#9733;&#9733;</a> <a href="%s&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a> <a href="%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>If you still need help with this request, reply to this email within 14 days and your case will be reopened automatically.</p>
<p>Thank you,<br>AWS Training and Certification Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table>""" % (A_CASE, surv, surv, surv, surv, surv, surv, surv, AWS_FOOTER), "Case resolved")
mail("survey", "form-case-resolved-yes-no", frm=AWS_FORM, to=DAN,
     subject="Your AWS Training and Certification case %s has been resolved" % A_CASE, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=h, html_only=True, cte="b64", case_id=A_CASE, sv=True, tail=ses_tail(dt))


# ---- Credly helpers -----------------------------------------------------------------
def credly_gmail(to, dt, dmarc="pass", via_forward=None):
    env = "bounces+%d-%s-%s=%s@em.credly.com" % (R.randint(1000000, 9999999), hexr(4), to.split("@")[0], to.split("@")[1])
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=%s" % alnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"),
          "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % alnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (env, ip, env),
          "dmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % dmarc]
    route = gmail_route(to, dt, env, ip, helo, ar)
    mid = "<%s@geopod-ismtpd-%d>" % (alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), R.randint(1, 40))
    dk = [dkim_sig("credly.com", "s1", dt, h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to", c="relaxed/relaxed"),
          dkim_sig("sendgrid.info", "smtpapi", dt, h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to:feedback-id", c="relaxed/relaxed")]
    return route, mid, dk


def credly_tail(to):
    return ["List-Unsubscribe: <https://www.credly.com/unsubscribe?token=%s>" % alnum(48),
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "X-SG-EID: u001.%s" % b64r(60).rstrip("="),
            "X-Entity-ID: u001.%s" % b64r(15).rstrip("=")]


def credly_html(greeting, intro, badges, button="Accept your badge", outro="", to="", lang="en", extra=""):
    rows = "\n".join(
        "<tr><td align=\"center\" style=\"padding:12px 0\"><img src=\"https://images.credly.com/size/220x220/images/%s/image.png\" width=\"110\" height=\"110\" alt=\"%s\"><br>"
        "<span style=\"font-size:18px;font-weight:bold;color:#1c1c1c\">%s</span><br><span style=\"color:#6f6f6f\">Issued by Amazon Web Services Training and Certification</span></td></tr>"
        % (uuidr(), esc(b), esc(b)) for b in badges)
    tok = alnum(32)
    return html_page("""<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<tr><td align="center" style="padding:24px 0">
<table width="580" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:4px">
<tr><td style="padding:24px 32px"><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 32px"><p style="font-size:20px;font-weight:bold">%s</p><p>%s</p></td></tr>
%s
<tr><td align="center" style="padding:16px 0 28px"><a href="https://www.credly.com/earner/earned/badge/%s?accept=true&amp;utm_medium=email&amp;utm_source=issued_badge" style="background:#0096b6;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></td></tr>
<tr><td style="padding:0 32px 24px;color:#444">%s</td></tr>
%s
</table>
<p style="font-size:11px;color:#888;max-width:560px">This email was sent to %s. Credly is the service Amazon Web Services Training and Certification uses to issue digital credentials.<br>
<a href="https://www.credly.com/notification_preferences">Notification preferences</a> &middot; <a href="https://www.credly.com/privacy">Privacy policy</a><br>Credly, Inc. &middot; 1 Court Square, 25th Floor &middot; Long Island City, NY 11120</p>
</td></tr></table>""" % (greeting, intro, rows, uuidr(), button, outro, extra, to), "Credly", lang)


# 004 Credly badge after the merge (Daniel)
dt = T(2025, 5, 30, 11, 47, 3)
route, mid, dk = credly_gmail(DAN, dt)
t = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge:
https://www.credly.com/earner/earned/badge/%s?accept=true

Accept it to add it to your Credly profile and share it on LinkedIn, in your email signature or on your resume. Your badge is verified by Credly, so anyone can confirm that you earned it.

This email was sent to daniel.okafor.dev@gmail.com.
Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
""" % uuidr()
h = credly_html("Congratulations, Daniel!", "Amazon Web Services Training and Certification has issued you a new badge:",
                ["AWS Certified Solutions Architect – Associate"],
                outro="Accept it to add it to your Credly profile and share it on LinkedIn, in your email signature or on your resume.",
                to=DAN)
mail("credly_badge_issued", "credly-saa-issued-after-merge", frm=CREDLY, to=DAN,
     subject="Amazon Web Services Training and Certification has issued you a new badge", dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=h, cte="qp", case_id=None, sv=True, tail=credly_tail(DAN),
     reply_to="Credly <support@credly.com>")

# ---- Story B: Priya Raman, Microsoft 365, console case, 11-digit id (2023) -----------
PRI = "priya.raman@contoso-analytics.com"
B_CASE = "13387214561"
B_SUBJ = "Merge two AWS Certification accounts"


def aws_outlook(to, dt, consumer=False, dmarc="pass"):
    local, host = ses_env(dt)
    ip = ses_ip()
    helo = ses_helo(ip)
    route = outlook_route(to, dt, ip, helo, outlook_ar_aws(ip, dmarc), "amazonses.com", consumer)
    return route, "<%s@%s>" % (local, host), aws_dkims(dt)


dt = T(2023, 9, 12, 8, 41, 19)
route, mid, dk = aws_outlook(PRI, dt)
t = """Hello Priya,

Greetings from AWS Support!

I understand that you are having two AWS Certification accounts and you would like to have them combined into a single account. I have checked both the accounts with our Certification team and below are the details for your reference:

Account 1 (will be retained)
Candidate ID : AWS-07730215
Login email : priya.raman@contoso-analytics.com
Certifications : AWS Certified Data Analytics - Specialty, AWS Certified Solutions Architect - Associate

Account 2 (will be merged into Account 1 and deactivated)
Candidate ID : aws 03318842
Login email : priya.r.personal@yahoo.com
Certifications : AWS Certified Cloud Practitioner

Please be informed that once the accounts are merged, the action cannot be reverted. Kindly go through the above details carefully and reply to this case confirming that you would like us to go ahead with the merge as mentioned above.

As this email address cannot accept replies, please respond from the Support Center using the below link:
%s

%s

Best regards,
Rohit K.
Amazon Web Services
""" % (console_link(B_CASE), CONSOLE_RATE)
mail("merge_confirmation_requested", "console-confirm-which-survives", frm=AWS_NOREPLY, to=PRI,
     subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     html=aws_html_simple(t), cte="qp", case_id=B_CASE, sv=True, tail=ses_tail(dt) + ms_tail(dt),
     expect_ids=["AWS03318842", "AWS07730215"], crlf=True)

# 006 thanks for confirming, will proceed (support_reply)
dt = T(2023, 9, 13, 5, 2, 44)
route, mid, dk = aws_outlook(PRI, dt)
t = """Hello Priya,

Thank you for confirming the details.

I have now submitted the request to our Certification team and they will proceed with merging the accounts as confirmed by you. Once the merge is complete you will receive an update on this case. Normally it takes 2-3 business days, so we request you to kindly bear with us.

Please do not create a new case for the same request as it may delay the process.

%s

Best regards,
Rohit K.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center
""" % CONSOLE_RATE
mail("support_reply", "console-thanks-for-confirming-will-proceed", frm=AWS_NOREPLY, to=PRI,
     subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     cs="us-ascii", cte="7bit", case_id=B_CASE, sv=True, tail=ses_tail(dt) + ms_tail(dt), crlf=True)

# 007 "new correspondence added" notice, no content
dt = T(2023, 9, 15, 10, 18, 2)
route, mid, dk = aws_outlook(PRI, dt)
t = """Hello,

We've updated your AWS Support case:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: There is a new response from AWS Support.

To view the response and reply, sign in to the AWS Support Center:
%s

This email address can't accept replies. To respond, use the AWS Support Center.

Sincerely,
Amazon Web Services

%s
""" % (B_CASE, B_SUBJ, console_link(B_CASE), AWS_FOOTER)
h = html_page("""<div style="max-width:600px">
<p>Hello,</p>
<p>We've updated your AWS Support case:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>%s</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td><b>Correspondence</b></td><td>There is a new response from AWS Support.</td></tr>
</table>
<p><a href="%s">View your case in the AWS Support Center</a></p>
<p style="color:#687078">This email address can't accept replies. To respond, use the AWS Support Center.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">%s</p></div>""" % (B_CASE, B_SUBJ, console_link(B_CASE).replace("&", "&amp;"), AWS_FOOTER),
              "AWS Support")
mail("support_reply", "console-new-correspondence-notice", frm=AWS_NOREPLY, to=PRI,
     subject="[Case %s] New correspondence added" % B_CASE, dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     html=h, cte="qp", case_id=B_CASE, sv=True, tail=ses_tail(dt) + ms_tail(dt), crlf=True)

# 008 merge completed, cp1252 text mislabelled iso-8859-1
dt = T(2023, 9, 15, 10, 17, 51)
route, mid, dk = aws_outlook(PRI, dt)
t = """Hello Priya,

Thank you for your patience while our Certification team worked on this.

I’m glad to inform you that the merge has been completed successfully. The certifications from candidate ID AWS03318842 are now moved under AWS07730215, and the account associated with priya.r.personal@yahoo.com stands deactivated. You can log in with priya.raman@contoso-analytics.com and verify the same from your end.

Kindly note that the Credly badges will be issued to your primary email address within 2–3 working days.

Should you have any further queries, please feel free to reach out to us and we’ll be happy to assist.

%s

Best regards,
Rohit K.
Amazon Web Services
""" % CONSOLE_RATE
mail("merge_completed", "console-merge-completed-wrong-charset", frm=AWS_NOREPLY, to=PRI,
     subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     cs="windows-1252", cte="qp", label_cs="iso-8859-1", case_id=B_CASE, sv=True,
     tail=ses_tail(dt) + ms_tail(dt), crlf=True, expect_ids=["AWS03318842", "AWS07730215"])

# 009 closure by agent that recaps the merge + survey question
dt = T(2023, 9, 22, 11, 5, 36)
route, mid, dk = aws_outlook(PRI, dt)
t = """Hello Priya,

It has been a week since we informed you that AWS03318842 was merged into AWS07730215, and we have not heard back from you, so I am going ahead and resolving this case now. If you face any issue with your certifications or Credly badges, you can reopen this case from the Support Center within the next 14 days, and it will come back to me.

Was your question answered? Please let us know by choosing Yes or No below. Your feedback helps us to improve.

Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Best regards,
Rohit K.
Amazon Web Services
""" % (B_CASE, B_CASE)
h = html_page("""<div style="max-width:620px;font-family:Arial,sans-serif">
<p>Hello Priya,</p>
<p>It has been a week since we informed you that AWS03318842 was merged into AWS07730215, and we have not heard back from you, so I am going ahead and resolving this case now. If you face any issue with your certifications or Credly badges, you can reopen this case from the Support Center within the next 14 days, and it will come back to me.</p>
<p><b>Was your question answered?</b> Please let us know by choosing Yes or No below. Your feedback helps us to improve.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes" style="padding:8px 20px;background:#ec7211;color:#fff;text-decoration:none">Yes</a>
&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no" style="padding:8px 20px;background:#ec7211;color:#fff;text-decoration:none">No</a></p>
<p>Best regards,<br>Rohit K.<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#687078">Case ID: %s &middot; %s</p></div>""" % (B_CASE, B_CASE, B_CASE, AWS_FOOTER), "AWS Support")
mail("survey", "console-resolving-recap-yes-no", frm=AWS_NOREPLY, to=PRI,
     subject="RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=h,
     html_only=True, cte="qp", case_id=B_CASE, sv=True, tail=ses_tail(dt) + ms_tail(dt), crlf=True,
     expect_ids=["AWS03318842", "AWS07730215"])

# ---- Story C: 佐藤 健太, nifty, form case in Japanese, ISO-2022-JP ------------------------
KEN = "k-sato.cloud@nifty.com"
C_OPEN = T(2025, 6, 2, 0, 41, 10)
C_CASE = case15(C_OPEN, 231)
C_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_CASE


def aws_jp(to, dt, provider, dmarc=True):
    local, host = ses_env(dt)
    env = "%s@amazonses.com" % local
    ip = ses_ip()
    if provider == "nifty":
        ar = ("spf=pass smtp.mailfrom=%s;\n          dkim=pass header.d=amazon.com header.s=%s;\n"
              "          dkim=pass header.d=amazonses.com header.s=%s" % (env, AMZ_SEL, SES_SEL))
    else:
        ar = ("spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com;\n"
              "\tdkim=pass (1024-bit key) header.d=amazonses.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com")
    route = jp_route(to, dt, env, ip, ses_helo(ip), provider, ar)
    return route, "<%s@%s>" % (local, host), aws_dkims(dt)


dt = C_OPEN + timedelta(seconds=37)
route, mid, dk = aws_jp(KEN, dt, "nifty")
t = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールは自動送信です。お問い合わせを受け付け、以下のケースを作成いたしました。

ケース番号：%s
お問い合わせの種類：AWS トレーニングと認定
詳細：アカウントの統合

担当者より、通常 24 時間以内にご連絡いたします。
同じ内容で再度フォームを送信されますと、対応が遅れる場合がございますのでご注意ください。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

今後ともよろしくお願い申し上げます。

AWS トレーニングと認定 サポートチーム
""" % C_CASE
mail("case_created", "ja-form-ack-iso2022jp", frm=AWS_FORM, to=KEN,
     subject="[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定 (アカウントに関するお問い合わせ)" % C_CASE,
     subj_cs="iso-2022-jp", dt=dt, route=route, dkims=dk, msgid=mid, text=t, cs="iso-2022-jp", cte="7bit",
     label_cs="ISO-2022-JP", case_id=C_CASE, lang="ja", sv=True, tail=ses_tail(dt))

C_CONF_DT = T(2025, 6, 3, 0, 12, 4)
c_conf = """佐藤 健太 様

AWS トレーニングと認定 サポートチームの山田でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきましたアカウント統合の件につきまして、下記のとおり確認いたしました。

■ 統合元アカウント（統合後に無効化されます）
　候補者 ID：AWS02274619
　登録メールアドレス：kenta.sato@hokuto-sys.co.jp

■ 統合先アカウント（今後ご利用いただくアカウント）
　候補者 ID：AWS08830152
　登録メールアドレス：k-sato.cloud@nifty.com

統合後は、取得済みの認定資格および特典はすべて統合先アカウント（AWS08830152）に集約されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

山田 美咲
AWS トレーニングと認定 サポート
Amazon Web Services
"""
route, mid, dk = aws_jp(KEN, C_CONF_DT, "nifty")
mail("merge_confirmation_requested", "ja-form-confirm-merge-keigo", frm=AWS_FORM, to=KEN, subject="RE:" + C_SUBJ,
     dt=C_CONF_DT, route=route, dkims=dk, msgid=mid, text=c_conf, cs="iso-2022-jp", cte="7bit",
     label_cs="ISO-2022-JP", case_id=C_CASE, lang="ja", sv=True, tail=ses_tail(C_CONF_DT),
     expect_ids=["AWS02274619", "AWS08830152"])

# 012 thanks, proceeding (support_reply) quoting user's reply, which quotes the agent (Gmail-ja style)
dt = T(2025, 6, 3, 4, 55, 31)
route, mid, dk = aws_jp(KEN, dt, "nifty")
t = """佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 サポートの山田でございます。

統合内容についてご確認いただき、誠にありがとうございます。
ご承諾いただきましたので、これより担当部署にて統合作業を進めてまいります。

作業の完了までには通常 2〜3 営業日ほどお時間をいただいております。
完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、作業中は認定アカウントへのサインインが一時的にできない場合がございます。

引き続きよろしくお願いいたします。

山田 美咲
AWS トレーニングと認定 サポート
"""
hist = """--- 元のメッセージ ---
差出人: 佐藤 健太 <k-sato.cloud@nifty.com>
送信日時: 2025/06/03 10:15
件名: Re: RE:%s

山田様

ご連絡ありがとうございます。
記載いただいた内容で間違いございません。統合を進めてください。
The details are correct. Please proceed with the merge.

佐藤

2025年6月3日(火) 9:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

%s
""" % (C_SUBJ, quote_lines(c_conf.strip()))
mail("support_reply", "ja-thanks-for-confirming-proceeding", frm=AWS_FORM, to=KEN, subject="RE:" + C_SUBJ,
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, hist=hist, cs="iso-2022-jp", cte="7bit",
     label_cs="ISO-2022-JP", case_id=C_CASE, lang="ja", sv=True, tail=ses_tail(dt), expect_ids=[])

# 013 completed, UTF-8 base64, text+html
dt = T(2025, 6, 5, 2, 30, 12)
route, mid, dk = aws_jp(KEN, dt, "nifty")
t = """佐藤 健太 様

AWS トレーニングと認定 サポートの山田でございます。
大変お待たせいたしました。

ご依頼いただいておりました認定アカウントの統合が完了いたしましたので、ご報告申し上げます。
AWS02274619 に登録されていた認定資格および特典は、すべて AWS08830152 へ移行されております。
今後は k-sato.cloud@nifty.com にてサインインのうえ、AWS 認定アカウントの「認定」ページより内容をご確認ください。

Credly のデジタルバッジにつきましては、反映までに 1〜2 日ほどかかる場合がございます。
発行されましたら Credly から通知メールが届きますので、バッジの受け取り手続きをお願いいたします。

その他ご不明な点がございましたら、本メールにご返信ください。

山田 美咲
AWS トレーニングと認定 サポート
Amazon Web Services
"""
mail("merge_completed", "ja-merge-completed-utf8-b64", frm=AWS_FORM, to=KEN, subject="RE:" + C_SUBJ,
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=aws_html_simple(t, "AWS トレーニングと認定", "ja"),
     cs="utf-8", cte="b64", case_id=C_CASE, lang="ja", sv=True, tail=ses_tail(dt),
     expect_ids=["AWS02274619", "AWS08830152"])

# 014 survey in Japanese, HTML only, QP
dt = T(2025, 6, 5, 2, 33, 40)
route, mid, dk = aws_jp(KEN, dt, "nifty")
surv = "https://survey.aws-support.amazon.com/feedback?caseId=%s&amp;lang=ja&amp;token=%s" % (C_CASE, alnum(40))
t = "ケース %s はクローズされました。お問い合わせの問題は解決しましたか？" % C_CASE
h = html_page("""<table width="600" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#232f3e;color:#fff;padding:14px 24px;font-size:17px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>佐藤 健太 様</p>
<p>お問い合わせいただいたケース <b>%s</b> は、解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間 1 分程度）。</p>
<p style="font-weight:bold">お問い合わせの問題は解決しましたか？</p>
<p><a href="%s&amp;resolved=yes" style="background:#ff9900;color:#16191f;padding:10px 30px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="%s&amp;resolved=no" style="background:#ff9900;color:#16191f;padding:10px 30px;text-decoration:none">いいえ</a></p>
<p>担当者（山田）の対応はいかがでしたか？ 5 段階で評価してください。</p>
<p><a href="%s&amp;rating=1">1</a> | <a href="%s&amp;rating=2">2</a> | <a href="%s&amp;rating=3">3</a> | <a href="%s&amp;rating=4">4</a> | <a href="%s&amp;rating=5">5</a></p>
<p>引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。</p>
<p>AWS トレーニングと認定 サポートチーム</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">本メールは送信専用アドレスから配信されています。<br>%s</td></tr>
</table>""" % (C_CASE, surv, surv, surv, surv, surv, surv, surv, AWS_FOOTER), "アンケート", "ja")
mail("survey", "ja-case-closed-survey-html", frm=AWS_FORM, to=KEN,
     subject="【AWS トレーニングと認定】ケース %s クローズのお知らせとアンケートのお願い" % C_CASE, subj_cs="utf-8",
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=h, html_only=True, cte="qp", case_id=C_CASE,
     lang="ja", sv=True, tail=ses_tail(dt))

# 015 Credly in Japanese (nifty, credly DKIM via JP provider)
dt = T(2025, 6, 6, 8, 4, 51)
env = "bounces+%d-%s-k-sato.cloud=nifty.com@em.credly.com" % (R.randint(1000000, 9999999), hexr(4))
ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
route = jp_route(KEN, dt, env, ip, "o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999)), "nifty",
                 "spf=pass smtp.mailfrom=%s;\n          dkim=pass header.d=credly.com header.s=s1;\n          dkim=pass header.d=sendgrid.info header.s=smtpapi" % env)
mid = "<%s@geopod-ismtpd-%d>" % (alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), R.randint(1, 40))
dk = [dkim_sig("credly.com", "s1", dt, c="relaxed/relaxed", h="content-type:from:mime-version:subject:reply-to:to:cc")]
t = """健太さん、おめでとうございます！

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Developer – Associate
AWS Certified Cloud Practitioner

バッジを受け取る：
https://www.credly.com/earner/earned/badge/%s?accept=true

受け取ったバッジは、LinkedIn やメールの署名、履歴書などで共有できます。Credly がバッジの真正性を証明するため、誰でもあなたの実績を確認できます。

このメールは k-sato.cloud@nifty.com 宛に送信されました。
Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
""" % uuidr()
h = credly_html("健太さん、おめでとうございます！", "Amazon Web Services Training and Certification から、次のバッジが発行されました。",
                ["AWS Certified Developer – Associate", "AWS Certified Cloud Practitioner"], button="バッジを受け取る",
                outro="受け取ったバッジは、LinkedIn やメールの署名、履歴書などで共有できます。", to=KEN, lang="ja")
mail("credly_badge_issued", "ja-credly-two-badges-issued", frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
     to=KEN, subject="Amazon Web Services Training and Certification からバッジが発行されました", dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=h, cte="qp", case_id=None, lang="ja", sv=True, tail=credly_tail(KEN))

# ---- Story D: 高橋 由美, biglobe, console case in Japanese ------------------------------
YUM = "takahashi.yumi@kbf.biglobe.ne.jp"
D_OPEN = T(2025, 6, 9, 1, 5, 33)
D_CASE = case15(D_OPEN, 88)
D_SUBJ = "AWS認定アカウントの統合のお願い"
JA_RATE = ("本回答へのご意見をお聞かせください。AWS サポートセンターの本ケースにて、各回答の右上にある星をクリックすると評価いただけます。"
           "いただいたご意見は、今後のサポート品質の向上に役立てさせていただきます。")

dt = T(2025, 6, 9, 6, 48, 2)
route, mid, dk = aws_jp(YUM, dt, "biglobe")
t = """高橋 由美 様

AWS サポートの中村でございます。
お問い合わせいただき、誠にありがとうございます。

AWS 認定アカウントの統合をご希望とのこと、承知いたしました。
ご申告いただいた候補者 ID（AWS05519320 および AWS-01764483）について確認を進めておりますが、手続きを行うにあたり、以下の情報をご提供いただけますでしょうか。

1. 今後ご利用になるアカウント（統合後に残すアカウント）はどちらでしょうか。
2. それぞれのアカウントのサインインに使用しているメールアドレス
3. 各アカウントに登録されている通知用メールアドレス（サインイン用と異なる場合）

恐れ入りますが、本メールアドレスは送信専用のため、ご返信はサポートセンターの本ケースよりお願いいたします。
%s

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

%s

中村 拓也
Amazon Web Services
""" % (console_link(D_CASE, "ja"), JA_RATE)
mail("support_reply", "ja-console-asks-which-to-keep", frm=AWS_NOREPLY, to=YUM,
     subject="RE:[CASE %s] %s" % (D_CASE, D_SUBJ), subj_cs="utf-8", dt=dt, route=route, dkims=dk, msgid=mid,
     text=t, cs="iso-2022-jp", cte="7bit", label_cs="ISO-2022-JP", case_id=D_CASE, lang="ja", sv=True,
     tail=ses_tail(dt), expect_ids=["AWS01764483", "AWS05519320"])

# 017 completion that asks a question (Credly)
dt = T(2025, 6, 12, 2, 20, 45)
route, mid, dk = aws_jp(YUM, dt, "biglobe")
t = """高橋 由美 様

AWS サポートの中村でございます。
大変お待たせいたしました。

AWS01764483 を AWS05519320 に統合する作業が完了いたしました。
これにより、これまで両アカウントに分かれていた認定資格（AWS Certified Solutions Architect – Professional、AWS Certified SysOps Administrator – Associate）は、すべて AWS05519320 にてご確認いただけます。

なお、1 点ご確認させてください。
Credly のデジタルバッジは、統合後のアカウントの登録メールアドレス（takahashi.yumi@kbf.biglobe.ne.jp）宛に再発行されます。旧アカウントでご利用の Credly アカウントで既に受け取り済みのバッジがある場合、そちらの Credly アカウントとの統合もご希望でしょうか。
ご希望の場合は、旧 Credly アカウントのメールアドレスをお知らせください。

ご返信はサポートセンターの本ケースよりお願いいたします。
%s

%s

中村 拓也
Amazon Web Services
""" % (console_link(D_CASE, "ja"), JA_RATE)
mail("merge_completed", "ja-console-done-asks-about-credly", frm=AWS_NOREPLY, to=YUM,
     subject="RE:[CASE %s] %s" % (D_CASE, D_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     html=aws_html_simple(t, "Amazon Web Services", "ja"), cs="utf-8", cte="b64", case_id=D_CASE, lang="ja",
     sv=True, tail=ses_tail(dt), expect_ids=["AWS01764483", "AWS05519320"])

# 018 support_reply: Credly merge requested to team
dt = T(2025, 6, 13, 0, 58, 9)
route, mid, dk = aws_jp(YUM, dt, "biglobe")
t = """高橋 由美 様

AWS サポートの中村でございます。
旧 Credly アカウントのメールアドレスをお知らせいただき、ありがとうございます。

いただいた情報をもとに、Credly アカウントの統合を担当チームへ依頼いたしました。
Credly 側の作業には通常 3〜5 営業日ほどかかります。作業が完了しましたら Credly からメールが届きますので、今しばらくお待ちいただけますと幸いです。

本件の進捗につきましては、引き続き本ケースにてご案内いたします。

%s

中村 拓也
Amazon Web Services
""" % JA_RATE
mail("support_reply", "ja-console-credly-merge-requested", frm=AWS_NOREPLY, to=YUM,
     subject="RE:[CASE %s] %s" % (D_CASE, D_SUBJ), dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     cs="utf-8", cte="8bit", case_id=D_CASE, lang="ja", sv=True, tail=ses_tail(dt), expect_ids=[])

# 019 survey: console resolved notice in Japanese (text ISO-2022-JP, html UTF-8)
dt = T(2025, 6, 20, 3, 0, 17)
route, mid, dk = aws_jp(YUM, dt, "biglobe")
fb = "https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja" % D_CASE
t = """高橋 由美 様

お客様のサポートケースは解決済みとなりました。

ケース ID：%s
件名：%s

ケースが解決済みとなってから 14 日以内であれば、AWS サポートセンターからケースを再開できます。

今回のサポートについて、ご意見をお聞かせください。
問題は解決しましたか？
はい：%s&resolved=yes
いいえ：%s&resolved=no

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

Amazon Web Services
""" % (D_CASE, D_SUBJ, fb, fb)
h = html_page("""<div style="max-width:600px;font-size:14px;line-height:1.7">
<p>高橋 由美 様</p>
<p>お客様のサポートケースは解決済みとなりました。</p>
<table cellpadding="4"><tr><td>ケース ID</td><td>%s</td></tr><tr><td>件名</td><td>%s</td></tr></table>
<p>ケースが解決済みとなってから 14 日以内であれば、AWS サポートセンターからケースを再開できます。</p>
<p><b>今回のサポートについて、ご意見をお聞かせください。問題は解決しましたか？</b></p>
<p><a href="%s&amp;resolved=yes">はい</a> &nbsp; <a href="%s&amp;resolved=no">いいえ</a></p>
<p>今後ともアマゾン ウェブ サービスをよろしくお願いいたします。</p>
<p>Amazon Web Services</p></div>""" % (D_CASE, D_SUBJ, fb.replace("&", "&amp;"), fb.replace("&", "&amp;")), "AWS サポート", "ja")
body = MIMEMultipart("alternative", boundary="=_%s" % alnum(28))
body.attach(tpart(t, "plain", "iso-2022-jp", "7bit", "ISO-2022-JP"))
body.attach(tpart(h, "html", "utf-8", "qp"))
mail("survey", "ja-console-resolved-feedback", frm=AWS_NOREPLY, to=YUM,
     subject="Amazon Web Services: サポートケース %s が解決済みになりました" % D_CASE, subj_cs="iso-2022-jp",
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, body=body, case_id=D_CASE, lang="ja", sv=True,
     tail=ses_tail(dt))

# ---- Story E: Marco Bianchi, Gmail, form case, reopened ------------------------------
MAR = "marco.bianchi.it@gmail.com"
E_OPEN = T(2025, 3, 10, 9, 12, 48)
E_CASE = case15(E_OPEN, 5120)
E_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E_CASE

dt = T(2025, 3, 12, 16, 40, 2)
route, mid, dk = aws_gmail(MAR, dt)
t = """Hi Marco,

Good news: we have finished consolidating your two certification profiles.

Everything that used to sit under AWS01187734 (the profile registered with your former employer's address) now lives under AWS05562091, which is tied to marco.bianchi.it@gmail.com. Your exam history, your three active certifications and your unused 50% exam voucher are all there. The old profile is closed and you won't be able to sign in to it anymore.

Your Credly badges will be re-issued to marco.bianchi.it@gmail.com. Please keep an eye on your inbox over the next day or two and accept them when they arrive.

Kind regards,

Tomasz W.
AWS Training and Certification Support
"""
mail("merge_completed", "form-profiles-consolidated-paraphrase", frm=AWS_FORM, to=MAR, subject="RE:" + E_SUBJ,
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, cs="utf-8", cte="8bit", case_id=E_CASE, sv=True,
     tail=ses_tail(dt), expect_ids=["AWS01187734", "AWS05562091"])

# 021 survey (feedback request), text+html
dt = T(2025, 3, 12, 16, 41, 30)
route, mid, dk = aws_gmail(MAR, dt)
fb = "https://aws-tc-feedback.amazon.com/s/%s?case=%s" % (alnum(10), E_CASE)
t = """Hi Marco,

We've closed your support case %s (account-assistance).

We'd love to hear how we did. How satisfied were you with the support you received?

Very satisfied:    %s&score=5
Satisfied:         %s&score=4
Neutral:           %s&score=3
Dissatisfied:      %s&score=2
Very dissatisfied: %s&score=1

Need more help with this? Reply to this email and your case will be reopened.

AWS Training and Certification
""" % (E_CASE, fb, fb, fb, fb, fb)
h = html_page("""<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<h2 style="color:#232f3e">How did we do?</h2>
<p>Hi Marco,</p>
<p>We've closed your support case <b>%s</b> (account-assistance).</p>
<p>We'd love to hear how we did. How satisfied were you with the support you received?</p>
<p>%s</p>
<p>Need more help with this? Reply to this email and your case will be reopened.</p>
<p>AWS Training and Certification</p></div>""" % (E_CASE, " ".join(
    '<a href="%s&amp;score=%d" style="display:inline-block;padding:8px 12px;border:1px solid #879596;text-decoration:none">%s</a>' % (fb, n, lab)
    for n, lab in [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neutral"), (2, "Dissatisfied"), (1, "Very dissatisfied")])),
    "How did we do?")
mail("survey", "form-case-closed-how-did-we-do", frm=AWS_FORM, to=MAR,
     subject="How did we do? Your case %s" % E_CASE, dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=h,
     cte="qp", case_id=E_CASE, sv=True, tail=ses_tail(dt))

# 022 reopened: support_reply, quotes user message that has the ids
dt = T(2025, 3, 14, 13, 26, 55)
route, mid, dk = aws_gmail(MAR, dt)
t = """Hi Marco,

Thanks for getting back to us, and sorry for the trouble. I have reopened your case.

I can see that your certifications are correctly listed on your surviving profile, so the certification side is fine. The badges, however, are still attached to the Credly account that uses your old work address, which is why nothing new arrived in your Gmail inbox. I have asked our Credly team to move them across to marco.bianchi.it@gmail.com.

This normally takes two to three business days. You don't need to do anything for now; I'll write back here as soon as it is done.

Kind regards,

Tomasz W.
AWS Training and Certification Support
"""
hist = """________________________________
From: Marco Bianchi <marco.bianchi.it@gmail.com>
Sent: Friday, March 14, 2025 9:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: How did we do? Your case %s

Hi,

sorry to reopen this, but my badges never showed up. The merge itself looks ok (I see all 3 certs under AWS05562091), but on Credly I only have the old badges on the profile linked to my old email (the one from AWS01187734). Nothing was re-issued to my gmail.

Thanks
Marco
""" % E_CASE
mail("support_reply", "form-reopened-credly-not-moved", frm=AWS_FORM, to=MAR, subject="RE:" + E_SUBJ,
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, hist=hist, html=aws_html_simple(t, hist=hist), cte="qp",
     case_id=E_CASE, sv=True, tail=ses_tail(dt), expect_ids=[])

# 023 Credly: badges moved, ready to accept
dt = T(2025, 3, 17, 18, 3, 22)
route, mid, dk = credly_gmail(MAR, dt)
badges = ["AWS Certified Solutions Architect – Associate", "AWS Certified Developer – Associate", "AWS Certified Cloud Practitioner"]
t = """Hi Marco,

You have 3 badges from Amazon Web Services Training and Certification waiting for you.

These badges were previously issued to a different email address and have been transferred to marco.bianchi.it@gmail.com following an update to your certification account.

- %s

Accept your badges:
https://www.credly.com/earner/earned?filter=pending

Once accepted, your badges will appear on your Credly profile and can be shared with your network.

Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
""" % "\n- ".join(badges)
h = credly_html("Hi Marco,", "You have 3 badges from Amazon Web Services Training and Certification waiting for you. These badges were previously issued to a different email address and have been transferred to marco.bianchi.it@gmail.com following an update to your certification account.",
                badges, button="Accept your badges", outro="Once accepted, your badges will appear on your Credly profile and can be shared with your network.", to=MAR)
mail("credly_badge_issued", "credly-three-badges-transferred", frm=CREDLY, to=MAR,
     subject="Marco, you have 3 badges waiting to be accepted", dt=dt, route=route, dkims=dk, msgid=mid,
     text=t, html=h, cte="qp", case_id=None, sv=True, tail=credly_tail(MAR))

# 024 survey after the reopened case
dt = T(2025, 3, 18, 9, 15, 41)
route, mid, dk = aws_gmail(MAR, dt)
fb = "https://aws-tc-feedback.amazon.com/s/%s?case=%s&amp;round=2" % (alnum(10), E_CASE)
t = "We've resolved your case %s again. Tell us about your experience this time." % E_CASE
h = html_page("""<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<h2 style="color:#232f3e">Your case has been resolved again</h2>
<p>Hi Marco,</p>
<p>Your case <b>%s</b> was reopened on March 14, 2025 and has now been marked as resolved again. Because this case was reopened, we'd like to hear about your experience this time around.</p>
<p><b>Did we resolve your issue?</b></p>
<p><a href="%s&amp;resolved=yes" style="padding:8px 22px;background:#ff9900;color:#16191f;text-decoration:none">Yes</a>
&nbsp; <a href="%s&amp;resolved=no" style="padding:8px 22px;background:#ff9900;color:#16191f;text-decoration:none">No</a></p>
<p>If your issue is still not resolved, reply to this email within 14 days.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">%s</p></div>""" % (E_CASE, fb, fb, AWS_FOOTER), "Case resolved")
mail("survey", "form-resolved-again-after-reopen", frm=AWS_FORM, to=MAR,
     subject="Your case %s has been resolved – tell us how we did" % E_CASE, dt=dt, route=route, dkims=dk,
     msgid=mid, text=t, html=h, html_only=True, cte="b64", case_id=E_CASE, sv=True, tail=ses_tail(dt))

# ---- Story F: Li Wei, outlook.com, 10-digit case (2020), Acclaim era ------------------
LIW = "li.wei.cloud@outlook.com"
F_CASE = "7125503941"
F_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE
F_CONF_DT = T(2020, 6, 15, 21, 33, 8)
f_conf = """Hello Li,

Thank you for contacting AWS Training and Certification Customer Support.

Before we proceed, could you please confirm the following:

Account to be retained: AWS06671208 (li.wei.cloud@outlook.com)
Account to be merged and deactivated: AWS 02205517 (wei.li@northgate-tech.com)

Please note that the merge is permanent. Once it is completed you will only be able to log in with the retained account, and the certification history, transcripts and benefits of both accounts will be combined there.

Please reply "Yes, please merge" to proceed, or let us know if you would prefer to keep the other account instead.

Regards,
Sandeep M.
AWS Training and Certification Customer Support
"""
route, mid, dk = aws_outlook(LIW, F_CONF_DT, consumer=True)
mail("merge_confirmation_requested", "form-2020-confirm-retained-account", frm=AWS_FORM, to=LIW,
     subject="RE:" + F_SUBJ, dt=F_CONF_DT, route=route, dkims=dk, msgid=mid, text=f_conf,
     html=aws_html_simple(f_conf), cte="qp", case_id=F_CASE, sv=True, tail=ses_tail(F_CONF_DT),
     expect_ids=["AWS02205517", "AWS06671208"])

# 026 completion with a generic question, nested Outlook quoting
dt = T(2020, 6, 17, 0, 4, 19)
route, mid, dk = aws_outlook(LIW, dt, consumer=True)
t = """Hello Li,

The two accounts have been merged. You can now log in with li.wei.cloud@outlook.com and your transcript shows all four certifications; the login for wei.li@northgate-tech.com no longer works.

Is there anything else I can help you with on this case?

Regards,
Sandeep M.
AWS Training and Certification Customer Support
"""
hist = """From: Li Wei <li.wei.cloud@outlook.com>
Sent: Tuesday, June 16, 2020 8:14 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:%s

Yes, please merge.

Li Wei

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 15, 2020 2:33 PM
To: li.wei.cloud@outlook.com
Subject: RE:%s

%s""" % (F_SUBJ, F_SUBJ, f_conf)
mail("merge_completed", "form-2020-merged-anything-else", frm=AWS_FORM, to=LIW, subject="RE:" + F_SUBJ, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, hist=hist, html=aws_html_simple(t, hist=hist), cte="qp",
     case_id=F_CASE, sv=True, tail=ses_tail(dt), expect_ids=[])

# 027 Acclaim (older Credly sender) badge mail, 2020
dt = T(2020, 6, 18, 14, 52, 37)
ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
helo = "o%d.ptr%d.youracclaim.com" % (R.randint(1, 9), R.randint(1000, 9999))
ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em.youracclaim.com; dkim=pass (signature was verified)\n"
      " header.d=youracclaim.com;dmarc=pass action=none\n header.from=youracclaim.com;compauth=pass reason=100" % ip)
route = outlook_route(LIW, dt, ip, helo, ar, "em.youracclaim.com", consumer=True)
mid = "<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), R.randint(1, 200))
dk = [dkim_sig("youracclaim.com", "s1", dt, c="relaxed/relaxed", h="content-type:from:mime-version:subject:reply-to:to")]
t = """Li Wei, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s?accept=true

Accept your badge to showcase your achievement on your Acclaim profile, LinkedIn, Twitter and in your email signature.

Acclaim by Credly · 1150 Connecticut Ave NW, Suite 800 · Washington, DC 20036
""" % uuidr()
h = credly_html("Li Wei, you've earned a badge!", "Amazon Web Services Training and Certification has issued you a badge:",
                ["AWS Certified SysOps Administrator - Associate"], outro="Accept your badge to showcase your achievement on your Acclaim profile, LinkedIn, Twitter and in your email signature.",
                to=LIW).replace("www.credly.com", "www.youracclaim.com").replace("Credly, Inc. &middot; 1 Court Square, 25th Floor &middot; Long Island City, NY 11120", "Acclaim by Credly &middot; 1150 Connecticut Ave NW, Suite 800 &middot; Washington, DC 20036")
mail("credly_badge_issued", "acclaim-2020-badge-issued", frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
     to=LIW, subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
     dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=h, cte="qp", case_id=None, sv=True, crlf=True)

# 028 survey 2020, HTML only
dt = T(2020, 6, 17, 0, 6, 2)
route, mid, dk = aws_outlook(LIW, dt, consumer=True)
t = "Case %s closed. Tell us about your experience." % F_CASE
h = html_page("""<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:Arial,sans-serif">
<tr><td style="border-bottom:3px solid #ff9900;padding:12px 0;font-size:18px;color:#232f3e">AWS Training and Certification Customer Support</td></tr>
<tr><td style="padding:18px 0">
<p>Dear Li Wei,</p>
<p>Thank you for contacting AWS Training and Certification. Your case <b>%s</b> has now been closed.</p>
<p>Please take a moment to tell us about your experience. The survey has three questions.</p>
<p><a href="https://www.amazon.com/gp/help/survey?caseId=%s&amp;survey=tc-cs&amp;t=%s" style="background:#232f3e;color:#ffffff;padding:10px 22px;text-decoration:none">Take the survey</a></p>
<p>If your issue has not been resolved, please reply to this email and reference your case number.</p>
<p>Regards,<br>AWS Training and Certification Customer Support</p>
</td></tr></table>""" % (F_CASE, F_CASE, alnum(24)), "Survey")
mail("survey", "form-2020-closed-take-the-survey", frm=AWS_FORM, to=LIW,
     subject="Case %s: Tell us about your experience" % F_CASE, dt=dt, route=route, dkims=dk, msgid=mid,
     text=t, html=h, html_only=True, cte="qp", case_id=F_CASE, sv=True, tail=ses_tail(dt))

# ---- Story G: Ahmed Hassan, own mail server (no Authentication-Results) ------------------
AHM = "ahmed@hassan-it.de"
G_OPEN1 = T(2025, 4, 2, 7, 30, 11)
G_CASE1 = case15(G_OPEN1, 93402)
G_OPEN2 = T(2025, 4, 21, 8, 2, 40)
G_CASE2 = case15(G_OPEN2, 1977)


def aws_plain(to, dt):
    local, host = ses_env(dt, "eu-west-1")
    env = "%s@eu-west-1.amazonses.com" % local
    ip = "54.240.%d.%d" % (R.choice([4, 6, 7]), R.randint(10, 200))
    route = plain_route(to, dt, env, ip, "a%s-%s.smtp-out.eu-west-1.amazonses.com" % tuple(ip.split(".")[2:]),
                        "mail.hassan-it.de",
                        extra=["X-Spam-Flag: NO", "X-Spam-Score: -0.3",
                               "X-Spam-Status: No, score=-0.3 tagged_above=-999 required=5\n\ttests=[HTML_MESSAGE=0.001, RCVD_IN_DNSWL_NONE=-0.0001,\n\tSPF_HELO_NONE=0.001, T_SCC_BODY_TEXT_LINE=-0.01] autolearn=ham"])
    return route, "<%s@%s>" % (local, host), aws_dkims(dt, "eu-west-1")


dt = T(2025, 4, 7, 9, 12, 40)
route, mid, dk = aws_plain(AHM, dt)
t = """Hello Ahmed,

We are following up on our previous message in this case, as we have not received a response yet.

To merge your certification accounts AWS03390127 and AWS07781546, we need you to tell us which of the two accounts you would like to keep. The account you keep will hold all certifications and benefits after the merge; the other one will be deactivated.

Please reply in the Support Center with the account you want to keep and the email address you use to sign in to it. If we do not hear from you within 5 business days, this case will be resolved automatically.

%s

Best regards,
Ines F.
Amazon Web Services
""" % CONSOLE_RATE
mail("support_reply", "console-chaser-which-account-to-keep", frm=AWS_NOREPLY, to=AHM,
     subject="RE:[CASE %s] Certification account merge" % G_CASE1, dt=dt, route=route, dkims=dk, msgid=mid,
     text=t, html=aws_html_simple(t), cte="qp", case_id=G_CASE1, sv=None, tail=ses_tail(dt, "eu-west-1"),
     expect_ids=["AWS03390127", "AWS07781546"])

# 030 auto-resolve for no response (closure notice with rating)
dt = T(2025, 4, 14, 9, 20, 3)
route, mid, dk = aws_plain(AHM, dt)
t = """Hello,

We haven't heard back from you regarding support case %s, "Certification account merge", so we have resolved it.

If you still need help, you can reopen this case from the AWS Support Center within 14 days:
%s

How would you rate the support you received on this case?
https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This email address can't accept replies.
%s
""" % (G_CASE1, console_link(G_CASE1), G_CASE1, AWS_FOOTER)
mail("survey", "console-auto-resolved-no-response", frm=AWS_NOREPLY, to=AHM,
     subject="Amazon Web Services: Your Support case %s has been resolved" % G_CASE1, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="b64", case_id=G_CASE1, sv=None,
     tail=ses_tail(dt, "eu-west-1"))

# 031 new console case opened a week later
dt = G_OPEN2 + timedelta(seconds=12)
route, mid, dk = aws_plain(AHM, dt)
t = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge (previous case was closed)
Severity: General guidance
Correspondence: Hello, my previous case was closed because I missed your question. I want to keep the account that signs in with ahmed@hassan-it.de. The other one uses my old university address. Please merge them.

To view or update your case, visit the AWS Support Center:
%s

This email address can't accept replies. Please use the AWS Support Center to update your case.

Sincerely,
Amazon Web Services

%s
""" % (G_CASE2, G_CASE2, console_link(G_CASE2), AWS_FOOTER)
mail("case_created", "console-new-case-opened-after-closure", frm=AWS_NOREPLY, to=AHM,
     subject="Amazon Web Services: You have opened a new Support case: %s" % G_CASE2, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=G_CASE2, sv=None,
     tail=ses_tail(dt, "eu-west-1"), expect_ids=[])

# 032 completion on the new case, mentions the old case id
dt = T(2025, 4, 23, 15, 44, 27)
route, mid, dk = aws_plain(AHM, dt)
t = """Hello Ahmed,

Thank you for opening this new case and for the details, and apologies that your earlier case %s was closed before we could finish.

Your accounts are now merged: AWS07781546 (the university address) has been folded into AWS03390127, the account that signs in with ahmed@hassan-it.de. Both of your certifications and your exam history are visible there now.

Your Credly badges will be re-issued to ahmed@hassan-it.de within 48 hours.

%s

Best regards,
Ines F.
Amazon Web Services
""" % (G_CASE1, CONSOLE_RATE)
mail("merge_completed", "console-new-case-merged-mentions-old-case", frm=AWS_NOREPLY, to=AHM,
     subject="RE:[CASE %s] Certification account merge (previous case was closed)" % G_CASE2, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, cs="utf-8", cte="qp", case_id=G_CASE2, sv=None,
     tail=ses_tail(dt, "eu-west-1"), expect_ids=["AWS03390127", "AWS07781546"])

# ---- Credly singles ------------------------------------------------------------------
SOF = "sofia.mendes.dev@gmail.com"
dt = T(2025, 2, 3, 15, 20, 9)
route, mid, dk = credly_gmail(SOF, dt)
t = """Hi Sofia,

Just a reminder: your badge from Amazon Web Services Training and Certification is still waiting for you.

AWS Certified Cloud Practitioner
Issued on January 27, 2025

Accept it now so it shows up on your profile:
https://www.credly.com/earner/earned/badge/%s?accept=true

Pending badges are not visible to anyone until you accept them.

Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
You are receiving this email because a badge was issued to sofia.mendes.dev@gmail.com.
""" % uuidr()
h = credly_html("Hi Sofia,", "Just a reminder: your badge from Amazon Web Services Training and Certification is still waiting for you.",
                ["AWS Certified Cloud Practitioner"], button="Accept badge",
                outro="Pending badges are not visible to anyone until you accept them.", to=SOF)
mail("credly_badge_issued", "credly-reminder-pending-badge", frm=CREDLY, to=SOF,
     subject="Reminder: your AWS Certified Cloud Practitioner badge is ready to accept", dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=h, cte="qp", case_id=None, sv=True, tail=credly_tail(SOF))

# 034 expiry reminder -> unrelated
dt = T(2025, 9, 1, 14, 0, 12)
route, mid, dk = credly_gmail(SOF, dt)
t = """Hi Sofia,

Your badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, expires on November 30, 2025 (in 90 days).

To keep your credential active, check the recertification requirements with the issuer:
https://aws.amazon.com/certification/recertification/

After the expiration date the badge will still appear on your profile, marked as expired.

Manage your badges: https://www.credly.com/earner/earned

Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
"""
h = html_page("""<div style="max-width:580px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p><img src="https://www.credly.com/assets/credly_logo.png" width="90" alt="Credly"></p>
<p>Hi Sofia,</p>
<p>Your badge <b>AWS Certified Developer – Associate</b>, issued by Amazon Web Services Training and Certification, expires on <b>November 30, 2025</b> (in 90 days).</p>
<p>To keep your credential active, check the <a href="https://aws.amazon.com/certification/recertification/">recertification requirements</a> with the issuer.</p>
<p>After the expiration date the badge will still appear on your profile, marked as expired.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#0096b6;color:#fff;padding:10px 22px;text-decoration:none">Manage your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 1 Court Square, 25th Floor &middot; Long Island City, NY 11120</p></div>""", "Badge expiring")
mail("unrelated", "credly-badge-expires-in-90-days", frm=("Credly", "admin@credly.com"), to=SOF,
     subject="Your AWS Certified Developer – Associate badge expires in 90 days", dt=dt, route=route, dkims=dk,
     msgid=mid, text=t, html=h, cte="qp", case_id=None, sv=True, tail=credly_tail(SOF))

# 035 Credly self-service account merge code -> unrelated
dt = T(2025, 3, 16, 20, 11, 47)
route, mid, dk = credly_gmail(MAR, dt)
t = """Hi Marco,

We received a request to merge another Credly account into your account marco.bianchi.it@gmail.com.

Your verification code is: 483920

Enter this code on the merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

The code expires in 30 minutes. When the merge is complete, badges and connections from the other Credly account will be moved to this one, and the other Credly account will be closed.

If you did not request this, you can ignore this email.

The Credly Team
""" % alnum(40)
h = html_page("""<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p><img src="https://www.credly.com/assets/credly_logo.png" width="90" alt="Credly"></p>
<p>Hi Marco,</p>
<p>We received a request to merge another Credly account into your account <b>marco.bianchi.it@gmail.com</b>.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold">483920</p>
<p><a href="https://www.credly.com/users/merge/confirm?token=%s" style="background:#0096b6;color:#fff;padding:10px 22px;text-decoration:none">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. When the merge is complete, badges and connections from the other Credly account will be moved to this one, and the other Credly account will be closed.</p>
<p>If you did not request this, you can ignore this email.</p><p>The Credly Team</p></div>""" % alnum(40), "Account merge")
mail("unrelated", "credly-self-service-merge-code", frm=("Credly", "no-reply@credly.com"), to=MAR,
     subject="Your Credly account merge verification code", dt=dt, route=route, dkims=dk, msgid=mid, text=t,
     html=h, cte="qp", case_id=None, sv=True, tail=credly_tail(MAR))

# 036 phishing look-alike Credly about badges moved after the merge -> keeps kind, sv false
dt = T(2025, 5, 31, 6, 2, 55)
ip = "185.%d.%d.%d" % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250))
env = "bounce@mail.credly-badgetransfer.com"
ar = ["dkim=pass header.i=@credly-badgetransfer.com header.s=default header.b=%s" % alnum(8),
      "spf=pass (google.com: domain of bounce@mail.credly-badgetransfer.com designates %s as permitted sender) smtp.mailfrom=bounce@mail.credly-badgetransfer.com" % ip,
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badgetransfer.com"]
route = gmail_route(DAN, dt, env, ip, "mail.credly-badgetransfer.com", ar, tls="TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128")
t = """Dear Certified Professional,

Following the merge of your AWS Certification accounts, your digital badges have been moved to a new Credly wallet.

To avoid losing your credentials, you must accept the transferred badges within 24 hours:

ACCEPT MY BADGES -> http://credly-badgetransfer.com/accept?u=daniel.okafor.dev%%40gmail.com&ref=%s

Badges that are not accepted will be revoked and cannot be restored.

Credly Badge Transfer Team
""" % alnum(12)
h = html_page("""<div style="font-family:Arial;max-width:560px">
<p><img src="http://credly-badgetransfer.com/img/credly.png" alt="Credly" width="90"></p>
<p>Dear Certified Professional,</p>
<p>Following the merge of your AWS Certification accounts, your digital badges have been moved to a new Credly wallet.</p>
<p><b>To avoid losing your credentials, you must accept the transferred badges within 24 hours.</b></p>
<p><a href="http://credly-badgetransfer.com/accept?u=daniel.okafor.dev%%40gmail.com&amp;ref=%s" style="background:#0096b6;color:#fff;padding:10px 22px">ACCEPT MY BADGES</a></p>
<p>Badges that are not accepted will be revoked and cannot be restored.</p><p>Credly Badge Transfer Team</p></div>""" % alnum(12), "Credly")
mail("credly_badge_issued", "phish-lookalike-credly-badges-moved", frm=("Credly", "notify@credly-badgetransfer.com"),
     to=DAN, subject="Action required: accept the badges moved after your AWS account merge", dt=dt, route=route,
     dkims=[dkim_sig("credly-badgetransfer.com", "default", dt)], msgid="<%s@mail.credly-badgetransfer.com>" % uuidr(),
     text=t, html=h, cte="b64", case_id=None, sv=False, headers_extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

# 037 Credly: 3 badges re-issued after merge, HTML only, Microsoft 365
dt = T(2023, 9, 18, 7, 31, 50)
ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
helo = "o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em.credly.com; dkim=pass (signature was verified)\n"
      " header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100" % ip)
route = outlook_route(PRI, dt, ip, helo, ar, "em.credly.com")
badges = ["AWS Certified Data Analytics – Specialty", "AWS Certified Solutions Architect – Associate", "AWS Certified Cloud Practitioner"]
t = "Priya, Amazon Web Services Training and Certification has issued you 3 badges. " + " ".join(badges)
h = credly_html("Priya, you have new badges!", "Amazon Web Services Training and Certification has issued you 3 badges. They are now linked to priya.raman@contoso-analytics.com.",
                badges, button="Accept your badges", outro="Accept your badges to add them to your profile. You can then share them on LinkedIn and other networks.", to=PRI)
mail("credly_badge_issued", "credly-three-badges-issued-html-only", frm=CREDLY, to=PRI,
     subject="Priya, Amazon Web Services Training and Certification has issued you 3 badges", dt=dt, route=route,
     dkims=[dkim_sig("credly.com", "s1", dt, c="relaxed/relaxed")],
     msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), R.randint(1, 40)), text=t, html=h, html_only=True, cte="b64",
     case_id=None, sv=True, tail=credly_tail(PRI) + ms_tail(dt), crlf=True)

# ---- Story H: Carlos Mendoza, Gmail, form case: status update, then voucher question ---
CAR = "carlos.mendoza.cloud@gmail.com"
H_OPEN = T(2025, 8, 4, 13, 1, 19)
H_CASE = case15(H_OPEN, 44)
H_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CASE

dt = T(2025, 8, 6, 10, 22, 8)
route, mid, dk = aws_gmail(CAR, dt)
t = """Hello Carlos,

I wanted to give you a quick update on your request.

Your request has been passed to our Certification operations team, who handle account changes of this kind. They are working on it now. Requests like this usually take 3 to 5 business days, and you do not need to take any action in the meantime.

Please avoid signing in to either account with a new password reset link while the work is in progress, as this can slow things down.

I will reply on this case as soon as I hear back from the team.

Kind regards,

Aisha N.
AWS Training and Certification Support
"""
mail("support_reply", "form-status-update-working-on-it", frm=AWS_FORM, to=CAR, subject="RE:" + H_SUBJ, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=H_CASE, sv=True,
     tail=ses_tail(dt), expect_ids=[])

# 039 after completion: answer about the voucher (support_reply), user question quoted Gmail-style
dt = T(2025, 8, 14, 17, 48, 30)
route, mid, dk = aws_gmail(CAR, dt)
t = """Hello Carlos,

Thank you for your follow-up question.

Regarding the 50% discount voucher: benefits are attached to the certification that earned them, so when the accounts were merged last week, the voucher from your AWS Certified Solutions Architect - Associate moved to AWS06120348 together with the certification. You will find it under Benefits > Exam discount. Please note that vouchers which had already been redeemed before the merge cannot be reissued.

Also, the voucher must be used before its expiry date of February 28, 2026 and cannot be combined with other offers.

I hope this helps. If you have any other questions, please let us know.

Kind regards,

Aisha N.
AWS Training and Certification Support
"""
hist = """On Wed, Aug 13, 2025 at 11:02 PM Carlos Mendoza <carlos.mendoza.cloud@gmail.com> wrote:
> Hi Aisha,
>
> thanks, I can see everything on AWS06120348 now. One more question: I had a
> 50% voucher on the old account (AWS02897731). Where do I find it now? Is it
> still valid?
>
> Carlos
>
> On Mon, Aug 11, 2025 at 9:15 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Carlos,
> >
> > The merge is complete. AWS02897731 has been merged into AWS06120348.
> >
> > Kind regards,
> > Aisha N.
"""
mail("support_reply", "form-after-merge-voucher-question", frm=AWS_FORM, to=CAR, subject="RE:" + H_SUBJ, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, hist=hist, cte="qp", case_id=H_CASE, sv=True, tail=ses_tail(dt),
     expect_ids=["AWS06120348"])

# ---- Story I: Lan Nguyen, Microsoft 365, console case 11-digit (2022) ----------------
LAN = "lan.nguyen@meridian-logistics.com.au"
I_CASE = "11542837190"
dt = T(2022, 11, 21, 4, 15, 33)
route, mid, dk = aws_outlook(LAN, dt)
t = """Hi Lan,

Thank you for reaching out to AWS Support.

In order to proceed further with your merge request, kindly provide us the login email address for both the accounts (AWS04012566 and aws09348870) and also the notification email address, if it is different from the login one. Our team is not able to locate the second account with the email shared in the case.

Once we have this information, we will share the details of both the accounts with you for confirmation before doing any changes.

%s

Best regards,
Mohammed S.
Amazon Web Services
""" % CONSOLE_RATE
mail("support_reply", "console-2022-asks-login-emails", frm=AWS_NOREPLY, to=LAN,
     subject="RE:[CASE %s] Request to merge certification accounts" % I_CASE, dt=dt, route=route, dkims=dk,
     msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=I_CASE, sv=True,
     tail=ses_tail(dt) + ms_tail(dt), crlf=True, expect_ids=["AWS04012566", "AWS09348870"])

# ---- Story J: Emily Carter, Fastmail, form case ---------------------------------------
EMI = "emily.carter@fastmail.com"
J_OPEN = T(2025, 10, 6, 18, 40, 2)
J_CASE = case15(J_OPEN, 712)
J_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE


def aws_fastmail(to, dt, dmarc="pass"):
    local, host = ses_env(dt)
    env = "%s@amazonses.com" % local
    ip = ses_ip()
    helo = ses_helo(ip)
    t1 = dt + timedelta(seconds=2)
    route = [
        "Return-Path: <%s>" % env,
        "Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus 3.11.0-alpha0-1010-g%s) with LMTPA;\n\t %s"
        % (R.randint(1, 9), R.randint(1, 9), R.randint(40, 50), R.randint(10, 60), hexr(9), rfc(t1 + timedelta(seconds=1), timezone(timedelta(hours=-4)))),
        "X-Cyrus-Session-Id: sloti%d-%d-%d-2-%d" % (R.randint(10, 60), int(t1.timestamp()), R.randint(100000, 999999), R.randint(10**17, 10**18)),
        "X-Sieve: CMU Sieve 3.0",
        "X-Spam-known-sender: no",
        "X-Spam-sender-reputation: 500 (none)",
        "X-Spam-score: 0.0",
        "X-Spam-hits: BAYES_00 -1.9, DKIM_SIGNED 0.1, DKIM_VALID -0.1, DKIM_VALID_AU -0.1, HTML_MESSAGE 0.001,\n  ME_SENDERREP_NEUTRAL 0.001, SPF_HELO_PASS -0.001, SPF_PASS -0.001, LANGUAGES en, BODY_SIZE_3000_3999",
        "Authentication-Results: mx6.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
        "    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n"
        "    dmarc=%s policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=amazon.com;\n"
        "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
        % (alnum(8), AMZ_SEL, alnum(8), SES_SEL, dmarc, ip, helo, env, helo),
        "Received-SPF: pass\n    (amazonses.com: %s is authorized to use '%s' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx6.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"%s\";\n    helo=%s;\n    client-ip=%s"
        % (ip, env, env, helo, ip),
        "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s"
        % (helo, helo, ip, to, rfc(t1, timezone(timedelta(hours=-4)))),
    ]
    return route, "<%s@%s>" % (local, host), aws_dkims(dt)


dt = T(2025, 10, 7, 15, 3, 44)
route, mid, dk = aws_fastmail(EMI, dt)
t = """Hi Emily,

Thanks for reaching out to AWS Training and Certification.

I've found both of the certification accounts you mentioned. Here's what we would do:

  Keep:     AWS01452298  (emily.carter@fastmail.com)
  Close:    AWS08876301  (ecarter@ridgeway-health.org)

Your certifications, exam history and any unused benefits from AWS08876301 would be moved to AWS01452298, and you would sign in with your Fastmail address from then on. This can't be reversed afterwards, so please take a moment to check that this is the right way round.

Could you reply to this email to confirm you're happy for us to go ahead? Once the merge is complete we'll send you a confirmation, and your Credly badges will follow within a day or two.

All the best,

Jamie L.
AWS Training and Certification Support
"""
mail("merge_confirmation_requested", "form-please-confirm-once-complete-we-will", frm=AWS_FORM, to=EMI,
     subject="RE:" + J_SUBJ, dt=dt, route=route, dkims=dk, msgid=mid, text=t, html=aws_html_simple(t),
     cte="qp", case_id=J_CASE, sv=True, tail=ses_tail(dt), expect_ids=["AWS01452298", "AWS08876301"])

# 042 phishing look-alike asking to confirm the merge
dt = T(2025, 7, 22, 3, 47, 10)
ip = "91.%d.%d.%d" % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250))
env = "support@aws-certification-merge.com"
ar = ["dkim=pass header.i=@aws-certification-merge.com header.s=mail header.b=%s" % alnum(8),
      "spf=pass (google.com: domain of support@aws-certification-merge.com designates %s as permitted sender) smtp.mailfrom=support@aws-certification-merge.com" % ip,
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com"]
route = gmail_route(SOF, dt, env, ip, "mx1.aws-certification-merge.com", ar, tls="TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256/256")
t = """Dear AWS Certified Individual,

Our records show that you hold two AWS Certification accounts:

   Primary account:   AWS07215583
   Duplicate account: AWS03847190

In line with the new AWS Certification policy, duplicate accounts must be merged. Please confirm the merge of AWS03847190 into AWS07215583 by signing in below within 48 hours. If we do not receive your confirmation, both accounts and all certifications linked to them will be suspended.

CONFIRM MERGE: https://aws-certification-merge.com/confirm?id=%s

Thank you,
AWS Certification Account Services
Amazon Web Services
""" % alnum(16)
mail("merge_confirmation_requested", "phish-lookalike-confirm-merge-48h", frm=("AWS Certification", "support@aws-certification-merge.com"),
     to=SOF, subject="Action Required: Confirm your AWS Certification account merge", dt=dt, route=route,
     dkims=[dkim_sig("aws-certification-merge.com", "mail", dt)], msgid="<%s@aws-certification-merge.com>" % alnum(32, "0123456789abcdef"),
     text=t, html=html_page(text_to_html_paras(t), "", "en", False), cte="qp", case_id=None, sv=False,
     expect_ids=["AWS03847190", "AWS07215583"])

# 043 spoofed amazon.com "merge complete" with dmarc=fail on top, forged pass below
dt = T(2025, 8, 19, 22, 5, 31)
ip = "45.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(1, 250))
env = "no-reply-aws@amazon.com"
ar = ["spf=fail (google.com: domain of no-reply-aws@amazon.com does not designate %s as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com" % ip,
      "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"]
route = gmail_route(CAR, dt, env, ip, "vps-%s.hostedby.example-cloud.net" % hexr(6), ar, spf="fail",
                    spf_text="domain of no-reply-aws@amazon.com does not designate %s as permitted sender" % ip,
                    tls="TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128")
forged = ["Authentication-Results: amazon.com;\n       dkim=pass header.d=amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com",
          "X-Priority: 1 (Highest)"]
t = """Hello,

Your AWS Certification account merge is complete.

All certifications from your previous account have been transferred to AWS06120348. To finalise the transfer and keep your certifications active, you must verify your identity within 48 hours:

https://aws-certification-portal.verify-id.co/signin?ref=%s

If you do not verify, the transferred certifications will be revoked automatically.

Best regards,
Amazon Web Services
""" % alnum(14)
mail("merge_completed", "phish-spoofed-amazon-dmarc-fail-forged-ar", frm=AWS_NOREPLY, to=CAR,
     subject="Your AWS Certification account merge is complete", dt=dt, route=route,
     dkims=forged, msgid="<%s.%d@amazon.com>" % (hexr(16), int(dt.timestamp())), text=t, cs="utf-8", cte="b64",
     case_id=None, sv=False, expect_ids=["AWS06120348"])

# 044 completion that also resolves the case
dt = T(2025, 10, 9, 16, 12, 5)
route, mid, dk = aws_fastmail(EMI, dt)
t = """Hi Emily,

Thanks for confirming. I'm pleased to let you know that the work is done: AWS08876301 has been merged into AWS01452298, and everything now sits on the account you sign in to with emily.carter@fastmail.com. Your Credly badges should arrive within the next 48 hours.

As your request has been fulfilled, I'll go ahead and mark this case as resolved. You may receive a short survey about your experience; we'd really appreciate your feedback. If anything doesn't look right, just reply to this email within 14 days and the case will reopen.

All the best,

Jamie L.
AWS Training and Certification Support
"""
hist = """On Wed, 8 Oct 2025, at 08:31, Emily Carter wrote:
> Hi Jamie,
>
> Yes, that's the right way round - please go ahead.
>
> Emily
>
> On Tue, 7 Oct 2025, at 11:03, Amazon Web Services wrote:
>> Hi Emily,
>>
>> Thanks for reaching out to AWS Training and Certification.
>>
>> I've found both of the certification accounts you mentioned. Here's what we would do:
>>
>>   Keep:     AWS01452298  (emily.carter@fastmail.com)
>>   Close:    AWS08876301  (ecarter@ridgeway-health.org)
"""
mail("merge_completed", "form-merged-and-resolving-case", frm=AWS_FORM, to=EMI, subject="RE:" + J_SUBJ, dt=dt,
     route=route, dkims=dk, msgid=mid, text=t, hist=hist, html=aws_html_simple(t, hist=hist), cte="qp",
     case_id=J_CASE, sv=True, tail=ses_tail(dt), expect_ids=["AWS01452298", "AWS08876301"])

# 045 pure rating request, HTML only
dt = T(2025, 10, 9, 16, 14, 48)
route, mid, dk = aws_fastmail(EMI, dt)
fb = "https://aws-tc-feedback.amazon.com/r/%s?c=%s" % (alnum(12), J_CASE)
t = "Please rate your recent support experience - case %s" % J_CASE
h = html_page("""<div style="max-width:560px;margin:auto;font-family:Arial,sans-serif;color:#16191f">
<p style="font-size:18px"><b>Please rate your recent support experience</b></p>
<p>Hi Emily,</p>
<p>Jamie L. recently helped you with case %s. How likely are you to recommend AWS Training and Certification Support to a friend or colleague?</p>
<table cellpadding="0" cellspacing="4"><tr>%s</tr></table>
<p style="font-size:12px;color:#545b64">0 = Not at all likely &nbsp;&nbsp; 10 = Extremely likely</p>
<p>Thank you for helping us improve.</p>
<p style="font-size:11px;color:#687078">You received this email because you contacted AWS Training and Certification Support. %s</p></div>"""
              % (J_CASE, "".join('<td style="border:1px solid #aab7b8;padding:6px 9px"><a href="%s&amp;nps=%d" style="text-decoration:none">%d</a></td>' % (fb, n, n) for n in range(11)), AWS_FOOTER),
              "Rate your experience")
mail("survey", "form-nps-rating-request", frm=("AWS Training and Certification Support", "aws-cs-trainingcertification-form@amazon.com"),
     to=EMI, subject="Please rate your recent support experience - case %s" % J_CASE, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=h, html_only=True, cte="qp", case_id=J_CASE, sv=True, tail=ses_tail(dt))

# 046 closure with case summary (recap) - Lan, 2022
dt = T(2022, 12, 2, 6, 40, 12)
route, mid, dk = aws_outlook(LAN, dt)
t = """Hello,

Your AWS Support case has been resolved.

Case summary
------------
Case ID: %s
Subject: Request to merge certification accounts
Request: Merge certification accounts AWS04012566 and AWS09348870
Resolution: Accounts merged on 24 November 2022. AWS04012566 retained; AWS09348870 deactivated.

This case was resolved because the requested change was completed and no further reply was received. You can reopen it from the AWS Support Center within 14 days.

Tell us what you think. Was this case resolved to your satisfaction?
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&answer=yes
No:  https://console.aws.amazon.com/support/feedback?displayId=%s&answer=no

Sincerely,
Amazon Web Services

This email address can't accept replies.
%s
""" % (I_CASE, I_CASE, I_CASE, AWS_FOOTER)
mail("survey", "console-2022-resolved-case-summary", frm=AWS_NOREPLY, to=LAN,
     subject="Amazon Web Services: Your Support case %s has been resolved" % I_CASE, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=I_CASE, sv=True,
     tail=ses_tail(dt) + ms_tail(dt), crlf=True, expect_ids=["AWS04012566", "AWS09348870"])

# ==================================================================== unrelated singles
# 047 other AWS support case opened (billing) -> unrelated
BILL_OPEN = T(2025, 6, 2, 19, 44, 3)
BILL_CASE = case15(BILL_OPEN, 3305)
dt = BILL_OPEN + timedelta(seconds=9)
route, mid, dk = aws_gmail(DAN, dt)
t = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Charged twice for May invoice
Severity: General guidance
Correspondence: Hello, my card was charged twice for the May invoice of account 4187 2290 6613 (invoice EUINGB25-1840033). Could you please refund the duplicate payment? Thanks, Daniel

To view or update your case, visit the AWS Support Center:
%s

This email address can't accept replies. Please use the AWS Support Center to update your case.

Sincerely,
Amazon Web Services

%s
""" % (BILL_CASE, BILL_CASE, console_link(BILL_CASE), AWS_FOOTER)
mail("unrelated", "console-billing-case-opened", frm=AWS_NOREPLY, to=DAN,
     subject="Amazon Web Services: You have opened a new Support case: %s" % BILL_CASE, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=BILL_CASE, sv=True,
     tail=ses_tail(dt), expect_ids=[])

# 048 quota case resolved with rating -> unrelated
Q_OPEN = T(2025, 7, 28, 20, 5, 50)
Q_CASE = case15(Q_OPEN, 61)
dt = T(2025, 7, 30, 2, 11, 9)
route, mid, dk = aws_gmail(CAR, dt)
t = """Hello,

We've resolved your AWS Support case:

Case ID: %s
Subject: Limit Increase: EC2 Instances - Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, US East (N. Virginia)
Severity: Normal

Your quota increase request has been approved and the new limit of 256 vCPUs is now in effect in US East (N. Virginia). It can take up to 30 minutes for the new value to appear in the Service Quotas console.

If you need more help with this issue, you can reopen the case within 14 days:
%s

How did we do? Rate your experience:
https://console.aws.amazon.com/support/feedback?displayId=%s

Sincerely,
Amazon Web Services

This email address can't accept replies.
%s
""" % (Q_CASE, console_link(Q_CASE), Q_CASE, AWS_FOOTER)
mail("unrelated", "console-quota-increase-resolved-rate", frm=AWS_NOREPLY, to=CAR,
     subject="Amazon Web Services: Your Support case %s has been resolved" % Q_CASE, dt=dt, route=route,
     dkims=dk, msgid=mid, text=t, html=aws_html_simple(t), cte="qp", case_id=Q_CASE, sv=True, tail=ses_tail(dt))

# 049 Seller Central case about merging listings -> unrelated
SC_CASE = "6120457783"
dt = T(2025, 8, 26, 12, 30, 44)
route, mid, dk = aws_gmail(CAR, dt)
t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like the two detail pages for your product (ASIN B0C7K2M9QX and ASIN B0C7K31LZP) to be merged, as they describe the same item. I have reviewed both listings and forwarded your request to our catalog team. Once the merge is complete, the offers from both pages will appear on ASIN B0C7K2M9QX.

Please allow up to 48 hours for the team to review the request. We will update you in this case.

Was this email helpful? Let us know by selecting Yes or No below.

Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&helpful=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=%s&helpful=no

Thank you for selling with Amazon,
Ritu
Amazon Selling Partner Support
""" % (SC_CASE, SC_CASE)
mail("unrelated", "seller-central-listing-merge-case", frm=("Amazon Seller Central", "seller-notification@amazon.com"),
     to=CAR, subject="RE:[CASE %s] Merge duplicate detail pages" % SC_CASE, dt=dt, route=route, dkims=dk,
     msgid=mid, text=t, html=aws_html_simple(t, "Seller Central"), cte="qp", case_id=SC_CASE, sv=True,
     tail=ses_tail(dt), expect_ids=[])

# 050 CertMetrics survey -> unrelated, authentic but not AWS/Credly
dt = T(2025, 6, 3, 16, 0, 22)
env = "bounce-%s@mail.certmetrics.com" % hexr(10)
ip = "198.2.%d.%d" % (R.randint(128, 191), R.randint(2, 250))
ar = ["dkim=pass header.i=@certmetrics.com header.s=k1 header.b=%s" % alnum(8),
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"]
route = gmail_route(DAN, dt, env, ip, "mail%d.suw%d.mcsv.net" % (R.randint(100, 250), R.randint(10, 99)), ar)
t = """Dear Daniel Okafor,

Candidate ID: AWS04418273

Thank you for being part of the AWS Certification community. We are always looking for ways to improve the certification experience, and we would like to hear from you.

The survey takes about 5 minutes and asks about your recent exam and account experience:
https://www.certmetrics.com/amazon/survey.aspx?sid=%s

Your responses are confidential and will be used only to improve AWS Certification programs.

Thank you,
AWS Certification

This is an automated message from CertMetrics on behalf of AWS Certification. Please do not reply.
""" % alnum(20)
mail("unrelated", "certmetrics-wants-to-hear-from-you", frm=("AWS Certification", "do-not-reply@certmetrics.com"),
     to=DAN, subject="AWS Certification wants to hear from you", dt=dt, route=route,
     dkims=[dkim_sig("certmetrics.com", "k1", dt)], msgid="<%s@mail.certmetrics.com>" % uuidr(), text=t,
     html=html_page(text_to_html_paras(t), "", "en", False), cte="qp", case_id=None, sv=False, expect_ids=["AWS04418273"])

# 051 Pearson VUE booking -> unrelated
dt = T(2025, 9, 9, 18, 22, 31)
env = "bounces@pearson.com"
ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
ar = ["dkim=pass header.i=@pearson.com header.s=selector1 header.b=%s" % alnum(8),
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"]
route = gmail_route(SOF, dt, env, ip, "mta%d.pearsonvue.com" % R.randint(1, 9), ar)
t = """Dear Sofia Mendes,

Thank you for scheduling your AWS Certification exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Tuesday, October 14, 2025
Time: 9:30 AM Western European Summer Time
Delivery: OnVUE online proctored
Registration ID: 512093847
AWS Candidate ID: AWS05093314

Please check in 30 minutes before your appointment and have a valid, government-issued ID ready. Run the system test on the computer you will use for the exam before your appointment.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
mail("unrelated", "pearson-vue-booking-confirmation", frm=("Pearson VUE", "PearsonVUEConfirmation@pearson.com"),
     to=SOF, subject="Pearson VUE Confirmation of Booking", dt=dt, route=route,
     dkims=[dkim_sig("pearson.com", "selector1", dt)], msgid="<%s@pearsonvue.com>" % uuidr(), text=t,
     html=html_page(text_to_html_paras(t), "", "en", False), cte="qp", case_id=None, sv=False, expect_ids=["AWS05093314"])

# 052 AWS Builder ID code, no Authentication-Results -> unrelated, null
dt = T(2025, 4, 21, 7, 58, 2)
route = plain_route(AHM, dt, "%s@us-east-1.amazonses.com" % ses_env(dt)[0], "54.240.8.%d" % R.randint(10, 120),
                    "a8-%d.smtp-out.amazonses.com" % R.randint(10, 120), "mail.hassan-it.de")
t = """Verify your AWS Builder ID email address

Hello,

To finish setting up your AWS Builder ID, enter the following verification code:

Verification code: 582114

This code expires in 10 minutes. If you didn't request this code, you can ignore this email.

Thank you,
AWS Builder ID
"""
mail("unrelated", "builder-id-verification-code", frm=("AWS Builder ID", "no-reply@signin.aws"), to=AHM,
     subject="Verify your AWS Builder ID email address", dt=dt, route=route, msgid="<%s@email.amazonses.com>" % ses_env(dt)[0],
     text=t, html=html_page(text_to_html_paras(t), "", "en", False), cte="qp", case_id=None, sv=None)

# 053 GitHub merged PR notification -> unrelated
dt = T(2025, 6, 4, 9, 17, 40)
env = "noreply@github.com"
ip = "192.30.252.%d" % R.randint(190, 210)
ar = ["dkim=pass header.i=@github.com header.s=pf2023 header.b=%s" % alnum(8),
      "spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com" % ip,
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"]
route = gmail_route(DAN, dt, env, ip, "out-%d.smtp.github.com" % R.randint(10, 30), ar)
t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/infra-accounts/pull/214#event-%d
You are receiving this because you authored the thread.
""" % R.randint(10**10, 10**11)
mail("unrelated", "github-pr-merged-accounts-module", frm=("Mia Schultz", "notifications@github.com"), to="brightlane/infra-accounts <infra-accounts@noreply.github.com>",
     subject="Re: [brightlane/infra-accounts] Merge sandbox accounts into the main organization (PR #214)", dt=dt,
     route=route, dkims=[dkim_sig("github.com", "pf2023", dt)],
     msgid="<brightlane/infra-accounts/pull/214/issue_event/%d@github.com>" % R.randint(10**10, 10**11), text=t,
     html=html_page(text_to_html_paras(t), "", "en", False), cte="7bit", cs="us-ascii", case_id=None, sv=False,
     headers_extra=["In-Reply-To: <brightlane/infra-accounts/pull/214@github.com>", "References: <brightlane/infra-accounts/pull/214@github.com>",
                    "Cc: Daniel Okafor <daniel.okafor.dev@gmail.com>, Author <author@noreply.github.com>",
                    "List-ID: brightlane/infra-accounts <infra-accounts.brightlane.github.com>",
                    "X-GitHub-Reason: author", "X-GitHub-Sender: mschultz"])

# 054 AWS T&C newsletter -> unrelated (genuine amazon.com)
dt = T(2025, 10, 2, 16, 30, 0)
route, mid, dk = aws_gmail(MAR, dt)
t = """AWS Training and Certification | October 2025

New this month
- AWS Certified AI Practitioner: free exam prep plan on AWS Skill Builder
- Updated exam guide for AWS Certified Solutions Architect - Associate (SAA-C03)
- Join the Cloud Quest game: now with new roles

Certification tips
Recertify early: you can recertify up to 6 months before your certification expires.
Have more than one certification account? Contact AWS Training and Certification customer support and we can help you merge them, so all your credentials are in one place.

Upcoming events
AWS re:Invent 2025 - Certification Lounge, December 1-5, Las Vegas

You are receiving this email because you are subscribed to AWS Training and Certification communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html?e=%s
""" % alnum(24)
mail("unrelated", "aws-tc-newsletter-october", frm=("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"),
     to=MAR, subject="What's new in AWS Training and Certification - October 2025", dt=dt, route=route, dkims=dk,
     msgid=mid, text=t, html=aws_html_simple(t, "AWS Training and Certification"), cte="qp", case_id=None,
     sv=True, tail=ses_tail(dt) + ["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?e=%s>" % alnum(24)])

# 055 billing phishing, look-alike, not about the merge -> unrelated, false
dt = T(2025, 7, 9, 2, 44, 19)
ip = "103.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(1, 250))
ar = ("spf=softfail (sender IP is %s)\n smtp.mailfrom=aws-accountnotice.com; dkim=none (message not signed)\n"
      " header.d=none;dmarc=none action=none header.from=aws-accountnotice.com;compauth=fail\n reason=001" % ip)
route = outlook_route(LIW, dt, ip, "server%d.aws-accountnotice.com" % R.randint(1, 9), ar, "aws-accountnotice.com",
                      consumer=True, spf="SoftFail")
t = """Dear Customer,

We were unable to process the payment for your Amazon Web Services account. As a result, your account and all associated services have been suspended.

To restore access, update your payment information within 24 hours:
http://aws-accountnotice.com/billing/update?acct=%s

If your payment details are not updated, your resources will be permanently deleted.

Regards,
AWS Billing Department
""" % alnum(10)
mail("unrelated", "phish-billing-suspended-lookalike", frm=("AWS Billing", "billing@aws-accountnotice.com"), to=LIW,
     subject="Your AWS account has been suspended", dt=dt, route=route,
     msgid="<%s@aws-accountnotice.com>" % alnum(20), text=t, html=html_page(text_to_html_paras(t), "", "en", False), cte="b64",
     case_id=None, sv=False, crlf=True)

# 056 Japanese training reseller, Shift_JIS -> unrelated
KEN_OLD = "kenta.sato@hokuto-sys.co.jp"
dt = T(2025, 6, 10, 1, 30, 5)
env = "info@nextcloud-kenshu.co.jp"
ip = "210.%d.%d.%d" % (R.randint(128, 250), R.randint(1, 250), R.randint(1, 250))
route = jp_route(KEN_OLD, dt, env, ip, "mail.nextcloud-kenshu.co.jp", "ocn",
                 "spf=pass smtp.mailfrom=info@nextcloud-kenshu.co.jp;\n\tdkim=pass header.d=nextcloud-kenshu.co.jp;\n\tdmarc=pass header.from=nextcloud-kenshu.co.jp")
t = """株式会社北斗システム
佐藤 健太 様

いつも弊社研修をご利用いただき、誠にありがとうございます。
ネクストクラウド研修センターでございます。

先日ご受講いただいた「AWS Solutions Architect - Associate 対策講座」の特典として、AWS 認定試験の受験バウチャーをお送りいたします。

■ バウチャーコード：NCK-SAA-7Q4M-2R8X
■ 有効期限：2025年9月30日
■ ご利用方法：AWS 認定アカウントにサインインし、試験の予約画面でコードを入力してください。

※ 複数の認定アカウントをお持ちの方は、AWS への統合手続きが完了してからご利用いただくことをおすすめいたします。
※ 本バウチャーの再発行はいたしかねますので、大切に保管してください。

ご不明な点がございましたら、本メールへご返信ください。

────────────────────
ネクストクラウド研修センター 受講者サポート
〒105-0011 東京都港区芝公園2-4-1
TEL：03-5404-0000（平日 10:00-18:00）
────────────────────
"""
mail("unrelated", "ja-training-vendor-voucher-shiftjis", frm=("ネクストクラウド研修センター", "info@nextcloud-kenshu.co.jp"),
     to=KEN_OLD, subject="【受講特典】AWS認定試験 受験バウチャーのお知らせ", subj_cs="shift_jis", dt=dt, route=route,
     dkims=[dkim_sig("nextcloud-kenshu.co.jp", "default", dt)], msgid="<%s.%s@nextcloud-kenshu.co.jp>" % (dt.strftime("%Y%m%d%H%M%S"), alnum(8)),
     text=t, cs="shift_jis", cte="8bit", label_cs="Shift_JIS", case_id=None, lang="ja", sv=False,
     headers_extra=["X-Mailer: Microsoft Outlook 16.0"], expect_ids=[])

# 057 the user's own forward (Sent copy) of the completion, cp932 chars labelled Shift_JIS, no AR
dt = datetime(2025, 6, 12, 13, 5, 41, tzinfo=JST)
d_done = """高橋 由美 様

AWS サポートの中村でございます。
大変お待たせいたしました。

AWS01764483 を AWS05519320 に統合する作業が完了いたしました。
これにより、これまで両アカウントに分かれていた認定資格は、すべて AWS05519320 にてご確認いただけます。

中村 拓也
Amazon Web Services"""
t = """山本さん

お疲れさまです。情報システム部の高橋です。

AWS 認定アカウントの統合が完了したと AWS サポートから連絡がありましたので、転送いたします。
社内の資格管理台帳の候補者 ID を AWS05519320 に一本化していただけますでしょうか。

① 旧 ID（AWS01764483）は今後使用できません
② Credly のバッジは現在 AWS 側で移行中です（完了しましたら改めてご連絡します）

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━
高橋 由美（Takahashi Yumi）
情報システム部 クラウド基盤グループ
━━━━━━━━━━━━━━━━━━
"""
hist = """-----Original Message-----
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年6月12日 11:20
宛先: takahashi.yumi@kbf.biglobe.ne.jp
件名: RE:[CASE %s] %s

%s
""" % (D_CASE, D_SUBJ, d_done)
route = []
mail("unrelated", "ja-user-forward-to-colleague-sent-copy", frm=("高橋 由美", YUM),
     to=enc_addr("山本 様", "yamamoto.k@tokai-seiki.co.jp", "iso-2022-jp"), subject="FW: RE:[CASE %s] %s" % (D_CASE, D_SUBJ),
     subj_cs="iso-2022-jp", dt=rfc(dt, JST), route=route, msgid="<%s@kbf.biglobe.ne.jp>" % uuidr(), text=t, hist=hist,
     cs="cp932", cte="8bit", label_cs="Shift_JIS", case_id=D_CASE, lang="ja", sv=None,
     headers_extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdnbS%s" % b64r(12), "Content-Language: ja",
                    "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
     expect_ids=["AWS01764483", "AWS05519320"])

# 058 Japanese completion without the word 統合, Microsoft 365 tenant in Japan
HIR = "h.kobayashi@sakura-denki.co.jp"
K_OPEN = T(2025, 9, 16, 0, 48, 26)
K_CASE = case15(K_OPEN, 90517)
dt = T(2025, 9, 18, 5, 36, 14)
local, host = ses_env(dt)
ip = ses_ip()
route = [l.replace("namprd12", "jpnprd01").replace("namprd03", "jpnprd01").replace("nam11", "apc01").replace("NAM11", "APC01").replace("SA1PR12MB", "TYCPR01MB").replace("BN9PR03CA", "OS0P286CA").replace("MN0PR12MB", "TYWPR01MB").replace("BN8NAM11FT", "OS1PEPF")
         for l in outlook_route(HIR, dt, ip, ses_helo(ip), outlook_ar_aws(ip), "amazonses.com")]
t = """小林 浩 様

いつもお世話になっております。
AWS トレーニングと認定 サポートの伊藤でございます。

先日ご承諾いただきました件につきまして、AWS-04128856 と AWS 06617730 の 2 つのアカウントを 1 つにまとめる作業が本日完了いたしました。
今後は AWS 06617730（h.kobayashi@sakura-denki.co.jp）のみご利用いただけます。取得済みの認定資格 3 件および未使用の受験割引特典も、こちらのアカウントに引き継がれております。

お手数ですが、サインイン後に認定資格の一覧をご確認いただけますと幸いです。
万が一、内容に相違がございましたら、本メールへのご返信にてお知らせください。

伊藤 彩
AWS トレーニングと認定 サポート
Amazon Web Services
"""
hist = """差出人: 小林 浩 <h.kobayashi@sakura-denki.co.jp>
送信日時: 2025年9月17日 10:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

伊藤様

ご確認ありがとうございます。
ご提示いただいた内容（AWS04128856 を AWS06617730 へ）で相違ございません。
お手数ですが、統合をお願いいたします。

小林
""" % K_CASE
mail("merge_completed", "ja-done-paraphrase-m365-qp", frm=AWS_FORM, to=HIR,
     subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CASE,
     dt=dt, route=route, dkims=aws_dkims(dt), msgid="<%s@%s>" % (local, host), text=t, hist=hist,
     html=aws_html_simple(t, "AWS トレーニングと認定", "ja", hist=hist), cs="utf-8", cte="qp", case_id=K_CASE,
     lang="ja", sv=True, tail=ses_tail(dt) + ms_tail(dt), expect_ids=["AWS04128856", "AWS06617730"])

# 059 Credly badge through a university forwarder: SPF softfail, DKIM+DMARC pass
TOM = "tomasz.kowalski.pl@gmail.com"
dt = T(2025, 11, 4, 10, 12, 33)
env = "bounces+%d-%s-t.kowalski=student.agh.edu.pl@em.credly.com" % (R.randint(1000000, 9999999), hexr(4))
fwd_ip = "149.156.96.%d" % R.randint(2, 60)
ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=%s" % alnum(8),
      "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % alnum(8),
      "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=\"%s\"" % (env, fwd_ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
pre_rcv = []
route = gmail_route(TOM, dt, env, fwd_ip, "smtp.agh.edu.pl", ar, spf="softfail",
                    spf_text="domain of transitioning %s does not designate %s as permitted sender" % (env, fwd_ip))
route += ["Received: from o%d.ptr%d.credly.com (o%d.ptr%d.credly.com [149.72.%d.%d])\n\tby smtp.agh.edu.pl (Postfix) with ESMTPS id %s\n\tfor <t.kowalski@student.agh.edu.pl>; %s"
          % (3, 4412, 3, 4412, R.randint(100, 250), R.randint(2, 250), alnum(11, "0123456789ABCDEF"), rfc(dt + timedelta(seconds=1), CET, True)),
          "X-Original-To: t.kowalski@student.agh.edu.pl"]
t = """Congratulations, Tomasz!

You've earned a badge from Amazon Web Services Training and Certification:

AWS Certified Machine Learning – Specialty

This badge was re-issued to t.kowalski@student.agh.edu.pl after a change to your AWS Certification account. Any earlier copy of this badge on another Credly account has been revoked.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s?accept=true

Credly, Inc. · 1 Court Square, 25th Floor · Long Island City, NY 11120
""" % uuidr()
h = credly_html("Congratulations, Tomasz!", "You've earned a badge from Amazon Web Services Training and Certification:",
                ["AWS Certified Machine Learning – Specialty"],
                outro="This badge was re-issued to t.kowalski@student.agh.edu.pl after a change to your AWS Certification account. Any earlier copy of this badge on another Credly account has been revoked.",
                to="t.kowalski@student.agh.edu.pl")
mail("credly_badge_issued", "credly-reissued-via-university-forwarder", frm=CREDLY, to="t.kowalski@student.agh.edu.pl",
     subject="You've earned a badge: AWS Certified Machine Learning – Specialty", dt=dt, route=route,
     dkims=[dkim_sig("credly.com", "s1", dt, c="relaxed/relaxed")],
     msgid="<%s@geopod-ismtpd-%d>" % (alnum(22), R.randint(1, 40)), text=t, html=h, cte="qp", case_id=None,
     sv=True, tail=credly_tail(TOM))

# 060 non-native status update "will update once merge is done" -> support_reply
RAH = "rahul.verma88@hotmail.com"
L_OPEN = T(2025, 11, 10, 6, 25, 9)
L_CASE = case15(L_OPEN, 38)
dt = T(2025, 11, 13, 9, 51, 40)
route, mid, dk = aws_outlook(RAH, dt, consumer=True)
t = """Dear Rahul,

Greetings of the day!

This is regarding your case %s for merging of your certification accounts AWS 05830641 and AWS 02719958.

Kindly note that your request is still under process with the concerned team and they are actively working on it. We will update you on this case once the merge is done from their end. Request you to please bear with us for some more time.

Meanwhile, please do not raise new case for same request, as it will only delay the process.

%s

Thanks & Regards,
Vikram P.
Amazon Web Services
""" % (L_CASE, CONSOLE_RATE)
mail("support_reply", "console-still-under-process-nonnative", frm=AWS_NOREPLY, to=RAH,
     subject="RE:[CASE %s] Merge of two certification account" % L_CASE, dt=dt, route=route, dkims=dk, msgid=mid,
     text=t, html=aws_html_simple(t), cte="qp", case_id=L_CASE, sv=True, tail=ses_tail(dt), crlf=True,
     expect_ids=["AWS02719958", "AWS05830641"])

# ==== END MAILS


def finish():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    finish()
