#!/usr/bin/env python3
"""Generator for blind set 241 (Japanese emphasis, round 13).

Builds realistic .eml files with Python's email package and writes labels.json.
Each mail is registered with the NEW text it says (used to derive account ids),
so ids that only occur in quoted history are never labelled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import sys
import unicodedata
from email.message import Message
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(241)
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
UTC = dt.timezone.utc

LABELS = {}
NEWTEXT = {}


# ---------------------------------------------------------------- helpers
def t(s, tz=JST):
    """'2025-05-27 09:14:05' in tz -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def plus(d, **kw):
    return d + dt.timedelta(**kw)


def case15(opened, suffix):
    return "%d%s" % (int(opened.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ralnum(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(alphabet) for _ in range(n))


def uuidish():
    return "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000" % (ms, uuidish())


def rfc(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def fold_b64(s, width=64):
    return "\n\t".join(s[i:i + width] for i in range(0, len(s), width))


def ew(text, charset="utf-8", enc="B", chunk=None, codec=None, sep="\n "):
    """Encoded-word(s), folded over several lines like real mailers do."""
    codec = codec or charset
    if chunk is None:
        chunk = 12 if enc == "B" else 20
    words = []
    for i in range(0, len(text), chunk):
        piece = text[i:i + chunk]
        raw = piece.encode(codec)
        if enc.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(
                c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "=%02X" % ord(c))
                for c in raw.decode("latin-1"))
        words.append("=?%s?%s?%s?=" % (charset, enc, body))
    return sep.join(words)


def part(text, subtype="plain", charset="utf-8", cte="base64", codec=None,
         quote_cs=True, extra=None):
    """One text/* MIME part; `codec` lets the bytes differ from the label."""
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    cs = '"%s"' % charset if quote_cs else charset
    m["Content-Type"] = "text/%s; charset=%s" % (subtype, cs)
    m["Content-Transfer-Encoding"] = cte
    if extra:
        for k, v in extra:
            m[k] = v
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def multi(subtype, *parts, boundary=None):
    m = Message()
    boundary = boundary or ("----=_Part_%d_%d.%d" % (R.randint(10000, 99999),
                                                      R.randint(100000000, 999999999),
                                                      R.randint(10 ** 12, 10 ** 13)))
    m["Content-Type"] = 'multipart/%s; \n\tboundary="%s"' % (subtype, boundary)
    for p in parts:
        m.attach(p)
    return m


def html_wrap(body_html, title="Amazon Web Services", lang="ja"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;"
            "font-size:14px;color:#16191f\">\n%s\n</body></html>\n" % (lang, title, body_html))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(s):
    """Plain text -> simple HTML paragraphs; lines starting with '>' become blockquotes."""
    out, quote = [], []
    for line in s.split("\n"):
        if line.startswith(">"):
            quote.append(esc(line.lstrip("> ")))
            continue
        if quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                       "padding-left:1ex\">%s</blockquote>" % "<br>\n".join(quote))
            quote = []
        out.append(esc(line) + "<br>")
    if quote:
        out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                   "padding-left:1ex\">%s</blockquote>" % "<br>\n".join(quote))
    return "\n".join(out)


# ------------------------------------------------------ authentication bits
def dkim_sig(d, s, when, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
             c="relaxed/simple"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n"
            "\tbh=%s=;\n\tb=%s"
            % (c, s, d, int(when.timestamp()), headers, rb64(43),
               fold_b64(rb64(342) + "=")))


AMZ_SEL = "yg4mwqurec7fkhzutopddd3ytuaqrvuz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkims(when, from_domain="amazon.com"):
    return [("DKIM-Signature", dkim_sig(from_domain, AMZ_SEL, when)),
            ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, when,
                                        "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.48.%d", "54.240.9.%d", "54.240.27.%d"]) % R.randint(10, 250)


def ses_host(ip):
    a, b, c, d_ = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d_)


def gmail_trace(to, when, helo, ip, mailfrom, ar, arc=True):
    """Headers Gmail prepends. `ar` is the verdict text after 'mx.google.com;'."""
    recv = plus(when, seconds=R.randint(1, 4))
    gid = "%s-%ssi%d%s.%d.%s" % (rhex(13), rhex(11), R.randint(1000000, 9999999),
                                   R.choice(["qtb", "ejs", "pfb", "ioc", "ybx"]), R.randint(10, 999),
                                   recv.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"))
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(10).lower(), rfc(recv, PT))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(80)),
        ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s"
         % (rhex(4), rhex(3), rhex(8), ralnum(12).lower(), rfc(recv, PT))),
    ]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
               % (int(recv.timestamp()), fold_b64(rb64(342) + "==").replace("\n\t", "\n         "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
               "        h=feedback-id:date:message-id:mime-version:subject:to:from\n"
               "         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s"
               % (rb64(43), rb64(43), fold_b64(rb64(342) + "==").replace("\n\t", "\n         "))),
              ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + ar)]
    h += [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, gid, to, rfc(recv, PT))),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
         % (mailfrom, ip, ip)),
        ("Authentication-Results", "mx.google.com;\n" + ar),
    ]
    return h


def gmail_ar_amazon(mailfrom, from_domain="amazon.com"):
    return ("       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (from_domain, AMZ_SEL, ralnum(8), SES_SEL, ralnum(8), mailfrom, "%IP%", mailfrom, from_domain))


def outlook_trace(to, when, helo, ip, mailfrom, ar_value):
    recv = plus(when, seconds=R.randint(1, 5))
    srv = "%s%s.namprd%02d.prod.outlook.com" % (R.choice(["SA1P", "BN8P", "CH3P", "DM6P", "TY0P"]),
                                              R.randint(220, 229), R.randint(2, 20))
    srv2 = "%s.mail.protection.outlook.com" % R.choice(["SN1PEPF0002BA4F", "DS3PEPF000099D7",
                                                       "OS0PEPF00000012", "CO1PEPF000044F1"])
    return [
        ("Received", "from %s (::1) by\n %s with HTTPS; %s" % (srv, srv, rfc(recv, UTC))),
        ("Received", "from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n"
         " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (srv2, rhex(3), rhex(2), srv, rhex(3), rhex(2), R.randint(7000, 9300), R.randint(10, 40), rfc(recv, UTC))),
        ("Authentication-Results", ar_value),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) "
         "receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
         " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
         % (helo, ip, srv2, R.randint(2, 250), R.randint(7000, 9300), R.randint(10, 40), rfc(recv, UTC))),
    ]


def outlook_ar(ip, mailfrom_domain, dkim_d, dkim="pass", dmarc="pass", from_domain=None, compauth="pass reason=100",
               action="none"):
    from_domain = from_domain or dkim_d
    dk = "dkim=pass (signature was verified)" if dkim == "pass" else "dkim=%s (%s)" % (
        dkim, "no signature" if dkim == "none" else "signature did not verify")
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; %s\n header.d=%s;dmarc=%s action=%s\n"
            " header.from=%s;compauth=%s" % (ip, mailfrom_domain, dk, dkim_d, dmarc, action, from_domain, compauth))


def jp_trace(to, when, helo, ip, host, ar_text, extra_received=None, ar_name="Authentication-Results"):
    """Japanese ISP / hosting: one or two Received + provider AR with its authserv-id."""
    recv = plus(when, seconds=R.randint(1, 6))
    rcv = []
    if extra_received:
        rcv.append(("Received", extra_received % {"date": rfc(recv, JST)}))
    rcv.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
                % (helo, helo, ip, host, ralnum(11), to, rfc(recv, JST))))
    return rcv + [(ar_name, "%s;\n\t%s" % (host, ar_text))]


# ------------------------------------------------------------ assembling
def add(fname, kind, case_id, lang, verified, hdrs, body, new_text, expect_ids=None):
    """Serialise: our header block (trace + message headers) + MIME body from email pkg."""
    lines = []
    for k, v in hdrs:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("utf-8")
    body_bytes = body.as_bytes()
    data = head + body_bytes
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    ids = ids_in(new_text)
    if expect_ids is not None and sorted(expect_ids) != ids:
        raise SystemExit("%s: expected ids %s, got %s" % (fname, expect_ids, ids))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": verified, "language": lang}
    NEWTEXT[fname] = new_text


ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def ids_in(s):
    s = unicodedata.normalize("NFKC", s)
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(s)})


def aws_headers(sender, to, subj, when, extra=None, sid=None):
    sid = sid or ses_id(when)
    h = [("Date", rfc(when)), ("From", sender), ("To", to), ("Message-ID", "<%s@email.amazonses.com>" % sid),
         ("Subject", subj)]
    h += extra or []
    h += [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)),
          ("X-SES-Outgoing", "%s-%s" % (when.astimezone(UTC).strftime("%Y.%m.%d"), "%IP%"))]
    return h


def aws_mail(to, when, sender, subj, provider, extra_hdrs=None, ar_override=None, from_domain="amazon.com",
             no_ar=False, jp_host=None):
    """Full header list for a genuine SES-sent AWS mail delivered to `provider`."""
    ip = ses_ip()
    helo = ses_host(ip)
    sid = ses_id(when)
    mailfrom = "%s@amazonses.com" % sid
    own = aws_headers(sender, to, subj, when, extra_hdrs, sid)
    own = [(k, v.replace("%IP%", ip)) for k, v in own]
    dk = ses_dkims(when, from_domain)
    if provider == "gmail":
        ar = ar_override or gmail_ar_amazon(mailfrom, from_domain).replace("%IP%", ip)
        tr = gmail_trace(to, when, helo, ip, mailfrom, ar)
    elif provider == "outlook":
        ar = ar_override or outlook_ar(ip, "amazonses.com", from_domain)
        tr = outlook_trace(to, when, helo, ip, mailfrom, ar)
        tr.insert(0, ("Return-Path", mailfrom))
    else:  # japanese provider host name
        host = jp_host
        ar = ar_override or ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n"
                             "\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass header.from=%s"
                             % (mailfrom, from_domain, AMZ_SEL, SES_SEL, from_domain))
        tr = [("Return-Path", "<%s>" % mailfrom)] + jp_trace(to, when, helo, ip, host, ar)
        if no_ar:
            tr = [x for x in tr if x[0] != "Authentication-Results"]
    return tr + dk + own


def write_labels():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)


# ================================================================ the cases
TARO = "taro.yamada.aws@gmail.com"          # C1, C8  (Gmail)
MIKA = "mika.tanaka0412@outlook.jp"         # C2      (Outlook)
HIRO = "h-ito@kzf.biglobe.ne.jp"            # C3      (BIGLOBE)
KENJI = "kenji.watanabe.dev@gmail.com"      # C4      (Gmail)
KAZU = "kazuko-suzuki@nifty.com"            # C5      (@nifty)
YUKI = "yuki_nakamura_0915@yahoo.co.jp"     # C6      (Yahoo! JAPAN)
DKOBA = "d.kobayashi@kobayashi-sys.co.jp"   # C7      (Xserver hosted)
RYO = "ryo@ryo-lab.jp"                      # C9      (Sakura hosted)

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

C1_OPEN = t("2025-05-27 09:14:05")
C1 = case15(C1_OPEN, "01263")
C2_OPEN = t("2025-03-10 14:02:41")
C2 = case15(C2_OPEN, "00758")
C3 = "10284573911"
C4 = "6519837420"
C5_OPEN = t("2024-11-18 10:31:27")
C5 = case15(C5_OPEN, "02214")
C6 = "13391027745"
C7_OPEN = t("2025-09-16 18:47:12")
C7 = case15(C7_OPEN, "00391")
C8_OPEN = t("2025-05-27 22:05:50")
C8 = case15(C8_OPEN, "01877")
C9 = "12960318254"

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- C1 (form desk, Gmail, natural keigo)
SIG_SATO = """佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""

# 001 form acknowledgement (Japanese template), ISO-2022-JP, text only
w = plus(C1_OPEN, seconds=7)
new = """山田 太郎 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

　ケース番号　　　　: %s
　お問い合わせの種類: 認定 (Certification)
　詳細　　　　　　　: アカウントの統合 (Account Merge)
　AWS 受験者 ID 　　: AWS04418273

担当者が内容を確認のうえ、原則として 24 時間以内（土日祝日を除く）にご連絡いたします。
恐れ入りますが、同じ内容のお問い合わせを重ねてお送りいただきますと、確認に
お時間をいただく場合がございますので、あらかじめご了承ください。

追加の情報がございましたら、本メールにそのままご返信ください。
その際、件名のケース番号は変更なさらないようお願いいたします。

※本メールはお問い合わせの受付時に自動で送信されています。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""" % C1
subj = ew("お問い合わせを受け付けました", "ISO-2022-JP", chunk=14) + " [CASE %s]" % C1
add("001-form-desk-uketsuke-ja.eml", "case_created", C1, "ja", True,
    aws_mail(TARO, w, FORM, subj, "gmail"),
    part(new, charset="ISO-2022-JP", cte="7bit"), new)

# 002 agent lists the two accounts and asks for consent (keigo), iso-2022-jp text + utf-8 QP html
w = t("2025-05-28 10:40:18")
new = """山田 太郎 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
お送りいただいた情報をもとに確認いたしましたところ、お客様名義の
受験者アカウントが以下の 2 件見つかりました。

  (1) AWS 受験者 ID: AWS04418273
      ログイン E メール: taro.yamada@kitanosoft.co.jp
      保有認定: AWS Certified Cloud Practitioner
  (2) AWS 受験者 ID: AWS01976530
      ログイン E メール: taro.yamada.aws@gmail.com
      保有認定: AWS Certified Solutions Architect - Associate

ご依頼の内容に基づき、(1) AWS04418273 を (2) AWS01976530 に統合し、
統合後は AWS01976530 のみをご利用いただく形となります。
(1) のアカウントにはログインできなくなり、認定の履歴および特典は
(2) のアカウントに引き継がれます。

なお、統合の処理は一度実施いたしますと元に戻すことができません。
上記の内容でお間違いがなければ、本メールにご返信いただき、
統合を進めてよい旨をお知らせいただけますでしょうか。
ご承諾のご連絡をいただき次第、作業を開始いたします。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

""" + SIG_SATO + "\n"
quoted = """
---------- お問い合わせ内容 ----------
> Inquiry type: Certification
> Detail: Account Merge
> AWS candidate ID: AWS04418273
> 内容: 前職の会社のメールアドレスで作成した認定アカウントと、現在の個人の
> アカウントを統合したいです。よろしくお願いします。
"""
body = multi("alternative",
             part(new + quoted, charset="ISO-2022-JP", cte="7bit"),
             part(html_wrap(text_to_html(new + quoted)), "html", "utf-8", "quoted-printable"))
add("002-form-desk-kakunin-irai-ja.eml", "merge_confirmation_requested", C1, "ja", True,
    aws_mail(TARO, w, FORM, "RE:[CASE %s] %s" % (C1, FORM_SUBJ), "gmail"), body, new,
    expect_ids=["AWS01976530", "AWS04418273"])

# 003 "thank you for confirming, we will now proceed" - ids only in nested quote
w = t("2025-05-28 19:02:44")
new = """山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
ご確認のご返信をいただき、誠にありがとうございます。

いただいた内容に基づき、これより担当部署にてアカウントの統合作業を
進めてまいります。作業が完了いたしましたら、改めて本ケースにて
ご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、作業中は一時的に CertMetrics へのサインインや認定証のダウンロードが
ご利用いただけない場合がございます。

引き続きよろしくお願いいたします。

""" + SIG_SATO + "\n"
quoted = """
2025年5月28日(水) 11:02 山田太郎 <taro.yamada.aws@gmail.com>:
> 佐藤様
>
> ご連絡ありがとうございます。
> 記載の内容で相違ございません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 山田
>
> 2025年5月28日(水) 10:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山田 太郎 様
> >
> > (1) AWS 受験者 ID: AWS04418273
> >     ログイン E メール: taro.yamada@kitanosoft.co.jp
> > (2) AWS 受験者 ID: AWS01976530
> >     ログイン E メール: taro.yamada.aws@gmail.com
> >
> > ご依頼の内容に基づき、(1) AWS04418273 を (2) AWS01976530 に統合し、
> > 統合後は AWS01976530 のみをご利用いただく形となります。
> > 上記の内容でお間違いがなければ、本メールにご返信いただけますでしょうか。
"""
add("003-form-desk-shori-kaishi-ja.eml", "support_reply", C1, "ja", True,
    aws_mail(TARO, w, FORM, "RE:[CASE %s] %s" % (C1, FORM_SUBJ), "gmail"),
    part(new + quoted, charset="utf-8", cte="base64"), new, expect_ids=[])

# 004 merge done; only the surviving id in the new text, Outlook-style history block below
w = t("2025-05-29 16:25:03")
new = """山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
大変お待たせいたしました。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、
ご報告申し上げます。
今後は AWS 受験者 ID AWS01976530（ログイン E メール: taro.yamada.aws@gmail.com）
にて CertMetrics にサインインしてください。以前のアカウントで取得された認定、
ならびに 50% 割引バウチャー等の特典も、こちらのアカウントに移行されております。

お手数ですが、サインイン後に「Certifications」ページにてすべての認定が
表示されていることをご確認ください。Credly のデジタルバッジにつきましては、
反映までに数日かかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。

""" + SIG_SATO + "\n"
quoted = """
---------- 元のメッセージ ----------
差出人: 山田太郎 <taro.yamada.aws@gmail.com>
送信日時: 2025/05/28 11:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

記載の内容で相違ございません。統合を進めてください。
(統合元: AWS04418273 → 統合先: AWS01976530)
""" % C1
body = multi("alternative",
             part(new + quoted, charset="utf-8", cte="quoted-printable"),
             part(html_wrap(text_to_html(new + quoted)), "html", "utf-8", "base64"))
add("004-form-desk-tougou-kanryou-ja.eml", "merge_completed", C1, "ja", True,
    aws_mail(TARO, w, FORM, "RE:[CASE %s] %s" % (C1, FORM_SUBJ), "gmail"), body, new,
    expect_ids=["AWS01976530"])

# 005 closure + rating request, HTML only
w = t("2025-05-29 16:26:11")
new_html = """<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>
<tr><td style="padding:20px">
<p>山田 太郎 様</p>
<p>お問い合わせいただいたケース（ケース番号: %s）は、解決済みとしてクローズされました。</p>
<p>今後の品質向上のため、短いアンケートへのご協力をお願いいたします。</p>
<p><b>今回のお問い合わせで問題は解決しましたか？</b></p>
<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください: 
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;rate=1">1</a> |
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;rate=2">2</a> |
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;rate=3">3</a> |
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;rate=4">4</a> |
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&amp;caseId=%s&amp;rate=5">5</a></p>
<p>同じ件で引き続きサポートが必要な場合は、本メールにご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:12px 20px">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table>""" % ((C1,) * 8)
new = re.sub(r"<[^>]+>", " ", new_html)
subj = "[CASE %s] " % C1 + ew("ケースはクローズされました - アンケートへのご協力のお願い", "UTF-8", chunk=10)
add("005-form-desk-close-enquete-ja.eml", "survey", C1, "ja", True,
    aws_mail(TARO, w, FORM, subj, "gmail"),
    part(html_wrap(new_html), "html", "UTF-8", "base64"), new, expect_ids=[])

# ---------------------------------------------------------------- C8 (duplicate case opened by the same user)
# 006 English form acknowledgement of a second case
w = plus(C8_OPEN, seconds=5)
new = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

We have received your request and a case has been created for you:
Case ID: %s

A member of our team will review your request and respond within 24 business hours.
To help us assist you quickly, please do not submit more than one request for the same
issue; duplicate cases may slow down our response.

If you need to add information, simply reply to this email and keep the case number in
the subject line.

Your submission:
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  AWS candidate ID: aws01976530
  Description: I sent a request this morning (in Japanese) but no answer yet. Please
  merge my old certification account into AWS01976530. Old account email is
  taro.yamada@kitanosoft.co.jp.

Regards,
AWS Training and Certification Customer Support
""" % C8
body = multi("alternative", part(new, charset="us-ascii", cte="7bit", quote_cs=False),
             part(html_wrap(text_to_html(new), lang="en"), "html", "utf-8", "quoted-printable"))
add("006-second-case-received-en.eml", "case_created", C8, "en", True,
    aws_mail(TARO, w, FORM, "[CASE %s] %s" % (C8, FORM_SUBJ), "gmail"), body, new,
    expect_ids=["AWS01976530"])

# 007 agent: this duplicates the earlier case, please keep replying there (not a closure)
w = t("2025-05-28 10:52:37")
new = """山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

昨日 22 時頃にお送りいただいた本お問い合わせ（ケース番号 %s）につきまして、
同日午前に頂戴しておりますケース %s と同じご依頼内容であることを確認いたしました。

アカウント統合の件は、先のケース %s にて引き続き対応を進めております。
本日、同ケースにて統合内容のご確認のご連絡をお送りしておりますので、
恐れ入りますが、そちらのメールにご返信いただけますでしょうか。
本ケースへのご返信は不要でございます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

""" % (C8, C1, C1) + SIG_SATO + "\n"
add("007-duplicate-case-annai-ja.eml", "support_reply", C8, "ja", True,
    aws_mail(TARO, w, FORM, "RE:[CASE %s] %s" % (C8, FORM_SUBJ), "gmail"),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])


# ---------------------------------------------------------------- C2 (console case, Outlook.jp, 15 digits)
C2_SUBJ = "認定アカウント (CertMetrics) の統合について"
C2_LINK = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % C2


def console_footer_ja(case):
    return ("\nこのやり取りを評価してください:\n"
            "https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja\n\n"
            "ケースの詳細を確認するか、このケースに返信するには、サポートセンターにサインインしてください:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "*このメールアドレスでは返信を受け付けておりません。上記リンクからケースにご返信ください。*\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n"
            % (rhex(32), case))


# 008 console: new case opened (Japanese console template), utf-8 base64 text + html
w = plus(C2_OPEN, seconds=11)
new = """お客様

Amazon Web Services をご利用いただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
連絡先: mika.tanaka0412@outlook.jp

ケースの詳細の確認や追加情報の送信は、サポートセンターから行ってください:
%s

*このメールアドレスでは返信を受け付けておりません。*

よろしくお願いいたします。
Amazon Web Services
""" % (C2, C2, C2_SUBJ, C2_LINK)
subj = "Amazon Web Services: " + ew("新しいサポートケースがオープンされました:", "UTF-8", chunk=11) + " " + C2
body = multi("alternative", part(new, charset="UTF-8", cte="base64"),
             part(html_wrap(text_to_html(new)), "html", "UTF-8", "base64"))
add("008-console-case-open-ja.eml", "case_created", C2, "ja", True,
    aws_mail(MIKA, w, CONSOLE, subj, "outlook"), body, new, expect_ids=[])

# 009 console: agent asks for consent; ids written "AWS 02385519" / "aws03311708"; QP
w = t("2025-03-11 11:17:52")
new = """田中 美香 様

Amazon Web Services サポートへお問い合わせいただき、ありがとうございます。
トレーニングと認定担当の高橋と申します。

お問い合わせいただいた認定アカウントの件、確認いたしました。
お客様の情報で登録されているアカウントは次の 2 つでございます。

・AWS 02385519（2021 年作成、ログイン: m.tanaka@aozora-tech.co.jp）
・aws03311708（2024 年作成、ログイン: mika.tanaka0412@outlook.jp）

AWS 02385519 の認定履歴を aws03311708 へ移し、aws03311708 を存続アカウント
とする形で統合を行う予定です。統合後は AWS 02385519 ではサインインできなくなります。
統合の処理は取り消しができないため、実施前にお客様のご承諾をいただいております。

上記の内容で問題がないか、サポートセンターのケースからご返信いただけますと幸いです。
別のアカウントを残すことをご希望の場合も、その旨お知らせください。

よろしくお願いいたします。

高橋
Amazon Web Services
""" + console_footer_ja(C2)
body = multi("alternative", part(new, charset="utf-8", cte="quoted-printable"),
             part(html_wrap(text_to_html(new)), "html", "utf-8", "quoted-printable"))
subj = "RE:[CASE %s] " % C2 + ew(C2_SUBJ, "utf-8", chunk=10)
add("009-console-reply-shounin-ja.eml", "merge_confirmation_requested", C2, "ja", True,
    aws_mail(MIKA, w, CONSOLE, subj, "outlook"), body, new,
    expect_ids=["AWS02385519", "AWS03311708"])

# 010 console: status update after the user agreed (not done yet)
w = t("2025-03-12 09:48:05")
new = """田中 美香 様

いつもお世話になっております。Amazon Web Services の高橋です。

統合についてご承諾いただき、ありがとうございます。
本日、認定アカウントの統合処理を担当チームへ依頼いたしました。
処理には通常 3～5 営業日ほどかかる見込みでございます。完了いたしましたら、
こちらのケースにてご連絡いたします。

なお、処理が終わるまでの間に試験のご予約や変更をされますと、予約情報が
正しく引き継がれない場合がございます。恐れ入りますが、完了のご連絡まで
お待ちいただけますと幸いです。

よろしくお願いいたします。

高橋
Amazon Web Services
""" + console_footer_ja(C2)
quoted = """
--- 2025-03-11 22:31 (JST) お客様からの返信 ---
高橋様
ご確認ありがとうございます。aws03311708 を残す形で問題ありません。
AWS 02385519 を統合してください。よろしくお願いいたします。
田中
"""
subj = "RE:[CASE %s] " % C2 + ew(C2_SUBJ, "utf-8", chunk=10)
add("010-console-shori-irai-ja.eml", "support_reply", C2, "ja", True,
    aws_mail(MIKA, w, CONSOLE, subj, "outlook"),
    part(new + quoted, charset="utf-8", cte="base64"), new, expect_ids=[])

# 011 console "new correspondence" notice that carries the agent's text: merge done
w = t("2025-03-14 15:05:30")
new = """お客様

ケース %s に新しい通信が追加されました。

件名: %s

---- 通信内容 ----
田中 美香 様

Amazon Web Services の高橋です。お待たせいたしました。
aws03311708 への認定アカウントの統合処理が本日完了しました。
これまでの認定履歴は、すべて aws03311708 のアカウントでご確認いただけます。

Credly のバッジは、統合後のアカウントのメールアドレス宛に改めて発行されます。
数日経っても届かない場合は、こちらのケースにご返信ください。

高橋
Amazon Web Services
---- ここまで ----
""" % (C2, C2_SUBJ) + console_footer_ja(C2)
subj = "[Case %s] " % C2 + ew("新しい通信が追加されました", "utf-8", chunk=9)
body = multi("alternative", part(new, charset="utf-8", cte="base64"),
             part(html_wrap(text_to_html(new)), "html", "utf-8", "base64"))
add("011-console-new-correspondence-kanryou-ja.eml", "merge_completed", C2, "ja", True,
    aws_mail(MIKA, w, CONSOLE, subj, "outlook"), body, new, expect_ids=["AWS03311708"])

# 012 console: case resolved, rate us
w = t("2025-03-21 15:10:02")
new = """お客様

ケース %s は、7 日間お客様からのご返信がなかったため、解決済みとしてクローズされました。

件名: %s

今回のサポートでお客様の問題は解決しましたか?
  はい: https://console.aws.amazon.com/support/feedback?eventId=%s&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?eventId=%s&resolved=no&language=ja

担当者の対応について、5 段階でご評価いただけますと幸いです。いただいたご意見は
サービス向上のために活用させていただきます。

問題が解決していない場合は、サポートセンターからこのケースを再度開くことができます:
%s

Amazon Web Services
""" % (C2, C2_SUBJ, rhex(32), rhex(32), C2_LINK)
subj = "Amazon Web Services: " + ew("サポートケースがクローズされました", "utf-8", chunk=9) + " " + C2
add("012-console-closed-hyouka-ja.eml", "survey", C2, "ja", True,
    aws_mail(MIKA, w, CONSOLE, subj, "outlook"),
    part(new, charset="utf-8", cte="quoted-printable"), new, expect_ids=[])


# ---------------------------------------------------------------- C3 (console, 11 digits, BIGLOBE, machine-translated)
C3_SUBJ = "認定アカウントをマージしたい"
C3_OPEN = t("2022-06-13 20:41:09")
BIGLOBE = "mxr-b05.biglobe.ne.jp"

# 013 console case opened, older template, iso-2022-jp text only
w = plus(C3_OPEN, seconds=9)
new = """ご担当者様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s が作成されました。

ケース ID: %s
件名: %s
重要度: 低
ケースの種類: アカウントおよび請求 / トレーニングと認定

サポートセンターでケースの状況を確認できます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ご注意: このメールには返信しないでください。このアドレスは受信を受け付けていません。

Amazon Web Services
""" % (C3, C3, C3_SUBJ, C3)
subj = "Amazon Web Services: " + ew("新しいサポートケースが作成されました:", "ISO-2022-JP", chunk=10) + " " + C3
add("013-console-case-sakusei-2022-ja.eml", "case_created", C3, "ja", True,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host=BIGLOBE),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])

# 014 machine-translated consent request, Shift_JIS base64
w = t("2022-06-14 16:02:47")
new = """親愛なるお客様、

Amazon Web Services サポートにご連絡いただきありがとうございます。私の名前はアルジュンです、私は今日あなたを助けます。

あなたのリクエストによると、私たちはあなたの名前で2つの認定アカウントを見つけました:

アカウント1: AWS00871234 (メール: hiroshi.ito@tokai-densan.co.jp)
アカウント2: AWS01523398 (メール: h-ito@kzf.biglobe.ne.jp)

私たちはアカウント1をアカウント2にマージします。マージの後、アカウント2だけがアクティブになり、アカウント1は閉鎖されます。すべての認定とバウチャーはアカウント2に移動されます。
このアクションは元に戻すことはできませんのでご注意ください。

続行するには、上記の情報が正しいことを確認するため、このケースに返信してください。あなたの確認なしに私たちはマージを実行できません。

ご理解いただきありがとうございます。よい一日を!

よろしくお願いします、
アルジュン K.
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja
""" % rhex(32)
subj = "RE:[CASE %s] " % C3 + ew(C3_SUBJ, "shift_jis", chunk=8)
add("014-console-mt-merge-kakunin-ja.eml", "merge_confirmation_requested", C3, "ja", True,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host=BIGLOBE),
    part(new, charset="Shift_JIS", cte="base64", codec="cp932"), new,
    expect_ids=["AWS00871234", "AWS01523398"])

# 015 machine-translated "we are working on it"; this copy came through a relay that adds no AR header
w = t("2022-06-15 11:30:12")
new = """親愛なるお客様、

あなたの確認をありがとうございました。

私たちはあなたのリクエストに取り組んでいます。マージのプロセスは私たちの内部チームによって行われており、完了するまでに最大で3〜5営業日かかることがあります。マージが完了すると、私たちはこのケースを通してあなたに通知します。

その間、あなたは新しいケースを開く必要はありません。

よろしくお願いします、
アルジュン K.
Amazon Web Services
"""
quoted = """
-----Original Message-----
From: h-ito@kzf.biglobe.ne.jp
Sent: 2022-06-14 23:11 JST
Subject: Re: %s

上記の内容で間違いありません。AWS00871234 を AWS01523398 にマージしてください。
伊藤
""" % C3_SUBJ
subj = "RE:[CASE %s] " % C3 + ew(C3_SUBJ, "shift_jis", chunk=8)
add("015-console-mt-torikumi-chuu-ja.eml", "support_reply", C3, "ja", None,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host="mta-b11.biglobe.ne.jp", no_ar=True),
    part(new + quoted, charset="shift_jis", cte="8bit", codec="cp932", quote_cs=False), new,
    expect_ids=[])

# 016 console "new correspondence" notice without the text itself
w = t("2022-06-17 09:14:40")
new = """お客様

ケース %s に新しい通信が追加されました。
通信内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターを開いてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ケース ID: %s
件名: %s

このメールは送信専用のアドレスから送信されています。返信はサポートセンターから行ってください。

Amazon Web Services
""" % (C3, C3, C3, C3_SUBJ)
subj = "[Case %s] " % C3 + ew("新しい通信が追加されました", "ISO-2022-JP", chunk=9)
add("016-console-tsuushin-tsuika-notice-ja.eml", "support_reply", C3, "ja", True,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host=BIGLOBE),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])

# 017 machine-translated completion; declared Shift_JIS but contains CP932-only characters (①②)
w = t("2022-06-17 09:14:52")
new = """親愛なるお客様、

お待たせしました。あなたのアカウントは正常にマージされました。

① 残っているアカウント: AWS01523398
② 閉鎖されたアカウント: AWS00871234

今から、あなたは h-ito@kzf.biglobe.ne.jp でCertMetricsにサインインすることができます、そしてあなたのすべての認定は1つのアカウントに表示されます。Credlyのバッジは24〜72時間以内に更新されます。

他に私たちが助けることができることがありますか？ ない場合は、このケースは自動的に解決されます。

よろしくお願いします、
アルジュン K.
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja
""" % rhex(32)
subj = "RE:[CASE %s] " % C3 + ew(C3_SUBJ, "shift_jis", chunk=8)
add("017-console-mt-merge-seijou-ja.eml", "merge_completed", C3, "ja", True,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host=BIGLOBE),
    part(new, charset="Shift_JIS", cte="base64", codec="cp932"), new,
    expect_ids=["AWS00871234", "AWS01523398"])

# 018 machine-translated rating request after auto-resolve
w = t("2022-06-20 09:15:33")
new = """親愛なるお客様、

あなたのケース %s は解決済みとしてマークされました。

私たちのサポート経験についてどう思いますか？ あなたのフィードバックは私たちにとって重要です。
以下のリンクをクリックして、あなたの経験を評価してください。1分以内に完了します。

https://console.aws.amazon.com/support/feedback?caseId=%s&survey=csat&language=ja

あなたの問題が解決されなかった場合、あなたはサポートセンターでケースを再開することができます。

Amazon Web Services チーム
""" % (C3, C3)
subj = "Amazon Web Services: " + ew("あなたのサポート経験を評価してください", "UTF-8", chunk=10) + " [%s]" % C3
body = multi("alternative", part(new, charset="UTF-8", cte="base64"),
             part(html_wrap(text_to_html(new)), "html", "UTF-8", "base64"))
add("018-console-mt-survey-ja.eml", "survey", C3, "ja", True,
    aws_mail(HIRO, w, CONSOLE, subj, "jp", jp_host=BIGLOBE), body, new, expect_ids=[])


# ---------------------------------------------------------------- C4 (form desk 2019, 10 digits, Gmail, non-native English agent)
C4_OPEN = t("2019-11-05 13:22:40")
SIG_RAJ = """Best Regards,
Rajesh S.
AWS Training and Certification Customer Service
Amazon Web Services"""

# 019 acknowledgement, English, echoes the candidate id as the user typed it
w = plus(C4_OPEN, seconds=6)
new = """Dear Kenji Watanabe,

Thank you for contacting AWS Training and Certification.

This email confirms that we have received your inquiry. Your case number is %s.
Our support team will get back to you within 1 business day.

-------------------------------------------------
Inquiry Type : Certification
Detail       : Account Merge
Candidate ID : AWS-00342761
Message      : I have two certification accounts. One is made by my company email, other
               one is my private email. I want to make them one account.
-------------------------------------------------

Please do not reply to this message with a new request. To add information for this
case, reply to this email without changing the subject.

Sincerely,
AWS Training and Certification
""" % C4
add("019-form-ack-2019-en.eml", "case_created", C4, "en", True,
    aws_mail(KENJI, w, FORM, "[CASE %s] %s" % (C4, FORM_SUBJ), "gmail"),
    part(new, charset="us-ascii", cte="7bit"), new, expect_ids=["AWS00342761"])

# 020 non-native English consent request
w = t("2019-11-06 23:41:15")
new = """Hello Kenji,

Greetings from AWS Training and Certification!

As per your request, I have checked our system and found below two accounts under your name:

1. AWS-00342761 - kenji.watanabe@shinwa-systems.co.jp
2. AWS00512890 - kenji.watanabe.dev@gmail.com

Kindly confirm that the account AWS-00342761 will be merged in to AWS00512890 and the account
AWS00512890 will be remain as your primary account. After merging, all the certifications and
exam history will be shown in AWS00512890 only, and you will not able to login to the other one.

Please be informed that once merged, the accounts cannot be separated again. Hence request you
to revert back on this same email with your confirmation so that we can proceed further.

Do let me know if you have any queries.

""" + SIG_RAJ + "\n"
quoted = """

---------- Original Message ----------
Inquiry Type : Certification
Detail       : Account Merge
Candidate ID : AWS-00342761
Message      : I have two certification accounts. One is made by my company email, other
               one is my private email. I want to make them one account.
"""
body = multi("alternative", part(new + quoted, charset="UTF-8", cte="quoted-printable"),
             part(html_wrap(text_to_html(new + quoted), lang="en"), "html", "UTF-8", "quoted-printable"))
add("020-form-nonnative-kindly-confirm-en.eml", "merge_confirmation_requested", C4, "en", True,
    aws_mail(KENJI, w, FORM, "RE:[CASE %s] %s" % (C4, FORM_SUBJ), "gmail"), body, new,
    expect_ids=["AWS00342761", "AWS00512890"])

# 021 thanks for confirming, will proceed; ids only in Gmail-style quote
w = t("2019-11-07 20:05:58")
new = """Hello Kenji,

Thank you for the confirmation.

I have forwarded your request to our concerned team and they will now proceed with the
merging. It may take 2-3 business days. I will update you on this same case once I hear back
from the team.

Appreciate your patience.

""" + SIG_RAJ + "\n"
quoted = """
On Thu, Nov 7, 2019 at 9:12 AM Kenji Watanabe <kenji.watanabe.dev@gmail.com> wrote:
> Hi Rajesh,
> Yes, it is correct. Please merge AWS-00342761 into AWS00512890.
> Thank you,
> Kenji
>
> On Wed, Nov 6, 2019 at 11:41 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hello Kenji,
>> Kindly confirm that the account AWS-00342761 will be merged in to AWS00512890 and the account
>> AWS00512890 will be remain as your primary account.
"""
add("021-form-thanks-will-proceed-en.eml", "support_reply", C4, "en", True,
    aws_mail(KENJI, w, FORM, "RE:[CASE %s] %s" % (C4, FORM_SUBJ), "gmail"),
    part(new + quoted, charset="UTF-8", cte="quoted-printable"), new, expect_ids=[])

# 022 completion, non-native, avoids the word "merge" in the key sentence
w = t("2019-11-11 02:17:09")
new = """Hello Kenji,

Hope you are doing well.

This is to inform you that your both certification accounts are now combined successfully.
Going forward please login with kenji.watanabe.dev@gmail.com, your candidate ID is AWS00512890.
All the certifications (AWS Certified Developer - Associate, AWS Certified Solutions
Architect - Associate) are reflecting under this ID now.

If you find any discrepancy please let us know by replying to this email.

""" + SIG_RAJ + "\n"
add("022-form-accounts-combined-en.eml", "merge_completed", C4, "en", True,
    aws_mail(KENJI, w, FORM, "RE:[CASE %s] %s" % (C4, FORM_SUBJ), "gmail"),
    multi("alternative", part(new, charset="UTF-8", cte="7bit"),
          part(html_wrap(text_to_html(new), lang="en"), "html", "UTF-8", "base64")),
    new, expect_ids=["AWS00512890"])

# 023 survey, English, 2019
w = t("2019-11-11 02:18:30")
new = """Hello,

Your case %s has been resolved.

Was your issue resolved?
YES: https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?caseId=%s&resolved=1
NO:  https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?caseId=%s&resolved=0

How would you rate the support you received from Rajesh?
https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?caseId=%s&agent=rajsha

Thank you for helping us improve AWS Training and Certification support.

This is an automated message. If you need further help with this issue, reply to this
email within 14 days and your case will be reopened.
""" % (C4, C4, C4, C4)
add("023-form-was-your-issue-resolved-en.eml", "survey", C4, "en", True,
    aws_mail(KENJI, w, FORM, "[CASE %s] Your case has been resolved - tell us how we did" % C4, "gmail"),
    part(new, charset="us-ascii", cte="7bit", quote_cs=False), new, expect_ids=[])


# ---------------------------------------------------------------- C5 (form desk, 15 digits, @nifty, machine-translated Japanese, 3 accounts)
NIFTY = "mx-in-02.mail.nifty.com"
SIG_MT = """よろしくお願いします、
ミゲル R.
AWS トレーニングと認定 カスタマーサービス"""

# 024 machine-translated acknowledgement, text + html (utf-8 QP)
w = plus(C5_OPEN, seconds=4)
new = """親愛なる 鈴木 和子、

AWS トレーニングと認定にご連絡いただきありがとうございます。

私たちはあなたの問い合わせを受け取りました。あなたのケース番号は %s です。
私たちのチームのメンバーは、24時間以内にあなたに応答します。

追加の情報がある場合は、件名を変更せずにこの電子メールに返信してください。同じ問題のために新しいリクエストを送信しないでください、それは応答を遅らせる可能性があります。

あなたの提出:
問い合わせの種類: AWS トレーニングと認定
詳細: アカウントのマージ
AWS 候補者 ID: AWS05120447

敬具、
AWS トレーニングと認定
""" % C5
subj = "[CASE %s] " % C5 + ew("[AWS トレーニングと認定フォーム送信] - アカウント支援", "UTF-8", chunk=9)
body = multi("alternative", part(new, charset="utf-8", cte="quoted-printable"),
             part(html_wrap(text_to_html(new)), "html", "utf-8", "quoted-printable"))
add("024-form-mt-uketori-ja.eml", "case_created", C5, "ja", True,
    aws_mail(KAZU, w, FORM, subj, "jp", jp_host=NIFTY), body, new, expect_ids=["AWS05120447"])

# 025 machine-translated: which account to keep + notification e-mails; charset label wrong (iso-8859-1, bytes are UTF-8)
w = t("2024-11-19 15:48:21")
new = """親愛なる 鈴木 和子、

ご連絡いただきありがとうございます。

あなたが提供したAWS候補者ID AWS05120447 を調べたところ、あなたの名前と生年月日で他に2つのアカウントが見つかりました: AWS05233981 と AWS02719054。

マージを進めるために、以下の情報を提供してください:
1. どのアカウントを保持したいですか（残るアカウント）？
2. 各アカウントに登録されている通知の電子メールアドレス
3. マージの理由（例: 会社の変更、重複した登録）

この情報を受け取った後、私たちはあなたにマージの詳細を送信して確認します。

""" + SIG_MT + "\n"
subj = "RE:[CASE %s] " % C5 + ew("[AWS トレーニングと認定フォーム送信] - アカウント支援", "UTF-8", chunk=9)
add("025-form-mt-dore-wo-nokosu-ja.eml", "support_reply", C5, "ja", True,
    aws_mail(KAZU, w, FORM, subj, "jp", jp_host=NIFTY),
    part(new, charset="iso-8859-1", cte="8bit", codec="utf-8"), new,
    expect_ids=["AWS02719054", "AWS05120447", "AWS05233981"])

# 026 machine-translated consent request, one id in full-width characters
w = t("2024-11-21 10:05:44")
new = """親愛なる 鈴木 和子、

情報を提供していただきありがとうございます。

以下のマージを確認してください:

保持されるアカウント: AWS02719054 (kazuko-suzuki@nifty.com)
マージされるアカウント:
 - AWS05120447 (k.suzuki@minato-kikaku.co.jp)
 - ＡＷＳ０５２３３９８１ (kazuko.s.1978@gmail.com)

マージが完了すると、マージされたアカウントは無効になり、すべての認定、試験の履歴、およびバウチャーは保持されるアカウントに移動されます。このプロセスは元に戻すことはできません。

上記が正しい場合は、「確認します」とこの電子メールに返信してください。あなたの確認を受け取るまで、私たちは何も変更しません。

""" + SIG_MT + "\n"
quoted = """
> 2024/11/20 8:15、鈴木 和子 <kazuko-suzuki@nifty.com> のメール:
>
> お世話になります。
> 1. AWS02719054 を残したいです。
> 2. AWS05120447: k.suzuki@minato-kikaku.co.jp / AWS05233981: kazuko.s.1978@gmail.com
> 3. 転職と、重複して登録してしまったためです。
"""
subj = "RE:[CASE %s] " % C5 + ew("[AWS トレーニングと認定フォーム送信] - アカウント支援", "UTF-8", chunk=9)
body = multi("alternative", part(new + quoted, charset="UTF-8", cte="base64"),
             part(html_wrap(text_to_html(new + quoted)), "html", "UTF-8", "base64"))
add("026-form-mt-merge-wo-kakunin-zenkaku-ja.eml", "merge_confirmation_requested", C5, "ja", True,
    aws_mail(KAZU, w, FORM, subj, "jp", jp_host=NIFTY), body, new,
    expect_ids=["AWS02719054", "AWS05120447", "AWS05233981"])

# 027 machine-translated completion with a rating footer (the agent's news is the completion)
w = t("2024-11-25 17:30:09")
new = """親愛なる 鈴木 和子、

良いニュースです！あなたのアカウントのマージが完了しました。

今、あなたのすべての認定は AWS02719054 の下にあります。kazuko-suzuki@nifty.com を使用してサインインしてください。古いアカウントはもう使用できません。

Credlyのバッジについては、新しい電子メールアドレスに再発行されるまで最大で5営業日かかる場合があります。

他に質問がない場合、このケースは解決済みとしてマークされます。

""" + SIG_MT + """

------------------------------------------------------------
私たちのサービスはどうでしたか？ このやり取りを評価してください:
https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&caseId=%s
------------------------------------------------------------
""" % C5
subj = "RE:[CASE %s] " % C5 + ew("[AWS トレーニングと認定フォーム送信] - アカウント支援", "UTF-8", chunk=9)
add("027-form-mt-merge-kanryou-hyouka-footer-ja.eml", "merge_completed", C5, "ja", True,
    aws_mail(KAZU, w, FORM, subj, "jp", jp_host=NIFTY),
    part(new, charset="utf-8", cte="quoted-printable"), new, expect_ids=["AWS02719054"])

# 028 closure notice (template) that also mentions the merge is done -> survey
w = t("2024-11-28 17:31:40")
new = """鈴木 和子 様

AWS トレーニングと認定をご利用いただきありがとうございます。

お問い合わせ（ケース番号: %s）は、アカウント統合のお手続きが完了したため、本日をもってクローズいたしました。

サポートの品質向上のため、1 分ほどのアンケートにご協力ください。
■ 問題は解決しましたか？
  はい  https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&caseId=%s&q1=1
  いいえ https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&caseId=%s&q1=0

引き続きサポートが必要な場合は、14 日以内に本メールへご返信ください。ケースが再開されます。

AWS トレーニングと認定
""" % (C5, C5, C5)
subj = ew("【AWS トレーニングと認定】ケースクローズのお知らせとアンケートのお願い", "ISO-2022-JP", chunk=11) + " [CASE %s]" % C5
add("028-form-close-notice-merge-zumi-ja.eml", "survey", C5, "ja", True,
    aws_mail(KAZU, w, FORM, subj, "jp", jp_host=NIFTY),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])


# ---------------------------------------------------------------- C6 (form desk 2023, 11 digits, Yahoo! JAPAN, keigo; user never answers)
YAHOO = "mta1043.mail.kks.yahoo.co.jp"


def set_hdr(hdrs, name, value):
    return [(k, value if k == name else v) for k, v in hdrs]


def yahoo_mail(when, subj):
    h = aws_mail(YUKI, when, FORM, subj, "jp", jp_host=YAHOO)
    h = [(k, v) for k, v in h if k != "Received"]
    recv = plus(when, seconds=3)
    ip = [v for k, v in h if k == "X-SES-Outgoing"][0].split("-", 1)[1]
    rcv = ("Received", "from %s (%s)\n by %s with SMTP; %s"
           % (ses_host(ip), ip, YAHOO, rfc(recv, JST)))
    ar = ("Authentication-Results", "%s  from=amazonses.com; domainkeys=neutral (no sig);\n"
          " from=amazon.com; dkim=pass (ok); header.i=@amazon.com; dmarc=pass" % YAHOO)
    h = [x for x in h if x[0] != "Authentication-Results"]
    return [("X-Apparently-To", "%s; %s" % (YUKI, recv.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900"))),
            h[0], rcv, ar, ("Received-SPF", "pass (domain of amazonses.com designates %s as permitted sender)" % ip)] + h[1:]


SIG_KIMURA = """木村 直子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""

# 029 agent asks for the missing information (which account stays, login e-mails)
w = t("2023-08-21 10:12:36")
new = """中村 優希 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
カスタマーサポートの木村と申します。

受験者 ID AWS01188420 に関するアカウント統合のご依頼を承りました。
恐れ入りますが、お送りいただいたフォームの内容だけでは、統合の対象となる
もう一方のアカウントを特定することができませんでした。

お手数ですが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

　1. もう一方のアカウントのサインイン用メールアドレス
　2. それぞれのアカウントに登録されている通知先メールアドレス
　3. 統合後に残すことをご希望のアカウント

情報を確認でき次第、統合の内容をご案内いたします。
お手数をおかけいたしますが、よろしくお願い申し上げます。

""" + SIG_KIMURA + "\n"
add("029-form-tsuika-jouhou-onegai-ja.eml", "support_reply", C6, "ja", True,
    yahoo_mail(w, "RE:[CASE %s] %s" % (C6, FORM_SUBJ)),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=["AWS01188420"])

# 030 chaser, nothing new beyond a deadline; the id is only in the quoted history
w = t("2023-08-24 14:03:11")
new = """中村 優希 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

8 月 21 日にご案内いたしました件につきまして、その後いかがでしょうか。
先日お願いした情報をいただけましたら、すぐに確認を進めさせていただきます。

なお、2023 年 8 月 31 日までにご返信が確認できない場合は、誠に勝手ながら
本ケースをいったんクローズさせていただきますので、ご了承ください。
クローズ後も、本メールにご返信いただければケースは再開されます。

どうぞよろしくお願いいたします。

""" + SIG_KIMURA + "\n"
quoted = """
-----Original Message-----
From: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, August 21, 2023 1:12 AM
To: yuki_nakamura_0915@yahoo.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

中村 優希 様

受験者 ID AWS01188420 に関するアカウント統合のご依頼を承りました。
お手数ですが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。
　1. もう一方のアカウントのサインイン用メールアドレス
　2. それぞれのアカウントに登録されている通知先メールアドレス
　3. 統合後に残すことをご希望のアカウント
""" % C6
add("030-form-sonogo-ikaga-chaser-ja.eml", "support_reply", C6, "ja", True,
    yahoo_mail(w, "RE:[CASE %s] %s" % (C6, FORM_SUBJ)),
    part(new + quoted, charset="utf-8", cte="base64"), new, expect_ids=[])

# 031 closure because the user never answered + survey
w = t("2023-08-31 18:20:45")
new = """中村 優希 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。

先日よりご案内しておりましたケース %s につきまして、ご返信をいただけて
おりませんので、本日をもちましてクローズさせていただきました。
アカウントの統合をご希望の場合は、本メールにご返信いただくか、
新たにお問い合わせいただく際に上記のケース番号をご記載ください。

よろしければ、今回の対応についてアンケートへのご協力をお願いいたします。
https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?lang=JA&caseId=%s

""" % (C6, C6) + SIG_KIMURA + "\n"
add("031-form-henshin-nashi-close-ja.eml", "survey", C6, "ja", True,
    yahoo_mail(w, "RE:[CASE %s] %s" % (C6, FORM_SUBJ)),
    multi("alternative", part(new, charset="ISO-2022-JP", cte="7bit"),
          part(html_wrap(text_to_html(new)), "html", "utf-8", "quoted-printable")),
    new, expect_ids=[])

# ---------------------------------------------------------------- C7 (form desk 2025, 15 digits, Xserver-hosted company domain, English)
XSV = "sv14021.xserver.jp"
SIG_EM = """Kind regards,

Emily
AWS Training and Certification Support
Amazon Web Services"""

# 032 English acknowledgement, HTML only
w = plus(C7_OPEN, seconds=8)
new_html = """<div style="max-width:640px;margin:auto">
<p style="font-size:18px;font-weight:bold">We've received your request</p>
<p>Hi Daisuke,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request has been logged as case <b>%s</b>.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><td style="padding:4px 12px 4px 0;color:#687078">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#687078">Detail</td><td>Account Merge</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#687078">AWS candidate ID</td><td>AWS 06672013</td></tr>
</table>
<p>We aim to respond within 24 hours. You can reply to this email to add details to your case &ndash; please keep the case number in the subject.</p>
<p>Please don't open a new case for the same request, as that can delay our response.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div>""" % C7
new = re.sub(r"<[^>]+>", " ", new_html)
add("032-form-ack-html-only-en.eml", "case_created", C7, "en", True,
    aws_mail(DKOBA, w, FORM, "[CASE %s] %s" % (C7, FORM_SUBJ), "jp", jp_host=XSV),
    part(html_wrap(new_html, lang="en"), "html", "UTF-8", "quoted-printable"), new,
    expect_ids=["AWS06672013"])

# 033 native English consent request that avoids the obvious word
w = t("2025-09-17 13:26:02")
new = """Hi Daisuke,

Thanks for your patience while I looked into this.

I found two certification profiles registered to you:

  - AWS06672013 - d.kobayashi@kobayashi-sys.co.jp (created 2025)
  - AWS03450087 - daisuke.kobayashi@jp-cloudworks.com (created 2020; holds your
    SysOps Administrator and Security Specialty certifications)

Based on your note, I'd combine these so that AWS03450087 is the profile you keep,
with everything from AWS06672013 folded into it. Once that's done the AWS06672013
login stops working and can't be restored, so I want to be sure before I touch anything.

Could you reply and let me know that this is what you'd like? If you'd rather keep the
newer profile instead, just say so and I'll set it up the other way round.

""" + SIG_EM + "\n"
body = multi("alternative", part(new, charset="utf-8", cte="7bit"),
             part(html_wrap(text_to_html(new), lang="en"), "html", "utf-8", "quoted-printable"))
add("033-form-consolidate-please-confirm-en.eml", "merge_confirmation_requested", C7, "en", True,
    aws_mail(DKOBA, w, FORM, "RE: [CASE %s] %s" % (C7, FORM_SUBJ), "jp", jp_host=XSV), body, new,
    expect_ids=["AWS03450087", "AWS06672013"])

# 034 completion in paraphrase; Outlook-style history below
w = t("2025-09-19 08:54:37")
new = """Hi Daisuke,

Good news - all done. Your certification history now lives under a single profile,
AWS03450087. You can sign in with daisuke.kobayashi@jp-cloudworks.com as before, and
your 2025 exam result is showing there alongside the older certifications.

It can take a few days for Credly to catch up; if the new badge hasn't appeared by the
middle of next week, let me know on this thread.

""" + SIG_EM + "\n"
quoted = """
________________________________
From: Daisuke Kobayashi <d.kobayashi@kobayashi-sys.co.jp>
Sent: Wednesday, September 17, 2025 6:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Emily,
Yes, please keep AWS03450087 and fold AWS06672013 into it. Thank you!
Daisuke
""" % C7
add("034-form-single-profile-done-en.eml", "merge_completed", C7, "en", True,
    aws_mail(DKOBA, w, FORM, "RE: [CASE %s] %s" % (C7, FORM_SUBJ), "jp", jp_host=XSV),
    part(new + quoted, charset="utf-8", cte="quoted-printable"), new, expect_ids=["AWS03450087"])

# 035 follow-up question that is not about the merge itself (voucher benefit)
w = t("2025-09-22 11:40:19")
new = """Hi Daisuke,

Thanks for following up. On your question about the 50% discount voucher: the benefit
from your Security Specialty certification is still valid and now appears under
Benefits in your certification account. It expires on 14 March 2026. Vouchers can't be
split or transferred to a colleague, but you can use it for any AWS Certification exam,
including the Professional level.

If you have trouble applying it at checkout with Pearson VUE, send me a screenshot of
the error and I'll check.

""" + SIG_EM + "\n"
quoted = """
On Mon, Sep 22, 2025 at 9:12 AM Daisuke Kobayashi <d.kobayashi@kobayashi-sys.co.jp> wrote:
> Hi Emily, thanks for the quick merge. One more question: did my 50% voucher come
> across from the old profile? I don't see it on the dashboard.
"""
add("035-form-voucher-question-en.eml", "support_reply", C7, "en", True,
    aws_mail(DKOBA, w, FORM, "RE: [CASE %s] %s" % (C7, FORM_SUBJ), "jp", jp_host=XSV),
    part(new + quoted, charset="utf-8", cte="quoted-printable"), new, expect_ids=[])

# 036 survey, HTML only, English
w = t("2025-09-29 11:41:02")
new_html = """<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">
<h2 style="font-size:20px">How did we do?</h2>
<p>Your case <b>%s</b> was closed on September 29, 2025.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?caseId=%s&amp;resolved=1">YES</a> &nbsp; | &nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kTz9QwXcY0mN2e?caseId=%s&amp;resolved=0">NO</a></p>
<p>Please take a moment to rate Emily on how well your request was handled. It takes less than a minute.</p>
<p style="font-size:11px;color:#687078">If you still need help, reply to this message to reopen your case.<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>""" % (C7, C7, C7)
new = re.sub(r"<[^>]+>", " ", new_html)
add("036-form-how-did-we-do-html-en.eml", "survey", C7, "en", True,
    aws_mail(DKOBA, w, FORM, "[CASE %s] How did we do?" % C7, "jp", jp_host=XSV),
    part(html_wrap(new_html, lang="en"), "html", "UTF-8", "base64"), new, expect_ids=[])


# ---------------------------------------------------------------- generic (non-SES) sender plumbing
def verdict_text(provider, mailfrom, ip, dkims, spf="pass", dmarc=None):
    """dkims: [(domain, selector, result)], dmarc: (result, policy, header_from) or None."""
    mf_dom = mailfrom.split("@")[-1]
    if provider == "gmail":
        parts = []
        for d, s, r in dkims:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, d, s, ralnum(8)))
        if not dkims:
            parts.append("dkim=none")
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mailfrom, ip, mailfrom))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (spf, mailfrom, ip, mailfrom))
        if dmarc:
            r, pol, hf = dmarc
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                         % (r, pol, pol, "NONE" if r == "pass" else pol, hf))
        return "       " + ";\n       ".join(parts)
    if provider == "outlook":
        d, s, r = dkims[0] if dkims else (mf_dom, "", "none")
        r_d, pol, hf = dmarc if dmarc else ("none", "", mf_dom)
        return outlook_ar(ip, mf_dom, d, dkim=r, dmarc=r_d, from_domain=hf,
                          compauth="pass reason=100" if r_d == "pass" else "fail reason=000",
                          action="none" if r_d != "fail" else "quarantine")
    # japanese provider style
    parts = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom)]
    for d, s, r in dkims:
        parts.append("dkim=%s header.d=%s header.s=%s" % (r, d, s))
    if not dkims:
        parts.append("dkim=none")
    if dmarc:
        parts.append("dmarc=%s header.from=%s" % (dmarc[0], dmarc[2]))
    return ";\n\t".join(parts)


def ext_mail(provider, to, when, sender, subj, mailfrom, helo, ip, dkims, msgid, spf="pass", dmarc=None,
             extra=None, jp_host=None, no_ar=False, sign_domains=None, forged_lower_ar=None, date_tz=UTC):
    ar = verdict_text(provider, mailfrom, ip, dkims, spf, dmarc)
    if provider == "gmail":
        tr = gmail_trace(to, when, helo, ip, mailfrom, ar)
        if spf != "pass":
            tr = [(k, ("%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;"
                       % (spf, mailfrom, ip, ip)) if k == "Received-SPF" else v) for k, v in tr]
    elif provider == "outlook":
        tr = [("Return-Path", mailfrom)] + outlook_trace(to, when, helo, ip, mailfrom, ar)
    else:
        tr = [("Return-Path", "<%s>" % mailfrom)] + jp_trace(to, when, helo, ip, jp_host, ar)
        if no_ar:
            tr = [x for x in tr if x[0] != "Authentication-Results"]
    sigs = [("DKIM-Signature", dkim_sig(d, s, when)) for d, s in (sign_domains or [(d, s) for d, s, r in dkims])]
    if forged_lower_ar:
        sigs = [("Authentication-Results", forged_lower_ar)] + sigs
    own = [("Date", rfc(when, date_tz)), ("From", sender), ("To", to),
           ("Message-ID", msgid), ("Subject", subj)] + (extra or [])
    return tr + sigs + own


def credly_ids(to, when):
    sg = R.randint(1000000, 9999999)
    local = to.replace("@", "=")
    mailfrom = "bounces+%d-%s-%s@em8123.credly.com" % (sg, rhex(4), local)
    ip = "149.72.%d.%d" % (R.randint(120, 250), R.randint(2, 250))
    helo = "o%dx%d.outbound-mail.sendgrid.net" % (R.randint(1000000, 9999999), R.randint(100, 999))
    msgid = "<%s@geopod-ismtpd-%d>" % (ralnum(22), R.randint(1, 40))
    return mailfrom, ip, helo, msgid


CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
CREDLY_DKIM = [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")]
CREDLY_EXTRA = [("X-SG-EID", "u001." + rb64(60)), ("X-Entity-ID", "u001." + rb64(22) + "==")]


def credly_body(text, html_inner):
    return multi("alternative", part(text, charset="utf-8", cte="quoted-printable"),
                 part(html_wrap(html_inner, title="Credly", lang="en"), "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- C9 (form desk 2021, 11 digits, Sakura-hosted own domain, keigo)
SAKURA = "www3321.sakura.ne.jp"
SIG_OGAWA = """小川 健太
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""

# 037 keigo consent request; Japanese-style quote of the user's form
w = t("2021-10-12 15:33:08")
new = """石田 亮 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの小川でございます。

アカウント統合のご依頼につきまして、確認が取れましたのでご案内申し上げます。

　■ 統合元（統合後に閉鎖されるアカウント）
　　受験者 ID: AWS-00955102
　　メールアドレス: ishida@nishikaze-lab.ac.jp
　■ 統合先（統合後もご利用いただくアカウント）
　　受験者 ID: AWS-01744863
　　メールアドレス: ryo@ryo-lab.jp

統合元のアカウントで取得された認定および試験履歴は、すべて統合先に移行されます。
なお、一度統合したアカウントを元の状態に戻すことはできかねますので、
あらかじめご了承ください。

上記の内容にて統合を進めてもよろしいでしょうか。
差し支えなければ、本メールへのご返信にてご承諾の旨をお知らせくださいませ。

""" + SIG_OGAWA + "\n"
quoted = """
2021年10月11日(月) 21:47 石田 亮 <ryo@ryo-lab.jp>:
> 大学在籍時に作成した認定アカウントと、現在のアカウントを一つにまとめたいです。
> 現在のアカウント: AWS01744863
"""
body = multi("alternative", part(new + quoted, charset="ISO-2022-JP", cte="7bit"),
             part(html_wrap(text_to_html(new + quoted)), "html", "utf-8", "base64"))
add("037-form-keigo-tougou-goshoudaku-ja.eml", "merge_confirmation_requested", C9, "ja", True,
    aws_mail(RYO, w, FORM, "RE:[CASE %s] %s" % (C9, FORM_SUBJ), "jp", jp_host=SAKURA), body, new,
    expect_ids=["AWS00955102", "AWS01744863"])

# 038 reminder that restates the proposed merge and asks again for consent
w = t("2021-10-15 10:05:51")
new = """石田 亮 様

AWS トレーニングと認定 カスタマーサポートの小川でございます。

10 月 12 日にご案内いたしましたアカウント統合の件、ご確認いただけましたでしょうか。
念のため、統合の内容を再度お送りいたします。

　統合元: AWS-00955102 → 統合先: AWS-01744863（こちらを継続してご利用）

こちらの内容で問題がなければ、本メールにご返信いただけますと幸いです。
ご承諾のご返信をいただくまで、統合作業は行いませんのでご安心ください。

""" + SIG_OGAWA + "\n"
add("038-form-saido-kakunin-remind-ja.eml", "merge_confirmation_requested", C9, "ja", True,
    aws_mail(RYO, w, FORM, "RE:[CASE %s] %s" % (C9, FORM_SUBJ), "jp", jp_host=SAKURA),
    part(new, charset="utf-8", cte="quoted-printable"), new, expect_ids=["AWS00955102", "AWS01744863"])

# 039 keigo completion, HTML only, utf-8 base64
w = t("2021-10-19 17:12:26")
new_html = """<p>石田 亮 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小川でございます。<br>
ご承諾のご連絡をいただき、ありがとうございました。</p>
<p>ご依頼のアカウント統合につきまして、本日すべての作業を終えましたことをご報告いたします。<br>
今後は受験者 ID <b>AWS01744863</b>（ryo@ryo-lab.jp）にて CertMetrics へサインインいただけます。<br>
大学在籍時に取得された認定も、同アカウントの認定一覧に表示されております。</p>
<p>ご不明な点がございましたら、本メールにご返信くださいませ。<br>
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。</p>
<p>小川 健太<br>AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services</p>
<hr>
<div style="color:#5f6b7a">
<p>2021年10月16日(土) 9:20 石田 亮 &lt;ryo@ryo-lab.jp&gt;:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
ご連絡ありがとうございます。AWS-00955102 を AWS-01744863 に統合してください。<br>よろしくお願いいたします。
</blockquote></div>"""
new = re.sub(r"<[^>]+>", " ", new_html.split("<hr>")[0])
add("039-form-keigo-sagyou-shuuryou-html-ja.eml", "merge_completed", C9, "ja", True,
    aws_mail(RYO, w, FORM, "RE:[CASE %s] %s" % (C9, FORM_SUBJ), "jp", jp_host=SAKURA),
    part(html_wrap(new_html), "html", "utf-8", "base64"), new, expect_ids=["AWS01744863"])

# 040 reply about Credly badges (support_reply; no badge issued by this mail)
w = t("2021-10-22 11:48:13")
new = """石田 亮 様

AWS トレーニングと認定 カスタマーサポートの小川でございます。
Credly のバッジについてのお問い合わせ、ありがとうございます。

確認いたしましたところ、統合前のアカウントで発行されたバッジは、Credly 上では
ishida@nishikaze-lab.ac.jp 宛ての Credly アカウントに残っております。
Credly 側のアカウントの統合は弊社からは行えないため、お手数ですが Credly の
サポートページよりアカウントの統合をご依頼いただくか、Credly のアカウント設定で
上記メールアドレスを現在のアカウントに追加していただけますでしょうか。

なお、認定自体は AWS01744863 に正しく登録されておりますので、ご安心ください。

""" + SIG_OGAWA + "\n"
add("040-form-credly-ni-tsuite-ja.eml", "support_reply", C9, "ja", True,
    aws_mail(RYO, w, FORM, "RE:[CASE %s] %s" % (C9, FORM_SUBJ), "jp", jp_host=SAKURA),
    part(new, charset="Shift_JIS", cte="base64", codec="cp932"), new, expect_ids=["AWS01744863"])


# ---------------------------------------------------------------- Credly
def credly_go():
    return "https://www.credly.com/go/%s" % ralnum(22)


# 041 standard "new badge" after C1's merge (Gmail)
w = t("2025-06-02 03:17:44")
mf, ip, helo, mid = credly_ids(TARO, w)
link = credly_go()
text = """Amazon Web Services Training and Certification sent you a new badge

Hi Taro,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: %s

Claim it, share it with your network and let employers verify your skills.
This badge was issued to taro.yamada.aws@gmail.com.

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
Unsubscribe from badge notifications: https://www.credly.com/notification_settings
""" % link
html = """<div style="max-width:560px;margin:auto;text-align:center;font-family:Helvetica,Arial,sans-serif">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate">
<h1 style="font-size:22px">Hi Taro,</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">This badge was issued to taro.yamada.aws@gmail.com.<br>Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</div>""" % link
add("041-credly-new-badge-en.eml", "credly_badge_issued", None, "en", True,
    ext_mail("gmail", TARO, w, CREDLY_FROM, "Amazon Web Services Training and Certification sent you a new badge",
             mf, helo, ip, CREDLY_DKIM, mid, dmarc=("pass", "REJECT", "credly.com"), extra=CREDLY_EXTRA),
    credly_body(text, html), text, expect_ids=[])

# 042 badges re-issued to the surviving account after C2's merge (Outlook)
w = t("2025-03-17 21:05:12")
mf, ip, helo, mid = credly_ids(MIKA, w)
link = credly_go()
text = """Your badges have moved

Hi Mika,

Following an update to your AWS Certification account, Amazon Web Services Training and
Certification has transferred 2 badges to this email address (mika.tanaka0412@outlook.jp):

  * AWS Certified Cloud Practitioner
  * AWS Certified Developer - Associate

Accept your badges to add them to your Credly profile: %s

If you already accepted these badges under another email address, they will appear in
your wallet once you add that address to your Credly account.

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
""" % link
html = """<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">Your badges have moved</h1>
<p>Hi Mika,</p>
<p>Following an update to your AWS Certification account, Amazon Web Services Training and Certification has transferred 2 badges to this email address (mika.tanaka0412@outlook.jp):</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer - Associate</li></ul>
<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#777">Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240</p>
</div>""" % link
add("042-credly-badges-moved-after-merge-en.eml", "credly_badge_issued", None, "en", True,
    ext_mail("outlook", MIKA, w, CREDLY_FROM, "Your AWS Certification badges are ready to accept",
             mf, helo, ip, CREDLY_DKIM, mid, dmarc=("pass", "REJECT", "credly.com"), extra=CREDLY_EXTRA),
    credly_body(text, html), text, expect_ids=[])

# 043 Credly with Japanese localisation (@nifty)
w = t("2024-11-29 09:41:05")
mf, ip, helo, mid = credly_ids(KAZU, w)
link = credly_go()
text = """鈴木 和子 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取る: %s

バッジを受け取ると、LinkedIn などで共有したり、スキルの証明として提示したりできます。
このバッジは kazuko-suzuki@nifty.com 宛てに発行されています。

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
通知の設定を変更: https://www.credly.com/notification_settings
""" % link
html = """<div style="max-width:560px;margin:auto;text-align:center;font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>鈴木 和子 さん</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このバッジは kazuko-suzuki@nifty.com 宛てに発行されています。</p>
</div>""" % link
subj = ew("Amazon Web Services Training and Certification から新しいバッジが届きました", "UTF-8", chunk=16)
body = multi("alternative", part(text, charset="UTF-8", cte="base64"),
             part(html_wrap(html, title="Credly"), "html", "UTF-8", "base64"))
add("043-credly-atarashii-badge-ja.eml", "credly_badge_issued", None, "ja", True,
    ext_mail("jp", KAZU, w, CREDLY_FROM, subj, mf, helo, ip, CREDLY_DKIM, mid,
             dmarc=("pass", "REJECT", "credly.com"), jp_host=NIFTY, extra=CREDLY_EXTRA),
    body, text, expect_ids=[])

# 044 Acclaim era (2019), Gmail
w = t("2019-11-13 07:22:18")
mf = "bounces+%d-%s-kenji.watanabe.dev=gmail.com@em.youracclaim.com" % (R.randint(1000000, 9999999), rhex(4))
ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
helo = "o%d.outbound-mail.sendgrid.net" % R.randint(1, 9)
link = "https://www.youracclaim.com/earner/earned/badge/%s" % uuidish()
text = """Congratulations, Kenji!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Developer - Associate

Accept Badge: %s

Acclaim, Powered by Credly
""" % link
html = """<table width="600" align="center"><tr><td style="text-align:center;font-family:Arial">
<h2>Congratulations, Kenji!</h2><p>You've earned a badge from Amazon Web Services Training and Certification:</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="%s" style="background:#0077b5;color:#fff;padding:10px 24px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px">Acclaim, Powered by Credly</p></td></tr></table>""" % link
add("044-acclaim-badge-2019-en.eml", "credly_badge_issued", None, "en", True,
    ext_mail("gmail", KENJI, w, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
             "You've earned a badge from Amazon Web Services Training and Certification",
             mf, helo, ip, [("youracclaim.com", "s1", "pass")], "<%s@ismtpd0004p1iad2.sendgrid.net>" % ralnum(22),
             dmarc=("pass", "NONE", "youracclaim.com")),
    credly_body(text, html), text, expect_ids=[])

# 045 Japanese Credly look-alike (phishing, about badges after merge)
w = t("2021-10-20 19:02:33")
mf = "info@credly-badge-center.jp"
ip = "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
text = """石田 亮 様

AWS 認定アカウントの統合に伴い、お客様のデジタルバッジが新しいアカウントへ発行されました。
下記のリンクから 48 時間以内にバッジを受け取ってください。期限を過ぎるとバッジは無効になります。

▼バッジを受け取る
http://credly-badge-center.jp/accept?id=%s&mail=ryo%%40ryo-lab.jp

※受け取りの際には Credly のパスワードによる本人確認が必要です。

Credly バッジセンター
""" % rhex(16)
subj = ew("【Credly】新しいバッジが発行されました（AWS 認定）", "UTF-8", chunk=12)
add("045-credly-lookalike-badge-ja.eml", "credly_badge_issued", None, "ja", False,
    ext_mail("jp", RYO, w, ew("Credly バッジセンター", "UTF-8") + " <info@credly-badge-center.jp>", subj, mf,
             "mail.credly-badge-center.jp", ip, [], "<%s@mail.credly-badge-center.jp>" % ralnum(18),
             spf="softfail", jp_host=SAKURA, date_tz=JST),
    part(text, charset="UTF-8", cte="base64"), text, expect_ids=[])

# 046 genuine Credly mail through a server that adds no Authentication-Results
w = t("2022-06-18 02:10:51")
mf, ip, helo, mid = credly_ids(HIRO, w)
link = credly_go()
text = """Hi Hiroshi,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: %s

This badge was issued to h-ito@kzf.biglobe.ne.jp.
Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
""" % link
html = text_to_html(text).replace(link, '<a href="%s">Accept your badge</a>' % link)
add("046-credly-badge-no-authres-en.eml", "credly_badge_issued", None, "en", None,
    ext_mail("jp", HIRO, w, CREDLY_FROM, "Amazon Web Services Training and Certification sent you a new badge",
             mf, helo, ip, CREDLY_DKIM, mid, dmarc=("pass", "REJECT", "credly.com"),
             jp_host="mta-b11.biglobe.ne.jp", no_ar=True, extra=CREDLY_EXTRA),
    credly_body(text, html), text, expect_ids=[])


# ---------------------------------------------------------------- unrelated mail
# 047 another AWS console case of the same user: billing (Japanese), 15 digits
B_OPEN = t("2025-07-03 13:08:22")
CB = case15(B_OPEN, "00912")
w = t("2025-07-04 10:21:37")
new = """山田 太郎 様

Amazon Web Services 請求サポートの井上でございます。
お問い合わせいただいた 2025 年 6 月分のご請求について確認いたしました。

AWS アカウント 482133901175 において、6 月 12 日から 6 月 30 日まで
東京リージョン (ap-northeast-1) で NAT ゲートウェイが稼働しており、
その時間料金およびデータ処理料金が発生しておりました。

今回は初めてのご請求であることを考慮し、例外として該当料金 USD 38.42 を
クレジットとして付与いたしました。反映まで最大 24 時間ほどかかります。
今後同様の料金を防ぐため、AWS Budgets によるアラートの設定をお勧めいたします。

ほかにご不明な点がございましたら、サポートセンターからご返信ください。

井上
Amazon Web Services
""" + console_footer_ja(CB)
subj = "RE:[CASE %s] " % CB + ew("6月分の請求額について確認したい", "UTF-8", chunk=10)
add("047-console-billing-case-ja.eml", "unrelated", CB, "ja", True,
    aws_mail(TARO, w, CONSOLE, subj, "gmail"),
    multi("alternative", part(new, charset="UTF-8", cte="base64"),
          part(html_wrap(text_to_html(new)), "html", "UTF-8", "base64")), new, expect_ids=[])

# 048 service quota case that "merged" a duplicate request (English, 11 digits)
CQ = "12877410236"
w = t("2024-02-06 16:44:08")
new = """Hello,

Thank you for contacting AWS Support.

I noticed you also opened case 12877410598 for the same quota, so I've merged that request
into this one and closed the duplicate - no action needed on your side.

Good news: your request to increase "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z)
instances" in Asia Pacific (Tokyo) from 64 to 256 vCPUs has been approved. The new limit is
effective now; it can take up to 30 minutes to show in the Service Quotas console.

Best regards,

Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting the
stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
"""
add("048-console-quota-increase-en.eml", "unrelated", CQ, "en", True,
    aws_mail(DKOBA, w, CONSOLE, "RE:[CASE %s] Limit Increase: EC2 Instances" % CQ, "jp", jp_host=XSV),
    part(new, charset="UTF-8", cte="quoted-printable"), new, expect_ids=[])

# 049 Amazon Seller Central (JP) case about merging seller accounts - not AWS Certification
CS = "7312049856"
w = t("2023-09-05 12:30:19")
ip = "52.95.%d.%d" % (R.randint(40, 60), R.randint(2, 250))
new = """Amazon出品サービスをご利用いただき、ありがとうございます。
テクニカルサポートの吉田でございます。

お問い合わせいただいた、2 つの出品用アカウントを 1 つにまとめたいとのご要望について
回答いたします。
恐れ入りますが、セラーセントラルでは出品用アカウント同士の統合（一本化）は行って
おりません。不要となったアカウントにつきましては、在庫の引き上げと残高の精算を
行っていただいた後、アカウントの解約をご申請ください。

手順の詳細は、セラーセントラルヘルプの「出品用アカウントの解約」をご覧ください。
このメールに返信することで、本ケースに追加のご質問をお送りいただけます。

Amazon.co.jp テクニカルサポート
セラーセントラル: https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s
""" % CS
h = ext_mail("jp", YUKI, w, '"Amazon.co.jp" <seller-notification@amazon.co.jp>',
             "RE:[CASE %s] " % CS + ew("出品用アカウントの統合について", "ISO-2022-JP", chunk=8),
             "%s@eu-west-1.amazonses.com" % ses_id(w), "e%d-%d.smtp-out.eu-west-1.amazonses.com"
             % (R.randint(200, 250), R.randint(1, 250)), ip,
             [("amazon.co.jp", "4vu52dwzckjvdm2ayp3ssmdxsmzkuo4u", "pass")], "<%s@eu-west-1.amazonses.com>" % ses_id(w),
             dmarc=("pass", "QUARANTINE", "amazon.co.jp"), jp_host=YAHOO, date_tz=UTC)
h = [(k, ("%s  from=amazonses.com; domainkeys=neutral (no sig);\n from=amazon.co.jp; dkim=pass (ok); "
          "header.i=@amazon.co.jp; dmarc=pass" % YAHOO) if k == "Authentication-Results" else v) for k, v in h]
add("049-seller-central-case-ja.eml", "unrelated", CS, "ja", True, h,
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])

# 050 CertMetrics "wants to hear from you" (candidate id in the text)
w = t("2025-04-02 14:00:31")
ip = "198.21.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
new = """AWS Certification wants to hear from you

Dear Mika Tanaka,

Candidate ID: AWS03311708

You recently earned an AWS Certification. Please take 5 minutes to tell us about your
exam experience and how you prepared. Your answers help us improve AWS Certification.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this email.
""" % rhex(20)
add("050-certmetrics-hear-from-you-en.eml", "unrelated", None, "en", False,
    ext_mail("outlook", MIKA, w, '"AWS Certification" <do-not-reply@certmetrics.com>',
             "AWS Certification wants to hear from you", "bounce@mail.certmetrics.com",
             "mail%d.certmetrics.com" % R.randint(1, 4), ip, [("certmetrics.com", "k1", "pass")],
             "<%s@certmetrics.com>" % uuidish(), dmarc=("pass", "", "certmetrics.com")),
    multi("alternative", part(new, charset="utf-8", cte="7bit"),
          part(html_wrap(text_to_html(new), title="CertMetrics", lang="en"), "html", "utf-8", "quoted-printable")),
    new, expect_ids=["AWS03311708"])

# 051 Pearson VUE appointment confirmation (Japanese)
w = t("2024-12-10 21:15:47")
ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(2, 250))
new = """鈴木 和子 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Associate (SAA-C03)
受験日時: 2025年1月18日(土) 10:00 JST
受験方法: OnVUE オンライン監督試験
受験者 ID: AWS02719054
登録 ID: 487213690
試験言語: 日本語

受験の 30 分前から OnVUE にチェックインできます。本人確認書類をご用意ください。
予約の変更・キャンセルは、受験日の 24 時間前までに Pearson VUE のウェブサイトから
行ってください。

Pearson VUE
"""
subj = ew("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect", "ISO-2022-JP", chunk=10)
add("051-pearson-vue-yoyaku-ja.eml", "unrelated", None, "ja", False,
    ext_mail("jp", KAZU, w, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', subj,
             "bounce-%s@pearson.com" % rhex(8), "mx%d.pearson.com" % R.randint(1, 9), ip,
             [("pearson.com", "selector1", "pass")], "<%s@pearson.com>" % uuidish(),
             dmarc=("pass", "REJECT", "pearson.com"), jp_host=NIFTY),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=["AWS02719054"])

# 052 AWS Builder ID verification code (genuine AWS sender, not the merge)
w = t("2025-06-05 08:03:12")
ip = ses_ip()
sid = ses_id(w)
new = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use this verification code to confirm your
email address:

Verification code: 482913

This code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can
ignore this email.

Amazon Web Services
"""
ar = verdict_text("gmail", "%s@us-east-1.amazonses.com" % sid, ip,
                  [("signin.aws", "ufsxmufxjm4zwq7ctvswgyvhdllpxvc5", "pass"),
                   ("amazonses.com", SES_SEL, "pass")], dmarc=("pass", "REJECT", "signin.aws"))
h = gmail_trace(TARO, w, ses_host(ip), ip, "%s@us-east-1.amazonses.com" % sid, ar)
h += [("DKIM-Signature", dkim_sig("signin.aws", "ufsxmufxjm4zwq7ctvswgyvhdllpxvc5", w)),
      ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, w)),
      ("Date", rfc(w)), ("From", '"AWS" <no-reply@signin.aws>'), ("To", TARO),
      ("Message-ID", "<%s@email.amazonses.com>" % sid), ("Subject", "Verify your AWS Builder ID email address"),
      ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43))]
add("052-builder-id-verification-code-en.eml", "unrelated", None, "en", True, h,
    multi("alternative", part(new, charset="UTF-8", cte="quoted-printable"),
          part(html_wrap(text_to_html(new), lang="en"), "html", "UTF-8", "quoted-printable")),
    new, expect_ids=[])

# 053 GitHub "merged" notification that even mentions candidate ids
w = t("2025-09-20 10:12:55")
ip = "192.30.252.%d" % R.randint(192, 210)
new = """Merged #42 into main.

認定アカウント統合後の受験者 ID に更新 (AWS06672013 -> AWS03450087)
社内スキル台帳の同期スクリプトが旧 ID を参照していたので修正しました。

--
Reply to this email directly, view it on GitHub:
https://github.com/kobayashi-sys/skill-ledger/pull/42#event-%d
You are receiving this because you authored the thread.

Message ID: <kobayashi-sys/skill-ledger/pull/42/issue_event/%d@github.com>
""" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 10, 10 ** 11))
full = new
gh = ext_mail("jp", DKOBA, w, '"Daisuke Kobayashi" <notifications@github.com>',
              "Re: [kobayashi-sys/skill-ledger] " + ew("統合後の受験者 ID に更新", "UTF-8", chunk=10) + " (PR #42)",
              "noreply@github.com", "out-%d.smtp.github.com" % R.randint(20, 28), ip,
              [("github.com", "pf2023", "pass")],
              "<kobayashi-sys/skill-ledger/pull/42/issue_event/%d@github.com>" % R.randint(10 ** 10, 10 ** 11),
              dmarc=("pass", "REJECT", "github.com"), jp_host=XSV,
              extra=[("Reply-To", "kobayashi-sys/skill-ledger <reply+%s@reply.github.com>" % rhex(40).upper()),
                     ("List-ID", "kobayashi-sys/skill-ledger <skill-ledger.kobayashi-sys.github.com>"),
                     ("X-GitHub-Reason", "author")])
add("053-github-pr-merged-ja.eml", "unrelated", None, "ja", False, gh,
    multi("alternative", part(full, charset="UTF-8", cte="quoted-printable"),
          part(html_wrap(text_to_html(full), title="GitHub"), "html", "UTF-8", "quoted-printable")),
    full, expect_ids=["AWS03450087", "AWS06672013"])


# 054 Credly's own self-service account merge (code + link) - not the AWS merge
w = t("2021-10-23 08:31:02")
mf, ip, helo, mid = credly_ids(RYO, w)
new = """Confirm your account merge

Hi Ryo,

We received a request to merge the Credly account registered to ishida@nishikaze-lab.ac.jp
into your account ryo@ryo-lab.jp.

Your verification code is: 583920

Or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

The code expires in 24 hours. If you did not request this, you can ignore this email and
no changes will be made.

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
""" % ralnum(32)
add("054-credly-self-service-account-merge-code-en.eml", "unrelated", None, "en", True,
    ext_mail("jp", RYO, w, '"Credly" <admin@credly.com>', "Complete your Credly account merge", mf, helo, ip,
             CREDLY_DKIM, mid, dmarc=("pass", "REJECT", "credly.com"), jp_host=SAKURA, extra=CREDLY_EXTRA),
    credly_body(new, text_to_html(new)), new, expect_ids=[])

# 055 Credly badge-expiry reminder, Japanese localisation
w = t("2022-10-14 06:00:09")
mf, ip, helo, mid = credly_ids(KENJI, w)
new = """渡辺 健二 さん

お持ちのバッジ「AWS Certified Developer - Associate」の有効期限が 2022年11月12日 に切れます。

有効期限が切れる前に再認定を行うと、新しいバッジが発行されます。
再認定の方法については、Amazon Web Services Training and Certification のページをご確認ください。

バッジを表示: https://www.credly.com/go/%s

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
通知の設定を変更: https://www.credly.com/notification_settings
""" % ralnum(22)
subj = ew("バッジの有効期限が近づいています: AWS Certified Developer - Associate", "UTF-8", chunk=14)
add("055-credly-kigen-gire-reminder-ja.eml", "unrelated", None, "ja", True,
    ext_mail("gmail", KENJI, w, CREDLY_FROM, subj, mf, helo, ip, CREDLY_DKIM, mid,
             dmarc=("pass", "REJECT", "credly.com"), extra=CREDLY_EXTRA),
    multi("alternative", part(new, charset="UTF-8", cte="base64"),
          part(html_wrap(text_to_html(new), title="Credly"), "html", "UTF-8", "base64")), new, expect_ids=[])

# 056 Japanese phishing that is not about the merge (Amazon.co.jp payment), Yahoo! JAPAN
w = t("2023-09-12 03:48:26")
ip = "45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
new = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、
アカウントを一時的に停止しております。
24 時間以内に以下のリンクからお支払い情報を更新しない場合、アカウントは
永久に利用できなくなります。

　▼お支払い情報を更新する
　https://amazon-co-jp.account-update-center.com/ap/signin?ref=%s

ご不便をおかけして申し訳ございません。

Amazon.co.jp カスタマーサービス
""" % rhex(12)
h = ext_mail("jp", YUKI, w, ew("Amazon.co.jp", "UTF-8") + " <account-update@amazon-co-jp.account-update-center.com>",
             ew("【重要】Amazonアカウントの一時停止のお知らせ", "ISO-2022-JP", chunk=8),
             "bounce@account-update-center.com", "mail.account-update-center.com", ip, [],
             "<%s@account-update-center.com>" % ralnum(16), spf="none", jp_host=YAHOO, date_tz=JST)
h = [(k, ("%s  from=account-update-center.com; domainkeys=neutral (no sig);\n from=amazon-co-jp.account-update-center.com;"
          " dkim=neutral (no sig); dmarc=none" % YAHOO) if k == "Authentication-Results" else v) for k, v in h]
add("056-phishing-amazon-shiharai-ja.eml", "unrelated", None, "ja", False, h,
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])

# ---------------------------------------------------------------- phishing about the merge (content kind, not verified)
# 057 fake "case received" from a look-alike domain (its own DMARC passes), Gmail
PH1 = "174830902100448"
w = t("2025-05-27 10:31:07")
ip = "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
new = """山田 太郎 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: %s
お問い合わせ内容: 認定アカウントの統合

アカウント統合のお手続きを開始するには、ご本人確認が必要です。
72 時間以内に以下のページから AWS アカウントにサインインし、本人確認を完了してください。
期限内に確認が取れない場合、お問い合わせは自動的に取り消されます。

https://aws-certification-support.jp/verify?case=%s

AWS トレーニングと認定 サポートセンター
""" % (PH1, PH1)
subj = ew("【AWS】お問い合わせを受け付けました（本人確認のお願い）", "UTF-8", chunk=12)
add("057-lookalike-uketsuke-honnin-kakunin-ja.eml", "case_created", PH1, "ja", False,
    ext_mail("gmail", TARO, w, ew("AWS トレーニングと認定", "UTF-8") + " <support@aws-certification-support.jp>", subj,
             "bounce@aws-certification-support.jp", "mail.aws-certification-support.jp", ip,
             [("aws-certification-support.jp", "default", "pass")], "<%s@aws-certification-support.jp>" % ralnum(20),
             dmarc=("pass", "NONE", "aws-certification-support.jp"), date_tz=JST),
    multi("alternative", part(new, charset="UTF-8", cte="base64"),
          part(html_wrap(text_to_html(new)), "html", "UTF-8", "base64")), new, expect_ids=[])

# 058 look-alike consent request, Outlook (look-alike domain passes its own checks)
PH2 = "174160521300127"
w = t("2025-03-11 09:02:44")
ip = "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
new = """田中 美香 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様からご依頼いただいたアカウント統合について、以下の内容で処理を予定しております。

　統合元: AWS04820391
　統合先: AWS04820377

内容に相違がなければ、下記ボタンより AWS マネジメントコンソールにサインインし、
「統合を承認する」を選択してください。48 時間以内にご承認いただけない場合、
両方のアカウントが一時的にロックされます。

　[統合を承認する] https://console-aws-training.jp/merge/approve?case=%s

AWS トレーニングと認定 カスタマーサポート
""" % PH2
subj = "RE:[CASE %s] " % PH2 + ew("認定アカウント統合のご確認", "UTF-8", chunk=8)
add("058-lookalike-tougou-shounin-ja.eml", "merge_confirmation_requested", PH2, "ja", False,
    ext_mail("outlook", MIKA, w, ew("AWS トレーニングと認定", "UTF-8") + " <no-reply@aws-trainingcertification.jp>", subj,
             "bounce@aws-trainingcertification.jp", "mx1.aws-trainingcertification.jp", ip,
             [("aws-trainingcertification.jp", "s1", "pass")], "<%s@aws-trainingcertification.jp>" % uuidish(),
             dmarc=("pass", "", "aws-trainingcertification.jp")),
    part(new, charset="UTF-8", cte="quoted-printable"), new, expect_ids=["AWS04820377", "AWS04820391"])

# 059 spoofed amazon.com From, provider says dmarc=fail; a forged "pass" AR sits lower down
PH3 = "173196012400815"
w = t("2024-11-19 18:40:02")
ip = "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
new = """親愛なる 鈴木 和子、

AWS トレーニングと認定にご連絡いただきありがとうございます。

あなたのアカウント AWS05590218 を AWS05590302 にマージするための準備ができました。
マージを確認するには、以下のリンクからあなたの AWS 認定アカウントにサインインし、確認ボタンをクリックしてください。

https://aws-cert-merge.help/confirm?ref=%s

24時間以内に確認しない場合、あなたのリクエストはキャンセルされます。

よろしくお願いします、
AWS トレーニングと認定
""" % rhex(10)
forged = ("amazon.com;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tspf=pass smtp.mailfrom=amazon.com;\n"
          "\tdmarc=pass header.from=amazon.com" % AMZ_SEL)
subj = "RE:[CASE %s] " % PH3 + ew("[AWS トレーニングと認定フォーム送信] - アカウント支援", "UTF-8", chunk=9)
add("059-spoof-dmarc-fail-merge-kakunin-ja.eml", "merge_confirmation_requested", PH3, "ja", False,
    ext_mail("jp", KAZU, w, FORM, subj, "root@vps-%d.mailer-jp.xyz" % R.randint(100, 999),
             "vps-%d.mailer-jp.xyz" % R.randint(100, 999), ip, [], "<%s@amazon.com>" % ralnum(24),
             spf="fail", dmarc=("fail", "QUARANTINE", "amazon.com"), jp_host=NIFTY, forged_lower_ar=forged,
             date_tz=JST),
    part(new, charset="UTF-8", cte="base64"), new, expect_ids=["AWS05590218", "AWS05590302"])

# 060 look-alike "merge completed, sign in to keep your voucher", Gmail
w = t("2019-11-12 21:17:40")
ip = "5.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(2, 250))
new = """渡辺 健二 様

AWS 認定アカウントの統合が完了しました。

統合後のアカウントでは、以前のアカウントの認定と特典（試験 50% 割引バウチャー）が
引き継がれています。特典を有効化するため、24 時間以内に以下よりサインインし、
ご登録のお支払い情報を確認してください。確認されない場合、バウチャーは失効します。

https://amazon-awscert.com/benefits/activate?u=kenji.watanabe.dev

AWS Training and Certification
"""
subj = ew("【AWS認定】アカウント統合完了のお知らせ", "ISO-2022-JP", chunk=9)
add("060-lookalike-tougou-kanryou-voucher-ja.eml", "merge_completed", None, "ja", False,
    ext_mail("gmail", KENJI, w, '"AWS Certification" <aws-certification@amazon-awscert.com>', subj,
             "bounce@amazon-awscert.com", "smtp.amazon-awscert.com", ip,
             [("amazon-awscert.com", "mail", "pass")], "<%s@amazon-awscert.com>" % ralnum(20),
             dmarc=("pass", "NONE", "amazon-awscert.com"), date_tz=JST),
    part(new, charset="ISO-2022-JP", cte="7bit"), new, expect_ids=[])


# ---------------------------------------------------------------- sanity check
def _decode_part(p):
    raw = p.get_payload(decode=True) or b""
    cs = (p.get_content_charset() or "us-ascii").lower()
    for c in (cs, "cp932" if cs in ("shift_jis", "iso-2022-jp") else None, "utf-8", "cp932"):
        if not c:
            continue
        try:
            return raw.decode(c), c != cs
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", "replace"), True


def check():
    import email
    from email.header import decode_header, make_header
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert sorted(LABELS) == files, "labels/file mismatch"
    problems = 0
    for f in files:
        data = open(os.path.join(OUT, f), "rb").read()
        m = email.message_from_bytes(data)
        subj = str(make_header(decode_header(m["Subject"])))
        texts, fell_back = [subj], []
        for p in m.walk():
            if p.get_content_maintype() == "text":
                s, fb = _decode_part(p)
                texts.append(s)
                if fb:
                    fell_back.append(p.get_content_charset())
        blob = unicodedata.normalize("NFKC", "\n".join(texts))
        lab = LABELS[f]
        for i in lab["account_ids"]:
            if not re.search(r"(?i)aws[ \-]?%s(?!\d)" % i[3:], blob):
                print("MISSING id", f, i); problems += 1
        if lab["case_id"] and lab["case_id"] not in blob:
            print("MISSING case", f, lab["case_id"]); problems += 1
        if lab["case_id"] and len(lab["case_id"]) == 15:
            opened = int(lab["case_id"][:10])
            sent = email.utils.parsedate_to_datetime(m["Date"]).timestamp()
            if not (opened <= sent):
                print("CASE AFTER DATE", f); problems += 1
        ars = m.get_all("Authentication-Results") or []
        if (lab["sender_verified"] is None) != (not ars):
            print("AR/null mismatch", f); problems += 1
        if fell_back:
            print("note: %s needed charset fallback for %s" % (f, fell_back))
    print("checked %d files, %d problems" % (len(files), problems))
    return problems


import collections  # noqa: E402


# ==== MAILS-END ====
write_labels()
print("wrote %d mails" % len(LABELS))
print(dict(collections.Counter(v["kind"] for v in LABELS.values())))
print(dict(collections.Counter(v["language"] for v in LABELS.values())))
sys.exit(1 if check() else 0)
