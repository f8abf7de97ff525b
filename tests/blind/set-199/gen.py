#!/usr/bin/env python3
"""Generator for blind set 199: end-of-case mails of an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import uuid
from email import generator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
R = random.Random(199)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CEST = dt.timezone(dt.timedelta(hours=2))
BRT = dt.timezone(dt.timedelta(hours=-3))


def d(s, tz=UTC):
    """'2025-05-26 14:03:11' -> aware datetime in tz (the string is local time in tz)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


# ---------------------------------------------------------------- random tokens
def b64tok(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def hextok(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(when, region="email"):
    ms = int(when.timestamp() * 1000)
    prefix = "0100" if region == "email" else "0101"
    return "<%s%012x-%s-000000@%s.amazonses.com>" % (prefix, ms, str(uuid.UUID(int=R.getrandbits(128))), region)


def ses_mailfrom(when, region="email"):
    ms = int(when.timestamp() * 1000)
    prefix = "0100" if region == "email" else "0101"
    return "%s%012x-%s-000000@%s.amazonses.com" % (prefix, ms, str(uuid.UUID(int=R.getrandbits(128))), region)


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.11.%d", "54.240.27.%d", "54.240.48.%d"]) % R.randint(10, 250)


def rfc(when):
    return format_datetime(when)


def fold_sig(s, indent="        "):
    """Break a long b= value into 70 char lines like real DKIM headers."""
    out, line = [], ""
    for ch in s:
        line += ch
        if len(line) >= 70:
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return ("\n" + indent).join(out)


def dkim(domain, selector, when, heads="Subject:From:To:MIME-Version:Content-Type:Date:Message-ID"):
    t = int(when.timestamp())
    return ("DKIM-Signature",
            "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s" % (selector, domain, t, heads, b64tok(43), fold_sig(b64tok(342), "\t")))


AMZ_SEL = "pz2d4hhuvk5igszvgfijt7rvbdpeqvmm"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def amazon_dkims(when):
    return [dkim("amazon.com", AMZ_SEL, when), dkim("amazonses.com", SES_SEL, when,
                                                     "Subject:From:To:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")]


# ---------------------------------------------------------------- traces
def gmail_trace(rcpt, when, host, ip, mailfrom, ar, dkims, arc=True):
    """Headers prepended by Gmail, top to bottom."""
    rcv = when + dt.timedelta(seconds=R.randint(1, 4))
    loc = rcv.astimezone(PDT if 3 <= rcv.month <= 10 else PST)
    smtpid = hextok(4) + "a" + hextok(6)
    tzn = " (PDT)" if loc.utcoffset().total_seconds() == -25200 else " (PST)"
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:7300:%s:b0:%s with SMTP id %s;\n        %s" % (
             hextok(4), hextok(3), smtpid, rfc(loc) + tzn)),
         ("X-Google-Smtp-Source", "AGHT+IE" + b64tok(80)),
         ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s with SMTP id %s;\n        %s" % (
             hextok(4), hextok(4), hextok(5) + "-" + hextok(4), rfc(loc) + tzn))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                  int(rcv.timestamp()), fold_sig(b64tok(340))))]
        h += [("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                                        "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
                                        "         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (
                  b64tok(43), b64tok(43), fold_sig(b64tok(340))))]
        h += [("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % mailfrom),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
                       "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
               host, host, ip, hextok(8) + "-" + hextok(4) + "." + str(R.randint(100, 999)) + "." + str(loc.year) + "." + hextok(6), rcpt, rfc(loc) + tzn)),
          ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
              mailfrom, ip, ip)),
          ("Authentication-Results", ar)]
    h += dkims
    return h


def g_ar(dkim_doms, mailfrom, ip, dmarc="pass", from_dom="amazon.com", spf="pass", policy="QUARANTINE"):
    parts = ["mx.google.com"]
    for dom, res in dkim_doms:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, "s1" if "credly" in dom else AMZ_SEL if dom == "amazon.com" else SES_SEL if dom == "amazonses.com" else "default", b64tok(8)))
    parts.append("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
        spf, mailfrom, ip, mailfrom) if spf == "pass" else "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom))
    return ";\n       ".join(parts)


def outlook_trace(rcpt, when, host, ip, mailfrom, ar, dkims, tenant="outlook.com", spf_dom=None):
    rcv = when + dt.timedelta(seconds=R.randint(1, 5))
    srv = lambda: "%s%s.%s.prod.outlook.com" % (R.choice(["TYZP", "SA1P", "BN8P", "DM6P", "AM9P", "PAXP", "OS3P"]), "%03dMB%04d" % (R.randint(100, 299), R.randint(1000, 9999)), R.choice(["namprd12", "eurprd04", "apcprd06", "jpnprd01"]))
    s1, s2, s3 = srv(), srv(), srv()
    h = [("Received", "from %s (2603:10b6:510:%s::%s)\n by %s with HTTPS; %s" % (s1, hextok(3), hextok(2), s2, rfc(rcv.astimezone(UTC)).replace("-0000", "+0000"))),
         ("Received", "from %s (2603:10b6:a03:%s::%s)\n by %s (2603:10b6:510:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\n %s" % (
             s3, hextok(3), hextok(2), s1, hextok(3), hextok(2), R.randint(8000, 8999), R.randint(10, 40), rfc(rcv.astimezone(UTC)).replace("-0000", "+0000"))),
         ("Authentication-Results", ar),
         ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
             spf_dom or mailfrom.split("@")[1], ip, ip, host)),
         ("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
             host, ip, s3.replace("prod", "prod"), R.randint(2, 250), R.randint(8000, 8999), R.randint(10, 40), rfc(rcv.astimezone(UTC)).replace("-0000", "+0000")))]
    h += dkims
    return h, mailfrom


def o_ar(mailfrom_dom, ip, dkim_dom, dkim_res="pass", dmarc="pass", from_dom="amazon.com", spf="pass", compauth="pass reason=100"):
    if dkim_res == "pass":
        dk = "dkim=pass (signature was verified)\n header.d=%s;" % dkim_dom
    elif dkim_res == "none":
        dk = "dkim=none (message not signed)\n header.d=none;"
    else:
        dk = "dkim=%s (signature did not verify)\n header.d=%s;" % (dkim_res, dkim_dom)
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, ip, mailfrom_dom, dk, dmarc, "none" if dmarc == "pass" else "quarantine", from_dom, compauth))


def jp_trace(rcpt, when, host, ip, mailfrom, ar, dkims, mx="mx.nifty.com", extra_top=None):
    rcv = (when + dt.timedelta(seconds=R.randint(1, 6))).astimezone(JST)
    h = []
    if extra_top:
        h += extra_top
    h += [("Return-Path", "<%s>" % mailfrom),
          ("Delivered-To", rcpt),
          ("Received", "from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (
              host, host, ip, mx.replace("mx.", "mta%02d." % R.randint(1, 40)) if mx.startswith("mx.") else mx, hextok(10).upper(), rcpt, rfc(rcv))),
          ("Authentication-Results", ar)]
    h += dkims
    return h


def plain_trace(rcpt, when, host, ip, mailfrom, dkims, relay="mail.%s"):
    """A small company / ISP server that does not add Authentication-Results."""
    rdom = rcpt.split("@")[1]
    rcv = when + dt.timedelta(seconds=R.randint(2, 20))
    h = [("Return-Path", "<%s>" % mailfrom),
         ("Received", "from %s ([%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
             host, ip, relay % rdom, hextok(11).upper(), rcpt, rfc(rcv.astimezone(when.tzinfo))))]
    h += dkims
    return h


# ---------------------------------------------------------------- bodies
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None):
    p = MIMENonMultipart("text", subtype, charset=declared or charset)
    data = text.encode(charset)
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
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, htm, charset="utf-8", cte="quoted-printable", hcte=None, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(tpart(plain, "plain", charset, cte))
    m.attach(tpart(htm, "html", charset, hcte or cte))
    return m


def to_html(text, font="Arial, Helvetica, sans-serif"):
    """Simple HTML rendering of a plain text mail; '>' quoted lines become blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        q = 0
        while line.startswith(">"):
            q += 1
            line = line[1:].lstrip(" ") if line[1:2] in (" ", ">", "") else line[1:]
        while depth < q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > q:
            out.append("</blockquote>")
            depth -= 1
        esc = html.escape(line)
        esc = re.sub(r"(https?://[^\s&]+(?:&amp;[^\s&]+)*)", r'<a href="\1">\1</a>', esc)
        out.append((esc or "&nbsp;") + "<br>")
    out += ["</blockquote>"] * depth
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</div></body></html>\n' % (font, "\n".join(out)))


# ---------------------------------------------------------------- quoting helpers
def q(text, prefix="> ", spaced=False):
    """Quote text; already-quoted lines get '>>' (or '> >' when spaced)."""
    out = []
    for l in text.split("\n"):
        if l.startswith(">"):
            out.append(("> " if spaced else ">") + l)
        elif l:
            out.append(prefix + l)
        else:
            out.append(prefix.rstrip())
    return "\n".join(out)


def gmail_on(when, name, addr):
    # "On Tue, May 27, 2025 at 9:41 AM Name <addr> wrote:"
    h = when.strftime("%I").lstrip("0")
    return "On %s, %s %d, %d at %s:%s %s %s <%s> wrote:" % (
        when.strftime("%a"), when.strftime("%b"), when.day, when.year, h, when.strftime("%M"), when.strftime("%p"), name, addr)


WD_JA = "月火水木金土日"


def ja_on(when, name, addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (when.year, when.month, when.day, WD_JA[when.weekday()], when.hour, when.minute, name, addr)


def outlook_block(frm, when, to, subject, ja=False):
    if ja:
        return ("________________________________\n差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n" % (
            frm, when.year, when.month, when.day, when.hour, when.minute, to, subject))
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (
        frm, when.strftime("%A, %B ") + str(when.day) + when.strftime(", %Y ") + when.strftime("%I:%M %p").lstrip("0"), to, subject))


def original_message(frm, when, to, subject):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (
        frm, when.strftime("%A, %B %d, %Y %I:%M %p"), to, subject))


# ---------------------------------------------------------------- writer
def subj(s, charset=None, fold=False):
    """Subject value: ASCII kept as is (optionally folded), else RFC 2047 encoded words folded at 76."""
    if charset is None:
        try:
            s.encode("ascii")
            return foldh(s) if fold else s
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


def foldh(s, width=72):
    words, lines, cur = s.split(" "), [], ""
    for w_ in words:
        if cur and len(cur) + 1 + len(w_) > width:
            lines.append(cur)
            cur = w_
        else:
            cur = (cur + " " + w_) if cur else w_
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def write(num, slug, body, headers, trace, label, crlf=False):
    """body: MIME object; headers: list of (name, value) set on body; trace: raw headers above."""
    msg = body
    # put the message headers before the MIME headers that the constructors added
    mime_heads = list(msg._headers)
    msg._headers = []
    for k, v in headers:
        msg[k] = v
    for k, v in mime_heads:
        if k.lower() in ("content-type", "mime-version", "content-transfer-encoding"):
            msg._headers.append((k, v))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    bio = io.BytesIO()
    generator.BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(msg)
    raw = bio.getvalue()
    tr = "".join("%s: %s\n" % (k, v) for k, v in trace).encode("utf-8")
    data = tr + raw
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    fname = "%03d-%s.eml" % (num, slug)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    assert label["kind"] in ("case_created", "merge_confirmation_requested", "merge_completed", "survey",
                             "credly_badge_issued", "support_reply", "unrelated"), label
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = {"kind": lab["kind"], "case_id": lab.get("case_id"), "account_ids": lab["account_ids"],
                     "sender_verified": lab["sender_verified"], "language": lab.get("language", "en")}
    return fname


def L(kind, case_id, accounts, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": accounts, "sender_verified": verified, "language": lang}


# common AWS bits ----------------------------------------------------------
FORM_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
              "of Amazon.com, Inc. or its affiliates.")
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"


def aws_std_headers(frm, to, subject, when, msgid=None, extra=None):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", rfc(when)),
         ("Message-ID", msgid or ses_msgid(when))]
    h += extra or []
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64tok(43)),
          ("X-SES-Outgoing", when.strftime("%Y.%m.%d") + "-" + ses_ip())]
    return h


def trace(kind, rcpt, when, host, ip, mailfrom, dkims, from_dom, dkim_dom, dmarc="pass", spf="pass",
          dkim_res="pass", policy="QUARANTINE", extra_dkim=None):
    """Generic receiver trace. kind: gmail | outlook | nifty | yahoojp | biglobe | none."""
    mf_dom = mailfrom.split("@")[1]
    if kind == "gmail":
        doms = [(dkim_dom, dkim_res)] + ([(extra_dkim, "pass")] if extra_dkim else [])
        ar = g_ar(doms, mailfrom, ip, dmarc=dmarc, from_dom=from_dom, spf=spf, policy=policy)
        return gmail_trace(rcpt, when, host, ip, mailfrom, ar, dkims)
    if kind == "outlook":
        ar = o_ar(mf_dom, ip, dkim_dom, dkim_res=dkim_res, dmarc=dmarc, from_dom=from_dom, spf=spf,
                  compauth="pass reason=100" if dmarc == "pass" else "fail reason=000")
        return outlook_trace(rcpt, when, host, ip, mailfrom, ar, dkims, spf_dom=mf_dom)[0]
    if kind == "nifty":
        ar = ("mx.nifty.com;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n"
              "\tdmarc=%s header.from=%s" % (spf, mailfrom, dkim_res, dkim_dom, dmarc, from_dom))
        return jp_trace(rcpt, when, host, ip, mailfrom, ar, dkims, mx="mx.nifty.com")
    if kind == "biglobe":
        ar = ("mx.biglobe.ne.jp;\n\tspf=%s (mx.biglobe.ne.jp: domain of %s designates %s as permitted sender)"
              " smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s (p=%s dis=none) header.from=%s" % (
                  spf, mf_dom, ip, mf_dom, dkim_res, dkim_dom, dmarc, policy.lower(), from_dom))
        return jp_trace(rcpt, when, host, ip, mailfrom, ar, dkims, mx="mx.biglobe.ne.jp")
    if kind == "yahoojp":
        node = "mta%d.mail.%s.yahoo.co.jp" % (R.randint(1000, 1999), R.choice(["kks", "djm", "ssk"]))
        ar = ("%s  from=%s; domainkeys=neutral (no sig);\n"
              " from=%s; dkim=%s (%s) header.d=%s;\n dmarc=%s header.from=%s" % (
                  node, from_dom, from_dom, dkim_res, "ok" if dkim_res == "pass" else "bad sig", dkim_dom, dmarc, from_dom))
        return jp_trace(rcpt, when, host, ip, mailfrom, ar, dkims, mx=node)
    if kind == "none":
        return plain_trace(rcpt, when, host, ip, mailfrom, dkims)
    raise ValueError(kind)


def aws_trace(kind, rcpt, when, dmarc="pass"):
    """Trace for a genuine amazon.com SES mail."""
    ip = ses_ip()
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mf = ses_mailfrom(when)
    return trace(kind, rcpt, when, host, ip, mf, amazon_dkims(when), "amazon.com", "amazon.com",
                 dmarc=dmarc, extra_dkim="amazonses.com")


def credly_trace(kind, rcpt, when, legacy=False):
    ip = "149.72.%d.%d" % (R.randint(120, 250), R.randint(2, 250))
    host = R.choice(["xtrwkhkc", "wrqvtzvf", "xvfrswpc"]) + ".outbound-mail.sendgrid.net"
    dom = "youracclaim.com" if legacy else "credly.com"
    mf = "bounces+%d-%s-%s@em.%s" % (R.randint(1000000, 9999999), hextok(4), rcpt.replace("@", "="), dom)
    dk = [dkim(dom, "s1", when, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to"),
          dkim("sendgrid.info", "smtpapi", when, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")]
    return trace(kind, rcpt, when, host, ip, mf, dk, dom, dom, policy="NONE" if legacy else "REJECT",
                 extra_dkim="sendgrid.info")


def sg_msgid():
    return "<%s@geopod-ismtpd-%d>" % (b64tok(22).replace("/", "A").replace("+", "b"), R.randint(1, 40))


# ======================================================================= MAILS
# ---------------------------------------------------------------- thread A (EN form case, Priya)
A_CASE = "174826819100347"          # opened 2025-05-26 14:03:11 UTC
A_KEEP, A_OLD = "AWS04417829", "AWS09231558"
A_USER = ("Priya Raman", "priya.raman.cloud@gmail.com")


def mails_part1():
    to = addr(*A_USER)
    # 001 form acknowledgement -------------------------------------------
    w = d("2025-05-26 14:03:40")
    txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to let you know that we have received your request and a case has been
created for you.

Case number: %s

Here is a copy of the information you submitted:

  Inquiry type: Certification
  Inquiry detail: Account Merge
  First name: Priya
  Last name: Raman
  Email address: priya.raman.cloud@gmail.com
  AWS candidate ID: %s
  Description: I have two certification accounts, one from my old employer
  (login priya.raman@fabrikam-systems.com, candidate id AWS 09231558) and my
  personal one. Please merge them so that all certifications are under my
  personal account.

A member of our team will review your request and respond, typically within
24 hours. To help us serve you better, please reply to this e-mail rather than
submitting a new request for the same issue. Opening multiple cases for the
same request may delay our response.

Regards,
AWS Training and Certification

%s
""" % (A_CASE, A_KEEP, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, "[CASE %s] We have received your request - AWS Training and Certification" % A_CASE, w)
    write(1, "form-ack-request-received", body, hdrs, aws_trace("gmail", A_USER[1], w),
          L("case_created", A_CASE, [A_KEEP, "AWS09231558"], True))

    # 003 confirmation request ------------------------------------------
    w = d("2025-05-27 09:41:12")
    txt = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I have located both of the certification accounts you mentioned. Before I submit
the merge, please review the details below carefully:

  Account to be retained (primary):
    Candidate ID: %s
    Login email: priya.raman.cloud@gmail.com

  Account to be merged and deactivated (secondary):
    Candidate ID: %s
    Login email: priya.raman@fabrikam-systems.com

After the merge, all certifications, exam history and benefits from the
secondary account will be moved to the primary account, and you will no longer
be able to sign in with the secondary login. Please note this action is
permanent and cannot be reversed.

If the above is correct, please reply to this email confirming that you would
like us to proceed. If you would prefer to keep the other account instead, just
let me know which candidate ID should remain.

Best regards,

Aditi S.
AWS Training and Certification

Was your question answered? Let us know: https://support.aws.amazon.com/#/contacts/survey?caseId=%s
""" % (A_KEEP, A_OLD, A_CASE)
    body = alt(txt, to_html(txt))
    hdrs = aws_std_headers(FORM_FROM, to, subj(FORM_SUBJ % A_CASE, fold=True), w)
    write(3, "form-agent-please-confirm-merge", body, hdrs, aws_trace("gmail", A_USER[1], w),
          L("merge_confirmation_requested", A_CASE, [A_KEEP, A_OLD], True))

    # 005 thank you for confirming, we will now proceed --------------------
    w = d("2025-05-28 06:12:55")
    user_when = d("2025-05-27 21:04:00", dt.timezone(dt.timedelta(hours=5, minutes=30)))
    user_txt = """Hi Aditi,

The details are correct. Please proceed with the merge.

Thanks,
Priya"""
    txt = """Hi Priya,

Thank you for confirming. I have now passed your request on to our
certification operations team, who will carry out the consolidation.

This normally takes one to three business days. Once the merge is complete we
will write to you on this case, and you will then be able to see all of your
certifications when you sign in with priya.raman.cloud@gmail.com. There is no
need to take any action in the meantime, and please do not sign in to the
secondary account while the request is being processed.

Kind regards,

Aditi S.
AWS Training and Certification

%s

%s
""" % (gmail_on(user_when, "Priya Raman", A_USER[1]), q(user_txt + "\n\n" + gmail_on(d("2025-05-27 15:11:12", IST), "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com") + "\n" + q("""Hello Priya,

I have located both of the certification accounts you mentioned. Before I submit
the merge, please review the details below carefully:

  Account to be retained (primary):
    Candidate ID: %s
  Account to be merged and deactivated (secondary):
    Candidate ID: %s

If the above is correct, please reply to this email confirming that you would
like us to proceed.""" % (A_KEEP, A_OLD))))
    body = alt(txt, to_html(txt), cte="base64")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % A_CASE, w)
    write(5, "form-agent-thanks-will-proceed", body, hdrs, aws_trace("gmail", A_USER[1], w),
          L("support_reply", A_CASE, [], True))

    # 006 completed, unusual wording (no 'merge' word) ---------------------
    w = d("2025-05-29 17:27:03")
    txt = """Hello Priya,

Good news: your two certification profiles are now one.

Everything that was held under candidate ID %s (including your
AWS Certified Developer - Associate and your exam history) now sits under
%s, and the older profile has been retired. From now on please sign in
with priya.raman.cloud@gmail.com only.

It can take up to 72 hours for your digital badges on Credly to reflect the
change. If anything looks wrong after that, simply reply to this email and we
will take another look.

Warm regards,

Aditi S.
AWS Training and Certification
""" % ("AWS-09231558", A_KEEP.lower())
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p><b>Good news: your two certification profiles are now one.</b></p>
<p>Everything that was held under candidate ID AWS-09231558 (including your AWS Certified Developer - Associate and your exam history) now sits under aws04417829, and the older profile has been retired. From now on please sign in with <a href="mailto:priya.raman.cloud@gmail.com">priya.raman.cloud@gmail.com</a> only.</p>
<p>It can take up to 72 hours for your digital badges on Credly to reflect the change. If anything looks wrong after that, simply reply to this email and we will take another look.</p>
<p>Warm regards,<br><br>Aditi S.<br>AWS Training and Certification</p>
</body></html>
"""
    body = alt(txt, htm, cte="base64")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % A_CASE, w)
    write(6, "form-agent-profiles-now-one", body, hdrs, aws_trace("gmail", A_USER[1], w),
          L("merge_completed", A_CASE, [A_KEEP, A_OLD], True))


# ---------------------------------------------------------------- thread B (JA console case, Kenji)
B_CASE = "174156972500118"          # opened 2025-03-10 01:22:05 UTC (10:22 JST)
B_KEEP, B_OLD = "AWS11803264", "AWS27750139"
B_USER = ("渡辺 健二", "kenji.watanabe@nifty.com")
B_SUBJ = "認定アカウントの統合について"


def mails_part2():
    to = addr(*B_USER, charset="iso-2022-jp")
    # 002 console: case opened (JA) ---------------------------------------
    w = d("2025-03-10 01:22:09")
    txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS 認定のアカウントが 2 つあります（AWS11803264 と aws27750139）。
前職の会社のメールアドレスで作成したアカウントを、現在の個人アカウントに
まとめていただけますでしょうか。

このケースについて再度ご連絡いただく場合は、サポートセンターからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信いただいても
　対応いたしかねますので、ご了承ください。

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

アマゾン ウェブ サービス

======================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は
Amazon.com, Inc. またはその関連会社の登録商標です。
""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("Amazon Web Services: 新しいサポートケースがオープンされました: " + B_CASE, "iso-2022-jp"), w)
    write(2, "console-case-opened-ja", body, hdrs, aws_trace("nifty", B_USER[1], w),
          L("case_created", B_CASE, [B_KEEP, B_OLD], True, "ja"))

    # 004 confirmation request (JA, Shift_JIS base64) -----------------------
    w = d("2025-03-11 02:47:31")
    txt = """渡辺 健二 様

お世話になっております。
AWS トレーニングと認定サポートの山本でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、
誠にありがとうございます。

お知らせいただいた 2 つのアカウントを確認いたしました。
以下の内容で統合を実施してよろしいか、ご確認をお願いいたします。

■ 統合後も残るアカウント（統合先）
　候補者 ID：AWS11803264
　ログイン用メールアドレス：kenji.watanabe@nifty.com

■ 統合されるアカウント（統合元）
　候補者 ID：AWS27750139
　ログイン用メールアドレス：k.watanabe@hoshimi-denki.co.jp

統合を行いますと、統合元アカウントに登録されている認定資格、受験履歴、
特典（試験の 50%% 割引バウチャー等）はすべて統合先アカウントへ移行され、
統合元アカウントにはログインできなくなります。
なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、サポートセンターの本ケースより
「上記の内容で統合を進めてください」とご返信くださいますようお願い申し上げます。
統合先を逆にご希望の場合も、その旨お知らせください。

何卒よろしくお願い申し上げます。

山本
アマゾン ウェブ サービス
トレーニングと認定サポート

ケースはこちらからご確認いただけます：
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % B_CASE
    body = tpart(txt, "plain", "shift_jis", "base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "iso-2022-jp"), w)
    write(4, "console-agent-confirm-merge-ja-sjis", body, hdrs, aws_trace("nifty", B_USER[1], w),
          L("merge_confirmation_requested", B_CASE, [B_KEEP, B_OLD], True, "ja"))

    # 041 chaser (JA) -------------------------------------------------------
    w = d("2025-03-14 00:05:52")
    txt = """渡辺 健二 様

お世話になっております。
AWS トレーニングと認定サポートの山本でございます。

3 月 11 日にお送りいたしましたご案内につきまして、その後いかがでしょうか。
現在、お客様からのご返信をお待ちしている状況でございます。

お手数をおかけいたしますが、先日のメッセージの内容をご確認のうえ、
サポートセンターの本ケースよりご返信いただけますと幸いです。

なお、本日より 7 日間ご返信が確認できない場合、本ケースは自動的に
クローズされますのでご了承ください。クローズ後でも、ケースを再開して
いただくことが可能です。

引き続きよろしくお願いいたします。

山本
アマゾン ウェブ サービス
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % B_CASE
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "iso-2022-jp"), w)
    write(41, "console-agent-chaser-awaiting-reply-ja", body, hdrs, aws_trace("nifty", B_USER[1], w),
          L("support_reply", B_CASE, [], True, "ja"))

    # 022 completed, wording without 統合/完了 (JA) ---------------------------
    w = d("2025-03-17 06:31:18")
    txt = """渡辺 健二 様

お世話になっております。
AWS トレーニングと認定サポートの佐々木でございます。

ご返信いただき、ありがとうございました。
担当の山本に代わりましてご連絡いたします。

AWS27750139 に登録されておりました認定資格（AWS Certified Solutions
Architect - Associate）および受験履歴は、すべて AWS11803264 へ移行済み
となっております。AWS27750139 は無効化いたしましたので、今後は
kenji.watanabe@nifty.com にてサインインしていただけますようお願いいたします。

Credly のデジタルバッジにつきましては、反映までに数日を要する場合がございます。
1 週間ほど経過しても反映されない場合は、本ケースよりお知らせください。

今後とも AWS 認定をよろしくお願いいたします。

佐々木
アマゾン ウェブ サービス
トレーニングと認定サポート
"""
    htm = to_html(txt, font="'Hiragino Kaku Gothic ProN', Meiryo, sans-serif")
    body = alt(txt, htm, cte="base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("RE:[CASE %s] %s" % (B_CASE, B_SUBJ), "utf-8"), w)
    write(22, "console-agent-records-moved-ja", body, hdrs, aws_trace("nifty", B_USER[1], w),
          L("merge_completed", B_CASE, [B_KEEP, B_OLD], True, "ja"))

    # 009 closure + survey (JA, HTML only) ----------------------------------
    w = d("2025-03-18 06:40:02")
    htm = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS サポート</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>お客様</p>
<p>ケース ID <b>%s</b>（件名：%s）は解決済みとしてクローズされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。回答は 1 分ほどで完了します。</p>
<p style="font-size:16px"><b>問題は解決しましたか？</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;answer=yes&amp;language=ja" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px">はい</a>
&nbsp;&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;answer=no&amp;language=ja" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px">いいえ</a></p>
<p>まだ問題が解決していない場合は、サポートセンターから本ケースを再開していただけます。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>
<p>アマゾン ウェブ サービスをご利用いただき、ありがとうございます。</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。<br>
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</td></tr>
</table></td></tr></table>
</body></html>
""" % (B_CASE, B_SUBJ, B_CASE, B_CASE, B_CASE)
    body = tpart(htm, "html", "utf-8", "quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("AWS サポートケース %s がクローズされました - ご意見をお聞かせください" % B_CASE, "utf-8"), w)
    write(9, "console-closed-feedback-ja-html", body, hdrs, aws_trace("nifty", B_USER[1], w),
          L("survey", B_CASE, [], True, "ja"))

# ---------------------------------------------------------------- thread C (2022, 11-digit, non-native agent, Outlook)
C_CASE = "11093827461"
C_KEEP, C_OLD = "AWS32190876", "AWS30055712"
C_USER = ("Tomasz Nowak", "tomasz.nowak87@outlook.com")
C_SUBJ = "Merge my two AWS Certification accounts"

# ---------------------------------------------------------------- thread E (2020, 10-digit, no A-R at the mailbox)
E_CASE = "7031945528"
E_KEEP, E_OLD = "AWS00761934", "AWS00815206"
E_USER = ("Hannah Schmidt", "hannah.schmidt@brightline-it.de")


def credly_html(greeting, lines, button, url, foot_year):
    ps = "\n".join('<p style="margin:0 0 16px 0">%s</p>' % l for l in lines)
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#303030">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellspacing="0" cellpadding="0" style="background:#fff;border-radius:4px">
<tr><td style="padding:24px 32px;border-bottom:1px solid #eee"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:32px">
<p style="margin:0 0 16px 0;font-size:18px"><b>%s</b></p>
%s
<p style="margin:24px 0;text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:3px;text-decoration:none;font-weight:bold">%s</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee">
You are receiving this email because a badge was issued to this address.
<a href="https://www.credly.com/notification_preferences">Manage notifications</a> &middot; <a href="https://www.credly.com/privacy">Privacy Policy</a><br>
&copy; %s Credly, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
""" % (greeting, ps, url, button, foot_year)


def mails_part3():
    to = addr(*C_USER)
    # 055 non-native confirmation request ------------------------------------
    w = d("2022-09-13 11:18:40")
    txt = """Dear Tomasz,

Greetings from AWS Training and Certification!

As per your request we have checked and found that you are having 2 certification accounts with us. Kindly find the details below:

Account 1 : AWS 32190876 - tomasz.nowak87@outlook.com (this account will be remain active)
Account 2 : AWS 30055712 - t.nowak@krakensoft.pl (this account will be merge into Account 1 and get deactivated)

Please note that once the merging is done it can not be revert back, all the certifications of Account 2 will be shifted to Account 1.

Request you to kindly confirm above details by replying on this email so that we can proceed further with your request.

Looking forward for your response.

Thanks & Regards,
Mohammed F.
AWS Training and Certification
Amazon Web Services

We value your feedback. Please rate my response using the link below.
https://support.aws.amazon.com/#/feedback?caseId=%s
""" % C_CASE
    body = alt(txt, to_html(txt, "Calibri, sans-serif"), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), w)
    write(55, "agent-nonnative-kindly-confirm-details", body, hdrs, aws_trace("outlook", C_USER[1], w),
          L("merge_confirmation_requested", C_CASE, [C_KEEP, C_OLD], True))

    # 036 non-native completion, Outlook quote below ---------------------------
    w = d("2022-09-16 08:02:11")
    uw = d("2022-09-13 19:40:00", CEST)
    txt = """Dear Tomasz,

Thank you for the confirmation.

This is to inform you that we have done the needful and both of your accounts are now combined successfully. All your certifications are now reflecting under the candidate ID AWS32190876. The other account (AWS30055712) is deactivated and you will not able to login with it anymore.

Kindly login from your end with tomasz.nowak87@outlook.com and check. Your badges in Credly will be reflected within 2-3 business days.

Hope this helps! Please feel free to revert in case of any further query.

Thanks & Regards,
Mohammed F.
AWS Training and Certification
Amazon Web Services

""" + outlook_block("Tomasz Nowak <tomasz.nowak87@outlook.com>", uw, "Amazon Web Services <no-reply-aws@amazon.com>", "Re: RE:[CASE %s] %s" % (C_CASE, C_SUBJ)) + """
Hello Mohammed,

Yes, details are correct. Please go ahead with the merge.

Best regards
Tomasz

""" + outlook_block("Amazon Web Services <no-reply-aws@amazon.com>", d("2022-09-13 13:18:40", CEST), "Tomasz Nowak <tomasz.nowak87@outlook.com>", "RE:[CASE %s] %s" % (C_CASE, C_SUBJ)) + """
Dear Tomasz,

Greetings from AWS Training and Certification!

As per your request we have checked and found that you are having 2 certification accounts with us. Kindly find the details below:

Account 1 : AWS 32190876 - tomasz.nowak87@outlook.com (this account will be remain active)
Account 2 : AWS 30055712 - t.nowak@krakensoft.pl (this account will be merge into Account 1 and get deactivated)
"""
    body = alt(txt, to_html(txt, "Calibri, sans-serif"), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (C_CASE, C_SUBJ), w)
    write(36, "agent-nonnative-done-the-needful", body, hdrs, aws_trace("outlook", C_USER[1], w),
          L("merge_completed", C_CASE, [C_KEEP, C_OLD], True))

    # 010 Credly badge issued (EN, Outlook) -------------------------------------
    w = d("2022-09-17 14:26:55")
    url = "https://www.credly.com/earner/earned/badge/8c3f2a61-4b1e-4d0c-9a77-1f2d3c4b5a69?utm_campaign=badge_issued&utm_medium=email"
    txt = """Hi Tomasz,

AWS Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to:
  * Share it on LinkedIn, Twitter and Facebook
  * Add it to your email signature
  * Embed it in your website or blog

Accept your badge:
%s

Questions? Visit https://support.credly.com

You are receiving this email because a badge was issued to this address.
(c) 2022 Credly, Inc. All rights reserved.
""" % url
    htm = credly_html("Hi Tomasz,", ["AWS Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.",
                                      "Accept your badge to share it on LinkedIn, Twitter and Facebook, add it to your email signature, or embed it in your website."],
                      "Accept your badge", url.replace("&", "&amp;"), 2022)
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", C_USER[1]),
            ("Subject", "AWS Training and Certification has issued you a new badge"), ("Date", rfc(w)), ("Message-ID", sg_msgid()),
            ("X-SG-EID", b64tok(60)), ("List-Unsubscribe", "<https://www.credly.com/notification_preferences>")]
    write(10, "credly-new-badge-issued", body, hdrs, credly_trace("outlook", C_USER[1], w),
          L("credly_badge_issued", None, [], True))


def mails_part4():
    to = addr(*E_USER)
    # 025 2020 completion, old template, no A-R ----------------------------------
    w = d("2020-06-23 15:44:07")
    txt = """Hello Hannah,

Thank you for your patience while we looked into this for you.

I am pleased to let you know that your duplicate certification records have been
consolidated. Your exam history and your AWS Certified Cloud Practitioner and
AWS Certified SysOps Administrator - Associate certifications are now associated
with your CertMetrics account %s, and %s has been closed.

Please allow up to 5 business days for your digital badges in Acclaim to update.
Your certification benefits (practice exam voucher and 50%% discount on your next
exam) remain available in the Benefits section of your account.

If you have any further questions about this, please reply through the Support
Center link below.

Best regards,

Joaquin G.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and
videos that answer customer questions about AWS services:
https://aws.amazon.com/premiumsupport/knowledge-center/?icmpid=support_email_category

To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue.

====================================================================
Learn to use AWS Support more effectively at https://aws.amazon.com/premiumsupport/
====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % (E_KEEP, E_OLD, E_CASE)
    body = tpart(txt, "plain", "utf-8", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] Duplicate certification accounts" % E_CASE, w)
    write(25, "2020-console-records-consolidated", body, hdrs, aws_trace("none", E_USER[1], w),
          L("merge_completed", E_CASE, [E_KEEP, E_OLD], None))

    # 024 2020 survey, no A-R ----------------------------------------------------
    w = d("2020-06-26 16:00:31")
    txt = """Hello,

We'd like your feedback on case %s

Your case %s "Duplicate certification accounts" was resolved on
June 23, 2020 and has now been closed. Please take a moment to tell us about
your experience. Your feedback helps us improve.

How satisfied were you with AWS Support on this case?
  Very satisfied:    https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
  Satisfied:         https://console.aws.amazon.com/support/feedback?displayId=%s&rating=4
  Neutral:           https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3
  Dissatisfied:      https://console.aws.amazon.com/support/feedback?displayId=%s&rating=2
  Very dissatisfied: https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1

If your issue is not resolved, you can reopen this case within 14 days from the
Support Center.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % ((E_CASE,) * 7)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: We'd like your feedback on case %s" % E_CASE, w)
    write(24, "2020-console-feedback-scale", body, hdrs, aws_trace("none", E_USER[1], w),
          L("survey", E_CASE, [], None))

    # 047 Acclaim (legacy Credly domain) badge, 2020 ----------------------------
    w = d("2020-06-27 09:12:44")
    url = "https://www.youracclaim.com/earner/earned/badge/3e0b9d84-2c71-41aa-b0f3-6d2a9c8e5f10"
    txt = """Hannah, your badge is ready!

AWS Training and Certification sent you a badge: AWS Certified SysOps
Administrator - Associate.

Accept your badge and share it with your professional network:
%s

Acclaim is a service of Credly, Inc.
""" % url
    htm = credly_html("Hannah, your badge is ready!", ["AWS Training and Certification sent you a badge: <b>AWS Certified SysOps Administrator &ndash; Associate</b>.",
                                                       "Accept your badge and share it with your professional network."],
                      "Accept Badge", url, 2020).replace("credly-logo.png", "acclaim-logo.png").replace("www.credly.com/notification", "www.youracclaim.com/notification")
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("AWS Training and Certification via Acclaim", "admin@youracclaim.com")), ("To", E_USER[1]),
            ("Subject", "Hannah, AWS Training and Certification sent you a badge"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(47, "acclaim-legacy-badge-ready", body, hdrs, credly_trace("none", E_USER[1], w, legacy=True),
          L("credly_badge_issued", None, [], None))

# ---------------------------------------------------------------- thread D (EN console case, completed, reopened for Credly)
D_CASE = "173073724500562"          # opened 2024-11-04 16:20:45 UTC
D_KEEP, D_OLD = "AWS51002378", "AWS48890215"
D_USER = ("Daniel Okafor", "dokafor.cloud@gmail.com")
D_SUBJ = "Certification account merge request"
CONSOLE_LINKS = """To contact us again about this case, please return to the AWS Support Center
using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue."""


def mails_part5():
    to = addr(*D_USER)
    # 007 completion that also resolves the case --------------------------------
    w = d("2024-11-06 19:55:40")
    txt = """Hello Daniel,

Thanks for confirming the details yesterday.

Your request has now been actioned: candidate ID AWS48890215 has been folded
into AWS51002378. Your three certifications (Cloud Practitioner, Solutions
Architect - Associate and Security - Specialty) and the associated exam history
now appear only under AWS51002378, which you access with dokafor.cloud@gmail.com.

As there is nothing further for us to do on this request, I am setting this
case to Resolved. You will receive a short survey about your experience; I
would really appreciate it if you could take a moment to fill it in.

If you notice anything missing, you can reopen this case from the Support
Center within 14 days.

Best regards,

Grace T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

""" + CONSOLE_LINKS % D_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (D_CASE, D_SUBJ), w)
    write(7, "console-folded-into-and-resolved", body, hdrs, aws_trace("gmail", D_USER[1], w),
          L("merge_completed", D_CASE, [D_KEEP, D_OLD], True))

    # 019 case reopened notice ---------------------------------------------------
    w = d("2024-11-09 10:12:03")
    txt = """Dear AWS customer,

Case %s has been reopened.

You reopened this case with the following message:

  Hi Grace, the certifications look fine now, thank you. However my Credly
  badges are still sitting on my old Credly profile (the one registered with
  daniel.okafor@lumen-dynamics.com) and nothing arrived on my personal
  address. Could you please have them moved as well?

Case ID: %s
Subject: %s
Severity: General guidance

We will respond to your correspondence as soon as possible. You can view the
case and add more information in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s
""" % (D_CASE, D_CASE, D_SUBJ, D_CASE, AWS_FOOTER)
    body = tpart(txt, "plain", "utf-8", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: Case %s has been reopened" % D_CASE, w)
    write(19, "console-case-reopened-notice", body, hdrs, aws_trace("gmail", D_USER[1], w),
          L("support_reply", D_CASE, [], True))

    # 020 agent on reopened case: working on it ------------------------------------
    w = d("2024-11-11 15:30:19")
    txt = """Hello Daniel,

Thank you for reopening the case and for the details about your Credly
profiles.

Badges are held by Credly separately from your certification account, so they
do not always follow automatically. I have raised an internal request with the
team that manages our Credly integration to move the badges from the profile
registered to daniel.okafor@lumen-dynamics.com to the one registered to
dokafor.cloud@gmail.com.

This usually takes 3-5 business days. I will keep this case open and update
you as soon as I hear back. There is nothing you need to do in the meantime;
please do not delete either Credly profile.

Best regards,

Grace T.
Amazon Web Services

""" + CONSOLE_LINKS % D_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (D_CASE, D_SUBJ), w)
    write(20, "console-reopened-credly-request-raised", body, hdrs, aws_trace("gmail", D_USER[1], w),
          L("support_reply", D_CASE, [], True))

    # 021 agent: Credly side finished --------------------------------------------------
    w = d("2024-11-14 18:04:52")
    txt = """Hello Daniel,

I have an update for you: the Credly part of your request has been taken care
of. The two Credly profiles have been brought together, and all three AWS
badges that were on the daniel.okafor@lumen-dynamics.com profile are now under
dokafor.cloud@gmail.com, alongside your existing badges. The old Credly
profile no longer exists.

You should receive notification e-mails from Credly for the moved badges; you
may need to accept them before they show on your public profile.

With this, your whole request, certification accounts and badges, is finished
on our side. I will set the case back to Resolved.

Best regards,

Grace T.
Amazon Web Services

""" + CONSOLE_LINKS % D_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (D_CASE, D_SUBJ), w)
    write(21, "console-reopened-credly-profiles-brought-together", body, hdrs, aws_trace("gmail", D_USER[1], w),
          L("merge_completed", D_CASE, [], True))

    # 011 Credly: badges transferred after merge ---------------------------------------
    w = d("2024-11-14 21:47:10")
    url = "https://www.credly.com/earner/earned?utm_source=transfer_email"
    txt = """Hi Daniel,

Good news! 3 badges have been transferred to your Credly account
(dokafor.cloud@gmail.com) following an account merge requested by
AWS Training and Certification:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Security - Specialty

Review your badges and choose which ones to display on your profile:
%s

Thanks,
The Credly Team

(c) 2024 Credly, Inc. All rights reserved.
""" % url
    htm = credly_html("Good news, Daniel!", ["3 badges have been transferred to your Credly account (dokafor.cloud@gmail.com) following an account merge requested by AWS Training and Certification:",
                                              "&bull; AWS Certified Cloud Practitioner<br>&bull; AWS Certified Solutions Architect &ndash; Associate<br>&bull; AWS Certified Security &ndash; Specialty",
                                              "Review your badges and choose which ones to display on your profile."],
                      "View my badges", url, 2024)
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("Credly", "admin@credly.com")), ("To", D_USER[1]),
            ("Subject", "Your badges have been transferred to your account"), ("Date", rfc(w)), ("Message-ID", sg_msgid()),
            ("X-SG-EID", b64tok(60))]
    write(11, "credly-badges-transferred-after-merge", body, hdrs, credly_trace("gmail", D_USER[1], w),
          L("credly_badge_issued", None, [], True))

# ---------------------------------------------------------------- thread F (JA form case, three accounts, Yahoo! JAPAN)
F_CASE = "173735161000931"          # opened 2025-01-20 05:40:10 UTC
F_KEEP, F_OLD1, F_OLD2 = "AWS60233418", "AWS59871044", "AWS61004092"
F_USER = ("石川 真理", "m-ishikawa@yahoo.co.jp")

# ---------------------------------------------------------------- thread H (JA console case, reopened, BIGLOBE)
H_CASE = "175143180000274"          # opened 2025-07-02 04:50:00 UTC
H_KEEP, H_OLD = "AWS80012277", "AWS79955016"
H_USER = ("小林 美咲", "m.kobayashi@biglobe.ne.jp")
H_SUBJ = "AWS認定アカウントの統合依頼"


def mails_part6():
    to = addr(*F_USER, charset="iso-2022-jp")
    # 053 form acknowledgement (JA) ---------------------------------------------
    w = d("2025-01-20 05:40:31")
    txt = """石川 真理 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース番号：%s

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせをいただきますと、回答が遅れる場合がございます。
追加の情報がございましたら、本メールにそのままご返信ください。

--- お問い合わせ内容 ---
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 認定候補者 ID：%s
内容：
受験のたびに別のアカウントを作ってしまい、認定アカウントが 3 つあります。
AWS59871044 と AWS61004092 を、上記の ID に統合していただけますでしょうか。
------------------------

AWS トレーニングと認定
""" % (F_CASE, F_KEEP)
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_std_headers(FORM_FROM, to, subj("[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定" % F_CASE, "iso-2022-jp"), w)
    write(53, "form-ack-uketsuke-ja", body, hdrs, aws_trace("yahoojp", F_USER[1], w),
          L("case_created", F_CASE, [F_KEEP, F_OLD1, F_OLD2], True, "ja"))

    # 023 completed and closed in one mail (JA) ----------------------------------
    w = d("2025-01-23 01:12:47")
    uw = d("2025-01-22 09:15:00", JST)
    aw = d("2025-01-21 17:03:00", JST)
    quoted = ja_on(uw, "石川 真理", F_USER[1]) + "\n" + q("""中村様

ご連絡ありがとうございます。
記載いただいた内容で相違ございません。統合を進めてください。

石川

""" + ja_on(aw, "Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com") + "\n" + q("""石川 真理 様

以下の内容で統合を実施してよろしいでしょうか。
　統合先（残るアカウント）：AWS60233418
　統合元：AWS59871044、AWS61004092
一度実施した統合は元に戻せませんので、ご確認のうえご返信ください。"""))
    txt = """石川 真理 様

いつもお世話になっております。
AWS トレーニングと認定サポートの中村でございます。

ご確認のご返信をいただき、誠にありがとうございました。

ご依頼いただきましたアカウントの統合作業が完了いたしましたので、ご報告いたします。
これまで 3 つのアカウントに分かれていた認定資格および受験履歴は、
すべて候補者 ID AWS60233418 にまとめられております。

ご依頼の件は以上で対応完了となりますので、本ケースはクローズとさせていただきます。
後日、サポート品質向上のためのアンケートをお送りする場合がございます。
お手すきの際にご協力いただけますと幸いです。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

中村
AWS トレーニングと認定

""" + quoted + "\n"
    htm = to_html(txt, font="Meiryo, sans-serif")
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % F_CASE, w)
    write(23, "form-agent-done-and-closing-ja", body, hdrs, aws_trace("yahoojp", F_USER[1], w),
          L("merge_completed", F_CASE, [F_KEEP], True, "ja"))

    # 045 separate survey (JA) ------------------------------------------------------
    w = d("2025-01-24 03:00:12")
    txt = """石川 真理 様

先日は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございました。

ケース番号 %s の対応につきまして、簡単なアンケートへのご協力をお願いいたします。
所要時間は 1 分程度です。

　担当者の対応に満足されましたか？
　https://support.aws.amazon.com/survey/tnc?caseId=%s&lang=ja

いただいたご意見は、今後のサービス向上のために活用させていただきます。
本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
""" % (F_CASE, F_CASE)
    htm = to_html(txt, font="Meiryo, sans-serif").replace('<a href="https://support.aws.amazon.com/survey', '<a style="color:#0073bb" href="https://support.aws.amazon.com/survey')
    m = MIMEMultipart("alternative")
    m.attach(tpart(txt, "plain", "iso-2022-jp", "7bit"))
    m.attach(tpart(htm, "html", "utf-8", "base64"))
    hdrs = aws_std_headers(addr("AWS Training and Certification", "no-reply-aws@amazon.com"), to,
                           subj("【AWS トレーニングと認定】サポートに関するアンケートご協力のお願い（ケース番号 %s）" % F_CASE, "iso-2022-jp"), w)
    write(45, "form-survey-anketo-ja", m, hdrs, aws_trace("yahoojp", F_USER[1], w),
          L("survey", F_CASE, [], True, "ja"))

    # 046 Credly badge (JA localisation) ---------------------------------------------
    w = d("2025-01-25 11:21:36")
    url = "https://www.credly.com/earner/earned/badge/1d0e6c2a-77b4-4f39-8e25-0a9b3c1f7d42"
    txt = """石川 真理さん

AWS Training and Certification から新しいバッジが発行されました。

　AWS Certified Data Engineer - Associate

バッジを受け取ると、LinkedIn などで共有したり、メールの署名に追加したりできます。

バッジを受け取る：
%s

Credly
(c) 2025 Credly, Inc. All rights reserved.
""" % url
    htm = credly_html("石川 真理さん", ["AWS Training and Certification から新しいバッジが発行されました：<b>AWS Certified Data Engineer &ndash; Associate</b>",
                                  "バッジを受け取ると、LinkedIn などで共有したり、メールの署名に追加したりできます。"],
                      "バッジを受け取る", url, 2025)
    body = alt(txt, htm, cte="base64")
    hdrs = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", F_USER[1]),
            ("Subject", subj("AWS Training and Certification からバッジが発行されました", "utf-8")), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(46, "credly-badge-issued-ja", body, hdrs, credly_trace("yahoojp", F_USER[1], w),
          L("credly_badge_issued", None, [], True, "ja"))

    # 051 case reopened notice (JA, console) -------------------------------------------
    to = addr(*H_USER, charset="iso-2022-jp")
    w = d("2025-07-08 00:31:27")
    txt = """お客様

ケース %s が再開されました。

お客様から以下のメッセージが追加されました：

　統合が完了したとのご連絡をいただきましたが、統合先のアカウントに
　Machine Learning - Specialty の認定が表示されておりません。
　お手数ですが、再度ご確認いただけますでしょうか。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

担当者より改めてご連絡いたします。ケースの詳細はサポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。

アマゾン ウェブ サービス
""" % (H_CASE, H_CASE, H_SUBJ, H_CASE)
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("Amazon Web Services: ケース %s が再開されました" % H_CASE, "iso-2022-jp"), w)
    write(51, "console-case-reopened-ja", body, hdrs, aws_trace("biglobe", H_USER[1], w),
          L("support_reply", H_CASE, [], True, "ja"))

    # 050 completion after reopen (JA) -------------------------------------------------
    w = d("2025-07-09 05:48:09")
    txt = """小林 美咲 様

お世話になっております。
AWS サポートの高橋でございます。

ケースを再開いただき、また詳細をお知らせいただきありがとうございます。
ご不便をおかけしておりますこと、深くお詫び申し上げます。

改めて確認いたしましたところ、先日の作業において AWS79955016 の
AWS Certified Machine Learning - Specialty のみ移行されていないことが判明いたしました。
本日、当該認定を AWS80012277 へ移し、これをもって両アカウントの統合が
すべて完了したことを確認いたしました。

お手数ですが、認定アカウントにサインインのうえ、認定資格の一覧に
Machine Learning - Specialty が表示されていることをご確認ください。
Credly のバッジにつきましては、反映まで 2～3 営業日ほどかかる場合がございます。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。

高橋
アマゾン ウェブ サービス
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % H_CASE
    body = alt(txt, to_html(txt, font="Meiryo, sans-serif"), cte="base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, subj("RE:[CASE %s] %s" % (H_CASE, H_SUBJ), "utf-8"), w)
    write(50, "console-after-reopen-missing-cert-moved-ja", body, hdrs, aws_trace("biglobe", H_USER[1], w),
          L("merge_completed", H_CASE, [H_KEEP, H_OLD], True, "ja"))

# ---------------------------------------------------------------- thread G (EN console 2023, 11-digit)
G_CASE = "12417730925"
G_KEEP, G_OLD = "AWS72004513", "AWS71833390"
G_USER = ("Lucas Ferreira", "lucas.ferreira.dev@gmail.com")
G_SUBJ = "Two AWS Certification accounts - please merge"

# ---------------------------------------------------------------- thread I (EN form case 2025, Microsoft 365 tenant)
I_CASE = "175500452700689"          # opened 2025-08-12 13:15:27 UTC
I_WORK, I_PERS = "AWS43310982", "AWS43002117"
I_USER = ("Sarah Mitchell", "sarah.mitchell@northwind-analytics.com")

# ---------------------------------------------------------------- thread J (EN 2023, own domain, no A-R)
J_CASE = "12905518372"
J_KEEP, J_OLD = "AWS25560019", "AWS25917734"
J_USER = ("Rahul Verma", "rahul@vermaconsulting.in")


def mails_part7():
    to = addr(*G_USER)
    # 052 console: case opened (EN) ------------------------------------------------
    w = d("2023-04-18 20:07:51")
    txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I passed my first exam under AWS-71833390 (registered with
my university email) and later created AWS-72004513 with this address. I would
like everything under AWS-72004513 please.

We will respond to your case as soon as possible. You can view your case in the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

%s
""" % (G_CASE, G_CASE, G_SUBJ, G_CASE, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: You have opened a new Support case: %s" % G_CASE, w)
    write(52, "console-case-opened-en", body, hdrs, aws_trace("gmail", G_USER[1], w),
          L("case_created", G_CASE, [G_KEEP, G_OLD], True))

    # 027 new correspondence notice -------------------------------------------------
    w = d("2023-04-21 13:40:06")
    txt = """Dear AWS customer,

We have added a new correspondence to your case:

Case ID: %s
Subject: %s
Severity: General guidance

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services

%s
""" % (G_CASE, G_SUBJ, G_CASE, AWS_FOOTER)
    body = tpart(txt, "plain", "utf-8", "7bit")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "[Case %s] New correspondence added" % G_CASE, w)
    write(27, "console-new-correspondence-added", body, hdrs, aws_trace("gmail", G_USER[1], w),
          L("support_reply", G_CASE, [], True))

    # 008 console: resolved + rating, no merge statement ----------------------------
    w = d("2023-04-25 07:15:33")
    txt = """Dear AWS customer,

Your case %s (%s) has been marked as resolved.

We hope we were able to help. Please let us know how we did; it only takes a
few seconds:

  Was your issue resolved?
    Yes: https://console.aws.amazon.com/support/home#/case/feedback?displayId=%s&resolved=yes
    No:  https://console.aws.amazon.com/support/home#/case/feedback?displayId=%s&resolved=no

  How would you rate the support you received? (1 = poor, 5 = excellent)
    https://console.aws.amazon.com/support/home#/case/feedback?displayId=%s

If you need further assistance with this issue, you can reopen the case from the
Support Center within 14 days. After that, please open a new case.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

%s
""" % (G_CASE, G_SUBJ, G_CASE, G_CASE, G_CASE, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: Case %s has been resolved" % G_CASE, w)
    write(8, "console-case-resolved-rate-us", body, hdrs, aws_trace("gmail", G_USER[1], w),
          L("survey", G_CASE, [], True))

    # 043 which account to keep (thread I) --------------------------------------------
    to = addr(*I_USER)
    w = d("2025-08-13 16:22:10")
    txt = """Hi Sarah,

Thanks for getting in touch with AWS Training and Certification.

I found two certification accounts in your name:

  - AWS43310982, login sarah.mitchell@northwind-analytics.com (created 2021)
  - AWS43002117, login sarah.m.mitchell@gmail.com (created 2019)

Before we can go any further, could you tell me which of these you would like to
keep going forward? The other one will be closed and its certifications and exam
history moved across. Many people choose the account with a personal email
address, so that they keep access if they change employer, but it is entirely up
to you.

Also, please let me know if either account has an exam scheduled in the next two
weeks, as we cannot make changes while an appointment is pending.

Thanks,

Marcus L.
AWS Training and Certification
"""
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, subj("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE, fold=True), w)
    write(43, "form-agent-which-account-to-keep", body, hdrs, aws_trace("outlook", I_USER[1], w),
          L("support_reply", I_CASE, [I_WORK, I_PERS], True))

    # 044 completion with Outlook history (thread I) ------------------------------------
    w = d("2025-08-15 21:09:44")
    uw = d("2025-08-13 14:02:00", PDT)
    txt = """Hi Sarah,

That's all sorted now. Your certification history lives under AWS43002117
(sarah.m.mitchell@gmail.com) from today, and the work account has been closed.
The 50% exam discount you earned in June has come across too; you will find it
under Benefits when you sign in.

Credly may take a day or two to catch up. If your badges haven't appeared on the
Credly profile for sarah.m.mitchell@gmail.com by the end of next week, just reply
here and I'll chase it.

Thanks,

Marcus L.
AWS Training and Certification

""" + outlook_block("Mitchell, Sarah <sarah.mitchell@northwind-analytics.com>", uw,
                    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                    "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE) + """
Hi Marcus,

Please keep the Gmail one (AWS43002117) and move everything from AWS43310982 into it. No exams booked.

Thanks!
Sarah

Sarah Mitchell | Senior Data Engineer
Northwind Analytics | 1200 Harbor Blvd, Suite 400 | Oakland, CA 94607
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee.

""" + outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", d("2025-08-13 09:22:10", PDT),
                    "Mitchell, Sarah <sarah.mitchell@northwind-analytics.com>",
                    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE) + """
Hi Sarah,

Thanks for getting in touch with AWS Training and Certification.

I found two certification accounts in your name:

  - AWS43310982, login sarah.mitchell@northwind-analytics.com (created 2021)
  - AWS43002117, login sarah.m.mitchell@gmail.com (created 2019)
"""
    body = alt(txt, to_html(txt, "Calibri, Arial, sans-serif"), cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % I_CASE, w)
    write(44, "form-agent-all-sorted-outlook-history", body, hdrs, aws_trace("outlook", I_USER[1], w),
          L("merge_completed", I_CASE, [I_PERS], True))

    # 038 survey, HTML only (thread I) ---------------------------------------------------
    w = d("2025-08-16 09:00:05")
    stars = "".join('<a href="https://support.aws.amazon.com/survey/rate?caseId=%s&amp;score=%d" style="font-size:28px;color:#ff9900;text-decoration:none" title="%d">&#9733;</a>' % (I_CASE, n, n) for n in range(1, 6))
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;padding:16px"><span style="color:#fff;font-size:18px">AWS Training &amp; Certification</span></div>
<div style="padding:24px">
<p>Hi Sarah,</p>
<p>How did we do?</p>
<p>Your recent request (Case %s) was closed on August 15, 2025. We&#8217;d love to hear how your experience was &#8212; just tap a star below.</p>
<p>%s</p>
<p style="font-size:12px;color:#687078">1 star = very dissatisfied &middot; 5 stars = very satisfied</p>
<p>Thank you for helping us improve.</p>
<p>AWS Training and Certification</p>
</div>
<div style="padding:16px;font-size:11px;color:#879196">This message was sent from a notification-only address. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.<br>
Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</div>
</div></body></html>
""" % (I_CASE, stars)
    body = tpart(htm, "html", "windows-1252", "quoted-printable")
    hdrs = aws_std_headers(addr("AWS Training and Certification", "no-reply-aws@amazon.com"), to,
                           "How did we do? Tell us about case %s" % I_CASE, w)
    write(38, "form-survey-how-did-we-do-html", body, hdrs, aws_trace("outlook", I_USER[1], w),
          L("survey", I_CASE, [], True))

    # 042 status update (thread J, no A-R) ---------------------------------------------------
    to = addr(*J_USER)
    w = d("2023-07-06 10:50:29")
    txt = """Hello Rahul,

Greetings from AWS!

I wanted to give you a quick update on your request. Merging AWS25917734 into
AWS25560019 needs to be carried out by our Certification Operations team, and I
have now escalated it to them with all of the details you provided, including
your confirmation.

Their current turnaround is 3-5 business days. I'll be monitoring the request and
will update this case as soon as there is news. You don't need to do anything
further at this point.

Best regards,

Karthik R.
Amazon Web Services

""" + CONSOLE_LINKS % J_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] Merge duplicate certification profiles" % J_CASE, w)
    write(42, "console-agent-escalated-status-update", body, hdrs, aws_trace("none", J_USER[1], w),
          L("support_reply", J_CASE, [J_KEEP, J_OLD], None))

    # 026 survey (thread J, no A-R) ----------------------------------------------------------
    w = d("2023-07-13 04:30:00")
    txt = """Hello,

Your case %s "Merge duplicate certification profiles" was closed.

Tell us how we did. Your feedback helps us improve AWS Support.
https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en&feedback=true

Was this case resolved?   [ Yes ]   [ No ]

Thank you for choosing Amazon Web Services.

%s
""" % (J_CASE, J_CASE, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Your AWS Support case %s was closed - tell us how we did" % J_CASE, w)
    write(26, "console-case-closed-tell-us-no-ar", body, hdrs, aws_trace("none", J_USER[1], w),
          L("survey", J_CASE, [], None))

# ---------------------------------------------------------------- thread K (EN form case 2024, name question, nested quotes)
K_CASE = "170963655700418"          # opened 2024-03-05 11:02:37 UTC
K_KEEP, K_OLD = "AWS36672015", "AWS36120994"
K_USER = ("Wei Zhang", "wei.zhang.sg@outlook.com")

# ---------------------------------------------------------------- thread L (EN 2021, 11-digit, wrong charset label)
L_CASE = "10284467913"
L_KEEP, L_OLD = "AWS18877302", "AWS19020456"
L_USER = ("Olga Petrova", "olga.petrova.it@gmail.com")

# ---------------------------------------------------------------- thread M (EN console 2025, completion, survey, reopened for a third profile)
M_CASE = "175973941400236"          # opened 2025-10-06 08:30:14 UTC
M_KEEP, M_OLD, M_THIRD = "AWS90412256", "AWS88001349", "AWS90733108"
M_USER = ("Ayşe Demir", "ayse.demir.tr@gmail.com")
M_SUBJ = "Merge certification accounts"


def mails_part8():
    to = addr(*K_USER)
    # 040 question about something other than the merge -------------------------------
    w = d("2024-03-06 03:18:45")
    txt = """Hello Wei,

Thank you for contacting AWS Training and Certification.

Before I submit your request I need to clarify one detail. The names on the two
profiles are recorded differently:

  AWS36672015 - first name "Wei", last name "Zhang"
  AWS36120994 - first name "Zhang", last name "Wei"

The name on your certification account must match your government-issued ID
exactly, because it is printed on your certificates and checked at the test
centre. Could you please confirm your legal name as it appears on your ID (first
name and last name separately)? I will then make sure the surviving profile shows
the correct name.

Kind regards,

Nadia B.
AWS Training and Certification
"""
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % K_CASE, w)
    write(40, "form-agent-asks-legal-name", body, hdrs, aws_trace("outlook", K_USER[1], w),
          L("support_reply", K_CASE, [K_KEEP, K_OLD], True))

    # 037 completion, nested '> >' history ------------------------------------------
    w = d("2024-03-08 02:44:19")
    uw = d("2024-03-06 20:10:00", dt.timezone(dt.timedelta(hours=8)))
    inner = """Hello Wei,

Before I submit your request I need to clarify one detail. The names on the two
profiles are recorded differently:

  AWS36672015 - first name "Wei", last name "Zhang"
  AWS36120994 - first name "Zhang", last name "Wei"

Could you please confirm your legal name as it appears on your ID?"""
    hist = "\n".join([
        "-----Original Message-----",
        "From: Wei Zhang <wei.zhang.sg@outlook.com>",
        "Sent: Wednesday, March 6, 2024 8:10 PM",
        "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
        "Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CASE,
        "",
        "> Hi Nadia,",
        ">",
        "> First name: Wei, last name: Zhang. Please keep AWS36672015 and merge the",
        "> other one into it.",
        ">",
        "> Thanks, Wei",
        ">",
        "> On Wed, 6 Mar 2024 at 11:18, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:",
        q(inner, "> > ", spaced=True).replace("> > \n", "> >\n"),
    ])
    txt = """Hi Wei,

Happy to tell you the request went through this morning. Everything that was on
your second profile now shows under %s, with your name recorded as
Wei Zhang (first name Wei, last name Zhang). The second profile can no longer be
used to sign in.

Updated certificate PDFs with the corrected name can be downloaded from the
Certifications tab when you sign in.

Kind regards,

Nadia B.
AWS Training and Certification

%s
""" % (K_KEEP, hist)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, FORM_SUBJ % K_CASE, w)
    write(37, "form-agent-request-went-through-nested-quotes", body, hdrs, aws_trace("outlook", K_USER[1], w),
          L("merge_completed", K_CASE, [K_KEEP], True))

    # 056 completion with a wrong charset label ------------------------------------------
    to = addr(*L_USER)
    w = d("2021-11-02 12:37:58")
    txt = """Hi Olga,

We’ve wrapped up the account merge you asked for — AWS19020456 is now part of
AWS18877302, and that’s the only certification account you’ll need from here on.
Your Developer – Associate and DevOps Engineer – Professional certifications both
show under it, along with the full exam history.

A couple of things worth checking on your side:
  • sign in with olga.petrova.it@gmail.com and look under “Certifications”;
  • your Credly badges can take up to a week to move across.

If anything’s missing, reply to this email and we’ll pick it up again.

Cheers,

Liam O’Connor
AWS Training and Certification
"""
    p_ = MIMENonMultipart("text", "plain", charset="us-ascii")
    p_.set_payload(quopri.encodestring(txt.encode("utf-8")).decode("ascii"))
    p_["Content-Transfer-Encoding"] = "quoted-printable"
    hdrs = aws_std_headers(FORM_FROM, to, "RE:[CASE %s] Request to combine my two certification accounts" % L_CASE, w)
    write(56, "agent-wrapped-up-wrong-charset-label", p_, hdrs, aws_trace("gmail", L_USER[1], w),
          L("merge_completed", L_CASE, [L_KEEP, L_OLD], True))

    # 054 status: once the merge is complete we will... (thread M) -------------------------
    to = addr(*M_USER)
    w = d("2025-10-07 14:11:26")
    txt = """Hello Ayşe,

Thank you for your reply. Your request to bring AWS88001349 into AWS90412256 has
been queued with our Certification Operations team for processing.

Once the merge is complete, we will let you know on this case, and you will also
receive e-mails from Credly for any badges that move to your remaining profile.
Until then, please avoid scheduling a new exam from either account.

Please do not open a new case for this request; keeping everything on this case
helps us to resolve it faster.

Best regards,

Emre K.
Amazon Web Services

""" + CONSOLE_LINKS % M_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), w)
    write(54, "console-agent-queued-once-complete-we-will", body, hdrs, aws_trace("gmail", M_USER[1], w),
          L("support_reply", M_CASE, [M_KEEP, M_OLD], True))

    # 060 completion with Credly note (thread M) -----------------------------------------------
    w = d("2025-10-09 09:26:03")
    txt = """Hello Ayşe,

All set! Our operations team has finished processing your request, and your
certification account aws90412256 now holds everything that used to be under
aws88001349 - the AWS Certified Cloud Practitioner and AWS Certified AI
Practitioner certifications, your exam history and the unused 50% discount
voucher.

A note on Credly: badges are re-issued to the e-mail address of the remaining
account, so please look out for "Accept your badge" e-mails from Credly over the
next few days. If they have not arrived within a week, reply on this case and
we will follow up with Credly for you.

Best regards,

Emre K.
Amazon Web Services

""" + CONSOLE_LINKS % M_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="base64")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), w)
    write(60, "console-agent-all-set-credly-note", body, hdrs, aws_trace("gmail", M_USER[1], w),
          L("merge_completed", M_CASE, [M_KEEP, M_OLD], True))

    # 049 survey: rate the agent (thread M) ----------------------------------------------------
    w = d("2025-10-10 09:30:47")
    txt = """Hello,

Your AWS Support case %s has been resolved.

Case ID: %s
Subject: %s
Resolved by: Emre K.

How would you rate the support you received from Emre K.?

  Excellent  https://console.aws.amazon.com/support/feedback?displayId=%s&r=5
  Good       https://console.aws.amazon.com/support/feedback?displayId=%s&r=4
  Fair       https://console.aws.amazon.com/support/feedback?displayId=%s&r=3
  Poor       https://console.aws.amazon.com/support/feedback?displayId=%s&r=2

Still need help? You can reopen this case in the Support Center.

Thank you for using Amazon Web Services.

%s
""" % ((M_CASE,) * 2 + (M_SUBJ,) + (M_CASE,) * 4 + (AWS_FOOTER,))
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "How would you rate your recent AWS Support experience? [Case %s]" % M_CASE, w)
    write(49, "console-survey-rate-the-agent", body, hdrs, aws_trace("gmail", M_USER[1], w),
          L("survey", M_CASE, [], True))

    # 059 reopened: confirm the third profile (thread M) ----------------------------------------
    w = d("2025-10-16 11:05:38")
    txt = """Hello Ayşe,

Thank you for reopening your case and letting us know about the older profile
you created as a student.

I was able to find it: AWS90733108, registered to ayse.demir@ogrenci.example.edu.tr.
It holds your AWS Certified Cloud Practitioner exam result from 2022.

To add it to your main account I need your confirmation once more:

  Profile to be merged and closed:  AWS90733108
  Profile that remains:             AWS90412256 (ayse.demir.tr@gmail.com)

As before, this cannot be reversed once done. Please reply on this case with
"I confirm" if the above is correct, and I will submit it right away.

Best regards,

Emre K.
Amazon Web Services

""" + CONSOLE_LINKS % M_CASE + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (M_CASE, M_SUBJ), w)
    write(59, "console-reopened-confirm-third-profile", body, hdrs, aws_trace("gmail", M_USER[1], w),
          L("merge_confirmation_requested", M_CASE, [M_KEEP, M_THIRD], True))

# ---------------------------------------------------------------- thread N (EN console 2024, auto-closed; phishing target)
N_CASE = "171866430300871"          # opened 2024-06-17 22:45:03 UTC
N_USER = ("Jordan Blake", "jordan.blake.ops@gmail.com")


def spoof_gmail(rcpt, when, host, ip, mailfrom, from_dom, dkim_dom=None, dmarc="fail", spf="softfail", forged_below=None):
    doms = [(dkim_dom, "pass")] if dkim_dom else []
    ar = g_ar(doms, mailfrom, ip, dmarc=dmarc, from_dom=from_dom, spf=spf,
              policy="QUARANTINE" if from_dom == "amazon.com" else ("REJECT" if from_dom == "credly.com" else "NONE"))
    dk = [dkim(dkim_dom, "mail", when)] if dkim_dom else []
    h = gmail_trace(rcpt, when, host, ip, mailfrom, ar, dk)
    if spf != "pass":
        h = [(k, v.replace("pass (google.com: domain of", "softfail (google.com: domain of").replace(
            "designates %s as permitted sender" % ip, "does not designate %s as permitted sender" % ip)) if k == "Received-SPF" else (k, v) for k, v in h]
    if forged_below:
        h += forged_below
    return h


def mails_part9():
    # 012 Credly: reminder to accept (thread D) ------------------------------------------
    w = d("2024-11-21 15:02:18")
    url = "https://www.credly.com/earner/earned/badge/6f41c2d0-93ab-4e8f-b1a7-2c5d8e0f3b96"
    txt = """Hi Daniel,

You have a badge waiting for you.

AWS Training and Certification issued you the AWS Certified Security - Specialty
badge on November 14, 2024, but you haven't accepted it yet. Accept it now to
start sharing your achievement.

Accept your badge:
%s

Thanks,
The Credly Team

(c) 2024 Credly, Inc. All rights reserved.
""" % url
    htm = credly_html("You have a badge waiting for you", ["AWS Training and Certification issued you the <b>AWS Certified Security &ndash; Specialty</b> badge on November 14, 2024, but you haven&rsquo;t accepted it yet.",
                                                          "Accept it now to start sharing your achievement."],
                      "Accept your badge", url, 2024)
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", D_USER[1]),
            ("Subject", "Reminder: Accept your AWS Certified Security - Specialty badge"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(12, "credly-reminder-badge-waiting-to-accept", body, hdrs, credly_trace("gmail", D_USER[1], w),
          L("credly_badge_issued", None, [], True))

    # 048 Credly: two badges moved after merge (thread A) -------------------------------------
    w = d("2025-05-31 02:18:40")
    url = "https://www.credly.com/earner/earned?utm_campaign=multiple_badges_issued"
    txt = """Priya, 2 new badges are ready for you

AWS Training and Certification has added the following badges to your Credly
account. They were moved from another AWS Certification profile that has been
combined with yours:

  AWS Certified Developer - Associate
  AWS Certified Cloud Practitioner

Accept your badges:
%s

Credly, Inc.
""" % url
    htm = credly_html("Priya, 2 new badges are ready for you", ["AWS Training and Certification has added the following badges to your Credly account. They were moved from another AWS Certification profile that has been combined with yours:",
                                                              "<b>AWS Certified Developer &ndash; Associate</b><br><b>AWS Certified Cloud Practitioner</b>"],
                      "Accept your badges", url, 2025)
    body = alt(txt, htm, cte="base64")
    hdrs = [("From", addr("AWS Training and Certification via Credly", "admin@credly.com")), ("To", A_USER[1]),
            ("Subject", "Priya, 2 new badges are ready for you"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(48, "credly-two-badges-ready-after-combine", body, hdrs, credly_trace("gmail", A_USER[1], w),
          L("credly_badge_issued", None, [], True))

    # 015 look-alike Credly domain, about the merge (phishing) ---------------------------------
    w = d("2023-04-27 06:51:12")
    url = "https://credly-badges.com/claim?ref=aws-merge&u=lucas.ferreira.dev"
    txt = """Hi Lucas,

Following the recent merge of your AWS Certification accounts, the badges from
your previous account have been transferred and are ready to accept.

  AWS Certified Cloud Practitioner
  AWS Certified Developer - Associate

IMPORTANT: transferred badges must be claimed within 48 hours, otherwise they
will be permanently removed from your profile.

Claim your badges now:
%s

Credly Support Team
""" % url
    htm = credly_html("Hi Lucas,", ["Following the recent merge of your AWS Certification accounts, the badges from your previous account have been transferred and are ready to accept.",
                                     "<b>IMPORTANT:</b> transferred badges must be claimed within <b>48 hours</b>, otherwise they will be permanently removed from your profile."],
                      "Claim your badges", url, 2023).replace("https://www.credly.com/", "https://credly-badges.com/")
    body = alt(txt, htm, cte="quoted-printable")
    ip = "185.%d.%d.%d" % (R.randint(100, 250), R.randint(1, 250), R.randint(2, 250))
    mf = "bounce@mail.credly-badges.com"
    hdrs = [("From", addr("AWS Training and Certification via Credly", "admin@credly-badges.com")), ("To", G_USER[1]),
            ("Subject", "Your transferred badges are ready to claim"), ("Date", rfc(w)),
            ("Message-ID", "<%s@credly-badges.com>" % hextok(24))]
    tr = spoof_gmail(G_USER[1], w, "mail.credly-badges.com", ip, mf, "credly-badges.com", dkim_dom="credly-badges.com", dmarc="pass", spf="pass")
    write(15, "lookalike-credly-badges-domain-merge-claim", body, hdrs, tr,
          L("credly_badge_issued", None, [], False))

    # 058 spoofed admin@credly.com, dmarc=fail at Microsoft 365, forged A-R below ----------------
    w = d("2025-08-18 23:40:05")
    url = "https://badge-transfer-verify.net/credly/accept?id=43002117"
    txt = """Hello Sarah,

Your AWS Training and Certification badges have been moved to this address as part of
your recent account merge. To accept the transferred badges, please verify the
identity of your Credly wallet:

%s

Badges that are not accepted within 72 hours will be returned to the issuer.

Credly
"""  % url
    htm = credly_html("Hello Sarah,", ["Your AWS Training and Certification badges have been moved to this address as part of your recent account merge.",
                                        "To accept the transferred badges, please verify the identity of your Credly wallet. Badges that are not accepted within 72 hours will be returned to the issuer."],
                      "Verify and accept", url, 2025)
    body = alt(txt, htm, cte="quoted-printable")
    ip = "45.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(2, 250))
    host = "vps%d.hostingnode.top" % R.randint(1000, 9999)
    mf = "www-data@%s" % host
    ar = o_ar("hostingnode.top", ip, "none", dkim_res="none", dmarc="fail", from_dom="credly.com", spf="fail", compauth="fail reason=000")
    forged = [("Authentication-Results", "credly.com; dkim=pass header.d=credly.com; spf=pass smtp.mailfrom=credly.com; dmarc=pass header.from=credly.com")]
    tr, _ = outlook_trace(I_USER[1], w, host, ip, mf, ar, [], spf_dom="hostingnode.top")
    tr = [(k, v.replace("Pass (protection.outlook.com: domain of hostingnode.top designates", "Fail (protection.outlook.com: domain of hostingnode.top does not designate")) for k, v in tr]
    tr += [("X-MS-Exchange-Organization-SCL", "5")] + forged
    hdrs = [("From", addr("Credly", "admin@credly.com")), ("To", I_USER[1]),
            ("Subject", "Action needed: accept badges transferred after your account merge"), ("Date", rfc(w)),
            ("Message-ID", "<%s@%s>" % (hextok(20), host))]
    write(58, "spoofed-credly-dmarc-fail-transferred-badges", body, hdrs, tr,
          L("credly_badge_issued", None, [], False))

    # 017 look-alike AWS domain asks to confirm the merge (phishing) -----------------------------
    w = d("2024-06-20 13:27:44")
    fake_case = "171879220100634"
    txt = """Dear Candidate,

Your request to merge AWS Certification accounts has been received.

Before we proceed, you must confirm the merge below:

  Source account:       AWS55120983
  Destination account:  AWS55120984

If you do not confirm within 24 hours, your request will be cancelled and both
accounts will be suspended pending verification.

Confirm merge: https://aws-certification-team.com/merge/confirm?case=%s

Regards,
AWS Training & Certification Team
""" % fake_case
    body = alt(txt, to_html(txt), cte="base64")
    ip = "193.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(2, 250))
    mf = "noreply@aws-certification-team.com"
    hdrs = [("From", addr("AWS Training & Certification", "noreply@aws-certification-team.com")), ("To", N_USER[1]),
            ("Subject", "RE:[CASE %s] Action required: confirm your account merge" % fake_case), ("Date", rfc(w)),
            ("Message-ID", "<%s.%s@aws-certification-team.com>" % (hextok(16), hextok(8)))]
    tr = spoof_gmail(N_USER[1], w, "mx1.aws-certification-team.com", ip, mf, "aws-certification-team.com",
                     dkim_dom="aws-certification-team.com", dmarc="pass", spf="pass")
    write(17, "lookalike-aws-domain-confirm-merge", body, hdrs, tr,
          L("merge_confirmation_requested", fake_case, ["AWS55120983", "AWS55120984"], False))

    # 018 spoofed amazon.com completion, dmarc=fail on top, forged pass below -----------------------
    w = d("2025-10-12 05:02:51")
    txt = """Hello,

Your AWS Certification account merge has been completed successfully.

To keep your certification benefits (exam vouchers and digital badges) you must
re-validate your login within 48 hours:

https://aws-certmetrics-portal.com/signin?continue=benefits

If you do not re-validate, the merged account will be locked.

Best regards,
AWS Training and Certification
"""
    body = alt(txt, to_html(txt), cte="quoted-printable")
    ip = "103.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(2, 250))
    host = "mail%d.bulk-sender.xyz" % R.randint(10, 99)
    mf = "info@bulk-sender.xyz"
    forged = [("Authentication-Results", "amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
              ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    tr = spoof_gmail(M_USER[1], w, host, ip, mf, "amazon.com", dkim_dom=None, dmarc="fail", spf="softfail", forged_below=forged)
    hdrs = [("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", M_USER[1]),
            ("Subject", "Your AWS Certification account merge is complete"), ("Date", rfc(w)),
            ("Message-ID", "<%s@%s>" % (hextok(32), host))]
    write(18, "spoofed-amazon-completed-dmarc-fail", body, hdrs, tr,
          L("merge_completed", None, [], False))

# ---------------------------------------------------------------- thread O (JA form case 2024, OCN)
O_CASE = "172524676000153"          # opened 2024-09-02 03:12:40 UTC
O_USER = ("田中 浩二", "koji-tanaka@sky.ocn.ne.jp")


def mails_part10():
    # 039 auto-resolved for lack of reply, with rating (thread N) ---------------------------------
    to = addr(*N_USER)
    w = d("2024-07-02 22:50:11")
    txt = """Hello,

We haven't heard back from you regarding case %s
("Merge two certification accounts"), so we have marked it as resolved.

If you still need help, you can reopen the case from the Support Center within
14 days of this message:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please take a moment to tell us about your experience with this case:
https://console.aws.amazon.com/support/home#/case/feedback?displayId=%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

%s
""" % (N_CASE, N_CASE, N_CASE, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: Case %s resolved - no response received" % N_CASE, w)
    write(39, "console-auto-resolved-no-response-feedback", body, hdrs, aws_trace("gmail", N_USER[1], w),
          L("survey", N_CASE, [], True))

    # 057 JA closure/survey, long folded ISO-2022-JP subject, Shift_JIS QP body (thread O) -----------
    to = addr(*O_USER, charset="iso-2022-jp")
    w = d("2024-09-06 08:03:29")
    txt = """田中 浩二 様

AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お問い合わせいただいておりましたケース（ケース番号：%s）は、
担当者によりクローズされました。

今後のサービス向上のため、今回の対応についての評価にご協力ください。

　大変満足　https://support.aws.amazon.com/survey/tnc?caseId=%s&score=5&lang=ja
　満足　　　https://support.aws.amazon.com/survey/tnc?caseId=%s&score=4&lang=ja
　普通　　　https://support.aws.amazon.com/survey/tnc?caseId=%s&score=3&lang=ja
　不満　　　https://support.aws.amazon.com/survey/tnc?caseId=%s&score=2&lang=ja
　大変不満　https://support.aws.amazon.com/survey/tnc?caseId=%s&score=1&lang=ja

引き続きご不明な点がございましたら、本メールにご返信ください。ケースが再開されます。

AWS トレーニングと認定
""" % ((O_CASE,) * 6)
    body = tpart(txt, "plain", "shift_jis", "quoted-printable")
    hdrs = aws_std_headers(FORM_FROM, to, subj("[CASE %s] お問い合わせのケースはクローズされました：対応品質向上のためのアンケートにご協力をお願いいたします" % O_CASE, "iso-2022-jp"), w)
    ip = ses_ip()
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mf = ses_mailfrom(w)
    ar = ("mx.ocn.ne.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com" % mf)
    tr = jp_trace(O_USER[1], w, host, ip, mf, ar, amazon_dkims(w), mx="mx.ocn.ne.jp")
    write(57, "form-closed-survey-ja-folded-subject-sjis", body, hdrs, tr,
          L("survey", O_CASE, [], True, "ja"))

    # 013 Credly badge expiry reminder (unrelated) ---------------------------------------------------
    w = d("2025-06-12 16:40:03")
    url = "https://www.credly.com/earner/earned/badge/8c3f2a61-4b1e-4d0c-9a77-1f2d3c4b5a69"
    txt = """Hi Tomasz,

Your AWS Certified Solutions Architect - Associate badge from AWS Training and
Certification will expire on September 13, 2025.

To keep your badge active, complete the recertification requirements set by the
issuer before the expiration date. Expired badges remain on your profile but are
marked as expired.

View badge and recertification details:
%s

The Credly Team
""" % url
    htm = credly_html("Your badge expires in 90 days", ["Your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge from AWS Training and Certification will expire on <b>September 13, 2025</b>.",
                                                       "To keep your badge active, complete the recertification requirements set by the issuer before the expiration date."],
                      "View badge", url, 2025)
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("Credly", "admin@credly.com")), ("To", C_USER[1]),
            ("Subject", "Your AWS Certified Solutions Architect - Associate badge expires in 90 days"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(13, "credly-badge-expiry-reminder", body, hdrs, credly_trace("outlook", C_USER[1], w),
          L("unrelated", None, [], True))

    # 014 Credly self-service account merge code (unrelated) -------------------------------------------
    w = d("2024-11-10 08:13:27")
    txt = """Hi Daniel,

We received a request to merge the Credly account daniel.okafor@lumen-dynamics.com
into your account dokafor.cloud@gmail.com.

Your verification code is: 482913

Enter this code on the merge screen, or click the link below to complete the
account merge. The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/account_merges/confirm?token=%s

If you did not request this, you can ignore this e-mail; no changes will be made.

The Credly Team
""" % hextok(40)
    htm = credly_html("Confirm your account merge", ["We received a request to merge the Credly account daniel.okafor@lumen-dynamics.com into your account dokafor.cloud@gmail.com.",
                                                     "Your verification code is: <b style=\"font-size:20px;letter-spacing:4px\">482913</b>",
                                                     "The code expires in 30 minutes. If you did not request this, you can ignore this e-mail."],
                      "Complete Account Merge", "https://www.credly.com/users/account_merges/confirm", 2024)
    body = alt(txt, htm, cte="quoted-printable")
    hdrs = [("From", addr("Credly", "admin@credly.com")), ("To", D_USER[1]),
            ("Subject", "Credly account merge verification code"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(14, "credly-self-service-account-merge-code", body, hdrs, credly_trace("gmail", D_USER[1], w),
          L("unrelated", None, [], True))

    # 016 generic Credly look-alike phishing (unrelated) -------------------------------------------------
    w = d("2024-02-19 03:55:00")
    txt = """Dear Credly user,

We detected unusual activity on your Credly wallet. Your account and all of your
digital badges will be suspended within 24 hours unless you verify your identity.

Verify now: http://credly-accounts-support.net/verify/%s

Credly Security Team
""" % hextok(12)
    body = alt(txt, to_html(txt), cte="base64")
    ip = "91.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(2, 250))
    mf = "security@credly-accounts-support.net"
    hdrs = [("From", addr("Credly Security", "security@credly-accounts-support.net")), ("To", K_USER[1]),
            ("Subject", "[Urgent] Your Credly wallet will be suspended"), ("Date", rfc(w)),
            ("Message-ID", "<%s@credly-accounts-support.net>" % hextok(18))]
    ar = o_ar("credly-accounts-support.net", ip, "none", dkim_res="none", dmarc="none", from_dom="credly-accounts-support.net", spf="pass", compauth="softpass reason=201")
    ar = ar.replace("dmarc=none action=quarantine", "dmarc=none action=none")
    tr, _ = outlook_trace(K_USER[1], w, "mail.credly-accounts-support.net", ip, mf, ar, [], spf_dom="credly-accounts-support.net")
    write(16, "lookalike-credly-wallet-suspended", body, hdrs, tr,
          L("unrelated", None, [], False))

    # 028 Seller Central case (JA), closed with survey (unrelated) ----------------------------------------
    to = addr(*F_USER, charset="iso-2022-jp")
    w = d("2025-02-04 06:21:40")
    sc = "5884881212"
    txt = """石川 真理 様

Amazon セラーセントラルのテクニカルサポートにお問い合わせいただき、ありがとうございます。

出品制限の解除につきまして、対象の ASIN の出品が再開されたことを確認いたしました。
本件は解決済みとして、ケースをクローズさせていただきます。

今回のサポートについて、ご評価をお願いいたします。
　問題は解決しましたか？　はい / いいえ
　https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s&survey=1

Amazon.co.jp セラーサポート
""" % sc
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    ip = "52.95.%d.%d" % (R.randint(40, 60), R.randint(2, 250))
    mf = "%s@bounces.amazon.co.jp" % hextok(20)
    dk = [dkim("amazon.co.jp", "rjsfcaxxf2nhuxd3xydpjhfbcbukvmwy", w)]
    tr = trace("yahoojp", F_USER[1], w, "smtp-out-jp.amazon.co.jp", ip, mf, dk, "amazon.co.jp", "amazon.co.jp")
    hdrs = [("From", addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp", "iso-2022-jp")), ("To", to),
            ("Subject", subj("RE:[CASE %s] 出品制限の解除について" % sc, "iso-2022-jp")), ("Date", rfc(w)),
            ("Message-ID", "<%s.%s@email.amazon.co.jp>" % (hextok(16), hextok(6)))]
    write(28, "seller-central-case-closed-ja", body, hdrs, tr,
          L("unrelated", sc, [], True, "ja"))

    # 029 other AWS support case: billing, closed with rating (unrelated) ----------------------------------
    to = addr(*G_USER)
    w = d("2023-05-30 18:12:09")
    bc = "12433018876"
    txt = """Dear AWS customer,

Your case %s ("Unexpected charge for NAT Gateway in April") has been marked as resolved.

Summary from your agent: the credit of USD 38.42 has been applied to your account
and will appear on your May invoice.

How did we do? Rate this case:
https://console.aws.amazon.com/support/home#/case/feedback?displayId=%s

If you need further help with this billing question, you can reopen the case from
the Support Center.

Sincerely,
Amazon Web Services

%s
""" % (bc, bc, AWS_FOOTER)
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "Amazon Web Services: Case %s has been resolved" % bc, w)
    write(29, "other-aws-case-billing-resolved-rating", body, hdrs, aws_trace("gmail", G_USER[1], w),
          L("unrelated", bc, [], True))

    # 030 other AWS support case: quota increase complete (unrelated) ---------------------------------------
    to = addr(*A_USER)
    w = d("2025-07-09 19:44:52")
    qc = "175203840000923"
    txt = """Hello,

We're happy to let you know that your service quota increase request for:

  Service:  Amazon Elastic Compute Cloud (Amazon EC2)
  Region:   Asia Pacific (Mumbai)
  Quota:    Running On-Demand G and VT instances
  New value: 32

has been approved and the change is now complete. It can take up to 30 minutes
for the new value to take effect.

You can view the status of all your requests in the Service Quotas console.

Best regards,
Amazon Web Services

""" + CONSOLE_LINKS % qc + "\n\n" + AWS_FOOTER + "\n"
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(CONSOLE_FROM, to, "RE:[CASE %s] Limit Increase: EC2 Instances" % qc, w)
    write(30, "other-aws-case-quota-increase-complete", body, hdrs, aws_trace("gmail", A_USER[1], w),
          L("unrelated", qc, [], True))


def mails_part11():
    # 031 CertMetrics survey look-alike (unrelated) ------------------------------------------------
    w = d("2022-09-20 17:05:12")
    txt = """AWS Certification wants to hear from you

Dear Tomasz Nowak,

Thank you for being an AWS Certified individual. We are always looking for ways to
improve the AWS Certification program and would appreciate your feedback.

Please take our 10-minute survey: https://aws.certmetrics.com/amazon/survey/%s

Your responses are anonymous and will be used only to improve the program.

Regards,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this message.
""" % hextok(32)
    body = alt(txt, to_html(txt, "Verdana, sans-serif"), cte="quoted-printable")
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
    mf = "bounces+%d-%s@em.certmetrics.com" % (R.randint(1000000, 9999999), hextok(4))
    tr = trace("outlook", C_USER[1], w, "o%d.em.certmetrics.com" % R.randint(1, 9), ip, mf,
               [dkim("certmetrics.com", "s1", w)], "certmetrics.com", "certmetrics.com")
    hdrs = [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", C_USER[1]),
            ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(31, "certmetrics-wants-to-hear-from-you", body, hdrs, tr, L("unrelated", None, [], False), crlf=True)

    # 032 CertMetrics recertification congratulations with candidate id (unrelated) -------------------------
    w = d("2025-03-04 12:30:44")
    txt = """Congratulations, Tomasz!

You have successfully recertified and your AWS Certified Solutions Architect -
Associate certification is now valid through March 4, 2028.

Candidate ID: AWS 32190876
Validation Number: 7QK2M0R1J2E4Q1CX
Certification valid through: 2028-03-04

Your updated certificate and digital badge will be available in your AWS
Certification Account within 5 business days.

Regards,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Training and Certification.
"""
    body = alt(txt, to_html(txt, "Verdana, sans-serif"), cte="base64")
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
    mf = "bounces+%d-%s@em.certmetrics.com" % (R.randint(1000000, 9999999), hextok(4))
    tr = trace("outlook", C_USER[1], w, "o%d.em.certmetrics.com" % R.randint(1, 9), ip, mf,
               [dkim("certmetrics.com", "s1", w)], "certmetrics.com", "certmetrics.com")
    hdrs = [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", C_USER[1]),
            ("Subject", "Congratulations on recertifying: AWS Certified Solutions Architect - Associate"),
            ("Date", rfc(w)), ("Message-ID", sg_msgid())]
    write(32, "certmetrics-recertification-congratulations", body, hdrs, tr, L("unrelated", None, ["AWS32190876"], False))

    # 033 Pearson VUE booking confirmation (JA, unrelated) ------------------------------------------------------
    to = addr(*B_USER, charset="iso-2022-jp")
    w = d("2025-04-02 09:14:55")
    txt = """渡辺 健二 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験：AWS Certified Solutions Architect - Professional (SAP-C02)
言語：日本語
日時：2025年4月26日（土）10:00 JST
会場：オンライン試験（OnVUE）
登録 ID：518204377
AWS 候補者 ID：aws11803264

試験当日は、開始時刻の 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE
"""
    body = tpart(txt, "plain", "iso-2022-jp", "7bit")
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
    mf = "pearsonvueconfirmation@pearson.com"
    tr = trace("nifty", B_USER[1], w, "mail%d.pearson.com" % R.randint(1, 9), ip, mf,
               [dkim("pearson.com", "pvue", w)], "pearson.com", "pearson.com")
    hdrs = [("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", to),
            ("Subject", subj("ピアソンVUE 試験予約確認：AWS Certified Solutions Architect - Professional", "iso-2022-jp")),
            ("Date", rfc(w)), ("Message-ID", "<%s.JavaMail.pvue@pearson.com>" % hextok(20))]
    write(33, "pearson-vue-booking-ja", body, hdrs, tr, L("unrelated", None, ["AWS11803264"], False, "ja"), crlf=True)

    # 034 GitHub "merged" notification (unrelated) --------------------------------------------------------------
    to = D_USER[1]
    w = d("2024-11-12 17:26:31")
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumen-dynamics/identity-service/pull/412#event-15263441870
You are receiving this because you authored the thread.

Message ID: <lumen-dynamics/identity-service/pull/412/issue_event/15263441870@github.com>
"""
    htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumen-dynamics/identity-service/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lumen-dynamics/identity-service/pull/412#event-15263441870">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    body = alt(txt, htm, cte="7bit")
    ip = "192.30.252.%d" % R.randint(190, 210)
    mf = "noreply@github.com"
    tr = trace("gmail", to, w, "out-%d.smtp.github.com" % R.randint(20, 29), ip, mf, [dkim("github.com", "pf2023", w)], "github.com", "github.com")
    hdrs = [("From", addr("Marta Kowalczyk", "notifications@github.com")), ("Reply-To", "lumen-dynamics/identity-service <reply+AAB3K2@reply.github.com>"),
            ("To", "lumen-dynamics/identity-service <identity-service@noreply.github.com>"), ("Cc", "Daniel Okafor <dokafor.cloud@gmail.com>, Author <author@noreply.github.com>"),
            ("Subject", "Re: [lumen-dynamics/identity-service] Merge duplicate user accounts on first SSO login (PR #412)"),
            ("Date", rfc(w)), ("Message-ID", "<lumen-dynamics/identity-service/pull/412/issue_event/15263441870@github.com>"),
            ("In-Reply-To", "<lumen-dynamics/identity-service/pull/412@github.com>"), ("References", "<lumen-dynamics/identity-service/pull/412@github.com>"),
            ("List-ID", "lumen-dynamics/identity-service <identity-service.lumen-dynamics.github.com>"), ("X-GitHub-Reason", "author")]
    write(34, "github-pr-merged-notification", body, hdrs, tr, L("unrelated", None, [], False))

    # 035 AWS Training newsletter (unrelated, genuine amazon.com) ------------------------------------------------
    to = addr(*K_USER)
    w = d("2024-04-16 16:00:02")
    txt = """AWS Training and Certification | April 2024

Hi Wei,

New this month:

* AWS Certified Data Engineer - Associate is now generally available. Prepare with
  the free Exam Prep Standard Course on AWS Skill Builder.
* Reminder: AWS Certified holders receive a 50% discount on their next exam. Find
  your benefit in your AWS Certification Account under Benefits.
* Join us at AWS Summit Singapore on May 7 for free certification lounges.

Explore courses: https://skillbuilder.aws/?trk=email-apr24

You received this email because you subscribed to AWS Training and Certification
updates. Unsubscribe: https://pages.awscloud.com/communication-preferences.html

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
    body = alt(txt, to_html(txt), cte="quoted-printable")
    hdrs = aws_std_headers(addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to,
                           "New: AWS Certified Data Engineer - Associate, and your 50% exam benefit", w,
                           extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
                                  ("Precedence", "bulk")])
    write(35, "aws-training-newsletter", body, hdrs, aws_trace("outlook", K_USER[1], w), L("unrelated", None, [], True))

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for name in sorted(k for k in globals() if k.startswith("mails_part")):
        globals()[name]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
