#!/usr/bin/env python3
"""Generator for blind set 94: AWS Certification account merge mail, mostly Japanese.

Writes NNN-slug.eml files and labels.json next to this script.
"""
import base64
import datetime
import hashlib
import json
import os
import quopri
import random
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
import io

OUT = os.path.dirname(os.path.abspath(globals().get("__file__") or "/work/blind/set-94/make_set.py"))
R = random.Random(9494)
MAILS = []  # list of (fname, msg, label)

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def D(s, tz=JST):
    """'2025-05-27 09:14:22' -> aware datetime."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened, tail):
    return "%d%s" % (int(opened.timestamp()), tail)


def rdate(d):
    return format_datetime(d)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def ses_id(d, region="email"):
    ms = int(d.timestamp() * 1000) + R.randint(50, 900)
    return "<0100%012x-%s-000000@%s.amazonses.com>" % (ms, uuid.UUID(int=R.getrandbits(128)), region)


def ses_mailfrom(d, region=None):
    ms = int(d.timestamp() * 1000) + R.randint(50, 900)
    dom = "%s.amazonses.com" % region if region else "amazonses.com"
    return "0100%012x-%s-000000@%s" % (ms, uuid.UUID(int=R.getrandbits(128)), dom)


# ---------------------------------------------------------------- parts

def tpart(body, subtype="plain", charset="utf-8", cte="base64", label=None, codec=None):
    """A text/* leaf part. codec: how the bytes are really encoded; label: what the header says."""
    codec = codec or charset
    label = label or charset
    raw = body.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=label)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="%s" % hexs(28))
    for p in parts:
        m.attach(p)
    return m


def hdr(s, charset="utf-8"):
    """Encoded-word header (folded into several encoded words when long)."""
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# ------------------------------------------------------- transport headers

def dkim(d_domain, selector, d, hlist="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (selector, d_domain, int(d.timestamp()), hlist, b64s(32), fold64(b64s(192))))


def fold64(s):
    return "\n\t ".join(s[i:i + 64] for i in range(0, len(s), 64))


AMZ_SEL = "rjrvtf5yhzc6ytiexbngkzgxsytp7pqx"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL_APNE = "zh4gjftm6etwoq6afzugpky45synznly"


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.11.%d", "54.240.48.%d"]) % R.randint(2, 250)


def apne_ip():
    return "23.251.2%02d.%d" % (R.randint(32, 39), R.randint(2, 250))


def pdt(d):
    """Gmail stamps Received in Pacific time."""
    off = -7 if 3 <= d.month <= 10 else -8
    return d.astimezone(datetime.timezone(datetime.timedelta(hours=off)))


def gmail(to, d, mailfrom, ip, helo, hfrom, dmarc="pass", dkim_ds=("amazon.com", "amazonses.com"),
          policy="p=QUARANTINE sp=QUARANTINE dis=NONE", spf="pass", extra_below=()):
    """Headers a Gmail mailbox shows above the sender's own headers (topmost first)."""
    dl = pdt(d + datetime.timedelta(seconds=R.randint(2, 9)))
    smtp_id = "%s-%scsp%d" % (hexs(13), hexs(11), R.randint(100000, 9999999))
    mf_dom = mailfrom.split("@")[1]
    dk = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
        "pass", x, hexs(8)[:8] if x not in ("amazon.com", "amazonses.com") else (AMZ_SEL if x == "amazon.com" else SES_SEL), b64s(6)[:8]) for x in dkim_ds)
    if not dkim_ds:
        dk = "dkim=none"
    spfs = ("spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
            % (spf, mailfrom, ip, mailfrom)) if spf == "pass" else (
            "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    dm = "dmarc=%s (%s) header.from=%s" % (dmarc, policy, hfrom)
    ar = "mx.google.com;\n       %s;\n       %s;\n       %s" % (dk, spfs, dm)
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(4), smtp_id, rdate(dl))),
        ("X-Google-Smtp-Source", "AGHT+I" + b64s(60)[:80]),
        ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hexs(4), hexs(3), hexs(4), hexs(4), smtp_id, rdate(dl))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(d.timestamp()), fold64(b64s(96)))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=message-id:date:subject:to:from:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (b64s(32), b64s(32), fold64(b64s(96)))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.2025.%s.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, hexs(5), hexs(12), R.randint(1, 9), hexs(2), hexs(2), hexs(2), to, rdate(dl))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]
    h.extend(extra_below)
    return h


def o365(to, d, mailfrom, ip, helo, hfrom, dmarc="pass", dkim_d="amazon.com", compauth="pass reason=100",
         tenant_host="TYWP286MB2697.JPNP286.PROD.OUTLOOK.COM", consumer=True, action="none"):
    dl = d + datetime.timedelta(seconds=R.randint(2, 9))
    mfdom = mailfrom.split("@")[1]
    dk = "dkim=pass (signature was verified)\n header.d=%s" % dkim_d if dkim_d else "dkim=none (message not signed)\n header.d=none"
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
          % (ip, mfdom, dk, dmarc, action, hfrom, compauth))
    edge = "OS0P286CA%04d.outlook.office365.com" % R.randint(1, 9999) if not consumer else "TY2PEPF0000AB8%d.apcprd03.prod.outlook.com" % R.randint(1, 9)
    h = [
        ("Received", "from %s (%s) by\n %s with HTTPS; %s"
         % ("OS3PR01MB%04d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999), "2603:1096:604:%s::%d" % (hexs(2), R.randint(1, 20)), tenant_host, rdate(dl.astimezone(UTC)).replace("-0000", "+0000"))),
        ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (edge, "2603:1096:400:%s:cafe::%s" % (hexs(3), hexs(2)), "OS3PR01MB%04d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999), "2603:1096:604:%s::%d" % (hexs(2), R.randint(1, 20)), R.randint(8000, 9400), R.randint(10, 40), rdate(dl.astimezone(UTC)).replace("-0000", "+0000"))),
        ("Authentication-Results", ar),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mfdom, ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (helo, ip, edge, "10.167.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), R.randint(8000, 9400), R.randint(10, 40), rdate(dl.astimezone(UTC)).replace("-0000", "+0000"))),
        ("X-MS-Exchange-Organization-AuthSource", edge),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    return h


def jp_isp(provider, to, d, mailfrom, ip, helo, hfrom, dmarc="pass", dkim_d="amazon.com", with_ar=True):
    """nifty / biglobe / ocn style: a simple Received chain and a compact Authentication-Results."""
    dl = d + datetime.timedelta(seconds=R.randint(2, 12))
    names = {
        "nifty": ("mta-ems-%s%02d.mail.nifty.com" % (R.choice("abcde"), R.randint(1, 9)), "nifty.com"),
        "biglobe": ("mbox-s%02d.biglobe.ne.jp" % R.randint(1, 30), "biglobe.ne.jp"),
        "ocn": ("mfil%02d.ocn.ad.jp" % R.randint(1, 20), "ocn.ad.jp"),
    }
    mx, authserv = names[provider]
    h = [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s) by %s with ESMTP\n\tid <%s.%s@%s>; %s" % (
            "mx%d.%s" % (R.randint(1, 4), authserv), "localhost", mx, hexs(14).upper(), "mail", authserv, rdate(dl.astimezone(JST)))),
    ]
    if with_ar:
        dk = "dkim=pass header.i=@%s" % dkim_d if dkim_d else "dkim=none"
        h.append(("Authentication-Results", "%s; spf=pass smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (
            authserv, mailfrom.split("@")[1], dk, dmarc, hfrom)))
    h.append(("Received", "from %s (%s [%s])\n\tby mx%d.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        helo, helo, ip, R.randint(1, 4), authserv, hexs(11).upper(), to, rdate(dl.astimezone(JST)))))
    return h


def aws_sender_chain(d, region=None):
    """Sender-side headers on SES mail (below the provider's ones)."""
    sel = SES_SEL_APNE if region else SES_SEL
    return [
        ("DKIM-Signature", dkim("amazon.com", AMZ_SEL, d)),
        ("DKIM-Signature", dkim("amazonses.com", sel, d, "From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID")),
    ]


# ------------------------------------------------------------- assembling

CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def build(fname, body, headers, label):
    """body: a MIME part (leaf or multipart); headers: list of (name, value) topmost first."""
    saved = [(k, v) for (k, v) in body.items() if k in CONTENT_HEADERS]
    for k in CONTENT_HEADERS:
        del body[k]
    for k, v in headers:
        body[k] = v
    if "MIME-Version" not in [k for k, _ in headers]:
        body["MIME-Version"] = "1.0"
    for k, v in saved:
        if k == "MIME-Version":
            continue
        body[k] = v
    MAILS.append((fname, body, label))


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


def write_all():
    labels = {}
    names = set()
    for fname, msg, label in MAILS:
        assert fname not in names, fname
        names.add(fname)
        bio = io.BytesIO()
        BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(msg)
        data = bio.getvalue().replace(b"\r\n", b"\n")
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d mails" % len(MAILS))


# ------------------------------------------------------------ people, cases

U1 = dict(name="佐藤 健太", addr="kenta.sato.0412@gmail.com", prov="gmail")
U2 = dict(name="山本 美咲", addr="misaki.y-0703@outlook.jp", prov="o365c")
U3 = dict(name="高橋 翔", addr="sho-takahashi@nifty.com", prov="nifty")
U4 = dict(name="伊藤 由美", addr="y-ito@kotobuki-sys.co.jp", prov="o365t")
U5 = dict(name="Daniel Brooks", addr="dbrooks.cloud@gmail.com", prov="gmail")
U6 = dict(name="中村 大輔", addr="dnakamura77@kfa.biglobe.ne.jp", prov="biglobe")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

CASE_A = case15(D("2025-05-27 09:14:22"), "00793")
CASE_B = case15(D("2025-09-08 21:40:05"), "00418")
CASE_BDUP = case15(D("2025-09-12 07:55:40"), "00251")
CASE_C = case15(D("2025-11-17 13:02:51"), "00067")
CASE_D1 = case15(D("2026-01-13 10:21:09"), "00336")
CASE_D2 = case15(D("2026-02-03 19:48:33"), "00524")
EDT = datetime.timezone(datetime.timedelta(hours=-4))
CASE_E = case15(D("2025-07-14 16:05:12", EDT), "00142")
CASE_F = case15(D("2026-03-02 11:30:47"), "00129")
CASE_EC2 = case15(D("2025-08-18 23:10:04"), "00875")
CASE_BILL = case15(D("2025-10-03 14:22:45"), "00310")
CASE_SELLER = "7731904826"
CASE_PHISH1 = "175768834100912"
CASE_PHISH2 = "177035912200471"

FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"


def transport(user, d, mailfrom, ip, helo, hfrom, dmarc="pass", dkim_ds=("amazon.com", "amazonses.com"),
              with_ar=True, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", spf="pass", compauth=None, action="none"):
    p = user["prov"]
    if p == "gmail":
        return gmail(user["addr"], d, mailfrom, ip, helo, hfrom, dmarc=dmarc, dkim_ds=dkim_ds, policy=policy, spf=spf)
    if p in ("o365c", "o365t"):
        ca = compauth or ("pass reason=100" if dmarc == "pass" else "fail reason=000")
        return o365(user["addr"], d, mailfrom, ip, helo, hfrom, dmarc=dmarc,
                    dkim_d=dkim_ds[0] if dkim_ds else None, compauth=ca, consumer=(p == "o365c"),
                    tenant_host=("TYWP286MB2697.JPNP286.PROD.OUTLOOK.COM" if p == "o365c" else "TYCPR01MB8821.jpnprd01.prod.outlook.com"),
                    action=action)
    if p in ("nifty", "biglobe", "ocn"):
        return jp_isp(p, user["addr"], d, mailfrom, ip, helo, hfrom, dmarc=dmarc,
                      dkim_d=dkim_ds[0] if dkim_ds else None, with_ar=with_ar)
    raise ValueError(p)


def aws_mail(fname, label, user, d, subject, body, frm=FORM, region=None, with_ar=True, subj_charset="utf-8",
             extra=()):
    mailfrom = ses_mailfrom(d, region)
    if region:
        ip = apne_ip()
        helo = "e%d-%d.smtp-out.%s.amazonses.com" % (R.randint(230, 239), R.randint(1, 250), region)
    else:
        ip = ses_ip()
        helo = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    h = transport(user, d, mailfrom, ip, helo, "amazon.com", with_ar=with_ar)
    h += aws_sender_chain(d, region)
    h += [
        ("From", addr(*frm)),
        ("To", user["addr"]),
        ("Subject", hdr(subject, subj_charset) if not _ascii(subject) else subject),
        ("MIME-Version", "1.0"),
        ("Date", rdate(d.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", ses_id(d, region or "email")),
    ]
    h += list(extra)
    h += [
        ("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region or "us-east-1", b64s(33)[:43])),
        ("X-SES-Outgoing", "%s-%s" % (d.astimezone(UTC).strftime("%Y.%m.%d"), ip)),
    ]
    build(fname, body, h, label)


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def credly_mail(fname, label, user, d, subject, body, sender_name="Amazon Web Services Training and Certification via Credly"):
    mailfrom = "bounces+%d-%s-%s=%s@em.credly.com" % (R.randint(1000000, 9999999), hexs(4), user["addr"].split("@")[0], user["addr"].split("@")[1])
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    helo = "o%d.em.credly.com" % R.randint(1, 20)
    h = transport(user, d, mailfrom, ip, helo, "credly.com", dkim_ds=("credly.com", "sendgrid.info"),
                  policy="p=REJECT sp=REJECT dis=NONE")
    h += [
        ("DKIM-Signature", dkim("credly.com", "s1", d, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to")),
        ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", d, "content-type:from:mime-version:subject:to:cc")),
        ("From", addr(sender_name, "admin@credly.com")),
        ("Reply-To", "support@credly.com"),
        ("To", user["addr"]),
        ("Subject", hdr(subject) if not _ascii(subject) else subject),
        ("MIME-Version", "1.0"),
        ("Date", rdate(d.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64s(16).replace("/", "_").replace("+", "-").rstrip("="), R.randint(1, 40))),
        ("X-SG-EID", b64s(90)),
        ("X-Entity-ID", "u001." + b64s(16)),
    ]
    build(fname, body, h, label)


def q(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def html_of(text, extra_head=""):
    """Plain text -> a simple HTML rendering (paragraphs, <br>)."""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(_h.escape(l) for l in p.split("\n")) for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>\n'
            '<body style="font-family:Meiryo,\'Hiragino Kaku Gothic ProN\',Arial,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (extra_head, body))


# =============================================================== case A
# 佐藤 健太, Gmail, form desk, Japanese throughout.

A_OPEN = D("2025-05-27 09:14:31")

t001 = """佐藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

以下の内容でご依頼を承りました。担当者が内容を確認のうえ、原則として 24 時間以内に、ご入力いただいたメールアドレス宛てにご連絡いたします。

ケース ID: {case}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: aws40718236

同じご用件で新たにお問い合わせを作成されますと、かえってご回答が遅れる場合がございます。補足事項がございましたら、本メールにそのままご返信ください。

※本メールはシステムにより自動で送信されています。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""".format(case=CASE_A)
aws_mail("001-ack-form-sato.eml", L("case_created", CASE_A, ["AWS40718236"], True, "ja"), U1, A_OPEN,
         "[CASE %s] AWS トレーニングと認定へのお問い合わせを受け付けました" % CASE_A,
         alt(tpart(t001), tpart(html_of(t001), "html")))

t002 = """佐藤 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林と申します。
このたびはお問い合わせいただき、ありがとうございます。

ご依頼内容を拝見いたしましたが、お手続きを進めるにあたり、いくつか確認させていただきたい点がございます。
お手数ですが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

1. フォームにご記入いただいた AWS40718236 以外の、もう一方の認定アカウントの候補者 ID（「AWS」から始まる番号）
2. それぞれのアカウントへのサインインにご使用のメールアドレス
3. 今後も引き続きご利用になりたいのは、どちらのアカウントか

候補者 ID は、AWS 認定アカウントにサインインしていただき、画面右上のプロフィール欄からご確認いただけます。

ご不明な点がございましたら、お気軽にお知らせください。
引き続きよろしくお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
A2 = D("2025-05-28 10:47:09")
aws_mail("002-form-asks-second-id.eml", L("support_reply", CASE_A, ["AWS40718236"], True, "ja"), U1, A2,
         FORM_SUBJ % CASE_A, tpart(t002))

t002_user = """小林様

ご連絡ありがとうございます。佐藤です。

1. もう一つのIDは aws-92051374 です（前の会社にいたときに受験した分です）
2. AWS40718236 → kenta.sato.0412@gmail.com
   aws-92051374 → k.sato@mitsuwa-denki.co.jp（退職済みなので今は受信できません）
3. gmail のほう（AWS40718236）を残したいです。

よろしくお願いします。

佐藤健太

2025年5月28日(水) 10:47 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + q(t002)

t003 = """佐藤 様

ご返信いただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林です。

お知らせいただいた情報をもとに確認いたしました。以下の内容で手続きを行う予定です。

■ 今後ご利用いただくアカウント（存続）
　候補者 ID: AWS40718236
　サインイン用メールアドレス: kenta.sato.0412@gmail.com

■ 上記アカウントへ取り込まれるアカウント
　候補者 ID: AWS92051374
　サインイン用メールアドレス: k.sato@mitsuwa-denki.co.jp

手続き後は、AWS92051374 に紐づく認定資格・受験履歴・特典がすべて AWS40718236 側に表示されるようになり、AWS92051374 にはサインインできなくなります。
なお、この処理は一度実行いたしますと、元の状態に戻すことができません。

上記の内容でお間違いがなければ、本メールにご返信のうえ、その旨をお知らせいただけますでしょうか。お返事をいただくまで、処理は保留とさせていただきます。

よろしくお願いいたします。

小林
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

---------- お客様からのメッセージ（2025-05-28 13:05 UTC） ----------
""" + t002_user
A3 = D("2025-05-29 14:20:37")
aws_mail("003-form-confirm-request-sato.eml", L("merge_confirmation_requested", CASE_A, ["AWS40718236", "AWS92051374"], True, "ja"),
         U1, A3, FORM_SUBJ % CASE_A, tpart(t003, cte="quoted-printable"))

t004_user = """小林様

確認しました。内容に間違いありません。
この内容で進めてください。

佐藤

2025年5月29日(木) 14:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + q(t003.split("---------- お客様からのメッセージ")[0].rstrip() + "\n")

t004 = """佐藤 様

いつもお世話になっております。小林でございます。

早速ご確認のご連絡をいただき、ありがとうございました。
内容を承りましたので、これより担当チームにて作業に取りかからせていただきます。

作業には通常 1～3 営業日ほどお時間を頂戴しております。終わり次第、改めて本ケースにてご案内いたしますので、今しばらくお待ちくださいませ。

小林
Amazon Web Services

---------- お客様からのメッセージ（2025-05-29 21:58 UTC） ----------
""" + t004_user
A4 = D("2025-05-30 09:02:55")
aws_mail("004-form-thanks-will-proceed.eml", L("support_reply", CASE_A, [], True, "ja"), U1, A4,
         FORM_SUBJ % CASE_A, tpart(t004))

t005 = """佐藤 健太 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの森田でございます。
小林より本件を引き継ぎました。

先日ご確認いただきましたお手続きにつきまして、旧アカウント（AWS92051374）に登録されておりました認定資格および受験履歴を、すべて AWS40718236 へ移行いたしました。旧アカウントは無効化済みのため、今後はサインインいただけません。

お手数ですが、AWS 認定アカウントにサインインのうえ、以下の点をご確認いただけますと幸いです。
・取得済みの認定資格がすべて一覧に表示されていること
・次回受験時にご利用いただける 50% 割引特典が引き継がれていること

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。1 週間ほど経っても届かない場合は、本ケースにご返信ください。

何卒よろしくお願い申し上げます。

森田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
A5 = D("2025-05-31 16:40:12")
aws_mail("005-form-records-moved-sato.eml", L("merge_completed", CASE_A, ["AWS40718236", "AWS92051374"], True, "ja"), U1, A5,
         FORM_SUBJ % CASE_A, tpart(t005, cte="quoted-printable"))

t006 = """佐藤 健太 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

お問い合わせいただいていたケース（ケース ID: {case}）は、対応済みとしてクローズされました。

今後のサービス向上のため、短いアンケートへのご協力をお願いいたします（所要時間は約 1 分です）。

今回のお問い合わせで、問題は解決しましたか？
　はい: https://aws-tc-survey.amazon.com/s/r?c={case}&a=1
　いいえ: https://aws-tc-survey.amazon.com/s/r?c={case}&a=0

担当者の対応はいかがでしたか？ 5 段階でご評価ください。
https://aws-tc-survey.amazon.com/s/rate?c={case}

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""".format(case=CASE_A)
A6 = D("2025-05-31 16:41:03")
aws_mail("006-form-closed-questionnaire.eml", L("survey", CASE_A, [], True, "ja"), U1, A6,
         "ケース {} に関するアンケートのお願い".format(CASE_A),
         alt(tpart(t006), tpart(html_of(t006), "html")), frm=("AWS Training and Certification", "no-reply-aws@amazon.com"))

t007 = """佐藤 健太 さん

おめでとうございます！
Amazon Web Services Training and Certification から、新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate
発行者: Amazon Web Services Training and Certification

バッジを受け取ってプロフィールに追加すると、LinkedIn などで実績を共有できます。

バッジを受け取る: https://www.credly.com/earner/earned/badge/5c1e8f0a-2b7d-4e63-9a14-7d0c3f6be219

このバッジの受け取りは任意です。受け取らない場合でも、発行元の記録は変わりません。

Credly チーム
Credly, Inc. 100 W. Walnut St, Pasadena, CA 91124
配信停止: https://www.credly.com/notification_settings
"""
h007 = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">おめでとうございます、健太 さん！</h1>
<p>Amazon Web Services Training and Certification から、新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect – Associate"></p>
<p><strong>AWS Certified Solutions Architect – Associate</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1e8f0a-2b7d-4e63-9a14-7d0c3f6be219" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:12px;color:#666">バッジを受け取ってプロフィールに追加すると、LinkedIn などで実績を共有できます。</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. 100 W. Walnut St, Pasadena, CA 91124 &middot; <a href="https://www.credly.com/notification_settings">配信停止</a></td></tr>
</table></td></tr></table></body></html>
"""
credly_mail("007-credly-ja-new-badge.eml", L("credly_badge_issued", None, [], True, "ja"), U1, D("2025-06-02 11:05:44"),
            "健太 さん、Amazon Web Services Training and Certification から新しいバッジが届いています",
            alt(tpart(t007, cte="quoted-printable"), tpart(h007, "html", cte="quoted-printable")))


# =============================================================== case B
# 山本 美咲, outlook.jp, Support Center console; Japanese agent swaps with an English one.

def console_link(case, lang="ja"):
    return "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (case, lang)


B_OPEN = D("2025-09-08 21:40:11")
t008 = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {case} を作成しました。

ケース ID: {case}
件名: 認定アカウントを1つにまとめたい
重要度: 一般的なガイダンス
ケースの状態: 未割り当て

ケースの詳細の確認や、追加情報の送信は、サポートセンターから行うことができます:
{link}

このメールアドレスは返信を受け付けていません。ケースに関するご連絡はサポートセンターからお願いいたします。

よろしくお願いいたします。

Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""".format(case=CASE_B, link=console_link(CASE_B))
aws_mail("008-console-new-case-yamamoto.eml", L("case_created", CASE_B, [], True, "ja"), U2, B_OPEN,
         "Amazon Web Services: 新しいサポートケースを作成しました: %s" % CASE_B, tpart(t008), frm=CONSOLE,
         region="ap-northeast-1")

t009 = """お客様

ケース {case}「認定アカウントを1つにまとめたい」に、Amazon Web Services から新しい返信が追加されました。

返信の内容を確認し、ご回答いただくには、サポートセンターにサインインしてください:
{link}

このメールには返信しないでください。返信はサポートセンターからのみ受け付けています。

Amazon Web Services
""".format(case=CASE_B, link=console_link(CASE_B))
B2 = D("2025-09-09 15:12:40")
aws_mail("009-console-new-correspondence-notice.eml", L("support_reply", CASE_B, [], True, "ja"), U2, B2,
         "[Case %s] 新しい返信が追加されました" % CASE_B, tpart(t009, cte="quoted-printable"), frm=CONSOLE,
         region="ap-northeast-1")

t010 = """Hello Misaki,

Thank you for contacting AWS Training and Certification. My name is Ryan and I will be looking after your case. Please accept my apologies for replying in English; you are welcome to write back in Japanese and we will make sure your reply is understood.

I have located the two certification profiles mentioned in your request. Before anything is changed, I would like to double-check the details with you, because once the profiles have been combined they cannot be separated again:

  Profile that will remain active:   AWS61184209  (misaki.y-0703@outlook.jp)
  Profile to be folded into it:      AWS30927755  (m.yamamoto@seiwa-logi.co.jp)

Everything held on AWS30927755 (certifications, exam history, benefits) would be carried over to AWS61184209, and AWS30927755 would then be closed.

Could you please reply to this case from the Support Center and let us know whether the above is correct and that you would like us to go ahead? We will not take any action until we hear from you.

Best regards,

Ryan M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see the full history of this case or to reply, please visit:
{link}

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""".format(link=console_link(CASE_B, "en"))
B3 = D("2025-09-09 15:12:52")
aws_mail("010-console-en-please-confirm.eml", L("merge_confirmation_requested", CASE_B, ["AWS30927755", "AWS61184209"], True, "en"),
         U2, B3, "RE:[CASE %s] 認定アカウントを1つにまとめたい" % CASE_B, tpart(t010, cte="7bit", charset="us-ascii"),
         frm=CONSOLE, region="ap-northeast-1")

t011 = """山本 様

いつもお世話になっております。AWS トレーニングと認定の田中と申します。
先日は英語でのご案内となり、大変失礼いたしました。以降は日本語にて対応させていただきます。

ご返信（「はい、大丈夫だと思います。古いほうは会社のメールです」）を拝見いたしましたが、どちらのアカウントを残すご希望かを明確に判断できませんでしたため、恐れ入りますが改めて確認させてください。

　残るアカウント　　： AWS 61184209（misaki.y-0703@outlook.jp でサインイン）
　吸収されるアカウント： AWS 30927755（会社のメールアドレスで登録）

吸収される側のアカウントに登録されている認定資格・受験履歴は、残るアカウントへ移し替えられ、吸収される側のアカウントは閉鎖されます。実行後に元へ戻すことはできません。

上記で問題がなければ、サポートセンターから本ケースに「上記の内容で進めてください」とご返信ください。
逆に、会社のメールアドレスで登録したアカウントを残したい場合は、その旨をお知らせください。

何卒よろしくお願いいたします。

田中
Amazon Web Services

本メールに記載のやり取りについて、サポートセンターで評価をお寄せいただけますと幸いです。
{link}
""".format(link=console_link(CASE_B))
B4 = D("2025-09-11 10:30:18")
aws_mail("011-console-ja-asks-again-which-stays.eml", L("merge_confirmation_requested", CASE_B, ["AWS30927755", "AWS61184209"], True, "ja"),
         U2, B4, "RE:[CASE %s] 認定アカウントを1つにまとめたい" % CASE_B, tpart(t011, cte="base64"),
         frm=CONSOLE, region="ap-northeast-1")

h012 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Misaki,</p>
<p>Thank you for writing back to confirm, and for your patience while our team worked on this.</p>
<p>I am happy to let you know that the work on your profiles is finished. The certification history that was held on
<b>AWS30927755</b> now appears under <b>AWS61184209</b>, and AWS30927755 has been retired. You can keep signing in with
misaki.y-0703@outlook.jp as before.</p>
<p>If you had Credly badges under the retired profile, they will be re-issued to the e-mail address on AWS61184209 within
3&ndash;5 business days.</p>
<p>As this concludes your request, I will now set this case to resolved. Should anything look wrong, you can reopen it from
the Support Center within 14 days.</p>
<p>Best regards,<br>Ryan M.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">How did we do? Please rate this correspondence in the
<a href="{link}">AWS Support Center</a>. Your feedback helps us improve.</p>
<p style="font-size:12px;color:#545b64">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</div>
</body></html>
""".format(link=console_link(CASE_B, "en"))
B5 = D("2025-09-12 18:05:27")
aws_mail("012-console-en-html-profiles-combined.eml", L("merge_completed", CASE_B, ["AWS30927755", "AWS61184209"], True, "en"),
         U2, B5, "RE:[CASE %s] 認定アカウントを1つにまとめたい" % CASE_B, tpart(h012, "html", cte="quoted-printable"),
         frm=CONSOLE, region="ap-northeast-1")

t013 = """Hi Misaki,

Amazon Web Services Training and Certification has sent you 2 badges.
Because your AWS Certification profiles were combined, these badges have been transferred to this e-mail address.

  * AWS Certified Cloud Practitioner
  * AWS Certified Solutions Architect - Associate

Accept your badges to add them to your Credly profile and share them on LinkedIn:
https://www.credly.com/earner/earned/share?badges=8b2f0c51-7d4e-4c3a-96e2-1f0ab7d4c9e3,2e6d9a10-55c3-4f87-b3a9-6c41d0e8f27a

Questions? Visit https://support.credly.com

Credly, Inc. | 100 W. Walnut St | Pasadena, CA 91124
Unsubscribe: https://www.credly.com/notification_settings
"""
h013 = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:28px">
<h2>Hi Misaki, you have new badges!</h2>
<p>Amazon Web Services Training and Certification has sent you <b>2 badges</b>. They were moved here after your AWS Certification profiles were combined.</p>
<table><tr>
<td align="center"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110"><br>AWS Certified Cloud Practitioner</td>
<td align="center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110"><br>AWS Certified Solutions Architect &ndash; Associate</td>
</tr></table>
<p><a href="https://www.credly.com/earner/earned/share?badges=8b2f0c51-7d4e-4c3a-96e2-1f0ab7d4c9e3,2e6d9a10-55c3-4f87-b3a9-6c41d0e8f27a" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badges</a></p>
</td></tr></table></body></html>
"""
credly_mail("013-credly-en-badges-transferred.eml", L("credly_badge_issued", None, [], True, "en"), U2, D("2025-09-16 02:14:09"),
            "Misaki, 2 badges from Amazon Web Services Training and Certification are waiting for you",
            alt(tpart(t013, cte="7bit", charset="us-ascii"), tpart(h013, "html", cte="quoted-printable")))

BDUP_OPEN = D("2025-09-12 07:55:46")
t056 = """Thank you for contacting Amazon Web Services. We have opened case {case} to address your issue.

Case ID: {case}
Subject: Certification account merge - no update yet
Severity: General guidance
Correspondence: I opened case {orig} to merge my two AWS Certification accounts and confirmed the details yesterday. I have an exam booked next week, so could you let me know when it will be finished?

You can view the details of this case, or add correspondence, in the AWS Support Center:
{link}

Please do not reply to this e-mail. This address cannot accept incoming e-mails.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""".format(case=CASE_BDUP, orig=CASE_B, link=console_link(CASE_BDUP, "en"))
aws_mail("056-console-en-second-case-opened.eml", L("case_created", CASE_BDUP, [], True, "en"), U2, BDUP_OPEN,
         "Amazon Web Services: You have opened a new Support case: %s" % CASE_BDUP,
         tpart(t056, cte="7bit", charset="us-ascii"), frm=CONSOLE, region="ap-northeast-1")

t057 = """Hello,

Thank you for reaching out again, and I'm sorry for the wait.

I can see that your request is already being handled under case {orig}, where my colleague is waiting on the last step from our back-end team. To make sure nothing gets lost between two threads, I have added a note to that case with a reference to this one, and our team will continue to update you there.

There is no need to send your account details again. If you have anything to add, please post it on case {orig} in the Support Center.

Best regards,

Priya S.
Amazon Web Services

To see the full history of this case or to reply, please visit:
{link}
""".format(orig=CASE_B, link=console_link(CASE_BDUP, "en"))
aws_mail("057-console-en-duplicate-case-pointer.eml", L("support_reply", CASE_BDUP, [], True, "en"), U2, D("2025-09-12 11:20:03"),
         "RE:[CASE %s] Certification account merge - no update yet" % CASE_BDUP,
         tpart(t057, cte="7bit", charset="us-ascii"), frm=CONSOLE, region="ap-northeast-1")

t059 = """山本 美咲 様

AWS サポートをご利用いただき、ありがとうございました。

ケース {case}「認定アカウントを1つにまとめたい」は解決済みとなりました。

サポートの品質向上のため、今回の対応についてご意見をお聞かせください。
　・お問い合わせの内容は解決しましたか？（はい / いいえ）
　・担当者の対応に満足されましたか？（1～5）

アンケートに回答する:
https://support.console.aws.amazon.com/support/feedback?displayId={case}&language=ja

ケースは解決済みとなってから 14 日以内であれば、サポートセンターから再開できます。

Amazon Web Services
""".format(case=CASE_B)
aws_mail("059-console-ja-resolved-feedback.eml", L("survey", CASE_B, [], True, "ja"), U2, D("2025-09-13 09:00:41"),
         "[Case %s] サポートに関するアンケートのお願い" % CASE_B,
         alt(tpart(t059, cte="quoted-printable"), tpart(html_of(t059), "html", cte="base64")), frm=CONSOLE,
         region="ap-northeast-1")


# =============================================================== case C
# 高橋 翔, nifty, form desk; the agent proposes the wrong survivor, the user corrects it.

C_OPEN = D("2025-11-17 13:03:02")
t014 = """高橋 翔 様

このメールは、AWS トレーニングと認定のお問い合わせフォームからお送りいただいた内容を受け付けたことをお知らせする自動送信メールです。

ご依頼は下記の番号で登録されました。担当者より順次ご連絡いたしますので、今しばらくお待ちください。

　ケース番号：{case}
　お問い合わせ内容（抜粋）：
　　AWS認定のアカウントが二つあります（AWS51630048 と AWS78204413）。
　　一つにまとめていただくことは可能でしょうか。

お問い合わせへの回答は、通常 1 営業日以内にお送りしております。
本件について追加のご連絡がある場合は、件名のケース番号を変えずに、このメールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
""".format(case=CASE_C)
aws_mail("014-form-ack-iso2022jp.eml", L("case_created", CASE_C, ["AWS51630048", "AWS78204413"], True, "ja"), U3, C_OPEN,
         "[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）" % CASE_C,
         tpart(t014, charset="iso-2022-jp", cte="7bit"), subj_charset="iso-2022-jp")

t015 = """高橋 様

AWS トレーニングと認定 カスタマーサポートの石井です。お問い合わせありがとうございます。

いただいた二つの候補者 ID を確認いたしました。どちらのアカウントを残すかのご指定がございませんでしたので、取得資格の多い AWS51630048 を残す想定で、以下のとおり手続き内容をご案内いたします。

　残すアカウント　： AWS51630048（sho-takahashi@nifty.com）
　まとめるアカウント： AWS78204413（sho.t.dev@gmail.com）

手続きを行うと、AWS78204413 の受験履歴・認定資格は AWS51630048 に移され、AWS78204413 は利用できなくなります。この操作は実行後に取り消すことができませんので、ご注意ください。

上記の内容でよろしければ、このメールに返信してご確認の旨をお知らせください。残すアカウントを変更されたい場合も、ご返信にてお知らせください。

よろしくお願いいたします。

石井
Amazon Web Services
"""
C2 = D("2025-11-18 17:25:30")
aws_mail("015-form-confirm-keep-older.eml", L("merge_confirmation_requested", CASE_C, ["AWS51630048", "AWS78204413"], True, "ja"),
         U3, C2, FORM_SUBJ % CASE_C, tpart(t015))

t016_user = """石井様

ご連絡ありがとうございます。高橋です。

すみません、逆でお願いしたいです。
普段使っているのは gmail のほうの AWS78204413 で、こちらを残したいです。
AWS51630048 のほうを AWS78204413 にまとめてください。

よろしくお願いいたします。

--
高橋 翔
sho-takahashi@nifty.com

2025/11/18 17:25, Amazon Web Services wrote:
""" + q(t015)

t016 = """高橋 様

石井です。ご返信いただきありがとうございます。

ご指摘の件、大変失礼いたしました。ご希望どおり AWS78204413 を残す形に手続き内容を改めております。
内容を整理のうえ、あらためてご確認のご連絡を差し上げますので、恐れ入りますが今しばらくお待ちください。

石井
Amazon Web Services

---------- お客様からのメッセージ（2025-11-19 00:41 UTC） ----------
""" + t016_user
C3 = D("2025-11-19 11:02:14")
aws_mail("016-form-noted-correction.eml", L("support_reply", CASE_C, ["AWS78204413"], True, "ja"), U3, C3,
         FORM_SUBJ % CASE_C, tpart(t016, cte="quoted-printable"))

t017 = """高橋 様

お待たせいたしました。石井です。

ご指摘を受け、手続き内容を以下のとおり修正いたしました。前回のご案内とは残すアカウントが入れ替わっておりますので、ご注意ください。

　残すアカウント　： AWS78204413（sho.t.dev@gmail.com）
　まとめるアカウント： AWS51630048（sho-takahashi@nifty.com）

手続き後は AWS51630048 の受験履歴・認定資格が AWS78204413 に移され、AWS51630048 は利用できなくなります。実行後の取り消しはできません。

こちらの内容でよろしければ、本メールへのご返信にてお知らせください。ご返信を確認してから手続きを開始いたします。

よろしくお願いいたします。

石井
Amazon Web Services

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年11月18日 17:25
宛先: sho-takahashi@nifty.com
件名: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

""".format(case=CASE_C) + t015
C4 = D("2025-11-19 15:40:08")
aws_mail("017-form-confirm-corrected-survivor.eml", L("merge_confirmation_requested", CASE_C, ["AWS51630048", "AWS78204413"], True, "ja"),
         U3, C4, FORM_SUBJ % CASE_C, tpart(t017, cte="base64"))

t018 = """高橋 様

いつもお世話になっております。石井です。

ご確認いただいた内容のとおり、AWS51630048 の認定資格と受験履歴を AWS78204413 に集約する作業が本日終わりました。今後は sho.t.dev@gmail.com で AWS78204413 にサインインしてご利用ください。AWS51630048 にはサインインできなくなっております。

ご依頼の件は以上で対応終了となりますので、本ケースはこれにてクローズさせていただきます。
このあと、対応品質についてのアンケートが別途届く場合がございます。ご協力いただけますと幸いです。

このたびはご連絡いただき、ありがとうございました。

石井
Amazon Web Services
"""
C5 = D("2025-11-21 10:15:49")
aws_mail("018-form-done-and-closed.eml", L("merge_completed", CASE_C, ["AWS51630048", "AWS78204413"], True, "ja"),
         U3, C5, FORM_SUBJ % CASE_C, tpart(t018, cte="8bit"))

t019 = """AWS トレーニングと認定 をご利用いただきありがとうございます。

ケース番号 {case} への対応について、お客様のご感想をお聞かせください。

Q1. 今回のお問い合わせは解決しましたか？
Q2. 担当者の説明はわかりやすかったですか？
Q3. その他ご意見・ご要望

回答はこちら（3 分程度）: https://aws-tc-survey.amazon.com/s/ja?case={case}&t=8f3a21

※このアンケートは、ケースがクローズされたお客様にお送りしています。
※本メールは送信専用のアドレスから送信しています。
""".format(case=CASE_C)
h019 = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<table width="560" align="center"><tr><td>
<p>AWS トレーニングと認定 をご利用いただきありがとうございます。</p>
<p>ケース番号 <b>{case}</b> への対応について、お客様のご感想をお聞かせください。</p>
<p style="font-size:16px">今回のお問い合わせは解決しましたか？</p>
<p><a href="https://aws-tc-survey.amazon.com/s/ja?case={case}&amp;t=8f3a21&amp;q1=yes" style="padding:8px 20px;background:#ec7211;color:#fff;text-decoration:none">はい</a>
&nbsp; <a href="https://aws-tc-survey.amazon.com/s/ja?case={case}&amp;t=8f3a21&amp;q1=no" style="padding:8px 20px;background:#545b64;color:#fff;text-decoration:none">いいえ</a></p>
<p style="font-size:11px;color:#777">このアンケートは、ケースがクローズされたお客様にお送りしています。本メールは送信専用のアドレスから送信しています。</p>
</td></tr></table></body></html>
""".format(case=CASE_C)
aws_mail("019-tc-survey-after-close.eml", L("survey", CASE_C, [], True, "ja"), U3, D("2025-11-21 10:16:30"),
         "【アンケートのお願い】AWS トレーニングと認定 サポートのご利用について",
         alt(tpart(t019, cte="base64"), tpart(h019, "html", cte="base64")), frm=("AWS Training and Certification", "no-reply-aws@amazon.com"))

t060_user = """石井様

お世話になっております。高橋です。
アカウントの件ありがとうございました。認定の一覧は問題なく表示されています。

ただ、Credly のバッジが前のアカウント（nifty のアドレス）のほうに残ったままで、gmail のほうには何も届いていません。
こちらも移していただくことはできますか。

高橋 翔
"""
t060 = """高橋 様

お問い合わせありがとうございます。石井です。

Credly のバッジにつきましては、認定アカウント側の手続きとは別に、Credly 側での移行が必要となります。旧アカウント AWS51630048 に紐づいていたバッジを sho.t.dev@gmail.com 宛てに移すよう、本日担当チームへ依頼いたしました。

移行が終わりましたら、Credly から gmail のアドレス宛てにバッジの受け取りのご案内が届きますので、そちらから受け取りの操作をお願いいたします。1 週間ほど経っても届かない場合は、お手数ですが本ケースにご返信ください。

石井
Amazon Web Services

---------- お客様からのメッセージ（2025-11-26 12:10 UTC） ----------
""" + t060_user
aws_mail("060-form-credly-handoff.eml", L("support_reply", CASE_C, ["AWS51630048"], True, "ja"), U3, D("2025-11-27 14:48:22"),
         FORM_SUBJ % CASE_C, tpart(t060))

t020 = """高橋 翔 さん

Amazon Web Services Training and Certification から、あなたに 3 つのバッジが発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer – Associate
・AWS Certified SysOps Administrator – Associate

以下のリンクからバッジを受け取り、プロフィールに追加してください。
https://www.credly.com/earner/earned/share?badges=1d7f3b92-8c44-4e0a-a5f1-93b6c2e0d118,64c0e7a5-0b1d-4f73-9a2e-58d1f3c7b604,b93e2a71-4c6f-4d85-8e10-2f7a9c5d3e48

このメールは、新しいメールアドレス sho.t.dev@gmail.com 宛てにバッジが発行されたためお送りしています。

Credly
"""
U3g = dict(name="高橋 翔", addr="sho.t.dev@gmail.com", prov="gmail")
credly_mail("020-credly-ja-three-badges.eml", L("credly_badge_issued", None, [], True, "ja"), U3g, D("2025-12-01 09:31:57"),
            "3 つの新しいバッジを受け取りましょう", alt(tpart(t020, cte="base64"), tpart(html_of(t020), "html", cte="base64")))


# =============================================================== case D
# 中村 大輔, biglobe, three accounts. First console case closes after no reply; a new form case follows.

D1_OPEN = D("2026-01-13 10:21:15")
t021 = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {case} を作成しました。

ケース ID: {case}
件名: 認定アカウントが3つあるので整理したい
重要度: 一般的なガイダンス

ケースの詳細は、サポートセンターで確認できます:
{link}

このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
""".format(case=CASE_D1, link=console_link(CASE_D1))
aws_mail("021-console-ja-case-opened-nakamura.eml", L("case_created", CASE_D1, [], True, "ja"), U6, D1_OPEN,
         "Amazon Web Services: 新しいサポートケースを作成しました: %s" % CASE_D1, tpart(t021), frm=CONSOLE,
         region="ap-northeast-1")

t022 = """中村様

お問い合わせありがとうございます！AWS トレーニングと認定サポートの吉田です。

ご連絡いただいた内容から、以下の 3 つの認定アカウントを確認できました。

・AWS39061527
・AWS47728104
・AWS80153396

手続きを進める前に、次の 2 点を教えていただけますか？

1. 3 つのうち、今後も使い続けたいアカウントはどれでしょうか
2. それぞれのアカウントにサインインするときのメールアドレス

上の 2 点がわかり次第、次のご案内をお送りしますね。
サポートセンターのこのケースにご返信いただければ大丈夫です。

よろしくお願いします。

吉田
Amazon Web Services

{link}
""".format(link=console_link(CASE_D1))
aws_mail("022-console-ja-which-of-three.eml", L("support_reply", CASE_D1, ["AWS39061527", "AWS47728104", "AWS80153396"], True, "ja"),
         U6, D("2026-01-14 09:40:26"), "RE:[CASE %s] 認定アカウントが3つあるので整理したい" % CASE_D1, tpart(t022, cte="base64"),
         frm=CONSOLE, region="ap-northeast-1")

t023 = """中村様

吉田です。先日お送りした質問（残したいアカウントと、各アカウントのサインイン用メールアドレス）について、まだお返事をいただけていないようでしたのでご連絡しました。

引き続きサポートが必要でしたら、このケースにご返信ください。
特にご返信がない場合は、数日後にこのケースを解決済みとさせていただきます。もちろん、その後でも新しいケースを作成していただければ対応いたします。

吉田
Amazon Web Services

{link}
""".format(link=console_link(CASE_D1))
aws_mail("023-console-ja-still-need-help.eml", L("support_reply", CASE_D1, [], True, "ja"), U6, D("2026-01-19 16:05:11"),
         "RE:[CASE %s] 認定アカウントが3つあるので整理したい" % CASE_D1, tpart(t023, cte="quoted-printable"),
         frm=CONSOLE, region="ap-northeast-1")

t024 = """中村 大輔 様

ケース {case}「認定アカウントが3つあるので整理したい」について、一定期間ご返信が確認できなかったため、解決済みとさせていただきました。

引き続きお手伝いが必要な場合は、サポートセンターから新しいケースを作成してください。

今回のサポートについてのご感想をお寄せください。
問題は解決しましたか？ はい / いいえ
{fb}

Amazon Web Services
""".format(case=CASE_D1, fb="https://support.console.aws.amazon.com/support/feedback?displayId=%s&language=ja" % CASE_D1)
aws_mail("024-console-ja-closed-no-reply.eml", L("survey", CASE_D1, [], True, "ja"), U6, D("2026-01-23 10:00:07"),
         "[Case %s] ケースは解決済みになりました" % CASE_D1, alt(tpart(t024), tpart(html_of(t024), "html")), frm=CONSOLE,
         region="ap-northeast-1")

D2_OPEN = D("2026-02-03 19:48:40")
t025 = """中村 大輔 様

AWS トレーニングと認定 へのお問い合わせをありがとうございます。

お客様のご依頼はケース番号 {case} として記録されました。内容を確認し、担当者よりご連絡いたします。

ご入力いただいた内容:
　お問い合わせの種類: AWS Training and Certification
　詳細: Account Merge
　AWS 候補者 ID: AWS39061527
　メッセージ: 前回のケースは出張中で返信できず閉じられてしまいました。改めてお願いします。
　　使い続けたいのは AWS39061527 です。AWS47728104 と AWS80153396 はまとめてください。

補足がある場合は、このメールにご返信ください。新しくお問い合わせを作成する必要はございません。

Amazon Web Services
""".format(case=CASE_D2)
aws_mail("025-form-ack-no-auth-results.eml", L("case_created", CASE_D2, ["AWS39061527", "AWS47728104", "AWS80153396"], None, "ja"),
         U6, D2_OPEN, "[CASE %s] AWS Training and Certification - お問い合わせ受付のお知らせ" % CASE_D2,
         tpart(t025, cte="quoted-printable"), with_ar=False)

t026 = """中村 大輔 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの松本でございます。

前回のケースではご不便をおかけし、申し訳ございませんでした。本件は私が責任をもって担当いたします。

ご依頼の内容を確認いたしましたところ、下記のとおり処理を行うこととなります。

　存続するアカウント: AWS 39061527
　統合されるアカウント: aws-47728104、aws-80153396

処理後、統合されるアカウントの認定資格・受験履歴・バウチャー等はすべて存続するアカウントへ移され、統合されるアカウント 2 件は閉鎖されます。本処理は、一度実行いたしますと元に戻すことができません。

つきましては、上記の内容にお間違いがないか、本メールへのご返信にてご確認をいただけますでしょうか。ご確認をいただき次第、処理に着手いたします。

何卒よろしくお願い申し上げます。

松本
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
D3 = D("2026-02-05 14:10:55")
aws_mail("026-form-senior-confirm-three-to-one.eml", L("merge_confirmation_requested", CASE_D2, ["AWS39061527", "AWS47728104", "AWS80153396"], True, "ja"),
         U6, D3, FORM_SUBJ % CASE_D2, tpart(t026, cte="base64"))

t027_user = """松本様

ご丁寧にありがとうございます。中村です。
記載の内容で間違いありません。よろしくお願いします。

中村

> 中村 大輔 様
>
> 平素より AWS 認定をご利用いただき、誠にありがとうございます。
> AWS トレーニングと認定 カスタマーサポートの松本でございます。
>
> （中略）
>
> 　存続するアカウント: AWS 39061527
> 　統合されるアカウント: aws-47728104、aws-80153396
>
> （以下略）
"""
t027 = """中村 大輔 様

松本でございます。ご確認いただき、誠にありがとうございます。

ご返信の内容を承り、本日付で処理の申請を行いました。処理が完了いたしましたら、本ケースにてあらためてご報告申し上げます。
なお、Credly のデジタルバッジにつきましては、処理の完了後、AWS39061527 にご登録のメールアドレス宛てに改めて発行される予定でございます。

今しばらくお待ちくださいますよう、お願い申し上げます。

松本
Amazon Web Services

---------- お客様からのメッセージ（2026-02-05 23:37 UTC） ----------
""" + t027_user
aws_mail("027-form-once-done-we-will-report.eml", L("support_reply", CASE_D2, ["AWS39061527"], True, "ja"), U6, D("2026-02-06 11:30:02"),
         FORM_SUBJ % CASE_D2, tpart(t027, cte="quoted-printable"))

t028 = """中村 大輔 様

松本でございます。大変お待たせいたしました。

ご依頼いただいておりました件、すべての処理を終えましたのでご報告いたします。今後は AWS39061527 のみをご利用ください。他の 2 つのアカウントにございました認定資格・受験履歴・バウチャーは、すべてこちらに移してございます。

念のため、AWS 認定アカウントにサインインのうえ、認定資格の一覧をご確認いただけますと幸いです。

本ケースにつきましては、引き続き何かございましたらご返信いただけるよう、しばらく開いたままにしておきます。

松本
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2026年2月5日 14:10
To: dnakamura77@kfa.biglobe.ne.jp
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance

""".format(case=CASE_D2) + t026
aws_mail("028-form-done-original-below.eml", L("merge_completed", CASE_D2, ["AWS39061527"], True, "ja"), U6, D("2026-02-09 16:00:33"),
         FORM_SUBJ % CASE_D2, tpart(t028, cte="quoted-printable"))


# =============================================================== case E
# Daniel Brooks, Gmail, form desk, English (a minority in this set).

E_OPEN = D("2025-07-14 16:05:19", EDT)
t029 = """Hello Daniel,

Thanks for getting in touch with AWS Training and Certification.

Your request has been logged with the reference number below. A member of our team will review it and get back to you, usually within one business day.

Reference: {case}
Topic: Certification > Account Merge
AWS candidate ID provided: AWS 10475829

If you need to add anything, simply reply to this message and keep the reference in the subject line. Please avoid submitting the form again for the same request, as duplicate requests can slow things down.

Kind regards,
AWS Training and Certification Customer Support
""".format(case=CASE_E)
aws_mail("029-form-en-request-logged.eml", L("case_created", CASE_E, ["AWS10475829"], True, "en"), U5, E_OPEN,
         "[CASE %s] We have received your AWS Training and Certification request" % CASE_E,
         tpart(t029, cte="7bit", charset="us-ascii"))

t030 = """Hi Daniel,

Thanks for your patience. My name is Colleen and I'm with the AWS Training and Certification support team.

I've looked up both of the candidate profiles you mentioned. Here is what we'd do:

- AWS10475829 (dbrooks.cloud@gmail.com) stays as your one and only profile.
- AWS66302917 (daniel.brooks@northwind-analytics.com) would be folded into it; its exams, certifications and benefits move across, and that login stops working.

Please be aware that this can't be undone afterwards: once combined, we are not able to split the history back out.

If that's what you want, just reply to this e-mail saying so and we'll take it from there. If you'd prefer to keep the other profile instead, let me know that too.

Kind regards,
Colleen
Amazon Web Services
"""
E2 = D("2025-07-15 08:41:06", EDT)
aws_mail("030-form-en-double-check-profiles.eml", L("merge_confirmation_requested", CASE_E, ["AWS10475829", "AWS66302917"], True, "en"),
         U5, E2, FORM_SUBJ % CASE_E, tpart(t030, cte="quoted-printable", charset="utf-8"))

t031_user = """Hi Colleen,

Yes, that's right - please go ahead.

Thanks,
Dan

On Tue, Jul 15, 2025 at 8:41 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(t030)
t031 = """Hi Daniel,

Thank you for confirming. We will now proceed with your request and I have passed it to the team that carries out this work.

It normally takes one to three business days. You don't need to do anything in the meantime; I'll write again on this case when it's finished.

Kind regards,
Colleen
Amazon Web Services

> On Tue, Jul 15, 2025 at 9:12 AM Daniel Brooks <dbrooks.cloud@gmail.com> wrote:
""" + q(t031_user)
aws_mail("031-form-en-confirmed-proceeding.eml", L("support_reply", CASE_E, [], True, "en"), U5, D("2025-07-15 13:27:44", EDT),
         FORM_SUBJ % CASE_E, tpart(t031, cte="base64"))

t032 = """Hi Daniel,

Good news: your two certification profiles are now one. Everything that was on AWS66302917 has been moved to AWS10475829, and the older login has been switched off. Your exam history, certifications and the 50% discount benefit are all showing on AWS10475829 now.

Your Credly badges will be re-sent to dbrooks.cloud@gmail.com over the next few days.

As this completes your request, we're marking this case as resolved.

Was your issue resolved?
YES: https://aws-tc-survey.amazon.com/s/r?c={case}&a=1
NO:  https://aws-tc-survey.amazon.com/s/r?c={case}&a=0

Kind regards,
Colleen
Amazon Web Services
""".format(case=CASE_E)
aws_mail("032-form-en-resolved-profiles-one.eml", L("merge_completed", CASE_E, ["AWS10475829", "AWS66302917"], True, "en"),
         U5, D("2025-07-17 10:52:18", EDT), FORM_SUBJ % CASE_E,
         alt(tpart(t032, cte="quoted-printable"), tpart(html_of(t032), "html", cte="quoted-printable")))

t033 = """Hello,

Your case {case} has been closed.

How did we do? We'd love to hear about your experience with AWS Training and Certification support. The survey takes about two minutes.

Rate your experience: https://aws-tc-survey.amazon.com/s/en?case={case}&t=2c91d4

Thank you for helping us improve.

Amazon Web Services
This message was sent from a notification-only address that cannot accept incoming e-mail.
""".format(case=CASE_E)
aws_mail("033-en-how-did-we-do.eml", L("survey", CASE_E, [], True, "en"), U5, D("2025-07-17 10:53:02", EDT),
         "How did we do? Tell us about your recent AWS support experience",
         alt(tpart(t033, cte="7bit", charset="us-ascii"), tpart(html_of(t033), "html", cte="quoted-printable")),
         frm=("AWS Training and Certification", "no-reply-aws@amazon.com"))

t058 = """Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

This badge was re-issued to this address after your AWS Certification profiles were consolidated. Accept it to add it to your Credly profile:
https://www.credly.com/earner/earned/badge/9a0d6e43-1f2b-4c7e-8d35-b6e21c4f70a9

The Credly Team
"""
credly_mail("058-credly-en-earned-badge.eml", L("credly_badge_issued", None, [], True, "en"), U5, D("2025-07-19 06:02:44", EDT),
            "Congratulations, Daniel! You've earned a badge from Amazon Web Services Training and Certification",
            alt(tpart(t058, cte="7bit", charset="us-ascii"), tpart(html_of(t058), "html", cte="quoted-printable")))


# =============================================================== case F
# 伊藤 由美, company mailbox on Microsoft 365, console, very formal senior agent.

def o365_msgid(d, host="TYCPR01MB8821"):
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (host, hexs(28).upper(), host)


def internal_o365(to, d, hfrom):
    """Headers Exchange Online stamps on mail between two users of the same tenant."""
    dl = d + datetime.timedelta(seconds=R.randint(1, 4))
    ts = rdate(dl.astimezone(UTC)).replace("-0000", "+0000")
    return [
        ("Received", "from TYCPR01MB8821.jpnprd01.prod.outlook.com (2603:1096:400:1a7::6) by\n TYCPR01MB7314.jpnprd01.prod.outlook.com with HTTPS; %s" % ts),
        ("Received", "from TYCPR01MB8821.jpnprd01.prod.outlook.com\n ([fe80::4c1b:9a2e:77d0:%s]) by TYCPR01MB8821.jpnprd01.prod.outlook.com\n ([fe80::4c1b:9a2e:77d0:%s%%4]) with mapi id 15.20.9412.017; %s" % (hexs(4), hexs(4), ts)),
        ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % hfrom),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB8821.jpnprd01.prod.outlook.com"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


F_OPEN = D("2026-03-02 11:30:55")
t034 = """Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {case} を作成しました。

ケース ID: {case}
件名: 【依頼】AWS 認定アカウントの名寄せについて
重要度: 一般的なガイダンス

ケースの詳細は、サポートセンターで確認できます:
{link}

このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
""".format(case=CASE_F, link=console_link(CASE_F))
aws_mail("034-console-ja-case-opened-ito.eml", L("case_created", CASE_F, [], True, "ja"), U4, F_OPEN,
         "Amazon Web Services: 新しいサポートケースを作成しました: %s" % CASE_F, tpart(t034, cte="base64"), frm=CONSOLE,
         region="ap-northeast-1")

t035 = """伊藤 由美 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの西村と申します。

このたびはお問い合わせをいただき、誠にありがとうございます。
ご依頼いただきました件につきまして、現在、担当部署にてご登録情報の確認を進めております。

確認には今しばらくお時間を頂戴いたしますが、結果が判明いたしましたら、速やかに本ケースにてご連絡申し上げます。
お待たせしてしまい誠に恐縮ではございますが、何卒ご理解賜りますようお願い申し上げます。

西村
Amazon Web Services

本メールの対応について、サポートセンターにてご評価いただけますと幸いに存じます。
{link}
""".format(link=console_link(CASE_F))
aws_mail("035-console-ja-under-review-formal.eml", L("support_reply", CASE_F, [], True, "ja"), U4, D("2026-03-03 10:14:37"),
         "RE:[CASE %s] 【依頼】AWS 認定アカウントの名寄せについて" % CASE_F, tpart(t035, cte="base64"),
         frm=CONSOLE, region="ap-northeast-1")

t036 = """伊藤 由美 様

西村でございます。ご確認のお願いがございます。

　残るアカウント: AWS23870561
　統合されるアカウント: AWS85519302

上記のとおり統合を行ってよろしいか、サポートセンターの本ケースにてご返信をお願い申し上げます。統合は実行後に取り消すことができません。

詳しいご案内は HTML 版の本メール、またはサポートセンターにてご覧いただけます。
{link}
""".format(link=console_link(CASE_F))
h036 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px">
<p>伊藤 由美 様</p>
<p>平素より大変お世話になっております。AWS トレーニングと認定 カスタマーサポートの西村でございます。</p>
<p>担当部署での確認が完了いたしましたので、お手続きの内容につきましてご確認をお願い申し上げます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th style="background:#f2f3f3">区分</th><th style="background:#f2f3f3">候補者 ID</th><th style="background:#f2f3f3">サインイン用メールアドレス</th></tr>
<tr><td>残るアカウント</td><td>AWS&nbsp;23870561</td><td>y-ito@kotobuki-sys.co.jp</td></tr>
<tr><td>統合されるアカウント</td><td>AWS&nbsp;85519302</td><td>yumi.ito.0520@yahoo.co.jp</td></tr>
</table>
<p>統合されるアカウントに登録されている認定資格、受験履歴および特典は、残るアカウントへ引き継がれ、統合されるアカウントはご利用いただけなくなります。<br>
<b>本手続きは、実行後に取り消すことができません。</b></p>
<p>上記の内容にて差し支えございませんでしたら、サポートセンターの本ケースより、その旨ご返信を賜りますようお願い申し上げます。ご返信を確認いたしましたのち、手続きを開始いたします。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>西村<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078"><a href="{link}">サポートセンターでケースを表示</a></p>
</body></html>
""".format(link=console_link(CASE_F))
aws_mail("036-console-ja-confirm-alt-parts-differ.eml", L("merge_confirmation_requested", CASE_F, ["AWS23870561", "AWS85519302"], True, "ja"),
         U4, D("2026-03-05 17:48:20"), "RE:[CASE %s] 【依頼】AWS 認定アカウントの名寄せについて" % CASE_F,
         alt(tpart(t036, cte="base64"), tpart(h036, "html", cte="base64")), frm=CONSOLE, region="ap-northeast-1")

t037 = """伊藤 由美 様

平素より大変お世話になっております。西村でございます。

ご返信を賜り、誠にありがとうございました。
ご確認いただきましたお手続きが完了いたしましたことを、ここにご報告申し上げます。

AWS85519302 にご登録されておりました認定資格および受験履歴は、すべて AWS23870561 へ移行いたしました。AWS85519302 は、本日をもってご利用いただけなくなっております。

お手数ではございますが、AWS 認定アカウントにサインインいただき、認定資格の一覧に相違がないかご確認くださいますようお願い申し上げます。

今後とも AWS 認定をご愛顧賜りますよう、よろしくお願い申し上げます。

西村
Amazon Web Services

本メールの対応について、サポートセンターにてご評価いただけますと幸いに存じます。
{link}
""".format(link=console_link(CASE_F))
F5 = D("2026-03-06 15:22:09")
aws_mail("037-console-ja-formal-report-migrated.eml", L("merge_completed", CASE_F, ["AWS23870561", "AWS85519302"], True, "ja"),
         U4, F5, "RE:[CASE %s] 【依頼】AWS 認定アカウントの名寄せについて" % CASE_F, tpart(t037, cte="quoted-printable"),
         frm=CONSOLE, region="ap-northeast-1")

t038 = """岡田部長

お疲れさまです。伊藤です。

先日ご相談した AWS 認定アカウントの件、AWS のサポートから完了の連絡がありました。
今後は AWS23870561（会社アドレスのほう）に一本化され、個人アドレスで作っていた AWS85519302 は使えなくなったそうです。
研修受講実績の登録には AWS23870561 をお使いください。

以下、AWS からのメールを転送します。

伊藤

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Friday, March 6, 2026 3:22 PM
To: 伊藤 由美 <y-ito@kotobuki-sys.co.jp>
Subject: RE:[CASE {case}] 【依頼】AWS 認定アカウントの名寄せについて

""".format(case=CASE_F) + t037
MGR = ("岡田 隆", "t-okada@kotobuki-sys.co.jp")
F6 = D("2026-03-06 16:03:51")
h = internal_o365(MGR[1], F6, "kotobuki-sys.co.jp") + [
    ("From", addr(U4["name"], U4["addr"])),
    ("To", addr(*MGR)),
    ("Subject", hdr("FW: RE:[CASE %s] 【依頼】AWS 認定アカウントの名寄せについて" % CASE_F)),
    ("Thread-Topic", hdr("RE:[CASE %s] 【依頼】AWS 認定アカウントの名寄せについて" % CASE_F)),
    ("Thread-Index", "AQH" + b64s(30)),
    ("Date", rdate(F6.astimezone(UTC)).replace("-0000", "+0000")),
    ("Message-ID", o365_msgid(F6)),
    ("Accept-Language", "ja-JP, en-US"),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
]
build("038-fw-to-manager-ito.eml", alt(tpart(t038, cte="base64"), tpart(html_of(t038), "html", cte="quoted-printable")), h,
      L("unrelated", CASE_F, ["AWS23870561", "AWS85519302"], False, "ja"))

t039 = """伊藤 由美 さん

AWS 認定アカウントの統合にともない、次のバッジがこのメールアドレス宛てに発行されました。

　AWS Certified Cloud Practitioner
　AWS Certified AI Practitioner

下のボタンからバッジを受け取ると、Credly のプロフィールに表示されます。
[バッジを受け取る] https://www.credly.com/earner/earned/share?badges=7e51b0c9-3d2a-4f86-a0e4-c19d5b7f2e63,0f3c8a2d-91e7-4b56-8d0c-3a6e2b9f14d7

Amazon Web Services Training and Certification via Credly
"""
U4c = dict(U4)
credly_mail("039-credly-ja-badges-after-merge.eml", L("credly_badge_issued", None, [], True, "ja"), U4c, D("2026-03-10 08:44:15"),
            "バッジが発行されました: AWS Certified Cloud Practitioner ほか 1 件",
            alt(tpart(t039, cte="quoted-printable"), tpart(html_of(t039), "html", cte="quoted-printable")))


# =============================================================== unrelated and look-alikes

def other_mail(fname, label, user, d, frm, subject, body, mailfrom, ip, helo, hfrom, dkim_ds, dmarc="pass",
               policy="p=NONE sp=NONE dis=NONE", msgid=None, extra=(), sender_dkim=True, spf="pass", with_ar=True,
               compauth=None, subj_charset="utf-8", below=()):
    h = transport(user, d, mailfrom, ip, helo, hfrom, dmarc=dmarc, dkim_ds=dkim_ds, policy=policy, spf=spf,
                  with_ar=with_ar, compauth=compauth)
    h += list(below)
    if sender_dkim and dkim_ds:
        h.append(("DKIM-Signature", dkim(dkim_ds[0], R.choice(["s1", "selector1", "k1", "default", "20230601"]), d,
                                         "from:to:subject:date:message-id:mime-version:content-type")))
    h += [
        ("From", frm if isinstance(frm, str) else addr(*frm)),
        ("To", user["addr"]),
        ("Subject", subject if _ascii(subject) else hdr(subject, subj_charset)),
        ("Date", rdate(d)),
        ("Message-ID", msgid or "<%s.%d@%s>" % (hexs(16), int(d.timestamp()), hfrom)),
    ]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    build(fname, body, h, label)


t040 = """Hello,

Thank you for your patience while we worked on your request.

We have approved and processed your quota increase request for the following:

Region: Asia Pacific (Tokyo)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 64 vCPUs
AWS account: 4821-0937-5562

It can sometimes take up to 30 minutes for this to become available in the Service Quotas console.

Best regards,
Hiroshi K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all correspondence for this case, please visit:
{link}
""".format(link=console_link(CASE_EC2, "en"))
aws_mail("040-console-en-ec2-quota-approved.eml", L("unrelated", CASE_EC2, [], True, "en"), U1, D("2025-08-19 13:47:25"),
         "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_EC2, tpart(t040, cte="7bit", charset="us-ascii"),
         frm=CONSOLE, region="ap-northeast-1")

t041 = """山本 美咲 様

AWS 請求およびアカウントサポートの大野です。お問い合わせありがとうございます。

ご質問いただいた 2 つの AWS アカウント（482109375562 と 917340286615）の請求をまとめる件につきまして、ご案内いたします。

AWS アカウント自体を 1 つに統合する機能はございませんが、AWS Organizations の一括請求（コンソリデーティッドビリング）をご利用いただくことで、請求を 1 つの管理アカウントに集約することが可能です。
手順は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

なお、9 月分の AWS Activate クレジットは 482109375562 に適用済みとなっております。

ほかにご不明な点がございましたら、本ケースにてお知らせください。

大野
Amazon Web Services

{link}
""".format(link=console_link(CASE_BILL))
aws_mail("041-console-ja-billing-consolidate.eml", L("unrelated", CASE_BILL, [], True, "ja"), U2, D("2025-10-06 14:05:51"),
         "RE:[CASE %s] 請求に関するお問い合わせ：2つのアカウントの請求をまとめたい" % CASE_BILL,
         tpart(t041, cte="base64"), frm=CONSOLE, region="ap-northeast-1")

t042 = """中村 大輔 様

Amazon出品サービスをご利用いただき、ありがとうございます。
セラーサポートの佐々木です。

お問い合わせいただいた、出品用アカウント 2 件（出品者 ID: A2K7QX9ZP3M1LT および A1F8RB0WN6YJ3C）の統合について回答いたします。

誠に恐れ入りますが、出品用アカウントを 1 つに統合することはできかねます。今後ご利用にならないアカウントについては、アカウントの閉鎖をリクエストしてください。閉鎖後は元に戻すことができませんので、ご注意ください。

お手続きの詳細はセラーセントラルのヘルプページをご参照ください。

この回答はお役に立ちましたか？ 評価はこちらから:
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={case}

Amazon.co.jp
セラーサポート
""".format(case=CASE_SELLER)
smf = "2025%s@bounces.amazon.com" % hexs(16)
other_mail("042-seller-central-ja-case-reply.eml", L("unrelated", CASE_SELLER, [], True, "ja"), U6, D("2026-02-12 20:31:08"),
           ("Amazon Seller Support", "seller-notification@amazon.com"),
           "RE:[CASE %s] 出品用アカウントの統合について" % CASE_SELLER, tpart(t042, cte="base64"),
           smf, "54.240.27.%d" % R.randint(2, 250), "a27-%d.smtp-out.us-west-2.amazonses.com" % R.randint(2, 250),
           "amazon.com", ("amazon.com",), msgid=ses_id(D("2026-02-12 20:31:08"), "us-west-2"))

t043 = """佐藤 健太 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

■試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
■言語: 日本語
■日時: 2025年6月21日(土) 10:00 (日本時間)
■受験方法: オンライン監督付き試験 (OnVUE)
■受験者 ID: AWS40718236
■登録 ID: 512803764

①試験開始 30 分前からチェックインが可能です。
②政府発行の有効な身分証明書をご用意ください。
③ご予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソン VUE
https://home.pearsonvue.com/aws
"""
other_mail("043-pearson-vue-booking-sjis.eml", L("unrelated", None, ["AWS40718236"], False, "ja"), U1, D("2025-06-03 21:14:37"),
           ("Pearson VUE", "pearsonvueconfirmation@pearson.com"),
           "ピアソンVUE 試験予約確認: AWS Certified Solutions Architect - Professional",
           tpart(t043, charset="shift_jis", codec="cp932", cte="base64"),
           "bounce-%d@mail.pearson.com" % R.randint(10000, 99999), "198.2.%d.%d" % (R.randint(128, 191), R.randint(2, 250)),
           "mail%d.pearson.com" % R.randint(10, 99), "pearson.com", ("pearson.com",),
           policy="p=REJECT sp=REJECT dis=NONE", subj_charset="iso-2022-jp")

t044 = """高橋 翔 様

AWS 認定の更新、おめでとうございます。

AWS Certified Developer – Associate の再認定が確認されました。新しい有効期限は 2029年1月15日 です。

候補者 ID: AWS78204413
認定の検証番号: 4QZ9X1KMN7BTR2HC

デジタルバッジは数日以内に Credly から送信されます。
認定アカウントへのサインイン: https://www.certmetrics.com/amazon/

AWS トレーニングと認定
このメールは送信専用アドレスから送信されています。
"""
other_mail("044-certmetrics-ja-recert.eml", L("unrelated", None, ["AWS78204413"], False, "ja"), U3, D("2026-01-16 06:12:40"),
           ("AWS Certification", "do-not-reply@certmetrics.com"),
           "AWS 認定: 再認定おめでとうございます", alt(tpart(t044, cte="quoted-printable"), tpart(html_of(t044), "html", cte="quoted-printable")),
           "do-not-reply@certmetrics.com", "167.89.%d.%d" % (R.randint(1, 120), R.randint(2, 250)), "o%d.ptr%d.certmetrics.com" % (R.randint(1, 9), R.randint(1000, 9999)),
           "certmetrics.com", ("certmetrics.com",))

h045 = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Japan</title></head>
<body style="margin:0;background:#eaeded">
<table width="640" align="center" style="background:#ffffff;font-family:'Noto Sans JP',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:20px">4 月の AWS イベント・ウェビナーのご案内</h1>
<p>いつも AWS をご利用いただきありがとうございます。今月のおすすめイベントをお届けします。</p>
<h2 style="font-size:16px">AWS Summit Japan 2026 事前登録受付中</h2>
<p>基調講演、150 以上のセッション、AWS 認定者限定ラウンジをご用意しています。</p>
<h2 style="font-size:16px">ウェビナー: データ統合基盤をサーバーレスで構築する</h2>
<p>AWS Glue と Amazon EventBridge を使い、複数システムのデータを統合する設計パターンを解説します。</p>
<h2 style="font-size:16px">AWS 認定 50% 割引の対象が拡大</h2>
<p>AWS 認定取得者は、次回受験時に 50% 割引の特典をご利用いただけます。詳細は AWS 認定アカウントの「特典」ページをご覧ください。</p>
<p><a href="https://aws.amazon.com/jp/events/" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">イベント一覧を見る</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">このメールは、AWS からのお知らせの受け取りに同意いただいた方にお送りしています。
<a href="https://pages.awscloud.com/communication-preferences">配信設定の変更</a><br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
"""
other_mail("045-aws-japan-newsletter-html.eml", L("unrelated", None, [], True, "ja"), U4, D("2026-03-24 12:00:17"),
           ("アマゾン ウェブ サービス ジャパン", "aws-apac-marketing@amazon.com"),
           "【AWS】4 月の AWS イベント・ウェビナーのご案内｜AWS Summit Japan 2026 事前登録受付中",
           tpart(h045, "html", cte="quoted-printable"),
           "%s@bounce.marketing.amazon.com" % hexs(12), "199.127.232.%d" % R.randint(2, 250), "mail%d.marketing.amazon.com" % R.randint(1, 9),
           "amazon.com", ("amazon.com",), compauth="pass reason=100")

t046 = """中村 大輔 さん

あなたのバッジ「AWS Certified Solutions Architect – Associate」の有効期限が 30 日後（2026年3月8日）に切れます。

有効期限が切れると、バッジはプロフィール上で「期限切れ」と表示されます。発行元の再認定の要件をご確認のうえ、お早めに更新手続きを行ってください。

バッジを表示: https://www.credly.com/badges/3c8e1a57-0d4f-4b92-a7e6-95f2d0c1b834

Credly
"""
other_mail("046-credly-ja-expiry-reminder.eml", L("unrelated", None, [], True, "ja"), U6, D("2026-02-06 03:20:44"),
           ("Credly", "admin@credly.com"), "バッジの有効期限が近づいています",
           alt(tpart(t046, cte="base64"), tpart(html_of(t046), "html", cte="base64")),
           "bounces+%d-%s-dnakamura77=kfa.biglobe.ne.jp@em.credly.com" % (R.randint(1000000, 9999999), hexs(4)),
           "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "o%d.em.credly.com" % R.randint(1, 20),
           "credly.com", ("credly.com",))

t047 = """佐藤 健太 さん

Credly アカウントの統合がリクエストされました。

統合先のアカウント: kenta.sato.0412@gmail.com
統合されるアカウント: k.sato@mitsuwa-denki.co.jp

手続きを続けるには、以下の確認コードを入力し、「アカウントの統合を完了」をクリックしてください。

確認コード: 739204

このコードの有効期限は 30 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは変更されません。

Credly サポート
"""
other_mail("047-credly-ja-own-merge-code.eml", L("unrelated", None, [], True, "ja"), U1, D("2025-06-09 22:41:03"),
           ("Credly", "admin@credly.com"), "Credly アカウントの統合 - 確認コード",
           alt(tpart(t047, cte="quoted-printable"), tpart(html_of(t047), "html", cte="quoted-printable")),
           "bounces+%d-%s-kenta.sato.0412=gmail.com@em.credly.com" % (R.randint(1000000, 9999999), hexs(4)),
           "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "o%d.em.credly.com" % R.randint(1, 20),
           "credly.com", ("credly.com", "sendgrid.info"), policy="p=REJECT sp=REJECT dis=NONE")


ITO_PREV = D("2026-03-05 18:12:26")
ITO_PREV_ID = o365_msgid(ITO_PREV)
t048_prev = """木村さん

お疲れさまです。伊藤です。

AWS 認定のアカウントが 2 つ（AWS23870561 と AWS85519302）あったので、AWS のサポートに統合をお願いしています。
今日、統合内容の確認の連絡が来たので、問題なければ返信して進めてもらう予定です。
木村さんも以前アカウントが分かれているとおっしゃっていましたよね。

伊藤"""
t048 = """伊藤さん

お疲れさまです。木村です。

情報ありがとうございます、助かります。
自分も AWS 57310284 と aws09846621 の二つがあるので、同じように問い合わせてみます。
問い合わせフォームはどこから出せばいいでしょうか。URL を教えてもらえると嬉しいです。

木村

From: 伊藤 由美 <y-ito@kotobuki-sys.co.jp>
Sent: Thursday, March 5, 2026 6:12 PM
To: 木村 誠 <m-kimura@kotobuki-sys.co.jp>
Subject: 認定アカウントの統合について

""" + t048_prev
KIM = ("木村 誠", "m-kimura@kotobuki-sys.co.jp")
K1 = D("2026-03-05 18:40:02")
h = internal_o365(U4["addr"], K1, "kotobuki-sys.co.jp") + [
    ("From", addr(*KIM, charset="iso-2022-jp")),
    ("To", addr(U4["name"], U4["addr"], charset="iso-2022-jp")),
    ("Subject", hdr("RE: 認定アカウントの統合について", "iso-2022-jp")),
    ("Thread-Topic", hdr("認定アカウントの統合について", "iso-2022-jp")),
    ("Thread-Index", "AQHc" + b64s(24)),
    ("Date", rdate(K1)),
    ("Message-ID", o365_msgid(K1, "TYCPR01MB7314")),
    ("References", ITO_PREV_ID),
    ("In-Reply-To", ITO_PREV_ID),
    ("Accept-Language", "ja-JP"),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
]
build("048-colleague-reply-iso2022jp.eml", tpart(t048, charset="iso-2022-jp", cte="7bit"), h,
      L("unrelated", None, ["AWS09846621", "AWS57310284"], False, "ja"))

t049 = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mitsuwa-labs/cert-tracker/pull/482#event-17392046115
You are receiving this because you authored the thread.

Message ID: <mitsuwa-labs/cert-tracker/pull/482/issue_event/17392046115@github.com>
"""
h049 = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/mitsuwa-labs/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/mitsuwa-labs/cert-tracker/pull/482#event-17392046115">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
other_mail("049-github-pr-merged.eml", L("unrelated", None, [], False, "en"), U1, D("2025-06-12 17:02:31", UTC),
           ("Yuto Morikawa", "notifications@github.com"),
           "Re: [mitsuwa-labs/cert-tracker] Merge account records from legacy profile (PR #482)",
           alt(tpart(t049, cte="7bit", charset="UTF-8"), tpart(h049, "html", cte="7bit", charset="UTF-8")),
           "noreply@github.com", "192.30.252.%d" % R.randint(200, 210), "out-%d.smtp.github.com" % R.randint(20, 30),
           "github.com", ("github.com",), policy="p=REJECT sp=REJECT dis=NONE",
           msgid="<mitsuwa-labs/cert-tracker/pull/482/issue_event/17392046115@github.com>",
           extra=[("Reply-To", "mitsuwa-labs/cert-tracker <reply+AB3KX7Q2ZL5M4RVJ6EYN@reply.github.com>"),
                  ("In-Reply-To", "<mitsuwa-labs/cert-tracker/pull/482@github.com>"),
                  ("References", "<mitsuwa-labs/cert-tracker/pull/482@github.com>"),
                  ("List-ID", "mitsuwa-labs/cert-tracker <cert-tracker.mitsuwa-labs.github.com>"),
                  ("X-GitHub-Reason", "author")])

t050 = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントに付与されている 50% 割引受験バウチャーの有効期限が、本日 23:59 までとなっております。

バウチャーの有効期限を延長するには、以下のリンクから AWS 認定アカウントにサインインし、お支払い情報を確認してください。
https://aws-certlfication.com/benefits/extend?id=7730192

期限内にお手続きいただけない場合、バウチャーは失効し、再発行はできません。

AWS トレーニングと認定
"""
other_mail("050-phish-voucher-wrong-charset.eml", L("unrelated", None, [], False, "ja"), U1, D("2025-08-02 07:15:09"),
           ("AWS Certification", "no-reply@aws-certlfication.com"),
           "【重要】AWS 認定 受験バウチャーの有効期限は本日までです",
           tpart(t050, charset="iso-8859-1", codec="utf-8", cte="8bit"),
           "bounce@aws-certlfication.com", "45.137.%d.%d" % (R.randint(1, 250), R.randint(2, 250)), "mail.aws-certlfication.com",
           "aws-certlfication.com", ("aws-certlfication.com",), policy="p=NONE sp=NONE dis=NONE")

h051 = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>山本 美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートです。</p>
<p>ケース {case} にてご依頼いただいている認定アカウント（AWS61184209）の統合につきまして、最終確認が完了していないため、処理を保留しております。</p>
<p>統合は一度実行すると元に戻すことができません。以下のボタンからサインインし、統合内容をご確認のうえ「統合を承認する」を押してください。</p>
<p><a href="https://aws-training-certification.net/ja/merge/confirm?c={case}" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">統合内容を確認する</a></p>
<p>48 時間以内にご確認いただけない場合、ご依頼は取り消され、両方のアカウントが一時停止される場合があります。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定</p>
</body></html>
""".format(case=CASE_PHISH1)
other_mail("051-phish-ja-confirm-merge-lookalike.eml", L("merge_confirmation_requested", CASE_PHISH1, ["AWS61184209"], False, "ja"),
           U2, D("2025-09-14 20:02:47"), ("AWS トレーニングと認定", "support@aws-training-certification.net"),
           "RE:[CASE %s] アカウント統合の最終確認のお願い" % CASE_PHISH1, tpart(h051, "html", cte="base64"),
           "support@aws-training-certification.net", "185.213.%d.%d" % (R.randint(1, 250), R.randint(2, 250)),
           "mx1.aws-training-certification.net", "aws-training-certification.net", ("aws-training-certification.net",),
           compauth="pass reason=100")

t052 = """中村 大輔 様

AWS トレーニングと認定 カスタマーサポートです。

ケース {case} でご依頼いただいたアカウント統合の手続きを続けるにあたり、ご本人確認のための追加情報が必要です。

お手数ですが、72 時間以内に以下のページからサインインし、次の情報をご入力ください。
・AWS 認定アカウントのパスワード
・生年月日
・ご登録のクレジットカード番号の下 4 桁

本人確認ページ: https://cert-merge-verify.support-aws.co/ja/login?c={case}

期限内にご対応いただけない場合、ケースはクローズされます。

Amazon Web Services
""".format(case=CASE_PHISH2)
forged_ar = ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com")
other_mail("052-spoof-ja-more-info-dmarc-fail.eml", L("support_reply", CASE_PHISH2, [], False, "ja"), U6, D("2026-02-07 02:16:40"),
           FORM, "RE:[CASE %s] [AWS Training and Certification Form Submission] - 本人確認のお願い" % CASE_PHISH2,
           tpart(t052, cte="base64"), "info@mail-srv%d.web-hostline.ru" % R.randint(1, 9), "91.215.%d.%d" % (R.randint(1, 250), R.randint(2, 250)),
           "mail-srv3.web-hostline.ru", "amazon.com", (), dmarc="fail", sender_dkim=False, below=[forged_ar],
           msgid="<%s@amazon.com>" % hexs(20))

t053 = """AWS Builder ID の確認コード

AWS Builder ID の作成にご協力いただきありがとうございます。メールアドレスを確認するため、次の確認コードを入力してください。

確認コード: 482913

このコードの有効期限は 10 分間です。

この操作をリクエストしていない場合は、このメールを無視してください。

Amazon Web Services
"""
other_mail("053-builder-id-code-ja.eml", L("unrelated", None, [], True, "ja"), U4, D("2026-03-09 09:12:05"),
           ("AWS", "no-reply@signin.aws"), "AWS Builder ID の確認コード",
           alt(tpart(t053, cte="base64"), tpart(html_of(t053), "html", cte="base64")),
           ses_mailfrom(D("2026-03-09 09:12:05")), ses_ip(), "a9-%d.smtp-out.amazonses.com" % R.randint(2, 250),
           "signin.aws", ("signin.aws",), policy="p=REJECT sp=REJECT dis=NONE", msgid=ses_id(D("2026-03-09 09:12:05")))

t054 = """森川さん

この前話してた AWS 認定アカウントの件、こんな感じで確認のメールが来ました。
このメールに返信すれば進めてくれるみたいです。参考までに。

佐藤

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年5月29日(木) 14:20
Subject: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.sato.0412@gmail.com>


""".format(case=CASE_A) + t003.split("---------- お客様からのメッセージ")[0].rstrip() + "\n"
MORI = dict(name="森川 悠斗", addr="yuto.morikawa.dev@gmail.com", prov="gmail")
S54 = D("2025-05-29 19:33:12")
other_mail("054-fwd-confirm-request-to-friend.eml", L("unrelated", CASE_A, [], False, "ja"), MORI, S54,
           (U1["name"], U1["addr"]), "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
           alt(tpart(t054, cte="base64"), tpart(html_of(t054).replace("font-size:14px", "font-size:small"), "html", cte="quoted-printable")),
           U1["addr"], "209.85.220.%d" % R.randint(41, 73), "mail-sor-f%d.google.com" % R.randint(41, 73), "gmail.com", ("gmail.com",),
           policy="p=NONE sp=QUARANTINE dis=NONE",
           msgid="<CAH%s@mail.gmail.com>" % b64s(40).replace("/", "_").replace("+", "-")[:46])

t055 = """技術部の皆さま

教育研修グループの松田です。
第3回 AWS 認定勉強会を下記のとおり開催します。

　日時：2026年2月19日（木）17:30～19:00
　場所：本社 5F 会議室A ／ Teams 併用
　内容：
　　① SAA-C03 模擬問題の解説
　　② 合格者の体験談（高橋さん）
　　③ 受験料補助制度の変更について

※AWS 認定アカウントを複数お持ちの方は、受験料補助の申請前に AWS サポートで 1 つにまとめておいてください（補助の実績確認は 1 アカウント単位で行います）。

参加希望の方は 2/16（月）までに返信をお願いします。

────────────────
北斗電産株式会社　教育研修グループ　松田 由紀
TEL 03-5789-xxxx（内線 2314）
────────────────
"""
U3w = dict(name="高橋 翔", addr="s-takahashi@hokuto-densan.co.jp", prov="ocn")
S55 = D("2026-02-10 12:05:44")
h = [
    ("Return-Path", "<y-matsuda@hokuto-densan.co.jp>"),
    ("Received", "from mail.hokuto-densan.co.jp (localhost [127.0.0.1])\n\tby mail.hokuto-densan.co.jp (Postfix) with ESMTP id 4C7F21A0B93\n\tfor <s-takahashi@hokuto-densan.co.jp>; %s" % rdate(S55 + datetime.timedelta(seconds=2))),
    ("Received", "from PC-MATSUDA (localhost)\n\tby mail.hokuto-densan.co.jp (Postfix) with ESMTPSA id 2B90E1A0B8F;\n\t%s" % rdate(S55 + datetime.timedelta(seconds=1))),
    ("From", addr("松田 由紀", "y-matsuda@hokuto-densan.co.jp", charset="iso-2022-jp")),
    ("To", "gijutsu-all@hokuto-densan.co.jp"),
    ("Subject", hdr("【社内】第3回 AWS 認定勉強会のご案内（2/19）", "shift_jis")),
    ("Date", rdate(S55)),
    ("Message-ID", "<%s$%s@hokuto-densan.co.jp>" % (hexs(12).upper(), hexs(8).upper())),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("MIME-Version", "1.0"),
]
build("055-internal-study-group-no-auth.eml", tpart(t055, charset="utf-8", codec="cp932", cte="base64"), h,
      L("unrelated", None, [], None, "ja"))


if __name__ == "__main__":
    write_all()
