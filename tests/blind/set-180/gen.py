#!/usr/bin/env python3
"""Generator for blind set-180: paraphrase-heavy AWS Certification account-merge mailbox.

Writes NNN-*.eml files and labels.json into this folder.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import string
import sys
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(18023)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")


def T(s, tz=UTC):
    """'2025-03-11 09:14:27' in tz -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def case15(opened, tail):
    return "%d%s" % (int(opened.timestamp()), tail)


# --------------------------------------------------------------------------
# small random helpers
def rnd_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rnd_alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000) - R.randint(200, 900)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))


def ses_bounce(when):
    return ses_msgid(when)[1:-1]


def fold_semis(first, items, indent="        "):
    """Render 'first; item; item' folded one item per line."""
    out = first
    for i, it in enumerate(items):
        out += ";\n" + indent + it
    return out


def dkim_sig(d, s, when, hdrs, folded=True):
    t = int(when.timestamp())
    h = ":".join(hdrs)
    parts = ["v=1", "a=rsa-sha256", "q=dns/txt", "c=relaxed/simple", "s=%s" % s,
             "d=%s" % d, "t=%d" % t, "h=%s" % h, "bh=%s" % rnd_b64(32)]
    b = rnd_b64(128)
    lines = "; ".join(parts[:6]) + ";\n\t" + "; ".join(parts[6:8]) + ";\n\t" + parts[8] + ";\n\tb="
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return lines + "\n\t ".join(chunks)


AMZ_SEL = "rjt5gt7ktbyp4bl3t6jwwhhkfhtd2nzx"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_IPS = ["54.240.8.%d" % i for i in (21, 33, 49, 84)] + ["54.240.48.%d" % i for i in (101, 117)] + \
          ["69.169.224.%d" % i for i in (3, 9)] + ["54.240.11.%d" % i for i in (70, 88)]


# --------------------------------------------------------------------------
# Authentication-Results builders (one per receiving provider)
def ar_gmail(dkims, spf, mailfrom, ip, dmarc, from_dom, pol="QUARANTINE"):
    items = []
    for d, res, sel in dkims:
        items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, rnd_alnum(8)))
    if spf == "pass":
        items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        items.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "fail":
        items.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        items.append("spf=%s (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (spf, ip, mailfrom, mailfrom))
    if dmarc:
        if dmarc == "pass":
            items.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (pol, pol, from_dom))
        elif dmarc == "fail":
            items.append("dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (pol, pol, pol if pol != "NONE" else "NONE", from_dom))
        else:
            items.append("dmarc=%s (p=%s dis=NONE) header.from=%s" % (dmarc, pol, from_dom))
    return fold_semis("mx.google.com", items, "       ")


def ar_outlook(spf, mailfrom_dom, ip, dkim, dkim_d, dmarc, from_dom, compauth):
    dk = {"pass": "pass (signature was verified)", "none": "none (message not signed)",
          "fail": "fail (body hash did not verify)"}[dkim]
    act = {"pass": "none", "fail": "quarantine", "none": "none", "bestguesspass": "none"}[dmarc]
    s = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
         % (spf, ip, mailfrom_dom, dk, dkim_d, dmarc, act, from_dom, compauth))
    return s


def ar_generic(authserv, items, indent=" "):
    return fold_semis(authserv, items, indent)


# --------------------------------------------------------------------------
# transport header sets. Each returns list of (name, value) to prepend.
def pacific(t):
    off = -7 if (3, 10) <= (t.month, t.day) <= (11, 2) else -8
    return format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=off))))


def hops_gmail(to, when, ip, helo, mailfrom, ar, dkim_sigs, extra=None):
    """Gmail-delivered message (topmost Received first)."""
    t1 = when + dt.timedelta(seconds=R.randint(1, 4))
    gid = rnd_alnum(22).lower()
    hs = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rnd_hex(4), rnd_hex(3), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(6).lower() + "csp" + str(R.randint(100000, 999999)),
            pacific(t1))),
        ("X-Google-Smtp-Source", rnd_alnum(60) + "=="),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rnd_hex(4), rnd_hex(3), rnd_hex(3), rnd_hex(4), rnd_hex(4), rnd_alnum(12).lower(), R.randint(10, 99), int(t1.timestamp() * 1000) + R.randint(0, 999),
            pacific(t1))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t1.timestamp()), rnd_b64(96))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rnd_b64(32), rnd_b64(32), rnd_b64(96))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            helo, helo, ip, gid, R.randint(1, 9), R.randint(100000, 999999), to,
            pacific(when))),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
         if "spf=pass" in ar else "neutral (google.com: %s is neither permitted nor denied) client-ip=%s;" % (ip, ip)),
        ("Authentication-Results", ar),
    ]
    for s in dkim_sigs:
        hs.append(("DKIM-Signature", s))
    if extra:
        hs.extend(extra)
    return hs


def hops_outlook(to, when, ip, helo, mailfrom, ar, dkim_sigs, extra=None):
    t1 = when + dt.timedelta(seconds=R.randint(1, 3))
    srv = "%s%02dMB%d%d" % (R.choice(["DM6PR", "SN7PR", "CH3PR", "BN0PR"]), R.randint(10, 19), R.randint(1000, 9999), R.randint(0, 9))
    edge = "%s.namprd%02d.prod.outlook.com" % (R.choice(["DS1PEPF0001", "BY2PEPF0000", "SA2PEPF0000"]) + rnd_hex(4).upper(), R.randint(2, 19))
    hs = [
        ("Received", "from %s.namprd%02d.prod.outlook.com (%s) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            srv, R.randint(2, 19), "2603:10b6:%s:%s::%s" % (rnd_hex(3), rnd_hex(3), rnd_hex(2)), srv, R.randint(2, 19), format_datetime(t1))),
        ("Received", "from %s (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            edge, rnd_hex(3), rnd_hex(2), srv, R.randint(2, 19), rnd_hex(3), rnd_hex(2), R.randint(7000, 9200), R.randint(10, 40), format_datetime(t1))),
        ("Authentication-Results", ar),
        ("Received-SPF", ("Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, helo))
         if "spf=pass" in ar else ("Fail (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s;" % (mailfrom.split("@")[-1], ip, ip, helo))),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            helo, ip, edge, R.randint(1, 250), R.randint(1, 250), R.randint(7000, 9200), R.randint(10, 40), format_datetime(when))),
        ("Return-Path", mailfrom),
    ]
    for s in dkim_sigs:
        hs.append(("DKIM-Signature", s))
    hs += [
        ("X-MS-Exchange-Organization-ExpirationStartTime", format_datetime(when)),
        ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))),
        ("X-MS-Exchange-Organization-AuthSource", edge),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", str(R.choice([1, 1, 1, 5]) if "compauth=pass" in ar else 5)),
    ]
    if extra:
        hs.extend(extra)
    return hs


def hops_generic(to, when, ip, helo, mailfrom, ar, dkim_sigs, mx_name, extra=None, pre=None):
    """Japanese ISPs, Yahoo, Fastmail etc.  ar may be None (no AR header)."""
    t1 = when + dt.timedelta(seconds=R.randint(1, 5))
    if "nifty" in mx_name:
        t1 = t1.astimezone(JST)
    hs = [("Return-Path", "<%s>" % mailfrom)]
    if pre:
        hs.extend(pre)
    hs.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        helo, helo, ip, mx_name, rnd_alnum(14).upper(), to, format_datetime(t1))))
    if ar is not None:
        hs.append(("Authentication-Results", ar))
    for s in dkim_sigs:
        hs.append(("DKIM-Signature", s))
    if extra:
        hs.extend(extra)
    return hs


def corp_hops(to, when, ip, helo, mailfrom, sigs, extra=()):
    """On-prem Exchange behind a Postfix gateway: no Authentication-Results at all."""
    loc = when.astimezone(dt.timezone(dt.timedelta(hours=1 if when.month in (1, 2, 3, 11, 12) else 2)))
    hs = [("Received", "from EXCH02.hoffmann-logistik.local (10.20.1.12) by\n EXCH01.hoffmann-logistik.local (10.20.1.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id\n 15.1.1979.3; %s" % format_datetime(loc + dt.timedelta(seconds=2))),
          ("Received", "from mailgw.hoffmann-logistik.de (192.168.40.5) by\n EXCH02.hoffmann-logistik.local (10.20.1.12) with Microsoft SMTP Server id\n 15.1.1979.3 via Frontend Transport; %s" % format_datetime(loc + dt.timedelta(seconds=1))),
          ("Received", "from %s (%s [%s])\n\tby mailgw.hoffmann-logistik.de (Postfix) with ESMTPS id 48%s\n\tfor <%s>; %s" % (helo, helo, ip, rnd_alnum(10), to, format_datetime(loc))),
          ("Return-Path", "<%s>" % mailfrom)]
    hs += [("DKIM-Signature", s) for s in sigs]
    hs += list(extra)
    hs += [("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Organization-SCL", "0")]
    return hs


def aws_dkims(when, extra_h=()):
    hdrs = ["From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date"] + list(extra_h)
    return [dkim_sig("amazon.com", AMZ_SEL, when, hdrs),
            dkim_sig("amazonses.com", SES_SEL, when, ["From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date", "Feedback-ID"])]


def ses_extra(when, ip, fb="1.us-east-1.%s=:AmazonSES"):
    return [("Feedback-ID", "::" + fb % rnd_b64(30).replace("/", "x")),
            ("X-SES-Outgoing", "%s-%s" % (when.strftime("%Y.%m.%d"), ip))]


def aws_transport(provider, to, when, dmarc_ok=True, from_dom="amazon.com"):
    """Genuine AWS mail through SES, received by the given provider."""
    ip = R.choice(SES_IPS)
    helo = "a%s.smtp-out.amazonses.com" % ip.replace(".", "-").split("-", 2)[-1] if ip.startswith("54.240.8") else "a48-%s.smtp-out.amazonses.com" % ip.split(".")[-1]
    mailfrom = ses_bounce(when)
    sigs = aws_dkims(when)
    if provider == "gmail":
        ar = ar_gmail([(from_dom, "pass", AMZ_SEL), ("amazonses.com", "pass", SES_SEL)], "pass", mailfrom, ip, "pass", from_dom)
        return hops_gmail(to, when, ip, helo, mailfrom, ar, sigs, ses_extra(when, ip))
    if provider == "outlook":
        ar = ar_outlook("pass", "email.amazonses.com", ip, "pass", from_dom, "pass", from_dom, "pass\n reason=100")
        return hops_outlook(to, when, ip, helo, mailfrom, ar, sigs, ses_extra(when, ip))
    if provider == "yahoo":
        ar = ar_generic("atlas%d.mail.gq1.yahoo.com" % R.randint(100, 400), [
            "dkim=pass header.i=@%s header.s=%s" % (from_dom, AMZ_SEL),
            "dkim=pass header.i=@amazonses.com header.s=%s" % SES_SEL,
            "spf=pass smtp.mailfrom=email.amazonses.com",
            "dmarc=pass(p=QUARANTINE) header.from=%s" % from_dom])
        return hops_generic(to, when, ip, helo, mailfrom, ar, sigs, "atlas%d.mail.gq1.yahoo.com" % R.randint(100, 400), ses_extra(when, ip),
                            pre=[("X-Originating-Ip", "[%s]" % ip)])
    if provider == "nifty":
        ar = ar_generic("mx.nifty.com", [
            "spf=pass smtp.mailfrom=%s" % mailfrom,
            "dkim=pass header.d=%s header.s=%s" % (from_dom, AMZ_SEL),
            "dkim=pass header.d=amazonses.com header.s=%s" % SES_SEL,
            "dmarc=pass header.from=%s" % from_dom])
        return hops_generic(to, when, ip, helo, mailfrom, ar, sigs, "mxs%02d.mail.nifty.com (nifty Mail Server)" % R.randint(1, 30), ses_extra(when, ip))
    if provider == "fastmail":
        ar = ar_generic("mx%d.messagingengine.com" % R.randint(1, 6), [
            "dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (from_dom, from_dom, rnd_alnum(8), AMZ_SEL),
            "dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024" % (rnd_alnum(8), SES_SEL),
            "dmarc=pass policy.published-domain-policy=quarantine policy.published-subdomain-policy=quarantine header.from=%s" % from_dom,
            "iprev=pass smtp.remote-ip=%s (%s)" % (ip, helo),
            "spf=pass smtp.mailfrom=%s smtp.helo=%s" % (mailfrom, helo)], indent="    ")
        return hops_generic(to, when, ip, helo, mailfrom, ar, sigs, "mx%d.messagingengine.com (Postfix)" % R.randint(1, 6), ses_extra(when, ip))
    if provider == "corp":
        return corp_hops(to, when, ip, helo, mailfrom, sigs, ses_extra(when, ip))
    raise ValueError(provider)


# --------------------------------------------------------------------------
# body part helpers
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, label=None):
    """A text/* leaf part.  codec: Python codec for the bytes (defaults to charset);
    label: charset written in Content-Type (defaults to charset) - may be 'wrong'."""
    data = text.replace("\n", "\r\n").encode(codec or charset) if cte == "base64" else text.encode(codec or charset)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label or charset) if R.random() < 0.6 else "text/%s; charset=%s" % (subtype, label or charset)
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:  # 8bit
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def alt(plain, htm, **kw):
    a = MIMEMultipart("alternative")
    a.attach(tpart(plain, "plain", **kw))
    a.attach(tpart(htm, "html", **kw))
    return a


def simple_html(text, font="Arial, sans-serif"):
    """Render text (with '> ' quoted lines) into simple HTML, quoted part as blockquote."""
    out = []
    depth = 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " else s[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(html.escape(s) + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>' % (font, "\n".join(out)))


def quote_lines(text, spaced=False):
    if spaced:
        return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))


def q_gmail(when, name, addr, text, wrap=False):
    head = "On %s at %s %s <%s> wrote:" % (when.strftime("%a, %b %-d, %Y"), when.strftime("%-I:%M %p"), name, addr)
    if wrap and len(head) > 78:
        head = head.replace(" <", " <\n", 1) if head.index("<") < 78 else head
    return head + "\n" + quote_lines(text, spaced=True)


def q_outlook(frm, when, to, subj, text, sep="________________________________"):
    return "%s\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        sep, frm, when.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subj, text)


def q_original(frm, when, to, subj, text):
    return "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, when.strftime("%a, %d %b %Y %H:%M:%S %z"), to, subj, text)


WD_JA = "月火水木金土日"


def q_ja(when, name, addr, text):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s" % (
        when.year, when.month, when.day, WD_JA[when.weekday()], when.hour, when.minute, name, addr, quote_lines(text))


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ",.()") else "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


# --------------------------------------------------------------------------
MAILS = []  # list of (slug, builder-result, label)


def build(slug, transport, frm, to, subject, date, body, label, msgid=None, extra=(), subj_charset="utf-8",
          reply_to=None, cc=None, mime_version_first=False):
    """Assemble message: transport headers, then origin headers, then MIME body headers."""
    root = body
    content_hdrs = [(k, v) for k, v in root._headers if k.lower() in ("content-type", "content-transfer-encoding", "mime-version")]
    if not any(k.lower() == "mime-version" for k, v in content_hdrs):
        content_hdrs.insert(0, ("MIME-Version", "1.0"))
    else:
        content_hdrs.sort(key=lambda kv: kv[0].lower() != "mime-version")
    origin = [("Date", format_datetime(date)), ("From", frm)]
    if reply_to:
        origin.append(("Reply-To", reply_to))
    origin.append(("To", to))
    if cc:
        origin.append(("Cc", cc))
    origin.append(("Message-ID", msgid or ses_msgid(date)))
    origin.append(("Subject", enc_subject(subject, subj_charset)))
    origin.extend(extra)
    root._headers = list(transport) + origin + content_hdrs
    MAILS.append((slug, root, label))


def L(kind, case_id=None, ids=(), sv=True, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)), "sender_verified": sv, "language": lang}


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# ==========================================================================
# Personas
# A: Priya Raman, Gmail, form case 2025-03
PA = ("Priya Raman", "priya.raman.dev@gmail.com")
A_OPEN = T("2025-03-11 09:14:27")
A_CASE = case15(A_OPEN, "04512")
A_KEEP, A_OLD = "AWS04417829", "AWS09135502"
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_FORM = ("""Inquiry type: AWS Training and Certification
Detail: Account Merge
First name: Priya
Last name: Raman
Email: priya.raman.dev@gmail.com
AWS candidate ID: %s
Description: Hi, I seem to have two certification accounts. The older one (%s)
was created with my university address years ago and has my Cloud Practitioner.
The newer one has my SAA. Could you please merge them into the newer one? Thanks!""" % (A_KEEP, A_OLD))

# ---------------- Persona A: Priya (Gmail, form case, 2025-03) ----------------
A_SUBJ_C = "[CASE %s] %s" % (A_CASE, A_SUBJ)
A_FOOT = ("\n\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
          "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
          "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")

# A1 acknowledgement (case_created)
d = A_OPEN + dt.timedelta(seconds=4)
txt = """Hello,

Thanks for getting in touch with AWS Training and Certification. This note is just to let
you know that your message reached us and is now logged under reference %s.

Someone from our team will look it over and write back to you, normally within one
business day. You don't need to send anything else right now. If you'd like to add
details, reply to this email and keep the reference number in the subject line.

Please don't fill in the web form a second time for the same question: a second
submission goes into the queue as a separate request and can slow things down.

Kind regards,
AWS Training and Certification
Amazon Web Services%s""" % (A_CASE, A_FOOT)
htm = ("<html><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
       "<p>Hello,</p><p>Thanks for getting in touch with AWS Training and Certification. This note is just to let you know "
       "that your message reached us and is now logged under reference <b>%s</b>.</p>"
       "<p>Someone from our team will look it over and write back to you, normally within one business day. You don't need "
       "to send anything else right now. If you'd like to add details, reply to this email and keep the reference number in the subject line.</p>"
       "<p>Please don't fill in the web form a second time for the same question: a second submission goes into the queue as a "
       "separate request and can slow things down.</p><p>Kind regards,<br>AWS Training and Certification<br>Amazon Web Services</p>"
       "<p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.</p>"
       "</body></html>") % A_CASE
build("priya-form-receipt", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], A_SUBJ_C, d,
      alt(txt, htm), L("case_created", A_CASE, [], True))

# A2 agent asks for sign-in addresses (support_reply)
d = T("2025-03-12 14:03:51")
txt = """Hi Priya,

Thanks for reaching out, and sorry you had to wait a day!

I had a look and I can see both profiles you mentioned, AWS04417829 and AWS 09135502.
Before I can go any further I need one small thing from you: which email address do
you use to sign in to each of them? The older profile shows a university address on
file, but I'd rather hear it from you than guess, since that mailbox may be gone by now.

Just hit reply with the two sign-in addresses and I'll pick this back up.

Cheers,
Daniel M.
AWS Training and Certification Support

""" + q_outlook("priya.raman.dev@gmail.com", A_OPEN, "aws-cs-trainingcertification-form@amazon.com", A_SUBJ, A_FORM)
build("priya-agent-note-1", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], "RE:" + A_SUBJ_C, d,
      alt(txt, simple_html(txt)), L("support_reply", A_CASE, [A_KEEP, A_OLD], True))
A_D2, A_T2 = d, txt

# A3 agent asks for go-ahead (merge_confirmation_requested)
d = T("2025-03-13 10:27:09")
pr_reply = """Hi Daniel

new one is priya.raman.dev@gmail.com, old one was p.raman@stu.uni-example.edu (cant log into that mailbox anymore tho)

thx
Priya

Sent from my iPhone"""
txt = """Hi Priya,

Thanks for sending those over, that lines up with what I see on our end.

So here's the plan, just so we're on the same page before anything happens:

  * Profile that stays:     AWS04417829 (sign-in: priya.raman.dev@gmail.com)
  * Profile that goes away: AWS09135502 (sign-in: p.raman@stu.uni-example.edu)

Everything on the older profile (your Cloud Practitioner, exam history and any
benefits you haven't used yet) would be moved onto AWS04417829, and the older one
would then be switched off for good. There's no way to roll this back afterwards,
so please take a second to look it over.

If that all looks right, just reply with a "yes, go ahead" (or words to that effect)
and I'll set it in motion. If anything's off, tell me and we'll straighten it out first.

Cheers,
Daniel M.
AWS Training and Certification Support

""" + q_gmail(T("2025-03-12 21:40:00"), "Priya Raman", PA[1], pr_reply + "\n\n" + q_gmail(A_D2, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", A_T2.split("\n\n", 7)[0] + "\n\n" + "\n\n".join(A_T2.split("\n\n")[1:5])))
build("priya-agent-note-2", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], "RE:" + A_SUBJ_C, d,
      alt(txt, simple_html(txt), cte="base64"), L("merge_confirmation_requested", A_CASE, [A_KEEP, A_OLD], True))
A_D3, A_T3 = d, txt

# A4 thanks for the go-ahead (support_reply) - ids only in quoted history
d = T("2025-03-14 08:50:33")
pr_yes = "Yes, go ahead. The details are correct. Please proceed with the merge.\n\nThanks,\nPriya"
a3_top = A_T3.split("\n\nOn ")[0]
txt = """Hi Priya,

Thanks for the green light! I've handed this over to the team that does the back-end
work on candidate records. It usually takes them one to three business days, and I'll
drop you a line as soon as they're finished. Nothing else is needed from you in the
meantime.

Cheers,
Daniel M.
AWS Training and Certification Support

""" + q_gmail(T("2025-03-13 16:02:00"), "Priya Raman", PA[1], pr_yes + "\n\n" + q_gmail(A_D3, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", a3_top))
build("priya-agent-note-3", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], "RE:" + A_SUBJ_C, d,
      alt(txt, simple_html(txt)), L("support_reply", A_CASE, [], True))

# A5 done (merge_completed)
d = T("2025-03-15 19:12:47")
txt = """Hi Priya,

Good news: that's all sorted now.

Your Cloud Practitioner and the rest of the history from the old profile now sit under
AWS04417829, and AWS09135502 has been retired, so you won't be able to sign in to it
any more. Next time you log in with priya.raman.dev@gmail.com you should see both
certifications listed together. The digital badges on Credly can take a few hours to
catch up, so don't worry if they aren't there straight away.

If something looks wrong when you check, just reply here and I'll dig in.

Cheers,
Daniel M.
AWS Training and Certification Support

""" + q_gmail(T("2025-03-13 16:02:00"), "Priya Raman", PA[1], pr_yes)
build("priya-agent-note-4", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], "RE:" + A_SUBJ_C, d,
      alt(txt, simple_html(txt)), L("merge_completed", A_CASE, [A_KEEP, A_OLD], True))

# A6 closure + rating (survey)
d = T("2025-03-15 19:40:02")
txt = """Hello Priya,

We're writing to let you know that request %s has now been closed on our side.

Did we get you what you needed?

  Yes  https://aws.amazon.com/support/feedback?displayId=%s&answer=yes
  No   https://aws.amazon.com/support/feedback?displayId=%s&answer=no

It takes less than a minute, and every answer is read by the people who run this team.
If you need more help with the same question, reply to this email within 14 days and it
will be reopened automatically.

AWS Training and Certification%s""" % (A_CASE, A_CASE, A_CASE, A_FOOT)
htm = """<html><body style="font-family:Arial,sans-serif;background:#f2f3f3"><table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><p>Hello Priya,</p><p>We're writing to let you know that request <b>%s</b> has now been closed on our side.</p>
<p style="font-size:18px"><b>Did we get you what you needed?</b></p>
<p><a href="https://aws.amazon.com/support/feedback?displayId=%s&amp;answer=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;<a href="https://aws.amazon.com/support/feedback?displayId=%s&amp;answer=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>It takes less than a minute, and every answer is read by the people who run this team. If you need more help with the same question, reply to this email within 14 days and it will be reopened automatically.</p>
<p>AWS Training and Certification</p></td></tr></table></body></html>""" % (A_CASE, A_CASE, A_CASE)
build("priya-form-followup", aws_transport("gmail", PA[1], d), AWS_FORM, PA[1], A_SUBJ_C, d,
      alt(txt, htm), L("survey", A_CASE, [], True))

# A7 Credly badges moved (credly_badge_issued)
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_transport(provider, to, when, good=True):
    ip = "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250))
    helo = "o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mailfrom = "bounces+%d-%s-%s=%s@em.credly.com" % (R.randint(1000000, 9999999), rnd_hex(4), to.split("@")[0].replace(".", "."), to.split("@")[1])
    sigs = [dkim_sig("credly.com", "s1", when, ["from", "subject", "mime-version", "to", "content-type", "content-transfer-encoding", "list-unsubscribe", "cc"]),
            dkim_sig("sendgrid.info", "smtpapi", when, ["from", "subject", "to"])]
    if provider == "gmail":
        ar = ar_gmail([("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")], "pass", mailfrom, ip, "pass", "credly.com", pol="REJECT")
        return hops_gmail(to, when, ip, helo, mailfrom, ar, sigs, [("X-SG-EID", rnd_b64(60))])
    if provider == "outlook":
        ar = ar_outlook("pass", "em.credly.com", ip, "pass", "credly.com", "pass", "credly.com", "pass\n reason=100")
        return hops_outlook(to, when, ip, helo, mailfrom, ar, sigs, [("X-SG-EID", rnd_b64(60))])
    if provider == "fastmail":
        ar = ar_generic("mx4.messagingengine.com", [
            "dkim=pass (2048-bit rsa key sha256) header.d=credly.com header.i=@credly.com header.b=%s header.a=rsa-sha256 header.s=s1 x-bits=2048" % rnd_alnum(8),
            "dmarc=pass policy.published-domain-policy=reject header.from=credly.com",
            "spf=pass smtp.mailfrom=%s" % mailfrom], indent="    ")
        return hops_generic(to, when, ip, helo, mailfrom, ar, sigs, "mx4.messagingengine.com (Postfix)", [("X-SG-EID", rnd_b64(60))])
    if provider == "corp":
        ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
        helo = "o%d.ptr%d.youracclaim.com" % (R.randint(1, 9), R.randint(1000, 9999))
        mailfrom = "bounces+%d-%s-l.brandt=hoffmann-logistik.de@em.youracclaim.com" % (R.randint(1000000, 9999999), rnd_hex(4))
        return corp_hops(to, when, ip, helo, mailfrom, [dkim_sig("youracclaim.com", "s1", when, ["from", "subject", "mime-version", "to", "content-type"])])
    if provider == "nifty":
        ar = ar_generic("mx.nifty.com", ["spf=pass smtp.mailfrom=%s" % mailfrom, "dkim=pass header.d=credly.com header.s=s1", "dmarc=pass header.from=credly.com"])
        return hops_generic(to, when, ip, helo, mailfrom, ar, sigs, "mxs07.mail.nifty.com (nifty Mail Server)")
    raise ValueError(provider)


def credly_msgid(when):
    return "<%s.%s@%s>" % (rnd_alnum(22), int(when.timestamp()), R.choice(["geopod-ismtpd-4", "ismtpd0012p1mdw1.sendgrid.net", "credly.com"]))


d = T("2025-03-18 02:31:18")
badge_url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
txt = """Hi Priya,

Your AWS Certified Cloud Practitioner badge has a new home.

Amazon Web Services Training and Certification has re-issued this badge to you after
your certification records were brought together under one candidate profile. It is
waiting in your Credly wallet now; take a moment to accept it so it shows on your
public profile.

Accept your badge: %s

AWS Certified Cloud Practitioner
Issued by Amazon Web Services Training and Certification

Questions about this badge? Contact the issuer directly.

Credly, Inc. | 200 Park Avenue South, New York, NY 10003
Unsubscribe from badge notifications: https://www.credly.com/notification_preferences""" % badge_url
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head><body style="margin:0;background:#f4f5f7">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" alt="AWS Certified Cloud Practitioner" width="110"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi Priya, your AWS Certified Cloud Practitioner badge has a new home.</h1>
<p>Amazon Web Services Training and Certification has re-issued this badge to you after your certification records were brought together under one candidate profile. It is waiting in your Credly wallet now; take a moment to accept it so it shows on your public profile.</p>
<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#6b6b6b">Credly, Inc. | 200 Park Avenue South, New York, NY 10003<br><a href="https://www.credly.com/notification_preferences">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>""" % badge_url
build("credly-note-priya", credly_transport("gmail", PA[1], d), CREDLY_FROM, PA[1],
      "Priya, your AWS Certified Cloud Practitioner badge has a new home", d, alt(txt, htm),
      L("credly_badge_issued", None, [], True), msgid=credly_msgid(d),
      extra=[("List-Unsubscribe", "<https://www.credly.com/notification_preferences>")])

# A8 look-alike phishing asking for go-ahead (merge_confirmation_requested, sv False)
d = T("2025-03-12 22:15:09")
ph_ip = "185.203.118.%d" % R.randint(2, 250)
ph_dom = "aws-certification-accounts.com"
ph_from = "notice@%s" % ph_dom
ar = ar_gmail([(ph_dom, "pass", "default")], "pass", ph_from, ph_ip, "pass", ph_dom, pol="NONE")
tp = hops_gmail(PA[1], d, ph_ip, "mail.%s" % ph_dom, ph_from, ar, [dkim_sig(ph_dom, "default", d, ["From", "To", "Subject", "Date"])])
txt = """Dear Candidate,

Our records show a pending request to bring your two AWS Certification profiles
together. The profile listed below will be folded into your primary record:

    Secondary profile: AWS09135502
    Status: AWAITING CANDIDATE AUTHORIZATION

To authorize this action, sign in through our secure portal within 24 hours:
https://%s/authorize?ref=PR-55810

If we do not receive your authorization in time, both profiles will be suspended and
your certifications will no longer be verifiable by employers.

Regards,
AWS Certification Account Services""" % ph_dom
build("cert-account-services-notice", tp, '"AWS Certification" <%s>' % ph_from, PA[1],
      "Action needed: authorize your certification profile update", d,
      alt(txt, simple_html(txt, "Verdana")), L("merge_confirmation_requested", None, [A_OLD], False),
      msgid="<%s@%s>" % (rnd_hex(24), ph_dom))

# A9 Credly's own account combining code (unrelated, Credly verified)
d = T("2025-03-19 17:05:44")
code = "604218"
txt = """Hi Priya,

Someone (hopefully you) asked to bring another Credly account together with this one.
To finish, enter this code on the page where you started:

    %s

Or use the button below within 30 minutes:
Complete Account Merge: https://www.credly.com/users/account_merges/%s/accept

If you didn't ask for this, you can ignore this email and nothing will change.

The Credly Team""" % (code, rnd_hex(24))
build("credly-code", credly_transport("gmail", PA[1], d), '"Credly" <admin@credly.com>', PA[1],
      "Your Credly verification code: %s" % code, d, alt(txt, simple_html(txt, "Helvetica")),
      L("unrelated", None, [], True), msgid=credly_msgid(d))

# A10 other AWS support case: billing (unrelated)
A_BOPEN = T("2025-03-20 13:12:05")
A_BILL = case15(A_BOPEN, "00193")
d = T("2025-03-21 07:44:12")
txt = """Hello Priya,

Thank you for your patience while I looked into this.

I reviewed the charges on your March invoice for account ending 4471. The increase comes
from a NAT Gateway in eu-west-1 that was created on 3 March and has been processing data
since then. As this appears to have been unintended, I have applied a one-time credit of
USD 38.62 to your account; it will show on the next invoice.

To avoid further charges, you can delete the NAT Gateway from the VPC console. Please let
me know if you have any other questions on this bill.

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.

Best regards,

Sana K.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that
answer customer questions about AWS services: https://repost.aws/knowledge-center

To see all the details of this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support
Center.

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210.""" % A_BILL
build("aws-console-billing", aws_transport("gmail", PA[1], d), AWS_NOREPLY, PA[1],
      "RE:[CASE %s] Unexpected charge on March invoice" % A_BILL, d, alt(txt, simple_html(txt)),
      L("unrelated", A_BILL, [], True))

# ---------------- Persona B: Marcus (Outlook, console case, 2022-08, legal register) ----------------
PB = ("Marcus Oyelaran", "marcus.oyelaran@outlook.com")
B_CASE = "10894467213"
B_KEEP, B_OLD = "AWS31207745", "AWS31999018"
B_SUBJ = "Consolidation of duplicate certification candidate records"
B_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en" % B_CASE
CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.

Best regards,

%s
Amazon Web Services

To see all the details of this case, please visit:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support
Center.

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210."""

# B1 acknowledgement (case_created), formal register
d = T("2022-08-02 16:20:38")
txt = """Amazon Web Services

This communication acknowledges receipt of the inquiry you submitted through the AWS
Support Center on August 2, 2022. Your inquiry has been assigned the identifier shown
below and has been routed to the appropriate team for review.

Identifier: %s
Subject: %s
Severity: General guidance
Correspondence: Dear AWS Training and Certification team, I hold two candidate records
(AWS31207745 and AWS-31999018) and wish to have them consolidated.

Any response will be posted to the AWS Support Center and notified to this address.
Further information regarding this matter may be furnished through the link below.

%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % (B_CASE, B_SUBJ, B_LINK)
build("marcus-console-1", aws_transport("outlook", PB[1], d), AWS_NOREPLY, PB[1],
      "Amazon Web Services: Acknowledgement of support inquiry %s" % B_CASE, d,
      alt(txt, simple_html(txt, "Amazon Ember, Helvetica, sans-serif")), L("case_created", B_CASE, [B_KEEP, B_OLD], True))

# B2 request for sign-in addresses (support_reply), formal register
d = T("2022-08-03 11:02:14")
txt = ("""Hello,

Thank you for contacting AWS Training and Certification regarding the candidate
records AWS31207745 and AWS-31999018.

In order for us to act upon your request, we require the following information:

  (1) the e-mail address used to sign in to each of the above candidate records; and
  (2) the e-mail address at which you presently receive notifications for each record.

For the protection of your records, we are unable to take any action until the above
has been furnished and verified against the information held on file. Please provide
the requested details by responding to this case through the AWS Support Center.

""" + CONSOLE_FOOT) % ("Eleanor V.", B_LINK)
build("marcus-console-2", aws_transport("outlook", PB[1], d), AWS_NOREPLY, PB[1],
      "RE:[CASE %s] %s" % (B_CASE, B_SUBJ), d, alt(txt, simple_html(txt, "Amazon Ember, Helvetica, sans-serif")),
      L("support_reply", B_CASE, [B_KEEP, B_OLD], True))

# B3 authorization request (merge_confirmation_requested), legal register, text only, QP
d = T("2022-08-05 09:47:51")
txt = ("""Hello,

Thank you for furnishing the information requested in our previous correspondence,
which has been verified against our records.

Please be advised that, subject to your written authorization, the following action
will be undertaken:

  The certification history, including all active certifications, examination records
  and associated benefits, presently held under candidate ID AWS-31999018 (the "Source
  Record") will be transferred to candidate ID AWS31207745 (the "Surviving Record").
  Upon execution, the Source Record will be permanently deactivated.

This action is irreversible. Once executed, it cannot be reversed by AWS or by you.

Kindly indicate your assent by responding to this case through the AWS Support Center,
expressly stating that you authorize the action described above. No action will be
taken absent such authorization.

""" + CONSOLE_FOOT) % ("Eleanor V.", B_LINK)
build("marcus-console-3", aws_transport("outlook", PB[1], d), AWS_NOREPLY, PB[1],
      "RE:[CASE %s] %s" % (B_CASE, B_SUBJ), d, tpart(txt, "plain", "utf-8", "quoted-printable"),
      L("merge_confirmation_requested", B_CASE, [B_KEEP, B_OLD], True))

# B4 carried out (merge_completed), legal register, HTML-only
d = T("2022-08-08 14:31:06")
body = """<p>Hello,</p>
<p>We write to inform you that the action authorized in your correspondence of August 5, 2022 has now been carried out.</p>
<p>All certification records formerly associated with candidate ID <b>AWS-31999018</b> are now held under candidate ID <b>AWS31207745</b>. Candidate ID AWS-31999018 has been deactivated and may no longer be used to access the certification portal.</p>
<p>Please allow up to forty-eight (48) hours for the updated records to be reflected in all downstream systems, including digital credentials issued through Credly.</p>
<p>Should you identify any discrepancy, you may respond to this case through the AWS Support Center within fourteen (14) days.</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>
<p>Best regards,<br><br>Eleanor V.<br>Amazon Web Services</p>
<p>To see all the details of this case, please visit:<br><a href="%s">%s</a></p>
<p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.</p>""" % (B_LINK.replace("%%", "%"), B_LINK)
htm = '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="font-family:Amazon Ember,Helvetica,sans-serif;font-size:14px;color:#16191f">%s</body></html>' % body
build("marcus-console-4", aws_transport("outlook", PB[1], d), AWS_NOREPLY, PB[1],
      "RE:[CASE %s] %s" % (B_CASE, B_SUBJ), d, tpart(htm, "html", "utf-8", "quoted-printable"),
      L("merge_completed", B_CASE, [B_KEEP, B_OLD], True))

# B5 closure with star rating (survey), HTML-only base64
d = T("2022-08-11 14:35:00")
htm = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>AWS Support</title></head>
<body style="margin:0;padding:0;background:#eaeded"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Support inquiry <b>%s</b> (&ldquo;%s&rdquo;) has been closed, as no further correspondence has been received since our last update.</p>
<p>How would you rate the assistance you received?</p>
<p style="font-size:28px;letter-spacing:6px">
<a href="https://console.aws.amazon.com/support/rate?displayId=%s&amp;score=1" style="color:#ec7211;text-decoration:none">&#9733;</a><a href="https://console.aws.amazon.com/support/rate?displayId=%s&amp;score=2" style="color:#ec7211;text-decoration:none">&#9733;</a><a href="https://console.aws.amazon.com/support/rate?displayId=%s&amp;score=3" style="color:#ec7211;text-decoration:none">&#9733;</a><a href="https://console.aws.amazon.com/support/rate?displayId=%s&amp;score=4" style="color:#ec7211;text-decoration:none">&#9733;</a><a href="https://console.aws.amazon.com/support/rate?displayId=%s&amp;score=5" style="color:#ec7211;text-decoration:none">&#9733;</a>
</p>
<p>Your answer is anonymous to the engineer and helps us improve. If this matter requires further attention, you may reopen the inquiry from the Support Center.</p>
<p>Amazon Web Services</p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#545b64">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table></body></html>""" % ((B_CASE, B_SUBJ) + (B_CASE,) * 5)
build("marcus-console-5", aws_transport("outlook", PB[1], d), AWS_NOREPLY, PB[1],
      "Amazon Web Services: Support inquiry %s is now closed" % B_CASE, d, tpart(htm, "html", "utf-8", "base64"),
      L("survey", B_CASE, [], True))

# B6 spoofed "done" notice with dmarc=fail on top and a forged pass lower down (merge_completed, sv False)
d = T("2022-08-09 03:12:40")
ip = "45.137.21.%d" % R.randint(2, 250)
helo = "vps-%d.hostwindsdns.com" % R.randint(1000, 9999)
mf = "bounce@secure-mailer-%d.xyz" % R.randint(10, 99)
ar = ar_outlook("fail", mf.split("@")[1], ip, "none", "amazon.com", "fail", "amazon.com", "fail\n reason=000")
forged = [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com")]
tp = hops_outlook(PB[1], d, ip, helo, mf, ar, [], forged + [("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")])
txt = """Hello,

The two certification records on your account have now been brought together into a
single candidate profile. Your previous candidate ID has been retired.

To keep your certifications visible to employers, you must re-validate the surviving
profile within 72 hours by signing in below with your AWS credentials:

https://aws-cert-portal.support-verify.net/signin?session=%s

Failure to re-validate will result in all certifications being placed on hold.

Best regards,
Amazon Web Services
Training and Certification""" % rnd_hex(16)
build("aws-records-notice", tp, '"Amazon Web Services" <no-reply-aws@amazon.com>', PB[1],
      "Your certification profiles are now one - action required", d,
      alt(txt, simple_html(txt), cte="base64"), L("merge_completed", None, [], False),
      msgid="<%s@%s>" % (rnd_hex(32), helo))

# B7 Pearson VUE appointment (unrelated, authentic non-AWS sender -> False)
d = T("2022-09-14 22:08:31")
ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
mf = "pearsonvueconfirmation@pearson.com"
ar = ar_outlook("pass", "pearson.com", ip, "pass", "pearson.com", "pass", "pearson.com", "pass\n reason=100")
tp = hops_outlook(PB[1], d, ip, "mail-%d.pearson.com" % R.randint(10, 99), mf, ar,
                  [dkim_sig("pearson.com", "pvue2021", d, ["From", "To", "Subject", "Date", "Message-ID"])])
txt = """Dear Marcus Oyelaran,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment details.

Exam: DVA-C01: AWS Certified Developer - Associate
Date: Friday, September 30, 2022
Time: 10:00 AM Eastern Daylight Time
Delivery: OnVUE online proctored
Registration ID: 428817306
AWS Candidate ID: AWS31207745

Please check in up to 30 minutes before your appointment time. Run the system test on
the computer you will use before exam day.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before
your appointment.

Sincerely,
Pearson VUE"""
build("pearson-appointment", tp, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', PB[1],
      "Pearson VUE Confirmation of Booking", d, alt(txt, simple_html(txt, "Arial")),
      L("unrelated", None, [B_KEEP], False), msgid="<%d.%d.JavaMail.vue@pvwebapp%d>" % (R.randint(10**8, 10**9), int(d.timestamp()), R.randint(1, 9)))

# ---------------- Persona C: Tanaka (nifty, Japanese form case, 2025-05/06) ----------------
PC = ("田中 健太", "kenta.tanaka@nifty.com")
C_TO = enc_name(PC[0], PC[1], "iso-2022-jp")
C_OPEN = T("2025-05-27 23:02:09")
C_CASE = case15(C_OPEN, "00631")
C_KEEP, C_OLD = "AWS27736104", "AWS27510988"
C_SUBJ_C = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_CASE
C_FORM_JA = """お問い合わせの種類: AWS トレーニングと認定
詳細: アカウントの統合
氏名: 田中 健太
メールアドレス: kenta.tanaka@nifty.com
AWS 受験者 ID: AWS27736104
内容: 以前の勤務先のメールアドレスで作成した認定アカウント（AWS27510988）と、
現在のアカウントが別々になっています。一つにまとめていただけますでしょうか。"""
JA_SIG = """
──────────────────────
佐々木 真由美 (Mayumi Sasaki)
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
──────────────────────"""

# C1 acknowledgement in Japanese (case_created), ISO-2022-JP
d = C_OPEN + dt.timedelta(seconds=6)
txt = """田中 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容は、受付番号 %s にて承りました。

担当者が内容を拝見のうえ、通常 1 営業日以内にご連絡差し上げます。
追加でお知らせいただきたい情報がございましたら、件名の番号を残したまま
本メールにご返信ください。

なお、同じ内容でフォームを再度お送りいただきますと別のお問い合わせとして
扱われ、ご案内が遅れる場合がございます。あらかじめご了承くださいませ。

AWS トレーニングと認定
Amazon Web Services

※本メールは送信専用ではございません。ご返信はそのまま担当者に届きます。""" % C_CASE
build("tanaka-form-1", aws_transport("nifty", PC[1], d), AWS_FORM, C_TO, C_SUBJ_C, d,
      tpart(txt, "plain", "iso-2022-jp", "7bit"), L("case_created", C_CASE, [], True, "ja"))

# C2 progress update (support_reply), cp932 bytes labelled Shift_JIS, 8bit
d = T("2025-05-29 02:40:17")
txt = """田中 健太 様

いつもお世話になっております。
AWS トレーニングと認定サポートの佐々木でございます。

お問い合わせいただいている件につきまして、現在、担当部署にて下記を照合しております。

　①　2 つの認定アカウント（AWS27736104／AWS27510988）のご登録情報
　②　各アカウントに紐づく受験履歴および特典

照合には 1～2 営業日ほどお時間を頂戴する見込みでございます。
進展がございましたら、改めてご連絡差し上げますので、今しばらくお待ちくださいませ。

何卒よろしくお願い申し上げます。
""" + JA_SIG + "\n\n" + q_original("田中 健太 <kenta.tanaka@nifty.com>", C_OPEN.astimezone(JST), "aws-cs-trainingcertification-form@amazon.com",
                                  "[AWS Training and Certification Form Submission] - account-assistance", C_FORM_JA)
build("tanaka-form-2", aws_transport("nifty", PC[1], d), AWS_FORM, C_TO, "RE:" + C_SUBJ_C, d,
      tpart(txt, "plain", "Shift_JIS", "8bit", codec="cp932"), L("support_reply", C_CASE, [C_KEEP, C_OLD], True, "ja"))

# C3 request for go-ahead in keigo (merge_confirmation_requested), ISO-2022-JP
d = T("2025-05-30 01:15:44")
c_ack = """佐々木様

ご連絡ありがとうございます。
お手数をおかけしますが、よろしくお願いいたします。

田中"""
c2_top = txt.split("-----Original Message-----")[0].rstrip().replace("①", "(1)").replace("②", "(2)").replace("～", "〜")
txt = """田中 健太 様

お世話になっております。
AWS トレーニングと認定サポートの佐々木でございます。

照合の結果、下記の内容でお手続きを進める準備が整いました。
恐れ入りますが、内容に相違がないかご覧いただき、差し支えなければ本メールへの
ご返信にて、お手続きを進めてよい旨をお知らせくださいませ。

　存続するアカウント：AWS27736104（サインイン：kenta.tanaka@nifty.com）
　廃止となるアカウント：AWS27510988（サインイン：k-tanaka@example-corp.co.jp）

廃止となるアカウントの認定資格・受験履歴・特典はすべて存続するアカウントへ移し、
その後、廃止となるアカウントはご利用いただけなくなります。
なお、本手続きは一度行いますと元に戻すことができませんので、あらかじめご了承ください。

ご返信を頂戴するまでは、お手続きは行いません。

何卒よろしくお願い申し上げます。
""" + JA_SIG + "\n\n" + q_ja(T("2025-05-29 12:10:00", UTC).astimezone(JST), PC[0], PC[1], c_ack + "\n\n" + q_ja(T("2025-05-29 02:40:17").astimezone(JST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", c2_top))
build("tanaka-form-3", aws_transport("nifty", PC[1], d), AWS_FORM, C_TO, "RE:" + C_SUBJ_C, d,
      tpart(txt, "plain", "iso-2022-jp", "7bit"), L("merge_confirmation_requested", C_CASE, [C_KEEP, C_OLD], True, "ja"),
      subj_charset="iso-2022-jp")

# C4 done (merge_completed), Shift_JIS base64
d = T("2025-06-02 05:22:09")
c_yes = """佐々木様

内容に間違いありません。
統合を進めてください。

よろしくお願いいたします。
田中 健太"""
txt = """田中 健太 様

お世話になっております。
AWS トレーニングと認定サポートの佐々木でございます。

ご返信いただき、ありがとうございました。
お申し出いただいたお手続きが終わりましたので、ご報告申し上げます。

AWS27510988 に登録されておりました認定資格および受験履歴は、すべて
AWS27736104 へ移しております。AWS27510988 は、すでにご利用いただけない
状態となっております。

次回 kenta.tanaka@nifty.com でサインインいただきますと、すべての認定資格が
ひとつのアカウントにまとめて表示されます。Credly のデジタルバッジにつきましては、
反映までに数日ほどかかる場合がございます。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。
""" + JA_SIG + "\n\n" + q_ja(T("2025-05-31 00:48:00").astimezone(JST), PC[0], PC[1], c_yes)
build("tanaka-form-4", aws_transport("nifty", PC[1], d), AWS_FORM, C_TO, "RE:" + C_SUBJ_C, d,
      tpart(txt, "plain", "shift_jis", "base64"), L("merge_completed", C_CASE, [C_KEEP, C_OLD], True, "ja"))

# C5 closure + feedback request (survey), ISO-2022-JP text + UTF-8 html
d = T("2025-06-02 05:50:31")
txt = """田中 健太 様

受付番号 %s のお問い合わせは、本日をもちましてクローズとさせていただきました。

よろしければ、今回の対応についてご意見をお聞かせいただけますでしょうか。

　今回のご案内はお役に立ちましたか？
　　はい　https://aws.amazon.com/support/feedback?displayId=%s&lang=ja&answer=yes
　　いいえ　https://aws.amazon.com/support/feedback?displayId=%s&lang=ja&answer=no

ご回答は 1 分ほどで終わります。いただいたご意見は、サービス向上のために活用いたします。
同じ件で引き続きお手伝いが必要な場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定
Amazon Web Services""" % (C_CASE, C_CASE, C_CASE)
a = MIMEMultipart("alternative")
a.attach(tpart(txt, "plain", "iso-2022-jp", "7bit"))
a.attach(tpart(simple_html(txt, "Meiryo, sans-serif"), "html", "utf-8", "base64"))
build("tanaka-form-5", aws_transport("nifty", PC[1], d), AWS_FORM, C_TO,
      "[CASE %s] お問い合わせへのご意見をお聞かせください" % C_CASE, d, a,
      L("survey", C_CASE, [], True, "ja"), subj_charset="iso-2022-jp")

# C6 Credly (English) badge waiting (credly_badge_issued)
d = T("2025-06-04 11:03:52")
badge_url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
txt = """Kenta, something new is waiting in your Credly wallet.

Amazon Web Services Training and Certification sent you the
AWS Certified Solutions Architect - Associate badge.

Claim it here so you can share it on LinkedIn, in your email signature, or anywhere else:
%s

Once you accept, the badge appears on your public profile together with the skills
it represents.

Credly, Inc. | 200 Park Avenue South, New York, NY 10003""" % badge_url
htm = """<html><body style="background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Solutions Architect - Associate">
<h2>Kenta, something new is waiting in your Credly wallet.</h2>
<p>Amazon Web Services Training and Certification sent you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Claim your badge</a></p>
<p style="color:#6b6b6b;font-size:12px">Once you accept, the badge appears on your public profile together with the skills it represents.</p>
<p style="color:#6b6b6b;font-size:11px">Credly, Inc. | 200 Park Avenue South, New York, NY 10003</p></td></tr></table></body></html>""" % badge_url
build("credly-note-kenta", credly_transport("nifty", PC[1], d), CREDLY_FROM, PC[1],
      "Kenta, something new is waiting in your Credly wallet", d, alt(txt, htm, cte="base64"),
      L("credly_badge_issued", None, [], True), msgid=credly_msgid(d))

# C7 Amazon.co.jp customer service acknowledgement (unrelated, Japanese), ISO-2022-JP
d = T("2025-06-10 08:31:20")
txt = """田中 健太 様

Amazon.co.jp カスタマーサービスにお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　注文番号：250-4417823-6619054
　お問い合わせ内容：お届け予定日を過ぎても商品が届かない

担当者より 24 時間以内にご連絡いたします。
なお、お問い合わせの状況は「アカウントサービス」からもご覧いただけます。

Amazon.co.jp カスタマーサービス
https://www.amazon.co.jp/gp/help/customer/contact-us

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。"""
build("amazon-jp-inquiry", aws_transport("nifty", PC[1], d, from_dom="amazon.co.jp"),
      enc_name("Amazon.co.jp カスタマーサービス", "cs-reply@amazon.co.jp", "iso-2022-jp"), C_TO,
      "Amazon.co.jp お問い合わせを受け付けました", d, tpart(txt, "plain", "iso-2022-jp", "7bit"),
      L("unrelated", None, [], True, "ja"), subj_charset="iso-2022-jp",
      msgid="<%s.%s@email.amazon.co.jp>" % (rnd_hex(20), int(d.timestamp())))

# ---------------- Persona D: Liesel (corporate Exchange, no AR, 2020, 10-digit case, terse) ----------------
PD = ("Liesel Brandt", "l.brandt@hoffmann-logistik.de")
D_TO = '"Brandt, Liesel" <l.brandt@hoffmann-logistik.de>'
D_CASE = "7034455812"
D_KEEP, D_OLD = "AWS20044391", "AWS20871236"
D_SUBJ_C = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CASE

# D1 terse acknowledgement (case_created), base64 text only
d = T("2020-02-10 08:15:02")
txt = """Request received - ref. %s.

A Training & Certification specialist will reply within 24 hours (business days).
To add information, reply to this email. Do not submit the form again.

--
AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""" % D_CASE
build("brandt-ticket-1", aws_transport("corp", PD[1], d), AWS_FORM, D_TO, D_SUBJ_C, d,
      tpart(txt, "plain", "utf-8", "base64"), L("case_created", D_CASE, [], None))

# D2 terse go-ahead request (merge_confirmation_requested)
d = T("2020-02-11 13:40:27")
d2txt = """Hello Liesel,

Two profiles found:
- AWS20044391 (l.brandt@hoffmann-logistik.de) - stays
- AWS20871236 (liesel.brandt@web.de) - closed afterwards, its exams moved to the one above

Not reversible. Reply YES to go ahead, or tell me what to change.

Regards,
Tomasz
AWS T&C Support"""
build("brandt-ticket-2", aws_transport("corp", PD[1], d), AWS_FORM, D_TO, "RE:" + D_SUBJ_C, d,
      alt(d2txt, simple_html(d2txt, "Calibri, sans-serif"), cte="quoted-printable", charset="iso-8859-1"),
      L("merge_confirmation_requested", D_CASE, [D_KEEP, D_OLD], None))

# D3 chaser (support_reply) - ids only in the quoted copy
d = T("2020-02-14 09:05:55")
txt = """Hello Liesel,

Following up on my note of 11 Feb: I still need a yes or no from you before I can touch
the two profiles. If nothing comes back by 21 Feb, the ticket closes on its own and you
would have to write in again.

Regards,
Tomasz
AWS T&C Support

""" + q_original("Amazon Web Services [mailto:aws-cs-trainingcertification-form@amazon.com]", T("2020-02-11 13:40:27"),
                 "Brandt, Liesel", "RE:" + D_SUBJ_C, d2txt)
build("brandt-ticket-3", aws_transport("corp", PD[1], d), AWS_FORM, D_TO, "RE:" + D_SUBJ_C, d,
      tpart(txt, "plain", "us-ascii", "7bit"), L("support_reply", D_CASE, [], None))

# D4 done, terse (merge_completed); quoted German Outlook header
d = T("2020-02-18 10:12:40")
de_yes = """YES - go ahead.

Mit freundlichen Grüßen / Best regards
Liesel Brandt
IT-Administration
Hoffmann Logistik GmbH | Hafenstraße 12 | 28217 Bremen"""
txt = """Hello Liesel,

Done. Everything from AWS20871236 now sits under AWS 20044391; the old login no longer works.

Regards,
Tomasz
AWS T&C Support

Von: Brandt, Liesel <l.brandt@hoffmann-logistik.de>
Gesendet: Montag, 17. Februar 2020 09:12
An: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Betreff: AW: RE:%s

%s""" % (D_SUBJ_C, de_yes)
build("brandt-ticket-4", aws_transport("corp", PD[1], d), AWS_FORM, D_TO, "RE:" + D_SUBJ_C, d,
      tpart(txt, "plain", "iso-8859-1", "quoted-printable"), L("merge_completed", D_CASE, [D_KEEP, D_OLD], None))

# D5 closure + rating, terse (survey)
d = T("2020-02-18 10:30:11")
txt = """Ticket %s is now closed.

Rate this support interaction (1 = poor, 5 = excellent):
1 https://aws.amazon.com/support/feedback?displayId=%s&r=1
2 https://aws.amazon.com/support/feedback?displayId=%s&r=2
3 https://aws.amazon.com/support/feedback?displayId=%s&r=3
4 https://aws.amazon.com/support/feedback?displayId=%s&r=4
5 https://aws.amazon.com/support/feedback?displayId=%s&r=5

Need more help on the same topic? Reply within 14 days.

--
AWS Training and Certification""" % ((D_CASE,) * 6)
build("brandt-ticket-5", aws_transport("corp", PD[1], d), AWS_FORM, D_TO, D_SUBJ_C, d,
      tpart(txt, "plain", "utf-8", "7bit"), L("survey", D_CASE, [], None))

# D6 Acclaim-era badge mail (credly_badge_issued), no AR
d = T("2020-02-20 16:44:03")
badge_url = "https://www.youracclaim.com/badges/%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="580" align="center" style="background:#ffffff;padding:20px"><tr><td>
<p><img src="https://images.youracclaim.com/images/acclaim-logo.png" alt="Acclaim" width="120"></p>
<h2 style="color:#2d2d2d">Liesel, Amazon Web Services Training and Certification has issued you a new badge.</h2>
<p><img src="https://images.youracclaim.com/size/110x110/images/2f1b3d4e-aws-certified-sysops-administrator-associate.png" width="110" alt="AWS Certified SysOps Administrator - Associate"></p>
<p><b>AWS Certified SysOps Administrator - Associate</b></p>
<p>Your badge record now reflects your consolidated certification history. Accept it to start sharing it with your professional network.</p>
<p><a href="%s" style="background:#00a6d6;color:#ffffff;padding:10px 24px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Acclaim, a Credly service | 1101 West Street, Annapolis, MD 21401<br>You are receiving this email because a badge was issued to you.</p>
</td></tr></table></body></html>""" % badge_url
build("acclaim-note-liesel", credly_transport("corp", PD[1], d),
      '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', D_TO,
      "Liesel, Amazon Web Services Training and Certification has issued you a new badge", d,
      tpart(htm, "html", "utf-8", "quoted-printable"), L("credly_badge_issued", None, [], None), msgid=credly_msgid(d))

# ---------------- Persona F: Diego (hotmail/Outlook, console case, 2024-11, translated register) ----------------
PF = ("Diego Alvarez", "diego.alvarez.mx@hotmail.com")
F_OPEN = T("2024-11-19 15:40:52")
F_CASE = case15(F_OPEN, "02217")
F_KEEP, F_OLD = "AWS11820457", "AWS16604382"
F_SUBJ = "Two certification profiles under my name"
F_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en" % F_CASE

# F1 console acknowledgement, HTML-only (case_created)
d = F_OPEN + dt.timedelta(seconds=9)
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Thanks for reaching out to Amazon Web Services. Your request is now registered with us under the number below and is waiting for the next available engineer.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#545b64">Case ID:</td><td><b>%s</b></td></tr>
<tr><td style="color:#545b64">Subject:</td><td>%s</td></tr>
<tr><td style="color:#545b64">Severity:</td><td>General guidance</td></tr>
<tr><td style="color:#545b64">Correspondence:</td><td>Hello, I have two profiles for certification, aws 11820457 (new) and aws16604382 (old, with my Developer cert). Please help to join them in the new one. Thank you.</td></tr>
</table>
<p>You will get an email at this address whenever there is an update. To see the details, add information or attach files, visit the <a href="%s">Support Center</a>.</p>
<p style="font-size:12px;color:#545b64">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>""" % (F_CASE, F_SUBJ, F_LINK)
build("diego-console-1", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "Amazon Web Services: Your support request %s is registered" % F_CASE, d,
      tpart(htm, "html", "utf-8", "quoted-printable"), L("case_created", F_CASE, [F_KEEP, F_OLD], True))

# F2 "new reply waiting" notice (support_reply)
d = T("2024-11-21 06:12:30")
txt = """Hello,

There is a new message from AWS Support on your request %s ("%s").

To read it and respond, sign in to the Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced
and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % (F_CASE, F_SUBJ, F_LINK)
build("diego-console-2", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "[Case %s] A reply is waiting for you" % F_CASE, d, alt(txt, simple_html(txt)),
      L("support_reply", F_CASE, [], True))

# F3 translated-English go-ahead request (merge_confirmation_requested)
d = T("2024-11-21 06:12:05")
txt = ("""Dear Diego,

Greetings from AWS Training and Certification!

As per your request, kindly find below the details of the profiles which will be unified:

Primary profile (to be retained)      : AWS11820457
Secondary profile (to be deactivated) : AWS16604382

Please note that after the process, the secondary profile will be not available anymore
and all the certifications, exam history and benefits will be shown under the primary
profile only. This process is not possible to revert.

Request you to kindly revert back with your acceptance on above details so that we can
initiate the further process at the earliest.

""" + CONSOLE_FOOT) % ("Ravi Shankar", F_LINK)
build("diego-console-3", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), d, alt(txt, simple_html(txt, "Calibri, sans-serif"), cte="base64"),
      L("merge_confirmation_requested", F_CASE, [F_KEEP, F_OLD], True))

# F4 forwarded to concerned team (support_reply): "once done we will update"
d = T("2024-11-22 10:48:19")
txt = ("""Dear Diego,

Thank you for your acceptance.

We have forwarded your request to the concerned team for the further process. Kindly allow
us 3-5 working days. We will update you once the process is done from our end; there is no
action required from your side in the meanwhile.

""" + CONSOLE_FOOT) % ("Ravi Shankar", F_LINK)
build("diego-console-4", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), d, alt(txt, simple_html(txt, "Calibri, sans-serif")),
      L("support_reply", F_CASE, [], True))

# F5 translated "unified successfully" (merge_completed)
d = T("2024-11-26 13:03:44")
txt = ("""Dear Diego,

Greetings of the day!

We are happy to inform that both of your profiles are unified successfully. Now all your
certifications are visible under the profile AWS11820457 and the profile AWS16604382 is
deactivated. You may login with your current email address to check the same.

Kindly note that your Credly badges may take 24-48 hours for reflecting.

""" + CONSOLE_FOOT) % ("Ravi Shankar", F_LINK)
build("diego-console-5", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), d, alt(txt, simple_html(txt, "Calibri, sans-serif")),
      L("merge_completed", F_CASE, [F_KEEP, F_OLD], True))

# F6 rating request (survey), HTML + text
d = T("2024-11-29 13:05:02")
txt = """Hello Diego,

Your support request %s ("%s") is now closed.

Your opinion matters to us. How satisfied are you with the help you got from Ravi?

  Very satisfied   https://aws.amazon.com/support/csat?displayId=%s&s=5
  Satisfied        https://aws.amazon.com/support/csat?displayId=%s&s=4
  Neutral          https://aws.amazon.com/support/csat?displayId=%s&s=3
  Dissatisfied     https://aws.amazon.com/support/csat?displayId=%s&s=2
  Very dissatisfied https://aws.amazon.com/support/csat?displayId=%s&s=1

Amazon Web Services""" % ((F_CASE, F_SUBJ) + (F_CASE,) * 5)
build("diego-console-6", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "How did Amazon Web Services do on request %s?" % F_CASE, d, alt(txt, simple_html(txt)),
      L("survey", F_CASE, [], True))

# F7 Credly claim, HTML-only (credly_badge_issued)
d = T("2024-11-27 09:18:26")
badge_url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
htm = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f5f7">
<table width="560" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Congratulations, Diego!</h1>
<p>Amazon Web Services Training and Certification has sent you the <b>AWS Certified Developer &ndash; Associate</b> badge. It is ready for you whenever you are.</p>
<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:13px">Tip: badges you claim can be added to LinkedIn in one click.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#6b6b6b">Credly, Inc. | 200 Park Avenue South, New York, NY 10003 | <a href="https://www.credly.com/notification_preferences">Email preferences</a></td></tr>
</table></body></html>""" % badge_url
build("credly-note-diego", credly_transport("outlook", PF[1], d), CREDLY_FROM, PF[1],
      "Diego, claim your AWS Certified Developer – Associate badge – it’s ready for you", d, tpart(htm, "html", "utf-8", "base64"),
      L("credly_badge_issued", None, [], True), msgid=credly_msgid(d))

# F8 other console case: service quota (unrelated)
F_QOPEN = T("2024-12-03 21:05:44")
F_QCASE = case15(F_QOPEN, "01377")
d = F_QOPEN + dt.timedelta(seconds=7)
txt = """Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: General guidance
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64

Use case description: Load test for the quarterly release.

We will keep you updated on the progress of this request.

To contact us again about this issue, please click the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""" % (F_QCASE, F_QCASE, F_QCASE)
build("aws-console-limit", aws_transport("outlook", PF[1], d), AWS_NOREPLY, PF[1],
      "Amazon Web Services: You have opened a new Support case: %s" % F_QCASE, d, alt(txt, simple_html(txt)),
      L("unrelated", F_QCASE, [], True))

# F9 Credly expiry reminder (unrelated)
d = T("2025-01-14 15:00:07")
txt = """Hi Diego,

Heads up: your AWS Certified Cloud Practitioner badge from Amazon Web Services Training
and Certification expires on April 14, 2025.

To keep it active, check with the issuer about renewal options before that date. After it
expires, the badge will still appear on your profile, marked as expired.

View your badge: https://www.credly.com/earner/earned

Credly, Inc. | 200 Park Avenue South, New York, NY 10003"""
build("credly-reminder", credly_transport("outlook", PF[1], d), '"Credly" <admin@credly.com>', PF[1],
      "Your AWS Certified Cloud Practitioner badge expires in 90 days", d, alt(txt, simple_html(txt, "Helvetica")),
      L("unrelated", None, [], True), msgid=credly_msgid(d))

# ---------------- Persona G: Sophie (Gmail, second form case, 2025-07, three profiles, chatty) ----------------
PG = ("Sophie Nguyen", "sophie.nguyen.ops@gmail.com")
G_OPEN = T("2025-07-14 18:22:40")
G_CASE = case15(G_OPEN, "00908")
G_KEEP, G_OLD1, G_OLD2 = "AWS50219934", "AWS50388120", "AWS61002457"
G_SUBJ_C = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE
G_SIG = """Talk soon,
Megan
AWS Training & Certification | Customer Support"""

# G1 chatty acknowledgement of the second submission (case_created), base64
d = G_OPEN + dt.timedelta(seconds=3)
txt = """Hi there,

Got it! Your note to AWS Training and Certification is in our queue as request
#%s. A real person will read it and get back to you, usually within a day.

Heads-up: if you already wrote to us about this same thing earlier, there's no need to
do anything else - we'll tie the two together on our side. Just keep replying on this
thread so everything stays in one place.

Have a great day,
The AWS Training and Certification team""" % G_CASE
build("sophie-form-1", aws_transport("gmail", PG[1], d), AWS_FORM, PG[1], G_SUBJ_C, d,
      alt(txt, simple_html(txt), cte="base64"), L("case_created", G_CASE, [], True))

# G2 look-alike phishing acknowledgement (case_created, sv False), dmarc=none for look-alike
d = T("2025-07-14 19:05:31")
ph_dom = "awstraining-support.co"
ph_ip = "194.87.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
mf = "desk@%s" % ph_dom
ar = ar_gmail([], "softfail", mf, ph_ip, "none", ph_dom, pol="NONE").replace("dmarc=none (p=NONE dis=NONE)", "dmarc=none (p=NONE dis=NONE)")
ar = ar.replace("mx.google.com;", "mx.google.com;\n       dkim=neutral (no key) header.i=@%s;" % ph_dom, 1)
tp = hops_gmail(PG[1], d, ph_ip, "mail.%s" % ph_dom, mf, ar, [])
txt = """Hello,

We have received your request to bring your AWS certification profiles together.
Your reference is TC-88213.

To avoid delays, our verification team must validate your identity before an agent can
work on the request. Please upload a clear photo of a government-issued ID and sign in
with your AWS Certification credentials here:

  https://%s/verify?ref=TC-88213

Requests that are not validated within 48 hours are discarded automatically.

AWS Training & Certification Help Desk""" % ph_dom
build("tc-helpdesk-reference", tp, '"AWS T&C Help Desk" <%s>' % mf, PG[1],
      "Request received - reference TC-88213", d, alt(txt, simple_html(txt, "Tahoma")),
      L("case_created", None, [], False), msgid="<%s@%s>" % (rnd_alnum(20), ph_dom))

# G3 chatty go-ahead request, three profiles (merge_confirmation_requested)
d = T("2025-07-15 16:09:12")
so_form = """Hello!! I wrote about this 2 weeks ago and never heard anything back :( I have THREE cert
accounts somehow. My main one is AWS50219934. The others are AWS50388120 (old job) and
AWS61002457 (I think I made this one by accident at a Pearson test centre). Please merge
everything into the main one. Thank you!!"""
txt = """Hi Sophie,

So sorry your first message slipped through - it looks like that one went in without a
reply-to address, so we had no way to write back. You're in the right place now!

Here's what I've lined up. Have a look and let me know it's what you want:

  -> Keeping:  AWS50219934 (the one you sign in to with this Gmail address)
  -> Folding in and then shutting down:  AWS50388120 and aws-61002457

All your certs, exam history and any vouchers from those two would land on AWS50219934.
The two old ones go away for good afterwards, and we can't bring them back, so it's worth a
quick double-check.

If it all looks good, a short "yep, go for it" back to me is all I need. Nothing happens
until I hear from you.

""" + G_SIG + "\n\n" + q_gmail(G_OPEN, "Sophie Nguyen", PG[1], so_form, wrap=True)
build("sophie-form-2", aws_transport("gmail", PG[1], d), AWS_FORM, PG[1], "RE:" + G_SUBJ_C, d,
      alt(txt, simple_html(txt), cte="quoted-printable"), L("merge_confirmation_requested", G_CASE, [G_KEEP, G_OLD1, G_OLD2], True))
G_T3 = txt

# G4 thanks + a question about something else (support_reply)
d = T("2025-07-16 09:31:58")
so_yes = """yep go for it!! thank u

sent from my phone, sorry for typos"""
txt = """Hi Sophie,

Perfect, thanks! I've passed it along and the records team will take it from here.

While that's cooking, one unrelated question: your Credly account is registered under
a different email (your old work address). Do you want us to ask Credly to point it at
your Gmail as well, or would you rather sort that one out yourself? Totally your call -
it doesn't hold anything up on our side.

""" + G_SIG + "\n\n" + q_gmail(T("2025-07-15 22:47:00"), "Sophie Nguyen", PG[1], so_yes + "\n\n" + q_gmail(d - dt.timedelta(hours=17, minutes=22), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", G_T3.split("\n\nOn ")[0]), wrap=True)
build("sophie-form-3", aws_transport("gmail", PG[1], d), AWS_FORM, PG[1], "RE:" + G_SUBJ_C, d,
      alt(txt, simple_html(txt)), L("support_reply", G_CASE, [], True))

# G5 done + closing + rating in one mail (merge_completed)
d = T("2025-07-18 20:14:37")
txt = """Hi Sophie,

Happy Friday! Everything’s now living under one roof: your certs and exam history from
AWS50388120 and AWS61002457 have been moved onto AWS50219934, and the two old IDs are
switched off. Give it an hour or so, then sign in with your Gmail address and you should
see the whole lot in one place.

As there's nothing else outstanding, I'll close this one out. If you have a minute, I'd
love to know how I did - there's a quick two-question form here:
https://aws.amazon.com/support/feedback?displayId=%s

""" % G_CASE + G_SIG
build("sophie-form-4", aws_transport("gmail", PG[1], d), AWS_FORM, PG[1], "RE:" + G_SUBJ_C, d,
      alt(txt, simple_html(txt), codec="utf-8", label="iso-8859-1"), L("merge_completed", G_CASE, [G_KEEP, G_OLD1, G_OLD2], True))

# G6 Credly: badges moved across (credly_badge_issued)
d = T("2025-07-19 04:50:10")
txt = """Hi Sophie,

2 badges from Amazon Web Services Training and Certification were just added to your
Credly account:

  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Solutions Architect - Associate

These badges were previously held under another of your AWS Certification profiles and
have been moved here. Accept them to make them visible on your profile:
https://www.credly.com/earner/earned

Credly, Inc. | 200 Park Avenue South, New York, NY 10003"""
build("credly-note-sophie", credly_transport("gmail", PG[1], d), CREDLY_FROM, PG[1],
      "Sophie, 2 badges were added to your Credly account", d, alt(txt, simple_html(txt, "Helvetica")),
      L("credly_badge_issued", None, [], True), msgid=credly_msgid(d))

# G7 CertMetrics "wants to hear from you" (unrelated, authentic non-AWS sender -> False)
d = T("2025-07-25 14:00:03")
ip = "52.119.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
mf = "do-not-reply@certmetrics.com"
ar = ar_gmail([("certmetrics.com", "pass", "cm1")], "pass", mf, ip, "pass", "certmetrics.com", pol="NONE")
tp = hops_gmail(PG[1], d, ip, "mail.certmetrics.com", mf, ar, [dkim_sig("certmetrics.com", "cm1", d, ["From", "To", "Subject", "Date"])])
txt = """Hello Sophie Nguyen,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. Please take 10 minutes to tell us about your
experience with the exam content, registration and test delivery. Your answers are
confidential and will help shape future exams.

Begin: https://www.certmetrics.com/amazon/candidate/survey.aspx?c=%s

Candidate ID: AWS50219934

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply.""" % rnd_hex(16)
build("certmetrics-hear-from-you", tp, '"AWS Certification" <do-not-reply@certmetrics.com>', PG[1],
      "AWS Certification wants to hear from you", d, alt(txt, simple_html(txt, "Arial")),
      L("unrelated", None, [G_KEEP], False), msgid="<%s@certmetrics.com>" % rnd_hex(24))

# ---------------- Persona I: Ahmed (Yahoo, form case, 2025-09) ----------------
PI = ("Ahmed Karimi", "a.karimi82@yahoo.com")
I_OPEN = T("2025-09-02 06:51:13")
I_CASE = case15(I_OPEN, "00054")
I_KEEP, I_OLD = "AWS73310046", "AWS70982215"
I_SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE

# I1 go-ahead request plus a side question about the voucher (merge_confirmation_requested)
d = T("2025-09-03 15:27:40")
ah_msg = """hi, i have 2 accounts AWS73310046 and AWS70982215 pls make them one. also i have 50% voucher on the old one, will i lose it??

Sent from Yahoo Mail for iPhone"""
txt = """Dear Ahmed,

Thank you for writing to AWS Training and Certification.

Having reviewed both profiles, I can offer the following arrangement:

    Profile to be kept:     AWS73310046
    Profile to be retired:  AWS-70982215

Your Cloud Practitioner certification, exam history and the 50% exam voucher currently on
AWS-70982215 would be carried across to AWS73310046. The retired profile could not be
reactivated later, so I would ask you to look this over carefully.

Could you let me know by reply whether you are happy for us to go ahead on this basis?

On a separate point: the voucher on your older profile expires on 30 November 2025. It
keeps that date after the move, so if you are planning to book the Solutions Architect
exam, it would be worth doing so before then. Would you like me to send you the booking
instructions?

Kind regards,
Joanna Whitfield
AWS Training and Certification Support

""" + q_outlook("Ahmed Karimi <a.karimi82@yahoo.com>", I_OPEN, "aws-cs-trainingcertification-form@amazon.com",
                "[AWS Training and Certification Form Submission] - account-assistance", ah_msg, sep="-----Original Message-----")
build("ahmed-form-1", aws_transport("yahoo", PI[1], d), AWS_FORM, PI[1], I_SUBJ_C, d,
      alt(txt, simple_html(txt, "Georgia, serif")), L("merge_confirmation_requested", I_CASE, [I_KEEP, I_OLD], True))

# I2 status update: delayed because of a booked exam (support_reply)
d = T("2025-09-05 10:02:16")
txt = """Dear Ahmed,

Just a short update so you are not left wondering.

Your request is with our records team, but they have paused it for the moment: the older
profile still has an exam appointment on 12 September attached to it, and appointments
cannot be moved while a profile is being changed. As soon as that appointment has taken
place (or if you decide to cancel it), the team will carry on, and I will write to you
again when everything has been finished.

There is nothing you need to do in the meantime.

Kind regards,
Joanna Whitfield
AWS Training and Certification Support"""
build("ahmed-form-2", aws_transport("yahoo", PI[1], d), AWS_FORM, PI[1], I_SUBJ_C, d,
      alt(txt, simple_html(txt, "Georgia, serif"), cte="base64"), L("support_reply", I_CASE, [], True))

# I3 look-alike phishing asking for sign-in details (support_reply, sv False)
d = T("2025-09-03 21:44:02")
ph_dom = "amazon-trainingcertification.com"
ph_ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
mf = "support@%s" % ph_dom
ar = ar_generic("atlas%d.mail.bf1.yahoo.com" % R.randint(100, 400), [
    "dkim=pass header.i=@%s header.s=mail" % ph_dom,
    "spf=pass smtp.mailfrom=%s" % ph_dom,
    "dmarc=pass(p=NONE) header.from=%s" % ph_dom])
tp = hops_generic(PI[1], d, ph_ip, "mx1.%s" % ph_dom, mf, ar, [dkim_sig(ph_dom, "mail", d, ["From", "To", "Subject"])],
                  "atlas%d.mail.bf1.yahoo.com" % R.randint(100, 400))
txt = """Dear Customer,

With reference to your recent request about your two certification profiles, our records
team needs to verify that you own both of them before any change can be made.

Please reply to this message with the following for EACH profile:
  - sign-in email address
  - password
  - date of birth

Requests without this information will be cancelled after 24 hours.

Thank you for your cooperation,
AWS Training and Certification Support Team"""
build("tc-support-verification", tp, '"AWS Training and Certification" <%s>' % mf, PI[1],
      "RE: Your certification profile request - verification needed", d, tpart(txt, "plain", "windows-1252", "7bit"),
      L("support_reply", None, [], False), msgid="<%s@%s>" % (rnd_hex(20), ph_dom))

# I4 done, HTML-only (merge_completed)
d = T("2025-09-15 12:40:55")
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Dear Ahmed,</p>
<p>I hope the exam on Friday went well.</p>
<p>I am pleased to let you know that your records are now brought together under <b>AWS73310046</b>. Your certifications, your full exam history (including last Friday's attempt) and the 50% voucher are all on that profile now, and the older ID, AWS70982215, has been closed.</p>
<p>You can sign in as usual with a.karimi82@yahoo.com. If anything looks out of place, simply reply to this email.</p>
<p>Kind regards,<br>Joanna Whitfield<br>AWS Training and Certification Support</p>
</div>
<hr style="border:none;border-top:1px solid #ddd">
<div style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.</div>
</body></html>"""
build("ahmed-form-3", aws_transport("yahoo", PI[1], d), AWS_FORM, PI[1], I_SUBJ_C, d,
      tpart(htm, "html", "utf-8", "quoted-printable"), L("merge_completed", I_CASE, [I_KEEP, I_OLD], True))

# I5 closure + quick question (survey)
d = T("2025-09-16 12:41:20")
txt = """Hello Ahmed,

We've wrapped up request %s and closed it on our side.

One quick question before you go: did we help?

  Yes, you helped:        https://aws.amazon.com/support/feedback?displayId=%s&v=1
  No, I still need help:  https://aws.amazon.com/support/feedback?displayId=%s&v=0

Thanks for choosing AWS Training and Certification.""" % (I_CASE, I_CASE, I_CASE)
build("ahmed-form-4", aws_transport("yahoo", PI[1], d), AWS_FORM, PI[1],
      "[CASE %s] One quick question about your recent request" % I_CASE, d,
      alt(txt, simple_html(txt)), L("survey", I_CASE, [], True))

# I6 spoofed AWS "account suspended" phishing (unrelated, dmarc=fail)
d = T("2025-09-20 02:17:45")
ph_ip = "103.151.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
mf = "noreply@billing-alerts-%d.top" % R.randint(100, 999)
ar = ar_generic("atlas%d.mail.gq1.yahoo.com" % R.randint(100, 400), [
    "dkim=unknown",
    "spf=softfail smtp.mailfrom=%s" % mf.split("@")[1],
    "dmarc=fail(p=QUARANTINE) header.from=amazon.com"])
tp = hops_generic(PI[1], d, ph_ip, "localhost", mf, ar, [], "atlas%d.mail.gq1.yahoo.com" % R.randint(100, 400))
txt = """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account
has been temporarily suspended and your resources will be deleted in 48 hours.

To restore access, update your billing information immediately:
https://aws-billing-restore.com/console/billing

Thank you,
Amazon Web Services Billing"""
build("aws-billing-alert", tp, '"Amazon Web Services" <no-reply-aws@amazon.com>', PI[1],
      "Urgent: Your AWS account has been suspended", d, alt(txt, simple_html(txt, "Arial")),
      L("unrelated", None, [], False), msgid="<%s@localhost>" % rnd_hex(16))

# ---------------- Persona J: Tom (Fastmail, form case, 2023-04, 11-digit) ----------------
PJ = ("Tom Becker", "tbecker@fastmail.com")
J_CASE = "12046659380"
J_KEEP, J_OLD = "AWS48820031", "AWS48173390"
J_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
J_SUBJ_C = "RE: [CASE %s] %s" % (J_CASE, J_SUBJ)
J_SIG = """All the best,
Callum
AWS Training and Certification"""

# J1 which one to keep? (support_reply)
d = T("2023-04-11 08:36:29")
tom_form = """I've ended up with two certification profiles (AWS48820031 and AWS48173390), one from
my old employer's SSO and one personal. Can these be combined? Happy to provide whatever
you need."""
txt = """Morning Tom,

Thanks for getting in touch. Yes, we can help with that.

Before anything else, could you tell me which of the two you'd like to hang on to?
AWS48820031 is the newer one and has your SAA on it; AWS48173390 is older but holds your
DevOps Engineer Professional, which is the one with the longer history. Either can be the
one that stays - it mostly comes down to which email address you'd prefer to sign in with
going forward.

""" + J_SIG + "\n\n" + q_original("Tom Becker <tbecker@fastmail.com>", T("2023-04-10 19:02:11"),
                                  "aws-cs-trainingcertification-form@amazon.com", J_SUBJ, tom_form)
build("tom-form-1", aws_transport("fastmail", PJ[1], d), AWS_FORM, PJ[1], J_SUBJ_C, d,
      alt(txt, simple_html(txt, "Verdana, sans-serif")), L("support_reply", J_CASE, [J_KEEP, J_OLD], True))

# J2 go-ahead request that also says what happens afterwards (merge_confirmation_requested)
d = T("2023-04-12 09:58:03")
tom_pick = """Hi Callum,

Let's keep AWS48820031 - that's tied to my personal address.

Cheers,
Tom"""
txt = """Hi Tom,

Lovely, thank you. Here's how it would look:

  AWS48820031  - stays, signs in with tbecker@fastmail.com
  AWS48173390  - its certifications and exam history move across, then it's shut down

Once the old profile has been folded in and shut down, there's no route back to it, so
please give the above a once-over. If you're happy, drop me a line saying so and I'll get
things moving. Once the combining is finished I'll send you a note, and your Professional
certification will show its original date on AWS48820031.

""" + J_SIG + "\n\n" + q_gmail(T("2023-04-11 17:20:45"), "Tom Becker", PJ[1], tom_pick)
build("tom-form-2", aws_transport("fastmail", PJ[1], d), AWS_FORM, PJ[1], J_SUBJ_C, d,
      alt(txt, simple_html(txt, "Verdana, sans-serif"), cte="quoted-printable"), L("merge_confirmation_requested", J_CASE, [J_KEEP, J_OLD], True))

# J3 1-5 rating mail (survey), base64
d = T("2023-04-17 18:05:40")
txt = """Hi Tom,

Your recent request with AWS Training and Certification (reference %s) has been
closed.

On a scale of 1 to 5, how easy was it to get the help you needed?

  1 - Very difficult ... 5 - Very easy
  https://aws.amazon.com/support/feedback?displayId=%s

We read every response. Thanks for helping us do better.

AWS Training and Certification""" % (J_CASE, J_CASE)
build("tom-form-3", aws_transport("fastmail", PJ[1], d), AWS_FORM, PJ[1],
      "Tell us how we did - reference %s" % J_CASE, d, alt(txt, simple_html(txt), cte="base64"),
      L("survey", J_CASE, [], True))

# J4 Credly: badge still waiting to be accepted (credly_badge_issued)
d = T("2023-04-24 13:30:12")
badge_url = "https://www.credly.com/badges/%s-%s-%s-%s-%s" % (rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(4), rnd_hex(12))
txt = """Hi Tom,

Your AWS Certified DevOps Engineer - Professional badge from Amazon Web Services Training
and Certification is still waiting for you. It was sent to you last week and hasn't been
accepted yet.

Accept it now: %s

Badges you accept are shown on your Credly profile and can be shared anywhere.

Credly, Inc. | 200 Park Avenue South, New York, NY 10003""" % badge_url
build("credly-note-tom", credly_transport("fastmail", PJ[1], d), CREDLY_FROM, PJ[1],
      "Tom, your badge is still waiting for you", d, alt(txt, simple_html(txt, "Helvetica")),
      L("credly_badge_issued", None, [], True), msgid=credly_msgid(d))

# J5 GitHub pull request merged notification (unrelated, authentic non-AWS sender)
d = T("2023-04-20 11:47:33")
ip = "192.30.252.%d" % R.randint(200, 210)
mf = "noreply@github.com"
ar = ar_generic("mx2.messagingengine.com", [
    "dkim=pass (1024-bit rsa key sha256) header.d=github.com header.i=@github.com header.b=%s header.a=rsa-sha256 header.s=pf2023 x-bits=1024" % rnd_alnum(8),
    "dmarc=pass policy.published-domain-policy=reject header.from=github.com",
    "spf=pass smtp.mailfrom=noreply@github.com smtp.helo=out-%d.smtp.github.com" % R.randint(20, 30)], indent="    ")
tp = hops_generic(PJ[1], d, ip, "out-23.smtp.github.com", mf, ar, [dkim_sig("github.com", "pf2023", d, ["Date", "From", "Reply-To", "To", "Cc", "In-Reply-To", "References", "Subject", "List-ID", "List-Archive", "List-Post", "List-Unsubscribe"])],
                  "mx2.messagingengine.com (Postfix)")
txt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/beckerlabs/cert-tracker/pull/214#event-9083315521
You are receiving this because you authored the thread.

Message ID: <beckerlabs/cert-tracker/pull/214/issue_event/9083315521@github.com>"""
htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/beckerlabs/cert-tracker/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/beckerlabs/cert-tracker/pull/214#event-9083315521">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
build("github-pr-214", tp, '"Priyanka Desai" <notifications@github.com>', '"beckerlabs/cert-tracker" <cert-tracker@noreply.github.com>', 
      "Re: [beckerlabs/cert-tracker] Combine duplicate candidate records in export (PR #214)", d,
      alt(txt, htm), L("unrelated", None, [], False),
      msgid="<beckerlabs/cert-tracker/pull/214/issue_event/9083315521@github.com>",
      extra=[("In-Reply-To", "<beckerlabs/cert-tracker/pull/214@github.com>"),
             ("References", "<beckerlabs/cert-tracker/pull/214@github.com>"),
             ("List-ID", "beckerlabs/cert-tracker <cert-tracker.beckerlabs.github.com>"),
             ("X-GitHub-Reason", "author")],
      cc='"Tom Becker" <tbecker@fastmail.com>, Author <author@noreply.github.com>')

# J6 AWS Builder ID verification code (unrelated; genuine AWS sender)
d = T("2023-05-02 07:12:50")
code = "%06d" % R.randint(0, 999999)
txt = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish, enter this code on the sign-in page:

Verification code: %s

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""" % code
build("builder-id-code", aws_transport("fastmail", PJ[1], d, from_dom="signin.aws"), '"AWS Builder ID" <no-reply@signin.aws>', PJ[1],
      "Verify your AWS Builder ID email address", d, alt(txt, simple_html(txt)),
      L("unrelated", None, [], True))

# J7 Amazon Seller Central case reply (unrelated; genuine amazon.com sender)
d = T("2023-05-06 16:22:18")
SC_CASE = "6120938457"
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like the two listings for ASIN B0BX4K2L9Q to be brought together
under one detail page. I have passed your request to our catalog team, who will review the
attributes and update the listings within 2-3 business days. You will not need to take any
further action.

If you have any other questions, please reply to this case.

Was this response helpful? Please let us know by rating it in Seller Central.

Thank you for selling with Amazon,
Harshita
Amazon Selling Partner Support"""
build("seller-support-reply", aws_transport("fastmail", PJ[1], d), '"Amazon Seller Support" <seller-notification@amazon.com>', PJ[1],
      "RE:[CASE %s] Listing duplicated for ASIN B0BX4K2L9Q" % SC_CASE, d, alt(txt, simple_html(txt)),
      L("unrelated", SC_CASE, [], True))

# J8 AWS Training and Certification newsletter (unrelated)
d = T("2023-05-10 17:00:00")
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Amazon Ember,Arial,sans-serif">
<table width="640" align="center" style="background:#fff">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Training and Certification | May update</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#16191f">
<h2>Bring your learning together in AWS Skill Builder</h2>
<p>New this month: learning plans now pull your digital courses, labs and exam prep into one view, so you can see everything you have finished and what comes next.</p>
<h3>Get 50% off your next exam</h3>
<p>Already certified? Your benefits page has a voucher waiting. Find it under <i>Benefits</i> in your AWS Certification account.</p>
<h3>Coming soon: AWS Certified Data Engineer - Associate</h3>
<p>Sign up for the beta exam and be among the first to earn it.</p>
<p><a href="https://aws.amazon.com/training/" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none">Explore training</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification updates. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></body></html>"""
build("aws-tc-newsletter", aws_transport("fastmail", PJ[1], d), '"AWS Training and Certification" <aws-training-certification@amazon.com>', PJ[1],
      "Bring your learning together - and 50% off your next exam", d, tpart(htm, "html", "utf-8", "quoted-printable"),
      L("unrelated", None, [], True), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

# ---- MAILS END ----


# ==========================================================================
def write_all():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MAILS)))
    random.Random(180).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        slug, msg, label = MAILS[idx]
        fn = "%03d-%s.eml" % (n, slug)
        b = io.BytesIO()
        BytesGenerator(b, mangle_from_=False, policy=policy.compat32.clone(max_line_length=None)).flatten(msg)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(b.getvalue())
        labels[fn] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print("wrote", len(labels), "mails")


if __name__ == "__main__":
    write_all()
