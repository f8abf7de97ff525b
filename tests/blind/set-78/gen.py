#!/usr/bin/env python3
"""Generator for blind set 78 (AWS Certification account-merge mail).

Builds every message with the stdlib email package (Message / MIMEMultipart /
Header), writes NNN-slug.eml files and labels.json into this folder.
Mail texts live in mails_en.py / mails_ja.py; this file holds the helpers.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import sys
sys.dont_write_bytecode = True
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7878)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
HEX = "0123456789abcdef"


def rstr(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuidish():
    return f"{rstr(HEX, 8)}-{rstr(HEX, 4)}-4{rstr(HEX, 3)}-{rng.choice('89ab')}{rstr(HEX, 3)}-{rstr(HEX, 12)}"


def T(s):
    """'2025-06-11 10:25:13+09:00' -> aware datetime"""
    return dt.datetime.fromisoformat(s)


def case_id(open_iso, tail):
    return str(int(T(open_iso).timestamp())) + tail


# ---------------------------------------------------------------- dates
def us_pacific(t):
    t = t.astimezone(UTC)
    y = t.year
    dst = {2025: (dt.datetime(2025, 3, 9, 10, tzinfo=UTC), dt.datetime(2025, 11, 2, 9, tzinfo=UTC)),
           2026: (dt.datetime(2026, 3, 8, 10, tzinfo=UTC), dt.datetime(2026, 11, 1, 9, tzinfo=UTC))}[y]
    if dst[0] <= t < dst[1]:
        return t.astimezone(dt.timezone(dt.timedelta(hours=-7))), "PDT"
    return t.astimezone(dt.timezone(dt.timedelta(hours=-8))), "PST"


def us_eastern(t):
    p, name = us_pacific(t)
    off = -4 if name == "PDT" else -5
    return t.astimezone(dt.timezone(dt.timedelta(hours=off))), ("EDT" if off == -4 else "EST")


def rfc(t, comment=None):
    s = format_datetime(t)
    return s + (f" ({comment})" if comment else "")


def gmail_date(t):
    p, name = us_pacific(t)
    return rfc(p, name)


WD_JA = "月火水木金土日"
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def ja_gmail_attrib(t, who):
    t = t.astimezone(JST)
    return f"{t.year}年{t.month}月{t.day}日({WD_JA[t.weekday()]}) {t.hour}:{t.minute:02d} {who}:"


def en_gmail_attrib(t, who, tz=None):
    t = t.astimezone(tz or UTC)
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    return f"On {WD_EN[t.weekday()]}, {MON_EN[t.month-1]} {t.day}, {t.year} at {h}:{t.minute:02d}\u202f{ap} {who} wrote:"


def outlook_block(t, frm, to, subject, tz=None, cc=None):
    t = t.astimezone(tz or UTC)
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    lines = [f"From: {frm}",
             f"Sent: {WD_EN_LONG[t.weekday()]}, {MON_EN_LONG[t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append("> " + line)
        elif line == "":
            out.append(">")
        else:
            out.append(prefix + line)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", encode_as=None, raw=None):
    """A single text/* part. encode_as: codec used for the bytes (may differ from the
    declared charset to simulate a wrong label)."""
    m = Message()
    m["Content-Type"] = f"text/{subtype}"
    m.set_param("charset", charset)
    data = raw if raw is not None else text.encode(encode_as or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alternative(*parts):
    mm = MIMEMultipart("alternative")
    for p in parts:
        mm.attach(p)
    return mm


def mixed(*parts):
    mm = MIMEMultipart("mixed")
    for p in parts:
        mm.attach(p)
    return mm


def html_wrap(inner, lang="en", title=""):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            f"content=\"text/html; charset=utf-8\">\n<title>{title}</title>\n</head>\n"
            f"<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;\">\n"
            f"{inner}\n</body>\n</html>\n")


def text_to_html(text):
    """Plain text -> simple HTML paragraphs (for HTML-only mails)."""
    import html as _h
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- headers
def enc_words(text, charset="utf-8", maxlen=76, name="Subject"):
    return Header(text, charset, header_name=name).encode(maxlinelen=maxlen, linesep="\n")


def enc_mixed(parts, name="Subject"):
    h = Header(header_name=name)
    for text, cs in parts:
        h.append(text, cs)
    return h.encode(maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f"\"{name}\" <{email}>"
        return f"{name} <{email}>"
    return f"{enc_words(name, charset, name='From')} <{email}>"


def dkim_sig(d, s, t, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple"):
    b = rstr(B64, 342) + "=="
    b_lines = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("DKIM-Signature",
            f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n\tbh={rstr(B64, 43)}=;\n\tb={b_lines}")


SES_SEL_AMAZON = "4mhw6h3csbhzlyrhvmwpvcwbfdajdbyv"
SES_SEL_SES = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_origin(t):
    ip = f"54.240.{rng.choice([8, 9, 10, 11, 48])}.{rng.randint(10, 250)}"
    host = "a" + ip.split(".")[2] + "-" + ip.split(".")[3] + ".smtp-out.amazonses.com"
    ms = int(t.timestamp() * 1000)
    local = f"0100{ms:012x}-{uuidish()}-000000"
    return {"ip": ip, "host": host, "mailfrom": f"{local}@email.amazonses.com",
            "msgid": f"<{local}@email.amazonses.com>", "mf_domain": "email.amazonses.com",
            "dkim": [("amazon.com", SES_SEL_AMAZON), ("amazonses.com", SES_SEL_SES)],
            "extra": [("Feedback-ID", f"::1.us-east-1.{rstr(B64[:62], 43)}=:AmazonSES"),
                      ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-{ip}")]}


def generic_origin(host, ip, mailfrom, dkim=None, msgid=None, extra=None):
    return {"ip": ip, "host": host, "mailfrom": mailfrom, "msgid": msgid,
            "mf_domain": mailfrom.split("@")[1], "dkim": dkim or [], "extra": extra or []}


def auth(dmarc="pass", hfrom="amazon.com", spf="pass", dkim="pass", policy="QUARANTINE"):
    return {"dmarc": dmarc, "hfrom": hfrom, "spf": spf, "dkim": dkim, "policy": policy}


def _dkim_results(origin, a, style):
    res = []
    for (d, s) in origin["dkim"] or [(None, None)]:
        if d is None:
            res.append(("none", None, None))
        else:
            r = a["dkim"] if d == a["hfrom"] or a["dkim"] != "pass" else "pass"
            res.append((r, d, s))
    return res


def ar_value(provider, origin, a):
    """Authentication-Results value (without header name) in the provider's style."""
    mf, ip, hf = origin["mailfrom"], origin["ip"], a["hfrom"]
    dk = _dkim_results(origin, a, provider)
    if provider == "gmail":
        parts = ["mx.google.com"]
        for r, d, s in dk:
            if d:
                parts.append(f"dkim={r} header.i=@{d} header.s={s} header.b={rstr(B64, 8)}")
            else:
                parts.append("dkim=none")
        if a["spf"] == "pass":
            parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
        else:
            parts.append(f"spf={a['spf']} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
        if a["dmarc"] == "pass":
            parts.append(f"dmarc=pass (p={a['policy']} sp={a['policy']} dis=NONE) header.from={hf}")
        elif a["dmarc"] == "none":
            parts.append(f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={hf}")
        else:
            parts.append(f"dmarc=fail (p={a['policy']} sp={a['policy']} dis={a['policy']}) header.from={hf}")
        return ";\n       ".join(parts)
    if provider in ("o365", "outlookcom"):
        mfd = origin["mf_domain"]
        spf = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mfd}" if a["spf"] == "pass" else
               f"spf={a['spf']} (sender IP is {ip})\n smtp.mailfrom={mfd}")
        r, d, s = dk[0]
        if d:
            dkim = f"dkim={r} (signature was verified)\n header.d={d}" if r == "pass" else f"dkim={r} (body hash did not verify)\n header.d={d}"
        else:
            dkim = "dkim=none (message not signed)\n header.d=none"
        if a["dmarc"] == "pass":
            dm = f"dmarc=pass action=none\n header.from={hf};compauth=pass reason=100"
        elif a["dmarc"] == "none":
            dm = f"dmarc=none action=none\n header.from={hf};compauth=pass reason=109"
        else:
            act = "oreject" if provider == "outlookcom" else "quarantine"
            dm = f"dmarc=fail action={act}\n header.from={hf};compauth=fail reason=000"
        return f"{spf}; {dkim};{dm}"
    if provider == "fastmail":
        parts = ["mx3.messagingengine.com"]
        for r, d, s in dk:
            if d:
                parts.append(f"dkim={r} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={rstr(B64, 8)} header.a=rsa-sha256 header.s={s} x-bits=2048")
        parts.append(f"dmarc={a['dmarc']} policy.published-domain-policy={a['policy'].lower()} policy.applied-disposition=none policy.evaluated-disposition=none (p={a['policy'].lower()},d=none,d.eval=none) policy.policy-from=p header.from={hf}")
        parts.append(f"spf={a['spf']} smtp.mailfrom={mf} smtp.helo={origin['host']}")
        return ";\n    ".join(parts)
    if provider == "yahoo":
        parts = ["atlas220.free.mail.gq1.yahoo.com"]
        for r, d, s in dk:
            if d:
                parts.append(f"dkim={r} header.i=@{d} header.s={s}")
        parts.append(f"spf={a['spf']} smtp.mailfrom={origin['mf_domain']}")
        parts.append(f"dmarc={a['dmarc']}(p={a['policy']}) header.from={hf};")
        return ";\n ".join(parts)
    if provider == "proton":
        return f"mail.protonmail.ch; dmarc={a['dmarc']} (p={a['policy'].lower()} dis=none)\n header.from={hf}"
    # Japanese ISPs: authserv-id + compact results
    srv = {"nifty": "mx.nifty.com", "biglobe": "mta-ms10.biglobe.ne.jp", "ocn": "mf-mx.ocn.ad.jp"}[provider]
    r, d, s = dk[0]
    dkim = f"dkim={r} header.d={d} header.s={s}" if d else "dkim=none"
    return (f"{srv};\n\tspf={a['spf']} smtp.mailfrom={origin['mf_domain']};\n\t{dkim};\n"
            f"\tdmarc={a['dmarc']} header.from={hf}")


def trace_headers(provider, rcpt, t_sent, origin, a, forged_ar=None):
    """Return (name, value) list, topmost first, for the receiving provider."""
    t1 = t_sent + dt.timedelta(seconds=rng.randint(1, 4))
    t2 = t1 + dt.timedelta(seconds=rng.randint(0, 1))
    ip, host, mf = origin["ip"], origin["host"], origin["mailfrom"]
    H = []
    fa = []  # forged headers are added by build(), below the trace block
    if provider == "gmail":
        sid = rstr("abcdefghijklmnopqrstuvwxyz0123456789", 6) + "a" + rstr("0123456789", 5)
        av = ar_value("gmail", origin, a) if a else None
        H += [("Delivered-To", rcpt),
              ("Received", f"by 2002:a05:7300:{rstr(HEX, 4)}:b0:{rstr(HEX, 3)}:{rstr(HEX, 4)} with SMTP id {rstr('abcdefghijklmnopqrstuvwxyz', 2)}{rng.randint(10, 99)}csp{rng.randint(100000, 9999999)};\n        {gmail_date(t2)}"),
              ("X-Google-Smtp-Source", "AGHT+I" + rstr(B64[:62], 80)),
              ("X-Received", f"by 2002:a17:90b:{rstr(HEX, 4)}:b0:{rstr(HEX, 3)}:{rstr(HEX, 4)} with SMTP id {rstr('abcdefghijklmnopqrstuvwxyz0123456789', 20)}.{rng.randint(10, 99)}.{rng.randint(1000000000000, 9999999999999)};\n        {gmail_date(t2)}")]
        if a:
            H += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rstr(B64, 60)}\n         {rstr(B64, 60)}=="),
                  ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rstr(B64, 43)}=;\n        fh={rstr(B64, 43)}=;\n        b={rstr(B64, 60)}\n         {rstr(B64, 60)}=="),
                  ("ARC-Authentication-Results", "i=1; " + av)]
        H += [("Return-Path", f"<{mf}>"),
              ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}.{rng.randint(100, 999)}.{t1.year}.{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gmail_date(t1)}")]
        if a:
            spfres = "pass" if a["spf"] == "pass" else a["spf"]
            why = "designates" if spfres == "pass" else "does not designate"
            H += [("Received-SPF", f"{spfres} (google.com: domain of {mf} {why} {ip} as permitted sender) client-ip={ip};"),
                  ("Authentication-Results", av)]
        H += fa
        return H
    if provider in ("o365", "outlookcom"):
        if provider == "o365":
            srv = ["SJ0PR12MB6831.namprd12.prod.outlook.com (2603:10b6:a03:47c::9)",
                   "BY3PR05CA0041.namprd05.prod.outlook.com (2603:10b6:a03:39b::16)",
                   "SJ1PEPF00002313.namprd03.prod.outlook.com (2603:10b6:a03:39b:cafe::2e)",
                   "SJ1PEPF00002313.mail.protection.outlook.com (10.167.242.167)"]
        else:
            srv = ["PAXP193MB1744.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:1cf::14)",
                   "DU7P190CA0012.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:550::10)",
                   "DB1PEPF000509EA.eurprd03.prod.outlook.com (2603:10a6:10:550:cafe::c2)",
                   "DB1PEPF000509EA.mail.protection.outlook.com (10.167.242.68)"]
        d = rfc(t2.astimezone(UTC))
        H += [("Received", f"from {srv[0].split(' ')[0]} ({srv[0].split(' ', 1)[1][1:-1]}) by\n {srv[0].split(' ')[0].replace('MB', 'MB0', 1)} with HTTPS; {d}"),
              ("Received", f"from {srv[1]}\n by {srv[0]} with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9052.21; {d}"),
              ("Received", f"from {srv[2].split(' ')[0]}\n {srv[2].split(' ', 1)[1]} by {srv[1].split(' ')[0].replace('.prod.outlook.com', '.outlook.office365.com').lower()}\n {srv[1].split(' ', 1)[1]} with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9052.21 via Frontend Transport; {d}")]
        if a:
            H += [("Authentication-Results", ar_value(provider, origin, a))]
            spfres = "Pass" if a["spf"] == "pass" else a["spf"].capitalize()
            why = "designates" if a["spf"] == "pass" else "does not designate"
            H += [("Received-SPF", f"{spfres} (protection.outlook.com: domain of {origin['mf_domain']}\n {why} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip};\n helo={host}; pr=C")]
        H += fa
        H += [("Received", f"from {host} ({ip}) by\n {srv[3]} with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9052.21 via\n Frontend Transport; {rfc(t1.astimezone(UTC))}")]
        return H
    if provider == "fastmail":
        tz = us_eastern(t1)[0]
        H += [("Return-Path", f"<{mf}>"),
              ("Received", f"from compute5.internal (compute5.internal [10.202.2.45])\n\t by sloti31n1.nyi.internal (Cyrus 3.13.0-alpha0-{rstr(HEX, 7)}) with LMTPA;\n\t {rfc(t2.astimezone(tz.tzinfo))}"),
              ("X-Cyrus-Session-Id", f"sloti31n1-{int(t1.timestamp())}-{rng.randint(100000, 999999)}-2-{rng.randint(10**18, 10**19)}"),
              ("X-Sieve", "CMU Sieve 3.0"),
              ("X-Spam-known-sender", "no"),
              ("X-Spam-score", "0.0")]
        if a:
            H += [("Received-SPF", f"{a['spf']}\n    ({origin['mf_domain']}: {ip} is authorized to use '{mf}' in 'mfrom' identity (mechanism 'ip4:{'.'.join(ip.split('.')[:2])}.0.0/16' matched))\n    receiver=mx3.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"{mf}\";\n    helo={host};\n    client-ip={ip}"),
                  ("Authentication-Results", ar_value("fastmail", origin, a))]
        H += fa
        H += [("Received", f"from mx3.messagingengine.com (localhost [127.0.0.1])\n\t by mailmx.nyi.internal (Postfix) with ESMTP id {rstr('0123456789ABCDEF', 11)}\n\t for <{rcpt}>; {rfc(t1.astimezone(tz.tzinfo))}"),
              ("Received", f"from {host} ({host} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(t1.astimezone(tz.tzinfo))}")]
        return H
    if provider == "yahoo":
        H += [("Received", f"from 10.217.151.{rng.randint(2, 250)}\n by atlas220.free.mail.gq1.yahoo.com pod-id atlas--production-gq1-{rstr('abcdefghijklmnopqrstuvwxyz0123456789', 10)}.gq1.yahoo.com with HTTP; {rfc(t2.astimezone(UTC))}"),
              ("X-Originating-Ip", f"[{ip}]")]
        if a:
            H += [("Received-SPF", f"{a['spf']} (domain of {origin['mf_domain']} designates {ip} as permitted sender)"),
                  ("Authentication-Results", ar_value("yahoo", origin, a))]
        H += fa
        H += [("X-Apparently-To", f"{rcpt}; {rfc(t1.astimezone(UTC))}"),
              ("Received", f"from {ip} (EHLO {host})\n by 10.217.151.{rng.randint(2, 250)} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(t1.astimezone(UTC))}")]
        return H
    if provider == "proton":
        H += [("Return-Path", f"<{mf}>"),
              ("X-Original-To", rcpt),
              ("Delivered-To", rcpt)]
        if a:
            H += [("Authentication-Results", ar_value("proton", origin, a)),
                  ("Authentication-Results", f"mail.protonmail.ch; spf={a['spf']} smtp.mailfrom={origin['mf_domain']}"),
                  ("Authentication-Results", f"mail.protonmail.ch; arc=none smtp.remote-ip={ip}"),
                  ("Authentication-Results", f"mail.protonmail.ch; dkim={a['dkim']} (Good 2048\n bit rsa-sha256 signature) header.d={a['hfrom']} header.i=@{a['hfrom']}\n header.a=rsa-sha256")]
        H += fa
        H += [("Received", f"from {host} ({host} [{ip}]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits)\n key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n (No client certificate requested) by mailin030.protonmail.ch (Postfix) with ESMTPS id 4d{rstr(B64[:62], 10)}\n for <{rcpt}>; {rfc(t1.astimezone(UTC))}")]
        return H
    if provider in ("nifty", "biglobe", "ocn"):
        mx = {"nifty": ("mx.nifty.com", "mta-snd00011.nifty.com", "202.248.37.16"),
              "biglobe": ("mta-ms10.biglobe.ne.jp", "mbox-lmtp05.biglobe.ne.jp", "133.208.100.44"),
              "ocn": ("mf-mx.ocn.ad.jp", "mbox022.ocn.ad.jp", "153.153.60.88")}[provider]
        j1, j2 = t1.astimezone(JST), t2.astimezone(JST)
        H += [("Return-Path", f"<{mf}>"),
              ("Received", f"from {mx[0]} ({mx[2]})\n\tby {mx[1]} with LMTP\n\tid {rstr(B64[:62], 22)}\n\t(envelope-from <{mf}>)\n\tfor <{rcpt}>; {rfc(j2)}")]
        if a:
            H += [("Authentication-Results", ar_value(provider, origin, a))]
        H += fa
        H += [("Received", f"from {host} ([{ip}])\n\tby {mx[0]} with ESMTPS\n\tid {rstr('0123456789abcdef', 16)}; {rfc(j1)}")]
        return H
    if provider == "ttcn":  # small Japanese ISP, no Authentication-Results at all
        j1, j2 = t1.astimezone(JST), t2.astimezone(JST)
        H += [("Return-Path", f"<{mf}>"),
              ("Delivered-To", rcpt),
              ("Received", f"from mx03.ttcn.ne.jp (mx03.ttcn.ne.jp [210.131.2.{rng.randint(10, 90)}])\n\tby pop02.ttcn.ne.jp (Postfix) with ESMTP id {rstr('0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {rfc(j2)}"),
              ("Received", f"from {host} ({host} [{ip}])\n\tby mx03.ttcn.ne.jp (Postfix) with ESMTPS id {rstr('0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {rfc(j1)}")]
        return H
    if provider == "onprem":  # on-premises Exchange, no Authentication-Results
        d = rfc(t2.astimezone(dt.timezone(dt.timedelta(hours=0))))
        H += [("Received", f"from BW-EXCH02.brightwave.local (10.20.4.12) by\n BW-EXCH01.brightwave.local (10.20.4.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\n 15.2.1544.14; {d}"),
              ("Received", f"from mailgw1.brightwave.co.uk (10.20.1.5) by BW-EXCH02.brightwave.local\n (10.20.4.12) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; {d}"),
              ("Received", f"from {host} ({host} [{ip}])\n\tby mailgw1.brightwave.co.uk (Postfix) with ESMTPS id {rstr('0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {rfc(t1.astimezone(UTC))}"),
              ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
              ("X-MS-Exchange-Organization-AuthSource", "BW-EXCH02.brightwave.local")]
        return H
    raise ValueError(provider)


# ---------------------------------------------------------------- assembly
def fold_value(v):
    return v


def build(body, *, frm, to, subject, date, origin, provider, rcpt, a, cc=None,
          msgid=None, in_reply_to=None, references=None, extra=None, forged_ar=None,
          sign_dkim=True, date_tz=UTC, x_mailer=None):
    """Return bytes of a full message. `subject`/`frm`/`to` are already header-ready strings."""
    hdrs = trace_headers(provider, rcpt, date, origin, a)
    if forged_ar:  # sender-supplied header: sits below every Received line
        hdrs.append(("Authentication-Results", forged_ar))
    if sign_dkim:
        for d, s in origin["dkim"]:
            hdrs.append(dkim_sig(d, s, date))
    msgid = msgid or origin.get("msgid") or f"<{uuidish()}@{origin['mf_domain']}>"
    hdrs += [("Date", rfc(date.astimezone(date_tz))),
             ("From", frm),
             ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Message-ID", msgid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("Subject", subject))
    if x_mailer:
        hdrs.append(("X-Mailer", x_mailer))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += list(extra or [])
    hdrs += origin.get("extra", [])
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    if "MIME-Version" in body:
        del body["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    return head.encode("ascii") + buf.getvalue()


MAILS = []  # (slug, label, bytes)


def add(slug, label, data):
    MAILS.append((slug, label, data))


def lab(kind, case, ids, sv, lang):
    return {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)),
            "sender_verified": sv, "language": lang}


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, OUT)
    import mails_en  # noqa
    import mails_ja  # noqa
    mails_en.make(sys.modules[__name__])
    mails_ja.make(sys.modules[__name__])
    order = list(range(len(MAILS)))
    random.Random(78).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        slug, label, data = MAILS[i]
        name = f"{n:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), "files written")


if __name__ == "__main__":
    main()
