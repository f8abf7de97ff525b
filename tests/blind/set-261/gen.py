#!/usr/bin/env python3
"""Generate blind set 261: Japanese-desk AWS Certification account-merge mailbox."""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import unicodedata
import uuid
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email import utils

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(261)
LABELS = {}
Q = "<<<Q>>>"  # marker: text before it is the NEW part, after it quoted history

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")


# ---------------------------------------------------------------- utilities
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n * 3 // 4 + 3))).decode()
    return s[:n]


def alnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def jst(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)


def unix(t):
    return int(t.timestamp())


def case15(t, tail):
    return "%d%05d" % (unix(t), tail)


def us_dst(t):
    """Is US daylight time in effect at datetime t (aware)?"""
    y = t.year
    mar1 = dt.date(y, 3, 1)
    second_sun = mar1 + dt.timedelta(days=(6 - mar1.weekday()) % 7 + 7)
    nov1 = dt.date(y, 11, 1)
    first_sun = nov1 + dt.timedelta(days=(6 - nov1.weekday()) % 7)
    start = dt.datetime(y, 3, second_sun.day, 10, 0, tzinfo=UTC)  # 2am PST
    end = dt.datetime(y, 11, first_sun.day, 9, 0, tzinfo=UTC)  # 2am PDT
    return start <= t.astimezone(UTC) < end


def fmt_pt(t):
    if us_dst(t):
        tz = dt.timezone(dt.timedelta(hours=-7))
        return utils.format_datetime(t.astimezone(tz)) + " (PDT)"
    tz = dt.timezone(dt.timedelta(hours=-8))
    return utils.format_datetime(t.astimezone(tz)) + " (PST)"


def fmt_utc(t):
    return utils.format_datetime(t.astimezone(UTC)).replace("-0000", "+0000")


def fmt_jst(t):
    return utils.format_datetime(t.astimezone(JST))


def fmt_jst_c(t):
    return fmt_jst(t) + " (JST)"


WD_JA = "月火水木金土日"


def ja_date(t, sec=False):
    t = t.astimezone(JST)
    s = "%d年%d月%d日(%s) %d:%02d" % (t.year, t.month, t.day, WD_JA[t.weekday()], t.hour, t.minute)
    return s


# --------------------------------------------------------- header encoding
def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="UTF-8", enc="B", codec=None, maxw=74):
    """Encode text as a folded list of RFC 2047 encoded words."""
    codec = codec or charset.lower()
    words, cur = [], ""

    def enc_word(s):
        raw = s.encode(codec)
        body = base64.b64encode(raw).decode() if enc.upper() == "B" else _q_encode(raw)
        return "=?%s?%s?%s?=" % (charset, enc, body)

    for ch in text:
        trial = cur + ch
        if len(enc_word(trial)) > maxw and cur:
            words.append(enc_word(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc_word(cur))
    return "\n ".join(words)


def addr(name, email, charset=None, enc="B", codec=None, quote=True):
    if name is None:
        return email
    if charset:
        return "%s <%s>" % (ew(name, charset, enc, codec), email)
    if quote:
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


# ------------------------------------------------------------- body parts
def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, format_flowed=False):
    codec = codec or charset
    raw = text.replace("\r\n", "\n").encode(codec)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if format_flowed:
        p.set_param("format", "flowed")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    return p


def html_from_text(text, title="", brand="aws", lang="ja"):
    new, _, quote = text.partition(Q)

    def conv(s):
        out = []
        for line in s.strip("\n").split("\n"):
            e = html.escape(line)
            e = re.sub(r"(https?://[^\s&<]+(?:&amp;[^\s<]+)*)", r'<a href="\1">\1</a>', e)
            out.append(e)
        return "<br>\n".join(out)

    body = '<div style="font-family:%s;font-size:14px;color:#16191f">%s</div>' % (
        "'Meiryo','Hiragino Sans',Arial,sans-serif" if lang == "ja" else "Arial,Helvetica,sans-serif",
        conv(new),
    )
    if quote.strip():
        body += '\n<br><div class="quote" style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</div>' % conv(quote)
    head = '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:12px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120"></td></tr></table>' if brand == "aws" else ""
    return (
        '<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>%s</title></head>\n<body style=\"margin:0;padding:0\">\n%s\n"
        '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">\n%s\n</td></tr></table>\n</body></html>\n'
        % (lang, html.escape(title), head, body)
    )


def alternative(text, htmltext, charset="utf-8", cte="quoted-printable", hcte=None, codec=None, hcharset=None):
    m = MIMEMultipart("alternative", boundary=boundary())
    del m["MIME-Version"]
    m.attach(textpart(text, "plain", charset, cte, codec))
    m.attach(textpart(htmltext, "html", hcharset or charset, hcte or cte, codec if not hcharset else None))
    return m


def boundary(style="ses"):
    if style == "ses":
        return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 2147483647), R.randint(10**12, 10**13))
    if style == "gmail":
        return "000000000000" + hexs(16)
    if style == "outlook":
        return "_000_" + alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "tb":
        return "------------" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "sg":
        return hexs(64)
    return "=_" + hexs(24)


# ------------------------------------------------------------- transports
AMZ_SEL = "rjt5ktbahb3m5zcqwujs3ckaoclmjs7a"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_ids(t, region="us-east-1"):
    ms = int(t.timestamp() * 1000) - R.randint(200, 2500)
    prefix = "0100" if region == "us-east-1" else "0106"
    core = "%s%012x-%s-000000" % (prefix, ms, str(uuid.UUID(int=R.getrandbits(128), version=4)))
    dom = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return "<%s@%s>" % (core, dom), "%s@%s" % (core, "amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region)


def dkim(d, sel, t, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", c="relaxed/simple"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s="
            % (c, sel, d, unix(t), h, b64s(43), b64s(76), b64s(95)))


def ses_ip():
    return "54.240.%d.%d" % (R.choice([8, 9, 48, 27]), R.randint(2, 250))


def gmail_ar(dkims, spf, mailfrom, ip, dmarc, from_dom, policy="QUARANTINE", sp=None):
    parts = []
    for d, res in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, alnum(10), b64s(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, sp or policy, "NONE" if dmarc == "pass" or policy == "NONE" else policy, from_dom))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def outlook_ar(dkim_d, dkim_res, spf, mailfrom_dom, ip, dmarc, from_dom, action="none", compauth="pass reason=100"):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
        spf, ip, mailfrom_dom, dkim_res,
        "signature was verified" if dkim_res == "pass" else "message not signed" if dkim_res == "none" else "signature did not verify",
        dkim_d, dmarc, action, from_dom, compauth)
    return s


def jp_ar(authserv, spf, mailfrom, dkim_d, dkim_res, dmarc, from_dom, style=1):
    if style == 1:
        return "%s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s" % (
            authserv, spf, mailfrom, dkim_res, dkim_d, dmarc, from_dom)
    return "%s;\n spf=%s smtp.mailfrom=%s;\n dkim=%s header.i=@%s;\n dmarc=%s (p=quarantine dis=none) header.from=%s" % (
        authserv, spf, mailfrom, dkim_res, dkim_d, dmarc, from_dom)


def gmail_front(rcpt, t, returnpath, relay_host, ip, ar, tls="version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128"):
    t_recv = t + dt.timedelta(seconds=R.randint(1, 3))
    sid = "2002:a05:%x:%x:b0:%x:%x:%x" % (R.randint(0x6000, 0x7fff), R.randint(0x100, 0xffff), R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff))
    hs = [
        ("Delivered-To", rcpt),
        ("Received", "by %s with SMTP id %scsp%d%s;\n        %s" % (sid, alnum(3), R.randint(100000, 9999999), alnum(3), fmt_pt(t_recv))),
        ("X-Google-Smtp-Source", "AGHT+I" + b64s(80)),
        ("X-Received", "by %s with SMTP id %s-%s.%d.%d;\n        %s" % (sid.replace("a05", "a17"), alnum(20), hexs(8), R.randint(1, 90), R.randint(1000000000000, 9999999999999), fmt_pt(t_recv))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (unix(t_recv), b64s(70), b64s(60))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==" % (b64s(43), b64s(43), b64s(70))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % returnpath),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\n        for <%s>\n        (%s);\n        %s" % (
            relay_host, relay_host, ip, alnum(15), hexs(8), R.randint(1, 9), R.randint(1, 9), R.randint(1, 999999), rcpt, tls, fmt_pt(t_recv))),
        ("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (
            "pass" if "spf=pass" in ar else "softfail" if "softfail" in ar else "fail",
            ("domain of %s designates %s as permitted sender" % (returnpath, ip)) if "spf=pass" in ar else ("domain of %s does not designate %s as permitted sender" % (returnpath, ip)),
            ip)),
        ("Authentication-Results", ar),
    ]
    return hs


def outlook_front(rcpt, t, returnpath, relay_host, ip, ar, tenant="outlook.com"):
    t_recv = t + dt.timedelta(seconds=R.randint(1, 4))
    n1 = "%s%02d%s%04d.%s" % (R.choice(["TY", "OS", "TYWP", "OSZP"]), R.randint(1, 9), R.choice(["PR", "CA"]), R.randint(1, 9999), "jpnprd01.prod.outlook.com")
    n2 = "%s.%s.prod.protection.outlook.com" % (R.choice(["TY2PEPF", "OS1PEPF", "TYCPEPF"]) + "0000%04d" % R.randint(1, 9999), R.choice(["apcprd", "jpnprd01"]))
    hs = [
        ("Received", "from %s (%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            n2.replace("PEPF", "P286CA"), "2603:1096:%x::%x" % (R.randint(0x100, 0xfff), R.randint(1, 0xff)), n1, R.randint(8000, 8999), R.randint(10, 40), utils.format_datetime(t_recv.astimezone(UTC)).replace("-0000", "+0000"))),
        ("Authentication-Results", ar),
        ("Received-SPF", ("Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" if "spf=pass" in ar else
                          "Fail (protection.outlook.com: domain of %s does not designate %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s;") % (
            returnpath.split("@")[-1], ip, ip, relay_host)),
        ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (
            relay_host, ip, n2, "10.167.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), R.randint(8000, 8999), R.randint(10, 40), utils.format_datetime(t_recv.astimezone(UTC)).replace("-0000", "+0000"))),
        ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % t_recv.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % R.randint(0, 9999)),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128), version=4))),
        ("X-MS-Exchange-Organization-AuthSource", n2),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1" if "dmarc=pass" in ar else "5"),
        ("Return-Path", returnpath),
    ]
    return hs


def jp_front(rcpt, t, returnpath, relay_host, ip, ar, mx_host, mx_name, ar_header=True):
    t_recv = t + dt.timedelta(seconds=R.randint(1, 5))
    hs = [
        ("Return-Path", "<%s>" % returnpath),
        ("Delivered-To", rcpt),
        ("Received", "from %s (%s [%s])\n\tby %s (%s) with ESMTPS id %s\n\tfor <%s>; %s" % (
            relay_host, relay_host, ip, mx_host, mx_name, alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rcpt, fmt_jst_c(t_recv))),
    ]
    if ar_header:
        hs.insert(1, ("Authentication-Results", ar))
    return hs


def ses_front(provider, rcpt, t, from_dom="amazon.com", dmarc="pass", dkim_res="pass", region="us-east-1", mx=None):
    """Headers above the AWS message for genuine SES mail. Returns (front, dkim_headers, msgid)."""
    msgid, rp = ses_ids(t, region)
    ip = ses_ip()
    relay = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    if region != "us-east-1":
        relay = "e%s-%s.smtp-out.%s.amazonses.com" % (ip.split(".")[2], ip.split(".")[3], region)
    dk = [(from_dom, dkim_res), ("amazonses.com", "pass")]
    if provider == "gmail":
        ar = gmail_ar(dk, "pass", rp, ip, dmarc, from_dom)
        front = gmail_front(rcpt, t, rp, relay, ip, ar)
    elif provider == "outlook":
        ar = outlook_ar(from_dom, dkim_res, "pass", "amazonses.com", ip, dmarc, from_dom)
        front = outlook_front(rcpt, t, rp, relay, ip, ar)
    elif provider == "none":
        front = jp_front(rcpt, t, rp, relay, ip, "", mx[0], mx[1], ar_header=False)
    else:  # japanese provider: mx = (authserv, mx_host, mx_name, style)
        ar = jp_ar(mx[0], "pass", rp, from_dom, dkim_res, dmarc, from_dom, mx[3] if len(mx) > 3 else 1)
        front = jp_front(rcpt, t, rp, relay, ip, ar, mx[1], mx[2])
    dks = [("DKIM-Signature", dkim(from_dom, AMZ_SEL, t)), ("DKIM-Signature", dkim("amazonses.com", SES_SEL, t))]
    tail = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64s(43))), ("X-SES-Outgoing", "%s-%s" % (t.astimezone(UTC).strftime("%Y.%m.%d"), ip))]
    return front, dks, msgid, tail


# ----------------------------------------------------------------- builder
ID_RE = re.compile(r"AWS[\s\-_]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    text = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def write(n, slug, msg, *, kind, case_id, verified, lang, new_text, front=(), dkims=(), core=(), tail=(), extra_ids=None):
    """Assemble headers in order and write NNN-slug.eml; record label."""
    content = [("MIME-Version", "1.0")] + [(k, v) for k, v in msg._headers if k.lower() != "mime-version"]
    msg._headers = []
    for k, v in list(front) + list(dkims) + list(core):
        msg._headers.append((k, v))
    msg._headers.extend(content)
    for k, v in tail:
        msg._headers.append((k, v))
    fname = "%03d-%s.eml" % (n, slug)
    path = os.path.join(OUT, fname)
    with open(path, "wb") as fp:
        BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    ids = ids_in(new_text) if extra_ids is None else extra_ids
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids, "sender_verified": verified, "language": lang}
    return fname


def core_headers(date, frm, to, subject, msgid, extra=()):
    h = [("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", msgid)]
    h.extend(extra)
    return h


def body_text(text):
    """Remove the marker; return (full_text, new_text)."""
    new, sep, quote = text.partition(Q)
    return (new + quote) if sep else new, new


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ===================================================================== MAILS
# ---------------------------------------------------------------------------
# Thread A: 佐藤 健太 (Gmail) -- form desk, keigo, 15-digit case
A_USER = "kenta.sato.0412@gmail.com"
A_OPEN = jst(2025, 5, 27, 22, 14, 9)
A_CASE = case15(A_OPEN, 3817)
A_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
A_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE
A_TO = addr("佐藤 健太", A_USER, "UTF-8")


@mail
def m001():
    t = A_OPEN + dt.timedelta(seconds=47)
    text = """佐藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

  ケース ID        : %s
  お問い合わせ種別 : 認定 (Certification) - アカウントの統合
  AWS 認定候補者 ID: AWS04418275
  受付日時         : 2025/05/27 22:14 (JST)

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容で別のお問い合わせを作成されますと、ご回答までにお時間を
いただく場合がございますので、あらかじめご了承ください。

今後ともよろしくお願い申し上げます。

Amazon Web Services
トレーニングと認定 カスタマーサポート

----------------------------------------------------------------
本メールは AWS トレーニングと認定のお問い合わせフォームから
送信された内容の受付確認として自動的に送信されています。
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
""" % A_CASE
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, "お問い合わせ受付"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    subj = ew("【AWS トレーニングと認定】お問い合わせを受け付けました [CASE %s]" % A_CASE, "UTF-8", "B")
    core = core_headers(fmt_utc(t), A_FORM, A_TO, subj, mid)
    return write(1, "ja-form-desk-acknowledgement", msg, kind="case_created", case_id=A_CASE, verified=True, lang="ja",
                 new_text=new, front=front, dkims=dks, core=core, tail=tail)


A_CONFIRM_TEXT = """佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの石川でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、
誠にありがとうございます。
お知らせいただいた情報をもとに確認いたしましたところ、
お客様名義の認定アカウントが以下の 2 件見つかりました。

 (1) AWS04418275  (登録メールアドレス: k****.s***.0412@gmail.com)
 (2) AWS09132604  (登録メールアドレス: kenta.sato@m*******.co.jp)

ご依頼の内容に基づき、(1) の認定履歴を (2) へ移行し、(2) を存続
アカウントとして統合させていただく予定です。
統合後は (1) のアカウントにサインインできなくなり、また統合を
取り消すことはできませんので、あらかじめご了承ください。

上記の内容で統合を進めさせていただいてよろしいでしょうか。
差し支えなければ、このメールにそのままご返信いただき、
ご承諾の旨をお知らせくださいますようお願い申し上げます。

何卒よろしくお願い申し上げます。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""


@mail
def m002():
    t = jst(2025, 5, 28, 8, 2, 31)
    full, new = body_text(A_CONFIRM_TEXT)
    msg = textpart(full, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    core = core_headers(fmt_utc(t), A_FORM, A_TO, A_SUBJ, mid)
    return write(2, "ja-keigo-confirm-yoroshii-deshouka", msg, kind="merge_confirmation_requested", case_id=A_CASE,
                 verified=True, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m003():
    t = jst(2025, 5, 28, 13, 40, 12)
    quoted = "\n".join("> " + l if l else ">" for l in A_CONFIRM_TEXT.rstrip("\n").split("\n"))
    text = """佐藤 健太 様

ご返信いただき、誠にありがとうございます。
統合の内容についてご承諾いただきましたことを確認いたしました。

これより担当部署にて作業を進めてまいります。
作業が終わり次第、あらためて本ケースにてご連絡いたしますので、
今しばらくお待ちくださいますようお願い申し上げます。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
%s
---- 元のメッセージ ----
差出人: 佐藤健太 <%s>
送信日時: 2025/05/28 10:31
件名: Re: %s

石川様

ご連絡ありがとうございます。
記載の内容で相違ございません。統合を進めてください。
The details are correct. Please proceed with the merge.

佐藤

2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (Q, A_USER, A_SUBJ, quoted)
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, A_SUBJ), "utf-8", "base64")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    core = core_headers(fmt_utc(t), A_FORM, A_TO, A_SUBJ, mid)
    return write(3, "ja-thanks-for-consent-will-proceed", msg, kind="support_reply", case_id=A_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m004():
    t = jst(2025, 5, 29, 16, 5, 44)
    prev = jst(2025, 5, 28, 13, 40, 12)
    text = """佐藤 健太 様

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしました。

  統合後のアカウント (存続アカウント): AWS09132604

これまでに取得された認定資格および受験履歴は、すべて上記アカウントに
反映されております。今後は上記アカウントに登録されているメールアドレスで
AWS Certification アカウントへサインインしてください。

なお、Credly のデジタルバッジは数日以内に移行される見込みです。
次回試験の 50%% 割引バウチャー等の認定特典も、あわせてご確認くださいますよう
お願いいたします。

ほかにご不明な点がございましたら、本メールにご返信ください。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
%s
---- 元のメッセージ ----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: %s
件名: %s

佐藤 健太 様

統合の内容についてご承諾いただきましたことを確認いたしました。
これより担当部署にて作業を進めてまいります。

---- 元のメッセージ ----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025/05/28 8:02
件名: %s

 (1) AWS04418275  (登録メールアドレス: k****.s***.0412@gmail.com)
 (2) AWS09132604  (登録メールアドレス: kenta.sato@m*******.co.jp)

上記の内容で統合を進めさせていただいてよろしいでしょうか。
""" % (Q, prev.strftime("%Y/%m/%d %H:%M"), A_SUBJ, A_SUBJ)
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, A_SUBJ), "utf-8", "base64")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    core = core_headers(fmt_utc(t), A_FORM, A_TO, A_SUBJ, mid)
    return write(4, "ja-merge-done-surviving-account", msg, kind="merge_completed", case_id=A_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m005():
    t = jst(2025, 6, 1, 9, 30, 2)
    url = "https://survey.aws.amazon.com/jfe/form/SV_2mK8Lr0XQ4aE6vb?caseId=%s&lang=ja" % A_CASE
    h = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>佐藤 健太 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
お問い合わせ (ケース ID: %s) への対応が終了いたしましたので、本ケースをクローズいたしました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p style="font-weight:bold">お問い合わせの内容は解決しましたか？</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><a href="%s&amp;q1=yes" style="display:inline-block;padding:10px 28px;background:#ec7211;color:#ffffff;text-decoration:none;border-radius:2px">はい</a></td>
<td><a href="%s&amp;q1=no" style="display:inline-block;padding:10px 28px;background:#545b64;color:#ffffff;text-decoration:none;border-radius:2px">いいえ</a></td>
</tr></table>
<p style="margin-top:20px">担当者の対応を 5 段階で評価してください:<br>
<a href="%s&amp;csat=1">1</a> &nbsp; <a href="%s&amp;csat=2">2</a> &nbsp; <a href="%s&amp;csat=3">3</a> &nbsp; <a href="%s&amp;csat=4">4</a> &nbsp; <a href="%s&amp;csat=5">5</a></p>
<p style="font-size:12px;color:#687078">追加のサポートが必要な場合は、このメールにご返信いただくと同じケースが再開されます。</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
""" % (A_CASE, url, url, url, url, url, url, url)
    msg = textpart(h, "html", "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    subj = ew("[CASE %s] ケースクローズのお知らせとアンケートのお願い" % A_CASE, "UTF-8", "Q")
    core = core_headers(fmt_utc(t), A_FORM, A_TO, subj, mid)
    return write(5, "ja-html-only-closure-survey", msg, kind="survey", case_id=A_CASE, verified=True, lang="ja",
                 new_text=h, front=front, dkims=dks, core=core, tail=tail)


def credly_front(provider, rcpt, t, from_dom="credly.com", dmarc="pass", mx=None, acclaim=False):
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
    relay = "o%d.%s" % (R.randint(1, 20), "email.credly.com" if not acclaim else "em.youracclaim.com")
    rp = "bounces+%d-%s-%s@%s" % (R.randint(1000000, 9999999), hexs(4), rcpt.replace("@", "="), "em.credly.com" if not acclaim else "em.youracclaim.com")
    if provider == "gmail":
        ar = gmail_ar([(from_dom, "pass"), ("sendgrid.info", "pass")], "pass", rp, ip, dmarc, from_dom, policy="NONE")
        front = gmail_front(rcpt, t, rp, relay, ip, ar)
    elif provider == "outlook":
        ar = outlook_ar(from_dom, "pass", "pass", rp.split("@")[1], ip, dmarc, from_dom)
        front = outlook_front(rcpt, t, rp, relay, ip, ar)
    else:
        ar = jp_ar(mx[0], "pass", rp, from_dom, "pass", dmarc, from_dom, mx[3] if len(mx) > 3 else 1)
        front = jp_front(rcpt, t, rp, relay, ip, ar, mx[1], mx[2])
    dks = [("DKIM-Signature", dkim(from_dom, "s1", t, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", c="relaxed/relaxed")),
           ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", t, h="content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", c="relaxed/relaxed"))]
    mid = "<%s@geopod-ismtpd-%d>" % (alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), R.randint(1, 40))
    tail = [("X-SG-EID", "\n " + b64s(60) + "\n " + b64s(40) + "=="), ("X-Entity-ID", "u001." + b64s(22) + "==")]
    return front, dks, mid, tail


@mail
def m006():
    t = jst(2025, 6, 2, 3, 12, 40)
    badge = "AWS Certified Solutions Architect – Associate"
    bid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    text = """Kenta, you've been issued a badge by Amazon Web Services Training and Certification!

Congratulations! Your badge is now ready to accept.

%s
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/badges/%s/accept?utm_medium=email&utm_source=badge_accept

Once accepted, you can share your badge on LinkedIn, add it to your email signature
and let employers verify your achievement.

Why am I receiving this? Your earner profile was recently updated by the issuer
(for example after an account change), so your existing badge has been re-issued to
this email address.

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
Unsubscribe from issuer notifications: https://www.credly.com/earner/settings/notifications
""" % (badge, bid)
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:auto">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">
<h2>Kenta, you've been issued a badge by Amazon Web Services Training and Certification!</h2>
<p>Congratulations! Your badge is now ready to accept.</p>
<p><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" alt=""><br><b>%s</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_medium=email&amp;utm_source=badge_accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Why am I receiving this? Your earner profile was recently updated by the issuer (for example after an account change), so your existing badge has been re-issued to this email address.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701</p>
</div></body></html>
""" % (str(uuid.UUID(int=R.getrandbits(128), version=4)), html.escape(badge), bid)
    msg = MIMEMultipart("alternative", boundary=boundary("sg"))
    del msg["MIME-Version"]
    msg.attach(textpart(text, "plain", "utf-8", "quoted-printable"))
    msg.attach(textpart(h, "html", "utf-8", "quoted-printable"))
    front, dks, mid, tail = credly_front("gmail", A_USER, t)
    frm = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
    core = core_headers(fmt_utc(t), frm, A_USER, "Kenta, you've been issued a new badge: %s" % badge, mid,
                        [("Reply-To", "no-reply@credly.com")])
    core[3] = ("Subject", ew("Kenta, you've been issued a new badge: %s" % badge, "UTF-8", "Q"))
    return write(6, "credly-badge-reissued-after-merge", msg, kind="credly_badge_issued", case_id=None, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread B: 山田 美咲 (Outlook.jp) -- console case in Japanese
B_USER = "misaki.yamada@outlook.jp"
B_OPEN = jst(2025, 3, 10, 9, 5, 33)
B_CASE = case15(B_OPEN, 19027)
B_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")
B_TOPIC = "認定アカウントの統合について"
B_SUBJ = "RE:[CASE %s] %s" % (B_CASE, B_TOPIC)


def console_footer_ja(case):
    return """
ケースへの返信や詳細の確認は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールアドレスでは返信を受け付けておりません。ご返信はサポートセンターからお願いいたします。*

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
本メッセージは Amazon Web Services, Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) により作成および配信されました。
""" % case


def console_footer_en(case):
    return """
To see all of the communications for this case or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this email address cannot accept replies. Please do not reply to this email.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % case


def rate_ja(case):
    return """
このやり取りについてご評価ください:
https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=ja
""" % (hexs(32), case)


@mail
def m007():
    t = B_OPEN + dt.timedelta(seconds=21)
    text = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: トレーニングと認定
カテゴリ: 認定 - アカウント

お問い合わせ内容:
以前個人のメールアドレスで受験した認定と、会社のメールアドレスで受験した
認定が別々のアカウントになっています。1 つにまとめていただくことは可能でしょうか。

担当者より追ってご連絡いたします。
%s""" % (B_CASE, B_CASE, B_TOPIC, console_footer_ja(B_CASE))
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, "新しいサポートケース"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = ew("Amazon Web Services: 新しいサポートケースが作成されました: %s" % B_CASE, "UTF-8", "B")
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(7, "ja-console-new-case-opened", msg, kind="case_created", case_id=B_CASE, verified=True, lang="ja",
                 new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m008():
    t = jst(2025, 3, 11, 10, 48, 3)
    text = """ケース %s に新しい通信が追加されました。

件名: %s

内容を確認するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールアドレスでは返信を受け付けておりません。*
""" % (B_CASE, B_TOPIC, B_CASE)
    msg = textpart(text, "plain", "utf-8", "base64")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = ew("[Case %s] 新しい通信が追加されました" % B_CASE, "UTF-8", "B")
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(8, "ja-console-new-correspondence-notice", msg, kind="support_reply", case_id=B_CASE, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m009():
    t = jst(2025, 3, 11, 10, 48, 1)
    text = """山田 美咲 様

AWS サポートへお問い合わせいただき、ありがとうございます。
トレーニングと認定担当の村上と申します。

ご登録情報を確認いたしましたところ、お客様名義の認定アカウントとして
以下の 2 件を確認いたしました。

・AWS-27750193 (個人のメールアドレスでご登録)
・AWS-31068842 (会社のメールアドレスでご登録)

統合にあたり、どちらのアカウントを今後もご利用になる (存続させる) ご意向か、
お知らせいただけますでしょうか。
あわせて、存続させるアカウントで今後ご使用になる通知先メールアドレスも
ご教示いただけますと幸いです。

ご返信をいただき次第、手続きについてご案内いたします。

よろしくお願いいたします。

村上
Amazon Web Services
%s%s""" % (rate_ja(B_CASE), console_footer_ja(B_CASE))
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, B_SUBJ), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = "RE:[CASE %s] %s" % (B_CASE, ew(B_TOPIC, "UTF-8", "B"))
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(9, "ja-console-asks-which-account-goi", msg, kind="support_reply", case_id=B_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m010():
    t = jst(2025, 3, 12, 15, 22, 47)
    text = """山田 美咲 様

ご返信いただきありがとうございます。村上でございます。

会社のメールアドレスでご登録のアカウントを存続させたいとのご意向、
承知いたしました。いただいた内容をもとに、以下のとおり統合を行う予定です。

  統合元 (削除されるアカウント): AWS27750193
  統合先 (存続するアカウント)  : AWS31068842
  存続アカウントの通知先       : misaki.yamada@y*********.co.jp

統合元アカウントで取得された認定資格、受験履歴および特典は統合先へ移行されます。
統合を実施した後は、元の状態に戻すことはできません。

つきましては、上記の内容で統合を実施することにご承諾いただけますでしょうか。
サポートセンターから本ケースに「承諾します」とご返信いただけましたら、
手続きを開始いたします。

何卒よろしくお願いいたします。

村上
Amazon Web Services
%s%s""" % (rate_ja(B_CASE), console_footer_ja(B_CASE))
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, B_SUBJ), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = "RE:[CASE %s] %s" % (B_CASE, ew(B_TOPIC, "UTF-8", "B"))
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(10, "ja-console-confirm-goshoudaku", msg, kind="merge_confirmation_requested", case_id=B_CASE,
                 verified=True, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m011():
    t = jst(2025, 3, 13, 18, 3, 15)
    text = """山田 美咲 様

お世話になっております。村上でございます。

ご承諾いただきました 2 件の認定アカウントにつきまして、1 件にまとめる作業を
本日終えましたのでご報告いたします。以降は AWS31068842 のみがご利用いただける
アカウントとなり、これまでに取得された認定はすべてこちらに表示されます。

念のため、AWS Certification アカウントにサインインのうえ、認定資格の一覧と
特典 (割引バウチャー等) が表示されていることをご確認ください。
Credly のバッジにつきましては、反映までに数日かかる場合がございます。

ご不明な点がございましたら、本ケースにてお知らせください。

村上
Amazon Web Services
%s%s""" % (rate_ja(B_CASE), console_footer_ja(B_CASE))
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, B_SUBJ), "utf-8", "base64")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = "RE:[CASE %s] %s" % (B_CASE, ew(B_TOPIC, "UTF-8", "B"))
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(11, "ja-console-work-finished-no-kanryo", msg, kind="merge_completed", case_id=B_CASE,
                 verified=True, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m012():
    t = jst(2025, 3, 17, 18, 10, 2)
    text = """山田 美咲 様

ケース %s (%s) は、お客様からのご返信がなかったため、
解決済みとしてクローズされました。

このケースに関して引き続きサポートが必要な場合は、サポートセンターから
ケースを再開してください。

AWS サポートの品質向上のため、今回の対応についてのご評価をお願いいたします。
問題は解決しましたか？
  はい: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

ご協力ありがとうございました。

Amazon Web Services
%s""" % (B_CASE, B_TOPIC, B_CASE, B_CASE, console_footer_ja(B_CASE))
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, "ケースがクローズされました"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = ew("[Case %s] ケースがクローズされました – ご評価のお願い" % B_CASE, "UTF-8", "B")
    core = core_headers(fmt_utc(t), B_FROM, B_USER, subj, mid)
    return write(12, "ja-console-case-closed-rating", msg, kind="survey", case_id=B_CASE, verified=True, lang="ja",
                 new_text=new, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread C: 森 拓也 (Microsoft 365 at work) -- form desk, English, 11-digit case (2023)
C_USER = "mori.takuya@kitamura-sangyo.co.jp"
C_CASE = "13578024691"
C_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
C_SUBJ = "RE: [CASE 13578024691] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m013():
    t = jst(2023, 9, 4, 11, 37, 50)
    text = """Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and created case 13578024691. A member of our
Customer Support team will review it and respond to you, generally within 24 hours.

To help us resolve your request faster, please do not open a new case for the
same issue. If you have additional information, simply reply to this email and
keep the case ID in the subject line.

Request summary
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS00781234

Kind regards,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    msg = alternative(text, html_from_text(text, "Case received", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", C_USER, t)
    core = core_headers(fmt_utc(t), C_FORM, C_USER, "[CASE 13578024691] [AWS Training and Certification Form Submission] - account-assistance", mid)
    return write(13, "en-form-ack-11digit-case", msg, kind="case_created", case_id=C_CASE, verified=True, lang="en",
                 new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m014():
    t = jst(2023, 9, 5, 2, 14, 9)
    text = """Dear Takuya,

Greetings from AWS Training and Certification!

I am Priya and I will be assisting you on this case. I understood that you are having
two certification account and wish to merge them into one.

I have checked with the candidate ID AWS00781234 which you have provided, however I was
not able to locate your second account with the details in the form. In order to proceed
further, kindly provide us below information:

1. The login email address for both the accounts
2. Which account you would like to keep as your primary account
3. The reason for the merge (e.g. changed company, duplicate registration)

Once we receive the above details we can able to proceed further on your request.

Looking forward for your response.

Best regards,
Priya S.
AWS Training and Certification
Amazon Web Services
%s
--- Original case details ---
Name: Takuya Mori
Email: mori.takuya@kitamura-sangyo.co.jp
Inquiry type: Certification / Account Merge
AWS candidate ID: AWS00781234
Description: I have 2 accounts. I want to merge to one. Please help.
""" % Q
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, C_SUBJ, lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", C_USER, t)
    core = core_headers(fmt_utc(t), C_FORM, C_USER, C_SUBJ.replace("RE: ", "RE:"), mid)
    return write(14, "en-nonnative-asks-login-emails", msg, kind="support_reply", case_id=C_CASE, verified=True,
                 lang="en", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m015():
    t = jst(2023, 9, 6, 1, 55, 31)
    text = """Dear Takuya,

Thank you for the information.

As per the details shared by you I have located both the accounts. Please find below
the merge details:

Source account (will be deactivated): AWS00781234 - t.mori1987@yahoo.co.jp
Target account (primary, will remain): AWS02236109 - mori.takuya@kitamura-sangyo.co.jp

After the merge, all your certifications and exam history from source account will be
shown in the target account. Kindly note that once the merge is done it can not be
reverted back.

Please confirm us by replying this email if the above is correct and we can go ahead
with the merge.

Best regards,
Priya S.
AWS Training and Certification
Amazon Web Services
%s
From: 森 拓也 <mori.takuya@kitamura-sangyo.co.jp>
Sent: Tuesday, September 5, 2023 10:48 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE 13578024691] [AWS Training and Certification Form Submission] - account-assistance

Dear Priya-san,

Thank you for your reply.
1. Login e-mail: t.mori1987@yahoo.co.jp (old, private) and mori.takuya@kitamura-sangyo.co.jp (company)
2. I want keep the company account.
3. I registered twice by mistake.

Best regards,
Takuya Mori
Kitamura Sangyo Co., Ltd. / IT Infrastructure Group
""" % Q
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, C_SUBJ, lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", C_USER, t)
    core = core_headers(fmt_utc(t), C_FORM, C_USER, C_SUBJ.replace("RE: ", "RE:"), mid)
    return write(15, "en-nonnative-confirm-us-merge", msg, kind="merge_confirmation_requested", case_id=C_CASE,
                 verified=True, lang="en", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m016():
    t = jst(2023, 9, 7, 19, 20, 4)
    text = """Dear Takuya,

Thank you for your patience.

We are pleased to let you know that your two certification accounts have now been
consolidated. Your certifications and exam history are available under AWS02236109,
and you can sign in with mori.takuya@kitamura-sangyo.co.jp going forward.

Please allow up to 5 business days for your Credly badges to reflect under the new email.

Best regards,
Priya S.
AWS Training and Certification
Amazon Web Services
%s
From: 森 拓也 <mori.takuya@kitamura-sangyo.co.jp>
Sent: Wednesday, September 6, 2023 9:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE 13578024691] [AWS Training and Certification Form Submission] - account-assistance

Dear Priya-san,

Yes, it is correct. Please proceed.

Takuya Mori

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 6, 2023 1:55 AM
Subject: RE:[CASE 13578024691] [AWS Training and Certification Form Submission] - account-assistance

Source account (will be deactivated): AWS00781234 - t.mori1987@yahoo.co.jp
Target account (primary, will remain): AWS02236109 - mori.takuya@kitamura-sangyo.co.jp
""" % Q
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, C_SUBJ, lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", C_USER, t)
    core = core_headers(fmt_utc(t), C_FORM, C_USER, C_SUBJ.replace("RE: ", "RE:"), mid)
    return write(16, "en-accounts-consolidated", msg, kind="merge_completed", case_id=C_CASE, verified=True,
                 lang="en", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m017():
    t = jst(2023, 9, 10, 20, 0, 11)
    text = """Hello,

Your case 13578024691 has been resolved and is now closed.

We'd love to hear about your experience. It only takes a minute.

Was your issue resolved?
  YES  https://amazonwebservices.qualtrics.com/jfe/form/SV_bPZ4fYb6v0DqNsW?CaseNumber=13578024691&Resolved=Yes
  NO   https://amazonwebservices.qualtrics.com/jfe/form/SV_bPZ4fYb6v0DqNsW?CaseNumber=13578024691&Resolved=No

How would you rate the support you received from Priya S.?

If you need further help with this request, reply to this email within 14 days and
your case will be reopened.

AWS Training and Certification Customer Support
"""
    msg = alternative(text, html_from_text(text, "Tell us about your experience", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("outlook", C_USER, t)
    core = core_headers(fmt_utc(t), C_FORM, C_USER, "[CASE 13578024691] How did we do? Tell us about your support experience", mid)
    return write(17, "en-resolved-closed-survey", msg, kind="survey", case_id=C_CASE, verified=True, lang="en",
                 new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread D: 鈴木 一郎 (@nifty) -- 2020, 10-digit case, Shift_JIS
D_USER = "ichiro.suzuki@nifty.com"
D_CASE = "7251904381"
D_MX = ("mx.nifty.com", "mta-snd06.nifty.com", "Postfix", 1)
D_FROM = addr("AWS Training & Certification", "aws-cs-trainingcertification-form@amazon.com")
D_SUBJ = "RE:[CASE 7251904381] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m018():
    t = jst(2020, 6, 12, 21, 3, 18)
    text = """鈴木 一郎 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お客様のケース番号は 7251904381 です。

お問い合わせの内容を確認のうえ、担当者よりご連絡いたします。
通常、1 営業日以内にご返答しておりますが、お問い合わせが集中している場合は
お時間をいただくことがございます。

今後このケースについてご連絡いただく際は、件名のケース番号を変更せずに
ご返信ください。

AWS トレーニングと認定 サポートチーム
"""
    msg = textpart(text, "plain", "shift_jis", "base64")
    front, dks, mid, tail = ses_front("jp", D_USER, t, mx=D_MX)
    subj = ew("[CASE 7251904381] お問い合わせを受け付けました", "Shift_JIS", "B", codec="shift_jis")
    core = core_headers(fmt_jst(t), D_FROM, D_USER, subj, mid)
    return write(18, "ja-2020-sjis-acknowledgement", msg, kind="case_created", case_id=D_CASE, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


D_CONFIRM = """鈴木 一郎 様

お世話になっております。AWS トレーニングと認定 サポートの小野寺でございます。

お問い合わせいただいた 2 件の認定アカウントについて確認いたしました。

 ① 統合元: aws 63011857 (2018 年 AWS 認定クラウドプラクティショナー)
 ② 統合先: AWS-58842209 (2020 年 AWS 認定ソリューションアーキテクト - アソシエイト)

①の認定を②へ移し、②のアカウントを今後ご利用いただく形で統合する、
という理解でよろしいでしょうか。
統合後に①のアカウントへログインすることはできなくなり、
統合の取り消しもいたしかねますので、ご注意ください。

問題がなければ、その旨をこのメールにご返信ください。

小野寺
AWS トレーニングと認定 サポートチーム
"""


@mail
def m019():
    t = jst(2020, 6, 15, 17, 44, 2)
    # labelled Shift_JIS, content uses CP932-only characters (circled digits)
    msg = textpart(D_CONFIRM, "plain", "Shift_JIS", "base64", codec="cp932")
    front, dks, mid, tail = ses_front("jp", D_USER, t, mx=D_MX)
    core = core_headers(fmt_jst(t), D_FROM, D_USER, D_SUBJ, mid)
    return write(19, "ja-2020-confirm-rikai-de-yoroshii-cp932", msg, kind="merge_confirmation_requested",
                 case_id=D_CASE, verified=True, lang="ja", new_text=D_CONFIRM, front=front, dkims=dks, core=core, tail=tail)


@mail
def m020():
    t = jst(2020, 6, 17, 11, 26, 40)
    qd = "\n".join("> " + l if l else ">" for l in D_CONFIRM.rstrip("\n").split("\n"))
    text = """鈴木 一郎 様

お世話になっております。小野寺でございます。

ご依頼いただいておりましたアカウントの統合が完了いたしました。
今後は AWS58842209 のアカウントでログインしてください。

統合が完了いたしましたので、本件はこれにてクローズとさせていただきます。
後日、対応に関するアンケートをお送りする場合がございます。ご協力いただけますと幸いです。

小野寺
AWS トレーニングと認定 サポートチーム
%s
-----Original Message-----
From: 鈴木一郎 <ichiro.suzuki@nifty.com>
Sent: Tuesday, June 16, 2020 9:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 7251904381] [AWS Training and Certification Form Submission] - account-assistance

小野寺様

ご確認ありがとうございます。その内容で問題ありません。
よろしくお願いいたします。

鈴木

On 2020/06/15 17:44, AWS Training & Certification wrote:
%s
""" % (Q, qd)
    full, new = body_text(text)
    msg = textpart(full, "plain", "shift_jis", "base64", codec="cp932")
    front, dks, mid, tail = ses_front("jp", D_USER, t, mx=D_MX)
    core = core_headers(fmt_jst(t), D_FROM, D_USER, D_SUBJ, mid)
    return write(20, "ja-2020-done-and-closing-case", msg, kind="merge_completed", case_id=D_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m021():
    t = jst(2020, 6, 19, 4, 2, 55)
    badge = "AWS Certified Cloud Practitioner"
    text = """Ichiro, you've earned a badge from Amazon Web Services Training and Certification

Amazon Web Services Training and Certification has issued you a badge for
%s. Accept your badge to claim it and share your achievement.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/%s

Note: this badge was moved to your current account by the issuer.

Acclaim by Credly | 2020 Acclaim. All rights reserved.
To manage your email preferences visit https://www.youracclaim.com/earner/settings/notifications
""" % (badge, str(uuid.UUID(int=R.getrandbits(128), version=4)))
    msg = alternative(text, html_from_text(text, "Acclaim", brand="", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = credly_front("jp", D_USER, t, from_dom="youracclaim.com", mx=D_MX, acclaim=True)
    frm = addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")
    core = core_headers(fmt_utc(t), frm, D_USER, "Ichiro, you've earned a badge from Amazon Web Services Training and Certification", mid)
    return write(21, "acclaim-2020-badge-earned", msg, kind="credly_badge_issued", case_id=None, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread E: 高橋 由美 (docomo) -- form desk, machine-translated Japanese
E_USER = "yumi.takahashi@docomo.ne.jp"
E_OPEN = jst(2025, 8, 18, 20, 31, 7)
E_CASE = case15(E_OPEN, 55021)
E_MX = ("mfsmax.docomo.ne.jp", "mfsmax.docomo.ne.jp", "Postfix", 2)
E_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
E_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E_CASE


@mail
def m022():
    t = E_OPEN + dt.timedelta(seconds=58)
    text = """こんにちは 高橋 由美、

AWS トレーニングと認定にご連絡いただきありがとうございます。

あなたのケースは作成されました。ケース ID は %s です。
私たちはあなたの要求を確認して、24 時間以内にあなたに応答します。

追加の情報がある場合は、この電子メールに返信することによってそれを提供することができます。
同じ問題のために新しいケースを開かないでください。

よろしく、
AWS トレーニングと認定カスタマーサポート
""" % E_CASE
    msg = alternative(text, html_from_text(text, "ケースが作成されました"), "utf-8", "base64")
    front, dks, mid, tail = ses_front("jp", E_USER, t, mx=E_MX, region="ap-northeast-1")
    subj = "[CASE %s] " % E_CASE + ew("あなたのケースが作成されました", "UTF-8", "B")
    core = core_headers(fmt_utc(t), E_FROM, E_USER, subj, mid)
    return write(22, "ja-machine-translated-case-created", msg, kind="case_created", case_id=E_CASE, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


E_CONFIRM = """こんにちは 高橋 由美、

AWS トレーニングと認定にご連絡いただきありがとうございます。

私たちはあなたの 2 つの認定アカウントを見つけました。
あなたのアカウント AWS55120937 がアカウント AWS60318246 にマージされることを確認してください。
AWS60318246 はプライマリアカウントとして残ります。

マージされたアカウントは元に戻すことはできません。
これが正しいかどうか、この電子メールに返信して確認してください。

よろしく、
Daniel
AWS トレーニングと認定カスタマーサポート
"""


@mail
def m023():
    t = jst(2025, 8, 19, 23, 12, 40)
    msg = alternative(E_CONFIRM, html_from_text(E_CONFIRM, E_SUBJ), "utf-8", "8bit")
    front, dks, mid, tail = ses_front("jp", E_USER, t, mx=E_MX, region="ap-northeast-1")
    core = core_headers(fmt_utc(t), E_FROM, E_USER, E_SUBJ, mid)
    return write(23, "ja-machine-translated-please-confirm-merge", msg, kind="merge_confirmation_requested",
                 case_id=E_CASE, verified=True, lang="ja", new_text=E_CONFIRM, front=front, dkims=dks, core=core, tail=tail)


@mail
def m024():
    t = jst(2025, 8, 20, 9, 5, 12)
    qc = "\n".join("> " + l if l else ">" for l in E_CONFIRM.rstrip("\n").split("\n"))
    text = """こんにちは 高橋 由美、

確認していただきありがとうございます。
私たちはあなたの要求に従ってマージを進めます。
マージが完了したら、私たちはあなたに知らせます。通常これは 1～3 営業日かかります。

よろしく、
Daniel
AWS トレーニングと認定カスタマーサポート
%s
-----Original Message-----
From: 高橋由美 <yumi.takahashi@docomo.ne.jp>
Sent: 2025/08/20 7:41
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

はい、それで大丈夫です。お願いします。

------ 元のメール ------
%s
""" % (Q, E_SUBJ, qc)
    full, new = body_text(text)
    # charset label is wrong: the bytes are UTF-8
    msg = textpart(full, "plain", "iso-8859-1", "quoted-printable", codec="utf-8")
    front, dks, mid, tail = ses_front("jp", E_USER, t, mx=E_MX, region="ap-northeast-1")
    core = core_headers(fmt_utc(t), E_FROM, E_USER, E_SUBJ, mid)
    return write(24, "ja-mt-thanks-we-will-proceed-wrong-charset", msg, kind="support_reply", case_id=E_CASE,
                 verified=True, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m025():
    t = jst(2025, 8, 21, 16, 48, 29)
    text = """こんにちは 高橋 由美、

あなたのアカウントは正常にマージされました。
今、あなたはアカウント AWS60318246 を使用してサインインすることができ、すべての認定がそこに表示されます。

あなたの Credly バッジは 48 時間以内に新しいアカウントに表示されます。
もし表示されない場合は、このケースに返信してください。

よろしく、
Daniel
AWS トレーニングと認定カスタマーサポート
"""
    msg = alternative(text, html_from_text(text, E_SUBJ), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("jp", E_USER, t, mx=E_MX, region="ap-northeast-1")
    core = core_headers(fmt_utc(t), E_FROM, E_USER, E_SUBJ, mid)
    return write(25, "ja-machine-translated-merged-successfully", msg, kind="merge_completed", case_id=E_CASE,
                 verified=True, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m026():
    t = jst(2025, 8, 23, 1, 7, 3)
    badge = "AWS Certified Developer – Associate"
    bid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    text = """高橋 由美 さん、Amazon Web Services Training and Certification からバッジが発行されました

おめでとうございます！ 新しいバッジを受け取る準備ができました。

%s
発行元: Amazon Web Services Training and Certification

バッジを受け取る: https://www.credly.com/badges/%s/accept?locale=ja

バッジを受け取ると、LinkedIn などで共有したり、雇用主に認証してもらったりできます。

ご不明な点は https://support.credly.com をご覧ください。
Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
""" % (badge, bid)
    msg = alternative(text, html_from_text(text, "Credly", brand="", lang="ja"), "utf-8", "quoted-printable")
    front, dks, mid, tail = credly_front("jp", E_USER, t, mx=E_MX)
    frm = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
    subj = ew("高橋 由美 さん、新しいバッジが発行されました: %s" % badge, "UTF-8", "B")
    core = core_headers(fmt_utc(t), frm, E_USER, subj, mid)
    return write(26, "credly-ja-localized-badge-ready", msg, kind="credly_badge_issued", case_id=None, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread F: 伊藤 翔 (Yahoo! JAPAN) -- console case, ISO-2022-JP agent replies
F_USER = "sho.ito_0721@yahoo.co.jp"
F_OPEN = jst(2025, 10, 2, 14, 20, 55)
F_CASE = case15(F_OPEN, 70388)
F_MX = ("yahoo.co.jp", "mta5103.mail.kks.yahoo.co.jp", "Yahoo! JAPAN", 2)
F_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")
F_TOPIC = "認定アカウントを1つにしたい"


def f_subj():
    return "RE:[CASE %s] %s" % (F_CASE, ew(F_TOPIC, "ISO-2022-JP", "B", codec="iso-2022-jp"))


@mail
def m027():
    t = F_OPEN + dt.timedelta(seconds=33)
    text = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: (see AWS Support Center)

We will notify you by email when there is an update.

To see all of the communications for this case or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this email address cannot accept replies. Please do not reply to this email.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (F_CASE, F_CASE, F_TOPIC, F_CASE)
    msg = alternative(text, html_from_text(text, "New case", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, "Amazon Web Services: You have opened a new Support case: %s" % F_CASE, mid)
    return write(27, "en-console-opened-case-ja-subject", msg, kind="case_created", case_id=F_CASE, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m028():
    t = jst(2025, 10, 3, 11, 2, 19)
    text = """伊藤 翔 様

AWS サポートの吉川でございます。お問い合わせいただき、ありがとうございます。

お知らせいただいた内容から、以下の 2 件の認定アカウントを確認いたしました。
番号が非常に似ておりますので、念のためご確認ください。

  AWS71300425
  AWS71300452

お手数ではございますが、それぞれのアカウントにサインインする際にお使いの
メールアドレス (ログイン ID) と、各アカウントで設定されている通知先メール
アドレスをお知らせいただけますでしょうか。
ご本人様確認のため、ご登録のお名前 (ローマ字) もあわせてお願いいたします。

吉川
Amazon Web Services
""" + console_footer_ja(F_CASE)
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, f_subj(), mid)
    return write(28, "ja-console-asks-login-ids-iso2022", msg, kind="support_reply", case_id=F_CASE, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m029():
    t = jst(2025, 10, 6, 10, 15, 44)
    text = """伊藤 翔 様

ご返信いただき、ありがとうございます。吉川でございます。

お送りいただいた情報をもとに確認いたしましたところ、AWS71300425 と
AWS71300452 はいずれも伊藤様ご本人のアカウントであることを確認できました。

現在、担当部署にて統合に向けた準備を進めております。
準備が整いましたら、統合の詳細 (どちらのアカウントに集約するか等) を
あらためてご案内いたしますので、今しばらくお待ちください。

吉川
Amazon Web Services
""" + console_footer_ja(F_CASE)
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, f_subj(), mid)
    return write(29, "ja-console-identity-verified-preparing", msg, kind="support_reply", case_id=F_CASE,
                 verified=True, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m030():
    t = jst(2025, 10, 7, 16, 31, 8)
    text = """伊藤 翔 様

お待たせいたしました。吉川でございます。

統合の準備が整いましたので、内容をご案内いたします。

  ・残すアカウント (統合先): AWS71300452
  ・統合するアカウント (統合元): AWS71300425

統合元アカウントの認定資格 (AWS Certified Cloud Practitioner) は統合先へ移され、
統合元アカウントは閉鎖されます。一度統合すると元に戻すことはできません。

上記の内容にてご承諾いただけますでしょうか。
ご承諾いただける場合は、サポートセンターの本ケースから「承諾します」と
ご返信ください。ご返信を確認後、統合を実施いたします。

吉川
Amazon Web Services
""" + console_footer_ja(F_CASE)
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, f_subj(), mid)
    return write(30, "ja-console-goshoudaku-iso2022", msg, kind="merge_confirmation_requested", case_id=F_CASE,
                 verified=True, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m031():
    t = jst(2025, 10, 10, 16, 40, 0)
    text = """伊藤 翔 様

吉川でございます。

2025 年 10 月 7 日にお送りいたしましたご案内につきまして、その後いかがでしょうか。
現時点でご返信を確認できておりませんでしたので、念のためご連絡いたしました。

前回のメッセージの内容をご確認のうえ、問題がなければサポートセンターから
ご返信くださいますようお願いいたします。
なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますので
ご了承ください。クローズ後も、サポートセンターからケースを再開いただけます。

吉川
Amazon Web Services
""" + console_footer_ja(F_CASE)
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, f_subj(), mid)
    return write(31, "ja-console-chaser-no-reply-yet", msg, kind="support_reply", case_id=F_CASE, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m032():
    t = jst(2025, 10, 14, 13, 9, 51)
    text = """伊藤 翔 様

ご承諾いただき、ありがとうございました。吉川でございます。

ご依頼の認定アカウントの統合が完了いたしましたので、お知らせいたします。
今後は AWS71300452 にサインインしてご利用ください。
これまでに取得された認定資格は、すべて同アカウントに表示されます。

Credly のデジタルバッジについては、反映まで 2〜3 日程度かかる場合がございます。

吉川
Amazon Web Services
""" + rate_ja(F_CASE) + console_footer_ja(F_CASE)
    msg = alternative(text, html_from_text(text, F_TOPIC), "iso-2022-jp", "7bit", hcharset="utf-8", hcte="quoted-printable")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, f_subj(), mid)
    return write(32, "ja-console-merge-complete-with-rating", msg, kind="merge_completed", case_id=F_CASE,
                 verified=True, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread G: 中村 陽子 (BIGLOBE, Becky!) -- form desk
G_USER = "yoko.nakamura@biglobe.ne.jp"
G_OPEN = jst(2025, 1, 20, 19, 42, 10)
G_CASE = case15(G_OPEN, 802)
G_MX = ("biglobe.ne.jp", "mail-mx05.biglobe.ne.jp", "BIGLOBE", 1)
G_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
G_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % G_CASE
G_TO = addr("中村 陽子", G_USER, "ISO-2022-JP", "B", "iso-2022-jp")

G_033_NEW = """中村 陽子 様

AWS トレーニングと認定 カスタマーサポートの藤田と申します。
お問い合わせいただき、ありがとうございます。

まず、ご質問いただきました次回試験の 50%% 割引バウチャーにつきまして
ご回答いたします。AWS40092176 に付与されている未使用の特典は、
統合が済みましたら存続アカウント側でご利用いただけるようになります。
統合前にご利用いただいても問題はございません。

また、統合の手続きにあたり、統合をご希望される理由 (ご転職、登録の重複など) を
お聞かせいただけますでしょうか。社内の記録のためにお伺いしております。

お手数をおかけいたしますが、よろしくお願いいたします。

藤田
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""


@mail
def m033():
    t = jst(2025, 1, 21, 19, 2, 33)
    text = G_033_NEW + """%s
--- お問い合わせ内容 ---
お名前: 中村 陽子
メールアドレス: yoko.nakamura@biglobe.ne.jp
お問い合わせの種類: Certification / Account Merge
AWS 認定候補者 ID: AWS40092176, AWS44815530
内容: 2つのアカウントを統合したいです。古いほうのアカウントに50%%割引のバウチャーが
残っているのですが、統合後も使えますか？
""" % Q
    text = text.replace("%%", "%")
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, G_SUBJ), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("jp", G_USER, t, mx=G_MX)
    core = core_headers(fmt_utc(t), G_FROM, G_TO, G_SUBJ, mid)
    return write(33, "ja-voucher-answer-and-asks-reason", msg, kind="support_reply", case_id=G_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


G_034_NEW = """中村 陽子 様

ご返信いただき、ありがとうございます。藤田でございます。

ご事情を承知いたしました。いただいた情報をもとに、以下のとおり統合の
手続きをご用意いたしました。

  ■ 統合元 (今後ご利用いただけなくなるアカウント)
     AWS 40092176  ご登録メール: y.nakamura@****-tech.co.jp
  ■ 統合先 (引き続きご利用いただくアカウント)
     AWS 44815530  ご登録メール: yoko.nakamura@biglobe.ne.jp

統合先には、統合元で取得されたすべての認定資格、受験履歴、特典が移行されます。
統合の完了後に元へ戻すことはできかねますので、ご留意ください。

上記の内容で統合手続きを進めさせていただいてもよろしいでしょうか。
ご意向に相違がなければ、本メールへのご返信にてお知らせください。

藤田
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""


@mail
def m034():
    t = jst(2025, 1, 22, 17, 30, 5)
    q033 = "\n".join("> " + l if l else ">" for l in G_033_NEW.replace("%%", "%").rstrip("\n").split("\n"))
    text = G_034_NEW + """%s
On Tue, 21 Jan 2025 10:02:33 +0000
"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com> wrote:

藤田様

ご回答ありがとうございます。バウチャーの件、承知しました。
理由は転職です。以前の会社のアドレス (AWS40092176 のほう) はもう受信できないため、
個人アドレスで登録した AWS44815530 に統合してほしいです。

よろしくお願いします。

--
中村 陽子
yoko.nakamura@biglobe.ne.jp

%s
""" % (Q, q033)
    full, new = body_text(text)
    msg = alternative(full, html_from_text(text, G_SUBJ), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("jp", G_USER, t, mx=G_MX)
    core = core_headers(fmt_utc(t), G_FROM, G_TO, G_SUBJ, mid)
    return write(34, "ja-confirm-susumete-yoroshii-becky-quote", msg, kind="merge_confirmation_requested",
                 case_id=G_CASE, verified=True, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m035():
    t = jst(2025, 1, 23, 12, 11, 40)
    q034 = "\n".join("> > " + l if l else "> >" for l in G_034_NEW.rstrip("\n").split("\n"))
    text = """中村 陽子 様

藤田でございます。ご確認のご連絡をいただき、ありがとうございました。

現在、担当部署にて統合の作業を進めております。
完了までに 2〜3 営業日ほどお時間をいただく見込みです。
作業が完了しましたら、本ケースにてあらためてお知らせいたします。

藤田
Amazon Web Services
トレーニングと認定 カスタマーサポート
%s
On Thu, 23 Jan 2025 00:05:51 +0900
中村 陽子 <yoko.nakamura@biglobe.ne.jp> wrote:

> 藤田様
>
> 内容を確認しました。問題ありませんので、統合をお願いいたします。
>
> 中村
>
> On Wed, 22 Jan 2025 08:30:05 +0000
> "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (Q, q034)
    full, new = body_text(text)
    msg = textpart(full, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("jp", G_USER, t, mx=G_MX)
    core = core_headers(fmt_utc(t), G_FROM, G_TO, G_SUBJ, mid)
    return write(35, "ja-status-update-work-in-progress", msg, kind="support_reply", case_id=G_CASE, verified=True,
                 lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


@mail
def m036():
    t = jst(2025, 1, 29, 9, 0, 14)
    url = "https://survey.aws.amazon.com/jfe/form/SV_2mK8Lr0XQ4aE6vb?caseId=%s&lang=ja" % G_CASE
    text = """中村 陽子 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、
誠にありがとうございました。

担当者の対応品質の向上のため、ケース %s についての簡単なアンケートに
ご協力いただけますと幸いです (所要時間 1 分程度)。

アンケートに回答する:
%s

担当者の対応に満足されましたか？
  とても満足 / 満足 / どちらでもない / 不満 / とても不満

本メールは送信専用です。
Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % (G_CASE, url)
    msg = alternative(text, html_from_text(text, "アンケートのお願い"), "utf-8", "base64")
    front, dks, mid, tail = ses_front("jp", G_USER, t, mx=G_MX)
    subj = ew("ご対応に関するアンケートのお願い (ケース %s)" % G_CASE, "ISO-2022-JP", "B", codec="iso-2022-jp")
    core = core_headers(fmt_utc(t), addr("AWS Training and Certification", "no-reply-aws@amazon.com"), G_TO, subj, mid)
    return write(36, "ja-agent-rating-request", msg, kind="survey", case_id=G_CASE, verified=True, lang="ja",
                 new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m037():
    t = jst(2025, 1, 31, 6, 44, 2)
    badges = ["AWS Certified SysOps Administrator – Associate", "AWS Certified Cloud Practitioner"]
    links = [str(uuid.UUID(int=R.getrandbits(128), version=4)) for _ in badges]
    text = """Yoko, 2 badges from Amazon Web Services Training and Certification are waiting for you

Your issuer has moved your badges to this email address. Accept them to keep
showcasing your achievements.

- %s
  Accept: https://www.credly.com/badges/%s/accept
- %s
  Accept: https://www.credly.com/badges/%s/accept

Not sure why you're receiving this? Amazon Web Services Training and Certification
updated the email address on your earner record.

Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
""" % (badges[0], links[0], badges[1], links[1])
    msg = alternative(text, html_from_text(text, "Credly", brand="", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = credly_front("jp", G_USER, t, mx=G_MX)
    frm = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
    core = core_headers(fmt_utc(t), frm, G_USER, "Yoko, you have 2 badges waiting to be accepted", mid)
    return write(37, "credly-two-badges-moved-to-new-email", msg, kind="credly_badge_issued", case_id=None,
                 verified=True, lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread H: 小林 大輔 (Gmail) -- console case, HTML-only Japanese, three accounts
H_USER = "daisuke.kobayashi.dev@gmail.com"
H_OPEN = jst(2025, 11, 25, 8, 57, 36)
H_CASE = case15(H_OPEN, 41290)
H_FROM = addr("Amazon Web Services", "no-reply-aws@amazon.com")
H_TOPIC = "認定アカウント 3 件の統合について"


def html_console(inner_html, case, title):
    return """<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>%s</title></head>
<body style="margin:0;padding:0;background:#fafafa">
<table width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="640" cellspacing="0" cellpadding="0" style="background:#fff;font-family:'Noto Sans JP',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><span style="color:#fff;font-size:16px;font-weight:bold">AWS Support</span></td></tr>
<tr><td style="padding:24px;line-height:1.8">
%s
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #eaeded;font-size:12px;color:#5f6b7a">
ケースの詳細の確認や返信は <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンター</a> から行ってください。<br>
<i>このメールアドレスでは返信を受け付けておりません。</i><br><br>
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
</td></tr></table></td></tr></table></body></html>
""" % (html.escape(title), inner_html, case)


@mail
def m038():
    t = H_OPEN + dt.timedelta(seconds=19)
    inner = """<p>Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>お問い合わせに対応するため、ケース <b>%s</b> をオープンしました。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3">ケース ID</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">件名</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">重要度</td><td>一般的なガイダンス</td></tr>
<tr><td style="background:#f2f3f3">サービス</td><td>トレーニングと認定</td></tr>
<tr><td style="background:#f2f3f3">内容</td><td>認定アカウントが 3 つあります (AWS20571946 / AWS22048813 / AWS38817720)。<br>AWS38817720 に 1 つにまとめてください。</td></tr>
</table>
<p>担当者から追ってご連絡いたします。</p>""" % (H_CASE, H_CASE, html.escape(H_TOPIC))
    h = html_console(inner, H_CASE, "新しいケース")
    msg = textpart(h, "html", "UTF-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", H_USER, t)
    subj = ew("Amazon Web Services: 新しいサポートケースを開きました: %s" % H_CASE, "UTF-8", "B")
    core = core_headers(fmt_utc(t), H_FROM, H_USER, subj, mid)
    return write(38, "ja-console-html-only-case-opened-three-ids", msg, kind="case_created", case_id=H_CASE,
                 verified=True, lang="ja", new_text=h, front=front, dkims=dks, core=core, tail=tail)


@mail
def m039():
    t = jst(2025, 11, 26, 14, 3, 27)
    text = """小林 大輔 様

AWS サポートの大西でございます。お待たせいたしました。

ご依頼の 3 件のアカウントについて、以下の内容で統合を承る予定です。

  存続するアカウント: AWS38817720
  統合されるアカウント: aws20571946、ＡＷＳ２２０４８８１３

統合されるアカウントの認定資格・受験履歴はすべて存続アカウントへ移り、
統合されるアカウントは今後ご利用いただけなくなります。
統合は取り消しができない操作となります。

以上の内容で統合を行ってよろしいでしょうか。お手数ですが、ご意向を
サポートセンターからご返信くださいますようお願いいたします。

大西
Amazon Web Services
"""
    inner = "<p>" + "<br>\n".join(html.escape(l) for l in text.rstrip("\n").split("\n")) + "</p>"
    h = html_console(inner, H_CASE, H_TOPIC)
    msg = alternative(text + console_footer_ja(H_CASE), h, "utf-8", "base64")
    front, dks, mid, tail = ses_front("gmail", H_USER, t)
    subj = "RE:[CASE %s] " % H_CASE + ew(H_TOPIC, "UTF-8", "B")
    core = core_headers(fmt_utc(t), H_FROM, H_USER, subj, mid)
    return write(39, "ja-console-three-accounts-fullwidth-id-confirm", msg, kind="merge_confirmation_requested",
                 case_id=H_CASE, verified=True, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m040():
    t = jst(2025, 11, 28, 10, 44, 9)
    inner = """<p>小林 大輔 様</p>
<p>大西でございます。ご承諾いただき、ありがとうございました。</p>
<p>3 件の認定アカウントを <b>AWS38817720</b> に集約する作業が、本日すべて完了いたしました。<br>
旧アカウントで取得された認定資格は、存続アカウントの認定一覧に表示されております。</p>
<p>Credly のバッジが新しいメールアドレスに届かない場合は、本ケースにてお知らせください。</p>
<p>大西<br>Amazon Web Services</p>
<p style="font-size:12px">このやり取りについてご評価ください: <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;language=ja">評価する</a></p>""" % H_CASE
    h = html_console(inner, H_CASE, H_TOPIC)
    msg = textpart(h, "html", "utf-8", "base64")
    front, dks, mid, tail = ses_front("gmail", H_USER, t)
    subj = "RE:[CASE %s] " % H_CASE + ew(H_TOPIC, "UTF-8", "B")
    core = core_headers(fmt_utc(t), H_FROM, H_USER, subj, mid)
    return write(40, "ja-console-html-only-three-merged", msg, kind="merge_completed", case_id=H_CASE,
                 verified=True, lang="ja", new_text=inner, front=front, dkims=dks, core=core, tail=tail)


@mail
def m041():
    t = jst(2025, 12, 2, 11, 0, 3)
    inner = """<p>小林 大輔 様</p>
<p>ケース %s は解決済みとなり、クローズされました。</p>
<p>今回のサポートについてお聞かせください。</p>
<p><b>問題は解決しましたか？</b><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=true&amp;language=ja">はい</a> ｜
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=false&amp;language=ja">いいえ</a></p>
<p><b>担当者の対応を評価してください</b><br>
★☆☆☆☆ ～ ★★★★★ (リンクをクリックして選択)</p>
<p>ご協力ありがとうございました。<br>Amazon Web Services</p>""" % (H_CASE, H_CASE, H_CASE)
    h = html_console(inner, H_CASE, "ケースがクローズされました")
    msg = textpart(h, "html", "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", H_USER, t)
    subj = ew("[Case %s] ケースはクローズされました。ご意見をお聞かせください" % H_CASE, "UTF-8", "Q")
    core = core_headers(fmt_utc(t), H_FROM, H_USER, subj, mid)
    return write(41, "ja-console-html-only-closed-feedback", msg, kind="survey", case_id=H_CASE, verified=True,
                 lang="ja", new_text=inner, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Thread I: 渡辺 智子 (small company Postfix, no Authentication-Results) -- duplicate case
I_USER = "t.watanabe@watanabe-koumuten.co.jp"
I_MX = ("mail.watanabe-koumuten.co.jp", "Postfix")
I_OPEN1 = jst(2024, 7, 8, 13, 5, 40)
I_CASE1 = case15(I_OPEN1, 23318)
I_OPEN2 = jst(2024, 7, 16, 9, 48, 2)
I_CASE2 = case15(I_OPEN2, 90141)
I_FROM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
I_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE2


@mail
def m042():
    t = I_OPEN2 + dt.timedelta(seconds=40)
    text = """渡辺 智子 様

お問い合わせありがとうございます。
本メールはシステムより自動でお送りしております。

お問い合わせは、ケース番号 %s にて承りました。
担当者より、原則 24 時間以内にご連絡を差し上げます。

なお、お問い合わせフォームに通知先メールアドレスが入力されていない場合、
担当者からのご連絡が届かないことがございます。お問い合わせの際は
通知先メールアドレスを必ずご入力ください。

――――――――――――――――――
Amazon Web Services
トレーニングと認定 カスタマーサポート
――――――――――――――――――
""" % I_CASE2
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("none", I_USER, t, mx=I_MX)
    subj = "[CASE %s] " % I_CASE2 + ew("お問い合わせ受付のお知らせ (自動送信)", "ISO-2022-JP", "B", codec="iso-2022-jp")
    core = core_headers(fmt_utc(t), I_FROM, I_USER, subj, mid)
    return write(42, "ja-auto-reply-second-case-no-auth-results", msg, kind="case_created", case_id=I_CASE2,
                 verified=None, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m043():
    t = jst(2024, 7, 17, 10, 20, 33)
    text = """渡辺 智子 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

先日 (7 月 8 日) にお送りいただいたお問い合わせ (ケース %s) につきましては、
通知先メールアドレスが未入力だったため、こちらからご連絡を差し上げることが
できておりませんでした。ご不便をおかけし、大変申し訳ございません。

同じご依頼のケースが 2 件となっておりますため、今後のやり取りは本ケース
(%s) に一本化させていただきます。以前のケースは当方でクローズいたします。

現在、お知らせいただいた AWS82214590 と AWS82960371 の 2 件のアカウント情報を
確認しております。確認が取れ次第、統合の内容についてご案内いたします。

佐々木
Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % (I_CASE1, I_CASE2)
    msg = textpart(text, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("none", I_USER, t, mx=I_MX)
    core = core_headers(fmt_utc(t), I_FROM, I_USER, I_SUBJ, mid)
    return write(43, "ja-duplicate-case-consolidated-no-auth", msg, kind="support_reply", case_id=I_CASE2,
                 verified=None, lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m044():
    t = jst(2024, 7, 18, 15, 2, 17)
    text = """渡辺 智子 様

佐々木でございます。お待たせいたしました。

確認の結果、以下のとおり統合させていただきたく存じます。

  ・存続させるアカウント: AWS82960371 (t.watanabe@watanabe-koumuten.co.jp)
  ・廃止するアカウント  : AWS82214590 (tomoko.w.1985@gmail.com)

廃止するアカウントで取得された認定資格は、存続させるアカウントに引き継がれます。
統合後はご依頼があっても元に戻すことはできません。

この内容での統合についてご承諾いただけますでしょうか。
ご承諾いただける場合は、本メールに「承諾します」とご返信くださいますよう
お願い申し上げます。

佐々木
Amazon Web Services
トレーニングと認定 カスタマーサポート
%s
----- Original Message -----
From: 渡辺智子 <t.watanabe@watanabe-koumuten.co.jp>
Date: 2024/07/17 (水) 13:55
Subject: Re: %s

佐々木様

ご連絡ありがとうございます。
ログイン用のメールアドレスは以下の 2 つです。
  tomoko.w.1985@gmail.com (AWS82214590)
  t.watanabe@watanabe-koumuten.co.jp (AWS82960371)
会社のアドレスのほうを残したいです。

渡辺
""" % (Q, I_SUBJ)
    full, new = body_text(text)
    msg = textpart(full, "plain", "iso-2022-jp", "7bit")
    front, dks, mid, tail = ses_front("none", I_USER, t, mx=I_MX)
    core = core_headers(fmt_utc(t), I_FROM, I_USER, I_SUBJ, mid)
    return write(44, "ja-confirm-shoudaku-no-auth-results", msg, kind="merge_confirmation_requested", case_id=I_CASE2,
                 verified=None, lang="ja", new_text=new, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Phishing about the merge


@mail
def m045():
    t = jst(2025, 6, 3, 7, 41, 12)
    ip = "203.0.113.%d" % R.randint(2, 250)
    rp = "bounce@mail.aws-certification-jp.com"
    ar = gmail_ar([("aws-certification-jp.com", "pass")], "pass", rp, ip, "pass", "aws-certification-jp.com", policy="NONE")
    front = gmail_front(A_USER, t, rp, "mail.aws-certification-jp.com", ip, ar)
    dks = [("DKIM-Signature", dkim("aws-certification-jp.com", "default", t, h="From:To:Subject:Date:Message-ID", c="relaxed/relaxed"))]
    text = """佐藤 健太 様

AWS 認定アカウント統合センターです。

お客様よりご依頼いただいている認定アカウントの統合について、最終確認のお願いです。

  統合元: AWS04418275
  統合先: AWS09132604

上記の内容で統合を行ってよろしいでしょうか。ご承諾いただける場合は、
48 時間以内に下記のリンクから AWS アカウントにサインインし、
「統合を承諾する」ボタンを押してください。
期限内にご承諾いただけない場合、両方のアカウントが一時停止されます。

▼ 統合を承諾する
https://aws-certification-jp.com/merge/confirm?token=%s

AWS トレーニングと認定
""" % hexs(40)
    msg = alternative(text, html_from_text(text, "統合の最終確認"), "utf-8", "base64")
    subj = ew("【重要】認定アカウント統合の最終確認 (48時間以内にご対応ください)", "UTF-8", "B")
    frm = addr("AWS 認定サポート", "support@aws-certification-jp.com", "UTF-8", "B")
    core = core_headers(fmt_jst(t), frm, A_USER, subj, "<%s.%s@aws-certification-jp.com>" % (alnum(16), unix(t)))
    return write(45, "phish-lookalike-domain-merge-shoudaku", msg, kind="merge_confirmation_requested", case_id=None,
                 verified=False, lang="ja", new_text=text, front=front, dkims=dks, core=core)


@mail
def m046():
    t = jst(2025, 3, 20, 3, 12, 55)
    ip = "185.%d.%d.%d" % (R.randint(100, 200), R.randint(1, 250), R.randint(1, 250))
    relay = "vps-%s.hosting-node.net" % hexs(6)
    ar = outlook_ar("none", "none", "fail", "amazon.com", ip, "fail", "amazon.com", action="quarantine", compauth="fail reason=000")
    front = outlook_front(B_USER, t, "no-reply-aws@amazon.com", relay, ip, ar)
    fake_case = "174161234509871"
    forged = [
        ("Received", "from mx.amazon.com (mx.amazon.com [72.21.217.99]) by %s (Postfix) with ESMTP id %s; %s" % (relay, alnum(10, "ABCDEF0123456789"), fmt_jst(t))),
        ("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
    ]
    text = """山田 美咲 様

お客様の認定アカウントの統合が完了しました。
統合後のアカウント AWS31068842 を有効にするため、24 時間以内に以下のリンクから
本人確認を行ってください。本人確認が行われない場合、統合後のアカウントは
無効となり、取得済みの認定が失われます。

本人確認を行う: https://signin-aws-certification.support-verify.net/ja/verify?c=%s

Amazon Web Services
""" % fake_case
    msg = alternative(text, html_from_text(text, "統合完了"), "utf-8", "quoted-printable")
    subj = "RE:[CASE %s] " % fake_case + ew("アカウント統合完了のお知らせ", "UTF-8", "B")
    core = core_headers(fmt_jst(t), addr("Amazon Web Services", "no-reply-aws@amazon.com"), B_USER, subj,
                        "<%s@%s>" % (uuid.UUID(int=R.getrandbits(128), version=4), relay))
    return write(46, "phish-spoofed-amazon-dmarc-fail-merge-done", msg, kind="merge_completed", case_id=fake_case,
                 verified=False, lang="ja", new_text=text, front=front + forged, dkims=[], core=core)


@mail
def m047():
    t = jst(2025, 8, 25, 22, 30, 41)
    ip = "198.51.100.%d" % R.randint(2, 250)
    rp = "mailer@credly-badges.net"
    ar = jp_ar("mfsmax.docomo.ne.jp", "pass", rp, "credly-badges.net", "none", "none", "credly-badges.net", 2)
    front = jp_front(E_USER, t, rp, "smtp.credly-badges.net", ip, ar, "mfsmax.docomo.ne.jp", "Postfix")
    text = """Congratulations, Yumi!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

To accept your badge, sign in with your AWS Certification account credentials:
https://credly-badges.net/aws/accept?id=%s

This link expires in 24 hours.

Credly Team
""" % hexs(32)
    msg = alternative(text, html_from_text(text, "Credly", brand="", lang="en"), "utf-8", "quoted-printable")
    core = core_headers(fmt_utc(t), addr("Credly", "noreply@credly-badges.net"), E_USER,
                        "Action required: accept your new AWS badge", "<%s@credly-badges.net>" % alnum(20))
    return write(47, "phish-credly-lookalike-badge", msg, kind="credly_badge_issued", case_id=None, verified=False,
                 lang="en", new_text=text, front=front, dkims=[], core=core)


@mail
def m048():
    t = jst(2025, 10, 21, 13, 15, 0)
    text = """Hello,

We hope your recent experience with AWS Support for case %s was positive.
Your case has been resolved. If you have further questions, you can reopen it from the
Support Center within 14 days.

Please let us know how we did:
Was your issue resolved?  YES / NO
https://console.aws.amazon.com/support/feedback?displayId=%s&language=en

How satisfied were you with the support engineer who helped you?

Thank you,
Amazon Web Services

*Please note: this email address cannot accept replies.*
""" % (F_CASE, F_CASE)
    msg = alternative(text, html_from_text(text, "Feedback", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("jp", F_USER, t, mx=F_MX)
    core = core_headers(fmt_utc(t), F_FROM, F_USER, "Amazon Web Services: Your Support case %s has been resolved - tell us how we did" % F_CASE, mid)
    return write(48, "en-console-resolved-rate-us", msg, kind="survey", case_id=F_CASE, verified=True, lang="en",
                 new_text=text, front=front, dkims=dks, core=core, tail=tail)


# ---------------------------------------------------------------------------
# Unrelated look-alikes


@mail
def m049():
    t = jst(2025, 6, 10, 15, 27, 30)
    case = case15(jst(2025, 6, 9, 18, 2, 44), 11470)
    text = """佐藤 健太 様

AWS サポートの請求担当、平野でございます。
お問い合わせいただき、ありがとうございます。

5 月分のご請求額が想定より高いとのことで、アカウント 4821-0937-5516 の
利用状況を確認いたしました。増加の主な要因は、東京リージョン (ap-northeast-1) で
停止されていなかった NAT ゲートウェイ 2 台の時間料金およびデータ処理料金でした。

不要なリソースを削除いただいた後、AWS Cost Explorer にて日次の料金推移を
ご確認いただけます。今回に限り、上記料金の一部についてクレジットの付与を
検討いたしますので、削除が完了しましたら本ケースにてお知らせください。

平野
Amazon Web Services
""" + console_footer_ja(case)
    msg = alternative(text, html_from_text(text, "請求"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", A_USER, t)
    subj = "RE:[CASE %s] " % case + ew("5月の請求額について", "UTF-8", "B")
    core = core_headers(fmt_utc(t), addr("Amazon Web Services", "no-reply-aws@amazon.com"), A_USER, subj, mid)
    return write(49, "ja-unrelated-billing-case-reply", msg, kind="unrelated", case_id=case, verified=True, lang="ja",
                 new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m050():
    t = jst(2025, 12, 4, 10, 12, 8)
    case = case15(t - dt.timedelta(seconds=25), 60213)
    text = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances (Running On-Demand Standard instances, ap-northeast-1)
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Tokyo)
New limit value: 256

We will notify you by email when there is an update.

To see all of the communications for this case or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this email address cannot accept replies. Please do not reply to this email.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (case, case, case)
    msg = alternative(text, html_from_text(text, "New case", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("gmail", H_USER, t)
    core = core_headers(fmt_utc(t), addr("Amazon Web Services", "no-reply-aws@amazon.com"), H_USER,
                        "Amazon Web Services: You have opened a new Support case: %s" % case, mid)
    return write(50, "en-unrelated-quota-increase-case-opened", msg, kind="unrelated", case_id=case, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m051():
    t = jst(2025, 4, 16, 11, 0, 0)
    text = """AWS トレーニングと認定 ニュースレター 2025 年 4 月号

■ AWS 認定アカウントの管理がより簡単に
AWS Certification アカウントに AWS Builder ID でサインインできるようになりました。
複数のメールアドレスで受験した履歴がある方は、プロフィールの統合についての
よくある質問 (FAQ) をご覧ください。
https://aws.amazon.com/jp/certification/faqs/

■ 新しい認定試験のご案内
AWS Certified AI Practitioner の日本語版試験が引き続き受験可能です。

■ Skill Builder 無料デジタルトレーニング
200 以上のコースを日本語でご利用いただけます。

配信停止をご希望の場合: https://pages.awscloud.com/communication-preferences.html?lang=ja
Amazon Web Services Japan 合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    msg = alternative(text, html_from_text(text, "ニュースレター"), "utf-8", "base64")
    front, dks, mid, tail = ses_front("outlook", B_USER, t)
    subj = ew("AWS トレーニングと認定ニュースレター – 認定アカウント管理の新機能", "UTF-8", "B")
    core = core_headers(fmt_utc(t), addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com", "UTF-8", "B"), B_USER, subj, mid,
                        [("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html?lang=ja>")])
    return write(51, "ja-unrelated-aws-newsletter-mentions-merge", msg, kind="unrelated", case_id=None, verified=True,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m052():
    t = jst(2025, 6, 20, 2, 33, 19)
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    rp = "bounces+2219873-ab31-%s@mail.certmetrics.com" % A_USER.replace("@", "=")
    ar = gmail_ar([("certmetrics.com", "pass")], "pass", rp, ip, "pass", "certmetrics.com", policy="NONE")
    front = gmail_front(A_USER, t, rp, "o3.mail.certmetrics.com", ip, ar)
    dks = [("DKIM-Signature", dkim("certmetrics.com", "s1", t, c="relaxed/relaxed"))]
    text = """Hello Kenta Sato,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified individual. We are conducting a short survey
about your certification experience. Your feedback helps us improve our program.

AWS Certification Account: AWS09132604

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s

This survey is about your overall AWS Certification journey and is not related to
any support request.

Regards,
AWS Training and Certification
Please do not reply to this email. This mailbox is not monitored.
""" % hexs(32)
    msg = alternative(text, html_from_text(text, "CertMetrics", brand="", lang="en"), "utf-8", "quoted-printable")
    core = core_headers(fmt_utc(t), addr("AWS Certification", "do-not-reply@certmetrics.com"), A_USER,
                        "AWS Certification wants to hear from you", "<%s@certmetrics.com>" % alnum(24))
    return write(52, "en-unrelated-certmetrics-survey", msg, kind="unrelated", case_id=None, verified=False, lang="en",
                 new_text=text, front=front, dkims=dks, core=core)


@mail
def m053():
    t = jst(2025, 2, 3, 10, 14, 27)
    ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    rp = "pearsonvueconfirmation@pearson.com"
    ar = jp_ar("biglobe.ne.jp", "pass", rp, "pearson.com", "pass", "pass", "pearson.com")
    front = jp_front(G_USER, t, rp, "mx-out.pearson.com", ip, ar, "mail-mx05.biglobe.ne.jp", "BIGLOBE")
    dks = [("DKIM-Signature", dkim("pearson.com", "selector1", t, c="relaxed/relaxed"))]
    text = """中村 陽子 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約が確定しましたのでお知らせいたします。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2025 年 2 月 22 日 (土) 10:00 (日本標準時)
会場: オンライン試験 (OnVUE)
登録 ID: 486213377
受験者 ID: AWS44815530

試験開始 30 分前からチェックインが可能です。ご本人確認書類をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
    msg = alternative(text, html_from_text(text, "Pearson VUE", brand=""), "iso-2022-jp", "7bit", hcharset="utf-8", hcte="quoted-printable")
    subj = ew("試験予約の確認 - AWS Certification", "ISO-2022-JP", "B", codec="iso-2022-jp")
    core = core_headers(fmt_utc(t), addr("Pearson VUE", rp), G_USER, subj, "<%s@pearson.com>" % alnum(20))
    return write(53, "ja-unrelated-pearson-vue-booking", msg, kind="unrelated", case_id=None, verified=False, lang="ja",
                 new_text=text, front=front, dkims=dks, core=core)


@mail
def m054():
    t = jst(2024, 7, 22, 8, 40, 3)
    text = """AWS Builder ID の確認コード

AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 628041

このコードの有効期限は 30 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
    msg = alternative(text, html_from_text(text, "確認コード"), "utf-8", "quoted-printable")
    front, dks, mid, tail = ses_front("none", I_USER, t, from_dom="signin.aws", mx=I_MX)
    subj = ew("AWS Builder ID の確認コード", "UTF-8", "B")
    core = core_headers(fmt_utc(t), addr("AWS", "no-reply@signin.aws"), I_USER, subj, mid)
    return write(54, "ja-unrelated-builder-id-code-no-auth", msg, kind="unrelated", case_id=None, verified=None,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m055():
    t = jst(2024, 7, 19, 14, 51, 36)
    case = "6027354418"
    text = """渡辺 智子 様

Amazon セラーセントラルをご利用いただきありがとうございます。
テクニカルサポートの川口です。

2 つの出品用アカウントを統合されたいとのお問い合わせについてご案内いたします。
同一の事業者様による複数アカウントの統合は承っておりますが、統合前に
両アカウントの在庫と未出荷の注文がないことをご確認ください。

確認が済みましたら、このメールにご返信ください。

ケース ID: %s

Amazon.co.jp セラーサポート
""" % case
    msg = textpart(text, "plain", "shift_jis", "base64")
    front, dks, mid, tail = ses_front("none", I_USER, t, from_dom="amazon.co.jp", mx=I_MX)
    subj = "RE:[CASE %s] " % case + ew("出品アカウントの統合について", "Shift_JIS", "B", codec="shift_jis")
    core = core_headers(fmt_jst(t), addr("Amazon セラーサポート", "seller-support-noreply@amazon.co.jp", "Shift_JIS", "B", "shift_jis"), I_USER, subj, mid)
    return write(55, "ja-unrelated-seller-central-account-merge", msg, kind="unrelated", case_id=case, verified=None,
                 lang="ja", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m056():
    t = jst(2025, 12, 1, 16, 20, 44)
    ip = "192.30.252.%d" % R.randint(192, 215)
    rp = "noreply@github.com"
    ar = gmail_ar([("github.com", "pass")], "pass", rp, ip, "pass", "github.com", policy="REJECT")
    front = gmail_front(H_USER, t, rp, "out-%d.smtp.github.com" % R.randint(10, 30), ip, ar)
    dks = [("DKIM-Signature", dkim("github.com", "pf2023", t, c="relaxed/relaxed"))]
    text = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kobayashi-d/infra-terraform/pull/42#event-15523094117
You are receiving this because you authored the thread.

Message ID: <kobayashi-d/infra-terraform/pull/42/issue_event/15523094117@github.com>
"""
    h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kobayashi-d/infra-terraform/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kobayashi-d/infra-terraform/pull/42#event-15523094117">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
"""
    msg = MIMEMultipart("alternative", boundary="--==_mimepart_" + hexs(13) + "_" + str(R.randint(10, 99)) + "c0_" + str(R.randint(1000, 9999)))
    del msg["MIME-Version"]
    msg.attach(textpart(text, "plain", "UTF-8", "7bit"))
    msg.attach(textpart(h, "html", "UTF-8", "7bit"))
    core = core_headers(fmt_utc(t).replace("+0000", "-0800"), addr("Daisuke Kobayashi", "notifications@github.com"), "kobayashi-d/infra-terraform <infra-terraform@noreply.github.com>",
                        "Re: [kobayashi-d/infra-terraform] Merge certification-account module into shared stack (PR #42)",
                        "<kobayashi-d/infra-terraform/pull/42/issue_event/15523094117@github.com>",
                        [("In-Reply-To", "<kobayashi-d/infra-terraform/pull/42@github.com>"),
                         ("References", "<kobayashi-d/infra-terraform/pull/42@github.com>"),
                         ("List-ID", "kobayashi-d/infra-terraform <infra-terraform.kobayashi-d.github.com>"),
                         ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "kobayashi-d")])
    core[0] = ("Date", utils.format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=-8)))))
    return write(56, "en-unrelated-github-pr-merged", msg, kind="unrelated", case_id=None, verified=False, lang="en",
                 new_text=text, front=front, dkims=dks, core=core)


@mail
def m057():
    t = jst(2025, 3, 25, 21, 3, 30)
    text = """Hi Misaki,

We received a request to merge another Credly account into this one.

Your verification code is: 417 093

Enter this code on the account merge page, or click the button below to finish.

Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=%s

All badges from the other account will be moved to this account. If you did not
request this, you can safely ignore this email.

The Credly Team
Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
""" % hexs(40)
    msg = alternative(text, html_from_text(text, "Credly account merge", brand="", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = credly_front("outlook", B_USER, t)
    core = core_headers(fmt_utc(t), addr("Credly", "admin@credly.com"), B_USER, "Confirm your Credly account merge", mid)
    return write(57, "en-unrelated-credly-self-service-merge-code", msg, kind="unrelated", case_id=None, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m058():
    t = jst(2023, 5, 16, 4, 10, 22)
    text = """Ichiro, your badge is expiring soon

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training
and Certification will expire on June 14, 2023.

Contact the issuer to learn how to renew your certification:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s

Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
""" % str(uuid.UUID(int=R.getrandbits(128), version=4))
    msg = alternative(text, html_from_text(text, "Credly", brand="", lang="en"), "utf-8", "quoted-printable")
    front, dks, mid, tail = credly_front("jp", D_USER, t, mx=D_MX)
    core = core_headers(fmt_utc(t), addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), D_USER,
                        "Ichiro, your AWS Certified Cloud Practitioner badge expires in 30 days", mid)
    return write(58, "en-unrelated-credly-expiry-reminder", msg, kind="unrelated", case_id=None, verified=True,
                 lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


@mail
def m059():
    t = jst(2025, 10, 18, 4, 55, 9)
    ip = "45.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(1, 250))
    rp = "info@amazon-aws-support.co"
    ar = jp_ar("yahoo.co.jp", "softfail", rp, "amazon-aws-support.co", "none", "fail", "amazon-aws-support.co", 2)
    front = jp_front(F_USER, t, rp, "mail.amazon-aws-support.co", ip, ar, "mta5103.mail.kks.yahoo.co.jp", "Yahoo! JAPAN")
    text = """AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法の有効期限が切れています。
サービスの停止を避けるため、72 時間以内に以下のページからお支払い情報を
更新してください。

お支払い情報を更新する: https://amazon-aws-support.co/billing/update?uid=%s

※本メールは送信専用です。
Amazon Web Services 請求サポート
""" % hexs(16)
    msg = textpart(text, "html" if False else "plain", "shift_jis", "base64")
    subj = ew("【AWS】お支払い方法の更新が必要です", "Shift_JIS", "B", codec="shift_jis")
    core = core_headers(fmt_jst(t), addr("Amazon Web Services", "billing-notice@amazon-aws-support.co"), F_USER, subj,
                        "<%s@amazon-aws-support.co>" % alnum(18))
    return write(59, "ja-unrelated-phish-billing-update", msg, kind="unrelated", case_id=None, verified=False,
                 lang="ja", new_text=text, front=front, dkims=[], core=core)


@mail
def m060():
    t = jst(2025, 3, 15, 2, 48, 57)
    badge = "AWS Certified Solutions Architect – Professional"
    bid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    text = """Misaki, you've earned a badge from Amazon Web Services Training and Certification!

Your certification record was updated, and your badge has been issued to
misaki.yamada@outlook.jp.

%s
Issued by: Amazon Web Services Training and Certification
Issued on: March 14, 2025

Accept your badge: https://www.credly.com/badges/%s/accept
Badge verification: https://www.credly.com/badges/%s/public_url

Credly, Inc. | 100 Congress Ave, Suite 2000 | Austin, TX 78701
""" % (badge, bid, bid)
    msg = alternative(text, html_from_text(text, "Credly", brand="", lang="en"), "utf-8", "base64")
    front, dks, mid, tail = credly_front("outlook", B_USER, t)
    subj = ew("Misaki, you've earned a badge: %s" % badge, "UTF-8", "Q")
    core = core_headers(fmt_utc(t), addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), B_USER, subj, mid)
    return write(60, "credly-badge-after-console-merge-outlook", msg, kind="credly_badge_issued", case_id=None,
                 verified=True, lang="en", new_text=text, front=front, dkims=dks, core=core, tail=tail)


# === MAIN ===
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(LABELS, fp, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
