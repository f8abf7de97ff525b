#!/usr/bin/env python3
"""Generator for blind set 107 (Japanese-heavy paraphrase set).

Builds .eml files with the stdlib email package (compat32 MIME classes) and
writes labels.json.  Run: python3 make_set.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
R = random.Random(107107)

MAILS = []  # (slug, msg, label)


def register(slug, msg, kind, lang, case_id=None, accounts=(), verified=None):
    label = {
        "kind": kind,
        "case_id": case_id,
        "account_ids": sorted(set(accounts)),
        "sender_verified": verified,
        "language": lang,
    }
    MAILS.append((slug, msg, label))


# ---------------------------------------------------------------- helpers
def jst(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)


def case15(opened):
    return "%d%05d" % (int(opened.timestamp()), R.randint(0, 99999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_msgid(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_mailfrom(when):
    ms = int(when.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (hexs(16), hexs(8), domain)


def rfc_date(when):
    return format_datetime(when)


def us_pacific(when):
    u = when.astimezone(UTC)
    dst = 3 < u.month < 11 or (u.month == 3 and u.day > 9) or (u.month == 11 and u.day < 2)
    off = -7 if dst else -8
    s = format_datetime(u.astimezone(dt.timezone(dt.timedelta(hours=off))))
    return s + (" (PDT)" if dst else " (PST)")


def enc_body(text, charset, cte, codec=None):
    """Return (payload_str, cte) for text encoded in codec (default charset)."""
    raw = text.replace("\n", "\r\n").encode(codec or charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii"), "base64"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    if cte == "7bit":
        return raw.decode("ascii").replace("\r\n", "\n"), "7bit"
    if cte == "8bit":
        # keep the real bytes; they are re-inserted when the file is written
        token = "@@RAW%s@@" % hexs(12)
        RAW8[token] = raw
        return token, "8bit"
    raise ValueError(cte)


RAW8 = {}


def tpart(text, subtype="plain", charset="utf-8", cte="base64", codec=None, label=None):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    payload, cte = enc_body(text, charset, cte, codec)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def hdr(text, charset="utf-8", chunk=14):
    """Encoded-word header value (folded by the generator)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if charset.lower() in ("shift_jis", "cp932", "euc-jp"):
        words = []
        for i in range(0, len(text), chunk):
            raw = text[i:i + chunk].encode(charset)
            words.append("=?%s?B?%s?=" % ("Shift_JIS" if charset != "euc-jp" else "EUC-JP",
                                          base64.b64encode(raw).decode()))
        return "\n ".join(words)
    return Header(text, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def dkim(domain, selector, when, headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("DKIM-Signature",
            "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s=;\n"
            "\tb=%s\n\t%s\n\t%s=" % (selector, domain, int(when.timestamp()), headers,
                                     b64s(43), b64s(64), b64s(64), b64s(42)))


# ------------------------------------------------------------- transport
# Sender profiles: how the sending side looks.
SENDERS = {
    "ses": dict(host="a8-%d.smtp-out.amazonses.com", ipfmt="54.240.8.%d", helo="amazonses.com"),
    "ses_tyo": dict(host="e234-%d.smtp-out.ap-northeast-1.amazonses.com",
                    ipfmt="23.251.234.%d", helo="amazonses.com"),
    "credly": dict(host="o%d.email.credly.com", ipfmt="167.89.%d.41", helo="sendgrid.net"),
}


def sender_hop(kind, n=None):
    n = n or R.randint(10, 90)
    s = SENDERS[kind]
    return s["host"] % n, s["ipfmt"] % n


def transport(provider, when, rcpt, *, from_dom, dkim_dom=None, mailfrom=None,
              host=None, ip=None, spf="pass", dkim_res="pass", dmarc="pass",
              policy="QUARANTINE", extra_dkim=(), forged_ar=None):
    """Return headers (top-down) added by the receiving side + sender signatures.

    provider: gmail | outlook | nifty | docomo | biglobe | yahoojp | sonet |
              sakura | corp_noar
    """
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or ("bounce@" + from_dom)
    mf_dom = mailfrom.split("@")[1]
    t_in = when + dt.timedelta(seconds=R.randint(1, 6))
    H = []
    dstr = rfc_date(t_in.astimezone(UTC)).replace("+0000", "+0000 (UTC)")
    if provider == "gmail":
        H.append(("Delivered-To", rcpt))
        H.append(("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                  % (hexs(4), hexs(3), hexs(3), hexs(4), b64s(10).lower(),
                     us_pacific(t_in))))
        H.append(("X-Google-Smtp-Source", "AGHT+I" + b64s(60)))
        arc = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n" \
              "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n" \
              "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                  dkim_res, dkim_dom, "224i4yxa5dv7c2xz3womw6peuasteono" if "amazon" in dkim_dom else "s1",
                  b64s(8), spf, mailfrom,
                  "designates" if spf == "pass" else "does not designate",
                  ip, mailfrom, dmarc, policy, policy,
                  "NONE" if dmarc == "pass" else ("QUARANTINE" if policy != "NONE" else "NONE"),
                  from_dom)
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                  % (int(t_in.timestamp()), b64s(64))))
        H.append(("ARC-Authentication-Results", "i=1; " + arc))
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n"
                  "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (host, host, ip, b64s(24).lower(), R.randint(100, 999), hexs(2), rcpt,
                     us_pacific(t_in))))
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
                  % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)))
        H.append(("Authentication-Results", arc))
    elif provider in ("outlook", "corp365"):
        H.append(("Received", "from TY%dPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) by\n"
                  " TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s"
                  % (R.randint(1, 9), R.randint(1000, 9999), hexs(3), R.randint(1, 99),
                     R.randint(1000, 9999), rfc_date(t_in.astimezone(UTC)))))
        H.append(("Received", "from %s (%s) by\n TY%dEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with\n"
                  " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n"
                  " 15.20.8722.%d via Frontend Transport; %s"
                  % (host, ip, R.randint(1, 9), hexs(4).upper(), R.randint(1, 250), R.randint(1, 250),
                     R.randint(10, 40), rfc_date(t_in.astimezone(UTC)))))
        if spf == "pass":
            spf_txt = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; " % (ip, mf_dom)
        else:
            spf_txt = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; " % (spf, ip, mf_dom)
        dk = "dkim=pass (signature was verified)\n header.d=%s;" % dkim_dom if dkim_res == "pass" \
            else "dkim=%s (no signature)\n header.d=%s;" % (dkim_res, dkim_dom)
        dm = "dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % from_dom if dmarc == "pass" \
            else "dmarc=%s action=%s\n header.from=%s;compauth=fail reason=000" % (
                dmarc, "quarantine" if dmarc == "fail" else "none", from_dom)
        H.append(("Authentication-Results", spf_txt + dk + dm))
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n"
                  " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                  % ("Pass" if spf == "pass" else "Fail", mf_dom,
                     "designates" if spf == "pass" else "does not designate", ip, ip, host)))
        H.append(("Return-Path", mailfrom))
    elif provider in ("nifty", "docomo", "biglobe", "yahoojp", "sonet", "sakura"):
        authserv = {"nifty": "mfilter-s%02d.nifty.com" % R.randint(1, 30),
                    "docomo": "dmail.docomo.ne.jp",
                    "biglobe": "mx.biglobe.ne.jp",
                    "yahoojp": "yahoo.co.jp",
                    "sonet": "smtp-mx%d.so-net.ne.jp" % R.randint(1, 9),
                    "sakura": "www%d.sakura.ne.jp" % R.randint(1000, 9999)}[provider]
        mx = authserv if provider not in ("yahoojp",) else "mta%03d.mail.ssk.yahoo.co.jp" % R.randint(1, 200)
        H.append(("Return-Path", "<%s>" % mailfrom))
        H.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                  % (host, host, ip, mx, b64s(12), rcpt, rfc_date(t_in))))
        H.append(("Authentication-Results", "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s"
                  % (authserv, spf, mailfrom, dkim_res, dkim_dom, dmarc, from_dom)))
    elif provider == "corp_noar":
        H.append(("Received", "from mx01.%s (mx01.%s [10.20.1.11])\n\tby mail.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                  % (rcpt.split("@")[1], rcpt.split("@")[1], rcpt.split("@")[1], hexs(10).upper(), rcpt, rfc_date(t_in))))
        H.append(("Received", "from %s (%s [%s])\n\tby mx01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (host, host, ip, rcpt.split("@")[1], hexs(10).upper(), rcpt, rfc_date(t_in))))
    else:
        raise ValueError(provider)
    if forged_ar:
        H.append(("Authentication-Results", forged_ar))
    H = [h for h in H if h]
    if dkim_res == "pass":
        sel = {"amazon.com": "224i4yxa5dv7c2xz3womw6peuasteono", "gmail.com": "20230601",
               "credly.com": "s1", "signin.aws": "sjnxmwbkxp3gqpqv3k4gqb7yp6m2ipxz"}.get(dkim_dom, "selector1")
        H.append(dkim(dkim_dom, sel, when))
    for d in extra_dkim:
        H.append(dkim(d, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if "amazonses" in d else "s2", when))
    return H


def finish(body, headers, top):
    """Put headers in a realistic order: transport first, then message headers."""
    content = [(k, v) for k, v in body._headers]
    body._headers = []
    for k, v in top:
        body._headers.append((k, v))
    for k, v in headers:
        if v is not None:
            body._headers.append((k, v))
    body._headers.append(("MIME-Version", "1.0"))
    for k, v in content:
        if k.lower() != "mime-version":
            body._headers.append((k, v))
    return body


def aws_mail(body, *, when, to, subject, frm=None, provider="gmail", dmarc="pass",
             sender="ses", subj_charset="utf-8", frm_charset="utf-8", extra=(), msgid=None):
    """A genuine AWS (amazon.com via SES) mail."""
    frm = frm or ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
    host, ip = sender_hop(sender)
    mf = ses_mailfrom(when)
    top = transport(provider, when, to[1], from_dom="amazon.com", mailfrom=mf, host=host, ip=ip,
                    dmarc=dmarc, extra_dkim=("amazonses.com",))
    headers = [("From", addr(frm[0], frm[1], frm_charset)),
               ("To", addr(to[0], to[1], frm_charset) if to[0] else to[1]),
               ("Subject", hdr(subject, subj_charset)),
               ("Date", rfc_date(when)),
               ("Message-ID", msgid or ses_msgid(when))]
    headers += list(extra)
    headers.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)))
    headers.append(("X-SES-Outgoing", when.astimezone(UTC).strftime("%Y.%m.%d-54.240.8.") + str(R.randint(10, 99))))
    return finish(body, headers, top)


def other_mail(body, *, when, frm, to, subject, provider, from_dom, host, ip, dkim_dom=None,
               mailfrom=None, spf="pass", dkim_res="pass", dmarc="pass", policy="NONE",
               subj_charset="utf-8", name_charset="utf-8", extra=(), msgid=None, forged_ar=None,
               cc=None):
    top = transport(provider, when, to[1], from_dom=from_dom, dkim_dom=dkim_dom, mailfrom=mailfrom,
                    host=host, ip=ip, spf=spf, dkim_res=dkim_res, dmarc=dmarc, policy=policy,
                    forged_ar=forged_ar)
    headers = [("From", addr(frm[0], frm[1], name_charset)),
               ("To", addr(to[0], to[1], name_charset) if to[0] else to[1])]
    if cc:
        headers.append(("Cc", addr(cc[0], cc[1], name_charset)))
    headers += [("Subject", hdr(subject, subj_charset)),
                ("Date", rfc_date(when)),
                ("Message-ID", msgid or generic_msgid(from_dom))]
    headers += list(extra)
    return finish(body, headers, top)


# ------------------------------------------------------------ people
U1 = ("田中 美咲", "misaki.tanaka.0412@gmail.com")
U2 = ("佐藤 健一", "k.sato_1987@outlook.jp")
U3 = ("鈴木 大輔", "d-suzuki@nifty.com")
U4 = ("高橋 由美", "yumi.t-0808@docomo.ne.jp")
U5 = ("伊藤 翔", "sho.ito@biglobe.ne.jp")
U6 = ("渡辺 恵", "megumi_w2020@yahoo.co.jp")
U7 = ("山本 拓也", "t-yamamoto@hikari-dx.co.jp")
U8 = ("中村 さくら", "sakura.n@so-net.ne.jp")
U10 = ("松田 浩二", "k-matsuda@minato-kogyo.co.jp")
U11 = ("小野 千尋", "ono@tsubame-design.jp")
U12 = ("小林 亮", "kobayashi.ryo.dev@gmail.com")
U13 = ("Kenji Mori", "kenji.mori.cloud@gmail.com")
U14 = ("Aiko Hayashi", "aiko.hayashi@hotmail.com")

FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

# ================================================================ MAILS
WD = "月火水木金土日"


def jpd(t):
    return "%d年%d月%d日(%s) %d:%02d" % (t.year, t.month, t.day, WD[t.weekday()], t.hour, t.minute)


def quote(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- C1 (U1, form desk, Gmail)
C1_OPEN = jst(2025, 5, 26, 21, 14, 33)
C1 = case15(C1_OPEN)

t = C1_OPEN + dt.timedelta(seconds=41)
body = tpart("""田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせをお預かりいたしました。

ケース番号: %s
お問い合わせの種類: 認定 (Certification)
詳細: アカウントに関するお手続き
AWS 候補者 ID: AWS 40718263
ご登録のメールアドレス: misaki.tanaka.0412@gmail.com

内容を拝見のうえ、担当者より原則 24 時間以内にご連絡を差し上げます。
お問い合わせが集中している時期は、お時間を頂戴する場合がございます。

補足の情報がございましたら、新たにお問い合わせをいただくのではなく、
本メールへのご返信にてお送りください。同じ内容で複数のお問い合わせを
いただきますと、ご案内がかえって遅れてしまうことがございます。

今後ともよろしくお願いいたします。

Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % C1, cte="base64")
m = aws_mail(body, when=t, to=U1, frm=FORM,
             subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1)
register("case-form-submission", m, "case_created", "ja", C1, ["AWS40718263"], True)

C1_CONF_T = jst(2025, 5, 27, 17, 40, 12)
C1_CONF_TEXT = """田中 美咲 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 サポート担当の木村でございます。

ご依頼の件でお調べしましたところ、田中様名義の認定アカウントが下記の 2 つ見つかりました。

　・AWS40718263（サインイン用メールアドレス: misaki.tanaka.0412@gmail.com）
　・AWS15530927（サインイン用メールアドレス: m.tanaka@sora-net-works.co.jp）

つきましては、AWS40718263 を今後ご利用いただくアカウントとして残し、
AWS15530927 にある受験履歴と認定資格をそちらへ移し替えて、一本化する形で
進めさせていただければと存じます。

なお、この作業は一度行いますと元の状態に戻すことができません。
上記の内容でお間違いがなければ、お手数ですが本メールにそのままご返信いただけますでしょうか。
ご返信を頂戴してから作業に取りかからせていただきます。

何卒よろしくお願いいたします。

木村
Amazon Web Services"""
body = tpart(C1_CONF_TEXT + "\n", cte="quoted-printable")
m = aws_mail(body, when=C1_CONF_T, to=U1, frm=FORM, subject=FORM_SUBJ % C1)
register("re-case-form-account-assistance", m, "merge_confirmation_requested", "ja", C1,
         ["AWS40718263", "AWS15530927"], True)

C1_USER_T = jst(2025, 5, 28, 8, 2, 51)
C1_USER_TEXT = """木村様

ご連絡ありがとうございます。
内容に相違ありません。AWS40718263 の方を残す形で進めてください。
よろしくお願いいたします。

田中"""
t = jst(2025, 5, 28, 10, 15, 8)
txt = """田中 美咲 様

ご返信いただきありがとうございます。承知いたしました。
それでは、これより AWS15530927 から AWS40718263 への移し替え作業に入らせていただきます。

作業が済みましたら、改めて本ケースにてご連絡いたします。
作業中は AWS15530927 でのサインインや試験のご予約が一時的にできなくなる場合がございますので、
恐れ入りますがしばらくお待ちいただけますと幸いです。

木村
Amazon Web Services

%s %s <%s>:
%s
>
> %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (jpd(C1_USER_T), U1[0], U1[1], quote(C1_USER_TEXT), jpd(C1_CONF_T), quote(quote(C1_CONF_TEXT, "> "), "> "))
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U1, frm=FORM, subject=FORM_SUBJ % C1)
register("re-case-form-account-assistance-2", m, "support_reply", "ja", C1,
         ["AWS15530927", "AWS40718263"], True)

C1_DONE_T = jst(2025, 5, 29, 14, 2, 37)
C1_DONE_TEXT = """田中 美咲 様

いつもお世話になっております。AWS トレーニングと認定 サポートの木村です。

お待たせいたしました。AWS15530927 に記録されていた受験履歴と認定資格を
AWS40718263 へすべて移し、お手続きは滞りなく済みました。
AWS15530927 は本日をもって無効となり、今後はサインインいただけません。

認定資格の一覧は、AWS40718263 で AWS Certification Account にサインインのうえ、
「Certifications」のページからご覧いただけます。
特典（次回の試験の 50% 割引など）も引き継がれておりますので、あわせてご覧ください。

ほかにお困りのことがございましたら、お気軽に本メールへご返信ください。

木村
Amazon Web Services"""
body = tpart(C1_DONE_TEXT + "\n", cte="base64")
m = aws_mail(body, when=C1_DONE_T, to=U1, frm=FORM, subject=FORM_SUBJ % C1)
register("re-case-form-account-assistance-3", m, "merge_completed", "ja", C1,
         ["AWS15530927", "AWS40718263"], True)

t = C1_DONE_T + dt.timedelta(minutes=3, seconds=12)
txt = """田中 美咲 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました。

お問い合わせいただいたケース %s は、解決済みとしてクローズいたしました。

今後のサービス向上のため、今回の担当者の対応について 1 分ほどの
アンケートにご協力いただけますと幸いです。

　問題は解決しましたか？
　　はい: https://aws-tc-survey.amazon.com/s/%s?ans=yes
　　いいえ: https://aws-tc-survey.amazon.com/s/%s?ans=no

　担当者の対応を 5 段階で評価してください:
　　https://aws-tc-survey.amazon.com/s/%s/rate

なお、このケースに返信いただくと、ケースが再び開かれます。

Amazon Web Services
""" % (C1, C1, C1, C1)
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U1, frm=FORM,
             subject="[CASE %s] ご意見をお聞かせください" % C1)
register("case-feedback-request", m, "survey", "ja", C1, [], True)

# Credly badge (U1)
t = jst(2025, 5, 30, 9, 11, 4)
badge = "AWS Certified Solutions Architect – Associate"
txt = """田中 美咲 さん

おめでとうございます！
Amazon Web Services Training and Certification から、あなたに新しいデジタルバッジが発行されました。

%s

下のリンクからバッジを受け取ると、プロフィールに表示されるようになり、
LinkedIn などで共有できるようになります。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

このバッジは Credly のプロフィールでいつでもご覧いただけます。

Credly チーム
Credly, Inc. 100 Broadway, New York, NY 10005
配信停止: https://www.credly.com/notifications/unsubscribe
""" % (badge, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
html = """<html><body style="font-family:'Helvetica Neue',Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<p>田中 美咲 さん</p>
<p><strong>おめでとうございます！</strong><br>
Amazon Web Services Training and Certification から、あなたに新しいデジタルバッジが発行されました。</p>
<p style="font-size:18px"><b>%s</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p>受け取ったバッジはプロフィールに表示され、LinkedIn などで共有できます。</p>
<p style="color:#888;font-size:11px">Credly, Inc. 100 Broadway, New York, NY 10005<br>
<a href="https://www.credly.com/notifications/unsubscribe">配信停止</a></p>
</td></tr></table></body></html>""" % (badge, hexs(32))
body = alt(tpart(txt, cte="quoted-printable"), tpart(html, "html", cte="quoted-printable"))
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=U1, subject="Amazon Web Services Training and Certification からバッジが届いています",
               provider="gmail", from_dom="credly.com", host=host, ip=ip, mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               policy="REJECT", msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-new-badge", m, "credly_badge_issued", "ja", None, [], True)

# Forward by U1 to her manager (unrelated)
t = jst(2025, 5, 29, 18, 47, 20)
txt = """井上さん

お疲れさまです、田中です。
先日ご相談していた AWS 認定のアカウントが二つあった件、サポートから
移し替えが済んだと連絡がありましたので、念のため転送します。

今後の受験申し込みや会社負担のバウチャーは AWS40718263 の方でお願いします。
（旧い AWS15530927 はもう使えなくなったそうです）

田中

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: %s
Subject: %s
To: %s <%s>


%s
""" % (jpd(C1_DONE_T).replace(" ", " ", 1), FORM_SUBJ % C1, U1[0], U1[1], C1_DONE_TEXT)
body = alt(tpart(txt, cte="base64"),
           tpart("<div dir=\"ltr\">" + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>",
                 "html", cte="base64"))
boss = ("井上 剛", "t.inoue@aozora-sys.co.jp")
m = other_mail(body, when=t, frm=U1, to=boss, subject="Fwd: " + FORM_SUBJ % C1,
               provider="corp365", from_dom="gmail.com", host="mail-sor-f41.google.com", ip="209.85.220.41",
               mailfrom=U1[1], msgid="<CAH%s@mail.gmail.com>" % b64s(40))
register("fwd-case-form", m, "unrelated", "ja", C1, ["AWS15530927", "AWS40718263"], False)


# ---------------------------------------------------------------- C2 (U2, console, Outlook.jp, ISO-2022-JP)
C2_OPEN = jst(2025, 8, 4, 9, 31, 2)
C2 = case15(C2_OPEN)
C2_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % C2
t = C2_OPEN + dt.timedelta(seconds=58)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を開きました。

ケース ID: %s
件名: 認定アカウントが二重になっている件 (aws-52039184 / aws-61820473)
重要度: 一般的なガイダンス
お問い合わせの種類: アカウントおよび請求

担当者からの回答は、このケースに追加され次第メールでお知らせします。
ケースの詳細の表示や返信は、AWS サポートセンターから行ってください。

%s

このメールアドレスは送信専用です。ご返信いただいてもお受けできませんので、ご了承ください。

Amazon Web Services, Inc. はAmazon.com, Inc. の関連会社です。
""" % (C2, C2, C2_URL)
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = aws_mail(body, when=t, to=U2, frm=CONSOLE, provider="outlook",
             subject="Amazon Web Services: 新しいサポートケースを開きました: %s" % C2,
             subj_charset="iso-2022-jp", frm_charset="iso-2022-jp")
register("support-case-opened", m, "case_created", "ja", C2, ["AWS52039184", "AWS61820473"], True)

t = jst(2025, 8, 5, 11, 8, 44)
txt = """佐藤 健一 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
Amazon Web Services トレーニングと認定担当の石川でございます。

この度はお問い合わせを賜り、誠にありがとうございます。
ご依頼いただきました認定アカウントのお取りまとめにつきまして、
下記のとおり執り行う所存でございます。

　存続させるアカウント　　　　：aws-52039184
　取りまとめの対象となるアカウント：aws-61820473

本手続きは、一度実施いたしますと元の状態へ戻すことが叶いません。
誠に恐れ入りますが、上記の内容にて差し支えございませんでしょうか。
ご承諾いただける場合には、サポートセンターより本ケースへその旨ご返信賜りますよう、
お願い申し上げます。ご返信を拝受いたしましたのち、速やかに手続きを進めてまいります。

ご多忙のところ誠に恐縮ではございますが、何卒よろしくお願い申し上げます。

石川
Amazon Web Services

===================================================
このケースの詳細の表示や返信は、次のリンクから行ってください:
%s

このメールアドレスへのご返信はお受けできません。
""" % C2_URL
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = aws_mail(body, when=t, to=U2, frm=CONSOLE, provider="outlook",
             subject="RE:[CASE %s] 認定アカウントが二重になっている件" % C2,
             subj_charset="iso-2022-jp", frm_charset="iso-2022-jp")
register("re-case-duplicate-accounts", m, "merge_confirmation_requested", "ja", C2,
         ["AWS52039184", "AWS61820473"], True)

C2_DONE = jst(2025, 8, 7, 15, 26, 9)
txt = """佐藤 健一 様

平素よりお世話になっております。Amazon Web Services の石川でございます。

先日はご返信を賜り、誠にありがとうございました。
ご依頼いただきましたお手続きは、本日までにすべて執り行わせていただきました。
aws-61820473 にてお持ちでいらした認定資格および受験の記録は、
今後 aws-52039184 にてご覧いただけます。

つきましては、本ケースはこれをもちましてクローズとさせていただきます。
ご不明な点がございましたら、サポートセンターよりケースを再度お開きくださいませ。

このたびはご利用を賜り、誠にありがとうございました。

石川
Amazon Web Services

===================================================
この回答はお役に立ちましたか？ 評価をお寄せください:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

このケースの詳細の表示や返信は、次のリンクから行ってください:
%s

このメールアドレスへのご返信はお受けできません。
""" % (C2, C2_URL)
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = aws_mail(body, when=C2_DONE, to=U2, frm=CONSOLE, provider="outlook",
             subject="RE:[CASE %s] 認定アカウントが二重になっている件" % C2,
             subj_charset="iso-2022-jp", frm_charset="iso-2022-jp")
register("re-case-duplicate-accounts-2", m, "merge_completed", "ja", C2,
         ["AWS52039184", "AWS61820473"], True)

t = C2_DONE + dt.timedelta(hours=2, minutes=11)
html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS サポート</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:24px">
<p>佐藤 健一 様</p>
<p>先日は AWS サポートをご利用いただき、ありがとうございました。</p>
<p>ケース <b>%s</b>（認定アカウントが二重になっている件）について、担当者のご案内はいかがでしたか。<br>
今後の改善に役立てるため、率直なご意見をお聞かせください。</p>
<p style="text-align:center;font-size:24px;letter-spacing:8px">
<a href="https://survey.aws.amazon.com/r/%s?score=1" style="text-decoration:none">&#9733;</a>
<a href="https://survey.aws.amazon.com/r/%s?score=2" style="text-decoration:none">&#9733;</a>
<a href="https://survey.aws.amazon.com/r/%s?score=3" style="text-decoration:none">&#9733;</a>
<a href="https://survey.aws.amazon.com/r/%s?score=4" style="text-decoration:none">&#9733;</a>
<a href="https://survey.aws.amazon.com/r/%s?score=5" style="text-decoration:none">&#9733;</a></p>
<p style="text-align:center;color:#545b64;font-size:12px">1 (不満) &nbsp;&ndash;&nbsp; 5 (満足)</p>
<p>回答は 1 分ほどで終わります。いただいた内容は、担当者の評価とサービス改善のためにのみ使用いたします。</p>
</td></tr>
<tr><td style="padding:16px;color:#687078;font-size:11px">このメールは送信専用アドレスから配信されています。<br>
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
""" % ((C2,) + (hexs(24),) * 5)
body = tpart(html, "html", cte="quoted-printable")
m = aws_mail(body, when=t, to=U2, frm=CONSOLE, provider="outlook",
             subject="AWS サポートのご利用についてのアンケート (ケース %s)" % C2)
register("aws-support-questionnaire", m, "survey", "ja", C2, [], True)

t = jst(2025, 8, 8, 2, 40, 55)
txt = """佐藤 健一 さん

Amazon Web Services Training and Certification で認定アカウントがひとつにまとめられたことに伴い、
以前のアカウントで発行されていた次のバッジを、このメールアドレスの Credly アカウントへ移しました。

・AWS Certified Developer – Associate
・AWS Certified Cloud Practitioner

移したバッジはすでに受け取り済みとしてプロフィールに表示されています。
公開範囲の設定は、次のページからいつでも変更できます。
https://www.credly.com/users/kenichi-sato.%s/badges

心当たりがない場合は、Credly サポート (https://support.credly.com) までお知らせください。

Credly チーム
""" % hexs(6)
body = tpart(txt, cte="base64")
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Credly", "admin@credly.com"), to=U2,
               subject="バッジがあなたの Credly アカウントに移されました",
               provider="outlook", from_dom="credly.com", host=host, ip=ip,
               mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-badges-moved", m, "credly_badge_issued", "ja", None, [], True)

t = jst(2025, 9, 2, 20, 3, 31)
txt = """佐藤 健一 様

この度は Pearson VUE をご利用いただき、誠にありがとうございます。
下記のとおり試験のご予約を承りました。

試験名　　: AWS Certified Solutions Architect - Professional (SAP-C02)
受験言語　: 日本語
受験者ID　: AWS52039184
登録ID　　: 4821%05d
予約番号　: 5%08d
受験日時　: 2025年9月27日(土) 13:30
会場　　　: ピアソン VUE 認定テストセンター 新宿西口
　　　　　　東京都新宿区西新宿 1-x-x 第3スカイビル 8F

【ご来場前にご覧ください】
・試験開始時刻の 15 分前までに受付をお済ませください。
・有効な本人確認書類を 2 点ご持参ください。登録されている氏名と一致しない場合、受験いただけません。
・複数の予約をひとつにまとめる、または日時を変更する場合は、試験の 24 時間前までにお手続きください。

ご予約内容の変更・キャンセルは、以下のページから行えます。
https://home.pearsonvue.com/aws

Pearson VUE カスタマーサービス
""" % (R.randint(0, 99999), R.randint(0, 99999999))
body = tpart(txt, cte="quoted-printable")
m = other_mail(body, when=t, frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=U2,
               subject="試験予約のお知らせ - AWS Certified Solutions Architect - Professional",
               provider="outlook", from_dom="pearson.com", host="mta-%d.pearsonvue.net" % R.randint(1, 9),
               ip="198.2.%d.%d" % (R.randint(128, 190), R.randint(2, 250)), mailfrom="bounce-mc@pearson.com")
register("exam-appointment", m, "unrelated", "ja", None, ["AWS52039184"], False)


# ---------------------------------------------------------------- C3 (U10, form desk, corporate relay without A-R)
C3_OPEN = jst(2025, 10, 14, 9, 12, 40)
C3 = case15(C3_OPEN)
CORP_HOP = dict(host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31")


def noar_aws(body, when, to, subject, frm=FORM, subj_charset="utf-8", name_charset="utf-8"):
    top = transport("corp_noar", when, to[1], from_dom="amazon.com", mailfrom=ses_mailfrom(when),
                    host=CORP_HOP["host"], ip=CORP_HOP["ip"], extra_dkim=("amazonses.com",))
    headers = [("From", addr(frm[0], frm[1], name_charset)), ("To", addr(to[0], to[1], name_charset)),
               ("Subject", hdr(subject, subj_charset)), ("Date", rfc_date(when)),
               ("Message-ID", ses_msgid(when)),
               ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43))]
    return finish(body, headers, top)


t = C3_OPEN + dt.timedelta(seconds=33)
txt = """松田 浩二 様

このメールは、お問い合わせフォームからの送信を受け付けた際に自動でお送りしております。

　受付番号（ケース番号）：%s
　受付日時　　　　　　　：2025年10月14日 09:12 (JST)
　お問い合わせの種類　　：AWS Training and Certification / 認定
　内容　　　　　　　　　：アカウント関連

いただいた内容は担当窓口にてお預かりしております。順番に拝見し、
原則として 24 時間以内に担当者より折り返しご連絡いたします。

お急ぎのところ恐縮ですが、同じ内容で重ねてお問い合わせいただきますと
お返事がかえって遅くなってしまいます。追加でお伝えいただきたいことが
ございましたら、このメールにそのままご返信ください。

Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % C3
body = tpart(txt, charset="shift_jis", cte="8bit")
m = noar_aws(body, t, U10, "【AWS トレーニングと認定】お問い合わせを受け付けました（受付番号：%s）" % C3,
             subj_charset="shift_jis")
register("inquiry-received-notice", m, "case_created", "ja", C3, [], None)

C3_USER_T = C3_OPEN - dt.timedelta(minutes=1)
t = jst(2025, 10, 15, 16, 52, 18)
txt = """松田 浩二 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの大西と申します。
お問い合わせの件、拝見いたしました。

お調べしたところ、松田様のお名前で以下の 2 つのアカウントがございました。

　1. AWS 20558714 … 会社のメールアドレス（k-matsuda@minato-kogyo.co.jp）でご登録
　2. AWS 09316628 … 個人のメールアドレスでご登録

ご希望に沿って、1 のアカウントを残し、2 に記録されている認定資格や受験歴を
すべて 1 へ寄せる形でお手続きいたします。寄せた後の 2 のアカウントは閉じられ、
元の状態には戻せなくなりますので、その点だけご留意ください。

この内容で差し支えなければ、「この内容で進めてください」とひとことご返信をお願いいたします。
別の形をご希望の場合も、遠慮なくお知らせください。

大西
Amazon Web Services

差出人: 松田 浩二 <k-matsuda@minato-kogyo.co.jp>
送信日時: 2025年10月14日 9:11
宛先: aws-cs-trainingcertification-form@amazon.com
件名: 【ご相談】AWS認定アカウントが会社用と個人用の二つに分かれてしまっている件について

AWS認定のアカウントが二つあるようで、受験履歴が分かれてしまっています。
会社のアドレスで登録した AWS 20558714 と、以前個人で受験したときの AWS 09316628 です。
会社の方にまとめたいのですが、可能でしょうか。
"""
body = tpart(txt, cte="quoted-printable")
m = noar_aws(body, t, U10, "RE:[CASE %s] 【ご相談】AWS認定アカウントが会社用と個人用の二つに分かれてしまっている件について" % C3)
register("re-case-consultation", m, "merge_confirmation_requested", "ja", C3,
         ["AWS20558714", "AWS09316628"], None)

t = jst(2025, 10, 21, 10, 4, 2)
txt = """松田 浩二 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの大西です。

Credly のバッジが AWS 09316628 にひもづくプロフィールに表示されたままになっている
とのご連絡をいただき、ありがとうございます。

こちらから Credly 側へ、バッジを AWS 20558714 にひもづくプロフィールへ移すよう
依頼をかけました。反映までには通常 3～5 営業日ほどかかります。
移し替えが行われますと、Credly から直接メールでご案内が届く見込みです。

1 週間ほど経っても変わりがないようでしたら、お手数ですがこのメールにご返信ください。

大西
Amazon Web Services
"""
body = tpart(txt, cte="base64")
m = noar_aws(body, t, U10, "RE:[CASE %s] 【ご相談】AWS認定アカウントが会社用と個人用の二つに分かれてしまっている件について" % C3)
register("re-case-consultation-2", m, "support_reply", "ja", C3, ["AWS09316628", "AWS20558714"], None)

# Seller Central look-alike (corporate relay, no A-R)
SC = "6120734458"
t = jst(2025, 11, 6, 13, 37, 5)
txt = """松田 浩二 様

Amazon出品サービスをご利用いただきありがとうございます。
出品者アカウントの統合に関するお問い合わせについてご連絡いたします。

お客様がお持ちの 2 つの出品者アカウントについて、1 つに一本化するお手続きは、
出品者ご本人による申請内容の審査が完了した後に行われます。現在、提出いただいた
書類を担当部署にて確認しております。

統合が完了いたしましたら、改めてご連絡いたします。なお、統合後の出品者アカウントは
元に戻すことができませんので、あらかじめご了承ください。

よろしくお願いいたします。

Amazon.co.jp
出品者サポート

このケースに関するその他のご質問は、セラーセントラルの「ケースログ」から返信してください:
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s
""" % SC
body = tpart(txt, cte="base64")
top = transport("corp_noar", t, U10[1], from_dom="amazon.co.jp", mailfrom="bounce@amazon.co.jp",
                host="smtp-out-%d.amazon.co.jp" % R.randint(1, 9), ip="52.119.%d.%d" % (R.randint(160, 190), R.randint(2, 250)))
m = finish(body, [("From", addr("Amazon Seller Central", "seller-notification@amazon.co.jp")),
                  ("To", U10[1]),
                  ("Subject", hdr("RE:[CASE %s] 出品者アカウントの統合について" % SC)),
                  ("Date", rfc_date(t)), ("Message-ID", "<%s@sellercentral.amazon.co.jp>" % hexs(24))], top)
register("re-case-seller-account", m, "unrelated", "ja", SC, [], None)

# ---------------------------------------------------------------- C4 (U4, console, docomo)
C4_OPEN = jst(2025, 11, 20, 22, 48, 10)
C4 = case15(C4_OPEN)
C4_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % C4
t = C4_OPEN + dt.timedelta(seconds=47)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:14px">
<p>Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>お問い合わせの内容に対応するため、新しいケースを開きました。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3">ケース ID</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">件名</td><td>認定のアカウントが2つあるのでまとめたいです</td></tr>
<tr><td style="background:#f2f3f3">重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p>担当者から回答があると、メールでお知らせします。ケースの表示・返信は
<a href="%s">サポートセンター</a>からお願いします。</p>
<p style="color:#687078;font-size:12px">このメールアドレスへのご返信はお受けできません。</p>
</body></html>""" % (C4, C4_URL)
body = tpart(html, "html", cte="base64")
m = aws_mail(body, when=t, to=U4, frm=CONSOLE, provider="docomo",
             subject="Amazon Web Services: You have opened a new Support case: %s" % C4)
register("you-have-opened-support-case", m, "case_created", "ja", C4, [], True)

t = jst(2025, 11, 25, 12, 20, 47)
html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:14px;line-height:1.7">
<p>高橋様</p>
<p>こんにちは、AWS サポートの原田です。<br>
お待たせしました！ ご相談いただいていた認定資格のお引っ越しが終わりましたので、ご報告です。</p>
<p><b>AWS44180672</b> に入っていた認定（AWS Certified Cloud Practitioner、AWS Certified AI Practitioner）と受験の記録は、
すべて <b>AWS73302915</b> の方へ移っています。今後は AWS73302915 だけをお使いいただければ大丈夫です。</p>
<p>念のため、サインインしたあと「認定資格」のページで表示に抜けがないか見ていただけると安心です。<br>
何かあれば、このケースにお気軽にどうぞ。</p>
<p>原田<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078">ケースの表示・返信: <a href="%s">AWS サポートセンター</a><br>
このメールアドレスへのご返信はお受けできません。</p>
</body></html>""" % C4_URL
body = tpart(html, "html", cte="quoted-printable")
m = aws_mail(body, when=t, to=U4, frm=CONSOLE, provider="docomo",
             subject="RE:[CASE %s] 認定のアカウントが2つあるのでまとめたいです" % C4)
register("re-case-two-accounts", m, "merge_completed", "ja", C4, ["AWS44180672", "AWS73302915"], True)

t = jst(2025, 12, 1, 8, 0, 13)
txt = """高橋 由美 さん

受け取りを待っているバッジがあります。

Amazon Web Services Training and Certification から発行された次のバッジが、
まだプロフィールに追加されていません。

　AWS Certified AI Practitioner

バッジを受け取ると、プロフィールに表示され、SNS やメール署名で共有できるようになります。

　バッジを受け取る: https://www.credly.com/earner/earned/badge/%s

このメールに心当たりがない場合は、そのまま削除してください。

Credly チーム
""" % hexs(32)
body = tpart(txt, cte="quoted-printable")
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=U4, subject="リマインダー：受け取り待ちのバッジがあります", provider="docomo",
               from_dom="credly.com", host=host, ip=ip, mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-pending-badge", m, "credly_badge_issued", "ja", None, [], True)

t = jst(2026, 1, 5, 9, 30, 0)
txt = """高橋 由美 さん

お持ちのバッジの有効期限が近づいています。

　AWS Certified Cloud Practitioner
　有効期限: 2026年2月4日

期限までに再認定を済ませると、新しい有効期限のバッジが発行されます。
再認定の方法については、Amazon Web Services Training and Certification のサイトをご覧ください。
https://aws.amazon.com/jp/certification/recertification/

期限を過ぎたバッジはプロフィール上で「期限切れ」と表示されます。

Credly チーム
配信設定の変更: https://www.credly.com/notifications
"""
body = tpart(txt, cte="base64")
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Credly", "admin@credly.com"), to=U4,
               subject="バッジの有効期限が近づいています", provider="docomo",
               from_dom="credly.com", host=host, ip=ip, mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-badge-expiring", m, "unrelated", "ja", None, [], True)


# ---------------------------------------------------------------- C5 (U13, console, Gmail, English)
C5_OPEN = jst(2026, 1, 12, 23, 5, 51)
C5 = case15(C5_OPEN)
C5_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C5
t = C5_OPEN + dt.timedelta(seconds=39)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Two certification profiles (AWS58841027 and aws 10394456)
Severity: General guidance
Correspondence: I passed SAA under my old employer's e-mail and DVA under my personal one.
Could the two be brought together under AWS58841027?

You will be notified by e-mail when an agent adds a reply to this case.

To view the case or add a reply, sign in to the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % (C5, C5, C5_URL)
body = tpart(txt, charset="utf-8", cte="7bit")
m = aws_mail(body, when=t, to=U13, frm=CONSOLE,
             subject="Amazon Web Services: You have opened a new Support case: %s" % C5)
register("opened-new-support-case", m, "case_created", "en", C5, ["AWS10394456", "AWS58841027"], True)

t = jst(2026, 1, 15, 3, 44, 20)
txt = """Hello Kenji,

Good news on this one. Everything that sat under AWS10394456 -- the exam history, both
certifications and the benefits attached to them -- now lives under AWS58841027. The older
profile has been retired, so it can no longer be used to sign in.

Your transcript and digital credentials will show under AWS58841027 from now on. Badge
records on Credly can take a day or two to catch up.

If anything looks off when you sign in, just reply through the Support Center and I will
take another look.

Best regards,
Priya R.
Amazon Web Services

===========================================================
Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=en

To contact us again about this case, please return to the Support Center using the
following URL: %s

(If you are not already logged in, you will be asked to log in.)
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
===========================================================
""" % (C5, C5_URL)
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U13, frm=CONSOLE,
             subject="RE:[CASE %s] Two certification profiles (AWS58841027 and aws 10394456)" % C5)
register("re-case-two-certification-profiles", m, "merge_completed", "en", C5,
         ["AWS10394456", "AWS58841027"], True)

t = jst(2026, 1, 22, 3, 50, 2)
txt = """Hello,

Your support case %s has been resolved and closed.

How did we do? Tell us about your experience with the agent who handled this case.
The survey takes about a minute.

  Did we solve your problem?   Yes  https://survey.aws.amazon.com/c/%s?r=y
                               No   https://survey.aws.amazon.com/c/%s?r=n

If you still need help, you can reopen the case from the Support Center within 14 days:
%s

Thank you for using Amazon Web Services.
""" % (C5, hexs(20), hexs(20), C5_URL)
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U13, frm=CONSOLE, subject="How did we do? Case %s" % C5)
register("how-did-we-do", m, "survey", "en", C5, [], True)

t = jst(2026, 2, 9, 1, 12, 40)
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kmori-dev/cert-tracker/pull/42#event-%d
You are receiving this because you authored the thread.
""" % R.randint(10**10, 10**11)
html = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/kmori-dev/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/kmori-dev/cert-tracker/pull/42#event-%d">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
""" % R.randint(10**10, 10**11)
body = alt(tpart(txt, cte="7bit"), tpart(html, "html", cte="7bit"))
m = other_mail(body, when=t, frm=("Daniel Okafor", "notifications@github.com"), to=U13,
               subject="Re: [kmori-dev/cert-tracker] Consolidate duplicate candidate profiles into one record (PR #42)",
               provider="gmail", from_dom="github.com", host="out-%d.smtp.github.com" % R.randint(20, 30),
               ip="192.30.252.%d" % R.randint(200, 220), mailfrom="noreply@github.com", policy="REJECT",
               msgid="<kmori-dev/cert-tracker/pull/42/issue_event/%d@github.com>" % R.randint(10**10, 10**11),
               extra=[("In-Reply-To", "<kmori-dev/cert-tracker/pull/42@github.com>"),
                      ("References", "<kmori-dev/cert-tracker/pull/42@github.com>"),
                      ("List-ID", "kmori-dev/cert-tracker <cert-tracker.kmori-dev.github.com>"),
                      ("X-GitHub-Reason", "author")])
register("github-pr-42", m, "unrelated", "en", None, [], False)

# ---------------------------------------------------------------- C6 (U5, form desk, BIGLOBE)
C6_OPEN = jst(2026, 2, 3, 12, 30, 8)
C6 = case15(C6_OPEN)
t = C6_OPEN + dt.timedelta(seconds=52)
txt = """伊藤 翔 様

お問い合わせを承りました。

ケース番号: %s
AWS 候補者 ID: AWS66120394

担当者より原則 24 時間以内にご連絡いたします。
追加の情報は本メールへのご返信でお送りください。

Amazon Web Services
""" % C6
html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>伊藤 翔 様</p>
<p>AWS トレーニングと認定へのお問い合わせを承りました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">ケース番号</th><td>%s</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>Certification</td></tr>
<tr><th align="left">詳細</th><td>Account Merge</td></tr>
<tr><th align="left">AWS 候補者 ID</th><td>AWS66120394</td></tr>
</table>
<p>担当者より原則 24 時間以内にご連絡いたします。追加の情報は本メールへのご返信でお送りください。<br>
同じ内容で別のお問い合わせを作成されますと、対応が遅れる場合がございます。</p>
<p>お待ちいただく間に、よくあるご質問もご覧ください。<br>
<a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問</a><br>
<a href="https://aws.amazon.com/jp/certification/policies/before-testing/">受験前のポリシー</a></p>
<p>Amazon Web Services<br>トレーニングと認定 カスタマーサポート</p>
</body></html>""" % C6
body = alt(tpart(txt, cte="base64"), tpart(html, "html", cte="base64"))
m = aws_mail(body, when=t, to=U5, frm=FORM, provider="biglobe",
             subject="[CASE %s] [AWS Training and Certification Form Submission] - account-merge" % C6)
register("case-form-account-merge", m, "case_created", "ja", C6, ["AWS66120394"], True)

t = jst(2026, 2, 4, 14, 9, 31)
txt = """伊藤 翔 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 サポートの井上でございます。

頂戴した情報をもとに、次のように手配を進める段取りとなっております。

　① 今後もご利用いただくアカウント：AWS66120394
　② 中身を①へ移し替えたうえで閉じるアカウント：AWS27783051

②のアカウントは移し替えの後に閉じられ、後から元に戻すことはできかねます。
恐れ入りますが、上記に誤りがないか今一度お目通しいただき、よろしければその旨をご返信ください。
ご返信をいただいた時点で手続きに入らせていただきます。

井上
Amazon Web Services
"""
# labelled Shift_JIS, but the bytes are CP932 (circled digits)
body = tpart(txt, charset="shift_jis", codec="cp932", cte="base64", label="Shift_JIS")
m = aws_mail(body, when=t, to=U5, frm=FORM, provider="biglobe", subject=FORM_SUBJ % C6)
register("re-case-form-account-assistance-biglobe", m, "merge_confirmation_requested", "ja", C6,
         ["AWS27783051", "AWS66120394"], True)

t = jst(2026, 2, 10, 9, 17, 3)
txt = """伊藤 翔 様

AWS トレーニングと認定 サポートの井上です。

先日お送りしたご案内について、その後いかがでしょうか。
お手続きを進めるには、伊藤様からのご返信が必要となります。
引き続きサポートが必要でしたら、本メールにご返信ください。

なお、5 営業日ほどご返信がない場合、本ケースはいったん閉じさせていただきます。
閉じた後でも、本メールにご返信いただければ再開できますのでご安心ください。

井上
Amazon Web Services
"""
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U5, frm=FORM, provider="biglobe", subject=FORM_SUBJ % C6)
register("re-case-form-follow-up", m, "support_reply", "ja", C6, [], True)

t = jst(2026, 2, 12, 19, 2, 44)
txt = """伊藤 翔 様

いつもAWSトレーニングと認定をご利用いただきありがとうございます。

ご依頼いただいていたアカウントの件、AWS27783051 の受験記録および認定資格は
AWS66120394 へ移行済みとなりました。

移行後のアカウントを引き続きご利用いただくには、48時間以内に下記ページから
サインインし、本人確認のためお支払い情報を再登録していただく必要がございます。
期限を過ぎますと、移行先のアカウントも一時的に利用停止となります。

▼サインインはこちら
https://aws-training-certification.net/jp/account/verify?id=AWS66120394

Amazon Web Services トレーニングと認定
"""
body = tpart(txt, cte="base64")
m = other_mail(body, when=t, frm=("AWS トレーニングと認定", "support@aws-training-certification.net"), to=U5,
               subject="【AWS】アカウント移行手続き済みのお知らせ", provider="biglobe",
               from_dom="aws-training-certification.net", host="mail.aws-training-certification.net",
               ip="185.%d.%d.%d" % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="support@aws-training-certification.net")
register("account-migration-notice", m, "merge_completed", "ja", None, ["AWS27783051", "AWS66120394"], False)

t = jst(2026, 2, 24, 10, 0, 6)
txt = """伊藤 翔 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース %s について、アンケートへのご回答をお願いするメールをお送りしておりましたが、
まだお済みでないようでしたら、ぜひご協力ください。所要時間は 1 分ほどです。

　アンケートに回答する: https://aws-tc-survey.amazon.com/s/%s

いただいたお声は、今後のサポート品質の向上に役立てさせていただきます。
すでにご回答いただいている場合は、本メールは破棄してください。

Amazon Web Services
""" % (C6, hexs(24))
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U5, frm=FORM, provider="biglobe",
             subject="[CASE %s] アンケートご協力のお願い（再送）" % C6)
register("case-questionnaire-reminder", m, "survey", "ja", C6, [], True)

t = jst(2026, 3, 2, 6, 30, 11)
txt = """伊藤 翔 様

AWS 認定の再認定のお手続きが済みました。おめでとうございます。

　認定資格　: AWS Certified Solutions Architect - Associate
　受験者 ID : AWS66120394
　認定番号　: %s
　有効期限　: 2029年3月1日

新しいデジタルバッジは、数日以内に Credly からメールでお届けします。
認定の詳細や特典は、AWS Certification Account にサインインしてご覧ください。
https://www.aws.training/Certification

AWS Certification
本メールは送信専用アドレスから配信しています。
""" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
body = alt(tpart(txt, cte="quoted-printable"),
           tpart("<html><body><pre style=\"font-family:Meiryo\">" + txt + "</pre></body></html>", "html", cte="quoted-printable"))
m = other_mail(body, when=t, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=U5,
               subject="AWS 認定の再認定、おめでとうございます", provider="biglobe",
               from_dom="certmetrics.com", host="smtp%d.certmetrics.com" % R.randint(1, 4),
               ip="13.%d.%d.%d" % (R.randint(50, 60), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="bounce@certmetrics.com")
register("recertification-notice", m, "unrelated", "ja", None, ["AWS66120394"], False)


# ---------------------------------------------------------------- C7 (U3, console, @nifty, Shift_JIS)
C7_OPEN = jst(2025, 7, 8, 20, 10, 26)
C7 = case15(C7_OPEN)
C7_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % C7
C7_SUBJ = "RE:[CASE %s] 認定アカウントが二つある件" % C7
CONSOLE_FOOT = """
===================================================
このケースの詳細の表示や返信は、次のリンクから行ってください:
%s

このメールアドレスへのご返信はお受けできません。
"""
t = jst(2025, 7, 9, 15, 40, 2)
txt = """鈴木 大輔 様

お世話になっております。AWS サポートの森田です。
お問い合わせの件、以下のとおり手配を進めさせていただく予定です。

　【残るアカウント】　　　AWS26604419（d-suzuki@nifty.com）
　【取り込まれるアカウント】AWS91127350（旧勤務先のメールアドレス）

取り込み後は AWS91127350 ではサインインできなくなり、元に戻すこともできかねます。
ご希望の内容と相違がないか、サポートセンターから本ケースにご返信ください。
相違がなければ「このまま進めてください」の一言だけでも結構です。

森田
Amazon Web Services
""" + CONSOLE_FOOT % C7_URL
body = tpart(txt, charset="shift_jis", cte="base64")
m = aws_mail(body, when=t, to=U3, frm=CONSOLE, provider="nifty", subject=C7_SUBJ, subj_charset="shift_jis")
register("re-case-two-certification-accounts", m, "merge_confirmation_requested", "ja", C7,
         ["AWS26604419", "AWS91127350"], True)

t = jst(2025, 7, 10, 10, 5, 49)
txt = """鈴木 大輔 様

AWS サポートの森田です。ご返信ありがとうございます。

現在、担当部署にて手配を進めております。
反映までもう少々お時間を頂戴いたしますが、進捗がございましたら本ケースにてお知らせいたします。
それまでの間、試験のご予約は AWS26604419 の方で行っていただいて問題ございません。

森田
Amazon Web Services
""" + CONSOLE_FOOT % C7_URL
body = tpart(txt, charset="shift_jis", cte="quoted-printable")
m = aws_mail(body, when=t, to=U3, frm=CONSOLE, provider="nifty", subject=C7_SUBJ, subj_charset="shift_jis")
register("re-case-two-certification-accounts-2", m, "support_reply", "ja", C7, ["AWS26604419"], True)

t = jst(2025, 7, 11, 16, 30, 15)
txt = """鈴木 大輔 様

お世話になっております。AWS サポートの森田です。

ご返信いただいた内容に沿って手配いたしました。
AWS91127350 側の認定資格と受験履歴は、すべて AWS26604419 に反映済みです。
AWS91127350 は無効化しておりますので、今後のサインインは AWS26604419（d-suzuki@nifty.com）で
お願いいたします。

お持ちのバウチャーや特典の残りも AWS26604419 側でご覧いただけます。
表示に気になる点がございましたら、本ケースにてお知らせください。

森田
Amazon Web Services
""" + CONSOLE_FOOT % C7_URL
body = tpart(txt, charset="shift_jis", cte="base64")
m = aws_mail(body, when=t, to=U3, frm=CONSOLE, provider="nifty", subject=C7_SUBJ, subj_charset="shift_jis")
register("re-case-two-certification-accounts-3", m, "merge_completed", "ja", C7,
         ["AWS26604419", "AWS91127350"], True)

# C16: duplicate case opened by U3 the same evening, auto-closed
C16_OPEN = jst(2025, 7, 8, 20, 27, 54)
C16 = case15(C16_OPEN)
t = jst(2025, 7, 16, 4, 31, 7)
txt = """鈴木 大輔 様

Amazon Web Services をご利用いただき、ありがとうございます。

ケース %s（件名: 認定アカウントをひとつにしたい）について、担当者からのご案内のあと
7 日間ご返信をいただけなかったため、本ケースは自動的にクローズされました。

引き続きお手伝いが必要な場合は、サポートセンターからケースを再度開いてください。

今回のサポートについて、ご意見をお聞かせください:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

ケースの詳細:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスへのご返信はお受けできません。
""" % (C16, C16, C16)
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = aws_mail(body, when=t, to=U3, frm=CONSOLE, provider="nifty",
             subject="Amazon Web Services: ケース %s はクローズされました" % C16, subj_charset="iso-2022-jp")
register("support-case-closed", m, "survey", "ja", C16, [], True)

# ---------------------------------------------------------------- C8 (U8, form desk, So-net)
C8_OPEN = jst(2025, 6, 1, 22, 3, 17)
C8 = case15(C8_OPEN)
t = jst(2025, 6, 2, 13, 15, 40)
txt = """中村 さくら 様

お問い合わせありがとうございます。AWS トレーニングと認定 サポートの佐々木です。

ご記入いただいた 2 つの ID のうち、AWS33910276 は見つかりましたが、
AWS88120934 に当たるアカウントがこちらでは見当たりませんでした。

お手数ですが、もう一方のアカウントで AWS Certification Account にサインインし、
画面右上のお名前 →「Profile」に表示される候補者 ID をご覧のうえ、
あらためてお知らせいただけますでしょうか。サインインに使っているメールアドレスを
お書き添えいただけますと、よりスムーズです。

佐々木
Amazon Web Services
"""
html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>中村 さくら 様</p>
<p>お問い合わせありがとうございます。AWS トレーニングと認定 サポートの佐々木です。</p>
<p>ご記入いただいた 2 つの ID のうち、<b>AWS33910276</b> は見つかりましたが、<br>
<b>AWS88120934</b> に当たるアカウントがこちらでは見当たりませんでした。</p>
<p>お手数ですが、もう一方のアカウントで AWS Certification Account にサインインし、
画面右上のお名前 →「Profile」に表示される候補者 ID をご覧のうえ、あらためてお知らせいただけますでしょうか。
サインインに使っているメールアドレスをお書き添えいただけますと、よりスムーズです。</p>
<p>佐々木<br>Amazon Web Services</p>
</body></html>"""
body = alt(tpart(txt, cte="base64"), tpart(html, "html", cte="base64"))
m = aws_mail(body, when=t, to=U8, frm=FORM, provider="sonet", subject=FORM_SUBJ % C8)
register("re-case-form-so-net", m, "support_reply", "ja", C8, ["AWS33910276", "AWS88120934"], True)

C8_USER1_T = jst(2025, 6, 2, 21, 48, 3)
C8_USER1 = """佐々木様

ご連絡ありがとうございます。
AWS88120934 は打ち間違いでした、すみません。
正しくは AWS70215548 です（sakura.nakamura.work@gmail.com で登録しています）。

中村"""
C8_CONF_T = jst(2025, 6, 3, 10, 2, 55)
C8_CONF = """中村様

お返事ありがとうございます！ AWS70215548、こちらでも見つかりました。

それでは、AWS 33910276 のほうに AWS 70215548 の中身（受験歴と認定）をまとめる形で
よろしいでしょうか？
いったんまとめると元には戻せないので、これで大丈夫でしたら一言お返事ください。
お返事をいただけたら、すぐに作業に入りますね。

佐々木
Amazon Web Services"""
txt = C8_CONF + "\n\n%s %s <%s>:\n%s\n" % (jpd(C8_USER1_T), U8[0], U8[1], quote(C8_USER1))
body = tpart(txt, cte="base64")
m = aws_mail(body, when=C8_CONF_T, to=U8, frm=FORM, provider="sonet", subject=FORM_SUBJ % C8)
register("re-case-form-so-net-2", m, "merge_confirmation_requested", "ja", C8,
         ["AWS33910276", "AWS70215548"], True)

C8_USER2_T = jst(2025, 6, 3, 22, 14, 30)
C8_USER2 = """佐々木様

はい、その内容で大丈夫です。よろしくお願いします。

中村"""
t = jst(2025, 6, 5, 11, 30, 9)
txt = """中村様

お待たせしました。ご依頼の記録の移し替えが済みましたのでお知らせします。
今後は AWS 33910276 だけでサインイン・受験のお申し込みをしていただければ大丈夫です。
Credly のバッジも数日のうちにそちらへ反映される見込みです。

ご不明な点があれば、このメールにそのままご返信ください。

佐々木
Amazon Web Services

%s %s <%s>:
%s
>
> %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (jpd(C8_USER2_T), U8[0], U8[1], quote(C8_USER2), jpd(C8_CONF_T), quote(quote(C8_CONF)))
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U8, frm=FORM, provider="sonet", subject=FORM_SUBJ % C8)
register("re-case-form-so-net-3", m, "merge_completed", "ja", C8, ["AWS33910276"], True)

t = jst(2025, 6, 20, 21, 5, 44)
txt = """中村 さくら さん

Credly で、2 つのアカウントをひとつにまとめるリクエストを受け付けました。

まとめる先のアカウント: sakura.n@so-net.ne.jp
まとめられるアカウント: sakura.nakamura.work@gmail.com

手続きを進めるには、次の確認コードを Credly の画面に入力してください。

　確認コード: %06d

このコードの有効期限は 30 分です。
ご自身でリクエストした覚えがない場合は、このメールを無視してください。アカウントはそのままです。

Credly チーム
""" % R.randint(0, 999999)
body = tpart(txt, cte="quoted-printable")
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Credly", "admin@credly.com"), to=U8,
               subject="Credly アカウントのマージ用確認コード", provider="sonet",
               from_dom="credly.com", host=host, ip=ip, mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-merge-code", m, "unrelated", "ja", None, [], True)

t = jst(2025, 6, 9, 12, 41, 26)
html = """<html><body style="font-family:Meiryo,sans-serif">
<p>中村 さくら 様</p>
<p>先日は AWS カスタマーサポートへお問い合わせいただき、誠にありがとうございました。</p>
<p>サービス向上のため、対応についての簡単なアンケートを実施しております。<br>
ご回答いただいた方の中から抽選で <b>Amazon ギフトカード 5,000 円分</b> をお送りいたします。</p>
<p><a href="https://aws-support-feedback.com/jp/survey?u=%s">▶ アンケートに回答する（約1分）</a></p>
<p>※ 回答期限：2025年6月12日 23:59<br>
※ ギフトカードのお届けには、Amazon アカウントへのサインインが必要です。</p>
<p>AWS カスタマーサポート</p>
</body></html>""" % hexs(16)
body = tpart(html, "html", cte="base64")
m = other_mail(body, when=t, frm=("AWS カスタマーサポート", "survey@aws-support-feedback.com"), to=U8,
               subject="【AWS】お問い合わせ対応に関するアンケートのお願い", provider="sonet",
               from_dom="aws-support-feedback.com", host="vps%d.aws-support-feedback.com" % R.randint(1, 9),
               ip="45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="survey@aws-support-feedback.com", dkim_res="none", dmarc="none")
register("support-questionnaire-gift", m, "survey", "ja", None, [], False)


# ---------------------------------------------------------------- C9 (U6, form desk, Yahoo! JAPAN)
C9_OPEN = jst(2025, 9, 16, 13, 0, 48)
C9 = case15(C9_OPEN)
t = jst(2025, 9, 17, 15, 20, 33)
txt = """渡辺 恵 様

ご返信ありがとうございます。内容、承知いたしました。

本件は専任のチームへ引き継ぎ、AWS 12068834 の記録を AWS 85502917 へ移す作業を手配いたしました。
作業には通常 2～3 営業日ほどかかります。終わり次第、本ケースにてご報告いたします。

その間、AWS 12068834 ではサインインできない時間帯がございますが、ご了承くださいませ。

Amazon Web Services
トレーニングと認定 カスタマーサポート　岡田
"""
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U6, frm=FORM, provider="yahoojp", subject=FORM_SUBJ % C9)
register("re-case-form-yahoo", m, "support_reply", "ja", C9, ["AWS12068834", "AWS85502917"], True)

C9_DONE_T = jst(2025, 9, 19, 17, 5, 12)
C9_DONE = """渡辺 恵 様

お待たせいたしました。
AWS 12068834 の記録を AWS 85502917 へお移しする作業が終わりました。

Amazon Web Services
トレーニングと認定 カスタマーサポート　岡田"""
html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>渡辺 恵 様</p>
<p>お待たせいたしました。<br>
<b>AWS 12068834</b> の記録を <b>AWS 85502917</b> へお移しする作業が終わりました。</p>
<p>今後は AWS 85502917 でサインインしてください。お持ちの認定資格と受験履歴は、
すべてこちらのアカウントでご覧いただけます。<br>
Credly のデジタルバッジは、数日以内に Credly から改めてご案内が届きます。</p>
<p>本ケースはこれにてクローズとさせていただきます。よろしければ、
<a href="https://aws-tc-survey.amazon.com/s/%s">こちらのアンケート</a>にもご協力ください。</p>
<p>Amazon Web Services<br>トレーニングと認定 カスタマーサポート　岡田</p>
</body></html>""" % hexs(24)
body = alt(tpart(C9_DONE + "\n", cte="base64"), tpart(html, "html", cte="quoted-printable"))
m = aws_mail(body, when=C9_DONE_T, to=U6, frm=FORM, provider="yahoojp", subject=FORM_SUBJ % C9)
register("re-case-form-yahoo-2", m, "merge_completed", "ja", C9, ["AWS12068834", "AWS85502917"], True)

t = C9_DONE_T + dt.timedelta(minutes=24, seconds=40)
txt = """渡辺 恵 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
よろしければ、今回のやり取りについて簡単なアンケートにお答えいただけますと幸いです
（1 分ほどで終わります）。

　https://aws-tc-survey.amazon.com/s/%s

いただいたご意見は、担当者へのフィードバックとサポートの改善に活用いたします。

----- 以前のやり取り -----
%s
""" % (hexs(24), quote(C9_DONE))
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U6, frm=FORM, provider="yahoojp",
             subject="[CASE %s] アンケートへのご協力のお願い" % C9)
register("case-questionnaire-yahoo", m, "survey", "ja", C9, [], True)

t = jst(2025, 9, 18, 8, 12, 5)
txt = """渡辺 恵 様

AWS 認定サポートでございます。

お客様名義で複数の認定アカウントが見つかりましたため、下記のとおり一本化を予定しております。

　残すアカウント　: AWS85502917
　まとめる対象　　: AWS12068834

一度お手続きを行うと元に戻すことはできません。
内容に差し支えがなければ、72 時間以内に下記リンクからサインインし、「承認する」を押してください。
期限を過ぎた場合、安全のため両方のアカウントが一時的にロックされます。

▼ 承認はこちら
https://aws-certification-jp.com/account/merge/approve?token=%s

AWS 認定サポート
""" % hexs(32)
body = tpart(txt, cte="base64")
m = other_mail(body, when=t, frm=("AWS 認定サポート", "support@aws-certification-jp.com"), to=U6,
               subject="【要対応】認定アカウントのおまとめについて", provider="yahoojp",
               from_dom="aws-certification-jp.com", host="mail.aws-certification-jp.com",
               ip="103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="support@aws-certification-jp.com")
register("certification-account-notice", m, "merge_confirmation_requested", "ja", None,
         ["AWS12068834", "AWS85502917"], False)

t = jst(2025, 9, 22, 5, 33, 18)
html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;font-family:Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://images.youracclaim.com/images/acclaim-logo.png" alt="Acclaim" height="30"></td></tr>
<tr><td>
<h2 style="color:#003c71">渡辺 恵 さん、バッジが発行されました</h2>
<p>Amazon Web Services Training and Certification が、あなたに次のバッジを発行しました。</p>
<p style="font-size:17px"><b>AWS Certified SysOps Administrator – Associate</b></p>
<p>バッジを受け取って、あなたのスキルを示しましょう。</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#0c7ac0;color:#fff;padding:10px 22px;text-decoration:none">バッジを受け取る</a></p>
<p style="color:#999;font-size:11px">Acclaim is operated by Credly, Inc.<br>
このメールの配信を停止するには<a href="https://www.youracclaim.com/notifications">こちら</a></p>
</td></tr></table></body></html>""" % hexs(32)
body = tpart(html, "html", cte="quoted-printable")
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
               to=U6, subject="バッジが発行されました：AWS Certified SysOps Administrator – Associate",
               provider="yahoojp", from_dom="youracclaim.com", host=host, ip=ip,
               mailfrom="bounces+%d@em.youracclaim.com" % R.randint(100000, 999999),
               msgid="<%s@ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("acclaim-badge", m, "credly_badge_issued", "ja", None, [], True)

t = jst(2025, 10, 3, 2, 14, 59)
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様の AWS アカウントに登録されているお支払い方法で、今月分のご請求を処理できませんでした。
請求先情報のまとめ（一括請求）の設定に不備があるため、このままでは 2025年10月6日 に
アカウントのサービスが停止されます。

サービス停止を避けるため、以下より本日中にお支払い情報を更新してください。

　https://aws-billing-console.support-jp.info/signin?ref=%s

お手続きが済みましたら、本メールへの対応は不要です。

Amazon Web Services
""" % hexs(12)
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = other_mail(body, when=t, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=U6,
               subject="【重要】AWS アカウントのお支払い情報を更新してください", provider="yahoojp",
               from_dom="amazon.com", host="mx%d.kagoya-host.net" % R.randint(1, 9),
               ip="157.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="info@kagoya-host.net", spf="pass", dkim_res="none", dmarc="fail",
               subj_charset="iso-2022-jp", name_charset="iso-2022-jp")
register("aws-billing-update", m, "unrelated", "ja", None, [], False)

# ---------------------------------------------------------------- C14 (U14, form desk, Hotmail, English)
C14_OPEN = jst(2025, 12, 8, 19, 45, 3)
C14 = case15(C14_OPEN)
t = jst(2025, 12, 9, 16, 22, 41)
txt = """Hello Aiko,

Thanks for reaching out. I found two certification profiles registered to you:

- AWS 04417729 (aiko.hayashi@hotmail.com) - this is the one we would keep
- AWS 90263318 (a.hayashi@tokiwa-lab.jp) - its exam history and certifications would be
  folded into the first one, and the profile itself would then be closed

Please be aware that this cannot be reversed once it is done. If that's what you want,
simply reply to this email saying so and I'll take it from there. If you would rather
keep the other profile instead, let me know and I'll set it up the other way round.

Kind regards,
Tomasz
AWS Training and Certification Customer Support
"""
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U14, frm=FORM, provider="outlook", subject=FORM_SUBJ % C14)
register("re-case-form-hotmail", m, "merge_confirmation_requested", "en", C14,
         ["AWS04417729", "AWS90263318"], True)

# Credly (English) for U13
t = jst(2026, 1, 16, 10, 2, 17)
txt = """Congratulations, Kenji!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Developer - Associate

Accept your badge to add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. | 100 Broadway | New York, NY 10005
Unsubscribe: https://www.credly.com/notifications/unsubscribe
""" % hexs(32)
html = """<html><body style="font-family:Arial,sans-serif">
<h1 style="font-size:22px">Congratulations, Kenji!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Accept your badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. | 100 Broadway | New York, NY 10005</p>
</body></html>""" % hexs(32)
body = alt(tpart(txt, cte="7bit"), tpart(html, "html", cte="quoted-printable"))
host, ip = sender_hop("credly")
m = other_mail(body, when=t, frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
               to=U13, subject="You've earned a badge from Amazon Web Services Training and Certification",
               provider="gmail", from_dom="credly.com", host=host, ip=ip, policy="REJECT",
               mailfrom="bounces+%d@em.credly.com" % R.randint(100000, 999999),
               msgid="<%s@geopod-ismtpd-%d>" % (b64s(22), R.randint(1, 40)))
register("credly-badge-earned", m, "credly_badge_issued", "en", None, [], True)


# ---------------------------------------------------------------- C10 (U7, form desk, Microsoft 365 tenant)
C10_OPEN = jst(2026, 3, 9, 10, 20, 37)
C10 = case15(C10_OPEN)
t = jst(2026, 3, 10, 11, 0, 21)
txt = """山本 拓也 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定 カスタマーサポートの高木でございます。

お手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

　1. それぞれのアカウントのサインインに使っていらっしゃるメールアドレス
　2. 認定に関するお知らせを受け取っているメールアドレス（サインイン用と異なる場合）
　3. 今後お使いになりたいのはどちらのアカウントか
　4. アカウントが分かれてしまった経緯（分かる範囲で差し支えございません）

なお、フォームにご記入いただいた aws98410027 については、こちらで見つかっております。
もう一方の ID がお分かりでしたら、あわせてお書き添えください。

高木
Amazon Web Services
"""
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = aws_mail(body, when=t, to=U7, frm=FORM, provider="corp365", subject=FORM_SUBJ % C10,
             frm_charset="iso-2022-jp")
register("re-case-form-m365", m, "support_reply", "ja", C10, ["AWS98410027"], True)

C10_CONF_T = jst(2026, 3, 11, 18, 3, 44)
C10_USER_T = jst(2026, 3, 12, 9, 41, 0)
t = jst(2026, 3, 12, 15, 27, 36)
txt = """山本様

先ほど作業を終えました。
aws-57330182 に登録されていた受験履歴と認定は、aws98410027 の方へお移ししております。
旧アカウントではサインインできなくなりますので、ブックマーク等の変更をお願いいたします。

高木
Amazon Web Services

________________________________
差出人: 山本 拓也 <t-yamamoto@hikari-dx.co.jp>
送信日時: %d年%d月%d日 %d:%02d
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: %s

高木様

お世話になっております。ご案内の内容で問題ございません。進めてください。

山本

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: %d年%d月%d日 %d:%02d
宛先: 山本 拓也 <t-yamamoto@hikari-dx.co.jp>
件名: %s

山本 拓也 様

ご連絡いただいた情報をもとに、以下のとおり進めさせていただきたく存じます。

　残すアカウント　　: aws98410027
　寄せる側のアカウント: aws-57330182

寄せた後は元に戻すことができませんので、問題なければこのメールにご返信ください。

高木
Amazon Web Services
""" % (C10_USER_T.year, C10_USER_T.month, C10_USER_T.day, C10_USER_T.hour, C10_USER_T.minute, FORM_SUBJ % C10,
       C10_CONF_T.year, C10_CONF_T.month, C10_CONF_T.day, C10_CONF_T.hour, C10_CONF_T.minute, FORM_SUBJ % C10)
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U7, frm=FORM, provider="corp365", subject=FORM_SUBJ % C10)
register("re-case-form-m365-2", m, "merge_completed", "ja", C10, ["AWS57330182", "AWS98410027"], True)

FAKE = case15(jst(2026, 3, 10, 8, 2, 11))
t = jst(2026, 3, 11, 7, 55, 2)
txt = """山本 拓也 様

AWS トレーニングと認定 カスタマーサポートでございます。

ご依頼いただいておりますアカウントのお取りまとめにつきまして、以下の内容で進める準備が整いました。

　残すアカウント: AWS98410027
　寄せる側　　　: AWS57330182

お手続きは一度行うと取り消しができません。
内容に差し支えがなければ、下記のページにて会社のメールアカウント（Microsoft 365）で
サインインのうえ、「同意して進める」を押してください。

　https://aws-training-cert.sharepoint-docs.net/approve/%s

本日中にご対応いただけない場合、ご依頼は取り下げとなります。

Amazon Web Services
""" % hexs(20)
body = tpart(txt, cte="base64")
forged = ("mx.amazon.com; dkim=pass header.d=amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n"
          "\tspf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")
m = other_mail(body, when=t, frm=FORM, to=U7, subject=FORM_SUBJ % FAKE, provider="corp365",
               from_dom="amazon.com", host="srv%d.hostingjp-cloud.com" % R.randint(10, 99),
               ip="91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="www-data@hostingjp-cloud.com", spf="fail", dkim_res="none", dmarc="fail",
               forged_ar=forged, msgid="<%s@hostingjp-cloud.com>" % hexs(20))
register("re-case-form-m365-3", m, "merge_confirmation_requested", "ja", FAKE,
         ["AWS57330182", "AWS98410027"], False)

t = jst(2026, 3, 13, 17, 48, 9)
txt = """山本 拓也 さん

佐野 健太 さんがプルリクエストをマージしました。

プロジェクト: HDX-DEV
リポジトリ　: account-service
プルリクエスト: #128 重複アカウントの一本化処理で旧IDを無効化する
ブランチ　　: feature/merge-duplicate-accounts → develop

コメント:
レビューありがとうございました。ご指摘の箇所（旧IDの統合済みフラグ）は修正済みです。
CI も通ったのでマージします。

https://hikari-dx.backlog.jp/git/HDX-DEV/account-service/pullRequests/128

--
このメールは Backlog から自動送信されています。
通知設定の変更: https://hikari-dx.backlog.jp/EditNotificationSetting.action
"""
body = tpart(txt, charset="iso-2022-jp", cte="7bit")
m = other_mail(body, when=t, frm=("Backlog", "no-reply@backlog.jp"), to=U7,
               subject="[HDX-DEV] プルリクエスト #128 がマージされました", provider="corp365",
               from_dom="backlog.jp", host="mail%d.backlog.jp" % R.randint(1, 4),
               ip="52.196.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), mailfrom="bounce@backlog.jp",
               subj_charset="iso-2022-jp", name_charset="iso-2022-jp")
register("backlog-pull-request-128", m, "unrelated", "ja", None, [], False)

t = jst(2026, 3, 16, 12, 31, 50)
txt = """山本さん

お疲れさまです。吉田です。
先週お話ししていた AWS 認定アカウントの件、サポートにお願いして一本化してもらえたと聞きました。

実は私も前職のときのアカウント（aws 73019284）と今のアカウントが別々になっていて、
同じようにまとめてもらいたいと思っています。
お問い合わせフォームの「お問い合わせの種類」は何を選べばよいでしょうか？
あと、依頼してから済むまでどのくらいかかりましたか。

お手すきのときに教えてもらえると助かります。

吉田
"""
body = tpart(txt, cte="base64")
m = other_mail(body, when=t, frm=("吉田 真理", "m-yoshida@hikari-dx.co.jp"), to=U7,
               subject="AWS認定アカウントの件で教えてください", provider="corp365",
               from_dom="hikari-dx.co.jp", host="TYWPR01MB%d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999),
               ip="2603:1096:400:%s::%d" % (hexs(3), R.randint(1, 99)), mailfrom="m-yoshida@hikari-dx.co.jp",
               msgid="<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>" % (
                   R.randint(1000, 9999), hexs(12).upper(), R.randint(1000, 9999)),
               extra=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
register("colleague-question", m, "unrelated", "ja", None, ["AWS73019284"], False)

# ---------------------------------------------------------------- C11 (U11, form desk, sakura)
C11_OPEN = jst(2025, 12, 15, 14, 5, 12)
C11 = case15(C11_OPEN)
t = jst(2025, 12, 16, 13, 30, 2)
txt = """小野 千尋 様

平素より大変お世話になっております。
ご返信を賜り、誠にありがとうございます。

AWS 35529186 から AWS 61007439 への移し替えにつきまして、担当部署にて手配を開始いたしました。
作業が済み次第、改めてご連絡申し上げます。

なお、一本化の後は、AWS 35529186 にひもづく Credly のバッジにつきましても、
AWS 61007439 側のプロフィールへ移し替えられる予定でございます。
反映までに数日を要する場合がございますので、あらかじめご承知おきくださいますようお願い申し上げます。

今しばらくお待ちいただけますと幸いでございます。

AWS トレーニングと認定 カスタマーサポート
宮本
"""
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U11, frm=FORM, provider="sakura", subject=FORM_SUBJ % C11)
register("re-case-form-sakura", m, "support_reply", "ja", C11, ["AWS35529186", "AWS61007439"], True)

t = jst(2025, 12, 18, 11, 10, 45)
txt = """小野 千尋 様

平素より大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの宮本でございます。

かねてよりご依頼いただいておりました件、本日、AWS 35529186 の認定資格ならびに受験記録を
AWS 61007439 へ移し終えましたので、ご報告申し上げます。
AWS 35529186 はすでに閉鎖済みでございます。

Credly のデジタルバッジにつきましては、数日以内に Credly 社より別途ご案内が届く見込みでございます。

このたびはご不便をおかけいたしましたこと、重ねてお詫び申し上げます。
今後とも何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
宮本
"""
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U11, frm=FORM, provider="sakura", subject=FORM_SUBJ % C11)
register("re-case-form-sakura-2", m, "merge_completed", "ja", C11, ["AWS35529186", "AWS61007439"], True)

t = jst(2025, 12, 19, 20, 8, 33)
html = """<html><body style="font-family:Arial,Meiryo,sans-serif">
<p>小野 千尋 さん</p>
<p>アカウントの移し替えに伴い、新しいバッジが発行されました。</p>
<p><b>AWS Certified Machine Learning Engineer – Associate</b></p>
<p>バッジを受け取るには、下のボタンから Credly にサインインしてください。<br>
（セキュリティ保護のため、ご登録のメールアドレスとパスワードの再入力が必要です）</p>
<p><a href="https://credly-badges.net/login?next=/accept/%s" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</body></html>""" % hexs(16)
body = tpart(html, "html", cte="base64")
m = other_mail(body, when=t, frm=("Credly", "notification@credly-badges.net"), to=U11,
               subject="新しいバッジが発行されました", provider="sakura",
               from_dom="credly-badges.net", host="mail.credly-badges.net",
               ip="194.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
               mailfrom="notification@credly-badges.net")
register("new-badge-issued", m, "credly_badge_issued", "ja", None, [], False)

# ---------------------------------------------------------------- C12 (U12, console, Gmail)
C12_OPEN = jst(2026, 4, 6, 21, 0, 19)
C12 = case15(C12_OPEN)
C12_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % C12
t = jst(2026, 4, 7, 14, 10, 55)
txt = """小林 亮 様

お問い合わせありがとうございます。AWS サポートの西村です。

お書き添えいただいた AWS 47120385 と AWS 80036621 は、いずれも小林様のアカウントであることが分かりました。

どちらを今後お使いになるかによって手順が変わりますので、残したい方をお知らせいただけますか。
ちなみに、AWS 80036621 のほうがお持ちの認定の数は多いようです（2 件）。
特にご希望がなければ、普段サインインに使っている方を残すのがおすすめです。

西村
Amazon Web Services
""" + CONSOLE_FOOT % C12_URL
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U12, frm=CONSOLE, subject="RE:[CASE %s] 認定アカウントの重複について" % C12)
register("re-case-duplicate-certification", m, "support_reply", "ja", C12, ["AWS47120385", "AWS80036621"], True)

t = jst(2026, 4, 8, 9, 5, 27)
txt = """Amazon Web Services をご利用いただきありがとうございます。

ケース %s に新しい返信が追加されました。
内容をご覧いただくには、AWS サポートセンターにサインインしてください。

%s

このメールアドレスへのご返信はお受けできません。
""" % (C12, C12_URL)
body = tpart(txt, cte="quoted-printable")
m = aws_mail(body, when=t, to=U12, frm=CONSOLE, subject="[Case %s] New correspondence added" % C12)
register("case-new-correspondence", m, "support_reply", "ja", C12, [], True)

OLD = "11894430271"
t = jst(2025, 3, 4, 16, 44, 8)
txt = """小林 亮 様

AWS サポートの加藤です。

お問い合わせいただいた、複数の AWS アカウントのご請求をひとつにまとめる件についてご案内します。

AWS Organizations で組織を作成し、もう一方のアカウントを組織に招待して承諾いただくと、
一括請求（コンソリデーティッドビリング）により、ご請求を管理アカウントにまとめることができます。
アカウント自体が統合されるわけではなく、各アカウントのリソースや IAM ユーザーはそのまま残ります。

招待の承諾が済みましたら、翌月のご請求分から管理アカウント側にまとめて請求されます。
手順の詳細は以下のドキュメントをご覧ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明な点がございましたら、本ケースにてお知らせください。

加藤
Amazon Web Services
""" + CONSOLE_FOOT % ("https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja" % OLD)
body = tpart(txt, cte="base64")
m = aws_mail(body, when=t, to=U12, frm=CONSOLE, subject="RE:[CASE %s] 請求をひとつにまとめたい" % OLD)
register("re-case-billing", m, "unrelated", "ja", OLD, [], True)

t = jst(2026, 4, 6, 20, 51, 3)
txt = """AWS Builder ID の確認コード

AWS Builder ID へのサインインを続けるには、次の確認コードを入力してください。

確認コード: %06d

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。
AWS がお客様にパスワードやクレジットカード番号をメールでお尋ねすることはありません。

Amazon Web Services
""" % R.randint(0, 999999)
body = tpart(txt, cte="base64")
host, ip = sender_hop("ses")
mf = ses_mailfrom(t).replace("@amazonses.com", "@us-east-1.amazonses.com")
m = other_mail(body, when=t, frm=("AWS", "no-reply@signin.aws"), to=U12,
               subject="AWS Builder ID の確認コード", provider="gmail", from_dom="signin.aws",
               host=host, ip=ip, mailfrom=mf, policy="REJECT", msgid=ses_msgid(t))
register("builder-id-code", m, "unrelated", "ja", None, [], True)

# --- END OF MAILS ---


def write_all():
    from email.generator import BytesGenerator
    import io
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(7107).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        slug, msg, label = MAILS[idx]
        name = "%03d-%s.eml" % (n, slug)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        data = buf.getvalue()
        for token, raw in RAW8.items():
            if token.encode() in data:
                data = data.replace(token.encode(), raw.replace(b"\r\n", b"\n"))
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(labels), "mails")


if __name__ == "__main__":
    write_all()
