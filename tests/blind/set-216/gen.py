#!/usr/bin/env python3
"""Generator for blind set 216: AWS Certification account-merge mailbox, English
paraphrase round with strongly personal agent styles and look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import utils
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(216)

UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))
EDT = timezone(timedelta(hours=-4))

LABELS = {}
ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text or "")})


# ---------------------------------------------------------------- randomness
def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def fold_b64(s, first=8, width=70, indent="\t "):
    out = []
    while s:
        out.append(s[:width])
        s = s[width:]
    return ("\r\n" + indent).join(out)


def case15(dt, tail):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), tail)


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, ruuid())


def fmt(dt):
    return utils.format_datetime(dt)


def pacific(dt):
    u = dt.astimezone(UTC)
    dst = (4 <= u.month <= 10) or (u.month == 3 and u.day >= 10) or (u.month == 11 and u.day < 3)
    return u.astimezone(PDT if dst else PST), ("PDT" if dst else "PST")


def gdate(dt):
    """Gmail style trace date (Google stamps Pacific time)."""
    p, name = pacific(dt)
    return p.strftime("%a, %d %b %Y %H:%M:%S %z") + " (%s)" % name


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, codec=None, fmt_flowed=False):
    """Build a leaf text part.  label = charset written in the header
    (may deliberately differ from the real charset); codec = python codec."""
    codec = codec or charset
    label = label or charset
    m = Message()
    ctype = "text/%s; charset=\"%s\"" % (subtype, label)
    if fmt_flowed:
        ctype += "; format=flowed"
    m["Content-Type"] = ctype
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec)
    if cte == "base64":
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("7bit", "8bit"):
        m["Content-Transfer-Encoding"] = cte
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return m


def multi(subtype, *parts, boundary=None):
    m = Message()
    m["Content-Type"] = "multipart/%s" % subtype
    m.set_boundary(boundary or ("----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13))))
    for p in parts:
        m.attach(p)
    return m


def html_wrap(body_html, title="", brand=None, footer_html=""):
    head = ""
    if brand == "aws":
        head = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e">'
                '<tr><td style="padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" '
                'alt="Amazon Web Services" width="80"></td></tr></table>')
    elif brand == "credly":
        head = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
                '<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr></table>')
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;"
            "font-size:14px;color:#16191f\">\n%s\n<div style=\"max-width:640px;margin:0 auto;padding:20px 24px\">\n%s\n</div>\n%s\n</body></html>\n"
            % (html.escape(title), head, body_html, footer_html))


def text_to_html(text):
    """Plain text -> simple HTML (paragraphs, bullets, quoted lines in blockquote)."""
    out = []
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % text_to_html(inner))
        elif all(re.match(r"^\s*([-*\u2022]|\d+[.)])\s", l) for l in lines):
            tag = "ol" if re.match(r"^\s*\d", lines[0]) else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join(
                "<li>%s</li>" % html.escape(re.sub(r"^\s*([-*\u2022]|\d+[.)])\s+", "", l)) for l in lines), tag))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return "\n".join(out)


# ---------------------------------------------------------------- quoting styles
def q_prefix(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) if l else ">"
                     for l in text.strip("\n").split("\n"))


def q_prefix_sp(text):
    """Thunderbird/Apple style: every line gets "> ", nesting becomes "> > "."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def q_gmail(dt, name, addr, text):
    h = dt.strftime("%a, %b %-d, %Y at %-I:%M %p").replace("AM", "AM").replace("PM", "PM")
    return "On %s %s <%s> wrote:\n%s\n" % (h, name, addr, q_prefix(text))


def q_outlook(frm, dt, to, subject, text, rule=True):
    s = "________________________________\n" if rule else ""
    return (s + "From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text.strip("\n")))


def q_original(frm, dt, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, dt.strftime("%d %B %Y %H:%M"), to, subject, text.strip("\n")))


JA_WD = "月火水木金土日"


def q_ja(dt, name, addr, text):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s\n" % (
        dt.year, dt.month, dt.day, JA_WD[dt.weekday()], dt.hour, dt.minute, name, addr, q_prefix(text))


# ---------------------------------------------------------------- trace headers
def dkim_sig(d, s, dt, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n"
            "\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s=;\r\n\tb=%s"
            % (s, d, int(dt.timestamp()), headers, rb64(43),
               fold_b64(rb64(342) + "=")))


AMZ_SEL = "rjb3mfa6s3hyvb2yq5qnxlzsjc2ahdp5"
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def ses_headers(dt, region="us-east-1"):
    """Headers SES adds on the sending side (below the provider trace)."""
    ip = "54.240.%d.%d" % (RNG.choice([8, 9, 27, 48]), RNG.randint(10, 250))
    mailfrom = "0100%012x-%s-000000@%s" % (int(dt.timestamp() * 1000), ruuid(),
                                            "email.amazonses.com" if region == "us-east-1" else region + ".amazonses.com")
    sender_side = [
        dkim_sig("amazon.com", AMZ_SEL, dt),
        dkim_sig("amazonses.com", SES_SEL, dt, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID"),
        "Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, rb64(43)),
        "X-SES-Outgoing: %s-%s" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), ip),
    ]
    return ip, mailfrom, sender_side


def ar_gmail(dkim_domain, from_domain, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass",
             policy="QUARANTINE", extra_dkim=None, selector=None):
    lines = ["Authentication-Results: mx.google.com;"]
    if dkim:
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            dkim, dkim_domain, selector or (AMZ_SEL if dkim_domain == "amazon.com" else "s1"), rb64(8)))
    if extra_dkim:
        lines.append("       dkim=pass header.i=@%s header.s=%s header.b=%s;" % (extra_dkim, SES_SEL, rb64(8)))
    spf_txt = {"pass": "designates %s as permitted sender" % ip,
               "fail": "does not designate %s as permitted sender" % ip,
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
               "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, mailfrom)}[spf]
    if spf == "pass" or spf == "fail":
        lines.append("       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;" % (spf, mailfrom, spf_txt, mailfrom))
    else:
        lines.append("       spf=%s (google.com: %s) smtp.mailfrom=%s;" % (spf, spf_txt, mailfrom))
    dis = "NONE" if dmarc == "pass" else ("QUARANTINE" if policy == "QUARANTINE" else policy)
    lines.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, dis, from_domain))
    return "\r\n".join(lines)


def trace_gmail(rcpt, dt, ip, mailfrom, helo, ar, spf="pass"):
    t = dt
    r_in = t + timedelta(seconds=RNG.randint(1, 4))
    gid = "2002:a05:%x:%x:b0:%x:%x:%x" % tuple(RNG.randint(0x1000, 0xffff) for _ in range(5))
    h = [
        "Delivered-To: %s" % rcpt,
        "Received: by %s with SMTP id %s;\r\n        %s" % (gid, "r%dcsp%d%s" % (RNG.randint(1, 30), RNG.randint(100000, 9999999), RNG.choice(["mdb", "lqz", "wrb"])), gdate(r_in)),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(80),
        "X-Received: by %s with SMTP id %s.%d.%d;\r\n        %s" % (gid, rhex(12), RNG.randint(1, 9), int(r_in.timestamp()), gdate(r_in)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s" % (int(r_in.timestamp()), fold_b64(rb64(340) + "==", width=64, indent="        ")),
        "ARC-Authentication-Results: i=1; mx.google.com;\r\n" + "\r\n".join(ar.split("\r\n")[1:]),
        "Return-Path: <%s>" % mailfrom,
        "Received: from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s"
        % (helo, helo, ip, "%s-%s.%d.%d" % (rhex(8), rhex(12), RNG.randint(1, 400), RNG.randint(2020, 2030)), rcpt, gdate(r_in)),
        "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip),
        ar,
    ]
    return h


def ar_outlook(ip, mailfrom_domain, dkim_d, from_domain, dkim="pass", spf="pass", dmarc="pass",
               action="none", compauth="pass reason=100"):
    dk = "dkim=%s (signature was verified)" % dkim if dkim == "pass" else "dkim=%s (body hash did not verify)" % dkim if dkim == "fail" else "dkim=none (message not signed)"
    return ("Authentication-Results: spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s; %s\r\n header.d=%s;dmarc=%s action=%s\r\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_domain, dk, dkim_d if dkim != "none" else "none", dmarc, action, from_domain, compauth))


def trace_outlook(rcpt, dt, ip, helo, mailfrom_domain, ar, consumer=False, spf="Pass"):
    t = dt + timedelta(seconds=RNG.randint(1, 5))
    site = RNG.choice(["namprd11", "namprd04", "eurprd07", "apcprd06"])
    a = "%s%sMB%d.%s.prod.outlook.com" % (RNG.choice(["DM6PR", "SA1PR", "PH0PR", "AM9PR", "SEZPR"]), RNG.randint(10, 19), RNG.randint(1000, 9999), site)
    b = "%s%dCA%04d.%s.prod.outlook.com" % (RNG.choice(["BN9PR", "MW4PR", "DB8PR"]), RNG.randint(1, 9), RNG.randint(1, 9999), site)
    c = "%sPEPF%08X.%s.prod.outlook.com" % (RNG.choice(["BN2", "DS2", "AMS0"]), RNG.randint(0, 0xFFFFFFF), site)
    v6 = lambda: "2603:10b6:%x:%x::%x" % (RNG.randint(1, 0xfff), RNG.randint(1, 0xfff), RNG.randint(1, 0xff))
    d = t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
    h = [
        "Received: from %s (%s) by %s with HTTPS; %s" % (a, v6(), a.replace(site, site), d),
        "Received: from %s (%s) by %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\r\n %s"
        % (b, v6(), a, v6(), RNG.randint(8000, 9300), RNG.randint(10, 40), d),
        "Received: from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
        % (c, v6(), b.replace(".prod.outlook.com", ".outlook.office365.com"), v6(), RNG.randint(8000, 9300), RNG.randint(10, 40), d),
        ar,
        "Received-SPF: %s (protection.outlook.com: domain of %s%s designates %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
        % (spf, mailfrom_domain, "" if spf == "Pass" else " does not", ip, ip, helo) if spf == "Pass" else
        "Received-SPF: %s (protection.outlook.com: domain of %s does not designate %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s;"
        % (spf, mailfrom_domain, ip, ip, helo),
        "Received: from %s (%s) by\r\n %s (10.167.%d.%d) with Microsoft SMTP Server\r\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
        % (helo, ip, c.replace(".prod.outlook.com", ".mail.protection.outlook.com"), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(8000, 9300), RNG.randint(10, 40), d),
    ]
    tail = [
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % t.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)",
        "X-MS-Exchange-Organization-Network-Message-Id: %s" % ruuid(),
        "X-MS-Exchange-Organization-AuthSource: %s" % c.replace(".prod.outlook.com", ".mail.protection.outlook.com"),
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-PublicTrafficType: Email",
        "X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d;" % (RNG.randint(1000000, 9999999), RNG.randint(1000000, 9999999)),
    ]
    if consumer:
        tail.insert(0, "X-Sender-IP: %s" % ip)
    return h, tail


def ar_jp(authserv, ip, mailfrom, dkim_d, from_domain, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results: %s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdkim=%s header.d=%s header.s=%s;\r\n\tdmarc=%s header.from=%s"
            % (authserv, spf, mailfrom, dkim, dkim_d, AMZ_SEL if dkim_d == "amazon.com" else "s1", dmarc, from_domain))


def trace_jp(authserv, rcpt, dt, ip, helo, ar):
    t = dt + timedelta(seconds=RNG.randint(2, 9))
    host = authserv if authserv.count(".") >= 2 else "mx01." + authserv
    inner = host.replace("mx", "mbox", 1)
    d = t.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")
    return [
        "Return-Path: <%s>" % rcpt.replace("@", "+bounce@") if False else "Delivered-To: %s" % rcpt,
        "Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (host, inner, rhex(10).upper(), rcpt, d),
        ar,
        "Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (helo, helo, ip, host, rhex(10).upper(), rcpt, d),
    ]


# ---------------------------------------------------------------- assembling
def hdr(s, charset="utf-8"):
    """Encoded-word header value if needed (folded)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def build(fname, *, kind, case_id, lang, sv, new_text, body, frm, to, subject, date,
          trace=(), sender_side=(), msgid=None, extra=(), tail=(), subj_charset="utf-8",
          cc=None, reply_to=None, in_reply_to=None, references=None, mime_version=True, account_ids=None,
          after_mime=()):
    """trace: provider-added headers (top).  sender_side: headers added by the sending
    system (DKIM etc.).  extra: other headers after From/To.  new_text: the NEW top
    part as plain text (account ids are computed from it)."""
    lines = list(trace)
    lines += list(tail)
    lines += list(sender_side)
    lines.append("Date: %s" % (date if isinstance(date, str) else fmt(date)))
    lines.append("From: %s" % frm)
    if reply_to:
        lines.append("Reply-To: %s" % reply_to)
    lines.append("To: %s" % to)
    if cc:
        lines.append("Cc: %s" % cc)
    lines.append("Message-ID: %s" % (msgid or "<%s@%s>" % (ruuid(), frm.split("@")[-1].rstrip(">"))))
    if in_reply_to:
        lines.append("In-Reply-To: %s" % in_reply_to)
    if references:
        lines.append("References: %s" % references)
    lines.append("Subject: %s" % hdr(subject, subj_charset))
    lines += list(extra)
    if mime_version:
        lines.append("MIME-Version: 1.0")
    lines += list(after_mime)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(body)
    mime = buf.getvalue()
    head = "\r\n".join(l.replace("\r\n", "\n").replace("\n", "\r\n") for l in lines).encode("utf-8")
    data = head + b"\r\n" + mime
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)
    ids = account_ids if account_ids is not None else ids_in(new_text)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": sv, "language": lang}


# ---------------------------------------------------------------- common senders
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_AWS = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def aws_mail(fname, *, rcpt, dt, provider, auth=None, **kw):
    """Genuine (by default) AWS mail through SES, received by provider
    ('gmail' | 'outlook' | 'outlookcom' | ('jp', authserv) | 'none')."""
    auth = auth or {}
    ip, mailfrom, sender_side = ses_headers(dt)
    helo = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4])
    msgid = kw.pop("msgid", None) or ses_msgid(dt)
    tail = []
    if provider == "gmail":
        ar = ar_gmail("amazon.com", "amazon.com", mailfrom, ip, extra_dkim="amazonses.com", **auth)
        trace = trace_gmail(rcpt, dt, ip, mailfrom, helo, ar)
    elif provider in ("outlook", "outlookcom"):
        ar = ar_outlook(ip, mailfrom.split("@")[1], "amazon.com", "amazon.com", **auth)
        trace, tail = trace_outlook(rcpt, dt, ip, helo, mailfrom.split("@")[1], ar, consumer=(provider == "outlookcom"))
    elif isinstance(provider, tuple) and provider[0] == "jp":
        ar = ar_jp(provider[1], ip, mailfrom, "amazon.com", "amazon.com", **auth)
        trace = trace_jp(provider[1], rcpt, dt, ip, helo, ar)
    elif provider == "none":
        trace = ["Received: from %s (%s) by mail.%s (Microsoft Exchange Server 2019)\r\n\tid 15.2.1544.%d; %s"
                 % (helo, ip, rcpt.split("@")[1], RNG.randint(4, 14), fmt(dt + timedelta(seconds=3)))]
    else:
        raise ValueError(provider)
    sender_side = ["Return-Path: <%s>" % mailfrom] + sender_side if provider == "none" else sender_side
    sender_side = list(sender_side) + list(kw.pop("forged", []))
    build(fname, trace=trace, tail=tail, sender_side=sender_side, msgid=msgid, date=dt, **kw)


def ext_mail(fname, *, rcpt, dt, provider, from_domain, dkim_domain, mailfrom, ip, helo,
             auth=None, selector="s1", msgid=None, sender_extra=(), **kw):
    """Mail from a non-SES sender (GitHub, Credly, Pearson VUE, phishers ...)."""
    auth = dict(auth or {})
    tail = []
    if provider == "gmail":
        ar = ar_gmail(dkim_domain, from_domain, mailfrom, ip, selector=selector, **auth)
        trace = trace_gmail(rcpt, dt, ip, mailfrom, helo, ar, spf=auth.get("spf", "pass"))
    elif provider in ("outlook", "outlookcom"):
        ar = ar_outlook(ip, mailfrom.split("@")[1], dkim_domain, from_domain, **auth)
        trace, tail = trace_outlook(rcpt, dt, ip, helo, mailfrom.split("@")[1], ar, consumer=(provider == "outlookcom"))
    elif isinstance(provider, tuple) and provider[0] == "jp":
        ar = ar_jp(provider[1], ip, mailfrom, dkim_domain, from_domain, **auth)
        trace = trace_jp(provider[1], rcpt, dt, ip, helo, ar)
    elif provider == "none":
        trace = ["Received: from %s (%s) by mail.%s (Microsoft Exchange Server 2019)\r\n\tid 15.2.1544.%d; %s"
                 % (helo, ip, rcpt.split("@")[1], RNG.randint(4, 14), fmt(dt + timedelta(seconds=3))),
                 "Return-Path: <%s>" % mailfrom]
    else:
        raise ValueError(provider)
    sender_side = [dkim_sig(dkim_domain, selector, dt)] if dkim_domain else []
    sender_side += list(sender_extra)
    build(fname, trace=trace, tail=tail, sender_side=sender_side, date=dt,
          msgid=msgid or "<%s@%s>" % (ruuid(), from_domain), **kw)


def sig_lines(*ls):
    return "\n".join(ls)


AWS_FOOTER_CONSOLE = (
    "To see all the correspondence on this case, or to add a comment, please sign in to the Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
    "This e-mail address cannot receive replies.\n\n"
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.")

AWS_FOOTER_FORM = (
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n"
    "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210")


# ---------------------------------------------------------------- the cases
# A: form desk, 15 digits, Gmail user
A_OPEN = datetime(2025, 5, 27, 22, 14, 5, tzinfo=UTC)
A = case15(A_OPEN, 731)
A_USER = ("Daniel Okafor", "dokafor.dev@gmail.com")
A_OLD, A_KEEP = "AWS04417829", "AWS11530962"
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# H: form, 11 digits (2021), Gmail user who goes quiet
H = "10398264571"
H_USER = ("Mei Lin Tan", "meilin.tan.sg@gmail.com")
H_OLD, H_KEEP = "AWS70215538", "AWS18804426"

# I: console, 15 digits (2024), Gmail user
I_OPEN = datetime(2024, 2, 14, 19, 30, 11, tzinfo=UTC)
I = case15(I_OPEN, 2277)
I_USER = ("Olivia Grant", "olivia.grant.cloud@gmail.com")
I_A, I_B = "AWS62290014", "AWS30457781"
I_SUBJ = "Two AWS Certification logins"

# B: console, 11 digits (2022), Microsoft 365 user
B = "12894407316"
B_OPEN = datetime(2022, 10, 11, 8, 41, 12, tzinfo=UTC)
B_USER = ("Martin Kessler", "m.kessler@kessler-it.de")
B_OLD, B_KEEP = "AWS20931574", "AWS07716248"
B_SUBJ = "Two certification profiles - need them combined"

# C: form, 10 digits (2019), Gmail user
C = "7041188253"
C_OPEN = datetime(2019, 8, 19, 16, 5, 40, tzinfo=UTC)
C_USER = ("Sam Whitfield", "samwhitfield.cloud@gmail.com")
C_OLD, C_KEEP = "AWS00982311", "AWS02250096"

# D: console, 15 digits, English speaker on a Japanese provider; three accounts
D_OPEN = datetime(2025, 3, 10, 1, 27, 49, tzinfo=UTC)
D = case15(D_OPEN, 412)
D_USER = ("Tom Brennan", "t.brennan@biglobe.ne.jp")
D_IDS = ("AWS31047785", "AWS09213364", "AWS27780051")  # keep the middle one
D_SUBJ = "Merge 3 certification accounts into one"

# E: Japanese form case, 15 digits
E_OPEN = datetime(2025, 9, 2, 3, 48, 20, tzinfo=UTC)
E = case15(E_OPEN, 95)
E_USER = ("佐藤 健太", "kenta.sato@nifty.com")
E_OLD, E_KEEP = "AWS15520873", "AWS08842261"

# F: form, 15 digits (2024), Outlook.com user
F_OPEN = datetime(2024, 11, 18, 14, 2, 33, tzinfo=UTC)
F = case15(F_OPEN, 6208)
F_USER = ("Ana Lima", "ana.lima.br@outlook.com")
F_OLD, F_KEEP = "AWS40218836", "AWS12093757"

# G: console, 11 digits (2023), corporate Exchange without Authentication-Results
G_OPEN = datetime(2023, 6, 5, 13, 20, 2, tzinfo=UTC)
G = "11735180201"
G_USER = ("Raj Patel", "raj.patel@northwind-logistics.com")
G_OLD, G_KEEP = "AWS55103928", "AWS06647120"
G_SUBJ = "Certification account duplicate - please consolidate"


def u(user):
    return addr(*user)


# ================================================================ MAILS
def m_001():
    dt = A_OPEN + timedelta(seconds=41)
    new = """Hi there,

Just a quick hello to say your message landed safely with the AWS Training and Certification team - there's nothing else you need to do right now. We've filed it under reference number %s, so if you ever want to nudge us, that's the number to quote.

Here's a copy of what you sent us, so you have it handy:

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: %s
  Your message: "Hi, I somehow ended up with two certification profiles after changing jobs. The old one is the ID above, the one I use now is AWS 11530962. Could you combine them please? Thanks, Daniel"

A real human from our team usually picks these up within a day or so (we aim for 24 hours, though busy weeks can stretch it a little). When they write back, you can answer straight from your inbox.

One small favour: please keep everything in this one conversation rather than sending the form in again - a second submission tends to land with somebody else and can actually slow things down.

Cheers, and talk soon!
The AWS Training and Certification team

%s""" % (A, A_OLD, AWS_FOOTER_FORM)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Training and Certification", "aws"), "html", cte="quoted-printable"))
    aws_mail("001-form-ack-chatty-got-your-note.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="case_created", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1],
             subject="Your note to AWS Training and Certification is safely with us [CASE %s]" % A)


def m_002():
    dt = B_OPEN + timedelta(seconds=23)
    new = """Dear Customer,

Please be advised that the service request described below was registered in the AWS Support system on 11 October 2022 at 08:41 (UTC) and has been allocated for handling in accordance with the applicable support terms.

Reference number: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Account Merge

All correspondence relating to this matter will be recorded under the above reference number. Notification of each subsequent entry will be dispatched to this address. Submissions are to be made exclusively via the Support Center, as this mailbox is not monitored.

%s""" % (B, B_SUBJ, AWS_FOOTER_CONSOLE.format(cid=B))
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("002-console-ack-bureaucratic-registered.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="case_created", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1],
             subject="Amazon Web Services: Service request %s has been registered" % B)


def m_003():
    dt = C_OPEN + timedelta(seconds=70)
    new = """Received.

Ref: %s
Reply time: about one business day.

Need to add something? Reply to this e-mail.

- AWS T&C""" % C
    h = html_wrap('<p style="font-size:18px;font-weight:bold">Received.</p>'
                  '<table cellpadding="4" style="border-collapse:collapse;font-size:14px">'
                  '<tr><td style="color:#687078">Ref</td><td>%s</td></tr>'
                  '<tr><td style="color:#687078">Reply time</td><td>about one business day</td></tr></table>'
                  '<p>Need to add something? Reply to this e-mail.</p><p>&mdash; AWS T&amp;C</p>'
                  '<p style="font-size:11px;color:#687078">%s</p>' % (C, html.escape(AWS_FOOTER_FORM)),
                  "AWS Training and Certification", "aws")
    body = part(h, "html", cte="quoted-printable")
    aws_mail("003-form-ack-minimal-html-only.eml", rcpt=C_USER[1], dt=dt, provider="gmail",
             kind="case_created", case_id=C, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=C_USER[1],
             subject="Received: your Training and Certification request (%s)" % C)


def m_004():
    dt = D_OPEN + timedelta(seconds=18)
    new = """Hello Tom,

Short summary of where things stand:

\u2022 Request logged: %s
\u2022 Topic: %s
\u2022 Queue: Training and Certification
\u2022 Usual first answer: within 24 hours

Three things that make it go faster:

\u2022 Add the sign-in e-mail for each candidate ID (AWS31047785, AWS09213364, AWS27780051) as a comment in the Support Center.
\u2022 Tell us which one you want to end up with.
\u2022 Please don't raise another request for the same thing - we'd only have to link the two.

That's it for now.

%s""" % (D, D_SUBJ, AWS_FOOTER_CONSOLE.format(cid=D))
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="base64"))
    aws_mail("004-console-ack-bullets-asks-for-logins.eml", rcpt=D_USER[1], dt=dt,
             provider=("jp", "mx.biglobe.ne.jp"),
             kind="case_created", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1],
             subject="Amazon Web Services: Support request %s logged \u2013 %s" % (D, D_SUBJ))


def m_005():
    dt = E_OPEN + timedelta(seconds=35)
    new = """佐藤 健太 様

このたびは AWS トレーニングと認定 窓口へご連絡をいただき、誠にありがとうございます。
下記の内容にて、ご依頼を確かに受け付けいたしました。

　受付番号　　　: %s
　ご依頼の種別　: 認定 ／ アカウントの統合
　AWS 受験者 ID : %s

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡を差し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

追加でお伝えいただきたい情報がございましたら、本メールへそのままご返信ください。
なお、同じ内容で改めてフォームをご送信いただきますと、かえってご案内が遅れる場合がございます。
何卒ご了承くださいませ。

Amazon Web Services
トレーニングと認定 サポート窓口""" % (E, E_OLD)
    body = part(new, charset="iso-2022-jp", cte="7bit")
    aws_mail("005-form-ack-japanese-keigo.eml", rcpt=E_USER[1], dt=dt, provider=("jp", "mx.nifty.com"),
             kind="case_created", case_id=E, lang="ja", sv=True, new_text=new, body=body,
             frm=FORM, to=addr(E_USER[0], E_USER[1], "iso-2022-jp"),
             subject="【AWS トレーニングと認定】ご依頼を受け付けいたしました [CASE %s]" % E,
             subj_charset="iso-2022-jp")


def m_006():
    dt = datetime(2025, 5, 28, 6, 2, 11, tzinfo=UTC)
    fake = "174841127709314"
    frm_dom = "aws-certification-helpdesk.com"
    new = """Dear AWS Certified Professional,

Your account unification request #%s has been registered with AWS Training & Certification.

Candidate profile: AWS-04417829
Status: PENDING IDENTITY CHECK

To prevent automatic cancellation of this request, our records must be verified within 48 hours. Please sign in with your certification credentials using the secure link below:

https://%s/verify?ref=%s

If the verification is not completed in time, both profiles may be suspended for security reasons.

Regards,
AWS Certification Helpdesk""" % (fake, frm_dom, fake)
    ip = "185.231.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    mailfrom = "bounce@mail.%s" % frm_dom
    ar = ar_gmail(frm_dom, frm_dom, mailfrom, ip, policy="NONE")
    trace = trace_gmail(A_USER[1], dt, ip, mailfrom, "mail.%s" % frm_dom, ar)
    body = multi("alternative", part(new, cte="7bit", charset="us-ascii"),
                 part(html_wrap(text_to_html(new).replace(
                     "https://%s/verify?ref=%s" % (frm_dom, fake),
                     '<a href="https://%s/verify?ref=%s" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Verify now</a>' % (frm_dom, fake)),
                     "AWS Certification", "aws"), "html", cte="quoted-printable"))
    build("006-phish-lookalike-domain-request-registered.eml", kind="case_created", case_id=fake, lang="en",
          sv=False, new_text=new, body=body, trace=trace,
          sender_side=[dkim_sig(frm_dom, "default", dt)],
          frm='"AWS Training & Certification" <case-notify@%s>' % frm_dom, to=A_USER[1],
          subject="Account unification request #%s registered - action required" % fake, date=dt,
          msgid="<%s@mail.%s>" % (rhex(24), frm_dom))


def m_007():
    dt = datetime(2025, 6, 3, 17, 40, 2, tzinfo=UTC)
    cid = "5884881212"
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have received your request to merge the duplicate detail pages listed below into a single listing:

ASIN: B0C7XK2M41
ASIN: B0C7XK9QZ3

A member of our Catalog team will review the request and reply within 24-48 hours. You can follow the status in Seller Central under Help > Case Log.

To help us resolve this faster, please do not open a new case for the same ASINs.

Thank you for selling with Amazon,
Selling Partner Support

Case ID: %s
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s""" % (cid, cid)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "Seller Central"), "html", cte="quoted-printable"))
    aws_mail("007-seller-central-case-received-merge-listings.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="unrelated", case_id=cid, lang="en", sv=True, new_text=new, body=body,
             frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=A_USER[1],
             subject="[CASE %s] Request received: Merge duplicate detail pages" % cid)


def m_008():
    op = datetime(2025, 6, 2, 9, 11, 57, tzinfo=UTC)
    cid = case15(op, 5531)
    dt = op + timedelta(seconds=30)
    new = """Hello,

You have opened a new Support case: %s

Case ID: %s
Subject: Unexpected charge after closing test account
Severity: General guidance
Service: Billing
Category: Charges

We will respond to your case as soon as possible. You can view and update your case in the AWS Support Center.

%s""" % (cid, cid, AWS_FOOTER_CONSOLE.format(cid=cid))
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("008-aws-billing-case-opened.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="unrelated", case_id=cid, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=A_USER[1],
             subject="Amazon Web Services: You have opened a new Support case: %s" % cid)


def m_009():
    dt = datetime(2025, 5, 29, 16, 31, 8, tzinfo=UTC)
    new = """Hi Daniel,

Thanks so much for sending over those sign-in addresses - that made my life a lot easier! I've had a proper look at both profiles, and here's what I'm planning to do, so you can double-check me before I touch anything:

Your older profile, AWS04417829 (the one you sign in to with d.okafor@contoso-mail.com), gets folded into AWS11530962 (dokafor.dev@gmail.com). Everything you earned on the older one - the Cloud Practitioner from 2021 and all of your exam history - will then show up under AWS11530962, and that's the one you'll keep using from here on. The older profile gets switched off.

A tiny but important heads-up: once I've done this, I can't pull the two apart again. So please take a second to make sure that's the right way round!

If it all looks good, just hit reply and tell me so - a simple "yes, go ahead" is perfect. And if you'd rather hang on to the other one, tell me that instead and I'll flip it around.

Have a lovely rest of your week!

Warm regards,
Mireille
Amazon Web Services - Training and Certification"""
    quoted = q_gmail(datetime(2025, 5, 28, 19, 2, tzinfo=PDT), A_USER[0], A_USER[1],
                     """Hi Mireille,

Sure - the old one signs in with d.okafor@contoso-mail.com (that was my work address at the time), the current one with this Gmail address.

Oh, and please ignore the ID AWS04471829 I put in my very first note, that was a typo.

Thanks!
Daniel""")
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("009-confirm-request-chatty-fold-older-profile.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="merge_confirmation_requested", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A, A_SUBJ))


def m_010():
    dt = datetime(2022, 10, 12, 10, 5, 44, tzinfo=UTC)
    new = """Dear Mr. Kessler,

With reference to the above-mentioned service request, we hereby set out the action proposed and request your written authorisation prior to its execution.

Proposed action
  Source record (to be decommissioned): AWS-20931574
  Target record (to be retained):       AWS-07716248

Upon execution, all certification records, examination history and associated entitlements held under the source record shall be transferred to the target record. The source record shall thereafter cease to be accessible. The action cannot be reversed.

Kindly signify your agreement to the foregoing by adding a correspondence to this service request via the Support Center. Should no response be received within seven (7) calendar days, the service request will be resolved without further action being taken.

Yours faithfully,

Henrik
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=B)
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="base64"))
    aws_mail("010-confirm-request-bureaucratic-source-target.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="merge_confirmation_requested", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="RE:[CASE %s] %s" % (B, B_SUBJ))


def m_011():
    dt = datetime(2019, 8, 20, 21, 12, 3, tzinfo=UTC)
    new = """Sam,

Keep: aws02250096
Retire: aws00982311 (its history moves to the one you keep)

Can't be undone. Reply "yes" and I'll run it.

Jo
AWS T&C"""
    quoted = q_original("Sam Whitfield <%s>" % C_USER[1], datetime(2019, 8, 19, 9, 5), "aws-cs-trainingcertification-form@amazon.com",
                        "[AWS Training and Certification Form Submission] - account-assistance",
                        """Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS00982311

Hello, I took my first exam in 2017 with a university e-mail and now have a second profile (AWS02250096) from my current job. Would like one profile please, the newer one.
Sam""")
    text = new + "\n\n" + quoted
    body = part(text, cte="quoted-printable", fmt_flowed=False)
    aws_mail("011-confirm-request-minimal-keep-retire.eml", rcpt=C_USER[1], dt=dt, provider="gmail",
             kind="merge_confirmation_requested", case_id=C, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=C_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C)


def m_012():
    dt = datetime(2025, 3, 11, 4, 50, 30, tzinfo=UTC)
    new = """Hi Tom,

Thanks for the sign-in details. Here's the plan - please read it through:

What stays:
- AWS09213364 (t.brennan@biglobe.ne.jp) - this becomes your only profile

What gets folded in, then closed:
- AWS31047785 (tom.brennan@rakuten-ex.co.jp)
- AWS27780051 (tbrennan1985@yahoo.co.jp)

What moves across:
- all certifications (SAA-C03, DVA-C02, CLF-C02)
- exam history and score reports
- any unused benefit vouchers

What can't happen afterwards:
- splitting them apart again

What I need from you:
- a short reply in the Support Center saying you're happy with the above

Keiko
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=D)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("012-confirm-request-bullets-three-into-one.eml", rcpt=D_USER[1], dt=dt,
             provider=("jp", "mx.biglobe.ne.jp"),
             kind="merge_confirmation_requested", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1], subject="RE:[CASE %s] %s" % (D, D_SUBJ))


def m_013():
    dt = datetime(2024, 11, 20, 6, 17, 51, tzinfo=UTC)
    new = """Dear Ana,

Greetings of the day!

As per your last mail, I have checked both the candidate profiles shared by you. Please find below the details for your kind perusal:

Primary profile (will remain active): AWS12093757 - ana.lima.br@outlook.com
Secondary profile (will be combined into primary and deactivated): AWS40218836 - ana.lima@consultoria-sp.com.br

Kindly note that post completion the action cannot be rolled back and the secondary profile login will no longer work.

Request you to kindly revert on this e-mail with your approval for the same so that we can initiate the process at the earliest.

Also one more point - in your first mail you have mentioned about an exam booked with Pearson VUE on 3rd December under the secondary profile. Could you please let us know whether you wish to keep this appointment or reschedule it? Since the appointment is linked to the secondary profile, we suggest to reschedule it to a date after the process is done.

Thanks & Regards,
Vikram S.
AWS Training and Certification

%s""" % AWS_FOOTER_FORM
    quoted = q_outlook("Ana Lima <%s>" % F_USER[1], datetime(2024, 11, 19, 10, 44), "aws-cs-trainingcertification-form@amazon.com",
                       "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F,
                       """Hello,

The first account is from my old company: AWS40218836, login ana.lima@consultoria-sp.com.br. The one I want to keep is AWS12093757 with my personal Outlook.

Obrigada,
Ana""")
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new) + '<div style="border-top:1px solid #e1e1e1;padding-top:6px">' + text_to_html(quoted) + "</div>", "", "aws"),
                      "html", cte="quoted-printable"))
    aws_mail("013-confirm-request-nonnative-plus-exam-question.eml", rcpt=F_USER[1], dt=dt, provider="outlookcom",
             kind="merge_confirmation_requested", case_id=F, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=F_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F)


def m_014():
    dt = datetime(2025, 9, 3, 1, 22, 9, tzinfo=UTC)
    new = """佐藤 健太 様

いつも AWS トレーニングと認定 をご利用いただき、誠にありがとうございます。
担当の山口でございます。

お送りいただいた情報をもとに確認いたしましたところ、以下 2 つの受験者アカウントを確認いたしました。

　・統合元（今後ご利用いただけなくなるアカウント）: AWS15520873
　・統合先（引き続きご利用いただくアカウント）　　: AWS08842261

統合元アカウントで取得された認定資格および受験履歴は、すべて統合先アカウントへ移行されます。
なお、本作業は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールへのご返信にてその旨お知らせいただけますでしょうか。
ご返信を確認いたしましたら、速やかに作業を進めさせていただきます。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

山口
Amazon Web Services トレーニングと認定"""
    quoted = q_ja(datetime(2025, 9, 2, 18, 5, tzinfo=JST), E_USER[0], E_USER[1],
                  """ご担当者様

お世話になっております。佐藤です。
旧アカウントのログインメールは k.sato@old-company.co.jp、
新しい方は本メールアドレスです。

よろしくお願いいたします。""")
    text = new + "\n\n" + quoted
    body = part(text, charset="shift_jis", codec="cp932", cte="base64")
    aws_mail("014-confirm-request-japanese-shiftjis.eml", rcpt=E_USER[1], dt=dt, provider=("jp", "mx.nifty.com"),
             kind="merge_confirmation_requested", case_id=E, lang="ja", sv=True, new_text=new, body=body,
             frm=FORM, to=addr(E_USER[0], E_USER[1], "iso-2022-jp"),
             subject="RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合内容のご確認のお願い" % E,
             subj_charset="iso-2022-jp")


def m_015():
    dt = datetime(2024, 11, 21, 2, 3, 40, tzinfo=UTC)
    dom = "amazon-certification-support.com"
    fake = "1732104417"
    new = """Hello Ana,

We are writing regarding case %s. Your certification profiles AWS40218836 and AWS12093757 are ready to be consolidated. AWS40218836 will be merged into AWS12093757.

Before we can proceed, you must approve this operation by signing in to your AWS Certification account through the secure approval portal:

https://portal.%s/approve?case=%s&token=c2VjdXJlLWFwcHJvdmFs

Requests that are not approved within 24 hours are cancelled automatically and will need to be submitted again.

Kind regards,
AWS Training and Certification Team""" % (fake, dom, fake)
    ip = "45.137.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    ar = ar_outlook(ip, "mail." + dom, dom, dom)
    trace, tail = trace_outlook(F_USER[1], dt, ip, "mail." + dom, "mail." + dom, ar, consumer=True)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Training and Certification", "aws"), "html", cte="quoted-printable"))
    build("015-phish-lookalike-approve-consolidation.eml", kind="merge_confirmation_requested", case_id=fake,
          lang="en", sv=False, new_text=new, body=body, trace=trace, tail=tail,
          sender_side=[dkim_sig(dom, "mail", dt)],
          frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@%s>' % dom,
          to=F_USER[1], subject="RE:[CASE %s] Approval needed for your certification profiles" % fake,
          date=dt, msgid="<%s@portal.%s>" % (rhex(20), dom))


def m_016():
    dt = datetime(2025, 5, 30, 3, 44, 17, tzinfo=UTC)
    fake = "174857551803377"
    new = """Dear Candidate,

Following your recent request, our team has prepared the consolidation of your AWS Certification profiles as follows:

   Profile to be closed   : AWS11530962
   Profile to be retained : AWS04417829

Please confirm this arrangement within 12 hours by opening the attached secure form (Confirm_Profiles.html) and signing in with your AWS Certification password. If we do not hear from you, the request will be withdrawn.

Best regards,
AWS Training and Certification"""
    ip = "91.215.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    mailfrom = "info@cert-notify-mailer.ru"
    ar = ar_gmail("amazon.com", "amazon.com", mailfrom, ip, dkim="fail", spf="softfail", dmarc="fail")
    trace = trace_gmail(A_USER[1], dt, ip, mailfrom, "mx1.cert-notify-mailer.ru", ar, spf="softfail")
    forged = ("Authentication-Results: amazon.com;\r\n\tdkim=pass header.d=amazon.com;\r\n\tspf=pass smtp.mailfrom=amazon.com;\r\n\tdmarc=pass header.from=amazon.com")
    att = part('<html><body><form action="https://cert-notify-mailer.ru/aws/login.php" method="post">'
               '<h3>AWS Certification - Confirm profiles</h3><input name="email"><input name="pw" type="password">'
               '<button>Confirm</button></form></body></html>', "html", cte="base64")
    att["Content-Disposition"] = 'attachment; filename="Confirm_Profiles.html"'
    body = multi("mixed", multi("alternative", part(new, cte="7bit", charset="us-ascii"),
                                part(html_wrap(text_to_html(new), "", "aws"), "html", cte="quoted-printable")), att)
    build("016-spoofed-amazon-dmarc-fail-confirm-profiles.eml", kind="merge_confirmation_requested", case_id=fake,
          lang="en", sv=False, new_text=new, body=body, trace=trace,
          sender_side=[forged, dkim_sig("amazon.com", AMZ_SEL, dt)],
          frm=FORM, to=A_USER[1], subject="RE:[CASE %s] Confirmation of profile consolidation" % fake,
          date=dt, msgid="<%s@cert-notify-mailer.ru>" % rhex(16))


def m_017():
    dt = datetime(2023, 6, 6, 15, 2, 19, tzinfo=UTC)
    new = """Hi Raj,

Quick sanity check before I pull the trigger on this one.

Here's what happens when I run it: AWS55103928 goes away, and everything that lives on it today (your SysOps cert, the exam history, the half-price exam voucher you haven't used yet) lands on AWS06647120. You keep signing in to AWS06647120 exactly as you do now.

There's no undo button on my side, which is why I'm asking rather than just doing it.

If that's the right way round, pop a quick reply into the case in the Support Center and I'll take it from there.

Thanks,
Luis
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=G)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("017-confirm-request-no-auth-results-pull-the-trigger.eml", rcpt=G_USER[1], dt=dt, provider="none",
             kind="merge_confirmation_requested", case_id=G, lang="en", sv=None, new_text=new, body=body,
             frm=CONSOLE, to=G_USER[1], subject="RE:[CASE %s] %s" % (G, G_SUBJ))


def m_018():
    dt = datetime(2025, 5, 30, 20, 10, 55, tzinfo=UTC)
    new = """Hi Daniel,

Good news to end your week with - it's all sorted! \U0001F389

Your two profiles are now one. Everything that used to sit on AWS04417829 now lives happily inside AWS11530962: the Cloud Practitioner, the exam history, the lot. The old sign-in (d.okafor@contoso-mail.com) won't take you anywhere any more, so just use your Gmail one from now on.

Your Credly badges should follow along on their own within a day or two. If they haven't turned up by Tuesday, drop me a line on this same thread and I'll chase it for you.

It was a real pleasure helping you out!

Warm regards,
Mireille
Amazon Web Services - Training and Certification"""
    inner = q_gmail(datetime(2025, 5, 29, 9, 31, tzinfo=PDT), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
                    """Hi Daniel,

Your older profile, AWS04417829, gets folded into AWS11530962 ...
If it all looks good, just hit reply and tell me so.

Warm regards,
Mireille""")
    quoted = q_gmail(datetime(2025, 5, 29, 21, 47, tzinfo=PDT), A_USER[0], A_USER[1],
                     "Yes, go ahead - that's the right way round. Thanks Mireille!\n\nDaniel\n\n" + inner)
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("018-completed-chatty-all-sorted.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="merge_completed", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A, A_SUBJ))


def m_019():
    dt = datetime(2022, 10, 14, 7, 55, 2, tzinfo=UTC)
    new = """Dear Mr. Kessler,

We refer to your authorisation of 12 October 2022 in respect of the above service request.

Please be informed that the action described in our correspondence of 12 October 2022 has been executed in full. Record AWS-20931574 has been decommissioned, and the certification records, examination history and entitlements formerly held under it are now held under record AWS-07716248.

You are requested to verify the accuracy of the consolidated record by signing in to your certification account, and to notify us of any discrepancy within fourteen (14) calendar days of the date of this correspondence. Upon expiry of that period the service request will be regarded as resolved.

Yours faithfully,

Henrik
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

%s""" % AWS_FOOTER_CONSOLE.format(cid=B)
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="base64"))
    aws_mail("019-completed-bureaucratic-executed-in-full.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="merge_completed", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="RE:[CASE %s] %s" % (B, B_SUBJ))


def m_020():
    dt = datetime(2019, 8, 22, 17, 3, 30, tzinfo=UTC)
    new = """Sam - done. aws02250096 has everything now; the old login is dead.

Jo
AWS T&C"""
    quoted = q_gmail(datetime(2019, 8, 21, 7, 12, tzinfo=PDT), C_USER[0], C_USER[1],
                     "yes\n\nSent from my phone\n\n" + q_original("Amazon Web Services", datetime(2019, 8, 20, 21, 12), C_USER[1],
                                                                   "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C,
                                                                   "Sam,\n\nKeep: aws02250096\nRetire: aws00982311\n\nCan't be undone. Reply \"yes\" and I'll run it.\n\nJo"))
    text = new + "\n\n" + quoted
    body = part(text, cte="7bit", charset="us-ascii")
    aws_mail("020-completed-minimal-old-login-dead.eml", rcpt=C_USER[1], dt=dt, provider="gmail",
             kind="merge_completed", case_id=C, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=C_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C)


def m_021():
    dt = datetime(2025, 3, 13, 2, 14, 45, tzinfo=UTC)
    new = """Hi Tom,

Where your three profiles stand as of this morning:

- AWS31047785: folded in, closed \u2714
- AWS27780051: folded in, closed \u2714
- AWS09213364: now holds everything \u2714

Worth a look over the next few days:
- the Certifications tab lists SAA, DVA and CLF
- the unused 50%% voucher shows under Benefits
- Credly: badges can take 24-48h to move

Nothing else needed from you.

Keiko
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=D)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("021-completed-bullets-checkmarks.eml", rcpt=D_USER[1], dt=dt, provider=("jp", "mx.biglobe.ne.jp"),
             kind="merge_completed", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1], subject="RE:[CASE %s] %s" % (D, D_SUBJ))


def m_022():
    dt = datetime(2025, 9, 4, 5, 30, 12, tzinfo=UTC)
    new = """佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 の山口でございます。

ご返信いただき、ありがとうございました。
ご承認いただきました内容にて本日作業を実施し、AWS15520873 でお持ちだった認定資格ならびに受験履歴は、すべて AWS08842261 へ移行済みでございます。
今後は AWS08842261 にてサインインいただけますようお願いいたします。

なお、Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。
引き続き AWS トレーニングと認定 をよろしくお願い申し上げます。

山口
Amazon Web Services トレーニングと認定"""
    quoted = q_ja(datetime(2025, 9, 3, 21, 14, tzinfo=JST), E_USER[0], E_USER[1],
                  "山口様\n\nご確認ありがとうございます。\n記載の内容で問題ございません。進めてください。\n\n佐藤")
    text = new + "\n\n" + quoted
    body = part(text, charset="iso-2022-jp", cte="7bit")
    aws_mail("022-completed-japanese-iso2022jp.eml", rcpt=E_USER[1], dt=dt, provider=("jp", "mx.nifty.com"),
             kind="merge_completed", case_id=E, lang="ja", sv=True, new_text=new, body=body,
             frm=FORM, to=addr(E_USER[0], E_USER[1], "iso-2022-jp"),
             subject="RE:[CASE %s] 【AWS トレーニングと認定】ご依頼の作業につきまして" % E,
             subj_charset="iso-2022-jp")


def m_023():
    dt = datetime(2024, 11, 22, 9, 41, 7, tzinfo=UTC)
    new = """Dear Ana,

Greetings!

This is to inform you that as per your approval, both the profiles are now combined successfully. Your AWS12093757 profile is now having all the certifications and exam history, and the AWS40218836 login is deactivated.

As discussed, you may now reschedule the Pearson VUE appointment from the primary profile.

Since your request is fulfilled, I am marking this case as resolved from my end. You will receive a short survey shortly, kindly spare 2 minutes to rate your experience.

Thanks & Regards,
Vikram S.
AWS Training and Certification

%s""" % AWS_FOOTER_FORM
    quoted = q_outlook("Ana Lima <%s>" % F_USER[1], datetime(2024, 11, 21, 12, 3), "aws-cs-trainingcertification-form@amazon.com",
                       "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F,
                       "Hello Vikram,\n\nYes, approved. Please go ahead. I will reschedule the exam after.\n\nAna")
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("023-completed-nonnative-marks-resolved.eml", rcpt=F_USER[1], dt=dt, provider="outlookcom",
             kind="merge_completed", case_id=F, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=F_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F)


def m_024():
    dt = datetime(2023, 6, 7, 18, 26, 40, tzinfo=UTC)
    new = """Hi Raj,

That's done. AWS06647120 now carries the SysOps cert, your history and the voucher; AWS55103928 is gone.

One question while I have you: your Credly badge is still sitting on the Credly account tied to your old work address (raj.patel@nwlogistics.co.uk). Do you want me to ask Credly to move it over, or would you rather sort that out on their site yourself? Let me know either way.

Thanks,
Luis
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=G)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("024-completed-terse-asks-about-credly.eml", rcpt=G_USER[1], dt=dt, provider="none",
             kind="merge_completed", case_id=G, lang="en", sv=None, new_text=new, body=body,
             frm=CONSOLE, to=G_USER[1], subject="RE:[CASE %s] %s" % (G, G_SUBJ))


def m_025():
    dt = datetime(2025, 6, 4, 13, 7, 22, tzinfo=UTC)
    new = """Merged #482 into main.

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/cert-tracker/pull/482#event-17893312045
You are receiving this because you authored the thread.

Message ID: <acme-cloud/cert-tracker/pull/482/issue_event/17893312045@github.com>"""
    h = html_wrap('<p><b>Merged</b> <a href="https://github.com/acme-cloud/cert-tracker/pull/482">#482</a> into main.</p>'
                  '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                  '<a href="https://github.com/acme-cloud/cert-tracker/pull/482#event-17893312045">view it on GitHub</a>.<br>'
                  'You are receiving this because you authored the thread.</p>')
    body = multi("alternative", part(new, cte="7bit", charset="UTF-8"), part(h, "html", cte="7bit", charset="UTF-8"))
    ext_mail("025-github-pr-merged-cert-tracker.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             from_domain="github.com", dkim_domain="github.com", selector="pf2023",
             mailfrom="noreply@github.com", ip="192.30.252.%d" % RNG.randint(192, 211),
             helo="out-%d.smtp.github.com" % RNG.randint(20, 28), auth={"policy": "REJECT"},
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"Priya Raman" <notifications@github.com>', to='acme-cloud/cert-tracker <cert-tracker@noreply.github.com>',
             cc='Daniel Okafor <dokafor.dev@gmail.com>, Author <author@noreply.github.com>',
             subject="Re: [acme-cloud/cert-tracker] Combine duplicate candidate profiles into a single view (PR #482)",
             msgid="<acme-cloud/cert-tracker/pull/482/issue_event/17893312045@github.com>",
             in_reply_to="<acme-cloud/cert-tracker/pull/482@github.com>",
             references="<acme-cloud/cert-tracker/pull/482@github.com>",
             extra=["List-ID: acme-cloud/cert-tracker <cert-tracker.acme-cloud.github.com>",
                    "List-Unsubscribe: <mailto:unsub+ABCD@reply.github.com>",
                    "X-GitHub-Reason: author", "X-GitHub-Sender: priyaraman"])


SURVEY_BTN = ('<table cellpadding="0" cellspacing="8"><tr>'
              '<td style="background:#1e8900;border-radius:3px"><a href="{y}" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none">{yt}</a></td>'
              '<td style="background:#d13212;border-radius:3px"><a href="{n}" style="color:#fff;padding:8px 22px;display:inline-block;text-decoration:none">{nt}</a></td>'
              '</tr></table>')


def m_026():
    dt = datetime(2025, 6, 2, 21, 0, 4, tzinfo=UTC)
    sid = rhex(32)
    y = "https://aws.amazon.com/survey/tnc?c=%s&s=%s&r=yes" % (A, sid)
    n = "https://aws.amazon.com/survey/tnc?c=%s&s=%s&r=no" % (A, sid)
    new = """Hi Daniel,

We're tidying up: case %s is now marked as resolved on our side. Did we get it right for you?

[Yes, all good] %s
[No, not quite] %s

And if you've got two more minutes, tell us how Mireille did - every note gets read by a real person on the team.

Something still not right? Just reply within 14 days and the same case springs back open; no need to start over.

Thanks for being with us!
AWS Training and Certification""" % (A, y, n)
    h = html_wrap('<p>Hi Daniel,</p><p>We&#39;re tidying up: case <b>%s</b> is now marked as resolved on our side. '
                  'Did we get it right for you?</p>%s'
                  '<p>And if you&#39;ve got two more minutes, <a href="https://aws.amazon.com/survey/tnc-agent?s=%s">tell us how Mireille did</a> '
                  '&ndash; every note gets read by a real person on the team.</p>'
                  '<p>Something still not right? Just reply within 14 days and the same case springs back open; no need to start over.</p>'
                  '<p>Thanks for being with us!<br>AWS Training and Certification</p>'
                  '<p style="font-size:11px;color:#687078">%s</p>'
                  % (A, SURVEY_BTN.format(y=y, n=n, yt="Yes, all good", nt="No, not quite"), sid, html.escape(AWS_FOOTER_FORM)),
                  "Did we get it right?", "aws")
    body = part(h, "html", cte="quoted-printable")
    aws_mail("026-survey-closure-html-only-did-we-get-it-right.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="survey", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1], subject="Did we get it right? [CASE %s]" % A)


def m_027():
    dt = datetime(2022, 10, 28, 8, 0, 31, tzinfo=UTC)
    link = "https://console.aws.amazon.com/support/feedback?displayId=%s&lang=en&t=%s" % (B, rhex(24))
    new = """Case %s - resolved.

One question: how would you rate the help you got?

1  2  3  4  5
%s

Amazon Web Services""" % (B, link)
    h = html_wrap('<p style="font-size:16px"><b>Case %s &ndash; resolved.</b></p><p>One question: how would you rate the help you got?</p>'
                  '<p>%s</p><p>Amazon Web Services</p>'
                  % (B, " ".join('<a href="%s&score=%d" style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #879596;border-radius:16px;text-decoration:none;color:#16191f">%d</a>' % (html.escape(link), i, i) for i in range(1, 6))),
                  "AWS Support", "aws")
    body = multi("alternative", part(new, cte="7bit", charset="us-ascii"), part(h, "html", cte="quoted-printable"))
    aws_mail("027-survey-minimal-one-question-1-to-5.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="survey", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="Amazon Web Services: How did we do on case %s?" % B)


def m_028():
    dt = datetime(2019, 8, 24, 17, 5, 0, tzinfo=UTC)
    new = """Hello Sam,

Your request %s with AWS Training and Certification has now been closed.

Summary from your agent: candidate profiles combined; all certifications and exam history are now held under aws02250096.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/s/%s?resolved=yes
NO:  https://aws-tc-feedback.amazon.com/s/%s?resolved=no

Please rate your agent (1 = poor, 5 = excellent):
https://aws-tc-feedback.amazon.com/s/%s/rate

Thank you,
AWS Training and Certification

%s""" % (C, C, C, C, AWS_FOOTER_FORM)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("028-survey-closure-that-also-says-combined.eml", rcpt=C_USER[1], dt=dt, provider="gmail",
             kind="survey", case_id=C, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=C_USER[1], subject="Request %s closed - was your issue resolved?" % C)


def m_029():
    dt = datetime(2025, 9, 6, 1, 0, 45, tzinfo=UTC)
    url = "https://aws.amazon.com/jp/survey/tnc?c=%s&s=%s" % (E, rhex(24))
    new = """佐藤 健太 様

平素より AWS トレーニングと認定 をご利用いただき、誠にありがとうございます。

お問い合わせ番号 %s につきましては、ご案内が完了いたしましたため、本日をもちましてクローズとさせていただきました。

今後のサービス向上のため、担当者の対応についてアンケートへのご協力をお願いできますでしょうか。所要時間は 1 分ほどでございます。

　ご回答はこちら: %s

　・問題は解決しましたか？　はい ／ いいえ
　・担当者の対応はいかがでしたか？　★1～★5

お問い合わせがクローズされた後も、14 日以内であれば本メールにご返信いただくことで再開が可能でございます。

Amazon Web Services トレーニングと認定""" % (E, url)
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "アンケートのお願い", "aws"), "html", cte="base64"))
    aws_mail("029-survey-japanese-utf8-base64.eml", rcpt=E_USER[1], dt=dt, provider=("jp", "mx.nifty.com"),
             kind="survey", case_id=E, lang="ja", sv=True, new_text=new, body=body,
             frm=FORM, to=addr(E_USER[0], E_USER[1]),
             subject="【AWS トレーニングと認定】アンケートご協力のお願い（お問い合わせ番号 %s）" % E)


def m_030():
    dt = datetime(2025, 3, 21, 2, 30, 10, tzinfo=UTC)
    new = """Hi Tom,

Closing this one out:

- last update from me: 13 March
- no new comments since
- case status: resolved as of today

If anything turns up later:
- reopen the case from the Support Center within 14 days
- after that, a new case is fine - quote %s so we can find the history

Two-minute favour:
- rate this correspondence with the stars at the top right of my message in the Support Center

Keiko
Amazon Web Services

%s""" % (D, AWS_FOOTER_CONSOLE.format(cid=D))
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("030-survey-bullets-closing-no-reply.eml", rcpt=D_USER[1], dt=dt, provider=("jp", "mx.biglobe.ne.jp"),
             kind="survey", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1], subject="Amazon Web Services: Case %s resolved" % D)


def m_031():
    dt = datetime(2025, 3, 26, 15, 12, 0, tzinfo=UTC)
    new = """Hi Tom,

Thanks for taking an AWS Certification exam recently. We'd like to know how it went - from booking to the results e-mail.

The questionnaire takes about five minutes and your answers stay anonymous.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/?ref=%s

Candidate ID: AWS09213364

AWS Certification
This message was sent by CertMetrics on behalf of Amazon Web Services. Please do not reply.""" % rhex(16)
    body = multi("alternative", part(new, cte="quoted-printable", charset="iso-8859-1"),
                 part(html_wrap(text_to_html(new)), "html", cte="quoted-printable", charset="iso-8859-1"))
    ext_mail("031-certmetrics-wants-to-hear-questionnaire.eml", rcpt=D_USER[1], dt=dt, provider=("jp", "mx.biglobe.ne.jp"),
             from_domain="certmetrics.com", dkim_domain="certmetrics.com", selector="cm1",
             mailfrom="bounce@certmetrics.com", ip="168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
             helo="o1.email.certmetrics.com",
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=D_USER[1],
             subject="AWS Certification wants to hear from you")


def m_032():
    op = datetime(2025, 6, 2, 9, 11, 57, tzinfo=UTC)
    cid = case15(op, 5531)
    dt = datetime(2025, 6, 6, 9, 30, 2, tzinfo=UTC)
    new = """Hello,

Your support case %s (Unexpected charge after closing test account) has been resolved.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you have further questions, you can reopen the case within 14 days.

%s""" % (cid, cid, cid, AWS_FOOTER_CONSOLE.format(cid=cid))
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("032-aws-billing-case-resolved-survey.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="unrelated", case_id=cid, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=A_USER[1], subject="Amazon Web Services: Case %s has been resolved" % cid)


def credly_html(lines_html, button=None, url=None):
    btn = ""
    if button:
        btn = ('<table align="center" cellpadding="0" cellspacing="0" style="margin:18px auto"><tr><td style="background:#ff6b00;border-radius:4px">'
               '<a href="%s" style="display:inline-block;padding:12px 28px;color:#ffffff;font-weight:bold;text-decoration:none">%s</a></td></tr></table>'
               % (html.escape(url), html.escape(button)))
    foot = ('<p style="font-size:11px;color:#8a8a8a;text-align:center">Credly, Inc. &middot; 100 Park Avenue, Suite 1600 &middot; New York, NY 10017<br>'
            '<a href="https://www.credly.com/notification_preferences" style="color:#8a8a8a">Notification preferences</a> &middot; '
            '<a href="https://www.credly.com/privacy" style="color:#8a8a8a">Privacy</a></p>')
    return html_wrap(lines_html + btn, "Credly", "credly", foot)


CREDLY_FOOT_TXT = """Credly, Inc. - 100 Park Avenue, Suite 1600 - New York, NY 10017
Notification preferences: https://www.credly.com/notification_preferences"""


def credly_mail(fname, rcpt, dt, provider, kind, new, body, subject, frm=CREDLY_AWS, sv=True, to=None, domain="credly.com"):
    ext_mail(fname, rcpt=rcpt, dt=dt, provider=provider, from_domain=domain, dkim_domain=domain,
             selector="s1", mailfrom="bounces+2210398-%s-%s@em.%s" % (rhex(4), rcpt.replace("@", "="), domain),
             ip="149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), helo="o%d.em.%s" % (RNG.randint(1, 30), domain),
             kind=kind, case_id=None, lang="en", sv=sv, new_text=new, body=body, frm=frm, to=to or rcpt,
             subject=subject, sender_extra=["X-SG-EID: %s" % rb64(60), "X-Entity-ID: %s" % rb64(22)])


def m_033():
    dt = datetime(2025, 5, 31, 14, 22, 9, tzinfo=UTC)
    url = "https://www.credly.com/earner/earned/badge/%s" % ruuid()
    new = """Daniel, AWS Certified Cloud Practitioner is waiting for you.

Amazon Web Services Training and Certification has issued you a new badge. Claim it, then show it off on LinkedIn, in your e-mail signature or wherever else you like.

Claim it here: %s

Questions? https://support.credly.com

%s""" % (url, CREDLY_FOOT_TXT)
    h = credly_html('<h2 style="text-align:center">Daniel, AWS Certified Cloud Practitioner is waiting for you.</h2>'
                    '<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="160" alt="badge"></p>'
                    '<p>Amazon Web Services Training and Certification has issued you a new badge. Claim it, then show it off on LinkedIn, in your e-mail signature or wherever else you like.</p>',
                    "Claim it", url)
    body = multi("alternative", part(new, cte="quoted-printable"), part(h, "html", cte="quoted-printable"))
    credly_mail("033-credly-cloud-practitioner-waiting-for-you.eml", A_USER[1], dt, "gmail", "credly_badge_issued",
                new, body, "Daniel, a new badge is waiting for you")


def m_034():
    dt = datetime(2025, 3, 14, 6, 48, 31, tzinfo=UTC)
    url = "https://www.credly.com/users/tom-brennan.%s/badges" % rhex(6)
    new = """Hi Tom,

Your badges have a new home.

After your AWS Certification profiles were brought together, Amazon Web Services Training and Certification moved the following badges to this Credly account (t.brennan@biglobe.ne.jp):

  - AWS Certified Solutions Architect \u2013 Associate
  - AWS Certified Developer \u2013 Associate
  - AWS Certified Cloud Practitioner

They are already accepted and public, just like before. Have a look: %s

%s""" % (url, CREDLY_FOOT_TXT)
    h = credly_html(text_to_html(new.replace(CREDLY_FOOT_TXT, "")), "See my badges", url)
    body = multi("alternative", part(new, cte="quoted-printable"), part(h, "html", cte="quoted-printable"))
    credly_mail("034-credly-badges-new-home-after-profiles-joined.eml", D_USER[1], dt, ("jp", "mx.biglobe.ne.jp"),
                "credly_badge_issued", new, body, "Tom, your badges have a new home")


def m_035():
    dt = datetime(2019, 8, 24, 2, 40, 11, tzinfo=UTC)
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % ruuid()
    new = """Sam,

Amazon Web Services Training and Certification sent you something: the AWS Certified Solutions Architect - Associate badge.

Because your certification profiles were joined this week, the badge was re-sent to the address on your surviving profile. Take it and make it public with one click:

%s

Acclaim - a Credly service""" % url
    h = html_wrap(text_to_html(new).replace(url, '<a href="%s">Take my badge</a>' % url), "Acclaim")
    body = multi("alternative", part(new, cte="7bit", charset="us-ascii"), part(h, "html", cte="quoted-printable"))
    credly_mail("035-acclaim-youracclaim-badge-resent-2019.eml", C_USER[1], dt, "gmail", "credly_badge_issued",
                new, body, "Sam, Amazon Web Services Training and Certification sent you a badge",
                frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', domain="youracclaim.com")


def m_036():
    dt = datetime(2022, 10, 16, 11, 5, 9, tzinfo=UTC)
    dom = "credly-notifications.net"
    new = """Hello Martin,

Following the merge of your AWS Certification accounts, 2 badges have been transferred and are ready to accept:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified Security - Specialty

Badges that are not re-accepted within 72 hours are revoked permanently. Sign in with your Credly or LinkedIn password to accept them:

https://accept.%s/badges?uid=mk%s

The Credly Team""" % (dom, rhex(10))
    ip = "193.29.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    ar = ar_outlook(ip, dom, dom, dom, dkim="none", dmarc="none", action="none", compauth="softpass reason=201")
    trace, tail = trace_outlook(B_USER[1], dt, ip, "mail." + dom, dom, ar)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(credly_html(text_to_html(new), "Accept badges", "https://accept.%s/badges" % dom), "html", cte="quoted-printable"))
    build("036-phish-credly-lookalike-accept-transferred-badges.eml", kind="credly_badge_issued", case_id=None, lang="en",
          sv=False, new_text=new, body=body, trace=trace, tail=tail, sender_side=[],
          frm='"Credly" <badges@%s>' % dom, to=B_USER[1], date=dt,
          subject="Action required: accept your transferred badges", msgid="<%s@%s>" % (rhex(20), dom))


def m_037():
    dt = datetime(2025, 1, 9, 15, 0, 2, tzinfo=UTC)
    url = "https://www.credly.com/badges/%s" % ruuid()
    new = """Ana, a heads-up about your AWS Certified Developer - Associate badge.

It expires on 9 April 2025. After that date it will still be visible on your profile, but marked as expired.

To keep it current, recertify through AWS Training and Certification before the expiry date. View the badge: %s

%s""" % (url, CREDLY_FOOT_TXT)
    h = credly_html(text_to_html(new.replace(CREDLY_FOOT_TXT, "")), "View badge", url)
    body = multi("alternative", part(new, cte="quoted-printable"), part(h, "html", cte="quoted-printable"))
    credly_mail("037-credly-expiry-heads-up.eml", F_USER[1], dt, "outlookcom", "unrelated", new, body,
                "Your badge expires in 90 days")


def m_038():
    dt = datetime(2025, 6, 5, 8, 12, 40, tzinfo=UTC)
    url = "https://www.credly.com/account_merge/confirm?token=%s" % rhex(40)
    new = """Hi Daniel,

Someone (hopefully you) asked to bring your Credly account d.okafor@contoso-mail.com into this one.

Your code: 482913

Enter the code on the Credly page you started from, or use the link below. It stops working in 30 minutes.

Complete Account Merge: %s

Didn't ask for this? Ignore this e-mail and nothing will change.

%s""" % (url, CREDLY_FOOT_TXT)
    h = credly_html(text_to_html(new.replace(CREDLY_FOOT_TXT, "")), "Complete Account Merge", url)
    body = multi("alternative", part(new, cte="quoted-printable"), part(h, "html", cte="quoted-printable"))
    credly_mail("038-credly-self-service-account-code.eml", A_USER[1], dt, "gmail", "unrelated", new, body,
                "Your Credly verification code", frm='"Credly" <admin@credly.com>')


def m_039():
    dt = datetime(2023, 6, 9, 10, 3, 55, tzinfo=UTC)
    url = "https://www.credly.com/earner/earned/badge/%s" % ruuid()
    new = """Raj, your AWS Certified SysOps Administrator - Associate badge has been reissued.

Amazon Web Services Training and Certification reissued this badge to you after your AWS Certification accounts were combined. Your earlier copy on another Credly account has been retired.

Pick it up here: %s

%s""" % (url, CREDLY_FOOT_TXT)
    h = credly_html(text_to_html(new.replace(CREDLY_FOOT_TXT, "")), "Pick it up", url)
    body = multi("alternative", part(new, cte="base64"), part(h, "html", cte="base64"))
    credly_mail("039-credly-reissued-after-accounts-combined-no-auth.eml", G_USER[1], dt, "none",
                "credly_badge_issued", new, body, "Your badge has been reissued", sv=None)


def m_040():
    dt = datetime(2025, 5, 28, 17, 5, 33, tzinfo=UTC)
    new = """Hi Daniel,

Lovely to meet you, and thanks for reaching out! I'm Mireille, and I'll be looking after your request from here on.

I've found both profiles you mentioned - AWS04417829 and AWS11530962 - but before I do anything with them I need to be sure they're really both yours (I know, I know... but it keeps everybody's certifications safe!).

Could you tell me the e-mail address you use to sign in to each one? Just the addresses, please - never send me a password.

Oh, and while you're at it: is there a reason you'd prefer one of them to be the one that sticks around? Totally fine if not, I'll suggest one.

Speak soon,
Mireille
Amazon Web Services - Training and Certification"""
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("040-reply-chatty-asks-sign-in-addresses.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="support_reply", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A, A_SUBJ))


def m_041():
    dt = datetime(2022, 10, 11, 14, 20, 5, tzinfo=UTC)
    new = """Dear Mr. Kessler,

In order that your service request may be processed, we require the following particulars:

1. Confirmation as to which of the two records, AWS-20931574 or AWS-07716248, is to be retained;
2. The e-mail address registered to each of the said records.

Please note that the record not designated for retention will, upon completion of the requested action, no longer be accessible.

Your response should be submitted via the Support Center.

Yours faithfully,

Henrik
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=B)
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="base64"))
    aws_mail("041-reply-bureaucratic-particulars-which-record.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="support_reply", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="RE:[CASE %s] %s" % (B, B_SUBJ))


def m_042():
    dt = datetime(2025, 5, 30, 8, 15, 20, tzinfo=UTC)
    new = """Hi Daniel,

Brilliant - thank you for the speedy green light!

I've got everything lined up and it's now with the folks who do the actual work behind the scenes. These usually take anywhere from a few hours to a couple of days. As soon as it's finished I'll write to you again, so you won't be left wondering.

Have a great Friday!

Mireille
Amazon Web Services - Training and Certification"""
    inner = ("Hi Daniel,\n\nYour older profile, AWS04417829, gets folded into AWS11530962 (dokafor.dev@gmail.com).\n"
             "...\nIf it all looks good, just hit reply and tell me so.\n\nMireille")
    quoted = ("On 29/05/2025 22:47, Daniel Okafor wrote:\n"
              + q_prefix_sp("Yes, go ahead - that's the right way round. Thanks Mireille!\n\nDaniel\n\n"
                            "On 29/05/2025 17:31, Amazon Web Services wrote:\n" + q_prefix_sp(inner)))
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("042-reply-thanks-green-light-now-with-team.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="support_reply", case_id=A, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=A_USER[1], subject="RE:[CASE %s] %s" % (A, A_SUBJ))


def m_043():
    dt = datetime(2021, 5, 10, 16, 2, 0, tzinfo=UTC)
    new = """Mei Lin \u2013 following up on my note of 3 May (below).

Still need a \u201cyes\u201d or \u201cno\u201d from you before I can go on. If nothing comes in by 17 May, the case closes on its own.

Arturo
AWS Training & Certification"""
    quoted = q_outlook("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", datetime(2021, 5, 3, 11, 40),
                       "meilin.tan.sg@gmail.com", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H,
                       """Mei Lin,

I can bring AWS70215538 into AWS18804426; AWS18804426 would be the one left standing. Please reply to say that's what you want - it can't be reversed afterwards.

Arturo""", rule=True)
    text = new + "\n\n" + quoted
    # windows-1252 label on a body that is really UTF-8 (curly quotes, en dash)
    body = part(text, cte="8bit", charset="utf-8", label="windows-1252")
    aws_mail("043-reply-minimal-chaser-wrong-charset.eml", rcpt=H_USER[1], dt=dt, provider="gmail",
             kind="support_reply", case_id=H, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=H_USER[1],
             subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H)


def m_044():
    dt = datetime(2025, 3, 12, 3, 5, 12, tzinfo=UTC)
    new = """Hi Tom,

Where things are:

- sign-in details: checked \u2714
- your go-ahead: received 11 March \u2714
- the work itself: with our back-office team
- expected: 1-2 business days

Nothing needed from you. I'll update this case the moment it's finished.

Keiko
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=D)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("044-reply-bullets-status-back-office.eml", rcpt=D_USER[1], dt=dt, provider=("jp", "mx.biglobe.ne.jp"),
             kind="support_reply", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1], subject="RE:[CASE %s] %s" % (D, D_SUBJ))


def m_045():
    dt = datetime(2025, 9, 2, 6, 10, 44, tzinfo=UTC)
    new = """佐藤 健太 様

このたびは AWS トレーニングと認定 へお問い合わせいただき、誠にありがとうございます。
担当いたします山口と申します。

ご依頼の件につきまして、ご本人様確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

　1. 各受験者アカウント（AWS15520873 および新しい方のアカウント）にサインインする際のメールアドレス
　2. アカウントが 2 つになってしまった経緯（差し支えのない範囲で結構です）

パスワードはお送りいただく必要はございません。

お手数をおかけいたしますが、本メールへご返信くださいますようお願い申し上げます。

山口
Amazon Web Services トレーニングと認定"""
    body = part(new, charset="iso-2022-jp", cte="7bit")
    aws_mail("045-reply-japanese-asks-sign-in-and-reason.eml", rcpt=E_USER[1], dt=dt, provider=("jp", "mx.nifty.com"),
             kind="support_reply", case_id=E, lang="ja", sv=True, new_text=new, body=body,
             frm=FORM, to=addr(E_USER[0], E_USER[1], "iso-2022-jp"),
             subject="RE:[CASE %s] 【AWS トレーニングと認定】ご本人様確認のお願い" % E,
             subj_charset="iso-2022-jp")


def m_046():
    dt = datetime(2025, 3, 10, 8, 2, 37, tzinfo=UTC)
    dup = case15(datetime(2025, 3, 10, 6, 55, 3, tzinfo=UTC), 1187)
    new = """Hi Tom,

Housekeeping first:

- you also opened %s for the same thing
- I've closed that one and linked it here
- everything carries on in this case

Sign-in e-mails so far:

- AWS31047785: got it
- AWS09213364: got it
- AWS27780051: still missing

Once I have the last one, I'll send you the plan.

Keiko
Amazon Web Services

%s""" % (dup, AWS_FOOTER_CONSOLE.format(cid=D))
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("046-reply-bullets-duplicate-case-closed-one-login-missing.eml", rcpt=D_USER[1], dt=dt,
             provider=("jp", "mx.biglobe.ne.jp"),
             kind="support_reply", case_id=D, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=D_USER[1], subject="RE:[CASE %s] %s" % (D, D_SUBJ))


def m_047():
    dt = datetime(2024, 11, 26, 7, 33, 18, tzinfo=UTC)
    new = """Dear Ana,

Greetings of the day!

Thank you for writing back. I have checked with the concerned team and your Credly badges are still mapped to the old e-mail id ana.lima@consultoria-sp.com.br.

I have raised the request to the Credly team for moving the badges to ana.lima.br@outlook.com. It may take 3-5 working days. Once it is done, you will get a mail from Credly directly.

Meanwhile, request you to kindly not accept any badge on the old Credly account, as this can delay the process.

Thanks & Regards,
Vikram S.
AWS Training and Certification

%s""" % AWS_FOOTER_FORM
    quoted = q_outlook("Ana Lima <%s>" % F_USER[1], datetime(2024, 11, 25, 19, 2), "aws-cs-trainingcertification-form@amazon.com",
                       "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F,
                       """Hi Vikram,

Thank you, I can see my certifications on AWS12093757 now. But on Credly I still only see the badges on my old account, nothing on the new one. Is this normal?

Ana""")
    text = new + "\n\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "", "aws"), "html", cte="quoted-printable"))
    aws_mail("047-reply-nonnative-credly-raised-with-team.eml", rcpt=F_USER[1], dt=dt, provider="outlookcom",
             kind="support_reply", case_id=F, lang="en", sv=True, new_text=new, body=body,
             frm=FORM, to=F_USER[1], subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F)


def m_048():
    dt = datetime(2023, 6, 8, 16, 45, 3, tzinfo=UTC)
    new = """Hi Raj,

Short answer: yes, it's there. The 50%% exam voucher now shows under Benefits on AWS06647120 and is good until 14 September 2023.

My question from yesterday still stands, though - do you want me to ask Credly to move the SysOps badge, or will you do it yourself? No rush, but I'd like to know before I close things out.

Thanks,
Luis
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=G)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("048-reply-terse-voucher-answer-and-credly-question.eml", rcpt=G_USER[1], dt=dt, provider="none",
             kind="support_reply", case_id=G, lang="en", sv=None, new_text=new, body=body,
             frm=CONSOLE, to=G_USER[1], subject="RE:[CASE %s] %s" % (G, G_SUBJ))


def m_049():
    dt = datetime(2022, 10, 13, 5, 12, 47, tzinfo=UTC)
    fake = "12901188452"
    new = """Dear Customer,

We are processing the consolidation of your certification records AWS-20931574 and AWS-07716248. During verification, our system was unable to confirm ownership of record AWS-20931574.

To avoid cancellation of your request, please reply to this e-mail within 24 hours with:

- the password of the record AWS-20931574
- the last 4 digits of the payment card used for your most recent exam

Regards,
AWS Support"""
    ip = "103.145.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    ar = ar_outlook(ip, "srv1.vps-hostnet.xyz", "amazon.com", "amazon.com", dkim="none", spf="fail", dmarc="fail",
                    action="quarantine", compauth="fail reason=000")
    trace, tail = trace_outlook(B_USER[1], dt, ip, "srv1.vps-hostnet.xyz", "srv1.vps-hostnet.xyz", ar, spf="Fail")
    body = part(new, cte="quoted-printable")
    build("049-spoofed-reply-dmarc-fail-asks-password.eml", kind="support_reply", case_id=fake, lang="en", sv=False,
          new_text=new, body=body, trace=trace, tail=tail,
          sender_side=["Authentication-Results: amazon.com; dmarc=pass header.from=amazon.com"],
          frm=CONSOLE, reply_to="aws-record-verify@outlook-mailbox.xyz", to=B_USER[1], date=dt,
          subject="RE:[CASE %s] Ownership verification pending" % fake, msgid="<%s@srv1.vps-hostnet.xyz>" % rhex(18))


def m_050():
    dt = datetime(2022, 10, 12, 10, 5, 50, tzinfo=UTC)
    new = """Dear Customer,

A new entry has been recorded against service request %s (%s).

The content of the entry is available exclusively within the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This notification is generated automatically. The originating mailbox is not monitored.

Amazon Web Services""" % (B, B_SUBJ, B)
    body = multi("alternative", part(new, cte="7bit", charset="us-ascii"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("050-reply-notice-new-entry-recorded.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="support_reply", case_id=B, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="[Case %s] New entry recorded" % B)


def m_051():
    dt = datetime(2024, 2, 15, 22, 18, 40, tzinfo=UTC)
    new = """Hi Olivia!

Thanks so much for your patience - I know nobody enjoys waiting on support. \U0001F642

I've tracked down both of your profiles, AWS62290014 and aws30457781, and they're definitely a pair worth bringing together. Before I can get going, though, I do need one thing from you: could you tell me a bit about how the second one came about? (Did you sign up again with a new e-mail, or did an employer create it for you?) Our team asks this every time, it's nothing to worry about.

Once they've been combined, you'll sign in with just one address and all your certifications will sit together - and I'll of course ask you to double-check the details with me before anything actually happens.

Just pop your answer into the case in the Support Center whenever you get a moment.

Have a wonderful evening,
Grace
Amazon Web Services

%s""" % AWS_FOOTER_CONSOLE.format(cid=I)
    body = multi("alternative", part(new, cte="base64"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="base64"))
    aws_mail("051-reply-chatty-asks-how-second-profile-came-about.eml", rcpt=I_USER[1], dt=dt, provider="gmail",
             kind="support_reply", case_id=I, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=I_USER[1], subject="RE:[CASE %s] %s" % (I, I_SUBJ))


def m_052():
    dt = datetime(2024, 11, 23, 13, 44, 2, tzinfo=UTC)
    new = """Dear Ana Lima,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Language: English
Date: Tuesday, 10 December 2024
Time: 14:00 America/Sao_Paulo
Delivery: OnVUE online proctored
Registration ID: 512887463
AWS candidate ID: AWS12093757

Please run the system test on the computer you will use on exam day and have a valid government-issued ID ready. You may check in 30 minutes before your appointment.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE"""
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "Pearson VUE"), "html", cte="quoted-printable"))
    ext_mail("052-pearson-vue-appointment-confirmed.eml", rcpt=F_USER[1], dt=dt, provider="outlookcom",
             from_domain="pearson.com", dkim_domain="pearson.com", selector="pvue2021",
             mailfrom="bounces@pearson.com", ip="159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
             helo="mail-out.pearsonvue.com",
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=F_USER[1],
             subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate")


def m_053():
    dt = datetime(2022, 11, 3, 12, 9, 14, tzinfo=UTC)
    cid = "12960735518"
    new = """Hello Martin,

Good news - your request has been approved, and it's already live!

The On-Demand Standard instance vCPU quota for EC2 in eu-central-1 on account 4419-2207-8163 is now 256. It can take up to 30 minutes for the new value to show in the Service Quotas console.

If you'd like to raise other limits down the road, the Service Quotas console is the quickest way to do it.

Have a great day!

Best regards,
Sofia
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

%s""" % AWS_FOOTER_CONSOLE.format(cid=cid)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Support", "aws"), "html", cte="quoted-printable"))
    aws_mail("053-aws-quota-increase-approved-reply.eml", rcpt=B_USER[1], dt=dt, provider="outlook",
             kind="unrelated", case_id=cid, lang="en", sv=True, new_text=new, body=body,
             frm=CONSOLE, to=B_USER[1], subject="RE:[CASE %s] Limit Increase: EC2 Instances" % cid)


def m_054():
    dt = datetime(2025, 6, 6, 19, 2, 51, tzinfo=UTC)
    cid = "5884881212"
    new = """Hello,

We have merged the detail pages you reported. ASIN B0C7XK9QZ3 now redirects to B0C7XK2M41, and all offers have been moved to the surviving page. Customer reviews will be combined within 72 hours.

Please check the listing in Manage All Inventory. If the result is not what you expected, reply to this case within 7 days.

How did we do? https://sellercentral.amazon.com/cu/feedback?caseID=%s

Thank you for selling with Amazon,
Kevin T.
Selling Partner Support""" % cid
    quoted = q_outlook("Daniel Okafor", datetime(2025, 6, 3, 10, 38), "Selling Partner Support",
                       "Merge duplicate detail pages", "Please merge B0C7XK9QZ3 into B0C7XK2M41, same product listed twice.", rule=False)
    text = new + "\n\n" + "--- Original message ---\n" + quoted
    body = multi("alternative", part(text, cte="quoted-printable"),
                 part(html_wrap(text_to_html(text), "Seller Central"), "html", cte="quoted-printable"))
    aws_mail("054-seller-central-detail-pages-merged.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="unrelated", case_id=cid, lang="en", sv=True, new_text=new, body=body,
             frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=A_USER[1],
             subject="RE:[CASE %s] Merge duplicate detail pages" % cid)


def m_055():
    dt = datetime(2025, 3, 18, 9, 25, 4, tzinfo=UTC)
    new = """Kenji Mori merged merge request !57 at platform-team / cert-sync

Project: https://gitlab.com/platform-team/cert-sync
Branch: feature/merge-duplicate-candidates -> main
Merge request: https://gitlab.com/platform-team/cert-sync/-/merge_requests/57
Title: Merge duplicate candidate records before nightly export

You're receiving this email because of your activity on gitlab.com. Unsubscribe: https://gitlab.com/-/sent_notifications/%s/unsubscribe""" % rhex(32)
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "GitLab"), "html", cte="quoted-printable"))
    ext_mail("055-gitlab-merge-request-merged.eml", rcpt=D_USER[1], dt=dt, provider=("jp", "mx.biglobe.ne.jp"),
             from_domain="mg.gitlab.com", dkim_domain="mg.gitlab.com", selector="mg",
             mailfrom="bounce+%s@mg.gitlab.com" % rhex(8), ip="192.237.%d.%d" % (RNG.randint(150, 160), RNG.randint(1, 250)),
             helo="mg.gitlab.com",
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"Kenji Mori (@kmori)" <gitlab@mg.gitlab.com>', to=D_USER[1],
             subject="Re: cert-sync | Merge duplicate candidate records before nightly export (!57)",
             extra=["X-GitLab-Project: cert-sync", "X-GitLab-MergeRequest-IID: 57", "X-GitLab-NotificationReason: author"])


def m_056():
    dt = datetime(2025, 6, 10, 16, 0, 9, tzinfo=UTC)
    new = """Bring your learning together

Daniel, your AWS Skill Builder subscription now puts courses, labs, exam prep and your certification progress in one place - no more hopping between sites.

What's new this month:
- Exam Prep Plans for the new AWS Certified AI Practitioner
- 40 new hands-on labs on generative AI
- Cloud Quest: Recertify role

Explore Skill Builder: https://skillbuilder.aws/?trk=email_jun25

You are receiving this e-mail because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/unsubscribe?e=%s
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109""" % rhex(24)
    h = html_wrap('<h1 style="font-size:24px">Bring your learning together</h1>' + text_to_html(new.split("\n", 2)[2]),
                  "AWS Training and Certification", "aws")
    body = multi("alternative", part(new, cte="quoted-printable"), part(h, "html", cte="quoted-printable"))
    aws_mail("056-aws-training-newsletter-bring-learning-together.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             kind="unrelated", case_id=None, lang="en", sv=True, new_text=new, body=body,
             frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', to=A_USER[1],
             subject="Bring your learning together with AWS Skill Builder",
             extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>", "Precedence: bulk"])


def m_057():
    dt = datetime(2022, 8, 15, 18, 30, 0, tzinfo=UTC)
    new = """Dear Sam Whitfield,

Congratulations! You have successfully recertified your AWS Certified Solutions Architect - Associate certification.

Candidate ID: AWS02250096
Validation number: K7QF2M1D9LZ4PXW8
Expiration date: August 15, 2025

You can download your certificate and view your benefits in your AWS Certification Account.

https://www.aws.training/Certification

Sincerely,
AWS Training and Certification"""
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new)), "html", cte="quoted-printable"))
    ext_mail("057-certmetrics-recertification-congrats.eml", rcpt=C_USER[1], dt=dt, provider="gmail",
             from_domain="certmetrics.com", dkim_domain="certmetrics.com", selector="cm1",
             mailfrom="bounce@certmetrics.com", ip="168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
             helo="o1.email.certmetrics.com", auth={"policy": "NONE"},
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=C_USER[1],
             subject="Congratulations on recertifying!")


def m_058():
    dt = datetime(2023, 6, 12, 9, 14, 30, tzinfo=UTC)
    new = """Hello,

The AWS account 739204561187 (northwind-sandbox) has accepted your invitation and is now a member of your organization o-4kq2z8xw1m.

Management account: 310655872904
Invitation ID: h-8f3b2c1d7e9a4b60

You can manage member accounts in the AWS Organizations console:
https://console.aws.amazon.com/organizations/v2/home/accounts

Amazon Web Services

%s""" % AWS_FOOTER_FORM
    body = multi("alternative", part(new, cte="quoted-printable"),
                 part(html_wrap(text_to_html(new), "AWS Organizations", "aws"), "html", cte="quoted-printable"))
    aws_mail("058-aws-organizations-account-joined-no-auth.eml", rcpt=G_USER[1], dt=dt, provider="none",
             kind="unrelated", case_id=None, lang="en", sv=None, new_text=new, body=body,
             frm='"AWS Organizations" <no-reply-aws@amazon.com>', to=G_USER[1],
             subject="AWS Organizations: An account joined your organization")


def m_059():
    dt = datetime(2025, 6, 1, 2, 51, 16, tzinfo=UTC)
    dom = "aws-billing-alerts.co"
    new = """AWS Notification

Your AWS account has been temporarily suspended because we were unable to validate your billing information.

To restore access to your services, update your payment method within 24 hours:
https://console.%s/billing/restore?id=%s

If no action is taken, your resources and data will be permanently deleted.

Amazon Web Services Billing""" % (dom, rhex(12))
    ip = "176.113.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    mailfrom = "no-reply@" + dom
    body = part(html_wrap(text_to_html(new), "AWS Notification", "aws"), "html", cte="base64")
    ext_mail("059-phish-billing-suspended-not-about-merge.eml", rcpt=A_USER[1], dt=dt, provider="gmail",
             from_domain=dom, dkim_domain=dom, selector="default", mailfrom=mailfrom, ip=ip, helo="mail." + dom,
             auth={"dmarc": "pass", "policy": "NONE"},
             kind="unrelated", case_id=None, lang="en", sv=False, new_text=new, body=body,
             frm='"Amazon Web Services" <no-reply@%s>' % dom, to=A_USER[1],
             subject="Action Required: Your AWS account has been suspended")


def m_060():
    dt = datetime(2023, 6, 8, 9, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    new = """Morning Raj,

Saw your Teams status - did AWS sort out your two certification profiles in the end? Mine took about three days last year and Credly was the slowest bit. For the record my surviving one is AWS 61023345, in case HR asks you for the list again.

Coffee at 11?

Cheers,
Hannah

Hannah Fitzgerald \u2013 Cloud Platform Lead
Northwind Logistics Ltd \u2022 Manchester"""
    quoted = q_original("Raj Patel", datetime(2023, 6, 7, 17, 55), "Hannah Fitzgerald",
                        "RE: AWS cert list for HR", "Thanks - I've sent mine over, but they're still waiting on AWS to combine my two certification profiles.\n\nRaj")
    text = new + "\n\n" + quoted
    # Outlook desktop labels iso-8859-1 but the bytes are UTF-8
    body = multi("alternative", part(text, cte="quoted-printable", charset="utf-8", label="iso-8859-1"),
                 part(html_wrap(text_to_html(text)), "html", cte="quoted-printable"))
    build("060-colleague-internal-asks-if-sorted-no-auth.eml", kind="unrelated", case_id=None, lang="en", sv=None,
          new_text=new, body=body,
          trace=["Received: from NWL-EX02.northwind.local (10.20.1.12) by NWL-EX01.northwind.local (10.20.1.11)\r\n"
                 " with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4\r\n"
                 " via Mailbox Transport; Thu, 8 Jun 2023 09:12:03 +0100"],
          frm='Hannah Fitzgerald <hannah.fitzgerald@northwind-logistics.com>', to=G_USER[1], date=dt,
          subject="RE: AWS cert list for HR", msgid="<%s@NWL-EX02.northwind.local>" % rhex(32).upper(),
          extra=["Thread-Topic: AWS cert list for HR", "Thread-Index: AdmZ%s" % rb64(20), "X-MS-Has-Attach:", "X-Mailer: Microsoft Outlook 16.0"])


# === END MAILS ===


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for fn in sorted(k for k in globals() if k.startswith("m_")):
        globals()[fn]()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    main()
