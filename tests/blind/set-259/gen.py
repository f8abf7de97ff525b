#!/usr/bin/env python3
"""Generator for blind set 259: AWS Certification account-merge mailbox test data.

Run: python3 make_set.py   -> writes NNN-*.eml and labels.json into this folder.
"""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(259)
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
JST = timezone(timedelta(hours=9))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))

MAILS = []   # (filename, bytes)
LABELS = {}


# ----------------------------------------------------------------- helpers
def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(RNG.choice(abc) for _ in range(n))


def cid15(dt, tail):
    """15-digit case id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), tail)


def ses_mid(dt, region="email"):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def rfc(dt):
    return format_datetime(dt)


def gtime(dt):
    """Gmail Received time in Pacific."""
    return format_datetime(dt.astimezone(PDT)) + " (PDT)"


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:'):
            return '"%s" <%s>' % (name, email_addr)
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         declared=None, codec=None):
    """Single text part with explicit charset / transfer encoding."""
    raw = text.replace("\r\n", "\n").encode(codec or charset)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, declared or charset)
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(plain_part, html_part, boundary=None):
    m = Message()
    b = boundary or ("000000000000" + rhex(16))
    m["Content-Type"] = 'multipart/alternative; boundary="%s"' % b
    m.set_payload([plain_part, html_part])
    return m


def mixed(parts, boundary=None):
    m = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(10**6, 10**7),
                                              RNG.randint(10**8, 10**9),
                                              RNG.randint(10**12, 10**13)))
    m["Content-Type"] = 'multipart/mixed; boundary="%s"' % b
    m.set_payload(parts)
    return m


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;"
            "color:#16191f\">\n%s\n</body></html>\n" % (title, inner))


def p2h(text):
    """Plain text -> simple HTML paragraphs (escaping)."""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        out.append("<p>" + _h.escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---- authentication / transport header blocks -----------------------------
def dkim(domain, selector, dt, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    t = int(dt.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n"
            "\th=%s;\r\n\tbh=%s=;\r\n\tb=%s" % (selector, domain, t, h, rb64(43),
                                               "\r\n\t".join(rb64(76) for _ in range(4))))


AMZ_SEL = "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def ses_ip():
    return "54.240.%d.%d" % (RNG.choice([8, 9, 11, 13, 48]), RNG.randint(2, 250))


def gmail_in(to, dt, mailfrom_dom, ip, helo, ar_body, extra_top=None, spf="pass"):
    """Header list for a mail delivered to Gmail (topmost first)."""
    arcsel = "arc-20240605" if dt.year >= 2024 else "arc-20160816"
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\r\n        %s"
          % (rhex(4), rhex(3), rhex(3), rhex(4), RNG.choice("abcdefghijklmnopqrstuvwxyz"),
             RNG.randint(100000, 999999), rhex(3), gtime(dt + timedelta(seconds=2))))]
    if extra_top:
        h += extra_top
    h += [("X-Google-Smtp-Source", "AGHT+I" + rb64(60)),
          ("X-Received", "by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\r\n        %s"
           % (rhex(4), rhex(3), rhex(4), rhex(12), RNG.randint(10, 99),
              int(dt.timestamp()) % 100000, gtime(dt + timedelta(seconds=1)))),
          ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=%s;\r\n        b=%s"
           % (int(dt.timestamp()), arcsel, rb64(70))),
          ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=" + arcsel + ";\r\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\r\n        bh=%s=;\r\n        b=%s"
           % (rb64(43), rb64(70))),
          ("ARC-Authentication-Results", "i=1; mx.google.com;\r\n       " + ar_body),
          ("Return-Path", "<%s>" % mailfrom_dom),
          ("Received", ("from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s.%d." + str(dt.year) + ".%s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s")
           % (helo, helo, ip, rhex(10), RNG.randint(100, 999), rhex(5), to, gtime(dt + timedelta(seconds=1)))),
          ("Received-SPF", ("pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                            if spf == "pass" else
                            spf + " (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;")
           % (mailfrom_dom, ip, ip)),
          ("Authentication-Results", "mx.google.com;\r\n       " + ar_body)]
    return h


def gmail_ar_amz(mailfrom, ip, sel=AMZ_SEL, dom="amazon.com"):
    return ("dkim=pass header.i=@%s header.s=%s header.b=%s;\r\n"
            "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\r\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, sel, rb64(8), SES_SEL, rb64(8), mailfrom, ip, mailfrom, dom))


def ses_mailfrom(dt):
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (
        int(dt.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def aws_gmail(to, dt, from_dom="amazon.com"):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    helo = "a%s-%d.smtp-out.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]))
    hdrs = gmail_in(to, dt, mf, ip, helo, gmail_ar_amz(mf, ip, dom=from_dom))
    hdrs += [("DKIM-Signature", dkim(from_dom, AMZ_SEL, dt)),
             ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt,
                                     "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]
    return hdrs


def outlook_in(to, dt, ip, helo, ar, spf_dom):
    nm = "%sPR%02dMB%04d" % (RNG.choice(["DM6", "SN7", "BY5", "CH3", "PH0", "MW4"]),
                             RNG.randint(10, 19), RNG.randint(1000, 9999))
    eop = "%sEUR%02dFT%03d" % (RNG.choice(["AM", "DB", "VI"]), RNG.randint(1, 6), RNG.randint(1, 99))
    t = dt.astimezone(UTC)
    return [("Received", "from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\r\n %s.namprd%02d.prod.outlook.com with HTTPS; %s"
             % (nm, RNG.randint(10, 19), rhex(3), rhex(2), nm[:-2] + "%02d" % RNG.randint(10, 99), RNG.randint(10, 19),
                format_datetime(t + timedelta(seconds=3)))),
            ("Received", "from %s.mail.protection.outlook.com (2603:10a6:20b:%s::4) by\r\n %s.outlook.office365.com (2603:10a6:%s::%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
             % (eop, rhex(3), nm, rhex(3), rhex(2), RNG.randint(7000, 8999), RNG.randint(10, 40),
                format_datetime(t + timedelta(seconds=2)))),
            ("Authentication-Results", ar),
            ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as permitted sender)\r\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
             % (spf_dom, ip, ip, helo)),
            ("Received", "from %s (%s) by\r\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\r\n Frontend Transport; %s"
             % (helo, ip, eop, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(7000, 8999),
                RNG.randint(10, 40), format_datetime(t + timedelta(seconds=1))))]


def aws_outlook(to, dt, from_dom="amazon.com", verdict="pass"):
    ip = ses_ip()
    helo = "a%s-%d.smtp-out.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]))
    if verdict == "pass":
        ar = ("spf=pass (sender IP is %s)\r\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\r\n"
              " header.d=%s;dkim=pass (signature was verified)\r\n header.d=amazonses.com;dmarc=pass action=none\r\n"
              " header.from=%s;compauth=pass reason=100" % (ip, from_dom, from_dom))
    else:
        ar = verdict
    hdrs = outlook_in(to, dt, ip, helo, ar, "amazonses.com")
    hdrs += [("DKIM-Signature", dkim(from_dom, AMZ_SEL, dt)),
             ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt,
                                     "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]
    return hdrs


JP_PROVIDERS = {
    "nifty": ("mx.nifty.com", "mtain%02d.nifty.com", "mta-snd%02d.nifty.com"),
    "biglobe": ("mta.biglobe.ne.jp", "mail%02d.biglobe.ne.jp", "mx%02d.biglobe.ne.jp"),
    "ocn": ("ocn.ad.jp", "mf-smf-ucb%03d.ocn.ad.jp", "mw-ucb%03d.ocn.ad.jp"),
    "sonet": ("so-net.ne.jp", "mi%02d.so-net.ne.jp", "mx%02d.so-net.ne.jp"),
}


def jp_in(provider, to, dt, ip, helo, ar_tail, mailfrom):
    authserv, mx, inner = JP_PROVIDERS[provider]
    mxh = mx % RNG.randint(1, 30)
    inh = inner % RNG.randint(1, 30)
    t = dt.astimezone(JST)
    return [("Return-Path", "<%s>" % mailfrom),
            ("Delivered-To", to),
            ("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id 4Z%s\r\n\tfor <%s>; %s"
             % (inh, inh, rhex(8).upper(), to, format_datetime(t + timedelta(seconds=3)))),
            ("Authentication-Results", "%s; %s" % (authserv, ar_tail)),
            ("Received", "from %s (%s [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (helo, helo, ip, mxh, rhex(14).upper(), to, format_datetime(t + timedelta(seconds=2))))]


def aws_jp(provider, to, dt, from_dom="amazon.com"):
    ip = ses_ip()
    helo = "a%s-%d.smtp-out.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]))
    mf = ses_mailfrom(dt)
    ar = ("spf=pass smtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s header.s=%s;\r\n"
          "\tdkim=pass header.d=amazonses.com header.s=%s;\r\n\tdmarc=pass (p=quarantine) header.from=%s"
          % (mf, from_dom, AMZ_SEL, SES_SEL, from_dom))
    hdrs = jp_in(provider, to, dt, ip, helo, ar, mf)
    hdrs += [("DKIM-Signature", dkim(from_dom, AMZ_SEL, dt)),
             ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt,
                                     "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]
    return hdrs


def corp_in(to, dt, helo, ip):
    """Internal Exchange relay with no Authentication-Results at all."""
    t = dt.astimezone(UTC)
    return [("Received", "from EXCH-HUB02.corp.fabrikam.local (10.20.4.12) by\r\n EXCH-MBX01.corp.fabrikam.local (10.20.4.21) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39;\r\n %s"
             % format_datetime(t + timedelta(seconds=4))),
            ("Received", "from mailgw01.fabrikam.co.uk (10.20.1.5) by EXCH-HUB02.corp.fabrikam.local\r\n (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend Transport;\r\n %s"
             % format_datetime(t + timedelta(seconds=3))),
            ("Received", "from %s (%s [%s])\r\n\tby mailgw01.fabrikam.co.uk (Postfix) with ESMTPS id 4YQ%s\r\n\tfor <%s>; %s"
             % (helo, helo, ip, rhex(6).upper(), to, format_datetime(t + timedelta(seconds=2))))]


def ses_tail(dt, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(43))),
            ("X-SES-Outgoing", "%s-%s" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), ses_ip()))]


# ----------------------------------------------------------------- output
def emit(num, slug, hdrs, body, label):
    """hdrs: list of (name, value) topmost first; body: MIME Message."""
    mime_hdrs = list(body._headers)
    body._headers = []
    for n, v in hdrs:
        body._headers.append((n, v))
    if not any(n.lower() == "mime-version" for n, _ in hdrs):
        body._headers.append(("MIME-Version", "1.0"))
    body._headers.extend(mime_hdrs)
    buf = BytesIO()
    pol = policy.compat32.clone(linesep="\r\n", max_line_length=0)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(body)
    data = buf.getvalue()
    # normalise any bare LF inside our header strings to CRLF
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    fn = "%03d-%s.eml" % (num, slug)
    MAILS.append((fn, data))
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fn] = {"kind": lab["kind"], "case_id": lab.get("case_id"),
                  "account_ids": lab["account_ids"],
                  "sender_verified": lab.get("sender_verified"),
                  "language": lab.get("language", "en")}


def L(kind, case_id, ids, verified, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": ids,
            "sender_verified": verified, "language": lang}


AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")

# ================================================================= cases
T_A = datetime(2025, 5, 20, 14, 31, 7, tzinfo=UTC)      # Priya, form desk, outlook.com
CASE_A = cid15(T_A, 412)
T_B = datetime(2025, 6, 3, 9, 12, 44, tzinfo=UTC)       # Daniel, form desk, gmail
CASE_B = cid15(T_B, 1187)
T_C = datetime(2025, 7, 8, 1, 47, 19, tzinfo=UTC)       # Kenji, console (ja), nifty
CASE_C = cid15(T_C, 20931)
T_D = datetime(2025, 9, 16, 4, 5, 52, tzinfo=UTC)       # Yuki, form desk (ja), biglobe
CASE_D = cid15(T_D, 338)
T_G = datetime(2025, 10, 21, 17, 58, 3, tzinfo=UTC)     # Sarah, form desk, gmail
CASE_G = cid15(T_G, 76)
CASE_E = "11735180201"                                  # Marco, console 2022, gmail
CASE_F = "6418802273"                                   # Li Wei, form desk 2019, gmail
CASE_H = "13162004587"                                  # Anna, form desk 2023, outlook

PRIYA = ("Priya Raman", "priya.raman@outlook.com")
DANIEL = ("Daniel Okafor", "dokafor.dev@gmail.com")
KENJI = ("渡辺 健二", "k-watanabe@nifty.com")
YUKI = ("佐藤 由紀", "yuki.sato77@biglobe.ne.jp")
SARAH = ("Sarah Kim", "sarahkim.cloud@gmail.com")
MARCO = ("Marco Bianchi", "marco.bianchi.it@gmail.com")
LIWEI = ("Li Wei", "liwei.sre@gmail.com")
ANNA = ("Anna Kowalska", "anna.kowalska@outlook.com")


def std(frm, to, subj, dt, mid, charset="utf-8", extra=None):
    h = [("From", frm), ("To", addr(*to) if isinstance(to, tuple) else to),
         ("Subject", enc_subject(subj, charset)), ("Date", rfc(dt)), ("Message-ID", mid)]
    if extra:
        h += extra
    return h


# ================================================================= mails
def m001():
    dt = T_A + timedelta(seconds=41)
    to = PRIYA[1]
    subj = "[CASE %s] We have received your request - AWS Training and Certification" % CASE_A
    txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to let you know that we have received your request and a case has been
created for it.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID(s) provided: AWS04418230, AWS09921467

A member of our team will review your request and respond, in most cases
within 24 hours. You can reply to this email to add information to your
case. Please do not submit a new form for the same request, as duplicate
cases can delay our response.

Regards,
AWS Training and Certification

This message was sent from a notification-only workflow. Amazon Web Services,
Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
""" % CASE_A
    body = alt(part(txt, cte="quoted-printable"),
               part(html_wrap(p2h(txt), "Case received"), "html", cte="quoted-printable"))
    hdrs = aws_outlook(to, dt) + std(AWS_FORM, PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(1, "form-ack-case-received", hdrs, body,
         L("case_created", CASE_A, ["AWS04418230", "AWS09921467"], True))


def m002():
    dt = T_C + timedelta(seconds=12)
    subj = "Amazon Web Services: 新しいサポートケースが作成されました: %s" % CASE_C
    txt = """Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様からのお問い合わせを受け付け、以下のとおりサポートケースを作成いたしました。

ケース ID: %s
件名: AWS 認定の受験者アカウントが2つあるため統合したい
重要度: 一般的なガイダンス
カテゴリ: アカウントおよび請求 > AWS Training and Certification

担当者が内容を確認のうえ、順次ご連絡いたします。ケースの詳細の確認や追加情報のご連絡は、
サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんので
あらかじめご了承ください。

Amazon Web Services
""" % (CASE_C, CASE_C)
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "iso-2022-jp") + ses_tail(dt)
    emit(2, "console-case-opened-ja", hdrs, body, L("case_created", CASE_C, [], True, "ja"))


def m003():
    dt = T_A + timedelta(hours=19, minutes=4, seconds=11)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
    txt = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I was able to locate two certification accounts that appear to belong to you:

  - AWS04418230  (sign-in email: priya.raman@outlook.com)
  - AWS09921467  (sign-in email: p.raman@northwind-analytics.com)

Before I can submit anything on my end, I need one piece of information from
you: which of these two accounts would you like to keep? The account you keep
is the one you will sign in with going forward, and its email address will
receive all future certification communications.

Please reply to this email with the candidate ID you wish to retain.

Best regards,
Joanna S.
AWS Training and Certification

-----Original Message-----
From: priya.raman@outlook.com
Sent: Tuesday, May 20, 2025 2:31 PM UTC
Subject: AWS Training and Certification Form Submission - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418230
Description: Hi, I took my first exam with my work email at my old company and
later created another account with my personal email (AWS09921467). I would like
to have everything under one account please. Thanks, Priya
"""
    html = html_wrap(p2h(txt.split("-----Original Message-----")[0]) +
                     "<hr><div style=\"color:#555\">" +
                     p2h("-----Original Message-----" + txt.split("-----Original Message-----")[1]) + "</div>")
    body = alt(part(txt), part(html, "html"))
    hdrs = aws_outlook(PRIYA[1], dt) + std(AWS_FORM, PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(3, "agent-asks-which-account-to-keep", hdrs, body,
         L("support_reply", CASE_A, ["AWS04418230", "AWS09921467"], True))


def m004():
    dt = T_B + timedelta(days=1, hours=2, minutes=37, seconds=5)
    subj = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
    txt = """Dear Daniel,

Greetings from AWS Training and Certification!

As per your request, we are going to merge below mentioned accounts:

Source account (will be merged and deactivated): AWS07730215 - daniel.okafor@contoso-mail.com
Destination account (will be retained): AWS01982246 - dokafor.dev@gmail.com

All your certifications, exam history and benefits from the source account will
be moved to destination account.

Kindly confirm us the above details are correct so that we can proceed further
with the merge. Please be noted that once merge is done it can not be reverted
back.

Awaiting for your response.

Thanks & Regards,
Vivek R.
AWS Training and Certification

On Tue, Jun 3, 2025 at 9:12 AM Daniel Okafor <dokafor.dev@gmail.com> wrote:
> Hello, I have two AWS certification accounts. My old one is under my former
> employer's email (AWS07730215) and the new one is AWS01982246. Please merge
> them and keep the gmail one. Regards, Daniel
"""
    body = part(txt, cte="quoted-printable")
    hdrs = aws_gmail(DANIEL[1], dt) + std(AWS_FORM, DANIEL, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(4, "confirm-request-nonnative", hdrs, body,
         L("merge_confirmation_requested", CASE_B, ["AWS01982246", "AWS07730215"], True))


def m005():
    dt = T_B + timedelta(days=2, hours=5, minutes=2, seconds=50)
    subj = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
    txt = """Hi Daniel,

Thank you for confirming the details.

We will now proceed with the merge of your accounts. Once the merge is complete,
you will receive a confirmation email from us and all of your certifications will
be visible under the retained account. No further action is required from you
for now.

Thanks & Regards,
Vivek R.
AWS Training and Certification

On Wed, Jun 4, 2025 at 4:51 PM Daniel Okafor <dokafor.dev@gmail.com> wrote:
> The details are correct. Please proceed with the merge.
>
> On Wed, Jun 4, 2025 at 11:49 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Dear Daniel,
> >
> > As per your request, we are going to merge below mentioned accounts:
> > Source account (will be merged and deactivated): AWS07730215
> > Destination account (will be retained): AWS01982246
> >
> > Kindly confirm us the above details are correct so that we can proceed
> > further with the merge.
"""
    quoted = txt[txt.index("On Wed"):]
    top = txt[:txt.index("On Wed")]
    import html as _h
    html = html_wrap(p2h(top) + '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><pre>'
                     + _h.escape(quoted) + "</pre></blockquote></div>")
    body = alt(part(txt, cte="base64"), part(html, "html", cte="base64"))
    hdrs = aws_gmail(DANIEL[1], dt) + std(AWS_FORM, DANIEL, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(5, "thanks-for-confirming-will-proceed", hdrs, body,
         L("support_reply", CASE_B, [], True))


def m006():
    dt = T_B + timedelta(days=3, hours=1, minutes=15, seconds=9)
    subj = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px">
<tr><td style="padding:16px 0"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Dear Daniel,</p>
<p>We are glad to inform you that your certification accounts <b>AWS07730215</b> and <b>AWS01982246</b>
have been successfully merged. <b>AWS01982246</b> (dokafor.dev@gmail.com) is now your primary account and
the other account has been deactivated.</p>
<p>You can sign in at <a href="https://www.aws.training/certification">aws.training/certification</a> to review your
certifications and benefits. Credly badges are re-issued to the email of the retained account; this can
take up to 48 hours.</p>
<p>Thanks &amp; Regards,<br>Vivek R.<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding-top:24px">Case ID: %s<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</td></tr>
</table>""" % CASE_B
    body = part(html_wrap(inner, "AWS Training and Certification"), "html", cte="base64")
    hdrs = aws_gmail(DANIEL[1], dt) + std(AWS_FORM, DANIEL, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(6, "merge-done-html-only", hdrs, body,
         L("merge_completed", CASE_B, ["AWS01982246", "AWS07730215"], True))


def m007():
    dt = T_B + timedelta(days=3, hours=1, minutes=16, seconds=40)
    subj = "Your AWS Training and Certification case %s has been resolved" % CASE_B
    txt = """Hello,

Your case %s has been marked as resolved by our team.

Was your issue resolved?
  YES: https://survey.aws.training/r/%s?resolved=yes
  NO:  https://survey.aws.training/r/%s?resolved=no

How would you rate the support you received? It only takes a minute and helps
us improve.

If you need more help with this request, reply to this email within 7 days and
the case will be reopened automatically.

AWS Training and Certification
""" % (CASE_B, rhex(24), rhex(24))
    html = html_wrap("""<table width="600" align="center" style="border:1px solid #d5dbdb"><tr><td style="padding:24px">
<h2 style="color:#232f3e">Your case has been resolved</h2>
<p>Case ID: <b>%s</b></p>
<p style="font-size:16px">Was your issue resolved?</p>
<table><tr><td style="background:#ff9900;padding:8px 24px"><a style="color:#fff;text-decoration:none" href="https://survey.aws.training/r/x?resolved=yes">YES</a></td>
<td width="12"></td><td style="background:#545b64;padding:8px 24px"><a style="color:#fff;text-decoration:none" href="https://survey.aws.training/r/x?resolved=no">NO</a></td></tr></table>
<p>How would you rate the support you received? It only takes a minute.</p>
<p style="font-size:12px;color:#687078">Need more help with this request? Reply within 7 days to reopen the case.</p>
</td></tr></table>""" % CASE_B, "Case resolved")
    body = alt(part(txt, cte="7bit"), part(html, "html"))
    hdrs = aws_gmail(DANIEL[1], dt) + std(addr("AWS Training and Certification", "no-reply-trainingcertification@amazon.com"),
                                         DANIEL, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(7, "case-resolved-survey", hdrs, body, L("survey", CASE_B, [], True))


def credly_gmail(to, dt):
    ip = "168.245.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
    helo = "o%d.sendgrid.credly.com" % RNG.randint(1, 9)
    mf = "bounces+%d-%s-%s=%s@em.credly.com" % (RNG.randint(1000000, 9999999), rhex(4), to.split("@")[0], to.split("@")[1])
    ar = ("dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\r\n"
          "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";\r\n"
          "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % (rb64(8), mf, ip, mf))
    h = gmail_in(to, dt, mf, ip, helo, ar)
    h += [("DKIM-Signature", dkim("credly.com", "s1", dt, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to"))]
    return h


CREDLY_AWS = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def m008():
    dt = datetime(2025, 6, 6, 18, 40, 12, tzinfo=UTC)
    subj = "Congratulations, you've earned a badge from Amazon Web Services Training and Certification"
    txt = """Amazon Web Services Training and Certification has issued you a badge!

AWS Certified Solutions Architect - Associate

Daniel, congratulations! Amazon Web Services Training and Certification has
issued you the AWS Certified Solutions Architect - Associate badge. Accept your
badge to claim it and share your achievement.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Why accept? Accepting lets you share your verified achievement on LinkedIn and
other networks and add it to your email signature.

Questions? Visit https://support.credly.com

Credly, Inc. - 13809 Research Blvd, Suite 500, Austin, TX 78750
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge">
<p style="font-size:13px;color:#666">Amazon Web Services Training and Certification has issued you a badge!</p>
<h1 style="font-size:22px">AWS Certified Solutions Architect &ndash; Associate</h1>
<p>Daniel, congratulations! Accept your badge to claim it and share your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/x" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 13809 Research Blvd, Suite 500, Austin, TX 78750</p></div>""")
    body = alt(part(txt), part(html, "html"))
    hdrs = credly_gmail(DANIEL[1], dt) + std(CREDLY_AWS, DANIEL[1], subj, dt,
                                             "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 30)))
    emit(8, "credly-badge-earned", hdrs, body, L("credly_badge_issued", None, [], True))


def m009():
    dt = datetime(2025, 6, 9, 8, 3, 55, tzinfo=UTC)
    subj = "Your Credly account merge code"
    txt = """Hi Daniel,

We received a request to merge another Credly account into the account
registered to dokafor.dev@gmail.com.

Your verification code is: 482 917

Enter this code on the merge page, or click the button below, to finish
combining the two Credly accounts. Badges from the secondary account will then
appear in your primary Credly profile.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

This code expires in 30 minutes. If you did not request this, you can ignore
this email; no changes will be made.

The Credly Team
""" % rhex(40)
    html = html_wrap(p2h(txt).replace("Complete Account Merge: ", '<a style="background:#ff6b00;color:#fff;padding:10px 20px" href="https://www.credly.com/users/merge/confirm">Complete Account Merge</a> '))
    body = alt(part(txt), part(html, "html"))
    hdrs = credly_gmail(DANIEL[1], dt) + std(addr("Credly", "admin@credly.com"), DANIEL[1], subj, dt,
                                             "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 30)))
    emit(9, "credly-self-service-merge-code", hdrs, body, L("unrelated", None, [], True))


def m010():
    dt = datetime(2025, 11, 2, 15, 0, 31, tzinfo=UTC)
    subj = "Reminder: Your AWS Certified Developer - Associate badge expires in 60 days"
    txt = """Hi Sarah,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services
Training and Certification, will expire on January 1, 2026.

To keep your badge active, complete the recertification requirements set by
the issuer before the expiration date. Once it expires, the badge will remain
on your profile marked as expired.

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

Credly, Inc.
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    body = alt(part(txt, cte="7bit"), part(html_wrap(p2h(txt)), "html"))
    hdrs = credly_gmail(SARAH[1], dt) + std(CREDLY_AWS, SARAH[1], subj, dt,
                                            "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 30)))
    emit(10, "credly-expiry-reminder", hdrs, body, L("unrelated", None, [], True))


def gmail_generic(to, dt, from_dom, ip, helo, mf, dkim_ok=True, spf_ok=True, dmarc="pass",
                  policy_str="p=NONE sp=NONE dis=NONE", sel="s1"):
    ar = []
    ar.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % ("pass" if dkim_ok else "fail", from_dom, sel, rb64(8)))
    if spf_ok:
        ar.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    else:
        ar.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    ar.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy_str, from_dom))
    h = gmail_in(to, dt, mf, ip, helo, ";\r\n       ".join(ar), spf="pass" if spf_ok else "fail")
    h += [("DKIM-Signature", dkim(from_dom, sel, dt))]
    return h


def m011():
    dt = datetime(2025, 6, 5, 2, 14, 9, tzinfo=UTC)
    ip = "185.213.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    dom = "aws-certification-verify.com"
    helo = "mail.%s" % dom
    subj = "Action required: confirm the merge of your AWS Certification accounts"
    txt = """Dear Candidate,

Our records show that you have requested a merge of your AWS Certification
accounts. The following merge has been prepared:

  Account to be merged (closed):   AWS07730215
  Account to be kept (primary):    AWS01982246

Please confirm this merge within 24 hours by signing in with your AWS
credentials at the secure link below. If we do not receive your confirmation,
the request will be cancelled and your certifications may be suspended.

  Confirm merge: https://portal.%s/merge/confirm?c=%s

Thank you,
AWS Certification Support Team
""" % (dom, rhex(20))
    html = html_wrap(p2h(txt).replace("Confirm merge: https://portal.%s/merge/confirm" % dom,
                                      '<a href="https://portal.%s/merge/confirm" style="background:#ff9900;color:#000;padding:10px 18px">CONFIRM MERGE</a> ' % dom))
    body = alt(part(txt, cte="7bit"), part(html, "html"))
    mf = "bounce@%s" % dom
    hdrs = gmail_generic(DANIEL[1], dt, dom, ip, helo, mf) + std(
        addr("AWS Certification", "support@" + dom), DANIEL[1], subj, dt, "<%s@%s>" % (rhex(24), dom))
    emit(11, "phish-lookalike-confirm-merge", hdrs, body,
         L("merge_confirmation_requested", None, ["AWS01982246", "AWS07730215"], False))


def m012():
    dt = datetime(2025, 7, 19, 23, 51, 2, tzinfo=UTC)
    ip = "45.147.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    helo = "vps%d.hostkey-cloud.net" % RNG.randint(100, 999)
    mf = "info@" + helo
    fake_case = "175296841200417"
    subj = "RE:[CASE %s] Your certification accounts have been merged" % fake_case
    ar_top = ("dkim=none (message not signed) header.from=amazon.com;\r\n"
              "       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\r\n"
              "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % (mf, ip, mf))
    hdrs = gmail_in(SARAH[1], dt, mf, ip, helo, ar_top, spf="fail")
    # forged header inserted by the sender, below the provider's own
    hdrs += [("Received", "from [127.0.0.1] (localhost [127.0.0.1]) by %s with ESMTPSA; %s" % (helo, rfc(dt))),
             ("Authentication-Results", "mx.google.com;\r\n       dkim=pass header.i=@amazon.com;\r\n       spf=pass smtp.mailfrom=amazonses.com;\r\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")]
    txt = """Hello,

Your AWS Certification accounts have been merged successfully. All your
certifications are now stored under your primary account AWS05561390.

IMPORTANT: because the merge changed your sign-in details, your digital badges
will be removed within 48 hours unless you re-verify your identity:

  https://aws-certification.account-verify-center.com/signin?case=%s

Best regards,
Amazon Web Services
""" % fake_case
    body = part(txt, cte="quoted-printable")
    hdrs += std(AWS_NOREPLY, SARAH[1], subj, dt, "<%s.%s@amazon.com>" % (rhex(12), rhex(6)))
    emit(12, "spoofed-merge-done-dmarc-fail", hdrs, body,
         L("merge_completed", fake_case, ["AWS05561390"], False))


def m013():
    dt = datetime(2025, 8, 12, 6, 22, 40, tzinfo=UTC)
    subj = "RE:[CASE 5884881212] Duplicate detail pages for my ASINs"
    txt = """Hello,

This is Ravi from Amazon Selling Partner Support.

Thank you for your patience. I am happy to tell you that our catalog team has
merged the duplicate detail pages you reported. ASIN B0CX7Q2LMN is now the
surviving detail page and ASIN B0CX7Q9RTA has been retired; its offers have
been moved to the surviving page.

Please allow up to 24 hours for the change to appear on the website.

Was this answer helpful? Let us know by selecting Yes or No:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

We hope you found this information useful.

Thank you for selling with Amazon,
Ravi S.
Amazon.com
"""
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    ip = "54.240.%d.%d" % (RNG.randint(1, 50), RNG.randint(2, 250))
    mf = "20250812062240%s@bounces.amazon.com" % rhex(6)
    hdrs = gmail_generic(MARCO[1], dt, "amazon.com", ip, "a%s.smtp-out.amazonses.com" % ip.replace(".", "-"), mf,
                         policy_str="p=QUARANTINE sp=QUARANTINE dis=NONE", sel="yg4mwqurec7fkhzutopddd3ytuaqrvuz")
    hdrs += std(addr("Seller Support", "seller-notification@amazon.com"), MARCO[1], subj, dt,
                "<%s.%s@email.amazon.com>" % (rhex(20), rhex(8)))
    emit(13, "seller-central-case-merged-listings", hdrs, body,
         L("unrelated", "5884881212", [], True))


def m014():
    t_q = datetime(2025, 9, 2, 13, 7, 50, tzinfo=UTC)
    case_q = cid15(t_q, 5512)
    dt = t_q + timedelta(hours=6, minutes=12)
    subj = "RE:[CASE %s] Limit Increase: EC2 On-Demand Standard instances (us-east-1)" % case_q
    txt = """Hello,

Thank you for contacting AWS Support.

I am pleased to inform you that we have approved and processed your service
quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T,
Z) instances in US East (N. Virginia) from 64 to 256 vCPUs. It can sometimes
take up to 30 minutes for this to propagate and become available for use.

I hope this helps. Please let us know if you need anything else.

Best regards,
Kevin L.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.

To see the case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % case_q
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(MARCO[1], dt) + std(AWS_NOREPLY, MARCO[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(14, "other-aws-case-quota-increase", hdrs, body, L("unrelated", case_q, [], True))


def m015():
    dt = datetime(2025, 6, 10, 12, 30, 0, tzinfo=UTC)
    subj = "AWS Certification wants to hear from you"
    txt = """Hello Daniel Okafor,

Candidate ID: AWS01982246

Thank you for being part of the AWS Certification community. We'd love to know
about your experience with AWS Certification, from preparing for your exam to
using your certification benefits. The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

This email was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this email.
""" % rhex(16)
    html = html_wrap(p2h(txt))
    body = alt(part(txt, cte="7bit"), part(html, "html", cte="quoted-printable"))
    ip = "40.107.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    mf = "do-not-reply@certmetrics.com"
    hdrs = gmail_generic(DANIEL[1], dt, "certmetrics.com", ip, "mail-%s.outbound.protection.outlook.com" % rhex(6), mf, sel="selector1")
    hdrs += std(addr("AWS Certification", "do-not-reply@certmetrics.com"), DANIEL[1], subj, dt,
                "<%s@certmetrics.com>" % rhex(32))
    emit(15, "certmetrics-survey-lookalike", hdrs, body, L("unrelated", None, ["AWS01982246"], False))


def m016():
    dt = datetime(2025, 10, 28, 3, 11, 26, tzinfo=UTC)
    subj = "Confirmation of your exam appointment - AWS Certified Security - Specialty"
    txt = """Dear Sarah Kim,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment.

Candidate ID:     AWS05561390
Registration ID:  532109877
Exam:             SCS-C02: AWS Certified Security - Specialty
Date and time:    Thursday, November 20, 2025 at 9:00 AM PST
Delivery:         OnVUE online proctored

Please make sure the name on your ID matches the name on your profile. To
reschedule or cancel, sign in to your AWS Certification account at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    ip = "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    mf = "bounce-%s@pearsonvue.com" % rhex(8)
    hdrs = gmail_generic(SARAH[1], dt, "pearson.com", ip, "mailout%d.pearson.com" % RNG.randint(1, 9), mf,
                         policy_str="p=REJECT sp=REJECT dis=NONE", sel="pearson2048")
    hdrs += std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), SARAH[1], subj, dt,
                "<%s.JavaMail.pvue@vue-notify%02d>" % (rhex(18), RNG.randint(1, 12)))
    emit(16, "pearson-vue-appointment", hdrs, body, L("unrelated", None, ["AWS05561390"], False))


def m017():
    dt = datetime(2025, 5, 21, 8, 2, 17, tzinfo=UTC)
    subj = "Verify your AWS Builder ID email address"
    txt = """Verify your AWS Builder ID email address

Hello,

To finish creating or signing in to your AWS Builder ID, enter the following
verification code:

Verification code: 613 084

This code expires 10 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    html = html_wrap("""<div style="max-width:560px;margin:auto"><h2>Verify your AWS Builder ID email address</h2>
<p>To finish creating or signing in to your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;letter-spacing:4px;font-weight:bold">613084</p>
<p>This code expires 10 minutes after it was sent.</p>
<p style="color:#687078;font-size:12px">If you didn't request this code, you can safely ignore this email.</p></div>""")
    body = alt(part(txt), part(html, "html"))
    to = "p.raman@fabrikam.co.uk"
    ip = ses_ip()
    hdrs = corp_in(to, dt, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]), ip)
    hdrs += [("DKIM-Signature", dkim("signin.aws", "ccz3s5lrvnh7c2ke2atr3cl5d7nbp6p3", dt))]
    hdrs += std(addr("AWS Builder ID", "no-reply@signin.aws"), to, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(17, "builder-id-code-no-auth-results", hdrs, body, L("unrelated", None, [], None))


def m018():
    dt = datetime(2025, 7, 1, 10, 44, 3, tzinfo=UTC)
    subj = "Re: [fabrikam/cert-tools] Merge duplicate certification accounts in the HR export (PR #42)"
    txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/fabrikam/cert-tools/pull/42#event-%d
You are receiving this because you authored the thread.

Message ID: <fabrikam/cert-tools/pull/42/issue_event/%d@github.com>
""" % (RNG.randint(10**10, 10**11), RNG.randint(10**10, 10**11))
    html = html_wrap('<p>Merged <a href="https://github.com/fabrikam/cert-tools/pull/42">#42</a> into main.</p>'
                     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/fabrikam/cert-tools/pull/42">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    body = alt(part(txt, cte="7bit"), part(html, "html", cte="7bit"))
    ip = "192.30.252.%d" % RNG.randint(190, 210)
    mf = "noreply@github.com"
    hdrs = gmail_generic(MARCO[1], dt, "github.com", ip, "out-%d.smtp.github.com" % RNG.randint(20, 30), mf,
                         policy_str="p=REJECT sp=REJECT dis=NONE", sel="pf2023")
    hdrs += std(addr("Tomasz Nowak", "notifications@github.com"), addr("fabrikam/cert-tools", "cert-tools@noreply.github.com"), subj, dt,
                "<fabrikam/cert-tools/pull/42/issue_event/%d@github.com>" % RNG.randint(10**10, 10**11),
                extra=[("Cc", "Marco Bianchi <marco.bianchi.it@gmail.com>, Author <author@noreply.github.com>"),
                       ("In-Reply-To", "<fabrikam/cert-tools/pull/42@github.com>"),
                       ("References", "<fabrikam/cert-tools/pull/42@github.com>"),
                       ("List-ID", "fabrikam/cert-tools <cert-tools.fabrikam.github.com>"),
                       ("X-GitHub-Reason", "author")])
    emit(18, "github-pr-merged", hdrs, body, L("unrelated", None, [], False))


def m019():
    dt = datetime(2025, 8, 26, 16, 5, 0, tzinfo=UTC)
    subj = "Your AWS Certification benefits: what's new this month"
    txt = """AWS Training and Certification | Monthly update

Hi there,

Three things certified professionals should know this month:

1. Keep one account. If you have taken exams under more than one email
   address, you can ask us to combine your certification accounts so that all
   your credentials and benefits live in one place. Visit the AWS Certification
   help page and choose "Account Merge" on the contact form.
2. New exam: AWS Certified AI Practitioner is now available in 8 languages.
3. Your 50%% exam discount voucher is in the Benefits section of your
   certification account.

Explore AWS Skill Builder: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and
Certification communications. Unsubscribe: https://pages.awscloud.com/unsubscribe?id=%s

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""" % rhex(16)
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(SARAH[1], dt) + std(addr("AWS Training and Certification", "aws-training-and-certification@amazon.com"),
                                        SARAH[1], subj, dt, ses_mid(dt),
                                        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=%s>" % rhex(16)),
                                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]) + ses_tail(dt)
    emit(19, "aws-newsletter-mentions-account-merge", hdrs, body, L("unrelated", None, [], True))


def m020():
    dt = T_C + timedelta(days=1, hours=3, minutes=20, seconds=8)
    subj = "RE:[CASE %s] AWS 認定の受験者アカウントが2つあるため統合したい" % CASE_C
    txt = """渡辺 健二 様

Amazon Web Services サポートの中村でございます。
この度はお問い合わせいただき、誠にありがとうございます。

AWS 認定アカウントの統合につきまして、お客様ご本人のアカウントを正確に特定させて
いただくため、恐れ入りますが以下の情報をご教示いただけますでしょうか。

1. 各アカウントのサインインに使用されているメールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. お分かりになる場合は、各アカウントの受験者 ID（「AWS」から始まる番号）

いただいた情報を確認のうえ、統合の可否と今後の流れについてご案内いたします。

ご返信はサポートセンターのケース画面からお願いいたします。
何卒よろしくお願い申し上げます。

中村 恵
Amazon Web Services

ケースの確認・ご返信はこちら:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

本メールは送信専用アドレスから送信されています。本メールへ直接ご返信いただいても
お応えできませんのでご了承ください。
今回の対応について、サポートセンターの星マークから評価をお寄せください。
""" % CASE_C
    body = part(txt, charset="cp932", declared="Shift_JIS", cte="base64")
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "iso-2022-jp") + ses_tail(dt)
    emit(20, "agent-asks-login-emails-ja-sjis", hdrs, body, L("support_reply", CASE_C, [], True, "ja"))


CASE_H_T = datetime(2023, 3, 13, 10, 2, 0, tzinfo=UTC)
T_I = datetime(2025, 4, 2, 19, 26, 31, tzinfo=UTC)     # Olivia, duplicate case, gmail
CASE_I = cid15(T_I, 2290)
T_K = datetime(2025, 11, 4, 8, 40, 12, tzinfo=UTC)     # Tomas, gmail, name mismatch
CASE_K = cid15(T_K, 615)
OLIVIA = ("Olivia Martins", "olivia.martins.dev@gmail.com")
TOMAS = ("Tomás García", "tgarcia.ruiz@gmail.com")


def quote_gmail(intro, text):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def m021():
    dt = T_G + timedelta(days=1, hours=20, minutes=9, seconds=33)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G
    top = """Hi Sarah,

Thanks for your reply and for the question about your exam voucher.

To answer it: yes. Once the merge has been processed, any unused benefits,
including the 50% exam discount voucher earned on AWS05561390, will be
available on the account you are keeping, AWS08834102. Vouchers that were
already redeemed or have expired are not reissued, but yours is still valid
until March 2026, so you will not lose it.

Your merge request is already in our queue, and I will write to you as soon as
it has been completed.

Kind regards,
Carla M.
AWS Training and Certification
"""
    quoted = quote_gmail("On Wed, Oct 22, 2025 at 9:41 AM Sarah Kim <sarahkim.cloud@gmail.com> wrote:",
                         """Hi Carla,

Yes, that's correct, please go ahead and merge AWS05561390 into AWS08834102.
One question: I have a 50% voucher from my Developer exam on the old account.
Will I lose it after the merge?

Thanks,
Sarah""")
    txt = top + "\n" + quoted
    import html as _h
    html = html_wrap(p2h(top) + '<div class="gmail_quote"><blockquote style="border-left:1px solid #ccc;padding-left:1ex">'
                     + p2h(_h.unescape("\n".join(l[2:] for l in quoted.split("\n")[1:]))) + "</blockquote></div>")
    body = alt(part(txt), part(html, "html"))
    hdrs = aws_gmail(SARAH[1], dt) + std(AWS_FORM, SARAH, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(21, "answers-voucher-question-no-ask", hdrs, body,
         L("support_reply", CASE_G, ["AWS05561390", "AWS08834102"], True))


def m022():
    dt = T_G + timedelta(days=3, hours=2, minutes=51, seconds=7)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G
    txt = """Hi Sarah,

Good news: our Certification Operations team has finished processing your
request. Account AWS05561390 has been merged into AWS08834102, and all of your
certifications and your exam voucher now show on AWS08834102. You can sign in
with sarahkim.cloud@gmail.com as before.

Your Credly badges are handled by Credly, who will email you separately once
they have re-issued them to your current address. This normally takes 24-48
hours. If nothing arrives by then, just reply here and I'll follow up with
them.

Kind regards,
Carla M.
AWS Training and Certification
"""
    body = alt(part(txt, cte="base64"), part(html_wrap(p2h(txt)), "html", cte="base64"))
    hdrs = aws_gmail(SARAH[1], dt) + std(AWS_FORM, SARAH, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(22, "merge-done-by-other-team-credly-pending", hdrs, body,
         L("merge_completed", CASE_G, ["AWS05561390", "AWS08834102"], True))


def m023():
    dt = CASE_H_T + timedelta(days=1, hours=4, minutes=18, seconds=40)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H
    txt = """Hello Anna,

Thank you for the information you provided.

I have now forwarded your request, together with both candidate IDs
(AWS02749918 and AWS06025183), to our Certification Operations team, who are
the team that carries out account merges. They will review it and will contact
you through this case if anything else is needed. Merges usually take up to 5
business days from the moment the team picks up the request.

Best regards,
Mohammed A.
AWS Training and Certification

________________________________
From: Anna Kowalska <anna.kowalska@outlook.com>
Sent: Monday, March 13, 2023 11:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE 13162004587] account-assistance

Hello, the login for AWS02749918 is anna.kowalska@outlook.com and for AWS06025183
it is a.kowalska@contoso-pl.com. I want to keep the first one.
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_outlook(ANNA[1], dt) + std(AWS_FORM, ANNA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(23, "forwarded-to-ops-team-planned", hdrs, body,
         L("support_reply", CASE_H, ["AWS02749918", "AWS06025183"], True))


def m024():
    dt = T_C + timedelta(days=4, hours=6, minutes=2, seconds=51)
    subj = "RE:[CASE %s] AWS 認定の受験者アカウントが2つあるため統合したい" % CASE_C
    txt = """渡辺 健二 様

いつもお世話になっております。Amazon Web Services サポートの中村でございます。

大変お待たせいたしました。
ご依頼いただいておりました AWS 認定アカウントの統合作業が完了いたしましたので、
ご報告申し上げます。

　統合後のアカウント：AWS02276154（サインイン：k-watanabe@nifty.com）
　統合元のアカウント：AWS06619033（無効化済み）

これまでに取得された認定資格および受験履歴は、すべて AWS02276154 に移行されて
おります。お手数ですが、認定アカウントにサインインのうえ内容をご確認ください。

なお、Credly のデジタルバッジにつきましては、Credly 側での再発行となるため、
反映までに 1～2 営業日ほどかかる場合がございます。

ご不明な点がございましたら、サポートセンターよりお気軽にお問い合わせください。
今後とも Amazon Web Services をよろしくお願い申し上げます。

中村 恵
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
本メールは送信専用アドレスから送信されています。
""" % CASE_C
    body = part(txt, charset="cp932", declared="Shift_JIS", cte="8bit")
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "iso-2022-jp") + ses_tail(dt)
    emit(24, "merge-done-ja-sjis-8bit", hdrs, body,
         L("merge_completed", CASE_C, ["AWS02276154", "AWS06619033"], True, "ja"))


def m025():
    dt = T_C + timedelta(days=2, hours=23, minutes=44, seconds=2)
    subj = "RE:[CASE %s] AWS 認定の受験者アカウントが2つあるため統合したい" % CASE_C
    txt = """渡辺 健二 様

Amazon Web Services サポートの中村でございます。
メールアドレスのご連絡をいただき、誠にありがとうございました。

いただいた情報をもとに確認いたしましたところ、お客様名義のアカウントが 2 件
見つかりました。つきましては、以下の内容で統合を進めてもよろしいか、
ご確認をお願いできますでしょうか。

　■ 残すアカウント（統合先）
　　受験者 ID：AWS02276154
　　サインイン用メールアドレス：k-watanabe@nifty.com

　■ 統合されるアカウント（統合後に無効化）
　　受験者 ID：AWS06619033
　　サインイン用メールアドレス：kenji.watanabe@example-corp.co.jp

※統合後は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、サポートセンターのケース画面から
「上記内容で統合を希望します」とご返信くださいますようお願いいたします。
ご確認が取れ次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

中村 恵
Amazon Web Services
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "iso-2022-jp") + ses_tail(dt)
    emit(25, "confirm-request-ja-iso2022jp", hdrs, body,
         L("merge_confirmation_requested", CASE_C, ["AWS02276154", "AWS06619033"], True, "ja"))


def m026():
    dt = T_C + timedelta(days=3, hours=2, minutes=5, seconds=44)
    subj = "RE:[CASE %s] AWS 認定の受験者アカウントが2つあるため統合したい" % CASE_C
    txt = """渡辺 健二 様

Amazon Web Services サポートの中村でございます。
ご確認いただき、誠にありがとうございます。

承知いたしました。これより担当部署にて統合の手続きを進めてまいります。
作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、
今しばらくお待ちくださいますようお願い申し上げます。

なお、作業中は一時的に認定アカウントの表示が不完全になる場合がございますが、
完了後には正しく表示されますのでご安心ください。

中村 恵
Amazon Web Services

---- 2025/07/11 11:02 お客様からのご返信 ----
上記内容で統合を希望します。AWS06619033 を AWS02276154 に統合してください。
渡辺
"""
    body = alt(part(txt, cte="base64"), part(html_wrap(p2h(txt)), "html", cte="base64"))
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "utf-8") + ses_tail(dt)
    emit(26, "thanks-will-proceed-ja", hdrs, body, L("support_reply", CASE_C, [], True, "ja"))


def m027():
    dt = T_C + timedelta(days=11, hours=1, minutes=0, seconds=3)
    subj = "Amazon Web Services サポートケース %s はクローズされました" % CASE_C
    txt = """渡辺 健二 様

ケース ID %s（AWS 認定の受験者アカウントが2つあるため統合したい）は、
最後のご連絡から一定期間が経過したため、クローズされました。

今回のサポートはいかがでしたか？
以下のリンクから、1 分程度の簡単なアンケートにご協力ください。

　問題は解決しましたか？
　　はい　　：https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
　　いいえ　：https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

ケースを再開する場合は、サポートセンターからケースを開き「ケースを再開」を
選択してください。

Amazon Web Services
""" % (CASE_C, CASE_C, CASE_C)
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_jp("nifty", KENJI[1], dt) + std(AWS_NOREPLY, KENJI[1], subj, dt, ses_mid(dt), "utf-8") + ses_tail(dt)
    emit(27, "case-closed-survey-ja", hdrs, body, L("survey", CASE_C, [], True, "ja"))


def m028():
    dt = T_G + timedelta(days=4, hours=9, minutes=13, seconds=20)
    subj = "Your badge from Amazon Web Services Training and Certification is ready to accept"
    txt = """Hi Sarah,

Amazon Web Services Training and Certification has issued the following badge
to sarahkim.cloud@gmail.com after an update to your certification account:

  AWS Certified Developer - Associate
  Issued: January 1, 2023   Expires: January 1, 2026

This badge was previously connected to another email address. It has now been
issued to you here, and is waiting for you to accept it.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

The Credly Team
Credly, Inc. - Austin, TX
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    html = html_wrap(p2h(txt).replace("Accept your badge: ", '<a style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none" href="https://www.credly.com/earner/earned/badge/x">Accept your badge</a> '))
    body = alt(part(txt), part(html, "html"))
    hdrs = credly_gmail(SARAH[1], dt) + std(CREDLY_AWS, SARAH[1], subj, dt,
                                            "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 30)))
    emit(28, "credly-badge-reissued-after-merge", hdrs, body, L("credly_badge_issued", None, [], True))


def m029():
    dt = CASE_H_T + timedelta(days=9, hours=2, minutes=33, seconds=1)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H
    txt = """Hello Anna,

I am following up on my previous email from 16 March. We have not received a
reply from you yet, and we need it before your request can move forward.

When you have a moment, please reply directly to this email. If we do not hear
from you within 5 business days, this case will be closed automatically; you
can still reopen it later by replying to this thread.

Best regards,
Mohammed A.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 16, 2023 2:14 PM
To: anna.kowalska@outlook.com
Subject: RE:[CASE 13162004587] [AWS Training and Certification Form Submission] - account-assistance

Hello Anna,

Our Certification Operations team has prepared your merge:
Account to be kept: AWS02749918
Account to be merged into it and closed: AWS06025183

Please reply "I confirm" so that we can complete it. This cannot be undone.
"""
    body = part(txt, cte="quoted-printable", charset="windows-1252", codec="cp1252")
    hdrs = aws_outlook(ANNA[1], dt) + std(AWS_FORM, ANNA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(29, "chaser-no-reply-quoted-confirm", hdrs, body, L("support_reply", CASE_H, [], True))


def m030():
    dt = T_A + timedelta(days=3, hours=22, minutes=5, seconds=29)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
    txt = """Hello Priya,

Thank you for your patience.

A quick status update: your merge request is currently with our back-end team
and is being worked on. Requests of this type usually take 3 to 5 business
days. There is nothing you need to do at this point; I will reach out on this
case as soon as the work has been finished.

Best regards,
Joanna S.
AWS Training and Certification
"""
    body = alt(part(txt, cte="7bit"), part(html_wrap(p2h(txt)), "html", cte="7bit"))
    hdrs = aws_outlook(PRIYA[1], dt) + std(AWS_FORM, PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(30, "status-update-in-progress", hdrs, body, L("support_reply", CASE_A, [], True))


def m031():
    dt = T_I + timedelta(hours=21, minutes=40, seconds=18)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_I
    txt = """Hi Olivia,

Thank you for contacting AWS Training and Certification.

I checked both candidate IDs in your request. Good news: there is nothing left
to do. These two accounts were already merged on February 12, 2025 under your
earlier case 173913376200981. AWS03390017 is your active account and holds all
of your certifications; AWS03390470 no longer exists as a separate account,
which is why you could not sign in to it.

Because the work was completed under the earlier case, I will mark this one as
resolved.

Regards,
Aiko T.
AWS Training and Certification
"""
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(OLIVIA[1], dt) + std(AWS_FORM, OLIVIA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(31, "already-merged-under-earlier-case", hdrs, body,
         L("merge_completed", CASE_I, ["AWS03390017", "AWS03390470"], True))


def m032():
    dt = T_K + timedelta(days=1, hours=1, minutes=12, seconds=55)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_K
    txt = """Hello Tomás,

Thank you for your patience while we reviewed your request.

Unfortunately we are not able to merge your accounts at this time. The legal
name on AWS07106634 ("Tomas Garcia") does not match the legal name on
AWS01457720 ("Tomás García Ruiz"), and for security reasons merges are only
possible between accounts with the same legal name.

To continue, please update the legal name on AWS07106634 so that it matches
your ID, in the Profile section of your certification account, and then reply
to this email to let me know it's done. After that I can resubmit your
request.

Saludos / Kind regards,
Iván P.
AWS Training and Certification
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_gmail(TOMAS[1], dt) + std(AWS_FORM, TOMAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(32, "cannot-merge-name-mismatch", hdrs, body,
         L("support_reply", CASE_K, ["AWS01457720", "AWS07106634"], True))


T_L = datetime(2025, 8, 4, 7, 55, 40, tzinfo=UTC)      # Lukas, gmail
CASE_L = cid15(T_L, 90113)
T_M = datetime(2025, 2, 17, 11, 3, 29, tzinfo=UTC)     # James, corporate exchange, no AR
CASE_M = cid15(T_M, 7)
LUKAS = ("Lukas Becker", "lukas.becker.ffm@gmail.com")
JAMES = ("James O'Connor", "james.oconnor@fabrikam.co.uk")


def outlook_user_in(to, dt, from_dom, ip, helo):
    ar = ("spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n"
          " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\r\n reason=100" % (ip, from_dom, from_dom, from_dom))
    return outlook_in(to, dt, ip, helo, ar, from_dom) + [("DKIM-Signature", dkim(from_dom, "selector1", dt))]


def m033():
    dt = T_A + timedelta(days=1, hours=2, minutes=47, seconds=12)
    subj = "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
    txt = """Hello Joanna,

Please keep AWS04418230 (priya.raman@outlook.com). I confirm that AWS09921467
can be merged into it and closed - I no longer have access to that mailbox
anyway.

Thank you!
Priya

Priya Raman | Senior Data Engineer | Northwind Analytics
+44 20 7946 0321

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 21 May 2025 10:35
To: Priya Raman <priya.raman@outlook.com>
Subject: RE:[CASE 174775146700412] [AWS Training and Certification Form Submission] - account-assistance

Hello Priya,

I was able to locate two certification accounts that appear to belong to you.
Before I can submit anything on my end, I need one piece of information from
you: which of these two accounts would you like to keep?
"""
    body = alt(part(txt, charset="windows-1252", codec="cp1252", cte="quoted-printable"),
               part(html_wrap(p2h(txt)), "html", charset="windows-1252", codec="cp1252", cte="quoted-printable"))
    ip = "40.107.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    helo = "LO2P265CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 999)
    hdrs = outlook_user_in(PRIYA[1], dt, "northwind-analytics.com", ip, helo)
    hdrs += std(addr("Priya Raman", "p.raman@northwind-analytics.com"),
                "aws-cs-trainingcertification-form@amazon.com", subj, dt,
                "<LO2P265MB%04d%s@LO2P265MB%04d.GBRP265.PROD.OUTLOOK.COM>" % (RNG.randint(1000, 9999), rhex(10).upper(), RNG.randint(1000, 9999)),
                extra=[("Cc", addr(*PRIYA)), ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
                       ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")])
    emit(33, "users-own-confirmation-cc", hdrs, body,
         L("unrelated", CASE_A, ["AWS04418230", "AWS09921467"], False))


def m034():
    dt = CASE_H_T + timedelta(days=14, hours=5, minutes=9, seconds=30)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H
    txt = """Hello Anna,

Thank you for confirming. I am happy to let you know that the merge has been
completed: AWS06025183 has been merged into AWS02749918, and all of your
certifications now appear on AWS02749918.

One separate point that is not related to the merge: you have an exam booked
for April 5 that was scheduled from the old account. It has been moved along
with everything else. Could you let me know whether you still plan to take it
on that date, or whether you would like help rescheduling?

Best regards,
Mohammed A.
AWS Training and Certification

-----Original Message-----
From: Anna Kowalska <anna.kowalska@outlook.com>
Sent: Thursday, March 23, 2023 9:40 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE 13162004587] account-assistance

Sorry for the late reply. I confirm, please merge AWS06025183 into AWS02749918.
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_outlook(ANNA[1], dt) + std(AWS_FORM, ANNA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(34, "merge-done-plus-unrelated-question", hdrs, body,
         L("merge_completed", CASE_H, ["AWS02749918", "AWS06025183"], True))


T_E = datetime(2022, 10, 5, 15, 20, 11, tzinfo=UTC)


def m035():
    dt = T_E + timedelta(days=1, hours=3, minutes=1, seconds=5)
    subj = "[Case %s] New correspondence added" % CASE_E
    txt = """Hello,

A new correspondence has been added to your AWS Support case.

Case ID: %s
Subject: Merge two certification accounts
Severity: General guidance

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This email address cannot accept replies. Please use the Support Center to
respond to this case.

Amazon Web Services
""" % (CASE_E, CASE_E)
    body = alt(part(txt, cte="7bit"), part(html_wrap(p2h(txt)), "html", cte="7bit"))
    hdrs = aws_gmail(MARCO[1], dt) + std(AWS_NOREPLY, MARCO[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(35, "console-new-correspondence-notice", hdrs, body, L("support_reply", CASE_E, [], True))


def m036():
    dt = T_E + timedelta(days=2, hours=19, minutes=30, seconds=45)
    subj = "RE:[CASE %s] Merge two certification accounts" % CASE_E
    txt = """Hello Marco,

Thank you for your patience.

I have completed the merge of your certification accounts. The records from
aws09137745 are now consolidated under AWS-04425561, which remains your active
account. You can sign in with marco.bianchi.it@gmail.com as usual; the other
profile has been deactivated.

If anything looks wrong on your transcript, just reply in the Support Center.

Best regards,
Fatima Z.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.

To see the case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_E
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(MARCO[1], dt) + std(AWS_NOREPLY, MARCO[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(36, "console-merge-done-rating-footer", hdrs, body,
         L("merge_completed", CASE_E, ["AWS04425561", "AWS09137745"], True))


def m037():
    dt = T_K + timedelta(days=3, hours=5, minutes=44, seconds=21)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_K
    dup = cid15(T_K + timedelta(days=2, hours=7, minutes=3, seconds=8), 1402)
    txt = """Hello Tomás,

I noticed that a second case (%s) was opened yesterday for the same
request. To keep everything in one place, I have merged that case into this
one and closed it, so please continue to write to us here only.

Regarding your accounts: we are still waiting for the legal name on your
older account to be updated, as described in my previous email. As soon as
that is done, we will resubmit the merge request for you.

Saludos / Kind regards,
Iván P.
AWS Training and Certification
""" % dup
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(TOMAS[1], dt) + std(AWS_FORM, TOMAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(37, "duplicate-case-merged-into-this-one", hdrs, body, L("support_reply", CASE_K, [], True))


def m038():
    dt = T_L + timedelta(days=1, hours=0, minutes=31, seconds=9)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_L
    txt = """Dear Lukas,

Thank you for contacting AWS Training and Certification.

Before we go ahead with your request for AWS03817265 and AWS08852091, I have
one question on a related topic: do you also have two separate Credly
accounts? Credly is a separate platform, and if your badges are split across
two Credly profiles, that part has to be combined on the Credly side.

Could you tell me which email address (or addresses) your Credly account(s)
use? This will not change anything about your certification accounts.

Best regards,
Sebastian K.
AWS Training and Certification
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_gmail(LUKAS[1], dt) + std(AWS_FORM, LUKAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(38, "asks-about-credly-accounts", hdrs, body,
         L("support_reply", CASE_L, ["AWS03817265", "AWS08852091"], True))


def m039():
    dt = datetime(2025, 8, 9, 4, 17, 52, tzinfo=UTC)
    dom = "credly-badgenotify.com"
    ip = "91.215.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    subj = "Your AWS badges have been issued to your merged account"
    txt = """Hello,

Following the merge of your AWS Certification accounts, Amazon Web Services
Training and Certification has issued 3 badges to your merged account.

To accept your badges, sign in with your AWS account credentials:

  Accept your badges: https://www.%s/accept?uid=%s

Badges not accepted within 72 hours will be revoked.

Credly Badge Services
""" % (dom, rhex(18))
    html = html_wrap(p2h(txt))
    body = alt(part(txt, cte="7bit"), part(html, "html", cte="base64"))
    mf = "noreply@" + dom
    hdrs = gmail_generic(LUKAS[1], dt, dom, ip, "smtp." + dom, mf, dkim_ok=False, dmarc="none",
                         policy_str="p=NONE sp=NONE dis=NONE")
    hdrs += std(addr("Credly", "badges@" + dom), LUKAS[1], subj, dt, "<%s@%s>" % (rhex(20), dom))
    emit(39, "phish-lookalike-credly-badges-after-merge", hdrs, body,
         L("credly_badge_issued", None, [], False))


def m040():
    dt = T_M + timedelta(seconds=57)
    subj = "Your case has been received [CASE %s]" % CASE_M
    txt = """Hi James,

Thank you for contacting AWS Training and Certification Customer Support.

Your case number is %s. We aim to reply within one business day.

Summary of your request
  Topic:         Certification - Account Merge
  Candidate ID:  AWS 06340912
  Description:   Two certification profiles (work and personal email), would
                 like to consolidate into one.

To add details, reply to this email and keep the case number in the subject
line. Opening a new request for the same issue may slow things down.

AWS Training and Certification Customer Support
""" % CASE_M
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    to = JAMES[1]
    ip = ses_ip()
    hdrs = corp_in(to, dt, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]), ip)
    hdrs += [("DKIM-Signature", dkim("amazon.com", AMZ_SEL, dt)),
             ("DKIM-Signature", dkim("amazonses.com", SES_SEL, dt))]
    hdrs += std(AWS_FORM, JAMES, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(40, "case-received-corporate-no-auth-results", hdrs, body,
         L("case_created", CASE_M, ["AWS06340912"], None))


def m041():
    dt = T_A + timedelta(days=6, hours=3, minutes=10, seconds=0)
    subj = "How did we do? Case %s" % CASE_A
    txt = """Hello Priya,

Recently you contacted AWS Training and Certification (case %s), and
your case is now closed. We would appreciate a minute of your time to tell us
how we did.

How satisfied were you with the support you received?

  1 - Very dissatisfied   2   3   4   5 - Very satisfied
  https://amazonwebservices.qualtrics.com/jfe/form/SV_%s?case=%s

Your feedback goes directly to the team that handled your case.

Thank you,
AWS Training and Certification
""" % (CASE_A, rb64(15).replace("+", "x").replace("/", "y"), CASE_A)
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_outlook(PRIYA[1], dt) + std(addr("AWS Training and Certification", "no-reply-trainingcertification@amazon.com"),
                                          PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(41, "rating-request-how-did-we-do", hdrs, body, L("survey", CASE_A, [], True))


def m042():
    t_b = datetime(2025, 10, 30, 21, 4, 17, tzinfo=UTC)
    case_b = cid15(t_b, 3360)
    dt = t_b + timedelta(seconds=19)
    subj = "Amazon Web Services: You have opened a new Support case: %s" % case_b
    txt = """Thank you for contacting Amazon Web Services. We have opened case %s
to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected charges after closing member account in my Organization
Severity: General guidance
Correspondence: I closed a member account last week but I still see charges
on the consolidated bill for October. Please explain.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the AWS Support Center and reply to the case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" % (case_b, case_b, case_b)
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(MARCO[1], dt) + std(AWS_NOREPLY, MARCO[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(42, "console-case-opened-billing", hdrs, body, L("unrelated", case_b, [], True))


def credly_jp(provider, to, dt):
    ip = "168.245.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
    helo = "o%d.sendgrid.credly.com" % RNG.randint(1, 9)
    mf = "bounces+%d-%s@em.credly.com" % (RNG.randint(1000000, 9999999), rhex(4))
    ar = ("spf=pass smtp.mailfrom=em.credly.com;\r\n\tdkim=pass header.d=credly.com header.s=s1;\r\n"
          "\tdmarc=pass (p=reject) header.from=credly.com")
    return jp_in(provider, to, dt, ip, helo, ar, mf) + [("DKIM-Signature", dkim("credly.com", "s1", dt))]


def m043():
    dt = T_D + timedelta(days=6, hours=2, minutes=28, seconds=14)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
    top = """佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
平素より格別のご高配を賜り、厚く御礼申し上げます。

お待たせいたしました。お申し込みいただいておりましたお手続きが本日完了いたしました。
AWS05092637 に登録されていた認定資格・受験履歴・特典は、すべて AWS01128834 に
移行済みです。今後は AWS01128834 のアカウント（yuki.sato77@biglobe.ne.jp）で
サインインしてください。

Credly のバッジは Credly 社から別途メールが届きます。3 営業日を過ぎても届かない
場合は、本メールにご返信いただければ、こちらから Credly 社へ確認いたします。

引き続きよろしくお願い申し上げます。

山本 拓也
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年9月18日(木) 10:02 佐藤 由紀 <yuki.sato77@biglobe.ne.jp>:

> 山本様
>
> ご連絡ありがとうございます。内容に相違ございません。
> AWS05092637 を AWS01128834 に統合していただけますようお願いいたします。
>
> 佐藤
"""
    txt = top + quoted
    body = alt(part(txt, cte="base64"), part(html_wrap(p2h(top) + "<blockquote>" + p2h(quoted) + "</blockquote>"), "html", cte="base64"))
    hdrs = aws_jp("biglobe", YUKI[1], dt) + std(AWS_FORM, YUKI[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(43, "procedure-completed-ja-no-merge-word", hdrs, body,
         L("merge_completed", CASE_D, ["AWS01128834", "AWS05092637"], True, "ja"))


def m044():
    dt = T_A + timedelta(days=2, hours=0, minutes=55, seconds=3)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
    txt = """Hello Priya,

Thanks for your message. To answer your question about signing in:

After the merge, you will sign in only with priya.raman@outlook.com, the
address on AWS04418230. The work address will no longer be able to sign in.
Your transcript and the digital badge links will list all four of your
certifications under that one account, and your exam history is kept.

Nothing else is needed from you; I will let you know here when it is done.

Best regards,
Joanna S.
AWS Training and Certification

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Thursday, May 22, 2025 8:14 AM
Subject: RE:[CASE 174775146700412] account-assistance

Thanks Joanna. Quick question - which email will I use to log in after this?
"""
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_outlook(PRIYA[1], dt) + std(AWS_FORM, PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(44, "answers-signin-question-no-ask", hdrs, body,
         L("support_reply", CASE_A, ["AWS04418230"], True))


def m045():
    dt = T_D + timedelta(days=2, hours=6, minutes=40, seconds=2)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
    txt = """佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
ご返信いただき、ありがとうございます。

残すアカウントのご指定を承りました。アカウントの統合は専門の担当部署が
対応するため、本日、担当部署へ依頼をエスカレーションいたしました。
担当部署での確認が済み次第、統合内容の最終確認のご連絡を差し上げます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

山本 拓也
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    hdrs = aws_jp("biglobe", YUKI[1], dt) + std(AWS_FORM, YUKI[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(45, "escalated-to-team-ja", hdrs, body, L("support_reply", CASE_D, [], True, "ja"))


def m046():
    dt = T_D + timedelta(days=1, hours=1, minutes=3, seconds=37)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
    txt = """佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの山本と申します。
この度はお問い合わせいただき、誠にありがとうございます。

お客様のお名前で、以下 2 つの認定アカウントを確認いたしました。

　・AWS01128834（yuki.sato77@biglobe.ne.jp）
　・AWS05092637（y-sato@example-sier.co.jp）

統合にあたり、どちらのアカウントを今後ご利用になるか（残すアカウント）を
お知らせいただけますでしょうか。残すアカウントのメールアドレスが、今後の
サインインおよび各種通知の宛先となります。

お手数をおかけいたしますが、本メールにご返信くださいますようお願いいたします。

山本 拓也
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: yuki.sato77@biglobe.ne.jp
Sent: 2025/09/16 13:05 JST
Subject: AWS Training and Certification Form Submission - account-assistance

認定アカウントが2つあるので1つにまとめたいです。AWS01128834 / AWS05092637
"""
    body = part(txt, charset="iso-2022-jp", cte="7bit")
    hdrs = aws_jp("biglobe", YUKI[1], dt) + std(AWS_FORM, YUKI[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(46, "asks-which-account-to-keep-ja", hdrs, body,
         L("support_reply", CASE_D, ["AWS01128834", "AWS05092637"], True, "ja"))


def m047():
    dt = T_L + timedelta(days=2, hours=3, minutes=2, seconds=48)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_L
    txt = """Dear Lukas,

Thank you for the Credly details.

Here is what we have prepared for your certification accounts:

  * Your certification records from AWS08852091 (l.becker@contoso-de.com) will
    be combined into AWS03817265 (lukas.becker.ffm@gmail.com).
  * AWS03817265 stays active; AWS08852091 will be deactivated afterwards.
  * This is permanent and cannot be reversed.

If this is what you would like, please reply with "Yes, go ahead". We will not
make any change to your accounts until we have your answer.

Best regards,
Sebastian K.
AWS Training and Certification

On Wed, Aug 6, 2025 at 8:12 AM Lukas Becker <lukas.becker.ffm@gmail.com> wrote:
> Hi Sebastian, I only have one Credly account (lukas.becker.ffm@gmail.com).
> Best, Lukas
"""
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(LUKAS[1], dt) + std(AWS_FORM, LUKAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(47, "confirm-request-combine-wording", hdrs, body,
         L("merge_confirmation_requested", CASE_L, ["AWS03817265", "AWS08852091"], True))


def m048():
    dt = T_L + timedelta(days=4, hours=1, minutes=17, seconds=6)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_L
    txt = """Dear Lukas,

Thank you for your reply.

All of your certifications now appear under AWS03817265, and the profile
AWS08852091 has been deactivated. Your exam history and your voucher were
carried over as well. You can check everything by signing in with
lukas.becker.ffm@gmail.com.

Best regards,
Sebastian K.
AWS Training and Certification

On Thu, Aug 7, 2025 at 10:30 AM Lukas Becker <lukas.becker.ffm@gmail.com> wrote:
> Yes, go ahead.
>
> On Wed, Aug 6, 2025 at 10:58 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Here is what we have prepared for your certification accounts:
> > Your certification records from AWS08852091 will be combined into
> > AWS03817265. If this is what you would like, please reply with
> > "Yes, go ahead".
"""
    body = alt(part(txt, cte="base64"), part(html_wrap(p2h(txt)), "html", cte="base64"))
    hdrs = aws_gmail(LUKAS[1], dt) + std(AWS_FORM, LUKAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(48, "done-without-merge-word", hdrs, body,
         L("merge_completed", CASE_L, ["AWS03817265", "AWS08852091"], True))


def m049():
    dt = datetime(2025, 5, 22, 5, 48, 30, tzinfo=UTC)
    dom = "aws-supportcenter.net"
    ip = "103.152.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    helo = "mx1." + dom
    fake_case = cid15(dt - timedelta(minutes=3), 44120)
    subj = "Amazon Web Services: You have opened a new Support case: %s" % fake_case
    txt = """Thank you for contacting Amazon Web Services. We have opened case %s
to address your AWS Certification account merge request.

Case ID: %s
Subject: AWS Certification Account Merge
Severity: High

To protect your certifications during the merge, you must verify your identity
within 12 hours:
https://%s/case/verify?displayId=%s

Sincerely,
Amazon Web Services
""" % (fake_case, fake_case, dom, fake_case)
    body = part(html_wrap(p2h(txt)), "html", cte="quoted-printable")
    ar = ("spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=none (message not signed)\r\n"
          " header.d=none;dmarc=none action=none header.from=%s;compauth=fail\r\n reason=451" % (ip, dom, dom))
    hdrs = outlook_in(PRIYA[1], dt, ip, helo, ar, dom)
    hdrs += std(addr("Amazon Web Services", "no-reply-aws@" + dom), PRIYA[1], subj, dt, "<%s@%s>" % (rhex(28), dom))
    emit(49, "phish-lookalike-case-opened-merge", hdrs, body,
         L("case_created", fake_case, [], False))


def m050():
    dt = datetime(2025, 9, 9, 2, 30, 11, tzinfo=UTC)
    dom = "amazon-aws-invoices.com"
    ip = "194.87.%d.%d" % (RNG.randint(1, 250), RNG.randint(2, 250))
    subj = "Action Required: Your AWS account has been suspended"
    txt = """Dear AWS Customer,

We were unable to process the payment for your latest AWS invoice. As a
result, your AWS account has been suspended and your resources will be
deleted in 48 hours.

To restore your account, update your payment information here:
https://billing.%s/restore?acct=%s

AWS Billing Department
""" % (dom, rhex(12))
    body = alt(part(txt, cte="7bit"), part(html_wrap(p2h(txt)), "html", cte="7bit"))
    mf = "billing@" + dom
    hdrs = gmail_generic(SARAH[1], dt, dom, ip, "mail." + dom, mf, dkim_ok=True, dmarc="pass",
                         policy_str="p=NONE sp=NONE dis=NONE")
    hdrs += std(addr("AWS Billing", "billing@" + dom), SARAH[1], subj, dt, "<%s@%s>" % (rhex(24), dom))
    emit(50, "phish-account-suspended-not-merge", hdrs, body, L("unrelated", None, [], False))


def m051():
    dt = T_K + timedelta(days=12, hours=0, minutes=0, seconds=14)
    subj = "Your AWS Training and Certification case %s has been closed" % CASE_K
    txt = """Hello Tomás,

We are closing case %s because we have not received a response from you
in the last 7 days. If you still need help, simply reply to this email and the
case will be reopened.

We would love to hear about your experience. Was your issue resolved?

  YES: https://survey.aws.training/r/%s?resolved=yes
  NO:  https://survey.aws.training/r/%s?resolved=no

AWS Training and Certification
""" % (CASE_K, rhex(24), rhex(24))
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_gmail(TOMAS[1], dt) + std(addr("AWS Training and Certification", "no-reply-trainingcertification@amazon.com"),
                                        TOMAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(51, "closed-no-response-survey", hdrs, body, L("survey", CASE_K, [], True))


def m052():
    dt = datetime(2025, 10, 14, 13, 22, 8, tzinfo=UTC)
    subj = "Re: cert-tracker | Merge AWS candidate IDs into one profile (!118)"
    txt = """Merge request !118 was merged

Project: platform-team/cert-tracker
Branch: feature/merge-candidate-ids -> main
Author: Lukas Becker

Merge AWS candidate IDs into one profile
https://gitlab.com/platform-team/cert-tracker/-/merge_requests/118

--
Reply to this email directly or view it on GitLab.
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    ip = "192.237.158.%d" % RNG.randint(2, 250)
    mf = "gitlab@mg.gitlab.com"
    hdrs = gmail_generic(LUKAS[1], dt, "gitlab.com", ip, "mg-%s.mg.gitlab.com" % rhex(4), mf,
                         policy_str="p=REJECT sp=REJECT dis=NONE", sel="mg")
    hdrs += std(addr("Lukas Becker (@lbecker)", "gitlab@mg.gitlab.com"), addr(*LUKAS), subj, dt,
                "<merge_request_%d@gitlab.com>" % RNG.randint(10**8, 10**9),
                extra=[("X-GitLab-Project", "cert-tracker"), ("X-GitLab-MergeRequest-IID", "118"),
                       ("X-GitLab-NotificationReason", "own_activity")])
    emit(52, "gitlab-mr-merged", hdrs, body, L("unrelated", None, [], False))


T_N = datetime(2025, 12, 1, 16, 9, 58, tzinfo=UTC)     # Ethan, console, outlook
CASE_N = cid15(T_N, 51)
T_F = datetime(2019, 11, 4, 18, 22, 5, tzinfo=UTC)
ETHAN = ("Ethan Wright", "ethan.wright@hotmail.com")


def m053():
    dt = T_N + timedelta(seconds=23)
    subj = "Amazon Web Services: You have opened a new Support case: %s" % CASE_N
    txt = """Thank you for contacting Amazon Web Services. We have opened case %s
to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Please merge my two AWS Certification accounts
Severity: General guidance
Correspondence: Hi, I have two certification accounts, AWS-07781203 (current
job) and aws07781290 (personal). I want everything in AWS-07781203. Thanks.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the AWS Support Center and reply to the case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" % (CASE_N, CASE_N, CASE_N)
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_outlook(ETHAN[1], dt) + std(AWS_NOREPLY, ETHAN[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(53, "console-case-opened-merge-en", hdrs, body,
         L("case_created", CASE_N, ["AWS07781203", "AWS07781290"], True))


def m054():
    dt = T_A + timedelta(days=1, hours=6, minutes=2, seconds=17)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
    txt = """Hello Priya,

Thank you for letting us know. Please review the following before we submit
anything:

  Account to be retained:          AWS-04418230 (priya.raman@outlook.com)
  Account to be merged and closed: aws 09921467 (p.raman@northwind-analytics.com)

If you confirm, the merge will be completed within 2 business days and you
will receive an email once it is done. Please keep in mind that a merge cannot
be undone.

Kindly reply to this email with "I confirm" so that we can proceed.

Best regards,
Joanna S.
AWS Training and Certification

From: Priya Raman <p.raman@northwind-analytics.com>
Sent: Wednesday, May 21, 2025 5:18 PM
To: aws-cs-trainingcertification-form@amazon.com
Cc: Priya Raman <priya.raman@outlook.com>
Subject: RE: RE:[CASE 174775146700412] [AWS Training and Certification Form Submission] - account-assistance

Hello Joanna,

Please keep AWS04418230 (priya.raman@outlook.com). I confirm that AWS09921467
can be merged into it and closed.
"""
    body = alt(part(txt, cte="quoted-printable"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    hdrs = aws_outlook(PRIYA[1], dt) + std(AWS_FORM, PRIYA, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(54, "confirm-request-conditional-id-variants", hdrs, body,
         L("merge_confirmation_requested", CASE_A, ["AWS04418230", "AWS09921467"], True))


def m055():
    dt = T_F + timedelta(days=1, hours=16, minutes=40, seconds=2)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F
    txt = """Hello Li,

Thank you for contacting AWS Training and Certification.

We’ve reviewed your request. Before we make any change, please confirm that
you’d like us to merge AWS00871245 into AWS00913378 – AWS00913378 will be your
primary account and AWS00871245 will be closed. All certifications, including
your “AWS Certified SysOps Administrator – Associate”, will move to the primary
account.

Please note that this can’t be reversed. Reply “confirm” and we’ll take care of
the rest.

Regards,
Priyanka D.
AWS Training and Certification
"""
    # declared ISO-8859-1 while the bytes are UTF-8 (mislabelled by the sender)
    body = part(txt, charset="utf-8", declared="iso-8859-1", cte="8bit")
    hdrs = aws_gmail(LIWEI[1], dt) + std(AWS_FORM, LIWEI, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(55, "confirm-request-2019-wrong-charset", hdrs, body,
         L("merge_confirmation_requested", CASE_F, ["AWS00871245", "AWS00913378"], True))


def m056():
    dt = T_F + timedelta(days=4, hours=2, minutes=5, seconds=50)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F
    txt = """Hello Li,

Your accounts have been merged. Going forward, please sign in with
liwei.sre@gmail.com; AWS00913378 is now your only certification account.

Regards,
Priyanka D.
AWS Training and Certification

On Wed, Nov 6, 2019 at 7:55 PM Li Wei <liwei.sre@gmail.com> wrote:
> confirm
>
> On Tue, Nov 5, 2019 at 11:02 AM Amazon Web Services
> <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Please confirm that you'd like us to merge AWS00871245 into AWS00913378.
> > AWS00913378 will be your primary account and AWS00871245 will be closed.
"""
    body = part(txt, charset="us-ascii", cte="7bit")
    hdrs = aws_gmail(LIWEI[1], dt) + std(AWS_FORM, LIWEI, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(56, "merge-done-2019-short", hdrs, body,
         L("merge_completed", CASE_F, ["AWS00913378"], True))


def m057():
    dt = T_F + timedelta(days=5, hours=7, minutes=31, seconds=12)
    subj = "Amazon Web Services Training and Certification has issued you a new badge"
    txt = """Li Wei, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge to add it to your profile, share it on social networks and
include it in your email signature.

Accept badge: https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s

Acclaim | Credly, Inc.
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    body = alt(part(txt, cte="7bit"), part(html_wrap(p2h(txt)), "html", cte="quoted-printable"))
    ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(2, 250))
    mf = "bounces+%d-%s@em.youracclaim.com" % (RNG.randint(1000000, 9999999), rhex(4))
    hdrs = gmail_generic(LIWEI[1], dt, "youracclaim.com", ip, "o%d.sendgrid.net" % RNG.randint(1, 9), mf,
                         policy_str="p=NONE sp=NONE dis=NONE", sel="s1")
    hdrs += std(addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
                LIWEI[1], subj, dt, "<%s@ismtpd0%d.sendgrid.net>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 9)))
    emit(57, "acclaim-badge-issued-2019", hdrs, body, L("credly_badge_issued", None, [], True))


def m058():
    dt = T_C + timedelta(days=8, hours=14, minutes=0, seconds=9)
    subj = "Reminder: Your AWS Certified Cloud Practitioner badge is waiting for you"
    txt = """Hi Kenji,

Amazon Web Services Training and Certification issued you a badge on
July 12, 2025, and it is still waiting to be accepted.

  AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Once accepted, you can share it on LinkedIn and verify it anywhere.

The Credly Team
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = credly_jp("nifty", KENJI[1], dt) + std(CREDLY_AWS, KENJI[1], subj, dt,
                                                  "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "_").replace("+", "-"), RNG.randint(1, 30)))
    emit(58, "credly-accept-reminder-nifty", hdrs, body, L("credly_badge_issued", None, [], True))


def m059():
    dt = T_L + timedelta(days=6, hours=0, minutes=2, seconds=33)
    subj = "Case %s resolved - tell us about your experience" % CASE_L
    txt = """Hello Lukas,

Your AWS Training and Certification case has been resolved and closed.

  Case ID:     %s
  Topic:       Certification - Account Merge
  Resolution:  Certification accounts merged (AWS08852091 -> AWS03817265)

Was your issue resolved?
  Yes: https://survey.aws.training/r/%s?resolved=yes
  No:  https://survey.aws.training/r/%s?resolved=no

How would you rate the agent who handled your case (1-5)?
https://survey.aws.training/r/%s/rate

Reply to this email within 7 days if you need to reopen the case.

AWS Training and Certification
""" % (CASE_L, rhex(24), rhex(24), rhex(24))
    body = alt(part(txt), part(html_wrap(p2h(txt)), "html"))
    hdrs = aws_gmail(LUKAS[1], dt) + std(addr("AWS Training and Certification", "no-reply-trainingcertification@amazon.com"),
                                        LUKAS, subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(59, "closure-survey-with-resolution-summary", hdrs, body,
         L("survey", CASE_L, ["AWS03817265", "AWS08852091"], True))


def m060():
    dt = T_D + timedelta(days=3, hours=5, minutes=11, seconds=40)
    subj = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
    top = """佐藤 由紀 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご質問いただいた試験のご予約について、回答いたします。

統合後も、すでにご予約済みの試験（10月3日）はそのまま有効でございます。
ご予約は統合先の AWS01128834 に引き継がれますので、お客様ご自身で予約を
取り直していただく必要はございません。確認メールの宛先のみ、統合先の
メールアドレスに変わります。

統合の手続きにつきましては、引き続き担当部署にて対応中でございます。

山本 拓也
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年9月19日(金) 8:02 佐藤 由紀 <yuki.sato77@biglobe.ne.jp>:
> 山本様
> 10月3日に受験予約をしているのですが、統合するとこの予約はどうなりますか？
> 佐藤
"""
    body = part(top + quoted, charset="iso-2022-jp", cte="7bit")
    hdrs = aws_jp("biglobe", YUKI[1], dt) + std(AWS_FORM, YUKI[1], subj, dt, ses_mid(dt)) + ses_tail(dt)
    emit(60, "answers-exam-booking-question-ja", hdrs, body,
         L("support_reply", CASE_D, ["AWS01128834"], True, "ja"))


def main():
    for name in sorted(k for k in globals() if k.startswith("m") and k[1:].isdigit()):
        globals()[name]()
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    for fn, data in MAILS:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
