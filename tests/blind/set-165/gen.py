#!/usr/bin/env python3
"""Generator for blind set 165: AWS Certification account-merge mailbox (Japanese emphasis).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import uuid
import zoneinfo
from email import utils as eutils
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(16565)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
PT = zoneinfo.ZoneInfo("America/Los_Angeles")

LABELS = {}
NEWTEXT = {}
COUNTER = [0]

CODECS = {
    "utf-8": "utf-8",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "us-ascii": "ascii",
    "iso-8859-1": "latin-1",
    "windows-1252": "cp1252",
    "euc-jp": "euc_jp",
}

ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)", re.I)


def jst(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)


def utc(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def cid15(opened, suffix):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), suffix)


def rfc_date(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return eutils.format_datetime(d)


def gmail_date(d):
    p = d.astimezone(PT)
    return eutils.format_datetime(p) + " (%s)" % p.tzname()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(R.randbytes(nbytes)).decode()


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    if region is None:
        return "0100%012x-%s-000000" % (ms, u), "email.amazonses.com"
    pre = {"us-west-2": "0101", "ap-northeast-1": "0106"}[region]
    return "%s%012x-%s-000000" % (pre, ms, u), "%s.amazonses.com" % region


def fold_b(value, indent="\t", width=64):
    chunks = [value[i:i + width] for i in range(0, len(value), width)]
    return ("\n" + indent + " ").join(chunks)


def dkim_sig(d, s, t, h, c="relaxed/simple", indent="\t"):
    b = rb64(256)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n%ss=%s; d=%s; t=%d;\n%sh=%s;\n%sbh=%s;\n%sb=%s"
            % (c, indent, s, d, int(t.timestamp()), indent, h, indent, rb64(32), indent,
               fold_b(b, indent)))


AMZ_SEL = "yg4mwqurec7fkhzutopddd3ytuaqrvuz"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_H = ("Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")


def enc_addr(name, addr, charset="utf-8"):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return eutils.formataddr((name, addr))
    except UnicodeEncodeError:
        return eutils.formataddr((name, addr), charset=charset)


def enc_subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76)


# ---------------------------------------------------------------- trace headers

def ar_gmail(v, ind="       "):
    cl = []
    for res, d, s in v.get("dkim", []):
        cl.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, s, ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    if "spf" in v:
        res, mf, ip = v["spf"]
        if res == "pass":
            cl.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "softfail":
            cl.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        else:
            cl.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (res, mf, ip, mf))
    if "dmarc" in v:
        res, dom, p = v["dmarc"]
        if p:
            cl.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, p, p, "NONE" if res == "pass" else p, dom))
        else:
            cl.append("dmarc=%s header.from=%s" % (res, dom))
    return "mx.google.com;\n" + ind + (";\n" + ind).join(cl)


def ar_outlook(v):
    res, mf, ip = v["spf"]
    mfd = mf.split("@")[-1]
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (res, ip, mfd)
    for res_d, d, _s in v.get("dkim", []):
        s += " dkim=%s (%s)\n header.d=%s;" % (res_d, "signature was verified" if res_d == "pass" else "signature did not verify", d)
    if not v.get("dkim"):
        s += " dkim=none (message not signed)\n header.d=none;"
    dres, dom, _p = v["dmarc"]
    act = "none" if dres == "pass" else ("oreject" if dres == "fail" else "none")
    comp = "pass reason=100" if dres == "pass" else "fail reason=000"
    s += "dmarc=%s action=%s\n header.from=%s;compauth=%s" % (dres, act, dom, comp)
    return s


def ar_jp(host, v, style="plain"):
    cl = []
    if "spf" in v:
        res, mf, ip = v["spf"]
        cl.append("spf=%s smtp.mailfrom=%s" % (res, mf))
    for res, d, s in v.get("dkim", []):
        if res == "none":
            cl.append("dkim=none")
        elif style == "yahoo":
            cl.append("dkim=%s (ok) header.i=@%s" % (res, d) if res == "pass" else "dkim=%s header.i=@%s" % (res, d))
        else:
            cl.append("dkim=%s header.d=%s header.s=%s" % (res, d, s))
    if "dmarc" in v:
        res, dom, p = v["dmarc"]
        cl.append("dmarc=%s%s header.from=%s" % (res, " (p=%s dis=none)" % p.lower() if p else "", dom))
    if style == "yahoo":
        return host + "  from=" + v["dmarc"][1] + "; domainkeys=neutral (no sig);\n " + ";\n ".join(cl)
    return host + ";\n\t" + ";\n\t".join(cl)


def trace_gmail(rcpt, host, ip, mailfrom, dlv, v, dkims=(), arc=True):
    gd = gmail_date(dlv)
    gd0 = gmail_date(dlv + dt.timedelta(seconds=1))
    H = []
    H.append(("Delivered-To", rcpt))
    H.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
              % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(3), R.randint(100000, 9999999), ralnum(3), gd0)))
    H.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:-2]))
    H.append(("X-Received", "by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
              % (rhex(3), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(12), ralnum(16), R.randint(10, 999), int(dlv.timestamp()) % 100000, gd0)))
    if arc:
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                  % (int(dlv.timestamp()), fold_b(rb64(180), "       ", 66))))
        H.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
                  % (rb64(32), rb64(32), fold_b(rb64(180), "       ", 66))))
        H.append(("ARC-Authentication-Results", "i=1; " + ar_gmail(v)))
    H.append(("Return-Path", "<%s>" % mailfrom))
    H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
              % (host, host, ip, ralnum(13), ralnum(18), R.randint(100, 999), dlv.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, gd)))
    sres = v.get("spf", ("pass",))[0]
    H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
              % (sres, mailfrom, "designates" if sres == "pass" else "does not designate", ip, ip)))
    H.append(("Authentication-Results", ar_gmail(v)))
    for k, val in dkims:
        H.append((k, val))
    return H


def trace_outlook(rcpt, host, ip, mailfrom, dlv, v, dkims=(), tenant=False):
    od = rfc_date(dlv, UTC)
    srv = R.choice(["TYCP286CA0042", "OS3P286CA0113", "TYWP286CA0019", "OSZP286CA0007"])
    mbx = R.choice(["TYCPR01MB11234", "OS0PR01MB6543", "TYAPR01MB5872"])
    H = []
    H.append(("Received", "from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s"
              % (srv, rhex(3), rhex(2), mbx, od)))
    H.append(("Received", "from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s)\n by %s.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.%d; %s"
              % (srv, rhex(3), rhex(2), mbx, rhex(3), rhex(2), R.randint(10, 40), od)))
    H.append(("Authentication-Results", ar_outlook(v)))
    sres = v["spf"][0]
    H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
              % ("Pass" if sres == "pass" else sres.capitalize(), mailfrom.split("@")[-1], "designates" if sres == "pass" else "does not designate", ip, ip, host)))
    H.append(("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (2603:1096:400:%s::%s) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.%d\n via Frontend Transport; %s"
              % (host, ip, srv.replace("CA", "EP"), rhex(3), rhex(2), R.randint(10, 40), od)))
    for k, val in dkims:
        H.append((k, val))
    H.append(("Return-Path", mailfrom))
    return H


def trace_jp(rcpt, mx_host, host, ip, mailfrom, dlv, v, dkims=(), style="plain", ar_host=None):
    H = []
    H.append(("Return-Path", "<%s>" % mailfrom))
    H.append(("Delivered-To", rcpt))
    H.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
              % (host, host, ip, mx_host, ralnum(9, "BCDFGHJKLMNPQRSTVWXYZ0123456789"), rcpt, rfc_date(dlv, JST))))
    H.append(("Authentication-Results", ar_jp(ar_host or mx_host, v, style)))
    for k, val in dkims:
        H.append((k, val))
    return H


def ses_dkims(d_from, t, region_sel=SES_SEL):
    out = []
    if d_from:
        out.append(("DKIM-Signature", dkim_sig(d_from, AMZ_SEL, t, SES_H)))
    out.append(("DKIM-Signature", dkim_sig("amazonses.com", region_sel, t, SES_H)))
    return out


def v_amz_pass(mailfrom, ip, d="amazon.com"):
    return {"dkim": [("pass", d, AMZ_SEL), ("pass", "amazonses.com", SES_SEL)],
            "spf": ("pass", mailfrom, ip), "dmarc": ("pass", d, "QUARANTINE")}


def ses_host():
    a, b = R.choice([(8, R.randint(1, 250)), (48, R.randint(1, 250)), (11, R.randint(1, 250)), (30, R.randint(1, 250))])
    return "a%d-%d.smtp-out.amazonses.com" % (a, b), "54.240.%d.%d" % (a, b)


# ---------------------------------------------------------------- bodies

def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None):
    codec = CODECS[charset.lower()]
    nl = text.replace("\r\n", "\n")
    raw = nl.encode(codec)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label if label else charset)
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
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
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


def java_boundary():
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10000000, 2099999999), R.randint(1700000000000, 1769999999999))


def outlook_boundary():
    return "_000_%s%s_" % (ralnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ralnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))


def gmail_boundary():
    return "000000000000" + rhex(16)


def esc(s):
    return html.escape(s, quote=False)


def text_to_html_lines(text):
    """Plain text -> html paragraphs, keeping line breaks."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def quoted_to_html(q):
    """'> ' prefixed text -> nested blockquotes."""
    lines = q.split("\n")
    out, depth = [], 0
    for l in lines:
        m = re.match(r"^((?:> ?)*)(.*)$", l)
        d = m.group(1).count(">")
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(esc(m.group(2)) + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return "\n".join(out)


def html_doc(body, lang="ja", head_extra=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n<body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,Arial,sans-serif;font-size:14px;color:#16191f;">\n%s\n</body>\n</html>\n'
            % (lang, head_extra, body))


# ---------------------------------------------------------------- quoting styles

WD_JA = "月火水木金土日"


def q_prefix(text, p="> "):
    return "\n".join((p + l) if l.strip() else p.rstrip() for l in text.split("\n"))


def gmail_attr_en(d, name, addr):
    d = d.astimezone(JST)
    return "On %s at %s %s <%s> wrote:" % (d.strftime("%a, %b %-d, %Y"), d.strftime("%-I:%M %p"), name, addr)


def gmail_attr_ja(d, name, addr):
    d = d.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, addr)


def outlook_block_ja(frm, d, to, subj):
    d = d.astimezone(JST)
    return ("差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n"
            % (frm, d.year, d.month, d.day, d.hour, d.minute, to, subj))


def outlook_block_en(frm, d, to, subj):
    d = d.astimezone(JST)
    return ("From: %s\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subj))


def ids_in(text):
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


# ---------------------------------------------------------------- emit

def emit(slug, kind, lang, case_id, sv, headers, root, new_text, crlf=False, ids=None):
    """headers: list of (name, value) written verbatim in order, before the MIME headers of root."""
    COUNTER[0] += 1
    fname = "%03d-%s.eml" % (COUNTER[0], slug)
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32.clone(linesep="\n"))
    g.flatten(root)
    raw = buf.getvalue()
    mime_head, body = raw.split(b"\n\n", 1)
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(("%s: %s" % (k, v)).encode("ascii"))
    out.append(b"MIME-Version: 1.0")
    out.append(mime_head)
    data = b"\n".join(out) + b"\n\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    subj = [v for k, v in headers if k.lower() == "subject"]
    if ids is None:
        ids = ids_in(new_text)
    NEWTEXT[fname] = new_text
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": sv, "language": lang}
    return fname


# ============================================================== MAILS
MAIL_FUNCS = []


def mail(f):
    MAIL_FUNCS.append(f)
    return f



FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_FROM = '"Amazon Web Services" <%s>' % FORM
NOREPLY_FROM = '"Amazon Web Services" <%s>' % NOREPLY
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def ses_msg_headers(d, frm, to, subj, region=None, extra=()):
    mid, dom = ses_id(d, region)
    H = [("Date", rfc_date(d, UTC)), ("From", frm), ("To", to), ("Message-ID", "<%s@%s>" % (mid, dom)),
         ("Subject", subj)]
    H += list(extra)
    H += [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region or "us-east-1", rb64(33)[:43])),
          ("X-SES-Outgoing", "%s-%s" % (d.astimezone(UTC).strftime("%Y.%m.%d"), "54.240.8.%d" % R.randint(1, 250)))]
    return H, mid, dom


def aws_mail(provider, rcpt, d, frm, subj, region=None, extra=(), v=None, dkim_from="amazon.com",
             jp_mx=None, jp_style="plain", tenant=False, to=None, delay=4):
    """Standard genuine SES-delivered Amazon mail. provider: gmail/outlook/jp/none"""
    H, mid, dom = ses_msg_headers(d, frm, to or rcpt, subj, region, extra)
    host, ip = ses_host()
    mailfrom = "%s@%s" % (mid, "amazonses.com" if region is None else "%s.amazonses.com" % region)
    dlv = d + dt.timedelta(seconds=delay)
    if v is None:
        v = v_amz_pass(mailfrom, ip, dkim_from)
    dk = ses_dkims(dkim_from, d)
    if provider == "gmail":
        T = trace_gmail(rcpt, host, ip, mailfrom, dlv, v, dk)
    elif provider == "outlook":
        T = trace_outlook(rcpt, host, ip, mailfrom, dlv, v, dk, tenant)
    elif provider == "jp":
        mx, arh = jp_mx
        T = trace_jp(rcpt, mx, host, ip, mailfrom, dlv, v, dk, jp_style, arh)
    elif provider == "none":
        T = [("Return-Path", "<%s>" % mailfrom),
             ("Received", "from %s (%s [%s])\n\tby mail.%s with ESMTP id %s\n\tfor <%s>; %s"
              % (host, host, ip, rcpt.split("@")[1], ralnum(12), rcpt, rfc_date(dlv, JST)))] + dk
    else:
        raise ValueError(provider)
    return T + H


# ---------------------------------------------------------------- T1: form case, Sato, gmail, ja
T1_OPEN = jst(2025, 5, 27, 22, 41, 37)
T1 = cid15(T1_OPEN, 731)
T1_USER = "kenta.sato.0412@gmail.com"
T1_NAME = "佐藤健太"
T1_OLD, T1_NEW = "AWS04418273", "AWS09120456"

T1_FORM = """お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
氏名: 佐藤 健太
メールアドレス: kenta.sato.0412@gmail.com
AWS 認定候補者 ID: AWS04418273
お問い合わせ内容:
以前の勤務先のメールアドレスで作った認定アカウントと、個人のメールアドレスで
作ったアカウントの 2 つがあります。アカウントを統合して、個人の方
(AWS09120456) に認定をまとめていただきたいです。よろしくお願いします。"""

T1_M1_TEXT = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。
このたびは認定アカウントの件でご連絡いただき、誠にありがとうございます。

お知らせいただいた内容をもとにお調べしましたところ、お客様名義の
認定アカウントが下記の 2 件見つかりました。

  (1) AWS04418273 (サインイン用メール: kenta.sato@minato-sys.co.jp)
  (2) AWS09120456 (サインイン用メール: kenta.sato.0412@gmail.com)

ご希望に沿い、(1) に記録されている受験履歴および認定資格を (2) へ
移し替え、今後は (2) の AWS09120456 のみをご利用いただく形に
一本化いたします。作業後、(1) のアカウントにはサインインできなく
なりますのでご留意ください。

なお、本作業は後から元に戻すことができません。
恐れ入りますが、上記の内容にお間違いがないか今一度お確かめいただき、
差し支えなければ本メールへのご返信にてお知らせくださいませ。
ご返信を頂戴してから作業に着手いたします。

何卒よろしくお願い申し上げます。

高橋 美穂
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""


@mail
def m_t1_ack():
    new = """佐藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お送りいただいた内容を受け付け、下記のケース番号にて承りました。

  ケース番号: %s

担当者より、原則として 24 時間以内にご連絡いたします。
追加でお伝えいただきたい情報がございましたら、件名を変更せずに本メール
へご返信ください。同じご用件で新しくお問い合わせを作成されますと、
ご案内が遅れる場合がございますので、ご了承ください。

―――― 受付内容 ――――
%s
――――――――――――

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/training/
""" % (T1, T1_FORM)
    d = T1_OPEN + dt.timedelta(seconds=48)
    subj = "[CASE %s] %s" % (T1, FORM_SUBJ)
    H = aws_mail("gmail", T1_USER, d, FORM_FROM, subj)
    root = tpart(new, charset="iso-2022-jp", cte="7bit")
    emit("form-ack-ja-iso2022", "case_created", "ja", T1, True, H, root, new)


@mail
def m_t1_confirm():
    d = jst(2025, 5, 28, 10, 15, 9)
    subj = "RE:[CASE %s] %s" % (T1, FORM_SUBJ)
    quoted = "-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s\n\n%s" % (
        T1_USER, rfc_date(T1_OPEN, UTC), FORM_SUBJ, T1_FORM)
    txt = T1_M1_TEXT + "\n\n" + quoted + "\n"
    htm = html_doc(text_to_html_lines(T1_M1_TEXT) + '\n<hr>\n<div style="color:#555">' + text_to_html_lines(quoted) + "</div>")
    H = aws_mail("gmail", T1_USER, d, FORM_FROM, subj)
    root = alt(tpart(txt, charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("form-confirm-ikkatsu-ja", "merge_confirmation_requested", "ja", T1, True, H, root, T1_M1_TEXT)


@mail
def m_t1_proceed():
    d = jst(2025, 5, 28, 16, 40, 2)
    user_d = jst(2025, 5, 28, 11, 2)
    subj = "RE:[CASE %s] %s" % (T1, FORM_SUBJ)
    new = """佐藤 様

ご返信いただき、ありがとうございます。
内容について承知いたしました。これより担当部署にて作業を進めてまいります。

作業が済みましたら、あらためて本メールにてお知らせいたします。
通常 1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちください。

引き続きよろしくお願い申し上げます。

高橋 美穂
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""
    user_reply = "The details are correct. Please proceed with the merge.\n\n佐藤健太\n"
    quoted = (gmail_attr_ja(user_d, T1_NAME, T1_USER) + "\n" +
              q_prefix(user_reply + "\n" + gmail_attr_ja(jst(2025, 5, 28, 10, 15), "Amazon Web Services", FORM) + "\n" + q_prefix(T1_M1_TEXT)))
    txt = new + "\n\n" + quoted + "\n"
    H = aws_mail("gmail", T1_USER, d, FORM_FROM, subj)
    root = tpart(txt, charset="iso-2022-jp", cte="7bit")
    emit("form-proceed-after-reply-ja", "support_reply", "ja", T1, True, H, root, new)


@mail
def m_t1_done():
    d = jst(2025, 5, 30, 9, 12, 44)
    subj = "RE:[CASE %s] %s" % (T1, FORM_SUBJ)
    new = """佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの高橋でございます。

大変お待たせいたしました。
ご依頼いただいておりましたアカウントの一本化作業が済み、AWS04418273 に
記録されていた認定資格および受験履歴は、すべて AWS09120456 に
反映済みとなっております。

今後は AWS09120456 (kenta.sato.0412@gmail.com) にてサインインして
くださいますようお願いいたします。AWS04418273 は既にご利用いただけません。

認定特典 (次回受験時の 50% 割引など) も、移し替え後のアカウントから
ご利用いただけます。Credly のデジタルバッジにつきましては、数日以内に
Credly より別途メールが届く予定です。

ほかにご不明な点がございましたら、どうぞお気軽にお申し付けください。

高橋 美穂
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""
    txt = new + "\n"
    htm = html_doc('<div style="max-width:640px">' + text_to_html_lines(new) + "</div>")
    H = aws_mail("gmail", T1_USER, d, FORM_FROM, subj)
    root = alt(tpart(txt, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-hanei-zumi-ja", "merge_completed", "ja", T1, True, H, root, new)


@mail
def m_t1_survey():
    d = jst(2025, 5, 30, 9, 13, 51)
    subj = "[CASE %s] 今回のサポートについてご評価をお願いします" % T1
    body = """<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #ff9900">
<tr><td style="padding:24px 32px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="Amazon Web Services" width="120"><br><br>
<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
ケース番号 <b>%s</b> はクローズされました。</p>
<p>今回のサポートはお役に立ちましたでしょうか。</p>
<p style="text-align:center">
<a href="https://aws.amazon.com/survey/?caseId=%s&amp;answer=yes&amp;lang=ja" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none;border-radius:2px">はい</a>
&nbsp;&nbsp;
<a href="https://aws.amazon.com/survey/?caseId=%s&amp;answer=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:10px 28px;text-decoration:none;border-radius:2px">いいえ</a>
</p>
<p>担当者の対応について、5 段階でご評価いただけますと幸いです。<br>
いただいたご感想は、今後のサービス向上のために活用させていただきます。所要時間は 1 分ほどです。</p>
<p style="font-size:12px;color:#687078">※このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table>
</td></tr></table>""" % (T1, T1, T1)
    new = re.sub(r"<[^>]+>", "", body)
    H = aws_mail("gmail", T1_USER, d, FORM_FROM, enc_subj(subj, "utf-8"))
    root = tpart(html_doc(body), "html", "utf-8", "base64")
    emit("survey-go-hyouka-html-only-ja", "survey", "ja", T1, True, H, root, new)


def credly_mail(provider, rcpt, d, from_name, subj, text, htm, v=None, frm_addr="admin@credly.com", jp_mx=None, jp_style="plain"):
    dom = frm_addr.split("@")[1]
    ip = "167.89.%d.%d" % (R.randint(1, 120), R.randint(1, 250))
    host = "o%d.email.%s" % (R.randint(1, 9), dom)
    mailfrom = "bounces+%d-%s-%s=%s@email.%s" % (R.randint(1000000, 9999999), rhex(4), rcpt.split("@")[0], rcpt.split("@")[1], dom)
    if v is None:
        v = {"dkim": [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")],
             "spf": ("pass", mailfrom, ip), "dmarc": ("pass", dom, "REJECT" if dom == "credly.com" else "NONE")}
    dk = [("DKIM-Signature", dkim_sig(dom, "s1", d, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to", "relaxed/relaxed")),
          ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", d, "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to", "relaxed/relaxed"))]
    dlv = d + dt.timedelta(seconds=R.randint(2, 30))
    if provider == "gmail":
        T = trace_gmail(rcpt, host, ip, mailfrom, dlv, v, dk)
    elif provider == "outlook":
        T = trace_outlook(rcpt, host, ip, mailfrom, dlv, v, dk)
    elif provider == "jp":
        mx, arh = jp_mx
        T = trace_jp(rcpt, mx, host, ip, mailfrom, dlv, v, dk, jp_style, arh)
    else:
        T = [("Return-Path", "<%s>" % mailfrom),
             ("Received", "from %s (%s [%s])\n\tby mx.%s with ESMTP id %s\n\tfor <%s>; %s"
              % (host, host, ip, rcpt.split("@")[1], ralnum(12), rcpt, rfc_date(dlv, JST)))] + dk
    H = [("Date", rfc_date(d, UTC)), ("From", enc_addr(from_name, frm_addr)), ("Reply-To", "support@credly.com"), ("To", rcpt),
         ("Message-ID", "<%s@%s>" % (uuid.UUID(int=R.getrandbits(128), version=4), "credly.com" if dom == "credly.com" else dom)),
         ("Subject", subj), ("X-SG-EID", rb64(60)), ("List-Unsubscribe", "<https://www.credly.com/notification_settings>")]
    root = alt(tpart(text, "plain", "utf-8", "quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=rhex(60)[:60])
    return T + H, root


def credly_html(lines_html, button_text, button_url, lang="en"):
    return html_doc("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:32px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px">
<tr><td style="padding:24px 40px 0"><img src="https://images.credly.com/images/credly-logo-orange.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:16px 40px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333">
%s
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>
</td></tr>
<tr><td style="padding:16px 40px 32px;font-size:11px;color:#888;font-family:Helvetica,Arial,sans-serif">
Credly by Pearson &middot; <a href="https://www.credly.com/notification_settings" style="color:#888">Notification settings</a> &middot; <a href="https://credly.com/privacy" style="color:#888">Privacy policy</a>
</td></tr></table></td></tr></table>""" % (lines_html, button_url, button_text), lang)


@mail
def m_t1_credly():
    d = utc(2025, 5, 31, 2, 10, 33)
    bid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    url = "https://www.credly.com/badges/%s?source=email-accept-badge" % bid
    text = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

    AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile, share it on LinkedIn and
let employers verify your skills in one click.

Accept your badge: %s

Don't have a Credly account for kenta.sato.0412@gmail.com yet? You'll be able
to create one in a few seconds when you accept.

Happy sharing!
The Credly Team

--
You are receiving this email because a badge was issued to kenta.sato.0412@gmail.com.
Notification settings: https://www.credly.com/notification_settings
Credly by Pearson
""" % url
    htm = credly_html("""<p>Hi Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt=""><br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>Accept your badge to add it to your Credly profile, share it on LinkedIn and let employers verify your skills in one click.</p>""",
                      "Accept your badge", url)
    H, root = credly_mail("gmail", T1_USER, d, "Amazon Web Services Training and Certification via Credly",
                          "Kenta, you've been issued a new badge by Amazon Web Services Training and Certification", text, htm)
    emit("credly-issued-saa-after-merge", "credly_badge_issued", "en", None, True, H, root, text)


# ---------------------------------------------------------------- T2: console case, Nakamura, outlook.jp, en
T2_OPEN = jst(2025, 6, 9, 14, 3, 21)
T2 = cid15(T2_OPEN, 1442)
T2_USER = "misaki.nakamura@outlook.jp"
T2_SUBJ = "Request to merge duplicate Certification accounts"
CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all the details of this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case or contact us regarding a new issue, please use the link above or sign in to the AWS Support Center.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


@mail
def m_t2_ack():
    d = T2_OPEN + dt.timedelta(seconds=21)
    text = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello,
I have three AWS Certification accounts (AWS10293847, AWS55501234, AWS77312098)
because I used different e-mail addresses in the past years (old job, university
and private). I want to keep only one account, the private one. Could you help?

Misaki Nakamura

We will respond to your case as soon as possible. You can view and respond to this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (T2, T2, T2_SUBJ, T2)
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "Amazon Web Services: You have opened a new Support case: %s" % T2)
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-opened-three-accounts-en", "case_created", "en", T2, True, H, root, text, crlf=True)


@mail
def m_t2_ask():
    d = jst(2025, 6, 10, 19, 27, 5)
    new = """Hello Misaki,

Greetings from AWS Training and Certification team, hope you are doing good.

I have gone through your case and I could locate the three profiles mentioned by you. Before we move forward, kindly help me with below details so that I can process your request without any delay:

1. Out of the three, which account you would like to retain as primary? All exam history will be moved to that one.
2. The login e-mail address used for each of the account.
3. The notification e-mail registered on each account, if different from the login.

Also please note that we can only combine profiles which belongs to the same candidate, so the first and last name should be matching in all accounts. If the name is different (for example after marriage) please let us know the reason.

Looking forward to hear from you.

Best regards,
Karthik S.
Amazon Web Services
"""
    text = new + "\n" + CONSOLE_FOOT % T2 + "\n"
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "RE:[CASE %s] %s" % (T2, T2_SUBJ))
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-which-to-retain-en", "support_reply", "en", T2, True, H, root, new, crlf=True)


@mail
def m_t2_notice():
    d = jst(2025, 6, 12, 11, 8, 40)
    text = """Hello,

New correspondence has been added to your support case.

Case ID: %s
Subject: %s

To view the correspondence and reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail. This mailbox is not monitored.

Amazon Web Services
""" % (T2, T2_SUBJ, T2)
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "[Case %s] New correspondence added" % T2)
    root = tpart(text, charset="us-ascii", cte="7bit")
    emit("console-new-correspondence-notice", "support_reply", "en", T2, True, H, root, text, crlf=True)


@mail
def m_t2_confirm():
    d = jst(2025, 6, 12, 11, 8, 31)
    new = """Hello Misaki,

Thank you for sharing the requested information.

As per your response, please find below the summary of your request:

Source profile (will be closed)     : AWS10293847 - misaki.n@hokuto-denki.co.jp
Source profile (will be closed)     : AWS-55501234 - mnakamura21@ed.tsukuba-u.ac.jp
Destination profile (will be kept)  : AWS77312098 - misaki.nakamura@outlook.jp

Once processed, all certifications, exam history and benefits of the two source profiles will be moved under AWS77312098 and the other two profiles will be deactivated. Kindly note this action is irreversible and it cannot be reverted later.

Request you to kindly go through the above and reply back to this case with "Yes, I agree" if everything is correct, so that we can go ahead with the request. We will not take any action until we hear back from you.

Best regards,
Karthik S.
Amazon Web Services
"""
    user_prev = """Hi Karthik,

Thank you. Please keep AWS77312098 (misaki.nakamura@outlook.jp).
Others: AWS10293847 = misaki.n@hokuto-denki.co.jp, AWS55501234 = mnakamura21@ed.tsukuba-u.ac.jp.
Name is same on all three.

Misaki"""
    text = new + "\n" + CONSOLE_FOOT % T2 + "\n\n----- Previous correspondence -----\n" + user_prev + "\n"
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "RE:[CASE %s] %s" % (T2, T2_SUBJ))
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-summary-reply-yes-i-agree", "merge_confirmation_requested", "en", T2, True, H, root, new, crlf=True)


@mail
def m_t2_done():
    d = jst(2025, 6, 14, 10, 2, 55)
    new = """Hello Misaki,

Thank you for your patience while we worked on this.

I am happy to inform you that your request has been processed successfully. The profiles AWS10293847 and AWS55501234 are now combined into AWS77312098. You can login with misaki.nakamura@outlook.jp and see all your 4 certifications under the "Certifications" tab. Your exam history and the 50% discount benefit are also available there.

The Credly badges will be issued again to the e-mail of the retained profile within 3-5 business days. If you do not receive them, just reopen this case and we will check.

As your query has been addressed, I will be marking this case as resolved. Have a great day ahead!

Best regards,
Karthik S.
Amazon Web Services
"""
    text = new + "\n" + CONSOLE_FOOT % T2 + "\n"
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "RE:[CASE %s] %s" % (T2, T2_SUBJ))
    root = alt(tpart(text, charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("console-processed-combined-en", "merge_completed", "en", T2, True, H, root, new, crlf=True)


@mail
def m_t2_survey():
    d = jst(2025, 6, 14, 10, 3, 40)
    text = """Hello,

Your AWS Support case %s has been resolved.

Case ID: %s
Subject: %s

Was your issue resolved?
  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

We would appreciate it if you could take a minute to tell us about your experience. Your feedback helps us improve.

If you still need help, you can reopen the case within 14 days from the AWS Support Center.

Sincerely,
Amazon Web Services
""" % (T2, T2, T2_SUBJ, T2, T2)
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("outlook", T2_USER, d, NOREPLY_FROM, "Amazon Web Services Support: Case %s resolved - tell us how we did" % T2)
    root = alt(tpart(text, charset="us-ascii", cte="7bit"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-resolved-was-it-solved", "survey", "en", T2, True, H, root, text, crlf=True)


# ---------------------------------------------------------------- T3: form case 2022, 11 digits, Kato, nifty, en
T3 = "10452367189"
T3_USER = "hiroshi.kato@nifty.com"
NIFTY = ("mta-mrv-c02.mail.nifty.com", "mx.nifty.com")
T3_FORM = """Inquiry type: AWS Training and Certification
Detail: Account Merge
Name: Hiroshi Kato
Email: hiroshi.kato@nifty.com
AWS candidate ID: AWS27182818
Description:
I have two certification accounts. One was made with my former company mail
(hkato@sakura-soft.co.jp, candidate ID AWS31415926). I would like to merge it into
my current one (AWS27182818). Thank you."""
T3_M_TEXT = """Hi Hiroshi,

Thanks for reaching out, and for including both candidate IDs - that made this much quicker to look into.

I found the two Certification profiles below. Before I make any changes, I'd like to make sure we have this the right way round:

 * AWS31415926 (hkato@sakura-soft.co.jp) - this profile will be closed
 * AWS27182818 (hiroshi.kato@nifty.com) - this profile stays, and everything from AWS31415926 will be moved into it

Please be aware that once two profiles have been combined like this, we aren't able to separate them again.

If that all looks right to you, just reply to this email and let me know, and I'll hand it over to our back-office team.

Kind regards,

Megan T.
AWS Training and Certification
Amazon Web Services"""


@mail
def m_t3_ack():
    d = utc(2022, 9, 5, 13, 18, 2)
    text = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request. Your case number is %s. Please keep this number for future reference.

A member of our team will review your request and respond within 1 business day. To add information to this request, simply reply to this email and keep the case number in the subject line.

Please do not open a new request for the same issue, as this may delay our response.

Regards,
AWS Training and Certification Customer Support
""" % T3
    H = aws_mail("jp", T3_USER, d, FORM_FROM, "[CASE %s] %s" % (T3, FORM_SUBJ), jp_mx=NIFTY)
    root = tpart(text, charset="utf-8", cte="quoted-printable")
    emit("form-ack-2022-11digit-en", "case_created", "en", T3, True, H, root, text)


@mail
def m_t3_confirm():
    d = utc(2022, 9, 6, 9, 41, 17)
    quoted = "--------------- Original Message ---------------\nFrom: %s\nSent: 9/5/2022 1:17 PM\nTo: %s\nSubject: %s\n\n%s" % (T3_USER, FORM, FORM_SUBJ, T3_FORM)
    text = T3_M_TEXT + "\n\n" + quoted + "\n"
    H = aws_mail("jp", T3_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T3, FORM_SUBJ), jp_mx=NIFTY)
    htm = html_doc(text_to_html_lines(T3_M_TEXT) + "<br><hr>" + text_to_html_lines(quoted), "en")
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-right-way-round-en-2022", "merge_confirmation_requested", "en", T3, True, H, root, T3_M_TEXT)


@mail
def m_t3_proceed():
    d = utc(2022, 9, 7, 1, 55, 40)
    new = """Hi Hiroshi,

Thank you for getting back to me so quickly.

I've passed your request on to the team that handles profile changes, and we'll go ahead with it now. There's nothing else you need to do for the moment - I'll write again as soon as it has been carried out, which is usually within 2-3 business days.

Kind regards,

Megan T.
AWS Training and Certification
Amazon Web Services"""
    user = """Hi Megan,

Yes, the details are correct. Please proceed.

Best regards,
Hiroshi Kato

2022/09/06 18:41 に Amazon Web Services さんは書きました:
""" + q_prefix(T3_M_TEXT)
    quoted = "-----Original Message-----\nFrom: Hiroshi Kato <%s>\nSent: Tuesday, September 6, 2022 2:10 PM\nTo: %s\nSubject: Re: RE:[CASE %s] %s\n\n%s" % (T3_USER, FORM, T3, FORM_SUBJ, user)
    text = new + "\n\n" + quoted + "\n"
    H = aws_mail("jp", T3_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T3, FORM_SUBJ), jp_mx=NIFTY)
    root = tpart(text, charset="utf-8", cte="quoted-printable")
    emit("form-thanks-going-ahead-en-2022", "support_reply", "en", T3, True, H, root, new)


@mail
def m_t3_done():
    d = utc(2022, 9, 8, 23, 4, 12)
    new = """Hi Hiroshi,

Good news — the work on your profiles is finished. Everything that was on AWS31415926 (your certifications, exam history and any benefits) now sits under AWS27182818, and AWS31415926 has been retired.

Next time you sign in to aws.training or CertMetrics, please use hiroshi.kato@nifty.com. It can take up to 24 hours for your Credly badges to show up under the same address; you’ll get an email from Credly when they do.

If anything looks off, just reply here and I’ll take a look.

Kind regards,

Megan T.
AWS Training and Certification
Amazon Web Services"""
    H = aws_mail("jp", T3_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T3, FORM_SUBJ), jp_mx=NIFTY)
    # wrong label: utf-8 bytes sent 8bit but labelled iso-8859-1
    root = tpart(new + "\n", charset="utf-8", cte="8bit", label="iso-8859-1")
    emit("form-profiles-finished-wrong-charset-en", "merge_completed", "en", T3, True, H, root, new)


@mail
def m_t3_survey():
    d = utc(2022, 9, 8, 23, 30, 0)
    text = """Hello,

Your case %s has now been closed. We'd love to hear how we did.

How satisfied were you with the support you received from AWS Training and Certification?

  Very dissatisfied  1   2   3   4   5  Very satisfied

Rate your experience: https://aws-tc-survey.amazon.com/s/case?id=%s&locale=en_US

The survey takes less than two minutes, and every response is read by our team.

Thank you,
AWS Training and Certification Customer Support

This is an automated message. Replies to this address are not monitored.
""" % (T3, T3)
    htm = html_doc(text_to_html_lines(text), "en")
    H = aws_mail("jp", T3_USER, d, FORM_FROM, "How did we do? [CASE %s]" % T3, jp_mx=NIFTY)
    root = alt(tpart(text, charset="us-ascii", cte="7bit"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-closed-how-did-we-do-2022", "survey", "en", T3, True, H, root, text)


# ---------------------------------------------------------------- T4: console case 2019, 10 digits, Mori, no AR headers
T4 = "6283749102"
T4_USER = "mori.takeshi@kcn.ne.jp"
T4_SUBJ = "Merge two certification accounts"


@mail
def m_t4_ack():
    d = utc(2019, 7, 22, 4, 51, 30)
    text = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: Low

We will respond to your case as soon as possible. You can view and respond to this case in the AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (T4, T4, T4_SUBJ, T4)
    H = aws_mail("none", T4_USER, d, NOREPLY_FROM, "Amazon Web Services: You have opened a new Support case: %s" % T4)
    root = tpart(text, charset="us-ascii", cte="7bit")
    emit("console-opened-2019-10digit-noauth", "case_created", "en", T4, None, H, root, text)


@mail
def m_t4_done():
    d = utc(2019, 7, 25, 17, 20, 8)
    new = """Hello Takeshi,

Thank you for your patience.

I have now received word from our certification team that your two accounts have been brought together. The AWS Certified Cloud Practitioner that you earned under AWS00731245 is listed on AWS 00219876 together with your Solutions Architect - Associate, and you can use the benefits of both from that account.

AWS00731245 can no longer be used to sign in. Please allow up to 48 hours for the change to be visible on your Acclaim badge profile.

Best regards,
Lukas B.
Amazon Web Services
"""
    foot = CONSOLE_FOOT % T4
    text = new + "\n" + foot + "\n"
    H = aws_mail("none", T4_USER, d, NOREPLY_FROM, "RE:[CASE %s] %s" % (T4, T4_SUBJ))
    htm = html_doc(text_to_html_lines(text), "en")
    root = alt(tpart(text, charset="us-ascii", cte="7bit"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-brought-together-2019", "merge_completed", "en", T4, None, H, root, new)


@mail
def m_t4_acclaim():
    d = utc(2019, 7, 27, 8, 2, 19)
    url = "https://www.youracclaim.com/badges/%s/accept" % uuid.UUID(int=R.getrandbits(128), version=4)
    text = """Hello Takeshi Mori,

You've earned a badge!

Amazon Web Services Training and Certification has sent you a badge for:
AWS Certified Cloud Practitioner

Claim your badge and share it with your professional network:
%s

Sincerely,
The Acclaim Team
Acclaim is a product of Credly, Inc.
""" % url
    htm = credly_html("<p>Hello Takeshi Mori,</p><p><b>You've earned a badge!</b></p><p>Amazon Web Services Training and Certification has sent you a badge for <b>AWS Certified Cloud Practitioner</b>.</p>",
                      "Accept Badge", url)
    H, root = credly_mail("none", T4_USER, d, "Amazon Web Services Training and Certification via Acclaim", "Amazon Web Services Training and Certification sent you a badge",
                          text, htm, frm_addr="admin@youracclaim.com")
    emit("acclaim-2019-cloud-practitioner-noauth", "credly_badge_issued", "en", None, None, H, root, text)


# ---------------------------------------------------------------- T6: console case ja, plain register, Yamamoto, biglobe
T6_OPEN = jst(2025, 7, 14, 9, 20, 48)
T6 = cid15(T6_OPEN, 2210)
T6_USER = "r-yamamoto@biglobe.ne.jp"
BIGLOBE = ("mx.biglobe.ne.jp", "mta-gw-rcv02.biglobe.ne.jp")
T6_SUBJ = "認定アカウントが2つあるので1つにしたい"
CONSOLE_FOOT_JA = """このやり取りについてのご評価は、AWS サポートセンターで各メッセージ右上の星を選んで行えます。

======================================================
ケースの詳細は以下をご覧ください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送られています。ケースの更新や新しいお問い合わせは、上記リンクまたは AWS サポートセンターからお願いします。
======================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""
T6_USER_Q = """松本さん

ありがとうございます。
・AWS48802117: r-yamamoto@biglobe.ne.jp (こっちを残したいです)
・AWS66120934: ryo.yamamoto@kitasoft.co.jp (前の会社。もう使えません)
名前の表記は同じです。アカウントの統合をお願いします。

山本"""


@mail
def m_t6_ack():
    d = T6_OPEN + dt.timedelta(seconds=14)
    text = """お客様

アマゾン ウェブ サービス (AWS) にお問い合わせいただき、ありがとうございます。お問い合わせの件について、ケース %s を作成いたしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
やり取り: 前の会社のメールで作った認定アカウント (AWS66120934) と、今使っている
アカウントがあります。今の方 (AWS48802117) だけを使えるようにしたいです。

できるだけ早くご回答いたします。このケースの表示や返信は、AWS サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (T6, T6, T6_SUBJ, T6)
    htm = html_doc(text_to_html_lines(text))
    H = aws_mail("jp", T6_USER, d, enc_addr("アマゾン ウェブ サービス", NOREPLY),
                 enc_subj("Amazon Web Services: サポートケース %s を受け付けました" % T6, "utf-8"), jp_mx=BIGLOBE)
    root = alt(tpart(text, charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("console-ja-uketsuke-biglobe", "case_created", "ja", T6, True, H, root, text)


@mail
def m_t6_ask():
    d = jst(2025, 7, 15, 13, 44, 10)
    new = """山本様

AWS トレーニングと認定サポートの松本です。
お問い合わせありがとうございます。

ご依頼の件を進めるにあたって、以下を教えてください。

・それぞれのアカウントのサインイン用メールアドレス
・どちらのアカウントを残したいか
・2 つのアカウントでお名前の表記 (ローマ字) が違う場合は、その理由

わかり次第、このケースに返信してください。
よろしくお願いします。

松本
Amazon Web Services
"""
    text = new + "\n" + CONSOLE_FOOT_JA % T6 + "\n"
    H = aws_mail("jp", T6_USER, d, enc_addr("Amazon Web Services", NOREPLY),
                 enc_subj("RE:[CASE %s] %s" % (T6, T6_SUBJ), "iso-2022-jp"), jp_mx=BIGLOBE)
    root = tpart(text, charset="iso-2022-jp", cte="7bit")
    emit("console-ja-plain-oshiete-kudasai", "support_reply", "ja", T6, True, H, root, new)


@mail
def m_t6_confirm():
    d = jst(2025, 7, 16, 10, 5, 27)
    new = """山本様

松本です。情報ありがとうございました。

いただいた内容で、次のように進める予定です。

  残すアカウント  : AWS48802117 (r-yamamoto@biglobe.ne.jp)
  寄せるアカウント: aws66120934 (ryo.yamamoto@kitasoft.co.jp)

AWS66120934 にある認定と受験履歴を AWS48802117 に寄せたあと、AWS66120934 は
使えなくなります。あとから元の 2 つに分け直すことはできません。

この内容でよければ、「この内容で進めてください」とこのケースに返信してください。
返信をもらってから作業に入ります。

松本
Amazon Web Services
"""
    text = new + "\n" + CONSOLE_FOOT_JA % T6 + "\n\n----- 以前のやり取り -----\n" + T6_USER_Q + "\n"
    H = aws_mail("jp", T6_USER, d, enc_addr("Amazon Web Services", NOREPLY),
                 enc_subj("RE:[CASE %s] %s" % (T6, T6_SUBJ), "utf-8"), jp_mx=BIGLOBE)
    htm = html_doc(text_to_html_lines(text))
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-ja-plain-yoseru-katachi", "merge_confirmation_requested", "ja", T6, True, H, root, new)


@mail
def m_t6_done():
    d = jst(2025, 7, 17, 18, 31, 2)
    new = """山本様

松本です。お待たせしました。

AWS66120934 にあった認定と受験履歴は、すべて AWS48802117 に寄せ終わりました。
r-yamamoto@biglobe.ne.jp で CertMetrics にサインインすると、認定の一覧に
反映されているはずです。AWS66120934 の方はもう使えません。

Credly のバッジは、数日のうちに r-yamamoto@biglobe.ne.jp あてに届きます。
届かない場合は、このケースに返信してください。

松本
Amazon Web Services
"""
    prev = "山本です。\nこの内容で進めてください。よろしくお願いします。"
    text = new + "\n" + CONSOLE_FOOT_JA % T6 + "\n\n----- 以前のやり取り -----\n" + prev + "\n"
    H = aws_mail("jp", T6_USER, d, enc_addr("Amazon Web Services", NOREPLY),
                 enc_subj("RE:[CASE %s] %s" % (T6, T6_SUBJ), "utf-8"), jp_mx=BIGLOBE)
    root = tpart(text, charset="utf-8", cte="base64")
    emit("console-ja-plain-yose-owarimashita", "merge_completed", "ja", T6, True, H, root, new)


@mail
def m_t6_survey():
    d = jst(2025, 7, 17, 18, 32, 45)
    text = """お客様

ケース %s「%s」は解決済みとなりました。

今回のお問い合わせで、問題は解決しましたか?
  はい  : https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

よろしければ 1 分ほどお時間をいただき、今回の対応へのご感想をお寄せください。
いただいた声は、サポートの品質改善に役立てさせていただきます。

14 日以内であれば、AWS サポートセンターからケースを再開できます。

アマゾン ウェブ サービス
""" % (T6, T6_SUBJ, T6, T6)
    htm = html_doc(text_to_html_lines(text))
    H = aws_mail("jp", T6_USER, d, enc_addr("アマゾン ウェブ サービス", NOREPLY),
                 enc_subj("AWS サポート: ケース %s は解決済みになりました - ご感想をお聞かせください" % T6, "iso-2022-jp"), jp_mx=BIGLOBE)
    root = alt(tpart(text, charset="iso-2022-jp", cte="7bit"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("console-ja-kaiketsu-go-kansou", "survey", "ja", T6, True, H, root, text)


@mail
def m_t6_credly():
    d = utc(2025, 7, 24, 15, 0, 7)
    url = "https://www.credly.com/badges/%s/accept" % uuid.UUID(int=R.getrandbits(128), version=4)
    text = """Hi Ryo,

Just a friendly reminder: your badge from Amazon Web Services Training and
Certification is still waiting for you.

    AWS Certified Developer - Associate

It only takes a moment to accept it and start sharing your achievement.

Accept your badge: %s

The Credly Team
""" % url
    htm = credly_html("<p>Hi Ryo,</p><p>Just a friendly reminder: your badge from <b>Amazon Web Services Training and Certification</b> is still waiting for you.</p><p style='text-align:center'><b>AWS Certified Developer &ndash; Associate</b></p><p>It only takes a moment to accept it and start sharing your achievement.</p>",
                      "Accept your badge", url)
    H, root = credly_mail("jp", T6_USER, d, "Credly", "Reminder: Ryo, your AWS Certified Developer - Associate badge is waiting", text, htm, jp_mx=BIGLOBE)
    emit("credly-reminder-accept-badge", "credly_badge_issued", "en", None, True, H, root, text)


# ---------------------------------------------------------------- T7: duplicate case, Kobayashi, iCloud
T7A_OPEN = jst(2025, 6, 20, 21, 5, 44)
T7A = cid15(T7A_OPEN, 388)
T7_OPEN = jst(2025, 6, 27, 8, 31, 2)
T7 = cid15(T7_OPEN, 1907)
T7_USER = "yumi.kb@icloud.com"


def trace_icloud(rcpt, host, ip, mailfrom, dlv, dom, dkim_pass=True):
    H = [("Return-Path", "<%s>" % mailfrom),
         ("Original-Recipient", "rfc822;%s" % rcpt),
         ("Received", "from %s (%s [%s])\n\tby p%02d-mailgateway-smtp-%s.ce-%s.prod.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
          % (host, host, ip, R.randint(10, 99), ralnum(16), R.choice(["usw2a", "use1b"]), ralnum(10, "ABCDEF0123456789"), rcpt, rfc_date(dlv, UTC))),
         ("Authentication-Results", 'bimi.icloud.com; bimi=skipped reason="insufficient dmarc"'),
         ("X-ARC-Info", "policy=fail; arc=none"),
         ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=%s" % dom),
         ("X-DMARC-Info", "pass=pass; dmarc-policy=quarantine; s=r1; d=r1; pdomain=%s" % dom),
         ("X-DMARC-Policy", "v=DMARC1; p=quarantine; pct=100; rua=mailto:report@dmarc.amazon.com; ruf=mailto:report@dmarc.amazon.com"),
         ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=%s header.i=@%s header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s"
          % (dom, dom, ralnum(8), ralnum(8))),
         ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom.split("@")[1], ip, mailfrom.split("@")[1])),
         ("Received-SPF", "pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (mailfrom.split("@")[1], ip, ip, host, mailfrom))]
    return H


def aws_icloud(d, subj):
    H, mid, domm = ses_msg_headers(d, FORM_FROM, T7_USER, subj)
    host, ip = ses_host()
    mailfrom = "%s@amazonses.com" % mid
    T = trace_icloud(T7_USER, host, ip, mailfrom, d + dt.timedelta(seconds=3), "amazon.com") + ses_dkims("amazon.com", d)
    return T + H


T7_FORM = """お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 認定候補者 ID: AWS52164408
お問い合わせ内容:
6/20 に同じ内容で問い合わせましたが、返信がありません。
旧姓の時に会社のメールで作ったアカウント (AWS39057721) があるので、
今のアカウントに統合をお願いします。通知先のメールアドレスは
yumi.kb@icloud.com です。"""


@mail
def m_t7_ack():
    d = T7_OPEN + dt.timedelta(seconds=37)
    text = """小林 由美 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下のとおりお問い合わせを受け付けました。

  ケース ID : %s
  受付日時  : 2025/06/27 08:31 (JST)

内容を拝見のうえ、担当者より順次ご連絡いたします (通常 1 営業日以内)。
本メールにご返信いただくと、同じケースに情報を追加できます。

* This is an automated acknowledgement of your request to AWS Training and
  Certification. Reply to this message to add information to case %s.

AWS トレーニングと認定 サポートチーム
""" % (T7, T7)
    H = aws_icloud(d, "[CASE %s] %s" % (T7, FORM_SUBJ))
    root = tpart(text, charset="utf-8", cte="quoted-printable")
    emit("form-ack-second-case-icloud", "case_created", "ja", T7, True, H, root, text)


T7_R5 = """小林 由美 様

AWS トレーニングと認定 カスタマーサポートの森田と申します。
お問い合わせいただき、ありがとうございます。

お知らせいただいた以前のケース (ケース ID: %s) を調べましたところ、
フォームに通知先のメールアドレスが入っておらず、こちらからのご連絡が
お手元に届いていなかったことがわかりました。ご不便をおかけし、誠に
申し訳ございません。

以前のケースはこちらで閉じさせていただき、今後は本ケース (%s) にて
対応を引き継ぎます。恐れ入りますが、同じご用件で新たなお問い合わせは
作成なさらないようお願いいたします。

つきましては、次の 2 点をお知らせいただけますでしょうか。
 ・お持ちの 2 つのアカウントそれぞれのサインイン用メールアドレス
 ・今後お使いになりたいアカウント (残す方) の AWS 認定候補者 ID

ご返信をお待ちしております。

森田 彩
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート""" % (T7A, T7)


@mail
def m_t7_dup():
    d = jst(2025, 6, 27, 15, 20, 31)
    quoted = "-----Original Message-----\nFrom: %s\nSent: Friday, June 27, 2025 8:31 AM (JST)\nSubject: %s\n\n%s" % (T7_USER, FORM_SUBJ, T7_FORM)
    text = T7_R5 + "\n\n" + quoted + "\n"
    H = aws_icloud(d, "RE:[CASE %s] %s" % (T7, FORM_SUBJ))
    htm = html_doc(text_to_html_lines(T7_R5) + "<hr>" + text_to_html_lines(quoted))
    root = alt(tpart(text, charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("form-previous-case-no-notify-addr-ja", "support_reply", "ja", T7, True, H, root, T7_R5)


@mail
def m_t7_confirm():
    d = jst(2025, 6, 28, 10, 2, 13)
    new = """小林 由美 様

いつもお世話になっております。森田でございます。
ご返信いただき、ありがとうございました。

いただいた情報をもとに、次のとおり手続きを進める予定でございます。

  ・移し替え元: AWS39057721 (yumi.kobayashi@tsubame-kikaku.jp)
      → 手続き後はご利用いただけなくなります
  ・移し替え先: AWS52164408 (yumi.kb@icloud.com)
      → 今後はこちらのアカウントをお使いいただきます

AWS39057721 にございます認定資格・受験履歴・特典をすべて AWS52164408 へ移し、
AWS52164408 に一本化する形となります。一度行いますと、元の状態に戻すことは
いたしかねます。

上記の内容でよろしいか、お手数ながらお確かめいただけますでしょうか。
問題がなければ、その旨を本メールへご返信くださいませ。ご返信を頂戴するまで、
手続きは保留とさせていただきます。

森田 彩
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""
    user = """森田様

ご連絡ありがとうございます。
旧アカウント AWS39057721 は yumi.kobayashi@tsubame-kikaku.jp、
残したいのは AWS52164408 (yumi.kb@icloud.com) です。
よろしくお願いいたします。

小林

iPhoneから送信

2025/06/27 15:20、Amazon Web Services <%s>のメール:

""" % FORM + q_prefix(T7_R5)
    quoted = "-----Original Message-----\nFrom: 小林由美 <%s>\nSent: Friday, June 27, 2025 10:48 PM (JST)\nSubject: Re: RE:[CASE %s] %s\n\n%s" % (T7_USER, T7, FORM_SUBJ, user)
    text = new + "\n\n" + quoted + "\n"
    H = aws_icloud(d, "RE:[CASE %s] %s" % (T7, FORM_SUBJ))
    root = tpart(text, charset="iso-2022-jp", cte="7bit")
    emit("form-utsushikae-moto-saki-icloud", "merge_confirmation_requested", "ja", T7, True, H, root, new)


# ---------------------------------------------------------------- T8: form case, HTML-only templates, Ito, gmail
T8_OPEN = jst(2025, 8, 18, 12, 7, 55)
T8 = cid15(T8_OPEN, 4416)
T8_USER = "sho.ito.dev@gmail.com"


def aws_html_frame(inner):
    return """<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeded"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:14px 28px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="28"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:1.7">
%s
</td></tr>
<tr><td style="padding:12px 28px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. | 410 Terry Ave. North, Seattle, WA 98109-5210<br>
アマゾン ウェブ サービス ジャパン合同会社 | 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
</td></tr></table></td></tr></table>""" % inner


def html_plain(h):
    t = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


@mail
def m_t8_ack():
    d = T8_OPEN + dt.timedelta(seconds=25)
    inner = """<p>伊藤 翔 様</p>
<p>お問い合わせを受け付けました。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="background:#f2f3f3;border:1px solid #d5dbdb">ケース番号</td><td style="border:1px solid #d5dbdb"><b>%s</b></td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #d5dbdb">カテゴリ</td><td style="border:1px solid #d5dbdb">Certification / Account Merge</td></tr>
<tr><td style="background:#f2f3f3;border:1px solid #d5dbdb">受付日時</td><td style="border:1px solid #d5dbdb">2025-08-18 12:08 JST</td></tr>
</table>
<p>担当者から 24 時間以内を目安にご連絡します。<br>
追加の情報はこのメールに返信して送ってください。同じ内容で別のお問い合わせを作ると、対応が遅れることがあります。</p>
<p>AWS トレーニングと認定</p>""" % T8
    h = html_doc(aws_html_frame(inner))
    H = aws_mail("gmail", T8_USER, d, FORM_FROM, enc_subj("[CASE %s] お問い合わせを受け付けました / %s" % (T8, FORM_SUBJ), "utf-8"))
    root = tpart(h, "html", "utf-8", "quoted-printable")
    emit("form-ack-html-only-uketsuke", "case_created", "ja", T8, True, H, root, html_plain(inner))


T8_M_INNER = """<p>伊藤 翔 様</p>
<p>いつもお世話になっております。<br>AWS トレーニングと認定 カスタマーサポートの吉田でございます。</p>
<p>お問い合わせの件につきまして、下記のとおり手続きを承る予定でございます。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th style="border:1px solid #d5dbdb"></th><th style="border:1px solid #d5dbdb">認定候補者 ID</th><th style="border:1px solid #d5dbdb">登録メールアドレス</th><th style="border:1px solid #d5dbdb">手続き後</th></tr>
<tr><td style="border:1px solid #d5dbdb">移し替え元</td><td style="border:1px solid #d5dbdb">AWS70011842</td><td style="border:1px solid #d5dbdb">sho.ito@nagisa-net.co.jp</td><td style="border:1px solid #d5dbdb">閉鎖</td></tr>
<tr><td style="border:1px solid #d5dbdb">移し替え先</td><td style="border:1px solid #d5dbdb">AWS70598213</td><td style="border:1px solid #d5dbdb">sho.ito.dev@gmail.com</td><td style="border:1px solid #d5dbdb">引き続きご利用</td></tr>
</table>
<p>移し替え元に記録されている認定資格・受験履歴・バウチャー等の特典は、すべて移し替え先に引き継がれます。<br>
本手続きは取り消しができませんので、あらかじめご了承ください。</p>
<p>表の内容で差し支えなければ、「問題ありません」とご返信いただけますでしょうか。<br>
いただいたご返信をもちまして、手続きを開始いたします。</p>
<p>吉田 拓也<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>"""


@mail
def m_t8_confirm():
    d = jst(2025, 8, 19, 9, 48, 3)
    h = html_doc(aws_html_frame(T8_M_INNER))
    H = aws_mail("gmail", T8_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T8, FORM_SUBJ))
    root = tpart(h, "html", "utf-8", "base64")
    emit("form-table-utsushikae-html-only", "merge_confirmation_requested", "ja", T8, True, H, root, html_plain(T8_M_INNER))


@mail
def m_t8_progress():
    d = jst(2025, 8, 19, 17, 2, 48)
    new = """伊藤 様

ご返信ありがとうございます。吉田でございます。

現在、担当チームにて AWS70011842 から AWS70598213 への移し替え作業を
行っております。作業が終わり次第、あらためてご連絡いたしますので、
今しばらくお待ちいただけますと幸いです。

なお、作業中は一時的に CertMetrics の認定一覧が正しく表示されない場合が
ございますが、異常ではございませんのでご安心ください。

吉田 拓也
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""
    user = "吉田様\n\n問題ありません。よろしくお願いします。\n\n伊藤 翔"
    attr1 = gmail_attr_ja(jst(2025, 8, 19, 12, 30), "伊藤翔", T8_USER)
    attr2 = gmail_attr_ja(jst(2025, 8, 19, 9, 48), "Amazon Web Services", FORM)
    t8m = html_plain(T8_M_INNER).strip()
    t8m = "\n".join(l.strip() for l in t8m.split("\n") if l.strip())
    qtext = user + "\n\n" + attr2 + "\n" + q_prefix(t8m)
    text = new + "\n\n" + attr1 + "\n" + q_prefix(qtext) + "\n"
    htm = html_doc(text_to_html_lines(new) + '\n<br><div class="gmail_quote"><div class="gmail_attr">' + esc(attr1) + "<br></div>" + quoted_to_html(q_prefix(qtext)) + "</div>")
    H = aws_mail("gmail", T8_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T8, FORM_SUBJ))
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-sagyou-chuu-owari-shidai-renraku", "support_reply", "ja", T8, True, H, root, new)


@mail
def m_t8_done_close():
    d = jst(2025, 8, 21, 11, 15, 20)
    inner = """<p>伊藤 翔 様</p>
<p>吉田でございます。大変お待たせいたしました。</p>
<p>AWS70011842 から AWS70598213 への移し替えが終わり、認定資格・受験履歴ともに <b>AWS70598213</b> に反映済みとなりました。<br>
今後は sho.ito.dev@gmail.com でサインインしてご利用くださいませ。</p>
<p>本件は以上をもちましてクローズとさせていただきます。<br>
後日、今回の対応についてご評価のお願いをお送りする場合がございます。お時間がございましたら、ご協力いただけますと幸いです。</p>
<p>このたびはお問い合わせいただき、誠にありがとうございました。</p>
<p>吉田 拓也<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    h = html_doc(aws_html_frame(inner))
    H = aws_mail("gmail", T8_USER, d, FORM_FROM, "RE:[CASE %s] %s" % (T8, FORM_SUBJ))
    root = tpart(h, "html", "utf-8", "quoted-printable")
    emit("form-hanei-and-close-html-only", "merge_completed", "ja", T8, True, H, root, html_plain(inner))


@mail
def m_t8_survey():
    d = jst(2025, 8, 22, 10, 0, 4)
    btn = "".join('<a href="https://aws.amazon.com/tc-survey/r?c=%s&amp;s=%d" style="display:inline-block;margin:2px;padding:8px 12px;border:1px solid #879596;color:#16191f;text-decoration:none">%s</a>' % (T8, i, t)
                  for i, t in enumerate(["とても満足", "満足", "普通", "不満", "とても不満"], 1))
    inner = """<p>伊藤 翔 様</p>
<p>先日ご案内いたしましたとおり、認定アカウントの一本化は反映済みでございます。ケース %s はクローズいたしました。</p>
<p>よろしければ、今回の対応について下記からご評価をお寄せください (所要時間: 約 1 分)。</p>
<p style="text-align:center">%s</p>
<p>いただいたご感想は、担当者へのフィードバックおよびサービス改善に活用させていただきます。</p>
<p style="font-size:12px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えいたしかねます。</p>""" % (T8, btn)
    h = html_doc(aws_html_frame(inner))
    H = aws_mail("gmail", T8_USER, d, FORM_FROM, enc_subj("[CASE %s] サポートへのご評価のお願い" % T8, "utf-8"))
    root = tpart(h, "html", "utf-8", "base64")
    emit("survey-after-earlier-hanei-html-only", "survey", "ja", T8, True, H, root, html_plain(inner))


# ---------------------------------------------------------------- T9: form case, Watanabe, yahoo.co.jp, keigo
T9_OPEN = jst(2025, 10, 2, 20, 14, 9)
T9 = cid15(T9_OPEN, 512)
T9_USER = "mari_watanabe77@yahoo.co.jp"


def yahoo_trace(rcpt, host, ip, mailfrom, dlv, v, dk):
    H = [("Return-Path", "<%s>" % mailfrom),
         ("Received", "from %s (%s)\n  by mta%d.mail.kks.yahoo.co.jp with SMTP; %s" % (host, ip, R.randint(500, 1200), rfc_date(dlv, JST)))]
    H.append(("Authentication-Results", ar_jp(H[-1][1].split("by ")[1].split(" ")[0], v, "yahoo")))
    H += dk
    return H


def aws_yahoo(d, subj, frm=FORM_FROM):
    H, mid, domm = ses_msg_headers(d, frm, T9_USER, subj)
    host, ip = ses_host()
    mailfrom = "%s@amazonses.com" % mid
    v = v_amz_pass(mailfrom, ip)
    return yahoo_trace(T9_USER, host, ip, mailfrom, d + dt.timedelta(seconds=5), v, ses_dkims("amazon.com", d)) + H


T9_M = """渡辺 真理 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポート担当の中島でございます。

このたびお問い合わせいただきました件につきまして、お客様の認定アカウントを
下記のとおりお取り扱いさせていただく予定でございます。

 ■ 手続き内容
  AWS-12984570 に登録されております認定資格および受験記録を
  aws60342219 へ移し替え、以後は AWS60342219 のみをご利用いただく
  形に一本化いたします。

 ■ ご留意いただきたい点
  ・手続き後、AWS-12984570 ではサインインいただけなくなります。
  ・一度お手続きいたしますと、元に戻すことはできかねます。

大変お手数ではございますが、上記の内容に誤りがないかお確かめのうえ、
本メールへご返信いただけますでしょうか。ご返信を頂戴次第、速やかに
お手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

中島 恵
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート"""


@mail
def m_t9_confirm():
    d = jst(2025, 10, 3, 14, 26, 51)
    H = aws_yahoo(d, "RE:[CASE %s] %s" % (T9, FORM_SUBJ))
    htm = html_doc('<div style="font-family:monospace">' + text_to_html_lines(T9_M) + "</div>")
    root = alt(tpart(T9_M + "\n", charset="iso-2022-jp", cte="7bit"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-yahoo-otashikame-hyphen-ids", "merge_confirmation_requested", "ja", T9, True, H, root, T9_M)


@mail
def m_t9_chaser():
    d = jst(2025, 10, 8, 10, 40, 2)
    new = """渡辺 真理 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中島でございます。

10 月 3 日にお送りいたしましたメールにつきまして、まだご返信を頂戴できて
いないようでしたので、念のため再度ご連絡を差し上げました。
お忙しいところ恐縮ではございますが、下記のメールをご一読のうえ、ご返信
いただけますと幸いです。

なお、本日より 5 営業日を過ぎてもご返信がない場合は、本ケースを一旦
クローズさせていただきます。クローズ後も、本メールへご返信いただければ
ケースを再開いたします。

中島 恵
Amazon Web Services"""
    quoted = "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Friday, October 3, 2025 5:26 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s" % (FORM, T9_USER, T9, FORM_SUBJ, T9_M)
    text = new + "\n\n" + quoted + "\n"
    H = aws_yahoo(d, "RE:[CASE %s] %s" % (T9, FORM_SUBJ))
    root = tpart(text, charset="utf-8", cte="quoted-printable")
    emit("form-yahoo-saido-gorenraku-chaser", "support_reply", "ja", T9, True, H, root, new)


@mail
def m_t9_voucher():
    d = jst(2025, 10, 9, 16, 12, 37)
    new = """渡辺 真理 様

ご返信いただき、誠にありがとうございます。中島でございます。

アカウントの件につきましては、ご返信の内容をもって担当部署へ引き継ぎ
いたしました。お手続きが済みましたら、改めてご案内申し上げます。

また、併せてお問い合わせいただきました 50% 割引バウチャーの件でございますが、
お調べするにあたり、下記をお知らせいただけますでしょうか。

 ・お手元のバウチャーコードの末尾 4 桁
 ・バウチャーを取得された時期 (おおよそで結構です)

お手数をおかけいたしますが、どうぞよろしくお願い申し上げます。

中島 恵
Amazon Web Services"""
    user = """中島様

お世話になっております。渡辺です。
ご連絡が遅くなり申し訳ありません。内容に誤りはありませんので、
アカウントの統合を進めていただけますでしょうか。

また、旧アカウントで取得した 50% 割引のバウチャーがまだ使えるのか
教えていただけますと助かります。

渡辺 真理
"""
    quoted = ("----- Original Message -----\n> From: \"渡辺 真理\" <%s>\n> To: %s\n> Date: 2025/10/09 12:03\n> Subject: Re: RE:[CASE %s] %s\n>\n" % (T9_USER, FORM, T9, FORM_SUBJ)
              + q_prefix(user + "\n----- Original Message -----\nFrom: Amazon Web Services <%s>\nDate: 2025/10/08 10:40\n\n" % FORM + q_prefix(T9_M)))
    text = new + "\n\n" + quoted + "\n"
    H = aws_yahoo(d, "RE:[CASE %s] %s" % (T9, FORM_SUBJ))
    root = tpart(text, charset="iso-2022-jp", cte="7bit")
    emit("form-yahoo-voucher-question", "support_reply", "ja", T9, True, H, root, new)


@mail
def m_t9_done():
    d = jst(2025, 10, 11, 9, 3, 18)
    new = """渡辺 真理 様

いつもお世話になっております。中島でございます。

お待たせいたしました。AWS12984570 から AWS60342219 への移し替えが
済みましたので、ご報告申し上げます。CertMetrics の「認定」画面にて、
これまでの認定資格がすべて AWS60342219 に表示されております。

また、お問い合わせの 50% 割引バウチャーにつきましても、移し替え先の
アカウントにてご利用いただける状態となっております。

今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

中島 恵
Amazon Web Services"""
    H = aws_yahoo(d, "RE:[CASE %s] %s" % (T9, FORM_SUBJ))
    htm = html_doc(text_to_html_lines(new))
    root = alt(tpart(new + "\n", charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("form-yahoo-utsushikae-sumi-houkoku", "merge_completed", "ja", T9, True, H, root, new)


@mail
def m_t9_survey_reminder():
    d = jst(2025, 10, 16, 10, 0, 0)
    text = """渡辺 真理 様

先日お送りいたしました、ケース %s に関するご評価のお願いにつきまして、
まだご回答をいただいていないようでしたので、再度ご案内申し上げます。

担当者の対応はいかがでしたでしょうか。下記のリンクから、5 段階でご評価を
お寄せいただけますと幸いです (所要時間: 約 1 分)。

  https://aws.amazon.com/tc-survey/r?c=%s&lang=ja

いただいたご感想は、今後のサービス向上に役立ててまいります。
すでにご回答いただいている場合は、本メールは破棄してくださいませ。

AWS トレーニングと認定 カスタマーサポート
※本メールは送信専用のアドレスからお送りしております。
""" % (T9, T9)
    H = aws_yahoo(d, enc_subj("【再送】ご評価のお願い [CASE %s]" % T9, "iso-2022-jp"))
    root = tpart(text, charset="iso-2022-jp", cte="7bit")
    emit("survey-saisou-yahoo-iso2022", "survey", "ja", T9, True, H, root, text)


@mail
def m_t9_credly_ja():
    d = utc(2025, 10, 12, 6, 40, 12)
    url = "https://www.credly.com/badges/%s/accept?locale=ja" % uuid.UUID(int=R.getrandbits(128), version=4)
    text = """渡辺 真理 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

    AWS Certified Cloud Practitioner

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで
共有できるようになります。

バッジを受け取る: %s

Credly チーム
""" % url
    htm = credly_html("<p>渡辺 真理 さん</p><p><b>Amazon Web Services Training and Certification</b> から新しいバッジが発行されました。</p><p style='text-align:center'><b>AWS Certified Cloud Practitioner</b></p><p>バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。</p>",
                      "バッジを受け取る", url, "ja")
    subj = enc_subj("Amazon Web Services Training and Certification からバッジが届きました", "utf-8")
    H, root = credly_mail("none", T9_USER, d, "Amazon Web Services Training and Certification via Credly", subj, text, htm)
    # replace generic trace with yahoo trace
    ip = [v for k, v in H if k == "Received"][0].split("[")[1].split("]")[0]
    mf = [v for k, v in H if k == "Return-Path"][0].strip("<>")
    v = {"dkim": [("pass", "credly.com", "s1")], "spf": ("pass", mf, ip), "dmarc": ("pass", "credly.com", "REJECT")}
    H = yahoo_trace(T9_USER, "o5.email.credly.com", ip, mf, d + dt.timedelta(seconds=8), v, [h for h in H if h[0] == "DKIM-Signature"]) + [h for h in H if h[0] not in ("Return-Path", "Received", "DKIM-Signature")]
    emit("credly-ja-badge-todokimashita", "credly_badge_issued", "ja", None, True, H, root, text)


# ---------------------------------------------------------------- T10: corporate Outlook, bilingual agent
T10_OPEN = jst(2025, 11, 4, 9, 55, 0)
T10 = cid15(T10_OPEN, 3077)
T10_USER = "daisuke.suzuki@kaisha-tech.co.jp"
T10_M = """Hello Suzuki-san,
(日本語のご案内は英語の後に記載しております)

Thank you for waiting. I looked up the two Certification accounts registered under your name:

  - AWS88400312 (suzuki.d@old-tech.jp)  -> will be closed
  - AWS23056789 (daisuke.suzuki@kaisha-tech.co.jp)  -> will be kept

Our plan is to bring everything from AWS88400312 (certifications, exam history, benefits) over to AWS23056789, and keep only AWS23056789. This cannot be reversed afterwards.

Could you let us know if this matches what you expect? We will wait for your reply before doing anything.

----------------------------------------
鈴木様

お待たせいたしました。
AWS88400312 の認定情報を AWS23056789 に寄せ、AWS23056789 のみを残す形で
進めてよろしいでしょうか。作業後は元に戻せませんので、差し支えなければ
ご返信にてお知らせいただけますと幸いです。

Best regards / よろしくお願いいたします。
Okada Yuki / 岡田 由紀
Amazon Web Services
AWS Training and Certification Customer Support"""


def aws_t10(d, subj):
    return aws_mail("outlook", T10_USER, d, FORM_FROM, subj, tenant=True)


@mail
def m_t10_confirm():
    d = jst(2025, 11, 5, 8, 47, 33)
    H = aws_t10(d, "RE:[CASE %s] %s" % (T10, FORM_SUBJ))
    htm = html_doc(text_to_html_lines(T10_M), "en")
    root = alt(tpart(T10_M + "\n", charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-bilingual-en-first-bring-over", "merge_confirmation_requested", "en", T10, True, H, root, T10_M, crlf=True)


T10_USER_OK = """岡田様

お世話になっております。鈴木です。
内容問題ありません。進めてください。
Yes, please go ahead.

--
鈴木 大輔 / Daisuke Suzuki
株式会社カイシャテック クラウド推進部
daisuke.suzuki@kaisha-tech.co.jp"""


@mail
def m_t10_done():
    d = jst(2025, 11, 6, 15, 30, 12)
    new = """鈴木様

岡田です。お待たせいたしました。
AWS88400312 の認定情報の移し替えが終わり、AWS23056789 に反映済みです。
今後は AWS23056789 (daisuke.suzuki@kaisha-tech.co.jp) をお使いください。

Suzuki-san, the work is done: AWS23056789 now holds all the certifications
that were on AWS88400312.

岡田 由紀 / Okada Yuki
Amazon Web Services"""
    hist = ("________________________________\n" + outlook_block_ja("鈴木 大輔 <%s>" % T10_USER, jst(2025, 11, 5, 10, 12), "Amazon Web Services <%s>" % FORM, "RE: RE:[CASE %s] %s" % (T10, FORM_SUBJ))
            + "\n" + T10_USER_OK + "\n\n________________________________\n" + outlook_block_en("Amazon Web Services <%s>" % FORM, jst(2025, 11, 5, 8, 47), "Suzuki Daisuke <%s>" % T10_USER, "RE:[CASE %s] %s" % (T10, FORM_SUBJ)) + "\n" + T10_M)
    text = new + "\n\n" + hist + "\n"
    H = aws_t10(d, "RE:[CASE %s] %s" % (T10, FORM_SUBJ))
    htm = html_doc(text_to_html_lines(new) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' + text_to_html_lines(hist) + "</div>")
    root = alt(tpart(text, charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("form-bilingual-ja-first-hanei-outlook-history", "merge_completed", "ja", T10, True, H, root, new, crlf=True)


@mail
def m_t10_credly_followup():
    d = jst(2025, 11, 10, 11, 5, 41)
    new = """鈴木様

岡田です。ご連絡ありがとうございます。

Credly のバッジについてですが、AWS 側の作業とは別に、Credly 上のアカウントが
旧メールアドレス (suzuki.d@old-tech.jp) のまま残っているため、バッジがそちらに
表示されているようです。こちらから Credly へバッジの付け替えを依頼いたしました
ので、数日中に Credly からメールが届く見込みです。

1 週間ほど経っても届かない場合は、お手数ですがこのメールにご返信ください。

岡田 由紀 / Okada Yuki
Amazon Web Services"""
    user = """岡田様

鈴木です。先日はありがとうございました。
CertMetrics では認定がまとまっているのを見られましたが、Credly のバッジが
新しいアドレスに届いていません。どうすればよいでしょうか。

--
鈴木 大輔 / Daisuke Suzuki
株式会社カイシャテック クラウド推進部"""
    hist = "-----Original Message-----\n" + outlook_block_ja("鈴木 大輔 <%s>" % T10_USER, jst(2025, 11, 9, 22, 18), "Amazon Web Services <%s>" % FORM, "RE: RE:[CASE %s] %s" % (T10, FORM_SUBJ)) + "\n" + user
    text = new + "\n\n" + hist + "\n"
    H = aws_t10(d, "RE:[CASE %s] %s" % (T10, FORM_SUBJ))
    root = tpart(text, charset="iso-2022-jp", cte="7bit")
    emit("form-credly-tsukekae-irai-followup", "support_reply", "ja", T10, True, H, root, new, crlf=True)


@mail
def m_t10_credly_moved():
    d = utc(2025, 11, 12, 19, 44, 2)
    url = "https://www.credly.com/earner/earned?source=transfer"
    text = """Hi Daisuke,

At the request of Amazon Web Services Training and Certification, the following
badges have been transferred to the Credly account for daisuke.suzuki@kaisha-tech.co.jp:

  - AWS Certified SysOps Administrator - Associate
  - AWS Certified Solutions Architect - Professional

Accept your badges to show them on your profile and keep sharing them:
%s

If you did not expect this change, please contact support@credly.com.

The Credly Team
""" % url
    htm = credly_html("""<p>Hi Daisuke,</p><p>At the request of <b>Amazon Web Services Training and Certification</b>, the following badges have been transferred to the Credly account for daisuke.suzuki@kaisha-tech.co.jp:</p>
<ul><li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified Solutions Architect &ndash; Professional</li></ul>
<p>Accept your badges to show them on your profile and keep sharing them.</p><p style="font-size:12px;color:#777">If you did not expect this change, please contact support@credly.com.</p>""", "Accept your badges", url)
    H, root = credly_mail("outlook", T10_USER, d, "Credly", "Your badges have been moved to daisuke.suzuki@kaisha-tech.co.jp", text, htm)
    emit("credly-badges-transferred-after-merge", "credly_badge_issued", "en", None, True, H, root, text, crlf=True)


@mail
def m_t10_survey():
    d = jst(2025, 11, 13, 9, 0, 5)
    text = """鈴木 大輔 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
ケース %s はクローズとなりました。

今回のやり取りで、お困りごとは解決しましたか?
  はい   : https://aws.amazon.com/tc-survey/r?c=%s&a=1
  いいえ : https://aws.amazon.com/tc-survey/r?c=%s&a=0

担当者の対応についてのご感想も、ぜひお聞かせください。

-----
Dear Daisuke Suzuki,

Case %s has been closed. Did we resolve your issue? Please let us know using
the links above - it only takes a minute, and your feedback goes straight to
our team.

AWS Training and Certification Customer Support
""" % (T10, T10, T10, T10)
    H = aws_t10(d, enc_subj("[CASE %s] ご意見をお聞かせください / Tell us about your experience" % T10, "utf-8"))
    htm = html_doc(text_to_html_lines(text))
    root = alt(tpart(text, charset="utf-8", cte="base64"), tpart(htm, "html", "utf-8", "base64"), boundary=java_boundary())
    emit("survey-bilingual-ja-first-closed", "survey", "ja", T10, True, H, root, text, crlf=True)


# ---------------------------------------------------------------- look-alikes / phishing about the merge
def ext_trace(provider, rcpt, d, host, ip, mailfrom, v, dk=(), jp_mx=None, jp_style="plain"):
    dlv = d + dt.timedelta(seconds=R.randint(2, 40))
    if provider == "gmail":
        return trace_gmail(rcpt, host, ip, mailfrom, dlv, v, dk)
    if provider == "outlook":
        return trace_outlook(rcpt, host, ip, mailfrom, dlv, v, dk)
    if provider == "yahoo":
        return yahoo_trace(rcpt, host, ip, mailfrom, dlv, v, dk)
    if provider == "jp":
        mx, arh = jp_mx
        return trace_jp(rcpt, mx, host, ip, mailfrom, dlv, v, dk, jp_style, arh)
    raise ValueError(provider)


@mail
def m_phish_ja_confirm():
    d = jst(2025, 6, 3, 19, 2, 45)
    new = """佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の認定アカウントについて、下記のとおりアカウントを一本化するお申し込みを
受け付けております。

  移し替え元: AWS04418273
  移し替え先: AWS09120456

お手続きを進めるには、以下のページにサインインのうえ、移し替え元・移し替え先の
アカウント情報をお確かめください。

▼お手続きページ
https://aws-training-support.jp/certification/merge/verify?cid=AWS09120456&t=8f3a91c2

※48 時間以内にお手続きいただけない場合、両方のアカウントが一時的にロックされ、
　保有資格が無効となる場合がございます。あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート
Copyright (C) 2025 Amazon Web Services, Inc. All rights reserved."""
    host, ip = "vps-4471.kagoya-host.net", "133.18.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce-%s@aws-training-support.jp" % ralnum(6)
    v = {"dkim": [("pass", "aws-training-support.jp", "default")], "spf": ("pass", mf, ip), "dmarc": ("pass", "aws-training-support.jp", "NONE")}
    dk = [("DKIM-Signature", dkim_sig("aws-training-support.jp", "default", d, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "relaxed/relaxed"))]
    T = ext_trace("gmail", T1_USER, d, host, ip, mf, v, dk)
    T.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby vps-4471.kagoya-host.net (Postfix) with ESMTPA id 3C1A2E0F21\n\tfor <%s>; %s" % (T1_USER, rfc_date(d, JST))))
    H = T + [("Date", rfc_date(d, JST)), ("From", enc_addr("AWS トレーニングと認定", "certification@aws-training-support.jp", "shift_jis")),
             ("To", T1_USER), ("Message-ID", "<%s@aws-training-support.jp>" % rhex(24)),
             ("Subject", enc_subj("【要対応】AWS認定アカウントの一本化に関するお確かめのお願い", "shift_jis")),
             ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    root = tpart(new + "\n", charset="shift_jis", cte="base64")
    emit("phish-ja-lookalike-ikkatsu-otashikame", "merge_confirmation_requested", "ja", None, False, H, root, new)


@mail
def m_phish_spoof_dmarc_fail():
    d = utc(2025, 6, 11, 0, 41, 52)
    fake = "174960011200213"
    new = """Dear Customer,

As part of your Certification account merge request, we need you to confirm that the account AWS10293847 should be merged into AWS77312098.

To confirm, please sign in with your AWS credentials at the secure link below within 24 hours. If we do not receive your confirmation, the request will be cancelled and both accounts may be suspended for security reasons.

Confirm merge: http://aws-certmetrics-verify.com/merge/confirm?case=%s

Best regards,
AWS Training and Certification
Amazon Web Services""" % fake
    host, ip = "mail.mailer-cloud7.xyz", "185.224.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "bounce@mailer-cloud7.xyz"
    v = {"spf": ("pass", mf, ip), "dkim": [], "dmarc": ("fail", "amazon.com", None)}
    T = ext_trace("outlook", T2_USER, d, host, ip, mf, v)
    # forged block lower in the header, added by the sender
    T += [("Received", "from smtp-out.amazon.com (smtp-out.amazon.com [54.240.8.1])\n\tby mx.amazon.com with ESMTPS id 4f8a2c1d; %s" % rfc_date(d - dt.timedelta(seconds=5), UTC)),
          ("Authentication-Results", "mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")]
    H = T + [("Date", rfc_date(d, UTC)), ("From", FORM_FROM), ("Reply-To", "aws-merge-desk@aws-certmetrics-verify.com"), ("To", T2_USER),
             ("Message-ID", "<%s-%s-000000@email.amazonses.com>" % ("0100" + rhex(12), uuid.UUID(int=R.getrandbits(128), version=4))),
             ("Subject", "RE:[CASE %s] Action required: confirm your account merge" % fake)]
    htm = html_doc(text_to_html_lines(new).replace("http://aws-certmetrics-verify.com/merge/confirm?case=%s" % fake,
                   '<a href="http://aws-certmetrics-verify.com/merge/confirm?case=%s">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a>' % (fake, fake)), "en")
    root = alt(tpart(new + "\n", charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"))
    emit("phish-spoofed-amazon-dmarc-fail-forged-ar", "merge_confirmation_requested", "en", fake, False, H, root, new, crlf=True)


@mail
def m_phish_ja_done():
    d = jst(2025, 7, 19, 7, 12, 3)
    new = """山本 様

平素より AWS 認定をご利用いただき、ありがとうございます。

お客様の AWS 認定アカウント (AWS48802117) への移し替えが反映されました。
旧アカウントでお持ちの特典 (受験料 50% 割引・認定者限定イベント) を引き継ぐには、
72 時間以内に下記のページよりご本人様情報とお支払い方法をご登録ください。

  https://aws-certification-jp.net/benefit/transfer?m=r-yamamoto

期限を過ぎますと、特典は自動的に失効いたします。

AWS 認定事務局"""
    host, ip = "smtp.aws-certification-jp.net", "45.94.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "info@aws-certification-jp.net"
    v = {"spf": ("softfail", mf, ip), "dkim": [("none", "aws-certification-jp.net", "-")], "dmarc": ("none", "aws-certification-jp.net", None)}
    T = ext_trace("jp", T6_USER, d, host, ip, mf, v, jp_mx=BIGLOBE)
    T = [t for t in T]
    H = T + [("Date", rfc_date(d, JST)), ("From", enc_addr("AWS 認定事務局", mf)), ("To", T6_USER),
             ("Message-ID", "<%s.%s@smtp.aws-certification-jp.net>" % (int(d.timestamp()), rhex(8))),
             ("Subject", enc_subj("【AWS】アカウントの移し替えが反映されました", "utf-8")), ("X-Mailer", "Microsoft Outlook 16.0")]
    # sloppy mailer: utf-8 bytes labelled us-ascii
    root = tpart(new + "\n", charset="utf-8", cte="8bit", label="us-ascii")
    emit("phish-ja-utsushikae-hanei-wrong-charset", "merge_completed", "ja", None, False, H, root, new)


@mail
def m_phish_credly():
    d = utc(2025, 8, 24, 3, 15, 9)
    new = """Hi Sho,

Following the merge of your AWS Certification accounts, 3 badges have been moved
to your Credly wallet and are ready to be claimed:

  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

Claim your badges within 7 days, otherwise they will be revoked by the issuer.

Claim my badges: https://credly-badges.net/claim?u=sho.ito.dev%40gmail.com

The Credly Team"""
    host, ip = "mta2.credly-badges.net", "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "no-reply@credly-badges.net"
    v = {"dkim": [("pass", "credly-badges.net", "mail")], "spf": ("pass", mf, ip), "dmarc": ("pass", "credly-badges.net", "NONE")}
    dk = [("DKIM-Signature", dkim_sig("credly-badges.net", "mail", d, "from:to:subject:date:message-id", "relaxed/relaxed"))]
    T = ext_trace("gmail", T8_USER, d, host, ip, mf, v, dk)
    H = T + [("Date", rfc_date(d, UTC)), ("From", '"Credly" <no-reply@credly-badges.net>'), ("To", T8_USER),
             ("Message-ID", "<%s@credly-badges.net>" % uuid.UUID(int=R.getrandbits(128), version=4)),
             ("Subject", "Action required: claim the badges moved from your merged AWS account")]
    htm = credly_html(text_to_html_lines(new.rsplit("Claim my badges", 1)[0]), "Claim my badges", "https://credly-badges.net/claim?u=sho.ito.dev%40gmail.com")
    root = alt(tpart(new + "\n", charset="us-ascii", cte="7bit"), tpart(htm, "html", "utf-8", "base64"))
    emit("phish-credly-lookalike-badges-moved", "credly_badge_issued", "en", None, False, H, root, new)


@mail
def m_phish_ja_password():
    d = jst(2025, 10, 4, 21, 33, 50)
    new = """渡辺 真理 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートでございます。

先日お問い合わせいただきましたアカウントの件につきまして、お手続きの前に
ご本人様であることを確かめさせていただく必要がございます。
お手数ですが、お持ちの各アカウントのサインイン用メールアドレスと
パスワードを、本メールへのご返信にてお知らせくださいませ。

ご本人様であることが確かめられ次第、アカウントを寄せる作業に入らせて
いただきます。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート"""
    host, ip = "mail.amazon-support-jp.com", "103.153.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "aws-cs-trainingcertification-form@amazon-support-jp.com"
    v = {"spf": ("pass", mf, ip), "dkim": [("none", "amazon-support-jp.com", "-")], "dmarc": ("none", "amazon-support-jp.com", None)}
    T = ext_trace("yahoo", T9_USER, d, host, ip, mf, v)
    H = T + [("Date", rfc_date(d, JST)), ("From", enc_addr("Amazon Web Services", mf)), ("To", T9_USER),
             ("Message-ID", "<%s@amazon-support-jp.com>" % rhex(20)),
             ("Subject", enc_subj("Re: 認定アカウントの件につきまして(ご本人様確認のお願い)", "iso-2022-jp"))]
    root = tpart(new + "\n", charset="iso-2022-jp", cte="7bit")
    emit("phish-ja-password-request-lookalike", "support_reply", "ja", None, False, H, root, new)


# ---------------------------------------------------------------- unrelated mail
@mail
def u_seller_central():
    d = jst(2025, 6, 5, 16, 22, 9)
    sc = "9137745021"
    new = """佐藤 健太 様

Amazon セラーセントラルへお問い合わせいただき、ありがとうございます。
セラーサポートの林でございます。

お問い合わせいただきました、出品用アカウントの統合についてご案内いたします。
Amazon では原則として、1 つの事業者につき 1 つの出品用アカウントのみご利用
いただけます。過去に作成された別の出品用アカウントがある場合、在庫および
出品情報を現在のアカウントへまとめていただいたうえで、不要なアカウントの
閉鎖手続きをお願いしております。

閉鎖をご希望のアカウントのマーチャントトークン (例: A1B2C3D4E5F6G7) を
本ケースにてお知らせいただけますでしょうか。

今後とも Amazon.co.jp をよろしくお願い申し上げます。

林
Amazon セラーサポート
https://sellercentral.amazon.co.jp/"""
    host, ip = "a27-%d.smtp-out.us-west-2.amazonses.com" % R.randint(1, 250), "54.240.27.%d" % R.randint(1, 250)
    mid, dom = ses_id(d, "us-west-2")
    mf = "%s@us-west-2.amazonses.com" % mid
    v = {"dkim": [("pass", "amazon.co.jp", "rvkgx2upcbzmgbgjm6ogluhmj2nomy2b"), ("pass", "amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv")],
         "spf": ("pass", mf, ip), "dmarc": ("pass", "amazon.co.jp", "QUARANTINE")}
    dk = [("DKIM-Signature", dkim_sig("amazon.co.jp", "rvkgx2upcbzmgbgjm6ogluhmj2nomy2b", d, SES_H)),
          ("DKIM-Signature", dkim_sig("amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv", d, SES_H))]
    T = ext_trace("gmail", T1_USER, d, host, ip, mf, v, dk)
    H = T + [("Date", rfc_date(d, UTC)), ("From", enc_addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp")), ("To", T1_USER),
             ("Message-ID", "<%s@%s>" % (mid, dom)),
             ("Subject", enc_subj("RE:[CASE %s] 出品用アカウントの統合について" % sc, "utf-8"))]
    root = alt(tpart(new + "\n", charset="utf-8", cte="quoted-printable"), tpart(html_doc(text_to_html_lines(new)), "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("unrel-seller-central-ja-shuppin-tougou", "unrelated", "ja", sc, True, H, root, new)


@mail
def u_billing_case():
    opened = jst(2025, 11, 7, 14, 2, 11)
    bc = cid15(opened, 1266)
    d = jst(2025, 11, 8, 10, 31, 40)
    subj = "請求書の宛名と複数アカウントの請求について"
    new = """鈴木様

アマゾン ウェブ サービス 請求およびアカウントサポートの三浦です。
お問い合わせいただき、ありがとうございます。

複数の AWS アカウントの請求を 1 つにまとめたいとのご要望について、
AWS Organizations の一括請求 (コンソリデーティッドビリング) をご利用いただくと、
各メンバーアカウントの利用料金を管理アカウントに寄せて、請求書を一本化できます。

  管理アカウント候補 : 4021-8836-1170
  メンバーアカウント : 7730-1254-9981, 5528-0043-6619

なお、既に発行済みの 10 月分の請求書について宛名の変更をご希望の場合は、
請求書の PDF をお送りいただく必要はございません。変更後の宛名を本ケースに
ご記入ください。

よろしくお願いいたします。

三浦
Amazon Web Services
"""
    foot = CONSOLE_FOOT_JA % bc
    text = new + "\n" + foot + "\n"
    H = aws_mail("outlook", T10_USER, d, enc_addr("Amazon Web Services", NOREPLY), enc_subj("RE:[CASE %s] %s" % (bc, subj), "utf-8"), tenant=True)
    root = alt(tpart(text, charset="utf-8", cte="base64"), tpart(html_doc(text_to_html_lines(text)), "html", "utf-8", "base64"), boundary=java_boundary())
    emit("unrel-aws-billing-case-ikkatsu-seikyu", "unrelated", "ja", bc, True, H, root, new, crlf=True)


@mail
def u_newsletter():
    d = utc(2025, 9, 10, 1, 0, 0)
    inner = """<h2 style="font-size:20px">AWS 認定ニュースレター 2025 年 9 月号</h2>
<p>いつも AWS 認定をご活用いただき、ありがとうございます。今月のトピックをお届けします。</p>
<h3>1. AWS Certified Generative AI Developer - Professional (ベータ) の受付開始</h3>
<p>新しいプロフェッショナルレベルの認定試験のベータ版の受付を開始しました。ベータ期間中は受験料が 50% になります。</p>
<h3>2. 認定アカウントが複数ありませんか?</h3>
<p>転職などで異なるメールアドレスの認定アカウントをお持ちの場合、AWS トレーニングと認定のお問い合わせフォームから 1 つにまとめるご依頼をいただけます。詳しくは FAQ をご覧ください。</p>
<h3>3. AWS Summit Japan 2025 のセッション動画を公開</h3>
<p>認定者ラウンジでご紹介したセッションのアーカイブをオンデマンドでご覧いただけます。</p>
<p style="font-size:11px;color:#687078">このメールは AWS 認定の保有者の皆様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>から。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>"""
    h = html_doc(aws_html_frame(inner))
    text = html_plain(inner)
    H = aws_mail("jp", T6_USER, d, enc_addr("AWS 認定", "aws-marketing-email-replies@amazon.com"),
                 enc_subj("【AWS 認定ニュースレター】9 月号: 新試験ベータ、認定アカウントのまとめ方ほか", "utf-8"), jp_mx=BIGLOBE,
                 extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"), ("Precedence", "bulk")])
    root = alt(tpart(re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n", charset="utf-8", cte="quoted-printable"), tpart(h, "html", "utf-8", "quoted-printable"), boundary=java_boundary())
    emit("unrel-newsletter-ja-cert-tips", "unrelated", "ja", None, True, H, root, text)


@mail
def u_certmetrics():
    d = utc(2025, 6, 20, 16, 5, 1)
    new = """Dear Misaki Nakamura,

Candidate ID: AWS77312098

AWS Certification wants to hear from you! You recently earned an AWS Certification, and we would like to learn about your experience preparing for and taking the exam.

The survey takes about 10 minutes. Your responses are confidential and will be used to improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s

Thank you,
AWS Certification

Please do not reply to this email. This mailbox is not monitored.""" % rhex(24)
    host, ip = "mail.certmetrics.com", "52.44.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "do-not-reply@certmetrics.com"
    v = {"dkim": [("pass", "certmetrics.com", "selector1")], "spf": ("pass", mf, ip), "dmarc": ("pass", "certmetrics.com", "NONE")}
    dk = [("DKIM-Signature", dkim_sig("certmetrics.com", "selector1", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version", "relaxed/relaxed"))]
    T = ext_trace("outlook", T2_USER, d, host, ip, mf, v, dk)
    H = T + [("Date", rfc_date(d, UTC)), ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'), ("To", T2_USER),
             ("Message-ID", "<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128), version=4)),
             ("Subject", "AWS Certification wants to hear from you")]
    root = alt(tpart(new + "\n", charset="us-ascii", cte="7bit"), tpart(html_doc(text_to_html_lines(new), "en"), "html", "utf-8", "quoted-printable"))
    emit("unrel-certmetrics-wants-to-hear", "unrelated", "en", None, False, H, root, new, crlf=True)


@mail
def u_pearson():
    d = jst(2025, 7, 1, 20, 48, 16)
    new = """佐藤 健太 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

■ご予約内容
①試験名　: AWS Certified Solutions Architect - Professional (SAP-C02)
②試験言語: 日本語
③日時　　: 2025年7月26日(土) 13:00～ (JST)
④会場　　: オンライン監督試験 (OnVUE)
⑤登録 ID : 482771093
⑥AWS 認定候補者 ID: AWS09120456

試験開始の 30 分前からチェックインが可能です。
ご予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソン VUE カスタマーサービス
https://home.pearsonvue.com/aws"""
    host, ip = "mail-sor-%s.pearson.com" % ralnum(3), "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "pearsonvuecustomerservice@pearson.com"
    v = {"dkim": [("pass", "pearson.com", "s2048")], "spf": ("pass", mf, ip), "dmarc": ("pass", "pearson.com", "REJECT")}
    dk = [("DKIM-Signature", dkim_sig("pearson.com", "s2048", d, "From:To:Subject:Date:Message-ID", "relaxed/relaxed"))]
    T = ext_trace("gmail", T1_USER, d, host, ip, mf, v, dk)
    H = T + [("Date", rfc_date(d, JST)), ("From", enc_addr("Pearson VUE", mf)), ("To", T1_USER),
             ("Message-ID", "<%d.%s.JavaMail.vueprod@pearson.com>" % (R.randint(10**8, 10**9), ralnum(6))),
             ("Subject", enc_subj("Pearson VUE 試験予約のご案内: AWS Certified Solutions Architect - Professional", "shift_jis"))]
    # cp932-only characters (circled digits, fullwidth tilde) under a plain "shift_jis" label
    root = tpart(new + "\n", charset="cp932", cte="8bit", label="shift_jis")
    emit("unrel-pearson-vue-yoyaku-sjis-cp932", "unrelated", "ja", None, False, H, root, new)


@mail
def u_builder_id():
    d = jst(2025, 8, 2, 22, 3, 55)
    new = """AWS Builder ID の E メールアドレスの検証

AWS Builder ID の作成を続行するには、次の検証コードを入力してください。

  検証コード: 418 302

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
このメッセージは Amazon Web Services, Inc. から送信されました。"""
    mid, dom = ses_id(d)
    host, ip = ses_host()
    H = [("Return-Path", "<%s@amazonses.com>" % mid),
         ("Received", "from %s (%s [%s])\n\tby mail.kcn.ne.jp with ESMTP id %s\n\tfor <%s>; %s" % (host, host, ip, ralnum(12), T4_USER, rfc_date(d + dt.timedelta(seconds=3), JST))),
         ("DKIM-Signature", dkim_sig("signin.aws", "ug6wzxk4ehpsn7nzx3ttk5ik4wwo4wbd", d, SES_H)),
         ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, d, SES_H)),
         ("Date", rfc_date(d, UTC)), ("From", "AWS <no-reply@signin.aws>"), ("To", T4_USER),
         ("Message-ID", "<%s@%s>" % (mid, dom)), ("Subject", enc_subj("AWS Builder ID の E メールアドレスを検証してください", "utf-8"))]
    root = alt(tpart(new + "\n", charset="utf-8", cte="base64"), tpart(html_doc(text_to_html_lines(new)), "html", "utf-8", "base64"), boundary=java_boundary())
    emit("unrel-builder-id-code-ja-noauth", "unrelated", "ja", None, None, H, root, new)


@mail
def u_github():
    d = utc(2025, 11, 5, 6, 12, 44)
    new = """Merged #218 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaisha-tech/cert-portal/pull/218#event-1548823091
You are receiving this because you authored the thread.

Message ID: <kaisha-tech/cert-portal/pull/218/issue_event/1548823091@github.com>"""
    host, ip = "out-%d.smtp.github.com" % R.randint(20, 28), "192.30.252.%d" % R.randint(190, 210)
    mf = "noreply@github.com"
    v = {"dkim": [("pass", "github.com", "pf2023")], "spf": ("pass", mf, ip), "dmarc": ("pass", "github.com", "REJECT")}
    dk = [("DKIM-Signature", dkim_sig("github.com", "pf2023", d, "Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From", "relaxed/relaxed"))]
    T = ext_trace("outlook", T10_USER, d, host, ip, mf, v, dk)
    H = T + [("Date", rfc_date(d, UTC)), ("From", "Kenji Ono <notifications@github.com>"),
             ("Reply-To", "kaisha-tech/cert-portal <reply+AB3K2M@reply.github.com>"), ("To", "kaisha-tech/cert-portal <cert-portal@noreply.github.com>"),
             ("Cc", "Daisuke Suzuki <%s>, Author <author@noreply.github.com>" % T10_USER),
             ("Message-ID", "<kaisha-tech/cert-portal/pull/218/issue_event/1548823091@github.com>"),
             ("In-Reply-To", "<kaisha-tech/cert-portal/pull/218@github.com>"), ("References", "<kaisha-tech/cert-portal/pull/218@github.com>"),
             ("Subject", "Re: [kaisha-tech/cert-portal] Fix duplicate candidate merge in cert sync batch (PR #218)"),
             ("List-ID", "kaisha-tech/cert-portal <cert-portal.kaisha-tech.github.com>"), ("X-GitHub-Reason", "author")]
    htm = html_doc('<p>Merged <a class="issue-link" href="https://github.com/kaisha-tech/cert-portal/pull/218">#218</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kaisha-tech/cert-portal/pull/218#event-1548823091">view it on GitHub</a>.</p>', "en")
    root = alt(tpart(new + "\n", charset="utf-8", cte="quoted-printable"), tpart(htm, "html", "utf-8", "quoted-printable"), boundary="--==_mimepart_%s_%d" % (rhex(13), R.randint(10000, 99999)))
    emit("unrel-github-merged-pr-notification", "unrelated", "en", None, False, H, root, new, crlf=True)


@mail
def u_credly_selfmerge():
    d = utc(2025, 11, 11, 2, 20, 30)
    text = """Hi Daisuke,

We received a request to merge the Credly account for suzuki.d@old-tech.jp into
your Credly account daisuke.suzuki@kaisha-tech.co.jp.

Your verification code is: 583214

Enter this code on the merge page, or use the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

This code expires in 24 hours. If you did not request this, you can ignore this email.

The Credly Team
""" % rhex(32)
    htm = credly_html("<p>Hi Daisuke,</p><p>We received a request to merge the Credly account for suzuki.d@old-tech.jp into your Credly account daisuke.suzuki@kaisha-tech.co.jp.</p><p>Your verification code is: <b style='font-size:20px;letter-spacing:3px'>583214</b></p><p>This code expires in 24 hours. If you did not request this, you can ignore this email.</p>",
                      "Complete Account Merge", "https://www.credly.com/users/merge/confirm")
    H, root = credly_mail("outlook", T10_USER, d, "Credly", "Your Credly account merge verification code", text, htm)
    emit("unrel-credly-self-service-merge-code", "unrelated", "en", None, True, H, root, text, crlf=True)


@mail
def u_credly_expiry():
    d = utc(2025, 9, 28, 14, 0, 11)
    text = """Hi Kenta,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services
Training and Certification, will expire in 30 days (on October 28, 2025).

To keep your badge active, check the recertification requirements from the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

The Credly Team
"""
    htm = credly_html("<p>Hi Kenta,</p><p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, will expire in 30 days (on October 28, 2025).</p><p>To keep your badge active, check the recertification requirements from the issuer.</p>",
                      "View your badge", "https://www.credly.com/earner/earned")
    H, root = credly_mail("gmail", T1_USER, d, "Credly", "Your AWS Certified Cloud Practitioner badge expires in 30 days", text, htm)
    emit("unrel-credly-badge-expiry-30days", "unrelated", "en", None, True, H, root, text)


@mail
def u_phish_amazon_jp_payment():
    d = jst(2025, 10, 14, 3, 12, 40)
    new = """Amazon お客様

お客様の Amazon アカウントに登録されているお支払い方法の有効期限が切れているため、
ご注文の発送を保留しております。

24 時間以内に下記よりお支払い情報を更新してください。更新が確認できない場合、
アカウントは一時的に停止されます。

  お支払い情報を更新する
  https://amazon-co-jp.account-renew-center.com/ap/signin

Amazon.co.jp カスタマーサービス"""
    host, ip = "mail%d.renew-center-mta.top" % R.randint(1, 9), "194.87.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    mf = "info@renew-center-mta.top"
    v = {"spf": ("pass", mf, ip), "dkim": [("none", "amazon.co.jp", "-")], "dmarc": ("fail", "amazon.co.jp", "QUARANTINE")}
    T = ext_trace("yahoo", T9_USER, d, host, ip, mf, v)
    H = T + [("Date", rfc_date(d, JST)), ("From", enc_addr("Amazon.co.jp", "account-update@amazon.co.jp", "iso-2022-jp")), ("To", T9_USER),
             ("Message-ID", "<%s@mail.renew-center-mta.top>" % rhex(16)),
             ("Subject", enc_subj("【Amazon.co.jp】お支払い方法の更新が必要です (アカウント一時停止のお知らせ)", "iso-2022-jp")),
             ("X-Mailer", "Foxmail 7.2")]
    root = alt(tpart(new + "\n", charset="iso-2022-jp", cte="7bit"), tpart(html_doc(text_to_html_lines(new)), "html", "shift_jis", "base64"))
    emit("unrel-phish-amazon-jp-payment-dmarc-fail", "unrelated", "ja", None, False, H, root, new)

# === END MAILS ===


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for f in MAIL_FUNCS:
        f()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(LABELS, fp, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
