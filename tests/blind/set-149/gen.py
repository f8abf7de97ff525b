#!/usr/bin/env python3
"""Generator for blind set 149: paraphrase-heavy, English, invented agent voices.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import string
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(149)
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Warsaw")

MAILS = []  # (key, builder)


def mail(key):
    def deco(fn):
        MAILS.append((key, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# small random helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def alnum(n, upper=False):
    pool = (string.ascii_uppercase if upper else string.ascii_letters) + string.digits
    return "".join(R.choice(pool) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, tail):
    """15-digit display id: 10-digit unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), tail)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def gdate(d):
    """Gmail style trace date: 'Tue, 11 Mar 2025 07:02:13 -0700 (PDT)'."""
    d = d.astimezone(PT)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z") + " (%s)" % d.tzname()


def ses_id(d, region="email"):
    ms = int(d.timestamp() * 1000) - R.randint(200, 3000)
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, uid(), region)


def wrap_token(tok, first, indent="\t", width=72):
    out, line = [], first
    for ch in tok:
        if len(line) >= width:
            out.append(line)
            line = indent
        line += ch
    out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------
# DKIM / auth results
def dkim_sig(d, s, when, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple"):
    t = int(when.timestamp())
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n"
            "\tbh=%s=;\n%s" % (c, s, d, t, hlist, b64s(43), wrap_token(b64s(342) + "=", "\tb=")))


AMZ_SEL = ["4oemhmjwwxp3l3knxrrfotkvfr5k4b5x", "224i4yxa5dv7c2xz3womw6peuasteono", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"]
SES_SEL = ["6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "224i4yxa5dv7c2xz3womw6peuasteono"]


def amz_dkims(when):
    return [dkim_sig("amazon.com", R.choice(AMZ_SEL), when),
            dkim_sig("amazonses.com", R.choice(SES_SEL), when,
                     hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")]


class Auth:
    """A set of results to render in a provider's style."""

    def __init__(self, dkim=(), spf=("pass", "", ""), dmarc=None, from_dom=""):
        self.dkim = list(dkim)      # [(result, domain, selector)]
        self.spf = spf              # (result, mailfrom, ip)
        self.dmarc = dmarc          # (result, policy) or None
        self.from_dom = from_dom

    def google(self):
        parts = []
        for res, dom, sel in self.dkim:
            if res == "pass":
                parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, alnum(8)))
            else:
                parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, alnum(8)))
        res, mf, ip = self.spf
        if res == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "softfail":
            parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (res, mf, ip, mf))
        if self.dmarc:
            r, p = self.dmarc
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                r, p, p, "NONE" if r == "pass" else ("QUARANTINE" if p == "QUARANTINE" else "NONE"), self.from_dom))
        return "mx.google.com;\n       " + ";\n       ".join(parts)

    def outlook(self):
        res, mf, ip = self.spf
        dom = mf.split("@")[-1]
        s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (res, ip, dom)
        for r, d, _ in self.dkim:
            s += "dkim=%s (%s)\n header.d=%s;" % (
                r, "signature was verified" if r == "pass" else "body hash did not verify", d)
        if self.dmarc:
            r, _ = self.dmarc
            s += "dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s" % (
                r, "none" if r == "pass" else "quarantine", self.from_dom,
                "pass" if r == "pass" else "fail", "100" if r == "pass" else "000")
        return s

    def generic(self, authserv, dmarc_paren=False):
        parts = []
        res, mf, ip = self.spf
        parts.append("spf=%s smtp.mailfrom=%s" % (res, mf))
        for r, d, sel in self.dkim:
            parts.append("dkim=none" if r == "none" else "dkim=%s header.i=@%s header.s=%s" % (r, d, sel))
        if self.dmarc:
            r, p = self.dmarc
            if dmarc_paren:
                parts.append("dmarc=%s(p=%s) header.from=%s" % (r, p, self.from_dom))
            else:
                parts.append("dmarc=%s header.from=%s" % (r, self.from_dom))
        return authserv + ";\n\t" + ";\n\t".join(parts)


def amz_auth(ses_mf, ip, from_dom="amazon.com"):
    return Auth(dkim=[("pass", from_dom, R.choice(AMZ_SEL)), ("pass", "amazonses.com", R.choice(SES_SEL))],
                spf=("pass", ses_mf, ip), dmarc=("pass", "QUARANTINE"), from_dom=from_dom)


SES_IPS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"), ("a48-108.smtp-out.amazonses.com", "54.240.48.108"),
           ("a9-112.smtp-out.amazonses.com", "54.240.9.112"), ("a11-79.smtp-out.amazonses.com", "54.240.11.79"),
           ("a27-44.smtp-out.us-west-2.amazonses.com", "54.240.27.44")]


def ses_return_path(d):
    ms = int(d.timestamp() * 1000) - R.randint(200, 3000)
    return "0100%012x-%s-000000@email.amazonses.com" % (ms, uid())


# --------------------------------------------------------------------------
# trace blocks (lists of raw header texts, topmost first)
def gmail_trace(to, host, ip, mailfrom, when, auth, arc=True):
    t1 = when + timedelta(seconds=R.randint(1, 4))
    h = ["Delivered-To: %s" % to,
         "Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s" % (
             hexs(4), hexs(4), hexs(3), hexs(4), hexs(4), alnum(3).lower(), R.randint(100000, 999999), alnum(3).lower(), gdate(t1)),
         "X-Google-Smtp-Source: AGHT+I%s" % b64s(70),
         "X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
             hexs(4), hexs(3), hexs(4), hexs(4), hexs(18), hexs(11), R.randint(1, 9), R.randint(100000000000, 999999999999) % 10**13, gdate(t1))]
    if arc:
        h.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n%s" % (
            int(t1.timestamp()), wrap_token(b64s(340) + "==", "        b=", indent="        ")))
        h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                 "        h=feedback-id:date:message-id:mime-version:subject:to:from\n"
                 "         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n%s" % (
                     b64s(43), b64s(43), wrap_token(b64s(340) + "==", "        b=", indent="        ")))
        h.append("ARC-Authentication-Results: i=1; " + auth.google())
    h += ["Return-Path: <%s>" % mailfrom,
          "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
          "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
              host, host, ip, "%s-%ssi%d%s.%d.%s" % (hexs(13), hexs(13), R.randint(1000000, 9999999), alnum(3).lower(), R.randint(1, 400),
                                                   (when + timedelta(seconds=1)).astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S")),
              to, gdate(when + timedelta(seconds=1))),
          "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
              auth.spf[0], mailfrom, "designates" if auth.spf[0] == "pass" else "does not designate", ip, ip),
          "Authentication-Results: " + auth.google()]
    return h


def outlook_trace(to, host, ip, mailfrom, when, auth, tenant="namprd11"):
    def dstr(x):
        return rfc(x.astimezone(UTC)).replace("-0000", "+0000")
    a, b, c = "PH0PR11MB%d" % R.randint(4000, 9999), "SA1PR11MB%d" % R.randint(4000, 9999), "BN%dPEPF0000%s" % (R.randint(1, 3), alnum(4, True))
    t = when + timedelta(seconds=R.randint(2, 9))
    h = ["Received: from %s.%s.prod.outlook.com (2603:10b6:510:%s::9) by\n %s.%s.prod.outlook.com with HTTPS; %s" % (
            a, tenant, hexs(3), b, tenant, dstr(t)),
         "Received: from BN9PR03CA0%d.namprd03.prod.outlook.com (2603:10b6:408:10f::%d)\n by %s.%s.prod.outlook.com (2603:10b6:510:%s::9) with\n"
         " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8137.18; %s" % (
             R.randint(100, 999), R.randint(10, 99), a, tenant, hexs(3), dstr(t)),
         "Received: from %s.namprd04.prod.outlook.com\n (2603:10b6:408:10f:cafe::c1) by BN9PR03CA0%d.outlook.office365.com\n"
         " (2603:10b6:408:10f::18) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8137.17 via Frontend Transport; %s" % (
             c, R.randint(100, 999), dstr(t)),
         "Authentication-Results: " + auth.outlook(),
         "Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
             auth.spf[0].capitalize(), mailfrom.split("@")[-1], "designates" if auth.spf[0] == "pass" else "does not designate", ip, ip, host),
         "Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8137.17\n via Frontend Transport; %s" % (
             host, ip, c, R.randint(1, 254), R.randint(1, 254), dstr(when + timedelta(seconds=1)))]
    return h


def outlook_tail(when, auth_ok=True):
    return [("X-MS-Exchange-Organization-ExpirationStartTime", "%s.%04d\n (UTC)" % (when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S"), R.randint(0, 9999))),
            ("X-MS-Exchange-Organization-Network-Message-Id", uid()),
            ("X-MS-Exchange-Organization-AuthSource", "BN2PEPF000044A9.namprd04.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1" if auth_ok else "5")]


def generic_trace(to, host, ip, mailfrom, when, auth, mx, authserv, tz=JST, dmarc_paren=False, extra_top=None):
    t = (when + timedelta(seconds=R.randint(1, 5))).astimezone(tz)
    h = list(extra_top or [])
    h += ["Return-Path: <%s>" % mailfrom,
          "Delivered-To: %s" % to,
          "Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
              mx, mx, alnum(10, True), to, rfc(t)),
          "Authentication-Results: " + auth.generic(authserv, dmarc_paren),
          "Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
              host, host, ip, mx, alnum(12, True), to, rfc(t - timedelta(seconds=1)))]
    return h


def corp_trace(to, host, ip, when, gw="mx1.northwind-logistics.com", xorig=None):
    """Corporate relay that keeps no Authentication-Results header."""
    t = when + timedelta(seconds=R.randint(3, 20))
    h = ["Received: from EXCH-MBX02.corp.northwind-logistics.com (10.20.4.12) by\n EXCH-MBX01.corp.northwind-logistics.com (10.20.4.11) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; %s" % rfc(t),
         "Received: from %s (10.20.1.5) by EXCH-MBX02.corp.northwind-logistics.com\n (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; %s" % (gw, rfc(t - timedelta(seconds=1))),
         "Received: from %s ([%s])\n  by %s with ESMTP/TLS; %s" % (host, ip, gw, rfc(t - timedelta(seconds=2))),
         "X-IronPort-AV: E=Sophos;i=\"6.07,%d,%d\";\n   d=\"scan'208\";a=\"%d\"" % (R.randint(100, 999), R.randint(1700000000, 1799999999), R.randint(10000000, 99999999)),
         "IronPort-SDR: %s" % b64s(60)]
    if xorig:
        h.append("X-Original-Authentication-Results: " + xorig)
    return h


# --------------------------------------------------------------------------
# header encoding
def enc_hdr(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(linesep="\n")


def fold_ascii(name, value, width=78):
    words = value.split(" ")
    lines, line = [], name + ": "
    first = True
    for w in words:
        add = (w if first else " " + w)
        if len(line) + len(add) > width and not first and line.strip():
            lines.append(line)
            line = " " + w
        else:
            line += add
        first = False
    lines.append(line)
    return "\n".join(lines)[len(name) + 2:]


def addr(name, email_, charset="utf-8"):
    if not name:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(linesep="\n"), email_)


# --------------------------------------------------------------------------
# body parts
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "windows-1252": "cp1252"}


def tpart(body, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, fmt_flowed=False):
    """Build a text/* part with explicit charset/CTE.  label = charset written in header (may be wrong)."""
    raw = body.encode(CODEC.get(charset, charset))
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    mp = MIMEMultipart("alternative", boundary=boundary)
    del mp["MIME-Version"]
    for p in parts:
        mp.attach(p)
    return mp


def related(html_part, boundary=None):
    mp = MIMEMultipart("related", boundary=boundary)
    del mp["MIME-Version"]
    mp.attach(html_part)
    img = Message()
    img["Content-Type"] = 'image/png; name="aws-logo.png"'
    img["Content-Transfer-Encoding"] = "base64"
    img["Content-ID"] = "<aws-logo@%s>" % hexs(8)
    img["Content-Disposition"] = 'inline; filename="aws-logo.png"'
    img.set_payload(base64.encodebytes(bytes(R.getrandbits(8) for _ in range(180))).decode("ascii"))
    mp.attach(img)
    return mp


def java_boundary():
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999), R.randint(1700000000000, 1760000000000))


def gmail_boundary():
    return "000000000000" + hexs(16)


def outlook_boundary():
    return "_000_%s%sprodoutlook_" % (alnum(24, True), "namprd11")


def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text):
    """plain text -> simple html paragraphs (line breaks kept)."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    return "\n".join("<p>%s</p>" % esc(b).replace("\n", "<br>\n") for b in blocks)


def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------
ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def emit(files, labels, key, *, kind, case_id, verified, lang, trace, hdrs, body, new):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    top = "\n".join(trace) + "\n" + "\n".join("%s: %s" % (n, v) for n, v in hdrs) + "\nMIME-Version: 1.0\n"
    data = top.encode("ascii") + buf.getvalue()
    files[key] = data
    labels[key] = {"kind": kind, "case_id": case_id, "account_ids": ids_in(new),
                   "sender_verified": verified, "language": lang}


# ==========================================================================
# PEOPLE / THREADS
# ==========================================================================
# T1 Priya Raman, Gmail, form case 15 digits
T1_OPEN = dt(2025, 3, 11, 14, 2, 13)
T1_CASE = case15(T1_OPEN, 4521)
T1_USER = ("Priya Raman", "priya.raman.dev@gmail.com")
T1_OLD, T1_KEEP = "AWS04471239", "AWS18830562"
FORM_FROM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE_FROM = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

{sig}

========================================================

To see all of your cases, please visit the AWS Support Center: https://console.aws.amazon.com/support/home#/

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

FORM_FOOTER = """
--
Amazon Web Services Training and Certification
https://aws.amazon.com/training/
This message was sent by Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.
Please keep the case number in the subject line when you reply."""


LAST = {"ip": "54.240.8.30"}


def gm_ses(to, when, auth_override=None):
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(when)
    auth = auth_override or amz_auth(mf, ip)
    return gmail_trace(to, host, ip, mf, when, auth) + amz_dkims(when)


def ol_ses(to, when, auth_override=None):
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(when)
    auth = auth_override or amz_auth(mf, ip)
    return outlook_trace(to, host, ip, mf, when, auth) + amz_dkims(when)


# ==========================================================================
# MAILS
# ==========================================================================
# (mail definitions follow)


def aws_hdrs(frm, to, subject, when, region="us-east-1", extra=(), charset="utf-8"):
    host_ip = LAST["ip"]
    h = [("Date", rfc(when)), ("From", addr(*frm)), ("To", to),
         ("Message-ID", ses_id(when)), ("Subject", enc_hdr("Subject", subject, charset))]
    h += list(extra)
    h += [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64s(43))),
          ("X-SES-Outgoing", "%s-%s" % (when.strftime("%Y.%m.%d"), host_ip))]
    return h


def std_alt(new, quoted="", quoted_html=None, cte="quoted-printable", charset="utf-8", html_cte=None, boundary=None, html_head=None):
    plain = new.rstrip("\n") + "\n" + (("\n" + quoted.rstrip("\n") + "\n") if quoted else "")
    qh = quoted_html if quoted_html is not None else (
        ('<div style="border-top:1px solid #ccc;padding-top:6px;color:#555">%s</div>' % paras_html(quoted)) if quoted else "")
    body_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">%s</head>"
                 "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n%s\n%s\n</body></html>\n" % (
                     charset, html_head or "", paras_html(new), qh))
    return alt(tpart(plain, "plain", charset, cte), tpart(body_html, "html", charset, html_cte or cte),
               boundary=boundary or java_boundary())


def credly_trace_gmail(to, when):
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 254))
    host = "o%d.em.credly.com" % R.randint(1, 9)
    mf = "bounces+%d-%s-%s@em.credly.com" % (R.randint(1000000, 9999999), hexs(4), to.replace("@", "="))
    auth = Auth(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.net", "smtpapi")],
                spf=("pass", mf, ip), dmarc=("pass", "QUARANTINE"), from_dom="credly.com")
    return gmail_trace(to, host, ip, mf, when, auth) + [
        dkim_sig("credly.com", "s1", when, hlist="from:subject:mime-version:content-type:to:cc:content-type:from:subject:to", c="relaxed/relaxed"),
        dkim_sig("sendgrid.net", "smtpapi", when, hlist="from:subject:mime-version:content-type:to:cc:content-type:from:subject:to", c="relaxed/relaxed")]


def credly_hdrs(frm_name, to, subject, when, frm_addr="admin@credly.com"):
    return [("From", addr(frm_name, frm_addr)), ("To", to), ("Subject", enc_hdr("Subject", subject)),
            ("Date", rfc(when)), ("Message-ID", "<%s@credly.com>" % (hexs(24))),
            ("X-SG-EID", b64s(60)), ("X-Entity-ID", b64s(22) + "==")]


# ---------------------------------------------------------------- T1 -----
@mail("form-ack-account-assistance")
def m_t1_ack(f, l, k):
    w = T1_OPEN + timedelta(seconds=19)
    to = T1_USER[1]
    new = """Hello,

Thank you for getting in touch with AWS Training and Certification.

This note is to let you know that your request reached us and has been given the reference number %s. Someone from our team will look into it and get back to you, usually within 24 hours (one business day).

Please do not send the form again for the same request - a second submission goes to the back of the queue. If you would like to add anything, reply to this message and keep the reference number in the subject line.

What you sent us:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: %s
  Description: I have two certification accounts, one created years ago with my old work e-mail (%s). I would like to keep just one.

Kind regards,
AWS Training and Certification
""" % (T1_CASE, T1_KEEP, T1_OLD)
    subj = "[CASE %s] %s" % (T1_CASE, FORM_SUBJ)
    emit(f, l, k, kind="case_created", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new + FORM_FOOTER), new=new)


T1_SUBMISSION = """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Description: I have two certification accounts, one created years ago with my old work e-mail (%s). I would like to keep just one.""" % (T1_KEEP, T1_OLD)


@mail("form-reply-signin-details")
def m_t1_ask(f, l, k):
    w = dt(2025, 3, 12, 9, 41, 7)
    to = T1_USER[1]
    new = """Dear Priya,

Many thanks for your message, and please accept my thanks for your patience whilst your request made its way to my desk.

Before I am able to take matters any further, I should be most grateful if you could furnish me with the following:

1. The e-mail address you use to sign in to each of the two certification profiles (the one ending 1239 and the one ending 0562);
2. Should they differ, the address at which each profile receives its notifications; and
3. Which of the two profiles you would prefer to retain going forward.

I appreciate this may feel somewhat laborious, but it allows us to be quite certain that both profiles genuinely belong to you. Do simply reply to this e-mail, leaving the reference in the subject line untouched.

Yours sincerely,

Rupert
AWS Training and Certification
"""
    quoted = """-----Original Message-----
From: Priya Raman <%s>
Sent: Tuesday, March 11, 2025 2:02 PM
To: AWS Training and Certification
Subject: [AWS Training and Certification Form Submission] - account-assistance

%s""" % (to, T1_SUBMISSION)
    subj = "RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted), new=new)


T1_USER_REPLY1 = """Hi Rupert,

Thanks. Here you go:
- %s signs in with p.raman@contoso-analytics.com (that address no longer works, I left the company)
- %s signs in with priya.raman.dev@gmail.com, notifications go to the same address
I'd like to keep %s, the Gmail one.

Thanks,
Priya""" % (T1_OLD, T1_KEEP, T1_KEEP)


@mail("form-reply-before-we-change-anything")
def m_t1_confirm(f, l, k):
    w = dt(2025, 3, 13, 16, 20, 44)
    to = T1_USER[1]
    new = """Hi Priya,

I'm so sorry for the wait on this one - and thank you (really!) for sending the sign-in details over so quickly. I do apologise that it has taken me until today to come back to you.

I've now looked over both profiles and I'd like to double-check the plan with you before anything is touched, so sorry in advance for the extra step:

  Folded in and then retired:      %s (sign-in: p.raman@contoso-analytics.com)
  Stays open and receives everything: %s (sign-in: priya.raman.dev@gmail.com)

Every certification, exam record and benefit held on the first profile would be moved across to the second. I'm afraid I have to stress that this can't be reversed once it is done - apologies for being so blunt about it, it's just that we have no way of splitting them apart again afterwards.

If the above looks right, could you please reply to this email to say so? The moment I have your go-ahead I'll get it started. Sorry again for the inconvenience, and thank you for bearing with us!

Warm regards,
Megan
AWS Training and Certification
""" % (T1_OLD, T1_KEEP)
    quoted = ("On Wed, Mar 12, 2025 at 7:12 PM Priya Raman <%s> wrote:\n" % to) + quote_gt(T1_USER_REPLY1)
    subj = "RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted), new=new)


@mail("form-reply-green-light")
def m_t1_ack_confirm(f, l, k):
    w = dt(2025, 3, 14, 8, 5, 2)
    to = T1_USER[1]
    new = """Hey Priya,

Got your reply - thanks for giving us the green light! I've passed this along and the work to bring your two profiles together is now underway on our end.

Nothing you need to do right now. Once everything's wrapped up you'll hear from us again, and heads up: it can take a day or so after that for your transcript and Credly to catch up.

Thanks,
Josh
AWS Training and Certification
"""
    inner = """Hi Priya,

I'm so sorry for the wait on this one - and thank you (really!) for sending the sign-in details over so quickly.

  Folded in and then retired:      %s (sign-in: p.raman@contoso-analytics.com)
  Stays open and receives everything: %s (sign-in: priya.raman.dev@gmail.com)

If the above looks right, could you please reply to this email to say so?

Warm regards,
Megan""" % (T1_OLD, T1_KEEP)
    quoted = ("On Thu, Mar 13, 2025 at 9:48 PM Priya Raman <%s> wrote:\n" % to + quote_gt(
        "Hi Megan,\n\nYes, the details are correct. Please proceed.\n\nPriya\n\n"
        "On Thu, Mar 13, 2025 at 4:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
        + quote_gt(inner)))
    subj = "RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted), new=new)


@mail("form-reply-done-on-our-side")
def m_t1_done(f, l, k):
    w = dt(2025, 3, 14, 19, 30, 51)
    to = T1_USER[1]
    new = """Hi Priya,

Quick update. All done on our side.
- %s: closed. Contents moved over.
- %s: the one you keep. Certs + exam history all there now.
Sign in with priya.raman.dev@gmail.com from now on.
Credly - can take 24-48h to show. Badges not there by then? Reply here.

Thanks,
Dev
AWS T&C
""" % (T1_OLD.lower(), T1_KEEP)
    quoted = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 14, 2025 8:05 AM
To: priya.raman.dev@gmail.com
Subject: RE:[CASE %s] %s

Hey Priya,

Got your reply - thanks for giving us the green light! I've passed this along and the work to bring your two profiles together is now underway on our end.

Thanks,
Josh""" % (T1_CASE, FORM_SUBJ)
    subj = "RE:[CASE %s] %s" % (T1_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_completed", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted, cte="base64"), new=new)


@mail("how-did-we-do-priya")
def m_t1_survey(f, l, k):
    w = dt(2025, 3, 14, 19, 31, 40)
    to = T1_USER[1]
    new = """Hello Priya,

Your case %s has been marked as resolved and is now closed.

Was your issue resolved?
YES  |  NO

How would you rate the help you received from Dev?
1 2 3 4 5

It takes less than a minute, and every answer is read by the team that handled your request.

If something is still not right, simply reply to your last message from us and the case will be reopened.

AWS Training and Certification
""" % T1_CASE
    link = "https://survey.aws-training.amazon.com/r/%s?case=%s" % (alnum(12), T1_CASE)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case closed</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<p>Hello Priya,</p>
<p>Your case <b>%s</b> has been marked as resolved and is now closed.</p>
<p style="font-size:18px"><b>Was your issue resolved?</b></p>
<p><a href="%s&amp;r=yes" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none">YES</a>
&nbsp; <a href="%s&amp;r=no" style="background:#d5dbdb;color:#000;padding:10px 28px;text-decoration:none">NO</a></p>
<p>How would you rate the help you received from Dev?</p>
<p>%s</p>
<p>It takes less than a minute, and every answer is read by the team that handled your request.</p>
<p>If something is still not right, simply reply to your last message from us and the case will be reopened.</p>
<p>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
""" % (T1_CASE, link, link, " ".join('<a href="%s&amp;stars=%d">%d&#9733;</a>' % (link, i, i) for i in range(1, 6)))
    subj = "How did we do? Your AWS Training and Certification case %s" % T1_CASE
    emit(f, l, k, kind="survey", case_id=T1_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=tpart(html, "html", "utf-8", "quoted-printable"), new=new)


def credly_html(greet, lines, badge, button, url, foot_extra=""):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="background-color:#f5f5f5;margin:0">
<table class="body" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table class="container" width="580" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px"><img alt="Credly" src="https://images.credly.com/images/credly-logo.png" width="96"></td></tr>
<tr><td style="padding:0 20px">
<p style="font-size:20px">%s</p>
%s
<table><tr><td><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="110" alt="badge"></td>
<td style="padding-left:12px;font-size:16px"><b>%s</b><br>AWS Training and Certification</td></tr></table>
<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;border-radius:4px;padding:12px 24px;text-decoration:none;font-weight:bold">%s</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">%sCredly, Inc. 1250 Broadway, 4th Floor, New York, NY 10001<br>
<a href="https://www.credly.com/notification_preferences">Manage email preferences</a> | <a href="https://www.credly.com/privacy">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
""" % (esc(greet), "\n".join("<p>%s</p>" % esc(x) for x in lines), uid(), esc(badge), url, esc(button), foot_extra)


@mail("credly-saa-waiting")
def m_t1_credly(f, l, k):
    w = dt(2025, 3, 15, 2, 10, 9)
    to = T1_USER[1]
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    url = "https://www.credly.com/earner/earned/badge/%s?utm_source=email" % uid()
    lines = ["AWS Training & Certification has set aside a badge in your name. It is waiting for you to add it to your profile - once you do, you can share it on LinkedIn or in your email signature.",
             "Because your certification records were recently brought together into a single account, this badge now appears under priya.raman.dev@gmail.com."]
    new = "Priya, there's a badge with your name on it\n\n" + "\n\n".join(lines) + "\n\n" + badge + "\n\nAccept your badge: " + url + "\n"
    html = credly_html("Priya, there's a badge with your name on it", lines, badge, "Accept your badge", url)
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=credly_trace_gmail(to, w),
         hdrs=credly_hdrs("AWS Training & Certification via Credly", to, "Priya, a badge from AWS Training & Certification is waiting for you", w),
         body=alt(tpart(new + "\n--\nCredly, Inc. 1250 Broadway, New York, NY 10001\n", "plain", "utf-8", "quoted-printable"),
                  tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)),
         new=new)


@mail("confirm-profile-consolidation-24h")
def m_t1_phish(f, l, k):
    w = dt(2025, 3, 13, 18, 2, 55)
    to = T1_USER[1]
    ip = "185.212.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    host = "mail.aws-certmerge.com"
    mf = "bounce@aws-certmerge.com"
    auth = Auth(dkim=[("pass", "aws-certmerge.com", "default")], spf=("pass", mf, ip),
                dmarc=("pass", "NONE"), from_dom="aws-certmerge.com")
    new = """Dear Candidate,

We have received a request to consolidate the certification profiles associated with candidate number %s.

To proceed, we need you to confirm that the profile details below are accurate. The profile that is not retained will be permanently deactivated.

  Primary profile (retained): %s
  Secondary profile: will be identified after sign-in

Please confirm within 24 hours, otherwise the request will be cancelled and your certifications may become temporarily unavailable:

  https://aws-certmerge.com/confirm?token=%s

Thank you for choosing AWS Certification.

AWS Certification Support Team
""" % (T1_KEEP, T1_KEEP, alnum(40))
    hdrs = [("From", addr("AWS Certification Support", "support@aws-certmerge.com")), ("To", to),
            ("Subject", "Action required: confirm your certification profile consolidation"),
            ("Date", rfc(w)), ("Message-ID", "<%s@aws-certmerge.com>" % uid()),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    emit(f, l, k, kind="merge_confirmation_requested", case_id=None, verified=False, lang="en",
         trace=gmail_trace(to, host, ip, mf, w, auth) + [dkim_sig("aws-certmerge.com", "default", w)],
         hdrs=hdrs, body=std_alt(new, boundary="b1_" + hexs(32)), new=new)


@mail("certmetrics-hear-from-you")
def m_t1_certmetrics(f, l, k):
    w = dt(2025, 4, 22, 15, 0, 12)
    to = T1_USER[1]
    ip = "198.2.%d.%d" % (R.randint(128, 191), R.randint(1, 254))
    host = "mail%d.certmetrics.com" % R.randint(1, 4)
    mf = "do-not-reply@certmetrics.com"
    auth = Auth(dkim=[("pass", "certmetrics.com", "k1")], spf=("pass", mf, ip), dmarc=("pass", "REJECT"), from_dom="certmetrics.com")
    new = """Dear Priya Raman,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification experience and how it has helped your career.

Candidate ID: %s

Take the survey: https://www.certmetrics.com/amazon/survey/%s

This survey closes on May 15, 2025.

Thank you,
AWS Training and Certification

This is an automated message sent by CertMetrics on behalf of AWS Certification. Please do not reply.
""" % (T1_KEEP, alnum(16))
    hdrs = [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", to),
            ("Subject", "AWS Certification wants to hear from you"), ("Date", rfc(w)),
            ("Message-ID", "<%s@certmetrics.com>" % uid())]
    emit(f, l, k, kind="unrelated", case_id=None, verified=False, lang="en",
         trace=gmail_trace(to, host, ip, mf, w, auth) + [dkim_sig("certmetrics.com", "k1", w)],
         hdrs=hdrs, body=std_alt(new, cte="7bit"), new=new)


@mail("pearson-appointment")
def m_t1_pearson(f, l, k):
    w = dt(2025, 2, 20, 10, 44, 3)
    to = T1_USER[1]
    ip = "52.169.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    host = "mta.pearsonvue.com"
    mf = "noreply@pearsonvue.com"
    auth = Auth(dkim=[("pass", "pearsonvue.com", "selector1")], spf=("pass", mf, ip), dmarc=("pass", "REJECT"), from_dom="pearsonvue.com")
    new = """Dear Priya Raman,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Saturday, March 8, 2025 at 10:00 AM India Standard Time
Delivery: OnVUE online proctored
Candidate ID: %s
Registration ID: 5%08d

Please check in 30 minutes before your appointment. Make sure you have an acceptable form of ID.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""" % (T1_OLD, R.randint(10000000, 99999999))
    hdrs = [("From", addr("Pearson VUE", "noreply@pearsonvue.com")), ("To", to),
            ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", rfc(w)),
            ("Message-ID", "<%s@pearsonvue.com>" % uid())]
    emit(f, l, k, kind="unrelated", case_id=None, verified=False, lang="en",
         trace=gmail_trace(to, host, ip, mf, w, auth) + [dkim_sig("pearsonvue.com", "selector1", w)],
         hdrs=hdrs, body=std_alt(new, boundary=outlook_boundary()), new=new)



# ---------------------------------------------------------------- T2 -----
# Tomasz Wisniewski, outlook.com, console case, three profiles
T2_OPEN = dt(2024, 11, 4, 9, 15, 40)
T2_CASE = case15(T2_OPEN, 3182)
T2_USER = ("Tomasz Wi\u015bniewski", "t.wisniewski@outlook.com")
T2_A, T2_KEEP, T2_C = "AWS00912834", "AWS21554710", "AWS30987716"
T2_SUBJ = "Merge three AWS Certification profiles into one"


def console_body(new, case, sig, cte="quoted-printable", charset="utf-8", html_only=False):
    text = new.rstrip("\n") + "\n\n" + CONSOLE_FOOTER.format(sig=sig, case=case) + "\n"
    html = ("<html><body><div style=\"font-family:Arial,sans-serif;font-size:13px\">%s</div></body></html>\n"
            % paras_html(new + "\n\n" + CONSOLE_FOOTER.format(sig=sig, case=case)))
    if html_only:
        return tpart(html, "html", charset, cte)
    return alt(tpart(text, "plain", charset, cte), tpart(html, "html", charset, cte), boundary=java_boundary())


@mail("console-new-case-three-profiles")
def m_t2_ack(f, l, k):
    w = T2_OPEN + timedelta(seconds=27)
    to = T2_USER[1]
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: (see the AWS Support Center)

You will receive a reply from a member of our team in the Support Center. While you wait, you can add details or attachments to this case at any time.

Thank you,
Amazon Web Services
""" % (T2_CASE, T2_CASE, T2_SUBJ)
    text = new + """
To view or update your case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % T2_CASE
    emit(f, l, k, kind="case_created", case_id=T2_CASE, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "Amazon Web Services: You have opened a new Support case: %s" % T2_CASE, w),
         body=alt(tpart(text, "plain", "utf-8", "base64"), tpart("<html><body>%s</body></html>\n" % paras_html(text), "html", "utf-8", "base64"),
                  boundary=java_boundary()),
         new=new)


@mail("console-reply-plan-before-change")
def m_t2_confirm(f, l, k):
    w = dt(2024, 11, 5, 13, 48, 10)
    to = T2_USER[1]
    new = """Hello Tomasz,

Thank you for waiting. I have checked all three profiles which you have listed. Before I will make any change, I need that you confirm me the plan below:

- %s - will be joined into main profile and after that closed
- %s - will be joined into main profile and after that closed
- %s - is main profile, stays active, all certifications and exam history go here

Please be aware, this operation is not possible to revert. When it is done, the profiles cannot be separated again and the two closed IDs will not be usable anymore.

Because this e-mail address cannot receive answers, please write in the case in Support Center that you agree with the plan, or, if something is wrong, write which profile should stay instead.""" % (T2_A, T2_C, T2_KEEP)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T2_CASE, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (T2_CASE, T2_SUBJ), w),
         body=console_body(new, T2_CASE, "Best regards,\nAgnieszka\nAmazon Web Services"), new=new)


@mail("case-new-correspondence-notice")
def m_t2_notice(f, l, k):
    w = dt(2024, 11, 5, 13, 48, 12)
    to = T2_USER[1]
    new = """Hello,

There is an update on your support case %s (%s).

Sign in to the AWS Support Center to read the latest message and to respond:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (T2_CASE, T2_SUBJ, T2_CASE)
    text = new + "\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n"
    emit(f, l, k, kind="support_reply", case_id=T2_CASE, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "[Case %s] New correspondence added" % T2_CASE, w),
         body=tpart(text, "plain", "us-ascii", "7bit"), new=new)


@mail("console-reply-all-in-one-place")
def m_t2_done(f, l, k):
    w = dt(2024, 11, 7, 10, 2, 33)
    to = T2_USER[1]
    new = """Hi Tomasz! \U0001F389

Great news \u2014 everything has been moved over, and your three profiles are now living happily under one roof: %s \U0001F64C

Your exam history, certifications and the 50%% discount benefit are all sitting there now. The other two IDs (%s and %s) won\u2019t let you sign in anymore, so please use the e-mail tied to %s from here on.

Heads-up: Credly sometimes needs a day or two to catch up \u2014 if your badges haven\u2019t shown up by then, just give us a shout in this case and we\u2019ll sort it \U0001F60A""" % (T2_KEEP, T2_A, T2_C.lower(), T2_KEEP)
    emit(f, l, k, kind="merge_completed", case_id=T2_CASE, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (T2_CASE, T2_SUBJ), w),
         body=console_body(new, T2_CASE, "Cheers,\nBea\nAmazon Web Services", cte="base64"), new=new)


@mail("console-case-resolved-rate")
def m_t2_survey(f, l, k):
    w = dt(2024, 11, 14, 10, 5, 1)
    to = T2_USER[1]
    new = """Hello,

Your AWS Support case %s, "%s", was resolved on November 7, 2024 and has now been closed automatically because there was no further activity.

We would like to know how we did. Please take a moment to rate your experience:

  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
  https://console.aws.amazon.com/support/feedback?displayId=%s

If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days.

Sincerely,
Amazon Web Services
""" % (T2_CASE, T2_SUBJ, T2_CASE)
    emit(f, l, k, kind="survey", case_id=T2_CASE, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "Amazon Web Services: Support case %s has been closed" % T2_CASE, w),
         body=tpart(new, "plain", "utf-8", "quoted-printable", fmt_flowed=True), new=new)


def credly_trace_outlook(to, when):
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 254))
    host = "o%d.em.credly.com" % R.randint(1, 9)
    mf = "bounces+%d-%s-%s@em.credly.com" % (R.randint(1000000, 9999999), hexs(4), to.replace("@", "="))
    auth = Auth(dkim=[("pass", "credly.com", "s1")], spf=("pass", mf, ip), dmarc=("pass", "QUARANTINE"), from_dom="credly.com")
    return outlook_trace(to, host, ip, mf, when, auth, tenant="eurprd03") + [
        dkim_sig("credly.com", "s1", when, hlist="from:subject:mime-version:content-type:to", c="relaxed/relaxed")]


@mail("credly-badges-new-home")
def m_t2_credly(f, l, k):
    w = dt(2024, 11, 8, 4, 40, 19)
    to = T2_USER[1]
    url = "https://www.credly.com/badges/accept_all?token=%s" % alnum(32)
    lines = ["Your AWS Certification records were recently consolidated, so the badges that used to sit on your other Credly profile have been reissued here.",
             "3 badges are ready for you: AWS Certified Cloud Practitioner, AWS Certified Developer - Associate, AWS Certified DevOps Engineer - Professional.",
             "Claim them to keep showing them on your public profile."]
    new = "Tomasz, your badges have a new home\n\n" + "\n\n".join(lines) + "\n\nAccept your badges: " + url + "\n"
    html = credly_html("Tomasz, your badges have a new home", lines, "3 badges from AWS Training & Certification", "Accept your badges", url)
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=credly_trace_outlook(to, w),
         hdrs=credly_hdrs("AWS Training & Certification via Credly", to, "Your AWS badges are ready to accept", w) + outlook_tail(w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "base64"), boundary=hexs(32)),
         new=new)


# ---------------------------------------------------------------- T3 -----
# Daniel Okafor, Gmail, form case, 11-digit id (2022)
T3_CASE = "10982746531"
T3_USER = ("Daniel Okafor", "dokafor.cloud@gmail.com")
T3_KEEP, T3_OLD = "AWS11223409", "AWS09876012"


@mail("form-ack-2022-wrong-charset")
def m_t3_ack(f, l, k):
    w = dt(2022, 9, 5, 21, 14, 50)
    to = T3_USER[1]
    new = """Hello Daniel,

We\u2019ve got it \u2014 thanks for writing to AWS Training and Certification.

Case ID: %s

A specialist will pick up your request and reply to this address. Most requests get a first answer within one business day; at busy times it can take a little longer.

A few tips while you wait:
\u2022 Reply to this e-mail if you need to add information \u2014 please don\u2019t submit the form a second time.
\u2022 Keep \u201c[CASE %s]\u201d in the subject line so your message reaches the right person.

Best,
AWS Training and Certification
""" % (T3_CASE, T3_CASE)
    subj = "[CASE %s] %s" % (T3_CASE, FORM_SUBJ)
    body = tpart(new + FORM_FOOTER + "\n", "plain", "utf-8", "8bit", label="us-ascii")
    emit(f, l, k, kind="case_created", case_id=T3_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=body, new=new)


@mail("form-reply-kindly-revert-primary")
def m_t3_chaser(f, l, k):
    w = dt(2022, 9, 9, 3, 30, 5)
    to = T3_USER[1]
    new = """Good day Daniel!

Please be informed that we have not yet received your response to our previous e-mail dated September 6, 2022.

May we know which of your two profiles you would like to retain as your primary one? Kindly also provide the e-mail address you used for your exam at Pearson VUE so that we can validate the ownership.

For your reference, below are the profiles we located under your name:
   1. AWS 11223409
   2. AWS 09876012

Kindly reply within three (3) business days. Otherwise, this case will be set to resolved, but you may still reply to re-open it.

Thank you for your understanding and have a blessed day!

Respectfully yours,
Ma. Kristine
AWS Training and Certification
"""
    quoted = """---- On Tue, 06 Sep 2022 10:02:11 +0000 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote ----

Hello Daniel,

Thank you for reaching out. To move forward we need to know which profile you would like to keep. Please let us know.

Regards,
Mateo
AWS Training and Certification"""
    subj = "RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T3_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, quoted, cte="base64"), new=new)


@mail("form-reply-express-consent")
def m_t3_confirm(f, l, k):
    w = dt(2022, 9, 12, 17, 5, 44)
    to = T3_USER[1]
    new = """Dear Mr. Okafor,

Reference is made to your correspondence of 9 September 2022 concerning the duplicate candidate records held in your name.

Before any action is taken, we are required to obtain your express confirmation of each of the following:

(a) the candidate record designated %s (the "Source Record") shall be consolidated into the candidate record designated %s (the "Surviving Record");
(b) upon completion, all certifications, examination history and associated benefits presently held under the Source Record shall be held under the Surviving Record, and the Source Record shall cease to be accessible;
(c) the foregoing action is final and irreversible, and the records cannot subsequently be separated; and
(d) the e-mail address dokafor.cloud@gmail.com shall be the sign-in address of the Surviving Record.

Kindly signify your assent to items (a) through (d) by replying to this message. In the absence of such confirmation no change will be made to either record.

Respectfully,

Harold
AWS Training and Certification
""" % (T3_OLD, T3_KEEP)
    quoted = ("On Fri, Sep 9, 2022 at 8:51 AM Daniel Okafor <%s> wrote:\n" % to) + quote_gt(
        "Hi, sorry for the late reply. Please keep %s, that's the one with my Gmail. The other one used daniel.okafor@lagosfintech.ng for the exam.\n\nDaniel" % T3_KEEP)
    subj = "RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T3_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, quoted), new=new)


@mail("form-reply-request-treated")
def m_t3_done(f, l, k):
    w = dt(2022, 9, 14, 8, 12, 9)
    to = T3_USER[1]
    new = """Good day Daniel,

Trust you are doing great.

This is to notify you that your request has been treated. Your two certification records have now become one, and everything you earned is now under %s. The old record, %s, has been retired and can no longer be used to log in.

Kindly log in with dokafor.cloud@gmail.com to check that all is in order. Should you notice anything amiss, do not hesitate to reach out to us via this same thread.

Do have a lovely week ahead.

Warm regards,
Chidinma
AWS Training and Certification
""" % (T3_KEEP, T3_OLD)
    quoted = ("On Mon, Sep 12, 2022 at 7:40 PM Daniel Okafor <%s> wrote:\n" % to) + quote_gt(
        "I confirm (a) to (d). Thanks.\n\nOn Mon, Sep 12, 2022 at 5:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
        + quote_gt("Dear Mr. Okafor,\n\n(a) the candidate record designated %s (the \"Source Record\") shall be consolidated into the candidate record designated %s (the \"Surviving Record\");\n..." % (T3_OLD, T3_KEEP)))
    subj = "RE:[CASE %s] %s" % (T3_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_completed", case_id=T3_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, quoted), new=new)


@mail("form-case-closing-reopen-7-days")
def m_t3_survey(f, l, k):
    w = dt(2022, 9, 14, 8, 13, 30)
    to = T3_USER[1]
    new = """Hello,

We're closing case %s now. If anything is still outstanding, reply to this message within 7 days and the case will reopen automatically.

Could you spare one minute to tell us how it went? Your answers go straight to the team and help us improve.

Rate your experience: https://aws-tc-feedback.amazon.com/s/%s?cid=%s

Thank you for being an AWS Certified professional.

AWS Training and Certification
""" % (T3_CASE, alnum(10), T3_CASE)
    subj = "Case %s closed - tell us how we did" % T3_CASE
    emit(f, l, k, kind="survey", case_id=T3_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, cte="7bit", charset="us-ascii"), new=new)


@mail("credly-dva-ready-html-only")
def m_t3_credly(f, l, k):
    w = dt(2022, 9, 15, 13, 2, 0)
    to = T3_USER[1]
    url = "https://www.credly.com/earner/earned/badge/%s" % uid()
    lines = ["Congratulations, Daniel! AWS Training and Certification has just sent you a digital credential.",
             "Claim it now and let your network know what you can do."]
    html = credly_html("A new credential for you", lines, "AWS Certified Developer \u2013 Associate", "Accept your badge", url)
    new = "A new credential for you\n" + "\n".join(lines) + "\nAWS Certified Developer \u2013 Associate\nAccept your badge\n"
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=credly_trace_gmail(to, w),
         hdrs=credly_hdrs("AWS Training and Certification via Credly", to, "Daniel, claim your AWS Certified Developer \u2013 Associate badge", w),
         body=tpart(html, "html", "utf-8", "base64"), new=new)


# ---------------------------------------------------------------- T4 -----
# Ken Sato, nifty, console case opened in Japanese
T4_OPEN = dt(2025, 5, 27, 23, 2, 0)
T4_CASE = case15(T4_OPEN, 6071)
T4_USER = ("\u4f50\u85e4 \u5065", "k-sato@nifty.com")
T4_KEEP, T4_OLD = "AWS27750031", "AWS05519208"
T4_SUBJ = "\u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u304c\u4e8c\u91cd\u306b\u306a\u3063\u3066\u3044\u308b\u4ef6"  # 認定アカウントが二重になっている件

JA_FOOTER = """========================================================

\u30b1\u30fc\u30b9\u306e\u4e00\u89a7\u3092\u8868\u793a\u3059\u308b\u306b\u306f\u3001AWS \u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u306b\u30a2\u30af\u30bb\u30b9\u3057\u3066\u304f\u3060\u3055\u3044: https://console.aws.amazon.com/support/home#/

\u3053\u306e\u30b1\u30fc\u30b9\u306b\u3064\u3044\u3066\u518d\u5ea6\u304a\u554f\u3044\u5408\u308f\u305b\u3044\u305f\u3060\u304f\u5834\u5408\u306f\u3001\u6b21\u306e URL \u304b\u3089 AWS \u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u306b\u304a\u623b\u308a\u304f\u3060\u3055\u3044:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

\u203b\u3053\u306e\u30e1\u30fc\u30eb\u306f\u9001\u4fe1\u5c02\u7528\u30a2\u30c9\u30ec\u30b9\u304b\u3089\u9001\u4fe1\u3055\u308c\u3066\u3044\u307e\u3059\u3002\u3053\u306e\u30e1\u30fc\u30eb\u306b\u8fd4\u4fe1\u3055\u308c\u3066\u3082\u304a\u7b54\u3048\u3067\u304d\u307e\u305b\u3093\u3002

====================================================================
Amazon Web Services, Inc. \u306f Amazon.com, Inc. \u306e\u95a2\u9023\u4f1a\u793e\u3067\u3059\u3002"""


def nifty_trace(to, when, auth=None):
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(when)
    auth = auth or amz_auth(mf, ip)
    return generic_trace(to, host, ip, mf, when, auth, mx="mta-snd%02d.mail.nifty.com" % R.randint(1, 30),
                         authserv="mx.nifty.com", tz=JST) + amz_dkims(when)


@mail("console-ja-new-case")
def m_t4_ack(f, l, k):
    w = T4_OPEN + timedelta(seconds=31)
    to = T4_USER[1]
    new = """Amazon Web Services \u306b\u304a\u554f\u3044\u5408\u308f\u305b\u3044\u305f\u3060\u304d\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002\u304a\u554f\u3044\u5408\u308f\u305b\u306e\u5185\u5bb9\u306b\u5bfe\u5fdc\u3059\u308b\u305f\u3081\u3001\u30b1\u30fc\u30b9 %s \u3092\u53d7\u3051\u4ed8\u3051\u307e\u3057\u305f\u3002

\u30b1\u30fc\u30b9\u306e\u8a73\u7d30\u306f\u4ee5\u4e0b\u306e\u3068\u304a\u308a\u3067\u3059\u3002

\u30b1\u30fc\u30b9 ID: %s
\u4ef6\u540d: %s
\u91cd\u8981\u5ea6: \u4e00\u822c\u7684\u306a\u30ac\u30a4\u30c0\u30f3\u30b9

\u62c5\u5f53\u8005\u3088\u308a\u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u306b\u3066\u3054\u9023\u7d61\u3044\u305f\u3057\u307e\u3059\u306e\u3067\u3001\u4eca\u3057\u3070\u3089\u304f\u304a\u5f85\u3061\u304f\u3060\u3055\u3044\u3002

Amazon Web Services
""" % (T4_CASE, T4_CASE, T4_SUBJ)
    text = new + "\n" + JA_FOOTER.format(case=T4_CASE) + "\n"
    subj = "Amazon Web Services: \u65b0\u3057\u3044\u30b5\u30dd\u30fc\u30c8\u30b1\u30fc\u30b9\u3092\u53d7\u3051\u4ed8\u3051\u307e\u3057\u305f: %s" % T4_CASE
    emit(f, l, k, kind="case_created", case_id=T4_CASE, verified=True, lang="ja",
         trace=nifty_trace(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, subj, w, charset="iso-2022-jp"),
         body=tpart(text, "plain", "iso-2022-jp", "7bit"), new=new)


@mail("console-ja-which-to-keep")
def m_t4_ask(f, l, k):
    w = dt(2025, 5, 29, 1, 15, 42)
    to = T4_USER[1]
    new = """\u4f50\u85e4 \u69d8

\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30b5\u30dd\u30fc\u30c8\u62c5\u5f53\u306e\u5c71\u672c\u3067\u3054\u3056\u3044\u307e\u3059\u3002
\u3053\u306e\u305f\u3073\u306f\u304a\u554f\u3044\u5408\u308f\u305b\u3044\u305f\u3060\u304d\u3001\u8aa0\u306b\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002

\u3054\u9023\u7d61\u3044\u305f\u3060\u304d\u307e\u3057\u305f 2 \u3064\u306e\u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\uff08%s\u3001%s\uff09\u306b\u3064\u304d\u307e\u3057\u3066\u3001\u4f5c\u696d\u3092\u9032\u3081\u308b\u524d\u306b\u3044\u304f\u3064\u304b\u78ba\u8a8d\u3055\u305b\u3066\u3044\u305f\u3060\u304d\u305f\u3044\u70b9\u304c\u3054\u3056\u3044\u307e\u3059\u3002

1. \u4eca\u5f8c\u3054\u5229\u7528\u306b\u306a\u308b\u30a2\u30ab\u30a6\u30f3\u30c8\u306f\u3069\u3061\u3089\u3092\u3054\u5e0c\u671b\u3067\u3057\u3087\u3046\u304b\u3002
2. \u305d\u308c\u305e\u308c\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\u306b\u30b5\u30a4\u30f3\u30a4\u30f3\u3055\u308c\u308b\u969b\u306e\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\u3092\u304a\u77e5\u3089\u305b\u3044\u305f\u3060\u3051\u307e\u3059\u3067\u3057\u3087\u3046\u304b\u3002

\u304a\u624b\u6570\u3092\u304a\u304b\u3051\u3044\u305f\u3057\u307e\u3059\u304c\u3001\u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u306e\u30b1\u30fc\u30b9\u30da\u30fc\u30b8\u3088\u308a\u3054\u56de\u7b54\u3044\u305f\u3060\u3051\u307e\u3059\u3068\u5e78\u3044\u3067\u3059\u3002
\u4f55\u5352\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002

\u5c71\u672c
Amazon Web Services
""" % (T4_KEEP, T4_OLD)
    text = new + "\n" + JA_FOOTER.format(case=T4_CASE) + "\n"
    subj = "RE:[CASE %s] %s" % (T4_CASE, T4_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T4_CASE, verified=True, lang="ja",
         trace=nifty_trace(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, subj, w, charset="iso-2022-jp"),
         body=tpart(text, "plain", "iso-2022-jp", "7bit"), new=new)


@mail("console-ja-matomeru-kanryo")
def m_t4_done(f, l, k):
    w = dt(2025, 5, 31, 6, 40, 3)
    to = T4_USER[1]
    new = """\u4f50\u85e4 \u69d8

\u3044\u3064\u3082\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002AWS \u30b5\u30dd\u30fc\u30c8\u306e\u4e2d\u6751\u3067\u3054\u3056\u3044\u307e\u3059\u3002

\u5148\u65e5\u3054\u627f\u8afe\u3092\u3044\u305f\u3060\u304d\u307e\u3057\u305f\u30a2\u30ab\u30a6\u30f3\u30c8\u306e\u4ef6\u3001\u672c\u65e5\u3059\u3079\u3066\u306e\u4f5c\u696d\u3092\u7d42\u3048\u307e\u3057\u305f\u306e\u3067\u3054\u5831\u544a\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002

\u30fb\u5f15\u304d\u7d9a\u304d\u3054\u5229\u7528\u3044\u305f\u3060\u304f\u30a2\u30ab\u30a6\u30f3\u30c8: %s
\u30fb\u4ee5\u524d\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\uff08%s\uff09\u306e\u8a8d\u5b9a\u8cc7\u683c\u30fb\u53d7\u9a13\u5c65\u6b74\u306f\u3059\u3079\u3066\u4e0a\u8a18\u30a2\u30ab\u30a6\u30f3\u30c8\u3078\u79fb\u3057\u3001\u4e00\u3064\u306b\u307e\u3068\u3081\u3066\u304a\u308a\u307e\u3059\u3002

Credly \u306e\u30d0\u30c3\u30b8\u306b\u3064\u304d\u307e\u3057\u3066\u306f\u3001\u53cd\u6620\u307e\u3067\u6570\u65e5\u304b\u304b\u308b\u5834\u5408\u304c\u3054\u3056\u3044\u307e\u3059\u3002\u3054\u4e0d\u660e\u306a\u70b9\u304c\u3054\u3056\u3044\u307e\u3057\u305f\u3089\u3001\u304a\u6c17\u8efd\u306b\u3054\u9023\u7d61\u304f\u3060\u3055\u3044\u3002

\u4eca\u5f8c\u3068\u3082\u3069\u3046\u305e\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002

\u4e2d\u6751
Amazon Web Services
""" % (T4_KEEP, T4_OLD)
    text = new + "\n" + JA_FOOTER.format(case=T4_CASE) + "\n"
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Meiryo',sans-serif\">%s</body></html>\n" % paras_html(text)
    subj = "RE:[CASE %s] %s" % (T4_CASE, T4_SUBJ)
    emit(f, l, k, kind="merge_completed", case_id=T4_CASE, verified=True, lang="ja",
         trace=nifty_trace(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, subj, w),
         body=alt(tpart(text, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=java_boundary()),
         new=new)


# ---------------------------------------------------------------- T5 -----
# Maria Gonzalez, Yahoo, 2019, 10-digit case, Acclaim era
T5_CASE = "6201184571"
T5_USER = ("Maria Gonz\u00e1lez", "maria.gonzalez77@yahoo.com")
T5_OLD, T5_KEEP = "AWS00458812", "AWS00781134"


def yahoo_trace(to, when, auth=None, mf=None, host=None, ip=None):
    if host is None:
        host, ip = R.choice(SES_IPS[:4])
    LAST["ip"] = ip
    mf = mf or ses_return_path(when)
    auth = auth or amz_auth(mf, ip)
    t = when + timedelta(seconds=R.randint(1, 4))
    ar = ("atlas%d.free.mail.ne1.yahoo.com;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;" % (
        R.randint(100, 230), auth.dkim[0][0], auth.dkim[0][1], auth.dkim[0][2], auth.spf[0], mf.split("@")[-1],
        auth.dmarc[0], auth.dmarc[1], auth.from_dom))
    return ["X-Apparently-To: %s; %s" % (to, rfc(t)),
            "Return-Path: <%s>" % mf,
            "Received-SPF: %s (domain of %s designates %s as permitted sender)" % (auth.spf[0], mf.split("@")[-1], ip),
            "X-YMailISG: %s" % b64s(60),
            "X-Originating-IP: [%s]" % ip,
            "Authentication-Results: " + ar,
            "Received: from %s (EHLO %s)\n by 10.197.%d.%d with SMTPs; %s" % (ip, host, R.randint(1, 254), R.randint(1, 254), rfc(t)),
            "X-Yahoo-Newman-Property: ymail-3"]


@mail("form-ack-2019-logged")
def m_t5_ack(f, l, k):
    w = dt(2019, 4, 8, 16, 22, 5)
    to = T5_USER[1]
    new = """*** This is an automated message. ***

Hello,

Your message to AWS Training and Certification has been logged with reference number %s.

Our team answers in the order requests come in. You should hear from a person within one to two business days.

If you have more to tell us, reply to this e-mail. Please do not change the subject line.

Thank you,
AWS Training and Certification Customer Support
""" % T5_CASE
    subj = "[CASE %s] AWS Training and Certification Inquiry" % T5_CASE
    emit(f, l, k, kind="case_created", case_id=T5_CASE, verified=True, lang="en",
         trace=yahoo_trace(to, w) + amz_dkims(w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=tpart(new, "plain", "us-ascii", "7bit"), new=new)


@mail("form-reply-2019-checklist")
def m_t5_ask(f, l, k):
    w = dt(2019, 4, 9, 19, 3, 11)
    to = T5_USER[1]
    new = """Hello Maria,

Thanks for contacting us. To move your request forward I need a few items from you:

[ ] 1. Reason for the request (for example: created a second profile by mistake, changed employer, changed name)
[ ] 2. Sign-in e-mail for AWS-00458812
[ ] 3. Sign-in e-mail for AWS-00781134
[ ] 4. Which of the two you want to remain active
[ ] 5. A scan or photo is NOT needed - please do not send ID documents by e-mail

Once I have 1-4, I will prepare the next step and write to you again.

Regards,
Wendell
AWS Training and Certification Customer Support
"""
    quoted = """-----Original Message-----
From: Maria Gonz\u00e1lez [mailto:maria.gonzalez77@yahoo.com]
Sent: Monday, April 08, 2019 4:22 PM
To: AWS Training and Certification
Subject: AWS Training and Certification Inquiry

Hi, I have 2 certification accounts, AWS00458812 and AWS00781134. Can you help me please?
Maria"""
    subj = "RE:[CASE %s] AWS Training and Certification Inquiry" % T5_CASE
    emit(f, l, k, kind="support_reply", case_id=T5_CASE, verified=True, lang="en",
         trace=yahoo_trace(to, w) + amz_dkims(w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted, charset="iso-8859-1"), new=new)


@mail("form-reply-2019-unify")
def m_t5_confirm(f, l, k):
    w = dt(2019, 4, 11, 14, 47, 36)
    to = T5_USER[1]
    new = """Dear Maria,

Thank you for your patience. I have revised the information you sent and I can see effectively that you have two profiles at your name: %s and %s.

Is it correct that you wish to unify them, leaving as principal the profile %s (the one with your Yahoo e-mail)? In this case, the certifications of %s will pass to the principal one, and the other will stay inactive.

I must advise you that, once realized, this process cannot be reverted.

Please respond to this e-mail confirming so I can proceed with the solicitude.

Greetings,
Alejandro
AWS Training and Certification Customer Support
""" % (T5_OLD, T5_KEEP, T5_KEEP, T5_OLD)
    quoted = ("On Wednesday, April 10, 2019, 09:12:40 AM EDT, Maria Gonz\u00e1lez <%s> wrote:\n\n" % to) + \
        "1. I created the second one with my work email by mistake\n2. mgonzalez@tecnored.mx\n3. this yahoo email\n4. keep the yahoo one please\n\nThank you!"
    subj = "RE:[CASE %s] AWS Training and Certification Inquiry" % T5_CASE
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T5_CASE, verified=True, lang="en",
         trace=yahoo_trace(to, w) + amz_dkims(w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=std_alt(new, quoted, charset="windows-1252", cte="quoted-printable"), new=new)


@mail("form-reply-2019-status-fulfilled")
def m_t5_done(f, l, k):
    w = dt(2019, 4, 12, 22, 9, 58)
    to = T5_USER[1]
    new = """Maria,

Status update on your request:

  Request type ....... profile consolidation
  Source profile ..... aws00458812 (inactive)
  Target profile ..... AWS00781134 (active)
  Result ............. fulfilled
  Action for you ..... none; sign in with maria.gonzalez77@yahoo.com

Your transcript now lists all certifications. Allow up to 72 hours for third-party systems to reflect the change.

Regards,
T. Okonkwo-Baptiste
AWS Training and Certification Customer Support
"""
    quoted = """________________________________
From: Maria Gonz\u00e1lez <maria.gonzalez77@yahoo.com>
Sent: Thursday, April 11, 2019 6:30 PM
Subject: Re: RE:[CASE %s] AWS Training and Certification Inquiry

Yes that is correct, go ahead please.""" % T5_CASE
    subj = "RE:[CASE %s] AWS Training and Certification Inquiry" % T5_CASE
    emit(f, l, k, kind="merge_completed", case_id=T5_CASE, verified=True, lang="en",
         trace=yahoo_trace(to, w) + amz_dkims(w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=tpart(new + "\n" + quoted + "\n", "plain", "iso-8859-1", "8bit"), new=new)


@mail("survey-2019-five-questions")
def m_t5_survey(f, l, k):
    w = dt(2019, 4, 15, 12, 0, 0)
    to = T5_USER[1]
    new = """Dear Maria Gonz\u00e1lez,

Recently you contacted AWS Training and Certification Customer Support (reference %s). We would appreciate your feedback on the service you received.

The survey has five questions and takes about two minutes:
https://amazonwebservices.qualtrics.com/jfe/form/SV_%s?case=%s

Your responses are confidential and will be used only to improve our service.

Thank you,
AWS Training and Certification
""" % (T5_CASE, alnum(15), T5_CASE)
    html = "<html><body style=\"font-family:Verdana;font-size:12px\">%s</body></html>\n" % paras_html(new)
    subj = "We'd like your feedback on your recent AWS Training and Certification support experience"
    emit(f, l, k, kind="survey", case_id=T5_CASE, verified=True, lang="en",
         trace=yahoo_trace(to, w) + amz_dkims(w), hdrs=aws_hdrs(("AWS Training and Certification", "aws-tc-survey@amazon.com"), to, subj, w),
         body=alt(tpart(new, "plain", "iso-8859-1", "quoted-printable"), tpart(html, "html", "iso-8859-1", "quoted-printable"), boundary=java_boundary()),
         new=new)


@mail("acclaim-badge-2019")
def m_t5_acclaim(f, l, k):
    w = dt(2019, 4, 14, 3, 31, 7)
    to = T5_USER[1]
    ip = "198.21.%d.%d" % (R.randint(1, 7), R.randint(1, 254))
    mf = "bounces+%d-%s-%s@mail.youracclaim.com" % (R.randint(1000000, 9999999), hexs(4), to.replace("@", "="))
    auth = Auth(dkim=[("pass", "youracclaim.com", "s1")], spf=("pass", mf, ip), dmarc=("pass", "NONE"), from_dom="youracclaim.com")
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % uid()
    new = """Maria, AWS Training and Certification has sent you a badge

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Acclaim profile, then share it with your professional network.

Accept Badge: %s

This badge was re-sent to you because your certification profiles were combined.
""" % url
    lines = ["AWS Certified Solutions Architect - Associate",
             "Accept your badge to add it to your Acclaim profile, then share it with your professional network.",
             "This badge was re-sent to you because your certification profiles were combined."]
    html = credly_html("Maria, AWS Training and Certification has sent you a badge", lines, "AWS Certified Solutions Architect - Associate", "Accept Badge", url).replace("Credly, Inc.", "Acclaim by Credly, Inc.")
    hdrs = credly_hdrs("Amazon Web Services Training and Certification via Acclaim", to, "Maria, you have a new badge from Amazon Web Services Training and Certification", w, frm_addr="admin@youracclaim.com")
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=yahoo_trace(to, w, auth=auth, mf=mf, host="o%d.mail.youracclaim.com" % R.randint(1, 9), ip=ip) + [dkim_sig("youracclaim.com", "s1", w, c="relaxed/relaxed")],
         hdrs=hdrs, body=alt(tpart(new, "plain", "us-ascii", "7bit"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


# ---------------------------------------------------------------- T6 -----
# Liam Chen, corporate Exchange that keeps no Authentication-Results
T6_OPEN = dt(2025, 6, 17, 2, 33, 8)
T6_CASE = case15(T6_OPEN, 2290)
T6_USER = ("Liam Chen", "liam.chen@northwind-logistics.com")
T6_KEEP, T6_OLD = "AWS33410098", "AWS33410177"
T6_SUBJ = "Duplicate certification profile - please combine"


def corp_ses(to, when, xorig=None):
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    return corp_trace(to, host, ip, when, xorig=xorig) + amz_dkims(when)


@mail("console-new-case-html-template")
def m_t6_ack(f, l, k):
    w = T6_OPEN + timedelta(seconds=22)
    to = T6_USER[1]
    new = """Hello,

We've set up case %s for you and it is now in our queue.

Case ID: %s
Subject: %s
Severity: General guidance

An engineer from the Training and Certification team will respond in the Support Center. You don't need to do anything else right now.

Thank you for contacting Amazon Web Services.
""" % (T6_CASE, T6_CASE, T6_SUBJ)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;color:#16191f">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:12px"><img src="cid:aws-logo" alt="Amazon Web Services" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Hello,</p>
<p>We've set up case <strong>%s</strong> for you and it is now in our queue.</p>
<table style="font-size:14px" cellpadding="4">
<tr><td style="color:#687078">Case ID</td><td>%s</td></tr>
<tr><td style="color:#687078">Subject</td><td>%s</td></tr>
<tr><td style="color:#687078">Severity</td><td>General guidance</td></tr>
</table>
<p>An engineer from the Training and Certification team will respond in the Support Center. You don't need to do anything else right now.</p>
<p>Thank you for contacting Amazon Web Services.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View case in the Support Center</a></p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</td></tr></table></body></html>
""" % (T6_CASE, T6_CASE, esc(T6_SUBJ), T6_CASE)
    emit(f, l, k, kind="case_created", case_id=T6_CASE, verified=None, lang="en",
         trace=corp_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "Amazon Web Services: You have opened a new Support case: %s" % T6_CASE, w),
         body=related(tpart(html, "html", "utf-8", "quoted-printable"), boundary=java_boundary()), new=new)


@mail("console-reply-unused-voucher-question")
def m_t6_voucher(f, l, k):
    w = dt(2025, 6, 18, 14, 20, 51)
    to = T6_USER[1]
    new = """Hello Liam,

I hope you are well.

I am writing to you because, during the analysis of your solicitation, I noticed that in the profile %s there is an exam voucher of 50%% not yet utilized, with validity until 30/09/2025.

I would like to know if you desire that this benefit also be transferred, or if you prefer to utilize it before. This question does not impede the rest of the process, it is only to assure that you do not lose the benefit.

Stay at your disposition for any doubt.""" % T6_OLD
    emit(f, l, k, kind="support_reply", case_id=T6_CASE, verified=None, lang="en",
         trace=corp_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, "RE:[CASE %s] %s" % (T6_CASE, T6_SUBJ), w),
         body=console_body(new, T6_CASE, "Att.,\nRafaela\nAmazon Web Services"), new=new)


@mail("console-case-resolved-corp")
def m_t6_survey(f, l, k):
    w = dt(2025, 6, 24, 3, 0, 14)
    to = T6_USER[1]
    new = """Hello,

We have resolved your AWS Support case %s, "%s".

Because we have not received a response from you in the past 5 days, we've marked this case resolved. You can reopen it at any time in the next 14 days.

Did we solve your problem? Let us know:
  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Amazon Web Services
""" % (T6_CASE, T6_SUBJ, T6_CASE, T6_CASE)
    xorig = "mx1.northwind-logistics.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"
    emit(f, l, k, kind="survey", case_id=T6_CASE, verified=None, lang="en",
         trace=corp_ses(to, w, xorig=xorig), hdrs=aws_hdrs(CONSOLE_FROM, to, "Amazon Web Services: Your Support case %s has been resolved" % T6_CASE, w),
         body=std_alt(new, cte="base64"), new=new)


@mail("credly-security-specialty-corp")
def m_t6_credly(f, l, k):
    w = dt(2025, 6, 21, 9, 12, 40)
    to = T6_USER[1]
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 254))
    url = "https://www.credly.com/earner/earned/badge/%s" % uid()
    lines = ["AWS Training & Certification recognized your achievement with a digital badge. It has been added to the Credly account for liam.chen@northwind-logistics.com and is waiting for your acceptance.",
             "Previously earned under another profile? Badges follow your certifications when AWS combines profiles, so you may see this message for a badge you already had."]
    new = "Liam, you have a badge to accept\n\n" + "\n\n".join(lines) + "\n\nAWS Certified Security \u2013 Specialty\n\nAccept badge: " + url + "\n"
    html = credly_html("Liam, you have a badge to accept", lines, "AWS Certified Security \u2013 Specialty", "Accept badge", url)
    trace = corp_trace(to, "o7.em.credly.com", ip, w) + [dkim_sig("credly.com", "s1", w, c="relaxed/relaxed")]
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=None, lang="en",
         trace=trace, hdrs=credly_hdrs("AWS Training & Certification via Credly", to, "AWS Training & Certification recognized your achievement", w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


# ---------------------------------------------------------------- T7 -----
# Ana Kovac, Gmail, form case 15 digits (2024), three profiles
T7_OPEN = dt(2024, 8, 20, 7, 45, 12)
T7_CASE = case15(T7_OPEN, 1154)
T7_USER = ("Ana Kova\u010d", "ana.kovac.it@gmail.com")
T7_A, T7_KEEP, T7_C = "AWS19040022", "AWS26611385", "AWS07733450"


@mail("form-ack-html-only-we-got-it")
def m_t7_ack(f, l, k):
    w = T7_OPEN + timedelta(seconds=40)
    to = T7_USER[1]
    new = """Hi there,
We got your message, and it's now with our team.
Your case number: %s
What happens next: a member of the AWS Training and Certification team will review your request and reply by e-mail, typically within 24 hours.
Need to add something? Reply to this e-mail and leave the subject as it is. Sending a new form for the same issue creates a new case and can slow things down.
""" % T7_CASE
    html = """<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#fafafa">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#232f3e">
<div style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px">AWS Training and Certification</div>
<div style="padding:24px">
<p>Hi there,</p>
<p>We got your message, and it&#8217;s now with our team.</p>
<p style="font-size:13px;color:#545b64;margin-bottom:0">Your case number</p>
<p style="font-size:22px;margin-top:4px"><b>%s</b></p>
<p><b>What happens next:</b> a member of the AWS Training and Certification team will review your request and reply by e-mail, typically within 24 hours.</p>
<p><b>Need to add something?</b> Reply to this e-mail and leave the subject as it is. Sending a new form for the same issue creates a new case and can slow things down.</p>
</div>
<div style="padding:16px 24px;font-size:11px;color:#879596;border-top:1px solid #eaeded">
&copy; 2024, Amazon Web Services, Inc. or its affiliates. All rights reserved.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
</div></div></body></html>
""" % T7_CASE
    subj = "[CASE %s] %s" % (T7_CASE, FORM_SUBJ)
    emit(f, l, k, kind="case_created", case_id=T7_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w),
         body=tpart(html, "html", "utf-8", "base64"), new=new)


T7_USER_MSG = """Hi Marcus,

Sure. %s was from my university, %s from my first job, %s is my current one (ana.kovac.it@gmail.com). I want to keep the current one.

Hvala,
Ana""" % (T7_A, T7_C, T7_KEEP)


@mail("form-reply-before-we-pull-the-trigger")
def m_t7_confirm(f, l, k):
    w = dt(2024, 8, 22, 15, 11, 37)
    to = T7_USER[1]
    new = """Hi Ana,

Thanks for hanging in there! Before we pull the trigger, I want to make sure we're all on the same page - once this is done there's no turning back the clock.

Here's the game plan:
  * %s (university)   -> rolled into the keeper, then shut down
  * %s (first job)    -> rolled into the keeper, then shut down
  * %s (current)      -> the last one standing; every cert, exam and perk ends up here

If that all checks out, just hit reply and give me the thumbs up, and I'll take it from there. If I've got wires crossed anywhere, shout and we'll fix it before anything moves.

Cheers,
Marcus
AWS Training and Certification
""" % (T7_A, T7_C, T7_KEEP)
    prev = """Hi Ana,

Thanks for the details. Quick one - which profile is which, and which one would you like to keep?

Marcus"""
    quoted = ("On Thu, Aug 22, 2024 at 10:03 AM Ana Kova\u010d <%s> wrote:\n" % to) + quote_gt(
        T7_USER_MSG + "\n\nOn Wed, Aug 21, 2024 at 6:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote_gt(prev))
    qhtml = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Aug 22, 2024 at 10:03 AM Ana Kova\u010d &lt;%s&gt; wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
             '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Aug 21, 2024 at 6:40 PM Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
             '</blockquote></div>' % (to, paras_html(T7_USER_MSG), paras_html(prev)))
    subj = "RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T7_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, quoted, quoted_html=qhtml), new=new)


@mail("form-reply-still-with-backend")
def m_t7_status(f, l, k):
    w = dt(2024, 8, 26, 23, 55, 2)
    to = T7_USER[1]
    new = """G'day Ana,

Just a quick heads up - your request is still sitting with our back-end team. No dramas, these can take a bit longer when there are three profiles in the mix.

Nothing needed from you. Hang tight and we'll be in touch as soon as it's all sorted; at that point you'll get a note from us with the details.

Cheers,
Bron
AWS Training and Certification
"""
    quoted = ("On Fri, Aug 23, 2024 at 7:58 AM Ana Kova\u010d <%s> wrote:\n" % to) + quote_gt(
        "Thumbs up, all correct! Thanks Marcus.\n\n> On Thu, Aug 22, 2024 at 3:11 PM Amazon Web Services wrote:\n> >   * %s (university)   -> rolled into the keeper, then shut down\n> >   * %s (first job)    -> rolled into the keeper, then shut down\n> >   * %s (current)      -> the last one standing" % (T7_A, T7_C, T7_KEEP))
    subj = "RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T7_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new, quoted), new=new)


@mail("form-reply-long-letter-and-closing")
def m_t7_done(f, l, k):
    w = dt(2024, 8, 28, 12, 31, 19)
    to = T7_USER[1]
    new = """Dear Ana,

I hope this message finds you well, and that the week has been treating you kindly so far. My name is Genevieve, and I have been looking after your request since my colleague Bron last wrote to you; please forgive me for writing at some length, but I wanted to be sure that you have the full picture in one place.

Following the confirmation you so kindly sent us on 23 August, I am pleased to let you know that the work on your three certification profiles has now been carried out in full. The profiles %s and %s have been brought into %s, which from today holds every one of your certifications, your complete exam history and the benefits that go with them, including any unused discount vouchers. The two older profiles have been retired, and you will no longer be able to sign in to them, which is exactly as intended.

There are a couple of small things you might like to check when you have a moment: first, that your certifications all appear on your transcript in the Certification Account; and second, that your badges show on Credly, which can occasionally take a day or two to refresh.

As there is nothing further outstanding on our side, I will now close this case. You may receive a short survey about your experience, and I would be very grateful if you could spare a minute for it. Should anything look amiss, please simply reply to this e-mail, and the case will be reopened.

With very best wishes,

Genevieve
AWS Training and Certification
""" % (T7_A, T7_C, T7_KEEP)
    subj = "RE:[CASE %s] %s" % (T7_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_completed", case_id=T7_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=std_alt(new), new=new)


@mail("survey-reminder-one-minute")
def m_t7_survey(f, l, k):
    w = dt(2024, 9, 2, 16, 0, 0)
    to = T7_USER[1]
    new = """Hi Ana,

A few days ago we wrapped up case %s with you. We haven't heard how it went yet.

One question, one minute: how likely are you to recommend AWS Training and Certification support to a colleague?

0  1  2  3  4  5  6  7  8  9  10
https://aws-tc-feedback.amazon.com/nps/%s?case=%s

This is the only reminder we'll send.

AWS Training and Certification
""" % (T7_CASE, alnum(12), T7_CASE)
    subj = "Reminder: one minute to rate your support experience (case %s)" % T7_CASE
    emit(f, l, k, kind="survey", case_id=T7_CASE, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(("AWS Training and Certification", "aws-tc-survey@amazon.com"), to, subj, w),
         body=std_alt(new, cte="quoted-printable"), new=new)


@mail("credly-four-badges-claim")
def m_t7_credly(f, l, k):
    w = dt(2024, 8, 29, 1, 5, 44)
    to = T7_USER[1]
    url = "https://www.credly.com/users/ana-kovac/badges?accept=%s" % alnum(24)
    names = ["AWS Certified Cloud Practitioner", "AWS Certified SysOps Administrator \u2013 Associate",
             "AWS Certified Solutions Architect \u2013 Professional", "AWS Certified Data Engineer \u2013 Associate"]
    lines = ["Four badges from AWS Training & Certification are now in your Credly account, waiting for you to accept them:",
             "\n".join("\u2022 " + n for n in names),
             "These credentials were moved to this account after your AWS Certification profiles were consolidated. Accept them to make them visible on your public profile."]
    new = "Ana \u2014 4 badges are waiting to be claimed\n\n" + "\n\n".join(lines) + "\n\nAccept your badges: " + url + "\n"
    html = credly_html("Ana \u2014 4 badges are waiting to be claimed", lines, names[0] + " + 3 more", "Accept your badges", url)
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=credly_trace_gmail(to, w),
         hdrs=credly_hdrs("AWS Training & Certification via Credly", to, "Ana \u2014 4 badges from AWS Training & Certification are waiting to be claimed", w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


# ---------------------------------------------------------------- T8 -----
# Sven Larsen, Microsoft 365 tenant, form case 11 digits (2023)
T8_CASE = "13092847716"
T8_DUP = "13095520031"
T8_USER = ("Sven Larsen", "sven.larsen@fabrikam.no")
T8_KEEP, T8_OLD = "AWS15550924", "AWS15550981"
SVEN_SIG = "Med vennlig hilsen / Best regards\nSven Larsen | Cloud Architect | Fabrikam AS\n+47 55 01 23 45"


def m365_ses(to, when, auth_override=None):
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(when)
    auth = auth_override or amz_auth(mf, ip)
    return outlook_trace(to, host, ip, mf, when, auth, tenant="eurprd05") + amz_dkims(when)


def ol_quote(frm, sent, to, subject, body):
    return "________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, body)


@mail("form-ack-2023-submission-received")
def m_t8_ack(f, l, k):
    w = dt(2023, 3, 6, 11, 58, 2)
    to = T8_USER[1]
    new = """Thank you. Your submission has been received.

Case number: %s
Topic: account-assistance

An AWS Training and Certification representative will review your submission and respond by e-mail, generally within one business day.

Please do not reply to this message with the same question on a new form. To add information, reply to this e-mail and keep the case number in the subject.

AWS Training and Certification
""" % T8_CASE
    subj = "[CASE %s] %s" % (T8_CASE, FORM_SUBJ)
    emit(f, l, k, kind="case_created", case_id=T8_CASE, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w) + outlook_tail(w),
         body=std_alt(new + FORM_FOOTER, cte="base64"), new=new)


@mail("form-reply-do-the-needful")
def m_t8_confirm(f, l, k):
    w = dt(2023, 3, 7, 15, 2, 29)
    to = T8_USER[1]
    new = """Dear Sven,

Greetings of the day!

Thank you for sharing the requested information. As discussed, PFB the details of the accounts which will be merged:

Account to be merged (will be deactivated post merging) : %s
Primary account (will remain active)                     : %s

Please note that post merging, all the certifications and exam history of %s will reflect in %s and the same cannot be reverted back.

Kindly revert back on this email confirming the above details so that we can do the needful at the earliest.

Thanks & Regards,
Sandeep
AWS Training and Certification
""" % (T8_OLD, T8_KEEP, T8_OLD, T8_KEEP)
    quoted = ol_quote("Sven Larsen <sven.larsen@fabrikam.no>", "Tuesday, March 7, 2023 10:14 AM",
                      "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                      "RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ),
                      "Hi,\n\nThe second one, %s, was created when I took the exam at a test centre in Bergen. I want to keep %s.\n\n%s" % (T8_OLD, T8_KEEP, SVEN_SIG))
    subj = "RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T8_CASE, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w) + outlook_tail(w),
         body=std_alt(new, quoted), new=new)


@mail("form-reply-second-request-same-issue")
def m_t8_dup(f, l, k):
    w = dt(2023, 3, 8, 9, 40, 55)
    to = T8_USER[1]
    new = """Hiya Sven,

Thanks a million for getting in touch. I can see you've popped in a second request through the form, but we're already looking after this exact issue for you under case %s, so there's no need to worry - nothing has been lost.

To save you getting two sets of e-mails, I'm going to close this newer one off and we'll carry on in the original thread. Whenever you're ready, just reply there (the message from my colleague Sandeep, sent yesterday). Opening fresh cases for the same thing can actually slow things down a bit, as each one goes to the back of the queue.

All the best,
Siobhan
AWS Training and Certification
""" % T8_CASE
    quoted = ol_quote("Sven Larsen <sven.larsen@fabrikam.no>", "Wednesday, March 8, 2023 8:02 AM", "AWS Training and Certification",
                      FORM_SUBJ, "Inquiry type: Certification\nInquiry detail: Account Merge\nAWS candidate ID: %s\nDescription: Follow-up - I have not received any confirmation yet about %s." % (T8_KEEP, T8_OLD))
    subj = "RE:[CASE %s] %s" % (T8_DUP, FORM_SUBJ)
    emit(f, l, k, kind="support_reply", case_id=T8_DUP, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w) + outlook_tail(w),
         body=std_alt(new, quoted), new=new)


@mail("form-reply-accounts-combined-short")
def m_t8_done(f, l, k):
    w = dt(2023, 3, 9, 7, 16, 3)
    to = T8_USER[1]
    new = """Hello Mr. Larsen,

The accounts are now combined. Account %s does not exist anymore. Please use only %s.

All certifications are visible there. I have checked this myself.

If there are problems, answer to this e-mail.

Kind regards
J\u00fcrgen
AWS Training and Certification
""" % (T8_OLD, T8_KEEP)
    quoted = ol_quote("Sven Larsen <sven.larsen@fabrikam.no>", "Tuesday, March 7, 2023 4:31 PM",
                      "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                      "RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ),
                      "Confirmed, the details are correct. Please proceed.\n\n%s\n\n" % SVEN_SIG + ol_quote(
                          "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Tuesday, March 7, 2023 3:02 PM",
                          "Sven Larsen <sven.larsen@fabrikam.no>", "RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ),
                          "Account to be merged (will be deactivated post merging) : %s\nPrimary account (will remain active)                     : %s\n\nKindly revert back on this email confirming the above details." % (T8_OLD, T8_KEEP)))
    subj = "RE:[CASE %s] %s" % (T8_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_completed", case_id=T8_CASE, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w) + outlook_tail(w),
         body=std_alt(new, quoted, charset="iso-8859-1"), new=new)


@mail("form-case-marked-resolved-yes-no")
def m_t8_survey(f, l, k):
    w = dt(2023, 3, 16, 7, 20, 0)
    to = T8_USER[1]
    new = """Hello,

We haven't heard from you since our last message on case %s, so we have marked it as resolved.

Was your issue resolved?
  YES - https://aws-tc-feedback.amazon.com/c/%s/y
  NO  - https://aws-tc-feedback.amazon.com/c/%s/n

Choosing NO will let us know that you still need help.

AWS Training and Certification
""" % (T8_CASE, T8_CASE, T8_CASE)
    subj = "[CASE %s] Your case has been resolved" % T8_CASE
    emit(f, l, k, kind="survey", case_id=T8_CASE, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=aws_hdrs(FORM_FROM, to, subj, w) + outlook_tail(w),
         body=std_alt(new, cte="7bit", charset="us-ascii"), new=new)


@mail("credly-badge-reissued-m365")
def m_t8_credly(f, l, k):
    w = dt(2023, 3, 10, 2, 48, 30)
    to = T8_USER[1]
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 254))
    host = "o%d.em.credly.com" % R.randint(1, 9)
    mf = "bounces+%d-%s-%s@em.credly.com" % (R.randint(1000000, 9999999), hexs(4), to.replace("@", "="))
    auth = Auth(dkim=[("pass", "credly.com", "s1")], spf=("pass", mf, ip), dmarc=("pass", "QUARANTINE"), from_dom="credly.com")
    url = "https://www.credly.com/earner/earned/badge/%s" % uid()
    lines = ["Good news: your AWS Certified Advanced Networking \u2013 Specialty badge is ready for you again.",
             "After your AWS Certification records were combined, AWS Training & Certification re-sent this badge to sven.larsen@fabrikam.no. Accept it to keep it on your profile and your verified links working."]
    new = "Sven, your badge is ready\n\n" + "\n\n".join(lines) + "\n\nAccept your badge: " + url + "\n"
    html = credly_html("Sven, your badge is ready", lines, "AWS Certified Advanced Networking \u2013 Specialty", "Accept your badge", url)
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=True, lang="en",
         trace=outlook_trace(to, host, ip, mf, w, auth, tenant="eurprd05") + [dkim_sig("credly.com", "s1", w, c="relaxed/relaxed")],
         hdrs=credly_hdrs("AWS Training & Certification via Credly", to, "Your AWS Certified Advanced Networking \u2013 Specialty badge is ready", w) + outlook_tail(w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


# ---------------------------------------------------------------- T9 -----
# Misaki Tanaka, biglobe, form case 15 digits, Japanese agent, Shift_JIS
T9_OPEN = dt(2025, 2, 3, 4, 10, 0)
T9_CASE = case15(T9_OPEN, 8813)
T9_USER = ("\u7530\u4e2d \u7f8e\u54b2", "m.tanaka@biglobe.ne.jp")
T9_KEEP, T9_OLD = "AWS40021157", "AWS39980214"


@mail("form-reply-ja-ipponka-kakunin")
def m_t9_confirm(f, l, k):
    w = dt(2025, 2, 5, 2, 33, 18)
    to = T9_USER[1]
    new = """\u7530\u4e2d \u7f8e\u54b2 \u69d8

AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a \u30ab\u30b9\u30bf\u30de\u30fc\u30b5\u30dd\u30fc\u30c8\u306e\u4f50\u3005\u6728\u3068\u7533\u3057\u307e\u3059\u3002
\u3054\u8fd4\u4fe1\u3044\u305f\u3060\u304d\u3001\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002

\u3044\u305f\u3060\u3044\u305f\u60c5\u5831\u3092\u3082\u3068\u306b\u78ba\u8a8d\u3044\u305f\u3057\u307e\u3057\u305f\u3068\u3053\u308d\u3001\u4ee5\u4e0b\u306e\u5185\u5bb9\u3067\u8a8d\u5b9a\u30a2\u30ab\u30a6\u30f3\u30c8\u3092\u4e00\u672c\u5316\u3059\u308b\u6e96\u5099\u304c\u6574\u3044\u307e\u3057\u305f\u3002
\u5b9f\u65bd\u524d\u306b\u3001\u5185\u5bb9\u306b\u8aa4\u308a\u304c\u306a\u3044\u304b\u3054\u78ba\u8a8d\u3092\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002

\u3000\u6b8b\u3059\u30a2\u30ab\u30a6\u30f3\u30c8\uff1a%s\uff08m.tanaka@biglobe.ne.jp\uff09
\u3000\u7d71\u5408\u5143\u306e\u30a2\u30ab\u30a6\u30f3\u30c8\uff1a%s\uff08\u4ee5\u524d\u306e\u52e4\u52d9\u5148\u306e\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\uff09

\u306a\u304a\u3001\u672c\u4f5c\u696d\u306f\u4e00\u5ea6\u5b9f\u65bd\u3044\u305f\u3057\u307e\u3059\u3068\u5143\u306b\u623b\u3059\u3053\u3068\u304c\u3067\u304d\u307e\u305b\u3093\u3002\u3042\u3089\u304b\u3058\u3081\u3054\u4e86\u627f\u304f\u3060\u3055\u3044\u3002

\u5185\u5bb9\u306b\u554f\u984c\u304c\u306a\u3051\u308c\u3070\u3001\u672c\u30e1\u30fc\u30eb\u306b\u3054\u8fd4\u4fe1\u306e\u3046\u3048\u300c\u4e0a\u8a18\u5185\u5bb9\u3067\u9032\u3081\u3066\u304f\u3060\u3055\u3044\u300d\u3068\u304a\u77e5\u3089\u305b\u3044\u305f\u3060\u3051\u307e\u3059\u3067\u3057\u3087\u3046\u304b\u3002

\u4f55\u5352\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002

\u4f50\u3005\u6728
AWS \u30c8\u30ec\u30fc\u30cb\u30f3\u30b0\u3068\u8a8d\u5b9a
""" % (T9_KEEP, T9_OLD)
    quoted = "2025\u5e742\u67084\u65e5(\u706b) 9:15 \u7530\u4e2d \u7f8e\u54b2 <m.tanaka@biglobe.ne.jp>:\n" + quote_gt(
        "\u3054\u9023\u7d61\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002\n\u6b8b\u3057\u305f\u3044\u306e\u306f %s \u3067\u3059\u3002\n%s \u306f\u524d\u306e\u4f1a\u793e\u306e\u30a2\u30c9\u30ec\u30b9\u3067\u4f5c\u3063\u305f\u3082\u306e\u3067\u3059\u3002\n\n\u7530\u4e2d" % (T9_KEEP, T9_OLD))
    text = new + "\n" + quoted + "\n"
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(w)
    trace = generic_trace(to, host, ip, mf, w, amz_auth(mf, ip), mx="mx%02d.biglobe.ne.jp" % R.randint(1, 12), authserv="biglobe.ne.jp", tz=JST) + amz_dkims(w)
    subj = "RE:[CASE %s] %s" % (T9_CASE, FORM_SUBJ)
    emit(f, l, k, kind="merge_confirmation_requested", case_id=T9_CASE, verified=True, lang="ja",
         trace=trace, hdrs=aws_hdrs(FORM_FROM, to, subj, w), body=tpart(text, "plain", "shift_jis", "base64"), new=new)


# ---------------------------------------------------------------- T10 ----
# Chloe Martin, Fastmail, survey only (quoted completion below)
T10_OPEN = dt(2025, 7, 8, 18, 26, 40)
T10_CASE = case15(T10_OPEN, 5530)
T10_USER = ("Chloe Martin", "chloe.martin@fastmail.fm")


@mail("rate-rafael-fastmail")
def m_t10_survey(f, l, k):
    w = dt(2025, 7, 11, 20, 45, 9)
    to = T10_USER[1]
    host, ip = R.choice(SES_IPS)
    LAST["ip"] = ip
    mf = ses_return_path(w)
    t = w + timedelta(seconds=3)
    trace = ["Return-Path: <%s>" % mf,
             "Received: from compute3.internal (compute3.nyi.internal [10.202.2.%d])\n\t by mailbox.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (
                 R.randint(10, 90), hexs(7), rfc(t, ZoneInfo("America/New_York"))),
             "X-Cyrus-Session-Id: sloti%d-%s" % (R.randint(10, 99), alnum(20)),
             "X-Sieve: CMU Sieve 3.0",
             "X-Spam-score: 0.0",
             "Authentication-Results: mx6.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
             "    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n"
             "    dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com;\n"
             "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s" % (
                 alnum(8), AMZ_SEL[0], alnum(8), SES_SEL[0], ip, host, mf, host),
             "Received: from mx6.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                 alnum(10, True), to, rfc(t, ZoneInfo("America/New_York"))),
             "Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
                 host, host, ip, to, rfc(t - timedelta(seconds=1), ZoneInfo("America/New_York")))] + amz_dkims(w)
    new = """Hi Chloe,

Rafael helped you with case %s. How did he do?

  Excellent   Good   Okay   Poor   Very poor
  https://aws-tc-feedback.amazon.com/agent/%s?case=%s

Your feedback is anonymous to the agent and is used for coaching and training.

Thanks for your time,
AWS Training and Certification
""" % (T10_CASE, alnum(10), T10_CASE)
    quoted = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, July 11, 2025 8:30 PM
To: chloe.martin@fastmail.fm
Subject: RE:[CASE %s] %s

Hello Chloe,

Your merge is complete. AWS22019845 has been merged into AWS22019766, which is now your only certification account. Please allow 48 hours for Credly to update.

Best regards,
Rafael""" % (T10_CASE, FORM_SUBJ)
    subj = "How did Rafael do? [CASE %s]" % T10_CASE
    emit(f, l, k, kind="survey", case_id=T10_CASE, verified=True, lang="en",
         trace=trace, hdrs=aws_hdrs(("AWS Training and Certification", "aws-tc-survey@amazon.com"), to, subj, w),
         body=std_alt(new, quoted), new=new)


# ---------------------------------------------------------------- phishing about the merge
@mail("spoofed-merge-finished-verify")
def m_phish_done(f, l, k):
    w = dt(2024, 9, 6, 4, 12, 51)
    to = T7_USER[1]
    fake_case = case15(dt(2024, 9, 3, 11, 0, 7), 417)
    ip = "91.215.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    host = "srv%d.bulkmail-relay.top" % R.randint(10, 99)
    mf = "info@bulkmail-relay.top"
    auth = Auth(dkim=[("fail", "amazon.com", "dkim2024")], spf=("pass", mf, ip), dmarc=("fail", "QUARANTINE"), from_dom="amazon.com")
    forged = ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n       spf=pass smtp.mailfrom=amazonses.com;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % AMZ_SEL[0])
    new = """Dear Customer,

We are pleased to inform you that the consolidation of your AWS Certification profiles under case %s has been completed. Your profiles %s and %s are now a single account.

IMPORTANT: to keep your certifications active on the new account, you must re-verify your identity within 48 hours. Accounts that are not verified will have their certifications suspended.

Verify now: https://aws-certification-verify.support-case.top/login?case=%s

Best regards,
Amazon Web Services Certification Team
""" % (fake_case, T7_A, T7_KEEP, fake_case)
    trace = gmail_trace(to, host, ip, mf, w, auth, arc=False) + [forged, dkim_sig("amazon.com", "dkim2024", w)]
    hdrs = [("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("Reply-To", "aws-cert-team@support-case.top"), ("To", to),
            ("Subject", "RE:[CASE %s] Your certification profiles have been merged" % fake_case), ("Date", rfc(w)),
            ("Message-ID", "<%s@bulkmail-relay.top>" % uid())]
    emit(f, l, k, kind="merge_completed", case_id=fake_case, verified=False, lang="en",
         trace=trace, hdrs=hdrs, body=std_alt(new, cte="base64"), new=new)


@mail("lookalike-credly-accept-badge")
def m_phish_credly(f, l, k):
    w = dt(2024, 11, 9, 17, 3, 22)
    to = T2_USER[1]
    ip = "45.95.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    host = "mail.credly-badges.net"
    mf = "notify@credly-badges.net"
    auth = Auth(dkim=[("pass", "credly-badges.net", "mail")], spf=("pass", mf, ip), dmarc=("pass", "NONE"), from_dom="credly-badges.net")
    url = "https://credly-badges.net/accept?id=%s&m=%s" % (alnum(20), to)
    lines = ["Amazon Web Services Training and Certification has issued you a new badge following the merge of your certification accounts.",
             "To accept it you will need to sign in with your Microsoft account password. Badges that are not accepted within 72 hours are revoked."]
    new = "Tomasz, you've earned a badge!\n\n" + "\n\n".join(lines) + "\n\nAWS Certified DevOps Engineer - Professional\n\nAccept your badge: " + url + "\n"
    html = credly_html("Tomasz, you've earned a badge!", lines, "AWS Certified DevOps Engineer - Professional", "Accept your badge", url)
    hdrs = credly_hdrs("Credly", to, "You've earned a new badge from Amazon Web Services", w, frm_addr="notify@credly-badges.net")
    hdrs[4] = ("Message-ID", "<%s@credly-badges.net>" % hexs(24))
    emit(f, l, k, kind="credly_badge_issued", case_id=None, verified=False, lang="en",
         trace=outlook_trace(to, host, ip, mf, w, auth, tenant="eurprd03") + [dkim_sig("credly-badges.net", "mail", w)],
         hdrs=hdrs + outlook_tail(w, auth_ok=False),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


# ---------------------------------------------------------------- unrelated look-alikes
@mail("console-quota-increase-approved")
def m_u_quota(f, l, k):
    opened = dt(2025, 3, 26, 13, 26, 27)
    case = case15(opened, 233)
    w = dt(2025, 3, 27, 8, 14, 2)
    to = T1_USER[1]
    new = """Hello Priya,

Good news - your request to raise the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in eu-west-1 (Ireland) to 256 vCPUs has been approved and is now in effect for account 4127-9931-0560.

Could you please confirm whether you would also like the same value applied in us-east-1 (N. Virginia)? If so, reply in this case and I will raise a second request on your behalf.

You can see your applied quotas at any time in the Service Quotas console.""" 
    subj = "RE:[CASE %s] Limit Increase: EC2 Instances" % case
    emit(f, l, k, kind="unrelated", case_id=case, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, subj, w),
         body=console_body(new, case, "Best regards,\nHyun-woo K.\nAmazon Web Services"), new=new)


@mail("console-billing-join-organization")
def m_u_billing(f, l, k):
    opened = dt(2024, 12, 2, 8, 0, 41)
    case = case15(opened, 9120)
    w = dt(2024, 12, 3, 11, 37, 15)
    to = T2_USER[1]
    new = """Dear Tomasz,

Thank you so much for your patience while I looked into this for you!

I understand that you would like the charges of your second AWS account (ending 6620) to appear on a single invoice together with your main account. The good news is that you can do this yourself, without waiting on us: from the management account, open AWS Organizations and send an invitation to the second account. Once the invitation is accepted, the two accounts will share one consolidated bill starting from the next billing period.

Before you do so, please confirm that you are aware the invoices already issued for November cannot be combined retroactively - only future charges will be grouped.

I truly hope this helps, and please do not hesitate to come back to me in this case with any questions at all!"""
    subj = "RE:[CASE %s] Account and billing: combine invoices from two AWS accounts" % case
    emit(f, l, k, kind="unrelated", case_id=case, verified=True, lang="en",
         trace=ol_ses(to, w), hdrs=aws_hdrs(CONSOLE_FROM, to, subj, w) + outlook_tail(w),
         body=console_body(new, case, "Warmest regards,\nLeilani\nAmazon Web Services"), new=new)


@mail("seller-central-case-duplicate-seller-accounts")
def m_u_seller(f, l, k):
    case = "5884881212"
    w = dt(2024, 6, 13, 19, 22, 48)
    to = T3_USER[1]
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request regarding the two seller accounts registered to your business. After review, we are unable to combine the listings, sales history and feedback of two separate Seller Central accounts into one.

If you no longer need the second account, you can close it from Settings > Account Info > Close account. Please make sure all pending orders are fulfilled and your balance has been disbursed before you do so.

Was this email helpful?
Yes / No

Thank you for selling with Amazon,
Olumide O.
Amazon.com
https://sellercentral.amazon.com
"""
    subj = "RE:[CASE %s] Request to merge duplicate seller accounts" % case
    hdrs = aws_hdrs(("Amazon Selling Partner Support", "seller-notification@amazon.com"), to, subj, w)
    emit(f, l, k, kind="unrelated", case_id=case, verified=True, lang="en",
         trace=gm_ses(to, w), hdrs=hdrs, body=std_alt(new), new=new)


@mail("builder-id-verification-code")
def m_u_builder(f, l, k):
    w = dt(2025, 1, 15, 6, 8, 33)
    to = T7_USER[1]
    host, ip = R.choice(SES_IPS)
    mf = ses_return_path(w)
    auth = Auth(dkim=[("pass", "signin.aws", "emk6vmb3dfgpazp3nl3dgtffaiauxbwy"), ("pass", "amazonses.com", SES_SEL[0])],
                spf=("pass", mf, ip), dmarc=("pass", "QUARANTINE"), from_dom="signin.aws")
    code = "%06d" % R.randint(0, 999999)
    new = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification code:

%s

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""" % code
    hdrs = [("Date", rfc(w)), ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", to),
            ("Message-ID", ses_id(w)), ("Subject", "Verify your AWS Builder ID email address"),
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)), ("X-SES-Outgoing", "%s-%s" % (w.strftime("%Y.%m.%d"), ip))]
    emit(f, l, k, kind="unrelated", case_id=None, verified=True, lang="en",
         trace=gmail_trace(to, host, ip, mf, w, auth) + [dkim_sig("signin.aws", "emk6vmb3dfgpazp3nl3dgtffaiauxbwy", w), dkim_sig("amazonses.com", SES_SEL[0], w)],
         hdrs=hdrs, body=std_alt(new), new=new)


@mail("github-pr-merged-candidate-ids")
def m_u_github(f, l, k):
    w = dt(2025, 3, 18, 10, 4, 50)
    to = T1_USER[1]
    ip = "192.30.252.%d" % R.randint(190, 210)
    host = "out-%d.smtp.github.com" % R.randint(10, 30)
    mf = "noreply@github.com"
    auth = Auth(dkim=[("pass", "github.com", "pf2023")], spf=("pass", mf, ip), dmarc=("pass", "REJECT"), from_dom="github.com")
    new = """Merged #12 into main.

Merge accounts helper: combine duplicate exam records

  * normalise candidate ids (accepts "aws-01234567", "AWS 01234567")
  * dedupe by exam code + date
  * tests for the two-profile case

--
Reply to this email directly, view it on GitHub:
https://github.com/priyar/aws-study-tracker/pull/12#event-%d
You are receiving this because you authored the thread.
""" % R.randint(10**10, 10**11)
    hdrs = [("Date", rfc(w)), ("From", addr("Karan Mehta", "notifications@github.com")),
            ("Reply-To", "priyar/aws-study-tracker <reply+%s@reply.github.com>" % alnum(40, True)),
            ("To", "priyar/aws-study-tracker <aws-study-tracker@noreply.github.com>"),
            ("Cc", "Priya Raman <%s>, Author <author@noreply.github.com>" % to),
            ("Message-ID", "<priyar/aws-study-tracker/pull/12/issue_event/%d@github.com>" % R.randint(10**10, 10**11)),
            ("In-Reply-To", "<priyar/aws-study-tracker/pull/12@github.com>"),
            ("References", "<priyar/aws-study-tracker/pull/12@github.com>"),
            ("Subject", "Re: [priyar/aws-study-tracker] Merge accounts helper: combine duplicate exam records (PR #12)"),
            ("List-ID", "priyar/aws-study-tracker <aws-study-tracker.priyar.github.com>"),
            ("X-GitHub-Reason", "author")]
    emit(f, l, k, kind="unrelated", case_id=None, verified=False, lang="en",
         trace=gmail_trace(to, host, ip, mf, w, auth) + [dkim_sig("github.com", "pf2023", w)],
         hdrs=hdrs, body=std_alt(new, cte="7bit", charset="us-ascii", boundary="--==_mimepart_%s_%d" % (hexs(13), R.randint(1000, 9999))), new=new)


@mail("newsletter-ai-practitioner")
def m_u_newsletter(f, l, k):
    w = dt(2025, 5, 6, 16, 30, 0)
    to = T8_USER[1]
    new = """AWS Training and Certification | May 2025

Bring your skills together
New this month: AWS Certified AI Practitioner and AWS Certified Machine Learning Engineer - Associate are now generally available. Combine them with your existing certifications to show end-to-end skills.

Free digital training: 600+ courses on AWS Skill Builder.
Exam prep: Official Practice Question Sets for every certification.
Already certified? Your 50%% discount voucher is waiting in your Certification Account.

Unsubscribe: https://pages.awscloud.com/communication-preferences?sc_channel=em&trk=%s
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
""" % alnum(18)
    html = """<html><body style="margin:0;background:#eaeded"><center>
<table width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:13px">AWS Training and Certification | May 2025</td></tr>
<tr><td style="padding:24px"><h1 style="font-size:24px">Bring your skills together</h1>
<p>New this month: AWS Certified AI Practitioner and AWS Certified Machine Learning Engineer - Associate are now generally available. Combine them with your existing certifications to show end-to-end skills.</p>
<p><b>Free digital training:</b> 600+ courses on AWS Skill Builder.</p>
<p><b>Exam prep:</b> Official Practice Question Sets for every certification.</p>
<p><b>Already certified?</b> Your 50%% discount voucher is waiting in your Certification Account.</p>
<p><a href="https://aws.amazon.com/certification/?trk=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Explore certifications</a></p></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#687078"><a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></center></body></html>
""" % alnum(18)
    hdrs = aws_hdrs(("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to,
                    "Bring your skills together: two new AWS Certifications are here", w,
                    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences?e=%s>" % alnum(16)),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]) + outlook_tail(w)
    emit(f, l, k, kind="unrelated", case_id=None, verified=True, lang="en",
         trace=m365_ses(to, w), hdrs=hdrs,
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=java_boundary()), new=new)


@mail("credly-badge-expires-30-days")
def m_u_credly_exp(f, l, k):
    w = dt(2025, 7, 2, 14, 0, 3)
    to = T7_USER[1]
    url = "https://www.credly.com/earner/earned/badge/%s" % uid()
    lines = ["Your AWS Certified Cloud Practitioner badge from AWS Training & Certification will expire on August 1, 2025.",
             "To keep it active, recertify before it expires. Once you pass, a new badge will be issued to you automatically.",
             "Learn about recertification: https://aws.amazon.com/certification/recertification/"]
    new = "Ana, your badge expires in 30 days\n\n" + "\n\n".join(lines) + "\n\nView badge: " + url + "\n"
    html = credly_html("Ana, your badge expires in 30 days", lines, "AWS Certified Cloud Practitioner", "View badge", url)
    emit(f, l, k, kind="unrelated", case_id=None, verified=True, lang="en",
         trace=credly_trace_gmail(to, w),
         hdrs=credly_hdrs("Credly", to, "Reminder: your AWS Certified Cloud Practitioner badge expires in 30 days", w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


@mail("credly-account-merge-code")
def m_u_credly_merge(f, l, k):
    w = dt(2025, 3, 16, 9, 47, 12)
    to = T1_USER[1]
    code = "%06d" % R.randint(0, 999999)
    url = "https://www.credly.com/users/account_merge/confirm?token=%s" % alnum(32)
    lines = ["You asked to merge another Credly account into this one. Enter this code on Credly to confirm it's you:",
             code,
             "Or use the button below. The code expires in 24 hours. Badges, connections and settings from the other account will move to this account.",
             "Didn't ask for this? You can ignore this email; nothing will change."]
    new = "Complete your account merge\n\n" + "\n\n".join(lines) + "\n\nComplete Account Merge: " + url + "\n"
    html = credly_html("Complete your account merge", lines, "Credly account merge", "Complete Account Merge", url)
    emit(f, l, k, kind="unrelated", case_id=None, verified=True, lang="en",
         trace=credly_trace_gmail(to, w),
         hdrs=credly_hdrs("Credly", to, "Your Credly account merge code", w),
         body=alt(tpart(new, "plain", "utf-8", "quoted-printable"), tpart(html, "html", "utf-8", "quoted-printable"), boundary=hexs(32)), new=new)


@mail("spoofed-account-suspended-payment")
def m_u_phish(f, l, k):
    w = dt(2025, 6, 3, 0, 41, 9)
    to = T4_USER[1]
    ip = "103.151.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    host = "vps%d.hostcheap.xyz" % R.randint(100, 999)
    mf = "root@vps.hostcheap.xyz"
    auth = Auth(dkim=[("none", "amazon.com", "-")], spf=("softfail", mf, ip), dmarc=("fail", "QUARANTINE"), from_dom="amazon.com")
    new = """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account and all associated services (including AWS Certification benefits) have been temporarily suspended.

To restore access, update your payment information within 24 hours:
https://aws-billing-restore.com/signin?ref=%s

If we do not receive updated information, your account and data will be permanently deleted.

Sincerely,
AWS Billing Department
""" % alnum(14)
    trace = generic_trace(to, host, ip, mf, w, auth, mx="mta-snd%02d.mail.nifty.com" % R.randint(1, 30), authserv="mx.nifty.com", tz=JST)
    hdrs = [("From", addr("Amazon Web Services", "aws-billing@amazon.com")), ("To", to),
            ("Subject", enc_hdr("Subject", "\u26a0 Your AWS account has been suspended \u2013 action required")),
            ("Date", rfc(w)), ("Message-ID", "<%s@vps.hostcheap.xyz>" % hexs(20)),
            ("X-Priority", "1 (Highest)")]
    emit(f, l, k, kind="unrelated", case_id=None, verified=False, lang="en",
         trace=trace, hdrs=hdrs, body=tpart(new, "plain", "utf-8", "base64"), new=new)


def main():
    files, labels = {}, {}
    built = []
    for key, fn in MAILS:
        f, l = {}, {}
        fn(f, l, key)
        built.append((key, f[key], l[key]))
    order = list(range(len(built)))
    R2 = random.Random(14900)
    R2.shuffle(order)
    for name in os.listdir(OUT):
        if name.endswith(".eml"):
            os.remove(os.path.join(OUT, name))
    out_labels = {}
    for n, i in enumerate(order, 1):
        key, data, lab = built[i]
        fname = "%03d-%s.eml" % (n, key)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        out_labels[fname] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(out_labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(built))


if __name__ == "__main__":
    main()
