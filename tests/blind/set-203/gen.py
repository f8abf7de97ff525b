#!/usr/bin/env python3
"""Generator for blind set 203 (Japanese emphasis, round 8).

Writes NNN-*.eml files and labels.json into the folder of this script.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import quopri
import random
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(203)
LABELS = {}
JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


# ----------------------------------------------------------------- helpers
def jst(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)


def unix(dt):
    return int(dt.timestamp())


def case15(opened, tail):
    return "%d%05d" % (unix(opened), tail)


def rb64(n):
    return "".join(RNG.choice(B64) for _ in range(n))


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_id(dt, region="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000) + RNG.randint(0, 900)
    return "<0100%012x-%s-000000@%s>" % (ms, uuid.UUID(int=RNG.getrandbits(128)), region)


def ses_bounce(dt):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, uuid.UUID(int=RNG.getrandbits(128)))


def rfcdate(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return format_datetime(dt)


def gdate(dt):
    """Google style trailing date with zone comment."""
    d = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    return format_datetime(d) + (" (PDT)" if 3 <= dt.month <= 10 else " (PST)")


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def fold(value, indent="\t"):
    """Fold a long header value at '; ' boundaries."""
    parts = value.split("; ")
    out, line = [], ""
    for i, p in enumerate(parts):
        piece = p + (";" if i < len(parts) - 1 else "")
        if line and len(line) + len(piece) + 1 > 76:
            out.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return ("\n" + indent).join(out)


def dkim(domain, selector, dt, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
         canon="relaxed/simple"):
    b = rb64(342) + "="
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (canon, selector, domain, unix(dt), headers, rb64(43), "\n\t  ".join(bl)))


AMZ_SEL = "szqgv33erturdv5cvz4vtb5qcbq3cr65"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL_W2 = "hsbnp7p3ensaochzwyq5wwmceodymuwv"


JIS_FIX = str.maketrans({"\uff5e": "\u301c", "\uff0d": "\u2212", "\u2225": "\u2016", "\uffe0": "\u00a2",
                         "\uffe1": "\u00a3", "\uffe2": "\u00ac"})


def cp932_as_jis(text):
    """ISO-2022-JP the way many Windows mailers write it: CP932 extensions (NEC row 13) included."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out += ch.encode("ascii")
            continue
        b = ch.encode("cp932")
        assert len(b) == 2, ch
        c1, c2 = b
        if c1 >= 0xE0:
            c1 -= 0x40
        c1 -= 0x81
        row = c1 * 2 + 0x21
        if c2 >= 0x9F:
            row += 1
            col = c2 - 0x9F + 0x21
        else:
            if c2 >= 0x80:
                c2 -= 1
            col = c2 - 0x40 + 0x21
        if mode != "jis":
            out += b"\x1b$B"
            mode = "jis"
        out += bytes([row, col])
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=None, codec=None,
              fmt_flowed=False):
    c = (codec or charset).lower()
    if c in ("iso-2022-jp", "shift_jis", "euc-jp"):
        # what Japanese mailers do for the classic CP932 mapping differences
        text = text.translate(JIS_FIX)
    if c == "cp932-as-jis":
        data = cp932_as_jis(text)
    else:
        data = text.encode(codec or charset)
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label or charset)
    if label == "":
        ct = "text/%s" % subtype
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(plain, html_, **kw):
    """multipart/alternative of plain and html; kw: charset, cte, hcte..."""
    charset = kw.get("charset", "utf-8")
    m = MIMEMultipart("alternative", boundary=kw.get("boundary") or ("----=_Part_%d_%d.%d" % (
        RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(10**12, 10**13))))
    m.attach(text_part(plain, "plain", charset, kw.get("cte", "quoted-printable"), kw.get("label"),
                       kw.get("codec")))
    m.attach(text_part(html_, "html", kw.get("hcharset", charset), kw.get("hcte", "quoted-printable"),
                       kw.get("hlabel", kw.get("label")), kw.get("hcodec", kw.get("codec"))))
    del m["MIME-Version"]
    return m


def html_from_text(text, title="", lang="ja", footer=""):
    body = []
    for para in text.strip("\n").split("\n\n"):
        lines = [_html.escape(l) for l in para.split("\n")]
        body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family: 'Hiragino Sans', Meiryo, Arial, "
            "sans-serif; font-size: 14px; color: #16191f;\">\n<div style=\"max-width:640px;\">\n%s\n%s\n</div>\n"
            "</body></html>\n" % (lang, _html.escape(title), "\n".join(body), footer))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


WD_JA = "月火水木金土日"


def ja_attrib(dt, name, email):
    d = dt.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour,
                                                  d.minute, name, email)


def en_attrib(dt, name, email, tz=JST):
    d = dt.astimezone(tz)
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM", name, email)


# ------------------------------------------------------------- transports
def ar_text(dkims=(), spf=None, dmarc=None, style="google"):
    """Build the value of an Authentication-Results header.
    dkims: [(result, domain)]; spf: (result, mailfrom, ip); dmarc: (result, policy, fromdom)."""
    if style == "google":
        parts = ["mx.google.com"]
        for res, dom in dkims:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
                res, dom, AMZ_SEL if dom == "amazon.com" else ("224i4yxa5dv7c2xz3womw6peuasteono"
                                                               if dom == "amazonses.com" else "s1"), rb64(8)))
        if spf:
            res, mf, ip = spf
            dom = mf.split("@")[-1]
            if res == "pass":
                parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                             % (mf, ip, mf))
            else:
                parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) "
                             "smtp.mailfrom=%s" % (res, mf, ip, mf))
        if dmarc:
            res, pol, fd = dmarc
            dis = "NONE" if res == "pass" else ("QUARANTINE" if pol == "QUARANTINE" else "NONE")
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, dis, fd))
        return ";\n       ".join(parts)
    if style == "outlook":
        parts = []
        if spf:
            res, mf, ip = spf
            parts.append("spf=%s (sender IP is %s) smtp.mailfrom=%s" % (res, ip, mf.split("@")[-1]))
        for res, dom in dkims:
            parts.append("dkim=%s (%s) header.d=%s" % (
                res, "signature was verified" if res == "pass" else "signature did not verify", dom))
        if dmarc:
            res, pol, fd = dmarc
            action = "none" if res == "pass" else ("quarantine" if pol == "QUARANTINE" else "none")
            parts.append("dmarc=%s action=%s header.from=%s" % (res, action, fd))
            parts.append("compauth=%s reason=%s" % ("pass" if res == "pass" else "fail",
                                                   "100" if res == "pass" else "000"))
        return ";".join(parts)
    raise ValueError(style)


def gmail_trace(to, dt, mailfrom, ip, helo, ar, arc=True):
    rcv = dt + _dt.timedelta(seconds=RNG.randint(1, 4))
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%x:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            RNG.choice(["7300", "6a10", "7022", "6f02"]), RNG.randint(0x100, 0xfff), rhex(3), rhex(4), rhex(4),
            rhex(2) + "csp" + str(RNG.randint(100000, 9999999)), gdate(rcv))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(62)),
        ("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(4), rhex(3), rhex(4), rhex(4), rhex(14), RNG.randint(1, 9), RNG.randint(1000000000, 9999999999),
            gdate(rcv))),
    ]
    if arc:
        h += [
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
             % (unix(rcv), rb64(70) + "\n         " + rb64(70) + "\n         " + rb64(40) + "==")),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
             "        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n"
             "        bh=%s=;\n        fh=%s=;\n        b=%s==" % (rb64(43), rb64(43), rb64(70))),
            ("ARC-Authentication-Results", "i=1; " + ar),
        ]
    h += [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n"
         "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
             helo, helo, ip, rhex(22), RNG.randint(1, 9), RNG.randint(1, 99), RNG.randint(10**9, 10**10), to,
             gdate(dt + _dt.timedelta(seconds=1)))),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
         % (mailfrom, ip, ip) if "spf=pass" in ar else
         "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;"
         % (mailfrom, ip, ip)),
        ("Authentication-Results", ar),
    ]
    return h


def o365_trace(to, dt, mailfrom, ip, helo, ar, tenant="jpnprd01", region="apcprd02"):
    r3 = dt + _dt.timedelta(seconds=RNG.randint(2, 6))
    mb = "TY%dPR01MB%d" % (RNG.randint(3, 7), RNG.randint(10000, 13999))
    ca = "TYCP286CA%04d" % RNG.randint(1, 999)
    eop = "OSA0EPF%08X" % RNG.randint(0x100, 0xFFFF)
    h = [
        ("Received", "from %s.%s.prod.outlook.com (2603:1096:400:%x::%x) by\n %s.%s.prod.outlook.com with HTTPS; %s"
         % (mb, tenant, RNG.randint(0x100, 0x3ff), RNG.randint(1, 15), mb, tenant, rfcdate(r3, UTC))),
        ("Received", "from %s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%x::%x) by\n %s.%s.prod.outlook.com\n"
         " (2603:1096:400:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n"
         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
             ca, RNG.randint(0x100, 0x3ff), RNG.randint(1, 15), mb, tenant, RNG.randint(0x100, 0x3ff),
             RNG.randint(1, 15), RNG.randint(8400, 8800), RNG.randint(10, 40), rfcdate(r3, UTC))),
        ("Received", "from %s.%s.prod.outlook.com\n (2603:1096:400:%x:cafe::%x) by %s.outlook.office365.com\n"
         " (2603:1096:400:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n"
         " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
             eop, region, RNG.randint(0x100, 0x3ff), RNG.randint(1, 0xff), ca, RNG.randint(0x100, 0x3ff),
             RNG.randint(1, 15), RNG.randint(8400, 8800), RNG.randint(10, 40), rfcdate(r3, UTC))),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
         " receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
             "Pass" if "spf=pass" in ar else "SoftFail", mailfrom.split("@")[-1], ip, ip, helo)),
        ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n"
         " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s"
         % (helo, ip, eop, RNG.randint(200, 250), RNG.randint(2, 250), RNG.randint(8400, 8800),
            RNG.randint(10, 40), rfcdate(dt + _dt.timedelta(seconds=1), UTC))),
        ("X-MS-Exchange-Organization-ExpirationStartTime", "%s" % rfcdate(dt + _dt.timedelta(seconds=1), UTC)),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=RNG.getrandbits(128)))),
        ("X-MS-Exchange-Organization-AuthSource", "%s.%s.prod.outlook.com" % (eop, region)),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d;" % (RNG.randint(1000000, 9999999),
                                                                 RNG.randint(1000000, 9999999))),
    ]
    return h


LAST_IP = {}


def ses_ips(region="us-east-1"):
    n = RNG.randint(1, 60)
    if region == "us-west-2":
        r = "54.240.27.%d" % n, "a27-%d.smtp-out.us-west-2.amazonses.com" % n
    else:
        r = "54.240.8.%d" % n, "a8-%d.smtp-out.amazonses.com" % n
    LAST_IP[region] = r[0]
    return r


def amazon_auth(to, dt, provider="gmail", from_dom="amazon.com", region="us-east-1", dmarc_res="pass",
                **kw):
    """Trace + AR for a genuine SES-sent amazon.com mail."""
    ip, helo = ses_ips(region)
    mf = ses_bounce(dt)
    if provider == "gmail":
        ar = ar_text([("pass", from_dom), ("pass", "amazonses.com")], ("pass", mf, ip),
                     (dmarc_res, "QUARANTINE", from_dom), "google")
        return gmail_trace(to, dt, mf, ip, helo, ar)
    if provider == "o365":
        ar = ar_text([("pass", from_dom), ("pass", "amazonses.com")], ("pass", mf, ip),
                     (dmarc_res, "QUARANTINE", from_dom), "outlook")
        return o365_trace(to, dt, mf, ip, helo, ar)
    raise ValueError(provider)


def yahoojp_trace(to, dt, mailfrom, ip, helo, ar_value, mta=None):
    mta = mta or "mta%d.mail.kks.yahoo.co.jp" % RNG.randint(5001, 5040)
    inn = "mtain%d.mail.kks.yahoo.co.jp" % RNG.randint(5001, 5040)
    r = dt + _dt.timedelta(seconds=RNG.randint(1, 3))
    return [
        ("Received", "from %s (%s)\n  by %s with LMTP; %s" % (inn, inn, mta, rfcdate(r, JST) + " (JST)")),
        ("X-Apparently-To", "%s; %s" % (to, rfcdate(r, JST))),
        ("Return-Path", "<%s>" % mailfrom),
        ("Authentication-Results", "%s  %s" % (mta, ar_value)),
        ("Received", "from %s (EHLO %s) (%s)\n  by %s with SMTPS; %s" % (helo, helo, ip, inn, rfcdate(r, JST))),
    ]


def jpisp_trace(authserv, to, dt, mailfrom, ip, helo, ar_value, mx, store):
    r = dt + _dt.timedelta(seconds=RNG.randint(1, 5))
    qid = "".join(RNG.choice("0123456789ABCDEF") for _ in range(10))
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
            mx, store, rb64(22), mailfrom, to, rfcdate(r, JST))),
        ("Authentication-Results", "%s;\n\t%s" % (authserv, ar_value)),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (JST)" % (
            helo, helo, ip, mx, qid, to, rfcdate(r, JST))),
    ]


def amazon_auth_jp(to, dt, isp, from_dom="amazon.com", region="us-east-1"):
    ip, helo = ses_ips(region)
    mf = ses_bounce(dt)
    if isp == "yahoo":
        ar = ("from=%s; domainkeys=neutral (no sig); from=%s; dkim=pass (ok)" % (from_dom, from_dom))
        return yahoojp_trace(to, dt, mf, ip, helo, ar)
    servers = {
        "nifty": ("nifty.com", "mx%d.nifty.com" % RNG.randint(1, 9), "mbox%d.nifty.com" % RNG.randint(10, 40)),
        "biglobe": ("biglobe.ne.jp", "mx-in%02d.biglobe.ne.jp" % RNG.randint(1, 20), "mbox.biglobe.ne.jp"),
        "so-net": ("so-net.ne.jp", "mxs%02d.so-net.ne.jp" % RNG.randint(1, 12), "mfs%02d.so-net.ne.jp" % RNG.randint(1, 12)),
        "ocn": ("ocn.ad.jp", "mfgw%02d.ocn.ad.jp" % RNG.randint(1, 30), "mfsmax.ocn.ad.jp"),
    }
    authserv, mx, store = servers[isp]
    ar = ("spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n\tdkim=pass header.d=amazonses.com "
          "header.s=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s" % (
              mf, from_dom, AMZ_SEL, SES_SEL, from_dom))
    return jpisp_trace(authserv, to, dt, mf, ip, helo, ar, mx, store)


def other_auth(provider, to, dt, from_dom, mailfrom, ip, helo, dkims=None, spf_res="pass", dmarc_res="pass",
               policy="REJECT"):
    """Trace + AR for a non-SES sender. dkims: list of (result, domain)."""
    if dkims is None:
        dkims = [("pass", from_dom)]
    if provider in ("gmail", "o365"):
        style = "google" if provider == "gmail" else "outlook"
        ar = ar_text(dkims, (spf_res, mailfrom, ip), (dmarc_res, policy, from_dom) if dmarc_res else None, style)
        if provider == "o365" and not dmarc_res:
            ar += ";dmarc=none action=none header.from=%s;compauth=fail reason=001" % from_dom
        if provider == "gmail":
            return gmail_trace(to, dt, mailfrom, ip, helo, ar)
        return o365_trace(to, dt, mailfrom, ip, helo, ar)
    if provider == "yahoo":
        if dkims:
            d = "; ".join("from=%s; dkim=%s" % (from_dom, "pass (ok)" if r == "pass" else r) for r, _ in dkims)
        else:
            d = "from=%s; dkim=neutral (no sig)" % from_dom
        ar = "from=%s; domainkeys=neutral (no sig); %s" % (from_dom, d)
        return yahoojp_trace(to, dt, mailfrom, ip, helo, ar)
    servers = {
        "nifty": ("nifty.com", "mx%d.nifty.com" % RNG.randint(1, 9), "mbox%d.nifty.com" % RNG.randint(10, 40)),
        "biglobe": ("biglobe.ne.jp", "mx-in%02d.biglobe.ne.jp" % RNG.randint(1, 20), "mbox.biglobe.ne.jp"),
        "so-net": ("so-net.ne.jp", "mxs%02d.so-net.ne.jp" % RNG.randint(1, 12), "mfs%02d.so-net.ne.jp" % RNG.randint(1, 12)),
    }
    authserv, mx, store = servers[provider]
    parts = ["spf=%s smtp.mailfrom=%s" % (spf_res, mailfrom)]
    parts += ["dkim=%s header.d=%s" % (r, d) for r, d in dkims] or ["dkim=none"]
    if dmarc_res:
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (dmarc_res, policy.lower(), from_dom))
    return jpisp_trace(authserv, to, dt, mailfrom, ip, helo, ";\n\t".join(parts), mx, store)


def sendgrid_bits(dt, user, from_dom="credly.com"):
    n = RNG.randint(1000000, 9999999)
    ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
    helo = "o%d.ptr%d.%s" % (RNG.randint(1, 20), RNG.randint(1000, 9999), "em." + from_dom)
    local, dom = user.split("@")
    mf = "bounces+%d-%s-%s=%s@em.%s" % (n, rhex(4), local, dom, from_dom)
    mid = "<%s.%s@geopod-ismtpd-%d>" % (rb64(22).replace("+", "A").replace("/", "b"), RNG.randint(0, 9), RNG.randint(1, 40))
    return ip, helo, mf, mid


def sendgrid_dkim(dt, from_dom):
    return [("DKIM-Signature", dkim(from_dom, "s1", dt, "from:mime-version:subject:to:content-type:cc:x-feedback-id",
                                    "relaxed/relaxed")),
            ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", dt,
                                    "from:mime-version:subject:to:content-type:cc:x-feedback-id", "relaxed/relaxed"))]


def ses_tail(dt, region="us-east-1", fb=None):
    fb = fb or ("1.%s.GBz1Kn3F7R2cL8vB0mWqXoT5hJdS9aPyU4eNfCiZ6Mg" % region)
    ip = LAST_IP.get(region) or ses_ips(region)[0]
    return [("Feedback-ID", "::%s=:AmazonSES" % fb),
            ("X-SES-Outgoing", "%s-%s" % (dt.astimezone(UTC).strftime("%Y.%m.%d"), ip))]


def amazon_dkim(dt, from_dom="amazon.com", region="us-east-1"):
    return [("DKIM-Signature", dkim(from_dom, AMZ_SEL, dt)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL if region == "us-east-1" else SES_SEL_W2, dt,
                                    "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"))]


# ----------------------------------------------------------------- output
def write(fname, label, headers, body, linesep="\n"):
    """headers: list of (name, value) already folded with \n; body: email Message (MIME entity)."""
    assert fname not in LABELS, fname
    buf = io.BytesIO()
    body = body
    if body.get("MIME-Version") is None:
        # put MIME-Version first among entity headers
        items = body._headers[:]
        body._headers = [("MIME-Version", "1.0")] + items
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body, linesep="\n")
    ent = buf.getvalue()
    hb = []
    for name, value in headers:
        hb.append("%s: %s" % (name, value))
    head = "\n".join(hb) + "\n"
    data = head.encode("ascii") + ent
    if linesep == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = lab


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified,
            "language": lang}


def std_headers(frm, to, subject, dt, msgid, extra_before=(), extra_after=(), cc=None, subj_charset="utf-8"):
    h = list(extra_before)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc_subject(subject, subj_charset)), ("Date", rfcdate(dt, UTC) if isinstance(dt, _dt.datetime)
                                                            else dt),
          ("Message-ID", msgid)]
    h += list(extra_after)
    return h


AWS_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ======================================================================
# Thread A: 山田 美咲 (Gmail), form desk, 15-digit case, May 2025
# ======================================================================
A_USER = ("山田 美咲", "misaki.yamada.0521@gmail.com")
A_OPEN = jst(2025, 5, 26, 9, 14, 22)
A_CASE = case15(A_OPEN, 30871)
A_KEEP, A_OLD = "AWS04718263", "AWS91530642"

A_FORM_TEXT = """転職前の会社で作成した認定アカウントと、個人で作ったアカウントの2つがあります。
会社の方のアカウントで SAA を、個人の方で CLF を取得しています。
一つにまとめて、個人のメールアドレスの方を使い続けたいです。"""


def mail_001():
    dt = A_OPEN + _dt.timedelta(seconds=31)
    to = A_USER[1]
    plain = """山田 美咲 様

AWS トレーニングと認定 カスタマーサポートへご連絡いただき、誠にありがとうございます。

お客様からのお問い合わせは、下記のとおり当窓口に届いております。担当者が内容を拝見のうえ、原則として 24 時間以内に、本メールの送信先アドレス宛てにご連絡を差し上げます。

――――――――――――――――――――
お問い合わせ番号: {case}
お問い合わせの種類: Certification
詳細: Account Merge
AWS 候補者 ID: {keep}
お名前: 山田 美咲
ご連絡先: {mail}
ご入力内容:
{form}
――――――――――――――――――――

追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信ください。同じ内容で新たにお問い合わせを作成されますと、重複の確認のためにかえってお時間を頂戴する場合がございますので、ご了承ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
https://aws.amazon.com/jp/training/
""".format(case=A_CASE, keep=A_KEEP, mail=A_USER[1], form=A_FORM_TEXT)
    html_ = html_from_text(plain, "AWS トレーニングと認定",
                           footer="<hr><p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. "
                                  "410 Terry Avenue North, Seattle, WA 98109-5210</p>")
    body = alt(plain, html_, cte="base64", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "[CASE %s] %s" % (A_CASE, FORM_SUBJ), dt, ses_id(dt),
                     extra_after=[("Reply-To", AWS_FORM)] + ses_tail(dt))
    write("001-form-desk-first-notice.eml", L("case_created", A_CASE, [A_KEEP], True, "ja"), h, body)


def mail_002():
    dt = jst(2025, 5, 27, 10, 31, 8)
    to = A_USER[1]
    plain = """山田 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの木村でございます。

この度はお問い合わせいただき、誠にありがとうございます。
頂戴した候補者 ID ({keep}) のほかに、お客様がお持ちのもう一方のアカウントを特定するため、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. もう一方のアカウントへのサインインにご利用のメールアドレス
2. 各アカウントに登録されている通知先メールアドレス(サインイン用と異なる場合のみ)
3. 今後お使いになりたいアカウントはどちらか

本メールへのご返信でお送りいただけますと幸いです。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

木村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

-----Original Message-----
From: {mail}
Sent: 2025-05-26 00:14 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {keep}
{form}
""".format(keep=A_KEEP, mail=A_USER[1], form=A_FORM_TEXT)
    body = text_part(plain, "plain", "iso-2022-jp", "7bit")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("002-agent-asks-details.eml", L("support_reply", A_CASE, [A_KEEP], True, "ja"), h, body)


A_USER_REPLY1_DT = jst(2025, 5, 27, 21, 40, 12)
A_USER_REPLY1 = """木村様

ご連絡ありがとうございます。
1. misaki.yamada@kaede-sangyo.co.jp です(前職の会社のアドレスで、もう使えません)
2. どちらも同じです
3. 個人の方 ({keep}) を残したいです。

よろしくお願いいたします。
山田""".format(keep=A_KEEP)

A_003_NEW = """山田 美咲 様

お世話になっております。AWS トレーニングと認定サポートの木村です。
ご返信いただき、ありがとうございます。

いただいた情報をもとに確認いたしましたところ、下記 2 つのアカウントが見つかりました。

  ・{keep}(サインイン: {mail})
      … 今後もご利用いただくアカウント
  ・{old}(サインイン: misaki.yamada@kaede-sangyo.co.jp)
      … 記録を移したのち、ご利用いただけなくなるアカウント

{old} に記録されている認定資格、受験履歴および特典をすべて {keep} へ移し、以後は {keep} のみをお使いいただく形となります。

この作業は一度実施いたしますと元の状態に戻すことができません。上記の内容で差し支えないか、本メールへのご返信にてお知らせくださいませ。ご返信を確認できしだい、作業に取りかからせていただきます。

引き続きよろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services""".format(keep=A_KEEP, old=A_OLD, mail=A_USER[1])


def mail_003():
    dt = jst(2025, 5, 28, 11, 5, 44)
    to = A_USER[1]
    plain = A_003_NEW + "\n\n" + ja_attrib(A_USER_REPLY1_DT, *A_USER) + "\n" + quote(A_USER_REPLY1) + "\n"
    html_ = html_from_text(A_003_NEW, "RE:[CASE %s]" % A_CASE) .replace(
        "</div>\n</body>", "<div class=\"gmail_quote\"><div>%s</div><blockquote style=\"margin:0 0 0 .8ex;"
        "border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>\n</div>\n</body>" % (
            _html.escape(ja_attrib(A_USER_REPLY1_DT, *A_USER)), _html.escape(A_USER_REPLY1).replace("\n", "<br>")))
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("003-agent-lists-two-accounts.eml",
          L("merge_confirmation_requested", A_CASE, [A_KEEP, A_OLD], True, "ja"), h, body)


A_USER_REPLY2_DT = jst(2025, 5, 28, 20, 47, 3)
A_USER_REPLY2 = """The details are correct. Please proceed with the merge.
上記の内容で問題ありません。よろしくお願いします。

山田"""


def mail_004():
    dt = jst(2025, 5, 29, 9, 12, 30)
    to = A_USER[1]
    new = """山田 様

ご確認のご連絡をいただき、誠にありがとうございます。
それでは、ご了承いただいた内容にて、これより手続きを進めさせていただきます。

作業が済みましたら、改めて本件のメールにてご報告いたします。反映までに 1～3 営業日ほどお時間を頂戴する場合がございますので、今しばらくお待ちくださいますようお願い申し上げます。

木村
AWS トレーニングと認定 カスタマーサポート"""
    q1 = ja_attrib(A_USER_REPLY2_DT, *A_USER) + "\n" + quote(A_USER_REPLY2)
    inner = "2025年5月28日(水) 11:05 Amazon Web Services <%s>:\n" % AWS_FORM + quote(A_003_NEW)
    plain = new + "\n\n" + q1 + "\n>\n" + quote(inner) + "\n"
    body = text_part(plain, "plain", "iso-2022-jp", "base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("004-agent-after-user-ok.eml", L("support_reply", A_CASE, [], True, "ja"), h, body)


def mail_005():
    dt = jst(2025, 5, 30, 14, 20, 2)
    to = A_USER[1]
    plain = """山田 美咲 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの木村でございます。

ご依頼いただいておりました件につきまして、{old} に記録されていた認定資格および受験履歴は、すべて {keep} へ移し終えましたのでご報告いたします。{old} は本日をもってご利用いただけなくなっております。

今後は {keep}({mail})でサインインしていただき、以下をご確認いただけますでしょうか。
  ・認定資格の一覧に、AWS Certified Solutions Architect - Associate と AWS Certified Cloud Practitioner の両方が表示されていること
  ・特典ページに、次回受験 50% 割引の特典が表示されていること

なお、Credly のデジタルバッジにつきましては、反映までに数日ほどかかる場合がございます。1 週間ほど経ってもバッジが届かない場合は、本メールにご返信ください。

このたびはご不便をおかけいたしました。今後とも AWS トレーニングと認定をよろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
""".format(keep=A_KEEP, old=A_OLD, mail=A_USER[1])
    html_ = html_from_text(plain, "RE:[CASE %s]" % A_CASE)
    body = alt(plain, html_, cte="base64", hcte="base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("005-agent-records-moved.eml", L("merge_completed", A_CASE, [A_KEEP, A_OLD], True, "ja"), h, body)


def mail_006():
    dt = jst(2025, 5, 30, 14, 21, 40)
    to = A_USER[1]
    link = "https://support.aws.amazon.com/#/case/?displayId=%s&language=ja" % A_CASE
    html_ = """<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>AWS トレーニングと認定</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f;">
<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;">
<p>山田 美咲 様</p>
<p>お問い合わせ番号 <b>%s</b> につきまして、本日をもって対応を終了とさせていただきました。</p>
<p>今後のサービス向上のため、今回のサポートについてお客様のご意見をお聞かせください。所要時間は 1 分ほどです。</p>
<p style="font-weight:bold;">お問い合わせの内容は解決しましたか?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid=%s&amp;r=1&amp;lang=JA" style="display:inline-block;background:#ec7211;color:#ffffff;text-decoration:none;padding:10px 28px;border-radius:2px;">はい</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid=%s&amp;r=0&amp;lang=JA" style="display:inline-block;background:#ffffff;color:#16191f;border:1px solid #879596;text-decoration:none;padding:10px 28px;border-radius:2px;">いいえ</a></td>
</tr></table>
<p>追加のご質問がある場合は、<a href="%s">サポートセンター</a>から新しいお問い合わせを作成いただくか、本メールにご返信ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;">このメールは、お問い合わせいただいたお客様にお送りしています。<br>
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。<br>
&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>
</table></td></tr></table>
</body></html>
""" % (A_CASE, A_CASE, A_CASE, link)
    body = text_part(html_, "html", "utf-8", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "gmail") + amazon_dkim(dt)
    h += std_headers(frm, to, "[CASE %s] 今回のサポートはいかがでしたか?" % A_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("006-feedback-request.eml", L("survey", A_CASE, [], True, "ja"), h, body)


# ======================================================================
# Thread B: 鈴木 大輔 (corporate Microsoft 365), console case, March 2025
# ======================================================================
B_USER = ("鈴木 大輔", "d-suzuki@hokuto-sys.co.jp")
B_OPEN = jst(2025, 3, 10, 10, 3, 51)
B_CASE = case15(B_OPEN, 4417)
B_KEEP, B_OLD = "AWS30576129", "AWS68840217"
B_SUBJ = "認定アカウントの一本化のお願い"


def console_link(case, lang="ja"):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (case, lang)


CONSOLE_FOOT_JA = """このケースの詳細の確認やご返信は、以下のリンクからサポートセンターで行ってください。
{link}

*このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。*"""


def mail_007():
    dt = B_OPEN + _dt.timedelta(seconds=14)
    to = B_USER[1]
    plain = """こんにちは

Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせは、ケース {case} として記録されました。担当者が割り当てられるまで今しばらくお待ちください。

ケース ID: {case}
件名: {subj}
重要度: 一般的なガイダンス
サービス: トレーニングと認定 / アカウント
ケースの内容:
---
お世話になっております。
資格アカウントが2つ存在しています(AWS30576129 と AWS 68840217)。
前者に一本化していただくことは可能でしょうか。
---

""".format(case=B_CASE, subj=B_SUBJ) + CONSOLE_FOOT_JA.format(link=console_link(B_CASE)) + """

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    html_ = html_from_text(plain, "Amazon Web Services")
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % B_CASE, dt,
                     ses_id(dt, "us-west-2.amazonses.com"),
                     extra_after=ses_tail(dt, "us-west-2", "1.us-west-2.Qm8cV2rT9kLpW3xY7nB4hJ6dF0sA1zE5uG8iO2cK4vM"))
    write("007-console-case-recorded.eml", L("case_created", B_CASE, [B_KEEP, B_OLD], True, "ja"), h, body,
          linesep="\r\n")


def mail_008():
    dt = jst(2025, 3, 11, 9, 48, 27)
    to = B_USER[1]
    plain = """こんにちは

ケース {case}「{subj}」に、AWS サポートから新しいメッセージが届いています。

内容の確認とご返信は、サポートセンターのケースのページからお願いいたします。
{link}

*このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。*

Amazon Web Services
""".format(case=B_CASE, subj=B_SUBJ, link=console_link(B_CASE))
    body = text_part(plain, "plain", "utf-8", "base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "[Case %s] 新しいやり取りが追加されました" % B_CASE, dt,
                     ses_id(dt, "us-west-2.amazonses.com"), extra_after=ses_tail(dt, "us-west-2"))
    write("008-console-new-message-notice.eml", L("support_reply", B_CASE, [], True, "ja"), h, body,
          linesep="\r\n")


B_009_NEW = """鈴木 大輔 様

AWS サポートの林でございます。お問い合わせいただき、ありがとうございます。

お知らせいただいた 2 つの認定アカウントについて、登録情報を確認いたしました。ご希望に沿って、以下のとおり対応させていただく予定です。

  存続するアカウント: {keep}(d-suzuki@hokuto-sys.co.jp)
  閉鎖するアカウント: {old}(daisuke.suzuki.aws@gmail.com)

{old} に紐づく認定資格、試験の受験記録、特典はすべて {keep} に取りまとめ、{old} はその後閉鎖いたします。閉鎖後のアカウントは復元いたしかねますので、あらかじめご了承ください。

上記の内容でお間違いなければ、本ケースにて「上記内容で問題ありません」とご返信いただけますでしょうか。お返事を頂戴した時点で作業を開始いたします。

何卒よろしくお願いいたします。

林
Amazon Web Services"""


def mail_009():
    dt = jst(2025, 3, 11, 9, 48, 5)
    to = B_USER[1]
    plain = B_009_NEW.format(keep=B_KEEP, old=B_OLD) + "\n\n" + """この回答はお役に立ちましたか? 以下のリンクから評価をお願いいたします。
https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja&rating=

""".format(case=B_CASE) + CONSOLE_FOOT_JA.format(link=console_link(B_CASE)) + "\n"
    body = text_part(plain, "plain", "iso-2022-jp", "base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt, ses_id(dt, "us-west-2.amazonses.com"),
                     extra_after=ses_tail(dt, "us-west-2"), subj_charset="iso-2022-jp")
    write("009-console-agent-plan.eml", L("merge_confirmation_requested", B_CASE, [B_KEEP, B_OLD], True, "ja"),
          h, body, linesep="\r\n")


def mail_010():
    dt = jst(2025, 3, 13, 15, 2, 36)
    to = B_USER[1]
    plain = """鈴木 大輔 様

AWS サポートの林でございます。ご返信いただきありがとうございました。

先日ご了承いただいた作業が終わりましたので、ご報告いたします。{old} でお持ちだった認定資格と受験記録は、現在すべて {keep} に表示されております。今後は {keep} へのサインインのみで、すべての認定をご確認いただけます。

ご依頼の件はこれで対応済みとなりますので、本ケースは解決済みとさせていただきます。万一表示に不備がございましたら、本ケースを再度開いてお知らせください。

最後に、今回の対応についてご評価いただけますと幸いです。
https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja&rating=

林
Amazon Web Services

""".format(keep=B_KEEP, old=B_OLD, case=B_CASE) + CONSOLE_FOOT_JA.format(link=console_link(B_CASE)) + "\n"
    html_ = html_from_text(plain, "RE:[CASE %s]" % B_CASE)
    body = alt(plain, html_, cte="base64", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (B_CASE, B_SUBJ), dt, ses_id(dt, "us-west-2.amazonses.com"),
                     extra_after=ses_tail(dt, "us-west-2"))
    write("010-console-agent-done-and-resolved.eml",
          L("merge_completed", B_CASE, [B_KEEP, B_OLD], True, "ja"), h, body, linesep="\r\n")


def mail_011():
    dt = jst(2025, 3, 14, 15, 5, 9)
    to = B_USER[1]
    plain = """鈴木 大輔 様

先日は AWS サポートをご利用いただき、ありがとうございました。

ケース ID: {case}
件名: {subj}
状態: 解決済み

サポート品質の向上のため、今回のやり取りについて 5 段階でご評価いただけますでしょうか。

  ★★★★★ とても満足  {u}5
  ★★★★☆ 満足        {u}4
  ★★★☆☆ 普通        {u}3
  ★★☆☆☆ 不満        {u}2
  ★☆☆☆☆ とても不満  {u}1

いただいたご意見は、サポート担当者およびサービスの改善に活用させていただきます。

Amazon Web Services
""".format(case=B_CASE, subj=B_SUBJ,
           u="https://aws.amazon.com/support/csat?displayId=%s&lang=ja&score=" % B_CASE)
    html_ = html_from_text(plain, "AWS サポートに関するアンケート")
    body = alt(plain, html_, charset="utf-8", cte="8bit", hcte="base64")
    frm = addr("AWS Support", AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "AWS サポートのご利用に関するアンケートのお願い (ケース %s)" % B_CASE, dt,
                     ses_id(dt, "us-west-2.amazonses.com"), extra_after=ses_tail(dt, "us-west-2"))
    write("011-console-rating-request.eml", L("survey", B_CASE, [], True, "ja"), h, body, linesep="\r\n")


# ======================================================================
# Thread C: 高橋 翔 (Yahoo! JAPAN mail), form desk, 11-digit case, Nov 2022
# ======================================================================
C_USER = ("高橋 翔", "sho_takahashi@yahoo.co.jp")
C_CASE = "11094826371"
C_KEEP, C_OLD = "AWS20419385", "AWS73015826"


def mail_012():
    dt = jst(2022, 11, 7, 18, 22, 9)
    to = C_USER[1]
    plain = """高橋 翔 様

AWS トレーニングと認定へお問い合わせをいただき、ありがとうございます。
本メールは、お問い合わせフォームからの送信内容が当方に届いたことをお知らせするための自動配信メールです。

お問い合わせ番号：11094826371
カテゴリー：Certification / Account Merge
候補者ID：AWS-20419385

担当者が内容を確認のうえ、24時間以内を目安にご連絡いたします。
土日祝日をはさむ場合は、ご連絡が翌営業日以降となることがございます。

※追加でお知らせいただく内容がある場合は、件名を変更せずにこのメールへご返信ください。

--
AWS Training and Certification
Amazon Web Services
"""
    body = text_part(plain, "plain", "shift_jis", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "yahoo") + amazon_dkim(dt)
    h += std_headers(frm, to, "[CASE %s] お問い合わせ内容の送信のお知らせ" % C_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="iso-2022-jp")
    write("012-yahoo-form-autoreply.eml", L("case_created", C_CASE, [C_KEEP], True, "ja"), h, body)


C_013_NEW = """高橋 翔 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐々木と申します。

お送りいただいた内容を拝見し、お客様名義の認定アカウントが以下の２件であることを確認いたしました。

　① AWS-20419385（サインインID：sho_takahashi@yahoo.co.jp）
　② aws73015826（サインインID：s.takahashi@mitsuba-denki.co.jp）

ご希望のとおり、②の認定記録をすべて①へ移したうえで、②を無効化する形で進めたいと存じます。
無効化した②を後から復元することはできかねますので、何卒ご了承くださいませ。

つきましては、上記の内容でお間違いないか、ご確認のうえ本メールへご返信いただけますでしょうか。
ご返信を確認した後に、作業に着手いたします。

お手数をおかけいたしますが、よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
㈱ではなく個人名義のアカウントとして取り扱います。"""

C_USER_REPLY1 = """----- Original Message -----
From: "高橋 翔" <sho_takahashi@yahoo.co.jp>
To: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
Date: 2022/11/8 火 22:15
Subject: Re: [CASE 11094826371] お問い合わせ内容の送信のお知らせ

お世話になります。高橋です。
前の会社で作ったアカウントのサインインメールは s.takahashi@mitsuba-denki.co.jp です。
個人のほう(AWS20419385)を残したいです。
よろしくお願いします。"""


def mail_013():
    dt = jst(2022, 11, 9, 11, 40, 51)
    to = C_USER[1]
    plain = C_013_NEW + "\n\n" + C_USER_REPLY1 + "\n"
    # labelled Shift_JIS but written with CP932 extensions (circled digits, ㈱), as many mailers do
    body = text_part(plain, "plain", "cp932", "base64", label="Shift_JIS")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "yahoo") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] お問い合わせ内容の送信のお知らせ" % C_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="iso-2022-jp")
    write("013-yahoo-agent-two-accounts.eml",
          L("merge_confirmation_requested", C_CASE, [C_KEEP, C_OLD], True, "ja"), h, body)


def mail_014():
    dt = jst(2022, 11, 15, 10, 2, 17)
    to = C_USER[1]
    new = """高橋 翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

お問い合わせ番号：１１０９４８２６３７１ の件で、11月9日にお送りしたメールについて、その後いかがでしょうか。
お手数ですが、下記の内容でよろしいかどうか、本メールへのご返信にてお知らせいただけますと幸いです。

なお、11月22日(火)までにご返信をいただけない場合、本件はいったんお休みとさせていただきます。
その後に再開をご希望の場合も、本メールにご返信いただければ引き続き対応いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
    old = C_013_NEW.replace("①", "(1)").replace("②", "(2)").replace("㈱", "(株)")
    plain = new + "\n\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: 2022/11/09 02:40 UTC\n\n" % AWS_FORM \
        + quote(old) + "\n"
    body = text_part(plain, "plain", "shift_jis", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "yahoo") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] お問い合わせ内容の送信のお知らせ" % C_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="shift_jis")
    write("014-yahoo-agent-reminder.eml", L("support_reply", C_CASE, [], True, "ja"), h, body)


def mail_015():
    dt = jst(2022, 11, 17, 16, 31, 40)
    to = C_USER[1]
    new = """高橋様

佐々木です。ご返信ありがとうございました。

ご依頼の件、本日作業を終えました。
②のアカウントにあった認定の記録は、すべて①(AWS20419385)に移っています。
これからは AWS20419385 のアカウントだけをお使いください。②にはもうサインインできません。

認定の一覧やバッジの表示におかしな点があれば、このメールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
    user = """佐々木様

返信が遅くなりすみません。内容に間違いありません。
進めてください。

高橋"""
    plain = new + "\n\n----- Original Message -----\nFrom: \"高橋 翔\" <sho_takahashi@yahoo.co.jp>\nDate: 2022/11/16 水 23:58\n\n" + user + "\n"
    # labelled ISO-2022-JP but containing NEC special characters (circled digits)
    body = text_part(plain, "plain", "iso-2022-jp", "7bit", codec="cp932-as-jis")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "yahoo") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] お問い合わせ内容の送信のお知らせ" % C_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="iso-2022-jp")
    write("015-yahoo-agent-work-finished.eml", L("merge_completed", C_CASE, [C_KEEP], True, "ja"), h, body)


# ======================================================================
# Thread D: 伊藤 由紀 (@nifty), 10-digit case, Aug 2019
# ======================================================================
D_USER = ("伊藤 由紀", "yuki.ito@nifty.com")
D_CASE = "6304918257"
D_KEEP, D_OLD = "AWS00873461", "AWS01592837"


def mail_016():
    dt = jst(2019, 8, 20, 13, 7, 45)
    to = D_USER[1]
    plain = """伊藤 由紀 様

平素より AWS 認定プログラムをご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの松本でございます。

お申し出いただきました件につき、下記のとおり認定アカウントの一元化を行う予定でございます。

　【今後ご利用いただくアカウント】 {keep}
　【記録を移管し、無効となるアカウント】 {old}

移管の対象は、認定資格、試験結果、認定特典(模擬試験・受験割引等)でございます。
なお、本手続きは実施後に取り消すことができかねます。

恐れ入りますが、上記にて差し支えございませんでしたら、その旨を本メールへのご返信にてお知らせくださいますようお願い申し上げます。
ご返信を頂戴いたしましたのち、速やかに手続きを進めさせていただきます。

今後とも AWS 認定をよろしくお願い申し上げます。

松本
AWS Training and Certification Customer Service
""".format(keep=D_KEEP, old=D_OLD)
    body = text_part(plain, "plain", "iso-2022-jp", "7bit")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "nifty") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] AWS Certification - Account Merge Request" % D_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("016-nifty-agent-plan-2019.eml",
          L("merge_confirmation_requested", D_CASE, [D_KEEP, D_OLD], True, "ja"), h, body)


def mail_017():
    dt = jst(2019, 8, 23, 10, 55, 2)
    to = D_USER[1]
    new = """伊藤 由紀 様

AWS トレーニングと認定 カスタマーサービスの松本でございます。
ご返信をいただき、誠にありがとうございました。

ご依頼いただいた件につきまして、本日、手続きを終えましたのでお知らせいたします。
今後は AWS 00873461 にてサインインいただけますようお願い申し上げます。
旧アカウント(AWS-01592837)の認定資格・試験結果は、すべて上記アカウントに反映済みでございます。

ご不明な点がございましたら、お気軽にお問い合わせください。

松本
AWS Training and Certification Customer Service"""
    user = """松本様

ご連絡ありがとうございます。
ご提示いただいた内容で問題ございません。どうぞよろしくお願いいたします。

伊藤"""
    plain = new + "\n\n" + "2019年8月21日(水) 7:31 伊藤 由紀 <yuki.ito@nifty.com>:\n" + quote(user) + "\n"
    html_ = html_from_text(new, "RE:[CASE %s]" % D_CASE)
    body = alt(plain, html_, cte="base64", hcte="base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "nifty") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] AWS Certification - Account Merge Request" % D_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("017-nifty-agent-procedure-done.eml",
          L("merge_completed", D_CASE, [D_KEEP, D_OLD], True, "ja"), h, body)


# ======================================================================
# Thread E: Hiroshi Tanaka (outlook.jp), form desk, English agents, Nov 2024
# ======================================================================
E_USER = ("田中 宏", "hiro.tanaka88@outlook.jp")
E_OPEN = jst(2024, 11, 18, 8, 22, 10)
E_CASE = case15(E_OPEN, 61208)
E_KEEP, E_OLD = "AWS52290814", "AWS77014326"


def en_outlook_block(dt, name, email, to, subject, tz=JST):
    d = dt.astimezone(tz)
    h = d.hour % 12 or 12
    return "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
        name, email, d.strftime("%A"), d.strftime("%B"), d.day, d.year, h, d.minute,
        "AM" if d.hour < 12 else "PM", to, subject)


def mail_018():
    dt = jst(2024, 11, 19, 5, 12, 40)
    to = E_USER[1]
    plain = """Hello Hiroshi,

Greetings from AWS Training and Certification Support!

Thank you for reaching out to us. I have gone through your case and found that there are two certification accounts associated with your details: {keep} and {old}.

In order to proceed further, kindly confirm us which of the account you would like to keep as primary account going forward. Also please do provide the email address which you are using to login to each of the account.

Please revert back on this email at your earliest convenience so that we can take this forward.

Regards,
Sneha R.
AWS Training and Certification Support

-----Original Message-----
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: {keep}
Description: I have 2 certification accounts, one from my previous employer. I want to combine them into one. / 以前の会社のアカウントと個人のアカウントがあります。
""".format(keep=E_KEEP, old=E_OLD)
    body = text_part(plain, "plain", "utf-8", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "o365") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("018-outlookjp-agent-which-one.eml", L("support_reply", E_CASE, [E_KEEP, E_OLD], True, "en"), h, body)


E_USER_R1_DT = jst(2024, 11, 19, 21, 2, 11)
E_USER_R1 = """Hi Sneha,

Thank you for your reply.
I'd like to keep {keep}. Login emails are:
- {keep}: hiro.tanaka88@outlook.jp
- {old}: h.tanaka@sakura-net.co.jp (old company, I cannot receive mail there anymore)

Best regards,
Hiroshi Tanaka""".format(keep=E_KEEP, old=E_OLD)

E_019_NEW = """Hi Hiroshi,

Thanks for getting back to us with those details - that made it easy to find both profiles.

Before we go ahead, I want to make sure we've got this exactly right:

  * Account you keep:    {keep} (hiro.tanaka88@outlook.jp)
  * Account to retire:   {old} (h.tanaka@sakura-net.co.jp)

Everything on {old} - your Developer - Associate certification, your exam history and any unused benefits - will be brought across to {keep}, and {old} will then be closed. Please be aware this can't be reversed once it's done.

If that all looks right, just reply to this email to let me know and I'll get it started.

Best regards,
Daniel
Amazon Web Services""".format(keep=E_KEEP, old=E_OLD)


def mail_019():
    dt = jst(2024, 11, 20, 3, 40, 18)
    to = E_USER[1]
    plain = E_019_NEW + "\n\n________________________________\n" + en_outlook_block(
        E_USER_R1_DT, "田中 宏", E_USER[1], "Amazon Web Services <%s>" % AWS_FORM,
        "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)) + "\n\n" + E_USER_R1 + "\n"
    html_ = html_from_text(plain, "RE:[CASE %s]" % E_CASE, lang="en")
    body = alt(plain, html_, cte="quoted-printable", hcte="base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "o365") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("019-outlookjp-agent-before-we-go-ahead.eml",
          L("merge_confirmation_requested", E_CASE, [E_KEEP, E_OLD], True, "en"), h, body)


def mail_020():
    dt = jst(2024, 11, 21, 2, 15, 55)
    to = E_USER[1]
    user_dt = jst(2024, 11, 20, 19, 48, 30)
    new = """Hi Hiroshi,

Thank you for confirming. I've now handed this over to the team that carries these out.

It normally takes 2-3 business days. Once it has been actioned I'll write to you again on this case, so there's nothing else you need to do for now.

Best regards,
Daniel
Amazon Web Services"""
    user = "Hi Daniel,\n\nYes, that is all correct. Please go ahead.\n\nThanks,\nHiroshi"
    plain = new + "\n\n________________________________\n" + en_outlook_block(
        user_dt, "田中 宏", E_USER[1], "Amazon Web Services <%s>" % AWS_FORM,
        "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ)) + "\n\n" + user + "\n\n" + quote(E_019_NEW) + "\n"
    body = text_part(plain, "plain", "utf-8", "quoted-printable", fmt_flowed=False)
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "o365") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("020-outlookjp-agent-handed-over.eml", L("support_reply", E_CASE, [], True, "en"), h, body)


def mail_021():
    dt = jst(2024, 11, 25, 9, 3, 27)
    to = E_USER[1]
    plain = """Hi Hiroshi,

All set - everything that was on {old} now sits under {keep}. You can sign in with hiro.tanaka88@outlook.jp and you'll find both of your certifications listed there; the old login for {old} no longer works.

Your Credly badges should follow within a few days. If they haven't shown up by the end of next week, just reply here and we'll take a look.

Thanks for your patience while we sorted this out.

Best regards,
Daniel
Amazon Web Services
""".format(keep=E_KEEP, old=E_OLD)
    html_ = html_from_text(plain, "RE:[CASE %s]" % E_CASE, lang="en")
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "o365") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (E_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("021-outlookjp-agent-all-set.eml", L("merge_completed", E_CASE, [E_KEEP, E_OLD], True, "en"), h, body)


def mail_022():
    dt = jst(2024, 11, 25, 9, 4, 2)
    to = E_USER[1]
    u = "https://amazonwebservices.qualtrics.com/jfe/form/SV_3kEdFq1Wn9pXy4R?caseId=%s&resolved=" % E_CASE
    plain = """Hello,

We'd love to hear about your recent experience with AWS Training and Certification Support.

Case ID: {case}
Subject: account-assistance
Status: Resolved

Was your issue resolved?
  YES: {u}yes
  NO:  {u}no

Your feedback helps us improve. This short survey takes less than a minute.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""".format(case=E_CASE, u=u)
    html_ = html_from_text(plain, "How did we do?", lang="en")
    body = alt(plain, html_, cte="7bit", hcte="quoted-printable", charset="us-ascii")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth(to, dt, "o365") + amazon_dkim(dt)
    h += std_headers(frm, to, "How did we do? [CASE %s]" % E_CASE, dt, ses_id(dt), extra_after=ses_tail(dt))
    write("022-outlookjp-how-did-we-do.eml", L("survey", E_CASE, [], True, "en"), h, body)


# ======================================================================
# Thread F: 中村 健 (So-net), console case, machine-translated Japanese, Jan 2025
# ======================================================================
F_USER = ("中村 健", "ken-nakamura@ca2.so-net.ne.jp")
F_OPEN = jst(2025, 1, 20, 13, 5, 44)
F_CASE = case15(F_OPEN, 9)
F_KEEP, F_OLD = "AWS43308812", "AWS43380128"
F_SUBJ = "2つの認定アカウントを1つにしたい"

CONSOLE_FOOT_MT = """ケースの更新を確認したり、返信を送信したりするには、次のリンクを使用してサポートセンターにアクセスしてください:
{link}

*このメールアドレスは返信を受け入れることができません。*"""


def mail_023():
    dt = F_OPEN + _dt.timedelta(seconds=9)
    to = F_USER[1]
    plain = """こんにちは、

Amazon Web Services にご連絡いただきありがとうございます。あなたの問題に対処するために、ケース {case} が生成されました。

ケース ID: {case}
件名: {subj}
重大度: 一般的なガイダンス
通信:
認定アカウントが aws43308812 と aws43380128 の2つあります。古い方の資格を新しい方に移してほしいです。

""".format(case=F_CASE, subj=F_SUBJ) + CONSOLE_FOOT_MT.format(link=console_link(F_CASE)) + """

よろしく、
Amazon Web Services
"""
    body = text_part(plain, "plain", "utf-8", "base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "Amazon Web Services: あなたは新しいサポートケースを持っています: %s" % F_CASE, dt,
                     ses_id(dt), extra_after=ses_tail(dt))
    write("023-sonet-console-case-mt.eml", L("case_created", F_CASE, [F_KEEP, F_OLD], True, "ja"), h, body)


def mail_024():
    dt = jst(2025, 1, 21, 16, 40, 3)
    to = F_USER[1]
    plain = """こんにちは中村さん、

AWS サポートにご連絡いただきありがとうございます。私の名前はアルジュンです、そして今日はあなたを助けることになります。

私はあなたの要求をレビューしました、そしてそれを処理するために私たちの内部チームに上げました。チームは現在あなたの両方のアカウントを調査しています。私はアップデートがあるとすぐにあなたに戻ります。

あなたの忍耐に感謝します。

よろしく、
アルジュン K.
Amazon Web Services

この応答について評価してください: https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja

""".format(case=F_CASE) + CONSOLE_FOOT_MT.format(link=console_link(F_CASE)) + "\n"
    html_ = html_from_text(plain, "RE:[CASE %s]" % F_CASE)
    body = alt(plain, html_, cte="base64", hcte="base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("024-sonet-agent-escalated-mt.eml", L("support_reply", F_CASE, [], True, "ja"), h, body)


def mail_025():
    dt = jst(2025, 1, 23, 11, 18, 47)
    to = F_USER[1]
    plain = """こんにちは中村さん、

待っていてくれてありがとう。内部チームがあなたのアカウントを確認しました。私たちは次のことを行います:

ソースアカウント (閉鎖されます): {old}
ターゲットアカウント (保持されます): {keep}

ソースアカウントのすべての認定、試験履歴、および特典は、ターゲットアカウントに移動されます。このアクションは元に戻すことはできません。

私たちが続行してよいかどうか確認してください。確認するには、サポートセンターでこのケースに返信してください。あなたの確認を受け取るまで、私たちは何も変更しません。

よろしく、
アルジュン K.
Amazon Web Services

この応答について評価してください: https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja

""".format(case=F_CASE, keep=F_KEEP, old=F_OLD) + CONSOLE_FOOT_MT.format(link=console_link(F_CASE)) + "\n"
    body = text_part(plain, "plain", "utf-8", "quoted-printable")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("025-sonet-agent-source-target-mt.eml",
          L("merge_confirmation_requested", F_CASE, [F_KEEP, F_OLD], True, "ja"), h, body)


def mail_026():
    dt = jst(2025, 1, 27, 10, 2, 31)
    to = F_USER[1]
    plain = """こんにちは中村さん、

あなたの確認ありがとうございました。私はあなたに知らせることを嬉しく思います、あなたの2つのアカウントは今1つになりました。すべての認定は現在 {keep} の下で見ることができます。{old} はもう使用できません。

Credly のバッジが表示されるまで、最大で 72 時間かかる場合があります。

他に何か私たちが助けることができることがあれば、このケースを再開してください。

よろしく、
アルジュン K.
Amazon Web Services

""".format(keep=F_KEEP, old=F_OLD) + CONSOLE_FOOT_MT.format(link=console_link(F_CASE)) + "\n"
    body = text_part(plain, "plain", "utf-8", "base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (F_CASE, F_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("026-sonet-agent-now-one-mt.eml", L("merge_completed", F_CASE, [F_KEEP, F_OLD], True, "ja"), h, body)


def mail_027():
    dt = jst(2025, 1, 30, 10, 5, 12)
    to = F_USER[1]
    plain = """こんにちは、

あなたのケース {case} は解決済みとしてマークされました。

私たちはあなたのフィードバックを大切にします。私たちのサポートであなたの経験はどうでしたか?下のリンクをクリックして、1から5の評価を与えてください。

https://console.aws.amazon.com/support/feedback?displayId={case}&language=ja&source=email

3 日以内に返信がない場合、このケースは自動的に閉じられます。再び開くには、サポートセンターでケースに返信してください。

よろしく、
Amazon Web Services
""".format(case=F_CASE)
    html_ = html_from_text(plain, "フィードバック")
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "[Case %s] あなたのフィードバックは重要です" % F_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("027-sonet-feedback-mt.eml", L("survey", F_CASE, [], True, "ja"), h, body)


# ======================================================================
# Credly
# ======================================================================
CREDLY_FROM = "Amazon Web Services Training and Certification via Credly"
CREDLY_FOOT_EN = """Credly, Inc. | 1 Pearson Plaza, Hoboken, NJ | Credly is a Pearson company
You are receiving this email because a badge was issued to you through Credly.
Manage email preferences: https://www.credly.com/earner/settings/notifications"""


def credly_html(greeting, lines, button, link, lang="en", foot=CREDLY_FOOT_EN, badge_img=None):
    badge_img = badge_img or "https://images.credly.com/size/340x340/images/%s/image.png" % uuid.UUID(
        int=RNG.getrandbits(128))
    ps = "\n".join("<p style=\"margin:0 0 16px 0;\">%s</p>" % l for l in lines)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f5f5f5;"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333333;font-size:15px;line-height:22px;">
<tr><td style="padding:24px 32px;border-bottom:3px solid #ff6b00;"><img src="https://cdn.credly.com/assets/email/credly-logo.png" width="96" alt="Credly" /></td></tr>
<tr><td align="center" style="padding:32px 32px 8px 32px;"><img src="{img}" width="140" alt="badge" /></td></tr>
<tr><td style="padding:16px 32px;">
<p style="margin:0 0 16px 0;font-size:20px;font-weight:bold;">{greeting}</p>
{ps}
<table cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:#ff6b00;border-radius:4px;"><a href="{link}" style="display:inline-block;padding:12px 28px;color:#ffffff;text-decoration:none;font-weight:bold;">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#888888;line-height:18px;">{foot}</td></tr>
</table></td></tr></table>
</body></html>
""".format(lang=lang, img=badge_img, greeting=greeting, ps=ps, button=button, link=link,
           foot=_html.escape(foot).replace("\n", "<br />"))


def credly_mail(fname, lab, to, dt, provider, subject, greeting, lines, button, link, lang="en",
                frm_name=CREDLY_FROM, frm_addr="admin@credly.com", from_dom="credly.com", plain=None,
                foot=CREDLY_FOOT_EN, html_only=False, cte="quoted-printable", subj_charset="utf-8"):
    ip, helo, mf, mid = sendgrid_bits(dt, to, from_dom)
    h = other_auth(provider, to, dt, from_dom, mf, ip, helo,
                   [("pass", from_dom), ("pass", "sendgrid.info")]) + sendgrid_dkim(dt, from_dom)
    html_ = credly_html(greeting, lines, button, link, lang, foot)
    if html_only:
        body = text_part(html_, "html", "utf-8", cte)
    else:
        if plain is None:
            import re as _re
            plain = greeting + "\n\n" + "\n\n".join(_re.sub("<[^>]+>", "", l) for l in lines) + \
                "\n\n" + button + ": " + link + "\n\n" + foot + "\n"
        body = alt(plain, html_, cte=cte, hcte=cte)
    h += std_headers(addr(frm_name, frm_addr), to, subject, dt, mid, subj_charset=subj_charset,
                     extra_after=[("X-Feedback-ID", "%d:SG" % RNG.randint(1000000, 9999999)),
                                  ("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22))])
    write(fname, lab, h, body)


def mail_028():
    dt = jst(2025, 6, 2, 7, 41, 20)
    link = "https://www.credly.com/badges/%s/accept" % uuid.UUID(int=RNG.getrandbits(128))
    credly_mail("028-credly-badge-saa.eml", L("credly_badge_issued", None, [], True, "en"), A_USER[1], dt, "gmail",
                "Misaki, you've earned a badge from Amazon Web Services Training and Certification",
                "Congratulations, Misaki!",
                ["Amazon Web Services Training and Certification has issued you the "
                 "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.",
                 "Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your "
                 "website. Your badge also gives you access to the AWS Certified Global Community."],
                "Accept your badge", link)


def mail_029():
    dt = jst(2025, 3, 14, 2, 13, 55)
    link = "https://www.credly.com/badges/%s/accept?locale=ja" % uuid.UUID(int=RNG.getrandbits(128))
    foot = """Credly, Inc. | 1 Pearson Plaza, Hoboken, NJ | Credly は Pearson のグループ企業です
このメールは、Credly を通じてお客様にバッジが発行されたためお送りしています。
メール配信設定の変更: https://www.credly.com/earner/settings/notifications"""
    credly_mail("029-credly-badge-ja-sysops.eml", L("credly_badge_issued", None, [], True, "ja"), B_USER[1], dt,
                "o365", "鈴木さん、Amazon Web Services Training and Certification からデジタルバッジが届いています",
                "鈴木 大輔 さん、おめでとうございます!",
                ["Amazon Web Services Training and Certification から、"
                 "<b>AWS Certified SysOps Administrator &ndash; Associate</b> のデジタルバッジがあなた宛てに用意されました。",
                 "下のボタンから受け取ると、LinkedIn でのシェアやメール署名への追加ができるようになります。"],
                "バッジを受け取る", link, lang="ja", foot=foot, cte="base64")


def mail_030():
    dt = jst(2024, 11, 27, 0, 12, 8)
    link = "https://www.credly.com/earner/earned?accept=all&token=%s" % rhex(32)
    lines = ["Your AWS Certification accounts were recently combined, so Amazon Web Services Training and "
             "Certification has re-issued the following badges to <b>hiro.tanaka88@outlook.jp</b>:",
             "&bull; AWS Certified Developer &ndash; Associate<br />&bull; AWS Certified Cloud Practitioner",
             "Your badges are ready to accept. Once accepted they will appear on your Credly profile together "
             "with their original issue dates."]
    credly_mail("030-credly-badges-reissued-after-combine.eml", L("credly_badge_issued", None, [], True, "en"),
                E_USER[1], dt, "o365", "Hiroshi, 2 badges are waiting for you", "Hi Hiroshi,", lines,
                "Accept your badges", link)


def mail_031():
    dt = jst(2019, 8, 24, 3, 30, 12)
    to = D_USER[1]
    link = "https://www.youracclaim.com/badges/%s/accept" % uuid.UUID(int=RNG.getrandbits(128))
    foot = """Acclaim | Credly, Inc. | 33 Irving Place, New York, NY 10003
You received this email because a badge was issued to you through Acclaim."""
    ip, helo, mf, mid = sendgrid_bits(dt, to, "youracclaim.com")
    h = other_auth("nifty", to, dt, "youracclaim.com", mf, ip, helo,
                   [("pass", "youracclaim.com"), ("pass", "sendgrid.info")]) + sendgrid_dkim(dt, "youracclaim.com")
    html_ = credly_html("Congratulations, Yuki!", [
        "Amazon Web Services Training and Certification has issued you a new badge: "
        "<b>AWS Certified Solutions Architect - Professional</b>.",
        "Claim your badge to start sharing your achievement."], "Accept Badge", link, "en", foot)
    plain = ("Congratulations, Yuki!\n\nAmazon Web Services Training and Certification has issued you a new badge:"
             " AWS Certified Solutions Architect - Professional.\n\nClaim your badge to start sharing your "
             "achievement.\n\nAccept Badge: %s\n\n%s\n" % (link, foot))
    body = alt(plain, html_, cte="7bit", hcte="quoted-printable", charset="us-ascii", hcharset="utf-8")
    h += std_headers(addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
                     to, "Amazon Web Services Training and Certification has issued you a badge", dt, mid)
    write("031-acclaim-badge-2019.eml", L("credly_badge_issued", None, [], True, "en"), h, body)


def mail_032():
    """Look-alike: badges 're-issued after the account merge' from a non-Credly domain."""
    dt = jst(2025, 3, 15, 19, 2, 44)
    to = B_USER[1]
    ip, helo = "185.234.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mail.credly-jp.net"
    mf = "bounce@credly-jp.net"
    ar = ("spf=pass (sender IP is %s) smtp.mailfrom=credly-jp.net; dkim=none (message not signed) "
          "header.d=none;dmarc=none action=none header.from=credly-jp.net;compauth=fail reason=451" % ip)
    h = o365_trace(to, dt, mf, ip, helo, ar)
    plain = """鈴木 大輔 様

いつも Credly をご利用いただきありがとうございます。

AWS 認定アカウントの一本化に伴い、お客様のデジタルバッジ(2件)を新しいアカウントへ発行し直しました。
受け取りの手続きがお済みでないバッジは、48時間後に自動的に失効いたします。

下記のリンクから Credly にサインインし、バッジを受け取ってください。
http://credly-jp.net/badges/accept?uid=d-suzuki%40hokuto-sys.co.jp&t=8f2c1e

※本メールは送信専用です。

Credly サポートデスク
"""
    html_ = html_from_text(plain, "Credly").replace(
        "http://credly-jp.net/badges/accept?uid=d-suzuki%40hokuto-sys.co.jp&amp;t=8f2c1e",
        "<a href=\"http://credly-jp.net/badges/accept?uid=d-suzuki%40hokuto-sys.co.jp&amp;t=8f2c1e\">"
        "https://www.credly.com/badges/accept</a>")
    body = alt(plain, html_, charset="iso-2022-jp", cte="7bit", hcharset="utf-8", hcte="base64",
               hlabel="utf-8")
    h += std_headers(addr("Credly バッジ通知", "badge-notice@credly-jp.net"), to,
                     "【Credly】アカウント一本化に伴うバッジ再発行のお知らせ", dt,
                     "<%s@mail.credly-jp.net>" % rhex(24), subj_charset="iso-2022-jp",
                     extra_after=[("X-Mailer", "Microsoft Outlook 16.0")])
    write("032-badge-reissue-lookalike.eml", L("credly_badge_issued", None, [], False, "ja"), h, body)


def mail_033():
    dt = jst(2024, 12, 10, 1, 5, 40)
    link = "https://www.credly.com/badges/%s" % uuid.UUID(int=RNG.getrandbits(128))
    credly_mail("033-credly-expiry-reminder.eml", L("unrelated", None, [], True, "en"), E_USER[1], dt, "o365",
                "Your AWS Certified Cloud Practitioner badge expires in 90 days", "Hi Hiroshi,",
                ["Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and "
                 "Certification will expire on March 10, 2025.",
                 "To keep your badge active, visit the issuer's site to learn about recertification options."],
                "View badge", link)


def mail_034():
    dt = jst(2025, 6, 3, 22, 17, 31)
    link = "https://www.credly.com/users/merge/confirm?token=%s" % rhex(40)
    credly_mail("034-credly-own-account-merge-code.eml", L("unrelated", None, [], True, "en"), A_USER[1], dt,
                "gmail", "Your Credly account merge verification code", "Hi Misaki,",
                ["We received a request to merge the Credly account <b>misaki.yamada@kaede-sangyo.co.jp</b> into "
                 "your account <b>misaki.yamada.0521@gmail.com</b>.",
                 "Your verification code is: <b style=\"font-size:22px;letter-spacing:4px;\">482913</b>",
                 "This code expires in 30 minutes. If you did not request this, you can ignore this email - "
                 "no changes will be made."],
                "Complete Account Merge", link, frm_name="Credly", frm_addr="no-reply@credly.com")


def mail_035():
    dt = jst(2025, 1, 29, 4, 48, 10)
    link = "https://www.credly.com/badges/%s/accept?locale=ja" % uuid.UUID(int=RNG.getrandbits(128))
    foot = """Credly, Inc. | 1 Pearson Plaza, Hoboken, NJ
このメールは、Credly を通じてバッジが発行された方にお送りしています。"""
    credly_mail("035-credly-new-digital-credential-ja.eml", L("credly_badge_issued", None, [], True, "ja"),
                F_USER[1], dt, "so-net", "中村 健 さん、新しいデジタル認定証を受け取ることができます",
                "中村 健 さん",
                ["Amazon Web Services Training and Certification から、次の認定証があなたのメールアドレス "
                 "(ken-nakamura@ca2.so-net.ne.jp) 宛てに用意されました。",
                 "&bull; AWS Certified Data Engineer &ndash; Associate<br />&bull; AWS Certified Cloud Practitioner",
                 "受け取り後は、Credly のプロフィールで公開・共有できます。"],
                "認定証を受け取る", link, lang="ja", foot=foot, html_only=True, cte="base64")


# ======================================================================
# Unrelated mail in the same mailboxes
# ======================================================================
def mail_036():
    dt = jst(2025, 6, 5, 0, 30, 2)
    to = A_USER[1]
    ip, helo = "208.75.123.%d" % RNG.randint(2, 250), "mta%d.certmetrics.com" % RNG.randint(1, 9)
    mf = "bounce-%s@certmetrics.com" % rhex(12)
    h = other_auth("gmail", to, dt, "certmetrics.com", mf, ip, helo, [("pass", "certmetrics.com")],
                   policy="NONE")
    plain = """Dear Misaki Yamada,

AWS Certification wants to hear from you!

As a valued AWS Certified individual (Candidate ID: {keep}), you are invited to take part in a short survey about your certification experience, from registration through exam day.

The survey takes about 10 minutes. Your responses are confidential and will be used to improve the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=AWSCERT2025Q2&c={keep}

Thank you,
AWS Training and Certification

Please do not reply to this message. This mailbox is not monitored.
""".format(keep=A_KEEP)
    html_ = html_from_text(plain, "AWS Certification", lang="en")
    body = alt(plain, html_, cte="7bit", hcte="quoted-printable", charset="us-ascii")
    h += [("DKIM-Signature", dkim("certmetrics.com", "cm1", dt))]
    h += std_headers(addr("AWS Certification", "do-not-reply@certmetrics.com"), to,
                     "AWS Certification wants to hear from you", dt, "<%s@certmetrics.com>" % uuid.UUID(
                         int=RNG.getrandbits(128)))
    write("036-certmetrics-program-survey.eml", L("unrelated", None, [A_KEEP], False, "en"), h, body)


def mail_037():
    dt = jst(2025, 4, 8, 20, 11, 37)
    to = B_USER[1]
    ip, helo = "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mx%d.pearson.com" % RNG.randint(1, 6)
    mf = "bounce@pearson.com"
    h = other_auth("o365", to, dt, "pearson.com", mf, ip, helo, [("pass", "pearson.com")], policy="QUARANTINE")
    plain = """鈴木 大輔 様

Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
日時: 2025年5月17日(土) 13:30 JST
会場: ピアソン VUE 公認テストセンター 東京・新宿
登録ID: 482117093
AWS 受験者ID: AWS30576129

試験当日は、開始時刻の 30 分前までに会場へお越しください。有効な本人確認書類を 2 点お持ちください。
予約の変更・キャンセルは、試験開始の 24 時間前までに https://home.pearsonvue.com/aws から行ってください。

Pearson VUE
"""
    html_ = html_from_text(plain, "Pearson VUE 予約確認")
    body = alt(plain, html_, cte="base64", hcte="base64")
    h += [("DKIM-Signature", dkim("pearson.com", "selector1", dt))]
    h += std_headers(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to,
                     "Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional", dt,
                     "<%s.JavaMail.pvue@pvmail%02d>" % (RNG.randint(10**8, 10**9), RNG.randint(1, 20)))
    write("037-pearson-vue-booking-ja.eml", L("unrelated", None, ["AWS30576129"], False, "ja"), h, body,
          linesep="\r\n")


BILL_OPEN = jst(2025, 4, 2, 14, 26, 9)
BILL_CASE = case15(BILL_OPEN, 52091)


def mail_038():
    dt = jst(2025, 4, 3, 10, 44, 51)
    to = B_USER[1]
    plain = """鈴木 大輔 様

AWS サポートの岡田でございます。お問い合わせいただきありがとうございます。

複数の AWS アカウントのご請求を一つにまとめたいとのご要望について、ご案内いたします。
AWS Organizations をご利用いただくと、管理アカウントから既存のアカウントを組織に招待し、一括請求 (コンソリデーティッドビリング) としてご請求をまとめることができます。各アカウントのリソースやデータはそのまま維持され、アカウント自体が統合されるわけではございません。

手順の概要:
1. 管理アカウントで AWS Organizations を有効化する
2. [AWS アカウント] > [AWS アカウントを追加] から、既存アカウントへ招待を送信する
3. 招待されたアカウント側で招待を承諾する

詳しくは次のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/organizations/latest/userguide/orgs_manage_accounts_invites.html

ご不明な点がございましたら、本ケースにてお知らせください。

岡田
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(link=console_link(BILL_CASE)) + "\n"
    html_ = html_from_text(plain, "RE:[CASE %s]" % BILL_CASE)
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth(to, dt, "o365", region="us-west-2") + amazon_dkim(dt, region="us-west-2")
    h += std_headers(frm, to, "RE:[CASE %s] 複数アカウントの請求をまとめたい" % BILL_CASE, dt,
                     ses_id(dt, "us-west-2.amazonses.com"), extra_after=ses_tail(dt, "us-west-2"))
    write("038-console-billing-case-reply.eml", L("unrelated", BILL_CASE, [], True, "ja"), h, body,
          linesep="\r\n")


QUOTA_OPEN = jst(2025, 2, 12, 9, 31, 18)
QUOTA_CASE = case15(QUOTA_OPEN, 7730)


def mail_039():
    dt = QUOTA_OPEN + _dt.timedelta(seconds=21)
    to = F_USER[1]
    plain = """こんにちは

Amazon Web Services をご利用いただき、ありがとうございます。
お客様のお問い合わせは、ケース {case} として記録されました。

ケース ID: {case}
件名: サービスクォータの引き上げ: Amazon EC2 オンデマンドインスタンス
重要度: 一般的なガイダンス
ケースの内容:
リージョン: アジアパシフィック (東京)
クォータ名: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しいクォータ値: 256
ユースケース: 検証環境の拡張のため

""".format(case=QUOTA_CASE) + CONSOLE_FOOT_JA.format(link=console_link(QUOTA_CASE)) + """

Amazon Web Services
"""
    body = text_part(plain, "plain", "utf-8", "base64")
    frm = addr(AWS_NAME, AWS_NOREPLY)
    h = amazon_auth_jp(to, dt, "so-net") + amazon_dkim(dt)
    h += std_headers(frm, to, "Amazon Web Services: 新しいサポートケースをオープンしました: %s" % QUOTA_CASE, dt,
                     ses_id(dt), extra_after=ses_tail(dt))
    write("039-console-quota-case-opened.eml", L("unrelated", QUOTA_CASE, [], True, "ja"), h, body)


def mail_040():
    dt = jst(2025, 6, 10, 18, 5, 33)
    to = A_USER[1]
    ip, helo = "52.95.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "a52-95.smtp-out.amazon.co.jp"
    mf = "%s@bounces.amazon.co.jp" % rhex(16)
    h = other_auth("gmail", to, dt, "amazon.co.jp", mf, ip, helo, [("pass", "amazon.co.jp")],
                   policy="QUARANTINE")
    plain = """山田 美咲 様

Amazon出品サービスをご利用いただき、ありがとうございます。
セラーサポートの佐藤です。

出品用アカウントの統合についてお問い合わせいただきありがとうございます。
Amazon では、原則としてお一人の出品者様が複数の出品用アカウントをお持ちいただくことはできません。ご連絡いただいた 2 つの出品用アカウントのうち、今後ご利用にならない方のアカウントについては、在庫と未処理の注文をすべて完了させたうえで、閉鎖のお手続きをお願いいたします。

なお、出品用アカウント間で商品レビューや評価を移行することはできかねます。

ご不明な点がございましたら、セラーセントラルの「ケースログ」からご返信ください。

Amazon.co.jp セラーサポート
"""
    body = text_part(plain, "plain", "iso-2022-jp", "7bit")
    h += [("DKIM-Signature", dkim("amazon.co.jp", "rte02", dt))]
    h += std_headers(addr("Amazon Seller Central", "seller-notification@amazon.co.jp"), to,
                     "RE:[CASE 6120458813] 出品用アカウントの統合について", dt,
                     "<%s@email.amazon.co.jp>" % rhex(24), subj_charset="iso-2022-jp")
    write("040-seller-central-case.eml", L("unrelated", "6120458813", [], True, "ja"), h, body)


def mail_041():
    dt = jst(2025, 3, 12, 17, 25, 9)
    to = B_USER[1]
    ip, helo = "192.30.252.%d" % RNG.randint(200, 210), "out-%d.smtp.github.com" % RNG.randint(20, 30)
    mf = "noreply@github.com"
    h = other_auth("o365", to, dt, "github.com", mf, ip, helo, [("pass", "github.com")])
    plain = """Merged #128 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hokuto-sys/cert-tools/pull/128#event-16712345678
You are receiving this because you authored the thread.

Message ID: <hokuto-sys/cert-tools/pull/128/issue_event/16712345678@github.com>
"""
    html_ = ("<p></p>\n<p>Merged <a class=\"issue-link\" href=\"https://github.com/hokuto-sys/cert-tools/pull/128\">#128</a>"
             " into main.</p>\n\n<p style=\"font-size:small;color:#666;\">&mdash;<br />Reply to this email directly, "
             "<a href=\"https://github.com/hokuto-sys/cert-tools/pull/128#event-16712345678\">view it on GitHub</a>."
             "<br />You are receiving this because you authored the thread.</p>\n")
    body = alt(plain, html_, cte="7bit", hcte="7bit", charset="UTF-8")
    h += [("DKIM-Signature", dkim("github.com", "pf2023", dt))]
    h += std_headers(addr("Kenji Mori", "notifications@github.com"), to,
                     "Re: [hokuto-sys/cert-tools] 認定アカウント統合スクリプトの追加 (PR #128)", dt,
                     "<hokuto-sys/cert-tools/pull/128/issue_event/16712345678@github.com>",
                     extra_after=[("In-Reply-To", "<hokuto-sys/cert-tools/pull/128@github.com>"),
                                  ("References", "<hokuto-sys/cert-tools/pull/128@github.com>"),
                                  ("Reply-To", "hokuto-sys/cert-tools <reply+ABCDEF7G6HI5JKLMNOPQ@reply.github.com>"),
                                  ("List-ID", "hokuto-sys/cert-tools <cert-tools.hokuto-sys.github.com>"),
                                  ("X-GitHub-Reason", "author")])
    write("041-github-pr-merged.eml", L("unrelated", None, [], False, "en"), h, body)


def mail_042():
    dt = jst(2025, 5, 20, 11, 0, 4)
    to = A_USER[1]
    html_ = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#eaeded;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Noto Sans JP',Meiryo,sans-serif;">
<tr><td style="background:#232f3e;color:#fff;padding:28px 32px;font-size:22px;">AWS Summit Japan 2025<br><span style="font-size:14px;">6月25日(水)・26日(木) 幕張メッセ</span></td></tr>
<tr><td style="padding:24px 32px;font-size:14px;line-height:1.8;color:#16191f;">
<p>山田 美咲 様</p>
<p>日本最大の「AWS を学ぶイベント」、AWS Summit Japan の登録受付が始まりました。150 以上のセッション、AWS 認定者限定のラウンジ、認定資格の受験割引が当たる企画もご用意しています。</p>
<p><b>AWS 認定をお持ちの方へ</b><br>当日は AWS Certified ラウンジをご利用いただけます。受付で Credly のデジタルバッジをご提示ください。</p>
<p style="text-align:center;"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit25_jp&amp;sc_channel=em" style="background:#ec7211;color:#fff;padding:12px 32px;text-decoration:none;border-radius:4px;">今すぐ無料登録</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#687078;">このメールは、アマゾン ウェブ サービス ジャパン合同会社からお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
"""
    body = text_part(html_, "html", "utf-8", "base64")
    ip, helo = "54.240.%d.%d" % (RNG.randint(10, 60), RNG.randint(1, 250)), "a10-%d.smtp-out.amazonses.com" % RNG.randint(1, 99)
    mf = ses_bounce(dt)
    ar = ar_text([("pass", "amazon.com"), ("pass", "amazonses.com")], ("pass", mf, ip),
                 ("pass", "QUARANTINE", "amazon.com"), "google")
    h = gmail_trace(to, dt, mf, ip, helo, ar) + amazon_dkim(dt)
    h += std_headers(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to,
                     "【登録受付中】AWS Summit Japan 2025 ― 認定者ラウンジのご案内", dt, ses_id(dt),
                     extra_after=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>"
                                   % rb64(40))] + ses_tail(dt))
    write("042-aws-japan-summit-newsletter.eml", L("unrelated", None, [], True, "ja"), h, body)


def mail_043():
    dt = jst(2024, 9, 3, 3, 14, 55)
    to = C_USER[1]
    ip, helo = "45.142.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "vps-%d.hostkey.example" % RNG.randint(100, 999)
    mf = "info@aws-account-jp.com"
    h = other_auth("yahoo", to, dt, "aws-account-jp.com", mf, ip, helo, [])
    plain = """Amazon Web Services をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法で、請求の処理ができませんでした。
24 時間以内にお支払い情報を更新されない場合、アカウントおよびすべてのリソースが停止されます。

▼お支払い情報の更新はこちら
https://aws-account-jp.com/billing/update?id=7731

※本メールにお心当たりがない場合も、セキュリティのため必ずご確認ください。

Amazon Web Services 請求チーム
"""
    body = text_part(plain, "plain", "shift_jis", "base64")
    h += std_headers(addr("Amazon Web Services", "info@aws-account-jp.com", "iso-2022-jp"), to,
                     "【重要】AWS アカウントのお支払い方法を更新してください", dt,
                     "<%s@aws-account-jp.com>" % rhex(20), subj_charset="shift_jis",
                     extra_after=[("X-Mailer", "PHPMailer 6.8.0")])
    write("043-billing-phish-ja.eml", L("unrelated", None, [], False, "ja"), h, body)


def mail_044():
    dt = jst(2024, 10, 15, 9, 0, 12)
    to = D_USER[1]
    ip, helo = "210.149.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mo%d.hikari-sec.co.jp" % RNG.randint(1, 9)
    mf = "return@mail.hikari-sec.co.jp"
    h = other_auth("nifty", to, dt, "hikari-sec.co.jp", mf, ip, helo, [("pass", "hikari-sec.co.jp")],
                   policy="QUARANTINE")
    plain = """伊藤 由紀 様

いつもひかり証券をご利用いただき、誠にありがとうございます。

先日お申し込みいただきました、お客様名義の重複口座(名寄せ)の統合手続きが完了いたしましたので、お知らせいたします。

　統合後の口座番号：123-4567890
　統合元の口座番号：123-4589012(解約済み)

統合元の口座でお預かりしていた有価証券・預り金は、すべて統合後の口座へ移管されております。
今後は統合後の口座番号でログインしてください。

ひかり証券株式会社 カスタマーサポートセンター
0120-000-000(平日 8:30～17:00)
"""
    body = text_part(plain, "plain", "iso-2022-jp", "7bit")
    h += [("DKIM-Signature", dkim("hikari-sec.co.jp", "default", dt))]
    h += std_headers(addr("ひかり証券", "info@hikari-sec.co.jp", "iso-2022-jp"), to,
                     "【ひかり証券】口座統合のお手続き完了のお知らせ", dt, "<%s@mail.hikari-sec.co.jp>" % rhex(18),
                     subj_charset="iso-2022-jp")
    write("044-securities-account-consolidated.eml", L("unrelated", None, [], False, "ja"), h, body)


def mail_045():
    dt = jst(2025, 2, 4, 14, 9, 40)
    to = E_USER[1]
    ip, helo = "192.237.158.%d" % RNG.randint(100, 200), "mail-%d.mg.gitlab.com" % RNG.randint(100, 999)
    mf = "bounce+%s@mg.gitlab.com" % rhex(10)
    h = other_auth("o365", to, dt, "gitlab.com", mf, ip, helo, [("pass", "gitlab.com"), ("pass", "mg.gitlab.com")])
    plain = """Merge request !42 was merged

Project: sakura-infra / aws-accounts
Branch: feature/merge-accounts-module -> main
Author: Shota Ueda
Title: Merge accounts module into shared-vpc

-- 
Reply to this email directly or view it on GitLab: https://gitlab.com/sakura-infra/aws-accounts/-/merge_requests/42
You're receiving this email because of your account on gitlab.com.
"""
    html_ = html_from_text(plain, "Merge request !42 was merged", lang="en")
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    h += [("DKIM-Signature", dkim("gitlab.com", "mg", dt))]
    h += std_headers(addr("Shota Ueda", "gitlab@mg.gitlab.com"), to,
                     "Re: aws-accounts | Merge accounts module into shared-vpc (!42)", dt,
                     "<merge_request_%d@gitlab.com>" % RNG.randint(10**8, 10**9),
                     extra_after=[("X-GitLab-Project", "aws-accounts"), ("X-GitLab-MergeRequest-IID", "42"),
                                  ("X-GitLab-NotificationReason", "")])
    write("045-gitlab-mr-merged.eml", L("unrelated", None, [], False, "en"), h, body)


# ======================================================================
# Thread G: 小林 彩 (BIGLOBE), form desk, three accounts, July 2025
# ======================================================================
G_USER = ("小林 彩", "aya-kobayashi@kta.biglobe.ne.jp")
G_OPEN = jst(2025, 7, 14, 16, 42, 5)
G_CASE = case15(G_OPEN, 11536)
G_KEEP, G_OLD1, G_OLD2 = "AWS26619053", "AWS80047712", "AWS39152077"
G2_OPEN = jst(2025, 7, 17, 9, 10, 33)
G2_CASE = case15(G2_OPEN, 20458)


def tb_attrib(dt, name):
    d = dt.astimezone(JST)
    return "%04d/%02d/%02d %d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, name)


def mail_046():
    dt = jst(2025, 7, 15, 11, 26, 40)
    to = G_USER[1]
    plain = """小林 彩 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。
お問い合わせいただき、ありがとうございます。

ご依頼の件に関連して、一点確認させていただきたいことがございます。
お知らせいただいたアカウントのうち、{o2} にはお名前が「KOBAYASHI AYA」(ローマ字)で、ほかの 2 件には「小林 彩」(漢字)で登録されております。

認定証や Credly のバッジには、ご登録のお名前がそのまま表示されます。また、試験会場では本人確認書類のお名前と一致している必要がございます。
今後お使いになるお名前の表記として、どちらをご希望か、お知らせいただけますでしょうか。

お手数をおかけいたしますが、よろしくお願いいたします。

森
AWS トレーニングと認定 カスタマーサポート
""".format(o2=G_OLD2)
    body = text_part(plain, "plain", "iso-2022-jp", "base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("046-biglobe-agent-name-spelling.eml", L("support_reply", G_CASE, [G_OLD2], True, "ja"), h, body)


G_USER_R1_DT = jst(2025, 7, 15, 21, 3, 15)
G_USER_R1 = """森様

ご連絡ありがとうございます。
名前は漢字の「小林 彩」でお願いします。
念のため、3つのアカウントは {k}、{o1}、{o2} です。
残したいのは {k} です。

小林""".format(k=G_KEEP, o1=G_OLD1, o2=G_OLD2)


def mail_047():
    dt = jst(2025, 7, 30, 10, 14, 2)
    to = G_USER[1]
    plain = """小林 彩 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。

Credly のバッジの件、ご連絡ありがとうございます。
確認いたしましたところ、AWS Certified Cloud Practitioner のバッジのみ、以前のメールアドレス(aya.k@minato-print.co.jp)で作成された Credly アカウントに残っております。

Credly のアカウントは AWS の認定アカウントとは別に管理されているため、こちらは Credly のサイトにて、お客様ご自身で 2 つの Credly アカウントを一つにしていただく必要がございます。
Credly にサインイン後、[Settings] > [Account] から、もう一方のメールアドレスを追加してください。確認コードが届きますので、画面の案内に沿って進めていただければと存じます。

ご不明な点がございましたら、本メールにご返信ください。

森
AWS トレーニングと認定 カスタマーサポート
"""
    user = """森様

先日はありがとうございました。
Credly のバッジが 1 つだけ届いていません(クラウドプラクティショナー)。
AWS80047712 のほうで取ったものです。確認していただけますか。

小林"""
    block = ("差出人: 小林 彩 <%s>\n送信日時: 2025年7月29日 22:10\n宛先: Amazon Web Services <%s>\n"
             "件名: Re: RE:[CASE %s] %s" % (G_USER[1], AWS_FORM, G_CASE, FORM_SUBJ))
    html_ = html_from_text(plain, "RE:[CASE %s]" % G_CASE).replace(
        "</div>\n</body>", "<hr>\n<div>%s</div>\n<div>%s</div>\n</div>\n</body>" % (
            _html.escape(block).replace("\n", "<br>"), _html.escape(user).replace("\n", "<br>")))
    plain = plain + "\n________________________________\n" + block + "\n\n" + user + "\n"
    body = alt(plain, html_, cte="quoted-printable", hcte="base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("047-biglobe-agent-credly-side.eml", L("support_reply", G_CASE, [], True, "ja"), h, body)


def mail_048():
    dt = jst(2025, 7, 17, 13, 2, 55)
    to = G_USER[1]
    plain = """小林 彩 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
本日、新たにお問い合わせをいただき、ありがとうございます。

お送りいただいた内容を拝見しましたところ、7 月 14 日にいただいたお問い合わせ(ケース番号: {g1})と同じご依頼でございました。
そちらのケースにて、すでに担当者が対応を進めております。

大変お手数ですが、今後のご連絡は、ケース番号 {g1} のメールにご返信いただけますようお願いいたします。複数のケースに分かれますと、確認にお時間を要する場合がございます。

森
AWS トレーニングと認定 カスタマーサポート
""".format(g1=G_CASE)
    body = text_part(plain, "plain", "utf-8", "base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G2_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("048-biglobe-agent-same-request-elsewhere.eml", L("support_reply", G2_CASE, [], True, "ja"), h, body)


def mail_049():
    dt = jst(2025, 7, 18, 17, 45, 20)
    to = G_USER[1]
    new = """小林 彩 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。
お名前の表記について、ご回答いただきありがとうございました。

現在、担当部署にて 3 件のアカウントの記録を照合しております。
通常よりもお時間を頂戴しており、誠に申し訳ございません。来週前半には、改めてご案内を差し上げられる見込みでございます。

今しばらくお待ちいただけますと幸いです。

森
AWS トレーニングと認定 カスタマーサポート"""
    plain = new + "\n\n" + tb_attrib(G_USER_R1_DT, G_USER[0]) + "\n" + quote(G_USER_R1) + "\n"
    body = text_part(plain, "plain", "utf-8", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("049-biglobe-agent-still-checking.eml", L("support_reply", G_CASE, [], True, "ja"), h, body)


G_050_NEW = """小林 彩 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの森でございます。

3 件のアカウントの照合が終わりましたので、今後の進め方についてご確認をお願いいたします。

　■ 今後お使いいただくアカウント
　　{k}(aya-kobayashi@kta.biglobe.ne.jp)
　■ 記録を上記へ寄せたうえで、ご利用いただけなくなるアカウント
　　AWS 80047712(aya.k@minato-print.co.jp)
　　AWS-39152077(a.kobayashi.cert@gmail.com)

お名前の表記は、すべて「小林 彩」にそろえます。
この作業は、実施後に元へ戻すことができません。

上記の内容でよろしければ、本メールへのご返信にて「問題ない」旨をお知らせください。ご返信をいただくまで、作業には着手いたしません。

森
AWS トレーニングと認定 カスタマーサポート""".format(k=G_KEEP)


def mail_050():
    dt = jst(2025, 7, 22, 14, 8, 9)
    to = G_USER[1]
    inner = ("2025年7月18日 17:45 Amazon Web Services <%s>:\n" % AWS_FORM) + quote(
        "お名前の表記について、ご回答いただきありがとうございました。\n現在、担当部署にて 3 件のアカウントの記録を照合しております。") + \
        "\n>\n" + quote(tb_attrib(G_USER_R1_DT, G_USER[0]) + "\n" + quote(G_USER_R1))
    plain = G_050_NEW + "\n\n" + quote(inner) + "\n"
    body = text_part(plain, "plain", "utf-8", "8bit")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("050-biglobe-agent-three-accounts.eml",
          L("merge_confirmation_requested", G_CASE, [G_KEEP, G_OLD1, G_OLD2], True, "ja"), h, body)


def mail_051():
    dt = jst(2025, 7, 25, 11, 30, 45)
    to = G_USER[1]
    plain = """小林 彩 様

森です。お待たせしました。

ご確認いただいた内容のとおり、3 件のアカウントの記録はすべて {k} にまとまりました。
これからは {k}(aya-kobayashi@kta.biglobe.ne.jp)だけでサインインしてください。認定資格の一覧に、これまでの 3 つの認定がすべて表示されているはずです。

Credly のバッジは、数日のうちに新しいメールアドレス宛てに届きます。

ほかに気になる点があれば、このメールに返信してください。

森
AWS トレーニングと認定 カスタマーサポート
""".format(k=G_KEEP)
    html_ = html_from_text(plain, "RE:[CASE %s]" % G_CASE)
    body = alt(plain, html_, cte="base64", hcte="base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "RE:[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("051-biglobe-agent-all-in-one.eml", L("merge_completed", G_CASE, [G_KEEP], True, "ja"), h, body)


def mail_052():
    dt = G_OPEN + _dt.timedelta(seconds=26)
    to = G_USER[1]
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:14px;color:#232f3e;">
<div style="max-width:620px;margin:0 auto;border-top:4px solid #ff9900;padding:20px;">
<p>小林 彩 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
お寄せいただいたご相談は、担当チームに引き継がれました。内容を拝見したうえで、24 時間以内を目安に担当者からご連絡を差し上げます。</p>
<table style="border-collapse:collapse;font-size:13px;margin:16px 0;">
<tr><td style="border:1px solid #d5dbdb;padding:6px 12px;background:#f2f3f3;">ケース番号</td><td style="border:1px solid #d5dbdb;padding:6px 12px;">{case}</td></tr>
<tr><td style="border:1px solid #d5dbdb;padding:6px 12px;background:#f2f3f3;">お問い合わせの種類</td><td style="border:1px solid #d5dbdb;padding:6px 12px;">AWS Training and Certification &gt; Account Merge</td></tr>
<tr><td style="border:1px solid #d5dbdb;padding:6px 12px;background:#f2f3f3;">AWS 候補者 ID</td><td style="border:1px solid #d5dbdb;padding:6px 12px;">aws26619053</td></tr>
<tr><td style="border:1px solid #d5dbdb;padding:6px 12px;background:#f2f3f3;">ご相談内容</td><td style="border:1px solid #d5dbdb;padding:6px 12px;">以前の勤務先のアドレスで作ったアカウントなど、認定のアカウントが3つあります。1つにしたいです。</td></tr>
</table>
<p>同じご相談で新しくお問い合わせを作成される必要はございません。補足がございましたら、このメールにご返信ください。</p>
<p style="color:#545b64;font-size:12px;">AWS トレーニングと認定 カスタマーサポート<br>Amazon Web Services, Inc.</p>
</div></body></html>
""".format(case=G_CASE)
    body = text_part(html_, "html", "utf-8", "quoted-printable")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "[CASE %s] %s" % (G_CASE, FORM_SUBJ), dt, ses_id(dt), extra_after=ses_tail(dt))
    write("052-biglobe-form-handed-to-team.eml", L("case_created", G_CASE, [G_KEEP], True, "ja"), h, body)


def mail_059():
    dt = jst(2025, 7, 25, 11, 32, 10)
    to = G_USER[1]
    plain = """小林 彩 様

このたびは AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございました。
ケース番号 {case} のご対応は、これをもちまして終了とさせていただきます。

今後のサポート向上のため、アンケートへのご協力をお願いいたします(所要時間: 約 1 分)。

　Q. 今回のお問い合わせは解決しましたか?
　　はい  → https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid={case}&r=1&lang=JA
　　いいえ → https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid={case}&r=0&lang=JA

AWS トレーニングと認定 カスタマーサポート
""".format(case=G_CASE)
    body = text_part(plain, "plain", "shift_jis", "base64")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "biglobe") + amazon_dkim(dt)
    h += std_headers(frm, to, "【AWS トレーニングと認定】アンケートご協力のお願い [CASE %s]" % G_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="iso-2022-jp")
    write("059-biglobe-questionnaire.eml", L("survey", G_CASE, [], True, "ja"), h, body)


def mail_060():
    dt = jst(2025, 7, 27, 8, 3, 19)
    link = "https://www.credly.com/earner/earned?accept=all&locale=ja&token=%s" % rhex(32)
    foot = """Credly, Inc. | 1 Pearson Plaza, Hoboken, NJ | Credly は Pearson のグループ企業です
このメールは、Credly を通じてお客様にバッジが発行されたためお送りしています。"""
    credly_mail("060-credly-badges-moved-ja.eml", L("credly_badge_issued", None, [], True, "ja"), G_USER[1], dt,
                "biglobe", "小林 彩 さん、移されたバッジを受け取ってください", "小林 彩 さん",
                ["AWS 認定のアカウントが一つにまとめられたことに伴い、Amazon Web Services Training and Certification "
                 "から次のバッジが aya-kobayashi@kta.biglobe.ne.jp 宛てに発行されました。",
                 "&bull; AWS Certified Solutions Architect &ndash; Associate<br />&bull; AWS Certified Developer "
                 "&ndash; Associate",
                 "バッジは元の取得日のまま表示されます。下のボタンから受け取りを済ませてください。"],
                "バッジを受け取る", link, lang="ja", foot=foot, cte="base64")


# ======================================================================
# Thread H: iCloud user, English console acknowledgement
# ======================================================================
H_USER = ("Ryo Matsuda", "ryo.matsuda@icloud.com")
H_OPEN = jst(2025, 9, 8, 22, 15, 40)
H_CASE = case15(H_OPEN, 3302)


def icloud_trace(to, dt, mailfrom, ip, helo, from_dom="amazon.com"):
    r = dt + _dt.timedelta(seconds=2)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Original-recipient", "rfc822;%s" % to),
        ("Received", "from p%02d-icloudmta-asmtp-us-west-1a-%d-percent-%d (p%02d-icloudmta-asmtp-us-west-1a.icloud.com)\n"
         " by mr%d.icloud.com with LMTP; %s" % (RNG.randint(1, 99), RNG.randint(10, 90), RNG.randint(0, 9),
                                                RNG.randint(1, 99), RNG.randint(10, 99), rfcdate(r, UTC))),
        ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=%s" % from_dom),
        ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=%s header.i=@%s "
         "header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s"
         % (from_dom, from_dom, rb64(8), rb64(8))),
        ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted "
         "sender) smtp.mailfrom=%s" % (mailfrom.split("@")[-1], ip, mailfrom)),
        ("Received-SPF", "pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; "
         "client-ip=%s; helo=%s; envelope-from=%s" % (mailfrom.split("@")[-1], ip, ip, helo, mailfrom)),
        ("Received", "from %s (%s [%s])\n\tby p%02d-icloudmta-asmtp-us-west-1a.icloud.com (Postfix) with ESMTPS id %s\n"
         "\tfor <%s>; %s" % (helo, helo, ip, RNG.randint(1, 99), rhex(10).upper(), to, rfcdate(r, UTC))),
    ]


def mail_053():
    dt = H_OPEN + _dt.timedelta(seconds=12)
    to = H_USER[1]
    plain = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {case} to address your issue.

The details of your case are as follows:

Case ID: {case}
Subject: Merge two certification accounts (AWS61100458 / AWS61100485)
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS61100458 (current) and AWS61100485 (created by mistake when I booked my last exam). Please combine them and keep AWS61100458. Thank you. / 松田 遼

To see case updates or reply, please visit the Support Center at the link below:
{link}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.*

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""".format(case=H_CASE, link=console_link(H_CASE, "en"))
    html_ = html_from_text(plain, "Amazon Web Services", lang="en")
    body = alt(plain, html_, cte="quoted-printable", hcte="quoted-printable")
    ip, helo = ses_ips()
    mf = ses_bounce(dt)
    h = icloud_trace(to, dt, mf, ip, helo) + amazon_dkim(dt)
    h += std_headers(addr(AWS_NAME, AWS_NOREPLY), to,
                     "Amazon Web Services: You have opened a new Support case: %s" % H_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("053-icloud-console-case-en.eml",
          L("case_created", H_CASE, ["AWS61100458", "AWS61100485"], True, "en"), h, body)


# ======================================================================
# Look-alikes about the merge itself
# ======================================================================
def mail_054():
    dt = jst(2025, 5, 29, 0, 52, 10)
    to = A_USER[1]
    ip, helo = "103.151.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mail.aws-training-jp.com"
    mf = "bounce@aws-training-jp.com"
    h = other_auth("gmail", to, dt, "aws-training-jp.com", mf, ip, helo, [("pass", "aws-training-jp.com")],
                   policy="NONE")
    plain = """山田 美咲 様

AWS トレーニングと認定 事務局でございます。

お客様よりご依頼いただいた認定アカウントの統合について、作業の前に最終のご確認をお願いいたします。

　統合元アカウント: AWS91530642
　統合先アカウント: AWS04718263

統合を実行すると、元に戻すことはできません。
内容に相違がなければ、24 時間以内に下記のページから AWS アカウントでサインインし、「同意する」を選択してください。期限内にご確認いただけない場合、ご依頼は取り消されます。

　https://aws-training-jp.com/certification/merge/confirm?ref=MY0521

※本メールへの返信ではご確認を承ることができません。

AWS トレーニングと認定 事務局
"""
    html_ = html_from_text(plain, "AWS").replace(
        "https://aws-training-jp.com/certification/merge/confirm?ref=MY0521",
        "<a href=\"https://aws-training-jp.com/certification/merge/confirm?ref=MY0521\">"
        "https://www.aws.training/Certification/Merge</a>")
    body = alt(plain, html_, cte="base64", hcte="base64")
    h += [("DKIM-Signature", dkim("aws-training-jp.com", "default", dt))]
    h += std_headers(addr("AWS トレーニングと認定", "certification@aws-training-jp.com"), to,
                     "【要確認】認定アカウント統合の最終確認 (24時間以内)", dt,
                     "<%s@aws-training-jp.com>" % rhex(20))
    write("054-lookalike-final-check-before-merge.eml",
          L("merge_confirmation_requested", None, ["AWS04718263", "AWS91530642"], False, "ja"), h, body)


def mail_055():
    dt = jst(2025, 1, 31, 6, 21, 44)
    to = F_USER[1]
    ip, helo = "91.92.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "srv%d.vps-host.example" % RNG.randint(10, 99)
    mf = "no-reply-aws@amazon.com"
    real = jpisp_trace("so-net.ne.jp", to, dt, mf, ip, helo,
                       "spf=fail smtp.mailfrom=amazon.com;\n\tdkim=none;\n\t"
                       "dmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com",
                       "mxs%02d.so-net.ne.jp" % RNG.randint(1, 12), "mfs%02d.so-net.ne.jp" % RNG.randint(1, 12))
    forged = [("Authentication-Results", "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass "
               "smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com"),
              ("Received", "from smtp-out.amazon.com (smtp-out.amazon.com [54.240.8.1])\n\tby mx.amazon.com with ESMTP; %s"
               % rfcdate(dt - _dt.timedelta(seconds=30), UTC))]
    plain = """中村 健 様

Amazon Web Services をご利用いただき、ありがとうございます。

お客様の認定アカウント(AWS43308812)への統合が完了いたしました。
統合前のアカウントに付与されていた受験特典(50% 割引バウチャー)を引き継ぐには、48 時間以内に以下のページでご本人確認を行ってください。期限を過ぎますと、特典は失効いたします。

https://aws-certification-benefit.com/jp/verify?acct=AWS43308812

Amazon Web Services
"""
    body = text_part(plain, "plain", "iso-2022-jp", "7bit")
    h = real + forged
    h += std_headers(addr("Amazon Web Services", AWS_NOREPLY), to,
                     "認定アカウントの統合完了と特典引き継ぎのお知らせ", dt, "<%s@amazon.com>" % rhex(24),
                     subj_charset="iso-2022-jp", extra_after=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    write("055-spoofed-done-notice.eml", L("merge_completed", None, ["AWS43308812"], False, "ja"), h, body)


# ======================================================================
# Thread I: 渡辺 誠 (on-premises company mail server, no Authentication-Results), 2020
# ======================================================================
I_USER = ("渡辺 誠", "m-watanabe@kaneshiro-kensetsu.co.jp")
I_CASE = "7182049365"
I_KEEP, I_OLD = "AWS02266190", "AWS02813047"


def onprem_trace(to, dt, ip, helo):
    r = dt + _dt.timedelta(seconds=RNG.randint(2, 9))
    qid = rhex(10).upper()
    return [
        ("Return-Path", "<%s>" % ses_bounce(dt)),
        ("X-Original-To", to),
        ("Delivered-To", to),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.kaneshiro-kensetsu.co.jp (Postfix) with ESMTP id %s\n"
         "\tfor <%s>; %s (JST)" % (rhex(10).upper(), to, rfcdate(r, JST))),
        ("X-Virus-Scanned", "amavisd-new at kaneshiro-kensetsu.co.jp"),
        ("Received", "from mail.kaneshiro-kensetsu.co.jp ([127.0.0.1])\n\tby localhost (mail.kaneshiro-kensetsu.co.jp "
         "[127.0.0.1]) (amavisd-new, port 10024)\n\twith ESMTP id %s for <%s>;\n\t%s (JST)" % (
             rb64(12), to, rfcdate(r, JST))),
        ("Received", "from %s (%s [%s])\n\tby mail.kaneshiro-kensetsu.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s (JST)"
         % (helo, helo, ip, qid, to, rfcdate(dt + _dt.timedelta(seconds=1), JST))),
    ]


I_056_PLAIN = """渡辺 誠 様

このたびは AWS トレーニングと認定にご連絡をいただき、ありがとうございます。
いただいたお問い合わせには、以下の番号が割り当てられております。

　お問い合わせ番号: 7182049365
　候補者 ID: AWS02266190
　お問い合わせ内容: 社内で使っていた認定アカウント(AWS02813047)と、個人で作成したアカウントがあり、個人の方にそろえたい。

担当者より、通常 24 時間以内にご連絡いたします。お急ぎのところ恐れ入りますが、今しばらくお待ちください。

AWS Training and Certification"""


def mail_056():
    dt = jst(2020, 2, 3, 15, 48, 2)
    to = I_USER[1]
    ip, helo = ses_ips()
    body = text_part(I_056_PLAIN + "\n", "plain", "iso-2022-jp", "7bit")
    h = onprem_trace(to, dt, ip, helo) + amazon_dkim(dt)
    h += std_headers(addr(AWS_NAME, AWS_FORM), to, "[CASE %s] %s" % (I_CASE, FORM_SUBJ), dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("056-onprem-form-number-assigned.eml", L("case_created", I_CASE, [I_KEEP, I_OLD], None, "ja"), h, body,
          linesep="\r\n")


def mail_057():
    dt = jst(2020, 2, 5, 10, 12, 36)
    to = I_USER[1]
    new = """渡辺 誠 様

お世話になっております。AWS トレーニングと認定の石川でございます。

お問い合わせの件、確認いたしました。下記のとおり進めてよろしいでしょうか。

　・AWS02813047 に登録されている認定資格 (AWS Certified Cloud Practitioner) と試験の記録を、AWS02266190 に移します。
　・移した後、AWS02813047 にはサインインできなくなります。
　・いったん実施すると、元に戻すことはできません。

差し支えなければ、その旨を本メールにご返信ください。ご返信を確認したうえで作業いたします。

石川
AWS Training and Certification"""
    plain = new + "\n\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Monday, February 3, 2020 6:48 AM\nTo: %s\nSubject: [CASE %s] %s\n\n" % (
        AWS_FORM, I_USER[1], I_CASE, FORM_SUBJ) + I_056_PLAIN + "\n"
    body = text_part(plain, "plain", "iso-2022-jp", "quoted-printable")
    ip, helo = ses_ips()
    h = onprem_trace(to, dt, ip, helo) + amazon_dkim(dt)
    h += std_headers(addr(AWS_NAME, AWS_FORM), to, "RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ), dt, ses_id(dt),
                     extra_after=ses_tail(dt))
    write("057-onprem-agent-may-we-proceed.eml",
          L("merge_confirmation_requested", I_CASE, [I_KEEP, I_OLD], None, "ja"), h, body, linesep="\r\n")


def mail_058():
    dt = jst(2022, 11, 17, 16, 33, 2)
    to = C_USER[1]
    plain = """高橋 翔 様

AWS トレーニングと認定をご利用いただき、ありがとうございました。
お問い合わせ(番号：11094826371)への対応は、本日をもって終了いたしました。

今回のサポートについて、ご意見をお聞かせください。
お問い合わせは解決しましたか？

　はい　　https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid=11094826371&r=1&lang=JA
　いいえ　https://amazonwebservices.qualtrics.com/jfe/form/SV_9SyBv4KqX7f2Bsq?cid=11094826371&r=0&lang=JA

いただいたご意見は、今後のサービス改善に役立ててまいります。

AWS Training and Certification
"""
    html_ = html_from_text(plain, "アンケート")
    body = alt(plain, html_, charset="shift_jis", cte="quoted-printable", hcharset="utf-8", hcte="base64",
               hlabel="utf-8")
    frm = addr(AWS_NAME, AWS_FORM)
    h = amazon_auth_jp(to, dt, "yahoo") + amazon_dkim(dt)
    h += std_headers(frm, to, "ご意見をお聞かせください [CASE %s]" % C_CASE, dt, ses_id(dt),
                     extra_after=ses_tail(dt), subj_charset="iso-2022-jp")
    write("058-yahoo-opinion-request.eml", L("survey", C_CASE, [], True, "ja"), h, body)


# ======================================================================
MAILS = [mail_001, mail_002, mail_003, mail_004, mail_005, mail_006,
         mail_007, mail_008, mail_009, mail_010, mail_011,
         mail_012, mail_013, mail_014, mail_015, mail_016, mail_017,
         mail_018, mail_019, mail_020, mail_021, mail_022,
         mail_023, mail_024, mail_025, mail_026, mail_027,
         mail_028, mail_029, mail_030, mail_031, mail_032, mail_033, mail_034, mail_035,
         mail_036, mail_037, mail_038, mail_039, mail_040, mail_041, mail_042, mail_043, mail_044,
         mail_045, mail_046, mail_047, mail_048, mail_049, mail_050, mail_051, mail_052, mail_053, mail_054, mail_055, mail_056, mail_057, mail_058,
         mail_059, mail_060]


def main():
    for f in MAILS:
        f()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(LABELS, fp, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
