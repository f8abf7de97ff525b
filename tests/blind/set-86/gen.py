#!/usr/bin/env python3
"""Generator for blind set 86: realistic .eml files about AWS Certification account merges.

Bodies and MIME parts are built with the stdlib `email` package; the top-level transport
headers (Received, Authentication-Results, DKIM-Signature, ...) are written out by hand so
that their folding looks like the receiving provider's.
"""
import base64
import hashlib
import io
import json
import os
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(8686)
UTC = timezone.utc
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
CET = ZoneInfo("Europe/Berlin")

# --------------------------------------------------------------------------- helpers

def rb64(n):
    return base64.b64encode(RNG.randbytes(n)).decode()


def rhex(n):
    return RNG.randbytes(n).hex()


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def wrap(s, width, indent):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def fmt(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def fmt_gmail(d):
    # Gmail's own Received lines: "Tue, 27 May 2025 16:02:45 -0700 (PDT)"
    x = d.astimezone(PT)
    return format_datetime(x) + " (" + x.tzname() + ")"


def cid(opened, suffix):
    """15-digit case id: first ten digits are the unix time the case was opened."""
    return "%d%s" % (int(opened.timestamp()), suffix)


JWD = "月火水木金土日"


def jq_date(d):
    x = d.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d" % (x.year, x.month, x.day, JWD[x.weekday()], x.hour, x.minute)


def ew(s, charset="UTF-8", enc="B", n=None):
    """RFC 2047 encoded words, split into several words (folded) for long text.
    Each word holds whole characters and stays within 75 characters (or n chars of text)."""
    codec = {"UTF-8": "utf-8", "ISO-2022-JP": "iso-2022-jp", "SHIFT_JIS": "shift_jis"}[charset.upper()]

    def one(piece):
        b = piece.encode(codec)
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        out = []
        for ch in b:
            c = chr(ch)
            if c == " ":
                out.append("_")
            elif ch < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % ch)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    words, cur = [], ""
    for ch in s:
        cand = cur + ch
        if cur and (len(one(cand)) > 75 or (n and len(cand) > n)):
            words.append(one(cur))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(one(cur))
    return "\n ".join(words)


# ---------------------------------------------------------------- MIME body parts

def tp(text, subtype="plain", label="UTF-8", real=None, cte="quoted-printable"):
    """A text part. `label` is the declared charset, `real` the codec really used."""
    real = real or label
    raw = text.replace("\r\n", "\n").encode(real)
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label) if RNG.random() < 0.5 else "text/%s; charset=%s" % (subtype, label)
    if cte == "quoted-printable":
        import quopri
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def b_java():
    return "----=_Part_%d_%d.%d" % (RNG.randint(1000000, 9999999), RNG.randint(10000000, 99999999), RNG.randint(1700000000000, 1790000000000))


def b_gmail():
    return "000000000000" + rhex(7)[:14]


def b_sendgrid():
    return rhex(32)


# ---------------------------------------------------------------- senders

def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000" % (ms, uuid.UUID(bytes=RNG.randbytes(16)))


def sender_aws(addr, name, d, dkim_domain="amazon.com"):
    ip = RNG.choice(["54.240.8.%d", "54.240.48.%d", "54.240.9.%d", "54.240.11.%d"]) % RNG.randint(10, 120)
    octet = ip.split(".")
    helo = "a%s-%s.smtp-out.amazonses.com" % (octet[2], octet[3])
    mid = ses_msgid(d)
    return dict(kind="ses", addr=addr, name=name, ip=ip, helo=helo,
                mailfrom=mid + "@amazonses.com", mailfrom_dom="amazonses.com",
                dkims=[(dkim_domain, "rjt5mnvwxqzzcvyjfsw5ia4cyj4cjrne" if dkim_domain == "amazon.com" else ralnum(32)),
                       ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                from_dom=addr.split("@")[1], policy="QUARANTINE",
                msgid="<%s@email.amazonses.com>" % mid,
                extra=["Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43],
                       "X-SES-Outgoing: %s-%s" % (d.strftime("%Y.%m.%d"), ip)])


def sender_credly(addr, name, d, to):
    ip = "149.72.%d.%d" % (RNG.randint(100, 250), RNG.randint(1, 250))
    local = to.replace("@", "=")
    return dict(kind="credly", addr=addr, name=name, ip=ip,
                helo="o%d.ptr%d.email.credly.com" % (RNG.randint(1, 99), RNG.randint(1000, 9999)),
                mailfrom="bounces+%d-%s-%s@em6261.credly.com" % (RNG.randint(10000000, 39999999), rhex(2), local),
                mailfrom_dom="em6261.credly.com",
                dkims=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")],
                from_dom=addr.split("@")[1], policy="QUARANTINE",
                msgid="<%s@geopod-ismtpd-%d>" % (rb64(18).replace("/", "_").replace("+", "-"), RNG.randint(1, 40)),
                extra=["X-SG-EID: %s" % wrap(rb64(120), 76, " "),
                       "X-Entity-ID: %s" % rb64(18)])


def sender_generic(addr, name, d, helo, ip, mailfrom, dkim_dom, policy_="REJECT", msgid=None, extra=None):
    return dict(kind="generic", addr=addr, name=name, ip=ip, helo=helo, mailfrom=mailfrom,
                mailfrom_dom=mailfrom.split("@")[1], dkims=[(dkim_dom, ralnum(8))] if dkim_dom else [],
                from_dom=addr.split("@")[1], policy=policy_,
                msgid=msgid or "<%s@%s>" % (rhex(12), helo), extra=extra or [])


def dkim_sig(dom, sel, d, hlist):
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            "\ts=%s; d=%s; t=%d;\n"
            "\th=%s;\n"
            "\tbh=%s;\n"
            "\tb=%s") % (sel, dom, int(d.timestamp()), hlist, rb64(32),
                         wrap(rb64(256), 70, "\t"))


# ---------------------------------------------------------------- receiving providers

def ar_gmail(s, verdict):
    """Body of a Gmail Authentication-Results header."""
    lines = []
    if verdict == "pass":
        for dom, sel in s["dkims"]:
            lines.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(6)[:8]))
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (s["mailfrom"], s["ip"], s["mailfrom"]))
        lines.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (s["policy"], s["policy"], s["from_dom"]))
    elif verdict == "spoof":
        for dom, sel in s["dkims"]:
            lines.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(6)[:8]))
        lines.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (s["mailfrom"], s["ip"], s["mailfrom"]))
        lines.append("dmarc=fail (p=%s sp=%s dis=QUARANTINE) header.from=%s" % (s["policy"], s["policy"], s["from_dom"]))
    elif verdict == "lookalike":
        for dom, sel in s["dkims"]:
            lines.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, sel, rb64(6)[:8]))
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (s["mailfrom"], s["ip"], s["mailfrom"]))
        lines.append("dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % s["from_dom"])
    return "mx.google.com;\n       " + ";\n       ".join(lines)


def hdr_gmail(to, s, d, verdict="pass", forged=None):
    rdate = d + timedelta(seconds=RNG.randint(1, 4))
    ar = ar_gmail(s, verdict)
    spf = "pass" if verdict in ("pass", "lookalike") else "softfail"
    spf_txt = ("domain of %s designates %s as permitted sender" % (s["mailfrom"], s["ip"])) if spf == "pass" else \
        ("domain of transitioning %s does not designate %s as permitted sender" % (s["mailfrom"], s["ip"]))
    h = [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            rhex(2), rhex(2)[:3], rhex(2)[:3], rhex(2), rhex(2), ralnum(6), fmt_gmail(rdate)),
        "X-Google-Smtp-Source: %s" % rb64(70)[:92],
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            rhex(2), rhex(2), rhex(2)[:3], rhex(2), ralnum(18), rhex(10), RNG.randint(1, 9), int(rdate.timestamp()), fmt_gmail(rdate)),
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(rdate.timestamp()), wrap(rb64(256), 70, "         ")),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n"
        "        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), wrap(rb64(256), 70, "         ")),
        "ARC-Authentication-Results: i=1; " + ar,
        "Return-Path: <%s>" % s["mailfrom"],
        "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n"
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            s["helo"], s["helo"], s["ip"], ralnum(20), RNG.randint(1, 99), RNG.randint(2025, 2026), RNG.randint(1, 99), to, fmt_gmail(rdate)),
        "Received-SPF: %s (google.com: %s) client-ip=%s;" % (spf, spf_txt, s["ip"]),
        "Authentication-Results: " + ar,
    ]
    if forged:
        h += forged
    return h


def ar_ms(s, verdict):
    if verdict == "pass":
        d0 = s["dkims"][0][0] if s["dkims"] else "none"
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100") % (
                    s["ip"], s["mailfrom_dom"], d0, s["from_dom"])
    if verdict == "internal":
        return ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=%s;" % s["from_dom"])
    raise ValueError(verdict)


def hdr_ms(to, s, d, verdict="pass", consumer=False):
    r = d + timedelta(seconds=RNG.randint(1, 3))
    if consumer:
        mbx = "SA1P%s.namprd%02d.prod.outlook.com" % (ralnum(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), RNG.randint(2, 19))
        edge = "SN1PEPF%s.namprd%02d.prod.outlook.com" % (ralnum(8, "0123456789ABCDEF"), RNG.randint(2, 19))
        fe = "BN%dNAM%02dFT%03d.eop-nam%02d.prod.protection.outlook.com" % (RNG.randint(1, 9), RNG.randint(10, 12), RNG.randint(1, 99), RNG.randint(10, 12))
        fe_short = "BN%dNAM%02dFT%03d.mail.protection.outlook.com" % (RNG.randint(1, 9), RNG.randint(10, 12), RNG.randint(1, 99))
        v6 = "2603:10b6:%x:%x::%x" % (RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f))
    else:
        mbx = "TYCPR01MB%d.jpnprd01.prod.outlook.com" % RNG.randint(1000, 12999) if to.endswith(".jp") else "PH0PR%02dMB%d.namprd%02d.prod.outlook.com" % (RNG.randint(10, 19), RNG.randint(1000, 9999), RNG.randint(2, 19))
        edge = "TY%dPEPF0000%s.apcprd%02d.prod.outlook.com" % (RNG.randint(1, 3), ralnum(4, "0123456789ABCDEF"), RNG.randint(1, 6)) if to.endswith(".jp") else "CH%dPEPF0000%s.namprd%02d.prod.outlook.com" % (RNG.randint(1, 3), ralnum(4, "0123456789ABCDEF"), RNG.randint(2, 19))
        fe = edge
        fe_short = edge.split(".")[0] + ".mail.protection.outlook.com"
        v6 = "2603:1096:%x:%x::%x" % (RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0x3ff), RNG.randint(1, 0x1f))
    ts = fmt(r)
    h = [
        "Received: from %s (%s)\n by %s with HTTPS; %s" % (mbx, v6, mbx, ts),
        "Received: from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (
            edge, v6, mbx, v6, RNG.randint(9000, 9400), RNG.randint(1, 30), ts),
    ]
    if verdict == "internal":
        h += [
            "Authentication-Results: " + ar_ms(s, verdict),
        ]
    else:
        h += [
            "Received: from %s\n (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                fe, v6.replace("::", ":cafe::"), edge, v6, RNG.randint(9000, 9400), RNG.randint(1, 30), ts),
            "Authentication-Results: " + ar_ms(s, verdict),
            "Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
                s["mailfrom_dom"], s["ip"], s["ip"], s["helo"]),
            "Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s" % (
                s["helo"], s["ip"], fe_short, RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(9000, 9400), RNG.randint(1, 30), ts),
        ]
    h += [
        "X-MS-Exchange-Organization-ExpirationStartTime: %s" % r.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % RNG.randint(0, 9999),
        "X-MS-Exchange-Organization-Network-Message-Id:\n %s" % uuid.UUID(bytes=RNG.randbytes(16)),
        "X-MS-Exchange-Organization-AuthSource:\n %s" % edge,
        "X-MS-Exchange-Organization-AuthAs: %s" % ("Internal" if verdict == "internal" else "Anonymous"),
        "X-MS-Exchange-Organization-SCL: %d" % (-1 if verdict == "internal" else 1),
    ]
    return h


def hdr_jp(provider, to, s, d, verdict="pass"):
    r = d + timedelta(seconds=RNG.randint(1, 5))
    if provider == "biglobe":
        filt = "mfilter%02d.biglobe.ne.jp" % RNG.randint(1, 9)
        mbox = "mbox%02d.biglobe.ne.jp" % RNG.randint(1, 20)
        authserv = "biglobe.ne.jp"
    else:
        filt = "mta-a%d.nifty.com" % RNG.randint(1, 8)
        mbox = "mbox%d.nifty.com" % RNG.randint(10, 40)
        authserv = "mx.nifty.com"
    qid = ralnum(14, "ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    lines = ["spf=pass smtp.mailfrom=%s" % s["mailfrom"]]
    for dom, sel in s["dkims"]:
        lines.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (dom, sel, rb64(6)[:8]))
    lines.append("dmarc=pass (p=%s dis=none) header.from=%s" % (s["policy"].lower(), s["from_dom"]))
    return [
        "Return-Path: <%s>" % s["mailfrom"],
        "Received: from %s (%s [127.0.0.1])\n\tby %s (Postfix) with LMTP id %s\n\tfor <%s>; %s (JST)" % (
            filt, filt, mbox, ralnum(10), to, fmt(r + timedelta(seconds=1), JST)),
        "Authentication-Results: %s;\n\t%s" % (authserv, ";\n\t".join(lines)),
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (JST)" % (
            s["helo"], s["helo"], s["ip"], filt, qid, to, fmt(r, JST)),
    ]


def hdr_noar(to, s, d):
    r = d + timedelta(seconds=RNG.randint(2, 9))
    return [
        "Return-Path: <%s>" % s["mailfrom"],
        "Received: from mx02.tsubame-denki.co.jp (mx02.tsubame-denki.co.jp [10.20.4.12])\n\tby mail.tsubame-denki.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s (JST)" % (
            ralnum(10, "0123456789ABCDEF"), to, fmt(r + timedelta(seconds=2), JST)),
        "Received: from %s (%s [%s])\n\tby mx02.tsubame-denki.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (JST)" % (
            s["helo"], s["helo"], s["ip"], ralnum(10, "0123456789ABCDEF"), to, fmt(r, JST)),
        "X-Virus-Scanned: amavisd-new at tsubame-denki.co.jp",
    ]


# ---------------------------------------------------------------- assembly

def build(fname, *, recv, s, d, to_hdr, subject, body, extra_top=None, in_reply_to=None,
          references=None, from_hdr=None, reply_to=None, sign=True, date_tz=UTC, extra_own=None):
    hs = list(recv)
    if extra_top:
        hs += extra_top
    own = []
    if sign:
        for dom, sel in s["dkims"]:
            own.append(dkim_sig(dom, sel, d, "From:Reply-To:To:Subject:MIME-Version:Content-Type:\n\tMessage-ID:Date:Feedback-ID" if s["kind"] == "ses" else "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"))
    own.append("Date: %s" % fmt(d, date_tz))
    own.append("From: %s" % (from_hdr or ('"%s" <%s>' % (s["name"], s["addr"]))))
    if reply_to:
        own.append("Reply-To: %s" % reply_to)
    own.append("To: %s" % to_hdr)
    own.append("Message-ID: %s" % s["msgid"])
    if in_reply_to:
        own.append("In-Reply-To: %s" % in_reply_to)
    if references:
        own.append("References: %s" % references)
    own.append("Subject: %s" % subject)
    own += s.get("extra", [])
    if extra_own:
        own += extra_own
    hs += own
    body["MIME-Version"] = "1.0"
    # move MIME-Version to the front of the body's own headers
    mv = [(k, v) for k, v in body._headers if k == "MIME-Version"]
    body._headers = mv + [(k, v) for k, v in body._headers if k != "MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                   policy=policy.compat32.clone(linesep="\r\n")).flatten(body)
    head = "\r\n".join(hs).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    data = head.encode("ascii") + buf.getvalue()
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)


# =========================================================================== people & cases
MAILS = []


def add(slug, kind, lang, case, ids, sv, make):
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, case=case, ids=sorted(set(ids)), sv=sv, make=make))


FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSN = "Amazon Web Services"

# A  佐藤 遥 (gmail, console, ja)
A_TO = "haruka.sato.cloud@gmail.com"
A_OPEN = dt(2025, 5, 27, 23, 2, 41)
A_CASE = cid(A_OPEN, "30271")
A_KEEP, A_OLD = "AWS04417729", "AWS09051386"
A_BILL_OPEN = dt(2025, 8, 19, 1, 10, 5)
A_BILL = cid(A_BILL_OPEN, "07152")

# B  Daniel Okafor (O365, form desk, en)
B_TO = "daniel.okafor@brightwater-analytics.com"
B_OPEN = dt(2025, 9, 15, 14, 20, 12)
B_CASE = cid(B_OPEN, "00377")
B_KEEP, B_OLD = "AWS11820457", "AWS07263914"

# C  田中 健太 (biglobe, form desk, ja)
C_TO = "k-tanaka@kba.biglobe.ne.jp"
C_OPEN = dt(2025, 11, 4, 1, 10, 33)
C_CASE = cid(C_OPEN, "61840")
C_KEEP, C_O1, C_O2 = "AWS02938475", "AWS13570824", "AWS06002231"

# D  Priya Raman (outlook.com, console, en)
D_TO = "priya.raman@outlook.com"
D_OPEN = dt(2026, 1, 12, 9, 45, 7)
D_CASE = cid(D_OPEN, "41209")
D_KEEP, D_OLD = "AWS08812345", "AWS03300719"

# E  鈴木 美咲 (nifty, form desk, ja)
E_TO = "misaki.suzuki@nifty.com"
E_OPEN = dt(2025, 7, 22, 5, 30, 19)
E_CASE = cid(E_OPEN, "88502")
E_KEEP, E_OLD = "AWS05577102", "AWS10293847"

# F  Lukas Brenner (gmail, form desk, en)
F_TO = "lukas.brenner.dev@gmail.com"
F_OPEN = dt(2025, 4, 8, 16, 5, 44)
F_CASE = cid(F_OPEN, "12093")
F_KEEP, F_OLD, F_TYPO = "AWS12034586", "AWS04461207", "AWS04461270"

# G  山本 翔 (O365 corporate, console, ja)
G_TO = "sho.yamamoto@kaname-systems.co.jp"
G_OPEN = dt(2025, 10, 20, 0, 40, 2)
G_CASE = cid(G_OPEN, "52916")
G_OPEN2 = dt(2025, 10, 21, 23, 55, 30)
G_CASE2 = cid(G_OPEN2, "03448")
G_KEEP, G_OLD = "AWS07015538", "AWS11408263"

# H  Marco Rossi (gmail, console, en)
H_TO = "marco.rossi.it@gmail.com"
H_OPEN = dt(2026, 2, 3, 19, 12, 55)
H_CASE = cid(H_OPEN, "77320")
H_KEEP, H_OLD = "AWS06671234", "AWS05512398"

# J  Tomás Herrera (gmail, form desk, en)
J_TO = "tomas.herrera.mx@gmail.com"
J_OPEN = dt(2025, 11, 27, 13, 48, 20)
J_CASE = cid(J_OPEN, "29905")
J_OPEN2 = dt(2025, 12, 9, 20, 3, 11)
J_CASE2 = cid(J_OPEN2, "51763")
J_KEEP, J_OLD, J_THIRD = "AWS09934410", "AWS02215876", "AWS05093318"

# K  中村 直樹 (corporate server without Authentication-Results, form desk, ja)
K_TO = "n.nakamura@tsubame-denki.co.jp"
K_OPEN = dt(2025, 12, 1, 0, 30, 45)
K_CASE = cid(K_OPEN, "18624")
K_KEEP, K_OLD = "AWS07788990", "AWS03344556"

# L  小林 由衣 (gmail, form desk, ja)
L_TO = "yui.kobayashi.0312@gmail.com"
L_OPEN = dt(2026, 3, 2, 12, 5, 38)
L_CASE = cid(L_OPEN, "90457")
L_A, L_B = "AWS09127734", "AWS04385516"


def foot_console_en(case):
    return f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see the full history of this case and respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def foot_console_ja(case):
    return f"""
今回のご案内がお役に立ちましたら、AWS サポートセンターで各回答の右上にある星を選んで評価をお寄せください。

本ケースの履歴の確認およびご返信は、サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお受けできませんので、本件について追加でご連絡いただく場合は上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）が作成・配信しました。
"""


FOOT_FORM_EN = """
--
To add something to this request, reply to this e-mail and leave the case number in the subject line as it is.
AWS Training and Certification | https://aws.amazon.com/training/
"""

FOOT_FORM_JA = """
--
本件について追加でご連絡いただく場合は、件名のケース番号を変えずに本メールへご返信ください。
AWS トレーニングと認定 | https://aws.amazon.com/jp/training/
"""

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="padding:24px;">\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n') % (lang, inner)


def p(*paras):
    return "\n".join('<p style="margin:0 0 14px 0;line-height:1.5;">%s</p>' % x for x in paras)


# =========================================================================== case_created
def m01(fn):
    d = B_OPEN + timedelta(seconds=15)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hello Daniel,

This is an automated note to let you know that your message made it to the AWS Training and Certification team. Nothing else is needed from you for now: one of our specialists will read through what you sent and write back to this address, normally within one business day.

Reference number: {B_CASE}
Topic: Certification > Account Merge
Candidate ID you gave us: {B_KEEP}

If you think of something to add, reply to this e-mail and keep the reference number in the subject line so it joins the same thread. Submitting the form again starts a separate request and tends to slow things down rather than speed them up.

AWS Training and Certification
""" + FOOT_FORM_EN)
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject=f"[CASE {B_CASE}] {FORM_SUBJ}", body=body)


add("okafor-form-a", "case_created", "en", B_CASE, [B_KEEP], True, m01)


def m02(fn):
    d = A_OPEN + timedelta(seconds=21)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

Amazon Web Services へご連絡いただき、ありがとうございます。

お送りいただいた内容は、トレーニングと認定を担当する窓口に届いております。担当者が順に拝見し、こちらからご連絡を差し上げます。

お問い合わせ番号: {A_CASE}
件名: 認定アカウントが2つあります
重大度: 一般的なガイダンス

このお問い合わせについてのやり取りは、下記のリンクからサポートセンターをご利用ください。
https://console.aws.amazon.com/support/home#/case/?displayId={A_CASE}&language=ja

※本メールは送信専用アドレスから配信しております。このメールに直接ご返信いただいてもお受けできませんのでご了承ください。

Amazon Web Services
""", label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    subj = "Amazon Web Services: " + ew(f"お問い合わせ（{A_CASE}）を承りました", "ISO-2022-JP")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-console-a", "case_created", "ja", A_CASE, [], True, m02)


def m03(fn):
    d = D_OPEN + timedelta(seconds=12)
    s = sender_aws(NOREPLY, AWSN, d)
    inner = p("Hi Priya,",
              "Thanks for getting in touch. Your request is now with our Training and Certification specialists under the reference below, and one of them will answer you here once they have had a look at it.") + f"""
<table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d5dbdb;margin:0 0 16px 0;font-size:14px;">
<tr><td style="color:#545b64;">Case ID</td><td><b>{D_CASE}</b></td></tr>
<tr><td style="color:#545b64;">Subject</td><td>Two certification accounts - need a single one</td></tr>
<tr><td style="color:#545b64;">Severity</td><td>General guidance</td></tr>
</table>
""" + p(f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&amp;language=en" style="background:#ff9900;color:#16191f;padding:8px 14px;text-decoration:none;border-radius:2px;">View case</a>',
        "This mailbox only sends. To add details, use the button above rather than replying to this e-mail.",
        '<span style="font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</span>')
    body = tp(html_wrap(inner), subtype="html")
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject=f"Amazon Web Services: Support case {D_CASE} is in our queue", body=body)


add("raman-console-a", "case_created", "en", D_CASE, [], True, m03)


def m04(fn):
    d = C_OPEN + timedelta(seconds=10)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""田中 健太 様

AWS トレーニングと認定へのご連絡、ありがとうございます。
フォームからお送りいただいた内容は、確かにこちらの担当チームへ届いております。

内容を拝見したうえで、担当者より本メールアドレス宛てにご連絡いたします。通常は1営業日ほどお時間をいただいております。

受付番号: {C_CASE}
お問い合わせの種類: 認定 / アカウントの統合
お知らせいただいた受験者ID: {C_KEEP}

同じ内容で改めてフォームを送信されますと別件として扱われ、かえってご案内が遅れる場合がございます。追加でお伝えになりたいことがございましたら、件名の受付番号はそのままで本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
""", label="Shift_JIS", real="shift_jis", cte="base64")
    subj = f"[CASE {C_CASE}] " + ew("AWS トレーニングと認定 お問い合わせフォームからの送信内容について", "SHIFT_JIS")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO, subject=subj, body=body)


add("tanaka-form-a", "case_created", "ja", C_CASE, [C_KEEP], True, m04)


def m05(fn):
    d = F_OPEN + timedelta(seconds=9)
    s = sender_aws(FORM, AWSN, d)
    txt = tp(f"""Hello Lukas,

We got your note. Reference: {F_CASE}
A specialist will write back to this address.

AWS Training and Certification
""", cte="base64")
    html = tp(html_wrap(p("Hello Lukas,",
                          "Thank you for writing to AWS Training and Certification. Your submission is with us and a specialist will come back to you at this e-mail address. Kindly do not send the form a second time for the same matter.",
                          f"<b>Reference:</b> {F_CASE}<br><b>Inquiry type:</b> Certification<br><b>Detail:</b> Account Merge<br><b>Candidate ID:</b> {F_KEEP}<br><b>Country:</b> Germany",
                          "If there is more to tell us, simply reply and keep the reference in the subject.",
                          "Regards,<br>AWS Training and Certification")), subtype="html", cte="base64")
    body = alt(txt, html, boundary=b_java())
    build(fn, recv=hdr_gmail(F_TO, s, d), s=s, d=d, to_hdr=F_TO,
          subject=f"[CASE {F_CASE}] {FORM_SUBJ}", body=body)


add("brenner-form-a", "case_created", "en", F_CASE, [F_KEEP], True, m05)


def m06(fn):
    d = G_OPEN2 + timedelta(seconds=18)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""山本 翔 様

ご連絡内容を受け取りました。サポートチームで内容を拝見し、折り返しご案内いたします。

ケースID: {G_CASE2}
件名: 認定アカウントの件（再送）
重大度: 一般的なガイダンス

サポートセンターでは、このケースの状況をいつでもご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE2}&language=ja

※このアドレスは送信専用です。ご返信いただいても届きませんのでご注意ください。

Amazon Web Services
""")
    subj = "Amazon Web Services: " + ew(f"サポートケース {G_CASE2} の受付について", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("yamamoto-console-b", "case_created", "ja", G_CASE2, [], True, m06)


def m07(fn):
    d = J_OPEN2 + timedelta(seconds=11)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hi Tomás,

Thanks for writing to AWS Training and Certification. This automatic reply is only to say your submission has come through; a team member will pick it up and answer at this address.

Here is a copy of what you sent:
----------------------------------------
Inquiry type: Certification
Detail: Account Merge
Description: Last week I was told the merge was completed and the old profile retired, but when I sign in I still see my Developer Associate missing from the main profile. Everything else moved. Please check and confirm.
----------------------------------------

Your reference for this request is {J_CASE2}. Please keep it in the subject line of any reply.

AWS Training and Certification
""" + FOOT_FORM_EN)
    build(fn, recv=hdr_gmail(J_TO, s, d), s=s, d=d, to_hdr=J_TO,
          subject=f"[CASE {J_CASE2}] {FORM_SUBJ}", body=body)


add("herrera-form-c", "case_created", "en", J_CASE2, [], True, m07)


def m08(fn):
    d = K_OPEN + timedelta(seconds=14)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""中村 直樹 様

このメールは、お客様からのご連絡が AWS トレーニングと認定の窓口に到着したことをお知らせするため、自動で送信しています。

　受付番号　　　　　: {K_CASE}
　受験者ID（ご記入分）: aws-07788990
　お問い合わせ区分　: 認定 > アカウントについて

担当者がご記入内容を拝見したのち、あらためてご連絡いたします。いましばらくお待ちください。
""" + FOOT_FORM_JA)
    subj = f"[CASE {K_CASE}] " + ew("AWS トレーニングと認定: ご連絡の到着について", "UTF-8", "Q")
    build(fn, recv=hdr_noar(K_TO, s, d), s=s, d=d, to_hdr=K_TO, subject=subj, body=body)


add("nakamura-form-a", "case_created", "ja", K_CASE, [K_KEEP], None, m08)


# =========================================================================== merge_confirmation_requested
B_CONF_DATE = dt(2025, 9, 16, 10, 5, 48)
B_CONF_TEXT = f"""Hello Daniel,

Thank you for your patience while I looked into this.

I located two certification profiles that belong to you:

  - {B_KEEP} (sign-in: daniel.okafor@brightwater-analytics.com) - 3 certifications
  - {B_OLD} (sign-in: dokafor.personal@gmail.com) - 1 certification

My plan is to keep {B_KEEP} as your profile going forward and bring the exam history and certification from {B_OLD} across to it. After that, {B_OLD} is shut down and you will not be able to sign in with it.

Because this can't be rolled back once I've run it, I'd like you to look over the above and reply to this e-mail to tell me it's right before I touch anything. If something looks off - for example you would rather hold on to the other profile - just say so in your reply.

Kind regards,
Rosa M.
AWS Training and Certification Support
"""


def m09(fn):
    d = B_CONF_DATE
    s = sender_aws(FORM, AWSN, d)
    body = tp(B_CONF_TEXT + FOOT_FORM_EN)
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject=f"RE:[CASE {B_CASE}] {FORM_SUBJ}", body=body)


add("okafor-form-b", "merge_confirmation_requested", "en", B_CASE, [B_KEEP, B_OLD], True, m09)


def m10(fn):
    d = dt(2025, 5, 28, 6, 15, 22)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの小野と申します。

お調べしたところ、佐藤様のお名前で登録された認定アカウントが次の2件見つかりました。

　・{A_KEEP}（ご登録メール: haruka.sato.cloud@gmail.com）
　・AWS 09051386（ご登録メール: sato.h@kumo-trading.co.jp　以前のお勤め先）

今後は {A_KEEP} をお使いいただく形とし、{A_OLD} にある認定資格と受験履歴をそちらへ移す段取りで考えております。作業後、{A_OLD} にはサインインできなくなります。

一度実施いたしますと、元の2件に分かれた状態へ戻すことはできません。上記の組み合わせでお間違いないか、サポートセンターからご返信いただけますでしょうか。お返事を頂戴してから作業に入ります。

よろしくお願いいたします。

小野
Amazon Web Services
""" + foot_console_ja(A_CASE), label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    subj = f"RE:[CASE {A_CASE}] " + ew("認定アカウントが2つあります", "ISO-2022-JP")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-console-b", "merge_confirmation_requested", "ja", A_CASE, [A_KEEP, A_OLD], True, m10)


def m11(fn):
    d = dt(2026, 1, 13, 7, 20, 40)
    s = sender_aws(NOREPLY, AWSN, d)
    txt = f"""Dear Priya,

Greetings from AWS Training and Certification!

As per our verification, we have found below 2 accounts in our system:

Primary account : AWS 08812345 (priya.raman@outlook.com)
Secondary account : AWS 03300719 (priya.r@techvista.in)

Kindly note that the secondary account records (certifications, exam history, benefits) will be shifted to primary account and the secondary account will be deactivated post the activity. This activity is permanent in nature and cannot be reverted at a later stage.

Request you to kindly go through the above details and revert on this case with your consent, so that we can initiate the activity from our end.

Thanks & Regards,
Karthik
Amazon Web Services
"""
    html = html_wrap(p("Dear Priya,", "Greetings from AWS Training and Certification!",
                       "As per our verification, we have found below 2 accounts in our system:",
                       "<b>Primary account :</b> AWS 08812345 (priya.raman@outlook.com)<br><b>Secondary account :</b> AWS 03300719 (priya.r@techvista.in)",
                       "Kindly note that the secondary account records (certifications, exam history, benefits) will be shifted to primary account and the secondary account will be deactivated post the activity. <b>This activity is permanent in nature and cannot be reverted at a later stage.</b>",
                       "Request you to kindly go through the above details and revert on this case with your consent, so that we can initiate the activity from our end.",
                       "Thanks &amp; Regards,<br>Karthik<br>Amazon Web Services",
                       f'<span style="font-size:12px;color:#687078;">To respond, <a href="https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&amp;language=en">open this case in the Support Center</a>. This address cannot accept incoming e-mail.</span>'))
    body = alt(tp(txt + foot_console_en(D_CASE)), tp(html, subtype="html"), boundary=b_java())
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject=f"RE:[CASE {D_CASE}] Two certification accounts - need a single one", body=body)


add("raman-console-b", "merge_confirmation_requested", "en", D_CASE, [D_KEEP, D_OLD], True, m11)


C_CONF_DATE = dt(2025, 11, 5, 8, 48, 10)


def c_conf_lines():
    return f"""田中 健太 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
お待たせいたしました。

ご登録情報を照合しましたところ、田中様の受験者アカウントは以下の3件に分かれておりました。

 1. {C_KEEP} … 2023年取得の SAA、2024年取得の SOA
 2. {C_O1} … 2021年取得の CLF（失効済み）
 3. {C_O2} … 2025年受験の DVA

このうち 1 を今後ご利用いただくアカウントとして残し、2 と 3 の記録を 1 に寄せる形で進めたいと考えております。2 と 3 は作業の時点で閉鎖され、以降はご利用いただけません。

なお、この作業は後から取り消したり、元通りに分け直したりすることができません。そのため、上記の内容でよろしいか、田中様から本メールへのご返信でお知らせいただいてから着手いたします。残すアカウントを別のものにご希望の場合も、その旨お書き添えください。

何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定
"""


def m12(fn):
    d = C_CONF_DATE
    s = sender_aws(FORM, AWSN, d)
    body = tp(c_conf_lines() + FOOT_FORM_JA, cte="base64")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO,
          subject=f"RE:[CASE {C_CASE}] {FORM_SUBJ}", body=body)


add("tanaka-form-b", "merge_confirmation_requested", "ja", C_CASE, [C_KEEP, C_O1, C_O2], True, m12)


def m13(fn):
    d = dt(2025, 4, 15, 3, 12, 9)
    s = sender_generic("support@aws-certification-desk.com", "AWS Certification Support", d,
                       helo="mail.aws-certification-desk.com", ip="45.148.10.%d" % RNG.randint(2, 250),
                       mailfrom="bounce@aws-certification-desk.com", dkim_dom="aws-certification-desk.com",
                       policy_="NONE")
    case = "18829301744"
    txt = f"""Dear Candidate,

We are contacting you regarding your request to combine AWS Certification profiles (case {case}).

Our records show the following profiles linked to your name:
  Profile to be retained: AWS10029384
  Profile to be absorbed: AWS10029391

Consolidation is permanent. To prevent your certifications from being lost, you must verify and approve the above within 48 hours by signing in below with your AWS Certification credentials:

  https://aws-certification-desk.com/verify?case={case}

If we do not receive your approval, the request will be cancelled and both profiles may be suspended pending review.

Regards,
AWS Certification Account Services
"""
    html = html_wrap(p("Dear Candidate,",
                       f"We are contacting you regarding your request to combine AWS Certification profiles (case {case}).",
                       "Our records show the following profiles linked to your name:<br>&nbsp;&nbsp;Profile to be retained: <b>AWS10029384</b><br>&nbsp;&nbsp;Profile to be absorbed: <b>AWS10029391</b>",
                       "Consolidation is permanent. To prevent your certifications from being lost, you must verify and approve the above within <b>48 hours</b>.",
                       f'<a href="https://aws-certification-desk.com/verify?case={case}" style="background:#232f3e;color:#fff;padding:10px 18px;text-decoration:none;">Approve consolidation</a>',
                       "If we do not receive your approval, the request will be cancelled and both profiles may be suspended pending review.",
                       "Regards,<br>AWS Certification Account Services"))
    body = alt(tp(txt, cte="7bit", label="us-ascii"), tp(html, subtype="html"))
    build(fn, recv=hdr_gmail(F_TO, s, d, verdict="lookalike"), s=s, d=d, to_hdr=F_TO,
          subject=f"Action required: approve profile consolidation [CASE {case}]", body=body)


add("brenner-desk", "merge_confirmation_requested", "en", "18829301744", ["AWS10029384", "AWS10029391"], False, m13)


def m14(fn):
    d = dt(2025, 6, 3, 9, 41, 55)
    s = dict(kind="spoof", addr=NOREPLY, name=AWSN, ip="91.215.85.%d" % RNG.randint(2, 250),
             helo="vps-2291.hostsrv-nl.net", mailfrom=NOREPLY, mailfrom_dom="amazon.com",
             dkims=[("amazon.com", "rjt5mnvwxqzzcvyjfsw5ia4cyj4cjrne")], from_dom="amazon.com",
             policy="QUARANTINE", msgid="<%s@amazon.com>" % rhex(16), extra=["X-Mailer: PHPMailer 6.8.1"])
    fake_case = "174890410288213"
    forged = [
        "Authentication-Results: mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
        "Received: from email.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])\n        by smtp-out.amazon.com with ESMTP id 7f3c1b2a;\n        %s" % fmt(d - timedelta(seconds=40)),
    ]
    inner = p("AWS 認定をご利用のお客様",
              f"ご依頼いただいている認定アカウントの統合（ケース {fake_case}）について、実施前の最終確認をお願いしております。",
              "　存続するアカウント: <b>AWS06120984</b><br>　統合されるアカウント: <b>AWS02287731</b>",
              "統合はお取り消しいただけません。内容に相違がない場合は、24時間以内に以下のページからサインインし、「承認する」を押してください。期限内にご対応がない場合、両方のアカウントが一時的に停止されます。",
              '<a href="https://aws-certificate-jp.support-verify.com/merge/confirm?id=2287731" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">内容を確認して承認する</a>',
              "Amazon Web Services")
    body = tp(html_wrap(inner, "ja"), subtype="html", cte="base64")
    subj = f"RE:[CASE {fake_case}] " + ew("【要対応】認定アカウント統合の最終確認", "UTF-8")
    build(fn, recv=hdr_gmail(A_TO, s, d, verdict="spoof", forged=forged), s=s, d=d, to_hdr=A_TO,
          subject=subj, body=body)


add("sato-console-f", "merge_confirmation_requested", "ja", "174890410288213", ["AWS02287731", "AWS06120984"], False, m14)


E_CONF_DATE = dt(2025, 7, 24, 6, 40, 12)


def m15(fn):
    d = E_CONF_DATE
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""鈴木 美咲 様

ご返信ありがとうございます。お知らせいただいたメールアドレスで照合が取れました。

{E_OLD} の認定情報を {E_KEEP} のほうへ寄せ、{E_OLD} は閉じる形で進める予定です。作業後は、{E_KEEP} にすべての認定と受験履歴がそろい、{E_OLD} ではサインインできなくなります。

この操作は取り消しが利かないため、念のため鈴木様のご了承をいただいてから着手いたします。上記でよろしければ、その旨を本メールにご返信ください。残す側を逆にご希望の場合も、お知らせいただければそのように対応いたします。

よろしくお願いいたします。

AWS トレーニングと認定　高橋
""" + FOOT_FORM_JA, label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    build(fn, recv=hdr_jp("nifty", E_TO, s, d), s=s, d=d, to_hdr=E_TO,
          subject=f"RE:[CASE {E_CASE}] {FORM_SUBJ}", body=body)


add("suzuki-form-b", "merge_confirmation_requested", "ja", E_CASE, [E_KEEP, E_OLD], True, m15)


F_ASK_DATE = dt(2025, 4, 9, 8, 2, 31)
F_USER_DATE = dt(2025, 4, 9, 17, 41, 3)
F_USER_MID = "<CAF3kq9Zt7bQ2mJx0pWnV8=Hc4dL1sYq-9rT@mail.gmail.com>"
F_ASK_TEXT = f"""Hello Lukas,

Thank you for reaching out to AWS Training and Certification.

I found two candidate profiles under your name:

  {F_KEEP} - signs in with lukas.brenner.dev@gmail.com, last exam 2025
  {F_OLD} - signs in with l.brenner@fahrwerk-labs.de, last exam 2022

Only one of them can carry on once the two are brought together. Which of these would you like to go on using? A one-line reply with the ID is enough.

Best,
Jonas
AWS Training and Certification
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def m16(fn):
    d = dt(2025, 4, 10, 7, 30, 5)
    s = sender_aws(FORM, AWSN, d)
    user_reply = f"""Hi,
I would like to keep the one I use now, {F_KEEP}. The old one from my
previous job should be {F_TYPO} I think, but I'm not 100% sure of the
number.

Thanks
Lukas

On Wed, Apr 9, 2025 at 10:02 AM AWS Training and Certification <
{FORM}> wrote:
""" + quote(F_ASK_TEXT)
    text = f"""Hi Lukas,

Thanks for telling me which one you'd like to hold on to. The number you gave for the old profile is one digit off from what we have on file, so I've gone with the one that matches your fahrwerk-labs address.

So that we are on the same page, this is what I'm about to do:

    Stays:        {F_KEEP}  (lukas.brenner.dev@gmail.com)
    Folded in:    {F_OLD}  (l.brenner@fahrwerk-labs.de)

Everything on {F_OLD} - your Cloud Practitioner and the Security Specialty exam history - will end up on {F_KEEP}, and {F_OLD} will then stop existing as a separate login. There is no way for us to split them apart again afterwards.

Could you reply with a short "yes, go ahead" (or tell me what to change)? I'll start as soon as I have that.

Best,
Jonas
AWS Training and Certification

On Wed, Apr 9, 2025 at 7:41 PM Lukas Brenner <lukas.brenner.dev@gmail.com> wrote:
""" + quote(user_reply) + "\n"
    body = tp(text)
    build(fn, recv=hdr_gmail(F_TO, s, d), s=s, d=d, to_hdr=F_TO,
          subject=f"RE:[CASE {F_CASE}] {FORM_SUBJ}", body=body,
          in_reply_to=F_USER_MID, references=F_USER_MID)


add("brenner-form-c", "merge_confirmation_requested", "en", F_CASE, [F_KEEP, F_OLD], True, m16)


def m17(fn):
    d = dt(2025, 10, 22, 4, 10, 37)
    s = sender_aws(NOREPLY, AWSN, d)
    inner = p("山本 翔 様",
              "いつもお世話になっております。AWS トレーニングと認定サポートの石井です。",
              "お問い合わせの件、社内で確認が取れましたのでご案内いたします。",
              "・今後お使いいただくアカウント：<b>aws07015538</b>（会社のメールアドレスでご登録のもの）<br>"
              "・記録を移したうえで閉鎖するアカウント：<b>aws11408263</b>（個人のメールアドレスでご登録のもの）",
              "この組み合わせで問題がないか、山本様ご本人にご確認をお願いいたします。作業後に元の状態へ戻すことはできませんので、サポートセンターから「この内容で進めてください」とご返信いただいてから作業を行い、完了しましたら改めてご連絡いたします。",
              "なお、先日別途お送りいただいたお問い合わせにつきましては、本ケースにまとめて対応させていただきます。",
              "石井<br>Amazon Web Services",
              f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=ja">サポートセンターでこのケースを開く</a>',
              '<span style="font-size:11px;color:#687078;">このメールは送信専用アドレスからお送りしています。ご返信はサポートセンターからお願いいたします。</span>')
    body = tp(html_wrap(inner, "ja"), subtype="html", cte="base64")
    subj = f"RE:[CASE {G_CASE}] " + ew("認定アカウントの統合について", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("yamamoto-console-c", "merge_confirmation_requested", "ja", G_CASE, [G_KEEP, G_OLD], True, m17)


# =========================================================================== merge_completed
def outlook_block(frm, sent, to, subj):
    return f"""________________________________
From: {frm}
Sent: {sent}
To: {to}
Subject: {subj}
"""


def m18(fn):
    d = dt(2025, 9, 18, 9, 12, 40)
    s = sender_aws(FORM, AWSN, d)
    user_mid = "<PH0PR17MB7261A3C0F9E84B2D13F05A2CB714A@PH0PR17MB7261.namprd17.prod.outlook.com>"
    text = f"""Hello Daniel,

Good news on your certification profile: {B_KEEP} now carries all four of your certifications, including the AWS Certified Data Engineer – Associate that used to sit under your personal sign-in. The full exam history is listed there as well, and the personal sign-in (dokafor.personal@gmail.com) no longer opens a profile of its own.

If you had an unused 50% discount voucher on the other profile, you will find it in the Benefits section of {B_KEEP}.

Your Credly badges are handled separately; an e-mail from Credly should reach you within a few days. If nothing arrives by the end of next week, reply here and I'll chase it.

Kind regards,
Rosa M.
AWS Training and Certification Support

""" + outlook_block("Daniel Okafor <daniel.okafor@brightwater-analytics.com>",
                    "Tuesday, September 16, 2025 9:14 AM",
                    "Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                    f"RE:[CASE {B_CASE}] {FORM_SUBJ}") + f"""
Hi Rosa,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

Daniel Okafor | Senior Data Engineer
Brightwater Analytics

""" + outlook_block("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>",
                    "Tuesday, September 16, 2025 3:05 AM",
                    "Daniel Okafor <daniel.okafor@brightwater-analytics.com>",
                    f"RE:[CASE {B_CASE}] {FORM_SUBJ}") + "\n" + B_CONF_TEXT
    body = tp(text + FOOT_FORM_EN)
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject=f"RE:[CASE {B_CASE}] {FORM_SUBJ}", body=body,
          in_reply_to=user_mid, references=user_mid)


add("okafor-form-d", "merge_completed", "en", B_CASE, [B_KEEP], True, m18)


def m19(fn):
    d = dt(2025, 5, 30, 4, 5, 13)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

お待たせいたしました。小野です。

{A_KEEP} にサインインしていただきますと、以前 {A_OLD} でお持ちだった認定資格と受験履歴が、すべて並んで表示されるようになっております。{A_OLD} のほうは、今後サインインにはお使いいただけません。

認定の特典（次回受験の割引など）も {A_KEEP} 側でご確認いただけます。Credly のデジタルバッジにつきましては、Credly から別途メールが届きますので、そちらの案内に沿ってお受け取りください。

ほかにお困りのことがございましたら、サポートセンターからお知らせください。

小野
Amazon Web Services
""" + foot_console_ja(A_CASE), label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    subj = f"RE:[CASE {A_CASE}] " + ew("認定アカウントが2つあります", "ISO-2022-JP")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-console-d", "merge_completed", "ja", A_CASE, [A_KEEP, A_OLD], True, m19)


def m20(fn):
    d = dt(2026, 1, 21, 10, 2, 56)
    s = sender_aws(NOREPLY, AWSN, d)
    inner = p("Dear Priya,",
              "Thank you for the confirmation.",
              f"We have wrapped this up from our side. <b>{D_KEEP}</b> is now your only certification record: it holds your Solutions Architect – Associate and Cloud Practitioner credentials together with every exam attempt, and the former candidate ID <b>{D_OLD}</b> has been closed. Please sign in with priya.raman@outlook.com going forward.",
              "As nothing else is pending on this request, we are closing the case now.",
              "Thanks &amp; Regards,<br>Karthik<br>Amazon Web Services") + f"""
<hr style="border:none;border-top:1px solid #d5dbdb;margin:20px 0;">
<p style="margin:0 0 10px 0;"><b>Was your issue resolved?</b></p>
<p style="margin:0 0 16px 0;"><a href="https://console.aws.amazon.com/support/feedback?displayId={D_CASE}&amp;answer=yes" style="padding:6px 18px;border:1px solid #0073bb;color:#0073bb;text-decoration:none;">YES</a>&nbsp;&nbsp;<a href="https://console.aws.amazon.com/support/feedback?displayId={D_CASE}&amp;answer=no" style="padding:6px 18px;border:1px solid #0073bb;color:#0073bb;text-decoration:none;">NO</a></p>
<p style="font-size:11px;color:#687078;">Case ID {D_CASE}. This address cannot accept incoming e-mail. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
"""
    body = tp(html_wrap(inner), subtype="html")
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject=f"RE:[CASE {D_CASE}] Two certification accounts - need a single one", body=body)


add("raman-console-d", "merge_completed", "en", D_CASE, [D_KEEP, D_OLD], True, m20)


C_USER_DATE = dt(2025, 11, 6, 0, 15, 2)
C_USER_MID = "<20251106091502.6C1F.K-TANAKA@kba.biglobe.ne.jp>"


def m21(fn):
    d = dt(2025, 11, 10, 2, 20, 44)
    s = sender_aws(FORM, AWSN, d)
    user = f"""森様

ご連絡ありがとうございます。内容に間違いありません。
{C_KEEP} を残す形で進めてください。

田中

{jq_date(C_CONF_DATE)} AWS Training and Certification <{FORM}>:
""" + quote(c_conf_lines())
    text = f"""田中 健太 様

ご返信いただきありがとうございました。森でございます。

3つに分かれていた田中様の記録は、{C_KEEP} ひとつにまとまりました。SAA・SOA・DVA の各認定と、CLF の過去の記録も含め、同アカウントの認定一覧にてご覧いただけます。これまでお使いだったほかの受験者IDではサインインできなくなっておりますので、ご注意ください。

引き続きよろしくお願いいたします。

森
AWS トレーニングと認定

{jq_date(C_USER_DATE)} 田中 健太 <{C_TO}>:
""" + quote(user) + "\n"
    body = tp(text + FOOT_FORM_JA, label="Shift_JIS", real="shift_jis", cte="8bit")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO,
          subject=f"RE:[CASE {C_CASE}] {FORM_SUBJ}", body=body,
          in_reply_to=C_USER_MID, references=C_USER_MID)


add("tanaka-form-d", "merge_completed", "ja", C_CASE, [C_KEEP], True, m21)


def m22(fn):
    d = dt(2025, 4, 11, 12, 18, 27)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hello Lukas,

Thank you for confirming.

This is to inform that the requested activity has been performed from our end. Now your account {F_KEEP} is reflecting both the certifications and the complete exam history, and the login of {F_OLD} is deactivated. You may kindly login and verify at your convenience.

For Credly badges please allow 3-5 working days to get reflected.

Regards,
Shreya
AWS Training and Certification
""" + FOOT_FORM_EN, cte="base64")
    build(fn, recv=hdr_gmail(F_TO, s, d), s=s, d=d, to_hdr=F_TO,
          subject=f"RE:[CASE {F_CASE}] {FORM_SUBJ}", body=body)


add("brenner-form-d", "merge_completed", "en", F_CASE, [F_KEEP, F_OLD], True, m22)


E_DONE_TEXT = f"""鈴木 美咲 様

ご確認のご返信をありがとうございました。

本日、{E_OLD} にあった認定情報と受験履歴を {E_KEEP} へ移し替える作業を行い、{E_OLD} は閉鎖いたしました。今後は {E_KEEP} のみでサインインいただけます。

お手数ですが、サインイン後に認定の一覧をご覧いただき、表示に不足がないかご確認ください。

AWS トレーニングと認定　高橋
"""
E_DONE_DATE = dt(2025, 7, 28, 3, 15, 50)


def m23(fn):
    d = E_DONE_DATE
    s = sender_aws(FORM, AWSN, d)
    body = tp(E_DONE_TEXT + FOOT_FORM_JA)
    build(fn, recv=hdr_jp("nifty", E_TO, s, d), s=s, d=d, to_hdr=E_TO,
          subject=f"RE:[CASE {E_CASE}] {FORM_SUBJ}", body=body)


add("suzuki-form-c", "merge_completed", "ja", E_CASE, [E_KEEP, E_OLD], True, m23)


def m24(fn):
    d = dt(2026, 2, 6, 15, 5, 31)
    s = sender_aws(NOREPLY, AWSN, d)
    # declared us-ascii, really UTF-8 (curly quotes, accents, dash)
    body = tp(f"""Hi Marco,

Quick update on your request. From today, signing in with marco.rossi.it@gmail.com takes you to candidate ID {H_KEEP}, which now lists both your Solutions Architect – Associate and your Developer – Associate. The other candidate ID you mentioned, aws-05512398, has been retired and can’t be used to sign in any more.

Nothing else is needed from you. If your Credly wallet still shows two profiles next week, let us know on this case.

Cheers,
Élodie
Amazon Web Services
""" + foot_console_en(H_CASE), label="us-ascii", real="utf-8", cte="8bit")
    build(fn, recv=hdr_gmail(H_TO, s, d), s=s, d=d, to_hdr=H_TO,
          subject=f"RE:[CASE {H_CASE}] Two candidate IDs after employer change", body=body)


add("rossi-console-b", "merge_completed", "en", H_CASE, [H_KEEP, H_OLD], True, m24)


G_DONE_DATE = dt(2025, 10, 24, 2, 20, 18)
G_DONE_TEXT = f"""山本 翔 様

ご依頼いただいていた作業が終わりましたので、ご報告いたします。
aws07015538 にサインインしていただくと、これまで aws11408263 に登録されていた認定資格もあわせてご覧いただけます。
"""


def m25(fn):
    d = G_DONE_DATE
    s = sender_aws(NOREPLY, AWSN, d)
    txt = G_DONE_TEXT + """
詳しくは HTML 版のメールをご覧ください。

石井
Amazon Web Services
"""
    inner = p("山本 翔 様",
              "石井です。ご依頼いただいていた作業が終わりましたので、ご報告いたします。",
              f"<b>{G_KEEP}</b> にサインインしていただくと、これまで <b>{G_OLD}</b> に登録されていた認定資格（AWS Certified Solutions Architect – Professional、AWS Certified Security – Specialty）と受験履歴をあわせてご覧いただけます。{G_OLD} でのサインインは今後できません。",
              "Credly のバッジは別の仕組みで管理されておりますため、数日以内に Credly から届くメールの案内をご確認ください。",
              "石井<br>Amazon Web Services",
              f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=ja">サポートセンターでこのケースを開く</a>')
    body = alt(tp(txt, label="ISO-2022-JP", real="iso-2022-jp", cte="7bit"),
               tp(html_wrap(inner, "ja"), subtype="html"), boundary=b_java())
    subj = f"RE:[CASE {G_CASE}] " + ew("認定アカウントの統合について", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("yamamoto-console-e", "merge_completed", "ja", G_CASE, [G_KEEP, G_OLD], True, m25)


def m26(fn):
    d = dt(2025, 12, 2, 17, 25, 9)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hi Tomás,

Your two candidate records are now one. {J_KEEP} is the record we kept; the Cloud Practitioner and Solutions Architect – Associate certifications that were on {J_OLD} have been added to it, together with their exam history, and {J_OLD} itself is no longer active.

I've also passed the details on to Credly so your badges end up in a single wallet. You don't need to do anything for that; they will e-mail you directly.

If you have a minute, you can tell us how this went using the link below. It only takes a couple of questions.
https://amazonsupport.qualtrics.com/jfe/form/SV_3kPqZ8aTc1vWnYq?caseId={J_CASE}&team=tnc

Best regards,
Nadia
AWS Training and Certification
""" + FOOT_FORM_EN)
    build(fn, recv=hdr_gmail(J_TO, s, d), s=s, d=d, to_hdr=J_TO,
          subject=f"RE:[CASE {J_CASE}] {FORM_SUBJ}", body=body)


add("herrera-form-a", "merge_completed", "en", J_CASE, [J_KEEP, J_OLD], True, m26)


def m27(fn):
    d = dt(2025, 12, 17, 7, 40, 3)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""中村 直樹 様

お世話になっております。AWS トレーニングと認定の佐野です。
ご受験お疲れさまでした。

今後は {K_KEEP} のみをご利用いただけます。{K_OLD} に紐づいていた認定資格（SAP、SCS）と受験履歴は、いずれも {K_KEEP} 側でご確認いただける状態になっております。なお、{K_OLD} は既に無効となっておりますので、ブックマーク等をご利用の場合はお手数ですが差し替えをお願いいたします。

今回合格された ANS の認定も、{K_KEEP} に反映済みです。

佐野
AWS トレーニングと認定
""" + FOOT_FORM_JA, cte="base64")
    build(fn, recv=hdr_noar(K_TO, s, d), s=s, d=d, to_hdr=K_TO,
          subject=f"RE:[CASE {K_CASE}] {FORM_SUBJ}", body=body)


add("nakamura-form-c", "merge_completed", "ja", K_CASE, [K_KEEP, K_OLD], None, m27)


# =========================================================================== survey
def m28(fn):
    d = dt(2025, 9, 25, 9, 12, 40)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hello Daniel,

We're treating request {B_CASE} as settled on our side, so you won't receive further messages about it unless you write back. If something still isn't right, a reply to this e-mail within the next 14 days picks the conversation up where it left off.

Could you spare a minute to tell us how we did? Your answers go straight to the people who handled your request.

  Rate this interaction: https://amazonsupport.qualtrics.com/jfe/form/SV_8dQ2mLx0TrcPa1E?caseId={B_CASE}&src=tnc-form

Thank you,
AWS Training and Certification
""")
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject=f"[CASE {B_CASE}] A minute of your time?", body=body)


add("okafor-form-e", "survey", "en", B_CASE, [], True, m28)


def m29(fn):
    d = dt(2025, 6, 6, 4, 7, 30)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

先日は Amazon Web Services サポートをご利用いただき、ありがとうございました。

お問い合わせ（ケースID: {A_CASE}）での担当者の対応はいかがでしたでしょうか。今後のサポート品質向上のため、以下のリンクから5段階で評価をお寄せいただけますと幸いです。所要時間は1分程度です。

https://console.aws.amazon.com/support/feedback?displayId={A_CASE}&language=ja

いただいたご意見は、担当チームで大切に拝見いたします。

※本メールは送信専用アドレスからお送りしています。

Amazon Web Services
""", cte="base64")
    subj = ew("Amazon Web Services サポートへのご意見をお聞かせください", "UTF-8")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-console-e", "survey", "ja", A_CASE, [], True, m29)


def m30(fn):
    d = dt(2025, 12, 15, 16, 44, 2)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hello Tomas,

The status of the request below has been changed to Resolved.

  Case:     {J_CASE}
  Subject:  Account merge request
  Status:   Resolved

If you feel this was closed too soon, simply reply and the case will reopen automatically. Otherwise, we'd appreciate a moment of your time:

  Was your issue resolved?
  YES  https://amazonsupport.qualtrics.com/jfe/form/SV_3kPqZ8aTc1vWnYq?caseId={J_CASE}&r=1
  NO   https://amazonsupport.qualtrics.com/jfe/form/SV_3kPqZ8aTc1vWnYq?caseId={J_CASE}&r=0

AWS Training and Certification
""", label="us-ascii", cte="7bit")
    build(fn, recv=hdr_gmail(J_TO, s, d), s=s, d=d, to_hdr=J_TO,
          subject=f"[CASE {J_CASE}] Account merge request - status changed to Resolved", body=body)


add("herrera-form-e", "survey", "en", J_CASE, [], True, m30)


def m31(fn):
    d = dt(2025, 11, 17, 2, 20, 44)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""田中 健太 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございました。
受付番号 {C_CASE} のお問い合わせにつきましては、これをもちまして一区切りとさせていただきます。

今回の担当者の対応について、よろしければ簡単なアンケートにご協力ください。ご回答は1分ほどで終わります。
https://amazonsupport.qualtrics.com/jfe/form/SV_0vYtR4cHq2LmZpA?caseId={C_CASE}&lang=ja

なお、本件に関して引き続きご不明な点がございましたら、14日以内に本メールへご返信いただければ、同じ受付番号のまま対応を再開いたします。

AWS トレーニングと認定 カスタマーサポート
""", label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    subj = f"[CASE {C_CASE}] " + ew("ご利用ありがとうございました", "ISO-2022-JP")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO, subject=subj, body=body)


add("tanaka-form-f", "survey", "ja", C_CASE, [], True, m31)


def m32(fn):
    d = dt(2026, 1, 28, 10, 3, 11)
    s = sender_aws("aws-support-survey@amazon.com", "AWS Support", d)
    inner = p("Hi Priya,",
              f"Two minutes of your time? You recently worked with AWS Training and Certification on case {D_CASE}. We'd like to know how that went.",
              "<b>How likely are you to recommend AWS Support to a colleague?</b>",
              " ".join('<a href="https://amazonsupport.qualtrics.com/jfe/form/SV_eLq9Xw2bHn5Rz1k?caseId=%s&amp;nps=%d" style="display:inline-block;width:26px;padding:6px 0;text-align:center;border:1px solid #aab7b8;color:#16191f;text-decoration:none;">%d</a>' % (D_CASE, i, i) for i in range(11)),
              "0 = not at all likely, 10 = extremely likely",
              '<span style="font-size:11px;color:#687078;">You are receiving this one-time survey because of a recent support case. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</span>')
    body = tp(html_wrap(inner), subtype="html")
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject="Tell us about your recent AWS Support experience", body=body)


add("raman-console-e", "survey", "en", D_CASE, [], True, m32)


def m33(fn):
    d = dt(2025, 10, 31, 2, 20, 5)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""山本 翔 様

ケース {G_CASE} につきまして、最後のご連絡から一定の期間が経過いたしましたので、こちらでの対応を終えさせていただきました。

まだお困りのことが残っている場合は、サポートセンターから本ケースを開き、メッセージをお送りください。同じケースのまま対応を再開いたします。

よろしければ、今回の対応についてのアンケートにもご協力ください（所要時間: 約1分）。
https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&language=ja

https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja

※このメールアドレスは送信専用です。

Amazon Web Services
""")
    subj = "Amazon Web Services: " + ew(f"ケース {G_CASE} の対応を終了しました", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("yamamoto-console-g", "survey", "ja", G_CASE, [], True, m33)


def m34(fn):
    d = dt(2025, 8, 4, 3, 15, 22)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""鈴木 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

受付番号 {E_CASE} のお問い合わせは、本日をもって区切りとさせていただきました。お手続きの中でご不便をおかけした点がございましたら、お詫び申し上げます。

今回の対応について、率直なご感想をお聞かせいただけましたら幸いです。
https://amazonsupport.qualtrics.com/jfe/form/SV_0vYtR4cHq2LmZpA?caseId={E_CASE}&lang=ja

---- 以下、これまでのやり取り ----
送信日時: {jq_date(E_DONE_DATE)}
差出人: AWS Training and Certification

{E_DONE_TEXT}""" + FOOT_FORM_JA, label="Shift_JIS", real="shift_jis", cte="base64")
    subj = f"[CASE {E_CASE}] " + ew("お問い合わせ対応に関するアンケートのお願い", "SHIFT_JIS")
    build(fn, recv=hdr_jp("nifty", E_TO, s, d), s=s, d=d, to_hdr=E_TO, subject=subj, body=body)


add("suzuki-form-d", "survey", "ja", E_CASE, [], True, m34)


# =========================================================================== credly_badge_issued
CREDLY_NAME = "Amazon Web Services Training and Certification via Credly"
CREDLY_FOOT_TXT = """
--
Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications
"""


def credly_html(lines, button_text, button_url, lang="en"):
    inner = ('<div style="text-align:center;margin:0 0 18px 0;"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></div>\n'
             + p(*lines)
             + '\n<p style="text-align:center;margin:22px 0;"><a href="%s" style="background:#ff6b00;color:#ffffff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">%s</a></p>\n' % (button_url, button_text)
             + '<p style="font-size:11px;color:#8a8a8a;text-align:center;">Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019 &middot; <a href="https://www.credly.com/earner/settings/notifications" style="color:#8a8a8a;">Notification settings</a></p>')
    return html_wrap(inner, lang)


def m35(fn):
    d = dt(2025, 5, 31, 11, 22, 48)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, A_TO)
    url = "https://www.credly.com/earned/badge/%s/claim" % uuid.UUID(bytes=RNG.randbytes(16))
    txt = f"""Hi Haruka,

Amazon Web Services Training and Certification has recognized your AWS Certified Solutions Architect – Associate with a digital credential on Credly.

Claim it to add it to your profile, share it on LinkedIn, and let employers verify it in one click.

Claim your badge: {url}
""" + CREDLY_FOOT_TXT
    html = credly_html(["Hi Haruka,",
                        "Amazon Web Services Training and Certification has recognized your <b>AWS Certified Solutions Architect – Associate</b> with a digital credential on Credly.",
                        "Claim it to add it to your profile, share it on LinkedIn, and let employers verify it in one click."],
                       "Claim your badge", url)
    body = alt(tp(txt), tp(html, subtype="html"), boundary=b_sendgrid())
    subj = ew("Haruka, your AWS Certified Solutions Architect – Associate badge is waiting", "UTF-8", "Q", n=40)
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("credly-sato", "credly_badge_issued", "en", None, [], True, m35)


def m36(fn):
    d = dt(2025, 9, 19, 15, 40, 26)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, B_TO)
    url = "https://www.credly.com/users/daniel-okafor.%s/badges" % rhex(2)
    txt = f"""Hi Daniel,

Following the consolidation of your AWS Certification profiles, the badges below from Amazon Web Services Training and Certification now live on this Credly account ({B_TO}):

  * AWS Certified Solutions Architect – Associate
  * AWS Certified Developer – Associate
  * AWS Certified SysOps Administrator – Associate
  * AWS Certified Data Engineer – Associate

They keep their original issue dates and verification links. Review them, choose which ones to make public, and share them wherever you like:
{url}
""" + CREDLY_FOOT_TXT
    html = credly_html(["Hi Daniel,",
                        f"Following the consolidation of your AWS Certification profiles, the badges below from Amazon Web Services Training and Certification now live on this Credly account ({B_TO}):",
                        "&bull; AWS Certified Solutions Architect – Associate<br>&bull; AWS Certified Developer – Associate<br>&bull; AWS Certified SysOps Administrator – Associate<br>&bull; AWS Certified Data Engineer – Associate",
                        "They keep their original issue dates and verification links."],
                       "Review your badges", url)
    body = alt(tp(txt), tp(html, subtype="html"), boundary=b_sendgrid())
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject="Your badges from Amazon Web Services Training and Certification have a new home", body=body)


add("credly-okafor", "credly_badge_issued", "en", None, [], True, m36)


def m37(fn):
    d = dt(2025, 11, 12, 6, 2, 39)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, C_TO)
    url = "https://www.credly.com/earned/badge/%s/claim?locale=ja" % uuid.UUID(bytes=RNG.randbytes(16))
    txt = f"""田中 健太 さん

Amazon Web Services Training and Certification から、AWS Certified Developer – Associate のデジタルバッジが用意されました。

バッジを受け取ると、Credly のプロフィールに表示したり、LinkedIn などで共有したりできます。採用担当者などの第三者も、ワンクリックで内容を確認できるようになります。

バッジを受け取る: {url}
""" + CREDLY_FOOT_TXT
    html = credly_html(["田中 健太 さん",
                        "Amazon Web Services Training and Certification から、<b>AWS Certified Developer – Associate</b> のデジタルバッジが用意されました。",
                        "バッジを受け取ると、Credly のプロフィールに表示したり、LinkedIn などで共有したりできます。"],
                       "バッジを受け取る", url, "ja")
    body = alt(tp(txt, cte="base64"), tp(html, subtype="html", cte="base64"), boundary=b_sendgrid())
    subj = ew("AWS Certified Developer – Associate のバッジをお受け取りいただけます", "UTF-8")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO, subject=subj, body=body)


add("credly-tanaka", "credly_badge_issued", "ja", None, [], True, m37)


def m38(fn):
    d = dt(2026, 1, 23, 18, 31, 7)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, D_TO)
    url = "https://www.credly.com/earned/badge/%s/claim" % uuid.UUID(bytes=RNG.randbytes(16))
    # declared iso-8859-1 but really UTF-8
    txt = f"""Hi Priya,

Something new for your profile: Amazon Web Services Training and Certification has sent you the AWS Certified Solutions Architect – Associate badge. It's sitting in your Credly inbox until you say yes to it.

Take a look: {url}

Once it's on your profile you can add it to LinkedIn, your résumé or your e-mail signature.
""" + CREDLY_FOOT_TXT
    body = tp(txt, label="iso-8859-1", real="utf-8")
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject="Something new for your Credly profile from Amazon Web Services Training and Certification", body=body)


add("credly-raman", "credly_badge_issued", "en", None, [], True, m38)


def m39(fn):
    d = dt(2025, 4, 14, 22, 5, 40)
    s = sender_generic("badges@credly-notify.com", "Credly Badges", d,
                       helo="smtp.credly-notify.com", ip="185.225.69.%d" % RNG.randint(2, 250),
                       mailfrom="mailer@credly-notify.com", dkim_dom="credly-notify.com", policy_="NONE")
    inner = p("Hello Lukas,",
              "After your recent AWS Certification profile update, your badge <b>AWS Certified Security – Specialty</b> has been transferred and is ready to accept.",
              "Badges that are not accepted within 72 hours are returned to the issuer and cannot be recovered.",
              '<a href="https://credly-notify.com/accept?token=7Fq2ZpL0c" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;">Accept badge</a>',
              "Credly Team")
    body = tp(html_wrap(inner), subtype="html", cte="base64")
    build(fn, recv=hdr_gmail(F_TO, s, d, verdict="lookalike"), s=s, d=d, to_hdr=F_TO,
          subject="Your transferred AWS badge is ready - accept within 72 hours", body=body)


add("brenner-badge", "credly_badge_issued", "en", None, [], False, m39)


def m40(fn):
    d = dt(2025, 10, 27, 3, 44, 12)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, G_TO)
    url = "https://www.credly.com/users/sho-yamamoto.%s/badges?locale=ja" % rhex(2)
    txt = f"""山本 翔 さん

Amazon Web Services Training and Certification から、あなたの Credly アカウントに次のバッジが届いています。

・AWS Certified Solutions Architect – Professional
・AWS Certified Security – Specialty

認定アカウントの統合に伴い、これらのバッジはこのアカウント（{G_TO}）で管理されるようになりました。公開設定を確認して、プロフィールに追加してください。

{url}
""" + CREDLY_FOOT_TXT
    html = credly_html(["山本 翔 さん",
                        "Amazon Web Services Training and Certification から、あなたの Credly アカウントに次のバッジが届いています。",
                        "・AWS Certified Solutions Architect – Professional<br>・AWS Certified Security – Specialty",
                        f"認定アカウントの統合に伴い、これらのバッジはこのアカウント（{G_TO}）で管理されるようになりました。"],
                       "バッジを確認する", url, "ja")
    body = alt(tp(txt, cte="base64"), tp(html, subtype="html", cte="base64"), boundary=b_sendgrid())
    subj = ew("山本 翔 さん、新しいデジタルバッジが届いています", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("credly-yamamoto", "credly_badge_issued", "ja", None, [], True, m40)


# =========================================================================== support_reply
def m41(fn):
    d = F_ASK_DATE
    s = sender_aws(FORM, AWSN, d)
    body = tp(F_ASK_TEXT + FOOT_FORM_EN)
    build(fn, recv=hdr_gmail(F_TO, s, d), s=s, d=d, to_hdr=F_TO,
          subject=f"RE:[CASE {F_CASE}] {FORM_SUBJ}", body=body)


add("brenner-form-b", "support_reply", "en", F_CASE, [F_KEEP, F_OLD], True, m41)


def m42(fn):
    d = dt(2025, 5, 29, 2, 40, 51)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

ご確認いただきありがとうございます。小野です。

お知らせいただいた内容のとおり、{A_KEEP} を残す形で、これから作業に取りかかります。作業が済みましたら、このケースで改めてご報告いたします。それまでの間は、念のため新しい試験のご予約や特典のご利用をお控えいただけますと幸いです。

小野
Amazon Web Services
""" + foot_console_ja(A_CASE))
    subj = f"RE:[CASE {A_CASE}] " + ew("認定アカウントが2つあります", "UTF-8")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-console-c", "support_reply", "ja", A_CASE, [A_KEEP], True, m42)


def m43(fn):
    d = dt(2025, 9, 16, 18, 30, 19)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hello Daniel,

Thanks for the quick confirmation - that's all I needed from you.

I've handed the request to the team that maintains candidate records. Once {B_OLD} has been folded into {B_KEEP}, I'll write to you here with the outcome, and at the same time I'll ask Credly to move your badge across. Until then, please don't schedule an exam under either ID.

Kind regards,
Rosa M.
AWS Training and Certification Support
""" + FOOT_FORM_EN)
    build(fn, recv=hdr_ms(B_TO, s, d), s=s, d=d, to_hdr=B_TO,
          subject=f"RE:[CASE {B_CASE}] {FORM_SUBJ}", body=body)


add("okafor-form-c", "support_reply", "en", B_CASE, [B_KEEP, B_OLD], True, m43)


def m44(fn):
    d = dt(2025, 11, 7, 5, 30, 8)
    s = sender_aws(FORM, AWSN, d)
    user_date = dt(2025, 11, 7, 1, 2, 40)
    user_mid = "<20251107100240.7A22.K-TANAKA@kba.biglobe.ne.jp>"
    user = f"""森様

お世話になっております。田中です。
昨日、{C_KEEP} を残す形でお願いする旨ご返信いたしましたが、
その後いかがでしょうか。来週、社内の資格申請で受験者IDを
提出する必要があり、念のためお伺いしました。

田中"""
    body = tp(f"""田中 健太 様

お問い合わせありがとうございます。森でございます。

ご依頼の件は、現在担当部署にて作業を進めているところです。来週のご提出に間に合うよう手配しておりますので、いましばらくお待ちいただけますでしょうか。状況が進みましたら、こちらからご連絡差し上げます。

森
AWS トレーニングと認定

{jq_date(user_date)} 田中 健太 <{C_TO}>:
""" + quote(user) + "\n" + FOOT_FORM_JA, label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    build(fn, recv=hdr_jp("biglobe", C_TO, s, d), s=s, d=d, to_hdr=C_TO,
          subject=f"RE:[CASE {C_CASE}] {FORM_SUBJ}", body=body,
          in_reply_to=user_mid, references=f"{C_USER_MID}\n {user_mid}")


add("tanaka-form-c", "support_reply", "ja", C_CASE, [], True, m44)


def m45(fn):
    d = dt(2026, 1, 19, 6, 55, 33)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""Dear Priya,

Hope you are doing well.

This is a gentle follow-up on my previous correspondence dated 13 January regarding your two certification accounts. We have not received your response yet.

Could you please let us know if you still require assistance on this? If we do not hear from you in next 3 business days, we will presume that you no longer need help and this case will be moved to resolved state.

Thanks & Regards,
Karthik
Amazon Web Services
""" + foot_console_en(D_CASE))
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject=f"RE:[CASE {D_CASE}] Two certification accounts - need a single one", body=body)


add("raman-console-c", "support_reply", "en", D_CASE, [], True, m45)


def m46(fn):
    d = dt(2025, 7, 23, 2, 12, 45)
    s = sender_aws(FORM, AWSN, d)
    # declared Shift_JIS, really CP932 (circled digits, fullwidth tilde)
    body = tp(f"""鈴木 美咲 様

AWS トレーニングと認定の高橋でございます。
このたびはお問い合わせいただき、ありがとうございます。

ご本人様確認のため、恐れ入りますが以下の点をお知らせいただけますでしょうか。

① 各受験者IDにご登録のメールアドレス（ご記憶の範囲で構いません）
　　・{E_KEEP}
　　・{E_OLD}
② 今後お使いになりたい受験者ID
③ 受験者IDが2つになった経緯（ご転職に伴うメールアドレスの変更など）

いただいた情報をもとに照合し、あらためてご案内いたします。ご返信は 2～3 営業日以内にいただけますと、スムーズにお手続きを進められます。

AWS トレーニングと認定　高橋
""" + FOOT_FORM_JA, label="Shift_JIS", real="cp932", cte="quoted-printable")
    build(fn, recv=hdr_jp("nifty", E_TO, s, d), s=s, d=d, to_hdr=E_TO,
          subject=f"RE:[CASE {E_CASE}] {FORM_SUBJ}", body=body)


add("suzuki-form-a", "support_reply", "ja", E_CASE, [E_KEEP, E_OLD], True, m46)


def m47(fn):
    d = dt(2026, 2, 4, 21, 30, 14)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""Hello,

A member of the AWS Support team has posted an update to your support case {H_CASE}. To read it and respond, open the case in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=en

This notification was sent from an address that can't receive replies.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""", label="us-ascii", cte="7bit")
    build(fn, recv=hdr_gmail(H_TO, s, d), s=s, d=d, to_hdr=H_TO,
          subject=f"[Case {H_CASE}] New correspondence added", body=body)


add("rossi-console-a", "support_reply", "en", H_CASE, [], True, m47)


def m48(fn):
    d = dt(2025, 10, 23, 1, 30, 41)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""山本 翔 様

ご返信ありがとうございます。石井です。
ご了承いただいた内容で、担当部署へ作業を依頼いたしました。

統合が完了しましたら、改めてこちらのケースでご連絡いたします。完了後は aws11408263 ではサインインできなくなり、認定資格はすべて aws07015538 でご確認いただける形になります。通常 2〜3 営業日ほどお時間をいただいております。

石井
Amazon Web Services
""" + foot_console_ja(G_CASE), cte="base64")
    subj = f"RE:[CASE {G_CASE}] " + ew("認定アカウントの統合について", "UTF-8")
    build(fn, recv=hdr_ms(G_TO, s, d), s=s, d=d, to_hdr=G_TO, subject=subj, body=body)


add("yamamoto-console-d", "support_reply", "ja", G_CASE, [G_KEEP, G_OLD], True, m48)


def m49(fn):
    d = dt(2025, 12, 10, 16, 44, 2)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""Hi Tomás,

I noticed you sent us a new request through the form yesterday about the same profiles. To keep everything in one place I've closed that one and I'm answering you here instead, so there's no need to open another.

You're right that the Developer – Associate didn't come across. It turns out it was recorded against a third candidate ID, {J_THIRD}, which wasn't part of the original request. I've asked our records team to look at moving it onto {J_KEEP} and will update you on this thread as soon as I hear back from them.

Best regards,
Nadia
AWS Training and Certification
""" + FOOT_FORM_EN)
    build(fn, recv=hdr_gmail(J_TO, s, d), s=s, d=d, to_hdr=J_TO,
          subject=f"RE:[CASE {J_CASE}] {FORM_SUBJ}", body=body)


add("herrera-form-d", "support_reply", "en", J_CASE, [J_KEEP, J_THIRD], True, m49)


def m50(fn):
    d = dt(2025, 12, 3, 6, 0, 37)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""中村 直樹 様

AWS トレーニングと認定の佐野でございます。

ご依頼の件を確認しておりましたところ、{K_OLD} のほうに 12月13日の試験予約（ANS-C01）が入っていることがわかりました。予約が残ったまま2つのアカウントを一つにしますと、受験当日に本人確認が通らなくなるおそれがございます。

そのため、誠に恐れ入りますが、ご受験が終わるまで作業を保留とさせていただきます。受験後に本メールへご一報いただければ、その時点で手続きを再開いたします。

佐野
AWS トレーニングと認定
""" + FOOT_FORM_JA, label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    build(fn, recv=hdr_noar(K_TO, s, d), s=s, d=d, to_hdr=K_TO,
          subject=f"RE:[CASE {K_CASE}] {FORM_SUBJ}", body=body)


add("nakamura-form-b", "support_reply", "ja", K_CASE, [K_OLD], None, m50)


def m51(fn):
    d = dt(2026, 3, 3, 3, 20, 16)
    s = sender_aws(FORM, AWSN, d)
    body = tp(f"""小林 由衣 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの川口です。

小林様のお名前で、次の2つの受験者IDが見つかりました。

　aws 09127734（yui.kobayashi.0312@gmail.com）
　aws 04385516（y-kobayashi@minato-soft.co.jp）

ひとつにまとめた後に残るのは、このうち一方だけです。今後どちらをお使いになりたいか、本メールへのご返信でお知らせいただけますか。

川口
AWS トレーニングと認定
""" + FOOT_FORM_JA)
    build(fn, recv=hdr_gmail(L_TO, s, d), s=s, d=d, to_hdr=L_TO,
          subject=f"RE:[CASE {L_CASE}] {FORM_SUBJ}", body=body)


add("kobayashi-form-a", "support_reply", "ja", L_CASE, [L_A, L_B], True, m51)


# =========================================================================== unrelated
def m52(fn):
    d = dt(2025, 6, 12, 13, 27, 51)
    s = sender_generic("notifications@github.com", "Jana Weber", d, helo="out-21.smtp.github.com",
                       ip="192.30.252.%d" % RNG.randint(192, 215), mailfrom="noreply@github.com",
                       dkim_dom="github.com", policy_="REJECT",
                       msgid="<fahrwerk-labs/infra-terraform/pull/482/issue_event/17734421096@github.com>")
    s["dkims"] = [("github.com", "pf2023")]
    txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/fahrwerk-labs/infra-terraform/pull/482#event-17734421096
You are receiving this because you authored the thread.

Message ID: <fahrwerk-labs/infra-terraform/pull/482/issue_event/17734421096@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/fahrwerk-labs/infra-terraform/pull/482">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/fahrwerk-labs/infra-terraform/pull/482#event-17734421096">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/ABX3Q7">unsubscribe</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/ABX3Q7.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;fahrwerk-labs/infra-terraform/pull/482/issue_event/17734421096@github.com&gt;</span></span></p>
"""
    body = alt(tp(txt, cte="7bit", label="UTF-8"), tp(html, subtype="html", cte="7bit"),
               boundary="--==_mimepart_%s_%d" % (rhex(6), RNG.randint(100000, 999999)))
    ref = "<fahrwerk-labs/infra-terraform/pull/482@github.com>"
    build(fn, recv=hdr_gmail(F_TO, s, d), s=s, d=d, to_hdr="fahrwerk-labs/infra-terraform <infra-terraform@noreply.github.com>",
          from_hdr='Jana Weber <notifications@github.com>',
          reply_to="fahrwerk-labs/infra-terraform <reply+ABX3Q7KQ2ZVJ6M5@reply.github.com>",
          subject="Re: [fahrwerk-labs/infra-terraform] Merge account modules into a single stack (PR #482)",
          body=body, in_reply_to=ref, references=ref,
          extra_own=["List-ID: fahrwerk-labs/infra-terraform <infra-terraform.fahrwerk-labs.github.com>",
                     "X-GitHub-Reason: author", "X-GitHub-Sender: jweber-fw", "Precedence: list"])


add("brenner-gh", "unrelated", "en", None, [], False, m52)


def m53(fn):
    d = dt(2025, 8, 19, 8, 30, 4)
    s = sender_aws(NOREPLY, AWSN, d)
    body = tp(f"""佐藤 遥 様

Amazon Web Services 請求サポートの藤井でございます。

ご質問いただいた請求書の宛名の件についてご案内いたします。

お客様のアカウントは AWS Organizations の一括請求（コンソリデーティッドビリング）により、管理アカウントへ請求が統合されております。そのため、請求書はメンバーアカウントではなく管理アカウント側で発行されており、宛名の変更も管理アカウントの請求設定から行っていただく必要がございます。

手順は以下のとおりです。
1. 管理アカウントにサインインし、請求とコスト管理コンソールを開きます。
2. 「お支払い設定」から請求先の連絡先情報を編集します。
3. 翌月分以降の請求書に新しい宛名が反映されます。

藤井
Amazon Web Services
""" + foot_console_ja(A_BILL), label="ISO-2022-JP", real="iso-2022-jp", cte="7bit")
    subj = f"RE:[CASE {A_BILL}] " + ew("請求書の宛名変更について", "ISO-2022-JP")
    build(fn, recv=hdr_gmail(A_TO, s, d), s=s, d=d, to_hdr=A_TO, subject=subj, body=body)


add("sato-billing", "unrelated", "ja", A_BILL, [], True, m53)


def m54(fn):
    d = dt(2026, 3, 10, 14, 2, 47)
    s = sender_aws("seller-notification@amazon.com", "Amazon Selling Partner Support", d)
    case = "5884390127"
    body = tp(f"""Hello Marco,

Thank you for your patience.

We have completed the merge of your two seller accounts. The listings, inventory and open orders from the account registered to rossi.bottega@gmail.com have been moved to the account registered to marco.rossi.it@gmail.com, and the old account has been deactivated. Your payment settings and tax information on the remaining account were not changed.

Please allow up to 24 hours for all listings to appear in Manage Inventory.

Was this email helpful? Please rate our response by clicking one of the links below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={case}&rating=yes
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={case}&rating=no

We appreciate your business.

Regards,
Giulia B.
Amazon Selling Partner Support
""")
    build(fn, recv=hdr_gmail(H_TO, s, d), s=s, d=d, to_hdr=H_TO,
          subject=f"RE:[CASE {case}] Request to merge two seller accounts", body=body)


add("rossi-sc", "unrelated", "en", "5884390127", [], True, m54)


def m55(fn):
    d = dt(2025, 10, 24, 5, 2, 33)
    s = dict(kind="internal", addr="m.sasaki@kaname-systems.co.jp", name="佐々木 真理", ip="", helo="",
             mailfrom="m.sasaki@kaname-systems.co.jp", mailfrom_dom="kaname-systems.co.jp", dkims=[],
             from_dom="kaname-systems.co.jp", policy="NONE",
             msgid="<TYCPR01MB8443%s@TYCPR01MB8443.jpnprd01.prod.outlook.com>" % rhex(8).upper(), extra=[])
    body = tp(f"""山本さん

お疲れさまです。佐々木です。
研修管理の共有アドレス宛てに AWS から下記が届いていたので転送します。

AWS07015538 のほうに一本化されたとのことですので、社内の資格台帳も AWS07015538 で更新しておきます。
AWS11408263 は台帳から外しておきますね。

よろしくお願いします。

佐々木 真理
人事部 人材開発グループ
株式会社カナメシステムズ

-------- 転送メッセージ --------
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: {jq_date(G_DONE_DATE)}
宛先: training-admin@kaname-systems.co.jp
件名: RE:[CASE {G_CASE}] 認定アカウントの統合について

{G_DONE_TEXT}
詳しくは HTML 版のメールをご覧ください。

石井
Amazon Web Services
""")
    subj = ew(f"FW: RE:[CASE {G_CASE}] 認定アカウントの統合について", "UTF-8", n=20)
    build(fn, recv=hdr_ms(G_TO, s, d, verdict="internal"), s=s, d=d, date_tz=JST,
          to_hdr=ew("山本 翔", "UTF-8") + " <%s>" % G_TO,
          from_hdr=ew("佐々木 真理", "UTF-8") + " <m.sasaki@kaname-systems.co.jp>",
          subject=subj, body=body, sign=False,
          extra_own=["Thread-Topic: " + ew(f"RE:[CASE {G_CASE}] 認定アカウントの統合について", "UTF-8", n=20),
                     "Thread-Index: " + rb64(22),
                     "Content-Language: ja-JP",
                     "X-MS-Has-Attach:"])


add("sasaki-mail", "unrelated", "ja", G_CASE, [G_KEEP, G_OLD], False, m55)


def m56(fn):
    d = dt(2026, 1, 26, 20, 14, 58)
    s = sender_credly("admin@credly.com", "Credly", d, D_TO)
    code = "483920"
    txt = f"""Hi Priya,

We received a request to combine the Credly account priya.r@techvista.in with the account you are signed in to.

Your verification code is: {code}

Enter the code on the merge screen, or use the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token={rhex(12)}

If you didn't ask for this, you can ignore this e-mail; nothing will change.
""" + CREDLY_FOOT_TXT
    html = credly_html(["Hi Priya,",
                        "We received a request to combine the Credly account <b>priya.r@techvista.in</b> with the account you are signed in to.",
                        f'Your verification code is: <span style="font-size:22px;letter-spacing:4px;font-weight:bold;">{code}</span>',
                        "The code expires in 30 minutes. If you didn't ask for this, you can ignore this e-mail; nothing will change."],
                       "Complete Account Merge", "https://www.credly.com/users/account_merge/confirm?token=%s" % rhex(12))
    body = alt(tp(txt), tp(html, subtype="html"), boundary=b_sendgrid())
    build(fn, recv=hdr_ms(D_TO, s, d, consumer=True), s=s, d=d, to_hdr=D_TO,
          subject="Your Credly account merge code", body=body)


add("credly-raman-b", "unrelated", "en", None, [], True, m56)


def m57(fn):
    d = dt(2025, 8, 20, 1, 48, 30)
    s = sender_generic("pearsonvuecustomerservice@pearson.com", "Pearson VUE", d,
                       helo="mx-out-07.pearson.com", ip="159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                       mailfrom="bounces@pearson.com", dkim_dom="pearson.com", policy_="REJECT")
    txt = f"""鈴木 美咲 様

AWS Certified Solutions Architect - Professional 試験のご予約が確定しましたのでお知らせします。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (Japanese)
日時: 2025年9月6日(土) 10:00 (JST)
会場: テストセンター 新宿（東京都新宿区西新宿）
登録番号: 482917365
受験者ID: {E_KEEP}

当日は、有効な本人確認書類を2点ご持参のうえ、開始時刻の30分前までに会場へお越しください。

予約の変更・キャンセルは、試験開始の24時間前までにお手続きください。

Pearson VUE
"""
    html = html_wrap(p("鈴木 美咲 様",
                       "AWS Certified Solutions Architect - Professional 試験のご予約が確定しましたのでお知らせします。",
                       f"<b>試験:</b> SAP-C02 (Japanese)<br><b>日時:</b> 2025年9月6日(土) 10:00 (JST)<br><b>会場:</b> テストセンター 新宿<br><b>登録番号:</b> 482917365<br><b>受験者ID:</b> {E_KEEP}",
                       "当日は、有効な本人確認書類を2点ご持参のうえ、開始時刻の30分前までに会場へお越しください。",
                       "Pearson VUE"), "ja")
    body = alt(tp(txt, cte="base64"), tp(html, subtype="html", cte="base64"))
    subj = ew("試験予約の確認: AWS Certified Solutions Architect - Professional", "UTF-8")
    build(fn, recv=hdr_jp("nifty", E_TO, s, d), s=s, d=d, to_hdr=E_TO, subject=subj, body=body)


add("suzuki-vue", "unrelated", "ja", None, [E_KEEP], False, m57)


def m58(fn):
    d = dt(2026, 1, 5, 15, 10, 3)
    s = sender_credly("admin@credly.com", CREDLY_NAME, d, J_TO)
    url = "https://aws.amazon.com/certification/recertification/"
    txt = f"""Hi Tomás,

Your AWS Certified Cloud Practitioner badge expires on March 4, 2026.

To keep it active, Amazon Web Services Training and Certification asks you to recertify before that date. Once it expires, the badge will still appear on your profile but will be marked as expired.

Learn about recertification: {url}
""" + CREDLY_FOOT_TXT
    html = credly_html(["Hi Tomás,",
                        "Your <b>AWS Certified Cloud Practitioner</b> badge expires on <b>March 4, 2026</b>.",
                        "To keep it active, Amazon Web Services Training and Certification asks you to recertify before that date."],
                       "Learn about recertification", url)
    body = alt(tp(txt), tp(html, subtype="html"), boundary=b_sendgrid())
    build(fn, recv=hdr_gmail(J_TO, s, d), s=s, d=d, to_hdr=J_TO,
          subject="Your badge expires in 60 days", body=body)


add("credly-herrera", "unrelated", "en", None, [], True, m58)


def m59(fn):
    d = dt(2026, 2, 20, 11, 4, 19)
    s = sender_aws("no-reply@signin.aws", "AWS", d, dkim_domain="signin.aws")
    body = tp("""AWS Builder ID

メールアドレスの確認

AWS Builder ID の作成を続けるには、次の確認コードを入力してください。

確認コード: 583012

このコードの有効期限は、送信から 10 分間です。

お心当たりのない場合は、このメールを無視してください。AWS から確認コードやパスワードをお尋ねすることはありません。

Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109
""", cte="base64")
    subj = ew("AWS Builder ID: メールアドレスの確認", "UTF-8")
    build(fn, recv=hdr_gmail(L_TO, s, d), s=s, d=d, to_hdr=L_TO, subject=subj, body=body)


add("kobayashi-signin", "unrelated", "ja", None, [], True, m59)


def m60(fn):
    d = dt(2026, 3, 18, 0, 33, 50)
    s = sender_generic("billing@aws-jp-account.net", "AWS お支払いセンター", d,
                       helo="mail.aws-jp-account.net", ip="103.214.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                       mailfrom="info@aws-jp-account.net", dkim_dom="aws-jp-account.net", policy_="NONE")
    case = "20931847561"
    inner = p("AWS をご利用のお客様",
              f"お客様のアカウントで、お支払い方法の確認が必要な取引が検出されました（ケース番号: {case}）。",
              "72時間以内にお支払い情報を更新されない場合、アカウントに関連付けられたすべてのリソースが停止されます。",
              '<a href="https://aws-jp-account.net/billing/verify" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">お支払い情報を更新する</a>',
              "AWS お支払いセンター")
    body = tp(html_wrap(inner, "ja"), subtype="html", cte="base64")
    subj = ew("【重要】AWS アカウントのお支払い情報の確認が必要です", "UTF-8")
    build(fn, recv=hdr_gmail(L_TO, s, d, verdict="lookalike"), s=s, d=d, to_hdr=L_TO,
          from_hdr=ew("AWS お支払いセンター", "UTF-8") + " <billing@aws-jp-account.net>",
          subject=subj, body=body)


add("kobayashi-billing", "unrelated", "ja", "20931847561", [], False, m60)


# =========================================================================== main
def main():
    assert len(MAILS) == 60, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(860086).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fn = "%03d-%s.eml" % (n, m["slug"])
        m["make"](fn)
        labels[fn] = {"kind": m["kind"], "case_id": m["case"], "account_ids": m["ids"],
                      "sender_verified": m["sv"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
    print("wrote", len(labels))


if __name__ == "__main__":
    main()
