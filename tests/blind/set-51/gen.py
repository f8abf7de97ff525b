#!/usr/bin/env python3
"""Generate blind set 51: AWS Certification account-merge mail, Japanese emphasis.

Run: python3 make_set.py   (writes NNN-slug.eml and labels.json next to this script)
"""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5151)

JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc
WD = "月火水木金土日"


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def rfc(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def rfc_named(dt, tz):
    d = dt.astimezone(tz)
    return d.strftime("%a, %d %b %Y %H:%M:%S %z") + " (" + d.tzname() + ")"


def jq(dt):
    """Gmail-JP style date: 2025年5月29日(木) 8:47"""
    d = dt.astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日({WD[d.weekday()]}) {d.hour}:{d.minute:02d}"


def tb(dt):
    d = dt.astimezone(JST)
    return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}"


def case15(dt, tail):
    return f"{int(dt.timestamp())}{tail}"


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def fold_b64(s, first=0, width=70, indent="\t "):
    out, line = [], s[: max(10, width - first)]
    rest = s[len(line):]
    out.append(line)
    while rest:
        out.append(indent + rest[:width])
        rest = rest[width:]
    return "\n".join(out)


# ---------------------------------------------------------------- encoded words

def ew(text, label="UTF-8", codec=None, enc="B", chunk=12, midsplit=False):
    codec = codec or label.lower()
    words = []
    if midsplit:
        raw = text.encode(codec)
        for i in range(0, len(raw), 27):
            words.append(f"=?{label}?B?{base64.b64encode(raw[i:i + 27]).decode()}?=")
        return "\n ".join(words)
    for i in range(0, len(text), chunk):
        piece = text[i:i + chunk].encode(codec)
        if enc == "B":
            words.append(f"=?{label}?B?{base64.b64encode(piece).decode()}?=")
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else f"={b:02X}")
                for b in piece)
            words.append(f"=?{label}?Q?{q}?=")
    return "\n ".join(words)


def subj(text, label="UTF-8", codec=None, enc="B", chunk=12, midsplit=False):
    """Keep a leading ASCII prefix raw, encode the rest."""
    if all(ord(c) < 128 for c in text):
        return text
    idx = next(i for i, c in enumerate(text) if ord(c) >= 128)
    cut = text.rfind(" ", 0, idx)
    prefix, rest = (text[:cut + 1], text[cut + 1:]) if cut >= 0 else ("", text)
    return prefix + ew(rest, label, codec, enc, chunk, midsplit)


def addr(name, email, label="UTF-8", codec=None, quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or any(c in name for c in ",.()") else f"{name} <{email}>"
    return f"{ew(name, label, codec, chunk=40)} <{email}>"


# ---------------------------------------------------------------- MIME parts

def tp(text, sub="plain", label="utf-8", codec=None, cte="base64", flowed=False):
    codec = codec or label
    data = text.encode(codec)
    p = MIMENonMultipart("text", sub)
    if label:
        p.set_param("charset", label)
    if flowed:
        p.set_param("format", "flowed")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def multi(kind, *parts, boundary=None):
    m = MIMEMultipart(kind, boundary=boundary or ("----=_Part_" + rhex(8) + "_" + str(R.randint(10**8, 10**9))))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attach(data, maintype, subtype, filename):
    p = MIMEBase(maintype, subtype)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    if any(ord(c) > 127 for c in filename):
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    else:
        p.add_header("Content-Disposition", "attachment", filename=filename)
    del p["MIME-Version"]
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner, lang="ja", title="", charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title></head>\n'
            f'<body style="margin:0;padding:0;background:#f2f3f3;font-family:\'Hiragino Sans\',Meiryo,Arial,sans-serif;">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
            f'<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;color:#16191f;font-size:14px;line-height:1.7;">\n'
            f'<tr><td>\n{inner}\n</td></tr></table>\n</td></tr></table>\n</body></html>\n')


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- transport headers

SES_HOSTS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31", "email.amazonses.com", "0100"),
             ("a8-52.smtp-out.amazonses.com", "54.240.8.52", "email.amazonses.com", "0100"),
             ("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", "us-west-2.amazonses.com", "0101")]

SENDERS = {
    # key: (helo, ip, envelope-domain, dkim domains)
    "credly": ("o3.email.credly.com", "149.72.161.57", "email.credly.com", ["credly.com", "sendgrid.info"]),
    "github": ("out-23.smtp.github.com", "192.30.252.206", "github.com", ["github.com"]),
    "pearson": ("mx0b-0020a801.pphosted.com", "148.163.152.110", "pearson.com", ["pearson.com"]),
    "certmetrics": ("a48-112.smtp-out.amazonses.com", "54.240.48.112", "certmetrics.com", ["certmetrics.com", "amazonses.com"]),
}


def ses_msgid(dt, region="0100"):
    ms = int(dt.timestamp() * 1000) + R.randint(0, 900)
    u = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    return f"<{region}{ms:012x}-{u}-000000@email.amazonses.com>"


def dkim_sig(domain, selector, h, t):
    b = rb64(256)
    hdr = (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={t};\n"
           f"\th={h};\n\tbh={rb64(32)};\n\tb=")
    lines = [b[i:i + 72] for i in range(0, len(b), 72)]
    return hdr + "\n\t ".join(lines)


class Mail:
    def __init__(self, key, slug, label, **kw):
        self.key = key
        self.slug = slug
        self.label = label
        self.__dict__.update(kw)


def transport(m):
    """Return list of raw header lines (already folded) added in transit + by the sender's MTA."""
    H = []
    prov = m.provider
    date = m.date
    recv = date + timedelta(seconds=R.randint(2, 40))
    to = m.to_addr
    s = m.sender  # 'ses', 'credly', ..., 'phish', 'internal', 'lookalike'
    auth = m.auth  # 'pass', 'fail', None
    from_dom = m.from_addr.split("@")[1]

    if s == "ses":
        host, ip, envdom, region = R.choice(SES_HOSTS[:2]) if not getattr(m, "west", False) else SES_HOSTS[2]
        envfrom = ses_msgid(date, region)[1:].split("@")[0] + "@" + envdom
        dk = [(from_dom, ralnum(32)), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono" if region == "0100" else "hsbnp7p3ensaochzwyq5wwmceodymuwv")]
    elif s in SENDERS:
        host, ip, envdom, doms = SENDERS[s]
        envfrom = f"bounces+{R.randint(10**7, 10**8)}-{rhex(4)}={to.replace('@', '=')}@{envdom}" if s == "credly" else f"bounce-{rhex(10)}@{envdom}"
        dk = [(d, R.choice(["s1", "pf2023", "smtp", "20230601"]) if d != "amazonses.com" else "224i4yxa5dv7c2xz3womw6peuasteono") for d in doms]
    elif s == "lookalike":
        host, ip = m.phish_host
        envfrom = f"info@{from_dom}"
        dk = [(from_dom, "default")]
    elif s == "spoof":
        host, ip = m.phish_host
        envfrom = m.envfrom
        dk = []
    else:  # internal
        host, ip, envfrom, dk = None, None, m.from_addr, []

    if auth == "pass":
        spf, dkim, dmarc = "pass", "pass", "pass"
    elif auth == "fail":
        spf, dkim, dmarc = ("pass" if s == "spoof" else "softfail"), "none", "fail"
    else:
        spf = dkim = dmarc = None

    dmarc_pol = {"amazon.com": "QUARANTINE", "credly.com": "REJECT", "github.com": "REJECT", "pearson.com": "REJECT",
                 "certmetrics.com": "NONE", "signin.aws": "REJECT"}.get(from_dom, "NONE")
    envdom = envfrom.split("@")[1]

    # ------------------------------------------------------------ provider part
    if prov == "gmail":
        pt = rfc_named(recv, PT)
        gid = f"{R.randint(1000, 9999)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)}"
        H.append(f"Delivered-To: {to}")
        H.append(f"Received: by 2002:a05:7010:{gid} with SMTP id {ralnum(10)};\n        {pt}")
        H.append(f"X-Google-Smtp-Source: AGHT+IE{rb64(66)[:88]}")
        H.append(f"X-Received: by 2002:a05:6214:{R.randint(1000, 9999)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(4)}-{ralnum(6)}{R.randint(100000, 999999)}.{R.randint(10, 99)}.{int(recv.timestamp())};\n        {pt}")
        if auth:
            arc = (f"i=1; mx.google.com;\n       dkim={dkim} header.i=@{from_dom} header.s={dk[0][1] if dk else 'none'} header.b={rb64(6)[:8]};\n"
                   f"       spf={spf} (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom};\n"
                   f"       dmarc={dmarc} (p={dmarc_pol} sp={dmarc_pol} dis={'NONE' if dmarc == 'pass' else dmarc_pol}) header.from={from_dom}")
            H.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(recv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(180)[:236]}")
            H.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh=;\n        b={rb64(180)[:236]}")
            H.append(f"ARC-Authentication-Results: {arc}")
        H.append(f"Return-Path: <{envfrom}>")
        H.append(f"Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(4)}-{ralnum(9)}{R.randint(100000, 999999)}.{R.randint(100, 999)}.{int(recv.timestamp())}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pt}")
        if auth:
            H.append(f"Received-SPF: {spf} (google.com: domain of {envfrom} designates {ip} as permitted sender) client-ip={ip};")
            lines = []
            for d, sel in dk:
                lines.append(f"dkim=pass header.i=@{d} header.s={sel} header.b={rb64(6)[:8]}")
            if not dk:
                pass
            lines.append(f"spf={spf} (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}")
            lines.append(f"dmarc={dmarc} (p={dmarc_pol} sp={dmarc_pol} dis={'NONE' if dmarc == 'pass' else dmarc_pol}) header.from={from_dom}")
            H.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(lines))
    elif prov in ("o365", "outlookcom"):
        jp = prov == "o365"
        dom = "jpnprd01" if jp else "namprd04"
        a, b_, c = (f"TYCPR01MB{R.randint(1000, 9999)}", f"OS3PR01MB{R.randint(1000, 9999)}", f"TY2PEPF0000{R.randint(1000, 9999)}") if jp else \
            (f"SN7PR04MB{R.randint(1000, 9999)}", f"BL1PR04MB{R.randint(1000, 9999)}", f"CO1PEPF0000{R.randint(1000, 9999)}")
        t0 = rfc(recv, UTC)
        if dmarc and dmarc != "pass":
            compauth = "compauth=fail reason=001"
        else:
            compauth = "compauth=pass reason=100"
        H.append(f"Received: from {a}.{dom}.prod.outlook.com (2603:1096:400:{rhex(3)}::{R.randint(5, 9)})\n by {b_}.{dom}.prod.outlook.com with HTTPS; {t0}")
        H.append(f"Received: from {c}.{dom}.prod.outlook.com (2603:1096:404:{rhex(2)}::{rhex(2)}) by\n {a}.{dom}.prod.outlook.com (2603:1096:400:{rhex(3)}::{R.randint(5, 9)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8800, 9300)}.{R.randint(10, 30)}; {t0}")
        if auth:
            dkimtxt = "dkim=pass (signature was verified)" if dkim == "pass" else "dkim=none (message not signed)"
            hd = f"header.d={dk[0][0]}" if dk else "header.d=none"
            H.append(f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}; {dkimtxt}\n {hd};dmarc={dmarc} action={'none' if dmarc == 'pass' else 'quarantine'}\n header.from={from_dom};{compauth}")
            H.append(f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {envdom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C")
        H.append(f"Received: from {host} ({ip}) by\n {c}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8800, 9300)}.{R.randint(10, 30)}\n via Frontend Transport; {t0}")
    elif prov == "icloud":
        t = rfc(recv, UTC)
        H.append(f"Received: from ms-asmtp-me-k8s.p00.prod.me.com by p00-icloudmta-asmtp-us-west-3a-60-percent-{R.randint(1, 12)}\n (Oracle Communications Messaging Server 8.1.0.27.20240826 64bit (built Aug 26\n 2024)) with ESMTPS id <0S{ralnum(10).upper()}00@p00-icloudmta-asmtp-us-west-3a-60-percent-{R.randint(1, 12)}> for\n {to}; {t}")
        H.append(f"Return-Path: <{envfrom}>")
        if auth:
            H.append(f"Authentication-Results: dmarc.icloud.com; dmarc={dmarc} header.from={from_dom}")
            H.append(f"X-DMARC-Info: pass=pass; dmarc-policy=quarantine; s=r1; d=r1; pdomain={from_dom}")
            pol = dmarc_pol.lower() if dmarc_pol != "NONE" else "none"
            H[-1] = f"X-DMARC-Info: pass={dmarc}; dmarc-policy={pol}; s=r1; d=r1; pdomain={from_dom}"
            H.append(f"X-DMARC-Policy: v=DMARC1; p={pol}; pct=100; rua=mailto:dmarc-reports@{from_dom}")
            H.append("Authentication-Results: dkim-verifier.icloud.com;\n\t" + ";\n\t".join(
                f"dkim=pass (2048-bit key) header.d={d} header.i=@{d} header.b={rb64(6)[:8]}" for d, _ in dk))
            H.append(f"Authentication-Results: spf.icloud.com; spf={spf} (spf.icloud.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}")
            H.append(f"Received-SPF: {spf} (spf.icloud.com: domain of {envfrom} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={host}; envelope-from={envfrom}")
        H.append(f"Received: from {host} (mx.icloud.com [17.57.{R.randint(150, 160)}.{R.randint(1, 250)}])\n by p00-icloudmta-asmtp-us-west-3a-60-percent-{R.randint(1, 12)} (Postfix) with ESMTPS id {rhex(10).upper()}\n for <{to}>; {t}")
    elif prov in ("biglobe", "nifty", "yahoo", "sonet", "docomo", "ocn"):
        t = rfc(recv, JST)
        ids = {"biglobe": ("mx.biglobe.ne.jp", f"mx-in{R.randint(1, 9):02d}.kzd.biglobe.ne.jp"),
               "nifty": ("mx.nifty.com", f"mta-mx{R.randint(10, 30)}.nifty.com"),
               "yahoo": (f"mta{R.randint(1000, 6000)}.mail.kks.yahoo.co.jp", f"mta{R.randint(1000, 6000)}.mail.kks.yahoo.co.jp"),
               "sonet": ("so-net.ne.jp", f"mx{R.randint(1, 8)}.so-net.ne.jp"),
               "docomo": ("mail.docomo.ne.jp", f"mfsmax.docomo.ne.jp"),
               "ocn": ("ocn.ad.jp", f"mx{R.randint(1, 6)}.mail.ocn.ne.jp")}[prov]
        H.append(f"Return-Path: <{envfrom}>")
        H.append(f"Delivered-To: {to}")
        H.append(f"Received: from {ids[1]} (localhost [127.0.0.1])\n\tby {ids[1]} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{to}>; {t}")
        if auth:
            parts = [f"spf={spf} smtp.mailfrom={envfrom}"]
            if dk and dkim == "pass":
                parts.append(f"dkim=pass header.d={dk[0][0]} header.s={dk[0][1]}")
            else:
                parts.append("dkim=none")
            parts.append(f"dmarc={dmarc} header.from={from_dom}")
            H.append(f"Authentication-Results: {ids[0]};\n\t" + ";\n\t".join(parts))
        H.append(f"Received: from {host} ({host} [{ip}])\n\tby {ids[1]} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{to}>; {t}")
    elif prov == "internal":
        t = rfc(recv, JST)
        H.append(f"Received: from {m.int_host} ({m.int_ip}) by\n mbx01.hoshizora-sys.co.jp (10.20.1.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; {t}")
    # ------------------------------------------------------------ sender part
    for extra in getattr(m, "forged", []):
        H.append(extra)
    if s in ("lookalike", "spoof") and host:
        H.append(f"Received: from {host.split('.')[0]}-{rhex(4)} ({'localhost' if s in ('lookalike', 'spoof') else 'internal'}) by {host} with ESMTPA; {rfc(date, UTC)}")
    hlist = "Subject:From:To:MIME-Version:Content-Type:Message-ID:Date"
    for d, sel in dk:
        H.append("DKIM-Signature: " + dkim_sig(d, sel, hlist if d != "amazonses.com" else hlist + ":Feedback-ID", int(date.timestamp())))
    return H


def render(m):
    H = transport(m)
    H.append(f"From: {m.from_hdr}")
    if getattr(m, "reply_to", None):
        H.append(f"Reply-To: {m.reply_to}")
    H.append(f"To: {m.to_hdr}")
    for k in ("cc",):
        if getattr(m, k, None):
            H.append(f"Cc: {getattr(m, k)}")
    H.append(f"Subject: {m.subject}")
    H.append(f"Date: {rfc(m.date, m.date_tz)}")
    H.append(f"Message-ID: {m.msgid}")
    if getattr(m, "in_reply_to", None):
        H.append(f"In-Reply-To: {m.in_reply_to}")
        H.append(f"References: {getattr(m, 'references', None) or m.in_reply_to}")
    for h in getattr(m, "extra", []):
        H.append(h)
    H.append("MIME-Version: 1.0")
    body = m.body.as_bytes(policy=compat32.clone(linesep="\n"))
    head = "\n".join(H) + "\n"
    raw = head.encode("ascii") + body
    if getattr(m, "crlf", False):
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# ====================================================================== helpers for senders
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
MAILS = []


def aws(key, slug, label, provider, to_addr, subject, date, body, from_addr=FORM, from_name="Amazon Web Services",
        to_name=None, **kw):
    west = kw.pop("west", False)
    m = Mail(key, slug, label, provider=provider, sender="ses", auth=kw.pop("auth", "pass"), from_addr=from_addr,
             from_hdr=f'"{from_name}" <{from_addr}>', to_addr=to_addr,
             to_hdr=to_addr if not to_name else addr(to_name, to_addr), subject=subject, date=date, date_tz=UTC,
             msgid=ses_msgid(date, "0101" if west else "0100"), body=body, west=west, **kw)
    fb = f"Feedback-ID: ::1.{'us-west-2' if west else 'us-east-1'}.{rb64(30)[:43]}=:AmazonSES"
    m.extra = [fb] + kw.get("extra", [])
    MAILS.append(m)
    return m


def credly(key, slug, label, provider, to_addr, to_name, subject, date, body, from_name="Amazon Web Services Training and Certification via Credly", from_addr="admin@credly.com", **kw):
    m = Mail(key, slug, label, provider=provider, sender="credly", auth=kw.pop("auth", "pass"), from_addr=from_addr,
             from_hdr=f'"{from_name}" <{from_addr}>', to_addr=to_addr, to_hdr=addr(to_name, to_addr, quote=True) if to_name else to_addr,
             subject=subject, date=date, date_tz=UTC,
             msgid=f"<{rhex(13)}_{R.randint(10, 99)}{rhex(10)}@{R.choice(['credly-production-web-7f9c4d8b6-x2kqp', 'credly-worker-5c8b7d9f4-mn4zt'])}.mail>",
             body=body, **kw)
    m.extra = [f"X-SG-EID: {rb64(90)[:120]}", "X-Entity-ID: " + rb64(16)[:22]] + kw.get("extra", [])
    MAILS.append(m)
    return m


def other(key, slug, label, provider, sender, from_hdr, from_addr, to_addr, subject, date, body, date_tz=UTC, msgid=None, auth="pass", **kw):
    m = Mail(key, slug, label, provider=provider, sender=sender, auth=auth, from_addr=from_addr, from_hdr=from_hdr,
             to_addr=to_addr, to_hdr=kw.pop("to_hdr", to_addr), subject=subject, date=date, date_tz=date_tz,
             msgid=msgid or f"<{rhex(16)}.{R.randint(1000, 9999)}@{from_addr.split('@')[1]}>", body=body, **kw)
    MAILS.append(m)
    return m


def L(kind, case, ids, lang):
    return {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)), "language": lang}


def qt(text, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in text.split("\n"))


def aws_footer_ja(case):
    return (f"\n\n本メールに関してご質問がある場合は、件名の [CASE {case}] を変更せずにご返信ください。\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。")


# ====================================================================== User A: 田中 美咲 / Gmail / form case
A_TO = "misaki.tanaka.dev@gmail.com"
A_OPEN = jst(2025, 5, 28, 8, 2, 14)
CA = case15(A_OPEN, "41806")
A_SUBJ = f"RE:[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance"
A_CONF_DT = datetime(2025, 5, 28, 23, 47, 10, tzinfo=UTC)
A_USER_DT = jst(2025, 5, 29, 10, 14, 52)

a1_txt = f"""田中 美咲 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
本メールは、お問い合わせフォームからの送信を受け付けたことをお知らせする自動送信メールです。

ケース番号: {CA}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
このお問い合わせに情報を追加される場合は、件名を変更せずに本メールへご返信ください。
同じ内容で改めてフォームを送信されますと、対応が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""
a1_html = html_doc(
    '<p style="font-size:18px;font-weight:bold;">お問い合わせを承りました</p>\n' + paras(a1_txt) +
    f'''
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">
<tr><th align="left" style="background:#f2f3f3;">お問い合わせの種類</th><td>認定</td></tr>
<tr><th align="left" style="background:#f2f3f3;">詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left" style="background:#f2f3f3;">AWS 受験者 ID</th><td>aws04417852</td></tr>
<tr><th align="left" style="background:#f2f3f3;">氏名</th><td>田中 美咲</td></tr>
<tr><th align="left" style="background:#f2f3f3;">連絡先メールアドレス</th><td>{A_TO}</td></tr>
<tr><th align="left" style="background:#f2f3f3;">内容</th><td>前の会社で作った認定アカウント（AWS09236610）と、いま使っている個人のアカウントを 1 つにまとめたいです。前の会社のメールアドレスはもう受信できません。</td></tr>
</table>
<p style="color:#687078;font-size:12px;">このメールは送信専用アドレスから送信されています。</p>''', title="お問い合わせを承りました")
aws("A1", "gmail-form-ack-alt", L("case_created", CA, ["AWS04417852", "AWS09236610"], "ja"), "gmail", A_TO,
    subj(f"[CASE {CA}] AWS トレーニングと認定: お問い合わせを受け付けました"), A_OPEN + timedelta(seconds=17),
    multi("alternative", tp(a1_txt, cte="quoted-printable"), tp(a1_html, "html", cte="base64")))

a2_txt = f"""田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の高橋と申します。

お問い合わせいただいた認定アカウントの統合について、以下の内容で処理を行う予定です。

■ 残すアカウント（統合先）
　AWS04417852（サインイン: {A_TO}）

■ 統合するアカウント（統合後は無効になります）
　AWS09236610（サインイン: m-tanaka@kitaura-soft.co.jp）

統合後は、AWS09236610 に紐づく認定資格、受験履歴、特典がすべて AWS04417852 に移ります。
なお、統合は一度実行すると元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよいかお知らせください。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願いいたします。

高橋
Amazon Web Services
AWS トレーニングと認定""" + aws_footer_ja(CA) + "\n"
aws("A2", "gmail-form-b64", L("merge_confirmation_requested", CA, ["AWS04417852", "AWS09236610"], "ja"), "gmail", A_TO,
    A_SUBJ, A_CONF_DT, tp(a2_txt, cte="base64"))

a3_quoted_conf = """田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の高橋と申します。

お問い合わせいただいた認定アカウントの統合について、以下の内容で処理を行う予定です。

■ 残すアカウント（統合先）
　AWS04417852（サインイン: misaki.tanaka.dev@gmail.com）

■ 統合するアカウント（統合後は無効になります）
　AWS09236610（サインイン: m-tanaka@kitaura-soft.co.jp）

統合後は、AWS09236610 に紐づく認定資格、受験履歴、特典がすべて AWS04417852 に移ります。
なお、統合は一度実行すると元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよいかお知らせください。"""
a3_user = f"""高橋様

ご連絡ありがとうございます。
記載いただいた内容で間違いありません。統合をお願いいたします。

田中

{jq(A_CONF_DT)} Amazon Web Services <{FORM}>:

{qt(a3_quoted_conf)}"""
a3_txt = f"""田中 美咲 様

ご返信いただきありがとうございます。
内容のご確認、承知いたしました。これより担当チームにて手続きを進めてまいります。

作業が済みましたら、本ケースにて改めてご案内いたします。今しばらくお待ちくださいますようお願い申し上げます。

高橋
Amazon Web Services

{jq(A_USER_DT)} 田中美咲 <{A_TO}>:
{qt(a3_user)}
"""
aws("A3", "gmail-8bit-nested", L("support_reply", CA, [], "ja"), "gmail", A_TO, A_SUBJ,
    datetime(2025, 5, 30, 1, 15, 44, tzinfo=UTC), tp(a3_txt, cte="8bit"))

a4_txt = f"""田中 美咲 様

お待たせいたしました。AWS トレーニングと認定の高橋です。

ご依頼の件、AWS09236610 に登録されていた認定資格と受験履歴を AWS04417852 へ移行いたしました。
AWS09236610 は今後ご利用いただけません。

今後は {A_TO} で AWS 認定アカウントにサインインし、認定資格および特典（次回受験時の 50% 割引など）が表示されていることをご確認ください。
Credly のデジタルバッジについては、数日以内に登録メールアドレス宛てに改めてご案内が届きます。

ご不明な点がございましたら、本メールにご返信ください。

高橋
Amazon Web Services

==============================================
今回の対応はいかがでしたか？ 以下のリンクから評価をお寄せください。
https://aws.amazon.com/forms/tc-case-feedback?caseId={CA}&lang=ja
==============================================
"""
aws("A4", "gmail-qp-rating", L("merge_completed", CA, ["AWS04417852", "AWS09236610"], "ja"), "gmail", A_TO, A_SUBJ,
    datetime(2025, 5, 31, 6, 20, 5, tzinfo=UTC), tp(a4_txt, cte="quoted-printable"))

a5_txt = f"""このメールは HTML 形式で送信されています。HTML 表示に対応したメールソフトでご覧ください。

ケース ID: {CA}
"""
a5_html = html_doc(f"""<p>田中 美咲 様</p>
<p>AWS トレーニングと認定をご利用いただきありがとうございます。<br>
ケース {CA} は解決済みとしてクローズされました。</p>
<p>サービス向上のため、今回のサポートについて簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>
<p style="font-weight:bold;">お問い合わせの問題は解決しましたか？</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#ec7211;border-radius:2px;"><a href="https://survey.aws.training/s/tc?c={CA}&amp;r=yes" style="display:inline-block;padding:8px 28px;color:#ffffff;text-decoration:none;">はい</a></td>
<td style="background:#545b64;border-radius:2px;"><a href="https://survey.aws.training/s/tc?c={CA}&amp;r=no" style="display:inline-block;padding:8px 28px;color:#ffffff;text-decoration:none;">いいえ</a></td>
</tr></table>
<p>担当者の対応を 5 段階で評価してください: 
<a href="https://survey.aws.training/s/tc?c={CA}&amp;s=1">1</a> <a href="https://survey.aws.training/s/tc?c={CA}&amp;s=2">2</a> <a href="https://survey.aws.training/s/tc?c={CA}&amp;s=3">3</a> <a href="https://survey.aws.training/s/tc?c={CA}&amp;s=4">4</a> <a href="https://survey.aws.training/s/tc?c={CA}&amp;s=5">5</a></p>
<p style="color:#687078;font-size:12px;">引き続きお手伝いが必要な場合は、お問い合わせフォームから新しいお問い合わせをお送りください。</p>""", title="アンケート")
aws("A5", "gmail-html-survey", L("survey", CA, [], "ja"), "gmail", A_TO,
    subj(f"ケース {CA} に関するアンケートのお願い"), datetime(2025, 5, 31, 6, 20, 41, tzinfo=UTC),
    multi("alternative", tp(a5_txt, cte="base64"), tp(a5_html, "html", cte="quoted-printable")), from_name="AWS Training and Certification")

a6_txt = """田中 美咲 さん

おめでとうございます！
Amazon Web Services Training and Certification から次のバッジが発行されました。

AWS Certified Developer – Associate

バッジを受け取ると、LinkedIn などで資格を共有したり、履歴書にリンクを追加したりできます。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/7c1e5a92-3f4d-4b8a-9e21-6a0d3c57b8f4

このメールは Credly（Pearson のサービス）から送信されています。
配信停止: https://www.credly.com/notification_settings
"""
a6_html = html_doc("""<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="150" alt="AWS Certified Developer – Associate"></p>
<p>田中 美咲 さん</p>
<p style="font-size:20px;font-weight:bold;">おめでとうございます！新しいバッジが届きました</p>
<p>Amazon Web Services Training and Certification から <b>AWS Certified Developer – Associate</b> のバッジが発行されました。</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/7c1e5a92-3f4d-4b8a-9e21-6a0d3c57b8f4" style="background:#ff6b00;color:#fff;padding:12px 32px;text-decoration:none;border-radius:4px;">バッジを受け取る</a></p>
<p style="font-size:12px;color:#888;">Credly, Inc. · 13 W 36th St, New York, NY 10018</p>""", title="Credly")
credly("A6", "gmail-credly-ja", L("credly_badge_issued", None, [], "ja"), "gmail", A_TO, "田中 美咲",
       subj("Amazon Web Services Training and Certification からバッジが発行されました"),
       datetime(2025, 6, 1, 2, 11, 9, tzinfo=UTC), multi("alternative", tp(a6_txt, cte="quoted-printable"), tp(a6_html, "html", cte="quoted-printable")))

a7_txt = """AWS 認定 ご利用者様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

お客様の認定アカウント（AWS04417852）について、重複アカウントの統合申請を受け付けました。
統合を確定するには、以下の手順でご本人様確認をお願いいたします。

　①下記リンクから AWS 認定ポータルへログイン
　②統合先アカウントと統合元アカウントの内容を確認
　③「統合を確定する」ボタンを押す

▼ご確認はこちら
https://aws-certification-center.com/merge/verify?cid=AWS04417852&t=8f3a9c1d

※48時間以内にご確認いただけない場合、両方のアカウントが一時停止され、取得済みの認定資格が無効となります。
※統合の確定後は取り消しできません。

━━━━━━━━━━━━━━━━━━━━━━━━
AWS Training & Certification サポートセンター
〒153－0064 東京都目黒区下目黒１－８－１
━━━━━━━━━━━━━━━━━━━━━━━━
"""
other("A7", "gmail-sjis-lookalike", L("merge_confirmation_requested", None, ["AWS04417852"], "ja"), "gmail", "lookalike",
      addr("AWS トレーニングと認定", "support@aws-certification-center.com", "Shift_JIS", "cp932"),
      "support@aws-certification-center.com", A_TO,
      subj("【重要】認定アカウント統合のご本人様確認（48時間以内）", "Shift_JIS", "cp932", chunk=10),
      datetime(2025, 5, 29, 3, 41, 27, tzinfo=UTC), tp(a7_txt, label="Shift_JIS", codec="cp932", cte="8bit"),
      date_tz=JST, phish_host=("vps-4412.kagoya-host.net", "133.18.201.77"),
      msgid=f"<20250529124127.{rhex(8).upper()}@aws-certification-center.com>", extra=["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"])

a8_txt = """田中 美咲 さん

Credly アカウントの統合がリクエストされました。

統合を完了するには、次の確認コードを入力するか、下のボタンをクリックしてください。

確認コード: 731942

アカウントの統合を完了する:
https://www.credly.com/account_merges/confirm?token=f3c91b0e6a2d47e8

このコードの有効期限は 24 時間です。
このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは変更されません。

Credly チーム
"""
credly("A8", "gmail-credly-code", L("unrelated", None, [], "ja"), "gmail", A_TO, None,
       subj("Credly: アカウント統合の確認コード"), datetime(2025, 6, 3, 11, 52, 30, tzinfo=UTC),
       multi("alternative", tp(a8_txt, cte="base64"), tp(html_doc(paras(a8_txt), title="Credly"), "html", cte="base64")),
       from_name="Credly")


# ====================================================================== User B: 佐藤 健太 / Office 365 / console case
B_TO = "k-sato@hoshizora-sys.co.jp"
B_OPEN = jst(2025, 7, 14, 10, 31, 52)
CB = case15(B_OPEN, "00917")
B_SUBJ = f"RE:[CASE {CB}] AWS 認定アカウントの統合について"

b1_txt = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせについて、ケース {CB} を作成しました。

ケース ID: {CB}
件名: AWS 認定アカウントの統合について
重要度: 一般的なガイダンス
ケースの内容:
お世話になっております。株式会社ほしぞらシステムズの佐藤です。
AWS 認定のアカウントが 3 つ存在しています（AWS01938475 / AWS07720461 / AWS05512098）。
会社のメールアドレスで登録した AWS01938475 に一本化していただけますでしょうか。

このケースのやり取りは、AWS サポートセンターでご確認いただけます:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja

このメールアドレスは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
"""
aws("B1", "o365-console-new", L("case_created", CB, ["AWS01938475", "AWS07720461", "AWS05512098"], "ja"), "o365", B_TO,
    subj(f"Amazon Web Services: 新しいサポートケースを作成しました: {CB}", chunk=9), B_OPEN + timedelta(seconds=9),
    tp(b1_txt, cte="base64"), from_addr=NOREPLY, west=True, crlf=True)

b2_txt = f"""佐藤 健太 様

Amazon Web Services をご利用いただきありがとうございます。
AWS トレーニングと認定サポートの井上でございます。

お問い合わせの件、拝見いたしました。統合のお手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. AWS07720461 および aws-05512098 のそれぞれに登録されているサインイン用メールアドレス
2. 各アカウントで取得済みの認定資格の名称（分かる範囲で結構です）
3. 統合後に通知を受け取るメールアドレス（AWS01938475 の登録アドレスから変更がある場合のみ）

ご返信は、サポートセンターの本ケースからお願いいたします。
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja

何卒よろしくお願い申し上げます。

井上
Amazon Web Services

このやり取りはいかがでしたか? 評価をお寄せください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja&rate=1
"""
aws("B2", "o365-console-qp", L("support_reply", CB, ["AWS01938475", "AWS07720461", "AWS05512098"], "ja"), "o365", B_TO,
    subj(B_SUBJ), datetime(2025, 7, 15, 5, 12, 38, tzinfo=UTC), tp(b2_txt, cte="quoted-printable"), from_addr=NOREPLY, west=True, crlf=True)

b3_txt = f"""佐藤 健太 様

ご回答いただきありがとうございます。井上でございます。

いただいた情報をもとに確認いたしました結果、以下のとおり統合を実施する予定です。

【存続するアカウント】
　AWS01938475（{B_TO}）

【統合され、閉鎖されるアカウント】
　AWS07720461（kenta.sato.1987@gmail.com）
　AWS05512098（sato@mirai-net.co.jp）

統合後、上記 2 アカウントの認定資格・受験履歴・受験割引などはすべて AWS01938475 に引き継がれ、統合元のアカウントにはサインインできなくなります。
本処理は実行後に取り消すことができませんので、お手数ですが内容をご確認のうえ、サポートセンターの本ケースより「上記の内容で統合を希望します」とご返信ください。
ご返信をいただくまで、統合作業は行いません。

井上
Amazon Web Services

このやり取りはいかがでしたか? 評価をお寄せください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja&rate=1
"""
aws("B3", "o365-console-b64", L("merge_confirmation_requested", CB, ["AWS01938475", "AWS07720461", "AWS05512098"], "ja"), "o365", B_TO,
    subj(B_SUBJ, chunk=7), datetime(2025, 7, 16, 7, 3, 19, tzinfo=UTC), tp(b3_txt, cte="base64"), from_addr=NOREPLY, west=True, crlf=True)

b4_prev_dt = jst(2025, 7, 17, 11, 2, 0)
b4_txt = f"""佐藤さん

お疲れさまです。人事の森です。

報奨金の申請書、受け取りました。ありがとうございます。
１点だけ確認させてください。

①添付いただいた認定証の ID（AWS07720461）と、社内の資格台帳に登録されている ID（AWS01938475）が違っています。
②アカウントの統合中とのことでしたが、統合が終わったら台帳の ID を更新しておけばよいでしょうか？

急ぎではないので、落ち着いたらで大丈夫です～。
よろしくお願いします。

――――――――――――――――――
㈱ほしぞらシステムズ 人事部
森 由美子
TEL：03－5412－7730（内線 214）
――――――――――――――――――

差出人: 佐藤 健太 <{B_TO}>
送信日時: 2025年7月17日 木曜日 11:02
宛先: 森 由美子 <y-mori@hoshizora-sys.co.jp>
件名: 資格取得報奨金の申請について

森さん

お疲れさまです。佐藤です。
AWS 認定（Solutions Architect - Professional）の報奨金申請書を添付します。

なお、AWS 認定のアカウントが複数に分かれていたため、現在 AWS サポートに統合を依頼しています。
認定証は古い方のアカウントから出力したものです。

佐藤
"""
b4_body = multi("mixed", tp(b4_txt, label="shift_jis", codec="cp932", cte="base64"),
                attach(b"PK\x03\x04\x14\x00\x06\x00" + bytes(R.getrandbits(8) for _ in range(1800)),
                       "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "資格取得報奨金申請書_佐藤.xlsx"))
other("B4", "outlook-cp932-colleague", L("unrelated", None, ["AWS01938475", "AWS07720461"], "ja"), "internal", "internal",
      addr("森 由美子", "y-mori@hoshizora-sys.co.jp", "ISO-2022-JP", "iso2022_jp"), "y-mori@hoshizora-sys.co.jp", B_TO,
      subj("RE: 資格取得報奨金の申請について", "ISO-2022-JP", "iso2022_jp", chunk=8), jst(2025, 7, 17, 14, 26, 3), b4_body,
      date_tz=JST, auth=None, int_host="TYO-EX02.hoshizora-sys.co.jp", int_ip="10.20.1.12",
      to_hdr=addr("佐藤 健太", B_TO, "ISO-2022-JP", "iso2022_jp"),
      msgid="<TYCP286MB2931A7F4C2E81D0B5E3B91C4A81B2@TYCP286MB2931.JPNP286.PROD.OUTLOOK.COM>",
      in_reply_to="<TYCP286MB2931D21AE0F7C3B86E1A0F2FA81B2@TYCP286MB2931.JPNP286.PROD.OUTLOOK.COM>",
      references=None,
      extra=["Thread-Topic: " + ew("資格取得報奨金の申請について", "iso-2022-jp", "iso2022_jp", chunk=100), "Thread-Index: AdvyW5nP3kq8Zb1nQ8WqUeQk2Z0v4AAHp7Cg",
             "X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP", "X-MS-Has-Attach: yes"],
      crlf=True)

b5_txt = f"""佐藤 健太 様

井上でございます。ご確認のご返信をいただき、ありがとうございました。

ご依頼の認定アカウントの統合作業が完了いたしましたので、ご報告いたします。
AWS07720461 および AWS05512098 に記録されていた認定資格・受験履歴は、すべて AWS01938475 に集約されております。

AWS 認定アカウントに {B_TO} でサインインし、以下の点をご確認ください。
・取得済みの認定資格がすべて表示されていること
・未使用の 50% 受験割引が表示されていること

Credly のデジタルバッジの移行には、数日かかる場合がございます。

本件は解決済みとして、ケースをクローズさせていただきます。
このたびはご不便をおかけいたしました。

井上
Amazon Web Services

このやり取りはいかがでしたか? 評価をお寄せください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=ja&rate=1
"""
aws("B5", "o365-console-closed", L("merge_completed", CB, ["AWS01938475", "AWS07720461", "AWS05512098"], "ja"), "o365", B_TO,
    subj(B_SUBJ, enc="Q", chunk=10), datetime(2025, 7, 18, 8, 44, 2, tzinfo=UTC), tp(b5_txt, cte="quoted-printable"),
    from_addr=NOREPLY, west=True, crlf=True)

b6_txt = f"""佐藤 健太 さん

Amazon Web Services Training and Certification は、認定アカウントの更新に伴い、次のバッジを {B_TO} 宛てに発行しました。

・AWS Certified Solutions Architect – Professional
・AWS Certified Solutions Architect – Associate

以下のボタンからバッジを受け取り、プロフィールに追加してください。

バッジを受け取る: https://www.credly.com/earner/earned/badge/0f5d2c8e-91ab-4e77-b3c6-58d4a1e20f93

Credly をご利用いただきありがとうございます。
"""
credly("B6", "o365-credly-ja", L("credly_badge_issued", None, [], "ja"), "o365", B_TO, "Kenta Sato",
       subj("バッジを受け取ってください: AWS Certified Solutions Architect – Professional ほか 1 件"),
       datetime(2025, 7, 21, 0, 37, 55, tzinfo=UTC),
       multi("alternative", tp(b6_txt, cte="base64"), tp(html_doc(paras(b6_txt), title="Credly"), "html", cte="base64")), crlf=True)

b7_txt = """株式会社ほしぞらシステムズ
佐藤 健太 様

Amazon セラーサポートにお問い合わせいただきありがとうございます。

お問い合わせいただいた出品者アカウントの統合（販売事業者情報の一本化）について、ご案内いたします。

ご提出いただいた書類を確認しましたところ、2 つの出品者アカウントの法人名と登記住所が一致していることを確認できました。
出品者アカウントの統合をご希望の場合は、セラーセントラルの［設定］＞［アカウント情報］から「アカウントの統合をリクエスト」を選択し、残す出品者アカウントを指定してください。
なお、統合後は統合元の出品者アカウントの出品情報および販売履歴は参照のみとなります。

ご不明な点がございましたら、このケースにご返信ください。

Amazon セラーサポート
Sakura

このメールは、セラーセントラルのケースログにも記録されています。
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5912374608
"""
other("B7", "o365-seller-case", L("unrelated", "5912374608", [], "ja"), "o365", "ses",
      '"Amazon Seller Central" <seller-answers@amazon.com>', "seller-answers@amazon.com", B_TO,
      subj("RE:[CASE 5912374608] 出品者アカウントの統合について"), datetime(2025, 7, 22, 2, 18, 7, tzinfo=UTC),
      tp(b7_txt, cte="quoted-printable"), msgid=ses_msgid(datetime(2025, 7, 22, 2, 18, 7, tzinfo=UTC)), crlf=True)

b8_txt = """松田 翼 がマージリクエスト !214 をマージしました

プロジェクト: 社内ポータル / 資格台帳
マージリクエスト: !214「AWS 認定 ID の統合処理を追加」
ブランチ: feature/merge-cert-ids → main

変更内容:
- 同一社員に複数の AWS 認定 ID がある場合、台帳上で 1 つに統合するバッチを追加
- テストデータ: AWS01938475 を存続 ID とするケースを追加
- 統合前のバックアップ取得を必須化

マージリクエストを表示:
https://git.hoshizora-sys.co.jp/portal/cert-ledger/-/merge_requests/214

--
このメールは、プロジェクトを Watch しているため送信されました。
通知設定を変更: https://git.hoshizora-sys.co.jp/-/profile/notifications
"""
other("B8", "gitlab-internal-utf8", L("unrelated", None, ["AWS01938475"], "ja"), "internal", "internal",
      '"Tsubasa Matsuda (GitLab)" <gitlab@git.hoshizora-sys.co.jp>', "gitlab@git.hoshizora-sys.co.jp", B_TO,
      subj("Re: 資格台帳 | AWS 認定 ID の統合処理を追加 (!214)"), jst(2025, 7, 23, 16, 4, 51),
      multi("alternative", tp(b8_txt, cte="quoted-printable"), tp(html_doc(paras(b8_txt), title="GitLab"), "html", cte="quoted-printable")),
      date_tz=JST, auth=None, int_host="gitlab01.hoshizora-sys.co.jp", int_ip="10.20.5.31",
      msgid="<6f0c2a91d3e84b7a_merged_8842@git.hoshizora-sys.co.jp>", in_reply_to="<merge_request_8842@git.hoshizora-sys.co.jp>",
      references="<project_311@git.hoshizora-sys.co.jp> <merge_request_8842@git.hoshizora-sys.co.jp>",
      extra=["X-GitLab-Project: cert-ledger", "X-GitLab-MergeRequest-IID: 214", "X-GitLab-NotificationReason: subscribed",
             "List-Id: portal/cert-ledger <311.cert-ledger.portal.git.hoshizora-sys.co.jp>", "Auto-Submitted: auto-generated"])


# ====================================================================== User C: 山本 由紀 / biglobe / Thunderbird / form case
C_TO = "yuki-y@kzd.biglobe.ne.jp"
C_OPEN = jst(2025, 9, 9, 21, 5, 40)
CC = case15(C_OPEN, "22583")
C_SUBJ = f"RE:[CASE {CC}] [AWS Training and Certification Form Submission] - account-assistance"
C_REQ_DT = datetime(2025, 9, 12, 8, 45, 13, tzinfo=UTC)   # 17:45 JST
C_USER1 = jst(2025, 9, 11, 21, 33, 0)
C_USER2 = jst(2025, 9, 12, 22, 10, 0)

c1_txt = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message is to let you know that your request has been logged under case ID {CC}.

A member of our team will review it and get back to you, typically within 24 hours. Please do not submit a new form for the same issue, as duplicate requests can delay our response. If you have more details to add, simply reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification Customer Support

This is an automated message. Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
"""
aws("C1", "biglobe-form-ack-en", L("case_created", CC, [], "en"), "biglobe", C_TO,
    f"[CASE {CC}] [AWS Training and Certification Form Submission] - account-assistance", C_OPEN + timedelta(seconds=22),
    tp(c1_txt, label="us-ascii", cte="7bit"))

c2_txt = f"""山本 由紀 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の松本です。
ご連絡が遅くなり、申し訳ございません。

お知らせいただいた AWS 02688137 と AWS 08810245 の 2 つのアカウントを確認いたしました。
お手続きを進めるため、以下の 2 点についてご返信をお願いいたします。

(1) 統合後に残すアカウントはどちらをご希望でしょうか。
(2) それぞれのアカウントに登録されているメールアドレスをお知らせください。

ご返信をお待ちしております。

松本
Amazon Web Services
"""
aws("C2", "biglobe-jis-ask", L("support_reply", CC, ["AWS02688137", "AWS08810245"], "ja"), "biglobe", C_TO,
    subj(C_SUBJ), datetime(2025, 9, 11, 3, 20, 55, tzinfo=UTC), tp(c2_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"))

c3_conf_core = """いただいた内容をもとに、次のとおり統合を行います。

  残すアカウント　: AWS02688137 (yuki-y@kzd.biglobe.ne.jp)
  統合元アカウント: AWS08810245 (yamamoto.yuki@kaisha-mail.jp)

統合元アカウントの認定資格や受験履歴は、残すアカウントへ移されます。
統合後に元の状態へ戻すことはできませんので、ご注意ください。

こちらの内容で差し支えなければ、その旨をご返信ください。
確認のご返信をいただいてから作業を開始いたします。"""
c3_user = f"""松本様

ご連絡ありがとうございます。
(1) 残すのは AWS02688137 の方でお願いします。
(2) AWS02688137: {C_TO}
    AWS08810245: yamamoto.yuki@kaisha-mail.jp（前職の会社のアドレスで、今は受信できません）

よろしくお願いします。
山本"""
c3_txt = f"""山本 由紀 様

ご返信いただきありがとうございます。松本です。

{c3_conf_core}

松本
Amazon Web Services

{tb(C_USER1)} に 山本由紀 さんは書きました:
{qt(c3_user)}
"""
aws("C3", "biglobe-jis-tbquote", L("merge_confirmation_requested", CC, ["AWS02688137", "AWS08810245"], "ja"), "biglobe", C_TO,
    subj(C_SUBJ), C_REQ_DT, tp(c3_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"))

c_user2 = f"""松本様

内容に間違いありません。統合をお願いいたします。

山本

{tb(C_REQ_DT)} に Amazon Web Services さんは書きました:
{qt("山本 由紀 様" + chr(10) + chr(10) + "ご返信いただきありがとうございます。松本です。" + chr(10) + chr(10) + c3_conf_core, "> ")}"""
c4_txt = f"""山本 由紀 様

ご確認のご返信をありがとうございます。承りました。

統合の作業は担当部署にて行います。通常、完了までに 1〜3 営業日ほどかかります。
作業が終わりましたら本ケースにてご連絡いたしますので、その後 AWS02688137 でサインインのうえ、認定資格の表示をご確認ください。
なお、Credly のバッジにつきましては、統合の完了後に改めてご案内が届く予定です。

松本
Amazon Web Services

{tb(C_USER2)} に 山本由紀 さんは書きました:
{qt(c_user2)}
"""
aws("C4", "biglobe-utf8-nested", L("support_reply", CC, ["AWS02688137"], "ja"), "biglobe", C_TO,
    subj(C_SUBJ), datetime(2025, 9, 13, 1, 2, 44, tzinfo=UTC), tp(c4_txt, cte="quoted-printable", flowed=False))

c5_txt = f"""山本 由紀 様

松本です。お待たせいたしました。

統合の作業が終了しましたのでご連絡いたします。
これまで 2 つに分かれていた認定情報は、現在 AWS02688137 にまとめて表示されるようになっております。今後はこちらのアカウントでサインインしてください。

ご不明点がございましたら、このメールにご返信ください。

松本
Amazon Web Services

{tb(C_USER2)} に 山本由紀 さんは書きました:
{qt(c_user2)}
"""
aws("C5", "biglobe-b64-quoted-conf", L("merge_completed", CC, ["AWS02688137"], "ja"), "biglobe", C_TO,
    subj(C_SUBJ), datetime(2025, 9, 15, 6, 31, 8, tzinfo=UTC), tp(c5_txt, cte="base64"))

c6_txt = """Hi Yuki Yamamoto,

Amazon Web Services Training and Certification has issued you a badge:

    AWS Certified Cloud Practitioner

This badge was previously held on another Credly account and has been reissued to yuki-y@kzd.biglobe.ne.jp following an update to your certification profile.

Accept your badge to add it to your profile and share it:
https://www.credly.com/earner/earned/badge/a18e3f02-6c57-4b19-8f7d-2d90be4c6a15

Questions? Visit https://support.credly.com

Credly, Inc. | 13 W 36th St | New York, NY 10018
Unsubscribe: https://www.credly.com/notification_settings
"""
c6_html = html_doc("""<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="140" alt="badge"></p>
<p>Hi Yuki Yamamoto,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.</p>
<p>This badge was previously held on another Credly account and has been reissued to yuki-y@kzd.biglobe.ne.jp following an update to your certification profile.</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/a18e3f02-6c57-4b19-8f7d-2d90be4c6a15" style="background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>""", lang="en", title="Credly")
credly("C6", "biglobe-credly-en", L("credly_badge_issued", None, [], "en"), "biglobe", C_TO, "Yuki Yamamoto",
       "Yuki, you've been issued a badge: AWS Certified Cloud Practitioner", datetime(2025, 9, 16, 14, 8, 51, tzinfo=UTC),
       multi("alternative", tp(c6_txt, label="us-ascii", cte="7bit"), tp(c6_html, "html", cte="quoted-printable")))

c7_txt = """Amazon.co.jp をご利用いただき、ありがとうございます。

お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、
ご注文を処理することができませんでした。

■ 対象のご注文
　注文番号：249-8871204-5527163
　ご請求額：￥12,980

引き続きご利用いただくには、24時間以内に以下のページからお支払い情報を更新してください。
期限内に更新が確認できない場合、アカウントが一時的に制限されます。

　① 下記 URL にアクセス
　② Amazon アカウントにログイン
　③ クレジットカード情報を再入力

https://amazon-co-jp.account-verify-center.com/ap/signin?ref=payupd

※本メールは送信専用アドレスから送信しております。

Amazon.co.jp カスタマーサービス
"""
other("C7", "biglobe-sjis-phish", L("unrelated", None, [], "ja"), "biglobe", "spoof",
      addr("Amazon.co.jp", "no-reply@amazon.co.jp", "Shift_JIS", "cp932"), "no-reply@amazon.co.jp", C_TO,
      subj("【Amazon】お支払い方法の確認が必要です（注文番号：249-8871204-5527163）", "Shift_JIS", "cp932", chunk=11),
      datetime(2025, 9, 17, 22, 14, 9, tzinfo=UTC), tp(c7_txt, label="Shift_JIS", codec="cp932", cte="base64"),
      date_tz=JST, auth="fail", phish_host=("mail.xn--amzn-verify.top", "45.138.74.19"), envfrom="info@mail-srv-xk29.top",
      msgid=f"<{rhex(24)}@mail-srv-xk29.top>", extra=["X-Mailer: Foxmail 7.2.25.228"])

c8_txt = """山本 由紀 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が近づいています。

有効期限: 2025年12月14日

有効期限が過ぎると、このバッジは Credly のプロフィールで「期限切れ」と表示されます。
再認定の方法については、バッジの発行元にお問い合わせください。

バッジを表示: https://www.credly.com/badges/a18e3f02-6c57-4b19-8f7d-2d90be4c6a15

Credly チーム
"""
credly("C8", "biglobe-credly-expiry-mislabel", L("unrelated", None, [], "ja"), "biglobe", C_TO, None,
       subj("有効期限のお知らせ: AWS Certified Cloud Practitioner"), datetime(2025, 9, 15, 15, 0, 12, tzinfo=UTC),
       tp(c8_txt, label="us-ascii", codec="utf-8", cte="8bit"), from_name="Credly")


# ====================================================================== User D: 鈴木 大輔 / iCloud / iPhone / console case
D_TO = "daisuke.suzuki.0915@icloud.com"
D_OPEN = jst(2025, 11, 3, 13, 22, 8)
CD = case15(D_OPEN, "71045")
D_SUBJ = f"RE:[CASE {CD}] 認定アカウントが2つあるので1つにしたい"

d1_txt = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様の問題に対応するため、ケース {CD} をオープンしました。

ケース ID: {CD}
件名: 認定アカウントが2つあるので1つにしたい
重要度: 低
通信内容:
AWSの認定を受けたとき、会社のメアドで作ったアカウント(aws06645120)と個人のメアドのアカウント(aws03371906)がバラバラになってしまいました。個人の方にまとめてほしいです。よろしくお願いします。

ケースの詳細を確認して返信するには、次の URL にアクセスしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja

このメールアドレスでは返信を受け付けていません。
"""
aws("D1", "icloud-console-open", L("case_created", CD, ["AWS03371906", "AWS06645120"], "ja"), "icloud", D_TO,
    subj(f"Amazon Web Services: 新しいサポートケースをオープンしました: {CD}"), D_OPEN + timedelta(seconds=6),
    tp(d1_txt, cte="quoted-printable"), from_addr=NOREPLY)

d2_txt = f"""Amazon Web Services をご利用いただきありがとうございます。

ケース {CD} に、Amazon Web Services からの新しい返信が追加されました。
内容を確認して返信するには、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja

このメールには返信できません。

Amazon Web Services
"""
aws("D2", "icloud-notice", L("support_reply", CD, [], "ja"), "icloud", D_TO,
    subj(f"[Case {CD}] 新しいやり取りが追加されました"), datetime(2025, 11, 4, 2, 40, 17, tzinfo=UTC),
    tp(d2_txt, cte="base64"), from_addr=NOREPLY)

d3_txt = f"""鈴木 大輔 様

Amazon Web Services サポートの木村です。お問い合わせいただきありがとうございます。

以下の 2 つの認定アカウントを 1 つにまとめる作業を行います。

・手元に残るアカウント: AWS03371906（{D_TO}）
・こちらへ移されるアカウント: AWS06645120（d-suzuki@asahi-denki.co.jp）

作業後、AWS06645120 で取得された認定資格と特典は AWS03371906 に表示されるようになり、AWS06645120 は使用できなくなります。この処理は後から取り消すことができません。

内容に間違いがなければ、サポートセンターの本ケースから「問題ありません」とご返信ください。ご返信を確認してから作業に入ります。

よろしくお願いいたします。

木村
Amazon Web Services

このやり取りを評価してください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CD}&language=ja&rate=1
"""
aws("D3", "icloud-midsplit-subject", L("merge_confirmation_requested", CD, ["AWS03371906", "AWS06645120"], "ja"), "icloud", D_TO,
    subj(D_SUBJ, midsplit=True), datetime(2025, 11, 4, 2, 40, 12, tzinfo=UTC), tp(d3_txt, cte="base64"), from_addr=NOREPLY)

d4_html = html_doc(f"""<p>鈴木 大輔 様</p>
<p>木村です。ご返信ありがとうございました。</p>
<p>お待たせしました。<b>AWS06645120</b> の認定資格・受験履歴・特典を <b>AWS03371906</b> に移行いたしました。<br>
古い方のアカウントはすでに閉鎖されています。</p>
<p>今後は {D_TO} で AWS 認定アカウントにサインインしてください。Credly のバッジは、後日改めて {D_TO} 宛てにご案内が届きます。</p>
<p>ほかにご不明な点がございましたら、サポートセンターからこのケースにご返信ください。</p>
<p>木村<br>Amazon Web Services</p>
<hr style="border:none;border-top:1px solid #d5dbdb;">
<p style="font-size:12px;color:#687078;">このやり取りを評価してください: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={CD}&amp;language=ja&amp;rate=1">評価する</a><br>
このメールアドレスでは返信を受け付けていません。</p>""", title="Amazon Web Services Support")
aws("D4", "icloud-html-only", L("merge_completed", CD, ["AWS03371906", "AWS06645120"], "ja"), "icloud", D_TO,
    subj(D_SUBJ, chunk=8), datetime(2025, 11, 6, 9, 2, 33, tzinfo=UTC), tp(d4_html, "html", cte="quoted-printable"), from_addr=NOREPLY)

d5_txt = f"""Amazon Web Services をご利用いただきありがとうございます。

ケース {CD}「認定アカウントが2つあるので1つにしたい」は解決済みになりました。

今回の AWS サポートの対応について、ご意見をお聞かせください。
問題は解決しましたか?
  はい: https://support.console.aws.amazon.com/support/feedback?displayId={CD}&resolved=yes&language=ja
  いいえ: https://support.console.aws.amazon.com/support/feedback?displayId={CD}&resolved=no&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再度開くことができます。

このメールアドレスでは返信を受け付けていません。
"""
aws("D5", "icloud-resolved-fb", L("survey", CD, [], "ja"), "icloud", D_TO,
    subj(f"Amazon Web Services: ケース {CD} が解決済みになりました"), datetime(2025, 11, 6, 9, 3, 1, tzinfo=UTC),
    multi("alternative", tp(d5_txt, cte="quoted-printable"), tp(html_doc(paras(d5_txt)), "html", cte="base64")), from_addr=NOREPLY)

d6_html = html_doc("""<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="140" alt="AWS Certified SysOps Administrator - Associate"></p>
<p>Daisuke,</p>
<p style="font-size:20px;"><b>Your badge is ready to accept</b></p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge. Accept it to showcase your achievement and let employers verify your skills.</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/5b9e0c47-2d13-4f8a-a6e1-c07d9f3b2e58" style="background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:12px;color:#888888;">You are receiving this email because a badge was issued to daisuke.suzuki.0915@icloud.com. <a href="https://www.credly.com/notification_settings">Manage notifications</a></p>""", lang="en", title="Credly")
credly("D6", "icloud-credly-en-html", L("credly_badge_issued", None, [], "en"), "icloud", D_TO, None,
       "Your AWS Certified SysOps Administrator - Associate badge is ready to accept",
       datetime(2025, 11, 7, 23, 15, 40, tzinfo=UTC), tp(d6_html, "html", cte="quoted-printable"))

d7_txt = """鈴木 大輔 様

Pearson VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
試験言語: 日本語
予約番号: 512873904
受験者 ID: AWS03371906
試験日時: 2025年12月20日（土）10:00
テストセンター: 東京 新宿テストセンター（東京都新宿区西新宿 1-25-1）

当日は、有効な本人確認書類（氏名・署名入りのもの）を 2 点ご持参のうえ、試験開始の 30 分前までにお越しください。

予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。
https://home.pearsonvue.com/aws

Pearson VUE
"""
other("D7", "icloud-pearson-vue", L("unrelated", None, ["AWS03371906"], "ja"), "icloud", "pearson",
      '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', "pearsonvuecustomerservice@pearson.com", D_TO,
      subj("予約確認: AWS Certified Solutions Architect - Professional 試験"), datetime(2025, 11, 10, 4, 26, 15, tzinfo=UTC),
      tp(d7_txt, cte="quoted-printable"), msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.vuesvc@pvlprdapp{R.randint(10, 40)}>")


# ====================================================================== User E: 中村 浩 / nifty / Becky! / form case
E_TO = "h-nakamura@nifty.com"
E_OPEN = jst(2026, 1, 19, 19, 40, 2)
CE = case15(E_OPEN, "30612")
E_SUBJ = f"RE:[CASE {CE}] [AWS Training and Certification Form Submission] - account-assistance"
E_USER1 = jst(2026, 1, 20, 7, 58, 12)
E_CONF = datetime(2026, 1, 22, 1, 30, 6, tzinfo=UTC)
E_USER2 = jst(2026, 1, 22, 20, 11, 45)


def becky(dt, name, mail):
    d = dt.astimezone(JST)
    return f"On {d.strftime('%a, %d %b %Y %H:%M:%S')} +0900\n{name} <{mail}> wrote:\n"


e1_user = """お世話になります。中村です。
先日フォームから問い合わせた件で、情報を追加します。

・統合先にしたいアカウント: AWS05092744（h-nakamura@nifty.com）
・統合したい古いアカウント: AWS01176583（hnakamura@dion.ne.jp）

古いアカウントの方で SAA を取得しています。
以上、よろしくお願いいたします。

--
中村 浩 (Hiroshi Nakamura)
h-nakamura@nifty.com"""
e1_txt = f"""中村 浩 様

いつもお世話になっております。AWS トレーニングと認定の林でございます。

追加のご情報をお送りいただき、ありがとうございます。
現在、お知らせいただいた 2 つのアカウントの登録情報を担当チームにて確認しております。
確認が取れ次第、あらためてご連絡いたしますので、恐れ入りますが今しばらくお待ちくださいませ。

林
Amazon Web Services

{becky(E_USER1, "中村 浩", E_TO)}
{qt(e1_user)}
"""
aws("E1", "nifty-jis-becky-wait", L("support_reply", CE, [], "ja"), "nifty", E_TO,
    subj(E_SUBJ), datetime(2026, 1, 20, 6, 12, 50, tzinfo=UTC), tp(e1_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"),
    in_reply_to=f"<20260120075812.7D41.H-NAKAMURA@nifty.com>")

e2_core = """登録情報の確認が取れましたので、以下のとおりアカウントの統合を実施したいと存じます。

　統合先（今後ご利用いただくアカウント）: AWS05092744
　統合元（統合後に閉鎖されるアカウント）: AWS01176583

統合元アカウントで取得された認定資格（AWS Certified Solutions Architect - Associate）は、統合先アカウントへ引き継がれます。
一度実行した統合は取り消しができない仕様となっております。

お手数ではございますが、上記内容にお間違いがないかご確認いただき、本メールへのご返信にて実施のご承諾をいただけますでしょうか。"""
e2_txt = f"""中村 浩 様

林でございます。お待たせいたしました。

{e2_core}

林
Amazon Web Services
"""
aws("E2", "nifty-jis-confirm", L("merge_confirmation_requested", CE, ["AWS05092744", "AWS01176583"], "ja"), "nifty", E_TO,
    subj(E_SUBJ), E_CONF, tp(e2_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"))

e3_user = f"""林様

ご確認ありがとうございます。記載の内容で相違ありません。
AWS05092744 への統合をお願いします。

{becky(E_CONF, "Amazon Web Services", FORM)}
{qt(e2_core)}

--
中村 浩 (Hiroshi Nakamura)
h-nakamura@nifty.com"""
e3_txt = f"""中村 浩 様

林でございます。
ご承諾のご連絡をいただき、ありがとうございます。

これより統合の作業に着手いたします。完了まで数日お時間をいただく場合がございますので、あらかじめご了承ください。

林
Amazon Web Services

{becky(E_USER2, "中村 浩", E_TO)}
{qt(e3_user)}
"""
aws("E3", "nifty-jis-proceed", L("support_reply", CE, [], "ja"), "nifty", E_TO,
    subj(E_SUBJ), datetime(2026, 1, 23, 0, 48, 27, tzinfo=UTC), tp(e3_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"),
    in_reply_to=f"<20260122201145.8A02.H-NAKAMURA@nifty.com>")

e4_txt = f"""中村 浩 様

林でございます。

ご依頼いただいておりましたアカウントの統合が完了いたしました。
AWS01176583 に記録されていた認定資格および受験履歴は、AWS05092744 にてご確認いただけます。

本件はこれをもちましてクローズとさせていただきます。
今回の対応について、アンケートへのご協力をお願いいたします。
https://aws.amazon.com/forms/tc-case-feedback?caseId={CE}&lang=ja

林
Amazon Web Services
"""
aws("E4", "nifty-jis-done-close", L("merge_completed", CE, ["AWS05092744", "AWS01176583"], "ja"), "nifty", E_TO,
    subj(E_SUBJ), datetime(2026, 1, 26, 7, 5, 59, tzinfo=UTC), tp(e4_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"))

e5_txt = """中村 浩 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。

再認定の手続きが完了し、認定の有効期限が更新されました。

認定名: AWS Certified Solutions Architect - Associate
AWS 認定 ID: AWS05092744
有効期限: 2029年2月18日

認定証のダウンロードやデジタルバッジの確認は、AWS 認定アカウントから行えます。
https://www.aws.training/Certification

AWS 認定チーム

このメールは送信専用アドレスから送信されています。
"""
other("E5", "nifty-certmetrics", L("unrelated", None, ["AWS05092744"], "ja"), "nifty", "certmetrics",
      '"AWS Certification" <do-not-reply@certmetrics.com>', "do-not-reply@certmetrics.com", E_TO,
      subj("AWS 認定: 再認定おめでとうございます"), datetime(2026, 2, 18, 10, 22, 37, tzinfo=UTC),
      multi("alternative", tp(e5_txt, cte="base64"), tp(html_doc(paras(e5_txt)), "html", cte="base64")),
      msgid=ses_msgid(datetime(2026, 2, 18, 10, 22, 37, tzinfo=UTC)).replace("email.amazonses.com", "email.amazonses.com"))


# ====================================================================== User F: Alex Morgan / Outlook.com / English form case
F_TO = "alex.morgan88@outlook.com"
F_OPEN = datetime(2025, 10, 20, 9, 14, 55, tzinfo=PT)
CF = case15(F_OPEN, "88210")
F_SUBJ = f"RE:[CASE {CF}] [AWS Training and Certification Form Submission] - account-assistance"
F_CONF = datetime(2025, 10, 21, 17, 2, 40, tzinfo=UTC)
F_USER = datetime(2025, 10, 21, 19, 26, 0, tzinfo=PT)

f1_txt = f"""Dear Alex Morgan,

We've got your message. Your request to AWS Training and Certification has been recorded as case {CF}.

Our team typically replies within one business day. To help us help you faster, please reply to this email (rather than submitting the form again) if you need to add anything.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS07043318
Description: I have two certification accounts, one from my previous employer. Please combine them into this one.

Thank you,
AWS Training and Certification
"""
aws("F1", "outlookcom-ack-en", L("case_created", CF, ["AWS07043318"], "en"), "outlookcom", F_TO,
    f"[CASE {CF}] We received your request", F_OPEN + timedelta(seconds=14), tp(f1_txt, cte="quoted-printable"))

f2_core = f"""Hello Alex,

Thank you for contacting AWS Training and Certification. I have reviewed the two certification profiles associated with your request:

- AWS07043318 ({F_TO}) - this profile will be retained
- AWS02259964 (amorgan@brightpath-analytics.com) - its exam history and certifications will be moved to the profile above, after which it will be closed

Please note that this action is permanent and cannot be reversed once completed. Before we move ahead, could you reply to this email confirming that the details above are correct?

Best regards,
Priya
Amazon Web Services"""
aws("F2", "outlookcom-confirm-en", L("merge_confirmation_requested", CF, ["AWS02259964", "AWS07043318"], "en"), "outlookcom", F_TO,
    F_SUBJ, F_CONF, tp(f2_core + "\n", label="us-ascii", cte="7bit"))

f3_txt = f"""Hi Alex,

Good news: all certifications and exam history from AWS02259964 now appear under AWS07043318, and the duplicate profile has been retired. You can sign in with {F_TO} to verify everything looks right, including your 50% exam discount benefit.

Your Credly badges will be reissued to the email address on the remaining profile within a few days.

Best regards,
Priya
Amazon Web Services

________________________________
From: Alex Morgan <{F_TO}>
Sent: Tuesday, October 21, 2025 7:26 PM
To: Amazon Web Services <{FORM}>
Subject: Re: {F_SUBJ}

Hi Priya,

The details are correct. Please proceed with the merge.

Thanks,
Alex
"""
f3_html = html_doc(paras(f3_txt.split("________________________________")[0]) +
                   f'''<p style="font-size:13px;color:#545b64;">How would you rate this response?
<a href="https://aws.amazon.com/forms/tc-case-feedback?caseId={CF}&amp;r=5">Excellent</a> |
<a href="https://aws.amazon.com/forms/tc-case-feedback?caseId={CF}&amp;r=3">Okay</a> |
<a href="https://aws.amazon.com/forms/tc-case-feedback?caseId={CF}&amp;r=1">Poor</a></p>
<div style="border-top:1px solid #e1e1e1;padding-top:8px;font-size:13px;color:#333;">
<b>From:</b> Alex Morgan &lt;{F_TO}&gt;<br><b>Sent:</b> Tuesday, October 21, 2025 7:26 PM<br>
<b>To:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Subject:</b> Re: {esc(F_SUBJ)}<br><br>
Hi Priya,<br><br>The details are correct. Please proceed with the merge.<br><br>Thanks,<br>Alex</div>''', lang="en")
aws("F3", "outlookcom-alt-done-en", L("merge_completed", CF, ["AWS02259964", "AWS07043318"], "en"), "outlookcom", F_TO,
    F_SUBJ, datetime(2025, 10, 23, 15, 47, 21, tzinfo=UTC),
    multi("alternative", tp(f3_txt, cte="quoted-printable"), tp(f3_html, "html", cte="quoted-printable")))

f4_txt = f"""How did we do?

Your case {CF} has been resolved and closed. We'd love to hear about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?   YES: https://survey.aws.training/s/tc?c={CF}&r=yes   NO: https://survey.aws.training/s/tc?c={CF}&r=no

The survey takes less than a minute. Your feedback helps us improve.

If you still need help, please submit a new request through the contact form and reference case {CF}.
"""
aws("F4", "outlookcom-survey-en", L("survey", CF, [], "en"), "outlookcom", F_TO,
    f"How did we do? Case {CF}", datetime(2025, 10, 23, 15, 48, 2, tzinfo=UTC),
    multi("alternative", tp(f4_txt, label="us-ascii", cte="7bit"), tp(html_doc(paras(f4_txt), lang="en"), "html", cte="quoted-printable")),
    from_name="AWS Training and Certification")

f5_html = html_doc("""<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/1e3a3b6f-8d17-4f5c-9a2c-0bb5a4c1e7d2/image.png" width="140" alt="badge"></p>
<p>Alex Morgan,</p>
<p style="font-size:20px;"><b>Congratulations! You've earned a badge.</b></p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/3c7d4e21-90fa-4b6e-8d55-e1f2a7b09c34" style="background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn and add it to your email signature.</p>
<p style="font-size:12px;color:#888;">Credly, Inc. &middot; 13 W 36th St &middot; New York, NY 10018 &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>""", lang="en", title="Credly")
credly("F5", "outlookcom-credly-html", L("credly_badge_issued", None, [], "en"), "outlookcom", F_TO, "Alex Morgan",
       "Congratulations, Alex! Accept your AWS Certified Data Engineer - Associate badge", datetime(2025, 10, 25, 12, 5, 17, tzinfo=UTC),
       tp(f5_html, "html", cte="base64"))

f6_txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/alexmorgan88/cert-tracker/pull/42#event-20418845512
You are receiving this because you authored the thread.
"""
other("F6", "outlookcom-github-merged", L("unrelated", None, [], "en"), "outlookcom", "github",
      '"Jamie Chen" <notifications@github.com>', "notifications@github.com", F_TO,
      "Re: [alexmorgan88/cert-tracker] Merge duplicate certification records into one profile (PR #42)",
      datetime(2025, 10, 26, 18, 33, 9, tzinfo=UTC),
      multi("alternative", tp(f6_txt, cte="7bit"), tp(f'<p>Merged <a class="issue-link" href="https://github.com/alexmorgan88/cert-tracker/pull/42">#42</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/alexmorgan88/cert-tracker/pull/42#event-20418845512">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n', "html", cte="7bit")),
      msgid="<alexmorgan88/cert-tracker/pull/42/issue_event/20418845512@github.com>",
      in_reply_to="<alexmorgan88/cert-tracker/pull/42@github.com>",
      references="<alexmorgan88/cert-tracker/pull/42@github.com>",
      extra=["List-ID: alexmorgan88/cert-tracker <cert-tracker.alexmorgan88.github.com>", "X-GitHub-Reason: author",
             "X-GitHub-Sender: jchen-dev", "Precedence: list"])


# ====================================================================== User G: 伊藤 さくら / Yahoo!メール / form case
G_TO = "sakura_ito_88@yahoo.co.jp"
G_OPEN = jst(2026, 2, 24, 12, 8, 33)
CG = case15(G_OPEN, "05379")
G_SUBJ = f"RE:[CASE {CG}] [AWS Training and Certification Form Submission] - account-assistance"
G_CONF = datetime(2026, 2, 26, 4, 18, 2, tzinfo=UTC)
G_USER = jst(2026, 2, 27, 23, 40, 0)

g1_txt = f"""伊藤 さくら 様

AWS トレーニングと認定へのご連絡ありがとうございます。
ご依頼を承りました。ケース番号は {CG} です。

ご入力いただいた受験者 ID: aws08130457

内容を確認し、担当者よりご連絡いたします（通常 24 時間以内）。
補足事項がある場合は、このメールに返信してお送りください。新しいフォームの送信は不要です。

AWS トレーニングと認定
"""
aws("G1", "yahoo-form-ack-b64", L("case_created", CG, ["AWS08130457"], "ja"), "yahoo", G_TO,
    subj(f"[CASE {CG}] ご依頼を承りました - AWS トレーニングと認定"), G_OPEN + timedelta(seconds=20), tp(g1_txt, cte="base64"))

g2_orig = f"""aws08130457 と aws04481736 の2つアカウントがあって、どっちにログインすればいいか分かんなくなっちゃいました。。
1個にまとめてもらえますか？ 資格は両方に1個ずつあります！"""
g2_txt = f"""伊藤 さくら 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。担当の Daniel です。

お知らせいただいた 2 つの受験者 ID について、統合の手続きを進めるため、以下の情報をご提供ください。

- それぞれのアカウントに登録されているメールアドレス
- 統合後に残したいアカウント
- 統合をご希望の理由（例: 会社と個人で別々に作成した、など）

ご返信をお待ちしております。

よろしくお願いします、
Daniel
Amazon Web Services

----- Original Message -----
From: 伊藤さくら <{G_TO}>
To: "{FORM}" <{FORM}>
Date: 2026/2/24 12:08
Subject: account-assistance

{g2_orig}
"""
aws("G2", "yahoo-origmsg-ask", L("support_reply", CG, [], "ja"), "yahoo", G_TO,
    subj(G_SUBJ), datetime(2026, 2, 25, 2, 9, 45, tzinfo=UTC), tp(g2_txt, cte="quoted-printable"))

g3_core = """AWS トレーニングと認定にご連絡いただきありがとうございます。

私たちは、あなたのリクエストを確認しました。あなたは、以下のアカウントをマージしたいです:

保持されるアカウント: aws08130457
マージされるアカウント: aws04481736

マージが実行されると、それは元に戻すことができないことに注意してください。マージされるアカウントのすべての認定は、保持されるアカウントに移動されます。

上記の情報が正しいことを確認するために、このメールに返信してください。あなたの確認を受け取った後、私たちはマージを進めます。"""
g3_txt = f"""伊藤 さくら 様

{g3_core}

よろしくお願いします、
Daniel
Amazon Web Services
"""
aws("G3", "yahoo-mt-confirm", L("merge_confirmation_requested", CG, ["AWS04481736", "AWS08130457"], "ja"), "yahoo", G_TO,
    subj(G_SUBJ), G_CONF, tp(g3_txt, cte="base64"))

g4_txt = f"""伊藤 さくら 様

あなたの確認をありがとうございます。

私たちはあなたのアカウントのマージが正常に完了したことをお知らせします。あなたの認定は現在、保持されたアカウントで利用可能です。新しい資格情報でサインインしてください。

このケースはクローズされます。私たちのサービスを評価してください。
https://aws.amazon.com/forms/tc-case-feedback?caseId={CG}&lang=ja

よろしくお願いします、
Daniel
Amazon Web Services

-----
差出人: 伊藤さくら <{G_TO}>
送信日時: 2026/02/27 (金) 23:40
件名: Re: {G_SUBJ}

はい、あってます！お願いします🙏

--- {jq(G_CONF)}、Amazon Web Services <{FORM}> さんは書きました：
{qt(g3_core)}
"""
aws("G4", "yahoo-mt-done-quoted", L("merge_completed", CG, [], "ja"), "yahoo", G_TO,
    subj(G_SUBJ), datetime(2026, 3, 2, 3, 55, 30, tzinfo=UTC), tp(g4_txt, cte="8bit"))

g5_txt = f"""伊藤 さくら 様

お客様のケース {CG} は解決されました。

私たちのサポートに満足しましたか？
以下のリンクから 1 つ選んでください。

とても満足: https://survey.aws.training/s/tc?c={CG}&s=5&lang=ja
満足: https://survey.aws.training/s/tc?c={CG}&s=4&lang=ja
普通: https://survey.aws.training/s/tc?c={CG}&s=3&lang=ja
不満: https://survey.aws.training/s/tc?c={CG}&s=1&lang=ja

ご協力ありがとうございます。
AWS トレーニングと認定
"""
aws("G5", "yahoo-survey-qp", L("survey", CG, [], "ja"), "yahoo", G_TO,
    subj(f"ケース {CG}: 私たちはどうでしたか？", enc="Q"), datetime(2026, 3, 2, 3, 56, 4, tzinfo=UTC),
    tp(g5_txt, cte="quoted-printable"), from_name="AWS Training and Certification")

g6_txt = """伊藤 さくら さん

新しいバッジが届いています！

Amazon Web Services Training and Certification があなたにバッジを発行しました:
AWS Certified AI Practitioner

バッジを受け取って、プロフィールで公開しましょう。
https://www.credly.com/earner/earned/badge/9a2f6d10-7be3-4c85-b041-3e58c2d9a7f6

Credly
"""
g6_html = html_doc("""<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/4d4693bb-530e-4bca-9327-de07f3aa2348/image.png" width="140" alt="AWS Certified AI Practitioner"></p>
<p>伊藤 さくら さん</p>
<p style="font-size:20px;"><b>新しいバッジが届いています！</b></p>
<p>Amazon Web Services Training and Certification があなたに <b>AWS Certified AI Practitioner</b> のバッジを発行しました。</p>
<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/9a2f6d10-7be3-4c85-b041-3e58c2d9a7f6" style="background:#ff6b00;color:#ffffff;padding:12px 30px;border-radius:4px;text-decoration:none;">バッジを受け取る</a></p>""", title="Credly")
credly("G6", "yahoo-credly-ja", L("credly_badge_issued", None, [], "ja"), "yahoo", G_TO, None,
       subj("新しいバッジが届いています: AWS Certified AI Practitioner"), datetime(2026, 3, 4, 9, 30, 2, tzinfo=UTC),
       multi("alternative", tp(g6_txt, cte="base64"), tp(g6_html, "html", cte="base64")))


# ====================================================================== User H: 小林 拓也 / so-net / console case
H_TO = "takuya.kobayashi@ja2.so-net.ne.jp"
H_OPEN = jst(2025, 12, 8, 9, 55, 17)
CH = case15(H_OPEN, "64128")
H_SUBJ = f"RE:[CASE {CH}] 認定アカウント統合のお願い"
H_OTHER_OPEN = jst(2025, 12, 1, 16, 40, 3)
CH2 = case15(H_OTHER_OPEN, "19774")

h1_txt = f"""Amazon Web Services をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース {CH} を作成しました。

ケース ID: {CH}
件名: 認定アカウント統合のお願い
重要度: 一般的なガイダンス
内容:
お世話になります。小林と申します。
AWS 認定のアカウントが重複しているため、統合をお願いします。
  残したい方: AWS-09904217（{H_TO}）
  消してよい方: aws 03385560（t-kobayashi@sorae-tech.jp）

サポートセンターでケースを表示:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CH}&language=ja

このメールには返信しないでください。
"""
aws("H1", "sonet-console-new", L("case_created", CH, ["AWS03385560", "AWS09904217"], "ja"), "sonet", H_TO,
    subj(f"Amazon Web Services: 新しいケースを作成しました: {CH}"), H_OPEN + timedelta(seconds=8),
    tp(h1_txt, cte="base64"), from_addr=NOREPLY, west=True)

h2_txt = f"""小林 拓也 様

Amazon Web Services サポートの高橋です。

12 月 9 日にお送りしたご案内について、その後いかがでしょうか。
まだサポートが必要な場合は、サポートセンターから本ケースにご返信ください。
ご返信がない場合、本ケースは 7 日後に自動的にクローズされます。クローズ後も、必要に応じて再度開くことができます。

https://support.console.aws.amazon.com/support/home#/case/?displayId={CH}&language=ja

高橋
Amazon Web Services
"""
aws("H2", "sonet-followup", L("support_reply", CH, [], "ja"), "sonet", H_TO,
    subj(H_SUBJ), datetime(2025, 12, 12, 1, 30, 44, tzinfo=UTC), tp(h2_txt, cte="quoted-printable"), from_addr=NOREPLY, west=True)

h3_txt = f"""小林 拓也 様

ご返信ありがとうございました。Amazon Web Services サポートの高橋です。

AWS03385560 に登録されていた認定情報を AWS09904217 に統合しました。統合作業はすべて完了しており、AWS03385560 にはサインインできなくなっています。

{H_TO} で AWS 認定アカウントにサインインし、認定資格が揃っていることをご確認ください。
ほかにご不明な点がございましたら、本ケースにご返信ください。

高橋
Amazon Web Services

このやり取りを評価してください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CH}&language=ja&rate=1
"""
aws("H3", "sonet-console-b64", L("merge_completed", CH, ["AWS03385560", "AWS09904217"], "ja"), "sonet", H_TO,
    subj(H_SUBJ, chunk=6), datetime(2025, 12, 16, 5, 14, 19, tzinfo=UTC), tp(h3_txt, cte="base64"), from_addr=NOREPLY, west=True)

h4_txt = f"""Amazon Web Services サポートをご利用いただきありがとうございました。

ケース {CH} をクローズしました。

よろしければ、今回のサポートについて評価をお願いいたします。いただいたご意見は、サービス向上のために活用させていただきます。
https://support.console.aws.amazon.com/support/feedback?displayId={CH}&language=ja

このケースを再度開く必要がある場合は、サポートセンターから 14 日以内に返信してください。
"""
aws("H4", "sonet-closed-rate", L("survey", CH, [], "ja"), "sonet", H_TO,
    subj(f"[Case {CH}] ケースがクローズされました"), datetime(2025, 12, 23, 5, 20, 0, tzinfo=UTC), tp(h4_txt, cte="8bit"),
    from_addr=NOREPLY, west=True)

h5_txt = f"""小林 拓也 様

Amazon Web Services をご利用いただきありがとうございます。

ご依頼いただいたサービスクォータの引き上げについてご連絡いたします。
アジアパシフィック (東京) リージョン (ap-northeast-1) の「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」のクォータを、32 vCPU から 64 vCPU に引き上げました。変更はすでに反映されています。

Service Quotas コンソールで現在の値をご確認いただけます。
https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas

その他ご不明な点がございましたら、本ケースからお問い合わせください。

よろしくお願いいたします。
大野
Amazon Web Services
"""
aws("H5", "sonet-other-case-quota", L("unrelated", CH2, [], "ja"), "sonet", H_TO,
    subj(f"RE:[CASE {CH2}] 上限緩和: EC2 オンデマンドインスタンス (ap-northeast-1)"), datetime(2025, 12, 2, 3, 11, 26, tzinfo=UTC),
    tp(h5_txt, cte="quoted-printable"), from_addr=NOREPLY, west=True)

FAKE_CASE = "176520118804372"
h6_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px;">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="120" alt="AWS"><br><br>
小林 拓也 様<br><br>
ケース {FAKE_CASE} について、お客様の認定アカウント <b>AWS09904217</b> の統合処理を保留しております。<br>
統合を実行するには、下のボタンから統合内容をご確認のうえ、承認してください。<br><br>
<b>ご注意:</b> 承認が 24 時間以内に確認できない場合、セキュリティ上の理由により統合対象のすべての認定が失効します。統合は承認後に取り消すことはできません。<br><br>
<a href="http://aws-training-verify.net/cert/merge/approve?u=takuya.kobayashi&amp;c={FAKE_CASE}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;">統合内容を確認する</a><br><br>
Amazon Web Services<br>AWS トレーニングと認定
</body></html>
"""
other("H6", "sonet-html-spoof-mislabel", L("merge_confirmation_requested", FAKE_CASE, ["AWS09904217"], "ja"), "sonet", "spoof",
      f'"Amazon Web Services" <{FORM}>', FORM, H_TO, subj(f"RE:[CASE {FAKE_CASE}] 認定アカウント統合の最終承認のお願い"),
      datetime(2025, 12, 9, 14, 2, 51, tzinfo=UTC), tp(h6_html, "html", label="iso-8859-1", codec="utf-8", cte="8bit"),
      auth="fail", phish_host=("mx1.aws-training-verify.net", "185.225.69.141"), envfrom="noreply@aws-training-verify.net",
      reply_to="aws-cert-support@aws-training-verify.net",
      msgid=f"<{rhex(32)}@aws-training-verify.net>",
      forged=[f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjs7h5w6fn3aoyyetnhj7f4s6l5sfpnm;\n       spf=pass smtp.mailfrom={FORM};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"])


# ====================================================================== User I: 渡辺 亮 / docomo / form case (11-digit)
I_TO = "ryo.watanabe-0611@docomo.ne.jp"
CI = "12730598416"
I_SUBJ = f"RE:[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance"
I_USER = jst(2025, 8, 4, 19, 22, 0)

i1_txt = f"""渡辺 亮 様

お問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定の高橋でございます。

ご申告いただいた二つの受験者アカウントにつきまして、下記のとおり統合させていただく予定でございます。

　存続アカウント　　: AWS06218835
　統合対象アカウント: AWS00947152

統合の実施後は、統合対象アカウントを再度ご利用いただくことはできず、また元の状態に戻すこともいたしかねます。
恐れ入りますが、上記内容にて統合を進めてよろしいか、本メールへのご返信にてお知らせくださいますようお願い申し上げます。

高橋
Amazon Web Services

-----Original Message-----
From: {I_TO}
Sent: 2025/08/04 (月) 19:22
To: {FORM}
Subject: account-assistance

受験者IDが2つあります。AWS06218835とAWS00947152です。まとめてください。
"""
aws("I1", "docomo-jis-origmsg", L("merge_confirmation_requested", CI, ["AWS00947152", "AWS06218835"], "ja"), "docomo", I_TO,
    subj(I_SUBJ), datetime(2025, 8, 5, 9, 7, 33, tzinfo=UTC), tp(i1_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"))

i2_txt = f"""渡辺 亮 様

高橋でございます。統合実施のご了承をいただき、ありがとうございました。

ご依頼のアカウントの統合処理が完了いたしましたことをご報告申し上げます。
今後は存続アカウント（AWS06218835）にてサインインのうえ、認定資格の一覧をご確認くださいませ。

引き続き AWS トレーニングと認定をよろしくお願い申し上げます。

高橋
Amazon Web Services

-------- 元のメッセージ --------
件名: Re: {I_SUBJ}
送信元: 渡辺 亮 <{I_TO}>
宛先: {FORM}
日付: 2025/08/05 22:14

はい、その内容で大丈夫です。よろしくお願いします。
"""
aws("I2", "docomo-jis-noauth", L("merge_completed", CI, ["AWS06218835"], "ja"), "docomo", I_TO,
    subj(I_SUBJ, "ISO-2022-JP", "iso2022_jp"), datetime(2025, 8, 7, 2, 51, 4, tzinfo=UTC),
    tp(i2_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"), auth=None)

i3_txt = f"""渡辺 亮 様

AWS トレーニングと認定をご利用いただきありがとうございます。
ケース {CI} はクローズされました。

サポートの品質向上のため、アンケートにご協力ください。
問題は解決しましたか？ はい / いいえ
https://survey.aws.training/s/tc?c={CI}&lang=ja

AWS トレーニングと認定
"""
aws("I3", "docomo-survey-noauth", L("survey", CI, [], "ja"), "docomo", I_TO,
    subj(f"アンケートのお願い（ケース {CI}）", "ISO-2022-JP", "iso2022_jp"), datetime(2025, 8, 7, 2, 52, 10, tzinfo=UTC),
    tp(i3_txt, label="ISO-2022-JP", codec="iso2022_jp", cte="7bit"), auth=None, from_name="AWS Training and Certification")


# ====================================================================== User J: Jordan Lee / O365 / English form case
J_TO = "jlee@contoso-labs.io"
J_OPEN = datetime(2026, 3, 9, 14, 2, 47, tzinfo=ET)
CJ = case15(J_OPEN, "57706")
J_SUBJ = f"RE: [CASE {CJ}] [AWS Training and Certification Form Submission] - account-assistance"
J_CONF = datetime(2026, 3, 9, 22, 15, 0, tzinfo=UTC)

j_conf = f"""Hello Jordan,

Thank you for reaching out. Based on the information you provided, we will perform the following:

  Keep:   AWS06621587 (jordan.lee@contoso-labs.io)
  Merge:  AWS01450093 (jlee.cloud@gmail.com)

All certifications and exam history on AWS01450093 will move to AWS06621587. Please be aware that a merge cannot be undone.

Please reply to this email to confirm you would like us to go ahead.

Regards,
Marcus
Amazon Web Services"""
j1_txt = f"""Hello Jordan,

Thank you for confirming. I've passed your request to the team that handles certification profile changes.

Once the merge of AWS01450093 into AWS06621587 is complete, we'll update this case, and your Credly badges will follow to the email address on file. No further action is needed from you right now.

Kind regards,
Marcus
Amazon Web Services

________________________________
From: Jordan Lee <{J_TO}>
Sent: Tuesday, March 10, 2026 9:41 AM
To: Amazon Web Services <{FORM}>
Subject: RE: [CASE {CJ}] [AWS Training and Certification Form Submission] - account-assistance

Confirmed - please go ahead.

Jordan Lee | Cloud Platform Lead | Contoso Labs
"""
aws("J1", "o365-en-conditional", L("support_reply", CJ, ["AWS01450093", "AWS06621587"], "en"), "o365", J_TO,
    J_SUBJ, datetime(2026, 3, 10, 16, 20, 7, tzinfo=UTC), tp(j1_txt, cte="quoted-printable"), crlf=True)

j2_txt = f"""Hello Jordan,

The consolidation you requested has been carried out: certifications, exam history and benefits from your secondary profile are now on your primary profile. Since this resolves your request, we are closing the case. If anything looks off, just reply within 14 days and the case will reopen automatically.

How did we do? https://aws.amazon.com/forms/tc-case-feedback?caseId={CJ}

Regards,
Marcus
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Monday, March 9, 2026 6:15 PM
To: Jordan Lee <{J_TO}>
Subject: RE: [CASE {CJ}] [AWS Training and Certification Form Submission] - account-assistance

{j_conf}
"""
aws("J2", "o365-en-closed-quoted", L("merge_completed", CJ, [], "en"), "o365", J_TO,
    J_SUBJ, datetime(2026, 3, 12, 13, 2, 55, tzinfo=UTC), tp(j2_txt, label="us-ascii", cte="7bit"), crlf=True)


# ====================================================================== User K: 加藤 真衣 / OCN / form case
K_TO = "mai-kato@river.ocn.ne.jp"
K_OPEN = jst(2026, 3, 16, 22, 17, 40)
K_USER = jst(2026, 3, 17, 7, 48, 0)
CK = case15(K_OPEN, "91352")
k1_txt = f"""加藤 真衣 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の林でございます。

ご依頼の AWS05830291 と AWS 02947716 の統合について確認いたしましたところ、AWS 02947716 に受験予約（2026年4月2日、AWS Certified Machine Learning Engineer - Associate）が残っていることが分かりました。

受験予約が残っているアカウントは統合の対象とすることができないため、恐れ入りますが、以下のいずれかをご選択のうえお知らせください。

1. 予約を取り消してから統合を進める
2. 受験を終えられた後に、改めて統合を進める

ご不明な点がございましたら、このメールにご返信ください。

林
Amazon Web Services

{K_USER.year}/{K_USER.month:02d}/{K_USER.day:02d} {K_USER.hour}:{K_USER.minute:02d}、加藤真衣 <{K_TO}>のメール:

> 追加です。
> 古い方（aws 02947716）で来月の試験を予約してしまっているのですが、統合に影響ありますか？
> 
> iPhoneから送信
> 
>> {K_OPEN.year}/{K_OPEN.month:02d}/{K_OPEN.day:02d} {K_OPEN.hour}:{K_OPEN.minute:02d}、AWS トレーニングと認定 <{FORM}>のメール:
>> 
>> 加藤 真衣 様
>> 
>> AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
>> お問い合わせを受け付けました。ケース番号: {CK}
>> 担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
"""
aws("K1", "ocn-utf8-hold", L("support_reply", CK, ["AWS02947716", "AWS05830291"], "ja"), "ocn", K_TO,
    subj(f"RE:[CASE {CK}] [AWS Training and Certification Form Submission] - account-assistance"),
    datetime(2026, 3, 18, 0, 40, 12, tzinfo=UTC), tp(k1_txt, cte="base64"))


# ====================================================================== write out
TRUSTED = ("amazon.com", "aws", "amazonaws.com", "credly.com", "youracclaim.com")


def verified(m):
    if m.auth is None:
        return None
    dom = m.from_addr.split("@")[1].lower()
    ok_dom = any(dom == t or dom.endswith("." + t) for t in TRUSTED)
    return bool(m.auth == "pass" and m.sender in ("ses", "credly") and ok_dom)


def neutral_slug(m):
    """File names describe the transport/format only, never the kind."""
    b = m.body
    shape = {"alternative": "alt", "mixed": "mixed"}.get(b.get_content_subtype(), b.get_content_subtype()) \
        if b.get_content_maintype() == "multipart" else b.get_content_subtype()
    first = b.get_payload()[0] if b.is_multipart() else b
    cs = (first.get_param("charset") or "none").lower()
    cs = {"iso-2022-jp": "jis", "shift_jis": "sjis", "utf-8": "utf8", "us-ascii": "ascii", "iso-8859-1": "latin1"}.get(cs, cs)
    return f"{m.provider}-{shape}-{cs}"


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(51).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}-{neutral_slug(m)}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(render(m))
        lab = dict(m.label)
        labels[name] = {"kind": lab["kind"], "case_id": lab["case_id"], "account_ids": lab["account_ids"],
                        "sender_verified": verified(m), "language": lab["language"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), "mails written")


if __name__ == "__main__":
    main()
