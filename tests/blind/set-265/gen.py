#!/usr/bin/env python3
"""Generator for blind set 265: AWS Certification account-merge mailbox test data.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json next to this file)
"""
import base64
import html
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(265)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

MAILS = []   # (fname, label, message, new_text)


# ---------------------------------------------------------------- helpers
def dt(y, m, d, H, M, S=0, tz=UTC):
    return datetime(y, m, d, H, M, S, tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def case15(opened, tail):
    return "%d%05d" % (int(opened.timestamp()), tail)


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def ses_mid(d, region="0100"):
    ms = int(d.timestamp() * 1000)
    return "%s%012x-%s-%s-%s-%s-%s-000000" % (region, ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def enc_word(s, charset="utf-8", enc="b"):
    """RFC 2047 encoded-word(s), folded by the email package."""
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def enc_raw(s, charset="shift_jis", codec=None, chunk=14, q=False):
    """Hand-made B (or Q) encoded-words in a charset Python would not pick itself, folded."""
    codec = codec or charset
    words = []
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(codec)
        if q:
            w = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b for b in raw)
            words.append("=?%s?Q?%s?=" % (charset, w))
        else:
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
    return "\n\t".join(words)


def fold_b64(s, width=64, indent="\t"):
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(lines)


def dkim(domain, selector, d, hdrs="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID", algo="rsa-sha256"):
    t = int(d.timestamp())
    return ("v=1; a=%s; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (algo, selector, domain, t, hdrs, b64r(32), fold_b64(b64r(128))))


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(codec or charset)
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None, subtype="mixed"):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def javamail_boundary(d):
    return "----=_Part_%d_%d.%d" % (rnd.randint(100000, 9999999), rnd.randint(10000000, 999999999),
                                     int(d.timestamp() * 1000))


def gmail_boundary():
    return "000000000000" + hexs(16)


def outlook_boundary():
    return "_000_%s_" % ("".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)))


def to_html(text, wrap_style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    """Plain text -> simple HTML; lines beginning with '>' become blockquotes."""
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line))
    body = "<br>\n".join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (wrap_style, body))


def finish(body, headers):
    """Put ordered top-level headers on the body part and return the message."""
    old = body.items()
    for k in set(k for k, _ in old):
        del body[k]
    for k, v in headers:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in old:
        body[k] = v
    return body


def add(fname, label, msg, new_text):
    MAILS.append((fname, label, msg, new_text))


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


# ------------------------------------------------------------- trace blocks
SES_IPS = ["54.240.8.%d" % i for i in (17, 33, 44, 82, 95)] + ["54.240.9.%d" % i for i in (28, 61, 103)] + \
          ["54.240.48.%d" % i for i in (12, 77, 150)]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def gmail_trace(to, env_from, ip, helo, d, ar, arc=True, lag=3):
    """Headers added by Gmail (topmost first). ar = list of result clauses."""
    r = d + timedelta(seconds=lag)
    gid = "2002:a05:%x:%x:b0:%x:%x:%x" % (rnd.randint(0x6000, 0x7fff), rnd.randint(0x1000, 0xffff),
                                            rnd.randint(0x100, 0xfff), rnd.randint(0x1000, 0xffff),
                                            rnd.randint(0x1000, 0xffff))
    ar_text = "mx.google.com;\n       " + ";\n       ".join(ar)
    h = [("Delivered-To", to),
         ("Received", "by %s with SMTP id %s;\n        %s" % (gid, "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) + "csp" + str(rnd.randint(100000, 999999)), rfc(r, PDT) + " (PDT)")),
         ("X-Google-Smtp-Source", "AGHT+I" + b64r(60)[:80]),
         ("X-Received", "by %s with SMTP id %s.%d.%d;\n        %s" % (gid.replace("a05", "a17"), hexs(10), rnd.randint(1, 99), int(r.timestamp() * 1000) % 10**13, rfc(r, PDT) + " (PDT)"))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(r.timestamp()), fold_b64(b64r(96), 70, "        "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (b64r(32), b64r(32), fold_b64(b64r(96), 70, "        "))),
              ("ARC-Authentication-Results", "i=1; " + ar_text)]
    h += [("Return-Path", "<%s>" % env_from),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (helo, helo, ip, hexs(12), rnd.randint(100, 999), d.month, d.day, d.hour, d.minute, d.second, to, rfc(r, PDT) + " (PDT)")),
          ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (env_from, ip, ip)),
          ("Authentication-Results", ar_text)]
    return h


def gmail_ar_aws(env_from, ip, from_dom="amazon.com", dkim_res="pass", dmarc="pass"):
    ar = ["dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim_res, from_dom, rnd.choice(["7v7vs6w47njt4pimodk5mmttbegzsi6n", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "224i4yxa5dv7c2xz3womw6peuasteono"]), b64r(6)[:8]),
          "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s" % (rnd.choice(["ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]), b64r(6)[:8]),
          "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env_from, ip, env_from)]
    if dmarc == "pass":
        ar.append("dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % from_dom)
    elif dmarc:
        ar.append(dmarc)
    return ar


def outlook_trace(to, env_from, ip, helo, d, ar, tenant_host="AM0PR03MB6324.eurprd03.prod.outlook.com", lag=2, spf_hdr=None):
    """Headers added by Exchange Online / outlook.com (topmost first); AR without authserv-id."""
    r = d + timedelta(seconds=lag)
    ts = rfc(r)
    fe = "AM4PEPF0000%05d.eurprd04.prod.outlook.com" % rnd.randint(10000, 99999)
    return [("Received", "from %s (2603:10a6:20b:%x::%d)\n by %s with HTTPS; %s" % (fe.replace("AM4PEPF", "DU2PR04CA"), rnd.randint(0x100, 0xfff), rnd.randint(10, 40), tenant_host, ts)),
            ("Received", "from %s\n (2603:10a6:20b:%x:cafe::%x) by %s\n (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (fe, rnd.randint(0x100, 0xfff), rnd.randint(1, 0xff), fe.replace("AM4PEPF", "DU2PR04CA"), rnd.randint(0x100, 0xfff), rnd.randint(1, 0xff), rnd.randint(8000, 8999), rnd.randint(10, 40), ts)),
            ("Authentication-Results", ar),
            ("Received-SPF", spf_hdr or "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (env_from.split("@")[-1], ip, ip, helo)),
            ("Received", "from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (helo, ip, fe, rnd.randint(2, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), rfc(d + timedelta(seconds=1)))),
            ]


def outlook_ar(ip, mailfrom_dom="amazonses.com", dkim_d="amazon.com", from_dom="amazon.com", spf="pass", dkim_res="pass", dmarc="pass", action="none", compauth="pass reason=100"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dkim_res, dkim_d, dmarc, action, from_dom, compauth))


def jp_trace(host, to, env_from, ip, helo, d, ar, lag=4):
    """Headers added by a Japanese ISP mail system (topmost first)."""
    r = d + timedelta(seconds=lag)
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(12))
    return [("Return-Path", "<%s>" % env_from),
            ("Delivered-To", to),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, host, qid, to, rfc(r, JST) + " (JST)")),
            ("Authentication-Results", ar),
            ]


AWS_FOOTER = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
              "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
              "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

RATE_FOOTER = ("We value your feedback. Please share your experience by rating this correspondence using "
               "the AWS Support Center link at the end of this correspondence. Each correspondence can also "
               "be rated by selecting the stars in top right corner of each correspondence within the AWS "
               "Support Center.")


def aws_headers(d, frm, to, subject, mid, extra=()):
    h = [("DKIM-Signature", dkim("amazon.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n", d,
                                 "Content-Type:MIME-Version:Subject:Message-ID:To:From:Date")),
         ("DKIM-Signature", dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", d,
                                 "Content-Type:MIME-Version:Subject:Message-ID:To:From:Date:Feedback-ID")),
         ("Date", rfc(d)),
         ("From", frm),
         ("To", to),
         ("Message-ID", "<%s@email.amazonses.com>" % mid),
         ("Subject", subject)]
    h += list(extra)
    return h


def ses_tail(d, ip="54.240.8.44"):
    return [("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip)),
            ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64r(30)[:43])]


def aws_mail(d, frm, to, subject, body, rcpt="gmail", extra=(), dmarc="pass", region="0100"):
    """A genuine SES-sent AWS mail as received by a given provider."""
    mid = ses_mid(d, region)
    env = mid + "@amazonses.com"
    ip = rnd.choice(SES_IPS)
    helo = ses_host(ip)
    if rcpt == "gmail":
        trace = gmail_trace(to_addr(to), env, ip, helo, d, gmail_ar_aws(env, ip, dmarc=dmarc))
    elif rcpt == "outlook":
        trace = outlook_trace(to_addr(to), env, ip, helo, d, outlook_ar(ip))
    elif isinstance(rcpt, tuple):          # (host, authserv) for a Japanese ISP
        host, authserv = rcpt
        ar = ("%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=7v7vs6w47njt4pimodk5mmttbegzsi6n;\n"
              "\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com" % (authserv, env))
        trace = jp_trace(host, to_addr(to), env, ip, helo, d, ar)
    elif rcpt is None:
        trace = []
    else:
        raise ValueError(rcpt)
    return finish(body, trace + aws_headers(d, frm, to, subject, mid, extra) + ses_tail(d, ip))


def to_addr(s):
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s


FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# ------------------------------------------------------------------ people
KENJI = "Kenji Watanabe <kenji.watanabe.dev@gmail.com>"
PRIYA = "Priya Raman <priya.raman88@outlook.com>"
AIKO_ADDR = "aiko-n@mbr.ocn.ne.jp"
YUKI_ADDR = "yuki.sato-0412@kde.biglobe.ne.jp"
DANIEL = "Daniel Kim <dkim.cloud@gmail.com>"
MARK = "Mark Olsen <mark.olsen@olsen-consulting.no>"
TOMAS = "Tomás Herrera <tomas.herrera@velacloud.es>"
HARUTO_ADDR = "haruto.kobayashi@nifty.com"

# Case ids
K1_OPEN = dt(2025, 5, 27, 23, 2, 11)
K1 = case15(K1_OPEN, 447)
K2_OPEN = dt(2025, 5, 28, 22, 39, 48)
K2 = case15(K2_OPEN, 3120)
P1_OPEN = dt(2025, 3, 4, 15, 27, 52)
P1 = case15(P1_OPEN, 21190)
A1_OPEN = dt(2025, 6, 16, 4, 20, 33)
A1 = case15(A1_OPEN, 8806)
Y1_OPEN = dt(2024, 11, 12, 1, 15, 40)
Y1 = case15(Y1_OPEN, 71)
D1_OPEN = dt(2025, 1, 20, 19, 48, 5)
D1 = case15(D1_OPEN, 55512)
H1_OPEN = dt(2025, 8, 19, 0, 6, 27)
H1 = case15(H1_OPEN, 40938)
M1 = "6152938471"          # 10-digit, 2019
T1 = "10234567891"         # 11-digit, 2022

# =================================================================== MAILS

# ---------------------------------------------------------------- 001
d = K1_OPEN + timedelta(seconds=4)
new = """Hi Kenji,

Thanks for reaching out to AWS Training and Certification. This message confirms that your request has been received and logged with reference number %s.

A member of our team will review it and get back to you, typically within 24 hours. There is no need to submit the form again; if you have more details to share, simply reply to this e-mail and keep the reference number in the subject line.

A copy of what you told us:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS04418273
Other candidate ID(s): aws10572936
Description: I passed CLF-C02 with my old work e-mail and SAA-C03 with my personal e-mail, so I now have two certification profiles. I would like everything under one account.

Thank you,
AWS Training and Certification""" % K1
h = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Request received</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS Training and Certification" style="display:block"></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:20px;font-weight:bold">We&#8217;ve got your request</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;line-height:21px">
<p>Hi Kenji,</p>
<p>Thanks for reaching out to AWS Training and Certification. This message confirms that your request has been received and logged with reference number <b>%s</b>.</p>
<p>A member of our team will review it and get back to you, typically within 24 hours. There is no need to submit the form again; if you have more details to share, simply reply to this e-mail and keep the reference number in the subject line.</p>
</td></tr>
<tr><td style="padding:8px 24px"><table role="presentation" width="100%%" cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td colspan="2" style="background:#fafafa;font-weight:bold">A copy of what you told us</td></tr>
<tr><td width="40%%" style="color:#545b64">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="color:#545b64">Detail</td><td>Account Merge</td></tr>
<tr><td style="color:#545b64">AWS candidate ID</td><td>AWS04418273</td></tr>
<tr><td style="color:#545b64">Other candidate ID(s)</td><td>aws10572936</td></tr>
<tr><td style="color:#545b64">Description</td><td>I passed CLF-C02 with my old work e-mail and SAA-C03 with my personal e-mail, so I now have two certification profiles. I would like everything under one account.</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px 28px 24px;font-size:14px">Thank you,<br>AWS Training and Certification</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table></body></html>
""" % (K1, AWS_FOOTER)
body = part(h, "html", "utf-8", "quoted-printable")
msg = aws_mail(d, '"AWS Training and Certification" <no-reply-aws@amazon.com>', KENJI,
               "Request received: %s - Account Merge" % K1, body)
add("tc-form-ack-html-only", L("case_created", K1, ["AWS04418273", "AWS10572936"], True, "en"), msg, new)

# ---------------------------------------------------------------- 002
d = Y1_OPEN + timedelta(seconds=6)
new = """AWS をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントの統合のお願い
重要度: 一般的なガイダンス
内容:
お世話になっております。佐藤と申します。
前職の会社のメールアドレスで作成した認定アカウント（AWS05190483）と、
現在使用している個人のアカウント（AWS11746620）を一つにまとめていただくことは可能でしょうか。
個人のアカウントの方を残したいです。

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。）

* このメールは受信専用のアドレスから送信されています。本メールに返信いただいても対応いたしかねますので、同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）によって作成および配信されました。""" % (Y1, Y1, Y1)
body = part(new, "plain", "iso-2022-jp", "7bit")
msg = aws_mail(d, NOREPLY, YUKI_ADDR,
               enc_word("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % Y1, "iso-2022-jp"), body,
               rcpt=("mta-rcv-ns02.biglobe.ne.jp", "mta-rcv-ns02.biglobe.ne.jp"))
add("console-ack-ja-iso2022", L("case_created", Y1, ["AWS05190483", "AWS11746620"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 003
d = dt(2025, 5, 29, 2, 41, 7)
new = """Hello Kenji,

Greetings from AWS Training and Certification Support!

Thank you for reaching out to us regarding your certification accounts. I have gone through your request and I would be glad to assist you with the same.

In order to locate both the profiles in our system and to process the request further, we request you to kindly provide us the below information:

1. The e-mail address you use to log in to each of the accounts (AWS 04418273 and AWS 10572936).
2. The notification e-mail address registered on each account, if it is different from the login e-mail.
3. Which of the two accounts you would like to retain as your primary account going forward.

Please note that the information must be shared by replying to this email only, and kindly do not create a new case for the same request as this may delay the resolution.

Looking forward to hearing from you.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

-----Original Message-----
From: kenji.watanabe.dev@gmail.com
Sent: 5/27/2025 11:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

First name: Kenji
Last name: Watanabe
Email: kenji.watanabe.dev@gmail.com
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS04418273
Description: I passed CLF-C02 with my old work e-mail and SAA-C03 with my personal e-mail, so I now have two certification profiles. I would like everything under one account. The other ID is AWS10572936.
"""
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"),
           part(to_html(text), "html", "utf-8", "quoted-printable"), boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K1, body)
add("first-reply-asks-login-emails", L("support_reply", K1, ["AWS04418273", "AWS10572936"], True, "en"), msg, new)

# ---------------------------------------------------------------- 004
d = dt(2025, 3, 5, 18, 10, 44)
new = """Hello,

We've updated your AWS Support case %s: "Certification account merge request".

To see the new correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

Thank you,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s""" % (P1, P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "7bit"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "[Case %s] New correspondence added" % P1, body, rcpt="outlook")
add("console-new-correspondence-notice", L("support_reply", P1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 005
d = P1_OPEN + timedelta(seconds=3)
new = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account merge request
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts. The first one, aws00937151, was created in 2021 when I took my Cloud Practitioner exam through my university. The second one, AWS12840066, is the one I use now (SAA and DVA). Please merge them and keep AWS12840066. Thank you!

We will contact you shortly. To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s""" % (P1, P1, P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "Amazon Web Services: You have opened a new Support case: %s" % P1, body,
               rcpt="outlook")
add("console-case-opened", L("case_created", P1, ["AWS00937151", "AWS12840066"], True, "en"), msg, new)

# ---------------------------------------------------------------- 006
d = dt(2025, 6, 18, 9, 31, 2)
new = """渡辺 健二 様

Amazon.co.jp カスタマーサービスにお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを受け付けました。担当者より 24 時間以内にメールでご連絡いたします。

お問い合わせ内容：アカウントの統合について
詳細：2 つの Amazon.co.jp アカウント（旧メールアドレス／現メールアドレス）の購入履歴とプライム会員情報を 1 つにまとめたい

なお、Amazon.co.jp ではセキュリティ上の理由から、複数のアカウントを統合することはできません。ご不便をおかけしますが、あらかじめご了承ください。詳しくはヘルプページ「アカウントの統合」をご確認ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GDK92DNLSGWTV6MP

今後とも Amazon.co.jp をよろしくお願いいたします。

Amazon.co.jp カスタマーサービス
https://www.amazon.co.jp/contact-us

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。"""
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
ip = "52.95.49.%d" % rnd.randint(2, 250)
env = "20250618093102%s@bounces.amazon.co.jp" % hexs(8)
ar = ["dkim=pass header.i=@amazon.co.jp header.s=rjiqnhzgmfxn6ybrzqaspzqp2sg2iucs header.b=Qz3kP0aL",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.co.jp"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "smtp-fw-%d.amazon.co.jp" % rnd.randint(1000, 9999), d, ar) + [
    ("DKIM-Signature", dkim("amazon.co.jp", "rjiqnhzgmfxn6ybrzqaspzqp2sg2iucs", d)),
    ("Date", rfc(d)),
    ("From", enc_word("Amazon.co.jp カスタマーサービス", "utf-8") + " <cs-reply@amazon.co.jp>"),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Message-ID", "<%s.%s@jp.amazon.com>" % (hexs(10), int(d.timestamp()))),
    ("Subject", enc_word("Amazon.co.jp カスタマーサービスへのお問い合わせを受け付けました", "utf-8")),
    ("Bounces-to", env),
    ("X-AMAZON-MAIL-RELAY-TYPE", "notification")]
msg = finish(body, hdrs)
add("amazon-co-jp-cs-ack-shopping-account", L("unrelated", None, [], True, "ja"), msg, new)

# ---------------------------------------------------------------- 007
d = dt(2025, 6, 3, 14, 8, 51, JST)
new = """Amazon お客様

いつも Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントで異常なログインが検出されたため、安全のためにアカウントを一時的に停止いたしました。
24時間以内に以下のリンクから本人確認を完了していただけない場合、アカウントは永久に利用できなくなります。

▼ 本人確認はこちら
https://amazon-co-jp.acc-security.top/ap/signin?ref=verify_%s

※ 本メールは送信専用です。ご返信いただいてもお答えできません。

Amazon.co.jp
カスタマーサービス""" % hexs(12)
hb = """<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://amazon-co-jp.acc-security.top/img/logo.png" alt="amazon.co.jp" width="120">
<p>Amazon お客様</p>
<p>いつも Amazon.co.jp をご利用いただきありがとうございます。</p>
<p>お客様のアカウントで異常なログインが検出されたため、安全のためにアカウントを一時的に停止いたしました。<br>
<b style="color:#c40000">24時間以内</b>に以下のリンクから本人確認を完了していただけない場合、アカウントは永久に利用できなくなります。</p>
<p style="text-align:center"><a href="https://amazon-co-jp.acc-security.top/ap/signin?ref=verify" style="background:#ffd814;padding:10px 28px;color:#0f1111;text-decoration:none;border-radius:8px">本人確認を行う</a></p>
<p style="font-size:12px;color:#555">※ 本メールは送信専用です。ご返信いただいてもお答えできません。</p>
<p>Amazon.co.jp<br>カスタマーサービス</p></div></body></html>
"""
body = alt(part(new, "plain", "shift_jis", "base64"), part(hb, "html", "shift_jis", "base64"))
ip = "103.147.21.%d" % rnd.randint(2, 250)
env = "bounce@amazon-co-jp.acc-security.top"
ar = ["spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-co-jp.acc-security.top"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "mail.acc-security.top", d.astimezone(UTC), ar, arc=False) + [
    ("Date", rfc(d)),
    ("From", enc_word("Amazon.co.jp", "shift_jis") + " <info@amazon-co-jp.acc-security.top>"),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Subject", enc_word("【重要】Amazonアカウントの一時停止のお知らせ", "shift_jis")),
    ("Message-ID", "<%s@acc-security.top>" % hexs(20)),
    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]
msg = finish(body, hdrs)
add("amazon-co-jp-lookalike-phish-suspension", L("unrelated", None, [], False, "ja"), msg, new)

# ---------------------------------------------------------------- 008
d = dt(2025, 6, 17, 7, 45, 19)
new = """中村 愛子 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。
担当の佐々木でございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の点についてご教示いただけますでしょうか。

１．統合後に残すアカウント（存続させるアカウント）はどちらをご希望でしょうか。
　　・AWS03361958
　　・AWS08827014
２．それぞれのアカウントにログインする際にご使用のメールアドレス
３．（差し支えなければ）アカウントが２つ作成された経緯

なお、統合後は両方のアカウントの認定履歴が存続するアカウントに引き継がれますが、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

お手数ではございますが、本メールにそのままご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A1, body,
               rcpt=("mfilter-ocn-01.ocn.ad.jp", "mfilter-ocn-01.ocn.ad.jp"))
add("ja-first-reply-which-to-keep", L("support_reply", A1, ["AWS03361958", "AWS08827014"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 009
d = dt(2025, 6, 2, 17, 3, 40)
new = """Hello Kenji,

I hope you are doing well. I just wanted to give you a quick update on your request.

Your request has been passed to our back-end team and is currently in progress. Consolidating certification profiles usually takes 3 to 5 business days, as the exam history of AWS-10572936 needs to be moved over to AWS-04418273 manually.

Once the merge is complete, we will send you a confirmation and your certifications will show under AWS04418273 in your Certification Account. There is nothing you need to do at this moment, and please do not take any exam or redeem any voucher on the old account in the meantime.

Thank you for your patience.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

-----Original Message-----
From: kenji.watanabe.dev@gmail.com
Sent: 6/1/2025 4:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi, is there any update on this? It has been a few days since I confirmed.

Thanks,
Kenji
""" % K1
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"),
           part(to_html(text), "html", "utf-8", "quoted-printable"), boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K1, body)
add("status-update-in-progress", L("support_reply", K1, ["AWS04418273", "AWS10572936"], True, "en"), msg, new)

# ---------------------------------------------------------------- 010
d = dt(2025, 5, 30, 14, 22, 9)
new = """Hello Kenji,

Thank you for confirming the details.

I have now submitted your request to the team responsible, and we will proceed with consolidating the two profiles as discussed. I will reach out to you again as soon as I hear back from them.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

-----Original Message-----
From: kenji.watanabe.dev@gmail.com
Sent: 5/30/2025 12:04 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Kenji

On Fri, May 30, 2025 at 3:10 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenji,
>
> Thank you for the information. Before we proceed, kindly confirm the below:
>
> Account to be merged (will be closed): AWS10572936 (kenji.w@oldcorp-systems.co.jp)
> Account to be retained: AWS04418273 (kenji.watanabe.dev@gmail.com)
>
> Please note that once the accounts are merged, the action cannot be reversed.
> Kindly reply to this email to confirm.
>
> Best regards,
> Rahul S.
""".format(c=K1)
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"),
           part(to_html(text), "html", "utf-8", "quoted-printable"), boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K1, body)
add("thanks-for-confirming-will-proceed", L("support_reply", K1, [], True, "en"), msg, new)


# ---------------------------------------------------------------- 011
d = dt(2025, 5, 30, 6, 10, 26)
new = """Hello Kenji,

Thank you for sharing the requested information, it was very helpful.

I was able to locate both certification profiles. Before we proceed with the merging, kindly confirm the below details are correct:

Account to be merged (will be closed): AWS10572936 (kenji.w@oldcorp-systems.co.jp)
Account to be retained: AWS04418273 (kenji.watanabe.dev@gmail.com)

After the merge, all your certifications, exam history and benefits from AWS10572936 will be available under AWS04418273, and you will log in only with kenji.watanabe.dev@gmail.com.

Please note that once the accounts are merged, the action cannot be reversed. Kindly reply to this email to confirm and we will take it forward.

Best regards,
Rahul S.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

-----Original Message-----
From: kenji.watanabe.dev@gmail.com
Sent: 5/29/2025 3:58 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

Hello Rahul,

1. AWS10572936 -> kenji.w@oldcorp-systems.co.jp (I can still log in with it)
   AWS04418273 -> kenji.watanabe.dev@gmail.com
2. Same as the login e-mails.
3. Please keep AWS04418273.

Thank you,
Kenji

On Thu, May 29, 2025 at 11:41 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenji,
>
> Greetings from AWS Training and Certification Support!
>
> In order to locate both the profiles in our system and to process the
> request further, we request you to kindly provide us the below information:
>
> 1. The e-mail address you use to log in to each of the accounts
> (AWS 04418273 and AWS 10572936).
> 2. The notification e-mail address registered on each account, if it is
> different from the login e-mail.
> 3. Which of the two accounts you would like to retain as your primary
> account going forward.
>
> Best regards,
> Rahul S.
""".format(c=K1)
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"),
           part(to_html(text), "html", "utf-8", "quoted-printable"), boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K1, body)
add("confirm-merge-request-nonnative", L("merge_confirmation_requested", K1, ["AWS04418273", "AWS10572936"], True, "en"), msg, new)

# ---------------------------------------------------------------- 012
d = dt(2025, 3, 5, 2, 14, 55)
new = """Hello Priya,

My name is Daniela and I'm with the AWS Account and Billing team. Thank you for your patience while I looked into this.

Certification profiles are not part of your AWS account itself; they are managed by a separate team. So that you get the right help, I've transferred this case to our AWS Training and Certification specialists. They have full visibility of what you wrote, so you don't need to repeat anything or open another case. They will reply to you right here, usually within one business day.

If there is anything billing related that I can help with in the meantime, just let me know in this case.

Best regards,
Daniela P.
Amazon Web Services

""" + RATE_FOOTER + """

To see the full case history and reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s""" % (P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Certification account merge request" % P1, body, rcpt="outlook")
add("handover-billing-to-tc-team", L("support_reply", P1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 013
d = dt(2024, 11, 18, 5, 2, 13)
new = """佐藤 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定 サポートの村上でございます。

11月13日にお送りいたしましたご案内につきまして、まだご返信を確認できておりませんでしたので、念のため再度ご連絡いたしました。

AWS05190483 と AWS11746620 の統合手続きを進めるにあたり、お手数ですが、それぞれのアカウントにログインする際のメールアドレスを、サポートセンターの本ケースよりお知らせいただけますでしょうか。

なお、本日から 7 日間ご返信が確認できない場合、本ケースは自動的にクローズされます。クローズ後も、同じケースからご返信いただければケースは再開されますので、新しいケースを作成いただく必要はございません。

引き続きよろしくお願いいたします。

村上
Amazon Web Services

ケースの履歴の確認とご返信は以下のリンクから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。""" % Y1
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, YUKI_ADDR, "RE:[CASE %s] " % Y1 + "認定アカウントの統合のお願い", body,
               rcpt=("mta-rcv-ns01.biglobe.ne.jp", "mta-rcv-ns01.biglobe.ne.jp"))
msg.replace_header("Subject", enc_word("RE:[CASE %s] 認定アカウントの統合のお願い" % Y1, "utf-8"))
add("ja-chaser-login-emails", L("support_reply", Y1, ["AWS05190483", "AWS11746620"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 014
d = dt(2025, 1, 29, 16, 40, 2)
new = """Hello,

Your AWS Support case %s, "Please merge my two AWS Certification accounts", has been reopened because new correspondence was added to it.

Case ID: %s
Status: Reopened - Pending Amazon Action

You can view the case and add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s""" % (D1, D1, D1, AWS_FOOTER)
body = alt(part(new, "plain", "us-ascii", "7bit"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, DANIEL, "[Case %s] Your support case has been reopened" % D1, body)
add("case-reopened-notice", L("support_reply", D1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 015
d = D1_OPEN + timedelta(seconds=5)
new = """Hello,

We've received your request and created case %s. An Account and Billing specialist will reply within 24 hours through the AWS Support Center.

  Case ID:   %s
  Subject:   Please merge my two AWS Certification accounts
  Service:   Account
  Category:  Other Account Issues
  Severity:  General guidance
  Language:  English

  Description:
  I have two AWS Certification (CertMetrics) profiles: AWS 06682307 (old, created with my
  university address) and AWS 02049915 (current). I would like them combined into AWS 02049915
  so that all my certifications appear together and I can use my exam discount.

View or update your case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (D1, D1, D1, AWS_FOOTER)
hb = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>We've received your request and created case <strong>%s</strong>. An Account and Billing specialist will reply within 24 hours through the AWS Support Center.</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="4">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>Please merge my two AWS Certification accounts</td></tr>
<tr><td><b>Service</b></td><td>Account</td></tr>
<tr><td><b>Category</b></td><td>Other Account Issues</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td><b>Language</b></td><td>English</td></tr>
<tr><td valign="top"><b>Description</b></td><td>I have two AWS Certification (CertMetrics) profiles: AWS 06682307 (old, created with my university address) and AWS 02049915 (current). I would like them combined into AWS 02049915 so that all my certifications appear together and I can use my exam discount.</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View or update your case</a></p>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.<br>%s</p>
</body></html>""" % (D1, D1, D1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(hb, "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, DANIEL, "Amazon Web Services: New Support case: %s" % D1, body)
add("account-billing-desk-ack-for-merge", L("case_created", D1, ["AWS02049915", "AWS06682307"], True, "en"), msg, new)

# ---------------------------------------------------------------- 016
P2_OPEN = dt(2025, 3, 10, 9, 55, 31)
P2 = case15(P2_OPEN, 60014)
d = P2_OPEN + timedelta(seconds=4)
new = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 16
------------
Use case description: GPU training workloads for a university research project.

We will contact you shortly. To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

%s""" % (P2, P2, P2, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "Amazon Web Services: You have opened a new Support case: %s" % P2, body,
               rcpt="outlook")
add("other-aws-case-quota-ack", L("unrelated", P2, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 017
SC = "8841203957"
d = dt(2025, 2, 11, 20, 17, 36)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like to merge two listings for "Trailhead Ultralight Camp Mug 450ml" (ASIN B0C7KQ2M1R and ASIN B0C7KS8TVX) into a single variation family.

I have forwarded your request to our catalog team. They will review the listing attributes and merge the two detail pages if the products meet our variation requirements. This can take up to 3 business days. You do not need to take any further action; we will contact you through this case if more information is needed.

To reply, please use the link below rather than replying to this e-mail:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Was this e-mail helpful?  Yes | No

Regards,
Marcus
Amazon Selling Partner Support""" % SC
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, '"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>', DANIEL,
               "RE:[CASE %s] Merge listings into one variation family" % SC, body)
add("seller-central-case-listing-merge", L("unrelated", SC, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 018
d = dt(2025, 6, 4, 11, 26, 8)
new = """Kenji, congratulations!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your professional network, and to see job opportunities and skills related to your achievement.

Accept your badge: https://www.credly.com/badges/5c1e8b7a-3d40-4a2f-9e61-0b7d2c4f9a13/accept

This badge was added to your Credly account after an update to your AWS Certification profile. If you already accepted this badge on another Credly account, you can find it there as well.

Questions? Visit our support site: https://support.credly.com

Credly, a Pearson company
210 Carpenter Ave, Suite 500, Chicago, IL 60607
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications"""
hb = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f7f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 24px;font-size:22px;color:#1d1d1d">Kenji, congratulations!</td></tr>
<tr><td style="padding:12px 24px;font-size:15px;color:#333">Amazon Web Services Training and Certification has issued you a badge:</td></tr>
<tr><td align="center" style="padding:12px"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"><br>
<b style="font-size:16px">AWS Certified Solutions Architect - Associate</b></td></tr>
<tr><td style="padding:12px 24px;font-size:14px;color:#333">Accept your badge to share it with your professional network, and to see job opportunities and skills related to your achievement.</td></tr>
<tr><td align="center" style="padding:16px"><a href="https://www.credly.com/badges/5c1e8b7a-3d40-4a2f-9e61-0b7d2c4f9a13/accept" style="background:#ff6b00;color:#fff;padding:12px 32px;text-decoration:none;border-radius:4px;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="padding:8px 24px;font-size:13px;color:#666">This badge was added to your Credly account after an update to your AWS Certification profile. If you already accepted this badge on another Credly account, you can find it there as well.</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Questions? Visit our <a href="https://support.credly.com">support site</a>.<br>Credly, a Pearson company &middot; 210 Carpenter Ave, Suite 500, Chicago, IL 60607<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from badge notifications</a></td></tr>
</table></td></tr></table></body></html>"""
body = alt(part(new, "plain", "utf-8", "7bit"), part(hb, "html", "utf-8", "quoted-printable"))
ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
env = "bounces+4470193-%s-kenji.watanabe.dev=gmail.com@em.credly.com" % hexs(4)
ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=K2cR0m1f",
      "dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=aa9TmE1x",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (env, ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "o%d.em.credly.com" % rnd.randint(1, 30), d, ar) + [
    ("DKIM-Signature", dkim("credly.com", "s1", d, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
    ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", d, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
    ("Date", rfc(d)),
    ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
    ("Reply-To", "support@credly.com"),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Message-ID", "<%s_%s@credly.com>" % (hexs(24), int(d.timestamp()))),
    ("Subject", "Kenji, you've earned the AWS Certified Solutions Architect - Associate badge"),
    ("X-SG-EID", b64r(60)[:80])]
msg = finish(body, hdrs)
add("credly-badge-issued-after-update", L("credly_badge_issued", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 019
d = dt(2025, 6, 5, 8, 2, 45)
new = """Hi Kenji,

We received a request to merge the Credly account registered to k***.w@oldcorp-systems.co.jp into your account (kenji.watanabe.dev@gmail.com).

Your verification code is: 731 905

Enter this code on the Account Merge page, then select "Complete Account Merge". The code expires in 30 minutes. Once the accounts are merged, all badges from the other account will appear in your profile and the other account will be closed.

If you did not request this, you can ignore this e-mail; nothing will change.

The Credly Team"""
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"))
ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
env = "bounces+4470193-%s-kenji.watanabe.dev=gmail.com@em.credly.com" % hexs(4)
ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=pQ7m3Zx0",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (env, ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "o%d.em.credly.com" % rnd.randint(1, 30), d, ar) + [
    ("DKIM-Signature", dkim("credly.com", "s1", d)),
    ("Date", rfc(d)),
    ("From", '"Credly" <admin@credly.com>'),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Message-ID", "<%s@credly.com>" % hexs(32)),
    ("Subject", "Your Credly account merge code")]
msg = finish(body, hdrs)
add("credly-self-service-merge-code", L("unrelated", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 020
d = dt(2025, 6, 9, 15, 0, 12)
new = """Hello Kenji Watanabe,

Thank you for earning your AWS Certification. We want to hear about your experience!

Please take 5 minutes to tell us what you thought about the certification process, from registration to receiving your results. Your feedback helps us improve the program for all candidates.

Take the survey: https://www.certmetrics.com/amazon/survey/%s

Candidate ID: AWS04418273

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.""" % hexs(32)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"))
ip = "198.2.%d.%d" % (rnd.randint(128, 190), rnd.randint(2, 250))
env = "bounce-mc.us4_%d.%d-kenji.watanabe.dev=gmail.com@mail%d.atl%d.rsgsv.net" % (rnd.randint(10**6, 10**7), rnd.randint(10**5, 10**6), rnd.randint(1, 200), rnd.randint(1, 200))
ar = ["dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Vt4Hq8Ns",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "mail%d.atl%d.rsgsv.net" % (rnd.randint(1, 200), rnd.randint(1, 200)), d, ar) + [
    ("DKIM-Signature", dkim("certmetrics.com", "k1", d)),
    ("Date", rfc(d)),
    ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Message-ID", "<%s.%s@certmetrics.com>" % (hexs(16), int(d.timestamp()))),
    ("Subject", "AWS Certification wants to hear from you")]
msg = finish(body, hdrs)
add("certmetrics-survey-invite", L("unrelated", None, ["AWS04418273"], False, "en"), msg, new)


# ---------------------------------------------------------------- 021
d = A1_OPEN + timedelta(seconds=5)
new = """中村 愛子 様

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。

■ お問い合わせ番号：%s
■ お問い合わせの種類：AWS トレーニングと認定
■ 詳細：アカウントの統合
■ AWS 受験者 ID：AWS03361958
■ お問い合わせ内容：
　認定アカウントが2つあります（もう一つは AWS-08827014 です）。
　受験履歴を1つのアカウントにまとめていただきたく、よろしくお願いいたします。

担当者より、原則として 24 時間以内にご連絡いたします。
内容を追加される場合は、件名のお問い合わせ番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、回答が遅れる場合がございますのでご注意ください。

――――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
――――――――――――――――――――""" % A1
body = part(new, "plain", "shift_jis", "quoted-printable", codec="cp932")
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR, "x", body,
               rcpt=("mfilter-ocn-03.ocn.ad.jp", "mfilter-ocn-03.ocn.ad.jp"))
msg.replace_header("Subject", "[CASE %s] " % A1 + enc_raw("お問い合わせを受け付けました（AWS トレーニングと認定）", "Shift_JIS", "cp932", 12))
add("ja-form-ack-shiftjis", L("case_created", A1, ["AWS03361958", "AWS08827014"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 022
d = dt(2025, 6, 20, 6, 12, 50)
new = """中村 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

お問い合わせいただいておりました件について、進捗をご報告いたします。
現在、担当部署にて統合作業を進めております。完了までは通常 3～5 営業日ほどお時間をいただいております。

作業が完了しましたら、改めて本ケースにてご連絡いたします。
それまでの間、古い方のアカウントで試験のご予約やバウチャーのご利用はお控えいただけますようお願いいたします。

ご不便をおかけいたしますが、今しばらくお待ちくださいますようお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
quoted = """

2025年6月20日(金) 9:47 中村 愛子 <aiko-n@mbr.ocn.ne.jp>:
> 佐々木様
>
> お世話になっております。中村です。
> AWS08827014 の統合の件、進捗はいかがでしょうか。
> 来月試験を予約したいので、状況を教えていただけますと助かります。
>
> 中村
"""
text = new + quoted
body = alt(part(text, "plain", "utf-8", "base64"), part(to_html(text), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A1, body,
               rcpt=("mfilter-ocn-02.ocn.ad.jp", "mfilter-ocn-02.ocn.ad.jp"))
add("ja-status-update-working-on-it", L("support_reply", A1, [], True, "ja"), msg, new)

# ---------------------------------------------------------------- 023
d = dt(2025, 6, 19, 2, 30, 4)
new = """中村 様

ご確認いただき、誠にありがとうございます。

ご承諾をいただきましたので、これより AWS08827014 を AWS03361958 へ統合する手続きを進めさせていただきます。
作業が完了いたしましたら、あらためてご連絡を差し上げます。

引き続きどうぞよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
quoted = """

2025年6月18日(水) 22:16 中村 愛子 <aiko-n@mbr.ocn.ne.jp>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 内容に相違ございません。統合を進めてください。
>
> 中村
>
> 2025年6月18日(水) 17:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 中村 様
> >
> > 以下の内容で統合を行います。
> > 統合元（閉鎖されるアカウント）：AWS08827014
> > 統合先（存続するアカウント）：AWS03361958
> > 上記の内容でよろしければ、本メールにご返信いただけますでしょうか。
"""
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"), part(to_html(text), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A1, body,
               rcpt=("mfilter-ocn-01.ocn.ad.jp", "mfilter-ocn-01.ocn.ad.jp"))
add("ja-thanks-will-proceed", L("support_reply", A1, ["AWS03361958", "AWS08827014"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 024
d = dt(2025, 6, 18, 8, 5, 37)
new = """中村 様

ご回答いただき、ありがとうございます。
いただいた情報をもとに、両方のアカウントを確認いたしました。

以下の内容で統合を行います。

　統合元（閉鎖されるアカウント）：AWS08827014（aiko.nakamura@tanaka-denki.co.jp）
　統合先（存続するアカウント）　：AWS03361958（aiko-n@mbr.ocn.ne.jp）

統合後は、AWS08827014 の認定資格・受験履歴・特典はすべて AWS03361958 に引き継がれます。
なお、一度統合したアカウントを元に戻すことはできませんので、ご注意ください。

上記の内容でよろしければ、本メールにご返信いただけますでしょうか。
ご返信を確認次第、手続きを開始いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
body = alt(part(new, "plain", "iso-2022-jp", "7bit"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A1, body,
               rcpt=("mfilter-ocn-02.ocn.ad.jp", "mfilter-ocn-02.ocn.ad.jp"))
add("ja-merge-confirmation-request", L("merge_confirmation_requested", A1, ["AWS03361958", "AWS08827014"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 025
d = dt(2025, 6, 23, 4, 51, 28)
new = """中村 様

大変お待たせいたしました。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。
今後は AWS03361958（aiko-n@mbr.ocn.ne.jp）でサインインいただきますと、これまでに取得された認定資格をすべてご確認いただけます。

お手数ですが、以下の点をご確認ください。
・認定アカウントにすべての認定資格が表示されていること
・特典（50% 割引バウチャーなど）が引き継がれていること
・Credly のバッジについては、反映までに数日かかる場合がございます

ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A1, body,
               rcpt=("mfilter-ocn-03.ocn.ad.jp", "mfilter-ocn-03.ocn.ad.jp"))
add("ja-merge-completed", L("merge_completed", A1, ["AWS03361958"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 026
d = dt(2025, 6, 23, 4, 52, 3)
new = """中村 愛子 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ番号 %s のケースはクローズされました。

今回のお問い合わせで、問題は解決しましたか？

　はい　https://aws-tc-support.amazon.com/survey?case=%s&resolved=yes&lang=ja
　いいえ　https://aws-tc-support.amazon.com/survey?case=%s&resolved=no&lang=ja

担当者の対応について、1 分ほどのアンケートにご協力いただけますと幸いです。いただいたご意見は、サービス向上のために活用させていただきます。

同じ内容について再度お問い合わせいただく場合は、本メールにご返信ください。ケースが再開されます。

AWS トレーニングと認定""" % (A1, A1, A1)
hb = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>中村 愛子 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>お問い合わせ番号 %s のケースはクローズされました。</p>
<p style="font-size:16px;font-weight:bold">今回のお問い合わせで、問題は解決しましたか？</p>
<p><a href="https://aws-tc-support.amazon.com/survey?case=%s&amp;resolved=yes&amp;lang=ja" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;<a href="https://aws-tc-support.amazon.com/survey?case=%s&amp;resolved=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応について、1 分ほどのアンケートにご協力いただけますと幸いです。いただいたご意見は、サービス向上のために活用させていただきます。</p>
<p style="font-size:12px;color:#687078">同じ内容について再度お問い合わせいただく場合は、本メールにご返信ください。ケースが再開されます。</p>
<p>AWS トレーニングと認定</p></body></html>""" % (A1, A1, A1)
body = alt(part(new, "plain", "utf-8", "base64"), part(hb, "html", "utf-8", "base64"), boundary=javamail_boundary(d))
msg = aws_mail(d, '"AWS Training and Certification" <no-reply-aws@amazon.com>',
               "=?UTF-8?B?5Lit5p2RIOaEm+WtkA==?= <%s>" % AIKO_ADDR, "x", body,
               rcpt=("mfilter-ocn-03.ocn.ad.jp", "mfilter-ocn-03.ocn.ad.jp"))
msg.replace_header("Subject", enc_word("ケース %s はクローズされました - ご意見をお聞かせください" % A1, "utf-8"))
add("ja-case-closed-survey", L("survey", A1, [], True, "ja"), msg, new)

# ---------------------------------------------------------------- 027
d = dt(2024, 11, 13, 3, 20, 18)
new = """お客様

AWS サポートケース %s「認定アカウントの統合のお願い」に新しい返信が追加されました。

返信内容を確認し、回答するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。）

* このメールは送信専用のアドレスから送信されています。本メールにご返信いただいても対応できませんので、上記のリンクをご利用ください。

Amazon Web Services""" % (Y1, Y1)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, YUKI_ADDR, "x", body, rcpt=("mta-rcv-ns01.biglobe.ne.jp", "mta-rcv-ns01.biglobe.ne.jp"))
msg.replace_header("Subject", enc_raw("[ケース %s] 新しい返信が追加されました" % Y1, "UTF-8", "utf-8", 9, q=True))
add("ja-new-correspondence-notice", L("support_reply", Y1, [], True, "ja"), msg, new)

# ---------------------------------------------------------------- 028
d = dt(2025, 3, 14, 19, 33, 1)
new = """Dear Priya Raman,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Language: English
Date and time: Saturday, April 12, 2025 at 10:00 AM British Summer Time
Delivery: Online proctored (OnVUE)
Registration ID: 512948306
AWS Candidate ID: AWS12840066

Please review the OnVUE technical requirements and run the system test on the computer you will use for the exam. You may check in up to 30 minutes before your appointment time.

To reschedule or cancel, please do so at least 24 hours before your appointment through your AWS Certification Account.

Sincerely,
Pearson VUE"""
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"))
ip = "159.182.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250))
env = "pearsonvueconfirmation@pearson.com"
ar = outlook_ar(ip, "pearson.com", "pearson.com", "pearson.com", compauth="pass reason=100")
hdrs = outlook_trace("priya.raman88@outlook.com", env, ip, "mx%d.pearson.com" % rnd.randint(1, 9), d, ar) + [
    ("DKIM-Signature", dkim("pearson.com", "pvue2023", d)),
    ("Date", rfc(d)),
    ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"),
    ("To", "PRIYA RAMAN <priya.raman88@outlook.com>"),
    ("Message-ID", "<%d.%s.JavaMail.vue@pvmail%02d>" % (rnd.randint(10**7, 10**8), int(d.timestamp() * 1000), rnd.randint(1, 20))),
    ("Subject", "Pearson VUE Confirmation of Appointment - AWS Certified DevOps Engineer - Professional")]
msg = finish(body, hdrs)
add("pearson-vue-appointment", L("unrelated", None, ["AWS12840066"], False, "en"), msg, new)

# ---------------------------------------------------------------- 029
d = dt(2025, 1, 21, 7, 44, 19)
new = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an account, you can ignore this message.

Verification code
681204

(This code expires 30 minutes after it was sent.)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109."""
body = alt(part(new, "plain", "utf-8", "7bit"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
mid = ses_mid(d)
env = mid + "@us-east-1.amazonses.com"
ip = rnd.choice(SES_IPS)
ar = ["dkim=pass header.i=@signin.aws header.s=kz5plojfd2u4sxkkl6ebsk62djvrdh5y header.b=Xr0c3nLp",
      "dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=UoH2m9fa",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws"]
hdrs = gmail_trace("dkim.cloud@gmail.com", env, ip, ses_host(ip), d, ar) + [
    ("DKIM-Signature", dkim("signin.aws", "kz5plojfd2u4sxkkl6ebsk62djvrdh5y", d)),
    ("DKIM-Signature", dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", d)),
    ("Date", rfc(d)),
    ("From", "AWS <no-reply@signin.aws>"),
    ("To", "dkim.cloud@gmail.com"),
    ("Message-ID", "<%s@email.amazonses.com>" % mid),
    ("Subject", "Verify your AWS Builder ID email address")] + ses_tail(d, ip)
msg = finish(body, hdrs)
add("builder-id-verification-code", L("unrelated", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 030
d = dt(2022, 9, 14, 13, 6, 52)
new = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/velacloud/infra-modules/pull/88#event-%d
You are receiving this because you authored the thread.

Message ID: <velacloud/infra-modules/pull/88/issue_event/%d@github.com>""" % (rnd.randint(10**9, 10**10), rnd.randint(10**9, 10**10))
hb = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/velacloud/infra-modules/pull/88">#88</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/velacloud/infra-modules/pull/88#event-%d">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /></p>
""" % (rnd.randint(10**9, 10**10), b64r(30))
body = alt(part(new, "plain", "UTF-8", "7bit"), part(hb, "html", "UTF-8", "7bit"),
           boundary="--==_mimepart_%s_%d" % (hexs(13), rnd.randint(100, 999)))
ip = "192.30.252.%d" % rnd.randint(190, 210)
env = "noreply@github.com"
ar = outlook_ar(ip, "github.com", "github.com", "github.com", dmarc="pass", compauth="pass reason=100")
hdrs = outlook_trace("tomas.herrera@velacloud.es", env, ip, "out-%d.smtp.github.com" % rnd.randint(10, 30), d, ar,
                     tenant_host="PA4PR06MB7231.eurprd06.prod.outlook.com") + [
    ("DKIM-Signature", dkim("github.com", "pf2023", d)),
    ("Date", rfc(d, PDT)),
    ("From", '"Lucía Ortega" <notifications@github.com>'),
    ("Reply-To", "velacloud/infra-modules <reply+%s@reply.github.com>" % b64r(40).replace("+", "").replace("/", "")[:52]),
    ("To", "velacloud/infra-modules <infra-modules@noreply.github.com>"),
    ("Cc", "Tomás Herrera <tomas.herrera@velacloud.es>, Author <author@noreply.github.com>".replace("Tomás", "=?UTF-8?Q?Tom=C3=A1s?=")),
    ("Message-ID", "<velacloud/infra-modules/pull/88/issue_event/%d@github.com>" % rnd.randint(10**9, 10**10)),
    ("In-Reply-To", "<velacloud/infra-modules/pull/88@github.com>"),
    ("References", "<velacloud/infra-modules/pull/88@github.com>"),
    ("Subject", "Re: [velacloud/infra-modules] Merge account-baseline module for the two AWS accounts (PR #88)"),
    ("List-ID", "velacloud/infra-modules <infra-modules.velacloud.github.com>"),
    ("X-GitHub-Reason", "author"),
    ("X-GitHub-Sender", "lortega-vc")]
msg = finish(body, hdrs)
add("github-pr-merged-notification", L("unrelated", None, [], False, "en"), msg, new)


# ---------------------------------------------------------------- 031
FAKE1 = "174902113700912"
d = dt(2025, 6, 5, 1, 19, 44)
new = """Dear Candidate,

This is a follow-up regarding your request to merge your AWS Certification accounts (Case %s).

Our Certification Operations team has started working on your account merge. To complete the transfer of your certifications and exam history, we must first verify ownership of both accounts. Please sign in to each of your certification accounts through the secure verification portal below within 48 hours:

https://aws-certification-support.com/verify/merge?ref=%s

If we cannot verify both accounts in time, your merge request will be cancelled and your certifications may be placed on hold.

Kind regards,
Account Merge Team
AWS Training & Certification""" % (FAKE1, hexs(16))
hb = """<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-support.com/assets/aws_logo.png" width="80"><br><br>
<p>Dear Candidate,</p>
<p>This is a follow-up regarding your request to merge your AWS Certification accounts (Case %s).</p>
<p>Our Certification Operations team has started working on your account merge. To complete the transfer of your certifications and exam history, we must first verify ownership of both accounts. Please sign in to each of your certification accounts through the secure verification portal below within <b>48 hours</b>:</p>
<p><a href="https://aws-certification-support.com/verify/merge" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my accounts</a></p>
<p>If we cannot verify both accounts in time, your merge request will be cancelled and your certifications may be placed on hold.</p>
<p>Kind regards,<br>Account Merge Team<br>AWS Training &amp; Certification</p></body></html>""" % FAKE1
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(hb, "html", "utf-8", "quoted-printable"))
ip = "45.142.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250))
env = "support@aws-certification-support.com"
ar = ["dkim=pass header.i=@aws-certification-support.com header.s=default header.b=nB4xT0cq",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-support.com"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "mail.aws-certification-support.com", d, ar) + [
    ("DKIM-Signature", dkim("aws-certification-support.com", "default", d)),
    ("Date", rfc(d)),
    ("From", '"AWS Training & Certification" <support@aws-certification-support.com>'),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Message-ID", "<%s@aws-certification-support.com>" % hexs(24)),
    ("Subject", "RE:[CASE %s] Account merge - ownership verification required" % FAKE1),
    ("X-Priority", "1")]
msg = finish(body, hdrs)
add("phish-lookalike-merge-verify-login", L("support_reply", FAKE1, [], False, "en"), msg, new)

# ---------------------------------------------------------------- 032
FAKE2 = "174130000100220"
d = dt(2025, 3, 7, 9, 12, 30)
new = """Hello Priya,

We are ready to merge your AWS Certification accounts. Please confirm the details below before we proceed:

Source account (will be closed): AWS00937151
Destination account (will be kept): AWS12840066

To confirm, sign in with the credentials of BOTH accounts on the confirmation page:
https://console-aws.certmerge-support.net/confirm?case=%s

Please note that unconfirmed requests are cancelled after 24 hours.

Best regards,
Kevin M.
AWS Training and Certification Customer Support""" % FAKE2
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"))
ip = "185.222.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250))
env = "aws-cs-trainingcertification-form@amazon.com"
ar_top = outlook_ar(ip, "amazon.com", "none", "amazon.com", spf="softfail", dkim_res="none", dmarc="fail",
                    action="quarantine", compauth="fail reason=000").replace("(signature was verified)", "(message not signed)")
hdrs = outlook_trace("priya.raman88@outlook.com", env, ip, "vps-5068.hostnet-eu.com", d, ar_top,
                     spf_hdr="SoftFail (protection.outlook.com: domain of transitioning amazon.com\n discourages use of %s as permitted sender)" % ip) + [
    ("Authentication-Results", "mx.amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com"),
    ("Received", "from [127.0.0.1] (localhost [127.0.0.1])\n by vps-node.hostnet-eu.com (Postfix) with ESMTP id 4C1F2E0A31;\n %s" % rfc(d - timedelta(seconds=2))),
    ("Date", rfc(d)),
    ("From", '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'),
    ("Reply-To", "aws-cs-trainingcertification@certmerge-support.net"),
    ("To", "priya.raman88@outlook.com"),
    ("Message-ID", "<%s@email.amazonses.com>" % ses_mid(d)),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE2),
    ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
msg = finish(body, hdrs)
add("phish-spoofed-confirm-merge-dmarc-fail", L("merge_confirmation_requested", FAKE2, ["AWS00937151", "AWS12840066"], False, "en"), msg, new)

# ---------------------------------------------------------------- 033
def mark_trace(d, env, ip):
    r = d + timedelta(seconds=2)
    return [("Return-Path", "<%s>" % env),
            ("Delivered-To", "mark.olsen@olsen-consulting.no"),
            ("Received", "from mail.olsen-consulting.no\n\tby mail.olsen-consulting.no with LMTP\n\tid 8Pp2A%s\n\t(envelope-from <%s>)\n\tfor <mark.olsen@olsen-consulting.no>; %s" % (hexs(10), env, rfc(r, CEST))),
            ("Received", "from %s (%s [%s])\n\tby mail.olsen-consulting.no (Postfix) with ESMTPS id %s\n\tfor <mark.olsen@olsen-consulting.no>; %s" % (ses_host(ip), ses_host(ip), ip, "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)), rfc(r, CEST)))]


def mark_mail(d, subject, body, frm=NOREPLY):
    mid = ses_mid(d)
    env = mid + "@amazonses.com"
    ip = rnd.choice(SES_IPS)
    return finish(body, mark_trace(d, env, ip) + aws_headers(d, frm, MARK, subject, mid) + ses_tail(d, ip))


d = dt(2019, 6, 3, 8, 14, 27)
new = """Dear Customer,

Thank you for contacting AWS Training and Certification. Your case %s has been created and is in our queue.

Case ID: %s
Subject: Combine my two certification accounts
Severity: Normal
Correspondence: I sat the Solutions Architect Associate exam in 2017 with a Webassessor login and the SysOps exam this year with a new account. My candidate IDs are AWS00418826 (new) and AWS00733190 (old). Could these be combined?

Our team will review your request and respond within 1-2 business days. To add information to this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (M1, M1, M1, AWS_FOOTER)
body = part(new, "plain", "us-ascii", "7bit")
msg = mark_mail(d, "Amazon Web Services: New case %s created" % M1, body)
add("2019-ack-10digit-no-auth-results", L("case_created", M1, ["AWS00418826", "AWS00733190"], None, "en"), msg, new)

# ---------------------------------------------------------------- 034
d = dt(2019, 6, 4, 17, 52, 3)
new = """Hello Mark,

Thanks for getting in touch with us.

I'd be glad to look into combining your certification records. To make sure we've got the right profiles, could you please reply via the Support Center with:

- the e-mail address used on your old Webassessor/Kryterion login, and
- the e-mail address you used to register the SysOps exam this year?

We also need to know whether you'd like to keep your current login, or switch to the older one.

As soon as I have that information I can move forward.

Best regards,
Joanna K.
Amazon Web Services

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (M1, AWS_FOOTER)
body = part(new, "plain", "us-ascii", "7bit")
msg = mark_mail(d, "RE:[CASE %s] Combine my two certification accounts" % M1, body)
add("2019-reply-asks-emails-no-auth", L("support_reply", M1, [], None, "en"), msg, new)

# ---------------------------------------------------------------- 035
d = dt(2019, 6, 10, 21, 3, 40)
new = """Hello Mark,

Good news - your two certification profiles have now been combined into one.

Your SysOps Administrator - Associate and Solutions Architect - Associate certifications, together with your full exam history, are now under candidate ID AWS00418826. The old profile AWS00733190 has been deactivated, so please sign in with mark.olsen@olsen-consulting.no from now on.

It can take up to 24 hours for the transcript and digital badges to reflect the change.

Best regards,
Joanna K.
Amazon Web Services

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

%s""" % (M1, AWS_FOOTER)
body = part(new, "plain", "us-ascii", "7bit")
msg = mark_mail(d, "RE:[CASE %s] Combine my two certification accounts" % M1, body)
add("2019-profiles-combined-no-auth", L("merge_completed", M1, ["AWS00418826", "AWS00733190"], None, "en"), msg, new)

# ---------------------------------------------------------------- 036
d = dt(2019, 6, 11, 21, 5, 12)
new = """Hello,

Your AWS Support case %s has been resolved and is now closed.

Case summary
Subject: Combine my two certification accounts
Resolution: Certification profiles merged as requested; customer advised to sign in with the surviving account.

How did we do? Please take a moment to rate your experience with this case:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=

If your issue isn't resolved, you can reopen the case within 14 days from the Support Center.

Thank you for contacting Amazon Web Services.

%s""" % (M1, M1, AWS_FOOTER)
body = part(new, "plain", "us-ascii", "7bit")
msg = mark_mail(d, "Amazon Web Services: Support case %s resolved" % M1, body)
add("2019-case-resolved-rating-no-auth", L("survey", M1, [], None, "en"), msg, new)

# ---------------------------------------------------------------- 037
d = dt(2022, 10, 4, 10, 26, 11)
new = """Hi Tomás,

Thank you for getting back to me with the login details.

While reviewing the three profiles I noticed that the name is not the same on all of them: AWS02286419 and AWS09921845 are under "Tomas Herrera Gil", while AWS07719302 is under "T. Herrera". Since the name on a certification account has to match your government-issued ID for exam check-in, could you please let me know the full legal name exactly as it appears on your ID?

This is only needed so that the profile we keep shows the correct name; it does not change anything else in your request.

Kind regards,
Sofía R.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

From: Tomás Herrera <tomas.herrera@velacloud.es>
Sent: Monday, October 3, 2022 6:41 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Sofía,

Here are the logins:
AWS02286419 - tomas.herrera@velacloud.es
AWS07719302 - therrera@innova-it.es (old employer, no access any more)
AWS09921845 - tomas.herrera.gil@gmail.com

Regards,
Tomás
""" % T1
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"), part(to_html(text), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS.replace("Tomás", "=?utf-8?q?Tom=C3=A1s?="),
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("asks-legal-name-not-merge", L("support_reply", T1, ["AWS02286419", "AWS07719302", "AWS09921845"], True, "en"), msg, new)

# ---------------------------------------------------------------- 038
d = dt(2025, 5, 29, 3, 5, 58)
new = """Hello Kenji,

Thank you for contacting AWS Training and Certification.

We noticed that this request is the same as the one you submitted earlier under case %s, which is already assigned to an agent. To avoid duplicate handling and conflicting answers, we will close this case (%s) and continue to assist you in the original case only.

An agent has already replied to you in case %s a few minutes ago. Please check that e-mail and reply to it directly. Kindly do not open additional cases for this request, as this can delay the resolution.

Best regards,
Marisol T.
AWS Training and Certification Customer Support

""" % (K1, K2, K1) + RATE_FOOTER
quoted = """

-----Original Message-----
From: kenji.watanabe.dev@gmail.com
Sent: 5/28/2025 10:39 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS04418273
Description: I submitted a request yesterday to merge AWS10572936 into AWS04418273 but have not heard back. Sending again in case the first one was lost.
"""
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"), part(to_html(text), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % K2, body)
add("duplicate-case-will-close-use-original", L("support_reply", K2, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 039
P3_OPEN = dt(2025, 4, 2, 11, 8, 14)
P3 = case15(P3_OPEN, 1337)
d = dt(2025, 4, 3, 8, 40, 21)
new = """Hello Priya,

Thank you for contacting AWS Account and Billing support.

I've reviewed the charges on your March invoice. The $14.62 came from an Elastic IP address and an EBS snapshot that remained in eu-central-1 after you terminated your instances. As a one-time courtesy I've submitted a credit for the full amount; it will appear on your April bill.

To avoid similar charges in the future, you can release unused Elastic IPs and delete snapshots from the EC2 console, and set up an AWS Budgets alert.

Best regards,
Chris L.
Amazon Web Services

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

%s""" % (P3, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Unexpected charges on March invoice" % P3, body, rcpt="outlook")
add("other-aws-case-billing-reply", L("unrelated", P3, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 040
D2_OPEN = dt(2025, 2, 2, 14, 31, 9)
D2 = case15(D2_OPEN, 20407)
d = D2_OPEN + timedelta(seconds=6)
new = """Hello Daniel,

Thank you for contacting AWS Training and Certification. We have received your request and created case %s.

Inquiry type: Certification
Detail: Exam scheduling / rescheduling
AWS candidate ID: AWS02049915
Description: My online proctored exam on Feb 1 was cancelled by the proctor because of a network drop. I'd like to reschedule without losing the exam fee.

Our team usually responds within 24 hours. Please do not submit a new request for the same issue; reply to this e-mail if you want to add details.

AWS Training and Certification Customer Support""" % D2
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, DANIEL,
               "[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % D2, body)
add("tc-form-ack-other-topic-exam-rescheduling", L("unrelated", D2, ["AWS02049915"], True, "en"), msg, new)


# ---------------------------------------------------------------- 041
TOMAS_TO = TOMAS.replace("Tomás", "=?utf-8?q?Tom=C3=A1s?=")
d = dt(2022, 9, 27, 15, 2, 38)
new = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated response confirming receipt of your inquiry.

Your case number is %s. Please keep this number for your records and include it in the subject line of any further e-mails about this request.

Summary of your submission:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS02286419
  Description: I have three certification accounts from different employers - AWS02286419, AWS07719302 and AWS09921845. Can they be merged into one?

A member of our support team will respond to you within 1 business day. Opening additional cases for the same question may delay our response.

Kind regards,
AWS Training and Certification""" % T1
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS_TO,
               "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("2022-form-ack-11digit-outlook", L("case_created", T1, ["AWS02286419", "AWS07719302", "AWS09921845"], True, "en"), msg, new)

# ---------------------------------------------------------------- 042
d = dt(2022, 9, 29, 9, 47, 15)
new = """Hi Tomás,

Thank you for your patience, and for reaching out to AWS Training and Certification Customer Support.

I can confirm that we are able to combine multiple certification profiles. In order to proceed, please reply to this email with the following:

- The login e-mail address of each profile (AWS 02286419, AWS 07719302 and AWS 09921845). If you no longer have access to one of the mailboxes, please let us know.
- Which ONE of the three profiles you want to keep. The other two will be merged into it and then deactivated.

Once I have this information I will prepare the request and share a summary with you.

Kind regards,
Sofía R.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS_TO,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("asks-which-of-three-to-keep", L("support_reply", T1, ["AWS02286419", "AWS07719302", "AWS09921845"], True, "en"), msg, new)

# ---------------------------------------------------------------- 043
d = dt(2022, 10, 6, 8, 15, 2)
new = """Hi Tomás,

Thank you, I have updated the name on the profile to "Tomás Herrera Gil".

Here is a summary of the request. Please review it carefully:

Profiles that will be merged and then deactivated:
  - AWS02286419 (tomas.herrera@velacloud.es)
  - AWS07719302 (therrera@innova-it.es)
Profile that will remain (all certifications, exam history and benefits will be moved here):
  - AWS09921845 (tomas.herrera.gil@gmail.com)

Please be aware that this merge is permanent and cannot be reverted afterwards. If everything above is correct, simply reply "I confirm" to this e-mail and I will submit the request.

Kind regards,
Sofía R.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

________________________________
From: Tomás Herrera <tomas.herrera@velacloud.es>
Sent: Tuesday, October 4, 2022 3:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Sofía,

My legal name is Tomás Herrera Gil. Please keep AWS09921845.

Thanks,
Tomás

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, October 4, 2022 12:26 PM
To: Tomás Herrera <tomas.herrera@velacloud.es>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Tomás,

While reviewing the three profiles I noticed that the name is not the same on all of them...
""" % (T1, T1)
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"), part(to_html(text), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS_TO,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("confirm-merge-three-into-one", L("merge_confirmation_requested", T1, ["AWS02286419", "AWS07719302", "AWS09921845"], True, "en"), msg, new)

# ---------------------------------------------------------------- 044
d = dt(2022, 10, 7, 7, 58, 44)
new = """Hi Tomás,

Many thanks for your confirmation.

I have submitted the request to our Certification Operations team. They normally complete this type of request within 2-4 business days. Once the merge is complete, I will let you know here and you will be able to sign in with tomas.herrera.gil@gmail.com to see all of your certifications in one place.

In the meantime, please avoid scheduling any new exam on the profiles that are being merged.

Kind regards,
Sofía R.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
quoted = """

________________________________
From: Tomás Herrera <tomas.herrera@velacloud.es>
Sent: Thursday, October 6, 2022 7:30 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

I confirm.

Tomás Herrera Gil
Cloud Architect | VelaCloud
+34 91 555 0142

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 6, 2022 10:15 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Profiles that will be merged and then deactivated:
  - AWS02286419 (tomas.herrera@velacloud.es)
  - AWS07719302 (therrera@innova-it.es)
Profile that will remain:
  - AWS09921845 (tomas.herrera.gil@gmail.com)

If everything above is correct, simply reply "I confirm" to this e-mail and I will submit the request.
""" % (T1, T1)
text = new + quoted
body = alt(part(text, "plain", "utf-8", "quoted-printable"), part(to_html(text), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS_TO,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("thanks-submitted-once-complete-will-notify", L("support_reply", T1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 045
d = dt(2022, 10, 12, 13, 20, 9)
new = """Hi Tomás,

I'm happy to let you know that our Certification Operations team has finished the work on your request: AWS02286419 and AWS07719302 have been merged into AWS09921845.

You can now sign in at https://www.aws.training/Certification with tomas.herrera.gil@gmail.com. Your four certifications and your full exam history are listed there, and your 50% exam discount benefit has been carried over. The other two profiles are deactivated and can no longer be used to sign in.

Digital badges may take a few days to show on your Credly profile. If they don't appear within a week, just reply to this e-mail.

Kind regards,
Sofía R.
AWS Training and Certification Customer Support

""" + RATE_FOOTER
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, TOMAS_TO,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T1, body,
               rcpt="outlook")
add("merge-finished-three-profiles", L("merge_completed", T1, ["AWS02286419", "AWS07719302", "AWS09921845"], True, "en"), msg, new)

# ---------------------------------------------------------------- 046
d = dt(2022, 10, 12, 13, 24, 51)
new = """How did we do?

Your case %s has been closed. We'd love to hear about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/s/%s?resolved=1
NO:  https://aws-tc-feedback.amazon.com/s/%s?resolved=0

How would you rate the support you received from Sofía?
1 2 3 4 5  https://aws-tc-feedback.amazon.com/s/%s?rate=

This survey takes less than one minute. Thank you for helping us improve.

AWS Training and Certification""" % (T1, T1, T1, T1)
hb = """<html><body style="margin:0;font-family:Arial,sans-serif;background:#eaeded">
<div style="max-width:580px;margin:20px auto;background:#fff;padding:24px">
<h2 style="color:#232f3e;margin-top:0">How did we do?</h2>
<p>Your case %s has been closed. We'd love to hear about your experience with AWS Training and Certification Customer Support.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc-feedback.amazon.com/s/%s?resolved=1" style="background:#1d8102;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://aws-tc-feedback.amazon.com/s/%s?resolved=0" style="background:#d13212;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p><b>How would you rate the support you received from Sofía?</b></p>
<p>""" % (T1, T1, T1) + " ".join('<a href="https://aws-tc-feedback.amazon.com/s/%s?rate=%d" style="font-size:20px;text-decoration:none">&#9733;</a>' % (T1, i) for i in range(1, 6)) + """</p>
<p style="font-size:12px;color:#687078">This survey takes less than one minute. Thank you for helping us improve.<br>AWS Training and Certification</p>
</div></body></html>"""
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(hb, "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, '"AWS Training and Certification" <no-reply-aws@amazon.com>', TOMAS_TO,
               "How did we do? Case %s" % T1, body, rcpt="outlook")
add("case-closed-how-did-we-do", L("survey", T1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 047
d = dt(2022, 10, 14, 16, 2, 33)
badges = ["AWS Certified Solutions Architect – Professional", "AWS Certified Solutions Architect – Associate",
          "AWS Certified Developer – Associate", "AWS Certified Cloud Practitioner"]
new = """Tomás, you've been issued 4 badges

Amazon Web Services Training and Certification issued you the following badges:

""" + "\n".join("- " + b for b in badges) + """

These badges were moved to this Credly account (tomas.herrera.gil@gmail.com) as part of an update to your AWS Certification records.

Accept your badges: https://www.credly.com/earner/earned?accept=true

Once accepted, you can share your badges on LinkedIn and add them to your e-mail signature.

Credly | 210 Carpenter Ave, Suite 500, Chicago, IL 60607
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications"""
hb = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="560" align="center" style="background:#fff;margin-top:20px" cellpadding="20"><tr><td>
<h2 style="font-weight:normal">Tom&aacute;s, you've been issued 4 badges</h2>
<p>Amazon Web Services Training and Certification issued you the following badges:</p><ul>""" + "".join("<li>%s</li>" % html.escape(b) for b in badges) + """</ul>
<p>These badges were moved to this Credly account (tomas.herrera.gil@gmail.com) as part of an update to your AWS Certification records.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned?accept=true" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Credly | 210 Carpenter Ave, Suite 500, Chicago, IL 60607<br><a href="https://www.credly.com/earner/settings/notifications">Manage e-mail preferences</a></p>
</td></tr></table></body></html>"""
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(hb, "html", "utf-8", "quoted-printable"))
ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
env = "bounces+4470193-%s-tomas.herrera.gil=gmail.com@em.credly.com" % hexs(4)
ar = ["dkim=pass header.i=@credly.com header.s=s1 header.b=w9Lm2Xa1",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\"" % (env, ip, env),
      "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com"]
hdrs = gmail_trace("tomas.herrera.gil@gmail.com", env, ip, "o%d.em.credly.com" % rnd.randint(1, 30), d, ar) + [
    ("DKIM-Signature", dkim("credly.com", "s1", d)),
    ("Date", rfc(d)),
    ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
    ("To", "tomas.herrera.gil@gmail.com"),
    ("Message-ID", "<%s@credly.com>" % hexs(32)),
    ("Subject", enc_word("Tomás, you've been issued 4 badges", "utf-8"))]
msg = finish(body, hdrs)
add("credly-four-badges-moved", L("credly_badge_issued", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 048
d = dt(2025, 7, 1, 12, 0, 5)
new = """Hi Priya,

Your AWS Certified Cloud Practitioner badge expires on August 30, 2025.

To keep your badge active, recertify before the expiration date. Visit the issuer's website to learn about recertification options:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

The Credly Team""" % "9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
body = alt(part(new, "plain", "utf-8", "7bit"), part(to_html(new), "html", "utf-8", "quoted-printable"))
ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
env = "bounces+4470193-%s-priya.raman88=outlook.com@em.credly.com" % hexs(4)
ar = outlook_ar(ip, "em.credly.com", "credly.com", "credly.com")
hdrs = outlook_trace("priya.raman88@outlook.com", env, ip, "o%d.em.credly.com" % rnd.randint(1, 30), d, ar) + [
    ("DKIM-Signature", dkim("credly.com", "s1", d)),
    ("Date", rfc(d)),
    ("From", '"Credly" <admin@credly.com>'),
    ("To", "priya.raman88@outlook.com"),
    ("Message-ID", "<%s@credly.com>" % hexs(32)),
    ("Subject", "Your AWS Certified Cloud Practitioner badge is expiring soon")]
msg = finish(body, hdrs)
add("credly-badge-expiry-reminder", L("unrelated", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 049
d = dt(2025, 3, 8, 10, 35, 17)
new = """Hello Priya,

I'm following up on my message from March 5th, as I don't see a reply on the case yet.

To locate your older certification profile, I still need the e-mail address that was registered on AWS00937151 at the time of your Cloud Practitioner exam (possibly your university address). Without it I'm unable to verify that both profiles belong to you.

You can add this information by replying through the Support Center link below. If we don't hear from you, this case will be closed automatically in 5 days; replying will keep it open.

Best regards,
Hamza A.
AWS Training and Certification

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Certification account merge request" % P1, body, rcpt="outlook")
add("chaser-still-need-old-email", L("support_reply", P1, ["AWS00937151"], True, "en"), msg, new)

# ---------------------------------------------------------------- 050
d = dt(2025, 3, 13, 9, 2, 48)
new = """Hello Priya,

Just a friendly reminder about my message of March 10th: we are ready to go ahead, but we need your explicit confirmation first.

Here is what will happen:
  * AWS00937151 (priya.r@student.uni-leeds.ac.uk) will be merged into AWS12840066 and then closed
  * AWS12840066 (priya.raman88@outlook.com) will be kept, with all of your certifications

Please keep in mind that a merge cannot be undone. If this is correct, please reply in the Support Center with "I confirm". If you would rather keep a different account, just tell us which one.

Best regards,
Hamza A.
AWS Training and Certification

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Certification account merge request" % P1, body, rcpt="outlook")
add("reminder-please-confirm-merge", L("merge_confirmation_requested", P1, ["AWS00937151", "AWS12840066"], True, "en"), msg, new)


# ---------------------------------------------------------------- 051
d = dt(2025, 3, 14, 6, 48, 30)
new = """Hello Priya,

Thank you for confirming. We will now proceed with the request.

I have raised it with our Certification Operations team to merge AWS-00937151 into AWS-12840066. This usually takes 2-3 business days. I'll keep this case open and will update you as soon as I receive confirmation from them.

Best regards,
Hamza A.
AWS Training and Certification

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

%s""" % (P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Certification account merge request" % P1, body, rcpt="outlook")
add("thanks-confirmed-proceeding-2-3-days", L("support_reply", P1, ["AWS00937151", "AWS12840066"], True, "en"), msg, new)

# ---------------------------------------------------------------- 052
d = dt(2025, 3, 17, 14, 5, 11)
new = """Hello Priya,

I'm pleased to let you know that the Certification Operations team has completed your request. Your Cloud Practitioner certification and the related exam history from your university profile are now part of AWS12840066, and the old profile has been closed.

Please sign in to your AWS Certification Account with priya.raman88@outlook.com to check that all three certifications are listed, and that your 50% discount voucher is still available under Benefits.

As your request has been fulfilled, I'll mark this case as resolved. If anything looks wrong, simply reply in the Support Center within 14 days and the case will reopen.

It was a pleasure assisting you.

Best regards,
Hamza A.
AWS Training and Certification

""" + RATE_FOOTER + """

To see the file or contact us again about this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

%s""" % (P1, AWS_FOOTER)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, PRIYA, "RE:[CASE %s] Certification account merge request" % P1, body, rcpt="outlook")
add("merge-done-and-case-resolved", L("merge_completed", P1, ["AWS12840066"], True, "en"), msg, new)

# ---------------------------------------------------------------- 053
d = dt(2025, 3, 18, 14, 10, 2)
new = """Tell us about your recent AWS Support experience

Hello,

Your support case %s ("Certification account merge request") was recently resolved. Would you take a minute to tell us how we did?

Was your issue resolved?   Yes | No
How satisfied were you with the support you received? (1 = very dissatisfied, 5 = very satisfied)

Start the survey: https://amazonwebservices.qualtrics.com/jfe/form/SV_aws_support_cx?caseId=%s

Your responses are confidential and will be used to improve AWS Support.

Amazon Web Services
To unsubscribe from AWS Support surveys, visit https://pages.awscloud.com/communication-preferences""" % (P1, P1)
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, '"AWS Support" <aws-support-survey@amazon.com>', PRIYA,
               "How did we do? Your AWS Support case %s" % P1, body, rcpt="outlook")
add("support-experience-survey", L("survey", P1, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 054
d = dt(2025, 3, 19, 3, 41, 50)
new = """Priya, you've earned a badge!

Amazon Web Services Training and Certification issued you a badge: AWS Certified Cloud Practitioner

This badge was transferred to your account after your AWS Certification profiles were combined. Accept it to add it to your Credly profile.

Accept badge: https://www.credly.com/badges/9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/accept

Credly | 210 Carpenter Ave, Suite 500, Chicago, IL 60607"""
hb = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;padding:24px;border:1px solid #eee">
<h2>Priya, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification issued you a badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="150" alt=""><br><b>AWS Certified Cloud Practitioner</b></p>
<p>This badge was transferred to your account after your AWS Certification profiles were combined. Accept it to add it to your Credly profile.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly | 210 Carpenter Ave, Suite 500, Chicago, IL 60607</p></div></body></html>"""
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(hb, "html", "utf-8", "base64"))
ip = "167.89.%d.%d" % (rnd.randint(1, 120), rnd.randint(2, 250))
env = "bounces+4470193-%s-priya.raman88=outlook.com@em.credly.com" % hexs(4)
ar = outlook_ar(ip, "em.credly.com", "credly.com", "credly.com")
hdrs = outlook_trace("priya.raman88@outlook.com", env, ip, "o%d.em.credly.com" % rnd.randint(1, 30), d, ar) + [
    ("DKIM-Signature", dkim("credly.com", "s1", d)),
    ("Date", rfc(d)),
    ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
    ("To", "priya.raman88@outlook.com"),
    ("Message-ID", "<%s@credly.com>" % hexs(32)),
    ("Subject", "Priya, you've earned the AWS Certified Cloud Practitioner badge")]
msg = finish(body, hdrs)
add("credly-badge-transferred-after-combine", L("credly_badge_issued", None, [], True, "en"), msg, new)

# ---------------------------------------------------------------- 055
d = dt(2025, 1, 22, 18, 4, 27)
new = """##- Please type your reply above this line -##

Hi Daniel,

Thanks for contacting Skillforge Academy – AWS Training Partner Support! We’ve received your request (#48213) “Merge my two Skillforge accounts” and our team will get back to you within 2 business days.

While you wait: if you bought the AWS Solutions Architect Associate course on both accounts, we can only move progress, not the purchase itself.

You can add comments by replying to this e-mail.

Skillforge Support Team
José, Amara and Lin

This email is a service from Skillforge Academy. Delivered by Zendesk"""
hb = """<html><head><meta charset="utf-8"></head><body>
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Hi Daniel,</p>
<p>Thanks for contacting Skillforge Academy – AWS Training Partner Support! We’ve received your request (#48213) “Merge my two Skillforge accounts” and our team will get back to you within 2 business days.</p>
<p>While you wait: if you bought the AWS Solutions Architect Associate course on both accounts, we can only move progress, not the purchase itself.</p>
<p>You can add comments by replying to this e-mail.</p>
<p>Skillforge Support Team<br>José, Amara and Lin</p>
<p style="color:#999;font-size:11px">This email is a service from Skillforge Academy. Delivered by <a href="https://www.zendesk.com">Zendesk</a></p></body></html>"""
# mislabelled charset: the bytes are UTF-8, the header says iso-8859-1
body = alt(part(new, "plain", "iso-8859-1", "quoted-printable", codec="utf-8"),
           part(hb, "html", "iso-8859-1", "quoted-printable", codec="utf-8"),
           boundary="--==_mimepart_%s_%d" % (hexs(13), rnd.randint(100, 999)))
ip = "192.161.%d.%d" % (rnd.randint(144, 159), rnd.randint(2, 250))
env = "support+id48213@skillforge-academy.zendesk.com"
ar = ["dkim=pass header.i=@zendesk.com header.s=zendesk1 header.b=aQ1mRr2s",
      "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=skillforge-academy.zendesk.com"]
hdrs = gmail_trace("dkim.cloud@gmail.com", env, ip, "out%d.ind%d.mail.zendesk.com" % (rnd.randint(1, 9), rnd.randint(1, 9)), d, ar) + [
    ("DKIM-Signature", dkim("zendesk.com", "zendesk1", d)),
    ("Date", rfc(d)),
    ("From", '"AWS Training Partner Support (Skillforge Academy)" <support@skillforge-academy.zendesk.com>'),
    ("Reply-To", "Skillforge Academy <support+id48213@skillforge-academy.zendesk.com>"),
    ("To", "Daniel Kim <dkim.cloud@gmail.com>"),
    ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (hexs(6).upper(), hexs(13).upper())),
    ("Subject", "[Skillforge Academy] Re: Merge my two Skillforge accounts"),
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", hexs(7))]
msg = finish(body, hdrs)
add("other-company-zendesk-ack-mislabelled-charset", L("unrelated", "48213", [], False, "en"), msg, new)

# ---------------------------------------------------------------- 056
d = dt(2025, 6, 6, 20, 41, 9, JST)
new = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のメールアドレスに紐づく Amazon アカウントが複数検出されました。
システム移行に伴い、下記のとおりアカウントを統合いたします。

① 統合元アカウント：kenji.w@oldcorp-systems.co.jp
② 統合先アカウント：kenji.watanabe.dev@gmail.com

統合を承認される場合は、72時間以内に下記よりお支払い情報の確認を完了してください。
確認が完了しない場合、両方のアカウントが停止されます。

▼ アカウント統合を承認する
https://amazon-co-jp-support.com/merge/confirm?id=%s

※ このメールは送信専用です。
㈱アマゾンジャパン カスタマーサービス""" % hexs(20)
body = part(new, "plain", "shift_jis", "8bit", codec="cp932")
ip = "43.249.%d.%d" % (rnd.randint(1, 250), rnd.randint(2, 250))
env = "mail@amazon-co-jp-support.com"
ar = ["spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env),
      "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.co.jp"]
hdrs = gmail_trace("kenji.watanabe.dev@gmail.com", env, ip, "smtp.amazon-co-jp-support.com", d.astimezone(UTC), ar, arc=False) + [
    ("Date", rfc(d)),
    ("From", "=?ISO-2022-JP?B?GyRCJSIlXiU2JXMbKEI=?= <account-update@amazon.co.jp>"),
    ("Reply-To", "noreply@amazon-co-jp-support.com"),
    ("To", "kenji.watanabe.dev@gmail.com"),
    ("Subject", enc_word("【Amazon.co.jp】アカウント統合のご確認（重要）", "iso-2022-jp")),
    ("Message-ID", "<%s@amazon-co-jp-support.com>" % hexs(20)),
    ("X-Mailer", "Becky! ver. 2.81.04")]
msg = finish(body, hdrs)
add("amazon-co-jp-phish-shopping-account-merge", L("unrelated", None, [], False, "ja"), msg, new)

# ---------------------------------------------------------------- 057
d = dt(2024, 11, 26, 23, 58, 30)
new = """お客様

AWS サポートケース %s「認定アカウントの統合のお願い」は、新しい返信が追加されたため再オープンされました。

ケース ID：%s
ステータス：再オープン - Amazon の対応待ち

担当者が内容を確認のうえ、ご連絡いたします。ケースの確認は以下のリンクから行えます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。

Amazon Web Services""" % (Y1, Y1, Y1)
body = alt(part(new, "plain", "iso-2022-jp", "7bit"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, YUKI_ADDR, "x", body, rcpt=("mta-rcv-ns02.biglobe.ne.jp", "mta-rcv-ns02.biglobe.ne.jp"))
msg.replace_header("Subject", enc_word("[ケース %s] サポートケースが再オープンされました" % Y1, "iso-2022-jp"))
add("ja-case-reopened-notice", L("support_reply", Y1, [], True, "ja"), msg, new)

# ---------------------------------------------------------------- 058
d = K2_OPEN + timedelta(seconds=5)
new = """Case ID: %s

We've got it!

Hi Kenji, your message to AWS Training and Certification Customer Support has reached us. Here's what happens next:

1. Your case is placed in the queue for the Certification team.
2. An agent will reply to this e-mail address, normally within 24 hours (Monday to Friday).
3. You can reply to any e-mail about this case to add information.

Your submission
AWS candidate ID: AWS04418273
Topic: Account Merge
Message: I submitted a request yesterday to merge AWS10572936 into AWS04418273 but have not heard back. Sending again in case the first one was lost.

AWS Training and Certification Customer Support""" % K2
hb = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f;font-size:14px">
<div style="max-width:600px;margin:auto">
<p style="font-size:12px;color:#687078">Case ID: %s</p>
<h1 style="font-size:24px;color:#ec7211">We've got it!</h1>
<p>Hi Kenji, your message to AWS Training and Certification Customer Support has reached us. Here's what happens next:</p>
<ol><li>Your case is placed in the queue for the Certification team.</li>
<li>An agent will reply to this e-mail address, normally within 24 hours (Monday to Friday).</li>
<li>You can reply to any e-mail about this case to add information.</li></ol>
<div style="background:#f2f3f3;padding:12px"><b>Your submission</b><br>
AWS candidate ID: AWS04418273<br>Topic: Account Merge<br>
Message: I submitted a request yesterday to merge AWS10572936 into AWS04418273 but have not heard back. Sending again in case the first one was lost.</div>
<p>AWS Training and Certification Customer Support</p></div></body></html>""" % K2
body = alt(part(new, "plain", "utf-8", "base64"), part(hb, "html", "utf-8", "base64"), boundary=javamail_boundary(d))
msg = aws_mail(d, FORM_FROM, KENJI, "Case %s received - AWS Training and Certification" % K2, body)
add("second-case-ack-weve-got-it", L("case_created", K2, ["AWS04418273", "AWS10572936"], True, "en"), msg, new)

# ---------------------------------------------------------------- 059
d = H1_OPEN + timedelta(seconds=4)
new = """Amazon Web Services をご利用いただきありがとうございます。

以下の内容でサポートケースを受け付けました。

ケース ID：%s
件名：AWS 認定アカウントの統合
サービス：アカウント
カテゴリー：その他のアカウントの問題
重要度：一般的なガイダンス
説明：
認定アカウントが２つあります。aws13307251（古い方・会社のメール）と aws04926638（現在使用中）です。
現在使用中の方に統合していただけますでしょうか。

通常 24 時間以内に担当者よりご連絡いたします。ケースの確認、返信は AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。""" % (H1, H1)
body = alt(part(new, "plain", "utf-8", "base64"), part(to_html(new), "html", "utf-8", "base64"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, HARUTO_ADDR, "x", body, rcpt=("mx.nifty.com", "nifty.com"))
msg.replace_header("Subject", enc_word("Amazon Web Services: サポートケース %s を受け付けました" % H1, "utf-8"))
add("ja-console-ack-account-category", L("case_created", H1, ["AWS04926638", "AWS13307251"], True, "ja"), msg, new)

# ---------------------------------------------------------------- 060
d = dt(2024, 11, 12, 9, 30, 55)
new = """佐藤 様

AWS サポートにお問い合わせいただき、ありがとうございます。
アカウントおよび請求サポートの高橋でございます。

お問い合わせいただきました認定アカウントの統合につきましては、AWS トレーニングと認定の専門チームが担当しております。
そのため、本ケースを同チームへ引き継がせていただきました。

引き継ぎ先の担当者がこれまでの内容をすべて確認できますので、改めてご説明いただく必要はございません。また、新たにケースを作成いただく必要もございません。
担当者より、本ケースにて追ってご連絡いたしますので、今しばらくお待ちいただけますようお願い申し上げます。

高橋
Amazon Web Services

ケースの確認とご返信は以下のリンクから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用のアドレスから送信されています。""" % Y1
body = alt(part(new, "plain", "utf-8", "quoted-printable"), part(to_html(new), "html", "utf-8", "quoted-printable"),
           boundary=javamail_boundary(d))
msg = aws_mail(d, NOREPLY, YUKI_ADDR, "x", body, rcpt=("mta-rcv-ns01.biglobe.ne.jp", "mta-rcv-ns01.biglobe.ne.jp"))
msg.replace_header("Subject", enc_word("RE:[CASE %s] 認定アカウントの統合のお願い" % Y1, "utf-8"))
add("ja-handover-to-tc-team", L("support_reply", Y1, [], True, "ja"), msg, new)


# ---- MAIN ----
ID_RE = re.compile(r"aws[\s\-]?(\d{8})(?!\d)", re.I)


def norm_ids(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))


def decoded_text(msg):
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True) or b""
        cs = (p.get_content_charset() or "us-ascii").lower()
        cs = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp_ext"}.get(cs, cs)
        try:
            out.append(raw.decode(cs))
        except (UnicodeDecodeError, LookupError):
            out.append(raw.decode("utf-8", "replace"))
    return "\n".join(out)


def main():
    import email
    from email.utils import parsedate_to_datetime
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    names = set()
    for i, (fname, label, msg, new_text) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, fname)
        assert name not in names
        names.add(name)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
        data = buf.getvalue().replace(b"\r\n", b"\n")
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
        # ---- checks
        m = email.message_from_bytes(data)
        text = decoded_text(m)
        flat = ID_RE.sub(lambda mm: "AWS" + mm.group(1), text)
        for a in label["account_ids"]:
            if a not in flat:
                problems.append("%s: id %s not in text" % (name, a))
        if norm_ids(new_text) != label["account_ids"]:
            problems.append("%s: new-text ids %s != label %s" % (name, norm_ids(new_text), label["account_ids"]))
        plain = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\r\n", "\n")
        if new_text.strip() and not all(w in plain for w in new_text.strip().split("\n")[0].split()):
            problems.append("%s: new_text start not found in decoded text" % name)
        c = label["case_id"]
        if c is not None:
            if c not in text:
                problems.append("%s: case id %s not in text" % (name, c))
            if len(c) == 15:
                d = parsedate_to_datetime(m["Date"])
                if int(c[:10]) > d.timestamp():
                    problems.append("%s: case %s opened after Date" % (name, c))
        has_ar = m.get("Authentication-Results") is not None
        if (label["sender_verified"] is None) == has_ar:
            problems.append("%s: sender_verified null vs AR presence mismatch" % name)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    from collections import Counter
    print(Counter(l["kind"] for l in labels.values()))
    print(Counter(l["language"] for l in labels.values()))
    print("%d mails written" % len(labels))
    for p in problems:
        print("PROBLEM:", p)


if __name__ == "__main__":
    main()
