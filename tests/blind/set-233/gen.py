#!/usr/bin/env python3
"""Generator for blind set 233 (Japanese desks, twelfth round).

Writes NNN-description.eml files and labels.json into this folder.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(233)
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
MAILS = []  # (fname, bytes, label)


# ----------------------------------------------------------------- helpers
def case15(y, mo, d, h, mi, s, tail):
    """15-digit case id: unix time of opening + 5 digits."""
    ts = int(dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC).timestamp())
    return "%d%05d" % (ts, tail)


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(random.choice(al) for _ in range(n))


def ses_msgid(when, region="email.amazonses.com"):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def rfcdate(when):
    return format_datetime(when)


def enc_header(s, charset="utf-8", enc="b", maxlen=76):
    """Encoded-word header value, folded with CRLF-less '\n ' joins."""
    if charset.lower() in ("iso-2022-jp",):
        h = Header(s, "iso-2022-jp", maxlinelen=maxlen, header_name="Subject")
    else:
        c = Charset(charset)
        c.header_encoding = QP if enc == "q" else BASE64
        h = Header(s, c, maxlinelen=maxlen, header_name="Subject")
    return h.encode(splitchars=" ", maxlinelen=maxlen, linesep="\n")


def addr(name, email, charset="utf-8", enc="b"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset, enc, 300), email)


def textpart(text, subtype="plain", charset="utf-8", cte="base64",
             codec=None, label=None, extra_ct=""):
    """A leaf text part. codec = python codec to encode with (default = charset).
    label = charset label to write (default = charset) -> allows wrong labels."""
    raw = text.encode(codec or charset)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, label or charset, extra_ct)
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    return m


def multipart(subtype, *parts, boundary=None):
    m = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (random.randint(100000, 999999),
                                             random.randint(10**8, 10**9),
                                             random.randint(10**12, 10**13)))
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def flatten(m):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(m)
    return b.getvalue()


# ------------------------------------------------ transport header chains
def dkim_sig(domain, selector, when, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    t = int(when.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s\n\t%s\n\t%s=" % (selector, domain, t, headers, rb64(43),
                                     rb64(70), rb64(70), rb64(62)))


AMZ_SEL = "rjs2ruq7jmp6pbpnobr7yy2ytkabkyz7"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_ip():
    return "54.240.%d.%d" % (random.choice([8, 9, 10, 11, 48]), random.randint(2, 250))


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def chain_gmail(to, when, envfrom, ip, host, ar, arc=True):
    """Gmail receiving chain. ar = AR body after 'mx.google.com;'"""
    t = int(when.timestamp())
    d1 = rfcdate((when + dt.timedelta(seconds=2)).astimezone(dt.timezone(dt.timedelta(hours=-7))))
    d0 = rfcdate((when + dt.timedelta(seconds=1)).astimezone(dt.timezone(dt.timedelta(hours=-7))))
    sid = "%s.%d.%d.%s" % (rhex(6), random.randint(10, 99), random.randint(1000, 9999), rhex(4))
    h = []
    h.append(("Delivered-To", to))
    h.append(("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
              % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(8), d1)))
    h.append(("X-Google-Smtp-Source", "AGHT+I%s" % rb64(70)))
    h.append(("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
              % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(8), rhex(10), random.randint(10, 99), random.randint(1000, 9999), d1)))
    if arc:
        h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (t, rb64(70), rb64(60))))
        h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s==;\n        dara=google.com" % (rb64(43), rb64(43), rb64(70), rb64(60))))
        h.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n" + ar))
    h.append(("Return-Path", "<%s>" % envfrom))
    h.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (host, host, ip, sid, to, d0)))
    return h, ("Authentication-Results", "mx.google.com;\n" + ar)


def gmail_ar(dkims, spf, envfrom, ip, dmarc, fromdom, policy="QUARANTINE"):
    lines = []
    for dom, sel, res in dkims:
        if res == "none":
            lines.append("       dkim=none")
        else:
            lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, dom, sel, rb64(8)))
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (envfrom, ip, envfrom))
    elif spf == "softfail":
        lines.append("       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (envfrom, ip, envfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, envfrom, ip, envfrom))
    if dmarc == "none":
        lines.append("       dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % fromdom)
    elif dmarc == "pass":
        lines.append("       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (policy, policy, fromdom))
    else:
        lines.append("       dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (policy, policy, policy, fromdom))
    return ";\n".join(lines)


def chain_outlook(to, when, mailfrom_dom, ip, host, ar, tenant="jpnprd01"):
    d = rfcdate(when.astimezone(UTC)).replace("-0000", "+0000")
    a = "TY%sPR01MB%d" % (random.choice(["C", "W", "3"]), random.randint(1000, 9999))
    b = "OS%dPR01MB%d" % (random.randint(0, 9), random.randint(1000, 9999))
    fe = "TYZAPC01FT0%02d" % random.randint(10, 99)
    h = []
    h.append(("Received", "from %s.%s.prod.outlook.com (2603:1096:400:%s::%d) by\n %s.%s.prod.outlook.com (2603:1096:604:%s::%d) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\n %s"
              % (a, tenant, rhex(3), random.randint(10, 99), b, tenant, rhex(3), random.randint(10, 99), random.randint(8000, 9300), random.randint(10, 40), d)))
    h.append(("Received", "from %s.%s.prod.outlook.com\n (2603:1096:400:%s:cafe::%s) by %s.outlook.office365.com\n (2603:1096:400:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
              % (fe, tenant, rhex(3), rhex(2), a, rhex(3), random.randint(10, 99), random.randint(8000, 9300), random.randint(10, 40), d)))
    arh = ("Authentication-Results", ar)
    h2 = []
    h2.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, host)))
    h2.append(("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
               % (host, ip, fe, random.randint(1, 250), random.randint(1, 250), random.randint(8000, 9300), random.randint(10, 40), d)))
    return h, arh, h2


def outlook_ar(spf, mailfrom_dom, ip, dkim, dkim_dom, dmarc, fromdom, compauth="pass reason=100"):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, ip, mailfrom_dom, dkim, dkim_dom, dmarc,
        "none" if dmarc == "pass" else "quarantine", fromdom, compauth)
    if dkim != "pass":
        s = s.replace(" (signature was verified)", " (signature did not verify)")
    return s


def chain_jp(to, when, authserv, mx_host, envfrom, ip, host, ar):
    d = rfcdate(when.astimezone(JST))
    h = []
    h.append(("Return-Path", "<%s>" % envfrom))
    h.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        mx_host, mx_host, rhex(10).upper(), to, d)))
    arh = ("Authentication-Results", "%s;\n\t%s" % (authserv, ar))
    h2 = [("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        host, host, ip, mx_host, rhex(12), to, d))]
    return h, arh, h2


def jp_ar(spf, envfrom, dkim, dkimdom, dmarc, fromdom):
    parts = ["spf=%s smtp.mailfrom=%s" % (spf, envfrom)]
    if dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append("dkim=%s header.d=%s" % (dkim, dkimdom))
    parts.append("dmarc=%s header.from=%s" % (dmarc, fromdom))
    return ";\n\t".join(parts)


# --------------------------------------------------------------- assemble
def emit(fname, label, transport, top, body):
    """transport: list of (name, value) in order (topmost first);
    top: list of (name, value) message headers; body: Message (MIME)."""
    lines = []
    for n, v in transport + top:
        lines.append("%s: %s" % (n, v))
    hb = ("\n".join(lines) + "\n").encode("ascii")
    bb = flatten(body)
    data = hb + b"MIME-Version: 1.0\n" + bb
    MAILS.append((fname, data, label))


def L(kind, case_id, ids, verified, lang="ja"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def aws_transport(kind, to, when, from_dom="amazon.com", verified=True, provider_extra=None):
    """Genuine SES delivery of amazon.com mail to a provider."""
    ip = ses_ip()
    host = ses_host(ip)
    envfrom = "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (
        int(when.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    dk = [("DKIM-Signature", dkim_sig(from_dom, AMZ_SEL, when)),
          ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, when,
                                      "From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID"))]
    if kind == "gmail":
        ar = gmail_ar([(from_dom, AMZ_SEL, "pass"), ("amazonses.com", SES_SEL, "pass")],
                      "pass", envfrom, ip, "pass", from_dom)
        h, arh = chain_gmail(to, when, envfrom, ip, host, ar)
        i = [n for n, _ in h].index("Return-Path")
        return h[:i + 2] + [("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (envfrom, ip, ip)), arh] + dk
    if kind == "outlook":
        ar = outlook_ar("pass", "amazonses.com", ip, "pass", from_dom, "pass", from_dom)
        h, arh, h2 = chain_outlook(to, when, "amazonses.com", ip, host, ar)
        return h + [arh] + h2 + dk
    # japanese providers
    prov = {
        "yahoo": ("mx.mail.yahoo.co.jp", "mxr%d.mail.yahoo.co.jp" % random.randint(1, 30)),
        "biglobe": ("mx.biglobe.ne.jp", "mxb%02d.biglobe.ne.jp" % random.randint(1, 20)),
        "nifty": ("mta.nifty.com", "mta-snd%02d.nifty.com" % random.randint(1, 20)),
        "docomo": ("mfsmax.docomo.ne.jp", "md-in%02d.docomo.ne.jp" % random.randint(1, 20)),
        "ocn": ("ocn.ad.jp", "mfgw%02d.ocn.ad.jp" % random.randint(1, 20)),
        "sonet": ("so-net.ne.jp", "mx%02d.so-net.ne.jp" % random.randint(1, 20)),
    }[kind]
    ar = jp_ar("pass", "amazonses.com", "pass", from_dom, "pass", from_dom)
    h, arh, h2 = chain_jp(to, when, prov[0], prov[1], envfrom, ip, host, ar)
    return h + [arh] + h2 + dk


def ses_tail(when):
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)),
            ("X-SES-Outgoing", when.astimezone(UTC).strftime("%Y.%m.%d-") + ses_ip())]


def credly_transport(kind, to, when, from_dom="credly.com"):
    ip = "149.72.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
    host = "o%d.ptr%d.credly.com" % (random.randint(1, 9), random.randint(1000, 9999))
    envfrom = "bounces+%d-%s-%s=%s@em%d.%s" % (random.randint(10**6, 10**7), rhex(4), to.split("@")[0], to.split("@")[1], random.randint(1000, 9999), from_dom)
    dk = [("DKIM-Signature", dkim_sig(from_dom, "s1", when, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to")),
          ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", when, "from:subject:mime-version:content-type:to"))]
    edom = envfrom.split("@")[1]
    if kind == "gmail":
        ar = gmail_ar([(from_dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                      "pass", envfrom, ip, "pass", from_dom, policy="NONE")
        h, arh = chain_gmail(to, when, envfrom, ip, host, ar)
        i = [n for n, _ in h].index("Return-Path")
        return h[:i + 2] + [arh] + dk
    if kind == "outlook":
        ar = outlook_ar("pass", edom, ip, "pass", from_dom, "pass", from_dom)
        h, arh, h2 = chain_outlook(to, when, edom, ip, host, ar)
        return h + [arh] + h2 + dk
    prov = {"yahoo": ("mx.mail.yahoo.co.jp", "mxr%d.mail.yahoo.co.jp" % random.randint(1, 30)),
            "biglobe": ("mx.biglobe.ne.jp", "mxb%02d.biglobe.ne.jp" % random.randint(1, 20)),
            "nifty": ("mta.nifty.com", "mta-snd%02d.nifty.com" % random.randint(1, 20)),
            "sonet": ("so-net.ne.jp", "mx%02d.so-net.ne.jp" % random.randint(1, 20)),
            "docomo": ("mfsmax.docomo.ne.jp", "md-in%02d.docomo.ne.jp" % random.randint(1, 20))}[kind]
    ar = jp_ar("pass", edom, "pass", from_dom, "pass", from_dom)
    h, arh, h2 = chain_jp(to, when, prov[0], prov[1], envfrom, ip, host, ar)
    return h + [arh] + h2 + dk


def top_headers(frm, to, subject, when, msgid, extra=None, reply_to=None):
    h = [("From", frm), ("To", to)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", rfcdate(when)), ("Message-ID", msgid)]
    if extra:
        h += extra
    return h


def html_wrap(inner, title="Amazon Web Services", lang="ja"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f2f3f3;font-family:'Amazon Ember','Hiragino Kaku Gothic ProN',Meiryo,Arial,sans-serif;\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#ffffff;\">\n"
            "<tr><td style=\"background:#232f3e;padding:16px 24px;\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" alt=\"AWS\" width=\"80\"></td></tr>\n"
            "<tr><td style=\"padding:24px;font-size:14px;line-height:1.7;color:#16191f;\">\n%s\n</td></tr>\n"
            "</table>\n</td></tr></table>\n</body>\n</html>\n" % (lang, title, inner))


def p(text):
    """plain text -> simple html paragraphs."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"))
    return "\n".join(out)


# ================================================================== MAILS
# ----- personas / cases
A_ID = case15(2025, 5, 27, 14, 2, 37, 814)       # form case, Japanese
A_OPEN = dt.datetime(2025, 5, 27, 14, 2, 37, tzinfo=UTC)
A_USER = "kenichi.tanaka.0419@gmail.com"
A_TO = addr("田中 健一", A_USER)
A_OLD, A_NEW = "AWS04417823", "AWS11902365"
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# 001 ------------------------------------------------------------------
w = A_OPEN + dt.timedelta(seconds=41)
txt = """田中 健一 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: %s
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 認定候補者 ID: %s, %s

担当者が内容を確認し、原則として 24 時間以内にご登録のメールアドレス宛にご連絡いたします。
なお、同じ内容で新しいケースを作成されますと、対応が遅れる場合がございます。
追加の情報がございましたら、本メールに返信する形でお送りください。

よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

このメールはお問い合わせフォームから送信された内容に基づいて自動的に送信されています。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""" % (A_ID, A_OLD, A_NEW)
html = html_wrap(p(txt).replace(A_ID, "<strong>%s</strong>" % A_ID))
body = multipart("alternative",
                 textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = aws_transport("gmail", A_USER, w)
top = top_headers(FORM, A_TO,
                  "[CASE %s] " % A_ID + enc_header("[AWS Training and Certification Form Submission] - お問い合わせを受け付けました", "utf-8", "b"),
                  w.astimezone(UTC), ses_msgid(w)) + ses_tail(w)
emit("001-form-ack-ja-two-ids.eml", L("case_created", A_ID, [A_OLD, A_NEW], True), tr, top, body)

# 002 ------------------------------------------------------------------
w = dt.datetime(2025, 5, 28, 23, 2, 11, tzinfo=UTC)  # 08:02 JST 29th
txt = """田中 健一 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS カスタマーサポートの 佐々木 でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
お知らせいただいた 2 つの候補者 ID（%s / %s）を確認いたしました。

統合の手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. 統合後に残す（ご利用を継続される）アカウントはどちらでしょうか。
2. 各アカウントにサインインする際にご利用のメールアドレス
3. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）

なお、統合後に残らない側のアカウントで取得された認定資格は、残す側のアカウントへ移行されます。

お手数をおかけいたしますが、本メールへのご返信にてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""" % (A_OLD, A_NEW)
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("gmail", A_USER, w)
top = top_headers(FORM, A_TO,
                  enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウント統合のご依頼について" % A_ID, "iso-2022-jp"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("002-agent-asks-which-to-keep-iso2022jp.eml", L("support_reply", A_ID, [A_OLD, A_NEW], True), tr, top, body)

# 003 ------------------------------------------------------------------
w = dt.datetime(2025, 5, 29, 9, 20, 45, tzinfo=UTC)  # 18:20 JST
txt = """田中 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
早速ご返信いただき、ありがとうございます。

いただいた情報をもとに、以下の内容でアカウントの統合を行う予定です。
実施前に、内容に誤りがないかご確認をお願いいたします。

  統合元（統合後に利用できなくなるアカウント）: %s
  統合先（引き続きご利用いただくアカウント）  : %s
  統合先のサインイン用メールアドレス        : kenichi.tanaka.0419@gmail.com

統合元アカウントで取得された認定資格および試験履歴は、統合先アカウントへ移行されます。
なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信いただき「内容に相違ありません。統合を進めてください」とお知らせください。
ご確認が取れ次第、手続きを開始いたします。

引き続きよろしくお願いいたします。

佐々木
Amazon Web Services

2025年5月29日(木) 9:15 田中 健一 <kenichi.tanaka.0419@gmail.com>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 1. 残したいのは %s です（個人のGmailで登録したほうです）。
> 2. サインイン用メールアドレス
>    旧: t.tanaka@kowa-techno.co.jp（前職の会社アドレスで、現在は受信できません）
>    新: kenichi.tanaka.0419@gmail.com
> 3. 通知先はどちらもサインイン用と同じです。
>
> よろしくお願いします。
> 田中
""" % (A_OLD, A_NEW, A_NEW)
html = html_wrap(p(txt.split("2025年5月29日(木) 9:15")[0]) +
                 "\n<div class=\"gmail_quote\"><div>2025年5月29日(木) 9:15 田中 健一 &lt;kenichi.tanaka.0419@gmail.com&gt;:</div>"
                 "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">佐々木様<br><br>ご連絡ありがとうございます。<br>"
                 "1. 残したいのは %s です（個人のGmailで登録したほうです）。<br>2. サインイン用メールアドレス<br>"
                 "&nbsp;&nbsp;旧: t.tanaka@kowa-techno.co.jp（前職の会社アドレスで、現在は受信できません）<br>"
                 "&nbsp;&nbsp;新: kenichi.tanaka.0419@gmail.com<br>3. 通知先はどちらもサインイン用と同じです。<br><br>よろしくお願いします。<br>田中</blockquote></div>" % A_NEW)
body = multipart("alternative",
                 textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html, "html", "utf-8", "base64"))
tr = aws_transport("gmail", A_USER, w)
top = top_headers(FORM, A_TO,
                  "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_ID,
                  w, ses_msgid(w)) + ses_tail(w)
emit("003-form-confirm-request-ja.eml", L("merge_confirmation_requested", A_ID, [A_OLD, A_NEW], True), tr, top, body)

# 004 ------------------------------------------------------------------
w = dt.datetime(2025, 5, 30, 1, 3, 9, tzinfo=UTC)
txt = """田中 健一 様

ご確認いただき、誠にありがとうございます。
これより統合の手続きを進めさせていただきます。

作業には通常 1〜3 営業日ほどお時間をいただいております。
手続きが完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

佐々木
Amazon Web Services

2025年5月30日(金) 7:48 田中 健一 <kenichi.tanaka.0419@gmail.com>:
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年5月29日(木) 18:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健一 様
> >
> > いただいた情報をもとに、以下の内容でアカウントの統合を行う予定です。
> >   統合元（統合後に利用できなくなるアカウント）: %s
> >   統合先（引き続きご利用いただくアカウント）  : %s
> > なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。
> > 上記の内容でよろしければ、本メールにご返信ください。
""" % (A_OLD, A_NEW)
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("gmail", A_USER, w)
top = top_headers(FORM, A_TO,
                  "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_ID,
                  w, ses_msgid(w)) + ses_tail(w)
emit("004-thanks-will-proceed-ja.eml", L("support_reply", A_ID, [], True), tr, top, body)

# 005 ------------------------------------------------------------------
w = dt.datetime(2025, 5, 31, 4, 37, 52, tzinfo=UTC)
txt = """田中 健一 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの佐々木です。

ご依頼いただいておりましたアカウントの統合作業が完了いたしました。
今後は候補者 ID %s（サインイン: kenichi.tanaka.0419@gmail.com）をご利用ください。
旧アカウント %s に登録されていた認定資格・試験履歴・特典（次回試験 50%% 割引バウチャーを含む）は、上記アカウントに移行済みです。

お手数ですが、AWS Certification アカウントにサインインし、認定資格が正しく表示されているかをご確認ください。
Credly のデジタルバッジは、反映までに数日かかる場合がございます。

ご不明な点がございましたら、本メールへご返信ください。

佐々木
Amazon Web Services

差出人: 田中 健一 <kenichi.tanaka.0419@gmail.com>
送信日時: 2025年5月30日 7:48
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

田中
""" % (A_NEW, A_OLD, A_ID)
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = aws_transport("gmail", A_USER, w)
top = top_headers(FORM, A_TO,
                  "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_ID,
                  w, ses_msgid(w)) + ses_tail(w)
emit("005-merge-done-ja-outlook-quote.eml", L("merge_completed", A_ID, [A_OLD, A_NEW], True), tr, top, body)

# 006 ------------------------------------------------------------------
w = dt.datetime(2025, 5, 31, 4, 52, 3, tzinfo=UTC)
inner = """<p style="font-size:18px;font-weight:bold;">ケースがクローズされました</p>
<p>田中 健一 様</p>
<p>ケース ID <strong>%s</strong>「[AWS Training and Certification Form Submission] - account-assistance」はクローズされました。</p>
<p>今回のお問い合わせで、問題は解決しましたか？</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 20px;background:#ec7211;border-radius:2px;"><a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=yes&amp;lang=ja" style="color:#ffffff;text-decoration:none;">はい</a></td>
<td width="12"></td>
<td style="padding:8px 20px;background:#545b64;border-radius:2px;"><a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=no&amp;lang=ja" style="color:#ffffff;text-decoration:none;">いいえ</a></td>
</tr></table>
<p>担当者の対応について、5 段階で評価をお願いいたします。いただいたご意見はサービス改善のために活用させていただきます。</p>
<p><a href="https://aws-tc-survey.amazon.com/rate?c=%s&amp;lang=ja">★★★★★ 評価する</a></p>
<p style="font-size:12px;color:#687078;">本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>""" % (A_ID, A_ID, A_ID, A_ID)
body = textpart(html_wrap(inner, "ケースがクローズされました"), "html", "utf-8", "base64")
tr = aws_transport("gmail", A_USER, w)
top = top_headers(NOREPLY, A_TO,
                  enc_header("[Case %s] ケースがクローズされました - ご意見をお聞かせください" % A_ID, "utf-8", "q"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("006-closure-survey-html-only-ja.eml", L("survey", A_ID, [], True), tr, top, body)

# 007 ------------------------------------------------------------------
w = dt.datetime(2025, 6, 2, 6, 14, 30, tzinfo=UTC)
CREDLY_AWS = "Amazon Web Services Training and Certification via Credly <admin@credly.com>"
txt = """田中 健一 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました:
AWS Certified Solutions Architect - Associate

バッジを受け取る:
https://www.credly.com/earner/earned/badge/7c1e5a90-3b2d-4f6e-9a41-2d8e0b6f7731?locale=ja

バッジを受け取ると、LinkedIn やメールの署名などで実績を共有できます。

Credly チーム
Credly, Inc., 2 Park Avenue, 4th Floor, New York, NY 10016

このメールの配信設定を変更: https://www.credly.com/notification_preferences
"""
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#333;">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;text-align:center;">
<img src="https://images.credly.com/size/160x160/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate">
<h2 style="font-weight:normal;">田中 健一 さん、おめでとうございます！</h2>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました:<br><strong>AWS Certified Solutions Architect - Associate</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e5a90-3b2d-4f6e-9a41-2d8e0b6f7731?locale=ja" style="display:inline-block;padding:12px 28px;background:#ff6b00;color:#fff;text-decoration:none;border-radius:4px;">バッジを受け取る</a></p>
<p style="font-size:13px;">バッジを受け取ると、LinkedIn やメールの署名などで実績を共有できます。</p>
<p style="font-size:11px;color:#999;">Credly, Inc., 2 Park Avenue, 4th Floor, New York, NY 10016<br><a href="https://www.credly.com/notification_preferences">配信設定</a></p>
</td></tr></table></body></html>"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = credly_transport("gmail", A_USER, w)
top = top_headers(CREDLY_AWS, A_USER,
                  enc_header("Amazon Web Services Training and Certification からバッジが発行されました", "utf-8", "b"),
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("007-credly-badge-ja.eml", L("credly_badge_issued", None, [], True), tr, top, body)

# ----- case B: console case, Japanese, three accounts, outlook.jp
B_OPEN = dt.datetime(2025, 3, 10, 1, 15, 48, tzinfo=UTC)
B_ID = case15(2025, 3, 10, 1, 15, 48, 30417)
B_USER = "misaki.suzuki@outlook.jp"
B_TO = addr("鈴木 美咲", B_USER, "iso-2022-jp")
B_KEEP, B_M1, B_M2 = "AWS20586417", "AWS09927731", "AWS31064098"
B_SUBJ = "認定アカウントの統合（3 アカウント）"
B_URL = "https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=ja" % B_ID

# 008 ------------------------------------------------------------------
w = B_OPEN + dt.timedelta(seconds=9)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: AWS トレーニングと認定

ケースの詳細の確認やケースへの返信は、AWS サポートセンターから行ってください:
%s

このメールアドレスは返信を受け付けておりません。

今後ともよろしくお願いいたします。
Amazon Web Services
""" % (B_ID, B_ID, B_SUBJ, B_URL)
inner = """<p>Amazon Web Services をご利用いただき、ありがとうございます。<br>お問い合わせに対応するため、ケース %s をオープンしました。</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px;">
<tr><td style="color:#687078;">ケース ID</td><td>%s</td></tr>
<tr><td style="color:#687078;">件名</td><td>%s</td></tr>
<tr><td style="color:#687078;">重要度</td><td>一般的なガイダンス</td></tr>
<tr><td style="color:#687078;">サービス</td><td>AWS トレーニングと認定</td></tr>
</table>
<p><a href="%s">サポートセンターでケースを表示</a></p>
<p style="font-size:12px;color:#687078;">このメールアドレスは返信を受け付けておりません。</p>""" % (B_ID, B_ID, B_SUBJ, B_URL.replace("&", "&amp;"))
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(inner), "html", "utf-8", "base64"))
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  enc_header("Amazon Web Services: 新しいサポートケースを開きました: %s" % B_ID, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("008-console-case-opened-ja.eml", L("case_created", B_ID, [], True), tr, top, body)

# 009 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 11, 2, 40, 26, tzinfo=UTC)
txt = """ケース %s に新しい対応が追加されました。

件名: %s

対応内容を確認し、返信するには、AWS サポートセンターにサインインしてください:
%s

このメールアドレスは返信を受け付けておりません。

Amazon Web Services
""" % (B_ID, B_SUBJ, B_URL)
body = textpart(txt, "plain", "utf-8", "base64")
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  "[Case %s] " % B_ID + enc_header("新しい対応が追加されました", "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("009-console-new-correspondence-ja.eml", L("support_reply", B_ID, [], True), tr, top, body)

# 010 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 11, 2, 40, 31, tzinfo=UTC)
txt = """鈴木 美咲 様

AWS サポートの中島です。お問い合わせいただきありがとうございます。

ご依頼いただいたアカウント統合（マージ）について、以下の内容で実施してよろしいかご確認ください。

■ 残すアカウント（プライマリ）
  AWS 20586417（サインイン: misaki.suzuki@outlook.jp）

■ プライマリにマージされるアカウント
  - aws09927731（サインイン: m.suzuki@sakura-dc.co.jp）
  - AWS-31064098（サインイン: misaki.s.1990@yahoo.co.jp）

マージ後、上記 2 アカウントはクローズされ、認定資格・受験履歴・特典はすべてプライマリアカウントに集約されます。
一度マージしたアカウントを元に戻すことはできませんのでご注意ください。

内容に問題がなければ、サポートセンターから本ケースに「上記内容で承認します」とご返信ください。
※ このメールに直接ご返信いただいても、担当者には届きません。

Best regards,
中島
Amazon Web Services

====================================================================
今回の対応について評価をお願いします。
このやり取りを評価するには、以下のリンクをクリックしてください:
%s
====================================================================
""" % (B_URL + "&rate=1",)
inner = p(txt.split("=====")[0]) + '<hr><p style="font-size:12px;">今回の対応について評価をお願いします。<br><a href="%s">このやり取りを評価する</a></p>' % (B_URL + "&rate=1").replace("&", "&amp;")
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html_wrap(inner), "html", "utf-8", "quoted-printable"))
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  "RE:[CASE %s] " % B_ID + enc_header(B_SUBJ, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("010-console-confirm-three-accounts-mixed-ids.eml",
     L("merge_confirmation_requested", B_ID, [B_KEEP, B_M1, B_M2], True), tr, top, body)

# 011 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 14, 3, 2, 7, tzinfo=UTC)
txt = """鈴木 美咲 様

AWS サポートの中島です。

3 月 11 日にご案内した内容について、まだご返信を確認できておりませんでしたので、念のためご連絡いたしました。
お手すきの際に、サポートセンターから本ケースへご返信いただけますと幸いです。

なお、このまま 7 日間ご返信がない場合、本ケースは自動的にクローズされます。クローズ後も 14 日以内であれば、サポートセンターからケースを再開していただけます。

Best regards,
中島
Amazon Web Services
"""
body = textpart(txt, "plain", "utf-8", "base64")
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  "RE:[CASE %s] " % B_ID + enc_header(B_SUBJ, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("011-console-chaser-autoclose-warning.eml", L("support_reply", B_ID, [], True), tr, top, body)

# 012 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 17, 6, 25, 44, tzinfo=UTC)
txt = """鈴木 美咲 様

AWS サポートの中島です。ご承認いただきありがとうございました。

マージ作業がすべて完了しました。
%s、%s の認定資格および受験履歴は、プライマリアカウント %s に集約されています。
今後は misaki.suzuki@outlook.jp で CertMetrics にサインインしてご利用ください。

ご依頼の対応が完了しましたので、本ケースはこれでクローズさせていただきます。
ほかにご不明な点がございましたら、新しいケースを作成してお問い合わせください。

Best regards,
中島
Amazon Web Services

====================================================================
今回の対応について評価をお願いします:
%s
====================================================================
""" % (B_M1, B_M2, B_KEEP, B_URL + "&rate=1")
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  "RE:[CASE %s] " % B_ID + enc_header(B_SUBJ, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("012-console-merge-done-and-closing.eml", L("merge_completed", B_ID, [B_KEEP, B_M1, B_M2], True), tr, top, body)

# 013 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 17, 6, 31, 2, tzinfo=UTC)
txt = """AWS サポートをご利用いただきありがとうございました。

ケース %s（%s）の対応について、ご意見をお聞かせください。
所要時間は 1 分程度です。

アンケートに回答する:
https://aws.amazon.com/jp/support/survey?caseId=%s&lang=ja

お客様からのご意見は、AWS サポートの品質向上に役立てさせていただきます。

Amazon Web Services
このメールアドレスは返信を受け付けておりません。
""" % (B_ID, B_SUBJ, B_ID)
inner = """<p>AWS サポートをご利用いただきありがとうございました。</p>
<p>ケース %s（%s）の対応について、ご意見をお聞かせください。所要時間は 1 分程度です。</p>
<p>担当者の対応はいかがでしたか？</p>
<p style="font-size:22px;"><a href="https://aws.amazon.com/jp/support/survey?caseId=%s&amp;score=1">1</a> &nbsp;
<a href="https://aws.amazon.com/jp/support/survey?caseId=%s&amp;score=2">2</a> &nbsp;
<a href="https://aws.amazon.com/jp/support/survey?caseId=%s&amp;score=3">3</a> &nbsp;
<a href="https://aws.amazon.com/jp/support/survey?caseId=%s&amp;score=4">4</a> &nbsp;
<a href="https://aws.amazon.com/jp/support/survey?caseId=%s&amp;score=5">5</a></p>
<p style="font-size:12px;color:#687078;">1 = 非常に不満 / 5 = 非常に満足</p>""" % ((B_ID, B_SUBJ) + (B_ID,) * 5)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(inner), "html", "utf-8", "base64"))
tr = aws_transport("outlook", B_USER, w)
top = top_headers(NOREPLY, B_USER,
                  enc_header("AWS サポートに関するアンケートのお願い（ケース %s）" % B_ID, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("013-console-rating-request-ja.eml", L("survey", B_ID, [], True), tr, top, body)

# ----- case C: 11-digit form case 2022, English agent, yahoo.co.jp user
C_ID = "10843627711"
C_USER = "takuya_nkmr@yahoo.co.jp"
C_TO = addr("中村 拓也", C_USER, "iso-2022-jp")
C_OLD, C_NEW = "AWS07733190", "AWS15520847"
C_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_ID

# 014 ------------------------------------------------------------------
w = dt.datetime(2022, 8, 16, 14, 9, 51, tzinfo=UTC)
txt = """Dear Takuya Nakamura,

Greetings from AWS Training and Certification!

This is Priya, I will be assisting you on your request regarding the accounts merging.

Kindly note that in order to process your request we need few more details from your end:

1) Notification email address registered in the account AWS07733190
2) Notification email address registered in the account AWS15520847
3) Which account you would like to retain as primary one

Request you to please revert back with the above information at the earliest so that we can take it forward.

Thanks & Regards,
Priya S.
Amazon Web Services
"""
body = textpart(txt, "plain", "us-ascii", "7bit")
tr = aws_transport("yahoo", C_USER, w)
top = top_headers(FORM, C_TO, C_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("014-en-agent-asks-notification-emails.eml", L("support_reply", C_ID, [C_OLD, C_NEW], True, "en"), tr, top, body)

# 015 ------------------------------------------------------------------
w = dt.datetime(2022, 8, 17, 9, 33, 18, tzinfo=UTC)
txt = """Dear Takuya,

Thank you for sharing the details.

Please review the below details for the merge:

Source account (will be merged and deactivated) : AWS07733190 - takuya_nkmr@yahoo.co.jp
Target account (will remain active)             : AWS15520847 - t.nakamura@mitsuwa-eng.co.jp

Please be informed that once merged, this action can not be reverted.

Kindly reply to this email with "I confirm" so we can proceed further.

Thanks & Regards,
Priya S.
Amazon Web Services


差出人: 中村 拓也 <takuya_nkmr@yahoo.co.jp>
送信日時: 2022年8月17日 10:21
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE 10843627711] [AWS Training and Certification Form Submission] - account-assistance

Priya様

お世話になっております。中村です。
1) AWS07733190: takuya_nkmr@yahoo.co.jp
2) AWS15520847: t.nakamura@mitsuwa-eng.co.jp
3) Please keep AWS15520847.

Best regards,
Takuya Nakamura
"""
html = txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
top_part, quote = html.split("\n\n\n差出人:")
html = ("<html><body><div style=\"font-family:Arial;font-size:13px;\">%s</div>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0\"><p><b>差出人:</b>%s</p></div></body></html>"
        % (top_part.replace("\n", "<br>\n"), quote.replace("\n", "<br>\n")))
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = aws_transport("yahoo", C_USER, w)
top = top_headers(FORM, C_TO, C_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("015-en-confirm-request-outlook-jp-quote.eml",
     L("merge_confirmation_requested", C_ID, [C_OLD, C_NEW], True, "en"), tr, top, body)

# 016 ------------------------------------------------------------------
w = dt.datetime(2022, 8, 19, 11, 5, 2, tzinfo=UTC)
txt = """Dear Takuya,

Hope you are doing well.

We are pleased to inform you that your request has been actioned successfully. All certification records of the old account are now consolidated under AWS15520847 and the old profile has been deactivated.

You may login with t.nakamura@mitsuwa-eng.co.jp going forward and check your transcript.

Thanks & Regards,
Priya S.
Amazon Web Services

-----Original Message-----
From: takuya_nkmr@yahoo.co.jp
Sent: 2022-08-18 01:12:40 +0000
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 10843627711] [AWS Training and Certification Form Submission] - account-assistance

I confirm. Please proceed the merge of AWS07733190 into AWS15520847.

Takuya Nakamura
"""
body = textpart(txt, "plain", "us-ascii", "7bit")
tr = aws_transport("yahoo", C_USER, w)
top = top_headers(FORM, C_TO, C_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("016-en-actioned-consolidated.eml", L("merge_completed", C_ID, [C_NEW], True, "en"), tr, top, body)

# ----- case D: 2019, 10-digit, nifty
D_ID = "6238419071"
D_USER = "daisuke.kobayashi@nifty.com"
D_KEEP, D_OLD = "AWS00488216", "AWS02917465"

# 017 ------------------------------------------------------------------
w = dt.datetime(2019, 7, 12, 16, 48, 20, tzinfo=UTC)
txt = """Daisuke Kobayashi, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge to start sharing your achievement:
https://www.youracclaim.com/earner/earned/badge/3f2b9c41-88d0-4e7a-b6c2-91a0d5e4f210

Acclaim, a Credly product
Pearson Education, Inc. 5601 Green Valley Drive, Bloomington, MN 55437
Unsubscribe: https://www.youracclaim.com/notification_preferences
"""
html = """<html><body style="font-family:Arial,sans-serif;">
<center><img src="https://images.youracclaim.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="badge">
<h1 style="font-size:22px;">Daisuke Kobayashi, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:<br><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3f2b9c41-88d0-4e7a-b6c2-91a0d5e4f210" style="background:#0095a8;color:#fff;padding:10px 24px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:11px;color:#888;">Acclaim, a Credly product<br>Pearson Education, Inc. 5601 Green Valley Drive, Bloomington, MN 55437</p></center></body></html>"""
body = multipart("alternative", textpart(txt, "plain", "us-ascii", "7bit"),
                 textpart(html, "html", "us-ascii", "7bit"))
tr = credly_transport("nifty", D_USER, w, "youracclaim.com")
top = top_headers("Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>", D_USER,
                  "Amazon Web Services Training and Certification has issued you a badge", w,
                  "<5d28b9dc%s_%d@ismtpd0003p1iad2.sendgrid.net>" % (rhex(8), random.randint(10**5, 10**6)))
emit("017-acclaim-2019-badge-en.eml", L("credly_badge_issued", None, [], True, "en"), tr, top, body)

# 018 ------------------------------------------------------------------
w = dt.datetime(2019, 7, 8, 3, 12, 5, tzinfo=UTC)
txt = """Hello,

Thank you for contacting AWS Training and Certification. We have received your inquiry and a case has been created.

Case ID: 6238419071
Inquiry type: Certification
Detail: Account Merge
Candidate ID: AWS00488216
Additional Candidate ID: AWS 02917465

A member of our team will respond within 1 business day. Please do not submit additional requests for the same issue, as this may delay our response.

Regards,
AWS Training and Certification
"""
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = aws_transport("nifty", D_USER, w)
top = top_headers(FORM, D_USER,
                  "[CASE 6238419071] [AWS Training and Certification Form Submission] - We received your request",
                  w, ses_msgid(w)) + ses_tail(w)
emit("018-2019-form-ack-en-10digit.eml", L("case_created", D_ID, [D_KEEP, D_OLD], True, "en"), tr, top, body)

# 019 ------------------------------------------------------------------
w = dt.datetime(2019, 7, 11, 8, 30, 56, tzinfo=UTC)
txt = """小林 大輔 様

AWS トレーニングと認定 カスタマーサービスの森でございます。
お待たせいたしました。

ご依頼いただいておりました認定アカウントの統合処理が完了いたしましたので、ご報告申し上げます。
今後は候補者 ID %s のアカウントをご利用ください。

Acclaim のデジタルバッジについては、後日 Acclaim より改めてご案内のメールが届きます。

何卒よろしくお願い申し上げます。

森
Amazon Web Services

-----Original Message-----
From: Daisuke Kobayashi <daisuke.kobayashi@nifty.com>
Sent: Tuesday, July 9, 2019 9:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE 6238419071] account-assistance

Hello,
Yes, please merge AWS02917465 into AWS00488216. The details are correct.
Thank you.
Daisuke Kobayashi
""" % D_KEEP
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("nifty", D_USER, w)
top = top_headers(FORM, addr("小林 大輔", D_USER, "iso-2022-jp"),
                  "RE:[CASE 6238419071] [AWS Training and Certification Form Submission] - account-assistance",
                  w, ses_msgid(w)) + ses_tail(w)
emit("019-2019-merge-done-ja-iso2022jp.eml", L("merge_completed", D_ID, [D_KEEP], True), tr, top, body)

# ----- case E: machine-translated Japanese, form case, gmail
E_OPEN = dt.datetime(2025, 9, 16, 5, 40, 12, tzinfo=UTC)
E_ID = case15(2025, 9, 16, 5, 40, 12, 51906)
E_USER = "aya.ito.dev@gmail.com"
E_TO = addr("伊藤 彩", E_USER)
E_OLD, E_NEW = "AWS27719054", "AWS05561238"
E_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E_ID

# 020 ------------------------------------------------------------------
w = E_OPEN + dt.timedelta(seconds=28)
txt = """こんにちは、

Amazon Web Services トレーニングと認定に連絡していただきありがとうございます。
私たちはあなたのリクエストを受け取り、あなたのためにケースを作成しました。

あなたのケース ID は %s です。

私たちのチームのメンバーは 24 時間以内にあなたに応答します。同じ問題のために追加のケースを開かないでください、これは私たちの応答を遅らせることがあります。

あなたが追加の情報を持っている場合は、このメールに返信することができます。

よろしく、
アマゾン ウェブ サービス トレーニングと認定
""" % E_ID
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(p(txt)), "html", "utf-8", "base64"))
tr = aws_transport("gmail", E_USER, w)
top = top_headers(FORM, E_TO,
                  enc_header("[CASE %s] [AWS Training and Certification Form Submission] - 私たちはあなたのリクエストを受け取りました" % E_ID, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("020-mt-form-ack-ja.eml", L("case_created", E_ID, [], True), tr, top, body)

# 021 ------------------------------------------------------------------
w = dt.datetime(2025, 9, 17, 13, 2, 40, tzinfo=UTC)
txt = """こんにちは 伊藤 彩、

あなたの忍耐に感謝します。私の名前はカルロスで、私は今日あなたを助けます。

私たちは以下のアカウントを結合する準備をしています:

ソースアカウント (閉鎖されます): AWS27719054
ターゲットアカウント (保持されます): AWS05561238

このアクションはあなたのために元に戻すことはできませんことに注意してください。
上記の詳細が正しいことを確認するために、このメールに返信してください。あなたの確認を受け取った後、私たちは続行します。

よろしく、
カルロス R.
アマゾン ウェブ サービス
"""
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = aws_transport("gmail", E_USER, w)
top = top_headers(FORM, E_TO, E_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("021-mt-confirm-request-ja.eml", L("merge_confirmation_requested", E_ID, [E_OLD, E_NEW], True), tr, top, body)

# 022 ------------------------------------------------------------------
# delivered via a forwarding address; Gmail's verdict: DKIM body hash broken, DMARC fail
w = dt.datetime(2025, 9, 19, 8, 15, 3, tzinfo=UTC)
txt = """こんにちは 伊藤 彩、

あなたの確認をありがとうございます。

私たちはまだあなたのリクエストに取り組んでいます。私たちの内部チームは現在それを処理しており、それが完了したときに私たちはあなたを更新します。ご不便をおかけして申し訳ありません。

よろしく、
カルロス R.
アマゾン ウェブ サービス

2025年9月18日(木) 9:11 伊藤 彩 <aya.ito.dev@gmail.com>:
> はい、内容は正しいです。統合を進めてください。
> %s → %s
>
> 伊藤
""" % (E_OLD, E_NEW)
body = textpart(txt, "plain", "utf-8", "base64")
fwd_ip = "133.3.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
fwd_host = "mfwd%02d.mail.ritsumei-alumni.jp" % random.randint(1, 9)
envfrom = "SRS0=%s=%s=amazonses.com=0100019961c8e2aa@ritsumei-alumni.jp" % (rb64(4).replace("/", "x").replace("+", "y"), rb64(2).replace("/", "q").replace("+", "z"))
ar = gmail_ar([("amazon.com", AMZ_SEL, "fail"), ("amazonses.com", SES_SEL, "fail")],
              "pass", envfrom, fwd_ip, "fail", "amazon.com")
ar = ar.replace("dkim=fail header.i=@amazon.com", "dkim=fail header.i=@amazon.com").replace(
    "dkim=fail", "dkim=neutral (body hash did not verify)")
h, arh = chain_gmail(E_USER, w, envfrom, fwd_ip, fwd_host, ar, arc=False)
tr = h + [("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (envfrom, fwd_ip, fwd_ip)), arh,
          ("X-Forwarded-To", E_USER), ("X-Forwarded-For", "aya.ito@ritsumei-alumni.jp " + E_USER),
          ("Received", "from %s (%s [%s])\n\tby mfwd01.mail.ritsumei-alumni.jp with ESMTP id %s\n\tfor <aya.ito@ritsumei-alumni.jp>; %s" % (
              ses_host("54.240.9.77"), ses_host("54.240.9.77"), "54.240.9.77", rhex(10).upper(), rfcdate(w.astimezone(JST)))),
          ("DKIM-Signature", dkim_sig("amazon.com", AMZ_SEL, w)),
          ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, w))]
top = top_headers(FORM, "aya.ito@ritsumei-alumni.jp", E_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("022-mt-still-working-forwarded-dmarc-fail.eml", L("support_reply", E_ID, [], False), tr, top, body)

# 023 ------------------------------------------------------------------
w = dt.datetime(2025, 9, 22, 2, 48, 19, tzinfo=UTC)
txt = """こんにちは 伊藤 彩、

良いニュース! 結合プロセスは正常に終了しました。
あなたのすべての認定と試験の歴史は、今アカウント AWS05561238 の下にあります。古いアカウントはもう使用することはできません。

Credly バッジは、今後数日以内にあなたの主なアカウントに表示されるはずです。

他に何か私たちがあなたを助けることができるものがあれば、私たちに知らせてください。

よろしく、
カルロス R.
アマゾン ウェブ サービス
"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(p(txt)), "html", "utf-8", "base64"))
tr = aws_transport("gmail", E_USER, w)
top = top_headers(FORM, E_TO, E_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("023-mt-merge-finished-ja.eml", L("merge_completed", E_ID, [E_NEW], True), tr, top, body)

# 024 ------------------------------------------------------------------
w = dt.datetime(2025, 9, 22, 2, 55, 1, tzinfo=UTC)
txt = """こんにちは、

あなたのケース %s は解決されたとマークされました。

私たちはあなたのフィードバックを聞くのが大好きです。あなたの問題は解決されましたか?

はい: https://aws-tc-survey.amazon.com/r?c=%s&a=1
いいえ: https://aws-tc-survey.amazon.com/r?c=%s&a=0

あなたの時間をありがとう。
アマゾン ウェブ サービス トレーニングと認定
""" % (E_ID, E_ID, E_ID)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html_wrap(p(txt)), "html", "utf-8", "quoted-printable"))
tr = aws_transport("gmail", E_USER, w)
top = top_headers(FORM, E_TO,
                  "[CASE %s] " % E_ID + enc_header("あなたの経験を評価してください", "utf-8", "q"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("024-mt-resolved-rate-ja.eml", L("survey", E_ID, [], True), tr, top, body)

# ----- case F: very short mails, docomo.ne.jp
F_OPEN = dt.datetime(2024, 11, 5, 2, 11, 9, tzinfo=UTC)
F_ID = case15(2024, 11, 5, 2, 11, 9, 2270)
F_USER = "kenji-sato.0725@docomo.ne.jp"
F_OLD, F_NEW = "AWS01290044", "AWS22318870"
F_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_ID

# 025 ------------------------------------------------------------------
w = dt.datetime(2024, 11, 5, 10, 40, 2, tzinfo=UTC)
txt = """佐藤様

AWS01290044 を AWS22318870 へ統合します（統合後は元に戻せません）。
よろしければ、このメールにご返信ください。

AWS 田村
"""
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("docomo", F_USER, w)
top = top_headers(FORM, F_USER, F_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("025-short-confirm-ja.eml", L("merge_confirmation_requested", F_ID, [F_OLD, F_NEW], True), tr, top, body)

# 026 ------------------------------------------------------------------
w = dt.datetime(2024, 11, 6, 1, 30, 44, tzinfo=UTC)
txt = """承知いたしました。手続きを開始します。

AWS 田村

2024/11/06 10:15、佐藤 健二 <kenji-sato.0725@docomo.ne.jp>のメール:

> はい、お願いします。
>
> 2024/11/05 19:40、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>のメール:
>
>> 佐藤様
>>
>> AWS01290044 を AWS22318870 へ統合します（統合後は元に戻せません）。
>> よろしければ、このメールにご返信ください。
>>
>> AWS 田村
"""
body = textpart(txt, "plain", "utf-8", "8bit")
tr = aws_transport("docomo", F_USER, w)
top = top_headers(FORM, F_USER, F_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("026-short-ack-starting-ja-iphone-quote.eml", L("support_reply", F_ID, [], True), tr, top, body)

# 027 ------------------------------------------------------------------
w = dt.datetime(2024, 11, 7, 5, 2, 10, tzinfo=UTC)
txt = """佐藤様

統合完了しました。今後は AWS22318870 でサインインしてください。

AWS 田村
"""
body = textpart(txt, "plain", "utf-8", "base64")
tr = aws_transport("docomo", F_USER, w)
top = top_headers(FORM, F_USER, F_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("027-short-done-ja.eml", L("merge_completed", F_ID, [F_NEW], True), tr, top, body)

# 028 ------------------------------------------------------------------
w = dt.datetime(2024, 11, 7, 5, 9, 33, tzinfo=UTC)
txt = """ケース %s をクローズしました。
ご利用ありがとうございました。

アンケートへのご協力をお願いします（1分）:
https://aws-tc-survey.amazon.com/s?c=%s&lang=ja
""" % (F_ID, F_ID)
body = textpart(txt, "plain", "utf-8", "base64")
tr = aws_transport("docomo", F_USER, w)
top = top_headers(NOREPLY, F_USER,
                  "[CASE %s] " % F_ID + enc_header("クローズのお知らせ", "iso-2022-jp"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("028-short-closed-survey-ja.eml", L("survey", F_ID, [], True), tr, top, body)

# ----- case G: very formal, corporate M365 mailbox
G_OPEN = dt.datetime(2025, 1, 20, 0, 48, 55, tzinfo=UTC)
G_ID = case15(2025, 1, 20, 0, 48, 55, 71132)
G_USER = "t-yamada@hokuto-sys.co.jp"
G_TO = addr("山田 太郎", G_USER, "iso-2022-jp")
G_KEEP, G_OLD = "AWS19384402", "AWS08820571"
G_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_ID

# 029 ------------------------------------------------------------------
w = dt.datetime(2025, 1, 21, 1, 12, 40, tzinfo=UTC)
txt = """株式会社北斗システムズ
山田 太郎 様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は AWS トレーニングと認定をご愛顧賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポート担当の小川と申します。

このたびは、認定アカウント統合のご依頼をいただき、誠にありがとうございます。
ご申告いただきました下記二件の候補者 ID につきまして、確認を進めております。

　① AWS19384402
　② AWS08820571

つきましては、手続きを進めるにあたり、誠に恐縮ではございますが、下記事項につきご教示賜りますようお願い申し上げます。

　・アカウント統合をご希望される理由
　・統合後もご利用を継続されるアカウント（①または②）

ご多用のところ誠に恐れ入りますが、本メールへのご返信にてお知らせいただけますと幸甚に存じます。

敬具

―――――――――――――――――――――
小川
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
―――――――――――――――――――――
"""
# Windows-31J content (①②―) under a plain Shift_JIS label, as many Japanese systems do
body = textpart(txt, "plain", "Shift_JIS", "base64", codec="cp932")
tr = aws_transport("outlook", G_USER, w)
top = top_headers(FORM, G_TO, G_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("029-formal-asks-reason-shiftjis-cp932.eml", L("support_reply", G_ID, [G_KEEP, G_OLD], True), tr, top, body)

# 030 ------------------------------------------------------------------
w = dt.datetime(2025, 1, 22, 2, 5, 17, tzinfo=UTC)
txt = """株式会社北斗システムズ
山田 太郎 様

謹啓　平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

早速のご回答を賜り、誠にありがとうございました。
頂戴いたしました内容に基づき、下記のとおり統合を実施させていただきたく存じます。

記

　一、統合元アカウント（統合後は閉鎖されます）　：AWS08820571
　二、統合先アカウント（引き続きご利用いただけます）：AWS19384402

以上

なお、誠に恐縮ながら、統合は一度実施いたしますと取り消すことができかねますこと、何卒ご了承くださいますようお願い申し上げます。

上記内容にてご承諾いただけます場合は、その旨を本メールへのご返信にてお申し付けくださいますようお願い申し上げます。
ご承諾を確認いたしました後、速やかに手続きを執り行わせていただきます。

謹白

小川
Amazon Web Services

-----Original Message-----
From: 山田 太郎 <t-yamada@hokuto-sys.co.jp>
Sent: Tuesday, January 21, 2025 6:44 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

小川様

お世話になっております。北斗システムズの山田です。
ご連絡ありがとうございます。

・理由：前職在籍時に会社アドレスで作成したアカウントと、個人で作成したアカウントが併存しているためです。
・継続利用：1 番目の AWS19384402 を希望します。

以上、よろしくお願いいたします。
""" % G_ID
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("outlook", G_USER, w)
top = top_headers(FORM, G_TO, G_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("030-formal-kiki-confirm-request.eml", L("merge_confirmation_requested", G_ID, [G_KEEP, G_OLD], True), tr, top, body)

# 031 ------------------------------------------------------------------
w = dt.datetime(2025, 1, 24, 7, 41, 29, tzinfo=UTC)
txt = """株式会社北斗システムズ
山田 太郎 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

先般ご依頼を賜りました認定アカウントの統合につきまして、本日、滞りなく手続きを完了いたしましたことをご報告申し上げます。
統合元アカウント（AWS08820571）にて取得されました認定資格ならびに受験履歴は、すべて統合先アカウント（AWS19384402）へ移行済みでございます。

恐れ入りますが、お手すきの際に認定アカウントへサインインいただき、認定資格の表示に相違がないかご確認賜りますようお願い申し上げます。

今後とも変わらぬご愛顧を賜りますよう、何卒よろしくお願い申し上げます。

小川
Amazon Web Services
"""
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head>"
        "<body><div style=\"font-family:'MS PGothic',sans-serif;font-size:10.5pt;\">%s</div></body></html>" % p(txt))
body = multipart("alternative", textpart(txt, "plain", "iso-2022-jp", "7bit"),
                 textpart(html, "html", "iso-2022-jp", "7bit"))
tr = aws_transport("outlook", G_USER, w)
top = top_headers(FORM, G_TO, G_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("031-formal-completion-report.eml", L("merge_completed", G_ID, [G_KEEP, G_OLD], True), tr, top, body)

# ----- case H: first case never answered, second case a week later
H1_ID = case15(2025, 7, 1, 3, 20, 10, 4471)
H2_OPEN = dt.datetime(2025, 7, 8, 11, 5, 33, tzinfo=UTC)
H2_ID = case15(2025, 7, 8, 11, 5, 33, 60958)
H_USER = "sho.watanabe.84@gmail.com"
H_TO = addr("渡辺 翔", H_USER)
H_KEEP, H_OLD = "AWS26610038", "AWS13072259"
H_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % H2_ID

# 032 ------------------------------------------------------------------
w = dt.datetime(2025, 7, 10, 0, 55, 12, tzinfo=UTC)
txt = """渡辺 翔 様

AWS トレーニングと認定 カスタマーサポートの藤井です。
ご返信いただきありがとうございます。統合のご依頼については、引き続き確認を進めております。

一点、統合とは別件でお伺いさせてください。
お問い合わせフォームのご記入内容に「氏名のローマ字表記を Sho Watanabe に揃えたい」とございましたが、こちらの変更もご希望でしょうか。
氏名の変更は統合とは別の手続きとなり、公的な身分証明書（パスポート等）の画像をご提出いただく必要がございます。

ご希望の場合は、その旨と、変更後の表記（姓・名）をお知らせください。

藤井
Amazon Web Services
"""
html = html_wrap(p(txt))
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = aws_transport("gmail", H_USER, w)
top = top_headers(FORM, H_TO, H_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("032-side-question-name-change-ja.eml", L("support_reply", H2_ID, [], True), tr, top, body)

# 033 ------------------------------------------------------------------
w = dt.datetime(2025, 7, 9, 2, 18, 40, tzinfo=UTC)
txt = """渡辺 翔 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの藤井です。
先週ご連絡をいただいていたにもかかわらず、ご返信が遅くなり大変申し訳ございません。

確認しましたところ、7 月 1 日に作成されたケース %s と本ケース %s は同じご依頼内容でした。
重複を避けるため、ケース %s はクローズし、今後は本ケースにて対応させていただきます。

アカウント統合の手続きを進めるにあたり、以下をお知らせいただけますでしょうか。

・%s と %s のそれぞれにサインインする際のメールアドレス
・統合後に残すアカウント

なお、前回のケースでは通知先メールアドレスが空欄になっていたため、弊社からのご連絡が届いておりませんでした。

藤井
Amazon Web Services
""" % (H1_ID, H2_ID, H1_ID, "aws26610038", "AWS13072259")
body = textpart(txt, "plain", "utf-8", "base64")
tr = aws_transport("gmail", H_USER, w)
top = top_headers(FORM, H_TO, H_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("033-duplicate-case-closed-continue-here.eml", L("support_reply", H2_ID, [H_KEEP, H_OLD], True), tr, top, body)

# 034 ------------------------------------------------------------------
w = dt.datetime(2025, 1, 29, 4, 3, 55, tzinfo=UTC)
txt = """株式会社北斗システムズ
山田 太郎 様

平素より大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小川でございます。

先日お問い合わせを賜りました Credly のデジタルバッジの件につき、ご報告申し上げます。
AWS19384402 に紐づく Credly アカウントへのバッジ移行につきまして、本日、担当部署へ依頼をいたしました。
反映までには 5 営業日程度を要する見込みでございますので、今しばらくお待ちくださいますようお願い申し上げます。

反映が確認でき次第、Credly より改めてメールにてご案内が届く予定でございます。

何卒よろしくお願い申し上げます。

小川
Amazon Web Services
"""
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("outlook", G_USER, w)
top = top_headers(FORM, G_TO, G_SUBJ, w, ses_msgid(w)) + ses_tail(w)
emit("034-formal-credly-transfer-requested-status.eml", L("support_reply", G_ID, [G_KEEP], True), tr, top, body)

# 035 ------------------------------------------------------------------
w = H2_OPEN + dt.timedelta(seconds=52)
inner = """<p style="font-size:18px;font-weight:bold;border-bottom:2px solid #ec7211;padding-bottom:6px;">お問い合わせ受付のお知らせ</p>
<p>渡辺 翔 様</p>
<p>AWS トレーニングと認定へのお問い合わせを受け付けました。担当者より順次ご連絡いたします。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr><th align="left" style="background:#fafafa;">ケース番号</th><td>%s</td></tr>
<tr><th align="left" style="background:#fafafa;">お問い合わせ種別</th><td>Certification</td></tr>
<tr><th align="left" style="background:#fafafa;">詳細</th><td>Account Merge</td></tr>
<tr><th align="left" style="background:#fafafa;">AWS 候補者 ID</th><td>aws26610038</td></tr>
<tr><th align="left" style="background:#fafafa;">内容</th><td>先週も同じ内容で問い合わせましたが返信がないため再送します。AWS 13072259 を上のアカウントにまとめたいです。</td></tr>
</table>
<p>返信は通常 24 時間以内にお送りしております。本メールにご返信いただくと、同じケースに追記されます。</p>
<p style="font-size:12px;color:#687078;">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</p>""" % H2_ID
body = textpart(html_wrap(inner, "お問い合わせ受付のお知らせ"), "html", "utf-8", "quoted-printable")
tr = aws_transport("gmail", H_USER, w)
top = top_headers(FORM, H_TO,
                  "[CASE %s] " % H2_ID + enc_header("[AWS Training and Certification Form Submission] - お問い合わせ受付のお知らせ", "utf-8", "b", 60),
                  w, ses_msgid(w)) + ses_tail(w)
emit("035-second-case-ack-html-only.eml", L("case_created", H2_ID, [H_KEEP, H_OLD], True), tr, top, body)

# ----- case I: 2023 console case, English templates, so-net user
I_ID = "12904471836"
I_USER = "megumi-kato@ab.so-net.ne.jp"
I_KEEP, I_OLD = "AWS17746620", "AWS29903317"
I_SUBJ = "Merge my two certification accounts"
I_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % I_ID

# 036 ------------------------------------------------------------------
w = dt.datetime(2023, 4, 3, 23, 51, 17, tzinfo=UTC)
txt = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two certification accounts and want to merge them into one. Thank you.

To view the case details or reply, please visit the AWS Support Center:
%s

Note: This email address cannot accept replies.

Best regards,
Amazon Web Services
""" % (I_ID, I_ID, I_SUBJ, I_URL)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "7bit"),
                 textpart(html_wrap(p(txt), lang="en"), "html", "utf-8", "quoted-printable"))
tr = aws_transport("sonet", I_USER, w)
top = top_headers(NOREPLY, I_USER, "Amazon Web Services: You have opened a new Support case: %s" % I_ID,
                  w, ses_msgid(w)) + ses_tail(w)
emit("036-console-opened-en-11digit.eml", L("case_created", I_ID, [], True, "en"), tr, top, body)

# 037 ------------------------------------------------------------------
J_OPEN = dt.datetime(2025, 10, 2, 4, 27, 51, tzinfo=UTC)
J_ID = case15(2025, 10, 2, 4, 27, 51, 18803)
J_USER = "r-yoshida@mxb.biglobe.ne.jp"
J_KEEP, J_OLD = "AWS03358812", "AWS24481976"
J_SUBJ = "Certification アカウントのマージ依頼"
w = J_OPEN + dt.timedelta(seconds=6)
txt = """サポートケースが作成されました。

ケース ID: %s
件名: %s

ケースの表示: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールには返信できません。
""" % (J_ID, J_SUBJ, J_ID)
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
tr = aws_transport("biglobe", J_USER, w)
top = top_headers(NOREPLY, J_USER,
                  enc_header("Amazon Web Services: 新しいサポートケースを開きました: %s" % J_ID, "iso-2022-jp"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("037-console-opened-short-ja.eml", L("case_created", J_ID, [], True), tr, top, body)

# 038 ------------------------------------------------------------------
w = dt.datetime(2023, 4, 4, 21, 9, 3, tzinfo=UTC)
txt = """Hi Megumi,

Thanks for reaching out, and for sending through both candidate IDs.

Before we action anything, could you please double-check the plan below?

  - AWS29903317 will be folded into AWS17746620
  - AWS17746620 is the account you'll keep (sign-in: megumi-kato@ab.so-net.ne.jp)
  - Everything from AWS29903317 (certifications, exam history, benefits) moves across

Just a heads-up: once this is done, it can't be reversed.

If that all looks right, please reply to this case in the Support Center with "confirmed" and we'll get it sorted for you.

Best regards,
Hannah M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
Was this response helpful? Click here to rate:
%s&rating=5
""" % I_URL
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html_wrap(p(txt), lang="en"), "html", "utf-8", "quoted-printable"))
tr = aws_transport("sonet", I_USER, w)
top = top_headers(NOREPLY, I_USER, "RE:[CASE %s] %s" % (I_ID, I_SUBJ), w, ses_msgid(w)) + ses_tail(w)
emit("038-en-native-agent-fold-into-confirm.eml",
     L("merge_confirmation_requested", I_ID, [I_KEEP, I_OLD], True, "en"), tr, top, body)

# 039 ------------------------------------------------------------------
w = dt.datetime(2023, 4, 7, 2, 0, 44, tzinfo=UTC)
txt = """Hello,

Your support case %s ("%s") has been resolved and is now closed.

We'd like to hear about your experience. How satisfied were you with the support you received?

Take the survey: https://amazonsupport.qualtrics.com/jfe/form/SV_1Y2kBZbFrq6Xq1f?caseId=%s

If your issue was not resolved, you can reopen this case from the AWS Support Center within 14 days:
%s

Thank you,
Amazon Web Services
""" % (I_ID, I_SUBJ, I_ID, I_URL)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "7bit"),
                 textpart(html_wrap(p(txt), lang="en"), "html", "utf-8", "base64"))
tr = aws_transport("sonet", I_USER, w)
top = top_headers(NOREPLY, I_USER, "[Case %s] Your case has been resolved - tell us how we did" % I_ID,
                  w, ses_msgid(w)) + ses_tail(w)
emit("039-en-case-resolved-survey.eml", L("survey", I_ID, [], True, "en"), tr, top, body)

# 040 ------------------------------------------------------------------
w = dt.datetime(2025, 7, 15, 6, 44, 21, tzinfo=UTC)
txt = """【Case Closed】

渡辺 翔 様

ケース %s をクローズ（Closed）しました。AWS トレーニングと認定をご利用いただき、ありがとうございました。

Was your issue resolved? / 問題は解決しましたか？
  はい (Yes): https://aws-tc-survey.amazon.com/s?c=%s&r=1&lang=ja
  いいえ (No): https://aws-tc-survey.amazon.com/s?c=%s&r=0&lang=ja

このメールにご返信いただくと、ケースが再オープンされます。

AWS Training and Certification Customer Support
""" % (H2_ID, H2_ID, H2_ID)
inner = p(txt)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(inner), "html", "utf-8", "base64"))
tr = aws_transport("gmail", H_USER, w)
top = top_headers(FORM, H_TO,
                  "[CASE %s] " % H2_ID + enc_header("Case Closed のお知らせ / ご意見をお聞かせください", "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("040-case-closed-mixed-en-ja-survey.eml", L("survey", H2_ID, [], True), tr, top, body)

# 041 ------------------------------------------------------------------
w = dt.datetime(2025, 3, 19, 9, 12, 5, tzinfo=UTC)
txt = """鈴木 美咲 さん

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

このバッジは、発行者によってお客様の別の Credly アカウントから移行されたものです。以下のボタンからバッジを受け取り、プロフィールに表示してください。

バッジを受け取る: https://www.credly.com/earner/earned/badge/a0d6f3c2-55e1-4c7b-8e2a-6b39c1f0d4e8?locale=ja

Credly
"""
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;">
<div style="max-width:560px;margin:0 auto;text-align:center;">
<p>鈴木 美咲 さん</p>
<p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<img src="https://images.credly.com/size/160x160/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<h3>AWS Certified Cloud Practitioner</h3>
<p style="font-size:13px;">このバッジは、発行者によってお客様の別の Credly アカウントから移行されたものです。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a0d6f3c2-55e1-4c7b-8e2a-6b39c1f0d4e8?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#999;">Credly, Inc. 2 Park Avenue, New York, NY 10016</p></div></body></html>"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html, "html", "utf-8", "base64"))
tr = credly_transport("outlook", B_USER, w)
top = top_headers(CREDLY_AWS, B_USER,
                  enc_header("バッジを受け取ってください: AWS Certified Cloud Practitioner", "utf-8", "b"),
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("041-credly-badge-moved-after-merge-ja.eml", L("credly_badge_issued", None, [], True), tr, top, body)

# 042 ------------------------------------------------------------------
w = dt.datetime(2024, 11, 14, 0, 30, 0, tzinfo=UTC)
txt = """佐藤 健二 さん

AWS Certified SysOps Administrator - Associate のバッジが、まだ受け取られていません。

Amazon Web Services Training and Certification から発行されたバッジは、受け取り手続きを行うとプロフィールに表示され、共有できるようになります。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/51c0e7a4-2f8b-4d09-a3e6-c7d25b1e9f03?locale=ja

Credly
"""
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = credly_transport("docomo", F_USER, w)
top = top_headers(CREDLY_AWS, F_USER,
                  enc_header("リマインダー: バッジがあなたの受け取りを待っています", "iso-2022-jp"),
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("042-credly-pending-accept-reminder-ja.eml", L("credly_badge_issued", None, [], True), tr, top, body)

# 043 ------------------------------------------------------------------
w = dt.datetime(2023, 4, 8, 15, 2, 37, tzinfo=UTC)
txt = """Megumi Kato, you've earned 2 new badges!

Amazon Web Services Training and Certification has issued you the following badges:

 - AWS Certified Solutions Architect - Professional
 - AWS Certified Security - Specialty

Accept your badges to share them on LinkedIn, in your email signature and more:
https://www.credly.com/earner/earned?sort=-state_updated_at

Credly, Inc.
"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;"><div style="max-width:560px;margin:auto;">
<h2>Megumi Kato, you've earned 2 new badges!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badges:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Security - Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned?sort=-state_updated_at" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;">Accept your badges</a></p>
</div></body></html>"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "7bit"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = credly_transport("sonet", I_USER, w)
top = top_headers(CREDLY_AWS, I_USER, "You've earned 2 new badges from Amazon Web Services Training and Certification",
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("043-credly-two-badges-en.eml", L("credly_badge_issued", None, [], True, "en"), tr, top, body)

# ----- generic transport for non-AWS / forged senders
def other_transport(kind, to, when, from_dom, envfrom, ip, host, spf="pass", dkim="pass",
                    dmarc="pass", dkim_dom=None, policy="NONE", sign=True, selector="default"):
    dkim_dom = dkim_dom or from_dom
    dk = [("DKIM-Signature", dkim_sig(dkim_dom, selector, when))] if sign else []
    edom = envfrom.split("@")[1]
    if kind == "gmail":
        ar = gmail_ar([(dkim_dom, selector, dkim if sign else "none")], spf, envfrom, ip, dmarc, from_dom, policy)
        h, arh = chain_gmail(to, when, envfrom, ip, host, ar)
        i = [n for n, _ in h].index("Return-Path")
        spfh = ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, envfrom, "designates" if spf == "pass" else "does not designate", ip, ip))
        return h[:i + 2] + [spfh, arh] + dk
    if kind == "outlook":
        ar = outlook_ar(spf, edom, ip, dkim if sign else "none", dkim_dom if sign else "none", dmarc, from_dom,
                        "pass reason=100" if dmarc == "pass" else "fail reason=001")
        h, arh, h2 = chain_outlook(to, when, edom, ip, host, ar)
        return h + [arh] + h2 + dk
    prov = {"yahoo": ("mx.mail.yahoo.co.jp", "mxr%d.mail.yahoo.co.jp" % random.randint(1, 30)),
            "biglobe": ("mx.biglobe.ne.jp", "mxb%02d.biglobe.ne.jp" % random.randint(1, 20)),
            "nifty": ("mta.nifty.com", "mta-snd%02d.nifty.com" % random.randint(1, 20)),
            "sonet": ("so-net.ne.jp", "mx%02d.so-net.ne.jp" % random.randint(1, 20)),
            "docomo": ("mfsmax.docomo.ne.jp", "md-in%02d.docomo.ne.jp" % random.randint(1, 20))}[kind]
    ar = jp_ar(spf, edom, dkim if sign else "none", dkim_dom, dmarc, from_dom)
    h, arh, h2 = chain_jp(to, when, prov[0], prov[1], envfrom, ip, host, ar)
    return h + [arh] + h2 + dk


# 044 ------------------------------------------------------------------
w = dt.datetime(2025, 6, 3, 10, 22, 8, tzinfo=UTC)
txt = """田中 健一 様

AWS 認定サポートセンターです。

お客様の AWS 認定アカウント（AWS11902365 / AWS04417823）について、アカウント統合の申請を受け付けました。
統合を確定するため、24 時間以内に下記リンクからサインインし、統合内容をご確認ください。

▼ 統合内容の確認はこちら
https://aws-certification-jp.com/merge/confirm?id=AWS11902365&token=9f3a1c7e

期限内にご確認いただけない場合、セキュリティ上の理由により両アカウントの認定資格が一時的に無効となります。

AWS 認定サポートセンター
Amazon Web Services Japan
"""
html = html_wrap(p(txt).replace("https://aws-certification-jp.com/merge/confirm?id=AWS11902365&amp;token=9f3a1c7e",
                                '<a href="https://aws-certification-jp.com/merge/confirm?id=AWS11902365&amp;token=9f3a1c7e">https://www.aws.amazon.com/certification/merge/confirm</a>'))
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html, "html", "utf-8", "base64"))
ip = "45.137.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
tr = other_transport("gmail", A_USER, w, "aws-certification-jp.com", "bounce@mail.aws-certification-jp.com", ip,
                     "mail.aws-certification-jp.com", dkim_dom="aws-certification-jp.com")
top = top_headers(addr("AWS 認定サポート", "support@aws-certification-jp.com"), A_TO,
                  enc_header("【重要】AWS 認定アカウント統合のご確認（24時間以内）", "utf-8", "b"),
                  w, "<%s.%d@aws-certification-jp.com>" % (rhex(16), random.randint(10**5, 10**6)))
emit("044-phish-lookalike-confirm-merge-ja.eml", L("merge_confirmation_requested", None, [A_NEW, A_OLD], False), tr, top, body)

# 045 ------------------------------------------------------------------
w = dt.datetime(2025, 9, 25, 21, 3, 50, tzinfo=UTC)
txt = """伊藤 彩 様

いつも Amazon Web Services をご利用いただきありがとうございます。

お客様の認定アカウントの統合処理が完了しました。
統合後の候補者 ID: AWS 05561238

統合に伴い、受験料 100% 割引のバウチャーが付与されています。
バウチャーを有効化するには、7 日以内に以下のページで本人確認（クレジットカード情報の確認）を行ってください。

https://aws-merge-benefit.info/jp/verify

Amazon Web Services
"""
body = textpart(txt, "plain", "utf-8", "quoted-printable")
ip = "103.75.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
envfrom = "noreply@srv%d.mailer-hk.net" % random.randint(10, 99)
ar = gmail_ar([("amazon.com", AMZ_SEL, "none")], "softfail", envfrom, ip, "fail", "amazon.com")
h, arh = chain_gmail(E_USER, w, envfrom, ip, "srv%d.mailer-hk.net" % random.randint(10, 99), ar)
i = [n for n, _ in h].index("Return-Path")
tr = h[:i + 2] + [("Received-SPF", "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (envfrom, ip, ip)), arh,
                  ("Received", "from localhost (localhost [127.0.0.1]) by srv31.mailer-hk.net (Postfix) with ESMTP id 4F2A1C0B7;\n\t%s" % rfcdate(w)),
                  ("Authentication-Results", "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com"),
                  ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
top = top_headers(NOREPLY, E_USER,
                  enc_header("アカウント統合完了のお知らせ（特典のご案内）", "utf-8", "b"),
                  w, "<%s@amazon.com>" % rhex(24))
emit("045-spoof-merge-done-dmarc-fail-forged-ar.eml", L("merge_completed", None, [E_NEW], False), tr, top, body)

# 046 ------------------------------------------------------------------
w = dt.datetime(2025, 8, 4, 23, 41, 12, tzinfo=UTC)
txt = """AWS をご利用のお客様

お客様のアカウントにて、お支払い方法の認証に失敗しました。
48 時間以内にお支払い情報を更新いただけない場合、AWS アカウントおよびすべてのサービスが停止されます。

お支払い情報の更新: https://aws-jp-billing.net/console/billing/update

※本メールは送信専用です。

アマゾン ウェブ サービス ジャパン合同会社
"""
body = textpart(txt, "plain", "Shift_JIS", "base64", codec="cp932")
ip = "185.222.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
tr = other_transport("yahoo", C_USER, w, "aws-jp-billing.net", "info@aws-jp-billing.net", ip,
                     "vps%d.aws-jp-billing.net" % random.randint(100, 999), dkim="none", dmarc="none", sign=False)
top = top_headers(addr("Amazon Web Services", "billing@aws-jp-billing.net"), C_USER,
                  enc_header("【緊急】お支払い情報の確認が必要です - AWS アカウント停止のお知らせ", "iso-2022-jp"),
                  w, "<%s@aws-jp-billing.net>" % rhex(20))
emit("046-phish-billing-suspension-unrelated-ja.eml", L("unrelated", None, [], False), tr, top, body)

# 047 ------------------------------------------------------------------
w = dt.datetime(2025, 11, 3, 14, 0, 12, tzinfo=UTC)
txt = """鈴木 美咲 さん

Amazon Web Services Training and Certification から発行された次のバッジの有効期限が、90 日後に切れます。

AWS Certified Cloud Practitioner
有効期限: 2026年2月1日

バッジを有効な状態に保つには、発行者の要件に従って再認定を行ってください。
詳細: https://aws.amazon.com/jp/certification/recertification/

バッジを表示: https://www.credly.com/badges/a0d6f3c2-55e1-4c7b-8e2a-6b39c1f0d4e8?locale=ja

Credly
"""
body = textpart(txt, "plain", "utf-8", "base64")
tr = credly_transport("outlook", B_USER, w)
top = top_headers(CREDLY_AWS, B_USER,
                  enc_header("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner", "utf-8", "b"),
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("047-credly-expiry-reminder-ja.eml", L("unrelated", None, [], True), tr, top, body)

# 048 ------------------------------------------------------------------
w = dt.datetime(2025, 7, 20, 3, 18, 45, tzinfo=UTC)
txt = """渡辺 翔 さん

Credly アカウントの統合がリクエストされました。

統合する Credly アカウント: sho.w.work@gmail.com
確認コード: 482913

下のボタンをクリックし、確認コードを入力してアカウントの統合を完了してください。
アカウントの統合を完了する: https://www.credly.com/users/account_merges/confirm?locale=ja

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。

Credly
"""
html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;">
<div style="max-width:560px;margin:auto;">
<p>渡辺 翔 さん</p><p>Credly アカウントの統合がリクエストされました。</p>
<p>統合する Credly アカウント: sho.w.work@gmail.com</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold;">482913</p>
<p><a href="https://www.credly.com/users/account_merges/confirm?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;">アカウントの統合を完了</a></p>
<p style="font-size:12px;color:#777;">このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。</p>
</div></body></html>"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
tr = credly_transport("gmail", H_USER, w)
top = top_headers("Credly <admin@credly.com>", H_USER,
                  enc_header("Credly アカウント統合の確認コード", "utf-8", "b"),
                  w, "<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "y"), random.randint(1, 40)))
emit("048-credly-self-service-merge-code-ja.eml", L("unrelated", None, [], True), tr, top, body)

# 049 ------------------------------------------------------------------
BILL_ID = case15(2025, 10, 20, 0, 33, 2, 41096)
w = dt.datetime(2025, 10, 20, 0, 33, 9, tzinfo=UTC)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: 請求書の宛名（会社名）の変更について
重要度: 一般的なガイダンス
サービス: 請求

ケースの詳細の確認やケースへの返信は、AWS サポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは返信を受け付けておりません。

今後ともよろしくお願いいたします。
Amazon Web Services
""" % (BILL_ID, BILL_ID, BILL_ID)
body = multipart("alternative", textpart(txt, "plain", "utf-8", "base64"),
                 textpart(html_wrap(p(txt)), "html", "utf-8", "base64"))
tr = aws_transport("biglobe", J_USER, w)
top = top_headers(NOREPLY, J_USER,
                  enc_header("Amazon Web Services: 新しいサポートケースを開きました: %s" % BILL_ID, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("049-billing-case-opened-unrelated-ja.eml", L("unrelated", BILL_ID, [], True), tr, top, body)

# 050 ------------------------------------------------------------------
SC_ID = "6917340258"
w = dt.datetime(2025, 6, 11, 5, 27, 33, tzinfo=UTC)
txt = """出品者様

Amazon セラーセントラルをご利用いただきありがとうございます。
テクニカルサポートの木村です。

お問い合わせいただいた「複数の出品者アカウントの統合」について回答いたします。
誠に恐れ入りますが、Amazon では異なる法人名義で登録された出品者アカウント同士を統合することはできません。
同一法人で複数のアカウントを運用される場合は、「複数の出品用アカウントの運用申請」から申請してください。

このメールへの返信でケースを再開できます。

今回の対応はお役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/contact-us/feedback?caseId=%s&h=1
いいえ: https://sellercentral.amazon.co.jp/cu/contact-us/feedback?caseId=%s&h=0

木村
Amazon.co.jp セラーサポート
""" % (SC_ID, SC_ID)
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
ip = "52.95.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
tr = other_transport("gmail", A_USER, w, "amazon.co.jp", "%s@bounces.amazon.co.jp" % rhex(12), ip,
                     "smtp-fw-%d.amazon.com" % random.randint(1000, 9999), dkim_dom="amazon.co.jp",
                     policy="QUARANTINE", selector="amazonjp")
top = top_headers(addr("Amazon.co.jp セラーサポート", "seller-support@amazon.co.jp", "iso-2022-jp"), A_USER,
                  "RE:[CASE %s] " % SC_ID + enc_header("出品者アカウントの統合について", "iso-2022-jp"),
                  w, "<%s.%d@amazon.co.jp>" % (rhex(20), random.randint(10**5, 10**6)))
emit("050-seller-central-account-merge-case-unrelated.eml", L("unrelated", SC_ID, [], True), tr, top, body)

# 051 ------------------------------------------------------------------
w = dt.datetime(2025, 6, 20, 16, 5, 0, tzinfo=UTC)
txt = """田中 健一 様

AWS 認定を取得いただき、ありがとうございます。
AWS 認定プログラムの改善のため、簡単なアンケートへのご協力をお願いいたします（所要時間: 約 5 分）。

候補者 ID: AWS11902365

アンケートに回答する: https://www.certmetrics.com/amazon/candidate/survey.aspx?lang=ja-JP&t=7d1e44a0

AWS Training and Certification
このメールは CertMetrics より送信されています。返信はできません。
"""
html = html_wrap(p(txt).replace("https://www.certmetrics.com/amazon/candidate/survey.aspx?lang=ja-JP&amp;t=7d1e44a0",
                                '<a href="https://www.certmetrics.com/amazon/candidate/survey.aspx?lang=ja-JP&amp;t=7d1e44a0">アンケートに回答する</a>'),
                 "AWS Certification")
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html, "html", "utf-8", "quoted-printable"))
ip = "13.111.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
tr = other_transport("gmail", A_USER, w, "certmetrics.com", "bounce-%s@mail.certmetrics.com" % rhex(10), ip,
                     "mta%d.mail.certmetrics.com" % random.randint(1, 9), selector="cm1")
top = top_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), A_USER,
                  "AWS Certification wants to hear from you", w,
                  "<%s@mail.certmetrics.com>" % rhex(24))
emit("051-certmetrics-survey-unrelated-ja.eml", L("unrelated", None, [A_NEW], False), tr, top, body)

# 052 ------------------------------------------------------------------
w = dt.datetime(2024, 12, 2, 1, 14, 27, tzinfo=UTC)
txt = """佐藤 健二 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約が確定しました。

受験者 ID: AWS22318870
試験: AWS Certified Solutions Architect - Associate (SAA-C03) 日本語
日時: 2024年12月21日(土) 10:00
会場: オンライン試験 (OnVUE)
登録番号: 482917305

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
"""
body = textpart(txt, "plain", "iso-2022-jp", "7bit")
ip = "159.182.%d.%d" % (random.randint(1, 250), random.randint(1, 250))
tr = other_transport("docomo", F_USER, w, "pearson.com", "bounce@pearsonvue.com", ip,
                     "mail%d.pearsonvue.com" % random.randint(1, 9), dkim_dom="pearson.com")
top = top_headers(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), F_USER,
                  enc_header("試験予約確認 - AWS Certified Solutions Architect - Associate", "iso-2022-jp"),
                  w, "<%s@pearsonvue.com>" % rhex(22))
emit("052-pearson-vue-appointment-ja.eml", L("unrelated", None, [F_NEW], False), tr, top, body)

# 053 ------------------------------------------------------------------
w = dt.datetime(2025, 9, 15, 12, 44, 3, tzinfo=UTC)
txt = """AWS Builder ID

E メールアドレスを検証してください

AWS Builder ID へのサインインを続行するには、次の確認コードを入力してください。

確認コード: 583204

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
body = multipart("alternative", textpart(txt, "plain", "utf-8", "quoted-printable"),
                 textpart(html_wrap(p(txt).replace("583204", '<span style="font-size:26px;font-weight:bold;">583204</span>')), "html", "utf-8", "quoted-printable"))
ip = ses_ip()
tr = other_transport("gmail", E_USER, w, "signin.aws", "0100%012x-%s-000000@amazonses.com" % (int(w.timestamp() * 1000), rhex(8)),
                     ip, ses_host(ip), dkim_dom="signin.aws", policy="REJECT", selector="k1")
top = top_headers(addr("AWS", "no-reply@signin.aws"), E_USER,
                  enc_header("AWS Builder ID の確認コード", "utf-8", "b"), w, ses_msgid(w)) + ses_tail(w)
emit("053-builder-id-code-ja.eml", L("unrelated", None, [], True), tr, top, body)

# 054 ------------------------------------------------------------------
w = dt.datetime(2025, 2, 3, 6, 30, 19, tzinfo=UTC)
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hokuto-sys/cert-tracker/pull/42#event-16123948811
You are receiving this because you authored the thread.

Message ID: <hokuto-sys/cert-tracker/pull/42/issue_event/16123948811@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hokuto-sys/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hokuto-sys/cert-tracker/pull/42#event-16123948811">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
body = multipart("alternative", textpart(txt, "plain", "UTF-8", "7bit"),
                 textpart(html, "html", "UTF-8", "7bit"))
ip = "192.30.252.%d" % random.randint(190, 210)
tr = other_transport("outlook", G_USER, w, "github.com", "noreply@github.com", ip,
                     "out-%d.smtp.github.com" % random.randint(20, 28), selector="pf2023")
top = top_headers("Kaito Mori <notifications@github.com>", "hokuto-sys/cert-tracker <cert-tracker@noreply.github.com>",
                  "Re: [hokuto-sys/cert-tracker] Merge duplicate AWS certification records (PR #42)", w,
                  "<hokuto-sys/cert-tracker/pull/42/issue_event/16123948811@github.com>",
                  extra=[("In-Reply-To", "<hokuto-sys/cert-tracker/pull/42@github.com>"),
                         ("References", "<hokuto-sys/cert-tracker/pull/42@github.com>"),
                         ("List-ID", "hokuto-sys/cert-tracker <cert-tracker.hokuto-sys.github.com>"),
                         ("X-GitHub-Reason", "author")],
                  reply_to="hokuto-sys/cert-tracker <reply+AB3K@reply.github.com>")
emit("054-github-pr-merged-en.eml", L("unrelated", None, [], False, "en"), tr, top, body)

# 055 ------------------------------------------------------------------
w = dt.datetime(2025, 2, 5, 8, 12, 44, tzinfo=JST)
txt = """藤田 伸也 さんがマージリクエスト !17 をマージしました。

マージリクエスト: https://git.hokuto-sys.co.jp/infra/aws-cert-admin/-/merge_requests/17
タイトル: 候補者IDの統合処理を追加
ブランチ: feature/merge-candidate-ids → main

―
このメールは git.hokuto-sys.co.jp の GitLab から送信されました。
通知設定を変更: https://git.hokuto-sys.co.jp/-/profile/notifications
"""
body = multipart("alternative", textpart(txt, "plain", "UTF-8", "base64"),
                 textpart("<html><body><p>%s</p></body></html>" % txt.replace("\n", "<br>\n"), "html", "UTF-8", "base64"))
tr = [("Return-Path", "<gitlab@git.hokuto-sys.co.jp>"),
      ("Received", "from git.hokuto-sys.co.jp (git.hokuto-sys.co.jp [10.20.1.15])\n\tby mail01.hokuto-sys.co.jp (Postfix) with ESMTP id 7A3C21E0042\n\tfor <t-yamada@hokuto-sys.co.jp>; %s" % rfcdate(w))]
top = top_headers(addr("GitLab", "gitlab@git.hokuto-sys.co.jp"), G_TO,
                  "Re: " + enc_header("AWS認定管理 | 候補者IDの統合処理を追加 (!17)", "utf-8", "b"), w,
                  "<merge_request_1932_%s@git.hokuto-sys.co.jp>" % rhex(8),
                  extra=[("X-GitLab-Project", "aws-cert-admin"), ("X-GitLab-MergeRequest-IID", "17"),
                         ("X-GitLab-NotificationReason", "")])
emit("055-gitlab-mr-merged-internal-no-ar-ja.eml", L("unrelated", None, [], None), tr, top, body)

# 056 ------------------------------------------------------------------
w = dt.datetime(2025, 10, 15, 1, 0, 4, tzinfo=UTC)
inner = """<p style="font-size:20px;font-weight:bold;">AWS 認定 ニュースレター 2025 年 10 月号</p>
<p>吉田 亮 様</p>
<p>いつも AWS 認定をご活用いただきありがとうございます。今月の主なトピックをお届けします。</p>
<h3>■ 新しい認定試験のご案内</h3>
<p>AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。日本語での受験も可能です。</p>
<h3>■ 認定者特典のご案内</h3>
<p>認定取得者は、次回の試験を 50% 割引で受験できるバウチャーを認定アカウントの「特典」ページから取得できます。</p>
<h3>■ よくあるご質問</h3>
<p>Q. 認定アカウントを複数お持ちの場合は？<br>A. お問い合わせフォームから統合をご依頼いただけます。詳しくは FAQ をご覧ください。</p>
<p style="font-size:11px;color:#687078;">このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html?lang=ja">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>"""
body = textpart(html_wrap(inner, "AWS 認定 ニュースレター"), "html", "utf-8", "base64")
tr = aws_transport("biglobe", J_USER, w)
top = top_headers(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), J_USER,
                  enc_header("【AWS 認定】ニュースレター 10 月号: 新しい認定試験と認定者特典のご案内", "utf-8", "b"),
                  w, ses_msgid(w), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html?lang=ja>")]) + ses_tail(w)
emit("056-aws-newsletter-mentions-merge-faq-ja.eml", L("unrelated", None, [], True), tr, top, body)

# 057 ------------------------------------------------------------------
w = dt.datetime(2025, 2, 10, 17, 45, 2, tzinfo=JST)
txt = """各位

お疲れさまです。人事部の石井です。

今期の資格手当の申請にあたり、AWS 認定資格の社内登録情報を更新します。
2 月 21 日（金）までに、社内ポータルの「資格登録」から最新の候補者 ID と取得済み認定を登録してください。

※ AWS 側で認定アカウントを統合された方は、統合後に残った候補者 ID で登録し直してください。
　 統合前の ID のままですと、認定が確認できない場合があります。

不明点は人事部 石井（内線 2417）までご連絡ください。

――――――――――――――――
株式会社北斗システムズ 人事部
石井 由美子
jinji@hokuto-sys.co.jp
――――――――――――――――
"""
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head>"
        "<body lang=\"JA\"><div class=\"WordSection1\">%s</div></body></html>" % p(txt))
body = multipart("alternative", textpart(txt, "plain", "iso-2022-jp", "7bit"),
                 textpart(html, "html", "iso-2022-jp", "quoted-printable"))
tr = [("Received", "from TY3PR01MB10422.jpnprd01.prod.outlook.com ([fe80::4a1c:2b7e:91f0:3d55]) by\n TY3PR01MB10422.jpnprd01.prod.outlook.com ([fe80::4a1c:2b7e:91f0:3d55%6]) with\n mapi id 15.20.8422.015; Mon, 10 Feb 2025 08:45:02 +0000")]
top = top_headers(addr("石井 由美子", "jinji@hokuto-sys.co.jp", "iso-2022-jp"),
                  "all-staff@hokuto-sys.co.jp",
                  enc_header("【お願い】AWS 認定資格の社内登録情報の更新について", "iso-2022-jp"), w,
                  "<TY3PR01MB10422%s@TY3PR01MB10422.jpnprd01.prod.outlook.com>" % rhex(12).upper(),
                  extra=[("Thread-Topic", enc_header("【お願い】AWS 認定資格の社内登録情報の更新について", "iso-2022-jp")),
                         ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                         ("X-MS-Exchange-Organization-AuthAs", "Internal")])
emit("057-internal-hr-notice-no-ar-ja.eml", L("unrelated", None, [], None), tr, top, body)

# 058 ------------------------------------------------------------------
Q_ID = "12377480915"
w = dt.datetime(2023, 2, 14, 4, 20, 51, tzinfo=UTC)
txt = """Hello,

Thank you for your patience. We're pleased to inform you that we have approved and processed your service quota increase request.

Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 256

It can sometimes take up to 30 minutes for this to propagate and become available for use.

We hope this helps. If you have any further questions, please let us know.

Best regards,
Arjun K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % Q_ID
body = textpart(txt, "plain", "utf-8", "quoted-printable")
tr = aws_transport("sonet", I_USER, w)
top = top_headers(NOREPLY, I_USER,
                  "RE:[CASE %s] Limit Increase: EC2 Instances" % Q_ID, w, ses_msgid(w)) + ses_tail(w)
emit("058-quota-increase-case-unrelated-en.eml", L("unrelated", Q_ID, [], True, "en"), tr, top, body)

# 059 ------------------------------------------------------------------
J_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % J_ID
w = dt.datetime(2025, 10, 6, 8, 2, 37, tzinfo=UTC)
txt = """吉田 亮 様

AWS サポートの松本です。
ご返信いただきありがとうございました。

%s と %s のマージにつきまして、現在、担当チームにてアカウント情報の確認を行っております。
確認が完了しましたら、マージ内容の最終確認のご連絡を差し上げますので、恐れ入りますがもうしばらくお待ちください。

よろしくお願いいたします。

松本
Amazon Web Services

====================================================================
今回の対応について評価をお願いします:
%s
====================================================================
""" % (J_KEEP, J_OLD, J_URL)
# mislabelled: the body is UTF-8 but the part claims ISO-2022-JP
body = textpart(txt, "plain", "utf-8", "8bit", label="iso-2022-jp")
tr = aws_transport("biglobe", J_USER, w)
top = top_headers(NOREPLY, J_USER, "RE:[CASE %s] " % J_ID + enc_header(J_SUBJ, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("059-status-update-mislabelled-charset-ja.eml", L("support_reply", J_ID, [J_KEEP, J_OLD], True), tr, top, body)

# 060 ------------------------------------------------------------------
w = dt.datetime(2025, 10, 3, 1, 48, 12, tzinfo=UTC)
inner = """<p>吉田 亮 様</p>
<p>AWS サポートの松本です。お問い合わせいただきありがとうございます。</p>
<p>候補者 ID AWS-03358812 および AWS-24481976 のマージ（アカウント統合）のご依頼を承りました。<br>
対応を進めるにあたり、以下の情報をサポートセンターからお知らせください。</p>
<ol>
<li>各アカウントへのサインインに使用しているメールアドレス</li>
<li>マージ後に残したいアカウント（プライマリ）</li>
<li>いずれかのアカウントで、現在予約中の試験があるかどうか</li>
</ol>
<p>※ 本メールへの直接の返信は受け付けておりません。</p>
<p>Best regards,<br>松本<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;">今回の対応について評価をお願いします: <a href="%s">このやり取りを評価する</a></p>""" % J_URL.replace("&", "&amp;")
body = textpart(html_wrap(inner), "html", "utf-8", "quoted-printable")
tr = aws_transport("biglobe", J_USER, w)
top = top_headers(NOREPLY, J_USER, "RE:[CASE %s] " % J_ID + enc_header(J_SUBJ, "utf-8", "b"),
                  w, ses_msgid(w)) + ses_tail(w)
emit("060-console-asks-login-emails-html-only-ja.eml", L("support_reply", J_ID, [J_KEEP, J_OLD], True), tr, top, body)

# ----------------------------------------------------------------- write
def write_all():
    labels = {}
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    for fn, data, lab in MAILS:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS), "mails")


if __name__ == "__main__":
    write_all()
