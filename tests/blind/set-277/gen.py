#!/usr/bin/env python3
"""Generator for blind set 277: Japanese-emphasis AWS Certification account-merge mailbox.

Writes NNN-*.eml and labels.json into this folder, then sanity-checks them.
Bodies are built with the `email` package (MIME parts, encodings); the transport /
authentication headers on top are written as raw, pre-folded header lines so they
look exactly like what a receiving provider stores.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(27727)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

LABELS = {}
FILES = []

PYCS = {"shift_jis": "cp932", "iso-2022-jp": "iso-2022-jp", "utf-8": "utf-8",
        "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
        "euc-jp": "euc-jp"}


# ----------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    """'2025-05-26 00:14:22' in tz -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(d):
    return "%d%05d" % (int(d.timestamp()), R.randint(0, 99999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(alpha) for _ in range(n))


def ses_mid(d, region="email"):
    ms = int(d.timestamp() * 1000) + R.randint(50, 900)
    return "<%s-%s-000000@%s.amazonses.com>" % ("0100" + "%012x" % ms, str(uuid.UUID(int=R.getrandbits(128))), region)


def ses_bounce(d):
    ms = int(d.timestamp() * 1000) + R.randint(50, 900)
    return "%s-%s-000000@email.amazonses.com" % ("0100" + "%012x" % ms, str(uuid.UUID(int=R.getrandbits(128))))


def ses_ip():
    return R.choice(["54.240.8.%d", "54.240.9.%d", "54.240.27.%d", "54.240.48.%d", "23.251.234.%d"]) % R.randint(10, 250)


def ses_host(ip):
    a, b, c, d_ = ip.split(".")
    if ip.startswith("23.251"):
        return "e234-%s.smtp-out.amazonses.com" % d_
    return "a%s-%s.smtp-out.amazonses.com" % (c, d_)


def enc_subject(s, cs="utf-8"):
    """encoded-word subject (folded by Header) if non-ascii, else plain"""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode()


def ew(s, label, pycs, per=10, enc="B"):
    """hand-made encoded-words (e.g. Shift_JIS, which Header() would convert to ISO-2022-JP), folded"""
    words = []
    for i in range(0, len(s), per):
        chunk_ = s[i:i + per].encode(pycs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(chunk_).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b) for b in chunk_)
            words.append("=?%s?Q?%s?=" % (label, q))
    return "\n ".join(words)


def addr(name, email_, cs="utf-8"):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset=cs)


def tpart(text, sub="plain", cs="utf-8", cte="base64", label=None, format_flowed=False):
    """text/* part with explicit charset + transfer encoding.
    label: charset name written in the header (may differ from cs = wrong label)."""
    m = Message()
    raw = text.encode(PYCS[cs])
    lab = label or cs
    ct = "text/%s; charset=%s" % (sub, lab if lab.lower() in ("utf-8", "us-ascii") else '"%s"' % lab)
    if lab.lower() in ("utf-8",) and R.random() < 0.5:
        ct = "text/%s; charset=UTF-8" % sub
    if format_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    mp = MIMEMultipart("alternative", boundary=boundary)
    del mp["MIME-Version"]
    for p in parts:
        mp.attach(p)
    return mp


def mixed(*parts, boundary=None, sub="mixed"):
    mp = MIMEMultipart(sub, boundary=boundary)
    del mp["MIME-Version"]
    for p in parts:
        mp.attach(p)
    return mp


def attach_bytes(data, ctype, filename, cid=None):
    m = Message()
    m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    m["Content-Disposition"] = 'attachment; filename="%s"' % filename if not cid else 'inline; filename="%s"' % filename
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def java_boundary(d):
    return "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(10000000, 999999999), int(d.timestamp() * 1000))


def gmail_boundary():
    return "0000000000" + hexs(16)


def outlook_boundary():
    return "_000_%s%sJPNP286MB%s_" % (hexs(8).upper(), "TYCP", hexs(4).upper())


def rfc(d):
    return format_datetime(d)


def rfc_tz(d, tz):
    s = format_datetime(d.astimezone(tz))
    return s


# ------------------------------------------------------- transport headers
def dkim_sig(d, dom, sel, hdrs="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    t = int(d.timestamp())
    b = b64s(344)
    lines = ["DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;",
             "\ts=%s; d=%s; t=%d;" % (sel, dom, t),
             "\th=%s;" % hdrs,
             "\tbh=%s=;" % b64s(43),
             "\tb=%s" % b[:70]]
    for i in range(70, len(b), 72):
        lines.append("\t" + b[i:i + 72])
    return "\n".join(lines)


def ses_dkim(d, sel_amazon=None):
    sel_amazon = sel_amazon or R.choice(["lyqrwsilqhdbrwjtplkxv6ckgcyeqyfv", "3w7x4g3lmhfwjk2y6wztjq5pzkmuguk5",
                                        "7pgifvdzgq3ph6ze2yuevouq5ml4z6zs"])
    return [dkim_sig(d, "amazon.com", sel_amazon),
            dkim_sig(d, "amazonses.com", R.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]),
                     "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID")]


def ar_text(prov, mailfrom_dom, mailfrom, ip, from_dom, dkim_d, dkim, spf, dmarc, policy, sel=None):
    """Authentication-Results value (after 'Authentication-Results: ')"""
    if prov == "gmail":
        s = ["mx.google.com;"]
        if dkim:
            s.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, dkim_d, sel or "x", b64s(8)))
        if spf == "pass":
            s.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
        else:
            s.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (spf, mailfrom, ip, mailfrom))
        s.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" else ("QUARANTINE" if policy == "QUARANTINE" else "NONE"), from_dom))
        return "\n".join(s)
    if prov == "outlook":
        act = "none" if dmarc == "pass" else ("quarantine" if policy in ("QUARANTINE", "quarantine") else "none")
        comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
        dk = "dkim=%s (signature was verified)" % dkim if dkim == "pass" else "dkim=none (message not signed)" if not dkim else "dkim=%s (body hash did not verify)" % dkim
        return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
                % (spf, ip, mailfrom_dom, dk, dkim_d or "none", dmarc, act, from_dom, comp))
    # Japanese providers and generic MTAs
    host = {"nifty": "mx.nifty.com", "biglobe": "mail.biglobe.ne.jp", "sonet": "mx.so-net.ne.jp",
            "ocn": "mfilter.ocn.ad.jp", "corpjp": "mgw01.tokai-sys.co.jp", "iij": "mx11.iij4u.or.jp"}[prov]
    s = ["%s;" % host,
         "\tspf=%s smtp.mailfrom=%s;" % (spf, mailfrom)]
    if dkim:
        s.append("\tdkim=%s header.d=%s header.s=%s;" % (dkim, dkim_d, sel or "s1"))
    else:
        s.append("\tdkim=none;")
    s.append("\tdmarc=%s header.from=%s" % (dmarc, from_dom))
    return "\n".join(s)


def transport(prov, rcpt, d, mailfrom, ip, helo, from_dom, dkim_d=None, dkim="pass", spf="pass", dmarc="pass",
              policy="QUARANTINE", sel=None, forged_lower_ar=None, xhdrs=None):
    """List of raw header lines (top first) a receiving provider would add."""
    h = []
    mailfrom_dom = mailfrom.split("@")[1]
    if prov == "gmail":
        loc = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
        ts = rfc(loc).replace("+0000", "-0000") + (" (PDT)" if loc.utcoffset() == timedelta(hours=-7) else " (PST)")
        lt = rfc(loc + timedelta(seconds=1)) + (" (PDT)" if loc.utcoffset() == timedelta(hours=-7) else " (PST)")
        h.append("Delivered-To: %s" % rcpt)
        h.append("Received: by 2002:a05:7022:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (hexs(3), hexs(3), hexs(3), hexs(4), "i" + hexs(2) + "csp" + str(R.randint(100000, 999999)), lt))
        h.append("X-Google-Smtp-Source: AGHT+IF%s" % b64s(60))
        h.append("X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(14), "20020a17090b" + hexs(12), R.randint(1, 30), int(d.timestamp()) % 100000, lt))
        art = ar_text("gmail", mailfrom_dom, mailfrom, ip, from_dom, dkim_d, dkim, spf, dmarc, policy, sel)
        h.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (int(d.timestamp()), b64s(70), b64s(60)))
        h.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==" % (b64s(43), b64s(43), b64s(60)))
        h.append("ARC-Authentication-Results: i=1; " + art)
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (helo, helo, ip, hexs(14), "20020a17090b" + hexs(12), R.randint(1, 30), R.randint(10000, 99999), rcpt, ts))
        if spf == "pass":
            h.append("Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip))
        else:
            h.append("Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip))
        h.append("Authentication-Results: " + art)
    elif prov == "outlook":
        loc = d
        h.append("Received: from TYCP286MB%04d.JPNP286.PROD.OUTLOOK.COM (::1) by\n TYWP286MB%04d.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % (R.randint(1000, 9999), R.randint(1000, 9999), rfc(d + timedelta(seconds=2))))
        h.append("Received: from OS0P286CA%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:9e::%x) by\n TYCP286MB%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1f2::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (R.randint(1000, 9999), R.randint(1, 4095), R.randint(1000, 9999), R.randint(1, 4095), R.randint(8000, 9300), R.randint(10, 40), rfc(d + timedelta(seconds=2))))
        h.append("Authentication-Results: " + ar_text("outlook", mailfrom_dom, mailfrom, ip, from_dom, dkim_d, dkim, spf, dmarc, policy, sel))
        if spf == "pass":
            h.append("Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, helo))
        else:
            h.append("Received-SPF: %s (protection.outlook.com: domain of %s does\n not designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (spf.capitalize(), mailfrom_dom, ip, ip, helo))
        h.append("Received: from %s (%s) by\n OS1PEPF0000%04d.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (helo, ip, R.randint(1000, 9999), R.randint(2, 250), R.randint(8000, 9300), R.randint(10, 40), rfc(d + timedelta(seconds=1))))
        h.append("X-MS-Exchange-Organization-ExpirationStartTime: %s" % d.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % R.randint(0, 9999))
        h.append("X-MS-Exchange-Organization-Network-Message-Id: %s" % uuid.UUID(int=R.getrandbits(128)))
        h.append("X-MS-Exchange-Organization-SCL: %d" % (1 if dmarc == "pass" else 5))
    elif prov == "yahoojp":
        host = "mta%d.mail.kks.yahoo.co.jp" % R.randint(1001, 2099)
        h.append("Received: from %s (EHLO %s) (%s)\n  by %s with SMTPs; %s" % (ip, helo, ip, host, rfc(d.astimezone(JST) + timedelta(seconds=2))))
        if dkim == "pass":
            h.append("Authentication-Results: %s  from=%s; domainkeys=neutral (no sig);\n  from=%s; dkim=pass (ok)" % (host, from_dom, from_dom))
        else:
            h.append("Authentication-Results: %s  from=%s; domainkeys=neutral (no sig);\n  from=%s; dkim=%s" % (host, from_dom, from_dom, dkim or "neutral (no sig)"))
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("X-YMail-JAS: %s" % b64s(40).replace("+", ".").replace("/", "_"))
        h.append("X-Apparently-To: %s; %s" % (rcpt, d.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900")))
    elif prov == "corp":
        # on-prem relay that does not record authentication results
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Received: from mx02.tokai-sys.co.jp ([192.168.20.12]) by\n exch01.ad.tokai-sys.co.jp with Microsoft SMTP Server (TLS) id 15.1.2507.39; %s" % rfc_tz(d + timedelta(seconds=4), JST))
        h.append("Received: from %s (%s [%s])\n\tby mx02.tokai-sys.co.jp (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (helo, helo, ip, b64s(10).replace("+", "x").replace("/", "y"), rcpt, rfc_tz(d + timedelta(seconds=2), JST)))
    else:  # nifty, biglobe, sonet, ocn, corpjp, iij
        hostn = {"nifty": "mx.nifty.com", "biglobe": "mail.biglobe.ne.jp", "sonet": "mx.so-net.ne.jp",
                 "ocn": "mfilter.ocn.ad.jp", "corpjp": "mgw01.tokai-sys.co.jp", "iij": "mx11.iij4u.or.jp"}[prov]
        inner = {"nifty": "mta-snd%02d.nifty.com" % R.randint(1, 20), "biglobe": "mail-x%02d.biglobe.ne.jp" % R.randint(1, 20),
                 "sonet": "mbox%02d.so-net.ne.jp" % R.randint(1, 20), "ocn": "mbox%02d.ocn.ad.jp" % R.randint(1, 20),
                 "corpjp": "mbx01.tokai-sys.co.jp", "iij": "mbox%02d.iij4u.or.jp" % R.randint(1, 20)}[prov]
        h.append("Return-Path: <%s>" % mailfrom)
        h.append("Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (hostn, inner, hexs(10).upper(), rcpt, rfc_tz(d + timedelta(seconds=3), JST)))
        h.append("Authentication-Results: " + ar_text(prov, mailfrom_dom, mailfrom, ip, from_dom, dkim_d, dkim, spf, dmarc, policy, sel))
        h.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (helo, helo, ip, hostn, hexs(12).upper(), rcpt, rfc_tz(d + timedelta(seconds=1), JST)))
    if forged_lower_ar:
        h.append("Authentication-Results: " + forged_lower_ar)
    if xhdrs:
        h.extend(xhdrs)
    return h


# ----------------------------------------------------------------- writer
def write(fname, label, top_headers, sender_headers, body):
    """top_headers: list of raw header strings (transport), sender_headers: list of (name, value)
    body: email Message (MIME body incl. Content-Type)."""
    assert label["kind"] in ("case_created", "merge_confirmation_requested", "merge_completed", "survey",
                             "credly_badge_issued", "support_reply", "unrelated"), label
    assert fname not in LABELS, fname
    lines = list(top_headers)
    for n, v in sender_headers:
        lines.append("%s: %s" % (n, v))
    if "MIME-Version" not in [n for n, _ in sender_headers]:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + body.as_bytes()
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = lab
    FILES.append(fname)


def L(kind, case_id, ids, verified, lang):
    return {"kind": kind, "case_id": case_id, "account_ids": list(ids), "sender_verified": verified, "language": lang}


def aws_send(fname, label, *, prov, rcpt, to_hdr, d, from_name, from_addr, subject, body, subj_cs="utf-8",
             extra=None, dkim="pass", dmarc="pass", spf="pass", raw_subject=None, no_auth=False, reply_to=None):
    """Genuine AWS (SES) mail."""
    mf = ses_bounce(d)
    ip = ses_ip()
    helo = ses_host(ip)
    sel = R.choice(["lyqrwsilqhdbrwjtplkxv6ckgcyeqyfv", "3w7x4g3lmhfwjk2y6wztjq5pzkmuguk5", "7pgifvdzgq3ph6ze2yuevouq5ml4z6zs"])
    top = [] if no_auth else transport(prov, rcpt, d + timedelta(seconds=R.randint(1, 6)), mf, ip, helo, "amazon.com",
                                       "amazon.com", dkim=dkim, spf=spf, dmarc=dmarc, sel=sel)
    sh = [("DKIM-Signature", s.split(": ", 1)[1]) for s in ses_dkim(d, sel)]
    sh += [("Date", rfc(d)), ("From", addr(from_name, from_addr)), ("To", to_hdr)]
    if reply_to:
        sh.append(("Reply-To", reply_to))
    sh += [("Message-ID", ses_mid(d)), ("Subject", raw_subject or enc_subject(subject, subj_cs))]
    sh += extra or []
    sh += [("MIME-Version", "1.0"), ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b64s(43)),
           ("X-SES-Outgoing", d.strftime("%Y.%m.%d-") + ip)]
    write(fname, label, top, sh, body)


CHUNKS = []


def chunk(f):
    CHUNKS.append(f)
    return f


def build():
    for f in CHUNKS:
        f()


_N = [0]


def fn(desc):
    _N[0] += 1
    return "%03d-%s.eml" % (_N[0], desc)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    """plain text -> simple HTML paragraphs (blank line = new paragraph)"""
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)


def aws_html(text, lang="ja", footer=""):
    return ("""<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background-color:#f2f3f3;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;">
<tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:'Amazon Ember',Helvetica,Arial,'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f;">
<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="100" style="display:block;border:0;"></td></tr>
<tr><td style="padding:24px;line-height:1.7;">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">%s
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>
</body></html>
""" % (lang, html_paras(text), footer))


def credly_send(fname, label, *, prov, rcpt, d, from_name, subject, body, dkim="pass", dmarc="pass",
                from_addr="admin@credly.com", extra=None):
    dom = from_addr.split("@")[1]
    mf = "bounces+%d-%s-%s=%s@em%d.%s" % (R.randint(1000000, 9999999), hexs(4), rcpt.split("@")[0], rcpt.split("@")[1],
                                          R.randint(1000, 9999), dom)
    ip = "149.72.%d.%d" % (R.randint(1, 254), R.randint(1, 254))
    helo = "o%d.ptr%d.%s" % (R.randint(1, 30), R.randint(1000, 9999), dom)
    top = transport(prov, rcpt, d + timedelta(seconds=R.randint(1, 9)), mf, ip, helo, dom, dom, dkim=dkim,
                    dmarc=dmarc, policy="NONE" if dom == "youracclaim.com" else "QUARANTINE", sel="s1")
    sh = [("DKIM-Signature", dkim_sig(d, dom, "s1", "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to").split(": ", 1)[1]),
          ("DKIM-Signature", dkim_sig(d, "sendgrid.info", "smtpapi", "from:subject:mime-version:content-type:to:cc:content-type:from:subject:to").split(": ", 1)[1]),
          ("Date", rfc(d)), ("From", addr(from_name, from_addr)), ("Reply-To", "support@credly.com"),
          ("To", rcpt), ("Message-ID", "<%s@%s.mail>" % (str(uuid.UUID(int=R.getrandbits(128))), dom)),
          ("Subject", enc_subject(subject))]
    sh += extra or []
    sh += [("MIME-Version", "1.0"), ("X-SG-EID", b64s(120)), ("X-Entity-ID", "u001." + b64s(22))]
    if body.is_multipart() and body.get_boundary() is None:
        body.set_boundary("--==_mimepart_%s_%d%d" % (hexs(13), R.randint(1, 9), R.randint(100000, 999999)))
    write(fname, label, top, sh, body)


def other_send(fname, label, *, prov, rcpt, to_hdr=None, d, from_name, from_addr, subject=None, body, mailfrom=None,
               ip=None, helo=None, dkim_d=None, sel="default", dkim="pass", spf="pass", dmarc="pass",
               policy="NONE", msgid=None, extra=None, subj_cs="utf-8", raw_subject=None, date_tz=None,
               forged_lower_ar=None, no_auth=False, pre_extra=None):
    from_dom = from_addr.split("@")[1]
    mailfrom = mailfrom or from_addr
    ip = ip or "203.0.113.%d" % R.randint(2, 250)
    helo = helo or "mail.%s" % from_dom
    dkim_d = dkim_d if dkim_d is not None else from_dom
    if prov is None:
        top = []
    else:
        top = transport(prov, rcpt, d + timedelta(seconds=R.randint(1, 9)), mailfrom, ip, helo, from_dom,
                        dkim_d, dkim=dkim, spf=spf, dmarc=dmarc, policy=policy, sel=sel,
                        forged_lower_ar=forged_lower_ar)
    sh = list(pre_extra or [])
    if dkim_d and dkim != "none":
        sh.append(("DKIM-Signature", dkim_sig(d, dkim_d, sel).split(": ", 1)[1]))
    sh += [("Date", rfc(d.astimezone(date_tz)) if date_tz else rfc(d)), ("From", addr(from_name, from_addr, subj_cs)),
           ("To", to_hdr or rcpt), ("Subject", raw_subject or enc_subject(subject, subj_cs)),
           ("Message-ID", msgid or "<%s.%s@%s>" % (hexs(16), R.randint(1000, 99999), from_dom))]
    sh += extra or []
    sh.append(("MIME-Version", "1.0"))
    if body.is_multipart() and body.get_boundary() is None:
        body.set_boundary(gmail_boundary())
    write(fname, label, top, sh, body)


# ================================================================== MAILS
# ---------------------------------------------------------------- story A
# 田中 健太, Gmail, form desk (aws-cs-trainingcertification-form@amazon.com), 15-digit case
A_RCPT = "kenta.tanaka.0412@gmail.com"
A_OPEN = dt("2025-05-26 00:14:22")
A_CASE = case15(A_OPEN)
A_OLD, A_NEW = "AWS01928374", "AWS04471829"
FORM = "aws-cs-trainingcertification-form@amazon.com"


@chunk
def story_a():
    c = A_CASE
    # 1 ------------------------------------------------ form acknowledgement (ja)
    d = A_OPEN + timedelta(seconds=41)
    txt = f"""田中 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

  ケース ID        : {c}
  お問い合わせの種類 : 認定 (Certification)
  詳細             : アカウントの統合 (Account Merge)
  AWS 候補者 ID     : AWS {A_NEW[3:]}
  ご連絡先メール     : {A_RCPT}

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
本件に関して追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容で別のお問い合わせ(ケース)を作成されますと、確認に時間を要する場合がございますので、
あらかじめご了承ください。

今後ともよろしくお願い申し上げます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("tanaka-form-receipt"), L("case_created", c, [A_NEW], True, "ja"), prov="gmail", rcpt=A_RCPT,
             to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] お問い合わせを受け付けました - AWS トレーニングと認定", body=body)

    # 2 ------------------------------------------------ agent asks for details (ja keigo)
    d = dt("2025-05-27 01:02:37")
    txt = f"""田中 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、お手続きを進めるにあたり、恐れ入りますが
以下の情報をご提供いただけますでしょうか。

1. 統合の対象となる各アカウントのログイン用メールアドレス
2. 各アカウントに登録されている通知先メールアドレス
3. 統合後も引き続きご利用になるアカウントの AWS 候補者 ID

ご申告いただいた {A_NEW} のほかに、もう一方のアカウントの候補者 ID がお分かりになる場合は、
あわせてお知らせいただけますと幸いです。お分かりにならない場合は、ログイン用メールアドレスのみで結構です。

なお、統合の作業はご本人様の確認が取れた後に実施いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

木村
Amazon Web Services

ケースの詳細はこちらからもご確認いただけます:
https://support.aws.amazon.com/#/contacts/aws-training?displayId={c}&language=ja
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("tanaka-agent-questions"), L("support_reply", c, [A_NEW], True, "ja"), prov="gmail", rcpt=A_RCPT,
             to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 3 ------------------------------------------------ confirmation request (ja keigo, quoted Gmail-ja reply)
    d = dt("2025-05-28 00:40:05")
    txt = f"""田中 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
ご回答いただき、誠にありがとうございます。

頂戴した情報をもとに確認いたしましたところ、お客様名義の認定アカウントが 2 件存在することを確認いたしました。
つきましては、下記のとおり統合を実施させていただく予定でございます。

 ■ 統合元(統合後はご利用いただけなくなるアカウント)
    候補者 ID    : {A_OLD}
    ログイン用メール: k-tanaka@minato-denki.co.jp

 ■ 統合先(引き続きご利用いただくアカウント)
    候補者 ID    : {A_NEW}
    ログイン用メール: {A_RCPT}

統合元アカウントの認定資格、受験履歴および特典は、すべて統合先アカウントへ移されます。
なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご返信を確認いたしましたら、作業に着手いたします。

木村
Amazon Web Services

2025年5月27日(火) 19:35 田中健太 <{A_RCPT}>:
> 木村様
>
> ご連絡ありがとうございます。田中です。
>
> 1. ログイン用メールアドレス
>    旧: k-tanaka@minato-denki.co.jp(前職の会社アドレスです)
>    新: {A_RCPT}
> 2. 通知先メールアドレスも上記と同じです。
> 3. 残したいのは {A_NEW} の方です。
>
> 旧アカウントの候補者IDは、昔の受験票を見たところ AWS{A_OLD[3:]} でした。
> よろしくお願いいたします。
>
> 田中健太
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("tanaka-agent-two-accounts"), L("merge_confirmation_requested", c, [A_OLD, A_NEW], True, "ja"),
             prov="gmail", rcpt=A_RCPT, to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 4 ------------------------------------------------ thanks for confirming, will proceed (ids only in quote)
    d = dt("2025-05-28 23:15:48")
    txt = f"""田中 健太 様

お世話になっております。木村でございます。

統合についてご承諾いただき、ありがとうございます。
これより担当部署にて作業を開始いたします。作業が完了いたしましたら、改めて本ケースにてご連絡差し上げます。

通常、作業の完了までに 1~3 営業日ほどお時間を頂戴しております。
完了のご連絡を差し上げるまでの間は、試験のご予約やプロフィールの変更はお控えいただけますと幸いです。

引き続きよろしくお願いいたします。

木村
Amazon Web Services

2025年5月28日(水) 21:04 田中健太 <{A_RCPT}>:
> 木村様
>
> お世話になっております。田中です。
> 内容に相違ございません。{A_OLD} を {A_NEW} に統合してください。
> よろしくお願いいたします。
>
> 2025年5月28日(水) 9:40 Amazon Web Services <{FORM}>:
> > 田中 健太 様
> >
> > いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
> > (中略)
> > 上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("tanaka-agent-ack-go-ahead"), L("support_reply", c, [], True, "ja"), prov="gmail", rcpt=A_RCPT,
             to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 5 ------------------------------------------------ completed ("一本化")
    d = dt("2025-05-30 06:12:19")
    txt = f"""田中 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの一本化が、本日付で完了いたしましたのでご報告いたします。

今後は {A_NEW}({A_RCPT})にて、これまでに取得されたすべての AWS 認定をご確認いただけます。
旧アカウント {A_OLD} には、今後ログインいただけなくなっております。

システムへの反映には最大で 24 時間程度かかる場合がございます。
また、Credly のデジタルバッジにつきましては Credly から別途メールが届きますので、
メール内の「Accept your badge」より受け入れのお手続きをお願いいたします。

ほかにご不明な点がございましたら、本メールにご返信ください。

木村
Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("tanaka-agent-ippon-ka"), L("merge_completed", c, [A_OLD, A_NEW], True, "ja"), prov="gmail",
             rcpt=A_RCPT, to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 6 ------------------------------------------------ closure + survey (HTML only)
    d = dt("2025-05-30 06:13:02")
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>AWS Support</title></head>
<body style="font-family:'Amazon Ember',Meiryo,sans-serif;background:#fafafa;margin:0;">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;">
<p>田中 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
ケース <b>{c}</b> は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、1 分程度のアンケートにご協力をお願いいたします。</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tr>
<td colspan="2" style="font-weight:bold;padding-bottom:8px;">問題は解決しましたか?</td></tr><tr>
<td style="padding-right:12px;"><a href="https://survey.aws.amazon.com/r/?cid={c}&amp;q1=yes&amp;lang=ja" style="background:#ec7211;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px;">はい</a></td>
<td><a href="https://survey.aws.amazon.com/r/?cid={c}&amp;q1=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px;">いいえ</a></td>
</tr></table>
<p>担当者の対応はいかがでしたか?<br>
<a href="https://survey.aws.amazon.com/r/?cid={c}&amp;rate=5&amp;lang=ja">★★★★★ 非常に満足</a><br>
<a href="https://survey.aws.amazon.com/r/?cid={c}&amp;rate=1&amp;lang=ja">★ 不満</a></p>
<p style="font-size:12px;color:#687078;">本件について引き続きサポートが必要な場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。</p>
</div></body></html>
"""
    body = tpart(html, "html", cte="quoted-printable")
    aws_send(fn("tanaka-case-closed-survey"), L("survey", c, [], True, "ja"), prov="gmail", rcpt=A_RCPT,
             to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] ケースはクローズされました - 対応についてのアンケート", body=body)

    # 7 ------------------------------------------------ Credly badge (en)
    d = dt("2025-05-31 02:31:55")
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Kenta, you've been issued a new badge!

AWS Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share your achievement with your professional network,
employers and peers.

Accept your badge: https://www.credly.com/badges/{bid}/accept

Why accept? Your badge is verified by the issuer and includes details about
what you did to earn it.

---
You are receiving this email because AWS Training and Certification uses
Credly to recognize your achievements. Credly, Inc., 1 Federal St, Boston, MA
Unsubscribe: https://www.credly.com/notification_settings
"""
    html = f"""<html><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:32px;" cellpadding="0" cellspacing="0">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-top:24px;">Kenta, you've been issued a new badge!</td></tr>
<tr><td style="padding-top:12px;font-size:15px;">AWS Training and Certification has issued you the following badge:</td></tr>
<tr><td align="center" style="padding:20px 0;"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect - Associate"><br>
<b>AWS Certified Solutions Architect - Associate</b></td></tr>
<tr><td align="center"><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px;font-weight:bold;">Accept your badge</a></td></tr>
<tr><td style="font-size:12px;color:#777;padding-top:28px;">You are receiving this email because AWS Training and Certification uses Credly to recognize your achievements.<br>
Credly, Inc. | <a href="https://www.credly.com/notification_settings">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"), tpart(html, "html", cte="quoted-printable"))
    credly_send(fn("credly-kenta-saa"), L("credly_badge_issued", None, [], True, "en"), prov="gmail", rcpt=A_RCPT, d=d,
                from_name="AWS Training and Certification via Credly",
                subject="Kenta, you've been issued a new badge by AWS Training and Certification", body=body)


# ---------------------------------------------------------------- story B
# 佐藤 美咲, outlook.jp (Exchange Online A-R), console case, machine-translated Japanese agent
B_RCPT = "misaki-sato@outlook.jp"
B_OPEN = dt("2025-03-11 04:55:10")
B_CASE = case15(B_OPEN)
B_K, B_M1, B_M2 = "AWS20394851", "AWS10293847", "AWS30495162"
NOREPLY = "no-reply-aws@amazon.com"
CONSOLE_FOOTER_JA = ("お客様からのフィードバックをお待ちしております。このやり取りの最後にある AWS サポートセンターのリンクから、"
                     "このやり取りを評価してください。")


@chunk
def story_b():
    c = B_CASE
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja"
    # 8 ------------------------------------------------ console case opened
    d = B_OPEN + timedelta(seconds=7)
    txt = f"""Amazon Web Services をご利用いただきありがとうございます。お客様の問題に対処するため、ケース {c} をオープンしました。

ケース ID: {c}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
対応方法: ウェブ

ケースの説明:
AWS認定のアカウントが3つに分かれてしまっているので、ひとつにまとめたいです。
AWS10293847(学生時代)、AWS20394851(現在使用中)、aws-30495162(会社で受けたとき)
残したいのは AWS20394851 です。よろしくお願いします。

サポートケースを表示する、またはこのケースに返信するには、次のリンクを使用してください:
{link}

*このメールアドレスはメッセージを受信できません。ケースに返信するには、上記のリンクを使用してください。

よろしくお願いいたします。
Amazon Web Services
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("sato-console-new-case"), L("case_created", c, [B_K, B_M1, B_M2], True, "ja"), prov="outlook",
             rcpt=B_RCPT, to_hdr=B_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"Amazon Web Services: You have opened a new Support case: {c}", body=body)

    # 9 ------------------------------------------------ "new correspondence added" notice (ja)
    d = dt("2025-03-12 09:31:44")
    txt = f"""こんにちは。

ケース {c}「認定アカウントの統合について」に、AWS サポートから新しい返信が追加されました。

返信の内容を確認するには、AWS サポートセンターにサインインしてください:
{link}

*このメールアドレスはメッセージを受信できません。

Amazon Web Services
"""
    body = tpart(txt, cte="quoted-printable")
    aws_send(fn("sato-console-notice"), L("support_reply", c, [], True, "ja"), prov="outlook", rcpt=B_RCPT,
             to_hdr=B_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"[Case {c}] New correspondence added", body=body)

    # 10 ----------------------------------------------- confirmation request, machine-translated
    d = dt("2025-03-12 09:31:40")
    txt = f"""こんにちは、

AWS サポートにお問い合わせいただきありがとうございます。私の名前はラジェッシュで、今日はあなたのケースを支援します。

私はあなたの要求を理解しました。あなたは次の AWS 認定アカウントを 1 つにマージすることを望みます:

プライマリアカウント(保持されます): {B_K}
セカンダリアカウント(マージされます): {B_M1}
セカンダリアカウント(マージされます): AWS-{B_M2[3:]}

マージの後、セカンダリアカウントのすべての認定、試験履歴およびバウチャーはプライマリアカウントに移動されます。この操作は元に戻すことができないことに注意してください。

上記の詳細が正しいことを確認していただけますか? あなたの確認を受け取った後に、私たちはリクエストを処理します。

よろしくお願いします、

Rajesh K.
Amazon Web Services

{CONSOLE_FOOTER_JA}

このケースに返信するには、次のリンクを使用してください。このメールには返信しないでください。
{link}
"""
    html = aws_html(txt)
    body = tpart(html, "html", cte="base64")
    aws_send(fn("sato-console-rajesh"), L("merge_confirmation_requested", c, [B_K, B_M1, B_M2], True, "ja"),
             prov="outlook", rcpt=B_RCPT, to_hdr=B_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"RE:[CASE {c}] 認定アカウントの統合について", body=body)

    # 11 ----------------------------------------------- completed, machine-translated
    d = dt("2025-03-14 02:07:12")
    txt = f"""こんにちは 美咲さん、

あなたの確認をありがとうございます。

私はあなたの AWS 認定アカウントが成功して結合されたことをあなたに知らせることを嬉しく思います。今、あなたはアカウント {B_K} の下ですべてのあなたの認定を見ることができます。他の 2 つのアカウントはもう使用することができません。

変更が AWS 認定アカウントに表示されるまで最大 48 時間かかることがあります。Credly バッジは自動的に移動されます。

他に質問がない場合、私はこのケースを解決済みとしてマークします。

よろしくお願いします、

Rajesh K.
Amazon Web Services

{CONSOLE_FOOTER_JA}
{link}
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("sato-console-rajesh-2"), L("merge_completed", c, [B_K], True, "ja"), prov="outlook", rcpt=B_RCPT,
             to_hdr=B_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"RE:[CASE {c}] 認定アカウントの統合について", body=body)

    # 12 ----------------------------------------------- resolved / feedback request
    d = dt("2025-03-17 02:10:30")
    txt = f"""こんにちは。

ケース {c}「認定アカウントの統合について」は、過去 3 日間お客様からのご返信がなかったため、解決済みとなりました。

問題は解決しましたか?
  はい: https://console.aws.amazon.com/support/feedback?displayId={c}&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId={c}&resolved=no&language=ja

今回のサポートの体験について、ご意見をお聞かせください。いただいたフィードバックは、サービスの改善に役立てさせていただきます。

ケースを再開する必要がある場合は、サポートセンターからケースに返信してください:
{link}

Amazon Web Services
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("sato-console-resolved"), L("survey", c, [], True, "ja"), prov="outlook", rcpt=B_RCPT, to_hdr=B_RCPT,
             d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"Amazon Web Services: ケース {c} は解決済みになりました", body=body)

    # 13 ----------------------------------------------- Credly, badge moved to surviving account (en)
    d = dt("2025-03-15 18:44:09")
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Hi Misaki,

Congratulations! AWS Training and Certification has issued you a badge:

  AWS Certified Developer - Associate

Your badge is waiting for you. Claim it now to show off your verified skills.

  Accept badge: https://www.credly.com/badges/{bid}/accept

This badge was issued to {B_RCPT}. If you have an existing Credly account
under a different email address, add this address to that account first so
that all of your badges are in one place.

Credly | Privacy Policy https://info.credly.com/privacy-policy
"""
    body = alt(tpart(txt, cte="quoted-printable"),
               tpart(f"<html><body><div style='font-family:Arial'><p>Hi Misaki,</p><p>Congratulations! AWS Training and Certification has issued you a badge:</p><p><b>AWS Certified Developer - Associate</b></p><p><a href='https://www.credly.com/badges/{bid}/accept' style='background:#ff6b00;color:#fff;padding:10px 30px;text-decoration:none'>Accept badge</a></p><p style='font-size:11px;color:#888'>This badge was issued to {B_RCPT}. If you have an existing Credly account under a different email address, add this address to that account first so that all of your badges are in one place.</p></div></body></html>", "html", cte="quoted-printable"))
    credly_send(fn("credly-misaki-dva"), L("credly_badge_issued", None, [], True, "en"), prov="outlook", rcpt=B_RCPT,
                d=d, from_name="Credly", subject="Congratulations, Misaki! Your AWS Certified Developer - Associate badge is ready",
                body=body)


# ---------------------------------------------------------------- story C
# 鈴木 一郎, Yahoo! JAPAN mail, 11-digit form case (2023), non-native English agent
C_RCPT = "ichiro.suzuki@yahoo.co.jp"
C_CASE = "13561749021"
C_OLD, C_KEEP = "AWS00651209", "AWS07733410"


@chunk
def story_c():
    c = C_CASE
    subj = f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    # 14 ack (en)
    d = dt("2023-08-21 02:10:51")
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your inquiry
and created case {c}.

A member of our team will review your request and respond within 24 hours. Please do not
create a new case for the same request - if you need to add information, simply reply to
this email and keep the case number in the subject line.

  Inquiry type : Certification
  Detail       : Account Merge
  Candidate ID : {C_KEEP}

Sincerely,
AWS Training and Certification Customer Support
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("suzuki-form-ack"), L("case_created", c, [C_KEEP], True, "en"), prov="yahoojp", rcpt=C_RCPT,
             to_hdr=C_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 15 agent asks which to retain (en, non-native)
    d = dt("2023-08-22 05:48:13")
    txt = f"""Dear Ichiro Suzuki san,

Greetings from AWS Training and Certification!

I hope this email finds you well. I am Farhan and I will be assisting you on this case.

As per my understanding, you are having two certification profiles and want to make them
as one. We were able to locate the profile {C_KEEP} with your email address, however the
second profile we could not find with the details shared in the form.

In order to do the needful, kindly provide below informations:

 - Login email address (or candidate ID) of the other profile
 - Which profile you wish to retain as primary

Please be informed that we are unable to proceed further without above details.
Awaiting for your response.

Thanks & Regards,
Farhan
AWS Training & Certification
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("suzuki-agent-farhan"), L("support_reply", c, [C_KEEP], True, "en"), prov="yahoojp", rcpt=C_RCPT,
             to_hdr=C_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 16 confirmation request ("consolidation plan", "absorbed")
    d = dt("2023-08-23 04:02:27")
    txt = f"""Dear Ichiro Suzuki san,

Thank you for the details provided.

We have located both the profiles. Please find the consolidation plan as below:

  Profile to be retained : {C_KEEP} ({C_RCPT})
  Profile to be absorbed : AWS 00651209 (i.suzuki@hanamaru-soft.co.jp)

Once absorbed, AWS 00651209 will be deactivated and its exam history, certifications and
benefits will reflect under {C_KEEP}. Kindly note this activity is irreversible.

Request you to revert on this email with your consent, so that we can raise the request
to our internal team.

Thanks & Regards,
Farhan
AWS Training & Certification

----- Original Message -----
From: "鈴木一郎" <{C_RCPT}>
To: "Amazon Web Services" <{FORM}>
Date: 2023/08/22 (火) 21:15
Subject: Re: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

> Dear Farhan,
>
> Thank you for your reply.
> The other profile's login email is i.suzuki@hanamaru-soft.co.jp (my former company).
> I want to keep {C_KEEP}.
>
> Best regards,
> Ichiro Suzuki
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("suzuki-agent-plan"), L("merge_confirmation_requested", c, [C_OLD, C_KEEP], True, "en"),
             prov="yahoojp", rcpt=C_RCPT, to_hdr=C_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=subj, body=body)

    # 17 completed ("actioned")
    d = dt("2023-08-25 11:20:40")
    txt = f"""Dear Ichiro Suzuki san,

Good day!

This is to inform you that your request has been actioned by our backend team. The profile
AWS00651209 is now absorbed into {C_KEEP} and all of your certifications are showing under the
retained profile.

Kindly allow 24-48 hours for the changes to reflect on Credly side.

Thanks & Regards,
Farhan
AWS Training & Certification
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("suzuki-agent-actioned"), L("merge_completed", c, [C_OLD, C_KEEP], True, "en"), prov="yahoojp",
             rcpt=C_RCPT, to_hdr=C_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 18 survey (en)
    d = dt("2023-08-28 11:21:03")
    txt = f"""Hello,

Your case {c} has been resolved and is now closed.

We'd love to hear about your experience with AWS Training and Certification Customer Support.

Was your issue resolved?
  YES  https://support.aws.amazon.com/feedback?case={c}&r=1
  NO   https://support.aws.amazon.com/feedback?case={c}&r=0

How would you rate the support you received? (1 = poor, 5 = excellent)
  https://support.aws.amazon.com/feedback?case={c}&rate

If you still need help, reply to this email within 14 days and your case will be reopened.

AWS Training and Certification
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("suzuki-closed-feedback"), L("survey", c, [], True, "en"), prov="yahoojp", rcpt=C_RCPT,
             to_hdr=C_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] How did we do? Tell us about your support experience", body=body)


# ---------------------------------------------------------------- story D
# 山本 彩, @nifty, 10-digit case (2020), ISO-2022-JP Japanese agent
D_RCPT = "aya.yamamoto@nifty.com"
D_CASE = "6823419571"
D_OLD, D_KEEP = "AWS00738261", "AWS00912477"


@chunk
def story_d():
    c = D_CASE
    # 19 ack (iso-2022-jp, plain only)
    d = dt("2020-02-17 01:30:22")
    txt = f"""山本 彩 様

AWS 認定にお問い合わせいただき、ありがとうございます。
お問い合わせ番号 {c} にて承りました。

担当者より 1 営業日以内にご連絡いたします。
恐れ入りますが、ご返信の際は件名のお問い合わせ番号を変更なさらないようお願いいたします。

--
AWS トレーニングと認定
https://aws.amazon.com/jp/certification/
"""
    body = tpart(txt, cs="iso-2022-jp", cte="7bit")
    aws_send(fn("yamamoto-uketsuke"), L("case_created", c, [], True, "ja"), prov="nifty", rcpt=D_RCPT,
             to_hdr=D_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subj_cs="iso-2022-jp",
             subject=f"[CASE {c}] お問い合わせありがとうございます", body=body)

    # 20 confirmation request (keigo, iso-2022-jp)
    d = dt("2020-02-18 07:55:10")
    txt = f"""山本 彩 様

お世話になっております。AWS 認定サポートの小野でございます。

お問い合わせいただきました件につき、確認いたしました。
山本様のお名前で、以下の 2 件の認定アカウントが登録されております。

 (1) AWS 00738261 (登録メールアドレス: a-yamamoto@kc-office.jp)
 (2) AWS 00912477 (登録メールアドレス: {D_RCPT})

ご希望に沿い、(2) を存続アカウントとし、(1) に記録されている認定および受験履歴を (2) へ寄せる形で
一つにまとめさせていただきます。作業後、(1) のアカウントはご利用いただけなくなり、
元の状態に戻すことはできかねます。

つきましては、この内容で差し支えないか、ご承認のご返信を賜りますようお願い申し上げます。
ご返信を確認後、速やかに手続きいたします。

小野
AWS トレーニングと認定
"""
    body = tpart(txt, cs="iso-2022-jp", cte="7bit")
    aws_send(fn("yamamoto-ono-kakunin"), L("merge_confirmation_requested", c, [D_OLD, D_KEEP], True, "ja"),
             prov="nifty", rcpt=D_RCPT, to_hdr=D_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subj_cs="iso-2022-jp",
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 21 completed (iso-2022-jp, Becky!-style quote of the user's consent)
    d = dt("2020-02-20 03:41:36")
    txt = f"""山本 彩 様

お世話になっております。AWS 認定サポートの小野でございます。

ご承認いただき、ありがとうございました。
ご依頼の件、本日すべての手続きが終了いたしましたのでご連絡いたします。
今後は AWS {D_KEEP[3:]} にサインインいただくと、これまでの認定がまとめてご覧いただけます。

万一、認定の表示に不足がございましたら、お手数ですが本メールにご返信ください。

小野
AWS トレーニングと認定

On Tue, 18 Feb 2020 22:10:05 +0900
山本 彩 <{D_RCPT}> wrote:

> 小野様
>
> ご連絡ありがとうございます。
> (1) AWS 00738261 を (2) AWS 00912477 にまとめていただく内容で問題ございません。
> どうぞよろしくお願いいたします。
>
> 山本
"""
    body = tpart(txt, cs="iso-2022-jp", cte="7bit")
    aws_send(fn("yamamoto-ono-owari"), L("merge_completed", c, [D_KEEP], True, "ja"), prov="nifty", rcpt=D_RCPT,
             to_hdr=D_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subj_cs="iso-2022-jp",
             subject=f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 22 survey (html + plain, utf-8)
    d = dt("2020-02-21 03:42:00")
    txt = f"""山本 彩 様

このたびは AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ番号 {c} はクローズいたしました。

サービス品質向上のため、アンケートへのご協力をお願いいたします(所要時間: 約 1 分)。
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kNf0aWXyz?case={c}&lang=ja

・今回のお問い合わせは解決しましたか?
・担当者の対応にどの程度満足されましたか?

※本メールは送信専用です。
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("yamamoto-enquete"), L("survey", c, [], True, "ja"), prov="nifty", rcpt=D_RCPT, to_hdr=D_RCPT, d=d,
             from_name="Amazon Web Services", from_addr="aws-training-survey@amazon.com",
             subject="【AWS トレーニングと認定】サポートに関するアンケートのお願い", body=body)

    # 23 Acclaim (Credly's old name) badge mail, 2020
    d = dt("2020-02-21 16:05:44")
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Aya, you've been awarded a badge!

AWS Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept your badge: https://www.youracclaim.com/badges/{bid}/accept

Acclaim is the digital credentialing platform used by AWS Training and
Certification. Manage your notification settings:
https://www.youracclaim.com/notification_settings
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"),
               tpart(f"<html><body><h2>Aya, you've been awarded a badge!</h2><p>AWS Training and Certification has issued you a badge:<br><strong>AWS Certified SysOps Administrator - Associate</strong></p><p><a href=\"https://www.youracclaim.com/badges/{bid}/accept\">Accept your badge</a></p><p style=\"font-size:11px\">Acclaim is the digital credentialing platform used by AWS Training and Certification.</p></body></html>", "html", cte="quoted-printable"))
    credly_send(fn("acclaim-aya-sysops"), L("credly_badge_issued", None, [], True, "en"), prov="nifty", rcpt=D_RCPT, d=d,
                from_name="AWS Training and Certification via Acclaim", from_addr="admin@youracclaim.com",
                subject="Aya, you've been awarded a badge by AWS Training and Certification", body=body)


# ---------------------------------------------------------------- story E
# 高橋 誠, corporate mailbox (on-prem relay, no Authentication-Results), Outlook-style quoting
E_RCPT = "makoto.takahashi@tokai-sys.co.jp"
E_OPEN = dt("2025-07-14 00:42:00")
E_CASE = case15(E_OPEN)
E_OLD, E_KEEP = "AWS05518820", "AWS06627391"
E_TO = addr("高橋 誠", E_RCPT)


@chunk
def story_e():
    c = E_CASE
    subj = f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    # 24 bilingual ack
    d = E_OPEN + timedelta(seconds=33)
    txt = f"""高橋 誠 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。ケース {c} を作成しました。
担当者より 24 時間以内(土日祝日を除く)にご連絡いたします。
追加の情報は、このメールにそのままご返信ください。

---

Dear Makoto Takahashi,

Thank you for contacting AWS Training and Certification. We have created case {c} for
your inquiry. An agent will get back to you within 24 hours. To add information, reply to
this email.

AWS Training and Certification
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("takahashi-ack-bilingual"), L("case_created", c, [], None, "ja"), prov="corp", rcpt=E_RCPT, to_hdr=E_TO,
             d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 25 agent asks reason + notification addresses (mentions both ids, nothing confirmed yet)
    d = dt("2025-07-15 02:20:18")
    prev25 = f"""高橋 誠 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木と申します。
お問い合わせいただき、誠にありがとうございます。

ご申告いただきました {E_KEEP} および {E_OLD} の 2 アカウントにつきまして、
統合のお手続きを進めるにあたり、以下の 2 点を確認させていただいております。

 1. アカウントを統合されたい理由(例: 転職に伴いメールアドレスが変わった 等)
 2. 各アカウントの通知先メールアドレス(ログイン用と異なる場合)

お手数ではございますが、本メールへのご返信にてお知らせいただけますと幸いです。

なお、現時点ではまだ統合の作業は行っておりません。いただいた情報を確認後、
改めて統合内容のご確認をお願いする予定でございます。

佐々木
Amazon Web Services
"""
    body = alt(tpart(prev25, cte="base64"), tpart(aws_html(prev25), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("takahashi-sasaki-kakunin-jiko"), L("support_reply", c, [E_OLD, E_KEEP], None, "ja"), prov="corp",
             rcpt=E_RCPT, to_hdr=E_TO, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 26 chaser (ids only in the Outlook-style quoted block)
    d = dt("2025-07-17 23:58:40")
    quoted = "\n".join(prev25.strip("\n").split("\n"))
    txt = f"""高橋 誠 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。

7 月 15 日にお送りいたしましたメールにつきまして、その後いかがでしょうか。
ご返信を確認できておりませんでしたので、念のため再度ご連絡いたしました。

お手すきの際に下記のメールをご確認のうえ、ご返信いただけますと幸いです。
なお、本メールの送信から 5 営業日以内にご返信をいただけない場合、本ケースは一旦クローズさせていただきます。
クローズ後も、本メールにご返信いただければケースは再開されます。

佐々木
Amazon Web Services

________________________________
差出人: Amazon Web Services <{FORM}>
送信日時: 2025年7月15日 11:20
宛先: 高橋 誠 <{E_RCPT}>
件名: {subj}

{quoted}
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("takahashi-sasaki-followup"), L("support_reply", c, [], None, "ja"), prov="corp", rcpt=E_RCPT,
             to_hdr=E_TO, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 27 confirmation request, Outlook-ja quoted user reply
    d = dt("2025-07-18 05:31:09")
    txt = f"""高橋 誠 様

お世話になっております。佐々木でございます。
ご多用のところご返信いただき、ありがとうございます。

いただいた内容をもとに、下記のとおり統合を行う準備が整いました。

  存続させるアカウント : {E_KEEP}({E_RCPT})
  廃止となるアカウント : {E_OLD}(mkt.takahashi88@gmail.com)

統合を実行いたしますと、{E_OLD} で取得された認定(AWS Certified Cloud Practitioner 等)は
{E_KEEP} に引き継がれ、{E_OLD} は今後ご利用いただけなくなります。実行後に取り消すことはできません。

恐れ入りますが、上記で相違ないか最終のご確認をお願いできますでしょうか。
「上記の内容で進めてください」等、簡単なご返信で構いません。

佐々木
Amazon Web Services

________________________________
差出人: 高橋 誠 <{E_RCPT}>
送信日時: 2025年7月18日 9:12
宛先: Amazon Web Services <{FORM}>
件名: RE: {subj}

佐々木様

お世話になっております。東海システムズの高橋です。
返信が遅くなり失礼いたしました。

1. 理由: 個人のメールアドレスで受験したアカウントと、会社で受験したアカウントが分かれてしまったためです。
2. 通知先: 各アカウントともログイン用と同じです。
残すのは会社アドレスのアカウント({E_KEEP})でお願いします。

高橋
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("takahashi-sasaki-saishu"), L("merge_confirmation_requested", c, [E_OLD, E_KEEP], None, "ja"),
             prov="corp", rcpt=E_RCPT, to_hdr=E_TO, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=subj, body=body)

    # 28 completed + case closed in the same mail
    d = dt("2025-07-22 08:03:55")
    txt = f"""高橋 誠 様

お世話になっております。佐々木でございます。

ご確認ありがとうございました。大変お待たせいたしましたが、{E_OLD} から {E_KEEP} への
統合作業が完了いたしました。{E_KEEP} にサインインいただき、認定が揃っていることをご確認ください。

本件は以上で対応完了となりますので、本ケースはクローズとさせていただきます。
後ほど、対応品質に関するアンケートのご案内が届きますので、ご協力いただけますと幸いです。

佐々木
Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("takahashi-sasaki-kanryo-close"), L("merge_completed", c, [E_OLD, E_KEEP], None, "ja"), prov="corp",
             rcpt=E_RCPT, to_hdr=E_TO, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 29 answer to a follow-up question about voucher / Credly (not about the merge itself)
    d = dt("2025-07-24 01:47:30")
    txt = f"""高橋 誠 様

お世話になっております。佐々木でございます。
再度のお問い合わせをいただき、ありがとうございます。

ご質問いただいた 2 点について回答いたします。

1. 50% 割引バウチャーについて
   認定取得時に付与された次回受験 50% 割引の特典は、アカウントの「特典 (Benefits)」ページからご確認いただけます。
   有効期限は、元の認定取得日から起算されます。

2. Credly のデジタルバッジについて
   Credly 側への反映には数日かかる場合がございます。1 週間ほど経過してもバッジが表示されない場合は、
   Credly に登録されているメールアドレスをお知らせください。こちらで確認いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

佐々木
Amazon Web Services

________________________________
差出人: 高橋 誠 <{E_RCPT}>
送信日時: 2025年7月23日 18:40
宛先: Amazon Web Services <{FORM}>
件名: RE: {subj}

佐々木様

統合の件、ありがとうございました。認定がすべて表示されていることを確認しました。
2 点だけ追加で質問させてください。
・旧アカウント({E_OLD})で持っていた 50% 割引バウチャーは使えますか?
・Credly のバッジがまだ旧メールアドレスのままのようです。
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("takahashi-sasaki-voucher-credly"), L("support_reply", c, [], None, "ja"), prov="corp", rcpt=E_RCPT,
             to_hdr=E_TO, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)


# ---------------------------------------------------------------- story F
# 伊藤 涼子, BIGLOBE, console case (15-digit) plus a duplicate form case, "名寄せ" wording
F_RCPT = "ryoko.ito@biglobe.ne.jp"
F_OPEN = dt("2025-09-02 06:05:00")
F_CASE = case15(F_OPEN)
F_DUP = case15(F_OPEN - timedelta(seconds=2218))
F_KEEP, F_OLD = "AWS08812093", "AWS02230417"


@chunk
def story_f():
    c = F_CASE
    link = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja"
    subj = f"RE:[CASE {c}] 認定アカウントの名寄せについて"
    foot = f"""{CONSOLE_FOOTER_JA}

このケースに返信する、またはケースの詳細を確認するには、次のリンクを使用してください:
{link}"""
    # 30 case created (ja template)
    d = F_OPEN + timedelta(seconds=5)
    txt = f"""AWS をご利用いただきありがとうございます。お問い合わせの問題に対応するため、サポートケース {c} を作成しました。

ケース ID: {c}
件名: 認定アカウントの名寄せについて
重要度: 一般的なガイダンス

ケースの内容:
AWS 認定のアカウントが 2 つあります(AWS08812093 と aws02230417)。
ひとつにまとめていただけますか。残したいのは AWS08812093 です。

このメールアドレスは返信を受け付けておりません。ケースへの返信は次のリンクから行ってください:
{link}

Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("ito-console-case"), L("case_created", c, [F_KEEP, F_OLD], True, "ja"), prov="biglobe", rcpt=F_RCPT,
             to_hdr=F_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {c}", body=body)

    # 31 duplicate-case note + status (two case ids in text; mail belongs to the console case)
    d = dt("2025-09-03 01:12:48")
    txt = f"""伊藤 涼子 様

AWS サポートの松本です。お問い合わせありがとうございます。

確認いたしましたところ、同じ内容のお問い合わせを、トレーニングと認定のお問い合わせフォームからもいただいておりました
(ケース {F_DUP})。
二重の対応を避けるため、以後のご案内は本ケースにて行い、フォームからのケースはこちらでクローズいたしました。
同じご依頼で新しいケースを作成していただく必要はございません。

現在、認定アカウントの担当チームに確認を依頼しております。進捗がありしだい、本ケースでご連絡いたします。

よろしくお願いいたします。

松本
Amazon Web Services

{foot}
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("ito-matsumoto-duplicate"), L("support_reply", c, [], True, "ja"), prov="biglobe", rcpt=F_RCPT,
             to_hdr=F_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY, subject=subj, body=body)

    # 32 confirmation request ("名寄せ")
    d = dt("2025-09-04 06:40:02")
    txt = f"""伊藤 涼子 様

AWS サポートの松本です。お待たせいたしました。

認定アカウントの名寄せにつきまして、担当チームより以下の内容で実施可能との回答がございました。

 ・名寄せ先(今後ご利用いただく ID): {F_KEEP}
 ・名寄せ元(名寄せ後に閉鎖される ID): {F_OLD}

名寄せ元に記録されている認定・受験履歴は、すべて名寄せ先に集約されます。
一度実施すると元に戻すことはできません。

この内容で実施してよろしいでしょうか。サポートセンターから本ケースにご返信いただければ、手配を進めます。

松本
Amazon Web Services

{foot}
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("ito-matsumoto-nayose"), L("merge_confirmation_requested", c, [F_KEEP, F_OLD], True, "ja"),
             prov="biglobe", rcpt=F_RCPT, to_hdr=F_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=subj, body=body)

    # 33 thanks, will proceed
    d = dt("2025-09-05 00:26:37")
    txt = f"""伊藤 涼子 様

AWS サポートの松本です。
ご返信ありがとうございます。承知いたしました。

それでは、いただいた内容で手配を進めます。担当チームでの作業が終わりしだい、本ケースにてお知らせします。
通常 2~3 営業日ほどかかります。作業が終わるまでは、試験の予約の変更はお控えください。

松本
Amazon Web Services

{foot}
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("ito-matsumoto-shouchi"), L("support_reply", c, [], True, "ja"), prov="biglobe", rcpt=F_RCPT,
             to_hdr=F_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY, subject=subj, body=body)

    # 34 completed ("おまとめいたしました")
    d = dt("2025-09-08 04:55:21")
    txt = f"""伊藤 涼子 様

AWS サポートの松本です。
担当チームより、ご依頼の作業が済んだとの報告がございました。
{F_OLD} に記録されていた認定履歴は、{F_KEEP} のひとつのアカウントにおまとめいたしました。

AWS Certification アカウントにサインインのうえ、「認定 (Certifications)」タブですべての認定が表示されることを
ご確認ください。

松本
Amazon Web Services

{foot}
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("ito-matsumoto-omatome"), L("merge_completed", c, [F_KEEP, F_OLD], True, "ja"), prov="biglobe",
             rcpt=F_RCPT, to_hdr=F_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY, subject=subj,
             body=body)

    # 35 survey (console, ja)
    d = dt("2025-09-11 05:00:12")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;">
<p>伊藤 涼子 様</p>
<p>先日 AWS サポートにお問い合わせいただいたケース {c}(認定アカウントの名寄せについて)につきまして、
簡単なアンケートにご協力ください。</p>
<p><b>今回のサポートにどの程度満足されましたか?</b></p>
<p>
<a href="https://console.aws.amazon.com/support/survey?displayId={c}&amp;score=5">とても満足</a> |
<a href="https://console.aws.amazon.com/support/survey?displayId={c}&amp;score=4">満足</a> |
<a href="https://console.aws.amazon.com/support/survey?displayId={c}&amp;score=3">どちらともいえない</a> |
<a href="https://console.aws.amazon.com/support/survey?displayId={c}&amp;score=2">不満</a> |
<a href="https://console.aws.amazon.com/support/survey?displayId={c}&amp;score=1">とても不満</a></p>
<p style="font-size:11px;color:#777;">このメールは送信専用です。Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</p>
</body></html>"""
    body = tpart(html, "html", cte="base64")
    aws_send(fn("ito-console-enquete"), L("survey", c, [], True, "ja"), prov="biglobe", rcpt=F_RCPT, to_hdr=F_RCPT,
             d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject="AWS サポートについてのご意見をお聞かせください", body=body)

    # 36 Credly, badge issued after the merge (en)
    d = dt("2025-09-09 13:19:40")
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""You've earned a badge!

Hi Ryoko,

AWS Training and Certification has issued you a new badge:
AWS Certified Data Engineer - Associate

Claim your badge and share it on LinkedIn, in your email signature or on
your resume.

Claim your badge: https://www.credly.com/badges/{bid}/accept

Questions? Visit https://support.credly.com
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"),
               tpart(f"<html><body><h1 style='font-family:Arial'>You've earned a badge!</h1><p>Hi Ryoko,</p><p>AWS Training and Certification has issued you a new badge:<br><b>AWS Certified Data Engineer - Associate</b></p><p><a href='https://www.credly.com/badges/{bid}/accept'>Claim your badge</a></p></body></html>", "html", cte="quoted-printable"))
    credly_send(fn("credly-ryoko-dea"), L("credly_badge_issued", None, [], True, "en"), prov="biglobe", rcpt=F_RCPT,
                d=d, from_name="AWS Training and Certification via Credly",
                subject="You've earned a badge: AWS Certified Data Engineer - Associate", body=body)


# ---------------------------------------------------------------- story G
# 小林 直樹, So-net, 11-digit console case (2022), mis-labelled plain part, full-width id, Credly in Japanese
G_RCPT = "naoki-kobayashi@so-net.ne.jp"
G_CASE = "11382947105"
G_OLD, G_KEEP = "AWS01145566", "AWS03378120"


@chunk
def story_g():
    c = G_CASE
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja"
    # 37 case created (en console template)
    d = dt("2022-11-08 03:20:14")
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

Case ID: {c}
Subject: 認定アカウントの統合依頼
Severity: General guidance
Correspondence: Web

To view your support case or reply to it, please click the following link:
{link}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please use the link above.

Best regards,
Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("kobayashi-console-opened"), L("case_created", c, [], True, "en"), prov="sonet", rcpt=G_RCPT,
             to_hdr=G_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"Amazon Web Services: You have opened a new Support case: {c}", body=body)

    # 38 confirmation request; text/plain mislabelled iso-8859-1 (bytes are UTF-8), HTML correct
    d = dt("2022-11-09 08:14:51")
    txt = f"""小林 直樹 様

AWS サポートの石井と申します。お問い合わせいただき、ありがとうございます。

お客様の認定プロファイルを確認いたしましたところ、以下の 2 件が見つかりました。

  AWS01145566 … 2019 年作成、旧メールアドレスで登録
  AWS03378120 … 2021 年作成、現在のメールアドレスで登録

ご希望に基づき、AWS01145566 の内容を AWS03378120 に結合し、以後は AWS03378120 のみをお使いいただく形を
予定しております。結合後に分離することはできかねます。

ご意向に相違ないか、サポートセンターより本ケースにてお知らせいただけますでしょうか。
お返事をいただくまで、手続きは保留とさせていただきます。

石井
Amazon Web Services

{CONSOLE_FOOTER_JA}
{link}
"""
    body = alt(tpart(txt, cte="quoted-printable", label="iso-8859-1"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("kobayashi-ishii-ketsugou"), L("merge_confirmation_requested", c, [G_OLD, G_KEEP], True, "ja"),
             prov="sonet", rcpt=G_RCPT, to_hdr=G_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"RE:[CASE {c}] 認定アカウントの統合依頼", body=body)

    # 39 completed, full-width id
    d = dt("2022-11-11 02:33:07")
    txt = f"""小林 直樹 様

AWS サポートの石井です。
ご返信いただき、ありがとうございました。

お待たせいたしました。結合の手続きは本日滞りなく終わり、これまでの認定はすべて
ＡＷＳ０３３７８１２０ でご確認いただけるようになっております。
旧プロファイルでのサインインはできなくなりますので、ご注意ください。

今回の件につき、ほかにご不明な点がございましたら、本ケースにてお知らせください。

石井
Amazon Web Services

{CONSOLE_FOOTER_JA}
{link}
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("kobayashi-ishii-tetsuzuki"), L("merge_completed", c, [G_KEEP], True, "ja"), prov="sonet",
             rcpt=G_RCPT, to_hdr=G_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"RE:[CASE {c}] 認定アカウントの統合依頼", body=body)

    # 40 survey (en console)
    d = dt("2022-11-14 02:40:55")
    txt = f"""Hello,

We recently worked on your support case {c}: 認定アカウントの統合依頼.

This case has been resolved. How was your experience with AWS Support? Please take
a moment to rate the correspondence:

  https://console.aws.amazon.com/support/home#/case/?displayId={c}&rate=true

If your issue is not resolved, you can reopen the case from the Support Center.

Thank you for using Amazon Web Services.
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt, "en"), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("kobayashi-console-rate"), L("survey", c, [], True, "en"), prov="sonet", rcpt=G_RCPT, to_hdr=G_RCPT,
             d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"Amazon Web Services: Your Support case {c} has been resolved", body=body)

    # 41 Credly in Japanese
    d = dt("2022-11-12 09:02:18")
    bid = str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""直樹 さん、おめでとうございます!

AWS Training and Certification から新しいバッジが発行されました。

  AWS Certified Security - Specialty

バッジを受け取って、LinkedIn やメール署名で実績を共有しましょう。

バッジを受け取る: https://www.credly.com/badges/{bid}/accept

このメールは、AWS Training and Certification が Credly を利用してお客様の実績を認定しているため送信されています。
通知設定の変更: https://www.credly.com/notification_settings
"""
    html = f"""<html lang="ja"><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;">
<h2>直樹 さん、おめでとうございます!</h2>
<p>AWS Training and Certification から新しいバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/340x340/images/53acdae5-d69f-4dda-b650-d02ed7a50dd7/image.png" width="140" alt=""><br><b>AWS Certified Security - Specialty</b></p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:10px 28px;text-decoration:none;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888;">このメールは、AWS Training and Certification が Credly を利用してお客様の実績を認定しているため送信されています。</p>
</body></html>"""
    body = alt(tpart(txt, cte="base64"), tpart(html, "html", cte="base64"))
    credly_send(fn("credly-naoki-security"), L("credly_badge_issued", None, [], True, "ja"), prov="sonet",
                rcpt=G_RCPT, d=d, from_name="AWS Training and Certification via Credly",
                subject="AWS Training and Certification からバッジが発行されました", body=body)


# ---------------------------------------------------------------- story H
# 中村 結衣, Gmail, form case (15-digit), "移行/無効化" wording, nested Gmail-ja quotes
H_RCPT = "yui.nakamura.cloud@gmail.com"
H_OPEN = dt("2025-10-06 11:48:00")
H_CASE = case15(H_OPEN)
H_OLD, H_KEEP = "AWS00123098", "AWS09987001"


@chunk
def story_h():
    c = H_CASE
    subj = f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
    # 42 ack (ja, short)
    d = H_OPEN + timedelta(seconds=52)
    txt = f"""中村 結衣 様

お問い合わせを受け付けました。
ケース番号: {c}

内容を確認のうえ、担当者よりご連絡いたします(通常 1 営業日以内)。
本メールに返信すると、同じケースに情報を追加できます。

AWS トレーニングと認定
"""
    body = tpart(txt, cte="base64")
    aws_send(fn("nakamura-uketsuke"), L("case_created", c, [], True, "ja"), prov="gmail", rcpt=H_RCPT, to_hdr=H_RCPT,
             d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance", body=body)

    # 43 status update (still checking)
    d = dt("2025-10-07 05:02:44")
    txt = f"""中村 結衣 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの藤井でございます。

{H_KEEP} へのアカウント統合のご依頼につきまして、現在、担当部署にて登録内容の確認を進めております。
確認に少々お時間を頂戴しておりますこと、お詫び申し上げます。

確認が取れ次第、統合の内容について改めてご案内いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
(ケース番号: {c})

藤井
Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("nakamura-fujii-kakuninchu"), L("support_reply", c, [H_KEEP], True, "ja"), prov="gmail", rcpt=H_RCPT,
             to_hdr=H_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 44 confirmation request ("移行" + "無効化"), nested quote
    d = dt("2025-10-08 06:18:29")
    txt = f"""中村 結衣 様

お世話になっております。藤井でございます。

確認が完了いたしましたので、下記のとおりご案内いたします。

旧アカウント AWS-00123098 に登録されている認定資格および受験履歴を、{H_KEEP} へ移行し、
移行後、旧アカウントは無効化いたします。無効化したアカウントを再度有効にすることはできません。

実施にあたり、ご本人様のご同意を頂戴したく存じます。
差し支えなければ、本メールに「同意します」とご返信くださいますようお願い申し上げます。

藤井
Amazon Web Services

2025年10月7日(火) 23:40 中村結衣 <{H_RCPT}>:
> 藤井様
>
> ご連絡ありがとうございます。承知しました。
> 念のため、旧アカウントの候補者IDは {H_OLD} です。
>
> 2025年10月7日(火) 14:02 Amazon Web Services <{FORM}>:
> > 中村 結衣 様
> >
> > お世話になっております。AWS トレーニングと認定 カスタマーサポートの藤井でございます。
> >
> > {H_KEEP} へのアカウント統合のご依頼につきまして、現在、担当部署にて登録内容の確認を進めております。
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("nakamura-fujii-ikou-doui"), L("merge_confirmation_requested", c, [H_OLD, H_KEEP], True, "ja"),
             prov="gmail", rcpt=H_RCPT, to_hdr=H_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=subj, body=body)

    # 45 completed ("移行作業が完了", "無効化されました")
    d = dt("2025-10-09 09:51:06")
    txt = f"""中村 結衣 様

お世話になっております。藤井でございます。
ご同意いただき、ありがとうございました。

移行作業が完了し、旧アカウントは無効化されました。
今後は {H_KEEP} にサインインしていただくことで、すべての認定をご確認いただけます。
Credly のバッジにつきましては、数日以内に Credly より受け取りのご案内が届きます。

藤井
Amazon Web Services

2025年10月8日(水) 20:05 中村結衣 <{H_RCPT}>:
> 藤井様
>
> 同意します。AWS-00123098 から {H_KEEP} への移行をお願いいたします。
>
> 中村
>
> 2025年10月8日(水) 15:18 Amazon Web Services <{FORM}>:
> > 中村 結衣 様
> >
> > 旧アカウント AWS-00123098 に登録されている認定資格および受験履歴を、{H_KEEP} へ移行し、
> > 移行後、旧アカウントは無効化いたします。
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("nakamura-fujii-ikou-kanryo"), L("merge_completed", c, [H_KEEP], True, "ja"), prov="gmail",
             rcpt=H_RCPT, to_hdr=H_RCPT, d=d, from_name="Amazon Web Services", from_addr=FORM, subject=subj, body=body)

    # 46 survey
    d = dt("2025-10-10 09:52:31")
    txt = f"""中村 結衣 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
ケース {c} の対応が完了しましたので、ケースをクローズいたしました。

担当者の対応について、5 段階で評価をお願いいたします。
  https://support.aws.amazon.com/feedback/?displayId={c}&lang=ja

お寄せいただいたご意見は、今後のサービス改善に活用させていただきます。
"""
    body = alt(tpart(txt, cte="base64"), tpart(aws_html(txt), "html", cte="base64"), boundary=java_boundary(d))
    aws_send(fn("nakamura-close-hyouka"), L("survey", c, [], True, "ja"), prov="gmail", rcpt=H_RCPT, to_hdr=H_RCPT,
             d=d, from_name="Amazon Web Services", from_addr=FORM,
             subject=f"[CASE {c}] ケースのクローズと評価のお願い", body=body)

    # 47 Credly (en), several badges in one mail after the move
    d = dt("2025-10-11 03:07:59")
    b1, b2 = str(uuid.UUID(int=R.getrandbits(128))), str(uuid.UUID(int=R.getrandbits(128)))
    txt = f"""Hi Yui,

Good news - AWS Training and Certification has issued badges to {H_RCPT}:

 * AWS Certified Cloud Practitioner
   https://www.credly.com/badges/{b1}/accept
 * AWS Certified AI Practitioner
   https://www.credly.com/badges/{b2}/accept

Accept your badges to add them to your Credly profile.

The Credly Team
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"),
               tpart(f"<html><body><p>Hi Yui,</p><p>Good news - AWS Training and Certification has issued badges to {H_RCPT}:</p><ul><li>AWS Certified Cloud Practitioner - <a href='https://www.credly.com/badges/{b1}/accept'>Accept</a></li><li>AWS Certified AI Practitioner - <a href='https://www.credly.com/badges/{b2}/accept'>Accept</a></li></ul><p>The Credly Team</p></body></html>", "html", cte="quoted-printable"))
    credly_send(fn("credly-yui-two-badges"), L("credly_badge_issued", None, [], True, "en"), prov="gmail", rcpt=H_RCPT,
                d=d, from_name="Credly", subject="You have 2 new badges from AWS Training and Certification", body=body)


# ---------------------------------------------------------------- phishing
@chunk
def phishing():
    # 48 look-alike domain asks to "confirm the merge" (authentic for its own domain, not AWS)
    d = dt("2025-10-08 14:22:10", JST)
    txt = f"""中村 結衣 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。
AWS 認定アカウント管理センターでございます。

お客様の名義で登録されている 2 つの認定アカウントについて、統合のお申し込みを受け付けております。
統合を確定するためには、ご本人様確認が必要です。

下記のリンクより 24 時間以内にサインインし、統合内容をご確認のうえ「統合を承認する」ボタンを押してください。
期限内にご確認いただけない場合、両方の認定アカウントが一時的に停止され、保有資格が失効する可能性がございます。

▼統合内容の確認・承認はこちら
https://aws-certification-jp.com/account/merge/confirm?token=8f3a1c2e9b

※本メールは送信専用アドレスからお送りしております。

AWS 認定アカウント管理センター
Amazon Web Services Japan
"""
    html = f"""<html><body style="font-family:Meiryo,sans-serif;"><div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px;">
<img src="https://aws-certification-jp.com/img/aws_logo.png" width="90" alt="aws">
{html_paras(txt).replace('https://aws-certification-jp.com/account/merge/confirm?token=8f3a1c2e9b', '<a href="https://aws-certification-jp.com/account/merge/confirm?token=8f3a1c2e9b" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;">統合を承認する</a>')}
</div></body></html>"""
    body = alt(tpart(txt, cte="base64"), tpart(html, "html", cte="base64"), boundary=gmail_boundary())
    other_send(fn("nakamura-aws-certification-jp-com"), L("merge_confirmation_requested", None, [], False, "ja"),
               prov="gmail", rcpt=H_RCPT, d=d, from_name="AWS 認定サポート", from_addr="support@aws-certification-jp.com",
               subject="【AWS認定】アカウント統合の最終確認のお願い(24時間以内)", body=body,
               ip="185.213.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="mail.aws-certification-jp.com",
               sel="mail", dkim="pass", spf="pass", dmarc="pass", policy="NONE", date_tz=JST)

    # 49 spoofed amazon.com From, topmost A-R fails, forged "pass" header further down
    d = dt("2025-09-12 03:41:00")
    fake_case = case15(dt("2025-09-10 01:02:03"))
    txt = f"""お客様各位

AWS サポートにお問い合わせいただきありがとうございます。

[CASE {fake_case}] お客様の AWS 認定アカウント (AWS-05112873) の統合手続きが完了しました。
統合されたアカウントで認定と特典を確認するには、以下の URL からサインインし、お支払い情報を再確認する必要があります。

https://aws-certmetrics-signin.top/ja/login?case={fake_case}

48 時間以内に再確認されない場合、統合されたアカウントは無効となります。

よろしくお願いいたします。
Amazon Web Services
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"))
    forged = ("mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=lyqrwsilqhdbrwjtplkxv6ckgcyeqyfv;\n"
              "       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")
    other_send(fn("sato-amazon-spoof-kanryo"), L("merge_completed", fake_case, ["AWS05112873"], False, "ja"),
               prov="outlook", rcpt=B_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
               mailfrom="info@mx3.kdn-mailer.xyz", ip="45.134.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
               helo="mx3.kdn-mailer.xyz", dkim=None, dkim_d="", spf="fail", dmarc="fail", policy="QUARANTINE",
               subject=f"RE:[CASE {fake_case}] アカウント統合完了のお知らせ", body=body, forged_lower_ar=forged,
               msgid="<%s@mx3.kdn-mailer.xyz>" % hexs(20))

    # 50 look-alike billing phish (not about the merge)
    d = dt("2025-06-03 22:10:44")
    txt = """【重要】AWS アカウントのお支払い方法の確認が必要です

お客様の AWS アカウントに登録されているクレジットカードで、直近のご請求の決済が完了しておりません。
サービスの停止を避けるため、72 時間以内に以下のページからお支払い情報を更新してください。

お支払い情報を更新する:
https://console-aws-billing.jp-support.net/billing/update

ご不便をおかけいたしますが、何卒よろしくお願いいたします。
アマゾン ウェブ サービス ジャパン 合同会社 請求サポート
"""
    body = tpart(txt, cs="iso-2022-jp", cte="7bit")
    other_send(fn("tanaka-billing-lookalike"), L("unrelated", None, [], False, "ja"), prov="gmail", rcpt=A_RCPT, d=d,
               from_name="AWS 請求サポート", from_addr="billing@aws-jp-support.net", subj_cs="iso-2022-jp",
               subject="【重要】AWSアカウント お支払い方法の更新のお願い", body=body,
               ip="103.152.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="vps-4471.jp-support.net",
               mailfrom="bounce@jp-support.net", dkim=None, dkim_d="", spf="softfail", dmarc="fail", policy="NONE")


# ---------------------------------------------------------------- other Amazon / AWS desks
@chunk
def other_amazon():
    # 51 Amazon Seller Central (Japan) case, same RE:[CASE n] subject style, about merging seller accounts
    d = dt("2025-06-10 04:12:33")
    sc_case = "5884881212"
    txt = f"""こんにちは

Amazon 出品サービスをご利用いただき、ありがとうございます。
セラーサポートの大西です。

お問い合わせいただいた、2 つの出品用アカウントの統合についてご案内いたします。
Amazon では、原則として 1 つの事業者様につき 1 つの出品用アカウントのみご利用いただけます。
ご利用を停止されるアカウントにつきましては、在庫と未払い残高をご確認のうえ、
セラーセントラルの「アカウント情報」>「アカウントの閉鎖」からお手続きください。
出品用アカウント同士のデータを統合することはできかねますので、ご了承ください。

この回答はお役に立ちましたか? 以下のリンクから評価をお願いいたします。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={sc_case}

Amazon セラーサポート
"""
    body = alt(tpart(txt, cte="base64"), tpart(html_paras(txt), "html", cte="base64"))
    other_send(fn("tanaka-sellercentral-case"), L("unrelated", sc_case, [], True, "ja"), prov="gmail", rcpt=A_RCPT,
               d=d, from_name="Amazon.co.jp", from_addr="seller-answers@amazon.co.jp",
               mailfrom=ses_bounce(d), ip=ses_ip(), helo="a8-44.smtp-out.amazonses.com", dkim_d="amazon.co.jp",
               sel="rjt4lyvqe4bvgkfz2wztvjpfz5mzfqvl", policy="QUARANTINE",
               subject=f"RE:[CASE {sc_case}] 出品用アカウントの統合について", body=body, msgid=ses_mid(d))

    # 52 AWS console billing case: consolidated billing / AWS Organizations ("統合" of AWS accounts)
    d = dt("2025-06-18 07:30:05")
    bc = case15(dt("2025-06-16 23:59:12"))
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={bc}&language=ja"
    txt = f"""田中 健太 様

AWS 請求とアカウントサポートの森です。お問い合わせいただき、ありがとうございます。

2 つの AWS アカウント(1234-5678-9012 と 2109-8765-4321)の請求をまとめたいとのご要望について回答いたします。
AWS アカウント自体を 1 つに統合することはできませんが、AWS Organizations の一括請求(コンソリデーティッドビリング)
機能をご利用いただくことで、請求を管理アカウントに集約することが可能です。

手順:
1. 管理アカウントとして利用するアカウントで AWS Organizations を有効化します。
2. もう一方のアカウントを組織に招待し、招待を承認します。
3. 翌月の請求から、管理アカウントにまとめて請求されます。

なお、AWS 認定のアカウントは AWS アカウントとは別のものですので、本手続きの影響はございません。

よろしくお願いいたします。

森
Amazon Web Services

{CONSOLE_FOOTER_JA}
{link}
"""
    body = alt(tpart(txt, cte="quoted-printable"), tpart(aws_html(txt), "html", cte="quoted-printable"),
               boundary=java_boundary(d))
    aws_send(fn("tanaka-console-billing-orgs"), L("unrelated", bc, [], True, "ja"), prov="gmail", rcpt=A_RCPT,
             to_hdr=A_RCPT, d=d, from_name="Amazon Web Services", from_addr=NOREPLY,
             subject=f"RE:[CASE {bc}] 複数アカウントの請求をまとめたい", body=body)

    # 53 Amazon.co.jp customer service: retail accounts cannot be merged
    d = dt("2025-03-20 10:05:41")
    txt = """佐藤 美咲 様

Amazon.co.jp カスタマーサービスの山口です。
お問い合わせいただきありがとうございます。

2 つの Amazon.co.jp アカウントを 1 つにまとめたいとのご依頼について、ご案内いたします。
誠に申し訳ございませんが、Amazon.co.jp では、複数のアカウントの注文履歴や Amazon ポイント、
デジタルコンテンツを統合することはできかねます。
ご利用にならないアカウントは、アカウントサービスの「アカウントの閉鎖」から閉鎖のお手続きが可能です。

ご希望に沿えず大変申し訳ございません。
Amazon.co.jp のまたのご利用をお待ちしております。

今回の対応はお役に立ちましたか?
はい: https://www.amazon.co.jp/gp/help/survey?q=yes
いいえ: https://www.amazon.co.jp/gp/help/survey?q=no

Amazon.co.jp カスタマーサービス
山口
"""
    body = alt(tpart(txt, cs="iso-2022-jp", cte="7bit"), tpart(html_paras(txt), "html", cte="quoted-printable"))
    other_send(fn("sato-amazon-co-jp-cs"), L("unrelated", None, [], True, "ja"), prov="outlook", rcpt=B_RCPT, d=d,
               from_name="Amazon.co.jp", from_addr="cs-reply@amazon.co.jp", mailfrom=ses_bounce(d).replace("email.", "ap-northeast-1."),
               ip=ses_ip(), helo="a27-12.smtp-out.ap-northeast-1.amazonses.com", dkim_d="amazon.co.jp",
               sel="shh3fegwg5fppqsuzphvschd53n6ihuv", policy="QUARANTINE", subj_cs="iso-2022-jp",
               subject="Amazon.co.jp カスタマーサービスからのお問い合わせへの回答", body=body,
               msgid=ses_mid(d, "ap-northeast-1"))


# ---------------------------------------------------------------- other vendors, internal mail
@chunk
def others():
    # 54 CertMetrics "wants to hear from you" (shows a candidate id, but not support)
    d = dt("2025-06-05 16:00:12")
    txt = f"""Dear Kenta Tanaka,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified individual. We are conducting a short survey
about your certification experience and how you use your AWS Certification at work.
The survey takes about 10 minutes to complete.

Candidate ID: {A_NEW}

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=8842

Thank you,
AWS Training and Certification

This message was sent from an unmonitored mailbox. Please do not reply.
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"),
               tpart(html_paras(txt), "html", cte="quoted-printable"))
    other_send(fn("tanaka-certmetrics-hear-from-you"), L("unrelated", None, [A_NEW], False, "en"), prov="gmail",
               rcpt=A_RCPT, d=d, from_name="AWS Certification", from_addr="do-not-reply@certmetrics.com",
               ip="52.167.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="mail.certmetrics.com",
               sel="selector1", subject="AWS Certification wants to hear from you", body=body)

    # 55 Pearson VUE appointment confirmation, Shift_JIS (cp932 characters), Shift_JIS subject
    d = dt("2025-06-20 18:31:50", JST)
    txt = f"""田中 健太 様

Pearson VUE をご利用いただき、誠にありがとうございます。
下記のとおり、試験のご予約を承りましたのでお知らせいたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
① 試験名 : AWS Certified Solutions Architect - Professional (SAP-C02)
② 日時   : 2025年7月12日(土) 13:30~
③ 会場   : オンライン試験(OnVUE)
④ 候補者 ID : {A_NEW}
⑤ 登録 ID  : 512386407
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

試験開始 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験日の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE ジャパン
https://www.pearsonvue.co.jp/
"""
    body = tpart(txt, cs="shift_jis", cte="base64", label="Shift_JIS")
    other_send(fn("tanaka-pearsonvue-yoyaku"), L("unrelated", None, [A_NEW], False, "ja"), prov="gmail", rcpt=A_RCPT,
               d=d, from_name="Pearson VUE", from_addr="pearsonvuejapan@pearson.com",
               ip="159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), helo="mail.pearson.com", sel="pearson2024",
               policy="REJECT", raw_subject=ew("Pearson VUE 試験予約確認のお知らせ", "Shift_JIS", "cp932", per=9),
               date_tz=JST, body=body)

    # 56 Credly's own self-service account merge (code) - not the AWS merge
    d = dt("2025-03-13 12:15:39")
    txt = """Hi Misaki,

We received a request to merge the Credly account registered to
misaki.sato.work@example-corp.co.jp into your account misaki-sato@outlook.jp.

Your verification code is: 739204

Enter this code on the Account Merge page, or click the button below:
Complete Account Merge: https://www.credly.com/users/merge/confirm?code=739204

All badges from the other account will be moved to this account. If you did
not request this, you can ignore this email.

The Credly Team
"""
    body = alt(tpart(txt, cs="us-ascii", cte="7bit", label="us-ascii"),
               tpart("<html><body><p>Hi Misaki,</p><p>We received a request to merge the Credly account registered to misaki.sato.work@example-corp.co.jp into your account misaki-sato@outlook.jp.</p><p>Your verification code is: <b style='font-size:20px'>739204</b></p><p><a href='https://www.credly.com/users/merge/confirm?code=739204'>Complete Account Merge</a></p><p>All badges from the other account will be moved to this account. If you did not request this, you can ignore this email.</p><p>The Credly Team</p></body></html>", "html", cte="quoted-printable"))
    credly_send(fn("credly-misaki-merge-code"), L("unrelated", None, [], True, "en"), prov="outlook", rcpt=B_RCPT, d=d,
                from_name="Credly", subject="Your Credly account merge code", body=body)

    # 57 Credly badge expiry reminder in Japanese
    d = dt("2025-08-12 15:00:02")
    txt = """直樹 さん

AWS Certified Security - Specialty バッジの有効期限が近づいています。

有効期限: 2025年11月11日

有効期限を過ぎると、このバッジはプロフィールで「期限切れ」と表示されます。
認定を更新するには、AWS 認定の再認定要件をご確認ください。

再認定について: https://aws.amazon.com/jp/certification/recertification/
バッジを表示: https://www.credly.com/earner/earned

Credly チーム
"""
    body = alt(tpart(txt, cte="base64"), tpart(html_paras(txt), "html", cte="base64"))
    credly_send(fn("credly-naoki-yuukoukigen"), L("unrelated", None, [], True, "ja"), prov="sonet", rcpt=G_RCPT, d=d,
                from_name="Credly", subject="バッジの有効期限が近づいています: AWS Certified Security - Specialty",
                body=body)

    # 58 社内: HR survey of certification holdings (no Authentication-Results; Shift_JIS with cp932 chars)
    d = dt("2025-07-25 10:12:00", JST)
    txt = """技術本部 各位

お疲れ様です。人事部 教育研修グループの岡田です。

毎年実施しております、AWS 認定資格の保有状況調査のご案内です。
添付のスキルシートに、下記の項目をご記入のうえ、8/8(金)までにご返信ください。

 ① 保有している AWS 認定の名称と取得日
 ② AWS 認定の候補者 ID(AWS から始まる 11 桁)
 ③ 受験費用の会社負担申請の有無

※今年、AWS 認定アカウントの統合(マージ)を行った方は、統合後に残った方の候補者 ID をご記入ください。
  統合の手続き自体は各自で AWS に依頼していただく必要があります。人事部では代行できませんのでご了承ください。

ご不明点は内線 3315 までお問い合わせください。

――――――――――――――――――
㈱東海システムズ 人事部 教育研修グループ
岡田 裕子
TEL: 052-555-3315 / 内線 3315
――――――――――――――――――
"""
    body = mixed(tpart(txt, cs="shift_jis", cte="base64", label="shift_jis"),
                 attach_bytes(b"PK\x03\x04" + bytes(R.getrandbits(8) for _ in range(600)),
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "skillsheet_2025.xlsx"),
                 boundary=outlook_boundary().replace("_000_", "_004_"))
    top = ["Received: from exch02.ad.tokai-sys.co.jp (192.168.10.22) by\n exch01.ad.tokai-sys.co.jp (192.168.10.21) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; %s" % rfc(d + timedelta(seconds=3)),
           "Received: from exch02.ad.tokai-sys.co.jp ([fe80::5d1:8e2a:41b7:c0d3]) by\n exch02.ad.tokai-sys.co.jp ([fe80::5d1:8e2a:41b7:c0d3%%12]) with mapi id\n 15.01.2507.039; %s" % rfc(d + timedelta(seconds=2))]
    sh = [("From", addr("岡田 裕子", "okada-h@tokai-sys.co.jp", "iso-2022-jp")), ("To", "gijutsu-all@tokai-sys.co.jp"),
          ("Subject", ew("【依頼】AWS認定資格の保有状況調査(8/8締切)", "shift_jis", "cp932", per=8)),
          ("Thread-Topic", ew("【依頼】AWS認定資格の保有状況調査(8/8締切)", "shift_jis", "cp932", per=8)),
          ("Thread-Index", "Adv9" + b64s(40)), ("Date", rfc(d)),
          ("Message-ID", "<%s@exch02.ad.tokai-sys.co.jp>" % (hexs(32).upper())),
          ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
          ("X-MS-Has-Attach", "yes"), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthSource", "exch02.ad.tokai-sys.co.jp"), ("MIME-Version", "1.0")]
    write(fn("shanai-jinji-shikaku-chousa"), L("unrelated", None, [], None, "ja"), top, sh, body)

    # 59 社内: colleague replies to Takahashi's forward of the completion mail
    d = dt("2025-07-22 18:05:00", JST)
    subj = f"RE: FW: RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
    txt = f"""高橋さん

お疲れ様です。森です。
共有ありがとうございます。スキルシートの候補者IDは {E_KEEP} に更新しておきました。
旧ID側で申請していた受験費用の精算については、念のため経理に確認してもらえますか。

森

________________________________
差出人: 高橋 誠 <{E_RCPT}>
送信日時: 2025年7月22日 17:40
宛先: 森 翔太 <s-mori@tokai-sys.co.jp>
件名: FW: RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance

森さん

AWS の認定アカウント、統合が終わりました。スキルシートの更新をお願いします。

高橋

________________________________
差出人: Amazon Web Services <{FORM}>
送信日時: 2025年7月22日 17:03
宛先: 高橋 誠 <{E_RCPT}>
件名: RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance

高橋 誠 様

お世話になっております。佐々木でございます。

ご確認ありがとうございました。大変お待たせいたしましたが、{E_OLD} から {E_KEEP} への
統合作業が完了いたしました。
"""
    body = alt(tpart(txt, cs="iso-2022-jp", cte="7bit"), tpart("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:'Yu Gothic',Meiryo;font-size:11pt\">" + html_paras(txt) + "</div></body></html>", "html", cte="quoted-printable"),
               boundary=outlook_boundary())
    top = ["Received: from exch02.ad.tokai-sys.co.jp (192.168.10.22) by\n exch01.ad.tokai-sys.co.jp (192.168.10.21) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; %s" % rfc(d + timedelta(seconds=2))]
    sh = [("From", addr("森 翔太", "s-mori@tokai-sys.co.jp", "iso-2022-jp")), ("To", E_TO),
          ("Subject", enc_subject(subj, "iso-2022-jp")), ("Date", rfc(d)),
          ("Message-ID", "<%s@exch02.ad.tokai-sys.co.jp>" % hexs(32).upper()),
          ("In-Reply-To", "<%s@exch01.ad.tokai-sys.co.jp>" % hexs(32).upper()),
          ("Thread-Index", "Adv6" + b64s(52)), ("Content-Language", "ja-JP"),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("MIME-Version", "1.0")]
    write(fn("shanai-mori-re-fw-kanryo"), L("unrelated", E_CASE, [E_KEEP], None, "ja"), top, sh, body)

    # 60 Backlog: pull request "merged" notification
    d = dt("2025-06-25 14:48:31", JST)
    txt = """田中 健太 さん

佐野 拓也 さんがプルリクエストをマージしました。

プロジェクト: KT-APP
リポジトリ : api-server
プルリクエスト: #42 アカウント統合APIの追加
ブランチ   : feature/account-merge → main

コメント:
レビューありがとうございました。マージしました。
アカウント統合時の重複チェックは次の PR で対応します。

https://kt-app.backlog.jp/git/KTAPP/api-server/pullRequests/42

--
このメールは Backlog から自動送信されています。
通知設定の変更: https://kt-app.backlog.jp/EditNotificationSetting.action
"""
    body = tpart(txt, cte="base64")
    other_send(fn("tanaka-backlog-pr-merged"), L("unrelated", None, [], False, "ja"), prov="gmail", rcpt=A_RCPT, d=d,
               from_name="Backlog", from_addr="no-reply@backlog.jp", ip="52.193.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
               helo="mail-out.backlog.jp", sel="bl1", policy="NONE", date_tz=JST,
               subject="[KT-APP] プルリクエスト #42 「アカウント統合APIの追加」がマージされました", body=body)


# ---- END MAILS ----


# ================================================================ checks
def decoded_text(msg):
    out = []
    for h in ("Subject", "From", "To"):
        v = msg.get(h)
        if v:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(v)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            cs = {"shift_jis": "cp932", "x-sjis": "cp932"}.get(cs.lower(), cs)
            try:
                out.append(raw.decode(cs))
            except Exception:
                out.append(raw.decode("utf-8", "replace"))
    return "\n".join(out)


def check():
    ok = True
    names = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(names) != set(LABELS):
        print("MISMATCH files/labels", set(names) ^ set(LABELS))
        ok = False
    for f in names:
        raw = open(os.path.join(OUT, f), "rb").read()
        msg = message_from_bytes(raw)
        if msg.defects:
            print(f, "defects", msg.defects)
        txt = unicodedata.normalize("NFKC", decoded_text(msg))
        squash = re.sub(r"[\s\-]", "", txt).upper()
        lab = LABELS.get(f)
        if not lab:
            continue
        if lab["case_id"] and lab["case_id"] not in txt:
            print(f, "case id not in text", lab["case_id"]); ok = False
        for a in lab["account_ids"]:
            if not re.fullmatch(r"AWS\d{8}", a):
                print(f, "bad id format", a); ok = False
            if a not in squash:
                print(f, "account id not in text", a); ok = False
        has_ar = "Authentication-Results" in msg
        if lab["sender_verified"] is None and has_ar:
            print(f, "null verified but has A-R"); ok = False
        if lab["sender_verified"] is not None and not has_ar:
            print(f, "verified set but no A-R"); ok = False
    return ok


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    build()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)
    from collections import Counter
    print(len(LABELS), "mails", Counter(v["kind"] for v in LABELS.values()))
    print("check ok" if check() else "CHECK FAILED")
