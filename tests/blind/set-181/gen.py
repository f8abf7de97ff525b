#!/usr/bin/env python3
"""Generator for blind set 181: Japanese-heavy AWS Certification account-merge mailbox.

Writes NNN-*.eml and labels.json into this folder.
"""
import base64
import io
import json
import os
import quopri
import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(181181)
LABELS = {}
COUNTER = [0]

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


# ----------------------------------------------------------------- helpers
def b64r(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rnd.choice(alphabet) for _ in range(n))


def hexr(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def fold_b64(s, first=60, width=70, indent="\t "):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return "\n".join(out)


def case15(dt):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), rnd.randint(0, 99999))


def ses_id(dt, host="email.amazonses.com", prefix="0100"):
    ms = int(dt.timestamp() * 1000) + rnd.randint(0, 900)
    return "<%s%012x-%s-000000@%s>" % (prefix, ms, uid(), host)


def rfcdate(dt):
    return format_datetime(dt)


def ew(text, charset="utf-8", enc="B", codec=None, chunk=None):
    """Encoded-word(s) written by hand, folded over lines."""
    codec = codec or charset
    if chunk is None:
        chunk = 12 if enc == "B" else 8
    words = []
    for i in range(0, len(text), chunk):
        part = text[i:i + chunk]
        raw = part.encode(codec)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                ("_" if c == 32 else "=%02X" % c) for c in raw)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def hdr_enc(text, charset="iso-2022-jp"):
    """Encoded via the email package's Header (as many MUAs do)."""
    return Header(text, charset, header_name="Subject").encode(linesep="\n", maxlinelen=76)


def part(text, subtype="plain", label="utf-8", codec=None, cte="quoted-printable",
         quote_label=True, extra_params=""):
    codec = codec or label
    if cte in ("7bit", "8bit"):
        text = text if text.endswith("\n") else text + "\n"
    raw = text.encode(codec)
    m = Message()
    lab = ('"%s"' % label) if quote_label else label
    m["Content-Type"] = "text/%s; charset=%s%s" % (subtype, lab, extra_params)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(plain, html, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html)
    return m


def mixed(inner, attachments, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    del m["MIME-Version"]
    m.attach(inner)
    for a in attachments:
        m.attach(a)
    return m


def java_boundary(dt):
    return "----=_Part_%d_%d.%d" % (rnd.randint(100000, 9999999), rnd.randint(100000000, 2099999999),
                                     int(dt.timestamp() * 1000))


def gmail_boundary():
    return "000000000000" + hexr(16)


def outlook_boundary():
    return "_000_" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)) + "_"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def html_quote(text):
    lines = [l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l)
             for l in text.strip("\n").split("\n")]
    return '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + \
        "<br>\n".join(esc(l) for l in lines) + "</blockquote>"


# ------------------------------------------------------- quoting styles
def q_gt(text, depth=1):
    pre = "> " * depth
    return "\n".join((pre + l).rstrip() if l else pre.rstrip() for l in text.strip("\n").split("\n"))


WD_JA = "月火水木金土日"
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gmail_ja_attr(dt, name, addr):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()],
                                               dt.hour, dt.minute, name, addr)


def gmail_en_attr(dt, name, addr):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[dt.weekday()], MON_EN[dt.month - 1], dt.day,
                                                            dt.year, h, dt.minute, ap, name, addr)


def outlook_ja_block(dt, frm, to, subj):
    return ("差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s" %
            (frm, dt.year, dt.month, dt.day, dt.hour, dt.minute, to, subj))


def outlook_en_block(dt, frm, to, subj):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return ("From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" %
            (frm, days[dt.weekday()], months[dt.month - 1], dt.day, dt.year, h, dt.minute, ap, to, subj))


# ----------------------------------------------- transport / auth headers
SES_IPS = ["54.240.8.30", "54.240.27.17", "54.240.48.101", "54.240.9.88", "54.240.11.41",
           "54.240.60.7", "23.251.234.9", "54.240.13.44"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def dkim_sig(d, s, dt, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s" %
            (s, d, int(dt.timestamp()), h, b64r(43), fold_b64(b64r(342) + "=", 56)))


AMZ_SEL = "rjs3hfnxj3fvbq2xgnjbc2ivhaq4drhg"
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def aws_dkim(dt, from_dom="amazon.com"):
    return [dkim_sig(from_dom, AMZ_SEL, dt), dkim_sig("amazonses.com", SES_SEL, dt)]


def ar_gmail(dkims, spf, spf_from, ip, dmarc, from_dom, policy_str="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    parts = []
    for res, d, sel in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, b64r(8)))
    spf_txt = {"pass": "designates %s as permitted sender" % ip,
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (spf_from, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (spf_from, ip),
               "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, spf_from)}[spf]
    if spf == "pass":
        spf_txt = "google.com: domain of %s %s" % (spf_from, spf_txt)
    else:
        spf_txt = "google.com: " + spf_txt
    parts.append("spf=%s (%s) smtp.mailfrom=%s" % (spf, spf_txt, spf_from))
    if dmarc:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy_str, from_dom))
    return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(ip, mailfrom_dom, dkim, dkim_d, dmarc, from_dom, compauth="pass reason=100", action="none", spf=None):
    dk = "dkim=%s (signature was verified)" % dkim if dkim == "pass" else \
        ("dkim=none (message not signed)" if dkim == "none" else "dkim=fail (body hash did not verify)")
    hd = " header.d=%s;" % dkim_d if dkim != "none" else " header.d=none;"
    if spf is None:
        spf = "pass" if mailfrom_dom.endswith("amazonses.com") or dmarc == "pass" else "softfail"
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n%sdmarc=%s action=%s\n header.from=%s;compauth=%s" %
            (spf, ip, mailfrom_dom, dk, hd, dmarc, action, from_dom, compauth))


def ar_jp(authserv, spf, mailfrom, dkim, dkim_d, dmarc, from_dom, style=0):
    if style == 0:
        s = "Authentication-Results: %s; spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s" % (
            authserv, spf, mailfrom, dkim, dkim_d)
        if dmarc:
            s += ";\n dmarc=%s header.from=%s" % (dmarc, from_dom)
        return s
    s = "Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s" % (
        authserv, spf, mailfrom, dkim, dkim_d, dkim_d)
    if dmarc:
        s += ";\n\tdmarc=%s (p=quarantine dis=none) header.from=%s" % (dmarc, from_dom)
    return s


def gmail_top(rcpt, dt_local, ip, host, mailfrom):
    t = rfcdate(dt_local).replace("-0700", "-0700 (PDT)").replace("-0800", "-0800 (PST)")
    return [
        "Delivered-To: %s" % rcpt,
        "Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexr(4), hexr(3), hexr(4), hexr(4), b64r(10).replace("+", "a").replace("/", "b"), t),
        "X-Google-Smtp-Source: AGHT+I%s" % b64r(80),
        "X-Received: by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            hexr(4), hexr(3), hexr(4), hexr(4), hexr(10), rnd.randint(1, 99), int(dt_local.timestamp()) % 100000, t),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(dt_local.timestamp()), fold_b64(b64r(340) + "==", 60, 68, "         ")),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=feedback-id:date:message-id:mime-version:subject:to:from\n        :dkim-signature:dkim-signature;\n"
        "        bh=%s=;\n        fh=%s=;\n        b=%s" % (b64r(43), b64r(43), fold_b64(b64r(340) + "==", 60, 68, "         ")),
        "Return-Path: <%s>" % mailfrom,
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n"
        "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, hexr(13), hexr(17) + "si" + str(rnd.randint(1000000, 9999999)) + "ad", rnd.randint(100, 999), dt_local.strftime("%Y.%m.%d.%H.%M.%S"), rcpt, t),
    ]


def gmail_spf_line(res, ip, mailfrom):
    return "Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
        res, mailfrom, ip, ip) if res == "pass" else \
        "Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (
            res, mailfrom, ip, ip)


def outlook_top(dt, ip, host, consumer=True):
    t = rfcdate(dt.astimezone(UTC))
    pre = "TYCP286MB" if consumer else "OS3PR01MB"
    mid = "%s%04d.JPNP286.PROD.OUTLOOK.COM" % (pre, rnd.randint(1000, 9999))
    edge = "TY2PEPF0000%04d.apcprd03.prod.outlook.com" % rnd.randint(1000, 9999)
    return [
        "Received: from %s (2603:1096:400:%s::%d) by\n %s with HTTPS; %s" % (mid, hexr(3), rnd.randint(1, 99), mid, t),
        "Received: from %s (2603:1096:405:%s::%d)\n by %s (2603:1096:400:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.%d; %s" % (
            edge, hexr(3), rnd.randint(1, 99), mid, hexr(3), rnd.randint(1, 99), rnd.randint(10, 40), t),
        "Received: from %s (2603:10a6:20b:%s::%d) by\n %s (2603:1096:405:%s::%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.%d via\n Frontend Transport; %s" % (
            "AM4PEPF00027A6%d.eurprd04.prod.outlook.com" % rnd.randint(0, 9), hexr(3), rnd.randint(1, 99), edge,
            hexr(3), rnd.randint(1, 99), rnd.randint(10, 40), t),
    ]


def outlook_after_ar(dt, ip, host, mailfrom_dom):
    t = rfcdate(dt.astimezone(UTC))
    return [
        "Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            mailfrom_dom, ip, ip, host),
        "Received: from %s (%s) by\n AM4PEPF00027A6%d.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.%d via\n Frontend Transport; %s" % (
            host, ip, rnd.randint(0, 9), rnd.randint(2, 250), rnd.randint(10, 40), t),
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % rfcdate(dt.astimezone(UTC)).replace("+0000", "").strip(),
        "X-MS-Exchange-Organization-Network-Message-Id: %s" % uid(),
        "X-MS-Exchange-Organization-SCL: 1",
    ]


def jp_received(dt, mx, ip, host, rcpt, extra_hop=None):
    t = rfcdate(dt.astimezone(JST))
    hops = []
    if extra_hop:
        hops.append("Received: from %s (%s [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            extra_hop, extra_hop, extra_hop, "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)), rcpt, t))
    hops.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        host, host, ip, mx, b64r(12).replace("/", "x").replace("+", "Q"), rcpt, t))
    return hops


def ses_tail(dt):
    return ["X-SES-Outgoing: %s-%s" % (dt.strftime("%Y.%m.%d"), SES_IPS[rnd.randint(0, len(SES_IPS) - 1)]),
            "Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % b64r(43)]


# ------------------------------------------------------------- writer
ID_RE = re.compile(r"AWS[\s\-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    t = unicodedata.normalize("NFKC", text)
    return sorted(set("AWS" + m.group(1) for m in ID_RE.finditer(t)))


def write(slug, kind, lang, case_id, sv, headers, body, new_text, expect_ids=None):
    """headers: list of raw header strings (top to bottom), body: MIME Message."""
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], slug)
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep="\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(body)
    raw_body = buf.getvalue()
    head = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    data = head.encode("ascii") + raw_body
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    acc = ids_in(new_text)
    if expect_ids is not None:
        assert sorted(expect_ids) == acc, (fname, acc, expect_ids)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": acc, "sender_verified": sv,
                     "language": lang}
    return fname


# ------------------------------------------------------ sender templates
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def aws_headers(dt, rcpt, frm, subject, msgid=None, rx="gmail", to_disp=None, ar_override=None,
                dkim_override=None, extra=None, reply_to=None, from_dom="amazon.com"):
    """Genuine AWS SES mail as received by gmail / outlook / a JP provider."""
    ip = rnd.choice(SES_IPS)
    host = ses_host(ip)
    mailfrom = "%s@email.amazonses.com" % ses_id(dt).strip("<>").split("@")[0]
    msgid = msgid or ses_id(dt)
    h = []
    if rx == "gmail":
        h += gmail_top(rcpt, dt.astimezone(PDT if 3 <= dt.month <= 10 else PST), ip, host, mailfrom)
        h.append(gmail_spf_line("pass", ip, mailfrom))
        h.append(ar_override or ar_gmail([("pass", "amazon.com", AMZ_SEL[:8]), ("pass", "amazonses.com", SES_SEL[:8])],
                                         "pass", mailfrom, ip, "pass", from_dom))
    elif rx == "outlook":
        h += outlook_top(dt, ip, host)
        h.append(ar_override or ar_outlook(ip, "email.amazonses.com", "pass", "amazon.com", "pass", from_dom))
        h += outlook_after_ar(dt, ip, host, "email.amazonses.com")
    elif rx == "none":
        t = rfcdate(dt.astimezone(JST))
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Received: from mail.intra.local ([10.2.0.15])\n\tby pop.intra.local (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
            b64r(16).replace("/", "k").replace("+", "z"), rcpt, t))
        h.append("Received: from %s (%s [%s])\n\tby mail.intra.local (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)), rcpt, t))
    else:  # (authserv, mx, style, with_dmarc)
        authserv, mx, style, with_dmarc = rx
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Delivered-To: %s" % rcpt)
        h += jp_received(dt, mx, ip, host, rcpt)
        h.append(ar_override or ar_jp(authserv, "pass", mailfrom.split("@")[1], "pass", "amazon.com",
                                      "pass" if with_dmarc else None, from_dom, style))
    if extra:
        h += extra
    h += dkim_override if dkim_override is not None else aws_dkim(dt)
    h.append("From: %s" % frm)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h.append("To: %s" % (to_disp or rcpt))
    h.append("Subject: %s" % subject)
    h.append("Date: %s" % rfcdate(dt.astimezone(UTC)))
    h.append("Message-ID: %s" % msgid)
    h += ses_tail(dt)
    return h


def aws_html(inner_html, lang="ja", footer_html=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            "<body style=\"margin:0;padding:0;background:#f2f3f3\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:'Amazon Ember',Arial,'Meiryo',sans-serif;font-size:14px;color:#16191f\">\n"
            "<tr><td style=\"background:#232f3e;padding:16px 24px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" width=\"80\" alt=\"AWS\"></td></tr>\n"
            "<tr><td style=\"padding:24px\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded\">%s</td></tr>\n"
            "</table></td></tr></table>\n</body></html>\n" % (lang, inner_html, footer_html))


# =========================================================== MAILS START
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- thread P1
# 佐藤 健太 / Gmail / form desk case (15 digits)
P1 = dict(name="佐藤 健太", addr="kenta.sato.dev@gmail.com")
P1_OPEN = datetime(2025, 5, 26, 1, 14, 7, tzinfo=UTC)
P1_CASE = case15(P1_OPEN)
P1_OLD, P1_KEEP = "AWS04718263", "AWS10582947"
P1_FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P1_CASE
P1_FORM_TEXT = """Inquiry type: Certification
Detail: Account Merge
Name: 佐藤 健太
Email: kenta.sato.dev@gmail.com
AWS candidate ID: %s
Description: 会社のアカウント(%s)と個人のアカウント(%s)の2つがあります。個人の方に一本化したいです。
""" % (P1_KEEP, P1_OLD, P1_KEEP)


@mail
def m_p1_ack():
    dt = P1_OPEN + timedelta(seconds=41)
    new = """佐藤 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせフォームの送信内容をもとに自動でお送りしております。

お問い合わせを承り、下記のケースをお作りいたしました。

  ケース番号　　　: %s
  お問い合わせ種別: Certification (認定)
  詳細　　　　　　: Account Merge

担当者より、原則として 24 時間以内にご連絡を差し上げます。
恐れ入りますが、同じご依頼について新たにお問い合わせを作成されますと、
かえってご案内が遅れる場合がございますので、ご遠慮くださいますようお願いいたします。
補足がございましたら、件名を変えずに本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

--
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % P1_CASE
    subj = "[CASE %s] " % P1_CASE + hdr_enc("AWS トレーニングと認定へのお問い合わせありがとうございます", "iso-2022-jp")
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    h = aws_headers(dt, P1["addr"], AWS_FORM, subj)
    write("form-ack-iso2022jp", "case_created", "ja", P1_CASE, True, h, body, new, [])


@mail
def m_p1_confirm():
    dt = datetime(2025, 5, 27, 2, 40, 18, tzinfo=UTC)
    new = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の田中でございます。

ご依頼いただきました認定アカウントの一本化につきまして、下記の内容で手続きを進めさせていただく予定でございます。

  ・併合元(今後はご利用いただけなくなるアカウント): %s
  ・存続するアカウント: %s

手続き後は、%s に記録されている認定資格、受験履歴および特典(50%% 割引バウチャー等)が、すべて %s へ移されます。
なお、一度実施いたしますと元の状態に戻すことはできかねますので、あらかじめご了承ください。

上記の内容にお間違いがなければ、恐れ入りますが本メールにその旨ご返信くださいますようお願い申し上げます。
お返事を頂戴し次第、作業に取りかからせていただきます。

何卒よろしくお願い申し上げます。

田中
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % (P1_OLD, P1_KEEP, P1_OLD, P1_KEEP)
    quoted = "\n-------- お問い合わせ内容 --------\n" + P1_FORM_TEXT
    text = new + quoted
    html = aws_html(html_paras(new) + "\n<hr>\n" + html_quote(quoted), "ja",
                    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.")
    b = alt(part(text), part(html, "html"), java_boundary(dt))
    h = aws_headers(dt, P1["addr"], AWS_FORM, P1_FORM_SUBJ)
    write("form-agent-tanaka-1", "merge_confirmation_requested", "ja", P1_CASE, True, h, b, new, [P1_OLD, P1_KEEP])


P1_CONFIRM_TXT = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の田中でございます。

ご依頼いただきました認定アカウントの一本化につきまして、下記の内容で手続きを進めさせていただく予定でございます。

  ・併合元(今後はご利用いただけなくなるアカウント): %s
  ・存続するアカウント: %s
(以下略)""" % (P1_OLD, P1_KEEP)


@mail
def m_p1_proceed():
    dt = datetime(2025, 5, 27, 23, 55, 2, tzinfo=UTC)
    user_dt = datetime(2025, 5, 27, 11, 40, tzinfo=JST)
    agent_dt = datetime(2025, 5, 27, 11, 40, tzinfo=JST) - timedelta(minutes=0)
    new = """佐藤 健太 様

ご返信いただき、ありがとうございます。田中でございます。

お知らせいただいた内容、承知いたしました。
これより担当部署にて併合の手続きに入らせていただきます。
作業が済みましたら、あらためて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

引き続きよろしくお願い申し上げます。

田中
AWS トレーニングと認定 カスタマーサポート
"""
    user_reply = """詳細に間違いはありません。併合を進めてください。
The details are correct. Please proceed with the merge.

佐藤

""" + gmail_ja_attr(datetime(2025, 5, 27, 11, 40, tzinfo=JST), "Amazon Web Services",
                    "aws-cs-trainingcertification-form@amazon.com") + "\n" + q_gt(P1_CONFIRM_TXT)
    quoted = "\n" + gmail_ja_attr(datetime(2025, 5, 28, 8, 2, tzinfo=JST), "佐藤 健太", P1["addr"]) + "\n" + q_gt(user_reply)
    text = new + quoted
    body = part(text, label="iso-2022-jp", codec="iso-2022-jp", cte="7bit", quote_label=False)
    h = aws_headers(dt, P1["addr"], AWS_FORM, P1_FORM_SUBJ)
    write("form-agent-tanaka-2", "support_reply", "ja", P1_CASE, True, h, body, new, [])


@mail
def m_p1_done():
    dt = datetime(2025, 5, 28, 6, 12, 44, tzinfo=UTC)
    new = """佐藤 健太 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの田中でございます。

ご依頼いただいておりましたアカウントの一本化につきまして、本日すべての作業が終了いたしました。
今後は %s にて AWS Certification アカウントへサインインしていただけます。

お手数ですが、以下の点をご覧いただけますと幸いです。
  - お持ちの認定資格がすべて表示されていること
  - 特典(割引バウチャー等)が引き継がれていること
Credly のバッジにつきましては、反映までに数日かかる場合がございます。

このたびはご不便をおかけいたしました。ほかにお困りのことがございましたら、お気軽にお申し付けください。

田中
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % P1_KEEP
    html = aws_html(html_paras(new), "ja")
    b = alt(part(new, cte="base64"), part(html, "html", cte="base64"), java_boundary(dt))
    h = aws_headers(dt, P1["addr"], AWS_FORM, P1_FORM_SUBJ)
    write("form-agent-tanaka-3", "merge_completed", "ja", P1_CASE, True, h, b, new, [P1_KEEP])


@mail
def m_p1_survey():
    dt = datetime(2025, 5, 28, 6, 13, 30, tzinfo=UTC)
    link = "https://survey.aws.training/s/%s?caseId=%s&lang=ja" % (hexr(12), P1_CASE)
    new = """佐藤 健太 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

ケース %s は解決済みとなりました。
今回のご対応について、ご意見をお聞かせいただけませんでしょうか。所要時間は 1 分ほどです。

お問い合わせは解決しましたか?
  はい: %s&resolved=yes
  いいえ: %s&resolved=no

担当者の対応を 5 段階で評価してください:
  %s&rating=

いただいたご意見は、サービス向上のために活用させていただきます。
なお、本メールは送信専用です。

AWS トレーニングと認定
""" % (P1_CASE, link, link, link)
    inner = """<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>ケース <b>%s</b> は解決済みとなりました。<br>今回のご対応について、ご意見をお聞かせいただけませんでしょうか。所要時間は 1 分ほどです。</p>
<p style="font-size:16px;font-weight:bold">お問い合わせは解決しましたか?</p>
<table><tr>
<td style="padding:8px 20px;background:#ec7211"><a style="color:#fff;text-decoration:none" href="%s&amp;resolved=yes">はい</a></td><td width="12"></td>
<td style="padding:8px 20px;background:#545b64"><a style="color:#fff;text-decoration:none" href="%s&amp;resolved=no">いいえ</a></td>
</tr></table>
<p>担当者の対応を評価してください</p>
<p>%s</p>
<p>なお、本メールは送信専用です。</p>
<p>AWS トレーニングと認定</p>""" % (P1_CASE, esc(link), esc(link),
                                   " ".join('<a href="%s&amp;rating=%d">&#9733;%d</a>' % (esc(link), i, i) for i in range(1, 6)))
    b = alt(part(new), part(aws_html(inner), "html"), java_boundary(dt))
    subj = hdr_enc("ケース %s に関するご意見をお聞かせください" % P1_CASE, "utf-8")
    h = aws_headers(dt, P1["addr"], '"AWS Training and Certification" <no-reply@training.aws.amazon.com>', subj, from_dom="training.aws.amazon.com")
    write("form-case-feedback", "survey", "ja", P1_CASE, True, h, b, new, [])


# ---------------------------------------------------------------- thread P2
# 山本 美咲 / outlook.jp / console support case, three accounts
P2 = dict(name="山本 美咲", addr="misaki.yamamoto@outlook.jp")
P2_OPEN = datetime(2025, 9, 8, 0, 31, 52, tzinfo=UTC)
P2_CASE = case15(P2_OPEN)
P2_A, P2_KEEP, P2_C = "AWS21094736", "AWS30651829", "AWS08847120"
P2_CASE_SUBJ = "認定アカウントを1つにまとめたい"
P2_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % P2_CASE
CONSOLE_FOOTER_JA = """このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。
ケースへのご返信は AWS サポートセンターからお願いいたします:
%s

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
本メールは Amazon Web Services, Inc.(410 Terry Ave. North, Seattle, WA 98109-5210)により作成・配信されています。"""


@mail
def m_p2_ack():
    dt = P2_OPEN + timedelta(seconds=9)
    new = """山本 美咲 様

Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせの内容について、以下のとおりサポートケースをお作りしました。

ケース ID: %s
件名: %s (%s / %s / %s)
重要度: 一般的なガイダンス
カテゴリ: Training and Certification / Account Merge

担当者からの回答は、サポートセンターのケース詳細ページに掲載され、あわせてメールでもお知らせします。
ケースの内容は次のページからご覧いただけます:
%s

よろしくお願いいたします。
Amazon Web Services

""" % (P2_CASE, P2_CASE_SUBJ, P2_A, P2_KEEP, P2_C, P2_URL) + CONSOLE_FOOTER_JA % P2_URL
    inner = """<p>山本 美咲 様</p>
<p>Amazon Web Services をご利用いただき、ありがとうございます。<br>お問い合わせの内容について、以下のとおりサポートケースをお作りしました。</p>
<table cellpadding="4" style="border:1px solid #eaeded;font-size:14px">
<tr><td style="color:#687078">ケース ID</td><td><b>%s</b></td></tr>
<tr><td style="color:#687078">件名</td><td>%s (%s / %s / %s)</td></tr>
<tr><td style="color:#687078">重要度</td><td>一般的なガイダンス</td></tr>
<tr><td style="color:#687078">カテゴリ</td><td>Training and Certification / Account Merge</td></tr>
</table>
<p>担当者からの回答は、サポートセンターのケース詳細ページに掲載され、あわせてメールでもお知らせします。</p>
<p><a href="%s" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">ケースを表示</a></p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>""" % (P2_CASE, esc(P2_CASE_SUBJ), P2_A, P2_KEEP, P2_C, esc(P2_URL))
    foot = html_paras(CONSOLE_FOOTER_JA % P2_URL)
    b = alt(part(new), part(aws_html(inner, "ja", foot), "html"), java_boundary(dt))
    subj = hdr_enc("Amazon Web Services: 新しいサポートケースが作成されました: %s" % P2_CASE, "utf-8")
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-new-case-ja", "case_created", "ja", P2_CASE, True, h, b, new, [P2_A, P2_KEEP, P2_C])


@mail
def m_p2_notice():
    dt = datetime(2025, 9, 9, 3, 7, 15, tzinfo=UTC)
    new = """山本 美咲 様

ケース %s (%s) に、AWS サポートからの新しい返信が追加されました。

返信の内容は、AWS サポートセンターにサインインしてご覧ください。
%s

このメールは自動送信されています。

""" % (P2_CASE, P2_CASE_SUBJ, P2_URL) + CONSOLE_FOOTER_JA % P2_URL
    subj = "[Case %s] " % P2_CASE + ew("新しいやり取りが追加されました", "UTF-8", "Q")
    body = part(new, cte="quoted-printable")
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-new-correspondence", "support_reply", "ja", P2_CASE, True, h, body, new, [])


@mail
def m_p2_confirm():
    dt = datetime(2025, 9, 9, 3, 7, 20, tzinfo=UTC)
    new = """こんにちは 山本 美咲 様、

AWS トレーニングと認定にご連絡いただきありがとうございます。私は本日あなたのケースを担当する Kevin です。

私たちは、あなたの認定アカウントを 1 つに結合するリクエストを受け取りました。私たちのシステムで調べたところ、以下の 3 つのアカウントが見つかりました:

    AWS 21094736 (ログイン: misaki.y@example-corp.co.jp)
    AWS-30651829 (ログイン: misaki.yamamoto@outlook.jp)
    aws08847120 (ログイン: m.yamamoto.1990@gmail.com)

リクエストに基づき、AWS21094736 と AWS08847120 は AWS30651829 に結合され、AWS30651829 だけが残ります。結合された後、他の 2 つのアカウントにはログインできなくなります。

この操作は元に戻すことができないことに注意してください。

上記の内容で進めてもよい場合は、このケースにサポートセンターから返信して、あなたの同意を知らせてください。結合が終わった後、私たちはあなたに再度連絡します。

よろしくお願いします、

Kevin
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P2_CASE) + CONSOLE_FOOTER_JA % P2_URL
    b = alt(part(new, cte="base64"), part(aws_html(html_paras(new)), "html", cte="base64"), java_boundary(dt))
    subj = "RE:[CASE %s] " % P2_CASE + ew(P2_CASE_SUBJ, "utf-8", "B", chunk=10)
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-agent-kevin-1", "merge_confirmation_requested", "ja", P2_CASE, True, h, b, new,
          [P2_A, P2_KEEP, P2_C])


@mail
def m_p2_done():
    dt = datetime(2025, 9, 10, 17, 48, 2, tzinfo=UTC)
    new = """こんにちは 山本 美咲 様、

ご返信ありがとうございました。

あなたのアカウントの結合が正常に行われたことをお知らせします。これからは AWS30651829 (misaki.yamamoto@outlook.jp) を使って AWS Certification アカウントにサインインしてください。以前のアカウントに紐付いていた 4 つの認定はすべてこのアカウントで見ることができます。

Credly のデジタルバッジは、24～48 時間以内にあなたの Credly アカウントに移動されます。

もし他に質問があれば、このケースを再度開いてください。

よろしくお願いします、

Kevin
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P2_CASE) + CONSOLE_FOOTER_JA % P2_URL
    b = alt(part(new), part(aws_html(html_paras(new)), "html"), java_boundary(dt))
    subj = "RE:[CASE %s] " % P2_CASE + ew(P2_CASE_SUBJ, "utf-8", "B", chunk=10)
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-agent-kevin-2", "merge_completed", "ja", P2_CASE, True, h, b, new, [P2_KEEP])


@mail
def m_p2_survey():
    dt = datetime(2025, 9, 13, 18, 0, 11, tzinfo=UTC)
    fb = "https://console.aws.amazon.com/support/feedback?caseId=case-%s-mui-2025-%s&displayId=%s&language=ja" % (
        hexr(12), hexr(16), P2_CASE)
    inner = """<p style="font-size:18px;font-weight:bold">お問い合わせは解決しましたか?</p>
<p>山本 美咲 様</p>
<p>ケース %s 「%s」は、解決済みとしてマークされました。今後の改善のため、ぜひご意見をお寄せください。</p>
<table><tr>
<td style="background:#1d8102;padding:10px 24px"><a href="%s&amp;resolved=true" style="color:#fff;text-decoration:none">はい</a></td>
<td width="16"></td>
<td style="background:#d13212;padding:10px 24px"><a href="%s&amp;resolved=false" style="color:#fff;text-decoration:none">いいえ</a></td>
</tr></table>
<p>担当者のサポートはいかがでしたか? 星の数で評価してください。</p>
<p>%s</p>
<p>さらにお手伝いが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。<br>
<a href="%s">%s</a></p>
<p>ご利用ありがとうございました。<br>Amazon Web Services</p>""" % (
        P2_CASE, esc(P2_CASE_SUBJ), esc(fb), esc(fb),
        "".join('<a href="%s&amp;rating=%d" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' % (esc(fb), i) for i in range(1, 6)),
        esc(P2_URL), esc(P2_URL))
    body = part(aws_html(inner, "ja", html_paras(CONSOLE_FOOTER_JA % P2_URL)), "html", cte="quoted-printable")
    new = re.sub(r"<[^>]+>", " ", inner)
    subj = hdr_enc("Amazon Web Services: ケース %s は解決済みです" % P2_CASE, "utf-8")
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-resolved-html", "survey", "ja", P2_CASE, True, h, body, new, [])


# ---------------------------------------------------------------- thread P3
# 高橋 翔 / biglobe / form desk 2022, 11-digit case, plain register
P3 = dict(name="高橋 翔", addr="sho-takahashi@kfa.biglobe.ne.jp")
P3_CASE = "10962351871"
P3_KEEP, P3_OLD = "AWS55023918", "AWS61734402"
P3_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P3_CASE
P3_RX = ("mx.biglobe.ne.jp", "mxs01.biglobe.ne.jp", 0, True)


@mail
def m_p3_ack():
    dt = datetime(2022, 10, 3, 5, 22, 40, tzinfo=UTC)
    new = """高橋 翔 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
以下のケース番号でお問い合わせをお預かりしました。

ケース番号: %s

通常 1 営業日以内に担当者からご連絡します。
この件で追加の情報がある場合は、件名を変えずにこのメールに返信してください。
同じ内容で新しいお問い合わせを送信すると、対応が遅れることがあります。

AWS トレーニングと認定

----------------------------------------------------------------
Thank you for contacting AWS Training and Certification.
Your inquiry has been logged as case %s. A member of our team will
respond within one business day. To add information, reply to this
e-mail without changing the subject line.
""" % (P3_CASE, P3_CASE)
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    subj = "[CASE %s] " % P3_CASE + hdr_enc("お問い合わせありがとうございます / Thank you for contacting us", "iso-2022-jp")
    h = aws_headers(dt, P3["addr"], AWS_FORM, subj, rx=P3_RX)
    write("form-ack-2022-bilingual", "case_created", "ja", P3_CASE, True, h, body, new, [])


P3_Q1 = """高橋様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの鈴木です。

お送りいただいた情報から、次の2つの認定アカウントが見つかりました。
- AWS55023918
- AWS61734402

手続きを進めるために、以下を教えてください。
1. 今後も使い続けたいのはどちらのアカウントですか。
2. それぞれのアカウントにサインインするときのメールアドレス
3. 通知用メールアドレス(サインイン用と違う場合のみ)

このメールにそのまま返信してください。

鈴木
AWS トレーニングと認定サポート
"""


@mail
def m_p3_ask():
    dt = datetime(2022, 10, 4, 1, 3, 12, tzinfo=UTC)
    new = P3_Q1
    body = part(new, label="utf-8", cte="base64")
    h = aws_headers(dt, P3["addr"], AWS_FORM, P3_SUBJ, rx=P3_RX)
    write("form-agent-suzuki-ask", "support_reply", "ja", P3_CASE, True, h, body, new, [P3_KEEP, P3_OLD])


@mail
def m_p3_chaser():
    dt = datetime(2022, 10, 7, 0, 45, 1, tzinfo=UTC)
    new = """高橋様

鈴木です。10月4日にお送りしたメールについて、まだお返事をいただいていないようでしたので、もう一度ご連絡しました。

前回お願いした情報(使い続けたいアカウントと、各アカウントのサインイン用メールアドレス)をお知らせください。
5営業日以内にお返事がない場合、このケースはいったん解決済みになりますが、このメールに返信すればいつでも再開できます。

鈴木
AWS トレーニングと認定サポート
"""
    quoted = "\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 2022/10/04 10:03\nTo: %s\nSubject: %s\n\n%s" % (
        P3["addr"], P3_SUBJ, P3_Q1)
    body = part(new + quoted, label="utf-8", cte="quoted-printable")
    h = aws_headers(dt, P3["addr"], AWS_FORM, P3_SUBJ, rx=P3_RX)
    write("form-agent-suzuki-nudge", "support_reply", "ja", P3_CASE, True, h, body, new, [])


@mail
def m_p3_confirm():
    dt = datetime(2022, 10, 11, 2, 30, 55, tzinfo=UTC)
    new = """高橋様

お返事ありがとうございます。鈴木です。

いただいた内容をもとに、次のとおり2つのアカウントを1つにまとめます。

  なくなるアカウント: aws61734402 (sho.takahashi@old-company.co.jp)
  残るアカウント    : aws55023918 (sho-takahashi@kfa.biglobe.ne.jp)

なくなる方の認定や受験の記録は、すべて残る方に移ります。
一度まとめると元には戻せません。この内容でよければ、このメールに「はい、お願いします」と返信してください。

鈴木
AWS トレーニングと認定サポート
"""
    user = """鈴木様

お世話になっております。高橋です。
残したいのは AWS55023918 の方です。
AWS55023918: sho-takahashi@kfa.biglobe.ne.jp
AWS61734402: sho.takahashi@old-company.co.jp (退職済みのためもう使えません)

よろしくお願いします。
高橋 翔
"""
    quoted = "\n-----Original Message-----\nFrom: 高橋 翔 <%s>\nSent: Monday, October 10, 2022 9:12 PM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: Re: %s\n\n%s" % (
        P3["addr"], P3_SUBJ, user)
    body = part(new + quoted, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    h = aws_headers(dt, P3["addr"], AWS_FORM, P3_SUBJ, rx=P3_RX)
    write("form-agent-suzuki-proposal", "merge_confirmation_requested", "ja", P3_CASE, True, h, body, new,
          [P3_KEEP, P3_OLD])


@mail
def m_p3_done():
    dt = datetime(2022, 10, 12, 8, 1, 9, tzinfo=UTC)
    new = """高橋様

鈴木です。
アカウントを1つにまとめる作業が終わりました。今後は AWS55023918 をお使いください。

認定資格の一覧と、特典のページも一度ご覧いただくと安心です。
Credly のバッジは数日で新しい方に表示されるはずです。表示されない場合は、このメールに返信してください。

このケースは解決済みにします。ありがとうございました。

鈴木
AWS トレーニングと認定サポート
"""
    body = part(new, label="Shift_JIS", codec="shift_jis", cte="base64")
    h = aws_headers(dt, P3["addr"], AWS_FORM, P3_SUBJ, rx=P3_RX)
    write("form-agent-suzuki-done-sjis", "merge_completed", "ja", P3_CASE, True, h, body, new, [P3_KEEP])


# ---------------------------------------------------------------- thread P4
# 中村 由紀 / nifty / console case (English console template, 2026)
P4 = dict(name="Yuki Nakamura", addr="nakamura.yuki@nifty.com")
P4_OPEN = datetime(2026, 1, 19, 4, 55, 10, tzinfo=UTC)
P4_CASE = case15(P4_OPEN)
P4_KEEP, P4_OLD = "AWS72219053", "AWS19460385"
P4_RX = ("mx.nifty.com", "mta-rcv02.nifty.com", 1, True)
P4_SUBJ = "Merge certification accounts"
P4_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % P4_CASE
CONSOLE_FOOTER_EN = """Please do not reply to this email. This email address does not accept replies.
To reply to this case, sign in to the AWS Support Center:
%s

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


@mail
def m_p4_ack():
    dt = P4_OPEN + timedelta(seconds=14)
    new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s (AWS72219053 / AWS19460385)
Severity: General guidance
Correspondence: 認定アカウントが2つあります。AWS72219053 を残して、もう片方をまとめてほしいです。
Please merge my two certification accounts and keep AWS72219053.

We will respond to you within 24 hours. You can view your case at:
%s

Best regards,
Amazon Web Services

""" % (P4_CASE, P4_CASE, P4_SUBJ, P4_URL) + CONSOLE_FOOTER_EN % P4_URL
    body = part(new, cte="base64")
    subj = "Amazon Web Services: You have opened a new Support case: %s" % P4_CASE
    h = aws_headers(dt, P4["addr"], AWS_NOREPLY, subj, rx=P4_RX)
    write("console-opened-en-nifty", "case_created", "en", P4_CASE, True, h, body, new, [P4_KEEP, P4_OLD])


@mail
def m_p4_confirm():
    dt = datetime(2026, 1, 20, 1, 12, 38, tzinfo=UTC)
    new = """Hello Yuki-san,

Thank you for contact to AWS Training and Certification. My name is Okada and I will take care of your case.

I checked our system and I could find below 2 accounts under your name.

  - Source account (will be removed): AWS19460385
  - Target account (will remain): AWS72219053

After the merge, all of your certifications, exam history and benefits in AWS19460385 will be moved to AWS72219053, and you cannot sign in AWS19460385 anymore. Please be noted this operation cannot be reverted.

If above is correct, could you please reply to this case from Support Center to let us know you agree? Once the merge is complete, we will send you notification by this case.

Best regards,
Okada
Amazon Web Services

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=en

""" % (hexr(32), P4_CASE) + CONSOLE_FOOTER_EN % P4_URL
    html = aws_html(html_paras(new), "en")
    b = alt(part(new, label="us-ascii", cte="7bit", quote_label=False), part(html, "html", label="us-ascii", cte="7bit"),
            java_boundary(dt))
    h = aws_headers(dt, P4["addr"], AWS_NOREPLY, "RE:[CASE %s] %s" % (P4_CASE, P4_SUBJ), rx=P4_RX)
    write("console-agent-okada-1", "merge_confirmation_requested", "en", P4_CASE, True, h, b, new, [P4_KEEP, P4_OLD])


@mail
def m_p4_proceed():
    dt = datetime(2026, 1, 20, 6, 40, 3, tzinfo=UTC)
    new = """中村 由紀 様

ご返信ありがとうございます。日本語でのご返信をいただきましたので、ここからは日本語でご案内させていただきます。

お知らせいただいた内容で差し支えないとのこと、承知いたしました。
さっそく AWS19460385 から AWS72219053 への移行手続きを担当チームに依頼いたしました。
通常は 1 から 3 営業日ほどで終わりますので、恐れ入りますが今しばらくお待ちいただけますと幸いです。
進展がございましたら、本ケースにてご連絡いたします。

岡田
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P4_CASE) + CONSOLE_FOOTER_JA % P4_URL
    body = part(new, cte="quoted-printable")
    h = aws_headers(dt, P4["addr"], AWS_NOREPLY, "RE:[CASE %s] %s" % (P4_CASE, P4_SUBJ), rx=P4_RX)
    write("console-agent-okada-2", "support_reply", "ja", P4_CASE, True, h, body, new, [P4_KEEP, P4_OLD])


@mail
def m_p4_done_close():
    dt = datetime(2026, 1, 22, 2, 19, 47, tzinfo=UTC)
    new = """中村 由紀 様

いつもお世話になっております。Amazon Web Services の岡田でございます。

お待たせいたしました。AWS19460385 の記録を AWS72219053 へ移す手続きが、本日無事に終わりました。
今後は AWS72219053 のみをご利用くださいませ。

ご依頼の件はこれにて対応済みとなりますので、本ケースは解決済みとさせていただきます。
後ほど満足度調査のご案内が届きましたら、ご協力いただけますと幸いです。

岡田
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P4_CASE) + CONSOLE_FOOTER_JA % P4_URL
    html = aws_html(html_paras(new))
    b = alt(part(new), part(html, "html"), java_boundary(dt))
    h = aws_headers(dt, P4["addr"], AWS_NOREPLY, "RE:[CASE %s] %s" % (P4_CASE, P4_SUBJ), rx=P4_RX)
    write("console-agent-okada-3", "merge_completed", "ja", P4_CASE, True, h, b, new, [P4_KEEP, P4_OLD])


# ---------------------------------------------------------------- thread P5
# 伊藤 大輔 / corporate M365 / form case, slow queue and duplicate case
P5 = dict(name="伊藤 大輔", addr="d-ito@hoshizora-sol.co.jp")
P5_OPEN = datetime(2024, 11, 12, 6, 2, 33, tzinfo=UTC)
P5_CASE = case15(P5_OPEN)
P5_OPEN2 = datetime(2024, 11, 19, 0, 48, 5, tzinfo=UTC)
P5_CASE2 = case15(P5_OPEN2)
P5_KEEP, P5_OLD = "AWS40098126", "AWS40871355"


def p5_subj(c):
    return "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % c


@mail
def m_p5_ack():
    dt = P5_OPEN + timedelta(seconds=30)
    new = """伊藤 大輔 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。

あなたのリクエストは私たちに届きました。あなたのケース番号は %s です。
私たちのチームのメンバーが、24 時間以内にあなたに返答します。

このケースに情報を追加したい場合は、このメールに返信してください。件名のケース番号は変更しないでください。
同じリクエストについて新しいケースを作成しないでください。それは私たちの対応を遅らせる可能性があります。

敬具
AWS トレーニングと認定チーム
""" % P5_CASE
    html = aws_html(html_paras(new))
    b = alt(part(new, cte="base64"), part(html, "html", cte="base64"), java_boundary(dt))
    subj = hdr_enc("[CASE %s] 私たちはあなたのリクエストを受け取りました" % P5_CASE, "utf-8")
    h = aws_headers(dt, P5["addr"], AWS_FORM, subj, rx="outlook")
    write("form-ack-translated", "case_created", "ja", P5_CASE, True, h, b, new, [])


@mail
def m_p5_ack2():
    dt = P5_OPEN2 + timedelta(seconds=27)
    new = """伊藤 大輔 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。

あなたのリクエストは私たちに届きました。あなたのケース番号は %s です。
私たちのチームのメンバーが、24 時間以内にあなたに返答します。

このケースに情報を追加したい場合は、このメールに返信してください。件名のケース番号は変更しないでください。
同じリクエストについて新しいケースを作成しないでください。それは私たちの対応を遅らせる可能性があります。

敬具
AWS トレーニングと認定チーム
""" % P5_CASE2
    html = aws_html(html_paras(new))
    b = alt(part(new, cte="base64"), part(html, "html", cte="base64"), java_boundary(dt))
    subj = hdr_enc("[CASE %s] 私たちはあなたのリクエストを受け取りました" % P5_CASE2, "utf-8")
    h = aws_headers(dt, P5["addr"], AWS_FORM, subj, rx="outlook")
    write("form-ack-translated-second", "case_created", "ja", P5_CASE2, True, h, b, new, [])


@mail
def m_p5_ask():
    dt = datetime(2024, 11, 20, 1, 15, 29, tzinfo=UTC)
    new = """伊藤 大輔 様

AWS トレーニングと認定 カスタマーサポートの森と申します。
このたびはご連絡が大変遅くなり、誠に申し訳ございません。

また、同じ内容で新たにお作りいただいたケース %s につきましては、本ケース %s にて一括してご対応させていただきます。

お手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

  1. 各アカウントにサインインする際にお使いのメールアドレス
  2. 今後お使いになるご予定のアカウント
  3. アカウントが複数作成された経緯(差し支えない範囲で構いません)

ご返信をいただき次第、速やかに次のご案内を差し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定 カスタマーサポート
""" % (P5_CASE2, P5_CASE)
    body = part(new, label="iso-2022-jp", codec="iso-2022-jp", cte="7bit")
    h = aws_headers(dt, P5["addr"], AWS_FORM, p5_subj(P5_CASE), rx="outlook")
    write("form-agent-mori-apology", "support_reply", "ja", P5_CASE, True, h, body, new, [])


@mail
def m_p5_confirm():
    dt = datetime(2024, 11, 21, 4, 51, 16, tzinfo=UTC)
    new = """伊藤 大輔 様

ご返信いただき、誠にありがとうございます。森でございます。

頂戴した情報をもとに、以下のとおり手続きを進めさせていただきたく存じます。

  存続アカウント　: AWS 40098126 (d-ito@hoshizora-sol.co.jp)
  併合されるアカウント: AWS 40871355 (daisuke.ito.0312@gmail.com)

AWS 40871355 に記録されている認定および受験履歴は、すべて AWS 40098126 へ引き継がれます。
本手続きは、実施後に取り消すことができません。
上記にお間違いがない場合は、その旨を本メールへご返信くださいますようお願い申し上げます。
併合の作業が終わり次第、改めて本ケースにてお知らせいたします。

なお、お問い合わせいただいておりました 50% 割引バウチャーにつきましては、併合後に AWS 40098126 の特典ページへ表示されます。
あわせて、バウチャーの有効期限についてご不明な点がございましたら、お気軽にお尋ねください。

森
AWS トレーニングと認定 カスタマーサポート
"""
    user = """森様

お世話になっております。星空ソリューションズの伊藤です。

1. AWS40098126: d-ito@hoshizora-sol.co.jp / AWS40871355: daisuke.ito.0312@gmail.com
2. 会社のアドレスの AWS40098126 を今後使いたいです。
3. 以前、個人のアドレスで受験したためです。

また、個人側で持っている 50% 割引バウチャーが使えなくなるのか心配です。

よろしくお願いいたします。

-- 
伊藤 大輔 (Daisuke Ito)
株式会社星空ソリューションズ クラウド推進部
"""
    quoted = "\n________________________________\n" + outlook_ja_block(
        datetime(2024, 11, 20, 18, 22, tzinfo=JST), "伊藤 大輔 <d-ito@hoshizora-sol.co.jp>",
        "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", p5_subj(P5_CASE)) + "\n\n" + user
    text = new + quoted
    html_body = html_paras(new) + '\n<div style="border-top:1px solid #e1e1e1;padding-top:6px">' + html_paras(quoted) + "</div>"
    b = alt(part(text, cte="quoted-printable"), part(aws_html(html_body), "html", cte="quoted-printable"),
            java_boundary(dt))
    h = aws_headers(dt, P5["addr"], AWS_FORM, p5_subj(P5_CASE), rx="outlook")
    write("form-agent-mori-proposal", "merge_confirmation_requested", "ja", P5_CASE, True, h, b, new,
          [P5_KEEP, P5_OLD])


@mail
def m_p5_close_notice():
    dt = datetime(2024, 11, 23, 9, 30, 2, tzinfo=UTC)
    link = "https://pages.awscloud.com/survey/tc-case?caseId=%s&loc=ja_JP&t=%s" % (P5_CASE, hexr(20))
    new = """伊藤 大輔 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

ケース番号 %s(アカウントの併合)は、担当者による作業が終わったため、解決済みとなりました。

今回のサポートはいかがでしたか。
以下のリンクから、担当者の対応を評価していただけますと幸いです(3 問、約 1 分)。
%s

※ 本メールは自動送信されています。ケースを再開したい場合は、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定
""" % (P5_CASE, link)
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    subj = "[CASE %s] " % P5_CASE + hdr_enc("サポートの評価にご協力ください", "iso-2022-jp")
    h = aws_headers(dt, P5["addr"], AWS_FORM, subj, rx="outlook")
    write("form-case-rating-request", "survey", "ja", P5_CASE, True, h, body, new, [])


# ---------------------------------------------------------------- generic non-AWS sender
def other_headers(dt, rcpt, frm, subject, rx, mailfrom, ip, host, dkim_d, from_dom, dmarc="pass",
                  spf="pass", dkim="pass", msgid=None, extra_dkim=(), tail=(), to_disp=None, reply_to=None,
                  dkim_sel="s1", policy_str="p=REJECT sp=REJECT dis=NONE", pre=(), date_tz=UTC):
    h = list(pre)
    mfdom = mailfrom.split("@")[1]
    if rx == "gmail":
        h += gmail_top(rcpt, dt.astimezone(PDT if 3 <= dt.month <= 10 else PST), ip, host, mailfrom)
        h.append(gmail_spf_line(spf, ip, mailfrom))
        dk = []
        if dkim_d:
            dk.append((dkim, dkim_d, dkim_sel))
        for d in extra_dkim:
            dk.append(("pass", d, "smtpapi"))
        h.append(ar_gmail(dk, spf, mailfrom, ip, dmarc, from_dom, policy_str))
    elif rx == "outlook":
        h += outlook_top(dt, ip, host)
        h.append(ar_outlook(ip, mfdom, dkim if dkim_d else "none", dkim_d or "none", dmarc, from_dom,
                            "pass reason=100" if dmarc == "pass" else "fail reason=000",
                            "quarantine" if dmarc == "fail" else "none", spf=spf))
        h += outlook_after_ar(dt, ip, host, mfdom)
    elif rx == "none":
        t = rfcdate(dt.astimezone(JST))
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Received: from mail.intra.local ([10.2.0.15])\n\tby pop.intra.local (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
            b64r(16).replace("/", "k").replace("+", "z"), rcpt, t))
        h.append("Received: from %s (%s [%s])\n\tby mail.intra.local (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)), rcpt, t))
    else:
        authserv, mx, style, with_dmarc = rx
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Delivered-To: %s" % rcpt)
        h += jp_received(dt, mx, ip, host, rcpt)
        h.append(ar_jp(authserv, spf, mfdom, dkim if dkim_d else "none", dkim_d or "none",
                       dmarc if with_dmarc else None, from_dom, style))
    if dkim_d:
        h.append(dkim_sig(dkim_d, dkim_sel, dt, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
    for d in extra_dkim:
        h.append(dkim_sig(d, "smtpapi", dt, "From:To:Subject:Date:Message-ID"))
    h.append("From: %s" % frm)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h.append("To: %s" % (to_disp or rcpt))
    h.append("Subject: %s" % subject)
    h.append("Date: %s" % rfcdate(dt.astimezone(date_tz)))
    h.append("Message-ID: %s" % (msgid or "<%s@%s>" % (uid(), mfdom)))
    h += list(tail)
    return h


def credly_headers(dt, rcpt, subject, rx, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                   dom="credly.com"):
    ip = "149.72.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "o%d.ptr%d.%s" % (rnd.randint(1, 9), rnd.randint(1000, 9999), "em.credly.com" if dom == "credly.com" else "mail.youracclaim.com")
    local = rcpt.replace("@", "=")
    mailfrom = "bounces+%d-%s-%s@em%d.%s" % (rnd.randint(1000000, 9999999), hexr(4), local, rnd.randint(1000, 9999), dom)
    msgid = "<%s.%d@geopod-ismtpd-%d>" % (b64r(22).replace("/", "_").replace("+", "-"), rnd.randint(1, 9), rnd.randint(1, 40))
    return other_headers(dt, rcpt, frm, subject, rx, mailfrom, ip, host, dom, dom, extra_dkim=("sendgrid.info",),
                         msgid=msgid, tail=["X-SG-EID: %s" % fold_b64(b64r(120), 60, 70, " "),
                                            "X-Entity-ID: %s" % b64r(22)])


def credly_html(title, lines_html, button, url, lang="ja"):
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"background:#f4f4f4;margin:0\"><center>\n"
            "<table width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#333\">\n"
            "<tr><td style=\"padding:20px\"><img src=\"https://images.credly.com/images/credly-logo.png\" width=\"100\" alt=\"Credly\"></td></tr>\n"
            "<tr><td style=\"padding:0 32px\">%s</td></tr>\n"
            "<tr><td align=\"center\" style=\"padding:24px\"><a href=\"%s\" style=\"background:#ff6b00;color:#fff;border-radius:4px;padding:12px 28px;text-decoration:none;font-weight:bold\">%s</a></td></tr>\n"
            "<tr><td style=\"padding:20px 32px;font-size:11px;color:#888\">Credly, Inc. 2nd Floor, 8 West 38th Street, New York, NY 10018<br>"
            "<a href=\"https://www.credly.com/notifications/unsubscribe/%s\">Unsubscribe</a> | <a href=\"https://www.credly.com/privacy\">Privacy Policy</a></td></tr>\n"
            "</table></center></body></html>\n") % (lang, esc(title), lines_html, esc(url), esc(button), hexr(24))


@mail
def m_credly_p1():
    dt = datetime(2025, 5, 29, 14, 2, 51, tzinfo=UTC)
    url = "https://www.credly.com/earner/earned/badge/%s?locale=ja" % uid()
    new = """健太さん、おめでとうございます!

Amazon Web Services Training and Certification から、次のバッジが発行されました:
AWS Certified Solutions Architect - Associate

バッジを受け取って、LinkedIn などで実績を共有しましょう。

バッジを受け取る: %s

バッジの受け取りは Credly アカウントからいつでも行えます。

Credly チーム
""" % url
    lines = """<h2 style="font-size:22px">健太さん、おめでとうございます!</h2>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt=""><br>
<b>AWS Certified Solutions Architect - Associate</b></p>
<p>バッジを受け取って、LinkedIn などで実績を共有しましょう。</p>"""
    b = alt(part(new), part(credly_html("バッジが発行されました", lines, "バッジを受け取る", url), "html"),
            gmail_boundary().replace("000000000000", "=_credly_"))
    subj = hdr_enc("Amazon Web Services Training and Certification からバッジが発行されました", "utf-8")
    h = credly_headers(dt, P1["addr"], subj, "gmail")
    write("credly-badge-ja-gmail", "credly_badge_issued", "ja", None, True, h, b, new, [])


@mail
def m_credly_p2_moved():
    dt = datetime(2025, 9, 12, 9, 26, 3, tzinfo=UTC)
    url = "https://www.credly.com/users/misaki-yamamoto.%s/badges" % hexr(6)
    new = """美咲さん

AWS 認定アカウントの一本化に伴い、Amazon Web Services Training and Certification が発行した 4 件のバッジがお使いの Credly アカウント (misaki.yamamoto@outlook.jp) に移されました。

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

まだ受け取っていないバッジは、下のボタンから受け取れます。

バッジを表示: %s

Credly チーム
""" % url
    lines = "<h2>美咲さん</h2>" + html_paras(new.split("\n", 2)[2].rsplit("バッジを表示", 1)[0])
    b = alt(part(new, cte="base64"), part(credly_html("バッジが移されました", lines, "バッジを表示", url), "html", cte="base64"),
            "=_credly_" + hexr(16))
    subj = hdr_enc("4 件のバッジがあなたのアカウントに移されました", "utf-8")
    h = credly_headers(dt, P2["addr"], subj, "outlook")
    write("credly-badges-moved-outlook", "credly_badge_issued", "ja", None, True, h, b, new, [])


@mail
def m_credly_2020():
    dt = datetime(2020, 8, 21, 17, 40, 12, tzinfo=UTC)
    url = "https://www.youracclaim.com/earner/earned/badge/%s" % uid()
    new = """Aya, congratulations on earning your new badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge to start sharing it with your professional network.

Accept your badge: %s

Acclaim is a digital credentialing platform powered by Credly.
""" % url
    lines = "<h2>Aya, congratulations on earning your new badge!</h2><p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Cloud Practitioner</b></p><p>Accept your badge to start sharing it with your professional network.</p>"
    b = alt(part(new, label="us-ascii", cte="7bit"), part(credly_html("Accept your badge", lines, "Accept your badge", url, "en"), "html", label="us-ascii", cte="7bit"),
            "--==_mimepart_" + hexr(13) + "_" + str(rnd.randint(1000, 9999)))
    subj = "Aya, you earned a badge from Amazon Web Services Training and Certification"
    h = credly_headers(dt, "kobayashi.aya@ocn.ne.jp", subj, ("mx.ocn.ne.jp", "mfgw21.ocn.ad.jp", 0, True),
                       frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                       dom="youracclaim.com")
    write("acclaim-badge-2020", "credly_badge_issued", "en", None, True, h, b, new, [])


@mail
def m_credly_p4():
    dt = datetime(2026, 1, 23, 22, 14, 9, tzinfo=UTC)
    url = "https://www.credly.com/badges/%s/accept?locale=ja" % uid()
    new = """由紀さん

あなたを待っているバッジがあります。

Amazon Web Services Training and Certification は、AWS Certified Machine Learning Engineer - Associate のバッジをあなたに授与しました。このバッジを承認して、あなたのプロフェッショナルなネットワークと共有してください。

バッジを承認する: %s

このメールは、あなたが Credly に登録しているメールアドレス nakamura.yuki@nifty.com に送信されました。
""" % url
    lines = html_paras(new.rsplit("バッジを承認する", 1)[0])
    b = alt(part(new, cte="quoted-printable"), part(credly_html("バッジを承認", lines, "バッジを承認する", url), "html", cte="quoted-printable"),
            "=_credly_" + hexr(16))
    subj = ew("由紀さん、あなたのバッジが承認を待っています", "UTF-8", "B", chunk=9)
    h = credly_headers(dt, P4["addr"], subj, P4_RX)
    write("credly-accept-nifty", "credly_badge_issued", "ja", None, True, h, b, new, [])


P8 = dict(name="松本 拓海", addr="t-matsumoto@kaigan-denki.co.jp")


@mail
def m_credly_nohdr():
    dt = datetime(2025, 3, 4, 7, 33, 0, tzinfo=UTC)
    url = "https://www.credly.com/earner/earned/badge/%s" % uid()
    new = """拓海さん、おめでとうございます!

Amazon Web Services Training and Certification から、AWS Certified Security - Specialty のバッジが届いています。
下のボタンからバッジを受け取り、プロフィールに追加してください。

バッジを受け取る: %s

Credly チーム
""" % url
    lines = html_paras(new.rsplit("バッジを受け取る:", 1)[0])
    b = alt(part(new, label="utf-8", cte="base64"), part(credly_html("バッジ", lines, "バッジを受け取る", url), "html", cte="base64"),
            "=_credly_" + hexr(16))
    subj = hdr_enc("拓海さん、新しいバッジが届いています", "utf-8")
    h = credly_headers(dt, P8["addr"], subj, "none")
    write("credly-badge-corp-pop", "credly_badge_issued", "ja", None, None, h, b, new, [])


P7 = dict(name="Ryo Watanabe", addr="ryo.watanabe.cloud@gmail.com")


@mail
def m_credly_p7_multi():
    dt = datetime(2025, 3, 27, 16, 5, 44, tzinfo=UTC)
    url = "https://www.credly.com/earner/earned?locale=en"
    new = """Hi Ryo,

Good news! Amazon Web Services Training and Certification has issued 3 badges to you:

  * AWS Certified Developer - Associate
  * AWS Certified DevOps Engineer - Professional
  * AWS Certified Data Engineer - Associate

These badges were previously held on another account and are now available on your Credly profile. Accept them to share your achievements.

Accept your badges: %s

The Credly Team
""" % url
    lines = html_paras(new.rsplit("Accept your badges:", 1)[0])
    b = alt(part(new, label="utf-8", cte="quoted-printable"),
            part(credly_html("Your badges", lines, "Accept your badges", url, "en"), "html"),
            "=_credly_" + hexr(16))
    subj = "Ryo, you have 3 new badges waiting for you"
    h = credly_headers(dt, P7["addr"], subj, "gmail")
    write("credly-three-badges-en", "credly_badge_issued", "en", None, True, h, b, new, [])


# ---------------------------------------------------------------- thread P6
# 小林 あや / OCN / form case 2020, 10-digit case id
P6 = dict(name="小林 あや", addr="kobayashi.aya@ocn.ne.jp")
P6_CASE = "7234815096"
P6_KEEP, P6_OLD = "AWS90317764", "AWS88420915"
P6_RX = ("mx.ocn.ne.jp", "mfgw21.ocn.ad.jp", 0, True)
P6_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P6_CASE


@mail
def m_p6_ack():
    dt = datetime(2020, 8, 11, 3, 41, 26, tzinfo=UTC)
    inner = """<p>小林 あや 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。</p>
<p>お問い合わせをケース番号 <b>%s</b> として登録しました。<br>
担当者から、原則 24 時間以内にメールでご連絡します。</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="6">
<tr><td style="border:1px solid #ddd;background:#fafafa">お問い合わせの種類</td><td style="border:1px solid #ddd">Certification</td></tr>
<tr><td style="border:1px solid #ddd;background:#fafafa">詳細</td><td style="border:1px solid #ddd">Account Merge</td></tr>
</table>
<p>このメールに返信すると、同じケースに情報を追加できます。新しいお問い合わせを作る必要はありません。</p>
<p>AWS トレーニングと認定</p>""" % P6_CASE
    body = part(aws_html(inner), "html", cte="quoted-printable")
    subj = hdr_enc("[CASE %s] お問い合わせを登録しました" % P6_CASE, "utf-8")
    h = aws_headers(dt, P6["addr"], AWS_FORM, subj, rx=P6_RX)
    write("form-ack-2020-html-only", "case_created", "ja", P6_CASE, True, h, body, re.sub("<[^>]+>", " ", inner), [])


@mail
def m_p6_ask():
    dt = datetime(2020, 8, 12, 0, 58, 40, tzinfo=UTC)
    new = """小林 あや 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの石井と申します。

このたびは、認定アカウントを一つにおまとめになりたいとのご要望を承りました。
お調べしましたところ、お名前で作成されたアカウントが 2 件ございました。

大変恐縮ではございますが、ご本人様であることを確かめさせていただくため、以下の情報をご教示いただけますでしょうか。

  ・それぞれのアカウントにご登録のメールアドレス
  ・それぞれのアカウントでご受験になった試験名と、おおよその受験日

いただいた情報をもとに、次のご案内を差し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

石井
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    h = aws_headers(dt, P6["addr"], AWS_FORM, P6_SUBJ, rx=P6_RX)
    write("form-agent-ishii-ask", "support_reply", "ja", P6_CASE, True, h, body, new, [])


P6_USER1 = """石井様

ご連絡ありがとうございます。小林です。

AWS90317764: kobayashi.aya@ocn.ne.jp  (2020年7月 Solutions Architect - Associate)
AWS88420915: aya.k@sample-univ.ac.jp  (2019年11月 Cloud Practitioner)

大学のアドレスはもうすぐ使えなくなるので、ocn の方に寄せたいです。
よろしくお願いします。
"""


@mail
def m_p6_confirm():
    dt = datetime(2020, 8, 14, 2, 12, 5, tzinfo=UTC)
    new = """小林 あや 様

ご丁寧にご返信をいただき、誠にありがとうございます。石井でございます。

ご教示いただいた内容を拝見し、以下のとおりお手続きを進める準備が整いました。

  ■ 残るアカウント　: AWS90317764(kobayashi.aya@ocn.ne.jp)
  ■ 移されるアカウント: ＡＷＳ８８４２０９１５(aya.k@sample-univ.ac.jp)

AWS88420915 の Cloud Practitioner の認定および受験履歴は AWS90317764 に移り、AWS88420915 は今後ご利用いただけなくなります。
恐れ入りますが、この手続きは後から取り消すことができません。

上記の内容でよろしければ、お手数ですが本メールにご返信のうえ、ご了承の旨をお知らせくださいますようお願い申し上げます。

石井
AWS トレーニングと認定 カスタマーサポート
"""
    ishii_q = """小林 あや 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの石井と申します。
(中略)
"""
    user_block = P6_USER1 + "\n" + gmail_ja_attr(datetime(2020, 8, 12, 9, 58, tzinfo=JST), "Amazon Web Services",
                                                 "aws-cs-trainingcertification-form@amazon.com") + "\n" + q_gt(ishii_q)
    quoted = "\n" + gmail_ja_attr(datetime(2020, 8, 13, 21, 4, tzinfo=JST), "小林 あや", P6["addr"]) + "\n" + q_gt(user_block)
    body = part(new + quoted, label="iso-2022-jp", codec="iso-2022-jp", cte="7bit")
    h = aws_headers(dt, P6["addr"], AWS_FORM, P6_SUBJ, rx=P6_RX)
    write("form-agent-ishii-proposal", "merge_confirmation_requested", "ja", P6_CASE, True, h, body, new,
          [P6_KEEP, P6_OLD])


@mail
def m_p6_ok():
    dt = datetime(2020, 8, 17, 1, 30, 49, tzinfo=UTC)
    new = """小林様

石井です。ご返信ありがとうございます。
ご了承いただけたとのこと、たしかに承りました。このあと手続きに入ります。
作業が終わりましたら、このケースでお知らせしますので、少しお待ちください。

石井
AWS トレーニングと認定 カスタマーサポート
"""
    user = """石井様

はい、その内容で問題ありません。進めてください。

小林
"""
    quoted = "\n\n----- Original Message -----\nFrom: \"小林 あや\" <%s>\nTo: <aws-cs-trainingcertification-form@amazon.com>\nDate: Sat, 15 Aug 2020 10:22:31 +0900\nSubject: Re: %s\n\n%s" % (
        P6["addr"], P6_SUBJ, user)
    body = part(new + quoted, label="us-ascii", codec="utf-8", cte="8bit", quote_label=False)
    h = aws_headers(dt, P6["addr"], AWS_FORM, P6_SUBJ, rx=P6_RX)
    write("form-agent-ishii-ack-reply", "support_reply", "ja", P6_CASE, True, h, body, new, [])


@mail
def m_p6_done():
    dt = datetime(2020, 8, 19, 6, 5, 17, tzinfo=UTC)
    new = """小林様

石井です。お待たせしました。

①AWS88420915 の認定と受験履歴を AWS90317764 に移しました。
②AWS88420915 は今後サインインできません。
③デジタルバッジ(Acclaim)は 1～2 日ほどで新しい方に表示される見込みです。

以上で、ご依頼いただいた作業はすべて済みました。
今後は AWS90317764(kobayashi.aya@ocn.ne.jp)をお使いください。

石井
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(new, label="Shift_JIS", codec="cp932", cte="base64")
    h = aws_headers(dt, P6["addr"], AWS_FORM, P6_SUBJ, rx=P6_RX)
    write("form-agent-ishii-result-cp932", "merge_completed", "ja", P6_CASE, True, h, body, new, [P6_KEEP, P6_OLD])


@mail
def m_p6_survey():
    dt = datetime(2020, 8, 19, 6, 7, 2, tzinfo=UTC)
    link = "https://aws.qualtrics.com/jfe/form/SV_%s?case=%s&lang=JA" % (b64r(15).replace("/", "x").replace("+", "y"), P6_CASE)
    new = """こんにちは 小林 あや さん、

あなたのケース %s は解決されました。

私たちは常にサービスを改善しようとしています。あなたの経験について、私たちに教えてください。
以下のリンクをクリックして、短い調査に答えてください。あなたのフィードバックは私たちにとって重要です。

%s

あなたの問題は解決されましたか? まだ助けが必要な場合は、このメールに返信してケースを再度開くことができます。

ありがとうございます、
AWS トレーニングと認定
""" % (P6_CASE, link)
    body = part(new, label="UTF-8", cte="base64")
    subj = hdr_enc("あなたの経験を評価してください - ケース %s" % P6_CASE, "utf-8")
    h = aws_headers(dt, P6["addr"], AWS_FORM, subj, rx=P6_RX)
    write("form-case-rate-translated", "survey", "ja", P6_CASE, True, h, body, new, [])


# ---------------------------------------------------------------- thread P7
# Ryo Watanabe / Gmail / form case in English, 2025
P7_OPEN = datetime(2025, 3, 21, 13, 20, 5, tzinfo=UTC)
P7_CASE = case15(P7_OPEN)
P7_KEEP, P7_OLD = "AWS36620481", "AWS50793318"
P7_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % P7_CASE
P7_CONF = """Hi Ryo,

Thanks for reaching out to AWS Training and Certification.

I've located both certification accounts associated with you. Here's how
the consolidation would work:

  Account being retired:  AWS50793318 (ryo.w@contoso-jp.com)
  Account you'll keep:    AWS36620481 (ryo.watanabe.cloud@gmail.com)

Everything on AWS50793318 - certifications, exam history, benefits - will
move over to AWS36620481. Please note this can't be reversed once it's done.

If that all looks right, just reply to this email and let us know you'd
like us to go ahead. We won't make any changes until we hear back from you.

Kind regards,
Jessica M.
AWS Training and Certification Customer Support
"""


@mail
def m_p7_confirm():
    dt = datetime(2025, 3, 22, 18, 44, 31, tzinfo=UTC)
    new = P7_CONF
    quoted = """
---------- Original submission ----------
Inquiry Type: Certification
Details: Account Merge
AWS Candidate ID: AWS36620481
Comments: I have two certification accounts (old one was created with my previous company e-mail, AWS50793318). Please combine them into AWS36620481.
"""
    html = aws_html(html_paras(new) + "<hr>" + html_paras(quoted), "en")
    b = alt(part(new + quoted, cte="quoted-printable"), part(html, "html", cte="quoted-printable"), java_boundary(dt))
    h = aws_headers(dt, P7["addr"], AWS_FORM, P7_SUBJ, rx="gmail")
    write("form-agent-jessica-en", "merge_confirmation_requested", "en", P7_CASE, True, h, b, new, [P7_KEEP, P7_OLD])


@mail
def m_p7_done():
    dt = datetime(2025, 3, 25, 2, 3, 58, tzinfo=UTC)
    new = """Dear Ryo Watanabe-san,

Thank you for your patience.

We have finished the merge work for your accounts. From now, please use
AWS36620481 for sign in to your Certification Account. All of your
certifications are displayed there.

Your Credly badges will be transferred to your Credly account in few days.
If you have any other question, please feel free to contact us.

Best regards,
Hiroshi Kimura
AWS Training and Certification Customer Support
"""
    user = """Hi Jessica,

The details are correct. Please proceed with the merge.

Thanks,
Ryo

""" + gmail_en_attr(datetime(2025, 3, 22, 11, 44, tzinfo=PDT), "Amazon Web Services",
                    "aws-cs-trainingcertification-form@amazon.com") + "\n" + q_gt(P7_CONF)
    quoted = "\n" + gmail_en_attr(datetime(2025, 3, 23, 9, 15, tzinfo=JST), "Ryo Watanabe", P7["addr"]) + "\n" + q_gt(user)
    body = part(new + quoted, label="us-ascii", cte="7bit", quote_label=False)
    h = aws_headers(dt, P7["addr"], AWS_FORM, P7_SUBJ, rx="gmail")
    write("form-agent-kimura-en", "merge_completed", "en", P7_CASE, True, h, body, new, [P7_KEEP])


@mail
def m_p7_survey():
    dt = datetime(2025, 3, 25, 2, 5, 12, tzinfo=UTC)
    link = "https://survey.aws.training/s/%s?caseId=%s" % (hexr(12), P7_CASE)
    new = """Hi Ryo,

Your case %s has been resolved.

We'd love to hear how we did. It only takes a minute.

Was your issue resolved?
Yes: %s&resolved=yes
No:  %s&resolved=no

How would you rate your support experience? (1 = poor, 5 = excellent)
%s&rating=

If you still need help, simply reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification
""" % (P7_CASE, link, link, link)
    inner = html_paras(new)
    b = alt(part(new, label="us-ascii", cte="7bit"), part(aws_html(inner, "en"), "html", label="us-ascii", cte="7bit"),
            java_boundary(dt))
    h = aws_headers(dt, P7["addr"], '"AWS Training and Certification" <no-reply@training.aws.amazon.com>',
                    "How did we do? Case %s" % P7_CASE, rx="gmail", from_dom="training.aws.amazon.com")
    write("form-case-survey-en", "survey", "en", P7_CASE, True, h, b, new, [])


# ---------------------------------------------------------------- thread P8
# 松本 拓海 / corporate mail server without Authentication-Results / console case, Japanese keigo
P8_OPEN = datetime(2025, 2, 17, 1, 2, 45, tzinfo=UTC)
P8_CASE = case15(P8_OPEN)
P8_A, P8_B = "AWS27740516", "AWS63018297"
P8_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % P8_CASE
P8_CSUBJ = "認定アカウントの併合のお願い"


@mail
def m_p8_ack():
    dt = P8_OPEN + timedelta(seconds=11)
    new = """松本 拓海 様

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。
お客様からのお問い合わせにつきまして、下記のとおりサポートケースを開設いたしました。

　ケース ID　: %s
　件名　　　: %s
　重要度　　: 一般的なガイダンス

担当者より順次ご連絡を差し上げますので、今しばらくお待ちくださいませ。
ケースの詳細は、AWS サポートセンターにてご覧いただけます。
%s

恐れ入りますが、このメールアドレスは送信専用となっております。

Amazon Web Services
""" % (P8_CASE, P8_CSUBJ, P8_URL)
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    subj = hdr_enc("Amazon Web Services: サポートケース %s を開設いたしました" % P8_CASE, "iso-2022-jp")
    h = aws_headers(dt, P8["addr"], AWS_NOREPLY, subj, rx="none")
    write("console-case-opened-keigo-noauth", "case_created", "ja", P8_CASE, None, h, body, new, [])


@mail
def m_p8_status():
    dt = datetime(2025, 2, 19, 8, 27, 14, tzinfo=UTC)
    new = """こんにちは 松本 様、

あなたの忍耐に感謝します。

私たちはまだあなたのリクエストに取り組んでいます。私たちの専任チームは現在、あなたの名前に関連付けられているアカウントを調査しています。
私たちは 48 時間以内に、更新を提供するためにあなたに連絡します。

この間、同じ問題について新しいケースを開かないでください。

よろしく、
Priya
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P8_CASE) + CONSOLE_FOOTER_JA % P8_URL
    body = part(new, cte="quoted-printable")
    subj = "RE:[CASE %s] " % P8_CASE + hdr_enc(P8_CSUBJ, "utf-8")
    h = aws_headers(dt, P8["addr"], AWS_NOREPLY, subj, rx="none")
    write("console-agent-priya-status", "support_reply", "ja", P8_CASE, None, h, body, new, [])


@mail
def m_p8_confirm():
    dt = datetime(2025, 2, 20, 9, 3, 50, tzinfo=UTC)
    new = """こんにちは 松本 様、

お待たせしました。私たちの調査の結果、あなたの名前で 2 つの認定アカウントが見つかりました。

    aws27740516 - t-matsumoto@kaigan-denki.co.jp
    AWS-63018297 - takumi.m.0505@yahoo.co.jp

あなたのリクエストによると、AWS-63018297 を aws27740516 にマージし、aws27740516 を保持します。マージの後、AWS-63018297 は無効になり、すべての認定は aws27740516 に表示されます。

この変更は永久的であり、元に戻すことはできません。

あなたがこれに同意するかどうか、サポートセンターからこのケースに返信して私たちに知らせてください。あなたの返信を受け取った後にのみ、私たちはマージを進めます。

よろしく、
Priya
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P8_CASE) + CONSOLE_FOOTER_JA % P8_URL
    html = aws_html(html_paras(new))
    b = alt(part(new, cte="base64"), part(html, "html", cte="base64"), java_boundary(dt))
    subj = "RE:[CASE %s] " % P8_CASE + hdr_enc(P8_CSUBJ, "utf-8")
    h = aws_headers(dt, P8["addr"], AWS_NOREPLY, subj, rx="none")
    write("console-agent-priya-proposal", "merge_confirmation_requested", "ja", P8_CASE, None, h, b, new, [P8_A, P8_B])


@mail
def m_p8_inactive():
    dt = datetime(2025, 3, 3, 10, 0, 4, tzinfo=UTC)
    fb = "https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja&src=resolve" % P8_CASE
    new = """松本 拓海 様

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

ケース %s「%s」につきまして、一定期間お客様からのご返信がございませんでしたので、解決済みとさせていただきました。
引き続きお手伝いが必要な場合は、14 日以内であればサポートセンターからケースを再開していただけます。
%s

今回のサポートについて、ぜひお客様のご評価をお聞かせください。
%s

Amazon Web Services
""" % (P8_CASE, P8_CSUBJ, P8_URL, fb)
    inner = html_paras(new).replace(esc(fb), '<a href="%s">評価する</a>' % esc(fb))
    b = alt(part(new, label="iso-2022-jp", codec="iso-2022-jp", cte="7bit"),
            part(aws_html(inner), "html", cte="quoted-printable"), java_boundary(dt))
    subj = hdr_enc("Amazon Web Services: ケース %s は解決済みになりました" % P8_CASE, "iso-2022-jp")
    h = aws_headers(dt, P8["addr"], AWS_NOREPLY, subj, rx="none")
    write("console-resolved-no-reply", "survey", "ja", P8_CASE, None, h, b, new, [])


# ---------------------------------------------------------------- look-alikes about the merge + remaining thread mails
@mail
def m_phish_confirm():
    dt = datetime(2025, 6, 2, 23, 41, 7, tzinfo=timezone(timedelta(hours=9)))
    link = "https://aws-trainingcertification.jp/account/merge/approve?token=%s" % hexr(40)
    new = """佐藤 健太 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の認定アカウントについて、下記のとおり併合の手続きを予定しております。

　併合元アカウント : AWS01938475
　存続アカウント　 : AWS50217736

ご本人様による承認が必要となりますので、48時間以内に下記ページよりサインインのうえ、併合内容をご承認ください。
期限までにご承認いただけない場合、両方のアカウントが一時的に停止され、保有資格が失効する場合がございます。

▼ 併合内容を承認する
%s

※本メールは送信専用アドレスから配信しております。

AWS トレーニングと認定 事務局
Amazon Web Services Japan
""" % link
    body = part(new, label="Shift_JIS", codec="cp932", cte="8bit")
    mailfrom = "bounce-%s@mail.aws-trainingcertification.jp" % hexr(8)
    ip = "45.77.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "mail.aws-trainingcertification.jp"
    subj = ew("【重要】認定アカウント併合のご承認のお願い", "Shift_JIS", "B", codec="cp932", chunk=10)
    h = other_headers(dt, P1["addr"], ew("AWS トレーニングと認定", "Shift_JIS", "B", codec="cp932", chunk=20) + " <no-reply@aws-trainingcertification.jp>",
                      subj, "gmail", mailfrom, ip, host, "aws-trainingcertification.jp", "aws-trainingcertification.jp",
                      dkim_sel="default", policy_str="p=NONE sp=NONE dis=NONE", date_tz=JST,
                      tail=["X-Mailer: Microsoft Outlook 16.0", "X-Priority: 1"])
    write("approve-request-sjis", "merge_confirmation_requested", "ja", None, False, h, body, new,
          ["AWS01938475", "AWS50217736"])


@mail
def m_phish_done_dmarcfail():
    dt = datetime(2026, 2, 3, 12, 18, 40, tzinfo=UTC)
    link = "https://aws-certification-jp.com/signin?next=%%2Fbenefits&sid=%s" % hexr(24)
    new = """中村 由紀 様

Amazon Web Services をご利用いただき、ありがとうございます。

ご依頼いただいた認定アカウントの一本化は、すべての処理が終わりました。
新しいアカウント番号: AWS72219053

引き継がれた特典(50%%割引バウチャー)を有効にするには、72 時間以内に以下のページからサインインし、お支払い情報をご登録ください。
期限を過ぎますと、特典は無効となります。

%s

Amazon Web Services
""" % link
    inner = html_paras(new).replace(esc(link), '<a href="%s">特典を有効にする</a>' % esc(link))
    b = alt(part(new, label="iso-2022-jp", codec="iso-2022-jp", cte="7bit"),
            part("<html><body style=\"font-family:Meiryo\">" + inner + "</body></html>\n", "html", label="utf-8", cte="base64"),
            "----=_NextPart_000_0012_%s.%s" % (hexr(8).upper(), hexr(8).upper()))
    ip = "103.151.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "vps%d.hosting-kk.net" % rnd.randint(100, 999)
    mailfrom = "info@hosting-kk.net"
    h = ["Return-Path: <%s>" % mailfrom, "Delivered-To: %s" % P4["addr"]]
    h += jp_received(dt, "mta-rcv02.nifty.com", ip, host, P4["addr"])
    h.append("Authentication-Results: mx.nifty.com;\n\tspf=softfail smtp.mailfrom=hosting-kk.net;\n\tdkim=none;\n\tdmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com")
    h.append("X-Nifty-SpamFlag: suspect")
    h.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4F2A1C0%d\n\tfor <%s>; %s" % (
        host, rnd.randint(100, 999), P4["addr"], rfcdate(dt.astimezone(JST))))
    h.append("Authentication-Results: amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")
    h.append("From: \"Amazon Web Services\" <no-reply-aws@amazon.com>")
    h.append("To: %s" % P4["addr"])
    h.append("Subject: " + hdr_enc("【Amazon Web Services】アカウント一本化のお知らせ", "iso-2022-jp"))
    h.append("Date: %s" % rfcdate(dt.astimezone(JST)))
    h.append("Message-ID: <%s@%s>" % (hexr(20), host))
    h.append("X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")
    write("notice-dmarc-fail-nifty", "merge_completed", "ja", None, False, h, b, new, [P4_KEEP])


@mail
def m_phish_password():
    dt = datetime(2024, 11, 22, 3, 9, 55, tzinfo=UTC)
    new = """伊藤 大輔 様

いつもお世話になっております。
AWS認定サポートセンターでございます。

現在お客様のアカウント併合作業をすすめておりますが、ご本人様の照合のため追加情報が必要になりました。
お手数ですが、下記を本メールにご返信ください。

・各アカウントのサインイン用メールアドレスとパスワード
・生年月日
・ご登録の電話番号

ご返信いただけない場合、作業を中止させていただく場合がございます。

AWS認定サポートセンター
"""
    body = part(new, label="x-sjis", codec="shift_jis", cte="8bit", quote_label=False)
    ip = "185.212.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "smtp.amazon-aws-certification.com"
    h = other_headers(dt, P5["addr"], ew("AWS認定サポート", "ISO-2022-JP", "B", codec="iso-2022-jp", chunk=20) + " <support@amazon-aws-certification.com>",
                      hdr_enc("Re: アカウント併合作業について(追加情報のお願い)", "iso-2022-jp"), "outlook",
                      "support@amazon-aws-certification.com", ip, host, None, "amazon-aws-certification.com",
                      dmarc="none", spf="pass", date_tz=JST, reply_to="aws.cert.support.jp@gmail.com",
                      tail=["X-Mailer: Becky! ver. 2.81.04"])
    h = [x.replace("compauth=fail reason=000", "compauth=softpass reason=201") for x in h]
    write("info-request-lookalike-xsjis", "support_reply", "ja", None, False, h, body, new, [])


P5_CASE_FW = unicodedata.normalize("NFKC", P5_CASE).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


@mail
def m_p5_done():
    dt = datetime(2024, 11, 23, 9, 10, 26, tzinfo=UTC)
    new = """伊藤 大輔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。

ケース番号：%s の件につきまして、ご承諾のご返信をいただき、誠にありがとうございました。
お申し付けいただきましたとおり、AWS40871355 の記録を AWS40098126 へ移す作業が、先ほどすべて終わりましたのでご報告いたします。

今後は d-ito@hoshizora-sol.co.jp にてサインインいただき、AWS40098126 をご利用くださいませ。
ご心配されていた 50%% 割引バウチャーも、特典ページに表示されております。

ご不明な点がございましたら、本メールへご返信いただければ幸いです。

森
AWS トレーニングと認定 カスタマーサポート
""" % P5_CASE_FW
    user = """森様

お世話になっております。伊藤です。
ご提示いただいた内容で問題ございません。手続きをお願いいたします。

伊藤
"""
    quoted = "\n________________________________\n" + outlook_ja_block(
        datetime(2024, 11, 21, 14, 2, tzinfo=JST), "伊藤 大輔 <d-ito@hoshizora-sol.co.jp>",
        "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", p5_subj(P5_CASE)) + "\n\n" + user + \
        "\n________________________________\n" + outlook_ja_block(
        datetime(2024, 11, 21, 13, 51, tzinfo=JST), "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
        "伊藤 大輔 <d-ito@hoshizora-sol.co.jp>", p5_subj(P5_CASE)) + "\n\n  存続アカウント　: AWS 40098126 (d-ito@hoshizora-sol.co.jp)\n  併合されるアカウント: AWS 40871355 (daisuke.ito.0312@gmail.com)\n(以下省略)\n"
    html_body = html_paras(new) + '<div style="border-top:1px solid #e1e1e1">' + html_paras(quoted) + "</div>"
    b = alt(part(new + quoted, cte="base64"), part(aws_html(html_body), "html", cte="base64"), java_boundary(dt))
    h = aws_headers(dt, P5["addr"], AWS_FORM, p5_subj(P5_CASE), rx="outlook")
    write("form-agent-mori-report", "merge_completed", "ja", P5_CASE, True, h, b, new, [P5_KEEP, P5_OLD])


@mail
def m_p3_survey():
    dt = datetime(2022, 10, 12, 8, 3, 40, tzinfo=UTC)
    link = "https://aws.qualtrics.com/jfe/form/SV_%s?case=%s" % (b64r(15).replace("/", "q").replace("+", "p"), P3_CASE)
    new = """高橋 翔 様

AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース %s は解決済みになりました。

今回の対応はいかがでしたか。
1(不満)から 5(満足)の 5 段階で、担当者の対応を評価してください。

  1  %s&score=1
  2  %s&score=2
  3  %s&score=3
  4  %s&score=4
  5  %s&score=5

まだ解決していない場合は、このメールに返信してください。ケースが再開されます。

AWS トレーニングと認定
""" % ((P3_CASE,) + (link,) * 5)
    body = part(new, cte="quoted-printable")
    subj = "[CASE %s] " % P3_CASE + ew("対応の評価をお願いします", "UTF-8", "B", chunk=8)
    h = aws_headers(dt, P3["addr"], AWS_FORM, subj, rx=P3_RX)
    write("form-case-score-2022", "survey", "ja", P3_CASE, True, h, body, new, [])


@mail
def m_p2_followup():
    dt = datetime(2025, 9, 11, 6, 22, 9, tzinfo=UTC)
    new = """山本 美咲 様

Amazon Web Services の佐々木でございます。前任の Kevin より本ケースを引き継ぎました。

AWS30651829 にて SysOps Administrator - Associate の認定が表示されないとのご連絡、誠に恐れ入ります。
現在、担当チームにて受験記録の移行状況を調べております。判明次第、本ケースにてご連絡いたします。

あわせて、調査のため、当該試験を受験された際のご登録氏名(ローマ字表記)をお知らせいただけますでしょうか。
旧姓でご受験になった可能性がございましたら、その旨も添えていただけますと幸いです。

お手数をおかけいたしますが、よろしくお願い申し上げます。

佐々木
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), P2_CASE) + CONSOLE_FOOTER_JA % P2_URL
    b = alt(part(new), part(aws_html(html_paras(new)), "html"), java_boundary(dt))
    subj = "RE:[CASE %s] " % P2_CASE + ew(P2_CASE_SUBJ, "utf-8", "B", chunk=10)
    h = aws_headers(dt, P2["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-agent-sasaki-followup", "support_reply", "ja", P2_CASE, True, h, b, new, [P2_KEEP])


# ---------------------------------------------------------------- unrelated look-alikes
@mail
def m_u_billing():
    open_dt = datetime(2024, 12, 2, 0, 11, 36, tzinfo=UTC)
    cid = case15(open_dt)
    dt = datetime(2024, 12, 3, 5, 40, 2, tzinfo=UTC)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % cid
    new = """伊藤 大輔 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS 請求およびアカウントサポートの西村でございます。

お問い合わせいただきました、アカウント 4821-3390-7716 の 11 月分のご請求額が想定より高くなっている件につきまして、ご回答申し上げます。

Cost Explorer にて拝見しましたところ、ap-northeast-1 リージョンの NAT ゲートウェイのデータ処理料金が、11 月 14 日以降に増加しておりました。
詳細な内訳は、請求ダッシュボードの「請求書」ページからご覧いただけます。

また、今後の予期しないご請求を防ぐため、AWS Budgets によるアラートの設定をおすすめいたします。

ほかにご不明な点がございましたら、サポートセンターから本ケースにご返信くださいませ。

西村
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja

""" % (hexr(32), cid) + CONSOLE_FOOTER_JA % url
    user = """西村様

11月の請求が先月の約3倍になっており、原因を教えていただけますでしょうか。
アカウント ID: 4821-3390-7716

伊藤"""
    quoted = "\n\n" + outlook_en_block(datetime(2024, 12, 2, 9, 11, tzinfo=JST), "Ito Daisuke <d-ito@hoshizora-sol.co.jp>",
                                      "AWS Support", "Billing: 11月の請求額について") + "\n\n" + user + "\n"
    b = alt(part(new + quoted), part(aws_html(html_paras(new + quoted)), "html"), java_boundary(dt))
    subj = "RE:[CASE %s] " % cid + hdr_enc("Billing: 11月の請求額について", "utf-8")
    h = aws_headers(dt, P5["addr"], AWS_NOREPLY, subj, rx="outlook")
    write("console-billing-reply", "unrelated", "ja", cid, True, h, b, new, [])


@mail
def m_u_quota_opened():
    open_dt = datetime(2026, 2, 9, 2, 30, 9, tzinfo=UTC)
    cid = case15(open_dt)
    dt = open_dt + timedelta(seconds=12)
    url = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % cid
    new = """中村 由紀 様

Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせの内容について、以下のとおりサポートケースをお作りしました。

ケース ID: %s
件名: Service Quotas: EC2 オンデマンドインスタンス (G and VT) の上限緩和
重要度: 通常の障害
カテゴリ: Service limit increase / EC2 Instances

担当者からの回答は、サポートセンターのケース詳細ページに掲載され、あわせてメールでもお知らせします。
ケースの内容は次のページからご覧いただけます:
%s

よろしくお願いいたします。
Amazon Web Services

""" % (cid, url) + CONSOLE_FOOTER_JA % url
    b = alt(part(new), part(aws_html(html_paras(new)), "html"), java_boundary(dt))
    subj = hdr_enc("Amazon Web Services: 新しいサポートケースが作成されました: %s" % cid, "utf-8")
    h = aws_headers(dt, P4["addr"], AWS_NOREPLY, subj, rx=P4_RX)
    write("console-new-case-quota", "unrelated", "ja", cid, True, h, b, new, [])


@mail
def m_u_seller():
    dt = datetime(2025, 7, 14, 8, 55, 31, tzinfo=UTC)
    cid = "6120937745"
    new = """Amazon出品サービスをご利用いただきありがとうございます。
セラーサポートの木下でございます。

お問い合わせいただきました「出品アカウントの統一」の件につき、ご案内いたします。

同一の出品者様が複数の出品アカウントをお持ちになることは、原則として認められておりません。
お持ちの 2 つ目の出品アカウント(出品者 ID: A3K9QX2ZP7LM1N)につきましては、セラーセントラルの「アカウント情報」ページから閉鎖の手続きをお願いいたします。
ご登録の商品や在庫を移す場合は、事前に在庫の返送をご依頼ください。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

今後ともAmazon.co.jpをよろしくお願いいたします。

Amazon.co.jp セラーサポート
木下

このメールの内容はお役に立ちましたか?
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s&rating=1
""" % cid
    body = part(new, label="Shift_JIS", codec="shift_jis", cte="quoted-printable")
    ip = "54.240.27.%d" % rnd.randint(2, 250)
    host = ses_host(ip)
    mailfrom = "%s@bounces.amazon.co.jp" % ses_id(dt).strip("<>").split("@")[0]
    subj = "RE:[CASE %s] " % cid + ew("出品アカウントの統一について", "ISO-2022-JP", "B", codec="iso-2022-jp", chunk=8)
    h = other_headers(dt, P1["addr"], '"Amazon.co.jp" <seller-notification@amazon.co.jp>', subj, "gmail", mailfrom, ip, host,
                      "amazon.co.jp", "amazon.co.jp", dkim_sel="yg4mwqurec7fkhzutopddd3ytuaqrsuc",
                      policy_str="p=QUARANTINE sp=QUARANTINE dis=NONE", msgid=ses_id(dt, "email.amazonses.com"))
    write("seller-central-case-sjis", "unrelated", "ja", cid, True, h, body, new, [])


@mail
def m_u_certmetrics():
    dt = datetime(2025, 6, 10, 15, 2, 0, tzinfo=UTC)
    new = """Dear Kenta Sato,

AWS Certification wants to hear from you!

As an AWS Certified individual (Candidate ID: AWS10582947), you are invited to take part in a short survey about your certification experience. Your feedback helps us improve our exams and the benefits we offer.

The survey will take approximately 10 minutes. Please complete it by June 30, 2025.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?key=%s

Thank you,
AWS Training and Certification

This message was sent from an unmonitored mailbox. Please do not reply.
""" % hexr(32)
    body = part(new, label="us-ascii", cte="7bit")
    ip = "198.2.%d.%d" % (rnd.randint(128, 191), rnd.randint(1, 254))
    host = "mail%d.certmetrics.com" % rnd.randint(1, 9)
    mailfrom = "bounce-mc.us%d_%d.%d-%s@mail%d.certmetrics.com" % (rnd.randint(1, 20), rnd.randint(1000000, 9999999),
                                                                    rnd.randint(100000, 999999), hexr(10), rnd.randint(1, 9))
    h = other_headers(dt, P1["addr"], '"AWS Certification" <do-not-reply@certmetrics.com>',
                      "AWS Certification wants to hear from you", "gmail", mailfrom, ip, host, "certmetrics.com",
                      "certmetrics.com", dkim_sel="k1", policy_str="p=NONE sp=NONE dis=NONE")
    write("certmetrics-hear-from-you", "unrelated", "en", None, False, h, body, new, [P1_KEEP])


@mail
def m_u_pearson():
    dt = datetime(2022, 9, 28, 4, 19, 33, tzinfo=UTC)
    new = """高橋 翔 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAP-C01: AWS Certified Solutions Architect - Professional (日本語)
日時: 2022年10月20日(木) 13:30
会場: OnVUE オンライン試験
候補者 ID: AWS55023918
登録番号: 412093857

試験当日は、開始時刻の 30 分前からチェックインが可能です。
ご予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソンVUE
https://home.pearsonvue.com/aws
"""
    body = part(new, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit")
    ip = "159.182.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "mx-out%d.pearson.com" % rnd.randint(1, 4)
    h = other_headers(dt, P3["addr"], '"Pearson VUE" <PearsonVUEConfirmation@pearson.com>',
                      hdr_enc("ピアソンVUE 試験予約のお知らせ", "iso-2022-jp"), P3_RX, "bounce@pearson.com", ip, host,
                      "pearson.com", "pearson.com", dkim_sel="selector1")
    write("pearson-vue-booking-ja", "unrelated", "ja", None, False, h, body, new, [P3_KEEP])


@mail
def m_u_credly_merge_code():
    dt = datetime(2025, 9, 15, 1, 20, 11, tzinfo=UTC)
    code = "%06d" % rnd.randint(0, 999999)
    url = "https://www.credly.com/account_merges/%s/confirm?locale=ja" % uid()
    new = """美咲さん

Credly アカウントの結合がリクエストされました。

別の Credly アカウント (misaki.y@example-corp.co.jp) を、このアカウントに結合する手続きを進めるには、次のコードを入力してください:

%s

このコードの有効期限は 30 分です。

Complete Account Merge: %s

このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは変更されません。

Credly チーム
""" % (code, url)
    lines = html_paras(new.rsplit("Complete Account Merge:", 1)[0]).replace(code, '<span style="font-size:28px;letter-spacing:6px;font-weight:bold">%s</span>' % code)
    b = alt(part(new), part(credly_html("Account Merge", lines, "Complete Account Merge", url), "html"),
            "=_credly_" + hexr(16))
    h = credly_headers(dt, P2["addr"], hdr_enc("Credly アカウントの結合コード", "utf-8"), "outlook",
                       frm='"Credly" <admin@credly.com>')
    write("credly-self-merge-code", "unrelated", "ja", None, True, h, b, new, [])


@mail
def m_u_credly_expiry():
    dt = datetime(2025, 12, 1, 14, 0, 5, tzinfo=UTC)
    url = "https://www.credly.com/badges/%s?locale=ja" % uid()
    new = """健太さん

お持ちのバッジ「AWS Certified Solutions Architect - Associate」は、2026年1月15日に有効期限を迎えます。

有効期限が過ぎると、バッジは「期限切れ」と表示されます。資格を維持するには、Amazon Web Services Training and Certification の再認定の要件をご覧ください。

バッジを表示: %s

Credly チーム
""" % url
    lines = html_paras(new.rsplit("バッジを表示:", 1)[0])
    b = alt(part(new, cte="base64"), part(credly_html("有効期限のお知らせ", lines, "バッジを表示", url), "html", cte="base64"),
            "=_credly_" + hexr(16))
    h = credly_headers(dt, P1["addr"], hdr_enc("バッジの有効期限が近づいています", "utf-8"), "gmail")
    write("credly-expiry-reminder-ja", "unrelated", "ja", None, True, h, b, new, [])


@mail
def m_u_gitlab():
    dt = datetime(2025, 9, 10, 8, 31, 22, tzinfo=UTC)
    new = """大野 健 によってマージリクエスト !142 がマージされました

プロジェクト: cert-portal / backend
ブランチ: feature/account-merge-batch → main

認定アカウント併合バッチのリトライ処理を修正

マージリクエストを表示: https://gitlab.com/example-corp/cert-portal/backend/-/merge_requests/142

--
このメールは、このマージリクエストに参加しているため送信されています。
通知設定の管理: https://gitlab.com/-/profile/notifications
"""
    b = alt(part(new), part("<html><body>" + html_paras(new) + "</body></html>\n", "html"), gmail_boundary())
    ip = "35.185.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "mg-%s.gitlab.com" % hexr(4)
    mailfrom = "bounce+%s.%s-%s=outlook.jp@mg.gitlab.com" % (hexr(6), hexr(6), "misaki.yamamoto")
    h = other_headers(dt, P2["addr"], '"大野 健 (@k.ono)" <gitlab@mg.gitlab.com>'.replace('"大野 健 (@k.ono)"', hdr_enc("大野 健 (@k.ono)", "utf-8")),
                      "Re: cert-portal / backend | " + hdr_enc("認定アカウント併合バッチのリトライ処理を修正 (!142)", "utf-8"),
                      "outlook", mailfrom, ip, host, "mg.gitlab.com", "mg.gitlab.com", dkim_sel="mailo",
                      tail=["X-GitLab-Project: backend", "X-GitLab-MergeRequest-ID: 142", "X-GitLab-NotificationReason: participating",
                            "List-Id: cert-portal/backend <%s.gitlab.com>" % rnd.randint(10000000, 99999999)])
    write("gitlab-mr-merged-ja", "unrelated", "ja", None, False, h, b, new, [])


@mail
def m_u_newsletter():
    dt = datetime(2025, 5, 20, 1, 0, 3, tzinfo=UTC)
    inner = """<h1 style="font-size:22px">AWS Summit Japan 2025 まであと 1 か月</h1>
<p>佐藤 健太 様</p>
<p>6 月 25 日(水)・26 日(木)に幕張メッセで開催される AWS Summit Japan の事前登録を受け付け中です。</p>
<p><b>AWS 認定者ラウンジ</b><br>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。当日は Credly のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?sc_channel=em&amp;trk=%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#888">このメールは AWS からのマーケティングメールの配信を希望された方にお送りしています。<a href="https://pages.awscloud.com/communication-preferences.html">配信停止</a><br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>""" % hexr(12)
    body = part(aws_html(inner), "html", cte="quoted-printable")
    h = aws_headers(dt, P1["addr"], '"AWS Japan" <aws-marketing-email-replies@amazon.com>',
                    hdr_enc("【AWS Summit Japan 2025】認定者ラウンジのご案内と事前登録", "iso-2022-jp"), rx="gmail",
                    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?id=%s>" % hexr(16),
                           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    write("aws-summit-newsletter", "unrelated", "ja", None, True, h, body, re.sub("<[^>]+>", " ", inner), [])


@mail
def m_u_phish_billing():
    dt = datetime(2025, 10, 6, 10, 44, 12, tzinfo=UTC)
    link = "https://aws-billing-jp.com/payments/update?c=%s" % hexr(16)
    new = """Amazon Web Services をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、今月のご請求の決済ができませんでした。
24時間以内にお支払い情報を更新いただけない場合、アカウントおよび関連するサービスが停止されます。

▼お支払い情報の更新はこちら
%s

Amazon Web Services Japan
""" % link
    body = part(new, label="Shift_JIS", codec="shift_jis", cte="base64")
    ip = "91.92.%d.%d" % (rnd.randint(1, 254), rnd.randint(1, 254))
    host = "mail.aws-billing-jp.com"
    h = other_headers(dt, P3["addr"].replace("kfa.biglobe", "kfa.biglobe"), '"Amazon Web Services" <billing@aws-billing-jp.com>',
                      hdr_enc("【重要】お支払い方法の更新が必要です", "iso-2022-jp"), P3_RX,
                      "billing@aws-billing-jp.com", ip, host, "aws-billing-jp.com", "aws-billing-jp.com", dmarc="none",
                      dkim_sel="mail", date_tz=JST)
    write("billing-lookalike-sjis", "unrelated", "ja", None, False, h, body, new, [])


@mail
def m_u_builder_id():
    dt = datetime(2025, 2, 18, 0, 3, 29, tzinfo=UTC)
    code = "%06d" % rnd.randint(0, 999999)
    new = """AWS Builder ID の検証

AWS Builder ID の作成を続けるには、次の検証コードを入力してください。

検証コード: %s

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""" % code
    b = alt(part(new), part(aws_html(html_paras(new)), "html"), java_boundary(dt))
    h = aws_headers(dt, P8["addr"], '"AWS" <no-reply@signin.aws>', hdr_enc("AWS Builder ID の検証コード", "utf-8"),
                    rx="none", dkim_override=[dkim_sig("signin.aws", "u7f4q2fxjxm3c4lkb3d6d2oxnzkx3oqd", dt),
                                              dkim_sig("amazonses.com", SES_SEL, dt)])
    write("builder-id-code-noauth", "unrelated", "ja", None, None, h, b, new, [])


# === END MAILS ===


def decode_all(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True) or b""
        cs = (p.get_content_charset() or "us-ascii").lower()
        txt = None
        for c in (cs, "cp932", "utf-8", "iso-2022-jp", "latin-1"):
            try:
                t = raw.decode({"x-sjis": "cp932", "shift_jis": "cp932", "windows-31j": "cp932"}.get(c, c))
                if c in ("us-ascii", "iso-8859-1", "latin-1") and any(b > 127 for b in raw):
                    t = raw.decode("utf-8")
                txt = t
                break
            except (UnicodeDecodeError, LookupError):
                continue
        if p.get_content_subtype() == "html":
            txt = re.sub(r"<[^>]+>", " ", txt)
        out.append(txt)
    return "\n".join(out)


def check():
    import email
    from email.header import decode_header, make_header
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert set(files) == set(LABELS), set(files) ^ set(LABELS)
    bad = 0
    for f in files:
        data = open(os.path.join(OUT, f), "rb").read()
        msg = email.message_from_bytes(data)
        subj = str(make_header(decode_header(msg.get("Subject", ""))))
        text = unicodedata.normalize("NFKC", subj + "\n" + decode_all(msg))
        lab = LABELS[f]
        for a in lab["account_ids"]:
            if a not in ids_in(text):
                print("MISSING id", f, a)
                bad += 1
        if lab["case_id"] and lab["case_id"] not in text:
            print("MISSING case", f, lab["case_id"])
            bad += 1
        if msg.defects:
            print("DEFECTS", f, msg.defects)
        for w in ("統合", "確認", "完了", "アンケート", "受付", "クローズ"):
            if w in text:
                print("word", w, "in", f)
    from collections import Counter
    print(Counter(v["kind"] for v in LABELS.values()), len(files), "files, bad =", bad)


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    check()
