#!/usr/bin/env python3
"""Generator for blind set 282: AWS Certification account-merge mailbox.

Emphasis: non-native and machine-translated English, tense-only boundaries,
look-alikes.  Run: python3 make_set.py  (writes NNN-*.eml and labels.json here)
"""
import base64
import calendar
import hashlib
import json
import os
import quopri
import random
import re
from email import charset as ecs
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
from io import BytesIO
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(282)

MAILS = []   # (filename, bytes)
LABELS = {}

# ----------------------------------------------------------------- helpers

def ts(s):
    """'2025-05-27 23:02:11' (UTC) -> unix int"""
    return calendar.timegm(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").timetuple())


def case15(opened_utc, tail):
    return "%d%05d" % (ts(opened_utc), tail)


def rfcdate(utc, tz_hours=0, tzname=None):
    t = ts(utc) + tz_hours * 3600
    d = dt.datetime.utcfromtimestamp(t)
    sign = "+" if tz_hours >= 0 else "-"
    off = "%s%02d%02d" % (sign, abs(int(tz_hours)), int(abs(tz_hours) * 60) % 60)
    s = d.strftime("%a, %d %b %Y %H:%M:%S ") + off
    if tzname:
        s += " (%s)" % tzname
    return s


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(a) for _ in range(n))


def ses_msgid(utc, region=None):
    ms = ts(utc) * 1000 + rnd.randint(0, 999)
    dom = "%s.amazonses.com" % region if region else "email.amazonses.com"
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)


def ses_bounce(utc, region=None):
    ms = ts(utc) * 1000 + rnd.randint(0, 999)
    dom = "%s.amazonses.com" % region if region else "amazonses.com"
    return "0100%012x-%s-%s-%s-%s-%s-000000@%s" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)


def dkim(d, s, utc, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    b = b64s(342) + "=="
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n"
            "\th=%s;\r\n\tbh=%s=;\r\n\tb=%s\r\n\t%s\r\n\t%s" % (
                s, d, ts(utc), h, b64s(43), b[:70], b[70:140], b[140:210]))


AMZ_SEL = "rjxdk3qm2pkx5e6psyq7tkr3sdxtyywz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def ses_ip():
    return "54.240.%d.%d" % (rnd.choice([8, 9, 11, 48]), rnd.randint(10, 250))


# -- Authentication-Results builders --------------------------------------

def ar_gmail(dkims, spf, dmarc, mailfrom, ip, fromdom):
    """dkims: list of (domain, selector, result)."""
    parts = ["mx.google.com"]
    for d, s, r in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, b64s(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        res, pol = dmarc
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            res, pol, pol, "NONE" if res == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE"), fromdom))
    return ";\r\n       ".join(parts)


def ar_outlook(dkims, spf, dmarc, mailfrom, ip, fromdom, compauth="pass reason=100"):
    parts = []
    if spf == "pass":
        parts.append("spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s" % (ip, mailfrom.split("@")[-1]))
    else:
        parts.append("spf=%s (sender IP is %s)\r\n smtp.mailfrom=%s" % (spf, ip, mailfrom.split("@")[-1]))
    for d, s, r in dkims:
        parts.append("dkim=%s (signature was verified)\r\n header.d=%s" % (r, d) if r == "pass"
                     else "dkim=%s (signature did not verify)\r\n header.d=%s" % (r, d))
    if not dkims:
        parts.append("dkim=none (message not signed)\r\n header.d=none")
    act = "none" if dmarc == "pass" else "quarantine"
    parts.append("dmarc=%s action=%s header.from=%s" % (dmarc, act, fromdom))
    parts.append("compauth=%s" % compauth)
    return ";".join(parts)


def ar_jp(authserv, dkims, spf, dmarc, mailfrom, fromdom):
    parts = [authserv]
    parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    for d, s, r in dkims:
        parts.append("dkim=%s header.d=%s header.s=%s" % (r, d, s))
    if dmarc:
        parts.append("dmarc=%s header.from=%s" % (dmarc, fromdom))
    return ";\r\n\t".join(parts)


# -- Received chains --------------------------------------------------------

def rcv_gmail(to, host, ip, utc, tz=-7, tzn="PDT"):
    d = rfcdate(utc, tz, tzn)
    sid = "%s-%s%ssi%d%s.%d.%s" % (
        rnd.choice(["d75a77b69052e", "af79cd13be357", "6a1803df08f44", "00721157ae682"]),
        hexs(10), rnd.choice(["cf", "ad", "qv"]), rnd.randint(100000, 999999),
        rnd.choice(["cf", "ad"]), rnd.randint(100, 999), utc[:4] + "." + utc[5:7] + "." + utc[8:10] + "." + utc[11:13] + "." + utc[14:16] + "." + utc[17:19])
    top = ("by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\r\n        %s" % (
        hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), b64s(10).replace("+", "a").replace("/", "b"), d))
    low = ("from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s\r\n        for <%s>\r\n"
           "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s" % (
               host, host, ip, sid, to, d))
    return [("Delivered-To", to), ("Received", top), ("X-Google-Smtp-Source", b64s(60) + "="),
            ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\r\n        %s" % (
                hexs(4), hexs(3), hexs(4), b64s(12), d)),
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s" % (ts(utc), b64s(70))),
            ("Return-Path", None), ("Received", low)]


def rcv_outlook(to, host, ip, utc):
    d = rfcdate(utc, 0)
    a = rnd.choice(["BN8NAM11", "SN1PEPF", "DS3PEPF", "CO1PEPF"]) + "FT0%02d" % rnd.randint(10, 99)
    b = rnd.choice(["PH0PR19MB", "SA1PR12MB", "DM6PR02MB", "BY5PR17MB"]) + "%04d" % rnd.randint(1000, 9999)
    return [("Received", "from %s.namprd19.prod.outlook.com (2603:10b6:a03:%s::%s)\r\n by %s.namprd19.prod.outlook.com with HTTPS; %s" % (
        a[:8], hexs(3), hexs(2), b, d)),
        ("Received", "from %s.eop-nam11.prod.protection.outlook.com\r\n (2603:10b6:a03:%s:cafe::%s) by %s.outlook.office365.com\r\n"
         " (2603:10b6:a03:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
             a, hexs(3), hexs(2), a[:8] + "PF", hexs(3), hexs(2), rnd.randint(8000, 8999), rnd.randint(10, 40), d)),
        ("AR", None),
        ("Received-SPF", None),
        ("Received", "from %s (%s) by\r\n %s.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\r\n"
         " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
             host, ip, a, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), d))]


def rcv_jp(to, mx, host, ip, utc):
    d = rfcdate(utc, 9)
    return [("Return-Path", None),
            ("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id 4%s\r\n\tfor <%s>; %s" % (
                host, host, ip, mx, b64s(10).replace("+", "Q").replace("/", "z"), to, d))]


def rcv_corp(to, mx, host, ip, utc, tz=1):
    d = rfcdate(utc, tz)
    return [("Received", "from %s ([%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        host, ip, mx, hexs(10).upper(), to, d))]


# -- MIME builders -----------------------------------------------------------

def cs(name, enc):
    c = ecs.Charset(name)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "7bit": None, "8bit": None}[enc]
    if enc in ("7bit", "8bit"):
        c.body_encoding = None
    return c


def text(body, subtype="plain", charset="utf-8", enc="qp"):
    if charset.lower() in ("iso-2022-jp",):
        m = MIMEText(body, subtype, "iso-2022-jp")
        return m
    if charset.lower() in ("shift_jis", "euc-jp"):
        # email.charset would silently re-encode these to ISO-2022-JP; keep them as labelled
        m = Message()
        m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, {"shift_jis": "Shift_JIS"}.get(charset.lower(), charset))
        raw = body.encode(charset)
        if enc == "qp":
            m["Content-Transfer-Encoding"] = "quoted-printable"
            m.set_payload(quopri.encodestring(raw).decode("ascii"))
        else:
            m["Content-Transfer-Encoding"] = "base64"
            m.set_payload(base64.encodebytes(raw).decode("ascii"))
        return m
    if enc == "8bit":
        m = Message()
        m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
        m["Content-Transfer-Encoding"] = "8bit"
        m.set_payload(body.encode(charset).decode("ascii", "surrogateescape"))
        return m
    m = MIMEText(body, subtype, cs(charset, enc))
    return m


def wrong_label(body, declared, actual="utf-8", enc="qp", subtype="plain"):
    """Part whose bytes are `actual` but whose label says `declared`."""
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, declared)
    raw = body.encode(actual)
    if enc == "qp":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    return m


def gmail_boundary(m):
    m.set_boundary("000000000000" + hexs(16))
    return m


def alt(plain_part, html_part):
    m = MIMEMultipart("alternative")
    m.attach(plain_part)
    m.attach(html_part)
    return m


def html_of(txt, title="Amazon Web Services", style="aws"):
    """Plain text -> simple HTML template (keeps content, escapes)."""
    import html as H
    paras = txt.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % "<br>".join(H.escape(l.lstrip("> ")) for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(H.escape(l) for l in lines))
    body = "\n".join(out)
    if style == "aws":
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>'
                '<tr><td style="padding:16px">\n%s\n</td></tr></table>\n</body></html>\n' % (H.escape(title), body))
    return '<html><head><meta charset="utf-8"></head><body>\n<div dir="ltr">%s</div>\n</body></html>\n' % body


def add(fname, label, hdrs, root, lines_ar=None):
    """hdrs: list of (name, value) in top-down order. root: MIME root."""
    for part in root.walk():
        del part["MIME-Version"]
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(root)
    body = bio.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = []
    for k, v in hdrs:
        if v is None:
            continue
        v = v.replace("\r\n", "\n").replace("\n", "\r\n")
        head.append("%s: %s" % (k, v))
    head.append("MIME-Version: 1.0")
    data = ("\r\n".join(head) + "\r\n").encode("ascii") + body
    assert fname not in LABELS
    MAILS.append((fname, data))
    LABELS[fname] = label


def subj(s, charset=None):
    """Encoded-word subject, folded by email.header when needed."""
    if charset is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            charset = "utf-8"
    return Header(s, charset, header_name="Subject").encode(linesep="\r\n", maxlinelen=76)


def name_addr(name, addr, charset=None):
    try:
        name.encode("ascii")
        if re.search(r'[,.():;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset or "utf-8").encode(), addr)


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


# -- complete header sets ----------------------------------------------------

def hdrs(provider, to, frm, from_dom, subject, utc, host, ip, mailfrom, dkims,
         spf="pass", dmarc="pass", policy="QUARANTINE", auth=True, mid=None, extra=None,
         sigs=None, tz=-7, tzn="PDT", mx=None, authserv=None, to_hdr=None, date_tz=0,
         compauth=None, date_hdr=None, cc=None, pre=None):
    """Generic inbound header block.

    dkims: verifier results [(domain, selector, result)]; sigs: DKIM-Signature
    headers to include [(domain, selector)] (default: those in dkims)."""
    h = list(pre or [])
    if provider == "gmail":
        chain = rcv_gmail(to, host, ip, utc, tz, tzn)
        low = None
        for k, v in chain:
            if k == "ARC-Seal":
                h.append((k, v))
                h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=feedback-id:mime-version:subject:message-id:to:from:date\r\n         :dkim-signature:dkim-signature;\r\n        bh=%s=;\r\n        fh=%s=;\r\n        b=%s" % (b64s(43), b64s(43), b64s(70))))
                if auth:
                    h.append(("ARC-Authentication-Results", "i=1; " + ar_gmail(dkims, spf, (dmarc, policy) if dmarc else None, mailfrom, ip, from_dom)))
            elif k == "Return-Path":
                h.append(("Return-Path", "<%s>" % mailfrom))
            elif k == "Received" and "mx.google.com with ESMTPS" in v:
                low = (k, v)
            else:
                h.append((k, v))
        h.append(low)
        if auth:
            if spf == "pass":
                h.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)))
            else:
                h.append(("Received-SPF", "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip)))
            h.append(("Authentication-Results", ar_gmail(dkims, spf, (dmarc, policy) if dmarc else None, mailfrom, ip, from_dom)))
    elif provider == "outlook":
        for k, v in rcv_outlook(to, host, ip, utc):
            if k == "AR":
                if auth:
                    h.append(("Authentication-Results", ar_outlook(dkims, spf, dmarc or "none", mailfrom, ip, from_dom,
                                                                   compauth or ("pass reason=100" if dmarc == "pass" else "fail reason=000"))))
            elif k == "Received-SPF":
                h.append(("Received-SPF", "%s (protection.outlook.com: domain of\r\n %s %s %s as permitted sender)\r\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
                    spf.capitalize(), mailfrom.split("@")[-1], "designates" if spf == "pass" else "does not designate", ip, ip, host)))
            else:
                h.append((k, v))
    elif provider == "jp":
        for k, v in rcv_jp(to, mx, host, ip, utc):
            if k == "Return-Path":
                h.append(("Return-Path", "<%s>" % mailfrom))
            else:
                h.append((k, v))
        if auth:
            h.append(("Authentication-Results", ar_jp(authserv or mx, dkims, spf, dmarc, mailfrom, from_dom)))
    elif provider == "corp":
        h.append(("Return-Path", "<%s>" % mailfrom))
        for k, v in rcv_corp(to, mx, host, ip, utc, date_tz):
            h.append((k, v))
        if auth:
            h.append(("Authentication-Results", ar_jp(authserv or mx, dkims, spf, dmarc, mailfrom, from_dom)))
    for d, s in (sigs if sigs is not None else [(d, s) for d, s, r in dkims]):
        h.append(("DKIM-Signature", dkim(d, s, utc)))
    h.append(("Date", date_hdr or rfcdate(utc, date_tz)))
    h.append(("From", frm))
    h.append(("To", to_hdr or to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Message-ID", mid or "<%s.%s@%s>" % (hexs(16), hexs(8), from_dom)))
    h.append(("Subject", subject))
    if extra:
        h.extend(extra)
    return h


def aws_headers(provider, to, frm, subject, utc, region=None, auth=True,
                extra=None, mx=None, authserv=None, to_hdr=None, from_dom="amazon.com", tz=-7, tzn="PDT"):
    ip = ses_ip()
    a, b = ip.split(".")[2:]
    host = "a%s-%s.smtp-out.%samazonses.com" % (a, b, (region + ".") if region else "")
    mailfrom = ses_bounce(utc, region)
    dk = [(from_dom, AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")]
    ex = list(extra or [])
    ex.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region or "us-east-1", b64s(43))))
    ex.append(("X-SES-Outgoing", "%s-%s" % (utc[:10].replace("-", "."), ip)))
    return hdrs(provider, to, frm, from_dom, subject, utc, host, ip, mailfrom, dk,
                auth=auth, mid=ses_msgid(utc, region), extra=ex, mx=mx, authserv=authserv,
                to_hdr=to_hdr, tz=tz, tzn=tzn)


def credly_headers(provider, to, subject, utc, frm=None, dom="credly.com", **kw):
    ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(1, 250))
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 9999), rnd.randint(1000, 9999), dom)
    mailfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (rnd.randint(1000000, 9999999), hexs(4), to.split("@")[0], to.split("@")[1], rnd.randint(1000, 9999), dom)
    frm = frm or '"Amazon Web Services Training and Certification via Credly" <admin@%s>' % dom
    dk = [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")]
    return hdrs(provider, to, frm, dom, subject, utc, host, ip, mailfrom, dk,
                policy="REJECT", mid="<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "_").replace("+", "-"), rnd.randint(1, 40)), **kw)


def quote(txt, p="> "):
    return "\n".join((p + l) if l.strip() else p.rstrip() for l in txt.strip("\n").split("\n"))


_n = [0]


def nxt(desc):
    _n[0] += 1
    return "%03d-%s.eml" % (_n[0], desc)


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'


# ============================================================== the mails ==


# ---------------------------------------------------------------- thread 1
# Kenji Watanabe, form desk, Indian-English agent
K_TO = "kenji.watanabe.dev@gmail.com"
K_CASE = case15("2025-05-27 14:02:37", 32816)
K_OLD, K_NEW = "AWS04417823", "AWS02985561"
K_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K_CASE

AWS_FOOT = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

t = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This e-mail confirms that we have received your request. A support case has been
created for you:

Case ID: %s
Inquiry type: Certification
Detail: Account Merge

An associate will review your inquiry and respond, in most cases within 24 hours
(business days). To add information to this case, simply reply to this e-mail and keep
the case ID in the subject line. Please do not submit a new form for the same request,
as this may delay our response.

Sincerely,
AWS Training and Certification Customer Support

%s
""" % (K_CASE, AWS_FOOT)
add(nxt("form-acknowledgement-kenji"), L("case_created", K_CASE, [], True),
    aws_headers("gmail", K_TO, FORM,
                "[CASE %s] Thank you for contacting AWS Training and Certification" % K_CASE,
                "2025-05-27 14:02:44"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t_orig = """First name: Kenji
Last name: Watanabe
Email: kenji.watanabe.dev@gmail.com
AWS candidate ID: AWS02985561
Inquiry type: Certification
Detail: Account Merge
Description: I have two certification accounts. Old one is AWS04417823, created with my
previous company e-mail kenji.w@oldcorp.co.jp which I can not use anymore. Please merge
it into AWS02985561. Thank you."""

t2 = """Dear Kenji,

Greetings from AWS Training and Certification!

This is with reference to your case %s regarding merging of your certification
accounts. As per our verification, we have found below two accounts linked with your name:

Account 1 - AWS 04417823 (registered email: kenji.w@oldcorp.co.jp)
Account 2 - AWS 02985561 (registered email: kenji.watanabe.dev@gmail.com)

As requested by you, account AWS 04417823 will be merged into AWS 02985561 and
AWS 02985561 will be remain as your primary account. All the certifications, exam
history and benefits of the account 1 will be moved to the primary account.

Kindly note that merging is an irreversible process, once the merge is done the same
cannot be revert back and you will not able to login with the old account.

Request you to kindly reply back to this email confirming the above details so that we
can proceed further with your request.

Thanks & Regards,
Priyanka S.
AWS Training and Certification
Amazon Web Services

-----Original Message-----
From: Kenji Watanabe <kenji.watanabe.dev@gmail.com>
Sent: 5/27/2025 2:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (K_CASE, t_orig)
add(nxt("agent-details-kenji"), L("merge_confirmation_requested", K_CASE, [K_OLD, K_NEW], True),
    aws_headers("gmail", K_TO, FORM, K_SUBJ, "2025-05-28 09:16:03"),
    text(t2, enc="qp"))

t2_new = t2.split("\n-----Original Message-----")[0]
t3 = """Dear Kenji,

Thank you for your confirmation.

We have forwarded your request to the concerned team for merging of the accounts. The
same will be completed within 2-3 business days. We will keep you posted once it is done
from our end, request you to not raise a new case for the same meanwhile.

Thanks for your patience and understanding.

Thanks & Regards,
Priyanka S.
AWS Training and Certification

From: Kenji Watanabe <kenji.watanabe.dev@gmail.com>
Sent: Wednesday, May 28, 2025 10:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

The details are correct. Please proceed with the merge.

Best regards,
Kenji

On Wed, May 28, 2025 at 6:16 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (K_SUBJ, quote(t2_new))
add(nxt("agent-followup-kenji"), L("support_reply", K_CASE, [], True),
    aws_headers("gmail", K_TO, FORM, K_SUBJ, "2025-05-28 13:05:51"),
    alt(text(t3, enc="qp"), text(html_of(t3), "html", enc="qp")))

t4 = """Dear Kenji,

Greetings!

We are pleased to inform you that your accounts has been merged successfully as per your
request. Your primary account is AWS02985561 and all the certifications of old account
are now reflecting under the same. The old account is deactivated.

You can now login to your AWS Certification Account with kenji.watanabe.dev@gmail.com.
The digital badges will be issued to you by Credly within 24-48 hours, in case you do
not receive the same kindly let us know by replying on this thread.

Hope the above information is helpful. Have a nice day ahead!

Thanks & Regards,
Priyanka S.
AWS Training and Certification
"""
add(nxt("agent-update-kenji"), L("merge_completed", K_CASE, [K_NEW], True),
    aws_headers("gmail", K_TO, FORM, K_SUBJ, "2025-05-30 04:48:20"),
    text(t4, enc="b64"))

t5 = """Hello Kenji,

Your case %s has been resolved.

We hope that we were able to fully address your inquiry. If you need more help on this
topic, reply to this e-mail within 14 days and the case will be reopened automatically.

Was your issue resolved?
YES: https://support.aws.amazon.com/survey?c=%s&r=1&l=en
NO:  https://support.aws.amazon.com/survey?c=%s&r=0&l=en

How would you rate the associate who helped you? (1 = poor, 5 = excellent)
https://support.aws.amazon.com/survey?c=%s&rate=

Thank you,
AWS Training and Certification Customer Support

%s
""" % (K_CASE, K_CASE, K_CASE, K_CASE, AWS_FOOT)
add(nxt("case-resolved-kenji"), L("survey", K_CASE, [], True),
    aws_headers("gmail", K_TO, FORM, "[CASE %s] How did we do?" % K_CASE, "2025-05-30 04:52:09"),
    text(html_of(t5), "html", enc="qp"))

t6 = """Kenji, congratulations!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Issued: August 14, 2023 · Expires: August 14, 2026

This badge was moved to your account because your AWS Certification accounts were
combined. Accept your badge to show it on your Credly profile and share it with your
network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s/accept

Questions? Visit https://support.credly.com

Credly, Inc., 2020 Fifth Avenue, Suite 700, New York, NY 10011
You received this e-mail because an organization issued you a badge through Credly.
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add(nxt("credly-kenji"), L("credly_badge_issued", None, [], True),
    credly_headers("gmail", K_TO, "Kenji, you have a new badge from Amazon Web Services Training and Certification",
                   "2025-05-31 11:20:33"),
    alt(text(t6, enc="qp"), text(html_of(t6, style="plain"), "html", enc="qp")))


# ---------------------------------------------------------------- thread 2
# Sato Misaki, console case opened in Japanese, Japanese agent (keigo)
S_TO = "misaki.sato1988@nifty.com"
S_CASE = case15("2025-03-10 01:14:05", 418)
S_OLD, S_NEW = "AWS01138472", "AWS03390215"
S_TOPIC = "認定アカウントの統合について"
JP_FOOT = ("Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。\n"
           "このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）が作成、配信しています。")
S_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % S_CASE


def nifty(subject, utc, **kw):
    return aws_headers("jp", S_TO, CONSOLE, subject, utc, mx="mtain-dc01.nifty.com", authserv="nifty.com", **kw)


t = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
サービス: トレーニングと認定

通常、24 時間以内にサポート担当者からご連絡いたします。ケースの詳細の確認や情報の追加は、
サポートセンターから行ってください。
%s

※このメールアドレスは送信専用です。このメールに返信いただいてもお答えできませんので、ご了承ください。

よろしくお願いいたします。
Amazon Web Services

%s
""" % (S_CASE, S_CASE, S_TOPIC, S_LINK, JP_FOOT)
add(nxt("console-case-sato"), L("case_created", S_CASE, [], True, "ja"),
    nifty(subj("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % S_CASE, "iso-2022-jp"),
          "2025-03-10 01:14:12"),
    text(t, charset="iso-2022-jp"))

t = """佐藤 美咲 様

お世話になっております。Amazon Web Services トレーニングと認定サポートの田中でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。

お手続きを進めるにあたり、恐れ入りますが、以下の情報をご提供いただけますでしょうか。

1. 統合をご希望の各アカウントのログイン用メールアドレス
2. 各アカウントの通知用メールアドレス（ログイン用と異なる場合）
3. 統合後に残したいアカウント（存続アカウント）の候補者 ID

ご記載いただいた候補者 ID「AWS01138472」のほかに、もう一方のアカウントを特定できる情報が
見つかりませんでした。お手数をおかけいたしますが、サポートセンターよりご返信くださいますよう
お願い申し上げます。

何卒よろしくお願いいたします。

田中
Amazon Web Services

このケースの対応状況の確認およびご返信はこちらから:
%s

このやり取りはお役に立ちましたか? 評価にご協力ください:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja
""" % (S_LINK, S_CASE)
add(nxt("console-reply-sato-1"), L("support_reply", S_CASE, [S_OLD], True, "ja"),
    nifty(subj("RE:[CASE %s] %s" % (S_CASE, S_TOPIC), "iso-2022-jp"), "2025-03-11 02:37:50"),
    text(t, charset="shift_jis", enc="b64"))

t = """佐藤 美咲 様

お世話になっております。トレーニングと認定サポートの田中でございます。

ご返信いただき、ありがとうございます。いただいた情報をもとに確認いたしましたところ、
お客様名義で以下の 2 つのアカウントが見つかりました。

・統合元アカウント: AWS01138472（ログイン: m-sato@techwave-sol.co.jp）
・統合先アカウント（存続）: AWS03390215（ログイン: misaki.sato1988@nifty.com）

統合後は、統合元アカウントの認定資格、受験履歴、特典（50%% 割引バウチャーなど）がすべて
統合先アカウントへ移行され、統合元アカウントはご利用いただけなくなります。
なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

上記の内容で統合を進めてよろしいか、サポートセンターからご返信いただけますでしょうか。
ご承諾のご連絡をいただき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services

%s
""" % S_LINK
add(nxt("console-reply-sato-2"), L("merge_confirmation_requested", S_CASE, [S_OLD, S_NEW], True, "ja"),
    nifty(subj("RE:[CASE %s] %s" % (S_CASE, S_TOPIC), "iso-2022-jp"), "2025-03-12 05:02:18"),
    alt(text(t, charset="iso-2022-jp"), text(html_of(t), "html", enc="b64")))

t = """佐藤 美咲 様

お世話になっております。トレーニングと認定サポートの田中でございます。

統合内容をご確認いただき、ありがとうございます。承知いたしました。

これより担当部署にてアカウント統合の手続きを進めてまいります。通常、完了までに 2～3 営業日
ほどお時間をいただいております。完了いたしましたら、改めて本ケースにてご連絡いたしますので、
今しばらくお待ちくださいますようお願いいたします。

田中
Amazon Web Services

%s
""" % S_LINK
add(nxt("console-reply-sato-3"), L("support_reply", S_CASE, [], True, "ja"),
    nifty(subj("RE:[CASE %s] %s" % (S_CASE, S_TOPIC), "utf-8"), "2025-03-13 00:45:31"),
    text(t, enc="b64"))

t = """佐藤 美咲 様

お世話になっております。トレーニングと認定サポートの田中でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合が完了いたしましたので、
ご報告いたします。

存続アカウント: AWS03390215

統合元アカウントでご取得の認定資格および受験履歴は、上記アカウントにすべて反映されております。
今後は misaki.sato1988@nifty.com にて AWS Certification アカウントにサインインしてください。
Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

田中
Amazon Web Services

%s
""" % S_LINK
add(nxt("console-reply-sato-4"), L("merge_completed", S_CASE, [S_NEW], True, "ja"),
    nifty(subj("RE:[CASE %s] %s" % (S_CASE, S_TOPIC), "iso-2022-jp"), "2025-03-14 08:10:02"),
    text(t, charset="iso-2022-jp"))

t = """佐藤 美咲 様

ケース %s（%s）は解決済みとしてクローズされました。

Amazon Web Services サポートをご利用いただき、ありがとうございました。

お問い合わせの問題は解決しましたか?
はい: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=no&language=ja

担当者の対応について、5 段階で評価していただけますと幸いです。今後のサービス向上のために活用させていただきます。

ケースを再開する場合は、サポートセンターからケースを開き、「再開」を選択してください。
%s

Amazon Web Services

%s
""" % (S_CASE, S_TOPIC, S_CASE, S_CASE, S_LINK, JP_FOOT)
add(nxt("case-closed-sato"), L("survey", S_CASE, [], True, "ja"),
    nifty(subj("Amazon Web Services: サポートケース %s が解決されました" % S_CASE, "utf-8"), "2025-03-14 08:12:40"),
    text(html_of(t), "html", enc="qp"))


# ---------------------------------------------------------------- thread 3
# María Fernández, form desk, Spanish-speaking agent, Outlook.com
M_TO = "maria.fdez@outlook.com"
M_CASE = case15("2025-07-14 16:40:22", 77103)
M_OLD, M_NEW = "AWS05571902", "AWS00864413"
M_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M_CASE

t = """Dear María,

Thank you for write to us and for your patience.

I have revised your case and I could verify that exist two accounts of certification in
your name:

- AWS05571902, created in 2021 with the email maria.fernandez@consultora-iberia.es
- AWS00864413, created in 2024 with the email maria.fdez@outlook.com

According to your petition, we propose to unify the account AWS05571902 inside the account
AWS00864413, which is the one that will stay active. All your certifications and the
history of exams will pass to this account.

Please, take in consideration that this action is not possible to revert after it is made.

Could you please answer to this email confirming us that you are agree with this? Without
your confirmation we cannot continue with the process.

We remain attentive to your comments.

Kind regards,

Alejandro R.
AWS Training and Certification Support

________________________________
From: María Fernández <maria.fdez@outlook.com>
Sent: Monday, July 14, 2025 6:40 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Hello, I passed SAA in 2021 with my old job email and now I did the Developer exam with my
personal email, so now I have two accounts. I want all in my personal account. Thank you!
"""
add(nxt("agent-mail-maria-1"), L("merge_confirmation_requested", M_CASE, [M_OLD, M_NEW], True),
    aws_headers("outlook", M_TO, FORM, M_SUBJ, "2025-07-15 13:27:45", to_hdr=name_addr("María Fernández", M_TO)),
    text(t, enc="b64"))

t = """Hello María,

I write you to inform that we have merge the accounts as you confirmed us. From now, the
account AWS00864413 have all your certifications and the account AWS05571902 is not more
available for login.

The badges of Credly will arrive to your email in the next days – if they don't arrive,
please tell us answering this same email.

It was a pleasure to help you.

Regards,
Alejandro R.
AWS Training and Certification Support

________________________________
From: María Fernández <maria.fdez@outlook.com>
Sent: Tuesday, July 15, 2025 4:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: %s

Hello Alejandro, yes I confirm, you can merge AWS05571902 into AWS00864413.
Thanks a lot,
María
""" % M_SUBJ
add(nxt("agent-mail-maria-2"), L("merge_completed", M_CASE, [M_OLD, M_NEW], True),
    aws_headers("outlook", M_TO, FORM, M_SUBJ, "2025-07-17 10:05:12", to_hdr=name_addr("María Fernández", M_TO)),
    wrong_label(t, "iso-8859-1"))

badge = "AWS Certified Developer – Associate"
t = """María, your badge is ready to accept

Amazon Web Services Training and Certification issued you the %s badge.
It is waiting for you on Credly.

Accept Badge: https://www.credly.com/badges/%s-%s-%s-%s-%s/accept?locale=en

Because your AWS Certification accounts were merged, this badge was re-issued to
maria.fdez@outlook.com. Badges you already accepted on another Credly account are not
affected.

Credly · 2020 Fifth Avenue, Suite 700 · New York, NY 10011
Unsubscribe: https://www.credly.com/notifications/unsubscribe?token=%s
""" % (badge, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), hexs(32))
add(nxt("credly-maria"), L("credly_badge_issued", None, [], True),
    credly_headers("outlook", M_TO, subj("Your %s badge is ready to accept" % badge), "2025-07-18 15:44:09",
                   frm='"Credly" <admin@credly.com>'),
    text(html_of(t, style="plain"), "html", enc="qp"))

# ---------------------------------------------------------------- thread 4
# Ahmed Al-Sayed, console case (11 digits, 2023), Arabic-speaking agent
A_TO = "ahmed.alsayed87@hotmail.com"
A_CASE = "12045871931"
A_TOPIC = "Merge my three certification accounts"
A_IDS = ["AWS02231908", "AWS06612047", "AWS07700135"]
A_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % A_CASE
RATE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence. Each correspondence can also
be rated by selecting the stars in top right corner of each correspondence within the AWS
Support Center.

Best regards,
Amazon Web Services
======================================================
To see all the correspondence or respond, please sign in to the AWS Support Center
and use the link below:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

%s"""

t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have 3 certification accounts because I used different emails in
different years. I want to keep only one account with all my certificates. Please advise.

To see all the details of your case, please sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services

%s
""" % (A_CASE, A_CASE, A_TOPIC, A_LINK, AWS_FOOT)
add(nxt("console-case-ahmed"), L("case_created", A_CASE, [], True),
    aws_headers("outlook", A_TO, CONSOLE, "Amazon Web Services: You have opened a new Support case: %s" % A_CASE,
                "2023-02-06 18:22:31"),
    alt(text(t, enc="b64"), text(html_of(t), "html", enc="b64")))

t = """Hello Ahmed,

I hope this email finds you well.

Thank you for reaching out to AWS Training and Certification. I have checked in our system
and I found indeed three accounts under your name:

1) AWS02231908 - ahmed.s@gulfdata-tech.com
2) AWS06612047 - ahmed.alsayed87@hotmail.com
3) aws07700135 - a.alsayed@student.kfupm.edu.sa

Please be informed that only one account can remain at the end. Kindly advise us which of
these account you would like to keep as the primary one, and also please mention the
reason of having multiple accounts so we can document it in the case.

Looking forward for your response.

Best regards,
Omar K.
Amazon Web Services

""" + RATE_FOOT % (A_LINK, AWS_FOOT)
add(nxt("console-reply-ahmed-1"), L("support_reply", A_CASE, A_IDS, True),
    aws_headers("outlook", A_TO, CONSOLE, "RE:[CASE %s] %s" % (A_CASE, A_TOPIC), "2023-02-07 09:51:06"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello Ahmed,

Thank you for your response and for the clarification.

As per your reply, below is the summary of the merge that will be done:

Primary account (will remain): AWS06612047
Accounts to be merged into the primary: AWS02231908, AWS07700135

Please be noted that after the merge, the accounts AWS02231908 and AWS07700135 will be
deactivated and this action can not be undo. All the certifications, exam history and
benefits will be transferred to AWS06612047.

Kindly confirm us by replying to this case in the Support Center that the above details is
correct and you agree for us to go ahead.

Best regards,
Omar K.
Amazon Web Services

""" + RATE_FOOT % (A_LINK, AWS_FOOT)
add(nxt("console-reply-ahmed-2"), L("merge_confirmation_requested", A_CASE, A_IDS, True),
    aws_headers("outlook", A_TO, CONSOLE, "RE:[CASE %s] %s" % (A_CASE, A_TOPIC), "2023-02-08 11:14:40"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello Ahmed,

Greetings.

I would like to inform you that the merge of your accounts have been completed
successfully. Now all of your certifications are appearing under the account AWS06612047.
The other two accounts are closed and you will not be able to sign in with them anymore.

If you face any issue while signing in, please do not hesitate to contact us.

Best regards,
Omar K.
Amazon Web Services

""" + RATE_FOOT % (A_LINK, AWS_FOOT)
add(nxt("console-reply-ahmed-3"), L("merge_completed", A_CASE, ["AWS06612047"], True),
    aws_headers("outlook", A_TO, CONSOLE, "RE:[CASE %s] %s" % (A_CASE, A_TOPIC), "2023-02-10 07:30:55"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello,

Your AWS Support case %s "%s" has been resolved.

If you have further questions on this issue, you can reopen the case from the AWS Support
Center within 14 days:
%s

How did we do? Let us know by rating your support experience:
https://console.aws.amazon.com/support/home#/case/survey?displayId=%s&language=en

Thank you for using Amazon Web Services.

%s
""" % (A_CASE, A_TOPIC, A_LINK, A_CASE, AWS_FOOT)
add(nxt("console-resolved-ahmed"), L("survey", A_CASE, [], True),
    aws_headers("outlook", A_TO, CONSOLE, "Amazon Web Services: Your Support case %s has been resolved" % A_CASE,
                "2023-02-13 07:31:02"),
    alt(text(t, enc="7bit", charset="us-ascii"), text(html_of(t), "html", enc="qp")))

# ---------------------------------------------------------------- thread 5
# Lukas Brenner, 2020, 10-digit form case, corporate mailbox without Authentication-Results
B_TO = "l.brenner@brenner-it.de"
B_CASE = "7021458836"


def corp(subject, utc, frm=FORM):
    ip = ses_ip()
    a, b = ip.split(".")[2:]
    return hdrs("corp", B_TO, frm, "amazon.com", subject, utc, "a%s-%s.smtp-out.amazonses.com" % (a, b), ip,
                ses_bounce(utc), [("amazon.com", AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")],
                auth=False, mid=ses_msgid(utc), mx="mx01.brenner-it.de", date_tz=0,
                extra=[("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % b64s(43)),
                       ("X-SES-Outgoing", "%s-%s" % (utc[:10].replace("-", "."), ip))])


t = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and
created case %s. A member of our team will respond within 1-2 business days.

Here is a copy of the information you submitted:

Name: Lukas Brenner
Email: l.brenner@brenner-it.de
Candidate ID: AWS00988120
Category: Certification - Account Merge
Message: Hello, by mistake I created second account AWS00312457 when I registered for the
Developer exam at Pearson VUE. Could you please combine both accounts, I want to keep
AWS00988120.

Regards,
AWS Training and Certification
""" % B_CASE
add(nxt("form-received-brenner"), L("case_created", B_CASE, ["AWS00312457", "AWS00988120"], None),
    corp("Your AWS Training and Certification case %s" % B_CASE, "2020-06-15 08:03:19"),
    text(t, charset="us-ascii", enc="7bit"))

t = """Dear Mr. Brenner,

many thanks for your request.

We have checked your data and can confirm, that two accounts are existing for you:

AWS-00312457 (created 02.06.2020, email lukas.brenner@gmx.de)
AWS-00988120 (created 11.03.2019, email l.brenner@brenner-it.de)

Before we can execute the merge we ask you to confirm us the following: The account
AWS-00312457 shall be merged into the account AWS-00988120. The account AWS-00988120 stays
as your main account, the account AWS-00312457 will be deactivated afterwards. Please
note, that this step can not be made undone.

Please answer to this mail with your confirmation. Without it we are not able to go on.

With kind regards

Stefan Hoffmann
AWS Training and Certification
"""
add(nxt("agent-mail-brenner"), L("merge_confirmation_requested", B_CASE, ["AWS00312457", "AWS00988120"], None),
    corp("RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B_CASE,
         "2020-06-17 12:40:08"),
    text(t, charset="utf-8", enc="qp"))

# Acclaim-era badge mail (2020), unrelated user
O_TO = "daniel.okafor.ng@gmail.com"
t = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge on Acclaim:

AWS Certified Cloud Practitioner

Accept your badge to add it to your profile, share it on LinkedIn and let employers verify
your achievement.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s

Acclaim is a service of Credly, Inc.
Credly, Inc. · 25 West 36th Street, 10th Floor · New York, NY 10018
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add(nxt("acclaim-daniel"), L("credly_badge_issued", None, [], True),
    credly_headers("gmail", O_TO, "You've earned a badge from Amazon Web Services Training and Certification!",
                   "2020-09-23 17:05:51", dom="youracclaim.com",
                   frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))


# ---------------------------------------------------------------- thread 6
# Zhang Wei, form desk, Chinese-speaking agent
W_TO = "zhangwei.cloud@gmail.com"
W_CASE = case15("2025-09-02 03:12:45", 51920)
W_OLD, W_NEW = "AWS07345512", "AWS03019876"
W_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % W_CASE

t_w1 = """Hi Wei,

Thanks for you contact AWS Training and Certification.

I have check your request. We are merge your two accounts after you reply us the confirm.
Please see the detail as below:

Account merge from: AWS07345512 (old email zhang.wei@huaxin-cloud.cn)
Account merge to: AWS03019876 (zhangwei.cloud@gmail.com) -- this account is keep

After merge, the old account can not login anymore and cannot go back. If above
information is correct, please reply this email "confirm", then we will start to do.

Any question please feel free let me know.

Best Regards
Lin
AWS Training and Certification
"""
add(nxt("agent-mail-wei-1"), L("merge_confirmation_requested", W_CASE, [W_OLD, W_NEW], True),
    aws_headers("gmail", W_TO, FORM, W_SUBJ, "2025-09-03 02:05:33"),
    alt(text(t_w1, enc="qp"), text(html_of(t_w1), "html", enc="qp")))

t = """Hi Wei,

Your two account already merge finish. Now the account AWS03019876 have all certification,
include SAA and DVA. You can login and check.

For the Credly badge, system will send to you automatically, please wait 1-2 days.

Best Regards
Lin
AWS Training and Certification

On Wed, Sep 3, 2025 at 11:48 AM Zhang Wei <zhangwei.cloud@gmail.com> wrote:
> confirm. thank you
>
> On Wed, Sep 3, 2025 at 10:05 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quote(t_w1, "> > ")
add(nxt("agent-mail-wei-2"), L("merge_completed", W_CASE, [W_NEW], True),
    aws_headers("gmail", W_TO, FORM, W_SUBJ, "2025-09-04 07:40:18"),
    text(t, enc="qp"))

t = """Hi Wei,

Sorry for the inconvenience caused.

I have check with Credly team, your badges still stay in old Credly account because the
email is different with new account. I already send the request to Credly team to move the
badges to your account zhangwei.cloud@gmail.com, need 3-5 work days. When they finish,
Credly will send email to you directly.

Your certification record in AWS side is no problem, you can use the validation number to
share your certification before badge arrive.

Best Regards
Lin
AWS Training and Certification

On Sat, Sep 6, 2025 at 9:12 PM Zhang Wei <zhangwei.cloud@gmail.com> wrote:
> Hi Lin, I still not receive any Credly badge, and in my Credly I only see old badges with
> old email. Can you check?
"""
add(nxt("agent-mail-wei-3"), L("support_reply", W_CASE, [], True),
    aws_headers("gmail", W_TO, FORM, W_SUBJ, "2025-09-08 03:19:47"),
    text(t, enc="b64"))

# ---------------------------------------------------------------- thread 7
# Dmitri Volkov, form desk, Russian-speaking agent, Yandex mailbox
D_TO = "dvolkov@yandex.ru"
D_CASE = case15("2025-04-22 07:55:10", 10384)
D_CASE2 = case15("2025-04-29 06:18:40", 66210)
D_OLD, D_NEW = "AWS08812340", "AWS04455019"
D_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CASE


def yandex(subject, utc):
    return aws_headers("corp", D_TO, FORM, subject, utc, mx="mxfront2j.mail.yandex.net",
                       authserv="mxfront2j.mail.yandex.net")


t_d1 = """Hello Dmitri,

Thank you for contacting AWS Training and Certification.

I checked information in system. There are two accounts on your name:

AWS08812340 - email dmitri.volkov@sibsoft.ru, last exam in 2022
AWS04455019 - email dvolkov@yandex.ru, last exam in 2025

Account AWS08812340 will be merged to account AWS04455019. After merge all certifications
will be on account AWS04455019, and account AWS08812340 will be closed. Operation is not
reversible.

Please confirm by reply to this letter that you agree with merge in this direction. If you
want to keep other account as main, please write which one.

Best regards,
Anna
AWS Training and Certification
"""
add(nxt("agent-letter-dmitri-1"), L("merge_confirmation_requested", D_CASE, [D_OLD, D_NEW], True),
    yandex(D_SUBJ, "2025-04-23 10:12:09"),
    text(t_d1, enc="qp"))

t = """Hello Dmitri,

We did not receive answer from you on our previous letter from 23 April. Please reply on
this email so we can continue work on your case.

If we will not get answer during 5 business days, case will be closed automatically.

Best regards,
Anna
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 23, 2025 10:12 AM
To: dvolkov@yandex.ru
Subject: %s

%s""" % (D_SUBJ, t_d1)
add(nxt("agent-letter-dmitri-2"), L("support_reply", D_CASE, [], True),
    yandex(D_SUBJ, "2025-04-28 09:03:55"),
    text(t, enc="qp"))

t = """Hello,

Thank you for reaching out to AWS Training and Certification.

Your request was registered with case number %s. An agent will contact you within
24 hours on business days.

If you already have an open case for the same question, please answer in that case
instead of sending a new form: duplicate requests are closed and can slow down the answer.

AWS Training and Certification Customer Support

%s
""" % (D_CASE2, AWS_FOOT)
add(nxt("form-acknowledgement-dmitri"), L("case_created", D_CASE2, [], True),
    yandex("[CASE %s] We received your request" % D_CASE2, "2025-04-29 06:18:47"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello Dmitri,

Thank you for confirmation. Merge is done. Account AWS08812340 is now deactivated, all
certifications you can see on account AWS04455019 when you login with dvolkov@yandex.ru.

Second case %s which you opened on 29 April we closed as duplicate, please in future
answer in the same case.

Best regards,
Anna
AWS Training and Certification

-----Original Message-----
From: Dmitri Volkov <dvolkov@yandex.ru>
Sent: Tuesday, April 29, 2025 9:20 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

Sorry for late answer, I was on vacation. Yes I agree, merge AWS08812340 to AWS04455019.
""" % (D_CASE2, D_SUBJ)
add(nxt("agent-letter-dmitri-3"), L("merge_completed", D_CASE, [D_OLD, D_NEW], True),
    yandex(D_SUBJ, "2025-04-30 13:27:31"),
    text(t, enc="qp"))

# ---------------------------------------------------------------- thread 8
# Grace Lim, form desk, Filipino agent
G_TO = "grace.lim.sg@gmail.com"
G_CASE = case15("2025-10-06 02:31:47", 63017)
G_OLD, G_NEW = "AWS06120034", "AWS02277891"
G_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE

t_g1 = """Hi Grace,

Good day!

Thank you for reaching out to AWS Training and Certification. I have checked and verified
the two accounts under your name. Please see below details for the merging:

Source account (to be merged): AWS06120034 - grace.lim@sgfintech.com.sg
Target account (to be retained): AWS02277891 - grace.lim.sg@gmail.com

Before we push through, kindly reply "YES" to this email to confirm that the above details
are correct. Please take note that once the merge is done, it can't be reversed anymore.

Thank you and have a great day ahead!

Warm regards,
Jerome D.
AWS Training and Certification Customer Support
"""
add(nxt("agent-mail-grace-1"), L("merge_confirmation_requested", G_CASE, [G_OLD, G_NEW], True),
    aws_headers("gmail", G_TO, FORM, G_SUBJ, "2025-10-07 01:15:26", tz=-7),
    alt(text(t_g1, enc="qp"), text(html_of(t_g1), "html", enc="qp")))

t = """Hi Grace,

Thank you for your patience.

Just an update on your request, the merging of your accounts is currently being processed
by our back-end team. It may take 3-5 business days for it to be completed. Rest assured
that we will notify you once it's done.

Warm regards,
Jerome D.
AWS Training and Certification Customer Support

On Tue, 7 Oct 2025 at 10:02, Grace Lim <grace.lim.sg@gmail.com> wrote:
> YES
>
> On Tue, 7 Oct 2025 at 09:15, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quote(t_g1, "> > ")
add(nxt("agent-mail-grace-2"), L("support_reply", G_CASE, [], True),
    aws_headers("gmail", G_TO, FORM, G_SUBJ, "2025-10-08 03:44:12"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hi Grace,

Since we have not heard back from you on my last email about the exam voucher, I will
now be closing this case.
Should you need further assistance, you can just reply to this email within 14 days and
the case will be reopened.

We would appreciate if you can take a few seconds to rate my service through the link
below. Your feedback helps us to serve you better!

How satisfied are you with the support you received?
https://support.aws.amazon.com/survey?c=%s&rate=1  Very dissatisfied
https://support.aws.amazon.com/survey?c=%s&rate=5  Very satisfied

Warm regards,
Jerome D.
AWS Training and Certification Customer Support
""" % (G_CASE, G_CASE)
add(nxt("agent-mail-grace-3"), L("survey", G_CASE, [], True),
    aws_headers("gmail", G_TO, FORM, G_SUBJ, "2025-10-16 02:20:40"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))


# ---------------------------------------------------------------- thread 9
# João Pereira, form desk, Brazilian-Portuguese-speaking agent
J_TO = "joao.pereira.ti@gmail.com"
J_CASE = case15("2024-11-18 12:05:33", 40112)
J_OLD, J_NEW = "AWS05009917", "AWS01760284"
J_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % J_CASE

t = """Hello João,

Thank you for confirm the informations.

We will do the unification of the accounts in the next 24 to 48 hours, and as soon as it
is concluded we return to you with the confirmation. You do not need to open other case
for this.

Att.,
Rafael M.
AWS Training and Certification

Em ter., 19 de nov. de 2024 às 15:20, João Pereira <joao.pereira.ti@gmail.com> escreveu:
> Hi Rafael, yes, the informations are correct. Please can continue.
>
> Em ter., 19 de nov. de 2024 às 09:02, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> escreveu:
> > Hello João,
> > We found the accounts AWS05009917 and AWS01760284 in your name. The account
> > AWS05009917 will be unified into AWS01760284. Could you confirm us if it is correct?
"""
add(nxt("agent-mail-joao-1"), L("support_reply", J_CASE, [], True),
    aws_headers("gmail", J_TO, FORM, J_SUBJ, "2024-11-19 19:31:08", tz=-8, tzn="PST"),
    text(t, enc="qp"))

t = """Hello João,

Good news! The unification of the accounts was realized with success. Now you must to use
the account AWS01760284 (login joao.pereira.ti@gmail.com) for all the things of
certification. The old account AWS05009917 was inactivated.

Any doubt, we are to the disposition.

Att.,
Rafael M.
AWS Training and Certification
"""
add(nxt("agent-mail-joao-2"), L("merge_completed", J_CASE, [J_OLD, J_NEW], True),
    aws_headers("gmail", J_TO, FORM, J_SUBJ, "2024-11-21 12:54:40", tz=-8, tzn="PST"),
    alt(text(t, enc="b64"), text(html_of(t), "html", enc="b64")))

# ---------------------------------------------------------------- thread 10
# Sophie Martin, form desk, French-speaking agent, hotmail.fr
F_TO = "sophie.martin75@hotmail.fr"
F_CASE = case15("2025-02-11 09:20:14", 22871)
F_OLD, F_NEW = "AWS03300127", "AWS09914562"
F_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_CASE

t = """Hello Sophie,

We have well received your demand concerning the fusion of your two certification accounts,
and we thank you for it.

After verification, here is what we propose: the account AWS03300127
(sophie.martin@lycee-pasteur.fr) will be fusioned into the account AWS09914562
(sophie.martin75@hotmail.fr), who will be conserved.

Before to proceed, could you confirm us that it is well the account AWS09914562 that you
wish to conserve? Attention: the fusion is definitive, it will not be possible to come back
in arrear after.

We stay at your disposal for all complementary question.

Cordially,
Camille B.
AWS Training and Certification
"""
add(nxt("agent-mail-sophie-1"), L("merge_confirmation_requested", F_CASE, [F_OLD, F_NEW], True),
    aws_headers("outlook", F_TO, FORM, F_SUBJ, "2025-02-12 08:31:17", to_hdr=name_addr("Sophie Martin", F_TO)),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello Sophie,

Thank you for your confirmation.

Before to launch the operation, one precision: the name is not the same on the two accounts
("Sophie MARTIN" and "Sophie MARTIN-LEROY"). Which name do you wish to see on your
certificates and on the badges after? Please answer us with the exact spelling, with or
without the accents.

Cordially,
Camille B.
AWS Training and Certification

________________________________
De : Sophie Martin <sophie.martin75@hotmail.fr>
Envoyé : mercredi 12 février 2025 10:05
À : Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Objet : RE: %s

Hello, yes I confirm, keep AWS09914562 please. Thank you.
""" % F_SUBJ
add(nxt("agent-mail-sophie-2"), L("support_reply", F_CASE, [], True),
    aws_headers("outlook", F_TO, FORM, F_SUBJ, "2025-02-12 14:48:02", to_hdr=name_addr("Sophie Martin", F_TO)),
    text(t, enc="qp"))

# ---------------------------------------------------------------- thread 11
# Park Ji-hoon, console case, Korean agent
P_TO = "jhpark.dev@gmail.com"
P_CASE = case15("2025-08-19 06:44:29", 91277)
P_OLD, P_NEW = "AWS04018833", "AWS02600419"
P_TOPIC = "Certification account merge (two candidate IDs)"
P_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % P_CASE

t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance

To see all the details of your case, please sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services

%s
""" % (P_CASE, P_CASE, P_TOPIC, P_LINK, AWS_FOOT)
add(nxt("console-case-park"), L("case_created", P_CASE, [], True),
    aws_headers("gmail", P_TO, CONSOLE, "Amazon Web Services: You have opened a new Support case: %s" % P_CASE,
                "2025-08-19 06:44:36"),
    text(t, enc="b64"))

t = """Hello Ji-hoon,

Thank you for waiting.

Your certification accounts merging was completed today. The certifications of AWS04018833
account are now move to AWS02600419 and you can see them in your Certification Account.

Because your request is solved, I will change this case status to resolved. If you are
satisfied with my support, please give a good rating in the Support Center. Thank you.

Minjun
Amazon Web Services

""" + RATE_FOOT % (P_LINK, AWS_FOOT)
add(nxt("console-reply-park"), L("merge_completed", P_CASE, [P_OLD, P_NEW], True),
    aws_headers("gmail", P_TO, CONSOLE, "RE:[CASE %s] %s" % (P_CASE, P_TOPIC), "2025-08-21 04:02:15"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

# ---------------------------------------------------------------- thread 12
# Nguyen Van An, form desk, Vietnamese agent; body bytes UTF-8 labelled us-ascii
V_TO = "an.nguyen.aws@gmail.com"
V_CASE = case15("2025-06-03 01:10:50", 3391)
V_OLD, V_NEW = "AWS07100022", "AWS05588103"
t = """Dear Mr. Nguyễn Văn An,

We are merged your accounts AWS07100022 and AWS05588103 follow your request. Now you can
login to account AWS05588103 to see all the certifications. Account AWS07100022 is no
longer use.

If have any problem please contact to us.

Thank you very much!
Best regards,
Thanh N.
AWS Training and Certification
"""
add(nxt("agent-mail-an"), L("merge_completed", V_CASE, [V_OLD, V_NEW], True),
    aws_headers("gmail", V_TO, FORM,
                "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % V_CASE,
                "2025-06-05 02:26:59"),
    wrong_label(t, "us-ascii"))

# ---------------------------------------------------------------- thread 13
# Tomasz Nowak, form desk, Polish agent
T_TO = "tomasz.nowak.dev@gmail.com"
T_CASE = case15("2025-01-20 10:03:47", 81604)
T_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T_CASE
t = """Hello Tomasz,

Thank you for your message.

I was checking both accounts AWS02904471 and AWS08130056 and I see that date of birth is
different in them (1990-04-12 and 1990-12-04). Probably it was mistake with format of
date. Before I can go further with your request, please confirm me which date of birth is
the correct one, and send me also the login email of the second account, because I see
there only the notification email.

Best regards,
Katarzyna W.
AWS Training and Certification
"""
add(nxt("agent-mail-tomasz-1"), L("support_reply", T_CASE, ["AWS02904471", "AWS08130056"], True),
    aws_headers("gmail", T_TO, FORM, T_SUBJ, "2025-01-21 09:40:33", tz=-8, tzn="PST"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

t = """Hello Tomasz,

Because we did not get answer from you since 7 days, I am closing this case now. You can
open it again by replying on this email in next 14 days.

I will be thankful if you give rating of my work in this short survey:
https://support.aws.amazon.com/survey?c=%s&l=en

Best regards,
Katarzyna W.
AWS Training and Certification

On Tue, Jan 21, 2025 at 10:40 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Tomasz,
>
> I was checking both accounts AWS02904471 and AWS08130056 and I see that date of birth is
> different in them. Please confirm me which date of birth is the correct one.
""" % T_CASE
add(nxt("agent-mail-tomasz-2"), L("survey", T_CASE, [], True),
    aws_headers("gmail", T_TO, FORM, T_SUBJ, "2025-01-29 08:12:05", tz=-8, tzn="PST"),
    text(t, enc="qp"))

# ---------------------------------------------------------------- thread 14
# Elif Yılmaz, form desk, Turkish agent, Outlook
E_TO = "elif.yilmaz@outlook.com.tr"
E_CASE = case15("2025-10-27 13:31:09", 70450)
t = """Dear Elif Hanım,

Thank you for your confirmation about the merge.

I understand you are asking also about your 50% discount voucher which you earned in the
account AWS06650217. Once the merge is completed, the voucher will be transferred to
AWS01290368 automatically, you do not need to make anything. Only please do not use the
voucher until we inform you that the merging process is finished.

Kind regards,
Emre T.
AWS Training and Certification
"""
add(nxt("agent-mail-elif"), L("support_reply", E_CASE, ["AWS01290368", "AWS06650217"], True),
    aws_headers("outlook", E_TO, FORM,
                "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E_CASE,
                "2025-10-28 11:06:44", to_hdr=name_addr("Elif Yılmaz", E_TO)),
    alt(text(t, enc="b64"), text(html_of(t), "html", enc="b64")))

# ---------------------------------------------------------------- thread 15
# Kato Hiroshi, form desk, Japanese agent writing English, BIGLOBE mailbox
H_TO = "h.kato@biglobe.ne.jp"
H_CASE = case15("2025-12-01 05:20:33", 12488)
H_OLD, H_NEW = "AWS03871120", "AWS06002211"
H_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H_CASE


def biglobe(subject, utc):
    return aws_headers("jp", H_TO, FORM, subject, utc, mx="mew-mx01.mail.biglobe.ne.jp",
                       authserv="mew-mx01.mail.biglobe.ne.jp")


t = """Dear Kato-sama,

Thank you very much for your kind confirmation.

We would like to inform you that merging of your accounts was completed. All the
certifications of AWS03871120 are now transferred to AWS06002211.

We are sorry to trouble you, but please kindly confirm that the certifications are
displayed correctly in AWS06002211 by signing in to the certification account. If there is
something wrong, please let us know by replying to this e-mail.

We appreciate your understanding and cooperation.

Best regards,
Yuki S.
AWS Training and Certification

2025年12月2日(火) 9:14 Hiroshi Kato <h.kato@biglobe.ne.jp>:
> Dear Yuki-san,
> I confirm the merge of AWS03871120 into AWS06002211. Please proceed.
> Hiroshi Kato
"""
add(nxt("agent-mail-kato-1"), L("merge_completed", H_CASE, [H_OLD, H_NEW], True, "en"),
    biglobe(H_SUBJ, "2025-12-03 06:30:12"),
    text(t, enc="qp"))

t = """Dear Kato-sama,

We would like to close this case, as we believe your inquiry has been resolved.
We would be grateful if you could answer the short survey about our response. It takes
only one minute.

Was your issue resolved?   [Yes]  https://support.aws.amazon.com/survey?c=%s&r=1
                           [No]   https://support.aws.amazon.com/survey?c=%s&r=0

If you still have any question, please reply to this e-mail. The case will be re-opened.

Best regards,
Yuki S.
AWS Training and Certification
""" % (H_CASE, H_CASE)
add(nxt("agent-mail-kato-2"), L("survey", H_CASE, [], True, "en"),
    biglobe(H_SUBJ, "2025-12-05 01:02:49"),
    text(html_of(t), "html", enc="qp"))


# ---------------------------------------------------------------- Credly and look-alikes
t = """佐藤 美咲 様

おめでとうございます!

Amazon Web Services Training and Certification から次のバッジが発行されました。

AWS Certified Cloud Practitioner
発行日: 2023年6月2日

AWS Certification アカウントの統合に伴い、このバッジは misaki.sato1988@nifty.com に再発行されました。
バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s/accept?locale=ja

ご不明な点は https://support.credly.com をご覧ください。

Credly, Inc. · 2020 Fifth Avenue, Suite 700 · New York, NY 10011
メール通知の設定: https://www.credly.com/earner/settings/notifications
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add(nxt("credly-sato"), L("credly_badge_issued", None, [], True, "ja"),
    credly_headers("jp", S_TO, subj("Amazon Web Services Training and Certification からバッジが発行されました", "utf-8"),
                   "2025-03-15 02:11:37", mx="mtain-dc03.nifty.com", authserv="nifty.com"),
    alt(text(t, enc="b64"), text(html_of(t, style="plain"), "html", enc="b64")))

t = """Hi Wei,

At the request of Amazon Web Services Training and Certification, the following badges were
transferred to your Credly account zhangwei.cloud@gmail.com:

  * AWS Certified Solutions Architect – Associate
  * AWS Certified Developer – Associate

The badges are now issued to you and ready to accept. Once accepted they appear on your
public profile, and the old badge links will redirect to your new profile.

View and accept your badges: https://www.credly.com/earner/earned?sort=-state_updated_at

Thanks,
The Credly Team

Credly, Inc. · 2020 Fifth Avenue, Suite 700 · New York, NY 10011
"""
add(nxt("credly-wei"), L("credly_badge_issued", None, [], True),
    credly_headers("gmail", W_TO, "Your badges from Amazon Web Services Training and Certification have been transferred",
                   "2025-09-11 18:03:26", frm='"Credly" <admin@credly.com>'),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# fake Credly mail about badges moved after the merge (look-alike domain)
ip = "45.137.21.%d" % rnd.randint(2, 250)
t = """Hello Zhang Wei,

After your AWS Certification accounts merge, your 3 badges was moved and is waiting for accept.
Because security reason, you need to verify with your AWS Certification login before
24 hours, otherwise the badges will be revoked.

ACCEPT YOUR BADGES: http://credly-badgetransfer.com/accept?u=zhangwei.cloud%%40gmail.com&t=%s

Credly Support Team
""" % hexs(24)
add(nxt("badge-transfer-notice"), L("credly_badge_issued", None, [], False),
    hdrs("gmail", W_TO, '"Credly" <noreply@credly-badgetransfer.com>', "credly-badgetransfer.com",
         "Action required: accept your transferred badges", "2025-09-09 22:47:13",
         "mail.credly-badgetransfer.com", ip, "bounce@credly-badgetransfer.com",
         [("credly-badgetransfer.com", "default", "pass")], dmarc="pass", policy="NONE"),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# phishing: merge confirmation from a look-alike domain
ip = "193.29.57.%d" % rnd.randint(2, 250)
t = """Dear Candidate,

We are received your request for merge of certification accounts.

To complete the merge of account AWS04417823 into account AWS02985561 you must to confirm
your identity in 24 hours by login with the credentials of BOTH accounts here:

http://aws-certification-team.com/merge/confirm?ref=AWS-CERT-2025-0528

If you not confirm, the both accounts will be suspended and your certifications can be lost.

Regards,
AWS Training & Certification Team
"""
add(nxt("merge-verification-required"), L("merge_confirmation_requested", None, ["AWS02985561", "AWS04417823"], False),
    hdrs("gmail", K_TO, '"AWS Training & Certification" <support@aws-certification-team.com>',
         "aws-certification-team.com", "Action needed: confirm your certification account merge",
         "2025-05-28 21:33:40", "vps-57.hostingby.net", ip, "support@aws-certification-team.com",
         [("aws-certification-team.com", "mail", "pass")], dmarc="pass", policy="NONE"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

# phishing: spoofed amazon.com From, Outlook says dmarc=fail; a forged "pass" lower down
ip = "185.234.72.%d" % rnd.randint(2, 250)
FAKE_CASE = case15("2025-07-20 11:02:19", 50217)
t = """Dear customer,

Your request of account merge is in process. For finalize, we need that you confirm the
merge of account AWS05571902 to the account AWS00864413 by the form in the link below,
entering the login password of both accounts.

https://aws-training-certification.support-case.help/confirm/%s

Without confirmation in 48 hours the request is cancel and the accounts are blocked.

Amazon Web Services
""" % FAKE_CASE
add(nxt("merge-confirm-link"), L("merge_confirmation_requested", FAKE_CASE, ["AWS00864413", "AWS05571902"], False),
    hdrs("outlook", M_TO, FORM, "amazon.com",
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE_CASE,
         "2025-07-21 03:18:52", "srv72.fastvps-hosting.ru", ip, "info@fastvps-hosting.ru",
         [], spf="fail", dmarc="fail", compauth="fail reason=000",
         to_hdr=name_addr("María Fernández", M_TO),
         pre=[],
         extra=[("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\r\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
                ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]),
    text(t, enc="qp"))


# ---------------------------------------------------------------- unrelated mail
# CertMetrics survey
ip = "52.2.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
t = """Hello Kenji,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified individual. We are always looking for ways to improve
the certification experience, and we would like to hear about yours. The survey takes about
10 minutes.

Your AWS Certification Account: AWS02985561

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this e-mail.
""" % hexs(32)
add(nxt("certmetrics-kenji"), L("unrelated", None, ["AWS02985561"], False),
    hdrs("gmail", K_TO, '"AWS Certification" <do-not-reply@certmetrics.com>', "certmetrics.com",
         "AWS Certification wants to hear from you", "2025-06-10 15:00:12",
         "mail-%s.certmetrics.com" % hexs(4), ip, "bounce-%s@mail.certmetrics.com" % hexs(6),
         [("certmetrics.com", "cm1", "pass")], dmarc="pass", policy="NONE"),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# Pearson VUE appointment confirmation
ip = "159.182.%d.%d" % (rnd.randint(1, 250), rnd.randint(1, 250))
t = """Dear Dmitri Volkov,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Thursday, June 12, 2025 10:00 AM Europe/Moscow
Delivery: OnVUE online proctored
Registration ID: 512847093
Candidate ID: AWS04455019

Please check in 30 minutes before your appointment. To reschedule or cancel, sign in to
your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
add(nxt("pearson-vue-dmitri"), L("unrelated", None, ["AWS04455019"], False),
    hdrs("corp", D_TO, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', "pearson.com",
         "Confirmation of Your Pearson VUE Exam Appointment", "2025-05-20 07:41:26",
         "mail-out.pearson.com", ip, "pearsonvuecustomerservice@pearson.com",
         [("pearson.com", "s2048", "pass")], dmarc="pass",
         mx="mxfront2j.mail.yandex.net", authserv="mxfront2j.mail.yandex.net"),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# GitHub pull request merged notification
ip = "192.30.252.%d" % rnd.randint(190, 210)
t = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kodlab/cert-tracker/pull/42#event-%d
You are receiving this because you authored the thread.

PR description:
Merge duplicate AWS certification accounts in tracker. When one person has two candidate
IDs we now keep the newest one. Test fixtures now use AWS09990001 instead of real IDs.
""" % rnd.randint(10**10, 10**11)
add(nxt("github-pr-merged"), L("unrelated", None, ["AWS09990001"], False),
    hdrs("gmail", T_TO, '"Piotr Zielinski" <notifications@github.com>', "github.com",
         "Re: [kodlab/cert-tracker] Merge duplicate AWS certification accounts in tracker (PR #42)",
         "2025-01-24 13:17:40", "out-21.smtp.github.com", ip,
         "noreply@github.com", [("github.com", "pf2023", "pass")], dmarc="pass", policy="REJECT",
         tz=-8, tzn="PST",
         extra=[("In-Reply-To", "<kodlab/cert-tracker/pull/42@github.com>"),
                ("References", "<kodlab/cert-tracker/pull/42@github.com>"),
                ("List-ID", "kodlab/cert-tracker <cert-tracker.kodlab.github.com>"),
                ("X-GitHub-Reason", "author")]),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# Amazon Seller Central case (listing merge) - same RE:[CASE ...] style
t = """Hello,

Greetings from Amazon Seller Support.

I understand your concern regarding the two separate detail pages of your product. Kindly
be informed that we have successfully merged the detail pages of ASIN B0CX7Y2M3Q and
B0CX7Z8K1P into one detail page, as per your request. The change may take up to 24 hours
to reflect on the website.

Please do not hesitate to contact us again for any other query.

Was this response helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Thank you for selling on Amazon,
Deepak K.
Amazon Seller Support
"""
add(nxt("seller-support-joao"), L("unrelated", "5884881212", [], True),
    aws_headers("gmail", J_TO, '"Amazon Seller Support" <seller-support-noreply@amazon.com>',
                "RE:[CASE 5884881212] Duplicate product detail pages", "2025-03-03 16:22:10"),
    text(t, enc="qp"))

# AWS billing case on the console, non-native agent
BILL_CASE = case15("2025-11-03 14:22:08", 20961)
BILL_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % BILL_CASE
t = """Hello Grace,

Thank you for your patience while I was checking your account.

I have been reviewed the charges on your account 4821-9930-1174 and I see that the
NAT Gateway was still running after you deleted the test environment. As one time
exception, I have processed a refund of 42.18 USD for the October invoice. Please allow
5-10 business days until it reflect in your card.

To avoid such charges in future, kindly consider to create a budget alert in AWS Budgets.

Best regards,
Mahmoud H.
Amazon Web Services

""" + RATE_FOOT % (BILL_LINK, AWS_FOOT)
add(nxt("console-billing-grace"), L("unrelated", BILL_CASE, [], True),
    aws_headers("gmail", G_TO, CONSOLE, "RE:[CASE %s] Unexpected charges on October invoice" % BILL_CASE,
                "2025-11-05 09:14:33"),
    alt(text(t, enc="qp"), text(html_of(t), "html", enc="qp")))

# service quota case in Japanese
Q_CASE = case15("2025-09-15 03:40:51", 7735)
t = """佐藤 美咲 様

お世話になっております。Amazon Web Services サポートの山本でございます。

ご依頼いただいておりました、アジアパシフィック（東京）リージョンにおける EC2 オンデマンド
インスタンス（標準）の vCPU クォータの引き上げ（32 → 128）が承認され、反映が完了いたしました。
Service Quotas コンソールにて新しい値をご確認いただけます。

反映までに最大 30 分ほどかかる場合がございます。ご不明な点がございましたら、本ケースにて
お知らせください。

山本
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % Q_CASE
add(nxt("console-quota-sato"), L("unrelated", Q_CASE, [], True, "ja"),
    nifty(subj("RE:[CASE %s] EC2 vCPU クォータ引き上げのリクエスト（東京リージョン）" % Q_CASE, "utf-8"),
          "2025-09-16 01:55:20"),
    text(t, charset="shift_jis", enc="b64"))

# phishing about expiry, not about the merge
ip = "91.92.244.%d" % rnd.randint(2, 250)
t = """Dear AWS Certified,

Your AWS Certified Solutions Architect certification will be expire in 3 days.
Candidate ID: AWS02277891

For keep your certification active without new exam, please pay the recertification fee
of 75 USD here: http://aws-certifications-portal.com/renew?cid=AWS02277891

If not paid, your badge and all benefits will be remove.

AWS Certification Program
"""
add(nxt("certification-renewal-notice"), L("unrelated", None, ["AWS02277891"], False),
    hdrs("gmail", G_TO, '"AWS Certification" <renewal@aws-certifications-portal.com>',
         "aws-certifications-portal.com", "URGENT: Your AWS certification expire in 3 days",
         "2025-11-12 23:08:45", "mx1.bulk-sender.top", ip, "renewal@aws-certifications-portal.com",
         [], spf="softfail", dmarc="fail", policy="NONE"),
    text(t, enc="qp"))

# Credly self-service account merge code
t = """Hi Wei,

We received a request to merge another Credly account into your account
zhangwei.cloud@gmail.com.

Your verification code is: 482913

Enter this code on the merge page, or click below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

The code expires in 30 minutes. If you did not request this, you can ignore this e-mail.

The Credly Team
""" % hexs(40)
add(nxt("credly-code-wei"), L("unrelated", None, [], True),
    credly_headers("gmail", W_TO, "Your Credly account merge code", "2025-09-07 04:30:18",
                   frm='"Credly" <admin@credly.com>'),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# Credly expiry reminder
t = """Hello Hiroshi,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and
Certification, will expire on January 14, 2026.

To keep your badge, follow the recertification requirements of the issuer:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc. · 2020 Fifth Avenue, Suite 700 · New York, NY 10011
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add(nxt("credly-reminder-kato"), L("unrelated", None, [], True),
    credly_headers("jp", H_TO, "Your badge is expiring soon", "2025-12-15 14:00:05",
                   frm='"Credly" <admin@credly.com>', mx="mew-mx02.mail.biglobe.ne.jp",
                   authserv="mew-mx02.mail.biglobe.ne.jp"),
    alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp")))

# the user's own reply, as kept in Gmail's Sent folder (no Received, no Authentication-Results)
t = """Hello Katarzyna,

sorry for late reply, I was on business trip. Correct date of birth is 1990-04-12.
Login email of second account is t.nowak@kodlab.pl.

Please merge AWS08130056 into AWS02904471, I want to keep AWS02904471.

Regards
Tomasz

On Wed, Jan 29, 2025 at 9:12 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Tomasz,
>
> Because we did not get answer from you since 7 days, I am closing this case now. You can
> open it again by replying on this email in next 14 days.
"""
gid = "CAH%s+%s@mail.gmail.com" % (b64s(20).replace("/", "x"), b64s(22).replace("/", "y"))
prev_id = ses_msgid("2025-01-29 08:12:05")
add(nxt("reply-tomasz"), L("unrelated", T_CASE, ["AWS02904471", "AWS08130056"], None),
    [("Date", "Thu, 30 Jan 2025 21:47:02 +0100"),
     ("References", prev_id),
     ("In-Reply-To", prev_id),
     ("Message-ID", "<%s>" % gid),
     ("Subject", "Re: " + T_SUBJ),
     ("From", "Tomasz Nowak <tomasz.nowak.dev@gmail.com>"),
     ("To", FORM)],
    gmail_boundary(alt(text(t, enc="qp"), text(html_of(t, style="plain"), "html", enc="qp"))))


def finish():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for fname, data in MAILS:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print("wrote", len(MAILS), "mails")


finish()
