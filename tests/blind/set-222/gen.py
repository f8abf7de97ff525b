#!/usr/bin/env python3
"""Generator for blind set 222: AWS Certification account-merge mailbox.

Emphasis: agents writing English or Japanese as a second language
(Korean, Polish, Turkish, Indonesian, French, German), with slips, plus look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import html
import json
import os
import quopri
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(222)
LABELS = {}
MIDS = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9))


# ---------------------------------------------------------------- basics
def D(y, mo, d, h, mi, s, tz=UTC):
    """A datetime given in the zone tz (default UTC)."""
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def us_dst(d):
    y = d.year
    # second Sunday of March, first Sunday of November (approx, UTC 10:00)
    mar = datetime(y, 3, 8, 10, tzinfo=UTC)
    while mar.weekday() != 6:
        mar += timedelta(days=1)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    return mar <= d.astimezone(UTC) < nov


def pacific(d):
    if us_dst(d):
        return format_datetime(d.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"
    return format_datetime(d.astimezone(timezone(timedelta(hours=-8)))) + " (PST)"


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def wrap_tokens(s, width=70, indent="\t "):
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(out)


def case15(d, tail):
    return "%d%05d" % (int(d.timestamp()), tail)


# ---------------------------------------------------------------- message ids
def ses_msgid(d, region="us-east-1"):
    ms = int(d.timestamp() * 1000)
    prefix = {"us-east-1": "0100", "us-west-2": "0101", "eu-west-1": "0102",
              "ap-northeast-1": "0106"}[region]
    dom = "email.amazonses.com" if region == "us-east-1" else region + ".amazonses.com"
    return "<%s%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        prefix, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def ses_return_path(msgid):
    local = msgid.strip("<>").split("@")[0]
    dom = msgid.strip("<>").split("@")[1]
    if dom == "email.amazonses.com":
        dom = "amazonses.com"
    return local, dom


def ses_ip():
    block = rng.choice([("54.240.8", "a8"), ("54.240.9", "a9"), ("54.240.48", "a48"),
                        ("54.240.27", "a27"), ("54.240.4", "a4")])
    n = rng.randint(10, 250)
    return "%s.%d" % (block[0], n), "%s-%d.smtp-out.amazonses.com" % (block[1], n)


# ---------------------------------------------------------------- DKIM
def dkim(d, selector, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, d, int(dt.timestamp()), hdrs, rb64(32),
               wrap_tokens(rb64(192), 68, "\t ")))


AMZ_SEL = "gsf3p7wm2rhvkjxmc4q5rxu7fkpqe6ko"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkim_headers(dt, from_dom="amazon.com", sel=None):
    return [("DKIM-Signature", dkim(from_dom, sel or AMZ_SEL, dt)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt,
                                    "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]


# ---------------------------------------------------------------- Authentication-Results bodies
def ar_google(dkims, spf, dmarc):
    """dkims: [(result, domain, selector)], spf: (result, mailfrom, ip), dmarc: (result, p, fromdom) or None"""
    parts = []
    for res, dom, sel in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
    if spf:
        res, mf, ip = spf
        word = {"pass": "designates %s as permitted sender" % ip,
                "softfail": "transitioning %s does not designate %s as permitted sender" % (mf.split("@")[-1], ip),
                "fail": "does not designate %s as permitted sender" % ip,
                "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, mf)}[res]
        if res == "pass":
            parts.append("spf=pass (google.com: domain of %s %s) smtp.mailfrom=%s" % (mf, word, mf))
        elif res == "neutral":
            parts.append("spf=neutral (google.com: %s) smtp.mailfrom=%s" % (word, mf))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (res, mf, ip, mf))
    if dmarc:
        res, p, fd = dmarc
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            res, p, p, "NONE" if res == "pass" else ("QUARANTINE" if p == "QUARANTINE" else "NONE"), fd))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(ip, mailfrom_dom, dkim_res, dkim_dom, dmarc_res, from_dom, action="none", compauth="pass reason=100"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (ip, mailfrom_dom, dkim_res, dkim_dom, dmarc_res, action, from_dom, compauth))


def ar_simple(authserv, spf_res, mailfrom, dkim_res, dkim_dom, dmarc_res, from_dom):
    s = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s" % (authserv, spf_res, mailfrom, dkim_res, dkim_dom)
    if dmarc_res:
        s += ";\n\tdmarc=%s header.from=%s" % (dmarc_res, from_dom)
    return s


# ---------------------------------------------------------------- receiving traces
def gmail_trace(to, dt, ip, helo, mailfrom, ar, delay=2):
    rd = dt + timedelta(seconds=delay)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
         % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), ralnum(3, "abcdefghijklmnopqrstuvwxyz"),
            rng.randint(100000, 9999999), ralnum(3, "abcdefghijklmnopqrstuvwxyz"), pacific(rd + timedelta(seconds=1)))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:86]),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
         % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), ralnum(16, "abcdefghijklmnopqrstuvwxyz0123456789"), ralnum(16, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 30), rng.randint(10 ** 12, 10 ** 13), pacific(rd + timedelta(seconds=1)))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(rd.timestamp()), wrap_tokens(rb64(192), 70, "         "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), wrap_tokens(rb64(192), 70, "         "))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, "%s-%ssi%d%s.%d.%s" % (rhex(13), rhex(11), rng.randint(10 ** 8, 10 ** 9), ralnum(3), rng.randint(10, 999), rd.astimezone(timezone(timedelta(hours=-7))).strftime("%Y.%m.%d.%H.%M.%S")), to, pacific(rd))),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
        ("Authentication-Results", ar),
    ]


def outlook_trace(to, dt, ip, helo, ar, spf_dom, region="namprd", delay=3):
    rd = dt + timedelta(seconds=delay)
    pfx = {"namprd": ("namprd%02d" % rng.randint(2, 20), "SA", "BY5PR", "CH3PR", "2603:10b6"), "eurprd": ("eurprd%02d" % rng.randint(2, 9), "AM", "DB9PR", "VI1PR", "2603:10a6"),
           "jpnprd": ("jpnprd01", "OS", "TYCPR01", "TY3PR01", "2603:1096")}[region]
    n = lambda: rng.randint(10, 99)
    mbx = "%sMB%d.%s.prod.outlook.com" % (pfx[2] + str(rng.randint(10, 19)), rng.randint(1000, 9999), pfx[0])
    fe = "%sCA%04d.%s.prod.outlook.com" % (pfx[3] + str(rng.randint(10, 19)), rng.randint(1, 999), pfx[0])
    pe = "%sPEPF%08X.%s.prod.outlook.com" % (pfx[1] + str(rng.randint(1, 9)), rng.randint(0, 0xFFFFF), pfx[0])
    tls = "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    v = "15.20.%d.%d" % (rng.randint(8000, 8999), rng.randint(10, 40))
    return [
        ("Received", "from %s (%s:%x::%x)\n by %s with HTTPS; %s" % (fe, pfx[4], rng.randint(256, 4095), rng.randint(1, 255), mbx, rfc(rd + timedelta(seconds=1)))),
        ("Received", "from %s (%s:%x:%x::%x) by\n %s (%s:%x:%x::%x) with %s id\n %s; %s" % (pe, pfx[4], rng.randint(256, 4095), n(), n(), fe, pfx[4], rng.randint(256, 4095), n(), n(), tls, v, rfc(rd))),
        ("Authentication-Results", ar),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (spf_dom, ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s" % (helo, ip, pe.replace(".prod.outlook.com", ".mail.protection.outlook.com"), rng.randint(1, 254), rng.randint(1, 254), v, rfc(rd))),
    ]


def jp_trace(to, dt, ip, helo, mailfrom, ar, mx_host, delay=4):
    rd = dt + timedelta(seconds=delay)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (mx_host, mx_host, ralnum(10, "ABCDEF0123456789"), to, rfc(rd + timedelta(seconds=1), JST))),
        ("Authentication-Results", ar),
        ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, mx_host, ralnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), to, rfc(rd, JST))),
    ]


def ses_tail(dt):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43]),
            ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), ses_ip()[0]))]


# ---------------------------------------------------------------- MIME parts
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "us-ascii": "ascii",
         "iso-8859-1": "latin-1", "windows-1252": "cp1252", "euc-jp": "euc_jp"}


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None, fmt_flowed=False):
    """A text part; `label` is the charset written in the header (may be wrong on purpose),
    `codec` the codec really used for the bytes."""
    data = text.replace("\r\n", "\n").encode(codec or CODEC[charset.lower()])
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if fmt_flowed:
        p.set_param("format", "flowed")
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, htmlp, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))))
    m.attach(plain)
    m.attach(htmlp)
    return m


def gmail_boundary():
    return "000000000000" + rhex(16)


def outlook_boundary():
    return "_000_%s%s_" % (ralnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "jpnprd01prodoutlook")


def esc(t):
    return html.escape(t, quote=False)


def text_to_html(t):
    """Plain text -> simple HTML keeping quote levels as blockquotes."""
    out = []
    level = 0
    for line in t.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        q = m.group(1).count(">")
        while level < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            level += 1
        while level > q:
            out.append("</blockquote>")
            level -= 1
        out.append(esc(m.group(2)) + "<br>")
    out.extend(["</blockquote>"] * level)
    return "\n".join(out)


def html_doc(inner, head_style=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>\n'
            '<body>\n%s\n</body></html>\n' % (head_style, inner))


def aws_html(inner_text, footer_html=""):
    body = text_to_html(inner_text)
    return html_doc('<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</div>%s' % (body, footer_html))


# ---------------------------------------------------------------- quoting styles
def q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


def gmail_quote(when, name, addr, text):
    """when: e.g. 'Wed, 12 Mar 2025 at 19:22,' (UK) or 'Wed, Mar 12, 2025 at 7:22 PM' (US)"""
    return "On %s %s <%s> wrote:\n%s" % (when, name, addr, q(text))


def outlook_quote(frm, sent, to, subject, text, cc=None):
    h = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n\n%s" % (subject, text)


def orig_quote(frm, sent, to, subject, text):
    return "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, text)


def ja_quote(when, name, addr, text):
    return "%s %s <%s>:\n%s" % (when, name, addr, q(text))


# ---------------------------------------------------------------- headers helpers
def enc_subject(s, charset="utf-8", maxlen=76):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject", maxlinelen=maxlen).encode(linesep="\n")


def enc_name(name, addr, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr) if name else addr
    return "%s <%s>" % (Header(name, charset).encode(), addr)


def build(fname, label, body, trace, sender, content, post=()):
    """Assemble: trace headers (top), sender-side headers, content headers, MIME headers, post headers."""
    mime = [(k, v) for k, v in body._headers]
    body._headers = []
    for k, v in list(trace) + list(sender) + list(content):
        if v is not None:
            body._headers.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in content):
        body._headers.append(("MIME-Version", "1.0"))
    for k, v in mime:
        if k.lower() != "mime-version":
            body._headers.append((k, v))
    for k, v in post:
        if v is not None:
            body._headers.append((k, v))
    MIDS[fname] = body["Message-ID"]
    data = body.as_bytes(policy=compat32.clone(max_line_length=0))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    assert fname not in LABELS, fname
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {"kind": lab["kind"], "case_id": lab.get("case_id"),
                     "account_ids": lab["account_ids"], "sender_verified": lab.get("sender_verified"),
                     "language": lab.get("language", "en")}


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": verified, "language": lang}


# ---------------------------------------------------------------- standard AWS senders
FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_gmail(to, dt, region="us-east-1", dmarc="pass"):
    """Genuine SES mail from amazon.com received by Gmail. Returns (trace, sender, msgid)."""
    mid = ses_msgid(dt, region)
    local, dom = ses_return_path(mid)
    mailfrom = "%s@%s" % (local, dom)
    ip, helo = ses_ip()
    ar = ar_google([("pass", "amazon.com", AMZ_SEL), ("pass", "amazonses.com", SES_SEL)],
                   ("pass", mailfrom, ip), (dmarc, "QUARANTINE", "amazon.com"))
    return gmail_trace(to, dt, ip, helo, mailfrom, ar), ses_dkim_headers(dt), mid


def aws_outlook(to, dt, region="us-east-1", prd="namprd"):
    mid = ses_msgid(dt, region)
    local, dom = ses_return_path(mid)
    ip, helo = ses_ip()
    ar = ar_outlook(ip, dom, "pass", "amazon.com", "pass", "amazon.com")
    tr = outlook_trace(to, dt, ip, helo, ar, dom, prd)
    return tr, ses_dkim_headers(dt), mid, "%s@%s" % (local, dom)


def aws_jp(to, dt, authserv, mx_host, region="us-east-1", dmarc="pass"):
    mid = ses_msgid(dt, region)
    local, dom = ses_return_path(mid)
    mailfrom = "%s@%s" % (local, dom)
    ip, helo = ses_ip()
    ar = ar_simple(authserv, "pass", mailfrom, "pass", "amazon.com", dmarc, "amazon.com")
    return jp_trace(to, dt, ip, helo, mailfrom, ar, mx_host), ses_dkim_headers(dt), mid


def content(frm, to, subject, dt, mid, tz=UTC, cc=None, reply_to=None, extra=()):
    h = [("From", enc_name(*frm) if isinstance(frm, tuple) else frm),
         ("To", to),
         ("Cc", cc),
         ("Reply-To", reply_to),
         ("Subject", subject),
         ("Message-ID", mid),
         ("Date", rfc(dt, tz))]
    return h + list(extra)


AWS_FORM_SIG = "AWS Training and Certification Customer Support"

# ---------------------------------------------------------------- the mails

# ======== Story A: form desk, Polish-speaking agents, Gmail user, 15-digit case
A_OPEN = D(2025, 3, 11, 9, 12, 44)
A_CASE = case15(A_OPEN, 31207)
A_USER = ("Daniel Ortega", "daniel.ortega.dev@gmail.com")
A_TO = "Daniel Ortega <daniel.ortega.dev@gmail.com>"
A_KEEP, A_OLD = "AWS48213097", "AWS31875540"


def m001():
    dt = A_OPEN + timedelta(seconds=9)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    text = """Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automatic message to let you know that we have received your inquiry. A case was created with the ID below and one of our Customer Support associates will review it and respond you, usually within 24 hours.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: %s

To add information to this case, simply reply to this e-mail and keep the case ID in the subject line. Please do not submit a new form for same request, as this can delay our response.

Sincerely,
%s

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (A_CASE, A_KEEP, AWS_FORM_SIG)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "[CASE %s] %s" % (A_CASE, FORM_SUBJ)
    build("001-form-ack-case-opened.eml", L("case_created", A_CASE, [A_KEEP], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


A_FORM_ECHO = """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Description: Hello, I have 2 certification accounts. One is from my old job (registered with company mail, I don't remember the candidate ID) and one is personal. I want to keep the personal one. Thanks, Daniel""" % A_KEEP


def m002():
    dt = D(2025, 3, 12, 13, 58, 31)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    text = """Hello Daniel,

Thank you for contacting with AWS Training and Certification Support.

I understood that you would like to merge your two certification accounts. In your form you have provided only one candidate ID (%s). To be able to find the second account in our system, could you please send us following information:

- e-mail address which you was using for login to the second account,
- the name registered on that account, if it is different than current one,
- which of the accounts you would like to keep as main one (please confirm it is the personal).

As soon as I will receive this details, I will check the accounts and come back to you.

Best regards,
Kamil W.
%s

----- Original Message -----
%s
""" % (A_KEEP, AWS_FORM_SIG, A_FORM_ECHO)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)
    build("002-polish-agent-asks-second-login.eml", L("support_reply", A_CASE, [A_KEEP], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


A_003_TEXT = """Hello Daniel,

Thank you for your reply and for provided information.

I was able to locate both of your accounts. Please verify below details carefully:

Account which will be kept (destination):
Candidate ID: %s
Login e-mail: daniel.ortega.dev@gmail.com

Account which will be merged into it and closed (source):
Candidate ID: AWS 31875540
Login e-mail: d.ortega@finlogic-systems.com

After merging, all certification history, exam results and benefits from source account will be moved to the destination account. Please be aware that this operation is final and it cannot be reverted afterwards.

If everything is correct, please reply to this e-mail with your confirmation, so we can start the process.

Kind regards,
Agnieszka
%s""" % (A_KEEP, AWS_FORM_SIG)


def m003():
    dt = D(2025, 3, 13, 8, 41, 2)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    user = """Hi Kamil,

The old account was registered with d.ortega@finlogic-systems.com, same name. Yes please keep the personal one (daniel.ortega.dev@gmail.com).

Thanks
Daniel"""
    prev = """Hello Daniel,

Thank you for contacting with AWS Training and Certification Support.

I understood that you would like to merge your two certification accounts. [...]

Best regards,
Kamil W."""
    quoted = gmail_quote("Wed, 12 Mar 2025 at 19:22,", "Daniel Ortega", A_USER[1],
                         user + "\n\n" + gmail_quote("Wed, 12 Mar 2025 at 14:58,", "Amazon Web Services", FORM[1], prev))
    text = A_003_TEXT + "\n\n" + quoted + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)
    build("003-polish-agent-confirm-merge-details.eml",
          L("merge_confirmation_requested", A_CASE, [A_KEEP, A_OLD], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


def m004():
    dt = D(2025, 3, 13, 17, 5, 48)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    user = "The details are correct. Please proceed with the merge.\n\nDaniel"
    quoted = gmail_quote("Thu, 13 Mar 2025 at 09:41,", "Amazon Web Services", FORM[1], A_003_TEXT)
    text = """Hi Daniel,

Thank you for confirm the details.

I have forwarded your request to our team which is responsible for the account merges. Usually it is taking from 1 to 3 business days. I will inform you once it will be finished, there is no need of any further action from your side for now.

Best regards,
Agnieszka
%s

-----Original Message-----
%s
""" % (AWS_FORM_SIG, q(user + "\n\n" + quoted))
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)
    build("004-polish-agent-thanks-forwarded-to-team.eml", L("support_reply", A_CASE, [], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


def m005():
    dt = D(2025, 3, 15, 10, 20, 7)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    text = """Hello Daniel,

I am glad to inform you that your certification accounts are now combined into one. From now all your certifications are visible under the candidate ID aws48213097 and you can login with daniel.ortega.dev@gmail.com as before. The old profile is deactivated.

Please allow up to 48 hours for your digital badges in Credly to update. If after this time badges are still not visible on your Credly profile, let us know by replying on this e-mail.

The 50%% discount voucher from your previous certification is also transferred to the account.

Best regards,
Kamil W.
%s
""" % AWS_FORM_SIG
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ)
    build("005-polish-agent-accounts-combined.eml", L("merge_completed", A_CASE, [A_KEEP], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


def m006():
    dt = D(2025, 3, 15, 10, 21, 40)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    h = html_doc("""<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS Training and Certification" width="120"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your case <b>%s</b> has been marked as resolved. We hope we were able to help you with your request.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;a=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;a=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from our associate?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;s=1">1</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;s=2">2</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;s=3">3</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;s=4">4</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c=%s&amp;s=5">5</a></p>
<p>If you need more help with this issue, reply to this e-mail within 14 days and your case will be reopened automatically.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:12px 20px">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent to daniel.ortega.dev@gmail.com.</td></tr>
</table>""" % ((A_CASE,) * 8))
    body = tpart(h, "html", cte="quoted-printable")
    subj = "[CASE %s] How did we do? Your case has been resolved" % A_CASE
    build("006-form-case-resolved-yes-no-survey.eml", L("survey", A_CASE, [], True), body, tr, snd,
          content(FORM, A_TO, subj, dt, mid), ses_tail(dt))


def credly_gmail(to, dt):
    ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "o%d.em.credly.com" % rng.randint(1, 9)
    mailfrom = "bounces+%d-%s-%s=%s@em.credly.com" % (rng.randint(10 ** 7, 10 ** 8), rhex(4), to.split("@")[0], to.split("@")[1])
    ar = ar_google([("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
                   ("pass", mailfrom, ip), ("pass", "REJECT", "credly.com"))
    tr = gmail_trace(to, dt, ip, helo, mailfrom, ar)
    snd = [("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to")),
           ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", dt, "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"))]
    mid = "<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), rng.randint(1, 40))
    return tr, snd, mid


CREDLY_FROM = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def credly_badge_html(first, badge, org="Amazon Web Services Training and Certification", intro=None, token=None):
    token = token or rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)
    intro = intro or "%s has issued you a new badge. Accept it to share your achievement and verify it." % org
    return html_doc("""<table role="presentation" width="100%%" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:24px">Congratulations, %s!</h1>
<p style="font-size:16px">%s</p></td></tr>
<tr><td align="center" style="padding:16px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"><br>
<b style="font-size:18px">%s</b></td></tr>
<tr><td align="center" style="padding:16px 32px 32px"><a href="https://www.credly.com/earner/earned/badge/%s?utm_campaign=badge_issued&amp;utm_medium=email&amp;utm_source=transactional" style="background:#e56b00;color:#fff;font-weight:bold;padding:14px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777">You are receiving this email because %s issued you a badge through Credly. Questions? Visit <a href="https://support.credly.com">support.credly.com</a>.<br>Credly, Inc. &middot; 2 Park Avenue, 19th Floor, New York, NY 10016 &middot; <a href="https://www.credly.com/earner/settings/notifications">Email preferences</a></td></tr>
</table></td></tr></table>""" % (esc(first), esc(intro), rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12), esc(badge), esc(badge), token, esc(org)))


def m007():
    dt = D(2025, 3, 16, 4, 2, 55)
    tr, snd, mid = credly_gmail(A_USER[1], dt)
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    h = credly_badge_html("Daniel", badge)
    body = tpart(h, "html", cte="quoted-printable")
    subj = "Daniel, you've been issued a badge by Amazon Web Services Training and Certification"
    build("007-credly-badge-issued-after-merge.eml", L("credly_badge_issued", None, [], True), body, tr, snd,
          content(CREDLY_FROM, A_USER[1], subj, dt, mid), [("X-Feedback-ID", "2193847:SG")])


# ======== Story B: console case in Japanese, Korean-speaking agent, nifty user
B_OPEN = D(2025, 5, 20, 1, 47, 9)
B_CASE = case15(B_OPEN, 4418)
B_ADDR = "yumi.sato@nifty.com"
B_TO = "=?UTF-8?B?5L2Q6Jek55Sx576O?= <yumi.sato@nifty.com>"
B_KEEP, B_O1, B_O2 = "AWS55102948", "AWS09311726", "AWS62840015"
B_SUBJ = "認定アカウントの統合について"
NIFTY = ("mx.nifty.com", "mfilter02.nifty.com")


def console_footer_ja(case):
    return """
このやり取りについて評価をお願いいたします。以下のリンクから、今回のご対応を評価いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ケースの最新情報の確認やご返信は、AWS サポートセンターからお願いいたします:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールアドレスは返信を受け付けておりません。このメールに返信されても内容は確認されませんのでご注意ください。*

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % (case, case)


def m008():
    dt = B_OPEN + timedelta(seconds=6)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細:

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
通信内容:
お世話になります。AWS認定のアカウントが3つ存在しています（AWS55102948、AWS09311726、AWS62840015）。
転職の際に別のメールアドレスで登録してしまいました。AWS55102948 にまとめていただけますでしょうか。

ケースの状況を確認したり、ケースに返信したりするには、AWS サポートセンターにアクセスしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールアドレスは返信を受け付けておりません。*

よろしくお願いいたします。
Amazon Web Services
""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = enc_subject("Amazon Web Services: 新しいサポートケースがオープンされました: %s" % B_CASE)
    build("008-ja-console-new-case-opened.eml", L("case_created", B_CASE, [B_KEEP, B_O1, B_O2], True, "ja"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


def m009():
    dt = D(2025, 5, 21, 0, 12, 40)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """佐藤 由美 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートのキムと申します。

お客様のお問い合わせ内容を確認いたしました。3つの認定アカウントをひとつにしたいとのことですね。

作業を進める前に、以下の点を確認させて頂きたいです。

1. 残したいのアカウントは AWS55102948 で間違いがないでしょうか。
2. 他の2つのアカウントのサインイン用メールアドレスを教えていただけますでしょうか。（セキュリティのため、ご本人様の確認が必要になります）
3. 各アカウントに登録されている氏名が違う場合は、どちらが正しいのお名前かお知らせください。

お手数をおかけしますが、サポートセンターからご返信をくださいますよう、お願い致します。

よろしくお願い致します。

キム・ジヨン
Amazon Web Services
""" + console_footer_ja(B_CASE)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = enc_subject("RE:[CASE %s] %s" % (B_CASE, B_SUBJ))
    build("009-ja-korean-agent-asks-login-emails.eml", L("support_reply", B_CASE, [B_KEEP], True, "ja"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


def m010():
    dt = D(2025, 5, 22, 0, 3, 18)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """佐藤 由美 様

いつもお世話になっております。キムです。

ご返信と情報をいただき、ありがとうございます。ご本人様の確認は完了いたしました。

以下の内容にて、アカウントの統合を行う予定です。内容をご確認の上、問題がなければ本ケースに「同意します」とご返信ください。ご返信をいただいてから作業を開始いたします。

■ 残るアカウント（統合先）
　AWS55102948（yumi.sato@nifty.com）

■ 統合されるアカウント（統合元）
　AWS09311726（y.sato@kitamura-denki.co.jp）
　aws62840015（yumisato.study@gmail.com）

※ご注意事項
・統合が終わりましたら、統合元のアカウントはご利用できなくなります。
・一度統合したアカウントは、元に戻すことができないでございます。
・認定資格、試験の履歴、バウチャーなどの特典は統合先のアカウントに移行されます。

ご確認のほど、よろしくお願い申し上げます。

キム・ジヨン
Amazon Web Services
""" + console_footer_ja(B_CASE)
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = enc_subject("RE:[CASE %s] %s" % (B_CASE, B_SUBJ))
    build("010-ja-korean-agent-please-agree-to-merge.eml",
          L("merge_confirmation_requested", B_CASE, [B_KEEP, B_O1, B_O2], True, "ja"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


def m011():
    dt = D(2025, 5, 22, 6, 48, 2)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """Hello,

We've updated your support case %s. To see the new correspondence, sign in to the AWS Support Center.

Case ID: %s
Subject: %s
Severity: General guidance
Status: Pending customer action

View the case:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this email. This address doesn't accept replies.

Sincerely,
Amazon Web Services
""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    h = html_doc("""<table width="600" style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<tr><td><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="100" alt="AWS"></td></tr>
<tr><td><p>Hello,</p><p>We've updated your support case <b>%s</b>. To see the new correspondence, sign in to the AWS Support Center.</p>
<table style="border:1px solid #d5dbdb;padding:8px"><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>%s</td></tr><tr><td>Severity</td><td>General guidance</td></tr><tr><td>Status</td><td>Pending customer action</td></tr></table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View the case</a></p>
<p style="color:#687078;font-size:12px">Please don't reply to this email. This address doesn't accept replies.</p>
<p>Sincerely,<br>Amazon Web Services</p></td></tr></table>""" % (B_CASE, B_CASE, esc(B_SUBJ), B_CASE))
    body = alt(tpart(text), tpart(h, "html"))
    subj = "[Case %s] New correspondence added" % B_CASE
    build("011-console-new-correspondence-notice.eml", L("support_reply", B_CASE, [], True, "en"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


def m012():
    dt = D(2025, 5, 23, 2, 30, 51)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """佐藤 由美 様

お待たせいたしました。キムです。

ご依頼をいただいた認定アカウントの統合作業が、本日完了になりました。今後は AWS55102948 のアカウント（yumi.sato@nifty.com）でサインインしてくださいませ。

これまで取得された認定資格の履歴は、全部こちらのアカウントで確認することができます。Credly のデジタルバッジの反映は、最大で 2～3 営業日がかかる場合がございます。

その他ご不明な点がある場合、お気軽にお問い合わせくださいませ。

キム・ジヨン
Amazon Web Services
""" + console_footer_ja(B_CASE)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = enc_subject("RE:[CASE %s] %s" % (B_CASE, B_SUBJ))
    build("012-ja-korean-agent-integration-finished.eml", L("merge_completed", B_CASE, [B_KEEP], True, "ja"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


def m013():
    dt = D(2025, 5, 23, 2, 31, 30)
    tr, snd, mid = aws_jp(B_ADDR, dt, *NIFTY)
    text = """お客様

AWS サポートをご利用いただき、ありがとうございます。

サポートケース %s（%s）は解決済みとしてクローズされました。

今回のサポートはいかがでしたか？ 今後のサービス向上のため、1 分程度の簡単なアンケートにご協力ください。

問題は解決しましたか？
　はい: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

同じ問題で引き続きサポートが必要な場合は、AWS サポートセンターからケースを再開できます。

Amazon Web Services
""" % (B_CASE, B_SUBJ, B_CASE, B_CASE)
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = enc_subject("Amazon Web Services: サポートケース %s がクローズされました - アンケートのお願い" % B_CASE)
    build("013-ja-console-case-closed-questionnaire.eml", L("survey", B_CASE, [], True, "ja"),
          body, tr, snd, content(CONSOLE, B_TO, subj, dt, mid), ses_tail(dt))


# ======== Story C: console case 2022 (11 digits), Turkish-speaking agents, outlook.com user
C_CASE = "10918273645"
C_ADDR = "priya.raman@outlook.com"
C_TO = "priya.raman@outlook.com"
C_OLD, C_KEEP = "AWS12093847", "AWS66120954"
C_SUBJ = "Merge two certification accounts"

CONSOLE_FOOTER_EN = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def outlook_post(dt):
    return [("X-MS-Exchange-Organization-ExpirationStartTime", rfc(dt + timedelta(seconds=3)).replace("+0000", "(UTC)")),
            ("X-MS-Exchange-Organization-Network-Message-Id", "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:0%d.%07d" % (rng.randint(1, 9), rng.randint(0, 9999999)))]


def m014():
    dt = D(2022, 9, 5, 14, 22, 37)
    tr, snd, mid, _ = aws_outlook(C_ADDR, dt)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS12093847 (old, created for my first exam in 2019 with my university email) and AWS66120954 (current one). Please merge the old one into AWS66120954. Thank you!

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (C_CASE, C_CASE, C_SUBJ, C_CASE)
    body = tpart(text, cte="7bit", charset="us-ascii")
    subj = "Amazon Web Services: You have opened a new Support case: %s" % C_CASE
    build("014-console-case-opened-2022.eml", L("case_created", C_CASE, [C_OLD, C_KEEP], True), body, tr, snd,
          content(CONSOLE, C_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


C_015 = """Hello Priya,

Thank you for your patience while I was investigating your case.

I would like to kindly inform you that I have found both of your certification accounts in our system. Before I am submitting the merge request to our internal team, I need your confirmation for the below details:

   Account to be merged (will be deactivated): AWS-12093847
   Account to remain (primary): AWS-66120954

Please be informed that once the accounts are merged, the operation can not be undone and all of your certifications, exam history and benefits will be shown only under the primary account.

Kindly reply to this case from the Support Center with "I confirm" if the information is correct. If there is any mistake, please let me know which account you would like to keep.

Have a nice day!

Best regards,
Emre K.
Amazon Web Services
"""


def m015():
    dt = D(2022, 9, 6, 11, 4, 12)
    tr, snd, mid, _ = aws_outlook(C_ADDR, dt)
    text = C_015 + CONSOLE_FOOTER_EN % C_CASE
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (C_CASE, C_SUBJ)
    build("015-turkish-agent-kindly-confirm-merge.eml",
          L("merge_confirmation_requested", C_CASE, [C_OLD, C_KEEP], True), body, tr, snd,
          content(CONSOLE, C_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


def m016():
    dt = D(2022, 9, 9, 8, 51, 3)
    tr, snd, mid, _ = aws_outlook(C_ADDR, dt)
    text = """Hello Priya,

I hope you are doing well.

This is a kind follow-up about your case %s. My colleague has sent you the account details for your confirmation 3 days ago, however we did not received any reply from you yet.

We can not continue with your request without your confirmation. Could you please check the previous correspondence in the Support Center and reply us there?

If we will not hear back from you, the case will be automatically closed after 7 days. You can reopen it anytime.

Best regards,
Burcu
Amazon Web Services
""" % C_CASE + CONSOLE_FOOTER_EN % C_CASE
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = "RE:[CASE %s] %s" % (C_CASE, C_SUBJ)
    build("016-turkish-agent-follow-up-no-reply-yet.eml", L("support_reply", C_CASE, [], True), body, tr, snd,
          content(CONSOLE, C_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


def m017():
    dt = D(2022, 9, 12, 16, 37, 45)
    tr, snd, mid, _ = aws_outlook(C_ADDR, dt)
    text = """Hello Priya,

Thank you for the confirmation and sorry for the waiting.

Good news! I am happy to let you know that our internal team has finalized the merging for your certification accounts. Your certifications from AWS12093847 are now listed under AWS66120954, you can check them by signing in to your AWS Certification account. Please use the e-mail of your current account for sign in.

Since your request is fulfilled, I am going to resolve this case now. If you notice any problem you can reopen the case from the Support Center within 14 days.

It was a pleasure to assist you!

Best regards,
Emre K.
Amazon Web Services
""" + CONSOLE_FOOTER_EN % C_CASE
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (C_CASE, C_SUBJ)
    build("017-turkish-agent-merge-finalized-resolving-case.eml",
          L("merge_completed", C_CASE, [C_OLD, C_KEEP], True), body, tr, snd,
          content(CONSOLE, C_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


def m018():
    dt = D(2022, 9, 14, 2, 10, 26)
    ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "o3.em.credly.com"
    ar = ar_outlook(ip, "em.credly.com", "pass", "credly.com", "pass", "credly.com")
    tr = outlook_trace(C_ADDR, dt, ip, helo, ar, "em.credly.com")
    snd = [("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"))]
    mid = "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40))
    badge = "AWS Certified Cloud Practitioner"
    plain = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a new badge: %s.

Your badge was re-issued to this Credly account following an update of your certification records.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Credly, Inc. - 2 Park Avenue, 19th Floor, New York, NY 10016
""" % (badge, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    h = credly_badge_html("Priya", badge, intro="Amazon Web Services Training and Certification has issued you a new badge. Your badge was re-issued to this Credly account following an update of your certification records.")
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(h, "html"), boundary=rhex(60))
    subj = "Priya, you've earned the AWS Certified Cloud Practitioner badge!"
    build("018-credly-badge-reissued-outlook.eml", L("credly_badge_issued", None, [], True), body, tr, snd,
          content(CREDLY_FROM, C_TO, subj, dt, mid), outlook_post(dt))


# ======== Story D: 2019 (10 digits), German-speaking agent, company mailbox on Exchange Online
D_CASE = "6273918450"
D_ADDR = "thomas.berger@berger-it.de"
D_TO = "Thomas Berger <thomas.berger@berger-it.de>"
D_KEEP, D_OLD = "AWS00781234", "AWS02245190"
D_SUBJ = "RE:[CASE %s] Account merge request - Certification" % D_CASE

D_USER_FIRST = """Hello,

I have two certification accounts. The first one I created in 2017 with my private mail tberger1985@gmx.de (candidate ID AWS02245190), the second one with my company mail (AWS00781234). Please merge them, I want to keep the company account.

Best regards
Thomas Berger
Berger IT-Consulting GmbH"""

D_019 = """Dear Mr. Berger,

thank you for your inquiry and for your patience.

I have checked both accounts which you have mentioned. Please be so kind and confirm us the following merging, before we can start with it:

AWS00781234 (thomas.berger@berger-it.de) - this account will stay and will be your main account
AWS02245190 (tberger1985@gmx.de) - this account will be merged into the account above and closed afterwards

Please note, that a merging can not be reversed. All your certifications, transcripts and also the benefits will be transferred to the remaining account.

Is this correct so? Please answer to this e-mail with a short confirmation.

With kind regards / Mit freundlichen Grüßen

Jürgen Hofmann
AWS Training and Certification Customer Service"""


def m019():
    dt = D(2019, 8, 20, 9, 14, 58)
    tr, snd, mid, _ = aws_outlook(D_ADDR, dt, prd="eurprd")
    text = D_019 + "\n\n" + outlook_quote("Thomas Berger <thomas.berger@berger-it.de>", "Monday, August 19, 2019 4:47 PM",
                                        "aws-cs-trainingcertification-form@amazon.com", "Account merge request - Certification", D_USER_FIRST) + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("019-german-agent-please-confirm-merging.eml",
          L("merge_confirmation_requested", D_CASE, [D_KEEP, D_OLD], True), body, tr, snd,
          content(FORM, D_TO, D_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


def m020():
    dt = D(2019, 8, 20, 13, 2, 11)
    tr, snd, mid, _ = aws_outlook(D_ADDR, dt, prd="eurprd")
    user = "Hello Mr. Hofmann,\n\nyes, this is correct. Please go ahead.\n\nBest regards\nThomas Berger"
    hist = outlook_quote("Thomas Berger <thomas.berger@berger-it.de>", "Tuesday, August 20, 2019 2:31 PM",
                         "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", D_SUBJ,
                         user + "\n\n" + outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                                        "Tuesday, August 20, 2019 11:14 AM", "Thomas Berger <thomas.berger@berger-it.de>", D_SUBJ, D_019))
    text = """Dear Mr. Berger,

many thanks for your fast confirmation.

I have forwarded your request now to our back office team. They will do the merging within the next 3-5 working days, I will inform you as soon as I got the feedback from them. Until then you do not need to do anything.

Mit freundlichen Grüßen / Best regards
Jürgen Hofmann
AWS Training and Certification Customer Service

""" + hist + "\n"
    # charset label says us-ascii, bytes are UTF-8 (umlauts come out as mojibake in strict readers)
    body = alt(tpart(text, cte="8bit", charset="utf-8", label="us-ascii"),
               tpart(aws_html(text), "html", cte="8bit", charset="utf-8", label="us-ascii"))
    build("020-german-agent-forwarded-to-back-office-wrong-charset.eml", L("support_reply", D_CASE, [], True), body, tr, snd,
          content(FORM, D_TO, D_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


def m021():
    dt = D(2019, 8, 23, 7, 40, 33)
    tr, snd, mid, _ = aws_outlook(D_ADDR, dt, prd="eurprd")
    text = """Dear Mr. Berger,

I am pleased to inform you that the merging of your both accounts is now finished. From now on you can log in with thomas.berger@berger-it.de (AWS00781234), there you will find all of your certifications and transcripts.

The account AWS02245190 is not active anymore, please do not use it for future exam registrations.

Should you have further questions, do not hesitate to contact us.

With kind regards / Mit freundlichen Grüßen

Jürgen Hofmann
AWS Training and Certification Customer Service
"""
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    build("021-german-agent-merging-finished.eml", L("merge_completed", D_CASE, [D_KEEP, D_OLD], True), body, tr, snd,
          content(FORM, D_TO, D_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


def m022():
    # survey sent through Qualtrics on behalf of AWS: authentic sender, but not AWS/Credly
    dt = D(2019, 8, 24, 15, 5, 0)
    ip = "66.198.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "mta%d.qemailserver.com" % rng.randint(1, 30)
    ar = ar_outlook(ip, "qemailserver.com", "pass", "qemailserver.com", "pass", "qemailserver.com")
    tr = outlook_trace(D_ADDR, dt, ip, helo, ar, "qemailserver.com", "eurprd")
    snd = [("DKIM-Signature", dkim("qemailserver.com", "qm1", dt))]
    mid = "<%s.%d@qemailserver.com>" % (rhex(24), rng.randint(10 ** 9, 10 ** 10))
    plain = """Dear Thomas,

Recently you have contacted AWS Training and Certification Customer Service (Case %s). We would like to hear about your experience.

Please take 2 minutes to answer a short survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kLpQ9xY2mWzAbC?Q_CHL=email&case=%s

How satisfied were you with the resolution of your case?
Very dissatisfied 1 - 2 - 3 - 4 - 5 Very satisfied

Your feedback helps us to improve our service.

Thank you,
AWS Training and Certification Customer Service

Follow the link to opt out of future emails:
https://amazonwebservices.qualtrics.com/CP/Register.php?OptOut=true&RID=MLRP_%s
""" % (D_CASE, D_CASE, rhex(15))
    body = alt(tpart(plain, cte="quoted-printable"), tpart(html_doc(text_to_html(plain)), "html"))
    subj = "Tell us about your experience - Case %s" % D_CASE
    build("022-qualtrics-survey-for-case.eml", L("survey", D_CASE, [], False), body, tr, snd,
          content(("AWS Training and Certification", "noreply@qemailserver.com"), D_TO, subj, dt, mid,
                  reply_to="aws-tc-feedback@amazon.com"), outlook_post(dt))


# ======== Story E: form desk 2024, Indonesian-speaking agent, Gmail user
E_OPEN = D(2024, 10, 2, 3, 25, 10)
E_CASE = case15(E_OPEN, 88013)
E_ADDR = "ahmad.fauzi88@gmail.com"
E_TO = "Ahmad Fauzi <ahmad.fauzi88@gmail.com>"
E_KEEP, E_OLD = "AWS83920174", "AWS27461039"


def m023():
    dt = E_OPEN + timedelta(seconds=14)
    tr, snd, mid = aws_gmail(E_ADDR, dt)
    text = """Hello,

Thanks for getting in touch with AWS Training and Certification.

Your request has been logged under reference number %s. A member of our Customer Support team will get back to you within 1 business day.

While you wait, you can find answers to common questions in our FAQ: https://aws.amazon.com/certification/faqs/

If you would like to add details, reply to this message. Please do not submit the form again for the same topic - duplicate requests are answered more slowly.

Regards,
AWS Training and Certification
""" % E_CASE
    h = html_doc("""<div style="max-width:600px;font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:18px">AWS Training and Certification</span></div>
<p>Hello,</p><p>Thanks for getting in touch with AWS Training and Certification.</p>
<p>Your request has been logged under reference number <strong>%s</strong>. A member of our Customer Support team will get back to you within 1 business day.</p>
<p>While you wait, you can find answers to common questions in our <a href="https://aws.amazon.com/certification/faqs/">FAQ</a>.</p>
<p>If you would like to add details, reply to this message. Please do not submit the form again for the same topic - duplicate requests are answered more slowly.</p>
<p>Regards,<br>AWS Training and Certification</p></div>""" % E_CASE)
    body = alt(tpart(text), tpart(h, "html"))
    subj = "We've received your request [CASE %s]" % E_CASE
    build("023-form-ack-request-logged-reference.eml", L("case_created", E_CASE, [], True), body, tr, snd,
          content(FORM, E_TO, subj, dt, mid), ses_tail(dt))


E_USER_FORM = """Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS83920174
Description: I have 2 account, please merge to 1 account. Thank you"""


def m024():
    dt = D(2024, 10, 3, 2, 11, 47)
    tr, snd, mid = aws_gmail(E_ADDR, dt)
    text = """Dear Ahmad,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding your certification accounts. Kindly be informed that in order to process your request for the account AWS83920174 that you have mentioned, we need some additional information from your side:

1. The email address that registered in each of the account
2. The reason why you are having two accounts (for example: changed company, typo in email address, etc.)
3. Which account you want to be the primary one

Kindly provide the above information by replying to this email so we can assist you further. Please do not create new case for the same request as it will make the process become longer.

Thank you for your understanding and cooperation.

Warm regards,
Putri A.
%s

-------- Original Message --------
%s
""" % (AWS_FORM_SIG, E_USER_FORM)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)
    build("024-indonesian-agent-kindly-provide-details.eml", L("support_reply", E_CASE, [E_KEEP], True), body, tr, snd,
          content(FORM, E_TO, subj, dt, mid), ses_tail(dt))


E_025 = """Dear Ahmad,

Thank you for the information provided.

We have verified both of the accounts. Kindly check and confirm the below details before we proceed to consolidate your accounts:

Primary account (will be retained) : AWS-83920174 / ahmad.fauzi88@gmail.com
Secondary account (will be consolidated into primary and deactivate) : AWS-27461039 / ahmad.fauzi@mitra-digital.co.id

Kindly take note that this action is permanent and it cannot be reversed once it is done. All certifications, exam history and benefits from the secondary account will be moved to the primary account.

Once we received your confirmation, we will raise the request to the relevant team and the process may take 3-5 business days.

Kindly reply "Confirm" to this email if the above details are correct.

Warm regards,
Putri A.
AWS Training and Certification Customer Support"""


def m025():
    dt = D(2024, 10, 4, 1, 58, 9)
    tr, snd, mid = aws_gmail(E_ADDR, dt)
    user = """Hi Putri,

1. ahmad.fauzi88@gmail.com and ahmad.fauzi@mitra-digital.co.id (old office)
2. I changed company, and I forget I already have account
3. primary is gmail one

Thanks,
Ahmad"""
    text = E_025 + "\n\n" + gmail_quote("Thu, Oct 3, 2024 at 8:40 PM", "Ahmad Fauzi", E_ADDR, user) + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)
    build("025-indonesian-agent-kindly-reply-confirm.eml",
          L("merge_confirmation_requested", E_CASE, [E_KEEP, E_OLD], True), body, tr, snd,
          content(FORM, E_TO, subj, dt, mid), ses_tail(dt))


def m026():
    dt = D(2024, 10, 8, 6, 33, 20)
    tr, snd, mid = aws_gmail(E_ADDR, dt)
    user = "Confirm. The details are correct, please proceed.\n\nAhmad"
    text = """Dear Ahmad,

Good day to you.

We are pleased to inform you that your request has been done successfully. Both of your certification profiles are now consolidated into one account (AWS83920174). Kindly login using ahmad.fauzi88@gmail.com to view all your certifications and exam history.

Kindly be informed that your Credly badges will be transferred automatically within 2-3 business days. Should you not receive them after that, do let us know.

Thank you for choosing AWS Training and Certification.

Warm regards,
Putri A.
%s

%s
""" % (AWS_FORM_SIG, gmail_quote("Fri, Oct 4, 2024 at 10:02 AM", "Ahmad Fauzi", E_ADDR,
                                 user + "\n\n" + gmail_quote("Fri, Oct 4, 2024 at 8:58 AM", "Amazon Web Services", FORM[1], E_025)))
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)
    build("026-indonesian-agent-profiles-consolidated.eml", L("merge_completed", E_CASE, [E_KEEP], True), body, tr, snd,
          content(FORM, E_TO, subj, dt, mid), ses_tail(dt))


def m027():
    dt = D(2024, 10, 10, 13, 47, 2)
    tr, snd, mid = credly_gmail(E_ADDR, dt)
    rows = ""
    for b in ["AWS Certified Developer \u2013 Associate", "AWS Certified Cloud Practitioner"]:
        rows += '<tr><td style="padding:8px 32px"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="55" alt=""> <b>%s</b> &mdash; issued by Amazon Web Services Training and Certification</td></tr>\n' % (rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12), esc(b))
    h = html_doc("""<table role="presentation" width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">Good news, Ahmad!</h1>
<p>Following an update to your records by Amazon Web Services Training and Certification, the badges below have been issued to this Credly account. Accept them to display them on your profile.</p></td></tr>
%s<tr><td align="center" style="padding:24px"><a href="https://www.credly.com/earner/earned?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=badges_issued" style="background:#e56b00;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold">Accept your badges</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777">Credly, Inc. &middot; 2 Park Avenue, 19th Floor, New York, NY 10016 &middot; <a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></td></tr>
</table>""" % rows)
    body = tpart(h, "html", cte="base64")
    subj = "Ahmad, you have 2 new badges waiting for you"
    build("027-credly-two-badges-moved-html-only.eml", L("credly_badge_issued", None, [], True), body, tr, snd,
          content(CREDLY_FROM, E_ADDR, subj, dt, mid), [("X-Feedback-ID", "2193847:SG")])


# ======== Story F: form desk 2025, French-speaking agent, hotmail.fr user (Outlook, French UI)
F_OPEN = D(2025, 1, 14, 16, 2, 37)
F_CASE = case15(F_OPEN, 20551)
F_ADDR = "sophie.laurent@hotmail.fr"
F_TO = "Sophie Laurent <sophie.laurent@hotmail.fr>"
F_OLD, F_KEEP = "AWS59028316", "AWS71400293"
F_SUBJ = "RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ)


def fr_outlook_quote(frm, sent, to, subject, text):
    return "________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (frm, sent, to, subject, text)


F_028 = """Hello Sophie,

Thank you for your message and for your patience.

We have well received your demand concerning the fusion of your two certification accounts (AWS59028316 and AWS71400293).

Before to proceed, could you please precise us which one of the two accounts you wish to conserve? The other account will be deactivated at the end of the operation. Also, could you confirm us the e-mail address of notification you want to use in the future?

We remain at your disposal for any further question.

Best regards,
Mathieu D.
AWS Training and Certification Customer Support"""


def m028():
    dt = D(2025, 1, 15, 10, 26, 4)
    tr, snd, mid, _ = aws_outlook(F_ADDR, dt, prd="eurprd")
    text = F_028 + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("028-french-agent-which-account-to-conserve.eml", L("support_reply", F_CASE, [F_OLD, F_KEEP], True), body, tr, snd,
          content(FORM, F_TO, F_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


F_029 = """Hello Sophie,

Thank you for your quick return.

Please find below the resume of the operation that we will realise on your accounts:

- Account conserved : AWS71400293 (sophie.laurent@hotmail.fr)
- Account to fusion into the conserved account and to close : AWS59028316 (s.laurent@altavia-conseil.fr)

Attention, once realised this operation is definitive: we will not be able to separate the accounts after.

Can you confirm us by return of mail that these informations are exact? Without your confirmation we cannot launch the operation.

Best regards,
Mathieu D.
AWS Training and Certification Customer Support"""


def m029():
    dt = D(2025, 1, 16, 9, 2, 44)
    tr, snd, mid, _ = aws_outlook(F_ADDR, dt, prd="eurprd")
    user = "Hello Mathieu,\n\nI want to keep AWS71400293 (the hotmail one). Notification e-mail: sophie.laurent@hotmail.fr\n\nThanks,\nSophie"
    text = F_029 + "\n\n" + fr_outlook_quote("Sophie Laurent <sophie.laurent@hotmail.fr>", "mercredi 15 janvier 2025 18:12",
                                             "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", F_SUBJ,
                                             user + "\n\n" + fr_outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                                                              "mercredi 15 janvier 2025 11:26", "Sophie Laurent <sophie.laurent@hotmail.fr>", F_SUBJ, F_028)) + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("029-french-agent-resume-of-operation-confirm.eml",
          L("merge_confirmation_requested", F_CASE, [F_OLD, F_KEEP], True), body, tr, snd,
          content(FORM, F_TO, F_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


def m030():
    dt = D(2025, 1, 18, 14, 55, 31)
    tr, snd, mid, _ = aws_outlook(F_ADDR, dt, prd="eurprd")
    user = "Yes, the informations are exact. Please proceed.\nSophie"
    text = """Hello Sophie,

I have the pleasure to inform you that the fusion of your accounts has been realised with success. All your certifications appear now on your account AWS71400293, and the second account is closed.

Your badges on Credly will be actualised in the next days. Don't hesitate to come back to us if it is not the case.

Best regards,
Mathieu D.
AWS Training and Certification Customer Support

""" + fr_outlook_quote("Sophie Laurent <sophie.laurent@hotmail.fr>", "jeudi 16 janvier 2025 19:40",
                       "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", F_SUBJ,
                       user + "\n\n" + fr_outlook_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                                                        "jeudi 16 janvier 2025 10:02", "Sophie Laurent <sophie.laurent@hotmail.fr>", F_SUBJ, F_029)) + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("030-french-agent-fusion-realised.eml", L("merge_completed", F_CASE, [F_KEEP], True), body, tr, snd,
          content(FORM, F_TO, F_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


def m031():
    dt = D(2025, 1, 24, 8, 12, 9)
    tr, snd, mid, _ = aws_outlook(F_ADDR, dt, prd="eurprd")
    text = """Hello Sophie,

As we did not receive news from you since my last message, I suppose that everything is in order on your side, so I proceed now to the closure of this case.

You will receive soon a small questionnaire of satisfaction. We would be very grateful if you can take some minutes to complete it, your opinion is important for us. You can also note our exchange directly here: https://survey.aws-tc-support.amazon.com/s/r?c=%s

If you need, you can reopen this case by answering to this e-mail during the next 14 days.

Best regards,
Mathieu D.
AWS Training and Certification Customer Support
""" % F_CASE
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    build("031-french-agent-closure-questionnaire.eml", L("survey", F_CASE, [], True), body, tr, snd,
          content(FORM, F_TO, F_SUBJ, dt, mid), ses_tail(dt) + outlook_post(dt))


# ======== Story G: form desk in Japanese, Polish-speaking agent writing Japanese, biglobe user
G_OPEN = D(2025, 6, 3, 0, 15, 42)
G_CASE = case15(G_OPEN, 67120)
G_ADDR = "kenta.yamamoto@biglobe.ne.jp"
G_NAME = "山本 健太"
G_KEEP, G_OLD = "AWS30418862", "AWS30499105"
BIGLOBE = ("mx.biglobe.ne.jp", "mfilter-in03.biglobe.ne.jp")


def enc_subject_q(s, charset="utf-8"):
    from email.charset import Charset, QP
    cs = Charset(charset)
    cs.header_encoding = QP
    return Header(s, cs, header_name="Subject").encode(linesep="\n")


def g_to(charset="utf-8"):
    return enc_name(G_NAME, G_ADDR, charset)


def m032():
    dt = G_OPEN + timedelta(seconds=11)
    tr, snd, mid = aws_jp(G_ADDR, dt, *BIGLOBE)
    text = """山本 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

本メールは自動送信です。お客様のお問い合わせを受け付け、以下のケース番号で登録いたしました。通常 24 時間以内に担当者よりご連絡いたします。

ケース番号: %s
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: %s

本ケースに情報を追加される場合は、件名のケース番号を変更せずに本メールへご返信ください。同じ内容でフォームを再送信されますと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
""" % (G_CASE, G_KEEP)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = enc_subject_q("[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % G_CASE)
    build("032-ja-form-ack-inquiry-received.eml", L("case_created", G_CASE, [G_KEEP], True, "ja"), body, tr, snd,
          content(FORM, g_to(), subj, dt, mid), ses_tail(dt))


G_033 = """山本 健太 様

お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサポートのノヴァクです。

お客様の２つのアカウントを確認することができました。以下の内容で、アカウントを一つにまとめる作業を行います。作業の前に、内容が正しいかどうか確認をお願いします致します。

【残す方のアカウント】
受験者 ID：AWS30418862
メールアドレス：kenta.yamamoto@biglobe.ne.jp

【統合して閉じる方のアカウント】
受験者 ID：AWS30499105
メールアドレス：k-yamamoto@tokai-sys.co.jp

この作業は一度実行すると、取り消すことはできないです。ご注意ください。
内容に間違いがなければ、このメールに「確認しました。統合を進めてください」とご返信していただけますか。

宜しくお願い致します。
マルタ・ノヴァク
AWS トレーニングと認定 カスタマーサポート"""


def m033():
    dt = D(2025, 6, 4, 1, 20, 15)
    tr, snd, mid = aws_jp(G_ADDR, dt, *BIGLOBE)
    user = """ご担当者様

ご連絡ありがとうございます。
古い方のアカウントは前職のメールアドレス k-yamamoto@tokai-sys.co.jp で登録していました。
biglobe の方を残していただきたいです。

山本"""
    text = G_033 + "\n\n" + ja_quote("2025年6月3日(火) 18:40", "山本健太", G_ADDR, user) + "\n"
    body = alt(tpart(text, charset="iso-2022-jp", cte="7bit"), tpart(aws_html(text).replace("charset=utf-8", "charset=iso-2022-jp"), "html", charset="iso-2022-jp", cte="7bit"))
    subj = enc_subject("RE:[CASE %s] %s" % (G_CASE, "お問い合わせ：アカウントの統合"), "iso-2022-jp")
    build("033-ja-polish-agent-confirm-before-combining-iso2022jp.eml",
          L("merge_confirmation_requested", G_CASE, [G_KEEP, G_OLD], True, "ja"), body, tr, snd,
          content(FORM, g_to("iso-2022-jp"), subj, dt, mid), ses_tail(dt))


def m034():
    dt = D(2025, 6, 4, 7, 3, 58)
    tr, snd, mid = aws_jp(G_ADDR, dt, *BIGLOBE)
    user = "ノヴァク様\n\n確認しました。統合を進めてください。\nよろしくお願いいたします。\n\n山本"
    hist = ja_quote("2025年6月4日(水) 15:31", "山本健太", G_ADDR,
                    user + "\n\n" + ja_quote("2025年6月4日(水) 10:20", "Amazon Web Services", FORM[1], G_033))
    text = """山本 健太 様

ご確認いただき、ありがとうございます。ノヴァクです。

これより、担当チームにて統合の手続きを進めさせていただきます。完了まで３〜５営業日ほどかかる見込みです。完了しましたら、改めてこちらからご連絡しますので、それまでお待ちくださいませ。

宜しくお願い致します。
マルタ・ノヴァク
AWS トレーニングと認定 カスタマーサポート

""" + hist + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = enc_subject("RE:[CASE %s] %s" % (G_CASE, "お問い合わせ：アカウントの統合"))
    build("034-ja-polish-agent-will-proceed-now.eml", L("support_reply", G_CASE, [], True, "ja"), body, tr, snd,
          content(FORM, g_to(), subj, dt, mid), ses_tail(dt))


def m035():
    dt = D(2025, 6, 6, 3, 44, 27)
    tr, snd, mid = aws_jp(G_ADDR, dt, *BIGLOBE)
    text = """山本 健太 様

大変お待たせしました。ノヴァクです。

アカウントの一本化の作業が終わりましたので、ご報告いたします。今後は受験者 ID AWS30418862 にて、これまでのすべての認定資格をご確認いただけます。旧アカウントへのサインインはできなくなっております。

Credly のデジタルバッジにつきましては、移行に数日かかる場合がありますので、ご了承ください。

他にご不明な点がございましたら、このメールにご返信ください。

宜しくお願い致します。
マルタ・ノヴァク
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(tpart(text, charset="shift_jis", cte="base64", label="Shift_JIS"),
               tpart(aws_html(text).replace("charset=utf-8", "charset=Shift_JIS"), "html", charset="shift_jis", cte="base64", label="Shift_JIS"))
    subj = enc_subject("RE:[CASE %s] %s" % (G_CASE, "お問い合わせ：アカウントの統合"), "shift_jis")
    build("035-ja-polish-agent-unification-done-sjis.eml", L("merge_completed", G_CASE, [G_KEEP], True, "ja"), body, tr, snd,
          content(FORM, g_to(), subj, dt, mid), ses_tail(dt))


def m036():
    dt = D(2025, 6, 8, 22, 5, 13)
    ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "o7.em.credly.com"
    mailfrom = "bounces+%d-%s-kenta.yamamoto=biglobe.ne.jp@em.credly.com" % (rng.randint(10 ** 7, 10 ** 8), rhex(4))
    ar = ar_simple(BIGLOBE[0], "pass", mailfrom, "pass", "credly.com", "pass", "credly.com")
    tr = jp_trace(G_ADDR, dt, ip, helo, mailfrom, ar, BIGLOBE[1])
    snd = [("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"))]
    mid = "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40))
    badge = "AWS Certified Solutions Architect – Professional"
    h = html_doc("""<table role="presentation" width="600" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">おめでとうございます、健太さん！</h1>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。バッジを受け取って、あなたの実績を共有しましょう。</p></td></tr>
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt=""><br><b>%s</b></td></tr>
<tr><td align="center" style="padding:24px"><a href="https://www.credly.com/earner/earned/badge/%s?locale=ja" style="background:#e56b00;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold">バッジを受け取る</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777">このメールは、Amazon Web Services Training and Certification が Credly を通じてバッジを発行したため送信されています。<br>Credly, Inc. &middot; 2 Park Avenue, 19th Floor, New York, NY 10016</td></tr>
</table>""" % (rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12), esc(badge), rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)))
    body = tpart(h, "html", cte="base64")
    subj = enc_subject("健太さん、Amazon Web Services Training and Certification からバッジが発行されました")
    build("036-ja-credly-badge-issued.eml", L("credly_badge_issued", None, [], True, "ja"), body, tr, snd,
          content(("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), G_ADDR, subj, dt, mid))


# ======== Story H: form desk 2025, Korean-speaking agent writing English, Gmail user
H_OPEN = D(2025, 7, 8, 22, 41, 3)
H_CASE = case15(H_OPEN, 50926)
H_ADDR = "michael.chen.cloud@gmail.com"
H_TO = "Michael Chen <michael.chen.cloud@gmail.com>"
H_KEEP, H_OLD = "AWS91827364", "AWS19283746"
H_SUBJ = "RE: [CASE %s] %s" % (H_CASE, FORM_SUBJ)

H_037 = """Hello Michael,

Thank you for contact AWS Training and Certification. My name is Seo-yeon and I will help your case.

I checked your request about the certification accounts. Currently I am checking with our internal team for verify the ownership of both account, because the name on the account AWS19283746 is little bit different with your current account (Mike Chen vs Michael Chen). This process can take 1~2 business days.

I will update you as soon as I receive the answer from the team. Thank you for your understanding and patience.

Best regards,
Seo-yeon P.
AWS Training and Certification Customer Support"""


def m037():
    dt = D(2025, 7, 9, 23, 50, 12)
    tr, snd, mid = aws_gmail(H_ADDR, dt)
    text = H_037 + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("037-korean-agent-checking-ownership-status.eml", L("support_reply", H_CASE, [H_OLD], True), body, tr, snd,
          content(FORM, H_TO, H_SUBJ, dt, mid), ses_tail(dt))


H_038 = """Hello Michael,

Thank you for waiting. Our internal team confirmed that both account is belong to you.

So, we will merge your accounts as below. Please check carefully and reply to us "Yes, I confirm" for proceed.

* Remaining account : AWS91827364 (michael.chen.cloud@gmail.com)
* Account to be merge : AWS19283746 (mike.chen@hanbit-soft.com) -> this account will be deleted after merge

Please note that after the merge is complete, we can not separate the accounts again. The exam history and certifications of AWS19283746 will be moved to AWS91827364.

Best regards,
Seo-yeon P.
AWS Training and Certification Customer Support"""


def m038():
    dt = D(2025, 7, 11, 1, 7, 36)
    tr, snd, mid = aws_gmail(H_ADDR, dt)
    user = "Hi Seo-yeon,\n\nThanks. Yes, Mike Chen is me, I used the short name at my old company. Let me know if you need any document.\n\nMichael"
    text = H_038 + "\n\n" + orig_quote("Michael Chen <michael.chen.cloud@gmail.com>", "Thursday, July 10, 2025 9:12 PM",
                                      "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Re: " + H_SUBJ, user) + "\n"
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    build("038-korean-agent-reply-yes-i-confirm.eml",
          L("merge_confirmation_requested", H_CASE, [H_KEEP, H_OLD], True), body, tr, snd,
          content(FORM, H_TO, H_SUBJ, dt, mid), ses_tail(dt))


def m039():
    dt = D(2025, 7, 14, 5, 22, 8)
    tr, snd, mid = aws_gmail(H_ADDR, dt)
    user = "Yes, I confirm. Please proceed with the merge.\n\nThanks,\nMichael"
    hist = orig_quote("Michael Chen <michael.chen.cloud@gmail.com>", "Friday, July 11, 2025 8:30 AM",
                      "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Re: " + H_SUBJ,
                      user + "\n\n" + orig_quote("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Friday, July 11, 2025 3:07 AM",
                                                 "Michael Chen <michael.chen.cloud@gmail.com>", H_SUBJ, H_038))
    text = """Hello Michael,

Good news. Your request for account integration is finished now. From today you can see all certification and exam history in your account AWS91827364. The old account cannot be sign in anymore.

By the way, in the previous mail you mentioned that you want to change your notification e-mail also. Do you still want to change it? If yes, please let me know which e-mail address you want to use.

Best regards,
Seo-yeon P.
AWS Training and Certification Customer Support

""" + hist + "\n"
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    build("039-korean-agent-integration-finished-plus-question.eml", L("merge_completed", H_CASE, [H_KEEP], True), body, tr, snd,
          content(FORM, H_TO, H_SUBJ, dt, mid), ses_tail(dt))


def m040():
    dt = D(2025, 7, 18, 5, 30, 0)
    tr, snd, mid = aws_gmail(H_ADDR, dt)
    text = """Hello,

Your case %s is resolved and closed now.

We want to know how was your experience with AWS Training and Certification Customer Support. Please answer 2 short questions, it takes less than one minute.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s/r?c=%s&a=yes
NO:  https://survey.aws-tc-support.amazon.com/s/r?c=%s&a=no

How likely you will recommend our support to a colleague? (0-10)
https://survey.aws-tc-support.amazon.com/s/n?c=%s

Thank you,
AWS Training and Certification Customer Support
""" % (H_CASE, H_CASE, H_CASE, H_CASE)
    body = alt(tpart(text, cte="7bit", charset="us-ascii"), tpart(aws_html(text), "html"))
    subj = "Your case %s is closed - 1 minute feedback" % H_CASE
    build("040-form-case-closed-two-questions.eml", L("survey", H_CASE, [], True), body, tr, snd,
          content(FORM, H_TO, subj, dt, mid), ses_tail(dt))


# ======== Phishing and look-alikes
def lookalike_gmail(to, dt, dom, ip, helo, dkim_res="pass", spf_res="pass", dmarc=("pass", "NONE"), from_dom=None):
    mailfrom = "bounce-%s@%s" % (rhex(10), dom)
    from_dom = from_dom or dom
    dk = [(dkim_res, dom, "default")] if dkim_res else []
    ar = ar_google(dk, (spf_res, mailfrom, ip), (dmarc[0], dmarc[1], from_dom) if dmarc else None)
    tr = gmail_trace(to, dt, ip, helo, mailfrom, ar)
    snd = [("DKIM-Signature", dkim(dom, "default", dt))] if dkim_res else []
    return tr, snd


def m041():
    dt = D(2025, 3, 19, 3, 14, 51)
    dom = "aws-certification-support.com"
    tr, snd = lookalike_gmail(A_USER[1], dt, dom, "45.137.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254)), "mail.%s" % dom)
    fake_case = case15(D(2025, 3, 18, 21, 5, 12), 90211)
    text = """Dear Customer,

Our system detected that you are having two AWS Certification accounts registered with your name:

  - AWS48213097 (primary)
  - AWS 77120458 (duplicate)

Following the policy of AWS Training and Certification, duplicate accounts must to be merged. We will merge the duplicate account into your primary account, all certificates will be kept.

Please confirm this merge in 24 hours by sign in with your AWS credentials in the secure page below, otherwise both accounts will be suspended and your certifications will be revoked:

   Confirm merge now: https://aws-certification-support.com/merge/confirm?case=%s&uid=%s

Case ID: %s

Thank you for your co-operation.
AWS Certification Support Team
""" % (fake_case, rhex(20), fake_case)
    h = html_doc("""<div style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-support.com/img/aws_logo.png" width="110"><br><br>
%s
<p><a href="https://aws-certification-support.com/merge/confirm?case=%s&amp;uid=%s" style="background:#ff9900;color:#111;padding:10px 24px;text-decoration:none;font-weight:bold">Confirm merge now</a></p>
</div>""" % (text_to_html(text.split("   Confirm merge now")[0]), fake_case, rhex(20)))
    body = alt(tpart(text), tpart(h, "html"))
    mid = "<%s.%d@%s>" % (rhex(16), int(dt.timestamp()), dom)
    subj = "Action required: confirm merge of your AWS Certification accounts [Case %s]" % fake_case
    build("041-phish-lookalike-domain-confirm-merge.eml",
          L("merge_confirmation_requested", fake_case, ["AWS48213097", "AWS77120458"], False), body, tr, snd,
          content(("AWS Certification Support", "support@" + dom), A_TO, subj, dt, mid))


def m042():
    dt = D(2025, 2, 3, 19, 48, 2)
    ip = "185.234.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "vps%d.hostingvault.eu" % rng.randint(100, 999)
    ar = ("spf=fail (sender IP is %s)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=oreject\n header.from=amazon.com;compauth=fail reason=000" % ip)
    tr = outlook_trace(F_ADDR, dt, ip, helo, ar, "amazon.com", "eurprd")
    tr[3] = ("Received-SPF", "Fail (protection.outlook.com: domain of amazon.com does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (ip, ip, helo))
    fake_case = case15(D(2025, 2, 1, 10, 17, 44), 3187)
    forged = [("Received", "from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTPA id 4Yq%s; %s" % (helo, ralnum(8, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789"), rfc(dt - timedelta(seconds=2)))),
              ("Authentication-Results", "mx.amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com")]
    text = """Hello,

We are glad to inform that the merging of your AWS Certification accounts is completed (Case ID: %s).

Because of the merge, the security verification of your remaining account AWS71400293 is expired. For keep your certifications and your exam vouchers valid, you must to verify your identity and payment method in 48 hours:

https://aws-training-verify.info/account/verify?id=%s

If you not verify, the certifications will be removed from your profile.

Best regards,
Amazon Web Services Training and Certification
""" % (fake_case, rhex(24))
    body = alt(tpart(text, charset="iso-8859-1", cte="quoted-printable"), tpart(html_doc(text_to_html(text)), "html", charset="iso-8859-1"))
    mid = "<%s@%s>" % (rhex(32), helo)
    subj = "Your accounts merge is completed - verification needed"
    build("042-phish-spoofed-amazon-merge-completed-dmarc-fail.eml",
          L("merge_completed", fake_case, ["AWS71400293"], False), body, tr, forged,
          content(("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com"), F_TO, subj, dt, mid),
          [(k, "5" if k.endswith("-SCL") else v) for k, v in outlook_post(dt)])


def m043():
    dt = D(2025, 6, 12, 23, 2, 40)
    dom = "aws-billing-jp.com"
    ip = "103.145.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    mailfrom = "info@%s" % dom
    ar = ar_simple(NIFTY[0], "pass", mailfrom, "none", "none", "none", dom)
    tr = jp_trace(B_ADDR, dt, ip, "mail." + dom, mailfrom, ar, NIFTY[1])
    text = """Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様のアカウントの支払い情報に問題が発生しましたため、アカウントは一時的に停止されました。お客様のアカウントは24時間以内に確認されない場合、全てのサービスが利用できないになります。

以下のリンクからログインし、お支払い方法を更新してください。

https://aws-billing-jp.com/signin?ref=%s

ご不便をおかけしまして、申し訳ありませんです。

Amazon Web Services 請求チーム
""" % rhex(16)
    body = tpart(text, charset="iso-2022-jp", cte="7bit")
    mid = "<%s@%s>" % (rhex(20), dom)
    subj = enc_subject("【重要】AWSアカウントが一時停止されました：お支払い情報の更新をお願いします", "iso-2022-jp")
    build("043-ja-phish-billing-suspended-unrelated.eml", L("unrelated", None, [], False, "ja"), body, tr, [],
          content(("Amazon Web Services", "no-reply@" + dom), B_ADDR, subj, dt, mid, tz=JST))


def m044():
    dt = D(2024, 10, 12, 9, 31, 7)
    dom = "credly-badges.net"
    tr, snd = lookalike_gmail(E_ADDR, dt, dom, "91.215.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254)), "smtp.%s" % dom,
                              dmarc=("pass", "NONE"))
    h = credly_badge_html("Ahmad", "AWS Certified Developer \u2013 Associate",
                          intro="After your AWS Certification accounts were merged, your badge from the closed account (AWS27461039) is ready to accept on your new profile. Please accept it within 72 hours, unaccepted badges are deleted.")
    h = h.replace("https://www.credly.com/earner/earned/badge/", "https://credly-badges.net/claim/")
    body = tpart(h, "html", cte="quoted-printable")
    mid = "<%s@%s>" % (rhex(20), dom)
    subj = "Ahmad, your badge is ready - accept within 72 hours"
    build("044-phish-credly-lookalike-badge-after-merge.eml",
          L("credly_badge_issued", None, ["AWS27461039"], False), body, tr, snd,
          content(("Credly", "admin@" + dom), E_ADDR, subj, dt, mid))


# ======== Unrelated mail in the same mailboxes
def m045():
    opened = D(2025, 7, 21, 3, 9, 55)
    case = case15(opened, 71532)
    dt = D(2025, 7, 21, 9, 44, 10)
    tr, snd, mid = aws_gmail(H_ADDR, dt)
    text = """Hello Michael,

Thank you for contact AWS Support.

I am happy to let you know that your service quota increase request is approved. Below is the detail:

Account: 418273950164
Region: US East (N. Virginia)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 128 vCPUs

It can take up to 30 minutes until the new value is reflecting in the Service Quotas console. If you need more increase in the future, please submit new request from the Service Quotas console.

Best regards,
Min-jun L.
Amazon Web Services
""" + CONSOLE_FOOTER_EN % case
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] Limit Increase: EC2 Instances" % case
    build("045-other-aws-case-quota-increase-approved.eml", L("unrelated", case, [], True), body, tr, snd,
          content(CONSOLE, H_TO, subj, dt, mid), ses_tail(dt))


def m046():
    case = "11503928174"
    dt = D(2023, 3, 2, 10, 18, 29)
    tr, snd, mid, _ = aws_outlook(D_ADDR, dt, prd="eurprd")
    text = """Dear Mr. Berger,

thank you for contacting AWS Support.

Regarding your question if we can merge your two AWS accounts (210987654321 and 556677889900) into one: unfortunately it is not possible to merge AWS accounts or to move resources from one account to another one on our side.

What you can do instead is to create an AWS Organization in the account 210987654321 and invite the second account as member account. With this, you will receive one consolidated bill for both accounts, and you can use the volume discounts across the accounts. The resources stay in the respective account.

You can find the steps here:
https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html

Please let me know if you have further questions, I am happy to help.

With kind regards,
Sebastian K.
Amazon Web Services
""" + CONSOLE_FOOTER_EN % case
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] Merge two AWS accounts / consolidated billing" % case
    build("046-other-aws-case-billing-consolidate-accounts.eml", L("unrelated", case, [], True), body, tr, snd,
          content(CONSOLE, D_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


def m047():
    case = "5884881212"
    dt = D(2025, 4, 9, 16, 20, 41)
    tr, snd, mid = aws_gmail(A_USER[1], dt)
    text = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you reported two detail pages for the same product (ASIN B0CX7K2M9P and B0CX7K5TQ1). I have reviewed both listings and I am glad to inform you that the duplicate detail pages have been merged. Your offer is now available on ASIN B0CX7K2M9P.

Please allow up to 48 hours for the change to be reflected on the Amazon website.

Was this email helpful? Please let us know:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&survey=1

We hope this helps. Thank you for selling on Amazon.

Regards,
Dewi R.
Amazon Selling Partner Support
""" % case
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] Duplicate detail pages - please merge" % case
    build("047-seller-central-case-detail-pages-merged.eml", L("unrelated", case, [], True), body, tr, snd,
          content(("Amazon Selling Partner Support", "seller-support-notification@amazon.com"), A_TO, subj, dt, mid), ses_tail(dt))


def m048():
    dt = D(2025, 7, 28, 14, 3, 22)
    ip = "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 254))
    helo = "mail%d.certmetrics.com" % rng.randint(1, 9)
    mailfrom = "bounce@certmetrics.com"
    ar = ar_google([("pass", "certmetrics.com", "k1")], ("pass", mailfrom, ip), ("pass", "NONE", "certmetrics.com"))
    tr = gmail_trace(H_ADDR, dt, ip, helo, mailfrom, ar)
    snd = [("DKIM-Signature", dkim("certmetrics.com", "k1", dt))]
    text = """Dear Michael Chen,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. Please take a few minutes to tell us about your experience preparing for and taking the exam. Your feedback helps us improve the AWS Certification program.

Candidate ID: AWS91827364

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Certification

This message was sent from an unmonitored e-mail address. Please do not reply to this message.
""" % rhex(24)
    body = alt(tpart(text, cte="7bit", charset="us-ascii"), tpart(html_doc(text_to_html(text)), "html"))
    mid = "<%s@certmetrics.com>" % rhex(32)
    subj = "AWS Certification wants to hear from you"
    build("048-certmetrics-wants-to-hear-from-you.eml", L("unrelated", None, [H_KEEP], False), body, tr, snd,
          content(("AWS Certification", "do-not-reply@certmetrics.com"), H_ADDR, subj, dt, mid))


def m049():
    dt = D(2025, 8, 1, 2, 12, 6)
    ip = "148.105.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "mta-%d.pearsonvue.com" % rng.randint(10, 99)
    mailfrom = "bounce-%s@pearsonvue.com" % rhex(8)
    ar = ar_simple(BIGLOBE[0], "pass", mailfrom, "pass", "pearsonvue.com", "pass", "pearsonvue.com")
    tr = jp_trace(G_ADDR, dt, ip, helo, mailfrom, ar, BIGLOBE[1])
    snd = [("DKIM-Signature", dkim("pearsonvue.com", "pv2", dt))]
    text = """山本 健太 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験の予約が確定しました。

① 試験名：AWS Certified Security - Specialty (SCS-C02)
② 受験日時：2025年8月23日（土） 10:00～13:10
③ 受験方法：OnVUE オンライン監督試験
④ 受験者ID：AWS30418862
⑤ 登録番号：487219356

試験開始の30分前からチェックインができます。本人確認書類（写真付き）をご用意ください。

予約の変更・キャンセルは、試験開始の24時間前までにお手続きください。

ピアソンVUE
"""
    # labelled Shift_JIS, but written in CP932 (circled digits and full-width tilde)
    body = tpart(text, charset="shift_jis", codec="cp932", cte="base64", label="Shift_JIS")
    mid = "<%s.JavaMail.pvue@%s>" % (rhex(12), helo)
    subj = enc_subject("ピアソンVUE 試験予約確認のお知らせ", "iso-2022-jp")
    build("049-ja-pearson-vue-booking-cp932-labelled-sjis.eml", L("unrelated", None, [G_KEEP], False, "ja"), body, tr, snd,
          content(("Pearson VUE", "pearsonvueconfirmation@pearsonvue.com"), G_ADDR, subj, dt, mid, tz=JST))


def m050():
    dt = D(2025, 3, 20, 12, 5, 38)
    ip = "192.30.252.%d" % rng.randint(200, 210)
    helo = "out-%d.smtp.github.com" % rng.randint(20, 30)
    mailfrom = "noreply@github.com"
    ar = ar_google([("pass", "github.com", "pf2023")], ("pass", mailfrom, ip), ("pass", "REJECT", "github.com"))
    tr = gmail_trace(A_USER[1], dt, ip, helo, mailfrom, ar)
    snd = [("DKIM-Signature", dkim("github.com", "pf2023", dt))]
    plain = """Merged #482 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/finlogic/accounts-service/pull/482#event-16812345678
You are receiving this because you authored the thread.

Message ID: <finlogic/accounts-service/pull/482/issue_event/16812345678@github.com>"""
    h = html_doc('<p>Merged <a class="issue-link js-issue-link" href="https://github.com/finlogic/accounts-service/pull/482">#482</a> into main.</p>\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/finlogic/accounts-service/pull/482#event-16812345678">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>')
    body = alt(tpart(plain, cte="7bit", charset="UTF-8"), tpart(h, "html", cte="7bit", charset="UTF-8"), boundary="--==_mimepart_%s_%d" % (rhex(13), rng.randint(1000, 9999)))
    mid = "<finlogic/accounts-service/pull/482/issue_event/16812345678@github.com>"
    subj = "Re: [finlogic/accounts-service] Merge duplicate user accounts on login (PR #482)"
    build("050-github-pr-merged-notification.eml", L("unrelated", None, [], False), body, tr, snd,
          content(("Kasia Nowak", "notifications@github.com"), "finlogic/accounts-service <accounts-service@noreply.github.com>", subj, dt, mid,
                  cc="Daniel Ortega <daniel.ortega.dev@gmail.com>, Author <author@noreply.github.com>",
                  reply_to="finlogic/accounts-service <reply+ABCDEF%s@reply.github.com>" % rhex(20).upper(),
                  extra=[("In-Reply-To", "<finlogic/accounts-service/pull/482@github.com>"),
                         ("References", "<finlogic/accounts-service/pull/482@github.com>"),
                         ("List-ID", "finlogic/accounts-service <accounts-service.finlogic.github.com>"),
                         ("X-GitHub-Reason", "author")]))


def m051():
    dt = D(2025, 3, 17, 18, 40, 12)
    tr, snd, mid = credly_gmail(A_USER[1], dt)
    code = "739204"
    plain = """Hi Daniel,

We received a request to merge the Credly account registered with d.ortega@finlogic-systems.com into your Credly account (daniel.ortega.dev@gmail.com).

Your verification code is: %s

Enter this code on the merge page, or click the link below to complete the merge. The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/merge/confirm?token=%s

After the merge, all badges from the other account will appear in this account and the other account will be closed.

If you did not request this, you can ignore this email.

The Credly Team
""" % (code, rhex(40))
    h = html_doc("""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333"><tr><td style="padding:24px 32px">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<p>Hi Daniel,</p><p>We received a request to merge the Credly account registered with <b>d.ortega@finlogic-systems.com</b> into your Credly account (daniel.ortega.dev@gmail.com).</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold">%s</p>
<p><a href="https://www.credly.com/users/merge/confirm?token=%s" style="background:#e56b00;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. After the merge, all badges from the other account will appear in this account and the other account will be closed.</p>
<p style="font-size:12px;color:#777">If you did not request this, you can ignore this email.<br>Credly, Inc. &middot; 2 Park Avenue, 19th Floor, New York, NY 10016</p></td></tr></table>""" % (code, rhex(40)))
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(h, "html"), boundary=rhex(60))
    build("051-credly-self-service-account-merge-code.eml", L("unrelated", None, [], True), body, tr, snd,
          content(("Credly", "admin@credly.com"), A_USER[1], "Your Credly account merge verification code", dt, mid),
          [("X-Feedback-ID", "2193847:SG")])


def m052():
    dt = D(2025, 7, 3, 13, 0, 4)
    ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "o1.em.credly.com"
    ar = ar_outlook(ip, "em.credly.com", "pass", "credly.com", "pass", "credly.com")
    tr = outlook_trace(C_ADDR, dt, ip, helo, ar, "em.credly.com")
    snd = [("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"))]
    mid = "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40))
    plain = """Hi Priya,

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and Certification will expire on September 1, 2025.

To keep your credential current, visit the issuer's recertification page:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc. - 2 Park Avenue, 19th Floor, New York, NY 10016
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html_doc(text_to_html(plain)), "html"), boundary=rhex(60))
    subj = "Your AWS Certified Cloud Practitioner badge expires in 60 days"
    build("052-credly-badge-expiry-reminder.eml", L("unrelated", None, [], True), body, tr, snd,
          content(CREDLY_FROM, C_TO, subj, dt, mid), outlook_post(dt))


def m053():
    dt = D(2024, 11, 19, 17, 2, 0)
    tr, snd, mid = aws_gmail(E_ADDR, dt)
    plain = """AWS Training and Certification | November update

Hi Ahmad,

Validate your AI skills with the new AWS Certified AI Practitioner exam - and earn a 50%% discount voucher for your next exam when you pass before January 31.

What's new this month:
- AWS Certified AI Practitioner and Machine Learning Engineer - Associate are now generally available
- Free exam prep on AWS Skill Builder: Official Practice Question Sets
- Join "AWS re:Invent 2024" certification lounge (Las Vegas, Dec 2-6)

Schedule your exam: https://aws.amazon.com/certification/certified-ai-practitioner/

You are receiving this e-mail because you are an AWS Certified individual. Unsubscribe: https://pages.awscloud.com/unsubscribe.html?e=%s

Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109. (c) 2024 Amazon Web Services, Inc. or its affiliates.
""" % rhex(32)
    h = html_doc('<table width="640" align="center" style="font-family:Arial,sans-serif"><tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:20px">AWS Training and Certification</td></tr><tr><td style="padding:20px">%s</td></tr></table>' % text_to_html(plain))
    body = alt(tpart(plain), tpart(h, "html"))
    subj = "New AWS Certifications are here - plus a 50% off voucher offer"
    build("053-aws-tc-newsletter.eml", L("unrelated", None, [], True), body, tr, snd,
          content(("AWS Training and Certification", "aws-training-certification@amazon.com"), E_ADDR, subj, dt, mid,
                  extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?e=%s>" % rhex(32)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]), ses_tail(dt))


def m054():
    dt = D(2019, 8, 21, 15, 33, 17)
    ip = "192.237.%d.%d" % (rng.randint(128, 191), rng.randint(1, 254))
    helo = "mail-%d.mg.gitlab.com" % rng.randint(10, 99)
    ar = ar_outlook(ip, "mg.gitlab.com", "pass", "mg.gitlab.com", "pass", "gitlab.com", compauth="pass reason=100")
    tr = outlook_trace(D_ADDR, dt, ip, helo, ar, "mg.gitlab.com", "eurprd")
    snd = [("DKIM-Signature", dkim("mg.gitlab.com", "mailo", dt))]
    plain = """Merge request !214 was merged
Project:Branches: berger-it/kundenportal:feature/merge-customer-accounts to berger-it/kundenportal:master
Author: Lukas Schneider

Merge customer accounts with same e-mail (Kundenkonten zusammenführen)

Closes #88

--
View it on GitLab: https://gitlab.com/berger-it/kundenportal/-/merge_requests/214
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(tpart(plain), tpart(html_doc(text_to_html(plain)), "html"), boundary="--==_mimepart_%s_%d" % (rhex(13), rng.randint(1000, 9999)))
    mid = "<merge_request_%d@gitlab.com>" % rng.randint(10 ** 7, 10 ** 8)
    subj = "Re: kundenportal | Merge customer accounts with same e-mail (!214)"
    build("054-gitlab-merge-request-merged.eml", L("unrelated", None, [], False), body, tr, snd,
          content(("Lukas Schneider", "gitlab@mg.gitlab.com"), D_TO, subj, dt, mid,
                  extra=[("X-GitLab-Project", "kundenportal"), ("X-GitLab-MergeRequest-IID", "214"),
                         ("X-GitLab-NotificationReason", "")]), outlook_post(dt))


def m055():
    # the user's own confirmation, exported from the Gmail "Sent" folder: no Received, no Authentication-Results
    dt = D(2024, 10, 4, 3, 2, 45)
    user = "Confirm. The details are correct, please proceed.\n\nAhmad"
    text = user + "\n\n" + gmail_quote("Fri, Oct 4, 2024 at 8:58 AM", "Amazon Web Services", FORM[1], E_025) + "\n"
    h = ('<div dir="ltr">Confirm. The details are correct, please proceed.<div><br></div><div>Ahmad</div></div><br>'
         '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Oct 4, 2024 at 8:58 AM Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
         % (FORM[1], FORM[1], text_to_html(E_025)))
    body = alt(tpart(text, cte="quoted-printable", charset="UTF-8"), tpart(h, "html", cte="quoted-printable", charset="UTF-8"), boundary=gmail_boundary())
    mid = "<CAF%s@mail.gmail.com>" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    subj = "Re: RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)
    build("055-user-own-sent-confirmation-no-auth-headers.eml", L("unrelated", E_CASE, [], None), body, [], [],
          [("MIME-Version", "1.0")] + content(("Ahmad Fauzi", E_ADDR), "Amazon Web Services <%s>" % FORM[1], subj, dt, mid, tz=timezone(timedelta(hours=7)),
                                              extra=[("In-Reply-To", MIDS["025-indonesian-agent-kindly-reply-confirm.eml"]),
                                                     ("References", MIDS["025-indonesian-agent-kindly-reply-confirm.eml"])]))


# ======== Story I: console case 2025, company mailbox behind a plain Postfix gateway (no Authentication-Results)
I_OPEN = D(2025, 9, 16, 6, 30, 18)
I_CASE = case15(I_OPEN, 11094)
I_ADDR = "lan.nguyen@saigontech.vn"
I_TO = "Nguyen Thi Lan <lan.nguyen@saigontech.vn>"
I_KEEP, I_OLD = "AWS44872100", "AWS44019283"
I_SUBJ = "Merge 2 certification account"


def plain_gw_trace(to, dt, ip, helo, mailfrom, delay=5):
    rd = dt + timedelta(seconds=delay)
    vn = timezone(timedelta(hours=7))
    return [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from mail.saigontech.vn (localhost [127.0.0.1])\n\tby mbox01.saigontech.vn (Postfix) with LMTP id %s\n\tfor <%s>; %s" % (ralnum(10, "ABCDEF0123456789"), to, rfc(rd + timedelta(seconds=1), vn))),
            ("X-Virus-Scanned", "amavisd-new at saigontech.vn"),
            ("X-Spam-Flag", "NO"),
            ("X-Spam-Score", "-0.1"),
            ("Received", "from %s (%s [%s])\n\tby mail.saigontech.vn (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, ralnum(10, "ABCDEF0123456789"), to, rfc(rd, vn)))]


def aws_plain_gw(dt):
    mid = ses_msgid(dt, "ap-northeast-1")
    local, dom = ses_return_path(mid)
    ip, helo = ses_ip()
    return plain_gw_trace(I_ADDR, dt, ip, helo, "%s@%s" % (local, dom)), ses_dkim_headers(dt), mid


def m056():
    dt = I_OPEN + timedelta(seconds=5)
    tr, snd, mid = aws_plain_gw(dt)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Dear support, I have 2 AWS certification account because I changed my email. Old account: aws44019283, new account: AWS-44872100. Please help me merge into the new account. Thank you very much.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (I_CASE, I_CASE, I_SUBJ, I_CASE)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "Amazon Web Services: You have opened a new Support case: %s" % I_CASE
    build("056-console-case-opened-no-auth-results.eml", L("case_created", I_CASE, [I_KEEP, I_OLD], None), body, tr, snd,
          content(CONSOLE, I_TO, subj, dt, mid), ses_tail(dt))


def m057():
    dt = D(2022, 9, 13, 12, 15, 2)
    tr, snd, mid, _ = aws_outlook(C_ADDR, dt)
    text = """Hello Priya,

Thank you for reopening the case with your additional question.

Regarding the 50%% discount voucher that you have earned with your first certification: the voucher is not lost, it is just showing under the Benefits section of your account AWS66120954 now. However, I see there are two vouchers with different expire dates and I am not sure which one you would like to use.

Could you please tell me for which exam you are planning to use the voucher, and approximately when? Then I can check for you if the voucher is valid for that exam.

Best regards,
Burcu
Amazon Web Services
""" + CONSOLE_FOOTER_EN % C_CASE
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "RE:[CASE %s] %s" % (C_CASE, C_SUBJ)
    build("057-turkish-agent-question-about-voucher.eml", L("support_reply", C_CASE, [C_KEEP], True), body, tr, snd,
          content(CONSOLE, C_TO, subj, dt, mid), ses_tail(dt) + outlook_post(dt))


I_060 = """Hello Lan,

Thank you for your patience. My name is Rizky and I am handling your case today.

I have successfully located both certification accounts under your name. Before we submit the request to our backend team, please help to review and confirm the details below:

Account to be retained : AWS44872100 (lan.nguyen@saigontech.vn)
Account to be merged and closed : AWS44019283 (nguyenthilan.hcm@yahoo.com)

Please take note that this process is irreversible. Once the merge is complete we will send you a confirmation and your old account will no longer be accessible; all certifications, exam history and benefits will be shown under the retained account.

If the details are correct, kindly reply to this case through the Support Center with "I confirm the details" so we can proceed further.

Best regards,
Rizky P.
Amazon Web Services
"""


def m060():
    dt = D(2025, 9, 17, 2, 48, 40)
    tr, snd, mid = aws_plain_gw(dt)
    text = I_060 + CONSOLE_FOOTER_EN % I_CASE
    body = alt(tpart(text, cte="base64"), tpart(aws_html(text), "html", cte="base64"))
    subj = "RE:[CASE %s] %s" % (I_CASE, I_SUBJ)
    build("060-indonesian-agent-once-merge-complete-we-will.eml",
          L("merge_confirmation_requested", I_CASE, [I_KEEP, I_OLD], None), body, tr, snd,
          content(CONSOLE, I_TO, subj, dt, mid), ses_tail(dt))


def m058():
    dt = D(2025, 9, 24, 3, 0, 11)
    tr, snd, mid = aws_plain_gw(dt)
    text = """Hello,

We haven't heard back from you regarding case %s (%s), so we have resolved it. If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days.

How did we do? Please take a moment to rate your support experience:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&feedback=true

Case ID: %s
Status: Resolved

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % (I_CASE, I_SUBJ, I_CASE, I_CASE)
    body = alt(tpart(text), tpart(aws_html(text), "html"))
    subj = "Amazon Web Services: Case %s has been resolved" % I_CASE
    build("058-console-auto-resolved-no-reply-rate-us.eml", L("survey", I_CASE, [], None), body, tr, snd,
          content(CONSOLE, I_TO, subj, dt, mid), ses_tail(dt))


def m059():
    dt = D(2025, 1, 20, 11, 27, 45)
    ip = "149.72.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254))
    helo = "o2.em.credly.com"
    ar = ar_outlook(ip, "em.credly.com", "pass", "credly.com", "pass", "credly.com")
    tr = outlook_trace(F_ADDR, dt, ip, helo, ar, "em.credly.com", "eurprd")
    snd = [("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"))]
    mid = "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40))
    badge = "AWS Certified Data Engineer \u2013 Associate"
    tok = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    plain = """Sophie, Amazon Web Services Training and Certification has issued you a badge

%s

Accept your badge to share it on LinkedIn and verify your achievement:
https://www.credly.com/earner/earned/badge/%s

Credly, Inc. - 2 Park Avenue, 19th Floor, New York, NY 10016
""" % (badge, tok)
    h = credly_badge_html("Sophie", badge, token=tok)
    body = alt(tpart(plain, cte="quoted-printable"), tpart(h, "html"), boundary=rhex(60))
    subj = "Sophie, Amazon Web Services Training and Certification has issued you a badge"
    build("059-credly-badge-issued-hotmail.eml", L("credly_badge_issued", None, [], True), body, tr, snd,
          content(CREDLY_FROM, F_TO, subj, dt, mid), outlook_post(dt))


# === MAILS END ===


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    fns = sorted((k, v) for k, v in globals().items() if re.match(r"^m\d{3}$", k))
    for _, fn in fns:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")
    sanity()


def decode_part(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    tries = [{"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp_ext"}.get(cs, cs), "utf-8", "cp932", "latin-1"]
    for c in tries:
        try:
            return raw.decode(c)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1", "replace")


def mail_text(msg):
    from email.header import decode_header, make_header
    chunks = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = decode_part(part)
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return unicodedata.normalize("NFKC", "\n".join(chunks))


def sanity():
    import email
    from collections import Counter
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    assert set(files) == set(labels), set(files) ^ set(labels)
    kinds = {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
             "credly_badge_issued", "support_reply", "unrelated"}
    bad = 0
    for f in files:
        msg = email.message_from_bytes(open(os.path.join(OUT, f), "rb").read())
        lab = labels[f]
        assert lab["kind"] in kinds, f
        assert lab["language"] in ("en", "ja"), f
        text = mail_text(msg)
        found = sorted({"AWS" + m for m in re.findall(r"(?i)aws[\s\-]?(\d{8})(?!\d)", text)})
        for a in lab["account_ids"]:
            if not re.fullmatch(r"AWS\d{8}", a) or a not in found:
                print("MISSING account id", f, a); bad += 1
        if lab["case_id"] and lab["case_id"] not in re.sub(r"[^0-9]", " ", text).split() and lab["case_id"] not in text:
            print("MISSING case id", f, lab["case_id"]); bad += 1
        extra = sorted(set(found) - set(lab["account_ids"]))
        if extra:
            print("  note: %s has ids outside label (should be quoted only): %s" % (f, extra))
        if msg.defects:
            print("  defects", f, msg.defects)
    print(Counter(v["kind"] for v in labels.values()))
    print("problems:", bad)


if __name__ == "__main__":
    main()
