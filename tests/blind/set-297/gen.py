#!/usr/bin/env python3
"""Generator for blind set 297: AWS Certification account-merge mailbox test data.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(297)
UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9))
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))
BST = _dt.timezone(_dt.timedelta(hours=1))
GMT = _dt.timezone(_dt.timedelta(hours=0))
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))
IST = _dt.timezone(_dt.timedelta(hours=5, minutes=30))
CST8 = _dt.timezone(_dt.timedelta(hours=8))

MAILS = []   # (filename, Message, label, new_text)


# ---------------------------------------------------------------- helpers
def T(s):
    """'2025-06-10 14:22:05' (UTC) -> aware datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def case15(s, suffix):
    """15-digit display id: unix time the case was opened + 5 digits"""
    return "%d%s" % (int(T(s).timestamp()), suffix)


def rdate(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(al) for _ in range(n))


def ses_id(dt, region="email"):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=RNG.getrandbits(128))
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, u, region)


def ses_return_path(dt):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=RNG.getrandbits(128))
    return "0100%012x-%s-000000@amazonses.com" % (ms, u)


def fold_b(value, n=60):
    """fold a long base64 blob for DKIM b= / bh= style values"""
    return "\n\t ".join(value[i:i + n] for i in range(0, len(value), n))


def dkim(d, s, dt, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"):
    t = int(dt.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (s, d, t, hdrs, b64s(43), fold_b(b64s(342) + "==")))


AMZ_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"      # amazon.com SES easy-dkim style selector
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"      # amazonses.com selector
SES_IPS = ["54.240.8.30", "54.240.9.112", "54.240.48.93", "54.240.11.77", "23.251.226.4", "54.240.27.16"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, codec=None):
    """A text/* leaf with exact control of bytes, charset label and transfer encoding."""
    raw = body.encode(codec or charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", declared or charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "7bit":
        p.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, html):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13)))
    m.attach(plain)
    m.attach(html)
    return m


def enc_subject(s, charset="utf-8", maxlen=76):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=maxlen, header_name="Subject").encode()


def enc_name(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n"
            "<title>%s</title></head>\n<body style=\"margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;\">\n%s\n</body></html>\n"
            % (title, inner))


def p2html(text):
    """plain text -> simple html paragraphs (escaped)"""
    import html as _h
    paras = [x for x in text.strip("\n").split("\n\n")]
    return "\n".join("<p>%s</p>" % _h.escape(x).replace("\n", "<br />\n") for x in paras)


# ---------------------------------------------------------------- transport headers
def gdate(d):
    tz = PDT if (d.month, d.day) >= (3, 10) and (d.month, d.day) < (11, 3) else PST
    return rdate(d, tz) + (" (PDT)" if tz is PDT else " (PST)")


def hdr_gmail(rcpt, dt, from_domain, mailfrom, ip, helo, dkim_res, spf="pass", dmarc="pass",
              policy_="p=QUARANTINE sp=QUARANTINE dis=NONE", extra_ar=None):
    """Gmail delivery chain. dkim_res: list of (domain, result, selector)."""
    d1 = dt + _dt.timedelta(seconds=RNG.randint(1, 4))
    gid = hexs(4)
    dk = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, b64s(8)) for d, r, s in dkim_res)
    spf_txt = ("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
               if spf == "pass" else
               "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    dm = "dmarc=%s (%s) header.from=%s" % (dmarc, policy_, from_domain) if dmarc else None
    ar = "mx.google.com;\n       " + dk + (";\n       " if dk else "") + spf_txt + (";\n       " + dm if dm else "")
    if extra_ar:
        ar += ";\n       " + extra_ar
    ids = "%s.%d" % (hexs(14), RNG.randint(1, 9))
    return [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), hexs(6) + "csp" + str(RNG.randint(100000, 999999)), gdate(d1))),
        ("X-Google-Smtp-Source", "AGHT+I" + b64s(62)),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), hexs(16), RNG.randint(1, 99), RNG.randint(10**12, 10**13), gdate(d1))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(d1.timestamp()), fold_b(b64s(300) + "==", 62))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (b64s(43), b64s(43), fold_b(b64s(300) + "==", 62))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, ids, rcpt, gdate(d1))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]


def hdr_outlook(rcpt, dt, from_domain, mailfrom_domain, ip, helo, dkim_d="amazon.com", dkim="pass", spf="pass",
                dmarc="pass", action="none", compauth="pass reason=100", consumer=True):
    """Outlook.com / Exchange Online chain. Authentication-Results without authserv-id."""
    d1 = dt + _dt.timedelta(seconds=RNG.randint(1, 5))
    node = RNG.choice(["SA1PR19MB", "PH7PR11MB", "DM6PR02MB", "AM9PR04MB", "DB9PR08MB", "LV3P220MB"]) + str(RNG.randint(1000, 9999))
    edge = RNG.choice(["BN1PEPF0000", "SN1PEPF0002", "AMS0EPF0000", "DS1PEPF0001"]) + str(RNG.randint(1000, 9999))
    spf_txt = ("spf=%s (sender IP is %s) smtp.mailfrom=%s" % (spf, ip, mailfrom_domain))
    dk_txt = ("dkim=pass (signature was verified) header.d=%s" % dkim_d) if dkim == "pass" else ("dkim=%s (signature did not verify) header.d=%s" % (dkim, dkim_d)) if dkim != "none" else "dkim=none (message not signed) header.d=none"
    ar = "%s; %s;dmarc=%s action=%s header.from=%s;compauth=%s" % (spf_txt, dk_txt, dmarc, action, from_domain, compauth)
    tz = dt.tzinfo
    return [
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s"
         % (node, RNG.randint(1, 22), hexs(3), hexs(2), node[:-2] + str(RNG.randint(10, 99)), RNG.randint(1, 22), rdate(d1))),
        ("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:cafe::%s) by\n %s.outlook.office365.com\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (edge, RNG.randint(1, 22), hexs(3), hexs(2), node, hexs(3), hexs(2), RNG.randint(8000, 9400), RNG.randint(10, 40), rdate(d1))),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
         % (spf.capitalize(), mailfrom_domain, "designates" if spf == "pass" else "does not designate", ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (helo, ip, edge, RNG.randint(2, 250), RNG.randint(8000, 9400), RNG.randint(10, 40), rdate(d1))),
    ], [
        ("X-MS-Exchange-Organization-AuthSource", "%s.namprd%02d.prod.outlook.com" % (edge, RNG.randint(1, 22))),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
        ("X-MS-Office365-Filtering-Correlation-Id", str(uuid.UUID(int=RNG.getrandbits(128)))),
    ]


def hdr_jp(rcpt, dt, authserv, mx_host, from_domain, mailfrom, ip, helo, dkim_d="amazon.com", dkim="pass",
           spf="pass", dmarc="pass"):
    """Japanese ISP chain (biglobe / nifty / ocn / docomo style)."""
    d1 = dt + _dt.timedelta(seconds=RNG.randint(1, 6))
    ar = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mailfrom, dkim, dkim_d, AMZ_SEL if dkim_d == "amazon.com" else "s1", dmarc, from_domain)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s ([%s]) by %s with ESMTP\n\tid <%s.%s@%s> for <%s>;\n\t%s"
         % (helo, ip, mx_host, rdate(d1, JST).replace(" ", "").replace(",", "")[:4] + hexs(8), hexs(6), mx_host, rcpt, rdate(d1, JST))),
        ("Authentication-Results", ar),
        ("X-Received-SPF", "%s (%s: domain of %s designates %s as permitted sender)" % (spf, mx_host, mailfrom.split("@")[-1], ip)),
    ]


def ses_common(dt, feedback="1.us-east-1.%s=:AmazonSES"):
    return [("Feedback-ID", feedback % b64s(43)),
            ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), RNG.choice(SES_IPS)))]


# ---------------------------------------------------------------- assembly
def build(name, transport, core, body, label, new_text, extra=None, after_core=None):
    """transport: list of (h, v) placed on top (receiver-added first).
    core: list of (h, v) sender headers (From, To, Subject, Date, Message-ID ...).
    body: MIME object; its headers are merged in below core."""
    msg = body
    own = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for h, v in transport:
        msg[h] = v
    for h, v in core:
        msg[h] = v
    for h, v in (extra or []):
        msg[h] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for h, v in own:
        if h.lower() == "mime-version":
            continue
        msg[h] = v
    for h, v in (after_core or []):
        msg[h] = v
    MAILS.append((name, msg, label, new_text))


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def aws_transport_gmail(rcpt, dt, frm_domain="amazon.com", dmarc="pass"):
    ip = RNG.choice(SES_IPS)
    rp = ses_return_path(dt)
    t = hdr_gmail(rcpt, dt, frm_domain, rp, ip, ses_host(ip),
                  [("amazon.com", "pass", AMZ_SEL), ("amazonses.com", "pass", SES_SEL)], dmarc=dmarc)
    return t


def aws_dkim_headers(dt):
    return [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, dt)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt))]


# ---------------------------------------------------------------- personas / ids
P_CASE_T = "2025-06-10 14:22:05"; P_CASE = case15(P_CASE_T, "31207")     # Priya, form, EN
K_CASE_T = "2025-05-27 23:02:11"; K_CASE = case15(K_CASE_T, "48815")     # Kenji, form, JA
T_CASE1_T = "2025-08-04 09:15:40"; T_CASE1 = case15(T_CASE1_T, "20944")  # Tomas first case
T_CASE2_T = "2025-08-12 18:41:03"; T_CASE2 = case15(T_CASE2_T, "77310")  # Tomas second case
Y_CASE_T = "2025-10-02 01:12:48"; Y_CASE = case15(Y_CASE_T, "06611")     # Yuki, console, JA
M_CASE = "7042918351"                                                    # Marcus, 2020 console (10 digits)
R_CASE = "10483927561"                                                   # Rachel, 2022 form (11 digits)
D_CASE_T = "2025-11-18 10:04:27"; D_CASE = case15(D_CASE_T, "51742")     # Daniel, console, EN
W_CASE_T = "2026-01-07 03:30:55"; W_CASE = case15(W_CASE_T, "90218")     # Li Wei, form, EN
A_CASE1_T = "2025-12-01 06:48:19"; A_CASE1 = case15(A_CASE1_T, "11853")  # Aiko first case (EN form)
A_CASE2_T = "2025-12-09 00:27:36"; A_CASE2 = case15(A_CASE2_T, "40027")  # Aiko second case (JA form)

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# =================================================================== MAILS
# === MAILS START ===

# ---- 001 Priya: form ack, legal template (Outlook.com)
dt = T(P_CASE_T) + _dt.timedelta(seconds=7)
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com")
txt = """Dear Customer,

This is an automated acknowledgement confirming that Amazon Web Services, Inc.
("AWS") has received your submission through the AWS Training and
Certification contact form. Your request has been assigned the reference
number shown below. Please retain this number for your records and quote it in
any further correspondence concerning this matter.

    Case reference:   %s
    Inquiry type:     AWS Certification
    Inquiry detail:   Account Merge
    Received:         June 10, 2025, 14:22 UTC

A member of the AWS Training and Certification team will review your request
and, in principle, respond within 24 hours. Response times are not guaranteed
and may vary depending on request volume. Please do not submit additional
requests concerning the same matter; duplicate submissions may delay our
response.

Personal information you provided in your submission will be processed in
accordance with the AWS Privacy Notice (https://aws.amazon.com/privacy/) and
used solely to verify your identity and to administer your AWS Certification
account(s) under the AWS Certification Program Agreement.

This message is intended only for the addressee and may contain confidential
information. If you have received it in error, please notify the sender by
replying to this e-mail and delete it from your system.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon Web
Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
""" % P_CASE
html = html_wrap('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">%s</td></tr></table>' % p2html(txt), "Acknowledgement")
body = alt(text_part(txt), text_part(html, "html"))
build("form-ack-legal-template", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "[CASE %s] Acknowledgement of your AWS Training and Certification submission" % P_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", P_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 002 Priya: first reply asks which account to keep
dt = T("2025-06-11 16:40:12")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.9.112", "a9-112.smtp-out.amazonses.com")
new = """Hello Priya,

Greetings from Amazon Web Services Training and Certification!

Thank you for writing to us regarding your certification profiles. I understand
that you would like to have your two profiles consolidated into one, and I will
be glad to assist you with the same.

Upon checking, I was able to locate the below candidate IDs under your name:

  - AWS03318842 (registered with priya.raman@contoso-consulting.com)
  - AWS07720145 (registered with priya.raman@outlook.com)

Before I can raise the request to our internal team, kindly help me with the
below details:

  1. Which of the above profiles you would like to retain as the primary one?
  2. Do you still have access to priya.raman@contoso-consulting.com?

Please be informed that once two profiles are consolidated, it cannot be
reverted.

Kindly reply to this e-mail with the requested details so that we can take this
forward.

Regards,
Farhan S.
Amazon Web Services Training and Certification
"""
quoted = """
-----Original Message-----
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS07720145
Description: Hi, I have two certification accounts, one from my old employer
and one personal. Could you please merge them? My other ID is AWS-03318842.
Thanks, Priya
"""
txt = new + quoted
html = html_wrap(p2html(new) + '<hr /><div style="color:#555">' + p2html(quoted) + "</div>")
body = alt(text_part(txt), text_part(html, "html", cte="base64"))
build("first-reply-which-account-to-keep", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", P_CASE, ["AWS03318842", "AWS07720145"], True), new, extra=ses_common(dt), after_core=ms)

# ---- 003 Priya: look-alike, console case about a service quota (other AWS case)
Q_CASE_T = "2025-06-12 08:03:51"; Q_CASE = case15(Q_CASE_T, "60419")
dt = T(Q_CASE_T) + _dt.timedelta(seconds=4)
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.48.93", "a48-93.smtp-out.amazonses.com")
txt = """Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances - Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
Severity: General guidance
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load testing for the analytics platform before go-live.

We will get back to you as quickly as possible. If you'd like to add more information to this case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (Q_CASE, Q_CASE, Q_CASE)
html = html_wrap(p2html(txt))
body = alt(text_part(txt), text_part(html, "html"))
build("lookalike-console-case-quota-increase", top,
      [("From", CONSOLE_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % Q_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("unrelated", Q_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 004 Kenji: Japanese form acknowledgement, ISO-2022-JP (Gmail)
dt = T(K_CASE_T) + _dt.timedelta(seconds=5)
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
txt = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。

ケース番号：%s
お問い合わせの種類：認定
お問い合わせの詳細：アカウントの統合
受付日時：2025年5月28日 8:02 (JST)

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
なお、同じ内容で複数のお問い合わせをいただきますと、ご回答までにお時間を
いただく場合がございます。恐れ入りますが、追加のご連絡はこのメールへの
ご返信にてお願いいたします（件名のケース番号は変更しないでください）。

今後ともよろしくお願い申し上げます。

アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
""" % K_CASE
body = text_part(txt, charset="iso-2022-jp", cte="7bit")
build("ja-form-ack-iso2022jp", top,
      [("From", enc_name("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com", "iso-2022-jp")),
       ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました" % K_CASE, "iso-2022-jp")),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      body, L("case_created", K_CASE, [], True, "ja"), txt, extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 005 Kenji: first reply in keigo asking for login / notification e-mails
dt = T("2025-05-29 02:15:33")
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
new = """渡辺 健二 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お客様のお名前で確認いたしましたところ、以下 2 件の認定アカウントが見つかりました。

　・AWS04418273
　・aws 09927310

統合の手続きを進めるにあたり、ご本人様確認のため、恐れ入りますが以下の情報を
ご教示いただけますでしょうか。

　1. 各アカウントへのログインにご使用のメールアドレス
　2. 各アカウントに登録されている通知先メールアドレス（ログイン用と異なる場合）

いただいた情報を確認後、改めてご連絡いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

――――――――――――――――――――
小林
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
――――――――――――――――――――
"""
quoted = """
-----Original Message-----
お問い合わせの種類：認定
お問い合わせの詳細：アカウントの統合
AWS 受験者 ID：AWS04418273
内容：以前の会社のメールアドレスで作成した認定アカウントがあり、統合をお願いしたいです。
"""
txt = new + quoted
html = html_wrap(p2html(new) + '<div style="color:#666;border-left:2px solid #ccc;padding-left:8px">' + p2html(quoted) + "</div>")
body = alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64"))
build("ja-first-reply-asks-login-emails", top,
      [("From", FORM_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウントの統合" % K_CASE)),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", K_CASE, ["AWS04418273", "AWS09927310"], True, "ja"), new, extra=ses_common(dt))

# ---- 006 Tomas: first case, chatty acknowledgement that echoes the submission
dt = T(T_CASE1_T) + _dt.timedelta(seconds=3)
top = aws_transport_gmail("tomas.ferreira.pt@gmail.com", dt)
txt = """Hi Tomás! 👋

Thanks so much for getting in touch with AWS Training and Certification — your
message made it to us and it's now sitting safely in our queue.

Your case number is %s. Hang on to it! If you want to add
anything, just hit reply and keep that number in the subject line so it lands
in the right place.

So what happens next? One of our team members will take a look and get back
to you — usually within 24 hours, sometimes a bit quicker. There's no need to
send the same request again, we promise we haven't forgotten you 🙂

Here's a copy of what you sent us:

  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS 05561902
  Message: Hello, I passed SAA with my university e-mail years ago
  (candidate aws08813347) and now have a new account for my job. Please
  combine them, I want to keep AWS 05561902.

While you wait, our FAQ has answers to lots of common questions:
https://aws.amazon.com/certification/faqs/

Cheers,
The AWS Training and Certification team
""" % T_CASE1
html = html_wrap('<div style="max-width:600px;margin:0 auto;padding:20px;background:#ffffff">' + p2html(txt) + "</div>")
body = alt(text_part(txt), text_part(html, "html"))
build("chatty-ack-first-case-echoes-request", top,
      [("From", '"AWS Training & Certification" <aws-cs-trainingcertification-form@amazon.com>'),
       ("To", "tomas.ferreira.pt@gmail.com"),
       ("Subject", enc_subject("We've got your message! 🎉 [CASE %s]" % T_CASE1)),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", T_CASE1, ["AWS05561902", "AWS08813347"], True), txt, extra=ses_common(dt))

# ---- 007 Tomas: second case eight days later, terse acknowledgement
dt = T(T_CASE2_T) + _dt.timedelta(seconds=2)
top = aws_transport_gmail("tomas.ferreira.pt@gmail.com", dt)
txt = """Request received.

Case: %s
Queue: AWS Certification / Account Merge
Expected first response: within 24 hours

Reply to this e-mail to add details. Keep the case number in the subject.

-- 
AWS Training and Certification
""" % T_CASE2
build("terse-ack-second-case", top,
      [("From", FORM_FROM), ("To", "tomas.ferreira.pt@gmail.com"),
       ("Subject", "[CASE %s] Request received" % T_CASE2),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="us-ascii", cte="7bit"), L("case_created", T_CASE2, [], True), txt, extra=ses_common(dt))

# ---- 008 Tomas: agent links the duplicate and asks for notification e-mails
dt = T("2025-08-13 15:02:47")
top = aws_transport_gmail("tomas.ferreira.pt@gmail.com", dt)
new = """Hi Tomás,

Thanks for reaching out, and I'm sorry nobody got back to you on your earlier
request (%s) – it looks like it was submitted without a
notification address, so our replies never reached you. I've closed that one
out on our side so that everything is handled here in one place; please keep
using this thread from now on.

I've had a look at the two candidate IDs you mentioned, AWS05561902 and
AWS-08813347. To make sure I'm looking at the right profiles, could you let me
know the notification e-mail address that is set on each of them? You can see
it in the CertMetrics portal under Profile > Contact Information. If you no
longer have access to the old university mailbox, just tell me and we'll
verify you another way.

Talk soon,
Gabriela M.
AWS Training and Certification
""" % T_CASE1
quoted = """
> Inquiry type: Certification
> Inquiry detail: Account Merge
> AWS candidate ID: AWS05561902
> Message: Second try - I opened case %s a week ago and never
> heard back. I need my two accounts merged (keep AWS05561902, the other one
> is AWS08813347). Thanks!
""" % T_CASE1
txt = new + quoted
html = html_wrap(p2html(new) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + p2html(quoted.replace("> ", "")) + "</blockquote>")
body = alt(text_part(txt), text_part(html, "html"))
build("reply-second-case-links-duplicate-asks-emails", top,
      [("From", FORM_FROM), ("To", "tomas.ferreira.pt@gmail.com"),
       ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T_CASE2),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", T_CASE2, ["AWS05561902", "AWS08813347"], True), new, extra=ses_common(dt))

# ---- 009 Yuki: Japanese console acknowledgement, HTML only, Shift_JIS base64 (biglobe)
dt = T(Y_CASE_T) + _dt.timedelta(seconds=6)
ip = "54.240.27.16"; rp = ses_return_path(dt)
top = hdr_jp("yuki-sato@kqc.biglobe.ne.jp", dt, "mx.biglobe.ne.jp", "mx-r31.biglobe.ne.jp", "amazon.com", rp, ip, ses_host(ip))
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'メイリオ',Meiryo,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#232f3e;padding:12px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="80"></td></tr>
<tr><td style="padding:20px">
<p>アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。</p>
<p>ケースの詳細は以下のとおりです。</p>
<table cellpadding="4" style="border:1px solid #d5dbdb">
<tr><td><b>ケース ID:</b></td><td>%s</td></tr>
<tr><td><b>件名:</b></td><td>AWS 認定アカウントの統合のお願い</td></tr>
<tr><td><b>重要度:</b></td><td>一般的なガイダンス</td></tr>
<tr><td><b>サービス:</b></td><td>Training and Certification</td></tr>
<tr><td><b>カテゴリ:</b></td><td>Certification Account</td></tr>
</table>
<p>できるだけ早くご連絡いたします。このケースに情報を追加する場合は、サポートセンターにアクセスしてください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja</a></p>
<p style="font-size:12px;color:#687078">このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。ケースに関するお問い合わせは、上記リンクからお願いいたします。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。</p>
</td></tr></table></body></html>
""" % (Y_CASE, Y_CASE, Y_CASE, Y_CASE)
build("ja-console-ack-html-only-sjis", top,
      [("From", CONSOLE_FROM), ("To", "yuki-sato@kqc.biglobe.ne.jp"),
       ("Subject", enc_subject("Amazon Web Services: 新しいサポートケースが作成されました: %s" % Y_CASE, "shift_jis")),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      text_part(html, "html", charset="shift_jis", cte="base64", declared="Shift_JIS"),
      L("case_created", Y_CASE, [], True, "ja"), html, extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 010 Yuki: "new correspondence" notice in Japanese (ISO-2022-JP)
dt = T("2025-10-03 05:41:20")
ip = "54.240.27.16"; rp = ses_return_path(dt)
top = hdr_jp("yuki-sato@kqc.biglobe.ne.jp", dt, "mx.biglobe.ne.jp", "mx-r33.biglobe.ne.jp", "amazon.com", rp, ip, ses_host(ip))
txt = """お客様

ケース %s に新しい対応が追加されました。

内容を確認するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールは送信専用アドレスからお送りしています。ご返信いただいても対応できませんので、
　 ご了承ください。

アマゾン ウェブ サービス
""" % (Y_CASE, Y_CASE)
build("ja-console-new-correspondence-notice", top,
      [("From", CONSOLE_FROM), ("To", "yuki-sato@kqc.biglobe.ne.jp"),
       ("Subject", enc_subject("[Case %s] 新しい対応が追加されました" % Y_CASE, "iso-2022-jp")),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      text_part(txt, charset="iso-2022-jp", cte="7bit"),
      L("support_reply", Y_CASE, [], True, "ja"), txt, extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 011 Yuki: hand-over to a new Japanese agent, console reply (UTF-8 QP)
dt = T("2025-10-06 07:18:02")
ip = "54.240.27.16"; rp = ses_return_path(dt)
top = hdr_jp("yuki-sato@kqc.biglobe.ne.jp", dt, "mx.biglobe.ne.jp", "mx-r31.biglobe.ne.jp", "amazon.com", rp, ip, ses_host(ip))
new = """佐藤 由紀 様

いつも AWS をご利用いただき、誠にありがとうございます。
アマゾン ウェブ サービス トレーニングと認定サポートの山田と申します。

前任の担当者が不在となりましたため、本日より本ケースを引き継がせていただきました。
これまでのやり取りはすべて拝見しておりますので、改めてご説明いただく必要はございません。

ご依頼いただいております AWS01290455 と AWS06677812 の件につきましては、
現在、社内の担当部署にて確認を進めております。進捗がございましたら、本ケースにて
あらためてご連絡いたします。今しばらくお待ちいただけますと幸いです。

引き続きどうぞよろしくお願い申し上げます。

山田 拓也
アマゾン ウェブ サービス
トレーニングと認定サポート

本ケースへのご返信は、以下のリンクからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このやり取りについてご評価ください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rating=true
""" % (Y_CASE, Y_CASE)
quoted = """
---- 2025年10月3日 14:41 (JST) 以前のやり取り ----
統合後に残すアカウントは AWS01290455 でお願いします。
"""
txt = new + quoted
build("ja-console-reply-handover-new-agent", top,
      [("From", CONSOLE_FROM), ("To", "yuki-sato@kqc.biglobe.ne.jp"),
       ("Subject", enc_subject("RE:[CASE %s] AWS 認定アカウントの統合のお願い" % Y_CASE)),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      text_part(txt), L("support_reply", Y_CASE, ["AWS01290455", "AWS06677812"], True, "ja"), new,
      extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 012 Marcus: 2020 console acknowledgement, 10-digit case id (Hotmail)
dt = T("2020-03-16 11:27:40")
top, ms = hdr_outlook("marcus.lindqvist@hotmail.com", dt, "amazon.com", "amazonses.com", "54.240.11.77", "a11-77.smtp-out.amazonses.com")
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two certification accounts
Severity: Low
Correspondence: I have two AWS Certification accounts because I re-registered when I changed employer. I would like one account with all my certifications.

We will get back to you as quickly as possible. If you'd like to add more information to this case, please visit the Support Center:
https://console.aws.amazon.com/support/cases#/%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (M_CASE, M_CASE, M_CASE)
body = alt(text_part(txt, charset="iso-8859-1", cte="quoted-printable"), text_part(html_wrap(p2html(txt)), "html", charset="iso-8859-1"))
build("console-ack-2020-ten-digit", top,
      [("From", CONSOLE_FROM), ("To", "marcus.lindqvist@hotmail.com"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % M_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", M_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 013 Marcus: new correspondence notice (2020)
dt = T("2020-03-17 19:05:13")
top, ms = hdr_outlook("marcus.lindqvist@hotmail.com", dt, "amazon.com", "amazonses.com", "54.240.11.77", "a11-77.smtp-out.amazonses.com")
txt = """Dear Customer,

New correspondence has been added to case %s. To view it, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/cases#/%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, use the link above.

Sincerely,
Amazon Web Services
""" % (M_CASE, M_CASE)
build("console-new-correspondence-2020", top,
      [("From", CONSOLE_FROM), ("To", "marcus.lindqvist@hotmail.com"),
       ("Subject", "[Case %s] New correspondence added" % M_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="us-ascii", cte="7bit"), L("support_reply", M_CASE, [], True), txt,
      extra=ses_common(dt), after_core=ms)

# ---- 014 Marcus: first agent reply asks for both candidate ids (none given yet)
dt = T("2020-03-17 19:04:58")
top, ms = hdr_outlook("marcus.lindqvist@hotmail.com", dt, "amazon.com", "amazonses.com", "54.240.11.77", "a11-77.smtp-out.amazonses.com")
txt = """Hello,

Thank you for contacting AWS Support.

I understand you would like to combine two AWS Certification accounts into a single one. Happy to help get this started.

In order to locate the correct records, could you please provide the following for BOTH accounts:

* the AWS Certification candidate ID (the letters "AWS" followed by eight digits; you will find it on your score report or in the top-right corner of the certification portal)
* the e-mail address used to sign in
* which of the two you would like to keep going forward

You can add this information by replying to the case in the Support Center. Please do not open a new case for this, as that would only slow things down.

Best regards,

Oskar E.
Amazon Web Services

We value your feedback. Please rate my response using the link below.
===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/cases#/%s

*Note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % M_CASE
body = alt(text_part(txt, charset="us-ascii", cte="7bit"), text_part(html_wrap(p2html(txt)), "html", cte="quoted-printable"))
build("console-first-reply-asks-candidate-ids", top,
      [("From", CONSOLE_FROM), ("To", "marcus.lindqvist@hotmail.com"),
       ("Subject", "RE:[CASE %s] Merge two certification accounts" % M_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", M_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 015 Rachel: 2022 form acknowledgement, HTML-only base64 (Google Workspace)
dt = T("2022-09-19 21:36:09")
top = aws_transport_gmail("rachel.kim@northwind-analytics.com", dt)
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<h2 style="font-size:20px;margin:0 0 12px">Thanks, we&rsquo;ve received your inquiry</h2>
<p>Your reference number is <strong>%s</strong>.</p>
<p>A specialist will review what you sent and reply to this address, in principle within 24 hours. To add something to your inquiry, simply reply to this e-mail without changing the subject line.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#687078">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#687078">Inquiry detail</td><td>Account Merge</td></tr>
</table>
<p style="margin-top:24px"><a href="https://aws.amazon.com/training/" style="background:#ff9900;color:#232f3e;padding:10px 18px;text-decoration:none;border-radius:2px">Visit AWS Training</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;background:#fafafa">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. &middot; 410 Terry Avenue North, Seattle, WA 98109-5210 &middot; <a href="https://aws.amazon.com/privacy/" style="color:#687078">Privacy</a></td></tr>
</table></td></tr></table></body></html>
""" % R_CASE
build("form-ack-2022-html-only-eleven-digit", top,
      [("From", FORM_FROM), ("To", "rachel.kim@northwind-analytics.com"),
       ("Subject", "[CASE %s] Thanks, we've received your inquiry" % R_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(html, "html", cte="base64"), L("case_created", R_CASE, [], True), html, extra=ses_common(dt))

# ---- 016 Rachel: first reply asks for the reason of the merge (2022)
dt = T("2022-09-21 15:12:44")
top = aws_transport_gmail("rachel.kim@northwind-analytics.com", dt)
new = """Hi Rachel,

Thank you for contacting AWS Training and Certification.

I found two certification profiles that match your name: AWS02084419 (created
2019) and AWS05930027 (created this year). Before our team can look at
combining them, we need a little more context:

- Could you tell us how the second profile came to exist? For example, was it
  created while scheduling an exam, or by your employer's training portal?
- Is the e-mail rachel.kim@northwind-analytics.com the one you still use on
  both?

This helps us make sure we don't accidentally link someone else's record to
yours. As soon as I hear back from you I can pass this along.

Kind regards,
Jordan
AWS Training and Certification Customer Service
"""
quoted = """
On Mon, Sep 19, 2022 at 2:36 PM Rachel Kim <rachel.kim@northwind-analytics.com> wrote:
> Hello, I appear to have two certification accounts. My candidate ID
> is AWS02084419. Can they be merged? Thank you.
"""
txt = new + quoted
html = html_wrap('<div dir="ltr">' + p2html(new) + '</div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sep 19, 2022 at 2:36 PM Rachel Kim &lt;rachel.kim@northwind-analytics.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello, I appear to have two certification accounts. My candidate ID is AWS02084419. Can they be merged? Thank you.</blockquote></div>')
body = alt(text_part(txt), text_part(html, "html"))
build("first-reply-asks-reason-2022", top,
      [("From", FORM_FROM), ("To", "rachel.kim@northwind-analytics.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % R_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", R_CASE, ["AWS02084419", "AWS05930027"], True), new, extra=ses_common(dt))

# ---- 017 Rachel: reopen notice after she replied to a resolved case
dt = T("2022-10-04 09:55:31")
top = aws_transport_gmail("rachel.kim@northwind-analytics.com", dt)
txt = """Hello,

We received a new message from you on case %s, which had
previously been marked as resolved. The case has been reopened and returned
to the AWS Training and Certification team, who will review your message and
respond as soon as possible.

There is nothing else you need to do. Please do not open a new case for the
same issue.

Thank you,
AWS Training and Certification
""" % R_CASE
build("reopen-notice-2022", top,
      [("From", FORM_FROM), ("To", "rachel.kim@northwind-analytics.com"),
       ("Subject", "[CASE %s] Your case has been reopened" % R_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="us-ascii", cte="7bit"), L("support_reply", R_CASE, [], True), txt, extra=ses_common(dt))

# ---- 018 Rachel: closure with "Was your issue resolved?" survey
dt = T("2022-10-06 18:20:02")
top = aws_transport_gmail("rachel.kim@northwind-analytics.com", dt)
txt = """Hello Rachel,

Your case %s has been closed. We hope we were able to help.

Was your issue resolved?

YES: https://aws.amazon.com/survey/tnc?caseId=%s&resolved=yes
NO:  https://aws.amazon.com/survey/tnc?caseId=%s&resolved=no

How would you rate the service you received from Jordan?
1 (poor) - 2 - 3 - 4 - 5 (excellent)
https://aws.amazon.com/survey/tnc?caseId=%s&agent=rating

The survey takes less than a minute. Your answers are anonymous and help us
improve AWS Training and Certification support.

If you need further help with this request, reply to this e-mail within 14
days and your case will be reopened.

AWS Training and Certification
""" % (R_CASE, R_CASE, R_CASE, R_CASE)
html = html_wrap('<table width="600" align="center"><tr><td>' + p2html(txt) + "</td></tr></table>")
body = alt(text_part(txt), text_part(html, "html"))
build("closure-survey-resolved-yes-no", top,
      [("From", '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>'),
       ("To", "rachel.kim@northwind-analytics.com"),
       ("Subject", "[CASE %s] How did we do?" % R_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("survey", R_CASE, [], True), txt, extra=ses_common(dt))

# ---- 019 Daniel: console acknowledgement, corporate relay, no Authentication-Results at all
dt = T(D_CASE_T) + _dt.timedelta(seconds=5)
d1 = dt + _dt.timedelta(seconds=3)
top = [
    ("Received", "from EXCH02.brightlane.local (10.20.1.12) by EXCH01.brightlane.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Mailbox\n Transport; %s" % rdate(d1 + _dt.timedelta(seconds=2))),
    ("Received", "from mailgw1.brightlane.co.uk (10.20.0.25) by EXCH02.brightlane.local\n (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.14; %s" % rdate(d1 + _dt.timedelta(seconds=1))),
    ("Received", "from a11-77.smtp-out.amazonses.com (a11-77.smtp-out.amazonses.com [54.240.11.77])\n by mailgw1.brightlane.co.uk (Postfix) with ESMTPS id 4Tz9Qd3LxVz1xq2\n for <d.okafor@brightlane.co.uk>; %s" % rdate(d1)),
]
txt = """Amazon Web Services

Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Merge my two AWS Certification accounts
Severity: General guidance
Service: Training and Certification
Category: Certification Account

We will get back to you as quickly as possible. If you'd like to add more information to this case, please visit the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (D_CASE, D_CASE, D_CASE)
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("console-ack-corporate-relay-no-auth-results", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", D_CASE, [], None), txt, extra=ses_common(dt),
      after_core=[("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Organization-AuthSource", "EXCH02.brightlane.local")])

# ---- 020 Daniel: look-alike, agent reply on a billing case (other AWS case)
B_CASE_T = "2025-11-19 13:44:10"; B_CASE = case15(B_CASE_T, "83305")
dt = T("2025-11-20 08:31:56")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.48.93", "a48-93.smtp-out.amazonses.com", consumer=False)
txt = """Hello Daniel,

Thank you for contacting AWS Billing and Cost Management.

I have reviewed the S3 charges on account 4417-2093-8851 for October 2025. The
increase comes from the "Requests-Tier1" line item: about 41 million PUT
requests in eu-west-2 between 12 and 15 October. That pattern usually means an
application or a replication rule wrote many small objects.

As a one-time courtesy I have submitted a credit request for the portion above
your usual monthly average. You will receive a separate notification once it is
approved; credits normally appear within 3-5 business days.

To avoid this in future you may want to set up an AWS Budgets alert:
https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

Best regards,

Aleksandra W.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and affiliates

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % B_CASE
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("lookalike-billing-case-reply", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "RE:[CASE %s] Unexpected S3 charges on October invoice" % B_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("unrelated", B_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 021 Daniel: status update, escalated; "once the merge is complete" (future)
dt = T("2025-11-20 16:07:22")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com", consumer=False)
txt = """Hello Daniel,

Thank you for your patience while we look into this.

Just a quick update: I have now verified both certification profiles (AWS08190033 and AWS03456120) and passed your request to the team that maintains the certification records. They handle these requests in the order received and are currently taking around two to three business days.

You don't need to do anything at this stage. Once the merge is complete we will update this case, and you should then see all of your certifications under AWS08190033.

Best regards,

Priyanka N.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % D_CASE
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html", cte="base64"))
build("status-update-escalated-once-merge-complete", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "RE:[CASE %s] Merge my two AWS Certification accounts" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", D_CASE, ["AWS03456120", "AWS08190033"], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 022 Daniel: hand-over + a question about a voucher, not about the merge
dt = T("2025-11-24 10:49:05")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.9.112", "a9-112.smtp-out.amazonses.com", consumer=False)
txt = """Hi Daniel,

My name is Chidi and I'll be looking after your case from here on, as Priyanka has moved to a different team. I've read through the history, so no need to repeat anything.

One thing came up while I was reviewing the profiles: there is an unused 50%% exam discount voucher on AWS03456120 that expires on 31 December 2025. Would you like to use it before we go ahead, or are you happy for us to try to carry it across? I'll be honest, carrying vouchers across isn't always possible, so if you were planning an exam soon it may be safer to book it now.

Just reply in the Support Center and let me know.

Best regards,

Chidi A.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % D_CASE
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("handover-asks-about-voucher", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "RE:[CASE %s] Merge my two AWS Certification accounts" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", D_CASE, ["AWS03456120"], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 023 Daniel: merge completed
dt = T("2025-11-27 13:15:40")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com", consumer=False)
txt = """Hi Daniel,

Good news: the records team has finished their work. AWS03456120 has now been folded into AWS08190033, and all five of your certifications show under AWS08190033. The old profile can no longer be used to sign in.

As discussed, the 50%% voucher was used before the change, so nothing was lost there. Your Credly badges should follow within a couple of days; if they don't, let me know on this case.

Best regards,

Chidi A.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % D_CASE
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("merge-done-folded-into", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "RE:[CASE %s] Merge my two AWS Certification accounts" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_completed", D_CASE, ["AWS03456120", "AWS08190033"], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 024 Daniel: case resolved notice with rating request
dt = T("2025-11-30 13:20:11")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.11.77", "a11-77.smtp-out.amazonses.com", consumer=False)
txt = """Hello,

We haven't heard back from you regarding case %s, so we have marked it as resolved.

If you still need help, you can reopen the case from the Support Center within 14 days:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

How did we do? Please take a moment to rate your experience with AWS Support:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en%%26survey=true

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (D_CASE, D_CASE, D_CASE)
build("case-resolved-rate-experience", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "Amazon Web Services: Your Support case %s has been resolved" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="us-ascii", cte="7bit"), L("survey", D_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 025 Li Wei: form acknowledgement, plain text only, base64
dt = T(W_CASE_T) + _dt.timedelta(seconds=4)
top = aws_transport_gmail("liwei.cloud@gmail.com", dt)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated response to let you know that we have received your
request. A Customer Service Associate will reply to you, in principle within
24 hours.

Case ID: %s

If you would like to provide additional information, reply to this message.
Please do not submit a new request for the same issue, as this may delay our
response.

Sincerely,
AWS Training and Certification Customer Service
https://aws.amazon.com/training/
https://aws.amazon.com/certification/
""" % W_CASE
build("form-ack-plain-base64", top,
      [("From", FORM_FROM), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % W_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, cte="base64"), L("case_created", W_CASE, [], True), txt, extra=ses_common(dt))

# ---- 026 Li Wei: first reply (non-native) asks about a pending exam appointment, not about the merge
dt = T("2026-01-08 06:12:30")
top = aws_transport_gmail("liwei.cloud@gmail.com", dt)
new = """Dear Li Wei,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. I have gone
through your request and found both the profiles mentioned, AWS06120984 and
AWS01877456.

While checking, I noticed there is an exam appointment on AWS01877456
(AWS Certified Developer - Associate, Pearson VUE, 22 January 2026). Could you
please confirm whether you are planning to sit this exam as scheduled, or you
would prefer to reschedule it? Profiles with an upcoming appointment cannot be
changed until the appointment is completed or cancelled, hence I need this
information first.

Awaiting for your kind response.

Thanks & Regards,
Harish K
AWS Training and Certification Customer Service
"""
quoted = """
-----Original Message-----
From: liwei.cloud@gmail.com
Sent: 2026-01-07 03:30 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Please merge AWS01877456 into AWS06120984, I created the second one by mistake.
"""
txt = new + quoted
html = html_wrap(p2html(new) + "<br><hr>" + p2html(quoted))
body = alt(text_part(txt), text_part(html, "html"))
build("first-reply-asks-about-exam-appointment", top,
      [("From", FORM_FROM), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % W_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", W_CASE, ["AWS01877456", "AWS06120984"], True), new, extra=ses_common(dt))

# ---- 027 Li Wei: confirmation requested, non-native paraphrase ("consolidate", "primary remains")
dt = T("2026-01-23 04:40:17")
top = aws_transport_gmail("liwei.cloud@gmail.com", dt)
new = """Dear Li Wei,

Thank you for the update and congratulations on clearing the exam.

As the appointment is now completed, we can move ahead with the consolidation.
Please find the details below:

  Primary profile (will remain active):   AWS06120984
  Secondary profile (will be closed):     AWS01877456

All certifications, exam history and benefits from the secondary profile will
be moved under the primary profile. Kindly note that this activity is
permanent and cannot be reverted once performed.

Request you to kindly go through the above details and revert on this e-mail
with your confirmation, so that we can initiate the process.

Thanks & Regards,
Harish K
AWS Training and Certification Customer Service
"""
quoted = """
On Thu, Jan 22, 2026 at 7:05 PM Li Wei <liwei.cloud@gmail.com> wrote:
> Hi Harish, I took the exam today, it is done. You can continue now.
>
> On Thu, Jan 8, 2026 at 2:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Dear Li Wei,
> > While checking, I noticed there is an exam appointment on AWS01877456
> > (AWS Certified Developer - Associate, Pearson VUE, 22 January 2026).
"""
txt = new + quoted
html = html_wrap(p2html(new) + '<div class="gmail_quote">' + p2html(quoted) + "</div>")
body = alt(text_part(txt, cte="base64"), text_part(html, "html", cte="base64"))
build("confirm-request-consolidate-primary-secondary", top,
      [("From", FORM_FROM), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % W_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_confirmation_requested", W_CASE, ["AWS01877456", "AWS06120984"], True), new, extra=ses_common(dt))

# ---- 028 Li Wei: "thank you for confirming, we will proceed" (ids only in quoted history)
dt = T("2026-01-24 02:58:09")
top = aws_transport_gmail("liwei.cloud@gmail.com", dt)
new = """Dear Li Wei,

Thank you for confirming.

I have submitted the request to our backend team and they will start working on
it shortly. Usually this takes 1-3 business days. You will get an update on
this same case as soon as it is done, no further action is needed from your
side meanwhile.

Thanks & Regards,
Harish K
AWS Training and Certification Customer Service
"""
quoted = """
On Fri, Jan 23, 2026 at 6:11 PM Li Wei <liwei.cloud@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> On Fri, Jan 23, 2026 at 12:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Primary profile (will remain active):   AWS06120984
> > Secondary profile (will be closed):     AWS01877456
> >
> > Request you to kindly go through the above details and revert on this
> > e-mail with your confirmation, so that we can initiate the process.
"""
txt = new + quoted
body = alt(text_part(txt), text_part(html_wrap(p2html(new) + '<div class="gmail_quote">' + p2html(quoted) + "</div>"), "html"))
build("thanks-for-confirming-will-proceed", top,
      [("From", FORM_FROM), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % W_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", W_CASE, [], True), new, extra=ses_common(dt))

# ---- 029 Li Wei: Credly badge re-issued to the surviving profile after the merge
dt = T("2026-01-28 17:22:41")
ip = "149.72.126.143"
top = hdr_gmail("liwei.cloud@gmail.com", dt, "credly.com", "bounces+1822631-7c1e-liwei.cloud=gmail.com@em.credly.com", ip, "o2.email.credly.com",
                [("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")], policy_="p=REJECT sp=REJECT dis=NONE")
txt = """Li Wei, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer – Associate

Following a change to your AWS Certification profile, this badge has been
moved to the Credly account associated with your certification records.
Accept it to display it on your profile and share it with your network.

Accept your badge:
https://www.credly.com/earner/earned/badge/5b1f3e9c-82a4-4d7e-9c0b-7a3f1e6d2c85/accept

Badge issued: January 28, 2026
Issuer: Amazon Web Services Training and Certification

---
You are receiving this e-mail because Amazon Web Services Training and
Certification uses Credly to issue digital credentials.
Credly, Inc. · 13 East 37th Street, 8th Floor · New York, NY 10016
Unsubscribe: https://www.credly.com/notifications/unsubscribe
"""
html = html_wrap('<table width="600" align="center" style="font-family:Helvetica,Arial"><tr><td><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="AWS Certified Developer - Associate" width="110"></td></tr><tr><td>' + p2html(txt).replace("https://www.credly.com/earner/earned/badge/5b1f3e9c-82a4-4d7e-9c0b-7a3f1e6d2c85/accept", '<a href="https://www.credly.com/earner/earned/badge/5b1f3e9c-82a4-4d7e-9c0b-7a3f1e6d2c85/accept" style="background:#0c5bd8;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept your badge</a>') + "</td></tr></table>")
body = alt(text_part(txt), text_part(html, "html"))
build("credly-badge-moved-after-merge-accept", top,
      [("From", enc_name("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
       ("Reply-To", "support@credly.com"), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "Li Wei, your AWS Certified Developer – Associate badge is ready to accept".replace("–", "-")),
       ("Date", rdate(dt)), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "x").replace("+", "y"), RNG.randint(1, 40)))],
      body, L("credly_badge_issued", None, [], True), txt,
      extra=[("DKIM-Signature", dkim("credly.com", "s1", dt, "from:reply-to:subject:mime-version:content-type:to:cc")),
             ("X-SG-EID", b64s(80)), ("X-Entity-ID", b64s(22) + "==")])

# ---- 030 Aiko: first case (English form), acknowledgement, nifty
dt = T(A_CASE1_T) + _dt.timedelta(seconds=6)
ip = RNG.choice(SES_IPS); rp = ses_return_path(dt)
top = hdr_jp("aiko.nakamura@nifty.com", dt, "nifty.com", "mta-snd-e03.mail.nifty.com", "amazon.com", rp, ip, ses_host(ip))
txt = """Hello,

We have received your request and a member of the AWS Training and
Certification team will contact you shortly, in principle within 24 hours.

Your case ID is %s.

To add more information, reply to this e-mail. Do not change the subject line.

AWS Training and Certification
""" % A_CASE1
body = alt(text_part(txt, charset="us-ascii", cte="7bit"), text_part(html_wrap(p2html(txt)), "html", charset="us-ascii", cte="7bit"))
build("form-ack-first-case-nifty", top,
      [("From", FORM_FROM), ("To", "aiko.nakamura@nifty.com"),
       ("Subject", "[CASE %s] We have received your request" % A_CASE1),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", A_CASE1, [], True), txt, extra=ses_common(dt))

# ---- 031 Aiko: second case, Japanese acknowledgement (UTF-8 QP + HTML)
dt = T(A_CASE2_T) + _dt.timedelta(seconds=4)
ip = RNG.choice(SES_IPS); rp = ses_return_path(dt)
top = hdr_jp("aiko.nakamura@nifty.com", dt, "nifty.com", "mta-snd-e05.mail.nifty.com", "amazon.com", rp, ip, ses_host(ip))
txt = """中村 愛子 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせ内容を受け付けました。

　ケース ID：%s

担当者より、原則として 24 時間以内にこのメールアドレス宛てにご連絡いたします。
内容を追加される場合は、件名を変更せずにこのメールへご返信ください。

※同じ内容のお問い合わせを複数お送りいただくと、回答が遅れる場合がございます。

AWS トレーニングと認定
""" % A_CASE2
html = html_wrap('<div style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif">' + p2html(txt) + "</div>")
body = alt(text_part(txt), text_part(html, "html"))
build("ja-form-ack-second-case", top,
      [("From", FORM_FROM), ("To", "aiko.nakamura@nifty.com"),
       ("Subject", enc_subject("[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % A_CASE2, maxlen=72)),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", A_CASE2, [], True, "ja"), txt, extra=ses_common(dt))

# ---- 032 Aiko: agent on the duplicate, asks which to keep; labelled Shift_JIS but really CP932
dt = T("2025-12-10 01:15:22")
ip = RNG.choice(SES_IPS); rp = ses_return_path(dt)
top = hdr_jp("aiko.nakamura@nifty.com", dt, "nifty.com", "mta-snd-e03.mail.nifty.com", "amazon.com", rp, ip, ses_host(ip))
new = """中村 愛子 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
お問い合わせいただき、誠にありがとうございます。

同一のご依頼について、12月1日にもケース（%s）を作成いただいておりました。
先のケースへのご連絡が遅くなり、大変申し訳ございません。
今後は本ケース（%s）にて対応を継続させていただき、先のケースはクローズいたします。

お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。

　① AWS07004419（ご登録メールアドレス：a.nakamura@example-sier.co.jp）
　② AWS04950386（ご登録メールアドレス：aiko.nakamura@nifty.com）

恐れ入りますが、統合後にご利用を継続されるアカウントは①・②のどちらか、
ご指定いただけますでしょうか。

ご返信をお待ちしております。～何卒よろしくお願い申し上げます～

鈴木 真理
AWS トレーニングと認定 カスタマーサポート
""" % (A_CASE1, A_CASE2)
body = text_part(new, charset="cp932", cte="base64", declared="Shift_JIS")
build("ja-reply-duplicate-case-which-to-keep-cp932", top,
      [("From", FORM_FROM), ("To", "aiko.nakamura@nifty.com"),
       ("Subject", enc_subject("RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % A_CASE2, "shift_jis")),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", A_CASE2, ["AWS04950386", "AWS07004419"], True, "ja"), new, extra=ses_common(dt))

# ---- 033 Aiko: Japanese chaser, ids only in quoted history
dt = T("2025-12-16 02:03:45")
ip = RNG.choice(SES_IPS); rp = ses_return_path(dt)
top = hdr_jp("aiko.nakamura@nifty.com", dt, "nifty.com", "mta-snd-e05.mail.nifty.com", "amazon.com", rp, ip, ses_host(ip))
new = """中村 愛子 様

AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

12月10日にお送りしたご案内について、その後いかがでしょうか。
ご確認いただけましたら、統合後にご利用を継続されるアカウントを
本メールへのご返信にてお知らせいただけますと幸いです。

なお、12月23日までにご返信をいただけない場合、本ケースはいったん
クローズとさせていただきます。クローズ後も、このメールにご返信
いただければ対応を再開いたしますのでご安心ください。

よろしくお願いいたします。

鈴木 真理
AWS トレーニングと認定 カスタマーサポート
"""
quoted = """
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, December 10, 2025 10:15 AM
To: aiko.nakamura@nifty.com
Subject: RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）

お客様のお名前で、以下 2 件の認定アカウントを確認いたしました。
　(1) AWS07004419
　(2) AWS04950386
恐れ入りますが、統合後にご利用を継続されるアカウントはどちらか、ご指定いただけますでしょうか。
""" % A_CASE2
txt = new + quoted
build("ja-chaser-reminder-ids-only-quoted", top,
      [("From", FORM_FROM), ("To", "aiko.nakamura@nifty.com"),
       ("Subject", enc_subject("RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % A_CASE2, "iso-2022-jp")),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="iso-2022-jp", cte="7bit"), L("support_reply", A_CASE2, [], True, "ja"), new, extra=ses_common(dt))

# ---- 034 Kenji: Japanese confirmation request (ISO-2022-JP) with Gmail-style quoted history
dt = T("2025-05-30 03:26:50")
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
new = """渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下のとおり統合が可能です。

　統合元（統合後に閉鎖されるアカウント）：AWS09927310
　統合先（存続するアカウント）　　　　　：AWS04418273

統合を実施いたしますと、統合元のアカウントに紐づく認定資格および受験履歴は
すべて統合先へ移行され、統合元のアカウントはご利用いただけなくなります。
また、一度実施した統合を元に戻すことはできませんので、ご注意ください。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施について
ご承諾いただけますでしょうか。ご承諾を確認後、手続きを開始いたします。

何卒よろしくお願い申し上げます。

小林
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
quoted = """
2025年5月29日(木) 18:40 渡辺健二 <kenji.watanabe.dev@gmail.com>:
> 小林様
>
> ご連絡ありがとうございます。
> AWS04418273 のログインは kenji.watanabe.dev@gmail.com、
> AWS09927310 のログインは k-watanabe@old-company.co.jp です。
>
> 2025年5月29日(木) 11:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 各アカウントへのログインにご使用のメールアドレスをご教示いただけますでしょうか。
"""
txt = new + quoted
build("ja-confirm-request-source-target", top,
      [("From", FORM_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウントの統合" % K_CASE, "iso-2022-jp")),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="iso-2022-jp", cte="7bit"),
      L("merge_confirmation_requested", K_CASE, ["AWS04418273", "AWS09927310"], True, "ja"), new, extra=ses_common(dt))

# ---- 035 Kenji: Japanese merge completed (UTF-8 base64)
dt = T("2025-06-02 08:04:12")
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
new = """渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしました。
今後は AWS04418273 にて、すべての認定資格をご確認いただけます。
AWS09927310 は閉鎖されましたので、今後はご利用いただけません。

お手数ですが、認定アカウントにサインインのうえ、認定資格および特典（受験割引など）が
正しく表示されていることをご確認ください。Credly のバッジの反映には数日かかる場合がございます。

このたびはお問い合わせいただき、誠にありがとうございました。

小林
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
quoted = """
2025年5月30日(金) 21:02 渡辺健二 <kenji.watanabe.dev@gmail.com>:
> 内容に間違いありません。統合を進めてください。
"""
txt = new + quoted
body = alt(text_part(txt, cte="base64"), text_part(html_wrap(p2html(new) + "<blockquote>" + p2html(quoted) + "</blockquote>"), "html", cte="base64"))
build("ja-merge-completed", top,
      [("From", FORM_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウントの統合" % K_CASE)),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_completed", K_CASE, ["AWS04418273", "AWS09927310"], True, "ja"), new, extra=ses_common(dt))

# ---- 036 Priya: hand-over to a colleague, Outlook "From:/Sent:" quoted block
dt = T("2025-06-13 09:02:38")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com")
new = """Hello Priya,

This is Meera from AWS Training and Certification. My colleague Farhan is out
of office this week, so I have taken over your case to avoid any delay.

Thank you for letting us know you would like to keep AWS07720145. I have
started preparing the details of the request and will share them with you for
a final check within the next business day. No action is needed from you
right now.

Regards,
Meera J.
Amazon Web Services Training and Certification
"""
quoted = """
________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Wednesday, June 11, 2025 10:03 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Farhan,

1. Please keep AWS07720145 (my personal one).
2. No, I don't have access to the Contoso mailbox anymore, that is why I want
   everything on AWS07720145. The old one is AWS03318842.

Thanks,
Priya
""" % P_CASE
txt = new + quoted
body = alt(text_part(txt), text_part(html_wrap(p2html(new) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">' + p2html(quoted) + "</div>"), "html"))
build("handover-colleague-out-of-office", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("support_reply", P_CASE, ["AWS07720145"], True), new, extra=ses_common(dt), after_core=ms)

# ---- 037 Priya: confirmation requested (survivor named), Outlook quoted history
dt = T("2025-06-16 11:47:03")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.9.112", "a9-112.smtp-out.amazonses.com")
new = """Hello Priya,

As promised, please find below the details of your request. Please review them
carefully:

  Account to be merged (will be deactivated): AWS03318842
  Account to be retained:                     AWS07720145

After the merge, the certifications, exam history and any active benefits of
AWS03318842 will be available on AWS07720145 only, and you will sign in with
priya.raman@outlook.com. Please be aware that this action cannot be undone.

If everything above is correct, please reply to this e-mail confirming that
you would like us to go ahead. We will not make any change until we receive
your confirmation.

Regards,
Meera J.
Amazon Web Services Training and Certification
"""
quoted = """
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 13, 2025 2:32 PM
To: priya.raman@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Thank you for letting us know you would like to keep AWS07720145.
""" % P_CASE
txt = new + quoted
body = alt(text_part(txt), text_part(html_wrap(p2html(new) + "<hr>" + p2html(quoted)), "html"))
build("confirm-request-merged-and-retained", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_confirmation_requested", P_CASE, ["AWS03318842", "AWS07720145"], True), new, extra=ses_common(dt), after_core=ms)

# ---- 038 Priya: completion + closing in the same mail
dt = T("2025-06-18 13:29:55")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.48.93", "a48-93.smtp-out.amazonses.com")
new = """Hello Priya,

Thank you for your confirmation and patience.

I am happy to inform you that your certification accounts have been
successfully merged. All your certifications are now available under
AWS07720145. Please sign in to verify and let us know if anything looks
incorrect.

As your request has been completed, I will be closing this case now. You may
receive a short survey about your experience; we would really appreciate your
feedback.

Regards,
Meera J.
Amazon Web Services Training and Certification
"""
quoted = """
________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Monday, June 16, 2025 8:15 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Meera, the details are correct. Please proceed with the merge of
AWS03318842 into AWS07720145.
""" % P_CASE
txt = new + quoted
body = alt(text_part(txt), text_part(html_wrap(p2html(new) + "<hr>" + p2html(quoted)), "html"))
build("merge-completed-and-case-closed", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_completed", P_CASE, ["AWS07720145"], True), new, extra=ses_common(dt), after_core=ms)

# ---- 039 Priya: rating request, HTML only
dt = T("2025-06-18 13:31:10")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.48.93", "a48-93.smtp-out.amazonses.com")
stars = "".join('<a href="https://pages.awscloud.com/tnc-csat.html?case=%s&amp;score=%d" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' % (P_CASE, i) for i in range(1, 6))
html = """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td><h3 style="margin-top:0">How was your experience with Meera?</h3>
<p>Your recent request (case %s) with AWS Training and Certification has been closed.</p>
<p>Please take a few seconds to tell us how we did. Select a star to rate:</p>
<p>%s</p>
<p style="font-size:12px;color:#777">1 = very dissatisfied, 5 = very satisfied. This survey is anonymous.</p>
<p style="font-size:11px;color:#999">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
""" % (P_CASE, stars)
build("rating-request-html-only-stars", top,
      [("From", FORM_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "Tell us about your recent AWS Training and Certification support experience"),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(html, "html", charset="iso-8859-1"), L("survey", P_CASE, [], True), html, extra=ses_common(dt), after_core=ms)

# ---- 040 Tomas: chaser, waiting for the requested e-mails
dt = T("2025-08-18 14:20:33")
top = aws_transport_gmail("tomas.ferreira.pt@gmail.com", dt)
new = """Hi Tomás,

Just checking in on the request below – I still need the notification e-mail
addresses for your two profiles before I can move forward.

If I don't hear from you in the next 5 business days the case will close
automatically, but don't worry, you can simply reply here and it'll pick up
where we left off. No need to submit the form again.

Talk soon,
Gabriela M.
AWS Training and Certification
"""
quoted = """
On Wed, Aug 13, 2025 at 3:02 PM, AWS Training and Certification wrote:
> I've had a look at the two candidate IDs you mentioned, AWS05561902 and
> AWS-08813347. To make sure I'm looking at the right profiles, could you let
> me know the notification e-mail address that is set on each of them?
"""
txt = new + quoted
build("chaser-still-need-notification-emails", top,
      [("From", FORM_FROM), ("To", "tomas.ferreira.pt@gmail.com"),
       ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T_CASE2),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="utf-8", cte="8bit", declared="us-ascii"), L("support_reply", T_CASE2, [], True), new, extra=ses_common(dt))

# ---- 041 Tomas: phishing "confirm the merge" from a look-alike domain (passes its own DMARC)
PH_CASE = "40917735210"
dt = T("2025-08-19 07:55:02")
ip = "185.221.64.37"
top = hdr_gmail("tomas.ferreira.pt@gmail.com", dt, "aws-certification-services.com", "bounce@mail.aws-certification-services.com", ip,
                "mail.aws-certification-services.com", [("aws-certification-services.com", "pass", "default")],
                policy_="p=NONE sp=NONE dis=NONE")
txt = """Dear Candidate,

We are ready to merge your AWS Certification accounts AWS05561902 and
AWS08813347. AWS05561902 will be kept as your primary account.

To confirm the merge, please sign in with BOTH accounts within 24 hours using
the secure link below. If we do not receive your confirmation, your
certifications may be suspended and the request cancelled.

  Confirm merge: https://aws-certification-services.com/merge/confirm?c=%s

Kind regards,
AWS Training & Certification Team
Case %s
""" % (PH_CASE, PH_CASE)
body = alt(text_part(txt, charset="utf-8", cte="7bit"), text_part(html_wrap(p2html(txt).replace("https://aws-certification-services.com/merge/confirm?c=" + PH_CASE, '<a href="https://aws-certification-services.com/merge/confirm?c=%s">https://aws.amazon.com/certification/merge/confirm</a>' % PH_CASE)), "html"))
build("phish-lookalike-domain-confirm-merge", top,
      [("From", '"AWS Training & Certification" <no-reply@aws-certification-services.com>'),
       ("To", "tomas.ferreira.pt@gmail.com"),
       ("Subject", "RE:[CASE %s] Action required: confirm your account merge" % PH_CASE),
       ("Date", rdate(dt)), ("Message-ID", "<%s@aws-certification-services.com>" % uuid.UUID(int=RNG.getrandbits(128)))],
      body, L("merge_confirmation_requested", PH_CASE, ["AWS05561902", "AWS08813347"], False), txt,
      extra=[("DKIM-Signature", dkim("aws-certification-services.com", "default", dt, "From:To:Subject:Date:Message-ID"))])

# ---- 042 Yuki: Japanese console reply asking to confirm (reply via Support Center)
dt = T("2025-10-08 06:33:27")
ip = "54.240.27.16"; rp = ses_return_path(dt)
top = hdr_jp("yuki-sato@kqc.biglobe.ne.jp", dt, "mx.biglobe.ne.jp", "mx-r33.biglobe.ne.jp", "amazon.com", rp, ip, ses_host(ip))
new = """佐藤 由紀 様

アマゾン ウェブ サービス トレーニングと認定サポートの山田でございます。
お待たせいたしまして申し訳ございません。

社内での確認が完了いたしましたので、以下の内容で手続きを進めさせていただきたく存じます。

　■ 残るアカウント：AWS01290455
　■ 統合されるアカウント：AWS06677812
　　（統合後、AWS06677812 ではサインインできなくなります）

本手続きは、実施後に取り消すことができません。
上記の内容でよろしければ、サポートセンターから本ケースに「承認します」とご返信いただけますでしょうか。
ご返信を確認次第、作業を開始いたします。

何卒よろしくお願い申し上げます。

山田 拓也
アマゾン ウェブ サービス
トレーニングと認定サポート

本ケースへのご返信は、以下のリンクからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % Y_CASE
body = alt(text_part(new, charset="iso-2022-jp", cte="7bit"), text_part(html_wrap(p2html(new)).replace("UTF-8", "ISO-2022-JP"), "html", charset="iso-2022-jp", cte="7bit"))
build("ja-console-confirm-request-reply-in-support-center", top,
      [("From", CONSOLE_FROM), ("To", "yuki-sato@kqc.biglobe.ne.jp"),
       ("Subject", enc_subject("RE:[CASE %s] AWS 認定アカウントの統合のお願い" % Y_CASE, "iso-2022-jp")),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      body, L("merge_confirmation_requested", Y_CASE, ["AWS01290455", "AWS06677812"], True, "ja"), new,
      extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 043 Yuki: Japanese reopen notice
dt = T("2025-10-16 23:48:05")
ip = "54.240.27.16"; rp = ses_return_path(dt)
top = hdr_jp("yuki-sato@kqc.biglobe.ne.jp", dt, "mx.biglobe.ne.jp", "mx-r31.biglobe.ne.jp", "amazon.com", rp, ip, ses_host(ip))
txt = """お客様

サポートケース %s が再開されました。

解決済みとなっていたケースに新しい返信が追加されたため、ケースを再開しました。
担当者が内容を確認し、できるだけ早くご連絡いたします。

ケースの詳細は、サポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用です。

アマゾン ウェブ サービス
""" % (Y_CASE, Y_CASE)
body = alt(text_part(txt, cte="base64"), text_part(html_wrap(p2html(txt)), "html", cte="base64"))
build("ja-console-case-reopened-notice", top,
      [("From", CONSOLE_FROM), ("To", "yuki-sato@kqc.biglobe.ne.jp"),
       ("Subject", enc_subject("Amazon Web Services: サポートケースが再開されました: %s" % Y_CASE)),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      body, L("support_reply", Y_CASE, [], True, "ja"), txt, extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))

# ---- 044 Kenji: Japanese closure + survey, UTF-8 8bit
dt = T("2025-06-02 08:05:30")
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
txt = """渡辺 健二 様

ケース %s はクローズされました。

AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
サービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。

問題は解決しましたか？
　はい　：https://aws.amazon.com/survey/tnc?caseId=%s&lang=ja&resolved=yes
　いいえ：https://aws.amazon.com/survey/tnc?caseId=%s&lang=ja&resolved=no

担当者の対応を 5 段階で評価してください：
https://aws.amazon.com/survey/tnc?caseId=%s&lang=ja&agent=rating

引き続きお困りの場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。

AWS トレーニングと認定
""" % (K_CASE, K_CASE, K_CASE, K_CASE)
build("ja-closure-survey-8bit", top,
      [("From", FORM_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("[CASE %s] アンケートへのご協力のお願い" % K_CASE)),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, cte="8bit"), L("survey", K_CASE, [], True, "ja"), txt, extra=ses_common(dt))

# ---- 045 Daniel: English "New correspondence added" notice, 15-digit
dt = T("2025-11-24 10:49:07")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "amazon.com", "amazonses.com", "54.240.9.112", "a9-112.smtp-out.amazonses.com", consumer=False)
txt = """Hello,

New correspondence has been added to your support case.

Case ID: %s
Subject: Merge my two AWS Certification accounts

To view the correspondence and respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % (D_CASE, D_CASE)
build("console-new-correspondence-notice", top,
      [("From", CONSOLE_FROM), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "[Case %s] New correspondence added" % D_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      text_part(txt, charset="us-ascii", cte="7bit"), L("support_reply", D_CASE, [], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 046 Kenji: look-alike, Japanese console case about billing (other AWS case)
KB_CASE_T = "2025-07-03 04:11:26"; KB_CASE = case15(KB_CASE_T, "02578")
dt = T(KB_CASE_T) + _dt.timedelta(seconds=5)
top = aws_transport_gmail("kenji.watanabe.dev@gmail.com", dt)
txt = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 請求書の宛名（会社名）の変更について
重要度: 一般的なガイダンス
サービス: Billing
カテゴリ: Invoices and Reports

できるだけ早くご連絡いたします。このケースに情報を追加する場合は、サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
""" % (KB_CASE, KB_CASE, KB_CASE)
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("lookalike-ja-console-case-billing-invoice", top,
      [("From", CONSOLE_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", enc_subject("Amazon Web Services: 新しいサポートケースが作成されました: %s" % KB_CASE)),
       ("Date", rdate(dt, JST)), ("Message-ID", ses_id(dt, "ap-northeast-1"))] + aws_dkim_headers(dt),
      body, L("unrelated", KB_CASE, [], True, "ja"), txt, extra=ses_common(dt, "1.ap-northeast-1.%s=:AmazonSES"))


def hdr_selfhosted(rcpt, dt, mailfrom, ip, helo, dk):
    """Postfix + OpenDKIM without DMARC checking (no dmarc= in the verdict)."""
    d1 = dt + _dt.timedelta(seconds=RNG.randint(1, 4))
    parts = ["dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (d, d, s, b64s(8)) for d, s in dk]
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", rcpt),
        ("Received", "from mail.bauer-it.de\n\tby mail.bauer-it.de with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (b64s(22), mailfrom, rcpt, rdate(d1, CET))),
        ("Authentication-Results", "mail.bauer-it.de;\n\t" + ";\n\t".join(parts) + ";\n\tspf=pass (mail.bauer-it.de: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.bauer-it.de (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, hexs(10).upper(), rcpt, rdate(d1, CET))),
    ]


# ---- 047 Sven: look-alike, Amazon Seller Central case that talks about merging seller accounts
dt = T("2026-02-03 15:40:12")
ip = "54.240.11.77"; rp = ses_return_path(dt)
top = hdr_selfhosted("sven@bauer-it.de", dt, rp, ip, ses_host(ip), [("amazon.com", AMZ_SEL), ("amazonses.com", SES_SEL)])
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge your two seller accounts (Merchant Token
A2K8P1Z3QW7XNB and A19VJ0T6M4HRCE) after the change of legal entity of your
business.

Seller accounts cannot be merged. However, you can transfer your listings and
brand registration to the account you want to keep. Please follow the steps in
Seller Central Help > "Transferring listings between accounts".

Did I solve your problem?
If yes, please click here:
https://sellercentral.amazon.de/hz/contact-us/case-feedback?caseId=5884881212&yes=1
If no, please click here:
https://sellercentral.amazon.de/hz/contact-us/case-feedback?caseId=5884881212&yes=0

We'd appreciate your feedback. Use one of the links above to let us know about
your experience with Amazon Selling Partner Support.

Thank you for selling with Amazon,
Fabian
Amazon Selling Partner Support
"""
build("lookalike-seller-central-case-merge-seller-accounts", top,
      [("From", '"Amazon Selling Partner Support" <seller-notification@amazon.com>'), ("To", "sven@bauer-it.de"),
       ("Subject", "RE:[CASE 5884881212] Merge seller accounts after change of legal entity"),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt, "eu-west-1"))] + aws_dkim_headers(dt),
      text_part(txt), L("unrelated", "5884881212", [], True), txt, extra=ses_common(dt, "1.eu-west-1.%s=:AmazonSES"))

# ---- 048 Kenji: CertMetrics "wants to hear from you" (authentic, but not AWS/Credly)
dt = T("2025-06-20 16:02:44")
ip = "198.2.178.9"
top = hdr_gmail("kenji.watanabe.dev@gmail.com", dt, "certmetrics.com", "bounce-mc.us4_1234567.98765-kenji.watanabe.dev=gmail.com@mail198.atl121.mcsv.net", ip,
                "mail198-9.atl121.mcsv.net", [("certmetrics.com", "pass", "k1"), ("mcsv.net", "pass", "k2")], policy_="p=NONE sp=NONE dis=NONE")
txt = """AWS Certification wants to hear from you

Candidate ID: AWS04418273

Thank you for being part of the AWS Certification community. We are
continuously improving the certification experience and would like to know
what you think about your recent interactions with AWS Certification,
including scheduling, testing and your certification account.

The survey takes about 5 minutes:
https://www.certmetrics.com/amazon/survey/Default.aspx?s=ce24f0b1a87c4d02b9f8e77a3a6f51d0

Thank you,
AWS Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification.
Please do not reply to this message; this mailbox is not monitored.
"""
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("certmetrics-wants-to-hear-from-you", top,
      [("From", '"AWS Certification" <do-not-reply@certmetrics.com>'), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", "AWS Certification wants to hear from you"),
       ("Date", rdate(dt)), ("Message-ID", "<%s.%s@mail198.atl121.mcsv.net>" % (hexs(20), hexs(10)))],
      body, L("unrelated", None, ["AWS04418273"], False), txt,
      extra=[("DKIM-Signature", dkim("certmetrics.com", "k1", dt, "From:Subject:Message-ID:To:Date:MIME-Version:Content-Type"))])

# ---- 049 Li Wei: Pearson VUE booking confirmation
dt = T("2026-01-09 02:17:05")
ip = "159.182.2.41"
top = hdr_gmail("liwei.cloud@gmail.com", dt, "pearson.com", "pearsonvuecustomerservice@pearson.com", ip, "mail-a.pearson.com",
                [("pearson.com", "pass", "selector1")], policy_="p=REJECT sp=REJECT dis=NONE")
txt = """Pearson VUE Confirmation of Booking

Dear Li Wei,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Language: English
Appointment: Thursday, January 22, 2026 at 10:00 AM China Standard Time
Test Center: Pearson Professional Centers - Shanghai, China
Registration ID: 521730946
Candidate ID: AWS01877456

Please arrive 15 minutes before your appointment and bring two forms of valid
identification. To reschedule or cancel, sign in to your AWS Certification
account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html", cte="base64"))
build("pearson-vue-booking-confirmation", top,
      [("From", '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>'), ("To", "liwei.cloud@gmail.com"),
       ("Subject", "Pearson VUE Confirmation of Booking"),
       ("Date", rdate(dt, CST8)), ("Message-ID", "<%s@mail-a.pearson.com>" % hexs(24))],
      body, L("unrelated", None, ["AWS01877456"], False), txt,
      extra=[("DKIM-Signature", dkim("pearson.com", "selector1", dt, "From:To:Subject:Date:Message-ID"))])


def credly_transport(rcpt, dt):
    ip = RNG.choice(["149.72.126.143", "167.89.51.22", "149.72.34.7"])
    return hdr_gmail(rcpt, dt, "credly.com", "bounces+1822631-%s-%s@em.credly.com" % (hexs(4), rcpt.replace("@", "=")), ip, "o%d.email.credly.com" % RNG.randint(1, 9),
                     [("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")], policy_="p=REJECT sp=REJECT dis=NONE")


def credly_core(dt, frm, to, subj):
    return [("From", frm), ("Reply-To", "support@credly.com"), ("To", to), ("Subject", subj), ("Date", rdate(dt)),
            ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64s(22).replace("/", "x").replace("+", "y"), RNG.randint(1, 40)))]


# ---- 050 Rachel: Credly's own self-service account merge code (not the AWS merge)
dt = T("2022-10-11 17:03:48")
top = credly_transport("rachel.kim@northwind-analytics.com", dt)
txt = """Complete your account merge

Hi Rachel,

You asked to merge the Credly account rachel.kim@gmail.com into your Credly
account rachel.kim@northwind-analytics.com.

Your verification code is: 482 917

Enter this code on the merge page or click the button below. The code expires
in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/merge/confirm?token=9f2c41e7b0a84d6a

If you didn't request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("credly-self-service-account-merge-code", top,
      credly_core(dt, '"Credly" <admin@credly.com>', "rachel.kim@northwind-analytics.com", "Your Credly account merge verification code"),
      body, L("unrelated", None, [], True), txt, extra=[("DKIM-Signature", dkim("credly.com", "s1", dt, "from:reply-to:subject:mime-version:content-type:to"))])

# ---- 051 Tomas: Credly badge expiry reminder
dt = T("2025-09-02 12:30:19")
top = credly_transport("tomas.ferreira.pt@gmail.com", dt)
txt = """Your badge expires soon

Hi Tomás,

Your AWS Certified Solutions Architect – Associate badge, issued by Amazon Web
Services Training and Certification, will expire on December 1, 2025.

Visit the issuer's site to learn how to renew your certification and keep your
badge active:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/0d7c3a59-4b8e-4f1a-9e21-6c0b5d3f7a18
Validation number: 7QK2M9XPL4CT81RB

The Credly Team
"""
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("credly-badge-expiry-reminder", top,
      credly_core(dt, enc_name("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), "tomas.ferreira.pt@gmail.com",
                  "Reminder: your AWS Certified Solutions Architect - Associate badge expires soon"),
      body, L("unrelated", None, [], True), txt, extra=[("DKIM-Signature", dkim("credly.com", "s1", dt, "from:reply-to:subject:mime-version:content-type:to"))])

# ---- 052 Kenji: GitHub "merged" notification
dt = T("2025-06-04 11:20:37")
ip = "192.30.252.201"
top = hdr_gmail("kenji.watanabe.dev@gmail.com", dt, "github.com", "noreply@github.com", ip, "out-18.smtp.github.com",
                [("github.com", "pass", "pf2023")], policy_="p=REJECT sp=REJECT dis=NONE")
txt = """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kwatanabe/cert-tracker/pull/41#event-17839201442
You are receiving this because you authored the thread.

Message ID: <kwatanabe/cert-tracker/pull/41/issue_event/17839201442@github.com>
"""
html = '<p></p>\n<p>Merged <a class="issue-link" href="https://github.com/kwatanabe/cert-tracker/pull/41">#41</a> into main.</p>\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kwatanabe/cert-tracker/pull/41#event-17839201442">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>\n'
body = alt(text_part(txt, cte="7bit"), text_part(html, "html", cte="7bit"))
build("github-pr-merged-notification", top,
      [("From", '"Kenji Watanabe" <notifications@github.com>'), ("Reply-To", "kwatanabe/cert-tracker <reply+AB3XQK7Y2@reply.github.com>"),
       ("To", "kwatanabe/cert-tracker <cert-tracker@noreply.github.com>"), ("Cc", "Author <author@noreply.github.com>"),
       ("Subject", "Re: [kwatanabe/cert-tracker] Merge duplicate certification records into one account (PR #41)"),
       ("Date", rdate(dt)), ("Message-ID", "<kwatanabe/cert-tracker/pull/41/issue_event/17839201442@github.com>"),
       ("In-Reply-To", "<kwatanabe/cert-tracker/pull/41@github.com>"), ("References", "<kwatanabe/cert-tracker/pull/41@github.com>"),
       ("List-ID", "kwatanabe/cert-tracker <cert-tracker.kwatanabe.github.com>"), ("X-GitHub-Reason", "author")],
      body, L("unrelated", None, [], False), txt, extra=[("DKIM-Signature", dkim("github.com", "pf2023", dt, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID"))])

# ---- 053 Daniel: phishing that is NOT about the merge (suspended account), look-alike, dmarc fail
dt = T("2025-12-02 05:14:51")
top, ms = hdr_outlook("d.okafor@brightlane.co.uk", dt, "aws-account-billing.net", "srv7.hostingplus-mail.ru", "91.215.85.142", "srv7.hostingplus-mail.ru",
                      dkim_d="none", dkim="none", spf="softfail", dmarc="fail", action="quarantine", compauth="fail reason=001", consumer=False)
txt = """Dear AWS Customer,

Your AWS account has been SUSPENDED due to a failed payment for invoice
#EUINGB25-1187442.

To avoid permanent deletion of your resources, please update your payment
information within 48 hours:

https://aws-account-billing.net/console/billing/verify

Sincerely,
The Amazon Web Services Billing Team
"""
body = alt(text_part(txt, charset="utf-8", cte="7bit"), text_part(html_wrap(p2html(txt)), "html"))
build("phish-not-merge-account-suspended", top,
      [("From", '"Amazon Web Services" <billing@aws-account-billing.net>'), ("To", "d.okafor@brightlane.co.uk"),
       ("Subject", "Action Required: Your AWS account has been suspended"),
       ("Date", rdate(dt)), ("Message-ID", "<%s@srv7.hostingplus-mail.ru>" % hexs(16))],
      body, L("unrelated", None, [], False), txt, after_core=ms)

# ---- 054 Priya: AWS Training newsletter (genuine amazon.com, unrelated)
dt = T("2025-06-24 16:00:41")
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "mktomail.com", "199.15.214.117", "mail117-214.sjc.mktomail.com")
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Training and Certification &mdash; June update</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">
<h3>New on AWS Skill Builder</h3>
<ul><li>Generative AI learning plan for developers (12 hours, free)</li>
<li>AWS Certified AI Practitioner: official practice question set</li>
<li>AWS Cloud Quest: Serverless Developer role</li></ul>
<h3>Certification tips</h3>
<p>Your certification benefits, including the 50% discount voucher for your next exam, are available in your AWS Certification account under <em>Benefits</em>.</p>
<p><a href="https://aws.amazon.com/certification/" style="color:#0073bb">Explore AWS Certification</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this e-mail because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
"""
build("aws-training-newsletter", top,
      [("From", '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>'), ("To", "priya.raman@outlook.com"),
       ("Subject", "New on Skill Builder: generative AI learning plans and more"),
       ("Date", rdate(dt)), ("Message-ID", "<%s.%s@mkto-mail117-214.sjc.mktomail.com>" % (RNG.randint(10**8, 10**9), hexs(8))),
       ("List-Unsubscribe", "<mailto:unsubscribe-%s@mktomail.com>" % hexs(12))],
      text_part(html, "html", cte="quoted-printable"), L("unrelated", None, [], True), html,
      extra=[("DKIM-Signature", dkim("amazon.com", "m1", dt, "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:List-Unsubscribe")),
             ("DKIM-Signature", dkim("mktomail.com", "m1", dt, "Date:From:To:Subject"))], after_core=ms)

# ---- 055 Kenji: spoofed amazon.com "case opened" about the merge; top verdict dmarc=fail, forged lower header says pass
SP_CASE = case15("2025-06-05 09:12:40", "55012")
dt = T("2025-06-05 09:14:02")
ip = "45.137.22.118"
top = hdr_gmail("kenji.watanabe.dev@gmail.com", dt, "amazon.com", "mailer@srv-notify-22.xyz", ip, "srv-notify-22.xyz", [],
                spf="softfail", dmarc="fail", policy_="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
txt = """Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge - identity verification required
Severity: Urgent

To continue the merge of AWS09927310 into your primary certification account,
you must verify your identity within 12 hours. Unverified requests are
cancelled and the certifications on both accounts are placed on hold.

Verify now: https://support-console-aws.com/verify?displayId=%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (SP_CASE, SP_CASE, SP_CASE)
body = alt(text_part(txt, charset="utf-8", cte="7bit"), text_part(html_wrap(p2html(txt)), "html", cte="base64"))
build("phish-spoofed-case-opened-dmarc-fail-forged-lower-ar", top,
      [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com"),
       ("From", CONSOLE_FROM), ("To", "kenji.watanabe.dev@gmail.com"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % SP_CASE),
       ("Date", rdate(dt)), ("Message-ID", "<0100019738%s-%s-000000@email.amazonses.com>" % (hexs(6), uuid.UUID(int=RNG.getrandbits(128)))),
       ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
      body, L("case_created", SP_CASE, ["AWS09927310"], False), txt)

# ---- 056 Sven: console acknowledgement, self-hosted server (DKIM aligned, no dmarc verdict)
S_CASE_T = "2026-02-10 08:26:14"; S_CASE = case15(S_CASE_T, "37460")
dt = T(S_CASE_T) + _dt.timedelta(seconds=6)
ip = "54.240.48.93"; rp = ses_return_path(dt)
top = hdr_selfhosted("sven@bauer-it.de", dt, rp, ip, ses_host(ip), [("amazon.com", AMZ_SEL), ("amazonses.com", SES_SEL)])
txt = """Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Two certification profiles - please combine
Severity: General guidance
Correspondence: Hello, my employer's training team registered me under sven.bauer@kontor-logistik.de (candidate AWS 02946613) but I already had AWS 06630187 with this address. Please combine them into AWS 06630187. Thanks, Sven

We will get back to you as quickly as possible. If you'd like to add more information to this case, please visit the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (S_CASE, S_CASE, S_CASE)
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("console-ack-selfhosted-dkim-aligned-no-dmarc", top,
      [("From", CONSOLE_FROM), ("To", "sven@bauer-it.de"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % S_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt, "eu-west-1"))] + aws_dkim_headers(dt),
      body, L("case_created", S_CASE, ["AWS02946613", "AWS06630187"], True), txt, extra=ses_common(dt, "1.eu-west-1.%s=:AmazonSES"))

# ---- 057 Priya: second case opened by mistake in the console while the form case was open
PC_CASE_T = "2025-06-14 19:52:30"; PC_CASE = case15(PC_CASE_T, "08846")
dt = T(PC_CASE_T) + _dt.timedelta(seconds=3)
top, ms = hdr_outlook("priya.raman@outlook.com", dt, "amazon.com", "amazonses.com", "54.240.8.30", "a8-30.smtp-out.amazonses.com")
txt = """Amazon Web Services

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Follow-up: certification profile merge (form case %s)
Severity: General guidance
Correspondence: Hi, I opened a request through the Training and Certification form on June 10 and have not had the summary yet. Just want to make sure it is moving. Account to keep is aws07720145.

We will get back to you as quickly as possible. If you'd like to add more information to this case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (PC_CASE, PC_CASE, P_CASE, PC_CASE)
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("console-ack-second-case-follow-up", top,
      [("From", CONSOLE_FROM), ("To", "priya.raman@outlook.com"),
       ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % PC_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("case_created", PC_CASE, ["AWS07720145"], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 058 Marcus: 2020 completion, console reply, nested quoted history
dt = T("2020-03-20 14:38:09")
top, ms = hdr_outlook("marcus.lindqvist@hotmail.com", dt, "amazon.com", "amazonses.com", "54.240.11.77", "a11-77.smtp-out.amazonses.com")
txt = """Hello Marcus,

Thanks for confirming. The certification team has now combined your records: everything that was on AWS00761234 is now on AWS02239871, which remains your only active account. Your CCP and SAA certifications both appear there with their original dates.

You may need to sign out and back in to see the change.

Best regards,

Oskar E.
Amazon Web Services

We value your feedback. Please rate my response using the link below.
===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/cases#/%s

*Note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % M_CASE
body = alt(text_part(txt, charset="us-ascii", cte="7bit"), text_part(html_wrap(p2html(txt)), "html"))
build("merge-done-2020-records-combined", top,
      [("From", CONSOLE_FROM), ("To", "marcus.lindqvist@hotmail.com"),
       ("Subject", "RE:[CASE %s] Merge two certification accounts" % M_CASE),
       ("Date", rdate(dt)), ("Message-ID", ses_id(dt))] + aws_dkim_headers(dt),
      body, L("merge_completed", M_CASE, ["AWS00761234", "AWS02239871"], True), txt, extra=ses_common(dt), after_core=ms)

# ---- 059 Marcus: 2020 Acclaim badge (older Credly domain)
dt = T("2020-03-23 09:11:52")
top, ms = hdr_outlook("marcus.lindqvist@hotmail.com", dt, "youracclaim.com", "em.youracclaim.com", "167.89.101.2", "o1.email.youracclaim.com",
                      dkim_d="youracclaim.com")
txt = """Congratulations, Marcus!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to start sharing it with your professional network, and
to keep a verified record of your achievement.

Accept your badge: https://www.youracclaim.com/badges/3e8f2a41-6d0c-4b7f-91aa-02f7c5e6b913/accept

Acclaim by Credly
"""
body = alt(text_part(txt, charset="us-ascii", cte="7bit"), text_part(html_wrap(p2html(txt)), "html"))
build("acclaim-badge-issued-2020", top,
      [("From", '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'), ("To", "marcus.lindqvist@hotmail.com"),
       ("Subject", "Amazon Web Services Training and Certification has issued you a new badge"),
       ("Date", rdate(dt)), ("Message-ID", "<%s@ismtpd0003p1iad1.sendgrid.net>" % b64s(22).replace("/", "x"))],
      body, L("credly_badge_issued", None, [], True), txt,
      extra=[("DKIM-Signature", dkim("youracclaim.com", "s1", dt, "from:subject:mime-version:content-type:to"))], after_core=ms)

# ---- 060 Rachel: Credly badge issued after the 2022 merge (QP, folded utf-8 subject)
dt = T("2022-10-07 14:45:30")
top = credly_transport("rachel.kim@northwind-analytics.com", dt)
txt = """You've earned a badge!

Hi Rachel,

Amazon Web Services Training and Certification issued you the badge
“AWS Certified Data Analytics – Specialty”.

Your badge is now linked to your certification account. Accept it to add it
to your Credly profile and share your achievement on LinkedIn.

Accept your badge: https://www.credly.com/earner/earned/badge/a4c92e07-3f15-4d88-b6a2-cc1f7e0395d4/accept

Validation number: V8H2K5TQ1MZ7P4XC

— The Credly Team
"""
body = alt(text_part(txt), text_part(html_wrap(p2html(txt)), "html"))
build("credly-badge-issued-after-merge-2022", top,
      credly_core(dt, enc_name("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), "rachel.kim@northwind-analytics.com",
                  enc_subject("Rachel, you’ve earned the “AWS Certified Data Analytics – Specialty” badge from Amazon Web Services Training and Certification", maxlen=70)),
      body, L("credly_badge_issued", None, [], True), txt, extra=[("DKIM-Signature", dkim("credly.com", "s1", dt, "from:reply-to:subject:mime-version:content-type:to"))])

# === MAILS END ===


# ---------------------------------------------------------------- write + check
def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    seen = set()
    for i, (name, msg, label, new_text) in enumerate(MAILS, 1):
        fn = "%03d-%s.eml" % (i, name)
        assert fn not in seen
        seen.add(fn)
        with open(os.path.join(HERE, fn), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n", cte_type="8bit")).flatten(msg)
        # cross-check account ids against the new text
        auto = sorted(set("AWS" + m for m in re.findall(r"(?i)\baws[ \-]?(\d{8})\b", re.sub(r"<[^>]+>", " ", new_text))))
        if auto != label["account_ids"]:
            raise SystemExit("%s: account ids %s != auto %s" % (fn, label["account_ids"], auto))
        labels[fn] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
