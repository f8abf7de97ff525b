#!/usr/bin/env python3
"""Generator for blind set 192: acknowledgements, closures, surveys, reopen /
new-correspondence notices, plus look-alikes.  Writes NNN-*.eml and labels.json."""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(192)
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
from zoneinfo import ZoneInfo
PDT = ZoneInfo("America/Los_Angeles")  # Gmail stamps Pacific time


def gdate(t):
    return format_datetime(t) + " (%s)" % t.tzname()



# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def case15(opened, suffix):
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_id(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "<%s%012x-%s-000000@email.amazonses.com>" % (region, ms, uuid.UUID(int=R.getrandbits(128)))


def ses_mailfrom(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "%s%012x-%s-000000@email.amazonses.com" % (region, ms, uuid.UUID(int=R.getrandbits(128)))


def enc_words(text, charset="utf-8"):
    """RFC 2047 encoded-word header value, folded over lines."""
    return Header(text, charset, maxlinelen=76).encode(linesep="\n")


def enc_raw(text, codec, label, chunk=30, q=False):
    """Encoded words in a charset Python would otherwise convert (e.g. Shift_JIS)."""
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(codec)) > chunk:
            words.append(cur); cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (label, base64.b64encode(w.encode(codec)).decode()) for w in words)


def addr(name, email_addr, charset=None):
    if charset:
        return "%s <%s>" % (enc_words(name, charset), email_addr)
    if any(c in name for c in ',.()"'):
        return '"%s" <%s>' % (name, email_addr)
    return "%s <%s>" % (name, email_addr)


def fold(line, width=76):
    """Fold a long header value at '; ' or spaces."""
    return line


def dkim_sig(domain, selector, d, headers="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID", a="rsa-sha256"):
    t = int(d.timestamp())
    b = rb64(344)
    return ("DKIM-Signature: v=1; a=%s; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s\n\t %s\n\t %s\n\t %s=="
            % (a, selector, domain, t, headers, rb64(43), b[:70], b[70:140], b[140:210], b[210:270]))


AMZ_SEL = ["rjlpenwx3sh6bnxcdclykikqy3zcpotm", "4ebj3rby4ihaz6hhvrdnlvjbw2wuxawn",
           "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "e3v7ajmwyqzbjbsmgyl6a7xyb3gqpdor"]
SES_SEL = ["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.48.%d", "54.240.11.%d", "23.251.234.%d"]) % R.randint(10, 250)


def ses_host(ip):
    a, b, c, d4 = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d4)


# -------------------------------------------------------------- transport blocks
def transport(provider, sent, rcpt, mailfrom, from_domain, ip=None, host=None,
              dkim=("pass", "pass"), dkim_domains=("amazon.com", "amazonses.com"),
              spf="pass", dmarc="pass", dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
              selectors=None, extra_lower=None, compauth=None):
    """Return header lines (top first) added by the receiving side.  provider
    in gmail / outlook / nifty / sonet / ocn / biglobe / corp_none / yahoo."""
    ip = ip or ses_ip()
    host = host or ses_host(ip)
    lag = timedelta(seconds=R.randint(1, 4))
    rcv = sent + lag
    mf_dom = mailfrom.split("@")[1]
    selectors = selectors or [R.choice(AMZ_SEL), R.choice(SES_SEL)]
    hb = [rb64(8) for _ in dkim_domains]
    out = []
    if provider == "gmail":
        t = rcv.astimezone(PDT)
        out.append("Delivered-To: %s" % rcpt)
        out.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                   % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rb64(7).lower().replace('+', 'x').replace('/', 'y'), gdate(t)))
        out.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        out.append("X-Received: by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s"
                   % (rhex(4), rhex(3), rhex(4), rb64(12).lower().replace('+', 'a').replace('/', 'b'), format_datetime(t)))
        out.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=="
                   % (int(rcv.timestamp()), rb64(70), rb64(60)))
        out.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s=="
                   % (rb64(43), rb64(43), rb64(70)))
        parts = []
        for dd, res, s, h in zip(dkim_domains, dkim, selectors, hb):
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dd, s, h))
        ar = ("mx.google.com;\n       " + ";\n       ".join(parts)
              + ";\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
              % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom)
              + ";\n       dmarc=%s (%s) header.from=%s" % (dmarc, dmarc_policy, from_domain))
        out.append("ARC-Authentication-Results: i=1; " + ar)
        out.append("Return-Path: <%s>" % mailfrom)
        out.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                   % (host, host, ip, rb64(12).lower().replace('+', 'q').replace('/', 'r'), R.randint(1000, 9999),
                      t.month, t.day, t.hour, t.minute, t.second, rcpt, gdate(t)))
        out.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip))
        out.append("Authentication-Results: " + ar)
    elif provider == "outlook":
        t = rcv
        mid = rhex(2).upper()
        out.append("Received: from %sPR03MB%d.eurprd03.prod.outlook.com\n (2603:10a6:20b:%s::%s) by DB9PR03MB%d.eurprd03.prod.outlook.com with\n HTTPS; %s"
                   % ("AM" + mid, R.randint(1000, 9999), rhex(3), rhex(2), R.randint(1000, 9999), format_datetime(t)))
        out.append("Received: from AM0PR02CA0%d.eurprd02.prod.outlook.com (2603:10a6:208:%s::%s)\n by AM%sPR03MB%d.eurprd03.prod.outlook.com (2603:10a6:20b:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s"
                   % (R.randint(100, 999), rhex(3), rhex(2), mid, R.randint(1000, 9999), rhex(3), rhex(2), R.randint(10, 40), format_datetime(t)))
        dk = " ".join("dkim=%s (signature was verified)\n header.d=%s;" % (res, dd) if res == "pass" else "dkim=%s (body hash did not verify)\n header.d=%s;" % (res, dd)
                      for dd, res in zip(dkim_domains, dkim))
        ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s dmarc=%s action=%s\n header.from=%s;compauth=%s"
              % (spf, ip, mf_dom, dk, dmarc, "none" if dmarc == "pass" else "quarantine", from_domain,
                 compauth or ("pass reason=100" if dmarc == "pass" else "fail reason=000")))
        out.append("Authentication-Results: " + ar)
        out.append("Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                   % ("Pass" if spf == "pass" else "Fail", mf_dom, ip, ip, host))
        out.append("Received: from %s (%s) by\n AM0PEPF00000%d.mail.protection.outlook.com (10.167.16.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d\n via Frontend Transport; %s"
                   % (host, ip, R.randint(100, 999), R.randint(2, 250), R.randint(10, 40), format_datetime(t)))
        out.append("X-MS-Exchange-Organization-AuthSource: AM0PEPF00000%d.eurprd03.prod.outlook.com" % R.randint(100, 999))
        out.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        out.append("X-MS-Exchange-Organization-SCL: 1")
    elif provider in ("nifty", "sonet", "ocn", "biglobe", "yahoo"):
        t = rcv.astimezone(JST)
        authserv, relay = {
            "nifty": ("mx.nifty.com", "mta-snd-e0%d.mail.nifty.com" % R.randint(1, 9)),
            "sonet": ("mx-s.so-net.ne.jp", "mx-in%02d.so-net.ne.jp" % R.randint(1, 20)),
            "ocn": ("mfilter.ocn.ad.jp", "mx-ocn%02d.ocn.ad.jp" % R.randint(1, 20)),
            "biglobe": ("biglobe.ne.jp", "mxin%02d.biglobe.ne.jp" % R.randint(1, 20)),
            "yahoo": ("mta.yahoo.co.jp", "mta%d.mail.yahoo.co.jp" % R.randint(500, 599)),
        }[provider]
        out.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s"
                   % (relay, relay, rhex(9).upper(), rcpt, format_datetime(t)))
        dk = ";\n\t".join("dkim=%s header.i=@%s header.s=%s" % (res, dd, s) for dd, res, s in zip(dkim_domains, dkim, selectors))
        out.append("Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s"
                   % (authserv, spf, mailfrom, dk, dmarc, from_domain))
        out.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id 4b%s\n\tfor <%s>; %s"
                   % (host, host, ip, relay, rhex(9).upper(), rcpt, format_datetime(t)))
        out.append("Return-Path: <%s>" % mailfrom)
    elif provider == "corp_none":
        t = rcv
        out.append("Received: from EXCH-MBX02.corp.%s (10.20.4.12) by EXCH-MBX01.corp.%s\n (10.20.4.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.39; %s"
                   % (rcpt.split("@")[1], rcpt.split("@")[1], format_datetime(t)))
        out.append("Received: from mailgw1.%s (192.168.110.5) by EXCH-MBX02.corp.%s\n (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; %s"
                   % (rcpt.split("@")[1], rcpt.split("@")[1], format_datetime(t)))
        out.append("Received: from %s (%s [%s])\n\tby mailgw1.%s (8.15.2/8.15.2) with ESMTPS id 5%sA\n\tfor <%s>; %s"
                   % (host, host, ip, rcpt.split("@")[1], rhex(10).upper(), rcpt, format_datetime(t)))
    if extra_lower:
        out.extend(extra_lower)
    return out


def sender_block(sent, mailfrom, from_domain, dkim_domains=("amazon.com", "amazonses.com"), selectors=None, ses=True):
    """Headers added by the sending side (DKIM signatures, feedback id)."""
    selectors = selectors or [R.choice(AMZ_SEL), R.choice(SES_SEL)]
    out = []
    for dd, s in zip(dkim_domains, selectors):
        out.append(dkim_sig(dd, s, sent))
    if ses:
        out.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43))
        out.append("X-SES-Outgoing: %s-%s" % (sent.strftime("%Y.%m.%d"), ".".join(ses_ip().split(".")[:4])))
    return out


# -------------------------------------------------------------- MIME parts
CHARSET_LABEL = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
                 "cp932": "Shift_JIS", "euc-jp": "EUC-JP", "iso-8859-1": "iso-8859-1",
                 "us-ascii": "us-ascii", "windows-1252": "windows-1252"}


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, extra=None):
    m = Message()
    raw = text.encode(charset)
    lab = label or CHARSET_LABEL.get(charset, charset)
    ct = 'text/%s; charset="%s"' % (subtype, lab)
    if extra:
        ct += "; " + extra
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13)))
    m["Content-Type"] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def alt(text, html, charset="utf-8", cte="quoted-printable", hcte=None, boundary=None):
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, hcte or cte)], boundary)


def write(fname, headers, body, label, crlf=False):
    """headers: list of 'Name: value' strings (already folded), top first."""
    assert fname not in LABELS, fname
    blob = body.as_bytes()
    head = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    data = head.encode("ascii") + blob
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {"kind": lab["kind"], "case_id": lab.get("case_id"),
                     "account_ids": lab["account_ids"], "sender_verified": lab.get("sender_verified"),
                     "language": lab.get("language", "en")}


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified, "language": lang}


def aws_mail(fname, *, provider, rcpt, to_hdr, subject, sent, body, label,
             from_hdr='"Amazon Web Services" <no-reply-aws@amazon.com>', from_domain="amazon.com",
             extra=(), crlf=False, reply_to=None, auth=None, region="0100", xmailer=None):
    """Genuine-looking SES mail from an amazon.com address."""
    mailfrom = ses_mailfrom(sent, region)
    auth = auth or {}
    sel = [R.choice(AMZ_SEL), R.choice(SES_SEL)]
    hdrs = transport(provider, sent, rcpt, mailfrom, from_domain, selectors=sel, **auth)
    hdrs += sender_block(sent, mailfrom, from_domain, selectors=sel)
    hdrs.append("Date: %s" % rfc(sent))
    hdrs.append("From: %s" % from_hdr)
    if reply_to:
        hdrs.append("Reply-To: %s" % reply_to)
    hdrs.append("To: %s" % to_hdr)
    hdrs.append("Message-ID: %s" % ses_id(sent, region))
    hdrs.append("Subject: %s" % subject)
    hdrs.extend(extra)
    write(fname, hdrs, body, label, crlf)


# ====================================================================== MAILS
# people ---------------------------------------------------------------
PRIYA = ("Priya Raman", "priya.raman.dev@gmail.com")
TOMASZ = ("Tomasz Nowak", "t.nowak84@outlook.com")
KENJI = ("渡辺 健二", "kenji.watanabe@nifty.com")
SARAH = ("Sarah O'Neill", "sarah.oneill@brightwave-analytics.co.uk")
MISAKI = ("佐藤 美咲", "misaki-sato@so-net.ne.jp")
DANIEL = ("Daniel Kim", "dkim@harborlinefin.com")

FOOT_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
           "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
           "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
FOOT_HTML = ("<p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
             "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by "
             "Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>")
FOOT_JA = ("アマゾン ウェブ サービス ジャパン合同会社\n"
           "〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア\n"
           "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。")


def html_wrap(inner, title="Amazon Web Services", lang="en"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"margin:0;padding:0;background:#f2f3f3\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f2f3f3\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f\">\n"
            "<tr><td style=\"background:#232f3e;padding:16px 24px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" width=\"90\" alt=\"AWS\"></td></tr>\n"
            "<tr><td style=\"padding:24px\">\n%s\n</td></tr>\n<tr><td style=\"padding:0 24px 24px\">%s</td></tr>\n"
            "</table></td></tr></table>\n</body></html>\n" % (lang, title, inner, FOOT_HTML))


def p(*paras):
    return "\n".join("<p>%s</p>" % x.replace("\n", "<br>\n") for x in paras)


# ---------------------------------------------------------------- cases
C1_OPEN = dt(2025, 5, 22, 6, 26, 0)
C1 = case15(C1_OPEN, 457)           # Priya, form desk
C2_OPEN = dt(2025, 8, 14, 13, 5, 37)
C2 = case15(C2_OPEN, 814)           # Tomasz, console (en)
C3_OPEN = dt(2025, 3, 3, 1, 12, 44)
C3 = case15(C3_OPEN, 62)            # Kenji, console (ja)
C4 = "10471953821"                  # Sarah, form, 2022
C4_OPEN = dt(2022, 11, 8, 9, 41, 3)
C5 = "6283019471"                   # Daniel, 2019
C5_OPEN = dt(2019, 7, 16, 15, 2, 51)
C6_OPEN = dt(2025, 10, 2, 0, 48, 10)
C6 = case15(C6_OPEN, 331)           # Misaki, form (ja)

# ---------------------------------------------------------------- 001
def m001():
    sent = C1_OPEN + timedelta(seconds=38)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
request and a case has been created for it. Your case number is {C1}.

A member of our Training and Certification support team will review your
request and respond, in most cases within 24 hours. To add information,
simply reply to this email and keep the case number in the subject line.
Please do not submit a new form for the same request, as this may delay
our response.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04417729
Description: I accidentally created a second Certification account with my
work e-mail (candidate ID AWS10938852). I would like to keep AWS04417729
and merge the other one into it. Both are under my name, Priya Raman.

Regards,
AWS Training and Certification

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", "Thank you for contacting AWS Training and Certification.",
                       f"This is an automated message to let you know that we have received your request and a case has been created for it. Your case number is <b>{C1}</b>.",
                       "A member of our Training and Certification support team will review your request and respond, in most cases within 24 hours. To add information, simply reply to this email and keep the case number in the subject line. Please do not submit a new form for the same request, as this may delay our response.")
                     + "\n<h3 style=\"font-size:15px\">Summary of your submission</h3>\n<table cellpadding=\"4\" style=\"font-size:13px\">"
                     "<tr><td>Inquiry type</td><td>AWS Certification</td></tr><tr><td>Inquiry detail</td><td>Account Merge</td></tr>"
                     "<tr><td>AWS candidate ID</td><td>AWS04417729</td></tr><tr><td>Description</td><td>I accidentally created a second Certification account with my "
                     "work e-mail (candidate ID AWS10938852). I would like to keep AWS04417729 and merge the other one into it. Both are under my name, Priya Raman.</td></tr></table>\n"
                     + p("Regards,<br>AWS Training and Certification"))
    aws_mail("001-form-desk-ack-with-submission-summary.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=alt(txt, html), label=L("case_created", C1, ["AWS04417729", "AWS10938852"], True))


# ---------------------------------------------------------------- 002
def m002():
    sent = C2_OPEN + timedelta(seconds=12)
    corr = ("Hi, I have two AWS Certification accounts, aws07731264 (old, from my previous employer's "
            "SSO) and AWS02290518 (personal). Please merge them so all certs are under the personal one.")
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: Merge two certification accounts
Severity: General guidance
Correspondence: {corr}

You will be notified when we update the case. To view or update your case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To update your case, use the link above.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.",
                       "The details of your case are as follows:")
                     + f"\n<p><b>Case ID:</b> {C2}<br>\n<b>Subject:</b> Merge two certification accounts<br>\n<b>Severity:</b> General guidance<br>\n<b>Correspondence:</b> {corr}</p>\n"
                     + p(f"You will be notified when we update the case. To view or update your case, please visit the <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en\">Support Center</a>.",
                         "Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, use the link above.",
                         "Thank you for using Amazon Web Services."))
    aws_mail("002-console-opened-new-support-case.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
             subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
             sent=sent, body=alt(txt, html), label=L("case_created", C2, ["AWS02290518", "AWS07731264"], True))


# ---------------------------------------------------------------- 003
def m003():
    sent = C3_OPEN + timedelta(seconds=9)
    txt = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お客様のお問い合わせについて、ケース {C3} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {C3}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス

ケースが更新されるとメールでお知らせいたします。ケースの確認または更新は
以下のサポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

※本メールは送信専用アドレスから送信されています。このメールに返信されても
対応いたしかねますので、あらかじめご了承ください。

Amazon Web Services をご利用いただき、ありがとうございます。

{FOOT_JA}
"""
    body = leaf(txt, "plain", "iso-2022-jp", "7bit")
    aws_mail("003-console-case-opened-japanese-iso2022jp.eml", provider="nifty", rcpt=KENJI[1], to_hdr=KENJI[1],
             subject=enc_words(f"Amazon Web Services: 新しいサポートケースがオープンされました: {C3}", "iso-2022-jp"),
             sent=sent, body=body, label=L("case_created", C3, [], True, "ja"))


# ---------------------------------------------------------------- 004
def m004():
    sent = C4_OPEN + timedelta(seconds=51)
    inner = (f"<h2 style=\"font-size:18px;color:#232f3e\">We&rsquo;ve received your request</h2>\n"
             + p("Dear Sarah,",
                 "Thanks for getting in touch with AWS Training and Certification Customer Support. Your request has been logged and a member of our team will be in touch with you shortly.",
                 f"<b>Your reference number:</b> {C4}",
                 "Our support hours are Monday to Friday. Requests received over the weekend are answered on the next business day. If you need to add anything, reply to this message &ndash; your reply will be added to the same record automatically.",
                 "Kind regards,<br>AWS Training and Certification Customer Support"))
    body = leaf(html_wrap(inner), "html", "utf-8", "base64")
    aws_mail("004-html-only-request-received-11digit.eml", provider="outlook", rcpt=SARAH[1],
             to_hdr=addr(SARAH[0], SARAH[1]),
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=body, label=L("case_created", C4, [], True))


# ---------------------------------------------------------------- 005
def m005():
    sent = C5_OPEN + timedelta(minutes=1, seconds=4)
    txt = f"""Dear AWS Customer,

Thank you for contacting AWS Training and Certification support.

Your inquiry has been received and assigned case number {C5}. Please reference
this number in any future correspondence regarding this request.

We strive to respond to all inquiries within one (1) business day. During
periods of high volume responses may take longer.

In the meantime, you may find an answer to your question in our FAQ:
https://aws.amazon.com/certification/faqs/

Sincerely,
AWS Training and Certification

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
    body = leaf(txt, "plain", "us-ascii", "7bit")
    aws_mail("005-2019-ack-10digit-no-auth-results.eml", provider="corp_none", rcpt=DANIEL[1], to_hdr=DANIEL[1],
             from_hdr='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C5}] AWS Training and Certification - Inquiry Received",
             sent=sent, body=body, label=L("case_created", C5, [], None))


# ---------------------------------------------------------------- 006
def m006():
    sent = C6_OPEN + timedelta(seconds=41)
    txt = f"""佐藤 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせフォームの送信を受け付けたことをお知らせする自動送信メールです。

　お問い合わせ番号：{C6}
　お問い合わせの種類：認定 / アカウントの統合

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
追加の情報がございましたら、件名のお問い合わせ番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせを作成されますと、回答が遅れる場合がございますので、
ご了承くださいますようお願い申し上げます。

――――――――――――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
――――――――――――――――――――――――――――――
"""
    body = leaf(txt, "plain", "shift_jis", "base64")
    aws_mail("006-form-ack-japanese-shift-jis.eml", provider="sonet", rcpt=MISAKI[1], to_hdr=MISAKI[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=enc_raw(f"[CASE {C6}] お問い合わせを受け付けました（AWS トレーニングと認定）", "shift_jis", "Shift_JIS"),
             sent=sent, body=body, label=L("case_created", C6, [], True, "ja"))



LIWEI = ("Li Wei", "liwei.cloudops@gmail.com")
MARCO = ("Marco Bianchi", "marco.bianchi.it@gmail.com")
NAOKI = ("高橋 直樹", "takahashi.naoki@yahoo.co.jp")
RAJESH = ("Rajesh Iyer", "r-iyer@ocn.ne.jp")
AHMED = ("Ahmed Hassan", "ahmed.hassan.cloud@gmail.com")

C7 = "12985530417"                    # Li Wei, help desk, 2023
C7_OPEN = dt(2023, 4, 11, 16, 20, 5)
C8_OPEN = dt(2025, 6, 30, 18, 40, 12)
C8 = case15(C8_OPEN, 221)             # Marco
C1B_OPEN = dt(2025, 5, 24, 3, 14, 55)
C1B = case15(C1B_OPEN, 508)           # Priya's duplicate case
C9_OPEN = dt(2025, 11, 18, 6, 30, 21)
C9 = case15(C9_OPEN, 140)             # Naoki, console ja
C10 = "10126694052"                   # Rajesh, console, 2021
C10_OPEN = dt(2021, 9, 7, 2, 55, 40)
C11_OPEN = dt(2025, 12, 1, 10, 2, 18)
C11 = case15(C11_OPEN, 726)           # Ahmed, console


def raw_mail(fname, hdrs, body, label, crlf=False):
    write(fname, hdrs, body, label, crlf)


# ---------------------------------------------------------------- 007
def m007():
    sent = C7_OPEN + timedelta(seconds=20)
    txt = f"""##- Please type your reply above this line -##

Hi Li,

Your request ({C7}) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

----------------------------------------------

Li Wei, Apr 11, 2023, 16:20 UTC

Subject: Two CertMetrics profiles after changing company
Category: Certification > Account merge

----------------------------------------------

AWS Training and Certification Support
This email is a service from AWS Training and Certification.
"""
    html = html_wrap("<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>\n"
                     + p("Hi Li,", f"Your request ({C7}) has been received and is being reviewed by our support staff.",
                         "To add additional comments, reply to this email.")
                     + "\n<hr><p style=\"color:#555\"><b>Li Wei</b>, Apr 11, 2023, 16:20 UTC<br>Subject: Two CertMetrics profiles after changing company<br>Category: Certification &gt; Account merge</p><hr>\n"
                     + p("AWS Training and Certification Support<br><span style=\"font-size:11px\">This email is a service from AWS Training and Certification.</span>"))
    aws_mail("007-help-desk-request-received.eml", provider="gmail", rcpt=LIWEI[1], to_hdr=addr(*LIWEI),
             from_hdr='"AWS Training and Certification Support" <aws-cs-trainingcertification-form@amazon.com>',
             subject=enc_words(f"[Request received] Two CertMetrics profiles after changing company \u2013 Case {C7}", "utf-8"),
             sent=sent, body=alt(txt, html, cte="quoted-printable"), label=L("case_created", C7, [], True))


# ---------------------------------------------------------------- 008
def m008():
    sent = C8_OPEN + timedelta(seconds=27)
    txt = f"""Hello Marco,

Thanks for reaching out to AWS Training and Certification \u2013 we\u2019ve got your message.

We\u2019ve logged it as case {C8}. You don\u2019t need to do anything else right now:
one of our specialists will pick it up and get back to you, typically within
one business day.

A couple of tips while you wait:
 \u2022 Please keep \u201c[CASE {C8}]\u201d in the subject if you reply, so your
   message reaches the right person.
 \u2022 Opening a second request about the same topic won\u2019t speed things up \u2013
   it actually puts the new one at the back of the queue.

Best,
The AWS Training and Certification team
"""
    html = html_wrap(p("Hello Marco,", "Thanks for reaching out to AWS Training and Certification \u2013 we\u2019ve got your message.",
                       f"We\u2019ve logged it as case <b>{C8}</b>. You don\u2019t need to do anything else right now: one of our specialists will pick it up and get back to you, typically within one business day.")
                     + f"<ul><li>Please keep \u201c[CASE {C8}]\u201d in the subject if you reply, so your message reaches the right person.</li>"
                       "<li>Opening a second request about the same topic won\u2019t speed things up \u2013 it actually puts the new one at the back of the queue.</li></ul>"
                     + p("Best,<br>The AWS Training and Certification team"))
    # charset label is wrong: bytes are UTF-8 but the part says iso-8859-1
    body = multi("alternative", [leaf(txt, "plain", "utf-8", "quoted-printable", label="iso-8859-1"),
                                 leaf(html, "html", "utf-8", "quoted-printable", label="iso-8859-1")])
    aws_mail("008-ack-wrong-charset-label.eml", provider="gmail", rcpt=MARCO[1], to_hdr=MARCO[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C8}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=body, label=L("case_created", C8, [], True))


# ---------------------------------------------------------------- 009 phishing, look-alike domain
def m009():
    sent = dt(2025, 6, 12, 22, 47, 3)
    fake = case15(sent - timedelta(hours=2, minutes=13), 913)
    rcpt = "jmorales.dev@gmail.com"
    ip = "185.234.72.19"
    t = (sent + timedelta(seconds=3)).astimezone(PDT)
    hdrs = [
        "Delivered-To: %s" % rcpt,
        "Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (rhex(4), rhex(3), rhex(4), rhex(4), "k9" + rhex(6), format_datetime(t)),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(60),
        "Return-Path: <bounce@mail.aws-certmerge-support.com>",
        "Received: from mail.aws-certmerge-support.com (vps-7f21a.hostbrzn.net. [%s])\n        by mx.google.com with ESMTPS id %s.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (ip, rhex(10), R.randint(1000, 9999), rcpt, format_datetime(t)),
        "Received-SPF: pass (google.com: domain of bounce@mail.aws-certmerge-support.com designates %s as permitted sender) client-ip=%s;" % (ip, ip),
        "Authentication-Results: mx.google.com;\n       dkim=pass header.i=@aws-certmerge-support.com header.s=mail header.b=%s;\n       spf=pass (google.com: domain of bounce@mail.aws-certmerge-support.com designates %s as permitted sender) smtp.mailfrom=bounce@mail.aws-certmerge-support.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certmerge-support.com" % (rb64(8), ip),
        dkim_sig("aws-certmerge-support.com", "mail", sent),
        "Date: %s" % rfc(sent),
        "From: \"AWS Certification Case Center\" <case-update@aws-certmerge-support.com>",
        "To: %s" % rcpt,
        "Message-ID: <%s@aws-certmerge-support.com>" % rhex(24),
        "Subject: Case %s opened: Certification Account Merge (action needed)" % fake,
        "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
    ]
    html = html_wrap(p("Dear Candidate,",
                       f"Your AWS Certification account merge request has been opened under case number <b>{fake}</b>.",
                       "Our records show two candidate profiles linked to your e-mail address, including <b>AWS-03318045</b>. "
                       "To prevent both profiles from being locked during the merge, you must verify your identity within 24 hours.",
                       "<a href=\"https://aws-certmerge-support.com/verify?case=%s\" style=\"background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:4px\">Verify candidate profile</a>" % fake,
                       "If verification is not completed, your case will be cancelled and your certifications may be suspended.",
                       "AWS Certification Case Center"))
    body = leaf(html, "html", "utf-8", "quoted-printable")
    raw_mail("009-phish-lookalike-merge-case-opened.eml", hdrs, body, L("case_created", fake, ["AWS03318045"], False))


# ---------------------------------------------------------------- 010 spoof, topmost AR fails, forged lower AR
def m010():
    sent = dt(2025, 9, 3, 4, 18, 44)
    fake = case15(dt(2025, 9, 3, 4, 17, 2), 377)
    rcpt = "hannah.berg.tech@gmail.com"
    ip = "45.148.10.77"
    t = (sent + timedelta(seconds=2)).astimezone(PDT)
    hdrs = [
        "Delivered-To: %s" % rcpt,
        "Received: by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (rhex(4), rhex(3), rhex(4), rhex(4), "p3" + rhex(6), format_datetime(t)),
        "Return-Path: <support@notify-mailer.top>",
        "Received: from smtp.notify-mailer.top (unknown [%s])\n        by mx.google.com with ESMTP id %s.%d\n        for <%s>;\n        %s" % (ip, rhex(10), R.randint(1000, 9999), rcpt, format_datetime(t)),
        "Received-SPF: softfail (google.com: domain of transitioning support@notify-mailer.top does not designate %s as permitted sender) client-ip=%s;" % (ip, ip),
        "Authentication-Results: mx.google.com;\n       spf=softfail (google.com: domain of transitioning support@notify-mailer.top does not designate %s as permitted sender) smtp.mailfrom=support@notify-mailer.top;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % ip,
        "Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % AMZ_SEL[0],
        "Received: from localhost (localhost [127.0.0.1]) by smtp.notify-mailer.top (Postfix) with ESMTPA id 9A1F2C03E1\n\tfor <%s>; %s" % (rcpt, rfc(sent)),
        "Date: %s" % rfc(sent),
        "From: \"Amazon Web Services\" <no-reply-aws@amazon.com>",
        "To: %s" % rcpt,
        "Message-ID: %s" % ses_id(sent),
        "Subject: Amazon Web Services: You have opened a new Support case: %s" % fake,
    ]
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake} to address your issue.

Case ID: {fake}
Subject: Certification account merge
Severity: General guidance

To complete the account merge our team needs you to confirm your AWS Certification
sign-in details. Please sign in through the secure case portal within 48 hours:
https://support-case-portal.notify-mailer.top/aws/case?displayId={fake}

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    body = leaf(txt, "plain", "utf-8", "7bit")
    raw_mail("010-spoofed-console-ack-dmarc-fail-forged-lower-ar.eml", hdrs, body, L("case_created", fake, [], False))


# ---------------------------------------------------------------- 011
def m011():
    sent = C1B_OPEN + timedelta(seconds=33)
    txt = f"""Hello,

We have received your message. Case ID: {C1B}

Expected first response: within 24 hours.

If this request is about the same issue as a case you opened earlier, there is
no need to do anything - our team will link the two requests.

You can reply to this e-mail to add information to the case.

AWS Training and Certification
"""
    aws_mail("011-second-case-short-ack.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C1B}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("case_created", C1B, [], True))


# ---------------------------------------------------------------- 012
def m012():
    sent = C9_OPEN + timedelta(seconds=6)
    inner = ("<p>高橋 直樹 様</p>\n"
             "<p>Amazon Web Services サポートにお問い合わせいただきありがとうございます。<br>\n"
             f"以下の内容でサポートケースを作成しました。</p>\n"
             "<table cellpadding=\"6\" style=\"border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px\">\n"
             f"<tr><td style=\"background:#f2f3f3\">ケース ID</td><td>{C9}</td></tr>\n"
             "<tr><td style=\"background:#f2f3f3\">件名</td><td>AWS認定アカウントが2つあるため1つにまとめたい</td></tr>\n"
             "<tr><td style=\"background:#f2f3f3\">サービス</td><td>Training and Certification</td></tr>\n"
             "<tr><td style=\"background:#f2f3f3\">重要度</td><td>一般的なガイダンス</td></tr>\n</table>\n"
             "<p>担当者からの回答はサポートセンターに掲載され、その際に改めてメールでお知らせします。<br>\n"
             f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C9}&amp;language=ja\">サポートセンターでケースを表示</a></p>\n"
             "<p style=\"color:#687078;font-size:12px\">このメールアドレスは送信専用です。ご返信いただいてもお答えできません。</p>\n"
             "<p>今後とも Amazon Web Services をよろしくお願いいたします。</p>")
    body = leaf(html_wrap(inner, lang="ja"), "html", "utf-8", "base64")
    aws_mail("012-console-case-created-japanese-html-only.eml", provider="yahoo", rcpt=NAOKI[1], to_hdr=NAOKI[1],
             subject=enc_words(f"Amazon Web Services: サポートケース {C9} が作成されました - AWS認定アカウントが2つあるため1つにまとめたい", "utf-8"),
             sent=sent, body=body, label=L("case_created", C9, [], True, "ja"))


# ---------------------------------------------------------------- 013
def m013():
    sent = C10_OPEN + timedelta(seconds=15)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C10} to address your issue.

The details of your case are as follows:

Case ID: {C10}
Subject: Two AWS Certification accounts - please combine
Severity: Low
Correspondence: I passed SAA-C02 with my old company email and DVA-C01 with my gmail.
The two accounts are AWS00562813 and aws 01177420.

You will be notified when we update the case. To view or update your case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    aws_mail("013-console-ack-2021-11digit-ocn.eml", provider="ocn", rcpt=RAJESH[1], to_hdr=RAJESH[1],
             subject=f"Amazon Web Services: You have opened a new Support case: {C10}",
             sent=sent, body=leaf(txt, "plain", "us-ascii", "7bit"),
             label=L("case_created", C10, ["AWS00562813", "AWS01177420"], True))


# ---------------------------------------------------------------- 014
def m014():
    sent = C11_OPEN + timedelta(seconds=10)
    corr = ("Hello team, my certifications are split between AWS 06120993 (Cloud Practitioner, SAA) "
            "and AWS 09914406 (Developer Associate). I would like one profile only. Thank you.")
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C11} to address your issue.

The details of your case are as follows:

Case ID: {C11}
Subject: Certification account merge - duplicate CertMetrics profiles
Severity: General guidance
Correspondence: {corr}

You will be notified when we update the case. To view or update your case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"Thank you for contacting Amazon Web Services. We have opened case {C11} to address your issue.",
                       f"<b>Case ID:</b> {C11}<br><b>Subject:</b> Certification account merge - duplicate CertMetrics profiles<br><b>Severity:</b> General guidance<br><b>Correspondence:</b> {corr}",
                       f"You will be notified when we update the case. <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C11}&amp;language=en\">View your case</a>",
                       "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.",
                       "Thank you for using Amazon Web Services."))
    aws_mail("014-console-ack-crlf-ids-with-spaces.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"Amazon Web Services: You have opened a new Support case: {C11}",
             sent=sent, body=alt(txt, html, cte="base64"), crlf=True,
             label=L("case_created", C11, ["AWS06120993", "AWS09914406"], True))


def survey_links(case, lang="en"):
    base = "https://support.aws.amazon.com/survey?caseId=%s&amp;rating=" % case
    if lang == "ja":
        return ("<p>今回の対応で問題は解決しましたか？</p>\n<p><a href=\"%syes\">はい</a> &nbsp;|&nbsp; <a href=\"%sno\">いいえ</a></p>" % (base, base))
    return ("<p><b>Was your issue resolved?</b></p>\n<p><a href=\"%syes\" style=\"background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none\">YES</a> &nbsp; "
            "<a href=\"%sno\" style=\"background:#d13212;color:#fff;padding:8px 22px;text-decoration:none\">NO</a></p>" % (base, base))


# ---------------------------------------------------------------- 015
def m015():
    sent = C2_OPEN + timedelta(days=2, hours=3, minutes=11)
    txt = f"""Hello,

This is to let you know that your support case {C2} has been resolved by
our team. No further action is needed from you.

If the resolution did not fully address your request, you can reopen the case
from the Support Center within 14 days of this notice:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

How would you rate the support you received?
Rate this case: https://console.aws.amazon.com/support/feedback?displayId={C2}

Your feedback helps us improve.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"This is to let you know that your support case <b>{C2}</b> has been resolved by our team. No further action is needed from you.",
                       f"If the resolution did not fully address your request, you can reopen the case from the <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en\">Support Center</a> within 14 days of this notice.",
                       "How would you rate the support you received?")
                     + "\n<p>" + " ".join("<a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=%d\">&#9733;%d</a>" % (C2, i, i) for i in range(1, 6)) + "</p>\n"
                     + p("Your feedback helps us improve.", "Thank you for using Amazon Web Services."))
    aws_mail("015-console-case-resolved-rate-us.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
             subject=f"Amazon Web Services: Your support case {C2} has been resolved",
             sent=sent, body=alt(txt, html), label=L("survey", C2, [], True))


# ---------------------------------------------------------------- 016
def m016():
    sent = dt(2025, 5, 30, 17, 2, 9)
    inner = (p("Hello Priya,",
               f"Recently you contacted AWS Training and Certification about case <b>{C1}</b>. We would like to hear how it went. "
               "The survey takes less than two minutes.")
             + survey_links(C1)
             + p("How satisfied were you with the agent who handled your case?")
             + "\n<p>" + " ".join("<a href=\"https://support.aws.amazon.com/survey?caseId=%s&amp;csat=%d\" style=\"display:inline-block;width:32px;text-align:center;border:1px solid #aab7b8;padding:6px 0;text-decoration:none;color:#16191f\">%d</a>" % (C1, i, i) for i in range(1, 6)) + "</p>\n"
             + "<p style=\"font-size:12px;color:#687078\">1 = very dissatisfied, 5 = very satisfied</p>\n"
             + p("Thank you,<br>AWS Training and Certification"))
    body = leaf(html_wrap(inner, title="Tell us about your experience"), "html", "utf-8", "quoted-printable")
    aws_mail("016-survey-sent-later-html-only.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"How did we do? Your feedback on case {C1}",
             sent=sent, body=body, label=L("survey", C1, [], True))


# ---------------------------------------------------------------- 017
def m017():
    sent = C3_OPEN + timedelta(days=4, hours=6, minutes=40)
    txt = f"""お客様

Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース {C3}（認定アカウントの統合について）は解決済みとしてクローズされました。

問題が解決していない場合は、本通知から 14 日以内であればサポートセンターから
ケースを再度オープンしていただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

今後のサービス向上のため、今回のサポート対応について評価をお願いいたします。
評価する: https://console.aws.amazon.com/support/feedback?displayId={C3}&language=ja

※本メールは送信専用アドレスから送信しております。

{FOOT_JA}
"""
    aws_mail("017-console-closed-japanese-rating-iso2022jp.eml", provider="nifty", rcpt=KENJI[1], to_hdr=KENJI[1],
             subject=enc_words(f"Amazon Web Services: ケース {C3} はクローズされました", "iso-2022-jp"),
             sent=sent, body=leaf(txt, "plain", "iso-2022-jp", "7bit"), label=L("survey", C3, [], True, "ja"))


# ---------------------------------------------------------------- 018
def m018():
    sent = C4_OPEN + timedelta(days=9, hours=2)
    prev_sent = C4_OPEN + timedelta(days=1, hours=5)
    txt = f"""Dear Sarah,

We have not received a response from you regarding case {C4} since our last
message, so we are closing this case for now.

If you would still like us to help, just reply to this e-mail within the next
14 days and the case will be reopened automatically. After that, please submit
a new request through the contact form and mention the number above.

Kind regards,

Joanna
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {prev_sent.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}
To: Sarah O'Neill <{SARAH[1]}>
Subject: RE:[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance

Dear Sarah,

Thank you for your patience. I found the two profiles below:

  AWS03875510 - sarah.oneill@brightwave-analytics.co.uk
  AWS05190247 - s.oneill.cloud@gmail.com

Could you please confirm that AWS03875510 should be kept and AWS05190247
merged into it? Please note that a merge cannot be reversed.

Kind regards,
Joanna
"""
    aws_mail("018-closed-no-response-outlook-quote.eml", provider="outlook", rcpt=SARAH[1], to_hdr=addr(SARAH[0], SARAH[1]),
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=leaf(txt, "plain", "windows-1252", "quoted-printable"), label=L("survey", C4, [], True))


# ---------------------------------------------------------------- 019
def m019():
    sent = C1B_OPEN + timedelta(hours=29, minutes=7)
    txt = f"""Hi Priya,

Thanks for writing in. I can see that the same request is already open with us
under case {C1}, and a colleague is working on it there.

To keep everything in one place I am closing this case ({C1B}) as a duplicate.
You don't need to resend anything - any updates will come to you on the
original case.

Best regards,
Hamid
Amazon Web Services
AWS Training and Certification

We value your feedback. Please share your experience by rating this
correspondence: https://support.aws.amazon.com/survey?caseId={C1B}
"""
    html = html_wrap(p("Hi Priya,", f"Thanks for writing in. I can see that the same request is already open with us under case {C1}, and a colleague is working on it there.",
                       f"To keep everything in one place I am closing this case ({C1B}) as a duplicate. You don't need to resend anything - any updates will come to you on the original case.",
                       "Best regards,<br>Hamid<br>Amazon Web Services<br>AWS Training and Certification",
                       f"We value your feedback. Please share your experience by <a href=\"https://support.aws.amazon.com/survey?caseId={C1B}\">rating this correspondence</a>."))
    aws_mail("019-duplicate-case-closed-points-to-original.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C1B}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=alt(txt, html), label=L("survey", C1B, [], True))


# ---------------------------------------------------------------- 020
def m020():
    sent = C5_OPEN + timedelta(days=3, hours=1, minutes=30)
    txt = f"""Dear AWS Customer,

Case {C5} has been marked as resolved and is now closed.

We would appreciate it if you could take a moment to tell us about your
experience. How would you rate the service you received?

  Excellent  - https://aws-tc-feedback.amazon.com/s?c={C5}&r=4
  Good       - https://aws-tc-feedback.amazon.com/s?c={C5}&r=3
  Fair       - https://aws-tc-feedback.amazon.com/s?c={C5}&r=2
  Poor       - https://aws-tc-feedback.amazon.com/s?c={C5}&r=1

Sincerely,
AWS Training and Certification

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
    aws_mail("020-2019-case-closed-rating-no-auth.eml", provider="corp_none", rcpt=DANIEL[1], to_hdr=DANIEL[1],
             from_hdr='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[CASE {C5}] Your case has been closed - please rate our service",
             sent=sent, body=leaf(txt, "plain", "us-ascii", "7bit"), label=L("survey", C5, [], None))


# ---------------------------------------------------------------- 021
def m021():
    sent = C6_OPEN + timedelta(days=6, hours=2, minutes=5)
    txt = f"""佐藤 美咲 様

先日は AWS トレーニングと認定カスタマーサポートにお問い合わせいただき、
誠にありがとうございました。

お問い合わせ番号 {C6} の対応について、簡単なアンケートへのご協力を
お願いできますでしょうか。所要時間は1分程度です。

　▼アンケートに回答する
　https://support.aws.amazon.com/survey?caseId={C6}&lang=ja

いただいたご意見は、今後のサポート品質向上のために活用させていただきます。
なお、本アンケートへのご回答は任意です。

――――――――――――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
――――――――――――――――――――――――――――――
"""
    aws_mail("021-survey-later-japanese-shift-jis-8bit.eml", provider="sonet", rcpt=MISAKI[1], to_hdr=MISAKI[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=enc_raw(f"アンケートご協力のお願い（お問い合わせ番号：{C6}）", "shift_jis", "Shift_JIS"),
             sent=sent, body=leaf(txt, "plain", "shift_jis", "8bit"), label=L("survey", C6, [], True, "ja"))


# ---------------------------------------------------------------- 022
def m022():
    sent = C8_OPEN + timedelta(days=3, hours=9, minutes=12)
    prev = C8_OPEN + timedelta(days=3, hours=9, minutes=10)
    txt = f"""Hello Marco,

Your case {C8} is now closed.

Was your issue resolved?
YES: https://support.aws.amazon.com/survey?caseId={C8}&resolved=yes
NO:  https://support.aws.amazon.com/survey?caseId={C8}&resolved=no

If you answer NO, a member of the team will look at the case again.

AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {prev.strftime('%a, %d %b %Y %H:%M')} UTC
Subject: RE:[CASE {C8}] [AWS Training and Certification Form Submission] - account-assistance

Hello Marco,

I'm happy to tell you that the merge is complete. AWS08064391 has been merged
into AWS02718305, which is now your only Certification account. Your exam
history and active certifications are all listed under AWS02718305.

Regards,
Siddharth
"""
    html = html_wrap(p("Hello Marco,", f"Your case {C8} is now closed.") + survey_links(C8)
                     + p("If you answer NO, a member of the team will look at the case again.", "AWS Training and Certification")
                     + "\n<div style=\"border-top:1px solid #ccc;margin-top:20px;padding-top:8px;color:#555\">-----Original Message-----<br>"
                     + f"From: Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>Sent: {prev.strftime('%a, %d %b %Y %H:%M')} UTC<br>"
                     + f"Subject: RE:[CASE {C8}] [AWS Training and Certification Form Submission] - account-assistance<br><br>"
                     + "Hello Marco,<br><br>I'm happy to tell you that the merge is complete. AWS08064391 has been merged into AWS02718305, which is now your only Certification account. "
                     + "Your exam history and active certifications are all listed under AWS02718305.<br><br>Regards,<br>Siddharth</div>")
    aws_mail("022-closed-yes-no-with-quoted-completion.eml", provider="gmail", rcpt=MARCO[1], to_hdr=MARCO[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C8}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=alt(txt, html), label=L("survey", C8, [], True))


# ---------------------------------------------------------------- 023
def m023():
    sent = C7_OPEN + timedelta(days=5, hours=4)
    txt = f"""##- Please type your reply above this line -##

Your request ({C7}) has been solved. To reopen this request, reply to this
email.

How would you rate the support you received?

Good, I'm satisfied
https://aws-tc.support-feedback.amazon.com/requests/{C7}/satisfaction/good

Bad, I'm unsatisfied
https://aws-tc.support-feedback.amazon.com/requests/{C7}/satisfaction/bad

AWS Training and Certification Support
"""
    html = html_wrap("<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>\n"
                     + p(f"Your request ({C7}) has been solved. To reopen this request, reply to this email.",
                         "<b>How would you rate the support you received?</b>",
                         f"<a href=\"https://aws-tc.support-feedback.amazon.com/requests/{C7}/satisfaction/good\">Good, I'm satisfied</a>"
                         f" &nbsp; <a href=\"https://aws-tc.support-feedback.amazon.com/requests/{C7}/satisfaction/bad\">Bad, I'm unsatisfied</a>",
                         "AWS Training and Certification Support"))
    aws_mail("023-help-desk-request-solved-rate.eml", provider="gmail", rcpt=LIWEI[1], to_hdr=addr(*LIWEI),
             from_hdr='"AWS Training and Certification Support" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"[Request solved] Two CertMetrics profiles after changing company - Case {C7}",
             sent=sent, body=alt(txt, html), label=L("survey", C7, [], True))


# ---------------------------------------------------------------- 024
def m024():
    sent = C9_OPEN + timedelta(days=3, hours=8, minutes=2)
    txt = f"""高橋 直樹 様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいておりましたケース {C9} につきまして、
対応が完了したため、本ケースをクローズさせていただきました。

ご不明な点がございましたら、サポートセンターからケースを再オープンして
いただくか、新しいケースを作成してください。

今後とも Amazon Web Services をよろしくお願い申し上げます。

{FOOT_JA}
"""
    inner = "\n".join("<p>%s</p>" % x.replace("\n", "<br>\n") for x in txt.strip().split("\n\n"))
    aws_mail("024-console-closed-japanese-no-rating.eml", provider="yahoo", rcpt=NAOKI[1], to_hdr=NAOKI[1],
             subject=enc_words(f"[ケース {C9}] ケースがクローズされました", "utf-8"),
             sent=sent, body=alt(txt, html_wrap(inner, lang="ja"), cte="base64"), label=L("survey", C9, [], True, "ja"))


# ---------------------------------------------------------------- 025
def m025():
    sent = C10_OPEN + timedelta(days=11, hours=3)
    txt = f"""Hello,

A few days ago we asked for your feedback on case {C10}. We haven't heard from
you yet, and we would still love to know how we did.

Take the 2-minute survey:
https://console.aws.amazon.com/support/feedback?displayId={C10}

This is the last reminder we will send about this case.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    aws_mail("025-survey-reminder-2021.eml", provider="ocn", rcpt=RAJESH[1], to_hdr=RAJESH[1],
             subject=f"Reminder: tell us about your recent support experience (case {C10})",
             sent=sent, body=leaf(txt, "plain", "us-ascii", "7bit"), label=L("survey", C10, [], True))


# ---------------------------------------------------------------- 026 phishing survey about the merge
def m026():
    sent = dt(2025, 7, 21, 9, 14, 51)
    rcpt = "n.okafor@outlook.com"
    ip = "103.151.44.201"
    fake = case15(dt(2025, 7, 15, 11, 2, 40), 612)
    hdrs = [
        "Received: from DS7PR12MB%d.namprd12.prod.outlook.com (2603:10b6:8:1f::%s) by\n MN2PR12MB%d.namprd12.prod.outlook.com with HTTPS; %s" % (R.randint(1000, 9999), rhex(2), R.randint(1000, 9999), rfc(sent + timedelta(seconds=4))),
        "Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=awscertification-feedback.com; dkim=pass (signature was verified)\n header.d=awscertification-feedback.com;dmarc=pass action=none\n header.from=awscertification-feedback.com;compauth=pass reason=100" % ip,
        "Received-SPF: Pass (protection.outlook.com: domain of awscertification-feedback.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=mta1.awscertification-feedback.com; pr=C" % (ip, ip),
        "Received: from mta1.awscertification-feedback.com (%s) by\n BN1PEPF0000%d.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8857.%d via Frontend Transport; %s" % (ip, R.randint(1000, 9999), R.randint(2, 250), R.randint(10, 40), rfc(sent + timedelta(seconds=3))),
        dkim_sig("awscertification-feedback.com", "k1", sent),
        "Date: %s" % rfc(sent),
        "From: \"AWS Certification Feedback\" <survey@awscertification-feedback.com>",
        "To: %s" % rcpt,
        "Message-ID: <%s.%s@awscertification-feedback.com>" % (rhex(16), rhex(8)),
        "Subject: Rate your account merge case %s and receive a 50%% exam voucher" % fake,
    ]
    html = html_wrap(p("Hello,",
                       f"Your AWS Certification account merge (case {fake}) has been closed. As a thank-you for completing our short satisfaction survey, "
                       "you will receive a <b>50% exam discount voucher</b>.",
                       "To receive the voucher on the correct profile, please sign in with your AWS Certification credentials on the survey page.",
                       "<a href=\"https://awscertification-feedback.com/s/merge-survey?c=%s\" style=\"background:#ff9900;color:#000;padding:10px 18px;text-decoration:none\">Start survey</a>" % fake,
                       "The offer expires in 72 hours.", "AWS Training and Certification"))
    raw_mail("026-phish-merge-survey-voucher-lookalike.eml", hdrs, leaf(html, "html", "utf-8", "base64"),
             L("survey", fake, [], False))


CONSOLE_TAIL = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{agent}
Amazon Web Services

===========================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

{foot}
"""


def wd_ja(d):
    return "月火水木金土日"[d.weekday()]


# ---------------------------------------------------------------- 027
def m027():
    sent = C2_OPEN + timedelta(hours=20, minutes=44)
    txt = f"""Hello,

We have updated your case. A new correspondence has been added to case {C2}.

Subject: Merge two certification accounts

To read the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"We have updated your case. A new correspondence has been added to case <b>{C2}</b>.",
                       "Subject: Merge two certification accounts",
                       f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C2}&amp;language=en\">Sign in to the AWS Support Center</a> to read the correspondence and reply.",
                       "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.",
                       "Thank you for using Amazon Web Services."))
    aws_mail("027-console-new-correspondence-added.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
             subject=f"[Case {C2}] New correspondence added",
             sent=sent, body=alt(txt, html), label=L("support_reply", C2, [], True))


# ---------------------------------------------------------------- 028
def m028():
    sent = C3_OPEN + timedelta(days=1, hours=2, minutes=3)
    txt = f"""お客様

ケース {C3} に新しい連絡が追加されました。

件名: 認定アカウントの統合について

内容を確認して返信するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=ja

※このメールアドレスは送信専用です。

{FOOT_JA}
"""
    aws_mail("028-console-new-correspondence-japanese.eml", provider="nifty", rcpt=KENJI[1], to_hdr=KENJI[1],
             subject=enc_words(f"[ケース {C3}] 新しい連絡が追加されました", "utf-8"),
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("support_reply", C3, [], True, "ja"))


# ---------------------------------------------------------------- 029
def m029():
    sent = C11_OPEN + timedelta(days=5, hours=1, minutes=17)
    txt = f"""Hello,

Case {C11} has been reopened.

Subject: Certification account merge - duplicate CertMetrics profiles
Status: Reopened - pending Amazon action

Your case has been returned to our support team and will be reviewed. You will
be notified when we update the case.

To view the case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"Case <b>{C11}</b> has been reopened.",
                       "<b>Subject:</b> Certification account merge - duplicate CertMetrics profiles<br><b>Status:</b> Reopened - pending Amazon action",
                       "Your case has been returned to our support team and will be reviewed. You will be notified when we update the case.",
                       f"<a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={C11}&amp;language=en\">View case</a>",
                       "Please note: this e-mail was sent from an address that cannot accept incoming e-mail."))
    aws_mail("029-console-case-reopened.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"Amazon Web Services: Support case {C11} has been reopened",
             sent=sent, body=alt(txt, html), label=L("support_reply", C11, [], True))


# ---------------------------------------------------------------- 030
def m030():
    sent = C6_OPEN + timedelta(days=7, hours=5, minutes=30)
    txt = f"""佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

お問い合わせ番号 {C6} について、お客様からのご返信を受け付けましたため、
本件を再オープンいたしました。

担当者が内容を確認のうえ、改めてご連絡いたします。
今しばらくお待ちくださいますようお願い申し上げます。

――――――――――――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
――――――――――――――――――――――――――――――
"""
    aws_mail("030-reopened-japanese-iso2022jp-base64.eml", provider="sonet", rcpt=MISAKI[1], to_hdr=MISAKI[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=enc_words(f"[CASE {C6}] お問い合わせを再オープンしました", "iso-2022-jp"),
             sent=sent, body=leaf(txt, "plain", "iso-2022-jp", "base64"), label=L("support_reply", C6, [], True, "ja"))


# ---------------------------------------------------------------- 031
def m031():
    sent = C1_OPEN + timedelta(days=4, hours=2, minutes=48)
    user = C1_OPEN + timedelta(days=3, hours=22, minutes=5)
    agent = C1_OPEN + timedelta(days=2, hours=4, minutes=12)
    txt = f"""Hello Priya,

Thank you for confirming. We will now proceed with merging AWS10938852 into
AWS04417729.

I have passed the request to our certification operations team. Once the merge
is complete we will send you a confirmation on this case. This normally takes
two to three business days, so there is nothing else you need to do for now.

Best regards,
Rahul M.
AWS Training and Certification

On {user.astimezone(timezone(timedelta(hours=5, minutes=30))).strftime('%a, %b %-d, %Y at %-I:%M %p')} Priya Raman <{PRIYA[1]}> wrote:
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On {agent.strftime('%a, %b %-d, %Y at %-I:%M %p')} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Priya,
> >
> > We located the following Certification accounts under your name:
> > - AWS04417729 (priya.raman.dev@gmail.com) - this account will remain
> > - AWS10938852 (priya.raman@northwind-labs.io) - will be merged
> >
> > Please be aware that once completed, a merge cannot be undone. Kindly
> > reply to this email to confirm that we may proceed.
> >
> > Best regards,
> > Rahul M.
"""
    aws_mail("031-thanks-for-confirming-will-proceed.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"),
             label=L("support_reply", C1, ["AWS04417729", "AWS10938852"], True))


# ---------------------------------------------------------------- 032
def m032():
    sent = C11_OPEN + timedelta(hours=23, minutes=35)
    body_txt = """Hello Ahmed,

Greetings from AWS Training and Certification, hope you are doing well.

I have checked the two profiles you mentioned, AWS 06120993 and AWS 09914406. Before I can raise the merge request, kindly help me with below details:

1. Which of these two accounts you would like to keep as the primary one? The other account will be closed after merge.
2. The e-mail address you are using to log in to each account.

Once I have this information I will share the merge details for your confirmation.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Kavya S.", case=C11, lang="en", foot=FOOT_EN)
    aws_mail("032-console-agent-asks-which-account-to-keep.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"RE:[CASE {C11}] Certification account merge - duplicate CertMetrics profiles",
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), crlf=True,
             label=L("support_reply", C11, ["AWS06120993", "AWS09914406"], True))


# ---------------------------------------------------------------- 033
def m033():
    sent = C11_OPEN + timedelta(days=6, hours=4, minutes=2)
    body_txt = """Hello Ahmed,

Thank you for reopening the case and I apologize for the inconvenience.

You are right, the badges from the merged profile are still showing on your old Credly account. Credly is maintained separately from the certification profile, so this part is not covered automatically by the merge.

I have now raised a request with the Credly team to move the badges to the Credly account linked with your primary profile. When they have finished, Credly will send you an e-mail for each badge. Please allow up to 5 business days for this.

I will keep this case open until then.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Kavya S.", case=C11, lang="en", foot=FOOT_EN)
    html = html_wrap("\n".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.strip().split("\n\n")))
    aws_mail("033-after-reopen-credly-request-raised.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"RE:[CASE {C11}] Certification account merge - duplicate CertMetrics profiles",
             sent=sent, body=alt(txt, html), label=L("support_reply", C11, [], True))


# ---------------------------------------------------------------- 034
def m034():
    sent = C4_OPEN + timedelta(days=6, hours=1, minutes=15)
    prev_sent = C4_OPEN + timedelta(days=1, hours=5)
    txt = f"""Dear Sarah,

I hope you are well. I am following up on my previous message below, as we have
not yet heard back from you.

To move forward we only need your reply to the question below. If we do not
hear from you within 72 hours, the case will be closed, but you can reopen it
at any time by replying to this e-mail.

Kind regards,

Joanna
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {prev_sent.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}
To: Sarah O'Neill <{SARAH[1]}>
Subject: RE:[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance

Dear Sarah,

Thank you for your patience. I found the two profiles below:

  AWS03875510 - sarah.oneill@brightwave-analytics.co.uk
  AWS05190247 - s.oneill.cloud@gmail.com

Could you please confirm that AWS03875510 should be kept and AWS05190247
merged into it? Please note that a merge cannot be reversed.

Kind regards,
Joanna
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"></head><body>\n"
            "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.split("________________________________")[0].strip().split("\n\n"))
            + "</div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
            + txt.split("________________________________")[1].strip().split("\n\n")[0].replace("\n", "<br>\n").replace("<aws-cs", "&lt;aws-cs").replace(".com>", ".com&gt;").replace(f"<{SARAH[1]}>", f"&lt;{SARAH[1]}&gt;")
            + "</font><div>&nbsp;</div></div>\n<div>" + "<br>\n".join(txt.split("________________________________")[1].strip().split("\n\n", 1)[1].split("\n")) + "</div>\n</body></html>\n")
    aws_mail("034-chaser-no-reply-will-close-in-72h.eml", provider="outlook", rcpt=SARAH[1], to_hdr=addr(SARAH[0], SARAH[1]),
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=alt(txt, html, charset="windows-1252"), label=L("support_reply", C4, [], True))


# ---------------------------------------------------------------- 035
def m035():
    sent = C9_OPEN + timedelta(days=1, hours=1, minutes=40)
    body_txt = """高橋 直樹 様

Amazon Web Services サポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウントの統合手続きを進めるにあたり、一点確認させていただきたいことがございます。

現在、いずれかのアカウントで受験予約中の試験はございますでしょうか。
予約済みの試験がある場合、統合の処理中に予約情報へ影響が出る可能性があるため、
受験日以降に手続きを進めさせていただくことがございます。

お手数をおかけいたしますが、サポートセンターよりご返信いただけますと幸いです。

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="山本", case=C9, lang="ja", foot=FOOT_JA).replace(
        "Best regards,", "よろしくお願いいたします。")
    aws_mail("035-japanese-agent-asks-about-booked-exam.eml", provider="yahoo", rcpt=NAOKI[1], to_hdr=NAOKI[1],
             subject=enc_words(f"RE:[CASE {C9}] AWS認定アカウントが2つあるため1つにまとめたい", "utf-8"),
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("support_reply", C9, [], True, "ja"))


# ---------------------------------------------------------------- 036
def m036():
    sent = C10_OPEN + timedelta(days=1, hours=6, minutes=20)
    body_txt = """Hello Rajesh,

Thank you for contacting AWS Training and Certification.

I understand you would like to combine your two certification accounts. In order to locate them and verify that both belong to you, could you please reply with:

- the e-mail address you use to sign in to each account (AWS00562813 and AWS01177420), and
- the notification e-mail address registered on each account, if different.

As soon as we receive this, we will review the accounts and get back to you.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Mohammed A.", case=C10, lang="en", foot=FOOT_EN)
    aws_mail("036-console-agent-asks-for-login-emails.eml", provider="ocn", rcpt=RAJESH[1], to_hdr=RAJESH[1],
             subject=f"RE:[CASE {C10}] Two AWS Certification accounts - please combine",
             sent=sent, body=leaf(txt, "plain", "us-ascii", "7bit"),
             label=L("support_reply", C10, ["AWS00562813", "AWS01177420"], True))


# ---------------------------------------------------------------- 037
def m037():
    sent = C2_OPEN + timedelta(hours=20, minutes=43)
    body_txt = """Hello Tomasz,

Thank you for contacting AWS Training and Certification, I hope you are having a good day.

I have reviewed your request and I found both the accounts. Please verify the details of merge below:

Account that will remain (primary): AWS02290518
Account that will be merged into primary and then deactivated: AWS07731264

All certifications, exam history and benefits from AWS07731264 will be moved to AWS02290518. Please be informed that this action is permanent and cannot be reverted after it is done.

If above details are correct, kindly reply to this case with your confirmation and I will submit the merge right away.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Ana P.", case=C2, lang="en", foot=FOOT_EN)
    html = html_wrap("\n".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.strip().split("\n\n")))
    aws_mail("037-console-agent-asks-to-confirm-merge.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
             subject=f"RE:[CASE {C2}] Merge two certification accounts",
             sent=sent, body=alt(txt, html), label=L("merge_confirmation_requested", C2, ["AWS02290518", "AWS07731264"], True))


# ---------------------------------------------------------------- 038
def m038():
    sent = C3_OPEN + timedelta(days=1, hours=2, minutes=2)
    body_txt = """渡辺 健二 様

Amazon Web Services トレーニングと認定サポートの佐々木と申します。
お問い合わせいただき、誠にありがとうございます。

お客様のお名前で登録されている認定アカウントを確認いたしましたところ、
以下の2件がございました。

　・AWS05566120（存続するアカウント）
　・aws08813407（統合後に無効となるアカウント）

aws08813407 に紐づく認定資格および受験履歴を AWS05566120 に統合させていただく
予定でございます。なお、統合処理は一度実施いたしますと元に戻すことができません。

上記の内容でお間違いがないか、恐れ入りますがサポートセンターよりご確認のご返信を
いただけますでしょうか。ご確認いただけ次第、手続きを進めさせていただきます。

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="佐々木", case=C3, lang="ja", foot=FOOT_JA).replace(
        "Best regards,", "何卒よろしくお願い申し上げます。")
    html = html_wrap("\n".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.strip().split("\n\n")), lang="ja")
    aws_mail("038-japanese-keigo-confirm-which-account-survives.eml", provider="nifty", rcpt=KENJI[1], to_hdr=KENJI[1],
             subject=enc_words(f"RE:[CASE {C3}] 認定アカウントの統合について", "iso-2022-jp"),
             sent=sent, body=alt(txt, html, cte="base64"),
             label=L("merge_confirmation_requested", C3, ["AWS05566120", "AWS08813407"], True, "ja"))


# ---------------------------------------------------------------- 039
def m039():
    sent = C8_OPEN + timedelta(hours=15, minutes=55)
    txt = f"""Dear Marco,

Greetings of the day!

As per your request I have checked and there are two certification profile
registered with your details:

  1) aws02718305  - marco.bianchi.it@gmail.com  (this one will stay)
  2) AWS-08064391 - m.bianchi@studiobianchi.it  (will be merged to No. 1)

Kindly note the merge is irreversible, after completion you can login only
with the account No. 1 and the account No. 2 will not be available anymore.

Request you to please reply "YES" to this email if you agree with above so
we can proceed further.

Thanks & Regards,
Siddharth
AWS Training and Certification
"""
    html = html_wrap(p("Dear Marco,", "Greetings of the day!",
                       "As per your request I have checked and there are two certification profile registered with your details:")
                     + "<ol><li>aws02718305 - marco.bianchi.it@gmail.com (this one will stay)</li><li>AWS-08064391 - m.bianchi@studiobianchi.it (will be merged to No. 1)</li></ol>"
                     + p("Kindly note the merge is irreversible, after completion you can login only with the account No. 1 and the account No. 2 will not be available anymore.",
                         "Request you to please reply \"YES\" to this email if you agree with above so we can proceed further.",
                         "Thanks &amp; Regards,<br>Siddharth<br>AWS Training and Certification"))
    aws_mail("039-non-native-agent-reply-yes-to-confirm.eml", provider="gmail", rcpt=MARCO[1], to_hdr=MARCO[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C8}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=alt(txt, html), label=L("merge_confirmation_requested", C8, ["AWS02718305", "AWS08064391"], True))


# ---------------------------------------------------------------- 040
def m040():
    sent = C1_OPEN + timedelta(days=2, hours=4, minutes=12)
    txt = f"""Hello Priya,

Thank you for contacting AWS Training and Certification.

We located the following Certification accounts under your name:
- AWS04417729 (priya.raman.dev@gmail.com) - this account will remain
- AWS10938852 (priya.raman@northwind-labs.io) - will be merged

Please be aware that once completed, a merge cannot be undone. Kindly reply to
this email to confirm that we may proceed.

Best regards,
Rahul M.
AWS Training and Certification

---------- Original Message ----------
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04417729
Description: I accidentally created a second Certification account with my
work e-mail (candidate ID AWS10938852). I would like to keep AWS04417729
and merge the other one into it. Both are under my name, Priya Raman.
"""
    aws_mail("040-form-desk-confirm-request-with-original.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=leaf(txt, "plain", "utf-8", "base64"),
             label=L("merge_confirmation_requested", C1, ["AWS04417729", "AWS10938852"], True))


# ---------------------------------------------------------------- 041 phishing confirm request (ja)
def m041():
    sent = dt(2025, 10, 20, 23, 5, 12)
    rcpt = "yuki.mori@biglobe.ne.jp"
    ip = "194.87.31.140"
    fake = case15(dt(2025, 10, 20, 22, 51, 7), 245)
    t = (sent + timedelta(seconds=5)).astimezone(JST)
    hdrs = [
        "Received: from mxin07.biglobe.ne.jp (localhost [127.0.0.1])\n\tby mxin07.biglobe.ne.jp (Postfix) with ESMTP id 4cB%s\n\tfor <%s>; %s" % (rhex(8).upper(), rcpt, format_datetime(t)),
        "Authentication-Results: biglobe.ne.jp;\n\tspf=pass smtp.mailfrom=info@aws-support-jp.net;\n\tdkim=none;\n\tdmarc=none header.from=aws-support-jp.net",
        "Received: from mail.aws-support-jp.net ([%s])\n\tby mxin07.biglobe.ne.jp with ESMTP id 4cB%s\n\tfor <%s>; %s" % (ip, rhex(8).upper(), rcpt, format_datetime(t)),
        "Return-Path: <info@aws-support-jp.net>",
        "Date: %s" % rfc(sent, JST),
        "From: %s" % addr("AWS 認定サポート", "info@aws-support-jp.net", "iso-2022-jp"),
        "To: %s" % rcpt,
        "Message-ID: <%s@aws-support-jp.net>" % rhex(20),
        "Subject: %s" % enc_words(f"【重要】アカウント統合の最終確認 [CASE {fake}]", "iso-2022-jp"),
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    txt = f"""お客様

AWS 認定サポートでございます。

ご依頼いただいております認定アカウントの統合につきまして、下記の内容で
手続きを行います。

　統合元アカウント：AWS 07215583
　統合先アカウント：AWS 04980126

統合を確定するため、24時間以内に以下の確認ページより AWS 認定アカウントの
サインイン情報をご入力のうえ、統合内容をご確認ください。
期限内にご確認いただけない場合、両アカウントが一時停止されます。

https://aws-support-jp.net/certification/merge/confirm?case={fake}

AWS 認定サポート
"""
    raw_mail("041-phish-japanese-confirm-merge-lookalike.eml", hdrs, leaf(txt, "plain", "iso-2022-jp", "7bit"),
             L("merge_confirmation_requested", fake, ["AWS04980126", "AWS07215583"], False, "ja"))


# ---------------------------------------------------------------- 042
def m042():
    sent = C2_OPEN + timedelta(days=2, hours=3, minutes=9)
    body_txt = """Hello Tomasz,

Thank you for your confirmation and patience.

I am glad to inform you that the merge is now done. Certification account AWS07731264 has been merged into AWS02290518. You can sign in to your AWS Certification account with the credentials of AWS02290518 and you will see all your certifications and exam history there.

Please allow 24 to 48 hours for your digital badges on Credly to be updated.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Ana P.", case=C2, lang="en", foot=FOOT_EN)
    html = html_wrap("\n".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.strip().split("\n\n")))
    aws_mail("042-console-merge-done.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
             subject=f"RE:[CASE {C2}] Merge two certification accounts",
             sent=sent, body=alt(txt, html), label=L("merge_completed", C2, ["AWS02290518", "AWS07731264"], True))


# ---------------------------------------------------------------- 043
def m043():
    sent = C9_OPEN + timedelta(days=3, hours=7, minutes=50)
    body_txt = """高橋 直樹 様

Amazon Web Services サポートの山本でございます。
ご確認のご返信をいただき、誠にありがとうございました。

ご依頼いただきました認定アカウントの統合処理が完了いたしましたので、ご報告申し上げます。
統合後は AWS 09127736 のみご利用いただけます（AWS 02659904 の認定資格および受験履歴は
AWS 09127736 に移行済みでございます）。

認定アカウントにサインインのうえ、認定資格と特典が正しく表示されていることを
ご確認いただけますと幸いです。

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="山本", case=C9, lang="ja", foot=FOOT_JA).replace(
        "Best regards,", "よろしくお願いいたします。")
    aws_mail("043-japanese-merge-completed-console.eml", provider="yahoo", rcpt=NAOKI[1], to_hdr=NAOKI[1],
             subject=enc_words(f"RE:[CASE {C9}] AWS認定アカウントが2つあるため1つにまとめたい", "iso-2022-jp"),
             sent=sent, body=leaf(txt, "plain", "iso-2022-jp", "base64"),
             label=L("merge_completed", C9, ["AWS02659904", "AWS09127736"], True, "ja"))


# ---------------------------------------------------------------- 044
def m044():
    sent = C11_OPEN + timedelta(days=3, hours=2, minutes=26)
    body_txt = """Hello Ahmed,

Thanks for confirming the details. Good news: your two profiles are now one. AWS 09914406 has been combined into AWS 06120993, and all three certifications are now listed under AWS 06120993.

Since there is nothing else pending on this request, I am marking this case as resolved. If anything looks wrong, you can reopen the case from the Support Center within 14 days.

"""
    txt = body_txt + CONSOLE_TAIL.format(agent="Kavya S.", case=C11, lang="en", foot=FOOT_EN)
    html = html_wrap("\n".join("<p>%s</p>" % x.replace("\n", "<br>") for x in txt.strip().split("\n\n"))
                     + "\n<p>Was this response helpful? "
                     + " ".join("<a href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;stars=%d\">%s</a>" % (C11, i, "&#9733;" * i) for i in range(1, 6)) + "</p>")
    aws_mail("044-merged-and-case-resolved-rate.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"RE:[CASE {C11}] Certification account merge - duplicate CertMetrics profiles",
             sent=sent, body=alt(txt, html), crlf=True,
             label=L("merge_completed", C11, ["AWS06120993", "AWS09914406"], True))


# ---------------------------------------------------------------- 045
def m045():
    sent = C1_OPEN + timedelta(days=6, hours=5, minutes=3)
    user = C1_OPEN + timedelta(days=3, hours=22, minutes=5)
    agent = C1_OPEN + timedelta(days=2, hours=4, minutes=12)
    ist = timezone(timedelta(hours=5, minutes=30))
    inner = (p("Hello Priya,",
               "This is to inform you that the requested merge has been successfully processed. Your certification "
               "history from AWS10938852 is now under AWS04417729, and AWS10938852 has been deactivated.",
               "Kindly note it may take up to 48 hours for your Credly badges and any exam benefits to appear on the remaining account.",
               "Best regards,<br>Rahul M.<br>AWS Training and Certification")
             + "\n<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On %s Priya Raman &lt;%s&gt; wrote:<br></div>\n"
               "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
               "<div dir=\"ltr\">The details are correct. Please proceed with the merge.<div><br></div><div>Thanks,</div><div>Priya</div></div><br>\n"
               "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On %s Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div>\n"
               "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
               "Hello Priya,<br><br>We located the following Certification accounts under your name:<br>- AWS04417729 (priya.raman.dev@gmail.com) - this account will remain<br>"
               "- AWS10938852 (priya.raman@northwind-labs.io) - will be merged<br><br>Please be aware that once completed, a merge cannot be undone. "
               "Kindly reply to this email to confirm that we may proceed.<br><br>Best regards,<br>Rahul M.</blockquote></div></blockquote></div>\n"
               % (user.astimezone(ist).strftime("%a, %b %-d, %Y at %-I:%M %p"), PRIYA[1], agent.strftime("%a, %b %-d, %Y at %-I:%M %p")))
    aws_mail("045-merge-processed-html-only-gmail-quote.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance",
             sent=sent, body=leaf(html_wrap(inner), "html", "utf-8", "quoted-printable"),
             label=L("merge_completed", C1, ["AWS04417729", "AWS10938852"], True))


# ---------------------------------------------------------------- 046
def m046():
    sent = C6_OPEN + timedelta(days=1, hours=9, minutes=15)
    user = C6_OPEN + timedelta(days=1, hours=7, minutes=14)
    agent = C6_OPEN + timedelta(days=1, hours=1, minutes=30)
    u = user.astimezone(JST)
    a = agent.astimezone(JST)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定カスタマーサポートの中村でございます。
ご確認のご返信をいただき、ありがとうございました。

ご依頼のとおり、AWS01458832 を AWS06633019 へ統合する処理が完了いたしました。
今後は AWS06633019 にてサインインいただけますと、すべての認定資格をご確認いただけます。

本件はこれにて完了とさせていただき、お問い合わせをクローズいたします。
ほかにご不明な点がございましたら、お気軽にお問い合わせください。

中村
AWS トレーニングと認定 カスタマーサポート

{u.year}年{u.month}月{u.day}日({wd_ja(u)}) {u.hour}:{u.minute:02d} 佐藤 美咲 <{MISAKI[1]}>:
> ご連絡ありがとうございます。
> 内容に間違いありません。統合の手続きを進めてください。
> よろしくお願いいたします。
>
> {a.year}年{a.month}月{a.day}日({wd_ja(a)}) {a.hour}:{a.minute:02d} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 美咲 様
> >
> > 以下の2つのアカウントを確認いたしました。
> > ・AWS06633019（存続）
> > ・AWS01458832（統合元）
> > 統合は取り消すことができませんので、内容をご確認のうえご返信ください。
"""
    aws_mail("046-japanese-merge-done-and-closed-quoted.eml", provider="sonet", rcpt=MISAKI[1], to_hdr=MISAKI[1],
             from_hdr='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             subject=enc_raw(f"RE:[CASE {C6}] お問い合わせを受け付けました（AWS トレーニングと認定）", "shift_jis", "Shift_JIS"),
             sent=sent, body=leaf(txt, "plain", "shift_jis", "base64"),
             label=L("merge_completed", C6, ["AWS01458832", "AWS06633019"], True, "ja"))


def other_mail(fname, *, provider, rcpt, to_hdr, from_hdr, from_domain, mailfrom, subject, sent, body, label,
               ip, host, dkim_domains, selectors, msgid, extra=(), crlf=False, dmarc="pass", dkim=None, spf="pass",
               dmarc_policy="p=REJECT sp=REJECT dis=NONE"):
    hdrs = transport(provider, sent, rcpt, mailfrom, from_domain, ip=ip, host=host, dkim=dkim or tuple("pass" for _ in dkim_domains),
                     dkim_domains=dkim_domains, selectors=list(selectors), dmarc=dmarc, spf=spf, dmarc_policy=dmarc_policy)
    for dd, sl in zip(dkim_domains, selectors):
        hdrs.append(dkim_sig(dd, sl, sent))
    hdrs += ["Date: %s" % rfc(sent), "From: %s" % from_hdr, "To: %s" % to_hdr, "Message-ID: %s" % msgid, "Subject: %s" % subject]
    hdrs.extend(extra)
    write(fname, hdrs, body, label, crlf)


def credly_mail(fname, *, provider, rcpt, to_hdr, subject, sent, body, label, older=False):
    dom = "youracclaim.com" if older else "credly.com"
    uid = R.randint(1000000, 9999999)
    mailfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (uid, rhex(4), rcpt.split("@")[0], rcpt.split("@")[1], R.randint(1000, 9999), dom)
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    other_mail(fname, provider=provider, rcpt=rcpt, to_hdr=to_hdr,
               from_hdr='"Amazon Web Services Training and Certification via %s" <admin@%s>' % ("Acclaim" if older else "Credly", dom),
               from_domain=dom, mailfrom=mailfrom, subject=subject, sent=sent, body=body, label=label, ip=ip,
               host="o%d.ptr%d.%s" % (R.randint(1, 9), R.randint(1000, 9999), dom), dkim_domains=(dom, "sendgrid.info"),
               selectors=("s1", "smtpapi"), msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 40)),
               extra=["X-SG-EID: %s" % rb64(80), "X-Entity-ID: %s" % rb64(22)])


CREDLY_FOOT = ("Credly, Inc. | 1 World Trade Center, 85th Floor, New York, NY 10007\n"
               "You are receiving this email because a badge was issued to you on Credly.\n"
               "Unsubscribe from badge notifications: https://www.credly.com/notification_preferences")


# ---------------------------------------------------------------- 047
def m047():
    sent = C1_OPEN + timedelta(days=7, hours=1, minutes=44)
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s" % str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you a new badge:

{badge}

Accept your badge to add it to your profile and share it with your network.

Accept your badge: {url}

Why accept? Accepting your badge lets you share verified proof of your skills
on LinkedIn, in your e-mail signature and on your resume.

The Credly Team

{CREDLY_FOOT}
"""
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f4\">\n"
            "<table width=\"600\" align=\"center\" style=\"background:#fff;padding:24px\"><tr><td>\n"
            "<img src=\"https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png\" width=\"110\" alt=\"badge\">\n"
            f"<p>Hi Priya,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p><h2 style=\"font-size:18px\">{badge}</h2>\n"
            f"<p><a href=\"{url}\" style=\"background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:3px\">Accept your badge</a></p>\n"
            "<p style=\"color:#666\">Why accept? Accepting your badge lets you share verified proof of your skills on LinkedIn, in your e-mail signature and on your resume.</p>\n"
            f"<p>The Credly Team</p><p style=\"font-size:11px;color:#999\">{CREDLY_FOOT.replace(chr(10), '<br>')}</p>\n</td></tr></table></body></html>\n")
    credly_mail("047-credly-new-badge-after-merge.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
                subject=enc_words(f"Priya, you've been issued a new badge: {badge}", "utf-8"),
                sent=sent, body=alt(txt, html), label=L("credly_badge_issued", None, [], True))


# ---------------------------------------------------------------- 048
def m048():
    sent = dt(2019, 7, 22, 18, 3, 40)
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Congratulations, Daniel!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Developer - Associate

Claim your badge: {url}

Your badge is waiting for you. Once you accept it you can share it on social
media, embed it in your website and add it to your e-mail signature.

Acclaim | Pearson
"""
    credly_mail("048-acclaim-2019-badge-earned-no-auth.eml", provider="corp_none", rcpt=DANIEL[1], to_hdr=DANIEL[1],
                subject="Congratulations, Daniel! You've earned a badge from Amazon Web Services Training and Certification",
                sent=sent, body=leaf(txt, "plain", "us-ascii", "7bit"), label=L("credly_badge_issued", None, [], None), older=True)


# ---------------------------------------------------------------- 049
def m049():
    sent = C11_OPEN + timedelta(days=9, hours=6, minutes=30)
    badge = "AWS Certified Developer \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s" % str(uuid.UUID(int=R.getrandbits(128)))
    html = ("<!doctype html><html><body style=\"margin:0;font-family:Helvetica,Arial,sans-serif\">\n"
            "<div style=\"max-width:600px;margin:0 auto;padding:24px;border:1px solid #e5e5e5\">\n"
            "<p style=\"font-size:20px\">Your badge is ready, Ahmed</p>\n"
            f"<p>A badge issued by Amazon Web Services Training and Certification has been moved to your Credly account following an update to your certification profile.</p>\n"
            f"<p style=\"font-weight:bold\">{badge}</p>\n"
            f"<p><a href=\"{url}\" style=\"display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none\">Accept badge</a></p>\n"
            "<p style=\"color:#777\">If you already accepted this badge on another Credly account, no further action is needed.</p>\n"
            f"<p style=\"font-size:11px;color:#999\">{CREDLY_FOOT.replace(chr(10), '<br>')}</p></div></body></html>\n")
    credly_mail("049-credly-badge-moved-html-only.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
                subject=enc_words(f"Your {badge} badge is ready to accept", "utf-8"),
                sent=sent, body=leaf(html, "html", "utf-8", "base64"), label=L("credly_badge_issued", None, [], True))


# ---------------------------------------------------------------- 050 (unrelated) Credly expiry reminder
def m050():
    sent = dt(2025, 9, 30, 14, 0, 12)
    url = "https://www.credly.com/users/tomasz-nowak.7f2c/badges"
    txt = f"""Hi Tomasz,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, will expire on November 29, 2025.

To keep it active, follow the issuer's recertification requirements before the
expiration date. Once it expires, your badge will still be visible on your
profile but marked as expired.

View your badges: {url}

The Credly Team

{CREDLY_FOOT}
"""
    credly_mail("050-credly-badge-expiry-reminder.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr=TOMASZ[1],
                subject="Your AWS Certified Cloud Practitioner badge expires in 60 days",
                sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("unrelated", None, [], True))


# ---------------------------------------------------------------- 051 (unrelated) Credly self-service merge
def m051():
    sent = dt(2024, 2, 6, 3, 22, 50)
    code = "%06d" % R.randint(0, 999999)
    txt = f"""Hi Li,

We received a request to merge the Credly account liwei.work@contoso-retail.com
into your account liwei.cloudops@gmail.com.

Your verification code is: {code}

Or click the link below to finish:
Complete Account Merge: https://www.credly.com/account_merges/confirm?token={rhex(40)}

After the merge, all badges from both accounts will appear on a single profile.
If you did not request this, you can ignore this email - no changes will be made.

The Credly Team

{CREDLY_FOOT}
"""
    mailfrom = "bounces+%d-%s-liwei.cloudops=gmail.com@em4813.credly.com" % (R.randint(1000000, 9999999), rhex(4))
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    other_mail("051-credly-own-account-merge-code.eml", provider="gmail", rcpt=LIWEI[1], to_hdr=LIWEI[1],
               from_hdr='"Credly" <admin@credly.com>', from_domain="credly.com", mailfrom=mailfrom,
               subject="Complete your Credly account merge", sent=sent, body=leaf(txt, "plain", "utf-8", "7bit"),
               label=L("unrelated", None, [], True), ip=ip, host="o3.ptr%d.credly.com" % R.randint(1000, 9999),
               dkim_domains=("credly.com", "sendgrid.info"), selectors=("s1", "smtpapi"),
               msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 40)))


# ---------------------------------------------------------------- 052 (unrelated) billing case opened
def m052():
    opened = dt(2025, 7, 9, 8, 11, 26)
    B = case15(opened, 903)
    sent = opened + timedelta(seconds=14)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your issue.

The details of your case are as follows:

Case ID: {B}
Subject: Billing: Unexpected NAT Gateway charges in eu-south-1
Severity: General guidance
Correspondence: Hello, my June invoice shows 412 USD of NAT Gateway data processing in eu-south-1 but I deleted the VPC on June 3rd. Can you check and refund?

You will be notified when we update the case. To view or update your case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    aws_mail("052-billing-case-opened-lookalike-ack.eml", provider="gmail", rcpt=MARCO[1], to_hdr=MARCO[1],
             subject=f"Amazon Web Services: You have opened a new Support case: {B}",
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("unrelated", B, [], True))


# ---------------------------------------------------------------- 053 (unrelated) quota case resolved
def m053():
    opened = dt(2025, 4, 2, 19, 40, 3)
    Q = case15(opened, 118)
    sent = opened + timedelta(days=1, hours=2, minutes=30)
    txt = f"""Hello,

This is to let you know that your support case {Q} has been resolved by
our team.

Subject: Limit Increase: Lambda - Concurrent executions (ap-south-1)
Resolution: The requested quota of 3,000 concurrent executions has been approved
and applied to your account.

If the resolution did not fully address your request, you can reopen the case
from the Support Center within 14 days of this notice:
https://console.aws.amazon.com/support/home#/case/?displayId={Q}&language=en

How would you rate the support you received?
Rate this case: https://console.aws.amazon.com/support/feedback?displayId={Q}

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    html = html_wrap(p("Hello,", f"This is to let you know that your support case <b>{Q}</b> has been resolved by our team.",
                       "<b>Subject:</b> Limit Increase: Lambda - Concurrent executions (ap-south-1)<br><b>Resolution:</b> The requested quota of 3,000 concurrent executions has been approved and applied to your account.",
                       f"If the resolution did not fully address your request, you can reopen the case from the <a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={Q}&amp;language=en\">Support Center</a> within 14 days of this notice.",
                       f"How would you rate the support you received? <a href=\"https://console.aws.amazon.com/support/feedback?displayId={Q}\">Rate this case</a>",
                       "Thank you for using Amazon Web Services."))
    aws_mail("053-quota-case-resolved-rating-lookalike.eml", provider="gmail", rcpt=PRIYA[1], to_hdr=PRIYA[1],
             subject=f"Amazon Web Services: Your support case {Q} has been resolved",
             sent=sent, body=alt(txt, html), label=L("unrelated", Q, [], True))


# ---------------------------------------------------------------- 054 (unrelated) Seller Central, ja
def m054():
    sent = dt(2025, 3, 10, 5, 31, 8)
    SC = "5884881212"
    txt = f"""渡辺 健二 様

Amazon セラーセントラルをご利用いただき、ありがとうございます。
Amazon 出品サービス テクニカルサポートの小林です。

お問い合わせいただきました2つの出品用アカウントの統合について、ご案内いたします。
大変恐れ入りますが、出品用アカウントの統合はお受けしておりません。
不要となったアカウントにつきましては、セラーセントラルの「設定」＞「出品用アカウント情報」
から出品停止の手続きを行ってください。

本件についてご不明な点がございましたら、セラーセントラルのケースログより
ご返信ください。

このメールへの返信は受け付けておりません。

Amazon.co.jp
テクニカルサポート
小林
"""
    mailfrom = ses_mailfrom(sent, "0106")
    ip = ses_ip()
    other_mail("054-seller-central-case-japanese-account-merge.eml", provider="nifty", rcpt=KENJI[1], to_hdr=KENJI[1],
               from_hdr=addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "iso-2022-jp"),
               from_domain="amazon.co.jp", mailfrom=mailfrom,
               subject=enc_words(f"RE:[CASE {SC}] 出品用アカウントの統合について", "iso-2022-jp"),
               sent=sent, body=leaf(txt, "plain", "iso-2022-jp", "7bit"), label=L("unrelated", SC, [], True, "ja"),
               ip=ip, host=ses_host(ip), dkim_domains=("amazon.co.jp", "amazonses.com"),
               selectors=(R.choice(AMZ_SEL), R.choice(SES_SEL)), msgid=ses_id(sent, "0106"))


# ---------------------------------------------------------------- 055 (unrelated) CertMetrics survey
def m055():
    sent = dt(2025, 6, 18, 16, 0, 4)
    txt = """AWS Certification wants to hear from you

Dear Sarah O'Neill,

Thank you for being an AWS Certified professional. We are always looking for ways
to improve the certification experience, and we would value your opinion.

Please take our 10-minute AWS Certification Satisfaction Survey:
https://www.certmetrics.com/amazon/survey/default.aspx?sid=7741&c=AWS03875510

Your responses are confidential and will be used only in aggregate.

Regards,
AWS Training and Certification

This message was sent to you by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this email; this mailbox is not monitored.
"""
    ip = "198.61.254.%d" % R.randint(2, 250)
    other_mail("055-certmetrics-wants-to-hear-from-you.eml", provider="outlook", rcpt=SARAH[1], to_hdr=addr(SARAH[0], SARAH[1]),
               from_hdr='"AWS Certification" <do-not-reply@certmetrics.com>', from_domain="certmetrics.com",
               mailfrom="bounce@mail.certmetrics.com", subject="AWS Certification wants to hear from you",
               sent=sent, body=alt(txt, html_wrap(p(*txt.strip().split("\n\n")))), label=L("unrelated", None, ["AWS03875510"], False),
               ip=ip, host="mail%d.certmetrics.com" % R.randint(1, 4), dkim_domains=("certmetrics.com",), selectors=("cm1",),
               msgid="<%s@certmetrics.com>" % str(uuid.UUID(int=R.getrandbits(128))), dmarc_policy="p=NONE sp=NONE dis=NONE")


# ---------------------------------------------------------------- 056 (unrelated) phishing about billing
def m056():
    sent = dt(2025, 11, 2, 21, 12, 33)
    rcpt = RAJESH[1]
    ip = "91.215.85.%d" % R.randint(2, 250)
    t = (sent + timedelta(seconds=2)).astimezone(JST)
    hdrs = [
        "Received: from mx-ocn11.ocn.ad.jp (localhost [127.0.0.1])\n\tby mx-ocn11.ocn.ad.jp (Postfix) with ESMTP id 4d%s\n\tfor <%s>; %s" % (rhex(9).upper(), rcpt, format_datetime(t)),
        "Authentication-Results: mfilter.ocn.ad.jp;\n\tspf=pass smtp.mailfrom=billing@aws-account-billing.info;\n\tdkim=none;\n\tdmarc=none header.from=aws-account-billing.info",
        "Received: from aws-account-billing.info (unknown [%s])\n\tby mx-ocn11.ocn.ad.jp with ESMTP id 4d%s\n\tfor <%s>; %s" % (ip, rhex(9).upper(), rcpt, format_datetime(t)),
        "Return-Path: <billing@aws-account-billing.info>",
        "Date: %s" % rfc(sent),
        "From: \"AWS Billing\" <billing@aws-account-billing.info>",
        "To: %s" % rcpt,
        "Message-ID: <%s@aws-account-billing.info>" % rhex(18),
        "Subject: Action required: your AWS account will be suspended",
    ]
    html = html_wrap(p("Dear AWS Customer,",
                       "We were unable to charge the payment method on file for your latest invoice. Your AWS account and all running resources "
                       "will be suspended within 24 hours unless you update your billing information.",
                       "<a href=\"https://aws-account-billing.info/console/billing/update\">Update payment method</a>",
                       "Amazon Web Services Billing"))
    raw_mail("056-phish-account-suspended-billing.eml", hdrs, leaf(html, "html", "utf-8", "quoted-printable"),
             L("unrelated", None, [], False))


# ---------------------------------------------------------------- 057 (unrelated) Pearson VUE
def m057():
    sent = dt(2025, 12, 12, 13, 45, 19)
    txt = """Dear Ahmed Hassan,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, January 10, 2026 at 10:00 AM GST
Location: OnVUE online proctored
Registration ID: 498127733
Candidate ID: AWS06120993

Please check in up to 30 minutes before your scheduled time. Make sure your
system passes the OnVUE system test before exam day.

To reschedule or cancel, visit the AWS Certification account at least 24 hours
before your appointment.

Pearson VUE
"""
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    other_mail("057-pearson-vue-appointment-confirmation.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
               from_hdr='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', from_domain="pearson.com",
               mailfrom="pearsonvueconfirmation@pearson.com", subject="Pearson VUE Confirmation of Booking",
               sent=sent, body=leaf(txt, "plain", "utf-8", "7bit"), label=L("unrelated", None, ["AWS06120993"], False),
               ip=ip, host="smtp-out%d.pearson.com" % R.randint(1, 9), dkim_domains=("pearson.com",), selectors=("pvue2023",),
               msgid="<%s.JavaMail.vue@pvueapp%02d>" % (R.randint(10 ** 8, 10 ** 9), R.randint(1, 30)))


# ---------------------------------------------------------------- 058 (unrelated) GitHub merged
def m058():
    sent = dt(2025, 8, 18, 11, 4, 55)
    txt = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/nowak-labs/cert-tracker/pull/412#event-19283746501
You are receiving this because you authored the thread.

Message ID: <nowak-labs/cert-tracker/pull/412/issue_event/19283746501@github.com>
"""
    html = ("<p></p><p>Merged <a class=\"issue-link\" href=\"https://github.com/nowak-labs/cert-tracker/pull/412\">#412</a> "
            "into main.</p>\n<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
            "<a href=\"https://github.com/nowak-labs/cert-tracker/pull/412#event-19283746501\">view it on GitHub</a>.<br>"
            "You are receiving this because you authored the thread.</p>\n")
    ip = "192.30.252.%d" % R.randint(190, 210)
    other_mail("058-github-pr-merged-notification.eml", provider="outlook", rcpt=TOMASZ[1], to_hdr='nowak-labs/cert-tracker <cert-tracker@noreply.github.com>',
               from_hdr='"Marta Zielinska" <notifications@github.com>', from_domain="github.com",
               mailfrom="noreply@github.com", subject="Re: [nowak-labs/cert-tracker] Merge duplicate certification accounts in tracker view (PR #412)",
               sent=sent, body=alt(txt, html), label=L("unrelated", None, [], False),
               ip=ip, host="out-%d.smtp.github.com" % R.randint(20, 30), dkim_domains=("github.com",), selectors=("pf2023",),
               msgid="<nowak-labs/cert-tracker/pull/412/issue_event/19283746501@github.com>",
               extra=["Reply-To: nowak-labs/cert-tracker <reply+ABCD%s@reply.github.com>" % rhex(20).upper(),
                      "List-ID: nowak-labs/cert-tracker <cert-tracker.nowak-labs.github.com>",
                      "X-GitHub-Reason: author"])


# ---------------------------------------------------------------- 059 (unrelated) Builder ID code, no AR
def m059():
    sent = dt(2024, 3, 5, 14, 20, 2)
    code = "%06d" % R.randint(0, 999999)
    txt = f"""Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure
it's really you. Please enter the following verification code when prompted.

Verification code: {code}

(This code is valid for 10 minutes)

If you don't want to create an AWS Builder ID, you can ignore this message.

Amazon Web Services will never email you and ask you to disclose or verify your
password, credit card, or banking account number.
"""
    mailfrom = ses_mailfrom(sent)
    hdrs = transport("corp_none", sent, DANIEL[1], mailfrom, "signin.aws")
    hdrs += sender_block(sent, mailfrom, "signin.aws", dkim_domains=("signin.aws", "amazonses.com"))
    hdrs += ["Date: %s" % rfc(sent), "From: AWS <no-reply@signin.aws>", "To: %s" % DANIEL[1],
             "Message-ID: %s" % ses_id(sent), "Subject: Verify your AWS Builder ID email address"]
    raw_mail("059-builder-id-verification-code-no-auth.eml", hdrs, leaf(txt, "plain", "utf-8", "7bit"),
             L("unrelated", None, [], None))


# ---------------------------------------------------------------- 060 (unrelated) new correspondence on another case
def m060():
    opened = dt(2025, 12, 3, 7, 15, 40)
    Q = case15(opened, 559)
    sent = opened + timedelta(hours=5, minutes=12)
    txt = f"""Hello,

We have updated your case. A new correspondence has been added to case {Q}.

Subject: Limit Increase: EC2 Instances - Running On-Demand G and VT instances (me-central-1)

To read the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={Q}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

{FOOT_EN}
"""
    aws_mail("060-new-correspondence-on-quota-case.eml", provider="gmail", rcpt=AHMED[1], to_hdr=AHMED[1],
             subject=f"[Case {Q}] New correspondence added",
             sent=sent, body=leaf(txt, "plain", "utf-8", "quoted-printable"), label=L("unrelated", Q, [], True))

for f in [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016, m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030, m031, m032, m033, m034, m035, m036, m037, m038, m039, m040, m041, m042, m043, m044, m045, m046, m047, m048, m049, m050, m051, m052, m053, m054, m055, m056, m057, m058, m059, m060]:
    f()

with open(os.path.join(OUT, "labels.json"), "w") as fh:
    json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
print(len(LABELS), "mails written")
