#!/usr/bin/env python3
"""Generator for blind set 313: AWS Certification account-merge mailbox.

Emphasis: acknowledgements and the middle of the case (first replies,
status updates, hand-overs, waiting messages, chasers, reopen and
new-correspondence notices), English and Japanese, look-alikes from
other AWS cases.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(313)
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9), "JST")

AWS_DOMAINS = ("amazon.com",)
CREDLY_DOMAINS = ("credly.com", "youracclaim.com")


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, tail):
    """15-digit case id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), tail)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_msgid(dt, region="email"):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=R.getrandbits(128))
    host = "email.amazonses.com" if region == "email" else "%s.amazonses.com" % region
    return "<0100%012x-%s-000000@%s>" % (ms, u, host)


def pacific(dt):
    # crude DST rule good enough for Received lines
    if 3 <= dt.month <= 10:
        return dt.astimezone(timezone(timedelta(hours=-7))), "(PDT)"
    return dt.astimezone(timezone(timedelta(hours=-8))), "(PST)"


def fdate(dt, tz=UTC, comment=""):
    s = format_datetime(dt.astimezone(tz))
    return s + ((" " + comment) if comment else "")


def gdate(dt):
    p, c = pacific(dt)
    return format_datetime(p) + " " + c


def enc_header(text, charset="utf-8", name="Subject"):
    """Encoded-word header value, folded over lines like real MUAs do."""
    h = Header(text, charset, header_name=name, maxlinelen=76)
    return h.encode(linesep="\n")


def addr(name, email_addr, charset=None):
    if name is None:
        return email_addr
    if charset:
        return "%s <%s>" % (enc_header(name, charset, "From"), email_addr)
    if re.search(r'[,.()<>@"]', name):
        return '"%s" <%s>' % (name, email_addr)
    return "%s <%s>" % (name, email_addr)


PYCODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
           "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, encode_as=None, flowed=False):
    """A text/* leaf.  label = charset written in the header (may lie);
    encode_as = codec actually used for the bytes."""
    codec = encode_as or PYCODEC.get(charset, charset)
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if flowed:
        p.set_param("format", "flowed")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii")
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(plain, html, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def java_boundary():
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10**8, 10**9),
                                   R.randint(1700000000000, 1790000000000))


def gmail_boundary():
    return "000000000000" + rhex(12)


def outlook_boundary():
    return "_000_%s%s_" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30)),
                           "PROD" + rhex(4).upper())


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def simple_html(text, font="Arial, sans-serif"):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + esc(p).replace("\n", "<br>\n") + "</p>")
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family: %s; font-size: 14px;">\n%s\n</body>\n</html>\n' % (font, "\n".join(out)))


def gmail_html(new, quote_head=None, quote=None):
    body = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(line) if line else "<br>") for line in new.split("\n")) + "</div>"
    if quote_head:
        body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                     esc(quote_head), esc(quote).replace("\n", "<br>\n")))
    return body + "\n"


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# -------------------------------------------------------- trace / auth
def ip_for(domain):
    if "amazonses" in domain or domain.endswith("amazon.com"):
        return "54.240.%d.%d" % (R.choice([8, 9, 10, 27, 48]), R.randint(2, 250)), None
    return "%d.%d.%d.%d" % (R.choice([45, 91, 103, 185, 193]), R.randint(1, 254), R.randint(1, 254), R.randint(2, 250)), None


def dkim_sig(d, s, dt, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=" % (
                s, d, int(dt.timestamp()), headers, rb64(43), rb64(64), rb64(64), rb64(44)))


def results(kind, from_dom, mailfrom_dom, ip, authserv, style):
    """Return the verdict text (after the authserv-id)."""
    if kind in ("pass", "lookalike"):
        dk = "dkim=pass header.i=@%s header.s=%s header.b=%s" % (from_dom, rhex(8) if style == "g" else "sel1", rb64(8))
        dk2 = "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (rb64(8).lower(), rb64(8)) if "amazonses" in mailfrom_dom else None
        spf = "spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=%s" % (
            mailfrom_dom, ip, mailfrom_dom) if style == "g" else "spf=pass smtp.mailfrom=%s" % mailfrom_dom
        dm = "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % from_dom if style == "g" else "dmarc=pass header.from=%s" % from_dom
        items = [dk] + ([dk2] if dk2 else []) + [spf, dm]
    else:  # fail / forged
        spf = ("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            mailfrom_dom, ip, mailfrom_dom)) if style == "g" else "spf=pass smtp.mailfrom=%s" % mailfrom_dom
        dm = ("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % from_dom) if style == "g" \
            else "dmarc=fail header.from=%s" % from_dom
        items = ["dkim=neutral (no key) header.i=@%s" % from_dom if style == "g" else "dkim=none", spf, dm]
    return items


def trace(provider, to, from_dom, dt, kind="pass", mailfrom_dom=None, helo=None):
    """Header lines added in transit.  kind: pass | fail | forged | lookalike | none."""
    mailfrom_dom = mailfrom_dom or ("amazonses.com" if from_dom.endswith("amazon.com") else from_dom)
    if kind in ("fail", "forged") and mailfrom_dom.endswith("amazonses.com"):
        mailfrom_dom = "mail-relay.%s" % R.choice(["bulkdeliver.net", "smtp-out-pro.com", "mx-relay7.info"])
    ip, _ = ip_for(mailfrom_dom)
    helo = helo or ("a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4]) if "amazonses" in mailfrom_dom
                    else "mail.%s" % mailfrom_dom)
    rp = ("<%s@%s>" % ("0100" + rhex(12) + "-" + rhex(8) + "-" + rhex(4) + "-000000", mailfrom_dom)
          if "amazonses" in mailfrom_dom else "<bounce-%s@%s>" % (rhex(10), mailfrom_dom))
    d1 = dt + timedelta(seconds=R.randint(1, 4))
    d2 = d1 + timedelta(seconds=R.randint(0, 2))
    H = []
    if kind == "none":
        H.append("Received: from %s (%s) by\n mailhost.local with ESMTP; %s" % (helo, ip, fdate(d1)))
        return H, {}
    if provider == "gmail":
        items = results(kind, from_dom, mailfrom_dom, ip, "mx.google.com", "g")
        H.append("Delivered-To: %s" % to)
        H.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), rhex(6) + "csp" + str(R.randint(100000, 999999)), gdate(d2)))
        H.append("X-Google-Smtp-Source: AGHT+I%s" % rb64(60))
        H.append("X-Received: by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(12), "6v" + rhex(6), R.randint(1, 99), R.randint(1700000000000, 1790000000000) % 10**13, gdate(d2)))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (
            int(d1.timestamp()), rb64(70), rb64(60)))
        H.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                 "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
                 "        bh=%s=;\n        fh=%s=;\n        b=%s==" % (rb64(43), rb64(43), rb64(70)))
        H.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(items))
        H.append("Return-Path: %s" % rp)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                     helo, helo, ip, rhex(12) + "." + str(R.randint(100, 999)), to, gdate(d1)))
        H.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
            rp.strip("<>"), ip, ip))
        H.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(items))
    elif provider == "outlook":
        srv = "%sPR%02dMB%04d" % (R.choice(["PH0", "SN7", "DM6", "CH3", "BY5"]), R.randint(1, 19), R.randint(1000, 9999))
        H.append("Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s)\n by %s.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            srv, R.randint(2, 20), rhex(3), rhex(2), srv, R.randint(2, 20), fdate(d2)))
        H.append("Received: from BN9P221CA00%02d.NAMP221.PROD.OUTLOOK.COM (2603:10b6:408:%s::%s) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) with Microsoft SMTP Server\n"
                 " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                     R.randint(10, 99), rhex(3), rhex(2), srv, R.randint(2, 20), rhex(3), rhex(2), R.randint(8000, 9300), R.randint(10, 40), fdate(d2)))
        if kind in ("pass", "lookalike"):
            ar = ("Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                  " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, mailfrom_dom, from_dom, from_dom))
        else:
            ar = ("Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
                  " header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % (ip, mailfrom_dom, from_dom))
        H.append(ar)
        H.append("Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            mailfrom_dom, ip, ip, helo))
        H.append("Received: from %s (%s) by\n BN9P221CA00%02d.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
                 " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (
                     helo, ip, R.randint(10, 99), R.randint(1, 254), R.randint(1, 254), R.randint(8000, 9300), R.randint(10, 40), fdate(d1)))
    else:
        # generic: nifty, biglobe, fastmail, yahoo, proton, workspace-like
        authserv = {"nifty": "mx.nifty.com", "biglobe": "mta-in02.biglobe.ne.jp",
                    "fastmail": "mx6.messagingengine.com", "yahoo": "atlas-production.v2.mta.yahoo.com",
                    "proton": "mail.protonmail.ch", "ocn": "mfilter-s01.ocn.ad.jp"}[provider]
        items = results(kind, from_dom, mailfrom_dom, ip, authserv, "x")
        H.append("Return-Path: %s" % rp)
        H.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, helo, ip, authserv.replace("mx6.", "mx6.").replace("atlas-production.v2.mta", "mtaproxy501.free.mail.ne1"),
            rhex(10).upper(), to, fdate(d1, JST if provider in ("nifty", "biglobe", "ocn") else UTC)))
        H.insert(0, "Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            authserv, authserv.split(".", 1)[1] if provider != "proton" else "mail.protonmail.ch", rhex(10).upper(), to,
            fdate(d2, JST if provider in ("nifty", "biglobe", "ocn") else UTC)))
        H.insert(0, "Authentication-Results: %s;\n\t%s" % (authserv, ";\n\t".join(items)))
        if provider in ("nifty", "biglobe", "ocn"):
            H.insert(0, "X-Original-To: %s" % to)
    return H, {"ip": ip, "helo": helo, "rp": rp, "mailfrom": mailfrom_dom}


# ---------------------------------------------------------------- writer
def norm_ids(text):
    ids = set()
    for m in re.finditer(r"(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)", text, re.I):
        ids.add("AWS" + m.group(1))
    return sorted(ids)


def write(fname, kind, *, frm, frm_dom, to, subject, date, body, new, case_id=None,
          lang="en", provider="gmail", auth="pass", msgid=None, extra_top=None,
          extra=None, crlf=False, dkim=None, forged_ar=None, date_tz=UTC, reply_to=None,
          cc=None, in_reply_to=None, mailfrom_dom=None, date_comment=""):
    """frm: ready-made From value; subject: ready-made (may be encoded);
    new: the NEW top text of the mail (used for account ids)."""
    tr = trace(provider, to.split("<")[-1].strip(">") if "<" in to else to, frm_dom, date, auth,
               mailfrom_dom=mailfrom_dom)
    lines = []
    if tr:
        H, info = tr
        lines += H
        if forged_ar:  # sender-inserted header below the provider's own
            lines.append("Authentication-Results: %s" % forged_ar)
    if extra_top:
        lines += extra_top
    if dkim:
        for d, s in dkim:
            lines.append(dkim_sig(d, s, date))
    lines.append("Date: %s" % fdate(date, date_tz, date_comment))
    lines.append("From: %s" % frm)
    if reply_to:
        lines.append("Reply-To: %s" % reply_to)
    lines.append("To: %s" % to)
    if cc:
        lines.append("Cc: %s" % cc)
    lines.append("Message-ID: %s" % (msgid or ses_msgid(date)))
    if in_reply_to:
        lines.append("In-Reply-To: %s" % in_reply_to)
        lines.append("References: %s" % in_reply_to)
    lines.append("Subject: %s" % subject)
    lines.append("MIME-Version: 1.0")
    if extra:
        lines += extra
    raw = ("\n".join(lines) + "\n").encode("ascii") + body.as_bytes()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    if auth == "none":
        sv = None
    elif auth == "pass" and (frm_dom in AWS_DOMAINS or frm_dom in CREDLY_DOMAINS
                             or any(frm_dom.endswith("." + d) for d in AWS_DOMAINS)):
        sv = True
    else:
        sv = False
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": norm_ids(new),
                     "sender_verified": sv, "language": lang}


SES_EXTRA = lambda dt: ["X-SES-Outgoing: %s-54.240.%d.%d" % (dt.strftime("%Y.%m.%d"), R.randint(8, 48), R.randint(2, 250)),
                        "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(43)]
AWS_DKIM = [("amazon.com", "rjt5zyjmdyvrqg6anpdyh4uo2qqkfrtn"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# =================================================================== MAILS
# ------------------------------------------------------------------ cases
A_OPEN = T(2025, 5, 27, 23, 1, 43);  CA = case15(A_OPEN, 52817)   # Kenji Watanabe, ja, form
D_OPEN = T(2025, 10, 14, 16, 22, 5); CD = case15(D_OPEN, 40391)   # Sarah O'Connell, form
E_OPEN = T(2026, 1, 19, 2, 45, 10);  CE = case15(E_OPEN, 77203)   # Misaki Sato, ja, console
F_OPEN = T(2024, 8, 6, 9, 12, 33);   CF = case15(F_OPEN, 10844)   # Tomasz Nowak, form
F2_OPEN = T(2024, 8, 13, 7, 55, 2);  CF2 = case15(F2_OPEN, 21930) # Tomasz, duplicate case
G_OPEN = T(2025, 3, 3, 11, 40, 18);  CG = case15(G_OPEN, 63370)   # Ahmed Farouk, console
CH = "12873305561"                                                # Kenichi Yamada, ja, form, 2023
I_OPEN = T(2026, 4, 20, 5, 17, 46);  CI = case15(I_OPEN, 90118)   # Lucia Fernandez, form
J_OPEN = T(2025, 7, 9, 13, 5, 20);   CJ = case15(J_OPEN, 35512)   # Chen Wei, form
L_OPEN = T(2024, 12, 2, 18, 30, 11); CL = case15(L_OPEN, 8826)    # Olivia Martin, form
CB = "11842267039"                                                # Priya Raman, console, 2023
CC = "6512048831"                                                 # Marco Bellini, form, 2019

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- 001-010
def m001():
    d = F_OPEN + timedelta(seconds=9)
    txt = f"""Hello Tomasz,

Thank you for contacting AWS Training and Certification. This is an automated
message to confirm that we have received your request and created case
{CF}.

A member of our Customer Service team will review your request and respond,
in most cases within 24 hours. If you need to add information, simply reply
to this e-mail and keep the case number in the subject line. Please do not
open a new case for the same request, as duplicate cases can delay our
response.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS Candidate ID: AWS08842019
Description: Hi, I have two certification accounts. AWS08842019 is my current
one (work e-mail) and aws01177340 is an old one from university with my
Cloud Practitioner. Could you please merge them into one?

Regards,
AWS Training and Certification Customer Service
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210.
"""
    html = simple_html(txt)
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("001-form-ack-tomasz.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"[CASE {CF}] {FORM_SUBJ}", date=d, body=body,
          new=txt, case_id=CF, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m002():
    d = G_OPEN + timedelta(seconds=31)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CG} to address your issue.

The details of your case are as follows:

Case ID: {CG}
Subject: Merge two AWS Certification accounts (AWS06620431 / AWS10455982)
Severity: General guidance
Correspondence: Hello team,

I accidentally created a second certification account when I booked my
Developer Associate exam with my company e-mail. Old account: AWS06620431,
new account: AWS10455982. Please combine them.

Thanks,
Ahmed

We will respond to your case as soon as possible. You can view and update this case
at any time in the AWS Support Center:

https://support.console.aws.amazon.com/support/home#/case/?displayId={CG}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To update your case, please use the link above.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">
<tr><td style="background:#232f3e;padding:16px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px;">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {CG} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {CG}<br>
<b>Subject:</b> Merge two AWS Certification accounts (AWS06620431 / AWS10455982)<br>
<b>Severity:</b> General guidance<br>
<b>Correspondence:</b> Hello team,<br><br>I accidentally created a second certification account when I booked my
Developer Associate exam with my company e-mail. Old account: AWS06620431,
new account: AWS10455982. Please combine them.<br><br>Thanks,<br>Ahmed</p>
<p>We will respond to your case as soon as possible. You can view and update this case at any time in the
<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={CG}&amp;language=en">AWS Support Center</a>.</p>
<p style="color:#545b64;font-size:12px;">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078;">This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>
</body></html>
"""
    body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"), java_boundary())
    write("002-console-case-opened-ahmed.eml", "case_created", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="Ahmed Farouk <ahmed.farouk@nordwave.io>",
          subject=f"Amazon Web Services: You have opened a new Support case: {CG}",
          date=d, body=body, new=txt, case_id=CG, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m003():
    d = A_OPEN + timedelta(seconds=6)
    txt = f"""渡辺 健司 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {CA}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 受験者 ID: AWS04417852

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへ
ご返信ください。同じ内容で新たにお問い合わせいただきますと、回答が
遅れる場合がございますので、あらかじめご了承ください。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス ジャパン合同会社
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    subj = enc_header(f"[CASE {CA}] お問い合わせを受け付けました - AWS トレーニングと認定", "iso-2022-jp")
    write("003-form-ack-ja-iso2022.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="kenji.watanabe.dev@gmail.com", subject=subj, date=d, body=body, new=txt,
          case_id=CA, lang="ja", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m004():
    d = D_OPEN + timedelta(seconds=14)
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>We received your request</title>
<style>body{{font-family:'Amazon Ember',Helvetica,Arial,sans-serif;color:#232f3e}} .btn{{background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:2px}}</style>
</head>
<body>
<div style="max-width:640px;margin:0 auto;">
  <div style="background:#232f3e;padding:18px 24px;color:#fff;font-size:18px;">AWS Training and Certification</div>
  <div style="padding:24px;">
    <h2 style="font-weight:normal;">We&#8217;ve got your request</h2>
    <p>Hi Sarah,</p>
    <p>Thanks for getting in touch. Your request has been logged with our Customer Service team under
       reference <strong>{CD}</strong>. You don&#8217;t need to do anything right now &mdash; someone from the team will
       pick it up and get back to you, usually within one business day.</p>
    <table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb;font-size:13px;">
      <tr><td style="background:#f2f3f3;">Reference</td><td>{CD}</td></tr>
      <tr><td style="background:#f2f3f3;">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
      <tr><td style="background:#f2f3f3;">Candidate ID provided</td><td>AWS09911374</td></tr>
      <tr><td style="background:#f2f3f3;">Submitted</td><td>{D_OPEN.strftime('%B %d, %Y %H:%M')} UTC</td></tr>
    </table>
    <p>Want to add something? Just reply to this e-mail. Keeping the reference in the subject helps us
       match your message to the right request.</p>
    <p style="margin-top:28px;"><a class="btn" href="https://aws.amazon.com/training/support/">Visit Training support</a></p>
    <p style="margin-top:28px;">Kind regards,<br>AWS Training and Certification Customer Service</p>
  </div>
  <div style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">
    Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
    This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
    <a href="https://aws.amazon.com/privacy/">Privacy notice</a>
  </div>
</div>
</body></html>
"""
    body = part(html, "html", charset="UTF-8", cte="base64", encode_as="utf-8")
    newtxt = re.sub(r"<[^>]+>", " ", html)
    write("004-html-only-ack-sarah.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="sarah.oconnell@fastmail.com", subject=f"We received your request [CASE {CD}]", date=d,
          body=body, new=newtxt, case_id=CD, provider="fastmail", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m005():
    d = T(2023, 6, 12, 1, 38, 52)
    txt = f"""山田 健一 様

この度は AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

 ケース番号 : {CH}
 カテゴリー : Certification / Account Merge
 ご登録の受験者 ID : AWS03018876

内容を確認のうえ、担当者より順次ご連絡いたします（通常 1 営業日以内）。
恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。
なお、本メールにご返信いただくことで、ケースに情報を追加することができます。

――――――――――――――――――――――――――――――――
【個人情報の取り扱いについて】
お客様からお預かりした個人情報は、お問い合わせへの対応のみに利用し、
アマゾン ウェブ サービスのプライバシー規約
（https://aws.amazon.com/jp/privacy/）に従って適切に管理いたします。
本メールは送信時点の情報に基づいております。本メールの内容の全部または
一部を無断で転載することを禁じます。本メールにお心当たりのない場合は、
お手数ですが本メールを破棄してください。
――――――――――――――――――――――――――――――――
AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    body = part(txt, charset="shift_jis", cte="base64")
    write("005-form-ack-ja-sjis-legal.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="k-yamada@biglobe.ne.jp", subject=f"[CASE {CH}] {FORM_SUBJ}", date=d, body=body,
          new=txt, case_id=CH, lang="ja", provider="biglobe", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m006():
    d = I_OPEN + timedelta(seconds=4)
    txt = f"""Case {CI} received. We aim to reply within 1 business day.
Reply to this message to add details. Please don't open another case for the same issue.

-- AWS T&C Customer Service
"""
    body = part(txt, charset="us-ascii", cte="7bit")
    write("006-terse-ack-lucia.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="lucia.fernandez@gmail.com", subject=f"[CASE {CI}] Received", date=d, body=body,
          new=txt, case_id=CI, dkim=AWS_DKIM, extra=SES_EXTRA(d), crlf=True)


def m007():
    d = T(2023, 3, 8, 14, 2, 27)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CB} to address your issue.

The details of your case are as follows:

Case ID: {CB}
Subject: Request to combine 3 certification profiles
Severity: General guidance
Correspondence: Dear AWS Support,

Over the years I ended up with three AWS Certification (CertMetrics) profiles because of changing employers:
AWS 02291567 (personal gmail - oldest), AWS 07730018 (previous employer) and AWS-11120459 (current).
I would like everything on one profile, ideally the personal one since I keep that address.

Regards,
Priya Raman

We will respond to your case as soon as possible. You can view and update your case at any time in the
Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case,
please use the link above.

Sincerely,
Amazon Web Services
"""
    html = simple_html(txt)
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("007-console-opened-2023-priya.eml", "case_created", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="priya.raman@outlook.com", subject=f"Amazon Web Services: You have opened a new Support case: {CB}",
          date=d, body=body, new=txt, case_id=CB, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m008():
    d = E_OPEN + timedelta(seconds=22)
    txt = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせの件について、ケース {CE} をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: {CE}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス

できるだけ早く回答いたします。ケースの確認や更新は、AWS サポートセンターからいつでも行えます。
https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={CE}&language=ja

このメールの送信元アドレスは送信専用のため、ご返信いただいても受信できません。ケースを更新する場合は、上記のリンクをご利用ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    html = simple_html(txt, font="'Hiragino Kaku Gothic ProN', Meiryo, sans-serif")
    body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"), java_boundary())
    subj = enc_header(f"Amazon Web Services: 新しいサポートケースをオープンしました: {CE}", "utf-8")
    write("008-console-opened-ja-misaki.eml", "case_created", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="m.sato@nifty.com", subject=subj, date=d, body=body, new=txt, case_id=CE, lang="ja",
          provider="nifty", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m009():
    d = F2_OPEN + timedelta(seconds=11)
    txt = f"""Hi there,

Thank you for reaching out to AWS Training & Certification! We've got your message
and it's now in our queue as case {CF2}.

What happens next?
 * One of our Customer Service associates will review the details you sent us.
 * You'll hear back from us by e-mail, typically within 24 hours (it can take a
   little longer at busy times).
 * If your question relates to a case you already have open with us, please reply
   on that existing case instead of creating a new one.

Details you provided
 Name: Tomasz Nowak
 Candidate ID: AWS-01177340
 Topic: Certification - Account Merge

Thanks for your patience,
AWS Training & Certification Customer Service
"""
    html = simple_html(txt)
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("009-second-case-ack-tomasz.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"[CASE {CF2}] {FORM_SUBJ}", date=d, body=body,
          new=txt, case_id=CF2, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m010():
    d = T(2019, 11, 18, 16, 44, 9)
    txt = f"""Dear Marco Bellini,

This e-mail acknowledges receipt of your inquiry submitted through the AWS Training and
Certification contact form. Your inquiry has been assigned case number {CC}. Please
reference this number in any further correspondence regarding this matter.

Inquiries are handled in the order in which they are received. A response will be provided
as soon as practicable.

IMPORTANT INFORMATION
This communication, including any attachments, is intended solely for the addressee and may
contain confidential or privileged information. If you are not the intended recipient, you
must not read, use, disclose, copy or distribute it; please notify the sender and delete it.
Information you provide in connection with this inquiry will be processed in accordance with
the AWS Privacy Notice (https://aws.amazon.com/privacy/) and the AWS Certification Program
Agreement. Nothing in this acknowledgement constitutes a confirmation that any requested
change to your certification record will be made.

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210, USA
"""
    body = part(txt, charset="us-ascii", cte="7bit")
    write("010-legal-ack-2019-marco.eml", "case_created",
          frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
          frm_dom="amazon.com", to='"Marco Bellini" <marco.bellini@bellini-consulting.it>',
          subject=f"Your AWS Training and Certification inquiry - Case {CC}", date=d, body=body,
          new=txt, case_id=CC, auth="none",
          extra=["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Thread-Topic: Your AWS Training and Certification inquiry - Case " + CC,
                 "Content-Language: en-US"])



# ---------------------------------------------------------------- 011-020
def m011():
    d = I_OPEN + timedelta(hours=3, minutes=12)
    fake = case15(I_OPEN + timedelta(minutes=40), 51177)
    txt = f"""Dear Candidate,

Your request to merge your AWS Certification accounts has been received and registered
under case {fake}.

Candidate ID on file: AWS11593007

To protect your certification history, our system requires you to re-validate ownership
of every account involved before the case can be assigned to an agent. Requests that are
not validated within 48 hours are cancelled automatically and all pending certifications
may be suspended.

  Validate my accounts: https://aws-certification-support.com/validate?case={fake}

Thank you,
AWS Certification Support Team
(c) 2026 Amazon Web Services, Inc. All rights reserved.
"""
    html = simple_html(txt, font="Verdana, sans-serif").replace(
        f"https://aws-certification-support.com/validate?case={fake}",
        f'<a href="https://aws-certification-support.com/validate?case={fake}">https://aws.amazon.com/certification/validate</a>')
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("011-lookalike-ack-phish-lucia.eml", "case_created",
          frm='"AWS Certification" <case-update@aws-certification-support.com>',
          frm_dom="aws-certification-support.com", to="lucia.fernandez@gmail.com",
          subject=f"[CASE {fake}] Account merge request received - action required", date=d, body=body,
          new=txt, case_id=fake, auth="lookalike", msgid="<%s@aws-certification-support.com>" % rhex(24),
          dkim=[("aws-certification-support.com", "default")])


def m012():
    d = T(2024, 8, 7, 4, 51, 30)
    fake = case15(T(2024, 8, 7, 4, 30, 2), 33019)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake} regarding your
request to merge certification accounts.

Case ID: {fake}
Subject: Account Merge - AWS08842019
Severity: General guidance

Before our team can begin, please sign in with your AWS Certification credentials to confirm
your identity:

https://certmetrics-aws.signin-verify.net/account/login?displayId={fake}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("012-spoofed-amazon-ack-dmarc-fail.eml", "case_created", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"Amazon Web Services: You have opened a new Support case: {fake}",
          date=d, body=body, new=txt, case_id=fake, auth="forged",
          forged_ar="mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com",
          msgid="<%s.%d@mail.amazon.com>" % (rhex(16), R.randint(1000, 9999)))


def m013():
    d = J_OPEN + timedelta(seconds=7)
    txt = f"""Hello Chen,

Thank you for contacting AWS Training and Certification. We have received your
account merge request and opened case {CJ} for it.

Here is what to expect:
- An agent will review the candidate IDs you provided and reply by e-mail, normally
  within 24 hours.
- We will always ask you to confirm which account should remain before any change
  is made. Merges cannot be reversed.
- Once your accounts are merged, you will receive a confirmation from us, and your
  Credly badges will be issued again to the remaining account.

Candidate IDs provided: AWS07015583, AWS04400129

You can reply to this e-mail to add information to case {CJ}.

Best regards,
AWS Training and Certification Customer Service
"""
    html = simple_html(txt)
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("013-ack-mentions-once-merged-chen.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="chen.wei88@yahoo.com", subject=f"[CASE {CJ}] {FORM_SUBJ}", date=d, body=body, new=txt,
          case_id=CJ, provider="yahoo", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m014():
    d = L_OPEN + timedelta(seconds=12)
    txt = f"""Thank you for contacting AWS Training and Certification

Hello Olivia,

This confirms we received your message. Your reference number is {CL}.

Our team responds to requests in the order they are received. You can expect to hear
from us within 24 hours on business days.

While you wait, you may find an answer in our FAQs:
https://aws.amazon.com/certification/faqs/

To add details to your request, reply to this e-mail. Please keep "{CL}" in the
subject line.

AWS Training and Certification
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<h3 style="color:#232f3e;">Thank you for contacting AWS Training and Certification</h3>
<p>Hello Olivia,</p>
<p>This confirms we received your message. Your reference number is <b>{CL}</b>.</p>
<p>Our team responds to requests in the order they are received. You can expect to hear from us within 24 hours on business days.</p>
<p>While you wait, you may find an answer in our <a href="https://aws.amazon.com/certification/faqs/">FAQs</a>.</p>
<p>To add details to your request, reply to this e-mail. Please keep &quot;{CL}&quot; in the subject line.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
    body = alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("014-ack-reference-olivia.eml", "case_created", frm=FORM_FROM, frm_dom="amazon.com",
          to="olivia.martin@proton.me", subject=f"RE: [CASE {CL}] Thank you for contacting AWS Training and Certification",
          date=d, body=body, new=txt, case_id=CL, provider="proton", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m015():
    d = T(2024, 8, 7, 15, 26, 40)
    new = """Hello Tomasz,

Thank you for contacting AWS Training and Certification. My name is Rachel and I'll be
assisting you with your request today.

I was able to locate both certification accounts mentioned in your request: AWS08842019
and AWS01177340. Before I can submit anything, I need a few more details from you:

1. Which account would you like to keep as your primary account? Please note that the
   other account will no longer be accessible afterwards.
2. The e-mail address you use to sign in to each account.
3. The notification e-mail address listed on each account, if different from the
   sign-in address.

As soon as I have this information I'll be happy to move forward.

Best regards,
Rachel M.
AWS Training and Certification Customer Service
"""
    quote = """
-----Original Message-----
From: Tomasz Nowak <tomasz.nowak@gmail.com>
Sent: Tuesday, August 6, 2024 9:12 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS Candidate ID: AWS08842019
Description: Hi, I have two certification accounts. AWS08842019 is my current one (work
e-mail) and aws01177340 is an old one from university with my Cloud Practitioner. Could
you please merge them into one?
"""
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("015-first-reply-which-account-tomasz.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"RE:[CASE {CF}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CF, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m016():
    d = T(2024, 8, 13, 16, 3, 12)
    new = f"""Hi Tomasz,

Thanks for writing in again. I can see that your request about your two certification
accounts is already being handled under case {CF}, and my colleague is waiting for a
reply from you there (we sent our questions on August 7; it may have landed in your
spam folder).

To keep everything in one place, I'll mark this duplicate request as resolved and we
will continue on case {CF}. Please reply to the e-mail with that case number in the
subject, or simply answer the questions below:

- Which account do you want to keep?
- The sign-in e-mail of each account.

Kind regards,
Daniela
AWS Training and Certification Customer Service
"""
    body = part(new, cte="quoted-printable")
    write("016-duplicate-case-redirect-tomasz.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"RE:[CASE {CF2}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CF2, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m017():
    d = T(2025, 5, 28, 7, 48, 5)
    new = """渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきましたアカウントの統合につきまして、お手続きを進めるにあたり、
恐れ入りますが以下の情報をご提供いただけますでしょうか。

1. 各アカウントへのサインインに使用されているメールアドレス
2. 各アカウントに登録されている通知用メールアドレス（サインイン用と異なる場合）
3. 統合後に残すアカウント（AWS04417852 を残すご希望で相違ございませんでしょうか）

お手数をおかけいたしますが、本メールにご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

佐々木 美穂
AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス
"""
    quote = """
--- 元のメッセージ ---
送信者: kenji.watanabe.dev@gmail.com
件名: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: Certification
詳細: Account Merge
AWS 受験者 ID: AWS04417852
内容: 学生時代に作成したアカウント（AWS10938226）と、現在使っているアカウント
（AWS04417852）があります。現在のほうに統合してください。
"""
    txt = new + quote
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    subj = f"RE:[CASE {CA}] {FORM_SUBJ}"
    write("017-first-reply-ja-ask-emails-kenji.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="kenji.watanabe.dev@gmail.com", subject=subj, date=d, body=body, new=new, case_id=CA,
          lang="ja", dkim=AWS_DKIM, extra=SES_EXTRA(d))


CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services
===============================================================
To see all the correspondence on this case and respond, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Note, this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.
===============================================================
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
"""


def m018():
    d = T(2023, 3, 9, 10, 17, 55)
    new = """Hello Priya,

Greetings from AWS!

Kindly note that I have escalated your request to our internal team for combining the three
candidate profiles into your personal profile. The request is currently under process and
generally it takes 3-5 business days from our side. I request you to kindly bear with us.

Meanwhile please do not schedule any new exam using the profiles AWS07730018 and AWS11120459,
as this can affect the process. You can continue to use your personal profile as usual.

I will update you on this case as soon as I receive any update from the team.
"""
    txt = new + CONSOLE_FOOT.format(agent="Sandeep K.", case=CB)
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("018-escalated-in-progress-priya.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="priya.raman@outlook.com", subject=f"RE:[CASE {CB}] Request to combine 3 certification profiles",
          date=d, body=body, new=new, case_id=CB, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m019():
    d = T(2023, 3, 9, 10, 18, 1)
    txt = f"""Hello,

A new correspondence has been added to your AWS Support case {CB}.

Subject: Request to combine 3 certification profiles

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="7bit", charset="us-ascii"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("019-new-correspondence-notice-priya.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="priya.raman@outlook.com", subject=f"[Case {CB}] New correspondence added", date=d, body=body,
          new=txt, case_id=CB, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m020():
    d = T(2025, 10, 16, 9, 2, 44)
    new = f"""Hi Sarah,

Thanks for getting back to me with the details, and for your patience.

Certification account consolidations are handled by our Certification Operations
specialists, so I've transferred your request over to them. There's nothing you need to
do right now - they will reach out directly on this same thread if anything else is
needed, and your reference number ({CD}) stays the same. Please don't submit a new form
in the meantime, as that would put you back at the end of the queue.

All the best,
Joseph
AWS Training and Certification Customer Service
"""
    quote = """
On Wed, 15 Oct 2025, at 19:40, Sarah O'Connell wrote:
> Hi Joseph,
>
> Sign-in for AWS09911374 is sarah.oconnell@fastmail.com (this is the one I want to keep).
> The other one, AWS03356021, uses s.oconnell@trinitylabs.ie - I left that job last year
> so I can't receive mail there anymore.
>
> Thanks!
> Sarah
>
> On Wed, 15 Oct 2025, at 10:05, Amazon Web Services wrote:
> > Hi Sarah,
> >
> > Could you confirm the sign-in e-mail address of each account?
> >
> > Joseph
"""
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("020-handover-to-specialists-sarah.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="sarah.oconnell@fastmail.com", subject=f"RE:[CASE {CD}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CD, provider="fastmail", dkim=AWS_DKIM, extra=SES_EXTRA(d))


# ---------------------------------------------------------------- 021-030
def m021():
    d = T(2025, 10, 17, 13, 40, 9)
    new = """Hello Sarah,

My name is Priyanka and I'm with the Certification Operations team; your request was passed
to me by my colleague Joseph.

I have reviewed both records and submitted the consolidation of AWS03356021 into AWS09911374
to our back-end team. These requests are processed in batches, so it can take a few business
days. Once the merge is complete we will let you know by e-mail, and you can then sign in with
sarah.oconnell@fastmail.com to check that all your certifications are listed.

No action is needed from you at this point.

Kind regards,
Priyanka S.
Certification Operations | AWS Training and Certification
"""
    quote = """
________________________________
From: Sarah O'Connell <sarah.oconnell@fastmail.com>
Sent: Thursday, October 16, 2025 10:11 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Thanks Joseph. Just to double-check, my Solutions Architect Professional is on AWS03356021 -
that one will be moved over too, right?

Sarah
""" % CD
    txt = new + quote
    html = ('<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' +
            esc(new).replace("\n\n", "</p><p>").replace("\n", "<br>") +
            '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">' +
            esc(quote).replace("\n", "<br>") + "</div></body></html>")
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("021-waiting-once-merge-complete-sarah.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="sarah.oconnell@fastmail.com", subject=f"RE:[CASE {CD}] {FORM_SUBJ}", date=d, body=body,
          new=new, case_id=CD, provider="fastmail", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m022():
    d = T(2025, 3, 10, 12, 0, 3)
    txt = f"""Hello,

We haven't heard back from you regarding your AWS Support case {CG}.

Subject: Merge two AWS Certification accounts (AWS06620431 / AWS10455982)

Our last correspondence asked for some additional information so that we can continue
working on your request. If we don't receive a response within 7 days, the case will be
resolved automatically. You can reopen it at any time by adding a correspondence.

To review the case and respond, visit the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CG}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="base64"), java_boundary())
    write("022-pending-response-reminder-ahmed.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="Ahmed Farouk <ahmed.farouk@nordwave.io>",
          subject=f"[Case {CG}] Reminder: your case is pending your response", date=d, body=body,
          new=txt, case_id=CG, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m023():
    d = T(2025, 3, 19, 8, 14, 51)
    txt = f"""Hello,

Your AWS Support case {CG} has been reopened because a new correspondence was added to it.

Case ID: {CG}
Subject: Merge two AWS Certification accounts (AWS06620431 / AWS10455982)
Status: Reopened

A member of our support team will review the new information and respond as soon as
possible. You can follow the case in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CG}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="7bit", charset="us-ascii"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("023-case-reopened-ahmed.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="Ahmed Farouk <ahmed.farouk@nordwave.io>", subject=f"Amazon Web Services: Case {CG} has been reopened",
          date=d, body=body, new=txt, case_id=CG, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


JA_CONSOLE_FOOT = """
フィードバックをお寄せください。AWS サポートセンターで、このやり取りを評価していただけます。各やり取りの右上にある星を選択して評価できます。

よろしくお願いいたします。

{agent}
Amazon Web Services
===============================================================
このケースのすべてのやり取りを確認して返信するには、次のリンクにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

このメールは受信できないアドレスから送信されています。このケースに返信するには、上のリンクから AWS サポートセンターで返信してください。
===============================================================
"""


def m024():
    d = T(2026, 1, 20, 6, 31, 17)
    txt = f"""お客様

AWS サポートケース {CE} に新しいやり取りが追加されました。

件名: 認定アカウントが2つあるので1つにまとめたい

やり取りを確認して返信するには、AWS サポートセンターにサインインしてください。
https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={CE}&language=ja

このメールアドレスは送信専用です。

アマゾン ウェブ サービス
"""
    body = alt(part(txt, charset="iso-2022-jp", cte="7bit"),
               part(simple_html(txt).replace("utf-8", "iso-2022-jp"), "html", charset="iso-2022-jp", cte="7bit"),
               java_boundary())
    subj = enc_header(f"[ケース {CE}] 新しいやり取りが追加されました", "iso-2022-jp")
    write("024-new-correspondence-ja-misaki.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="m.sato@nifty.com", subject=subj, date=d, body=body, new=txt, case_id=CE, lang="ja",
          provider="nifty", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m025():
    d = T(2026, 1, 20, 6, 31, 12)
    new = """佐藤 様

AWS サポートの高橋でございます。
お問い合わせいただき、誠にありがとうございます。

ご連絡いただきました 2 つの認定アカウント（AWS05582213 および AWS12007468）を確認いたしました。
両アカウントの登録氏名が「Misaki Sato」と「Misaki Kobayashi」で異なっておりますため、
お手続きに先立ち、1 点確認させていただけますでしょうか。

・統合後のアカウントに表示する氏名は、どちらをご希望でしょうか。
　（認定証および Credly バッジには、こちらの氏名が表示されます）

ご回答をいただき次第、次のご案内をさせていただきます。
お手数をおかけいたしますが、よろしくお願いいたします。
"""
    txt = new + JA_CONSOLE_FOOT.format(agent="高橋", case=CE)
    body = alt(part(txt, cte="base64"), part(simple_html(txt), "html", cte="base64"), java_boundary())
    subj = enc_header(f"RE:[CASE {CE}] 認定アカウントが2つあるので1つにまとめたい", "utf-8")
    write("025-ja-asks-which-name-misaki.eml", "support_reply", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="m.sato@nifty.com", subject=subj, date=d, body=body, new=new, case_id=CE, lang="ja",
          provider="nifty", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m026():
    d = T(2023, 6, 14, 2, 5, 40)
    new = """山田 健一 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの中村でございます。

ご確認のご連絡をいただき、誠にありがとうございます。
いただいた内容をもとに、担当部署にて作業を進めてまいります。
作業完了まで通常 2～3 営業日ほどお時間を頂戴しております。完了いたしましたら、
改めて本メールにてご連絡差し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

中村 由香
AWS トレーニングと認定 カスタマーサービス
"""
    quote = f"""
2023年6月14日(水) 9:15 山田 健一 <k-yamada@biglobe.ne.jp>:
> ご連絡ありがとうございます。
> 内容に相違ございません。統合を進めてください。
>
> 山田
>
> 2023年6月13日(火) 18:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山田 健一 様
> >
> > 以下のとおりアカウントを統合いたします。
> > 統合元: AWS07264450
> > 統合先（存続するアカウント）: AWS03018876
> > 統合後は元に戻すことができません。内容にお間違いがなければ、本メールにご返信ください。
"""
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("026-ja-thanks-proceeding-yamada.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="k-yamada@biglobe.ne.jp", subject=f"RE:[CASE {CH}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CH, lang="ja", provider="biglobe", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m027():
    d = T(2026, 4, 22, 14, 9, 33)
    new = """Hi Lucía,

Thank you for confirming. We will now proceed with your request and I'll get back to you
as soon as our team has finished.

Cheers,
Oliver
AWS Training and Certification Customer Service
"""
    quote = """
On Wed, Apr 22, 2026 at 11:52 AM Lucía Fernández <lucia.fernandez@gmail.com> wrote:
> Hi Oliver,
> Yes, the details are correct. Please proceed.
> Lucía
>
> On Tue, Apr 21, 2026 at 6:30 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Lucía,
> >
> > Please review the following and reply to confirm:
> > - Account to be retained: AWS11593007 (lucia.fernandez@gmail.com)
> > - Account to be merged and closed: AWS02846619 (lfernandez@uni-sevilla.es)
> > This action is permanent and cannot be undone.
> >
> > Oliver
"""
    txt = new + quote
    html = gmail_html(new.rstrip(), "On Wed, Apr 22, 2026 at 11:52 AM Lucía Fernández <lucia.fernandez@gmail.com> wrote:",
                      "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in quote.strip().split("\n")[1:]))
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("027-thanks-for-confirming-proceed-lucia.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="lucia.fernandez@gmail.com", subject=f"RE:[CASE {CI}] {FORM_SUBJ}", date=d, body=body,
          new=new, case_id=CI, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m028():
    d = T(2026, 4, 24, 9, 45, 0)
    new = f"""Hi Lucía,

A quick update on case {CI}: your request to fold AWS02846619 into AWS11593007 is in the
queue with our back-end team. These usually take 3 to 5 business days, so you should hear
from us by the end of next week at the latest.

About the question in your last e-mail: yes, the 50% discount voucher you earned for
passing the Developer - Associate exam will still be available on your remaining account
afterwards. You don't need to use it before the change goes through.

Cheers,
Oliver
AWS Training and Certification Customer Service
"""
    body = alt(part(new, cte="quoted-printable"), part(simple_html(new), "html", cte="quoted-printable"), java_boundary())
    write("028-status-update-voucher-lucia.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="lucia.fernandez@gmail.com", subject=f"RE:[CASE {CI}] {FORM_SUBJ}", date=d, body=body,
          new=new, case_id=CI, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m029():
    d = T(2025, 7, 10, 16, 21, 8)
    new = """Hello Chen,

Thank you for your patience. I'm Marisol and I'll be handling your case.

I was not able to locate a certification account with the candidate ID AWS07015538 that
was entered in the form. There is, however, an account AWS07015583 registered under your
name. Could you please double-check the ID and let me know whether AWS07015583 is the
account you meant? You can find your candidate ID in the top right corner after signing in
to your AWS Certification account.

The second ID you provided, AWS04400129, was found without problems.

Best regards,
Marisol
AWS Training and Certification Customer Service
"""
    body = alt(part(new, cte="quoted-printable"), part(simple_html(new), "html", cte="quoted-printable"), java_boundary())
    write("029-cannot-locate-candidate-id-chen.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="chen.wei88@yahoo.com", subject=f"RE:[CASE {CJ}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CJ, provider="yahoo", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m030():
    d = T(2025, 7, 11, 18, 2, 37)
    new = """Hello Chen,

Thank you for confirming the candidate ID.

Before we go any further there is one thing I'd like to check with you: the account
AWS07015583 has an exam appointment scheduled with Pearson VUE for July 22 (AWS Certified
Solutions Architect - Associate). We are unable to make changes to an account while an
exam is booked on it.

Would you prefer to keep the appointment (we would then continue with your request after
your exam results are published), or would you like to reschedule the exam to a later date?

Best regards,
Marisol
AWS Training and Certification Customer Service
"""
    quote = """
--- Original Message ---
From: "Chen Wei" <chen.wei88@yahoo.com>
Sent: 7/10/2025 11:48 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Sorry, typo on my side. Yes it is AWS07015583.

Sent from Yahoo Mail for iPhone
""" % CJ
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("030-question-exam-booked-chen.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="chen.wei88@yahoo.com", subject=f"RE:[CASE {CJ}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CJ, provider="yahoo", dkim=AWS_DKIM, extra=SES_EXTRA(d))


# ---------------------------------------------------------------- 031-040
def m031():
    d = T(2019, 11, 21, 10, 33, 2)
    new = """Dear Marco,

I hope you are well. My colleague Anna is out of the office for the rest of the week, so I
will be looking after your case from now on, in order that it does not stay without answer.

I have read the history and I see that you already sent us the e-mail addresses of both of
your accounts, thank you for this. I am now checking the records with the back office and I
will come back to you as soon as I have news, at the latest at the beginning of next week.

Kind regards,
Luca
AWS Training and Certification - Customer Service
Amazon Web Services EMEA SARL
"""
    quote = """
From: Marco Bellini [mailto:marco.bellini@bellini-consulting.it]
Sent: Tuesday, November 19, 2019 6:12 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE %s] Your AWS Training and Certification inquiry

Hello Anna,
the old account AWS00782215 is with marco.bellini@gmail.com, the new one AWS00934470 is with
this address. I want to keep the new one.
Best regards
Marco Bellini
""" % CC
    txt = new + quote
    body = part(txt, charset="iso-8859-1", cte="quoted-printable")
    write("031-handover-colleague-ooo-marco.eml", "support_reply",
          frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>',
          frm_dom="amazon.com", to='"Marco Bellini" <marco.bellini@bellini-consulting.it>',
          subject=f"RE: [CASE {CC}] Your AWS Training and Certification inquiry", date=d, body=body,
          new=new, case_id=CC, auth="none", crlf=True,
          extra=["Thread-Topic: [CASE %s] Your AWS Training and Certification inquiry" % CC, "Content-Language: en-US"])


def m032():
    d = T(2024, 12, 6, 17, 12, 40)
    new = """Hello Olivia,

I'm just following up on my e-mail from December 3rd. To continue with your request I still
need to know which of your two accounts you would like to keep, AWS05530872 or AWS09218864.

If you've already replied, please accept my apologies and disregard this message. If we
don't hear from you within the next 5 business days, we'll assume the issue has been resolved
and close the case; you can always reply to reopen it.

Best wishes,
Hannah
AWS Training and Certification Customer Service
"""
    quote = f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, December 3, 2024 2:40 PM
To: olivia.martin@proton.me
Subject: RE:[CASE {CL}] {FORM_SUBJ}

Hello Olivia,

I found two certification accounts under your name: AWS05530872 (olivia.martin@proton.me)
and AWS09218864 (omartin@northbridge-analytics.com). Which one would you like to keep?

Best wishes,
Hannah
"""
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("032-chaser-which-account-olivia.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="olivia.martin@proton.me", subject=f"RE:[CASE {CL}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CL, provider="proton", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m033():
    d = T(2025, 6, 2, 1, 10, 26)
    new = """渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。

5月28日にお送りしたメールにつきまして、その後いかがでしょうか。
お手続きを進めるため、引き続きご返信をお待ちしております。
既にご返信いただいている場合は、行き違いとなりましたことをお詫び申し上げます。

なお、7 日間ご返信がない場合、本ケースはいったんクローズとさせていただきますが、
本メールにご返信いただければいつでも再開することが可能です。

何卒よろしくお願い申し上げます。

佐々木 美穂
AWS トレーニングと認定 カスタマーサービス
"""
    quote = """
2025年5月28日(水) 16:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 渡辺 健司 様
>
> ご依頼いただきましたアカウントの統合につきまして、以下の情報をご提供いただけますでしょうか。
> 1. 各アカウントへのサインインに使用されているメールアドレス
> 2. 統合後に残すアカウント（AWS04417852 を残すご希望で相違ございませんでしょうか）
"""
    txt = new + quote
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    write("033-ja-chaser-awaiting-reply-kenji.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="kenji.watanabe.dev@gmail.com", subject=f"RE:[CASE {CA}] {FORM_SUBJ}", date=d, body=body,
          new=new, case_id=CA, lang="ja", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m034():
    d = T(2025, 10, 18, 3, 27, 55)
    new = f"""Dear Sarah O'Connell,

This is a follow-up on your merge request (Ref. {CD}) for candidate account AWS09911374.

Our verification team was unable to validate ownership of the secondary account. To avoid
the cancellation of your request, please reply to this message within 24 hours with:

  - the password currently used for your AWS Certification account
  - the code of any unused exam voucher linked to the account

Once verified, the process will resume immediately.

Regards,
Account Services Team
AWS Training & Certification
"""
    body = part(new, charset="windows-1252", cte="quoted-printable")
    write("034-lookalike-asks-password-sarah.eml", "support_reply",
          frm='"AWS Training & Certification" <verification@aws-training-certification.net>',
          frm_dom="aws-training-certification.net", to="sarah.oconnell@fastmail.com",
          subject=f"RE:[CASE {CD}] Action needed - verify account ownership", date=d, body=body, new=new,
          case_id=CD, provider="fastmail", auth="lookalike",
          msgid="<%s@aws-training-certification.net>" % rhex(20),
          reply_to="aws.cert.verify@outlook.com")


def m035():
    d = T(2025, 6, 12, 2, 44, 19)
    new = """渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
ご連絡いただき、ありがとうございます。

Credly バッジが旧アカウント側に残っている件につきまして、確認いたしました。
大変恐れ入りますが、Credly のバッジは認定アカウントとは別に移行手続きが必要となるため、
本日、Credly 社へ移行を依頼いたしました。

移行が完了しますと、Credly から新しいバッジの受け取りに関するメールが届きますので、
数営業日ほどお待ちいただけますでしょうか。

ご不便をおかけいたしまして、誠に申し訳ございません。
引き続きよろしくお願い申し上げます。

佐々木 美穂
AWS トレーニングと認定 カスタマーサービス
"""
    quote = """
2025年6月11日(水) 21:03 渡辺健司 <kenji.watanabe.dev@gmail.com>:
> お世話になっております。
> 統合は無事に完了し、AWS04417852 に認定が表示されていることを確認しました。
> ただ、Credly のバッジが AWS10938226 側（旧メールアドレス）に残ったままのようです。
> こちらも移していただくことは可能でしょうか。
"""
    txt = new + quote
    body = alt(part(txt, cte="base64"), part(simple_html(txt), "html", cte="base64"), java_boundary())
    write("035-ja-credly-transfer-requested-kenji.eml", "support_reply", frm=FORM_FROM, frm_dom="amazon.com",
          to="kenji.watanabe.dev@gmail.com", subject=f"RE:[CASE {CA}] {FORM_SUBJ}", date=d, body=body,
          new=new, case_id=CA, lang="ja", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m036():
    d = T(2024, 8, 16, 13, 5, 2)
    new = """Hello Tomasz,

Thank you for getting back to us with the requested information.

Please review the details below carefully:

  Account that will remain (primary):  AWS08842019  -  tomasz.nowak@gmail.com
  Account that will be merged into it:  AWS01177340  -  t.nowak@student.agh.edu.pl

All certifications, exam history and benefits from AWS01177340 will be moved to
AWS08842019, and AWS01177340 will be deactivated. Please be aware that this process
cannot be reversed once it has been completed.

If everything above is correct, please reply to this e-mail confirming that you would
like us to go ahead. We will not make any changes until we hear from you.

Best regards,
Rachel M.
AWS Training and Certification Customer Service
"""
    quote = """
On Thu, Aug 15, 2024 at 10:21 PM Tomasz Nowak <tomasz.nowak@gmail.com> wrote:
> Hi Rachel,
> sorry for the late answer, your mail went to spam.
> 1. keep AWS08842019
> 2. AWS08842019 -> tomasz.nowak@gmail.com, AWS01177340 -> t.nowak@student.agh.edu.pl
> 3. same as sign-in
> Tomasz
"""
    txt = new + quote
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("036-confirm-request-tomasz.eml", "merge_confirmation_requested", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"RE:[CASE {CF}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CF, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m037():
    d = T(2025, 6, 4, 5, 20, 41)
    new = """渡辺 健司 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
情報をご提供いただき、誠にありがとうございます。

いただいた内容をもとに、以下のとおりアカウントを統合させていただきます。

　統合元（統合後は利用できなくなるアカウント）: AWS10938226
　統合先（引き続きご利用いただくアカウント）　: AWS04417852

統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。
なお、統合を実施した後に元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信のうえ、統合へのご同意をお知らせください。
ご返信を確認後、手続きを開始いたします。

佐々木 美穂
AWS トレーニングと認定 カスタマーサービス
"""
    quote = """
2025年6月3日(火) 22:15 渡辺健司 <kenji.watanabe.dev@gmail.com>:
> 返信が遅くなり申し訳ありません。
> サインイン用: AWS04417852 → kenji.watanabe.dev@gmail.com
> 　　　　　　　AWS10938226 → watanabe.k@st.kyoto-u.ac.jp
> 残したいのは AWS04417852 です。
"""
    txt = new + quote
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    subj = enc_header(f"RE:[CASE {CA}] 【ご確認のお願い】アカウント統合の内容について", "iso-2022-jp")
    write("037-ja-confirm-request-kenji.eml", "merge_confirmation_requested", frm=FORM_FROM, frm_dom="amazon.com",
          to="kenji.watanabe.dev@gmail.com", subject=subj, date=d, body=body, new=new, case_id=CA, lang="ja",
          dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m038():
    d = T(2023, 3, 13, 11, 26, 30)
    new = """Hello Priya,

Thank you for your patience.

Our internal team has requested that we obtain your explicit confirmation before they act on
the request. Kindly go through the below details and confirm the same:

  * AWS07730018 (previous employer profile) will be merged into AWS02291567
  * AWS11120459 (current employer profile) will be merged into AWS02291567
  * AWS02291567 (personal e-mail) will be the only active profile after the merge

Please note that once the merge is done it can not be reverted, and the other two profiles
will be deactivated permanently.

Request you to kindly reply to this correspondence from the Support Center with "I confirm"
so that we can proceed further.
"""
    txt = new + CONSOLE_FOOT.format(agent="Sandeep K.", case=CB)
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("038-confirm-three-profiles-priya.eml", "merge_confirmation_requested", frm=CONSOLE_FROM,
          frm_dom="amazon.com", to="priya.raman@outlook.com",
          subject=f"RE:[CASE {CB}] Request to combine 3 certification profiles", date=d, body=body, new=new,
          case_id=CB, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m039():
    d = T(2025, 7, 24, 15, 50, 12)
    new = """Hello Chen,

Congratulations on passing your Solutions Architect - Associate exam, and thanks for
letting us know!

Now that your results are published we can pick up your request again. Here is what we are
going to do:

  - AWS07015583 stays as your certification account (sign-in: chen.wei88@yahoo.com).
  - AWS04400129 will be retired. Its certification history, including your Cloud
    Practitioner certification, will be moved across to AWS07015583.

This cannot be undone afterwards. Kindly reply "Yes, proceed" to this e-mail if you agree,
or let me know if anything above needs to change.

Best regards,
Marisol
AWS Training and Certification Customer Service
"""
    body = alt(part(new, cte="quoted-printable"), part(simple_html(new), "html", cte="quoted-printable"), java_boundary())
    write("039-consolidate-reply-yes-chen.eml", "merge_confirmation_requested", frm=FORM_FROM, frm_dom="amazon.com",
          to="chen.wei88@yahoo.com", subject=f"RE:[CASE {CJ}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CJ, provider="yahoo", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m040():
    d = T(2024, 12, 4, 7, 2, 18)
    new = f"""Hello Olivia,

As part of your open request {CL}, please confirm the merge of your certification accounts:

  Source account: AWS09218864
  Destination account: AWS05530872

The source account will be permanently closed. To confirm, sign in below within 24 hours.
Unconfirmed requests are rejected and cannot be resubmitted for 90 days.

  [ Confirm merge ]  https://aws-certmetrics-merge.com/confirm?ref={CL}

AWS Training and Certification
"""
    html = simple_html(new).replace(f"[ Confirm merge ]  https://aws-certmetrics-merge.com/confirm?ref={CL}",
                                    f'<a href="https://aws-certmetrics-merge.com/confirm?ref={CL}" style="background:#ff9900;padding:8px 14px;color:#000">Confirm merge</a>')
    body = alt(part(new, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("040-lookalike-confirm-merge-olivia.eml", "merge_confirmation_requested",
          frm='"AWS Training and Certification" <no-reply@aws-certmetrics-merge.com>',
          frm_dom="aws-certmetrics-merge.com", to="olivia.martin@proton.me",
          subject=f"RE:[CASE {CL}] Please confirm your account merge", date=d, body=body, new=new,
          case_id=CL, provider="proton", auth="lookalike", msgid="<%s@aws-certmetrics-merge.com>" % uuid.UUID(int=R.getrandbits(128)),
          dkim=[("aws-certmetrics-merge.com", "mail")])


# ---------------------------------------------------------------- 041-050
def m041():
    d = T(2025, 10, 21, 11, 7, 45)
    new = """Hi Sarah,

Good news: the back-end team has finished, and your two certification accounts are now one.

Your account AWS09911374 (sarah.oconnell@fastmail.com) now lists everything, including the
AWS Certified Solutions Architect - Professional that was previously held on AWS03356021.
The old account has been deactivated, so please use your fastmail address from now on.

Your Credly badges will be re-issued to the same address; the e-mails from Credly can take
up to 48 hours to arrive. If anything looks wrong, just reply here.

Kind regards,
Priyanka S.
Certification Operations | AWS Training and Certification
"""
    body = alt(part(new, cte="quoted-printable"), part(simple_html(new), "html", cte="quoted-printable"), java_boundary())
    write("041-merge-done-sarah.eml", "merge_completed", frm=FORM_FROM, frm_dom="amazon.com",
          to="sarah.oconnell@fastmail.com", subject=f"RE:[CASE {CD}] {FORM_SUBJ}", date=d, body=body, new=new,
          case_id=CD, provider="fastmail", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m042():
    d = T(2026, 1, 26, 4, 12, 9)
    new = """佐藤 様

AWS サポートの高橋でございます。
お待たせいたしました。

ご依頼いただいておりました認定アカウントの統合が完了いたしましたので、ご報告申し上げます。
今後は AWS05582213（氏名: Misaki Sato）のみをご利用いただけます。
AWS12007468 に登録されていた認定資格および受験履歴は、すべて上記アカウントへ移行済みです。

お手数ですが、サインインのうえ認定資格が正しく表示されているかご確認いただけますと幸いです。
ご不明な点がございましたら、本ケースにてお気軽にお知らせください。
"""
    txt = new + JA_CONSOLE_FOOT.format(agent="高橋", case=CE)
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    subj = enc_header(f"RE:[CASE {CE}] 認定アカウントが2つあるので1つにまとめたい", "utf-8")
    write("042-ja-merge-completed-misaki.eml", "merge_completed", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="m.sato@nifty.com", subject=subj, date=d, body=body, new=new, case_id=CE, lang="ja",
          provider="nifty", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m043():
    d = T(2026, 4, 28, 16, 55, 31)
    new = """Hi Lucía,

I’m happy to let you know that I’ve completed the merge of your accounts. Everything from
AWS02846619 is now under AWS11593007, and you can sign in as usual with
lucia.fernandez@gmail.com.

Since there’s nothing else pending, I’ll go ahead and mark this case as resolved. You may
receive a short survey about your experience – we’d really appreciate your feedback.

Cheers,
Oliver
AWS Training and Certification Customer Service
"""
    body = part(new, charset="utf-8", label="windows-1252", cte="quoted-printable")
    write("043-completed-and-resolving-wrong-charset-lucia.eml", "merge_completed", frm=FORM_FROM,
          frm_dom="amazon.com", to="lucia.fernandez@gmail.com", subject=f"RE:[CASE {CI}] {FORM_SUBJ}",
          date=d, body=body, new=new, case_id=CI, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m044():
    d = T(2024, 12, 10, 20, 3, 56)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<table width="100%" style="max-width:600px"><tr><td>
<p>Hello Olivia,</p>
<p>Thank you for confirming which account to keep.</p>
<p>Your accounts have been successfully combined. <b>AWS05530872</b> is now your single AWS Certification
account, and all certifications and exam history from AWS09218864 are visible there.</p>
<ul>
<li>Sign in with: olivia.martin@proton.me</li>
<li>Your active certifications: AWS Certified Cloud Practitioner, AWS Certified Data Engineer &ndash; Associate</li>
<li>Exam benefits (including your 50% discount voucher) have been carried over.</li>
</ul>
<p>If you notice anything missing, reply to this e-mail within 14 days and keep the case number in the subject.</p>
<p>Best wishes,<br>Hannah<br>AWS Training and Certification Customer Service</p>
</td></tr></table>
</body></html>
"""
    body = part(html, "html", charset="UTF-8", cte="quoted-printable", encode_as="utf-8")
    write("044-html-only-combined-olivia.eml", "merge_completed", frm=FORM_FROM, frm_dom="amazon.com",
          to="olivia.martin@proton.me", subject=f"RE:[CASE {CL}] {FORM_SUBJ}", date=d, body=body,
          new=re.sub(r"<[^>]+>", " ", html), case_id=CL, provider="proton", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m045():
    d = T(2024, 8, 19, 9, 30, 17)
    txt = f"""Hello Tomasz,

Your case {CF} has been closed.

Subject: [AWS Training and Certification Form Submission] - account-assistance

Was your issue resolved?

  YES: https://survey.aws-training.amazon.com/s?case={CF}&resolved=yes
  NO:  https://survey.aws-training.amazon.com/s?case={CF}&resolved=no

It only takes a minute, and your answer helps us improve the support we provide.

If you need further help with this issue, reply to this e-mail within 14 days and the case
will be reopened.

Thank you,
AWS Training and Certification Customer Service
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Tomasz,</p><p>Your case {CF} has been closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-training.amazon.com/s?case={CF}&amp;resolved=yes" style="background:#1d8102;color:#fff;padding:6px 18px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-training.amazon.com/s?case={CF}&amp;resolved=no" style="background:#d13212;color:#fff;padding:6px 18px;text-decoration:none">NO</a></p>
<p>It only takes a minute, and your answer helps us improve the support we provide.</p>
<p>If you need further help with this issue, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Service</p></body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary())
    write("045-closed-was-issue-resolved-tomasz.eml", "survey", frm=FORM_FROM, frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"[CASE {CF}] Your case has been closed - tell us how we did",
          date=d, body=body, new=txt, case_id=CF, dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m046():
    d = T(2023, 6, 17, 0, 15, 3)
    txt = f"""山田 健一 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

先日のお問い合わせ（ケース番号: {CH}）への対応について、
簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分ほどです。

担当者の対応はいかがでしたか？
　★★★★★ とても満足
　★★★★☆ 満足
　★★★☆☆ 普通
　★★☆☆☆ 不満
　★☆☆☆☆ とても不満

アンケートに回答する:
https://survey.aws-training.amazon.com/ja/s?case={CH}

いただいたご意見は、今後のサービス向上に活用させていただきます。

AWS トレーニングと認定 カスタマーサービス
"""
    body = part(txt, charset="shift_jis", cte="quoted-printable")
    subj = enc_header(f"[CASE {CH}] サポートの対応についてアンケートのお願い", "shift_jis")
    write("046-ja-rating-request-yamada.eml", "survey", frm=FORM_FROM, frm_dom="amazon.com",
          to="k-yamada@biglobe.ne.jp", subject=subj, date=d, body=body, new=txt, case_id=CH, lang="ja",
          provider="biglobe", dkim=AWS_DKIM, extra=SES_EXTRA(d), crlf=True)


def m047():
    d = T(2025, 3, 17, 12, 0, 41)
    txt = f"""Hello,

We haven't heard back from you, so we've resolved your AWS Support case {CG}.

Subject: Merge two AWS Certification accounts (AWS06620431 / AWS10455982)

If you still need help, you can reopen the case within 14 days by adding a correspondence in the
AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CG}&language=en

How did we do? Please take a moment to rate your support experience:
https://console.aws.amazon.com/support/feedback?displayId={CG}

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("047-auto-resolved-no-response-ahmed.eml", "survey", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="Ahmed Farouk <ahmed.farouk@nordwave.io>",
          subject=f"Amazon Web Services: Your Support case {CG} has been resolved", date=d, body=body,
          new=txt, case_id=CG, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


CREDLY_FOOT = """
--
Credly, Inc. | 1301 W 22nd St, Suite 600, Oak Brook, IL 60523
You are receiving this e-mail because an organization issued you a badge through Credly.
Manage notification settings: https://www.credly.com/users/notification_preferences
Privacy: https://info.credly.com/privacy-policy
"""


def credly_msgid():
    return "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), R.randint(1, 30))


def m048():
    d = T(2025, 10, 22, 8, 41, 19)
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Hi Sarah,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Professional

This badge was added to your account after your AWS Certification records were combined.
Accept your badge to share it on LinkedIn and other networks, and to let employers verify
your skills.

Accept your badge: https://www.credly.com/badges/{bid}/accept

Questions about this badge? Contact the issuer: https://www.credly.com/org/amazon-web-services
{CREDLY_FOOT}"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="560" style="background:#fff;padding:24px"><tr><td>
<img src="https://images.credly.com/size/110x110/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="110" alt="badge">
<p>Hi Sarah,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<h2 style="font-size:20px">AWS Certified Solutions Architect &ndash; Professional</h2>
<p>This badge was added to your account after your AWS Certification records were combined. Accept your badge to share it on LinkedIn and other networks, and to let employers verify your skills.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 1301 W 22nd St, Suite 600, Oak Brook, IL 60523</p>
</td></tr></table></body></html>
"""
    body = alt(part(txt, cte="quoted-printable"), part(html, "html", cte="quoted-printable"))
    write("048-credly-badge-after-merge-sarah.eml", "credly_badge_issued",
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
          frm_dom="credly.com", to="sarah.oconnell@fastmail.com",
          subject="Amazon Web Services Training and Certification sent you a new badge",
          date=d, body=body, new=txt, case_id=None, provider="fastmail", mailfrom_dom="em.credly.com",
          msgid=credly_msgid(), dkim=[("credly.com", "s1")])


def m049():
    d = T(2025, 6, 18, 14, 2, 0)
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Hi Kenji,

Your badge from Amazon Web Services Training and Certification is waiting for you.

AWS Certified Developer – Associate
Issued to kenji.watanabe.dev@gmail.com

Accept your badge to start sharing it: https://www.credly.com/badges/{bid}/accept

Not sure what Credly is? Credly helps you share your verified achievements in a single click.
{CREDLY_FOOT}"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("049-credly-accept-waiting-kenji.eml", "credly_badge_issued",
          frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
          frm_dom="credly.com", to="kenji.watanabe.dev@gmail.com",
          subject="Reminder: your AWS Certified Developer – Associate badge is ready to accept".replace("–", "-"),
          date=d, body=body, new=txt, case_id=None, mailfrom_dom="em.credly.com",
          msgid=credly_msgid(), dkim=[("credly.com", "s1")])


def m050():
    d = T(2019, 11, 28, 18, 22, 40)
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Congratulations, Marco!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.youracclaim.com/badges/{bid}/accept

Acclaim makes it easy to share your achievements on LinkedIn, Twitter and Facebook, and
to embed verified badges in your e-mail signature or website.

--
Acclaim, by Credly
You are receiving this e-mail because Amazon Web Services Training and Certification issued you a badge.
"""
    body = alt(part(txt, charset="us-ascii", cte="7bit"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("050-acclaim-badge-2019-marco.eml", "credly_badge_issued",
          frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
          frm_dom="youracclaim.com", to='"Marco Bellini" <marco.bellini@bellini-consulting.it>',
          subject="Amazon Web Services Training and Certification has issued you a badge on Acclaim",
          date=d, body=body, new=txt, case_id=None, mailfrom_dom="mail.youracclaim.com",
          msgid=credly_msgid(), dkim=[("youracclaim.com", "s1")])


# ---------------------------------------------------------------- 051-060 (look-alikes)
def m051():
    op = T(2025, 3, 5, 8, 3, 51)
    cq = case15(op, 71846)
    d = op + timedelta(seconds=28)
    txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {cq} to address your issue.

The details of your case are as follows:

Case ID: {cq}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-central-1
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 256
Use case description: Load test for the new ingestion pipeline next week.

We will respond to your case as soon as possible. You can view and update this case at any time in the
AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cq}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
    body = alt(part(txt, cte="base64"), part(simple_html(txt), "html", cte="base64"), java_boundary())
    write("051-quota-increase-case-opened-ahmed.eml", "unrelated", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="Ahmed Farouk <ahmed.farouk@nordwave.io>",
          subject=f"Amazon Web Services: You have opened a new Support case: {cq}", date=d, body=body,
          new=txt, case_id=cq, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m052():
    cb = "11903348127"
    d = T(2023, 3, 21, 19, 44, 2)
    new = """Hello Priya,

Thank you for reaching out to AWS Billing Support. I understand you were charged $14.62 on
your March invoice even though you closed your account at the end of February.

I've reviewed the account and can see that an Elastic IP address and an EBS snapshot were
still present in us-east-1 when the account was closed. Charges for resources used before
closure are billed on the following invoice. As a one-time courtesy, I have submitted a
refund request for the full amount; you should see it on your payment method within 5-7
business days.

Please let me know if there is anything else I can help you with.
"""
    txt = new + CONSOLE_FOOT.format(agent="Megan T.", case=cb)
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("052-billing-case-reply-priya.eml", "unrelated", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="priya.raman@outlook.com", subject=f"RE:[CASE {cb}] Charged after closing account",
          date=d, body=body, new=new, case_id=cb, provider="outlook", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m053():
    sc = "6127734095"
    d = T(2024, 8, 20, 6, 18, 33)
    new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the duplicate detail pages for ASIN B0CX7LQ4ZP and
ASIN B0CX7NM2TR. The merge has been completed: both listings now appear on a single detail
page under ASIN B0CX7LQ4ZP. It can take up to 24 hours for the change to show on the website.

If you need anything else, reply to this case from Seller Central.

Was this information helpful? Please take a moment to rate this response in Seller Central
under Case Log.

We appreciate your business.

Thank you,
Dominik G.
Amazon.pl Selling Partner Support

To view your case: https://sellercentral.amazon.pl/cu/case-dashboard/view-case?caseID={sc}
"""
    body = alt(part(new, cte="quoted-printable"), part(simple_html(new), "html", cte="quoted-printable"), java_boundary())
    write("053-seller-central-asin-merge-tomasz.eml", "unrelated",
          frm='"Amazon Seller Central" <seller-answers@amazon.com>', frm_dom="amazon.com",
          to="tomasz.nowak@gmail.com", subject=f"RE:[CASE {sc}] Merge duplicate ASIN detail pages",
          date=d, body=body, new=new, case_id=sc, dkim=AWS_DKIM, extra=SES_EXTRA(d, ))


def m054():
    op = T(2026, 2, 3, 0, 27, 39)
    cb = case15(op, 40562)
    d = T(2026, 2, 4, 2, 9, 12)
    txt = f"""お客様

AWS サポートケース {cb} に新しいやり取りが追加されました。

件名: 請求書の宛名（会社名）の変更について

やり取りを確認して返信するには、AWS サポートセンターにサインインしてください。
https://support.console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={cb}&language=ja

このメールアドレスは送信専用です。

アマゾン ウェブ サービス
"""
    body = alt(part(txt, charset="iso-2022-jp", cte="7bit"),
               part(simple_html(txt).replace("utf-8", "iso-2022-jp"), "html", charset="iso-2022-jp", cte="7bit"),
               java_boundary())
    subj = enc_header(f"[ケース {cb}] 新しいやり取りが追加されました", "iso-2022-jp")
    write("054-ja-billing-case-correspondence-misaki.eml", "unrelated", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="m.sato@nifty.com", subject=subj, date=d, body=body, new=txt, case_id=cb, lang="ja",
          provider="nifty", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m055():
    op = T(2024, 12, 9, 10, 4, 12)
    co = case15(op, 61204)
    d = T(2024, 12, 9, 22, 31, 48)
    new = """Hello Olivia,

Thank you for contacting AWS Support about merging your two AWS accounts (4821-7730-1954
and 9036-2218-4470).

I'm sorry to let you know that it isn't possible to merge two AWS accounts into one, or to
move resources directly from one account to another. What we usually recommend instead is to
use AWS Organizations:

1. In the account you want to use for billing (the management account), create an
   organization.
2. Invite the other account to join the organization, and accept the invitation from that
   account.
3. Once the account has joined, its charges will appear on the management account's
   consolidated bill.

Your AWS Certification profile is not affected by any of this, as it is separate from your
AWS accounts.
"""
    txt = new + CONSOLE_FOOT.format(agent="Jorge R.", case=co)
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"), java_boundary())
    write("055-aws-accounts-organizations-olivia.eml", "unrelated", frm=CONSOLE_FROM, frm_dom="amazon.com",
          to="olivia.martin@proton.me", subject=f"RE:[CASE {co}] Merge two AWS accounts into one",
          date=d, body=body, new=new, case_id=co, provider="proton", dkim=AWS_DKIM, extra=SES_EXTRA(d))


def m056():
    d = T(2024, 12, 18, 15, 0, 5)
    txt = """Hello Olivia,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. Please tell us about your experience in a
short survey (about 5 minutes). Your feedback helps us improve the certification program.

Take the survey: https://www.certmetrics.com/amazon/survey/?id=8f3c1e0b7d5a4f6e9c2b1a0d3e4f5a6b

Candidate ID: AWS05530872

Thank you,
AWS Certification

This e-mail was sent by the AWS Certification program through CertMetrics. Please do not reply.
"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("056-certmetrics-wants-to-hear-olivia.eml", "unrelated",
          frm='"AWS Certification" <do-not-reply@certmetrics.com>', frm_dom="certmetrics.com",
          to="olivia.martin@proton.me", subject="AWS Certification wants to hear from you",
          date=d, body=body, new=txt, case_id=None, provider="proton",
          msgid="<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)), dkim=[("certmetrics.com", "k1")])


def m057():
    d = T(2025, 7, 11, 20, 14, 7)
    txt = """Dear Chen Wei,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Tuesday, July 22, 2025
Time: 10:00 AM Pacific Daylight Time
Delivery method: OnVUE online proctored
Registration ID: 498127733

Before exam day, run the system test on the computer you will use:
https://home.pearsonvue.com/aws/onvue

If you need to reschedule or cancel, please do so at least 24 hours before your appointment
through your AWS Certification account.

Sincerely,
Pearson VUE
"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("057-pearson-vue-appointment-chen.eml", "unrelated",
          frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', frm_dom="pearson.com",
          to="chen.wei88@yahoo.com", subject="Pearson VUE Confirmation of Booking",
          date=d, body=body, new=txt, case_id=None, provider="yahoo",
          msgid="<%d.%d.JavaMail.pvue@pvmail%02d>" % (R.randint(10**7, 10**8), R.randint(10**12, 10**13), R.randint(1, 20)),
          dkim=[("pearson.com", "pearson2048")])


def m058():
    d = T(2025, 6, 9, 11, 31, 2)
    code = "%06d" % R.randint(0, 999999)
    txt = f"""Hi Kenji,

We received a request to merge another Credly account into your account
(kenji.watanabe.dev@gmail.com).

Your verification code is: {code}

Enter this code on the account merge page, or click the button below to continue.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token={rhex(32)}

After the merge, all badges from the other account will appear in this account. If you didn't
request this, you can ignore this e-mail; no changes will be made.
{CREDLY_FOOT}"""
    body = alt(part(txt, cte="quoted-printable"), part(simple_html(txt), "html", cte="quoted-printable"))
    write("058-credly-self-service-merge-code-kenji.eml", "unrelated",
          frm='"Credly" <admin@credly.com>', frm_dom="credly.com", to="kenji.watanabe.dev@gmail.com",
          subject="Your Credly account merge verification code", date=d, body=body, new=txt,
          case_id=None, mailfrom_dom="em.credly.com", msgid=credly_msgid(), dkim=[("credly.com", "s1")])


def m059():
    d = T(2025, 3, 6, 14, 47, 22)
    txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordwave/infra-terraform/pull/42#event-16620431055
You are receiving this because you authored the thread.

Message ID: <nordwave/infra-terraform/pull/42/issue_event/16620431055@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/nordwave/infra-terraform/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/nordwave/infra-terraform/pull/42#event-16620431055">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    body = alt(part(txt, cte="7bit", charset="UTF-8", encode_as="ascii"), part(html, "html", cte="7bit", charset="UTF-8", encode_as="ascii"),
               "--==_mimepart_%s_%d" % (rhex(13), R.randint(1000, 9999)))
    write("059-github-pr-merged-ahmed.eml", "unrelated",
          frm='"Lena Hoffmann" <notifications@github.com>', frm_dom="github.com",
          to='"nordwave/infra-terraform" <infra-terraform@noreply.github.com>',
          cc='Ahmed Farouk <ahmed.farouk@nordwave.io>, Author <author@noreply.github.com>',
          subject="Re: [nordwave/infra-terraform] Merge AWS account baseline into shared module (PR #42)",
          date=d, body=body, new=txt, case_id=None, provider="outlook",
          msgid="<nordwave/infra-terraform/pull/42/issue_event/16620431055@github.com>",
          in_reply_to="<nordwave/infra-terraform/pull/42@github.com>", dkim=[("github.com", "pf2023")])


def m060():
    d = T(2026, 4, 23, 3, 12, 50)
    txt = """Dear AWS Customer,

We were unable to process the payment for your Amazon Web Services account. As a result, your
account and all associated services (including AWS Certification benefits) will be suspended
within 24 hours.

To avoid interruption, please update your billing information:

https://aws-billing-console.account-restore.co/update

Thank you for using Amazon Web Services.

AWS Billing Team
"""
    body = part(txt, cte="base64")
    write("060-phish-billing-suspension-lucia.eml", "unrelated",
          frm='"Amazon Web Services" <billing@aws-account-notice.com>', frm_dom="aws-account-notice.com",
          to="lucia.fernandez@gmail.com", subject="Action required: your AWS account will be suspended",
          date=d, body=body, new=txt, case_id=None, auth="fail", mailfrom_dom="aws-account-notice.com",
          msgid="<%s@aws-account-notice.com>" % rhex(18))

if __name__ == "__main__":
    for name in sorted(k for k in globals() if re.fullmatch(r"m\d{3}", k)):
        globals()[name]()
    with open(os.path.join(OUT, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")
