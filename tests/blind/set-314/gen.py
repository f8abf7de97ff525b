#!/usr/bin/env python3
"""Generator for blind set 314: AWS Certification account-merge mailbox.

Emphasis: non-native and machine-translated English from support agents of many
first languages, plus look-alikes.  Run: python3 make_set.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import string
import unicodedata
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email import policy
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(314)
LABELS = {}
NEWTEXT = {}
COUNTER = [0]

# ---------------------------------------------------------------- time zones
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
JST = dt.timezone(dt.timedelta(hours=9))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BRT = dt.timezone(dt.timedelta(hours=-3))
KST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
EET = dt.timezone(dt.timedelta(hours=2))
EEST = dt.timezone(dt.timedelta(hours=3))
GST = dt.timezone(dt.timedelta(hours=4))
MSK = dt.timezone(dt.timedelta(hours=3))
CST_CN = dt.timezone(dt.timedelta(hours=8))
MXT = dt.timezone(dt.timedelta(hours=-6))
EDT = dt.timezone(dt.timedelta(hours=-4))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt_date(t, tzname=None):
    s = format_datetime(t)
    if tzname:
        s += f" ({tzname})"
    return s


# ---------------------------------------------------------------- random bits
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = string.ascii_letters + string.digits + "+/"
    return "".join(R.choice(a) for _ in range(n))


def ralnum(n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def fold_b64(s, first=60, width=70, indent="\t  "):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return "\n".join(out)


def case15(t):
    """15-digit case id whose first 10 digits are the Unix time of opening."""
    return f"{int(t.timestamp())}{R.randint(0, 99999):05d}"


LAST_SES = [None]


def ses_msgid(t):
    if LAST_SES[0]:
        v = LAST_SES[0]
        LAST_SES[0] = None
        return f"<{v}@email.amazonses.com>"
    ms = int(t.timestamp() * 1000)
    return (f"<0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
            f"-000000@email.amazonses.com>")


def ses_bounce(t):
    ms = int(t.timestamp() * 1000)
    v = f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
    LAST_SES[0] = v
    return v + "@amazonses.com"


SES_IPS = ["54.240.8.31", "54.240.8.82", "54.240.9.44", "54.240.11.117",
           "54.240.27.19", "54.240.48.96", "54.240.13.72", "23.251.234.9"]


def ses_host(ip):
    a = ip.split(".")
    return f"a{a[2]}-{a[3]}.smtp-out.amazonses.com"


# ---------------------------------------------------------------- header encoding
def ew(text, charset="utf-8", enc="B", maxlen=74):
    """Encode text as (possibly several) RFC 2047 encoded words, folded."""
    if charset.lower() in ("iso-2022-jp",):
        # split by characters so each word is a complete JIS sequence
        words, cur = [], ""
        for ch in text:
            trial = cur + ch
            if len(base64.b64encode(trial.encode("iso2022_jp"))) > 40:
                words.append(cur)
                cur = ch
            else:
                cur = trial
        if cur:
            words.append(cur)
        enc_words = [f"=?ISO-2022-JP?B?{base64.b64encode(w.encode('iso2022_jp')).decode()}?="
                     for w in words]
        return "\n ".join(enc_words)
    codec = {"shift_jis": "cp932"}.get(charset.lower(), charset)
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode(codec)
        ln = len(base64.b64encode(raw)) if enc == "B" else len(_q(raw))
        if ln > 45:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(codec)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            out.append(f"=?{charset}?Q?{_q(raw)}?=")
    return "\n ".join(out)


def _q(raw):
    s = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            s += "_"
        elif c.isalnum() and b < 128:
            s += c
        elif c in "-!*+/" and b < 128:
            s += c
        else:
            s += f"={b:02X}"
    return s


def addr(name, email_addr, charset=None, enc="B"):
    if not name:
        return email_addr
    if charset:
        return f"{ew(name, charset, enc)} <{email_addr}>"
    if re.search(r"[^A-Za-z0-9 ]", name):
        return f"\"{name}\" <{email_addr}>"
    return f"{name} <{email_addr}>"


# ---------------------------------------------------------------- body parts
CODECS = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp_ext", "utf-8": "utf-8",
          "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, codec=None):
    """A text/* part. `label` = charset written in the header (may be wrong)."""
    codec = codec or CODECS.get(charset.lower(), charset)
    raw = text.encode(codec)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    p = Message()
    lab = label or charset
    p["Content-Type"] = f'text/{subtype}; charset="{lab}"' if R.random() < 0.6 \
        else f"text/{subtype}; charset={lab}"
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def multi(sub, parts, style="ses"):
    if style == "ses":
        b = f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1760000000000)}"
    elif style == "gmail":
        b = "000000000000" + rhex(16)
    elif style == "outlook":
        b = "_000_" + ralnum(28, string.ascii_uppercase + string.digits) + "_"
    elif style == "sendgrid":
        b = rhex(64)
    else:
        b = "=_" + rhex(24)
    m = Message()
    m["Content-Type"] = f'multipart/{sub}; boundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, title="Amazon Web Services"):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            f"{inner}\n</body></html>\n")


def p2html(text):
    """Plain text -> simple HTML paragraphs (quoted lines become blockquote)."""
    import html as _h
    out = []
    for para in text.split("\n\n"):
        lines = [_h.escape(x) for x in para.split("\n")]
        out.append("<p>" + "<br />\n".join(lines) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- quoting styles
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


def gmail_attr(t, name, email_addr):
    # e.g. On Wed, May 28, 2025 at 8:02 AM Name <addr> wrote:
    h = t.strftime("%I").lstrip("0")
    return f"On {t.strftime('%a, %b')} {t.day}, {t.year} at {h}:{t.strftime('%M %p')} {name} <{email_addr}> wrote:"


def ja_attr(t, name, email_addr):
    wd = "月火水木金土日"[t.weekday()]
    return f"{t.year}年{t.month}月{t.day}日({wd}) {t.hour}:{t.minute:02d} {name} <{email_addr}>:"


def outlook_block(frm, t, to, subj, body, sep=True):
    sent = f"{t.strftime('%A, %B')} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')}"
    head = "________________________________\n" if sep else ""
    return f"{head}From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}"


def original_message(frm, t, to, subj, body):
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {format_datetime(t)}\n"
            f"To: {to}\nSubject: {subj}\n\n{body}")


# ---------------------------------------------------------------- auth results
def dkim_sig(d, t, s=None, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    s = s or ralnum(32)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\t"
            f"s={s}; d={d}; t={int(t.timestamp())};\n\t"
            f"h={h};\n\tbh={rb64(43)}=;\n\tb=" + fold_b64(rb64(342) + "=", 58, 66))


def ar_gmail(dkims, spf, dmarc):
    """dkims: [(domain, res)], spf: (res, mailfrom, ip), dmarc: (res, p, from) or None"""
    parts = []
    for d, res in dkims:
        parts.append(f"dkim={res} header.i=@{d} header.s={ralnum(8)} header.b={rb64(8)}")
    sres, mf, ip = spf
    dom = mf.split("@")[-1]
    if sres == "pass":
        parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
    elif sres == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf={sres} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    if dmarc:
        r, p, f = dmarc
        parts.append(f"dmarc={r} (p={p} sp={p} dis={'NONE' if r == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE')}) header.from={f}")
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_outlook(dkims, spf, dmarc):
    sres, mf, ip = spf
    dom = mf.split("@")[-1]
    s = f"spf={sres} (sender IP is {ip})\n smtp.mailfrom={dom}; "
    d0, r0 = dkims[0] if dkims else ("", "none")
    if r0 == "pass":
        s += f"dkim=pass (signature was verified)\n header.d={d0};"
    else:
        s += f"dkim={r0} (message not signed)\n header.d=none;" if r0 == "none" else f"dkim={r0} (body hash did not verify)\n header.d={d0};"
    if dmarc:
        r, p, f = dmarc
        act = "none" if r == "pass" else ("quarantine" if p == "QUARANTINE" else "none")
        s += f"dmarc={r} action={act}\n header.from={f};"
        s += "compauth=pass reason=100" if r == "pass" else "compauth=fail reason=000"
    return s


def ar_generic(authserv, dkims, spf, dmarc, style="jp"):
    sres, mf, ip = spf
    parts = [f"spf={sres} smtp.mailfrom={mf}"]
    for d, res in dkims:
        parts.append(f"dkim={res} header.d={d}" if style == "jp" else f"dkim={res} header.i=@{d}")
    if dmarc:
        r, p, f = dmarc
        parts.append(f"dmarc={r} header.from={f}")
    return f"{authserv};\n\t" + ";\n\t".join(parts)


# ---------------------------------------------------------------- transport
def trace(provider, t_sent, to_addr, sender, auth, forged_ar=None):
    """Build trace headers (list of (name, value)), newest first.

    sender: dict(kind, ip, host, mailfrom, from_dom, dkim_domains)
    auth: None (no AR header) or dict(dkims=[(d,res)], spf=res, dmarc=res or None, p=policy)
    """
    t1 = t_sent + dt.timedelta(seconds=R.randint(1, 4))
    t2 = t1 + dt.timedelta(seconds=R.randint(0, 2))
    ip, host, mf = sender["ip"], sender["host"], sender["mailfrom"]
    H = []
    ar = None
    if auth is not None:
        dk = auth["dkims"]
        spf = (auth.get("spf", "pass"), mf, ip)
        dm = (auth["dmarc"], auth.get("p", "QUARANTINE"), sender["from_dom"]) if auth.get("dmarc") else None
    if provider == "gmail":
        lt = t2.astimezone(PDT if 3 <= t2.month <= 10 else PST)
        tzn = "PDT" if 3 <= t2.month <= 10 else "PST"
        H.append(("Delivered-To", to_addr))
        H.append(("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(3)}csp{R.randint(100000, 9999999)}{ralnum(3)};\n        {fmt_date(lt, tzn)}"))
        H.append(("X-Google-Smtp-Source", rb64(60) + "+" + rb64(20)))
        H.append(("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(18)}.{R.randint(10,99)}.{R.randint(100000,9999999)}{ralnum(4)};\n        {fmt_date(lt, tzn)}"))
        H.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t2.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b64(rb64(342) + "==", 60, 68, "        ")))
        H.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b=" + fold_b64(rb64(342) + "==", 60, 68, "        ")))
        if auth is not None:
            gar = ar_gmail(dk, spf, dm)
            H.append(("ARC-Authentication-Results", "i=1; " + gar))
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{ralnum(7)}si{R.randint(1000000,9999999)}{ralnum(3)}.{R.randint(10,999)}.{lt.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt_date(lt, tzn)}"))
        if auth is not None:
            sres = spf[0]
            if sres == "pass":
                H.append(("Received-SPF", f"pass (google.com: domain of {mf} designates {ip} as permitted sender) client-ip={ip};"))
            else:
                H.append(("Received-SPF", f"{sres} (google.com: domain of {mf} does not designate {ip} as permitted sender) client-ip={ip};"))
            ar = ("Authentication-Results", gar)
            H.append(ar)
    elif provider == "outlook":
        srv = f"{R.choice(['SA1PR','PH7PR','BY5PR','CH3PR','DM6PR','TY3PR','OS3PR'])}{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,19)}.prod.outlook.com"
        edge = f"{R.choice(['BN1PEPF','CO1PEPF','SN1PEPF','DS3PEPF'])}0000{R.randint(1000,9999)}{R.choice('ABCDEF')}.namprd{R.randint(10,19)}.prod.outlook.com"
        H.append(("Received", f"from {srv} (::1) by\n {srv} with HTTPS; {format_datetime(t2)}"))
        H.append(("Received", f"from {edge.split('.')[0][:6]}{R.randint(10,99)}CA00{R.randint(10,99)}.namprd{R.randint(10,19)}.prod.outlook.com\n (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by {srv}\n (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9200)}.{R.randint(10,40)}; {format_datetime(t2)}"))
        H.append(("Received", f"from {edge}\n (2603:10b6:{rhex(3)}:{rhex(2)}:cafe::{rhex(2)}) by {edge.split('.')[0][:6]}{R.randint(10,99)}CA00{R.randint(10,99)}.outlook.office365.com\n (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9200)}.{R.randint(10,40)} via Frontend\n Transport; {format_datetime(t1)}"))
        if auth is not None:
            ar = ("Authentication-Results", ar_outlook(dk, spf, dm))
            H.append(ar)
            H.append(("Received-SPF", f"{spf[0].capitalize()} (protection.outlook.com: domain of\n {mf.split('@')[-1]} {'designates' if spf[0]=='pass' else 'does not designate'} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip};\n helo={host}; pr=C"))
        H.append(("Received", f"from {host} ({ip}) by\n {edge} (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9200)}.{R.randint(10,40)} via Frontend\n Transport; {format_datetime(t1)}"))
    elif provider in ("nifty", "biglobe", "ocn", "sonet", "docomo"):
        serv = {"nifty": "mx.nifty.com", "biglobe": "mx.biglobe.ne.jp", "ocn": "mfilter-ocn.ocn.ad.jp",
                "sonet": "mx.so-net.ne.jp", "docomo": "mfsmax.docomo.ne.jp"}[provider]
        inner = {"nifty": f"mta-snd{R.randint(10,99)}.nifty.com", "biglobe": f"mail-mx{R.randint(1,9)}.biglobe.ne.jp",
                 "ocn": f"mgw-{R.randint(10,99)}.ocn.ad.jp", "sonet": f"mx{R.randint(1,9)}.so-net.ne.jp",
                 "docomo": f"mfsmax{R.randint(10,99)}.docomo.ne.jp"}[provider]
        lt = t2.astimezone(JST)
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("Received", f"from {serv} (localhost [127.0.0.1])\n\tby {inner} with ESMTP id {ralnum(12, string.ascii_uppercase+string.digits)}\n\tfor <{to_addr}>; {format_datetime(lt)}"))
        if auth is not None:
            ar = ("Authentication-Results", ar_generic(serv, dk, spf, dm))
            H.append(ar)
        H.append(("Received", f"from {host} ({host} [{ip}])\n\tby {serv} with ESMTPS id {ralnum(10, string.ascii_uppercase+string.digits)}\n\tfor <{to_addr}>; {format_datetime(t1.astimezone(JST))}"))
    elif provider == "icloud":
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("Received", f"from {host} ({ip}) by p{R.randint(10,99)}-mailgateway-smtp-{rhex(8)}-{ralnum(5)}\n (mailgateway {R.randint(2400,2500)}B{R.randint(100,999)}) with ESMTPS id {rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}\n for <{to_addr}>; {format_datetime(t1)}"))
        if auth is not None:
            H.append(("X-ICL-SCORE", "3.33333333333"))
            H.append(("Authentication-Results", f"dmarc.icloud.com; dmarc={dm[0] if dm else 'none'} header.from={sender['from_dom']}"))
            ar = ("Authentication-Results", "dkim-verifier.icloud.com;\n\t" + (";\n\t".join(f"dkim={r} (2048-bit key) header.d={d} header.i=@{d} header.b={rb64(8)}" for d, r in dk) if dk else "dkim=none"))
            H.append(ar)
            H.append(("Authentication-Results", f"spf.icloud.com; spf={spf[0]} (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}"))
    elif provider == "corp":
        # on-prem relay, no Authentication-Results at all
        dom = to_addr.split("@")[1]
        lt = t2.astimezone(sender.get("corp_tz", CET))
        H.append(("Return-Path", f"<{mf}>"))
        H.append(("X-Original-To", to_addr))
        H.append(("Delivered-To", to_addr))
        H.append(("Received", f"from mailgw{R.randint(1,4)}.{dom} (mailgw{R.randint(1,4)}.{dom} [10.{R.randint(1,250)}.{R.randint(1,250)}.{R.randint(1,250)}])\n\tby imap.{dom} (Postfix) with ESMTPS id {ralnum(11, string.ascii_uppercase+string.digits)}\n\tfor <{to_addr}>; {format_datetime(lt)}"))
        H.append(("Received", f"from {host} ({host} [{ip}])\n\tby mailgw{R.randint(1,4)}.{dom} (Postfix) with ESMTPS id {ralnum(11, string.ascii_uppercase+string.digits)}\n\tfor <{to_addr}>; {format_datetime(t1.astimezone(sender.get('corp_tz', CET)))}"))
    else:
        raise ValueError(provider)
    if forged_ar:
        H.append(("Authentication-Results", forged_ar))
    return H


def ses_sender(t, from_dom="amazon.com", ip=None):
    ip = ip or R.choice(SES_IPS)
    return {"ip": ip, "host": ses_host(ip), "mailfrom": ses_bounce(t), "from_dom": from_dom}


def aws_auth(dmarc="pass", extra=None):
    d = {"dkims": [("amazon.com", "pass"), ("amazonses.com", "pass")], "spf": "pass", "dmarc": dmarc}
    if extra:
        d.update(extra)
    return d


# ---------------------------------------------------------------- assemble + write
def assemble(trace_headers, msg_headers, body):
    m = Message()
    for k, v in trace_headers:
        m[k] = v
    for k, v in msg_headers:
        m[k] = v
    if not any(k.lower() == "mime-version" for k, _ in msg_headers):
        m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    return m


def aws_headers(frm, to, subj, t, msgid=None, reply_to=None, extra=()):
    h = []
    h.append(("DKIM-Signature", dkim_sig("amazon.com", t)))
    h.append(("DKIM-Signature", dkim_sig("amazonses.com", t, s="224i4yxa5dv7c2xz3womw6peuasteono",
                                          h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")))
    h.append(("Date", format_datetime(t)))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    h.append(("Message-ID", msgid or ses_msgid(t)))
    h.append(("Subject", subj))
    h.append(("MIME-Version", "1.0"))
    h.extend(extra)
    return h


def aws_tail(t):
    return [("X-SES-Outgoing", f"{t.strftime('%Y.%m.%d')}-{R.choice(SES_IPS)}"),
            ("Feedback-ID", f"::1.us-east-1.{rb64(43).replace('/', 'x').replace('+', 'y')}=:AmazonSES")]


def add(desc, msg, kind, case_id, account_ids, verified, lang, newtext):
    COUNTER[0] += 1
    name = f"{COUNTER[0]:03d}-{desc}.eml"
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32)
    g.flatten(msg)
    data = buf.getvalue()
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(account_ids)),
                    "sender_verified": verified, "language": lang}
    NEWTEXT[name] = newtext
    return name


ID_RE = re.compile(r"(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)", re.I)


def ids_in(text):
    text = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


# ---------------------------------------------------------------- common texts
AWS_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = '"Amazon Web Services"'


def console_footer(case_id):
    return (f"\n\nTo see all of the correspondence for this case, or to reply, please sign in to the "
            f"AWS Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={case_id}&language=en\n\n"
            "Note: This e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
            "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
            "410 Terry Ave. North, Seattle, WA 98109-5210")


def rate_footer(case_id):
    return ("\n\nWe value your feedback. Please share your experience by rating this correspondence "
            "using the AWS Support Center link at the end of this correspondence. Each correspondence "
            "can also be rated by selecting the stars in top right corner of each correspondence within "
            "the AWS Support Center.")


# ====================================================================== MAILS
# ---------------------------------------------------------------- T1: Marcos (BR), form case, Gmail
M_USER = "marcos.oliveira.dev@gmail.com"
M_NAME = "Marcos Oliveira"
t_open = T(2025, 3, 10, 13, 14, 52)
C1 = case15(t_open)
FORM_SUBJ1 = "[AWS Training and Certification Form Submission] - account-assistance"

# 001 case_created -----------------------------------------------------------
t = t_open + dt.timedelta(seconds=41)
txt = f"""Hello,

Thank you for reaching out to AWS Training and Certification Customer Support.

This message confirms that we have received your request and a support case was created for it.

Case ID: {C1}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: AWS09912054

A member of our team will review your request and get back to you, usually within 24 hours. Please do not submit a new form for the same request, as duplicated cases can delay our response. If you want to add more information, reply to this e-mail and keep the case ID in the subject line.

Kind regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
"""
html = html_wrap(p2html(txt))
body = multi("alternative", [part(txt, "plain", "utf-8", "quoted-printable"),
                              part(html, "html", "utf-8", "quoted-printable")])
snd = ses_sender(t)
msg = assemble(trace("gmail", t, M_USER, snd, aws_auth()),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", M_USER, f"[CASE {C1}] {FORM_SUBJ1}", t,
                           reply_to=AWS_FORM) + aws_tail(t), body)
add("form-ack-case-received", msg, "case_created", C1, ["AWS09912054"], True, "en", txt)

# 002 merge_confirmation_requested (Portuguese agent) ------------------------
t2 = T(2025, 3, 11, 16, 2, 9)
user_form = f"""Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS09912054
Description: Hello, I have two certification accounts, one with my old company e-mail marcos.oliveira@tecnova.com.br (AWS04418273) and one with my personal gmail. I want to keep only the gmail one. Thanks"""
txt2_new = f"""Hello Marcos,

I hope this e-mail finds you well.

My name is Thiago and I will be attending your case about the unification of your certification accounts.

I did the verification in our system and I have located two accounts in your name:

- Account 1: AWS04418273 - e-mail marcos.oliveira@tecnova.com.br - 2 certifications (AWS Certified Cloud Practitioner, AWS Certified Solutions Architect - Associate)
- Account 2: AWS 09912054 - e-mail marcos.oliveira.dev@gmail.com - 1 certification (AWS Certified Developer - Associate)

As per your request, the account AWS04418273 will be incorporated into the account AWS 09912054, that will stay as your principal account. All the certifications, the history of exams and the benefits will pass to this account, and the account AWS04418273 will be deactivated.

Please pay attention that this procedure is irreversible, after we do it is not possible to separate the accounts again.

For this reason I need that you confirm to me, responding this e-mail, that the information above are correct and that we can proceed with the unification.

I stay at your disposal for any doubt.

Best regards,
Thiago S.
AWS Training and Certification Customer Support"""
txt2 = txt2_new + "\n\n---------- Original Message ----------\n" + user_form + "\n"
body = multi("alternative", [part(txt2, "plain", "utf-8", "quoted-printable"),
                              part(html_wrap(p2html(txt2)), "html", "utf-8", "quoted-printable")])
msg = assemble(trace("gmail", t2, M_USER, ses_sender(t2), aws_auth()),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", M_USER, f"RE:[CASE {C1}] {FORM_SUBJ1}", t2,
                           reply_to=AWS_FORM) + aws_tail(t2), body)
add("thiago-unification-please-confirm", msg, "merge_confirmation_requested", C1,
    ["AWS04418273", "AWS09912054"], True, "en", txt2_new)

# 003 support_reply: thank you for confirming, will proceed --------------------
t3u = T(2025, 3, 11, 18, 40, 3, BRT)
t3 = T(2025, 3, 12, 11, 27, 45)
user_reply = "The details are correct. Please proceed with the merge.\n\nThanks,\nMarcos"
txt3_new = f"""Hello Marcos,

Thank you for the confirmation.

I already forwarded your request for our responsible team, that is the one who execute the unification in the system. When the process is finished I will inform you by this same e-mail, normally it takes between 1 and 3 business days.

Meanwhile, is not necessary to do nothing from your side. Please, don't open other case for this same subject, so we don't lose the history.

Best regards,
Thiago S.
AWS Training and Certification Customer Support"""
quoted = (gmail_attr(t3u, M_NAME, M_USER) + "\n\n" + q(user_reply + "\n\n" +
          gmail_attr(t2.astimezone(BRT), "Amazon Web Services", AWS_FORM) + "\n\n" + q(txt2_new)))
txt3 = txt3_new + "\n\n" + quoted + "\n"
body = multi("alternative", [part(txt3, "plain", "utf-8", "base64"),
                              part(html_wrap(p2html(txt3)), "html", "utf-8", "base64")])
msg = assemble(trace("gmail", t3, M_USER, ses_sender(t3), aws_auth()),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", M_USER, f"RE:[CASE {C1}] RE: {FORM_SUBJ1}", t3,
                           reply_to=AWS_FORM) + aws_tail(t3), body)
add("thiago-thanks-forwarded-to-team", msg, "support_reply", C1, [], True, "en", txt3_new)

# 004 merge_completed (Portuguese agent) -------------------------------------
t4 = T(2025, 3, 13, 19, 8, 30)
txt4_new = f"""Hello Marcos, good afternoon.

I am Fernanda, colleague of Thiago, and I am giving continuity in your case.

I have good news: the unification of your accounts was concluded with success today. From now on you must use only the account AWS09912054 (marcos.oliveira.dev@gmail.com) for to access the AWS Certification portal. The certifications that were in the old account now appear together with the Developer Associate, and the exam history also was transferred. The old login with the e-mail of Tecnova don't work anymore.

About the digital badges of Credly, they can take until 72 hours for appear in the correct profile. If after this time they still are missing, you can respond this e-mail that we verify.

It was a pleasure to help you!

Att.,
Fernanda R.
AWS Training and Certification Customer Support"""
txt4 = txt4_new + "\n\n" + ("-" * 32) + "\nFrom: " + AWS_FORM + "\nSent: " + format_datetime(t3) + "\n\n" + txt3_new + "\n"
body = multi("alternative", [part(txt4, "plain", "utf-8", "quoted-printable"),
                              part(html_wrap(p2html(txt4)), "html", "utf-8", "quoted-printable")])
msg = assemble(trace("gmail", t4, M_USER, ses_sender(t4), aws_auth()),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", M_USER, f"RE:[CASE {C1}] {FORM_SUBJ1}", t4,
                           reply_to=AWS_FORM) + aws_tail(t4), body)
add("fernanda-unification-concluded", msg, "merge_completed", C1, ["AWS09912054"], True, "en", txt4_new)

# 005 survey (HTML-only) -----------------------------------------------------
t5 = t4 + dt.timedelta(minutes=3, seconds=12)
inner5 = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"/></td></tr>
<tr><td><h2 style="font-weight:normal">Your case has been resolved</h2>
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>{C1}</b> was marked as resolved. We would like to know about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.training.aws/s/case?c={C1}&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.training.aws/s/case?c={C1}&amp;r=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>It takes less than one minute. Your answers help us to improve the support we provide.</p>
<p>Thank you,<br/>AWS Training and Certification Customer Support</p></td></tr>
<tr><td style="font-size:11px;color:#687078">This survey is sent once per case. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</td></tr>
</table></td></tr></table>"""
body = part(html_wrap(inner5, "Case survey"), "html", "utf-8", "base64")
msg = assemble(trace("gmail", t5, M_USER, ses_sender(t5), aws_auth()),
               aws_headers(f"\"AWS Training and Certification\" <{AWS_FORM}>", M_USER,
                           f"Was your issue resolved? Case {C1}", t5) + aws_tail(t5), body)
add("resolved-survey-yes-no", msg, "survey", C1, [], True, "en",
    re.sub(r"<[^>]+>", " ", inner5))

# 006 credly badge moved after merge -----------------------------------------
t6 = T(2025, 3, 14, 22, 51, 17)
badge_id = f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
txt6 = f"""Marcos, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Your badge was moved to this Credly account because your AWS Certification records were consolidated. To display it on your profile you need to accept it.

Accept your badge: https://www.credly.com/badges/{badge_id}/accept?utm_source=issued_badge_email

Why accept? Share your achievement on LinkedIn, add it to your e-mail signature and let employers verify it.

---
You received this e-mail because Amazon Web Services Training and Certification issued you a badge on Credly.
Credly, Inc. 
Unsubscribe from these notifications: https://www.credly.com/notification_preferences
"""
html6 = html_wrap(f"""<div style="max-width:560px;margin:0 auto"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"/>
<h1 style="font-size:22px">Marcos, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Solutions Architect &ndash; Associate</strong>.</p>
<p>Your badge was moved to this Credly account because your AWS Certification records were consolidated. To display it on your profile you need to accept it.</p>
<p><a href="https://www.credly.com/badges/{badge_id}/accept?utm_source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">You received this e-mail because Amazon Web Services Training and Certification issued you a badge on Credly.</p></div>""", "Credly")
credly_snd = {"ip": f"149.72.{R.randint(100,250)}.{R.randint(1,250)}", "host": f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com",
              "mailfrom": f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{M_USER.replace('@', '=')}@em.credly.com", "from_dom": "credly.com"}
body = multi("alternative", [part(txt6, "plain", "utf-8", "quoted-printable"), part(html6, "html", "utf-8", "quoted-printable")], "sendgrid")
hdrs = [("DKIM-Signature", dkim_sig("credly.com", t6, s="s1")), ("DKIM-Signature", dkim_sig("sendgrid.info", t6, s="smtpapi")),
        ("Date", format_datetime(t6)), ("From", "\"Amazon Web Services Training and Certification via Credly\" <admin@credly.com>"),
        ("Reply-To", "support@credly.com"), ("To", M_USER),
        ("Message-ID", f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1,40)}>"),
        ("Subject", "Your badge from Amazon Web Services Training and Certification is ready to accept"),
        ("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22) + "==")]
msg = assemble(trace("gmail", t6, M_USER, credly_snd, {"dkims": [("credly.com", "pass"), ("sendgrid.info", "pass")], "spf": "pass", "dmarc": "pass", "p": "NONE"}),
               hdrs, body)
add("credly-badge-moved-accept", msg, "credly_badge_issued", None, [], True, "en", txt6)

# ---------------------------------------------------------------- T2: Priya (IN), console case, Outlook.com
P_USER = "priya.raman87@outlook.com"
t_open2 = T(2025, 1, 20, 5, 42, 18)
C2 = case15(t_open2)
C2_SUBJ = "Merge two certification accounts"


def console_mail(t, to, subj, text, provider, html=True, cte="quoted-printable", auth=None, name=AWS_NAME):
    snd = ses_sender(t)
    if html:
        body = multi("alternative", [part(text, "plain", "utf-8", cte),
                                      part(html_wrap(p2html(text)), "html", "utf-8", cte)])
    else:
        body = part(text, "plain", "utf-8", cte)
    return assemble(trace(provider, t, to, snd, auth or aws_auth()),
                    aws_headers(f"{name} <{AWS_NOREPLY}>", to, subj, t) + aws_tail(t), body)


# 007 case_created (console) ---------------------------------------------------
t = t_open2 + dt.timedelta(seconds=22)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: {C2_SUBJ}
Severity: General guidance
Correspondence: Hello team, I am having 2 accounts in AWS certification. One is with my college mail id and other with outlook. Kindly merge aws02281947 into AWS07730516 and keep the outlook one. Thanks & Regards, Priya

We will respond to your case as soon as possible. You can view the status of your case, add correspondence or close the case at any time using the AWS Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
msg = console_mail(t, P_USER, f"Amazon Web Services: You have opened a new Support case: {C2}", txt, "outlook")
add("console-new-support-case-opened", msg, "case_created", C2, ["AWS02281947", "AWS07730516"], True, "en", txt)

# 008 support_reply: asks details (Tamil agent) --------------------------------
t8 = T(2025, 1, 21, 4, 15, 50)
txt_new = f"""Hello Priya,

Greetings from AWS Training and Certification team!

This is Karthikeyan and I will be assisting you on this case. Hope you are doing good.

I could understand that you are having two certification accounts and wanting to make them as one. We could see the candidate IDs AWS02281947 and AWS07730516 are mentioned in your case, however for security purpose we are not able to disclose the account details without verifying the ownership.

Kindly share the below details for further processing:

1. Login e-mail ID of both the accounts (the college mail id is still active or not?)
2. Notification e-mail ID, if it is different from login e-mail ID
3. Full name as mentioned in both the accounts
4. Which account you wish to retain as primary one

Once we receive the above information we will be able to proceed further on your request. Kindly reply via the Support Center link given below, as replying to this e-mail will not reach us.

Thanks and Regards,
Karthikeyan M.
Amazon Web Services
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence."""
txt = txt_new + console_footer(C2)
msg = console_mail(t8, P_USER, f"RE:[CASE {C2}] {C2_SUBJ}", txt, "outlook")
add("karthik-kindly-share-login-ids", msg, "support_reply", C2, ["AWS02281947", "AWS07730516"], True, "en", txt_new)

# 009 support_reply: new correspondence notice -----------------------------------
t9 = T(2025, 1, 22, 9, 3, 11)
txt = f"""Hello,

We've added correspondence to your Support case {C2}. To view the correspondence and reply, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Subject: {C2_SUBJ}

Sincerely,
Amazon Web Services

This is an automated message. Please do not reply to this e-mail; replies are not monitored."""
msg = console_mail(t9, P_USER, f"[Case {C2}] New correspondence added", txt, "outlook", html=False, cte="7bit")
add("case-new-correspondence-added", msg, "support_reply", C2, [], True, "en", txt)

# 010 merge_confirmation_requested (Tamil agent) --------------------------------
t10 = t9 + dt.timedelta(seconds=4)
txt_new = f"""Hello Priya,

Thanks for sharing the requested details and sorry for the delay in response.

As per our verification, please find the below account details:

Source account (to be merged and deactivated): AWS-02281947 / priya.r@student.annauniv.edu
Target account (to be retained): AWS-07730516 / {P_USER}

All the certifications, exam history and benefits from the source account will be moved to the target account. Kindly note that once merged, the accounts cannot be de-merged or separated back at any cost.

Kindly go through the above details and revert back with your confirmation, so that we can go ahead and initiate the merge process from our end.

Awaiting for your response.

Thanks and Regards,
Karthikeyan M.
Amazon Web Services"""
txt = txt_new + rate_footer(C2) + console_footer(C2)
msg = console_mail(t10, P_USER, f"RE:[CASE {C2}] {C2_SUBJ}", txt, "outlook")
add("karthik-source-target-revert-confirmation", msg, "merge_confirmation_requested", C2,
    ["AWS02281947", "AWS07730516"], True, "en", txt_new)

# 011 merge_completed ----------------------------------------------------------
t11 = T(2025, 1, 23, 11, 48, 2)
txt_new = f"""Hello Priya,

Hope you are doing good.

This is to inform you that we have successfully merged your accounts as requested by you. Now you can login to the account AWS07730516 with {P_USER} and all the 3 certifications will be showing there. The other account is now deactivated and you will not be able to login to the same.

Kindly do the needful and check at your end. In case if you are facing any discrepancy, please feel free to get back to us by replying to this case and we will be more than happy to assist you.

Thanks and Regards,
Karthikeyan M.
Amazon Web Services"""
txt = txt_new + rate_footer(C2) + console_footer(C2)
msg = console_mail(t11, P_USER, f"RE:[CASE {C2}] {C2_SUBJ}", txt, "outlook", cte="base64")
add("karthik-successfully-merged-do-the-needful", msg, "merge_completed", C2, ["AWS07730516"], True, "en", txt_new)

# 012 survey (console resolved) --------------------------------------------------
t12 = T(2025, 1, 26, 12, 0, 41)
txt = f"""Hello,

We haven't heard back from you regarding case {C2} ("{C2_SUBJ}"), so we've resolved it. If you still need help, you can reopen the case from the AWS Support Center within 14 days:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

How did we do? Please take a moment to rate your experience with this case. Your feedback helps us improve.

Rate this case: https://console.aws.amazon.com/support/feedback?displayId={C2}

Sincerely,
Amazon Web Services"""
msg = console_mail(t12, P_USER, f"Amazon Web Services Support: Case {C2} has been resolved", txt, "outlook")
add("console-case-resolved-rate-us", msg, "survey", C2, [], True, "en", txt)

# ---------------------------------------------------------------- T3: Tanaka (JP), form case in Japanese, nifty
K_USER = "k-tanaka@nifty.com"
K_NAME = "田中 健一"
t_open3 = T(2025, 5, 27, 23, 2, 11)
C3 = case15(t_open3)


def form_mail(t, to, subj, body, provider, auth=None, frm=None):
    snd = ses_sender(t)
    return assemble(trace(provider, t, to, snd, auth or aws_auth()),
                    aws_headers(frm or f"{AWS_NAME} <{AWS_FORM}>", to, subj, t, reply_to=AWS_FORM) + aws_tail(t), body)


# 013 case_created ja (ISO-2022-JP) ---------------------------------------------
t = t_open3 + dt.timedelta(seconds=37)
txt = f"""{K_NAME} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {C3}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせいただきますと、回答が遅れる場合がございますのでご注意ください。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
body = part(txt, "plain", "ISO-2022-JP", "7bit")
msg = form_mail(t, K_USER, ew(f"[CASE {C3}] お問い合わせを受け付けました - AWS トレーニングと認定", "iso-2022-jp"), body, "nifty")
add("ja-uketsuke-case-received", msg, "case_created", C3, [], True, "ja", txt)

# 014 merge_confirmation_requested ja (Shift_JIS label, CP932 content) -------------
t14 = T(2025, 5, 28, 5, 30, 44)
txt14 = f"""{K_NAME} 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

この度は認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
ご依頼内容を確認いたしましたところ、お客様名義で以下の 2 つのアカウントが登録されておりました。

① 統合元アカウント（統合後は無効となります）
　候補者 ID：AWS08817342
　登録メールアドレス：kenichi.tanaka@example-corp.co.jp
② 統合先アカウント（引き続きご利用いただくアカウント）
　候補者 ID：AWS05566123
　登録メールアドレス：{K_USER}

統合後は、①で取得された認定資格および受験履歴はすべて②へ移行されます。
なお、統合は一度実施いたしますと元に戻すことができかねますので、あらかじめご了承くださいませ。

つきましては、上記の内容にお間違いがないかご確認いただき、本メールへのご返信にて統合実施のご承諾をいただけますでしょうか。
ご確認のほど、何卒よろしくお願い申し上げます。

――――――――――――――――――
AWS トレーニングと認定 カスタマーサポート
佐藤 美穂
――――――――――――――――――
"""
body = part(txt14, "plain", "Shift_JIS", "base64", codec="cp932")
msg = form_mail(t14, K_USER, ew(f"RE:[CASE {C3}] アカウント統合のご確認", "iso-2022-jp"), body, "nifty")
add("ja-sato-tougou-shoudaku-onegai", msg, "merge_confirmation_requested", C3,
    ["AWS05566123", "AWS08817342"], True, "ja", txt14)

# 015 merge_completed ja (ISO-2022-JP, full-width id, nested quote) ----------------
t15u = T(2025, 5, 29, 9, 15, 0, JST)
t15 = T(2025, 5, 30, 2, 10, 26)
new15 = f"""{K_NAME} 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

統合についてご承諾いただき、誠にありがとうございました。
本日、アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は候補者 ID　ＡＷＳ０５５６６１２３（{K_USER}）にてサインインいただきますと、すべての認定資格をご確認いただけます。
Credly のデジタルバッジにつきましては、反映までに数日ほどお時間をいただく場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

佐藤 美穂
AWS トレーニングと認定 カスタマーサポート"""
user15 = "佐藤様\n\nご連絡ありがとうございます。\n内容に相違ありません。統合をお願いいたします。\n\n田中"
old14 = txt14.replace("①", "(1)").replace("②", "(2)").strip()
txt15 = new15 + "\n\n" + ja_attr(t15u, K_NAME, K_USER) + "\n" + q(user15 + "\n\n" + q(old14)) + "\n"
body = part(txt15, "plain", "ISO-2022-JP", "7bit")
msg = form_mail(t15, K_USER, ew(f"RE:[CASE {C3}] アカウント統合のご確認", "iso-2022-jp"), body, "nifty")
add("ja-sato-tougou-kanryou", msg, "merge_completed", C3, ["AWS05566123"], True, "ja", new15)

# 016 survey ja (HTML only, full-width case id in body) ----------------------------
t16 = t15 + dt.timedelta(minutes=5, seconds=3)
fw = C3.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
inner = f"""<div style="max-width:600px;margin:0 auto;font-family:'Hiragino Sans','Meiryo',sans-serif">
<p>{K_NAME} 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br/>
お問い合わせ（ケース ID：{fw}）はクローズされました。</p>
<p>今後のサービス向上のため、今回の対応について簡単なアンケートにご協力いただけますと幸いです。所要時間は 1 分程度です。</p>
<p><b>お問い合わせの問題は解決しましたか？</b></p>
<p><a href="https://survey.training.aws/s/case?c={C3}&amp;lang=ja&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.training.aws/s/case?c={C3}&amp;lang=ja&amp;r=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。<br/>
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</p></div>"""
body = part(html_wrap(inner, "アンケート"), "html", "utf-8", "base64")
msg = assemble(trace("nifty", t16, K_USER, ses_sender(t16), aws_auth()),
               aws_headers(addr("AWS トレーニングと認定", AWS_NOREPLY, "utf-8"), K_USER,
                           ew("AWS サポートに関するアンケートご協力のお願い", "utf-8", "B"), t16) + aws_tail(t16), body)
add("ja-survey-anketo-kyouryoku", msg, "survey", C3, [], True, "ja", re.sub(r"<[^>]+>", " ", inner))

# ---------------------------------------------------------------- credly helper
def credly_sender(to, dom="credly.com"):
    return {"ip": f"149.72.{R.randint(100, 250)}.{R.randint(1, 250)}",
            "host": f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.{dom}",
            "mailfrom": f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{to.replace('@', '=')}@em.{dom}",
            "from_dom": dom}


def credly_mail(t, to, subj, html, text=None, provider="gmail", auth="default", frm=None,
                dom="credly.com", cte="quoted-printable"):
    if text:
        body = multi("alternative", [part(text, "plain", "utf-8", cte), part(html, "html", "utf-8", cte)], "sendgrid")
    else:
        body = part(html, "html", "utf-8", cte)
    if auth == "default":
        auth = {"dkims": [(dom, "pass"), ("sendgrid.info", "pass")], "spf": "pass", "dmarc": "pass", "p": "NONE"}
    hdrs = [("DKIM-Signature", dkim_sig(dom, t, s="s1")), ("DKIM-Signature", dkim_sig("sendgrid.info", t, s="smtpapi")),
            ("Date", format_datetime(t)),
            ("From", frm or f"\"Amazon Web Services Training and Certification via Credly\" <admin@{dom}>"),
            ("Reply-To", f"support@{dom}"), ("To", to),
            ("Message-ID", f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1, 40)}>"),
            ("Subject", subj), ("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22) + "==")]
    return assemble(trace(provider, t, to, credly_sender(to, dom), auth), hdrs, body)


def credly_badge_html(first, badge, intro, bid, button="Accept your badge", extra=""):
    return html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table width="560" cellpadding="20" style="background:#fff"><tr><td>
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"/>
<img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="120" alt="{badge}"/>
<h1 style="font-size:22px;font-weight:600">{first}, {intro}</h1>
<p><strong>{badge}</strong></p>
{extra}
<p><a href="https://www.credly.com/badges/{bid}/accept?utm_campaign=badge_issued&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;display:inline-block">{button}</a></p>
<p style="font-size:13px">Showcase your achievement: share it on LinkedIn, add it to your e-mail signature and let employers verify your skills in one click.</p>
<p style="font-size:11px;color:#888">Credly, 13 W 27th St, New York, NY 10001 &middot; <a href="https://www.credly.com/notification_preferences">Manage e-mail preferences</a></p>
</td></tr></table></td></tr></table>""", "Credly")


def uuid():
    return f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"


# ---------------------------------------------------------------- T4: Seo-yeon (KR), 11-digit form case 2022, Gmail
S_USER = "sy.park.cloud@gmail.com"
S_NAME = "Seo-yeon Park"
C4 = "10652847391"
C4_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 017 case_created (older template, stiff English) --------------------------------
t = T(2022, 8, 8, 2, 31, 7)
txt = f"""Dear Customer,

Thank you for your contact to AWS Training and Certification.
Your inquiry has been registered with the following number. Please refer this number when you contact us about this matter.

Case number: {C4}

Our representative will contact to you within 1 business day. Please understand that the response may take longer on weekends and public holidays.

* This e-mail is sent automatically from the system.
* To add information to your inquiry, please reply to this e-mail without changing the subject.

AWS Training and Certification Customer Service
"""
msg = form_mail(t, S_USER, f"[CASE {C4}] Your inquiry has been registered", part(txt, "plain", "us-ascii", "7bit"), "gmail")
add("inquiry-registered-old-template", msg, "case_created", C4, [], True, "en", txt)

# 018 support_reply: which account to keep (Korean agent) -------------------------
t18 = T(2022, 8, 9, 6, 12, 40)
new18 = f"""Hello Seo-yeon,

Thank you for contacting to AWS Training and Certification. My name is Ji-hoon and I am in charge of your case.

We have checked and there are two accounts which is registered with your name, AWS03391802 and AWS06620475. For proceed the merge, we need to know which account do you want to keep as the main account. The account which is not kept will be closed after the merge.

Also, please let us know the e-mail address you want to receive the notification from AWS Certification.

We will wait your answer. Have a nice day.

Best regards,
Ji-hoon Lee
AWS Training and Certification Support"""
msg = form_mail(t18, S_USER, f"RE:[CASE {C4}] {C4_SUBJ}", multi("alternative", [
    part(new18, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(new18)), "html", "utf-8", "quoted-printable")]), "gmail")
add("jihoon-which-account-keep-as-main", msg, "support_reply", C4, ["AWS03391802", "AWS06620475"], True, "en", new18)

# 019 merge_confirmation_requested (Korean agent) + Gmail quote -------------------
t19u = T(2022, 8, 9, 21, 5, 0, KST)
t19 = T(2022, 8, 10, 1, 44, 13)
user19 = "Hi Ji-hoon,\n\nI want to keep AWS03391802 (the gmail one). Notification also to gmail please.\n\nThanks!\nSeo-yeon"
new19 = f"""Hello Seo-yeon,

Thank you for your quick answer.

According to your answer, we will do the merge as below. Before we proceed, we would like to kindly ask you to check it once more.

- Main account (remain): AWS03391802 / {S_USER}
- Account to be merged (will be closed): AWS06620475 / seoyeon.park@hanbit-soft.co.kr
- Notification e-mail: {S_USER}

Please be noted that after the merge is done, it is impossible to divide the accounts again. If all is correct, please reply "I agree" to this mail, then we will start.

Best regards,
Ji-hoon Lee
AWS Training and Certification Support"""
txt19 = new19 + "\n\n" + gmail_attr(t19u, S_NAME, S_USER) + "\n\n" + q(user19 + "\n\n" + gmail_attr(t18.astimezone(KST), "Amazon Web Services", AWS_FORM) + "\n\n" + q(new18)) + "\n"
html19 = html_wrap(p2html(new19) + f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{gmail_attr(t19u, S_NAME, "&lt;" + S_USER + "&gt;").replace(" <&lt;", " &lt;").replace("&gt;>", "&gt;")}</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p2html(user19) + "<blockquote>" + p2html(new18) + "</blockquote></blockquote></div>")
msg = form_mail(t19, S_USER, f"RE:[CASE {C4}] RE: {C4_SUBJ}", multi("alternative", [
    part(txt19, "plain", "utf-8", "quoted-printable"), part(html19, "html", "utf-8", "quoted-printable")]), "gmail")
add("jihoon-please-reply-i-agree", msg, "merge_confirmation_requested", C4, ["AWS03391802", "AWS06620475"], True, "en", new19)

# 020 support_reply: chaser -------------------------------------------------------
t20 = T(2022, 8, 16, 0, 58, 2)
new20 = f"""Hello Seo-yeon,

This is Ji-hoon again from AWS Training and Certification.

We are sending this mail because we did not receive your reply for our previous mail in which we asked your agreement. If we will not receive any reply within 3 business days, this case will be closed automatically. Even the case is closed, you can reply to this mail and it will be opened again.

Best regards,
Ji-hoon Lee
AWS Training and Certification Support"""
txt20 = new20 + "\n\n" + original_message(f"Amazon Web Services <{AWS_FORM}>", t19, S_USER, f"RE:[CASE {C4}] RE: {C4_SUBJ}", new19) + "\n"
msg = form_mail(t20, S_USER, f"RE:[CASE {C4}] RE: {C4_SUBJ}", part(txt20, "plain", "utf-8", "quoted-printable"), "gmail")
add("jihoon-no-reply-yet-will-close", msg, "support_reply", C4, [], True, "en", new20)

# 021 merge_completed + closure in the same agent mail --------------------------
t21u = T(2022, 8, 17, 23, 2, 0, KST)
t21 = T(2022, 8, 18, 5, 20, 55)
user21 = "Sorry for late reply, I was on vacation. Yes, I agree. Please go ahead."
new21 = f"""Hello Seo-yeon,

Thank you for your reply and agreement, and welcome back from vacation.

We are pleased to inform that the merge of your accounts has been finished. Now you can see all your certifications and exam history in the account AWS03391802. The other account was closed.

Since your request is completed, we will close this case. If you were satisfied with my support, please leave a good evaluation in the survey which you will receive soon.

Best regards,
Ji-hoon Lee
AWS Training and Certification Support"""
txt21 = new21 + "\n\n" + gmail_attr(t21u, S_NAME, S_USER) + "\n\n" + q(user21 + "\n\n" + original_message(f"Amazon Web Services <{AWS_FORM}>", t20, S_USER, f"RE:[CASE {C4}] RE: {C4_SUBJ}", new20 + "\n\n" + q(new19))) + "\n"
msg = form_mail(t21, S_USER, f"RE:[CASE {C4}] RE: {C4_SUBJ}", multi("alternative", [
    part(txt21, "plain", "utf-8", "base64"), part(html_wrap(p2html(txt21)), "html", "utf-8", "base64")]), "gmail")
add("jihoon-merge-finished-closing-case", msg, "merge_completed", C4, ["AWS03391802"], True, "en", new21)

# 022 credly badge (after merge), HTML only -----------------------------------------
t22 = T(2022, 8, 19, 14, 7, 31)
bid = uuid()
html22 = credly_badge_html("Seo-yeon", "AWS Certified Developer &ndash; Associate",
                           "Amazon Web Services Training and Certification sent you a badge", bid,
                           extra="<p>This badge was issued to you again after your AWS Certification accounts were combined. Accept it to keep it on your Credly profile.</p>")
msg = credly_mail(t22, S_USER, "Amazon Web Services Training and Certification sent you a new badge", html22)
add("credly-sent-you-badge-after-combine", msg, "credly_badge_issued", None, [], True, "en", re.sub(r"<[^>]+>", " ", html22))

# ---------------------------------------------------------------- T5: Alexei (DE corp, no AR), Russian agent, 10-digit 2020
A_USER = "a.volkov@eurotransit-logistik.de"
A_NAME = "Alexei Volkov"
C5 = "6812734509"
C5_SUBJ = "Certification Account Merge Request"

# 023 merge_confirmation_requested (Russian agent) -----------------------------
t23 = T(2020, 2, 12, 9, 41, 20)
new23 = f"""Hello Alexei,

Thank you for contacting AWS Training and Certification.

I have checked your request. In system there are two profiles on your name:

AWS01198764 - e-mail {A_USER}, 3 certifications
AWS04402213 - e-mail alexei.volkov@mail.ru, 1 certification (Cloud Practitioner)

Profile AWS04402213 will be merged to profile AWS01198764, and AWS01198764 will be main profile. Login with mail.ru address will not work after that. Merge is not possible to revert.

Please confirm that this is correct and I will proceed with merge.

Regards,
Dmitry
AWS Training and Certification Customer Support"""
snd = ses_sender(t23)
snd["corp_tz"] = CET
msg = assemble(trace("corp", t23, A_USER, snd, None),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", A_USER, f"RE:[CASE {C5}] {C5_SUBJ}", t23, reply_to=AWS_FORM) + aws_tail(t23),
               part(new23, "plain", "us-ascii", "7bit"))
add("dmitry-profiles-confirm-correct", msg, "merge_confirmation_requested", C5, ["AWS01198764", "AWS04402213"], None, "en", new23)

# 024 merge_completed (Russian agent), Outlook quote ------------------------------
t24u = T(2020, 2, 12, 11, 2, 0, CET)
t24 = T(2020, 2, 13, 15, 17, 3)
user24 = "Hello Dmitry,\n\nyes, this is correct. Please proceed.\n\nBest regards\nAlexei Volkov\nIT Infrastructure | EuroTransit Logistik GmbH"
new24 = f"""Hello Alexei,

Merge is done. All certifications are now in profile AWS01198764, including Cloud Practitioner from second profile. Second profile is deactivated.

If you will see something missing, write me in this case and I will check.

Regards,
Dmitry
AWS Training and Certification Customer Support"""
txt24 = new24 + "\n\n" + outlook_block(f"{A_NAME} <{A_USER}>", t24u, f"Amazon Web Services <{AWS_FORM}>",
                                       f"RE: RE:[CASE {C5}] {C5_SUBJ}", user24 + "\n\n" +
                                       outlook_block(f"Amazon Web Services <{AWS_FORM}>", t23.astimezone(CET), A_NAME,
                                                     f"RE:[CASE {C5}] {C5_SUBJ}", new23, sep=False)) + "\n"
snd = ses_sender(t24)
snd["corp_tz"] = CET
msg = assemble(trace("corp", t24, A_USER, snd, None),
               aws_headers(f"{AWS_NAME} <{AWS_FORM}>", A_USER, f"RE:[CASE {C5}] {C5_SUBJ}", t24, reply_to=AWS_FORM) + aws_tail(t24),
               part(txt24, "plain", "utf-8", "quoted-printable"))
add("dmitry-merge-is-done", msg, "merge_completed", C5, ["AWS01198764"], None, "en", new24)

# 025 credly (Acclaim era, youracclaim.com), corp relay without AR -----------------
t25 = T(2020, 2, 15, 3, 12, 48)
bid = uuid()
txt25 = f"""Alexei, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.youracclaim.com/badges/{bid}/accept

Your badge was re-issued because your AWS Certification profiles were merged. Accept it so it appears on your Acclaim profile alongside your other AWS badges.

Acclaim, powered by Credly
"""
html25 = credly_badge_html("Alexei", "AWS Certified Cloud Practitioner", "you've been issued a badge!", bid,
                           extra="<p>Your badge was re-issued because your AWS Certification profiles were merged.</p>").replace("www.credly.com", "www.youracclaim.com").replace("Credly", "Acclaim")
snd = credly_sender(A_USER, "youracclaim.com")
snd["corp_tz"] = CET
body = multi("alternative", [part(txt25, "plain", "utf-8", "quoted-printable"), part(html25, "html", "utf-8", "quoted-printable")], "sendgrid")
hdrs = [("DKIM-Signature", dkim_sig("youracclaim.com", t25, s="s1")), ("Date", format_datetime(t25)),
        ("From", "\"Amazon Web Services Training and Certification via Acclaim\" <admin@youracclaim.com>"),
        ("To", A_USER), ("Message-ID", f"<{rb64(22).replace('/', '_').replace('+', '-')}@ismtpd0{R.randint(10,99)}p1mdw1.sendgrid.net>"),
        ("Subject", "Amazon Web Services Training and Certification has issued you a new badge")]
msg = assemble(trace("corp", t25, A_USER, snd, None), hdrs, body)
add("acclaim-issued-you-a-badge", msg, "credly_badge_issued", None, [], None, "en", txt25)

# ---------------------------------------------------------------- T6: Kateryna (UA), console case, iCloud, Ukrainian agent
K2_USER = "katya.shevchenko@icloud.com"
t_open6 = T(2024, 11, 4, 17, 20, 5)
C6 = case15(t_open6)
C6_SUBJ = "Certification accounts merge"

# 026 support_reply: in progress ---------------------------------------------------
t26 = T(2024, 11, 6, 8, 33, 19)
new26 = f"""Dear Kateryna,

We want to inform you that your request is in process. Our team is working over merging of your accounts, but it can take few more days because of big amount of requests at this moment. We apologise for the inconvenience and kindly ask you to be patient.

Please, do not create new case for same question, we will write you in this case as soon as we will have news.

Thank you for patience!

Best regards,
Oksana
Amazon Web Services"""
msg = console_mail(t26, K2_USER, f"RE:[CASE {C6}] {C6_SUBJ}", new26 + rate_footer(C6) + console_footer(C6), "icloud")
add("oksana-request-in-process-be-patient", msg, "support_reply", C6, [], True, "en", new26)

# 027 support_reply: asks to confirm the NAME, not the merge --------------------------
t27 = T(2024, 11, 7, 10, 2, 47)
new27 = f"""Dear Kateryna,

Please, before we will finish the procedure, confirm to us how your first name and last name must be written on the certificates. In account AWS05012277 the name is written in Cyrillic (Катерина Шевченко) and in account AWS09348861 it is in Latin (Kateryna Shevchenko). After the procedure only one variant will stay.

Also, please, tell us which date of birth is correct, because in one account it is 03.04.1994 and in other one 04.03.1994.

When we will receive your answer, we will continue.

Best regards,
Oksana
Amazon Web Services"""
msg = console_mail(t27, K2_USER, f"RE:[CASE {C6}] {C6_SUBJ}", new27 + rate_footer(C6) + console_footer(C6), "icloud")
add("oksana-confirm-name-spelling-dob", msg, "support_reply", C6, ["AWS05012277", "AWS09348861"], True, "en", new27)

# 028 merge_completed --------------------------------------------------------------
t28 = T(2024, 11, 8, 13, 45, 0)
new28 = f"""Dear Kateryna,

Thank you for answer. Your accounts were merged successfully. Name is set as "Kateryna Shevchenko" and date of birth 03.04.1994, as you wrote us.

Now you have one account, AWS09348861, with all 4 certifications inside. Old account AWS05012277 is not active anymore, please do not use it for login.

It was pleasure to help you. Have a nice day!

Best regards,
Oksana
Amazon Web Services"""
msg = console_mail(t28, K2_USER, f"RE:[CASE {C6}] {C6_SUBJ}", new28 + rate_footer(C6) + console_footer(C6), "icloud", cte="base64")
add("oksana-accounts-were-merged-successfully", msg, "merge_completed", C6, ["AWS05012277", "AWS09348861"], True, "en", new28)

# 029 survey: rating request ---------------------------------------------------------
t29 = T(2024, 11, 11, 14, 0, 12)
inner29 = f"""<div style="max-width:600px;margin:0 auto">
<p>Hello,</p>
<p>You recently worked with AWS Support on case <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C6}">{C6}</a>: &quot;{C6_SUBJ}&quot;.</p>
<p>How satisfied are you with the support you received?</p>
<p style="font-size:26px">""" + " ".join(f'<a href="https://console.aws.amazon.com/support/feedback?displayId={C6}&amp;rating={i}" style="text-decoration:none;color:#ff9900">&#9733;</a>' for i in range(1, 6)) + f"""</p>
<p>1 = very dissatisfied, 5 = very satisfied</p>
<p>Thank you for helping us improve.<br/>Amazon Web Services Support</p>
<p style="font-size:11px;color:#687078">You are receiving this survey because a support case was recently closed on your AWS account. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></div>"""
body = part(html_wrap(inner29), "html", "utf-8", "quoted-printable")
msg = assemble(trace("icloud", t29, K2_USER, ses_sender(t29), aws_auth()),
               aws_headers(f"\"AWS Support\" <{AWS_NOREPLY}>", K2_USER, "How did we do? Tell us about your recent AWS Support experience", t29) + aws_tail(t29), body)
add("aws-support-stars-how-did-we-do", msg, "survey", C6, [], True, "en", re.sub(r"<[^>]+>", " ", inner29))

# ---------------------------------------------------------------- T7: Li Na (CN), form case, hotmail, Chinese agent
L_USER = "lina_0815@hotmail.com"
L_NAME = "Li Na"
t_open7 = T(2025, 6, 16, 1, 8, 33)
C7 = case15(t_open7)

# 030 case_created (another template) -------------------------------------------------
t = t_open7 + dt.timedelta(seconds=55)
txt = f"""Hi there,

We got your message! This is an automatic reply to let you know that your request to AWS Training and Certification has been logged as case {C7}.

What happens next?
- A support specialist will look into your request and reply to this e-mail address.
- Most requests are answered within one business day.
- Keep "[CASE {C7}]" in the subject if you write to us again about this request.

While you wait, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

AWS Training and Certification
"""
msg = form_mail(t, L_USER, f"[CASE {C7}] We got your message - AWS Training and Certification",
                multi("alternative", [part(txt, "plain", "utf-8", "7bit" if txt.isascii() else "quoted-printable"),
                                      part(html_wrap(p2html(txt)), "html", "utf-8", "quoted-printable")]), "outlook")
add("we-got-your-message-logged", msg, "case_created", C7, [], True, "en", txt)

# 031 merge_confirmation_requested (Chinese agent), lower-case ids -----------------------
t31 = T(2025, 6, 17, 3, 26, 8)
new31 = f"""Dear Li Na,

Thanks for your contacting with AWS Training and Certification, my name is Wei, it is my pleasure to assist you.

According to your request, we have found two accounts under your name. Please kindly confirm whether the below information is correct or not:

Account to be merged (will be closed): aws06071123 (registered e-mail: na.li@huaxin-tech.cn)
Account to be kept: aws02259981 (registered e-mail: {L_USER})

Once the merge is complete, we will send you a notification e-mail and the account aws06071123 can not be used anymore. Please note the operation can not be cancelled after finished.

If the information is correct, please reply this e-mail with "confirm". Looking forward to your reply.

Best Regards,
Wei Zhang
AWS Training and Certification Customer Service"""
msg = form_mail(t31, L_USER, f"RE:[CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance",
                multi("alternative", [part(new31, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(new31)), "html", "utf-8", "quoted-printable")]), "outlook")
add("wei-kindly-confirm-correct-or-not", msg, "merge_confirmation_requested", C7, ["AWS02259981", "AWS06071123"], True, "en", new31)

# 032 support_reply: answers a voucher question (Outlook quote of user) -------------------
t32u = T(2025, 6, 17, 20, 11, 0, CST_CN)
t32 = T(2025, 6, 18, 2, 50, 36)
user32 = "Hi Wei,\n\nConfirm, the information is correct.\n\nOne question: I have a 50% discount voucher in the old account from my last exam. Will it be lost after merge?\n\nThanks\nLi Na\n\nSent from Outlook"
new32 = f"""Dear Li Na,

Thanks for your reply and confirmation. We have submitted your request to the related team and now the status is processing.

Regarding your question, please don't worry, the 50% discount benefit will be moved together with the certifications to the account which is kept, it will not be lost. You can find it in the Benefits page after the process is done. Please note the voucher has the expire date, please use it before the date.

Please wait patiently, thank you for your understanding.

Best Regards,
Wei Zhang
AWS Training and Certification Customer Service"""
txt32 = new32 + "\n\n" + outlook_block(f"{L_NAME} <{L_USER}>", t32u, f"Amazon Web Services <{AWS_FORM}>",
                                       f"RE: RE:[CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance",
                                       user32 + "\n\n" + outlook_block(f"Amazon Web Services <{AWS_FORM}>", t31.astimezone(CST_CN), f"{L_NAME} <{L_USER}>",
                                                                       f"RE:[CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance", new31)) + "\n"
msg = form_mail(t32, L_USER, f"RE:[CASE {C7}] RE: RE: [AWS Training and Certification Form Submission] - account-assistance",
                multi("alternative", [part(txt32, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(txt32)), "html", "utf-8", "quoted-printable")]), "outlook")
add("wei-voucher-question-status-processing", msg, "support_reply", C7, [], True, "en", new32)

# 033 merge_completed (machine-translation flavour) ----------------------------------------
t33 = T(2025, 6, 19, 7, 4, 51)
new33 = f"""Dear Li Na,

Your account merging has been finished successfully. Please login the account aws02259981 to check the certification and the benefit. The old account is already invalid.

If there is any problem, please contact us freely. Wish you have a nice day!

Best Regards,
Wei Zhang
AWS Training and Certification Customer Service"""
txt33 = new33 + "\n\n-----Original Message-----\n" + new32 + "\n"
msg = form_mail(t33, L_USER, f"RE:[CASE {C7}] [AWS Training and Certification Form Submission] - account-assistance",
                part(txt33, "plain", "utf-8", "base64"), "outlook")
add("wei-account-merging-finished", msg, "merge_completed", C7, ["AWS02259981"], True, "en", new33)

# ---------------------------------------------------------------- T8: Ahmed (AE), console case, Outlook, Arabic-speaking agent
AH_USER = "a.almansouri@outlook.com"
t_open8 = T(2025, 4, 7, 6, 55, 40)
C8 = case15(t_open8)
C8_SUBJ = "Merge my AWS certification accounts"

# 034 merge_confirmation_requested ---------------------------------------------------
t34 = T(2025, 4, 8, 7, 31, 2)
new34 = f"""Greetings of the day!

Dear valued customer Ahmed,

Thank you for reaching out to AWS Training and Certification, my name is Omar and it will be my pleasure to assist you regarding your inquiry.

I have reviewed your request carefully and found that you have two accounts registered in our system. In order to process your request, kindly confirm that you agree for merging the account AWS 07145520 (ahmed.m@gulfnet-solutions.ae) inside the account AWS 03388194 ({AH_USER}), which will remain as your active account, and all the certificates and the exam history will be transferred to it.

Kindly be informed that this action is not reversible, once done we cannot separate the accounts again.

Awaiting your kind confirmation to proceed.

Best regards,
Omar
Amazon Web Services"""
msg = console_mail(t34, AH_USER, f"RE:[CASE {C8}] {C8_SUBJ}", new34 + rate_footer(C8) + console_footer(C8), "outlook")
add("omar-kindly-confirm-agree-merging-inside", msg, "merge_confirmation_requested", C8, ["AWS03388194", "AWS07145520"], True, "en", new34)

# 035 support_reply: thank you for confirming, will proceed ------------------------------
t35 = T(2025, 4, 9, 5, 12, 37)
new35 = f"""Dear Ahmed,

Thank you very much for your kind confirmation.

I have now submitted the request to the concerned team and they will start working on it. I will update you as soon as it is done, hopefully within 2-3 working days.

Kindly note that during this time you may not be able to schedule a new exam from the old account, so please avoid to do any booking until you hear from me.

Best regards,
Omar
Amazon Web Services"""
msg = console_mail(t35, AH_USER, f"RE:[CASE {C8}] {C8_SUBJ}", new35 + rate_footer(C8) + console_footer(C8), "outlook")
add("omar-thanks-kind-confirmation-submitted", msg, "support_reply", C8, [], True, "en", new35)

# 036 merge_completed ------------------------------------------------------------------
t36 = T(2025, 4, 10, 12, 40, 19)
new36 = f"""Dear Ahmed,

Greetings!

I am glad to inform you that the concerned team has completed your request and now both of your accounts became one. From now on kindly sign in using {AH_USER}, there you will find all of your 5 certifications and the exam history.

The old account with the gulfnet e-mail is deactivated, therefore no need to use it anymore.

Should you have any further inquiry, do not hesitate to contact us. We are always happy to serve you.

Best regards,
Omar
Amazon Web Services"""
msg = console_mail(t36, AH_USER, f"RE:[CASE {C8}] {C8_SUBJ}", new36 + rate_footer(C8) + console_footer(C8), "outlook", cte="base64")
add("omar-both-accounts-became-one", msg, "merge_completed", C8, [], True, "en", new36)

# 037 survey: closure notice -------------------------------------------------------------
t37 = T(2025, 4, 13, 12, 41, 3)
txt37 = f"""Hello,

Your AWS Support case {C8} has been closed.

Subject: {C8_SUBJ}

If your issue was not fully addressed, you can reopen this case from the AWS Support Center within 14 days of closure:
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=en

Tell us how we did
Was your issue resolved?   Yes: https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=yes
                           No:  https://console.aws.amazon.com/support/feedback?displayId={C8}&resolved=no

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
msg = console_mail(t37, AH_USER, f"Amazon Web Services: Your Support case {C8} has been closed", txt37, "outlook")
add("console-case-closed-tell-us-how", msg, "survey", C8, [], True, "en", txt37)

# ---------------------------------------------------------------- T9: Javier (MX), form case, Gmail, Spanish-speaking agent
J_USER = "javimorales.mx@gmail.com"
J_NAME = "Javier Morales"
t_open9 = T(2024, 9, 2, 15, 40, 12)
C9 = case15(t_open9)
C9_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 038 support_reply (asks reason + e-mails), charset label wrong (utf-8 bytes labelled latin-1)
t38 = T(2024, 9, 3, 16, 5, 44)
new38 = f"""Hello Javier, good afternoon.

My name is Lucía and I comment you that I will be the responsible of your case.

We located the candidate ID AWS08450317 that you indicated us in the form. For to be able to continue with your request of unify the accounts, it is necessary that you indicate us the following information:

1. The e-mail with which you enter to each one of the accounts.
2. The reason for which you have two accounts (for example, change of company).
3. Which of the two accounts you desire to conserve.

We remain attentive to your comments.

Cordial greetings,
Lucía Fernández
AWS Training and Certification Customer Support"""
body = multi("alternative", [part(new38, "plain", "utf-8", "quoted-printable", label="iso-8859-1"),
                              part(html_wrap(p2html(new38)), "html", "utf-8", "quoted-printable", label="iso-8859-1")])
msg = form_mail(t38, J_USER, f"RE:[CASE {C9}] {C9_SUBJ}", body, "gmail")
add("lucia-we-remain-attentive-info-needed", msg, "support_reply", C9, ["AWS08450317"], True, "en", new38)

# 039 merge_confirmation_requested + Gmail quote ---------------------------------------
t39u = T(2024, 9, 3, 19, 22, 0, MXT)
t39 = T(2024, 9, 4, 17, 48, 30)
user39 = ("Hi Lucia,\n\n1. Old account: javier.morales@grupoaltamar.com.mx, new account: javimorales.mx@gmail.com\n"
          "2. I changed job, the old one was created by my previous company\n3. Keep the gmail one (AWS01736620)\n\nThank you!\nJavier")
new39 = f"""Hello again Javier,

Thank you for sending us the information so fast.

I confirm you that the unification will remain in the following way:

* The account AWS-08450317 (javier.morales@grupoaltamar.com.mx) will be integrated into the account AWS-01736620 ({J_USER}).
* The account AWS-01736620 is the one that will remain active, with all your certifications and your history.

I must warn you that once realized, this process can not be reverted. Please, could you respond us confirming that you are agree with this, so we can proceed?

We remain attentive.

Cordial greetings,
Lucía Fernández
AWS Training and Certification Customer Support"""
txt39 = new39 + "\n\n" + gmail_attr(t39u, J_NAME, J_USER) + "\n\n" + q(user39 + "\n\n" + gmail_attr(t38.astimezone(MXT), "Amazon Web Services", AWS_FORM) + "\n\n" + q(new38)) + "\n"
body = multi("alternative", [part(txt39, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(txt39)), "html", "utf-8", "quoted-printable")])
msg = form_mail(t39, J_USER, f"RE:[CASE {C9}] RE: {C9_SUBJ}", body, "gmail")
add("lucia-respond-us-confirming-agree", msg, "merge_confirmation_requested", C9, ["AWS01736620", "AWS08450317"], True, "en", new39)

# 040 closure notice that ALSO states the merge is done (-> merge_completed) ----------------
t40 = T(2024, 9, 6, 14, 2, 10)
txt40 = f"""Hello Javier,

Your case {C9} has been resolved and closed.

Resolution summary (written by your support agent):
"The certification accounts were unified. AWS08450317 was merged into AWS01736620, which remains active with all certifications. The process finished on 6 September 2024."

If something is still not right, reply to this e-mail within 14 days and the case will be reopened automatically.

How would you rate the support you received?
https://survey.training.aws/s/case?c={C9}

Thank you for choosing AWS Training and Certification.
"""
msg = form_mail(t40, J_USER, f"[CASE {C9}] Your case has been resolved", part(txt40, "plain", "utf-8", "7bit"), "gmail")
add("case-resolved-summary-accounts-unified", msg, "merge_completed", C9, ["AWS01736620", "AWS08450317"], True, "en", txt40)

# ---------------------------------------------------------------- T10: Ankit (IN), 11-digit 2023, Hindi-speaking agent, Gmail
AN_USER = "ankit.sharma.cloud@gmail.com"
AN_NAME = "Ankit Sharma"
C10 = "12098457316"
C10B = "12099613080"
C10_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 041 case_created for the DUPLICATE case --------------------------------------------------
t41 = T(2023, 3, 15, 4, 12, 59)
txt41 = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

We have received your request and opened case {C10B}. A team member will reply to you at this e-mail address, generally within 24 hours.

Please do not open more than one case for the same issue. If you already have an open case for this request, simply reply to the e-mail you received for that case.

Regards,
AWS Training and Certification Customer Support
"""
msg = form_mail(t41, AN_USER, f"[CASE {C10B}] {C10_SUBJ}", part(txt41, "plain", "utf-8", "7bit"), "gmail")
add("second-form-case-opened-ack", msg, "case_created", C10B, [], True, "en", txt41)

# 042 support_reply: duplicate case closed, working on this one ------------------------------
t42 = T(2023, 3, 15, 9, 47, 21)
new42 = f"""Hi Ankit,

Greetings from AWS Training and Certification!

This is Rahul and I will be assisting you with your request.

We observed that you have raised one more case {C10B} for the same request. Kindly note that we have resolved that case as duplicate and will be assisting you on this case {C10} only, so that there will be no confusion. Request you to kindly not raise multiple cases for the same issue, as it may delay the resolution.

Meanwhile, we are checking the details of the accounts AWS06195540 and AWS02947718 shared by you and will revert back to you at the earliest.

Thanks for your patience and co-operation.

Regards,
Rahul Verma
AWS Training and Certification Customer Support"""
msg = form_mail(t42, AN_USER, f"RE:[CASE {C10}] {C10_SUBJ}", multi("alternative", [
    part(new42, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(new42)), "html", "utf-8", "quoted-printable")]), "gmail")
add("rahul-duplicate-case-resolved-assist-here", msg, "support_reply", C10, ["AWS02947718", "AWS06195540"], True, "en", new42)

# 043 merge_confirmation_requested -------------------------------------------------------------
t43 = T(2023, 3, 16, 6, 3, 15)
new43 = f"""Hi Ankit,

Thank you for your patience.

PFB the details of the accounts as per our records:

Account ID        Login e-mail                        Status after merge
AWS06195540       ankit.sharma@techvista-india.com    will be merged and closed
AWS02947718       {AN_USER}        will be retained (primary)

Post merge, all your certifications, transcripts and benefits will be available under AWS02947718. Please be informed that the merge is a one time activity and the same cannot be reversed.

Kindly reply with "Yes, I confirm" to this e-mail so that we can proceed further on the merge. Do let us know in case of any changes required.

Regards,
Rahul Verma
AWS Training and Certification Customer Support"""
msg = form_mail(t43, AN_USER, f"RE:[CASE {C10}] {C10_SUBJ}", multi("alternative", [
    part(new43, "plain", "utf-8", "quoted-printable"),
    part(html_wrap(p2html(new43.split("Account ID")[0]) + f"""<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Account ID</th><th>Login e-mail</th><th>Status after merge</th></tr>
<tr><td>AWS06195540</td><td>ankit.sharma@techvista-india.com</td><td>will be merged and closed</td></tr>
<tr><td>AWS02947718</td><td>{AN_USER}</td><td>will be retained (primary)</td></tr></table>""" + p2html("Post merge," + new43.split("Post merge,")[1])), "html", "utf-8", "quoted-printable")]), "gmail")
add("rahul-pfb-details-reply-yes-i-confirm", msg, "merge_confirmation_requested", C10, ["AWS02947718", "AWS06195540"], True, "en", new43)

# 044 merge_completed + Credly note, nested quotes --------------------------------------------
t44u = T(2023, 3, 16, 13, 30, 0, IST)
t44 = T(2023, 3, 17, 10, 22, 48)
new44 = f"""Hi Ankit,

Hope you are doing well.

As discussed, we have merged the accounts and the same is reflecting at our end. You may now login with {AN_USER} and verify that all the 4 certifications are showing under AWS02947718.

Kindly note that the Credly badges will get reflected in your Credly profile within 2-3 business days. Post that, in case any badge is not showing, please revert on this same e-mail thread and we will check the same.

Regards,
Rahul Verma
AWS Training and Certification Customer Support"""
user44 = "Yes, I confirm.\n\nRegards,\nAnkit"
txt44 = new44 + "\n\n" + gmail_attr(t44u, AN_NAME, AN_USER) + "\n\n" + q(user44 + "\n\n" + gmail_attr(t43.astimezone(IST), "Amazon Web Services", AWS_FORM) + "\n\n" + q(new43)) + "\n"
msg = form_mail(t44, AN_USER, f"RE:[CASE {C10}] RE: {C10_SUBJ}", part(txt44, "plain", "utf-8", "quoted-printable"), "gmail")
add("rahul-merged-same-is-reflecting", msg, "merge_completed", C10, ["AWS02947718"], True, "en", new44)

# 045 survey: rating request for the form case ----------------------------------------------
t45 = T(2023, 3, 20, 10, 23, 5)
txt45 = f"""Hi Ankit,

Your recent request to AWS Training and Certification (case {C10}) is now closed.

Please take 30 seconds to tell us about your experience. How likely are you to recommend AWS Training and Certification Customer Support to a friend or colleague?

0  1  2  3  4  5  6  7  8  9  10
https://survey.training.aws/s/nps?c={C10}

Your feedback is anonymous and helps us improve.

AWS Training and Certification
"""
html45 = html_wrap(p2html(txt45.split("0  1")[0]) + "<p>" + " ".join(
    f'<a href="https://survey.training.aws/s/nps?c={C10}&amp;score={i}" style="display:inline-block;width:28px;border:1px solid #aab7b8;text-align:center;text-decoration:none">{i}</a>' for i in range(11)) + "</p>" + p2html("Your feedback is anonymous and helps us improve.\n\nAWS Training and Certification"))
msg = form_mail(t45, AN_USER, f"Tell us about your experience - case {C10}", multi("alternative", [
    part(txt45, "plain", "utf-8", "7bit"), part(html45, "html", "utf-8", "quoted-printable")]), "gmail",
    frm=f"\"AWS Training and Certification\" <{AWS_FORM}>")
add("nps-survey-recommend-0-10", msg, "survey", C10, [], True, "en", txt45)

# ---------------------------------------------------------------- phishing about the merge
def plain_sender(ip, host, mailfrom, from_dom):
    return {"ip": ip, "host": host, "mailfrom": mailfrom, "from_dom": from_dom}


# 046 merge_confirmation_requested from a look-alike domain (its own DMARC passes) -------------
t46 = T(2025, 3, 15, 9, 27, 51)
PH1 = "174201937500452"
new46 = f"""Dear AWS Certified Candidate,

We has received a request for merge your AWS Certification accounts into account AWS07730516 (Case ID: {PH1}).

For security reason, the merge must be confirmed by the account owner. Please confirm the merge in 24 hours by sign in with your AWS Certification credentials in the secure link below:

    https://aws-certification-merge.com/confirm?case={PH1}&token={rhex(24)}

If you will not confirm in 24 hours, both accounts will be suspended and your certifications will be revoked according to AWS Certification Program Agreement.

Thank you for your understanding,
AWS Certification Support Team
Amazon Web Services, Inc."""
html46 = html_wrap(f"""<div style="max-width:600px;border-top:4px solid #ff9900;padding:16px">
<img src="https://aws-certification-merge.com/img/aws_logo.png" width="70" alt="aws"/>
{p2html(new46.split("    https")[0])}
<p><a href="https://aws-certification-merge.com/confirm?case={PH1}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
{p2html("If you will not confirm" + new46.split("If you will not confirm")[1])}</div>""")
snd = plain_sender("185.243.115.38", "mail.aws-certification-merge.com", "bounce@aws-certification-merge.com", "aws-certification-merge.com")
msg = assemble(trace("outlook", t46, P_USER, snd, {"dkims": [("aws-certification-merge.com", "pass")], "spf": "pass", "dmarc": "pass", "p": "NONE"}),
               [("DKIM-Signature", dkim_sig("aws-certification-merge.com", t46, s="default")),
                ("From", "\"AWS Certification Support\" <support@aws-certification-merge.com>"),
                ("To", P_USER), ("Subject", "Action required: confirm your AWS Certification account merge"),
                ("Date", format_datetime(t46.astimezone(CET))),
                ("Message-ID", f"<{rhex(32)}@aws-certification-merge.com>"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
               multi("alternative", [part(new46, "plain", "utf-8", "quoted-printable"), part(html46, "html", "utf-8", "quoted-printable")], "other"))
add("phish-lookalike-confirm-merge-24h", msg, "merge_confirmation_requested", PH1, ["AWS07730516"], False, "en", new46)

# 047 merge_completed spoofing amazon.com: top AR dmarc=fail, forged pass header lower down ----------
t47 = T(2024, 9, 10, 22, 14, 6)
PH2 = "172599120300871"
new47 = f"""Hello,

We are glad to inform you that the merge of your AWS Certification accounts has been completed successfully. Your certifications are now located in account AWS01736620.

Case ID: {PH2}

To activate your merged profile and keep the access to your certifications and exam vouchers, you must sign in and re-validate your payment information within 48 hours:

https://aws-certmerge-portal.com/signin?displayId={PH2}

After this time the merged profile will be locked for security.

Best regards,
Amazon Web Services"""
forged = ("mx.amazon.com;\n       dkim=pass header.i=@amazon.com header.s=4t7j3xy;\n       spf=pass smtp.mailfrom=amazonses.com;\n"
          "       dmarc=pass (p=QUARANTINE) header.from=amazon.com")
snd = plain_sender("91.215.85.144", "vps-4471.hostkeyserv.ru", "newsletter@mailer-srv7.net", "amazon.com")
msg = assemble(trace("gmail", t47, J_USER, snd, {"dkims": [], "spf": "pass", "dmarc": "fail", "p": "QUARANTINE"}, forged_ar=forged),
               [("Date", format_datetime(t47)), ("From", f"{AWS_NAME} <{AWS_NOREPLY}>"), ("To", J_USER),
                ("Message-ID", f"<{rhex(16)}-{rhex(8)}@email.amazonses.com>"),
                ("Subject", f"RE:[CASE {PH2}] Your account merge is completed")],
               part(html_wrap(p2html(new47)), "html", "utf-8", "base64"))
add("spoof-merge-completed-dmarc-fail", msg, "merge_completed", PH2, ["AWS01736620"], False, "en", new47)

# 048 credly badge from a look-alike domain ---------------------------------------------------------
t48 = T(2025, 7, 2, 11, 5, 45)
bid = uuid()
html48 = html_wrap(f"""<div style="max-width:560px;margin:0 auto"><img src="https://credly-notify.net/static/credly.png" width="96" alt="Credly"/>
<h1 style="font-size:22px">Li Na, you earned a new badge!</h1>
<p>Amazon Web Services Training and Certification has issued you: <strong>AWS Certified Solutions Architect &ndash; Professional</strong></p>
<p>Because your AWS Certification accounts were recently merged, you need to claim the badge again using your AWS account password.</p>
<p><a href="https://credly-notify.net/claim/{bid}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#888">Credly Inc. All rights reserved.</p></div>""", "Credly")
snd = plain_sender("45.137.22.71", "smtp.credly-notify.net", "mailer@credly-notify.net", "credly-notify.net")
msg = assemble(trace("outlook", t48, L_USER, snd, {"dkims": [("credly-notify.net", "pass")], "spf": "pass", "dmarc": "pass", "p": "NONE"}),
               [("DKIM-Signature", dkim_sig("credly-notify.net", t48, s="mail")), ("Date", format_datetime(t48)),
                ("From", "\"Credly\" <badges@credly-notify.net>"), ("To", L_USER),
                ("Subject", "You earned a new badge: AWS Certified Solutions Architect - Professional"),
                ("Message-ID", f"<{rhex(20)}@credly-notify.net>")],
               part(html48, "html", "utf-8", "quoted-printable"))
add("lookalike-credly-claim-badge", msg, "credly_badge_issued", None, [], False, "en", re.sub(r"<[^>]+>", " ", html48))

# 049 support_reply ja: asks notification e-mail of each account; quoted form has another id ----------
Y_USER = "misaki.yamamoto@ocn.ne.jp"
Y_NAME = "山本 美咲"
t_open11 = T(2025, 7, 14, 0, 47, 29)
C11 = case15(t_open11)
t49 = T(2025, 7, 15, 2, 18, 40)
new49 = f"""{Y_NAME} 様

AWS トレーニングと認定 カスタマーサポートの鈴木と申します。
この度はお問い合わせいただき、誠にありがとうございます。

お知らせいただきました候補者 ID aws07208814 につきまして確認いたしましたが、
もう一方のアカウントを特定するための情報が不足しておりました。

恐れ入りますが、以下の情報をご教示いただけますでしょうか。

・それぞれのアカウントのサインイン用メールアドレス
・それぞれのアカウントの通知先メールアドレス（サインイン用と異なる場合）
・受験時にご登録いただいたお名前（ローマ字表記）

ご確認いただけましたら、本メールにご返信くださいますようお願い申し上げます。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

鈴木 大輔
AWS トレーニングと認定 カスタマーサポート"""
form49 = """お問い合わせの種類: 認定
詳細: アカウントの統合
候補者 ID: AWS07208814
内容: 以前の勤務先で作成したアカウント（AWS03350921 だったと思います）と、現在のアカウントを一つにまとめたいです。"""
txt49 = new49 + "\n\n----- 元のメッセージ -----\n" + q(form49) + "\n"
msg = form_mail(t49, Y_USER, ew(f"RE:[CASE {C11}] アカウント統合について（追加情報ご提供のお願い）", "utf-8", "Q"),
                multi("alternative", [part(txt49, "plain", "utf-8", "base64"), part(html_wrap(p2html(txt49)), "html", "utf-8", "base64")]), "ocn")
add("ja-suzuki-tsuuchisaki-mail-gokyouji", msg, "support_reply", C11, ["AWS07208814"], True, "ja", new49)

# 050 credly: ordinary new badge (not merge related) ------------------------------------------------
t50 = T(2025, 8, 21, 16, 40, 2)
bid = uuid()
txt50 = f"""Li Na, you earned a badge!

Amazon Web Services Training and Certification issued you the following badge:
AWS Certified Machine Learning Engineer - Associate

Accept your badge: https://www.credly.com/badges/{bid}/accept

Claim your badge and share it with your network to show off your new skills.

Credly, 13 W 27th St, New York, NY 10001
"""
html50 = credly_badge_html("Li Na", "AWS Certified Machine Learning Engineer &ndash; Associate", "you earned a badge!", bid)
msg = credly_mail(t50, L_USER, "Congratulations, you earned a badge from Amazon Web Services Training and Certification", html50, txt50, provider="outlook")
add("credly-earned-mla-badge", msg, "credly_badge_issued", None, [], True, "en", txt50)

# ---------------------------------------------------------------- unrelated look-alikes
# 051 Amazon Seller Central case: duplicate ASIN "merge" done + rating (not AWS Certification) --------
t51 = T(2024, 12, 3, 8, 19, 4)
SC = "6127734405"
new51 = f"""Hello,

Greetings from Amazon Seller Support.

My name is Pradeep and I have reviewed your case regarding the duplicate detail pages for your product "Stainless Steel Water Bottle 1L".

I am happy to inform you that the ASINs B0C7XK2L9Q and B0C7XM4R2T have been merged successfully into a single detail page, and B0C7XK2L9Q will be the surviving ASIN. Kindly allow up to 72 hours for the changes to reflect on the Amazon website.

Please do not create a new listing for the same product, as it may again create duplicate.

I hope this information is helpful. Was my response helpful to you? Please let us know by clicking one of the links below.

Yes: https://sellercentral.amazon.in/cu/contact-us/feedback?caseId={SC}&helpful=yes
No: https://sellercentral.amazon.in/cu/contact-us/feedback?caseId={SC}&helpful=no

Thank you for selling on Amazon,
Pradeep
Amazon Seller Support
https://sellercentral.amazon.in"""
msg = assemble(trace("gmail", t51, AN_USER, ses_sender(t51), aws_auth()),
               aws_headers("\"Amazon Seller Support\" <seller-support-noreply@amazon.com>", AN_USER,
                           f"RE:[CASE {SC}] Request to merge duplicate listings - ASIN B0C7XK2L9Q", t51) + aws_tail(t51),
               multi("alternative", [part(new51, "plain", "utf-8", "quoted-printable"), part(html_wrap(p2html(new51)), "html", "utf-8", "quoted-printable")]))
add("seller-central-asins-merged", msg, "unrelated", SC, [], True, "en", new51)

# 052 AWS billing console case (refund), non-native agent ------------------------------------------
t_open52 = T(2025, 2, 3, 14, 10, 55)
C52 = case15(t_open52)
t52 = T(2025, 2, 4, 9, 2, 33)
new52 = f"""Hello Priya,

Thank you for contacting AWS Billing and Accounts. I am Xiaoling and I will help you on this case.

I understood that you have noticed unexpected charges for NAT Gateway in your January bill. I have reviewed your AWS account 482177305160 and found that one NAT Gateway in ap-south-1 was running since 2 January, it created 43.21 USD of charges.

As you are the new customer and this usage was not intended, I have submitted a one-time refund request of 43.21 USD as courtesy. The refund will be appear in your payment method in 5-7 business days. Please note that I already deleted nothing in your account; please delete the NAT Gateway yourself to avoid further charges.

If you have other question about billing, please reply in this case.

Best regards,
Xiaoling C.
Amazon Web Services"""
msg = console_mail(t52, P_USER, f"RE:[CASE {C52}] Unexpected charges for NAT Gateway in January bill", new52 + rate_footer(C52) + console_footer(C52), "outlook")
add("billing-case-nat-gateway-refund", msg, "unrelated", C52, [], True, "en", new52)

# 053 Service quota increase case, Japanese, ISO-2022-JP ---------------------------------------------
t_open53 = T(2025, 6, 10, 4, 30, 18)
C53 = case15(t_open53)
t53 = T(2025, 6, 10, 9, 12, 40)
new53 = f"""田中 健一 様

Amazon Web Services サポートの山口でございます。
いつも AWS をご利用いただき、誠にありがとうございます。

お申し込みいただきましたサービスクォータの引き上げについて、以下のとおり承認されましたのでお知らせいたします。

リージョン：アジアパシフィック（東京）
クォータ名：Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しいクォータ値：128 vCPU

反映までに最大 30 分程度かかる場合がございます。
その他ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

よろしくお願いいたします。

山口
Amazon Web Services"""
txt53 = new53 + f"\n\nこのケースのやり取りをすべて確認するには、AWS サポートセンターにサインインしてください:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={C53}&language=ja\n\n※このメールは送信専用のアドレスから送信されています。\n"
msg = assemble(trace("nifty", t53, K_USER, ses_sender(t53), aws_auth()),
               aws_headers(f"{AWS_NAME} <{AWS_NOREPLY}>", K_USER, ew(f"RE:[CASE {C53}] サービスクォータの引き上げリクエスト", "iso-2022-jp"), t53) + aws_tail(t53),
               part(txt53, "plain", "ISO-2022-JP", "7bit"))
add("ja-service-quota-increase-approved", msg, "unrelated", C53, [], True, "ja", new53)

# 054 Credly self-service account merge code (NOT the AWS merge) ---------------------------------------
t54 = T(2025, 3, 16, 12, 31, 9)
txt54 = f"""Hi Marcos,

We received a request to merge another Credly account (marcos.oliveira@tecnova.com.br) into the Credly account that uses this e-mail address.

Your verification code is: 482913

Enter this code on the merge screen, or select "Complete Account Merge" to finish:
https://www.credly.com/users/merge/confirm?token={rhex(40)}

This code expires in 30 minutes. If you did not ask for this, you can ignore this e-mail and nothing will change.

The Credly Team
"""
html54 = html_wrap(f"""<div style="max-width:560px;margin:0 auto"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"/>
{p2html(txt54.split("Enter this code")[0])}
<p><a href="https://www.credly.com/users/merge/confirm?token={rhex(40)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Complete Account Merge</a></p>
<p>This code expires in 30 minutes. If you did not ask for this, you can ignore this e-mail and nothing will change.</p><p>The Credly Team</p></div>""", "Credly")
msg = credly_mail(t54, M_USER, "Your Credly account merge verification code", html54, txt54, frm="\"Credly\" <admin@credly.com>")
add("credly-self-service-merge-code", msg, "unrelated", None, [], True, "en", txt54)

# 055 Credly badge expiry reminder --------------------------------------------------------------------
t55 = T(2025, 6, 9, 15, 0, 27)
bid = uuid()
txt55 = f"""Seo-yeon, your badge is expiring soon

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on August 8, 2025.

To keep your badge active, recertify before it expires. Learn about recertification: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/{bid}

Credly, 13 W 27th St, New York, NY 10001 | Manage notifications: https://www.credly.com/notification_preferences
"""
html55 = html_wrap(p2html(txt55), "Credly")
msg = credly_mail(t55, S_USER, "Your AWS Certified Developer - Associate badge expires in 60 days", html55, txt55)
add("credly-badge-expiring-60-days", msg, "unrelated", None, [], True, "en", txt55)

# 056 CertMetrics "AWS Certification wants to hear from you" (authentic, but not AWS/Credly) -----------
t56 = T(2024, 11, 20, 18, 4, 50)
txt56 = """Dear Kateryna Shevchenko,

AWS Certification wants to hear from you!

You recently used the AWS Certification Account. Please take a few minutes to tell us about your experience with the AWS Certification program, including the exam registration, your certification benefits and the AWS Certification Account portal.

Candidate ID: AWS09348861

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=7f3c9a21

Your responses are confidential and will be used to improve the program.

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored."""
snd = plain_sender("52.165.41.17", "mail.certmetrics.com", "bounce@certmetrics.com", "certmetrics.com")
msg = assemble(trace("icloud", t56, K2_USER, snd, {"dkims": [("certmetrics.com", "pass")], "spf": "pass", "dmarc": "pass", "p": "NONE"}),
               [("DKIM-Signature", dkim_sig("certmetrics.com", t56, s="selector1")), ("Date", format_datetime(t56)),
                ("From", "\"AWS Certification\" <do-not-reply@certmetrics.com>"), ("To", K2_USER),
                ("Subject", "AWS Certification wants to hear from you"), ("Message-ID", f"<{rhex(32)}@certmetrics.com>")],
               multi("alternative", [part(txt56, "plain", "us-ascii", "7bit"), part(html_wrap(p2html(txt56), "AWS Certification"), "html", "us-ascii", "7bit")], "other"))
add("certmetrics-wants-to-hear-from-you", msg, "unrelated", None, ["AWS09348861"], False, "en", txt56)

# 057 Pearson VUE appointment confirmation, Japanese ----------------------------------------------------
t57 = T(2025, 7, 20, 6, 33, 12)
txt57 = f"""{Y_NAME} 様

Pearson VUE をご利用いただきありがとうございます。
以下のとおり試験のご予約を承りました。

試験名：AWS Certified Solutions Architect - Associate (SAA-C03)
試験言語：日本語
日時：2025年8月2日（土） 10:00 JST
受験方法：OnVUE オンライン監督付き試験
受験者 ID：AWS07208814
登録 ID：482917356

試験開始 30 分前からチェックインが可能です。本人確認書類をご用意ください。
予約の変更・キャンセルは試験開始 24 時間前までに行ってください。

Pearson VUE
https://home.pearsonvue.com/aws
"""
snd = plain_sender("162.208.119.40", "mta-40.pearsonvue.com", "bounces@pearsonvue.com", "pearson.com")
msg = assemble(trace("ocn", t57, Y_USER, snd, {"dkims": [("pearson.com", "pass")], "spf": "pass", "dmarc": "pass", "p": "REJECT"}),
               [("DKIM-Signature", dkim_sig("pearson.com", t57, s="pvue")), ("Date", format_datetime(t57)),
                ("From", "\"Pearson VUE\" <pearsonvueconfirmation@pearson.com>"), ("To", Y_USER),
                ("Subject", ew("Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate", "utf-8", "B")),
                ("Message-ID", f"<{rhex(24)}.{R.randint(100000, 999999)}@pearsonvue.com>")],
               part(txt57, "plain", "utf-8", "base64"))
add("ja-pearson-vue-yoyaku-kakunin", msg, "unrelated", None, ["AWS07208814"], False, "ja", txt57)

# 058 AWS Builder ID verification code (genuine AWS sender, unrelated) ----------------------------------
t58 = T(2025, 5, 5, 11, 48, 30)
txt58 = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish signing up, enter the following verification code:

Verification code: 628104

This code expires 30 minutes after it was sent.

If you did not create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109."""
snd = ses_sender(t58, from_dom="signin.aws")
hdr58 = [("DKIM-Signature", dkim_sig("signin.aws", t58)), ("Date", format_datetime(t58)),
         ("From", "\"AWS Builder ID\" <no-reply@signin.aws>"), ("To", AN_USER), ("Message-ID", ses_msgid(t58)),
         ("Subject", "Verify your AWS Builder ID email address"), ("MIME-Version", "1.0")] + aws_tail(t58)
msg = assemble(trace("gmail", t58, AN_USER, snd, {"dkims": [("signin.aws", "pass"), ("amazonses.com", "pass")], "spf": "pass", "dmarc": "pass"}),
               hdr58, multi("alternative", [part(txt58, "plain", "utf-8", "7bit"), part(html_wrap(p2html(txt58)), "html", "utf-8", "quoted-printable")]))
add("builder-id-verification-code", msg, "unrelated", None, [], True, "en", txt58)

# 059 GitHub "Merged #212" notification --------------------------------------------------------------------
t59 = T(2025, 4, 2, 19, 31, 22)
txt59 = """Merged #212 into main.

@rafacosta commented on this pull request:

Merged, thanks! I tested with the two candidate accounts of staging and the merge of profiles is working fine now, the duplicated certifications are not appearing anymore. Please update the CHANGELOG in other PR.

--
Reply to this email directly, view it on GitHub:
https://github.com/tecnova/cert-tracker/pull/212#event-17103456621
You are receiving this because you authored the thread.

Message ID: <tecnova/cert-tracker/pull/212/issue_event/17103456621@github.com>"""
snd = plain_sender("192.30.252.205", "out-22.smtp.github.com", "noreply@github.com", "github.com")
msg = assemble(trace("gmail", t59, M_USER, snd, {"dkims": [("github.com", "pass")], "spf": "pass", "dmarc": "pass", "p": "REJECT"}),
               [("DKIM-Signature", dkim_sig("github.com", t59, s="pf2023")), ("Date", format_datetime(t59.astimezone(PDT))),
                ("From", "Rafael Costa <notifications@github.com>"), ("Reply-To", "tecnova/cert-tracker <reply+AB3XK7Q2ZLMNOPQRSTUV@reply.github.com>"),
                ("To", "tecnova/cert-tracker <cert-tracker@noreply.github.com>"), ("Cc", f"Marcos Oliveira <{M_USER}>, Author <author@noreply.github.com>"),
                ("Message-ID", "<tecnova/cert-tracker/pull/212/issue_event/17103456621@github.com>"),
                ("In-Reply-To", "<tecnova/cert-tracker/pull/212@github.com>"), ("References", "<tecnova/cert-tracker/pull/212@github.com>"),
                ("Subject", "Re: [tecnova/cert-tracker] Merge candidate accounts into primary profile (PR #212)"),
                ("List-ID", "tecnova/cert-tracker <cert-tracker.tecnova.github.com>"), ("X-GitHub-Reason", "author")],
               multi("alternative", [part(txt59, "plain", "UTF-8", "7bit"), part(html_wrap(p2html(txt59), "GitHub"), "html", "UTF-8", "7bit")], "other"))
add("github-merged-pr-212", msg, "unrelated", None, [], False, "en", txt59)

# 060 phishing not about the merge (account suspended / payment) ---------------------------------------------
t60 = T(2024, 12, 1, 3, 47, 15)
txt60 = """Dear Customer,

We was unable to process the payment for your Amazon Web Services account. Because of this, your AWS account and all associated services, including your AWS Certification benefits, has been temporarily suspended.

To restore the access, please update your billing information within 24 hours:

https://aws-account-verify.co/billing/update?ref=AW7781

If the payment information is not updated, your resources will be permanently deleted.

Sincerely,
AWS Billing Department"""
snd = plain_sender("103.151.44.209", "host-103-151-44-209.cloudvps.example", "info@aws-account-verify.co", "aws-account-verify.co")
msg = assemble(trace("icloud", t60, K2_USER, snd, {"dkims": [], "spf": "pass", "dmarc": "none"}),
               [("Date", format_datetime(t60)), ("From", "\"Amazon Web Services\" <billing@aws-account-verify.co>"), ("To", K2_USER),
                ("Subject", "URGENT: Your AWS account has been suspended"), ("Message-ID", f"<{rhex(20)}@aws-account-verify.co>")],
               part(html_wrap(p2html(txt60)), "html", "windows-1252", "quoted-printable"))
add("phish-account-suspended-payment", msg, "unrelated", None, [], False, "en", txt60)

# === END MAILS ===


def finish():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    with open("/tmp/set314_newtext.json", "w", encoding="utf-8") as f:
        json.dump(NEWTEXT, f, indent=1, ensure_ascii=False)
    print(f"wrote {len(LABELS)} mails")


if __name__ == "__main__":
    finish()
