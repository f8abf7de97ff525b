#!/usr/bin/env python3
"""Generator for blind set 148: AWS Certification account-merge mailbox.

Emphasis: completions (many never say "complete"), partial completions,
Credly badge mail in many templates, and look-alikes.
Run: python3 make_set.py   (writes NNN-*.eml and labels.json next to this file)
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email import policy as _policy
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(148)
UTC = dt.timezone.utc

MAILS = []  # list of dicts: fname, raw, label, new_text

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

JST = tz(9)
PDT = tz(-7)
PST = tz(-8)
CET = tz(1)
CEST = tz(2)
BST = tz(1)
GMT = tz(0)
IST = tz(5, 30)
EDT = tz(-4)


def D(y, mo, d, h=0, mi=0, s=0, zone=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def rfc(t):
    """RFC 5322 date string, keeping t's own zone."""
    from email.utils import format_datetime
    return format_datetime(t)


def rfc_pst_label(t, label):
    return rfc(t) + " (" + label + ")"


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def b64junk(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def case15(t, tail=None):
    """15-digit display id: unix time of opening + 5 digits."""
    ts = int(t.timestamp())
    if tail is None:
        tail = RNG.randint(10000, 99999)
    return "%d%05d" % (ts, tail)


def ses_id(t, region=None):
    ms = int(t.timestamp() * 1000)
    core = "0100%012x-%s-%s-%s-%s-%s-000000" % (ms, hx(8), hx(4), hx(4), hx(4), hx(12))
    dom = "%s.amazonses.com" % region if region else "email.amazonses.com"
    return core, dom


def enc_subject(s, charset="utf-8", maxlen=76):
    """RFC 2047 encode a header value (folded over lines)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    return Header(s, charset, maxlinelen=maxlen, header_name="Subject").encode()


def enc_words(s, label, codec=None, maxbytes=36, q=False):
    """Manual RFC 2047 words (keeps the charset label we want, e.g. Shift_JIS)."""
    codec = codec or PYCODEC.get(label.lower(), label)
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(codec)) > maxbytes:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        data = w.encode(codec)
        if q:
            enc = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b) for b in data)
            out.append("=?%s?Q?%s?=" % (label, enc))
        else:
            out.append("=?%s?B?%s?=" % (label, base64.b64encode(data).decode()))
    return "\n ".join(out)


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def fold(name, value, width=76):
    """Fold a long ASCII header value on '; ' / spaces (for trace headers)."""
    line = name + ": "
    out = []
    cur = line
    for tok in re.split(r"(?<=;) |(?<=,) | (?=[a-z]+=)", value):
        if len(cur) + len(tok) + 1 > width and cur.strip() != name + ":":
            out.append(cur.rstrip())
            cur = "\t" + tok + " "
        else:
            cur += tok + " "
    out.append(cur.rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------
# MIME body construction
# --------------------------------------------------------------------------

PYCODEC = {
    "utf-8": "utf-8",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",
    "windows-1252": "cp1252",
    "iso-8859-1": "latin-1",
    "us-ascii": "ascii",
}


def leaf(subtype, text, charset="utf-8", cte="quoted-printable", label=None,
         codec=None, fmt_flowed=False):
    """A text/* part. charset picks the real byte encoding, label what the
    header claims (to make an occasionally wrong label)."""
    codec = codec or PYCODEC.get(charset.lower(), charset)
    data = text.encode(codec)
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if fmt_flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alternative(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or bnd())
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, subtype="mixed", boundary=None):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def body_bytes(part):
    buf = BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                       policy=_policy.compat32.clone(linesep="\n"))
    g.flatten(part)
    return buf.getvalue()


def bnd(tag=""):
    return "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999),
                                   RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13))


# --------------------------------------------------------------------------
# trace/auth header blocks
# --------------------------------------------------------------------------

def dkim(d, s, t, headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    ts = int(t.timestamp())
    b = b64junk(128)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s;\n"
            "\tb=%s\n\t%s\n\t%s" % (s, d, ts, headers, b64junk(32),
                                    b[:66], b[66:132], b[132:]))


def gmail_trace(to, t, mailfrom, ip, helo, dkims, spf="pass", dmarc="pass",
                dmarc_pol="p=QUARANTINE sp=QUARANTINE dis=NONE", from_dom="amazon.com",
                extra_ar=None):
    """Headers Gmail adds on delivery (topmost first)."""
    rt = t + dt.timedelta(seconds=RNG.randint(1, 4))
    local = rt.astimezone(PDT if rt.month in range(4, 11) else PST)
    zl = "(PDT)" if rt.month in range(4, 11) else "(PST)"
    gid = "2002:a05:%x:%x:b0:%x:%x:%x" % (RNG.randint(0x6000, 0x7fff), RNG.randint(0x1000, 0xffff),
                                          RNG.randint(0x100, 0xfff), RNG.randint(0x100, 0xfff),
                                          RNG.randint(0x100, 0xfff))
    ar_parts = []
    for (d, s, res) in dkims:
        ar_parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, s, b64junk(6)[:8]))
    ar_parts.append("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                    % (spf, mailfrom, ip, mailfrom) if spf == "pass" else
                    "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                    % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        ar_parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, dmarc_pol, from_dom))
    if extra_ar:
        ar_parts.extend(extra_ar)
    ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(ar_parts)
    h = []
    h.append("Delivered-To: %s" % to)
    h.append("Received: by %s with SMTP id %s;\n        %s %s" % (gid, "x%dcsp%d" % (RNG.randint(1, 99), RNG.randint(10**6, 10**7)), rfc(local), zl))
    h.append("X-Google-Smtp-Source: AGHT+I%s" % b64junk(60)[:80])
    h.append("X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s %s" % (
        RNG.randint(0x6000, 0x7fff), RNG.randint(0x1000, 0xffff), RNG.randint(0x100, 0xfff),
        RNG.randint(0x100, 0xfff), RNG.randint(0x100, 0xfff), hx(12), RNG.randint(1, 9),
        int(rt.timestamp() * 1000) % 10**13, rfc(local), zl))
    h.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(rt.timestamp()), b64junk(90)))
    h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (b64junk(32), b64junk(32), b64junk(90)))
    h.append(ar.replace("Authentication-Results", "ARC-Authentication-Results: i=1", 1).replace("ARC-Authentication-Results: i=1: ", "ARC-Authentication-Results: i=1; "))
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s %s" % (
        helo, helo, ip, hx(16), RNG.randint(1, 9), RNG.randint(10**6, 10**7), to, rfc(local), zl))
    h.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip))
    h.append(ar)
    return h


def outlook_trace(to, t, mailfrom_dom, ip, helo, dkim_dom, spf="pass", dkim_res="pass",
                  dmarc="pass", from_dom="amazon.com", compauth="pass reason=100",
                  tenant_host="AM6PR04MB", consumer=False):
    """Exchange Online style: Authentication-Results without authserv-id."""
    rt = t + dt.timedelta(seconds=RNG.randint(1, 6))
    host1 = "%s%04d.eurprd04.prod.outlook.com" % (tenant_host, RNG.randint(1000, 9999))
    host2 = "AM%dPEPF%08d.eurprd04.prod.outlook.com" % (RNG.randint(1, 4), RNG.randint(1, 99999))
    h = []
    h.append("Received: from %s (2603:10a6:20b:%x::%x)\n by %s with HTTPS; %s" % (
        host2, RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0xff), host1, rfc(rt)))
    h.append("Received: from %s (2603:10a6:20b:%x::%x) by\n %s (2603:10a6:20b:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.%d; %s" % (
        host2, RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0xff), host1, RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0xff), RNG.randint(10, 40), rfc(rt)))
    ar = ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s"
          % (spf, ip, mailfrom_dom, dkim_res, dkim_dom, dmarc, from_dom, compauth))
    if dkim_res != "pass":
        ar = ar.replace(" (signature was verified)", " (signature did not verify)")
    if dmarc == "fail":
        ar = ar.replace("action=none", "action=quarantine")
    h.append(ar)
    h.append("Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
        "Pass" if spf == "pass" else "Fail", mailfrom_dom, ip, ip, helo))
    h.append("Received: from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d via Frontend\n Transport; %s" % (
        helo, ip, host2, RNG.randint(2, 250), RNG.randint(10, 40), rfc(rt)))
    return h


def ms_tail_headers(t, consumer=False):
    h = []
    h.append("X-MS-Exchange-Organization-ExpirationStartTime: %s" % t.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)")
    h.append("X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12)))
    h.append("X-MS-Exchange-Organization-AuthSource: AM%dPEPF%08d.eurprd04.prod.outlook.com" % (RNG.randint(1, 4), RNG.randint(1, 99999)))
    h.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
    h.append("X-MS-Exchange-Organization-SCL: 1")
    if not consumer:
        h.append("X-Forefront-Antispam-Report: CIP:54.240.%d.%d;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:a8-%d.smtp-out.amazonses.com;PTR:a8-%d.smtp-out.amazonses.com;CAT:NONE;SFS:(13230040)(69100299015);DIR:INB;" % (RNG.randint(1, 255), RNG.randint(1, 255), RNG.randint(10, 99), RNG.randint(10, 99)))
    return h


def jp_trace(to, t, authserv, mailfrom, ip, helo, dkim_dom, dmarc="pass", from_dom="amazon.com",
             spf="pass", mx_host=None):
    rt = (t + dt.timedelta(seconds=RNG.randint(2, 9))).astimezone(JST)
    mx_host = mx_host or authserv
    h = []
    h.append("Return-Path: <%s>" % mailfrom)
    h.append("Delivered-To: %s" % to)
    h.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        mx_host, mx_host, hx(10).upper(), to, rfc(rt)))
    h.append("Authentication-Results: %s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mailfrom.split("@")[-1], "pass" if dmarc != "none" or True else "none",
        dkim_dom, hx(8) if dkim_dom.endswith("amazonses.com") else "wnmlx4b7x6ww4ey3xbyw4e6ogz4wwrgb",
        dmarc, from_dom))
    h.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        helo, helo, ip, mx_host, hx(10).upper(), to, rfc(rt)))
    return h


def ses_sender_headers(t, from_, to, subject, msgid_dom="email.amazonses.com", reply_to=None,
                       feedback="1.us-east-1.%s=:AmazonSES", extra=None, region=None):
    core, dom = ses_id(t, region)
    h = []
    h.append(dkim("amazon.com", "rjgfx7afn6ykw2cxxnm3wo3sqf3sqmd4" if region is None else "y2o2hqihomu7hhyhhzhuclvuvbkr3ldm", t))
    h.append(dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", t,
                  headers="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))
    h.append("From: %s" % from_)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h.append("To: %s" % to)
    h.append("Subject: %s" % subject)
    h.append("Message-ID: <%s@%s>" % (core, dom))
    h.append("Date: %s" % rfc(t))
    if extra:
        h.extend(extra)
    h.append("Feedback-ID: %s" % (feedback % "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))))
    h.append("X-SES-Outgoing: %s-54.240.8.%d" % (t.strftime("%Y.%m.%d"), RNG.randint(1, 120)))
    return h, core, dom


# --------------------------------------------------------------------------
# quoting styles
# --------------------------------------------------------------------------

def q_prefix(text, p="> ", tight=False):
    """Prefix quoted lines; nested levels become '> >' (or '>>' when tight)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(p.rstrip())
        elif line.startswith(">"):
            out.append((">" if tight else p) + line)
        else:
            out.append(p + line)
    return "\n".join(out)


def q_gmail(when, name, addr, text):
    wd = when.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return "On %s %s <%s> wrote:\n%s" % (wd, name, addr, q_prefix(text))


def q_outlook(frm, when, to, subject, text, cc=None, sep="________________________________"):
    s = "%s\nFrom: %s\nSent: %s\nTo: %s\n" % (sep, frm, when.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, text)
    return s


def q_original(frm, when, to, subject, text):
    return "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, when.strftime("%A, %B %d, %Y %I:%M %p"), to, subject, text)


WD_JA = "月火水木金土日"


def q_ja(when, name, addr, text):
    w = WD_JA[when.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s" % (
        when.year, when.month, when.day, w, when.hour, when.minute, name, addr, q_prefix(text))


# --------------------------------------------------------------------------
# text -> html
# --------------------------------------------------------------------------

def para_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [htmlmod.escape(l) for l in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def quote_html(text):
    """Render quoted history: strip '> ' levels into nested blockquotes."""
    lines = text.split("\n")
    out = []
    depth = 0
    for l in lines:
        d = 0
        s = l
        while s.startswith(">"):
            d += 1
            s = s[1:]
            if s.startswith(" "):
                s = s[1:]
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(htmlmod.escape(s) + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return "\n".join(out)


def client_html(new, quoted=None, font="Arial, sans-serif"):
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
    h += '<div dir="ltr" style="font-family:%s">%s</div>\n' % (font, para_html(new))
    if quoted:
        h += '<div class="gmail_quote">\n%s\n</div>\n' % quote_html(quoted)
    h += "</body></html>\n"
    return h


def aws_html(new, title="Amazon Web Services", footer=None, quoted=None):
    """A plain SES/AWS support template."""
    qh = ("<hr/>\n" + quote_html(quoted)) if quoted else ""
    foot = footer or ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
                      "Amazon.com is a registered trademark of Amazon.com, Inc. "
                      "This message was produced and distributed by Amazon Web Services Inc., "
                      "410 Terry Ave. North, Seattle, WA 98109-5210")
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="100" /></td></tr>\n'
            '<tr><td style="padding:24px">\n%s\n%s</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (htmlmod.escape(title), para_html(new), qh, htmlmod.escape(foot))


def strip_html(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>|</li>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


# --------------------------------------------------------------------------
# registration
# --------------------------------------------------------------------------

ID_RE = re.compile(r"(?i)\bAWS[ \-]?(\d{8})\b")


def ids_in(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text)})


def add(slug, kind, *, case_id, sv, lang, ids, headers, body, new_text, crlf=False):
    """headers: list of raw header strings (already folded); body: MIME part."""
    n = len(MAILS) + 1
    fname = "%03d-%s.eml" % (n, slug)
    hdr = "\n".join(headers) + "\n"
    if not any(h.lower().startswith("mime-version:") for h in headers):
        hdr += "MIME-Version: 1.0\n"
    raw = hdr.encode("ascii") + body_bytes(body)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    ids = sorted({("AWS" + re.sub(r"\D", "", i)) for i in ids})
    auto = ids_in(new_text)
    if auto != ids:
        sys.exit("%s: declared ids %s but new text has %s" % (fname, ids, auto))
    MAILS.append(dict(fname=fname, raw=raw, new_text=new_text,
                      label={"kind": kind, "case_id": case_id, "account_ids": ids,
                             "sender_verified": sv, "language": lang}))
    return fname


# --------------------------------------------------------------------------
# common text blocks
# --------------------------------------------------------------------------

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
SES_IPS = ["54.240.8.%d" % i for i in (18, 21, 33, 54, 83, 96)] + ["54.240.48.%d" % i for i in (91, 112)]


def ses_helo(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def ses_mailfrom(core, dom="amazonses.com"):
    return "%s@%s" % (core, dom)


def aws_gmail(to, t, from_, subject, reply_to=None, extra=None, dmarc="pass"):
    """Full header list for a genuine AWS SES mail delivered to Gmail."""
    sh, core, dom = ses_sender_headers(t, from_, to, subject, reply_to=reply_to, extra=extra)
    ip = RNG.choice(SES_IPS)
    mf = ses_mailfrom(core)
    tr = gmail_trace(to, t, mf, ip, ses_helo(ip),
                     [("amazon.com", "rjgfx7afn6ykw2cxxnm3wo3sqf3sqmd4", "pass"),
                      ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                     dmarc=dmarc)
    return tr + sh


def aws_outlook(to, t, from_, subject, reply_to=None, extra=None, consumer=False):
    sh, core, dom = ses_sender_headers(t, from_, to, subject, reply_to=reply_to, extra=extra)
    ip = RNG.choice(SES_IPS)
    tr = outlook_trace(to, t, "amazonses.com", ip, ses_helo(ip), "amazon.com", consumer=consumer)
    return tr + sh + ms_tail_headers(t, consumer)


def aws_jp(to, t, from_, subject, authserv, mx_host=None, reply_to=None, extra=None):
    sh, core, dom = ses_sender_headers(t, from_, to, subject, reply_to=reply_to, extra=extra)
    ip = RNG.choice(SES_IPS)
    tr = jp_trace(to, t, authserv, ses_mailfrom(core), ip, ses_helo(ip), "amazon.com", mx_host=mx_host)
    return tr + sh


def credly_headers(to, t, subject, display="Amazon Web Services Training and Certification via Credly",
                   addr="admin@credly.com", where="gmail", dmarc="pass"):
    sg = "bounces+%d-%s-%s@em%d.credly.com" % (RNG.randint(1000000, 9999999), hx(4), to.replace("@", "="), RNG.randint(1000, 9999))
    ip = "149.72.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
    helo = "o%d.ptr%d.credly.com" % (RNG.randint(1, 20), RNG.randint(1000, 9999))
    mid = "<%s@%s>" % ("".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)),
                       "geopod-ismtpd-%d" % RNG.randint(1, 40))
    sender = [
        dkim("credly.com", "s1", t, headers="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        dkim("sendgrid.info", "smtpapi", t, headers="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        "Date: %s" % rfc(t),
        "From: %s" % enc_name(display, addr) if display else "From: %s" % addr,
        "Reply-To: support@credly.com",
        "To: %s" % to,
        "Subject: %s" % subject,
        "Message-ID: %s" % mid,
        "X-SG-EID: %s" % b64junk(60),
        "X-Entity-ID: %s" % b64junk(18),
    ]
    if where == "gmail":
        tr = gmail_trace(to, t, sg, ip, helo,
                         [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                         dmarc=dmarc, dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom=addr.split("@")[1])
    elif where == "outlook":
        tr = outlook_trace(to, t, "em%d.credly.com" % RNG.randint(1000, 9999), ip, helo, "credly.com",
                           from_dom=addr.split("@")[1], consumer=True)
    elif where == "none":
        tr = ["Return-Path: <%s>" % sg,
              "Received: from %s (%s [%s])\n\tby mail.example-isp.net with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, hx(12), to, rfc(t))]
    else:
        tr = jp_trace(to, t, where, sg, ip, helo, "credly.com", from_dom="credly.com")
    return tr + sender



# --------------------------------------------------------------------------
# writing + sanity checks
# --------------------------------------------------------------------------

def decode_all(raw):
    import email
    from email.header import decode_header, make_header
    m = email.message_from_bytes(raw)
    subj = str(make_header(decode_header(m.get("Subject", ""))))
    texts = [subj]
    for part in m.walk():
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        txt = None
        for c in (cs, "utf-8", "cp932", "iso2022_jp", "cp1252"):
            try:
                txt = data.decode(PYCODEC.get(c, c))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        if txt is None:
            txt = data.decode("utf-8", "replace")
        if part.get_content_subtype() == "html":
            txt = strip_html(txt)
        texts.append(txt)
    return m, "\n".join(texts)


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    for m in MAILS:
        with open(os.path.join(OUT, m["fname"]), "wb") as fh:
            fh.write(m["raw"])
        labels[m["fname"]] = m["label"]
        msg, text = decode_all(m["raw"])
        lab = m["label"]
        if msg.defects:
            problems.append("%s: defects %s" % (m["fname"], msg.defects))
        for p in msg.walk():
            if p.defects:
                problems.append("%s: part defects %s" % (m["fname"], p.defects))
        norm = {"AWS" + x for x in ID_RE.findall(text)}
        for i in lab["account_ids"]:
            if i not in norm:
                problems.append("%s: id %s not in decoded text" % (m["fname"], i))
        if lab["case_id"] and lab["case_id"] not in text:
            problems.append("%s: case id %s not in decoded text" % (m["fname"], lab["case_id"]))
        # new text must be visible in the decoded text (loosely: each id line)
        for i in ids_in(m["new_text"]):
            pass
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
    from collections import Counter
    c = Counter(l["kind"] for l in labels.values())
    print(len(labels), "mails:", dict(sorted(c.items())))
    for p in problems:
        print("PROBLEM", p)
    return problems


# ==========================================================================
# MAILS
# ==========================================================================

# ---------------- Thread A: Priya Raman, form desk, Gmail, 15-digit --------
PRIYA = "priya.raman87@gmail.com"
A_OPEN = D(2025, 5, 26, 14, 7, 31)
A_CASE = case15(A_OPEN, 40217)
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_OLD, A_NEW = "AWS04417829", "AWS11902356"

# 001 case_created: form desk acknowledgement that echoes the form
t = A_OPEN + dt.timedelta(seconds=41)
new = """Hello,

Thank you for reaching out to AWS Training and Certification. This message is to let you know that your request has reached us and is now in our queue. A member of our Customer Support team will get back to you, in most cases within 24 hours.

Your reference number is %(case)s. If you need to add anything, simply reply to this email and keep the reference number in the subject line. Please do not submit the form again for the same request - duplicate submissions are answered by the same team and can delay our reply.

A copy of what you sent us:

Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: %(new)s
First name: Priya
Last name: Raman
Description: Hi, I have two certification accounts. One was created with my previous employer's email (candidate ID %(old)s) and one with my personal gmail. I would like to keep %(new)s and have everything from the old one moved into it. Thanks!

Best regards,
AWS Training and Certification Customer Support
""" % dict(case=A_CASE, new=A_NEW, old=A_OLD)
h = aws_gmail(PRIYA, t, FORM_FROM, "[CASE %s] We received your request: %s" % (A_CASE, A_SUBJ))
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-ack-received-request", "case_created", case_id=A_CASE, sv=True, lang="en",
    ids=[A_OLD, A_NEW], headers=h, body=body, new_text=new)

# 002 merge_confirmation_requested (non-native English agent)
t2 = D(2025, 5, 27, 9, 52, 12)
A_CONF = """Hello Priya,

Greetings from AWS Training and Certification!

I hope this email finds you well. As per your request I have checked our records and was able to locate below two certification accounts under your name:

Account 1 - AWS 04417829 - login email: priya.raman@tessellate-analytics.com
Account 2 - AWS 11902356 - login email: priya.raman87@gmail.com

Kindly note that AWS 11902356 will be kept as the primary account and AWS 04417829 will be merged into it. After the merge, AWS 04417829 will be deactivated and you will no longer be able to sign in with it. Please be informed that this action can not be reversed.

Kindly reply back to this email confirming the above details are correct, so that we can proceed further with your request.

Regards,
Dilnoza K.
AWS Training and Certification Customer Support
"""
h = aws_gmail(PRIYA, t2, FORM_FROM, "RE:[CASE %s] %s" % (A_CASE, A_SUBJ))
body = alternative(leaf("plain", A_CONF, cte="quoted-printable"),
                   leaf("html", aws_html(A_CONF, "AWS Training and Certification"), cte="quoted-printable"))
add("form-agent-asks-confirm-two-accounts", "merge_confirmation_requested", case_id=A_CASE, sv=True,
    lang="en", ids=[A_OLD, A_NEW], headers=h, body=body, new_text=A_CONF)

# 003 support_reply: thanks for confirming, we will proceed; quoted history has the ids
t3 = D(2025, 5, 27, 16, 20, 5)
user_reply_t = D(2025, 5, 27, 15, 48, 0, IST) + dt.timedelta(hours=0)
user_reply = "The details are correct. Please proceed with the merge.\n\nThanks,\nPriya\n"
new = """Hello Priya,

Thank you for confirming the details.

I have passed your request to our internal team, who will carry out the merge of your accounts. Once the merge is complete you will receive a confirmation from us on this case. This normally takes 2-3 business days, so we kindly ask for your patience in the meantime.

Regards,
Dilnoza K.
AWS Training and Certification Customer Support
"""
hist = ("-------- Original Message --------\nFrom: Priya Raman <%s>\nSent: %s\nSubject: Re: RE:[CASE %s] %s\n\n%s\n%s"
        % (PRIYA, rfc(D(2025, 5, 27, 10, 18, 0)), A_CASE, A_SUBJ, user_reply,
           q_gmail(t2.astimezone(IST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", A_CONF)))
full = new + "\n\n" + hist
h = aws_gmail(PRIYA, t3, FORM_FROM, "RE:[CASE %s] %s" % (A_CASE, A_SUBJ))
body = alternative(leaf("plain", full, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification", quoted=hist),
                        cte="quoted-printable"))
add("form-thanks-for-confirming-will-proceed", "support_reply", case_id=A_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 004 merge_completed without the word "complete"
t4 = D(2025, 5, 29, 7, 3, 44)
new = """Hello Priya,

Good news - the exam history and certifications that were held under AWS04417829 now sit under your candidate ID AWS11902356, and the old profile has been retired.

From now on please sign in to your AWS Certification Account with priya.raman87@gmail.com only. Your active certifications, exam history and benefits (including the 50%% discount voucher for your next exam) are all shown there.

Your Credly badges will be re-issued to the Credly account that uses priya.raman87@gmail.com. Please allow up to 48 hours for the badge emails to arrive, and remember to accept the badges.

If anything looks wrong, simply reply to this email.

Regards,
Dilnoza K.
AWS Training and Certification Customer Support
"""
new = new.replace("%%", "%")
h = aws_gmail(PRIYA, t4, FORM_FROM, "RE:[CASE %s] %s" % (A_CASE, A_SUBJ))
body = alternative(leaf("plain", new, cte="base64"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="base64"))
add("form-records-now-under-one-id", "merge_completed", case_id=A_CASE, sv=True, lang="en",
    ids=[A_OLD, A_NEW], headers=h, body=body, new_text=new)

# 005 survey: closure with YES/NO (HTML only)
t5 = D(2025, 5, 29, 7, 4, 2)
new_html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your case <b>%(c)s</b> has been marked as resolved by AWS Training and Certification Customer Support.</p>
<p>We would love to hear about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 20px;background:#1d8102"><a href="https://aws-tc-feedback.amazon.com/s?c=%(c)s&amp;r=yes&amp;t=%(tok)s" style="color:#fff;text-decoration:none">YES</a></td>
<td style="width:12px"></td>
<td style="padding:8px 20px;background:#d13212"><a href="https://aws-tc-feedback.amazon.com/s?c=%(c)s&amp;r=no&amp;t=%(tok)s" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p>How would you rate the support provided by <b>Dilnoza K.</b>? <a href="https://aws-tc-feedback.amazon.com/rate?c=%(c)s&amp;t=%(tok)s">Rate this agent</a></p>
<p>If you need further help with this request, reply to this email within 14 days and the case will be reopened automatically.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
""" % dict(c=A_CASE, tok=hx(32))
h = aws_gmail(PRIYA, t5, FORM_FROM, "[CASE %s] How did we do?" % A_CASE)
body = leaf("html", new_html, cte="quoted-printable")
add("form-case-resolved-yes-no", "survey", case_id=A_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=strip_html(new_html))

# 006 credly_badge_issued (Credly standard "issued" template)
t6 = D(2025, 5, 30, 2, 11, 9)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = """Priya, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your professional network and let employers verify your skills.

Accept your badge: https://www.credly.com/badges/%s/accept?utm_source=badge_issued

Questions about this badge? Contact the issuer at https://www.credly.com/org/amazon-web-services

Credly, a Pearson company
210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
Unsubscribe from Credly marketing email: https://www.credly.com/notification_preferences
""" % bid
html = """<html><body style="background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#ffffff"><tr><td style="padding:32px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate">
<h1 style="font-size:24px;color:#1d1d1d">Priya, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &#8211; Associate</b></p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_source=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Questions about this badge? Contact the issuer.</p>
<p style="font-size:11px;color:#999">Credly, a Pearson company &middot; 210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222<br><a href="https://www.credly.com/notification_preferences">Notification preferences</a></p>
</td></tr></table></body></html>
""" % bid
h = credly_headers(PRIYA, t6, "Priya, you've earned a badge from Amazon Web Services Training and Certification")
body = alternative(leaf("plain", new, cte="quoted-printable"), leaf("html", html, cte="quoted-printable"))
add("credly-earned-badge-saa", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread B: 佐藤 健太, console case in Japanese, nifty ----------
KENTA = "kenta.sato@nifty.com"
B_OPEN = D(2025, 3, 11, 1, 22, 5)
B_CASE = case15(B_OPEN, 70231)
B_SUBJ = "AWS認定アカウントの統合について"
B_OLD, B_NEW = "AWS02288415", "AWS09917340"
JA_FOOT = """このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお答えできませんのでご了承ください。
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# 007 case_created: Japanese console acknowledgement, ISO-2022-JP
t = B_OPEN + dt.timedelta(seconds=58)
new = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %(c)s をオープンしました。

ケース ID: %(c)s
件名: %(s)s
重要度: 一般的なガイダンス
ケースの詳細:
会社用と個人用で AWS 認定アカウントが 2 つあります。個人用のアカウントにまとめたいです。

ケースに返信する、または詳細情報を追加するには、AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

よろしくお願いいたします。
Amazon Web Services

%(f)s""" % dict(c=B_CASE, s=B_SUBJ, f=JA_FOOT)
subj = enc_subject("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % B_CASE, "iso-2022-jp")
h = aws_jp(KENTA, t, CONSOLE_FROM, subj, "mx.nifty.com", mx_host="mta-rx02.nifty.com")
body = leaf("plain", new, charset="iso-2022-jp", cte="7bit")
add("console-ja-new-case-opened", "case_created", case_id=B_CASE, sv=True, lang="ja",
    ids=[], headers=h, body=body, new_text=new)

# 008 merge_confirmation_requested: Japanese keigo, Shift_JIS base64
t = D(2025, 3, 12, 5, 40, 17)
new = """佐藤 健太 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

お問い合わせいただきました認定アカウントの統合につきまして、弊社にて記録を確認いたしましたところ、お客様名義で以下の 2 つのアカウントが登録されておりました。

・AWS-02288415 (サインイン用メールアドレス: k-sato@hoshino-sangyo.co.jp)
・AWS-09917340 (サインイン用メールアドレス: kenta.sato@nifty.com)

統合後は AWS-09917340 を存続アカウントとし、AWS-02288415 に登録されている認定資格および受験履歴をすべてこちらへ移行いたします。移行後、AWS-02288415 ではサインインできなくなります。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、サポートセンターより本ケースに「上記の内容で統合を進めてください」とご返信いただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願い申し上げます。

山口
Amazon Web Services

本ケースの確認・返信はこちらから:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

%(f)s""" % dict(c=B_CASE, f=JA_FOOT)
subj = enc_words("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "Shift_JIS", "cp932")
h = aws_jp(KENTA, t, CONSOLE_FROM, subj, "mx.nifty.com", mx_host="mta-rx01.nifty.com")
body = leaf("plain", new, charset="Shift_JIS", codec="cp932", cte="base64")
add("console-ja-confirm-merge-keigo", "merge_confirmation_requested", case_id=B_CASE, sv=True,
    lang="ja", ids=[B_OLD, B_NEW], headers=h, body=body, new_text=new)

# 009 merge_completed, partial (Credly badges still pending), UTF-8 base64 + HTML
t = D(2025, 3, 14, 2, 15, 50)
new = """佐藤 健太 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

統合のご承認をいただき、ありがとうございました。
AWS-02288415 に登録されていた認定資格 3 件および受験履歴は、AWS-09917340 へ移行済みでございます。今後は kenta.sato@nifty.com で AWS Certification Account にサインインいただきますと、すべての認定資格をご確認いただけます。

一方、Credly のデジタルバッジにつきましては、現在 Credly 側でお手続きを進めております。バッジの移行が済みましたら Credly から別途メールが届きますので、恐れ入りますが今しばらくお待ちくださいませ。1 週間を過ぎてもメールが届かない場合は、本ケースにてお知らせください。

今後とも Amazon Web Services をよろしくお願いいたします。

山口
Amazon Web Services

%(f)s""" % dict(f=JA_FOOT)
subj = enc_subject("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "utf-8")
h = aws_jp(KENTA, t, CONSOLE_FROM, subj, "mx.nifty.com", mx_host="mta-rx02.nifty.com")
body = alternative(leaf("plain", new, cte="base64"),
                   leaf("html", aws_html(new, "Amazon Web Services サポート",
                                         footer="Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210"), cte="base64"))
add("console-ja-moved-badges-pending", "merge_completed", case_id=B_CASE, sv=True, lang="ja",
    ids=[B_OLD, B_NEW], headers=h, body=body, new_text=new)

# 010 survey: Japanese closure + rating request, ISO-2022-JP
t = D(2025, 3, 21, 2, 16, 3)
new = """お客様

AWS サポートをご利用いただきありがとうございます。

ケース %(c)s「%(s)s」は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください。
問題は解決しましたか? はい / いいえ
https://console.aws.amazon.com/support/feedback?displayId=%(c)s&language=ja

引き続きサポートが必要な場合は、サポートセンターからケースを再度オープンしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

よろしくお願いいたします。
Amazon Web Services

%(f)s""" % dict(c=B_CASE, s=B_SUBJ, f=JA_FOOT)
subj = enc_subject("Amazon Web Services サポート: ケース %s はクローズされました" % B_CASE, "iso-2022-jp")
h = aws_jp(KENTA, t, CONSOLE_FROM, subj, "mx.nifty.com", mx_host="mta-rx01.nifty.com")
body = leaf("plain", new, charset="iso-2022-jp", cte="7bit")
add("console-ja-case-closed-feedback", "survey", case_id=B_CASE, sv=True, lang="ja",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread C: Marcus Feldman, console case 2022, M365 ----------
MARCUS = "m.feldman@northwind-logistics.com"
C_CASE = "10893461271"
C_SUBJ = "Merge two AWS Certification accounts"
C_KEEP, C_GONE = "AWS00734109", "AWS02561873"
CONSOLE_FOOT = """===========================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

===========================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Cost Management:
https://aws.amazon.com/aws-cost-management/

AWS Training:
http://aws.amazon.com/training/

AWS Managed Services:
https://aws.amazon.com/managed-services/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
RATE = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

# 011 case_created, console 2022
t = D(2022, 9, 6, 8, 14, 27)
new = """Dear Amazon Web Services customer,

Thank you for contacting Amazon Web Services. We have opened case %(c)s to address your issue.

The details of your case are as follows:

Case ID: %(c)s
Subject: %(s)s
Severity: General guidance
Correspondence: Hello, I took the SAA-C02 exam in August and it seems a second certification account was created because I used my private email at Pearson VUE. My original account is AWS00734109 (company email). Could you please combine both so all my certifications are in one place?

Thanks
Marcus Feldman

%(foot)s""" % dict(c=C_CASE, s=C_SUBJ, foot=CONSOLE_FOOT % C_CASE)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "Amazon Web Services: You have opened a new Support case: %s" % C_CASE)
body = leaf("plain", new, charset="UTF-8", cte="7bit")
add("console-2022-opened-new-case", "case_created", case_id=C_CASE, sv=True, lang="en",
    ids=[C_KEEP], headers=h, body=body, new_text=new)

# 012 support_reply: asks for login e-mails and which to keep
t = D(2022, 9, 7, 13, 2, 51)
new = """Hello Marcus,

Thank you for reaching out to AWS Support. My name is Fiona and I will be assisting you with this case.

I understand that you would like your two AWS Certification accounts combined into one. In order to locate the second account and verify the ownership, could you please provide the following:

1. The e-mail address you use to sign in to each of the Certification accounts.
2. The notification e-mail address on each account, if it is different from the sign-in address.
3. Which of the two accounts you would like to keep going forward.

Please note that both accounts need to be registered under the same legal name for us to be able to proceed.

%(rate)s

Best regards,

Fiona M.
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % C_CASE)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ))
body = alternative(leaf("plain", new, charset="UTF-8", cte="7bit"),
                   leaf("html", aws_html(new), charset="UTF-8", cte="quoted-printable"))
add("console-2022-asks-login-emails-which-keep", "support_reply", case_id=C_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 013 merge_confirmation_requested: lower-case ids
t = D(2022, 9, 8, 10, 31, 9)
new = """Hello Marcus,

Thank you for providing the requested details.

I was able to locate both accounts:

- aws00734109 (sign-in: m.feldman@northwind-logistics.com) - this one will be kept
- aws02561873 (sign-in: marcus.feldman.dev@gmail.com) - this one will be folded into aws00734109 and then closed

After the merge you will sign in with m.feldman@northwind-logistics.com only; the certification you earned on aws02561873 (AWS Certified Solutions Architect - Associate) will be listed on aws00734109. Please be aware that this operation is permanent and cannot be reverted.

Before I submit this to our Certification team, could you please reply on the case to confirm that the above is correct?

%(rate)s

Best regards,

Fiona M.
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % C_CASE)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ))
body = alternative(leaf("plain", new, charset="UTF-8", cte="7bit"),
                   leaf("html", aws_html(new), charset="UTF-8", cte="quoted-printable"))
add("console-2022-please-confirm-lowercase-ids", "merge_confirmation_requested", case_id=C_CASE,
    sv=True, lang="en", ids=[C_KEEP, C_GONE], headers=h, body=body, new_text=new, crlf=True)

# 014 merge_completed, partial: voucher still to be reissued
t = D(2022, 9, 12, 15, 48, 33)
new = """Hello Marcus,

Thank you for your patience while our Certification team worked on your request.

I am happy to let you know that your certification history is now consolidated: AWS00734109 shows both your AWS Certified Cloud Practitioner and your AWS Certified Solutions Architect - Associate, together with the full exam history. The account AWS02561873 has been closed and can no longer be used to sign in.

There is one item still open. The 50%% exam discount benefit that was issued on the closed account did not carry over automatically. Our team is re-issuing it on AWS00734109, which can take up to 5 business days. I will keep this case open and update you as soon as the benefit is visible in the Benefits section of your Certification Account.

%(rate)s

Best regards,

Fiona M.
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % C_CASE)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ))
body = alternative(leaf("plain", new, charset="UTF-8", cte="quoted-printable"),
                   leaf("html", aws_html(new), charset="UTF-8", cte="quoted-printable"))
add("console-2022-consolidated-voucher-pending", "merge_completed", case_id=C_CASE, sv=True,
    lang="en", ids=[C_KEEP, C_GONE], headers=h, body=body, new_text=new)

# 015 support_reply: "New correspondence added" notice
t = D(2022, 9, 16, 9, 5, 12)
new = """Hello,

Amazon Web Services has added a correspondence to case %(c)s, "%(s)s".

To view the correspondence and reply, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=en

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mail.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % dict(c=C_CASE, s=C_SUBJ)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "[Case %s] New correspondence added" % C_CASE)
body = leaf("plain", new, charset="UTF-8", cte="7bit")
add("console-2022-new-correspondence-notice", "support_reply", case_id=C_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 016 survey: console resolved + rate (2022)
t = D(2022, 9, 23, 9, 6, 40)
new = """Hello,

We're writing to let you know that your support case %(c)s, "%(s)s", has been resolved. If you have any questions, you can reopen the case from the AWS Support Center within 14 days.

How would you rate your support experience for this case?
Please take a moment to complete our short survey. Your feedback helps us improve the service we provide.

https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=en&survey=true

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mail.
""" % dict(c=C_CASE, s=C_SUBJ)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "Amazon Web Services: Your case %s has been resolved" % C_CASE)
body = alternative(leaf("plain", new, charset="UTF-8", cte="7bit"),
                   leaf("html", aws_html(new), charset="UTF-8", cte="quoted-printable"))
add("console-2022-case-resolved-rate", "survey", case_id=C_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread D: Ana Lucía Ortega, form desk, outlook.com, Credly-heavy
ANA = "analucia.ortega@outlook.com"
ANA_NAME = "Ana Lucía Ortega"
D_OPEN = D(2025, 8, 4, 18, 33, 12)
D_CASE = case15(D_OPEN, 11802)
D_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
D_KEEP, D_A, D_B = "AWS12004981", "AWS07700218", "AWS10336547"

# 017 merge_completed: "combined", only the surviving id in new text; Outlook-style history
t = D(2025, 8, 7, 11, 26, 40)
user_t = D(2025, 8, 6, 9, 12, 0, CEST)
user_msg = """Hello Ravi,

Yes, I confirm. Please merge AWS07700218 and AWS10336547 into AWS12004981. The e-mail I want to keep is analucia.ortega@outlook.com.

Muchas gracias,
Ana Lucía"""
agent_prev = """Hello Ana Lucía,

We found three certification profiles in your name: AWS07700218, AWS10336547 and AWS12004981. As requested, AWS12004981 will remain and the other two will be merged into it. This cannot be undone. Please reply to confirm.

Regards,
Ravi S."""
new = """Hello Ana Lucía,

Thank you for your confirmation.

Your three candidate profiles have now been combined. All of your exams, certifications and benefits appear under a single candidate ID, AWS12004981, which you access with analucia.ortega@outlook.com. The other two profiles are no longer active.

A note on Credly: because one of your old profiles was linked to a different Credly account, the badges from that profile will be transferred to the Credly account of analucia.ortega@outlook.com. You should receive an e-mail from Credly for each badge. If nothing arrives within 72 hours, just reply to this e-mail and we will look into it.

Thank you for choosing AWS Training and Certification.

Regards,
Ravi S.
AWS Training and Certification Customer Support
"""
hist = q_outlook("%s <%s>" % (ANA_NAME, ANA), user_t, "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                 "RE: RE:[CASE %s] %s" % (D_CASE, D_SUBJ), user_msg + "\n\n" +
                 q_outlook("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", D(2025, 8, 5, 16, 40, 0, CEST),
                           "%s <%s>" % (ANA_NAME, ANA), "RE:[CASE %s] %s" % (D_CASE, D_SUBJ), agent_prev))
full = new + "\n" + hist
h = aws_outlook(ANA, t, FORM_FROM, "RE:[CASE %s] %s" % (D_CASE, D_SUBJ), consumer=True)
body = alternative(leaf("plain", full, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification", quoted=hist), cte="quoted-printable"))
add("form-three-profiles-combined-credly-note", "merge_completed", case_id=D_CASE, sv=True, lang="en",
    ids=[D_KEEP], headers=h, body=body, new_text=new)

# 018 credly_badge_issued: transferred template
t = D(2025, 8, 8, 14, 2, 7)
new = """Hi Ana Lucía,

At the request of Amazon Web Services Training and Certification, the following badges have been transferred to your Credly account (analucia.ortega@outlook.com):

  * AWS Certified Developer - Associate
  * AWS Certified Cloud Practitioner

Transferred badges keep their original issue date and expiration date. They are already accepted and visible on your profile, so there is nothing else you need to do.

View your badges: https://www.credly.com/users/ana-lucia-ortega/badges

Need help? Visit https://support.credly.com

Credly, a Pearson company
210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
"""
html = """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#f4f4f4">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
<img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="96">
<p>Hi Ana Luc&iacute;a,</p>
<p>At the request of <b>Amazon Web Services Training and Certification</b>, the following badges have been transferred to your Credly account (analucia.ortega@outlook.com):</p>
<ul><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>Transferred badges keep their original issue date and expiration date. They are already accepted and visible on your profile, so there is nothing else you need to do.</p>
<p><a href="https://www.credly.com/users/ana-lucia-ortega/badges" style="background:#0b6cdb;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">View your badges</a></p>
<p style="font-size:11px;color:#888">Credly, a Pearson company &middot; 210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222</p>
</div></body></html>
"""
h = credly_headers(ANA, t, "Your badges have been transferred to your Credly account", where="outlook",
                   display="Credly")
body = alternative(leaf("plain", new, cte="quoted-printable"), leaf("html", html, cte="quoted-printable"))
add("credly-badges-transferred-after-merge", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 019 credly_badge_issued: "ready to accept", HTML only, base64
t = D(2025, 8, 8, 14, 2, 44)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#eef1f4">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" style="background:#ffffff;border-radius:6px;font-family:Arial,sans-serif;color:#222">
<tr><td style="padding:28px 32px 8px"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="badge"></td></tr>
<tr><td style="padding:0 32px"><h2 style="margin:12px 0">Your badge is waiting for you, Ana Luc&iacute;a</h2>
<p>Amazon Web Services Training and Certification sent you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge. Claim it to add it to your Credly profile and share it on LinkedIn.</p>
<p style="padding:12px 0"><a href="https://www.credly.com/badges/%s/accept" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;font-weight:bold">Accept badge</a></p>
<p style="font-size:12px;color:#666">This badge will stay pending until you accept it.</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">You are receiving this email because a badge was issued to analucia.ortega@outlook.com. Credly, a Pearson company, 210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222.</td></tr>
</table></td></tr></table></body></html>
""" % bid
h = credly_headers(ANA, t, "Ana Lucía, your AWS Certified Solutions Architect - Associate badge is ready to accept",
                   where="outlook")
h = [x if not x.startswith("Subject:") else "Subject: " + enc_words(
    "Ana Lucía, your AWS Certified Solutions Architect - Associate badge is ready to accept", "UTF-8", q=True, maxbytes=40) for x in h]
body = leaf("html", html, cte="base64")
add("credly-html-only-badge-ready-to-accept", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=strip_html(html))

# 020 unrelated: Credly badge-expiry reminder
t = D(2025, 9, 2, 15, 0, 3)
new = """Hi Ana Lucía,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires on November 1, 2025.

Once a badge expires, it will still be on your profile but marked as expired. To keep your credential current, visit the issuer's website to learn about recertification options.

Learn how to recertify: https://aws.amazon.com/certification/recertification/
View badge: https://www.credly.com/badges/%s

Credly, a Pearson company
210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
Manage email preferences: https://www.credly.com/notification_preferences
""" % "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
h = credly_headers(ANA, t, "Your AWS Certified Cloud Practitioner badge expires in 60 days", where="outlook",
                   display="Credly")
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-badge-expires-in-60-days", "unrelated", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 021 unrelated: Credly's own account-merge code
t = D(2025, 8, 9, 10, 17, 55)
code = "482913"
new = """Hi Ana Lucía,

We received a request to merge the Credly account ana.ortega@uni-salamanca.es into your account analucia.ortega@outlook.com.

Your verification code is:

    %s

Enter this code on the merge page, or select "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

Once the accounts are merged, all badges from ana.ortega@uni-salamanca.es will appear on a single profile. If you did not request this, you can ignore this email and nothing will change.

The Credly Team
""" % (code, hx(40))
h = credly_headers(ANA, t, "Your Credly account merge code", where="outlook", display="Credly")
body = alternative(leaf("plain", new, cte="8bit"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-own-account-merge-code", "unrelated", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 022 unrelated: CertMetrics recertification congratulations (authentic, not AWS/Credly)
t = D(2025, 10, 20, 21, 44, 30)
new = """Dear Ana Lucía Ortega,

Congratulations! You have successfully recertified your AWS Certified Developer - Associate certification.

Candidate ID: AWS12004981
Certification: AWS Certified Developer - Associate
Validation Number: 7QKZ2M4T1FBE1XG8
Date achieved: Oct 19, 2025
Expiration date: Oct 19, 2028

Your updated digital badge will be issued by Credly in the coming days. You can download your certificate from your AWS Certification Account at any time.

Thank you for keeping your AWS Certification current.

AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
"""
cm_ip = "198.148.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = outlook_trace(ANA, t, "certmetrics.com", cm_ip, "mail.certmetrics.com", "certmetrics.com",
                  from_dom="certmetrics.com", consumer=True) + [
    dkim("certmetrics.com", "cm2023", t),
    "From: AWS Certification <do-not-reply@certmetrics.com>",
    "To: %s" % ANA,
    "Subject: Congratulations on recertifying your AWS Certification",
    "Date: %s" % rfc(t.astimezone(tz(-5))),
    "Message-ID: <%s.%s@certmetrics.com>" % (hx(16).upper(), RNG.randint(10**5, 10**6)),
    "X-Mailer: CertMetrics Notification Service",
]
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Certification",
                                         footer="Powered by CertMetrics. Questions? Visit aws.amazon.com/certification/contact-us"), cte="quoted-printable"))
add("certmetrics-recertification-congrats", "unrelated", case_id=None, sv=False, lang="en",
    ids=[D_KEEP], headers=h, body=body, new_text=new)

# ---------------- Thread E: Tom Becker 2019, 10-digit case, no Authentication-Results
TOM = "tom@becker-it.de"
E_CASE = "6254173901"
E_SUBJ = "Certification account merge"
E_KEEP, E_GONE = "AWS00618890", "AWS00512264"


def selfhosted_trace(to, t, helo, ip, mailfrom, host="mail.becker-it.de"):
    rt = (t + dt.timedelta(seconds=RNG.randint(2, 20))).astimezone(CEST)
    return ["Return-Path: <%s>" % mailfrom,
            "Delivered-To: %s" % to,
            "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                helo, helo, ip, host, hx(11).upper(), to, rfc(rt))]


# 023 merge_confirmation_requested (2019, plain us-ascii, no AR)
t = D(2019, 8, 13, 17, 41, 2)
E_CONF = """Hello Tom,

Thanks for contacting AWS Training and Certification.

I have located two records in our certification system under your name, AWS00512264 and AWS00618890. To consolidate them we would retain AWS00618890, as it holds your most recent exam, and move the transcript of AWS00512264 into it. AWS00512264 would then be disabled.

Could you please confirm that you want us to go ahead with this? Please note that this can't be undone afterwards.

Best regards,
Jonas
Amazon Web Services
"""
sh, core, dom = ses_sender_headers(t, CONSOLE_FROM, TOM, "RE:[CASE %s] %s" % (E_CASE, E_SUBJ))
ip = RNG.choice(SES_IPS)
h = selfhosted_trace(TOM, t, ses_helo(ip), ip, ses_mailfrom(core)) + sh
body = leaf("plain", E_CONF, charset="us-ascii", cte="7bit")
add("2019-retain-newer-record-please-confirm", "merge_confirmation_requested", case_id=E_CASE, sv=None,
    lang="en", ids=[E_GONE, E_KEEP], headers=h, body=body, new_text=E_CONF)

# 024 merge_completed (2019) with -----Original Message----- history and nested quotes
t = D(2019, 8, 16, 8, 3, 19)
tom_reply = """Hi Jonas,

yes, please go ahead. AWS00618890 is the one I want to keep.

Thanks
Tom

On 13.08.19 19:41, Amazon Web Services wrote:
""" + q_prefix(E_CONF, tight=True)
new = """Hi Tom,

Your accounts have been merged. When you log in to aws.training/certification with tom@becker-it.de you will now find your full transcript, including the SysOps Administrator - Associate certification from the old record, under AWS00618890.

Your Acclaim badge for that certification will be re-issued to the Acclaim account of tom@becker-it.de within the next few days.

Best regards,
Jonas
Amazon Web Services
"""
full = new + "\n" + q_original("Tom Becker <tom@becker-it.de>", D(2019, 8, 14, 9, 12, 0),
                                "Amazon Web Services", "Re: RE:[CASE %s] %s" % (E_CASE, E_SUBJ), tom_reply)
sh, core, dom = ses_sender_headers(t, CONSOLE_FROM, TOM, "RE:[CASE %s] %s" % (E_CASE, E_SUBJ))
ip = RNG.choice(SES_IPS)
h = selfhosted_trace(TOM, t, ses_helo(ip), ip, ses_mailfrom(core)) + sh
body = leaf("plain", full, charset="us-ascii", cte="7bit")
add("2019-accounts-merged-original-message", "merge_completed", case_id=E_CASE, sv=None, lang="en",
    ids=[E_KEEP], headers=h, body=body, new_text=new)

# 025 credly_badge_issued via Acclaim (2019), no AR
t = D(2019, 8, 19, 14, 30, 51)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = """Tom, Amazon Web Services Training and Certification has issued you a badge!

AWS Certified SysOps Administrator - Associate

Accept your badge to start sharing it and showing off your achievement.

Accept Badge: https://www.youracclaim.com/badges/%s/accept

Acclaim is the digital credential platform used by Amazon Web Services Training and Certification.
Acclaim, 210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
""" % bid
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="text-align:center;padding:30px">
<img src="https://www.youracclaim.com/images/acclaim-logo.png" alt="Acclaim" width="110"><br><br>
<img src="https://images.youracclaim.com/size/340x340/images/sysops-assoc.png" width="120" alt="badge">
<h2>Tom, Amazon Web Services Training and Certification has issued you a badge!</h2>
<p><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p>Accept your badge to start sharing it and showing off your achievement.</p>
<p><a href="https://www.youracclaim.com/badges/%s/accept" style="background:#28a8e0;color:#fff;padding:12px 26px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#999">Acclaim, 210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222</p>
</td></tr></table></body></html>
""" % bid
ac_ip = "167.89.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = selfhosted_trace(TOM, t, "o1.email.youracclaim.com", ac_ip,
                     "bounces+2213491-%s-tom=becker-it.de@email.youracclaim.com" % hx(4)) + [
    dkim("youracclaim.com", "s1", t, headers="from:subject:to:mime-version:content-type"),
    "Date: %s" % rfc(t),
    "From: %s" % enc_name("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
    "To: %s" % TOM,
    "Subject: Tom, you've been issued a badge by Amazon Web Services Training and Certification",
    "Message-ID: <%s@ismtpd0004p1iad2.sendgrid.net>" % "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(22)),
]
body = alternative(leaf("plain", new, charset="us-ascii", cte="7bit"), leaf("html", html, charset="us-ascii", cte="7bit"))
add("2019-acclaim-badge-reissued", "credly_badge_issued", case_id=None, sv=None, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Phishing / spoofing ----------------------------------------
DMITRI = "dmitri.volkov.dev@gmail.com"
WEI = "wei.zhang.cloud@gmail.com"

# 026 merge_confirmation_requested from a look-alike domain (passes its own DMARC)
t = D(2025, 6, 17, 3, 12, 40)
ph_case = "175012993100418"
new = """Dear Candidate,

We have detected two AWS Certification accounts registered with your name:

    AWS 06654120   (primary - will be retained)
    AWS 13377201   (secondary - will be merged)

To avoid losing your certification status, you must confirm the merge of these accounts within 24 hours. Unconfirmed duplicate accounts are suspended in accordance with the AWS Certification Program Agreement.

CONFIRM ACCOUNT MERGE: https://aws-certification-verify.amazon-certsupport.com/merge/confirm?cid=AWS06654120&ref=%s

You will be asked to sign in with your AWS Certification credentials to complete the verification.

Sincerely,
AWS Certification Support Team
Case reference: %s
""" % (hx(24), ph_case)
ph_ip = "185.244.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = gmail_trace(DMITRI, t, "bounce@amazon-certsupport.com", ph_ip, "mail.amazon-certsupport.com",
                [("amazon-certsupport.com", "default", "pass")], dmarc="pass",
                dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom="amazon-certsupport.com") + [
    dkim("amazon-certsupport.com", "default", t, headers="from:to:subject:date:message-id"),
    "From: AWS Certification <certification-support@amazon-certsupport.com>",
    "To: %s" % DMITRI,
    "Subject: [Action Required] Confirm your AWS Certification account merge - Case %s" % ph_case,
    "Date: %s" % rfc(t),
    "Message-ID: <%s@amazon-certsupport.com>" % hx(20),
    "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
]
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Certification"), cte="quoted-printable"))
add("phish-lookalike-confirm-merge-24h", "merge_confirmation_requested", case_id=ph_case, sv=False,
    lang="en", ids=["AWS06654120", "AWS13377201"], headers=h, body=body, new_text=new)

# 027 merge_completed, spoofed amazon.com From, dmarc=fail on top, forged pass lower down
t = D(2025, 7, 2, 22, 48, 5)
new = """Hello,

Your AWS Certification account merge has been processed. Your certifications are now held under candidate ID AWS08812743.

To keep the 50% exam benefit and your Credly badges attached to the surviving account, you must verify your identity within 48 hours:

https://certification-aws.account-review.co/verify?id=AWS08812743

If you do not verify, the transferred certifications will be revoked.

Regards,
Amazon Web Services
"""
sp_ip = "45.137.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = gmail_trace(WEI, t, "info@mx-relay47.net", sp_ip, "mx-relay47.net",
                [("amazon.com", "rjgfx7afn6ykw2cxxnm3wo3sqf3sqmd4", "fail")], spf="softfail",
                dmarc="fail", dmarc_pol="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", from_dom="amazon.com") + [
    "Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjgfx7afn6ykw2cxxnm3wo3sqf3sqmd4;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
    dkim("amazon.com", "rjgfx7afn6ykw2cxxnm3wo3sqf3sqmd4", t),
    'From: "Amazon Web Services" <no-reply-aws@amazon.com>',
    "To: %s" % WEI,
    "Subject: Your AWS Certification accounts have been merged",
    "Date: %s" % rfc(t),
    "Message-ID: <%s@email.amazonses.com>" % ses_id(t)[0],
]
h = [x.replace("Received-SPF: softfail (google.com: domain of info@mx-relay47.net designates",
               "Received-SPF: softfail (google.com: domain of transitioning info@mx-relay47.net does not designate") for x in h]
body = leaf("html", aws_html(new), cte="base64")
add("spoof-dmarc-fail-merge-processed", "merge_completed", case_id=None, sv=False, lang="en",
    ids=["AWS08812743"], headers=h, body=body, new_text=new)

# 028 unrelated phishing: account suspended / billing
t = D(2025, 9, 9, 6, 1, 33)
new = """Dear AWS Customer,

We were unable to validate your billing information for the current billing cycle. Your AWS account has been temporarily suspended and all running services will be terminated in 24 hours.

To restore access, update your payment method here:
https://signin-aws-billing.awsupdate-notice.com/billing/restore

AWS Billing Team
"""
ph2_ip = "193.42.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = gmail_trace(DMITRI, t, "noreply@awsupdate-notice.com", ph2_ip, "smtp.awsupdate-notice.com",
                [("awsupdate-notice.com", "mail", "pass")], dmarc="pass",
                dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom="awsupdate-notice.com") + [
    dkim("awsupdate-notice.com", "mail", t, headers="from:to:subject:date"),
    'From: "AWS Billing" <billing@awsupdate-notice.com>',
    "To: %s" % DMITRI,
    "Subject: =?UTF-8?B?4pqg77iPIFlvdXIgQVdTIGFjY291bnQgaGFzIGJlZW4gc3VzcGVuZGVk?=",
    "Date: %s" % rfc(t),
    "Message-ID: <%s@awsupdate-notice.com>" % hx(18),
]
body = leaf("plain", new, cte="quoted-printable")
add("phish-account-suspended-billing", "unrelated", case_id=None, sv=False, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 029 credly_badge_issued phishing about the merge (look-alike credly domain)
t = D(2025, 6, 20, 12, 55, 18)
new = """Hi there,

Following the merge of your AWS Certification accounts, 3 badges from Amazon Web Services Training and Certification are ready to accept on your new profile.

Sign in to claim your badges before they expire:
https://www.credly-badges.net/claim?session=%s

Unclaimed badges are removed after 7 days.

Credly Support
""" % hx(30)
cb_ip = "91.92.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = gmail_trace(DMITRI, t, "no-reply@credly-badges.net", cb_ip, "mail.credly-badges.net",
                [("credly-badges.net", "s1", "pass")], dmarc="pass",
                dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom="credly-badges.net") + [
    dkim("credly-badges.net", "s1", t, headers="from:to:subject:date"),
    'From: "Credly" <no-reply@credly-badges.net>',
    "To: %s" % DMITRI,
    "Subject: 3 badges are ready to accept after your account merge",
    "Date: %s" % rfc(t),
    "Message-ID: <%s@credly-badges.net>" % hx(18),
]
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", client_html(new), cte="quoted-printable"))
add("phish-credly-lookalike-badges-after-merge", "credly_badge_issued", case_id=None, sv=False,
    lang="en", ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread G: Olumide Adeyemi, form desk, M365 corporate ------------
OLU = "olumide.adeyemi@harbourline-fin.co.uk"
G_OPEN = D(2025, 10, 13, 8, 5, 44)
G_CASE = case15(G_OPEN, 263)
G_DUP = case15(D(2025, 10, 15, 19, 40, 2), 88410)
G_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
G_KEEP, G_GONE = "AWS10448392", "AWS03071556"

# 030 case_created: different wording, "case number" block, HTML + text
t = G_OPEN + dt.timedelta(seconds=37)
new = """Hello,

We've got your message.

Case number: %(c)s
Topic: AWS Certification > Account Merge
Submitted: %(d)s UTC

What happens next
An agent from the AWS Training and Certification team will review your request and respond to this e-mail address, usually within one business day. To add information, reply to this message and keep the case number in the subject.

Kind regards,
AWS Training and Certification
""" % dict(c=G_CASE, d=G_OPEN.strftime("%Y-%m-%d %H:%M"))
h = aws_outlook(OLU, t, FORM_FROM, "Your AWS Training and Certification request (Case %s)" % G_CASE)
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-weve-got-your-message-case-number", "case_created", case_id=G_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 031 support_reply: duplicate case folded into this one + "we are working on it" ("merged" look-alike)
t = D(2025, 10, 16, 10, 12, 8)
new = """Hello Olumide,

Thank you for your patience.

I noticed that you also submitted a second request (case %(dup)s) about the same matter. To keep everything in one place I have merged that case into this one and closed it, so please continue to reply on this thread only.

Your request to bring your two certification profiles together is with our Certification operations team and we are actively working on it. I expect to have an update for you by Monday 20 October at the latest.

Kind regards,
Heather W.
AWS Training and Certification Customer Support
""" % dict(dup=G_DUP)
h = aws_outlook(OLU, t, FORM_FROM, "RE:[CASE %s] %s" % (G_CASE, G_SUBJ))
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-duplicate-case-merged-working-on-it", "support_reply", case_id=G_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 032 merge_completed that also closes the case and asks for a rating
t = D(2025, 10, 20, 14, 31, 26)
new = """Hello Olumide,

I'm pleased to confirm that your certification profiles have been unified. Everything from AWS03071556 - your exam history, the AWS Certified Security - Specialty certification and its benefits - is now held under AWS10448392, and AWS03071556 has been deactivated. Please use olumide.adeyemi@harbourline-fin.co.uk to sign in from now on.

As this resolves your request, I am now closing this case.

Was your issue resolved? Let us know: YES / NO
https://aws-tc-feedback.amazon.com/s/%(tok)s

Kind regards,
Heather W.
AWS Training and Certification Customer Support
""" % dict(tok=hx(24))
h = aws_outlook(OLU, t, FORM_FROM, "RE:[CASE %s] %s" % (G_CASE, G_SUBJ))
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-profiles-unified-closing-case-rate", "merge_completed", case_id=G_CASE, sv=True, lang="en",
    ids=[G_KEEP, G_GONE], headers=h, body=body, new_text=new)

# 033 credly_badge_issued: digest of several badges moved
t = D(2025, 10, 21, 18, 2, 51)
new = """Hi Olumide,

You have 3 new badges on Credly.

Amazon Web Services Training and Certification has added the following badges to your account as part of an account update:

- AWS Certified Security - Specialty
- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

Review and accept them to display them on your public profile:
https://www.credly.com/earner/earned?utm_campaign=badges_added

Thanks,
The Credly Team
"""
h = credly_headers(OLU, t, "You have 3 new badges from Amazon Web Services Training and Certification",
                   where="outlook", display="Credly")
body = alternative(leaf("plain", new, cte="base64"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="base64"))
add("credly-three-new-badges-account-update", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread H: 田中 美咲, Japanese form desk, OCN ----------------------
MISAKI = "misaki.tanaka@vesta.ocn.ne.jp"
MISAKI_N = "田中 美咲"
H_OPEN = D(2025, 4, 21, 23, 48, 10)
H_CASE = case15(H_OPEN, 5129)
H_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
H_KEEP, H_GONE = "AWS05239981", "AWS14410276"
OCN = "mx.ocn.ne.jp"

# 034 case_created: Japanese form ack, ISO-2022-JP, Japanese subject folded
t = H_OPEN + dt.timedelta(seconds=49)
new = """田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号: %(c)s
お問い合わせの種類: AWS 認定 / アカウントの統合
候補者 ID: AWS05239981

担当者より、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名の受付番号を変えずにこのメールへご返信ください。
同じ内容で重複してお問い合わせいただきますと、ご回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
""" % dict(c=H_CASE)
subj = enc_subject("【受付完了】AWS トレーニングと認定へのお問い合わせ (受付番号 %s)" % H_CASE, "iso-2022-jp")
h = aws_jp(MISAKI, t, FORM_FROM, subj, OCN, mx_host="mfgw21.ocn.ne.jp")
body = leaf("plain", new, charset="iso-2022-jp", cte="7bit")
add("form-ja-uketsuke-kanryo", "case_created", case_id=H_CASE, sv=True, lang="ja",
    ids=[H_KEEP], headers=h, body=body, new_text=new)

# 035 support_reply: asks which account to keep and the sign-in addresses (UTF-8 QP)
t = D(2025, 4, 22, 6, 3, 40)
H_ASK = """田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林と申します。
お問い合わせいただき、ありがとうございます。

アカウント統合のご依頼について承知いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. それぞれのアカウントのサインイン用メールアドレス
2. 統合後に残すアカウント(存続アカウント)はどちらになさいますか

いただいた情報をもとに、弊社にてアカウントを確認いたします。
お手数をおかけいたしますが、よろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
"""
h = aws_jp(MISAKI, t, FORM_FROM, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), OCN, mx_host="mfgw22.ocn.ne.jp")
body = alternative(leaf("plain", H_ASK, cte="quoted-printable"),
                   leaf("html", aws_html(H_ASK, "AWS トレーニングと認定"), cte="quoted-printable"))
add("form-ja-which-account-to-keep", "support_reply", case_id=H_CASE, sv=True, lang="ja",
    ids=[], headers=h, body=body, new_text=H_ASK)

# 036 merge_confirmation_requested: Japanese, quotes user's reply with nested "> >"
t = D(2025, 4, 23, 2, 20, 55)
user_t = D(2025, 4, 22, 21, 5, 0, JST)
user_msg = """小林様

ご連絡ありがとうございます。
1. AWS05239981 は misaki.tanaka@vesta.ocn.ne.jp、AWS14410276 は m-tanaka@kisaragi-soft.co.jp です。
2. AWS05239981 を残したいです。

よろしくお願いいたします。
田中"""
H_CONF = """田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご回答いただき、ありがとうございます。

弊社にて確認いたしましたところ、以下の 2 つのアカウントを確認できました。

  統合元: aws14410276 (m-tanaka@kisaragi-soft.co.jp)
  統合先: AWS 05239981 (misaki.tanaka@vesta.ocn.ne.jp) ※存続アカウント

統合元アカウントの認定資格および受験履歴は統合先アカウントへ移行され、統合元アカウントは無効となります。統合後に元の状態へ戻すことはできません。

上記の内容で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。

小林
AWS トレーニングと認定 カスタマーサポート
"""
hist = q_ja(user_t, MISAKI_N, MISAKI, user_msg + "\n\n" +
            q_ja(t.replace(year=2025, month=4, day=22, hour=15, minute=3, second=40, tzinfo=JST),
                 "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", H_ASK))
full = H_CONF + "\n" + hist
h = aws_jp(MISAKI, t, FORM_FROM, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), OCN, mx_host="mfgw21.ocn.ne.jp")
body = leaf("plain", full, charset="Shift_JIS", codec="cp932", cte="base64")
add("form-ja-confirm-merge-nested-quote", "merge_confirmation_requested", case_id=H_CASE, sv=True,
    lang="ja", ids=[H_KEEP, H_GONE], headers=h, body=body, new_text=H_CONF)

# 037 support_reply: thanks for confirming, we will now proceed (ids only in quoted history)
t = D(2025, 4, 23, 8, 41, 12)
new = """田中 美咲 様

ご確認いただき、ありがとうございます。
これより統合作業を進めてまいります。作業が終わりましたら、改めて本メールにてご連絡いたします。

通常 2〜3 営業日ほどお時間をいただいておりますので、今しばらくお待ちくださいますようお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
user2 = "小林様\n\n上記の内容で問題ありません。統合を進めてください。\n\n田中"
hist = q_ja(D(2025, 4, 23, 17, 2, 0, JST), MISAKI_N, MISAKI, user2 + "\n\n" +
            q_ja(D(2025, 4, 23, 11, 20, 55, JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", H_CONF))
full = new + "\n" + hist
h = aws_jp(MISAKI, t, FORM_FROM, enc_subject("RE:[CASE %s] %s" % (H_CASE, H_SUBJ), "iso-2022-jp"), OCN,
           mx_host="mfgw22.ocn.ne.jp")
body = leaf("plain", full, charset="iso-2022-jp", cte="7bit")
add("form-ja-thanks-will-proceed", "support_reply", case_id=H_CASE, sv=True, lang="ja",
    ids=[], headers=h, body=body, new_text=new)

# 038 merge_completed: Japanese, never says 完了 (移し / 無効といたしました)
t = D(2025, 4, 25, 4, 9, 30)
new = """田中 美咲 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの小林でございます。

AWS14410276 に登録されていた受験履歴および認定資格を AWS05239981 へ移し、AWS14410276 は無効といたしました。
今後は misaki.tanaka@vesta.ocn.ne.jp で AWS Certification Account にサインインしていただきますと、すべての認定資格をご確認いただけます。
また、次回受験時にご利用いただける 50%% 割引の特典も AWS05239981 に引き継がれております。

Credly のデジタルバッジは数日以内に Credly から再発行のメールが届きますので、受け取りの手続きをお願いいたします。

ご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート
""".replace("%%", "%")
h = aws_jp(MISAKI, t, FORM_FROM, "RE:[CASE %s] %s" % (H_CASE, H_SUBJ), OCN, mx_host="mfgw21.ocn.ne.jp")
body = alternative(leaf("plain", new, charset="Shift_JIS", codec="cp932", cte="base64"),
                   leaf("html", aws_html(new, "AWS トレーニングと認定").replace('charset=UTF-8', 'charset=Shift_JIS'),
                        charset="Shift_JIS", codec="cp932", cte="base64"))
add("form-ja-history-moved-old-disabled", "merge_completed", case_id=H_CASE, sv=True, lang="ja",
    ids=[H_KEEP, H_GONE], headers=h, body=body, new_text=new)

# ---------------- Thread J: Wei Zhang, console case, Gmail ---------------------------
J_OPEN = D(2025, 7, 8, 16, 20, 3)
J_CASE = case15(J_OPEN, 60095)
J_SUBJ = "Please merge my two certification accounts"
J_KEEP, J_GONE = "AWS09021774", "AWS13650092"

# 039 support_reply: answers a side question (exam appointment); merge still in progress
t = D(2025, 7, 10, 19, 44, 21)
new = """Hello Wei,

Thank you for your follow-up.

Regarding your question about the exam you have booked with Pearson VUE on 22 July: an account merge does not cancel or move existing appointments, so you can sit the exam as planned. The result will be posted to whichever account the exam was booked under and will follow your records.

For any future exams, please schedule them only from the account you are keeping.

Your merge request itself is still with our Certification team. As soon as I hear back from them I will update this case.

%(rate)s

Best regards,
Tomasz
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % J_CASE)
h = aws_gmail(WEI, t, CONSOLE_FROM, "RE:[CASE %s] %s" % (J_CASE, J_SUBJ))
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new), cte="quoted-printable"))
add("console-answers-exam-appointment-question", "support_reply", case_id=J_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 040 merge_completed: "brought together", profile retired; base64
t = D(2025, 7, 14, 8, 2, 57)
new = """Hello Wei,

Thank you for waiting.

Our Certification team has brought your records together. Your AWS Certification Account AWS09021774 now lists all four of your certifications, your complete exam history and your active benefits. The duplicate profile AWS13650092 has been retired and can no longer be used to sign in.

Please allow up to 5 business days for your Credly badges to be moved as well; Credly will e-mail you when they are available.

%(rate)s

Best regards,
Tomasz
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % J_CASE)
h = aws_gmail(WEI, t, CONSOLE_FROM, "RE:[CASE %s] %s" % (J_CASE, J_SUBJ))
body = alternative(leaf("plain", new, cte="base64"), leaf("html", aws_html(new), cte="base64"))
add("console-records-brought-together-retired", "merge_completed", case_id=J_CASE, sv=True, lang="en",
    ids=[J_KEEP, J_GONE], headers=h, body=body, new_text=new)

# 041 survey: rating request only (HTML, QP)
t = D(2025, 7, 17, 8, 5, 10)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Recently you contacted AWS Support about case <b>%(c)s</b>: &quot;%(s)s&quot;.</p>
<p>Please take a moment to tell us about your experience. The survey takes less than two minutes.</p>
<p><b>Overall, how satisfied were you with the support you received?</b></p>
<p>
<a href="https://aws-support-survey.amazon.com/r/%(tok)s?score=1">1</a> &nbsp;
<a href="https://aws-support-survey.amazon.com/r/%(tok)s?score=2">2</a> &nbsp;
<a href="https://aws-support-survey.amazon.com/r/%(tok)s?score=3">3</a> &nbsp;
<a href="https://aws-support-survey.amazon.com/r/%(tok)s?score=4">4</a> &nbsp;
<a href="https://aws-support-survey.amazon.com/r/%(tok)s?score=5">5</a></p>
<p style="font-size:12px">1 = Very dissatisfied, 5 = Very satisfied</p>
<p>Thank you,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mail. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
""" % dict(c=J_CASE, s=J_SUBJ, tok=hx(28))
h = aws_gmail(WEI, t, CONSOLE_FROM, "How was your experience with AWS Support? (Case %s)" % J_CASE)
body = leaf("html", html, cte="quoted-printable")
add("console-rate-your-experience-1-to-5", "survey", case_id=J_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=strip_html(html))

# 042 unrelated: another AWS support case of the same user (quota increase)
Q_OPEN = D(2025, 7, 21, 3, 10, 44)
Q_CASE = case15(Q_OPEN, 31207)
t = D(2025, 7, 21, 5, 37, 2)
new = """Hello,

Thank you for contacting AWS Support.

We're happy to let you know that your request to increase the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in US West (Oregon) to 256 vCPUs has been approved and applied to account 4837-2910-5561. It can take up to 30 minutes for the new value to be visible in the Service Quotas console.

%(rate)s

Best regards,
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % Q_CASE)
h = aws_gmail(WEI, t, CONSOLE_FROM, "RE:[CASE %s] Limit Increase: EC2 Instances" % Q_CASE)
body = alternative(leaf("plain", new, cte="quoted-printable"), leaf("html", aws_html(new), cte="quoted-printable"))
add("other-aws-case-ec2-quota-approved", "unrelated", case_id=Q_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- Thread K: Sofia Rossi, form desk, Gmail ----------------------------
SOFIA = "sofia.rossi.it@gmail.com"
K_OPEN = D(2025, 11, 3, 9, 14, 22)
K_CASE = case15(K_OPEN, 77012)
K_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
K_KEEP, K_GONE = "AWS06230418", "AWS14902267"

# 043 case_created: short HTML-only acknowledgement
t = K_OPEN + dt.timedelta(seconds=52)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="600" style="border:1px solid #d5dbdb"><tr><td style="background:#232f3e;color:#fff;padding:12px 20px;font-size:16px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Thank you for submitting your inquiry.</p>
<p><b>Case ID:</b> %(c)s<br><b>Inquiry type:</b> AWS Certification &ndash; Account Merge</p>
<p>Our team will respond to your inquiry within 24 hours. You can reply to this e-mail to add details to your case.</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr></table></body></html>
""" % dict(c=K_CASE)
h = aws_gmail(SOFIA, t, FORM_FROM, "[CASE %s] %s" % (K_CASE, K_SUBJ))
body = leaf("html", html, cte="quoted-printable")
add("form-html-only-thank-you-for-submitting", "case_created", case_id=K_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=strip_html(html))

# 044 merge_confirmation_requested: HTML-only "Action Required" template ("once completed" inside)
t = D(2025, 11, 4, 13, 27, 6)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Sofia,</p>
<p>Thank you for contacting AWS Training and Certification. We have reviewed your account merge request.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Login e-mail</th></tr>
<tr><td>Primary account (will be retained)</td><td>AWS06230418</td><td>sofia.rossi.it@gmail.com</td></tr>
<tr><td>Secondary account (will be merged and closed)</td><td>AWS14902267</td><td>s.rossi@studio-rossi.it</td></tr>
</table>
<p><b>Important:</b> once completed, this merge cannot be reversed. All certifications, exam history and benefits of the secondary account will be transferred to the primary account.</p>
<p>To proceed, please reply to this e-mail with &quot;I confirm&quot;. If any of the details above are incorrect, let us know in your reply.</p>
<p>Best regards,<br>Mateo<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
h = aws_gmail(SOFIA, t, FORM_FROM, "RE:[CASE %s] %s - Action Required" % (K_CASE, K_SUBJ))
body = leaf("html", html, cte="quoted-printable")
add("form-html-table-primary-retained-confirm", "merge_confirmation_requested", case_id=K_CASE, sv=True,
    lang="en", ids=[K_KEEP, K_GONE], headers=h, body=body, new_text=strip_html(html))

# 045 support_reply: chaser for the confirmation (no accounts named)
t = D(2025, 11, 7, 10, 2, 45)
new = """Hello Sofia,

I'm following up on my e-mail of 4 November regarding your account merge request. We have not received your reply yet, and we can't move forward without it.

Whenever you are ready, simply reply to this e-mail. If we don't hear from you within 5 business days, this case will be closed automatically; you can still reopen it afterwards by replying.

Best regards,
Mateo
AWS Training and Certification Customer Support
"""
h = aws_gmail(SOFIA, t, FORM_FROM, "RE:[CASE %s] %s" % (K_CASE, K_SUBJ))
body = alternative(leaf("plain", new, cte="7bit", charset="us-ascii"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-chaser-no-reply-yet", "support_reply", case_id=K_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 046 merge_completed, partial: certification side done, Credly still pending; Gmail history below
t = D(2025, 11, 11, 15, 40, 19)
sofia_t = D(2025, 11, 8, 18, 22, 0, CET)
new = """Hello Sofia,

Thank you for your confirmation.

Your AWS Certification records are now consolidated under AWS06230418, and you can sign in with sofia.rossi.it@gmail.com to see all of your certifications and your exam history.

However, your Credly badges are still associated with s.rossi@studio-rossi.it. We have asked Credly to transfer them to your gmail address; this can take up to 5 business days. Once the transfer has gone through you will receive an e-mail from Credly and will need to accept the badges.

If the badges have not arrived by 18 November, please reply to this e-mail.

Best regards,
Mateo
AWS Training and Certification Customer Support
"""
hist = q_gmail(sofia_t, "Sofia Rossi", SOFIA, "I confirm.\n\nSorry for the late answer, I was travelling.\nSofia")
full = new + "\n" + hist
h = aws_gmail(SOFIA, t, FORM_FROM, "RE:[CASE %s] %s" % (K_CASE, K_SUBJ))
body = alternative(leaf("plain", full, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification", quoted=hist), cte="quoted-printable"))
add("form-consolidated-credly-still-pending", "merge_completed", case_id=K_CASE, sv=True, lang="en",
    ids=[K_KEEP], headers=h, body=body, new_text=new)

# 047 survey: closed after no response, with survey link
t = D(2025, 11, 25, 15, 41, 2)
new = """Hello Sofia,

We haven't heard back from you for 7 days, so we have closed case %(c)s. If you still need help, simply reply to this e-mail within 14 days and the case will be reopened.

We'd appreciate it if you could take 1 minute to tell us how we did:
https://aws-tc-feedback.amazon.com/survey?case=%(c)s&t=%(tok)s

Thank you for choosing AWS Training and Certification.

AWS Training and Certification Customer Support
""" % dict(c=K_CASE, tok=hx(20))
h = aws_gmail(SOFIA, t, FORM_FROM, "[CASE %s] Your case has been closed" % K_CASE)
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("form-closed-no-response-survey", "survey", case_id=K_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- More completions ---------------------------------------------------

# 048 merge_completed: Japanese, body really UTF-8 8bit but labelled Shift_JIS (wrong label)
DAI = "daisuke.yamamoto.0412@gmail.com"
L_OPEN = D(2025, 12, 1, 0, 55, 31)
L_CASE = case15(L_OPEN, 40880)
t = D(2025, 12, 3, 7, 18, 4)
new = """山本 大輔 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご依頼いただいておりました認定アカウントの統合につきまして、本日作業が終わりましたのでご報告いたします。
AWS 12877305 を存続アカウントとし、AWS 08164429 に登録されていた認定資格 2 件と受験履歴はすべて AWS 12877305 でご確認いただけます。AWS 08164429 は今後ご利用いただけません。

お手数ですが、AWS Certification Account にサインインのうえ、認定資格と特典が正しく表示されていることをご確認くださいませ。

今後ともよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
user_msg = "佐々木様\n\n内容を確認しました。AWS12877305 を残す形で統合をお願いします。\n\n山本"
full = new + "\n" + q_ja(D(2025, 12, 2, 9, 31, 0, JST), "山本 大輔", DAI, user_msg)
h = aws_gmail(DAI, t, FORM_FROM, enc_words("RE:[CASE %s] アカウント統合のご依頼" % L_CASE, "UTF-8", maxbytes=40))
body = leaf("plain", full, charset="utf-8", label="Shift_JIS", cte="8bit")
add("form-ja-utf8-labelled-sjis-owarimashita", "merge_completed", case_id=L_CASE, sv=True, lang="ja",
    ids=["AWS12877305", "AWS08164429"], headers=h, body=body, new_text=new)

# 049 merge_completed: non-native agent, nested "> >" history with both ids; new text only keeps one
KWAME = "kwame.mensah@outlook.com"
M_OPEN = D(2024, 6, 10, 11, 2, 18)
M_CASE = case15(M_OPEN, 9734)
M_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
t = D(2024, 6, 13, 6, 50, 40)
agent_q = """Dear Kwame,

We found 2 account under your name: AWS-11208734 (kwame.mensah@outlook.com) and AWS-04551209 (kmensah@accra-devhub.com). AWS-11208734 will be the primary and AWS-04551209 will be merge into it. Kindly confirm to proceed.

Thanks & Regards,
Pooja"""
kw = "Yes I confirm, please go ahead.\n\nKwame"
hist = q_gmail(D(2024, 6, 12, 7, 15, 0, GMT), "Kwame Mensah", KWAME,
               kw + "\n\n" + q_gmail(D(2024, 6, 11, 14, 3, 0, GMT), "Amazon Web Services",
                                     "aws-cs-trainingcertification-form@amazon.com", agent_q))
new = """Dear Kwame,

Greetings of the day!

This is to inform you that the merging process of your accounts was succesfully done from our end. Now onwards kindly use the account AWS-11208734 for login and for scheduling of your future exams. All your certificates are reflecting in the said account.

Incase of any further query please feel free to revert back to us.

Thanks & Regards,
Pooja
AWS Training and Certification Customer Support
"""
full = new + "\n" + hist
h = aws_outlook(KWAME, t, FORM_FROM, "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), consumer=True)
body = alternative(leaf("plain", full, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification", quoted=hist), cte="quoted-printable"))
add("form-nonnative-merging-succesfully-done", "merge_completed", case_id=M_CASE, sv=True, lang="en",
    ids=["AWS11208734"], headers=h, body=body, new_text=new)

# 050 merge_completed: terse "Done", cp1252 text labelled iso-8859-1, Outlook From/Sent history
LIAM = "liam.obrien@kestrelgeo.ie"
N_CASE = "12047736150"
N_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
t = D(2023, 3, 2, 16, 22, 9)
new = """Hi Liam,

Done \u2013 your two profiles are one now. You\u2019ll sign in with liam.obrien@kestrelgeo.ie from here on and all three certs show up there.

Cheers,
Sean
AWS Training and Certification Customer Support
"""
liam_msg = """Hi Sean,

Confirmed \u2013 please merge AWS03318270 into AWS09870014 (the kestrelgeo one).

Thanks a million,
Liam"""
hist = q_outlook("Liam O'Brien <%s>" % LIAM, D(2023, 3, 1, 11, 5, 0, GMT),
                 "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                 "RE: RE:[CASE %s] %s" % (N_CASE, N_SUBJ), liam_msg)
full = new + "\n" + hist
h = aws_outlook(LIAM, t, FORM_FROM, "RE:[CASE %s] %s" % (N_CASE, N_SUBJ))
body = leaf("plain", full, charset="windows-1252", label="iso-8859-1", cte="quoted-printable")
add("form-terse-done-cp1252-labelled-latin1", "merge_completed", case_id=N_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 051 merge_completed: console 2023, HTML only, "retired ... re-linked", Proton delivery
NADIA = "nadia.haddad@proton.me"
O_CASE = "12933001847"
t = D(2023, 11, 8, 19, 3, 55)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Nadia,</p>
<p>Thank you for your patience.</p>
<p>We have retired candidate profile <b>AWS02004476</b> and re-linked all of its certifications and exam records to <b>AWS12290013</b>. No further action is needed on your side; simply keep signing in with nadia.haddad@proton.me.</p>
<p>We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.</p>
<p>Best regards,<br>Aditya<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&amp;language=en</a></p>
<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
""" % dict(c=O_CASE)
sh, core, dom = ses_sender_headers(t, CONSOLE_FROM, NADIA, "RE:[CASE %s] Two certification profiles" % O_CASE)
ip = RNG.choice(SES_IPS)
rt = t + dt.timedelta(seconds=3)
h = ["Return-Path: <%s>" % ses_mailfrom(core),
     "X-Original-To: %s" % NADIA,
     "Delivered-To: %s" % NADIA,
     "Authentication-Results: mail.protonmail.ch; dmarc=pass (p=quarantine dis=none)\n header.from=amazon.com",
     "Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com",
     "Authentication-Results: mail.protonmail.ch; dkim=pass (2048-bit key)\n header.d=amazon.com header.i=@amazon.com header.b=\"%s\";\n dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com\n header.b=\"%s\"" % (b64junk(6)[:8], b64junk(6)[:8]),
     "Received: from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin045.protonmail.ch (Postfix) with ESMTPS id 4SQ%s for <%s>; %s" % (
         ses_helo(ip), ses_helo(ip), ip, hx(9).upper(), NADIA, rfc(rt))] + sh
body = leaf("html", html, cte="base64")
add("console-2023-profile-retired-relinked", "merge_completed", case_id=O_CASE, sv=True, lang="en",
    ids=["AWS02004476", "AWS12290013"], headers=h, body=body, new_text=strip_html(html))

# ---------------- More Credly --------------------------------------------------------

# 052 credly_badge_issued: reminder that a badge is still pending acceptance
t = D(2025, 6, 6, 2, 15, 0)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = """Hi Priya,

Your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification is still waiting for you.

It only takes a moment to accept it. Once accepted, you can share it on LinkedIn, add it to your email signature and let employers verify it in one click.

Accept now: https://www.credly.com/badges/%s/accept?utm_source=pending_reminder

Credly, a Pearson company
210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
""" % bid
h = credly_headers(PRIYA, t, "Reminder: your badge from Amazon Web Services Training and Certification is waiting",
                   display="Credly")
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-reminder-pending-badge-accept", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 053 credly_badge_issued: new badge after recertification (look-alike of CertMetrics congrats)
t = D(2025, 10, 22, 16, 30, 12)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = """Congratulations on recertifying, Ana Lucía!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate
Issued: October 21, 2025 - Expires: October 19, 2028

Accept your badge: https://www.credly.com/badges/%s/accept

Your previous badge for this certification will remain on your profile as expired.

Credly, a Pearson company
""" % bid
h = credly_headers(ANA, t, "Ana Lucía, you've been issued a new badge by Amazon Web Services Training and Certification",
                   where="outlook")
h = [x if not x.startswith("Subject:") else "Subject: " + enc_subject(
    "Ana Lucía, you've been issued a new badge by Amazon Web Services Training and Certification") for x in h]
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-new-badge-after-recertification", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 054 credly_badge_issued: badges added to Kenta's account after the merge (nifty delivery)
t = D(2025, 3, 18, 6, 44, 27)
new = """Hi Kenta,

Amazon Web Services Training and Certification has moved the following badges to your Credly account kenta.sato@nifty.com:

AWS Certified Cloud Practitioner
AWS Certified Solutions Architect - Associate
AWS Certified Database - Specialty

The badges were originally issued to a different email address. Please accept them so they appear on your public profile.

Go to my badges: https://www.credly.com/earner/earned

Credly, a Pearson company
210 Sixth Avenue, Suite 500, Pittsburgh, PA 15222
"""
h = credly_headers(KENTA, t, "Badges from Amazon Web Services Training and Certification were added to your account",
                   where="mx.nifty.com")
body = alternative(leaf("plain", new, cte="7bit", charset="us-ascii"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-badges-moved-to-nifty-account", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 055 credly_badge_issued: badge transferred from old address, accept it (Sofia)
t = D(2025, 11, 14, 9, 27, 40)
bid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
new = """Hello Sofia,

Your badge has a new home. The AWS Certified Machine Learning Engineer - Associate badge issued by Amazon Web Services Training and Certification, originally sent to s.rossi@studio-rossi.it, has been transferred to sofia.rossi.it@gmail.com.

Accept the badge to add it to your profile:
https://www.credly.com/badges/%s/accept

Why did I get this email? The issuing organization updated the recipient of this badge.

Credly, a Pearson company
""" % bid
h = credly_headers(SOFIA, t, "Your AWS Certified Machine Learning Engineer - Associate badge has been transferred")
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", client_html(new, font="Helvetica,Arial,sans-serif"), cte="quoted-printable"))
add("credly-badge-new-home-transferred-accept", "credly_badge_issued", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# ---------------- More unrelated look-alikes ----------------------------------------

# 056 unrelated: Amazon Seller Central case with the same RE:[CASE n] style, about merging listings
SC_CASE = "6017734582"
t = D(2025, 6, 24, 20, 11, 37)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

Regarding your request to merge the two detail pages for your product (ASIN B0CX7M2QLP and ASIN B0CX7N9R4K): the detail pages have been merged and the offers now appear under ASIN B0CX7M2QLP. It may take up to 48 hours for the change to show on all marketplaces.

Please let us know if this resolved your issue by selecting Yes or No below.

Was this answer helpful? Yes / No

Thank you for selling on Amazon.

Abhishek
Amazon.com Selling Partner Support
https://sellercentral.amazon.com
"""
h = gmail_trace(DMITRI, t, "%s@amazonses.com" % ses_id(t)[0], "54.240.11.%d" % RNG.randint(1, 200),
                "a11-%d.smtp-out.amazonses.com" % RNG.randint(10, 99),
                [("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "pass"),
                 ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")]) + [
    dkim("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", t),
    'From: "Amazon Seller Central" <seller-notification@amazon.com>',
    "To: %s" % DMITRI,
    "Subject: RE:[CASE %s] Merge duplicate detail pages" % SC_CASE,
    "Message-ID: <%s@email.amazonses.com>" % ses_id(t)[0],
    "Date: %s" % rfc(t),
    "Bounces-to: %s@amazonses.com" % ses_id(t)[0],
]
body = alternative(leaf("plain", new, cte="quoted-printable"), leaf("html", aws_html(new, "Amazon Seller Central",
                   footer="Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210"), cte="quoted-printable"))
add("seller-central-case-detail-pages-merged", "unrelated", case_id=SC_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 057 unrelated: GitHub "merged" notification
t = D(2025, 5, 28, 11, 47, 9)
new = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tessellate-analytics/cert-tracker/pull/214#event-17839201455
You are receiving this because you authored the thread.

Message ID: <tessellate-analytics/cert-tracker/pull/214/issue_event/17839201455@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/tessellate-analytics/cert-tracker/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tessellate-analytics/cert-tracker/pull/214#event-17839201455">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
gh_ip = "192.30.252.%d" % RNG.randint(190, 210)
h = gmail_trace(PRIYA, t, "noreply@github.com", gh_ip, "out-%d.smtp.github.com" % RNG.randint(20, 30),
                [("github.com", "pf2023", "pass")], dmarc="pass", dmarc_pol="p=REJECT sp=REJECT dis=NONE",
                from_dom="github.com") + [
    dkim("github.com", "pf2023", t, headers="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From"),
    "Date: %s" % rfc(t.astimezone(PDT)),
    "From: Marek Kowalski <notifications@github.com>",
    "Reply-To: tessellate-analytics/cert-tracker <reply+ABCD%s@reply.github.com>" % hx(20).upper(),
    "To: tessellate-analytics/cert-tracker <cert-tracker@noreply.github.com>",
    "Cc: Priya Raman <%s>, Author <author@noreply.github.com>" % PRIYA,
    "Message-ID: <tessellate-analytics/cert-tracker/pull/214/issue_event/17839201455@github.com>",
    "In-Reply-To: <tessellate-analytics/cert-tracker/pull/214@github.com>",
    "References: <tessellate-analytics/cert-tracker/pull/214@github.com>",
    "Subject: Re: [tessellate-analytics/cert-tracker] Account merge: consolidate duplicate candidate\n records (PR #214)",
    "List-ID: tessellate-analytics/cert-tracker <cert-tracker.tessellate-analytics.github.com>",
    "List-Archive: https://github.com/tessellate-analytics/cert-tracker",
    "List-Unsubscribe: <mailto:unsub+ABCD%s@reply.github.com>" % hx(20).upper(),
    "X-GitHub-Reason: author",
    "X-GitHub-Sender: mkowalski-dev",
    "X-GitHub-Recipient: priyaraman87",
    "X-Auto-Response-Suppress: All",
]
body = alternative(leaf("plain", new, cte="7bit"), leaf("html", html, cte="7bit"),
                   boundary="--==_mimepart_%s_%d" % (hx(13), RNG.randint(10000, 99999)))
add("github-pr-account-merge-merged", "unrelated", case_id=None, sv=False, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 058 unrelated: other AWS case (billing / Organizations) talking about merging bills
BL_CASE = "12533409871"
t = D(2023, 5, 17, 13, 20, 2)
new = """Hello Marcus,

Thank you for contacting AWS Billing and Accounts support.

As discussed, AWS does not merge two AWS accounts into one. What you can do is invite the account 2841-7730-1956 into your organization using AWS Organizations. Once it accepts the invitation, its charges will be included in the consolidated bill of your management account from the next billing period, and you will receive a single invoice.

Please let me know if you have any other questions about your bill; otherwise I will mark this case as resolved in a few days.

%(rate)s

Best regards,
Joaquin C.
Amazon Web Services

%(foot)s""" % dict(rate=RATE, foot=CONSOLE_FOOT % BL_CASE)
h = aws_outlook(MARCUS, t, CONSOLE_FROM, "RE:[CASE %s] Merge two AWS accounts into one bill" % BL_CASE)
body = alternative(leaf("plain", new, charset="UTF-8", cte="7bit"),
                   leaf("html", aws_html(new), charset="UTF-8", cte="quoted-printable"))
add("other-aws-case-billing-organizations", "unrelated", case_id=BL_CASE, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 059 unrelated: CertMetrics "AWS Certification wants to hear from you" survey
t = D(2025, 11, 20, 18, 0, 4)
new = """AWS Certification wants to hear from you

Hi Sofia,

You recently earned an AWS Certification. Tell us about your exam experience in a 5-minute survey and help us shape future exams.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?id=%s

Thank you,
AWS Training and Certification

You are receiving this email because you hold an AWS Certification. This mailbox is not monitored.
""" % hx(16).upper()
cm_ip = "198.148.%d.%d" % (RNG.randint(1, 254), RNG.randint(1, 254))
h = gmail_trace(SOFIA, t, "bounce@certmetrics.com", cm_ip, "mail.certmetrics.com",
                [("certmetrics.com", "cm2023", "pass")], dmarc="pass",
                dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom="certmetrics.com") + [
    dkim("certmetrics.com", "cm2023", t),
    "From: AWS Certification <do-not-reply@certmetrics.com>",
    "To: %s" % SOFIA,
    "Subject: AWS Certification wants to hear from you",
    "Date: %s" % rfc(t.astimezone(tz(-7))),
    "Message-ID: <%s.%s@certmetrics.com>" % (hx(16).upper(), RNG.randint(10**5, 10**6)),
]
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Certification", footer="Powered by CertMetrics"), cte="quoted-printable"))
add("certmetrics-wants-to-hear-from-you", "unrelated", case_id=None, sv=False, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# 060 unrelated: AWS Training and Certification newsletter mentioning account merges
t = D(2025, 9, 16, 16, 3, 48)
new = """AWS Training and Certification - September 2025

New: AWS Certified Generative AI Developer - Professional (beta)
Registration for the beta exam opens this month. Beta candidates receive a 50% discount.

Skill Builder: 40 new labs on Amazon Bedrock, AWS Lambda and Amazon EKS.

Tip of the month: Do you have more than one AWS Certification account? Keeping everything in one account makes it easier to track benefits and recertification dates. Sign in at aws.amazon.com/certification and check your profile; if you find a duplicate, contact us through the Training and Certification contact form and select Account Merge.

Upcoming virtual events:
- Exam Readiness: AWS Certified Solutions Architect - Associate, 24 September
- AWS Cloud Quest live session, 1 October

You are receiving this email because you subscribed to AWS Training and Certification communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
h = aws_gmail(PRIYA, t, '"AWS Training and Certification" <aws-training-and-certification@amazon.com>',
              "What's new in AWS Training and Certification - September 2025",
              extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences?%s>" % hx(24),
                     "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                     "Precedence: bulk"])
body = alternative(leaf("plain", new, cte="quoted-printable"),
                   leaf("html", aws_html(new, "AWS Training and Certification"), cte="quoted-printable"))
add("aws-tc-newsletter-tip-duplicate-accounts", "unrelated", case_id=None, sv=True, lang="en",
    ids=[], headers=h, body=body, new_text=new)

# === END MAILS ===

if __name__ == "__main__":
    write_all()
