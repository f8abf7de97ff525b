#!/usr/bin/env python3
"""Generator for blind set 206: seven users' AWS Certification account-merge
cases, start to end, with detours. Writes NNN-*.eml and labels.json."""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
import email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(206)
MAILS = []

UTC = dt.timezone.utc


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


JST = tz(9)
CET, CEST = tz(1), tz(2)
IST_IN = tz(5, 30)
BRT = tz(-3)
IRL_S = tz(1)  # Irish summer time


def D(s, zone=UTC):
    """'2025-03-10 09:14:22' -> aware datetime in zone (time given in zone)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def rfc_named(d):
    s = rfc(d)
    if d.utcoffset() == dt.timedelta(0):
        s += " (UTC)"
    return s


def pacific(d):
    """Convert to US Pacific (rough DST rule) and format like Gmail does."""
    u = d.astimezone(UTC)
    y = u.year
    # second Sunday in March 10:00 UTC .. first Sunday in Nov 09:00 UTC
    m = dt.datetime(y, 3, 8, 10, tzinfo=UTC)
    m += dt.timedelta(days=(6 - m.weekday()) % 7)
    n = dt.datetime(y, 11, 1, 9, tzinfo=UTC)
    n += dt.timedelta(days=(6 - n.weekday()) % 7)
    if m <= u < n:
        return u.astimezone(tz(-7)).strftime("%a, %d %b %Y %H:%M:%S -0700 (PDT)")
    return u.astimezone(tz(-8)).strftime("%a, %d %b %Y %H:%M:%S -0800 (PST)")


def later(d, secs):
    return d + dt.timedelta(seconds=secs)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ses_id(d, region="email"):
    ms = int(d.astimezone(UTC).timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def ses_mailfrom(d, region="email"):
    ms = int(d.astimezone(UTC).timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def gmail_msgid():
    return "<CA%s%s@mail.gmail.com>" % (rb64(10).replace("/", "_").replace("+", "-"),
                                          rb64(40).replace("/", "_").replace("+", "-"))


def fold_b64(s, width=70, indent="\t  "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- headers

def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return "Subject: " + s
    except UnicodeEncodeError:
        return "Subject: " + Header(s, charset, header_name="Subject",
                                    maxlinelen=76).encode(linesep="\n")


def enc_words(s, charset, label=None, chunk=18):
    """Subject as several B encoded-words in a charset Python's Header would not use as-is."""
    label = label or charset
    words = []
    for i in range(0, len(s), chunk):
        words.append("=?%s?B?%s?=" % (label, base64.b64encode(s[i:i + chunk].encode(charset)).decode("ascii")))
    return "Subject: " + "\n ".join(words)


def enc_addr(name, addr, charset="utf-8", quote=True):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        if quote:
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def dkim_amazon(d, sel="rqfw3nmjstqxwezm7ejcsx3ngmwokupz", dom="amazon.com"):
    t = int(d.astimezone(UTC).timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
            "\tbh=%s=;\n\tb=%s" % (sel, dom, t, rb64(43), fold_b64(rb64(342) + "=")))


def dkim_ses(d):
    t = int(d.astimezone(UTC).timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n"
            "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n"
            "\tbh=%s=;\n\tb=%s" % (t, rb64(43), fold_b64(rb64(342) + "=")))


def dkim_generic(d, dom, sel, h="from:subject:to:mime-version:content-type"):
    t = int(d.astimezone(UTC).timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n"
            "\th=%s;\n\ts=%s; t=%d;\n\tbh=%s=;\n\tb=%s" % (
                dom, h, sel, t, rb64(43), fold_b64(rb64(342) + "=")))


SES_HOSTS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"),
             ("a48-108.smtp-out.amazonses.com", "54.240.48.108"),
             ("a11-15.smtp-out.amazonses.com", "54.240.11.15"),
             ("a9-94.smtp-out.amazonses.com", "54.240.9.94"),
             ("a27-52.smtp-out.us-west-2.amazonses.com", "54.240.27.52")]


def gmail_trace(to, d, host, ip, mailfrom, ar):
    """Headers Gmail adds on delivery. ar: body of Authentication-Results."""
    r1 = later(d, RNG.randint(2, 9))
    return "\n".join([
        "Delivered-To: " + to,
        "Received: by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(2), RNG.randint(1000000, 9999999), pacific(r1)),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(70),
        "X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id af79cd13be357-%s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(12), RNG.randint(10, 99), RNG.randint(100000000, 999999999) * 10, pacific(r1)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(r1.timestamp()), fold_b64(rb64(300) + "==", 70, "         ")),
        "ARC-Authentication-Results: i=1; mx.google.com;\n" + ar,
        "Return-Path: <%s>" % mailfrom,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %ssi%d.%d.%s\n"
        "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, "d75a77b69052e-" + rhex(10), RNG.randint(1000000, 9999999), RNG.randint(10, 999),
            r1.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), to, pacific(r1)),
        "Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
            mailfrom, ip, ip),
        "Authentication-Results: mx.google.com;\n" + ar,
    ])


def ar_gmail_amazon(mailfrom, dom="amazon.com", dmarc="pass", dkim="pass", spf="pass", ip="54.240.8.30"):
    sel = "rqfw3nm"
    lines = ["       dkim=%s header.i=@%s header.s=rqfw3nmjstqxwezm7ejcsx3ngmwokupz header.b=%s;" % (dkim, dom, rb64(8)),
             "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;" % rb64(8),
             "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (
                 spf, mailfrom, ip, mailfrom),
             "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dmarc, dom)]
    del sel
    return "\n".join(lines)


def outlook_trace(to, d, host, ip, mailfrom_dom, from_dom, ar_tail, m365=False):
    """Outlook.com / Microsoft 365 delivery headers (no authserv-id in AR)."""
    r = later(d, RNG.randint(1, 6))
    pre = "BN1PEPF" if not m365 else "AM4PEPF"
    srv = "%s0000%s.namprd%02d.prod.outlook.com" % (pre, rhex(4).upper(), RNG.randint(2, 21))
    mb = "%s.%s.prod.outlook.com" % ("PH0PR%02dMB%04d" % (RNG.randint(10, 19), RNG.randint(1000, 9999)),
                                     "namprd%02d" % RNG.randint(2, 21)) if not m365 else \
        "DB9PR%02dMB%04d.eurprd%02d.prod.outlook.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999), RNG.randint(1, 9))
    rs = r.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return "\n".join([
        "Received: from %s (2603:10b6:208:%s::%d) by\n %s with HTTPS; %s" % (
            srv.split(".")[0], rhex(3), RNG.randint(10, 99), mb.split(".")[0], rs),
        "Received: from %s (2603:10b6:408:%s::%d)\n by %s (2603:10b6:510:%s::%d) with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (
            srv.split(".")[0], rhex(3), RNG.randint(10, 99), mb, rhex(3), RNG.randint(10, 99),
            RNG.randint(8000, 8999), RNG.randint(10, 40), rs),
        "Authentication-Results: %s" % ar_tail,
        "Received-SPF: Pass (protection.outlook.com: domain of %s designates %s as\n"
        " permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
            mailfrom_dom, ip, ip, host),
        "Received: from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
        " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            host, ip, srv, RNG.randint(10, 250), RNG.randint(8000, 8999), RNG.randint(10, 40), rs),
    ])


def ar_outlook(ip, mailfrom_dom, from_dom, dkim_dom=None, spf="pass", dkim="pass", dmarc="pass", action="none",
               compauth="pass reason=100"):
    dkim_dom = dkim_dom or from_dom
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s" % (
                spf, ip, mailfrom_dom, dkim, dkim_dom, dmarc, action, from_dom, compauth))


def generic_trace(authserv, mx_host, to, d, host, ip, ar_body, extra_received=None):
    """Japanese / European providers: a couple of Received lines and AR."""
    r = later(d, RNG.randint(1, 8))
    loc = r.astimezone(JST) if authserv.endswith(".jp") or authserv.endswith("nifty.com") else r
    if authserv in ("gmx.net",):
        loc = r.astimezone(CEST if 4 <= r.month <= 10 else CET)
    lines = []
    lines.append("Return-Path: <%s>" % ar_body[1])
    lines.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        mx_host, mx_host.replace("mx", "mbox", 1), rhex(10).upper(), to, rfc(later(loc, 1))))
    if extra_received:
        lines.append(extra_received)
    lines.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        host, host, ip, mx_host, rhex(12).upper(), to, rfc(loc)))
    lines.append("Authentication-Results: %s;\n%s" % (authserv, ar_body[0]))
    return "\n".join(lines)


def ar_generic_amazon(mailfrom, ip, dom="amazon.com", dmarc="pass", dkim="pass", spf="pass"):
    body = ("\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=rqfw3nmjstqxwezm7ejcsx3ngmwokupz;\n"
            "\tdkim=pass header.d=amazonses.com;\n\tdmarc=%s header.from=%s" % (spf, mailfrom, dkim, dom, dmarc, dom))
    return (body, mailfrom)


# ---------------------------------------------------------------- bodies

def text_part(text, subtype="plain", charset="utf-8", cte="qp", codec=None):
    codec = codec or charset
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(codec)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        payload = raw.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def mixed(*parts, boundary=None, subtype="mixed"):
    m = MIMEMultipart(subtype, boundary=boundary)
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def esc(s):
    return html.escape(s, quote=False)


def simple_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    """Plain text -> HTML; '>' quoted blocks become blockquotes."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="%s">' % style]
    depth = 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        q = m.group(1).count(">")
        while depth < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > q:
            out.append("</blockquote>")
            depth -= 1
        body = m.group(2)
        body = re.sub(r"(https://[^\s<>]+)", lambda mm: '<a href="%s">%s</a>' % (mm.group(1), mm.group(1)), esc(body))
        out.append((body or "") + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    out.append("</div></body></html>")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def bnd(kind, seed):
    h = hashlib.md5(seed.encode()).hexdigest()
    if kind == "gmail":
        return "000000000000" + h[:16]
    if kind == "ses":
        return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:15], 16), int(h[15:27], 16))
    if kind == "outlook":
        return "_000_%s%sprod_" % (h[:20].upper(), "PH0PR11MB")
    if kind == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(),
                                               h[20:32].upper())
    return "=_%s" % h[:24]


# ---------------------------------------------------------------- emit

def save(slug, label, headers, body):
    MAILS.append((slug, label, headers, body))


def render(headers, body):
    b = body.as_bytes(policy=email.policy.compat32)
    head, sep, rest = b.partition(b"\n\n")
    mime_head = [l for l in head.split(b"\n")]
    if re.search(r"(?im)^MIME-Version:", headers):
        mime_head = [l for l in mime_head if not l.lower().startswith(b"mime-version:")]
    text = headers.strip("\n").encode("ascii") + b"\n" + b"\n".join(mime_head) + b"\n\n" + rest
    if not text.endswith(b"\n"):
        text += b"\n"
    return text


def L(kind, case, ids, sv, lang):
    return {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)), "sender_verified": sv,
            "language": lang}


# ============================================================== CASES

# ------------------------------------------------------------------
# Case A: Daniel Okafor (London, Gmail), English form desk, 15-digit id
# ------------------------------------------------------------------
A_CASE = "174159806250213"
A_OPEN = D("2025-03-10 09:14:22")
A_USER = "dokafor88@gmail.com"
A_FORM = "aws-cs-trainingcertification-form@amazon.com"
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_gmail_headers(to, d, subject_line, frm, msgid=None, extra=None, dmarc="pass", region="email",
                      host_idx=0, reply_to=None):
    host, ip = SES_HOSTS[host_idx]
    mf = ses_mailfrom(d, region)
    ar = ar_gmail_amazon(mf, ip=ip, dmarc=dmarc)
    parts = [gmail_trace(to, d, host, ip, mf, ar), dkim_amazon(d), dkim_ses(d),
             "From: " + frm]
    if reply_to:
        parts.append("Reply-To: " + reply_to)
    parts += ["To: " + to, subject_line, "Date: " + rfc(d.astimezone(UTC)),
              "Message-ID: " + (msgid or ses_id(d, region))]
    if extra:
        parts += extra
    parts.append("Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43))
    parts.append("X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip))
    return "\n".join(parts)


# 001 acknowledgement of the form submission
d = later(A_OPEN, 41)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
request and created case {c} for it. A member of our team will review
your submission and reply to this e-mail address, in most cases within
24 hours.

To add information to this case, simply reply to this message and keep
the case number in the subject line. Please do not submit the form again
for the same request; duplicate cases can delay our response.

Case number: {c}
Inquiry type: Certification
Detail: Account Merge

Kind regards,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210.
""".format(c=A_CASE)
body = alt(text_part(txt, cte="qp"), text_part(simple_html(txt), "html", cte="qp"), boundary=bnd("ses", "001"))
hdr = aws_gmail_headers(A_USER, d, enc_subject("[CASE %s] %s" % (A_CASE, A_SUBJ)),
                        '"Amazon Web Services" <%s>' % A_FORM)
save("form-ack-okafor", L("case_created", A_CASE, [], True, "en"), hdr, body)

# 002 agent asks for login e-mails (not a confirmation request)
A_T2 = D("2025-03-11 14:02:37")
A_SUB_RE = "RE:[CASE %s] %s" % (A_CASE, A_SUBJ)
A_FORMTXT = """Inquiry type: Certification
Detail: Account Merge
First name: Daniel
Last name: Okafor
AWS candidate ID: AWS04417283
Description: Hi, I have two certification accounts. One was made years ago
through my old job, the other one I use now. Please merge them so all my
certs are in one place. Thanks"""
A2_new = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like to combine two certification profiles into
one. I was able to find the profile for the candidate ID you gave in the
form, AWS04417283. However, I could not locate the second profile with the
details provided.

So that I can look into this further, could you please reply with:

1. The e-mail address you use to sign in to each account.
2. The candidate ID of the second account, if you have it (you can find it
   under "My Profile" once signed in to the certification portal).
3. Which of the two accounts you would like to keep going forward.

As soon as I have these details I will be happy to continue.

Best regards,
Hannah W.
Amazon Web Services
Training and Certification Customer Support

We value your feedback. Please share your experience by rating this
correspondence using the link at the end of this message.
"""
A2_txt = A2_new + """
------------------------------------------------------------
Original submission, {d}:
{f}
""".format(d="Mon Mar 10 2025 09:14:22 GMT+0000", f=A_FORMTXT)
body = alt(text_part(A2_txt, cte="b64"), text_part(simple_html(A2_txt), "html", cte="qp"), boundary=bnd("ses", "002"))
A2_msgid = ses_id(A_T2)
hdr = aws_gmail_headers(A_USER, A_T2, enc_subject(A_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=1,
                        msgid=A2_msgid)
save("agent-asks-login-emails-okafor", L("support_reply", A_CASE, ["AWS04417283"], True, "en"), hdr, body)

# 003 Daniel's reply, from Sent (Gmail)
A_T3 = D("2025-03-11 19:48:05", tz(0))
A3_new = """Hi Hannah,

Thanks for getting back to me. Here you go:

Old account: AWS 04417283 - signed in with d.okafor@northwind-analytics.co.uk
(my previous employer, I can't get into that mailbox any more)
New account: aws-11902655 - signed in with dokafor88@gmail.com

I'd like to keep the new one (the gmail one) please. The old one has my SAA
and Cloud Practitioner, the new one has the Developer Associate.

Cheers,
Daniel
"""
A3_attr = "On Tue, 11 Mar 2025 at 14:02, Amazon Web Services <%s> wrote:" % A_FORM
A3_txt = A3_new + "\n" + A3_attr + "\n\n" + quote(A2_txt.rstrip()) + "\n"
A3_html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) or "<br>") for l in A3_new.rstrip().split("\n")) +
           '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
           esc(A3_attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
           'border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
           esc(A2_txt).replace("\n", "<br>\n") + "</blockquote></div>\n")
A3_msgid = gmail_msgid()
body = alt(text_part(A3_txt, cte="qp"), text_part(A3_html, "html", cte="qp"), boundary=bnd("gmail", "003"))
hdr = "\n".join([
    "MIME-Version: 1.0",
    "Date: " + rfc(A_T3),
    "References: " + A2_msgid,
    "In-Reply-To: " + A2_msgid,
    "Message-ID: " + A3_msgid,
    enc_subject("Re: " + A_SUB_RE),
    "From: Daniel Okafor <%s>" % A_USER,
    "To: Amazon Web Services <%s>" % A_FORM,
])
save("sent-reply-logins-okafor", L("unrelated", A_CASE, ["AWS04417283", "AWS11902655"], None, "en"), hdr, body)

# 004 confirmation request (Arjun, Indian English template)
A_T4 = D("2025-03-12 10:27:51")
A4_new = """Dear Daniel,

Greetings from AWS Training and Certification!

Thank you for sharing the requested details. As per our verification, please
find below the accounts which will be merged:

   Account to be retained (primary) : AWS11902655  |  dokafor88@gmail.com
   Account to be merged (secondary) : AWS04417283  |  d.okafor@northwind-analytics.co.uk

Post merge, all certifications, exam history and benefits of the secondary
account will be moved to the primary account, and the secondary account will
be deactivated. Kindly note that this action cannot be reverted once done.

Request you to please reply to this email confirming that the above details
are correct, so that we can go ahead with the merge.

Thanks & Regards,
Arjun K.
AWS Training & Certification Support
Amazon Web Services
"""
A4_txt = A4_new + "\n\n-----Original Message-----\nFrom: dokafor88@gmail.com\nSent: Tue, 11 Mar 2025 19:48 UTC\nSubject: Re: " + A_SUB_RE + "\n\n" + A3_new
body = alt(text_part(A4_txt, cte="qp"), text_part(simple_html(A4_txt), "html", cte="b64"), boundary=bnd("ses", "004"))
A4_msgid = ses_id(A_T4)
hdr = aws_gmail_headers(A_USER, A_T4, enc_subject(A_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=2,
                        msgid=A4_msgid)
save("confirm-request-okafor", L("merge_confirmation_requested", A_CASE, ["AWS04417283", "AWS11902655"], True, "en"),
     hdr, body)

# 005 Daniel confirms, from Sent (Gmail, mobile)
A_T5 = D("2025-03-12 12:03:44", tz(0))
A5_new = """The details are correct. Please proceed with the merge.

Thanks,
Daniel

Sent from my iPhone"""
A5_attr = "On Wed, 12 Mar 2025 at 10:27, Amazon Web Services <%s> wrote:" % A_FORM
A5_txt = A5_new + "\n\n" + A5_attr + "\n\n" + quote(A4_txt.rstrip()) + "\n"
body = alt(text_part(A5_txt, cte="qp"),
           text_part('<div dir="auto">' + esc(A5_new).replace("\n", "<br>") +
                     '</div><div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(A5_attr) +
                     '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                     'padding-left:1ex">' + esc(A4_txt).replace("\n", "<br>") + "</blockquote></div></div>",
                     "html", cte="qp"), boundary=bnd("gmail", "005"))
hdr = "\n".join([
    "MIME-Version: 1.0",
    "References: %s %s" % (A2_msgid, A4_msgid),
    "In-Reply-To: " + A4_msgid,
    "From: Daniel Okafor <%s>" % A_USER,
    "Date: " + rfc(A_T5),
    "Message-ID: " + gmail_msgid(),
    enc_subject("Re: " + A_SUB_RE),
    "To: Amazon Web Services <%s>" % A_FORM,
])
save("sent-confirm-okafor", L("unrelated", A_CASE, [], None, "en"), hdr, body)

# 006 thanks for confirming, will proceed (not completion)
A_T6 = D("2025-03-13 08:55:10")
A6_new = """Hi Daniel,

Thank you for confirming the details.

I have now passed your request to the team that handles account merges.
They will carry out the merge of the two accounts listed in my previous
message. Please allow 2 to 3 business days for this to be processed.

Once the merge is complete you will receive a confirmation from us, and you
can then sign in with dokafor88@gmail.com to see all of your certifications
in one place. There is nothing further you need to do in the meantime, and
please do not create a new account or schedule an exam with the old login
until you hear back from us.

Thanks & Regards,
Arjun K.
AWS Training & Certification Support
"""
A6_txt = A6_new + "\n\n-----Original Message-----\nFrom: dokafor88@gmail.com\nSent: Wed, 12 Mar 2025 12:03 UTC\nSubject: Re: " + A_SUB_RE + "\n\nThe details are correct. Please proceed with the merge.\n"
body = text_part(A6_txt, cte="qp")
hdr = aws_gmail_headers(A_USER, A_T6, enc_subject(A_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=0)
save("agent-will-proceed-okafor", L("support_reply", A_CASE, [], True, "en"), hdr, body)

# 007 merge completed (HTML-only template, base64)
A_T7 = D("2025-03-14 16:40:02")
A7_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello Daniel,</p>
<p>Good news &ndash; the work on your certification profiles is finished. Your
certification history from <b>AWS04417283</b> now sits under
<b>AWS11902655</b>, and the older profile has been retired.</p>
<p>Please sign out of the certification portal and sign back in with
dokafor88@gmail.com. You should see the AWS Certified Solutions Architect &ndash;
Associate, AWS Certified Cloud Practitioner and AWS Certified Developer &ndash;
Associate credentials on the one profile. Any unused benefits, such as the 50%
discount voucher, have been carried over as well.</p>
<p>Your digital badges will follow on Credly. Credly usually sends its own
e-mail within a few days; if the badges have not appeared after 5 business days,
just reply to this message.</p>
<p>Thanks &amp; Regards,<br>Arjun K.<br>AWS Training &amp; Certification Support</p>
<p style="font-size:12px;color:#545b64">Case ID: 174159806250213</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
</td></tr></table></td></tr></table>
</body></html>
"""
body = text_part(A7_html, "html", cte="b64")
hdr = aws_gmail_headers(A_USER, A_T7, enc_subject(A_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=3)
save("merge-done-okafor", L("merge_completed", A_CASE, ["AWS04417283", "AWS11902655"], True, "en"), hdr, body)

# 008 closure + survey
A_T8 = D("2025-03-14 16:41:30")
A8_txt = """Hello,

Your case {c} has been resolved and is now closed.

Was your issue resolved?

   YES  https://support.aws.amazon.com/survey?caseId={c}&resolved=yes&lang=en
   NO   https://support.aws.amazon.com/survey?caseId={c}&resolved=no&lang=en

How would you rate the support you received? It only takes a minute and
helps us improve.

   https://support.aws.amazon.com/survey?caseId={c}&rate=1

If you need more help with this request, reply to this e-mail within 14 days
and your case will be reopened.

AWS Training and Certification Customer Support
""".format(c=A_CASE)
body = alt(text_part(A8_txt, cte="7bit", charset="us-ascii"), text_part(simple_html(A8_txt), "html", cte="qp"),
           boundary=bnd("ses", "008"))
hdr = aws_gmail_headers(A_USER, A_T8, enc_subject("Your case %s is closed - tell us how we did" % A_CASE),
                        '"Amazon Web Services" <%s>' % A_FORM, host_idx=1)
save("closed-survey-okafor", L("survey", A_CASE, [], True, "en"), hdr, body)


# Credly helper
def credly_gmail_headers(to, d, subject, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                         trace="gmail", dmarc="pass"):
    ip = "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(1, 250))
    host = "o%d.ptr%d.credly.com" % (RNG.randint(1000, 9999), RNG.randint(1000, 9999))
    mf = "bounces+%d-%s-%s@em.credly.com" % (RNG.randint(1000000, 9999999), rhex(4), to.replace("@", "="))
    if trace == "gmail":
        ar = ("       dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n"
              "       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\n"
              "       dmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % (rb64(8), rb64(8), mf, ip, mf, dmarc))
        tr = gmail_trace(to, d, host, ip, mf, ar)
    else:
        tr = trace(to, d, host, ip, mf)
    return "\n".join([tr,
                      dkim_generic(d, "credly.com", "s1", "cc:content-transfer-encoding:content-type:date:from:mime-version:subject:reply-to:to:list-unsubscribe:list-unsubscribe-post:x-feedback-id"),
                      "Date: " + rfc(d),
                      "From: " + frm,
                      "Reply-To: Credly Support <support@credly.com>",
                      "To: " + to,
                      "Message-ID: <%s.%s@credly.com>" % (rhex(24), "mailer"),
                      enc_subject(subject),
                      "List-Unsubscribe: <https://www.credly.com/email_preferences/unsubscribe?token=%s>" % rhex(32),
                      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                      "X-Feedback-ID: %d:SG" % RNG.randint(1000000, 9999999)])


# 009 Credly: badge issued after the merge
A_T9 = D("2025-03-17 13:05:48")
A9_txt = """Daniel, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Claim your badge, add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/{b}

Your badge was issued to {u}. Not you? Contact Credly support.

Credly, Inc. | 1301 Avenue of the Americas, New York, NY 10019
Unsubscribe: https://www.credly.com/email_preferences
""".format(b="6f2c1e9a-3b47-4d08-9a21-" + rhex(12), u=A_USER)
A9_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td><h1 style="font-size:22px">Daniel, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Your badge was issued to %s.</p>
</td></tr></table>
<p style="font-size:11px;color:#999">Credly, Inc. | 1301 Avenue of the Americas, New York, NY 10019 | <a href="https://www.credly.com/email_preferences">Unsubscribe</a></p>
</td></tr></table></body></html>""" % (rhex(32), A_USER)
body = alt(text_part(A9_txt, cte="qp"), text_part(A9_html, "html", cte="qp"), boundary=bnd("other", "009"))
hdr = credly_gmail_headers(A_USER, A_T9, "Daniel, your badge from Amazon Web Services Training and Certification is ready")
save("credly-badge-ready-okafor", L("credly_badge_issued", None, [], True, "en"), hdr, body)

# 010 CertMetrics "wants to hear from you" (unrelated)
A_T10 = D("2025-03-20 17:12:09")
A10_txt = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. We would like to know about
your experience so that we can continue to improve our program.

The survey takes about 5 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?c=AWS11902655&s=%s

Your candidate ID: AWS11902655

Thank you,
AWS Certification

This e-mail was sent from a notification-only address that cannot accept
incoming e-mail. Please do not reply to this message.
""" % rhex(16)
mf = "bounce-%s@certmetrics.com" % rhex(8)
ar = ("       dkim=pass header.i=@certmetrics.com header.s=selector1 header.b=%s;\n"
      "       spf=pass (google.com: domain of %s designates 208.75.123.51 as permitted sender) smtp.mailfrom=%s;\n"
      "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com" % (rb64(8), mf, mf))
hdr = "\n".join([gmail_trace(A_USER, A_T10, "mail51.certmetrics.com", "208.75.123.51", mf, ar),
                 dkim_generic(A_T10, "certmetrics.com", "selector1"),
                 'From: "AWS Certification" <do-not-reply@certmetrics.com>',
                 "To: " + A_USER,
                 enc_subject("AWS Certification wants to hear from you"),
                 "Date: " + rfc(A_T10.astimezone(tz(-7))),
                 "Message-ID: <%s@certmetrics.com>" % rhex(20)])
body = alt(text_part(A10_txt, charset="us-ascii", cte="7bit"), text_part(simple_html(A10_txt), "html", cte="qp"),
           boundary=bnd("other", "010"))
save("certmetrics-survey-okafor", L("unrelated", None, ["AWS11902655"], False, "en"), hdr, body)


# ------------------------------------------------------------------
# Case B: 佐藤 美咲 (nifty.com), Japanese on the form desk, 11-digit id (2023)
# ------------------------------------------------------------------
B_CASE = "13012468831"
B_USER = "misaki.sato@nifty.com"
B_FORM = A_FORM
B_SUB_RE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CASE


def aws_nifty_headers(to, d, subject_line, frm, msgid=None, host_idx=0, dmarc="pass"):
    host, ip = SES_HOSTS[host_idx]
    mf = ses_mailfrom(d)
    ar = ar_generic_amazon(mf, ip, dmarc=dmarc)
    tr = generic_trace("nifty.com", "mx.nifty.com", to, d, host, ip, ar)
    return "\n".join([tr, dkim_amazon(d), dkim_ses(d), "From: " + frm, "To: " + to, subject_line,
                      "Date: " + rfc(d), "Message-ID: " + (msgid or ses_id(d)),
                      "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43),
                      "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip)])


# 011 acknowledgement (ISO-2022-JP, folded encoded-word subject)
B_T11 = D("2023-09-11 01:37:50")
B11_txt = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付けました。本メールは送信専用の自動送信メールです。
担当者より内容を確認のうえ、原則として24時間以内にご連絡いたします。

  ケース番号 : {c}
  お問い合わせの種類 : 認定 (Certification)
  詳細 : アカウントの統合 (Account Merge)

本件について追加の情報がございましたら、件名のケース番号を変更せずに
このメールにご返信ください。同じ内容で再度フォームを送信されますと、
ご回答が遅れる場合がございますのでご了承ください。

AWS トレーニングと認定 カスタマーサポート
""".format(c=B_CASE)
body = text_part(B11_txt, charset="iso-2022-jp", cte="7bit")
hdr = aws_nifty_headers(B_USER, B_T11,
                        enc_subject("【受付完了】お問い合わせを受け付けました [CASE %s] AWS トレーニングと認定" % B_CASE,
                                    "iso-2022-jp"),
                        enc_addr("アマゾン ウェブ サービス", B_FORM, "iso-2022-jp"))
save("form-ack-ja-sato", L("case_created", B_CASE, [], True, "ja"), hdr, body)

# 012 agent asks which account to keep (names both ids, but does not ask to confirm a merge)
B_T12 = D("2023-09-12 08:02:14")
B_SUBMIT = """お問い合わせの種類: Certification
詳細: Account Merge
氏名: 佐藤 美咲
AWS candidate ID: AWS09381144
内容: 認定アカウントが2つあります。以前の会社のメールで作ったものと、
個人のメールで作ったもの(AWS12005378)です。1つにまとめてください。"""
B12_new = """佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの山口でございます。

お問い合わせいただきました認定アカウントの件につきまして、
AWS09381144 および AWS12005378 の2件のアカウントを確認いたしました。

お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

・統合後も引き続きご利用になるアカウント(残すアカウント)はどちらでしょうか。
・それぞれのアカウントにご登録のメールアドレス

なお、残すアカウントのメールアドレスが、今後のログインおよび認定関連の
ご連絡先となります。ご不明な点がございましたら、お気軽にお申し付けください。

何卒よろしくお願い申し上げます。

山口
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
B12_txt = B12_new + "\n---- 元のお問い合わせ (2023/09/11 10:37) ----\n" + B_SUBMIT + "\n"
B12_msgid = ses_id(B_T12)
body = text_part(B12_txt, charset="iso-2022-jp", cte="7bit")
hdr = aws_nifty_headers(B_USER, B_T12, enc_subject(B_SUB_RE), '"Amazon Web Services" <%s>' % B_FORM,
                        msgid=B12_msgid, host_idx=1)
save("agent-which-to-keep-ja-sato", L("support_reply", B_CASE, ["AWS09381144", "AWS12005378"], True, "ja"), hdr, body)

# 013 Misaki's reply from Sent (Thunderbird, Japanese UI, UTF-8 8bit format=flowed)
B_T13 = D("2023-09-12 21:16:40", JST)
B13_new = """山口様

ご連絡ありがとうございます。佐藤です。

残したいのは個人用の AWS12005378 のほうです。
登録メールアドレスは以下のとおりです。

・AWS12005378 : misaki.sato@nifty.com (個人、こちらを残したいです)
・AWS09381144 : m-sato@kaede-systems.co.jp (前職の会社のアドレスで、現在は受信できません)

お手数をおかけしますが、よろしくお願いいたします。

佐藤 美咲
"""
B13_attr = "2023/09/12 17:02 に Amazon Web Services さんは書きました:"
B13_txt = B13_new + "\n" + B13_attr + "\n" + quote(B12_txt.rstrip()) + "\n"
p = text_part(B13_txt, charset="UTF-8", cte="8bit")
p.set_param("format", "flowed")
hdr = "\n".join([
    "Message-ID: <%s-%s-%s@nifty.com>" % (rhex(8), rhex(4), rhex(12)),
    "Date: " + rfc(B_T13),
    "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird",
    "Subject: Re: " + B_SUB_RE,
    "Content-Language: ja",
    "To: Amazon Web Services <%s>" % B_FORM,
    "References: " + B12_msgid,
    "From: " + enc_addr("佐藤 美咲", B_USER, "utf-8"),
    "In-Reply-To: " + B12_msgid,
])
save("sent-which-to-keep-ja-sato", L("unrelated", B_CASE, ["AWS09381144", "AWS12005378"], None, "ja"), hdr, p)

# 014 confirmation request (Japanese, table style)
B_T14 = D("2023-09-13 02:15:03")
B14_new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご返信いただき、ありがとうございます。
いただいた情報をもとに、下記のとおり統合の手続きを行う予定です。

  +------------------+-------------+-----------------------------+
  | 区分             | 受験者ID    | 登録メールアドレス          |
  +------------------+-------------+-----------------------------+
  | 統合元(削除)   | AWS09381144 | m-sato@kaede-systems.co.jp  |
  | 統合先(存続)   | AWS12005378 | misaki.sato@nifty.com       |
  +------------------+-------------+-----------------------------+

統合元アカウントの認定資格、受験履歴および特典は統合先アカウントへ移行され、
統合元アカウントは無効となります。統合後に元の状態へ戻すことはできませんので、
あらかじめご了承ください。

上記の内容でお間違いがなければ、その旨を本メールへのご返信にてお知らせください。
ご確認をいただき次第、手続きを開始いたします。

よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
"""
B14_txt = B14_new + "\n---- 2023/09/12 21:16 misaki.sato@nifty.com ----\n" + B13_new
B14_msgid = ses_id(B_T14)
body = alt(text_part(B14_txt, charset="iso-2022-jp", cte="7bit"),
           text_part(simple_html(B14_txt, "font-family:'Meiryo',sans-serif;font-size:14px"), "html", cte="b64"),
           boundary=bnd("ses", "014"))
hdr = aws_nifty_headers(B_USER, B_T14, enc_subject(B_SUB_RE), '"Amazon Web Services" <%s>' % B_FORM,
                        msgid=B14_msgid, host_idx=2)
save("confirm-request-table-ja-sato",
     L("merge_confirmation_requested", B_CASE, ["AWS09381144", "AWS12005378"], True, "ja"), hdr, body)

# 015 Misaki confirms from iPhone (Sent), iOS Japanese quote header
B_T15 = D("2023-09-13 12:48:22", JST)
B15_new = """山口様

ご連絡ありがとうございます。
上記の内容で間違いございません。統合の手続きを進めていただけますと幸いです。

よろしくお願いいたします。
佐藤

iPhoneから送信"""
B15_attr = "2023/09/13 11:15、Amazon Web Services <%s>のメール:" % B_FORM
B15_txt = B15_new + "\n\n" + B15_attr + "\n\n" + quote(B14_txt.rstrip()) + "\n"
p = text_part(B15_txt, charset="utf-8", cte="qp")
hdr = "\n".join([
    "Content-Type: text/plain; charset=utf-8",
    "Mime-Version: 1.0 (1.0)",
    "Subject: Re: " + B_SUB_RE,
    "From: " + enc_addr("佐藤 美咲", B_USER, "utf-8"),
    "In-Reply-To: " + B14_msgid,
    "Date: " + rfc(B_T15),
    "Cc: ",
    "Message-Id: <%s-%s-%s-%s-%s@nifty.com>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(),
                                                 rhex(12).upper()),
    "References: %s %s" % (B12_msgid, B14_msgid),
    "To: Amazon Web Services <%s>" % B_FORM,
    "X-Mailer: iPhone Mail (20G75)",
]).replace("Cc: \n", "")
# the MIME part already carries its own Content-Type; drop ours to avoid duplication
hdr = hdr.replace("Content-Type: text/plain; charset=utf-8\n", "")
save("sent-confirm-iphone-ja-sato", L("unrelated", B_CASE, [], None, "ja"), hdr, p)

# 016 merge completed (Shift_JIS, text + html)
B_T16 = D("2023-09-14 05:40:31")
B16_txt = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。

お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が
本日完了いたしましたので、ご報告いたします。

  統合後にご利用いただくアカウント : AWS12005378 (misaki.sato@nifty.com)

これまでに取得された認定資格および受験履歴は、すべて上記アカウントで
ご確認いただけます。表示が更新されていない場合は、一度ログアウトしてから
再度ログインしてください。

Credly のデジタルバッジにつきましては、数日以内に Credly より別途メールが
送信されます。

ご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート
"""
body = alt(text_part(B16_txt, charset="shift_jis", cte="b64"),
           text_part(simple_html(B16_txt, "font-family:'MS PGothic',sans-serif;font-size:14px").replace("charset=utf-8", "charset=Shift_JIS"),
                     "html", charset="shift_jis", cte="qp"), boundary=bnd("ses", "016"))
hdr = aws_nifty_headers(B_USER, B_T16, enc_subject(B_SUB_RE), '"Amazon Web Services" <%s>' % B_FORM, host_idx=0)
save("merge-done-sjis-ja-sato", L("merge_completed", B_CASE, ["AWS12005378"], True, "ja"), hdr, body)

# 017 closure + rating (Japanese)
B_T17 = D("2023-09-14 05:42:10")
B17_txt = """佐藤 美咲 様

ケース {c} はクローズされました。

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました。今後のサービス向上のため、簡単なアンケートへの
ご協力をお願いいたします(所要時間 1 分程度)。

  問題は解決しましたか?
    はい   : https://support.aws.amazon.com/survey?caseId={c}&resolved=yes&lang=ja
    いいえ : https://support.aws.amazon.com/survey?caseId={c}&resolved=no&lang=ja

  担当者の対応を 5 段階で評価してください:
    https://support.aws.amazon.com/survey?caseId={c}&rate=agent&lang=ja

本件について引き続きお手伝いが必要な場合は、14 日以内にこのメールに
ご返信いただければ、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
""".format(c=B_CASE)
body = text_part(B17_txt, charset="iso-2022-jp", cte="7bit")
hdr = aws_nifty_headers(B_USER, B_T17,
                        enc_subject("[CASE %s] ケースはクローズされました - アンケートへのご協力のお願い" % B_CASE, "iso-2022-jp"),
                        enc_addr("アマゾン ウェブ サービス", B_FORM, "iso-2022-jp"), host_idx=3)
save("closed-survey-ja-sato", L("survey", B_CASE, [], True, "ja"), hdr, body)


# 018 Credly badge issued (English, delivered to nifty)
def credly_nifty_trace(to, d, host, ip, mf):
    ar = ("\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=credly.com header.s=s1;\n"
          "\tdkim=pass header.d=sendgrid.info;\n\tdmarc=pass header.from=credly.com" % mf, mf)
    return generic_trace("nifty.com", "mx.nifty.com", to, d, host, ip, ar)


B_T18 = D("2023-09-16 02:11:45")
B18_txt = """Hi Misaki,

Amazon Web Services Training and Certification has issued you a badge.

  AWS Certified Cloud Practitioner
  Issued by Amazon Web Services Training and Certification

Your badge has been added to your Credly account (misaki.sato@nifty.com).
Accept it to share your achievement on LinkedIn and other networks:

  https://www.credly.com/badges/%s/accept

Questions? Visit https://support.credly.com

Credly | Pearson
""" % ("a1d4" + rhex(4) + "-" + rhex(4) + "-4c1e-9e2b-" + rhex(12))
body = alt(text_part(B18_txt, charset="us-ascii", cte="7bit"), text_part(simple_html(B18_txt), "html", cte="qp"),
           boundary=bnd("other", "018"))
hdr = credly_gmail_headers(B_USER, B_T18, "You've been issued a badge: AWS Certified Cloud Practitioner",
                           trace=credly_nifty_trace)
save("credly-issued-sato", L("credly_badge_issued", None, [], True, "en"), hdr, body)


# ------------------------------------------------------------------
# Case C: Rahul Menon (outlook.com), console support case, 10-digit id (2020),
# direction first proposed the wrong way round, corrected; plus an unrelated quota case
# ------------------------------------------------------------------
C_CASE = "6912438805"
C_USER = "rahul.menon@outlook.com"
C_NOREPLY = "no-reply-aws@amazon.com"
C_TOPIC = "Merge two AWS Certification accounts"
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en"


def aws_outlook_headers(to, d, subject_line, frm, msgid=None, host_idx=0, dmarc="pass", m365=False, extra=None):
    host, ip = SES_HOSTS[host_idx]
    tr = outlook_trace(to, d, host, ip, "email.amazonses.com", "amazon.com",
                       ar_outlook(ip, "email.amazonses.com", "amazon.com", dmarc=dmarc), m365=m365)
    parts = [tr, dkim_amazon(d), dkim_ses(d), "From: " + frm, "To: " + to, subject_line,
             "MIME-Version: 1.0", "Date: " + rfc(d), "Message-ID: " + (msgid or ses_id(d))]
    if extra:
        parts += extra
    parts += ["Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43),
              "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip),
              "Return-Path: %s" % ses_mailfrom(d),
              "X-MS-Exchange-Organization-ExpirationStartTime: %s" % d.strftime("%d %b %Y %H:%M:%S.0123 (UTC)"),
              "X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
              "X-MS-Exchange-Organization-AuthAs: Anonymous",
              "X-MS-Exchange-Organization-SCL: 1"]
    return "\n".join(parts)


CONSOLE_FOOT = """
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# 019 console: new case opened
C_T19 = D("2020-02-17 15:22:58")
C19_txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: {s}
Severity: General guidance
Correspondence: Hi, I ended up with two AWS Certification accounts, one created with my
college e-mail in 2017 and one with my personal e-mail last year. I would like to have
everything on one account. Can you please merge them?

Thank you,
Rahul

We will reply as soon as possible. You can view or update this case from the AWS Support Center:
{l}
""".format(c=C_CASE, s=C_TOPIC, l=C_LINK % C_CASE) + CONSOLE_FOOT
body = text_part(C19_txt, charset="UTF-8", cte="7bit")
hdr = aws_outlook_headers(C_USER, C_T19, enc_subject("Amazon Web Services: You have opened a new Support case: %s" % C_CASE),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=4)
save("console-case-opened-menon", L("case_created", C_CASE, [], True, "en"), hdr, body)

# 020 console: new correspondence added (a notice, from support)
C_T20 = D("2020-02-18 11:06:12")
C20_txt = """Hello,

We've updated your case {c}: "{s}".

To see the latest correspondence and respond, sign in to the AWS Support Center:
{l}

Thank you for using Amazon Web Services.
""".format(c=C_CASE, s=C_TOPIC, l=C_LINK % C_CASE) + CONSOLE_FOOT
body = alt(text_part(C20_txt, charset="UTF-8", cte="qp"), text_part(simple_html(C20_txt), "html", cte="qp"),
           boundary=bnd("ses", "020"))
hdr = aws_outlook_headers(C_USER, C_T20, enc_subject("[Case %s] New correspondence added" % C_CASE),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=0)
save("console-new-correspondence-menon", L("support_reply", C_CASE, [], True, "en"), hdr, body)

# 021 confirmation request, direction the wrong way round
C_T21 = D("2020-02-18 11:06:40")
C21_txt = """Hello Rahul,

Thank you for contacting AWS Support about your certification accounts.

I have located both profiles and passed the details to our Training and Certification
team. Before they can combine the records, we need your go-ahead on the following:

- AWS10238861 (registered to rahul.menon@outlook.com) will be merged into AWS07734120
- AWS07734120 (registered to rahul.menon@alumni.iitb.ac.in) will remain as your active account

Please be aware that once the accounts are combined the change is permanent.

Could you please reply to this case from the Support Center to confirm the above, so that
we can go ahead?

Best regards,

Tomasz P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence. Each correspondence can also
be rated by selecting the stars in top right corner of each correspondence within the AWS
Support Center.

Amazon Web Services, Inc. and affiliates

To see all correspondence and reply in the AWS Support Center, follow this link:
{l}
""".format(l=C_LINK % C_CASE) + CONSOLE_FOOT
C21_msgid = ses_id(C_T21)
body = text_part(C21_txt, charset="UTF-8", cte="7bit")
hdr = aws_outlook_headers(C_USER, C_T21, enc_subject("RE:[CASE %s] %s" % (C_CASE, C_TOPIC)),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, msgid=C21_msgid, host_idx=1)
save("confirm-request-reversed-menon",
     L("merge_confirmation_requested", C_CASE, ["AWS07734120", "AWS10238861"], True, "en"), hdr, body)

# 022 Rahul's reply to the no-reply address, from Sent (Outlook.com web)
C_T22 = D("2020-02-18 17:10:29", IST_IN)
C22_new = """Hi Tomasz,

This is the wrong way round. I want to KEEP AWS10238861 (my personal outlook address), that is the one I use now and it has my latest two certs.
The college one, AWS07734120, is the one that should go away. So please merge AWS07734120 into AWS10238861.

I have also written this in the Support Center.

Thanks,
Rahul Menon"""
C22_hdrblock = """________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Tuesday, February 18, 2020 4:36 PM
To: rahul.menon@outlook.com <rahul.menon@outlook.com>
Subject: RE:[CASE 6912438805] Merge two AWS Certification accounts
"""
C22_txt = C22_new + "\n\n" + C22_hdrblock + "\n" + C21_txt
C22_html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
""" + "".join("%s<br>\n" % esc(l) for l in C22_new.split("\n")) + """</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Amazon Web Services &lt;no-reply-aws@amazon.com&gt;<br>
<b>Sent:</b> Tuesday, February 18, 2020 4:36 PM<br>
<b>To:</b> rahul.menon@outlook.com &lt;rahul.menon@outlook.com&gt;<br>
<b>Subject:</b> RE:[CASE 6912438805] Merge two AWS Certification accounts</font>
<div>&nbsp;</div>
</div>
<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">
<div class="PlainText">""" + esc(C21_txt).replace("\n", "<br>\n") + """</div>
</span></font></div>
</body>
</html>
"""
body = alt(text_part(C22_txt, charset="iso-8859-1", cte="qp"), text_part(C22_html, "html", charset="iso-8859-1", cte="qp"),
           boundary=bnd("outlook", "022"))
hdr = "\n".join([
    "From: Rahul Menon <%s>" % C_USER,
    "To: Amazon Web Services <%s>" % C_NOREPLY,
    "Subject: Re: RE:[CASE %s] %s" % (C_CASE, C_TOPIC),
    "Thread-Topic: RE:[CASE %s] %s" % (C_CASE, C_TOPIC),
    "Thread-Index: AQHV5k%s" % rb64(22),
    "Date: " + rfc(C_T22),
    "Message-ID:\n <%s@PN1PR0101MB%04d.INDPRD01.PROD.OUTLOOK.COM>" % (rhex(40).upper()[:36], RNG.randint(1000, 9999)),
    "References: " + C21_msgid,
    "In-Reply-To: " + C21_msgid,
    "Accept-Language: en-IN, en-US",
    "Content-Language: en-IN",
    "X-MS-Has-Attach:",
    "X-MS-TNEF-Correlator:",
    "MIME-Version: 1.0",
])
save("sent-wrong-direction-menon", L("unrelated", C_CASE, ["AWS07734120", "AWS10238861"], None, "en"), hdr, body)

# 023 corrected confirmation request (re-sent with the right direction)
C_T23 = D("2020-02-19 09:48:20")
C23_txt = """Hello Rahul,

Thank you for getting back to us, and I apologise for the mix-up in my previous message.
As a side note, replies sent by e-mail to this address are not received by our team, so
thank you for also updating the case in the Support Center.

Here are the corrected details:

Source account (will be merged and then closed): AWS 07734120 - rahul.menon@alumni.iitb.ac.in
Destination account (will remain): AWS 10238861 - rahul.menon@outlook.com

Can you please confirm, via a reply in the Support Center, that this is now correct? As soon
as we have your confirmation we will submit the request to the certification team.

Best regards,

Tomasz P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence.

To see all correspondence and reply in the AWS Support Center, follow this link:
{l}
""".format(l=C_LINK % C_CASE) + CONSOLE_FOOT
body = text_part(C23_txt, charset="UTF-8", cte="7bit")
hdr = aws_outlook_headers(C_USER, C_T23, enc_subject("RE:[CASE %s] %s" % (C_CASE, C_TOPIC)),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=2)
save("confirm-request-corrected-menon",
     L("merge_confirmation_requested", C_CASE, ["AWS07734120", "AWS10238861"], True, "en"), hdr, body)

# 024 completion that also resolves the case
C_T24 = D("2020-02-21 06:31:05")
C24_txt = """Hello Rahul,

Good news: the certification team has let me know that your two profiles have been
combined. Everything that was on AWS07734120 is now on AWS10238861, and you can keep
signing in with rahul.menon@outlook.com.

Since the request has been fulfilled, I will go ahead and mark this case as resolved.
If something does not look right, you can reopen the case from the Support Center within
the next 14 days.

Best regards,

Tomasz P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence.

To see all correspondence and reply in the AWS Support Center, follow this link:
{l}
""".format(l=C_LINK % C_CASE) + CONSOLE_FOOT
body = alt(text_part(C24_txt, charset="UTF-8", cte="qp"), text_part(simple_html(C24_txt), "html", cte="b64"),
           boundary=bnd("ses", "024"))
hdr = aws_outlook_headers(C_USER, C_T24, enc_subject("RE:[CASE %s] %s" % (C_CASE, C_TOPIC)),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=3)
save("merge-done-and-resolved-menon",
     L("merge_completed", C_CASE, ["AWS07734120", "AWS10238861"], True, "en"), hdr, body)

# 025 resolution notice with rating request
C_T25 = D("2020-02-21 06:31:44")
C25_txt = """Dear AWS customer,

Your AWS Support case {c} ("{s}") has been resolved.

How did we do? Please take a moment to tell us about your experience with this case:
https://console.aws.amazon.com/support/feedback?caseId={c}&displayId={c}

If your issue has not been resolved, you can reopen the case from the AWS Support Center:
{l}

Thank you for using Amazon Web Services.
""".format(c=C_CASE, s=C_TOPIC, l=C_LINK % C_CASE) + CONSOLE_FOOT
body = text_part(C25_txt, charset="UTF-8", cte="7bit")
hdr = aws_outlook_headers(C_USER, C_T25, enc_subject("Amazon Web Services: Support case %s has been resolved" % C_CASE),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=0)
save("case-resolved-rate-us-menon", L("survey", C_CASE, [], True, "en"), hdr, body)

# 026 unrelated: Rahul's EC2 quota case, same console template
C_Q = "6918822041"
C_T26 = D("2020-02-24 04:12:37")
C26_txt = """Hello,

Thank you for contacting AWS Support.

I'm happy to let you know that your request has been approved and completed. Your new limit
for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the Asia Pacific
(Mumbai) region is 64 vCPUs. It can sometimes take up to 30 minutes for this to propagate
and become available for use.

Best regards,

Hemant S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence.

To see all correspondence and reply in the AWS Support Center, follow this link:
{l}
""".format(l=C_LINK % C_Q) + CONSOLE_FOOT
body = text_part(C26_txt, charset="UTF-8", cte="7bit")
hdr = aws_outlook_headers(C_USER, C_T26, enc_subject("RE:[CASE %s] Limit Increase: EC2 Instances" % C_Q),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=1)
save("other-case-ec2-limit-menon", L("unrelated", C_Q, [], True, "en"), hdr, body)


# ------------------------------------------------------------------
# Case D: Sophie Müller (gmx.de), English form desk with a non-native agent.
# First case never answered -> second case a week later; first closed as duplicate;
# badges not moved at first.
# ------------------------------------------------------------------
D_CASE1 = "174643087000491"
D_CASE2 = "174707303100772"
D_USER = "sophie.mueller@gmx.de"
D_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_gmx_headers(to, d, subject_line, frm, msgid=None, host_idx=0, dmarc="pass"):
    host, ip = SES_HOSTS[host_idx]
    mf = ses_mailfrom(d)
    ar = ar_generic_amazon(mf, ip, dmarc=dmarc)
    tr = generic_trace("gmx.net", "mx.gmx.net", to, d, host, ip, ar,
                       extra_received="Received: from mx.gmx.net ([212.227.15.%d]) by mxgmx%03d.server.lan\n\t(mxgmx%03d [172.19.128.%d]) "
                                      "with ESMTPS (Nemesis) id 1M%s; %s" % (
                                          RNG.randint(10, 60), RNG.randint(100, 120), RNG.randint(100, 120),
                                          RNG.randint(10, 99), rb64(12).replace("/", "x").replace("+", "q"),
                                          rfc(later(d, 3).astimezone(CEST))))
    return "\n".join([tr, dkim_amazon(d), dkim_ses(d), "From: " + frm, "To: " + to, subject_line,
                      "MIME-Version: 1.0", "Date: " + rfc(d), "Message-ID: " + (msgid or ses_id(d)),
                      "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43),
                      "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip),
                      "X-GMX-Antivirus: 0", "X-GMX-Antispam: 0", "X-UI-Filterresults: notjunk:1;V03:K0:%s" % rb64(11)])


def form_ack_html(case, greeting="Hello"):
    return """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:620px;margin:0 auto;padding:20px;border-top:4px solid #ff9900">
<p>%s,</p>
<p>We&#8217;ve received your message and a support case has been created for you.</p>
<table style="border-collapse:collapse;margin:12px 0">
<tr><td style="padding:4px 12px 4px 0;color:#545b64">Case ID</td><td style="padding:4px 0"><b>%s</b></td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64">Category</td><td style="padding:4px 0">Certification &#8211; Account Merge</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64">Expected response</td><td style="padding:4px 0">within 24 hours</td></tr>
</table>
<p>Our Training and Certification support team will get back to you by e-mail. If you want to add anything,
reply to this e-mail and leave the case ID in the subject. Please don&#8217;t open another case for the same
request.</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#879596">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</div></body></html>
""" % (greeting, case)


# 027 acknowledgement, first case (HTML only)
D_T27 = D("2025-05-05 07:41:53")
body = text_part(form_ack_html(D_CASE1), "html", charset="UTF-8", cte="qp")
hdr = aws_gmx_headers(D_USER, D_T27, enc_subject("We received your request [CASE %s] %s" % (D_CASE1, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, host_idx=0)
save("form-ack-first-case-mueller", L("case_created", D_CASE1, [], True, "en"), hdr, body)

# 028 acknowledgement, second case a week later (HTML only)
D_T28 = D("2025-05-12 18:04:29")
body = text_part(form_ack_html(D_CASE2, "Hello Sophie"), "html", charset="UTF-8", cte="b64")
hdr = aws_gmx_headers(D_USER, D_T28, enc_subject("We received your request [CASE %s] %s" % (D_CASE2, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, host_idx=2)
save("form-ack-second-case-mueller", L("case_created", D_CASE2, [], True, "en"), hdr, body)

# 029 agent on the second case: duplicate closed, asks reason + notification address
D_T29 = D("2025-05-13 14:20:07")
D29_new = """Hello Sophie,

Thank you for contact AWS Training and Certification, my name is Carlos and I will be
helping you with this case.

I see that there is other case open with the same request, 174643087000491, created on
5 May. I have closed that one so we can continue the process only here. For the future
please avoid to open a new case for the same request, as it can delay the answer.

I was able to find both accounts you mention: AWS13370921 and AWS08810467. Before we can
go forward, could you please help me with following information:

- the reason why you need the accounts to be merged
- the notification email where you want to receive the updates of the account

Once I have this I will continue with next steps.

Kind regards,
Carlos M.
AWS Training and Certification Support
"""
D29_sub = """
-------- Original submission (12 May 2025, 18:03 UTC) --------
AWS candidate ID: AWS13370921
Second account: AWS08810467
Description: I opened a case one week ago (174643087000491) but nobody answered. I have
two certification accounts and want to keep only AWS13370921. Thank you.
"""
D29_txt = D29_new + D29_sub
D29_msgid = ses_id(D_T29)
body = alt(text_part(D29_txt, charset="UTF-8", cte="qp"), text_part(simple_html(D29_txt), "html", cte="qp"),
           boundary=bnd("ses", "029"))
hdr = aws_gmx_headers(D_USER, D_T29, enc_subject("RE:[CASE %s] %s" % (D_CASE2, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, msgid=D29_msgid, host_idx=1)
save("agent-duplicate-and-reason-mueller",
     L("support_reply", D_CASE2, ["AWS08810467", "AWS13370921"], True, "en"), hdr, body)

# 030 first case closed (closure notice + rating)
D_T30 = D("2025-05-13 14:21:38")
D30_txt = """Hello,

Case {c} has been closed.

This case was closed because the same request is being handled in another case. You don't
need to do anything.

We'd love to hear how we did. Please rate your experience:
  Very satisfied     https://support.aws.amazon.com/survey?caseId={c}&score=5
  Satisfied          https://support.aws.amazon.com/survey?caseId={c}&score=4
  Neutral            https://support.aws.amazon.com/survey?caseId={c}&score=3
  Dissatisfied       https://support.aws.amazon.com/survey?caseId={c}&score=2
  Very dissatisfied  https://support.aws.amazon.com/survey?caseId={c}&score=1

AWS Training and Certification
""".format(c=D_CASE1)
body = text_part(D30_txt, charset="us-ascii", cte="7bit")
hdr = aws_gmx_headers(D_USER, D_T30, enc_subject("[CASE %s] Your case has been closed" % D_CASE1),
                      '"Amazon Web Services" <%s>' % A_FORM, host_idx=3)
save("first-case-closed-survey-mueller", L("survey", D_CASE1, [], True, "en"), hdr, body)

# 031 confirmation request (quotes Sophie's answer, Gmail-like attribution in the agent tool)
D_T31 = D("2025-05-14 14:02:51")
D_REPLY1 = """Hello Carlos,

the reason: the old account AWS08810467 was created with my university mail
(s.mueller@uni-heidelberg.de) which is deactivated now. I want everything in
AWS13370921, notifications please to sophie.mueller@gmx.de.

Best regards
Sophie Müller"""
D31_new = """Hello Sophie,

Thank you for the information.

Please review the merge detail below:

  * Account that stays active: AWS13370921 (sophie.mueller@gmx.de)
  * Account that will be merged and closed: AWS08810467 (s.mueller@uni-heidelberg.de)

All certifications of AWS08810467 will be transferred to AWS13370921. Please be aware
this process is not reversible.

If this is correct, please reply this email with your confirmation, and we will start.

Kind regards,
Carlos M.
AWS Training and Certification Support
"""
D31_txt = D31_new + "\nOn Tue, May 13, 2025 at 9:10 PM, sophie.mueller@gmx.de wrote:\n" + quote(D_REPLY1) + "\n" + \
    quote(quote(D29_new.rstrip())) + "\n"
D31_msgid = ses_id(D_T31)
body = alt(text_part(D31_txt, charset="UTF-8", cte="qp"), text_part(simple_html(D31_txt), "html", cte="b64"),
           boundary=bnd("ses", "031"))
hdr = aws_gmx_headers(D_USER, D_T31, enc_subject("RE:[CASE %s] %s" % (D_CASE2, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, msgid=D31_msgid, host_idx=4)
save("confirm-request-mueller",
     L("merge_confirmation_requested", D_CASE2, ["AWS08810467", "AWS13370921"], True, "en"), hdr, body)

# 032 Sophie confirms, Sent (Thunderbird, German UI)
D_T32 = D("2025-05-14 16:25:12", CEST)
D32_new = """Hello Carlos,

yes, this is correct. Please go ahead.

Best regards
Sophie Müller
"""
D32_txt = D32_new + "\nAm 14.05.25 um 16:02 schrieb Amazon Web Services:\n" + quote(D31_txt.rstrip()) + "\n"
p = text_part(D32_txt, charset="UTF-8", cte="8bit")
p.set_param("format", "flowed")
hdr = "\n".join([
    "Message-ID: <%s-%s-%s-%s-%s@gmx.de>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
    "Date: " + rfc(D_T32),
    "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird",
    "Subject: Re: RE:[CASE %s] %s" % (D_CASE2, D_SUBJ),
    "Content-Language: de-DE",
    "To: Amazon Web Services <%s>" % A_FORM,
    "References: %s %s" % (D29_msgid, D31_msgid),
    "From: " + enc_addr("Sophie Müller", D_USER, "utf-8"),
    "In-Reply-To: " + D31_msgid,
])
save("sent-confirm-thunderbird-mueller", L("unrelated", D_CASE2, [], None, "en"), hdr, p)

# 033 merge completed -- labelled iso-8859-1 but the bytes are UTF-8
D_T33 = D("2025-05-16 09:13:40")
D33_txt = """Hello Sophie Müller,

We are happy to inform that the merge of your accounts was successfully done – now all
your certifications are showing in the account AWS13370921. The account AWS08810467 is not
longer active and you don't need to use it anymore.

Please log out and log in again in case you don't see the changes immediately.

Kind regards,
Carlos M.
AWS Training and Certification Support

-----Original Message-----
From: sophie.mueller@gmx.de
Sent: 14 May 2025 14:25 UTC
Subject: Re: RE:[CASE {c}] {s}

yes, this is correct. Please go ahead.
""".format(c=D_CASE2, s=D_SUBJ)
body = text_part(D33_txt, charset="iso-8859-1", codec="utf-8", cte="qp")
hdr = aws_gmx_headers(D_USER, D_T33, enc_subject("RE:[CASE %s] %s" % (D_CASE2, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, host_idx=0)
D33_msgid = re.search(r"Message-ID: (<[^>]+>)", hdr).group(1)
save("merge-done-wrong-charset-mueller",
     L("merge_completed", D_CASE2, ["AWS08810467", "AWS13370921"], True, "en"), hdr, body)

# 034 Sophie asks about the missing Credly badges (Sent, Thunderbird)
D_T34 = D("2025-05-19 20:41:03", CEST)
D34_new = """Hello Carlos,

thank you, in the certification portal I see now all my certifications.

But on Credly the badges from the old account are still in my old Credly
profile (s.mueller@uni-heidelberg.de), the new profile has only the Data
Engineer badge. Old candidate ID was AWS-08810467. Can you please move them
also?

Best regards
Sophie
"""
D34_txt = D34_new + "\nAm 16.05.25 um 11:13 schrieb Amazon Web Services:\n" + quote(D33_txt.rstrip()) + "\n"
p = text_part(D34_txt, charset="UTF-8", cte="qp")
p.set_param("format", "flowed")
hdr = "\n".join([
    "Message-ID: <%s-%s-%s-%s-%s@gmx.de>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
    "Date: " + rfc(D_T34),
    "MIME-Version: 1.0",
    "User-Agent: Mozilla Thunderbird",
    "Subject: Re: RE:[CASE %s] %s" % (D_CASE2, D_SUBJ),
    "Content-Language: de-DE",
    "To: Amazon Web Services <%s>" % A_FORM,
    "References: %s %s %s" % (D29_msgid, D31_msgid, D33_msgid),
    "From: " + enc_addr("Sophie Müller", D_USER, "utf-8"),
    "In-Reply-To: " + D33_msgid,
])
save("sent-badges-missing-mueller", L("unrelated", D_CASE2, ["AWS08810467"], None, "en"), hdr, p)

# 035 agent: Credly transfer requested (status, not completion)
D_T35 = D("2025-05-20 13:55:26")
D35_txt = """Hello Sophie,

Thank you for let us know.

I have raised a request to our Credly team for transfer the badges of your old account to
the Credly profile linked with sophie.mueller@gmx.de. This can take between 5 and 7 business
days. When the badges are transfered you will receive an email directly from Credly to accept
them, no further action is needed from your side meanwhile.

I will keep this case open until then.

Kind regards,
Carlos M.
AWS Training and Certification Support

> Old candidate ID was AWS-08810467. Can you please move them also?
"""
body = alt(text_part(D35_txt, charset="UTF-8", cte="7bit"), text_part(simple_html(D35_txt), "html", cte="qp"),
           boundary=bnd("ses", "035"))
hdr = aws_gmx_headers(D_USER, D_T35, enc_subject("RE:[CASE %s] %s" % (D_CASE2, D_SUBJ)),
                      '"Amazon Web Services" <%s>' % A_FORM, host_idx=2)
save("agent-credly-transfer-requested-mueller", L("support_reply", D_CASE2, [], True, "en"), hdr, body)


def credly_gmx_trace(to, d, host, ip, mf):
    ar = ("\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=credly.com header.s=s1;\n"
          "\tdmarc=pass (p=reject dis=none) header.from=credly.com" % mf, mf)
    return generic_trace("gmx.net", "mx.gmx.net", to, d, host, ip, ar)


# 036 Credly: badges moved after the merge
D_T36 = D("2025-05-26 15:30:18")
D36_txt = """Hello Sophie,

Good news! The following badges from Amazon Web Services Training and Certification are
now in your Credly account sophie.mueller@gmx.de and are ready for you to accept:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

These badges were moved from another account at the issuer's request.

Accept your badges: https://www.credly.com/earner/earned?accept=%s

Credly, Inc.
""" % rhex(24)
body = alt(text_part(D36_txt, charset="UTF-8", cte="qp"), text_part(simple_html(D36_txt), "html", cte="qp"),
           boundary=bnd("other", "036"))
hdr = credly_gmail_headers(D_USER, D_T36, "Your badges from Amazon Web Services Training and Certification are ready to accept",
                           trace=credly_gmx_trace)
save("credly-badges-moved-mueller", L("credly_badge_issued", None, [], True, "en"), hdr, body)

# 037 Credly's own self-service account merge code (unrelated)
D_T37 = D("2025-05-21 07:02:44")
D37_txt = """Hi Sophie,

You requested to merge another Credly account into this one.

Your verification code is: 583104

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

This code expires in 30 minutes. If you did not request this, you can ignore this email
and your accounts will stay as they are.

The Credly Team
""" % rhex(40)
body = alt(text_part(D37_txt, charset="UTF-8", cte="7bit"), text_part(simple_html(D37_txt), "html", cte="qp"),
           boundary=bnd("other", "037"))
hdr = credly_gmail_headers(D_USER, D_T37, "Your Credly account merge code", frm='"Credly" <no-reply@credly.com>',
                           trace=credly_gmx_trace)
save("credly-own-merge-code-mueller", L("unrelated", None, [], True, "en"), hdr, body)


# ------------------------------------------------------------------
# Case E: 田中 健一 (ybb.ne.jp), Japanese console case, 15-digit id (2024),
# forwarded to his manager, completion, closure, re-opened about the voucher
# ------------------------------------------------------------------
E_CASE = "173189115300186"
E_USER = "k-tanaka@ybb.ne.jp"
E_TOPIC = "認定アカウントの統合について"
E_LINK = "https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId=%s%%26language=ja" % E_CASE
E_FOOT = """
※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応いたしかねますので、
ご返信は上記リンクから AWS サポートセンターにてお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""


def aws_yahoojp_headers(to, d, subject_line, frm, msgid=None, host_idx=0, dmarc="pass"):
    host, ip = SES_HOSTS[host_idx]
    mf = ses_mailfrom(d)
    ar = ar_generic_amazon(mf, ip, dmarc=dmarc)
    tr = generic_trace("yahoo.co.jp", "mta%d.mail.kks.yahoo.co.jp" % RNG.randint(100, 900), to, d, host, ip, ar)
    return "\n".join([tr, dkim_amazon(d), dkim_ses(d), "From: " + frm, "To: " + to, subject_line,
                      "MIME-Version: 1.0", "Date: " + rfc(d), "Message-ID: " + (msgid or ses_id(d)),
                      "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43),
                      "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip),
                      "X-YMailISG: %s" % rb64(60)])


# 038 console: new case (Japanese)
E_T38 = D("2024-11-18 00:52:59")
E38_txt = """AWS をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {c} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {c}
件名: {s}
重要度: 一般的なガイダンス
内容: 認定アカウントが2つあります(会社の研修用に作成したものと、個人で作成したもの)。
個人のほうに1つにまとめたいので、統合をお願いします。

できるだけ早くご返信いたします。AWS サポートセンターでは、このケースの確認や更新を行うことができます。
{l}
""".format(c=E_CASE, s=E_TOPIC, l=E_LINK) + E_FOOT
body = alt(text_part(E38_txt, charset="UTF-8", cte="b64"), text_part(simple_html(E38_txt), "html", cte="b64"),
           boundary=bnd("ses", "038"))
hdr = aws_yahoojp_headers(E_USER, E_T38, enc_subject("Amazon Web Services: 新しいサポートケースを開きました: %s" % E_CASE),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=2)
save("console-case-opened-ja-tanaka", L("case_created", E_CASE, [], True, "ja"), hdr, body)

# 039 confirmation request in prose (Japanese)
E_T39 = D("2024-11-19 06:12:27")
E39_txt = """田中 健一 様

AWS サポートの木村でございます。
この度は認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。

お知らせいただいた情報をもとに確認いたしましたところ、受験者 ID が AWS05529310
(ご登録メールアドレス: k.tanaka@hoshizora-denki.co.jp)と AWS14402277(ご登録メール
アドレス: k-tanaka@ybb.ne.jp)の 2 件のアカウントがございました。

お客様のご希望に沿って、AWS05529310 を AWS14402277 に統合し、統合後は AWS14402277 のみを
ご利用いただく形で手続きを進める予定でございます。統合元の認定資格および受験履歴は
すべて統合先へ引き継がれますが、一度統合いたしますと元に戻すことはできません。

恐れ入りますが、上記の内容で相違ないか、AWS サポートセンターより本ケースにご返信のうえ
お知らせいただけますでしょうか。ご確認をいただけましたら、担当部署へ依頼いたします。

よろしくお願い申し上げます。

木村
Amazon Web Services

本メールの対応についてご評価をお願いいたします。評価は、以下のリンクから AWS サポートセンターにてご入力いただけます。

AWS サポートセンターでこのケースのすべてのやり取りを確認し、返信するには、次のリンクをクリックしてください:
{l}
""".format(l=E_LINK) + E_FOOT
body = text_part(E39_txt, charset="UTF-8", cte="b64")
hdr = aws_yahoojp_headers(E_USER, E_T39, enc_subject("RE:[CASE %s] %s" % (E_CASE, E_TOPIC)),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=0)
save("confirm-request-prose-ja-tanaka",
     L("merge_confirmation_requested", E_CASE, ["AWS05529310", "AWS14402277"], True, "ja"), hdr, body)

# 040 Tanaka forwards the request to his manager (Sent, Outlook JP, ISO-2022-JP)
E_T40 = D("2024-11-19 15:40:08", JST)
E40_new = """鈴木課長

お疲れさまです。田中です。

以前、会社の研修で作成した AWS 認定のアカウント(AWS05529310)を、
個人のアカウントに統合する手続きを AWS に依頼しております。
会社のメールアドレスでは今後ログインできなくなりますが、取得済みの資格は
個人側に引き継がれるとのことです。資格手当の申請書類に記載している受験者 ID が
変わりますので、念のため共有いたします。

特に問題なければ、このまま進めたいと思います。

田中 健一
"""
E40_fw = """
-----Original Message-----
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2024年11月19日 15:12
宛先: k-tanaka@ybb.ne.jp
件名: RE:[CASE {c}] {s}

""".format(c=E_CASE, s=E_TOPIC) + E39_txt
p = text_part(E40_new + E40_fw, charset="iso-2022-jp", cte="7bit")
hdr = "\n".join([
    "From: " + enc_addr("田中 健一", E_USER, "iso-2022-jp"),
    "To: " + enc_addr("鈴木 浩二", "k.suzuki@hoshizora-denki.co.jp", "iso-2022-jp"),
    enc_subject("FW: RE:[CASE %s] %s" % (E_CASE, E_TOPIC), "iso-2022-jp"),
    "Date: " + rfc(E_T40),
    "Message-ID: <00%s$%s$%s@ybb.ne.jp>" % (rhex(10), rhex(8), rhex(8)),
    "MIME-Version: 1.0",
    "X-Mailer: Microsoft Outlook 16.0",
    "Thread-Index: AQJ%s" % rb64(30),
    "Content-Language: ja",
])
save("sent-forward-to-manager-ja-tanaka", L("unrelated", E_CASE, ["AWS05529310"], None, "ja"), hdr, p)

# 041 thanks for confirming, work started (ISO-2022-JP)
E_T41 = D("2024-11-20 02:05:51")
E41_txt = """田中 健一 様

AWS サポートの木村でございます。

サポートセンターにて内容のご確認をいただき、ありがとうございます。
いただいたご回答をもとに、アカウント統合の作業を担当部署へ依頼いたしました。

作業の完了までは、通常 3〜5 営業日ほどお時間を頂戴しております。完了いたしましたら
本ケースにて改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、作業が完了するまでは、統合元のアカウントで試験のご予約をなさらないようご注意ください。

木村
Amazon Web Services

AWS サポートセンターでこのケースのすべてのやり取りを確認し、返信するには、次のリンクをクリックしてください:
{l}
""".format(l=E_LINK) + E_FOOT
body = text_part(E41_txt, charset="iso-2022-jp", cte="7bit")
hdr = aws_yahoojp_headers(E_USER, E_T41, enc_subject("RE:[CASE %s] %s" % (E_CASE, E_TOPIC), "iso-2022-jp"),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=1)
save("agent-work-started-ja-tanaka", L("support_reply", E_CASE, [], True, "ja"), hdr, body)

# 042 completion (Shift_JIS, quoted-printable)
E_T42 = D("2024-11-22 08:47:03")
E42_txt = """田中 健一 様

AWS サポートの木村でございます。

大変お待たせいたしました。担当部署より、アカウントの統合作業が完了した旨の報告がございました。

・統合元: AWS05529310(無効化済み)
・統合先: AWS14402277(引き続きご利用いただけます)

AWS Certification アカウントに k-tanaka@ybb.ne.jp でサインインいただき、取得済みの認定資格が
すべて表示されていることをご確認ください。Credly のデジタルバッジは、数日以内に Credly から
別途ご案内が届く予定です。

木村
Amazon Web Services

AWS サポートセンターでこのケースのすべてのやり取りを確認し、返信するには、次のリンクをクリックしてください:
{l}
""".format(l=E_LINK) + E_FOOT
body = text_part(E42_txt, charset="shift_jis", cte="qp")
hdr = aws_yahoojp_headers(E_USER, E_T42, enc_words("RE:[CASE %s] %s" % (E_CASE, E_TOPIC), "shift_jis", "Shift_JIS"),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=3)
save("merge-done-sjis-ja-tanaka", L("merge_completed", E_CASE, ["AWS05529310", "AWS14402277"], True, "ja"), hdr, body)

# 043 resolved + feedback (Japanese)
E_T43 = D("2024-11-22 08:48:15")
E43_txt = """AWS をご利用いただき、ありがとうございます。

ケース {c}「{s}」は解決済みになりました。

今回のサポートについてのご意見をお聞かせください。いただいたご評価は、今後のサービス改善に役立てさせていただきます。
https://console.aws.amazon.com/support/feedback?displayId={c}&language=ja

問題が解決していない場合は、AWS サポートセンターからケースを再開できます。
{l}
""".format(c=E_CASE, s=E_TOPIC, l=E_LINK) + E_FOOT
body = alt(text_part(E43_txt, charset="UTF-8", cte="qp"), text_part(simple_html(E43_txt), "html", cte="qp"),
           boundary=bnd("ses", "043"))
hdr = aws_yahoojp_headers(E_USER, E_T43, enc_subject("Amazon Web Services: サポートケース %s は解決済みです" % E_CASE),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=4)
save("case-resolved-feedback-ja-tanaka", L("survey", E_CASE, [], True, "ja"), hdr, body)

# 044 re-opened: question about the 50% voucher (status/answer, not the merge)
E_T44 = D("2024-11-27 04:30:09")
E44_txt = """田中 健一 様

AWS サポートの木村でございます。
ケースを再開いただき、ありがとうございます。

お問い合わせの 50% 割引バウチャーにつきまして確認いたしましたところ、統合元でお持ちだった
未使用の特典は、統合先アカウント AWS14402277 の「特典」ページに反映されております。
反映までにお時間を要していたため、ご不便をおかけいたしましたことをお詫び申し上げます。

一度サインアウトのうえ再度サインインいただき、「特典」ページに表示されているかご確認いただけますでしょうか。
表示されない場合は、お手数ですが画面のスクリーンショットを添えて本ケースにご返信ください。

木村
Amazon Web Services

AWS サポートセンターでこのケースのすべてのやり取りを確認し、返信するには、次のリンクをクリックしてください:
{l}
""".format(l=E_LINK) + E_FOOT
body = text_part(E44_txt, charset="UTF-8", cte="b64")
hdr = aws_yahoojp_headers(E_USER, E_T44, enc_subject("RE:[CASE %s] %s" % (E_CASE, E_TOPIC)),
                          '"Amazon Web Services" <%s>' % C_NOREPLY, host_idx=2)
save("reopened-voucher-answer-ja-tanaka", L("support_reply", E_CASE, ["AWS14402277"], True, "ja"), hdr, body)

# 045 Pearson VUE appointment confirmation (Japanese, unrelated)
E_T45 = D("2024-11-28 11:20:40")
E45_txt = """田中 健一 様

Pearson VUE をご利用いただき、ありがとうございます。以下の試験のご予約が完了しました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2024年12月14日(土) 10:00 JST
会場: オンライン (OnVUE)
受験者 ID: AWS14402277
登録 ID: 482913377

試験当日は、開始時刻の 30 分前からチェックインが可能です。本人確認書類をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
https://home.pearsonvue.com/aws
"""
mf = "bounce-%s@pearsonvue.com" % rhex(10)
ar = ("\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=pearson.com header.s=pvue2;\n\tdmarc=pass header.from=pearson.com" % mf, mf)
hdr = "\n".join([generic_trace("yahoo.co.jp", "mta421.mail.kks.yahoo.co.jp", E_USER, E_T45,
                               "mail-pvue.pearson.com", "159.182.62.%d" % RNG.randint(10, 90), ar),
                 dkim_generic(E_T45, "pearson.com", "pvue2"),
                 'From: "Pearson VUE" <pearsonvueconfirmation@pearson.com>',
                 "To: " + E_USER,
                 enc_subject("Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
                 "Date: " + rfc(E_T45.astimezone(tz(-6))),
                 "MIME-Version: 1.0",
                 "Message-ID: <%s.JavaMail.pvue@mail-pvue.pearson.com>" % rhex(16)])
body = alt(text_part(E45_txt, charset="iso-2022-jp", cte="7bit"), text_part(simple_html(E45_txt), "html", cte="b64"),
           boundary=bnd("other", "045"))
save("pearson-vue-booking-ja-tanaka", L("unrelated", None, ["AWS14402277"], False, "ja"), hdr, body)


# ------------------------------------------------------------------
# Case F: Maria Santos (yahoo.com.br), English form desk, three accounts,
# a chaser, Yahoo Mail reply in Portuguese UI, and a spoofed "confirm" phish
# ------------------------------------------------------------------
F_CASE = "174947560700337"
F_USER = "maria.santos@yahoo.com.br"
F_SUB_RE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE


def yahoo_trace(to, d, host, ip, ar_body):
    r = later(d, RNG.randint(1, 5))
    return "\n".join([
        "Received: from 10.217.%d.%d\n by atlas%d.free.mail.gq1.yahoo.com with HTTP; %s" % (
            RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(100, 400), rfc(r)),
        "Received: from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s" % (
            ip, host, RNG.randint(1, 250), RNG.randint(1, 250), rfc(r)),
        "X-Originating-Ip: [%s]" % ip,
        "Authentication-Results: atlas%d.free.mail.gq1.yahoo.com;\n%s" % (RNG.randint(100, 400), ar_body),
        "X-Apparently-To: %s; %s" % (to, rfc(r)),
    ])


def aws_yahoo_headers(to, d, subject_line, frm, msgid=None, host_idx=0):
    host, ip = SES_HOSTS[host_idx]
    mf = ses_mailfrom(d)
    ar = (" dkim=pass header.i=@amazon.com header.s=rqfw3nmjstqxwezm7ejcsx3ngmwokupz;\n"
          " spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;")
    return "\n".join(["Return-Path: <%s>" % mf, yahoo_trace(to, d, host, ip, ar), dkim_amazon(d), dkim_ses(d),
                      "From: " + frm, "To: " + to, subject_line, "MIME-Version: 1.0", "Date: " + rfc(d),
                      "Message-ID: " + (msgid or ses_id(d)),
                      "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % rb64(43),
                      "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip)])


# 046 acknowledgement (plain text only, different wording)
F_T46 = D("2025-06-09 13:27:31")
F46_txt = """Hi there,

Thanks for getting in touch with AWS Training and Certification. Your request has been
logged under reference {c}.

What happens next
- One of our support specialists will look at your request and write back to this address.
- Most requests get a first answer within one business day.
- Need to add something? Just reply to this e-mail and keep "[CASE {c}]" in the subject.

Kind regards,
AWS Training and Certification Support
https://aws.amazon.com/certification/
""".format(c=F_CASE)
body = text_part(F46_txt, charset="us-ascii", cte="7bit")
hdr = aws_yahoo_headers(F_USER, F_T46, enc_subject("[CASE %s] Thanks for contacting AWS Training and Certification" % F_CASE),
                        '"Amazon Web Services" <%s>' % A_FORM, host_idx=1)
save("form-ack-santos", L("case_created", F_CASE, [], True, "en"), hdr, body)

# 047 confirmation request, three accounts in a table
F_T47 = D("2025-06-10 15:40:09")
F47_txt = """Hello Maria,

Thank you for contacting AWS Training and Certification Customer Support.

I found three certification profiles that belong to you. Here is how we would combine them:

  Candidate ID   | E-mail on file                    | After the merge
  ---------------+-----------------------------------+--------------------------
  AWS06120394    | maria.santos@techsul.com.br       | merged into AWS14830052
  aws09987215    | msantos.dev@gmail.com             | merged into AWS14830052
  AWS14830052    | maria.santos@yahoo.com.br         | kept (primary)

Your certifications, exam history and any unused benefits from the first two profiles will
be moved to AWS14830052, and the other two profiles will be deactivated. This can't be
undone afterwards.

Could you reply "Yes, proceed" if everything above looks right? If anything needs to be
changed (for example, you'd prefer to keep a different profile), just let me know.

Best regards,
Nicole R.
Amazon Web Services
Training and Certification Customer Support
"""
body = alt(text_part(F47_txt, charset="UTF-8", cte="qp"),
           text_part(simple_html(F47_txt, "font-family:Consolas,monospace;font-size:13px"), "html", cte="qp"),
           boundary=bnd("ses", "047"))
hdr = aws_yahoo_headers(F_USER, F_T47, enc_subject(F_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=0)
save("confirm-request-three-accounts-santos",
     L("merge_confirmation_requested", F_CASE, ["AWS06120394", "AWS09987215", "AWS14830052"], True, "en"), hdr, body)

# 048 chaser
F_T48 = D("2025-06-13 15:45:12")
F48_txt = """Hello Maria,

I'm just following up on my message from June 10. We haven't received your reply yet, and we
can't make any changes to your profiles until we hear from you.

When you have a moment, please respond to my previous e-mail. If we don't hear back within
5 business days, this case will be closed automatically, but you can reopen it at any time by
replying to this message.

Best regards,
Nicole R.
Amazon Web Services
Training and Certification Customer Support
"""
F48_msgid = ses_id(F_T48)
body = text_part(F48_txt, charset="UTF-8", cte="qp")
hdr = aws_yahoo_headers(F_USER, F_T48, enc_subject(F_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM,
                        msgid=F48_msgid, host_idx=2)
save("agent-chaser-santos", L("support_reply", F_CASE, [], True, "en"), hdr, body)

# 049 Maria's reply from Sent (Yahoo Mail, Portuguese UI)
F_T49 = D("2025-06-13 19:02:37", BRT)
F49_new = """Hi Nicole,

Sorry for the late answer, I was travelling this week.
Yes, proceed. The table is correct, please keep AWS14830052 as the main one.

Thank you!
Maria Santos"""
F49_attr = ("Em sexta-feira, 13 de junho de 2025 às 12:45:12 BRT, Amazon Web Services "
            "<aws-cs-trainingcertification-form@amazon.com> escreveu:")
F49_txt = F49_new + "\n\n\n" + F49_attr + "\n\n\n" + F48_txt
F49_html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">' +
            "".join("<div>%s</div>" % (esc(l) or "<br>") for l in F49_new.split("\n")) +
            '</div></div><div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
            'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
            '<div><div id="yiv%d"><div>%s</div></div></div></div></div></body></html>' % (
                RNG.randint(1000000000, 9999999999), esc(F49_attr), RNG.randint(1000000000, 9999999999),
                esc(F48_txt).replace("\n", "<br>")))
body = alt(text_part(F49_txt, charset="UTF-8", cte="qp"), text_part(F49_html, "html", cte="qp"),
           boundary="----=_Part_%d_%d.%d" % (RNG.randint(1000000, 9999999), RNG.randint(100000000, 999999999),
                                              int(F_T49.timestamp() * 1000)))
hdr = "\n".join([
    "Date: " + rfc(F_T49),
    "From: Maria Santos <%s>" % F_USER,
    "To: Amazon Web Services <%s>" % A_FORM,
    "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (RNG.randint(100000000, 999999999), RNG.randint(1000000, 9999999),
                                                int(F_T49.timestamp() * 1000)),
    "In-Reply-To: " + F48_msgid,
    "References: " + F48_msgid,
    "Subject: Re: " + F_SUB_RE,
    "MIME-Version: 1.0",
    "X-Mailer: WebService/1.1.23956 YMailNorrin",
])
save("sent-yes-proceed-yahoo-santos", L("unrelated", F_CASE, ["AWS14830052"], None, "en"), hdr, body)

# 050 completion (paraphrased)
F_T50 = D("2025-06-17 12:18:44")
F50_txt = """Hello Maria,

Thanks for your patience. I'm writing to let you know that we've finished consolidating your
certification records: AWS06120394 and AWS09987215 have been folded into AWS14830052, which
is now the only active profile. Please use maria.santos@yahoo.com.br to sign in from now on.

Your Credly badges will be re-issued to the same address over the next few days.

Best regards,
Nicole R.
Amazon Web Services
Training and Certification Customer Support

On Fri, Jun 13, 2025 at 10:02 PM, Maria Santos <maria.santos@yahoo.com.br> wrote:
> Hi Nicole,
>
> Sorry for the late answer, I was travelling this week.
> Yes, proceed. The table is correct, please keep AWS14830052 as the main one.
>
> Thank you!
> Maria Santos
"""
body = alt(text_part(F50_txt, charset="UTF-8", cte="qp"), text_part(simple_html(F50_txt), "html", cte="b64"),
           boundary=bnd("ses", "050"))
hdr = aws_yahoo_headers(F_USER, F_T50, enc_subject(F_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=3)
save("records-consolidated-santos",
     L("merge_completed", F_CASE, ["AWS06120394", "AWS09987215", "AWS14830052"], True, "en"), hdr, body)

# 051 survey (YES/NO + rate the agent)
F_T51 = D("2025-06-18 12:20:03")
F51_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Maria,</p>
<p>Your recent case with AWS Training and Certification (<b>%s</b>) has been marked as solved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/survey?caseId=%s&amp;q1=yes" style="padding:8px 20px;background:#1d8102;color:#fff;text-decoration:none">YES</a>
&nbsp; <a href="https://support.aws.amazon.com/survey?caseId=%s&amp;q1=no" style="padding:8px 20px;background:#d13212;color:#fff;text-decoration:none">NO</a></p>
<p>How would you rate Nicole R.? &#9733;&#9733;&#9733;&#9733;&#9733;
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;q2=rate">Rate your agent</a></p>
<p style="font-size:12px;color:#687078">Your answers are anonymous and help us improve.</p>
</body></html>
""" % (F_CASE, F_CASE, F_CASE, F_CASE)
body = text_part(F51_html, "html", charset="UTF-8", cte="qp")
hdr = aws_yahoo_headers(F_USER, F_T51, enc_subject("How did we do? [CASE %s]" % F_CASE),
                        '"Amazon Web Services" <%s>' % A_FORM, host_idx=4)
save("survey-yes-no-santos", L("survey", F_CASE, [], True, "en"), hdr, body)


def credly_yahoo_trace(to, d, host, ip, mf):
    ar = (" dkim=pass header.i=@credly.com header.s=s1;\n spf=pass smtp.mailfrom=em.credly.com;\n"
          " dmarc=pass(p=REJECT) header.from=credly.com;")
    return "Return-Path: <%s>\n" % mf + yahoo_trace(to, d, host, ip, ar)


# 052 Credly: badges issued
F_T52 = D("2025-06-19 21:07:55")
F52_txt = """Maria, you have 2 new badges!

Amazon Web Services Training and Certification issued you the following badges:

  * AWS Certified Machine Learning Engineer - Associate
  * AWS Certified AI Practitioner

Accept your badges to start sharing them:
https://www.credly.com/earner/earned?utm_source=badge_issued&token=%s

Badges help you show what you know. Add them to LinkedIn, your resume or your e-mail signature.

Credly, Inc.
""" % rhex(28)
body = alt(text_part(F52_txt, charset="UTF-8", cte="qp"), text_part(simple_html(F52_txt), "html", cte="qp"),
           boundary=bnd("other", "052"))
hdr = credly_gmail_headers(F_USER, F_T52, "Maria, you have 2 new badges from Amazon Web Services Training and Certification",
                           trace=credly_yahoo_trace)
save("credly-two-badges-santos", L("credly_badge_issued", None, [], True, "en"), hdr, body)

# 053 phishing about the merge: spoofed amazon.com From, topmost AR dmarc=fail,
# a forged "pass" Authentication-Results further down
F_T53 = D("2025-06-14 03:12:50")
F53_txt = """Dear Certification Holder,

We have received a request to merge your AWS Certification accounts.

  Primary account:   AWS14830052
  Secondary account: AWS09987215

To confirm that the secondary account should be merged into the primary account, you must
verify your identity within 24 hours using the secure link below. Unconfirmed requests are
cancelled and the certifications on both accounts may be suspended.

  Confirm merge: https://aws-certification-verify.com/merge/confirm?id=%s

Regards,
AWS Training and Certification Team
""" % rhex(20)
ar_top = (" dkim=none;\n spf=fail smtp.mailfrom=amazon.com;\n dmarc=fail(p=QUARANTINE) header.from=amazon.com;")
r = later(F_T53, 4)
hdr = "\n".join([
    "Return-Path: <bounce@mail.aws-certification-verify.com>",
    "Received: from 10.217.%d.%d\n by atlas%d.free.mail.gq1.yahoo.com with HTTP; %s" % (
        RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(100, 400), rfc(r)),
    "Received: from 185.234.72.19 (EHLO mail.aws-certification-verify.com)\n by 10.217.%d.%d with SMTP; %s" % (
        RNG.randint(1, 250), RNG.randint(1, 250), rfc(r)),
    "X-Originating-Ip: [185.234.72.19]",
    "Authentication-Results: atlas%d.free.mail.gq1.yahoo.com;\n%s" % (RNG.randint(100, 400), ar_top),
    "X-Apparently-To: %s; %s" % (F_USER, rfc(r)),
    "Received: from localhost (localhost [127.0.0.1])\n\tby mail.aws-certification-verify.com (Postfix) with ESMTP id 4F2A1C0B7D;\n\t%s" % rfc(F_T53),
    "Authentication-Results: mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com",
    'From: "AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
    "Reply-To: certification-support@aws-certification-verify.com",
    "To: " + F_USER,
    "Subject: Action required: confirm your AWS Certification account merge",
    "Date: " + rfc(F_T53),
    "MIME-Version: 1.0",
    "Message-ID: <%s@mail.aws-certification-verify.com>" % rhex(24),
    "X-Priority: 1 (Highest)",
])
body = alt(text_part(F53_txt, charset="UTF-8", cte="qp"), text_part(simple_html(F53_txt), "html", cte="qp"),
           boundary=bnd("other", "053"))
save("phish-confirm-merge-dmarc-fail-santos",
     L("merge_confirmation_requested", None, ["AWS09987215", "AWS14830052"], False, "en"), hdr, body)


# ------------------------------------------------------------------
# Case G: Kevin O'Brien (Microsoft 365 tenant, Ireland), English form desk, 11-digit id (2022);
# Outlook desktop reply with "-----Original Message-----", a completion that asks about the
# profile name, and a Seller Central "merge ASINs" look-alike
# ------------------------------------------------------------------
G_CASE = "11394026718"
G_USER = "kevin.obrien@brightwave-consulting.ie"
G_SUB_RE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE

# 054 acknowledgement (older plain template)
G_T54 = D("2022-10-03 08:11:46")
G54_txt = """Dear Kevin,

Thank you for submitting your inquiry to AWS Training and Certification. Your case number is
{c}.

A member of our Customer Support team will respond to you within 1 business day. Please
reference this case number in any future correspondence regarding this inquiry.

Sincerely,
AWS Training and Certification
""".format(c=G_CASE)
body = alt(text_part(G54_txt, charset="UTF-8", cte="7bit"), text_part(simple_html(G54_txt), "html", cte="qp"),
           boundary=bnd("ses", "054"))
hdr = aws_outlook_headers(G_USER, G_T54, enc_subject("[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE),
                          '"Amazon Web Services" <%s>' % A_FORM, host_idx=0, m365=True)
save("form-ack-obrien", L("case_created", G_CASE, [], True, "en"), hdr, body)

# 055 agent asks for the reason and the notification address of each account
G_T55 = D("2022-10-04 10:26:30")
G55_txt = """Hi Kevin,

Thanks for reaching out about combining your certification accounts.

I've pulled up the account for the candidate ID in your request, AWS03391826. To make sure we
merge the right records, I need a little more from you:

  a) the reason you'd like the accounts merged,
  b) the notification e-mail address on each of the two accounts, and
  c) the candidate ID of the other account, if you have it to hand.

Once I have those I can set out the merge for you to review.

Kind regards,
Aoife D.
Amazon Web Services
AWS Training and Certification Customer Support
"""
G55_msgid = ses_id(G_T55)
body = alt(text_part(G55_txt, charset="UTF-8", cte="qp"), text_part(simple_html(G55_txt), "html", cte="qp"),
           boundary=bnd("ses", "055"))
hdr = aws_outlook_headers(G_USER, G_T55, enc_subject(G_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM,
                          msgid=G55_msgid, host_idx=1, m365=True)
save("agent-asks-reason-obrien", L("support_reply", G_CASE, ["AWS03391826"], True, "en"), hdr, body)

# 056 Kevin's answer, Sent (Outlook desktop, plain-text reply with -----Original Message-----)
G_T56 = D("2022-10-04 13:02:17", IRL_S)
G56_new = """Hi Aoife,

Thanks for the quick reply.

a) I moved employer in 2021 and lost access to the old mailbox, so I set up a second account
   without realising I already had one.
b) AWS03391826 - kevin.obrien@dataforge.ie (old employer, no longer works)
   AWS 12774409 - kevin.obrien@brightwave-consulting.ie (current)
c) see above.

I'd like to keep the current one (12774409) so everything sits under my Brightwave address.

Regards,
Kevin

Kevin O'Brien | Principal Cloud Consultant
Brightwave Consulting Ltd. | Dublin 2
+353 1 555 0142"""
G56_txt = G56_new + """

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday 4 October 2022 11:26
To: Kevin O'Brien <kevin.obrien@brightwave-consulting.ie>
Subject: """ + G_SUB_RE + "\n\n" + G55_txt
body = text_part(G56_txt, charset="us-ascii", cte="7bit")
hdr = "\n".join([
    "From: Kevin O'Brien <%s>" % G_USER,
    "To: 'Amazon Web Services' <%s>" % A_FORM,
    "References: " + G55_msgid,
    "In-Reply-To: " + G55_msgid,
    "Subject: " + G_SUB_RE,
    "Date: " + rfc(G_T56),
    "Message-ID: <%s$%s$%s@brightwave-consulting.ie>" % ("000" + rhex(9), rhex(8), rhex(8)),
    "MIME-Version: 1.0",
    "X-Mailer: Microsoft Outlook 16.0",
    "Thread-Index: AQHY1%s" % rb64(28),
    "Content-Language: en-ie",
])
save("sent-reply-outlook-obrien", L("unrelated", G_CASE, ["AWS03391826", "AWS12774409"], None, "en"), hdr, body)

# 057 confirmation request, the question inside a paragraph
G_T57 = D("2022-10-06 09:14:02")
G57_txt = """Hi Kevin,

Thanks for all of that, it's very clear. Based on what you've told me, we'd move everything from
AWS03391826 (kevin.obrien@dataforge.ie) across to AWS12774409 (kevin.obrien@brightwave-consulting.ie),
and AWS12774409 would be the only account left afterwards - could you reply to confirm that's how
you'd like it done before I send it over to the team? It's worth knowing that this is permanent, so
the old account couldn't be restored later on.

Kind regards,
Aoife D.
Amazon Web Services
AWS Training and Certification Customer Support

-----Original Message-----
From: kevin.obrien@brightwave-consulting.ie
Sent: Tue, 4 Oct 2022 12:02 UTC

Hi Aoife,

Thanks for the quick reply.
[...]
I'd like to keep the current one (12774409) so everything sits under my Brightwave address.
"""
body = alt(text_part(G57_txt, charset="UTF-8", cte="qp"), text_part(simple_html(G57_txt), "html", cte="b64"),
           boundary=bnd("ses", "057"))
hdr = aws_outlook_headers(G_USER, G_T57, enc_subject(G_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=2,
                          m365=True)
save("confirm-request-in-paragraph-obrien",
     L("merge_confirmation_requested", G_CASE, ["AWS03391826", "AWS12774409"], True, "en"), hdr, body)

# 058 completion that also asks a question about something else (the profile name)
G_T58 = D("2022-10-07 15:51:19")
G58_txt = """Hi Kevin,

Thanks for confirming on Thursday. I'm happy to say the team has now completed the merge:
AWS03391826 has been retired and all of its certifications and exam history are on AWS12774409.

One other thing I noticed while I was in there: the name on AWS12774409 is "Kevin OBrien",
without the apostrophe. The name on your profile has to match your ID exactly when you check in for
an exam. Would you like me to update it to "Kevin O'Brien"? If so, just reply with the name exactly as
it appears on your passport or driving licence.

Kind regards,
Aoife D.
Amazon Web Services
AWS Training and Certification Customer Support

-----Original Message-----
From: kevin.obrien@brightwave-consulting.ie
Sent: Thu, 6 Oct 2022 10:40 UTC
Subject: """ + G_SUB_RE + """

Yes, that's exactly right - please go ahead. Thanks Aoife.
"""
body = alt(text_part(G58_txt, charset="UTF-8", cte="qp"), text_part(simple_html(G58_txt), "html", cte="qp"),
           boundary=bnd("ses", "058"))
hdr = aws_outlook_headers(G_USER, G_T58, enc_subject(G_SUB_RE), '"Amazon Web Services" <%s>' % A_FORM, host_idx=3,
                          m365=True)
save("merge-done-asks-name-obrien",
     L("merge_completed", G_CASE, ["AWS03391826", "AWS12774409"], True, "en"), hdr, body)

# 059 survey sent a few days later
G_T59 = D("2022-10-11 08:00:27")
G59_txt = """Hello Kevin,

We recently worked with you on case {c}. We'd like to hear about your experience.

Please take our 2-question survey - it takes less than a minute:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_{s}?caseid={c}&lang=en

1. Overall, how satisfied were you with the support you received?
2. How easy was it to get your issue resolved?

Thank you for helping us improve,
AWS Training and Certification
""".format(c=G_CASE, s=rb64(15).replace("/", "x").replace("+", "Q"))
body = alt(text_part(G59_txt, charset="UTF-8", cte="7bit"), text_part(simple_html(G59_txt), "html", cte="qp"),
           boundary=bnd("ses", "059"))
hdr = aws_outlook_headers(G_USER, G_T59, enc_subject("Tell us about your recent support experience - Case %s" % G_CASE),
                          '"AWS Training and Certification" <%s>' % A_FORM, host_idx=4, m365=True)
save("survey-later-obrien", L("survey", G_CASE, [], True, "en"), hdr, body)

# 060 Amazon Seller Central case about merging duplicate ASINs (unrelated look-alike)
G_SC = "8841207733"
G_T60 = D("2022-10-12 13:37:45")
G60_txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like the duplicate detail pages for your product to be merged. I have checked
both ASINs:

  ASIN B0B7XKQ2M1 - Brightwave USB-C Travel Dock (surviving detail page)
  ASIN B0B7XKQ9P4 - Brightwave USB C Travel Dock (to be merged)

Before I submit this to our catalog team, please confirm that B0B7XKQ9P4 should be merged into
B0B7XKQ2M1. Please note that reviews are carried over but offer-level data on the merged ASIN will be
removed.

To reply, please use the link below. Replies sent directly to this e-mail are not monitored.
https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID={c}

Was this e-mail helpful?  Yes | No

Thank you for selling with Amazon,
Ciaran
Amazon.co.uk Selling Partner Support
""".format(c=G_SC)
body = alt(text_part(G60_txt, charset="UTF-8", cte="qp"), text_part(simple_html(G60_txt), "html", cte="qp"),
           boundary=bnd("ses", "060"))
hdr = aws_outlook_headers(G_USER, G_T60, enc_subject("RE:[CASE %s] Merge duplicate ASINs B0B7XKQ2M1 / B0B7XKQ9P4" % G_SC),
                          '"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>', host_idx=0, m365=True)
save("seller-central-asin-merge-obrien", L("unrelated", G_SC, [], True, "en"), hdr, body)


# ==== WRITE ====


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, (slug, label, headers, body) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, slug)
        data = render(headers, body)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    main()
