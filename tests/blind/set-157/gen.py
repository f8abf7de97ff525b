#!/usr/bin/env python3
"""Generator for blind set 157: AWS Certification account-merge mailbox (Japanese emphasis).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this script,
                                   then runs a sanity check.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

import email
from email.header import Header, decode_header, make_header
from email.charset import Charset, QP, BASE64
from email.message import Message
from email.generator import BytesGenerator
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(157)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def unix(d):
    return int(d.timestamp())


def cid15(opened, suffix):
    """15-digit display id: Unix time of opening + 5 digits."""
    return "%d%05d" % (unix(opened), suffix)


# ---------------------------------------------------------------- random bits
def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rnd.randbytes(nbytes)).decode()


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rnd.choice(chars) for _ in range(n))


def fold_b(s, width=72, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = "email.amazonses.com" if region is None else "%s.amazonses.com" % region
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)


def ses_mailfrom(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = "amazonses.com" if region is None else "%s.amazonses.com" % region
    return "0100%012x-%s-%s-%s-%s-%s-000000@%s" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)


def rfc(d):
    return format_datetime(d)


def gtime(d):
    """Gmail-style receive stamp in Pacific time."""
    tz = PDT if 3 < d.month < 11 else PST
    name = "PDT" if tz is PDT else "PST"
    return format_datetime(d.astimezone(tz)) + " (%s)" % name


# ---------------------------------------------------------------- body parts
RAW = {}


def leaf(text, subtype="plain", charset="utf-8", cte="base64", codec=None,
         label=None, quote_label=True, flowed=False, extra=None):
    """A single text part. codec = how the bytes are really encoded,
    label = what the Content-Type says (may differ on purpose)."""
    codec = codec or charset
    label = label if label is not None else charset
    data = text.encode(codec)
    m = Message()
    ct = "text/%s" % subtype
    if label:
        ct += '; charset="%s"' % label if quote_label else "; charset=%s" % label
    if flowed:
        ct += "; format=flowed; delsp=yes"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        key = "@@RAW%04d@@" % len(RAW)
        RAW[key] = data
        payload = key + "\n"
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary=None):
    m = Message()
    boundary = boundary or ("----=_Part_%d_%d.%d" % (rnd.randint(10**5, 10**6), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13)))
    m["Content-Type"] = 'multipart/%s; \n\tboundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    m.set_boundary(boundary)
    return m


def text2html(text, font="Meiryo, 'Hiragino Kaku Gothic ProN', sans-serif"):
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line) if line.strip() else "&nbsp;")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n' % font
            + "<br>\n".join(out) + "\n</div></body></html>\n")


def html_table(rows, head=None, style="border-collapse:collapse;border:1px solid #999"):
    s = ['<table cellpadding="6" style="%s">' % style]
    if head:
        s.append("<tr>" + "".join('<th style="border:1px solid #999;background:#eef2f7;text-align:left">%s</th>' % html.escape(h) for h in head) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join('<td style="border:1px solid #999">%s</td>' % html.escape(c) for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)


def enc_subject(s, charset="utf-8", qp=False, maxlen=76):
    """Encoded-word subject, folded over lines."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset(charset)
    if qp:
        cs.header_encoding = QP
    elif charset.lower() == "utf-8":
        cs.header_encoding = BASE64
    return Header(s, cs, maxlinelen=maxlen, header_name="Subject").encode(linesep="\n")


def enc_name(name, addr, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    cs = Charset(charset)
    if charset.lower() == "utf-8":
        cs.header_encoding = BASE64
    return "%s <%s>" % (Header(name, cs).encode(), addr)


# ---------------------------------------------------------------- trace/auth
AMZ_SEL = ["rjt3hbzegr2tgdrjlmyvd4e5j4dlrvxm", "4a3yhnw5qbgqk7jvvoppndxcngmrbehc", "xplzuhjr4seloozmmorg6obznvt7ijlt"]
SES_SEL = ["224i4yxa5dv7c2xz3womw6peuasteono", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]

SES_IPS = ["54.240.8.30", "54.240.8.84", "54.240.27.12", "54.240.48.112", "23.251.234.7", "54.240.9.54", "54.240.11.93"]
SES_IPS_TOKYO = ["23.251.226.4", "23.251.226.91", "23.251.227.18"]


def ses_host(ip, region=None):
    a = ip.split(".")
    if region:
        return "e%s-%s.smtp-out.%s.amazonses.com" % (a[2], a[3], region)
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


def dkim(domain, selector, d, headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", algo="rsa-sha256"):
    return ("v=1; a=%s; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (algo, selector, domain, unix(d), headers, b64(32), fold_b(b64(192), 72, "\t")))


def ar_value(style, v):
    """v: dict(spf, mailfrom, ip, dkim=[(result, domain, selector)], dmarc, from_dom, policy, authserv)"""
    spf, mf, ip = v.get("spf", "pass"), v["mailfrom"], v.get("ip", "")
    dk = v.get("dkim", [])
    dm = v.get("dmarc")  # None => no dmarc clause
    fd = v["from_dom"]
    pol = v.get("policy", "QUARANTINE")
    mfd = mf.split("@")[-1]
    if style == "gmail":
        parts = []
        for res, dom, sel in dk:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, b64(6)[:8]))
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mf, ip, mf))
        if dm:
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dm, pol, pol, "NONE" if dm == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE"), fd))
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if style == "outlook":
        s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (spf, ip, mfd)
        if dk:
            res, dom, sel = dk[0]
            s += "dkim=%s (%s)\n header.d=%s;" % (res, "signature was verified" if res == "pass" else "signature did not verify", dom)
        else:
            s += "dkim=none (message not signed)\n header.d=none;"
        if dm:
            s += "dmarc=%s action=%s\n header.from=%s;" % (dm, "none" if dm == "pass" else "quarantine", fd)
        s += "compauth=%s reason=%s" % ("pass" if dm == "pass" else "fail", "100" if dm == "pass" else "000")
        return s
    # Japanese / generic providers: "authserv; spf=...; dkim=...; dmarc=..."
    aid = v.get("authserv", "mx.example.ne.jp")
    parts = ["spf=%s smtp.mailfrom=%s" % (spf, mf)]
    for res, dom, sel in dk:
        parts.append("dkim=%s header.d=%s header.s=%s" % (res, dom, sel))
    if dm:
        parts.append("dmarc=%s header.from=%s" % (dm, fd))
    return aid + ";\n\t" + ";\n\t".join(parts)


def gmail_trace(to, recv, host, ip, v, ar=True):
    """Headers Gmail adds, top-down."""
    h = []
    h.append(("Delivered-To", to))
    h.append(("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
              % (hexs(4), hexs(3), hexs(3), hexs(4), alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789") + "csp" + str(rnd.randint(1000000, 9999999)), gtime(recv))))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + b64(60)[:80]))
    h.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s"
              % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(16)[:13], rnd.randint(1, 999), rnd.randint(10**12, 10**13), gtime(recv))))
    h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (unix(recv), fold_b(b64(200), 70, "        "))))
    h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (b64(32), b64(32), fold_b(b64(200), 70, "        "))))
    arv = ar_value("gmail", v)
    if ar:
        h.append(("ARC-Authentication-Results", "i=1; " + arv))
    h.append(("Return-Path", "<%s>" % v["mailfrom"]))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (host, host, ip, hexs(16)[:14], rnd.randint(1, 999), rnd.randint(10**12, 10**13), to, gtime(recv))))
    if ar:
        if v.get("spf", "pass") == "pass":
            h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (v["mailfrom"], ip, ip)))
        else:
            h.append(("Received-SPF", "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (v["spf"], v["mailfrom"], ip, ip)))
        h.append(("Authentication-Results", arv))
    return h


def outlook_trace(to, recv, host, ip, v, tenant="jpnp286", ar=True, o365=False):
    h = []
    a = tenant.upper()
    h.append(("Received", "from %sMB%04d.%s.PROD.OUTLOOK.COM (2603:1096:400:%s::%d) by\n %sMB%04d.%s.PROD.OUTLOOK.COM with HTTPS; %s"
              % (a[:6], rnd.randint(1000, 9999), a[:6], hexs(3), rnd.randint(5, 99), a[:6], rnd.randint(1000, 9999), a[:6], format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000"))))
    h.append(("Received", "from OS%dP%d86CA%04d.%s.PROD.OUTLOOK.COM (2603:1096:604:%s::%d)\n by %sMB%04d.%s.PROD.OUTLOOK.COM (2603:1096:400:%s::%d) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
              % (rnd.randint(1, 9), rnd.randint(1, 3), rnd.randint(1000, 9999), a[:6], hexs(3), rnd.randint(2, 90), a[:6], rnd.randint(1000, 9999), a[:6], hexs(3), rnd.randint(2, 90), rnd.randint(8000, 8999), rnd.randint(10, 40), format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000"))))
    prot = "%s.mail.protection.outlook.com" % ("OS1PEPF000%05d.apcprd02.prod" % rnd.randint(1000, 99999) if not o365 else "TY2PEPF0000%04d.apcprd02.prod" % rnd.randint(1000, 9999))
    h.append(("Received", "from %s\n (2603:1096:604:%s:cafe::%s) by OS%dP%d86CA%04d.outlook.office365.com\n (2603:1096:604:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
              % (prot.upper(), hexs(3), hexs(2), rnd.randint(1, 9), rnd.randint(1, 3), rnd.randint(1000, 9999), hexs(3), rnd.randint(2, 90), rnd.randint(8000, 8999), rnd.randint(10, 40), format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000"))))
    if ar:
        h.append(("Authentication-Results", ar_value("outlook", v)))
        res = "Pass" if v.get("spf", "pass") == "pass" else v.get("spf", "fail").capitalize()
        h.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
                  % (res, v["mailfrom"].split("@")[-1], "designates" if res == "Pass" else "does not designate", ip, ip, host)))
    h.append(("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
              % (host, ip, prot.upper(), rnd.randint(1, 254), rnd.randint(1, 254), rnd.randint(8000, 8999), rnd.randint(10, 40), format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000"))))
    return h


def outlook_tail(recv, v, scl=1):
    """X-MS headers that sit among the message headers."""
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", recv.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rnd.randint(0, 9999)),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-Exchange-Organization-SCL", str(scl)),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d|%d;" % (rnd.randint(10**6, 10**7), rnd.randint(10**6, 10**7), rnd.randint(10**6, 10**7))),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", recv.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rnd.randint(0, 9999)),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "OS%dP%d86MB%04d" % (rnd.randint(1, 9), rnd.randint(1, 3), rnd.randint(1000, 9999))),
    ]


def jp_trace(to, recv, host, ip, v, mx="mx.nifty.com", ar=True, extra=None):
    """A Japanese ISP / hosting provider: its own MTA lines and AR header."""
    h = []
    rtime = format_datetime(recv.astimezone(JST))
    h.append(("Return-Path", "<%s>" % v["mailfrom"]))
    h.append(("Delivered-To", to))
    h.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s" % (mx, mx, hexs(8).upper(), to, rtime)))
    for k, val in (extra or []):
        h.append((k, val))
    if ar:
        h.append(("Authentication-Results", ar_value("jp", dict(v, authserv=v.get("authserv", mx)))))
    h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, mx, hexs(12).upper(), to, rtime)))
    return h


def aws_v(mailfrom, ip, d_from="amazon.com", dmarc="pass", dkim_ok=True, spf="pass", sel_i=0):
    dk = []
    if dkim_ok:
        dk.append(("pass", d_from, AMZ_SEL[sel_i % 3]))
    dk.append(("pass", "amazonses.com", SES_SEL[sel_i % 3]))
    return dict(mailfrom=mailfrom, ip=ip, dkim=dk, dmarc=dmarc, from_dom=d_from, spf=spf)


# ---------------------------------------------------------------- assembly
MAILS = []   # (filename, bytes)
LABELS = {}
NEWTEXT = {}


def ids_in(text):
    t = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m for m in re.findall(r"(?i)(?<![a-z0-9])aws[ \-]?(\d{8})(?![0-9])", t)})


def build(fname, trace, headers, body, label, new_text, crlf=False, extra_after=None):
    """trace: list of (name, value) added by receivers (top first);
    headers: list of (name, value) from the sender (includes DKIM, Date, From...)."""
    top = Message()
    for k, v in trace:
        top[k] = v
    for k, v in headers:
        top[k] = v
    if "MIME-Version" not in top:
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    for k, v in (extra_after or []):
        top[k] = v
    top.set_payload(body.get_payload())
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(top)
    data = buf.getvalue()
    for key, raw in RAW.items():
        if key.encode() in data:
            data = data.replace(key.encode() + b"\n", raw if raw.endswith(b"\n") else raw + b"\n")
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n = len(MAILS) + 1
    name = "%03d-%s.eml" % (n, fname)
    label = dict(label)
    if "account_ids" not in label:
        label["account_ids"] = ids_in(new_text)
    lab = {"kind": label["kind"], "case_id": label.get("case_id"), "account_ids": label["account_ids"],
           "sender_verified": label["sender_verified"], "language": label.get("language", "ja")}
    MAILS.append((name, data))
    LABELS[name] = lab
    NEWTEXT[name] = new_text
    return name


def aws_headers(sent, frm, to, subject, msgid_region=None, reply_to=None, dkim_from="amazon.com", sel_i=0, extra=None, ses=True, ip=None):
    h = []
    if dkim_from:
        h.append(("DKIM-Signature", dkim(dkim_from, AMZ_SEL[sel_i % 3], sent)))
    if ses:
        h.append(("DKIM-Signature", dkim("amazonses.com", SES_SEL[sel_i % 3], sent)))
    h.append(("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    h.append(("Message-ID", ses_msgid(sent, msgid_region)))
    h.append(("Subject", subject))
    for k, v in (extra or []):
        h.append((k, v))
    if ses:
        h.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (msgid_region or "us-east-1", b64(33)[:44])))
        h.append(("X-SES-Outgoing", "%s-%s" % (sent.astimezone(UTC).strftime("%Y.%m.%d"), ip or rnd.choice(SES_IPS))))
    return h


FORM = "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>"
NOREPLY = "Amazon Web Services <no-reply-aws@amazon.com>"
FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"

AWS_FOOT_JA = """
このメールへのご返信は、ケースに追加されます。
AWS トレーニングと認定に関するよくある質問: https://aws.amazon.com/jp/training/faqs/

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""

AWS_FOOT_EN = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""


def aws_html(text, title="Amazon Web Services", table_html=None, marker=None, lang="ja"):
    """Agent-reply HTML alternative; optional table replaces marker line."""
    body = []
    for line in text.split("\n"):
        if marker and line.strip() == marker:
            body.append(table_html)
        else:
            body.append((html.escape(line) if line.strip() else "") + "<br>")
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"margin:0;padding:0;background:#f2f3f3\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
            "<tr><td style=\"background:#232f3e;padding:14px 24px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-white.png\" alt=\"AWS\" width=\"60\"></td></tr>\n"
            "<tr><td style=\"padding:24px;font-family:Arial,'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#16191f;line-height:1.6\">\n"
            % (lang, html.escape(title)) + "\n".join(body) +
            "\n</td></tr></table></td></tr></table>\n</body></html>\n")


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for name, data in MAILS:
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)


# ================================================================= MAILS
# ---------------- Thread T1: form case, Gmail, Japanese agent (Yamaguchi)
T1_OPEN = jst(2025, 5, 28, 8, 2, 17)
T1 = cid15(T1_OPEN, 847)
T1_USER = "yui.tanaka.0522@gmail.com"
T1_OLD, T1_NEW = "AWS10482736", "AWS20931845"


def t1_gmail(sent, delay, sub, body, label, new, fname, frm=FORM, ip=SES_IPS[0], sel_i=0, extra=None):
    recv = sent + timedelta(seconds=delay)
    mf = ses_mailfrom(sent)
    v = aws_v(mf, ip, sel_i=sel_i)
    return build(fname, gmail_trace(T1_USER, recv, ses_host(ip), ip, v),
                 aws_headers(sent, frm, T1_USER, sub, sel_i=sel_i, extra=extra, ip=ip), body, label, new)


# 001 acknowledgement (受付)
s = T1_OPEN + timedelta(seconds=24)
txt = """田中 結 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

　受付番号（ケース ID）：%s
　お問い合わせの種類　：認定（Certification）
　詳細　　　　　　　　：アカウントの統合（Account Merge）
　AWS 受験者 ID　　　：%s
　受付日時　　　　　　：2025/05/28 08:02（日本時間）

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせを送信されますと、ご回答までにお時間をいただく場合がございますので、ご了承ください。

※本メールは送信専用のシステムから自動でお送りしています。

AWS トレーニングと認定
Amazon Web Services
""" % (T1, T1_OLD.replace("AWS", "AWS "))
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="base64"),
                             leaf(aws_html(txt + AWS_FOOT_JA, "お問い合わせ受付"), "html", cte="base64")])
t1_gmail(s, 3, enc_subject("[CASE %s] [AWS Training and Certification Form Submission] - お問い合わせ受付のお知らせ" % T1),
         body, dict(kind="case_created", case_id=T1, sender_verified=True), txt, "uketsuke-form-case-gmail")

# 002 confirmation request (table)
s = jst(2025, 5, 28, 18, 40, 5)
intro = """田中 結 様

AWS トレーニングと認定サポートの山口でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

AWS 認定アカウントの統合についてご依頼を承りました。
手続きを進めるにあたり、下記の内容にお間違いがないかご確認いただけますでしょうか。

"""
tbl_txt = """■ 統合内容
------------------------------------------------------------
 区分                       AWS 受験者 ID    登録メールアドレス
 統合元（統合後に閉鎖）      %s      y.tanaka@kd-solutions.co.jp
 統合先（統合後も存続）      %s      %s
------------------------------------------------------------
""" % (T1_OLD, T1_NEW, T1_USER)
rest = """
統合後は、統合元アカウントで取得された認定資格、受験履歴および特典は統合先アカウントへ移行され、統合元アカウントはご利用いただけなくなります。
なお、一度実施した統合を取り消すことはできませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ「統合に同意します」とご記入ください。
ご返信を確認でき次第、手続きを開始いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

山口
Amazon Web Services
"""
txt = intro + tbl_txt + rest
h_table = html_table([["統合元（統合後に閉鎖）", T1_OLD, "y.tanaka@kd-solutions.co.jp"],
                      ["統合先（統合後も存続）", T1_NEW, T1_USER]], head=["区分", "AWS 受験者 ID", "登録メールアドレス"])
h = aws_html(intro + "@@TABLE@@\n" + rest + AWS_FOOT_JA, table_html=h_table, marker="@@TABLE@@")
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="quoted-printable"), leaf(h, "html", cte="quoted-printable")])
t1_gmail(s, 2, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1,
         body, dict(kind="merge_confirmation_requested", case_id=T1, sender_verified=True), txt, "kakunin-table-yamaguchi", sel_i=1)

# 003 consent received, what follows (support_reply)
s = jst(2025, 5, 29, 11, 3, 44)
new = """田中 結 様

ご返信いただき、ありがとうございます。
統合へのご同意を確かに承りました。これより担当部署にて作業を進めてまいります。

作業の完了までは、通常 1～3 営業日ほどお時間を頂戴しております。
完了いたしましたら、本ケースにて改めてご連絡いたします。
なお、作業期間中は認定アカウントへのログインや試験のご予約ができない場合がございますので、ご了承くださいますようお願いいたします。

引き続きよろしくお願いいたします。

山口
Amazon Web Services
"""
quoted = """
2025年5月29日(木) 9:15 田中 結 <%s>:
> 山口様
>
> ご連絡ありがとうございます。
> 内容に間違いありません。統合に同意します。
> よろしくお願いいたします。
>
> 田中 結
>
> 2025年5月28日(水) 18:40 Amazon Web Services <%s>:
> > 田中 結 様
> >
> > AWS トレーニングと認定サポートの山口でございます。
> > このたびはお問い合わせいただき、誠にありがとうございます。
> >
> > 統合元（統合後に閉鎖）      %s      y.tanaka@kd-solutions.co.jp
> > 統合先（統合後も存続）      %s      %s
> >
> > 上記の内容でよろしければ、本メールにご返信のうえ「統合に同意します」とご記入ください。
""" % (T1_USER, FORM_ADDR, T1_OLD, T1_NEW, T1_USER)
txt = new + quoted
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="base64"), leaf(aws_html(txt + AWS_FOOT_JA), "html", cte="base64")])
t1_gmail(s, 4, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1,
         body, dict(kind="support_reply", case_id=T1, sender_verified=True), new, "doui-uketamawari-sagyou-kaishi", sel_i=1)

# 004 completion as 結果 rows
s = jst(2025, 5, 30, 16, 22, 9)
intro = """田中 結 様

いつもお世話になっております。AWS トレーニングと認定サポートの山口です。
大変お待たせいたしました。ご依頼いただいておりました作業について、結果をご報告いたします。

"""
rows = [("統合元アカウント", "%s（閉鎖済み）" % T1_OLD), ("統合先アカウント", T1_NEW),
        ("認定資格の移行", "完了（3 件）"), ("受験履歴の移行", "完了"), ("特典（50% 割引バウチャー等）", "移行済み"), ("結果", "完了")]
tbl_txt = "　項目　　　　　　　　　　　　結果\n　―――――――――――――――――――――――――――――\n" + "".join("　%s%s%s\n" % (a, "　" * max(1, 15 - len(a)), b) for a, b in rows)
rest = """
今後は、統合先アカウント（%s / %s）にてサインインしてください。
Credly のデジタルバッジにつきましては、数日以内に Credly より別途メールが届きます。1 週間を過ぎても届かない場合は、本ケースへご返信ください。

このたびはご不便をおかけいたしました。
今後とも AWS 認定をよろしくお願いいたします。

山口
Amazon Web Services
""" % (T1_NEW, T1_USER)
txt = intro + tbl_txt + rest
h = aws_html(intro + "@@TABLE@@\n" + rest + AWS_FOOT_JA, table_html=html_table([list(r) for r in rows], head=["項目", "結果"]), marker="@@TABLE@@")
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="base64"), leaf(h, "html", cte="base64")])
t1_gmail(s, 2, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1,
         body, dict(kind="merge_completed", case_id=T1, sender_verified=True), txt, "kekka-kanryou-table", sel_i=2)

# 005 survey (ご意見)
s = jst(2025, 5, 30, 16, 25, 31)
txt = """田中 結 様

ケース %s はクローズされました。
このたびは AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

今後のサービス向上のため、ご意見をお聞かせください。

■ お問い合わせは解決しましたか？
　はい　 : https://support.aws.amazon.com/survey?caseId=%s&resolved=yes&lang=ja
　いいえ : https://support.aws.amazon.com/survey?caseId=%s&resolved=no&lang=ja

■ 担当者の対応はいかがでしたか？（5 段階で評価してください）
　https://support.aws.amazon.com/survey/rate?caseId=%s&lang=ja

アンケートは 2 分ほどで完了します。いただいたご意見は、今後のサポート品質の改善に活用させていただきます。
ケースに関して追加のご質問がある場合は、このメールに返信すると再度オープンされます。

AWS トレーニングと認定
""" % (T1, T1, T1, T1)
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="quoted-printable"), leaf(aws_html(txt + AWS_FOOT_JA, "ご意見をお聞かせください"), "html", cte="quoted-printable")])
t1_gmail(s, 5, enc_subject("[CASE %s] ケースのクローズとアンケートのお願い" % T1), body,
         dict(kind="survey", case_id=T1, sender_verified=True), txt, "goiken-survey-closed")

# ---------------- Credly helper
def credly_send(fname, to, sent, sub, body, label, new, trace="gmail", frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>",
                dom="credly.com", dmarc="pass", mailfrom=None, ip="149.72.123.24", host=None, extra_trace=None, mx="mx.nifty.com", ar=True):
    recv = sent + timedelta(seconds=rnd.randint(2, 9))
    mailfrom = mailfrom or "bounces+2817361-%s-%s@em8153.%s" % (hexs(4), to.replace("@", "="), dom)
    host = host or "o%d.ptr%d.%s" % (rnd.randint(1, 9), rnd.randint(1000, 9999), dom)
    v = dict(mailfrom=mailfrom, ip=ip, dkim=[("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], dmarc=dmarc, from_dom=frm.split("@")[-1].rstrip(">"), policy="REJECT")
    if trace == "gmail":
        tr = gmail_trace(to, recv, host, ip, v, ar=ar)
    elif trace == "outlook":
        tr = outlook_trace(to, recv, host, ip, v, ar=ar)
    else:
        tr = jp_trace(to, recv, host, ip, v, mx=mx, ar=ar, extra=extra_trace)
    hd = [("DKIM-Signature", dkim(dom, "s1", sent, "from:reply-to:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
          ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", sent, "from:reply-to:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
          ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
          ("From", frm), ("Reply-To", "Credly <support@credly.com>"), ("To", to),
          ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64(16).replace("/", "").replace("+", "")[:22], rnd.randint(1, 40))),
          ("Subject", sub),
          ("X-SG-EID", b64(60)[:76]), ("X-Entity-ID", "u001.%s" % b64(12)[:16])]
    return build(fname, tr, hd, body, label, new)


def credly_html(lines, button, url, badge, issuer="Amazon Web Services Training and Certification"):
    p = "\n".join('<p style="margin:0 0 14px 0">%s</p>' % html.escape(l) for l in lines)
    return ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            "<body style=\"background:#f5f5f5;margin:0\"><div style=\"max-width:600px;margin:0 auto;background:#fff;font-family:'Helvetica Neue',Arial,'Hiragino Sans',sans-serif;color:#333\">\n"
            "<div style=\"padding:20px\"><img src=\"https://images.credly.com/assets/credly-logo.png\" alt=\"Credly\" width=\"90\"></div>\n"
            "<div style=\"text-align:center;padding:10px 30px\"><img src=\"https://images.credly.com/size/340x340/images/%s/image.png\" width=\"170\" alt=\"%s\">\n"
            "<h2 style=\"font-size:20px\">%s</h2><p style=\"color:#777\">%s</p></div>\n<div style=\"padding:0 30px\">%s</div>\n"
            "<div style=\"text-align:center;padding:20px\"><a href=\"%s\" style=\"background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold\">%s</a></div>\n"
            "<div style=\"font-size:11px;color:#999;padding:20px 30px\">Credly, Inc. | 1005 Congress Ave, Suite 400, Austin, TX 78701 | <a href=\"https://www.credly.com/unsubscribe\">配信停止</a></div>\n"
            "</div></body></html>\n" % (str(rnd.getrandbits(128).to_bytes(16, 'big').hex()[:8]) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12), html.escape(badge), html.escape(badge), html.escape(issuer), p, url, html.escape(button)))


# 006 Credly JP badge after the merge
s = jst(2025, 5, 31, 2, 10, 44)
badge_id = "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
url = "https://www.credly.com/earner/earned/badge/%s?locale=ja" % badge_id
lines = ["田中 結 さん、おめでとうございます！",
         "Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。",
         "バッジを受け取ると、LinkedIn などで実績を共有したり、メール署名に追加したりできます。",
         "このバッジは 2028年3月14日 に有効期限を迎えます。"]
txt = "\n\n".join(lines) + "\n\nバッジを受け取る: %s\n\n--\nCredly, Inc. | 1005 Congress Ave, Suite 400, Austin, TX 78701\n配信停止: https://www.credly.com/unsubscribe\n" % url
body = multi("alternative", [leaf(txt, cte="quoted-printable"),
                             leaf(credly_html(lines, "バッジを受け取る", url, "AWS Certified Solutions Architect – Associate"), "html", cte="quoted-printable")])
credly_send("credly-badge-hakkou-ja", T1_USER, s, enc_subject("Amazon Web Services Training and Certification からバッジが発行されました"), body,
            dict(kind="credly_badge_issued", case_id=None, sender_verified=True), txt)

# ---------------- Thread T2: console case, outlook.jp, Japanese agent (Sasaki)
T2_OPEN = jst(2025, 10, 21, 14, 37, 52)
T2 = cid15(T2_OPEN, 214)
T2_USER = "kenji_sato88@outlook.jp"
T2_A, T2_B = "AWS30517294", "AWS30517924"
T2_SUBJ = "AWS認定アカウントの統合について"


def t2_send(sent, sub, body, label, new, fname, region=None, sel_i=0, crlf=False):
    recv = sent + timedelta(seconds=rnd.randint(2, 6))
    ip = (SES_IPS_TOKYO if region else SES_IPS)[rnd.randint(0, 2)]
    mf = ses_mailfrom(sent, region)
    v = aws_v(mf, ip, sel_i=sel_i)
    tr = outlook_trace(T2_USER, recv, ses_host(ip, region), ip, v)
    hd = aws_headers(sent, NOREPLY, T2_USER, sub, msgid_region=region, sel_i=sel_i, ip=ip) + outlook_tail(recv, v)
    return build(fname, tr, hd, body, label, new, crlf=crlf)


CONSOLE_FOOT_JA = """
ケースへの返信や詳細の確認は、AWS サポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

# 007 case opened (console, Japanese)
s = T2_OPEN + timedelta(seconds=31)
txt = """AWS をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的な質問
サービス: トレーニングと認定
カテゴリ: アカウントの統合

担当者から回答があり次第、メールでお知らせします。
""" % (T2, T2, T2_SUBJ)
full = txt + CONSOLE_FOOT_JA % T2
body = multi("alternative", [leaf(full, cte="base64"), leaf(aws_html(full, "新しいサポートケース"), "html", cte="base64")])
t2_send(s, enc_subject("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % T2), body,
        dict(kind="case_created", case_id=T2, sender_verified=True), txt, "console-case-open-ja-outlook")

# 008 new correspondence notice
s = jst(2025, 10, 22, 10, 5, 12)
txt = """AWS をご利用いただきありがとうございます。

ケース %s（件名: %s）に、AWS サポートから新しい連絡が追加されました。

内容を確認するには、AWS サポートセンターにサインインしてください。
""" % (T2, T2_SUBJ)
full = txt + CONSOLE_FOOT_JA % T2
body = leaf(aws_html(full, "新しい連絡"), "html", cte="quoted-printable")
t2_send(s, enc_subject("[Case %s] 新しい連絡が追加されました" % T2), body,
        dict(kind="support_reply", case_id=T2, sender_verified=True), txt, "case-atarashii-renraku-notice", region="ap-northeast-1")

# 009 which account to keep? (support_reply, question in table)
s = jst(2025, 10, 22, 10, 5, 40)
intro = """佐藤 健二 様

AWS サポートの佐々木です。
お問い合わせいただき、ありがとうございます。

お送りいただいた情報から、以下の 2 つの認定アカウントを確認いたしました。
　・%s
　・%s

統合の手続きを進めるために、恐れ入りますが次の点についてご教示いただけますでしょうか。

""" % (T2_A, T2_B.replace("AWS", "AWS-"))
q = [("1", "統合後に残すアカウント（受験者 ID）"), ("2", "各アカウントのログイン用メールアドレス"), ("3", "各アカウントの通知先メールアドレス（ログイン用と異なる場合）"), ("4", "統合を希望される理由（転職に伴うメールアドレスの変更など）")]
tbl = "".join("　%s. %s\n" % r for r in q)
rest = """
ご回答は、サポートセンターのケース画面から返信としてお送りください。
ご不便をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
Amazon Web Services
"""
txt = intro + tbl + rest
h = aws_html(intro + "@@T@@\n" + rest + CONSOLE_FOOT_JA % T2, table_html=html_table([list(r) for r in q], head=["No.", "ご確認事項"]), marker="@@T@@")
body = multi("alternative", [leaf(txt + CONSOLE_FOOT_JA % T2, cte="base64"), leaf(h, "html", cte="base64")])
t2_send(s, "RE:[CASE %s] %s" % (T2, enc_subject(T2_SUBJ)), body,
        dict(kind="support_reply", case_id=T2, sender_verified=True), txt, "dochira-wo-nokosu-shitsumon", region="ap-northeast-1", sel_i=1)

# 010 confirmation request in prose
s = jst(2025, 10, 23, 17, 48, 3)
new = """佐藤 健二 様

AWS サポートの佐々木です。
ご回答いただき、誠にありがとうございます。

頂戴した情報をもとに確認いたしましたところ、ご希望どおり、個人のメールアドレス（%s）でご登録の %s を残し、以前の勤務先のメールアドレスでご登録の %s の認定資格および受験履歴をこちらへ移す形で手続きが可能です。

手続き完了後、%s にはサインインできなくなり、この操作を元に戻すことはできません。
つきましては、上記の内容で進めてよろしいか、改めてご確認のうえ、サポートセンターよりご返信いただけますでしょうか。
「上記の内容で問題ありません」等、ご同意の旨をお知らせいただけましたら、担当部署へ依頼いたします。

佐々木
Amazon Web Services
""" % (T2_USER, T2_B, T2_A, T2_A)
quoted = """
---- 2025/10/22 21:14 お客様からの返信 ----
佐々木様
ご連絡ありがとうございます。
1. 残したいのは AWS30517924 です。
2. AWS30517924: kenji_sato88@outlook.jp / AWS30517294: k.sato@hinode-tech.co.jp
3. 同じです
4. 転職してメールアドレスが変わったためです。
よろしくお願いします。
佐藤
"""
full = new + quoted + CONSOLE_FOOT_JA % T2
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(aws_html(full), "html", cte="quoted-printable")])
t2_send(s, "RE:[CASE %s] %s" % (T2, enc_subject(T2_SUBJ)), body,
        dict(kind="merge_confirmation_requested", case_id=T2, sender_verified=True), new, "kakunin-bunshou-sasaki", region="ap-northeast-1", sel_i=1)

# 011 completion + closure in one (boundary: labelled merge_completed)
s = jst(2025, 10, 25, 11, 2, 27)
new = """佐藤 健二 様

AWS サポートの佐々木です。
ご同意いただいた内容にて手続きを進めておりましたが、本日、担当部署より作業完了の報告がございました。

%s に登録されていた認定資格（AWS Certified Cloud Practitioner、AWS Certified Developer – Associate）は、すべて %s へ移行済みです。
今後は %s でサインインのうえ、認定資格の一覧をご確認ください。

本件は以上で完了となりますので、こちらのケースはクローズさせていただきます。
よろしければ、下記のリンクから今回の対応についての評価をお寄せください。

佐々木
Amazon Web Services

今回の対応を評価する:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rate=true
""" % (T2_A, T2_B, T2_USER, T2)
full = new + CONSOLE_FOOT_JA % T2
body = multi("alternative", [leaf(full, cte="base64"), leaf(aws_html(full), "html", cte="base64")])
t2_send(s, "RE:[CASE %s] %s" % (T2, enc_subject(T2_SUBJ)), body,
        dict(kind="merge_completed", case_id=T2, sender_verified=True), new, "kanryou-to-close-douji", region="ap-northeast-1", sel_i=2)

# 012 rating request (評価)
s = jst(2025, 10, 25, 11, 3, 2)
txt = """AWS をご利用いただきありがとうございます。

ケース %s（%s）は解決済みとしてクローズされました。

今回のサポートはいかがでしたか？
以下の 5 段階からお選びください。

　★★★★★ 非常に満足
　★★★★☆ 満足
　★★★☆☆ どちらともいえない
　★★☆☆☆ 不満
　★☆☆☆☆ 非常に不満

評価はこちらから: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja#rating

ケースが解決していない場合は、14 日以内であればサポートセンターから再度オープンできます。
""" % (T2, T2_SUBJ, T2)
full = txt + CONSOLE_FOOT_JA % T2
body = leaf(aws_html(full, "サポートの評価"), "html", cte="base64")
t2_send(s, enc_subject("ケース %s の評価をお願いします" % T2), body,
        dict(kind="survey", case_id=T2, sender_verified=True), txt, "hyouka-stars-html-only", crlf=True)

# ---------------- generic AWS sender
def aws_send(fname, to, sent, frm, sub, body, label, new, trace="gmail", mx="mx.nifty.com", authserv=None,
             region=None, sel_i=0, dmarc="pass", dkim_ok=True, crlf=False, ar=True, extra_trace=None,
             o365=False, reply_to=None, extra=None, v_override=None, dkim_result="pass"):
    recv = sent + timedelta(seconds=rnd.randint(2, 8))
    ip = (SES_IPS_TOKYO if region else SES_IPS)[rnd.randint(0, 2)]
    mf = ses_mailfrom(sent, region)
    v = v_override or aws_v(mf, ip, sel_i=sel_i, dmarc=dmarc, dkim_ok=dkim_ok)
    if authserv:
        v["authserv"] = authserv
    if dkim_result != "pass":
        v["dkim"] = [(dkim_result, d, sel) for _, d, sel in v["dkim"]]
    host = ses_host(ip, region)
    if trace == "gmail":
        tr = gmail_trace(to, recv, host, ip, v, ar=ar)
    elif trace == "outlook":
        tr = outlook_trace(to, recv, host, ip, v, ar=ar, o365=o365)
    else:
        tr = jp_trace(to, recv, host, ip, v, mx=mx, ar=ar, extra=extra_trace)
    hd = aws_headers(sent, frm, to, sub, msgid_region=region, sel_i=sel_i, ip=ip, reply_to=reply_to, extra=extra,
                     dkim_from="amazon.com" if dkim_ok else None)
    if trace == "outlook":
        hd += outlook_tail(recv, v)
    return build(fname, tr, hd, body, label, new, crlf=crlf)


# ---------------- Thread T3: form case 2023, 11-digit id, nifty user, ISO-2022-JP agent mail
T3 = "13458720961"
T3_USER = "aya-nakamura@nifty.com"
T3_OLD, T3_NEW = "AWS41875503", "AWS62218840"
NIFTY_X = [("X-Nifty-SrcIP", "[54.240.8.84]"), ("X-Spam-Flag", "NO")]


def t3_send(fname, sent, sub, body, label, new, **kw):
    return aws_send(fname, T3_USER, sent, FORM, sub, body, label, new, trace="jp", mx="mta-snd-e05.mail.nifty.com",
                    authserv="nifty.com", extra_trace=NIFTY_X, **kw)


FORM_SUB_T3 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T3

# 013 English acknowledgement (2023)
s = datetime(2023, 9, 11, 3, 18, 40, tzinfo=UTC)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This message confirms that we have received your inquiry. Your case number is %s.
A member of our team will review your request and respond within 24 hours. Please do not open a new case for the same request, as this may delay our response.

If you need to add information, reply to this email and keep the case number in the subject line.

Inquiry type: Certification
Inquiry detail: Account Merge

Sincerely,
AWS Training and Certification
%s""" % (T3, AWS_FOOT_EN)
body = leaf(txt, charset="us-ascii", cte="7bit")
t3_send("form-ack-english-2023-nifty", s, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T3, body,
        dict(kind="case_created", case_id=T3, sender_verified=True, language="en"), txt)

# 014 agent asks for login / notification e-mail of each account (support_reply)
s = datetime(2023, 9, 12, 1, 51, 9, tzinfo=UTC)
new = """中村 綾 様

AWS トレーニングと認定カスタマーサービスの石川と申します。
お問い合わせいただき、ありがとうございます。

ご依頼の件につきまして、お手続きの前に本人確認が必要となります。
恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

・それぞれの認定アカウントにサインインする際のメールアドレス
・それぞれのアカウントで設定されている通知用メールアドレス
・どちらのアカウントを今後もご利用になるか

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

石川
AWS トレーニングと認定
"""
quoted = """
-----Original Message-----
From: aya-nakamura@nifty.com
Sent: 2023/09/11 3:18 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS41875503
Description:
認定アカウントが2つあります。AWS41875503 と AWS62218840 を1つにまとめたいです。
会社のメールアドレスで作ったアカウントに以前の資格が表示されません。
"""
txt = new + quoted
body = leaf(txt, charset="iso-2022-jp", cte="7bit")
t3_send("honnin-kakunin-mail-address-iso2022jp", s, FORM_SUB_T3, body,
        dict(kind="support_reply", case_id=T3, sender_verified=True), new, sel_i=1)

# 015 chaser (support_reply)
s = datetime(2023, 9, 15, 2, 4, 55, tzinfo=UTC)
new = """中村 綾 様

AWS トレーニングと認定カスタマーサービスの石川です。

9 月 12 日にお送りしたメールについて、その後いかがでしょうか。
ご依頼の手続きを進めるため、各アカウントのサインイン用メールアドレスをお知らせいただく必要がございます。

お忙しいところ恐縮ですが、ご確認いただけますと幸いです。
なお、7 日以内にご返信をいただけない場合、本ケースは一旦クローズとなりますが、本メールにご返信いただければ再開いたします。

石川
AWS トレーニングと認定
"""
quoted = """
-----Original Message-----
From: AWS Training and Certification
Sent: 2023/09/12 1:51 UTC
To: aya-nakamura@nifty.com
Subject: RE:[CASE 13458720961] [AWS Training and Certification Form Submission] - account-assistance

中村 綾 様

ご依頼の件につきまして、お手続きの前に本人確認が必要となります。
・それぞれの認定アカウントにサインインする際のメールアドレス
・それぞれのアカウントで設定されている通知用メールアドレス
"""
txt = new + quoted
body = leaf(txt, charset="iso-2022-jp", cte="7bit")
t3_send("go-henshin-omachi-chaser", s, FORM_SUB_T3, body,
        dict(kind="support_reply", case_id=T3, sender_verified=True), new, sel_i=1)

# 016 confirmation request (ISO-2022-JP, table-like)
s = datetime(2023, 9, 19, 6, 30, 12, tzinfo=UTC)
new = """中村 綾 様

AWS トレーニングと認定カスタマーサービスの石川です。
ご返信いただき、ありがとうございます。いただいた情報で確認が取れました。

下記のとおりお手続きを行います。内容をご確認ください。

【存続するアカウント】
　受験者ID　　：%s
　メールアドレス：a.nakamura@kotobuki-unyu.co.jp

【統合され、無効となるアカウント】
　受験者ID　　：%s
　メールアドレス：%s

※統合後、無効となるアカウントの認定資格・受験履歴はすべて存続するアカウントへ引き継がれます。
※統合は取り消すことができません。

この内容でお手続きを進めてよろしければ、「承認します」とご返信ください。
ご承認をいただくまで、お手続きは行いません。

石川
AWS トレーニングと認定
""" % (T3_NEW.lower(), T3_OLD, T3_USER)
quoted = """
> 石川様
>
> お世話になっております。中村です。
> サインイン用のメールアドレスは以下のとおりです。
> AWS41875503 : aya-nakamura@nifty.com（個人）
> AWS62218840 : a.nakamura@kotobuki-unyu.co.jp（会社）
> 今後は会社のアカウントを使いたいです。
> 通知用メールアドレスもそれぞれ同じです。
"""
txt = new + quoted
body = leaf(txt, charset="iso-2022-jp", cte="7bit")
t3_send("shounin-onegai-iso2022jp", s, FORM_SUB_T3, body,
        dict(kind="merge_confirmation_requested", case_id=T3, sender_verified=True), new, sel_i=2)

# 017 completed, prose, avoiding the word 統合
s = datetime(2023, 9, 21, 0, 12, 37, tzinfo=UTC)
new = """中村 綾 様

AWS トレーニングと認定カスタマーサービスの石川です。
ご承認いただきありがとうございました。

ご依頼いただいていたお手続きが本日完了し、これまでの認定資格と受験履歴は受験者ID AWS62218840 のアカウントに一本化されました。
AWS41875503 のアカウントは無効となっておりますので、今後は a.nakamura@kotobuki-unyu.co.jp でサインインしてください。

反映の確認に数時間かかる場合がございます。翌日になっても資格が表示されない場合は、お手数ですが本メールにご返信ください。

石川
AWS トレーニングと認定
"""
quoted = """
----- 元のメッセージ -----
差出人: 中村 綾 <aya-nakamura@nifty.com>
日時: 2023年9月19日 18:02
件名: Re: RE:[CASE 13458720961] [AWS Training and Certification Form Submission] - account-assistance

承認します。よろしくお願いいたします。
"""
txt = new + quoted
body = leaf(txt, charset="iso-2022-jp", cte="7bit")
t3_send("tetsuzuki-kanryou-ippon-ka", s, FORM_SUB_T3, body,
        dict(kind="merge_completed", case_id=T3, sender_verified=True), new, sel_i=2)

# 018 survey: ご意見・ご感想
s = datetime(2023, 9, 21, 0, 15, 2, tzinfo=UTC)
txt = """中村 綾 様

このたびは AWS トレーニングと認定カスタマーサービスへお問い合わせいただき、ありがとうございました。
ケース番号 %s は解決済みとしてクローズいたしました。

よろしければ、今回の対応についてご意見・ご感想をお聞かせください。
所要時間は 1 分程度です。

　アンケートに回答する：
　https://survey.aws-training.amazon.com/s/tc-cs?case=%s&lang=ja

いただいた内容は、サービス品質向上のために活用させていただきます。

AWS トレーニングと認定
""" % (T3, T3)
body = leaf(txt, charset="iso-2022-jp", cte="7bit")
t3_send("goiken-gokansou-anketo", s, enc_subject("ご意見・ご感想のお願い [CASE %s]" % T3, charset="iso-2022-jp"), body,
        dict(kind="survey", case_id=T3, sender_verified=True), txt)

# ---------------- Thread T4: 2020 console case, 10-digit id, Microsoft 365 tenant, non-native English agent
T4 = "7298413605"
T4_USER = "takuya.kobayashi@shinwa-sys.co.jp"
T4_KEEP, T4_OLD = "AWS00918273", "AWS00927361"
T4_SUBJ = "Merge two certification accounts"
CONSOLE_FOOT_EN = """
To see all of the correspondence for this case, or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""


def t4_send(fname, sent, sub, body, label, new, **kw):
    return aws_send(fname, T4_USER, sent, NOREPLY, sub, body, label, new, trace="outlook", o365=True, **kw)


# 019 case opened (English, 2020)
s = datetime(2020, 7, 13, 0, 21, 5, tzinfo=UTC)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts (candidate IDs AWS 00918273 and AWS 00927361). I would like to merge them into one. Best regards, Takuya Kobayashi

We will respond as soon as possible.

Best regards,
Amazon Web Services
""" % (T4, T4, T4_SUBJ)
full = txt + CONSOLE_FOOT_EN % T4
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(text2html(full, "Arial, sans-serif"), "html", charset="us-ascii", cte="7bit")])
t4_send("console-case-opened-2020-m365", s, "Amazon Web Services: You have opened a new Support case: %s" % T4, body,
        dict(kind="case_created", case_id=T4, sender_verified=True, language="en"), txt)

# 020 confirmation request, non-native English
s = datetime(2020, 7, 14, 5, 47, 30, tzinfo=UTC)
new = """Dear Takuya,

Greetings from AWS Training and Certification team!

I hope you are doing well. As per your request we have checked both the accounts and found them eligible for combine.

Kindly go through below details and confirm they are correct so we can proceed further:

Primary account (will be retained) : AWS-00918273 - takuya.kobayashi@shinwa-sys.co.jp
Secondary account (will be deactivated) : aws00927361 - tkoba1987@yahoo.co.jp

Please note that once accounts are combined it cannot be reverted back. All certifications, exam history and benefits of secondary account will be moved to primary account.

Request you to please reply to this case from Support Center with your confirmation. We will wait for your revert.

Have a nice day!

Best regards,
Sandeep K.
Amazon Web Services
"""
full = new + CONSOLE_FOOT_EN % T4
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(text2html(full, "Arial, sans-serif"), "html", cte="quoted-printable")])
t4_send("kindly-confirm-details-nonnative", s, "RE:[CASE %s] %s" % (T4, T4_SUBJ), body,
        dict(kind="merge_confirmation_requested", case_id=T4, sender_verified=True, language="en"), new, sel_i=1)

# 021 thanks for confirming, will proceed (support_reply)
s = datetime(2020, 7, 15, 3, 2, 44, tzinfo=UTC)
new = """Dear Takuya,

Thank you for the confirmation.

We have now forwarded your request to our internal team and they will proceed with it. Usually this takes 3-5 business days. Once the merge is complete we will update you on this case, so you do not need to contact us again.

Appreciate your patience.

Best regards,
Sandeep K.
Amazon Web Services
"""
quoted = """
________________________________
差出人: 小林 拓也 <takuya.kobayashi@shinwa-sys.co.jp>
送信日時: 2020年7月15日 9:12
宛先: AWS Support
件名: RE: [CASE 7298413605] Merge two certification accounts

Hello Sandeep,

Yes, the details are correct. Please proceed with the merge.
AWS00918273 should remain.

Thank you,
Takuya Kobayashi
"""
full = new + quoted + CONSOLE_FOOT_EN % T4
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(text2html(full, "Arial, sans-serif"), "html", cte="quoted-printable")])
# (a mail gateway in front of the tenant tagged the subject, so the amazon.com signature no longer verifies)
t4_send("thank-you-for-confirmation-proceed", s, "[EXTERNAL] RE:[CASE %s] %s" % (T4, T4_SUBJ), body,
        dict(kind="support_reply", case_id=T4, sender_verified=False, language="en"), new, sel_i=1, dmarc="fail", dkim_result="fail")

# 022 completed, English, without the word merge
s = datetime(2020, 7, 17, 9, 35, 18, tzinfo=UTC)
new = """Dear Takuya,

Good news! Your two certification profiles have now been combined. All your certifications and exam history are showing under candidate ID AWS00918273 and you can log in with takuya.kobayashi@shinwa-sys.co.jp going forward.

Your digital badges will be re-issued by Credly (Acclaim) within 48 hours. Kindly check your e-mail for the same.

If anything is not looking right please let us know by replying on this case within 7 days.

Best regards,
Sandeep K.
Amazon Web Services
"""
full = new + CONSOLE_FOOT_EN % T4
body = multi("alternative", [leaf(full, cte="base64"), leaf(text2html(full, "Arial, sans-serif"), "html", cte="base64")])
t4_send("profiles-combined-good-news", s, "RE:[CASE %s] %s" % (T4, T4_SUBJ), body,
        dict(kind="merge_completed", case_id=T4, sender_verified=True, language="en"), new, sel_i=2)

# 023 survey: resolved? YES / NO
s = datetime(2020, 7, 24, 9, 40, 0, tzinfo=UTC)
txt = """Hello,

We're contacting you about case %s ("%s").

We haven't heard back from you, so we have marked this case as resolved. If you still need help, you can reopen the case from the Support Center.

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Please take a moment to rate the correspondence you received from the AWS Support Center. Your feedback helps us improve.

Best regards,
Amazon Web Services
""" % (T4, T4_SUBJ, T4, T4)
full = txt + CONSOLE_FOOT_EN % T4
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(text2html(full, "Arial, sans-serif"), "html", charset="us-ascii", cte="7bit")])
t4_send("resolved-yes-no-2020", s, "Amazon Web Services: Your Support case %s has been resolved" % T4, body,
        dict(kind="survey", case_id=T4, sender_verified=True, language="en"), txt)

# 024 Acclaim (old Credly domain) badge after the merge, 2020
s = datetime(2020, 7, 18, 14, 3, 51, tzinfo=UTC)
url = "https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
lines = ["Takuya,", "AWS Training and Certification has issued you a new badge: AWS Certified SysOps Administrator - Associate.",
         "Accept your badge to share it on LinkedIn, Twitter and Facebook, or add it to your email signature. Your badge is also verifiable: anyone you share it with can confirm you earned it.",
         "Questions? Visit the Acclaim support center at https://support.youracclaim.com."]
txt = "\n\n".join(lines) + "\n\nAccept your badge: %s\n\nAcclaim | Credly, Inc. 1 Liberty Plaza, New York, NY 10006\nUnsubscribe: https://www.youracclaim.com/unsubscribe\n" % url
body = multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(credly_html(lines, "Accept your badge", url, "AWS Certified SysOps Administrator - Associate", "AWS Training and Certification"), "html", cte="quoted-printable")])
credly_send("acclaim-badge-2020-after-merge", T4_USER, s, "AWS Training and Certification has issued you a new badge", body,
            dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"), txt,
            trace="outlook", frm="AWS Training and Certification via Acclaim <admin@youracclaim.com>", dom="youracclaim.com", ip="167.89.18.40")

# ---------------- Thread T5: form case, docomo mail, Japanese agent (Fujimoto), slow queue
T5_OPEN = jst(2025, 3, 3, 10, 15, 8)
T5 = cid15(T5_OPEN, 3391)
T5_USER = "haruka.y-0303@docomo.ne.jp"
T5_OLD, T5_NEW = "AWS71100248", "AWS71100284"
T5_SUB = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T5


def t5_send(fname, sent, sub, body, label, new, **kw):
    return aws_send(fname, T5_USER, sent, FORM, sub, body, label, new, trace="jp", mx="mfsmax.docomo.ne.jp",
                    authserv="mfsmax.docomo.ne.jp", extra_trace=[("X-Docomo-Spam", "0")], **kw)


# 025 受付 notice, HTML only
s = T5_OPEN + timedelta(seconds=40)
txt = """山本 遥 様

お問い合わせを受け付けました。

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせは、受付番号 %s で登録されました。
内容を確認のうえ、担当者よりご連絡いたします（通常 24 時間以内）。

同一のご用件で新たにお問い合わせを作成されませんよう、お願いいたします。
本メールに返信することで、お問い合わせに情報を追加できます。

AWS トレーニングと認定
""" % T5
h = aws_html(txt + AWS_FOOT_JA, "受付完了のお知らせ")
body = leaf(h, "html", cte="base64")
t5_send("uketsuke-kanryou-html-only-docomo", s, enc_subject("[CASE %s] お問い合わせ受付完了のお知らせ" % T5), body,
        dict(kind="case_created", case_id=T5, sender_verified=True), txt)

# 026 after 8 days: we are working on it (support_reply)
s = jst(2025, 3, 11, 15, 44, 20)
new = """山本 遥 様

AWS トレーニングと認定サポートの藤本でございます。
お問い合わせいただいてから、ご連絡までに大変お時間をいただいてしまい、誠に申し訳ございません。

現在、お問い合わせが大変混み合っており、順次対応を進めております。
ご依頼いただいた 2 つの認定アカウント（%s、%s）については、担当部署にて登録情報を確認しているところです。
確認が取れ次第、手続きの内容をご案内いたしますので、今しばらくお待ちいただけますでしょうか。

なお、重複してお問い合わせをいただきますと、さらにお時間をいただく場合がございますので、本ケースにてお待ちいただけますと幸いです。

藤本
Amazon Web Services
""" % (T5_OLD, T5_NEW)
body = multi("alternative", [leaf(new + AWS_FOOT_JA, cte="base64"), leaf(aws_html(new + AWS_FOOT_JA), "html", cte="base64")])
t5_send("omatase-kakunin-chuu", s, T5_SUB, body, dict(kind="support_reply", case_id=T5, sender_verified=True), new, sel_i=1)

# 027 consent arrived but reversed -> confirmation asked again (merge_confirmation_requested)
s = jst(2025, 3, 13, 10, 2, 51)
intro = """山本 遥 様

AWS トレーニングと認定サポートの藤本でございます。
ご返信いただき、ありがとうございます。

ご同意のご連絡をいただきましたが、ご返信の中で「残すアカウント」として記載いただいた受験者 ID が、前回ご案内した内容と逆になっておりました。
誤りのないよう、恐れ入りますが改めて以下の内容でよろしいかご確認をお願いいたします。

"""
rows = [["残すアカウント（統合先）", T5_NEW, T5_USER], ["統合後に閉鎖するアカウント（統合元）", T5_OLD, "h.yamamoto@mirai-gakuen.ac.jp"]]
tbl = "".join("　%s：%s（%s）\n" % tuple(r) for r in rows)
rest = """
こちらの内容でよろしければ「はい」、逆（%s を残す）をご希望の場合はその旨をご返信ください。
ご返信をいただくまで、作業は保留とさせていただきます。

藤本
Amazon Web Services
""" % T5_OLD
txt = intro + tbl + rest
quoted = """
On Wed, Mar 12, 2025 at 21:40 山本 遥 <haruka.y-0303@docomo.ne.jp> wrote:
> 藤本様
> 確認しました。AWS71100248を残す形で同意します。
> よろしくお願いします。
> 山本
"""
h = aws_html(intro + "@@T@@\n" + rest + quoted + AWS_FOOT_JA, table_html=html_table(rows, head=["区分", "受験者 ID", "メールアドレス"]), marker="@@T@@")
body = multi("alternative", [leaf(txt + quoted + AWS_FOOT_JA, cte="quoted-printable"), leaf(h, "html", cte="quoted-printable")])
t5_send("doui-gyaku-sai-kakunin", s, T5_SUB, body, dict(kind="merge_confirmation_requested", case_id=T5, sender_verified=True), txt, sel_i=1)

# 028 question about something other than the merge (exam booking) -> support_reply
s = jst(2025, 3, 14, 9, 31, 6)
new = """山本 遥 様

AWS トレーニングと認定サポートの藤本でございます。
ご確認いただき、ありがとうございます。いただいた内容で担当部署へ依頼いたしました。

1 点だけ、別件でお伺いさせてください。
統合先のアカウントで、3 月 22 日（土）にピアソン VUE の試験（AWS Certified Data Engineer – Associate）のご予約が入っております。
作業中に予約日を迎えた場合でも受験には影響ございませんが、作業期間中は予約の変更・キャンセルができなくなります。
日程変更のご予定はございますでしょうか。ご予定がある場合は、作業開始前に変更をお済ませいただくようお願いいたします。

藤本
Amazon Web Services
"""
quoted = """
2025/03/13 22:05、山本 遥 <haruka.y-0303@docomo.ne.jp>のメール:
> はい、その内容で大丈夫です。失礼しました。
"""
body = multi("alternative", [leaf(new + quoted + AWS_FOOT_JA, cte="base64"), leaf(aws_html(new + quoted + AWS_FOOT_JA), "html", cte="base64")])
t5_send("betsu-ken-shiken-yoyaku-shitsumon", s, T5_SUB, body, dict(kind="support_reply", case_id=T5, sender_verified=True), new, sel_i=2, dmarc=None)

# 029 completion as 【結果】 rows
s = jst(2025, 3, 18, 17, 9, 12)
txt = """山本 遥 様

AWS トレーニングと認定サポートの藤本でございます。
お待たせいたしました。担当部署での作業が終わりましたので、ご報告いたします。

【結果】
　処理内容　　　：認定アカウントの統合
　処理結果　　　：完了
　存続アカウント：%s
　閉鎖アカウント：%s
　移行した認定　：AWS Certified Cloud Practitioner / AWS Certified AI Practitioner
　完了日　　　　：2025年3月18日

ご予約中の試験は、存続アカウントにそのまま引き継がれております。
Credly バッジにつきましては、Credly から届くメールの案内に沿って受け取りをお願いいたします。

このたびは長らくお待たせいたしましたこと、重ねてお詫び申し上げます。

藤本
Amazon Web Services
""" % (T5_NEW, T5_OLD)
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="base64"), leaf(aws_html(txt + AWS_FOOT_JA), "html", cte="base64")])
t5_send("kekka-shori-kanryou", s, T5_SUB, body, dict(kind="merge_completed", case_id=T5, sender_verified=True), txt, sel_i=2)

# 030 survey: アンケート, 評価
s = jst(2025, 3, 25, 17, 10, 0)
txt = """山本 遥 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
お問い合わせ（ケース ID：%s）は、最終のご連絡から 7 日が経過したため、クローズとなりました。

サポートの品質向上のため、アンケートへのご協力をお願いいたします。

　Q1. 今回の担当者の対応を 1～5 で評価してください。
　Q2. お問い合わせの内容は解決しましたか？
　Q3. その他、ご意見・ご要望がございましたらご記入ください。

アンケートに回答する：https://pulse.aws/survey/%s?lang=ja

AWS トレーニングと認定
""" % (T5, alnum(10))
body = multi("alternative", [leaf(txt, cte="base64"), leaf(aws_html(txt, "アンケートのお願い"), "html", cte="base64")])
t5_send("anketo-hyouka-close", s, enc_subject("アンケートご協力のお願い（ケース ID：%s）" % T5), body,
        dict(kind="survey", case_id=T5, sender_verified=True), txt)

# 031 Credly JP: two badges moved
s = jst(2025, 3, 19, 8, 40, 13)
url = "https://www.credly.com/earner/earned?locale=ja"
lines = ["山本 遥 さん", "Amazon Web Services Training and Certification から 2 個のバッジが発行されました。",
         "・AWS Certified Cloud Practitioner\n・AWS Certified AI Practitioner",
         "バッジを受け取って、あなたのスキルを共有しましょう。受け取りが完了するまで、バッジはあなたのプロフィールに公開されません。"]
txt = "\n\n".join(lines) + "\n\nバッジを受け取る: %s\n\nCredly, Inc.\n" % url
body = multi("alternative", [leaf(txt, cte="base64"), leaf(credly_html(lines, "バッジを受け取る", url, "AWS Certified Cloud Practitioner"), "html", cte="base64")])
credly_send("credly-2-badges-ja-docomo", T5_USER, s, enc_subject("2 個の新しいバッジを受け取ってください"), body,
            dict(kind="credly_badge_issued", case_id=None, sender_verified=True), txt, trace="jp", mx="mfsmax.docomo.ne.jp")

# ---------------- Thread T6: 2022 form case, 11-digit id, Gmail, English agent
T6 = "11926604381"
T6_USER = "daisuke.ito.dev@gmail.com"
T6_KEEP, T6_OLD = "AWS58830012", "AWS09147720"
T6_SUB = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T6

# 032 confirmation request (English)
s = datetime(2022, 11, 8, 19, 26, 41, tzinfo=UTC)
new = """Hi Daisuke,

Thanks for reaching out to AWS Training and Certification.

I was able to locate both of the certification accounts you mentioned, and I can combine them for you. Before I submit the request, please review the following carefully:

  Account to keep:   %s (%s)
  Account to retire: %s (d-ito@tsubasa-net.co.jp)

All certifications, exam history and benefits on the retired account will be transferred to the account you keep, and you will no longer be able to sign in to the retired one. This change is permanent and cannot be reversed.

If everything above is correct, just reply to this email confirming that you want us to go ahead. If anything needs to change, let me know what and I will update the request.

Kind regards,
Emily R.
AWS Training and Certification Customer Service
""" % (T6_KEEP, T6_USER, T6_OLD)
quoted = """
-----Original Message-----
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS09147720
Message: I have two certification accounts because I used my previous employer's email. Please merge AWS09147720 into AWS58830012. Thanks, Daisuke Ito
"""
full = new + quoted + AWS_FOOT_EN
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(text2html(full, "Arial, sans-serif"), "html", cte="quoted-printable")])
aws_send("review-carefully-account-to-keep", T6_USER, s, FORM, T6_SUB, body,
         dict(kind="merge_confirmation_requested", case_id=T6, sender_verified=True, language="en"), new)

# 033 confirmation received + answer about the voucher (support_reply)
s = datetime(2022, 11, 9, 17, 3, 9, tzinfo=UTC)
new = """Hi Daisuke,

Thank you for confirming.

To answer your question: yes, the 50% discount voucher you earned on the retired account will move with your certifications, and it keeps its original expiration date. You will find it under Benefits once everything has been transferred.

I have submitted the request to our back-end team. It normally takes 2-3 business days, and I will let you know here as soon as it has been processed.

Kind regards,
Emily R.
AWS Training and Certification Customer Service
"""
quoted = """
On Wed, Nov 9, 2022 at 8:47 AM Daisuke Ito <daisuke.ito.dev@gmail.com> wrote:
> Hi Emily,
>
> The details are correct. Please proceed with the merge.
> One question: I have an unused 50% voucher on AWS09147720. Will it still be usable after the merge?
>
> Thanks,
> Daisuke
>
> On Tue, Nov 8, 2022 at 11:26 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Daisuke,
> >
> >   Account to keep:   AWS58830012 (daisuke.ito.dev@gmail.com)
> >   Account to retire: AWS09147720 (d-ito@tsubasa-net.co.jp)
> >
> > If everything above is correct, just reply to this email confirming that you want us to go ahead.
"""
full = new + quoted + AWS_FOOT_EN
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(text2html(full, "Arial, sans-serif"), "html", cte="quoted-printable")])
aws_send("voucher-question-answered-proceeding", T6_USER, s, FORM, T6_SUB, body,
         dict(kind="support_reply", case_id=T6, sender_verified=True, language="en"), new, sel_i=1)

# 034 done (English)
s = datetime(2022, 11, 11, 22, 40, 55, tzinfo=UTC)
new = """Hi Daisuke,

I'm happy to let you know that your request has been processed: AWS 09147720 has been merged into AWS 58830012. Your certifications, exam history and the voucher now show on the account you sign in to with daisuke.ito.dev@gmail.com.

Your Credly badges should follow within a few days.

Kind regards,
Emily R.
AWS Training and Certification Customer Service
"""
full = new + AWS_FOOT_EN
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(text2html(full, "Arial, sans-serif"), "html", charset="us-ascii", cte="7bit")])
aws_send("request-processed-en", T6_USER, s, FORM, T6_SUB, body,
         dict(kind="merge_completed", case_id=T6, sender_verified=True, language="en"), new, sel_i=2)

# 035 survey (English)
s = datetime(2022, 11, 11, 22, 45, 3, tzinfo=UTC)
txt = """Hello,

Your case %s has been closed.

How did we do? Please take 30 seconds to rate your experience with AWS Training and Certification Customer Service.

  1 - Very dissatisfied  2  3  4  5 - Very satisfied
  https://survey.aws-training.amazon.com/s/csat?case=%s

Was your issue resolved?  Yes | No

Thank you for helping us improve.
AWS Training and Certification
""" % (T6, T6)
full = txt + AWS_FOOT_EN
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(text2html(full, "Arial, sans-serif"), "html", charset="us-ascii", cte="7bit")])
aws_send("how-did-we-do-csat-en", T6_USER, s, FORM, "[CASE %s] How did we do?" % T6, body,
         dict(kind="survey", case_id=T6, sender_verified=True, language="en"), txt)

# 036 English form acknowledgement 2024 (15-digit)
O36 = jst(2024, 8, 12, 22, 48, 3)
C36 = cid15(O36, 5102)
U36 = "m.watanabe.cloud@gmail.com"
s = O36 + timedelta(seconds=19)
txt = """Hello Mei,

Thank you for contacting AWS Training and Certification Customer Support. We have received your request and created case %s.

Our team will get back to you within 24 hours. To avoid delays, please do not submit another request about the same issue; instead, reply to this email if you have more details to add.

Your submission:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: aws71923305

Thank you,
AWS Training and Certification Customer Support
""" % C36
full = txt + AWS_FOOT_EN
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(aws_html(full, "We received your request", lang="en"), "html", cte="quoted-printable")])
aws_send("we-received-your-request-2024", U36, s, FORM,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C36, body,
         dict(kind="case_created", case_id=C36, sender_verified=True, language="en"), txt)

# 037 Japanese console acknowledgement, Yahoo! JAPAN mail
O37 = jst(2025, 12, 2, 21, 3, 47)
C37 = cid15(O37, 66)
U37 = "kazu_ogawa_1979@yahoo.co.jp"
s = O37 + timedelta(seconds=28)
txt = """AWS をご利用いただきありがとうございます。

お客様の問題に対処するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントをひとつにまとめたい
重要度: 一般的な質問
やり取り: 認定のアカウントが2つあります（AWS 33098146 と AWS 40021587）。ひとつにまとめる方法を教えてください。

できるだけ早くご連絡いたします。

よろしくお願いいたします。
Amazon Web Services
""" % (C37, C37)
full = txt + CONSOLE_FOOT_JA % C37
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(aws_html(full, "ケースを作成しました"), "html", cte="quoted-printable")])
aws_send("console-case-sakusei-yahoo", U37, s, NOREPLY, enc_subject("Amazon Web Services: 新しいサポートケースを開きました: %s" % C37, qp=True), body,
         dict(kind="case_created", case_id=C37, sender_verified=True), txt, trace="jp", mx="mta5014.mail.kks.yahoo.co.jp", authserv="yahoo.co.jp")

# 038 survey for 037, HTML only, 評価 + ご意見 (Yahoo)
s = jst(2025, 12, 9, 10, 0, 4)
txt = """AWS をご利用いただきありがとうございます。

ケース %s に関するサポートの評価をお願いいたします。

担当エンジニアの対応について、どの程度満足されましたか？
　とても満足　／　満足　／　普通　／　不満　／　とても不満

ご意見・ご要望（任意）
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&feedback=1

このアンケートは、ケースがクローズされたお客様にお送りしています。
""" % (C37, C37)
full = txt + CONSOLE_FOOT_JA % C37
body = leaf(aws_html(full, "サポートの評価"), "html", cte="quoted-printable")
aws_send("hyouka-goiken-html-yahoo", U37, s, NOREPLY, enc_subject("ケース %s: サポートの評価にご協力ください" % C37), body,
         dict(kind="survey", case_id=C37, sender_verified=True), txt, trace="jp", mx="mta5021.mail.kks.yahoo.co.jp", authserv="yahoo.co.jp")

# 039 Credly English badge, 2024
s = jst(2024, 8, 16, 3, 12, 7)
url = "https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
lines = ["Congratulations, Mei!", "Amazon Web Services Training and Certification has issued you the badge AWS Certified Security – Specialty.",
         "Accept your badge to showcase your achievement and share it with your network."]
txt = "\n\n".join(lines) + "\n\nAccept your badge: %s\n\nCredly, Inc. | 1005 Congress Ave, Suite 400, Austin, TX 78701\n" % url
body = multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(credly_html(lines, "Accept your badge", url, "AWS Certified Security – Specialty"), "html", cte="quoted-printable")])
credly_send("credly-accept-your-badge-en", U36, s, "Mei, you've earned a badge from Amazon Web Services Training and Certification", body,
            dict(kind="credly_badge_issued", case_id=None, sender_verified=True, language="en"), txt)

# ---------------- generic non-SES sender (phishing, third parties)
def other_send(fname, to, sent, frm, sub, body, label, new, trace, v, host, ip, mx="mx.example.ne.jp", msgid=None,
               dkim_dom=None, extra_hdr=None, extra_trace=None, ar=True, crlf=False, mailer=None):
    recv = sent + timedelta(seconds=rnd.randint(1, 30))
    if trace == "gmail":
        tr = gmail_trace(to, recv, host, ip, v, ar=ar)
    elif trace == "outlook":
        tr = outlook_trace(to, recv, host, ip, v, ar=ar)
    elif trace == "none":
        tr = extra_trace or []
    else:
        tr = jp_trace(to, recv, host, ip, v, mx=mx, ar=ar, extra=extra_trace)
    hd = []
    if dkim_dom:
        hd.append(("DKIM-Signature", dkim(dkim_dom, "default", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")))
    hd += list(extra_hdr or [])
    hd += [("Date", rfc(sent)), ("From", frm), ("To", to),
           ("Message-ID", msgid or "<%s@%s>" % (hexs(24), frm.split("@")[-1].rstrip(">"))), ("Subject", sub)]
    if mailer:
        hd.append(("X-Mailer", mailer))
    return build(fname, tr, hd, body, label, new, crlf=crlf)


# 040 Credly look-alike about badges moved after the merge (phishing, keeps content kind)
s = jst(2025, 6, 2, 6, 44, 10)
frm = "Credly Badges <notifications@credly-badge-transfer.com>"
url = "https://credly-badge-transfer.com/accept?token=%s" % hexs(32)
new = """Hello Yui,

Following the recent merge of your AWS Certification accounts, your digital badges have been transferred to your new profile.

3 badges are waiting for you:
 - AWS Certified Solutions Architect - Associate
 - AWS Certified Cloud Practitioner
 - AWS Certified Developer - Associate

To accept your badges, please sign in with your AWS Certification credentials within 48 hours. Unclaimed badges will be revoked.

Accept your badges: %s

The Credly Team
""" % url
mf = "bounce@credly-badge-transfer.com"
v = dict(mailfrom=mf, ip="45.137.21.96", dkim=[("pass", "credly-badge-transfer.com", "default")], dmarc="pass", from_dom="credly-badge-transfer.com", policy="NONE")
body = multi("alternative", [leaf(new, cte="quoted-printable"), leaf(credly_html(new.split("\n\n"), "Accept your badges", url, "AWS Certified Solutions Architect - Associate"), "html", cte="quoted-printable")])
other_send("lookalike-credly-badges-transferred", T1_USER, s, frm, "Your AWS badges were transferred after your account merge - accept now", body,
           dict(kind="credly_badge_issued", case_id=None, sender_verified=False, language="en"), new,
           "gmail", v, "mail.credly-badge-transfer.com", "45.137.21.96", dkim_dom="credly-badge-transfer.com")

# 041 Japanese look-alike domain asking to "confirm" a merge via a login link (phishing)
s = jst(2025, 9, 16, 3, 21, 45)
frm = enc_name("AWS トレーニングと認定", "support@amazon-aws-certification.jp")
new = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントについて、アカウント統合の申請を受け付けました。

　統合元：AWS 19283746
　統合先：AWS 19283764

本申請にお心当たりがある場合は、24 時間以内に下記のリンクからサインインし、統合内容をご確認ください。
ご確認いただけない場合、安全のため両方のアカウントの認定資格が一時的に無効となります。

▼統合内容を確認する
https://amazon-aws-certification.jp/cert/merge/confirm?id=%s

※本メールは送信専用です。

AWS トレーニングと認定 事務局
""" % hexs(20)
v = dict(mailfrom="support@amazon-aws-certification.jp", ip="103.152.118.40", spf="softfail", dkim=[], dmarc="fail", from_dom="amazon-aws-certification.jp", policy="NONE")
body = multi("alternative", [leaf(new, cte="base64"), leaf(text2html(new), "html", cte="base64")])
other_send("nise-domain-tougou-kakunin-phish", "sakura.mio.88@gmail.com", s, frm, enc_subject("【要確認】AWS認定アカウント統合のご確認（24時間以内）"), body,
           dict(kind="merge_confirmation_requested", case_id=None, sender_verified=False), new,
           "gmail", v, "vps-118-40.example-host.net", "103.152.118.40", mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")

# 042 spoofed amazon.com From: topmost AR dmarc=fail, a forged "pass" AR lower down
O42 = jst(2025, 7, 7, 13, 2, 0)
C42 = cid15(O42, 1174)
U42 = "info@tsuji-design.jp"
s = jst(2025, 7, 8, 4, 55, 31)
new = """辻 様

AWS トレーニングと認定サポートでございます。
ご依頼いただいた認定アカウントの統合について、下記の内容でお手続きを行います。

　・統合先（存続）：AWS52006318
　・統合元（閉鎖）：AWS52006381

統合は元に戻せません。内容に相違がないか、以下の確認ページでお客様の AWS 認定アカウントのメールアドレスとパスワードを入力し、同意ボタンを押してください。
https://aws-cert-support.help/ja/merge?case=%s

本日中にご確認いただけない場合、ご依頼は取り消されます。

Amazon Web Services
""" % C42
forged = ("mx.google.com;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % AMZ_SEL[0])
v = dict(mailfrom="mailer@srv77.hostvps-tokyo.net", ip="193.42.33.17", spf="pass", dkim=[("fail", "amazon.com", AMZ_SEL[0])], dmarc="fail", from_dom="amazon.com", authserv="www3307.sakura.ne.jp")
body = multi("alternative", [leaf(new, cte="quoted-printable"), leaf(aws_html(new), "html", cte="quoted-printable")])
other_send("spoof-amazon-dmarc-fail-forged-ar", U42, s, FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C42, body,
           dict(kind="merge_confirmation_requested", case_id=C42, sender_verified=False), new,
           "jp", v, "srv77.hostvps-tokyo.net", "193.42.33.17", mx="www3307.sakura.ne.jp",
           extra_hdr=[("Authentication-Results", forged), ("DKIM-Signature", dkim("amazon.com", AMZ_SEL[0], s))],
           msgid="<0100019%s-%s-000000@email.amazonses.com>" % (hexs(9), hexs(24)))

# 043 completion without any Authentication-Results (old on-prem mail server), 11-digit id
C43 = "12873305518"
U43 = "s.fujita@nagoya-koubou.co.jp"
s = datetime(2021, 6, 4, 2, 17, 40, tzinfo=UTC)
new = """藤田 様

AWS トレーニングと認定カスタマーサービスでございます。

ご依頼いただきましたアカウント統合の件、手続きが完了いたしましたのでお知らせいたします。
AWS-62004471 の認定資格および試験の履歴は、AWS-62004417 へすべて移行されました。
今後は AWS-62004417 のアカウントをご利用ください。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

カスタマーサービス
AWS トレーニングと認定
"""
quoted = """
-----Original Message-----
From: 藤田 智 <s.fujita@nagoya-koubou.co.jp>
Sent: Wednesday, June 2, 2021 10:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE 12873305518] [AWS Training and Certification Form Submission] - account-assistance

お世話になっております。
AWS-62004471 を AWS-62004417 へ統合することに同意いたします。
"""
tr = [("Received", "from mail.nagoya-koubou.co.jp ([192.168.10.5]) by exch01.nagoya-koubou.local with Microsoft SMTPSVC(8.5.9600.16384);\n\t Fri, 4 Jun 2021 11:17:52 +0900"),
      ("Received", "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])\n\tby mail.nagoya-koubou.co.jp (8.14.7/8.14.7) with ESMTP id 1542HmPq012873\n\tfor <s.fujita@nagoya-koubou.co.jp>; Fri, 4 Jun 2021 11:17:50 +0900")]
hd = aws_headers(s, FORM, U43, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C43, ip="54.240.8.30") + [("X-OriginalArrivalTime", "04 Jun 2021 02:17:52.0311 (UTC) FILETIME=[3A5C1E70:01D758E4]")]
full = new + quoted + AWS_FOOT_JA
body = multi("alternative", [leaf(full, cte="base64"), leaf(aws_html(full), "html", cte="base64")])
build("tougou-kanryou-no-auth-results-onprem", tr, hd, body, dict(kind="merge_completed", case_id=C43, sender_verified=None), new)

# 044 reply on the original case, mentioning a duplicate case the user opened (support_reply)
O44 = jst(2025, 7, 1, 9, 12, 55)
C44 = cid15(O44, 20)
C44b = cid15(jst(2025, 7, 3, 23, 40, 2), 41)
U44 = "r.hayashi.works@gmail.com"
s = jst(2025, 7, 4, 10, 30, 26)
new = """林 様

AWS トレーニングと認定サポートの森と申します。
ご連絡が遅くなり、申し訳ございません。

同じご依頼内容で、新たにケース %s を作成いただいていることを確認いたしました。
恐れ入りますが、対応を一本化するため、今後はこちらのケース（%s）にてご案内させていただきます。新しいケースは当方でクローズいたしますので、ご返信は不要です。

さて、ご依頼の件を進めるにあたり、各アカウントにサインインする際のメールアドレスを教えていただけますでしょうか。
フォームにご記入いただいた AWS84410039 以外のアカウントについては、受験者 ID がご不明でも、メールアドレスがわかれば当方で確認いたします。

森
Amazon Web Services
""" % (C44b, C44)
full = new + AWS_FOOT_JA
body = multi("alternative", [leaf(full, cte="quoted-printable"), leaf(aws_html(full), "html", cte="quoted-printable")])
aws_send("juufuku-case-ipponka-mail-address", U44, s, FORM,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C44, body,
         dict(kind="support_reply", case_id=C44, sender_verified=True), new, sel_i=1)

# 045 information request as a table with an answer column (support_reply)
O45 = jst(2025, 8, 18, 19, 7, 31)
C45 = cid15(O45, 802)
U45 = "chihiro.kondo.0617@gmail.com"
s = jst(2025, 8, 19, 14, 22, 48)
intro = """近藤 千尋 様

AWS トレーニングと認定サポートの木村でございます。
お問い合わせいただき、誠にありがとうございます。

ご依頼のお手続きには、以下の情報が必要となります。
お手数ではございますが、下表の「ご回答」欄にご記入のうえ、本メールにご返信くださいますようお願いいたします。

"""
rows = [["1", "統合を希望される理由", ""], ["2", "アカウント A（AWS 90015523）の通知先メールアドレス", ""],
        ["3", "アカウント B（受験者 ID がご不明な場合はサインイン用メールアドレス）", ""], ["4", "今後ご利用になるアカウント（A または B）", ""]]
tbl = "".join("　%s. %s：\n" % (r[0], r[1]) for r in rows)
rest = """
いただいた情報を確認後、お手続き内容をご案内いたします。
何卒よろしくお願い申し上げます。

木村
Amazon Web Services
"""
txt = intro + tbl + rest
h = aws_html(intro + "@@T@@\n" + rest + AWS_FOOT_JA, table_html=html_table(rows, head=["No.", "ご確認事項", "ご回答"]), marker="@@T@@")
body = multi("alternative", [leaf(txt + AWS_FOOT_JA, cte="base64"), leaf(h, "html", cte="base64")])
aws_send("hyou-de-jouhou-irai-kaitou-ran", U45, s, FORM,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C45, body,
         dict(kind="support_reply", case_id=C45, sender_verified=True), txt, sel_i=2)

# 046 confirmation request, UTF-8 8bit, Biglobe, arrow notation, 11-digit id
C46 = "12560077413"
U46 = "tomo-ishida@kif.biglobe.ne.jp"
s = datetime(2022, 5, 10, 6, 41, 2, tzinfo=UTC)
new = """石田 智也 様

AWS トレーニングと認定カスタマーサービスの大野でございます。
いつも AWS 認定をご利用いただき、ありがとうございます。

お申し出のありました件、以下のとおりお手続きさせていただく予定です。

　AWS 27740019（tomo-ishida@kif.biglobe.ne.jp）
　　　↓ 統合
　AWS 27741190（t.ishida@hokuyo-denki.co.jp）※こちらが残ります

恐れ入りますが、上記の方向で問題ないか、本メールへのご返信にてお知らせください。
お客様からのご了承をいただいたうえで、お手続きを開始いたします。
※お手続き後に元の状態へ戻すことはできかねますので、ご注意ください。

大野
AWS トレーニングと認定
"""
quoted = """
-----Original Message-----
差出人: 石田 智也 <tomo-ishida@kif.biglobe.ne.jp>
送信日時: 2022年5月9日 20:14
件名: [AWS Training and Certification Form Submission] - account-assistance

受験者IDが2つあります。AWS27740019とAWS27741190です。会社のほうに寄せたいです。
"""
full = new + quoted + AWS_FOOT_JA
body = leaf(full, cte="8bit")
aws_send("houkou-kakunin-8bit-biglobe", U46, s, FORM,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C46, body,
         dict(kind="merge_confirmation_requested", case_id=C46, sender_verified=True), new, trace="jp",
         mx="mail-fw.biglobe.ne.jp", authserv="biglobe.ne.jp", sel_i=0)

# ================= unrelated look-alikes
def amzjp_v(mf, ip, dom="amazon.co.jp"):
    return dict(mailfrom=mf, ip=ip, dkim=[("pass", dom, "yg4mwqurec7fkhzutopddd3ytuaqrvuz"), ("pass", "amazonses.com", SES_SEL[0])], dmarc="pass", from_dom=dom)


# 047 Seller Central JP case reply in the same RE:[CASE n] style
s = jst(2025, 6, 10, 16, 4, 33)
U47 = "shop.hanamizuki@gmail.com"
new = """出品者様

Amazon出品サービスをご利用いただき、ありがとうございます。
Amazon 出品者サポートの佐藤でございます。

お問い合わせいただいた、商品登録時に表示されるエラー「8541」について確認いたしました。
このエラーは、ご登録いただいた JAN コードが既存の商品ページと一致しているにもかかわらず、商品名やブランド名などの情報が異なる場合に表示されます。

以下の手順をお試しください。
1. セラーセントラルの「在庫」>「商品登録」から、該当の JAN コードで既存の商品ページを検索してください。
2. 既存の商品ページに出品を追加する形でご登録ください。

ご不明な点がございましたら、本ケースにご返信ください。

Amazon 出品者サポート
佐藤

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
mf = ses_mailfrom(s)
ip = SES_IPS[3]
body = leaf(new, charset="iso-2022-jp", cte="7bit")
hd = [("DKIM-Signature", dkim("amazon.co.jp", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", s)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL[0], s)),
      ("Date", rfc(s.astimezone(UTC)).replace("-0000", "+0000")), ("From", enc_name("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "iso-2022-jp")),
      ("To", U47), ("Message-ID", ses_msgid(s)), ("Subject", "RE:[CASE 5884881212] " + enc_subject("商品登録エラー8541について", "iso-2022-jp"))]
build("seller-central-jp-case-8541", gmail_trace(U47, s + timedelta(seconds=3), ses_host(ip), ip, amzjp_v(mf, ip)), hd, body,
      dict(kind="unrelated", case_id="5884881212", sender_verified=False), new)

# 048 Seller Central JP: merging two SELLER accounts (look-alike), Shift_JIS label with CP932 characters
s = jst(2025, 8, 5, 11, 48, 2)
new = """出品者様

Amazon出品サービスをご利用いただき、誠にありがとうございます。
アカウントスペシャリストの中島でございます。

ご依頼いただきました出品用アカウントの統合につきまして、以下の内容でお手続きを進めてよろしいかご確認ください。

　①統合後も利用するアカウント：出品者ID A3KX9QW2ZL0P7M（株式会社はなみずき商店）
　②統合により閉鎖するアカウント：出品者ID A1ZR8TYV55HC2D（はなみずき雑貨）

②のアカウントの出品情報・在庫は移行されません。閉鎖前に出品の停止およびFBA在庫の返送手続きをお済ませください。
内容に問題がなければ、本ケースに「同意します」とご返信ください。

Amazon 出品者サポート
アカウントスペシャリスト　中島
"""
mf = ses_mailfrom(s)
ip = SES_IPS[4]
body = leaf(new, charset="shift_jis", codec="cp932", cte="base64")
hd = [("DKIM-Signature", dkim("amazon.co.jp", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", s)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL[1], s)),
      ("Date", rfc(s.astimezone(UTC)).replace("-0000", "+0000")), ("From", enc_name("Amazon セラーセントラル", "seller-notification@amazon.co.jp")),
      ("To", U47), ("Message-ID", ses_msgid(s)), ("Subject", "RE:[CASE 6021447390] " + enc_subject("出品アカウントの統合のご依頼"))]
build("seller-central-jp-shuppin-account-tougou", gmail_trace(U47, s + timedelta(seconds=4), ses_host(ip), ip, amzjp_v(mf, ip)), hd, body,
      dict(kind="unrelated", case_id="6021447390", sender_verified=False), new)

# 049 AWS billing case about consolidating billing across AWS accounts (look-alike on amazon.com)
O49 = jst(2025, 4, 14, 13, 20, 11)
C49 = cid15(O49, 5530)
U49 = "infra-admin@kd-solutions.co.jp"
s = jst(2025, 4, 15, 9, 47, 5)
new = """お世話になっております。
AWS 請求およびアカウントサポートの岡田でございます。

お問い合わせいただいた、複数の AWS アカウントの請求をひとつにまとめる方法についてご案内いたします。

AWS アカウント自体を統合（マージ）する機能はございませんが、AWS Organizations の一括請求（コンソリデーティッドビリング）をご利用いただくことで、請求を管理アカウントに集約できます。

　管理アカウント：4215 0866 3071
　メンバーアカウント：7730 1942 5586

1. 管理アカウントで AWS Organizations の組織を作成します。
2. メンバーアカウントに招待を送信し、メンバーアカウント側で承諾します。
3. 翌月の請求から、管理アカウントにまとめて請求されます。

ご不明点がございましたら、サポートセンターからご返信ください。

岡田
Amazon Web Services
"""
full = new + CONSOLE_FOOT_JA % C49
body = multi("alternative", [leaf(full, cte="base64"), leaf(aws_html(full), "html", cte="base64")])
aws_send("billing-case-ikkatsu-seikyu-lookalike", U49, s, NOREPLY, "RE:[CASE %s] %s" % (C49, enc_subject("複数アカウントの請求をまとめたい")), body,
         dict(kind="unrelated", case_id=C49, sender_verified=True), new, trace="gmail", sel_i=1)

# 050 service quota case opened (English console ack, not the merge)
O50 = jst(2025, 9, 2, 18, 5, 40)
C50 = cid15(O50, 9)
s = O50 + timedelta(seconds=22)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 256

We will respond as soon as possible.

Best regards,
Amazon Web Services
""" % (C50, C50)
full = txt + CONSOLE_FOOT_EN % C50
body = multi("alternative", [leaf(full, charset="us-ascii", cte="7bit"), leaf(text2html(full, "Arial, sans-serif"), "html", charset="us-ascii", cte="7bit")])
aws_send("quota-increase-case-opened", U49, s, NOREPLY, "Amazon Web Services: You have opened a new Support case: %s" % C50, body,
         dict(kind="unrelated", case_id=C50, sender_verified=True, language="en"), txt, trace="gmail", region="ap-northeast-1")

# 051 rating request for a billing case (survey look-alike, other case)
s = jst(2025, 4, 22, 10, 0, 9)
txt = """AWS をご利用いただきありがとうございます。

ケース %s（複数アカウントの請求をまとめたい）は解決済みとしてクローズされました。
担当者の対応を評価してください。

　★★★★★ ～ ★☆☆☆☆
　https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja#rating
""" % (C49, C49)
full = txt + CONSOLE_FOOT_JA % C49
body = leaf(aws_html(full, "サポートの評価"), "html", cte="base64")
aws_send("billing-case-hyouka-other-case", U49, s, NOREPLY, enc_subject("ケース %s の評価をお願いします" % C49), body,
         dict(kind="unrelated", case_id=C49, sender_verified=True), txt, trace="gmail")

# 052 CertMetrics "wants to hear from you" (with candidate id)
s = datetime(2025, 6, 12, 15, 30, 0, tzinfo=UTC)
new = """Dear Yui Tanaka,

AWS Certification wants to hear from you!

As a valued member of the AWS Certified community (Candidate ID: AWS20931845), we invite you to take a short survey about your certification experience. The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/start.aspx?sid=%s

Thank you,
AWS Certification

This message was sent from an unmonitored mailbox. Please do not reply.
""" % hexs(32)
v = dict(mailfrom="bounces@mail.certmetrics.com", ip="198.2.180.13", dkim=[("pass", "certmetrics.com", "k1")], dmarc="pass", from_dom="certmetrics.com", policy="NONE")
body = multi("alternative", [leaf(new, charset="us-ascii", cte="7bit"), leaf(text2html(new, "Arial"), "html", charset="us-ascii", cte="7bit")])
other_send("certmetrics-wants-to-hear", T1_USER, s, "AWS Certification <do-not-reply@certmetrics.com>", "AWS Certification wants to hear from you", body,
           dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new, "gmail", v, "mail180-13.suw21.mandrillapp.com", "198.2.180.13", dkim_dom="certmetrics.com")

# 053 Pearson VUE JP appointment confirmation, Shift_JIS label, CP932 characters
s = jst(2025, 3, 5, 20, 14, 37)
new = """山本 遥 様

この度は、AWS Certified Data Engineer - Associate 試験にお申し込みいただき、ありがとうございます。
ご予約内容は以下のとおりです。

　試験名　　：DEA-C01: AWS Certified Data Engineer - Associate
　試験日時　：2025年3月22日（土）10:00
　試験会場　：ピアソン VUE 公認テストセンター　東京・新宿 ㈱デジタル研修センター
　受験者ID　：AWS71100284
　登録ID　　：438219076

※試験開始の 15 分前までにご到着ください。
※有効な身分証明書を 2 点ご持参ください。

ご予約の変更・キャンセルは、試験日の 24 時間前までに行ってください。

ピアソン VUE カスタマーサービス
"""
v = dict(mailfrom="pearsonvue@mail.pearson.com", ip="159.135.228.10", dkim=[("pass", "pearson.com", "pvue1")], dmarc="pass", from_dom="pearson.com", policy="REJECT")
body = leaf(new, charset="shift_jis", codec="cp932", cte="quoted-printable")
other_send("pearson-vue-yoyaku-kakunin-sjis", T5_USER, s, enc_name("ピアソン VUE", "pearsonvueconfirmation@pearson.com", "iso-2022-jp"),
           enc_subject("試験予約の確認 - AWS Certified Data Engineer - Associate", "iso-2022-jp"), body,
           dict(kind="unrelated", case_id=None, sender_verified=False), new, "jp", v, "mta-228-10.mail.pearson.com", "159.135.228.10",
           mx="mfsmax.docomo.ne.jp", dkim_dom="pearson.com")

# 054 Credly's own self-service account merge code (Japanese)
s = jst(2025, 11, 1, 22, 5, 17)
new = """佐藤 健二 さん

Credly アカウントの統合リクエストを受け付けました。
統合するメールアドレス: k.sato@hinode-tech.co.jp

以下の確認コードを入力して、アカウントの統合を完了してください。

　確認コード: 482913

または、次のリンクから統合を完了することもできます。
アカウントの統合を完了する: https://www.credly.com/users/account_merges/%s/confirm

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。

Credly チーム
""" % hexs(32)
body = multi("alternative", [leaf(new, cte="base64"), leaf(credly_html(new.split("\n\n"), "アカウントの統合を完了する", "https://www.credly.com/users/account_merges/confirm", "Credly"), "html", cte="base64")])
credly_send("credly-jiko-tougou-code-ja", T2_USER, s, enc_subject("Credly アカウント統合の確認コード"), body,
            dict(kind="unrelated", case_id=None, sender_verified=True), new, trace="outlook", frm="Credly <admin@credly.com>")

# 055 Credly badge expiry reminder (Japanese)
s = jst(2025, 12, 14, 9, 0, 3)
new = """小川 和也 さん

Amazon Web Services Training and Certification から発行された次のバッジの有効期限が近づいています。

　AWS Certified Solutions Architect – Associate
　有効期限: 2026年1月13日

有効期限を過ぎると、バッジは「期限切れ」と表示されます。資格を維持するには、発行元の再認定の手順をご確認ください。

バッジを表示: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc.
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
body = multi("alternative", [leaf(new, cte="quoted-printable"), leaf(credly_html(new.split("\n\n"), "バッジを表示", "https://www.credly.com/badges", "AWS Certified Solutions Architect – Associate"), "html", cte="quoted-printable")])
credly_send("credly-yuukou-kigen-reminder", U37, s, enc_subject("バッジの有効期限が近づいています"), body,
            dict(kind="unrelated", case_id=None, sender_verified=True), new, trace="jp", mx="mta5014.mail.kks.yahoo.co.jp",
            frm="Amazon Web Services Training and Certification via Credly <admin@credly.com>")

# 056 GitHub merged notification
s = datetime(2025, 5, 29, 2, 11, 40, tzinfo=UTC)
new = """Merged #482 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/kd-solutions/infra-templates/pull/482#event-%d
You are receiving this because you authored the thread.
""" % rnd.randint(10**10, 10**11)
v = dict(mailfrom="noreply@github.com", ip="192.30.252.201", dkim=[("pass", "github.com", "pf2023")], dmarc="pass", from_dom="github.com", policy="REJECT")
body = multi("alternative", [leaf(new, cte="7bit", charset="UTF-8"), leaf('<p>Merged <a href="https://github.com/kd-solutions/infra-templates/pull/482">#482</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kd-solutions/infra-templates/pull/482">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n', "html", cte="7bit", charset="UTF-8")])
other_send("github-merged-pr-482", T1_USER, s, "Kenta Mori <notifications@github.com>", "Re: [kd-solutions/infra-templates] Merge cert account stacks into shared org (PR #482)", body,
           dict(kind="unrelated", case_id=None, sender_verified=False, language="en"), new, "gmail", v, "out-18.smtp.github.com", "192.30.252.201",
           dkim_dom="github.com", msgid="<kd-solutions/infra-templates/pull/482/issue_event/%d@github.com>" % rnd.randint(10**10, 10**11),
           extra_hdr=[("Reply-To", "kd-solutions/infra-templates <reply+%s@reply.github.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))])

# 057 AWS Japan newsletter (HTML only), mentions the merge FAQ as a link
s = jst(2025, 6, 18, 12, 0, 0)
nl = """AWS 認定 ニュースレター 2025年6月号

いつも AWS 認定をご利用いただき、ありがとうございます。

■ 新しい認定試験のお知らせ
AWS Certified Generative AI Developer – Professional（ベータ版）の受験登録を開始しました。

■ よくあるご質問
「認定アカウントが 2 つある場合はどうすればよいですか？」
アカウントの統合はお問い合わせフォームから承っています。詳しくは FAQ をご覧ください: https://aws.amazon.com/jp/certification/faqs/

■ イベント
AWS Summit Japan 2025 の認定者ラウンジにぜひお立ち寄りください。

配信停止: https://pages.awscloud.com/communication-preferences.html?lang=ja
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
body = leaf(aws_html(nl, "AWS 認定 ニュースレター"), "html", cte="quoted-printable")
aws_send("aws-nintei-newsletter-june", T2_USER, s, enc_name("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"),
         enc_subject("【AWS 認定】ニュースレター 2025年6月号：新試験のお知らせほか"), body,
         dict(kind="unrelated", case_id=None, sender_verified=True), nl, trace="outlook",
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

# 058 phishing not about the merge (billing), look-alike domain
s = jst(2025, 10, 30, 2, 41, 9)
new = """Amazon Web Services をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、直近のご請求（\\4,820）の決済が完了できませんでした。
72 時間以内にお支払い情報を更新いただけない場合、AWS アカウントおよびすべてのリソースが停止されます。

お支払い情報を更新する:
https://aws-amazon-jp-billing.com/console/billing/update?acct=%s

Amazon Web Services 請求チーム
""" % alnum(12, "0123456789")
v = dict(mailfrom="billing@aws-amazon-jp-billing.com", ip="91.215.85.140", spf="none", dkim=[], dmarc="none", from_dom="aws-amazon-jp-billing.com")
body = leaf(text2html(new), "html", cte="base64")
other_send("phish-shiharai-koushin-not-merge", T2_USER, s, enc_name("Amazon Web Services", "billing@aws-amazon-jp-billing.com"),
           enc_subject("【重要】AWS お支払い方法の更新が必要です"), body,
           dict(kind="unrelated", case_id=None, sender_verified=False), new, "outlook", v, "mail.aws-amazon-jp-billing.com", "91.215.85.140")

# 059 the user's own consent reply, from the Sent folder (Thunderbird, ISO-2022-JP, no AR)
s = datetime(2023, 9, 19, 9, 2, 44, tzinfo=UTC)
new = """石川様

お世話になっております。中村です。
ご確認ありがとうございます。

ＡＷＳ４１８７５５０３をAWS62218840に統合する内容で、承認します。
よろしくお願いいたします。

中村 綾
"""
quoted = """
2023/09/19 15:30 に Amazon Web Services さんは書きました:
> 中村 綾 様
>
> 【存続するアカウント】
> 　受験者ID　　：aws62218840
> 【統合され、無効となるアカウント】
> 　受験者ID　　：AWS41875503
>
> この内容でお手続きを進めてよろしければ、「承認します」とご返信ください。
"""
body = leaf(new + quoted, charset="ISO-2022-JP", cte="7bit", flowed=False)
hd = [("Message-ID", "<%s-%s-%s-%s-%s@nifty.com>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))),
      ("Date", rfc(s.astimezone(JST))), ("MIME-Version", "1.0"),
      ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja"),
      ("To", "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>"),
      ("From", enc_name("中村 綾", T3_USER, "iso-2022-jp")),
      ("Subject", "Re: " + FORM_SUB_T3),
      ("X-Mozilla-Draft-Info", "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0; attachmentreminder=0; deliveryformat=4")]
build("jibun-no-shounin-henshin-sent", [], hd, body, dict(kind="unrelated", case_id=T3, sender_verified=None), new)

# 060 after completion: badges still on the old Credly account, support asks Credly (support_reply)
s = jst(2025, 11, 4, 15, 12, 40)
new = """佐藤 健二 様

AWS サポートの佐々木です。
ケースを再オープンいただき、ありがとうございます。

認定資格の移行は先日完了しておりますが、ご指摘のとおり Credly のバッジは以前のメールアドレス（k.sato@hinode-tech.co.jp）の Credly アカウントに残っている状態でした。
Credly 側のアカウントについては AWS からは直接操作できないため、本日、Credly に対してバッジの付け替えを依頼いたしました。

Credly での作業には 5～7 営業日ほどかかる見込みです。付け替えが済みましたら Credly からメールが届きますので、受け取りの操作をお願いいたします。
それまでの間、本ケースはオープンのままとさせていただきます。

佐々木
Amazon Web Services
"""
full = new + CONSOLE_FOOT_JA % T2
body = multi("alternative", [leaf(full, cte="base64"), leaf(aws_html(full), "html", cte="base64")])
t2_send(s, "RE:[CASE %s] %s" % (T2, enc_subject(T2_SUBJ)), body,
        dict(kind="support_reply", case_id=T2, sender_verified=True), new, "credly-tsukekae-irai-reopen", region="ap-northeast-1", sel_i=2)

# ================================================================= END OF MAILS


def decoded_text(msg):
    out = []
    for k in ("Subject", "From", "To"):
        v = msg.get(k)
        if v:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(v)
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        txt = None
        for c in (cs, "utf-8", "cp932", "iso-2022-jp"):
            try:
                t = data.decode(c)
                if "\ufffd" not in t:
                    txt = t
                    break
            except Exception:
                continue
        out.append(txt if txt is not None else data.decode("utf-8", "replace"))
    return "\n".join(out)


def check():
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(LABELS):
        print("label/file mismatch", set(files) ^ set(LABELS)); bad += 1
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        msg = email.message_from_bytes(raw)
        if msg.defects:
            print(f, "defects", msg.defects)
        for p in msg.walk():
            if p.defects:
                print(f, "part defects", p.defects)
        txt = unicodedata.normalize("NFKC", decoded_text(msg))
        flat = re.sub(r"(?i)aws[ \-]?(\d{8})", lambda m: "AWS" + m.group(1), txt)
        lab = LABELS[f]
        for a in lab["account_ids"]:
            if a not in flat:
                print(f, "account id not in text:", a); bad += 1
        if lab["case_id"] and lab["case_id"] not in txt:
            print(f, "case id not in text:", lab["case_id"]); bad += 1
        if ids_in(NEWTEXT[f]) != lab["account_ids"]:
            print(f, "NOTE label ids differ from new-text ids", ids_in(NEWTEXT[f]), lab["account_ids"])
        has_ar = "Authentication-Results" in msg
        if (lab["sender_verified"] is None) == has_ar:
            print(f, "sender_verified/AR mismatch"); bad += 1
    from collections import Counter
    print(len(files), "files;", dict(Counter(l["kind"] for l in LABELS.values())), "problems:", bad)


if __name__ == "__main__":
    write_all()
    check()
