#!/usr/bin/env python3
"""Generator for blind set 201: e-mails around an AWS Certification account merge.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import uuid
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(201)
MAILS = []  # (filename, label, bytes)

# ---------------------------------------------------------------- time helpers


def utc(s):
    """'2025-05-28 00:02:00' (UTC) -> unix seconds"""
    return int(dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone.utc).timestamp())


def dtz(unix, hours=0):
    return dt.datetime.fromtimestamp(unix, dt.timezone(dt.timedelta(hours=hours)))


def rfc(unix, hours=0):
    return format_datetime(dtz(unix, hours))


def pacific(unix):
    d = dtz(unix)
    dst = 3 <= d.month <= 10 or (d.month == 11 and d.day < 3) or (d.month == 3 and d.day >= 9)
    if d.month == 3 and d.day < 9:
        dst = False
    h = -7 if dst else -8
    return rfc(unix, h) + (" (PDT)" if dst else " (PST)")


def case15(unix, tail):
    return "%d%05d" % (unix, tail)


# ---------------------------------------------------------------- random junk


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_ids(unix):
    ms = unix * 1000 + R.randint(0, 999)
    core = "0100%012x-%s-000000" % (ms, ruuid())
    return "<%s@email.amazonses.com>" % core, "%s@amazonses.com" % core


def fold_b(s, width=72):
    """fold a long base64 string for a DKIM b= tag"""
    out = []
    while s:
        out.append(s[:width])
        s = s[width:]
    return "\n\t ".join(out)


def dkim(d, s, unix, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n"
            "\tbh=%s;\n\tb=%s" % (c, s, d, unix, h, rb64(32), fold_b(rb64(192))))


AMZ_SEL = "szqgv33erturdv5cvz4vtb2xzhsuysnl"
SES_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_IPS = ["54.240.8.31", "54.240.8.20", "54.240.13.47", "54.240.48.92", "54.240.11.130",
           "54.240.8.87", "54.240.27.15", "54.240.13.2"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


# ---------------------------------------------------------------- receiving sides
# each returns a list of header lines (already folded), topmost first


def gmail_side(to, unix, mailfrom, ip, helo, auth, arc=True, spf="pass"):
    """auth: body of Authentication-Results after 'mx.google.com;' (list of clauses)"""
    t = unix + R.randint(1, 4)
    smtp_id = rb64(9).replace("/", "a").replace("+", "b")[:12]
    lines = [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            R.choice(["6a10", "7300", "7022", "6358"]), rhex(3), rhex(3), rhex(3), rhex(4),
            rb64(9)[:11], pacific(t)),
        "X-Google-Smtp-Source: AGHT+I%s" % rb64(60)[:86],
        "X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(6), R.randint(10, 99), R.randint(10**11, 10**12), pacific(t)),
    ]
    if arc:
        lines += [
            "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                t, fold_b(rb64(96), 70).replace("\n\t ", "\n         ")),
            "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
            "        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
            "         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (
                rb64(32), rb64(32), fold_b(rb64(96), 70).replace("\n\t ", "\n         ")),
            "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(auth),
        ]
    lines += [
        "Return-Path: <%s>" % mailfrom,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n"
        "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            helo, helo, ip, smtp_id, R.randint(1, 9), R.randint(10**6, 10**8), to, pacific(t)),
        ("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
            mailfrom, ip, ip)) if spf == "pass" else
        ("Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, ip, ip)),
        "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(auth),
    ]
    return lines


def gauth_amazon(mailfrom, ip, dmarc="pass"):
    return ["dkim=pass header.i=@amazon.com header.s=%s header.b=%s" % (AMZ_SEL, rb64(6)[:8]),
            "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, rb64(6)[:8]),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
                mailfrom, ip, mailfrom),
            "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % dmarc]


def outlook_side(to, unix, ip, helo, auth, tenant=True, spf_dom="amazonses.com"):
    """Microsoft 365 / Outlook.com: Authentication-Results without authserv-id."""
    t = unix + R.randint(2, 9)
    pfx = R.choice(["BN8NAM12", "DM6NAM10", "SN1NAM02", "CO1NAM11", "AM4PEPF", "DB5PEPF"])
    hx = lambda: "%s%s.namprd%02d.prod.outlook.com" % (R.choice(["SA1PR", "PH0PR", "BY5PR", "DM4PR"]),
                                                        rhex(2).upper() + "MB" + str(R.randint(1000, 9999)),
                                                        R.randint(2, 20))
    h1, h2, h3 = hx(), hx(), "%s.%s.prod.protection.outlook.com" % (pfx + rhex(5).upper(), pfx.lower()[:8])
    lines = [
        "Received: from %s (2603:10b6:%s:%s::%s)\n by %s with HTTPS; %s" % (h2, rhex(3), rhex(3), rhex(2), h1, rfc(t, 0)),
        "Received: from %s (2603:10b6:%s:%s::%s) by\n %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            h3, rhex(3), rhex(3), rhex(2), h2, rhex(3), rhex(3), rhex(2), R.randint(8000, 9300), R.randint(10, 40), rfc(t, 0)),
        "Authentication-Results: " + "\n ".join(auth),
        "Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
        " client-ip=%s; helo=%s; pr=C" % (spf_dom, ip, ip, helo),
        "Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n"
        " Frontend Transport; %s" % (helo, ip, h3, R.randint(0, 255), R.randint(0, 255), R.randint(8000, 9300),
                                       R.randint(10, 40), rfc(t - 1, 0)),
    ]
    return lines


def oauth_amazon(ip, dmarc="pass", compauth="pass reason=100"):
    return ["spf=pass (sender IP is %s)" % ip,
            "smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)",
            "header.d=amazon.com;dkim=pass (signature was verified)",
            "header.d=amazonses.com;dmarc=%s action=none" % dmarc,
            "header.from=amazon.com;compauth=%s" % compauth]


def generic_side(to, unix, mailfrom, ip, helo, mx, authserv, auth, tz=9, extra_top=None):
    """A Japanese / other provider: one or two Received lines + Authentication-Results."""
    t = unix + R.randint(1, 6)
    lines = []
    if extra_top:
        lines += extra_top
    lines += [
        "Return-Path: <%s>" % mailfrom,
        "Authentication-Results: %s;\n\t" % authserv + ";\n\t".join(auth),
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            helo, helo, ip, mx, rhex(10).upper(), to, rfc(t, tz)),
    ]
    return lines


# ---------------------------------------------------------------- bodies


def part(text, subtype="plain", charset="utf-8", cte="qp", label=None, ct_extra=""):
    """One text part; `label` declares a (possibly wrong) charset."""
    label = label or charset
    data = text.encode(charset)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, label, ct_extra)
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        m["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        payload = data.decode("ascii")
        m["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        m["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("----=_Part_%d_%d.%d" % (
        R.randint(10**6, 10**7), R.randint(10**8, 10**9), R.randint(10**12, 10**13))))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or ("%s" % rhex(28)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def subj(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return formataddr((name, email), charset)


def build(top, mime, bottom=(), crlf=False):
    """top: header lines before the MIME headers; bottom: lines after."""
    fp = io.BytesIO()
    g = BytesGenerator(fp, mangle_from_=False, policy=policy.compat32.clone(linesep="\n"))
    g.flatten(mime)
    body = fp.getvalue()
    head, _, rest = body.partition(b"\n\n")
    lines = list(top) + ["MIME-Version: 1.0"] + [head.decode("ascii")] + list(bottom)
    raw = ("\n".join(lines)).encode("utf-8") + b"\n\n" + rest
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(fn, kind, case_id, accts, verified, lang, raw):
    MAILS.append((fn, {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
                       "sender_verified": verified, "language": lang}, raw))


# ---------------------------------------------------------------- common texts

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

AWS_FOOTER_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
                 "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
                 "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def aws_mail(to_line, to_addr, from_line, subject, unix, mime, side="gmail", dmarc="pass",
             extra_top=(), charset_subject="utf-8", crlf=False, jp=None):
    """A genuine-looking AWS SES mail, received at gmail / outlook / jp provider."""
    msgid, mailfrom = ses_ids(unix)
    ip = R.choice(SES_IPS)
    helo = ses_host(ip)
    if side == "gmail":
        recv = gmail_side(to_addr, unix, mailfrom, ip, helo, gauth_amazon(mailfrom, ip, dmarc))
    elif side == "outlook":
        recv = outlook_side(to_addr, unix, ip, helo, oauth_amazon(ip, dmarc))
    elif side == "none":
        recv = []
    elif side == "yahoojp":
        t2 = unix + R.randint(1, 5)
        mta = "mta%d.mail.kks.yahoo.co.jp" % R.randint(5001, 5099)
        recv = [
            "Received: from %s (EHLO %s) (%s)\n  by %s with SMTPS; %s" % (ip, helo, ip, mta, rfc(t2, 9)),
            "Authentication-Results: %s  from=amazonses.com; domainkeys=neutral (no sig);\n"
            "  from=amazon.com; dkim=%s (ok)" % (mta, "pass" if dmarc == "pass" else "fail"),
            "X-Apparently-To: %s; %s" % (to_addr, rfc(t2, 9)),
            "Return-Path: <%s>" % mailfrom,
        ]
    else:  # jp: dict(mx=..., authserv=..., auth=[...] or None)
        auth = jp.get("auth") or ["spf=pass smtp.mailfrom=%s" % mailfrom,
                                  "dkim=pass header.i=@amazon.com header.s=%s" % AMZ_SEL,
                                  "dkim=pass header.i=@amazonses.com header.s=%s" % SES_SEL,
                                  "dmarc=%s header.from=amazon.com" % dmarc]
        recv = generic_side(to_addr, unix, mailfrom, ip, helo, jp["mx"], jp["authserv"], auth)
    top = list(recv) + list(extra_top) + [
        dkim("amazon.com", AMZ_SEL, unix),
        dkim("amazonses.com", SES_SEL, unix, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"),
        "From: %s" % from_line,
        "To: %s" % to_line,
        "Subject: %s" % subj(subject, charset_subject),
        "Date: %s" % rfc(unix),
        "Message-ID: %s" % msgid,
    ]
    bottom = ["X-SES-Outgoing: %s-%s" % (dtz(unix).strftime("%Y.%m.%d"), ip),
              "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(33)[:44]]
    return build(top, mime, bottom, crlf=crlf)


def other_mail(from_line, to_line, to_addr, subject, unix, mime, *, msgid, mailfrom, ip, helo,
               side="gmail", auth=(), dkims=(), extra_top=(), lower=(), bottom=(), charset_subject="utf-8",
               date_tz=0, crlf=False, jp=None, more_hdrs=(), spf_dom=None, spf="pass"):
    """Mail from any sender. `lower` = header lines placed below the receiver's own trace
    (e.g. a forged Authentication-Results added by the sender)."""
    if side == "gmail":
        recv = gmail_side(to_addr, unix, mailfrom, ip, helo, list(auth), spf=spf)
    elif side == "outlook":
        recv = outlook_side(to_addr, unix, ip, helo, list(auth), spf_dom=spf_dom or mailfrom.split("@")[-1])
    elif side == "jp":
        recv = generic_side(to_addr, unix, mailfrom, ip, helo, jp["mx"], jp["authserv"], list(auth))
    else:
        recv = []
    top = list(extra_top) + recv + list(lower) + list(dkims) + [
        "From: %s" % from_line,
        "To: %s" % to_line,
        "Subject: %s" % subj(subject, charset_subject),
        "Date: %s" % rfc(unix, date_tz),
        "Message-ID: %s" % msgid,
    ] + list(more_hdrs)
    return build(top, mime, bottom, crlf=crlf)


# ================================================================= the mails

# ---- case C1: Daniel Okafor, form case, English, gmail
C1_T = utc("2025-05-28 00:02:00")
C1 = case15(C1_T, 917)
C1_TO = "daniel.okafor@gmail.com"
C1_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 001 - form acknowledgement that echoes the submission
t = C1_T + 14
body = """Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we
have received your inquiry and a case has been created for it.

Case ID: %s

A member of our team will review your request and respond, in most cases within
24 hours. If you have more information to add, simply reply to this e-mail and keep the
case ID in the subject line.

Please do not submit the form again for the same request; duplicate cases can delay
our response.

A copy of your submission is included below for your records.

------------------------------------------------------------
Name: Daniel Okafor
Email: daniel.okafor@gmail.com
Country: Nigeria
Inquiry type: AWS Training and Certification
Topic: Certification
Detail: Account Merge
AWS candidate ID: AWS04417291
Description:
Hi, I have two certification accounts. The old one (AWS04417291) was created with my
previous employer email d.okafor@contoso-logistics.com and I can no longer receive mail
there. The newer one is AWS09182736 and uses this gmail address. Could you please merge
them so that my SAA-C03 and DVA-C02 certifications are in one place? Thank you.
------------------------------------------------------------

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % C1
add("001-form-ack-echo-submission.eml", "case_created", C1, ["AWS04417291", "AWS09182736"], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "[CASE %s] %s" % (C1, C1_SUBJ), t,
             part(body, cte="qp")))

# ---- case C3: Priya Raman, console case, English, outlook.com
C3_T = utc("2026-01-14 09:31:00")
C3 = case15(C3_T, 428)
C3_TO = "priya.raman88@outlook.com"
C3_CSUBJ = "Merge my two certification accounts"

# 002 - console "You have opened a new Support case"
t = C3_T + 41
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I accidentally created a second certification account when I
scheduled my last exam. My original account is AWS11223344 (priya.raman@wipro-mail.example)
and the duplicate one is aws55667788 (this outlook address). Please merge them into one
and keep the outlook address as login. Thanks, Priya

You can view the details of your case and add correspondence by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To
update your case, please use the link above.

Thank you for using Amazon Web Services.

%s
""" % (C3, C3, C3_CSUBJ, C3, AWS_FOOTER_EN)
html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Dear Amazon Web Services Customer,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0"><b>Case ID:</b></td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Subject:</b></td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td style="padding:2px 12px 2px 0;vertical-align:top"><b>Correspondence:</b></td><td>Hello, I accidentally created a second certification account when I
scheduled my last exam. My original account is AWS11223344 (priya.raman@wipro-mail.example)
and the duplicate one is aws55667788 (this outlook address). Please merge them into one
and keep the outlook address as login. Thanks, Priya</td></tr>
</table>
<p>You can view the details of your case and add correspondence by visiting the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>
<p style="color:#545b64;font-size:12px">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.</p>
<p>Thank you for using Amazon Web Services.</p>
<p style="color:#879596;font-size:11px">%s</p>
</td></tr></table></body></html>
""" % (C3, C3, C3_CSUBJ, C3, AWS_FOOTER_EN)
add("002-console-case-opened.eml", "case_created", C3, ["AWS11223344", "AWS55667788"], True, "en",
    aws_mail("priya.raman88@outlook.com", C3_TO, addr(AWS_NAME, NOREPLY),
             "Amazon Web Services: You have opened a new Support case: %s" % C3, t,
             alt(part(txt, cte="qp"), part(html, "html", cte="qp")), side="outlook"))

# 003 - Japanese console acknowledgement, ISO-2022-JP, OCN
C10_T = utc("2025-10-06 02:48:00")
C10 = case15(C10_T, 112)
t = C10_T + 37
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいた内容について、ケース %s をオープンいたしました。

ケース ID: %s
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス

ケースの詳細の確認や、ケースへの返信の追加は、サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールは送信専用のアドレスから送信されています。このメールに返信されても
ケースには反映されませんので、上記のリンクからご返信ください。

Amazon Web Services をご利用いただき、ありがとうございます。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (C10, C10, C10)
add("003-console-case-opened-ja-iso2022jp.eml", "case_created", C10, [], True, "ja",
    aws_mail(addr("中村 陽子", "yoko.nakamura@ocn.ne.jp", "iso-2022-jp"), "yoko.nakamura@ocn.ne.jp",
             addr(AWS_NAME, NOREPLY),
             "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % C10, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="jp", charset_subject="iso-2022-jp",
             jp=dict(mx="mfsmax.ocn.ad.jp", authserv="ocn.ad.jp")))

# ---- case C8: Aisha Khan, form case, outlook.com
C8_T = utc("2025-03-11 14:20:00")
C8 = case15(C8_T, 35)
C8_TO = "aisha.khan.dev@outlook.com"

# 004 - acknowledgement that already asks for information
t = C8_T + 22
txt = """Hello Aisha,

Thank you for reaching out to AWS Training and Certification. Your request has been logged
and assigned the case number below.

  Case number : %s
  Topic       : Certification > Account Merge
  Candidate ID provided: aws 20481632

What happens next
An agent will review your request and get back to you, usually within one business day.

To help us action account merge requests faster, you may reply to this e-mail now with:
  1. the e-mail address you use to sign in to each of your certification accounts,
  2. the candidate ID of each account (AWS followed by 8 digits), if you know it, and
  3. which account you would like to keep.

Replies to this message are added to your case automatically. Please do not open a new
case for the same request.

Kind regards,
AWS Training and Certification Customer Support

This is an automated message. Response times may be longer during public holidays.
""" % C8
html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Aisha,</p>
<p>Thank you for reaching out to AWS Training and Certification. Your request has been logged and assigned the case number below.</p>
<table border="0" cellpadding="3">
<tr><td><b>Case number</b></td><td>%s</td></tr>
<tr><td><b>Topic</b></td><td>Certification &gt; Account Merge</td></tr>
<tr><td><b>Candidate ID provided</b></td><td>aws 20481632</td></tr></table>
<h3 style="color:#ff9900">What happens next</h3>
<p>An agent will review your request and get back to you, usually within one business day.</p>
<p>To help us action account merge requests faster, you may reply to this e-mail now with:</p>
<ol><li>the e-mail address you use to sign in to each of your certification accounts,</li>
<li>the candidate ID of each account (AWS followed by 8 digits), if you know it, and</li>
<li>which account you would like to keep.</li></ol>
<p>Replies to this message are added to your case automatically. Please do not open a new case for the same request.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#777">This is an automated message. Response times may be longer during public holidays.</p>
</body></html>""" % C8
add("004-form-ack-asks-for-details.eml", "case_created", C8, ["AWS20481632"], True, "en",
    aws_mail(addr("Aisha Khan", C8_TO), C8_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C8, t,
             alt(part(txt, cte="qp"), part(html, "html", cte="b64")), side="outlook"))

# ---- case C4: Marco Bianchi, 11-digit form case (2022), company O365
C4 = "10493827561"
C4_T = utc("2022-06-20 08:14:51")
C4_TO = "marco.bianchi@fabbricadigitale.it"

# 005 - older HTML-only acknowledgement, 11-digit id
html = """<html>
<head><style>p{margin:0 0 10px 0} .small{font-size:11px;color:#666}</style></head>
<body>
<div style="max-width:640px;font-family:Helvetica,Arial,sans-serif;font-size:13px">
<div style="border-bottom:3px solid #ff9900;padding-bottom:6px;margin-bottom:14px"><b>AWS Training and Certification</b></div>
<p>Hello,</p>
<p>We have received your request. A case was created with the reference number
<b>%s</b>. Please keep this number for future reference.</p>
<p>Our Customer Support team is reviewing your message and will contact you at this e-mail
address. We aim to respond within 24 hours on business days.</p>
<p>Useful links while you wait:</p>
<ul>
<li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li>
<li><a href="https://aws.amazon.com/certification/policies/">AWS Certification policies</a></li>
</ul>
<p>Thank you,<br>AWS Training and Certification</p>
<p class="small">Please do not change the subject line when replying, so that your reply is attached to the correct case.</p>
</div></body></html>""" % C4
add("005-form-ack-html-only-2022.eml", "case_created", C4, [], True, "en",
    aws_mail(addr("Bianchi Marco", C4_TO), C4_TO, addr(AWS_NAME, FORM),
             "Your inquiry has been received [CASE %s]" % C4, C4_T + 19,
             part(html, "html", charset="us-ascii", cte="7bit"), side="outlook", crlf=True))

# ---- case C5: Tomasz Nowak, 10-digit case (2019)
C5 = "6251840391"
C5_T = utc("2019-08-02 11:26:07")
C5_TO = "tomasz.nowak@interia.pl"

# 006 - very old plain acknowledgement, 10-digit id, no Authentication-Results at all
t = C5_T + 8
txt = """Greetings from AWS Training and Certification,

Your case %s has been created.

Our Certification team will respond to you within 1 business day. If you need to add
information, reply to this message without changing the subject.

Thank you for your patience.

Regards,
AWS Certification Customer Support
""" % C5
msgid, mailfrom = ses_ids(t)
add("006-old-ack-10digit-no-auth.eml", "case_created", C5, [], None, "en",
    build([
        "Return-Path: <%s>" % mailfrom,
        "Received: from mx1.poczta.interia.pl (localhost [127.0.0.1])\n\tby mail-in.interia.pl (INTERIA.PL) with ESMTP id 8C3F21A0;\n\t%s" % rfc(t + 3, 2),
        "Received: from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])\n\tby mx1.poczta.interia.pl (INTERIA.PL) with ESMTPS;\n\t%s" % rfc(t + 2, 2),
        "X-Interia-Antivirus: OK",
        "From: AWS Certification <%s>" % FORM,
        "To: %s" % C5_TO,
        "Subject: AWS Certification - Case %s created" % C5,
        "Date: %s" % rfc(t),
        "Message-ID: %s" % msgid,
    ], part(txt, charset="us-ascii", cte="7bit")))

# ---- case C6: Takahashi Kenichi, Japanese form case, biglobe, Shift_JIS
C6_T = utc("2025-11-17 05:40:00")
C6 = case15(C6_T, 3051)
C6_TO = "k-takahashi@kxa.biglobe.ne.jp"

# 007 - Japanese form acknowledgement echoing the submission, Shift_JIS base64
t = C6_T + 26
txt = """高橋 健一 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。

ケースID: %s
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS-31415926

お問い合わせ内容:
認定アカウントが2つあります。AWS-31415926（会社のメールアドレスで登録）と
AWS-27182818（個人のメールアドレスで登録）です。
転職のため、個人アドレスの方に統合していただけますでしょうか。
よろしくお願いいたします。

担当者より、原則として24時間以内にご連絡いたします。
追加の情報がございましたら、件名のケースIDを変更せずに本メールへご返信ください。
同じ内容で再度お問い合わせいただきますと、回答が遅れる場合がございます。

※本メールは送信専用アドレスから自動送信されています。

AWS トレーニングと認定 カスタマーサポート
""" % C6
add("007-form-ack-ja-shiftjis-echo.eml", "case_created", C6, ["AWS27182818", "AWS31415926"], True, "ja",
    aws_mail(C6_TO, C6_TO, addr("アマゾン ウェブ サービス", FORM, "iso-2022-jp"),
             "[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました" % C6, t,
             part(txt, charset="shift_jis", cte="b64"), side="jp", charset_subject="iso-2022-jp",
             jp=dict(mx="mx.biglobe.ne.jp", authserv="biglobe.ne.jp")))

# 008 - phishing acknowledgement about the merge from a look-alike domain
t = utc("2025-08-19 16:03:11")
fake_case = "175561938400552"
txt = """Dear Candidate,

Your AWS Certification account merge request has been received.

Case ID: %s
Status: Pending identity verification

To protect your certifications, both accounts involved in the merge must be verified
within 24 hours. Unverified requests are cancelled automatically and your certification
history may be lost.

Verify now: https://aws-certification-helpdesk.com/merge/verify?case=%s

Thank you,
AWS Training & Certification Support Team
""" % (fake_case, fake_case)
html = """<html><body style="font-family:Arial">
<img src="https://aws-certification-helpdesk.com/img/aws-logo.png" width="80"><br>
<p>Dear Candidate,</p>
<p>Your AWS Certification <b>account merge request</b> has been received.</p>
<p>Case ID: %s<br>Status: <span style="color:#d13212">Pending identity verification</span></p>
<p>To protect your certifications, both accounts involved in the merge must be verified within 24 hours.
Unverified requests are cancelled automatically and your certification history may be lost.</p>
<p><a href="https://aws-certification-helpdesk.com/merge/verify?case=%s" style="background:#ff9900;color:#fff;padding:10px 18px;text-decoration:none">Verify now</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p></body></html>""" % (fake_case, fake_case)
to = "lucia.fernandes.sp@gmail.com"
mid = "<%s@aws-certification-helpdesk.com>" % rhex(24)
mf = "bounce-%s@mail.aws-certification-helpdesk.com" % rhex(8)
add("008-phish-lookalike-merge-ack.eml", "case_created", fake_case, [], False, "en",
    other_mail(addr("AWS Training & Certification", "support@aws-certification-helpdesk.com"), to, to,
               "Case %s: account merge request received" % fake_case, t,
               alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="qp")),
               msgid=mid, mailfrom=mf, ip="185.234.72.19", helo="mail.aws-certification-helpdesk.com",
               auth=["dkim=pass header.i=@aws-certification-helpdesk.com header.s=default header.b=%s" % rb64(6)[:8],
                     "spf=pass (google.com: domain of %s designates 185.234.72.19 as permitted sender) smtp.mailfrom=%s" % (mf, mf),
                     "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-helpdesk.com"],
               dkims=[dkim("aws-certification-helpdesk.com", "default", t)]))

# 009 - console acknowledgement, HTML only, corporate relay that adds no Authentication-Results
C11_T = utc("2025-12-02 13:07:00")
C11 = case15(C11_T, 6610)
t = C11_T + 52
K_TO = "kwame.mensah@volta-analytics.com"
html = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="padding:16px 24px;background:#232f3e;color:#fff;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>
<div style="border:1px solid #d5dbdb;padding:12px;margin:12px 0">
<div><span style="color:#545b64">Case ID</span><br>%s</div><br>
<div><span style="color:#545b64">Subject</span><br>Certification account merge - AWS 76543210 into AWS 70019283</div><br>
<div><span style="color:#545b64">Severity</span><br>General guidance</div><br>
<div><span style="color:#545b64">Service</span><br>Training &amp; Certification</div>
</div>
<p>An AWS Support representative will respond through the Support Center. You will receive
an e-mail when the case is updated.</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en"
style="display:inline-block;background:#ff9900;color:#16191f;padding:8px 16px;text-decoration:none;border-radius:2px">View case</a></p>
<p style="font-size:12px;color:#687078">This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#879596">%s</td></tr>
</table></td></tr></table></body></html>
""" % (C11, C11, C11, AWS_FOOTER_EN)
add("009-console-ack-html-only-no-auth-header.eml", "case_created", C11, ["AWS70019283", "AWS76543210"], None, "en",
    aws_mail(addr("Kwame Mensah", K_TO), K_TO, addr(AWS_NAME, NOREPLY),
             "Amazon Web Services: You have opened a new Support case: %s" % C11, t,
             part(html, "html", cte="qp"), side="none",
             extra_top=[
                 "Received: from EXCH02.corp.volta-analytics.com (10.20.4.12) by\n EXCH01.corp.volta-analytics.com (10.20.4.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.4; %s" % rfc(t + 6, 0),
                 "Received: from mailgw.volta-analytics.com (10.20.1.5) by\n EXCH02.corp.volta-analytics.com (10.20.4.12) with Microsoft SMTP Server id\n 15.2.1544.4 via Frontend Transport; %s" % rfc(t + 5, 0),
                 "Received: from a8-20.smtp-out.amazonses.com (a8-20.smtp-out.amazonses.com [54.240.8.20])\n\tby mailgw.volta-analytics.com (8.15.2/8.15.2) with ESMTPS id 5B2D7Q4v011822\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128 verify=NOT)\n\tfor <%s>; %s" % (K_TO, rfc(t + 4, 0)),
                 "X-MS-Exchange-Organization-AuthSource: EXCH02.corp.volta-analytics.com",
                 "X-MS-Exchange-Organization-AuthAs: Anonymous",
             ]))

# 010 - form acknowledgement, another template, curly quotes (UTF-8 QP), Outlook/Hotmail
C12_T = utc("2025-04-22 19:55:00")
C12 = case15(C12_T, 81)
t = C12_T + 30
S_TO = "sofia.martinez.r@hotmail.es"
txt = """Hi Sofía,

We’ve got your message — thanks for getting in touch with AWS Training and Certification.

Your case ID is %s. We’ve shared your request with our Certification support team and
you can expect a reply within 24 hours (a little longer over weekends).

You told us:
  • Request: Account Merge
  • Candidate ID: aws-48151623
  • Details: “I have one account from my university and one from work, I’d like to keep only the work one.”

A couple of tips while you wait:
  – Don’t open a second case for the same request – it can slow things down.
  – If you remember anything else (for example another e-mail address you may have
    registered with), just reply to this e-mail.

Thanks,
The AWS Training and Certification team
""" % C12
html = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Hi Sofía,</p>
<p>We’ve got your message — thanks for getting in touch with AWS Training and Certification.</p>
<p>Your case ID is <strong>%s</strong>. We’ve shared your request with our Certification support team and you can expect a reply within 24 hours (a little longer over weekends).</p>
<p>You told us:</p>
<ul><li>Request: Account Merge</li><li>Candidate ID: aws-48151623</li>
<li>Details: “I have one account from my university and one from work, I’d like to keep only the work one.”</li></ul>
<p>A couple of tips while you wait:</p>
<ul><li>Don’t open a second case for the same request – it can slow things down.</li>
<li>If you remember anything else (for example another e-mail address you may have registered with), just reply to this e-mail.</li></ul>
<p>Thanks,<br>The AWS Training and Certification team</p></body></html>""" % C12
add("010-form-ack-curly-quotes-hotmail.eml", "case_created", C12, ["AWS48151623"], True, "en",
    aws_mail(addr("Sofía Martínez", S_TO), S_TO, addr("AWS Training and Certification", FORM),
             "We’ve received your request – CASE %s" % C12, t,
             alt(part(txt, cte="qp"), part(html, "html", cte="qp")), side="outlook"))

# ---- case C7: Lucas Ferreira; first case never answered, second case a week later
C7A_T = utc("2025-07-09 18:05:00")
C7A = case15(C7A_T, 771)
C7_T = utc("2025-07-16 20:47:00")
C7 = case15(C7_T, 204)
L_TO = "lucas.ferreira.cloud@gmail.com"

# 011 - acknowledgement of the second case, echo mentions the first case id
t = C7_T + 18
txt = """Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we
have received your inquiry and a case has been created for it.

Case ID: %s

A member of our team will review your request and respond, in most cases within
24 hours. If you have more information to add, simply reply to this e-mail and keep the
case ID in the subject line.

Please do not submit the form again for the same request; duplicate cases can delay
our response.

A copy of your submission is included below for your records.

------------------------------------------------------------
Name: Lucas Ferreira
Email: lucas.ferreira.cloud@gmail.com
Country: Brazil
Inquiry type: AWS Training and Certification
Topic: Certification
Detail: Account Merge
AWS candidate ID: AWS62951413
Description:
This is my second request. I opened case %s on July 9 to merge AWS62951413 and
AWS73068524 but never received any answer (I think I forgot to fill the notification
e-mail field). Please keep AWS62951413 and merge the other one into it. Obrigado!
------------------------------------------------------------

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % (C7, C7A)
add("011-form-ack-second-case-mentions-first.eml", "case_created", C7, ["AWS62951413", "AWS73068524"], True, "en",
    aws_mail(L_TO, L_TO, addr(AWS_NAME, FORM),
             "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7, t,
             part(txt, cte="qp")))

# ---- case C2: Sato Misaki, Japanese form case, Yahoo! JAPAN
C2_T = utc("2025-09-03 01:12:00")
C2 = case15(C2_T, 6007)
C2_TO = "misaki_sato_0412@yahoo.co.jp"
C2_NAME = "佐藤 美咲"

# 012 - Japanese acknowledgement, UTF-8 base64, long subject folded over lines
t = C2_T + 33
txt = """佐藤 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ ケース番号：%s
■ カテゴリ：認定 ＞ アカウントの統合
■ 受験者 ID：AWS01357924
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

内容を確認のうえ、担当者より順次ご連絡いたします。通常、24 時間以内にご返信しておりますが、
お問い合わせが集中している場合はお時間をいただくことがございます。

なお、同一のお問い合わせで新しいケースを作成されますと、ご案内が遅れる原因となりますので、
追加のご連絡は本メールへの返信にてお願いいたします（件名は変更しないでください）。

――――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
――――――――――――――――――――――
""" % C2
add("012-form-ack-ja-utf8-yahoojp.eml", "case_created", C2, ["AWS01357924"], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO), C2_TO, addr(AWS_NAME, FORM),
             "【自動返信】お問い合わせを受け付けました（AWS トレーニングと認定）ケース番号 %s" % C2, t,
             part(txt, charset="utf-8", cte="b64"), side="yahoojp"))

# 013 - spoofed "case opened" from amazon.com, Gmail says dmarc=fail; a forged pass lower down
t = utc("2025-10-28 07:41:09")
fake = case15(t - 120, 90113)
B_TO = "ben.hoffmann.dev@gmail.com"
mf = "no-reply-aws@amazon.com"
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Certification account merge
Severity: Urgent

To avoid loss of your active certifications during the merge, sign in and confirm the
identity of the account holder:
https://support-center-aws.com/support/home?displayId=%s

Thank you for using Amazon Web Services.
""" % (fake, fake, fake)
add("013-spoofed-console-ack-dmarc-fail.eml", "case_created", fake, [], False, "en",
    other_mail(addr(AWS_NAME, mf), B_TO, B_TO,
               "Amazon Web Services: You have opened a new Support case: %s" % fake, t,
               part(txt, charset="us-ascii", cte="7bit"),
               msgid="<%s.%d@mail.amazon.com>" % (rhex(16), t), mailfrom=mf, ip="103.151.44.9",
               helo="vps-44-9.hostnet-asia.net", spf="softfail",
               auth=["spf=softfail (google.com: domain of transitioning no-reply-aws@amazon.com does not designate 103.151.44.9 as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com",
                     "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
               lower=["Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n"
                      "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com" % AMZ_SEL,
                      "Received: from localhost (localhost [127.0.0.1])\n\tby vps-44-9.hostnet-asia.net (Postfix) with ESMTP id 7F2A140B21\n\tfor <%s>; %s" % (B_TO, rfc(t - 2, 7))],
               more_hdrs=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]))

# 014 - short acknowledgement; body is UTF-8 but the part is labelled us-ascii (8bit)
C13_T = utc("2026-02-09 03:15:00")
C13 = case15(C13_T, 522)
t = C13_T + 11
W_TO = "chenwei.sg@gmail.com"
txt = """Hi there,

Thanks! We’ve received your AWS Training & Certification request (Case %s).

What’s next? One of our specialists will get back to you within 24 hours. There’s no need
to submit another request – just reply to this e-mail if you’d like to add anything.

– AWS Training & Certification Support
""" % C13
add("014-form-ack-wrong-charset-label.eml", "case_created", C13, [], True, "en",
    aws_mail(W_TO, W_TO, addr(AWS_NAME, FORM),
             "[CASE %s] Thanks for contacting AWS Training and Certification" % C13, t,
             part(txt, charset="utf-8", label="us-ascii", cte="8bit")))

# ================= support replies (middle of the case)

# 015 - C1: agent lists accounts and asks which one to keep; Outlook-style quoted submission
t = C1_T + 86400 + 3600 * 7 + 412
txt = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I understand that you would like to bring your two AWS Certification accounts together.
I was able to locate the following accounts:

  - AWS04417291 - d.okafor@contoso-logistics.com (created 2021)
  - AWS09182736 - daniel.okafor@gmail.com (created 2024)

Before I submit the request, could you please tell me which of these two accounts you
would like to keep as your primary account? The account you keep will retain its login
e-mail address and candidate ID, and the certifications of the other account will be
moved to it.

Once I have your answer I will send you the final details to review.

Best regards,
Ramesh K.
AWS Training and Certification

-----Original Message-----
From: Daniel Okafor <daniel.okafor@gmail.com>
Sent: Wednesday, May 28, 2025 12:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Name: Daniel Okafor
Email: daniel.okafor@gmail.com
Inquiry type: AWS Training and Certification
Topic: Certification
Detail: Account Merge
AWS candidate ID: AWS04417291
Description:
Hi, I have two certification accounts. The old one (AWS04417291) was created with my
previous employer email d.okafor@contoso-logistics.com and I can no longer receive mail
there. The newer one is AWS09182736 and uses this gmail address. Could you please merge
them so that my SAA-C03 and DVA-C02 certifications are in one place? Thank you.
"""
add("015-agent-asks-which-account-to-keep.eml", "support_reply", C1, ["AWS04417291", "AWS09182736"], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "RE:[CASE %s] %s" % (C1, C1_SUBJ), t, part(txt, cte="qp")))

# 016 - C8: non-native agent asks for the login e-mails
C8_R1 = C8_T + 2 * 86400 + 5400
txt = """Dear Aisha,

Greetings from AWS Training and Certification!!

We have received your request for merging of certification accounts. As per our
verification we could find only one account under candidate ID AWS20481632, which is
registered with aisha.khan.dev@outlook.com.

To proceed further, kindly share the below details:

1) Login email ID of the other certification account
2) Full name as mentioned in that account
3) Which account you wish to retain as primary

Please revert back with the details at the earliest so that we can process your request.

Thanks & Regards,
Nikhil
AWS Training and Certification | Customer Support
"""
html = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
    "".join("<p>%s</p>" % ln.replace("\n", "<br>") for ln in txt.strip().split("\n\n")) + "</div></body></html>"
add("016-agent-asks-login-emails-nonnative.eml", "support_reply", C8, ["AWS20481632"], True, "en",
    aws_mail(addr("Aisha Khan", C8_TO), C8_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C8, C8_R1,
             alt(part(txt, cte="7bit", charset="us-ascii"), part(html, "html", cte="qp")), side="outlook"))

# 017 - C3: console agent reply, status update ("forwarded to the team"), rating footer
t = C3_T + 86400 + 3600 * 3 + 77
txt = """Hello Priya,

Thank you for your patience while I looked into this.

I have verified both of your certification profiles and forwarded your request to merge
AWS11223344 and AWS55667788 to our Certification operations team. Requests of this kind
usually take 3-5 business days to be processed. I will keep this case open and update
you here as soon as I hear back from them - there is nothing you need to do in the
meantime.

Please do not schedule or sit an exam from either account until the process is finished.

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence. Each correspondence can
also be rated by selecting the stars in top right corner of each correspondence within
the AWS Support Center.

Best regards,
Jorge M.
Amazon Web Services

===================================================================

To see all the details of this case or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
Please use the link above if you need to contact us again about this same issue.

%s
""" % (C3, AWS_FOOTER_EN)
add("017-console-agent-status-forwarded.eml", "support_reply", C3, ["AWS11223344", "AWS55667788"], True, "en",
    aws_mail(C3_TO, C3_TO, addr(AWS_NAME, NOREPLY), "RE:[CASE %s] %s" % (C3, C3_CSUBJ), t,
             part(txt, cte="qp"), side="outlook"))

# 018 - C4 (2022): hand-over to a colleague
t = C4_T + 4 * 86400 + 3600 * 2
txt = """Hello Marco,

My name is Aditi and I will be taking over your case from my colleague Sven, who is out of
the office this week. I have read through the history, so there is no need to repeat
anything.

At the moment your request is still with our internal team. As soon as they have reviewed
the two profiles I will contact you with the next steps, which should be within the next
two business days.

Thank you for your understanding.

Kind regards,
Aditi S.
AWS Training and Certification
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p>Hello Marco,</p><p>My name is Aditi and I will be taking over your case from my colleague Sven, who is out of the office
this week. I have read through the history, so there is no need to repeat anything.</p>
<p>At the moment your request is still with our internal team. As soon as they have reviewed the two profiles I will contact
you with the next steps, which should be within the next two business days.</p>
<p>Thank you for your understanding.</p><p>Kind regards,<br>Aditi S.<br>AWS Training and Certification</p></body></html>"""
add("018-handover-to-colleague-2022.eml", "support_reply", C4, [], True, "en",
    aws_mail(addr("Bianchi Marco", C4_TO), C4_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4, t,
             alt(part(txt, charset="windows-1252", cte="qp"), part(html, "html", charset="windows-1252", cte="qp")),
             side="outlook", crlf=True))

# 019 - C8: chaser, quotes the earlier request (ids only in the quote)
t = C8_R1 + 3 * 86400 + 1800
txt = """Dear Aisha,

This is a gentle follow-up on the below email. We have not yet received the login email
ID of your second certification account, hence we are unable to proceed with your request.

Kindly respond within 72 hours, else the case will be auto-resolved. You can always reply
later to reopen it.

Thanks & Regards,
Nikhil
AWS Training and Certification | Customer Support

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
To: aisha.khan.dev@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Dear Aisha,

Greetings from AWS Training and Certification!!

We have received your request for merging of certification accounts. As per our
verification we could find only one account under candidate ID AWS20481632, which is
registered with aisha.khan.dev@outlook.com.

To proceed further, kindly share the below details:

1) Login email ID of the other certification account
2) Full name as mentioned in that account
3) Which account you wish to retain as primary

Please revert back with the details at the earliest so that we can process your request.
""" % (dtz(C8_R1).strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " "), C8)
add("019-chaser-awaiting-info-quoted-request.eml", "support_reply", C8, [], True, "en",
    aws_mail(addr("Aisha Khan", C8_TO), C8_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C8, t,
             part(txt, cte="qp"), side="outlook"))

# 020 - C1: "thank you for confirming, we will now proceed" - Gmail-style quote with nested history
C1_CONF = C1_T + 2 * 86400 + 3600 * 5
C1_USER = C1_CONF + 3600 * 14 + 800
t = C1_USER + 3600 * 6 + 300
quote_hdr = "On %s, Daniel Okafor <daniel.okafor@gmail.com> wrote:" % dtz(C1_USER, 1).strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")
txt = """Hello Daniel,

Thank you for confirming. I have now submitted the request to our back-office team and we
will proceed as discussed. Once the process is complete you will receive a separate
confirmation from us, and your Credly badges should follow within a few days after that.

Please note you may be signed out of the Certification portal while the change is applied.

Best regards,
Ramesh K.
AWS Training and Certification

%s
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Daniel
>
> On %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Daniel,
> >
> > Thank you for the information. Please review the details below:
> >
> > Account to be merged (will be deactivated): AWS04417291 - d.okafor@contoso-logistics.com
> > Account to be kept (primary): AWS09182736 - daniel.okafor@gmail.com
> >
> > Please note that once completed, the merge cannot be undone. Kindly reply to this
> > e-mail to confirm that the above details are correct.
> >
> > Best regards,
> > Ramesh K.
""" % (quote_hdr, dtz(C1_CONF).strftime("%a, %d %b %Y at %H:%M"))
add("020-thanks-for-confirming-will-proceed.eml", "support_reply", C1, [], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "RE:[CASE %s] %s" % (C1, C1_SUBJ), t, part(txt, cte="qp")))

# 021 - C3: console "New correspondence added" notice (no content)
t = C3_T + 3 * 86400 + 3600 * 9 + 15
txt = """Hello,

We've updated your support case %s. To see the new correspondence, or to reply, sign in
to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: %s

Please do not reply to this e-mail. This address cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

%s
""" % (C3, C3, C3, C3_CSUBJ, AWS_FOOTER_EN)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p><p>We've updated your support case <b>%s</b>. To see the new correspondence, or to reply, sign in to the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p>Case ID: %s<br>Subject: %s</p>
<p style="color:#666;font-size:12px">Please do not reply to this e-mail. This address cannot accept incoming e-mail.</p>
<p>Thank you for using Amazon Web Services.</p><p style="color:#999;font-size:11px">%s</p></body></html>""" % (
    C3, C3, C3, C3_CSUBJ, AWS_FOOTER_EN)
add("021-console-new-correspondence-notice.eml", "support_reply", C3, [], True, "en",
    aws_mail(C3_TO, C3_TO, addr(AWS_NAME, NOREPLY), "[Case %s] New correspondence added" % C3, t,
             alt(part(txt, cte="qp"), part(html, "html", cte="qp")), side="outlook"))

# 022 - C2: Japanese status update (ISO-2022-JP); quoted user reply with nested Yahoo! quote
t = C2_T + 86400 + 3600 * 4 + 601
u = C2_T + 3600 * 9 + 1200
txt = """佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の小林でございます。

ご連絡いただきました２つ目のアカウントの情報につきまして、ありがとうございました。
現在、担当部署にて両アカウントの登録内容を確認しております。
確認が取れ次第、統合の内容（統合元・統合先）を改めてご案内いたしますので、
今しばらくお待ちくださいますようお願い申し上げます。

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林

----- Original Message -----
From: 佐藤 美咲 <misaki_sato_0412@yahoo.co.jp>
Date: %s
Subject: Re: [CASE %s]

> お世話になっております。佐藤です。
> もう一つのアカウントの受験者IDは AWS02468135 です（旧姓の田中で登録しています）。
> よろしくお願いいたします。
>
> %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 美咲 様
> >
> > このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
> > ■ 受験者 ID：AWS01357924
""" % (rfc(u, 9), C2, "2025年9月3日(水) 10:12")
add("022-status-update-ja-iso2022jp.eml", "support_reply", C2, [], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO, "iso-2022-jp"), C2_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] お問い合わせの件（アカウントの統合）" % C2, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="yahoojp", charset_subject="iso-2022-jp"))

# 023 - C6: Japanese agent asks for information; CP932 characters, label says Shift_JIS
t = C6_T + 86400 + 3600 * 2 + 95
C6_ASK = t
txt = """高橋 健一 様

AWS トレーニングと認定 カスタマーサポートの山田と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

AWS-31415926 および AWS-27182818 の２つのアカウントを確認いたしました。
統合のお手続きを進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。

①各アカウントにログインする際のメールアドレス
②各アカウントの通知用メールアドレス（ログイン用と異なる場合）
③統合後に存続させるアカウント（AWS-27182818 でよろしいでしょうか）

なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

お手数をおかけいたしますが、よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定 カスタマーサポート
山田 花子
━━━━━━━━━━━━━━━━━━
"""
add("023-ask-info-ja-cp932-labelled-sjis.eml", "support_reply", C6, ["AWS27182818", "AWS31415926"], True, "ja",
    aws_mail(C6_TO, C6_TO, addr("アマゾン ウェブ サービス", FORM, "iso-2022-jp"),
             "RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合に関する確認のお願い" % C6, t,
             part(txt, charset="cp932", label="Shift_JIS", cte="b64"), side="jp", charset_subject="iso-2022-jp",
             jp=dict(mx="mx.biglobe.ne.jp", authserv="biglobe.ne.jp")))

# 024 - C14: reply about a question other than the merge (voucher), merge still pending
C14_T = utc("2025-06-10 15:22:00")
C14 = case15(C14_T, 318)
E_TO = "emily.carter.aws@gmail.com"
t = C14_T + 2 * 86400 + 3600 * 1 + 40
txt = """Hi Emily,

Thanks for your follow-up question.

Regarding the 50% exam discount voucher: the benefit you earned with your Cloud
Practitioner certification stays valid. Once the merge is complete, any unused benefits
from the secondary account will show under the Benefits tab of your remaining account
(AWS36925814). If you plan to book your next exam soon, I would recommend waiting until
the merge has been finalised so that the voucher is applied to the right profile.

Your merge request itself is still being processed by our team, and I'll update you in
this thread as soon as I have news.

Could you also let me know whether you currently have an exam booked with Pearson VUE on
either account? This helps us avoid any conflict during the process.

Warm regards,
Kelsey T.
AWS Training and Certification

On Wed, Jun 11, 2025 at 6:48 PM Emily Carter <emily.carter.aws@gmail.com> wrote:
> Hi, quick question while you work on the merge - will I lose the 50% voucher I got
> for passing CLF-C02? It was on my old account AWS36925800.
"""
add("024-reply-about-voucher-merge-pending.eml", "support_reply", C14, ["AWS36925814"], True, "en",
    aws_mail(E_TO, E_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C14, t,
             alt(part(txt, cte="qp"),
                 part("<div dir=\"ltr\">" + txt.split("\nOn Wed")[0].replace("\n\n", "</p><p>").replace("\n", " ")
                      .join(["<p>", "</p>"]) + "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                      "Hi, quick question while you work on the merge - will I lose the 50% voucher I got for passing CLF-C02? "
                      "It was on my old account AWS36925800.</blockquote></div>", "html", cte="qp"))))

# 025 - C15: escalated to back-end team; non-native writing; Outlook quoted block
C15 = "11902346718"
C15_T = utc("2023-02-13 10:02:44")
RV_TO = "rahul.verma.blr@gmail.com"
t = C15_T + 3 * 86400 + 3600 * 6
txt = """Hello Rahul,

Thank you for the confirmation and sorry for the delay in response.

I would like to inform you that your request for the accounts AWS 44556677 and
AWS 88990011 has been escalated to our back-end team for the further processing. As per
the process it will take 3 to 5 business days, the team is working on the same. Rest
assured, we will update you as soon as we receive any update from the concern team.

Request you to not raise a new case for the same, as it may delay the process.

Have a nice day ahead!

Regards,
Sandeep
AWS Training and Certification

________________________________
From: Rahul Verma <rahul.verma.blr@gmail.com>
Sent: Tuesday, February 14, 2023 9:41 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 11902346718] [AWS Training and Certification Form Submission] - account-assistance

Hi team, yes both the accounts are mine. Please keep the one with my gmail
(AWS88990011) and merge the old company one into it.
Regards, Rahul
"""
add("025-escalated-backend-team-nonnative.eml", "support_reply", C15, ["AWS44556677", "AWS88990011"], True, "en",
    aws_mail(addr("Rahul Verma", RV_TO), RV_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C15, t,
             part(txt, cte="qp")))

# 026 - C17: asks the reason for the merge and whether Credly should be included (British English)
C17_T = utc("2025-10-20 09:10:00")
C17 = case15(C17_T, 47)
H_TO = "hannah.price@btinternet.com"
t = C17_T + 86400 + 3600 * 5 + 900
txt = """Dear Hannah,

Thank you for getting in touch with AWS Training and Certification.

I can see two certification profiles that appear to belong to you: AWS21436587 (registered
with hannah.price@btinternet.com) and AWS87654321 (registered with h.price@northwind-uk.example).

Before I can raise the request with the relevant team, could you please clarify a couple
of points for me:

  1. Why would you like the profiles combined? For example, was the second profile created
     by mistake, or did you change employer?
  2. Which profile would you prefer to keep as your primary one?
  3. Your Credly badges are currently split across two Credly accounts as well. Would you
     like us to ask Credly to move them to the e-mail address of the profile you keep?

As soon as I receive your reply I will set things in motion.

Kind regards,
Oliver B.
AWS Training and Certification
"""
add("026-asks-reason-primary-and-credly.eml", "support_reply", C17, ["AWS21436587", "AWS87654321"], None, "en",
    aws_mail(addr("Hannah Price", H_TO), H_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C17, t,
             part(txt, charset="us-ascii", cte="7bit"), side="none",
             extra_top=["Received: from mx-in-02.btinternet.com (10.72.2.18)\n          by mailstore-01.btinternet.com id 6706A2F1000BC44D for hannah.price@btinternet.com; %s" % rfc(t + 9, 1),
                        "Received: from a48-92.smtp-out.amazonses.com ([54.240.48.92])\n          by mx-in-02.btinternet.com with ESMTP; %s" % rfc(t + 8, 1),
                        "X-Originating-IP: [54.240.48.92]",
                        "X-Spam-Score: 0.1"]))

# 027 - C6: Japanese chaser (ISO-2022-JP), quoting the earlier question
t = C6_ASK + 4 * 86400 + 3600
txt = """高橋 健一 様

AWS トレーニングと認定 カスタマーサポートの山田でございます。

先日ご案内いたしました件につきまして、その後いかがでしょうか。
お手続きを進めるため、下記メールにてお願いしておりました情報のご返信を
お待ちしております。

なお、本メール送信後 3 営業日以内にご返信が確認できない場合、本ケースは一旦
クローズさせていただきます。クローズ後も本メールにご返信いただければ、
引き続き対応させていただきますのでご安心ください。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
山田 花子

-----Original Message-----
From: アマゾン ウェブ サービス <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
To: k-takahashi@kxa.biglobe.ne.jp
Subject: RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合に関する確認のお願い

高橋 健一 様

AWS-31415926 および AWS-27182818 の２つのアカウントを確認いたしました。
統合のお手続きを進めるにあたり、恐れ入りますが以下の情報をご返信いただけますでしょうか。

(1) 各アカウントにログインする際のメールアドレス
(2) 各アカウントの通知用メールアドレス（ログイン用と異なる場合）
(3) 統合後に存続させるアカウント
""" % (dtz(C6_ASK, 9).strftime("%Y/%m/%d %H:%M"), C6)
add("027-chaser-ja-iso2022jp.eml", "support_reply", C6, [], True, "ja",
    aws_mail(C6_TO, C6_TO, addr("アマゾン ウェブ サービス", FORM, "iso-2022-jp"),
             "RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合に関する確認のお願い" % C6, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="jp", charset_subject="iso-2022-jp",
             jp=dict(mx="mx.biglobe.ne.jp", authserv="biglobe.ne.jp")))

# 028 - C16: merge blocked by a scheduled exam; asks user to cancel/reschedule first
C16_T = utc("2025-02-03 12:30:00")
C16 = case15(C16_T, 9904)
O_TO = "olga.petrova.it@gmail.com"
t = C16_T + 86400 + 3600 * 8 + 33
txt = """Hello Olga,

Thank you for your reply and for sending the e-mail addresses.

I checked both profiles and noticed that profile AWS50607099 has an upcoming exam
appointment with Pearson VUE (AWS Certified Solutions Architect - Professional,
24 February 2025). We are not able to combine profiles while an exam is scheduled on one
of them.

Could you please either reschedule the appointment to a date after the process is
finished, or cancel it and book it again later from profile AWS50607080? Cancellations
made more than 24 hours before the appointment are free of charge.

Just reply to this e-mail once you have done this and I will continue with your request.

Best regards,
Tomas R.
AWS Training and Certification
"""
add("028-blocked-by-scheduled-exam.eml", "support_reply", C16, ["AWS50607080", "AWS50607099"], True, "en",
    aws_mail(O_TO, O_TO, addr(AWS_NAME, FORM),
             "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C16, t,
             part(txt, cte="qp")))

# 029 - C2: Japanese "thank you for confirming, we will proceed"; JP-style quote of the user's mail
C2_CONF = C2_T + 2 * 86400 + 3600 * 2
C2_USER = C2_CONF + 3600 * 6 + 1100
t = C2_USER + 3600 * 20 + 240
jq = dtz(C2_USER, 9)
jq_s = "%d年%d月%d日(%s) %d:%02d" % (jq.year, jq.month, jq.day, "月火水木金土日"[jq.weekday()], jq.hour, jq.minute)
jc = dtz(C2_CONF, 9)
jc_s = "%d年%d月%d日(%s) %d:%02d" % (jc.year, jc.month, jc.day, "月火水木金土日"[jc.weekday()], jc.hour, jc.minute)
txt = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

統合内容についてご確認いただき、誠にありがとうございます。
いただいたご回答に基づき、これより統合の手続きを進めてまいります。
手続きが完了いたしましたら、改めて本メールアドレス宛にご連絡いたします。

なお、手続き中は認定アカウントへのログインや試験の予約ができない場合がございます。
恐れ入りますが、完了のご連絡までお待ちいただけますと幸いです。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林

%s 佐藤 美咲 <misaki_sato_0412@yahoo.co.jp>:
> ご連絡ありがとうございます。
> 内容に相違ございません。統合を進めてください。
>
> %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 以下の内容でアカウントを統合いたします。
> >
> > 統合元（無効になるアカウント）：AWS02468135
> > 統合先（存続するアカウント）：AWS01357924
> >
> > 統合後は元に戻すことができません。内容にお間違いがなければ、本メールにご返信ください。
""" % (jq_s, jc_s)
add("029-thanks-confirmed-proceeding-ja.eml", "support_reply", C2, [], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO), C2_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] お問い合わせの件（アカウントの統合）" % C2, t,
             alt(part(txt, charset="utf-8", cte="b64"),
                 part("<html><body><div style=\"font-family:'Meiryo',sans-serif\">" +
                      txt.split("\n\n%s" % jq_s)[0].replace("\n", "<br>\n") +
                      "<br><br><div>%s 佐藤 美咲 &lt;misaki_sato_0412@yahoo.co.jp&gt;:</div>"
                      "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">ご連絡ありがとうございます。<br>"
                      "内容に相違ございません。統合を進めてください。<br><br>%s Amazon Web Services:<br>"
                      "<blockquote>以下の内容でアカウントを統合いたします。<br>統合元（無効になるアカウント）：AWS02468135<br>"
                      "統合先（存続するアカウント）：AWS01357924</blockquote></blockquote></div></body></html>" % (jq_s, jc_s),
                      "html", charset="utf-8", cte="b64")),
             side="yahoojp", charset_subject="iso-2022-jp"))

# 030 - phishing "support reply" about the merge asking for the password (look-alike domain)
t = utc("2025-12-15 08:12:40")
fake = case15(t - 86400 * 2, 218)
JK_TO = "j.kowalczyk@outlook.com"
txt = """Hello,

This is a follow-up regarding your AWS Certification account merge request, case %s.

To proceed with merging AWS-61234567 into your primary certification account we must
first verify that you are the owner of both accounts. Please reply to this e-mail with:

  - the password of your AWS Certification account
  - the 6-digit code from your authenticator app

If we do not receive this information within 12 hours, the merge request will be cancelled
and both accounts will be locked for security reasons.

Regards,
AWS Training and Certification Team
amazon-certification-support.com
""" % fake
add("030-phish-reply-asks-password-for-merge.eml", "support_reply", fake, ["AWS61234567"], False, "en",
    other_mail(addr("AWS Training and Certification", "cases@amazon-certification-support.com"), JK_TO, JK_TO,
               "RE: [CASE %s] Account merge - action required" % fake, t,
               part(txt, charset="us-ascii", cte="7bit"),
               msgid="<%s@amazon-certification-support.com>" % ruuid(), mailfrom="cases@amazon-certification-support.com",
               ip="45.137.21.88", helo="smtp.amazon-certification-support.com", side="outlook",
               auth=["spf=pass (sender IP is 45.137.21.88)",
                     "smtp.mailfrom=amazon-certification-support.com; dkim=none (message not signed)",
                     "header.d=none;dmarc=none action=none",
                     "header.from=amazon-certification-support.com;compauth=softpass reason=201"]))

# 031 - C7: agent explains that the first case was closed as a duplicate, asks one more detail
t = C7_T + 86400 + 3600 * 3 + 520
txt = """Hello Lucas,

Thank you for contacting AWS Training and Certification, and I am sorry that you did not
hear back on your first request.

I found your earlier case %s. It was submitted without a notification e-mail address,
which is why our reply never reached you. To avoid any confusion I have closed that case
as a duplicate, and we will continue with your request here in case %s.

I located both profiles you mentioned (AWS62951413 and AWS73068524). Before I prepare the
summary for your review, could you please confirm which e-mail address is registered on
AWS73068524? It does not seem to match the address you wrote to us from.

Best regards,
Priscila A.
AWS Training and Certification
""" % (C7A, C7)
add("031-duplicate-case-closed-continue-here.eml", "support_reply", C7, ["AWS62951413", "AWS73068524"], True, "en",
    aws_mail(L_TO, L_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7, t,
             alt(part(txt, cte="qp"), part("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ")
                                                                    for p in txt.strip().split("\n\n")) + "</body></html>",
                                          "html", cte="qp"))))

# ================= merge confirmation requests

# 032 - C1: the classic confirmation request; the user's answer quoted below
t = C1_CONF
txt = """Hello Daniel,

Thank you for the information. Please review the details below:

Account to be merged (will be deactivated): AWS04417291 - d.okafor@contoso-logistics.com
Account to be kept (primary): AWS09182736 - daniel.okafor@gmail.com

After the merge, all certifications, exam history and benefits from AWS04417291 will be
available under AWS09182736, and you will sign in with daniel.okafor@gmail.com.

Please note that once completed, the merge cannot be undone. Kindly reply to this e-mail
to confirm that the above details are correct.

Best regards,
Ramesh K.
AWS Training and Certification

> Hi Ramesh, please keep the gmail one (AWS09182736). The contoso address is no longer
> active. Thanks, Daniel
"""
add("032-confirm-request-classic.eml", "merge_confirmation_requested", C1, ["AWS04417291", "AWS09182736"], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "RE:[CASE %s] %s" % (C1, C1_SUBJ), t, part(txt, cte="qp")))

# 033 - C2: Japanese confirmation request (Yahoo! JAPAN, ISO-2022-JP)
t = C2_CONF
txt = """佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の小林でございます。

大変お待たせいたしました。担当部署での確認が完了いたしましたので、
以下の内容でアカウントを統合いたします。

　統合元（無効になるアカウント）：AWS02468135（旧姓 田中 美咲 様）
　統合先（存続するアカウント）　：AWS01357924（misaki_sato_0412@yahoo.co.jp）

統合後は、統合元アカウントの認定資格および受験履歴が統合先アカウントに
引き継がれます。なお、統合後は元に戻すことができません。

内容にお間違いがなければ、本メールにご返信いただけますでしょうか。
ご返信を確認後、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
小林
"""
add("033-confirm-request-ja.eml", "merge_confirmation_requested", C2, ["AWS01357924", "AWS02468135"], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO, "iso-2022-jp"), C2_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] お問い合わせの件（アカウントの統合）" % C2, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="yahoojp", charset_subject="iso-2022-jp"))

# 034 - C4 (2022): three accounts into one, ids written in different ways
t = C4_T + 6 * 86400 + 3600 * 4
txt = """Hello Marco,

Thank you for your patience. Our team has reviewed your profiles and we are ready to go
ahead. Please check the summary below carefully:

  Primary account (will remain):   AWS 03692581  -  marco.bianchi@fabbricadigitale.it
  Secondary account (to be merged): aws03692582  -  m.bianchi@polimi-alumni.example
  Secondary account (to be merged): AWS-07410852 -  marcobianchi1990@libero.it

All certifications from the secondary accounts will be moved to AWS 03692581 and the
secondary accounts will be closed. This action is permanent and cannot be reversed.

If everything is correct, please reply to this e-mail with your confirmation. If anything
needs to be changed, let me know before confirming.

Kind regards,
Aditi S.
AWS Training and Certification
"""
add("034-confirm-request-three-accounts-2022.eml", "merge_confirmation_requested", C4,
    ["AWS03692581", "AWS03692582", "AWS07410852"], True, "en",
    aws_mail(addr("Bianchi Marco", C4_TO), C4_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4, t,
             alt(part(txt, charset="us-ascii", cte="7bit"),
                 part("<html><body><pre style=\"font-family:Consolas,monospace\">%s</pre></body></html>" % txt, "html",
                      charset="us-ascii", cte="7bit")),
             side="outlook", crlf=True))

# 035 - C18: HTML-only, non-native: "kindly confirm the below details so that we can proceed for merging"
C18_T = utc("2025-08-04 02:17:00")
C18 = case15(C18_T, 1290)
N_TO = "an.nguyen.cloud@gmail.com"
t = C18_T + 86400 + 3600 * 10
html = """<html><body>
<div style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Nguyen Van An,</p>
<p>Greetings from AWS Training and Certification!</p>
<p>As discussed, kindly confirm the below details so that we can proceed for merging of your accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th>Candidate ID</th><th>Login Email</th><th>Status after merging</th></tr>
<tr><td>AWS64738291</td><td>an.nguyen.cloud@gmail.com</td><td>Primary - will be retained</td></tr>
<tr><td>AWS64738209</td><td>annv@fpt-software.example</td><td>Secondary - will be deactivated</td></tr>
</table>
<p><b>Please note:</b> Post merging, the changes can not be reverted back.</p>
<p>Request you to reply on this email with "Yes, I confirm" to proceed further.</p>
<p>Thanks &amp; Regards,<br>Pooja<br>AWS Training and Certification</p>
</div></body></html>"""
add("035-confirm-request-html-only-nonnative.eml", "merge_confirmation_requested", C18, ["AWS64738209", "AWS64738291"], True, "en",
    aws_mail(N_TO, N_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C18, t,
             part(html, "html", cte="b64")))

# 036 - phishing confirmation request from a look-alike domain (its own DMARC passes)
t = utc("2025-11-03 14:55:21")
fake = case15(t - 86400, 77120)
PH_TO = "marta.kowalska.dev@gmail.com"
mf = "0100019a4a%s@mail.aws-training-certification.net" % rhex(6)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are ready to merge your AWS Certification accounts. Please review:</p>
<p>Source account: <b>AWS35792400</b><br>Destination account: <b>AWS35792468</b></p>
<p>The merge cannot be undone. To confirm, click the button below and sign in with the credentials of
<u>both</u> accounts within 48 hours.</p>
<p><a href="https://aws-training-certification.net/case/%s/confirm" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Confirm merge</a></p>
<p>Best regards,<br>Amazon Web Services<br>Case ID: %s</p>
</body></html>""" % (fake, fake)
add("036-phish-lookalike-confirm-merge.eml", "merge_confirmation_requested", fake, ["AWS35792400", "AWS35792468"], False, "en",
    other_mail(addr(AWS_NAME, "aws-cs-trainingcertification-form@aws-training-certification.net"), PH_TO, PH_TO,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % fake, t,
               part(html, "html", cte="qp"),
               msgid="<%s@aws-training-certification.net>" % ruuid(), mailfrom=mf, ip="193.42.33.140",
               helo="mta1.aws-training-certification.net",
               auth=["dkim=pass header.i=@aws-training-certification.net header.s=k1 header.b=%s" % rb64(6)[:8],
                     "spf=pass (google.com: domain of %s designates 193.42.33.140 as permitted sender) smtp.mailfrom=%s" % (mf, mf),
                     "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-training-certification.net"],
               dkims=[dkim("aws-training-certification.net", "k1", t)]))

# 037 - C16: confirmation after the exam was moved; Outlook From/Sent block quotes another id
t = C16_T + 5 * 86400 + 3600 * 3
txt = """Hello Olga,

Thank you for moving your exam appointment, I can see it is now scheduled on the correct
profile.

Here is what we will do:

  * AWS50607099 (olga.petrova@epam-mail.example) - secondary, will be merged and closed
  * AWS50607080 (olga.petrova.it@gmail.com) - primary, will be kept

Your certifications, exam history and the upcoming appointment will all be under
AWS50607080. Please be aware that this cannot be reversed once done.

Could you reply "I confirm" if this is correct? I will submit the request as soon as I
receive your confirmation.

Best regards,
Tomas R.
AWS Training and Certification

From: Olga Petrova <olga.petrova.it@gmail.com>
Sent: Friday, February 7, 2025 6:20 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Tomas,
I moved the SAP-C02 exam, it should be on the gmail profile now. By the way, I also
found a third profile AWS50607011 from a training event in 2019, but it has no
certifications so I don't care about it.
Olga
""" % C16
add("037-confirm-request-outlook-quote-other-id.eml", "merge_confirmation_requested", C16, ["AWS50607080", "AWS50607099"], True, "en",
    aws_mail(O_TO, O_TO, addr(AWS_NAME, FORM),
             "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C16, t,
             part(txt, cte="qp")))

# 038 - C19: paraphrased confirmation request (no "merge" in the top part)
C19_T = utc("2026-03-02 17:44:00")
C19 = case15(C19_T, 5561)
J_TO = "javier.morales.aws@gmail.com"
t = C19_T + 86400 + 3600 * 2 + 1400
txt = """Hola Javier,

Thanks for the quick reply. We're all set to consolidate your certification records into
a single profile, so here is a last check before we go ahead:

  Profile that stays:          AWS19283746 (javier.morales.aws@gmail.com)
  Profile that will be folded
  into it and then closed:     AWS19283700 (jmorales@telefonica-tech.example)

Everything earned on the second profile (certifications, digital badges, exam history)
will appear on the first one afterwards. This is a one-way change and we won't be able to
split the profiles again later.

Does this look right to you? A short reply saying yes is all we need.

Un saludo,
Lucía P.
AWS Training and Certification
"""
add("038-confirm-request-paraphrased-consolidate.eml", "merge_confirmation_requested", C19, ["AWS19283700", "AWS19283746"], True, "en",
    aws_mail(J_TO, J_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C19, t,
             part(txt, cte="qp")))

# ================= merge completed

# 039 - C1: completion
t = C1_USER + 2 * 86400 + 3600 * 3 + 75
C1_DONE = t
txt = """Hello Daniel,

I'm pleased to let you know that your AWS Certification accounts have been merged
successfully.

Your certifications (AWS Certified Solutions Architect - Associate and AWS Certified
Developer - Associate) are now listed under AWS09182736, and you can sign in with
daniel.okafor@gmail.com as before. The account AWS04417291 has been deactivated.

Please allow up to 5 business days for your Credly badges to be reissued to your new
e-mail address. If you notice anything missing, just reply to this e-mail.

Best regards,
Ramesh K.
AWS Training and Certification
"""
add("039-merge-completed.eml", "merge_completed", C1, ["AWS04417291", "AWS09182736"], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "RE:[CASE %s] %s" % (C1, C1_SUBJ), t, part(txt, cte="qp")))

# 040 - C2: Japanese completion (ISO-2022-JP)
t = C2_USER + 2 * 86400 + 3600 * 1 + 300
C2_DONE = t
txt = """佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の小林でございます。

お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了いたしましたので、
ご報告申し上げます。

　存続アカウント：AWS01357924

旧アカウント（AWS02468135）で取得された認定資格は、上記アカウントに表示されております。
お手数ですが、ログインのうえ認定資格および特典（50%% 割引バウチャー等）が正しく
表示されていることをご確認くださいますようお願いいたします。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林
""".replace("%%", "%")
add("040-merge-completed-ja.eml", "merge_completed", C2, ["AWS01357924", "AWS02468135"], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO, "iso-2022-jp"), C2_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] お問い合わせの件（アカウントの統合）" % C2, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="yahoojp", charset_subject="iso-2022-jp"))

# 041 - C5 (2019): paraphrased completion, no Authentication-Results (same provider as 006)
t = C5_T + 3 * 86400 + 3600 * 5
txt = """Hello Tomasz,

Good news - the consolidation of your certification profiles is finished. Your exam
history and both certifications now sit under candidate ID AWS00481516, and the older
profile AWS00162342 has been deactivated.

You can keep using tomasz.nowak@interia.pl to sign in. Your digital badges will be
re-sent by our badging partner within the next few days.

Thank you for your patience.

Regards,
Maria G.
AWS Certification Customer Support
"""
msgid, mailfrom = ses_ids(t)
add("041-completed-paraphrase-2019-no-auth.eml", "merge_completed", C5, ["AWS00162342", "AWS00481516"], None, "en",
    build([
        "Return-Path: <%s>" % mailfrom,
        "Received: from mx1.poczta.interia.pl (localhost [127.0.0.1])\n\tby mail-in.interia.pl (INTERIA.PL) with ESMTP id 41D0C3F2;\n\t%s" % rfc(t + 3, 2),
        "Received: from a8-20.smtp-out.amazonses.com (a8-20.smtp-out.amazonses.com [54.240.8.20])\n\tby mx1.poczta.interia.pl (INTERIA.PL) with ESMTPS;\n\t%s" % rfc(t + 2, 2),
        "X-Interia-Antivirus: OK",
        dkim("amazon.com", AMZ_SEL, t),
        "From: AWS Certification <%s>" % FORM,
        "To: %s" % C5_TO,
        "Subject: RE: AWS Certification - Case %s" % C5,
        "Date: %s" % rfc(t),
        "Message-ID: %s" % msgid,
    ], part(txt, charset="us-ascii", cte="7bit")))

# 042 - C3: completion that also says the case will be resolved (console agent reply)
t = C3_T + 6 * 86400 + 3600 * 2 + 800
C3_DONE = t
txt = """Hello Priya,

Thank you for waiting. Our Certification operations team has confirmed that your two
profiles are now one: everything from AWS55667788 has been moved into AWS11223344, and the
login e-mail of the combined profile is priya.raman88@outlook.com as you requested.

Please sign in to the Certification portal and check that all three of your certifications
and your exam voucher are visible. As the request is now complete, I will mark this case
as resolved. If you find anything missing, you can reopen the case from the Support Center
within 14 days.

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence.

Best regards,
Jorge M.
Amazon Web Services

===================================================================

To see all the details of this case or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

%s
""" % (C3, AWS_FOOTER_EN)
add("042-completed-and-resolving-case.eml", "merge_completed", C3, ["AWS11223344", "AWS55667788"], True, "en",
    aws_mail(C3_TO, C3_TO, addr(AWS_NAME, NOREPLY), "RE:[CASE %s] %s" % (C3, C3_CSUBJ), t,
             part(txt, cte="qp"), side="outlook"))

# 043 - C15 (2023): completion with a Credly note; quoted earlier status below
t = C15_T + 7 * 86400 + 3600 * 4
txt = """Hello Rahul,

Greetings of the day!

We are happy to inform you that the merging of your certification accounts has been
completed successfully by our back-end team. Now you can login with rahul.verma.blr@gmail.com
(AWS88990011) and all your certifications will be reflecting there.

Your Credly badges will be transferred within 48 hours. In case you do not receive the
badges please let us know by replying to this email.

Regards,
Sandeep
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

I would like to inform you that your request for the accounts AWS 44556677 and
AWS 88990011 has been escalated to our back-end team for the further processing.
""" % C15
add("043-completed-credly-note-2023.eml", "merge_completed", C15, ["AWS88990011"], True, "en",
    aws_mail(addr("Rahul Verma", RV_TO), RV_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C15, t,
             part(txt, cte="qp")))

# ================= closure / survey

# 044 - C1: closure with survey (HTML + text), form case
t = C1_DONE + 3600 * 20
txt = """Hello,

Your AWS Training and Certification case %s has been resolved.

Was your issue resolved?
  YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?caseId=%s&r=yes
  NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?caseId=%s&r=no

If you still need help with this request, simply reply to this e-mail within 14 days and
the case will be reopened.

Thank you for contacting AWS Training and Certification.
""" % (C1, C1, C1)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>%s</b> has been resolved.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?caseId=%s&amp;r=yes" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?caseId=%s&amp;r=no" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>If you still need help with this request, simply reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you for contacting AWS Training and Certification.</p></body></html>""" % (C1, C1, C1)
add("044-case-resolved-survey-yes-no.eml", "survey", C1, [], True, "en",
    aws_mail(C1_TO, C1_TO, addr(AWS_NAME, FORM), "[CASE %s] Your case has been resolved" % C1, t,
             alt(part(txt, cte="qp"), part(html, "html", cte="qp"))))

# 045 - C3: rating request for the agent (console), HTML only
t = C3_DONE + 3600 * 26
html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<h2 style="color:#232f3e">How did we do?</h2>
<p>Hello,</p>
<p>Your recent support case <b>%s</b> (&quot;%s&quot;) was handled by <b>Jorge M.</b></p>
<p>Please take a moment to rate your experience. How satisfied were you with the support you received?</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">1</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2">2</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">3</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4">4</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">5</a>
</p>
<p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied. The survey takes less than two minutes.</p>
<p style="font-size:11px;color:#879596">%s</p>
</td></tr></table></body></html>""" % ((C3, C3_CSUBJ) + (C3,) * 5 + (AWS_FOOTER_EN,))
add("045-rate-your-support-experience.eml", "survey", C3, [], True, "en",
    aws_mail(C3_TO, C3_TO, addr(AWS_NAME, NOREPLY),
             "Amazon Web Services: How was your experience with case %s?" % C3, t,
             part(html, "html", cte="qp"), side="outlook"))

# 046 - C2: Japanese closure + survey (UTF-8 QP)
t = C2_DONE + 3600 * 30
txt = """佐藤 美咲 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

ケース %s はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。
問題は解決しましたか？

　はい　： https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?lang=JA&caseId=%s&r=yes
　いいえ： https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?lang=JA&caseId=%s&r=no

担当者の対応について５段階で評価していただくこともできます。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと
ケースが再オープンされます。

AWS トレーニングと認定 カスタマーサポート
""" % (C2, C2, C2)
add("046-case-closed-survey-ja.eml", "survey", C2, [], True, "ja",
    aws_mail(addr(C2_NAME, C2_TO), C2_TO, addr(AWS_NAME, FORM),
             "[CASE %s] ケースクローズのお知らせとアンケートのお願い" % C2, t,
             part(txt, cte="qp"), side="yahoojp"))

# 047 - C8: auto-resolved after no response (closure notice with survey link)
t = C8_R1 + 6 * 86400 + 3600 * 2
txt = """Dear Aisha,

As we have not received a response from you, we have resolved your case %s.

If you still need help, simply reply to this email and your case will be reopened
automatically. Please include the login email ID of your second certification account
in your reply.

How would you rate your support experience? Share your feedback here:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEX8mTtnH9J0Vw?caseId=%s

Thanks & Regards,
AWS Training and Certification | Customer Support
""" % (C8, C8)
add("047-auto-resolved-no-response.eml", "survey", C8, [], True, "en",
    aws_mail(addr("Aisha Khan", C8_TO), C8_TO, addr(AWS_NAME, FORM),
             "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C8, t,
             part(txt, cte="qp"), side="outlook"))

# ================= Credly


def credly_mail(to_line, to_addr, subject, unix, mime, side="gmail", domain="credly.com",
                from_line=None):
    bounce = "bounces+%d-%s-%s@email.%s" % (R.randint(1000000, 9999999), rhex(4),
                                              to_addr.replace("@", "="), domain)
    ip = R.choice(["167.89.100.%d" % R.randint(2, 250), "149.72.%d.%d" % (R.randint(1, 250), R.randint(2, 250))])
    helo = "o%d.email.%s" % (R.randint(1, 9), domain)
    if side == "gmail":
        auth = ["dkim=pass header.i=@%s header.s=s1 header.b=%s" % (domain, rb64(6)[:8]),
                "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % rb64(6)[:8],
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (bounce, ip, bounce),
                "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s" % domain]
    else:
        auth = ["spf=pass (sender IP is %s)" % ip,
                "smtp.mailfrom=email.%s; dkim=pass (signature was verified)" % domain,
                "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass" % (domain, domain),
                "reason=100"]
    return other_mail(from_line or addr("Amazon Web Services Training and Certification via Credly", "admin@" + domain),
                      to_line, to_addr, subject, unix, mime,
                      msgid="<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), R.randint(1, 40)),
                      mailfrom=bounce, ip=ip, helo=helo, side=side, auth=auth, spf_dom="email." + domain,
                      dkims=[dkim(domain, "s1", unix, h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to"),
                             dkim("sendgrid.info", "smtpapi", unix, h="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")],
                      more_hdrs=["X-SG-EID: %s" % rb64(60)])


def credly_html(title, intro, badges, button, note=""):
    rows = "".join(
        """<tr><td style="padding:12px 0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="80" alt=""></td>
<td style="padding:12px 12px;font-size:15px"><b>%s</b><br><span style="color:#666">Issued by Amazon Web Services Training and Certification</span></td></tr>""" % (
            ruuid(), b) for b in badges)
    return """<!DOCTYPE html><html><body style="margin:0;background:#f7f7f7">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px;border-bottom:4px solid #ff6b00"><img src="https://www.credly.com/assets/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:22px">%s</h1><p>%s</p>
<table>%s</table>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
<p style="font-size:13px;color:#666">%s</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">Credly, Inc. &middot; 100 Park Avenue, Floor 16, New York, NY 10017<br>
You received this e-mail because a badge was issued to this address. <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>""" % (title, intro, rows, ruuid(), button, note)


# 048 - Credly: badge issued to Daniel after the merge
t = C1_DONE + 3 * 86400 + 3600 * 5
badges = ["AWS Certified Developer &ndash; Associate"]
txt = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn, add it to your e-mail signature and let
employers verify your achievement:
https://www.credly.com/earner/earned/badge/%s

This badge was issued to daniel.okafor@gmail.com.

Credly, Inc. - 100 Park Avenue, Floor 16, New York, NY 10017
""" % ruuid()
add("048-credly-badge-issued.eml", "credly_badge_issued", None, [], True, "en",
    credly_mail(C1_TO, C1_TO, "Daniel, you earned a badge from Amazon Web Services Training and Certification!", t,
                alt(part(txt, cte="qp"),
                    part(credly_html("You've earned a badge!", "Amazon Web Services Training and Certification has issued you a new badge.",
                                     badges, "Accept your badge"), "html", cte="qp"))))

# 049 - Credly: badges re-issued after the merge, ready to accept (Outlook)
t = C3_DONE + 2 * 86400 + 3600 * 7
txt = """Hi Priya,

Following an update to your certification record, Amazon Web Services Training and
Certification has re-issued the following badges to priya.raman88@outlook.com:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect - Associate
  - AWS Certified AI Practitioner

They are waiting for you. Accept your badges:
https://www.credly.com/earner/earned

Badges that were previously issued to another e-mail address remain verifiable until
they are replaced.

The Credly Team
"""
add("049-credly-badges-reissued-after-merge.eml", "credly_badge_issued", None, [], True, "en",
    credly_mail(C3_TO, C3_TO, "3 badges from Amazon Web Services Training and Certification are ready to accept", t,
                alt(part(txt, cte="qp"),
                    part(credly_html("Your badges are ready", "Following an update to your certification record, Amazon Web Services Training and Certification has re-issued the following badges to priya.raman88@outlook.com:",
                                     ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect &ndash; Associate",
                                      "AWS Certified AI Practitioner"], "Accept your badges",
                                     "Badges that were previously issued to another e-mail address remain verifiable until they are replaced."),
                         "html", cte="b64")),
                side="outlook"))

# 050 - Acclaim (older Credly domain), 2020
t = utc("2020-11-05 16:21:33")
SV_TO = "sven.lindqvist87@gmail.com"
txt = """Hi Sven,

Congratulations! Amazon Web Services Training and Certification has issued you the
following badge:

  AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim | Powered by Credly
""" % ruuid()
add("050-acclaim-badge-2020.eml", "credly_badge_issued", None, [], True, "en",
    credly_mail(SV_TO, SV_TO, "Congratulations! You've earned a badge from Amazon Web Services Training and Certification", t,
                alt(part(txt, charset="us-ascii", cte="7bit"),
                    part(credly_html("Congratulations, Sven!", "Amazon Web Services Training and Certification has issued you the following badge:",
                                     ["AWS Certified SysOps Administrator &ndash; Associate"], "Accept your badge").replace(
                        "www.credly.com/earner", "www.youracclaim.com/earner").replace("Credly, Inc. &middot;", "Acclaim | Powered by Credly &middot;"),
                         "html", cte="qp")),
                domain="youracclaim.com",
                from_line=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")))

# ================= unrelated look-alikes

# 051 - Credly's own self-service account merge (code + "Complete Account Merge")
t = C1_DONE + 5 * 86400 + 3600 * 2
code = "%06d" % R.randint(0, 999999)
txt = """Hi Daniel,

We received a request to merge the Credly account registered to
d.okafor@contoso-logistics.com into your Credly account (daniel.okafor@gmail.com).

Your verification code is: %s

Enter this code on the merge page, or click the link below to complete the merge:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

After the merge, all badges from both accounts will appear in one Credly profile. If you
did not request this, you can ignore this e-mail; the code expires in 30 minutes.

The Credly Team
""" % (code, rhex(32))
add("051-credly-self-service-merge-code.eml", "unrelated", None, [], True, "en",
    credly_mail(C1_TO, C1_TO, "Your Credly account merge verification code", t,
                alt(part(txt, cte="qp"),
                    part("<html><body style=\"font-family:Helvetica,Arial\"><p>Hi Daniel,</p><p>We received a request to merge the Credly account registered to "
                         "d.okafor@contoso-logistics.com into your Credly account (daniel.okafor@gmail.com).</p>"
                         "<p style=\"font-size:28px;letter-spacing:6px\"><b>%s</b></p><p><a href=\"https://www.credly.com/users/merge/confirm?token=%s\" "
                         "style=\"background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none\">Complete Account Merge</a></p>"
                         "<p>After the merge, all badges from both accounts will appear in one Credly profile. If you did not request this, you can ignore this e-mail; "
                         "the code expires in 30 minutes.</p><p>The Credly Team</p></body></html>" % (code, rhex(32)), "html", cte="qp")),
                from_line=addr("Credly", "admin@credly.com")))

# 052 - Credly badge expiry reminder
t = utc("2025-09-18 13:00:12")
txt = """Hi Emily,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and
Certification, will expire on December 17, 2025.

To keep your badge active, recertify before it expires. Visit the issuer's website to
learn about recertification options:
https://aws.amazon.com/certification/recertification/

Badge validation: https://www.credly.com/badges/%s/public_url

The Credly Team
""" % ruuid()
add("052-credly-badge-expiry-reminder.eml", "unrelated", None, [], True, "en",
    credly_mail(E_TO, E_TO, "Your AWS Certified Cloud Practitioner badge expires in 90 days", t,
                part(txt, cte="qp"), from_line=addr("Credly", "admin@credly.com")))

# 053 - another AWS console case of the same user: service quota increase (Japanese)
Q_T = utc("2025-10-21 06:02:00")
Q = case15(Q_T, 40719)
t = Q_T + 29
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせいただいた内容について、ケース %s をオープンいたしました。

ケース ID: %s
件名: サービスクォータの引き上げリクエスト: EC2 オンデマンドインスタンス (Standard) vCPU
重要度: 低

リクエストの詳細:
リージョン: アジアパシフィック (東京)
クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しいクォータ値: 256

ケースの詳細の確認や、ケースへの返信の追加は、サポートセンターから行うことができます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールは送信専用のアドレスから送信されています。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (Q, Q, Q)
add("053-other-aws-case-quota-increase-ja.eml", "unrelated", Q, [], True, "ja",
    aws_mail(addr("中村 陽子", "yoko.nakamura@ocn.ne.jp", "iso-2022-jp"), "yoko.nakamura@ocn.ne.jp",
             addr(AWS_NAME, NOREPLY),
             "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % Q, t,
             part(txt, charset="iso-2022-jp", cte="7bit"), side="jp", charset_subject="iso-2022-jp",
             jp=dict(mx="mfsmax.ocn.ad.jp", authserv="ocn.ad.jp")))

# 054 - another AWS console case: billing refund reply
BL = "11735180201"
t = utc("2023-04-19 21:33:08")
txt = """Hello,

Thank you for contacting AWS Billing and Accounts.

I have reviewed the charges on your AWS account 4821-9937-1056 for March 2023. The charges
for the NAT Gateway in eu-west-1 were incurred after the resources in the rest of the
account had been deleted. As a one-time courtesy, I have submitted a refund of USD 63.27
to the card on file. You should see it within 5-10 business days.

To avoid similar charges, please review the AWS Free Tier limits and set up an AWS Budget.

We value your feedback. Please share your experience by rating this correspondence using
the AWS Support Center link at the end of this correspondence.

Best regards,
Kenny W.
Amazon Web Services

===================================================================

To see all the details of this case or to reply, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

%s
""" % (BL, AWS_FOOTER_EN)
add("054-other-aws-case-billing-refund.eml", "unrelated", BL, [], True, "en",
    aws_mail(E_TO, E_TO, addr(AWS_NAME, NOREPLY), "RE:[CASE %s] Unexpected charges after closing resources" % BL, t,
             part(txt, cte="qp")))

# 055 - Amazon Seller Central case in the same RE:[CASE ...] style, talks about "merging"
SC = "5884881212"
t = utc("2024-11-12 10:47:51")
msgid, mailfrom = ses_ids(t)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the duplicate detail pages for the ASINs you reported (B0C7XK2L9Q and
B0C7XK2M1R) into a single variation family. It may take up to 24 hours for the change to
be visible on the Amazon website.

Was this information helpful? Please let us know by clicking Yes or No in the Case Log.

Thank you for selling with Amazon,
Anil K.
Amazon Selling Partner Support

https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % SC
ip = R.choice(SES_IPS)
add("055-seller-central-case-merged-asins.eml", "unrelated", SC, [], True, "en",
    other_mail(addr("Amazon Selling Partner Support", "seller-notification@amazon.com"), "mk.homegoods.store@gmail.com",
               "mk.homegoods.store@gmail.com", "RE:[CASE %s] Duplicate listings for variation family" % SC, t,
               part(txt, cte="qp"), msgid=msgid, mailfrom=mailfrom, ip=ip, helo=ses_host(ip),
               auth=gauth_amazon(mailfrom, ip), dkims=[dkim("amazon.com", AMZ_SEL, t)]))

# 056 - CertMetrics survey mail ("AWS Certification wants to hear from you"), contains a candidate id
t = C1_DONE + 9 * 86400 + 3600 * 15
txt = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

As an AWS Certified individual, your feedback helps us improve the AWS Certification
program. Please take 10 minutes to complete our annual candidate survey.

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s

Candidate ID: AWS09182736

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
""" % rhex(32)
mf = "bounce-%s@certmetrics.com" % rhex(10)
add("056-certmetrics-wants-to-hear-from-you.eml", "unrelated", None, ["AWS09182736"], False, "en",
    other_mail(addr("AWS Certification", "do-not-reply@certmetrics.com"), C1_TO, C1_TO,
               "AWS Certification wants to hear from you", t, part(txt, cte="qp"),
               msgid="<%s@certmetrics.com>" % ruuid(), mailfrom=mf, ip="52.40.117.%d" % R.randint(2, 250),
               helo="smtp.certmetrics.com",
               auth=["dkim=pass header.i=@certmetrics.com header.s=cm1 header.b=%s" % rb64(6)[:8],
                     "spf=pass (google.com: domain of %s designates 52.40.117.77 as permitted sender) smtp.mailfrom=%s" % (mf, mf),
                     "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"],
               dkims=[dkim("certmetrics.com", "cm1", t)]))

# 057 - Pearson VUE appointment confirmation (after the exam was moved)
t = C16_T + 4 * 86400 + 3600 * 9
txt = """Dear Olga Petrova,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Monday, March 17, 2025 at 10:00 AM Central European Time
Location: Online (OnVUE)
Registration ID: 512784093
Candidate ID: AWS50607080

Please complete a system test before your appointment:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, please sign in to your AWS Certification account at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
mf = "pvue-noreply@pearson.com"
add("057-pearson-vue-appointment.eml", "unrelated", None, ["AWS50607080"], False, "en",
    other_mail(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), O_TO, O_TO,
               "Pearson VUE Confirmation of Booking", t,
               alt(part(txt, cte="qp"), part("<html><body>" + txt.replace("\n", "<br>\n") + "</body></html>", "html", cte="qp")),
               msgid="<%s.JavaMail.pvue@pvuemail04>" % rhex(16), mailfrom=mf, ip="159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
               helo="mx-out2.pearson.com",
               auth=["dkim=pass header.i=@pearson.com header.s=selector1 header.b=%s" % rb64(6)[:8],
                     "spf=pass (google.com: domain of pvue-noreply@pearson.com designates 159.182.1.20 as permitted sender) smtp.mailfrom=pvue-noreply@pearson.com",
                     "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"],
               dkims=[dkim("pearson.com", "selector1", t)]))

# 058 - AWS Builder ID verification code
t = utc("2025-06-10 15:09:44")
code = "%06d" % R.randint(0, 999999)
html = """<html><body style="font-family:Arial,sans-serif">
<h2>Verify your AWS Builder ID email address</h2>
<p>Hello,</p><p>Thank you for creating an AWS Builder ID. Use the following code to verify your email address:</p>
<p style="font-size:30px;font-weight:bold;letter-spacing:4px">%s</p>
<p>This code expires in 10 minutes. If you did not request this code, you can ignore this message.</p>
<p>Amazon Web Services</p></body></html>""" % code
msgid, mailfrom = ses_ids(t)
mailfrom = mailfrom.replace("amazonses.com", "signin.aws")
ip = R.choice(SES_IPS)
add("058-builder-id-verification-code.eml", "unrelated", None, [], True, "en",
    other_mail(addr("AWS Builder ID", "no-reply@signin.aws"), E_TO, E_TO, "Verify your AWS Builder ID email address", t,
               part(html, "html", cte="qp"), msgid=msgid, mailfrom=mailfrom, ip=ip, helo=ses_host(ip),
               auth=["dkim=pass header.i=@signin.aws header.s=%s header.b=%s" % (rhex(32), rb64(6)[:8]),
                     "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (SES_SEL, rb64(6)[:8]),
                     "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
                     "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws"],
               dkims=[dkim("signin.aws", rhex(32), t)]))

# 059 - GitHub "merged" notification
t = utc("2025-05-29 12:14:03")
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-cloud/infra-terraform/pull/482#event-17950233110
You are receiving this because you were mentioned.

Message ID: <northwind-cloud/infra-terraform/pull/482/issue_event/17950233110@github.com>
"""
html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-cloud/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-cloud/infra-terraform/pull/482#event-17950233110">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>"""
mf = "noreply@github.com"
add("059-github-pr-merged-notification.eml", "unrelated", None, [], False, "en",
    other_mail(addr("Priscila Andrade", "notifications@github.com"), "northwind-cloud/infra-terraform <infra-terraform@noreply.github.com>",
               L_TO, "Re: [northwind-cloud/infra-terraform] Merge the two AWS account modules into one (PR #482)", t,
               alt(part(txt, cte="7bit", charset="UTF-8"), part(html, "html", cte="7bit", charset="UTF-8")),
               msgid="<northwind-cloud/infra-terraform/pull/482/issue_event/17950233110@github.com>", mailfrom=mf,
               ip="192.30.252.%d" % R.randint(190, 210), helo="out-%d.smtp.github.com" % R.randint(20, 28),
               auth=["dkim=pass header.i=@github.com header.s=pf2023 header.b=%s" % rb64(6)[:8],
                     "spf=pass (google.com: domain of noreply@github.com designates 192.30.252.201 as permitted sender) smtp.mailfrom=noreply@github.com",
                     "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"],
               dkims=[dkim("github.com", "pf2023", t)],
               more_hdrs=["In-Reply-To: <northwind-cloud/infra-terraform/pull/482@github.com>",
                          "References: <northwind-cloud/infra-terraform/pull/482@github.com>",
                          "List-ID: northwind-cloud/infra-terraform <infra-terraform.northwind-cloud.github.com>",
                          "X-GitHub-Reason: mention"]))

# 060 - phishing that is not about the merge ("account suspended", dmarc=fail from amazon.com)
t = utc("2025-08-27 03:30:55")
txt = """Dear AWS customer,

We were unable to process the payment for your AWS account. As a result, your account
has been suspended and your resources will be terminated within 24 hours.

To restore access, update your billing information now:
https://aws-billing-restore.com/console/billing?ref=%s

Amazon Web Services Billing
""" % rhex(12)
add("060-phish-account-suspended-billing.eml", "unrelated", None, [], False, "en",
    other_mail(addr("AWS Billing", "aws-billing@amazon.com"), W_TO, W_TO,
               "Action required: your AWS account has been suspended", t,
               part(txt, charset="us-ascii", cte="7bit"), msgid="<%s@smtp.hostingserv-eu.net>" % rhex(20),
               mailfrom="www-data@srv318.hostingserv-eu.net", ip="91.215.85.147", helo="srv318.hostingserv-eu.net",
               auth=["spf=pass (google.com: domain of www-data@srv318.hostingserv-eu.net designates 91.215.85.147 as permitted sender) smtp.mailfrom=www-data@srv318.hostingserv-eu.net",
                     "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"]))

# --- MORE MAILS ---


def write_all():
    names = set()
    labels = {}
    for fn, label, raw in MAILS:
        assert fn not in names, fn
        names.add(fn)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        labels[fn] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    write_all()
