#!/usr/bin/env python3
"""Generator for blind set 303: end of the AWS Certification account-merge case.

Writes NNN-*.eml files and labels.json next to this script.
Emphasis: completions, closures (agent and automatic), surveys, Credly mails
(issued / accepted / transferred / expiring) and Credly look-alikes; EN + JA.
"""
import base64
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(30303)
LABELS = {}
MAILS = []
CASES = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9), "JST")


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- time / ids
def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz) + timedelta(seconds=rng.randint(0, 59))


def case15(opened):
    """15-digit display id: Unix time of opening + 5 digits."""
    return f"{int(opened.timestamp())}{rng.randint(0, 99999):05d}"


def rfc(d, tz=None, paren=False):
    if tz is not None:
        d = d.astimezone(tz)
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    if paren:
        name = d.tzname() or ""
        if name and not name.startswith("UTC"):
            s += f" ({name})"
    return s


def rfc_nopad(d, tz=None):
    # Gmail/SES style "Tue, 3 Jun 2025 ..."
    if tz is not None:
        d = d.astimezone(tz)
    return f"{d.strftime('%a')}, {d.day} {d.strftime('%b %Y %H:%M:%S %z')}"


def us_pacific(d):
    # crude DST rule good enough for fixtures
    off = -7 if 3 <= d.month <= 10 else -8
    return timezone(timedelta(hours=off), "PDT" if off == -7 else "PST")


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(rng.randbytes(nbytes)).decode()


def fold(s, width=72, indent="\t"):
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(lines)


def ses_mid(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = f"{region}.amazonses.com" if region else "email.amazonses.com"
    return f"<0100{ms:012x}-{ruuid()}-000000@{host}>"


def ses_env(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = f"{region}.amazonses.com" if region else "email.amazonses.com"
    return f"0100{ms:012x}-{ruuid()}-000000@{host}"


def ew(s, charset="utf-8", enc=None):
    """Encoded-word for a header value (folds long values)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        h = Header(s, charset)
        return h.encode(maxlinelen=76, linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


# ---------------------------------------------------------------- MIME parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    """A single text part. charset = real encoding, label = charset written in header."""
    m = Message()
    raw = text.encode(codec or charset)
    lab = label or charset
    m["Content-Type"] = f'text/{subtype}; charset="{lab}"' if rng.random() < 0.6 else f"text/{subtype}; charset={lab}"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def alt(plain, html_, boundary=None, **kw):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(part(plain, "plain", **kw))
    m.attach(part(html_, "html", **kw))
    return m


def java_boundary():
    return f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}.{rng.randint(1700000000000, 1760000000000)}"


def ruby_boundary():
    return f"--==_mimepart_{rhex(13)}_{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


def gmail_boundary():
    return "0000000000" + rhex(18)


def outlook_boundary():
    return f"_000_{ralnum(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"


def esc(s):
    return htmlmod.escape(s).replace("\n", "<br>\n")


def html_doc(inner, lang="en", title=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><title>{htmlmod.escape(title)}</title></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f"{inner}\n</body></html>\n")


def simple_html(new, quoted=None, lang="en"):
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in new.strip().split("\n\n"))
    q = ""
    if quoted:
        q = ('<div style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px;color:#555">'
             f"{esc(quoted.strip())}</div>\n")
    return html_doc(paras + q, lang)


def ser(m):
    if "MIME-Version" in m:
        del m["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------- traces
SES_IPS = [("a8-22", "54.240.8.22"), ("a8-41", "54.240.8.41"), ("a48-110", "54.240.48.110"),
           ("a27-57", "54.240.27.57"), ("a11-91", "54.240.11.91"), ("a9-30", "54.240.9.30")]
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
AMZ_SEL = ["rjt5t6ghlunpouhl3vdcxwuu3pdnmdbh", "taugkdo4wuyf3cqh5nmsnxrxezkp2ocw", "y2umhvbeqdgxnnhnpwm4ywtydvzzk2w3"]


def gmail_trace(t, rcpt, helo, ip, envfrom, dkims, spf, dmarc, hfrom, pol="QUARANTINE"):
    """dkims: list of (domain, selector, result)."""
    tz = us_pacific(t)
    lt = rfc_nopad(t, tz) + f" ({tz.tzname(None)})"
    dk = "".join(f"\n       dkim={r} header.i=@{d} header.s={s} header.b={rb64(6)[:8]};" for d, s, r in dkims)
    spf_txt = {"pass": f"spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom}",
               "fail": f"spf=fail (google.com: domain of {envfrom} does not designate {ip} as permitted sender) smtp.mailfrom={envfrom}",
               "softfail": f"spf=softfail (google.com: domain of transitioning {envfrom} does not designate {ip} as permitted sender) smtp.mailfrom={envfrom}",
               "neutral": f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {envfrom}) smtp.mailfrom={envfrom}"}[spf]
    dm = f"dmarc={dmarc} (p={pol} sp={pol} dis={'NONE' if dmarc == 'pass' else pol}) header.from={hfrom}"
    if dmarc == "none":
        dm = f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={hfrom}"
    ar = f"mx.google.com;{dk}\n       {spf_txt};\n       {dm}"
    ts = int(t.timestamp())
    return [
        ("Delivered-To", rcpt),
        ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6)}csp{rng.randint(100000, 9999999)}{ralnum(3)};\n        {lt}"),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:86]),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20)}.{rng.randint(1, 40)}.{rng.randint(1000000000000, 9999999999999)};\n        {lt}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold(rb64(256), 70, '        ')}"),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold(rb64(256), 70, '        ')}"),
        ("ARC-Authentication-Results", f"i=1; {ar}"),
        ("Return-Path", f"<{envfrom}>"),
        ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(10)}-{rhex(6)}.{rng.randint(100, 999)}.{rng.randint(2025, 2025)}.{rhex(8)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {lt}"),
        ("Received-SPF", spf_txt.replace("spf=", "", 1).split(" smtp.mailfrom")[0] + f" client-ip={ip};"),
        ("Authentication-Results", ar),
    ]


def outlook_trace(t, helo, ip, envdom, dkim_d, dkim_res, dmarc, hfrom, consumer=True):
    """Outlook/Exchange Online: Authentication-Results has no authserv-id."""
    p = lambda: f"{ralnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{rng.randint(1, 9)}PR{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}"
    srv_a, srv_b = p(), p()
    fe = f"{ralnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}PEPF0000{rhex(4).upper()}"
    region = "namprd" + str(rng.randint(10, 20)) if consumer else "apcprd0" + str(rng.randint(1, 6))
    ut = lambda s: rfc_nopad(t + timedelta(seconds=s), UTC)
    if dmarc == "pass":
        dm = f"dmarc=pass action=none\n header.from={hfrom};compauth=pass reason=100"
    elif dmarc == "fail":
        dm = f"dmarc=fail action=quarantine\n header.from={hfrom};compauth=fail reason=000"
    else:
        dm = f"dmarc=none action=none\n header.from={hfrom};compauth=softpass reason=201"
    dk = "dkim=pass (signature was verified)" if dkim_res == "pass" else ("dkim=none (message not signed)" if dkim_res == "none" else "dkim=fail (body hash did not verify)")
    spf = "pass" if dmarc != "fail" else "softfail"
    ar = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}; {dk}\n header.d={dkim_d};{dm}")
    return [
        ("Received", f"from {srv_a}.{region}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {srv_b}.{region}.prod.outlook.com with HTTPS; {ut(3)}"),
        ("Received", f"from {fe}.{region}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}:cafe::{rhex(2)}) by\n {srv_a}.{region}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{rng.randint(8000, 8999)}.{rng.randint(10, 40)}; {ut(2)}"),
        ("Authentication-Results", ar),
        ("Received-SPF", (f"Pass (protection.outlook.com: domain of {envdom} designates\n {ip} as permitted sender)" if spf == "pass" else
                          f"SoftFail (protection.outlook.com: domain of transitioning\n {envdom} discourages use of {ip} as permitted sender)")
         + f" receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};"),
        ("Received", f"from {helo} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{rng.randint(1, 250)}.{rng.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 8999)}.{rng.randint(10, 40)} via\n Frontend Transport; {ut(1)}"),
    ]


def jp_trace(t, provider, helo, ip, envfrom, dkim_d, dkim_res, spf, dmarc, hfrom, rcpt):
    """Japanese ISP / corporate gateway style."""
    jt = rfc(t + timedelta(seconds=2), JST)
    hosts = {"nifty": ("mx-ay{n}.nifty.com", "mta-snd{n}.nifty.com"),
             "biglobe": ("mfilter{n}.biglobe.ne.jp", "mbox{n}.biglobe.ne.jp"),
             "sonet": ("msc{n}.so-net.ne.jp", "mail{n}.so-net.ne.jp"),
             "ocn": ("mfgw{n}.ocn.ad.jp", "mbox{n}.ocn.ne.jp"),
             "corp": ("mgw0{n}.kitakaze-soft.co.jp", "mbx0{n}.kitakaze-soft.co.jp")}[provider]
    mx = hosts[0].format(n=rng.randint(1, 9))
    mb = hosts[1].format(n=rng.randint(1, 9))
    ar = (f"{mx}; spf={spf} smtp.mailfrom={envfrom};\n\tdkim={dkim_res} header.d={dkim_d} header.i=@{dkim_d};\n"
          f"\tdmarc={dmarc} header.from={hfrom}")
    return [
        ("Return-Path", f"<{envfrom}>"),
        ("Received", f"from {mx} by {mb} (Postfix) with ESMTP id {ralnum(10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {jt}"),
        ("Authentication-Results", ar),
        ("Received", f"from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {ralnum(14, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\n\tfor <{rcpt}>; {rfc(t + timedelta(seconds=1), JST)}"),
    ]


def generic_trace(t, authserv, helo, ip, envfrom, dkims, spf, dmarc, hfrom, rcpt, by):
    dk = "".join(f"\n\tdkim={r} ({'2048-bit key; unprotected' if r == 'pass' else 'signature verification failed'}) header.d={d} header.i=@{d} header.b=\"{rb64(6)[:8]}\";" for d, s, r in dkims)
    ar = f"{authserv};{dk}\n\tspf={spf} smtp.mailfrom={envfrom};\n\tdmarc={dmarc} header.from={hfrom}"
    return [
        ("Return-Path", f"<{envfrom}>"),
        ("Received", f"from {helo} ({helo} [{ip}])\n\tby {by} with ESMTPS id {ralnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n\tfor <{rcpt}>; {rfc(t + timedelta(seconds=1))}"),
        ("Authentication-Results", ar),
    ]


def ses_sender_hdrs(t, from_h, to_h, subject, mid, region="us-east-1", dkim_d="amazon.com", extra=()):
    ts = int(t.timestamp())
    h = [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={rng.choice(AMZ_SEL)}; d={dkim_d}; t={ts};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={rb64(32)};\n\tb={fold(rb64(256), 72)}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={SES_SEL}; d=amazonses.com; t={ts};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={rb64(32)};\n\tb={fold(rb64(256), 72)}"),
        ("From", from_h),
        ("To", to_h),
        ("Subject", ew(subject)),
        ("Date", rfc_nopad(t, UTC).replace("+0000", "+0000 (UTC)")),
        ("Message-ID", mid),
    ]
    h += list(extra)
    h += [("X-SES-Outgoing", f"{t.strftime('%Y.%m.%d')}-{rng.choice(SES_IPS)[1]}"),
          ("Feedback-ID", f"::1.{region}.{rb64(32)}:AmazonSES")]
    return h


def aws_mail(t, rcpt, provider, from_h, to_h, subject, region="us-east-1", verdict="pass", extra=()):
    """Full header block of a genuine (or spoofed) AWS SES mail as received by provider."""
    helo_short, ip = rng.choice(SES_IPS)
    helo = f"{helo_short}.smtp-out.amazonses.com"
    envfrom = ses_env(t, region if region != "us-east-1" else None)
    rt = t + timedelta(seconds=rng.randint(1, 4))
    dres = "pass" if verdict == "pass" else "fail"
    if provider == "gmail":
        tr = gmail_trace(rt, rcpt, helo, ip, envfrom, [("amazon.com", rng.choice(AMZ_SEL), dres), ("amazonses.com", SES_SEL, "pass")], "pass", verdict, "amazon.com")
    elif provider in ("outlook", "o365"):
        tr = outlook_trace(rt, helo, ip, envfrom.split("@")[1], "amazon.com", dres, verdict, "amazon.com", provider == "outlook")
    elif provider in ("nifty", "biglobe", "sonet", "ocn", "corp"):
        tr = jp_trace(rt, provider, helo, ip, envfrom, "amazon.com", dres, "pass", verdict, "amazon.com", rcpt)
    elif provider == "yahoo":
        tr = [("Received", f"from 10.217.{rng.randint(1, 250)}.{rng.randint(1, 250)}\n by atlas{rng.randint(100, 330)}.free.mail.ne1.yahoo.com with HTTP; {rfc(rt)}"),
              ("Return-Path", f"<{envfrom}>"),
              ("Received", f"from {ip} (EHLO {helo})\n by {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(1, 250)}.{rng.randint(1, 250)} with SMTP; {rfc(rt)}"),
              ("Authentication-Results", f"atlas{rng.randint(100, 330)}.free.mail.ne1.yahoo.com;\n dkim={dres} header.i=@amazon.com header.s={rng.choice(AMZ_SEL)};\n dkim=pass header.i=@amazonses.com header.s={SES_SEL};\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc={verdict}(p=QUARANTINE) header.from=amazon.com;")]
    elif provider == "fastmail":
        tr = generic_trace(rt, "mx4.messagingengine.com", helo, ip, envfrom, [("amazon.com", "", dres), ("amazonses.com", "", "pass")], "pass", f"{verdict} policy.published-domain-policy=quarantine", "amazon.com", rcpt, "mx4.messagingengine.com (Postfix)")
    elif provider == "proton":
        tr = generic_trace(rt, "mail.protonmail.ch", helo, ip, envfrom, [("amazon.com", "", dres), ("amazonses.com", "", "pass")], "pass", f"{verdict} (p=quarantine dis=none)", "amazon.com", rcpt, "mailin027.protonmail.ch (Postfix)")
    elif provider is None:
        dom = rcpt.split("@")[1]
        tr = [("Return-Path", f"<{envfrom}>"),
              ("Received", f"from mail-in{rng.randint(1, 4)}.{dom} (10.1.{rng.randint(1, 250)}.{rng.randint(1, 250)})\n\tby mbox{rng.randint(10, 40)}.{dom} (Cyrus v2.4.17) with LMTPA; {rfc(rt + timedelta(seconds=1), timezone(timedelta(hours=1), 'IST'))}"),
              ("Received", f"from {helo} ({helo} [{ip}])\n\tby mail-in{rng.randint(1, 4)}.{dom} (Postfix) with ESMTP id {ralnum(10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(rt, timezone(timedelta(hours=1), 'IST'))}")]
    else:
        raise ValueError(provider)
    return tr + ses_sender_hdrs(t, from_h, to_h, subject, ses_mid(t, region if region != "us-east-1" else None), region, extra=extra)


CREDLY_IPS = [("o1.email.credly.com", "149.72.123.24"), ("o2.email.credly.com", "167.89.101.42"), ("o3.email.credly.com", "149.72.37.201")]


def credly_mail(t, rcpt, provider, from_h, to_h, subject, hdom="credly.com", verdict="pass", extra=()):
    helo, ip = rng.choice(CREDLY_IPS)
    if hdom != "credly.com":
        helo = helo.replace("credly.com", hdom)
    envfrom = f"bounces+{rng.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em{rng.randint(100, 9999)}.{hdom}"
    rt = t + timedelta(seconds=rng.randint(2, 20))
    dres = "pass" if verdict == "pass" else "fail"
    if provider == "gmail":
        tr = gmail_trace(rt, rcpt, helo, ip, envfrom, [(hdom, "s1", dres), ("sendgrid.info", "smtpapi", "pass")], "pass", verdict, hdom, pol="REJECT")
    elif provider in ("outlook", "o365"):
        tr = outlook_trace(rt, helo, ip, envfrom.split("@")[1], hdom, dres, verdict, hdom, provider == "outlook")
    elif provider in ("nifty", "biglobe", "sonet", "ocn", "corp"):
        tr = jp_trace(rt, provider, helo, ip, envfrom, hdom, dres, "pass", verdict, hdom, rcpt)
    elif provider == "yahoo":
        tr = [("Received", f"from 10.217.{rng.randint(1, 250)}.{rng.randint(1, 250)}\n by atlas{rng.randint(100, 330)}.free.mail.bf1.yahoo.com with HTTP; {rfc(rt)}"),
              ("Return-Path", f"<{envfrom}>"),
              ("Received", f"from {ip} (EHLO {helo})\n by {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(1, 250)}.{rng.randint(1, 250)} with SMTP; {rfc(rt)}"),
              ("Authentication-Results", f"atlas{rng.randint(100, 330)}.free.mail.bf1.yahoo.com;\n dkim={dres} header.i=@{hdom} header.s=s1;\n dkim=pass header.i=@sendgrid.info header.s=smtpapi;\n spf=pass smtp.mailfrom={envfrom.split('@')[1]};\n dmarc={verdict}(p=REJECT) header.from={hdom};")]
    elif provider == "fastmail":
        tr = generic_trace(rt, "mx2.messagingengine.com", helo, ip, envfrom, [(hdom, "s1", dres), ("sendgrid.info", "smtpapi", "pass")], "pass", verdict, hdom, rcpt, "mx2.messagingengine.com (Postfix)")
    else:
        raise ValueError(provider)
    ts = int(t.timestamp())
    sh = [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={hdom};\n\th=content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:to:cc:content-type:from:subject:to;\n\ts=s1; bh={rb64(32)};\n\tb={fold(rb64(256), 72)}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:to:cc:content-type:from:subject:to;\n\ts=smtpapi; bh={rb64(32)};\n\tb={fold(rb64(256), 72)}"),
        ("Date", rfc(t)),
        ("From", from_h),
        ("Reply-To", f"no-reply@{hdom}"),
        ("To", to_h),
        ("Message-ID", f"<{rhex(24)}_{rng.randint(10, 99)}@{'credly-prod-mailer-' + ralnum(5)}.mail>"),
        ("Subject", ew(subject)),
        ("List-Unsubscribe", f"<https://www.{hdom}/notification_settings?token={ralnum(24)}>"),
        ("X-SG-EID", "\n " + fold(rb64(96), 70, " ")),
    ]
    sh += list(extra)
    return tr + sh


# ---------------------------------------------------------------- labels / output
ID_RE = re.compile(r"(?i)\baws[\s\-_]?(\d{8})(?!\d)")


def ids_in(*texts):
    out = set()
    for t in texts:
        for m in ID_RE.finditer(t or ""):
            out.add("AWS" + m.group(1))
    return sorted(out)


def emit(fname, hdrs, body, kind, case_id, new_text, verified, lang, crlf=False, ids=None):
    assert fname not in LABELS, fname
    hb = "".join(f"{k}: {v}\n" for k, v in hdrs) + "MIME-Version: 1.0\n"
    raw = hb.encode("ascii") + ser(body)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    LABELS[fname] = {"kind": kind, "case_id": case_id,
                     "account_ids": ids if ids is not None else ids_in(new_text),
                     "sender_verified": verified, "language": lang}


# ---------------------------------------------------------------- common text
AWS_FORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY_AWS = addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")

RATE_FOOTER = ("We value your feedback. Please share your experience by rating this correspondence "
               "using the AWS Support Center link at the end of this correspondence. Each correspondence "
               "can also be rated by selecting the stars in top right corner of each correspondence within "
               "the AWS Support Center.\n\n"
               "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
               "trademark of Amazon.com, Inc. or its affiliates.")

FORM_FOOTER = ("Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
               "trademark of Amazon.com, Inc. or its affiliates.")


def console_links(case_id, lang="en"):
    return (f"To see all the correspondence on this case, please visit: "
            f"https://support.console.aws.amazon.com/support/home#/case/?displayId={case_id}&language={lang}\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "Please use the link above if you need to contact us again about this same issue.")


# ================================================================ MAILS
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def orig_block(frm, sent, to, subj, body):
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body.strip()}\n")


@mail
def m001():
    opened = dt("2025-05-20 09:14")
    cid = CASES["okafor"] = case15(opened)
    t = dt("2025-05-22 16:41")
    rcpt = "d.okafor.cloud@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Daniel,\n\n"
           "Your accounts have been merged. AWS03817264 is the account that stays active, "
           "AWS06620193 has been closed.\n\n"
           "Regards,\nSandeep\nAWS Training and Certification\n")
    quoted = orig_block(rcpt, "Thursday, May 22, 2025 7:03 AM", "aws-cs-trainingcertification-form@amazon.com",
                        subj, "Hi Sandeep,\n\nYes, the details are correct. Please proceed with the merge.\n\nThanks,\nDaniel") + "\n" + \
        orig_block("aws-cs-trainingcertification-form@amazon.com", "Wednesday, May 21, 2025 11:26 PM", rcpt, subj,
                   "Hello Daniel,\n\nWe have located the following accounts:\n\n"
                   "Account to keep: AWS03817264 (d.okafor.cloud@gmail.com)\n"
                   "Account to merge: AWS06620193 (daniel.okafor@brightpath-logistics.com)\n\n"
                   "Please note that once accounts are merged the action cannot be reversed. "
                   "Reply to this email to confirm that the information above is correct.\n\n"
                   "Regards,\nSandeep\nAWS Training and Certification")
    body = part(new + "\n" + quoted + "\n" + FORM_FOOTER + "\n", "plain", "utf-8", "quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("001-terse-merge-done-form-gmail.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m002():
    opened = dt("2025-06-02 18:05")
    cid = CASES["raman"] = case15(opened)
    t = dt("2025-06-05 10:12")
    rcpt = "priya.raman@outlook.com"
    subj = f"RE: [CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Priya,\n\n"
           "Thank you for your patience while we worked on your request.\n\n"
           "I'm happy to confirm that the merge of your AWS Certification accounts has now been completed. "
           "Here is a summary of what was done:\n\n"
           "  \u2022 Surviving account: AWS 09128834 (sign-in: priya.raman@outlook.com)\n"
           "  \u2022 Merged and deactivated: AWS 04471920 (sign-in: praman@northwind-systems.com)\n\n"
           "All certifications, exam history and benefits from the deactivated account now appear under "
           "AWS 09128834. This includes your AWS Certified Solutions Architect \u2013 Associate and "
           "AWS Certified Developer \u2013 Associate.\n\n"
           "Next steps for your digital badges\n"
           "1. Credly will re-issue your badges to the e-mail address of the surviving account. "
           "You should receive an e-mail from admin@credly.com within 3\u20135 business days.\n"
           "2. When it arrives, click \u201cAccept your badge\u201d and sign in to (or create) the Credly account "
           "that uses priya.raman@outlook.com.\n"
           "3. If the badges are still showing only on your old Credly profile after 5 business days, "
           "simply reply to this e-mail and we will raise it with the Credly team for you.\n\n"
           "We also recommend that you sign in at https://www.aws.training/Certification and check that your "
           "benefits, such as the 50% exam discount voucher, are listed under Benefits.\n\n"
           "Please remember that a merge cannot be reversed. If you have any other questions, feel free to reply "
           "to this e-mail.\n\n"
           "Kind regards,\n\nMariana G.\nAWS Training and Certification Customer Support\n")
    quoted = ("From: Priya Raman <priya.raman@outlook.com>\nSent: Wednesday, June 4, 2025 09:47\n"
              "To: aws-cs-trainingcertification-form@amazon.com\n"
              f"Subject: RE: [CASE {cid}] {FORM_SUBJ}\n\n"
              "Hello Mariana,\nI confirm: please keep AWS09128834 and merge AWS04471920 into it.\n"
              "Best regards,\nPriya\n")
    plain = new + "\n________________________________\n" + quoted + "\n" + FORM_FOOTER + "\n"
    htm = simple_html(new, quoted)
    body = alt(plain, htm, boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_FORM, rcpt, subj)
    emit("002-long-merge-complete-badge-next-steps.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m003():
    opened = dt("2025-06-02 18:05")
    cid = CASES["bianchi"] = case15(opened)
    t = dt("2025-06-06 02:30")
    rcpt = "m.bianchi.dev@gmail.com"
    subj = f"How did we do? Your AWS Training and Certification case {cid}"
    stars = "".join(
        f'<td style="padding:4px"><a href="https://survey.aws-support.amazon.com/r?c={cid}&amp;s={i}&amp;t={ralnum(20)}" '
        f'style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #879596;'
        f'border-radius:18px;color:#16191f;text-decoration:none">{i}</a></td>' for i in range(1, 6))
    inner = (
        '<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">'
        '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="28"></td></tr>'
        '<tr><td style="padding:24px">'
        '<p>Hello Marco,</p>'
        f'<p>Your case <b>{cid}</b> &ndash; <i>Account Merge</i> &ndash; has been marked as resolved.</p>'
        '<p>We would love to hear about your experience. On a scale of 1 (very dissatisfied) to 5 (very satisfied), '
        'how satisfied were you with the support you received?</p>'
        f'<table><tr>{stars}</tr></table>'
        '<p style="font-size:12px;color:#545b64">The survey takes less than a minute. Your answers help us improve '
        'AWS Training and Certification support.</p>'
        '<p>If your issue is not resolved, simply reply to the last message you received from our team and the case will be reopened.</p>'
        '<p>Thank you,<br>AWS Training and Certification</p>'
        '</td></tr>'
        '<tr><td style="padding:12px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. '
        'This message was produced and distributed by Amazon Web Services, Inc. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>'
        '</table>')
    body = part(html_doc(inner, title="AWS Support survey"), "html", "utf-8", "base64")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_NOREPLY, rcpt, subj)
    emit("003-survey-html-only-1to5.eml", hdrs, body, "survey", cid, "", True, "en")


@mail
def m004():
    opened = dt("2025-03-11 13:22")
    cid = case15(opened)
    t = dt("2025-03-18 04:10")
    rcpt = "lucas@moreau.fm"
    subj = f"[Case {cid}] Case resolved"
    new = ("Hello,\n\n"
           f"We have resolved your AWS Support case {cid}.\n\n"
           "Case details\n"
           f"Case ID: {cid}\n"
           "Subject: Merge two AWS Certification accounts\n"
           "Severity: General guidance\n"
           "Status: Resolved\n\n"
           "If you need more help with this issue, you can reopen the case within 14 days from the AWS Support Center. "
           "After that, please open a new case and include this case ID.\n\n"
           + console_links(cid) + "\n\n"
           "Amazon Web Services\n")
    body = part(new, "plain", "utf-8", "7bit")
    hdrs = aws_mail(t, rcpt, "fastmail", AWS_NOREPLY, rcpt, subj)
    emit("004-console-case-resolved-no-rating.eml", hdrs, body, "survey", cid, new, True, "en")


CREDLY_FOOT = ("You're receiving this email because Amazon Web Services Training and Certification issued you a badge "
               "through Credly.\nManage email preferences: https://www.credly.com/notification_settings\n\n"
               "Credly, Inc. | 55 Broad Street, New York, NY 10004")


def credly_html(greeting, lines, button, button_url, badge_name, img):
    ps = "".join(f'<p style="margin:0 0 14px 0">{l}</p>' for l in lines)
    return html_doc(
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">'
        '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">'
        '<tr><td style="padding:24px 32px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/logo/credly-logo.png" alt="Credly" width="96"></td></tr>'
        f'<tr><td align="center" style="padding:24px"><img src="{img}" alt="{htmlmod.escape(badge_name)}" width="160"></td></tr>'
        f'<tr><td style="padding:0 32px 8px 32px"><h2 style="font-weight:600">{greeting}</h2>{ps}</td></tr>'
        f'<tr><td align="center" style="padding:8px 32px 32px 32px"><a href="{button_url}" style="background:#ff6b00;color:#fff;'
        f'padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></td></tr>'
        '<tr><td style="padding:16px 32px;font-size:11px;color:#777;background:#fafafa">'
        + esc(CREDLY_FOOT) + '</td></tr></table></td></tr></table>')


def badge_img():
    return f"https://images.credly.com/size/340x340/images/{ruuid()}/image.png"


@mail
def m005():
    t = dt("2025-05-23 02:17")
    rcpt = "d.okafor.cloud@gmail.com"
    badge = "AWS Certified Solutions Architect \u2013 Associate"
    subj = ew(f"Congratulations, Daniel! You've earned the {badge} badge")
    url = f"https://www.credly.com/badges/{ruuid()}?source=email-badge-issued&amp;utm_medium=email"
    plain = ("Congratulations, Daniel!\n\n"
             f"Amazon Web Services Training and Certification has issued you a new badge: {badge}.\n\n"
             "Accept your badge to manage, share and verify your achievement:\n"
             f"{url.replace('&amp;', '&')}\n\n"
             "Once accepted, you can add the badge to LinkedIn, your email signature or your resume.\n\n"
             + CREDLY_FOOT + "\n")
    htm = credly_html("Congratulations, Daniel!", [
        f"Amazon Web Services Training and Certification has issued you a new badge: <b>{htmlmod.escape(badge)}</b>.",
        "Accept your badge to manage, share and verify your achievement."], "Accept your badge", url, badge, badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "gmail", CREDLY_AWS, rcpt, subj)
    emit("005-credly-badge-issued-saa.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m006():
    t = dt("2025-06-06 21:48")
    rcpt = "priya.raman@outlook.com"
    subj = "Your Amazon Web Services badges have been moved to this email address"
    plain = ("Hi Priya,\n\n"
             "Amazon Web Services Training and Certification has updated the recipient of the following badges, "
             "which were previously issued to a different email address. They are now waiting for you on this "
             "account:\n\n"
             "  - AWS Certified Solutions Architect - Associate\n"
             "  - AWS Certified Developer - Associate\n\n"
             "Accept each badge to show it on your Credly profile. Badges that are not accepted remain private.\n\n"
             "View and accept your badges: https://www.credly.com/earner/earned?source=email-badge-transfer\n\n"
             "Why did I get this? This usually happens when an issuer consolidates two of your learner records "
             "into one. Your badge history and original issue dates are kept.\n\n" + CREDLY_FOOT + "\n")
    htm = credly_html("Hi Priya,", [
        "Amazon Web Services Training and Certification has updated the recipient of the following badges, which were "
        "previously issued to a different email address. They are now waiting for you on this account:",
        "&bull; AWS Certified Solutions Architect - Associate<br>&bull; AWS Certified Developer - Associate",
        "Accept each badge to show it on your Credly profile. Badges that are not accepted remain private.",
        "<i>Why did I get this?</i> This usually happens when an issuer consolidates two of your learner records into one. "
        "Your badge history and original issue dates are kept."],
        "View and accept badges", "https://www.credly.com/earner/earned?source=email-badge-transfer", "AWS badges", badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "outlook", CREDLY_AWS, rcpt, subj)
    emit("006-credly-badges-moved-after-merge.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m007():
    t = dt("2025-07-14 15:02")
    rcpt = "d.okafor.cloud@gmail.com"
    badge = "AWS Certified Cloud Practitioner"
    subj = f"Reminder: your {badge} badge expires in 60 days"
    plain = ("Hi Daniel,\n\n"
             f"Your {badge} badge, issued by Amazon Web Services Training and Certification, will expire on "
             "September 12, 2025.\n\n"
             "After that date the badge will still be visible on your profile but will be marked as expired. "
             "To keep it current, follow the issuer's recertification requirements.\n\n"
             "Learn how to recertify: https://aws.amazon.com/certification/recertification/\n"
             "View your badge: https://www.credly.com/badges/" + ruuid() + "\n\n" + CREDLY_FOOT + "\n")
    htm = credly_html("Hi Daniel,", [
        f"Your <b>{badge}</b> badge, issued by Amazon Web Services Training and Certification, will expire on <b>September 12, 2025</b>.",
        "After that date the badge will still be visible on your profile but will be marked as expired. "
        "To keep it current, follow the issuer's recertification requirements."],
        "Learn how to recertify", "https://aws.amazon.com/certification/recertification/", badge, badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "gmail", addr("Credly", "admin@credly.com"), rcpt, subj)
    emit("007-credly-badge-expiry-reminder.eml", hdrs, body, "unrelated", None, plain, True, "en")


@mail
def m008():
    t = dt("2025-06-09 08:31")
    rcpt = "lucas@moreau.fm"
    subj = "Your Credly account merge verification code"
    code = "739204"
    plain = ("Hi Lucas,\n\n"
             "We received a request to merge another Credly account (lucas.moreau@velotech-consulting.fr) into this one.\n\n"
             f"Your verification code is: {code}\n\n"
             "Enter the code on the merge screen, or click the link below to finish:\n"
             f"Complete Account Merge: https://www.credly.com/users/merge/confirm?token={ralnum(40)}\n\n"
             "The code expires in 30 minutes. Once the accounts are merged, all badges from the secondary account "
             "will appear in this account and the secondary account will be closed.\n\n"
             "If you did not request this, you can ignore this email.\n\n"
             "Credly Support\nhttps://support.credly.com\n")
    htm = credly_html("Hi Lucas,", [
        "We received a request to merge another Credly account (lucas.moreau@velotech-consulting.fr) into this one.",
        f'Your verification code is: <span style="font-size:22px;letter-spacing:4px;font-weight:bold">{code}</span>',
        "The code expires in 30 minutes. Once the accounts are merged, all badges from the secondary account will appear "
        "in this account and the secondary account will be closed.",
        "If you did not request this, you can ignore this email."],
        "Complete Account Merge", f"https://www.credly.com/users/merge/confirm?token={ralnum(40)}", "Credly", "https://images.credly.com/logo/credly-mark.png")
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="7bit")
    hdrs = credly_mail(t, rcpt, "fastmail", addr("Credly", "admin@credly.com"), rcpt, subj)
    emit("008-credly-self-service-merge-code.eml", hdrs, body, "unrelated", None, plain, True, "en")


def phish_gmail(t, rcpt, helo, ip, envfrom, hdom, dkim_res, spf, dmarc, pol="NONE"):
    return gmail_trace(t, rcpt, helo, ip, envfrom, [(hdom, "default", dkim_res)] if dkim_res else [], spf, dmarc, hdom, pol=pol)


@mail
def m009():
    t = dt("2025-06-07 05:55")
    rcpt = "m.bianchi.dev@gmail.com"
    hdom = "credly-badgetransfer.com"
    subj = "Action required: accept the badges moved from your merged AWS Certification account"
    plain = ("Hello Marco,\n\n"
             "Following the merge of your AWS Certification accounts (AWS01920374 merged into AWS05551842), "
             "3 badges were transferred and are waiting for you.\n\n"
             "To keep them, accept the transferred badges within 48 hours. Badges that are not accepted will be "
             "revoked by the issuer.\n\n"
             f"Accept transferred badges: https://accept.{hdom}/aws/claim?u=m.bianchi.dev%40gmail.com\n\n"
             "You will be asked to sign in with your AWS Certification (CertMetrics) password to verify ownership.\n\n"
             "The Credly Team\n")
    htm = credly_html("Hello Marco,", [
        "Following the merge of your AWS Certification accounts (<b>AWS01920374</b> merged into <b>AWS05551842</b>), "
        "3 badges were transferred and are waiting for you.",
        "To keep them, accept the transferred badges within <b>48 hours</b>. Badges that are not accepted will be revoked by the issuer.",
        "You will be asked to sign in with your AWS Certification (CertMetrics) password to verify ownership."],
        "Accept transferred badges", f"https://accept.{hdom}/aws/claim?u=m.bianchi.dev%40gmail.com", "AWS badges",
        f"https://cdn.{hdom}/img/aws-badges.png")
    body = alt(plain, htm, boundary="b1_" + rhex(32), charset="utf-8", cte="quoted-printable")
    envfrom = f"bounce@mail.{hdom}"
    tr = phish_gmail(t + timedelta(seconds=3), rcpt, f"mail.{hdom}", "185.225.74.19", envfrom, hdom, "pass", "pass", "pass")
    hdrs = tr + [
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={hdom}; s=default;\n\th=From:To:Subject:Date:Message-ID;\n\tbh={rb64(32)};\n\tb={fold(rb64(256), 72)}"),
        ("From", addr("Credly Badges", f"notifications@{hdom}")),
        ("To", rcpt),
        ("Subject", subj),
        ("Date", rfc(t)),
        ("Message-ID", f"<{rhex(32)}@{hdom}>"),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
    ]
    emit("009-credly-lookalike-merge-badges-phish.eml", hdrs, body, "credly_badge_issued", None, plain, False, "en")


@mail
def m010():
    t = dt("2025-05-30 23:12")
    rcpt = "priya.raman@outlook.com"
    subj = ew("\u26a0 You've earned a new badge \u2013 claim it within 24 hours")
    plain = ("Dear Earner,\n\n"
             "A new badge has been issued to you: AWS Certified Security \u2013 Specialty.\n\n"
             "Due to a recent policy update, unclaimed badges are removed after 24 hours. Please verify your identity "
             "with your Microsoft 365 email password to claim the badge.\n\n"
             "CLAIM BADGE: http://credly-claim.support-portal-verify.ru/claim.php?id=88412\n\n"
             "Credly Team\n")
    htm = simple_html(plain)
    body = alt(plain, htm, charset="utf-8", cte="base64")
    tr = outlook_trace(t + timedelta(seconds=5), "vps-41712.hosted-cloud.ru", "91.215.85.140", "support-portal-verify.ru", "none", "none", "fail", "credly.com")
    hdrs = tr + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", rcpt),
        ("Subject", subj),
        ("Date", rfc(t)),
        ("Message-ID", f"<{rhex(16)}.{rng.randint(1000, 9999)}@vps-41712.hosted-cloud.ru>"),
        ("X-Priority", "1"),
    ]
    emit("010-credly-spoof-claim-badge-not-merge.eml", hdrs, body, "unrelated", None, plain, False, "en")


@mail
def m011():
    opened = dt("2025-06-06 03:02")
    cid = CASES["watanabe"] = case15(opened)
    t = dt("2025-06-11 01:34")
    rcpt = "kenji.watanabe@kitakaze-soft.co.jp"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("渡辺 健二 様\n\n"
           "いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n"
           "AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n\n"
           "統合内容についてご確認いただき、ありがとうございました。\n"
           "ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n"
           "　統合先（今後ご利用いただくアカウント）：AWS02290518\n"
           "　統合元（無効化されたアカウント）　　　：AWS04417729\n\n"
           "統合元アカウントで取得された認定資格および受験履歴は、すべて統合先アカウントへ移行されております。\n"
           "お手数ではございますが、AWS Certification アカウントにサインインのうえ、認定資格および特典"
           "（50% 割引バウチャー等）が正しく表示されていることをご確認くださいませ。\n\n"
           "なお、Credly のデジタルバッジにつきましては、統合先アカウントのメールアドレス宛てに改めて発行されます。"
           "反映までに数営業日を要する場合がございますので、あらかじめご了承ください。\n\n"
           "その他ご不明な点がございましたら、本メールにご返信ください。\n"
           "今後とも AWS トレーニングと認定をよろしくお願い申し上げます。\n\n"
           "佐藤 美咲\n"
           "AWS トレーニングと認定 カスタマーサポート\n"
           "アマゾン ウェブ サービス ジャパン合同会社\n")
    quoted = ("2025年6月10日(火) 9:15 渡辺 健二 <kenji.watanabe@kitakaze-soft.co.jp>:\n"
              "> 佐藤様\n>\n> ご連絡ありがとうございます。\n> 記載の内容で問題ございません。統合を進めてください。\n>\n> 渡辺\n>\n"
              "> 2025年6月9日(月) 18:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n"
              "> > 下記の内容で統合を進めてよろしいでしょうか。\n"
              "> > 統合先：AWS02290518（kenji.watanabe@kitakaze-soft.co.jp）\n"
              "> > 統合元：AWS04417729（kenji.w.1987@gmail.com）\n"
              "> > 統合後は元に戻すことができませんので、ご注意ください。\n")
    body = part(new + "\n" + quoted, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_mail(t, rcpt, "corp", AWS_FORM, addr("渡辺 健二", rcpt, "iso-2022-jp"), subj)
    emit("011-ja-merge-complete-iso2022jp.eml", hdrs, body, "merge_completed", cid, new, True, "ja")


@mail
def m012():
    cid = CASES["watanabe"]
    t = dt("2025-06-13 00:05")
    rcpt = "kenji.watanabe@kitakaze-soft.co.jp"
    subj = ew(f"【AWS】お問い合わせ（ケース ID: {cid}）に関するアンケートのお願い", "shift_jis")
    base = f"https://survey.aws-support.amazon.com/r?c={cid}&l=ja&t={ralnum(18)}"
    txt = ("渡辺 健二 様\n\n"
           "先日は AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございました。\n"
           f"ケース ID {cid} は「解決済み」としてクローズいたしました。\n\n"
           "サービス品質向上のため、今回の対応についてアンケートへのご協力をお願いいたします。\n"
           "満足度に最も近いものを、以下からお選びください。（所要時間：約1分）\n\n"
           f"① 非常に満足　　　　　{base}&s=5\n"
           f"② 満足　　　　　　　　{base}&s=4\n"
           f"③ どちらともいえない　{base}&s=3\n"
           f"④ 不満　　　　　　　　{base}&s=2\n"
           f"⑤ 非常に不満　　　　　{base}&s=1\n\n"
           "ご回答いただいた内容は、サポート品質の改善のみに使用いたします。\n"
           "本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんので、"
           "あらかじめご了承ください。\n\n"
           "アマゾン ウェブ サービス ジャパン合同会社\n"
           "〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア\n")
    # cp932-only circled digits, but labelled Shift_JIS (common real-world mislabel)
    body = part(txt, "plain", "Shift_JIS", "8bit", codec="cp932")
    hdrs = aws_mail(t, rcpt, "corp", AWS_NOREPLY, addr("渡辺 健二", rcpt, "iso-2022-jp"), subj)
    emit("012-ja-survey-sjis-rating-1to5.eml", hdrs, body, "survey", cid, txt, True, "ja")


@mail
def m013():
    t = dt("2025-06-12 07:21")
    rcpt = "kenji.watanabe@kitakaze-soft.co.jp"
    badge = "AWS Certified Solutions Architect – Professional"
    subj = ew("おめでとうございます！Amazon Web Services Training and Certification から新しいバッジが届きました")
    url = f"https://www.credly.com/badges/{ruuid()}?source=email-badge-issued&locale=ja"
    plain = ("渡辺 健二 さん、おめでとうございます！\n\n"
             f"Amazon Web Services Training and Certification から、新しいバッジ「{badge}」が発行されました。\n\n"
             "バッジを受け取ると、LinkedIn やメール署名で共有したり、スキルを証明したりできます。\n\n"
             f"バッジを受け取る: {url}\n\n"
             "このメールは、Amazon Web Services Training and Certification が Credly を通じてバッジを発行したため"
             "送信されています。\n配信設定の変更: https://www.credly.com/notification_settings\n\n"
             "Credly, Inc. | 55 Broad Street, New York, NY 10004\n")
    htm = credly_html("渡辺 健二 さん、おめでとうございます！", [
        f"Amazon Web Services Training and Certification から、新しいバッジ「<b>{htmlmod.escape(badge)}</b>」が発行されました。",
        "バッジを受け取ると、LinkedIn やメール署名で共有したり、スキルを証明したりできます。"],
        "バッジを受け取る", url.replace("&", "&amp;"), badge, badge_img()).replace('lang="en"', 'lang="ja"')
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="base64")
    hdrs = credly_mail(t, rcpt, "corp", CREDLY_AWS, rcpt, subj)
    emit("013-ja-credly-new-badge-utf8-b64.eml", hdrs, body, "credly_badge_issued", None, plain, True, "ja")


@mail
def m014():
    cid = CASES["khan"] = "13845092711"
    t = dt("2023-09-14 19:47")
    rcpt = "aisha.khan88@yahoo.com"
    subj = f"RE:[CASE {cid}] Merge two certification accounts"
    new = ("Hello Aisha,\n\n"
           "Thanks for your confirmation. I am glad to inform that both of your certification accounts are "
           "now merged successfully. Going forward please use aws07712094 to sign in, your other profile "
           "AWS-03390457 is no more active and all its exams and certificates are moved to aws07712094.\n\n"
           "As the request is completed, I am closing this case from my end. You will receive a short survey "
           "about this interaction, we really appreciate if you can take a minute to fill it.\n\n"
           "Have a wonderful day ahead!\n\n"
           "Best regards,\n\nJoaquín M.\nAmazon Web Services\n\n")
    txt = new + RATE_FOOTER + "\n\n" + console_links(cid) + "\n"
    # real encoding UTF-8, but the part claims us-ascii
    body = part(txt, "plain", "utf-8", "8bit", label="us-ascii")
    hdrs = aws_mail(t, rcpt, "yahoo", AWS_NOREPLY, rcpt, subj)
    emit("014-merged-and-closing-case-wrong-charset.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m015():
    cid = CASES["okafor"]
    t = dt("2025-05-25 03:12")
    rcpt = "d.okafor.cloud@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    y = f"https://aws.amazon.com/support/feedback/?caseId={cid}&resolved=yes&sig={ralnum(16)}"
    n = f"https://aws.amazon.com/support/feedback/?caseId={cid}&resolved=no&sig={ralnum(16)}"
    new = ("Hello Daniel,\n\n"
           f"We're following up on your case {cid}, \"Account Merge\".\n\n"
           "We haven't heard back from you since our last reply, so we have closed this case.\n\n"
           f"Was your issue resolved?\nYES: {y}\nNO: {n}\n\n"
           "If you still need help, reply to this e-mail within 14 days and the case will be reopened "
           "automatically.\n\n"
           "Thank you for contacting AWS Training and Certification.\n")
    quoted = ("----- Previous correspondence -----\n"
              "Hello Daniel,\n\nYour accounts have been merged. AWS03817264 is the account that stays active, "
              "AWS06620193 has been closed.\n\nRegards,\nSandeep\nAWS Training and Certification\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    htm = html_doc(
        "".join(f"<p>{esc(p)}</p>" for p in new.split("\n\n")[:3]) +
        f'<p><b>Was your issue resolved?</b></p><p><a href="{htmlmod.escape(y)}" style="background:#037f0c;color:#fff;padding:8px 20px;text-decoration:none">YES</a>'
        f'&nbsp;&nbsp;<a href="{htmlmod.escape(n)}" style="background:#d13212;color:#fff;padding:8px 20px;text-decoration:none">NO</a></p>' +
        "".join(f"<p>{esc(p)}</p>" for p in new.split("\n\n")[4:]) +
        f'<hr><div style="color:#687078">{esc(quoted)}</div><p style="font-size:11px">{esc(FORM_FOOTER)}</p>')
    body = alt(plain, htm, boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("015-closure-yes-no-quotes-completion.eml", hdrs, body, "survey", cid, new, True, "en")


@mail
def m016():
    opened = dt("2025-04-07 08:51")
    cid = CASES["lindqvist"] = case15(opened)
    t = dt("2025-04-08 14:26")
    rcpt = "sofia.lindqvist.se@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hi Sofia,\n\n"
           "Thank you for confirming that AWS-07734120 is the account you want to keep. We will now proceed with "
           "merging your other account into it. This normally takes 1\u20132 business days, and I will write to you "
           "again as soon as it is done.\n\n"
           "Please do not open a new case for this request in the meantime, as that may delay the process.\n\n"
           "Best regards,\nTomasz\nAWS Training and Certification Customer Support\n")
    quoted = ("________________________________\n"
              "From: Sofia Lindqvist <sofia.lindqvist.se@gmail.com>\n"
              "Sent: Tuesday, April 8, 2025 10:02 AM\n"
              f"Subject: Re: RE:[CASE {cid}] {FORM_SUBJ}\n\n"
              "Hello Tomasz,\n\nYes, that is correct, please go ahead.\n\n/Sofia\n\n"
              "On Tue, Apr 8, 2025 at 2:11 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
              "> Hi Sofia,\n>\n> I found two accounts under your name:\n>\n"
              "> - AWS-07734120 (sofia.lindqvist.se@gmail.com) - to be kept\n"
              "> - AWS 02583316 (sofia.lindqvist@nordkraft-it.se) - to be merged\n>\n"
              "> Please reply to confirm. A merge cannot be undone.\n>\n> Best regards,\n> Tomasz\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("016-thanks-for-confirming-will-proceed.eml", hdrs, body, "support_reply", cid, new, True, "en")


@mail
def m017():
    opened = dt("2025-07-01 05:40")
    cid = CASES["verma"] = case15(opened)
    t = dt("2025-07-03 06:18")
    rcpt = "rahulverma.aws@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Dear Rahul,\n\n"
           "Greetings from AWS Training and Certification!\n\n"
           "This is to inform you that your request has been forwarded to our concerned team and it is currently "
           "in progress. Once the merge is complete we will notify you on this same email thread.\n\n"
           "Kindly do not create a duplicate case for the same request as it may cause further delay.\n\n"
           "We appreciate your patience and understanding.\n\n"
           "Thanks & Regards,\nHarish\nAWS T&C Support\n")
    quoted = orig_block("rahulverma.aws@gmail.com", "Wednesday, July 2, 2025 9:12 PM",
                        "aws-cs-trainingcertification-form@amazon.com", subj,
                        "Hi,\nI confirm the details. Please merge AWS05560921 into AWS01149736.\nRegards\nRahul Verma")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = part(plain, "plain", "utf-8", "base64")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("017-in-progress-once-merge-complete.eml", hdrs, body, "support_reply", cid, new, True, "en")


@mail
def m018():
    opened = dt("2025-08-04 13:10")
    cid = CASES["nguyen"] = case15(opened)
    t = dt("2025-08-12 17:55")
    rcpt = "thomas.nguyen@halvorsen-energy.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Thomas,\n\n"
           "Thank you for letting us know that your badges are still showing on your previous Credly profile "
           "(t.nguyen.personal@gmail.com).\n\n"
           "I have raised a request with Credly to transfer them to the profile linked to "
           "thomas.nguyen@halvorsen-energy.com. Credly usually completes this within 3-5 business days, and you will "
           "get an e-mail from them when the badges are ready to accept. There is nothing else you need to do at "
           "this time.\n\n"
           "I will keep this case open until you confirm that the badges have arrived.\n\n"
           "Kind regards,\nElif\nAWS Training and Certification\n")
    quoted = ("From: Thomas Nguyen <thomas.nguyen@halvorsen-energy.com>\n"
              "Sent: Monday, August 11, 2025 3:40 PM\n"
              "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
              f"Subject: RE: [CASE {cid}] {FORM_SUBJ}\n\n"
              "Hi Elif,\n\nThanks, I can see all four certifications under AWS08826613 now. However my Credly badges "
              "are still on my old Credly account. Can you move them as well?\n\nThomas\n\n"
              "From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
              "Sent: Friday, August 8, 2025 10:02 AM\n"
              "To: Thomas Nguyen <thomas.nguyen@halvorsen-energy.com>\n"
              f"Subject: RE:[CASE {cid}] {FORM_SUBJ}\n\n"
              "Hello Thomas,\n\nThe merge is complete. AWS08826613 is your active account and AWS02219847 has been "
              "deactivated.\n\nKind regards,\nElif\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "o365", AWS_FORM, rcpt, subj)
    emit("018-after-merge-credly-transfer-requested.eml", hdrs, body, "support_reply", cid, new, True, "en")


@mail
def m019():
    opened = dt("2024-11-18 02:33")
    cid = CASES["zhang"] = case15(opened)
    t = dt("2024-11-19 04:50")
    rcpt = "zhangwei.cloud@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Dear Candidate,\n\n"
           "Greetings of the day!\n\n"
           "We have received your request to merge your AWS Certification accounts. As per our verification, "
           "please find below the details of the accounts:\n\n"
           "Account 1 - AWS 05098123 - zhangwei.cloud@gmail.com - AWS Certified Cloud Practitioner\n"
           "Account 2 - AWS 08881234 - wei.zhang@orchid-analytics.cn - AWS Certified Data Engineer - Associate\n\n"
           "As requested, Account 2 will be merged into Account 1 and Account 1 will remain as your primary account. "
           "Please note that once merged, the accounts can not be separated again.\n\n"
           "Kindly reply to this email with your confirmation so that we can proceed further.\n\n"
           "Regards,\nNaveen\nAWS Training & Certification\n")
    plain = new + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="7bit")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("019-confirm-request-nonnative.eml", hdrs, body, "merge_confirmation_requested", cid, new, True, "en")


@mail
def m020():
    opened = dt("2025-02-03 00:48")
    cid = CASES["kobayashi"] = case15(opened)
    t = dt("2025-02-04 06:15")
    rcpt = "s.kobayashi@biglobe.ne.jp"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("小林 沙織 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、誠にありがとうございます。\n"
           "担当の高橋と申します。\n\n"
           "お客様のお名前で登録されている認定アカウントを確認いたしました。\n"
           "下記のとおり統合を実施してもよろしいでしょうか。\n\n"
           "■ 存続するアカウント：AWS06120834（s.kobayashi@biglobe.ne.jp）\n"
           "■ 統合され無効となるアカウント：AWS01187745（saori.kobayashi@hoshizora-net.co.jp）\n\n"
           "統合後は元に戻すことができませんので、内容に誤りがないか十分にご確認ください。\n"
           "問題がなければ、本メールにそのままご返信いただき「統合に同意します」とお知らせくださいますようお願いいたします。\n"
           "ご返信をいただき次第、作業を開始いたします。\n\n"
           "何卒よろしくお願い申し上げます。\n\n"
           "高橋 翔太\nAWS トレーニングと認定 カスタマーサポート\n")
    plain = new + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, lang="ja"), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "biglobe", AWS_FORM, addr("小林 沙織", rcpt), subj)
    emit("020-ja-confirm-request-biglobe.eml", hdrs, body, "merge_confirmation_requested", cid, new, True, "ja")


def dkim_line(d, sel, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={sel};\n\th={h};\n\tbh={rb64(32)};\n\tb={fold(rb64(256), 72)}")


@mail
def m021():
    cid = CASES["verma"]
    opened = datetime.fromtimestamp(int(cid[:10]), UTC)
    t = opened + timedelta(seconds=41)
    rcpt = "rahulverma.aws@gmail.com"
    subj = f"[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello,\n\n"
           "Thank you for contacting AWS Training and Certification. This is an automated message to let you know "
           "that we have received your request.\n\n"
           f"Case number: {cid}\n\n"
           "A member of our team will review it and respond to you, usually within 24 hours. To help us resolve your "
           "request quickly, please do not submit another form for the same issue; you can add information by "
           "replying to this e-mail.\n\n"
           "Summary of your submission\n"
           "Inquiry type: AWS Training and Certification\n"
           "Category: Certification\n"
           "Detail: Account Merge\n"
           "AWS Candidate ID: AWS01149736\n"
           "Description: I have two certification accounts. Please merge AWS05560921 (old company email) "
           "into AWS01149736.\n\n"
           "Sincerely,\nAWS Training and Certification\n")
    plain = new + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("021-form-ack-case-received.eml", hdrs, body, "case_created", cid, new, True, "en")


@mail
def m022():
    opened = dt("2025-09-02 10:27")
    cid = CASES["petrova"] = case15(opened)
    t = opened + timedelta(seconds=12)
    rcpt = "elena.petrova@outlook.com"
    subj = f"Amazon Web Services: You have opened a new Support case: {cid}"
    new = ("Thank you for contacting Amazon Web Services. We have opened case "
           f"{cid} to address your issue.\n\n"
           "The details of your case are as follows:\n\n"
           f"Case ID: {cid}\n"
           "Subject: Merge AWS Certification accounts AWS 04418890 and AWS 09917702\n"
           "Severity: General guidance\n"
           "Correspondence: Hello, I passed my exams with two different emails and now have two candidate IDs. "
           "Could you please combine them and keep AWS 09917702? Thank you, Elena\n\n"
           "We will get back to you as soon as possible.\n\n"
           + console_links(cid) + "\n\n"
           "Best regards,\nAmazon Web Services\n")
    body = alt(new, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="7bit")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_NOREPLY, rcpt, subj)
    emit("022-console-new-support-case-opened.eml", hdrs, body, "case_created", cid, new, True, "en")


@mail
def m023():
    opened = dt("2025-05-26 19:03")
    cid = case15(opened)
    t = dt("2025-05-29 22:44")
    rcpt = "d.okafor.cloud@gmail.com"
    subj = f"[Case {cid}] Case resolved"
    r = f"https://support.console.aws.amazon.com/support/feedback?displayId={cid}&rating="
    new = ("Hello,\n\n"
           f"Your AWS Support case {cid} has been resolved.\n\n"
           f"Case ID: {cid}\n"
           "Subject: Unexpected charges for NAT Gateway in eu-west-1\n"
           "Service: Billing\n"
           "Status: Resolved\n\n"
           "How would you rate the support you received?\n"
           f"Excellent: {r}5\nGood: {r}4\nAverage: {r}3\nPoor: {r}2\nVery poor: {r}1\n\n"
           "If this didn't resolve your issue you can reopen the case within 14 days from the Support Center.\n\n"
           + console_links(cid) + "\n\nAmazon Web Services\n")
    body = alt(new, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_NOREPLY, rcpt, subj)
    emit("023-other-case-billing-resolved-rating.eml", hdrs, body, "unrelated", cid, new, True, "en")


@mail
def m024():
    t = dt("2025-06-20 16:00")
    rcpt = "priya.raman@outlook.com"
    subj = "AWS Certification wants to hear from you"
    new = ("Hello Priya,\n\n"
           "Thank you for being part of the AWS Certification community. We'd like to hear about your experience "
           "preparing for and taking your most recent AWS Certification exam.\n\n"
           "The survey takes about 10 minutes. Your answers are confidential and will be used to improve the "
           "AWS Certification program.\n\n"
           f"Take the survey: https://www.certmetrics.com/amazon/survey/launch.aspx?s={ralnum(22)}\n\n"
           "Candidate ID: AWS09128834\n\n"
           "Thank you,\nAWS Certification\n\n"
           "Please do not reply to this message. This mailbox is not monitored.\n")
    body = alt(new, simple_html(new), charset="utf-8", cte="quoted-printable")
    tr = outlook_trace(t + timedelta(seconds=4), "mail-out4.certmetrics.com", "64.79.155.72", "certmetrics.com", "certmetrics.com", "pass", "pass", "certmetrics.com")
    hdrs = tr + [dkim_line("certmetrics.com", "cm1"),
                 ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
                 ("To", rcpt), ("Subject", subj), ("Date", rfc(t, timezone(timedelta(hours=-4)))),
                 ("Message-ID", f"<{ruuid()}@certmetrics.com>")]
    emit("024-certmetrics-survey-lookalike.eml", hdrs, body, "unrelated", None, new, False, "en")


@mail
def m025():
    t = dt("2025-06-28 13:19")
    rcpt = "sofia.lindqvist.se@gmail.com"
    subj = "Confirmation of Your Exam Appointment - AWS Certified Solutions Architect - Professional"
    new = ("Dear Sofia Lindqvist,\n\n"
           "Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n"
           "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
           "Date: Friday, July 18, 2025\nStart time: 09:00 AM CEST\n"
           "Location: Pearson Professional Centers - Stockholm, Sweden\n"
           f"Registration ID: {rng.randint(400000000, 499999999)}\n\n"
           "Please arrive 15 minutes before your scheduled appointment and bring two valid forms of ID.\n\n"
           "To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.\n\n"
           "Sincerely,\nPearson VUE\n")
    body = alt(new, simple_html(new), charset="utf-8", cte="quoted-printable")
    tr = gmail_trace(t + timedelta(seconds=3), rcpt, "mx-out2.pearson.com", "159.182.12.44", "PearsonVUEConfirmation@pearson.com",
                     [("pearson.com", "selector1", "pass")], "pass", "pass", "pearson.com", pol="REJECT")
    hdrs = tr + [dkim_line("pearson.com", "selector1"),
                 ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")),
                 ("To", rcpt), ("Subject", subj), ("Date", rfc(t, timezone(timedelta(hours=-5)))),
                 ("Message-ID", f"<{rng.randint(10**11, 10**12)}.{rng.randint(1000, 9999)}.JavaMail.vue@pvuemail01>")]
    emit("025-pearson-vue-appointment.eml", hdrs, body, "unrelated", None, new, False, "en")


@mail
def m026():
    t = dt("2025-06-05 11:02")
    rcpt = "priya.raman@outlook.com"
    subj = "Re: [northwind-systems/cert-tracker] Merge duplicate AWS account records (PR #214)"
    new = ("Merged #214 into main.\n\n"
           "\u2014\nReply to this email directly, view it on GitHub:\n"
           "https://github.com/northwind-systems/cert-tracker/pull/214#event-18223344511\n"
           "You are receiving this because you authored the thread.\n")
    htm = html_doc('<p>Merged <a href="https://github.com/northwind-systems/cert-tracker/pull/214">#214</a> into main.</p>'
                   '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                   '<a href="https://github.com/northwind-systems/cert-tracker/pull/214#event-18223344511">view it on GitHub</a>.<br>'
                   'You are receiving this because you authored the thread.</p>')
    body = alt(new, htm, boundary="--==_mimepart_" + rhex(13) + "_" + str(rng.randint(10, 99)), charset="UTF-8", cte="7bit")
    tr = outlook_trace(t + timedelta(seconds=2), "out-25.smtp.github.com", "192.30.252.208", "github.com", "github.com", "pass", "pass", "github.com")
    hdrs = tr + [dkim_line("github.com", "pf2023"),
                 ("From", addr("Aleksander Nowak", "notifications@github.com")),
                 ("Reply-To", "northwind-systems/cert-tracker <reply+AB3KQ7" + ralnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') + "@reply.github.com>"),
                 ("To", "northwind-systems/cert-tracker <cert-tracker@noreply.github.com>"),
                 ("Cc", "Priya Raman <priya.raman@outlook.com>, Author <author@noreply.github.com>"),
                 ("Subject", subj), ("Date", rfc(t, timezone(timedelta(hours=-7)))),
                 ("Message-ID", "<northwind-systems/cert-tracker/pull/214/issue_event/18223344511@github.com>"),
                 ("In-Reply-To", "<northwind-systems/cert-tracker/pull/214@github.com>"),
                 ("List-ID", "northwind-systems/cert-tracker <cert-tracker.northwind-systems.github.com>"),
                 ("X-GitHub-Reason", "author")]
    emit("026-github-pr-merged.eml", hdrs, body, "unrelated", None, new, False, "en")


@mail
def m027():
    cid = CASES["schneider"] = "12906617420"
    t = dt("2022-03-23 08:15")
    rcpt = "markus.schneider@rheinwerk-ag.de"
    subj = f"RE:[CASE {cid}] Zusammenführung / merge of certification accounts"
    new = ("Hello Markus,\n\n"
           "I'm pleased to let you know that our Certification team has finished consolidating your two "
           "certification profiles. Your remaining candidate ID is AWS 06673015; the profile AWS 03358822 no "
           "longer exists, and its exam history and your AWS Certified SysOps Administrator \u2013 Associate "
           "certification are now shown on AWS 06673015.\n\n"
           "Your digital badge will be reissued by Credly to markus.schneider@rheinwerk-ag.de within the next few days.\n\n"
           "Best regards,\n\nKatarzyna W.\nAmazon Web Services\n\n")
    txt = new + RATE_FOOTER + "\n\n" + console_links(cid) + "\n"
    body = alt(txt, simple_html(txt), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    # delivered through an on-premises gateway that adds no Authentication-Results
    hdrs = [("Received", f"from EXCH02.rheinwerk.local (10.20.1.12) by EXCH01.rheinwerk.local (10.20.1.11)\n with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2375.24 via Mailbox Transport; {rfc(t + timedelta(seconds=9), timezone(timedelta(hours=1)))}"),
            ("Received", f"from mailgw.rheinwerk-ag.de (192.168.50.4) by EXCH02.rheinwerk.local (10.20.1.12)\n with Microsoft SMTP Server id 15.1.2375.24 via Frontend Transport; {rfc(t + timedelta(seconds=8), timezone(timedelta(hours=1)))}"),
            ("Received", f"from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])\n\tby mailgw.rheinwerk-ag.de (Postfix) with ESMTPS id 4KNmQ81xZ2z9sJ\n\tfor <{rcpt}>; {rfc(t + timedelta(seconds=6), timezone(timedelta(hours=1)))}")]
    hdrs += ses_sender_hdrs(t, AWS_NOREPLY, rcpt, subj, ses_mid(t))
    emit("027-merge-done-no-auth-results.eml", hdrs, body, "merge_completed", cid, new, None, "en")


@mail
def m028():
    t = dt("2025-06-14 02:40")
    rcpt = "m.bianchi.dev@gmail.com"
    hdom = "aws-certification-support.com"
    fake = case15(dt("2025-06-10 12:00"))
    subj = f"RE:[CASE {fake}] Your AWS Certification account merge is complete"
    new = ("Dear Candidate,\n\n"
           "Your account merge request has been completed. The following accounts are now combined:\n\n"
           "Primary: AWS05551842\nMerged: AWS01920374\n\n"
           "For security reasons, the merged profile has been locked until you re-validate your credentials. "
           "Please sign in within 24 hours to restore access to your certifications and exam vouchers:\n\n"
           f"https://portal.{hdom}/signin?case={fake}\n\n"
           "If you do not validate, your certifications may be permanently removed.\n\n"
           "Regards,\nAWS Training and Certification Support Team\n")
    body = alt(new, simple_html(new), charset="utf-8", cte="base64")
    tr = gmail_trace(t + timedelta(seconds=2), rcpt, f"smtp.{hdom}", "45.147.229.61", f"bounce@{hdom}",
                     [(hdom, "mail", "pass")], "pass", "pass", hdom, pol="NONE")
    hdrs = tr + [dkim_line(hdom, "mail"),
                 ("From", addr("Amazon Web Services", f"support@{hdom}")),
                 ("To", rcpt), ("Subject", subj), ("Date", rfc(t)),
                 ("Message-ID", f"<{rhex(20)}@{hdom}>")]
    emit("028-phish-lookalike-merge-complete-revalidate.eml", hdrs, body, "merge_completed", fake, new, False, "en")


@mail
def m029():
    cid = CASES["petrova"]
    t = dt("2025-09-06 18:20")
    rcpt = "elena.petrova@outlook.com"
    subj = f"[Case {cid}] Tell us about your support experience"
    cells = "".join(f'<td><a href="https://pulse.aws/survey/{ralnum(10).upper()}?case={cid}&amp;score={i}" '
                    f'style="display:block;padding:6px 9px;border:1px solid #aab7b8;color:#0972d3;text-decoration:none">{i}</a></td>'
                    for i in range(0, 11))
    inner = ('<div style="max-width:620px;margin:auto">'
             '<p>Hello,</p>'
             f'<p>You recently contacted AWS Support about case {cid} (&ldquo;Merge AWS Certification accounts&rdquo;). '
             'How likely are you to recommend AWS Support to a friend or colleague?</p>'
             f'<table cellspacing="2"><tr>{cells}</tr></table>'
             '<table width="100%"><tr><td style="font-size:11px">0 = Not at all likely</td><td align="right" style="font-size:11px">10 = Extremely likely</td></tr></table>'
             '<p>Thank you for helping us improve.</p><p>AWS Support</p>'
             '<p style="font-size:11px;color:#5f6b7a">This survey is sent by Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. '
             'You are receiving it because you opened a support case.</p></div>')
    body = part(html_doc(inner, title="AWS Support"), "html", "us-ascii", "7bit")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_NOREPLY, rcpt, subj)
    emit("029-console-nps-survey-html-only.eml", hdrs, body, "survey", cid, "", True, "en")


@mail
def m030():
    t = dt("2019-08-21 15:37")
    rcpt = "aisha.khan88@yahoo.com"
    subj = "Amazon Web Services Training and Certification sent you a badge"
    url = f"https://www.youracclaim.com/earner/earned/badge/{ruuid()}"
    plain = ("Aisha, congratulations!\n\n"
             "You've earned a badge from Amazon Web Services Training and Certification: "
             "AWS Certified Developer - Associate.\n\n"
             f"Accept your badge: {url}\n\n"
             "Acclaim makes it easy to share your achievement with your professional network and potential employers.\n\n"
             "You received this email because Amazon Web Services Training and Certification issued you a badge on Acclaim.\n"
             "Acclaim | Pearson Education, Inc. | 221 River Street, Hoboken, NJ 07030\n")
    htm = credly_html("Aisha, congratulations!", [
        "You've earned a badge from Amazon Web Services Training and Certification: <b>AWS Certified Developer - Associate</b>.",
        "Acclaim makes it easy to share your achievement with your professional network and potential employers."],
        "Accept your badge", url, "AWS Certified Developer - Associate", badge_img()).replace("credly.com/notification", "youracclaim.com/notification").replace("Credly, Inc. | 55 Broad Street, New York, NY 10004", "Acclaim | Pearson Education, Inc. | 221 River Street, Hoboken, NJ 07030")
    body = alt(plain, htm, boundary=ruby_boundary(), charset="UTF-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "yahoo", addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"), rcpt, subj, hdom="youracclaim.com")
    emit("030-acclaim-2019-badge-earned.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m031():
    cid = "6289413071"
    t = dt("2019-07-16 21:09")
    rcpt = "liam.oconnor@eircom.net"
    subj = f"RE:[CASE {cid}] Duplicate certification accounts"
    new = ("Hello Liam,\n\n"
           "Thank you for your patience while we looked into this.\n\n"
           "I have received confirmation from the AWS Certification team that your accounts have been merged. "
           "You should now see all of your certifications under AWS00917735. The duplicate account AWS00822461 "
           "has been closed and can no longer be used to sign in.\n\n"
           "Please allow up to 48 hours for the change to be reflected in your AWS Certification Account and on "
           "Acclaim.\n\n"
           "Best regards,\n\nRoberto D.\nAmazon Web Services\n\n")
    txt = new + ("We value your feedback. Please rate my response using the link below.\n"
                 "===================================================\n\n"
                 f"To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
                 f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
                 "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use "
                 "the link above if you need to contact us again about this same issue.\n\n"
                 "====================================================================\n"
                 "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark "
                 "of Amazon.com, Inc. or its affiliates.\n")
    body = part(txt, "plain", "us-ascii", "7bit")
    hdrs = aws_mail(t, rcpt, None, AWS_NOREPLY, rcpt, subj)
    emit("031-2019-10digit-merged-console-no-ar.eml", hdrs, body, "merge_completed", cid, new, None, "en", crlf=True)


@mail
def m032():
    cid = CASES["chen"] = "11692204538"
    t = dt("2022-10-19 09:31")
    rcpt = "jiahui.chen@hotmail.com"
    subj = f"RE:[CASE {cid}] Please combine my two AWS certification profiles"
    inner = ('<table width="640" align="center" style="border-collapse:collapse">'
             '<tr><td style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">Amazon Web Services Support</td></tr>'
             '<tr><td style="padding:20px;line-height:1.5">'
             '<p>Hi Jia Hui,</p>'
             '<p>Good news &mdash; the consolidation you asked for is done. Everything from your old profile '
             '(<b>AWS 02746601</b>) has been moved over, and your candidate ID from now on is <b>AWS 05519376</b>.</p>'
             '<p>You don&rsquo;t need to do anything else. The next time you sign in to your AWS Certification Account '
             'you will see both certifications, your exam history and your benefits in one place.</p>'
             '<p>Cheers,<br>Nathan P.<br>Amazon Web Services</p>'
             '<hr style="border:none;border-top:1px solid #d5dbdb">'
             f'<p style="font-size:12px;color:#545b64">{esc(RATE_FOOTER)}</p>'
             f'<p style="font-size:12px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=en">'
             'View this case in the AWS Support Center</a></p>'
             '</td></tr></table>')
    body = part(html_doc(inner), "html", "utf-8", "base64")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_NOREPLY, rcpt, subj)
    new_plain = "AWS 02746601 AWS 05519376"
    emit("032-2022-html-only-consolidation-done.eml", hdrs, body, "merge_completed", cid, new_plain, True, "en")


@mail
def m033():
    cid = CASES["chen"]
    t = dt("2022-10-19 09:33")
    rcpt = "jiahui.chen@hotmail.com"
    subj = f"[Case {cid}] How satisfied were you?"
    r = f"https://console.aws.amazon.com/support/feedback?displayId={cid}&s="
    new = ("Hello,\n\n"
           f"Case {cid} has been marked as resolved by the AWS Support engineer who worked on it.\n\n"
           "How satisfied were you with the way your case was handled?\n\n"
           f"\U0001F600 Very satisfied  {r}3\n"
           f"\U0001F610 Neutral  {r}2\n"
           f"\U0001F641 Not satisfied  {r}1\n\n"
           "Your feedback goes directly to the AWS Support team.\n\n"
           "Thank you,\nAWS Support\n")
    htm = simple_html(new)
    body = alt(new, htm, boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_NOREPLY, rcpt, subj)
    emit("033-2022-survey-emoji-scale.eml", hdrs, body, "survey", cid, new, True, "en")


@mail
def m034():
    t = dt("2023-09-20 12:44")
    rcpt = "aisha.khan88@yahoo.com"
    badge = "AWS Certified Developer \u2013 Associate"
    subj = ew(f"You accepted the {badge} badge")
    plain = ("Nice work, Aisha!\n\n"
             f"You accepted the {badge} badge issued by Amazon Web Services Training and Certification. "
             "It is now visible on your public Credly profile.\n\n"
             "Share it to let your network know:\n"
             f"LinkedIn: https://www.credly.com/badges/{ruuid()}/linked_in_profile\n"
             f"Public link: https://www.credly.com/badges/{ruuid()}/public_url\n\n"
             + CREDLY_FOOT + "\n")
    htm = credly_html("Nice work, Aisha!", [
        f"You accepted the <b>{htmlmod.escape(badge)}</b> badge issued by Amazon Web Services Training and Certification. "
        "It is now visible on your public Credly profile.",
        "Share it to let your network know."], "Share your badge", f"https://www.credly.com/badges/{ruuid()}/share", badge, badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "yahoo", CREDLY_AWS, rcpt, subj)
    emit("034-credly-badge-accepted-confirmation.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m035():
    t = dt("2025-08-15 14:06")
    rcpt = "thomas.nguyen@halvorsen-energy.com"
    subj = "You have 4 pending badges from Amazon Web Services Training and Certification"
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect \u2013 Associate",
              "AWS Certified SysOps Administrator \u2013 Associate", "AWS Certified DevOps Engineer \u2013 Professional"]
    rows = "".join(f'<tr><td style="padding:8px"><img src="{badge_img()}" width="64"></td><td style="padding:8px">{htmlmod.escape(b)}</td>'
                   f'<td style="padding:8px"><a href="https://www.credly.com/badges/{ruuid()}/accept" style="color:#ff6b00">Accept</a></td></tr>' for b in badges)
    inner = ('<table width="560" align="center" style="background:#fff">'
             '<tr><td style="padding:24px;border-bottom:4px solid #ff6b00"><img src="https://images.credly.com/logo/credly-logo.png" width="96" alt="Credly"></td></tr>'
             '<tr><td style="padding:24px"><p>Hi Thomas,</p>'
             '<p>Amazon Web Services Training and Certification has issued the following badges to '
             'thomas.nguyen@halvorsen-energy.com. They are waiting for you to accept them:</p>'
             f'<table>{rows}</table>'
             '<p>These badges were previously associated with another email address and have been re-issued to this one at '
             'the request of the issuer.</p></td></tr>'
             f'<tr><td style="padding:16px;font-size:11px;color:#777">{esc(CREDLY_FOOT)}</td></tr></table>')
    body = part(html_doc(inner), "html", "utf-8", "quoted-printable")
    hdrs = credly_mail(t, rcpt, "o365", CREDLY_AWS, rcpt, subj)
    emit("035-credly-html-only-4-pending-reissued.eml", hdrs, body, "credly_badge_issued", None, "", True, "en")


@mail
def m036():
    t = dt("2025-06-17 14:00")
    rcpt = "d.okafor.cloud@gmail.com"
    subj = "The skills employers are hiring for in 2025 | Credly Insights"
    plain = ("Credly Insights \u2013 June 2025\n\n"
             "1. Cloud and AI skills top the list of in-demand credentials\n"
             "Our analysis of 2 million job postings shows that cloud architecture and machine learning credentials "
             "appear in 3x more listings than last year.\n\n"
             "2. How to make your badges work harder for you\n"
             "Five tips for showcasing verified skills on LinkedIn and in your resume.\n\n"
             "3. Meet the issuers: organisations that joined Credly this month\n\n"
             "Read more: https://info.credly.com/insights-june-2025\n\n"
             "You are receiving this newsletter because you subscribed to Credly updates.\n"
             "Unsubscribe: https://www.credly.com/notification_settings?unsubscribe=newsletter\n"
             "Credly, Inc. | 55 Broad Street, New York, NY 10004\n")
    body = alt(plain, simple_html(plain), boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "gmail", addr("Credly", "news@credly.com"), rcpt, subj)
    emit("036-credly-newsletter.eml", hdrs, body, "unrelated", None, plain, True, "en")


@mail
def m037():
    cid = CASES["kobayashi"]
    t = dt("2025-02-10 02:00")
    rcpt = "s.kobayashi@biglobe.ne.jp"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("小林 沙織 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの高橋でございます。\n\n"
           "2 月 4 日にお送りいたしましたメールにつきまして、その後いかがでしょうか。\n"
           "現時点でご返信を確認できておりませんでしたので、念のため再度ご連絡いたしました。\n\n"
           "ご確認いただけましたら、本メールへのご返信にてお知らせくださいますようお願いいたします。\n"
           "なお、本日より 5 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。"
           "クローズ後も、同じメールにご返信いただければ再開が可能です。\n\n"
           "お忙しいところ恐れ入りますが、何卒よろしくお願いいたします。\n\n"
           "高橋 翔太\nAWS トレーニングと認定 カスタマーサポート\n")
    quoted = ("---- 2025/02/04 15:15 (JST) Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> ----\n"
              "> 下記のとおり統合を実施してもよろしいでしょうか。\n"
              "> ■ 存続するアカウント：AWS06120834（s.kobayashi@biglobe.ne.jp）\n"
              "> ■ 統合され無効となるアカウント：AWS01187745（saori.kobayashi@hoshizora-net.co.jp）\n")
    body = part(new + "\n" + quoted, "plain", "iso-2022-jp", "7bit")
    hdrs = aws_mail(t, rcpt, "biglobe", AWS_FORM, addr("小林 沙織", rcpt, "iso-2022-jp"), subj)
    emit("037-ja-chaser-awaiting-reply.eml", hdrs, body, "support_reply", cid, new, True, "ja")


@mail
def m038():
    cid = CASES["zhang"]
    t = dt("2024-11-27 05:00")
    rcpt = "zhangwei.cloud@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello,\n\n"
           f"This is an automated notice. Case {cid} has been closed because we did not receive a reply to our "
           "last message within 7 days.\n\n"
           "If you still need assistance, simply reply to this e-mail and the case will be reopened.\n\n"
           "Was this case handled well?\n"
           f"  Yes \u2192 https://aws.amazon.com/support/feedback/?caseId={cid}&h=1\n"
           f"  No  \u2192 https://aws.amazon.com/support/feedback/?caseId={cid}&h=0\n\n"
           "AWS Training and Certification\n")
    quoted = ("-----Original Message-----\nFrom: aws-cs-trainingcertification-form@amazon.com\n"
              "Sent: 2024-11-19 04:50 UTC\n\nDear Candidate,\n\nGreetings of the day! ...\n"
              "Account 1 - AWS 05098123 - zhangwei.cloud@gmail.com\nAccount 2 - AWS 08881234 - wei.zhang@orchid-analytics.cn\n"
              "Kindly reply to this email with your confirmation so that we can proceed further.\n")
    body = part(new + "\n" + quoted + "\n" + FORM_FOOTER + "\n", "plain", "utf-8", "base64")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("038-auto-closed-inactivity-yes-no.eml", hdrs, body, "survey", cid, new, True, "en")


@mail
def m039():
    cid = CASES["kobayashi"]
    t = dt("2025-02-14 07:42")
    rcpt = "s.kobayashi@biglobe.ne.jp"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("小林 沙織 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの高橋でございます。\n"
           "大変お待たせいたしました。\n\n"
           "ご同意いただきました認定アカウントの統合につきまして、本日作業が完了いたしましたのでお知らせいたします。\n"
           "今後は AWS06120834 にて、すべての認定資格・受験履歴・特典をご確認いただけます。"
           "（旧アカウント AWS01187745 へのサインインはできなくなっております。）\n\n"
           "【Credly バッジについて】\n"
           "1. 数日以内に admin@credly.com よりバッジ発行のメールが s.kobayashi@biglobe.ne.jp 宛てに届きます。\n"
           "2. メール内の「Accept your badge」より、バッジを受け取ってください。\n"
           "3. 1 週間程度経ってもメールが届かない場合は、お手数ですが本メールにご返信ください。Credly 側での移行を依頼いたします。\n\n"
           "このたびはお手数をおかけいたしましたが、ご協力いただき誠にありがとうございました。\n\n"
           "高橋 翔太\nAWS トレーニングと認定 カスタマーサポート\n")
    quoted = ("2025年2月12日(水) 21:03 小林 沙織 <s.kobayashi@biglobe.ne.jp>:\n"
              "> 高橋様\n> ご連絡が遅くなり申し訳ございません。\n> 記載の内容で統合に同意します。\n> 小林\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted, lang="ja"), boundary=java_boundary(), charset="utf-8", cte="base64")
    hdrs = aws_mail(t, rcpt, "biglobe", AWS_FORM, addr("小林 沙織", rcpt), subj)
    emit("039-ja-merge-complete-credly-steps-b64.eml", hdrs, body, "merge_completed", cid, new, True, "ja")


@mail
def m040():
    cid = CASES["petrova"]
    t = dt("2025-09-04 11:58")
    rcpt = "elena.petrova@outlook.com"
    subj = f"RE:[CASE {cid}] Merge AWS Certification accounts AWS 04418890 and AWS 09917702"
    new = ("Hello Elena,\n\n"
           "The merge has been completed: AWS 09917702 is now your only candidate ID, and the exam history and "
           "certification from AWS 04418890 have been moved onto it.\n\n"
           "Before I close the case, one question: would you also like us to ask Credly to combine your two Credly "
           "profiles? If so, please reply through the Support Center with the e-mail address of the Credly profile "
           "you want to keep. If not, no action is needed and I will resolve the case in 3 days.\n\n"
           "Best regards,\n\nDmitri S.\nAmazon Web Services\n\n")
    txt = new + RATE_FOOTER + "\n\n" + console_links(cid) + "\n"
    body = alt(txt, simple_html(txt), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "outlook", AWS_NOREPLY, rcpt, subj)
    emit("040-merge-complete-plus-credly-question.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m041():
    cid = CASES["watanabe"]
    t = dt("2025-06-10 08:03")
    rcpt = "kenji.watanabe@kitakaze-soft.co.jp"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("渡辺 健二 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n"
           "ご確認のご連絡をいただき、誠にありがとうございます。\n\n"
           "いただいた内容をもとに、現在担当部署にて作業を進めております。\n"
           "作業が完了いたしましたら、改めて本メールにてご連絡いたしますので、今しばらくお待ちいただけますと幸いです。\n\n"
           "なお、同一のご依頼で新たにお問い合わせを作成されますと、対応が遅れる可能性がございます。"
           "追加のご連絡は本メールへのご返信にてお願いいたします。\n\n"
           "佐藤 美咲\nAWS トレーニングと認定 カスタマーサポート\n")
    quoted = ("2025年6月10日(火) 9:15 渡辺 健二 <kenji.watanabe@kitakaze-soft.co.jp>:\n"
              "> 佐藤様\n> 記載の内容で問題ございません。統合を進めてください。\n"
              "> （統合先：AWS02290518／統合元：AWS04417729）\n> 渡辺\n")
    body = part(new + "\n" + quoted + "\n" + FORM_FOOTER + "\n", "plain", "utf-8", "8bit")
    hdrs = aws_mail(t, rcpt, "corp", AWS_FORM, addr("渡辺 健二", rcpt), subj)
    emit("041-ja-status-update-in-progress-8bit.eml", hdrs, body, "support_reply", cid, new, True, "ja")


@mail
def m042():
    cid = CASES["kobayashi"]
    t = dt("2025-02-15 01:10")
    rcpt = "s.kobayashi@biglobe.ne.jp"
    subj = "AWS トレーニングと認定 サポートに関するアンケートのお願い"
    stars = "".join(f'<a href="https://survey.aws-support.amazon.com/r?c={cid}&amp;l=ja&amp;s={i}" '
                    f'style="font-size:24px;color:#ff9900;text-decoration:none">{"★" * i}</a><br>' for i in range(5, 0, -1))
    inner = ('<div style="max-width:600px;margin:auto;font-family:\'メイリオ\',Meiryo,sans-serif">'
             '<p>小林 沙織 様</p>'
             '<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。</p>'
             f'<p>お問い合わせ（ケース ID：{cid}）はクローズいたしました。</p>'
             '<p>今回の対応について、満足度を星の数でお聞かせください。</p>'
             f'<p>{stars}</p>'
             '<p style="font-size:12px;color:#666">星 5 つ：大変満足 ／ 星 1 つ：大変不満</p>'
             '<p>本メールは送信専用です。ご返信いただいてもお答えいたしかねます。</p>'
             '<p>アマゾン ウェブ サービス ジャパン合同会社</p></div>')
    htm = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>'
           f'<body>{inner}</body></html>\n')
    body = part(htm, "html", "iso-2022-jp", "7bit")
    hdrs = aws_mail(t, rcpt, "biglobe", AWS_NOREPLY, rcpt, ew(subj, "iso-2022-jp"))
    emit("042-ja-survey-html-iso2022jp-stars.eml", hdrs, body, "survey", cid, "", True, "ja")


@mail
def m043():
    cid = CASES["bianchi"]
    t = dt("2025-06-05 20:04")
    rcpt = "m.bianchi.dev@gmail.com"
    subj = f"RE: [CASE {cid}] {FORM_SUBJ}"
    new = ("Hi Marco,\n\n"
           "Quick update on your request: your two certification profiles have now been combined. Everything "
           "\u2014 your exam history, both certifications and the 50% voucher benefit \u2014 sits under AWS07203318 "
           "from today. The older profile, AWS04950016, has been retired and you won't be able to sign in with it "
           "anymore.\n\n"
           "You may get a couple of emails from Credly over the next few days as your badges are re-issued to your "
           "primary email address; just accept them when they arrive.\n\n"
           "All the best,\nJordan\nAWS Training and Certification\n")
    quoted = ("On Thu, Jun 5, 2025 at 9:40\u202fAM Marco Bianchi <m.bianchi.dev@gmail.com> wrote:\n"
              "> Hi Jordan, confirmed - keep AWS07203318, please fold AWS04950016 into it.\n> Grazie,\n> Marco\n>\n"
              "> On Wed, Jun 4, 2025 at 11:02\u202fPM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
              ">> Hi Marco,\n>> Please confirm you'd like AWS04950016 merged into AWS07203318. This can't be reversed.\n>> Jordan\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("043-paraphrased-profiles-combined.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m044():
    opened = dt("2025-03-24 16:20")
    cid = CASES["alsayed"] = case15(opened)
    t = dt("2025-03-25 18:47")
    rcpt = "fatima.alsayed@yahoo.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Fatima,\n\n"
           "Thank you for reaching out. I was able to find two certification profiles under your name:\n\n"
           "- AWS 04823317, created in 2021 with f.alsayed@gulfstar-it.ae\n"
           "- AWS 07761259, created in 2024 with fatima.alsayed@yahoo.com\n\n"
           "Before we can bring them together, could you let me know which of the two you would like to keep as your "
           "main profile, and which e-mail address you want to use for sign-in and notifications going forward? "
           "Once we hear back from you, we will prepare the request.\n\n"
           "Warm regards,\nIbrahim\nAWS Training and Certification\n")
    plain = new + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "yahoo", AWS_FORM, rcpt, subj)
    emit("044-which-profile-to-keep-question.eml", hdrs, body, "support_reply", cid, new, True, "en")


@mail
def m045():
    t = dt("2025-06-18 16:30")
    rcpt = "sofia.lindqvist.se@gmail.com"
    subj = ew("New for you: AWS Certified AI Practitioner \u2014 prepare with free digital training")
    plain = ("AWS Training and Certification\n\n"
             "Hi Sofia,\n\n"
             "Build your generative AI skills and validate them with AWS Certified AI Practitioner.\n\n"
             "\u2022 Free exam prep course on AWS Skill Builder\n"
             "\u2022 Official practice question set\n"
             "\u2022 Use your 50% discount benefit from a previous certification\n\n"
             "Get started: https://aws.amazon.com/certification/certified-ai-practitioner/?trk=email\n\n"
             "You're receiving this email because you're subscribed to AWS Training and Certification updates.\n"
             "Unsubscribe: https://pages.awscloud.com/communication-preferences?trk=email\n"
             "Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109\n")
    body = alt(plain, simple_html(plain), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", addr("AWS Training and Certification", "aws-training-certification@amazon.com"), rcpt, subj)
    emit("045-aws-training-newsletter.eml", hdrs, body, "unrelated", None, plain, True, "en")


@mail
def m046():
    t = dt("2025-06-21 00:31")
    rcpt = "yuki.tanaka@nifty.com"
    hdom = "credly-security.com"
    subj = "Credly Account Notice: unusual activity - your badges will be suspended"
    plain = ("Dear Credly user,\n\n"
             "We detected unusual sign-in activity on your Credly account. To protect your badges, your account will "
             "be suspended in 12 hours unless you confirm your identity.\n\n"
             f"Confirm identity: https://login.{hdom}/verify?user=yuki.tanaka%40nifty.com\n\n"
             "Thank you,\nCredly Trust & Safety\n")
    body = alt(plain, simple_html(plain), charset="utf-8", cte="quoted-printable")
    helo = f"mail.{hdom}"
    tr = jp_trace(t + timedelta(seconds=4), "nifty", helo, "103.75.190.22", f"info@{hdom}", "none", "none", "pass", "none", hdom, rcpt)
    hdrs = tr + [("From", addr("Credly Support", f"security@{hdom}")), ("To", rcpt), ("Subject", subj),
                 ("Date", rfc(t)), ("Message-ID", f"<{rhex(24)}@{hdom}>")]
    emit("046-credly-lookalike-suspension-phish.eml", hdrs, body, "unrelated", None, plain, False, "en")


@mail
def m047():
    t = dt("2025-09-05 09:12")
    rcpt = "elena.petrova@outlook.com"
    badge = "AWS Certified Machine Learning Engineer \u2013 Associate"
    subj = f"Your {badge} badge is ready to accept"
    url = f"https://www.credly.com/badges/{ruuid()}/accept?source=email"
    plain = (f"Hi Elena,\n\nYour badge from Amazon Web Services Training and Certification is ready.\n\n{badge}\n\n"
             f"Accept your badge: {url}\n\nAccepted badges can be shared on LinkedIn, in your email signature and "
             "on job sites, and anyone can verify them.\n\n" + CREDLY_FOOT + "\n")
    htm = credly_html("Hi Elena,", ["Your badge from Amazon Web Services Training and Certification is ready.",
                                    f"<b>{htmlmod.escape(badge)}</b>"], "Accept your badge", url, badge, badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "outlook", CREDLY_AWS, rcpt, subj)
    emit("047-credly-ready-to-accept-outlook.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m048():
    opened = dt("2025-04-14 23:55")
    cid = CASES["tanaka"] = case15(opened)
    t = dt("2025-04-17 03:26")
    rcpt = "yuki.tanaka@nifty.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Dear Yuki Tanaka,\n\n"
           "Thank you for confirming the details of your request.\n\n"
           "We have completed the merge of your AWS Certification accounts. Please find the result below:\n\n"
           "    Remaining account : AWS-03041977 (yuki.tanaka@nifty.com)\n"
           "    Merged account    : AWS-08126650 (no longer active)\n\n"
           "What happens next\n"
           "- Your certifications (AWS Certified Cloud Practitioner, AWS Certified Solutions Architect - Associate) "
           "and your exam history are now shown on AWS-03041977.\n"
           "- Your 50% exam discount benefit has been carried over.\n"
           "- Credly badges will be re-issued to yuki.tanaka@nifty.com. If you do not receive them within 5 business "
           "days, reply to this message and we will follow up with Credly.\n\n"
           "We will leave this case open for a few more days in case you have any questions.\n\n"
           "Sincerely,\nMichelle\nAWS Training and Certification Customer Support\n")
    quoted = ("-----Original Message-----\nFrom: Yuki Tanaka <yuki.tanaka@nifty.com>\nSent: Wednesday, April 16, 2025 7:12 PM\n"
              "To: aws-cs-trainingcertification-form@amazon.com\n\n"
              "Hello,\nThe information is correct. Please proceed with the merge.\nYuki Tanaka\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="us-ascii", cte="7bit")
    hdrs = aws_mail(t, rcpt, "nifty", AWS_FORM, rcpt, subj)
    emit("048-merge-complete-en-agent-nifty.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m049():
    cid = CASES["tanaka"]
    t = dt("2025-04-22 06:00")
    rcpt = "yuki.tanaka@nifty.com"
    subj = f"We'd like your feedback on case {cid}"
    base = f"https://feedback.aws.amazon.com/csat?case={cid}&tok={ralnum(20)}&r="
    new = ("Hello Yuki,\n\n"
           f"Your AWS Training and Certification case {cid} was closed on April 22, 2025.\n\n"
           "Please take a moment to tell us how we did. Select the option that best describes your experience:\n\n"
           f"  Excellent  {base}4\n  Good       {base}3\n  Fair       {base}2\n  Poor       {base}1\n\n"
           "You can also add comments on the next page. Thank you for helping us improve.\n\n"
           "AWS Customer Feedback\n"
           "This message was sent from a notification-only address. Please do not reply.\n")
    body = part(new, "plain", "utf-8", "quoted-printable")
    hdrs = aws_mail(t, rcpt, "nifty", addr("AWS Customer Feedback", "aws-feedback@amazon.com"), rcpt, subj)
    emit("049-feedback-request-4-point-scale.eml", hdrs, body, "survey", cid, new, True, "en")


@mail
def m050():
    opened = dt("2025-01-09 11:37")
    cid = CASES["mendes"] = case15(opened)
    t = dt("2025-01-10 15:02")
    rcpt = "carlos.mendes@protonmail.com"
    subj = f"RE:[CASE {cid}] Merge 3 certification accounts"
    new = ("Hello Carlos,\n\n"
           "Thank you for waiting. I located three certification accounts associated with your name:\n\n"
           "1) AWS00473829 \u2013 carlos.mendes@protonmail.com \u2013 created 2019\n"
           "2) AWS02216790 \u2013 cmendes@lusotech.pt \u2013 created 2021\n"
           "3) AWS 06638104 \u2013 carlos.mendes.dev@gmail.com \u2013 created 2023\n\n"
           "As per your request, accounts 2 and 3 would be merged into account 1 (AWS00473829), which will be the only "
           "account remaining afterwards. Please be aware that this cannot be undone, and that your sign-in e-mail "
           "will be carlos.mendes@protonmail.com.\n\n"
           "Could you please confirm, via the Support Center, that you want us to go ahead with this? We will start "
           "as soon as we have your confirmation.\n\n"
           "Best regards,\n\nAna L.\nAmazon Web Services\n\n")
    txt = new + RATE_FOOTER + "\n\n" + console_links(cid) + "\n"
    body = alt(txt, simple_html(txt), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "proton", AWS_NOREPLY, rcpt, subj)
    emit("050-confirm-three-accounts-console-proton.eml", hdrs, body, "merge_confirmation_requested", cid, new, True, "en")


@mail
def m051():
    t = dt("2025-07-05 04:12")
    rcpt = "rahulverma.aws@gmail.com"
    fake = case15(dt("2025-07-04 22:10"))
    subj = f"RE:[CASE {fake}] {FORM_SUBJ}"
    new = ("Dear Rahul,\n\n"
           "We are pleased to inform you that your account merge has been successfully completed. "
           "AWS01149736 is now your primary account and AWS05560921 has been deactivated.\n\n"
           "To receive your updated certificates and badges, please download the secure document below and sign in "
           "with your AWS Certification password:\n\n"
           "https://aws-certdocs.sharefile-secure.net/d/Certificates_AWS01149736.html\n\n"
           "Thanks & Regards,\nAWS T&C Support\n")
    body = alt(new, simple_html(new), charset="utf-8", cte="base64")
    envfrom = "www-data@srv1184.vps-hostinger.io"
    tr = gmail_trace(t + timedelta(seconds=2), rcpt, "srv1184.vps-hostinger.io", "89.116.52.140", envfrom, [], "neutral", "fail", "amazon.com")
    # sender-inserted header claiming a pass: below the provider's header, must not be trusted
    forged = ("Authentication-Results", "amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com")
    hdrs = tr + [("Received", f"from localhost (localhost [127.0.0.1]) by srv1184.vps-hostinger.io (Postfix) with ESMTP id 7A1C2E0123\n\tfor <{rcpt}>; {rfc(t)}"),
                 forged,
                 ("From", AWS_FORM), ("To", rcpt), ("Subject", subj), ("Date", rfc(t)),
                 ("Message-ID", f"<{rhex(24)}@email.amazonses.com>"),
                 ("X-Mailer", "PHP/8.1.2")]
    emit("051-spoofed-amazon-merge-complete-dmarc-fail.eml", hdrs, body, "merge_completed", fake, new, False, "en")


@mail
def m052():
    cid = "16029384756"
    t = dt("2025-05-28 20:14")
    rcpt = "d.okafor.cloud@gmail.com"
    subj = f"RE:[CASE {cid}] Listing suppressed - ASIN B0CX7Q2LMN"
    new = ("Hello from Amazon Selling Partner Support,\n\n"
           "The listing for ASIN B0CX7Q2LMN has been reinstated and is now active in your inventory. "
           "We consider this case resolved.\n\n"
           "Did this answer solve your problem?\n"
           f"Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={cid}&r=1\n"
           f"No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={cid}&r=0\n\n"
           "Thank you for selling with Amazon,\nPriyanka\nAmazon Selling Partner Support\n\n"
           f"To view or respond to this case, go to Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={cid}\n")
    body = alt(new, simple_html(new), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", addr("Amazon Seller Central", "seller-notification@amazon.com"), rcpt, subj)
    emit("052-seller-central-case-resolved-lookalike.eml", hdrs, body, "unrelated", cid, new, True, "en")


@mail
def m053():
    t = dt("2025-04-18 10:45")
    rcpt = "yuki.tanaka@nifty.com"
    subj = "Amazon Web Services Training and Certification issued you 2 badges"
    badges = ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect - Associate"]
    plain = ("Hi Yuki,\n\nAmazon Web Services Training and Certification issued you 2 badges:\n\n" +
             "".join(f"  * {b}\n" for b in badges) +
             "\nAccept your badges: https://www.credly.com/earner/earned?source=email-multi-issue\n\n" + CREDLY_FOOT + "\n")
    htm = credly_html("Hi Yuki,", ["Amazon Web Services Training and Certification issued you 2 badges:",
                                   "<br>".join(htmlmod.escape(b) for b in badges)],
                      "Accept your badges", "https://www.credly.com/earner/earned?source=email-multi-issue", "AWS badges", badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="base64")
    hdrs = credly_mail(t, rcpt, "nifty", CREDLY_AWS, rcpt, subj)
    emit("053-credly-two-badges-issued-nifty.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m054():
    cid = CASES["lindqvist"]
    t = dt("2025-04-09 12:20")
    rcpt = "sofia.lindqvist.se@gmail.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hi Sofia,\n\n"
           "Done \u2013 both records are now under AWS-07734120. Let me know if anything looks off.\n\n"
           "Tomasz\n")
    quoted = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
              "Sent: Tuesday, April 8, 2025 2:26 PM\n"
              "To: sofia.lindqvist.se@gmail.com\n"
              f"Subject: RE:[CASE {cid}] {FORM_SUBJ}\n\n"
              "Hi Sofia,\n\nThank you for confirming that AWS-07734120 is the account you want to keep. We will now "
              "proceed with merging your other account into it.\n\n"
              "> - AWS-07734120 (sofia.lindqvist.se@gmail.com) - to be kept\n"
              "> - AWS 02583316 (sofia.lindqvist@nordkraft-it.se) - to be merged\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=outlook_boundary(), charset="windows-1252", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("054-terse-done-cp1252.eml", hdrs, body, "merge_completed", cid, new, True, "en")


@mail
def m055():
    cid = CASES["nguyen"]
    t = dt("2025-08-22 16:03")
    rcpt = "thomas.nguyen@halvorsen-energy.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Thomas,\n\n"
           "I can see on our side that Credly re-issued your badges on August 15. As we have not heard back from you "
           "since then, I am going to close this case now.\n\n"
           "If anything is still missing, just reply to this e-mail within the next 14 days and the case will reopen "
           "automatically; after that, please submit a new request and mention this case number.\n\n"
           "Thank you for contacting AWS Training and Certification, and have a great day.\n\n"
           "Kind regards,\nElif\nAWS Training and Certification\n")
    quoted = ("From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
              "Sent: Tuesday, August 12, 2025 7:55 PM\n\n"
              "Hello Thomas,\n\nThank you for letting us know that your badges are still showing on your previous "
              "Credly profile ... I will keep this case open until you confirm that the badges have arrived.\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "o365", AWS_FORM, rcpt, subj)
    emit("055-agent-closes-case-no-reply.eml", hdrs, body, "survey", cid, new, True, "en")


@mail
def m056():
    cid = CASES["bianchi"]
    t = dt("2025-06-09 13:37")
    rcpt = "m.bianchi.dev@gmail.com"
    subj = f"RE: [CASE {cid}] {FORM_SUBJ}"
    new = ("Hi Marco,\n\n"
           "Regarding your question about the exam discount: the 50% voucher benefit earned on your older profile "
           "has been carried over and is listed under Benefits on AWS07203318. Please note that a voucher that was "
           "already redeemed before the profiles were combined cannot be issued a second time, so you will see only "
           "one active voucher.\n\n"
           "To use it, go to Benefits > Exam Discount Vouchers, generate the code and enter it at checkout when you "
           "schedule with Pearson VUE.\n\n"
           "All the best,\nJordan\nAWS Training and Certification\n")
    quoted = ("On Sun, Jun 8, 2025 at 6:15\u202fPM Marco Bianchi <m.bianchi.dev@gmail.com> wrote:\n"
              "> Hi Jordan, thanks for merging the accounts. Quick question: I had a 50% voucher on the old account\n"
              "> (AWS04950016). Is it still available?\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    body = alt(plain, simple_html(new, quoted), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_FORM, rcpt, subj)
    emit("056-after-merge-voucher-question-answer.eml", hdrs, body, "support_reply", cid, new, True, "en")


@mail
def m057():
    cid = CASES["watanabe"]
    opened = datetime.fromtimestamp(int(cid[:10]), UTC)
    t = opened + timedelta(seconds=37)
    rcpt = "kenji.watanabe@kitakaze-soft.co.jp"
    subj = f"[CASE {cid}] {FORM_SUBJ}"
    new = ("渡辺 健二 様\n\n"
           "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
           "本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。\n\n"
           f"ケース番号：{cid}\n\n"
           "担当者より、通常 24 時間以内にご連絡いたします。\n"
           "追加の情報がございましたら、本メールにご返信ください。同じ内容で新たなお問い合わせを作成されますと、"
           "回答が遅れる場合がございます。\n\n"
           "■ お問い合わせ内容\n"
           "お問い合わせの種類：認定\n"
           "詳細：アカウントの統合\n"
           "AWS 受験者 ID：AWS02290518\n"
           "内容：転職前の会社のメールアドレスで作成したアカウント（AWS04417729）があります。統合をお願いします。\n\n"
           "AWS トレーニングと認定\n")
    body = part(new + "\n" + FORM_FOOTER + "\n", "plain", "shift_jis", "base64")
    hdrs = aws_mail(t, rcpt, "corp", AWS_FORM, addr("渡辺 健二", rcpt, "iso-2022-jp"), subj)
    emit("057-ja-form-ack-sjis-b64.eml", hdrs, body, "case_created", cid, new, True, "ja")


@mail
def m058():
    cid = CASES["alsayed"]
    t = dt("2025-03-26 10:05")
    rcpt = "fatima.alsayed@yahoo.com"
    subj = f"RE:[CASE {cid}] {FORM_SUBJ}"
    new = ("Hello Fatima,\n\n"
           "Thank you for the information. Based on your reply, this is what we will do:\n\n"
           "  Keep:  AWS 07761259 (fatima.alsayed@yahoo.com) \u2013 sign-in and notifications\n"
           "  Merge into it and close:  AWS 04823317 (f.alsayed@gulfstar-it.ae)\n\n"
           "After the merge you will no longer be able to sign in with f.alsayed@gulfstar-it.ae, and the change is "
           "permanent. Please reply \"I confirm\" to this e-mail if the above is correct, and we will submit it.\n\n"
           "Warm regards,\nIbrahim\nAWS Training and Certification\n")
    quoted = ("On Tuesday, March 25, 2025 at 11:12:33 PM GMT+4, Fatima Al-Sayed <fatima.alsayed@yahoo.com> wrote:\n\n"
              "Hi Ibrahim,\nPlease keep AWS 07761259 with my yahoo address. The gulfstar one is my old job.\nThanks, Fatima\n\n"
              "    On Tuesday, March 25, 2025 at 10:47:10 PM GMT+4, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n"
              "    Hello Fatima,\n    Thank you for reaching out. I was able to find two certification profiles under your name ...\n")
    plain = new + "\n" + quoted + "\n" + FORM_FOOTER + "\n"
    htm = simple_html(new, quoted)
    body = part(htm, "html", "utf-8", "quoted-printable")
    hdrs = aws_mail(t, rcpt, "yahoo", AWS_FORM, rcpt, subj)
    emit("058-confirm-request-html-only-yahoo.eml", hdrs, body, "merge_confirmation_requested", cid, new, True, "en", crlf=True)


@mail
def m059():
    t = dt("2025-07-12 15:30")
    rcpt = "rahulverma.aws@gmail.com"
    badge = "AWS Certified Solutions Architect \u2013 Professional"
    subj = ew(f"Reminder: your {badge} badge is waiting for you")
    url = f"https://www.credly.com/badges/{ruuid()}/accept?source=email-reminder"
    plain = ("Hi Rahul,\n\n"
             f"Amazon Web Services Training and Certification issued you the {badge} badge 7 days ago, but you "
             "haven't accepted it yet.\n\n"
             f"Accept your badge: {url}\n\n"
             "Until you accept it, the badge stays private and cannot be shared or verified.\n\n" + CREDLY_FOOT + "\n")
    htm = credly_html("Hi Rahul,", [
        f"Amazon Web Services Training and Certification issued you the <b>{htmlmod.escape(badge)}</b> badge 7 days ago, "
        "but you haven't accepted it yet.",
        "Until you accept it, the badge stays private and cannot be shared or verified."], "Accept your badge", url, badge, badge_img())
    body = alt(plain, htm, boundary=ruby_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = credly_mail(t, rcpt, "gmail", CREDLY_AWS, rcpt, subj)
    emit("059-credly-accept-reminder.eml", hdrs, body, "credly_badge_issued", None, plain, True, "en")


@mail
def m060():
    opened = dt("2025-06-03 07:15")
    cid = case15(opened)
    t = dt("2025-06-04 01:48")
    rcpt = "m.bianchi.dev@gmail.com"
    subj = f"RE:[CASE {cid}] Limit Increase: EC2 Instances"
    new = ("Hello,\n\n"
           "Thank you for your patience. I'm happy to let you know that your request has been completed: the "
           "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in eu-south-1 has been increased "
           "from 32 to 256 vCPUs.\n\n"
           "It can take up to 30 minutes for the new value to appear in the Service Quotas console.\n\n"
           "As the request is complete, I will resolve this case. You are welcome to reopen it if you have further "
           "questions.\n\n"
           "Best regards,\n\nSantiago R.\nAmazon Web Services\n\n")
    txt = new + RATE_FOOTER + "\n\n" + console_links(cid) + "\n"
    body = alt(txt, simple_html(txt), boundary=java_boundary(), charset="utf-8", cte="quoted-printable")
    hdrs = aws_mail(t, rcpt, "gmail", AWS_NOREPLY, rcpt, subj)
    emit("060-other-case-quota-increase-completed.eml", hdrs, body, "unrelated", cid, new, True, "en")


# --- more mails above ---


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
    print(f"wrote {len(LABELS)} mails")


if __name__ == "__main__":
    main()
