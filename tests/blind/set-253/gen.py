#!/usr/bin/env python3
"""Generator for blind set 253 (Japanese-heavy AWS Certification account-merge mailbox).

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import html as htmlmod

from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email import policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(253)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

# ---------------------------------------------------------------- cases
CASE_A = "174832276004213"   # form desk, ja, opened 2025-05-27 14:12:40 JST
CASE_B = "174156859800387"   # console, ja (machine translated), 2025-03-10 10:03:18 JST
CASE_C = "10473829561"       # 2022 console, English
CASE_D = "6291847305"        # 2019 form, English
CASE_E = "175681680501926"   # form desk, English, 2025-09-02 21:40:05 JST
CASE_F0 = "176160909000512"  # unanswered form case, 2025-10-28 08:51:30 JST
CASE_F = "176225177100094"   # console, ja, 2025-11-04 19:22:51 JST
CASE_G = "172404034400731"   # form desk, ja, 2024-08-19 13:05:44 JST
CASE_H = "87644190213"       # 2021 console, ja


def jst(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=JST)


# ---------------------------------------------------------------- random bits
def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def fold_b64(s, first=60, width=70, indent="\t "):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return "\n".join(out)


# ---------------------------------------------------------------- dates
def la_zone(d):
    """US Pacific offset for a UTC datetime (rough DST rule, fine for 2019-2025)."""
    y = d.year
    # second Sunday of March, first Sunday of November
    m = dt.datetime(y, 3, 8, 10, tzinfo=UTC)
    while m.weekday() != 6:
        m += dt.timedelta(days=1)
    n = dt.datetime(y, 11, 1, 9, tzinfo=UTC)
    while n.weekday() != 6:
        n += dt.timedelta(days=1)
    if m <= d < n:
        return dt.timezone(dt.timedelta(hours=-7)), "PDT"
    return dt.timezone(dt.timedelta(hours=-8)), "PST"


def gdate(d):
    z, name = la_zone(d.astimezone(UTC))
    return format_datetime(d.astimezone(z)) + f" ({name})"


def fdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def jdate_gmail(d):
    """2025年5月28日(水) 8:02"""
    d = d.astimezone(JST)
    wd = "月火水木金土日"[d.weekday()]
    return f"{d.year}年{d.month}月{d.day}日({wd}) {d.hour}:{d.minute:02d}"


def jdate_outlook(d):
    d = d.astimezone(JST)
    wd = "月火水木金土日"[d.weekday()]
    return f"{d.year}年{d.month}月{d.day}日 ({wd}) {d.hour}:{d.minute:02d}"


# ---------------------------------------------------------------- MIME parts
CODECS = {
    "utf-8": "utf-8",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",
    "us-ascii": "ascii",
    "iso-8859-1": "latin-1",
    "euc-jp": "euc_jp",
    "windows-1252": "cp1252",
}


def part(text, sub="plain", cs="utf-8", cte="quoted-printable", codec=None, label=None,
         quote_label=True, extra_ct=""):
    codec = codec or CODECS[cs.lower()]
    raw = text.encode(codec)
    m = Message()
    lab = label or cs
    lab = f'"{lab}"' if quote_label else lab
    m["Content-Type"] = f"text/{sub}; charset={lab}{extra_ct}"
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        p = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        p = quopri.encodestring(raw).decode()
    else:
        p = raw.decode("ascii", "surrogateescape")
    m.set_payload(p)
    return m


def multi(*parts, sub="alternative", boundary=None):
    m = MIMEMultipart(sub, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def java_boundary():
    return f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1770000000000)}"


def gmail_boundary():
    return "0000000000" + rhex(16)


def outlook_boundary():
    return "_000_" + ralnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"


# ---------------------------------------------------------------- headers
def enc(s, cs="utf-8", q=False, name="Subject"):
    """Encoded-word header value (folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    c = Charset(cs)
    if q:
        c.header_encoding = QP
    elif cs == "utf-8":
        c.header_encoding = BASE64
    return Header(s, c, header_name=name).encode(maxlinelen=76)


def addr(name, a, cs="utf-8", q=False):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name) or " " in name:
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return enc(name, cs, q, name="From") + f" <{a}>"


def ar_block(authserv, clauses, sep=";\n       "):
    if authserv is None:  # Outlook style, no authserv-id
        return " ".join(clauses) if False else ";".join(clauses)
    return authserv + sep + sep.join(clauses) if clauses else authserv + "; none"


def dkim_sig(domain, d, selector=None, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
             c="relaxed/simple"):
    selector = selector or ralnum(32)
    t = int(d.timestamp())
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={t};\n"
            f"\th={headers};\n\tbh={rb64(32)};\n\tb=" + fold_b64(rb64(128), 50, 70, "\t "))


AMZ_SEL = "rjs4ae2iiyhbxd6xxyqmbgq5xpibpjeo"
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"
SES_SEL_AP = "gdwg2y3kokkkj5a55z2ilkup5wp5hhxx"


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    dom = "email.amazonses.com" if region is None else f"{region}.amazonses.com"
    local = f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
    return f"<{local}@{dom}>", f"{local}@amazonses.com"


def ses_ip():
    return R.choice(["54.240.8", "54.240.48", "54.240.9", "54.240.11", "23.251.234", "54.240.27"]) + "." + str(R.randint(11, 250))


def ses_host(ip):
    a, b, c, d = ip.split(".")
    if a == "23":
        return f"e{c}-{d}.smtp-out.us-east-2.amazonses.com"
    return f"a{c}-{d}.smtp-out.amazonses.com"


# --- receiving-side traces. each returns list of (name, value), topmost first.
def trace_gmail(rcpt, d, helo, ip, mailfrom, ar_clauses, spf="pass", extra_ar_first=None):
    r = d + dt.timedelta(seconds=R.randint(1, 4))
    sid = rhex(12)
    h = [
        ("Delivered-To", rcpt),
        ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(4)}csp{R.randint(100000, 9999999)}{ralnum(3)};\n        {gdate(r)}"),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:80]),
        ("X-Received", f"by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(14)}.{R.randint(1,30)}.{R.randint(1000000000000,9999999999999)};\n        {gdate(r)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b64(rb64(256), 60, 70, "        ")),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh=; b=" + fold_b64(rb64(256), 60, 70, "        ")),
        ("ARC-Authentication-Results", "i=1; " + ar_block("mx.google.com", ar_clauses)),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(8)}-{ralnum(14)}.{R.randint(10,600)}.{r.astimezone(la_zone(r)[0]).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(r)}"),
        ("Received-SPF", f"{spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};" if spf == "pass" else f"{spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"),
    ]
    if extra_ar_first:
        h.append(("Authentication-Results", extra_ar_first))
    h.append(("Authentication-Results", ar_block("mx.google.com", ar_clauses)))
    return h


def trace_outlook(rcpt, d, helo, ip, mailfrom_dom, ar_clauses, spf="Pass", region="jpnprd01"):
    r1 = d + dt.timedelta(seconds=R.randint(1, 3))
    r2 = r1 + dt.timedelta(seconds=R.randint(0, 2))
    r3 = r2 + dt.timedelta(seconds=R.randint(0, 2))
    mb = f"TYCPR01MB{R.randint(1000, 99999)}.{region}.prod.outlook.com"
    fe = f"OS{R.randint(0,9)}PR01CA{R.randint(1000, 9999)}.{region}.prod.outlook.com"
    ep = f"TY{R.randint(1,3)}PEPF0000{ralnum(4,'ABCDEF0123456789')}.apcprd0{R.randint(1,6)}.prod.outlook.com"
    ipv6 = lambda: f"2603:1096:{rhex(3)}:{rhex(2)}::{rhex(2)}"
    return [
        ("Received", f"from {mb} ({ipv6()}) by\n {mb.replace('TYCPR01MB','OS3PR01MB')} with HTTPS; {fdate(r3)}"),
        ("Received", f"from {fe} ({ipv6()}) by {mb}\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {fdate(r2)}"),
        ("Received", f"from {ep} ({ipv6()}) by {fe}\n ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {fdate(r2)}"),
        ("Authentication-Results", ar_block(None, ar_clauses)),
        ("Received-SPF", f"{spf} (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C" if spf == "Pass" else f"{spf} (protection.outlook.com: domain of {mailfrom_dom}\n does not designate {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};"),
        ("Received", f"from {helo} ({ip}) by\n {ep.replace('.prod.outlook.com','.mail.protection.outlook.com')} (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}\n via Frontend Transport; {fdate(r1)}"),
    ]


def trace_jp(provider, rcpt, d, helo, ip, mailfrom, ar_clauses, ar=True):
    """Japanese ISPs: nifty, biglobe, ocn, yahoo, sonet."""
    r = d + dt.timedelta(seconds=R.randint(1, 6))
    jd = fdate(r, JST)
    if provider == "nifty":
        idn = R.randint(1, 9)
        h = [("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from mta-snd0{idn}.mail.nifty.com by dmta0{idn}.mail.nifty.com\n          with ESMTP\n          id <{r.strftime('%Y%m%d%H%M%S')}{R.randint(100,999)}.{ralnum(10)}@dmta0{idn}.mail.nifty.com>\n          for <{rcpt}>; {jd}"),
             ("Received", f"from {helo} ([{ip}])\n          by mta-rcv0{idn}.mail.nifty.com with ESMTPS\n          id <{r.strftime('%Y%m%d%H%M%S')}{R.randint(100,999)}.{ralnum(10)}@mta-rcv0{idn}.mail.nifty.com>\n          for <{rcpt}>; {jd}")]
        sid = "nifty.com"
    elif provider == "biglobe":
        h = [("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from mfilter{(mf := R.randint(1,40))}.biglobe.ne.jp (mfilter{mf}.biglobe.ne.jp [133.205.{R.randint(1,250)}.{R.randint(1,250)}])\n\tby mail-m{R.randint(1,20)}.biglobe.ne.jp (Postfix) with ESMTP id 4{ralnum(12,'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {jd}"),
             ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx{R.randint(1,9)}.biglobe.ne.jp (Postfix) with ESMTPS id 4{ralnum(12,'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {jd}")]
        sid = "mfilter.biglobe.ne.jp"
    elif provider == "ocn":
        h = [("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from cmsmtp by cmsmtp with ESMTP\n\tid {ralnum(14,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}; {jd}"),
             ("Received", f"from {helo} ([{ip}])\n\tby mx-ocn{R.randint(10,99)}.ocn.ad.jp with ESMTPS\n\tid {ralnum(14,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}\n\tfor <{rcpt}>; {jd}")]
        sid = "ocn.ad.jp"
    elif provider == "yahoo":
        n = R.randint(1000, 5999)
        h = [("Received", f"from mtareplica{R.randint(1,9)}.mail.kks.yahoo.co.jp\n\tby mmb{R.randint(100,999)}.mail.kks.yahoo.co.jp with LMTP; {jd}"),
             ("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from {helo} ([{ip}])\n\tby mta{n}.mail.kks.yahoo.co.jp with ESMTPS\n\tfor <{rcpt}>; {jd}")]
        sid = f"mta{n}.mail.kks.yahoo.co.jp"
    elif provider == "sonet":
        h = [("Return-Path", f"<{mailfrom}>"),
             ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx{R.randint(1,6)}.so-net.ne.jp (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {jd}")]
        sid = "so-net.ne.jp"
    else:
        raise ValueError(provider)
    if ar:
        h.insert(1 if provider != "yahoo" else 2, ("Authentication-Results", ar_block(sid, ar_clauses, sep=";\n\t")))
    return h


def trace_corp(rcpt, d, org="hoshizora-sys.co.jp"):
    """Internal Exchange hop; no Authentication-Results."""
    r = d + dt.timedelta(seconds=R.randint(1, 3))
    return [
        ("Received", f"from EXMB0{R.randint(1,4)}.{org.split('.')[0]}.local (10.20.{R.randint(1,30)}.{R.randint(2,250)}) by\n EXMB0{R.randint(1,4)}.{org.split('.')[0]}.local (10.20.{R.randint(1,30)}.{R.randint(2,250)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.11; {fdate(r, JST)}"),
    ]


# --- sender-side headers for SES (AWS) mail
def aws_sender(d, frm_addr="no-reply-aws@amazon.com", region=None):
    msgid, rpath = ses_msgid(d, region)
    ip = ses_ip()
    helo = ses_host(ip)
    dk = [("DKIM-Signature", dkim_sig("amazon.com", d, AMZ_SEL)),
          ("DKIM-Signature", dkim_sig("amazonses.com", d, SES_SEL, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]
    return dict(msgid=msgid, rpath=rpath, ip=ip, helo=helo, dkim=dk)


def ar_aws_pass(s, style="gmail", frm_dom="amazon.com"):
    if style == "gmail":
        return [f"dkim=pass header.i=@{frm_dom} header.s={AMZ_SEL} header.b={rb64(6)[:8]}",
                f"dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(6)[:8]}",
                f"spf=pass (google.com: domain of {s['rpath']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['rpath']}",
                f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={frm_dom}"]
    if style == "outlook":
        return [f"spf=pass (sender IP is {s['ip']})\n smtp.mailfrom=amazonses.com", f" dkim=pass (signature was verified)\n header.d={frm_dom}",
                f"dkim=pass (signature was verified)\n header.d=amazonses.com", f"dmarc=pass action=none\n header.from={frm_dom}", "compauth=pass reason=100"]
    if style == "jp":
        return [f"spf=pass smtp.mailfrom={s['rpath']}", f"dkim=pass header.i=@{frm_dom} header.s={AMZ_SEL}",
                f"dkim=pass header.i=@amazonses.com", f"dmarc=pass header.from={frm_dom}"]
    raise ValueError(style)


def aws_headers(s, d, frm, to, subject, extra=None, date_tz=UTC):
    h = list(s["dkim"])
    h += [("From", frm), ("To", to), ("Subject", subject), ("Date", fdate(d, date_tz)),
          ("Message-ID", s["msgid"])]
    h += extra or []
    h += [("MIME-Version", "1.0")]
    tail = [("Feedback-ID", f"::1.us-east-1.{rb64(30)[:43]}=:AmazonSES"),
            ("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-{s['ip']}")]
    return h, tail


# ---------------------------------------------------------------- build & registry
LABELS = {}
_counter = [0]
FILES = []


def build(name, hdrs, body, label, tail_headers=None, crlf=False):
    _counter[0] += 1
    fname = f"{_counter[0]:03d}-{name}.eml"
    body = body
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32)
    g.flatten(body)
    b = buf.getvalue()
    head_lines = []
    for n, v in hdrs:
        head_lines.append(f"{n}: {v}\n")
    if not any(n.lower() == "mime-version" for n, _ in hdrs):
        head_lines.append("MIME-Version: 1.0\n")
    # body starts with its own Content-Type etc.; tail headers go after those
    bh, sep, bb = b.partition(b"\n\n")
    tail = "".join(f"{n}: {v}\n" for n, v in (tail_headers or []))
    out = "".join(head_lines).encode("ascii") + bh + b"\n" + tail.encode("ascii") + b"\n" + bb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(out)
    kind, case_id, accts, ver, lang = label
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
                     "sender_verified": ver, "language": lang}
    FILES.append(fname)
    return fname


# ---------------------------------------------------------------- html helpers
def html_simple(text, font="Meiryo, 'Hiragino Kaku Gothic ProN', sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#16191f">\n' + "\n".join(out) + "\n</body></html>\n")


def html_aws(text, title="Amazon Web Services", lang="ja", footer_html=""):
    paras = text.strip("\n").split("\n\n")
    rows = []
    for p in paras:
        rows.append('<p style="margin:0 0 14px 0">' + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8"><title>{htmlmod.escape(title)}</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:24px">
{chr(10).join(rows)}
</td></tr>
{footer_html}
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAIL_FUNCS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), "mails written")


MAIL_FUNCS = []


def mail(fn):
    MAIL_FUNCS.append(fn)
    return fn


# ---- mail definitions are appended below ----

# ================================================================ Case A: form desk, Japanese, Gmail user
YAMADA = "taro.yamada.dev@gmail.com"
YAMADA_TO = addr("山田 太郎", YAMADA)
FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
SUBJ_A = f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"


def send_aws_gmail(name, d, frm, to, subject, body, label, rcpt=YAMADA, extra=None, crlf=False):
    s = aws_sender(d)
    tr = trace_gmail(rcpt, d, s["helo"], s["ip"], s["rpath"], ar_aws_pass(s, "gmail"))
    h, tail = aws_headers(s, d, frm, to, subject, extra)
    return build(name, tr + h, body, label, tail, crlf=crlf)


@mail
def m_a1():
    d = jst("2025-05-27 14:12:52")
    txt = f"""山田 太郎 様

AWS トレーニングと認定 (AWS Training and Certification) へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {CASE_A}
お問い合わせの種類: Certification
詳細: Account Merge
AWS 認定 候補者 ID (AWS candidate ID): AWS10482273

お問い合わせ内容:
転職前の会社メールアドレスで作成した認定アカウント (AWS20931458) と、現在の個人アカウントを一つにまとめたいです。残したいのは AWS10482273 の方です。

担当者より原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。同じ内容で新たにお問い合わせいただきますと、回答が遅れる原因となりますのでご遠慮ください。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
"""
    html = html_aws(txt, "お問い合わせを受け付けました")
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_gmail("form-ack-ja", d, FORM_FROM, YAMADA, SUBJ_A, body,
                   ("case_created", CASE_A, ["AWS10482273", "AWS20931458"], True, "ja"))


@mail
def m_a2():
    d = jst("2025-05-28 10:31:07")
    txt = f"""山田 太郎 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

この度はお問い合わせいただき、ありがとうございます。
AWS 認定アカウントの統合につきまして、お手続きを進めるにあたり、恐れ入りますが以下の情報をご提供いただけますでしょうか。

1. 各アカウントにサインインする際にご利用のメールアドレス
   - AWS10482273:
   - AWS20931458:
2. 各アカウントに登録されている通知用メールアドレス (サインイン用と異なる場合)
3. 統合後に残すアカウント (メインとしてご利用になるアカウント) の候補者 ID

お問い合わせフォームでは AWS10482273 を残したいと伺っておりますが、誤りがないよう、改めてご確認いただけますと幸いです。
なお、旧勤務先のメールアドレスが既にご利用いただけない場合でも、統合のお手続きは可能でございます。

お手数をおかけいたしますが、本メールにご返信いただけますようお願い申し上げます。

何卒よろしくお願い申し上げます。

中村
AWS Training and Certification カスタマーサポート
Amazon Web Services

※本メールにご返信いただく際は、件名の [CASE {CASE_A}] を削除・変更しないでください。
"""
    body = part(txt, cs="iso-2022-jp", cte="7bit")
    send_aws_gmail("agent-asks-login-emails-ja", d, FORM_FROM, YAMADA, "RE:" + SUBJ_A, body,
                   ("support_reply", CASE_A, ["AWS10482273", "AWS20931458"], True, "ja"))


A_USER_REPLY1 = """中村様

ご連絡ありがとうございます。山田です。

1. サインイン用メールアドレス
   - AWS10482273: taro.yamada.dev@gmail.com
   - AWS20931458: t.yamada@kitakaze-tech.co.jp (退職済みのため受信できません)
2. 通知用メールアドレスもそれぞれ同じです。
3. 残したいのは AWS10482273 です。

よろしくお願いいたします。

山田 太郎"""

A_CONFIRM_REQ = f"""山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご返信いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下のとおり統合を行う予定でございます。

■ 統合元 (統合後に削除されるアカウント)
　候補者 ID: AWS20931458
　メールアドレス: t.yamada@kitakaze-tech.co.jp

■ 統合先 (統合後も残るアカウント)
　候補者 ID: AWS10482273
　メールアドレス: taro.yamada.dev@gmail.com

統合元アカウントに紐づく認定資格、試験履歴、特典 (次回の試験で利用できる 50% 割引バウチャーを含む) は、統合先アカウントへ移行されます。
なお、統合は一度実施すると元に戻すことができません。

上記の内容で問題がないか今一度ご確認のうえ、本メールへ「上記の内容で統合を進めてください」等とご返信ください。ご確認をいただけましたら、お手続きを開始いたします。

何卒よろしくお願い申し上げます。

中村
AWS Training and Certification カスタマーサポート
Amazon Web Services"""


@mail
def m_a3():
    d = jst("2025-05-29 09:47:33")
    prev = jst("2025-05-28 21:14:00")
    txt = A_CONFIRM_REQ + f"""

{jdate_gmail(prev)} 山田太郎 <{YAMADA}>:

{quote(A_USER_REPLY1)}
"""
    html = html_aws(A_CONFIRM_REQ, "RE: account-assistance") 
    body = multi(part(txt, cs="utf-8", cte="base64"), part(html, "html", cs="utf-8", cte="base64"), boundary=java_boundary())
    send_aws_gmail("confirm-request-ja", d, FORM_FROM, YAMADA, "RE:" + SUBJ_A, body,
                   ("merge_confirmation_requested", CASE_A, ["AWS10482273", "AWS20931458"], True, "ja"))


@mail
def m_a4():
    d = jst("2025-05-30 11:05:12")
    prev_user = jst("2025-05-29 12:40:00")
    new = f"""山田 太郎 様

中村でございます。
早速ご確認いただき、誠にありがとうございます。

いただいたご回答をもって、これより担当部署にてお手続きを進めてまいります。
作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
通常、数営業日以内に完了いたします。

お手続き期間中は、どちらのアカウントでも新たな試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願い申し上げます。

中村
AWS Training and Certification カスタマーサポート
Amazon Web Services"""
    user = "中村様\n\nご確認ありがとうございます。\n上記の内容で統合を進めてください。\nThe details are correct. Please proceed with the merge.\n\n山田"
    txt = new + f"""

{jdate_gmail(prev_user)} 山田太郎 <{YAMADA}>:

{quote(user)}
>
> {jdate_gmail(jst('2025-05-29 09:47:00'))} Amazon Web Services <{FORM}>:
>
{quote(A_CONFIRM_REQ, '> > ')}
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    send_aws_gmail("thanks-will-proceed-ja", d, FORM_FROM, YAMADA, "RE:" + SUBJ_A, body,
                   ("support_reply", CASE_A, [], True, "ja"))


@mail
def m_a5():
    d = jst("2025-06-02 16:20:41")
    new = f"""山田 太郎 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしました。
今後は AWS10482273 (taro.yamada.dev@gmail.com) にて AWS Certification アカウントへサインインしてください。

統合後、以下の点をご確認いただけますと幸いです。
・取得済みの認定資格がすべて表示されていること
・特典ページに割引バウチャー等が表示されていること
・Credly のデジタルバッジ (反映まで数日かかる場合がございます)

ご不明な点がございましたら、本メールにご返信ください。

このたびはご利用いただき、誠にありがとうございました。

中村
AWS Training and Certification カスタマーサポート
Amazon Web Services"""
    old = "\n".join([
        "-----Original Message-----",
        f"From: {YAMADA}",
        "Sent: Thursday, May 29, 2025 3:40 AM",
        f"To: {FORM}",
        "Subject: Re: RE:" + SUBJ_A,
        "",
        "中村様",
        "",
        "上記の内容で統合を進めてください。",
        "The details are correct. Please proceed with the merge.",
        "",
        "山田"])
    txt = new + "\n\n" + old + "\n"
    html = html_aws(new, "RE: account-assistance")
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_gmail("merge-done-ja", d, FORM_FROM, YAMADA, "RE:" + SUBJ_A, body,
                   ("merge_completed", CASE_A, ["AWS10482273"], True, "ja"))


@mail
def m_a6():
    d = jst("2025-06-02 16:22:03")
    footer = ""
    txt = f"""山田 太郎 様

お問い合わせいただいたケース (ケース ID: {CASE_A}) は解決済みとしてクローズされました。

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。

今回のお問い合わせは解決しましたか？"""
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>ケースはクローズされました</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Meiryo,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#232f3e;padding:14px 24px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>山田 太郎 様</p>
<p>お問い合わせいただいたケース (ケース ID: {CASE_A}) は解決済みとしてクローズされました。</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p style="font-weight:bold">今回のお問い合わせは解決しましたか？</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;a=yes&amp;l=ja" style="background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;border-radius:2px">はい</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;a=no&amp;l=ja" style="background:#ffffff;border:1px solid #879596;color:#16191f;padding:10px 22px;text-decoration:none;border-radius:2px">いいえ</a></td>
</tr></table>
<p style="margin-top:24px">担当者の対応を 5 段階で評価してください:<br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;s=1">1</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;s=2">2</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;s=3">3</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;s=4">4</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={CASE_A}&amp;s=5">5</a></p>
<p style="font-size:12px;color:#687078">本メールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table></td></tr></table></body></html>
"""
    body = part(html, "html", cs="utf-8", cte="base64")
    send_aws_gmail("closed-survey-html-ja", d, '"Amazon Web Services" <no-reply-aws@amazon.com>', YAMADA,
                   enc(f"[CASE {CASE_A}] ケースはクローズされました - ご意見をお聞かせください"), body,
                   ("survey", CASE_A, [], True, "ja"))


CREDLY_FROM_TC = "Amazon Web Services Training and Certification via Credly <admin@credly.com>"


def send_credly(name, d, rcpt, to_hdr, subject, body, label, trace="gmail", frm=CREDLY_FROM_TC, dmarc="pass",
                frm_dom="credly.com", extra=None):
    ip = f"167.89.{R.randint(1, 120)}.{R.randint(2, 250)}"
    helo = f"o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.{frm_dom}"
    rpath = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em{R.randint(100, 9999)}.{frm_dom}"
    dk = [("DKIM-Signature", dkim_sig(frm_dom, d, "s1", headers="from:content-type:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to", c="relaxed/relaxed")),
          ("DKIM-Signature", dkim_sig("sendgrid.info", d, "smtpapi", headers="from:content-type:mime-version:subject:x-feedback-id:to:cc", c="relaxed/relaxed"))]
    if trace == "gmail":
        cl = [f"dkim=pass header.i=@{frm_dom} header.s=s1 header.b={rb64(6)[:8]}",
              f"dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rb64(6)[:8]}",
              f"spf=pass (google.com: domain of {rpath} designates {ip} as permitted sender) smtp.mailfrom=\"{rpath}\"",
              f"dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={frm_dom}"]
        tr = trace_gmail(rcpt, d, helo, ip, rpath, cl)
    elif trace == "outlook":
        cl = [f"spf=pass (sender IP is {ip})\n smtp.mailfrom=em.{frm_dom}", f" dkim=pass (signature was verified)\n header.d={frm_dom}",
              f"dmarc={dmarc} action=none header.from={frm_dom}", "compauth=pass reason=100"]
        tr = trace_outlook(rcpt, d, helo, ip, f"em.{frm_dom}", cl)
    else:
        cl = [f"spf=pass smtp.mailfrom={rpath}", f"dkim=pass header.d={frm_dom}", f"dmarc={dmarc} header.from={frm_dom}"]
        tr = trace_jp(trace, rcpt, d, helo, ip, rpath, cl)
    h = dk + [("From", frm), ("To", to_hdr), ("Subject", subject), ("Date", fdate(d)),
              ("Message-ID", f"<{ralnum(22,'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}@geopod-ismtpd-{R.randint(1,40)}>")]
    h += extra or []
    h += [("MIME-Version", "1.0")]
    tail = [("X-Feedback-ID", f"{R.randint(1000000,9999999)}:SG"), ("X-SG-EID", rb64(60)),
            ("X-Entity-ID", rb64(16)[:22] + "==")]
    return build(name, tr + h, body, label, tail)


@mail
def m_a7():
    d = jst("2025-06-04 03:11:26")
    txt = """山田 太郎 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取る: https://www.credly.com/earner/earned/badge/4f1c2b7e-93a0-4d6b-8e2a-6c0f5d1e9b33

バッジを受け取ると、LinkedIn などで共有したり、メールの署名に追加したりできます。

このバッジは、以前のアカウントからお客様の現在のアカウントへ移行されたものです。

Credly チーム
Credly, 100 Pine St, Suite 1250, San Francisco, CA 94111
配信停止: https://www.credly.com/notification_preferences
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6">
<table width="100%"><tr><td align="center"><table width="560" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/images/logo-credly.png" width="96" alt="Credly"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-top:20px">山田 太郎 さん、新しいバッジが届きました</td></tr>
<tr><td style="padding:12px 0">Amazon Web Services Training and Certification から新しいバッジが発行されました。</td></tr>
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect – Associate"><br><b>AWS Certified Solutions Architect – Associate</b></td></tr>
<tr><td align="center" style="padding:20px"><a href="https://www.credly.com/earner/earned/badge/4f1c2b7e-93a0-4d6b-8e2a-6c0f5d1e9b33" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">バッジを受け取る</a></td></tr>
<tr><td style="font-size:13px;color:#555">このバッジは、以前のアカウントからお客様の現在のアカウントへ移行されたものです。</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:24px">Credly, 100 Pine St, Suite 1250, San Francisco, CA 94111 | <a href="https://www.credly.com/notification_preferences">配信停止</a></td></tr>
</table></td></tr></table></body></html>
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"), part(html, "html", cs="utf-8", cte="quoted-printable"),
                 boundary=rhex(60))
    send_credly("credly-badge-moved-ja", d, YAMADA, YAMADA,
                enc("バッジが発行されました: AWS Certified Solutions Architect – Associate"), body,
                ("credly_badge_issued", None, [], True, "ja"))


# ================================================================ Case B: console, machine-translated Japanese, nifty user
SATO = "misaki-sato@nifty.com"
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def send_aws_jp(name, provider, d, frm, to, subject, body, label, rcpt, extra=None, crlf=False, ar=True, no_dmarc=False):
    s = aws_sender(d)
    cl = ar_aws_pass(s, "jp")
    if no_dmarc:  # older provider filter: records DKIM/SPF only
        cl = [c for c in cl if not c.startswith("dmarc=")]
    tr = trace_jp(provider, rcpt, d, s["helo"], s["ip"], s["rpath"], cl, ar=ar)
    h, tail = aws_headers(s, d, frm, to, subject, extra)
    return build(name, tr + h, body, label, tail, crlf=crlf)


CONSOLE_FOOTER_JA = """このケースに関する詳細の確認や返信は、サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールアドレスは返信を受け付けておりません。ケースへの返信はサポートセンターから行ってください。*

今回の対応を評価してください: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja (「評価」をクリック)"""


@mail
def m_b1():
    d = jst("2025-03-10 10:03:24")
    cid = CASE_B
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family:'Amazon Ember','Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px;margin:0 auto">
<p><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.547f032d90171cdea4dd90c258f47373c5573db5.png" width="80" alt="Amazon Web Services"></p>
<p>アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース {cid} をオープンしました。</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><td style="padding:4px 16px 4px 0;color:#545b64">ケース ID</td><td>{cid}</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">件名</td><td>認定アカウントの統合について</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">重要度</td><td>一般的なガイダンス</td></tr>
<tr><td style="padding:4px 16px 4px 0;color:#545b64">重大度の目標応答時間</td><td>24 時間</td></tr>
</table>
<p>ケースの詳細の表示、追加情報の送信、ケースの解決は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=ja">サポートセンター</a>から行うことができます。</p>
<p>このメールアドレスは返信を受け付けていません。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。このメッセージは Amazon Web Services, Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配信されました。</p>
</div></body></html>
"""
    body = part(html, "html", cs="utf-8", cte="base64")
    send_aws_jp("console-case-opened-html-ja", "nifty", d, NOREPLY, SATO,
                enc(f"Amazon Web Services: 新しいサポートケースがオープンされました: {cid}"), body,
                ("case_created", cid, [], True, "ja"), rcpt=SATO)


@mail
def m_b2():
    d = jst("2025-03-11 02:47:10")
    cid = CASE_B
    txt = f"""こんにちは、

ケース {cid} に新しい対応が追加されました。

件名: 認定アカウントの統合について

対応内容を確認するには、サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

このメールアドレスは返信を受け付けておりません。

Amazon Web Services
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_simple(txt), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_jp("new-correspondence-notice-ja", "nifty", d, NOREPLY, SATO,
                enc(f"[ケース {cid}] 新しい対応が追加されました"), body,
                ("support_reply", cid, [], True, "ja"), rcpt=SATO)


@mail
def m_b3():
    d = jst("2025-03-11 02:46:58")
    cid = CASE_B
    txt = f"""こんにちは、

AWS サポートにお問い合わせいただきありがとうございます。

私はあなたが2つの AWS 認定アカウントを持っていることを理解しています、そしてあなたはそれらを1つのアカウントに結合したいです。 私たちのシステムでは、あなたのメールアドレスで AWS03318765 の1つのアカウントを見つけることができました。

私たちがあなたのリクエストを処理するために、次の情報を提供してください:

1. もう一つのアカウントの AWS 候補者 ID (わかる場合)
2. 各アカウントのログイン電子メールアドレス
3. どのアカウントを保持したいですか (プライマリアカウント)?

私たちは情報を受け取った後、さらに進みます。 このケースがあなたからの返答なしで 7 日間経過した場合、ケースは自動的に解決されます。

ご理解の程よろしくお願いします。

よろしくお願いします、

Rahul K.
アマゾン ウェブ サービス

{CONSOLE_FOOTER_JA.format(cid=cid)}
"""
    body = multi(part(txt, cs="utf-8", cte="base64"),
                 part(html_aws(txt, f"RE:[CASE {cid}]"), "html", cs="utf-8", cte="base64"), boundary=java_boundary())
    send_aws_jp("mt-agent-asks-which-keep-ja", "nifty", d, NOREPLY, SATO,
                enc(f"RE:[CASE {cid}] 認定アカウントの統合について"), body,
                ("support_reply", cid, ["AWS03318765"], True, "ja"), rcpt=SATO)


@mail
def m_b4():
    d = jst("2025-03-12 05:18:40")
    cid = CASE_B
    txt = f"""こんにちは、

ご返信ありがとうございます。

あなたが提供した情報に基づいて、私たちは以下のアカウントのマージを実行する準備ができています。 続行する前に、以下の詳細があなたに正しいことを確認してください。

ソースアカウント (マージされて閉鎖されます):
  候補者 ID: aws11570092
  電子メール: misaki.sato@ayame-consulting.jp

宛先アカウント (保持されます):
  候補者 ID: aws03318765
  電子メール: misaki-sato@nifty.com

マージが実行されると、この操作は元に戻すことはできません。 すべての認定、試験の履歴、およびバウチャーは宛先アカウントに移動されます。

上記の詳細が正しい場合、このケースに「はい、確認します」と返信してください。 私たちはあなたの確認を受け取るまで、アクションを取りません。

よろしくお願いします、

Rahul K.
アマゾン ウェブ サービス

{CONSOLE_FOOTER_JA.format(cid=cid)}
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, f"RE:[CASE {cid}]"), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_jp("mt-please-confirm-source-dest-ja", "nifty", d, NOREPLY, SATO,
                enc(f"RE:[CASE {cid}] 認定アカウントの統合について"), body,
                ("merge_confirmation_requested", cid, ["AWS03318765", "AWS11570092"], True, "ja"), rcpt=SATO)


@mail
def m_b5():
    d = jst("2025-03-14 01:02:55")
    cid = CASE_B
    txt = f"""こんにちは、

ご確認いただきありがとうございます。

私はあなたのアカウントのマージが正常に完了されたことをあなたに知らせることを嬉しく思います。 あなたは今 AWS 03318765 (misaki-sato@nifty.com) でサインインでき、すべての認定を 1 つの場所で見ることができます。 Credly バッジは 24 から 48 時間以内に移行されます。

問題が解決されたので、私はこのケースを解決済みとしてマークします。 追加の質問がある場合は、ケースを再開してください。

--- English ---
Your accounts have been merged successfully. You can now sign in with AWS 03318765. I am resolving this case.

よろしくお願いします、

Rahul K.
アマゾン ウェブ サービス

{CONSOLE_FOOTER_JA.format(cid=cid)}
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, f"RE:[CASE {cid}]"), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_jp("mt-merge-done-resolving-ja", "nifty", d, NOREPLY, SATO,
                enc(f"RE:[CASE {cid}] 認定アカウントの統合について"), body,
                ("merge_completed", cid, ["AWS03318765"], True, "ja"), rcpt=SATO)


# ================================================================ Case C: 2022 console case, non-native English agent, Exchange Online user
SUZUKI = "k.suzuki@hoshizora-sys.co.jp"
SUZUKI_TO = addr("Suzuki Kenichi (鈴木 健一)", SUZUKI)


def send_aws_outlook(name, d, frm, to, subject, body, label, rcpt=SUZUKI, extra=None, crlf=False):
    s = aws_sender(d)
    tr = trace_outlook(rcpt, d, s["helo"], s["ip"], "amazonses.com", ar_aws_pass(s, "outlook"))
    h, tail = aws_headers(s, d, frm, to, subject, extra)
    tail = tail + [("Return-Path", s["rpath"]),
                   ("X-MS-Exchange-Organization-AuthSource", tr[-1][1].split(" by\n ")[1].split(" ")[0]),
                   ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
                   ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1")]
    return build(name, tr + h, body, label, tail, crlf=crlf)


C_FOOTER = f"""To see all correspondence related to this case, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above."""


@mail
def m_c1():
    d = dt.datetime(2022, 6, 14, 8, 41, 19, tzinfo=UTC)
    txt = f"""Hello Kenichi,

Greetings from AWS Training and Certification Support!

Thank you for providing the informations. As per our discussion, kindly confirm that you want us to combine the below two certification profiles:

Profile to be kept (primary):    AWS27604419 - k.suzuki@hoshizora-sys.co.jp
Profile to be combined (secondary): AWS09925531 - kenichi.suzuki.1988@gmail.com

After the process, only AWS27604419 will remain active and all the certifications, exam history and benefits of AWS09925531 will be moved to it. The secondary profile will be deactivated.

Please be informed that this action is permanent and cannot be reverted once done.

Do revert back on this case with your confirmation so that we can go ahead with the request.

Have a nice day ahead!

Best regards,
Sowmya R.
Amazon Web Services

{C_FOOTER}
"""
    body = multi(part(txt, cs="us-ascii", cte="7bit"),
                 part(html_aws(txt, "Amazon Web Services", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_outlook("please-confirm-combine-profiles-en", d, NOREPLY, SUZUKI,
                     f"RE:[CASE {CASE_C}] Combine two certification profiles", body,
                     ("merge_confirmation_requested", CASE_C, ["AWS27604419", "AWS09925531"], True, "en"))


@mail
def m_c2():
    d = dt.datetime(2022, 6, 16, 3, 12, 5, tzinfo=UTC)
    txt = f"""Hello Kenichi,

Hope you are doing well.

I am happy to inform that the two profiles have been consolidated successfully as per your confirmation. Now you can login with k.suzuki@hoshizora-sys.co.jp (AWS27604419) and you will be able to see all your certifications under this single profile.

Kindly note that it can take 24-48 hours for the badges in Credly to reflect.

Thank you for your patience and understanding.

Best regards,
Sowmya R.
Amazon Web Services

{C_FOOTER}
"""
    body = multi(part(txt, cs="us-ascii", cte="7bit"),
                 part(html_aws(txt, "Amazon Web Services", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_outlook("profiles-consolidated-en", d, NOREPLY, SUZUKI,
                     f"RE:[CASE {CASE_C}] Combine two certification profiles", body,
                     ("merge_completed", CASE_C, ["AWS27604419"], True, "en"))


@mail
def m_c3():
    d = dt.datetime(2022, 6, 23, 3, 30, 44, tzinfo=UTC)
    txt = f"""Hello,

We haven't heard back from you regarding case {CASE_C}, so we have resolved it. If you still need help, you can reopen the case from the Support Center within 14 days.

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&resolved=yes
NO:  https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&resolved=no

How would you rate your overall support experience? Your feedback helps us improve.

Case ID: {CASE_C}
Subject: Combine two certification profiles

Thank you for using Amazon Web Services.
"""
    body = multi(part(txt, cs="utf-8", cte="7bit"),
                 part(html_aws(txt, "Case resolved", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_outlook("case-resolved-survey-en", d, NOREPLY, SUZUKI,
                     f"Amazon Web Services Support: Case {CASE_C} has been resolved", body,
                     ("survey", CASE_C, [], True, "en"))


# ================================================================ Case D: 2019 form case, English, biglobe user
TAKAHASHI = "yuki_takahashi@biglobe.ne.jp"
SUBJ_D = f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - Certification"
D_USER = """Hello,

I have two AWS Certification accounts. The first is AWS00485127 (yuki_takahashi@biglobe.ne.jp) and
the second is AWS31742086 (y-takahashi@minato-denki.co.jp), created by my previous company.
Please merge them into AWS00485127. My English is not good, sorry.

Best regards,
Yuki Takahashi"""


@mail
def m_d1():
    d = dt.datetime(2019, 7, 9, 17, 55, 2, tzinfo=UTC)
    txt = f"""Hi Yuki,

Thanks for your patience while we look into this.

I just wanted to give you a quick update: our Certification operations team is still reviewing the two records you sent us. Because of a high volume of requests this week it is taking a bit longer than usual, so I'm sorry for the wait.

There is nothing you need to do right now. I'll update this case as soon as I hear back from them.

Kind regards,

Jessica M.
AWS Training and Certification Customer Support
Amazon Web Services

On 2019/07/05 22:10, Takahashi Yuki wrote:
{quote(D_USER)}
"""
    body = part(txt, cs="us-ascii", cte="7bit")
    send_aws_jp("status-update-still-reviewing-en", "biglobe", d, FORM_FROM, TAKAHASHI, "RE:" + SUBJ_D, body,
                ("support_reply", CASE_D, [], True, "en"), rcpt=TAKAHASHI)


@mail
def m_d2():
    d = dt.datetime(2019, 7, 12, 0, 21, 37, tzinfo=UTC)
    new = """Hi Yuki,

Good news - your two AWS Certification accounts have now been combined. Everything that was on AWS31742086 (certifications, exam history and your exam voucher) now shows under AWS00485127, and AWS31742086 can no longer be used to sign in.

Please sign in at https://www.aws.training/certification with yuki_takahashi@biglobe.ne.jp and let me know if anything looks wrong.

Kind regards,

Jessica M.
AWS Training and Certification Customer Support
Amazon Web Services"""
    hist = f"""________________________________
From: Takahashi Yuki <{TAKAHASHI}>
Sent: Wednesday, July 10, 2019 9:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:{SUBJ_D}

Hello Jessica,

Thank you. I confirm. Please do it.

Yuki

> Hi Yuki,
>
> Before we go ahead, please confirm you would like AWS31742086 merged into AWS00485127.
> Please note that this cannot be reversed.
>
> Kind regards,
> Jessica M.
"""
    txt = new + "\n\n" + hist
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_simple(new, "Arial, sans-serif") , "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("accounts-combined-2019-en", "biglobe", d, FORM_FROM, TAKAHASHI, "RE:" + SUBJ_D, body,
                ("merge_completed", CASE_D, ["AWS00485127", "AWS31742086"], True, "en"), rcpt=TAKAHASHI, no_dmarc=True)


# ================================================================ Case E: form desk in English, Yahoo! JAPAN user, three accounts
TANAKA = "sho.tanaka2@yahoo.co.jp"
SUBJ_E = f"[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance"
E_FORM = f"""Inquiry Type: Certification
Inquiry Detail: Account Merge
AWS Candidate ID: AWS20197734
Name: Sho Tanaka
Email: {TANAKA}
Description: I have 3 certification accounts because I changed company two times. I want to keep only one account. Other IDs I remember: AWS05561208. The third one I don't know the number."""


@mail
def m_e1():
    d = jst("2025-09-02 21:40:11")
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and opened case {CASE_E}. A member of our support team will respond, in most cases within 24 hours.

Here is a copy of what you submitted:

{E_FORM}

To add information to this case, simply reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.

Sincerely,
AWS Training and Certification Customer Support
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, "We received your request", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("form-ack-three-accounts-en", "yahoo", d, FORM_FROM, TANAKA, SUBJ_E, body,
                ("case_created", CASE_E, ["AWS20197734", "AWS05561208"], True, "en"), rcpt=TANAKA)


E_AGENT1 = f"""Hello Sho,

Thank you for reaching out, and I'm happy to help you bring your certification records together.

I was able to locate AWS20197734 and AWS05561208. I also found a third profile, AWS18843390, which appears to belong to you (same name and date of birth) but is registered with a different address.

To make sure we move everything to the right place, could you please reply with:

1. The email address you use to sign in to each of the three accounts.
2. The notification email address on each account, if different.
3. Which account you would like to keep as your primary account.

Once the merge is complete, we will send you a confirmation, and your Credly badges will follow shortly after. Please note we can't start anything until we have the details above.

Best regards,

Daniel O.
AWS Training and Certification Customer Support
Amazon Web Services"""


@mail
def m_e2():
    d = jst("2025-09-04 08:15:29")
    txt = E_AGENT1 + "\n\n-----Original Message-----\n" + E_FORM + "\n"
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(E_AGENT1, "RE: account-assistance", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("agent-asks-emails-once-complete-en", "yahoo", d, FORM_FROM, TANAKA, "RE:" + SUBJ_E, body,
                ("support_reply", CASE_E, ["AWS20197734", "AWS05561208", "AWS18843390"], True, "en"), rcpt=TANAKA)


@mail
def m_e3():
    d = jst("2025-09-09 09:02:44")
    new = """Hello Sho,

I hope you're well. I'm following up on my previous message, as I haven't received a response yet.

We still need the sign-in email address for AWS18843390 before we can go any further with your request. If you no longer have access to that mailbox, just let us know and we'll suggest another way to verify that the account is yours.

If we don't hear from you within 5 business days, this case will be closed automatically. You can always reply to reopen it.

Best regards,

Daniel O.
AWS Training and Certification Customer Support
Amazon Web Services"""
    txt = new + "\n\n-----Original Message-----\n" + E_AGENT1 + "\n"
    body = part(txt, cs="utf-8", cte="base64")
    send_aws_jp("chaser-missing-login-email-en", "yahoo", d, FORM_FROM, TANAKA, "RE:" + SUBJ_E, body,
                ("support_reply", CASE_E, ["AWS18843390"], True, "en"), rcpt=TANAKA)


@mail
def m_e4():
    d = jst("2025-09-11 10:48:03")
    new = """Hello Sho,

Thank you for the details. Before I submit the request, please review the summary below carefully:

  Surviving account (kept):   AWS-20197734  (sho.tanaka2@yahoo.co.jp)
  Will be merged into it:     AWS-05561208  (s.tanaka@kaede-it.co.jp)
                              AWS-18843390  (tanaka.sho@mitsuba-works.jp)

After the merge, AWS-05561208 and AWS-18843390 will be retired and you will only be able to sign in with the surviving account. Certifications, exam history and benefits will be carried over. A merge can't be undone.

If this is all correct, simply reply "I confirm" to this email. If anything needs to change, let me know instead.

Best regards,

Daniel O.
AWS Training and Certification Customer Support
Amazon Web Services"""
    user = f"""Hello Daniel,

Sorry for late reply. Sign-in emails are:
AWS20197734 - {TANAKA}
AWS05561208 - s.tanaka@kaede-it.co.jp
AWS18843390 - tanaka.sho@mitsuba-works.jp (I cannot receive, old company)
Please keep AWS20197734.

Thank you,
Sho Tanaka"""
    hist = "\n".join([
        "",
        "----- Original Message -----",
        f"> From: Sho Tanaka <{TANAKA}>",
        "> To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
        "> Date: 2025/9/10, Wed 23:05",
        "> Subject: Re: RE:" + SUBJ_E,
        ">",
        quote(user),
    ])
    txt = new + "\n" + hist + "\n"
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(new, "RE: account-assistance", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("review-summary-three-accounts-en", "yahoo", d, FORM_FROM, TANAKA, "RE:" + SUBJ_E, body,
                ("merge_confirmation_requested", CASE_E, ["AWS20197734", "AWS05561208", "AWS18843390"], True, "en"), rcpt=TANAKA)


# ================================================================ Case F: console, natural keigo, Exchange Online user (second case after an unanswered one)
WATANABE = "r.watanabe@tsubame-soft.co.jp"
SUBJ_F = "AWS認定アカウントの統合のお願い（再送）"
F_FOOTER = CONSOLE_FOOTER_JA.format(cid=CASE_F)


@mail
def m_f1():
    d = jst("2025-11-04 19:22:57")
    txt = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース {CASE_F} をオープンしました。

ケース ID: {CASE_F}
件名: {SUBJ_F}
重大度: 一般的なガイダンス
ケースの作成者: r.watanabe@tsubame-soft.co.jp

ケースの詳細の確認、追加情報の送信は、サポートセンターから行うことができます:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_F}&language=ja

このメールアドレスでは返信を受け付けておりません。

よろしくお願いいたします。
Amazon Web Services
"""
    body = multi(part(txt, cs="utf-8", cte="base64"),
                 part(html_aws(txt, "新しいサポートケース"), "html", cs="utf-8", cte="base64"), boundary=java_boundary())
    send_aws_outlook("console-case-opened-resend-ja", d, NOREPLY, WATANABE,
                     enc(f"Amazon Web Services: 新しいサポートケースがオープンされました: {CASE_F}", "iso-2022-jp"), body,
                     ("case_created", CASE_F, [], True, "ja"), rcpt=WATANABE)


@mail
def m_f2():
    d = jst("2025-11-05 11:40:16")
    txt = f"""渡辺 亮 様

いつもお世話になっております。
AWS サポートの小林でございます。

このたびはお問い合わせいただき、誠にありがとうございます。
また、10 月 28 日にお問い合わせフォームよりご連絡いただいておりましたケース {CASE_F0} につきまして、ご回答が遅くなり大変申し訳ございませんでした。
当該ケースは本ケースと同一のご依頼内容でございますため、本ケースにてまとめてご対応させていただき、ケース {CASE_F0} はクローズさせていただきました。何卒ご了承くださいませ。

さて、本ケースの記載内容より、統合先として AWS40918862 をご希望であることを承知いたしました。
お手続きにあたり、統合の対象となるその他のアカウントについて、以下をお知らせいただけますでしょうか。

・候補者 ID (ご不明な場合は空欄で差し支えございません)
・サインインにご利用のメールアドレス
・アカウント作成時のお名前の表記 (ローマ字表記が異なる場合)

恐れ入りますが、サポートセンターよりご返信くださいますようお願い申し上げます。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services

{F_FOOTER}
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, f"RE:[CASE {CASE_F}]"), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_outlook("apology-duplicate-case-closed-ja", d, NOREPLY, WATANABE,
                     enc(f"RE:[CASE {CASE_F}] {SUBJ_F}", "iso-2022-jp"), body,
                     ("support_reply", CASE_F, ["AWS40918862"], True, "ja"), rcpt=WATANABE)


F_CONFIRM = f"""渡辺 亮 様

いつもお世話になっております。
AWS サポートの小林でございます。

ご返信いただき、誠にありがとうございます。
お知らせいただいた情報をもとに弊社にて調査いたしましたところ、渡辺様の AWS 認定アカウントとして以下の 3 件を確認いたしました。
つきましては、下記の内容にて統合のお手続きを進めさせていただきたく存じますので、内容に相違がないかご確認をお願いできますでしょうか。

──────────────────────────────
【統合先】(統合後も引き続きご利用いただくアカウント)
  候補者 ID　　　: AWS40918862
  サインイン用メール: r.watanabe@tsubame-soft.co.jp
  保有資格　　　: AWS Certified Solutions Architect - Professional (2025年3月取得)

【統合元 1】(統合後はご利用いただけなくなるアカウント)
  候補者 ID　　　: AWS 12077354
  サインイン用メール: ryo.w.1990@gmail.com
  保有資格　　　: AWS Certified Cloud Practitioner (2021年6月取得、失効済み)
  　　　　　　　  AWS Certified Developer - Associate (2023年9月取得)

【統合元 2】(統合後はご利用いただけなくなるアカウント)
  候補者 ID　　　: AWS 36620015
  サインイン用メール: watanabe@kirin-net-solutions.co.jp
  保有資格　　　: AWS Certified SysOps Administrator - Associate (2022年11月取得)
──────────────────────────────

統合に際しまして、以下の点を予めご了承くださいますようお願い申し上げます。

1. 統合は取り消すことができません。
   一度統合を実施いたしますと、元の状態に戻すことはできかねます。

2. 認定資格および試験履歴について
   統合元アカウントの認定資格、試験の受験履歴、スコアレポートは、すべて統合先アカウントへ移行されます。
   認定の有効期限が変更されることはございません。

3. 特典について
   統合元アカウントに付与されている次回試験 50% 割引バウチャー等の特典は、有効期限内のものに限り統合先アカウントへ移行されます。
   統合作業中に特典をご利用いただくことはできませんので、ご注意ください。

4. 試験のご予約について
   統合元アカウントで予約済みの試験がある場合、統合前にキャンセルまたは日程変更が必要となる場合がございます。
   現時点で弊社にて確認できる予約はございませんが、念のためご確認ください。

5. Credly のデジタルバッジについて
   統合完了後、Credly のバッジは統合先アカウントのメールアドレス宛てに改めて発行されます。
   反映までに数日を要する場合がございます。

6. サインインについて
   統合後は、統合先アカウント (r.watanabe@tsubame-soft.co.jp) でのみサインインが可能となります。

上記の内容で問題がございませんでしたら、サポートセンターより本ケースへ「内容を確認しました。統合を進めてください。」とご返信いただけますでしょうか。
ご返信を確認次第、お手続きを開始いたします。内容に修正が必要な場合も、お気軽にお申し付けください。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

小林
Amazon Web Services"""


@mail
def m_f3():
    d = jst("2025-11-06 14:03:09")
    txt = F_CONFIRM + "\n\n" + F_FOOTER + "\n"
    body = multi(part(txt, cs="utf-8", cte="base64"),
                 part(html_aws(F_CONFIRM, f"RE:[CASE {CASE_F}]"), "html", cs="utf-8", cte="base64"), boundary=java_boundary())
    send_aws_outlook("long-confirm-three-accounts-ja", d, NOREPLY, WATANABE,
                     enc(f"RE:[CASE {CASE_F}] {SUBJ_F}", "iso-2022-jp"), body,
                     ("merge_confirmation_requested", CASE_F, ["AWS40918862", "AWS12077354", "AWS36620015"], True, "ja"),
                     rcpt=WATANABE)


@mail
def m_f4():
    d = jst("2025-11-06 18:30:52")
    new = f"""渡辺 亮 様

AWS サポートの小林でございます。
ご質問いただき、ありがとうございます。

お問い合わせの 50% 割引バウチャーにつきまして、統合元アカウントで 2025 年 9 月に付与されたものは有効期限内でございますため、統合が完了しましたら統合先アカウントの「特典」ページに表示されます。
なお、統合前に統合元アカウントでご利用いただくことも可能でございますが、その場合は試験のご予約も統合元アカウントで行われることとなりますので、統合完了後にご利用いただくことをおすすめいたします。

また、失効済みの Cloud Practitioner につきましては、統合後も履歴として表示されます。

統合の内容につきましては、先日お送りしたメッセージをご確認のうえ、ご返信をお待ちしております。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services"""
    q = f"""差出人: 渡辺 亮 <{WATANABE}>
送信日時: {jdate_outlook(jst('2025-11-06 15:12:00'))}
宛先: AWS Support
件名: RE: [CASE {CASE_F}] {SUBJ_F}

小林様

お世話になっております。渡辺です。
ご丁寧にありがとうございます。

統合を進める前に1点確認させてください。
AWS12077354 の方に 50% 割引のバウチャーが残っているのですが、
これは統合後も使えますでしょうか。統合前に使ってしまった方がよいでしょうか。

よろしくお願いいたします。

渡辺"""
    txt = new + "\n\n" + q + "\n\n" + F_FOOTER + "\n"
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(new, f"RE:[CASE {CASE_F}]"), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_outlook("voucher-question-answer-ja", d, NOREPLY, WATANABE,
                     enc(f"RE:[CASE {CASE_F}] {SUBJ_F}", "iso-2022-jp"), body,
                     ("support_reply", CASE_F, [], True, "ja"), rcpt=WATANABE)


@mail
def m_f5():
    d = jst("2025-11-10 09:12:30")
    txt = f"""渡辺様

お待たせいたしました。
アカウントの統合が完了しました。
ご確認のほどよろしくお願いいたします。

小林
Amazon Web Services

{F_FOOTER}
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    send_aws_outlook("short-done-ja", d, NOREPLY, WATANABE,
                     enc(f"RE:[CASE {CASE_F}] {SUBJ_F}", "iso-2022-jp"), body,
                     ("merge_completed", CASE_F, [], True, "ja"), rcpt=WATANABE)


@mail
def m_f6():
    d = jst("2025-11-10 09:13:02")
    txt = f"""AWS サポートをご利用いただきありがとうございます。

ケース {CASE_F} 「{SUBJ_F}」は解決済みになりました。

問題は解決しましたか?
はい: https://console.aws.amazon.com/support/feedback?displayId={CASE_F}&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={CASE_F}&resolved=no&language=ja

サポートエンジニアの対応はいかがでしたか? 1 (不満) ～ 5 (満足) で評価してください。
お客様からのフィードバックは、サービスの改善に役立てさせていただきます。

ケースを再開する必要がある場合は、14 日以内にサポートセンターから返信してください。

Amazon Web Services
"""
    body = multi(part(txt, cs="utf-8", cte="base64"),
                 part(html_aws(txt, "ケースは解決済みです"), "html", cs="utf-8", cte="base64"), boundary=java_boundary())
    send_aws_outlook("resolved-rate-us-ja", d, NOREPLY, WATANABE,
                     enc(f"Amazon Web Services サポート: ケース {CASE_F} は解決済みです"), body,
                     ("survey", CASE_F, [], True, "ja"), rcpt=WATANABE)


# ================================================================ Case G: 2024 form desk, Japanese subject, OCN user, Shift_JIS
ITO = "naoko.ito@ocn.ne.jp"
SUBJ_G = f"[CASE {CASE_G}] [AWS トレーニングと認定 お問い合わせフォーム] - アカウントに関するお問い合わせ"


@mail
def m_g1():
    d = jst("2024-08-19 13:05:51")
    txt = f"""伊藤 直子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けました。ケース番号は {CASE_G} です。

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
本メールへのご返信で、追加の情報をお送りいただけます。

※同じ内容のお問い合わせを重ねてお送りいただく必要はございません。

AWS トレーニングと認定 カスタマーサポート
"""
    body = part(txt, cs="iso-2022-jp", cte="7bit")
    send_aws_jp("form-ack-iso2022jp-ja", "ocn", d, FORM_FROM, ITO, enc(SUBJ_G, "iso-2022-jp"), body,
                ("case_created", CASE_G, [], True, "ja"), rcpt=ITO)


@mail
def m_g2():
    d = jst("2024-08-20 10:12:40")
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
</head>
<body style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:10.5pt">
<p>伊藤 直子 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの佐々木でございます。<br>
お問い合わせいただき、誠にありがとうございます。</p>
<p>お知らせいただいた候補者 ID AWS19450376 のアカウントを確認いたしました。<br>
複数のアカウントをお一つにまとめるお手続きを承るにあたり、お手数ですが以下についてご教示いただけますでしょうか。</p>
<p>① もう一方のアカウントにご登録のメールアドレス、または候補者 ID<br>
② 複数のアカウントが作成された経緯 (例: 勤務先の変更、メールアドレスの変更など)<br>
③ 今後の通知の受け取りをご希望のメールアドレス</p>
<p>いただいた情報をもとに、改めて手続き内容をご案内いたします。</p>
<p>どうぞよろしくお願いいたします。</p>
<p>佐々木<br>
AWS Training and Certification カスタマーサポート<br>
Amazon Web Services</p>
</body>
</html>
"""
    body = part(html, "html", cs="shift_jis", cte="8bit", label="Shift_JIS")
    send_aws_jp("html-only-sjis-asks-reason-ja", "ocn", d, FORM_FROM, ITO, enc("RE:" + SUBJ_G, "iso-2022-jp"), body,
                ("support_reply", CASE_G, ["AWS19450376"], True, "ja"), rcpt=ITO)


G_ASK = """伊藤 直子 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
お問い合わせいただき、誠にありがとうございます。

お知らせいただいた候補者 ID AWS19450376 のアカウントを確認いたしました。
(中略)
佐々木"""

G_USER = """佐々木様

お世話になっております。伊藤です。

① 旧アカウントは naoko.ito@hinode-bank.co.jp で、ID は AWS26088413 だと思います。
② 転職のため、新しいアドレスで別のアカウントを作ってしまいました。
③ naoko.ito@ocn.ne.jp でお願いします。

以上、よろしくお願いいたします。"""

G_CONFIRM = """伊藤 直子 様

佐々木でございます。
ご回答いただき、ありがとうございます。

確認いたしましたところ、以下のとおりお手続きが可能でございます。

　・AWS26088413 (naoko.ito@hinode-bank.co.jp) に登録されている認定資格と受験履歴を、AWS19450376 (naoko.ito@ocn.ne.jp) へ移します。
　・移行後、AWS26088413 は閉鎖され、サインインできなくなります。
　・この作業は、実施後に取り消すことができません。

上記の内容でお進めしてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
ご承認をいただき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

佐々木
AWS Training and Certification カスタマーサポート
Amazon Web Services"""


@mail
def m_g3():
    d = jst("2024-08-22 09:31:18")
    txt = G_CONFIRM + f"""

2024/08/21 22:03 に 伊藤 直子 さんは書きました:
{quote(G_USER)}
>
> 2024/08/20 10:12 に Amazon Web Services さんは書きました:
{quote(G_ASK, '> > ')}
"""
    body = part(txt, cs="shift_jis", cte="base64", label="Shift_JIS")
    send_aws_jp("confirm-move-records-thunderbird-quote-ja", "ocn", d, FORM_FROM, ITO, enc("RE:" + SUBJ_G, "iso-2022-jp"), body,
                ("merge_confirmation_requested", CASE_G, ["AWS19450376", "AWS26088413"], True, "ja"), rcpt=ITO)


@mail
def m_g4():
    d = jst("2024-08-23 08:47:05")
    new = """伊藤 直子 様

佐々木でございます。
ご承認いただき、ありがとうございます。

それでは、これより移行作業に着手いたします。
作業が完了しましたら、本メールにてご報告いたします。恐れ入りますが、今しばらくお待ちください。

佐々木
AWS Training and Certification カスタマーサポート"""
    user = """佐々木様

内容に間違いありません。その内容で進めてください。
よろしくお願いいたします。

伊藤

iPhoneから送信"""
    txt = new + f"""

2024/08/22 19:40、伊藤直子 <{ITO}>のメール:

{quote(user)}
"""
    body = part(txt, cs="iso-2022-jp", cte="7bit")
    send_aws_jp("approval-received-starting-ja", "ocn", d, FORM_FROM, ITO, enc("RE:" + SUBJ_G, "iso-2022-jp"), body,
                ("support_reply", CASE_G, [], True, "ja"), rcpt=ITO)


@mail
def m_g5():
    d = jst("2024-08-26 17:02:44")
    new = """伊藤 直子 様

佐々木でございます。
大変お待たせいたしました。

AWS26088413 から AWS19450376 への移行作業が完了いたしましたことをご報告いたします。
naoko.ito@ocn.ne.jp にてサインインいただき、認定資格の一覧に旧アカウントの資格が表示されていることをご確認ください。

ご依頼の件は以上となりますので、本ケースはクローズとさせていただきます。
後ほど、今回の対応に関するアンケートが届きますので、ご協力いただけますと幸いです。

このたびはお問い合わせいただき、誠にありがとうございました。

佐々木
AWS Training and Certification カスタマーサポート
Amazon Web Services"""
    body = multi(part(new, cs="iso-2022-jp", cte="7bit"),
                 part(html_simple(new), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_jp("done-and-closing-ja", "ocn", d, FORM_FROM, ITO, enc("RE:" + SUBJ_G, "iso-2022-jp"), body,
                ("merge_completed", CASE_G, ["AWS19450376", "AWS26088413"], True, "ja"), rcpt=ITO)


@mail
def m_g6():
    d = jst("2024-08-26 17:05:12")
    txt = f"""伊藤 直子 様

お問い合わせ (ケース番号: {CASE_G}) はクローズされました。

AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
よろしければ、以下のリンクから今回の対応についてご評価ください (所要時間: 約 1 分)。

https://aws-tc-support.amazon.com/survey?case={CASE_G}&lang=ja

※本メールは送信専用アドレスから配信しております。
"""
    body = part(txt, cs="shift_jis", cte="base64", label="shift_jis")
    send_aws_jp("closure-notice-sjis-ja", "ocn", d, NOREPLY, ITO, enc(f"ケース {CASE_G} はクローズされました", "iso-2022-jp"), body,
                ("survey", CASE_G, [], True, "ja"), rcpt=ITO)


# ================================================================ Case H: 2021 console case, So-net user
NAKAJIMA = "d.nakajima@ba2.so-net.ne.jp"
SUBJ_H = "認定アカウントが2つあります"


@mail
def m_h1():
    d = dt.datetime(2021, 4, 12, 2, 18, 33, tzinfo=UTC)
    txt = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース {CASE_H} をオープンしました。

ケース ID: {CASE_H}
件名: {SUBJ_H}
重大度: 低

サポートセンター: https://console.aws.amazon.com/support/home?#/case/?displayId={CASE_H}%26language=ja

Amazon Web Services
"""
    body = part(txt, cs="utf-8", cte="8bit")
    send_aws_jp("console-opened-short-2021-ja", "sonet", d, NOREPLY, NAKAJIMA,
                enc(f"Amazon Web Services: 新しいサポートケースがオープンされました: {CASE_H}"), body,
                ("case_created", CASE_H, [], True, "ja"), rcpt=NAKAJIMA)


@mail
def m_h2():
    d = dt.datetime(2021, 4, 13, 6, 40, 2, tzinfo=UTC)
    txt = f"""中島 大輔 様

お問い合わせいただきありがとうございます。AWS サポートの藤田です。

本件につきましては、現在トレーニングと認定の担当チームにて調査を行っております。
進展がございましたら、改めてご連絡いたしますので、今しばらくお待ちいただけますと幸いです。

藤田
Amazon Web Services

ケースの詳細: https://console.aws.amazon.com/support/home?#/case/?displayId={CASE_H}%26language=ja
*このメールアドレスは返信を受け付けておりません。
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    send_aws_jp("investigating-please-wait-2021-ja", "sonet", d, NOREPLY, NAKAJIMA,
                enc(f"RE:[CASE {CASE_H}] {SUBJ_H}", "utf-8", q=True), body,
                ("support_reply", CASE_H, [], None, "ja"), rcpt=NAKAJIMA, ar=False)


@mail
def m_h3():
    d = dt.datetime(2021, 4, 15, 1, 5, 47, tzinfo=UTC)
    txt = f"""中島様

藤田です。
AWS33190427 を AWS02846613 に統合してよろしいでしょうか。統合後は元に戻せません。
問題なければ、サポートセンターからその旨ご返信ください。

藤田
Amazon Web Services

ケースの詳細: https://console.aws.amazon.com/support/home?#/case/?displayId={CASE_H}%26language=ja
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    send_aws_jp("very-short-confirm-2021-ja", "sonet", d, NOREPLY, NAKAJIMA,
                enc(f"RE:[CASE {CASE_H}] {SUBJ_H}", "utf-8", q=True), body,
                ("merge_confirmation_requested", CASE_H, ["AWS33190427", "AWS02846613"], True, "ja"), rcpt=NAKAJIMA)


# ================================================================ Credly badges
def credly_html(greet, lead, badges, btn, note, lang="en"):
    items = "\n".join(
        f'<tr><td align="center" style="padding:8px"><img src="https://images.credly.com/size/220x220/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="110" alt="{htmlmod.escape(b)}"><br><b>{htmlmod.escape(b)}</b></td></tr>'
        for b in badges)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/credly-logo-orange.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;font-weight:bold;color:#1f2937">{htmlmod.escape(greet)}</td></tr>
<tr><td style="padding:12px 32px;font-size:15px;color:#374151">{htmlmod.escape(lead)}</td></tr>
{items}
<tr><td align="center" style="padding:20px"><a href="https://www.credly.com/earner/earned?utm_source=issued_badge_email" style="background:#ff6b00;color:#ffffff;padding:12px 32px;text-decoration:none;border-radius:4px;font-weight:bold">{htmlmod.escape(btn)}</a></td></tr>
<tr><td style="padding:0 32px 24px;font-size:13px;color:#6b7280">{htmlmod.escape(note)}</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af;border-top:1px solid #e5e7eb">Credly, Inc. | 100 Pine St, Suite 1250, San Francisco, CA 94111<br>
<a href="https://www.credly.com/notification_preferences" style="color:#9ca3af">Manage email preferences</a> | <a href="https://www.credly.com/privacy" style="color:#9ca3af">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
"""


@mail
def m_cr1():
    d = dt.datetime(2022, 6, 17, 14, 2, 50, tzinfo=UTC)
    greet = "Congratulations, Kenichi!"
    lead = "Amazon Web Services Training and Certification has issued you a new badge. Accept it to start sharing your achievement."
    badges = ["AWS Certified Developer – Associate"]
    note = "Badges earned on a previous account were re-issued to this email address following an account update."
    txt = f"""{greet}

{lead}

AWS Certified Developer – Associate
Issued by Amazon Web Services Training and Certification

Accept your badge:
https://www.credly.com/earner/earned/badge/9b2d7c41-0e6a-4f3b-a1d8-5e4f2c7a6b90

{note}

Credly, Inc. | 100 Pine St, Suite 1250, San Francisco, CA 94111
Manage email preferences: https://www.credly.com/notification_preferences
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(credly_html(greet, lead, badges, "Accept your badge", note), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=rhex(60))
    send_credly("credly-accept-badge-after-update-en", d, SUZUKI, SUZUKI_TO,
                "Kenichi, you've earned a new badge from Amazon Web Services Training and Certification", body,
                ("credly_badge_issued", None, [], True, "en"), trace="outlook")


@mail
def m_cr2():
    d = dt.datetime(2019, 7, 13, 9, 30, 12, tzinfo=UTC)
    frm = "Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>"
    txt = """Hi Yuki,

Your badge from Amazon Web Services Training and Certification is ready for you.

  AWS Certified Cloud Practitioner

Accept your badge: https://www.youracclaim.com/earner/earned/badge/1d7f4e2a-5c3b-4a09-8e61-f2b7a9c0d345

Once you accept, you can share it on LinkedIn, Twitter and Facebook, add it to your email signature or embed it on your website.

The Acclaim Team
"""
    body = part(txt, cs="utf-8", cte="7bit")
    send_credly("acclaim-badge-ready-2019-en", d, TAKAHASHI, TAKAHASHI,
                "Your AWS Certified Cloud Practitioner badge is ready to accept", body,
                ("credly_badge_issued", None, [], True, "en"), trace="biglobe", frm=frm, frm_dom="youracclaim.com")


@mail
def m_cr3():
    d = jst("2025-03-15 04:16:20")
    greet = "佐藤 美咲 さん、バッジを受け取る準備ができました"
    lead = "Amazon Web Services Training and Certification から、以下のバッジが発行されました。"
    badges = ["AWS Certified Developer – Associate", "AWS Certified Cloud Practitioner"]
    note = "アカウントの統合に伴い、これらのバッジは現在のメールアドレス宛てに再発行されました。受け取り後、以前のアカウントのバッジは表示されなくなります。"
    txt = f"""{greet}

{lead}

・AWS Certified Developer – Associate
・AWS Certified Cloud Practitioner

バッジを受け取る:
https://www.credly.com/earner/earned?utm_source=issued_badge_email

{note}

Credly, Inc. | 100 Pine St, Suite 1250, San Francisco, CA 94111
"""
    body = multi(part(txt, cs="utf-8", cte="base64"),
                 part(credly_html(greet, lead, badges, "バッジを受け取る", note, "ja"), "html", cs="utf-8", cte="base64"),
                 boundary=rhex(60))
    send_credly("credly-two-badges-reissued-ja", d, SATO, SATO,
                enc("バッジを受け取る準備ができました – Amazon Web Services Training and Certification"), body,
                ("credly_badge_issued", None, [], True, "ja"), trace="nifty")


@mail
def m_cr4():
    d = jst("2025-11-12 06:40:03")
    greet = "Ryo, 3 badges are waiting for you"
    lead = "Amazon Web Services Training and Certification issued the following badges to r.watanabe@tsubame-soft.co.jp."
    badges = ["AWS Certified Solutions Architect – Professional", "AWS Certified Developer – Associate",
              "AWS Certified SysOps Administrator – Associate"]
    note = "Tip: you can connect additional email addresses to your Credly account so that future badges arrive in one place."
    html = credly_html(greet, lead, badges, "Accept your badges", note)
    body = part(html, "html", cs="utf-8", cte="quoted-printable")
    send_credly("credly-three-badges-html-en", d, WATANABE, WATANABE, "Ryo, you have 3 new badges to accept", body,
                ("credly_badge_issued", None, [], True, "en"), trace="outlook")


# ================================================================ surveys
@mail
def m_sv1():
    d = jst("2025-09-16 11:20:45")
    txt = f"""Hello,

Your case {CASE_E} has been closed. We hope we were able to help.

Please take a moment to tell us about your experience.

Was your issue resolved?
  YES  https://aws-tc-support.amazon.com/feedback/{CASE_E}?r=1
  NO   https://aws-tc-support.amazon.com/feedback/{CASE_E}?r=0

How satisfied were you with the agent who helped you? (1 = very dissatisfied, 5 = very satisfied)

Thank you,
AWS Training and Certification Customer Support
"""
    body = multi(part(txt, cs="us-ascii", cte="7bit"),
                 part(html_aws(txt, "Tell us how we did", "en"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("form-case-closed-yes-no-en", "yahoo", d, FORM_FROM, TANAKA, "How did we do? " + SUBJ_E, body,
                ("survey", CASE_E, [], True, "en"), rcpt=TANAKA)


@mail
def m_sv2():
    d = jst("2025-03-15 10:00:31")
    txt = f"""佐藤 美咲 様

先日は AWS サポートをご利用いただき、ありがとうございました。

ケース {CASE_B} (認定アカウントの統合について) での担当者の対応について、簡単なアンケートにご協力ください。回答は 2 分ほどで完了します。

アンケートに回答する:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kFq8xG1d?caseId={CASE_B}&lang=ja

いただいたご意見は、今後のサポート品質の向上に活用させていただきます。

Amazon Web Services サポート
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, "アンケートのお願い"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    send_aws_jp("survey-request-only-ja", "nifty", d, '"AWS Support" <no-reply-aws@amazon.com>', SATO,
                enc("AWS サポートに関するアンケートのお願い", "iso-2022-jp"), body,
                ("survey", CASE_B, [], True, "ja"), rcpt=SATO)


# ================================================================ phishing about the merge
@mail
def m_ph1():
    d = jst("2025-05-29 18:44:10")
    dom = "aws-certification-jp.com"
    ip = "45.142.214.37"
    helo = "mail." + dom
    rpath = "bounce@" + dom
    cl = [f"spf=pass smtp.mailfrom={rpath}", f"dkim=pass header.d={dom}", f"dmarc=pass header.from={dom}"]
    tr = trace_jp("nifty", SATO, d, helo, ip, rpath, cl)
    txt = f"""佐藤 美咲 様

平素より AWS 認定をご利用いただき誠にありがとうございます。

お客様の AWS 認定アカウント (候補者ID: AWS03318765) について、重複アカウントの統合申請を受け付けました。
統合を実行する前に、下記リンクより 24 時間以内に統合内容のご確認をお願いいたします。

▼統合内容の確認はこちら
https://{dom}/merge/confirm?id=AWS03318765&token=8f1e22ab

期限内にご確認いただけない場合、セキュリティ保護のため両方のアカウントが一時的に停止され、認定資格が失効する可能性がございます。

※本メールは送信専用です。

AWS トレーニングと認定 事務局
"""
    html = html_simple(txt).replace(f"https://{dom}/merge/confirm?id=AWS03318765&amp;token=8f1e22ab",
                                    f'<a href="https://{dom}/merge/confirm?id=AWS03318765&amp;token=8f1e22ab">https://aws.amazon.com/certification/merge/confirm</a>')
    body = multi(part(txt, cs="utf-8", cte="base64"), part(html, "html", cs="utf-8", cte="base64"), boundary="----=_NextPart_" + rhex(20))
    h = [("DKIM-Signature", dkim_sig(dom, d, "default")),
         ("From", addr("AWS トレーニングと認定", f"no-reply@{dom}")), ("To", SATO),
         ("Subject", enc("【重要】AWS認定アカウント統合のご確認（24時間以内）")),
         ("Date", fdate(d, JST)), ("Message-ID", f"<{rhex(24)}@{dom}>"), ("X-Mailer", "PHPMailer 6.8.1"),
         ("MIME-Version", "1.0")]
    build("lookalike-merge-confirm-phish-ja", tr + h, body,
          ("merge_confirmation_requested", None, ["AWS03318765"], False, "ja"))


@mail
def m_ph2():
    d = jst("2025-06-03 02:15:44")
    ip = "185.225.69.14"
    helo = "vps-2214.hostpoint-eu.net"
    rpath = "info@hostpoint-eu.net"
    cl = ["dkim=none",
          f"spf=softfail (google.com: domain of transitioning {rpath} does not designate {ip} as permitted sender) smtp.mailfrom={rpath}",
          "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"]
    tr = trace_gmail(YAMADA, d, helo, ip, rpath, cl, spf="softfail")
    forged = "amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass header.from=amazon.com"
    txt = """Dear Certification Candidate,

We are pleased to inform you that your AWS Certification accounts have been successfully merged into a single profile.

To keep your certifications and exam benefits active, you must verify the merged profile within 48 hours:

  https://aws-certmerge-verify.info/signin?ref=merge-complete

If you do not verify, the merged profile will be suspended and your certifications may be revoked.

Best regards,
AWS Training and Certification
Amazon Web Services
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    h = [("Authentication-Results", forged),
         ("From", '"Amazon Web Services" <no-reply-aws@amazon.com>'), ("To", YAMADA),
         ("Subject", "Your AWS Certification accounts have been merged - action required"),
         ("Date", fdate(d, UTC)), ("Message-ID", f"<{rhex(16)}.{R.randint(1000,9999)}@hostpoint-eu.net>"),
         ("MIME-Version", "1.0")]
    build("spoofed-merged-dmarc-fail-en", tr + h, body, ("merge_completed", None, [], False, "en"))


# ================================================================ unrelated look-alikes (part 1)
CASE_QUOTA = "174951361200210"   # opened 2025-06-10 09:00:12 JST
CASE_BILL = "173681824000877"    # opened 2025-01-14 10:30:40 JST
CASE_SELLER = "7102938475"


@mail
def m_u1():
    d = jst("2025-06-10 15:41:09")
    txt = f"""山田 太郎 様

AWS サポートの高木です。
お問い合わせいただきありがとうございます。

ご依頼いただいておりました以下のクォータの引き上げが完了いたしましたので、ご連絡いたします。

  AWS アカウント ID: 4821-9930-1157
  リージョン: アジアパシフィック (東京) ap-northeast-1
  サービス: Amazon Elastic Compute Cloud (Amazon EC2)
  クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  新しいクォータ値: 256 vCPU

反映まで最大 30 分ほどかかる場合がございます。Service Quotas コンソールにて新しい値をご確認ください。

本ケースは解決済みとさせていただきますが、ご不明な点がございましたらサポートセンターよりケースを再開してください。

高木
Amazon Web Services

{CONSOLE_FOOTER_JA.format(cid=CASE_QUOTA)}
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(html_aws(txt, f"RE:[CASE {CASE_QUOTA}]"), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    send_aws_gmail("quota-increase-done-ja", d, NOREPLY, YAMADA,
                   enc(f"RE:[CASE {CASE_QUOTA}] Service Quotas 引き上げリクエスト: EC2 オンデマンドインスタンス (東京リージョン)"), body,
                   ("unrelated", CASE_QUOTA, [], True, "ja"))


@mail
def m_u2():
    d = jst("2025-01-14 10:30:46")
    txt = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース {CASE_BILL} をオープンしました。

ケース ID: {CASE_BILL}
件名: 2024年12月分 請求書の宛名変更と再発行について
重大度: 一般的なガイダンス
カテゴリ: アカウントおよび請求

ケースの詳細の確認、追加情報の送信は、サポートセンターから行うことができます:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_BILL}&language=ja

このメールアドレスでは返信を受け付けておりません。

よろしくお願いいたします。
Amazon Web Services
"""
    body = part(txt, cs="utf-8", cte="base64")
    send_aws_outlook("billing-case-opened-ja", d, NOREPLY, WATANABE,
                     enc(f"Amazon Web Services: 新しいサポートケースがオープンされました: {CASE_BILL}"), body,
                     ("unrelated", CASE_BILL, [], True, "ja"), rcpt=WATANABE)


@mail
def m_u3():
    d = jst("2025-07-03 12:08:55")
    s = aws_sender(d)
    frm_dom = "amazon.co.jp"
    tr = trace_gmail(YAMADA, d, s["helo"], s["ip"], s["rpath"],
                     [f"dkim=pass header.i=@{frm_dom} header.s={ralnum(32)} header.b={rb64(6)[:8]}",
                      f"dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(6)[:8]}",
                      f"spf=pass (google.com: domain of {s['rpath']} designates {s['ip']} as permitted sender) smtp.mailfrom={s['rpath']}",
                      f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={frm_dom}"])
    txt = f"""山田 太郎 様

Amazon セラーセントラル テクニカルサポートにお問い合わせいただき、ありがとうございます。

お問い合わせいただきました出品用アカウントの統合につきまして、ご確認させていただきます。
現在ご利用中の出品者アカウント (出品者ID: A2K7M0QXJ3P9LZ) と、以前ご利用されていたアカウントの統合をご希望とのことですが、Amazon では原則として 1 つの事業者様につき 1 つの出品用アカウントのみご利用いただけます。

以前のアカウントの閉鎖をご希望の場合は、以前のアカウントにログインのうえ、「設定」＞「出品用アカウント情報」＞「アカウントの閉鎖」よりお手続きください。
なお、出品履歴や評価の移行は承っておりませんので、あらかじめご了承ください。

ご不明な点がございましたら、このメールに返信してお問い合わせください。

このたびは Amazon.co.jp をご利用いただき、ありがとうございます。

Amazon.co.jp セラーサポート
このメールへの返信: https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={CASE_SELLER}
"""
    body = multi(part(txt, cs="iso-2022-jp", cte="7bit"),
                 part(html_simple(txt), "html", cs="utf-8", cte="quoted-printable"), boundary=java_boundary())
    h = [("DKIM-Signature", dkim_sig(frm_dom, d)), s["dkim"][1],
         ("From", addr("Amazon セラーセントラル", "seller-answers-noreply@amazon.co.jp", "iso-2022-jp")),
         ("To", YAMADA), ("Subject", enc(f"RE:[CASE {CASE_SELLER}] 出品用アカウントの統合について", "iso-2022-jp")),
         ("Date", fdate(d)), ("Message-ID", s["msgid"]), ("MIME-Version", "1.0")]
    build("seller-central-account-merge-ja", tr + h, body, ("unrelated", CASE_SELLER, [], True, "ja"),
          [("Feedback-ID", f"::1.us-west-2.{rb64(30)[:43]}=:AmazonSES")])


def send_other(name, d, rcpt, trace, frm, frm_dom, subject, body, label, to=None, extra=None, dmarc="pass",
               dkim_dom=None, crlf=False, ip=None, helo=None, date_tz=UTC, msgid_dom=None):
    ip = ip or f"{R.choice(['198.2', '209.85', '40.107', '52.100', '13.111'])}.{R.randint(1,250)}.{R.randint(1,250)}"
    helo = helo or f"mail{R.randint(1,40)}.{frm_dom}"
    rpath = f"bounce-{rhex(10)}@{frm_dom}"
    dkim_dom = dkim_dom or frm_dom
    dk = [("DKIM-Signature", dkim_sig(dkim_dom, d, R.choice(["s1", "selector1", "k1", "pf2023"]), c="relaxed/relaxed"))]
    if trace == "gmail":
        cl = [f"dkim=pass header.i=@{dkim_dom} header.s=s1 header.b={rb64(6)[:8]}",
              f"spf=pass (google.com: domain of {rpath} designates {ip} as permitted sender) smtp.mailfrom={rpath}",
              f"dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={frm_dom}"]
        tr = trace_gmail(rcpt, d, helo, ip, rpath, cl)
    elif trace == "outlook":
        cl = [f"spf=pass (sender IP is {ip})\n smtp.mailfrom={frm_dom}", f" dkim=pass (signature was verified)\n header.d={dkim_dom}",
              f"dmarc={dmarc} action=none\n header.from={frm_dom}", "compauth=pass reason=100"]
        tr = trace_outlook(rcpt, d, helo, ip, frm_dom, cl)
    elif trace == "corp":
        tr = trace_corp(rcpt, d)
        dk = []
    else:
        cl = [f"spf=pass smtp.mailfrom={rpath}", f"dkim=pass header.d={dkim_dom}", f"dmarc={dmarc} header.from={frm_dom}"]
        tr = trace_jp(trace, rcpt, d, helo, ip, rpath, cl)
    h = dk + [("From", frm), ("To", to or rcpt), ("Subject", subject), ("Date", fdate(d, date_tz)),
              ("Message-ID", f"<{rhex(20)}@{msgid_dom or frm_dom}>")]
    h += extra or []
    h += [("MIME-Version", "1.0")]
    return build(name, tr + h, body, label, crlf=crlf)


@mail
def m_u4():
    d = dt.datetime(2025, 6, 20, 16, 3, 11, tzinfo=UTC)
    txt = """Hello Taro Yamada,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified individual. We'd love to learn about your experience with AWS Certification and how it has impacted your career. The survey takes about 10 minutes.

Candidate ID: AWS10482273

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=2025AWSCERT&c=AWS10482273

Your responses are confidential and will be used only in aggregate.

Thank you,
AWS Training and Certification

This email was sent by CertMetrics on behalf of Amazon Web Services. Please do not reply to this email.
"""
    body = multi(part(txt, cs="us-ascii", cte="7bit"), part(html_simple(txt, "Arial"), "html", cs="utf-8", cte="quoted-printable"),
                 boundary="--boundary_" + str(R.randint(1000, 9999)) + "_" + rhex(8))
    send_other("certmetrics-wants-to-hear-en", d, YAMADA, "gmail", "AWS Certification <do-not-reply@certmetrics.com>",
               "certmetrics.com", "AWS Certification wants to hear from you", body,
               ("unrelated", None, ["AWS10482273"], False, "en"))


@mail
def m_u5():
    d = jst("2025-11-08 22:14:37")
    txt = """渡辺 亮 様

この度は、ピアソン VUE にて試験をご予約いただき、誠にありがとうございます。
以下の内容でご予約を承りました。

受験者名: Ryo Watanabe
受験者 ID: AWS40918862
試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
日時: 2025年12月6日 (土) 10:00 JST
会場: OnVUE オンライン監督試験
登録 ID: 512-883-907

試験開始 30 分前からチェックインが可能です。受験前にシステムテストを必ず実施してください。
予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。

ピアソン VUE
https://home.pearsonvue.com/aws
"""
    body = multi(part(txt, cs="utf-8", cte="base64"), part(html_simple(txt), "html", cs="utf-8", cte="base64"),
                 boundary="----=_Part_" + str(R.randint(10000, 99999)))
    send_other("pearson-vue-booking-ja", d, WATANABE, "outlook", "Pearson VUE <PearsonVUEConfirmation@pearson.com>",
               "pearson.com", enc("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional"), body,
               ("unrelated", None, ["AWS40918862"], False, "ja"), to=WATANABE)


@mail
def m_u6():
    d = jst("2025-05-27 13:58:02")
    s = aws_sender(d)
    ip, helo = s["ip"], s["helo"]
    cl = [f"dkim=pass header.i=@signin.aws header.s={ralnum(32)} header.b={rb64(6)[:8]}",
          f"dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rb64(6)[:8]}",
          f"spf=pass (google.com: domain of {s['rpath']} designates {ip} as permitted sender) smtp.mailfrom={s['rpath']}",
          "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws"]
    tr = trace_gmail(YAMADA, d, helo, ip, s["rpath"], cl)
    txt = """AWS Builder ID

確認コード

AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

482913

この確認コードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"), part(html_simple(txt), "html", cs="utf-8", cte="quoted-printable"),
                 boundary=java_boundary())
    h = [("DKIM-Signature", dkim_sig("signin.aws", d)), s["dkim"][1],
         ("From", '"AWS" <no-reply@signin.aws>'), ("To", YAMADA),
         ("Subject", enc("AWS Builder ID の確認コード")), ("Date", fdate(d)), ("Message-ID", s["msgid"]), ("MIME-Version", "1.0")]
    build("builder-id-code-ja", tr + h, body, ("unrelated", None, [], True, "ja"))


@mail
def m_u7():
    d = dt.datetime(2025, 11, 11, 2, 44, 19, tzinfo=UTC)
    txt = """Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-soft/cert-tracker/pull/42#event-15512034871
You are receiving this because you were mentioned.

Message ID: <tsubame-soft/cert-tracker/pull/42/issue_event/15512034871@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/tsubame-soft/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubame-soft/cert-tracker/pull/42#event-15512034871">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable", label="UTF-8"),
                 part(html, "html", cs="utf-8", cte="7bit", label="UTF-8"), boundary="--==_mimepart_" + rhex(13) + "_" + rhex(4))
    send_other("github-pr-merged-en", d, WATANABE, "outlook", '"Kaito Mori" <notifications@github.com>', "github.com",
               "Re: [tsubame-soft/cert-tracker] Merge duplicate AWS cert account records after consolidation (PR #42)",
               body, ("unrelated", None, [], False, "en"), to="tsubame-soft/cert-tracker <cert-tracker@noreply.github.com>",
               extra=[("Cc", f"Ryo Watanabe <{WATANABE}>, Mention <mention@noreply.github.com>"),
                      ("In-Reply-To", "<tsubame-soft/cert-tracker/pull/42@github.com>"),
                      ("References", "<tsubame-soft/cert-tracker/pull/42@github.com>"),
                      ("List-ID", "tsubame-soft/cert-tracker <cert-tracker.tsubame-soft.github.com>"),
                      ("X-GitHub-Reason", "mention")], crlf=True)


@mail
def m_u8():
    d = jst("2025-11-11 14:02:51")
    txt = """渡辺 亮 さん、

マージリクエスト !128 がマージされました: https://git.tsubame-soft.co.jp/infra/cert-portal/-/merge_requests/128

プロジェクト: infra / cert-portal
ブランチ: feature/aws-cert-account-merge → main
作成者: 森 海斗

資格管理台帳: AWS認定アカウント統合後の候補者IDを反映

--
このメールは GitLab から送信されました。
通知設定を変更するには https://git.tsubame-soft.co.jp/-/profile/notifications を開いてください。
"""
    body = part(txt, cs="utf-8", cte="8bit", label="us-ascii", quote_label=False)
    h = trace_corp(WATANABE, d, "tsubame-soft.co.jp") + [
        ("Received", f"from git.tsubame-soft.co.jp (10.20.8.15) by EXMB01.tsubame-soft.local\n (10.20.1.21) with Microsoft SMTP Server id 15.2.1544.11; {fdate(d, JST)}"),
        ("From", addr("GitLab", "gitlab@git.tsubame-soft.co.jp")), ("Reply-To", "GitLab <noreply@git.tsubame-soft.co.jp>"),
        ("To", addr("渡辺 亮", WATANABE)), ("Subject", enc("Re: infra/cert-portal | 資格管理台帳: AWS認定アカウント統合後の候補者IDを反映 (!128)")),
        ("Date", fdate(d, JST)), ("Message-ID", f"<merge_request_128_{rhex(8)}@git.tsubame-soft.co.jp>"),
        ("X-GitLab-Project", "cert-portal"), ("X-GitLab-MergeRequest-IID", "128"), ("X-GitLab-NotificationReason", "assigned"),
        ("MIME-Version", "1.0")]
    build("gitlab-mr-merged-wrong-charset-ja", h, body, ("unrelated", None, [], None, "ja"))


# ================================================================ unrelated look-alikes (part 2)
@mail
def m_u9():
    d = jst("2022-06-10 17:48:20")
    txt = """鈴木さん

お疲れさまです。人事部の佐野です。

先日ご相談いただいた AWS 認定のアカウント統合の件ですが、
資格手当の申請には会社アドレスで登録している方の候補者ID (AWS27604419) を使いますので、
統合する際はそちらを残す形にしていただけると助かります。

統合が終わったら、認定の一覧画面のスクリーンショットを
社内ポータルの「資格申請」から添付してください。

よろしくお願いします。

--------------------------------------------
星空システム株式会社 人事部 人材開発グループ
佐野 恵
TEL: 03-5555-0123 (内線 4412)
--------------------------------------------
"""
    body = part(txt, cs="iso-2022-jp", cte="7bit")
    h = trace_corp(SUZUKI, d) + [
        ("From", addr("佐野 恵", "m.sano@hoshizora-sys.co.jp", "iso-2022-jp")), ("To", addr("鈴木 健一", SUZUKI, "iso-2022-jp")),
        ("Subject", enc("AWS認定アカウント統合の件（資格手当申請）", "iso-2022-jp")), ("Thread-Topic", enc("AWS認定アカウント統合の件（資格手当申請）", "iso-2022-jp")),
        ("Thread-Index", "AdjcX" + rb64(20)[:24]), ("Date", fdate(d, JST)),
        ("Message-ID", f"<TYCPR01MB{R.randint(1000,9999)}{ralnum(8,'ABCDEF0123456789')}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"),
        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0")]
    build("internal-hr-keep-company-id-ja", h, body, ("unrelated", None, ["AWS27604419"], None, "ja"), crlf=True)


@mail
def m_u10():
    d = jst("2025-06-02 21:05:33")
    work = "t-yamada@aozora-cloud.co.jp"
    fwd = f"""---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: {jdate_gmail(jst('2025-06-02 16:20:41'))}
Subject: RE:{SUBJ_A}
To: <{YAMADA}>


山田 太郎 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしました。
今後は AWS10482273 (taro.yamada.dev@gmail.com) にて AWS Certification アカウントへサインインしてください。

(以下略)
"""
    new = """会社の資格登録用にメモ。
前職のアカウントの分も含めて、こっちに全部まとまったらしい。
月曜に総務へ申請すること。
"""
    txt = new + "\n" + fwd
    html = f'<div dir="ltr">' + "<br>".join(htmlmod.escape(l) for l in new.strip().split("\n")) + \
        '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + \
        "<br>".join(htmlmod.escape(l) for l in fwd.strip().split("\n")[:5]) + '</div><br>' + \
        "<br>".join(htmlmod.escape(l) for l in fwd.strip().split("\n")[5:]) + "</div></div>\n"
    body = multi(part(txt, cs="utf-8", cte="base64", label="UTF-8"), part(html, "html", cs="utf-8", cte="quoted-printable", label="UTF-8"),
                 boundary=gmail_boundary())
    ip = f"209.85.{R.randint(128,223)}.{R.randint(1,250)}"
    send_other("self-forward-merge-done-to-work-ja", d, work, "outlook", addr("山田太郎", YAMADA), "gmail.com",
               enc(f"Fwd: RE:{SUBJ_A}"), body, ("unrelated", CASE_A, [], False, "ja"), to=work, ip=ip,
               helo=f"mail-pl1-f{R.randint(100,200)}.google.com", date_tz=JST, msgid_dom="mail.gmail.com")


@mail
def m_u11():
    d = jst("2025-07-15 11:00:05")
    s = aws_sender(d)
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>AWS 認定ニュースレター</title></head>
<body style="margin:0;background:#eaeded;font-family:'Amazon Ember','Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#232f3e;padding:20px 24px;color:#fff;font-size:20px">AWS 認定 ニュースレター 2025 年 7 月号</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.8">
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<h3 style="color:#ec7211">新しい認定試験が登場</h3>
<p>AWS Certified Machine Learning Engineer – Associate および AWS Certified AI Practitioner の日本語版試験の提供を開始しました。</p>
<h3 style="color:#ec7211">認定特典のご案内</h3>
<p>AWS 認定を取得された方は、次回の試験で利用できる 50% 割引バウチャーを認定アカウントの「特典」ページから取得できます。</p>
<h3 style="color:#ec7211">ヒント: 認定アカウントは 1 つにまとめましょう</h3>
<p>転職などで複数の認定アカウントをお持ちの場合は、サポートへお問い合わせいただくことで、アカウントをまとめることができます。詳しくは <a href="https://aws.amazon.com/jp/certification/faqs/">よくある質問</a> をご覧ください。</p>
<p style="text-align:center;padding:12px"><a href="https://aws.amazon.com/jp/certification/" style="background:#ff9900;color:#16191f;padding:10px 24px;text-decoration:none">認定の詳細を見る</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">このメールは、AWS からのお知らせの受信に同意された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
"""
    body = part(html, "html", cs="utf-8", cte="quoted-printable")
    tr = trace_gmail(YAMADA, d, s["helo"], s["ip"], s["rpath"], ar_aws_pass(s, "gmail"))
    h, tail = aws_headers(s, d, addr("アマゾン ウェブ サービス ジャパン", "aws-apj-marketing@amazon.com"), YAMADA,
                          enc("【AWS 認定】ニュースレター 7 月号: 新試験のご案内と認定特典について"),
                          extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>"),
                                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    build("aws-cert-newsletter-ja", tr + h, body, ("unrelated", None, [], True, "ja"), tail)


@mail
def m_u12():
    d = dt.datetime(2025, 2, 3, 15, 20, 8, tzinfo=UTC)
    txt = """Hi Misaki,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on March 5, 2025.

To keep your badge active, please follow the recertification instructions provided by the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7a3e1f90-2c4d-4b8e-9f01-3d5c6b7a8e92

The Credly Team
"""
    body = multi(part(txt, cs="utf-8", cte="quoted-printable"),
                 part(credly_html("Your badge is expiring soon", "AWS Certified Cloud Practitioner will expire on March 5, 2025.",
                                  ["AWS Certified Cloud Practitioner"], "View badge", "Follow the issuer's recertification instructions to keep your badge active."),
                      "html", cs="utf-8", cte="quoted-printable"), boundary=rhex(60))
    send_credly("credly-badge-expiring-en", d, SATO, SATO, "Your AWS Certified Cloud Practitioner badge expires in 30 days", body,
                ("unrelated", None, [], True, "en"), trace="nifty", frm="Credly <admin@credly.com>")


@mail
def m_u13():
    d = dt.datetime(2025, 11, 12, 0, 9, 41, tzinfo=UTC)
    txt = """Hi Ryo,

We received a request to merge the Credly account for ryo.w.1990@gmail.com into your account r.watanabe@tsubame-soft.co.jp.

Your verification code is: 739204

Or click the button below to finish:

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=Zk3pQ8vR2mT7

Once the merge is complete, all badges from both accounts will appear on one profile. If you didn't request this, you can safely ignore this email. The code expires in 24 hours.

The Credly Team
"""
    body = multi(part(txt, cs="utf-8", cte="7bit"),
                 part(credly_html("Confirm your account merge", "Enter this code to merge your Credly accounts: 739204", [],
                                  "Complete Account Merge", "If you didn't request this, you can safely ignore this email."),
                      "html", cs="utf-8", cte="quoted-printable"), boundary=rhex(60))
    send_credly("credly-self-service-merge-code-en", d, WATANABE, WATANABE, "Confirm your Credly account merge", body,
                ("unrelated", None, [], True, "en"), trace="outlook", frm="Credly <admin@credly.com>")


@mail
def m_u14():
    d = jst("2025-08-21 06:12:40")
    dom = "aws-billing-support.jp.net"
    ip = "103.152.118.77"
    helo = "smtp." + dom
    rpath = "mailer@" + dom
    cl = [f"spf=pass smtp.mailfrom={rpath}", "dkim=none", f"dmarc=none header.from={dom}"]
    tr = trace_jp("biglobe", TAKAHASHI, d, helo, ip, rpath, cl)
    txt = """お客様各位

Amazon Web Services をご利用いただき、ありがとうございます。

お客様のアカウントに登録されているお支払い方法が無効になっているため、AWS アカウントの一部サービスを一時的に制限いたしました。
72 時間以内にお支払い情報を更新いただけない場合、アカウントは停止され、すべてのリソースが削除されます。

▼お支払い情報の更新
https://console-aws.""" + dom + """/billing/update

※本メールは送信専用です。

Amazon Web Services 請求サポート
"""
    body = part(txt, cs="shift_jis", cte="base64", label="shift_jis")
    h = [("From", addr("Amazon Web Services", "billing@" + dom, "shift_jis")), ("To", TAKAHASHI),
         ("Subject", enc("【緊急】AWS アカウント停止のお知らせ：お支払い方法をご確認ください", "iso-2022-jp")),
         ("Date", fdate(d, JST)), ("Message-ID", f"<{rhex(12)}.{rhex(6)}@{dom}>"), ("X-Mailer", "Microsoft Outlook 16.0"),
         ("MIME-Version", "1.0")]
    build("phish-billing-suspension-ja", tr + h, body, ("unrelated", None, [], False, "ja"))


@mail
def m_u15():
    d = dt.datetime(2025, 4, 18, 7, 33, 2, tzinfo=UTC)
    txt = """佐藤 美咲 様

Microsoft Learn をご利用いただきありがとうございます。

お客様のご依頼に基づき、2 つの認定プロファイルの統合が完了しました。
統合後のプロファイルでは、取得済みの Microsoft 認定資格、試験の履歴、およびトランスクリプトをまとめて確認できます。

今後は、お使いの Microsoft アカウント (misaki-sato@nifty.com) で Microsoft Learn にサインインしてください。

プロファイルを表示: https://learn.microsoft.com/ja-jp/users/me/credentials

Microsoft Learn サポート
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    body = multi(part(txt, cs="utf-8", cte="base64"), part(html_simple(txt, "'Segoe UI', Meiryo, sans-serif"), "html", cs="utf-8", cte="base64"),
                 boundary="--boundary_" + str(R.randint(100, 999)) + "_" + rhex(8) + "-" + rhex(4))
    send_other("microsoft-learn-profile-merged-ja", d, SATO, "nifty", "Microsoft Learn <learn-noreply@microsoft.com>", "microsoft.com",
               enc("Microsoft Learn: 認定プロファイルの統合が完了しました"), body,
               ("unrelated", None, [], False, "ja"), to=SATO, dkim_dom="microsoft.com")


@mail
def m_u16():
    d = dt.datetime(2025, 5, 2, 1, 0, 14, tzinfo=UTC)
    txt = """伊藤 直子 様

AWS 認定をご取得いただき、ありがとうございます。

お客様の以下の認定資格は、まもなく有効期限を迎えます。

  候補者 ID: AWS19450376
  認定資格: AWS Certified Solutions Architect - Associate
  有効期限: 2025年8月1日

認定を維持するには、有効期限までに再認定の要件を満たしてください。詳細は、認定アカウントの「再認定」ページをご覧ください。
https://www.aws.training/Certification

AWS トレーニングと認定

このメールは CertMetrics から Amazon Web Services に代わって送信されています。ご返信いただいてもお答えできません。
"""
    body = part(txt, cs="utf-8", cte="quoted-printable")
    send_other("certmetrics-recert-reminder-ja", d, ITO, "ocn", "AWS Certification <do-not-reply@certmetrics.com>", "certmetrics.com",
               enc("AWS 認定: 認定資格の有効期限が近づいています", "iso-2022-jp"), body,
               ("unrelated", None, ["AWS19450376"], False, "ja"), to=ITO)


# ---- END MAILS ----

if __name__ == "__main__":
    main()
