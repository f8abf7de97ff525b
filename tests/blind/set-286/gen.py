#!/usr/bin/env python3
"""Generator for blind set 286: AWS Certification account-merge mailbox.

Emphasis: the merge confirmation request and its look-alikes (re-asked after no
reply, corrected requests, requests with a side question; mails that ask a yes
about something else or only inform), English and Japanese.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import re
import sys
import uuid
from email import policy as email_policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = email_policy.compat32


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


UTC = dt.timezone.utc
JST = tz(9)
PDT = tz(-7)
PST = tz(-8)
CET = tz(1)
CEST = tz(2)
IST = tz(5, 30)
BST = tz(1)
EDT = tz(-4)
AEST = tz(10)
SGT = tz(8)


def D(y, mo, d, h, mi, s=0, zone=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def case15(opened, suffix):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%s" % (int(opened.timestamp()), suffix)


# ---------------------------------------------------------------- helpers
def h(seed, n=8, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        for b in dig:
            out += alphabet[b % len(alphabet)]
            if len(out) >= n:
                break
        i += 1
    return out


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
HEX = "0123456789abcdef"


def b64blob(seed, n):
    return h(seed, n, B64)


def fold_blob(s, indent="\t ", width=70):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def rfcdate(d):
    return format_datetime(d)


def gdate(d):
    """Date as written in Received lines by Google: with (PDT) style comment."""
    s = format_datetime(d)
    off = d.utcoffset()
    names = {dt.timedelta(hours=-7): "PDT", dt.timedelta(hours=-8): "PST",
             dt.timedelta(0): "UTC", dt.timedelta(hours=9): "JST"}
    return s + (" (%s)" % names[off] if off in names else "")


def ses_id(d, seed, region="email"):
    ms = int(d.timestamp() * 1000) - 900
    u = uuid.UUID(hashlib.md5(seed.encode()).hexdigest())
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, u, region)


def codec(cs):
    cs = cs.lower()
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
            "windows-31j": "cp932", "euc-jp": "euc_jp"}.get(cs, cs)


def part(body, sub="plain", cs="utf-8", cte="qp", declared=None, enc_cs=None):
    """A text/* part. body is str; encoded with enc_cs (or cs); labelled
    charset=declared (or cs) -- declared != cs gives a wrong charset label."""
    data = body.encode(codec(enc_cs or cs))
    p = MIMENonMultipart("text", sub, policy=POL)
    del p["MIME-Version"]
    p.set_param("charset", declared or cs)
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        name = "base64"
    elif cte == "7bit":
        payload = data.decode("ascii")
        name = "7bit"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        name = "8bit"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = name
    p.set_payload(payload)
    return p


_BCOUNT = [0]


def _boundary():
    _BCOUNT[0] += 1
    n = int(hashlib.md5(("b%d" % _BCOUNT[0]).encode()).hexdigest(), 16)
    return "----=_Part_%d_%d.%d" % (n % 9000000 + 100000, (n >> 40) % 2000000000, 1700000000000 + (n >> 80) % 80000000000)


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or _boundary(), policy=POL)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, sub="mixed", boundary=None):
    m = MIMEMultipart(sub, boundary=boundary or _boundary(), policy=POL)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attachment(data, maintype, subtype, filename, cid=None, inline=False):
    p = MIMEBase(maintype, subtype, policy=POL)
    del p["MIME-Version"]
    p.set_param("name", filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
    if cid:
        p["Content-ID"] = "<%s>" % cid
    return p


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_simple(text, head_style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out = []
    para = []
    quote = []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(esc(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(esc(re.sub(r"^> ?", "", x)) for x in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
        elif line.strip() == "":
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (head_style, "\n".join(out)))


def ew(s, cs="utf-8", name="Subject"):
    """Encoded-word header value, folded by email.header."""
    return Header(s, codec(cs) if cs.lower() not in ("utf-8", "iso-2022-jp", "shift_jis") else cs,
                  header_name=name).encode(maxlinelen=76)


def ewq(s, cs="utf-8"):
    """Force Q encoding, one encoded-word per chunk, folded."""
    data = s.encode(codec(cs))
    chunks = []
    cur = ""
    for b in data:
        c = chr(b)
        if c == " ":
            t = "_"
        elif c.isalnum() and b < 128:
            t = c
        else:
            t = "=%02X" % b
        if len(cur) + len(t) > 40 and not (t.startswith("=") and b >= 0x80 and b < 0xC0):
            chunks.append(cur)
            cur = ""
        cur += t
    if cur:
        chunks.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (cs, c) for c in chunks)


# --------------------------------------------------------- transport headers
AMZ_SEL = "rjt5cdl2jmyld4vxpmbuvyl3ml5xqrzf"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def dkim(d, sel, when, seed, hdrs="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    t = int(when.timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s" % (sel, d, t, hdrs, b64blob(seed + "bh" + d, 43),
                         fold_blob(b64blob(seed + "b" + d, 342) + "=")))


def amazon_dkim(when, seed, region_sel=SES_SEL):
    return [dkim("amazon.com", AMZ_SEL, when, seed,
                 "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"),
            dkim("amazonses.com", region_sel, when, seed,
                 "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]


def ses_ip(seed):
    n = int(hashlib.md5(seed.encode()).hexdigest(), 16)
    a, b = [(8, "a8"), (48, "a48"), (251, "a251"), (252, "a252")][n % 4]
    c = (n >> 8) % 250 + 2
    host = "%s-%d.smtp-out.amazonses.com" % (b, c)
    return host, "54.240.%d.%d" % (a, c)


def gmail_transport(to, rp, when, seed, host, ip, ar_lines, spf="pass", arc=True):
    """Headers Gmail adds, top first. ar_lines: body of Authentication-Results after 'mx.google.com;'."""
    r1 = when + dt.timedelta(seconds=1)
    lid = "%s-%s.%d.%s" % (h(seed + "q", 13, HEX), h(seed + "r", 14, HEX), int(r1.timestamp()), "388")
    out = ["Delivered-To: %s" % to,
           "Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s" % (
               h(seed + "a", 4, HEX), h(seed + "b", 4, HEX), h(seed + "c", 3, HEX), h(seed + "d", 3, HEX),
               h(seed + "e", 4, HEX), h(seed + "f", 3), int(hashlib.md5(seed.encode()).hexdigest()[:6], 16),
               h(seed + "g", 3), gdate(r1.astimezone(PDT if r1.month in range(3, 12) else PST))),
           "X-Google-Smtp-Source: %s" % b64blob(seed + "xg", 60),
           "X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s;\n        %s" % (
               h(seed + "h", 4, HEX), h(seed + "i", 4, HEX), h(seed + "j", 3, HEX), lid,
               gdate(r1.astimezone(PDT if r1.month in range(3, 12) else PST)))]
    ar_text = "mx.google.com;\n       " + ";\n       ".join(ar_lines)
    if arc:
        out += ["ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                    int(r1.timestamp()), fold_blob(b64blob(seed + "as", 340) + "==", "        ", 68)),
                "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                "         :dkim-signature:dkim-signature;\n"
                "        bh=%s=;\n        fh=%s=;\n        b=%s" % (
                    b64blob(seed + "abh", 43), b64blob(seed + "afh", 43),
                    fold_blob(b64blob(seed + "amb", 340) + "==", "        ", 68)),
                "ARC-Authentication-Results: i=1; " + ar_text]
    out += ["Return-Path: <%s>" % rp,
            "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                host, host, ip, lid, to, gdate(when.astimezone(PDT if when.month in range(3, 12) else PST))),
            "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
                spf, rp, "designates" if spf == "pass" else "does not designate", ip, ip),
            "Authentication-Results: " + ar_text]
    return out


def gmail_ar_amazon(seed, rp, ip):
    return ["dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_SEL, b64blob(seed + "hb1", 8)),
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, b64blob(seed + "hb2", 8)),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (rp, ip, rp),
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"]


def outlook_transport(when, seed, host, ip, mailfrom_dom, ar, tenant_to=None):
    """Exchange Online headers, top first. ar: Authentication-Results value (no authserv-id)."""
    t2 = when + dt.timedelta(seconds=2)
    t1 = when + dt.timedelta(seconds=1)
    srv = lambda s: "%s%s%s.namprd%02d.prod.outlook.com" % (
        ["SN7PR", "MW4PR", "BN9PR", "CH3PR", "DM6PR"][int(h(s, 1, "01234"))], h(s + "n", 2, "0123456789"),
        "MB" + h(s + "m", 4, "0123456789"), int(h(s + "p", 1, "1234")) + 1)
    a, b, c = srv(seed + "1"), srv(seed + "2"), "BN2PEPF0000%s.namprd04.prod.outlook.com" % h(seed + "3", 4, "0123456789ABCDEF")
    return [
        "Received: from %s (2603:10b6:806:%s::9) by\n %s with HTTPS; %s" % (
            a, h(seed + "x", 3, HEX), b, rfcdate(t2.astimezone(UTC)).replace("-0000", "+0000")),
        "Received: from %s (2603:10b6:408:10d::12)\n by %s (2603:10b6:806:%s::9) with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.27; %s" % (
            c.replace(".namprd04.prod.outlook.com", ".outlook.office365.com"), a, h(seed + "x", 3, HEX),
            rfcdate(t1.astimezone(UTC)).replace("-0000", "+0000")),
        "Authentication-Results: " + ar,
        "Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
        " client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, host),
        "Received: from %s (%s) by\n %s (10.167.243.104) with Microsoft SMTP Server\n"
        " (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.20 via Frontend\n Transport; %s" % (
            host, ip, c.replace(".namprd04.prod.outlook.com", ".mail.protection.outlook.com"),
            rfcdate(when.astimezone(UTC)).replace("-0000", "+0000")),
    ]


OUTLOOK_AR_AMAZON = ("spf=pass (sender IP is {ip})\n smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n"
                     " header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n"
                     " header.from=amazon.com;compauth=pass reason=100")

OUTLOOK_TAIL = [
    "X-MS-Exchange-Organization-ExpirationStartTime: {t}",
    "X-MS-Exchange-Organization-Network-Message-Id: {nm}",
    "X-EOPAttributedMessage: 0",
    "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
    "X-MS-PublicTrafficType: Email",
    "X-MS-Exchange-Organization-AuthSource: BN2PEPF000044A5.namprd04.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-MS-Office365-Filtering-Correlation-Id: {nm}",
    "X-Microsoft-Antispam: BCL:0;ARA:13230040|2066899003|4092899012|12012899012;",
    "X-MS-Exchange-Organization-SCL: 1",
]


def outlook_tail(when, seed):
    nm = str(uuid.UUID(hashlib.md5((seed + "nm").encode()).hexdigest()))
    t = when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-4] + " (UTC)"
    return [x.format(t=t, nm=nm) for x in OUTLOOK_TAIL]


def jp_transport(provider, to, when, seed, host, ip, ar_value):
    """Japanese ISP: provider one of nifty/ocn/biglobe/so-net/docomo."""
    rhost = {"nifty": "mfilter-%s.nifty.com" % h(seed, 2, "0123456789"),
             "ocn": "mx-ocn-%s.ocn.ad.jp" % h(seed, 1, "123456"),
             "biglobe": "mx%s.biglobe.ne.jp" % h(seed, 2, "0123456789"),
             "so-net": "mx%s.so-net.ne.jp" % h(seed, 2, "0123456789"),
             "kddi": "mx%s.auone-net.jp" % h(seed, 2, "0123456789")}[provider]
    jt = (when + dt.timedelta(seconds=2)).astimezone(JST)
    mb = {"nifty": "mail.nifty.com", "ocn": "mbox.ocn.ne.jp", "biglobe": "mbox.biglobe.ne.jp",
          "so-net": "mbox.so-net.ne.jp", "kddi": "mbox.auone-net.jp"}[provider]
    return [
        "Return-Path: <%s>" % "{RP}",
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id 4Z%s\n\tfor <%s>; %s" % (
            rhost, rhost, "10.%d.%d.%d" % (int(h(seed + "1", 2, "0123456789")), int(h(seed + "2", 2, "0123456789")), int(h(seed + "3", 2, "0123456789"))),
            mb, h(seed + "id", 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), to, rfcdate(jt)),
        "Authentication-Results: " + ar_value,
        "Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, rhost, h(seed + "id2", 12, HEX).upper(), to,
            rfcdate((when + dt.timedelta(seconds=1)).astimezone(JST))),
    ]


# ------------------------------------------------------------- assemble
MAILS = []   # (filename, bytes, label)


def build(num, slug, body, headers, label):
    """headers: list of pre-folded header lines (top first) -- written verbatim;
    body: MIME object (its own Content-* headers go after ours)."""
    b = body.as_bytes(policy=POL)
    head = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    raw = head.encode("ascii") + b
    if not raw.endswith(b"\n"):
        raw += b"\n"
    fname = "%03d-%s.eml" % (num, slug)
    kind, case_id, ids, verified, lang = label
    MAILS.append((fname, raw, {"kind": kind, "case_id": case_id,
                               "account_ids": sorted(set(ids)), "sender_verified": verified,
                               "language": lang}))


def aws_mail(num, slug, label, *, to, when, subject, body, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             rcpt_style="gmail", reply_to=None, extra=None, provider="nifty", ar_override=None, cc=None,
             region_sel=SES_SEL, feedback="1.us-east-1.Nq3bWb0x0pKz7aW1t1k6pGg0NL9q5x0oV5WQd2tq4qU=:AmazonSES",
             omit_ar=False, transport=None):
    """Genuine AWS mail via SES delivered to Gmail / Outlook / Japanese ISP.
    transport: callable(rp, host, ip) -> header lines, for other receivers."""
    seed = "%03d%s" % (num, slug)
    host, ip = ses_ip(seed)
    mid = ses_id(when, seed)
    rp = mid[1:-1].replace("@email.amazonses.com", "@email.amazonses.com").split("@")[0] + "@email.amazonses.com"
    hdrs = []
    if rcpt_style == "gmail":
        ar = ar_override or gmail_ar_amazon(seed, rp, ip)
        hdrs += gmail_transport(to, rp, when, seed, host, ip, ar)
    elif rcpt_style == "outlook":
        ar = ar_override or OUTLOOK_AR_AMAZON.format(ip=ip)
        hdrs += outlook_transport(when, seed, host, ip, "email.amazonses.com", ar)
    elif rcpt_style == "jp":
        ar = ar_override or ("%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n"
                             "\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass header.from=amazon.com" % (
                                 {"nifty": "mfilter.nifty.com", "ocn": "ocn.ad.jp", "biglobe": "biglobe.ne.jp",
                                  "so-net": "so-net.ne.jp", "kddi": "auone-net.jp"}[provider], rp, AMZ_SEL, SES_SEL))
        hdrs += [x.replace("{RP}", rp) for x in jp_transport(provider, to, when, seed, host, ip, ar)]
    elif rcpt_style == "none":
        hdrs += ["Return-Path: <%s>" % rp,
                 "Received: from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                     host, host, ip, to.split("@")[1], h(seed, 11, "0123456789ABCDEF"), to,
                     rfcdate(when + dt.timedelta(seconds=2)))]
    elif rcpt_style == "custom":
        hdrs += transport(rp, host, ip)
    if omit_ar:
        hdrs = [x for x in hdrs if not x.startswith("Authentication-Results") and not x.startswith("ARC-")]
    hdrs += amazon_dkim(when, seed, region_sel)
    hdrs += ["Date: %s" % rfcdate(when.astimezone(UTC)).replace("-0000", "+0000"),
             "From: %s" % frm]
    if reply_to:
        hdrs.append("Reply-To: %s" % reply_to)
    hdrs.append("To: %s" % to)
    if cc:
        hdrs.append("Cc: %s" % cc)
    hdrs += ["Message-ID: %s" % mid, "Subject: %s" % subject]
    if extra:
        hdrs += extra
    hdrs += ["Feedback-ID: %s" % feedback,
             "X-SES-Outgoing: %s" % when.astimezone(UTC).strftime("%Y.%m.%d-") + ip]
    if rcpt_style == "outlook":
        hdrs += outlook_tail(when, seed)
    build(num, slug, body, hdrs, label)


def gen_mail(num, slug, label, *, to, when, subject, body, frm, rp, host, ip, msgid,
             rcpt_style="gmail", ar=None, dkims=(), extra=(), provider="nifty", spf="pass",
             cc=None, reply_to=None, before_from=(), date_str=None, transport=None):
    """Any non-SES sender. ar: list of Gmail A-R clauses / Outlook string / JP string, or None for no A-R."""
    seed = "%03d%s" % (num, slug)
    hdrs = []
    if rcpt_style == "gmail":
        hdrs += gmail_transport(to, rp, when, seed, host, ip, ar or [], spf=spf, arc=ar is not None)
        if ar is None:
            hdrs = [x for x in hdrs if not x.startswith("Authentication-Results")]
    elif rcpt_style == "outlook":
        hdrs += outlook_transport(when, seed, host, ip, rp.split("@")[-1], ar or "")
        if ar is None:
            hdrs = [x for x in hdrs if not x.startswith("Authentication-Results")]
    elif rcpt_style == "jp":
        hdrs += [x.replace("{RP}", rp) for x in jp_transport(provider, to, when, seed, host, ip, ar or "")]
        if ar is None:
            hdrs = [x for x in hdrs if not x.startswith("Authentication-Results")]
    elif rcpt_style == "none":
        hdrs += ["Return-Path: <%s>" % rp,
                 "Received: from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                     host, host, ip, to.split("@")[1], h(seed, 11, "0123456789ABCDEF"), to,
                     rfcdate(when + dt.timedelta(seconds=2)))]
    elif rcpt_style == "custom":
        hdrs += transport(rp, host, ip)
    hdrs += list(dkims)
    hdrs += list(before_from)
    hdrs += ["Date: %s" % (date_str or rfcdate(when)), "From: %s" % frm]
    if reply_to:
        hdrs.append("Reply-To: %s" % reply_to)
    hdrs.append("To: %s" % to)
    if cc:
        hdrs.append("Cc: %s" % cc)
    hdrs += ["Message-ID: %s" % msgid, "Subject: %s" % subject]
    hdrs += list(extra)
    if rcpt_style == "outlook":
        hdrs += outlook_tail(when, seed)
    build(num, slug, body, hdrs, label)


# ================================================================ MAILS
# Thread A: Maya Fernandes, form case, 15-digit id, Gmail.
MAYA = "maya.fernandes.dev@gmail.com"
A_OPEN = D(2025, 3, 10, 9, 41, 27)
A_CASE = case15(A_OPEN, "00817")
A_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE
A_OLD, A_NEW = "AWS04417823", "AWS11893046"


AWS_FOOTER = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

# 001 case_created -- form desk automatic acknowledgement
t = A_OPEN + dt.timedelta(seconds=44)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and created case %s.

A member of our support team will review your request and get back to you. We aim to respond within 24 hours, although response times may be longer during periods of high volume.

If you need to add information, simply reply to this email and keep the case number in the subject line. Please do not submit a new request for the same issue -- duplicate cases can delay our response.

Kind regards,
AWS Training and Certification Customer Support
%s
""" % (A_CASE, AWS_FOOTER)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This is an automated message to let you know that we have received your request and created case <b>%s</b>.</p>
<p>A member of our support team will review your request and get back to you. We aim to respond within 24 hours, although response times may be longer during periods of high volume.</p>
<p>If you need to add information, simply reply to this email and keep the case number in the subject line. Please do not submit a new request for the same issue &ndash; duplicate cases can delay our response.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table></body></html>
""" % (A_CASE, esc(AWS_FOOTER.strip()))
aws_mail(1, "form-ack-case-opened", ("case_created", A_CASE, [], True, "en"),
         to=MAYA, when=t, subject=A_SUBJ,
         body=alt(part(txt, cte="qp"), part(html, "html", cte="qp")))

# 002 support_reply -- agent asks for the other login e-mail and which account to keep
t = D(2025, 3, 11, 8, 2, 51)
txt = """Hello Maya,

Thank you for reaching out to AWS Training and Certification.

I was able to find the certification account AWS11893046, which is registered to maya.fernandes.dev@gmail.com. To locate your second profile and prepare the request I will need a bit more information:

1. The email address you used to sign in to the older account (and its candidate ID if you still have it)
2. Which of the two accounts you would like to keep as your primary account going forward

As soon as I have these details I will review both profiles and get back to you.

Best regards,
Rahul K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

---- Original message ----
Inquiry type: AWS Certification
Detail: Account Merge
AWS candidate ID: AWS11893046
Description: Hi, I have two certification accounts, one from an old job. I would like to merge them so all my certs are in one place. Thanks, Maya
%s
""" % AWS_FOOTER
aws_mail(2, "agent-asks-which-account-to-keep", ("support_reply", A_CASE, ["AWS11893046"], True, "en"),
         to=MAYA, when=t, subject="RE:" + A_SUBJ,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 003 merge_confirmation_requested -- standard request
t = D(2025, 3, 12, 10, 17, 5)
txt = """Hello Maya,

Thank you for the additional details. I have now reviewed both certification profiles:

  Account to be merged (will be deactivated): AWS04417823 - maya.fernandes@contoso-it.com
  Surviving account: AWS11893046 - maya.fernandes.dev@gmail.com

After the merge, the certification history, exam records and digital badges of AWS04417823 will be moved to AWS11893046, and you will sign in with maya.fernandes.dev@gmail.com only. Please be aware that a merge cannot be undone once it has been processed.

Please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Rahul K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

---- Original message ----
From: Maya Fernandes <maya.fernandes.dev@gmail.com>
Sent: Tuesday, March 11, 2025 1:40 PM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Rahul,
The old one was created with maya.fernandes@contoso-it.com, I believe the ID is AWS04417823. I don't work there anymore so please keep my gmail account.
Thanks!
Maya
%s
""" % (A_CASE, AWS_FOOTER)
aws_mail(3, "merge-confirmation-request", ("merge_confirmation_requested", A_CASE, ["AWS04417823", "AWS11893046"], True, "en"),
         to=MAYA, when=t, subject="RE:" + A_SUBJ,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 004 merge_confirmation_requested -- asked again after no reply, accounts restated
t = D(2025, 3, 17, 15, 48, 30)
txt = """Hello Maya,

I'm following up on my message of 12 March, as we have not yet heard back from you.

To recap: we are ready to combine AWS04417823 into AWS11893046, and AWS11893046 will stay your active account. Before we go ahead we need your written go-ahead -- a short reply such as "Yes, please proceed" is enough. If anything in the summary is not right, just tell me and I will correct it.

If we do not receive a response within 5 business days this case will be closed automatically. You can reopen it at any time by replying to this email.

Best regards,
Rahul K.
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 10:17 AM
To: maya.fernandes.dev@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Maya,

Thank you for the additional details. I have now reviewed both certification profiles:

  Account to be merged (will be deactivated): AWS04417823 - maya.fernandes@contoso-it.com
  Surviving account: AWS11893046 - maya.fernandes.dev@gmail.com

After the merge, the certification history, exam records and digital badges of AWS04417823 will be moved to AWS11893046, and you will sign in with maya.fernandes.dev@gmail.com only. Please be aware that a merge cannot be undone once it has been processed.

Please reply to this email to confirm that the details above are correct and that you would like us to proceed.

Best regards,
Rahul K.
%s
""" % (A_CASE, AWS_FOOTER)
aws_mail(4, "reminder-confirm-with-accounts", ("merge_confirmation_requested", A_CASE, ["AWS04417823", "AWS11893046"], True, "en"),
         to=MAYA, when=t, subject="RE:" + A_SUBJ,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="b64")))

# 005 support_reply -- thanks for confirming, we will proceed (look-alike)
t = D(2025, 3, 18, 7, 5, 12)
txt = """Hi Maya,

Thank you for confirming. I have passed the request to our Certification Operations team and they will now carry out the merge.

Once the merge is complete you will receive a separate email from us, and your Credly badges will be re-issued to maya.fernandes.dev@gmail.com. This usually takes 2-3 business days. There is nothing else you need to do in the meantime.

Best regards,
Rahul K.
Amazon Web Services

On Mon, Mar 17, 2025 at 9:12 PM Maya Fernandes <maya.fernandes.dev@gmail.com> wrote:
> Hi Rahul, sorry for the delay, I was travelling. Yes, please proceed.
> Maya
%s
""" % AWS_FOOTER
aws_mail(5, "thanks-for-confirming-will-proceed", ("support_reply", A_CASE, [], True, "en"),
         to=MAYA, when=t, subject="RE:" + A_SUBJ,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 006 merge_completed
t = D(2025, 3, 19, 18, 30, 2)
txt = """Hello Maya,

Good news: your certification accounts have now been merged.

All certifications, exam history and benefits from AWS04417823 are now held on AWS11893046. Please sign in to your AWS Certification Account with maya.fernandes.dev@gmail.com and check that everything is listed as expected, including any unused exam discount vouchers.

Your digital badges will be re-issued by Credly to the email address of the surviving account within the next 24-48 hours. If they have not arrived after that, just reply to this email and we will look into it.

Best regards,
Rahul K.
Amazon Web Services
%s
""" % AWS_FOOTER
aws_mail(6, "merge-done", ("merge_completed", A_CASE, ["AWS04417823", "AWS11893046"], True, "en"),
         to=MAYA, when=t, subject="RE:" + A_SUBJ,
         body=alt(part(txt, cte="b64"), part(html_simple(txt), "html", cte="b64")))

# 007 survey -- closure notice with rating request (HTML only)
t = D(2025, 3, 19, 18, 41, 37)
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="font-family:Arial,sans-serif;color:#16191f;background:#fafafa">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<p>Hello Maya,</p>
<p>Your case <b>%s</b> has been marked as resolved. If you need further help with this request, reply to this email within 14 days and the case will be reopened automatically.</p>
<p style="margin-top:24px"><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws.training/s/tc?caseId=%s&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws.training/s/tc?caseId=%s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the support you received from Rahul?<br>
<a href="https://survey.aws.training/s/tc?caseId=%s&amp;r=1">1</a> &middot; <a href="https://survey.aws.training/s/tc?caseId=%s&amp;r=2">2</a> &middot; <a href="https://survey.aws.training/s/tc?caseId=%s&amp;r=3">3</a> &middot; <a href="https://survey.aws.training/s/tc?caseId=%s&amp;r=4">4</a> &middot; <a href="https://survey.aws.training/s/tc?caseId=%s&amp;r=5">5</a></p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#687078">%s</p>
</div></body></html>
""" % ((A_CASE,) * 8 + (esc(AWS_FOOTER.strip()),))
aws_mail(7, "case-resolved-rate-us", ("survey", A_CASE, [], True, "en"),
         to=MAYA, when=t, subject="[CASE %s] Your case has been resolved - tell us how we did" % A_CASE,
         frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
         body=part(html, "html", cte="qp"))

# 008 credly_badge_issued -- badge re-issued after merge
t = D(2025, 3, 20, 11, 3, 44)
seed = "008credly"
rp = "bounces+1198207-%s-%s=gmail.com@em.credly.com" % (h(seed, 4, HEX), MAYA.split("@")[0])
badge_url = "https://www.credly.com/badges/%s/accept" % uuid.UUID(hashlib.md5(b"008badge").hexdigest())
txt = """Maya, you've earned a badge from Amazon Web Services Training and Certification!

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your professional network and show what you can do.

Accept your badge: %s

Why accept? Badges help employers and recruiters verify your skills, and you can add yours to LinkedIn with one click.

If you already accepted this badge on another Credly account, you can ignore this message.

Credly, Inc. | 13 East 37th Street, Suite 502 | New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notification_settings
""" % badge_url
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:30px;text-align:center">
<img src="cid:credly-logo" alt="Credly" width="90">
<h2 style="color:#111">Maya, you've earned a badge from Amazon Web Services Training and Certification!</h2>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"></p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="color:#555">Badges help employers and recruiters verify your skills.</p>
<p style="font-size:11px;color:#888">Credly, Inc. | 13 East 37th Street, Suite 502 | New York, NY 10016<br><a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</td></tr></table></body></html>
""" % badge_url
body = alt(part(txt, cte="7bit", cs="us-ascii"),
           mixed(part(html, "html", cte="qp"), attachment(PNG_1PX, "image", "png", "credly-logo.png", cid="credly-logo", inline=True), sub="related"))
gen_mail(8, "credly-badge-reissued", ("credly_badge_issued", None, [], True, "en"),
         to=MAYA, when=t, subject="Maya, you've earned a badge from Amazon Web Services Training and Certification", body=body,
         frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
         rp=rp, host="o3.ptr4411.em.credly.com", ip="149.72.162.18",
         msgid="<%s@geopod-ismtpd-3>" % b64blob(seed + "mid", 22).replace("+", "x").replace("/", "y"),
         ar=["dkim=pass header.i=@credly.com header.s=s1 header.b=%s" % b64blob(seed, 8),
             "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % b64blob(seed + "2", 8),
             "spf=pass (google.com: domain of %s designates 149.72.162.18 as permitted sender) smtp.mailfrom=\"%s\"" % (rp, rp),
             "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"],
         dkims=[dkim("credly.com", "s1", t, seed, "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to"),
                dkim("sendgrid.info", "smtpapi", t, seed, "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to:feedback-id")],
         date_str=rfcdate(t).replace("-0000", "+0000"),
         extra=["X-SG-EID: %s" % b64blob(seed + "eid", 60), "List-Unsubscribe: <https://www.credly.com/notification_settings>"])


# Thread B: 佐々木 健太, console case in Japanese, 11-digit id, @nifty.
SASAKI = "k.sasaki@nifty.com"
B_CASE = "12934806615"
B_SUBJ_JA = "認定アカウントの統合について"
B_A, B_B = "AWS20938471", "AWS07730215"
JA_CONSOLE_FOOTER = """
ケースの詳細の確認やご返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。ご返信いただいてもお受けできませんのでご了承ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。""" % B_CASE

# 009 case_created (ja console)
t = D(2023, 6, 19, 1, 12, 40)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせについて、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
連絡方法: ウェブ

担当のエンジニアが内容を確認し、ご連絡いたします。
%s
""" % (B_CASE, B_CASE, B_SUBJ_JA, JA_CONSOLE_FOOTER)
aws_mail(9, "ja-console-case-opened", ("case_created", B_CASE, [], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CASE, "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"), rcpt_style="jp", provider="nifty")

# 010 support_reply (ja) -- asks for sign-in addresses
t = D(2023, 6, 20, 2, 31, 9)
txt = """佐々木 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 サポート担当の山本でございます。

この度は AWS 認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お知らせいただいた受験者 ID AWS20938471 のアカウントは確認できましたが、もう一方のアカウントを特定するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントのサインインに使用していたメールアドレス
2. 統合後に引き続きご利用になりたいアカウント（どちらを残すか）

お手数をおかけいたしますが、サポートセンターの本ケースよりご返信くださいますようお願い申し上げます。

よろしくお願いいたします。

Amazon Web Services
トレーニングと認定 カスタマーサポート
山本
%s
""" % JA_CONSOLE_FOOTER
aws_mail(10, "ja-agent-asks-signin-emails", ("support_reply", B_CASE, [B_A], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("RE:[CASE %s] %s" % (B_CASE, B_SUBJ_JA), "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"), rcpt_style="jp", provider="nifty")

# 011 merge_confirmation_requested (ja)
t = D(2023, 6, 21, 7, 5, 22)
B_REQ = """佐々木 様

AWS トレーニングと認定 サポートの山本でございます。
ご返信いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の 2 つの認定アカウントを確認できました。

・AWS20938471（k.sasaki@nifty.com）
・AWS07730215（kenta.sasaki@hokuyo-sys.co.jp）

ご希望に沿い、AWS07730215 を AWS20938471 に統合し、統合後は AWS20938471 を引き続きご利用いただく形となります。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、統合を進めてよろしいか、本ケースにてご返信いただけますでしょうか。

ご確認のほど、よろしくお願い申し上げます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
山本"""
aws_mail(11, "ja-merge-confirmation-request", ("merge_confirmation_requested", B_CASE, [B_A, B_B], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("RE:[CASE %s] %s" % (B_CASE, B_SUBJ_JA), "iso-2022-jp"),
         body=part(B_REQ + "\n" + JA_CONSOLE_FOOTER + "\n", cs="iso-2022-jp", cte="7bit"),
         rcpt_style="jp", provider="nifty")

# 012 merge_confirmation_requested (ja) -- re-asked after no reply, accounts only in history
t = D(2023, 6, 26, 0, 48, 13)
txt = """佐々木 様

AWS トレーニングと認定 サポートの山本でございます。

先日ご案内いたしましたアカウント統合の件につきまして、その後いかがでしょうか。
恐れ入りますが、下記の内容をご確認のうえ、統合を実施してよろしければ、その旨を本ケースにてご返信いただけますと幸いです。

なお、ご返信のないまま 7 日間が経過いたしますと、本ケースは自動的にクローズされますのでご注意ください。

引き続きよろしくお願いいたします。

Amazon Web Services
山本

------------------------------------------------------------
2023/06/21 16:05 (JST) のご連絡
------------------------------------------------------------
""" + B_REQ + "\n" + JA_CONSOLE_FOOTER + "\n"
aws_mail(12, "ja-reminder-confirm-no-accounts", ("merge_confirmation_requested", B_CASE, [], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("RE:[CASE %s] %s" % (B_CASE, B_SUBJ_JA), "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"), rcpt_style="jp", provider="nifty")

# 013 support_reply (ja) -- approval received, will proceed
t = D(2023, 6, 27, 1, 20, 55)
txt = """佐々木 様

AWS トレーニングと認定 サポートの山本でございます。
統合についてご承諾のご連絡をいただき、誠にありがとうございます。

これより担当部署にて統合作業を進めてまいります。作業が完了いたしましたら、改めて本ケースにてご連絡いたします。
通常、完了まで 3〜5 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいますようお願い申し上げます。

Amazon Web Services
山本

------------------------------------------------------------
2023/06/26 22:14 (JST) お客様からのご返信
------------------------------------------------------------
山本様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
内容に間違いありません。統合をお願いいたします。

佐々木
%s
""" % JA_CONSOLE_FOOTER
aws_mail(13, "ja-thanks-will-proceed", ("support_reply", B_CASE, [], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("RE:[CASE %s] %s" % (B_CASE, B_SUBJ_JA), "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"), rcpt_style="jp", provider="nifty")

# 014 merge_completed (ja) -- Shift_JIS, base64, text + html
t = D(2023, 6, 29, 5, 2, 47)
txt = """佐々木 様

AWS トレーニングと認定 サポートの山本でございます。
大変お待たせいたしました。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。
AWS07730215 に登録されていた認定資格および受験履歴は、すべて AWS20938471 へ移行済みです。

お手数ですが、k.sasaki@nifty.com で AWS Certification アカウントにサインインし、認定資格の一覧や特典（次回受験の 50％ 割引バウチャーなど）が正しく表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、1〜2 日ほどで統合後のメールアドレス宛てに再発行のご案内が届く予定です。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

Amazon Web Services
山本
%s
""" % JA_CONSOLE_FOOTER
aws_mail(14, "ja-merge-completed-sjis", ("merge_completed", B_CASE, [B_A, B_B], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject=ew("RE:[CASE %s] %s" % (B_CASE, B_SUBJ_JA), "shift_jis"),
         body=alt(part(txt, cs="shift_jis", cte="b64"),
                  part(html_simple(txt).replace("charset=utf-8", "charset=Shift_JIS"), "html", cs="shift_jis", cte="b64")),
         rcpt_style="jp", provider="nifty")


def proton_transport(to, when, seed, dmarc="pass"):
    def f(rp, host, ip):
        return ["Return-Path: <%s>" % rp,
                "X-Original-To: %s" % to,
                "Delivered-To: %s" % to,
                "Authentication-Results: mail.protonmail.ch; dmarc=%s (p=quarantine dis=none)\n header.from=amazon.com" % dmarc,
                "Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=email.amazonses.com",
                "Authentication-Results: mail.protonmail.ch;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com\n"
                "\theader.b=\"%s\";\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com\n\theader.b=\"%s\"" % (
                    b64blob(seed + "p1", 8), b64blob(seed + "p2", 8)),
                "Received: from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature\n"
                " RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested)\n by mailin036.protonmail.ch (Postfix) with ESMTPS id 4b6%s\n for <%s>; %s" % (
                    host, host, ip, h(seed, 9, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789"), to,
                    rfcdate(when + dt.timedelta(seconds=1))),
                "X-Pm-Spam-Score: 0",
                "X-Pm-Origin: external"]
    return f


# Thread C: Tomasz, console case 2020, 10-digit id, Exchange Online.
TOMASZ = "t.wisniewski@northwind-analytics.eu"
C_CASE = "7081436251"
C_SUBJ = "RE:[CASE %s] Merge two AWS Certification accounts" % C_CASE
C_WORK, C_PERS = "AWS00582914", "AWS00917340"
CONSOLE_FOOTER_EN = """
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Learn to work with the AWS Support Center and find answers to frequently asked questions: https://aws.amazon.com/premiumsupport/knowledge-center/
====================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

# 015 merge_confirmation_requested -- first request (survivor stated the wrong way round)
t = D(2020, 7, 15, 11, 26, 3)
txt = """Hello,

Thank you for contacting AWS Support.

I have located both of the certification accounts you mentioned:

- AWS00582914 (t.wisniewski@northwind-analytics.eu)
- AWS00917340 (tomasz.wisniewski.pl@gmail.com)

We can consolidate these into a single account. Our plan is to merge AWS00917340 into AWS00582914, so that AWS00582914 remains as your certification account and AWS00917340 is closed. Please note that once completed, this cannot be reversed.

Could you please confirm, by replying to this case in the Support Center, that you agree with the above so that I can submit the request?

Best regards,

Aleksandra P.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % C_CASE
aws_mail(15, "confirm-request-direction-wrong", ("merge_confirmation_requested", C_CASE, [C_WORK, C_PERS], True, "en"),
         to=TOMASZ, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', subject=C_SUBJ,
         body=alt(part(txt, cte="qp", cs="us-ascii"), part(html_simple(txt), "html", cte="qp")), rcpt_style="outlook")

# 016 merge_confirmation_requested -- corrected request
t = D(2020, 7, 15, 14, 2, 40)
txt = """Hello again,

My apologies - in my previous message I described the merge the wrong way round. Thank you for pointing it out.

The corrected plan is:

  Account that will be closed:  AWS00582914 (t.wisniewski@northwind-analytics.eu)
  Account that will remain:     AWS00917340 (tomasz.wisniewski.pl@gmail.com)

All of your certifications and exam history will end up on AWS00917340, which you will access with your Gmail address. As mentioned, the merge is permanent.

If this is now correct, please reply to this case with your confirmation and I will submit it straight away.

Best regards,

Aleksandra P.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % C_CASE
aws_mail(16, "corrected-confirm-request", ("merge_confirmation_requested", C_CASE, [C_WORK, C_PERS], True, "en"),
         to=TOMASZ, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', subject=C_SUBJ,
         body=alt(part(txt, cte="qp", cs="us-ascii"), part(html_simple(txt), "html", cte="qp")), rcpt_style="outlook")

# 017 support_reply -- merge confirmed; agent asks a yes about an exam booking
t = D(2020, 7, 16, 9, 14, 18)
txt = """Hello,

Thank you for your confirmation, it has been noted on the case.

Before I submit the request I noticed that there is an exam appointment on the account that will be closed (AWS00582914): AWS Certified Developer - Associate, 28 July 2020, online proctored. If the merge is processed before that date the appointment may be cancelled.

Would you prefer that we hold the request until after your exam? A simple yes or no in the Support Center is fine. If we do not hear from you, we will wait until 29 July and then proceed.

Best regards,

Aleksandra P.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % C_CASE
aws_mail(17, "asks-yes-about-exam-booking", ("support_reply", C_CASE, [C_WORK], True, "en"),
         to=TOMASZ, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', subject=C_SUBJ,
         body=alt(part(txt, cte="qp", cs="us-ascii"), part(html_simple(txt), "html", cte="qp")), rcpt_style="outlook")

# Thread D: Luis Ortega, form case 2025, Proton Mail, non-native English agent
LUIS = "luis.ortega.dev@proton.me"
D_OPEN = D(2025, 5, 26, 16, 40, 2)
D_CASE = case15(D_OPEN, "02291")
D_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CASE

# 018 merge_confirmation_requested -- with a side question about Credly
t = D(2025, 5, 27, 6, 55, 31)
txt = """Dear Luis,

Greetings from AWS Training and Certification!

As per our verification, below two certification accounts are existing under your name:

1) Candidate ID: AWS 31550982 | Email ID: lortega@vantiq-labs.com
2) Candidate ID: AWS 28817406 | Email ID: luis.ortega.dev@proton.me

We will be merging the account AWS 31550982 into AWS 28817406. Post merge, AWS 28817406 will be the primary account and the other account will be deactivated. Kindly note this action is irreversible.

Kindly confirm if we can proceed with the merge as mentioned above.

Also, request you to let us know if you want your Credly badges also to be moved to luis.ortega.dev@proton.me, or if you are managing the badges from a separate Credly account.

Looking forward for your response.

Thanks & Regards,
Sandeep M.
Amazon Web Services
Training and Certification Customer Support
%s
""" % AWS_FOOTER
aws_mail(18, "confirm-request-with-credly-question", ("merge_confirmation_requested", D_CASE, ["AWS28817406", "AWS31550982"], True, "en"),
         to=LUIS, when=t, subject=D_SUBJ, rcpt_style="custom",
         transport=proton_transport(LUIS, t, "018"),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# Thread E: 中村 美咲, form case in Japanese, Gmail, UTF-8 base64
MISAKI = "misaki.nakamura.0417@gmail.com"
E_OPEN = D(2025, 5, 27, 23, 2, 9)
E_CASE = case15(E_OPEN, "00452")

# 019 merge_confirmation_requested (ja) -- with side question about notification address
t = D(2025, 5, 29, 1, 37, 44)
txt = """中村 美咲 様

AWS トレーニングと認定 カスタマーサポートの竹田と申します。
お問い合わせいただき、誠にありがとうございます。

ご依頼の認定アカウント統合につきまして、下記のとおり手続きを行う予定でございます。

　統合元（統合後に無効となるアカウント）：AWS55210937
　統合先（引き続きご利用いただくアカウント）：AWS60482119

統合後は、これまでの認定資格・受験履歴はすべて AWS60482119 に集約されます。なお、一度統合いたしますと元の状態に戻すことはできかねますので、ご了承くださいませ。

つきましては、上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。

また、あわせて一点お伺いいたします。統合後の通知先メールアドレスは、現在 AWS60482119 に登録されている misaki.nakamura.0417@gmail.com のままでよろしいでしょうか。変更をご希望の場合は、新しいアドレスをお知らせください。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
竹田

2025年5月28日(水) 8:02 中村 美咲 <misaki.nakamura.0417@gmail.com>:
> お世話になっております。
> 以前の勤務先で作成した認定アカウント（AWS55210937）と、個人で作成したアカウント（AWS60482119）があります。
> 個人のアカウントの方にまとめていただけますでしょうか。
> よろしくお願いいたします。
"""
aws_mail(19, "ja-confirm-request-with-side-question", ("merge_confirmation_requested", E_CASE, ["AWS55210937", "AWS60482119"], True, "ja"),
         to=MISAKI, when=t,
         subject=ew("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウント統合のご確認" % E_CASE, "utf-8"),
         body=alt(part(txt, cte="b64"), part(html_simple(txt).replace('lang', 'lang'), "html", cte="b64")))


# 020 support_reply -- asks a yes about access to an address (not about the merge)
SIOBHAN = "siobhan.obrien84@outlook.com"
F_OPEN = D(2024, 11, 4, 10, 15, 51)
F_CASE = case15(F_OPEN, "01377")
t = D(2024, 11, 5, 9, 40, 12)
txt = """Hi Siobhan,

Thanks for getting in touch with AWS Training and Certification.

I can see two profiles that match your name. Before I can go any further with your request, I need to verify ownership of the older one, AWS71620384, which is registered to siobhan.obrien@kestrel-eng.ie.

Can you confirm that you are still able to receive email at siobhan.obrien@kestrel-eng.ie? If yes, I will send a one-time verification code to that address. If you no longer have access to it, just let me know and we will use an alternative verification method (a copy of a photo ID matching the name on the account).

Kind regards,
Niamh
AWS Training and Certification Support
%s
""" % AWS_FOOTER
aws_mail(20, "asks-yes-about-email-access", ("support_reply", F_CASE, ["AWS71620384"], True, "en"),
         to=SIOBHAN, when=t, rcpt_style="outlook",
         subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 021 support_reply -- only informs of the plan, no question asked
PRIYA = "priya.venkat.cloud@gmail.com"
G_OPEN = D(2025, 8, 11, 4, 22, 36)
G_CASE = case15(G_OPEN, "00068")
t = D(2025, 8, 12, 5, 10, 0)
txt = """Hello Priya,

Thank you for contacting AWS Training and Certification.

I have reviewed your request together with the details you provided. The profiles AWS-83301552 and AWS-80047716 both belong to you, and, as you asked, AWS-80047716 will be kept as your certification account.

Since your request already states clearly which account should remain, I have forwarded it to our Certification Operations team, who will carry out the consolidation. You do not need to take any action at this point. I will update this case as soon as the team has finished, which normally takes 3 to 5 business days.

Thank you for your patience.

Warm regards,
Chen W.
Amazon Web Services
%s
""" % AWS_FOOTER
aws_mail(21, "informs-plan-no-question", ("support_reply", G_CASE, ["AWS80047716", "AWS83301552"], True, "en"),
         to=PRIYA, when=t,
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 022 support_reply (ja) -- asks a yes about an upcoming exam, not about the merge
TAKA = "ryo-takahashi@kca.biglobe.ne.jp"
H_OPEN = D(2024, 9, 9, 3, 48, 20)
H_CASE = case15(H_OPEN, "00931")
t = D(2024, 9, 10, 6, 12, 3)
txt = """高橋 様

AWS トレーニングと認定 サポートの佐藤でございます。
お問い合わせいただき、ありがとうございます。

アカウント統合のご依頼につきまして確認いたしましたところ、統合元となる AWS43098127 に、2024年10月5日（土）の試験予約（AWS Certified Data Engineer - Associate / ピアソン VUE テストセンター）が登録されておりました。

統合処理を行いますと、登録済みの試験予約が自動的にキャンセルされる場合がございます。
恐れ入りますが、こちらの試験はご予定どおり受験される予定でしょうか。
受験される場合は、試験終了後に統合手続きを進めさせていただきます。

お手数ですが、ご返信をお待ちしております。

Amazon Web Services
トレーニングと認定 カスタマーサポート
佐藤
"""
aws_mail(22, "ja-asks-yes-about-exam-appointment", ("support_reply", H_CASE, ["AWS43098127"], True, "ja"),
         to=TAKA, when=t, rcpt_style="jp", provider="biglobe",
         subject=ew("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CASE, "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"))

# 023 support_reply -- chaser for missing information (console case, 11 digits)
MARCO = "marco.bianchi@fastwebnet.it"
I_CASE = "11583920457"
t = D(2022, 11, 21, 16, 3, 25)
txt = """Hello Marco,

I hope you are doing well. I am following up on my previous message in this case.

To find your second certification profile I still need the email address you used to register it (or its candidate ID). At the moment I only have the details for AWS94016628, so I am not able to continue with the request.

Please reply in the Support Center with that information at your earliest convenience. If we don't hear from you, this case will be automatically resolved in 3 days; you can reopen it from the Support Center at any time.

Best regards,

Sofía R.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % I_CASE
aws_mail(23, "chaser-missing-login-email", ("support_reply", I_CASE, ["AWS94016628"], None, "en"),
         to=MARCO, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Certification accounts - merge request" % I_CASE, rcpt_style="none",
         body=alt(part(txt, cte="qp", cs="iso-8859-1", declared="us-ascii"), part(html_simple(txt), "html", cte="qp")))

# 024 support_reply (ja) -- chaser for missing information
WATA = "watanabe.yu@ocn.ne.jp"
J_OPEN = D(2024, 2, 13, 5, 7, 58)
J_CASE = case15(J_OPEN, "00215")
t = D(2024, 2, 19, 2, 30, 41)
txt = """渡辺 様

AWS トレーニングと認定 サポートの小林でございます。

先日お願いしておりました、もう一方の認定アカウントのサインイン用メールアドレス（または受験者 ID）につきまして、まだご返信を確認できておりません。
こちらの情報がございませんと、該当アカウントを特定することができず、お手続きを進めることができかねます。

お手数ではございますが、本メールにご返信のうえお知らせいただけますと幸いです。
なお、3 営業日以内にご返信がない場合は、本ケースをいったんクローズさせていただきます。

何卒よろしくお願いいたします。

Amazon Web Services
小林

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 14, 2024 10:22 AM
To: watanabe.yu@ocn.ne.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

渡辺 様

お問い合わせいただきありがとうございます。
ご連絡いただいた受験者 ID AWS66190342 のアカウントは確認できました。
もう一方のアカウントのサインイン用メールアドレス、または受験者 ID をお知らせいただけますでしょうか。
""" % J_CASE
aws_mail(24, "ja-chaser-missing-info", ("support_reply", J_CASE, [], True, "ja"),
         to=WATA, when=t, rcpt_style="jp", provider="ocn",
         subject=ew("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE, "iso-2022-jp"),
         body=alt(part(txt, cs="iso-2022-jp", cte="7bit"),
                  part(html_simple(txt).replace("charset=utf-8", "charset=iso-2022-jp"), "html", cs="iso-2022-jp", cte="7bit")))

# 025 support_reply -- merge approved; agent asks a yes about the name on the account
t = D(2025, 5, 28, 7, 31, 9)
txt = """Dear Luis,

Thank you for your confirmation and for the update regarding Credly.

Before we submit the merge request, one small clarification please. The name on AWS 28817406 is "Luis Ortega", whereas the account AWS 31550982 shows "Luis Alberto Ortega Ruiz". The name on the primary account must match your government ID exactly for future exam appointments.

Shall we keep "Luis Ortega" on the primary account? Kindly reply with Yes, or share the name as it appears on your ID and we will update the same.

Thanks & Regards,
Sandeep M.
Amazon Web Services
Training and Certification Customer Support

On Tue, 27 May 2025 at 18:02, Luis Ortega <luis.ortega.dev@proton.me> wrote:
> Hi Sandeep,
> Yes, the details are correct, please go ahead with the merge.
> Regarding Credly: please move the badges to my proton address as well.
> Thanks,
> Luis
>
> > On Tuesday, May 27th, 2025 at 08:55, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Dear Luis,
> > We will be merging the account AWS 31550982 into AWS 28817406. Post merge, AWS 28817406 will be the primary account and the other account will be deactivated.
> > Kindly confirm if we can proceed with the merge as mentioned above.
%s
""" % AWS_FOOTER
aws_mail(25, "asks-yes-about-name-after-confirm", ("support_reply", D_CASE, ["AWS28817406", "AWS31550982"], True, "en"),
         to=LUIS, when=t, subject=D_SUBJ, rcpt_style="custom",
         transport=proton_transport(LUIS, t, "025"),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))


# 026 phishing about the merge, look-alike domain (keeps content kind)
t = D(2025, 3, 13, 21, 4, 55)
seed = "026phish"
rp = "bounce-%s@mailer.aws-certification-services.com" % h(seed, 6)
txt = """Dear Candidate,

We received a request to merge the AWS Certification accounts associated with your email address.

To protect your certification history, the merge must be confirmed by the account holder. Please confirm that you authorise the merge of your accounts within 48 hours by signing in below:

Confirm account merge: https://aws-certification-services.com/merge/confirm?ref=TCM-558120&u=maya.fernandes.dev

If we do not receive your confirmation, both accounts will be suspended and your certifications may be revoked.

Regards,
AWS Certification Support Team
"""
html = """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-weight:bold;font-size:20px">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>We received a request to <b>merge the AWS Certification accounts</b> associated with your email address.</p>
<p>To protect your certification history, the merge must be confirmed by the account holder. Please confirm that you authorise the merge of your accounts within <b>48 hours</b>:</p>
<p><a href="https://aws-certification-services.com/merge/confirm?ref=TCM-558120&amp;u=maya.fernandes.dev" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm account merge</a></p>
<p style="color:#b00">If we do not receive your confirmation, both accounts will be suspended and your certifications may be revoked.</p>
<p>Regards,<br>AWS Certification Support Team</p></body></html>
"""
gen_mail(26, "phish-confirm-merge-lookalike-domain", ("merge_confirmation_requested", None, [], False, "en"),
         to=MAYA, when=t, subject="Action required: confirm your AWS Certification account merge",
         frm='"AWS Certification" <support@aws-certification-services.com>', rp=rp,
         host="mta2.aws-certification-services.com", ip="185.212.47.19",
         msgid="<%s@aws-certification-services.com>" % h(seed + "m", 20),
         ar=["dkim=pass header.i=@aws-certification-services.com header.s=default header.b=%s" % b64blob(seed, 8),
             "spf=pass (google.com: domain of %s designates 185.212.47.19 as permitted sender) smtp.mailfrom=%s" % (rp, rp),
             "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-services.com"],
         dkims=[dkim("aws-certification-services.com", "default", t, seed, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")],
         extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"],
         body=alt(part(txt, cte="qp"), part(html, "html", cte="qp")))

# 027 phishing spoofing amazon.com, top A-R dmarc=fail, forged pass header lower down
t = D(2025, 8, 13, 2, 44, 19)
seed = "027spoof"
rp = "noreply@srv%s.cheap-vps-host.ru" % h(seed, 3, "0123456789")
txt = """Hello Priya,

Your certification profiles AWS80047716 and AWS83301552 are ready to be merged.

For security reasons we need you to confirm this merge before it is processed. Please sign in with your AWS Certification credentials using the secure link below and click "Approve merge":

https://aws-training-certification.account-verify-portal.com/approve?id=80047716

Merges that are not approved within 24 hours are cancelled and both profiles are locked for 30 days.

Best regards,
AWS Training and Certification
"""
gen_mail(27, "phish-spoofed-amazon-dmarc-fail", ("merge_confirmation_requested", None, ["AWS80047716", "AWS83301552"], False, "en"),
         to=PRIYA, when=t, subject="RE: Your certification accounts - please approve the merge",
         frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', rp=rp,
         host="srv%s.cheap-vps-host.ru" % h(seed, 3, "0123456789"), ip="91.215.85.141", spf="softfail",
         msgid="<%s.%d@amazon.com>" % (h(seed + "m", 16), int(t.timestamp())),
         ar=["dkim=none",
             "spf=softfail (google.com: domain of transitioning %s does not designate 91.215.85.141 as permitted sender) smtp.mailfrom=%s" % (rp, rp),
             "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
         before_from=["Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com",
                      "X-Priority: 1 (Highest)"],
         body=part(txt, cte="8bit"))

# 028 phishing (ja) -- "merge completed" from look-alike domain, Shift_JIS
t = D(2024, 9, 18, 9, 55, 2)
seed = "028phishja"
rp = "info@amazon-aws-support.jp.net"
txt = """高橋 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の認定アカウントの統合手続きが完了いたしました。
統合後のアカウントを引き続きご利用いただくには、24 時間以内に下記 URL よりご本人確認（サインインおよびお支払い情報の再登録）を行ってください。

▼ご本人確認はこちら
https://amazon-aws-support.jp.net/certification/verify?session=9f3a7c

期限内にご本人確認が完了しない場合、認定資格が無効となる場合がございます。

AWS トレーニングと認定 事務局
"""
gen_mail(28, "ja-phish-merge-completed-lookalike", ("merge_completed", None, [], False, "ja"),
         to=TAKA, when=t, subject=ew("【AWS】認定アカウントの統合が完了しました（ご本人確認のお願い）", "iso-2022-jp"),
         frm="%s <%s>" % (ew("AWS トレーニングと認定", "iso-2022-jp", "From"), rp), rp=rp,
         host="mail.amazon-aws-support.jp.net", ip="45.134.26.77", rcpt_style="jp", provider="biglobe",
         msgid="<20240918185502.%s@amazon-aws-support.jp.net>" % h(seed, 8, "0123456789ABCDEF"),
         ar="biglobe.ne.jp;\n\tspf=pass smtp.mailfrom=info@amazon-aws-support.jp.net;\n\tdkim=none;\n\tdmarc=none header.from=amazon-aws-support.jp.net",
         body=part(txt, cs="shift_jis", cte="b64"), date_str="Wed, 18 Sep 2024 18:55:02 +0900")

# 029 unrelated -- other AWS support case (quota increase) asking a yes
Q_OPEN = D(2025, 3, 13, 14, 10, 29)
Q_CASE = case15(Q_OPEN, "03345")
t = D(2025, 3, 14, 0, 52, 18)
txt = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be assisting you with this service quota increase.

I see you requested an increase of "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" to 256 vCPUs. Before I submit this to the service team, could you please confirm that the new limit should be applied in us-east-1 (N. Virginia) only, and not in eu-west-1 as well?

Once I have your confirmation, I'll forward the request and update you as soon as it is approved.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Daniel M.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % Q_CASE
aws_mail(29, "unrelated-quota-case-asks-confirm", ("unrelated", Q_CASE, [], True, "en"),
         to=MAYA, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Limit Increase: EC2 Instances" % Q_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 030 unrelated -- billing/Organizations case about "merging" AWS accounts, asks to confirm
O_OPEN = D(2024, 11, 6, 13, 31, 7)
O_CASE = case15(O_OPEN, "00590")
t = D(2024, 11, 7, 8, 19, 46)
txt = """Hello Siobhan,

Thanks for reaching out to AWS Billing and Accounts.

I understand you would like to merge your two AWS accounts (4921-7730-1186 and 6002-1593-8840) so that you receive a single bill. AWS accounts themselves cannot be merged, but you can achieve one bill with consolidated billing in AWS Organizations: account 4921-7730-1186 would become the management account, and 6002-1593-8840 would join the organization as a member account.

Can you confirm that you would like to go ahead this way? If so, I will send you the steps to invite the member account. Please note that the existing payment method on 6002-1593-8840 will no longer be used once it joins.

Best regards,
Tendai N.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % O_CASE
aws_mail(30, "unrelated-billing-merge-aws-accounts", ("unrelated", O_CASE, [], True, "en"),
         to=SIOBHAN, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', rcpt_style="outlook",
         subject="RE:[CASE %s] Combine billing for two AWS accounts" % O_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 031 unrelated -- Amazon Seller Central case, same subject style, asks to confirm an account merge
t = D(2022, 11, 23, 10, 7, 33)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge your two seller accounts (Merchant Token A2X9QK4T1LM7B3 and A1F0ZC88RW6PJ2). Before we can submit the merge to our internal team, please confirm the following by replying to this email with "I confirm":

1. The account ending in ...M7B3 will remain active and the account ending in ...PJ2 will be closed.
2. Open orders and inventory on the closed account have been settled or removed.

Once we receive your confirmation, the merge will take 5-7 business days.

We hope this information is helpful.

Thank you for selling with Amazon,
Rosa
Amazon.it Selling Partner Support

Was this email helpful? https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=5884881212
"""
aws_mail(31, "unrelated-seller-central-merge", ("unrelated", "5884881212", [], None, "en"),
         to=MARCO, when=t, frm='"Amazon Selling Partner Support" <seller-notification@amazon.it>', rcpt_style="none",
         subject="RE:[CASE 5884881212] Merge two seller accounts",
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))


def credly_mail(num, slug, label, *, to, when, subject, body, rcpt_style="gmail", frm='"Credly" <admin@credly.com>'):
    seed = "%03d%s" % (num, slug)
    rp = "bounces+1198207-%s-%s=%s@em.credly.com" % (h(seed, 4, HEX), to.split("@")[0], to.split("@")[1])
    ip = "149.72.%d.%d" % (int(h(seed + "i", 2, "0123456789")) + 100, int(h(seed + "j", 2, "0123456789")) + 10)
    host = "o%s.ptr%s.em.credly.com" % (h(seed + "o", 1, "123456789"), h(seed + "p", 4, "0123456789"))
    if rcpt_style == "gmail":
        ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=%s" % b64blob(seed, 8),
              "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % b64blob(seed + "2", 8),
              "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (rp, ip, rp),
              "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
    else:
        ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=em.credly.com; dkim=pass (signature was verified)\n"
              " header.d=credly.com;dkim=pass (signature was verified)\n header.d=sendgrid.info;dmarc=pass action=none\n"
              " header.from=credly.com;compauth=pass reason=100" % ip)
    gen_mail(num, slug, label, to=to, when=when, subject=subject, body=body, frm=frm, rp=rp, host=host, ip=ip,
             msgid="<%s@geopod-ismtpd-%s>" % (b64blob(seed + "mid", 22).replace("+", "x").replace("/", "y"), h(seed, 1, "1234567")),
             rcpt_style=rcpt_style, ar=ar,
             dkims=[dkim("credly.com", "s1", when, seed, "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to"),
                    dkim("sendgrid.info", "smtpapi", when, seed, "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to:feedback-id")],
             date_str=rfcdate(when).replace("-0000", "+0000"),
             extra=["X-SG-EID: %s" % b64blob(seed + "eid", 60),
                    "List-Unsubscribe: <https://www.credly.com/notification_settings>"])


# 032 unrelated -- Credly's own self-service account merge code
t = D(2025, 3, 21, 8, 14, 6)
txt = """Hi Maya,

We received a request to merge another Credly account into your account maya.fernandes.dev@gmail.com.

Your verification code is: 482913

Enter this code on the merge page, or select "Complete Account Merge" below to finish. All badges from maya.fernandes@contoso-it.com will move to this account and the other account will be closed.

Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=%s

This code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
""" % h("032tok", 32, HEX)
credly_mail(32, "unrelated-credly-self-service-merge-code", ("unrelated", None, [], True, "en"),
            to=MAYA, when=t, subject="Your Credly account merge verification code",
            body=alt(part(txt, cte="7bit", cs="us-ascii"), part(html_simple(txt), "html", cte="qp")))

# 033 unrelated -- Credly badge-expiry reminder
t = D(2024, 11, 20, 15, 0, 12)
txt = """Siobhan, your badge is expiring soon

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on February 18, 2025.

Once a badge expires, it will still appear on your profile marked as expired. To keep your certification active, visit the issuer's recertification page:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s

Credly, Inc. | 13 East 37th Street, Suite 502 | New York, NY 10016
""" % uuid.UUID(hashlib.md5(b"033b").hexdigest())
credly_mail(33, "unrelated-credly-badge-expiring", ("unrelated", None, [], True, "en"),
            to=SIOBHAN, when=t, rcpt_style="outlook", subject="Your AWS Certified Cloud Practitioner badge expires in 90 days",
            body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 034 unrelated -- CertMetrics survey invitation (mentions the candidate ID)
t = D(2025, 8, 20, 17, 30, 0)
seed = "034certm"
rp = "bounce-%s@certmetrics.com" % h(seed, 8)
txt = """AWS Certification wants to hear from you

Dear Priya Venkatesan,

Thank you for being an AWS Certified professional. We would like to learn about your experience with AWS Certification and how it has helped your career.

The survey takes about 10 minutes. Your answers are confidential and will be used to improve the program.

Take the survey: https://www.certmetrics.com/amazon/survey/?cid=AWS80047716&s=2025Q3

Candidate ID: AWS80047716

Please do not reply to this message. This mailbox is not monitored.
AWS Certification Program | Powered by CertMetrics
"""
gen_mail(34, "unrelated-certmetrics-survey-invite", ("unrelated", None, ["AWS80047716"], False, "en"),
         to=PRIYA, when=t, subject="AWS Certification wants to hear from you",
         frm='"AWS Certification" <do-not-reply@certmetrics.com>', rp=rp, host="smtp2.certmetrics.com", ip="198.37.151.204",
         msgid="<%s@certmetrics.com>" % uuid.UUID(hashlib.md5(seed.encode()).hexdigest()),
         ar=["dkim=pass header.i=@certmetrics.com header.s=s2048 header.b=%s" % b64blob(seed, 8),
             "spf=pass (google.com: domain of %s designates 198.37.151.204 as permitted sender) smtp.mailfrom=%s" % (rp, rp),
             "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"],
         dkims=[dkim("certmetrics.com", "s2048", t, seed)],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 035 unrelated (ja) -- Pearson VUE appointment confirmation
t = D(2024, 9, 9, 11, 2, 37)
seed = "035pvue"
rp = "bounce-%s@pearsonvue.com" % h(seed, 6)
txt = """高橋 亮 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。内容をご確認ください。

試験プログラム：Amazon Web Services
受験者 ID：AWS43098127
試験：DEA-C01: AWS Certified Data Engineer - Associate（日本語）
日時：2024年10月5日（土）13:00 JST
会場：ピアソン VUE 公認テストセンター 東京・新宿
登録 ID：498217336

ご予約内容の変更・キャンセルは、試験日の 24 時間前までにピアソン VUE のウェブサイトから行ってください。
当日は、有効な身分証明書を 2 点お持ちください。

ピアソン VUE
"""
gen_mail(35, "unrelated-ja-pearson-vue-appointment", ("unrelated", None, ["AWS43098127"], False, "ja"),
         to=TAKA, when=t, subject=ew("試験予約の確認 - Amazon Web Services", "iso-2022-jp"),
         frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', rp=rp, host="mta-out2.pearsonvue.com", ip="159.182.30.25",
         msgid="<%s@pearsonvue.com>" % h(seed + "m", 24, HEX), rcpt_style="jp", provider="biglobe",
         ar="biglobe.ne.jp;\n\tspf=pass smtp.mailfrom=pearsonvue.com;\n\tdkim=pass header.d=pearson.com;\n\tdmarc=pass header.from=pearson.com",
         dkims=[dkim("pearson.com", "pvue1", t, seed)],
         body=part(txt, cs="utf-8", cte="b64"))

# 036 unrelated -- GitHub "merged" notification
t = D(2020, 7, 16, 12, 41, 9)
seed = "036gh"
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/etl-pipeline/pull/482#event-3551862017
You are receiving this because you were mentioned.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-analytics/etl-pipeline/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-analytics/etl-pipeline/pull/482#event-3551862017">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
gen_mail(36, "unrelated-github-pr-merged", ("unrelated", None, [], False, "en"),
         to=TOMASZ, when=t, subject="Re: [northwind-analytics/etl-pipeline] Merge account-sync into main (#482)",
         frm='"Kasia Nowak" <notifications@github.com>', rp="noreply@github.com",
         host="out-21.smtp.github.com", ip="192.30.252.204", rcpt_style="outlook",
         msgid="<northwind-analytics/etl-pipeline/pull/482/issue_event/3551862017@github.com>",
         ar=("spf=pass (sender IP is 192.30.252.204)\n smtp.mailfrom=github.com; dkim=pass (signature was verified)\n"
             " header.d=github.com;dmarc=pass action=none header.from=github.com;compauth=pass\n reason=100"),
         dkims=[dkim("github.com", "pf2023", t, seed, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From")],
         extra=["Reply-To: northwind-analytics/etl-pipeline <reply+AAKQ3X%s@reply.github.com>" % h(seed, 20).upper(),
                "In-Reply-To: <northwind-analytics/etl-pipeline/pull/482@github.com>",
                "References: <northwind-analytics/etl-pipeline/pull/482@github.com>",
                "List-ID: northwind-analytics/etl-pipeline <etl-pipeline.northwind-analytics.github.com>",
                "X-GitHub-Sender: knowak", "X-GitHub-Reason: mention"],
         body=alt(part(txt, cte="7bit", cs="UTF-8"), part(html, "html", cte="7bit", cs="UTF-8")))

# 037 unrelated -- phishing not about the merge (account suspension / billing)
t = D(2025, 3, 22, 3, 17, 50)
seed = "037phish"
rp = "alerts@aws-billing-notice.com"
txt = """Amazon Web Services

Your AWS account has been suspended

We were unable to process the payment for your latest invoice. To avoid permanent termination of your AWS account and deletion of your resources, please update your payment details within 24 hours:

https://aws-billing-notice.com/console/billing/update

Thank you,
The AWS Billing Team
"""
gen_mail(37, "unrelated-phish-account-suspended", ("unrelated", None, [], False, "en"),
         to=MAYA, when=t, subject="[Urgent] Your AWS account has been suspended",
         frm='"AWS Billing" <alerts@aws-billing-notice.com>', rp=rp, host="vps-7721.hostwinds-mail.net", ip="23.254.215.66",
         msgid="<%s@aws-billing-notice.com>" % h(seed, 18), spf="neutral",
         ar=["spf=neutral (google.com: 23.254.215.66 is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (rp, rp),
             "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=aws-billing-notice.com"],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 038 unrelated -- Microsoft Learn profile merge asks to confirm
t = D(2024, 11, 8, 18, 2, 26)
seed = "038mslearn"
rp = "msonlineservicesteam@microsoftonline.com"
txt = """Confirm merging your Microsoft Learn profiles

Hi Siobhan,

We received a request to merge the Microsoft Learn profile associated with siobhan.obrien@kestrel-eng.ie into your profile siobhan.obrien84@outlook.com. Your certifications, transcript and achievements will be moved to the remaining profile.

To confirm, select the button below. This link expires in 72 hours.

Confirm merge: https://learn.microsoft.com/users/me/merge/confirm?t=%s

If you didn't request this, you can ignore this message.

Microsoft respects your privacy. Read our privacy statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % h(seed, 28)
gen_mail(38, "unrelated-microsoft-learn-profile-merge", ("unrelated", None, [], False, "en"),
         to=SIOBHAN, when=t, subject="Action required: confirm your Microsoft Learn profile merge",
         frm='"Microsoft Learn" <learn-noreply@microsoft.com>', rp=rp,
         host="mail-eus2azlp170100002.outbound.protection.outlook.com", ip="40.93.12.30", rcpt_style="outlook",
         msgid="<%s@az.eastus2.microsoft.com>" % uuid.UUID(hashlib.md5(seed.encode()).hexdigest()),
         ar=("spf=pass (sender IP is 40.93.12.30)\n smtp.mailfrom=microsoftonline.com; dkim=pass (signature was verified)\n"
             " header.d=microsoft.com;dmarc=pass action=none header.from=microsoft.com;compauth=pass\n reason=100"),
         dkims=[dkim("microsoft.com", "s1024-meo", t, seed)],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 039 unrelated (ja) -- AWS billing case asking a yes (refund)
K_OPEN = D(2024, 2, 15, 0, 44, 51)
K_CASE = case15(K_OPEN, "00127")
t = D(2024, 2, 16, 4, 3, 12)
txt = """渡辺 様

Amazon Web Services 請求サポートの石井でございます。

2024年1月分のご請求につきまして確認いたしました。停止済みと思われていた Amazon RDS インスタンス（ap-northeast-1）が起動したままとなっており、約 48.20 USD の料金が発生しておりました。

今回に限り、当該料金を返金の対象として申請することが可能です。
返金の申請手続きを進めてよろしいでしょうか。本ケースにてご返信いただけましたら、手続きを開始いたします。

よろしくお願いいたします。

Amazon Web Services
石井

ケースの詳細の確認やご返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用です。ご返信いただいてもお受けできませんのでご了承ください。
""" % K_CASE
aws_mail(39, "unrelated-ja-billing-refund-yes", ("unrelated", K_CASE, [], True, "ja"),
         to=WATA, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', rcpt_style="jp", provider="ocn",
         subject=ew("RE:[CASE %s] 1月分のご請求について" % K_CASE, "utf-8"),
         body=alt(part(txt, cte="b64"), part(html_simple(txt), "html", cte="b64")))

# 040 unrelated -- AWS T&C newsletter, no Authentication-Results at all
t = D(2022, 12, 6, 17, 0, 4)
txt = """AWS Training and Certification | December 2022

New in AWS Certification
- AWS Certified Data Analytics - Specialty: updated exam guide
- Schedule exams online or at a test center - now in 10 more languages

Free digital training
- AWS Cloud Quest: Cloud Practitioner
- Exam Prep: AWS Certified Solutions Architect - Associate

Get 50% off your next exam when you hold an active AWS Certification. Find your benefits in your AWS Certification Account.

You are receiving this email because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
aws_mail(40, "unrelated-tc-newsletter-no-auth", ("unrelated", None, [], None, "en"),
         to=MARCO, when=t, frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', rcpt_style="none",
         subject="Your December Training and Certification update",
         extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>",
                "X-Campaign: TC-NL-2022-12"],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))


def simple_transport(ar_headers, rcv_host, to, when, seed, extra_top=()):
    """Generic receiver: list of A-R header values (top first) + one Received."""
    def f(rp, host, ip):
        out = list(extra_top) + ["Return-Path: <%s>" % rp]
        out += ["Authentication-Results: " + a for a in ar_headers]
        out += ["Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, rcv_host, h(seed + "rid", 14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), to,
            rfcdate(when + dt.timedelta(seconds=1)))]
        return out
    return f


# 041 merge_confirmation_requested -- second reminder, accounts restated, console, 11 digits
KWAME = "kwame.mensah.gh@gmail.com"
L_CASE = "10174529380"
t = D(2021, 9, 14, 13, 25, 40)
txt = """Hello Kwame,

This is my second attempt to reach you regarding your request to combine your AWS Certification accounts. We have not yet received a response to my messages of September 6 and September 9.

As a reminder, the request is as follows:
    aws19872203 (kwame.mensah@lumora-tech.com)  -> will be merged and closed
    aws12409915 (kwame.mensah.gh@gmail.com)      -> will be kept

We cannot start the merge without your explicit agreement. Please open the case in the Support Center and reply "I confirm" if the above is correct, or tell us what needs to change.

If we do not receive a reply within 3 days, the case will be resolved. You are welcome to reopen it at any time.

Best regards,

Thandiwe M.
Amazon Web Services
%s
""" % CONSOLE_FOOTER_EN % L_CASE
aws_mail(41, "second-reminder-confirm-with-accounts", ("merge_confirmation_requested", L_CASE, ["AWS12409915", "AWS19872203"], True, "en"),
         to=KWAME, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="RE:[CASE %s] Request to merge my two certification accounts" % L_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 042 merge_confirmation_requested -- paraphrase, no "confirm", GMX receiver
HANNAH = "hannah.keller@gmx.de"
M_OPEN = D(2025, 10, 6, 7, 12, 45)
M_CASE = case15(M_OPEN, "00384")
t = D(2025, 10, 7, 9, 48, 2)
txt = """Hi Hannah,

Thanks for your patience while I looked into this.

Both profiles are yours: AWS36075519 (hannah.keller@gmx.de) and AWS39914062 (h.keller@brightmoor-consulting.de). What I suggest is to fold AWS39914062 into AWS36075519, so that your GMX address stays your login and everything from the consulting account - the Developer Associate and the SysOps Administrator certifications - moves across. The old profile is then switched off for good; we can't split the two again afterwards.

Are you happy for us to go ahead on that basis? A quick "yes" in reply to this email is all I need.

Cheers,
Oliver
AWS Training and Certification
%s
""" % AWS_FOOTER
aws_mail(42, "paraphrased-request-fold-into", ("merge_confirmation_requested", M_CASE, ["AWS36075519", "AWS39914062"], True, "en"),
         to=HANNAH, when=t, rcpt_style="custom",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M_CASE,
         transport=simple_transport(
             ["mx.gmx.net;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n"
              "\tspf=pass smtp.mailfrom=email.amazonses.com;\n\tdmarc=pass (p=quarantine) header.from=amazon.com" % (AMZ_SEL, SES_SEL)],
             "mx-ha.gmx.net (mxgmx016 [212.227.15.9])", HANNAH, t, "042",
             extra_top=["X-UI-Filterresults: notjunk:1;V03:K0:%s" % b64blob("042ui", 30),
                        "Envelope-To: <%s>" % HANNAH]),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 043 merge_confirmation_requested (ja) -- paraphrase (集約), Shift_JIS label over CP932 text, QP
ITO = "n-ito@ka2.so-net.ne.jp"
N_OPEN = D(2025, 1, 20, 2, 5, 33)
N_CASE = case15(N_OPEN, "00776")
t = D(2025, 1, 21, 8, 40, 15)
N_REQ = """伊藤 様

平素より AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサポートの鈴木と申します。

お問い合わせの件、お調べいたしました。伊藤様名義で次の 2 つのアカウントがございます。

　① AWS21886530（n-ito@ka2.so-net.ne.jp）　～ 2019年作成
　② AWS25507741（naoki.ito@shinwa-denki.co.jp）～ 2022年作成

②の認定資格・受験履歴を①へ集約し、②は閉鎖する形で手続きいたします。手続き後に②を復元することはできません。

この内容で差し支えなければ、本メールにその旨ご返信ください。ご返信をいただき次第、手続きに入らせていただきます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
鈴木"""
aws_mail(43, "ja-paraphrased-request-sjis-label", ("merge_confirmation_requested", N_CASE, ["AWS21886530", "AWS25507741"], True, "ja"),
         to=ITO, when=t, rcpt_style="jp", provider="so-net",
         subject=ew("RE:[CASE %s] 認定アカウントの集約について" % N_CASE, "iso-2022-jp"),
         body=part(N_REQ + "\n", cs="shift_jis", cte="qp", declared="Shift_JIS"))

# 044 merge_confirmation_requested -- three accounts into one, Yahoo receiver
AHMED = "ahmed.rahman.bd@yahoo.com"
O2_OPEN = D(2024, 6, 3, 18, 22, 7)
O2_CASE = case15(O2_OPEN, "01905")
t = D(2024, 6, 5, 4, 11, 36)
txt = """Hello Ahmed,

Thank you for contacting AWS Training and Certification, and apologies for the delay in getting back to you.

I found three certification accounts under your name:

  1. AWS 02277180 - ahmed.rahman@northbridge-bank.com
  2. AWS-05513964 - a.rahman@student.buet.ac.bd
  3. AWS09120447 - ahmed.rahman.bd@yahoo.com

As requested, accounts 1 and 2 would be merged into account 3 (AWS09120447), which will remain as your only certification account. Certifications, exam history and any unused benefits will be moved to it, and accounts 1 and 2 will be deactivated. This cannot be reversed.

Please reply to this email to confirm you would like us to merge all three as described.

Best regards,
Fatima Z.
Amazon Web Services
%s
""" % AWS_FOOTER
aws_mail(44, "confirm-request-three-accounts", ("merge_confirmation_requested", O2_CASE, ["AWS02277180", "AWS05513964", "AWS09120447"], True, "en"),
         to=AHMED, when=t, rcpt_style="custom",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % O2_CASE,
         transport=simple_transport(
             ["atlas213.free.mail.ne1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n"
              " spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;" % (AMZ_SEL, SES_SEL)],
             "atlas213.free.mail.ne1.yahoo.com", AHMED, t, "044",
             extra_top=["X-Apparently-To: %s; Wed, 05 Jun 2024 04:11:38 +0000" % AHMED]),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 045 merge_confirmation_requested -- corrected after the user asked to keep the other account; iCloud
JONAS = "jonas.lindqvist@icloud.com"
P_OPEN = D(2025, 4, 2, 12, 30, 11)
P_CASE = case15(P_OPEN, "00049")
t = D(2025, 4, 4, 10, 5, 27)
txt = """Hi Jonas,

Understood, thanks for letting me know - I've updated the request so that the account you want to keep is the one that remains.

The merge will now be done this way:
  - AWS47730018 (jonas.lindqvist@icloud.com) remains your certification account
  - AWS47192864 (jonas.lindqvist@saab-partner.se) is merged into it and then closed

As before, this is permanent once processed. Could you confirm once more that this is correct? As soon as you reply I'll submit it.

Best regards,
Elin S.
Amazon Web Services

From: Jonas Lindqvist <jonas.lindqvist@icloud.com>
Sent: Thursday, April 3, 2025 9:47 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Elin, actually I would rather keep the iCloud one since I may change jobs. Can you do it the other way around?
Jonas

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 3, 2025 11:02 AM
To: jonas.lindqvist@icloud.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Jonas,
We will merge AWS47730018 into AWS47192864; AWS47192864 (jonas.lindqvist@saab-partner.se) will remain. Please confirm by replying to this email.
Elin S.
%s
""" % (P_CASE, P_CASE, AWS_FOOTER)
aws_mail(45, "corrected-request-survivor-swapped", ("merge_confirmation_requested", P_CASE, ["AWS47192864", "AWS47730018"], True, "en"),
         to=JONAS, when=t, rcpt_style="custom",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE,
         transport=simple_transport(
             ["dmarc.icloud.com; dmarc=pass header.from=amazon.com",
              "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n"
              "\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s" % (b64blob("045a", 8), b64blob("045b", 8)),
              "spf.icloud.com; spf=pass (spf.icloud.com: domain of email.amazonses.com designates 54.240.8.22 as permitted sender) smtp.mailfrom=email.amazonses.com"],
             "p00-icloudmta-asmtp-us-west-1a-60-percent-3 (mx.icloud.com)", JONAS, t, "045"),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))


# 046 merge_confirmation_requested (ja) -- corrected request (wrong id in the first one), au
MATSU = "kenichi.matsumoto@au.com"
Q2_CASE = "11402265318"
t = D(2022, 10, 12, 6, 58, 20)
txt = """松本 様

いつもお世話になっております。
AWS トレーニングと認定 サポートの森でございます。

先ほどお送りいたしましたメールにおいて、統合先アカウントの受験者 ID に誤りがございました。
大変失礼いたしました。訂正のうえ、改めてご案内申し上げます。

　誤：AWS77104529
　正：AWS77014529

【統合内容】
　統合元（統合後に削除）：AWS70288391（k.matsumoto@tokai-soft.co.jp）
　統合先（引き続きご利用）：AWS77014529（kenichi.matsumoto@au.com）

上記の内容にお間違いがないかご確認いただき、このまま統合を進めてよろしいか、ご返信にてお知らせいただけますでしょうか。
お手数をおかけし、誠に申し訳ございません。

Amazon Web Services
トレーニングと認定 カスタマーサポート
森
"""
aws_mail(46, "ja-corrected-request-wrong-id", ("merge_confirmation_requested", Q2_CASE, ["AWS70288391", "AWS77014529", "AWS77104529"], True, "ja"),
         to=MATSU, when=t, rcpt_style="jp", provider="kddi",
         subject=ew("RE:[CASE %s] 【訂正】認定アカウント統合内容のご確認" % Q2_CASE, "iso-2022-jp"),
         body=part(txt, cs="iso-2022-jp", cte="7bit"))

# Thread R: Wei Zhang, Gmail, 15-digit
WEI = "wei.zhang.sg@gmail.com"
R_OPEN = D(2025, 7, 7, 2, 18, 40)
R_CASE = case15(R_OPEN, "00611")
R_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % R_CASE
R_REQ = """Hi Wei,

Thank you for the information. I have checked both of your profiles:

Merging from: AWS58830274 (wei.zhang@harbourline.com.sg)
Merging into: AWS52067719 (wei.zhang.sg@gmail.com) - this account will be kept

Everything from AWS58830274 will be transferred to AWS52067719 and AWS58830274 will then be closed. Please note that the merge is permanent.

Kindly reply to this email to confirm you'd like us to go ahead.

One more question while I have you: do you still have an unused 50% exam discount voucher on AWS58830274? If so, please share the voucher code so that I can make sure it is carried over - vouchers are not always moved automatically.

Best regards,
Marcus T.
Amazon Web Services"""

# 047 merge_confirmation_requested -- with side question about a voucher
t = D(2025, 7, 8, 3, 5, 50)
aws_mail(47, "confirm-request-with-voucher-question", ("merge_confirmation_requested", R_CASE, ["AWS52067719", "AWS58830274"], True, "en"),
         to=WEI, when=t, subject=R_SUBJ,
         body=alt(part(R_REQ + "\n" + AWS_FOOTER + "\n", cte="qp"), part(html_simple(R_REQ + "\n" + AWS_FOOTER), "html", cte="qp")))

# 048 merge_confirmation_requested -- re-asked after no reply, accounts only in quoted history
t = D(2025, 7, 11, 2, 40, 4)
txt = """Hi Wei,

Just checking in - we still need your go-ahead on the merge I outlined below before we can do anything on our side. Whenever you have a moment, a one-line reply is enough.

If you have changed your mind or want a different account to be kept, that's fine too, just let me know.

Best regards,
Marcus T.
Amazon Web Services

On Tue, Jul 8, 2025 at 3:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + "\n".join(("> " + l) if l else ">" for l in R_REQ.split("\n")) + "\n" + AWS_FOOTER + "\n"
aws_mail(48, "reminder-confirm-no-accounts-gmail-quote", ("merge_confirmation_requested", R_CASE, [], True, "en"),
         to=WEI, when=t, subject=R_SUBJ,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 049 merge_confirmation_requested (ja) -- asked again, accounts restated, UTF-8 QP
t = D(2025, 1, 27, 1, 15, 9)
txt = """伊藤 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

1月21日にお送りしたご案内について、まだご返信をいただけていないようでしたので、再度ご連絡いたしました。
行き違いでご返信済みの場合は、何卒ご容赦ください。

念のため、予定している手続きの内容を改めて記載いたします。

　・AWS25507741（naoki.ito@shinwa-denki.co.jp）の認定資格・受験履歴を
　　AWS21886530（n-ito@ka2.so-net.ne.jp）へ移し、AWS25507741 は閉鎖いたします。

こちらの内容で進めてよろしければ、お手数ですが本メールへ「承諾します」などとご返信いただけますでしょうか。
内容の変更をご希望の場合も、あわせてお知らせください。

Amazon Web Services
トレーニングと認定 カスタマーサポート
鈴木
"""
aws_mail(49, "ja-reminder-confirm-with-accounts", ("merge_confirmation_requested", N_CASE, ["AWS21886530", "AWS25507741"], True, "ja"),
         to=ITO, when=t, rcpt_style="jp", provider="so-net",
         subject=ew("RE:[CASE %s] 認定アカウントの集約について" % N_CASE, "iso-2022-jp"),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 050 merge_confirmation_requested -- HTML-only template, Outlook receiver
OLU = "olumide.adeyemi@contoso-lagos.com"
S_OPEN = D(2025, 9, 15, 9, 3, 27)
S_CASE = case15(S_OPEN, "00120")
t = D(2025, 9, 16, 13, 27, 58)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f} .k{color:#545b64;width:170px}</style></head>
<body>
<table width="620" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:3px solid #ff9900;padding:12px 0"><b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:18px 0">
<p>Hello Olumide,</p>
<p>Thank you for your patience. We have reviewed your request and are ready to merge your certification accounts as follows:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;margin:12px 0">
<tr><td class="k">Source account</td><td>AWS64400152 &middot; o.adeyemi@paystack-partners.ng</td></tr>
<tr><td class="k">Destination account (kept)</td><td>AWS61873390 &middot; olumide.adeyemi@contoso-lagos.com</td></tr>
<tr><td class="k">Case ID</td><td>%s</td></tr>
</table>
<p><b>Important:</b> account merges are permanent and cannot be reversed.</p>
<p>Please reply to this email and confirm that we may proceed with the merge described above. Once the merge is complete, we will send you a confirmation and your digital badges will be re-issued to the destination account's email address.</p>
<p>Sincerely,<br>Grace O.<br>Amazon Web Services</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;border-top:1px solid #eaeded;padding-top:10px">%s</td></tr>
</table></body></html>
""" % (S_CASE, esc(AWS_FOOTER.strip()))
aws_mail(50, "html-only-confirm-request", ("merge_confirmation_requested", S_CASE, ["AWS61873390", "AWS64400152"], True, "en"),
         to=OLU, when=t, rcpt_style="outlook",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S_CASE,
         body=part(html, "html", cte="qp"))


# 051 case_created -- console case opened (Kwame), 11 digits
L_OPEN = D(2021, 9, 3, 19, 6, 52)
t = L_OPEN + dt.timedelta(seconds=31)
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Request to merge my two certification accounts
Severity: General guidance
Correspondence: web

You will be notified by email when an AWS Support agent responds to your case.
%s
""" % (L_CASE, L_CASE, CONSOLE_FOOTER_EN % L_CASE)
aws_mail(51, "console-case-opened", ("case_created", L_CASE, [], True, "en"),
         to=KWAME, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="Amazon Web Services: You have opened a new Support case: %s" % L_CASE,
         body=part(txt, cte="7bit", cs="us-ascii"))

# 052 support_reply -- duplicate case; points to the case awaiting confirmation (look-alike)
S2_OPEN = D(2025, 9, 17, 20, 44, 3)
S2_CASE = case15(S2_OPEN, "02717")
t = D(2025, 9, 18, 8, 12, 49)
txt = """Hello Olumide,

Thank you for reaching out again.

I can see that your account merge request is already being handled under case %s. My colleague Grace replied there on 16 September with the details of the merge and is waiting for your answer on that case.

To avoid any confusion, I am going to resolve this new case (%s) as a duplicate. Please continue the conversation by replying to Grace's email on case %s so that everything stays in one place.

Kind regards,
Ibrahim K.
Amazon Web Services
%s
""" % (S_CASE, S2_CASE, S_CASE, AWS_FOOTER)
aws_mail(52, "duplicate-case-points-to-other", ("support_reply", S2_CASE, [], True, "en"),
         to=OLU, when=t, rcpt_style="outlook",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % S2_CASE,
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 053 merge_completed -- completion that also resolves the case and asks for a rating
t = D(2025, 5, 30, 11, 49, 20)
txt = """Dear Luis,

We are happy to inform you that the merge has been completed successfully. Your certifications from AWS 31550982 are now available under AWS 28817406, and the name on the account has been kept as "Luis Ortega" as per your reply. Your Credly badges will be issued to luis.ortega.dev@proton.me shortly.

As your request has been fulfilled, we are resolving this case now. If you feel the issue is not resolved, kindly reply to this email and the case will be reopened.

Your feedback is very important to us. Kindly spare a minute to rate your experience: https://survey.aws.training/s/tc?caseId=%s

Thanks & Regards,
Sandeep M.
Amazon Web Services
Training and Certification Customer Support
%s
""" % (D_CASE, AWS_FOOTER)
aws_mail(53, "merge-completed-case-resolved-rate", ("merge_completed", D_CASE, ["AWS28817406", "AWS31550982"], True, "en"),
         to=LUIS, when=t, subject=D_SUBJ, rcpt_style="custom",
         transport=proton_transport(LUIS, t, "053"),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 054 survey (ja) -- console case closed, rating request
t = D(2023, 7, 1, 3, 0, 17)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>佐々木 様</p>
<p>AWS サポートをご利用いただき、ありがとうございます。</p>
<p>ケース %s（%s）はクローズされました。</p>
<p><b>お問い合わせは解決しましたか？</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes&amp;language=ja">はい</a> &nbsp;|&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no&amp;language=ja">いいえ</a></p>
<p>今回のサポートについて、5 段階で評価をお願いいたします。お客様のご意見は、サービス向上のために活用させていただきます。</p>
<p>ケースを再開する場合は、14 日以内にサポートセンターからご返信ください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja</a></p>
<p>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">このメールアドレスは送信専用です。Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</body></html>
""" % (B_CASE, B_SUBJ_JA, B_CASE, B_CASE, B_CASE, B_CASE)
aws_mail(54, "ja-case-closed-rating", ("survey", B_CASE, [], True, "ja"),
         to=SASAKI, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>', rcpt_style="jp", provider="nifty",
         subject=ew("[Case %s] ケースがクローズされました - ご意見をお聞かせください" % B_CASE, "utf-8"),
         body=part(html, "html", cte="b64"))

# 055 credly_badge_issued -- after merge (Wei)
t = D(2025, 7, 16, 6, 21, 5)
txt = """Your badge is ready to accept

Hi Wei,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Security - Specialty

Accept your badge and share it on LinkedIn, in your email signature, or anywhere you want to show your achievement.

Accept Badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. | 13 East 37th Street, Suite 502 | New York, NY 10016
Manage notification settings: https://www.credly.com/notification_settings
""" % uuid.UUID(hashlib.md5(b"055b").hexdigest())
credly_mail(55, "credly-badge-ready-to-accept", ("credly_badge_issued", None, [], True, "en"),
            to=WEI, when=t, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
            subject="Your AWS Certified Security - Specialty badge is ready to accept",
            body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 056 credly_badge_issued -- Acclaim era sender (youracclaim.com), Outlook
t = D(2020, 7, 31, 14, 8, 44)
seed = "056acclaim"
rp = "bounces+2190344-%s-t.wisniewski=northwind-analytics.eu@em.youracclaim.com" % h(seed, 4, HEX)
txt = """Tomasz, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Accept your badge to share your achievement and let others verify it.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim by Credly | 1776 I Street NW, Washington, DC 20006
""" % uuid.UUID(hashlib.md5(seed.encode()).hexdigest())
gen_mail(56, "acclaim-badge-earned", ("credly_badge_issued", None, [], True, "en"),
         to=TOMASZ, when=t, subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
         frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', rp=rp,
         host="o1.ptr2201.em.youracclaim.com", ip="167.89.101.42", rcpt_style="outlook",
         msgid="<%s@ismtpd0042p1iad2.sendgrid.net>" % b64blob(seed, 22).replace("+", "x").replace("/", "y"),
         ar=("spf=pass (sender IP is 167.89.101.42)\n smtp.mailfrom=em.youracclaim.com; dkim=pass (signature was verified)\n"
             " header.d=youracclaim.com;dmarc=pass action=none\n header.from=youracclaim.com;compauth=pass reason=100"),
         dkims=[dkim("youracclaim.com", "s1", t, seed, "from:mime-version:subject:to:content-type")],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 057 merge_completed (ja) -- 伊藤, UTF-8 8bit
t = D(2025, 1, 30, 7, 2, 31)
txt = """伊藤 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
ご承諾のご連絡をいただき、ありがとうございました。

ご依頼のアカウントの集約作業が本日完了いたしましたので、お知らせいたします。
AWS25507741 の認定資格・受験履歴は AWS21886530 にすべて移行され、AWS25507741 は閉鎖されました。

今後は n-ito@ka2.so-net.ne.jp にてサインインしていただけます。認定資格の一覧に不足がないか、念のためご確認くださいますようお願いいたします。
Credly のバッジは、数日以内に同じメールアドレス宛てに改めて発行されます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
鈴木
"""
aws_mail(57, "ja-merge-completed-utf8-8bit", ("merge_completed", N_CASE, ["AWS21886530", "AWS25507741"], True, "ja"),
         to=ITO, when=t, rcpt_style="jp", provider="so-net",
         subject=ew("RE:[CASE %s] 認定アカウントの集約について" % N_CASE, "iso-2022-jp"),
         body=part(txt, cte="8bit"))

# 058 support_reply -- console "new correspondence added" notice
t = D(2021, 9, 6, 10, 33, 12)
txt = """Hello,

We've updated your support case %s.

Subject: Request to merge my two certification accounts

To view the new correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (L_CASE, L_CASE)
aws_mail(58, "console-new-correspondence-notice", ("support_reply", L_CASE, [], True, "en"),
         to=KWAME, when=t, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject="[Case %s] New correspondence added" % L_CASE,
         body=part(txt, cte="7bit", cs="us-ascii"))

# 059 support_reply -- status update after confirmation, request only in quoted history
t = D(2024, 6, 10, 15, 37, 2)
txt = """Hello Ahmed,

A quick update on your request: the merge is still with our back-office team. Merging three profiles takes a little longer than usual because each one has to be checked separately, so please allow a few more business days. There is nothing you need to do at the moment; I'll let you know as soon as it is finished.

Thank you for your patience.

Best regards,
Fatima Z.
Amazon Web Services

________________________________
From: Ahmed Rahman <ahmed.rahman.bd@yahoo.com>
Sent: Wednesday, June 5, 2024 11:52 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes I confirm. Please merge all three into the yahoo one.
Ahmed

> I found three certification accounts under your name:
>   1. AWS 02277180 - ahmed.rahman@northbridge-bank.com
>   2. AWS-05513964 - a.rahman@student.buet.ac.bd
>   3. AWS09120447 - ahmed.rahman.bd@yahoo.com
> Please reply to this email to confirm you would like us to merge all three as described.
%s
""" % (O2_CASE, AWS_FOOTER)
aws_mail(59, "status-update-request-only-quoted", ("support_reply", O2_CASE, [], True, "en"),
         to=AHMED, when=t, rcpt_style="custom",
         subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % O2_CASE,
         transport=simple_transport(
             ["atlas108.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n"
              " spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;" % (AMZ_SEL, SES_SEL)],
             "atlas108.free.mail.bf1.yahoo.com", AHMED, t, "059",
             extra_top=["X-Apparently-To: %s; Mon, 10 Jun 2024 15:37:04 +0000" % AHMED]),
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# 060 unrelated -- GitLab merge request merged
t = D(2025, 10, 8, 12, 5, 40)
seed = "060gl"
rp = "gitlab@mg.gitlab.com"
txt = """Merge request !57 was merged

Project: brightmoor / infra-modules
Branch: feature/account-merge-script -> main
Author: Hannah Keller
Merged by: Lukas Brandt

Merge request URL: https://gitlab.com/brightmoor/infra-modules/-/merge_requests/57

--
Reply to this email directly or view it on GitLab: https://gitlab.com/brightmoor/infra-modules/-/merge_requests/57
You're receiving this email because of your account on gitlab.com. Manage all notifications: https://gitlab.com/-/profile/notifications
"""
gen_mail(60, "unrelated-gitlab-mr-merged", ("unrelated", None, [], False, "en"),
         to=HANNAH, when=t, subject="Re: infra-modules | Add account merge helper script (!57)",
         frm='"Lukas Brandt (@lbrandt)" <gitlab@mg.gitlab.com>', rp="bounce+%s@mg.gitlab.com" % h(seed, 10),
         host="mg-f12.mg.gitlab.com", ip="192.237.158.143", rcpt_style="custom",
         transport=simple_transport(
             ["mx.gmx.net;\n\tdkim=pass header.d=mg.gitlab.com header.s=mailo;\n\tspf=pass smtp.mailfrom=mg.gitlab.com;\n"
              "\tdmarc=pass (p=reject) header.from=gitlab.com"],
             "mx-ha.gmx.net (mxgmx112 [212.227.15.9])", HANNAH, t, "060",
             extra_top=["Envelope-To: <%s>" % HANNAH]),
         msgid="<%s@gitlab.com>" % h(seed + "m", 32, HEX),
         dkims=[dkim("mg.gitlab.com", "mailo", t, seed)],
         before_from=[],
         extra=["X-GitLab-Project: infra-modules", "X-GitLab-MergeRequest-IID: 57", "X-GitLab-NotificationReason: ",
                "List-Id: brightmoor/infra-modules <%s.infra-modules.brightmoor.gitlab.com>" % h(seed, 6, "0123456789")],
         body=alt(part(txt, cte="qp"), part(html_simple(txt), "html", cte="qp")))

# === END MAILS ===


def decoded_text(msg):
    out = []
    for k, v in msg.items():
        if k.lower() in ("subject",):
            from email.header import decode_header
            for s, c in decode_header(v):
                out.append(s.decode(codec(c or "ascii"), "replace") if isinstance(s, bytes) else s)
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            data = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "us-ascii"
            try:
                out.append(data.decode(codec(cs), "replace"))
            except LookupError:
                out.append(data.decode("latin-1"))
    return "\n".join(out)


def main():
    from email import message_from_bytes
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    for fname, raw, lab in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        labels[fname] = lab
        msg = message_from_bytes(raw)
        txt = decoded_text(msg)
        norm = {"AWS" + m for m in re.findall(r"(?i)aws[\s\-_]?(\d{8})(?!\d)", txt)}
        for a in lab["account_ids"]:
            if not re.fullmatch(r"AWS\d{8}", a) or a not in norm:
                problems.append("%s: account id %s not in text" % (fname, a))
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[\s\-]", "", txt) and lab["case_id"] not in raw.decode("latin-1"):
            problems.append("%s: case id %s not in text" % (fname, lab["case_id"]))
        if msg.defects:
            problems.append("%s: defects %r" % (fname, msg.defects))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    from collections import Counter
    print(Counter(l["kind"] for l in labels.values()))
    print(len(labels), "mails")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
