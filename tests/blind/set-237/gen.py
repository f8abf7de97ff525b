#!/usr/bin/env python3
"""Generator for blind set 237: AWS Certification account-merge mailbox.

Emphasis: acknowledgements, status and the middle of the case (unusual
auto-acknowledgement templates, first replies that acknowledge and ask,
status updates, escalations, reminders, reopen / new-correspondence
notices), English and Japanese, look-alikes from other AWS services and
other companies.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json here)
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(237)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))
EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))

LABELS = {}
NEWTEXT = {}

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def cid15(dt, tail=None):
    """15-digit case id: Unix time the case opened + 5 digits."""
    ts = int(dt.timestamp())
    if tail is None:
        tail = RNG.randint(0, 99999)
    return "%d%05d" % (ts, tail)


def ses_msgid(dt, domain="email.amazonses.com"):
    ms = int(dt.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)


def ses_envelope(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    host = "amazonses.com" if region is None else "%s.amazonses.com" % region
    return "0100%012x-%s-%s-%s-%s-%s-000000@%s" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), host)


def fdate(dt):
    return format_datetime(dt)


def enc_words(s, charset="utf-8", q=False, label=None, first_room=66):
    """Encode `s` as RFC 2047 encoded-words in `charset` (B or Q), each word
    at most 75 characters, folded with CRLF-space; ASCII runs at the start
    are kept as plain text when `keep_ascii_prefix`."""
    label = label or charset
    words = []
    cur = ""

    def ew(t):
        raw = t.encode(charset)
        if q:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
            return "=?%s?Q?%s?=" % (label, body)
        return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode())

    for ch in s:
        if cur and len(ew(cur + ch)) > 75:
            words.append(ew(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew(cur))
    return "\n ".join(words)


def enc_subject(s, charset="utf-8", q=False, maxlinelen=76, label=None):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    return enc_words(s, charset, q, label)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def fold_kv(name, items, indent="        "):
    """Fold a header of ';'-separated items like Authentication-Results."""
    out = name + ": " + items[0]
    for it in items[1:]:
        out += ";\n" + indent + it
    return out


def dkim_sig(d, s, dt, headers="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    t = int(dt.timestamp())
    b = rb64(128)
    bh = rb64(32)
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;",
             "\ts=%s; d=%s; t=%d;" % (s, d, t),
             "\th=%s;" % headers,
             "\tbh=%s;" % bh,
             "\tb=%s" % b[:70],
             "\t %s" % b[70:]]
    return "\n".join(lines)


SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
AMZ_SEL = "pr4ygq6j2bxvzzw7ehllq4ydmxjxuxxb"
AMZ_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"

# --------------------------------------------------------------------------
# transport / authentication
# --------------------------------------------------------------------------

class Src:
    """Where a message comes from (sending side)."""

    def __init__(self, kind, from_domain, dt, **kw):
        self.kind = kind
        self.from_domain = from_domain
        self.dt = dt
        self.kw = kw
        if kind == "ses":
            n = RNG.choice([8, 27, 48, 13, 35])
            last = RNG.randint(10, 250)
            region = kw.get("region")
            self.helo = "a%d-%d.smtp-out.amazonses.com" % (n, last)
            if region:
                self.helo = "a%d-%d.smtp-out.%s.amazonses.com" % (n, last, region)
            self.ip = "54.240.%d.%d" % (n, last)
            self.envfrom = ses_envelope(dt, region)
            self.envdom = self.envfrom.split("@")[1]
        elif kind == "credly":
            self.helo = "o%d.ptr%d.credly.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999))
            self.ip = "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
            self.envfrom = "bounces+%d-%s@em.credly.com" % (
                RNG.randint(1000000, 9999999), rhex(4))
            self.envdom = "em.credly.com"
        else:
            self.helo = kw["helo"]
            self.ip = kw["ip"]
            self.envfrom = kw["envfrom"]
            self.envdom = self.envfrom.split("@")[1]


def verdict(src, dkim=None, spf="pass", dmarc="pass", policy="QUARANTINE"):
    """dkim: list of (result, domain)."""
    if dkim is None:
        if src.kind == "ses":
            dkim = [("pass", src.from_domain), ("pass", "amazonses.com")]
        else:
            dkim = [("pass", src.from_domain)]
    return {"dkim": dkim, "spf": spf, "dmarc": dmarc, "policy": policy}


def trace_headers(provider, to_addr, src, v, arrive):
    """Return list of header strings (topmost first) added by the
    receiving side, including the provider's Authentication-Results."""
    H = []
    sel = {"amazon.com": AMZ_SEL, "amazonses.com": SES_SEL}
    if provider == "gmail":
        H.append("Delivered-To: %s" % to_addr)
        H.append("Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(4), ralnum(6) + "csp" + str(RNG.randint(100000, 999999)),
            fdate(arrive)))
        H.append("X-Google-Smtp-Source: AGHT+I%s" % ralnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        H.append("X-Received: by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(3), rhex(3), rhex(3), rhex(4), ralnum(16), RNG.randint(1, 99), RNG.randint(10**10, 10**11),
            fdate(arrive)))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(arrive.timestamp()), rb64(60)))
        H.append("Return-Path: <%s>" % src.envfrom)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            src.helo, src.helo, src.ip, ralnum(22), RNG.randint(1, 999), RNG.randint(10**10, 10**11),
            to_addr, fdate(arrive)))
        items = ["mx.google.com"]
        for res, d in v["dkim"]:
            items.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (
                res, d, sel.get(d, ralnum(10)), ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
        spfw = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate", "neutral": "is neither permitted nor denied by best guess record for"}[v["spf"]]
        if v["spf"] == "pass":
            items.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (src.envfrom, src.ip, src.envfrom))
        else:
            items.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (v["spf"], src.envfrom, spfw, src.ip, src.envfrom))
        if v["dmarc"]:
            items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                v["dmarc"], v["policy"], v["policy"], "NONE" if v["dmarc"] == "pass" else v["policy"], src.from_domain))
        H.insert(5, fold_kv("ARC-Authentication-Results", ["i=1; " + items[0]] + items[1:], "       "))
        H.append(fold_kv("Authentication-Results", items, "       "))
    elif provider in ("outlook", "o365"):
        # Outlook.com / Exchange Online: no authserv-id on Authentication-Results
        H.append("Received: from %s (2603:10b6:%s::%s) by %s with\n HTTPS; %s" % (
            "SA1PR%02dMB%04d.namprd%02d.prod.outlook.com" % (RNG.randint(10, 19), RNG.randint(1000, 9999), RNG.randint(10, 19)),
            rhex(3), rhex(2),
            "SN7PR%02dMB%04d.namprd%02d.prod.outlook.com" % (RNG.randint(10, 19), RNG.randint(1000, 9999), RNG.randint(10, 19)),
            fdate(arrive)))
        H.append("Received: from %s (2603:10b6:%s::%s)\n by %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            "BN9PR03CA%04d.namprd03.prod.outlook.com" % RNG.randint(1000, 9999), rhex(3), rhex(2),
            "SA1PR%02dMB%04d.namprd%02d.prod.outlook.com" % (RNG.randint(10, 19), RNG.randint(1000, 9999), RNG.randint(10, 19)),
            rhex(3), rhex(2), RNG.randint(8000, 9300), RNG.randint(10, 40), fdate(arrive)))
        parts = []
        parts.append("spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (v["spf"], src.ip, src.envdom))
        for res, d in v["dkim"]:
            if res == "none":
                parts.append(" dkim=none (message not signed)\n header.d=none")
            else:
                parts.append(" dkim=%s (%s)\n header.d=%s" % (res, "signature was verified" if res == "pass" else "signature did not verify", d))
        if v["dmarc"]:
            act = "none" if v["dmarc"] in ("pass", "none") else ("quarantine" if v["policy"] == "QUARANTINE" else "oreject")
            parts.append("dmarc=%s action=%s header.from=%s" % (v["dmarc"], act, src.from_domain))
            parts.append("compauth=%s reason=%s" % ("pass" if v["dmarc"] == "pass" else "fail", {"pass": "100", "none": "001"}.get(v["dmarc"], "000")))
        H.append("Authentication-Results: " + ";".join(parts))
        H.append("Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            "Pass" if v["spf"] == "pass" else v["spf"].capitalize(), src.envdom, src.ip, src.ip, src.helo))
        H.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            src.helo, src.ip, "BN2PEPF0000%04d.namprd04.prod.outlook.com" % RNG.randint(1000, 9999),
            RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9300), RNG.randint(10, 40), fdate(arrive)))
    elif provider == "yahoo":
        H.append("Received: from 10.197.%d.%d\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s" % (
            RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(100, 400), fdate(arrive)))
        items = ["atlas-production.v2.mail.yahoo.com"]
        for res, d in v["dkim"]:
            items.append("dkim=%s header.i=@%s header.s=%s" % (res, d, sel.get(d, ralnum(10))))
        items.append("spf=%s smtp.mailfrom=%s" % (v["spf"], src.envdom))
        if v["dmarc"]:
            items.append("dmarc=%s(p=%s) header.from=%s" % (v["dmarc"], v["policy"], src.from_domain))
        H.append(fold_kv("Authentication-Results", items, " "))
        H.append("Received: from %s (EHLO %s) ([%s])\n by mta%d.am0.yahoodns.net with SMTPs; %s" % (
            src.ip, src.helo, src.ip, RNG.randint(1000, 9999), fdate(arrive)))
    elif provider == "fastmail":
        H.append("Return-Path: <%s>" % src.envfrom)
        H.append("Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (
            RNG.randint(1, 9), RNG.randint(1, 9), RNG.randint(40, 60), RNG.randint(10, 99), rhex(6), fdate(arrive)))
        items = ["mx%d.messagingengine.com" % RNG.randint(1, 6)]
        for res, d in v["dkim"]:
            items.append("dkim=%s (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024" % (
                res, d, d, ralnum(8), sel.get(d, ralnum(10))))
        if v["dmarc"]:
            items.append("dmarc=%s policy.published-domain-policy=quarantine header.from=%s" % (v["dmarc"], src.from_domain))
        items.append("spf=%s smtp.mailfrom=%s smtp.helo=%s" % (v["spf"], src.envfrom, src.helo))
        H.append(fold_kv("Authentication-Results", items, "    "))
        H.append("Received: from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s" % (
            RNG.randint(1, 6), RNG.randint(200, 220), RNG.randint(1, 9), fdate(arrive)))
        H.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            src.helo, src.helo, src.ip, RNG.randint(1, 6), ralnum(11, "0123456789ABCDEF"), to_addr, fdate(arrive)))
    elif provider in ("nifty", "ocn", "biglobe", "sonet", "docomo", "icloud"):
        host = {"nifty": "mx.nifty.com", "ocn": "mfilter-%d.ocn.ad.jp" % RNG.randint(100, 999),
                "biglobe": "mx.biglobe.ne.jp", "sonet": "mx-s.so-net.ne.jp",
                "docomo": "mfsmax.docomo.ne.jp", "icloud": "bimi.icloud.com"}[provider]
        rhost = {"nifty": "mta-snd%02d.nifty.com" % RNG.randint(1, 20),
                 "ocn": "mf%02d.ocn.ad.jp" % RNG.randint(1, 30),
                 "biglobe": "mx%02d.biglobe.ne.jp" % RNG.randint(1, 20),
                 "sonet": "mx%02d-s.so-net.ne.jp" % RNG.randint(1, 20),
                 "docomo": "mfsmax%02d.docomo.ne.jp" % RNG.randint(1, 20),
                 "icloud": "ms%02di-mx.icloud.com" % RNG.randint(1, 60)}[provider]
        H.append("Return-Path: <%s>" % src.envfrom)
        H.append("Received: from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (
            src.helo, src.helo, src.ip, rhost, ralnum(14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), to_addr, fdate(arrive)))
        items = [host]
        items.append("spf=%s smtp.mailfrom=%s" % (v["spf"], src.envfrom))
        for res, d in v["dkim"]:
            items.append("dkim=%s header.d=%s header.i=@%s" % (res, d, d))
        if v["dmarc"]:
            items.append("dmarc=%s header.from=%s" % (v["dmarc"], src.from_domain))
        if provider == "icloud":
            items = ["dmarc=%s header.from=%s" % (v["dmarc"], src.from_domain)] if v["dmarc"] else []
            H.append("Authentication-Results: bimi.icloud.com; bimi=none")
            H.append("X-ARC-Info: policy=dmarc; arc=none")
            H.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (v["dmarc"], src.from_domain))
            H.append("Authentication-Results: dkim-verifier.icloud.com; " + "; ".join(
                "dkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s" % (r, d, d, ralnum(8)) for r, d in v["dkim"]))
            H.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
                v["spf"], src.envfrom, src.ip, src.envfrom))
            # order: topmost first; iCloud puts dmarc on top
            H[2], H[4] = H[4], H[2]
        else:
            H.append(fold_kv("Authentication-Results", items, "\t"))
    elif provider == "corp":
        # on-premises relay that adds no Authentication-Results
        H.append("Received: from mailgw%02d.%s (mailgw%02d.%s [10.10.%d.%d])\n\tby mbx%02d.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            RNG.randint(1, 9), to_addr.split("@")[1], RNG.randint(1, 9), to_addr.split("@")[1], RNG.randint(1, 250),
            RNG.randint(1, 250), RNG.randint(1, 9), to_addr.split("@")[1], ralnum(10, "0123456789ABCDEF"), to_addr, fdate(arrive)))
        H.append("Received: from %s (%s [%s])\n\tby mailgw%02d.%s (Postfix) with ESMTPS id %s;\n\t%s" % (
            src.helo, src.helo, src.ip, RNG.randint(1, 9), to_addr.split("@")[1], ralnum(10, "0123456789ABCDEF"), fdate(arrive)))
    elif provider == "none":
        pass
    else:
        raise ValueError(provider)
    return H


def sender_side(src, dt, dkim_domains):
    H = []
    if src.kind == "ses":
        for d in dkim_domains:
            sel = {"amazon.com": AMZ_SEL, "amazonses.com": SES_SEL}.get(d, ralnum(32))
            H.append(dkim_sig(d, sel, dt, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID" if d == "amazonses.com" else "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"))
    else:
        for d in dkim_domains:
            H.append(dkim_sig(d, ralnum(RNG.choice([2, 8, 12]), "abcdefghijklmnopqrstuvwxyz0123456789"), dt))
    return H


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------

def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None):
    """A text/* part whose bytes are `text` encoded with `charset` and
    transfer-encoded with `cte`; `label` overrides the declared charset
    (to simulate a wrong charset label)."""
    raw = text.replace("\r\n", "\n").encode(charset, errors="strict")
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", errors="surrogateescape")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def related(*parts, boundary=None):
    m = MIMEMultipart("related", boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def image_part(name, cid):
    # tiny 1x1 png
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    p = MIMENonMultipart("image", "png", name=name)
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-ID"] = "<%s>" % cid
    p["Content-Disposition"] = 'inline; filename="%s"' % name
    p.set_payload(base64.encodebytes(png).decode())
    return p


def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text):
    """Plain text -> simple <p> html, keeping line breaks."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

def build(headers_top, sender_hdrs, core, body, extra=()):
    """headers_top: provider trace (list of str); sender_hdrs: DKIM etc;
    core: list of (name, value) for From/To/Subject/...; body: MIME object."""
    lines = []
    lines.extend(headers_top)
    lines.extend(sender_hdrs)
    for n, v in core:
        lines.append("%s: %s" % (n, v))
    lines.extend(extra)
    head = "\n".join(lines) + "\n"
    body_bytes = body.as_bytes()
    return head.encode("ascii") + body_bytes


ID_RE = re.compile(r"(?i)(?<![A-Za-z])aws[ \-]?(\d{8})(?!\d)")


def ids_in(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))


def mail(name, kind, case_id, ids, verified, lang, *, frm, to, subject, date,
         body, new_text, provider="gmail", src=None, v=None, dkim_domains=None,
         arrive_delay=None, extra=(), msgid=None, subject_charset="utf-8",
         subject_q=False, reply_to=None, cc=None, top_extra=(), in_reply_to=None,
         raw_subject=None):
    """Register one mail."""
    assert kind in ("case_created", "merge_confirmation_requested", "merge_completed",
                    "survey", "credly_badge_issued", "support_reply", "unrelated"), kind
    if arrive_delay is None:
        arrive_delay = timedelta(seconds=RNG.randint(1, 9))
    arrive = date + arrive_delay
    to_addr = re.search(r"[\w.+\-]+@[\w.\-]+", to).group(0)
    top = trace_headers(provider, to_addr, src, v, arrive) if provider != "none" else []
    top = list(top_extra) + top
    if dkim_domains is None:
        dkim_domains = [d for _, d in (v["dkim"] if v else [])]
    sh = sender_side(src, date, dkim_domains) if src else []
    if msgid is None:
        msgid = ses_msgid(date) if src and src.kind == "ses" else "<%s@%s>" % (rhex(24), src.from_domain if src else "localhost")
    core = [("From", frm)]
    if reply_to:
        core.append(("Reply-To", reply_to))
    core.append(("To", to))
    if cc:
        core.append(("Cc", cc))
    core.append(("Subject", raw_subject if raw_subject is not None else enc_subject(subject, subject_charset, subject_q)))
    core.append(("Date", fdate(date)))
    core.append(("Message-ID", msgid))
    if in_reply_to:
        core.append(("In-Reply-To", in_reply_to))
        core.append(("References", in_reply_to))
    ex = list(extra)
    if src and src.kind == "ses":
        ex.append("Feedback-ID: ::1.us-east-1.%s=:AmazonSES" % rb64(33).rstrip("="))
        ex.append("X-SES-Outgoing: %s-%s" % (date.astimezone(UTC).strftime("%Y.%m.%d"), src.ip))
    raw = build(top, sh, core, body, ex)
    fname = name + ".eml"
    assert re.match(r"^\d{3}-[a-z0-9\-]+\.eml$", fname), fname
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    ids = sorted(set(i.upper().replace(" ", "").replace("-", "") for i in ids))
    auto = ids_in(new_text)
    if auto != ids:
        print("ID MISMATCH in %s: declared %s, new text has %s" % (fname, ids, auto))
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": ids,
                     "sender_verified": verified, "language": lang}
    NEWTEXT[fname] = new_text


# common senders
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"


def ses_src(dt, from_domain="amazon.com", region=None):
    return Src("ses", from_domain, dt, region=region)


def aws_pass(src):
    return verdict(src)


SUPPORT_FOOTER_EN = """To see all of your cases, please visit the Support Center: https://console.aws.amazon.com/support/home#/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

SUPPORT_FOOTER_JA = """すべてのケースを確認するには、サポートセンターにアクセスしてください: https://console.aws.amazon.com/support/home#/

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 によって作成および配信されました。"""


def aws_html(inner, footer, lang="en", title="Amazon Web Services"):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%s</title>
<style type="text/css">
body { margin:0; padding:0; background-color:#f2f3f3; font-family: "Amazon Ember", Arial, sans-serif; }
.card { background:#ffffff; max-width:640px; margin:0 auto; }
.hdr { background:#232f3e; padding:14px 24px; }
.txt { color:#16191f; font-size:14px; line-height:20px; padding:24px; }
.ftr { color:#687078; font-size:11px; line-height:16px; padding:16px 24px; }
</style>
</head>
<body>
<table role="presentation" class="card" width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="hdr"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="60" height="36" /></td></tr>
<tr><td class="txt">
%s
</td></tr>
<tr><td class="ftr">
%s
</td></tr>
</table>
</body>
</html>
""" % (lang, esc(title), inner, paras_html(footer))


# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------

# ---- personas / cases ---------------------------------------------------
def D(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

# A: form case, Gmail
A_USER = addr("Daniel Okafor", "daniel.okafor87@gmail.com")
A_OPEN = D(2025, 11, 3, 14, 22, 7)
A_CASE = cid15(A_OPEN, 40713)
A_KEEP, A_OLD = "AWS04418273", "AWS09127735"
# B: console case in Japanese, nifty
B_USER = addr("田中 健太", "k-tanaka@nifty.com")
B_OPEN = D(2025, 9, 16, 10, 5, 44, JST)
B_CASE = cid15(B_OPEN, 21890)
B_KEEP, B_OLD = "AWS02265190", "AWS07731846"
# C: console case, Outlook.com, three accounts
C_USER = addr("Priya Raman", "priya.raman@outlook.com")
C_OPEN = D(2026, 1, 12, 9, 41, 18, IST)
C_CASE = cid15(C_OPEN, 71542)
C_KEEP, C_OLD1, C_OLD2 = "AWS05583921", "AWS03371044", "AWS08810265"
# D: 2019 console case, 10-digit id, Yahoo
D_USER = addr("Marco Bianchi", "marco.bianchi@yahoo.it")
D_OPEN = D(2019, 3, 11, 8, 17, 2)
D_CASE = "6187409231"
D_KEEP, D_OLD = "AWS00874412", "AWS01190327"
# E: 2022 form case, 11-digit id, iCloud
E_USER = addr("Sophie Laurent", "sophie.laurent@icloud.com")
E_OPEN = D(2022, 7, 19, 16, 2, 51)
E_CASE = "10472291830"
E_KEEP, E_OLD = "AWS03009876", "AWS06654321"
# F: form case in Japanese, docomo
F_USER = addr("佐藤 美咲", "misaki.sato.0412@docomo.ne.jp")
F_OPEN = D(2026, 2, 4, 21, 33, 9, JST)
F_CASE = cid15(F_OPEN, 3377)
F_KEEP, F_OLD = "AWS01827364", "AWS05938271"
# G: two console cases (first unanswered), Fastmail
G_USER = addr("Liam Chen", "liam@lchen.dev")
G_OPEN1 = D(2025, 6, 2, 3, 12, 40)
G_CASE1 = cid15(G_OPEN1, 55102)
G_OPEN2 = D(2025, 6, 10, 2, 58, 13)
G_CASE2 = cid15(G_OPEN2, 8841)
G_KEEP, G_OLD = "AWS07700231", "AWS02215588"
# H: console case in Japanese, corporate Exchange Online, reopened
H_USER = addr("渡辺 淳", "jun.watanabe@kanto-sys.co.jp")
H_OPEN = D(2025, 12, 8, 11, 47, 30, JST)
H_CASE = cid15(H_OPEN, 60218)
H_KEEP, H_OLD = "AWS04092211", "AWS06618840"
# I: form case, Yahoo Brazil, name mismatch
I_USER = addr("Ana Souza", "ana.souza@yahoo.com.br")
I_OPEN = D(2025, 8, 19, 18, 6, 55)
I_CASE = cid15(I_OPEN, 91004)
I_KEEP, I_OLD = "AWS08023317", "AWS03354870"
# J: form case, Gmail, escalated
J_USER = addr("Rahul Verma", "rahulverma.cloud@gmail.com")
J_OPEN = D(2025, 10, 21, 5, 40, 12)
J_CASE = cid15(J_OPEN, 12977)
J_KEEP, J_OLD = "AWS06120984", "AWS01473356"
# K: form case in Japanese, BIGLOBE
K_USER = addr("鈴木 大輔", "d-suzuki@kfa.biglobe.ne.jp")
K_OPEN = D(2025, 7, 1, 9, 14, 26, JST)
K_CASE = cid15(K_OPEN, 45620)
K_KEEP, K_OLD = "AWS09905512", "AWS04480027"
# L: console case, corporate mailbox without Authentication-Results
L_USER = addr("Emily Carter", "emily.carter@northwind-analytics.com")
L_OPEN = D(2025, 4, 14, 15, 3, 11)
L_CASE = cid15(L_OPEN, 30456)
L_KEEP, L_OLD = "AWS02039948", "AWS07385561"


def console_link(cid, lang="en"):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=%s" % (cid, lang)


def aws_mail(name, kind, case_id, ids, lang, *, to, subject, date, body, new_text,
             provider="gmail", frm=AWS_NOREPLY, verified=True, v=None, src=None, **kw):
    src = src or ses_src(date)
    v = v or aws_pass(src)
    mail(name, kind, case_id, ids, verified, lang, frm=frm, to=to, subject=subject,
         date=date, body=body, new_text=new_text, provider=provider, src=src, v=v, **kw)


def batch1():
    # 001 ---------------------------------------------------------------
    d = A_OPEN + timedelta(seconds=41)
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that we have received your
form submission and created case %s for it. A member of our Certification
support team will review your request and respond, in most cases within 24
hours.

A copy of what you submitted:

  Inquiry type:        Certification
  Detail:              Account Merge
  AWS candidate ID:    aws04418273
  Name:                Daniel Okafor
  Description:         I have two certification accounts. Please merge
                       AWS-09127735 (old, university email) into the one
                       above and keep my gmail as the login.

If you have more information to add, simply reply to this e-mail and keep
the case number in the subject line. Please do not submit a new form for
the same request, as this creates a duplicate case and can delay our
response.

Kind regards,
AWS Training and Certification Customer Support

This e-mail was sent from a monitored address. Replies are added to your case.
""" % A_CASE
    html = aws_html(paras_html(txt.split("Kind regards,")[0]) +
                    "<p>Kind regards,<br>AWS Training and Certification Customer Support</p>",
                    "This e-mail was sent from a monitored address. Replies are added to your case.\n\nAmazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")
    aws_mail("001-form-desk-auto-ack-with-submission-copy", "case_created", A_CASE,
             [A_KEEP, A_OLD], "en", frm=AWS_FORM, to=A_USER,
             subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % A_CASE,
             date=d, body=alt(tpart(txt), tpart(html, "html")), new_text=txt)

    # 002 ---------------------------------------------------------------
    d = B_OPEN + timedelta(seconds=12)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: 認定アカウント（CertMetrics）の統合のお願い
重大度: 一般的なガイダンス
お問い合わせのカテゴリ: アカウントおよび請求 > トレーニングと認定

ケースの詳細を確認したり、情報を追加したりするには、以下のリンクからサポートセンターにアクセスしてください。
%s

このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。

よろしくお願いいたします。
Amazon Web Services

%s
""" % (B_CASE, B_CASE, console_link(B_CASE, "ja"), SUPPORT_FOOTER_JA)
    aws_mail("002-console-case-opened-ja-iso2022jp", "case_created", B_CASE, [], "ja",
             to=B_USER, subject="Amazon Web Services: 新しいサポートケースをオープンしました: %s" % B_CASE,
             date=d, body=tpart(txt, charset="iso-2022-jp", cte="7bit"), new_text=txt,
             provider="nifty", subject_charset="iso-2022-jp",
             frm=addr("アマゾン ウェブ サービス", "no-reply-aws@amazon.com", "iso-2022-jp"))

    # 003 ---------------------------------------------------------------
    d = C_OPEN + timedelta(seconds=25)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge three AWS Certification accounts into one
Severity: General guidance
Correspondence: Please see the case in the Support Center for the full correspondence.

You can view and reply to this case in the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services

%s
""" % (C_CASE, C_CASE, console_link(C_CASE), SUPPORT_FOOTER_EN)
    inner = """<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your issue.</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Merge three AWS Certification accounts into one</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
</table>
<p><a href="%s" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none;border-radius:2px">View case</a></p>
<p>Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p>Best regards,<br>Amazon Web Services</p>""" % (C_CASE, C_CASE, console_link(C_CASE))
    aws_mail("003-console-case-opened-outlook-base64", "case_created", C_CASE, [], "en",
             to=C_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % C_CASE,
             date=d, body=alt(tpart(txt, cte="base64"), tpart(aws_html(inner, SUPPORT_FOOTER_EN), "html", cte="base64")),
             new_text=txt, provider="outlook")

    # 004 ---------------------------------------------------------------
    d = L_OPEN + timedelta(minutes=2, seconds=3)
    inner = """<p style="font-size:18px;font-weight:bold">A support case was created for you</p>
<p>Hi Emily,</p>
<p>Following your chat with AWS Support today, our associate created case <b>%s</b> on your behalf so that the Training and Certification team can follow up by e-mail.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Title</td><td>Certification profile consolidation</td></tr>
<tr><td>Accounts referenced</td><td>AWS02039948, AWS 07385561</td></tr>
<tr><td>Created by</td><td>AWS Support associate (chat)</td></tr>
<tr><td>Status</td><td>Unassigned</td></tr>
</table>
<p>You do not need to do anything right now. The team that owns this request will contact you at this address, usually within one business day.</p>
<p><a href="%s">Open the case in the Support Center</a></p>
<p>Thank you,<br>AWS Support</p>""" % (L_CASE, L_CASE, console_link(L_CASE))
    html = aws_html(inner, SUPPORT_FOOTER_EN)
    newt = re.sub("<[^>]+>", " ", inner)
    aws_mail("004-case-created-on-your-behalf-after-chat", "case_created", L_CASE,
             [L_KEEP, L_OLD], "en", to=L_USER, verified=None,
             subject="AWS Support: a case was created on your behalf (%s)" % L_CASE,
             date=d, body=tpart(html, "html"), new_text=newt, provider="corp")

    # 005 ---------------------------------------------------------------
    d = G_OPEN1 + timedelta(seconds=9)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Please merge my two AWS Certification accounts
Severity: General guidance

We will respond by e-mail to the address on file, or you can check the status of your case at any time in the Support Center:
%s

Best regards,
Amazon Web Services

%s
""" % (G_CASE1, G_CASE1, console_link(G_CASE1), SUPPORT_FOOTER_EN)
    aws_mail("005-console-case-opened-first-attempt", "case_created", G_CASE1, [], "en",
             to=G_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % G_CASE1,
             date=d, body=tpart(txt), new_text=txt, provider="fastmail")

    # 006 ---------------------------------------------------------------
    d = G_OPEN2 + timedelta(seconds=14)
    subj_case = "Second request: certification account merge (no reply on case %s)" % G_CASE1
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance

We will respond by e-mail to the address on file, or you can check the status of your case at any time in the Support Center:
%s

Best regards,
Amazon Web Services

%s
""" % (G_CASE2, G_CASE2, subj_case, console_link(G_CASE2), SUPPORT_FOOTER_EN)
    inner = paras_html(txt.split("To see all")[0])
    aws_mail("006-console-case-opened-second-case-mentions-first", "case_created", G_CASE2, [], "en",
             to=G_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % G_CASE2,
             date=d, body=alt(tpart(txt), tpart(aws_html(inner, SUPPORT_FOOTER_EN), "html")),
             new_text=txt, provider="fastmail")

    # 007 ---------------------------------------------------------------
    d = D_OPEN + timedelta(seconds=30)
    txt = """Dear AWS Customer,

Thank you for contacting AWS Support. We have received your request and
created case %s.

Case ID: %s
Subject: Training and Certification - merge duplicate certification accounts
Severity: Low

An AWS Support representative will get back to you shortly. You can view
the status of this case, add correspondence, or close it from the AWS
Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (D_CASE, D_CASE, D_CASE)
    aws_mail("007-2019-case-received-ten-digit-id", "case_created", D_CASE, [], "en",
             to=D_USER, subject="Amazon Web Services: New Support case: %s" % D_CASE,
             date=d, body=tpart(txt, cte="7bit"), new_text=txt, provider="yahoo")

    # 008 ---------------------------------------------------------------
    d = E_OPEN + timedelta(seconds=52)
    txt = """Hi Sophie,

We've got your message - thanks for writing to AWS Training and Certification.

Your request has been logged with reference number %s. Someone from our
team will pick it up and get back to you, normally within one business day.

What happens next?
 - An agent reviews your request and may ask you for more details.
 - Replies to this e-mail go straight into your ticket, so there is no need
   to fill in the web form again.

Reference: %s
Topic: Certification > My certification account

The AWS T&C Customer Support Team
""" % (E_CASE, E_CASE)
    inner = """<div style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hi Sophie,</p>
<p>We&#8217;ve got your message &#8211; thanks for writing to AWS Training and Certification.</p>
<p>Your request has been logged with reference number <strong>%s</strong>. Someone from our team will pick it up and get back to you, normally within one business day.</p>
<p><b>What happens next?</b></p>
<ul><li>An agent reviews your request and may ask you for more details.</li>
<li>Replies to this e-mail go straight into your ticket, so there is no need to fill in the web form again.</li></ul>
<p style="color:#687078">Reference: %s<br>Topic: Certification &gt; My certification account</p>
<p>The AWS T&amp;C Customer Support Team</p></div>""" % (E_CASE, E_CASE)
    aws_mail("008-2022-ticket-logged-eleven-digit", "case_created", E_CASE, [], "en",
             frm=AWS_FORM, to=E_USER,
             subject="[CASE %s] We received your request - AWS Training and Certification" % E_CASE,
             date=d, body=alt(tpart(txt), tpart(inner, "html")), new_text=txt, provider="icloud")

    # 009 ---------------------------------------------------------------
    d = F_OPEN + timedelta(seconds=38)
    txt = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

■受付番号（ケース番号）：%s
■お問い合わせの種類：認定 ＞ アカウントの統合
■AWS 認定候補者 ID：AWS01827364

内容を確認のうえ、担当者より通常24時間以内（土日祝日を除く）にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

※同じ内容のお問い合わせを重ねて送信されますと、別のケースとして登録され、
　ご回答が遅れる原因となりますので、ご遠慮くださいますようお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
""" % F_CASE
    aws_mail("009-form-auto-ack-ja-shift-jis", "case_created", F_CASE, [F_KEEP], "ja",
             frm=addr("Amazon Web Services", AWS_FORM_ADDR),
             to=F_USER,
             subject="[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました" % F_CASE,
             subject_charset="shift_jis",
             date=d, body=tpart(txt, charset="shift_jis", cte="base64"), new_text=txt, provider="docomo")

    # 010 --------------------------------------------------------------- phishing, about the merge
    d = D(2025, 11, 4, 2, 51, 33)
    fake_case = cid15(d - timedelta(hours=3), 11029)
    src = Src("other", "aws-certification-center.com", d, helo="mail.aws-certification-center.com",
              ip="185.221.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="bounce@aws-certification-center.com")
    v = verdict(src, dkim=[("pass", "aws-certification-center.com")], spf="pass", dmarc="pass", policy="NONE")
    txt = """AWS Certification | Case Management

Dear Candidate,

Your account merge request has been registered.
Case ID: %s
Status: Pending identity verification

Before our team can combine your certification profiles, you must verify
your candidate identity within 48 hours. Unverified requests are cancelled
automatically and the certifications on the secondary profile may be lost.

Verify now: https://aws-certification-center.com/candidate/verify?case=%s

AWS Training & Certification
""" % (fake_case, fake_case)
    inner = """<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial">
<div style="background:#232f3e;color:#fff;padding:12px 20px;font-weight:bold">AWS Certification | Case Management</div>
<div style="padding:20px">
<p>Dear Candidate,</p>
<p>Your <b>account merge request</b> has been registered.<br>Case ID: %s<br>Status: <span style="color:#d13212">Pending identity verification</span></p>
<p>Before our team can combine your certification profiles, you must verify your candidate identity within 48 hours. Unverified requests are cancelled automatically and the certifications on the secondary profile may be lost.</p>
<p style="text-align:center"><a href="https://aws-certification-center.com/candidate/verify?case=%s" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Verify now</a></p>
<p>AWS Training &amp; Certification</p></div></div>""" % (fake_case, fake_case)
    mail("010-lookalike-merge-case-registered-verify", "case_created", fake_case, [], False, "en",
         frm=addr("AWS Certification", "cases@aws-certification-center.com"), to=A_USER,
         subject="Case %s: account merge request registered - action required" % fake_case,
         date=d, body=alt(tpart(txt), tpart(inner, "html")), new_text=txt, provider="gmail",
         src=src, v=v)

    # 011 --------------------------------------------------------------- unrelated: billing case opened
    d = D(2025, 11, 6, 18, 4, 52)
    bill_case = cid15(d - timedelta(seconds=20), 27115)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Unexpected charges for NAT Gateway in eu-west-1 (account 4410-2297-8836)
Severity: General guidance
Service: Account and billing

You can view and reply to this case in the Support Center:
%s

Best regards,
Amazon Web Services

%s
""" % (bill_case, bill_case, console_link(bill_case), SUPPORT_FOOTER_EN)
    aws_mail("011-billing-case-opened-same-template", "unrelated", bill_case, [], "en",
             to=A_USER, subject="Amazon Web Services: You have opened a new Support case: %s" % bill_case,
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(txt.split("To see all")[0]), SUPPORT_FOOTER_EN), "html")),
             new_text=txt)

    # 012 ---------------------------------------------------------------
    d = K_OPEN + timedelta(minutes=1, seconds=4)
    inner = """<div style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px;line-height:1.7;color:#16191f">
<p>鈴木 大輔 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
以下の内容でお問い合わせを承りました。</p>
<table style="border-collapse:collapse;font-size:13px" border="1" cellpadding="6">
<tr><th style="background:#f2f3f3;text-align:left">ケース ID</th><td>%s</td></tr>
<tr><th style="background:#f2f3f3;text-align:left">カテゴリ</th><td>認定 / アカウントのサポート</td></tr>
<tr><th style="background:#f2f3f3;text-align:left">受付日時</th><td>2025年7月1日 9:14 (JST)</td></tr>
</table>
<p>担当者が内容を確認し、順次ご連絡差し上げます。混雑状況によりご回答までお時間をいただく場合がございます。あらかじめご了承ください。</p>
<p>ご不明な点がございましたら、このメールにそのままご返信ください。</p>
<p>AWS トレーニングと認定 サポートチーム</p>
</div>""" % K_CASE
    html = aws_html(inner, SUPPORT_FOOTER_JA, "ja")
    aws_mail("012-form-ack-ja-html-only", "case_created", K_CASE, [], "ja",
             frm=AWS_FORM, to=K_USER,
             subject="【AWS トレーニングと認定】お問い合わせを承りました [CASE %s]" % K_CASE,
             subject_q=True,
             date=d, body=tpart(html, "html"), new_text=re.sub("<[^>]+>", " ", inner), provider="biglobe")


# ---- quoting helpers ----------------------------------------------------
def qprefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


def q_gmail(dt, name, address, text):
    return "On %s, %s <%s> wrote:\n%s" % (
        dt.strftime("%a, %b %-d, %Y at %-I:%M %p"), name, address, qprefix(text))


def q_outlook(dt, frm, to, subject, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text.strip("\n")))


WDJ = "月火水木金土日"


def q_ja(dt, name, address, text):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s" % (
        dt.year, dt.month, dt.day, WDJ[dt.weekday()], dt.hour, dt.minute, name, address, qprefix(text))


def q_orig(dt, frm, subject, text):
    return "-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s\n\n%s" % (
        frm, fdate(dt), subject, text.strip("\n"))


FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

RATE_EN = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""


def batch2():
    # 013 --------------------------------------------------------------- first reply, asks for login e-mails
    d = A_OPEN + timedelta(hours=21, minutes=13)
    new = """Hello Daniel,

Greetings from AWS Training and Certification! Hope you are doing well.

Thank you for reaching out to us regarding your certification accounts. I
have gone through your request and I can see the two candidate IDs you
mentioned, AWS04418273 and AWS09127735.

To help me locate the correct profiles and to move forward with your request,
kindly provide the following details:

1. The e-mail address you use to sign in to each of the two accounts.
2. The notification e-mail address shown on each account (if different).
3. Please confirm which of the two accounts you would like to keep as your
   primary account going forward.

Once I receive the above information, I will verify the accounts and share
the next steps with you.

Looking forward to your response.

Regards,
Shruti K.
AWS Training and Certification Customer Support
"""
    old = """Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: aws04418273
Description: I have two certification accounts. Please merge AWS-09127735 (old, university email) into the one above and keep my gmail as the login."""
    txt = new + "\n\n---------- Original message ----------\n" + old + "\n"
    aws_mail("013-form-first-reply-asks-login-emails", "support_reply", A_CASE, [A_KEEP, A_OLD], "en",
             frm=AWS_FORM, to=A_USER,
             subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(new) + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">" + paras_html(old) + "</blockquote>", "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html")),
             new_text=new)

    # 014 --------------------------------------------------------------- thanks for confirming, will proceed
    d = A_OPEN + timedelta(days=3, hours=2, minutes=41)
    conf_dt = A_OPEN + timedelta(days=2, hours=1)
    user_dt = A_OPEN + timedelta(days=2, hours=9, minutes=5)
    new = """Hello Daniel,

Thank you for confirming the details.

I have now submitted your request to our internal team and the work is in
progress. You don't need to take any further action at this point. As soon
as the process has been completed on our side you will receive another
e-mail from us on this case.

Please allow up to 3 business days.

Regards,
Shruti K.
AWS Training and Certification Customer Support
"""
    hist = q_gmail(user_dt, "Daniel Okafor", "daniel.okafor87@gmail.com",
                   """The details are correct. Please proceed with the merge.

Thanks,
Daniel

""" + q_gmail(conf_dt, "Amazon Web Services", AWS_FORM_ADDR, """Hello Daniel,

Thank you for the information. Please review the details below:

Account to keep (primary): AWS04418273 - daniel.okafor87@gmail.com
Account to be merged (secondary): AWS09127735 - d.okafor@student.uni-lagos.edu.ng

Please note that once the accounts are merged, this action cannot be reversed.
Kindly reply to this e-mail to confirm that you would like us to proceed.

Regards,
Shruti K."""))
    txt = new + "\n" + hist + "\n"
    aws_mail("014-thanks-for-confirming-will-proceed", "support_reply", A_CASE, [], "en",
             frm=AWS_FORM, to=A_USER,
             subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
             date=d, body=tpart(txt), new_text=new)

    # 015 --------------------------------------------------------------- JA first reply asks which account to keep
    d = B_OPEN + timedelta(days=1, hours=3, minutes=26)
    new = """田中 健太 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

この度は認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お客様よりお知らせいただきました以下の 2 つの認定アカウントを確認いたしました。

・AWS 02265190
・aws07731846

統合のお手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. 統合後に保持（存続）をご希望のアカウントはどちらでしょうか。
2. それぞれのアカウントへのサインインにご利用のメールアドレス
3. 統合を希望される理由（例：会社のメールアドレスで作成したアカウントが不要になった 等）

なお、統合されたアカウントは元に戻すことができませんので、あらかじめご了承ください。

上記をサポートセンターのケースにてご返信いただけますと幸いです。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
    txt = new + "\n" + "このメールへの返信は受け付けておりません。ご返信はサポートセンターからお願いいたします:\n" + console_link(B_CASE, "ja") + "\n\n" + SUPPORT_FOOTER_JA + "\n"
    aws_mail("015-ja-first-reply-asks-which-to-keep", "support_reply", B_CASE, [B_KEEP, B_OLD], "ja",
             to=B_USER, subject="RE:[CASE %s] 認定アカウント（CertMetrics）の統合のお願い" % B_CASE,
             date=d, body=alt(tpart(txt, cte="base64"), tpart(aws_html(paras_html(txt), "", "ja"), "html", cte="base64")),
             new_text=new, provider="nifty")

    # 016 --------------------------------------------------------------- JA new correspondence notice
    d = B_OPEN + timedelta(days=1, hours=3, minutes=27)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

ケース %s に新しい返信が追加されました。

ケース ID: %s
件名: 認定アカウント（CertMetrics）の統合のお願い

返信の内容を確認し、必要に応じてご返信いただくには、サポートセンターにサインインしてください:
%s

このメールは送信専用のアドレスから配信されています。

よろしくお願いいたします。
Amazon Web Services
""" % (B_CASE, B_CASE, console_link(B_CASE, "ja"))
    aws_mail("016-ja-new-correspondence-notice", "support_reply", B_CASE, [], "ja",
             to=B_USER, subject="[Case %s] 新しい返信が追加されました" % B_CASE, subject_charset="iso-2022-jp",
             date=d, body=tpart(txt, charset="iso-2022-jp", cte="7bit"), new_text=txt, provider="nifty")

    # 017 --------------------------------------------------------------- EN new correspondence notice, html only
    d = C_OPEN + timedelta(days=1, hours=4, minutes=2)
    inner = """<p>Hello,</p>
<p>New correspondence has been added to case <b>%s</b>.</p>
<p><b>Subject:</b> Merge three AWS Certification accounts into one<br>
<b>Status:</b> Pending customer action</p>
<p>To view the correspondence and respond, sign in to the <a href="%s">AWS Support Center</a>. Replies to this e-mail are not monitored.</p>
<p>Best regards,<br>Amazon Web Services</p>""" % (C_CASE, console_link(C_CASE))
    aws_mail("017-new-correspondence-added-html-only", "support_reply", C_CASE, [], "en",
             to=C_USER, subject="[Case %s] New correspondence added" % C_CASE,
             date=d, body=tpart(aws_html(inner, SUPPORT_FOOTER_EN), "html"),
             new_text=re.sub("<[^>]+>", " ", inner), provider="outlook")

    # 018 --------------------------------------------------------------- console first reply, three accounts
    d = C_OPEN + timedelta(days=1, hours=4, minutes=1)
    new = """Hello Priya,

Thank you for contacting AWS Training and Certification support. My name is Tomasz and I'll be assisting you with this case.

I understand that you would like to consolidate your AWS Certification accounts. I was able to locate the following three candidate profiles that appear to belong to you:

  - AWS05583921 (created 2019, exam history: Cloud Practitioner, Solutions Architect - Associate)
  - AWS 03371044 (created 2021, exam history: Developer - Associate)
  - AWS-08810265 (created 2023, no exams taken)

Before I can submit the request, I need a couple of things from you:

  a) Which of these three profiles should remain active after the consolidation? All certifications will be moved to that profile and the other two will be closed.
  b) Is priya.raman@outlook.com the address you want us to use for notifications going forward?

Please reply through the Support Center (this e-mail address does not accept replies). There is no need to open another case for this request; doing so may slow things down.

Best regards,

Tomasz W.
Amazon Web Services
"""
    txt = new + "\n" + RATE_EN + "\n\nTo contact us again about this case, please return to the AWS Support Center using the following URL:\n\n" + console_link(C_CASE) + "\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("018-console-first-reply-three-profiles-asks-which-survives", "support_reply", C_CASE,
             [C_KEEP, C_OLD1, C_OLD2], "en",
             to=C_USER, subject="RE:[CASE %s] Merge three AWS Certification accounts into one" % C_CASE,
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(txt.split("To see all")[0]), SUPPORT_FOOTER_EN), "html")),
             new_text=new, provider="outlook")

    # 019 --------------------------------------------------------------- escalation / status update
    d = J_OPEN + timedelta(days=1, hours=6, minutes=12)
    new = """Hi Rahul,

Thanks for your patience, and for sending over the sign-in addresses.

Quick update on where things stand: requests that involve exam history on
both profiles (as in your case, AWS06120984 holds your SAA-C03 and the
other profile holds your CLF-C02) can't be handled at the first level of
support, so I have escalated the case to our Certification Operations team.

What to expect:
- They will review both records and may reach out if anything is unclear.
- Turnaround for escalated requests is usually 3 to 5 business days.
- Once the merge is complete we will send you a confirmation on this same
  case, and your certifications will then show under a single profile.

No action is needed from you for now. If anything changes (for example a new
exam booking) just reply here.

Cheers,
Marcus
AWS Training & Certification Support
"""
    prev = """Hi,

Sign-in for the account I want to keep: rahulverma.cloud@gmail.com
Sign-in for the old one: rahul.verma@infosphere-tech.in (AWS01473356)

Thanks
Rahul"""
    txt = new + "\n" + q_gmail(J_OPEN + timedelta(hours=20), "Rahul Verma", "rahulverma.cloud@gmail.com", prev) + "\n"
    aws_mail("019-escalated-to-certification-operations", "support_reply", J_CASE, [J_KEEP], "en",
             frm=AWS_FORM, to=J_USER, subject="RE: [CASE %s] %s" % (J_CASE, FORM_SUBJ),
             date=d, body=alt(tpart(txt, cte="quoted-printable"),
                              tpart(aws_html(paras_html(new) + "<blockquote>" + paras_html(prev) + "</blockquote>", "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html")),
             new_text=new)

    # 020 --------------------------------------------------------------- still pending, apology
    d = J_OPEN + timedelta(days=7, hours=1, minutes=48)
    new = """Hi Rahul,

I wanted to let you know that I haven't forgotten about you. Your request
is still sitting with the Certification Operations team; they have a bit of
a backlog this week and I'm sorry it is taking longer than the usual
timeframe.

I've added a note asking them to prioritise it. I'll come back to you as
soon as I hear from them - no need to chase, and please don't open a new
case as that would put you back at the end of the queue.

Cheers,
Marcus
AWS Training & Certification Support
"""
    txt = new + "\n" + q_gmail(d - timedelta(days=6, hours=1), "Amazon Web Services", AWS_FORM_ADDR,
                              "Hi Rahul,\n\nThanks for your patience, and for sending over the sign-in addresses.\n\nQuick update on where things stand: requests that involve exam history on\nboth profiles (as in your case, AWS06120984 holds your SAA-C03 and the\nother profile, AWS01473356, holds your CLF-C02) can't be handled at the\nfirst level of support, so I have escalated the case ...") + "\n"
    aws_mail("020-status-still-pending-backlog-apology", "support_reply", J_CASE, [], "en",
             frm=AWS_FORM, to=J_USER, subject="RE: [CASE %s] %s" % (J_CASE, FORM_SUBJ),
             date=d, body=tpart(txt, cte="base64"), new_text=new)

    # 021 --------------------------------------------------------------- JA escalation, Exchange Online
    d = H_OPEN + timedelta(days=1, hours=5, minutes=3)
    new = """渡辺 淳 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

認定アカウントの統合に関するお問い合わせにつきまして、ご連絡が遅くなり申し訳ございません。

お客様のケースは、統合処理を担当する専門部署での確認が必要となるため、
本日付で担当部署へエスカレーションいたしました。

担当部署からの回答には通常 3～5 営業日ほどお時間をいただいております。
進捗がございましたら、本ケースにて改めてご連絡いたします。

お待たせしてしまい大変恐縮ではございますが、今しばらくお待ちいただけますと幸いです。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services
"""
    prev = """AWS サポート ご担当者様

認定アカウントが2つ存在しているため、統合をお願いしたく連絡いたしました。

・AWS04092211（会社メール、こちらを残したい）
・AWS06618840（個人の Gmail で作成したもの）

よろしくお願いいたします。
渡辺"""
    txt = new + "\n" + q_ja(H_OPEN, "渡辺 淳", "jun.watanabe@kanto-sys.co.jp", prev) + "\n\n" + SUPPORT_FOOTER_JA + "\n"
    aws_mail("021-ja-escalated-to-specialist-team", "support_reply", H_CASE, [], "ja",
             to=H_USER, subject="RE:[CASE %s] 認定アカウントの統合について" % H_CASE,
             date=d, body=tpart(txt, cte="quoted-printable"), new_text=new, provider="o365")

    # 022 --------------------------------------------------------------- JA reopen notice
    d = H_OPEN + timedelta(days=9, hours=1, minutes=17)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様からの返信を受け付けたため、ケース %s は再度オープンされました。
担当者が内容を確認し、改めてご連絡いたします。

ケース ID: %s
件名: 認定アカウントの統合について
ステータス: 再オープン

ケースの詳細は、サポートセンターでご確認いただけます:
%s

Amazon Web Services
""" % (H_CASE, H_CASE, console_link(H_CASE, "ja"))
    html = aws_html(paras_html(txt), SUPPORT_FOOTER_JA, "ja")
    aws_mail("022-ja-case-reopened-notice", "support_reply", H_CASE, [], "ja",
             to=H_USER, subject="Amazon Web Services: ケース %s が再オープンされました" % H_CASE,
             date=d, body=alt(tpart(txt, charset="iso-2022-jp", cte="7bit"), tpart(html, "html", cte="base64")),
             new_text=txt, provider="o365", subject_charset="iso-2022-jp")

    # 023 --------------------------------------------------------------- reminder, corporate mailbox w/o AR
    d = L_OPEN + timedelta(days=6, hours=2)
    new = """Hello Emily,

I'm following up on my message from last week regarding your certification
profiles. We still need the sign-in e-mail address of the second profile
before we can continue.

If we don't hear back from you within 5 calendar days, this case will be
resolved automatically. You can reopen it at any time by replying from the
Support Center.

Best regards,

Andrea M.
Amazon Web Services
"""
    orig = """Hello Emily,

Thank you for your patience. I've reviewed the two profiles mentioned in the
chat transcript, AWS02039948 and AWS07385561. The first one is linked to
emily.carter@northwind-analytics.com. Could you tell me which e-mail address
you use to sign in to the second profile?

Best regards,
Andrea M."""
    txt = new + "\n" + q_orig(L_OPEN + timedelta(days=1), "Amazon Web Services <no-reply-aws@amazon.com>",
                              "RE:[CASE %s] Certification profile consolidation" % L_CASE, orig) + "\n\n" + RATE_EN + "\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("023-reminder-awaiting-your-reply-auto-resolve", "support_reply", L_CASE, [], "en",
             to=L_USER, subject="RE:[CASE %s] Certification profile consolidation" % L_CASE, verified=None,
             date=d, body=tpart(txt), new_text=new, provider="corp")

    # 024 --------------------------------------------------------------- question about something other than the merge
    d = I_OPEN + timedelta(days=1, hours=17, minutes=30)
    new = """Olá Ana,

Thank you for getting back to us with the sign-in addresses.

While checking the two profiles I noticed that the legal name is not the
same on both of them:

   AWS08023317  ->  Ana Souza
   AWS03354870  ->  Ana Paula S. Oliveira

For security reasons we can only combine records that clearly belong to the
same candidate. Could you please let us know why the names differ (for
example a change of surname after marriage) and which spelling matches the
government-issued ID you present at the test centre? You can simply reply
to this e-mail; please do not send a photo of your ID unless we ask for it.

Obrigado,
Felipe R.
AWS Training and Certification Customer Support
"""
    txt = new
    aws_mail("024-asks-about-name-mismatch-not-merge", "support_reply", I_CASE, [I_KEEP, I_OLD], "en",
             frm=AWS_FORM, to=I_USER, subject="RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ),
             date=d, body=alt(tpart(txt, charset="iso-8859-1", cte="quoted-printable"),
                              tpart(aws_html(paras_html(txt), "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html", charset="iso-8859-1")),
             new_text=new, provider="yahoo")

    # 025 --------------------------------------------------------------- duplicate case linked, asks details
    d = G_OPEN2 + timedelta(hours=19, minutes=44)
    new = """Hello Liam,

Thank you for reaching out, and I'm sorry that your first case (%s) did not get a response. I can see the two cases are about the same request, so I have linked them and we'll continue here on case %s only.

To get the merge started, could you please confirm:

1. the sign-in e-mail address of your other certification account (the one you no longer use), and
2. that AWS07700231 is the account you want to keep?

As soon as I have this I'll prepare the request for you.

Best regards,

Nadia
Amazon Web Services
""" % (G_CASE1, G_CASE2)
    txt = new + "\n" + RATE_EN + "\n\n" + console_link(G_CASE2) + "\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("025-reply-links-duplicate-case-asks-details", "support_reply", G_CASE2, [G_KEEP], "en",
             to=G_USER, subject="RE:[CASE %s] %s" % (G_CASE2, "Second request: certification account merge (no reply on case %s)" % G_CASE1),
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(txt.split("To see all")[0]), SUPPORT_FOOTER_EN), "html")),
             new_text=new, provider="fastmail")

    # 026 --------------------------------------------------------------- JA: in progress, will notify when complete
    d = K_OPEN + timedelta(days=3, hours=2, minutes=10)
    new = """鈴木 大輔 様

いつもお世話になっております。AWS トレーニングと認定 サポートの中村です。

統合内容のご確認をいただき、誠にありがとうございます。
AWS04480027 を AWS09905512 へ統合するお手続きを、現在担当チームにて進めております。

処理が完了いたしましたら、本ケースにて改めてご連絡申し上げます。
完了のご連絡までは、どちらのアカウントでも試験のご予約・キャンセルを行わないようお願いいたします。

引き続きよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    prev = """中村様

内容に相違ございません。統合を進めてください。

鈴木"""
    txt = new + "\n" + q_ja(K_OPEN + timedelta(days=2, hours=23), "鈴木 大輔", "d-suzuki@kfa.biglobe.ne.jp", prev) + "\n"
    aws_mail("026-ja-merge-in-progress-will-notify", "support_reply", K_CASE, [K_KEEP, K_OLD], "ja",
             frm=AWS_FORM, to=K_USER, subject="RE:[CASE %s] 【AWS トレーニングと認定】お問い合わせを承りました" % K_CASE,
             date=d, body=tpart(txt, charset="shift_jis", cte="base64", label="Shift_JIS"), new_text=new,
             provider="biglobe", subject_charset="iso-2022-jp")


def q_outlook_ja(dt, frm, to, subject, text):
    return ("差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n\n%s" % (
        frm, dt.year, dt.month, dt.day, dt.hour, dt.minute, to, subject, text.strip("\n")))


def batch3():
    # 027 --------------------------------------------------------------- classic confirmation request
    d = A_OPEN + timedelta(days=2, hours=1)
    new = """Hello Daniel,

Thank you for the information.

I have verified both accounts. Please review the details below carefully:

Account to keep (primary): AWS04418273 - daniel.okafor87@gmail.com
Account to be merged (secondary): AWS09127735 - d.okafor@student.uni-lagos.edu.ng

After the merge, all certifications, exam history and benefits from the
secondary account will be available under the primary account, and you will
sign in with daniel.okafor87@gmail.com. The secondary account will no longer
be accessible.

Please note that once the accounts are merged, this action cannot be reversed.
Kindly reply to this e-mail to confirm that you would like us to proceed.

Regards,
Shruti K.
AWS Training and Certification Customer Support
"""
    prev = """Hi Shruti,

1. Login for AWS04418273 is daniel.okafor87@gmail.com, login for the old one is d.okafor@student.uni-lagos.edu.ng
2. Notification email is the same as the login on both.
3. I want to keep AWS04418273.

Thanks,
Daniel"""
    txt = new + "\n" + q_gmail(A_OPEN + timedelta(days=1, hours=4), "Daniel Okafor", "daniel.okafor87@gmail.com", prev) + "\n"
    aws_mail("027-form-confirm-primary-and-secondary", "merge_confirmation_requested", A_CASE,
             [A_KEEP, A_OLD], "en", frm=AWS_FORM, to=A_USER,
             subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(new) + "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + paras_html(prev) + "</blockquote>", "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html")),
             new_text=new)

    # 028 --------------------------------------------------------------- JA confirmation
    d = B_OPEN + timedelta(days=3, hours=1, minutes=55)
    new = """田中 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご回答いただき、誠にありがとうございます。
頂戴した情報をもとに、以下の内容で統合を承ります。

　統合元（削除されるアカウント）：AWS07731846（tanaka.kenta@example-corp.co.jp）
　統合先（存続するアカウント）　：AWS02265190（k-tanaka@nifty.com）

統合後は、統合元アカウントの認定資格・受験履歴・特典はすべて統合先アカウントに移行され、
統合元アカウントにはサインインできなくなります。
一度実施した統合は取り消すことができませんので、内容を十分にご確認ください。

上記の内容でよろしければ、サポートセンターより「統合に同意します」とご返信いただけますでしょうか。
ご返信を確認後、お手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
    txt = new + "\n" + console_link(B_CASE, "ja") + "\n\n" + SUPPORT_FOOTER_JA + "\n"
    aws_mail("028-ja-confirm-source-and-target", "merge_confirmation_requested", B_CASE,
             [B_KEEP, B_OLD], "ja", to=B_USER,
             subject="RE:[CASE %s] 認定アカウント（CertMetrics）の統合のお願い" % B_CASE,
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(txt.split("すべてのケース")[0]), SUPPORT_FOOTER_JA, "ja"), "html")),
             new_text=new, provider="nifty")

    # 029 --------------------------------------------------------------- three into one, mislabelled charset
    d = C_OPEN + timedelta(days=2, hours=22, minutes=7)
    new = """Hello Priya,

Thanks for confirming that AWS05583921 is the profile you’d like to keep and that priya.raman@outlook.com is your preferred address.

Here’s a summary of what we’re going to do:

  • AWS03371044  → merged into AWS05583921
  • AWS08810265  → merged into AWS05583921
  • AWS05583921 remains active (sign-in: priya.raman@outlook.com)

Your Cloud Practitioner, Solutions Architect – Associate and Developer – Associate certifications will all be listed on AWS05583921 afterwards. Please be aware that this can’t be undone once it’s done.

Could you reply in the Support Center with “I confirm” so I can submit it? I won’t make any changes until I hear from you.

Best regards,

Tomasz W.
Amazon Web Services
"""
    txt = new + "\n" + RATE_EN + "\n\n" + console_link(C_CASE) + "\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("029-three-into-one-confirm-mislabelled-cp1252", "merge_confirmation_requested", C_CASE,
             [C_KEEP, C_OLD1, C_OLD2], "en", to=C_USER,
             subject="RE:[CASE %s] Merge three AWS Certification accounts into one" % C_CASE,
             date=d, body=tpart(txt, charset="utf-8", cte="quoted-printable", label="windows-1252"),
             new_text=new, provider="outlook")

    # 030 --------------------------------------------------------------- non-native, paraphrase, hyphenated ids
    d = I_OPEN + timedelta(days=4, hours=13, minutes=2)
    new = """Dear Ana,

Good day!

Thanks for the explanation regarding the surname change, the same is noted
in our records.

As per our verification, we can consolidate both the profiles. Please find
the details as below:

Profile which will remain   : aws-08023317 (Ana Souza)
Profile which will be closed: aws-03354870 (Ana Paula S. Oliveira)

All the certification(s) and exam history from the closed profile will be
carried to the remaining profile. Kindly note this is permanent in nature
and it is not possible to revert the same later.

Request you to kindly revert on this mail with your consent so that we can
take this ahead.

Thanks & Regards,
Felipe R.
AWS Training and Certification Customer Support
"""
    aws_mail("030-nonnative-kindly-revert-with-consent", "merge_confirmation_requested", I_CASE,
             [I_KEEP, I_OLD], "en", frm=AWS_FORM, to=I_USER,
             subject="RE:[CASE %s] %s" % (I_CASE, FORM_SUBJ),
             date=d, body=tpart(new, charset="us-ascii", cte="7bit"), new_text=new, provider="yahoo")

    # 031 --------------------------------------------------------------- reminder that restates the confirmation
    d = L_OPEN + timedelta(days=12, hours=3)
    new = """Hello Emily,

Just a friendly reminder that we're still waiting for your go-ahead on this
case. To recap, the request is:

   Keep:   AWS02039948  (emily.carter@northwind-analytics.com)
   Merge:  AWS07385561  (emily.c.carter@gmail.com)  -> into the account above

The merge is permanent. If this is correct, please reply "Confirmed" in the
Support Center and we'll take care of it. If we don't hear back within
5 days the case will be resolved automatically.

Best regards,

Andrea M.
Amazon Web Services
"""
    txt = new + "\n" + RATE_EN + "\n\n" + console_link(L_CASE) + "\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("031-reminder-restating-merge-to-confirm", "merge_confirmation_requested", L_CASE,
             [L_KEEP, L_OLD], "en", to=L_USER, verified=None,
             subject="RE:[CASE %s] Certification profile consolidation" % L_CASE,
             date=d, body=alt(tpart(txt, cte="base64"), tpart(aws_html(paras_html(new), SUPPORT_FOOTER_EN), "html", cte="base64")),
             new_text=new, provider="corp")

    # 032 --------------------------------------------------------------- spoofed From, dmarc=fail, forged lower AR
    d = D(2025, 10, 24, 9, 12, 45)
    fake = "17612927" + "1103"
    fake = fake[:11]
    src = Src("other", "amazon.com", d, helo="vps-4412.hostingbay.net", ip="45.147.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="www-data@vps-4412.hostingbay.net")
    v = verdict(src, dkim=[("none", "amazon.com")], spf="softfail", dmarc="fail", policy="QUARANTINE")
    v["dkim"] = []
    new = """Dear AWS Certified Professional,

We received a request to merge your certification accounts.

  Source account : AWS06120984
  Target account : AWS01473356

To confirm this merge and keep your certifications, please sign in and
approve the request within 24 hours:

  https://amazon-com.cert-merge-approve.info/confirm?ref=%s

If you do not confirm, both accounts will be suspended pending review.

Case reference: %s

Regards,
AWS Training and Certification
""" % (fake, fake)
    forged = "Authentication-Results: mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"
    mail("032-spoofed-confirm-merge-dmarc-fail", "merge_confirmation_requested", fake,
         [J_KEEP, J_OLD], False, "en",
         frm=AWS_FORM, to=J_USER, subject="Action required: confirm your certification account merge [Case %s]" % fake,
         date=d, body=tpart(new), new_text=new, provider="gmail", src=src, v=v, dkim_domains=[],
         extra=[forged, "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"],
         msgid="<%s@vps-4412.hostingbay.net>" % rhex(20))

    # 033 --------------------------------------------------------------- 2022, paraphrase without "merge"
    d = E_OPEN + timedelta(days=1, hours=19, minutes=40)
    new = """Hi Sophie,

Thanks for your patience while I looked into this.

I found two certification profiles under your name. Here is what I am
proposing:

  - AWS03009876 (sophie.laurent@icloud.com) becomes your only profile
  - AWS06654321 (slaurent@axelor-consulting.fr) is folded into it and retired

Your exam results and the AWS Certified Developer - Associate from the
retired profile would appear on AWS03009876. This cannot be reversed.

Before I go ahead, please reply and let me know that you agree with the
above. I won't change anything until I have your OK.

Kind regards,
Jana
AWS Training and Certification
"""
    aws_mail("033-2022-proposal-fold-into-profile-needs-ok", "merge_confirmation_requested", E_CASE,
             [E_KEEP, E_OLD], "en", frm=AWS_FORM, to=E_USER,
             subject="RE:[CASE %s] We received your request - AWS Training and Certification" % E_CASE,
             date=d, body=alt(tpart(new), tpart(paras_html(new), "html")), new_text=new, provider="icloud")

    # 034 --------------------------------------------------------------- JA confirmation with Outlook-JA quoted history
    d = H_OPEN + timedelta(days=10, hours=4, minutes=21)
    new = """渡辺 淳 様

お世話になっております。AWS トレーニングと認定の小林でございます。

ケースを再開いただきありがとうございます。担当部署より回答がございましたので、ご案内いたします。

統合は以下の内容で実施可能です。

　■存続するアカウント：AWS04092211
　■統合されるアカウント：AWS06618840

統合後、AWS06618840 に紐づく認定および受験履歴は AWS04092211 に移行され、
AWS06618840 はご利用いただけなくなります。また、統合を取り消すことはできません。

この内容で進めてよろしいか、本ケースへのご返信にてご確認をお願いいたします。

小林
Amazon Web Services
"""
    prev = """AWS サポート 小林様

お世話になっております。渡辺です。
その後の進捗はいかがでしょうか。
ケースが解決済みになっておりましたので、再度ご連絡いたしました。

渡辺 淳
関東システム株式会社 情報システム部"""
    txt = new + "\n" + q_outlook_ja(H_OPEN + timedelta(days=9, hours=1), "渡辺 淳 <jun.watanabe@kanto-sys.co.jp>",
                                    "Amazon Web Services <no-reply-aws@amazon.com>",
                                    "RE:[CASE %s] 認定アカウントの統合について" % H_CASE, prev) + "\n\n" + SUPPORT_FOOTER_JA + "\n"
    aws_mail("034-ja-confirm-after-reopen", "merge_confirmation_requested", H_CASE,
             [H_KEEP, H_OLD], "ja", to=H_USER,
             subject="RE:[CASE %s] 認定アカウントの統合について" % H_CASE,
             date=d, body=tpart(txt, cte="base64"), new_text=new, provider="o365")

    # 035 --------------------------------------------------------------- completed
    d = A_OPEN + timedelta(days=4, hours=20, minutes=9)
    new = """Hello Daniel,

Good news! The two accounts have been merged successfully.

All your certifications and exam history are now available under
AWS04418273. Please sign out of the Certification account and sign in
again with daniel.okafor87@gmail.com to see the updated details.

Your Credly badges will be transferred to the e-mail address on the primary
account; this can take 24-48 hours.

If you need anything else, just reply to this e-mail.

Regards,
Shruti K.
AWS Training and Certification Customer Support
"""
    aws_mail("035-form-merged-successfully", "merge_completed", A_CASE, [A_KEEP], "en",
             frm=AWS_FORM, to=A_USER, subject="RE:[CASE %s] %s" % (A_CASE, FORM_SUBJ),
             date=d, body=alt(tpart(new), tpart(aws_html(paras_html(new), "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html")),
             new_text=new)

    # 036 --------------------------------------------------------------- JA completed, ISO-2022-JP
    d = K_OPEN + timedelta(days=4, hours=6, minutes=30)
    new = """鈴木 大輔 様

お世話になっております。AWS トレーニングと認定 サポートの中村です。

お待たせいたしました。
AWS04480027 から AWS09905512 へのアカウント統合が完了いたしましたので、ご報告申し上げます。

今後は AWS09905512 にサインインしていただくことで、すべての認定資格と受験履歴をご確認いただけます。
表示が更新されない場合は、一度サインアウトしてから再度サインインしてください。

このたびはご協力いただき、誠にありがとうございました。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail("036-ja-merge-complete-report", "merge_completed", K_CASE, [K_KEEP, K_OLD], "ja",
             frm=AWS_FORM, to=K_USER, subject="RE:[CASE %s] 【AWS トレーニングと認定】お問い合わせを承りました" % K_CASE,
             date=d, body=tpart(new, charset="iso-2022-jp", cte="7bit"), new_text=new,
             provider="biglobe", subject_charset="iso-2022-jp")

    # 037 --------------------------------------------------------------- completion + closing + survey in one
    d = J_OPEN + timedelta(days=9, hours=3, minutes=51)
    new = """Hi Rahul,

The Certification Operations team has finished: your two profiles are now
one, and AWS06120984 holds both your SAA-C03 and CLF-C02 results. Your 50%
exam discount voucher from the old profile has been carried over as well.

Since everything is in place I'll go ahead and close this case. You may get
a short survey about your experience - I'd really appreciate it if you could
take a minute to fill it in.

Cheers,
Marcus
AWS Training & Certification Support
"""
    aws_mail("037-done-and-closing-with-survey-note", "merge_completed", J_CASE, [J_KEEP], "en",
             frm=AWS_FORM, to=J_USER, subject="RE: [CASE %s] %s" % (J_CASE, FORM_SUBJ),
             date=d, body=tpart(new, cte="quoted-printable"), new_text=new)

    # 038 --------------------------------------------------------------- 2019 completed, paraphrase
    d = D_OPEN + timedelta(days=2, hours=7, minutes=15)
    new = """Dear Marco,

Thank you for your patience.

Your certification records have now been consolidated under candidate ID
AWS00874412. The duplicate profile AWS01190327 has been deactivated and can
no longer be used to sign in.

You can verify your transcript at https://www.certmetrics.com/amazon/ .

Best regards,

Kevin
Amazon Web Services
"""
    txt = new + "\n" + "Was this response helpful? Click here to rate:\nhttps://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n" % D_CASE
    aws_mail("038-2019-records-consolidated", "merge_completed", D_CASE, [D_KEEP, D_OLD], "en",
             to=D_USER, subject="RE:[CASE %s] Training and Certification - merge duplicate certification accounts" % D_CASE,
             date=d, body=tpart(txt, charset="us-ascii", cte="7bit"), new_text=new, provider="yahoo")

    # 039 --------------------------------------------------------------- non-native completion, console
    d = C_OPEN + timedelta(days=4, hours=1, minutes=33)
    new = """Hello Priya,

Hope this mail finds you well.

This is to inform you that the account merge has been actioned successfully
from our end. AWS 03371044 and AWS 08810265 are now part of AWS 05583921 and
all of the three certifications are reflecting there.

Kindly allow up to 48 hours for the changes to reflect in Credly.

Thanks and regards,
Tomasz W.
Amazon Web Services
"""
    txt = new + "\n" + RATE_EN + "\n\n" + console_link(C_CASE) + "\n\n" + SUPPORT_FOOTER_EN + "\n"
    aws_mail("039-merge-actioned-from-our-end", "merge_completed", C_CASE, [C_KEEP, C_OLD1, C_OLD2], "en",
             to=C_USER, subject="RE:[CASE %s] Merge three AWS Certification accounts into one" % C_CASE,
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(new), SUPPORT_FOOTER_EN), "html")),
             new_text=new, provider="outlook")

    # 040 --------------------------------------------------------------- resolved + survey, html only
    d = A_OPEN + timedelta(days=4, hours=20, minutes=11)
    inner = """<p>Hello,</p>
<p>Your case <b>%s</b> has been resolved. We hope we were able to help.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td style="background:#1d8102"><a href="https://survey.aws.amazon.com/r/%s?caseId=%s&amp;resolved=yes" style="color:#fff;padding:8px 20px;display:inline-block;text-decoration:none">YES</a></td>
<td style="background:#d13212"><a href="https://survey.aws.amazon.com/r/%s?caseId=%s&amp;resolved=no" style="color:#fff;padding:8px 20px;display:inline-block;text-decoration:none">NO</a></td>
</tr></table>
<p>You can also rate the support you received from Shruti K. on a scale from 1 to 5. It only takes a minute.</p>
<p>If you need more help with this issue, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>""" % (A_CASE, rhex(16), A_CASE, rhex(16), A_CASE)
    aws_mail("040-case-resolved-yes-no-survey", "survey", A_CASE, [], "en",
             frm=AWS_FORM, to=A_USER, subject="[CASE %s] How did we do? Your case has been resolved" % A_CASE,
             date=d, body=tpart(aws_html(inner, "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"), "html"),
             new_text=re.sub("<[^>]+>", " ", inner))


def batch4():
    # 041 --------------------------------------------------------------- JA resolved + survey
    d = B_OPEN + timedelta(days=5, hours=8, minutes=2)
    txt = """Amazon Web Services をご利用いただき、ありがとうございます。

ケース %s は解決済みとしてクローズされました。

ケース ID: %s
件名: 認定アカウント（CertMetrics）の統合のお願い

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間：約1分）。
お問い合わせは解決しましたか？
　はい: https://survey.aws.amazon.com/ja/r/%s?resolved=1
　いいえ: https://survey.aws.amazon.com/ja/r/%s?resolved=0

同じ件で追加のご質問がある場合は、14 日以内にサポートセンターからケースを再オープンしてください。
%s

Amazon Web Services
""" % (B_CASE, B_CASE, rhex(20), rhex(20), console_link(B_CASE, "ja"))
    aws_mail("041-ja-case-closed-survey", "survey", B_CASE, [], "ja",
             to=B_USER, subject="Amazon Web Services: ケース %s は解決済みになりました" % B_CASE,
             date=d, body=alt(tpart(txt, cte="base64"), tpart(aws_html(paras_html(txt), SUPPORT_FOOTER_JA, "ja"), "html", cte="base64")),
             new_text=txt, provider="nifty", subject_charset="utf-8")

    # 042 --------------------------------------------------------------- duplicate first case closed
    d = G_OPEN2 + timedelta(hours=19, minutes=51)
    new = """Hello Liam,

This case is a duplicate of case %s, where we are already working on your request to merge your certification accounts. To avoid confusion I am closing this case; all further communication will happen on case %s.

Best regards,

Nadia
Amazon Web Services
""" % (G_CASE2, G_CASE2)
    txt = new + """
Your case has been resolved. How would you rate this correspondence?
  Excellent / Good / Fair / Poor:  https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en#rate

To see all of your cases, please visit the Support Center.
""" % G_CASE1
    aws_mail("042-first-case-closed-as-duplicate", "survey", G_CASE1, [], "en",
             to=G_USER, subject="RE:[CASE %s] Please merge my two AWS Certification accounts" % G_CASE1,
             date=d, body=tpart(txt), new_text=new, provider="fastmail")

    # 043 --------------------------------------------------------------- auto-resolved for no response
    d = L_OPEN + timedelta(days=18, hours=3, minutes=0, seconds=12)
    txt = """Hello,

We haven't heard back from you regarding case %s, so the case has been
resolved automatically.

Case ID: %s
Subject: Certification profile consolidation
Status: Resolved

If you still need help with this issue, you can reopen the case from the
Support Center within 14 days:
%s

How did we do? Tell us about your experience with this case:
https://aws.amazon.com/survey/support?caseId=%s

Best regards,
Amazon Web Services

%s
""" % (L_CASE, L_CASE, console_link(L_CASE), L_CASE, SUPPORT_FOOTER_EN)
    aws_mail("043-auto-resolved-no-response-survey-link", "survey", L_CASE, [], "en",
             to=L_USER, subject="Amazon Web Services: Case %s has been resolved" % L_CASE, verified=None,
             date=d, body=tpart(txt, cte="7bit", charset="us-ascii"), new_text=txt, provider="corp")

    # 044 --------------------------------------------------------------- unusual form ack, Yahoo
    d = I_OPEN + timedelta(seconds=48)
    txt = """*** This is an automated notification. ***

Case #%s  |  Status: OPEN  |  Queue: T&C - Certification Accounts

Hello Ana,

Your message to AWS Training and Certification is now in our queue.
Expected first response: within 24 hours (Mon-Fri).

Submitted on: 19 Aug 2025 18:06 UTC
Topic: Certification / Account Merge

Tip: many certification questions are answered in our FAQ at
https://aws.amazon.com/certification/faqs/

To add information, reply to this message without changing the subject.

-- AWS T&C Support
""" % I_CASE
    aws_mail("044-form-ack-queue-status-block", "case_created", I_CASE, [], "en",
             frm=AWS_FORM, to=I_USER, subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE,
             date=d, body=tpart(txt, cte="7bit", charset="us-ascii"), new_text=txt, provider="yahoo")

    # 045 --------------------------------------------------------------- JA first reply asks for the other candidate id
    d = F_OPEN + timedelta(days=1, hours=14, minutes=5)
    new = """佐藤 美咲 様

この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の伊藤と申します。

アカウント統合のご依頼について承知いたしました。
いただいた候補者 ID（AWS01827364）のアカウントは確認できましたが、
統合の対象となるもう一方のアカウントを特定することができませんでした。

お手数ではございますが、以下の情報をお知らせいただけますでしょうか。

・もう一方のアカウントの候補者 ID（AWS から始まる番号）、またはサインインに使用していたメールアドレス
・統合後に残したいアカウント

情報を確認でき次第、統合内容のご確認のご連絡を差し上げます。
何卒よろしくお願いいたします。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
    prev = """■受付番号（ケース番号）：%s
■お問い合わせの種類：認定 ＞ アカウントの統合
■AWS 認定候補者 ID：AWS01827364""" % F_CASE
    txt = new + "\n\n--- 元のメッセージ ---\n" + prev + "\n"
    aws_mail("045-ja-first-reply-cannot-find-other-account", "support_reply", F_CASE, [F_KEEP], "ja",
             frm=AWS_FORM, to=F_USER, subject="RE:[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました" % F_CASE,
             date=d, body=tpart(txt, charset="shift_jis", cte="quoted-printable"), new_text=new,
             provider="docomo", subject_charset="shift_jis")

    # 046 --------------------------------------------------------------- JA reminder, cp932 bytes labelled Shift_JIS
    d = F_OPEN + timedelta(days=5, hours=14, minutes=40)
    new = """佐藤 美咲 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの伊藤です。

先日ご連絡いたしました件について、その後いかがでしょうか。
アカウント統合のお手続きを進めるため、下記①②の情報をお待ちしております。

　① もう一方のアカウントの候補者 ID またはサインイン用メールアドレス
　② 統合後に残したいアカウント

なお、本メールの送信から 7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。
（クローズ後も、本メールにご返信いただくことでケースを再開できます。）

ご多忙のところ恐れ入りますが、ご確認のほどよろしくお願いいたします。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail("046-ja-reminder-cp932-labelled-shift-jis", "support_reply", F_CASE, [], "ja",
             frm=AWS_FORM, to=F_USER, subject="RE:[CASE %s] 【AWS トレーニングと認定】お問い合わせを受け付けました" % F_CASE,
             date=d, body=tpart(new, charset="cp932", cte="base64", label="Shift_JIS"), new_text=new,
             provider="docomo", subject_charset="iso-2022-jp")

    # 047 --------------------------------------------------------------- phishing "new correspondence" about the merge
    d = D(2025, 9, 18, 22, 37, 5)
    src = Src("other", "aws-supportcenter-notify.com", d, helo="smtp.aws-supportcenter-notify.com",
              ip="103.214.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="noreply@aws-supportcenter-notify.com")
    v = verdict(src, dkim=[("pass", "aws-supportcenter-notify.com")], spf="pass", dmarc="pass", policy="NONE")
    txt = """Amazon Web Services

New correspondence has been added to your case regarding the merge of your
AWS Certification accounts (AWS 02265190 / AWS 07731846).

The support engineer needs you to re-enter your sign-in details before the
merge can continue. Please review the message in the Support Center:

https://aws-supportcenter-notify.com/support/home#/case/?displayId=%s

This is an automated message. Please do not reply.
""" % B_CASE
    mail("047-lookalike-new-correspondence-merge-relogin", "support_reply", B_CASE, [B_KEEP, B_OLD], False, "en",
         frm=addr("Amazon Web Services", "no-reply@aws-supportcenter-notify.com"), to=B_USER,
         subject="[Case %s] New correspondence added" % B_CASE,
         date=d, body=alt(tpart(txt), tpart(paras_html(txt).replace("https://aws-supportcenter-notify.com/support/home#/case/?displayId=%s" % B_CASE,
              '<a href="https://aws-supportcenter-notify.com/support/home#/case/?displayId=%s">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a>' % (B_CASE, B_CASE)), "html")),
         new_text=txt, provider="nifty", src=src, v=v)

    # 048 --------------------------------------------------------------- auto-ack of the customer's reply
    d = I_OPEN + timedelta(days=5, hours=1, minutes=2)
    txt = """Hello,

This is an automatic confirmation that your reply to case %s has been
received and added to the case history. The agent handling your case has
been notified and will review your message.

You don't need to send your reply again.

AWS Training and Certification Customer Support
""" % I_CASE
    prev = """I confirm. Please go ahead.

Ana

Em domingo, 24 de agosto de 2025 07:08, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> escreveu:
> Profile which will remain   : aws-08023317 (Ana Souza)
> Profile which will be closed: aws-03354870 (Ana Paula S. Oliveira)"""
    full = txt + "\n----- Your message -----\n" + prev + "\n"
    aws_mail("048-auto-confirmation-your-reply-received", "support_reply", I_CASE, [], "en",
             frm=AWS_FORM, to=I_USER, subject="[CASE %s] We have received your reply" % I_CASE,
             date=d, body=tpart(full), new_text=txt, provider="yahoo")


def credly_html(greeting, lines, badge, button, url):
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;font-weight:bold">%s</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px">%s</td></tr>
<tr><td align="center" style="padding:8px 32px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"><br><b>%s</b></td></tr>
<tr><td align="center" style="padding:24px"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888">You are receiving this e-mail because a badge was issued to this e-mail address on Credly. <a href="https://www.credly.com/earner/settings/notifications">Manage notifications</a><br>Credly, Inc. &middot; 10 E 40th St, New York, NY 10016</td></tr>
</table></td></tr></table></body></html>""" % (
        esc(greeting), "".join("<p>%s</p>" % esc(l) for l in lines), rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12),
        esc(badge), esc(badge), url, esc(button))


def credly_src(d, dom="credly.com"):
    s = Src("credly", dom, d)
    if dom != "credly.com":
        s.envfrom = "bounces+%d-%s@em.%s" % (RNG.randint(1000000, 9999999), rhex(4), dom)
        s.envdom = "em." + dom
    return s


def batch5():
    # 049 --------------------------------------------------------------- Credly badge after merge
    d = A_OPEN + timedelta(days=5, hours=9, minutes=44)
    badge = "AWS Certified Solutions Architect – Associate"
    url = "https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    lines = ["Hi Daniel,",
             "AWS Training and Certification has issued you a new badge: %s." % badge,
             "Accept your badge to share it on LinkedIn and other networks, and to let employers verify your achievement."]
    txt = "\n\n".join(lines) + "\n\nAccept your badge: %s\n\n--\nCredly, Inc. - 10 E 40th St, New York, NY 10016\nManage notifications: https://www.credly.com/earner/settings/notifications\n" % url
    src = credly_src(d)
    mail("049-credly-new-badge-accept", "credly_badge_issued", None, [], True, "en",
         frm=addr("AWS Training and Certification via Credly", "admin@credly.com"), to=A_USER,
         subject="Daniel, you've been issued a new badge from AWS Training and Certification",
         date=d, body=alt(tpart(txt), tpart(credly_html("Congratulations, Daniel!", lines, badge, "Accept your badge", url), "html")),
         new_text=txt, provider="gmail", src=src, v=verdict(src, policy="REJECT"))

    # 050 --------------------------------------------------------------- Acclaim-era badge mail (2019)
    d = D_OPEN + timedelta(days=3, hours=2, minutes=5)
    badge = "AWS Certified Developer - Associate"
    url = "https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    txt = """Marco,

Amazon Web Services Training and Certification has issued you a badge:

  %s

Accept your badge and share your achievement:
%s

Your badge will remain pending until you accept it.

Acclaim | Powered by Credly
""" % (badge, url)
    src = credly_src(d, "youracclaim.com")
    mail("050-acclaim-2019-badge-pending-accept", "credly_badge_issued", None, [], True, "en",
         frm=addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), to=D_USER,
         subject="Marco, you earned a badge from Amazon Web Services Training and Certification!",
         date=d, body=tpart(txt, charset="us-ascii", cte="7bit"), new_text=txt, provider="yahoo",
         src=src, v=verdict(src, dmarc="pass", policy="NONE"))

    # 051 --------------------------------------------------------------- badges re-issued after the merge
    d = K_OPEN + timedelta(days=5, hours=1, minutes=18)
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified SysOps Administrator – Associate"]
    url = "https://www.credly.com/earner/earned"
    lines = ["Hello Daisuke,",
             "Following an update to your AWS Certification account, AWS Training and Certification has issued the following badges to this e-mail address:",
             " • " + badges[0], " • " + badges[1],
             "They are waiting for you in your Credly wallet. Accept them to make them visible on your public profile."]
    html = credly_html("Your badges are ready", lines, badges[0], "View and accept badges", url)
    mail("051-credly-badges-moved-after-account-update", "credly_badge_issued", None, [], True, "en",
         frm=addr("AWS Training and Certification via Credly", "admin@credly.com"), to=K_USER,
         subject="Your AWS Training and Certification badges are ready to accept",
         date=d, body=tpart(html, "html"), new_text=re.sub("<[^>]+>", " ", html), provider="biglobe",
         src=credly_src(d), v=verdict(credly_src(d), dmarc=None))

    # 052 --------------------------------------------------------------- quota case, new correspondence
    d = C_OPEN + timedelta(days=2, hours=3, minutes=12)
    qcase = cid15(C_OPEN + timedelta(days=1, hours=22), 19403)
    txt = """Hello,

New correspondence has been added to case %s.

Subject: Service Quotas: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances - ap-south-1
Account: 5502 1944 7301

To view and respond to this correspondence, please sign in to the Support Center:
%s

Best regards,
Amazon Web Services

%s
""" % (qcase, console_link(qcase), SUPPORT_FOOTER_EN)
    aws_mail("052-quota-increase-case-new-correspondence", "unrelated", qcase, [], "en",
             to=C_USER, subject="[Case %s] New correspondence added" % qcase,
             date=d, body=alt(tpart(txt), tpart(aws_html(paras_html(txt.split("To see all")[0]), SUPPORT_FOOTER_EN), "html")),
             new_text=txt, provider="outlook")

    # 053 --------------------------------------------------------------- Seller Central case
    d = D(2025, 6, 12, 16, 20, 3)
    scase = "5913377024"
    txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like to merge two seller accounts that were
created with different e-mail addresses. I have reviewed your request and
forwarded it to the Account Health team, who will contact you within 2
business days.

Please do not create a new case for this issue; you can reply to this case
from Seller Central > Help > Case Log.

We value your feedback. Please rate my response using one of the buttons
below.

Thank you for selling with Amazon,
Rohan S.
Amazon.com
https://sellercentral.amazon.com
"""
    aws_mail("053-seller-central-case-merge-seller-accounts", "unrelated", scase, [], "en",
             frm=addr("Amazon Selling Partner Support", "seller-notification@amazon.com"), to=G_USER,
             subject="RE:[CASE %s] Merge two seller accounts" % scase,
             date=d, body=alt(tpart(txt), tpart(paras_html(txt), "html")), new_text=txt, provider="fastmail")

    # 054 --------------------------------------------------------------- JA billing case reply
    d = H_OPEN + timedelta(days=2, hours=-3, minutes=14)
    bcase = cid15(H_OPEN - timedelta(hours=20), 88271)
    new = """渡辺 淳 様

Amazon Web Services 請求サポートの佐々木でございます。
お問い合わせいただきありがとうございます。

AWS アカウント 3301-4982-7705 の請求書宛名を「関東システム株式会社」へ変更するお手続きを承りました。
変更は次回発行の請求書（2026年1月分）から反映されます。

過去の請求書の宛名変更はいたしかねますので、あらかじめご了承ください。

そのほかご不明点がございましたら、本ケースよりお気軽にお問い合わせください。

佐々木
Amazon Web Services
"""
    txt = new + "\n" + SUPPORT_FOOTER_JA + "\n"
    aws_mail("054-ja-billing-case-invoice-name", "unrelated", bcase, [], "ja",
             to=H_USER, subject="RE:[CASE %s] 請求書の宛名変更について" % bcase,
             date=d, body=tpart(txt, cte="quoted-printable"), new_text=new, provider="o365")

    # 055 --------------------------------------------------------------- CertMetrics survey
    d = D(2025, 11, 12, 15, 0, 41)
    src = Src("other", "certmetrics.com", d, helo="mail-out2.certmetrics.com", ip="162.247.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="bounce-%s@mail.certmetrics.com" % rhex(10))
    txt = """Dear Rahul Verma,

AWS Certification wants to hear from you!

As an AWS Certified individual (Candidate ID: AWS06120984), your feedback
helps us improve the certification experience. The survey takes about ten
minutes:

https://www.certmetrics.com/amazon/survey/%s

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Training and
Certification. Please do not reply to this e-mail.
""" % rhex(32)
    mail("055-certmetrics-wants-to-hear-from-you", "unrelated", None, [J_KEEP], False, "en",
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=J_USER,
         subject="AWS Certification wants to hear from you", date=d, body=alt(tpart(txt), tpart(paras_html(txt), "html")),
         new_text=txt, provider="gmail", src=src, v=verdict(src, policy="NONE"))

    # 056 --------------------------------------------------------------- Pearson VUE confirmation (2022)
    d = E_OPEN + timedelta(days=12, hours=4)
    src = Src("other", "pearson.com", d, helo="mx0b-00186b01.pphosted.com", ip="148.163.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="pearsonvueconfirmation@pearson.com")
    txt = """Dear Sophie Laurent,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your
appointment.

Exam: SAP-C01: AWS Certified Solutions Architect - Professional
Date and time: Saturday, August 20, 2022 at 09:00 AM Central European Summer Time
Location: OnVUE online proctored
Registration ID: 412887309
Candidate ID: AWS03009876

Please review the testing policies and run the system test before your exam.

Sincerely,
Pearson VUE on behalf of AWS Training and Certification
"""
    mail("056-pearson-vue-appointment-confirmation", "unrelated", None, [E_KEEP], False, "en",
         frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=E_USER,
         subject="Pearson VUE Confirmation of Exam Appointment", date=d,
         body=alt(tpart(txt), tpart(paras_html(txt), "html")), new_text=txt, provider="icloud",
         src=src, v=verdict(src, policy="REJECT"))

    # 057 --------------------------------------------------------------- Credly's own account merge code
    d = A_OPEN + timedelta(days=6, hours=2, minutes=30)
    code = "%06d" % RNG.randint(0, 999999)
    lines = ["Hi Daniel,",
             "You asked to merge another Credly account into this one. Enter the code below on Credly to confirm that you own d.okafor@student.uni-lagos.edu.ng:",
             code,
             "The code expires in 30 minutes. Once confirmed, select Complete Account Merge to move the badges to your primary Credly account.",
             "If you didn't request this, you can ignore this e-mail."]
    txt = "\n\n".join(lines) + "\n"
    src = credly_src(d)
    mail("057-credly-self-service-merge-code", "unrelated", None, [], True, "en",
         frm=addr("Credly", "admin@credly.com"), to=A_USER, subject="Your Credly account merge verification code",
         date=d, body=alt(tpart(txt), tpart(credly_html("Confirm your account merge", lines, "Credly", "Complete Account Merge", "https://www.credly.com/users/merge/confirm"), "html")),
         new_text=txt, provider="gmail", src=src, v=verdict(src, policy="REJECT"))

    # 058 --------------------------------------------------------------- GitHub merged PR
    d = D(2025, 6, 14, 7, 2, 19)
    src = Src("other", "github.com", d, helo="out-21.smtp.github.com", ip="192.30.252.%d" % RNG.randint(190, 210),
              envfrom="noreply@github.com")
    txt = """Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lchen-dev/cert-tracker/pull/57#event-%d
You are receiving this because you authored the thread.
""" % RNG.randint(10**10, 10**11)
    prtitle = "Merge duplicate candidate records (AWS07700231) in tracker DB"
    mail("058-github-pr-merged-notification", "unrelated", None, [G_KEEP], False, "en",
         frm=addr("Mei Tanaka", "notifications@github.com"), to=G_USER,
         subject="Re: [lchen-dev/cert-tracker] %s (PR #57)" % prtitle, date=d,
         body=alt(tpart(txt), tpart('<p>Merged <a href="https://github.com/lchen-dev/cert-tracker/pull/57">#57</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/lchen-dev/cert-tracker/pull/57">view it on GitHub</a>.</p>', "html")),
         new_text=prtitle + "\n" + txt, provider="fastmail", src=src, v=verdict(src, policy="REJECT"),
         reply_to="lchen-dev/cert-tracker <reply+%s@reply.github.com>" % rhex(40).upper(),
         extra=["List-ID: lchen-dev/cert-tracker <cert-tracker.lchen-dev.github.com>", "X-GitHub-Reason: author"])

    # 059 --------------------------------------------------------------- Microsoft certification profile merge case
    d = D(2025, 11, 4, 0, 40, 7)
    tracking = "2511040010003127"
    src = Src("other", "microsoft.com", d, helo="mail-dm6nam10on2101.outbound.protection.outlook.com",
              ip="40.107.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), envfrom="supportmail@microsoft.com")
    txt = """Hello Daniel,

Thank you for contacting Microsoft Certification Support. We have received
your request to merge your certification profiles and created a support
case for you.

Case number: %s
Topic: Certification profile - merge duplicate profiles

A support engineer will contact you within 2 business days. Please keep the
case number for future reference.

Microsoft Worldwide Learning
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % tracking
    mail("059-microsoft-cert-profile-merge-case-received", "unrelated", tracking, [], False, "en",
         frm=addr("Microsoft Certification Support", "supportmail@microsoft.com"), to=A_USER,
         subject="TrackingID#%s - We received your request" % tracking, date=d,
         body=alt(tpart(txt), tpart(paras_html(txt), "html")), new_text=txt, provider="gmail",
         src=src, v=verdict(src, policy="REJECT"))

    # 060 --------------------------------------------------------------- phishing not about the merge
    d = D(2025, 12, 2, 4, 18, 56)
    src = Src("other", "amazon-account-verify.net", d, helo="mail.amazon-account-verify.net", ip="91.92.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
              envfrom="info@amazon-account-verify.net")
    txt = """Amazon Web Services

Your AWS account has been temporarily suspended

We were unable to validate the payment method on file for your account.
To avoid permanent termination of your resources, update your billing
information within 24 hours:

https://amazon-account-verify.net/aws/billing/update

AWS Billing Team
"""
    mail("060-lookalike-billing-suspended-phish", "unrelated", None, [], False, "en",
         frm=addr("AWS Billing", "billing@amazon-account-verify.net"), to=H_USER,
         subject="[Action Required] Your AWS account has been suspended", date=d,
         body=alt(tpart(txt, cte="base64"), tpart(paras_html(txt), "html", cte="base64")), new_text=txt, provider="o365",
         src=src, v=verdict(src, dkim=[("none", "amazon-account-verify.net")], spf="pass", dmarc="none", policy="NONE"))


# --------------------------------------------------------------------------
# sanity check
# --------------------------------------------------------------------------

def decoded_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        try:
            t = raw.decode(cs, errors="replace")
        except LookupError:
            t = raw.decode("utf-8", errors="replace")
        if part.get_content_subtype() == "html":
            t2 = re.sub(r"(?is)<(script|style).*?</\1>", " ", t)
            t2 = re.sub(r"<[^>]+>", " ", t2)
            t = t + "\n" + htmlmod.unescape(t2)
        out.append(t)
    from email.header import decode_header, make_header
    subj = str(make_header(decode_header(msg.get("Subject", ""))))
    return subj + "\n" + "\n".join(out)


def check():
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    ok = True
    for f in files:
        if f not in LABELS:
            print("NO LABEL:", f)
            ok = False
            continue
        data = open(os.path.join(OUT, f), "rb").read()
        msg = message_from_bytes(data)
        if not msg.get("From") or not msg.get("Date"):
            print("MISSING HEADERS:", f)
            ok = False
        text = decoded_text(msg)
        lab = LABELS[f]
        if lab["case_id"] and lab["case_id"] not in text:
            print("CASE ID NOT IN TEXT:", f, lab["case_id"])
            ok = False
        found = set(ids_in(text))
        for i in lab["account_ids"]:
            if i not in found:
                print("ACCOUNT ID NOT IN TEXT:", f, i)
                ok = False
        has_ar = any(k.lower() == "authentication-results" for k in msg.keys())
        if (lab["sender_verified"] is None) != (not has_ar):
            print("AR / sender_verified mismatch:", f)
            ok = False
        if lab["case_id"] is not None:
            assert re.fullmatch(r"\d+", lab["case_id"]), f
    for f in LABELS:
        if f not in files:
            print("LABEL WITHOUT FILE:", f)
            ok = False
    return ok


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for b in BATCHES:
        b()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
    ok = check()
    from collections import Counter
    print(len(LABELS), "mails;", dict(Counter(l["kind"] for l in LABELS.values())))
    print("check", "OK" if ok else "FAILED")


BATCHES = [batch1, batch2, batch3, batch4, batch5]

if __name__ == "__main__":
    main()
