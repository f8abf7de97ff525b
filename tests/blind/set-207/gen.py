#!/usr/bin/env python3
"""Generator for blind set 207: AWS Certification account-merge mailbox.

Emphasis: non-native and machine-translated English, acknowledgements in many
templates, every kind, with look-alikes.

MIME bodies are built with the email package (EmailMessage.set_content /
add_alternative); the transport headers (Received, Authentication-Results,
DKIM-Signature, ...) are written by hand as raw folded lines and prepended.
"""
import base64
import datetime as dtm
import hashlib
import json
import os
import random
import re
import uuid
from email import policy
from email.header import Header
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20700)
MAILS = []   # (filename, bytes, label)
UTC = dtm.timezone.utc


# ---------------------------------------------------------------- helpers
def T(s):
    """'2025-03-10 02:14:33' (UTC) -> aware datetime"""
    return dtm.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def plus(dt, **kw):
    return dt + dtm.timedelta(**kw)


def rdate(dt, off_h=0, tzname=None):
    tz = dtm.timezone(dtm.timedelta(hours=off_h))
    d = dt.astimezone(tz)
    sign = "+" if off_h >= 0 else "-"
    s = d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d00" % (sign, abs(off_h))
    s = s.replace(", 0", ", ", 1)  # 'Mon, 3 Mar' style day without zero pad
    if tzname:
        s += " (%s)" % tzname
    return s


def case15(dt, tail):
    """15-digit display id: Unix time of opening + 5 digits"""
    return "%d%05d" % (int(dt.timestamp()), tail)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128)))
    return "<0100%012x-%s-000000@email.amazonses.com>" % (ms, u)


def ses_mailfrom(msgid):
    return msgid.strip("<>")


def fold_b(b, first=60, rest=70, ind="\t"):
    out = [b[:first]]
    b = b[first:]
    while b:
        out.append(ind + b[:rest])
        b = b[rest:]
    return "\n".join(out)


def dkim(d, s, dt, h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
         c="relaxed/simple"):
    sig = b64r(256)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s;\n"
            "\tb=%s") % (c, s, d, int(dt.timestamp()), h, b64r(32),
                         fold_b(sig, 58, 70))


AMZ_SEL = "szqgv33erturdv5cvz4vtb5ke3r7y5es"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
CRED_SEL = "s1"


def ses_dkims(dt, d="amazon.com", sel=AMZ_SEL):
    return [dkim(d, sel, dt), dkim("amazonses.com", SES_SEL, dt,
                                   h="From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")]


def ses_ip():
    return "54.240.%d.%d" % (R.choice([8, 9, 11, 13, 48]), R.randint(10, 250))


def ses_host(ip):
    a = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (a[2], a[3])


def us_pacific(d):
    """(offset_hours, name) for US Pacific time at instant d (US DST rules since 2007)"""
    y = d.year
    mar = dtm.datetime(y, 3, 8, 10, tzinfo=UTC)
    start = mar + dtm.timedelta(days=(6 - mar.weekday()) % 7)      # 2nd Sunday Mar, 2am PST
    nov = dtm.datetime(y, 11, 1, 9, tzinfo=UTC)
    end = nov + dtm.timedelta(days=(6 - nov.weekday()) % 7)        # 1st Sunday Nov, 2am PDT
    return (-7, "PDT") if start <= d < end else (-8, "PST")


def gdate(d):
    off, name = us_pacific(d)
    return rdate(d, off, name)


def gmail_in(to, dt, mailfrom, ip, helo, ar_lines, delay=2, arc=True, spf_res="pass",
             spf_dom=None, arc_h="mime-version:date:message-id:subject:to:from:dkim-signature"):
    """Gmail transport headers (top of message first). ar_lines: the methods of the
    Authentication-Results header after 'mx.google.com;'."""
    d1 = plus(dt, seconds=delay)
    ms = int(d1.timestamp() * 1000) + R.randint(0, 999)
    lines = []
    lines.append("Delivered-To: %s" % to)
    lines.append("Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n"
                 "        %s" % (hexs(4), hexs(4), hexs(3), hexs(4), hexs(4), R.choice("uvwxy") + str(R.randint(1, 9)),
                                R.randint(100000, 9999999), R.choice(["pxb", "ljb", "nib"]), gdate(d1)))
    lines.append("X-Google-Smtp-Source: AGHT+I%s" % b64r(60)[:86])
    lines.append("X-Received: by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n"
                 "        %s" % (hexs(3), hexs(4), hexs(3), hexs(4), hexs(4), hexs(14), R.randint(10, 999), ms, gdate(d1)))
    ar_txt = ";\n       ".join(ar_lines)
    if arc:
        lines.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n"
                     "        d=google.com; s=arc-20240605;\n"
                     "        b=%s" % (int(d1.timestamp()), fold_b(b64r(200), 60, 70, "        ")))
        lines.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
                     "        h=%s;\n"
                     "        bh=%s;\n"
                     "        fh=%s;\n"
                     "        b=%s" % (arc_h, b64r(32), b64r(32), fold_b(b64r(200), 60, 70, "        ")))
        lines.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + ar_txt)
    lines.append("Return-Path: <%s>" % mailfrom)
    pdt = d1.astimezone(dtm.timezone(dtm.timedelta(hours=us_pacific(d1)[0])))
    lines.append("Received: from %s (%s. [%s])\n"
                 "        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n"
                 "        for <%s>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                 "        %s" % (helo, helo, ip, hexs(13), hexs(11), R.randint(1000000, 9999999), hexs(3), R.randint(10, 999),
                                 pdt.strftime("%Y.%m.%d.%H.%M.%S"), to, gdate(d1)))
    if spf_res == "pass":
        lines.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
    elif spf_res == "softfail":
        lines.append("Received-SPF: softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
    elif spf_res == "fail":
        lines.append("Received-SPF: fail (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
    else:
        lines.append("Received-SPF: neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;" % (ip, mailfrom, ip))
    lines.append("Authentication-Results: mx.google.com;\n       " + ar_txt)
    return lines


def g_ar_ses(mailfrom, ip, from_dom="amazon.com", dmarc="pass", dk1="pass", dk2="pass"):
    return ["dkim=%s header.i=@%s header.s=%s header.b=%s" % (dk1, from_dom, AMZ_SEL, b64r(6)[:8]),
            "dkim=%s header.i=@amazonses.com header.s=%s header.b=%s" % (dk2, SES_SEL, b64r(6)[:8]),
            "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
            "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", from_dom)]


def outlook_in(to, dt, mailfrom, ip, helo, ar, delay=3):
    """Outlook.com / Microsoft 365 transport headers. ar: text of the
    Authentication-Results header (no authserv-id)."""
    d1 = plus(dt, seconds=delay)
    p1 = "%s%dPR%02dMB%04d" % (R.choice(["SN7", "DM6", "CH3", "PH7", "SA1", "TY3", "OS3"]), R.randint(0, 9), R.randint(10, 19), R.randint(1000, 9999))
    p2 = "%s%dP%s%05d" % (R.choice(["BN", "MW", "CY", "DS"]), R.randint(1, 9), R.choice(["R03CA", "R05CA", "R11CA"]), R.randint(100, 99999))
    p3 = "%s%sPEPF%08X" % (R.choice(["BN", "CO", "SJ"]), R.randint(1, 3), R.getrandbits(28))
    reg = "namprd%02d" % R.randint(2, 19)
    lines = []
    lines.append("Received: from %s.%s.prod.outlook.com (2603:10b6:%x:%x::%x) by\n"
                 " %s.%s.prod.outlook.com with HTTPS; %s" % (p1, reg, R.randint(256, 4000), R.randint(16, 400), R.randint(1, 15),
                                                          p1[:-4] + "%04d" % R.randint(1000, 9999), reg, rdate(d1)))
    lines.append("Received: from %s.%s.prod.outlook.com (2603:10b6:%x:%x::%x)\n"
                 " by %s.%s.prod.outlook.com (2603:10b6:%x:%x::%x) with\n"
                 " Microsoft SMTP Server (version=TLS1_2,\n"
                 " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                     p2, reg, R.randint(256, 4000), R.randint(16, 400), R.randint(1, 15), p1, reg,
                     R.randint(256, 4000), R.randint(16, 400), R.randint(1, 15), R.randint(8000, 9400), R.randint(10, 40), rdate(d1)))
    lines.append("Received: from %s.%s.prod.outlook.com\n"
                 " (2603:10b6:%x:%x:cafe::%x) by %s.outlook.office365.com\n"
                 " (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n"
                 " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                     p3, reg, R.randint(256, 4000), R.randint(16, 400), R.randint(16, 250), p2,
                     R.randint(256, 4000), R.randint(16, 400), R.randint(1, 15), R.randint(8000, 9400), R.randint(10, 40), rdate(d1)))
    lines.append("Authentication-Results: " + ar)
    lines.append("Received-SPF: Pass (protection.outlook.com: domain of %s designates\n"
                 " %s as permitted sender) receiver=protection.outlook.com;\n"
                 " client-ip=%s; helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, helo))
    lines.append("Received: from %s (%s) by\n"
                 " %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
                 " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n"
                 " Frontend Transport; %s" % (helo, ip, p3, R.randint(1, 254), R.randint(1, 254),
                                              R.randint(8000, 9400), R.randint(10, 40), rdate(plus(dt, seconds=1))))
    return lines


def o_ar(mailfrom_dom, ip, hd, hfrom, dkim_res="pass", dmarc="pass", action="none",
         compauth="pass reason=100"):
    ver = "(signature was verified)" if dkim_res == "pass" else "(signature did not verify)"
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s %s\n header.d=%s;dmarc=%s action=%s\n"
            " header.from=%s;compauth=%s") % (ip, mailfrom_dom, dkim_res, ver, hd, dmarc, action, hfrom, compauth)


def outlook_tail(dt, auth_as="Anonymous"):
    return ["X-MS-Exchange-Organization-ExpirationStartTime: %s" % plus(dt, seconds=3).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)",
            "X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid.UUID(int=R.getrandbits(128)),
            "X-MS-Exchange-Organization-AuthSource: %s.namprd%02d.prod.outlook.com" % ("BN%dPEPF%08X" % (R.randint(1, 3), R.getrandbits(28)), R.randint(2, 19)),
            "X-MS-Exchange-Organization-AuthAs: %s" % auth_as,
            "X-MS-Exchange-Organization-SCL: 1",
            "X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d|%d;" % (R.randint(1000000, 9999999), R.randint(1000000, 9999999), R.randint(10000, 99999))]


def jp_in(to, dt, mailfrom, ip, helo, mx, authserv, ar_methods, delay=3):
    d1 = plus(dt, seconds=delay)
    lines = []
    lines.append("Return-Path: <%s>" % mailfrom)
    lines.append("Delivered-To: %s" % to)
    lines.append("Received: from %s (%s [%s])\n"
                 "\tby %s with ESMTP id %s\n"
                 "\tfor <%s>; %s" % (helo, helo, ip, mx, "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12)), to, rdate(d1, 9)))
    lines.append("Authentication-Results: %s;\n\t%s" % (authserv, ";\n\t".join(ar_methods)))
    return lines


def jp_ar_ses(mailfrom, dom="amazon.com", dmarc="pass", dk="pass"):
    return ["spf=pass smtp.mailfrom=%s" % mailfrom,
            "dkim=%s header.d=%s header.s=%s" % (dk, dom, AMZ_SEL),
            "dkim=%s header.d=amazonses.com header.s=%s" % (dk, SES_SEL),
            "dmarc=%s header.from=%s" % (dmarc, dom)]


def ses_tail(dt):
    return ["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(33)[:44].replace("/", "x"),
            "X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), "54.240.8.%d" % R.randint(10, 99))]


# ---- header-value encoders
def ew(text, charset="utf-8", name="Subject"):
    return Header(text, charset, header_name=name).encode(maxlinelen=76)


def ew_q(text, charset="UTF-8"):
    """hand-made Q encoded words, folded"""
    raw = text.encode(charset)
    chunks, cur = [], ""
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            piece = c
        elif c == " ":
            piece = "_"
        else:
            piece = "=%02X" % b
        if len(cur) + len(piece) > 40 and not (b & 0xC0 == 0x80):
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, c) for c in chunks)


def addr(name, email_addr, charset=None):
    if charset:
        return "%s <%s>" % (ew(name, charset, "From"), email_addr)
    if name is None:
        return email_addr
    return '"%s" <%s>' % (name, email_addr)


# ---- bodies
def text_body(text, charset="utf-8", cte="quoted-printable", label=None):
    m = EmailMessage()
    m.set_content(text, charset=charset, cte=cte)
    if label:
        m.set_param("charset", label)
    return m


def html_body(html, charset="utf-8", cte="quoted-printable", label=None):
    m = EmailMessage()
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    if label:
        m.set_param("charset", label)
    return m


def alt_body(text, html, charset="utf-8", cte="quoted-printable", hcte=None, hcharset=None):
    m = EmailMessage()
    m.set_content(text, charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=hcharset or charset, cte=hcte or cte)
    return m


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def simple_html(text, title="", pre_style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"margin:0;padding:0\">\n<div style=\"%s\">\n%s\n</div>\n</body></html>\n") % (esc(title), pre_style, body)


def emit(name, hdr_lines, body, label):
    bb = body.as_bytes(policy=policy.default.clone(linesep="\n"))
    head, _, rest = bb.partition(b"\n\n")
    raw = ("\n".join(hdr_lines)).encode("ascii") + b"\n" + head + b"\n\n" + rest
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    MAILS.append((name, raw, lab))


def L(kind, case_id, ids, sv, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": sv, "language": lang}


AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
              "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
              "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
AWS_FOOTER_JA = ("アマゾン ウェブ サービス ジャパン合同会社は Amazon.com, Inc. の関連会社です。"
                 "このメッセージはアマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア）により送信されました。")
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"


def aws_std(to, dt, subject, from_addr=FORM, from_name="Amazon Web Services", reply_to=None,
            inbound="gmail", extra=None, msgid=None, subj_raw=False, dmarc="pass",
            jp=None):
    """Genuine SES-sent AWS mail, received by gmail/outlook/jp provider."""
    msgid = msgid or ses_id(dt)
    mf = ses_mailfrom(msgid)
    ip = ses_ip()
    helo = ses_host(ip)
    lines = []
    if inbound == "gmail":
        lines += gmail_in(to, dt, mf, ip, helo, g_ar_ses(mf, ip, dmarc=dmarc),
                          arc_h="feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature")
    elif inbound == "outlook":
        lines += outlook_in(to, dt, mf, ip, helo, o_ar("email.amazonses.com", ip, "amazon.com", "amazon.com"))
    elif inbound == "jp":
        mx, authserv = jp
        lines += jp_in(to, dt, mf, ip, helo, mx, authserv, jp_ar_ses(mf))
    lines += ses_dkims(dt)
    lines.append("From: %s" % addr(from_name, from_addr))
    if reply_to:
        lines.append("Reply-To: %s" % reply_to)
    lines.append("To: %s" % to)
    lines.append("Subject: %s" % (subject if subj_raw else subject))
    lines.append("Message-ID: %s" % msgid)
    lines.append("Date: %s" % rdate(dt))
    lines += ses_tail(dt)
    if inbound == "outlook":
        lines += outlook_tail(dt)
    if extra:
        lines += extra
    return lines


# ================================================================ users
A_MAIL = "nguyen.vanminh.92@gmail.com"
B_MAIL = "misaki.tanaka@nifty.com"
C_MAIL = "priya.raghunathan@outlook.com"
D_MAIL = "carlos.mendez.ti@hotmail.com"
E_MAIL = "e-sato1985@biglobe.ne.jp"
F_MAIL = "olga.petrova@nordwind-logistik.de"
G_MAIL = "ahmed.alfarsi.cloud@gmail.com"
H_MAIL = "minjun.kim.dev@gmail.com"
I_MAIL = "wang.lei.sz@outlook.com"

NIFTY = ("mxb03.nifty.com", "mx.nifty.com")
BIGLOBE = ("mx31.mail.biglobe.ne.jp", "biglobe.ne.jp")

# cases
A_OPEN = T("2025-03-10 02:14:33"); A_CASE = case15(A_OPEN, 417)
A2_OPEN = T("2025-03-17 13:40:02"); A2_CASE = case15(A2_OPEN, 2)
B_OPEN = T("2025-05-27 23:02:11"); B_CASE = case15(B_OPEN, 281)
C_OPEN = T("2025-07-02 15:31:09"); C_CASE = case15(C_OPEN, 1095)
D_OPEN = T("2022-08-15 18:07:44"); D_CASE = "10519374826"
E_OPEN = T("2020-09-08 01:25:50"); E_CASE = "7293351804"
F_OPEN = T("2024-11-04 08:51:17"); F_CASE = case15(F_OPEN, 33)
G_OPEN = T("2025-09-22 06:18:40"); G_CASE = case15(G_OPEN, 760)
H_OPEN = T("2025-10-14 11:02:29"); H_CASE = case15(H_OPEN, 14)
I_OPEN = T("2025-12-01 03:47:55"); I_CASE = case15(I_OPEN, 5821)

A_IDS = ["AWS04817263", "AWS11930584"]
B_IDS = ["AWS20394857", "AWS07736120"]
C_IDS = ["AWS33018274", "AWS33019965", "AWS10028461"]
D_IDS = ["AWS05566778", "AWS09911223"]
E_IDS = ["AWS00412876", "AWS01550349"]
F_IDS = ["AWS18273645", "AWS26617088"]
G_IDS = ["AWS40918237", "AWS39201174"]
H_IDS = ["AWS44556677", "AWS47120983"]
I_IDS = ["AWS52038816", "AWS50917342"]

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ================================================================ mails
# ---- 001 console ack, standard template, echo of correspondence (EN, G)
dt = plus(G_OPEN, seconds=4)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge my two AWS Certification accounts
Severity: General guidance
Correspondence: Dear support, I am having 2 certification account by mistake. First one is AWS40918237 (old company email) and second one is AWS39201174 (my personal gmail). I want to have only one account with all certificates. Please help to merge.

You will receive an e-mail when there is an update to your case. To see all correspondence for this case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================
%s
""" % (G_CASE, G_CASE, G_CASE, AWS_FOOTER)
hdr = aws_std(G_MAIL, dt, "Amazon Web Services: You have opened a new Support case: %s" % G_CASE, from_addr=NOREPLY)
emit("001-console-ack-case-opened.eml", hdr, alt_body(txt, simple_html(txt, "AWS Support")),
     L("case_created", G_CASE, G_IDS, True))

# ---- 002 form-desk ack, non-native template (EN, A)
dt = plus(A_OPEN, seconds=37)
txt = """Dear Customer,

Thank you for reach out to AWS Training and Certification Customer Service.

This is an automatic email to inform that we have received your submission successfully and a case is now create for you. Your case number is %s. Please keep this number for your reference in future communication.

One of our Customer Service associate will review your request and will get back to you within 24 hours (business day). In case of high volume of requests, the response may delay little more. We kindly ask you do not submit new request for the same issue, as this may cause more delay.

If you would like add more information to your request, simply reply to this email and keep the case number in subject line.

Regards,
AWS Training and Certification Customer Service Team

This is a system generated message.
""" % A_CASE
hdr = aws_std(A_MAIL, dt, "[CASE %s] %s" % (A_CASE, FORM_SUBJ))
emit("002-form-ack-nonnative.eml", hdr, text_body(txt, charset="us-ascii", cte="7bit"),
     L("case_created", A_CASE, [], True))

# ---- 003 console ack in Japanese (ISO-2022-JP, nifty)
dt = plus(B_OPEN, seconds=3)
txt = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: 認定アカウントの統合について
重要度: 一般的な質問

ケースが更新されると E メールが届きます。このケースに関するすべてのやり取りを確認するには、AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

注意: この E メールは送信専用のアドレスから送信されているため、ご返信いただいても受信できません。

アマゾン ウェブ サービスをご利用いただきありがとうございます。

敬具
アマゾン ウェブ サービス
======================================================
%s
""" % (B_CASE, B_CASE, B_CASE, AWS_FOOTER_JA)
hdr = aws_std(B_MAIL, dt, ew("Amazon Web Services: 新しいサポートケースが作成されました: %s" % B_CASE, "iso-2022-jp"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("003-console-ack-ja.eml", hdr, text_body(txt, charset="iso-2022-jp", cte="7bit"),
     L("case_created", B_CASE, [], True, "ja"))

# ---- 004 form ack, HTML only, echo of submitted fields (Outlook, C)
dt = plus(C_OPEN, seconds=52)
html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>AWS Training and Certification</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e;">
<tr><td style="background-color:#232f3e;padding:18px 28px;"><img src="https://d1.awsstatic.com/training-and-certification/email/aws-tc-logo-white.png" width="120" alt="AWS Training and Certification" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:28px 28px 8px 28px;font-size:20px;font-weight:bold;">We got your request</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:22px;">
Hello Priya,<br /><br />
Thanks for submitting the AWS Training and Certification contact form. This message confirms that your inquiry has reached our team and has been logged under reference number <b>%s</b>.<br /><br />
A member of our support team usually answers within one business day. There is no need to send the form again &mdash; a duplicate submission opens a separate ticket and can slow things down.
</td></tr>
<tr><td style="padding:8px 28px;">
<table role="presentation" width="100%%" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #d5dbdb;">
<tr><td colspan="2" style="background:#fafafa;font-weight:bold;">Summary of your submission</td></tr>
<tr><td width="40%%" style="color:#545b64;">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#545b64;">Detail</td><td>Account Merge</td></tr>
<tr><td style="color:#545b64;">AWS candidate ID</td><td>AWS33018274</td></tr>
<tr><td style="color:#545b64;">Additional candidate IDs</td><td>AWS33019965, AWS10028461</td></tr>
<tr><td style="color:#545b64;">Description</td><td>I have three profiles, created at different employers. Want everything under one login please.</td></tr>
</table>
</td></tr>
<tr><td style="padding:16px 28px;font-size:14px;line-height:22px;">
Need to add something? Reply to this email and keep the reference number in the subject.<br /><br />
Kind regards,<br />AWS Training and Certification Customer Support
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">
%s<br />
<a href="https://aws.amazon.com/privacy/" style="color:#0073bb;">Privacy</a> | <a href="https://aws.amazon.com/training/" style="color:#0073bb;">AWS Training and Certification</a>
</td></tr>
</table>
</td></tr></table>
</body></html>
""" % (C_CASE, AWS_FOOTER)
hdr = aws_std(C_MAIL, dt, "[CASE %s] %s" % (C_CASE, FORM_SUBJ), inbound="outlook")
emit("004-form-ack-html-only-summary.eml", hdr, html_body(html, cte="quoted-printable"),
     L("case_created", C_CASE, C_IDS, True))

# ---- 005 form ack 2022, "revert back" style, 11-digit (Outlook/hotmail, D)
dt = plus(D_OPEN, seconds=21)
txt = """Hello,

Greetings from AWS Training & Certification!

Your request is received successfully and registered in our system with Case ID: %s .

Our support team will revert back to you within 1 business day. Kindly do not raise duplicate ticket for the same concern, the earlier ticket will be attended on priority basis.

Note : Please do not change the subject line while responding to this mail, as the same is required for tracking of the case.

Thanks & Regards,
AWS T&C Support Desk
""" % D_CASE
hdr = aws_std(D_MAIL, dt, "[CASE %s] %s" % (D_CASE, FORM_SUBJ), inbound="outlook")
emit("005-form-ack-2022-revert-back.eml", hdr, alt_body(txt, simple_html(txt), cte="base64"),
     L("case_created", D_CASE, [], True))

# ---- 006 Japanese form ack 2020, Shift_JIS, 10-digit (biglobe, E)
dt = plus(E_OPEN, seconds=40)
txt = """佐藤 健 様

AWS トレーニングと認定 カスタマーサポートでございます。
このたびはお問い合わせいただき、誠にありがとうございます。

以下の内容でお問い合わせを受け付けいたしました。
担当者より順次ご連絡を差し上げますので、今しばらくお待ちくださいますようお願い申し上げます。
通常、1 営業日以内にご回答いたします。

　お問い合わせ番号：%s
　お問い合わせ種別：認定 ／ アカウントの統合

※本メールはシステムより自動送信しております。
※追加の情報がございましたら、件名を変更せずに本メールへご返信ください。
※同じ内容で再度お問い合わせいただきますと、回答が遅れる場合がございます。

━━━━━━━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定 カスタマーサポート
━━━━━━━━━━━━━━━━━━━━━━━━
""" % E_CASE
hdr = aws_std(E_MAIL, dt, ew("[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % E_CASE, "shift_jis"),
              inbound="jp", jp=BIGLOBE)
emit("006-form-ack-ja-2020-sjis.eml", hdr, text_body(txt, charset="shift_jis", cte="base64"),
     L("case_created", E_CASE, [], True, "ja"))

# ---- 007 ack for a second (duplicate) case by A, a week later (gmail)
dt = plus(A2_OPEN, seconds=29)
txt = """Dear Customer,

Thank you for reach out to AWS Training and Certification Customer Service.

This is an automatic email to inform that we have received your submission successfully and a case is now create for you. Your case number is %s. Please keep this number for your reference in future communication.

One of our Customer Service associate will review your request and will get back to you within 24 hours (business day). In case of high volume of requests, the response may delay little more. We kindly ask you do not submit new request for the same issue, as this may cause more delay.

If you would like add more information to your request, simply reply to this email and keep the case number in subject line.

Regards,
AWS Training and Certification Customer Service Team

This is a system generated message.
""" % A2_CASE
hdr = aws_std(A_MAIL, dt, "[CASE %s] %s" % (A2_CASE, FORM_SUBJ))
emit("007-form-ack-second-case.eml", hdr, text_body(txt, charset="utf-8", cte="quoted-printable"),
     L("case_created", A2_CASE, [], True))


# ---- 008 PHISHING ack about the merge, look-alike domain (gmail, G) -> case_created, false
dt = T("2025-09-23 14:05:12")
PH_CASE = case15(T("2025-09-23 14:01:40"), 8812)
ph_dom = "aws-certification-services.com"
mf = "bounce+%s@mail.%s" % (hexs(10), ph_dom)
ip = "185.221.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(G_MAIL, dt, mf, ip, "mail.%s" % ph_dom,
               ["dkim=pass header.i=@%s header.s=k1 header.b=%s" % (ph_dom, b64r(6)[:8]),
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % ph_dom])
hdr.append(dkim(ph_dom, "k1", dt, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
hdr += ['From: "AWS Certification Support" <support@%s>' % ph_dom,
        "To: %s" % G_MAIL,
        "Subject: Case %s - Your account merge request has been received" % PH_CASE,
        "Date: %s" % rdate(dt),
        "Message-ID: <%s.%s@mail.%s>" % (hexs(16), hexs(8), ph_dom),
        "X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"]
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><img src="https://%s/assets/aws_logo.png" alt="aws" width="90"></p>
<p>Dear Candidate,</p>
<p>We has received your request for merging of your AWS Certification accounts. Your support case <b>%s</b> is now opened.</p>
<p>For security reason, the merge request must be validated by the account owner within <b>48 hours</b>, otherwise the request will be cancelled and your certification records may be locked.</p>
<p style="text-align:center"><a href="https://%s/validate?case=%s&amp;u=%s" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">Validate my request</a></p>
<p>You will need to sign in with your Certification Account credentials and confirm your payment card for identity verification (no charge will be done).</p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p>
<p style="font-size:11px;color:#888">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>
""" % (ph_dom, PH_CASE, ph_dom, PH_CASE, hexs(24))
emit("008-phish-ack-merge-lookalike.eml", hdr, html_body(html, cte="base64"),
     L("case_created", PH_CASE, [], False))

# ---- 009 form ack received via on-prem Exchange, no Authentication-Results (F) -> null
dt = plus(F_OPEN, seconds=44)
msgid = ses_id(dt)
mf = ses_mailfrom(msgid)
ip = ses_ip()
hdr = ["Received: from EXMBX02.nordwind.local (10.20.1.32) by EXMBX01.nordwind.local\n"
       " (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s" % rdate(plus(dt, seconds=9), 1),
       "Received: from mailgw01.nordwind-logistik.de (10.20.0.12) by EXMBX02.nordwind.local\n"
       " (10.20.1.32) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39 via Frontend\n"
       " Transport; %s" % rdate(plus(dt, seconds=8), 1),
       "Received: from %s (%s [%s])\n\tby mailgw01.nordwind-logistik.de (Postfix) with ESMTPS id 4XhQ2m0Vb7z9sTq\n"
       "\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, F_MAIL, rdate(plus(dt, seconds=6), 1))]
hdr += ses_dkims(dt)
hdr += ['From: "Amazon Web Services" <%s>' % FORM,
        "To: <%s>" % F_MAIL,
        "Subject: [CASE %s] %s" % (F_CASE, FORM_SUBJ),
        "Message-ID: %s" % msgid,
        "Date: %s" % rdate(dt),
        "Return-Path: <%s>" % mf]
hdr += ses_tail(dt)
hdr += ["X-MS-Exchange-Organization-AuthSource: EXMBX02.nordwind.local",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:"]
txt = """Hello,

We've received your message and created case %s. Somebody from our Training and Certification support team will look at it and get back to you, normally in 24 hours.

Here's a copy of what you sent:
-------------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
Message: Hello, when I changed job I could not login to old profile so I created new one. Now I have two. Please help to put them together. Thank you
-------------------------------

If you want to add anything, just reply to this email. Please don't submit the form again for the same issue.

Thanks,
AWS Training and Certification
""" % F_CASE
emit("009-form-ack-exchange-no-ar.eml", hdr, alt_body(txt, simple_html(txt), charset="utf-8", cte="8bit"),
     L("case_created", F_CASE, [], None))

# ---- 010 machine-translated ack (JP desk style in English) (gmail, H)
dt = plus(H_OPEN, seconds=18)
txt = """%s

Thank you very much for your inquiry to AWS Training and Certification.

We have accepted your inquiry with following contents.
The case ID is as follows.

  Case ID : %s

The person in charge will confirm the contents and contact you in order of reception.
Please wait for a while until then.

*This mail is automatically sent from system at the time of acceptance.
*If you have additional matter, please reply this mail without changing the subject.
*If you make the same inquiry again, it may take more time for reply. Please understand it in advance.

----------------------------------------------
AWS Training and Certification Customer Support
----------------------------------------------
""" % ("Dear Mr./Ms. Minjun Kim", H_CASE)
hdr = aws_std(H_MAIL, dt, "[CASE %s] Acceptance of your inquiry (AWS Training and Certification)" % H_CASE)
emit("010-ack-machine-translated.eml", hdr, text_body(txt, charset="utf-8", cte="base64"),
     L("case_created", H_CASE, [], True))

# ---- 011 newer console template, HTML only, Outlook, Q-encoded folded subject (I)
dt = plus(I_OPEN, seconds=5)
html = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="margin:0;background:#ffffff">
<div style="max-width:640px;margin:0 auto;font-family:'Amazon Ember','Helvetica Neue',Roboto,Arial,sans-serif;color:#16191f;font-size:14px;line-height:20px">
<div style="padding:16px 0;border-bottom:2px solid #ff9900"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="80" alt="AWS"></div>
<h2 style="font-size:18px;margin:20px 0 10px">We&#8217;ve received your support case</h2>
<p>Hi,</p>
<p>Your case is now with AWS Support. An engineer from the right team will pick it up &mdash; you don&#8217;t need to do anything right now.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px;margin:12px 0">
<tr><td style="color:#5f6b7a;width:130px">Case ID</td><td><b>%s</b></td></tr>
<tr><td style="color:#5f6b7a">Subject</td><td>Certification: two candidate profiles &ndash; need single profile (王磊)</td></tr>
<tr><td style="color:#5f6b7a">Severity</td><td>General guidance</td></tr>
<tr><td style="color:#5f6b7a">Category</td><td>Account and billing &gt; Other</td></tr>
</table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en" style="display:inline-block;background:#ff9900;color:#000716;padding:8px 18px;border-radius:20px;text-decoration:none;font-weight:bold">View case</a></p>
<p style="color:#5f6b7a">Replies to this address aren&#8217;t monitored. To add information, open the case in the Support Center.</p>
<hr style="border:none;border-top:1px solid #e9ebed">
<p style="font-size:11px;color:#5f6b7a">%s</p>
</div></body></html>
""" % (I_CASE, I_CASE, AWS_FOOTER)
hdr = aws_std(I_MAIL, dt, ew_q("Amazon Web Services: You have opened a new Support case: %s" % I_CASE), from_addr=NOREPLY, inbound="outlook")
emit("011-console-ack-new-template-html.eml", hdr, html_body(html, cte="base64"),
     L("case_created", I_CASE, [], True))

# ---- 012 ack with FAQ that talks about merged accounts (gmail, K 2023 11-digit)
K_MAIL = "tomasz.nowak.it@gmail.com"
K_OPEN = T("2023-04-18 09:33:10"); K_CASE = "12390471158"
K_IDS = ["AWS23357810", "AWS31482096"]
dt = plus(K_OPEN, seconds=31)
txt = """Hello Tomasz,

Thank you for contacting AWS Training and Certification. Your case %s has been logged and placed in the queue. Average first response time at the moment: 1-2 business days.

While you wait - answers to common questions about certification profiles:

Q: How do I combine two certification accounts?
A: You already did the first step by contacting us. An agent will check both candidate IDs and send you the details for your approval.

Q: What happens to my badges once the accounts are merged?
A: Your certifications move to the account you keep. Credly badges are usually re-issued automatically within a few days after the merge is completed.

Q: Will I lose my exam vouchers or benefits?
A: No. Benefits follow the active certifications.

Please do not open a new case for the same request - reply to this e-mail instead.

Best regards,
AWS Training and Certification
""" % K_CASE
hdr = aws_std(K_MAIL, dt, "[CASE %s] %s" % (K_CASE, FORM_SUBJ))
emit("012-ack-with-faq-merge-wording.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("case_created", K_CASE, [], True))



def console_footer(case, lang="en"):
    if lang == "ja":
        return """
お客様のご意見をお聞かせください。このやり取りについて、以下の AWS サポートセンターのリンクから評価をお願いいたします。

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
（フェデレーションで接続している場合は、リンクをクリックする前にログインしてください。）

※この E メールは送信専用のアドレスから送信されています。ケースにご返信いただく場合は、上記のリンクから AWS サポートセンターでご返信ください。

======================================================
%s
""" % (case, AWS_FOOTER_JA)
    return """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.

======================================================

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
""" % case


def qt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---- 013 confirmation, non-native agent (gmail, A)
dt = T("2025-03-11 06:52:19")
a_form_quote = """[AWS Training and Certification Form Submission]
Inquiry Type: Certification
Inquiry Detail: Account Merge
First Name: Van Minh
Last Name: Nguyen
AWS candidate ID: AWS11930584
Description: I have 2 certification account, old one AWS04817263 with company email which I cannot access anymore. Please merge to my personal account."""
txt = """Hello Nguyen,

Greetings of the day!

I am Mary Grace from AWS Training and Certification and I will be assisting you on this case.

As per your request, I have checked in our records and found below two Certification accounts are registered under your name:

1) AWS04817263 - registered email: m***.n***@f***soft.com.vn
2) AWS11930584 - registered email: ngu***.van***.92@gmail.com

The account AWS04817263 will be merge into AWS11930584. After merging, AWS11930584 will be your primary account and all the certification history, exam records and benefits will be move to it. The account AWS04817263 will be deactivate.

Please be inform that merging process is irreversible, once it is done it cannot be revert back.

Kindly reply to this email with "I confirm" so we can proceed ahead with the merging of your accounts.

Regards,
Mary Grace
AWS Training and Certification Support

-------- Original Message --------
%s
""" % qt(a_form_quote)
hdr = aws_std(A_MAIL, dt, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ))
emit("013-confirm-request-nonnative.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("merge_confirmation_requested", A_CASE, A_IDS, True))

# ---- 014 confirmation in Japanese keigo, console reply (nifty, B), UTF-8 base64, alt
dt = T("2025-05-29 01:17:43")
txt = """田中 美咲 様

AWS サポートの山口でございます。
このたびは認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。

お客様よりお知らせいただいた情報をもとに確認いたしましたところ、以下 2 件の認定アカウントがございました。

・AWS20394857（登録メールアドレス: m.tanaka@******.co.jp）
・AWS07736120（登録メールアドレス: misaki.tanaka@nifty.com）

つきましては、AWS20394857 を AWS07736120 へ統合し、AWS07736120 を存続アカウントとしてお手続きを進めさせていただきたく存じます。
統合後は、認定資格および試験履歴がすべて AWS07736120 に表示されるようになります。
なお、一度統合いたしますと元の状態に戻すことはできかねますので、あらかじめご了承くださいますようお願い申し上げます。

上記の内容にお間違いがなければ、本ケースにて「上記内容で統合に同意します」とご返信いただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願い申し上げます。

山口
Amazon Web Services
""" + console_footer(B_CASE, "ja")
hdr = aws_std(B_MAIL, dt, ew("RE:[CASE %s] 認定アカウントの統合について" % B_CASE, "utf-8"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("014-confirm-request-ja-keigo.eml", hdr, alt_body(txt, simple_html(txt), cte="base64"),
     L("merge_confirmation_requested", B_CASE, B_IDS, True, "ja"))

# ---- 015 confirmation, machine-translated, "consolidate/retain", ids with spaces (Outlook, C)
dt = T("2025-07-03 22:40:05")
txt = """Dear Priya Raghunathan,

Thank you for your patience while waiting.

As a result of our investigation, we confirmed the following 3 certification accounts exist under your name. Please kindly verify the information below is correct.

Accounts which will be consolidated (will be closed after the work):
 - AWS 33019965
 - AWS 10028461

Account which will be retained (the main account):
 - AWS 33018274

After the consolidation, all of certifications and exam history will be displayed on the retained account, and you will login with the e-mail address of the retained account. Please note this work cannot be returned to the original state.

If there is no problem in the above contents, we would appreciate if you could reply "agree" to this mail. After receiving your reply, we will start the work.

We apologize for the inconvenience and thank you for your cooperation.

Sincerely,
Hiroko S.
AWS Training and Certification Customer Support
"""
hdr = aws_std(C_MAIL, dt, "RE: [CASE %s] %s" % (C_CASE, FORM_SUBJ), inbound="outlook")
emit("015-confirm-request-machine-translated.eml", hdr, text_body(txt, charset="utf-8", cte="7bit"),
     L("merge_confirmation_requested", C_CASE, C_IDS, True))

# ---- 016 confirmation 2022, "combine", Outlook quoted history (hotmail, D)
dt = T("2022-08-16 20:12:58")
txt = """Hi Carlos,

Hope you are doing well.

I have review both profiles that you mention, aws05566778 and AWS-09911223. Both are under your name and same date of birth, so we can combine them and you will have only one profile.

The profile that will remain active is AWS-09911223 (the one with your hotmail email). The other one will be deactivated and all its certifications and exam history will be moved to the active one.

Before I do this I need your OK, please reply to this email saying you agree, because this action is permanent and can not be undone after.

Saludos / Best regards,
Daniela R.
AWS Training & Certification Customer Service

________________________________
From: Carlos Mendez <carlos.mendez.ti@hotmail.com>
Sent: Monday, August 15, 2022 1:07 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS candidate ID: AWS09911223
Description: Hello, I have another account aws05566778 from when I take Cloud Practitioner in 2019 with my job email. I want to join both in the one with hotmail. Thanks
"""
hdr = aws_std(D_MAIL, dt, "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ), inbound="outlook")
emit("016-confirm-request-2022-combine.eml", hdr, alt_body(txt, simple_html(txt), charset="windows-1252", cte="quoted-printable"),
     L("merge_confirmation_requested", D_CASE, D_IDS, True))

# ---- 017 confirmation in Japanese 2020, ISO-2022-JP, quoted ack (biglobe, E)
dt = T("2020-09-09 05:03:31")
txt = """佐藤 健 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の小林と申します。

お問い合わせいただきました件につき、確認いたしました結果、
佐藤様名義の認定アカウントが以下のとおり 2 つ存在しております。

　統合元アカウント：AWS00412876
　統合先アカウント：AWS01550349（こちらが残ります）

統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントへ移行され、
統合元アカウントはご利用いただけなくなります。
また、統合後に元に戻すことはできませんので、ご注意くださいませ。

上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますと幸いです。
何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート

2020年9月8日(火) 10:26 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 佐藤 健 様
>
> AWS トレーニングと認定 カスタマーサポートでございます。
> このたびはお問い合わせいただき、誠にありがとうございます。
>
> 　お問い合わせ番号：%s
> 　お問い合わせ種別：認定 ／ アカウントの統合
""" % E_CASE
hdr = aws_std(E_MAIL, dt, ew("RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % E_CASE, "iso-2022-jp"),
              inbound="jp", jp=BIGLOBE)
emit("017-confirm-request-ja-2020.eml", hdr, text_body(txt, charset="iso-2022-jp", cte="7bit"),
     L("merge_confirmation_requested", E_CASE, E_IDS, True, "ja"))

# ---- 018 PHISHING confirmation: From amazon.com, top A-R dmarc=fail, forged A-R lower (gmail, A)
dt = T("2025-03-12 17:21:09")
PH2_CASE = case15(T("2025-03-12 11:03:27"), 19)
helo = "srv%d.fastmailer-hub.net" % R.randint(10, 99)
mf = "postmaster@" + helo
ip = "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(A_MAIL, dt, mf, ip, helo,
               ["spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
               arc_h="mime-version:message-id:date:subject:to:from")
hdr += ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPA id 8C1F2A0331\n\tfor <%s>; %s" % (helo, A_MAIL, rdate(dt, 3)),
        "Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com",
        'From: "AWS Training and Certification" <%s>' % FORM,
        "To: %s" % A_MAIL,
        "Subject: RE:[CASE %s] Action required: confirm merge of your certification accounts" % PH2_CASE,
        "Date: %s" % rdate(dt, 3),
        "Message-ID: <%s@email.amazonses.com>" % hexs(32),
        "X-Priority: 1 (Highest)"]
txt = """Dear Nguyen Van Minh,

Regarding your request, we are ready to merge account AWS-04817263 into AWS-11930584. 

To confirm this merge, you must sign in and accept the new terms within 24 hours:
https://aws-training-certification.support-verify.co/merge/confirm?id=%s

If you do not confirm, both accounts will be suspended for security reason and your certification will be not valid.

AWS Training and Certification
""" % hexs(20)
emit("018-phish-confirm-dmarc-fail-forged-ar.eml", hdr, text_body(txt, charset="utf-8", cte="8bit"),
     L("merge_confirmation_requested", PH2_CASE, A_IDS, False))

# ---- 019 console confirmation (gmail, G)
dt = T("2025-09-23 09:41:27")
txt = """Hello Ahmed,

Thank you for contacting AWS Support about your certification profiles. My name is Rakesh and I will be helping you today.

I have located both candidate profiles in our system:

   Profile 1: AWS40918237 - created 2021, e-mail on file a.alfarsi@***.ae
   Profile 2: AWS39201174 - created 2023, e-mail on file ahmed.alfarsi.cloud@gmail.com

From your message I understood that you would like to keep your personal profile. So the plan is: AWS40918237 gets merged into AWS39201174, and AWS39201174 will be the one that survives with all your certifications (SAA-C03, DVA-C02, CLF-C02).

Kindly note this cannot be reversed once done.

Could you please reply to this case and confirm the above is correct? As soon as we receive your confirmation we will submit the request to the certification team.
""" + console_footer(G_CASE)
hdr = aws_std(G_MAIL, dt, "RE:[CASE %s] Merge my two AWS Certification accounts" % G_CASE, from_addr=NOREPLY)
emit("019-console-confirm-request.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("merge_confirmation_requested", G_CASE, G_IDS, True))


# ---- 020 confirmation, "unify", ids in odd formats; quoted user mail has an extra id (gmail, H)
dt = T("2025-10-16 02:25:48")
txt = """Dear Minjun Kim,

Thank you for the informations you provided.

After checking in our system, we could find 2 candidate profiles registered for you. The third ID which you mentioned could not be found in our system, maybe it was a typing mistake.

We are going to unify below profiles:
- Source (will be closed): aws47120983
- Target (will stay): AWS 44556677

All your certification records and badges will be transfered to the target profile. Please be aware that after the unification it is not possible to separate again.

Please reply us with your confirmation that above details are correct, then we will proceed.

Thank you and have a nice day.

Best Regards,
Sandeep
AWS Training and Certification Customer Service

On Wed, Oct 15, 2025 at 9:12 AM Minjun Kim <minjun.kim.dev@gmail.com> wrote:
> Hello,
>
> Thank you for quick answer. My accounts are AWS44556677 (current, I want to keep
> this), AWS47120983 (old one from university) and maybe AWS49900132 but I am not sure.
> Login emails are minjun.kim.dev@gmail.com and mkim17@snu-alumni.kr.
>
> Regards,
> Minjun
"""
hdr = aws_std(H_MAIL, dt, "RE:[CASE %s] Acceptance of your inquiry (AWS Training and Certification)" % H_CASE)
emit("020-confirm-request-unify-quoted-extra-id.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("merge_confirmation_requested", H_CASE, H_IDS, True))

# ---- 021 console confirmation, HTML only, ids with hyphen (Outlook, I), folded UTF-8 B subject
dt = T("2025-12-02 08:14:36")
I_SUBJ = "Certification: two candidate profiles – need single profile (王磊)"
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Wang Lei,</p>
<p>Thanks for reaching out. I am Chen from AWS Support.</p>
<p>We found the two candidate profiles you described. Before our certification team can act, we need your explicit approval of the following:</p>
<ul>
<li>Profile to be retired: <b>AWS-50917342</b> (registered 2022, Shenzhen test centre)</li>
<li>Profile to be kept: <b>AWS-52038816</b> (registered 2024, online proctored)</li>
</ul>
<p>All certifications on AWS-50917342 will be moved onto AWS-52038816. The retired profile cannot be restored afterwards.</p>
<p>Please reply in the Support Center with &ldquo;Confirmed&rdquo; if this is correct, or tell us which profile you prefer to keep.</p>
<p>Best regards,<br>Chen<br>Amazon Web Services</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p>======================================================<br>
To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:11px;color:#777">%s</p>
</div></body></html>
""" % (I_CASE, I_CASE, AWS_FOOTER)
hdr = aws_std(I_MAIL, dt, ew("RE:[CASE %s] %s" % (I_CASE, I_SUBJ), "utf-8"), from_addr=NOREPLY, inbound="outlook")
emit("021-console-confirm-html-only.eml", hdr, html_body(html, cte="quoted-printable"),
     L("merge_confirmation_requested", I_CASE, I_IDS, True))

# ---- 022 completed, non-native, quoted Gmail history with nested > > (gmail, A)
dt = T("2025-03-13 03:09:51")
txt = """Hello Nguyen,

Good day!

We are pleased to inform you that your Certification accounts merging has been completed successfully. The account AWS04817263 is now merged into AWS11930584, and all your certifications and exam history is now showing in AWS11930584.

Please allow up to 24-48 hours for the changes to reflect in CertMetrics and Credly. Kindly login with your personal email address from now on.

Should you have further concern, do not hesitate to reach us.

Regards,
Mary Grace
AWS Training and Certification Support

On Wed, Mar 12, 2025 at 8:03 AM Nguyen Van Minh <nguyen.vanminh.92@gmail.com> wrote:
> I confirm. The details are correct, please proceed with the merge.
>
> Thank you,
> Minh
>
> On Tue, Mar 11, 2025 at 1:52 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Nguyen,
> >
> > The account AWS04817263 will be merge into AWS11930584. After merging,
> > AWS11930584 will be your primary account.
> > Kindly reply to this email with "I confirm" so we can proceed ahead.
"""
hdr = aws_std(A_MAIL, dt, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ))
emit("022-merge-done-nonnative-quoted.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("merge_completed", A_CASE, A_IDS, True))

# ---- 023 completed in Japanese, ISO-2022-JP (nifty, B)
dt = T("2025-05-30 06:48:02")
txt = """田中 美咲 様

AWS サポートの山口でございます。
ご確認のご連絡をいただき、誠にありがとうございました。

お待たせいたしました。AWS20394857 から AWS07736120 への認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は AWS07736120（misaki.tanaka@nifty.com）にてサインインいただけますと、すべての認定資格および受験履歴をご確認いただけます。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともアマゾン ウェブ サービスをよろしくお願い申し上げます。

山口
Amazon Web Services
""" + console_footer(B_CASE, "ja")
hdr = aws_std(B_MAIL, dt, ew("RE:[CASE %s] 認定アカウントの統合について" % B_CASE, "iso-2022-jp"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("023-merge-done-ja.eml", hdr, text_body(txt, charset="iso-2022-jp", cte="7bit"),
     L("merge_completed", B_CASE, B_IDS, True, "ja"))

# ---- 024 completed, machine-translated "consolidation work has finished" (Outlook, C)
dt = T("2025-07-05 01:22:40")
txt = """Dear Priya Raghunathan,

Thank you for your reply and the confirmation.

We would like to inform you that the consolidation work of your certification accounts has been finished. The records of AWS33019965 and AWS10028461 were integrated into AWS33018274, and these two accounts are now in closed status.

Please sign in with the e-mail address registered to AWS33018274. It may take some time until the reflection to the digital badge is done.

If there is anything unclear, please feel free to contact us.

Sincerely,
Hiroko S.
AWS Training and Certification Customer Support

________________________________
From: Priya Raghunathan <priya.raghunathan@outlook.com>
Sent: Friday, July 4, 2025 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

agree - details are correct, please go ahead.
""" % C_CASE
hdr = aws_std(C_MAIL, dt, "RE: [CASE %s] %s" % (C_CASE, FORM_SUBJ), inbound="outlook")
emit("024-merge-done-machine-translated.eml", hdr, alt_body(txt, simple_html(txt), cte="base64"),
     L("merge_completed", C_CASE, C_IDS, True))

# ---- 025 completed + agent says she closes the case, rating line (Outlook, D 2022)
dt = T("2022-08-18 15:37:20")
txt = """Hi Carlos,

Thank you for your confirmation.

Good news, the profiles were combined today. You can now login with your hotmail address and you will see all certifications (Cloud Practitioner 2019 and Solutions Architect Associate 2022) under AWS-09911223. The profile aws05566778 is deactivated.

As your request is now solved I will proceed to close this case. If you have a minute, you can rate my support using the link in the survey that you will receive.

Saludos / Best regards,
Daniela R.
AWS Training & Certification Customer Service

________________________________
From: Carlos Mendez <carlos.mendez.ti@hotmail.com>
Sent: Wednesday, August 17, 2022 8:40 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes, I agree. Thank you Daniela!
""" % D_CASE
hdr = aws_std(D_MAIL, dt, "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ), inbound="outlook")
emit("025-merge-done-and-closing.eml", hdr, alt_body(txt, simple_html(txt), charset="windows-1252", cte="quoted-printable"),
     L("merge_completed", D_CASE, D_IDS, True))

# ---- 026 completed without the word "merge" (console, gmail, G)
dt = T("2025-09-25 11:03:14")
txt = """Hello Ahmed,

Thank you for your patience.

Our certification team has finished processing your request. When you sign in to your certification account with ahmed.alfarsi.cloud@gmail.com, you will now see all three certifications listed under AWS39201174. Your previous candidate ID AWS40918237 is no longer active and can not be used for sign in anymore.

Your Credly badges will follow in the next 2-3 business days. If they do not appear by then, please let us know in this case.
""" + console_footer(G_CASE)
hdr = aws_std(G_MAIL, dt, "RE:[CASE %s] Merge my two AWS Certification accounts" % G_CASE, from_addr=NOREPLY)
emit("026-done-without-word-merge.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("merge_completed", G_CASE, G_IDS, True))

# ---- 027 completed in Japanese 2020, cp932 text labelled Shift_JIS (biglobe, E)
dt = T("2020-09-11 02:30:09")
txt = """佐藤 健 様

AWS トレーニングと認定 カスタマーサポートの髙橋でございます。
ご返信いただき、ありがとうございました。

ご依頼いただいておりました認定アカウントの統合につきまして、本日作業が完了いたしました。
AWS00412876 に登録されていた以下の情報は、すべて AWS01550349 に移行されております。

　① 認定資格（AWS Certified Solutions Architect - Associate ほか）
　② 受験履歴
　③ 認定特典（次回試験 50％ 割引バウチャー等）

今後は AWS01550349 のアカウントにてサインインくださいますようお願いいたします。
デジタルバッジ（Credly / Acclaim）への反映には、数日かかる場合がございます。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

髙橋
AWS トレーニングと認定 カスタマーサポート
"""
hdr = aws_std(E_MAIL, dt, ew("RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % E_CASE, "iso-2022-jp"),
              inbound="jp", jp=BIGLOBE)
emit("027-merge-done-ja-cp932-labelled-sjis.eml", hdr, text_body(txt, charset="cp932", cte="base64", label="Shift_JIS"),
     L("merge_completed", E_CASE, E_IDS, True, "ja"))

# ---- 028 completed, on-prem Exchange, no Authentication-Results (F)
dt = T("2024-11-07 13:15:26")
msgid = ses_id(dt)
mf = ses_mailfrom(msgid)
ip = ses_ip()
hdr = ["Received: from EXMBX01.nordwind.local (10.20.1.31) by EXMBX02.nordwind.local\n"
       " (10.20.1.32) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s" % rdate(plus(dt, seconds=7), 1),
       "Received: from mailgw02.nordwind-logistik.de (10.20.0.13) by EXMBX01.nordwind.local\n"
       " (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39 via Frontend\n"
       " Transport; %s" % rdate(plus(dt, seconds=6), 1),
       "Received: from %s (%s [%s])\n\tby mailgw02.nordwind-logistik.de (Postfix) with ESMTPS id 4Xk7pQ3Lz1z9sVb\n"
       "\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, F_MAIL, rdate(plus(dt, seconds=4), 1))]
hdr += ses_dkims(dt)
hdr += ['From: "Amazon Web Services" <%s>' % FORM,
        "To: <%s>" % F_MAIL,
        "Subject: RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ),
        "Message-ID: %s" % msgid,
        "Date: %s" % rdate(dt),
        "Return-Path: <%s>" % mf]
hdr += ses_tail(dt)
hdr += ["X-MS-Exchange-Organization-AuthSource: EXMBX01.nordwind.local",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-Has-Attach:",
        "Content-Language: en-US"]
txt = """Dear Olga,

thank you for waiting. I want to let you know that your two profiles AWS 18273645 and AWS 26617088 have been successfully joined together. From now on please use only AWS 26617088 (login with olga.petrova@nordwind-logistik.de); the older profile was closed and everything on it was moved over.

Have a nice day!

Kind regards
Jonas
AWS Training and Certification

-----Original Message-----
From: Olga Petrova <olga.petrova@nordwind-logistik.de>
Sent: Tuesday, November 5, 2024 10:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Jonas,
yes this is correct, keep AWS26617088 please.
BR Olga
""" % F_CASE
emit("028-merge-done-exchange-no-ar.eml", hdr, text_body(txt, charset="iso-8859-1", cte="quoted-printable"),
     L("merge_completed", F_CASE, F_IDS, None))


# ================================================================ surveys
SURVEY_BASE = "https://survey.amazonaws.com/jfe/form/SV_%s" 


def survey_links(case):
    sv = hexs(6).upper() + "Zx" + hexs(4)
    return (SURVEY_BASE % sv + "?caseid=%s&resolved=yes" % case,
            SURVEY_BASE % sv + "?caseid=%s&resolved=no" % case)


# ---- 029 closure + YES/NO survey (gmail, A)
dt = T("2025-03-13 03:10:22")
y, n = survey_links(A_CASE)
txt = """Hello,

Your case %s has been marked as resolved.

If your issue has not been resolved, simply reply to this email within 7 days and the case will be reopened.

Was your issue resolved?
YES: %s
NO: %s

How would you rate the assistance you received from our agent? It takes less than one minute and helps us to improve.

Thank you for contacting AWS Training and Certification.

%s
""" % (A_CASE, y, n, AWS_FOOTER)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your case <b>%s</b> has been marked as resolved.</p>
<p>If your issue has not been resolved, simply reply to this email within 7 days and the case will be reopened.</p>
<table cellpadding="0" cellspacing="0"><tr><td colspan="2" style="padding:8px 0;font-weight:bold">Was your issue resolved?</td></tr>
<tr><td style="padding-right:10px"><a href="%s" style="background:#1d8102;color:#fff;padding:8px 26px;text-decoration:none">YES</a></td>
<td><a href="%s" style="background:#d13212;color:#fff;padding:8px 26px;text-decoration:none">NO</a></td></tr></table>
<p>How would you rate the assistance you received from our agent? It takes less than one minute and helps us to improve.</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>""" % (A_CASE, esc(y), esc(n), AWS_FOOTER)
hdr = aws_std(A_MAIL, dt, "[CASE %s] Your case has been resolved - tell us about your experience" % A_CASE)
emit("029-closure-yes-no-survey.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("survey", A_CASE, [], True))

# ---- 030 Japanese survey (nifty, B)
dt = T("2025-05-30 06:49:15")
y, n = survey_links(B_CASE)
txt = """田中 美咲 様

このたびは AWS サポートをご利用いただき、誠にありがとうございました。
ケース %s はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。

問題は解決しましたか？
　はい：%s
　いいえ：%s

担当者の対応について、5 段階で評価いただけますと幸いです。

※本メールは送信専用アドレスから配信しております。

アマゾン ウェブ サービス
""" % (B_CASE, y, n)
hdr = aws_std(B_MAIL, dt, ew("AWS サポートに関するアンケートのお願い（ケース %s）" % B_CASE, "iso-2022-jp"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("030-survey-ja.eml", hdr, alt_body(txt, simple_html(txt), charset="iso-2022-jp", cte="7bit", hcharset="utf-8", hcte="base64"),
     L("survey", B_CASE, [], True, "ja"))

# ---- 031 closure notice that restates the merge is done (Outlook, C) -> survey
dt = T("2025-07-05 01:30:11")
y, n = survey_links(C_CASE)
txt = """Hello Priya,

Case %s is now closed.

Resolution summary: The requested account merge was completed by our team. All certifications are available on the surviving account.

We'd love to hear how we did. Please answer two quick questions:

1. Was your issue resolved?  Yes: %s  |  No: %s
2. How satisfied are you with the support you received? (1 = very dissatisfied, 5 = very satisfied)

Your answers are anonymous and are only used to improve our service.

If you need further help on the same topic, reply to this e-mail within 14 days and the case will be reopened automatically.

AWS Training and Certification Customer Support
""" % (C_CASE, y, n)
hdr = aws_std(C_MAIL, dt, "[CASE %s] Case closed - tell us how we did" % C_CASE, inbound="outlook")
emit("031-closure-notice-mentions-merge-done.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("survey", C_CASE, [], True))

# ---- 032 rating request, non-native, 2022 (Outlook, D)
dt = T("2022-08-18 15:45:02")
y, n = survey_links(D_CASE)
txt = """Dear Customer,

Your case %s is now closed. We hope we was able to solve your concern.

How was your experience with us? Please spare 2 minutes of your time to give us your valuable feedback about the service provided by our agent. Your feedback is highly appreciated and help us to serve you better.

>> Rate your experience: %s

If you still need help about this request, please reply to this email and we will be happy to reopen the case.

Thanks & Regards,
AWS T&C Support Desk
""" % (D_CASE, y.replace("&resolved=yes", ""))
hdr = aws_std(D_MAIL, dt, "[CASE %s] We value your feedback" % D_CASE, inbound="outlook")
emit("032-rating-request-2022-nonnative.eml", hdr, alt_body(txt, simple_html(txt), cte="base64"),
     L("survey", D_CASE, [], True))

# ---- 033 closure + questionnaire, machine-translated (gmail, H)
dt = T("2025-10-20 04:11:37")
y, n = survey_links(H_CASE)
txt = """Dear Mr./Ms. Minjun Kim

Thank you for using AWS Training and Certification Customer Support.

Since we consider that your inquiry (Case ID : %s) was solved, we closed it.

In order to improve our service, we would like to ask you to cooperate with the questionnaire.
It will be finished in about 1 minute.

  Was the problem solved?
    Yes -> %s
    No  -> %s

*If you reply to this mail, the case is reopened.
*This mail is sent from the send-only address.

----------------------------------------------
AWS Training and Certification Customer Support
----------------------------------------------
""" % (H_CASE, y, n)
hdr = aws_std(H_MAIL, dt, "[CASE %s] Request for questionnaire cooperation" % H_CASE)
emit("033-closure-questionnaire-machine-translated.eml", hdr, text_body(txt, charset="utf-8", cte="quoted-printable"),
     L("survey", H_CASE, [], True))

# ---- 034 console "case resolved" notice with rating request (Outlook, I)
dt = T("2025-12-05 10:20:44")
txt = """Hello,

We have resolved your case %s. If this case remains unresolved, you can reopen it within 14 days by replying through the AWS Support Center.

Subject: %s

How did we do? Rate this case in the Support Center by choosing the stars in the top right of the last correspondence, or answer our 30-second survey:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&feedback=true

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
======================================================
%s
""" % (I_CASE, I_SUBJ, I_CASE, AWS_FOOTER)
hdr = aws_std(I_MAIL, dt, "Amazon Web Services: Your Support case %s has been resolved" % I_CASE, from_addr=NOREPLY, inbound="outlook")
emit("034-console-case-resolved-rating.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("survey", I_CASE, [], True))

# ================================================================ Credly
def credly_hdrs(to, dt, inbound="gmail", dom="credly.com", from_name="Amazon Web Services Training and Certification via Credly",
                from_addr="admin@credly.com", subject="", jp=None, dmarc="pass"):
    mf = "bounces+%d-%s-%s@em%d.%s" % (R.randint(1000000, 9999999), hexs(4), to.replace("@", "="), R.randint(1000, 9999), dom)
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "o%d.ptr%d.%s" % (R.randint(1, 30), R.randint(1000, 9999), dom)
    lines = []
    if inbound == "gmail":
        lines += gmail_in(to, dt, mf, ip, helo,
                          ["dkim=pass header.i=@%s header.s=s1 header.b=%s" % (dom, b64r(6)[:8]),
                           "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s" % b64r(6)[:8],
                           "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (mf, ip, mf),
                           "dmarc=%s (p=NONE sp=NONE dis=NONE) header.from=%s" % (dmarc, dom)])
    elif inbound == "outlook":
        lines += outlook_in(to, dt, mf, ip, helo, o_ar("em%d.%s" % (R.randint(1000, 9999), dom), ip, dom, dom))
    elif inbound == "jp":
        mx, authserv = jp
        lines += jp_in(to, dt, mf, ip, helo, mx, authserv,
                       ["spf=pass smtp.mailfrom=%s" % mf, "dkim=pass header.d=%s header.s=s1" % dom, "dmarc=pass header.from=%s" % dom])
    lines.append(dkim(dom, "s1", dt, h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc", c="relaxed/relaxed"))
    lines.append(dkim("sendgrid.info", "smtpapi", dt, h="content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc", c="relaxed/relaxed"))
    lines += ["From: %s <%s>" % (from_name, from_addr),
              "Reply-To: no-reply@%s" % dom,
              "To: %s" % to,
              "Subject: %s" % subject,
              "Date: %s" % rdate(dt),
              "Message-ID: <%s@%s>" % (hexs(22), "geopod-ismtpd-%d" % R.randint(1, 40)),
              "List-Unsubscribe: <https://www.%s/notification_settings?token=%s>" % (dom, hexs(32)),
              "X-SG-EID: %s" % b64r(60)[:80],
              "X-Entity-ID: %s" % b64r(16)[:22]]
    if inbound == "outlook":
        lines += outlook_tail(dt)
    return lines


def credly_html(first, badge, issuer="Amazon Web Services Training and Certification", intro=None,
                button="Accept your badge", dom="credly.com"):
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    intro = intro or "%s has issued you a new badge." % issuer
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;text-align:center"><img src="https://images.%s/size/340x340/images/%s/image.png" width="160" alt="%s"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;text-align:center;font-weight:bold">Congratulations, %s!</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px;text-align:center">%s<br><b>%s</b></td></tr>
<tr><td style="padding:10px 32px 28px;text-align:center"><a href="https://www.%s/earner/earned/badge/%s?utm_source=email" style="background:#0078cc;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></td></tr>
<tr><td style="padding:0 32px 24px;font-size:13px;color:#666;line-height:19px">Accepting your badge lets you share it on LinkedIn, add it to your email signature and show verified proof of your skills to employers.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">You are receiving this email because a badge was issued to you through Credly. <a href="https://www.%s/notification_settings" style="color:#999">Notification settings</a><br>Credly &middot; Pearson</td></tr>
</table></td></tr></table></body></html>
""" % (dom, str(uuid.UUID(int=R.getrandbits(128))), esc(badge), esc(first), esc(intro), esc(badge), dom, bid, button, dom)
    txt = """Congratulations, %s!

%s
%s

%s: https://www.%s/earner/earned/badge/%s?utm_source=email

Accepting your badge lets you share it on LinkedIn, add it to your email signature and show verified proof of your skills to employers.

--
You are receiving this email because a badge was issued to you through Credly.
Notification settings: https://www.%s/notification_settings
""" % (first, intro, badge, button, dom, bid, dom)
    return txt, html


# ---- 035 Credly badge issued after merge (gmail, A)
dt = T("2025-03-14 19:02:51")
txt, html = credly_html("Nguyen", "AWS Certified Solutions Architect - Associate")
hdr = credly_hdrs(A_MAIL, dt, subject="Amazon Web Services Training and Certification sent you a new badge")
emit("035-credly-badge-issued.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("credly_badge_issued", None, [], True))

# ---- 036 Acclaim (youracclaim.com) badge 2020 (biglobe, E)
dt = T("2020-09-14 07:44:18")
txt, html = credly_html("Ken", "AWS Certified Solutions Architect - Associate",
                        intro="You've earned a badge from Amazon Web Services Training and Certification. It is waiting for you to accept it.",
                        dom="youracclaim.com")
hdr = credly_hdrs(E_MAIL, dt, inbound="jp", jp=BIGLOBE, dom="youracclaim.com",
                  from_name="Amazon Web Services Training and Certification via Acclaim", from_addr="admin@youracclaim.com",
                  subject="Ken, you've earned a badge from Amazon Web Services Training and Certification")
emit("036-acclaim-badge-2020.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("credly_badge_issued", None, [], True))

# ---- 037 Credly: badges moved to account after merge, ready to accept (Outlook, C)
dt = T("2025-07-07 16:25:33")
txt, html = credly_html("Priya", "AWS Certified Solutions Architect - Professional",
                        intro="Following an update from Amazon Web Services Training and Certification, your badge has been transferred to this Credly account and is ready for you to accept.")
hdr = credly_hdrs(C_MAIL, dt, inbound="outlook",
                  subject="Your AWS Certified Solutions Architect - Professional badge is ready to accept")
emit("037-credly-badge-transferred.eml", hdr, alt_body(txt, html, cte="base64"),
     L("credly_badge_issued", None, [], True))

# ---- 038 PHISHING Credly look-alike (gmail, H) -> credly_badge_issued, false
dt = T("2025-10-19 12:40:03")
ph = "credly-badges-notify.com"
mf = "info@%s" % ph
ip = "45.87.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(H_MAIL, dt, mf, ip, "mta1.%s" % ph,
               ["spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                "dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % ph], spf_res="softfail")
hdr += ['From: "Amazon Web Services Training and Certification via Credly" <admin@%s>' % ph,
        "To: %s" % H_MAIL,
        "Subject: Minjun, your badge is ready - accept it before it expires",
        "Date: %s" % rdate(dt, 2),
        "Message-ID: <%s@%s>" % (hexs(18), ph)]
txt, html = credly_html("Minjun", "AWS Certified Developer - Associate",
                        intro="After your certification profiles were merged, Amazon Web Services Training and Certification issued you a badge. Sign in within 72 hours to accept it.",
                        dom=ph)
emit("038-phish-credly-lookalike.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("credly_badge_issued", None, [], False))

# ---- 039 Credly badge via on-prem Exchange, no Authentication-Results (F) -> null
dt = T("2024-11-09 09:12:40")
mf = "bounces+4471902-9a2c-olga.petrova=nordwind-logistik.de@em4301.credly.com"
ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = ["Received: from EXMBX02.nordwind.local (10.20.1.32) by EXMBX01.nordwind.local\n"
       " (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s" % rdate(plus(dt, seconds=5), 1),
       "Received: from o7.ptr2291.credly.com (o7.ptr2291.credly.com [%s])\n\tby mailgw01.nordwind-logistik.de (Postfix) with ESMTPS id 4XlB8s2Jk4z9sTw\n"
       "\tfor <%s>; %s" % (ip, F_MAIL, rdate(plus(dt, seconds=3), 1)),
       "Return-Path: <%s>" % mf,
       dkim("credly.com", "s1", dt, h="content-type:from:mime-version:subject:reply-to:to", c="relaxed/relaxed"),
       "From: Amazon Web Services Training and Certification via Credly <admin@credly.com>",
       "Reply-To: no-reply@credly.com",
       "To: olga.petrova@nordwind-logistik.de",
       "Subject: You've been issued a badge: AWS Certified Cloud Practitioner",
       "Date: %s" % rdate(dt),
       "Message-ID: <%s@geopod-ismtpd-12>" % hexs(22),
       "X-MS-Exchange-Organization-AuthAs: Anonymous",
       "X-MS-Exchange-Organization-AuthSource: EXMBX02.nordwind.local"]
txt, html = credly_html("Olga", "AWS Certified Cloud Practitioner")
emit("039-credly-badge-exchange-no-ar.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("credly_badge_issued", None, [], None))


# ================================================================ support replies
# ---- 040 "thank you for confirmation, we will proceed" (gmail, A)
dt = T("2025-03-12 02:31:08")
txt = """Hello Nguyen,

Thank you for your confirmation.

We will proceed the merging of AWS04817263 into AWS11930584 now. The request is already forwarded to our concern team. Once the merge is complete we will notify to you by this same email thread, normally it take 1-2 business days.

Meanwhile, please do not schedule any new exam in the old account.

Regards,
Mary Grace
AWS Training and Certification Support

On Wed, Mar 12, 2025 at 8:03 AM Nguyen Van Minh <nguyen.vanminh.92@gmail.com> wrote:
> I confirm. The details are correct, please proceed with the merge.
>
> Thank you,
> Minh
"""
hdr = aws_std(A_MAIL, dt, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ))
emit("040-thanks-will-proceed-once-complete.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("support_reply", A_CASE, A_IDS, True))

# ---- 041 Japanese: thanks for confirming, we will proceed (nifty, B) UTF-8 8bit
dt = T("2025-05-29 09:05:52")
txt = """田中 美咲 様

AWS サポートの山口でございます。
早速ご確認いただき、誠にありがとうございます。

いただいたご返信をもとに、担当部署にて統合作業を進めてまいります。
作業完了まで 1～3 営業日ほどお時間を頂戴する場合がございます。
完了いたしましたら、本ケースにて改めてご連絡申し上げますので、今しばらくお待ちくださいますようお願い申し上げます。

山口
Amazon Web Services
""" + console_footer(B_CASE, "ja")
hdr = aws_std(B_MAIL, dt, ew("RE:[CASE %s] 認定アカウントの統合について" % B_CASE, "utf-8"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("041-ja-thanks-will-proceed.eml", hdr, text_body(txt, charset="utf-8", cte="8bit"),
     L("support_reply", B_CASE, [], True, "ja"))

# ---- 042 asking which account to keep (Outlook, C)
dt = T("2025-07-03 04:58:17")
txt = """Dear Priya Raghunathan,

Thank you for contacting AWS Training and Certification.

We checked the three candidate IDs you provided (AWS33018274, AWS33019965 and AWS10028461). All of them are registered with your name, however the information which account you wish to remain as main account was not written in the form.

Could you please tell us which one of the account you would like to keep? The login e-mail address of the kept account will be used for future sign in, so please also let us know if you can still access that mailbox.

We are waiting for your reply.

Sincerely,
Hiroko S.
AWS Training and Certification Customer Support
"""
hdr = aws_std(C_MAIL, dt, "RE: [CASE %s] %s" % (C_CASE, FORM_SUBJ), inbound="outlook")
emit("042-which-account-to-keep.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("support_reply", C_CASE, C_IDS, True))

# ---- 043 asking for login and notification e-mails, 2022 (Outlook, D)
dt = T("2022-08-16 14:20:33")
txt = """Hi Carlos,

Thanks for writing us.

To can locate both profiles correctly, can you please provide the following:

1. The login email address used in each certification account
2. The notification email (if different from the login)
3. Your full name exactly as appear in your ID document

We need this information to verify the ownership before any change is done in the profiles.

Saludos / Best regards,
Daniela R.
AWS Training & Certification Customer Service
"""
hdr = aws_std(D_MAIL, dt, "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ), inbound="outlook")
emit("043-asking-login-emails-2022.eml", hdr, alt_body(txt, simple_html(txt), charset="windows-1252", cte="quoted-printable"),
     L("support_reply", D_CASE, [], True))

# ---- 044 "[Case N] New correspondence added" notice, HTML only (gmail, G)
dt = T("2025-09-24 16:02:10")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>New correspondence has been added to your AWS Support case.</p>
<p>Case ID: %s<br>Subject: Merge my two AWS Certification accounts<br>Status: Pending Customer Action</p>
<p>To view the correspondence or reply, sign in to the AWS Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">%s</p>
</body></html>
""" % (G_CASE, G_CASE, G_CASE, AWS_FOOTER)
hdr = aws_std(G_MAIL, dt, "[Case %s] New correspondence added" % G_CASE, from_addr=NOREPLY)
emit("044-new-correspondence-notice.eml", hdr, html_body(html, cte="quoted-printable"),
     L("support_reply", G_CASE, [], True))

# ---- 045 chaser, no accounts restated (gmail, H)
dt = T("2025-10-17 03:02:44")
txt = """Dear Minjun Kim,

This is gentle reminder regarding your case %s.

We have not yet received your response to our previous email dated 16 October. Kindly reply to it at your earliest convenience so that we can continue with your request.

Please note that if we do not hear from you within 72 hours, the case will be closed automatically. You can always reopen it by replying to this email.

Thank you and have a nice day.

Best Regards,
Sandeep
AWS Training and Certification Customer Service
""" % H_CASE
hdr = aws_std(H_MAIL, dt, "RE:[CASE %s] Acceptance of your inquiry (AWS Training and Certification)" % H_CASE)
emit("045-chaser-awaiting-reply.eml", hdr, text_body(txt, charset="us-ascii", cte="7bit"),
     L("support_reply", H_CASE, [], True))

# ---- 046 status update, machine-translated, "once completed" (Outlook, I)
dt = T("2025-12-03 07:35:19")
txt = """Hello Wang Lei,

Thank you for your confirmation reply.

I would like to share the current situation. Your request was handed over to the back-end team who performs the work of the certification records, and now it is in the processing. Normally this work requires 3-5 business days.

When the merge is completed, I will inform you in this case immediately. Until then, there is no need for any action from your side.

We apologize to make you wait and thank you for understanding.

Best regards,
Chen
Amazon Web Services
""" + console_footer(I_CASE)
hdr = aws_std(I_MAIL, dt, ew("RE:[CASE %s] %s" % (I_CASE, I_SUBJ), "utf-8"), from_addr=NOREPLY, inbound="outlook")
emit("046-status-update-in-progress.eml", hdr, alt_body(txt, simple_html(txt), cte="base64"),
     L("support_reply", I_CASE, [], True))

# ---- 047 Japanese 2020: question about name spelling (not the merge itself), Shift_JIS 8bit (biglobe, E)
dt = T("2020-09-08 08:14:02")
txt = """佐藤 健 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただき、ありがとうございます。

お手続きの前に、1 点確認させてください。
ご連絡いただいた 2 つのアカウントのうち、AWS00412876 ではお名前が「SATO TAKESHI」、AWS01550349 では「SATO KEN」と登録されております。

試験当日にご提示いただく本人確認書類と同じ表記である必要がございますので、
身分証明書に記載されているローマ字表記をお知らせいただけますでしょうか。

お手数をおかけいたしますが、よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 佐藤 健 <e-sato1985@biglobe.ne.jp>
Sent: Tuesday, September 8, 2020 10:31 AM
Subject: Re: [CASE %s] お問い合わせを受け付けました

補足です。古いアカウントは AWS00412876、新しいアカウントは AWS01550349 です。
よろしくお願いします。
""" % E_CASE
hdr = aws_std(E_MAIL, dt, ew("RE:[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % E_CASE, "shift_jis"),
              inbound="jp", jp=BIGLOBE)
emit("047-ja-name-spelling-question-sjis.eml", hdr, text_body(txt, charset="shift_jis", cte="8bit"),
     L("support_reply", E_CASE, E_IDS, True, "ja"))

# ---- 048 "thanks, forwarded to backend, working on it", Exchange no A-R (F)
dt = T("2024-11-05 11:47:03")
msgid = ses_id(dt)
mf = ses_mailfrom(msgid)
ip = ses_ip()
hdr = ["Received: from EXMBX02.nordwind.local (10.20.1.32) by EXMBX01.nordwind.local\n"
       " (10.20.1.31) with Microsoft SMTP Server (version=TLS1_2,\n"
       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s" % rdate(plus(dt, seconds=8), 1),
       "Received: from %s (%s [%s])\n\tby mailgw01.nordwind-logistik.de (Postfix) with ESMTPS id 4XjN6w1Gm2z9sTr\n"
       "\tfor <%s>; %s" % (ses_host(ip), ses_host(ip), ip, F_MAIL, rdate(plus(dt, seconds=5), 1)),
       "Return-Path: <%s>" % mf]
hdr += ses_dkims(dt)
hdr += ['From: "Amazon Web Services" <%s>' % FORM,
        "To: <%s>" % F_MAIL,
        "Subject: RE:[CASE %s] %s" % (F_CASE, FORM_SUBJ),
        "Message-ID: %s" % msgid,
        "Date: %s" % rdate(dt)]
hdr += ses_tail(dt)
hdr += ["X-MS-Exchange-Organization-AuthSource: EXMBX02.nordwind.local",
        "X-MS-Exchange-Organization-AuthAs: Anonymous"]
txt = """Dear Olga,

many thanks for the quick confirmation. I have forwarded your request to our backend team and they are working on it now. Usually this takes between 1 and 3 business days. I will update you as soon as I hear back from them.

Kind regards
Jonas
AWS Training and Certification

-----Original Message-----
From: Olga Petrova <olga.petrova@nordwind-logistik.de>
Sent: Tuesday, November 5, 2024 10:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Jonas,
yes this is correct, keep AWS26617088 please.
BR Olga

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 4, 2024 4:20 PM
To: Olga Petrova <olga.petrova@nordwind-logistik.de>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Dear Olga,
we found AWS18273645 and AWS26617088. AWS18273645 would be merged into AWS26617088, which stays active. Please confirm by replying.
""" % (F_CASE, F_CASE)
emit("048-working-on-it-exchange-no-ar.eml", hdr, text_body(txt, charset="us-ascii", cte="7bit"),
     L("support_reply", F_CASE, [], None))

# ---- 049 second case: question about voucher after merge (gmail, A2)
dt = T("2025-03-18 05:26:40")
txt = """Hello Nguyen,

Thank you for reach out again.

Regarding your question about 50%% discount voucher: since the merge on your previous case %s is already done, all benefits from both of your old profiles are now available under AWS11930584. You can find the voucher in the CertMetrics portal under "Benefits" > "Exam Discount". Please note that each voucher can be used one time only and it has expiry date as shown in the portal.

As your previous case was about the same topic, in future you can simply reply to that email instead of submit new form.

Regards,
Joy
AWS Training and Certification Support

On Mon, Mar 17, 2025 at 8:39 PM Nguyen Van Minh <nguyen.vanminh.92@gmail.com> wrote:
> Hello, my accounts merge was completed last week (case %s), thank you.
> But I do not see my 50%% voucher which I had in AWS04817263. Is it lost?
"""
txt = txt % (A_CASE, A_CASE)
hdr = aws_std(A_MAIL, dt, "RE:[CASE %s] %s" % (A2_CASE, FORM_SUBJ))
emit("049-second-case-voucher-question.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("support_reply", A2_CASE, ["AWS11930584"], True))

# ---- 050 badges not moved: raised request to Credly (Outlook, D 2022)
dt = T("2022-08-25 17:03:27")
txt = """Hi Carlos,

Thank you for letting us know.

I checked and indeed your Cloud Practitioner badge is still in the Credly account linked with your old job email. This can happen sometimes after the profiles are combined.

I have raised a request to the Credly team to move the badge to the Credly account of your hotmail address. Once done, you will receive an email directly from Credly to accept the badge. Please allow 5-7 business days.

Saludos / Best regards,
Daniela R.
AWS Training & Certification Customer Service

________________________________
From: Carlos Mendez <carlos.mendez.ti@hotmail.com>
Sent: Wednesday, August 24, 2022 6:55 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Daniela, the certifications are ok in AWS-09911223 but in Credly I still don't see the CLF badge. Can you check?
""" % D_CASE
hdr = aws_std(D_MAIL, dt, "RE:[CASE %s] %s" % (D_CASE, FORM_SUBJ), inbound="outlook")
emit("050-credly-not-moved-request-raised.eml", hdr, alt_body(txt, simple_html(txt), charset="windows-1252", cte="quoted-printable"),
     L("support_reply", D_CASE, [], True))


# ================================================================ unrelated
# ---- 051 Amazon Seller Central case about merging SELLER accounts (gmail, K)
dt = T("2025-06-10 13:44:29")
SC_CASE = "5884881212"
txt = """Hello,

Greetings from Amazon Selling Partner Support.

I understand you would like to merge your two seller accounts (Merchant Token A2KX9P1QF0ZR7T and A1V7MNB3S0WQ8E) into one account.

Please be informed that Amazon does not merge two Seller Central accounts. If you have a valid business need for a second account, you can apply for it through the "Request a new account" page. Otherwise, we recommend to close the account that you no longer use after removing all open listings and settling the balance.

To know more, please search "Operating multiple accounts" in Seller Central Help.

I hope this information helps. Please rate your experience with Seller Support using the links below.

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseID=%s&rating=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseID=%s&rating=no

Thank you for selling on Amazon,
Ravi K.
Amazon Selling Partner Support
""" % (SC_CASE, SC_CASE)
hdr = aws_std(K_MAIL, dt, "RE:[CASE %s] Merge my two seller accounts" % SC_CASE,
              from_addr="seller-support-noreply@amazon.com", from_name="Amazon Seller Support")
emit("051-seller-central-merge-accounts.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", SC_CASE, [], True))

# ---- 052 AWS billing case reply (gmail, G)
G_BILL = case15(T("2025-10-02 18:30:51"), 4417)
dt = T("2025-10-03 09:12:05")
txt = """Hello Ahmed,

Thank you for your patience. I am Farah from AWS Billing and Accounts team.

I have reviewed the EC2 charges of September for your account ending 7731. The charges came from 2 m5.xlarge instances in the eu-central-1 region which were still running after your training lab. As a one-time exception, I have submitted a refund request of USD 46.18 and it will be credited to your payment method in 5-7 business days.

To avoid similar charges in future, I recommend to create a budget alert in AWS Budgets.
""" + console_footer(G_BILL)
hdr = aws_std(G_MAIL, dt, "RE:[CASE %s] Refund request for unexpected EC2 charges" % G_BILL, from_addr=NOREPLY)
emit("052-aws-billing-case-reply.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", G_BILL, [], True))

# ---- 053 AWS quota-increase case opened (same ack template as 001) (Outlook, I)
I_QUOTA = case15(T("2025-12-04 02:11:36"), 90)
dt = T("2025-12-04 02:11:40")
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Singapore)
Primary Instance Type: All G and VT Instances
Limit name: Instance Limit
New limit value: 16
------------
Use case description: Training of ML models for internal demo, need 2 g5.2xlarge.

You will receive an e-mail when there is an update to your case. To see all correspondence for this case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================
%s
""" % (I_QUOTA, I_QUOTA, I_QUOTA, AWS_FOOTER)
hdr = aws_std(I_MAIL, dt, "Amazon Web Services: You have opened a new Support case: %s" % I_QUOTA, from_addr=NOREPLY, inbound="outlook")
emit("053-quota-increase-case-opened.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", I_QUOTA, [], True))

# ---- 054 CertMetrics "AWS Certification wants to hear from you" (gmail, A)
dt = T("2025-04-02 15:00:12")
mf = "bounce-%s@mail.certmetrics.com" % hexs(12)
ip = "198.21.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(A_MAIL, dt, mf, ip, "o%d.mail.certmetrics.com" % R.randint(1, 9),
               ["dkim=pass header.i=@certmetrics.com header.s=s1 header.b=%s" % b64r(6)[:8],
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"])
hdr.append(dkim("certmetrics.com", "s1", dt, h="from:to:subject:mime-version:content-type", c="relaxed/relaxed"))
hdr += ['From: "AWS Certification" <do-not-reply@certmetrics.com>',
        "To: %s" % A_MAIL,
        "Subject: AWS Certification wants to hear from you",
        "Date: %s" % rdate(dt),
        "Message-ID: <%s@certmetrics.com>" % str(uuid.UUID(int=R.getrandbits(128)))]
txt = """Dear Van Minh Nguyen,

AWS Certification Candidate ID: AWS11930584

You recently earned or renewed an AWS Certification. We would like to hear about your experience with the exam, the exam registration and the AWS Certification Account.

The survey takes about 5 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Your feedback helps us to improve the AWS Certification program.

Sincerely,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
""" % hexs(32)
emit("054-certmetrics-wants-to-hear.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", None, ["AWS11930584"], False))

# ---- 055 Pearson VUE appointment confirmation (gmail, H)
dt = T("2025-11-03 10:27:55")
mf = "pearsonvue@%s.pearson.com" % "notifications"
ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(H_MAIL, dt, mf, ip, "mx%d.pearson.com" % R.randint(1, 9),
               ["dkim=pass header.i=@pearson.com header.s=selector1 header.b=%s" % b64r(6)[:8],
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com"])
hdr.append(dkim("pearson.com", "selector1", dt, h="From:Date:Subject:To:MIME-Version:Content-Type:Message-ID", c="relaxed/relaxed"))
hdr += ['From: "Pearson VUE" <pearsonvue@pearson.com>',
        "To: %s" % H_MAIL,
        "Subject: Pearson VUE Confirmation of Booking",
        "Date: %s" % rdate(dt, -6),
        "Message-ID: <%s.JavaMail.vueprod@pearsonvue>" % R.randint(10**9, 10**10)]
txt = """Dear Minjun Kim,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 521883074
Candidate ID: AWS44556677
Appointment: Thursday, November 20, 2025 at 9:00 AM Korea Standard Time
Delivery: OnVUE online proctored exam

Before your exam:
- Run the system test on the computer you will use.
- Check in 30 minutes before the appointment time.
- Have your valid, government-issued ID ready.

To reschedule or cancel, please visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
emit("055-pearson-vue-booking.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", None, ["AWS44556677"], False))

# ---- 056 Credly's own self-service account merge code (gmail, G)
dt = T("2025-09-26 20:14:33")
code = "%06d" % R.randint(100000, 999999)
txt = """Hi Ahmed,

We received a request to merge another Credly account (a.alfarsi@gulfsys.ae) into your Credly account.

Your verification code is: %s

Enter this code on the Credly website, or click the button below, to complete the merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If you did not request this, you can safely ignore this email; no changes will be made to your account.

The Credly Team
""" % (code, hexs(40))
html = simple_html(txt)
hdr = credly_hdrs(G_MAIL, dt, from_name="Credly", subject="Complete your Credly account merge")
emit("056-credly-self-service-merge-code.eml", hdr, alt_body(txt, html, cte="quoted-printable"),
     L("unrelated", None, [], True))

# ---- 057 Credly badge expiry reminder (Outlook, C)
dt = T("2025-10-01 14:00:09")
txt = """Hi Priya,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on December 30, 2025.

To keep your badge active, please complete the recertification requirements set by the issuer before the expiration date. After expiry, the badge will remain on your profile but will be shown as expired.

View badge: https://www.credly.com/badges/%s

The Credly Team
""" % str(uuid.UUID(int=R.getrandbits(128)))
hdr = credly_hdrs(C_MAIL, dt, inbound="outlook", subject="Your AWS Certified Developer - Associate badge expires in 90 days")
emit("057-credly-expiry-reminder.eml", hdr, alt_body(txt, simple_html(txt), cte="quoted-printable"),
     L("unrelated", None, [], True))

# ---- 058 GitHub "Merged" PR notification (gmail, K)
dt = T("2025-06-12 08:31:47")
mf = "noreply@github.com"
ip = "192.30.252.%d" % R.randint(200, 210)
hdr = gmail_in(K_MAIL, dt, mf, ip, "out-%d.smtp.github.com" % R.randint(20, 30),
               ["dkim=pass header.i=@github.com header.s=pf2023 header.b=%s" % b64r(6)[:8],
                "spf=pass (google.com: domain of noreply@github.com designates %s as permitted sender) smtp.mailfrom=noreply@github.com" % ip,
                "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"])
hdr.append(dkim("github.com", "pf2023", dt, h="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From", c="relaxed/relaxed"))
hdr += ["From: Tomasz Nowak <notifications@github.com>",
        "Reply-To: nowak-labs/cert-tracker <reply+AB3X%s@reply.github.com>" % hexs(40).upper(),
        "To: nowak-labs/cert-tracker <cert-tracker@noreply.github.com>",
        "Cc: Subscribed <subscribed@noreply.github.com>",
        "Subject: Re: [nowak-labs/cert-tracker] Merge duplicate candidate accounts into one record (PR #482)",
        "Date: %s" % rdate(dt, -7),
        "Message-ID: <nowak-labs/cert-tracker/pull/482/issue_event/%d@github.com>" % R.randint(10**10, 10**11),
        "In-Reply-To: <nowak-labs/cert-tracker/pull/482@github.com>",
        "References: <nowak-labs/cert-tracker/pull/482@github.com>",
        "List-ID: nowak-labs/cert-tracker <cert-tracker.nowak-labs.github.com>",
        "X-GitHub-Sender: tnowak",
        "X-GitHub-Recipient: tnowak-bot",
        "X-GitHub-Reason: subscribed"]
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nowak-labs/cert-tracker/pull/482#event-%d
You are receiving this because you are subscribed to this thread.

Message ID: <nowak-labs/cert-tracker/pull/482/issue_event/%d@github.com>
""" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/nowak-labs/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/nowak-labs/cert-tracker/pull/482">view it on GitHub</a>.<br />You are receiving this because you are subscribed to this thread.</p>
"""
emit("058-github-pr-merged.eml", hdr, alt_body(txt, html, cte="7bit"),
     L("unrelated", None, [], False))

# ---- 059 phishing NOT about the merge: "certification will be revoked" (gmail, K)
dt = T("2025-06-20 04:55:18")
ph = "aws-certifications-verify.com"
mf = "noreply@%s" % ph
ip = "103.224.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
hdr = gmail_in(K_MAIL, dt, mf, ip, "vps%d.hostingcloud.top" % R.randint(100, 999),
               ["spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (ip, mf, mf),
                "dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s" % ph], spf_res="neutral")
hdr += ['From: "AWS Certification" <noreply@%s>' % ph,
        "To: %s" % K_MAIL,
        "Subject: =?UTF-8?B?4pqg77iPIEZpbmFsIG5vdGljZTogeW91ciBBV1MgQ2VydGlmaWNhdGlvbiB3aWxsIGJl?=\n =?UTF-8?B?IHJldm9rZWQ=?=",
        "Date: %s" % rdate(dt, 8),
        "Message-ID: <%s@%s>" % (hexs(20), ph)]
txt = """Dear Certified Professional,

Our system detect unusual activity on your AWS Certification profile (Candidate ID AWS 31482096). According to the AWS Certification Program Agreement, your certification will be revoked within 24 hours unless you verify your identity.

Please verify now: https://%s/verify?cid=AWS31482096&t=%s

After verification your certification and digital badges will stay active.

AWS Certification Security Team
""" % (ph, hexs(16))
emit("059-phish-revocation-not-merge.eml", hdr, text_body(txt, charset="utf-8", cte="base64"),
     L("unrelated", None, ["AWS31482096"], False))

# ---- 060 Japanese survey for a BILLING case (nifty, B) -> unrelated
B_BILL = case15(T("2025-06-16 00:41:09"), 373)
dt = T("2025-06-18 03:05:27")
y, n = survey_links(B_BILL)
txt = """田中 美咲 様

このたびは AWS サポートをご利用いただき、誠にありがとうございました。
ケース %s（件名：5 月分の請求額について／クレジットカードの二重請求）はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。

問題は解決しましたか？
　はい：%s
　いいえ：%s

※本メールは送信専用アドレスから配信しております。

アマゾン ウェブ サービス
""" % (B_BILL, y, n)
hdr = aws_std(B_MAIL, dt, ew("AWS サポートに関するアンケートのお願い（ケース %s）" % B_BILL, "iso-2022-jp"),
              from_addr=NOREPLY, inbound="jp", jp=NIFTY)
emit("060-ja-billing-case-survey.eml", hdr, text_body(txt, charset="iso-2022-jp", cte="7bit"),
     L("unrelated", B_BILL, [], True, "ja"))


# ================================================================ WRITE (keep last)
def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for name, raw, lab in MAILS:
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS), "mails")



def sanity():
    import email
    from email.utils import parsedate_to_datetime
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(labels) == files, "labels/files mismatch"
    idre = re.compile(r"aws[\s-]?(\d{8})(?!\d)", re.I)
    quote_re = re.compile(r"^(>|On .* wrote:|-----Original Message-----|-------- Original Message|_{20,}|\d{4}年\d+月\d+日.*:$|From: .*<)", re.M)
    problems = 0
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        email.message_from_bytes(raw)  # compat32 too
        lab = labels[f]
        subj = str(m["subject"])
        texts = []
        for part in m.walk():
            if part.get_content_maintype() == "text":
                try:
                    t = part.get_content()
                except Exception as e:  # wrong charset label etc.
                    t = part.get_payload(decode=True).decode("latin-1")
                if part.get_content_subtype() == "html":
                    t = re.sub(r"<[^>]+>", " ", t).replace("&gt;", ">").replace("&amp;", "&")
                texts.append(t)
        full = subj + "\n" + "\n".join(texts)
        first = texts[0] if texts else ""
        mq = quote_re.search(first)
        new = subj + "\n" + (first[:mq.start()] if mq else first)
        ids_full = {"AWS" + x for x in idre.findall(full)}
        ids_new = sorted({"AWS" + x for x in idre.findall(new)})
        for i in lab["account_ids"]:
            if i not in ids_full:
                print("!! %s: id %s not in text" % (f, i)); problems += 1
        if ids_new != lab["account_ids"]:
            print("?? %s: heuristic new-text ids %s vs label %s" % (f, ids_new, lab["account_ids"]))
        if lab["case_id"] and lab["case_id"] not in full:
            print("!! %s: case id not in text" % f); problems += 1
        if lab["case_id"] and len(lab["case_id"]) == 15:
            opened = int(lab["case_id"][:10])
            sent = parsedate_to_datetime(m["date"]).timestamp()
            if not (0 <= sent - opened < 30 * 86400):
                print("!! %s: case id time %d vs date %d" % (f, opened, sent)); problems += 1
        ars = m.get_all("Authentication-Results") or []
        if not ars and lab["sender_verified"] is not None:
            print("!! %s: no A-R but sender_verified set" % f); problems += 1
        if ars and lab["sender_verified"] is None:
            print("!! %s: A-R present but null" % f); problems += 1
        print("%-52s %-29s %-16s %-5s %s %s" % (f, lab["kind"], lab["case_id"], lab["sender_verified"], lab["language"], ",".join(lab["account_ids"])))
    print("problems:", problems)
    from collections import Counter
    print(Counter(v["kind"] for v in labels.values()))


write_all()
sanity()
