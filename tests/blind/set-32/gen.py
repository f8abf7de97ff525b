#!/usr/bin/env python3
"""Generate set-32: realistic .eml files about AWS Certification account merges.

Mostly Japanese (agents and users), some English.  Run: python3 make_set.py
"""
import base64
import html
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(3232)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
LABELS = {}
PLACEHOLDERS = {}

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}

SEL_AMZ = "rf2oxgy4ozwxdd4nwdwxkugf7u3ptiqa"
SEL_SES = "224i4yxa5dv7c2xz3womw6peuasteono"


# ----------------------------------------------------------------- helpers
def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix:05d}"


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def fold_b64(s, width=70, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def ew(s, charset="utf-8", chunk=14, enc="B"):
    """RFC 2047 encoded-words, split over several folded lines."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(CODECS[charset])
        if enc == "B":
            words.append(f"=?{charset.upper()}?B?{base64.b64encode(piece).decode()}?=")
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122)
                        else f"={b:02X}" for b in piece)
            words.append(f"=?{charset.upper()}?Q?{q}?=")
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()<>@:;\"[]"):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, chunk=10)} <{email}>"


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         codec=None):
    data = text.encode(codec or CODECS[charset])
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    del p["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(data).decode()
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode()
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        tok = f"@@PLACEHOLDER{len(PLACEHOLDERS)}@@"
        PLACEHOLDERS[tok] = data
        payload = tok + "\n"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or f"----=_Part_{rnd.randint(100000, 999999)}_{rnd.randint(10**8, 10**9)}.{rnd.randint(10**12, 10**13)}")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def t2h(text, lang="ja"):
    """Very plain text -> HTML conversion (AWS style)."""
    body = "<br>\n".join(html.escape(line) for line in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="UTF-8"></head>\n'
            f'<body><div style="font-family: Arial, sans-serif; font-size: 14px;">\n'
            f"{body}\n</div></body></html>\n")


def quote(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------- senders
def aws_sender(dt, from_dom="amazon.com"):
    ms = int(dt.timestamp() * 1000)
    uid = f"{hexr(8)}-{hexr(4)}-4{hexr(3)}-{rnd.choice('89ab')}{hexr(3)}-{hexr(12)}"
    local = f"0100{ms:012x}-{uid}-000000"
    n = rnd.choice([8, 48, 11, 27, 4])
    last = rnd.randint(2, 250)
    ip = f"54.240.{n}.{last}"
    host = f"a{n}-{last}.smtp-out.amazonses.com"
    h = "From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID"
    dk = [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={SEL_AMZ}; d={from_dom}; t={int(dt.timestamp())};\n\th={h};\n\tbh={b64r(32)};\n\tb={fold_b64(b64r(256))}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={SEL_SES}; d=amazonses.com; t={int(dt.timestamp())};\n\th={h}:Feedback-ID;\n\tbh={b64r(32)};\n\tb={fold_b64(b64r(256))}"),
    ]
    return dict(ip=ip, host=host, mailfrom=f"{local}@amazonses.com", mailfrom_dom="amazonses.com",
                dkims=[(from_dom, SEL_AMZ, "pass"), ("amazonses.com", SEL_SES, "pass")],
                from_dom=from_dom, dmarc="pass", p="QUARANTINE", spf="pass",
                msgid=f"<{local}@email.amazonses.com>", dkim_headers=dk,
                tail=[("Feedback-ID", f"::1.us-east-1.{b64r(32)[:43]}=:AmazonSES"),
                      ("X-SES-Outgoing", f"{dt:%Y.%m.%d}-{ip}")])


def credly_sender(dt, to):
    ip = f"149.72.{rnd.randint(1, 250)}.{rnd.randint(2, 250)}"
    host = f"{alnum(8)}.outbound-mail.sendgrid.net"
    mf = f"bounces+3116412-{hexr(4)}-{to.replace('@', '=')}@em8745.credly.com"
    h = "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to"
    dk = [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;\n\th={h};\n\ts=s1; bh={b64r(32)};\n\tb={fold_b64(b64r(256))}"),
    ]
    return dict(ip=ip, host=host, mailfrom=mf, mailfrom_dom="em8745.credly.com",
                dkims=[("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                from_dom="credly.com", dmarc="pass", p="NONE", spf="pass",
                msgid=f"<{b64r(16)[:22].replace('/', 'x').replace('+', 'Q')}@geopod-ismtpd-{rnd.randint(1, 40)}>",
                dkim_headers=dk,
                tail=[("X-Feedback-ID", f"3116412:SG"), ("X-SG-EID", b64r(60))])


def generic_sender(*, ip, host, mailfrom, from_dom, dkims, dmarc="pass", p="NONE", spf="pass",
                   msgid_dom=None, sign=True, tail=None):
    dk = []
    if sign:
        for d, s, r in dkims:
            dk.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={rnd.randint(1735000000, 1790000000)};\n\th=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;\n\tbh={b64r(32)};\n\tb={fold_b64(b64r(256))}"))
    return dict(ip=ip, host=host, mailfrom=mailfrom, mailfrom_dom=mailfrom.split("@")[1],
                dkims=dkims, from_dom=from_dom, dmarc=dmarc, p=p, spf=spf,
                msgid=f"<{alnum(24)}@{msgid_dom or from_dom}>", dkim_headers=dk, tail=tail or [])


# ----------------------------------------------------------------- receiving providers
def _fmt(dt, tz, paren=False):
    d = dt.astimezone(tz)
    s = format_datetime(d)
    return s + (f" ({d.tzname()})" if paren else "")


def rx_gmail(to, dt, s):
    f = _fmt(dt, PT, True)
    lines = [f"       dkim={r} header.i=@{d} header.s={sel} header.b={b64r(6)[:8]}"
             for d, sel, r in s["dkims"]]
    if s["spf"] == "pass":
        lines.append(f"       spf=pass (google.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
    else:
        lines.append(f"       spf={s['spf']} (google.com: domain of {s['mailfrom']} does not designate {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']}")
    dis = "NONE" if s["dmarc"] == "pass" else "QUARANTINE"
    lines.append(f"       dmarc={s['dmarc']} (p={s['p']} sp={s['p']} dis={dis}) header.from={s['from_dom']}")
    ar = ";\n".join(lines)
    sid = f"{alnum(20)}.{rnd.randint(100, 999)}.{dt:%Y}.{dt:%m}.{dt:%d}.{dt:%H}.{dt:%M}.{dt:%S}"
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)} with SMTP id {alnum(10)};\n        {f}"),
        ("X-Google-Smtp-Source", "AGHT+I" + b64r(60)[:74]),
        ("X-Received", f"by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)} with SMTP id {alnum(10)}-{rnd.randint(10000, 99999)}.{rnd.randint(10, 99)}.{rnd.randint(1700000000000, 1790000000000)};\n        {f}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(dt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64r(256), 62, '         ')}"),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={fold_b64(b64r(256), 62, '         ')}"),
        ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + ar),
        ("Return-Path", f"<{s['mailfrom']}>"),
        ("Received", f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {sid}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {f}"),
        ("Received-SPF", f"{s['spf']} (google.com: domain of {s['mailfrom']} {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"),
        ("Authentication-Results", "mx.google.com;\n" + ar),
    ]


def rx_o365(to, dt, s, tenant="apcprd06", forged_below=None):
    f = _fmt(dt, UTC)
    n = rnd.randint(1000, 9999)
    dk = s["dkims"][0] if s["dkims"] else None
    if dk and s["dkim_headers"]:
        dk_part = f"dkim=pass (signature was verified)\n header.d={dk[0]}"
    else:
        dk_part = "dkim=none (message not signed)\n header.d=none"
    if s["dmarc"] == "pass":
        dm = f"dmarc=pass action=none\n header.from={s['from_dom']};compauth=pass reason=100"
    else:
        dm = f"dmarc={s['dmarc']} action=quarantine\n header.from={s['from_dom']};compauth=fail reason=000"
    spf_txt = f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={s['mailfrom_dom']}; "
    pre = {"eur": "AM", "nam": "BN"}.get(tenant[:3], "TY")
    host_a = f"{pre}{rnd.randint(0, 9)}PR{rnd.randint(10, 99)}MB{n}.{tenant}.prod.outlook.com"
    host_b = f"{pre}{rnd.randint(100, 999)}CA00{rnd.randint(10, 99)}.{tenant.upper()}.PROD.OUTLOOK.COM"
    edge = f"{pre}{rnd.randint(1, 9)}PEPF0000{rnd.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    hdrs = [
        ("Received", f"from {host_b.lower()} (2603:1096:{hexr(3)}:{hexr(2)}::{hexr(2)}) by\n {host_a} (2603:1096:{hexr(3)}:{hexr(3)}::{hexr(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)}; {f}"),
        ("Received", f"from {edge}\n (2603:1096:{hexr(3)}:{hexr(2)}:cafe::{hexr(2)}) by {host_b} with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend Transport; {f}"),
        ("Authentication-Results", spf_txt + dk_part + ";" + dm),
        ("Received-SPF", f"{s['spf'].capitalize()} (protection.outlook.com: domain of {s['mailfrom_dom']}\n {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender) receiver=protection.outlook.com;\n client-ip={s['ip']}; helo={s['host']}; pr=C"),
        ("Received", f"from {s['host']} ({s['ip']}) by\n {edge} (10.167.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend Transport; {f}"),
    ]
    if forged_below:
        hdrs.append(("Authentication-Results", forged_below))
    hdrs += [
        ("X-MS-Exchange-Organization-AuthSource", edge),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1" if s["dmarc"] == "pass" else "5"),
    ]
    return hdrs


def rx_jp(to, dt, s, style):
    f = _fmt(dt, JST)
    dmain = s["dkims"][0] if s["dkims"] else ("none", "", "none")
    if style == "yahoo":
        mx = f"mta{rnd.randint(5000, 5999)}.mail.kks.yahoo.co.jp"
        ar = (f"{mx}  from={s['from_dom']}; domainkeys=neutral (no sig)\n header.from={s['from_dom']};"
              f" dkim={dmain[2]} (ok) header.i=@{dmain[0]};\n spf={s['spf']} smtp.mailfrom={s['mailfrom_dom']};"
              f" dmarc={s['dmarc']} header.from={s['from_dom']}")
        inner = f"by {mx.replace('mta', 'mbox')} with LMTP; {f}"
    elif style == "ocn":
        mx = f"mfilter{rnd.randint(100, 999)}.ocn.ad.jp"
        ar = (f"{mx}; spf={s['spf']} smtp.mailfrom={s['mailfrom']};\n\tdkim={dmain[2]} header.d={dmain[0]} header.s={dmain[1]};\n\t"
              f"dmarc={s['dmarc']} (p={s['p'].lower()}) header.from={s['from_dom']}")
        inner = f"from {mx} (localhost [127.0.0.1]) by mbox{rnd.randint(10, 99)}.ocn.ad.jp (Postfix) with ESMTP id {alnum(11).upper()}; {f}"
    elif style == "nifty":
        mx = "mx.nifty.com"
        ar = (f"{mx};\n\tspf={s['spf']} (nifty.com: domain of {s['mailfrom']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['mailfrom']};\n\t"
              f"dkim={dmain[2]} header.d={dmain[0]};\n\tdmarc={s['dmarc']} (p={s['p']} dis=none) header.from={s['from_dom']}")
        inner = f"from mta-rx{rnd.randint(10, 40)}.mail.nifty.com by mbox-pc{rnd.randint(1, 30)}.mail.nifty.com with LMTP; {f}"
    elif style == "docomo":
        mx = f"mfo-rx{rnd.randint(1, 9)}.docomo.ne.jp"
        ar = (f"{mx}; dkim={dmain[2]} header.d={dmain[0]}; spf={s['spf']} smtp.mailfrom={s['mailfrom_dom']};"
              f" dmarc={s['dmarc']} header.from={s['from_dom']}")
        inner = f"from {mx} by mbox{rnd.randint(1, 9)}.docomo.ne.jp (docomo MailSystem) with ESMTP id {alnum(14).upper()}; {f}"
    elif style == "au":
        mx = f"mx{rnd.randint(1, 6)}.au.com"
        ar = (f"{mx}; spf={s['spf']} smtp.mailfrom={s['mailfrom']};\n dkim={dmain[2]} header.i=@{dmain[0]};"
              f" dmarc={s['dmarc']} header.from={s['from_dom']} policy.dmarc={s['p'].lower()}")
        inner = f"from {mx} by ms{rnd.randint(10, 99)}.au.com (au one net) with LMTP id {alnum(10)}; {f}"
    else:
        raise ValueError(style)
    return [
        ("Return-Path", f"<{s['mailfrom']}>"),
        ("Received", inner),
        ("Authentication-Results", ar),
        ("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {mx} with ESMTPS id {alnum(12)}\n\tfor <{to}>; {f}"),
    ]


def rx_postfix(to, dt, s, with_ar=True):
    f = _fmt(dt, JST)
    hdrs = [("Return-Path", f"<{s['mailfrom']}>"),
            ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.watanabe-lab.jp (Postfix) with LMTP id {alnum(10).upper()}\n\tfor <{to}>; {f}")]
    if with_ar:
        d = s["dkims"][0]
        hdrs += [
            ("Authentication-Results", f"mail.watanabe-lab.jp; dmarc={s['dmarc']} (p={s['p'].lower()} dis=none) header.from={s['from_dom']}"),
            ("Authentication-Results", f"mail.watanabe-lab.jp;\n\tdkim={d[2]} (1024-bit key; unprotected) header.d={d[0]} header.i=@{d[0]} header.a=rsa-sha256 header.s={d[1]} header.b={b64r(6)[:8]}"),
            ("Authentication-Results", f"mail.watanabe-lab.jp; spf={s['spf']} (sender SPF authorized) smtp.mailfrom={s['mailfrom_dom']} (client-ip={s['ip']}; helo={s['host']}; envelope-from={s['mailfrom']}; receiver=<UNKNOWN>)"),
        ]
    hdrs.append(("Received", f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby mail.watanabe-lab.jp (Postfix) with ESMTPS id {alnum(10).upper()}\n\tfor <{to}>; {f}"))
    return hdrs


def rx_exchange_internal(to, dt, s):
    f = _fmt(dt, JST)
    return [
        ("Received", f"from KSYS-EX02.kitamura-sys.local (10.20.1.12) by\n KSYS-EX01.kitamura-sys.local (10.20.1.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; {f}"),
        ("Received", f"from KSYS-EX02.kitamura-sys.local ([fe80::a4c1:2b1e:9d3f:7c20]) by\n KSYS-EX02.kitamura-sys.local ([fe80::a4c1:2b1e:9d3f:7c20%12]) with mapi id\n 15.02.1544.014; {f}"),
    ]


def RX(provider, to, dt, s, **kw):
    if provider == "gmail":
        return rx_gmail(to, dt, s)
    if provider == "o365":
        return rx_o365(to, dt, s, **kw)
    if provider in ("yahoo", "ocn", "nifty", "docomo", "au"):
        return rx_jp(to, dt, s, provider)
    if provider == "postfix":
        return rx_postfix(to, dt, s, **kw)
    if provider == "postfix_noar":
        return rx_postfix(to, dt, s, with_ar=False)
    if provider == "exchange":
        return rx_exchange_internal(to, dt, s)
    raise ValueError(provider)


# ----------------------------------------------------------------- writer
def write(fname, *, provider, to, to_hdr=None, sender, dt, frm, subject, body, label,
          date_tz=UTC, extra=(), rx_kw=None, recv_delay=3, msgid=None):
    hdrs = RX(provider, to, dt + timedelta(seconds=recv_delay), sender, **(rx_kw or {}))
    hdrs += sender["dkim_headers"]
    hdrs += [("Date", format_datetime(dt.astimezone(date_tz))),
             ("From", frm),
             ("To", to_hdr or to),
             ("Subject", subject),
             ("Message-ID", msgid or sender["msgid"])]
    hdrs += list(extra)
    hdrs += sender["tail"]
    hdrs.append(("MIME-Version", "1.0"))
    head = "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n"
    raw = head.encode("ascii") + body.as_bytes()
    for tok, data in PLACEHOLDERS.items():
        raw = raw.replace(tok.encode(), data)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(raw)
    kind, case_id, ids, verified, lang = label
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                     "sender_verified": verified, "language": lang}


# ----------------------------------------------------------------- common text
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"
FOOT_JA = ("お客様からのフィードバックをお待ちしております。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価してください。"
           "やり取りの右上にある星を選択すると評価できます。\n\n"
           "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は、Amazon.com, Inc. またはその関連会社の登録商標です。")
FOOT_EN = ("We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
           "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
           "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.")


def console_link(case, lang=None):
    q = f"&language={lang}" if lang else ""
    return f"https://support.console.aws.amazon.com/support/home#/case/?displayId={case}{q}"


# ================================================================ Thread A
# 田中 美咲, Gmail, form desk, Japanese
A_TO = "misaki.tanaka.dev@gmail.com"
A_TOH = addr("田中 美咲", A_TO)
A_open = T("2025-05-27 23:02:11")
A = case15(A_open, 41937)
A_SUBJ = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"

# 001 case_created -------------------------------------------------
dt = A_open + timedelta(seconds=38)
s = aws_sender(dt)
txt = f"""田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でご依頼を承りました。担当者より原則として 24 時間以内にご連絡いたします。

ケース番号: {A}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: aws10482735
連絡先メールアドレス: {A_TO}

お問い合わせ内容:
以前の勤務先のメールアドレスで作成した認定アカウントがもう一つあり、1つにまとめたいです。
もう一方の ID は手元に控えがありません。

同じ内容で新たにお問い合わせを作成されますと、ご回答が遅れる場合がございます。
追加の情報がございましたら、件名を変更せずにこのメールへそのままご返信ください。

Amazon Web Services
AWS トレーニングと認定 サポートチーム
"""
write("001-uketsuke-form-desk.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM),
      subject=f"[CASE {A}] " + ew("AWS トレーニングと認定 - お問い合わせを受け付けました", chunk=12),
      body=leaf(txt),
      label=("case_created", A, ["AWS10482735"], True, "ja"))

# 002 merge_confirmation_requested (table, multipart) ------------------
dt = T("2025-05-28 23:40:27")
s = aws_sender(dt)
A2_txt = f"""田中 美咲 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 サポートチームの小野寺と申します。

お知らせいただいたお名前とメールアドレスで確認いたしましたところ、下記 2 件の認定アカウントが見つかりました。

  区分                 | AWS 候補者 ID | 登録メールアドレス              | 保有認定
  ---------------------+---------------+---------------------------------+------------------------------------------
  存続するアカウント   | AWS10482735   | misaki.tanaka.dev@gmail.com     | AWS Certified Solutions Architect - Associate
  統合されるアカウント | AWS20931156   | m.tanaka@hoshizora-tech.co.jp   | AWS Certified Cloud Practitioner

統合後は、AWS20931156 の認定履歴・受験履歴・特典がすべて AWS10482735 に引き継がれ、AWS20931156 ではサインインできなくなります。
なお、アカウントの統合は一度実施すると元に戻すことができません。

上記の内容でお間違いがなければ、このメールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご返信を確認でき次第、手続きに入らせていただきます。

Best regards,
小野寺 / Onodera
Amazon Web Services
"""
A2_html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"></head>
<body><div style="font-family: 'Meiryo', Arial, sans-serif; font-size: 14px;">
<p>田中 美咲 様</p>
<p>お問い合わせいただきありがとうございます。<br>AWS トレーニングと認定 サポートチームの小野寺と申します。</p>
<p>お知らせいただいたお名前とメールアドレスで確認いたしましたところ、下記 2 件の認定アカウントが見つかりました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse;">
<tr style="background-color: #f2f3f3;"><th>区分</th><th>AWS 候補者 ID</th><th>登録メールアドレス</th><th>保有認定</th></tr>
<tr><td>存続するアカウント</td><td>AWS10482735</td><td>misaki.tanaka.dev@gmail.com</td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>統合されるアカウント</td><td>AWS20931156</td><td>m.tanaka@hoshizora-tech.co.jp</td><td>AWS Certified Cloud Practitioner</td></tr>
</table>
<p>統合後は、AWS20931156 の認定履歴・受験履歴・特典がすべて AWS10482735 に引き継がれ、AWS20931156 ではサインインできなくなります。<br>
<b>なお、アカウントの統合は一度実施すると元に戻すことができません。</b></p>
<p>上記の内容でお間違いがなければ、このメールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。<br>
ご返信を確認でき次第、手続きに入らせていただきます。</p>
<p>Best regards,<br>小野寺 / Onodera<br>Amazon Web Services</p>
</div></body></html>
"""
write("002-kakunin-table.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=A_SUBJ,
      body=alt(leaf(A2_txt), leaf(A2_html, "html", cte="base64")),
      label=("merge_confirmation_requested", A, ["AWS10482735", "AWS20931156"], True, "ja"))

# 003 support_reply: thanks, will proceed (ids only quoted) --------------
dt = T("2025-05-29 02:15:09")
s = aws_sender(dt)
user_reply = """小野寺様

ご連絡ありがとうございます。
内容に相違ありません。AWS10482735 を残す形で統合をお願いします。

田中"""
txt = f"""田中 美咲 様

ご返信いただきありがとうございます。統合についてご承諾いただいた旨、確かに承りました。
これより担当部署にて手続きを進めてまいります。作業が終わりましたら、改めてこちらからご連絡いたします。
通常 1 から 3 営業日ほどお時間をいただいておりますので、今しばらくお待ちください。

恐れ入りますが、ご連絡を差し上げるまでの間、同じ内容での新たなお問い合わせはお控えくださいますようお願いいたします。

小野寺
Amazon Web Services

2025年5月29日(木) 9:48 田中美咲 <{A_TO}>:
{quote(user_reply + chr(10) + chr(10) + "2025年5月29日(木) 8:40 Amazon Web Services <" + FORM + ">:" + chr(10) + quote(A2_txt.strip()))}
"""
write("003-shoudaku-uketamawari.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=A_SUBJ, body=leaf(txt),
      extra=[("In-Reply-To", "<CAJx7mQ2vG8pQn0Tf4kZs1uR9aYdL3e@mail.gmail.com>"),
             ("References", f"{s['msgid']}\n <CAJx7mQ2vG8pQn0Tf4kZs1uR9aYdL3e@mail.gmail.com>")],
      label=("support_reply", A, [], True, "ja"))

# 004 merge_completed: verb endings only ---------------------------------
dt = T("2025-05-30 06:20:44")
s = aws_sender(dt)
txt = f"""田中 美咲 様

お待たせいたしました。AWS トレーニングと認定 サポートチームの小野寺です。

AWS20931156 に登録されていた認定資格、受験履歴および特典を、AWS10482735 へ移行いたしました。
今後は AWS10482735 ({A_TO}) で AWS 認定アカウントにサインインしてください。
旧アカウントのサインイン情報は無効化しております。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届きますので、
内容に沿ってバッジの受け取りをお願いいたします。

その他ご不明な点がございましたら、このメールにご返信ください。

小野寺
Amazon Web Services
"""
write("004-ikou-itashimashita.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=A_SUBJ, body=leaf(txt, cte="base64"),
      label=("merge_completed", A, ["AWS10482735", "AWS20931156"], True, "ja"))

# 005 survey: closure without saying merged -------------------------------
dt = T("2025-06-02 01:00:12")
s = aws_sender(dt)
txt = f"""田中 美咲 様

このたびは AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。
ケース {A} はクローズされました。

今後のサポート品質向上のため、今回の対応についてご意見をお聞かせください (所要時間: 約 1 分)。

問題は解決しましたか?
  はい: https://survey.aws-tc-support.amazon.com/s/{A}?r=yes
  いいえ: https://survey.aws-tc-support.amazon.com/s/{A}?r=no

本メールは送信専用です。お問い合わせは AWS トレーニングと認定のお問い合わせフォームからお願いいたします。
"""
html_ = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #16191f;">
<p>田中 美咲 様</p>
<p>このたびは AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。<br>
ケース <b>{A}</b> はクローズされました。</p>
<p>今後のサポート品質向上のため、今回の対応についてご意見をお聞かせください (所要時間: 約 1 分)。</p>
<p style="font-size: 16px;"><b>問題は解決しましたか?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/{A}?r=yes" style="background-color: #ff9900; color: #ffffff; padding: 8px 24px; text-decoration: none;">はい</a>
&nbsp;&nbsp;
<a href="https://survey.aws-tc-support.amazon.com/s/{A}?r=no" style="background-color: #545b64; color: #ffffff; padding: 8px 24px; text-decoration: none;">いいえ</a></p>
<p style="font-size: 12px; color: #687078;">本メールは送信専用です。お問い合わせは AWS トレーニングと認定のお問い合わせフォームからお願いいたします。</p>
</body></html>
"""
write("005-close-anketo.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification", "aws-tc-support-survey@amazon.com"),
      subject=ew("【AWS トレーニングと認定】ケースクローズのお知らせとアンケートご協力のお願い", chunk=13),
      body=alt(leaf(txt), leaf(html_, "html")),
      label=("survey", A, [], True, "ja"))

# 006 credly_badge_issued, Japanese Credly --------------------------------
dt = T("2025-05-31 03:12:40")
s = credly_sender(dt, A_TO)
txt = """田中 美咲 さん

AWS Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/6f1d2c0a-93b4-4e57-b1a8-2d7c44e0f915

このメールは AWS Training and Certification の依頼により Credly から送信されています。
Credly, Inc. | 1 Pennsylvania Plaza, New York, NY
"""
html_ = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="margin:0; background-color:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background-color:#ffffff; font-family: Helvetica, Arial, sans-serif;">
<tr><td>
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96">
<p style="font-size:18px;">田中 美咲 さん</p>
<p>AWS Training and Certification から新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="" width="110"><br>
<b>AWS Certified Solutions Architect - Associate</b></p>
<p>バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1d2c0a-93b4-4e57-b1a8-2d7c44e0f915" style="background-color:#ff6b00; color:#ffffff; padding:12px 28px; text-decoration:none; border-radius:4px;">バッジを受け取る</a></p>
<p style="font-size:11px; color:#888888;">このメールは AWS Training and Certification の依頼により Credly から送信されています。<br>Credly, Inc. | 1 Pennsylvania Plaza, New York, NY</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
write("006-credly-badge-ja.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification via Credly", "admin@credly.com"),
      subject=ew("AWS Training and Certification から新しいバッジが発行されました", chunk=16),
      body=alt(leaf(txt, cte="base64"), leaf(html_, "html", cte="base64")),
      label=("credly_badge_issued", None, [], True, "ja"))

# ================================================================ Thread B
# 佐藤 健太, Yahoo! JAPAN, console case, Japanese
B_TO = "kenta_sato77@yahoo.co.jp"
B_TOH = addr("佐藤 健太", B_TO)
B_open = T("2025-10-14 04:31:52")
B = case15(B_open, 88210)
B_CSUBJ = "認定アカウントの統合について"

# 007 case_created console -----------------------------------------------
dt = B_open + timedelta(seconds=41)
s = aws_sender(dt)
txt = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {B} を作成しました。

ケース ID: {B}
件名: {B_CSUBJ}
重要度: 一般的なガイダンス
作成日時: 2025-10-14 04:31:52 UTC

ケースの詳細を確認したり、ケースに返信したりするには、AWS サポートセンターにサインインしてください:
{console_link(B, 'ja')}

このメールアドレスでは返信を受け付けることができません。ケースへのご連絡はサポートセンターからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は、Amazon.com, Inc. またはその関連会社の登録商標です。
"""
write("007-console-case-sakusei.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=ew(f"Amazon Web Services: 新しいサポートケースを作成しました: {B}", chunk=9),
      body=leaf(txt), date_tz=UTC,
      label=("case_created", B, [], True, "ja"))

# 009 support_reply: which account to keep (ISO-2022-JP) ---------------
dt = T("2025-10-15 01:12:29")
s = aws_sender(dt)
B9 = f"""佐藤 健太 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの森です。

お客様のお名前で確認しましたところ、以下の 3 つの認定アカウントが存在することを確認いたしました。

  AWS03318472 (登録メール: kenta_sato77@yahoo.co.jp)
  AWS07759214 (登録メール: k.sato@minato-dc.jp)
  AWS11204658 (登録メール: kenta.sato.work@gmail.com)

統合にあたり、今後ご利用になるアカウント (存続アカウント) をどちらにされるかご指定いただけますでしょうか。
また、各アカウントに現在サインインできるかどうかもあわせてお知らせください。

本メールには返信できませんので、サポートセンターのケースページからご回答ください。
{console_link(B)}

よろしくお願いいたします。

森
Amazon Web Services

{FOOT_JA}
"""
write("009-sonzoku-account-goshitei.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {B}] " + ew(B_CSUBJ, "iso-2022-jp", chunk=8),
      body=leaf(B9, charset="iso-2022-jp", cte="7bit"),
      label=("support_reply", B, ["AWS03318472", "AWS07759214", "AWS11204658"], True, "ja"))

# 008 support_reply: new correspondence notice ---------------------------
dt = T("2025-10-15 01:12:31")
s = aws_sender(dt)
txt = f"""佐藤 健太 様

ケース {B} に新しい対応が追加されました。

件名: {B_CSUBJ}

内容を確認し、返信するには AWS サポートセンターにサインインしてください:
{console_link(B, 'ja')}

このメールは自動送信されています。このメールに返信しないでください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
write("008-atarashii-taiou-tsuika.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"[Case {B}] " + ew("新しい対応が追加されました", chunk=7),
      body=leaf(txt, cte="base64"),
      label=("support_reply", B, [], True, "ja"))

# 010 merge_confirmation_requested (bullets) -----------------------------
dt = T("2025-10-16 02:05:16")
s = aws_sender(dt)
B10 = f"""佐藤 健太 様

ご回答いただきありがとうございます。森です。
ご指定の内容をもとに、以下のとおり統合を行う予定です。実施の前に、内容をご確認ください。

■ 存続するアカウント
・AWS07759214 (k.sato@minato-dc.jp)

■ 存続アカウントへ統合されるアカウント
・AWS03318472 (kenta_sato77@yahoo.co.jp)
・AWS11204658 (kenta.sato.work@gmail.com)

■ ご注意
・統合後は、存続アカウント以外ではサインインできなくなります。
・統合処理は取り消すことができません。
・受験予約済みの試験がある場合は、事前にお知らせください。

上記の内容で問題がなければ、サポートセンターのケースページより「統合に同意します」とご返信ください。
ご返信をいただくまで、統合処理は行いません。
{console_link(B)}

森
Amazon Web Services

{FOOT_JA}
"""
write("010-tougou-naiyou-kakunin.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {B}] " + ew(B_CSUBJ, chunk=8),
      body=leaf(B10),
      label=("merge_confirmation_requested", B, ["AWS03318472", "AWS07759214", "AWS11204658"], True, "ja"))

# 011 merge_confirmation_requested reminder, Shift_JIS 8bit --------------
dt = T("2025-10-20 00:45:03")
s = aws_sender(dt)
txt = f"""佐藤 健太 様

森です。先日お送りした統合内容について、まだご返信を確認できておりませんので、改めてご連絡いたしました。

お手数ですが、存続アカウントを AWS07759214 とする内容でよろしいか、再度ご確認をお願いいたします。
ご同意いただけましたら、ケースページよりその旨ご返信ください。
{console_link(B)}

なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

森
Amazon Web Services

-----Original Message-----
From: Amazon Web Services
Sent: 2025/10/16 11:05
To: 佐藤 健太
Subject: RE:[CASE {B}] {B_CSUBJ}

{quote(B10.split(FOOT_JA)[0].strip())}
"""
write("011-saido-gokakunin.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {B}] " + ew("【再送】" + B_CSUBJ, "shift_jis", chunk=9),
      body=leaf(txt, charset="shift_jis", cte="8bit", label="Shift_JIS"),
      label=("merge_confirmation_requested", B, ["AWS07759214"], True, "ja"))

# 012 merge_completed + rating footer, confirmation quoted underneath -----
dt = T("2025-10-21 07:30:55")
s = aws_sender(dt)
txt = f"""佐藤 健太 様

お待たせいたしました。森です。
ご同意いただいた内容にて、認定アカウントの統合作業が完了しました。
今後は AWS07759214 のアカウントで、すべての認定資格および受験履歴をご確認いただけます。

統合されたアカウントで取得された Credly バッジは、数日中に k.sato@minato-dc.jp 宛てに改めて発行されます。

ほかにご不明な点がございましたら、本ケースを再開してお問い合わせください。

森
Amazon Web Services

{FOOT_JA}

---------- 以前のやり取り ----------
{quote(B10.split(FOOT_JA)[0].strip())}
"""
write("012-tougou-kanryou-hyouka.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {B}] " + ew(B_CSUBJ, chunk=8),
      body=leaf(txt),
      label=("merge_completed", B, ["AWS07759214"], True, "ja"))

# 013 credly_badge_issued, English, to work address (O365) ----------------
B_WORK = "k.sato@minato-dc.jp"
dt = T("2025-10-23 11:02:18")
s = credly_sender(dt, B_WORK)
txt = """Kenta, your badge is waiting.

AWS Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

This badge was previously issued to another email address and has been
re-issued to you following an update to your AWS Certification account.

Accept your badge:
https://www.credly.com/earner/earned/badge/1b7e0c55-4d2f-4a8e-9c36-70e2f8a1d4b3

Once accepted, you can share your badge on LinkedIn, add it to your email
signature, or embed it on your website.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119
Unsubscribe: https://www.credly.com/notification_settings
"""
write("013-credly-badge-reissued.eml", provider="o365", to=B_WORK, to_hdr=f"Kenta Sato <{B_WORK}>",
      sender=s, dt=dt, frm=addr("AWS Training and Certification via Credly", "admin@credly.com"),
      subject="Kenta, AWS Training and Certification has issued you a badge",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      rx_kw={"tenant": "jpnprd01"},
      label=("credly_badge_issued", None, [], True, "en"))

# ================================================================ Thread C
# 鈴木 翔, O365 company, console case, Japanese
C_TO = "sho.suzuki@kitamura-sys.co.jp"
C_TOH = addr("鈴木 翔", C_TO)
C_open = T("2025-08-05 06:14:09")
C = case15(C_open, 30452)
C_CSUBJ = "認定アカウント統合のご依頼"

# 014 case_created console (multipart) -----------------------------------
dt = C_open + timedelta(seconds=35)
s = aws_sender(dt)
txt = f"""AWS サポートにお問い合わせいただきありがとうございます。
ケース {C} を作成いたしました。担当者からの連絡をお待ちください。

ケースの詳細
  ケース ID: {C}
  件名: {C_CSUBJ}
  サービス: 認定 (Certification)
  カテゴリ: アカウント
  重要度: 一般的なガイダンス

ケースを表示: {console_link(C, 'ja')}

このアドレスへの返信は受け付けておりません。
"""
html_ = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family: 'Amazon Ember', Arial, sans-serif; font-size: 14px;">
<p>AWS サポートにお問い合わせいただきありがとうございます。<br>
ケース {C} を作成いたしました。担当者からの連絡をお待ちください。</p>
<h3 style="font-size: 16px;">ケースの詳細</h3>
<table cellpadding="4" cellspacing="0">
<tr><td style="color:#545b64;">ケース ID</td><td>{C}</td></tr>
<tr><td style="color:#545b64;">件名</td><td>{C_CSUBJ}</td></tr>
<tr><td style="color:#545b64;">サービス</td><td>認定 (Certification)</td></tr>
<tr><td style="color:#545b64;">カテゴリ</td><td>アカウント</td></tr>
<tr><td style="color:#545b64;">重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p><a href="{console_link(C, 'ja')}">ケースを表示</a></p>
<p style="font-size: 12px; color: #687078;">このアドレスへの返信は受け付けておりません。</p>
</body></html>
"""
write("014-atarashii-case-o365.eml", provider="o365", to=C_TO, to_hdr=C_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=ew(f"Amazon Web Services: 新しいケースを作成しました: {C}", chunk=12),
      body=alt(leaf(txt, cte="base64"), leaf(html_, "html", cte="base64")),
      label=("case_created", C, [], True, "ja"))

# 015 support_reply: in progress (HTML only) -----------------------------
dt = T("2025-08-06 08:02:48")
s = aws_sender(dt)
html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family: Arial, sans-serif; font-size: 14px;">
鈴木 翔 様<br>
<br>
お世話になっております。AWS トレーニングと認定サポートの高橋です。<br>
<br>
ご依頼いただいております AWS05562019 と AWS09917340 の統合につきまして、現在担当チームにて対応を進めております。<br>
処理には数営業日を要する場合がございます。恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。<br>
<br>
進捗がございましたら、本ケースにてご連絡いたします。<br>
<br>
高橋<br>
Amazon Web Services<br>
<br>
<span style="font-size: 12px; color: #687078;">{FOOT_JA.replace(chr(10), '<br>')}</span><br>
<a href="{console_link(C)}">{console_link(C)}</a>
</div>
</body></html>
"""
write("015-taiou-susumete-orimasu.eml", provider="o365", to=C_TO, to_hdr=C_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {C}] " + ew(C_CSUBJ, chunk=7),
      body=leaf(html_, "html"),
      label=("support_reply", C, ["AWS05562019", "AWS09917340"], True, "ja"))

# 016 merge_completed, no 完了 word ---------------------------------------
dt = T("2025-08-08 05:44:30")
s = aws_sender(dt)
txt = f"""鈴木 翔 様

大変お待たせいたしました。高橋です。

AWS09917340 に登録されていた認定資格 (AWS Certified SysOps Administrator - Associate) と受験履歴を、AWS05562019 に移しました。
AWS09917340 は閉鎖済みとなっております。

AWS 認定アカウントにサインインのうえ、認定資格の一覧に反映されていることをご確認ください。
表示に差異がございましたら、本ケースにてお知らせください。

高橋
Amazon Web Services

{FOOT_JA}
"""
write("016-utsushimashita.eml", provider="o365", to=C_TO, to_hdr=C_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {C}] " + ew(C_CSUBJ, chunk=7),
      body=leaf(txt, cte="base64"),
      label=("merge_completed", C, ["AWS05562019", "AWS09917340"], True, "ja"))

# 017 survey: case resolved, rate -----------------------------------------
dt = T("2025-08-08 05:44:58")
s = aws_sender(dt)
txt = f"""鈴木 翔 様

ケース {C} は解決済みとしてマークされました。

件名: {C_CSUBJ}

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます:
{console_link(C, 'ja')}

今回のサポートについてご意見をお聞かせください。
今回の対応の満足度を 1 (不満) から 5 (満足) で評価してください:
  1  2  3  4  5
https://support.console.aws.amazon.com/support/feedback?caseId={C}&language=ja

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
write("017-kaiketsu-zumi-hyouka.eml", provider="o365", to=C_TO, to_hdr=C_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=ew(f"Amazon Web Services: ケース {C} は解決済みになりました", chunk=11),
      body=leaf(txt),
      label=("survey", C, [], True, "ja"))

# ================================================================ Thread D
# 山本 由佳, Nifty, form desk, Japanese; user writes with Outlook
D_TO = "y-yamamoto@nifty.com"
D_TOH = addr("山本 由佳", D_TO, "iso-2022-jp")
D_open = T("2026-01-19 11:27:40")
D = case15(D_open, 5128)
D_SUBJ = f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance"

# 018 case_created, ISO-2022-JP -----------------------------------------
dt = D_open + timedelta(seconds=52)
s = aws_sender(dt)
txt = f"""山本 由佳 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

お問い合わせ番号: {D}

担当者より、原則として 24 時間以内にご連絡を差し上げます。
土日祝日を挟む場合は、ご連絡までにお時間をいただくことがございます。

■ お問い合わせ内容
  種別: 認定 / アカウント統合
  AWS 候補者 ID: AWS00847261
  ご記入内容: 転職前の会社アドレスで登録したアカウントを、現在のアカウントに統合したいです。

追加のご連絡は、件名を変えずにこのメールへご返信ください。

AWS トレーニングと認定 サポート
Amazon Web Services
"""
write("018-uketsuke-iso2022jp.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM),
      subject=f"[CASE {D}] " + ew("お問い合わせ受付のご連絡 (AWS トレーニングと認定)", "iso-2022-jp", chunk=10),
      body=leaf(txt, charset="iso-2022-jp", cte="7bit"),
      label=("case_created", D, ["AWS00847261"], True, "ja"))

# 019 support_reply: asks for more info ---------------------------------
dt = T("2026-01-21 02:10:05")
s = aws_sender(dt)
D19 = f"""山本 由佳 様

お問い合わせいただきありがとうございます。担当の西村でございます。

アカウント統合のご依頼につきまして、対象となるもう一方のアカウントを特定するため、以下の情報をお知らせいただけますでしょうか。

1. もう一方のアカウントで使用していたサインイン用メールアドレス
2. 各アカウントの通知先メールアドレス (サインイン用と異なる場合)
3. 統合後に残したいアカウント
4. 統合を希望される理由 (例: 転職に伴うメールアドレスの変更など)

ご記入いただいた AWS00847261 のほかに、同姓同名のアカウントが複数存在するため、ご確認にご協力をお願いいたします。

西村
Amazon Web Services"""
write("019-tsuika-jouhou-onegai.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=D_SUBJ,
      body=leaf(D19 + "\n", cte="base64"),
      label=("support_reply", D, ["AWS00847261"], True, "ja"))

# 020 merge_confirmation_requested; text and html parts differ ----------
dt = T("2026-01-22 03:30:41")
s = aws_sender(dt)
D_user1 = """西村様

ご連絡ありがとうございます。お問い合わせの件、以下のとおり回答いたします。

1. yuka.yamamoto@aoba-kikaku.co.jp です (前職の会社のアドレスです)
2. いずれもサインイン用と同じです
3. AWS00847261 を残したいです
4. 転職によりメールアドレスが変わったためです

よろしくお願いいたします。
山本"""
D_user1_hdr = f"""差出人: 山本 由佳 <{D_TO}>
送信日時: 2026年1月21日 22:03
宛先: Amazon Web Services <{FORM}>
件名: {D_SUBJ}"""
txt = f"""山本 由佳 様

ご回答いただきありがとうございます。西村です。
お知らせいただいた情報をもとに、統合の対象となるアカウントを確認いたしました。
統合内容の詳細は、本メールの HTML 版に表形式で記載しております。

統合は実施後に取り消すことができませんので、内容に誤りがないかご確認のうえ、「統合に同意します」とご返信ください。

西村
Amazon Web Services

________________________________
{D_user1_hdr}

{D_user1}
"""
html_ = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Meiryo, Arial, sans-serif; font-size: 10.5pt;">
<p>山本 由佳 様</p>
<p>ご回答いただきありがとうございます。西村です。<br>
お知らせいただいた情報をもとに、統合の対象となるアカウントを確認いたしました。以下の内容で統合を行います。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse: collapse; font-size: 10.5pt;">
<tr style="background:#eaeded;"><th></th><th>候補者 ID</th><th>メールアドレス</th></tr>
<tr><td>統合先 (残るアカウント)</td><td>AWS00847261</td><td>y-yamamoto@nifty.com</td></tr>
<tr><td>統合元 (閉鎖されるアカウント)</td><td>AWS14470382</td><td>yuka.yamamoto@aoba-kikaku.co.jp</td></tr>
</table>
<p>統合元の認定資格、受験履歴、未使用の特典は、すべて統合先に引き継がれます。</p>
<p style="color:#d13212;">統合は実施後に取り消すことができませんので、内容に誤りがないかご確認のうえ、「統合に同意します」とご返信ください。</p>
<p>西村<br>Amazon Web Services</p>
<hr>
<div style="font-size: 10pt;">
<b>差出人:</b> 山本 由佳 &lt;{D_TO}&gt;<br>
<b>送信日時:</b> 2026年1月21日 22:03<br>
<b>宛先:</b> Amazon Web Services &lt;{FORM}&gt;<br>
<b>件名:</b> {D_SUBJ}<br><br>
{D_user1.replace(chr(10), '<br>' + chr(10))}
</div>
</div></body></html>
"""
write("020-html-table-douisuru.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=D_SUBJ,
      body=alt(leaf(txt), leaf(html_, "html", cte="base64")),
      label=("merge_confirmation_requested", D, ["AWS00847261", "AWS14470382"], True, "ja"))

# 021 support_reply: planned step, will report when done ----------------
dt = T("2026-01-23 01:05:19")
s = aws_sender(dt)
D_user2 = """西村様

ご確認ありがとうございます。
内容に相違ありません。統合に同意します。

山本"""
txt = f"""山本 由佳 様

ご承諾のご返信をいただき、ありがとうございます。西村です。

AWS14470382 を AWS00847261 へ統合する手続きを本日開始いたします。
完了次第、あらためてご連絡いたします。
手続き中は、いずれのアカウントでも一時的に認定情報が正しく表示されない場合がございますが、あらかじめご了承ください。

西村
Amazon Web Services

________________________________
差出人: 山本 由佳 <{D_TO}>
送信日時: 2026年1月22日 21:15
宛先: Amazon Web Services <{FORM}>
件名: {D_SUBJ}

{D_user2}
"""
write("021-kaishi-kanryou-shidai.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=D_SUBJ, body=leaf(txt),
      label=("support_reply", D, ["AWS00847261", "AWS14470382"], True, "ja"))

# 022 merge_completed + closure; WRONG charset label (iso-8859-1, really UTF-8)
dt = T("2026-01-26 04:00:37")
s = aws_sender(dt)
txt = f"""山本 由佳 様

西村です。大変お待たせいたしました。

AWS14470382 の AWS00847261 への統合が完了いたしましたので、ご報告いたします。
取得済みの認定資格および受験特典 (次回受験 50% 割引バウチャー) も引き継がれております。

本件はこれをもちましてクローズとさせていただきます。
後日アンケートのご案内をお送りいたしますので、ご協力いただけますと幸いです。

西村
Amazon Web Services
"""
write("022-kanryou-close-charset.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=D_SUBJ,
      body=leaf(txt, charset="utf-8", cte="base64", label="iso-8859-1"),
      label=("merge_completed", D, ["AWS00847261", "AWS14470382"], True, "ja"))

# 023 credly_badge_issued Japanese, HTML only ----------------------------
dt = T("2026-01-27 08:19:02")
s = credly_sender(dt, D_TO)
html_ = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>Credly</title></head>
<body style="margin:0; padding:0; background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff; font-family: Helvetica, Arial, sans-serif; color:#333333;">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td>
<p style="font-size:20px; margin:0 0 12px 0;">山本 由佳 さん、バッジを受け取ってください</p>
<p>AWS Training and Certification が、あなたに次のバッジを発行しました。</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/120x120/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt=""><br>
<b>AWS Certified Cloud Practitioner</b></p>
<p>このバッジは、AWS 認定アカウントの情報更新に伴い、こちらのメールアドレスに発行されたものです。</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/9a2e61d4-0b7c-4f13-8d55-e6c3b12a7f08" style="background:#ff6b00; color:#ffffff; padding:12px 32px; text-decoration:none; border-radius:4px; font-weight:bold;">バッジを受け取る</a></p>
<p style="font-size:12px; color:#777777;">ボタンが機能しない場合は、次の URL をブラウザに貼り付けてください:<br>https://www.credly.com/earner/earned/badge/9a2e61d4-0b7c-4f13-8d55-e6c3b12a7f08</p>
</td></tr>
<tr><td style="font-size:11px; color:#999999;">Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119<br>
<a href="https://www.credly.com/notification_settings" style="color:#999999;">通知設定</a></td></tr>
</table></td></tr></table>
</body></html>
"""
write("023-credly-uketotte.eml", provider="nifty", to=D_TO, to_hdr=D_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification via Credly", "admin@credly.com"),
      subject=ew("山本 由佳 さん、バッジを受け取ってください", chunk=10),
      body=leaf(html_, "html"),
      label=("credly_badge_issued", None, [], True, "ja"))

# ================================================================ Thread E
# 伊藤 大輔, OCN, form desk, 11-digit case
E_TO = "daisuke.ito@ocn.ne.jp"
E_TOH = addr("伊藤 大輔", E_TO)
E = "12470093815"
E_SUBJ = f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - account-assistance"

# 024 merge_confirmation_requested, odd id spellings --------------------
dt = T("2025-03-11 00:20:14")
s = aws_sender(dt)
E24 = f"""伊藤 大輔 様

AWS トレーニングと認定サポートの藤井と申します。
お問い合わせの件、以下の 2 アカウントを統合する形でよろしいでしょうか。

　残すアカウント：AWS 02290475 ({E_TO})
　統合するアカウント：aws-16658203 (d-ito@sakura-denki.co.jp)

統合を実施しますと、aws-16658203 の認定情報は AWS 02290475 に移り、元の状態に戻すことはできません。
問題がなければ、このメールへのご返信で「統合を進めてください」とお知らせください。

藤井
Amazon Web Services"""
write("024-nokosu-account-kakunin.eml", provider="ocn", to=E_TO, to_hdr=E_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=E_SUBJ, body=leaf(E24 + "\n"),
      label=("merge_confirmation_requested", E, ["AWS02290475", "AWS16658203"], True, "ja"))

# 025 support_reply: follow-up, still need help? history unmarked -------
dt = T("2025-03-18 01:00:09")
s = aws_sender(dt)
txt = f"""伊藤 大輔 様

藤井です。先日ご案内したアカウント統合の件について、その後いかがでしょうか。

引き続きサポートが必要な場合は、本メールにご返信ください。
特にご用命がなければ、このまま何もしていただく必要はございません。
5 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。

藤井
Amazon Web Services


2025/03/11 9:20 Amazon Web Services <{FORM}>:

{E24}
"""
write("025-sonogo-ikaga.eml", provider="ocn", to=E_TO, to_hdr=E_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=E_SUBJ,
      body=leaf(txt, cte="8bit"),
      label=("support_reply", E, [], True, "ja"))

# 026 survey: closed for no reply, ISO-2022-JP ---------------------------
dt = T("2025-03-26 01:00:44")
s = aws_sender(dt)
txt = f"""伊藤 大輔 様

AWS トレーニングと認定をご利用いただきありがとうございます。

ケース {E} につきまして、一定期間ご返信を確認できなかったため、クローズいたしました。
再度ご相談が必要な場合は、お手数ですがお問い合わせフォームから新しくご連絡ください。

よろしければ、今回の対応についてアンケートにご回答ください。
問題は解決しましたか?  はい / いいえ
https://survey.aws-tc-support.amazon.com/s/{E}

AWS トレーニングと認定 サポート
"""
write("026-close-henshin-nashi.eml", provider="ocn", to=E_TO, to_hdr=E_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification", "aws-tc-support-survey@amazon.com"),
      subject=ew(f"ケース {E} のクローズとアンケートのお願い", "iso-2022-jp", chunk=12),
      body=leaf(txt, charset="iso-2022-jp", cte="7bit"),
      label=("survey", E, [], True, "ja"))

# ================================================================ Thread F
# 中村 彩, docomo, console case
F_TO = "aya.n-0912@docomo.ne.jp"
F_open = T("2025-12-02 13:05:30")
F = case15(F_open, 67301)
F_CSUBJ = "AWS認定アカウントが2つあります"

# 027 case_created console, base64 --------------------------------------
dt = F_open + timedelta(seconds=29)
s = aws_sender(dt)
txt = f"""このたびはお問い合わせいただき、ありがとうございます。ケース {F} をオープンしました。
担当者が確認のうえ、ご連絡いたします。

ケースの詳細
ケース ID: {F}
件名: {F_CSUBJ}
重要度: 一般的なガイダンス
ステータス: 未割り当て

ケースの詳細を表示:
{console_link(F, 'ja')}

※このメールには返信できません。ケースへの返信は AWS サポートセンターから行ってください。

Amazon Web Services
"""
write("027-case-open-docomo.eml", provider="docomo", to=F_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=ew(f"Amazon Web Services: サポートケースがオープンされました: {F}", chunk=10),
      body=leaf(txt, cte="base64"),
      label=("case_created", F, [], True, "ja"))

# 028 merge_confirmation_requested, Shift_JIS base64 --------------------
dt = T("2025-12-03 03:40:51")
s = aws_sender(dt)
txt = f"""中村 彩 様

AWS サポートの吉田です。ケース {F} についてご連絡いたします。

統合作業を行う前に、以下の内容についてご確認をお願いいたします。

・存続アカウント：AWS08815537
・統合対象：AWS13079921
・統合後にサインインに使用するメールアドレス：{F_TO}

統合後は AWS13079921 をご利用いただけなくなり、この操作を元に戻すことはできません。
上記で相違がなければ、サポートセンターのケースページから「承認します」とご返信ください。
{console_link(F)}

吉田
Amazon Web Services
"""
write("028-shounin-onegai-sjis.eml", provider="docomo", to=F_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {F}] " + ew(F_CSUBJ, "shift_jis", chunk=8),
      body=leaf(txt, charset="shift_jis", cte="base64", label="Shift_JIS"),
      label=("merge_confirmation_requested", F, ["AWS08815537", "AWS13079921"], True, "ja"))

# 029 support_reply: conditional future -----------------------------------
dt = T("2025-12-04 06:15:20")
s = aws_sender(dt)
txt = f"""中村 彩 様

ご確認いただきありがとうございます。吉田です。

現在、AWS08815537 への統合作業を担当チームにて進めております。
統合が完了しましたら、本ケースにてご連絡いたします。
なお、Credly のバッジは統合完了後に {F_TO} 宛てに再発行される予定です。

吉田
Amazon Web Services

{FOOT_JA}
"""
write("029-kanryou-shimashitara.eml", provider="docomo", to=F_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {F}] " + ew(F_CSUBJ, chunk=8),
      body=leaf(txt),
      label=("support_reply", F, ["AWS08815537"], True, "ja"))

# 030 merge_completed, verb ending ---------------------------------------
dt = T("2025-12-05 02:00:03")
s = aws_sender(dt)
txt = f"""中村 彩 様

吉田です。お待たせいたしました。

AWS13079921 に紐づいていた認定情報は、すべて AWS08815537 でご確認いただけるようになりました。
AWS13079921 へのサインインはできなくなっておりますので、今後は AWS08815537 をご利用ください。

Credly のバッジについては、数日以内に Credly から案内メールが届きます。

吉田
Amazon Web Services

{FOOT_JA}
"""
write("030-kakunin-dekiru-youni.eml", provider="docomo", to=F_TO, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {F}] " + ew(F_CSUBJ, chunk=8),
      body=alt(leaf(txt), leaf(t2h(txt), "html")),
      label=("merge_completed", F, ["AWS08815537", "AWS13079921"], True, "ja"))

# ================================================================ Thread G
# 小林 拓海, au, form desk
G_TO = "takumi.k@au.com"
G_TOH = addr("小林 拓海", G_TO)
G_open = T("2025-07-07 23:50:00")
G = case15(G_open, 12876)
G_SUBJ_TXT = f"RE:[CASE {G}] アカウント統合のご確認のお願い (AWS トレーニングと認定)"

# 031 merge_confirmation_requested, base64, split subject ---------------
dt = T("2025-07-09 00:30:26")
s = aws_sender(dt)
G31 = f"""小林 拓海 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の井上です。
ご依頼のアカウント統合について、下記のとおり実施いたします。

--------------------------------
統合先 (残るアカウント): AWS12265903
統合元 (閉鎖するアカウント): AWS04402188
--------------------------------
※統合は取り消しできません。

お手数ですが、上記の内容でお間違いないか、本メールへのご返信にてお知らせください。
ご返信を確認後、作業に着手いたします。

井上
Amazon Web Services"""
write("031-tougousaki-tougoumoto.eml", provider="au", to=G_TO, to_hdr=G_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM),
      subject=ew(G_SUBJ_TXT, chunk=16),
      body=leaf(G31 + "\n", cte="base64"),
      label=("merge_confirmation_requested", G, ["AWS04402188", "AWS12265903"], True, "ja"))

# 032 merge_completed + closure, nested quotes (iPhone) ------------------
dt = T("2025-07-10 09:10:11")
s = aws_sender(dt)
G_user = """井上様

内容確認しました。問題ありませんので進めてください。

小林

iPhoneから送信"""
txt = f"""小林 拓海 様

井上です。ご返信ありがとうございました。

AWS04402188 の情報は AWS12265903 へ統合済みです。
今後は AWS12265903 でサインインしてください。
これにて本件はクローズとさせていただきます。

井上
Amazon Web Services

2025/07/09 10:05、小林 拓海 <{G_TO}>のメール:
{quote(G_user + chr(10) + chr(10) + quote(G31))}
"""
write("032-tougouzumi-close.eml", provider="au", to=G_TO, to_hdr=G_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM),
      subject="RE: " + ew(G_SUBJ_TXT, chunk=16),
      body=leaf(txt),
      label=("merge_completed", G, ["AWS04402188", "AWS12265903"], True, "ja"))

# 033 survey, HTML only --------------------------------------------------
dt = T("2025-07-11 00:00:35")
s = aws_sender(dt)
html_ = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family: Arial, 'Hiragino Kaku Gothic ProN', sans-serif; font-size: 14px;">
<p>小林 拓海 様</p>
<p>先日は AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。<br>
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;">
<tr><td><b>お問い合わせ番号</b></td><td>{G}</td></tr>
</table>
<p><b>Q1. お問い合わせは解決しましたか?</b><br>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q1=yes">はい</a> ／ <a href="https://survey.aws-tc-support.amazon.com/s/{G}?q1=no">いいえ</a></p>
<p><b>Q2. 担当者の対応を 5 段階で評価してください。</b><br>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q2=1">1</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q2=2">2</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q2=3">3</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q2=4">4</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{G}?q2=5">5</a></p>
<p style="font-size:12px; color:#687078;">アンケートの回答期限は送信日から 14 日間です。本メールは送信専用アドレスから送信しています。</p>
</body></html>
"""
write("033-anketo-html-only.eml", provider="au", to=G_TO, to_hdr=G_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification", "aws-tc-support-survey@amazon.com"),
      subject=ew(f"アンケートのお願い: お問い合わせ (ケース {G}) の対応について", chunk=12),
      body=leaf(html_, "html"),
      label=("survey", G, [], True, "ja"))

# ================================================================ phishing / look-alikes
# 034 fake confirmation request, look-alike domain, Japanese, HTML only
dt = T("2025-06-03 10:44:02")
FAKE_CASE = "174891552300617"
s = generic_sender(ip="185.217.98.41", host="mail.aws-certification-jp.com",
                   mailfrom="bounce@aws-certification-jp.com", from_dom="aws-certification-jp.com",
                   dkims=[("aws-certification-jp.com", "default", "pass")], dmarc="pass", p="NONE")
html_ = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif;">
<div style="background:#232f3e; padding:12px;"><img src="https://aws-certification-jp.com/img/aws-logo.png" alt="aws" height="30"></div>
<p>お客様各位</p>
<p>お客様の AWS 認定アカウント (AWS10482735) の統合申請を受け付けました。<br>
ケース番号: {FAKE_CASE}</p>
<p>統合を確定するには、<b>48時間以内</b>に以下のリンクから本人確認を行い、統合に同意してください。<br>
期限内にご対応いただけない場合、保有されている認定資格が失効する可能性があります。</p>
<p><a href="https://aws-certification-jp.com/merge/confirm?id=AWS10482735&amp;t=8c1f0e" style="background:#ff9900; color:#000000; padding:10px 20px; text-decoration:none;">統合に同意する</a></p>
<p>Amazon Web Services 認定サポート</p>
<p style="font-size:11px; color:#999;">&copy; 2025, Amazon Web Services, Inc. or its affiliates.</p>
</body></html>
"""
write("034-giji-tougou-doui.eml", provider="gmail", to=A_TO, to_hdr=A_TOH, sender=s, dt=dt,
      frm=addr("Amazon Web Services", "support@aws-certification-jp.com"),
      subject=ew("【重要】AWS 認定アカウント統合の最終確認 (48時間以内)", chunk=12),
      body=leaf(html_, "html", cte="base64"),
      label=("merge_confirmation_requested", FAKE_CASE, ["AWS10482735"], False, "ja"))

# 036 unrelated phishing (Amazon payment), wrong charset label, au -------
dt = T("2025-07-15 12:03:00")
s = generic_sender(ip="103.151.42.17", host="smtp.secure-acct.top",
                   mailfrom="info@amazon-co-jp.secure-acct.top", from_dom="amazon-co-jp.secure-acct.top",
                   dkims=[], dmarc="none", p="NONE", spf="softfail", sign=False)
txt = """Amazon お客様

お支払い方法に問題が発生したため、お客様のアカウントを一時的に停止しました。
24時間以内に以下のリンクからお支払い情報を更新してください。更新がない場合、アカウントは永久に停止されます。

https://amazon-co-jp.secure-acct.top/ap/signin?verify=3c9d

Amazon.co.jp カスタマーサービス
"""
write("036-amazon-shiharai-phish.eml", provider="au", to=G_TO, sender=s, dt=dt,
      frm=addr("Amazon.co.jp", "info@amazon-co-jp.secure-acct.top"),
      subject=ew("【Amazon】お支払い方法の確認が必要です", chunk=10),
      body=leaf(txt, charset="utf-8", cte="8bit", label="Shift_JIS"),
      date_tz=JST,
      label=("unrelated", None, [], False, "ja"))

# ================================================================ Thread L (Lucas, outlook.com, console)
L_TO = "lucas.moreau@outlook.com"
L_open = T("2025-11-19 09:41:27")
L = case15(L_open, 90044)

# 059 case_created English console ---------------------------------------
dt = L_open + timedelta(seconds=44)
s = aws_sender(dt)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {L} to address your issue.

The details of your case are as follows:

Case ID: {L}
Subject: Merge duplicate certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts (AWS17720354 and AWS03391846)
because I registered again with my personal e-mail after leaving my previous employer.
I would like to keep AWS17720354. Could you please merge them?

To see the details of your case, or to add to it, visit the Support Center:
{console_link(L)}

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
write("059-opened-new-support-case.eml", provider="o365", to=L_TO, to_hdr=f"Lucas Moreau <{L_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, NOREPLY),
      subject=f"Amazon Web Services: You have opened a new Support case: {L}",
      body=leaf(txt, charset="us-ascii", cte="7bit"), rx_kw={"tenant": "eurprd07"},
      label=("case_created", L, ["AWS03391846", "AWS17720354"], True, "en"))

# 035 phishing "merge done" spoofing amazon.com; top AR fails, forged AR below
dt = T("2025-11-21 08:15:40")
s = generic_sender(ip="45.133.74.202", host="vps-2231.hostkey-cloud.net",
                   mailfrom="noreply@aws-certmerge-verify.info", from_dom="amazon.com",
                   dkims=[], dmarc="fail", p="QUARANTINE", spf="fail", sign=False,
                   msgid_dom="aws-certmerge-verify.info")
s["mailfrom_dom"] = "aws-certmerge-verify.info"
forged = ("mx.amazon.com;\n dkim=pass header.d=amazon.com header.s=rf2oxgy4ozwxdd4nwdwxkugf7u3ptiqa;\n"
          " spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass (p=QUARANTINE) header.from=amazon.com")
txt = """Hello,

Your AWS Certification profiles have been merged successfully. All certifications now
appear under account aws17720354.

To keep your certifications active after the merge, you must re-verify your identity
within 24 hours. Failure to do so will result in the suspension of your certifications
and any active exam vouchers.

Verify now: http://aws-certmerge-verify.info/login?acct=aws17720354

Regards,
AWS Training and Certification
"""
html_ = """<html><body style="font-family: Arial;">
<p>Hello,</p>
<p>Your AWS Certification profiles have been merged successfully. All certifications now
appear under account <b>aws17720354</b>.</p>
<p>To keep your certifications active after the merge, you must re-verify your identity
within <b>24 hours</b>. Failure to do so will result in the suspension of your certifications
and any active exam vouchers.</p>
<p><a href="http://aws-certmerge-verify.info/login?acct=aws17720354">Verify my account</a></p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>
"""
write("035-merged-verify-phish.eml", provider="o365", to=L_TO, to_hdr=L_TO, sender=s, dt=dt,
      frm=addr("AWS Training and Certification", NOREPLY),
      subject="Your AWS Certification accounts have been merged - action required",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(html_, "html", charset="us-ascii", cte="7bit")),
      rx_kw={"tenant": "eurprd07", "forged_below": forged},
      label=("merge_completed", None, ["AWS17720354"], False, "en"))

# ================================================================ unrelated
# 037 billing case opened (console, Japanese) -----------------------------
dt = T("2025-08-19 00:52:33")
BILL = case15(dt - timedelta(seconds=31), 21907)
s = aws_sender(dt)
txt = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {BILL} を作成しました。

ケース ID: {BILL}
件名: 請求書の宛名 (会社名) の変更について
重要度: 一般的なガイダンス
サービス: 請求

ケースの詳細を確認したり、ケースに返信したりするには、AWS サポートセンターにサインインしてください:
{console_link(BILL, 'ja')}

このメールアドレスでは返信を受け付けることができません。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
write("037-seikyu-case-sakusei.eml", provider="o365", to=C_TO, to_hdr=C_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, NOREPLY),
      subject=ew(f"Amazon Web Services: 新しいサポートケースを作成しました: {BILL}", chunk=9),
      body=leaf(txt),
      label=("unrelated", BILL, [], True, "ja"))

# 038 EC2 limit increase (English) ---------------------------------------
I_TO = "tbecker@lakeside-analytics.com"
dt = T("2025-06-10 16:12:00")
QCASE = case15(T("2025-06-09 21:40:02"), 73355)
s = aws_sender(dt)
txt = f"""Hello,

We have approved and processed your quota increase request(s).

[US East (Northern Virginia)]: EC2 Instances / Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, New Limit = 256

It can sometimes take up to 30 minutes for this to propagate and become available for use.
I hope this helps. Please let us know if there is anything else we can do for you.

Best regards,
Kavitha R.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center

{FOOT_EN}
"""
write("038-ec2-quota-approved.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {QCASE}] Limit Increase: EC2 Instances",
      body=leaf(txt, charset="us-ascii", cte="7bit"), rx_kw={"tenant": "namprd12"},
      label=("unrelated", QCASE, [], True, "en"))

# 039 Seller Central account consolidation (Japanese), 10-digit case ----
dt = T("2025-11-05 06:30:00")
SC = "5884903127"
s = aws_sender(dt)
txt = f"""佐藤 健太 様

Amazon 出品サービスをご利用いただきありがとうございます。出品者サポートの大西です。

お問い合わせいただいた、重複して作成された出品用アカウントの統合についてご案内いたします。
Amazon.co.jp では、1 つの事業者につき 1 つの出品用アカウントのみを保有できます。
不要となったアカウントの閉鎖手続きは、セラーセントラルの「設定」>「アカウント情報」>「アカウントを閉鎖する」から行ってください。

ご不明な点がございましたら、このケースにご返信ください。

大西
Amazon.co.jp 出品サービス サポート

このメッセージは役に立ちましたか?
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={SC}
"""
write("039-seller-central-tougou.eml", provider="yahoo", to=B_TO, sender=s, dt=dt,
      frm=addr("Amazon Selling Partner Support", "seller-answers@amazon.com"),
      subject=f"RE:[CASE {SC}] " + ew("出品用アカウントの統合について", chunk=9),
      body=leaf(txt),
      label=("unrelated", SC, [], True, "ja"))

# 040 CertMetrics survey (English) ----------------------------------------
H_TO = "priya.raman.cloud@gmail.com"
dt = T("2025-09-20 14:00:00")
s = generic_sender(ip="168.245.71.96", host="o1.ptr9312.certmetrics.com",
                   mailfrom="bounces+18276-ab12-priya.raman.cloud=gmail.com@em.certmetrics.com",
                   from_dom="certmetrics.com",
                   dkims=[("certmetrics.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                   dmarc="pass", p="NONE")
txt = """Dear Priya Raman,

AWS Certification wants to hear from you!

Your feedback helps us improve the AWS Certification experience. Please take a
few minutes to tell us about your recent experience with AWS Certification.

AWS Certification Account: AWS06671420

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=9f2c77

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification.
"""
write("040-certmetrics-hear-from-you.eml", provider="gmail", to=H_TO, to_hdr=f"Priya Raman <{H_TO}>",
      sender=s, dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
      subject="AWS Certification wants to hear from you",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      label=("unrelated", None, ["AWS06671420"], False, "en"))

# 041 Pearson VUE appointment (Japanese) ----------------------------------
dt = T("2026-02-16 09:30:00")
s = generic_sender(ip="159.182.1.44", host="mta3.pearson.com",
                   mailfrom="pearsonvueconfirmation@pearson.com", from_dom="pearson.com",
                   dkims=[("pearson.com", "selector1", "pass")], dmarc="pass", p="REJECT")
txt = """中村 彩 様

Pearson VUE をご利用いただきありがとうございます。以下の試験の予約が確定しました。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2026年3月7日 (土) 10:00 (JST)
試験会場: オンライン (OnVUE)
AWS 認定アカウント ID: AWS08815537
登録 ID: 498271936

試験開始 30 分前からチェックインが可能です。有効な身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
write("041-pearson-vue-yoyaku.eml", provider="docomo", to=F_TO, sender=s, dt=dt,
      frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"),
      subject=ew("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate", chunk=20),
      body=leaf(txt, cte="base64"),
      label=("unrelated", None, ["AWS08815537"], False, "ja"))

# 042 GitHub merged PR ----------------------------------------------------
dt = T("2025-09-11 06:22:10")
s = generic_sender(ip="192.30.252.206", host="out-23.smtp.github.com",
                   mailfrom="noreply@github.com", from_dom="github.com",
                   dkims=[("github.com", "pf2023", "pass")], dmarc="pass", p="REJECT")
txt = """Merged #218 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-consulting/terraform-aws-accounts/pull/218#event-19822734561
You are receiving this because you authored the thread.

Message ID: <northwind-consulting/terraform-aws-accounts/pull/218/issue_event/19822734561@github.com>
"""
html_ = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-consulting/terraform-aws-accounts/pull/218">#218</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-consulting/terraform-aws-accounts/pull/218#event-19822734561">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
write("042-github-merged-218.eml", provider="gmail", to=H_TO, to_hdr=f"northwind-consulting/terraform-aws-accounts <terraform-aws-accounts@noreply.github.com>",
      sender=s, dt=dt, frm=addr("Marcus Lee", "notifications@github.com"),
      subject="Re: [northwind-consulting/terraform-aws-accounts] Merge the two sandbox account modules (PR #218)",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(html_, "html", charset="us-ascii", cte="7bit")),
      msgid="<northwind-consulting/terraform-aws-accounts/pull/218/issue_event/19822734561@github.com>",
      extra=[("Reply-To", "northwind-consulting/terraform-aws-accounts <reply+ABCD7QWERTY5F3@reply.github.com>"),
             ("In-Reply-To", "<northwind-consulting/terraform-aws-accounts/pull/218@github.com>"),
             ("References", "<northwind-consulting/terraform-aws-accounts/pull/218@github.com>"),
             ("List-ID", "northwind-consulting/terraform-aws-accounts <terraform-aws-accounts.northwind-consulting.github.com>"),
             ("X-GitHub-Reason", "author")],
      label=("unrelated", None, [], False, "en"))

# 043 Credly expiry reminder ----------------------------------------------
dt = T("2026-02-01 15:00:00")
s = credly_sender(dt, I_TO)
txt = """Tom, your badge is expiring soon

Your AWS Certified Cloud Practitioner badge, issued by AWS Training and Certification,
will expire on April 2, 2026.

To keep your badge current, complete the recertification requirements before the
expiration date. Learn more: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/2f8a3c1e-77d0-4b5e-9e61-0a4d3b9c8e27

Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119
"""
write("043-credly-expiring-soon.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr("Credly", "admin@credly.com"),
      subject="Your AWS Certified Cloud Practitioner badge expires in 60 days",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      rx_kw={"tenant": "namprd12"},
      label=("unrelated", None, [], True, "en"))

# 044 Credly's own account merge code ------------------------------------
dt = T("2025-09-10 05:03:44")
s = credly_sender(dt, H_TO)
txt = """Hi Priya,

We received a request to merge another Credly account into this one.

Your verification code is: 482913

Enter this code on the Account Merge page, or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=e61b0f93c2

This code expires in 30 minutes. If you did not request this, you can ignore this email.

The Credly Team
"""
write("044-credly-own-merge-code.eml", provider="gmail", to=H_TO, to_hdr=f"Priya Raman <{H_TO}>",
      sender=s, dt=dt, frm=addr("Credly", "admin@credly.com"),
      subject="Your Credly account merge verification code",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      label=("unrelated", None, [], True, "en"))

# 045 colleague, internal Exchange, no AR, ISO-2022-JP, Thunderbird quote
dt = T("2025-08-12 02:31:10")
s = generic_sender(ip="10.20.1.12", host="KSYS-EX02.kitamura-sys.local",
                   mailfrom="h.okada@kitamura-sys.co.jp", from_dom="kitamura-sys.co.jp",
                   dkims=[], sign=False, msgid_dom="KSYS-EX02.kitamura-sys.local")
sho_mail = """岡田さん

お疲れさまです。鈴木です。
AWS の資格手当の申請ですが、AWS 側で認定アカウントを1つにまとめてもらったので、
申請書の認定番号はどちらを書けばよいでしょうか。

鈴木"""
txt = f"""鈴木さん

お疲れさまです。人事の岡田です。

統合後に残っている方の ID (AWS05562019) で申請してもらえれば大丈夫です。
認定証の PDF も新しい方のアカウントからダウンロードしたものを添付してください。

よろしくお願いします。

--
岡田 春香 / 人事部 人事課
北村システム株式会社

2025/08/12 10:03 に 鈴木 翔 さんは書きました:
{quote(sho_mail)}
"""
write("045-shanai-shikaku-teate.eml", provider="exchange", to=C_TO, to_hdr=addr("鈴木 翔", C_TO, "iso-2022-jp"),
      sender=s, dt=dt, frm=addr("岡田 春香", "h.okada@kitamura-sys.co.jp", "iso-2022-jp"),
      subject="Re: " + ew("資格手当の申請について", "iso-2022-jp", chunk=8),
      body=leaf(txt, charset="iso-2022-jp", cte="7bit"),
      date_tz=JST,
      extra=[("In-Reply-To", "<TY3PR01MB98211A7C5E2D4F0B8C6E1A4DC52AA@TY3PR01MB9821.jpnprd01.prod.outlook.com>"),
             ("References", "<TY3PR01MB98211A7C5E2D4F0B8C6E1A4DC52AA@TY3PR01MB9821.jpnprd01.prod.outlook.com>"),
             ("User-Agent", "Mozilla Thunderbird")],
      label=("unrelated", None, ["AWS05562019"], None, "ja"))

# 046 AWS Japan newsletter ------------------------------------------------
dt = T("2026-03-10 01:00:00")
s = aws_sender(dt)
html_ = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="margin:0; background:#eaeded;">
<table width="640" align="center" cellpadding="24" cellspacing="0" style="background:#ffffff; font-family: Arial, sans-serif;">
<tr><td style="background:#232f3e;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" height="40" alt="AWS"></td></tr>
<tr><td>
<h1 style="font-size:22px;">AWS Summit Japan 2026 登録受付を開始しました</h1>
<p>今年も AWS Summit Japan を幕張メッセにて開催します。150 を超えるセッション、EXPO、認定者ラウンジなど、
クラウドの最新情報を体験いただけるコンテンツをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900; color:#16191f; padding:10px 24px; text-decoration:none;">今すぐ登録 (無料)</a></p>
</td></tr>
<tr><td style="font-size:11px; color:#687078;">このメールは AWS からのお知らせの配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
"""
write("046-aws-summit-japan.eml", provider="gmail", to=A_TO, sender=s, dt=dt,
      frm=addr("AWS Japan", "aws-apac-marketing@amazon.com"),
      subject=ew("【AWS Summit Japan 2026】登録受付開始のお知らせ", chunk=12),
      body=alt(leaf("AWS Summit Japan 2026 登録受付を開始しました。\nhttps://aws.amazon.com/jp/summits/japan/\n", cte="base64"),
               leaf(html_, "html", cte="base64")),
      extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")],
      label=("unrelated", None, [], True, "ja"))

# 047 AWS Builder ID verification code -----------------------------------
dt = T("2025-09-02 15:05:31")
s = aws_sender(dt, from_dom="signin.aws")
txt = """Verify your AWS Builder ID email address

Hello,

To finish signing in, enter the following verification code:

Verification code: 715402

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
write("047-builder-id-code.eml", provider="gmail", to=H_TO, sender=s, dt=dt,
      frm=addr("AWS", "no-reply@signin.aws"),
      subject="Verify your AWS Builder ID email address",
      body=leaf(txt, charset="us-ascii", cte="7bit"),
      label=("unrelated", None, [], True, "en"))

# ================================================================ Thread H (Priya, Gmail, form)
H_open = T("2025-09-02 15:18:44")
H = case15(H_open, 50612)
H_SUBJ = f"RE:[CASE {H}] [AWS Training and Certification Form Submission] - account-assistance"
H_TOH = f"Priya Raman <{H_TO}>"

# 048 case_created ---------------------------------------------------------
dt = H_open + timedelta(seconds=40)
s = aws_sender(dt)
txt = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. Your request has been logged
under case {H}.

A member of our team will get back to you, in principle within 24 hours. To help us
assist you quickly, please do not submit a new form for the same request. If you have
additional information, simply reply to this email and keep the case number in the subject.

Summary of your submission
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  AWS candidate ID: aws06671420
  Notification email: {H_TO}

Regards,
AWS Training and Certification Support
"""
write("048-request-logged.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM),
      subject=f"[CASE {H}] We received your request - AWS Training and Certification",
      body=leaf(txt, charset="us-ascii", cte="7bit"),
      label=("case_created", H, ["AWS06671420"], True, "en"))

# 049 support_reply: which to keep ---------------------------------------
dt = T("2025-09-03 17:05:12")
s = aws_sender(dt)
H49 = f"""Hello Priya,

Thank you for reaching out. My name is Daniel and I'll be assisting you today.

I found two certification accounts associated with your name:
  - aws06671420 ({H_TO})
  - aws15532087 (priya.raman@northwind-consulting.com)

Could you please let me know which of these you would like to keep as your primary
account, and confirm the email address you would like to receive notifications at?

Best regards,
Daniel
Amazon Web Services"""
write("049-which-account-primary.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=H_SUBJ,
      body=leaf(H49 + "\n", charset="us-ascii", cte="7bit"),
      label=("support_reply", H, ["AWS06671420", "AWS15532087"], True, "en"))

# 050 merge_confirmation_requested, nested Gmail quotes ------------------
dt = T("2025-09-04 16:40:33")
s = aws_sender(dt)
H_user1 = """Hi Daniel,

Thanks for the quick reply. Please keep AWS06671420 - that is my personal address and
the one I want to use going forward. Notifications to the same address are fine.

Thanks,
Priya"""
H50 = f"""Hello Priya,

Thanks for getting back to me. Before I submit this, please review the following carefully:

 - Primary account (retained): AWS06671420 - {H_TO}
 - Secondary account (to be merged into the primary and deactivated): AWS15532087

All certification history, exam results and benefits from the secondary account will move
to the primary. Please note this action is permanent and cannot be reversed once completed.

Kindly reply to this email confirming that the details above are correct and that you
would like us to go ahead.

Best regards,
Daniel
Amazon Web Services"""
txt = f"""{H50}

On Wed, Sep 3, 2025 at 11:52 PM Priya Raman <{H_TO}> wrote:
{quote(H_user1 + chr(10) + chr(10) + "On Wed, Sep 3, 2025 at 10:35 PM Amazon Web Services <" + FORM + "> wrote:" + chr(10) + quote(H49))}
"""
write("050-please-review-confirm.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=H_SUBJ,
      body=leaf(txt, charset="utf-8"),
      label=("merge_confirmation_requested", H, ["AWS06671420", "AWS15532087"], True, "en"))

# 051 support_reply: thank you for confirming ----------------------------
dt = T("2025-09-05 09:12:40")
s = aws_sender(dt)
txt = f"""Hello Priya,

Thank you for confirming. We will now proceed with your request and will update you
as soon as it has been processed, typically within 2-3 business days.

Best regards,
Daniel
Amazon Web Services

On Fri, Sep 5, 2025 at 1:03 AM Priya Raman <{H_TO}> wrote:
{quote("The details are correct. Please proceed with the merge." + chr(10) + chr(10) + "Priya" + chr(10) + chr(10) + "On Thu, Sep 4, 2025 at 10:10 PM Amazon Web Services <" + FORM + "> wrote:" + chr(10) + quote(H50))}
"""
write("051-thank-you-for-confirming.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=H_SUBJ,
      body=leaf(txt, charset="utf-8"),
      extra=[("In-Reply-To", "<CAHk3pR9x0QeY2bWm8tZ5vN1uJfD7sAq@mail.gmail.com>"),
             ("References", "<CAHk3pR9x0QeY2bWm8tZ5vN1uJfD7sAq@mail.gmail.com>")],
      label=("support_reply", H, [], True, "en"))

# 052 merge_completed + rating ------------------------------------------
dt = T("2025-09-08 14:30:02")
s = aws_sender(dt)
txt = f"""Hello Priya,

Good news: your records are now consolidated under AWS06671420, and the profile
AWS15532087 has been retired. Your certifications, exam history and the 50% exam
discount benefit are all visible when you sign in with {H_TO}.

Your Credly badges will be re-issued to the same address over the next few days.

How did we do? Please take a moment to rate this correspondence:
  Excellent: https://survey.aws-tc-support.amazon.com/r/{H}?s=5
  Poor:      https://survey.aws-tc-support.amazon.com/r/{H}?s=1

Best regards,
Daniel
Amazon Web Services
"""
write("052-records-consolidated.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr(AWSNAME, FORM), subject=H_SUBJ,
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      label=("merge_completed", H, ["AWS06671420", "AWS15532087"], True, "en"))

# 053 credly badge, HTML only -------------------------------------------
dt = T("2025-09-09 02:41:19")
s = credly_sender(dt, H_TO)
html_ = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head>
<body style="margin:0; background:#f4f4f4;">
<table width="600" align="center" cellpadding="24" cellspacing="0" style="background:#ffffff; font-family: Helvetica, Arial, sans-serif;">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td>
<p style="font-size:20px;">Priya, AWS Training and Certification issued you a badge</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/120x120/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt=""><br>
<b>AWS Certified Developer - Associate</b></p>
<p>Following an update to your AWS Certification account, this badge has been moved to your Credly account.</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/3d7f9b21-6c0e-4a84-b5f2-81c9e0a4d6e3" style="background:#ff6b00; color:#ffffff; padding:12px 32px; text-decoration:none;">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px; color:#999999;">Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119</td></tr>
</table></body></html>
"""
write("053-credly-accept-moved.eml", provider="gmail", to=H_TO, to_hdr=H_TOH, sender=s, dt=dt,
      frm=addr("AWS Training and Certification via Credly", "admin@credly.com"),
      subject="Priya, you've been issued a badge by AWS Training and Certification",
      body=leaf(html_, "html", cte="quoted-printable"),
      label=("credly_badge_issued", None, [], True, "en"))

# ================================================================ Thread I (Tom, O365, console, 11-digit)
I = "12093318475"
I_CSUBJ = "Merge AWS Certification accounts"

# 054 merge_confirmation_requested, ids with spaces ----------------------
dt = T("2025-04-15 18:20:42")
s = aws_sender(dt)
txt = f"""Hello Tom,

Thank you for contacting AWS Support.

I have located the following AWS Certification accounts under your name:

AWS 01938846 (tom.becker.dev@gmail.com)
AWS 10055372 ({I_TO})

As requested, AWS 10055372 will be kept and AWS 01938846 will be merged into it.
Because a merge cannot be undone, we need your explicit confirmation before we proceed.
Please reply to this case through the Support Center confirming the above is correct:
{console_link(I)}

Best regards,

Karen M.
Amazon Web Services

{FOOT_EN}
"""
write("054-explicit-confirmation.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {I}] {I_CSUBJ}",
      body=leaf(txt, charset="us-ascii", cte="7bit"), rx_kw={"tenant": "namprd12"},
      label=("merge_confirmation_requested", I, ["AWS01938846", "AWS10055372"], True, "en"))

# 055 support_reply: once the merge is complete ---------------------------
dt = T("2025-04-17 20:02:09")
s = aws_sender(dt)
txt = f"""Hello Tom,

We have received your confirmation and have passed your request on to our certification
operations team. Once the merge into AWS10055372 is complete, we will update this case,
and your Credly badges should follow within 48 hours after that.

No further action is needed from you at this time.

Best regards,

Karen M.
Amazon Web Services

{FOOT_EN}
"""
write("055-once-merge-complete.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, NOREPLY),
      subject=f"RE:[CASE {I}] {I_CSUBJ}",
      body=leaf(txt, charset="us-ascii", cte="7bit"), rx_kw={"tenant": "namprd12"},
      label=("support_reply", I, ["AWS10055372"], True, "en"))

# 056 survey: resolved --------------------------------------------------
dt = T("2025-04-21 22:00:31")
s = aws_sender(dt)
txt = f"""Hello,

Your case {I} ("{I_CSUBJ}") has been resolved.

If your issue is not resolved, you can reopen the case within 14 days from the Support Center:
{console_link(I)}

How would you rate the support you received?
https://support.console.aws.amazon.com/support/feedback?caseId={I}

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
"""
write("056-case-resolved-rate.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, NOREPLY),
      subject=f"Amazon Web Services: Your support case {I} has been resolved",
      body=alt(leaf(txt, charset="us-ascii", cte="7bit"), leaf(t2h(txt, "en"), "html")),
      rx_kw={"tenant": "namprd12"},
      label=("survey", I, [], True, "en"))

# 060 credly badge issued ------------------------------------------------
dt = T("2025-04-22 13:45:10")
s = credly_sender(dt, I_TO)
txt = """Tom, you've been issued a badge by AWS Training and Certification!

AWS Certified Solutions Architect - Professional

Accept your badge to add it to your Credly profile and share it with your network.

Accept badge: https://www.credly.com/earner/earned/badge/c41e8a07-2b9d-4f36-8e17-5da0c3b94f12

Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119
"""
write("060-credly-issued-tom.eml", provider="o365", to=I_TO, to_hdr=f"Tom Becker <{I_TO}>",
      sender=s, dt=dt, frm=addr("AWS Training and Certification via Credly", "admin@credly.com"),
      subject="Tom, you've been issued a badge by AWS Training and Certification",
      body=alt(leaf(txt, charset="us-ascii", cte="quoted-printable"), leaf(t2h(txt, "en"), "html", cte="base64")),
      rx_kw={"tenant": "namprd12"},
      label=("credly_badge_issued", None, [], True, "en"))

# ================================================================ Thread J (Kenji, self-hosted Postfix)
J_TO = "kenji@watanabe-lab.jp"
J_open = T("2026-02-09 01:33:05")
J = case15(J_open, 7719)
J_SUBJ = f"RE:[CASE {J}] [AWS Training and Certification Form Submission] - account-assistance"

# 057 merge_completed English, Outlook block + Thunderbird ja quote -------
dt = T("2026-02-12 06:45:27")
s = aws_sender(dt)
J_req = f"""Hello Kenji,

Thank you for the information. Please confirm that you would like us to merge
AWS02516693 into AWS15880247. AWS15880247 will remain as your account, and this
cannot be undone.

Reply to this email to confirm.

Regards,
Sofia
Amazon Web Services"""
txt = f"""Hello Kenji,

The merge has been carried out: AWS15880247 now holds the certifications previously
under AWS02516693, and the latter can no longer be used to sign in.

We are closing this case now. Was your issue resolved?
  YES: https://survey.aws-tc-support.amazon.com/q/{J}?resolved=yes
  NO:  https://survey.aws-tc-support.amazon.com/q/{J}?resolved=no

Regards,
Sofia
Amazon Web Services

From: Kenji Watanabe <{J_TO}>
Sent: Wednesday, February 11, 2026 10:14 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {J_SUBJ}

The details are correct. Please proceed with the merge.

Kenji Watanabe

2026/02/11 17:20 に Amazon Web Services さんは書きました:
{quote(J_req)}
"""
write("057-carried-out-resolved.eml", provider="postfix", to=J_TO, to_hdr=f"Kenji Watanabe <{J_TO}>",
      sender=s, dt=dt, frm=addr(AWSNAME, FORM), subject=J_SUBJ,
      body=leaf(txt, charset="utf-8"),
      label=("merge_completed", J, ["AWS02516693", "AWS15880247"], True, "en"))

# 058 survey, no Authentication-Results at all --------------------------
dt = T("2026-02-12 06:46:02")
s = aws_sender(dt)
txt = f"""Hello Kenji,

Your case {J} has been closed. How did we do?

Please take a minute to tell us about your experience with AWS Training and
Certification Support. Your feedback helps us improve.

Take the survey: https://survey.aws-tc-support.amazon.com/s/{J}

Thank you,
AWS Training and Certification
"""
write("058-how-did-we-do-noar.eml", provider="postfix_noar", to=J_TO, to_hdr=f"Kenji Watanabe <{J_TO}>",
      sender=s, dt=dt, frm=addr("AWS Training and Certification", "aws-tc-support-survey@amazon.com"),
      subject=f"How did we do? Case {J}",
      body=leaf(txt, charset="us-ascii", cte="7bit"),
      label=("survey", J, [], None, "en"))


with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=1)
print(len(LABELS), "mails written")
