#!/usr/bin/env python3
"""Generate blind set 44: realistic .eml files about AWS Certification account merges.

Emphasis: mail structure (quoting styles, signatures, rating footers, HTML-only mails,
multipart/alternative with differing parts), English and Japanese.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import string
import uuid

from email import policy, utils
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(440044)
POL = policy.compat32.clone(max_line_length=0, mangle_from_=False)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))
EDT = dt.timezone(dt.timedelta(hours=-4))
EST = dt.timezone(dt.timedelta(hours=-5))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

LABELS = {}
CRLF_FILES = {11, 19, 34, 58}   # saved with CRLF line ends, as some clients export them


# ---------------------------------------------------------------- small helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, suffix):
    return "%d%s" % (int(opened.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars=string.ascii_lowercase + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(R.randbytes(nbytes)).decode()


def fold_b64(s, indent="\t", width=70):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def rfc(d):
    return utils.format_datetime(d)


def us_dst(u):
    """True if UTC datetime u falls in US daylight saving time (Pacific)."""
    y = u.year
    mar1 = dt.datetime(y, 3, 1, tzinfo=UTC)
    start = mar1 + dt.timedelta(days=(6 - mar1.weekday()) % 7 + 7, hours=10)   # 2nd Sun Mar 02:00 PST
    nov1 = dt.datetime(y, 11, 1, tzinfo=UTC)
    end = nov1 + dt.timedelta(days=(6 - nov1.weekday()) % 7, hours=9)         # 1st Sun Nov 02:00 PDT
    return start <= u < end


def pacific(d):
    u = d.astimezone(UTC)
    off, name = (PDT, "PDT") if us_dst(u) else (PST, "PST")
    return utils.format_datetime(u.astimezone(off)) + " (%s)" % name


def ses_msgid(d, region_suffix="000000"):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-%s@email.amazonses.com>" % (ms, str(uuid.UUID(int=R.getrandbits(128))), region_suffix)


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, str(uuid.UUID(int=R.getrandbits(128))))


SES_HOSTS = [("a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n) for n in (30, 33, 48, 52, 71, 96, 117)] + \
            [("a48-%d.smtp-out.amazonses.com" % n, "54.240.48.%d" % n) for n in (94, 108, 112, 119)] + \
            [("e226-%d.smtp-out.us-east-2.amazonses.com" % n, "23.251.226.%d" % n) for n in (9, 14, 55)]


def ses_host():
    return R.choice(SES_HOSTS)


def ew(s, charset="utf-8", enc="B", chunk=None):
    """Encode s as one or more RFC 2047 encoded words folded over lines."""
    if chunk is None:
        chunk = {"utf-8": 13, "iso-2022-jp": 10, "shift_jis": 16}.get(charset.lower(), 20)
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(charset)
        if enc.upper() == "B":
            words.append("=?%s?B?%s?=" % (charset.upper() if charset.lower() != "utf-8" else "UTF-8",
                                          base64.b64encode(piece).decode()))
        else:
            out = []
            for b in piece:
                c = chr(b)
                if c.isalnum() and b < 128:
                    out.append(c)
                elif c == " ":
                    out.append("_")
                else:
                    out.append("=%02X" % b)
            words.append("=?%s?Q?%s?=" % (charset, "".join(out)))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B"):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc, chunk=30 if charset == "utf-8" else 12), email)


# ---------------------------------------------------------------- MIME parts
def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, sub=True,
          fmt_flowed=False):
    """A text part whose bytes are `text` encoded with `charset`, declared as `label`."""
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if fmt_flowed:
        p.set_param("format", "flowed")
    raw = text.encode(charset)
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
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    if sub:
        del p["MIME-Version"]
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or ("--==_mimepart_" + rhex(24)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, sub="mixed", boundary=None):
    m = MIMEMultipart(sub, boundary=boundary or ("----=_Part_%d_%d.%d" % (R.randint(10 ** 5, 10 ** 6), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


# ---------------------------------------------------------------- sender-side headers
def dkim_sig(d, sel, when, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID",
             canon="relaxed/simple", indent="\t"):
    bh = base64.b64encode(hashlib.sha256(R.randbytes(32)).digest()).decode()
    b = rb64(256 if d not in ("amazonses.com",) else 128)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;%s" % (canon, "\n" + indent) +
            "s=%s; d=%s; t=%d;%s" % (sel, d, int(when.timestamp()), "\n" + indent) +
            "h=%s;%s" % (hdrs, "\n" + indent) +
            "bh=%s;%s" % (bh, "\n" + indent) +
            "b=%s" % fold_b64(b, indent))


AMZ_SEL = "rqglmokb4ac2wmgx7uh4q5wfdnhpbn6y"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
SES_SEL2 = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def ses_sender_headers(when, host_ip):
    return [
        ("DKIM-Signature", dkim_sig("amazon.com", AMZ_SEL, when)),
        ("DKIM-Signature", dkim_sig("amazonses.com", SES_SEL, when, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID")),
    ], [
        ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(30)[:43]),
        ("X-SES-Outgoing", "%s-%s" % (when.astimezone(UTC).strftime("%Y.%m.%d"), host_ip[1])),
    ]


# ---------------------------------------------------------------- receiving providers
def auth(dkim=(("pass", "amazon.com", AMZ_SEL), ("pass", "amazonses.com", SES_SEL)),
         spf=("pass", "amazonses.com"), dmarc=("pass", "amazon.com", "QUARANTINE")):
    return {"dkim": list(dkim), "spf": spf, "dmarc": dmarc}


def gmail_ar(a, mailfrom, ip, authserv="mx.google.com", indent="       "):
    lines = []
    for res, d, sel in a["dkim"]:
        lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, sel, rb64(6)[:8]))
    if not a["dkim"]:
        pass
    sres, sdom = a["spf"]
    if sres == "pass":
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif sres == "softfail":
        lines.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        lines.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (sres, mailfrom, ip, mailfrom))
    if a["dmarc"]:
        res, dom, pol = a["dmarc"]
        dis = "NONE" if res == "pass" else pol
        lines.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, dis, dom))
    return authserv + ";\n" + indent + (";\n" + indent).join(lines)


def gsmtp_id(recv, kind="si"):
    p = recv.astimezone(PDT if us_dst(recv.astimezone(UTC)) else PST)
    return "%s-%s%s%d%s%d.%d.%s" % (rhex(13), rhex(11), kind, R.randint(10 ** 6, 10 ** 8),
                                    R.choice(["cf", "d6", "ejs", "ba", "qk"]), R.randint(1, 9), R.randint(1, 999),
                                    p.strftime("%Y.%m.%d.%H.%M.%S"))


def gmail(to, recv, src, a, mailfrom, extra_top=()):
    host, ip = src
    ar = gmail_ar(a, mailfrom, ip)
    hdr = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s%dcsp%d%s;\n        %s" % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), R.choice("abcdefghijklmnopqrstuvwxyz"), R.randint(1, 99),
            R.randint(10 ** 5, 10 ** 7), ralnum(3, string.ascii_lowercase), pacific(recv))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:80]),
        ("X-Received", "by 2002:a05:6214:%s:b0:6fa:%s:%s with SMTP id %s-%smr%d%s.%d.%d;\n        %s" % (
            rhex(4), rhex(4), rhex(4), rhex(13), rhex(11), R.randint(10 ** 7, 10 ** 9), R.choice(["d6", "cf", "qk"]),
            R.randint(1, 99), int(recv.timestamp() * 1000), pacific(recv))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
            int(recv.timestamp()), fold_b64(rb64(256), "         ", 62))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
         "        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n"
         "        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), fold_b64(rb64(256), "         ", 62))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
         "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
             host, host, ip, gsmtp_id(recv), to, pacific(recv))),
        ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
            a["spf"][0], mailfrom, ip, ip) if a["spf"][0] == "pass" else
         "%s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;" % (
             a["spf"][0], mailfrom, ip, ip)),
        ("Authentication-Results", ar),
    ]
    return list(extra_top) + hdr


def o365_ar(a, ip, mailfrom_dom):
    sres, sdom = a["spf"]
    parts = []
    parts.append("spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (sres, ip, sdom if sres != "none" else mailfrom_dom))
    if a["dkim"]:
        res, d, sel = a["dkim"][0]
        parts.append(" dkim=%s (signature was verified)\n header.d=%s;" % (res, d) if res == "pass" else
                     " dkim=%s (body hash did not verify)\n header.d=%s;" % (res, d))
    else:
        parts.append(" dkim=none (message not signed)\n header.d=none;")
    res, dom, pol = a["dmarc"]
    if res == "pass":
        parts.append("dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % dom)
    else:
        parts.append("dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % dom)
    return "".join(parts)


def o365(to, recv, src, a, mailfrom, tenant_pref="namprd11"):
    host, ip = src
    mailfrom_dom = mailfrom.split("@")[1]
    t = rfc(recv.astimezone(UTC)).replace("-0000", "+0000")
    s1 = "%s%s%s.%s.prod.outlook.com" % (R.choice(["BN9PR", "SA1PR", "PH0PR", "DM6PR", "CY8PR"]), R.choice(["11", "12", "17", "18"]),
                                         "MB" + str(R.randint(1000, 9999)), tenant_pref)
    s2 = "%sCA%04d.%s.prod.outlook.com" % (R.choice(["MW4PR04", "BY5PR16", "SJ0PR03", "CH2PR05"]), R.randint(1, 9999), tenant_pref.replace("11", "04"))
    fe = "%sPEPF0000%s.%s.prod.outlook.com" % (R.choice(["CO1", "BN2", "SN1", "DS3"]), rhex(4).upper(), tenant_pref.replace("11", "05"))
    return [
        ("Received", "from %s (2603:10b6:%s:%s::%d) by\n %s with HTTPS; %s" % (s2, rhex(3), rhex(2), R.randint(1, 30), s1, t)),
        ("Received", "from %s (2603:10b6:%s:%s::%d)\n by %s (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n"
         " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
             fe, rhex(3), rhex(2), R.randint(1, 30), s2, rhex(3), rhex(2), R.randint(1, 30), R.randint(8600, 9300), R.randint(10, 40), t)),
        ("Authentication-Results", o365_ar(a, ip, mailfrom_dom)),
        ("Received-SPF", ("Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            a["spf"][1], ip, ip, host)) if a["spf"][0] == "pass" else
         ("%s (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (
             a["spf"][0].capitalize(), a["spf"][1], ip, ip, host))),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (
            host, ip, fe.replace(".prod.outlook.com", ".mail.protection.outlook.com").replace(tenant_pref.replace("11", "05") + ".", ""),
            R.randint(1, 254), R.randint(1, 254), R.randint(8600, 9300), R.randint(10, 40), t)),
    ]


def o365_trailer(recv, a, scl=1):
    t = recv.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04dZ" % R.randint(0, 9999)
    return [
        ("X-MS-Exchange-Organization-ExpirationStartTime", t),
        ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"),
        ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128)))),
        ("X-EOPAttributedMessage", "0"),
        ("X-EOPTenantAttributedMessage", "%s:0" % uuid.UUID(int=R.getrandbits(128))),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-Exchange-Organization-AuthSource", "CO1PEPF000044F0.namprd05.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", str(scl)),
        ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|%d|%d|%d;" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7))),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", t),
        ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:%02d.%07d" % (R.randint(0, 9), R.randint(0, 9999999))),
        ("X-MS-Exchange-Processed-By-BccFoldering", "15.20.8722.000"),
    ]


def jp_generic(to, recv, src, a, mailfrom, mx, authserv, style="nifty"):
    host, ip = src
    res, dom, pol = a["dmarc"]
    dk = "; ".join("dkim=%s header.d=%s header.s=%s" % (r, d, s) for r, d, s in a["dkim"]) or "dkim=none"
    sres, sdom = a["spf"]
    t = utils.format_datetime(recv.astimezone(JST))
    if style == "nifty":
        arv = "%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s" % (authserv, sres, mailfrom, dk.replace("; ", ";\n\t"), res, dom)
    elif style == "yahoo":
        arv = "%s; spf=%s smtp.mailfrom=%s; %s;\n dmarc=%s (p=%s dis=%s) header.from=%s" % (
            authserv, sres, sdom, dk.split("; ")[0], res, pol.lower(), "none" if res == "pass" else pol.lower(), dom)
    else:  # ocn / so-net style
        arv = "%s; dkim=%s (signature verified) header.i=@%s;\n  spf=%s smtp.mailfrom=%s smtp.helo=%s;\n  dmarc=%s header.from=%s" % (
            authserv, a["dkim"][0][0] if a["dkim"] else "none", a["dkim"][0][1] if a["dkim"] else dom, sres, mailfrom, host, res, dom)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s (%s [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            mx, mx, mx.replace("mx", "mbox", 1), rhex(11).upper(), to, t)),
        ("Authentication-Results", arv),
        ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mx, ralnum(12, string.ascii_letters + string.digits), to, t)),
    ]


def icloud(to, recv, src, a, mailfrom):
    host, ip = src
    res, dom, pol = a["dmarc"]
    t = utils.format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000")
    dk = a["dkim"][0] if a["dkim"] else ("none", dom, "")
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Original-Recipient", "rfc822;%s" % to),
        ("Received", "from p00-icloudmta-asmtp-us-west-1a-60-percent-%d (smtp.mail.icloud.com [17.57.%d.%d])\n"
         " by p%02d-imap-st-st.mail.me.com (Postfix) with ESMTPS id %s\n for <%s>; %s" % (
             R.randint(1, 12), R.randint(150, 160), R.randint(1, 254), R.randint(10, 99), rhex(10).upper(), to, t)),
        ("Authentication-Results", "dmarc.icloud.com; dmarc=%s header.from=%s" % (res, dom)),
        ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s" % (
            dk[0], dk[1], dk[1], rb64(6)[:8])),
        ("Authentication-Results", "spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
            a["spf"][0], mailfrom, ip, mailfrom)),
        ("Received-SPF", "%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (
            a["spf"][0], mailfrom, ip, ip, host, mailfrom)),
        ("Received", "from %s (%s [%s])\n by p00-icloudmta-asmtp-us-west-1a-60-percent-%d (Postfix) with ESMTPS id %s\n for <%s>; %s" % (
            host, host, ip, R.randint(1, 12), rhex(10).upper(), to, t)),
    ]


def fastmail(to, recv, src, a, mailfrom):
    host, ip = src
    res, dom, pol = a["dmarc"]
    t = utils.format_datetime(recv.astimezone(UTC)).replace("-0000", "+0000")
    lines = []
    for r, d, s in a["dkim"]:
        lines.append("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048" % (
            r, d, d, rb64(6)[:8], s))
    lines.append("dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s" % (
        res, pol.lower(), pol.lower(), dom))
    lines.append("iprev=pass smtp.remote-ip=%s (%s)" % (ip, host))
    lines.append("spf=%s smtp.mailfrom=%s smtp.helo=%s" % (a["spf"][0], mailfrom, host))
    lines.append("x-aligned-from=pass (Address match)")
    lines.append("x-me-sender=none")
    ar = "mx%d.messagingengine.com;\n    " % R.randint(1, 6) + ";\n    ".join(lines)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s" % (
            R.randint(1, 9), R.randint(1, 9), R.randint(40, 60), R.randint(10, 60), rhex(12), t)),
        ("X-Cyrus-Session-Id", "sloti%d-%d-%d-2-%d" % (R.randint(10, 60), int(recv.timestamp()), R.randint(1000, 9999), R.randint(10 ** 17, 10 ** 18))),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("X-Spam-known-sender", "no"),
        ("X-Spam-score", "0.0"),
        ("X-Spam-hits", "BAYES_00 -1.9, DKIM_SIGNED 0.1, DKIM_VALID -0.1, DKIM_VALID_AU -0.1, HTML_MESSAGE 0.001,\n  ME_NOAUTH 0.01, RCVD_IN_DNSWL_NONE -0.0001, SPF_HELO_PASS -0.001, SPF_PASS -0.001,\n  LANGUAGES en, BAYES_USED global, SA_VERSION 4.0.1"),
        ("Authentication-Results", ar),
        ("X-ME-VSCategory", "clean"),
        ("Received", "from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s" % (R.randint(1, 6), R.randint(200, 220), R.randint(1, 9), t)),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
            host, host, ip, R.randint(1, 6), to, t)),
    ]


def rspamd(to, recv, src, a, mailfrom, me="mail.meyer-it.de"):
    host, ip = src
    res, dom, pol = a["dmarc"]
    t = utils.format_datetime(recv.astimezone(CEST if 4 <= recv.month <= 10 else CET))
    dk = ";\n\t".join("dkim=%s header.d=%s header.s=%s header.b=%s" % (r, d, s, rb64(6)[:8]) for r, d, s in a["dkim"])
    ar = "%s;\n\t%s;\n\tspf=%s (%s: domain of \"%s\" designates %s as permitted sender) smtp.mailfrom=\"%s\";\n\tdmarc=%s (policy=%s) header.from=%s" % (
        me, dk, a["spf"][0], me, mailfrom, ip, mailfrom, res, pol.lower(), dom)
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
            me, me, rb64(16)[:22], mailfrom, to, t)),
        ("Authentication-Results", ar),
        ("X-Rspamd-Server", "mail"),
        ("X-Rspamd-Queue-Id", rhex(10).upper()),
        ("X-Spamd-Result", "default: False [-0.40 / 15.00];\n\tDMARC_POLICY_ALLOW(-0.50)[%s,quarantine];\n\tR_DKIM_ALLOW(-0.20)[%s:s];\n\tR_SPF_ALLOW(-0.20)[+ip4:%s/19];\n\tMIME_GOOD(-0.10)[multipart/alternative,text/plain]" % (dom, dom, ip.rsplit('.', 1)[0] + ".0")),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, me, rhex(10).upper(), to, t)),
    ]


def exim_noar(to, recv, src, mailfrom, me="mx1.harlow-eng.co.uk"):
    host, ip = src
    t = utils.format_datetime(recv.astimezone(BST if 4 <= recv.month <= 10 else UTC))
    return [
        ("Return-path", "<%s>" % mailfrom),
        ("Envelope-to", to),
        ("Delivery-date", t),
        ("Received", "from [%s] (helo=%s)\n\tby %s with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n\t(envelope-from <%s>)\n\tid 1u%s-%s-%s\n\tfor %s; %s" % (
            ip, host, me, mailfrom, ralnum(4, string.ascii_letters), rhex(6), ralnum(2, string.ascii_uppercase), to, t)),
        ("X-Spam-Score", "-0.1"),
        ("X-Spam-Report", "DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_HELO_PASS"),
    ]


# ---------------------------------------------------------------- assembling
def build(num, slug, label, body, *, frm, to, subject, date, trace, sender_hdrs=(), trailer=(),
          msgid=None, irt=None, refs=None, cc=None, reply_to=None, extra=(), crlf=False,
          mime_version=True):
    name = "%03d-%s.eml" % (num, slug)
    hdrs = list(body.items())
    for k in set(k for k, _ in hdrs):
        del body[k]
    for k, v in trace:
        body[k] = v
    for k, v in sender_hdrs:
        body[k] = v
    body["From"] = frm
    if reply_to:
        body["Reply-To"] = reply_to
    body["To"] = to
    if cc:
        body["Cc"] = cc
    body["Subject"] = subject
    body["Date"] = rfc(date) if isinstance(date, dt.datetime) else date
    body["Message-ID"] = msgid or "<%s@%s>" % (uuid.UUID(int=R.getrandbits(128)), "mail.example")
    if irt:
        body["In-Reply-To"] = irt
    if refs:
        body["References"] = refs
    for k, v in extra:
        body[k] = v
    if mime_version:
        body["MIME-Version"] = "1.0"
    for k, v in hdrs:
        if k.lower() == "mime-version":
            continue
        body[k] = v
    for k, v in trailer:
        body[k] = v
    data = body.as_bytes(policy=POL)
    if crlf or num in CRLF_FILES:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    LABELS[name] = label
    return name


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": verified, "language": lang}


# ---------------------------------------------------------------- common text
AWS_FROM_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_FROM_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
AWS_FROM_FORM_JA = addr("アマゾン ウェブ サービス", "aws-cs-trainingcertification-form@amazon.com")
CREDLY_FROM = '"AWS Training and Certification via Credly" <admin@credly.com>'

LEGAL_EN = """Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.

This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message. Please do not share this message or the case link with anyone who is not authorized to access your certification records."""

LEGAL_JA = """本メールは、アマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア）より、Amazon Web Services, Inc. の委託を受けてお送りしています。Amazon Web Services、AWS は Amazon.com, Inc. またはその関連会社の商標です。

本メールは送信専用アドレスからお送りしています。"""


def console_footer_en(case_id):
    return """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
%s""" % (case_id, LEGAL_EN.split("\n\n")[0])


def console_footer_ja(case_id):
    return """お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

よろしくお願いいたします。
アマゾン ウェブ サービス

======================================================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクをクリックする前にログインしてください。）

*このメールは受信できないアドレスから送信されています。同じ問題について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

====================================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。""" % case_id


def rate_reply_en(case_id, token):
    base = "https://support.aws.amazon.com/feedback/tnc?case=%s&reply=%s&rating=" % (case_id, token)
    return """How would you rate this reply?
  Excellent   %s5
  Good        %s4
  Fair        %s3
  Poor        %s1
Your rating helps us coach our agents. It does not reopen or close your case.""" % (base, base, base, base)


def rate_reply_ja(case_id, token):
    base = "https://support.aws.amazon.com/feedback/tnc?case=%s&reply=%s&lang=ja&rating=" % (case_id, token)
    return """このやり取りを評価してください
  とても良い  %s5
  良い        %s4
  ふつう      %s3
  悪い        %s1
※ 評価はケースの状態（オープン／クローズ）には影響しません。""" % (base, base, base, base)


def form_sig_en(agent):
    return """Kind regards,

%s
AWS Training and Certification Customer Support
Amazon Web Services

Check out the AWS Certification FAQ: https://aws.amazon.com/certification/faqs/
Manage your certifications: https://www.aws.training/Certification""" % agent


def form_sig_ja(agent):
    return """どうぞよろしくお願いいたします。

%s
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス

AWS 認定に関するよくある質問: https://aws.amazon.com/jp/certification/faqs/
認定の管理: https://www.aws.training/Certification""" % agent


# ---------------------------------------------------------------- people and cases
C1 = case15(T(2025, 6, 10, 0, 12, 44), "02317")    # Kenji, ja, console
C2 = case15(T(2025, 9, 3, 14, 5, 10), "50419")     # Sarah, en, form
C3 = case15(T(2026, 1, 14, 17, 40, 2), "00688")    # Tomas, en, console
C4 = "14387260915"                                  # Misaki, ja, form (11 digits)
C5 = "12904475381"                                  # Priya, en, console (11 digits)
C6 = case15(T(2025, 11, 18, 1, 22, 37), "71102")   # Sho, ja, form
C7 = case15(T(2025, 4, 22, 8, 31, 55), "33950")    # Daniel, en, form
C8 = case15(T(2026, 3, 5, 23, 58, 12), "04471")    # Aiko, ja, console
C9 = case15(T(2025, 3, 11, 19, 2, 40), "18824")    # Marcus, en, form
C10 = case15(T(2026, 2, 9, 10, 15, 0), "62005")    # Lena, en, form
C11 = "13052294617"                                 # Takuya, ja, form (11 digits)
C12 = case15(T(2025, 8, 19, 7, 44, 21), "07713")   # Jon, en, console

KENJI = ("渡辺 健二", "kenji.watanabe.dev@gmail.com")
SARAH = ("Sarah Okafor", "s.okafor@northwind-analytics.com")
TOMAS = ("Tomás Reyes", "tomas.reyes@icloud.com")
MISAKI = ("佐藤 美咲", "misaki-sato@nifty.com")
PRIYA = ("Priya Natarajan", "priya@natarajan.dev")
SHO = ("高橋 翔", "sho.takahashi@kaigan-systems.co.jp")
DANIEL = ("Daniel Meyer", "daniel@meyer-it.de")
AIKO = ("山本 愛子", "aiko_yamamoto88@yahoo.co.jp")
MARCUS = ("Marcus Lindqvist", "marcus.lindqvist.cloud@gmail.com")
LENA = ("Lena Fischer", "lena.fischer@outlook.com")
TAKUYA = ("中村 拓也", "t-nakamura@sea.ocn.ne.jp")
JON = ("Jon Harlow", "jon.harlow@harlow-eng.co.uk")


def ses(recv_to, provider, when, delay=4, a=None, **kw):
    """Trace + sender headers for a genuine SES-sent amazon.com mail."""
    a = a or auth()
    src = ses_host()
    mf = ses_mailfrom(when)
    recv = when + dt.timedelta(seconds=delay)
    if provider == "gmail":
        tr = gmail(recv_to, recv, src, a, mf)
    elif provider == "o365":
        tr = o365(recv_to, recv, src, a, mf, **kw)
    elif provider == "icloud":
        tr = icloud(recv_to, recv, src, a, mf)
    elif provider == "fastmail":
        tr = fastmail(recv_to, recv, src, a, mf)
    elif provider == "rspamd":
        tr = rspamd(recv_to, recv, src, a, mf)
    elif provider == "exim":
        tr = exim_noar(recv_to, recv, src, mf)
    elif provider == "nifty":
        tr = jp_generic(recv_to, recv, src, a, mf, "mx%02d.nifty.com" % R.randint(1, 20), "mta-nifty.mail.nifty.com", "nifty")
    elif provider == "yahoo":
        tr = jp_generic(recv_to, recv, src, a, mf, "mx%d.mail.yahoo.co.jp" % R.randint(1, 9), "yahoo.co.jp", "yahoo")
    elif provider == "ocn":
        tr = jp_generic(recv_to, recv, src, a, mf, "mx-ocn%02d.ocn.ad.jp" % R.randint(1, 30), "mfilter%02d.ocn.ad.jp" % R.randint(1, 30), "ocn")
    else:
        raise ValueError(provider)
    dk, tail = ses_sender_headers(when, src)
    return tr, dk, tail


# ================================================================ case_created
def m001():
    d = T(2025, 3, 11, 19, 2, 53)
    tr, dk, tail = ses(MARCUS[1], "gmail", d)
    body = tpart("""Hello Marcus,

Thanks for reaching out to AWS Training and Certification. This is an automated note to let you know that your request has been logged with our support team under reference %s.

Summary of what you submitted
  Inquiry type:        Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    AWS05518204
  Preferred language:  English

A member of our team will review your request and get back to you, usually within 24 hours. To help us help you faster:
  - Please don't submit the form again for the same issue. A second request does not speed things up and can delay the first one.
  - If you need to add details, just reply to this e-mail and keep the reference number in the subject line.

While you wait, many common questions are answered in our FAQ: https://aws.amazon.com/certification/faqs/

Regards,
AWS Training and Certification Customer Support

--
%s
""" % (C9, LEGAL_EN), cte="quoted-printable")
    return build(1, "form-request-logged", L("case_created", C9, ["AWS05518204"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=MARCUS[1],
                 subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C9,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m002():
    d = T(2025, 6, 10, 0, 12, 58)
    tr, dk, tail = ses(KENJI[1], "gmail", d)
    text = """アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細:

ケース ID: %s
件名: 認定アカウントが2つあり、1つにまとめたい
重要度: 一般的なガイダンス
アカウントとサービス: トレーニングと認定

サポートエンジニアが確認のうえ、通常24時間以内にご連絡いたします。同じ内容で別のケースを作成されますと、対応が遅れる場合がございますので、追加の情報はこのケースに追記してください。

ケースの詳細を表示したり、ケースに返信したりするには、AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクをクリックする前にログインしてください。）

よろしくお願いいたします。
アマゾン ウェブ サービス

*このメールは受信できないアドレスから送信されています。
""" % (C1, C1, C1)
    body = tpart(text, charset="iso-2022-jp", cte="7bit")
    subj = "Amazon Web Services: " + ew("新しいサポートケースを開きました: " + C1, "iso-2022-jp", chunk=12)
    return build(2, "console-case-opened-ja", L("case_created", C1, [], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=KENJI[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m003():
    d = T(2026, 1, 14, 17, 40, 19)
    tr, dk, tail = ses(TOMAS[1], "icloud", d)
    plain = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Two certification profiles - please combine
Severity: General guidance
Correspondence: Hi, I passed the Cloud Practitioner exam with my old university address and later the SA Associate with my personal one, so now I have two candidate profiles. Can you please put everything under one? Thanks, Tomas

We will follow up as soon as possible. To view your case or to add additional correspondence, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % (C3, C3, C3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr><td style="font-weight:bold;vertical-align:top">Case ID:</td><td>%s</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Subject:</td><td>Two certification profiles - please combine</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Severity:</td><td>General guidance</td></tr>
<tr><td style="font-weight:bold;vertical-align:top">Correspondence:</td><td>Hi, I passed the Cloud Practitioner exam with my old university address and later the SA Associate with my personal one, so now I have two candidate profiles. Can you please put everything under one? Thanks, Tomas</td></tr>
</table>
<p>We will follow up as soon as possible. To view your case or to add additional correspondence, please sign in to the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="color:#545b64;font-size:12px">(If you are connecting by federation, log in before following the link.)</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="color:#545b64;font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
</body></html>
""" % (C3, C3, C3)
    body = alt(tpart(plain), tpart(html, "html"))
    return build(3, "console-new-case-opened", L("case_created", C3, [], True, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=TOMAS[1],
                 subject="Amazon Web Services: You have opened a new Support case: %s" % C3,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m004():
    d = T(2025, 11, 18, 1, 22, 49)
    tr, dk, tail = ses(SHO[1], "o365", d, tenant_pref="jpnprd01")
    html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>お問い合わせ受付</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px">
<p>高橋 翔 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>
以下の内容でお問い合わせを受け付けました。本メールはシステムより自動送信されています。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;width:100%%;font-size:13px">
<tr><th align="left" style="background:#f8f8f8;width:35%%">受付番号（ケース ID）</th><td>%s</td></tr>
<tr><th align="left" style="background:#f8f8f8">お問い合わせの種類</th><td>認定</td></tr>
<tr><th align="left" style="background:#f8f8f8">詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left" style="background:#f8f8f8">受付日時</th><td>2025/11/18 10:22 (JST)</td></tr>
</table>
<p>担当者が内容を確認し、原則として24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。</p>
<p>追加でお伝えいただきたい事項がございましたら、件名の受付番号を変更せずに本メールへご返信ください。同じ内容で再度フォームを送信されますと、回答が遅れる原因となりますのでご注意ください。</p>
<p style="margin-top:24px">AWS トレーニングと認定 カスタマーサポート</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;color:#687078;font-size:11px;line-height:1.6">
本メールは、アマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア）より、Amazon Web Services, Inc. の委託を受けてお送りしています。<br>
Amazon Web Services、AWS は Amazon.com, Inc. またはその関連会社の商標です。<br>
<a href="https://aws.amazon.com/jp/privacy/" style="color:#0073bb">プライバシー規約</a> | <a href="https://aws.amazon.com/jp/terms/" style="color:#0073bb">サイト利用規約</a>
</td></tr>
</table></td></tr></table>
</body></html>
""" % C6
    body = tpart(html, "html", cte="base64", sub=False)
    subj = ew("【AWS トレーニングと認定】お問い合わせを受け付けました", "utf-8") + " [CASE %s]" % C6
    return build(4, "form-ack-html-table-ja", L("case_created", C6, [], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=SHO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m005():
    d = T(2025, 8, 19, 7, 44, 33)
    tr, dk, tail = ses(JON[1], "exim", d)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Duplicate AWS Certification accounts
Severity: General guidance
Correspondence: Hello,
I have two AWS Certification accounts (one from my previous employer's SSO and one personal). I'd like to keep the personal one. Both are in my name. Could you advise what you need from me?
Regards
Jon Harlow

We will follow up as soon as possible. To view your case or to add additional correspondence, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % (C12, C12, C12)
    body = tpart(text, charset="us-ascii", cte="7bit", sub=False)
    return build(5, "console-opened-no-auth-headers", L("case_created", C12, [], None, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=JON[1],
                 subject="Amazon Web Services: You have opened a new Support case: %s" % C12,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m006():
    d = T(2025, 9, 3, 14, 5, 24)
    tr, dk, tail = ses(SARAH[1], "o365", d)
    plain = """We received your message.

Reference: %s

Our Training and Certification team will be in touch. Please keep the reference in the subject line if you write to us again.

AWS Training and Certification
""" % C2
    html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#0f1111">
<div style="max-width:620px">
<p>Hi Sarah,</p>
<p>Thanks for getting in touch. Your form has gone through and a ticket is now open with our Training and Certification support desk. Nothing else is needed from you right now.</p>
<table style="border:1px solid #d5d9d9;border-collapse:collapse;font-size:13px" cellpadding="8">
<tr style="background:#f0f2f2"><td colspan="2"><b>Your ticket</b></td></tr>
<tr><td>Reference</td><td><b>%s</b></td></tr>
<tr><td>Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td>Submitted</td><td>Wed, Sep 3, 2025, 2:05 PM UTC</td></tr>
<tr><td>Expected first reply</td><td>Within 1 business day</td></tr>
</table>
<p>What happens next: an agent will look at the candidate profiles you told us about and reply to this address. If anything is missing we'll ask for it.</p>
<p>Please don't send the form again for this issue - just reply to this e-mail if you have something to add.</p>
<p>AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #e7e7e7">
<p style="font-size:11px;color:#565959">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</div></body></html>
""" % C2
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html, "html"))
    return build(6, "form-ack-parts-differ", L("case_created", C2, [], True, "en"), body,
                 frm=AWS_FROM_FORM, to=SARAH[1],
                 subject="[CASE %s] We received your message" % C2,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m007():
    d = T(2025, 7, 14, 3, 9, 41)
    tr, dk, tail = ses(TAKUYA[1], "ocn", d)
    text = """中村 拓也 様

この度は AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お送りいただいた内容は、担当窓口にて確かに承りました。

　受付番号：%s
　お問い合わせ区分：認定 ／ アカウントの統合

担当者より順次ご連絡いたしますので、今しばらくお待ちください。通常は1営業日以内にご返信しております。

なお、同一のご依頼でフォームを複数回送信された場合、それぞれ別の受付となり、かえってお時間をいただくことがございます。補足がございましたら、本メールに返信する形でお知らせください。

※本メールはお問い合わせを受け付けた時点で自動的にお送りしています。

AWS トレーニングと認定 カスタマーサポート

%s
""" % (C11, LEGAL_JA)
    body = tpart(text, charset="shift_jis", cte="8bit", label="Shift_JIS", sub=False)
    subj = ew("【受付】お問い合わせありがとうございます", "shift_jis") + " [CASE %s]" % C11
    return build(7, "form-ack-sjis", L("case_created", C11, [], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=TAKUYA[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m008():
    d = T(2025, 10, 2, 6, 18, 40)
    fake_case = "175938564028814"
    src = ("vps-5e21a0c4.vps.ovh.net", "51.75.142.19")
    mf = "bounce@aws-certification-desk.com"
    a = auth(dkim=(("pass", "aws-certification-desk.com", "default"),), spf=("pass", "aws-certification-desk.com"),
             dmarc=("pass", "aws-certification-desk.com", "NONE"))
    tr = gmail(MARCUS[1], d + dt.timedelta(seconds=2), src, a, mf)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://aws-certification-desk.com/img/aws-logo.png" alt="aws" width="80"></p>
<p>Dear Candidate,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> regarding your AWS Certification account.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Certification profile verification</td></tr>
<tr><td><b>Severity:</b></td><td>Urgent</td></tr>
</table>
<p>To keep your certifications active while the case is open, you must confirm your candidate profile within <b>48 hours</b>. Profiles that are not confirmed may be suspended.</p>
<p><a href="http://aws-certification-desk.com/support/verify?displayId=%s&amp;u=bWFyY3Vz" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold">Sign in to the Support Center</a></p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
""" % (fake_case, fake_case, fake_case)
    body = tpart(html, "html", cte="quoted-printable", charset="iso-8859-1", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("aws-certification-desk.com", "default", d, hdrs="From:To:Subject:Date:Message-ID"))]
    return build(8, "opened-case-lookalike-domain", L("case_created", fake_case, [], False, "en"), body,
                 frm='"Amazon Web Services" <no-reply@aws-certification-desk.com>', to=MARCUS[1],
                 subject="Amazon Web Services: You have opened a new Support case: %s" % fake_case,
                 date=d, trace=tr, sender_hdrs=dkh, msgid="<%s@aws-certification-desk.com>" % rhex(24),
                 extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])


# ================================================================ merge_confirmation_requested
def m009():
    d = T(2025, 3, 12, 16, 40, 7)
    tr, dk, tail = ses(MARCUS[1], "gmail", d)
    text = """Hello Marcus,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located two candidate profiles under your name:

  1. AWS05518204 - marcus.lindqvist.cloud@gmail.com
     (AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate)
  2. AWS02764139 - m.lindqvist@contoso-consulting.se
     (AWS Certified Cloud Practitioner)

If we go ahead, AWS05518204 will remain your active account and AWS02764139 will be merged into it. The certification history, exam appointments and benefits held on AWS02764139 will be moved across, and from then on you will sign in only with the e-mail address of AWS05518204.

Please note that this action is permanent and cannot be reversed once it has been completed.

Could you please reply to this e-mail to confirm that the details above are correct and that you would like us to proceed? If you would rather keep the other account, just let me know which one.

%s

%s

----- Original Message -----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS05518204
First name: Marcus
Last name: Lindqvist
Email: marcus.lindqvist.cloud@gmail.com
Country: Sweden
Description:
Hi, I found out I have two certification accounts. The CP exam is on an old one from when I worked at Contoso Consulting (candidate ID AWS02764139 I think). Please merge them so everything is under my gmail account. Thanks!
""" % (form_sig_en("Ravi K."), rate_reply_en(C9, rhex(16)))
    body = tpart(text)
    return build(9, "form-reply-please-confirm", L("merge_confirmation_requested", C9, ["AWS05518204", "AWS02764139"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=MARCUS[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C9,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m010():
    d = T(2025, 6, 11, 2, 30, 15)
    tr, dk, tail = ses(KENJI[1], "gmail", d)
    text = """渡辺 健二 様

AWS サポートにお問い合わせいただき、ありがとうございます。トレーニングと認定チームの小林です。

お知らせいただいた情報をもとに確認いたしましたところ、渡辺様の認定アカウントとして以下の2件が見つかりました。

　・AWS 04817263（サインイン：kenji.watanabe.dev@gmail.com）
　　取得済み：AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate
　・aws-09152740（サインイン：k-watanabe@tsubasa-soft.co.jp）
　　取得済み：AWS Certified Cloud Practitioner

ご希望に沿って、AWS 04817263 を存続アカウントとし、aws-09152740 の認定履歴をこちらへ移す手続きを行う予定です。手続き後は aws-09152740 ではサインインできなくなり、この操作を取り消すことはできません。

上記の内容でお間違いがなければ、サポートセンターからこのケースに「内容に相違ありません。進めてください。」とご返信ください。ご確認をいただけるまで、作業は開始いたしません。

%s

小林
アマゾン ウェブ サービス

%s
""" % (rate_reply_ja(C1, rhex(16)), console_footer_ja(C1))
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = "RE:[CASE %s] " % C1 + ew("認定アカウントが2つあり、1つにまとめたい", "iso-2022-jp")
    return build(10, "console-reply-kakunin-onegai", L("merge_confirmation_requested", C1, ["AWS04817263", "AWS09152740"], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=KENJI[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


SARAH_SIG_HTML = """<p class="MsoNormal" style="font-size:10pt;color:#1F3864"><b>Sarah Okafor</b> | Senior Data Engineer<br>
Northwind Analytics Ltd. | 3rd Floor, 18 Canal Street, Manchester M1 3HE<br>
M: +44 7700 900 418 | <a href="https://www.northwind-analytics.com">northwind-analytics.com</a></p>
<p class="MsoNormal" style="font-size:7.5pt;color:#7F7F7F">CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system; you must not copy, disclose or distribute its contents. Northwind Analytics Ltd. is registered in England and Wales, company no. 09876543. Please consider the environment before printing this e-mail.</p>"""

SARAH_SIG_TEXT = """Sarah Okafor | Senior Data Engineer
Northwind Analytics Ltd. | 3rd Floor, 18 Canal Street, Manchester M1 3HE
M: +44 7700 900 418 | northwind-analytics.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system; you must not copy, disclose or distribute its contents. Northwind Analytics Ltd. is registered in England and Wales, company no. 09876543. Please consider the environment before printing this e-mail."""


def m011():
    d = T(2025, 9, 5, 9, 12, 44)
    tr, dk, tail = ses(SARAH[1], "o365", d)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hi Sarah,</p>
<p>Thanks for the extra details, that cleared it up. Before I change anything, please review the summary below carefully.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8;font-size:13px">
<tr style="background:#eaeded"><th align="left">Role after the change</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th><th align="left">Certifications</th></tr>
<tr><td>Stays active (primary)</td><td>AWS02283915</td><td>s.okafor@northwind-analytics.com</td><td>Data Engineer - Associate; Solutions Architect - Associate</td></tr>
<tr><td>Folded into the primary, then closed</td><td>AWS07719046</td><td>sarah.okafor.uk@gmail.com</td><td>Cloud Practitioner</td></tr>
</table>
<p>Once the two profiles are combined they can&#39;t be separated again, and the closed profile can&#39;t be reactivated.</p>
<p>If everything above is right, reply to this e-mail with &quot;Confirmed&quot; and I&#39;ll take care of it. If something should be different, tell me what to change and I&#39;ll send an updated summary.</p>
<p>Kind regards,<br><br>Mei L.<br>AWS Training and Certification Customer Support<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">How would you rate this reply?
<a href="https://support.aws.amazon.com/feedback/tnc?case=%s&amp;rating=5">Excellent</a> |
<a href="https://support.aws.amazon.com/feedback/tnc?case=%s&amp;rating=4">Good</a> |
<a href="https://support.aws.amazon.com/feedback/tnc?case=%s&amp;rating=3">Fair</a> |
<a href="https://support.aws.amazon.com/feedback/tnc?case=%s&amp;rating=1">Poor</a></p>
<br>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sarah Okafor &lt;s.okafor@northwind-analytics.com&gt;<br>
<b>Sent:</b> Thursday, September 4, 2025 4:47 PM<br>
<b>To:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Subject:</b> RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance</p>
</div>
<p class="MsoNormal">Hi,</p>
<p class="MsoNormal">Sorry, the ID I put in the form (AWS05530128) was a typo. The right one is AWS07719046, that&#39;s the old profile under my Gmail. I&#39;d like to keep the work one, AWS02283915, because our L&amp;D team tracks certifications there.</p>
<p class="MsoNormal">Thanks,<br>Sarah</p>
%s
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Sent:</b> Thursday, September 4, 2025 10:03 AM<br>
<b>To:</b> Sarah Okafor &lt;s.okafor@northwind-analytics.com&gt;<br>
<b>Subject:</b> RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance</p>
</div>
<p class="MsoNormal">Hello Sarah,</p>
<p class="MsoNormal">Thank you for contacting AWS Training and Certification. I was not able to find a candidate profile with the ID AWS05530128. Could you please double-check the candidate ID of your second account and let me know which of the two accounts you would like to keep?</p>
<p class="MsoNormal">Kind regards,<br>Mei L.<br>AWS Training and Certification Customer Support</p>
<hr>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</body></html>
""" % (C2, C2, C2, C2, C2, SARAH_SIG_HTML, C2)
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    return build(11, "html-table-review-before-merge", L("merge_confirmation_requested", C2, ["AWS02283915", "AWS07719046"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=SARAH[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m012():
    d = T(2026, 2, 11, 13, 2, 9)
    fake_case = "177080112290317"
    src = ("mail.aws-certifications-team.com", "185.225.69.41")
    mf = "postmaster@aws-certifications-team.com"
    a = auth(dkim=(("pass", "aws-certifications-team.com", "mail"),), spf=("pass", "aws-certifications-team.com"),
             dmarc=("pass", "aws-certifications-team.com", "NONE"))
    tr = o365(LENA[1], d + dt.timedelta(seconds=3), src, a, mf, tenant_pref="eurprd11")
    text = """Hello,

We are contacting you about case %s.

Our records show two AWS Certification accounts registered to you. We are ready to merge AWS03315820 into AWS06640217. AWS06640217 will remain active.

This merge is IRREVERSIBLE. Before we continue you must confirm the details are correct by signing in below with the e-mail address and password you use for your certification account:

https://aws-certifications-team.com/merge/confirm?case=%s

If we do not receive your confirmation within 24 hours both accounts will be placed on hold and your active certifications may be revoked.

Best regards,
AWS Training and Certification
Amazon Web Services
""" % (fake_case, fake_case)
    body = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("aws-certifications-team.com", "mail", d, hdrs="From:To:Subject:Date:Message-ID"))]
    return build(12, "confirm-merge-lookalike", L("merge_confirmation_requested", fake_case, ["AWS03315820", "AWS06640217"], False, "en"), body,
                 frm='"AWS Training and Certification" <support@aws-certifications-team.com>', to=LENA[1],
                 subject="Action required: confirm your account merge [CASE %s]" % fake_case,
                 date=d, trace=tr, sender_hdrs=dkh, trailer=o365_trailer(d, None, scl=5),
                 msgid="<%s@aws-certifications-team.com>" % rhex(20))


def m013():
    d = T(2025, 6, 11, 8, 0, 51)
    fake_case = "174962201977310"
    src = ("static.88-198-51-7.clients.your-server.de", "88.198.51.7")
    mf = "no-reply-aws@amazon.com"
    a = auth(dkim=(), spf=("softfail", "amazon.com"), dmarc=("fail", "amazon.com", "QUARANTINE"))
    tr = gmail(KENJI[1], d + dt.timedelta(seconds=5), src, a, mf)
    forged = [("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com"),
              ("X-Mailer", "Microsoft Outlook 16.0")]
    text = """Hello,

Regarding your case %s: we are ready to merge your certification account aws05019984 into aws07741320. This cannot be undone once processed.

To confirm the merge, please sign in through the secure link below and re-enter your certification login and the payment card you used for your last exam voucher, so that the voucher balance can be carried over:

http://amazon-com.certification-merge.info/confirm?displayId=%s

If you do not confirm within 24 hours the request will expire and both accounts will be locked for security reasons.

Best regards,
Amazon Web Services
""" % (fake_case, fake_case)
    body = tpart(text, cte="quoted-printable", charset="utf-8", sub=False)
    return build(13, "spoofed-amazon-confirm-dmarc-fail", L("merge_confirmation_requested", fake_case, ["AWS05019984", "AWS07741320"], False, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=KENJI[1],
                 subject="RE:[CASE %s] Confirm merge of your certification accounts" % fake_case,
                 date=d, trace=tr, sender_hdrs=forged, msgid="<%s@amazon.com>" % uuid.UUID(int=R.getrandbits(128)))


def m014():
    d = T(2025, 7, 2, 5, 40, 33)
    tr, dk, tail = ses(MISAKI[1], "nifty", d)
    text = """佐藤 美咲 様

ご返信いただき、ありがとうございます。AWS トレーニングと認定サポートの田中です。

お知らせいただいたメールアドレスをもとに、改めて確認いたしました。なお、もう一つご記載いただいた番号につきましては、佐藤様のお名前での登録が見当たらなかったため、今回の対象からは外しております。

【今後もご利用いただくアカウント】
　aws-06625390（misaki-sato@nifty.com）
【統合により閉鎖されるアカウント】
　AWS08841172（m.sato@hoshizora-u.ac.jp）

閉鎖されるアカウントの受験履歴・認定・特典は、上記の今後もご利用いただくアカウントへ移されます。一度この手続きを行いますと、元の2つのアカウントに戻すことはできません。

この内容で問題がないか、本メールへのご返信にてお知らせください。ご返信を確認できましたら手続きに入ります。

%s

%s

2025年7月2日(水) 8:02 佐藤 美咲 <misaki-sato@nifty.com>:
> 田中様
>
> ご連絡ありがとうございます。
> 残したいのは nifty のアドレスで登録している AWS06625390 です。
> 大学在籍中に作った AWS08841172（m.sato@hoshizora-u.ac.jp）の方は、
> もう大学のメールが使えないので統合していただけると助かります。
> あと、昔のメモに AWS01337702 という番号もあったのですが、
> これも私のものかもしれません。念のため確認いただけますか。
>
> 佐藤
>
> > 佐藤 美咲 様
> >
> > お問い合わせいただきありがとうございます。
> > 統合の手続きを進めるにあたり、各アカウントのサインイン用メールアドレスと、
> > どちらのアカウントを残すご希望かをお知らせください。
> >
> > 田中
> > AWS トレーニングと認定 カスタマーサポート
""" % (form_sig_ja("田中"), rate_reply_ja(C4, rhex(16)))
    body = tpart(text, cte="base64", sub=False)
    return build(14, "ja-reply-quoted-history", L("merge_confirmation_requested", C4, ["AWS06625390", "AWS08841172"], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=MISAKI[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m015():
    d = T(2025, 5, 20, 22, 14, 3)
    tr, dk, tail = ses(PRIYA[1], "fastmail", d)
    text = """Hello Priya,

Thank you for confirming the sign-in addresses. Here is what I am prepared to do, subject to your OK:

  Primary (kept):      AWS03079915  <priya@natarajan.dev>
  Secondary (merged into the primary, then deactivated):
                       AWS01946628  <priya.n@brightpath-learning.in>

All exams, certifications and benefits on the secondary profile will move to the primary one. Please be aware that this step is final; we are not able to split the profiles again afterwards.

The third ID you mentioned is not registered in your name, so I have left it out of this request.

If the above is correct, please reply "I confirm" to this e-mail and I will submit the request to our back-office team.

%s

%s

-----Original Message-----
From: Priya Natarajan <priya@natarajan.dev>
Sent: Tuesday, May 20, 2025 9:41 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi,

The old one (AWS01946628) was created with my previous work address priya.n@brightpath-learning.in, which no longer exists. The one I use now is AWS03079915 with priya@natarajan.dev, please keep that one.

I also found AWS07001253 in an old exam voucher e-mail, not sure if that is mine too.

Thanks,
Priya

--
Priya Natarajan
Cloud Architect | natarajan.dev
"Simplicity is prerequisite for reliability." - E. W. Dijkstra

On 19/05/2025 14:02, Amazon Web Services wrote:
> Hello Priya,
>
> Thank you for contacting AWS Training and Certification. To look into the merge, could you please send us the sign-in e-mail address of each of your certification accounts, and tell us which account you would like to keep?
>
> Kind regards,
>
> Joao P.
> AWS Training and Certification Customer Support
> Amazon Web Services
""" % (form_sig_en("Joao P."), rate_reply_en(C5, rhex(16)), C5)
    body = tpart(text)
    return build(15, "original-message-block-confirm", L("merge_confirmation_requested", C5, ["AWS03079915", "AWS01946628"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=PRIYA[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m016():
    d = T(2026, 2, 10, 15, 27, 50)
    tr, dk, tail = ses(LENA[1], "o365", d, tenant_pref="eurprd11")
    plain = """Hello Lena,

Thank you for your patience. We have located the certification accounts listed below:




Please take a moment to review them. Combining accounts is a one-way operation: after it is carried out, the accounts cannot be separated again.

Please reply to this message to confirm that we may go ahead, or let us know if anything needs to change.

Best regards,
Hannah S.
AWS Training and Certification Customer Support
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Lena,</p>
<p>Thank you for your patience. We have located the certification accounts listed below:</p>
<table border="0" cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #ccc">
<tr style="background:#f3f3f3"><th align="left">&nbsp;</th><th align="left">Candidate ID</th><th align="left">E-mail on file</th></tr>
<tr><td>Account to keep</td><td>AWS06071893</td><td>lena.fischer@outlook.com</td></tr>
<tr><td>Account to be merged into it</td><td>AWS03582947</td><td>l.fischer@tu-muenchen.example</td></tr>
</table>
<p>Please take a moment to review them. Combining accounts is a one-way operation: after it is carried out, the accounts cannot be separated again.</p>
<p>Please reply to this message to confirm that we may go ahead, or let us know if anything needs to change.</p>
<p>Best regards,<br>Hannah S.<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html, "html", cte="quoted-printable"))
    return build(16, "table-only-in-html-part", L("merge_confirmation_requested", C10, ["AWS06071893", "AWS03582947"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=LENA[1],
                 subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C10,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


# ================================================================ merge_completed
def m017():
    d = T(2025, 3, 13, 21, 5, 12)
    tr, dk, tail = ses(MARCUS[1], "gmail", d)
    text = """Hello Marcus,

Thanks for getting back to me so quickly.

I have now consolidated your two candidate profiles. Everything that was on AWS02764139 (your Cloud Practitioner certification and its exam history) now lives under AWS05518204, and AWS02764139 has been retired.

From now on please sign in to https://www.aws.training/Certification with marcus.lindqvist.cloud@gmail.com. When you do, you should see all three certifications listed together. Credly badges are re-issued separately and can take a day or two to reach your Credly wallet; if they have not arrived after 72 hours, just reply here.

%s

%s

> The details are correct. Please proceed with the merge.
>
> Marcus
>
> On Wed, Mar 12, 2025 at 5:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Marcus,
> >
> > Thank you for contacting AWS Training and Certification.
> >
> > I have reviewed your request and located two candidate profiles under your name:
> >
> >   1. AWS05518204 - marcus.lindqvist.cloud@gmail.com
> >   2. AWS02764139 - m.lindqvist@contoso-consulting.se
> >
> > If we go ahead, AWS05518204 will remain your active account and AWS02764139 will be merged into it.
> >
> > Please note that this action is permanent and cannot be reversed once it has been completed.
> >
> > Could you please reply to this e-mail to confirm that the details above are correct and that you would like us to proceed?
> >
> > Kind regards,
> >
> > Ravi K.
> > AWS Training and Certification Customer Support
""" % (form_sig_en("Ravi K."), rate_reply_en(C9, rhex(16)))
    body = tpart(text)
    return build(17, "consolidated-confirm-quoted-below", L("merge_completed", C9, ["AWS05518204", "AWS02764139"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=MARCUS[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C9,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m018():
    d = T(2025, 6, 12, 6, 10, 27)
    tr, dk, tail = ses(KENJI[1], "gmail", d)
    text = """渡辺 健二 様

いつもお世話になっております。トレーニングと認定チームの小林です。

ご確認いただきありがとうございました。ご依頼いただいておりました認定アカウントの統合が完了しましたので、ご報告いたします。

　存続アカウント：AWS04817263
　統合元（現在は利用不可）：aws09152740

統合元に登録されていた AWS Certified Cloud Practitioner の認定および受験履歴は、存続アカウントでご確認いただけます。今後は kenji.watanabe.dev@gmail.com でサインインしてください。

Credly のデジタルバッジにつきましては、別途 Credly から案内メールが届きます。反映まで最大で48時間ほどかかる場合がございます。

%s

小林
アマゾン ウェブ サービス

%s
""" % (rate_reply_ja(C1, rhex(16)), console_footer_ja(C1))
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = "RE:[CASE %s] " % C1 + ew("認定アカウントが2つあり、1つにまとめたい", "iso-2022-jp")
    return build(18, "tougou-kanryou-console", L("merge_completed", C1, ["AWS04817263", "AWS09152740"], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=KENJI[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m019():
    d = T(2025, 9, 8, 11, 30, 5)
    tr, dk, tail = ses(SARAH[1], "o365", d)
    plain = """Hi Sarah,

We're writing to let you know that your case %s has been resolved.

Resolution summary
------------------
Candidate profile AWS07719046 was combined into AWS02283915 as you confirmed. All of your certifications and exam history now show under AWS02283915, and the profile registered to sarah.okafor.uk@gmail.com has been closed.

Was your issue resolved?
  YES: https://support.aws.amazon.com/survey/tnc?case=%s&resolved=yes
  NO:  https://support.aws.amazon.com/survey/tnc?case=%s&resolved=no

Tell us about your experience with Mei L. (takes 1 minute):
https://support.aws.amazon.com/survey/tnc?case=%s&agent=rate

If you need more help with this request, reply within 14 days and the case will be reopened.

AWS Training and Certification

%s
""" % (C2, C2, C2, C2, LEGAL_EN)
    html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#0f1111">
<p>Hi Sarah,</p>
<p>We&#8217;re writing to let you know that your case <b>%s</b> has been resolved.</p>
<table cellpadding="8" style="background:#f7f8f8;border-left:4px solid #ff9900;font-size:14px"><tr><td>
<b>Resolution summary</b><br>
Candidate profile AWS07719046 was combined into AWS02283915 as you confirmed. All of your certifications and exam history now show under AWS02283915, and the profile registered to sarah.okafor.uk@gmail.com has been closed.
</td></tr></table>
<p><b>Was your issue resolved?</b></p>
<table cellspacing="8"><tr>
<td style="background:#067d62;border-radius:4px;padding:8px 22px"><a href="https://support.aws.amazon.com/survey/tnc?case=%s&amp;resolved=yes" style="color:#fff;text-decoration:none">YES</a></td>
<td style="background:#b12704;border-radius:4px;padding:8px 22px"><a href="https://support.aws.amazon.com/survey/tnc?case=%s&amp;resolved=no" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p><a href="https://support.aws.amazon.com/survey/tnc?case=%s&amp;agent=rate">Tell us about your experience with Mei L.</a> (takes 1 minute)</p>
<p style="color:#565959">If you need more help with this request, reply within 14 days and the case will be reopened.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#565959">%s</p>
</body></html>
""" % (C2, C2, C2, C2, LEGAL_EN.split("\n\n")[0])
    body = alt(tpart(plain), tpart(html, "html"))
    return build(19, "resolved-with-survey-and-summary", L("merge_completed", C2, ["AWS02283915", "AWS07719046"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=SARAH[1],
                 subject="Your case %s has been resolved - how did we do?" % C2,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m020():
    d = T(2025, 7, 17, 2, 0, 48)
    tr, dk, tail = ses(TAKUYA[1], "ocn", d)
    text = """中村 拓也 様

AWS トレーニングと認定サポートの山口でございます。
ご確認のご返信をいただき、誠にありがとうございました。

AWS03891155 に登録されておりました認定資格および受験履歴を、AWS07264018 へ移行いたしました。
今後は t-nakamura@sea.ocn.ne.jp にて AWS07264018 へサインインいただけますと、すべての認定をまとめてご確認いただけます。なお、AWS03891155 はご利用いただけない状態となっております。

50%%割引の受験特典など、未使用の特典も移行先でご確認いただけます。ご不明な点がございましたら、本メールにご返信ください。

%s

2025/07/16 9:15, 中村 拓也 wrote:
> 山口様
>
> 内容に相違ありません。統合を進めてください。
> よろしくお願いいたします。
>
> 中村
>
>> 中村 拓也 様
>>
>> 以下の内容で統合の手続きを行います。
>>   残すアカウント：AWS07264018
>>   統合するアカウント：AWS03891155
>> 統合後に元へ戻すことはできません。よろしければご返信にてご確認ください。
>>
>> 山口
""" % form_sig_ja("山口")
    body = tpart(text, charset="shift_jis", cte="base64", label="Shift_JIS", sub=False)
    subj = "RE:[CASE %s] " % C11 + ew("アカウント統合のご依頼について", "iso-2022-jp")
    return build(20, "ikou-itashimashita-sjis", L("merge_completed", C11, ["AWS07264018", "AWS03891155"], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=TAKUYA[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m021():
    d = T(2026, 1, 16, 19, 22, 38)
    tr, dk, tail = ses(TOMAS[1], "icloud", d)
    plain = """Hello Tomas,

Good news: your certification records from aws-03364819 now appear under AWS11820457, and the secondary profile has been deactivated. Your Cloud Practitioner and Solutions Architect - Associate certifications are both listed on AWS11820457, together with the remaining 50%% discount benefit.

You no longer need the university address to sign in; use tomas.reyes@icloud.com from now on.

Best regards,

Farah A.
Amazon Web Services

%s
""" % console_footer_en(C3)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Tomas,</p>
<p>Good news: your certification records from aws-03364819 now appear under <b>AWS11820457</b>, and the secondary profile has been deactivated. Your Cloud Practitioner and Solutions Architect - Associate certifications are both listed on AWS11820457, together with the remaining 50%% discount benefit.</p>
<p>You no longer need the university address to sign in; use tomas.reyes@icloud.com from now on.</p>
<p>Best regards,<br><br>Farah A.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>
<p style="font-size:12px;color:#545b64">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p style="font-size:11px;color:#879596">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</body></html>
""" % C3
    body = alt(tpart(plain, cte="quoted-printable"), tpart(html, "html", cte="quoted-printable"))
    return build(21, "console-records-now-under-primary", L("merge_completed", C3, ["AWS11820457", "AWS03364819"], True, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=TOMAS[1],
                 subject="RE:[CASE %s] Two certification profiles - please combine" % C3,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m022():
    d = T(2025, 4, 25, 7, 55, 19)
    tr, dk, tail = ses(DANIEL[1], "rspamd", d)
    text = """Hello Daniel,

Thank you for your confirmation – it’s done. AWS04469021 has been folded into AWS08127350, which is now your one and only certification account. Your “AWS Certified SysOps Administrator – Associate” record and both exam results from 2023 are visible there.

The old login (daniel.meyer@alt-firma.example) won’t work any more – please use daniel@meyer-it.de.

Kind regards,

Lukas B.
AWS Training and Certification Customer Support
Amazon Web Services

Am 24.04.25 um 18:03 schrieb Daniel Meyer:
> Hello Lukas,
>
> yes, that’s correct, please go ahead.
>
> Best
> Daniel
>
> Am 24.04.25 um 10:12 schrieb Amazon Web Services:
>> Hello Daniel,
>>
>> I will merge AWS04469021 into AWS08127350. AWS08127350 stays.
>> This cannot be undone. Please reply to confirm.
>>
>> Lukas B.
>
> --
> Daniel Meyer · Meyer IT-Beratung · Hauptstraße 12 · 79098 Freiburg
> USt-IdNr. DE123456789
"""
    body = tpart(text, charset="utf-8", label="iso-8859-1", cte="quoted-printable", sub=False, fmt_flowed=True)
    return build(22, "done-wrong-charset-thunderbird-quote", L("merge_completed", C7, ["AWS04469021", "AWS08127350"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=DANIEL[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m023():
    d = T(2026, 3, 9, 4, 15, 2)
    tr, dk, tail = ses(AIKO[1], "yahoo", d)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px;color:#16191f">
<p>山本 愛子 様</p>
<p>お世話になっております。AWS サポートの伊藤でございます。</p>
<p>ご依頼いただいておりましたアカウントの統合手続きが完了いたしましたので、お知らせいたします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
<tr style="background:#f2f3f3"><th>区分</th><th>認定アカウント ID</th><th>現在の状態</th></tr>
<tr><td>引き続きご利用のアカウント</td><td>AWS07358816</td><td>有効（すべての認定を集約済み）</td></tr>
<tr><td>統合元のアカウント</td><td>AWS02190574</td><td>閉鎖済み</td></tr>
</table>
<p>AWS Certified Machine Learning Engineer - Associate を含む、これまでに取得された認定はすべて AWS07358816 でご確認いただけます。</p>
<p>ご不明な点がございましたら、サポートセンターからこのケースにご返信ください。</p>
<p>伊藤<br>アマゾン ウェブ サービス</p>
<hr>
<p style="font-size:12px;color:#545b64">AWS サポートセンターで、このやり取りを評価していただけます。やり取りの右上にある星を選択してください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="font-size:11px;color:#879596">*このメールは受信できないアドレスから送信されています。</p>
</body></html>
""" % C8
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    subj = "RE:[CASE %s] " % C8 + ew("重複している認定アカウントの統合", "utf-8")
    return build(23, "html-only-table-kanryou", L("merge_completed", C8, ["AWS07358816", "AWS02190574"], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=AIKO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m024():
    d = T(2025, 8, 21, 16, 40, 11)
    tr, dk, tail = ses(JON[1], "exim", d)
    text = """Hello Jon,

You’re all set. When you sign in with jon.harlow@harlow-eng.co.uk you’ll now find your full exam history in one place under candidate ID AWS01820366 — including the two exams you sat under AWS09417752. The login that belonged to your former employer’s SSO no longer works, so there’s nothing further to tidy up on your side.

If anything looks off, just add a note to this case within the next two weeks.

Best regards,

Tom W.
Amazon Web Services

%s
""" % console_footer_en(C12)
    body = tpart(text, cte="8bit", sub=False)
    return build(24, "all-set-one-place-no-auth", L("merge_completed", C12, ["AWS01820366", "AWS09417752"], None, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=JON[1],
                 subject="RE:[CASE %s] Duplicate AWS Certification accounts" % C12,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


# ================================================================ survey
def m025():
    d = T(2025, 3, 14, 9, 0, 31)
    tr, dk, tail = ses(MARCUS[1], "gmail", d)
    u = "https://survey.aws.amazon.com/tnc?c=%s&t=%s" % (C9, rhex(20))
    plain = """How did we do?

Hi Marcus,

Your recent request to AWS Training and Certification (reference %s) has been marked as resolved. We'd love to hear how it went. The survey has three questions and takes less than a minute.

Was your issue resolved?
  Yes  %s&q1=yes
  No   %s&q1=no

How satisfied are you with the support you received?
  1 (very dissatisfied) ... 5 (very satisfied)
  %s&q2=

Anything else you'd like to tell us?
  %s&q3=open

Your feedback is anonymous and is used only to improve our service.

AWS Training and Certification
Unsubscribe from support surveys: https://survey.aws.amazon.com/optout?c=%s
""" % (C9, u, u, u, u, C9)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hi Marcus,</p>
<p>Your recent request to AWS Training and Certification (reference %s) has been marked as resolved. We&#39;d love to hear how it went. The survey has three questions and takes less than a minute.</p>
<p><b>Was your issue resolved?</b> &nbsp;<a href="%s&amp;q1=yes">Yes</a> &nbsp;|&nbsp; <a href="%s&amp;q1=no">No</a></p>
<p><b>How satisfied are you with the support you received?</b></p>
<table><tr>%s</tr></table>
<p><a href="%s&amp;q3=open">Anything else you&#39;d like to tell us?</a></p>
<p style="font-size:12px;color:#687078">Your feedback is anonymous and is used only to improve our service.<br>
<a href="https://survey.aws.amazon.com/optout?c=%s">Unsubscribe from support surveys</a></p>
</body></html>
""" % (C9, u.replace("&", "&amp;"), u.replace("&", "&amp;"),
       "".join('<td style="border:1px solid #aab7b8;padding:6px 12px"><a href="%s&amp;q2=%d">%d</a></td>' % (u.replace("&", "&amp;"), i, i) for i in range(1, 6)),
       u.replace("&", "&amp;"), C9)
    body = alt(tpart(plain), tpart(html, "html"))
    return build(25, "how-did-we-do", L("survey", C9, [], True, "en"), body,
                 frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', to=MARCUS[1],
                 subject="How did we do? [CASE %s]" % C9,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m026():
    d = T(2025, 6, 13, 1, 0, 9)
    tr, dk, tail = ses(KENJI[1], "gmail", d)
    text = """渡辺 健二 様

先日は AWS サポートをご利用いただき、誠にありがとうございました。

サービス向上のため、ケース %s でのご対応について、簡単なアンケートにご協力をお願いいたします。所要時間は1分程度です。

▼アンケートに回答する
https://survey.aws.amazon.com/support?c=%s&lang=ja&t=%s

　質問1：問題は解決しましたか？（はい／いいえ）
　質問2：担当者の対応にどの程度満足されましたか？（1～5）
　質問3：その他ご意見・ご要望（任意）

いただいたご意見は、今後のサポート品質の向上に活用させていただきます。

アマゾン ウェブ サービス
""" % (C1, C1, rhex(20))
    text = text.replace("1～5", "1から5")
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = ew("【AWS サポート】アンケートご協力のお願い", "iso-2022-jp") + " (" + C1 + ")"
    return build(26, "ankeeto-onegai", L("survey", C1, [], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=KENJI[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m027():
    d = T(2025, 5, 28, 23, 10, 44)
    tr, dk, tail = ses(PRIYA[1], "fastmail", d)
    text = """Hello Priya,

This is to let you know that case %s has now been closed.

If your issue has not been fully addressed, you can reopen the case within 14 days simply by replying to this e-mail. After that, please submit a new request through the contact form and mention this case number.

We'd appreciate a moment of your time to tell us about your experience:
https://survey.aws.amazon.com/tnc?c=%s&t=%s

Thank you for being an AWS Certified professional.

AWS Training and Certification Customer Support

%s
""" % (C5, C5, rhex(20), LEGAL_EN)
    body = tpart(text, cte="quoted-printable")
    return build(27, "case-closed-rate-experience", L("survey", C5, [], True, "en"), body,
                 frm=AWS_FROM_FORM, to=PRIYA[1],
                 subject="RE:[CASE %s] Your case has been closed" % C5,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m028():
    d = T(2025, 9, 9, 11, 35, 50)
    tr, dk, tail = ses(SARAH[1], "o365", d)
    u = "https://survey.aws.amazon.com/tnc?c=%s&amp;t=%s" % (C2, rhex(20))
    faces = [("Very dissatisfied", "#b12704"), ("Dissatisfied", "#e47911"), ("Neutral", "#879596"),
             ("Satisfied", "#4b9b2f"), ("Very satisfied", "#067d62")]
    cells = "".join('<td align="center" style="padding:4px"><a href="%s&amp;csat=%d" style="display:block;background:%s;color:#fff;text-decoration:none;padding:10px 8px;border-radius:4px;font-size:12px;width:88px">%d<br>%s</a></td>' % (u, i + 1, c, i + 1, n) for i, (n, c) in enumerate(faces))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eaeded">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="padding:20px 28px;background:#232f3e;color:#fff;font-size:18px">Your opinion matters</td></tr>
<tr><td style="padding:24px 28px">
<p>Hello Sarah,</p>
<p>You recently contacted AWS Training and Certification about case %s, which is now closed. Please take a few seconds to rate the service you received.</p>
<p><b>Overall, how satisfied were you with the support you received?</b></p>
<table cellpadding="0" cellspacing="0"><tr>%s</tr></table>
<p style="margin-top:20px"><b>Did we resolve your issue?</b></p>
<table cellpadding="0" cellspacing="6"><tr>
<td style="border:1px solid #067d62;padding:8px 24px"><a href="%s&amp;res=1" style="color:#067d62;text-decoration:none">Yes</a></td>
<td style="border:1px solid #b12704;padding:8px 24px"><a href="%s&amp;res=0" style="color:#b12704;text-decoration:none">No</a></td>
</tr></table>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#687078;border-top:1px solid #eaeded">You are receiving this survey because you contacted AWS Training and Certification. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. <a href="https://survey.aws.amazon.com/optout" style="color:#0073bb">Opt out of surveys</a></td></tr>
</table></td></tr></table>
</body></html>
""" % (C2, cells, u, u)
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    return build(28, "html-rating-buttons", L("survey", C2, [], True, "en"), body,
                 frm='"AWS Training and Certification" <aws-tc-survey@amazon.com>', to=SARAH[1],
                 subject="Sarah, how was your support experience?",
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m029():
    d = T(2025, 11, 21, 3, 0, 14)
    tr, dk, tail = ses(SHO[1], "o365", d, tenant_pref="jpnprd01")
    text = """高橋 翔 様

いつも AWS をご利用いただき、ありがとうございます。

お問い合わせいただいておりましたケース %s は、本日をもってクローズとさせていただきました。
引き続きお手伝いが必要な場合は、14日以内に本メールへご返信いただければケースを再開いたします。

今回のサポートについて、よろしければアンケートへのご回答をお願いいたします。
https://survey.aws.amazon.com/tnc?c=%s&lang=ja

AWS トレーニングと認定 カスタマーサポート

===== 以下、これまでのやり取り =====

差出人: AWS トレーニングと認定 カスタマーサポート
送信日時: 2025年11月19日 16:45
件名: RE:[CASE %s] アカウント統合のご依頼

高橋 翔 様

ご依頼の件、AWS09930261 を AWS05182734 に統合する作業が完了いたしました。今後は AWS05182734 のみをご利用ください。

-----
差出人: 高橋 翔
送信日時: 2025年11月19日 9:12
件名: Re: RE:[CASE %s] アカウント統合のご依頼

内容に相違ありません。統合を進めてください。
""" % (C6, C6, C6, C6)
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = "RE:[CASE %s] " % C6 + ew("ケースをクローズいたしました", "iso-2022-jp")
    return build(29, "closed-banner-history-ja", L("survey", C6, [], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=SHO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m030():
    d = T(2026, 2, 14, 10, 2, 37)
    tr, dk, tail = ses(LENA[1], "o365", d, tenant_pref="eurprd11")
    text = """Hello Lena,

We hope we were able to help. Your case %s has been closed.

Would you mind telling us how we did? It only takes a minute:
https://survey.aws.amazon.com/tnc?c=%s&t=%s

If you still need help, reply to this e-mail within 14 days and we will pick it up again.

AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 12, 2026 3:18 PM
To: Lena Fischer <lena.fischer@outlook.com>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lena,

I have merged AWS03582947 into AWS06071893 as confirmed. All certifications are now shown on AWS06071893, and AWS03582947 has been closed.

Best regards,
Hannah S.
AWS Training and Certification Customer Support
""" % (C10, C10, rhex(20), C10)
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(30, "closed-outlook-block-below", L("survey", C10, [], True, "en"), body,
                 frm=AWS_FROM_FORM, to=LENA[1],
                 subject="Your case %s has been closed" % C10,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m031():
    d = T(2026, 1, 20, 14, 48, 3)
    fake_case = "176891940355120"
    src = ("mta-11.aws-support-feedback.com", "45.141.84.112")
    mf = "bounces@aws-support-feedback.com"
    a = auth(dkim=(("pass", "aws-support-feedback.com", "s1"),), spf=("pass", "aws-support-feedback.com"),
             dmarc=("pass", "aws-support-feedback.com", "NONE"))
    tr = icloud(TOMAS[1], d + dt.timedelta(seconds=2), src, a, mf)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent AWS Support case <b>%s</b> has been closed.</p>
<p>Please rate the support you received. As a thank-you, every customer who completes the 30-second survey receives a <b>$50 AWS Promotional Credit</b>.</p>
<table cellpadding="8"><tr>
<td style="background:#ff9900"><a href="https://aws-support-feedback.com/s/%s?r=5" style="color:#000;text-decoration:none">Excellent</a></td>
<td style="background:#ffd27f"><a href="https://aws-support-feedback.com/s/%s?r=3" style="color:#000;text-decoration:none">Average</a></td>
<td style="background:#eeeeee"><a href="https://aws-support-feedback.com/s/%s?r=1" style="color:#000;text-decoration:none">Poor</a></td>
</tr></table>
<p>To receive your credit you will be asked to sign in with your AWS account.</p>
<p>Amazon Web Services Customer Experience</p>
</body></html>
""" % (fake_case, fake_case, fake_case, fake_case)
    body = tpart(html, "html", cte="base64", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("aws-support-feedback.com", "s1", d, hdrs="From:To:Subject:Date:Message-ID:MIME-Version"))]
    return build(31, "survey-lookalike-credit", L("survey", fake_case, [], False, "en"), body,
                 frm='"AWS Support" <survey@aws-support-feedback.com>', to=TOMAS[1],
                 subject="Your case %s is closed - rate us and get $50 credit" % fake_case,
                 date=d, trace=tr, sender_hdrs=dkh, msgid="<%s.%d@aws-support-feedback.com>" % (rhex(16), int(d.timestamp())))


def m032():
    d = T(2026, 3, 10, 0, 30, 26)
    tr, dk, tail = ses(AIKO[1], "yahoo", d)
    plain = """山本 愛子 様

AWS サポートをご利用いただき、ありがとうございました。
ケース %s はクローズされました。

今後のサービス改善のため、今回のサポートについての簡単なアンケートにご協力ください。

アンケートはこちら：
https://survey.aws.amazon.com/support?c=%s&lang=ja

アマゾン ウェブ サービス
""" % (C8, C8)
    html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>山本 愛子 様</p>
<p>AWS サポートをご利用いただき、ありがとうございました。<br>ケース %s はクローズされました。</p>
<p>今後のサービス改善のため、今回のサポートについての簡単なアンケートにご協力ください。</p>
<p><b>問題は解決しましたか？</b></p>
<table cellpadding="8"><tr>
<td style="background:#067d62"><a href="https://survey.aws.amazon.com/support?c=%s&amp;lang=ja&amp;r=yes" style="color:#fff;text-decoration:none">はい</a></td>
<td style="background:#d13212"><a href="https://survey.aws.amazon.com/support?c=%s&amp;lang=ja&amp;r=no" style="color:#fff;text-decoration:none">いいえ</a></td>
</tr></table>
<p>アマゾン ウェブ サービス</p>
</body></html>
""" % (C8, C8, C8)
    body = alt(tpart(plain, cte="base64"), tpart(html, "html", cte="base64"))
    subj = ew("ケースがクローズされました：アンケートのお願い", "utf-8") + " [%s]" % C8
    return build(32, "closed-survey-ja-base64", L("survey", C8, [], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=AIKO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


# ================================================================ generic (non-SES) delivery
def via(provider, to, when, src, mf, a, delay=3, **kw):
    recv = when + dt.timedelta(seconds=delay)
    if provider == "gmail":
        return gmail(to, recv, src, a, mf)
    if provider == "o365":
        return o365(to, recv, src, a, mf, **kw)
    if provider == "icloud":
        return icloud(to, recv, src, a, mf)
    if provider == "fastmail":
        return fastmail(to, recv, src, a, mf)
    if provider == "rspamd":
        return rspamd(to, recv, src, a, mf)
    if provider == "exim":
        return exim_noar(to, recv, src, mf)
    if provider == "nifty":
        return jp_generic(to, recv, src, a, mf, "mx%02d.nifty.com" % R.randint(1, 20), "mta-nifty.mail.nifty.com", "nifty")
    if provider == "yahoo":
        return jp_generic(to, recv, src, a, mf, "mx%d.mail.yahoo.co.jp" % R.randint(1, 9), "yahoo.co.jp", "yahoo")
    if provider == "ocn":
        return jp_generic(to, recv, src, a, mf, "mx-ocn%02d.ocn.ad.jp" % R.randint(1, 30), "mfilter%02d.ocn.ad.jp" % R.randint(1, 30), "ocn")
    raise ValueError(provider)


def credly_src():
    n = R.randint(1, 40)
    return ("o%d.email.credly.com" % n, "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254)))


def credly_mf(to, dom="em.credly.com"):
    return "bounces+%d-%s-%s=%s@%s" % (R.randint(10 ** 6, 10 ** 7), rhex(4), to.split("@")[0], to.split("@")[1], dom)


def credly_auth(dom="credly.com"):
    return auth(dkim=(("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")), spf=("pass", "em." + dom),
                dmarc=("pass", dom, "NONE"))


def credly_dkim(d, dom="credly.com"):
    return [("DKIM-Signature", dkim_sig(dom, "s1", d, hdrs="from:mime-version:subject:to:cc:content-type:from:subject:to:cc", canon="relaxed/relaxed")),
            ("DKIM-Signature", dkim_sig("sendgrid.info", "smtpapi", d, hdrs="from:mime-version:subject:to:cc:content-type:from:subject:to:cc:feedback-id", canon="relaxed/relaxed"))]


def credly_mid(d):
    return "<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), R.randint(1, 40))


CREDLY_FOOT_TEXT = """Questions? Visit https://support.credly.com
You are receiving this e-mail because an organization issued you a digital credential through Credly.
Manage e-mail preferences: https://www.credly.com/users/notification_settings
Credly by Pearson | 221 River Street, Hoboken, NJ 07030 | Privacy Policy: https://learn.credly.com/privacy-policy"""


def m033():
    d = T(2025, 3, 14, 18, 22, 6)
    mf = credly_mf(MARCUS[1])
    tr = via("gmail", MARCUS[1], d, credly_src(), mf, credly_auth())
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    plain = """Congratulations, Marcus!

AWS Training and Certification has issued you a new badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it on LinkedIn, in your e-mail signature or on your resume.

Accept your badge: https://www.credly.com/earner/earned/badge/%s?utm_source=email&utm_medium=badge_issued

%s
""" % (bid, CREDLY_FOOT_TEXT)
    html = """<html><body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td align="center" style="padding:28px"><img src="https://images.credly.com/size/340x340/images/cp-badge.png" width="160" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td align="center" style="font-size:22px;color:#2b2b2b;padding:0 28px">Congratulations, Marcus!</td></tr>
<tr><td align="center" style="font-size:15px;color:#555;padding:12px 28px">AWS Training and Certification has issued you a new badge:<br><b>AWS Certified Cloud Practitioner</b></td></tr>
<tr><td align="center" style="padding:20px"><a href="https://www.credly.com/earner/earned/badge/%s?utm_source=email&amp;utm_medium=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:3px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="font-size:13px;color:#777;padding:0 28px 24px">Accept your badge to add it to your Credly profile and share it on LinkedIn, in your e-mail signature or on your resume.</td></tr>
<tr><td style="font-size:11px;color:#999;padding:16px 28px;border-top:1px solid #eee">Questions? Visit <a href="https://support.credly.com">support.credly.com</a><br>Credly by Pearson | 221 River Street, Hoboken, NJ 07030<br><a href="https://www.credly.com/users/notification_settings">Manage e-mail preferences</a></td></tr>
</table></td></tr></table></body></html>
""" % bid
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html, "html", cte="quoted-printable"))
    return build(33, "credly-new-badge-issued", L("credly_badge_issued", None, [], True, "en"), body,
                 frm=CREDLY_FROM, to=MARCUS[1],
                 subject="Marcus, AWS Training and Certification has issued you a new badge",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d),
                 extra=[("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(16)[:22])])


def m034():
    d = T(2025, 9, 9, 2, 47, 31)
    mf = credly_mf(SARAH[1])
    tr = via("o365", SARAH[1], d, credly_src(), mf, credly_auth())
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    plain = """Hi Sarah,

Your badge is ready to accept.

Following an update to your certification records, AWS Training and Certification has transferred the following badge to this e-mail address:

  AWS Certified Cloud Practitioner
  Issued: March 2023   Expires: March 2026

Accept it to add it to your Credly profile: https://www.credly.com/earner/earned/badge/%s

The copy of this badge on your previous Credly account will be retired once you accept.

%s
""" % (bid, CREDLY_FOOT_TEXT)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<div style="max-width:560px;margin:auto">
<p>Hi Sarah,</p>
<h2 style="font-weight:normal">Your badge is ready to accept</h2>
<p>Following an update to your certification records, AWS Training and Certification has transferred the following badge to this e-mail address:</p>
<table cellpadding="10" style="border:1px solid #e0e0e0"><tr>
<td><img src="https://images.credly.com/size/110x110/images/clf-c02.png" width="80" alt=""></td>
<td><b>AWS Certified Cloud Practitioner</b><br><span style="color:#777;font-size:13px">Issued: March 2023 &middot; Expires: March 2026</span></td>
</tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px">Accept badge</a></p>
<p style="font-size:13px;color:#777">The copy of this badge on your previous Credly account will be retired once you accept.</p>
<p style="font-size:11px;color:#999">Credly by Pearson | 221 River Street, Hoboken, NJ 07030</p>
</div></body></html>
""" % bid
    body = alt(tpart(plain), tpart(html, "html"))
    return build(34, "credly-transferred-ready-to-accept", L("credly_badge_issued", None, [], True, "en"), body,
                 frm=CREDLY_FROM, to=SARAH[1],
                 subject="Your badge is ready to accept",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), trailer=o365_trailer(d, None), msgid=credly_mid(d))


def m035():
    d = T(2025, 6, 13, 11, 5, 58)
    mf = credly_mf(KENJI[1])
    tr = via("gmail", KENJI[1], d, credly_src(), mf, credly_auth())
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    plain = """渡辺 健二 さん、おめでとうございます。

AWS Training and Certification から新しいバッジが発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。

バッジを受け取る：
https://www.credly.com/earner/earned/badge/%s?locale=ja

ご不明な点は https://support.credly.com をご覧ください。
Credly by Pearson
""" % bid
    html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;background:#f5f5f5">
<table width="560" align="center" cellpadding="24" style="background:#fff">
<tr><td align="center" style="font-size:20px">渡辺 健二 さん、おめでとうございます。</td></tr>
<tr><td align="center" style="font-size:14px;color:#555">AWS Training and Certification から新しいバッジが発行されました。<br><b>AWS Certified Cloud Practitioner</b></td></tr>
<tr><td align="center"><a href="https://www.credly.com/earner/earned/badge/%s?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></td></tr>
<tr><td style="font-size:12px;color:#888">バッジを受け取ると、Credly のプロフィールに追加され、LinkedIn などで共有できるようになります。<br>ご不明な点は <a href="https://support.credly.com">Credly サポート</a> をご覧ください。<br>Credly by Pearson</td></tr>
</table></body></html>
""" % bid
    body = alt(tpart(plain), tpart(html, "html"))
    subj = ew("AWS Training and Certification からバッジが発行されました", "utf-8")
    return build(35, "credly-badge-hakkou-ja", L("credly_badge_issued", None, [], True, "ja"), body,
                 frm=CREDLY_FROM, to=KENJI[1], subject=subj,
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d))


def m036():
    d = T(2025, 5, 30, 4, 12, 40)
    mf = credly_mf(PRIYA[1], "em.youracclaim.com")
    tr = via("fastmail", PRIYA[1], d, ("o7.email.youracclaim.com", "167.89.64.%d" % R.randint(1, 254)), mf, credly_auth("youracclaim.com"))
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    text = """Priya, you've earned a badge!

AWS Training and Certification has issued you the following badge:

    AWS Certified Solutions Architect - Professional

Claim it now so that employers and peers can verify your achievement.

    Accept badge -> https://www.youracclaim.com/earner/earned/badge/%s

Why accept?
 * Share your badge on LinkedIn, X and Facebook
 * Add a verified badge to your e-mail signature
 * Discover jobs that match your skills

Acclaim | Credly
Unsubscribe: https://www.youracclaim.com/users/notification_settings
""" % bid
    body = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    return build(36, "acclaim-legacy-sender-badge", L("credly_badge_issued", None, [], True, "en"), body,
                 frm='"AWS Training and Certification via Acclaim" <admin@youracclaim.com>', to=PRIYA[1],
                 subject="Priya, you've earned a badge from AWS Training and Certification",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d, "youracclaim.com"), msgid=credly_mid(d))


def m037():
    d = T(2026, 1, 22, 9, 40, 12)
    mf = credly_mf(TOMAS[1])
    tr = via("icloud", TOMAS[1], d, credly_src(), mf, credly_auth())
    b1, b2 = str(uuid.UUID(int=R.getrandbits(128))), str(uuid.UUID(int=R.getrandbits(128)))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;font-size:20px;color:#222">Tom&aacute;s, you have 2 new badges waiting</td></tr>
<tr><td style="padding:0 32px;font-size:14px;color:#555">AWS Training and Certification issued these badges to you. Accept them to display them on your Credly profile.</td></tr>
<tr><td style="padding:20px 32px">
<table width="100%%" cellpadding="10" cellspacing="0" style="border-collapse:collapse">
<tr style="border-bottom:1px solid #eee">
<td width="70"><img src="https://images.credly.com/size/80x80/images/clf.png" width="60" alt=""></td>
<td style="font-size:14px"><b>AWS Certified Cloud Practitioner</b><br><span style="color:#888;font-size:12px">Issued by AWS Training and Certification</span></td>
<td align="right"><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00;font-weight:bold;text-decoration:none">Accept</a></td></tr>
<tr>
<td width="70"><img src="https://images.credly.com/size/80x80/images/saa.png" width="60" alt=""></td>
<td style="font-size:14px"><b>AWS Certified Solutions Architect &ndash; Associate</b><br><span style="color:#888;font-size:12px">Issued by AWS Training and Certification</span></td>
<td align="right"><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00;font-weight:bold;text-decoration:none">Accept</a></td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px 28px;font-size:11px;color:#999">Credly by Pearson &middot; 221 River Street, Hoboken, NJ 07030 &middot; <a href="https://www.credly.com/users/notification_settings" style="color:#999">E-mail preferences</a></td></tr>
</table></td></tr></table></body></html>
""" % (b1, b2)
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    return build(37, "credly-two-badges-html-only", L("credly_badge_issued", None, [], True, "en"), body,
                 frm=CREDLY_FROM, to=TOMAS[1],
                 subject="You have 2 new badges from AWS Training and Certification",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d))


def m038():
    d = T(2025, 7, 21, 12, 3, 55)
    src = ("smtp.credly-badges.net", "193.35.18.%d" % R.randint(1, 254))
    mf = "admin@credly-badges.net"
    a = auth(dkim=(("pass", "credly-badges.net", "k1"),), spf=("pass", "credly-badges.net"),
             dmarc=("pass", "credly-badges.net", "NONE"))
    tr = via("nifty", MISAKI[1], d, src, mf, a)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Congratulations!</p>
<p>AWS Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect - Associate</b>.</p>
<p>Your badge was moved to this account after your recent AWS Certification account merge. To accept it, verify your identity on Credly:</p>
<p><a href="https://credly-badges.net/accept?id=8f2c1e" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p>
</body></html>
"""
    body = tpart(html, "html", cte="7bit", charset="us-ascii", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("credly-badges.net", "k1", d, hdrs="From:To:Subject:Date"))]
    return build(38, "badge-lookalike-domain", L("credly_badge_issued", None, [], False, "en"), body,
                 frm='"Credly" <admin@credly-badges.net>', to=MISAKI[1],
                 subject="Your badge is ready to accept",
                 date=d, trace=tr, sender_hdrs=dkh, msgid="<%s@credly-badges.net>" % rhex(20))


def m039():
    d = T(2026, 3, 10, 8, 51, 3)
    mf = credly_mf(AIKO[1])
    tr = via("yahoo", AIKO[1], d, credly_src(), mf, credly_auth())
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:28px 32px;font-size:20px">山本 愛子 さん</td></tr>
<tr><td style="padding:0 32px;font-size:14px;color:#444">アカウント情報の更新に伴い、AWS Training and Certification があなたのバッジを再発行しました。下のボタンからバッジを受け取ってください。</td></tr>
<tr><td style="padding:20px 32px">
<table cellpadding="8" style="border:1px solid #e5e5e5"><tr>
<td><img src="https://images.credly.com/size/110x110/images/mla-c01.png" width="72" alt=""></td>
<td style="font-size:14px"><b>AWS Certified Machine Learning Engineer - Associate</b><br><span style="font-size:12px;color:#888">発行元：AWS Training and Certification</span></td>
</tr></table></td></tr>
<tr><td align="center" style="padding:8px 32px 28px"><a href="https://www.credly.com/earner/earned/badge/%s?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px">バッジを受け取る</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">このメールは Credly から送信されています。配信設定の変更：<a href="https://www.credly.com/users/notification_settings">通知設定</a><br>Credly by Pearson</td></tr>
</table></body></html>
""" % bid
    body = tpart(html, "html", cte="base64", sub=False)
    subj = ew("バッジを受け取る準備ができました", "utf-8")
    return build(39, "credly-saihakkou-html-ja", L("credly_badge_issued", None, [], True, "ja"), body,
                 frm=CREDLY_FROM, to=AIKO[1], subject=subj,
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d))


def m040():
    d = T(2025, 8, 22, 13, 17, 45)
    mf = credly_mf(JON[1])
    tr = via("exim", JON[1], d, credly_src(), mf, None)
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    plain = """Hi Jon,

Good news! AWS Training and Certification has sent you a badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/%s

%s
""" % (bid, CREDLY_FOOT_TEXT)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
<p>Hi Jon,</p><p>Good news! AWS Training and Certification has sent you a badge:<br><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly by Pearson | 221 River Street, Hoboken, NJ 07030</p></body></html>
""" % bid
    body = alt(tpart(plain, cte="7bit", charset="us-ascii"), tpart(html, "html", cte="7bit", charset="us-ascii"))
    return build(40, "credly-badge-no-auth-headers", L("credly_badge_issued", None, [], None, "en"), body,
                 frm=CREDLY_FROM, to=JON[1], subject="Jon, you've been sent a badge",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d))


# ================================================================ support_reply
def m041():
    d = T(2025, 4, 23, 9, 10, 52)
    tr, dk, tail = ses(DANIEL[1], "rspamd", d)
    text = """##- Please type your reply above this line -##

Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I searched our records and found two certification profiles that appear to belong to you: AWS08127350 and AWS04469021. Before anything can be changed, I need two things from you:

  1. Which of the two would you like to keep as your active account?
  2. The e-mail address each profile uses for sign-in and notifications (the form only gave us one of them).

As soon as I have this, I will prepare the next step for you.

%s

%s

---- Your request (submitted 22 Apr 2025, 08:31 UTC) ----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS08127350
Name: Daniel Meyer
Email: daniel@meyer-it.de
Description: I have an older certification account from my previous employer (SysOps exam 2023). Please combine it with my current one.
""" % (form_sig_en("Lukas B."), rate_reply_en(C7, rhex(16)))
    body = tpart(text, cte="quoted-printable")
    return build(41, "which-account-to-keep", L("support_reply", C7, ["AWS08127350", "AWS04469021"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=DANIEL[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m042():
    d = T(2025, 6, 30, 6, 2, 19)
    tr, dk, tail = ses(MISAKI[1], "nifty", d)
    text = """佐藤 美咲 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの田中でございます。

統合の手続きを進めるにあたり、恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

　1. 各アカウントのサインイン用メールアドレス
　2. どちらのアカウントを残すご希望か
　3. （差し支えなければ）アカウントが重複した経緯

いただいた情報をもとに、対象のアカウントを確認のうえ改めてご案内いたします。なお、同じ内容で新しくお問い合わせを作成されますと対応が重複してしまいますので、本メールへのご返信にてお知らせください。

%s

%s

-----Original Message-----
差出人: 佐藤 美咲 <misaki-sato@nifty.com>
送信日時: 2025年6月29日 21:48
宛先: AWS Training and Certification
件名: [AWS Training and Certification Form Submission] - account-assistance

お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS06625390
内容: 認定アカウントが2つあるようです。1つにまとめたいです。
""" % (form_sig_ja("田中"), rate_reply_ja(C4, rhex(16)))
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    return build(42, "tsuika-jouhou-onegai", L("support_reply", C4, [], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=MISAKI[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m043():
    d = T(2025, 9, 5, 15, 20, 3)
    tr, dk, tail = ses(SARAH[1], "o365", d)
    text = """Hi Sarah,

Thank you for confirming. We will now proceed with the request exactly as summarised in my previous message, and I will write again as soon as it has gone through. There is nothing else you need to do in the meantime.

Kind regards,

Mei L.
AWS Training and Certification Customer Support
Amazon Web Services

How would you rate this reply?  https://support.aws.amazon.com/feedback/tnc?case=%s&rating=

From: Sarah Okafor <s.okafor@northwind-analytics.com>
Sent: Friday, September 5, 2025 2:58 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed, thank you!

Sarah

%s

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, September 5, 2025 10:12 AM
To: Sarah Okafor <s.okafor@northwind-analytics.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Sarah,

Thanks for the extra details, that cleared it up. Before I change anything, please review the summary below carefully.

Stays active (primary): AWS02283915 - s.okafor@northwind-analytics.com
Folded into the primary, then closed: AWS07719046 - sarah.okafor.uk@gmail.com

Once the two profiles are combined they can't be separated again, and the closed profile can't be reactivated. If everything above is right, reply to this e-mail with "Confirmed" and I'll take care of it.
""" % (C2, C2, SARAH_SIG_TEXT, C2)
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(43, "thanks-for-confirming-proceeding", L("support_reply", C2, [], True, "en"), body,
                 frm=AWS_FROM_FORM, to=SARAH[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m044():
    d = T(2026, 2, 11, 9, 0, 40)
    tr, dk, tail = ses(LENA[1], "o365", d, tenant_pref="eurprd11")
    text = """##- Please type your reply above this line -##

Hello Lena,

Thanks for the quick confirmation. I have handed your request over to our certification operations team.

Once the merge is complete, we will send you a confirmation e-mail and AWS06071893 will be the only account you sign in with. Your Credly badges are handled afterwards and usually follow within a couple of days of our confirmation.

Best regards,
Hannah S.
AWS Training and Certification Customer Support

%s

------------------------------------------------------------
Lena Fischer, 11 Feb 2026, 08:37 UTC:

Confirmed - please go ahead.

Get Outlook for Android
------------------------------------------------------------
Hannah S. (AWS Training and Certification), 10 Feb 2026, 15:27 UTC:

Hello Lena, thank you for your patience. We have located the certification accounts listed below [...] Combining accounts is a one-way operation. Please reply to this message to confirm that we may go ahead.
""" % rate_reply_en(C10, rhex(16))
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(44, "once-merge-complete-we-will", L("support_reply", C10, ["AWS06071893"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=LENA[1],
                 subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C10,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m045():
    d = T(2025, 7, 16, 3, 30, 2)
    tr, dk, tail = ses(TAKUYA[1], "ocn", d)
    text = """中村 拓也 様

ご確認いただき、ありがとうございます。
AWS03891155 から AWS07264018 への統合について、これより作業を進めてまいります。
作業が完了しましたら、改めて本メールにてご連絡いたします。完了までの間、両方のアカウントでのサインインは引き続き可能です。

%s

%s

────────────────────────────────
送信者：中村 拓也 <t-nakamura@sea.ocn.ne.jp>
日時：2025年7月16日 9:15

山口様

内容に相違ありません。統合を進めてください。
よろしくお願いいたします。

中村
────────────────────────────────
""" % (form_sig_ja("山口"), rate_reply_ja(C11, rhex(16)))
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = "RE:[CASE %s] " % C11 + ew("アカウント統合のご依頼について", "iso-2022-jp")
    return build(45, "kore-yori-susumemasu", L("support_reply", C11, ["AWS03891155", "AWS07264018"], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=TAKUYA[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m046():
    d = T(2025, 5, 24, 17, 45, 9)
    tr, dk, tail = ses(PRIYA[1], "fastmail", d)
    text = """Hello Priya,

I'm following up on my message of 20 May about combining AWS01946628 into AWS03079915. We haven't heard back from you yet, so I wanted to check whether you still need our help with this.

If you would like us to go ahead, simply reply "I confirm" to this e-mail. If we don't hear from you within 3 business days, this case will be closed automatically, but you are welcome to write to us again at any time.

%s

%s
""" % (form_sig_en("Joao P."), rate_reply_en(C5, rhex(16)))
    body = tpart(text)
    return build(46, "still-need-help-followup", L("support_reply", C5, ["AWS01946628", "AWS03079915"], True, "en"), body,
                 frm=AWS_FROM_FORM, to=PRIYA[1],
                 subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C5,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m047():
    d = T(2026, 3, 6, 22, 10, 31)
    tr, dk, tail = ses(AIKO[1], "yahoo", d)
    text = """こんにちは。

ケース %s に新しいやり取りが追加されました。

内容を確認して返信するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクをクリックする前にログインしてください。）

よろしくお願いいたします。
アマゾン ウェブ サービス

*このメールは受信できないアドレスから送信されています。
""" % (C8, C8)
    body = tpart(text, cte="quoted-printable", sub=False)
    subj = ew("[ケース %s] 新しいやり取りが追加されました" % C8, "utf-8", chunk=16)
    return build(47, "atarashii-yaritori-notice", L("support_reply", C8, [], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=AIKO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m048():
    d = T(2025, 11, 18, 9, 40, 15)
    tr, dk, tail = ses(SHO[1], "o365", d, tenant_pref="jpnprd01")
    text = """高橋 翔 様

AWS トレーニングと認定サポートの森でございます。
お問い合わせいただいた件につきまして、ご連絡いたします。

現在、AWS05182734 および AWS09930261 の登録内容について、担当部署にて確認を進めております。
確認が取れ次第、統合の内容をまとめてご案内いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

%s

%s

%s
""" % (form_sig_ja("森"), rate_reply_ja(C6, rhex(16)), LEGAL_JA)
    body = tpart(text, charset="shift_jis", cte="quoted-printable", label="shift_jis", sub=False)
    subj = "RE:[CASE %s] " % C6 + ew("アカウント統合のご依頼", "iso-2022-jp")
    return build(48, "taiouchuu-sjis", L("support_reply", C6, ["AWS05182734", "AWS09930261"], True, "ja"), body,
                 frm=AWS_FROM_FORM_JA, to=SHO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail + o365_trailer(d, None), msgid=ses_msgid(d))


def m049():
    d = T(2026, 1, 19, 16, 0, 44)
    tr, dk, tail = ses(TOMAS[1], "icloud", d)
    text = """Hello Tomas,

Thanks for letting us know that the badges did not show up on your Credly account. I reached out to the Credly team on your behalf; their reply is below. When they have moved the badges, Credly will e-mail you so you can accept them. I'll keep this case open until you tell me they have arrived.

---------- Forwarded message ---------
From: Credly Support <support@credly.com>
Date: Mon, Jan 19, 2026 at 10:42 AM
Subject: RE: Badge transfer request - AWS Training and Certification
To: AWS T&C Escalations

Hi team,

We have queued the transfer of the two AWS badges to the Credly account registered to tomas.reyes@icloud.com. This usually takes 2-3 business days. The earner will receive the standard "badge issued" notification once it is done.

Thanks,
Credly Support

---------- Customer message (for reference) ----------

> On 17 Jan 2026, at 10:12, Tomás Reyes <tomas.reyes@icloud.com> wrote:
>
> Hi Farah,
>
> The merge worked, thank you! Everything is under one account now. But my Credly profile still shows the two badges on my old university address and they're not on my personal one. Can you move them?
>
> Tomás
>
> Sent from my iPhone

Best regards,

Farah A.
Amazon Web Services

%s
""" % console_footer_en(C3)
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(49, "credly-team-forwarded-waiting", L("support_reply", C3, [], True, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=TOMAS[1],
                 subject="RE:[CASE %s] Two certification profiles - please combine" % C3,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m050():
    d = T(2025, 8, 20, 10, 5, 27)
    tr, dk, tail = ses(JON[1], "exim", d)
    text = """Hello Jon,

Thank you for your patience.

We noticed that you also raised a second case about the same request. To avoid two teams working on the same accounts, we have closed the other one; please keep all correspondence in this case.

I am currently reviewing candidate IDs AWS01820366 and AWS09417752 and will get back to you with the next steps shortly, usually within one business day.

Best regards,

Tom W.
Amazon Web Services

%s
""" % console_footer_en(C12)
    body = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    return build(50, "duplicate-case-keep-here", L("support_reply", C12, ["AWS01820366", "AWS09417752"], None, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=JON[1],
                 subject="RE:[CASE %s] Duplicate AWS Certification accounts" % C12,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


# ================================================================ unrelated
def m051():
    d = T(2025, 4, 2, 20, 31, 6)
    ec2 = case15(T(2025, 4, 2, 7, 58, 40), "61209")
    tr, dk, tail = ses(MARCUS[1], "gmail", d)
    text = """Hello,

Thank you for your patience while we reviewed your request.

I'm happy to let you know that your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the EU (Stockholm) region has been approved. Your new quota is 64 vCPUs.

It can take up to 30 minutes for the new value to appear in the Service Quotas console. You can view your current quotas here:
https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas

Best regards,

Anil S.
Amazon Web Services

%s
""" % console_footer_en(ec2)
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(51, "ec2-quota-increase-case", L("unrelated", ec2, [], True, "en"), body,
                 frm=AWS_FROM_CONSOLE, to=MARCUS[1],
                 subject="RE:[CASE %s] Limit Increase: EC2 Instances" % ec2,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m052():
    d = T(2025, 10, 7, 13, 44, 20)
    sc = "6127734095"
    tr, dk, tail = ses(DANIEL[1], "rspamd", d)
    text = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed your request. The duplicate detail pages B0CX7Q4LMN and B0CX7Q9RTP have been merged into B0CX7Q4LMN, and your offer now appears on the single remaining page. Please allow up to 48 hours for search results to update.

This action was based on the information you provided. If the listings were merged in error, let us know in this case and we will review it.

Did I solve your problem?
If yes, please click here: https://sellercentral.amazon.de/cu/contact-us/feedback?caseId=%s&r=yes
If no, please click here: https://sellercentral.amazon.de/cu/contact-us/feedback?caseId=%s&r=no

We hope to see you again soon.

Regards,
Mateusz
Amazon.de Selling Partner Support

To view this case in Seller Central, visit: https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=%s
""" % (sc, sc, sc)
    body = tpart(text, cte="quoted-printable", sub=False)
    return build(52, "seller-central-listings-merged", L("unrelated", sc, [], True, "en"), body,
                 frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=DANIEL[1],
                 subject="RE:[CASE %s] Merge duplicate detail pages" % sc,
                 date=d, trace=tr, sender_hdrs=dk, trailer=tail, msgid=ses_msgid(d))


def m053():
    d = T(2026, 2, 20, 16, 2, 11)
    src = ("mail.certmetrics.com", "52.20.%d.%d" % (R.randint(0, 255), R.randint(1, 254)))
    mf = "bounce@certmetrics.com"
    a = auth(dkim=(("pass", "certmetrics.com", "k1"),), spf=("pass", "certmetrics.com"), dmarc=("pass", "certmetrics.com", "NONE"))
    tr = via("o365", LENA[1], d, src, mf, a, tenant_pref="eurprd11")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Dear Lena Fischer,</p>
<p><b>AWS Certification wants to hear from you!</b></p>
<p>You recently earned an AWS Certification. We would like to know about your experience preparing for and taking the exam. The survey takes about 10 minutes.</p>
<table cellpadding="4" style="font-size:13px;color:#545b64">
<tr><td>Candidate ID:</td><td>AWS06071893</td></tr>
<tr><td>Exam:</td><td>AWS Certified Solutions Architect - Associate (SAA-C03)</td></tr>
</table>
<p><a href="https://www.certmetrics.com/amazon/public/survey.aspx?t=%s">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#879596">This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail.</p>
</body></html>
""" % rhex(24)
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("certmetrics.com", "k1", d, hdrs="From:To:Subject:Date:Message-ID"))]
    return build(53, "certmetrics-wants-to-hear", L("unrelated", None, ["AWS06071893"], False, "en"), body,
                 frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=LENA[1],
                 subject="AWS Certification wants to hear from you",
                 date=d, trace=tr, sender_hdrs=dkh, trailer=o365_trailer(d, None), msgid="<%s@certmetrics.com>" % uuid.UUID(int=R.getrandbits(128)))


def m054():
    d = T(2025, 4, 9, 8, 15, 0)
    src = ("mail-west.pearson.com", "159.182.%d.%d" % (R.randint(0, 255), R.randint(1, 254)))
    mf = "pearsonvuecustomerservice@pearson.com"
    a = auth(dkim=(("pass", "pearson.com", "selector1"),), spf=("pass", "pearson.com"), dmarc=("pass", "pearson.com", "REJECT"))
    tr = via("gmail", MARCUS[1], d, src, mf, a)
    text = """Pearson VUE Confirmation of Booking

Dear Marcus Lindqvist,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Appointment:          Friday, May 16, 2025 at 09:00 CEST
Location:             OnVUE online proctored
Registration ID:      512774903
AWS Candidate ID:     AWS05518204
Language:             English

Check in up to 30 minutes before your appointment. Run the system test on the computer you will use for the exam before test day.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE

This is an automated message. Please do not reply.
"""
    body = tpart(text, cte="7bit", charset="us-ascii", sub=False)
    dkh = [("DKIM-Signature", dkim_sig("pearson.com", "selector1", d, hdrs="From:To:Subject:Date:Message-ID"))]
    return build(54, "pearson-vue-booking", L("unrelated", None, ["AWS05518204"], False, "en"), body,
                 frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=MARCUS[1],
                 subject="Pearson VUE Confirmation of Booking",
                 date=d, trace=tr, sender_hdrs=dkh, msgid="<%d.%s@pearson.com>" % (R.randint(10 ** 8, 10 ** 9), rhex(8)))


def m055():
    d = T(2025, 6, 16, 5, 48, 30)
    src = ("out-%d.smtp.github.com" % R.randint(20, 30), "192.30.252.%d" % R.randint(190, 210))
    mf = "noreply@github.com"
    a = auth(dkim=(("pass", "github.com", "pf2023"),), spf=("pass", "github.com"), dmarc=("pass", "github.com", "REJECT"))
    tr = via("gmail", KENJI[1], d, src, mf, a)
    plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubasa-soft/cert-tracker/pull/412#event-17234408821
You are receiving this because you were mentioned.

Message ID: <tsubasa-soft/cert-tracker/pull/412/issue_event/17234408821@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/tsubasa-soft/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubasa-soft/cert-tracker/pull/412#event-17234408821">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you were mentioned.</p>
""" % rb64(30).replace("/", "_")
    body = alt(tpart(plain, cte="7bit", charset="UTF-8"), tpart(html, "html", cte="7bit", charset="UTF-8"))
    dkh = [("DKIM-Signature", dkim_sig("github.com", "pf2023", d, hdrs="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From", canon="relaxed/relaxed"))]
    return build(55, "github-pr-merged", L("unrelated", None, [], False, "en"), body,
                 frm='"Hiroshi Ito" <notifications@github.com>', to="tsubasa-soft/cert-tracker <cert-tracker@noreply.github.com>",
                 cc="Kenji Watanabe <kenji.watanabe.dev@gmail.com>, Mention <mention@noreply.github.com>",
                 reply_to="tsubasa-soft/cert-tracker <reply+AB3X7Q%s@reply.github.com>" % rhex(20).upper(),
                 subject="Re: [tsubasa-soft/cert-tracker] Merge duplicate certification accounts into one profile (PR #412)",
                 date=d, trace=tr, sender_hdrs=dkh,
                 msgid="<tsubasa-soft/cert-tracker/pull/412/issue_event/17234408821@github.com>",
                 irt="<tsubasa-soft/cert-tracker/pull/412@github.com>", refs="<tsubasa-soft/cert-tracker/pull/412@github.com>",
                 extra=[("List-ID", "tsubasa-soft/cert-tracker <cert-tracker.tsubasa-soft.github.com>"),
                        ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "hiro-ito")])


def m056():
    d = T(2026, 1, 28, 0, 5, 40)
    mf = credly_mf(AIKO[1])
    tr = via("yahoo", AIKO[1], d, credly_src(), mf, credly_auth())
    text = """山本 愛子 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 2026年3月15日 に近づいています。

有効期限が切れると、バッジは Credly のプロフィール上で「期限切れ」と表示されます。再認定の方法については、発行元である AWS Training and Certification の案内をご確認ください。

バッジを表示する：
https://www.credly.com/badges/%s

Credly by Pearson
通知設定の変更：https://www.credly.com/users/notification_settings
""" % uuid.UUID(int=R.getrandbits(128))
    body = tpart(text, cte="base64", sub=False)
    subj = ew("バッジの有効期限が近づいています", "utf-8")
    return build(56, "credly-yuukoukigen-reminder", L("unrelated", None, [], True, "ja"), body,
                 frm='"Credly" <admin@credly.com>', to=AIKO[1], subject=subj,
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), msgid=credly_mid(d))


def m057():
    d = T(2025, 9, 9, 19, 3, 12)
    mf = credly_mf(SARAH[1])
    tr = via("o365", SARAH[1], d, credly_src(), mf, credly_auth())
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<div style="max-width:520px;margin:auto">
<h2 style="font-weight:normal">Merge your Credly accounts</h2>
<p>Hi Sarah,</p>
<p>We received a request to merge another Credly account into the account registered to s.okafor@northwind-analytics.com. To continue, enter this code on the merge page:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>
<p>or click the button below. The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/account_merges/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px">Complete Account Merge</a></p>
<p style="font-size:13px;color:#777">If you did not request this, you can ignore this e-mail. No changes will be made.</p>
<p style="font-size:11px;color:#999">Credly by Pearson | 221 River Street, Hoboken, NJ 07030</p>
</div></body></html>
""" % rhex(40)
    body = tpart(html, "html", cte="quoted-printable", sub=False)
    return build(57, "credly-own-merge-code", L("unrelated", None, [], True, "en"), body,
                 frm='"Credly" <admin@credly.com>', to=SARAH[1],
                 subject="Your Credly account merge code",
                 date=d, trace=tr, sender_hdrs=credly_dkim(d), trailer=o365_trailer(d, None), msgid=credly_mid(d))


def m058():
    d = T(2025, 11, 21, 2, 15, 44)
    src = ("JP1PR01MB4321.jpnprd01.prod.outlook.com", "40.107.%d.%d" % (R.randint(0, 255), R.randint(1, 254)))
    mf = "y.kimura@kaigan-systems.co.jp"
    a = auth(dkim=(("pass", "kaigan-systems.co.jp", "selector1"),), spf=("pass", "kaigan-systems.co.jp"),
             dmarc=("pass", "kaigan-systems.co.jp", "NONE"))
    tr = via("o365", SHO[1], d, src, mf, a, tenant_pref="jpnprd01")
    plain = """高橋さん

お疲れさまです。木村です。

先日話していた AWS 認定アカウントの件、統合終わったんですね。よかったです。
実は私も ＡＷＳ０３４４１８２７ と AWS-06112940 の2つがあるのが分かったので、同じ手順で申請しようと思っています。
フォームのどの項目を選んだか、あとで教えてもらえますか？

木村 由香
海岸システムズ株式会社 クラウド推進部
TEL: 03-5555-0142 / 内線 2231

差出人: 高橋 翔 <sho.takahashi@kaigan-systems.co.jp>
送信日時: 2025年11月20日 10:03
宛先: 木村 由香 <y.kimura@kaigan-systems.co.jp>
件名: AWS認定アカウントの件

木村さん

AWS から統合完了の連絡が来ました。AWS05182734 に一本化されて、古い AWS09930261 はもう使えないそうです。
Credly のバッジはまだ移っていないので、届いたらまた共有します。

高橋
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:游ゴシック,'Yu Gothic',sans-serif;font-size:11pt">
<p>高橋さん</p>
<p>お疲れさまです。木村です。</p>
<p>先日話していた AWS 認定アカウントの件、統合終わったんですね。よかったです。<br>
実は私も ＡＷＳ０３４４１８２７ と AWS-06112940 の2つがあるのが分かったので、同じ手順で申請しようと思っています。<br>
フォームのどの項目を選んだか、あとで教えてもらえますか？</p>
<p>木村 由香<br>海岸システムズ株式会社 クラウド推進部<br>TEL: 03-5555-0142 / 内線 2231</p>
</div>
<hr style="display:inline-block;width:98%%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>差出人:</b> 高橋 翔 &lt;sho.takahashi@kaigan-systems.co.jp&gt;<br>
<b>送信日時:</b> 2025年11月20日 10:03<br>
<b>宛先:</b> 木村 由香 &lt;y.kimura@kaigan-systems.co.jp&gt;<br>
<b>件名:</b> AWS認定アカウントの件</font>
<div>&nbsp;</div></div>
<div><p>木村さん</p>
<p>AWS から統合完了の連絡が来ました。AWS05182734 に一本化されて、古い AWS09930261 はもう使えないそうです。<br>
Credly のバッジはまだ移っていないので、届いたらまた共有します。</p>
<p>高橋</p></div>
</body></html>
"""
    body = alt(tpart(plain, cte="base64"), tpart(html, "html", cte="base64"))
    subj = "RE: " + ew("AWS認定アカウントの件", "utf-8")
    dkh = [("DKIM-Signature", dkim_sig("kaigan-systems.co.jp", "selector1", d, hdrs="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", canon="relaxed/relaxed"))]
    return build(58, "colleague-ja-fullwidth-id", L("unrelated", None, ["AWS03441827", "AWS06112940"], False, "ja"), body,
                 frm=addr("木村 由香", "y.kimura@kaigan-systems.co.jp"), to=addr("高橋 翔", SHO[1]),
                 subject=subj, date=T(2025, 11, 21, 11, 15, 40, JST), trace=tr, sender_hdrs=dkh,
                 trailer=o365_trailer(d, None),
                 msgid="<JP1PR01MB4321%s@JP1PR01MB4321.jpnprd01.prod.outlook.com>" % rhex(14).upper(),
                 irt="<TYCPR01MB8876%s@TYCPR01MB8876.jpnprd01.prod.outlook.com>" % rhex(14).upper(),
                 extra=[("Thread-Topic", ew("AWS認定アカウントの件", "utf-8")), ("Thread-Index", "AQHb" + rb64(30)),
                        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
                        ("X-MS-TNEF-Correlator", "")])


def m059():
    d = T(2026, 1, 23, 3, 12, 50)
    bill = case15(T(2026, 1, 19, 5, 30, 8), "80236")
    tr, dk, tail = ses(AIKO[1], "yahoo", d)
    text = """山本 愛子 様

AWS サポートをご利用いただき、ありがとうございました。
ケース %s（件名：12月分の請求額について）はクローズされました。

今回のご対応はいかがでしたか？ 1分ほどの簡単なアンケートにご協力ください。
https://survey.aws.amazon.com/support?c=%s&lang=ja

請求に関する追加のご質問は、請求とコスト管理コンソールからいつでもお問い合わせいただけます。
https://console.aws.amazon.com/billing/home

アマゾン ウェブ サービス
""" % (bill, bill)
    body = tpart(text, charset="iso-2022-jp", cte="7bit", sub=False)
    subj = ew("ケースがクローズされました：アンケートのお願い", "iso-2022-jp") + " [%s]" % bill
    return build(59, "billing-case-closed-survey-ja", L("unrelated", bill, [], True, "ja"), body,
                 frm=AWS_FROM_CONSOLE, to=AIKO[1], subject=subj, date=d, trace=tr, sender_hdrs=dk,
                 trailer=tail, msgid=ses_msgid(d))


def m060():
    d = T(2025, 3, 20, 7, 41, 3)
    src = ("mail-eur03on2071.outbound.protection.outlook.com", "40.107.103.71")
    mf = "erik.sandberg@contoso-consulting.se"
    a = auth(dkim=(("pass", "contoso-consulting.se", "selector2"),), spf=("pass", "contoso-consulting.se"),
             dmarc=("pass", "contoso-consulting.se", "QUARANTINE"))
    tr = via("gmail", MARCUS[1], d, src, mf, a)
    text = """Hey Marcus,

You were asking what AWS actually sends when they do the cert account thing. Mine came through this morning, see below. Took them about two days from my "yes go ahead".

/Erik

Get Outlook for iOS
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 20, 2025 7:02:18 AM
To: Erik Sandberg <erik.sandberg@contoso-consulting.se>
Subject: RE: [AWS Training and Certification Form Submission] - account-assistance

Hello Erik,

I have merged AWS08810374 into AWS02251967. All of your certifications now appear under AWS02251967 and AWS08810374 has been closed.

Kind regards,
Ravi K.
AWS Training and Certification Customer Support
"""
    body = alt(tpart(text, cte="quoted-printable"),
               tpart("<html><body><div dir=\"ltr\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n", "html", cte="quoted-printable"))
    dkh = [("DKIM-Signature", dkim_sig("contoso-consulting.se", "selector2", d, hdrs="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", canon="relaxed/relaxed"))]
    return build(60, "colleague-forward-outlook-ios", L("unrelated", None, [], False, "en"), body,
                 frm="Erik Sandberg <erik.sandberg@contoso-consulting.se>", to="Marcus Lindqvist <marcus.lindqvist.cloud@gmail.com>",
                 subject="Fw: this is what AWS sends", date=T(2025, 3, 20, 8, 41, 0, CET), trace=tr, sender_hdrs=dkh,
                 msgid="<AM9PR03MB7%s@AM9PR03MB7%s.eurprd03.prod.outlook.com>" % (rhex(10).upper(), rhex(4).upper()),
                 extra=[("Thread-Topic", "this is what AWS sends"), ("Thread-Index", "AQHb" + rb64(24)),
                        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])


# ================================================================ main
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i in range(1, 61):
        globals()["m%03d" % i]()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d mails" % len(LABELS))


if __name__ == "__main__":
    main()
